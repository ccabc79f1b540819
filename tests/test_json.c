/* test_json.c - graph JSON and fragments: round trips and every kind of bad input. */
#include <errno.h>
#include <unistd.h>

#include "testutil.h"

#include "jrec_check.h"

static const char *corpus_text =
    "30.11.16\nCouncils and STPs\nMark Lloyd, chief executive of the Local Government "
    "Association, said: \xe2\x80\x9cThe plans need councils.\xe2\x80\x9d\n";

static void build(sg_graph_t *g) {
    sg_error_t err = {0};
    tu_extract(g, corpus_text);
    assert_int_equal(sg_analysis_compute(g, &err), SG_OK);
}

static char *as_json(const sg_graph_t *g, int fragment) {
    sg_buf_t b;
    sg_error_t err = {0};
    sg_buf_init(&b);
    assert_int_equal(fragment ? sg_json_write_fragment(g, &b, &err)
                              : sg_json_write_graph(g, &b, &err),
                     SG_OK);
    return sg_buf_take(&b);
}

/* A graph file's text read, finalized, analysed and written again. */
static char *read_written(const char *text, size_t len, const char *name) {
    sg_graph_t h;
    sg_error_t err = {0};
    sg_graph_init(&h);
    assert_int_equal(sg_json_read(text, len, name, 0, &h, &err), SG_OK);
    assert_int_equal(sg_graph_finalize(&h, &err), SG_OK);
    assert_int_equal(sg_analysis_compute(&h, &err), SG_OK);
    char *out = as_json(&h, 0);
    sg_graph_release(&h);
    return out;
}

static void test_json__graph_round_trip_is_byte_identical(void **state) {
    sg_graph_t g;
    (void)state;
    build(&g);
    char *a = as_json(&g, 0);
    char *b = read_written(a, strlen(a), "a.json");
    assert_string_equal(a, b);
    assert_non_null(strstr(a, "\"format\": \"stakegraph-graph\""));
    free(a);
    free(b);
    sg_graph_release(&g);
}

static void test_json__fragment_merges_to_the_same_graph(void **state) {
    sg_graph_t g, h;
    sg_error_t err = {0};
    (void)state;
    build(&g);
    char *frag = as_json(&g, 1);
    sg_graph_init(&h);
    assert_int_equal(sg_json_read(frag, strlen(frag), "f.jsonl", 0, &h, &err), SG_OK);
    assert_int_equal(sg_graph_finalize(&h, &err), SG_OK);
    assert_int_equal(sg_analysis_compute(&h, &err), SG_OK);
    char *a = as_json(&g, 0), *b = as_json(&h, 0);
    assert_string_equal(a, b);
    free(frag);
    free(a);
    free(b);
    sg_graph_release(&g);
    sg_graph_release(&h);
}

/* What a spill hands on: appended to collected, each time checked to be past the
 * spill size; a set errno is returned from the call numbered fail_at (0: never). */
typedef struct {
    sg_buf_t collected;
    size_t calls, spill, fail_at;
} spilled_t;

static int take_spill(void *ctx, sg_buf_t *out) {
    spilled_t *sp = ctx;
    assert_true(out->len > sp->spill);
    assert_int_equal(out->data[out->len - 1], '\n'); /* whole records */
    if (++sp->calls == sp->fail_at) {
        return ENOSPC;
    }
    assert_int_equal(sg_buf_append(&sp->collected, out->data, out->len), SG_OK);
    out->len = 0;
    return 0;
}

/* A fragment written with a spill: handed on in whole records whenever past the
 * spill size, the pieces and the rest the same bytes as one write; a spill that
 * fails stops it with SG_EIO and its errno, the message left to the caller. */
static void test_json__fragment_spills_whole_records(void **state) {
    sg_graph_t g;
    sg_error_t err = {0};
    spilled_t sp = {.spill = 200};
    sg_buf_t out;
    int werr = -1;
    (void)state;
    build(&g);
    char *whole = as_json(&g, 1);
    sg_buf_init(&out);
    sg_buf_init(&sp.collected);
    assert_int_equal(
        sg_json_write_fragment_spill(&g, &out, sp.spill, take_spill, &sp, &werr, &err),
        SG_OK);
    assert_int_equal(werr, 0);
    assert_true(sp.calls >= 2);
    assert_int_equal(sg_buf_append(&sp.collected, out.data ? out.data : "", out.len),
                     SG_OK);
    assert_int_equal(sp.collected.len, strlen(whole));
    assert_memory_equal(sp.collected.data, whole, sp.collected.len);
    out.len = 0;
    sp.collected.len = 0;
    sp.calls = 0;
    sp.fail_at = 2;
    assert_int_equal(
        sg_json_write_fragment_spill(&g, &out, sp.spill, take_spill, &sp, &werr, &err),
        SG_EIO);
    assert_int_equal(werr, ENOSPC);
    assert_int_equal(sp.calls, 2);
    assert_int_equal(err.code, SG_OK); /* the caller names where it wrote */
    sg_buf_release(&out);
    sg_buf_release(&sp.collected);
    free(whole);
    sg_graph_release(&g);
}

/* Every byte a JSON string must escape, at every position of two sixteen-byte
 * pieces and past them, and plain strings (some with bytes past 0x7F) of every
 * length up to 70: written, then read back by jansson, each name is itself. (Names
 * are valid UTF-8: the writer copies bytes.) */
static void test_json__written_strings_read_back_by_jansson(void **state) {
    static const char special[] = {'"', '\\', '\n', '\t', '\x01', '\x1f', '\r'};
    static const char plain[] = "Abcdefghijklmnopqrstuvwxyz Health and Care Partnership";
    sg_graph_t g;
    sg_error_t err = {0};
    char names[7 * 40 + 70][96];
    size_t n = 0;
    (void)state;
    sg_graph_init(&g);
    for (size_t k = 0; k < sizeof(special); k++) {
        for (size_t at = 0; at < 40; at++, n++) {
            snprintf(names[n], sizeof(names[n]), "%.*s%c%s", (int)at, plain, special[k],
                     at % 3 ? "tail\xc3\xa9" : "");
        }
    }
    for (size_t len = 1; len <= 70; len++, n++) {
        snprintf(names[n], sizeof(names[n]), "%.*s%s", (int)len,
                 "Plain name of the council, of many words, long enough to be several",
                 len % 4 ? "" : " \xc3\xa9");
    }
    for (size_t i = 0; i < n; i++) {
        size_t at;
        assert_int_equal(sg_graph_add_node(&g, SG_NODE_PERSON, names[i], &at), SG_OK);
    }
    assert_int_equal(sg_graph_finalize(&g, &err), SG_OK);
    char *text = as_json(&g, 0);
    json_error_t je;
    json_t *root = json_loads(text, 0, &je);
    assert_non_null(root);
    json_t *nodes = json_object_get(root, "nodes");
    assert_true(json_array_size(nodes) > 0);
    /* names that make the same id are one node, the others its aliases */
    for (size_t i = 0; i < n; i++) {
        int found = 0;
        for (size_t j = 0; j < json_array_size(nodes) && !found; j++) {
            json_t *node = json_array_get(nodes, j),
                   *aliases = json_object_get(node, "aliases");
            const char *name = json_string_value(json_object_get(node, "name"));
            found = name && strcmp(name, names[i]) == 0;
            for (size_t k = 0; k < json_array_size(aliases) && !found; k++) {
                found =
                    strcmp(json_string_value(json_array_get(aliases, k)), names[i]) == 0;
            }
        }
        assert_true(found);
    }
    json_decref(root);
    free(text);
    sg_graph_release(&g);
}

static char *read_file(const char *path, size_t *len) {
    char *data = NULL;
    sg_error_t err = {0};
    assert_int_equal(sg_io_read(path, 0, &data, len, &err), SG_OK);
    return data;
}

/* path (a mkstemp template) made an empty file of its own. */
static void temp_file(char *path) {
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    close(fd);
}

/* g saved to path with each of threads lo to hi is the bytes of mem. */
static void saved_as(const sg_graph_t *g, const char *path, size_t lo, size_t hi,
                     const char *mem) {
    sg_error_t err = {0};
    for (size_t threads = lo; threads <= hi; threads++) {
        size_t len;
        assert_int_equal(sg_json_save_graph(g, path, threads, &err), SG_OK);
        char *disk = read_file(path, &len);
        assert_int_equal(len, strlen(mem));
        assert_memory_equal(disk, mem, len);
        free(disk);
    }
}

static void test_json__streamed_file_is_the_same_bytes_for_any_threads(void **state) {
    sg_graph_t g;
    sg_error_t err = {0};
    char path[] = "/tmp/sg_test_json_XXXXXX";
    (void)state;
    temp_file(path);
    /* more records than one block of the writer, so several rounds */
    tu_random_graph(&g, 3000, 9000, 7);
    assert_int_equal(sg_graph_finalize(&g, &err), SG_OK);
    assert_int_equal(sg_analysis_compute(&g, &err), SG_OK);
    char *mem = as_json(&g, 0);
    saved_as(&g, path, 0, 4, mem);
    /* a folder that does not exist: an error naming the file, nothing written */
    assert_int_equal(sg_json_save_graph(&g, "/nonexistent-dir/g.json", 2, &err), SG_EIO);
    assert_string_equal(err.source, "/nonexistent-dir/g.json");
    unlink(path);
    free(mem);
    sg_graph_release(&g);
}

/* Node a of g mentioned in n documents, and an edge from it to node b with n pieces
 * of evidence. */
static void heavy(sg_graph_t *g, size_t a, size_t b, size_t n) {
    char from[64], to[64], doc[32];
    snprintf(from, sizeof(from), "%s", g->nodes[a].id);
    snprintf(to, sizeof(to), "%s", g->nodes[b].id);
    for (size_t i = 0; i < n; i++) {
        sg_evidence_t ev;
        snprintf(doc, sizeof(doc), "doc%05zu", i);
        assert_int_equal(sg_graph_add_span(g, a, doc, i, i + 4), SG_OK);
        memset(&ev, 0, sizeof(ev));
        ev.doc = doc;
        ev.start = i;
        ev.end = i + 9;
        ev.sentence = tu_text(g, "One of very many sentences behind this edge.");
        ev.cue = "cue";
        assert_int_equal(sg_graph_add_edge(g, from, to, SG_EDGE_ENDORSES, NULL, &ev),
                         SG_OK);
    }
}

/* A block a writer thread would hold is cut short before a record of very many spans
 * or pieces of evidence, and the rest of it written straight into the file when its
 * turn comes: heavy records in several blocks of nodes and of edges, the same bytes
 * for any threads. */
static void test_json__heavy_blocks_are_cut_short(void **state) {
    sg_graph_t g;
    sg_error_t err = {0};
    char path[] = "/tmp/sg_test_json_XXXXXX";
    (void)state;
    temp_file(path);
    tu_random_graph(&g, 6500, 13000, 9);
    assert_int_equal(sg_graph_finalize(&g, &err), SG_OK);
    /* one heavy node in each of the blocks of 2,048 after the first, and an edge
     * from each: spans and evidence past what a held block takes */
    for (size_t k = 2500; k < g.nnodes; k += 2048) {
        heavy(&g, k, k - 1, 20001);
    }
    assert_int_equal(sg_graph_finalize(&g, &err), SG_OK);
    char *mem = as_json(&g, 0);
    saved_as(&g, path, 2, 4, mem);
    unlink(path);
    free(mem);
    sg_graph_release(&g);
}

/* g a random graph of n nodes and m edges, finalized, whose first node is in 30,000
 * documents with an edge of 30,000 pieces of evidence to the second: its graph file
 * (or fragments), several times the megabyte a writer holds before sending bytes on. */
static char *with_long_record(sg_graph_t *g, size_t n, size_t m, int fragment) {
    sg_error_t err = {0};
    tu_random_graph(g, n, m, 3);
    heavy(g, 0, 1, 30000);
    assert_int_equal(sg_graph_finalize(g, &err), SG_OK);
    char *mem = as_json(g, fragment);
    assert_true(strlen(mem) > 4 * ((size_t)1 << 20));
    return mem;
}

/* A record longer than the writer holds before sending bytes on (a stakeholder in
 * thousands of articles, an edge with thousands of pieces of evidence) is written
 * in pieces: the same bytes for any threads, and a file that reads back the same. */
static void test_json__very_long_records_stream_in_pieces(void **state) {
    sg_graph_t g, h;
    sg_error_t err = {0};
    char path[] = "/tmp/sg_test_json_XXXXXX";
    (void)state;
    temp_file(path);
    char *mem = with_long_record(&g, 50, 200, 0);
    saved_as(&g, path, 1, 3, mem);
    sg_graph_init(&h);
    assert_int_equal(sg_json_read(mem, strlen(mem), "long.json", 0, &h, &err), SG_OK);
    assert_int_equal(sg_graph_finalize(&h, &err), SG_OK);
    char *again = as_json(&h, 0);
    assert_string_equal(again, mem);
    unlink(path);
    free(mem);
    free(again);
    sg_graph_release(&g);
    sg_graph_release(&h);
}

/* Fragments saved to a file as they are formatted, a megabyte at a time: the bytes
 * written to memory, with a record longer than that among them; a folder that does
 * not exist is an error naming the file. */
static void test_json__saved_fragments_are_the_same_bytes(void **state) {
    sg_graph_t g;
    sg_error_t err = {0};
    char path[] = "/tmp/sg_test_json_XXXXXX";
    size_t len;
    (void)state;
    temp_file(path);
    char *mem = with_long_record(&g, 3000, 9000, 1);
    assert_int_equal(sg_json_save_fragment(&g, path, &err), SG_OK);
    char *disk = read_file(path, &len);
    assert_int_equal(len, strlen(mem));
    assert_memory_equal(disk, mem, len);
    assert_int_equal(sg_json_save_fragment(&g, "/nonexistent-dir/f.jsonl", &err), SG_EIO);
    assert_string_equal(err.source, "/nonexistent-dir/f.jsonl");
    unlink(path);
    free(disk);
    free(mem);
    sg_graph_release(&g);
}

/* The same records laid out differently: keys reordered, other whitespace, an
 * unknown key; the record-by-record reader must give the same graph. */
static void test_json__graph_file_layout_does_not_matter(void **state) {
    sg_graph_t g;
    (void)state;
    build(&g);
    char *a = as_json(&g, 0);
    /* move "documents" to the end and add an unknown key in front */
    char *docs = strstr(a, ",\n \"documents\"");
    char *nodes = strstr(a, ",\n \"nodes\"");
    char *close = strrchr(a, '}');
    assert_non_null(docs);
    assert_non_null(nodes);
    sg_buf_t b;
    sg_buf_init(&b);
    assert_int_equal(sg_buf_append(&b, a, (size_t)(docs - a)), SG_OK);
    assert_int_equal(
        sg_buf_puts(&b, ",\r\n\t\"extra\" :\t{\"x\": [1, 2.5, null, \"]\"]} "), SG_OK);
    assert_int_equal(sg_buf_append(&b, nodes, (size_t)(close - nodes)), SG_OK);
    assert_int_equal(sg_buf_append(&b, docs, (size_t)(nodes - docs)), SG_OK);
    assert_int_equal(sg_buf_puts(&b, "\n}\n\n"), SG_OK);
    char *c = read_written(b.data, b.len, "b.json");
    assert_string_equal(a, c);
    free(a);
    free(c);
    sg_buf_release(&b);
    sg_graph_release(&g);
}

/* The sections in every order, the format before or after them: the same graph.
 * The reader reads sections as they come while they are in the writer's order
 * after the format, and otherwise once the top level is scanned (or whole). */
static void test_json__sections_in_any_order(void **state) {
    static const char *const sections[4] = {"documents", "nodes", "edges", "quotes"};
    sg_graph_t g, h;
    sg_error_t err = {0};
    json_error_t je;
    (void)state;
    build(&g);
    char *a = as_json(&g, 0);
    json_t *root = json_loads(a, 0, &je);
    assert_non_null(root);
    for (int perm = 0; perm < 24 * 2; perm++) {
        int order[4] = {0, 1, 2, 3}, p = perm % 24;
        for (int i = 0; i < 4; i++) { /* the p-th permutation, in factorial digits */
            int f = i == 0 ? 6 : i == 1 ? 2 : 1, j = i + (i < 3 ? p / f % (4 - i) : 0);
            int t = order[j];
            memmove(&order[i + 1], &order[i], (size_t)(j - i) * sizeof(int));
            order[i] = t;
        }
        json_t *o = json_object();
        if (perm < 24) {
            json_object_set(o, "format", json_object_get(root, "format"));
        }
        json_object_set(o, "analysis", json_object_get(root, "analysis"));
        for (int i = 0; i < 4; i++) {
            json_object_set(o, sections[order[i]],
                            json_object_get(root, sections[order[i]]));
        }
        if (perm >= 24) {
            json_object_set(o, "format", json_object_get(root, "format"));
        }
        json_object_set(o, "version", json_object_get(root, "version"));
        char *text = json_dumps(o, JSON_INDENT(1));
        char *c = read_written(text, strlen(text), "p.json");
        assert_string_equal(a, c);
        free(c);
        free(text);
        json_decref(o);
    }
    /* an empty first section read as it comes */
    const char *empty = "{\"format\": \"stakegraph-graph\", \"documents\": [], "
                        "\"nodes\": [ ], \"edges\": [], \"quotes\": []}";
    sg_graph_init(&h);
    assert_int_equal(sg_json_read(empty, strlen(empty), "e.json", 0, &h, &err), SG_OK);
    assert_true(sg_graph_is_empty(&h));
    sg_graph_release(&h);
    json_decref(root);
    free(a);
    sg_graph_release(&g);
}

static void expect_error(const char *text, sg_err_t code, const char *words, int line) {
    sg_graph_t g;
    sg_error_t err = {0};
    sg_graph_init(&g);
    assert_int_equal(sg_json_read(text, strlen(text), "bad.json", 16, &g, &err), code);
    if (!strstr(err.message, words)) {
        fail_msg("message '%s' lacks '%s'", err.message, words);
    }
    assert_string_equal(err.source, "bad.json");
    if (line) {
        assert_int_equal(err.line, line);
    }
    assert_null(strchr(err.message, '\n'));
    sg_graph_release(&g);
}

/* A node id twice in one graph file is an error whichever way the file is read
 * (record by record, or whole by jansson when a record is not plainly valid: here a
 * number the record parser leaves to it), into an empty graph or one with nodes;
 * an id the graph had before the file is not a duplicate but the same node. */
static void test_json__duplicate_node_ids_in_one_file(void **state) {
    static const char first[] =
        "{\"format\": \"stakegraph-graph\", \"nodes\": ["
        "{\"id\": \"p:a\", \"type\": \"person\", \"name\": \"A\"}]}";
    static const char twice[] =
        "{\"format\": \"stakegraph-graph\", \"nodes\": ["
        "{\"id\": \"p:a\", \"type\": \"person\", \"name\": \"A\"},"
        "{\"id\": \"p:a\", \"type\": \"person\", \"name\": \"A\"}]}";
    static const char twice_whole[] =
        "{\"format\": \"stakegraph-graph\", \"nodes\": ["
        "{\"id\": \"p:a\", \"type\": \"person\", \"name\": \"A\", \"x\": "
        "1234567890123456789},"
        "{\"id\": \"p:a\", \"type\": \"person\", \"name\": \"A\"}]}";
    static const char again[] =
        "{\"format\": \"stakegraph-graph\", \"nodes\": ["
        "{\"id\": \"p:a\", \"type\": \"person\", \"name\": \"A\"},"
        "{\"id\": \"p:b\", \"type\": \"person\", \"name\": \"B\"}]}";
    const char *bad[] = {twice, twice_whole};
    (void)state;
    for (size_t i = 0; i < 2; i++) {
        for (int before = 0; before < 2; before++) {
            sg_graph_t g;
            sg_error_t err = {0};
            sg_graph_init(&g);
            if (before) {
                assert_int_equal(
                    sg_json_read(first, strlen(first), "a.json", 0, &g, &err), SG_OK);
            }
            assert_int_equal(sg_json_read(bad[i], strlen(bad[i]), "b.json", 0, &g, &err),
                             SG_EPARSE);
            assert_non_null(strstr(err.message, "nodes[1]: duplicate node id 'p:a'"));
            sg_graph_release(&g);
        }
    }
    sg_graph_t g;
    sg_error_t err = {0};
    sg_graph_init(&g);
    assert_int_equal(sg_json_read(first, strlen(first), "a.json", 0, &g, &err), SG_OK);
    assert_int_equal(sg_json_read(again, strlen(again), "c.json", 0, &g, &err), SG_OK);
    assert_int_equal(g.nnodes, 2);
    sg_graph_release(&g);
}

/* A node's lists as a file gives them: aliases, titles and roles each once in
 * their first order (a long list kept unique with a map, a short one by search),
 * documents each once when finalized, and a node named again by a later fragment
 * record gaining what it lacked. */
static void test_json__node_lists_read_each_string_once(void **state) {
    sg_buf_t f;
    sg_graph_t g;
    sg_error_t err = {0};
    (void)state;
    sg_buf_init(&f);
    for (int many = 0; many < 2; many++) {
        size_t n = many ? 40 : 6; /* past STRV_SEARCH_MAX (16), and under it */
        f.len = 0;
        assert_int_equal(sg_buf_puts(&f, "{\"format\": \"stakegraph-graph\", \"nodes\": "
                                         "[{\"id\": \"p:a\", \"type\": \"person\", "
                                         "\"name\": \"A\", \"aliases\": ["),
                         SG_OK);
        for (size_t i = 0; i < 2 * n; i++) { /* each alias twice: 0 1 .. n-1 0 1 .. */
            assert_int_equal(sg_buf_printf(&f, "%s\"al%zu\"", i ? ", " : "", i % n),
                             SG_OK);
        }
        assert_int_equal(sg_buf_puts(&f, "], \"documents\": ["), SG_OK);
        for (size_t i = 0; i < 2 * n; i++) {
            assert_int_equal(sg_buf_printf(&f, "%s\"d%zu\"", i ? ", " : "", (i * 7) % n),
                             SG_OK);
        }
        assert_int_equal(sg_buf_puts(&f, "]}]}"), SG_OK);
        sg_graph_init(&g);
        assert_int_equal(sg_json_read(f.data, f.len, "l.json", 0, &g, &err), SG_OK);
        assert_int_equal(g.nnodes, 1);
        assert_int_equal(g.nodes[0].aliases.n, n);
        for (size_t i = 0; i < n; i++) {
            char want[16];
            snprintf(want, sizeof(want), "al%zu", i);
            assert_string_equal(g.nodes[0].aliases.v[i], want);
        }
        assert_int_equal(sg_graph_finalize(&g, &err), SG_OK);
        assert_int_equal(g.nodes[0].docs.n, n);
        for (size_t i = 1; i < n; i++) {
            assert_true(strcmp(g.nodes[0].docs.v[i - 1], g.nodes[0].docs.v[i]) < 0);
        }
        sg_graph_release(&g);
    }
    /* fragments: the same node twice, its lists joined */
    static const char frag[] =
        "{\"kind\": \"node\", \"id\": \"p:a\", \"type\": \"person\", \"name\": \"A\", "
        "\"roles\": [\"chair\", \"director\"]}\n"
        "{\"kind\": \"node\", \"id\": \"p:a\", \"type\": \"person\", \"name\": \"A\", "
        "\"roles\": [\"director\", \"trustee\"]}\n";
    sg_graph_init(&g);
    assert_int_equal(sg_json_read(frag, strlen(frag), "f.jsonl", 0, &g, &err), SG_OK);
    assert_int_equal(g.nnodes, 1);
    assert_int_equal(g.nodes[0].roles.n, 3);
    assert_string_equal(g.nodes[0].roles.v[2], "trustee");
    /* nothing but white space: fragments of none, the graph left as it was */
    sg_error_clear(&err);
    assert_int_equal(sg_json_read(" \n", 2, "none.jsonl", 0, &g, &err), SG_EEMPTY);
    assert_int_equal(g.nnodes, 1);
    assert_int_equal(g.nodes[0].roles.n, 3);
    sg_graph_release(&g);
    sg_buf_release(&f);
}

static void test_json__bad_inputs_give_located_errors(void **state) {
    (void)state;
    expect_error("{\"format\": \"stakegraph-graph\", \"nodes\": [\n{\"id\": 1", SG_EPARSE,
                 "", 2);
    expect_error("", SG_EEMPTY, "empty", 0);
    expect_error(" \n\t\r\n", SG_EEMPTY, "empty", 0);
    /* well-formed-looking files that jansson refuses: its message and line stand */
    expect_error("{\"format\": \"stakegraph-graph\",\n \"nodes\": [],\n \"edges\": [\n"
                 "{\"source\": \"a\", \"target\": \"b\", \"type\": \"leads\",}]}",
                 SG_EPARSE, "", 4);
    expect_error("{\"format\": \"stakegraph-graph\", \"nodes\": [], \"nodes\": []}",
                 SG_EPARSE, "duplicate", 0);
    expect_error("{\"format\": \"stakegraph-graph\", \"nodes\": []} trailing", SG_EPARSE,
                 "", 0);
    expect_error("{\"format\": \"stakegraph-graph\", \"x\": [tru], \"nodes\": []}",
                 SG_EPARSE, "", 0);
    expect_error("[1, 2]", SG_EPARSE, "not a stakegraph graph", 0);
    expect_error("{\"format\": \"stakegraph-graph\", \"nodes\": {}}", SG_EPARSE,
                 "nodes: must be an array", 0);
    expect_error("{\"format\": \"stakegraph-graph\", \"nodes\": [{\"id\": \"x\", "
                 "\"type\": \"person\"}]}",
                 SG_EPARSE, "name", 0);
    expect_error("{\"format\": \"stakegraph-graph\", \"nodes\": [{\"id\": \"x\", "
                 "\"type\": \"alien\", "
                 "\"name\": \"X\"}]}",
                 SG_EPARSE, "unknown node type", 0);
    expect_error("{\"format\": \"stakegraph-graph\", \"nodes\": ["
                 "{\"id\": \"p:a\", \"type\": \"person\", \"name\": \"A\"},"
                 "{\"id\": \"p:a\", \"type\": \"person\", \"name\": \"A\"}]}",
                 SG_EPARSE, "nodes[1]: duplicate node id", 0);
    /* a record is named by its section and place; a fragment's by its kind */
    expect_error("{\"format\": \"stakegraph-graph\", \"nodes\": ["
                 "{\"id\": \"a\", \"type\": \"person\", \"name\": \"A\"},"
                 "{\"id\": \"b\", \"type\": \"person\", \"name\": \"B\"}], \"edges\": ["
                 "{\"source\": \"a\", \"target\": \"b\", \"type\": \"leads\"},"
                 "{\"source\": \"a\", \"target\": \"b\", \"type\": \"likes\"}]}",
                 SG_EPARSE, "edges[1]: unknown edge type 'likes'", 0);
    /* offsets are 32-bit (sg_offset_t): one past the largest is refused, in a span,
     * a piece of evidence and a quotation alike */
    expect_error("{\"format\": \"stakegraph-graph\", \"nodes\": ["
                 "{\"id\": \"a\", \"type\": \"person\", \"name\": \"A\", \"spans\": "
                 "[{\"doc\": \"d\", \"start\": 4294967295, \"end\": 4294967296}]}]}",
                 SG_EPARSE, "nodes[0]: end is past the largest offset", 0);
    expect_error("{\"format\": \"stakegraph-graph\", \"edges\": ["
                 "{\"source\": \"a\", \"target\": \"b\", \"type\": \"leads\", "
                 "\"evidence\": [{\"doc\": \"d\", \"start\": 4294967296}]}]}",
                 SG_EPARSE, "edges[0]: start is past the largest offset", 0);
    expect_error("{\"format\": \"stakegraph-graph\", \"quotes\": ["
                 "{\"speaker\": \"a\", \"doc\": \"d\", \"text\": \"t\", "
                 "\"end\": 9999999999}]}",
                 SG_EPARSE, "quotes[0]: end is past the largest offset", 0);
    expect_error("[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]"
                 "]]]]]]]]]]]",
                 SG_ELIMIT, "nested deeper", 0);
    /* deep inside a record of a section, and in a value beside the sections */
    expect_error("{\"format\": \"stakegraph-graph\", \"nodes\": [{\"id\": \"a\", "
                 "\"type\": \"person\", \"name\": \"A\", \"x\": "
                 "[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]}]}",
                 SG_ELIMIT, "nested deeper", 0);
    expect_error("{\"format\": \"stakegraph-graph\", \"x\": "
                 "[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]], \"nodes\": []}",
                 SG_ELIMIT, "nested deeper", 0);
    expect_error(
        "{\"kind\": \"node\", \"id\": \"a\", \"type\": \"person\", \"name\": \"A\"}\n"
        "{\"kind\": \"edge\", \"source\": \"a\"}\n",
        SG_EPARSE, "record of kind 'edge': target is missing", 2);
    expect_error("{\"kind\": \"node\", \"id\": \"a\", \"type\": \"person\", \"name\": "
                 "\"A\"}\n{oops\n",
                 SG_EPARSE, "", 2);
    /* an article's digest is 64 hexadecimal digits: one longer would have been cut
     * to fit, a multi-byte character halved and the graph written unreadable (the
     * json fuzz target found it) */
    expect_error("{\"kind\": \"document\", \"id\": \"a\", \"sha256\": "
                 "\"d451508e45bd5f7fdd355baa4adb25f6b27c7ed051e09c338790a42052bc571"
                 "\xf1\x98\xb8\x8e"
                 "1\"}\n",
                 SG_EPARSE, "sha256 is not 64 lower-case hexadecimal digits", 1);
    expect_error("{\"kind\": \"document\", \"id\": \"a\", \"sha256\": \"abc\"}\n",
                 SG_EPARSE, "sha256 is not 64", 1);
    { /* a NUL byte after a fragment's record is not white space */
        static const char nul[] =
            "{\"kind\": \"node\", \"id\": \"a\", \"type\": \"person\", \"name\": \"A\"}\n"
            "{\"kind\": \"node\", \"id\": \"b\", \"type\": \"person\", \"name\": "
            "\"B\"}\0\n";
        sg_graph_t g;
        sg_error_t err = {0};
        sg_graph_init(&g);
        assert_int_equal(sg_json_read(nul, sizeof(nul) - 1, "nul.jsonl", 0, &g, &err),
                         SG_EPARSE);
        assert_int_equal(err.line, 2);
        sg_graph_release(&g);
    }
}

/* Records are parsed without jansson when plainly valid: every text the parser
 * takes reads as jansson reads it, and it refuses (leaving it to jansson, which
 * says why) whatever jansson would refuse or read differently. */
static void test_json__record_parser_reads_as_jansson(void **state) {
    static const char *const taken[] = {
        "{\"a\": 1, \"b\": -2, \"c\": 0, \"d\": 123456789012345678, \"m\": -0}",
        "{\"r\": 0.5, \"e\": 1e10, \"E\": -2.5E-3, \"z\": -0.0, \"tiny\": 1e-320, "
        "\"p\": 1E+2, \"f\": 0.30000000000000004}",
        "{\"s\": \"plain\", \"esc\": \"q\\\"b\\\\s\\/ \\b\\f\\n\\r\\t\", "
        "\"u\": \"\\u00e9\\u20AC\\ud83d\\ude00\\u0041\", \"utf8\": \"\xc3\xa9\xe2\x82\xac"
        "\xf0\x9f\x98\x80\", \"empty\": \"\"}",
        "{\"arr\": [], \"obj\": {}, \"nest\": [[1, [2, {\"x\": null}]], true, false]}",
        " \n\t{\"ws\" :  [ 1 , 2 ] ,\r\n\"k\":{ }}  ",
        "[1, \"two\", 3.0]",
        "\"str\"",
        "42",
        "null",
        "{\"kind\": \"node\", \"id\": \"person:a\", \"type\": \"person\", \"name\": "
        "\"A\", "
        "\"spans\": [{\"doc\": \"d\", \"start\": 1, \"end\": 2}], \"centrality\": "
        "{\"pagerank\": 0.125, \"degree\": 3}}",
        /* keys alike in their first bytes, or one the start of another */
        "{\"start\": 1, \"stars\": 2, \"st\": 3, \"s\": 4, \"\": 5, \"ab\": 6}",
    };
    static const char *const refused[] = {
        "{\"a\": 1, \"a\": 2}",
        "{\"spans\": 1, \"start\": 2, \"spans\": 3}",
        "{\"\": 1, \"x\": 2, \"\": 3}",
        "{\"s\": 1, \"s\": 2}",
        "{\"a\": 01}",
        "{\"a\": 1.}",
        "{\"a\": .5}",
        "{\"a\": +1}",
        "{\"a\": 1e}",
        "{\"a\": -}",
        "{\"a\": \"\\u0000\"}",
        "{\"a\": \"\\ud800\"}",
        "{\"a\": \"\\udc00\"}",
        "{\"a\": \"\\ud800\\u0041\"}",
        "{\"a\": \"\\u12G4\"}",
        "{\"a\": \"bad \xff utf8\"}",
        "{\"a\": \"\xed\xa0\x80\"}",
        "{\"a\": \"\xc0\xaf\"}",
        "{\"a\": \"ctl \x01\"}",
        "{\"a\": \"\\x\"}",
        "{\"a\": [1,]}",
        "{\"a\": 1,}",
        "{a: 1}",
        "{\"a\" 1}",
        "{\"a\": tru}",
        "{\"a\": nulll}",
        "{\"a\": 1234567890123456789}",
        "{\"a\": 1e400}",
        "{\"a\": -1e999}",
        "{\"a\": NaN}",
        "{\"a\": \"open",
        "{\"a\": [1, 2}",
        "",
        "   ",
        "{\"a\": 1 2}",
    };
    char deep[200];
    int took;
    (void)state;
    for (size_t i = 0; i < sizeof(taken) / sizeof(taken[0]); i++) {
        assert_int_equal(jc_same_as_jansson(taken[i], strlen(taken[i]), &took), 0);
        if (!took) {
            fail_msg("the parser refused %s", taken[i]);
        }
    }
    for (size_t i = 0; i < sizeof(refused) / sizeof(refused[0]); i++) {
        assert_int_equal(jc_same_as_jansson(refused[i], strlen(refused[i]), &took), 0);
        if (took) {
            fail_msg("the parser took %s", refused[i]);
        }
    }
    /* nesting: 64 levels taken, 65 refused */
    for (int levels = 64; levels <= 65; levels++) {
        memset(deep, '[', (size_t)levels);
        memset(deep + levels, ']', (size_t)levels);
        assert_int_equal(jc_same_as_jansson(deep, 2 * (size_t)levels, &took), 0);
        assert_int_equal(took, levels == 64);
    }
}

/* Strings of every length to 40 with a byte that is not plain (escapes, UTF-8 good
 * and bad, a control character) at every place: the record parser scans plain
 * bytes sixteen at a time, and must read what jansson reads, and refuse what it
 * refuses, whichever lane of which block the byte falls in. */
static void test_json__strings_every_length_and_position(void **state) {
    static const char *const odd[] = {"\\\"",    "\\n",      "\\\\",
                                      "\\u00e9", "\xc3\xa9", "\xe2\x80\x9c",
                                      "\xff",    "\x01",     "\xc3"};
    char s[128];
    int took, takes = 0;
    (void)state;
    for (size_t len = 1; len <= 40; len++) {
        for (size_t at = 0; at < len; at++) {
            for (size_t k = 0; k < sizeof(odd) / sizeof(odd[0]); k++) {
                size_t n = (size_t)snprintf(
                    s, sizeof(s), "{\"a\": \"%.*s%s%.*s\"}", (int)at,
                    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMN", odd[k],
                    (int)(len - at - 1), "0123456789012345678901234567890123456789");
                assert_int_equal(jc_same_as_jansson(s, n, &took), 0);
                takes += took;
            }
        }
    }
    /* the escapes and good UTF-8 taken (6 of 9), the rest refused */
    assert_int_equal(takes, 6 * 820);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_json__strings_every_length_and_position),
        cmocka_unit_test(test_json__sections_in_any_order),
        cmocka_unit_test(test_json__graph_round_trip_is_byte_identical),
        cmocka_unit_test(test_json__fragment_spills_whole_records),
        cmocka_unit_test(test_json__written_strings_read_back_by_jansson),
        cmocka_unit_test(test_json__fragment_merges_to_the_same_graph),
        cmocka_unit_test(test_json__duplicate_node_ids_in_one_file),
        cmocka_unit_test(test_json__node_lists_read_each_string_once),
        cmocka_unit_test(test_json__bad_inputs_give_located_errors),
        cmocka_unit_test(test_json__streamed_file_is_the_same_bytes_for_any_threads),
        cmocka_unit_test(test_json__very_long_records_stream_in_pieces),
        cmocka_unit_test(test_json__saved_fragments_are_the_same_bytes),
        cmocka_unit_test(test_json__heavy_blocks_are_cut_short),
        cmocka_unit_test(test_json__graph_file_layout_does_not_matter),
        cmocka_unit_test(test_json__record_parser_reads_as_jansson),
    };
    return cmocka_run_group_tests(tests, tu_setup_lexicon, tu_teardown_lexicon);
}
