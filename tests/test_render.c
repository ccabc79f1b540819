/* test_render.c - maps through Graphviz: hostile names escaped, DOT that parses,
 * the same bytes every time, a large map cut to its most central stakeholders, the
 * power-interest grid. */
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

/* A star: five people each lead the STP Kent; their PageRank set by hand, Cy and
 * Di tied. */
static void star_graph(sg_graph_t *g) {
    static const char *people[] = {"Al Ash", "Bo Birch", "Cy Cole", "Di Dean", "Ed Elm"};
    static const double pr[] = {0.1, 0.4, 0.3, 0.3, 0.05};
    sg_error_t err = {0};
    sg_evidence_t e;
    size_t i;
    sg_graph_init(g);
    assert_int_equal(sg_graph_add_node(g, SG_NODE_STP, "Kent", &i), SG_OK);
    memset(&e, 0, sizeof(e));
    e.doc = (char *)"d";
    e.sentence = tu_text(g, "s");
    e.cue = (char *)"leads";
    for (size_t k = 0; k < 5; k++) {
        assert_int_equal(sg_graph_add_node(g, SG_NODE_PERSON, people[k], &i), SG_OK);
        char *id = sg_strdup(g->nodes[i].id);
        assert_int_equal(sg_graph_add_edge(g, id, "stp:kent", SG_EDGE_LEADS, NULL, &e),
                         SG_OK);
        free(id);
    }
    assert_int_equal(sg_graph_finalize(g, &err), SG_OK);
    assert_int_equal(sg_analysis_compute(g, &err), SG_OK);
    g->nodes[sg_graph_find(g, "stp:kent")].c.pagerank = 0.9;
    for (size_t k = 0; k < 5; k++) {
        char id[64];
        sg_node_id_in(id, sizeof(id), SG_NODE_PERSON, people[k]);
        g->nodes[sg_graph_find(g, id)].c.pagerank = pr[k];
    }
}

static int cmp_name(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The stakeholders a DOT map draws, sorted, joined by spaces. */
static void drawn(const char *dot, char *out, size_t cap) {
    Agraph_t *G = agmemread(dot);
    char *names[16];
    size_t n = 0;
    assert_non_null(G);
    for (Agnode_t *v = agfstnode(G); v; v = agnxtnode(G, v)) {
        if (strcmp(agnameof(v), "legend") != 0) {
            assert_true(n < 16);
            names[n++] = sg_strdup(agnameof(v));
        }
    }
    agclose(G);
    qsort(names, n, sizeof(*names), cmp_name);
    out[0] = '\0';
    for (size_t i = 0; i < n; i++) {
        snprintf(out + strlen(out), cap - strlen(out), "%s%s", i ? " " : "", names[i]);
        free(names[i]);
    }
}

static void render_top(const sg_graph_t *g, size_t top, const char *focus,
                       const char *want, size_t want_shown) {
    sg_render_opts_t o;
    sg_error_t err = {0};
    char *out = NULL, got[512];
    size_t len, kept, shown;
    sg_render_opts_init(&o);
    o.format = "dot";
    o.top = top;
    o.focus = focus;
    o.depth = 2; /* the focus's neighbours' neighbours: the whole star */
    assert_int_equal(sg_render_count(g, &o, &kept, &shown, &err), SG_OK);
    assert_int_equal(kept, 6);
    assert_int_equal(shown, want_shown);
    assert_int_equal(sg_render(g, &o, &out, &len, &err), SG_OK);
    drawn(out, got, sizeof(got));
    assert_string_equal(got, want);
    /* the title says when the map is cut */
    assert_int_equal(strstr(out, "most central of 6 by pagerank") != NULL, shown < kept);
    free(out);
}

/* top keeps the most central by --size-by, ties by name; the focus always among
 * them; 0, or a top past the count, draws every one. */
static void test_render__top_keeps_the_most_central(void **state) {
    sg_graph_t g;
    (void)state;
    star_graph(&g);
    sg_render_opts_t o;
    sg_render_opts_init(&o);
    assert_int_equal(o.top, SG_RENDER_TOP);
    render_top(&g, 2, NULL, "person:bo-birch stp:kent", 2);
    render_top(&g, 3, NULL, "person:bo-birch person:cy-cole stp:kent", 3);
    render_top(&g, 4, NULL, "person:bo-birch person:cy-cole person:di-dean stp:kent", 4);
    render_top(&g, 2, "Ed Elm", "person:ed-elm stp:kent", 2);
    render_top(&g, 1, "Ed Elm", "person:ed-elm", 1);
    render_top(&g, 0, NULL,
               "person:al-ash person:bo-birch person:cy-cole person:di-dean "
               "person:ed-elm stp:kent",
               6);
    render_top(&g, 6, NULL,
               "person:al-ash person:bo-birch person:cy-cole person:di-dean "
               "person:ed-elm stp:kent",
               6);
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
        cmocka_unit_test(test_render__top_keeps_the_most_central),
        cmocka_unit_test(test_render__grid),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
