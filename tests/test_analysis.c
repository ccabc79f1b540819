/* test_analysis.c - centrality and influence on small graphs computed by hand, and
 * the ranking rank and render share. */
#include <math.h>

#include "analysis_i.h"
#include "testutil.h"

static void add(sg_graph_t *g, sg_node_type_t t, const char *name) {
    size_t i;
    assert_int_equal(sg_graph_add_node(g, t, name, &i), SG_OK);
}

static void link(sg_graph_t *g, const char *a, const char *b, sg_edge_type_t t) {
    sg_evidence_t e;
    memset(&e, 0, sizeof(e));
    e.doc = (char *)"d";
    e.sentence = tu_text(g, "s");
    e.cue = (char *)"c";
    assert_int_equal(sg_graph_add_edge(g, a, b, t, NULL, &e), SG_OK);
}

static const sg_centrality_t *c_of(const sg_graph_t *g, const char *id) {
    long i = sg_graph_find(g, id);
    assert_true(i >= 0);
    return &g->nodes[i].c;
}

static void test_analysis__two_nodes_pagerank_by_hand(void **state) {
    sg_graph_t g;
    sg_error_t err = {0};
    (void)state;
    sg_graph_init(&g);
    add(&g, SG_NODE_PERSON, "A");
    add(&g, SG_NODE_ORGANISATION, "B");
    link(&g, "person:a", "organisation:b", SG_EDGE_LEADS);
    assert_int_equal(sg_graph_finalize(&g, &err), SG_OK);
    assert_int_equal(sg_analysis_compute(&g, &err), SG_OK);
    /* standing flows from B to its leader A; A is dangling (jumps uniformly):
     * PR_A = 0.075 + 0.85 PR_B + 0.425 PR_A, PR_B = 0.075 + 0.425 PR_A */
    assert_true(fabs(c_of(&g, "person:a")->pagerank - 0.13875 / 0.21375) < 1e-6);
    assert_true(fabs(c_of(&g, "organisation:b")->pagerank - (1 - 0.13875 / 0.21375)) <
                1e-6);
    assert_true(c_of(&g, "person:a")->out_degree == 1 &&
                c_of(&g, "person:a")->in_degree == 0);
    sg_graph_release(&g);
}

static void test_analysis__path_betweenness_degree_stance(void **state) {
    sg_graph_t g;
    sg_error_t err = {0};
    (void)state;
    sg_graph_init(&g);
    add(&g, SG_NODE_PERSON, "A");
    add(&g, SG_NODE_ORGANISATION, "B");
    add(&g, SG_NODE_STP, "C");
    add(&g, SG_NODE_COUNCIL, "D");
    link(&g, "person:a", "organisation:b", SG_EDGE_LEADS);
    link(&g, "organisation:b", "stp:c", SG_EDGE_ENDORSES);
    link(&g, "council:d", "stp:c", SG_EDGE_OPPOSES);
    link(&g, "person:a", "stp:c", SG_EDGE_ENDORSES);
    link(&g, "person:a", "organisation:b", SG_EDGE_QUOTES); /* a second edge, same pair */
    assert_int_equal(sg_graph_finalize(&g, &err), SG_OK);
    assert_int_equal(sg_analysis_compute(&g, &err), SG_OK);
    /* undirected simple graph: A-B, B-C, D-C, A-C; only C lies between D and A, B */
    assert_true(fabs(c_of(&g, "stp:c")->betweenness - 2.0) < 1e-9);
    assert_true(fabs(c_of(&g, "organisation:b")->betweenness) < 1e-9);
    assert_true(c_of(&g, "organisation:b")->degree == 3);
    assert_true(c_of(&g, "stp:c")->in_degree == 3);
    assert_true(c_of(&g, "stp:c")->stance == 1); /* two endorsements, one opposition */
    double sum = 0, maxe = 0;
    for (size_t i = 0; i < g.nnodes; i++) {
        sum += g.nodes[i].c.pagerank;
        maxe = fmax(maxe, g.nodes[i].c.eigenvector);
    }
    assert_true(fabs(sum - 1.0) < 1e-9);
    assert_true(fabs(maxe - 1.0) < 1e-9);
    sg_graph_release(&g);
}

/* Betweenness counts a pair of stakeholders once however many edges join them, in
 * either direction: a square X-Y-Z-W-X with X and Y joined three times (two types
 * one way, one the other way) has two shortest paths between opposite corners, so
 * every corner lies between half a pair (counting X-Y three times would give Y and
 * X two thirds, W and Z one). */
static void test_analysis__betweenness_joins_a_pair_once(void **state) {
    sg_graph_t g;
    sg_error_t err = {0};
    (void)state;
    sg_graph_init(&g);
    add(&g, SG_NODE_PERSON, "X");
    add(&g, SG_NODE_PERSON, "Y");
    add(&g, SG_NODE_PERSON, "Z");
    add(&g, SG_NODE_PERSON, "W");
    link(&g, "person:x", "person:y", SG_EDGE_ENDORSES);
    link(&g, "person:x", "person:y", SG_EDGE_QUOTES);
    link(&g, "person:y", "person:x", SG_EDGE_OPPOSES);
    link(&g, "person:y", "person:z", SG_EDGE_ENDORSES);
    link(&g, "person:w", "person:z", SG_EDGE_ENDORSES);
    link(&g, "person:x", "person:w", SG_EDGE_ENDORSES);
    assert_int_equal(sg_graph_finalize(&g, &err), SG_OK);
    assert_int_equal(sg_analysis_compute(&g, &err), SG_OK);
    assert_int_equal(g.betweenness_pivots, 0);
    for (size_t i = 0; i < g.nnodes; i++) {
        assert_true(fabs(g.nodes[i].c.betweenness - 0.5) < 1e-9);
    }
    sg_graph_release(&g);
}

static void test_analysis__influence_paths_and_scores(void **state) {
    sg_graph_t g;
    sg_error_t err = {0};
    sg_influence_t *r;
    size_t n;
    (void)state;
    sg_graph_init(&g);
    add(&g, SG_NODE_PERSON, "Lead");
    add(&g, SG_NODE_PERSON, "Fan");
    add(&g, SG_NODE_PERSON, "Member");
    add(&g, SG_NODE_STP, "Plan");
    add(&g, SG_NODE_PERSON, "Bystander");
    link(&g, "person:lead", "stp:plan", SG_EDGE_LEADS);
    link(&g, "person:fan", "person:lead", SG_EDGE_ENDORSES);
    link(&g, "person:member", "stp:plan", SG_EDGE_MEMBER_OF);
    link(&g, "stp:plan", "person:bystander", SG_EDGE_QUOTES);
    assert_int_equal(sg_graph_finalize(&g, &err), SG_OK);
    long plan = sg_graph_find(&g, "stp:plan");
    assert_int_equal(sg_analysis_influence(&g, (size_t)plan, &r, &n, &err), SG_OK);
    assert_int_equal(n, 3); /* the bystander is influenced, not influencing */
    assert_string_equal(g.nodes[r[0].node].name, "Lead");
    assert_true(fabs(r[0].score - 1.0) < 1e-9);
    assert_int_equal(r[0].npath, 1);
    assert_string_equal(g.nodes[r[1].node].name, "Member");
    assert_true(fabs(r[1].score - 0.6) < 1e-9);
    assert_string_equal(g.nodes[r[2].node].name, "Fan");
    assert_true(fabs(r[2].score - 0.8 * 1.0 * 0.5) < 1e-9);
    assert_int_equal(r[2].npath, 2);
    assert_int_equal(g.edges[r[2].path[0]].type, SG_EDGE_ENDORSES);
    assert_int_equal(g.edges[r[2].path[1]].type, SG_EDGE_LEADS);
    sg_influence_free(r, n);
    sg_graph_release(&g);
}

static void test_analysis__empty_graph(void **state) {
    sg_graph_t g;
    sg_error_t err = {0};
    (void)state;
    sg_graph_init(&g);
    assert_int_equal(sg_analysis_compute(&g, &err), SG_OK);
    assert_true(g.has_centrality);
    sg_graph_release(&g);
}

/* The fingerprint changes with each thing the measures read, and only with those. */
static void test_analysis__key_follows_what_the_measures_read(void **state) {
    sg_graph_t g;
    sg_error_t err = {0};
    char k0[SG_ANALYSIS_KEY], k[SG_ANALYSIS_KEY];
    (void)state;
    sg_graph_init(&g);
    add(&g, SG_NODE_PERSON, "A");
    add(&g, SG_NODE_ORGANISATION, "B");
    add(&g, SG_NODE_STP, "C");
    link(&g, "person:a", "organisation:b", SG_EDGE_LEADS);
    link(&g, "organisation:b", "stp:c", SG_EDGE_ENDORSES);
    assert_int_equal(sg_graph_finalize(&g, &err), SG_OK);
    sg_analysis_key(&g, k0);
    assert_int_equal(strlen(k0), SG_ANALYSIS_KEY - 1);
    assert_int_equal(sg_analysis_compute(&g, &err), SG_OK);
    assert_string_equal(g.analysis_key, k0);
    sg_edge_t e1 = g.edges[1];
    sg_node_type_t t0 = g.nodes[0].type;
    g.edges[0].nev++; /* one more piece of evidence */
    sg_analysis_key(&g, k);
    assert_string_not_equal(k, k0);
    g.edges[0].nev--;
    g.edges[1].type = e1.type == SG_EDGE_OPPOSES ? SG_EDGE_LEADS : SG_EDGE_OPPOSES;
    sg_analysis_key(&g, k);
    assert_string_not_equal(k, k0);
    g.edges[1] = e1;
    g.edges[1].target_index = (e1.target_index + 1) % g.nnodes;
    sg_analysis_key(&g, k);
    assert_string_not_equal(k, k0);
    g.edges[1] = e1;
    g.nodes[0].type = t0 == SG_NODE_COUNCIL ? SG_NODE_STP : SG_NODE_COUNCIL;
    sg_analysis_key(&g, k);
    assert_string_not_equal(k, k0);
    g.nodes[0].type = t0;
    sg_analysis_key(&g, k);
    assert_string_equal(k, k0); /* all as it was */
    g.nodes[0].nspans++;        /* mentions are not read */
    sg_analysis_key(&g, k);
    assert_string_equal(k, k0);
    g.nodes[0].nspans--;
    sg_graph_release(&g);
}

/* One graph read back from the file it was written to. */
static void read_back(const sg_buf_t *file, sg_graph_t *h, int *stored) {
    sg_error_t err = {0};
    sg_graph_init(h);
    assert_int_equal(sg_json_read(file->data, file->len, "g.json", 0, h, &err), SG_OK);
    *stored = h->has_centrality;
    assert_int_equal(sg_graph_finalize(h, &err), SG_OK);
    assert_false(h->has_centrality);
}

/* A graph's centrality read back from its file is kept while the graph is the one
 * it is of: the very numbers computed (the analysis keeps them as the file writes
 * them), the pivots too; a graph changed since, a file without its fingerprint or
 * a measure not a number are computed again. */
static void test_analysis__reuse_keeps_a_files_centrality(void **state) {
    sg_graph_t g, h;
    sg_error_t err = {0};
    sg_buf_t file;
    int stored;
    (void)state;
    tu_random_graph(&g, 8000, 16000, 5); /* sampled betweenness */
    assert_int_equal(sg_graph_finalize(&g, &err), SG_OK);
    assert_int_equal(sg_analysis_compute(&g, &err), SG_OK);
    assert_true(g.betweenness_pivots > 0);
    sg_buf_init(&file);
    assert_int_equal(sg_json_write_graph(&g, &file, &err), SG_OK);

    read_back(&file, &h, &stored);
    assert_true(stored);
    assert_int_equal(sg_analysis_reuse(&h, stored), 1);
    assert_true(h.has_centrality);
    assert_int_equal(h.betweenness_pivots, g.betweenness_pivots);
    assert_int_equal(h.nnodes, g.nnodes);
    for (size_t i = 0; i < g.nnodes; i++) {
        assert_memory_equal(&h.nodes[i].c, &g.nodes[i].c, sizeof(g.nodes[i].c));
    }
    sg_graph_release(&h);

    read_back(&file, &h, &stored);
    assert_int_equal(sg_analysis_reuse(&h, 0), 0); /* a node had no measures */
    sg_graph_release(&h);

    read_back(&file, &h, &stored);
    h.edges[h.nedges / 2].nev++;
    assert_int_equal(sg_analysis_reuse(&h, stored), 0);
    assert_false(h.has_centrality);
    sg_graph_release(&h);

    read_back(&file, &h, &stored);
    h.analysis_key[0] = '\0';
    assert_int_equal(sg_analysis_reuse(&h, stored), 0);
    sg_graph_release(&h);

    read_back(&file, &h, &stored);
    h.nodes[7].c.pagerank = NAN;
    assert_int_equal(sg_analysis_reuse(&h, stored), 0);
    h.nodes[7].c.pagerank = -0.5;
    assert_int_equal(sg_analysis_reuse(&h, stored), 0);
    sg_graph_release(&h);

    sg_buf_release(&file);
    sg_graph_release(&g);
}

/* Centrality with one job and with two (half the work in a child process) must be
 * the same numbers to the last bit: exact betweenness on a small graph, sampled
 * on a larger one. */
static void same_for_any_jobs(size_t n, size_t m, int sampled) {
    sg_graph_t a, b;
    sg_error_t err = {0};
    double total = 0;
    tu_random_graph(&a, n, m, 3);
    tu_random_graph(&b, n, m, 3);
    assert_int_equal(sg_graph_finalize(&a, &err), SG_OK);
    assert_int_equal(sg_graph_finalize(&b, &err), SG_OK);
    assert_int_equal(sg_analysis_compute_jobs(&a, 1, &err), SG_OK);
    assert_int_equal(sg_analysis_compute_jobs(&b, 2, &err), SG_OK);
    assert_int_equal(a.nnodes, b.nnodes);
    assert_int_equal(a.betweenness_pivots, b.betweenness_pivots);
    assert_true(sampled ? a.betweenness_pivots > 0 : a.betweenness_pivots == 0);
    for (size_t i = 0; i < a.nnodes; i++) {
        assert_memory_equal(&a.nodes[i].c, &b.nodes[i].c, sizeof(a.nodes[i].c));
        total += a.nodes[i].c.betweenness;
    }
    assert_true(total > 0); /* both halves were computed, not left at zero */
    sg_graph_release(&a);
    sg_graph_release(&b);
}

static void test_analysis__same_numbers_for_any_jobs(void **state) {
    (void)state;
    same_for_any_jobs(300, 900, 0);
    same_for_any_jobs(20000, 40000, 1);
}

/* n nodes in rings of r, each node tied to the next of its ring. */
static void rings(sg_graph_t *g, size_t n, size_t r) {
    char name[32];
    sg_graph_init(g);
    for (size_t i = 0; i < n; i++) {
        size_t idx;
        snprintf(name, sizeof(name), "R%zu", i);
        assert_int_equal(sg_graph_add_node(g, SG_NODE_PERSON, name, &idx), SG_OK);
    }
    for (size_t i = 0; i < n; i++) {
        size_t j = i - i % r + (i + 1) % r;
        char a[48], b[48];
        sg_evidence_t ev;
        memset(&ev, 0, sizeof(ev));
        ev.doc = (char *)"d";
        ev.cue = (char *)"cue";
        snprintf(a, sizeof(a), "%s", g->nodes[i].id);
        snprintf(b, sizeof(b), "%s", g->nodes[j].id);
        assert_int_equal(sg_graph_add_edge(g, a, b, SG_EDGE_ENDORSES, NULL, &ev), SG_OK);
    }
}

/* Betweenness is exact while a search from every vertex of its own component
 * stays within SG_BETWEENNESS_EXACT_WORK visits: 12,000 nodes in rings of 12 are
 * 12,000 * 24 visits, exact (n * (n + m) would have been 2.9e8); a connected graph
 * of 6,000 nodes and 12,000 edges is about 1.1e8, estimated. */
static void test_analysis__exact_while_cheap(void **state) {
    sg_graph_t g;
    sg_error_t err = {0};
    (void)state;
    rings(&g, 12000, 12);
    assert_int_equal(sg_graph_finalize(&g, &err), SG_OK);
    assert_int_equal(sg_analysis_compute(&g, &err), SG_OK);
    assert_int_equal(g.betweenness_pivots, 0);
    /* every node of a ring of 12 lies between 12.5 pairs (NetworkX says the same) */
    for (size_t i = 0; i < g.nnodes; i++) {
        assert_true(fabs(g.nodes[i].c.betweenness - 12.5) < 1e-9);
    }
    sg_graph_release(&g);
    tu_random_graph(&g, 6000, 12000, 5);
    assert_int_equal(sg_graph_finalize(&g, &err), SG_OK);
    assert_int_equal(sg_analysis_compute(&g, &err), SG_OK);
    assert_true(g.betweenness_pivots > 0);
    sg_graph_release(&g);
}

/* The fallback for ARPACK (power iteration) finds the eigenvector centrality ARPACK
 * finds, on the same graph: a connected random graph, weighted by evidence. */
static void test_analysis__eigenvector_fallback_agrees(void **state) {
    sg_graph_t g;
    sg_error_t err = {0};
    igraph_vector_t power;
    double worst = 0;
    (void)state;
    tu_random_graph(&g, 200, 2000, 11);
    assert_int_equal(sg_graph_finalize(&g, &err), SG_OK);
    assert_int_equal(sg_analysis_compute(&g, &err), SG_OK);
    assert_int_equal(igraph_vector_init(&power, 0), 0);
    assert_int_equal(sg_i_eigenvector_power(&g, &power), 0);
    assert_int_equal(igraph_vector_size(&power), (igraph_integer_t)g.nnodes);
    for (size_t i = 0; i < g.nnodes; i++) {
        worst = fmax(worst, fabs(VECTOR(power)[i] - g.nodes[i].c.eigenvector));
    }
    assert_true(worst < 1e-6);
    assert_true(igraph_vector_max(&power) == 1.0);
    igraph_vector_destroy(&power);
    sg_graph_release(&g);
}

/* The sum of the two halves of the pivots is the whole: exact betweenness of a
 * star with a tail, computed by hand. */
static void test_analysis__split_betweenness_by_hand(void **state) {
    sg_graph_t g;
    sg_error_t err = {0};
    (void)state;
    sg_graph_init(&g);
    add(&g, SG_NODE_STP, "Hub");
    const char *leaves[] = {"person:l1", "person:l2", "person:l3", "person:l4"};
    for (int i = 0; i < 4; i++) {
        char name[8];
        snprintf(name, sizeof(name), "L%d", i + 1);
        add(&g, SG_NODE_PERSON, name);
        link(&g, leaves[i], "stp:hub", SG_EDGE_ENDORSES);
    }
    add(&g, SG_NODE_PERSON, "Tail");
    link(&g, "person:tail", "person:l1", SG_EDGE_QUOTES);
    assert_int_equal(sg_graph_finalize(&g, &err), SG_OK);
    assert_int_equal(sg_analysis_compute_jobs(&g, 2, &err), SG_OK);
    /* hub: pairs among l1..l4 (6) and tail with l2..l4 (3) pass through it */
    assert_true(fabs(c_of(&g, "stp:hub")->betweenness - 9.0) < 1e-9);
    /* l1: tail to hub, l2, l3, l4 (4 pairs) */
    assert_true(fabs(c_of(&g, "person:l1")->betweenness - 4.0) < 1e-9);
    assert_true(fabs(c_of(&g, "person:l2")->betweenness) < 1e-9);
    sg_graph_release(&g);
}

/* A chain of twelve bodies, each a member of the next, the last of the plan: a
 * body k hops away scores 0.6 x 0.3^(k-1), so the six nearest reach
 * SG_INFLUENCE_MIN (0.00146 at six hops, 0.00044 at seven), each with its whole
 * path, nearest first. */
static void test_analysis__influence_leaves_out_the_weakest(void **state) {
    sg_graph_t g;
    sg_error_t err = {0};
    sg_influence_t *r;
    size_t n;
    char a[32], b[32];
    (void)state;
    sg_graph_init(&g);
    add(&g, SG_NODE_STP, "Plan");
    for (int k = 1; k <= 12; k++) {
        snprintf(a, sizeof(a), "Body %02d", k);
        add(&g, SG_NODE_ORGANISATION, a);
    }
    for (int k = 1; k <= 12; k++) {
        snprintf(a, sizeof(a), "organisation:body-%02d", k);
        snprintf(b, sizeof(b), "organisation:body-%02d", k - 1);
        link(&g, a, k == 1 ? "stp:plan" : b, SG_EDGE_MEMBER_OF);
    }
    assert_int_equal(sg_graph_finalize(&g, &err), SG_OK);
    long plan = sg_graph_find(&g, "stp:plan");
    assert_int_equal(sg_analysis_influence(&g, (size_t)plan, &r, &n, &err), SG_OK);
    assert_int_equal(n, 6);
    for (size_t i = 0; i < n; i++) {
        snprintf(a, sizeof(a), "Body %02zu", i + 1);
        assert_string_equal(g.nodes[r[i].node].name, a);
        assert_true(fabs(r[i].score - 0.6 * pow(0.3, (double)i)) < 1e-12);
        assert_int_equal(r[i].npath, i + 1);
        for (size_t k = 0; k < r[i].npath; k++) { /* from the body towards the plan */
            snprintf(a, sizeof(a), "organisation:body-%02zu", i + 1 - k);
            assert_string_equal(g.edges[r[i].path[k]].source, a);
        }
        assert_string_equal(g.edges[r[i].path[i]].target, "stp:plan");
    }
    sg_influence_free(r, n);
    sg_graph_release(&g);
}

/* Highest score first, ties by name, then by id (two people named alike); keep
 * leaves nodes out; each measure by its name. */
static void test_analysis__rank_order_and_ties(void **state) {
    static const struct {
        sg_node_type_t type;
        const char *name;
        double score;
    } nodes[] = {
        {SG_NODE_PERSON, "Ann Berwick", 0.5},       {SG_NODE_PERSON, "Zoe Adams", 0.9},
        {SG_NODE_ORGANISATION, "Ann Berwick", 0.5}, {SG_NODE_PERSON, "Bob Cole", 0.5},
        {SG_NODE_COUNCIL, "Avon Council", 0.1},     {SG_NODE_STP, "Kent", 0.7},
        {SG_NODE_COUNCIL, "Zed Council", 0.5},
    };
    static const char *want[] = {"person:zoe-adams",         "stp:kent",
                                 "organisation:ann-berwick", "person:ann-berwick",
                                 "person:bob-cole",          "council:zed-council",
                                 "council:avon-council"};
    sg_graph_t g;
    sg_error_t err = {0};
    size_t order[7], n, i;
    char keep[7];
    (void)state;
    sg_graph_init(&g);
    for (size_t k = 0; k < 7; k++) {
        add(&g, nodes[k].type, nodes[k].name);
    }
    assert_int_equal(sg_graph_finalize(&g, &err), SG_OK);
    for (size_t k = 0; k < 7; k++) {
        char id[64];
        sg_node_id_in(id, sizeof(id), nodes[k].type, nodes[k].name);
        i = (size_t)sg_graph_find(&g, id);
        g.nodes[i].c.betweenness = nodes[k].score;
        g.nodes[i].c.degree = 10 - nodes[k].score; /* the other way round */
    }
    assert_int_equal(sg_analysis_rank(&g, "betweenness", NULL, order, &n), SG_OK);
    assert_int_equal(n, 7);
    for (size_t k = 0; k < 7; k++) {
        assert_string_equal(g.nodes[order[k]].id, want[k]);
    }
    assert_int_equal(sg_analysis_rank(&g, "degree", NULL, order, &n), SG_OK);
    assert_string_equal(g.nodes[order[0]].id, "council:avon-council");
    assert_string_equal(g.nodes[order[6]].id, "person:zoe-adams");
    for (size_t k = 0; k < 7; k++) {
        keep[k] = g.nodes[k].type == SG_NODE_PERSON;
    }
    assert_int_equal(sg_analysis_rank(&g, "betweenness", keep, order, &n), SG_OK);
    assert_int_equal(n, 3);
    assert_string_equal(g.nodes[order[0]].id, "person:zoe-adams");
    assert_string_equal(g.nodes[order[1]].id, "person:ann-berwick");
    assert_string_equal(g.nodes[order[2]].id, "person:bob-cole");
    sg_graph_release(&g);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_analysis__same_numbers_for_any_jobs),
        cmocka_unit_test(test_analysis__exact_while_cheap),
        cmocka_unit_test(test_analysis__betweenness_joins_a_pair_once),
        cmocka_unit_test(test_analysis__split_betweenness_by_hand),
        cmocka_unit_test(test_analysis__eigenvector_fallback_agrees),
        cmocka_unit_test(test_analysis__two_nodes_pagerank_by_hand),
        cmocka_unit_test(test_analysis__path_betweenness_degree_stance),
        cmocka_unit_test(test_analysis__influence_paths_and_scores),
        cmocka_unit_test(test_analysis__influence_leaves_out_the_weakest),
        cmocka_unit_test(test_analysis__empty_graph),
        cmocka_unit_test(test_analysis__rank_order_and_ties),
        cmocka_unit_test(test_analysis__key_follows_what_the_measures_read),
        cmocka_unit_test(test_analysis__reuse_keeps_a_files_centrality),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
