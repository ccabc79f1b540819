/* test_export.c - every export format carries every node and edge. The real clients
 * (NetworkX, cytoscape, graphology) load them in tests/e2e.sh. */
#include <jansson.h>

#include "testutil.h"

static sg_graph_t g;

static int setup(void **state) {
    sg_error_t err = {0};
    if (tu_setup_lexicon(state) != 0) {
        return -1;
    }
    tu_extract(
        &g,
        "Rob Whiteman, chair, North East London STP, and chief executive, Chartered "
        "Institute of Public Finance and Accountancy\nTwo Shropshire councils refused "
        "to endorse their region's STP. \xe2\x80\x9cWe <disagree> & \\ so,\xe2\x80\x9d "
        "said Jane Smith.\n");
    return sg_analysis_compute(&g, &err);
}

static int teardown(void **state) {
    sg_graph_release(&g);
    return tu_teardown_lexicon(state);
}

static char *export(sg_export_format_t f) {
    sg_buf_t b, r;
    sg_error_t err = {0};
    sg_buf_init(&b);
    sg_buf_init(&r);
    assert_int_equal(sg_export(&g, f, &b, &r, &err), SG_OK);
    sg_buf_release(&r);
    return sg_buf_take(&b);
}

static size_t count(const char *s, const char *what) {
    size_t n = 0;
    for (const char *p = s; (p = strstr(p, what)); p++) {
        n++;
    }
    return n;
}

static json_t *parse(const char *s) {
    json_error_t je;
    json_t *j = json_loads(s, 0, &je);
    if (!j) {
        fail_msg("invalid JSON: %s at %d", je.text, je.line);
    }
    return j;
}

static void test_export__node_link(void **state) {
    (void)state;
    char *s = export(SG_EXPORT_NODE_LINK);
    json_t *j = parse(s);
    assert_true(json_is_true(json_object_get(j, "multigraph")));
    assert_int_equal(json_array_size(json_object_get(j, "nodes")), g.nnodes);
    json_t *links = json_object_get(j, "links");
    assert_int_equal(json_array_size(links), g.nedges);
    json_t *l0 = json_array_get(links, 0);
    assert_non_null(json_object_get(l0, "key"));
    assert_non_null(json_object_get(l0, "sign"));
    json_decref(j);
    free(s);
}

static void test_export__cytoscape_and_graphology(void **state) {
    (void)state;
    char *s = export(SG_EXPORT_CYTOSCAPE);
    json_t *j = parse(s);
    json_t *el = json_object_get(j, "elements");
    assert_int_equal(json_array_size(json_object_get(el, "nodes")), g.nnodes);
    assert_int_equal(json_array_size(json_object_get(el, "edges")), g.nedges);
    json_t *d = json_object_get(json_array_get(json_object_get(el, "edges"), 0), "data");
    assert_non_null(json_object_get(d, "source"));
    json_decref(j);
    free(s);
    s = export(SG_EXPORT_GRAPHOLOGY);
    j = parse(s);
    assert_string_equal(
        json_string_value(json_object_get(json_object_get(j, "options"), "type")),
        "directed");
    assert_int_equal(json_array_size(json_object_get(j, "edges")), g.nedges);
    json_decref(j);
    free(s);
}

/* The JSON exports are written as the graph is walked, not dumped from a jansson tree:
 * jansson, parsing one and laying it out again as they were first made
 * (JSON_INDENT(1), JSON_REAL_PRECISION(10)), gives the same bytes, for escapes in
 * names, reals large, small and whole, and a node with no aliases after one with. */
static void test_export__json_laid_out_as_jansson_lays_it_out(void **state) {
    static const sg_export_format_t formats[] = {SG_EXPORT_NODE_LINK, SG_EXPORT_CYTOSCAPE,
                                                 SG_EXPORT_GRAPHOLOGY};
    char name[] = "A \"quoted\" \\ name\x01\x1f\t\n\b\f\r\x7f \xc3\xa9 /";
    sg_node_t saved0, saved1;
    sg_strv_t aliases;
    (void)state;

    assert_true(g.nnodes >= 2);
    saved0 = g.nodes[0];
    saved1 = g.nodes[1];
    sg_strv_init(&aliases);
    assert_int_equal(sg_strv_add(&aliases, "first alias"), SG_OK);
    assert_int_equal(sg_strv_add(&aliases, "second"), SG_OK);
    g.nodes[0].name = name;
    g.nodes[0].aliases = aliases;
    g.nodes[0].c =
        (sg_centrality_t){3, 1e-5, 123456789012.0, 0.1 + 0.2, 1.5e20, 1e-300, -0.25};
    sg_strv_init(&g.nodes[1].aliases);
    for (size_t i = 0; i < sizeof(formats) / sizeof(formats[0]); i++) {
        char *s = export(formats[i]);
        json_t *j = parse(s);
        char *again = json_dumps(j, JSON_INDENT(1) | JSON_REAL_PRECISION(10));
        assert_non_null(again);
        assert_int_equal(strlen(s), strlen(again) + 1);
        assert_memory_equal(s, again, strlen(again));
        assert_int_equal(s[strlen(again)], '\n');
        assert_non_null(strstr(s, "\"first alias; second\""));
        assert_non_null(strstr(s, "\"aliases\": \"\""));
        free(again);
        json_decref(j);
        free(s);
    }
    g.nodes[0] = saved0;
    g.nodes[1] = saved1;
    sg_strv_release(&aliases);
}

/* What a sink's flush is handed, kept in order; fail_at > 0 makes that call fail. */
typedef struct {
    sg_buf_t got;
    int calls, fail_at;
} collect_t;

static sg_err_t collect(void *arg, const char *data, size_t len) {
    collect_t *c = arg;
    if (++c->calls == c->fail_at) {
        return SG_EIO;
    }
    return sg_buf_append(&c->got, data, len);
}

/* Every format through sinks: the bytes handed on, in pieces at record ends once a
 * megabyte is held, are sg_export's; the sink's buffer never holds much more than a
 * megabyte and a record; a flush that fails stops the export with its error. */
static void test_export__sinks_hand_the_bytes_on_as_they_go(void **state) {
    sg_graph_t big;
    sg_error_t err = {0};
    (void)state;
    sg_graph_init(&big);
    for (int i = 0; i < 6000; i++) { /* about 3 MB of export in any format */
        char name[64], prev[64];
        size_t idx;
        snprintf(name, sizeof(name), "Trust number %d of the \"long\" name list", i);
        assert_int_equal(sg_graph_add_node(&big, SG_NODE_ORGANISATION, name, &idx),
                         SG_OK);
        if (i) {
            snprintf(prev, sizeof(prev), "Trust number %d of the \"long\" name list",
                     i - 1);
            char a[96], b[96];
            sg_slug_into(a, prev);
            sg_slug_into(b, name);
            char ia[128], ib[128];
            snprintf(ia, sizeof(ia), "organisation:%s", a);
            snprintf(ib, sizeof(ib), "organisation:%s", b);
            assert_int_equal(
                sg_graph_add_edge(&big, ia, ib, SG_EDGE_ENDORSES, NULL, NULL), SG_OK);
        }
    }
    assert_int_equal(sg_graph_finalize(&big, &err), SG_OK);
    for (int f = SG_EXPORT_NODE_LINK; f <= SG_EXPORT_CSV; f++) {
        sg_buf_t whole, wrels, buf, rbuf;
        collect_t c = {{0}, 0, 0}, rcol = {{0}, 0, 0};
        sg_buf_init(&whole);
        sg_buf_init(&wrels);
        sg_buf_init(&buf);
        sg_buf_init(&rbuf);
        sg_buf_init(&c.got);
        sg_buf_init(&rcol.got);
        assert_int_equal(sg_export(&big, f, &whole, &wrels, &err), SG_OK);
        sg_export_sink_t out = {&buf, collect, &c}, rels = {&rbuf, collect, &rcol};
        assert_int_equal(sg_export_to(&big, f, &out, &rels, &err), SG_OK);
        assert_true(whole.len > ((size_t)2 << 20) || f == SG_EXPORT_CSV);
        assert_int_equal(c.got.len, whole.len);
        assert_memory_equal(c.got.data, whole.data, whole.len);
        assert_true(c.calls >= 2 || f == SG_EXPORT_CSV);
        assert_true(buf.cap <= ((size_t)2 << 20)); /* never the whole export */
        assert_int_equal(buf.len, 0);
        if (f == SG_EXPORT_CSV) {
            assert_int_equal(rcol.got.len, wrels.len);
            assert_memory_equal(rcol.got.data, wrels.data, wrels.len);
        }
        /* the first flush fails: nothing more is made, the error comes back */
        collect_t bad = {{0}, 0, 1};
        sg_buf_init(&bad.got);
        out.arg = &bad;
        assert_int_equal(sg_export_to(&big, f, &out, &rels, &err), SG_EIO);
        assert_int_equal(bad.calls, 1);
        sg_error_clear(&err);
        sg_buf_release(&bad.got);
        sg_buf_release(&whole);
        sg_buf_release(&wrels);
        sg_buf_release(&buf);
        sg_buf_release(&rbuf);
        sg_buf_release(&c.got);
        sg_buf_release(&rcol.got);
    }
    sg_graph_release(&big);
}

static void test_export__xml_formats_escape_and_count(void **state) {
    (void)state;
    char *gexf = export(SG_EXPORT_GEXF), *gml = export(SG_EXPORT_GRAPHML);
    assert_int_equal(count(gexf, "<node id="), g.nnodes);
    assert_int_equal(count(gexf, "<edge id="), g.nedges);
    assert_int_equal(count(gml, "<node id="), g.nnodes);
    assert_int_equal(count(gml, "<edge id="), g.nedges);
    assert_non_null(strstr(gexf, "viz:color"));
    assert_non_null(strstr(gml, "attr.type=\"double\""));
    assert_null(strstr(gexf, "<disagree>"));
    free(gexf);
    free(gml);
}

static void test_export__neo4j_csv(void **state) {
    sg_buf_t n, r;
    sg_error_t err = {0};
    (void)state;
    sg_buf_init(&n);
    sg_buf_init(&r);
    assert_int_equal(sg_export(&g, SG_EXPORT_CSV, &n, &r, &err), SG_OK);
    assert_int_equal(count(n.data, "\n"), g.nnodes + 1);
    assert_int_equal(count(r.data, "\n"), g.nedges + 1);
    assert_non_null(strstr(n.data, "id:ID,"));
    assert_non_null(strstr(r.data, ":START_ID,:END_ID,:TYPE"));
    assert_non_null(strstr(r.data, ",LEADS,"));
    assert_int_equal(sg_export(&g, SG_EXPORT_CSV, &n, NULL, &err), SG_EINVAL);
    /* a quote in a field is doubled, wherever it stands */
    char *name = g.nodes[0].name, quoted[] = "\"Dr\" A \"B\" C\"";
    g.nodes[0].name = quoted;
    n.len = r.len = 0;
    assert_int_equal(sg_export(&g, SG_EXPORT_CSV, &n, &r, &err), SG_OK);
    g.nodes[0].name = name;
    assert_non_null(strstr(n.data, ",\"\"\"Dr\"\" A \"\"B\"\" C\"\"\",Stakeholder;"));
    sg_buf_release(&n);
    sg_buf_release(&r);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_export__node_link),
        cmocka_unit_test(test_export__cytoscape_and_graphology),
        cmocka_unit_test(test_export__json_laid_out_as_jansson_lays_it_out),
        cmocka_unit_test(test_export__sinks_hand_the_bytes_on_as_they_go),
        cmocka_unit_test(test_export__xml_formats_escape_and_count),
        cmocka_unit_test(test_export__neo4j_csv),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
