/* test_recs.c - the record file: records read back as added, from memory and from the
 * temporary file, by get and by readers in and out of order; gathered into a new
 * order a window at a time, with records dropped. */
#include <stdlib.h>

#include "sg_recs.h"
#include "testutil.h"

typedef struct {
    uint32_t id;
    char tag[13];
} rec_t;

static rec_t rec_of(size_t i) {
    rec_t r;
    memset(&r, 0, sizeof(r));
    r.id = (uint32_t)i;
    snprintf(r.tag, sizeof(r.tag), "r%zu", i * 7919 % 100003);
    return r;
}

static void assert_rec(const rec_t *got, size_t i) {
    rec_t want = rec_of(i);
    assert_int_equal(got->id, want.id);
    assert_string_equal(got->tag, want.tag);
}

/* n records added one or several at a time. */
static void fill(sg_recs_t *r, size_t n) {
    rec_t batch[5];
    for (size_t i = 0; i < n;) {
        size_t k = 0;
        for (; k < 1 + i % 5 && i < n; k++, i++) {
            batch[k] = rec_of(i);
        }
        assert_int_equal(sg_recs_add(r, batch, k), SG_OK);
    }
    assert_int_equal(sg_recs_count(r), n);
}

static void check_all(const sg_recs_t *r, size_t n) {
    rec_t *all = calloc(n + 1, sizeof(*all));
    sg_recs_reader_t rd;
    const rec_t *p;
    assert_non_null(all);
    assert_int_equal(sg_recs_get(r, 0, n, all), SG_OK);
    for (size_t i = 0; i < n; i++) {
        assert_rec(&all[i], i);
    }
    /* a reader: in order in runs of 3, then backwards one by one */
    sg_recs_reader_init(&rd, r);
    for (size_t i = 0; i + 3 <= n; i += 3) {
        assert_int_equal(sg_recs_read(&rd, i, 3, (const void **)&p), SG_OK);
        assert_rec(&p[0], i);
        assert_rec(&p[2], i + 2);
    }
    for (size_t i = n; i-- > 0;) {
        assert_int_equal(sg_recs_read(&rd, i, 1, (const void **)&p), SG_OK);
        assert_rec(p, i);
    }
    assert_int_equal(sg_recs_read(&rd, n, 1, (const void **)&p), SG_EINVAL);
    assert_int_equal(sg_recs_read(&rd, n, 0, (const void **)&p), SG_OK);
    assert_non_null(p);
    sg_recs_reader_release(&rd);
    assert_int_equal(sg_recs_get(r, n - 1, 2, all), SG_EINVAL);
    assert_int_equal(sg_recs_get(r, (size_t)-1, 2, all), SG_EINVAL);
    free(all);
}

static void test_recs__in_memory_and_spilled(void **state) {
    sg_recs_t mem, spilled;
    (void)state;
    sg_recs_init(&mem, sizeof(rec_t));
    sg_recs_init(&spilled, sizeof(rec_t));
    spilled.spill_at = 7;
    fill(&mem, 10000);
    fill(&spilled, 10000);
    assert_false(mem.has_file);
    assert_true(spilled.has_file);
    assert_true(spilled.nfile > 9900 && spilled.nmem <= 7);
    check_all(&mem, 10000);
    check_all(&spilled, 10000);
    /* many at once: memory still holds no more than spill_at */
    {
        rec_t many[100];
        for (size_t i = 0; i < 100; i++) {
            many[i] = rec_of(10000 + i);
        }
        assert_int_equal(sg_recs_add(&spilled, many, 100), SG_OK);
        assert_true(spilled.nmem <= 7 && spilled.cap <= 16);
        check_all(&spilled, 10100);
    }
    sg_recs_release(&mem);
    sg_recs_release(&spilled);
    assert_int_equal(sg_recs_count(&spilled), 0);
    assert_int_equal(spilled.spill_at, 7);
}

/* Without a temporary file the records stay in memory, all of them readable. */
static void test_recs__no_temporary_file_keeps_records(void **state) {
    sg_recs_t r;
    const char *old = getenv("TMPDIR");
    char *keep = old ? sg_strdup(old) : NULL;
    (void)state;
    setenv("TMPDIR", "/nonexistent/stakegraph", 1);
    sg_recs_init(&r, sizeof(rec_t));
    r.spill_at = 5;
    fill(&r, 300);
    assert_false(r.has_file);
    assert_int_equal(r.spill_at, 0);
    check_all(&r, 300);
    sg_recs_release(&r);
    if (keep) {
        setenv("TMPDIR", keep, 1);
        free(keep);
    } else {
        unsetenv("TMPDIR");
    }
}

/* Gathered into reverse order, every third record dropped, with windows of 1, 7,
 * and all at once: the same records in the new order, from memory or the file. */
static void test_recs__gather(void **state) {
    const size_t n = 3000, windows[] = {1, 7, 0};
    (void)state;
    for (size_t w = 0; w < 3; w++) {
        for (int spill = 0; spill < 2; spill++) {
            sg_recs_t r;
            uint32_t *dest = malloc(n * sizeof(*dest));
            size_t kept = 0;
            rec_t got;
            assert_non_null(dest);
            sg_recs_init(&r, sizeof(rec_t));
            r.window = windows[w];
            if (spill) {
                r.spill_at = 11;
            }
            fill(&r, n);
            for (size_t i = n; i-- > 0;) {
                dest[i] = i % 3 == 0 ? UINT32_MAX : (uint32_t)kept++;
            }
            assert_int_equal(sg_recs_gather(&r, dest, kept), SG_OK);
            assert_int_equal(sg_recs_count(&r), kept);
            for (size_t i = 0; i < n; i++) {
                if (dest[i] != UINT32_MAX) {
                    assert_int_equal(sg_recs_get(&r, dest[i], 1, &got), SG_OK);
                    assert_rec(&got, i);
                }
            }
            assert_int_equal(r.window, windows[w]);
            /* nothing kept: empty */
            assert_int_equal(sg_recs_gather(&r, dest, 0), SG_OK);
            assert_int_equal(sg_recs_count(&r), 0);
            sg_recs_release(&r);
            free(dest);
        }
    }
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_recs__in_memory_and_spilled),
        cmocka_unit_test(test_recs__no_temporary_file_keeps_records),
        cmocka_unit_test(test_recs__gather),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
