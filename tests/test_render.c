/* test_render.c - maps through Graphviz: hostile names escaped, DOT that parses,
 * the same bytes every time, the power-interest grid. */
#include <graphviz/cgraph.h>

#include "testutil.h"

static const char *hostile = "<script>alert(\"x\")</script> & \\N \\\\ \"quoted\" "
                             "\xe2\x80\x9cZo\xc3\xab\xe2\x80\x9d";

static void hostile_graph(sg_graph_t *g) {
    sg_error_t err = {0};
    size_t i;
    sg_evidence_t e;
    sg_graph_init(g);
    assert_int_equal(sg_graph_add_node(g, SG_NODE_PERSON, hostile, &i), SG_OK);
    char *pid = sg_strdup(g->nodes[i].id);
    assert_int_equal(sg_graph_add_node(g, SG_NODE_STP, "North East London", &i), SG_OK);
    memset(&e, 0, sizeof(e));
    e.doc = (char *)"d";
    e.sentence = tu_text(g, "He said \"<b>bold</b>\" & left");
    e.cue = (char *)"said";
    assert_int_equal(sg_graph_add_edge(g, pid, "stp:north-east-london", SG_EDGE_LEADS,
                                       "chair </title>", &e),
                     SG_OK);
    free(pid);
    assert_int_equal(sg_graph_finalize(g, &err), SG_OK);
    assert_int_equal(sg_analysis_compute(g, &err), SG_OK);
}

static char *render(const sg_graph_t *g, const char *fmt, size_t *len) {
    sg_render_opts_t o;
    sg_error_t err = {0};
    char *out = NULL;
    sg_render_opts_init(&o);
    o.format = fmt;
    assert_int_equal(sg_render(g, &o, &out, len, &err), SG_OK);
    return out;
}

static void test_render__svg_escapes_hostile_names(void **state) {
    sg_graph_t g;
    size_t len;
    (void)state;
    hostile_graph(&g);
    char *svg = render(&g, "svg", &len);
    assert_null(strstr(svg, "<script>"));
    assert_null(strstr(svg, "<b>bold"));
    assert_non_null(strstr(svg, "&lt;script&gt;"));
    assert_non_null(strstr(svg, "Zo\xc3\xab"));
    assert_non_null(strstr(svg, "\\N")); /* shown as written, not replaced by Graphviz */
    free(svg);
    sg_graph_release(&g);
}

static void test_render__dot_parses_and_bytes_repeat(void **state) {
    sg_graph_t g;
    size_t a, b;
    (void)state;
    hostile_graph(&g);
    char *dot1 = render(&g, "dot", &a);
    char *dot2 = render(&g, "dot", &b);
    assert_int_equal(a, b);
    assert_memory_equal(dot1, dot2, a);
    Agraph_t *G = agmemread(dot1);
    assert_non_null(G);
    assert_int_equal(agnnodes(G), 3); /* two stakeholders and the legend */
    Agnode_t *n = agnode(G, g.nodes[0].id, 0);
    assert_non_null(n);
    /* the label reads back as the name with its backslashes doubled for Graphviz */
    assert_non_null(strstr(agget(n, "label"), "<script>"));
    agclose(G);
    free(dot1);
    free(dot2);
    sg_graph_release(&g);
}

static void test_render__focus_and_errors(void **state) {
    sg_graph_t g;
    sg_render_opts_t o;
    sg_error_t err = {0};
    char *out = NULL;
    size_t len;
    (void)state;
    hostile_graph(&g);
    sg_render_opts_init(&o);
    o.focus = "No Such Body";
    assert_int_equal(sg_render(&g, &o, &out, &len, &err), SG_EINVAL);
    assert_null(out);
    sg_error_clear(&err);
    o.focus = "North East London";
    o.format = "svg";
    assert_int_equal(sg_render(&g, &o, &out, &len, &err), SG_OK);
    free(out);
    o.format = "pdf-nope";
    assert_int_equal(sg_render(&g, &o, &out, &len, &err), SG_EINVAL);
    sg_graph_release(&g);
}

static void test_render__grid(void **state) {
    sg_graph_t g;
    sg_error_t err = {0};
    char *out = NULL;
    size_t len;
    (void)state;
    hostile_graph(&g);
    assert_int_equal(sg_render_grid(&g, &out, &len, &err), SG_OK);
    assert_non_null(strstr(out, "Manage closely"));
    assert_null(strstr(out, "<script>"));
    assert_non_null(strstr(out, "&lt;script&gt;"));
    free(out);
    sg_graph_release(&g);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_render__svg_escapes_hostile_names),
        cmocka_unit_test(test_render__dot_parses_and_bytes_repeat),
        cmocka_unit_test(test_render__focus_and_errors),
        cmocka_unit_test(test_render__grid),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
