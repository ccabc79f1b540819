/* test_graph.c - the model: merge, canonical form, alias folding, validation. */
#include "testutil.h"

static sg_evidence_t ev(sg_graph_t *g, const char *doc, size_t start, const char *cue) {
    sg_evidence_t e;
    memset(&e, 0, sizeof(e));
    e.doc = (char *)doc;
    e.start = start;
    e.end = start + 10;
    e.sentence = tu_text(g, "A sentence.");
    e.cue = (char *)cue;
    return e;
}

/* A small fragment: one document, two nodes, one edge. */
static void fragment(sg_graph_t *g, const char *doc, const char *a, const char *b,
                     size_t off) {
    sg_document_t d;
    size_t ia, ib;
    memset(&d, 0, sizeof(d));
    d.id = (char *)doc;
    d.path = (char *)doc;
    sg_graph_init(g);
    assert_int_equal(sg_graph_add_document(g, &d), SG_OK);
    assert_int_equal(sg_graph_add_node(g, SG_NODE_PERSON, a, &ia), SG_OK);
    assert_int_equal(sg_graph_add_node(g, SG_NODE_ORGANISATION, b, &ib), SG_OK);
    assert_int_equal(sg_graph_add_span(g, ia, doc, off, off + 5), SG_OK);
    sg_evidence_t e = ev(g, doc, off, "chief executive of");
    char *src = sg_strdup(g->nodes[ia].id), *dst = sg_strdup(g->nodes[ib].id);
    assert_int_equal(sg_graph_add_edge(g, src, dst, SG_EDGE_LEADS, "chief executive", &e),
                     SG_OK);
    free(src);
    free(dst);
}

static char *dump(sg_graph_t *g) {
    sg_buf_t b;
    sg_error_t err = {0};
    sg_buf_init(&b);
    assert_int_equal(sg_json_write_graph(g, &b, &err), SG_OK);
    return sg_buf_take(&b);
}

static void test_graph__ids_are_type_and_slug(void **state) {
    (void)state;
    char *id = sg_node_make_id(SG_NODE_ORGANISATION, "The King's Fund & Friends");
    assert_string_equal(id, "organisation:kings-fund-and-friends");
    free(id);
    id = sg_node_make_id(SG_NODE_STP, "Luton, Milton Keynes and Bedfordshire");
    assert_string_equal(id, "stp:luton-milton-keynes-and-bedfordshire");
    free(id);
    /* the longest a slug gets: "&" alone between words, four bytes for one */
    static const char *const cases[][2] = {
        {"A&B&C", "person:a-and-b-and-c"},
        {"&&&", "person:"},
        {"The", "person:the"},
        {"The  Ren\xc3\xa9"
         "e\xe2\x80\x99s",
         "person:ren\xc3\xa9"
         "es"},
        {"", "person:"},
        /* (a Latin-1 capital in lower case, other letters and "×" as they are) */
        {"\xc3\x89"
         "amonn \xc3\x93 S\xc3\xba"
         "il \xc3\x97 \xc5\x81",
         "person:\xc3\xa9"
         "amonn-\xc3\xb3-s\xc3\xba"
         "il-\xc3\x97-\xc5\x81"},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        char room[128];
        id = sg_node_make_id(SG_NODE_PERSON, cases[i][0]);
        assert_string_equal(id, cases[i][1]);
        free(id);
        /* in the room given when it fits, else allocated: the same id */
        memset(room, 'x', sizeof(room));
        assert_ptr_equal(sg_node_id_in(room, sizeof(room), SG_NODE_PERSON, cases[i][0]),
                         room);
        assert_string_equal(room, cases[i][1]);
        id = sg_node_id_in(room, 4, SG_NODE_PERSON, cases[i][0]);
        assert_ptr_not_equal(id, room);
        assert_string_equal(id, cases[i][1]);
        free(id);
    }
}

static void test_graph__merge_is_order_free(void **state) {
    sg_graph_t a, b, c, ab, cba;
    sg_error_t err = {0};
    (void)state;
    fragment(&a, "d1", "Mark Lloyd", "Local Government Association", 10);
    fragment(&b, "d2", "Mark Lloyd", "Local Government Association", 20);
    fragment(&c, "d3", "Jon Rouse", "GM Partnership", 5);
    sg_graph_init(&ab);
    sg_graph_init(&cba);
    assert_int_equal(sg_graph_merge(&ab, &a), SG_OK);
    assert_int_equal(sg_graph_merge(&ab, &b), SG_OK);
    assert_int_equal(sg_graph_merge(&ab, &c), SG_OK);
    assert_int_equal(sg_graph_merge(&cba, &c), SG_OK);
    assert_int_equal(sg_graph_merge(&cba, &b), SG_OK);
    assert_int_equal(sg_graph_merge(&cba, &a), SG_OK);
    assert_int_equal(sg_graph_finalize(&ab, &err), SG_OK);
    assert_int_equal(sg_graph_finalize(&cba, &err), SG_OK);
    char *x = dump(&ab), *y = dump(&cba);
    assert_string_equal(x, y);
    /* parallel edges of one type merge, keeping every piece of evidence */
    assert_int_equal(ab.nedges, 2);
    const sg_edge_t *e =
        tu_edge(&ab, "leads", "Mark Lloyd", "Local Government Association");
    assert_non_null(e);
    assert_int_equal(e->nev, 2);
    assert_int_equal(e - ab.edges, 1); /* edges sorted by source id: jon-rouse first */
    free(x);
    free(y);
    sg_graph_release(&a);
    sg_graph_release(&b);
    sg_graph_release(&c);
    sg_graph_release(&ab);
    sg_graph_release(&cba);
}

static void test_graph__merging_twice_changes_nothing(void **state) {
    sg_graph_t a, g;
    sg_error_t err = {0};
    (void)state;
    fragment(&a, "d1", "Mark Lloyd", "Local Government Association", 10);
    sg_graph_init(&g);
    assert_int_equal(sg_graph_merge(&g, &a), SG_OK);
    assert_int_equal(sg_graph_finalize(&g, &err), SG_OK);
    char *once = dump(&g);
    assert_int_equal(sg_graph_merge(&g, &a), SG_OK);
    assert_int_equal(sg_graph_finalize(&g, &err), SG_OK);
    char *twice = dump(&g);
    assert_string_equal(once, twice);
    free(twice);
    /* into itself, copied or moved: the same graph (copying into itself never
     * ended: it read the lists it grew) */
    assert_int_equal(sg_graph_merge(&g, &g), SG_OK);
    assert_int_equal(sg_graph_merge_take(&g, &g), SG_OK);
    assert_int_equal(sg_graph_finalize(&g, &err), SG_OK);
    twice = dump(&g);
    assert_string_equal(once, twice);
    free(once);
    free(twice);
    sg_graph_release(&a);
    sg_graph_release(&g);
}

static void test_graph__alias_named_node_folds(void **state) {
    sg_graph_t g;
    sg_error_t err = {0};
    size_t full, acr, p;
    (void)state;
    sg_graph_init(&g);
    assert_int_equal(sg_graph_add_node(&g, SG_NODE_ORGANISATION,
                                       "Local Government Association", &full),
                     SG_OK);
    assert_int_equal(sg_strv_add(&g.nodes[full].aliases, "LGA"), SG_OK);
    assert_int_equal(sg_graph_add_node(&g, SG_NODE_ORGANISATION, "LGA", &acr), SG_OK);
    assert_int_equal(sg_graph_add_node(&g, SG_NODE_PERSON, "Mark Lloyd", &p), SG_OK);
    sg_evidence_t e = ev(&g, "d", 0, "said");
    assert_int_equal(sg_graph_add_edge(&g, "person:mark-lloyd", "organisation:lga",
                                       SG_EDGE_LEADS, NULL, &e),
                     SG_OK);
    /* the folded node's spans join its root's, sorted, the repeat once */
    assert_int_equal(sg_graph_add_span(&g, acr, "d", 30, 33), SG_OK);
    assert_int_equal(sg_graph_add_span(&g, acr, "d", 5, 8), SG_OK);
    assert_int_equal(sg_graph_add_span(&g, p, "d", 0, 10), SG_OK);
    assert_int_equal(sg_graph_add_span(&g, full, "d", 5, 8), SG_OK);
    assert_int_equal(sg_graph_add_span(&g, full, "c", 1, 4), SG_OK);
    assert_int_equal(sg_graph_finalize(&g, &err), SG_OK);
    assert_int_equal(g.nnodes, 2);
    assert_non_null(tu_edge(&g, "leads", "Mark Lloyd", "Local Government Association"));
    assert_int_equal(sg_graph_validate(&g, &err), SG_OK);
    const sg_node_t *lga =
        &g.nodes[sg_graph_find(&g, "organisation:local-government-association")];
    const sg_node_t *ml = &g.nodes[sg_graph_find(&g, "person:mark-lloyd")];
    const size_t want[3][2] = {{1, 4}, {5, 8}, {30, 33}};
    sg_span_t sp;
    assert_int_equal(lga->nspans, 3);
    for (size_t i = 0; i < 3; i++) {
        assert_int_equal(sg_graph_span(&g, lga, i, &sp), SG_OK);
        assert_string_equal(sp.doc, i ? "d" : "c");
        assert_int_equal(sp.start, want[i][0]);
        assert_int_equal(sp.end, want[i][1]);
    }
    assert_int_equal(sg_graph_span(&g, lga, 3, &sp), SG_EINVAL);
    assert_int_equal(ml->nspans, 1);
    assert_int_equal(sg_graph_span(&g, ml, 0, &sp), SG_OK);
    assert_int_equal(sp.end, 10);
    sg_graph_release(&g);
}

/* Aliases that name each other only by id ("Dr Peter Hale" / "Dr Peter-Hale", a
 * cycle of three) fold into the node of the cycle with the smallest id, and every
 * edge still names a node (they all folded away before, leaving dangling edges). */
static void test_graph__alias_cycles_fold_into_one_node(void **state) {
    sg_graph_t g;
    sg_error_t err = {0};
    size_t a, b, c, d;
    (void)state;
    sg_graph_init(&g);
    assert_int_equal(sg_graph_add_node(&g, SG_NODE_PERSON, "Peter Hale", &a), SG_OK);
    assert_int_equal(sg_strv_add(&g.nodes[a].aliases, "Dr Peter Hale"), SG_OK);
    assert_int_equal(sg_graph_add_node(&g, SG_NODE_PERSON, "Dr Peter-Hale", &b), SG_OK);
    assert_int_equal(sg_strv_add(&g.nodes[b].aliases, "Peter-Hale"), SG_OK);
    /* and three round: x -> y -> z -> x */
    assert_int_equal(sg_graph_add_node(&g, SG_NODE_ORGANISATION, "Zeta", &c), SG_OK);
    assert_int_equal(sg_strv_add(&g.nodes[c].aliases, "Eta"), SG_OK);
    assert_int_equal(sg_graph_add_node(&g, SG_NODE_ORGANISATION, "Eta", &d), SG_OK);
    assert_int_equal(sg_strv_add(&g.nodes[d].aliases, "Theta"), SG_OK);
    assert_int_equal(sg_graph_add_node(&g, SG_NODE_ORGANISATION, "Theta", &d), SG_OK);
    assert_int_equal(sg_strv_add(&g.nodes[d].aliases, "Zeta"), SG_OK);
    sg_evidence_t e = ev(&g, "d", 0, "chair");
    assert_int_equal(sg_graph_add_edge(&g, "person:peter-hale", "organisation:zeta",
                                       SG_EDGE_LEADS, NULL, &e),
                     SG_OK);
    e = ev(&g, "d", 20, "chair");
    assert_int_equal(sg_graph_add_edge(&g, "person:dr-peter-hale", "organisation:theta",
                                       SG_EDGE_MEMBER_OF, NULL, &e),
                     SG_OK);
    assert_int_equal(sg_graph_finalize(&g, &err), SG_OK);
    assert_true(g.edges_indexed); /* so the check below looks no edge end up */
    assert_int_equal(sg_graph_validate(&g, &err), SG_OK);
    assert_int_equal(g.nnodes, 2);
    assert_true(sg_graph_find(&g, "person:dr-peter-hale") >= 0);
    assert_true(sg_graph_find(&g, "organisation:eta") >= 0);
    /* (the two edges now join one person to one body: who leads it is no mere
     * member, and only the leads edge stays) */
    assert_int_equal(g.nedges, 1);
    assert_int_equal(g.edges[0].type, SG_EDGE_LEADS);
    sg_graph_release(&g);
}

static void test_graph__self_loops_dropped_and_validate_names_missing(void **state) {
    sg_graph_t g;
    sg_error_t err = {0};
    size_t i;
    (void)state;
    sg_graph_init(&g);
    assert_int_equal(sg_graph_add_node(&g, SG_NODE_PERSON, "A B", &i), SG_OK);
    assert_int_equal(
        sg_graph_add_edge(&g, "person:a-b", "person:a-b", SG_EDGE_ENDORSES, NULL, NULL),
        SG_OK);
    assert_int_equal(
        sg_graph_add_edge(&g, "person:a-b", "person:nobody", SG_EDGE_OPPOSES, NULL, NULL),
        SG_OK);
    assert_int_equal(
        sg_graph_add_edge(&g, "person:ghost", "person:ghost", SG_EDGE_LEADS, NULL, NULL),
        SG_OK);
    assert_int_equal(sg_graph_validate(&g, &err), SG_EPARSE);
    assert_non_null(strstr(err.message, "person:nobody"));
    assert_int_equal(sg_graph_finalize(&g, &err), SG_OK);
    assert_int_equal(tu_count_edges(&g, "endorses"), 0);
    assert_int_equal(g.nedges, 2); /* the loop on a node the graph lacks is kept */
    assert_int_equal(g.edges[0].sign, -1);
    /* checked after finalize, as the commands do, both still named */
    sg_error_clear(&err);
    assert_int_equal(sg_graph_validate(&g, &err), SG_EPARSE);
    assert_non_null(strstr(err.message, "person:nobody"));
    assert_int_equal(sg_graph_add_node(&g, SG_NODE_PERSON, "Nobody", &i), SG_OK);
    assert_int_equal(sg_graph_finalize(&g, &err), SG_OK);
    sg_error_clear(&err);
    assert_int_equal(sg_graph_validate(&g, &err), SG_EPARSE);
    assert_non_null(strstr(err.message, "person:ghost"));
    sg_graph_release(&g);
}

static void test_graph__lookup_by_name_alias_or_id(void **state) {
    sg_graph_t g;
    size_t i;
    (void)state;
    sg_graph_init(&g);
    assert_int_equal(sg_graph_add_node(&g, SG_NODE_STP, "North East London", &i), SG_OK);
    assert_int_equal(sg_strv_add(&g.nodes[i].aliases, "NEL STP"), SG_OK);
    assert_int_equal(sg_graph_lookup(&g, "north east london"), 0);
    assert_int_equal(sg_graph_lookup(&g, "NEL STP"), 0);
    assert_int_equal(sg_graph_lookup(&g, "stp:north-east-london"), 0);
    assert_int_equal(sg_graph_lookup(&g, "Kent"), -1);
    sg_graph_release(&g);
}

/* Finalize on two threads gives the same graph as on one. */
static void test_graph__finalize_same_for_any_jobs(void **state) {
    sg_graph_t a, b;
    sg_error_t err = {0};
    sg_buf_t x, y;
    (void)state;
    tu_random_graph(&a, 2000, 6000, 11);
    tu_random_graph(&b, 2000, 6000, 11);
    assert_int_equal(sg_graph_finalize_jobs(&a, 1, &err), SG_OK);
    assert_int_equal(sg_graph_finalize_jobs(&b, 2, &err), SG_OK);
    sg_buf_init(&x);
    sg_buf_init(&y);
    assert_int_equal(sg_json_write_graph(&a, &x, &err), SG_OK);
    assert_int_equal(sg_json_write_graph(&b, &y, &err), SG_OK);
    assert_int_equal(x.len, y.len);
    assert_memory_equal(x.data, y.data, x.len);
    assert_true(a.nedges > 5000 && a.nnodes == 2000);
    sg_buf_release(&x);
    sg_buf_release(&y);
    sg_graph_release(&a);
    sg_graph_release(&b);
}

/* The evidence finalize keeps of g's edges as added: every edge's but a self-loop's
 * and a member_of edge's beside a leads edge between the same ends. */
static size_t kept_evidence(const sg_graph_t *g) {
    sg_map_t leads;
    char key[160];
    size_t n = 0, v;

    sg_map_init(&leads);
    for (size_t i = 0; i < g->nedges; i++) {
        const sg_edge_t *e = &g->edges[i];
        snprintf(key, sizeof(key), "%s|%s", e->source, e->target);
        if (e->type == SG_EDGE_LEADS) {
            assert_int_equal(sg_map_put(&leads, key, 1), SG_OK);
        }
    }
    for (size_t i = 0; i < g->nedges; i++) {
        const sg_edge_t *e = &g->edges[i];
        snprintf(key, sizeof(key), "%s|%s", e->source, e->target);
        if (strcmp(e->source, e->target) != 0 &&
            !(e->type == SG_EDGE_MEMBER_OF && sg_map_get(&leads, key, &v))) {
            n += e->nev;
        }
    }
    sg_map_release(&leads);
    return n;
}

/* Edges are sorted on their ends' positions (a radix sort) and repeats merged: the
 * order they were added in changes nothing, with more nodes than one byte of a
 * position counts and many repeated edges. */
static void test_graph__finalize_same_for_any_edge_order(void **state) {
    sg_graph_t a, b;
    sg_error_t err = {0};
    char *x, *y;
    (void)state;
    tu_random_graph(&a, 300, 30000, 3);
    tu_random_graph(&b, 300, 30000, 3);
    size_t expect = kept_evidence(&a);
    for (size_t i = 0, j = b.nedges - 1; i < j; i++, j--) {
        sg_edge_t t = b.edges[i];
        b.edges[i] = b.edges[j];
        b.edges[j] = t;
    }
    assert_int_equal(sg_graph_finalize_jobs(&a, 1, &err), SG_OK);
    assert_int_equal(sg_graph_finalize_jobs(&b, 2, &err), SG_OK);
    assert_true(a.edges_indexed && b.edges_indexed);
    assert_true(a.nedges < 29500); /* repeats were merged */
    size_t evidence = 0;
    for (size_t i = 0; i < a.nedges; i++) {
        evidence += a.edges[i].nev;
    }
    assert_int_equal(evidence, expect); /* all but the self-loops' and the dropped */
    assert_true(expect > 29000);
    x = dump(&a);
    y = dump(&b);
    assert_string_equal(x, y);
    free(x);
    free(y);
    sg_graph_release(&a);
    sg_graph_release(&b);
}

/* Finalized graphs, whose edges hold several pieces of evidence each, merged by
 * moving (sg_graph_merge_take: their evidence joins the graph's array at an offset)
 * and by copying give the same graph. */
static void test_graph__merge_take_keeps_each_edges_evidence(void **state) {
    sg_graph_t a, b1, b2, copied, moved;
    sg_error_t err = {0};
    char *x, *y;
    (void)state;
    tu_random_graph(&a, 30, 3000, 7);
    tu_random_graph(&b1, 30, 3000, 8);
    tu_random_graph(&b2, 30, 3000, 8);
    assert_int_equal(sg_graph_finalize(&a, &err), SG_OK);
    assert_int_equal(sg_graph_finalize(&b1, &err), SG_OK);
    assert_int_equal(sg_graph_finalize(&b2, &err), SG_OK);
    size_t several = 0;
    for (size_t i = 0; i < b2.nedges; i++) {
        several += b2.edges[i].nev > 1;
    }
    assert_true(several > 100);
    sg_graph_init(&copied);
    sg_graph_init(&moved);
    assert_int_equal(sg_graph_merge(&copied, &a), SG_OK);
    assert_int_equal(sg_graph_merge(&copied, &b1), SG_OK);
    assert_int_equal(sg_graph_merge(&moved, &a), SG_OK);
    assert_int_equal(sg_graph_merge_take(&moved, &b2), SG_OK);
    assert_int_equal(sg_graph_finalize(&copied, &err), SG_OK);
    assert_int_equal(sg_graph_finalize(&moved, &err), SG_OK);
    x = dump(&copied);
    y = dump(&moved);
    assert_string_equal(x, y);
    /* and each edge's evidence is its own run of the graph's array, in order */
    for (size_t i = 0, next = 0; i < moved.nedges; i++) {
        assert_int_equal(moved.edges[i].ev, next);
        next += moved.edges[i].nev;
        assert_true(next <= sg_recs_count(&moved.evidence));
    }
    free(x);
    free(y);
    sg_graph_release(&a);
    sg_graph_release(&b1);
    sg_graph_release(&b2);
    sg_graph_release(&copied);
    sg_graph_release(&moved);
}

/* Key i of the block test: 6 to 48 bytes. */
static void block_test_key(char *key, size_t size, size_t i) {
    int n = snprintf(key, size, "doc-%zu-%.*s", i, (int)(i % 40),
                     "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx");
    assert_true(n > 0 && (size_t)n < size);
}

/* A map that copies its keys keeps them side by side in blocks: copies of keys of
 * every length up to past a block's size (one key with a block of its own), each
 * equal to its key, not the caller's string, the same pointer when interned again,
 * and still whole after the blocks and the table have grown many times over. */
static void test_graph__map_copies_keys_into_blocks(void **state) {
    enum { N = 5000, LONG_KEY = 70000 };
    static const char *pooled[N];
    char *longkey = malloc(LONG_KEY + 1);
    char key[64];
    size_t jumps = 0;
    sg_map_t m;
    (void)state;
    assert_non_null(longkey);
    memset(longkey, 'k', LONG_KEY);
    longkey[LONG_KEY] = '\0';
    sg_map_init(&m);
    for (size_t i = 0; i < N; i++) {
        block_test_key(key, sizeof(key), i);
        pooled[i] = sg_map_intern(&m, key);
        assert_non_null(pooled[i]);
        assert_ptr_not_equal(pooled[i], key);
        assert_string_equal(pooled[i], key);
        if (i == N / 2) {
            const char *p = sg_map_intern(&m, longkey);
            assert_non_null(p);
            assert_ptr_not_equal(p, longkey);
            assert_int_equal(strlen(p), LONG_KEY);
            assert_ptr_equal(sg_map_intern(&m, longkey), p);
        }
    }
    assert_int_equal(m.n, N + 1);
    for (size_t i = 0; i < N; i++) {
        block_test_key(key, sizeof(key), i);
        assert_string_equal(pooled[i], key);
        assert_ptr_equal(sg_map_intern(&m, key), pooled[i]);
        /* a copy ends where the next begins, but where a new block began (about
         * 150 KB of keys and the long one: blocks of 256 bytes doubling to 64 KB,
         * a dozen or so) */
        jumps += i > 0 && pooled[i] != pooled[i - 1] + strlen(pooled[i - 1]) + 1;
    }
    assert_true(jumps < 16);
    sg_map_release(&m);
    assert_null(m.block);
    assert_int_equal(m.n, 0);
    free(longkey);
}

/* sg_map_putn keys a map by the first len bytes of a longer string: copied with a
 * NUL after them, found by their length, and a second put of them overwrites. */
static void test_graph__map_putn_keys_a_prefix(void **state) {
    const char *text = "smith said";
    sg_map_t m;
    size_t v = 0;
    (void)state;
    sg_map_init(&m);
    assert_int_equal(sg_map_putn(&m, text, 5, 7), SG_OK);
    assert_true(sg_map_get(&m, "smith", &v));
    assert_int_equal(v, 7);
    assert_false(sg_map_get(&m, text, NULL));
    assert_true(sg_map_getn(&m, text, 5, NULL));
    assert_int_equal(sg_map_putn(&m, "smithy", 5, 9), SG_OK);
    assert_int_equal(m.n, 1);
    assert_true(sg_map_get(&m, "smith", &v));
    assert_int_equal(v, 9);
    sg_map_release(&m);
}

/* sg_zalloc is calloc: zeroed blocks of every size around the one past which their
 * pages are made present (and of sizes that end inside a page), writable to their
 * last byte; NULL when the size overflows. */
static void test_graph__zalloc_is_calloc(void **state) {
    static const size_t sizes[] = {1, 4095, 4096, 65535, 65536, 65537, 1000003, 3 << 20};
    (void)state;
    for (size_t k = 0; k < sizeof(sizes) / sizeof(sizes[0]); k++) {
        unsigned char *p = sg_zalloc(sizes[k], 1);
        size_t nonzero = 0;
        assert_non_null(p);
        for (size_t i = 0; i < sizes[k]; i++) {
            nonzero += p[i] != 0;
        }
        assert_int_equal(nonzero, 0);
        p[0] = p[sizes[k] - 1] = 0xff;
        assert_int_equal(p[0] + p[sizes[k] - 1], 0x1fe);
        free(p);
    }
    assert_null(sg_zalloc(SIZE_MAX / 2, 3));
    assert_null(sg_zalloc(0, 8));
}

/* A borrowing map keeps the caller's key itself (a graph's node index is keyed by
 * the nodes' own ids, not copies of them), and stays borrowing after a release. The
 * document index copies its keys: a document's strings are made again when it
 * comes under a path before its own. */
static void test_graph__index_maps_borrow_their_keys(void **state) {
    char key[] = "person:a";
    sg_map_t m;
    sg_graph_t g;
    size_t v = 0, idx;
    (void)state;
    sg_map_init_borrowed(&m);
    assert_int_equal(sg_map_put(&m, key, 7), SG_OK);
    assert_ptr_equal(sg_map_intern(&m, "person:a"), key);
    assert_true(sg_map_get(&m, "person:a", &v) && v == 7);
    sg_map_release(&m);
    assert_true(m.borrowed);
    sg_map_release(&m);
    sg_graph_init(&g);
    assert_true(g.node_index.borrowed && !g.doc_index.borrowed);
    for (int i = 0; i < 300; i++) { /* the nodes move as their array grows */
        char name[16];
        snprintf(name, sizeof(name), "N%d", i);
        assert_int_equal(sg_graph_add_node(&g, SG_NODE_PERSON, name, &idx), SG_OK);
    }
    assert_int_equal(sg_graph_find(&g, "person:n0"), 0);
    assert_int_equal(sg_graph_find(&g, "person:n299"), 299);
    sg_graph_release(&g);
    assert_true(g.node_index.borrowed);
}

/* Documents are found by id, as they are added (their array growing) and after
 * finalize has sorted them; an id the graph lacks is -1. */
static void test_graph__documents_found_by_id(void **state) {
    sg_graph_t g;
    sg_error_t err;
    (void)state;
    sg_graph_init(&g);
    for (int i = 299; i >= 0; i--) { /* added in reverse: finalize reorders them */
        char id[16];
        sg_document_t d;
        memset(&d, 0, sizeof(d));
        snprintf(id, sizeof(id), "d%03d", i);
        d.id = id;
        assert_int_equal(sg_graph_add_document(&g, &d), SG_OK);
        assert_int_equal(sg_graph_find_doc(&g, id), 299 - i);
    }
    assert_int_equal(sg_graph_finalize(&g, &err), SG_OK);
    for (int i = 0; i < 300; i += 37) {
        char id[16];
        snprintf(id, sizeof(id), "d%03d", i);
        long k = sg_graph_find_doc(&g, id);
        assert_true(k >= 0);
        assert_string_equal(g.docs[k].id, id);
    }
    assert_int_equal(sg_graph_find_doc(&g, "d300"), -1);
    sg_graph_release(&g);
}

/* A document of an id the graph has: the same article (the same bytes and sha256)
 * stays one document, under the first of its paths in byte order whichever came
 * first; another article is SG_EINVAL, in a merge too, and changes nothing. */
static void test_graph__one_id_one_article(void **state) {
    sg_graph_t g, h;
    sg_document_t d;
    (void)state;
    memset(&d, 0, sizeof(d));
    d.id = "a";
    d.title = "Title";
    d.bytes = 10;
    snprintf(d.sha256, sizeof(d.sha256), "%064d", 1);
    for (int first_x = 0; first_x <= 1; first_x++) {
        sg_graph_init(&g);
        d.path = first_x ? "x/a.txt" : "z/a.txt";
        assert_int_equal(sg_graph_add_document(&g, &d), SG_OK);
        d.path = first_x ? "z/a.txt" : "x/a.txt";
        assert_int_equal(sg_graph_add_document(&g, &d), SG_OK);
        assert_int_equal(g.ndocs, 1);
        assert_string_equal(g.docs[0].path, "x/a.txt");
        assert_string_equal(g.docs[0].title, "Title");
        assert_int_equal(sg_graph_find_doc(&g, "a"), 0);
        sg_graph_release(&g);
    }
    sg_graph_init(&g);
    d.path = "x/a.txt";
    assert_int_equal(sg_graph_add_document(&g, &d), SG_OK);
    d.path = "y/a.txt";
    d.sha256[63] = '2'; /* another article of the same name */
    assert_int_equal(sg_graph_add_document(&g, &d), SG_EINVAL);
    assert_int_equal(g.ndocs, 1);
    assert_string_equal(g.docs[0].path, "x/a.txt");
    d.sha256[63] = '1';
    d.bytes = 11; /* or of another length */
    assert_int_equal(sg_graph_add_document(&g, &d), SG_EINVAL);
    sg_graph_init(&h);
    d.sha256[63] = '2';
    d.bytes = 10;
    assert_int_equal(sg_graph_add_document(&h, &d), SG_OK);
    assert_int_equal(sg_graph_merge(&g, &h), SG_EINVAL);
    sg_graph_release(&g);
    sg_graph_release(&h);
}

/* After finalize every edge knows its ends' positions; an edge to a node the graph
 * lacks (an unvalidated graph) leaves the graph unindexed but still canonical. */
static void test_graph__finalize_indexes_edge_ends(void **state) {
    sg_graph_t g;
    sg_error_t err = {0};
    sg_evidence_t ev;
    (void)state;
    tu_random_graph(&g, 500, 1500, 5);
    assert_int_equal(sg_graph_finalize_jobs(&g, 2, &err), SG_OK);
    assert_true(g.edges_indexed);
    for (size_t i = 0; i < g.nedges; i++) {
        assert_string_equal(g.nodes[g.edges[i].source_index].id, g.edges[i].source);
        assert_string_equal(g.nodes[g.edges[i].target_index].id, g.edges[i].target);
        if (i) { /* sorted by source, then target, then type */
            const sg_edge_t *a = &g.edges[i - 1], *b = &g.edges[i];
            int c = strcmp(a->source, b->source);
            c = c ? c : strcmp(a->target, b->target);
            assert_true(c < 0 || (c == 0 && a->type < b->type));
        }
    }
    memset(&ev, 0, sizeof(ev));
    ev.doc = "d";
    ev.sentence = tu_text(&g, "s");
    ev.cue = "c";
    assert_int_equal(
        sg_graph_add_edge(&g, g.nodes[0].id, "person:nobody", SG_EDGE_LEADS, NULL, &ev),
        SG_OK);
    assert_false(g.edges_indexed);
    assert_int_equal(sg_graph_finalize(&g, &err), SG_OK);
    assert_false(g.edges_indexed);
    sg_graph_release(&g);
}

/* A node's documents are pooled pointers: one list entry per document after
 * finalize however often it was added, copied and moved between graphs. */
static void test_graph__node_documents_once_each(void **state) {
    sg_graph_t a, b, c;
    sg_error_t err = {0};
    size_t i;
    (void)state;
    sg_graph_init(&a);
    assert_int_equal(sg_graph_add_node(&a, SG_NODE_PERSON, "Ann Smith", &i), SG_OK);
    const char *docs[] = {"d2", "d1", "d2", "d2", "d3", "d1"};
    for (size_t k = 0; k < 6; k++) {
        assert_int_equal(sg_graph_add_node_doc(&a, i, docs[k]), SG_OK);
    }
    fragment(&b, "d1", "Ann Smith", "Org One", 0);
    assert_int_equal(sg_graph_merge(&b, &a), SG_OK);
    sg_graph_init(&c);
    assert_int_equal(sg_graph_merge(&c, &b), SG_OK);
    assert_int_equal(sg_graph_merge_take(&c, &b), SG_OK);
    assert_int_equal(sg_graph_merge_take(&c, &a), SG_OK);
    assert_int_equal(sg_graph_finalize(&c, &err), SG_OK);
    const sg_node_t *n = tu_node(&c, "Ann Smith");
    assert_non_null(n);
    assert_int_equal(n->docs.n, 3);
    assert_string_equal(n->docs.v[0], "d1");
    assert_string_equal(n->docs.v[1], "d2");
    assert_string_equal(n->docs.v[2], "d3");
    sg_graph_release(&a);
    sg_graph_release(&b);
    sg_graph_release(&c);
}

/* Strings given at one address are pooled by their text: a buffer written over
 * between two edges gives each edge its own source and cue, and equal texts at
 * other addresses the same pooled string. */
static void test_graph__pooling_goes_by_text_not_address(void **state) {
    sg_graph_t g;
    sg_evidence_t e, got[3];
    char id[32], cue[32];
    (void)state;
    sg_graph_init(&g);
    const char *texts[3][2] = {{"person:ann-able", "backed"},
                               {"person:bob-baker", "opposed"},
                               {"person:ann-able", "backed"}};
    for (int i = 0; i < 3; i++) {
        snprintf(id, sizeof(id), "%s", texts[i][0]);
        snprintf(cue, sizeof(cue), "%s", texts[i][1]);
        e = ev(&g, "doc1", (size_t)i * 20, cue);
        assert_int_equal(sg_graph_add_edge(&g, id, "stp:x", SG_EDGE_ENDORSES, NULL, &e),
                         SG_OK);
    }
    for (int i = 0; i < 3; i++) {
        assert_string_equal(g.edges[i].source, texts[i][0]);
        assert_int_equal(sg_graph_evidence(&g, &g.edges[i], 0, &got[i]), SG_OK);
        assert_string_equal(got[i].cue, texts[i][1]);
        assert_true(g.edges[i].source != id && got[i].cue != cue);
    }
    assert_ptr_equal(g.edges[0].source, g.edges[2].source);
    assert_ptr_equal(got[0].cue, got[2].cue);
    assert_ptr_not_equal(g.edges[0].source, g.edges[1].source);
    sg_graph_release(&g);
}

/* The maps' hash reads every byte of a key of any length (one to eight words,
 * the tail in overlapping pieces): changing any one byte changes it, and so does
 * the length; and keys that differ only there still find their own values. */
static void test_graph__map_hash_counts_every_byte(void **state) {
    char key[72];
    sg_map_t m;
    (void)state;
    sg_map_init(&m);
    for (size_t n = 1; n <= 64; n++) {
        for (size_t i = 0; i < n; i++) {
            key[i] = (char)('a' + (i * 5 + n) % 26);
        }
        key[n] = '\0';
        size_t h = sg_hash(key, n);
        assert_true(sg_hash(key, n - 1) != h);
        assert_int_equal(sg_map_put(&m, key, n), SG_OK);
        for (size_t i = 0; i < n; i++) {
            char was = key[i];
            key[i] = (char)(was ^ 0x20);
            assert_true(sg_hash(key, n) != h);
            key[i] = was;
        }
    }
    for (size_t n = 1; n <= 64; n++) {
        size_t v = 0;
        for (size_t i = 0; i < n; i++) {
            key[i] = (char)('a' + (i * 5 + n) % 26);
        }
        key[n] = '\0';
        assert_true(sg_map_get(&m, key, &v));
        assert_int_equal(v, n);
    }
    sg_map_release(&m);
}

static int cmp_key(const void *a, const void *b) {
    int x = ((const int *)a)[0], y = ((const int *)b)[0];
    return x < y ? -1 : x > y;
}

/* sg_sort leaves pairs already in order by key as they are (equal keys keep their
 * order), and sorts any other: out of order only at the end, at the start, in
 * reverse, or shuffled. */
static void test_graph__sort_keeps_runs_in_order_and_sorts_the_rest(void **state) {
    int v[64][2];
    unsigned seed = 7;
    (void)state;
    for (int shape = 0; shape < 5; shape++) {
        for (int i = 0; i < 64; i++) {
            seed = seed * 1103515245u + 12345u;
            v[i][0] = shape == 0   ? i / 3
                      : shape == 3 ? 63 - i
                      : shape == 4 ? (int)((seed >> 16) % 50)
                                   : i;
            v[i][1] = i;
        }
        if (shape == 1) {
            v[63][0] = -1; /* the last out of order */
        } else if (shape == 2) {
            v[0][0] = 99; /* the first */
        }
        sg_sort(v, 64, sizeof(v[0]), cmp_key);
        for (int i = 1; i < 64; i++) {
            assert_true(v[i - 1][0] <= v[i][0]);
            if (shape == 0) {
                assert_int_equal(v[i][1], i); /* in order: untouched */
            }
        }
    }
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_graph__node_documents_once_each),
        cmocka_unit_test(test_graph__finalize_indexes_edge_ends),
        cmocka_unit_test(test_graph__finalize_same_for_any_edge_order),
        cmocka_unit_test(test_graph__merge_take_keeps_each_edges_evidence),
        cmocka_unit_test(test_graph__map_copies_keys_into_blocks),
        cmocka_unit_test(test_graph__map_putn_keys_a_prefix),
        cmocka_unit_test(test_graph__zalloc_is_calloc),
        cmocka_unit_test(test_graph__index_maps_borrow_their_keys),
        cmocka_unit_test(test_graph__documents_found_by_id),
        cmocka_unit_test(test_graph__one_id_one_article),
        cmocka_unit_test(test_graph__finalize_same_for_any_jobs),
        cmocka_unit_test(test_graph__ids_are_type_and_slug),
        cmocka_unit_test(test_graph__merge_is_order_free),
        cmocka_unit_test(test_graph__merging_twice_changes_nothing),
        cmocka_unit_test(test_graph__alias_named_node_folds),
        cmocka_unit_test(test_graph__alias_cycles_fold_into_one_node),
        cmocka_unit_test(test_graph__self_loops_dropped_and_validate_names_missing),
        cmocka_unit_test(test_graph__lookup_by_name_alias_or_id),
        cmocka_unit_test(test_graph__pooling_goes_by_text_not_address),
        cmocka_unit_test(test_graph__map_hash_counts_every_byte),
        cmocka_unit_test(test_graph__sort_keeps_runs_in_order_and_sorts_the_rest),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
