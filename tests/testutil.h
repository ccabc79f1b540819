/* testutil.h - helpers shared by the cmocka suites: the lexicon, extracting a
 * string, and finding nodes and edges by name. Tests run from the repository root. */
#ifndef SG_TESTUTIL_H
#define SG_TESTUTIL_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "stakegraph.h"

static sg_lexicon_t *tu_lex;

static inline int tu_setup_lexicon(void **state) {
    sg_error_t err = {0};
    (void)state;
    if (sg_lexicon_load("graphs/lexicon", &tu_lex, &err) != SG_OK) {
        fprintf(stderr, "cannot load lexicon: %s: %s\n", err.source, err.message);
        return -1;
    }
    return 0;
}

static inline int tu_teardown_lexicon(void **state) {
    (void)state;
    sg_lexicon_free(tu_lex);
    tu_lex = NULL;
    return 0;
}

/* Extract text as article "doc" into g and finalise it. */
static inline void tu_extract(sg_graph_t *g, const char *text) {
    sg_error_t err = {0};
    sg_graph_init(g);
    assert_int_equal(
        sg_extract_article(tu_lex, NULL, "doc", "doc.txt", text, strlen(text), g, &err),
        SG_OK);
    assert_int_equal(sg_graph_finalize(g, &err), SG_OK);
}

/* The node named name (or with that alias), or NULL. */
static inline const sg_node_t *tu_node(const sg_graph_t *g, const char *name) {
    long i = sg_graph_lookup(g, name);
    return i >= 0 ? &g->nodes[i] : NULL;
}

static inline int tu_has_node(const sg_graph_t *g, const char *type, const char *name) {
    const sg_node_t *n = tu_node(g, name);
    return n && strcmp(sg_node_type_name(n->type), type) == 0;
}

/* The edge of this type between the nodes named, or NULL. */
static inline const sg_edge_t *tu_edge(const sg_graph_t *g, const char *type,
                                       const char *src, const char *dst) {
    const sg_node_t *a = tu_node(g, src), *b = tu_node(g, dst);
    for (size_t i = 0; a && b && i < g->nedges; i++) {
        const sg_edge_t *e = &g->edges[i];
        if (strcmp(e->source, a->id) == 0 && strcmp(e->target, b->id) == 0 &&
            strcmp(sg_edge_type_name(e->type), type) == 0) {
            return e;
        }
    }
    return NULL;
}

/* s put in g's text store. */
static inline sg_text_t tu_text(sg_graph_t *g, const char *s) {
    sg_text_t ref = 0;
    assert_int_equal(sg_graph_add_text(g, s, strlen(s), &ref), SG_OK);
    return ref;
}

/* A text of g's store (valid until the next call). */
static inline const char *tu_read(const sg_graph_t *g, sg_text_t ref) {
    static sg_buf_t scratch; /* released by the process's exit */
    const char *t = NULL;
    assert_int_equal(sg_graph_text(g, ref, &scratch, &t), SG_OK);
    return t;
}

/* The quotation whose text contains words (a copy, one of the last 8 found), or
 * NULL. */
static inline const sg_quote_t *tu_quote(const sg_graph_t *g, const char *words) {
    static sg_quote_t found[8];
    static size_t next;
    for (size_t i = 0; i < sg_graph_nquotes(g); i++) {
        sg_quote_t *q = &found[next % 8];
        assert_int_equal(sg_graph_quote(g, i, q), SG_OK);
        if (strstr(tu_read(g, q->text), words)) {
            next++;
            return q;
        }
    }
    return NULL;
}

static inline const char *tu_speaker(const sg_graph_t *g, const sg_quote_t *q) {
    long i = sg_graph_find(g, q->speaker);
    return i >= 0 ? g->nodes[i].name : "?";
}

/* Count edges of a type. */
static inline size_t tu_count_edges(const sg_graph_t *g, const char *type) {
    size_t n = 0;
    for (size_t i = 0; i < g->nedges; i++) {
        n += strcmp(sg_edge_type_name(g->edges[i].type), type) == 0;
    }
    return n;
}

/* A random graph of n nodes and m edges (fixed seed), not yet finalised: big
 * enough to need several blocks when written and sampled betweenness when
 * analysed. */
static inline void tu_random_graph(sg_graph_t *g, size_t n, size_t m, unsigned seed) {
    char name[32], a[48], b[48], text[80];
    uint64_t x = seed * 2654435761u + 1;
    sg_graph_init(g);
    for (size_t i = 0; i < n; i++) {
        size_t idx;
        snprintf(name, sizeof(name), "N%zu", i);
        assert_int_equal(
            sg_graph_add_node(g, (sg_node_type_t)(i % SG_NODE_NTYPES), name, &idx),
            SG_OK);
    }
    for (size_t e = 0; e < m; e++) {
        sg_evidence_t ev;
        size_t s, t;
        x = x * 6364136223846793005ULL + 1442695040888963407ULL;
        s = (size_t)(x >> 33) % n;
        x = x * 6364136223846793005ULL + 1442695040888963407ULL;
        t = (size_t)(x >> 33) % n;
        memcpy(a, g->nodes[s].id, strlen(g->nodes[s].id) + 1);
        memcpy(b, g->nodes[t].id, strlen(g->nodes[t].id) + 1);
        memset(&ev, 0, sizeof(ev));
        ev.doc = (char *)"d";
        ev.start = e;
        ev.end = e + 1;
        snprintf(text, sizeof(text), "Sentence %zu with \"quotes\" and a tab\t.", e);
        ev.sentence = tu_text(g, text);
        ev.quote = e % 3 ? 0 : tu_text(g, text + 9);
        ev.cue = (char *)"cue";
        assert_int_equal(
            sg_graph_add_edge(g, a, b, (sg_edge_type_t)(e % SG_EDGE_NTYPES), NULL, &ev),
            SG_OK);
        if (e % 7 == 0) { /* and a quotation by its source, about its target and
                           * another node, added in the reverse of their order */
            sg_quote_t q;
            const char *about[2] = {b, g->nodes[(s + t) % n].id};
            memset(&q, 0, sizeof(q));
            q.speaker = a;
            q.doc = "d";
            q.start = (sg_offset_t)(m - e);
            q.end = q.start + 5;
            q.text = ev.sentence;
            q.cue = "said";
            assert_int_equal(sg_graph_add_quote(g, &q, about, 1 + e % 2), SG_OK);
        }
        if (e % 2) { /* and a mention of its source, some twice */
            assert_int_equal(
                sg_graph_add_span(g, s, e % 3 ? "d" : "e", e % 1000, e % 1000 + 2),
                SG_OK);
        }
    }
}

#endif
