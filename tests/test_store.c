/* test_store.c - the text store: texts read back as written, in memory and from the
 * temporary file, and a graph whose texts spilled writes the same bytes. */
#include <stdlib.h>
#include <unistd.h>

#include "sg_json.h"
#include "testutil.h"

static void text_of(size_t i, char *buf, size_t size) {
    snprintf(buf, size, "text %zu: \"%.*s\"", i, (int)(i % 40),
             "abcdefghijklmnopqrstuvwxyz0123456789ABCD");
}

/* Add n texts to s and read every one back. */
static void round_trip(sg_store_t *s, size_t n) {
    sg_text_t *ref = calloc(n, sizeof(*ref));
    sg_buf_t scratch;
    char want[128];
    assert_non_null(ref);
    sg_buf_init(&scratch);
    for (size_t i = 0; i < n; i++) {
        text_of(i, want, sizeof(want));
        assert_int_equal(sg_store_add(s, want, strlen(want), &ref[i]), SG_OK);
        assert_true(ref[i] != 0);
    }
    for (size_t i = 0; i < n; i++) {
        const char *t;
        size_t len;
        text_of(i, want, sizeof(want));
        assert_int_equal(sg_store_get(s, ref[i], &scratch, &t, &len), SG_OK);
        assert_string_equal(t, want);
        assert_int_equal(len, strlen(want));
    }
    sg_buf_release(&scratch);
    free(ref);
}

/* A reader gives every text as sg_store_get does, in order, backwards and in
 * jumps, across texts in the file, in memory, longer than its window and longer than
 * any window; with a window for texts read in order, a smaller one and none. */
static void reader_reads_as_get(size_t window) {
    enum { N = 3000 };
    sg_store_t s;
    sg_store_reader_t rd;
    sg_text_t ref[N];
    sg_buf_t scratch, big;
    size_t hits = 0;
    sg_store_init(&s);
    s.spill_at = 4096; /* most texts in the file, the last ones in memory */
    sg_buf_init(&scratch);
    sg_buf_init(&big);
    for (size_t i = 0; i < N; i++) {
        char want[128];
        if (i % 700 == 350 || i % 700 == 351) { /* longer than any window; than 512 */
            big.len = 0;
            for (size_t k = 0; k < (i % 700 == 350 ? 70000 : 2000); k++) {
                assert_int_equal(sg_buf_append(&big, &"xyz"[k % 3], 1), SG_OK);
            }
            assert_int_equal(sg_store_add(&s, big.data, big.len, &ref[i]), SG_OK);
            continue;
        }
        text_of(i, want, sizeof(want));
        assert_int_equal(sg_store_add(&s, want, strlen(want), &ref[i]), SG_OK);
    }
    assert_true(sg_store_file_bytes(&s) > 0 && sg_store_mem_bytes(&s) > 0);
    sg_store_reader_init(&rd, &s, window);
    for (int pass = 0; pass < 3; pass++) {
        for (size_t k = 0; k < N; k++) {
            size_t i = pass == 0 ? k : pass == 1 ? N - 1 - k : (k * 7919) % N;
            const char *t, *u;
            size_t tl, ul;
            assert_int_equal(sg_store_read(&rd, ref[i], &t, &tl), SG_OK);
            assert_int_equal(sg_store_get(&s, ref[i], &scratch, &u, &ul), SG_OK);
            assert_int_equal(tl, ul);
            assert_memory_equal(t, u, tl + 1);
            hits += pass == 0 && k > 0 && t != u && t > rd.win.data &&
                    t < rd.win.data + rd.win.len;
        }
    }
    /* in order with a window, most texts came from one already read (not at its
     * start); with none, none did */
    if (window) {
        assert_true(hits > N / 2);
    } else {
        assert_int_equal(hits, 0);
    }
    /* the reader reads through a descriptor of its own where /proc gives one */
    if (access("/proc/self/fd", F_OK) == 0) {
        assert_true(rd.fd >= 0 && rd.fd != s.fd);
    }
    /* a window, then the long texts just after it read on their own, then a text of
     * the window again: the long texts' bytes must not pass for the window */
    {
        static const size_t seq[] = {340, 350,  345,  349,  351,
                                     349, 1050, 1049, 1051, 1052};
        for (size_t k = 0; k < sizeof(seq) / sizeof(seq[0]); k++) {
            const char *t, *u;
            size_t tl, ul;
            assert_int_equal(sg_store_read(&rd, ref[seq[k]], &t, &tl), SG_OK);
            assert_int_equal(sg_store_get(&s, ref[seq[k]], &scratch, &u, &ul), SG_OK);
            assert_int_equal(tl, ul);
            assert_memory_equal(t, u, tl + 1);
        }
    }
    sg_store_reader_release(&rd);
    assert_int_equal(rd.fd, -1);
    sg_buf_release(&big);
    sg_buf_release(&scratch);
    sg_store_release(&s);
}

static void test_store__reader_reads_as_get(void **state) {
    (void)state;
    reader_reads_as_get(SG_STORE_WINDOW_ORDER);
    reader_reads_as_get(512); /* the text of 2,000 bytes longer than it */
    reader_reads_as_get(0);
}

static void test_store__in_memory(void **state) {
    sg_store_t s;
    sg_buf_t scratch;
    sg_text_t empty;
    const char *t;
    (void)state;
    sg_store_init(&s);
    sg_buf_init(&scratch);
    round_trip(&s, 500);
    assert_int_equal(sg_store_file_bytes(&s), 0);
    assert_int_equal(sg_store_add(&s, "", 0, &empty), SG_OK);
    assert_true(empty != 0);
    assert_int_equal(sg_store_get(&s, empty, &scratch, &t, NULL), SG_OK);
    assert_string_equal(t, "");
    assert_int_equal(sg_store_get(&s, 0, &scratch, &t, NULL), SG_OK);
    assert_string_equal(t, "");
    /* a reference past the end is refused, not read */
    assert_int_equal(sg_store_get(&s, empty + ((sg_text_t)1 << 40), &scratch, &t, NULL),
                     SG_EINVAL);
    sg_buf_release(&scratch);
    sg_store_release(&s);
}

static void test_store__spills_to_a_file(void **state) {
    sg_store_t s;
    (void)state;
    sg_store_init(&s);
    s.spill_at = 1000;
    round_trip(&s, 5000);
    assert_true(sg_store_file_bytes(&s) > 0);
    assert_true(sg_store_mem_bytes(&s) <= 1000);
    sg_store_release(&s);
}

/* A new store keeps SG_STORE_SPILL bytes in memory; past them it moves them to the
 * file and from then on gathers SG_STORE_CHUNK bytes at a time. */
static void test_store__first_spill_then_chunks(void **state) {
    sg_store_t s;
    size_t per = 0, n;
    char t[128];
    (void)state;
    for (size_t i = 0; i < 1000; i++) {
        text_of(i, t, sizeof(t));
        per += strlen(t) + 1;
    }
    per /= 1000;
    sg_store_init(&s);
    assert_int_equal(s.spill_at, SG_STORE_SPILL);
    n = SG_STORE_SPILL / per / 2; /* half the first threshold: all in memory */
    round_trip(&s, n);
    assert_int_equal(sg_store_file_bytes(&s), 0);
    sg_store_release(&s);
    sg_store_init(&s);
    n = (SG_STORE_SPILL + 3 * SG_STORE_CHUNK) / per; /* past it: a file, then chunks */
    round_trip(&s, n);
    assert_true(sg_store_file_bytes(&s) >= SG_STORE_SPILL);
    assert_int_equal(s.spill_at, SG_STORE_CHUNK);
    assert_true(sg_store_mem_bytes(&s) <= SG_STORE_CHUNK);
    assert_true(s.cap <= 2 * SG_STORE_CHUNK); /* the first buffer was given back */
    sg_store_release(&s);
}

static void test_store__no_temporary_file_keeps_texts_in_memory(void **state) {
    const char *old = getenv("TMPDIR");
    char *keep = old ? sg_strdup(old) : NULL;
    sg_store_t s;
    (void)state;
    setenv("TMPDIR", "/nonexistent/stakegraph", 1);
    sg_store_init(&s);
    s.spill_at = 1000;
    round_trip(&s, 2000);
    assert_int_equal(sg_store_file_bytes(&s), 0);
    sg_store_release(&s);
    if (keep) {
        setenv("TMPDIR", keep, 1);
    } else {
        unsetenv("TMPDIR");
    }
    free(keep);
}

static void test_store__long_text(void **state) {
    size_t n = ((size_t)1 << 24) + 10; /* past what a reference's length field holds */
    char *big = malloc(n + 1);
    sg_store_t s;
    sg_buf_t scratch;
    sg_text_t a, b, c;
    const char *t;
    size_t len;
    (void)state;
    assert_non_null(big);
    for (size_t i = 0; i < n; i++) {
        big[i] = (char)('a' + i % 26);
    }
    big[n] = '\0';
    sg_store_init(&s);
    sg_buf_init(&scratch);
    s.spill_at = 4096;
    assert_int_equal(sg_store_add(&s, "before", 6, &a), SG_OK);
    assert_int_equal(sg_store_add(&s, big, n, &b), SG_OK);
    assert_int_equal(sg_store_get(&s, b, &scratch, &t, &len), SG_OK); /* in memory */
    assert_int_equal(len, n);
    assert_memory_equal(t, big, n);
    assert_int_equal(sg_store_add(&s, "after", 5, &c), SG_OK); /* moves b to the file */
    assert_true(sg_store_file_bytes(&s) > n);
    assert_int_equal(sg_store_get(&s, b, &scratch, &t, &len), SG_OK);
    assert_int_equal(len, n);
    assert_memory_equal(t, big, n);
    assert_int_equal(sg_store_get(&s, a, &scratch, &t, NULL), SG_OK);
    assert_string_equal(t, "before");
    assert_int_equal(sg_store_get(&s, c, &scratch, &t, NULL), SG_OK);
    assert_string_equal(t, "after");
    sg_buf_release(&scratch);
    sg_store_release(&s);
    free(big);
}

/* A store appended to another as one block: every reference plus the shift names
 * its text there, whether the other is empty, holds texts, or has moved some to its
 * file (and moves the block there too); an empty store adds nothing, and one with
 * a file is refused. */
static void test_store__append_whole_store(void **state) {
    enum { N = 300 };
    sg_store_t src, dst, empty, filed;
    sg_text_t ref[N], shift, r;
    sg_buf_t scratch;
    char want[128];
    const char *t;
    size_t len;
    (void)state;
    sg_store_init(&src);
    sg_buf_init(&scratch);
    for (size_t i = 0; i < N; i++) {
        text_of(i, want, sizeof(want));
        /* every tenth text empty: its reference is not 0 and must move too */
        assert_int_equal(sg_store_add(&src, want, i % 10 ? strlen(want) : 0, &ref[i]),
                         SG_OK);
    }
    for (int round = 0; round < 3; round++) {
        sg_store_init(&dst);
        if (round == 1) {
            assert_int_equal(sg_store_add(&dst, "already here", 12, &r), SG_OK);
        } else if (round == 2) {
            dst.spill_at = 600; /* the block passes it: what was there moves out */
            for (size_t i = 0; i < 60; i++) {
                assert_int_equal(sg_store_add(&dst, "spilled text", 12, &r), SG_OK);
            }
            assert_true(sg_store_file_bytes(&dst) > 0);
        }
        assert_int_equal(sg_store_append(&dst, &src, &shift), SG_OK);
        if (round == 2) {
            /* and the block itself moves out at the next add */
            assert_int_equal(sg_store_add(&dst, "after", 5, &r), SG_OK);
            assert_true(sg_store_file_bytes(&dst) > sg_store_mem_bytes(&src));
        }
        for (size_t i = 0; i < N; i++) {
            text_of(i, want, sizeof(want));
            assert_int_equal(sg_store_get(&dst, ref[i] + shift, &scratch, &t, &len),
                             SG_OK);
            assert_int_equal(len, i % 10 ? strlen(want) : 0);
            assert_memory_equal(t, want, len);
            assert_int_equal(t[len], '\0');
        }
        if (round == 1) {
            assert_int_equal(sg_store_get(&dst, r, &scratch, &t, NULL), SG_OK);
            assert_string_equal(t, "already here");
        }
        sg_store_release(&dst);
    }
    sg_store_init(&dst);
    sg_store_init(&empty);
    assert_int_equal(sg_store_add(&dst, "x", 1, &r), SG_OK);
    assert_int_equal(sg_store_append(&dst, &empty, &shift), SG_OK);
    assert_int_equal(sg_store_mem_bytes(&dst), 3); /* the NUL at 0, "x" and its NUL */
    sg_store_init(&filed);
    filed.spill_at = 100;
    for (size_t i = 0; i < 20; i++) {
        assert_int_equal(sg_store_add(&filed, "some text", 9, &r), SG_OK);
    }
    assert_true(sg_store_file_bytes(&filed) > 0);
    assert_int_equal(sg_store_append(&dst, &filed, &shift), SG_EINVAL);
    assert_int_equal(sg_store_mem_bytes(&dst), 3);
    sg_store_release(&filed);
    sg_store_release(&empty);
    sg_store_release(&dst);
    sg_store_release(&src);
    sg_buf_release(&scratch);
}

static char *graph_bytes(sg_graph_t *g) {
    sg_error_t err = {0};
    sg_buf_t out;
    sg_buf_init(&out);
    assert_int_equal(sg_graph_finalize(g, &err), SG_OK);
    assert_int_equal(sg_json_write_graph(g, &out, &err), SG_OK);
    return sg_buf_take(&out);
}

/* g's texts and record files spill early, and gather a few places a pass. */
static void spill_early(sg_graph_t *g) {
    sg_recs_t *recs[] = {&g->evidence, &g->spans, &g->quotes, &g->quote_about};
    g->texts.spill_at = 512;
    for (size_t i = 0; i < sizeof(recs) / sizeof(recs[0]); i++) {
        recs[i]->spill_at = 5;
        recs[i]->window = 7;
    }
}

/* The same graph with its texts and records in memory, spilled, and merged (copied
 * and moved) out of a spilled graph gives the same bytes; duplicated evidence whose
 * texts are stored twice still folds into one. */
static void test_store__spilled_graph_same_bytes(void **state) {
    sg_graph_t mem, spilled, copy, moved, twice;
    char *a, *b, *c, *d, *e;
    (void)state;
    tu_random_graph(&mem, 300, 3000, 7);
    sg_graph_init(&spilled);
    spill_early(&spilled);
    {
        sg_graph_t tmp;
        tu_random_graph(&tmp, 300, 3000, 7);
        assert_int_equal(sg_graph_merge(&spilled, &tmp), SG_OK);
        sg_graph_release(&tmp);
    }
    assert_true(sg_store_file_bytes(&spilled.texts) > 0);
    assert_true(spilled.evidence.nfile > 0 && spilled.spans.nfile > 0 &&
                spilled.quotes.nfile > 0 && spilled.quote_about.nfile > 0);
    sg_graph_init(&copy);
    sg_graph_add_document(&copy, &(sg_document_t){.id = "x", .path = "x"});
    assert_int_equal(sg_graph_merge(&copy, &spilled), SG_OK);
    sg_graph_init(&moved);
    sg_graph_add_document(&moved, &(sg_document_t){.id = "x", .path = "x"});
    {
        sg_graph_t tmp;
        sg_graph_init(&tmp);
        spill_early(&tmp);
        assert_int_equal(sg_graph_merge(&tmp, &spilled), SG_OK);
        assert_int_equal(sg_graph_merge_take(&moved, &tmp), SG_OK);
        sg_graph_release(&tmp);
    }
    sg_graph_init(&twice);
    spill_early(&twice);
    assert_int_equal(sg_graph_merge(&twice, &spilled), SG_OK);
    assert_int_equal(sg_graph_merge(&twice, &spilled), SG_OK);
    a = graph_bytes(&mem);
    b = graph_bytes(&spilled);
    c = graph_bytes(&copy);
    d = graph_bytes(&moved);
    e = graph_bytes(&twice);
    assert_string_equal(a, b);
    assert_string_equal(c, d);
    assert_true(strstr(c, "\"id\": \"x\"") != NULL); /* the extra document */
    assert_string_equal(a, e);
    free(a);
    free(b);
    free(c);
    free(d);
    free(e);
    sg_graph_release(&mem);
    sg_graph_release(&spilled);
    sg_graph_release(&copy);
    sg_graph_release(&moved);
    sg_graph_release(&twice);
}

/* A store whose file can no longer be read back: the graph file is refused with
 * a message naming it, and nothing is left where it would have gone. */
static void test_store__unreadable_texts_write_nothing(void **state) {
    sg_graph_t g, tmp;
    sg_error_t err = {0};
    char dir[] = "/tmp/sg_test_store_XXXXXX", path[64];
    (void)state;
    assert_non_null(mkdtemp(dir));
    snprintf(path, sizeof(path), "%s/g.json", dir);
    sg_graph_init(&g);
    g.texts.spill_at = 512;
    tu_random_graph(&tmp, 100, 1000, 5);
    assert_int_equal(sg_graph_merge(&g, &tmp), SG_OK);
    sg_graph_release(&tmp);
    assert_int_equal(sg_graph_finalize(&g, &err), SG_OK);
    assert_true(g.texts.has_file);
    assert_int_equal(ftruncate(g.texts.fd, 0), 0);
    assert_int_equal(sg_json_save_graph(&g, path, 2, &err), SG_EIO);
    assert_string_equal(err.source, path);
    assert_non_null(strstr(err.message, "cannot read back"));
    assert_int_equal(access(path, F_OK), -1);
    assert_int_equal(rmdir(dir), 0); /* empty: no temporary file left either */
    sg_graph_release(&g);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_store__in_memory),
        cmocka_unit_test(test_store__reader_reads_as_get),
        cmocka_unit_test(test_store__spills_to_a_file),
        cmocka_unit_test(test_store__first_spill_then_chunks),
        cmocka_unit_test(test_store__no_temporary_file_keeps_texts_in_memory),
        cmocka_unit_test(test_store__long_text),
        cmocka_unit_test(test_store__append_whole_store),
        cmocka_unit_test(test_store__spilled_graph_same_bytes),
        cmocka_unit_test(test_store__unreadable_texts_write_nothing),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
