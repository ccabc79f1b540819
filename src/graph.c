/* graph.c - the graph model: add, merge and put into canonical form. */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sg_graph.h"

static const char *const node_types[] = {"person", "organisation", "council", "stp"};
static const char *const edge_types[] = {"leads", "member_of", "opposes", "endorses",
                                         "quotes"};

const char *sg_node_type_name(sg_node_type_t t) {
    return t < SG_NODE_NTYPES ? node_types[t] : "?";
}

const char *sg_edge_type_name(sg_edge_type_t t) {
    return t < SG_EDGE_NTYPES ? edge_types[t] : "?";
}

int sg_node_type_parse(const char *s, sg_node_type_t *t) {
    for (int i = 0; i < SG_NODE_NTYPES; i++) {
        if (strcmp(s, node_types[i]) == 0) {
            *t = (sg_node_type_t)i;
            return 0;
        }
    }
    return -1;
}

int sg_edge_type_parse(const char *s, sg_edge_type_t *t) {
    for (int i = 0; i < SG_EDGE_NTYPES; i++) {
        if (strcmp(s, edge_types[i]) == 0) {
            *t = (sg_edge_type_t)i;
            return 0;
        }
    }
    return -1;
}

char *sg_node_id_in(char *room, size_t cap, sg_node_type_t type, const char *name) {
    const char *prefix = sg_node_type_name(type);
    size_t pl = strlen(prefix), len = strlen(name), need;
    char *id = room;

    if (len > (SIZE_MAX - pl - 1) / 4 - 1) {
        return NULL;
    }
    need = pl + 1 + SG_SLUG_MAX(len);
    if (need > cap && !(id = malloc(need))) {
        return NULL;
    }
    memcpy(id, prefix, pl);
    id[pl] = ':';
    sg_slug_into(id + pl + 1, name);
    return id;
}

char *sg_node_make_id(sg_node_type_t type, const char *name) {
    return sg_node_id_in(NULL, 0, type, name);
}

void sg_graph_init(sg_graph_t *g) {
    memset(g, 0, sizeof(*g));
    /* keyed by the nodes' own ids; the documents' ids copied, as a document's
     * strings are made again when it is found under a path before its own */
    sg_map_init_borrowed(&g->node_index);
    sg_map_init(&g->doc_index);
    sg_store_init(&g->texts);
    sg_recs_init(&g->evidence, sizeof(sg_evidence_t));
    sg_recs_init(&g->spans, sizeof(sg_node_span_t));
    sg_recs_init(&g->quotes, sizeof(sg_quote_t));
    sg_recs_init(&g->quote_about, sizeof(const char *));
}

static void node_release(sg_node_t *n) {
    free(n->id);
    free(n->name);
    sg_strv_release(&n->aliases);
    sg_strv_release(&n->titles);
    sg_strv_release(&n->roles);
    sg_refs_release(&n->docs);
    memset(n, 0, sizeof(*n));
}

static void doc_release(sg_document_t *d) {
    free(d->id); /* and the other three strings, in the same block */
}

/* fn(arg) on a thread of its own when jobs > 1 and one starts, else here and now;
 * beside_join waits for it. */
typedef struct {
    pthread_t th;
    int threaded;
} beside_t;

static void beside_start(beside_t *b, size_t jobs, void *(*fn)(void *), void *arg) {
    b->threaded = jobs > 1 && pthread_create(&b->th, NULL, fn, arg) == 0;
    if (!b->threaded) {
        fn(arg);
    }
}

static void beside_join(beside_t *b) {
    if (b->threaded) {
        pthread_join(b->th, NULL);
    }
}

/* The edges and quotations, freed apart from the rest (perhaps on a thread). */
static void release_edges(sg_graph_t *g) {
    free(g->edges); /* an edge owns nothing: its strings are pooled, its evidence
                       the graph's */
    sg_recs_release(&g->evidence);
    sg_recs_release(&g->quotes);
    sg_recs_release(&g->quote_about);
    g->edges = NULL;
    g->nedges = 0;
}

static void *release_edges_thread(void *arg) {
    release_edges(arg);
    return NULL;
}

void sg_graph_release(sg_graph_t *g) {
    sg_graph_release_jobs(g, 1);
}

void sg_graph_release_jobs(sg_graph_t *g, size_t jobs) {
    beside_t edges;

    beside_start(&edges, jobs, release_edges_thread, g);
    for (size_t i = 0; i < g->ndocs; i++) {
        doc_release(&g->docs[i]);
    }
    for (size_t i = 0; i < g->nnodes; i++) {
        node_release(&g->nodes[i]);
    }
    free(g->docs);
    free(g->nodes);
    sg_recs_release(&g->spans);
    sg_map_release(&g->node_index);
    sg_map_release(&g->doc_index);
    beside_join(&edges);
    sg_store_release(&g->texts);
    sg_map_release(&g->pool); /* last: the other parts point into it */
    sg_graph_init(g);
}

int sg_graph_is_empty(const sg_graph_t *g) {
    return !g->ndocs && !g->nnodes && !g->nedges && !sg_graph_nquotes(g);
}

sg_err_t sg_graph_add_text(sg_graph_t *g, const char *text, size_t len, sg_text_t *ref) {
    return sg_store_add(&g->texts, text, len, ref);
}

sg_err_t sg_graph_text(const sg_graph_t *g, sg_text_t ref, sg_buf_t *scratch,
                       const char **text) {
    return sg_store_get(&g->texts, ref, scratch, text, NULL);
}

/* Point *ref, a text of src, at a copy of it in dst (0 stays 0). */
static sg_err_t retext(sg_graph_t *dst, const sg_graph_t *src, sg_text_t *ref) {
    sg_buf_t scratch;
    const char *t;
    size_t len;
    sg_err_t rc;

    if (!*ref) {
        return SG_OK;
    }
    sg_buf_init(&scratch);
    rc = sg_store_get(&src->texts, *ref, &scratch, &t, &len);
    if (rc == SG_OK) {
        rc = sg_store_add(&dst->texts, t, len, ref);
    }
    sg_buf_release(&scratch);
    if (rc != SG_OK) {
        *ref = 0;
    }
    return rc;
}

/* s in g's string pool (NULL when out of memory). */
static const char *pooled(sg_graph_t *g, const char *s) {
    size_t n = sizeof(g->pool_recent) / sizeof(g->pool_recent[0]);
    size_t slot = (size_t)(((uintptr_t)s >> 4) ^ ((uintptr_t)s >> 10)) % n;
    const char *p;

    /* only the address is remembered: a string freed and another made at its place
     * is told apart by its text */
    if (g->pool_recent[slot].from == s && strcmp(g->pool_recent[slot].to, s) == 0) {
        return g->pool_recent[slot].to;
    }
    if ((p = sg_map_intern(&g->pool, s)) != NULL) {
        g->pool_recent[slot].from = s;
        g->pool_recent[slot].to = p;
    }
    return p;
}

/* Give back the room past n elements of *arr (a failure to shrink keeps it all). */
static void fit(void **arr, size_t n, size_t *cap, size_t sz) {
    void *p;

    if (n < *cap && n && (p = realloc(*arr, n * sz))) {
        *arr = p;
        *cap = n;
    }
}

/* Room for one more of the graph's own elements. */
static int grow(void **arr, size_t n, size_t *cap, size_t sz) {
    return sg_reserve(arr, cap, n + 1, sz, 16) == SG_OK ? 0 : -1;
}

/* n made a copy of d: its four strings in one block (a large corpus has 10^5
 * documents), id first. */
static sg_err_t doc_copy(sg_document_t *n, const sg_document_t *d) {
    const char *from[4] = {d->id, d->path ? d->path : "", d->title, d->date};
    char **to[4] = {&n->id, &n->path, &n->title, &n->date};
    size_t len[4], total = 0;
    char *p;

    memset(n, 0, sizeof(*n));
    for (int k = 0; k < 4; k++) {
        len[k] = from[k] ? strlen(from[k]) + 1 : 0;
        total += len[k];
    }
    if (!(p = malloc(total))) {
        return SG_ENOMEM;
    }
    for (int k = 0; k < 4; k++) {
        if (from[k]) {
            *to[k] = memcpy(p, from[k], len[k]);
            p += len[k];
        }
    }
    n->bytes = d->bytes;
    memcpy(n->sha256, d->sha256, sizeof(n->sha256));
    return SG_OK;
}

/* d, whose id g has: the same article (the same bytes) is one document, under the
 * first of its paths in byte order, so that the order documents come in does not
 * matter; another article is SG_EINVAL. */
static sg_err_t doc_again(sg_document_t *old, const sg_document_t *d) {
    sg_document_t n;

    if (old->bytes != d->bytes || strcmp(old->sha256, d->sha256) != 0) {
        return SG_EINVAL;
    }
    if (!d->path || strcmp(d->path, old->path) >= 0) {
        return SG_OK;
    }
    if (doc_copy(&n, d) != SG_OK) {
        return SG_ENOMEM;
    }
    doc_release(old);
    *old = n;
    return SG_OK;
}

sg_err_t sg_graph_add_document(sg_graph_t *g, const sg_document_t *d) {
    sg_document_t *n;
    size_t at;

    if (sg_map_get(&g->doc_index, d->id, &at)) {
        return doc_again(&g->docs[at], d);
    }
    if (grow((void **)&g->docs, g->ndocs, &g->capdocs, sizeof(*g->docs))) {
        return SG_ENOMEM;
    }
    n = &g->docs[g->ndocs];
    if (doc_copy(n, d) != SG_OK) {
        return SG_ENOMEM;
    }
    if (sg_map_put(&g->doc_index, n->id, g->ndocs) != SG_OK) {
        doc_release(n);
        return SG_ENOMEM;
    }
    g->ndocs++;
    return SG_OK;
}

long sg_graph_find(const sg_graph_t *g, const char *id) {
    size_t v;
    return sg_map_get(&g->node_index, id, &v) ? (long)v : -1;
}

int sg_graph_edge_ends(const sg_graph_t *g, size_t e, long *s, long *t) {
    if (g->edges_indexed) {
        *s = (long)g->edges[e].source_index;
        *t = (long)g->edges[e].target_index;
        return 0;
    }
    *s = sg_graph_find(g, g->edges[e].source);
    *t = sg_graph_find(g, g->edges[e].target);
    return *s < 0 || *t < 0 ? -1 : 0;
}

long sg_graph_find_doc(const sg_graph_t *g, const char *id) {
    size_t v;
    return sg_map_get(&g->doc_index, id, &v) ? (long)v : -1;
}

/* Node n, found by its id, named name too: the same stakeholder under two spellings,
 * where the smaller name wins and the other becomes an alias, so the result does
 * not depend on the order articles were merged in. */
static sg_err_t node_also_named(sg_node_t *n, const char *name) {
    if (strcmp(n->name, name) == 0) {
        return SG_OK;
    }
    if (strcmp(name, n->name) < 0) {
        char *old = n->name;
        n->name = sg_strdup(name);
        if (!n->name) {
            n->name = old;
            return SG_ENOMEM;
        }
        sg_err_t rc = sg_strv_add_unique(&n->aliases, old);
        free(old);
        return rc;
    }
    return sg_strv_add_unique(&n->aliases, name);
}

/* Find or create a node with this id. */
static sg_err_t node_with_id(sg_graph_t *g, const char *id, sg_node_type_t type,
                             const char *name, size_t *index) {
    long found = sg_graph_find(g, id);
    sg_node_t *n;

    if (found >= 0) {
        *index = (size_t)found;
        return node_also_named(&g->nodes[found], name);
    }
    if (grow((void **)&g->nodes, g->nnodes, &g->capnodes, sizeof(*g->nodes))) {
        return SG_ENOMEM;
    }
    g->edges_indexed = 0;
    n = &g->nodes[g->nnodes];
    memset(n, 0, sizeof(*n));
    n->type = type;
    n->id = sg_strdup(id);
    n->name = sg_strdup(name);
    if (!n->id || !n->name || sg_map_put(&g->node_index, n->id, g->nnodes) != SG_OK) {
        node_release(n);
        return SG_ENOMEM;
    }
    *index = g->nnodes++;
    return SG_OK;
}

sg_err_t sg_graph_add_node_id(sg_graph_t *g, const char *id, sg_node_type_t type,
                              const char *name, size_t *index) {
    return node_with_id(g, id, type, name, index);
}

sg_err_t sg_graph_add_node(sg_graph_t *g, sg_node_type_t type, const char *name,
                           size_t *index) {
    char small[256], *id = sg_node_id_in(small, sizeof(small), type, name);
    sg_err_t rc;

    if (!id) { /* most ids fit small: node_with_id copies it if new */
        return SG_ENOMEM;
    }
    rc = node_with_id(g, id, type, name, index);
    if (id != small) {
        free(id);
    }
    return rc;
}

long sg_graph_lookup(const sg_graph_t *g, const char *name) {
    long by_id = sg_graph_find(g, name);

    if (by_id >= 0) {
        return by_id;
    }
    for (size_t i = 0; i < g->nnodes; i++) {
        if (sg_strcaseeq(g->nodes[i].name, name)) {
            return (long)i;
        }
    }
    for (size_t i = 0; i < g->nnodes; i++) {
        for (size_t k = 0; k < g->nodes[i].aliases.n; k++) {
            if (sg_strcaseeq(g->nodes[i].aliases.v[k], name)) {
                return (long)i;
            }
        }
    }
    return -1;
}

sg_err_t sg_graph_add_node_doc(sg_graph_t *g, size_t node, const char *doc) {
    const char *d = pooled(g, doc);
    sg_refs_t *docs = &g->nodes[node].docs;

    if (!d) {
        return SG_ENOMEM;
    }
    /* pooled: the same document is the same pointer; other repeats are dropped
     * by finalize (searching a list of 10^5 documents at every add would not) */
    if (docs->n && docs->v[docs->n - 1] == d) {
        return SG_OK;
    }
    return sg_refs_add(docs, d);
}

sg_err_t sg_graph_add_span(sg_graph_t *g, size_t node, const char *doc, size_t start,
                           size_t end) {
    sg_node_t *n = &g->nodes[node];
    sg_node_span_t r;
    sg_err_t rc;

    if (start > SG_OFFSET_MAX || end > SG_OFFSET_MAX) {
        return SG_EINVAL;
    }
    if (!(r.node = pooled(g, n->id)) || !(r.span.doc = pooled(g, doc))) {
        return SG_ENOMEM;
    }
    r.span.start = (sg_offset_t)start;
    r.span.end = (sg_offset_t)end;
    if ((rc = sg_recs_add(&g->spans, &r, 1)) == SG_OK) {
        n->nspans++;
    }
    return rc;
}

sg_err_t sg_graph_span(const sg_graph_t *g, const sg_node_t *n, size_t i,
                       sg_span_t *out) {
    sg_node_span_t r;
    sg_err_t rc;

    if (i >= n->nspans) {
        return SG_EINVAL;
    }
    if ((rc = sg_recs_get(&g->spans, n->span0 + i, 1, &r)) == SG_OK) {
        *out = r.span;
    }
    return rc;
}

static sg_err_t evidence_copy(sg_graph_t *g, sg_evidence_t *dst,
                              const sg_evidence_t *src) {
    *dst = *src; /* the texts are g's already */
    dst->doc = pooled(g, src->doc ? src->doc : "");
    dst->cue = pooled(g, src->cue ? src->cue : "");
    return dst->doc && dst->cue ? SG_OK : SG_ENOMEM;
}

/* Append a copy of ev to g's evidence (the new edge's, which is the last). */
static sg_err_t add_evidence(sg_graph_t *g, const sg_evidence_t *ev) {
    sg_evidence_t copy;

    if (evidence_copy(g, &copy, ev) != SG_OK) {
        return SG_ENOMEM;
    }
    return sg_recs_add(&g->evidence, &copy, 1);
}

sg_err_t sg_graph_evidence(const sg_graph_t *g, const sg_edge_t *e, size_t i,
                           sg_evidence_t *out) {
    if (i >= e->nev) {
        return SG_EINVAL;
    }
    return sg_recs_get(&g->evidence, e->ev + i, 1, out);
}

sg_err_t sg_graph_add_edge(sg_graph_t *g, const char *source, const char *target,
                           sg_edge_type_t type, const char *role,
                           const sg_evidence_t *ev) {
    sg_edge_t *e;

    /* appended even when the same edge exists: finalize merges them, which keeps
     * adding cheap and spares an index of every edge */
    if (ev && sg_recs_count(&g->evidence) >= UINT32_MAX) {
        return SG_ELIMIT; /* sg_edge_t.ev names no more */
    }
    if (grow((void **)&g->edges, g->nedges, &g->capedges, sizeof(*g->edges))) {
        return SG_ENOMEM;
    }
    g->edges_indexed = 0;
    e = &g->edges[g->nedges];
    memset(e, 0, sizeof(*e));
    e->source = pooled(g, source);
    e->target = pooled(g, target);
    e->type = type;
    e->sign = type == SG_EDGE_ENDORSES ? 1 : type == SG_EDGE_OPPOSES ? -1 : 0;
    e->role = role ? pooled(g, role) : NULL;
    e->ev = (uint32_t)sg_recs_count(&g->evidence);
    if (!e->source || !e->target || (role && !e->role) ||
        (ev && add_evidence(g, ev) != SG_OK)) {
        return SG_ENOMEM; /* not counted: the slot is reused */
    }
    e->nev = ev ? 1 : 0;
    g->nedges++;
    return SG_OK;
}

sg_err_t sg_graph_add_quote(sg_graph_t *g, const sg_quote_t *q, const char *const *about,
                            size_t nabout) {
    sg_quote_t n;
    sg_refs_t ids;
    sg_err_t rc = SG_OK;

    if (sg_recs_count(&g->quote_about) + nabout > UINT32_MAX) {
        return SG_ELIMIT; /* sg_quote_t.about names no more */
    }
    memset(&n, 0, sizeof(n));
    n.speaker = pooled(g, q->speaker);
    n.doc = pooled(g, q->doc);
    n.text = q->text;
    n.cue = pooled(g, q->cue ? q->cue : "");
    n.start = q->start;
    n.end = q->end;
    if (!n.speaker || !n.doc || !n.cue) {
        return SG_ENOMEM;
    }
    sg_refs_init(&ids);
    for (size_t i = 0; i < nabout && rc == SG_OK; i++) {
        const char *a = pooled(g, about[i]);
        if (!a) {
            rc = SG_ENOMEM;
        } else if (!sg_refs_contains(&ids, a)) {
            rc = sg_refs_add(&ids, a);
        }
    }
    n.about = (uint32_t)sg_recs_count(&g->quote_about);
    n.nabout = (uint32_t)ids.n;
    if (rc == SG_OK && (rc = sg_recs_add(&g->quote_about, ids.v, ids.n)) == SG_OK) {
        rc = sg_recs_add(&g->quotes, &n, 1);
    }
    sg_refs_release(&ids);
    return rc;
}

sg_err_t sg_graph_quote(const sg_graph_t *g, size_t i, sg_quote_t *q) {
    return sg_recs_get(&g->quotes, i, 1, q);
}

sg_err_t sg_graph_quote_about(const sg_graph_t *g, const sg_quote_t *q, size_t k,
                              const char **id) {
    if (k >= q->nabout) {
        return SG_EINVAL;
    }
    return sg_recs_get(&g->quote_about, q->about + k, 1, (void *)id);
}

/* A node's own name is not its alias: take it out of the list (found at once when
 * absent, the usual case, in a long list). */
static void drop_own_name(sg_node_t *n) {
    if (!sg_strv_contains(&n->aliases, n->name)) {
        return;
    }
    for (size_t k = 0; k < n->aliases.n;) {
        if (strcmp(n->aliases.v[k], n->name) == 0) {
            sg_strv_remove(&n->aliases, k);
        } else {
            k++;
        }
    }
}

/* s's name (as an alias, when it differs), aliases, titles and roles, into d. */
static sg_err_t absorb_names(sg_node_t *d, const sg_node_t *s) {
    sg_err_t rc;

    if (strcmp(d->name, s->name) != 0 &&
        (rc = sg_strv_add_unique(&d->aliases, s->name))) {
        return rc;
    }
    if ((rc = sg_strv_add_all(&d->aliases, &s->aliases)) ||
        (rc = sg_strv_add_all(&d->titles, &s->titles)) ||
        (rc = sg_strv_add_all(&d->roles, &s->roles))) {
        return rc;
    }
    return SG_OK;
}

/* Fold node s's names and lists into node d (its spans are records of the graph's
 * own: sg_graph_merge copies them, finalize gives a folded node's to its root). */
static sg_err_t node_absorb(sg_graph_t *g, size_t di, const sg_node_t *s) {
    sg_node_t *d = &g->nodes[di];
    sg_err_t rc;

    if ((rc = absorb_names(d, s)) != SG_OK) {
        return rc;
    }
    /* a node can be in very many documents: append, and let finalize sort them and
     * drop repeats, rather than search the list at every merge */
    for (size_t i = 0; i < s->docs.n; i++) {
        const char *doc = pooled(g, s->docs.v[i]);
        if (!doc || sg_refs_add(&d->docs, doc) != SG_OK) {
            return SG_ENOMEM;
        }
    }
    return SG_OK;
}

/* Point *s at g's copy of the string it names (which may be in another graph's
 * pool, about to be released). Out of memory leaves an empty string and says so. */
static sg_err_t repool(sg_graph_t *g, const char **s) {
    const char *p = *s ? pooled(g, *s) : NULL;
    if (*s && !p) {
        *s = "";
        return SG_ENOMEM;
    }
    *s = p;
    return SG_OK;
}

/* The last strings a run of records looked up, by the string's address (a graph's
 * strings are pooled, so one address is one string), and what each gave: the
 * field repeats (an article's document, the ids of its few nodes), so each is
 * looked up once. seen_find gives key's slot, and 1 when the slot holds key. */
#define SEEN 16
typedef struct {
    const char *key[SEEN];
    uintptr_t val[SEEN];
} seen_t;

static int seen_find(const seen_t *seen, const char *key, size_t *slot) {
    *slot = ((uintptr_t)key >> 3) % SEEN;
    return key && seen->key[*slot] == key;
}

/* repool, for a run of records */
static sg_err_t repool_seen(sg_graph_t *g, const char **s, seen_t *seen) {
    const char *from = *s;
    size_t k;
    sg_err_t rc;

    if (seen_find(seen, from, &k)) {
        *s = (const char *)seen->val[k];
        return SG_OK;
    }
    rc = repool(g, s);
    seen->key[k] = rc == SG_OK ? from : NULL;
    seen->val[k] = (uintptr_t)*s;
    return rc;
}

static sg_err_t repool_refs(sg_graph_t *g, const char **v, size_t n) {
    sg_err_t rc = SG_OK;
    for (size_t i = 0; i < n; i++) {
        if (repool(g, &v[i]) != SG_OK) {
            rc = SG_ENOMEM;
        }
    }
    return rc;
}

/* A merge's source, and what its texts' references become in the graph it moves
 * into: src's whole store was added as one block (whole: each reference moves by
 * shift), or each text is copied alone (retext). */
typedef struct {
    const sg_graph_t *src;
    int whole;
    sg_text_t shift;
} move_t;

static sg_err_t move_text(sg_graph_t *g, const move_t *mv, sg_text_t *ref) {
    if (!mv->whole) {
        return retext(g, mv->src, ref);
    }
    if (*ref) {
        *ref += mv->shift;
    }
    return SG_OK;
}

/* Spans moved from src into g: their node ids and documents repooled. */
static sg_err_t repool_spans(sg_graph_t *g, const move_t *mv, void *recs, size_t n) {
    sg_node_span_t *v = recs;
    seen_t node = {{NULL}, {0}}, doc = {{NULL}, {0}};
    sg_err_t rc = SG_OK;
    (void)mv;
    for (size_t i = 0; i < n; i++) {
        if (repool_seen(g, &v[i].node, &node) != SG_OK ||
            repool_seen(g, &v[i].span.doc, &doc) != SG_OK) {
            rc = SG_ENOMEM;
        }
    }
    return rc;
}

/* Evidence moved from src into g: its strings repooled, its texts copied. */
static sg_err_t repool_evidence(sg_graph_t *g, const move_t *mv, void *recs, size_t n) {
    sg_evidence_t *v = recs;
    seen_t doc = {{NULL}, {0}}, cue = {{NULL}, {0}};
    sg_err_t rc = SG_OK, r;
    for (size_t i = 0; i < n; i++) {
        if (repool_seen(g, &v[i].doc, &doc) != SG_OK ||
            repool_seen(g, &v[i].cue, &cue) != SG_OK) {
            rc = SG_ENOMEM;
        }
        if ((r = move_text(g, mv, &v[i].sentence)) != SG_OK ||
            (r = move_text(g, mv, &v[i].quote)) != SG_OK) {
            rc = r;
        }
    }
    return rc;
}

/* About lists moved from src into g: their node ids repooled. */
static sg_err_t repool_about(sg_graph_t *g, const move_t *mv, void *recs, size_t n) {
    (void)mv;
    return repool_refs(g, recs, n);
}

/* Quotations moved from src into g (after their about lists): strings repooled,
 * texts copied, about runs shifted past what g had before. */
static sg_err_t repool_quotes(sg_graph_t *g, const move_t *mv, void *recs, size_t n) {
    sg_quote_t *v = recs;
    size_t base = sg_recs_count(&g->quote_about) - sg_recs_count(&mv->src->quote_about);
    seen_t doc = {{NULL}, {0}}, cue = {{NULL}, {0}};
    sg_err_t rc = SG_OK, r;

    for (size_t i = 0; i < n; i++) {
        if (repool(g, &v[i].speaker) != SG_OK ||
            repool_seen(g, &v[i].doc, &doc) != SG_OK ||
            repool_seen(g, &v[i].cue, &cue) != SG_OK) {
            rc = SG_ENOMEM;
        }
        if ((r = move_text(g, mv, &v[i].text)) != SG_OK) {
            rc = r;
        }
        v[i].about += (uint32_t)base;
    }
    return rc;
}

/* Append src's records s (evidence, spans, quotations) to dst's d, in order, each block
 * made dst's by fix (strings repooled, texts copied). */
static sg_err_t
move_records(sg_graph_t *dst, const move_t *mv, sg_recs_t *d, const sg_recs_t *s,
             sg_err_t (*fix)(sg_graph_t *, const move_t *, void *, size_t)) {
    size_t n = sg_recs_count(s), at_once = 8192 / s->size;
    sg_recs_reader_t rd;
    _Alignas(8) char buf[8192];
    const void *p;
    sg_err_t rc = SG_OK;

    if (!at_once) {
        return SG_EINVAL; /* the graph's records are tens of bytes */
    }
    if (n > UINT32_MAX - sg_recs_count(d)) {
        return SG_ELIMIT; /* record positions are 32-bit (sg_edge_t.ev, gathers) */
    }
    sg_recs_reader_init(&rd, s);
    for (size_t i = 0; i < n && rc == SG_OK;) {
        size_t m = n - i < at_once ? n - i : at_once;
        if ((rc = sg_recs_read(&rd, i, m, &p)) == SG_OK) {
            memcpy(buf, p, m * s->size);
            if ((rc = fix(dst, mv, buf, m)) == SG_OK) {
                rc = sg_recs_add(d, buf, m);
            }
        }
        i += m;
    }
    sg_recs_reader_release(&rd);
    return rc;
}

/* node_absorb, moving s's documents instead of copying them. */
static sg_err_t node_absorb_take(sg_graph_t *g, size_t di, sg_node_t *s) {
    sg_node_t *d = &g->nodes[di];
    sg_err_t rc;

    if ((rc = absorb_names(d, s)) != SG_OK ||
        (rc = sg_reserve((void **)&d->docs.v, &d->docs.cap, d->docs.n + s->docs.n,
                         sizeof(*d->docs.v), 4)) != SG_OK) {
        return rc;
    }
    if (s->docs.n) {
        memcpy(d->docs.v + d->docs.n, s->docs.v, s->docs.n * sizeof(*s->docs.v));
        rc = repool_refs(g, d->docs.v + d->docs.n, s->docs.n);
        d->docs.n += s->docs.n;
        s->docs.n = 0;
    }
    d->nspans += s->nspans;
    s->nspans = 0;
    return rc;
}

/* src's spans, each added to dst's node of the same id (which merge made). */
static sg_err_t copy_spans(sg_graph_t *dst, const sg_graph_t *src) {
    size_t n = sg_recs_count(&src->spans);
    sg_recs_reader_t rd;
    const sg_node_span_t *r;
    sg_err_t rc = SG_OK;

    sg_recs_reader_init(&rd, &src->spans);
    for (size_t i = 0; i < n && rc == SG_OK; i++) {
        long idx;
        if ((rc = sg_recs_read(&rd, i, 1, (const void **)&r)) == SG_OK) {
            idx = sg_graph_find(dst, r->node);
            rc = idx < 0 ? SG_EINVAL
                         : sg_graph_add_span(dst, (size_t)idx, r->span.doc, r->span.start,
                                             r->span.end);
        }
    }
    sg_recs_reader_release(&rd);
    return rc;
}

/* src's edges, one added to dst for each piece of evidence (its texts copied), or
 * one without; the evidence read in order. */
static sg_err_t copy_edges(sg_graph_t *dst, const sg_graph_t *src) {
    sg_recs_reader_t rd;
    sg_err_t rc = SG_OK;

    sg_recs_reader_init(&rd, &src->evidence);
    for (size_t i = 0; i < src->nedges && rc == SG_OK; i++) {
        const sg_edge_t *e = &src->edges[i];
        const sg_evidence_t *run;
        if (e->nev == 0) {
            rc = sg_graph_add_edge(dst, e->source, e->target, e->type, e->role, NULL);
            continue;
        }
        if ((rc = sg_recs_read(&rd, e->ev, e->nev, (const void **)&run)) != SG_OK) {
            break;
        }
        for (size_t k = 0; k < e->nev && rc == SG_OK; k++) {
            sg_evidence_t ev = run[k];
            if ((rc = retext(dst, src, &ev.sentence)) == SG_OK &&
                (rc = retext(dst, src, &ev.quote)) == SG_OK) {
                rc = sg_graph_add_edge(dst, e->source, e->target, e->type, e->role, &ev);
            }
        }
    }
    sg_recs_reader_release(&rd);
    return rc;
}

/* A graph's quotations read in order, each with its about list. */
typedef struct {
    sg_recs_reader_t quotes, about;
} quote_reader_t;

static void quote_reader_init(quote_reader_t *r, const sg_graph_t *g) {
    sg_recs_reader_init(&r->quotes, &g->quotes);
    sg_recs_reader_init(&r->about, &g->quote_about);
}

static void quote_reader_release(quote_reader_t *r) {
    sg_recs_reader_release(&r->quotes);
    sg_recs_reader_release(&r->about);
}

/* Quotation i and its about list (q->nabout ids), valid until the next read. */
static sg_err_t quote_read(quote_reader_t *r, size_t i, const sg_quote_t **q,
                           const char *const **about) {
    sg_err_t rc = sg_recs_read(&r->quotes, i, 1, (const void **)q);
    return rc != SG_OK
               ? rc
               : sg_recs_read(&r->about, (*q)->about, (*q)->nabout, (const void **)about);
}

/* src's quotations, each added to dst with its text copied. */
static sg_err_t copy_quotes(sg_graph_t *dst, const sg_graph_t *src) {
    quote_reader_t rd;
    sg_err_t rc = SG_OK;

    quote_reader_init(&rd, src);
    for (size_t i = 0; i < sg_graph_nquotes(src) && rc == SG_OK; i++) {
        const sg_quote_t *p;
        const char *const *about;
        sg_quote_t q;
        if ((rc = quote_read(&rd, i, &p, &about)) == SG_OK) {
            q = *p;
            if ((rc = retext(dst, src, &q.text)) == SG_OK) {
                rc = sg_graph_add_quote(dst, &q, about, q.nabout);
            }
        }
    }
    quote_reader_release(&rd);
    return rc;
}

sg_err_t sg_graph_merge(sg_graph_t *dst, const sg_graph_t *src) {
    sg_err_t rc;
    size_t idx;

    if (dst == src) {
        return SG_OK; /* merging is idempotent; copying src into itself never ended */
    }
    for (size_t i = 0; i < src->ndocs; i++) {
        if ((rc = sg_graph_add_document(dst, &src->docs[i])) != SG_OK) {
            return rc;
        }
    }
    for (size_t i = 0; i < src->nnodes; i++) {
        const sg_node_t *s = &src->nodes[i];
        if ((rc = node_with_id(dst, s->id, s->type, s->name, &idx)) != SG_OK ||
            (rc = node_absorb(dst, idx, s)) != SG_OK) {
            return rc;
        }
        if (strcmp(dst->nodes[idx].name, s->name) != 0) {
            drop_own_name(&dst->nodes[idx]);
        }
    }
    if ((rc = copy_spans(dst, src)) != SG_OK) {
        return rc;
    }
    if ((rc = copy_edges(dst, src)) != SG_OK) {
        return rc;
    }
    return copy_quotes(dst, src);
}

sg_err_t sg_graph_merge_take(sg_graph_t *dst, sg_graph_t *src) {
    sg_err_t rc = SG_OK;
    size_t base;
    move_t mv;

    if (dst == src) {
        return SG_OK; /* as sg_graph_merge */
    }
    if (sg_graph_is_empty(dst)) {
        /* into an empty graph: the whole graph moves */
        sg_graph_release(dst);
        *dst = *src;
        sg_graph_init(src);
        return SG_OK;
    }
    dst->edges_indexed = 0;
    base = sg_recs_count(&dst->evidence);
    /* src's texts move as one block (an article's are all in memory), else one by
     * one */
    mv.src = src;
    rc = sg_store_append(&dst->texts, &src->texts, &mv.shift);
    mv.whole = rc == SG_OK;
    if (rc == SG_EINVAL) {
        rc = SG_OK;
    }
    /* src's evidence moves as one run: its edges' runs shift by base */
    if (rc == SG_OK) {
        rc = move_records(dst, &mv, &dst->evidence, &src->evidence, repool_evidence);
    }
    if (rc == SG_OK) {
        rc = move_records(dst, &mv, &dst->spans, &src->spans, repool_spans);
    }
    for (size_t i = 0; i < src->ndocs && rc == SG_OK; i++) {
        rc = sg_graph_add_document(dst, &src->docs[i]);
    }
    for (size_t i = 0; i < src->nnodes && rc == SG_OK; i++) {
        sg_node_t *s = &src->nodes[i];
        long found = sg_graph_find(dst, s->id);
        if (found >= 0) {
            rc = node_also_named(&dst->nodes[found], s->name);
            if (rc == SG_OK) {
                rc = node_absorb_take(dst, (size_t)found, s);
            }
            continue;
        }
        if (grow((void **)&dst->nodes, dst->nnodes, &dst->capnodes,
                 sizeof(*dst->nodes)) ||
            sg_map_put(&dst->node_index, s->id, dst->nnodes) != SG_OK) {
            rc = SG_ENOMEM;
            break;
        }
        dst->nodes[dst->nnodes] = *s; /* moved: src keeps an empty node */
        memset(s, 0, sizeof(*s));
        s = &dst->nodes[dst->nnodes++];
        if (repool_refs(dst, s->docs.v, s->docs.n) != SG_OK) {
            rc = SG_ENOMEM;
        }
    }
    for (size_t i = 0; i < src->nedges && rc == SG_OK; i++) {
        sg_edge_t *e = &src->edges[i];
        if (grow((void **)&dst->edges, dst->nedges, &dst->capedges,
                 sizeof(*dst->edges))) {
            rc = SG_ENOMEM;
            break;
        }
        dst->edges[dst->nedges] = *e;
        memset(e, 0, sizeof(*e));
        e = &dst->edges[dst->nedges++];
        e->ev += (uint32_t)base;
        if (repool(dst, &e->source) != SG_OK || repool(dst, &e->target) != SG_OK ||
            repool(dst, &e->role) != SG_OK) {
            rc = SG_ENOMEM;
        }
    }
    /* the about lists first: the quotations' runs shift by what dst had */
    if (rc == SG_OK) {
        rc = move_records(dst, &mv, &dst->quote_about, &src->quote_about, repool_about);
    }
    if (rc == SG_OK) {
        rc = move_records(dst, &mv, &dst->quotes, &src->quotes, repool_quotes);
    }
    /* what is left of src (its pool, records, texts and emptied arrays) is the
     * caller's to release, outside any lock it merged under */
    return rc;
}

/* ---- canonical form ---- */

static int cmp_place(const char *da, size_t sa, size_t ea, const char *db, size_t sb,
                     size_t eb);

static int cmp_span(const void *a, const void *b) {
    const sg_span_t *x = &((const sg_node_span_t *)a)->span;
    const sg_span_t *y = &((const sg_node_span_t *)b)->span;
    return cmp_place(x->doc, x->start, x->end, y->doc, y->start, y->end);
}

static int cmp_node(const void *a, const void *b) {
    return strcmp(((const sg_node_t *)a)->id, ((const sg_node_t *)b)->id);
}

/* The comparisons of evidence and quotations fall back on their texts, which are in
 * the graph's store: qsort passes no context, so the graph is set per thread
 * (texts_begin), and texts_end gives the first failure to read one. */
static _Thread_local const sg_graph_t *cmp_graph;
static _Thread_local sg_buf_t cmp_scratch[2];
static _Thread_local sg_err_t cmp_rc;

static void texts_begin(const sg_graph_t *g) {
    cmp_graph = g;
    cmp_rc = SG_OK;
}

static sg_err_t texts_end(void) {
    sg_buf_release(&cmp_scratch[0]);
    sg_buf_release(&cmp_scratch[1]);
    cmp_graph = NULL;
    return cmp_rc;
}

static int cmp_text(sg_text_t a, sg_text_t b) {
    const char *x, *y;
    sg_err_t rc;

    if (a == b) {
        return 0;
    }
    if ((rc = sg_graph_text(cmp_graph, a, &cmp_scratch[0], &x)) != SG_OK ||
        (rc = sg_graph_text(cmp_graph, b, &cmp_scratch[1], &y)) != SG_OK) {
        if (cmp_rc == SG_OK) {
            cmp_rc = rc;
        }
        return a < b ? -1 : 1;
    }
    return strcmp(x, y);
}

/* Order of two places in the corpus: document, then start, then end. */
static int cmp_place(const char *da, size_t sa, size_t ea, const char *db, size_t sb,
                     size_t eb) {
    /* documents are pooled: one address is one string (a node's spans come a few
     * from each article, so its sort compares many of the same document) */
    int c = da == db ? 0 : strcmp(da, db);
    if (c) {
        return c;
    }
    if (sa != sb) {
        return sa < sb ? -1 : 1;
    }
    return ea < eb ? -1 : ea > eb;
}

static int cmp_evidence(const void *a, const void *b) {
    const sg_evidence_t *x = a, *y = b;
    int c = cmp_place(x->doc, x->start, x->end, y->doc, y->start, y->end);
    if (c || (x->cue != y->cue && (c = strcmp(x->cue, y->cue)))) {
        return c;
    }
    return cmp_text(x->quote, y->quote);
}

static int cmp_edge(const void *a, const void *b) {
    const sg_edge_t *x = a, *y = b;
    int c = strcmp(x->source, y->source);
    if (c) {
        return c;
    }
    if ((c = strcmp(x->target, y->target))) {
        return c;
    }
    return (int)x->type - (int)y->type;
}

static int cmp_quote(const void *a, const void *b) {
    const sg_quote_t *x = a, *y = b;
    int c = cmp_place(x->doc, x->start, x->end, y->doc, y->start, y->end);
    if (c || (c = strcmp(x->speaker, y->speaker))) {
        return c;
    }
    return cmp_text(x->text, y->text);
}

static int cmp_doc(const void *a, const void *b) {
    return strcmp(((const sg_document_t *)a)->id, ((const sg_document_t *)b)->id);
}

/* A node id, or the pooled id of the node it folds into (fold maps a folded id to
 * its root's old position, owner an old position to its owner's pooled id). */
static const char *folded(const sg_map_t *fold, const char *const *owner,
                          const char *id) {
    size_t v;
    return sg_map_get(fold, id, &v) ? owner[v] : id;
}

/* Break the cycles of parent: aliases that point round in a circle ("Peter Hale"
 * alias "Dr Peter Hale", "Dr Peter-Hale" alias "Peter-Hale" name each other by
 * id). The node of a cycle with the smallest id becomes its root, as with mutual
 * aliases. An ambiguous node is a root already. path holds n indices, state n
 * zeroed bytes. */
static void break_cycles(const sg_graph_t *g, long *parent, const int *ambiguous,
                         size_t *path, unsigned char *state) {
    enum { NEW, ON_PATH, DONE };

    for (size_t b = 0; b < g->nnodes; b++) {
        size_t v = b, len = 0;
        while (state[v] == NEW) {
            state[v] = ON_PATH;
            path[len++] = v;
            if (parent[v] < 0 || ambiguous[v]) {
                break;
            }
            v = (size_t)parent[v];
        }
        if (state[v] == ON_PATH && parent[v] >= 0 && !ambiguous[v]) {
            size_t m = v; /* v is on this path twice: a cycle through it */
            for (size_t c = (size_t)parent[v]; c != v; c = (size_t)parent[c]) {
                if (strcmp(g->nodes[c].id, g->nodes[m].id) < 0) {
                    m = c;
                }
            }
            parent[m] = -1;
        }
        for (size_t k = 0; k < len; k++) {
            state[path[k]] = DONE;
        }
    }
}

/* Nodes whose name is another node's alias fold into that node. */
static sg_err_t fold_aliases(sg_graph_t *g, sg_map_t *fold) {
    size_t n = g->nnodes;
    long *parent = malloc((n ? n : 1) * sizeof(*parent));
    int *ambiguous = calloc(n ? n : 1, sizeof(*ambiguous));
    size_t *path = malloc((n ? n : 1) * sizeof(*path));
    unsigned char *state = calloc(n ? n : 1, 1);
    sg_err_t rc = SG_OK;

    if (!parent || !ambiguous || !path || !state) {
        free(parent);
        free(ambiguous);
        free(path);
        free(state);
        return SG_ENOMEM;
    }
    for (size_t i = 0; i < n; i++) {
        parent[i] = -1;
    }
    for (size_t a = 0; a < n; a++) {
        const sg_node_t *A = &g->nodes[a];
        for (size_t k = 0; k < A->aliases.n; k++) {
            char small[256],
                *id = sg_node_id_in(small, sizeof(small), A->type, A->aliases.v[k]);
            long b;
            if (!id) {
                rc = SG_ENOMEM;
                goto done;
            }
            b = sg_graph_find(g, id);
            if (id != small) {
                free(id);
            }
            if (b < 0 || (size_t)b == a) {
                continue;
            }
            /* mutual aliases: the larger id folds into the smaller */
            if (sg_strv_contains(&g->nodes[b].aliases, A->name) &&
                strcmp(A->id, g->nodes[b].id) > 0) {
                continue;
            }
            if (parent[b] >= 0 && (size_t)parent[b] != a) {
                ambiguous[b] = 1;
            }
            parent[b] = (long)a;
        }
    }
    break_cycles(g, parent, ambiguous, path, state);
    for (size_t b = 0; b < n; b++) {
        long r = parent[b];
        size_t hops = 0;
        if (r < 0 || ambiguous[b]) {
            continue;
        }
        while (parent[r] >= 0 && !ambiguous[r] && hops++ < n) {
            r = parent[r];
        }
        /* the nodes passed have r for their root too: the next walk through them
         * takes one step (a chain of aliases costs linear time, not quadratic) */
        for (long x = parent[b]; x != r;) {
            long next = parent[x];
            parent[x] = r;
            x = next;
        }
        if ((size_t)r == b) {
            continue;
        }
        if ((rc = node_absorb(g, r, &g->nodes[b])) != SG_OK ||
            (rc = sg_map_put(fold, g->nodes[b].id, (size_t)r)) != SG_OK) {
            goto done;
        }
    }
done:
    free(parent);
    free(ambiguous);
    free(path);
    free(state);
    return rc;
}

/* "<prefix><n>" into buf. */
static const char *record_id(char *buf, char prefix, size_t n) {
    char tmp[SG_RECORD_ID_MAX], *p = tmp + sizeof(tmp);

    *--p = '\0';
    do {
        *--p = (char)('0' + n % 10);
        n /= 10;
    } while (n);
    *--p = prefix;
    memcpy(buf, p, (size_t)(tmp + sizeof(tmp) - p));
    return buf;
}

const char *sg_edge_id(size_t i, char buf[SG_RECORD_ID_MAX]) {
    return record_id(buf, 'e', i + 1);
}

const char *sg_quote_id(size_t i, char buf[SG_RECORD_ID_MAX]) {
    return record_id(buf, 'q', i + 1);
}

/* Nodes: sorted, their lists sorted and unique, the node index rebuilt. Their
 * centrality is cleared, but for the numbers of a graph that had them (read from a
 * file): the graph's has_centrality is cleared at the end of finalize, and
 * sg_analysis_reuse keeps the numbers while the graph is the one they are of. */
static sg_err_t finalize_nodes(sg_graph_t *g) {
    sg_sort(g->nodes, g->nnodes, sizeof(*g->nodes), cmp_node);
    sg_map_release(&g->node_index);
    for (size_t i = 0; i < g->nnodes; i++) {
        sg_node_t *nd = &g->nodes[i];
        if (!g->has_centrality) {
            memset(&nd->c, 0, sizeof(nd->c));
        }
        drop_own_name(nd);
        sg_strv_sort(&nd->aliases);
        sg_strv_sort(&nd->titles);
        sg_strv_sort(&nd->roles);
        sg_refs_sort_unique(&nd->docs);
        if (sg_map_put(&g->node_index, nd->id, i) != SG_OK) {
            return SG_ENOMEM;
        }
    }
    return SG_OK;
}

/* The quotations, taken into memory for a while (they are sorted as a whole): their
 * references to folded nodes given to the node each folded into (fold and owner as
 * spans_plan made them), each one's about list sorted and unique, the quotations
 * sorted and their repeats dropped, written back as new record files. */
static sg_err_t finalize_quotes(sg_graph_t *g, const sg_map_t *fold,
                                const char *const *owner) {
    size_t n = sg_graph_nquotes(g), na = sg_recs_count(&g->quote_about), w = 0;
    sg_quote_t *q = malloc((n ? n : 1) * sizeof(*q));
    const char **about = malloc((na ? na : 1) * sizeof(*about));
    sg_recs_t nq, nabout;
    sg_err_t rc = SG_ENOMEM, trc;

    sg_recs_init_like(&nq, &g->quotes);
    sg_recs_init_like(&nabout, &g->quote_about);
    if (q && about && (rc = sg_recs_get(&g->quotes, 0, n, q)) == SG_OK) {
        rc = sg_recs_get(&g->quote_about, 0, na, about);
    }
    for (size_t i = 0; i < n && rc == SG_OK; i++) {
        sg_refs_t run = {about + q[i].about, q[i].nabout, q[i].nabout};
        q[i].speaker = folded(fold, owner, q[i].speaker);
        for (size_t k = 0; k < run.n; k++) {
            run.v[k] = folded(fold, owner, run.v[k]);
        }
        sg_refs_sort_unique(&run);
        q[i].nabout = (uint32_t)run.n;
    }
    texts_begin(g);
    if (rc == SG_OK) {
        sg_sort(q, n, sizeof(*q), cmp_quote);
    }
    for (size_t i = 0; i < n && rc == SG_OK; i++) {
        if (w && cmp_quote(&q[w - 1], &q[i]) == 0) {
            continue;
        }
        size_t from = q[i].about; /* q[w] may be q[i] */
        q[w] = q[i];
        q[w].about = (uint32_t)sg_recs_count(&nabout);
        rc = sg_recs_add(&nabout, about + from, q[w].nabout);
        w++;
    }
    if ((trc = texts_end()) != SG_OK && rc == SG_OK) {
        rc = trc;
    }
    if (rc == SG_OK && (rc = sg_recs_add(&nq, q, w)) == SG_OK) {
        sg_recs_release(&g->quotes);
        sg_recs_release(&g->quote_about);
        g->quotes = nq;
        g->quote_about = nabout;
    } else {
        sg_recs_release(&nq);
        sg_recs_release(&nabout);
    }
    free(q);
    free(about);
    return rc;
}

/* Quotations and documents: sorted, numbered, the document index rebuilt. Touches
 * nothing finalize_nodes touches, so the two may run at once. */
static sg_err_t finalize_quotes_docs(sg_graph_t *g, const sg_map_t *fold,
                                     const char *const *owner) {
    sg_err_t rc;

    if ((rc = finalize_quotes(g, fold, owner)) != SG_OK) {
        return rc;
    }
    sg_sort(g->docs, g->ndocs, sizeof(*g->docs), cmp_doc);
    sg_map_release(&g->doc_index);
    for (size_t i = 0; i < g->ndocs; i++) {
        if ((rc = sg_map_put(&g->doc_index, g->docs[i].id, i)) != SG_OK) {
            return rc;
        }
    }
    return SG_OK;
}

/* Nodes are sorted by id, so the order of node indices is the order of ids: edges
 * sort on integers instead of strings. */
static int cmp_edge_indexed(const void *a, const void *b) {
    const sg_edge_t *x = a, *y = b;
    if (x->source_index != y->source_index) {
        return x->source_index < y->source_index ? -1 : 1;
    }
    if (x->target_index != y->target_index) {
        return x->target_index < y->target_index ? -1 : 1;
    }
    return (int)x->type - (int)y->type;
}

typedef struct {
    sg_graph_t *g;
    size_t lo, hi;
    int missing; /* an end that names no node */
} part_t;

/* Fewer edges (an article's) sort faster with qsort than counted out by source. */
#define EDGE_COUNT_MIN 1024

/* The edges whose positions cmp_pos compares (set per thread). */
static _Thread_local const sg_edge_t *pos_edges;

/* Two positions of edges with the same source: by target, then type. */
static int cmp_pos(const void *a, const void *b) {
    const sg_edge_t *x = &pos_edges[*(const uint32_t *)a];
    const sg_edge_t *y = &pos_edges[*(const uint32_t *)b];
    if (x->target_index != y->target_index) {
        return x->target_index < y->target_index ? -1 : 1;
    }
    return (int)x->type - (int)y->type;
}

/* Sort g's first n edges as cmp_edge_indexed does: their positions counted out by
 * source in one pass, each source's run sorted by target and type, then the edges
 * moved once (sorting the edges themselves took most of finalize at 5x10^6 edges;
 * a radix sort of 16-byte keys needed two arrays of them, 25 MB at 776,000 edges,
 * where this needs 4 bytes an edge). Edges equal under cmp_edge_indexed are merged
 * after, whatever their order. -1 when out of memory (nothing changed). */
static int sort_edges_indexed(sg_graph_t *g, size_t n) {
    uint32_t *pos = n < UINT32_MAX ? malloc(n * sizeof(*pos)) : NULL;
    size_t *end = calloc(g->nnodes + 1, sizeof(*end));

    if (!pos || !end) {
        free(pos);
        free(end);
        return -1;
    }
    /* end[s]: one past the last place of source s's run */
    for (size_t i = 0; i < n; i++) {
        end[g->edges[i].source_index + 1]++;
    }
    for (size_t s = 1; s <= g->nnodes; s++) {
        end[s] += end[s - 1];
    }
    for (size_t i = 0; i < n; i++) {
        pos[end[g->edges[i].source_index]++] = (uint32_t)i;
    }
    pos_edges = g->edges;
    for (size_t s = 0, lo = 0; s < g->nnodes; lo = end[s++]) {
        if (end[s] - lo > 1) {
            qsort(pos + lo, end[s] - lo, sizeof(*pos), cmp_pos);
        }
    }
    pos_edges = NULL;
    free(end);
    /* edge pos[j] goes to j: follow each cycle of the permutation once, marking
     * the places filled */
    for (size_t j = 0; j < n; j++) {
        if (pos[j] == j || pos[j] == UINT32_MAX) {
            continue;
        }
        sg_edge_t first = g->edges[j];
        size_t k = j;
        while (pos[k] != j) {
            size_t from = pos[k];
            g->edges[k] = g->edges[from];
            pos[k] = UINT32_MAX;
            k = from;
        }
        g->edges[k] = first;
        pos[k] = UINT32_MAX;
    }
    free(pos);
    return 0;
}

/* Runs of records in a record file, one after another in order: each edge's
 * evidence, each node's spans. */
typedef struct runs runs_t;
struct runs {
    sg_graph_t *g;
    sg_recs_t *recs;
    size_t n; /* runs */
    int (*cmp)(const void *, const void *);
    /* run i: where it starts and how long it is; set: where it is now, fix its
     * records (n of them) on the way */
    void (*get)(const runs_t *rs, size_t i, size_t *first, size_t *len);
    void (*set)(const runs_t *rs, size_t i, size_t first, void *recs, size_t len);
    const char *const *ids; /* the nodes' pooled ids, for node_run_set */
};

/* Each run sorted by cmp and its repeats dropped, into a new record file that
 * replaces the old. */
static sg_err_t runs_sorted(const runs_t *rs) {
    size_t size = rs->recs->size, cap = 0;
    sg_recs_t out;
    sg_recs_reader_t rd;
    char *run = NULL;
    sg_err_t rc = SG_OK, trc;

    sg_recs_init_like(&out, rs->recs);
    sg_recs_reader_init(&rd, rs->recs);
    texts_begin(rs->g);
    for (size_t i = 0; i < rs->n && rc == SG_OK; i++) {
        size_t first, len, w = 0;
        const char *p;
        rs->get(rs, i, &first, &len);
        if (len > cap) {
            char *r = realloc(run, len * size);
            if (!r) {
                rc = SG_ENOMEM;
                break;
            }
            run = r;
            cap = len;
        }
        if ((rc = sg_recs_read(&rd, first, len, (const void **)&p)) != SG_OK) {
            break;
        }
        if (len) {
            memcpy(run, p, len * size);
        }
        sg_sort(run, len, size, rs->cmp);
        for (size_t k = 0; k < len; k++) {
            if (w && rs->cmp(run + (w - 1) * size, run + k * size) == 0) {
                continue;
            }
            if (w != k) {
                memcpy(run + w * size, run + k * size, size);
            }
            w++;
        }
        rs->set(rs, i, sg_recs_count(&out), run, w);
        rc = sg_recs_add(&out, run, w);
    }
    trc = texts_end();
    sg_recs_reader_release(&rd);
    free(run);
    if (rc == SG_OK && (rc = trc) == SG_OK) {
        sg_recs_release(rs->recs);
        *rs->recs = out;
    } else {
        sg_recs_release(&out);
    }
    return rc;
}

static void edge_run(const runs_t *rs, size_t i, size_t *first, size_t *len) {
    *first = rs->g->edges[i].ev;
    *len = rs->g->edges[i].nev;
}

static void edge_run_set(const runs_t *rs, size_t i, size_t first, void *recs,
                         size_t len) {
    (void)recs;
    rs->g->edges[i].ev = (uint32_t)first;
    rs->g->edges[i].nev = (uint32_t)len;
}

static void node_run(const runs_t *rs, size_t i, size_t *first, size_t *len) {
    *first = rs->g->nodes[i].span0;
    *len = rs->g->nodes[i].nspans;
}

/* A node's spans name it by its own id (a folded node's named the folded one). */
static void node_run_set(const runs_t *rs, size_t i, size_t first, void *recs,
                         size_t len) {
    sg_node_span_t *v = recs;

    for (size_t k = 0; k < len; k++) {
        v[k].node = rs->ids[i];
    }
    rs->g->nodes[i].span0 = first;
    rs->g->nodes[i].nspans = len;
}

/* Where finalize sends the spans: each record's node by its position before the
 * folded nodes are dropped, and each of those nodes' owner (itself, or the node it
 * folds into), whose place among the finalized nodes is looked up after. The owners
 * also rewrite the edges' and quotations' references to folded nodes (folded). */
typedef struct {
    uint32_t *dest;     /* a record's node's old position, then the record's place */
    const char **owner; /* an old node's owner's id, pooled */
    size_t nold;
    size_t kept;      /* records with a place */
    const char **ids; /* a finalized node's id, pooled */
} span_plan_t;

static void spans_plan_release(span_plan_t *p) {
    free(p->dest);
    free(p->owner);
    free(p->ids);
    memset(p, 0, sizeof(*p));
}

/* Span records [lo, hi) of a plan: each one's node's old position, into dest. */
typedef struct {
    const sg_graph_t *g;
    uint32_t *dest;
    size_t lo, hi;
    sg_err_t rc;
} plan_part_t;

static void *plan_records(void *arg) {
    plan_part_t *pp = arg;
    const size_t at_once = 4096;
    seen_t seen = {{NULL}, {0}}; /* node id -> its position */
    sg_recs_reader_t rd;

    pp->rc = SG_OK;
    sg_recs_reader_init(&rd, &pp->g->spans);
    for (size_t i = pp->lo; i < pp->hi && pp->rc == SG_OK; i += at_once) {
        size_t m = pp->hi - i < at_once ? pp->hi - i : at_once;
        const sg_node_span_t *r;
        if ((pp->rc = sg_recs_read(&rd, i, m, (const void **)&r)) != SG_OK) {
            break;
        }
        for (size_t k = 0; k < m; k++) {
            size_t v, h;
            if (!seen_find(&seen, r[k].node, &h)) {
                seen.key[h] = r[k].node;
                seen.val[h] =
                    sg_map_get(&pp->g->node_index, r[k].node, &v) ? v : UINT32_MAX;
            }
            pp->dest[i + k] = (uint32_t)seen.val[h];
        }
    }
    sg_recs_reader_release(&rd);
    return NULL;
}

/* The plan, made after folding and before the folded nodes are dropped; the span
 * records in two halves, the second on a thread of its own when jobs allows. */
static sg_err_t spans_plan(sg_graph_t *g, const sg_map_t *fold, span_plan_t *p,
                           size_t jobs) {
    size_t n = sg_recs_count(&g->spans);
    sg_err_t rc = SG_OK;

    p->nold = g->nnodes;
    p->dest = malloc((n ? n : 1) * sizeof(*p->dest));
    p->owner = malloc((g->nnodes ? g->nnodes : 1) * sizeof(*p->owner));
    if (!p->dest || !p->owner || n >= UINT32_MAX || g->nnodes >= UINT32_MAX) {
        spans_plan_release(p);
        return !p->dest || !p->owner ? SG_ENOMEM : SG_ELIMIT;
    }
    plan_part_t half[2] = {{g, p->dest, 0, n / 2, SG_OK}, {g, p->dest, n / 2, n, SG_OK}};
    beside_t second;
    beside_start(&second, jobs, plan_records, &half[1]);
    /* the owners meanwhile: pooling may grow the pool, which the records' lookups do
     * not read (the node index is keyed by the nodes' own ids) */
    for (size_t o = 0; o < g->nnodes && rc == SG_OK; o++) {
        size_t root;
        p->owner[o] =
            pooled(g, g->nodes[sg_map_get(fold, g->nodes[o].id, &root) ? root : o].id);
        rc = p->owner[o] ? SG_OK : SG_ENOMEM;
    }
    plan_records(&half[0]);
    beside_join(&second);
    rc = rc != SG_OK ? rc : half[0].rc != SG_OK ? half[0].rc : half[1].rc;
    if (rc != SG_OK) {
        spans_plan_release(p);
    }
    return rc;
}

/* After finalize_nodes: every record's place, every node's run and pooled id. */
static sg_err_t spans_prepare(sg_graph_t *g, span_plan_t *p) {
    size_t n = sg_recs_count(&g->spans);
    uint32_t *pos = malloc((p->nold ? p->nold : 1) * sizeof(*pos));
    size_t *next = calloc(g->nnodes + 1, sizeof(*next));
    sg_err_t rc = SG_ENOMEM;

    p->ids = calloc(g->nnodes ? g->nnodes : 1, sizeof(*p->ids));
    if (pos && next && p->ids) {
        for (size_t o = 0; o < p->nold; o++) {
            size_t v;
            pos[o] =
                sg_map_get(&g->node_index, p->owner[o], &v) ? (uint32_t)v : UINT32_MAX;
            if (pos[o] != UINT32_MAX) {
                p->ids[pos[o]] = p->owner[o]; /* every node owns itself */
            }
        }
        for (size_t k = 0; k < n; k++) {
            uint32_t *d = &p->dest[k];
            if (*d != UINT32_MAX && (*d = pos[*d]) != UINT32_MAX) {
                next[*d + 1]++;
            }
        }
        for (size_t i = 0; i < g->nnodes; i++) {
            next[i + 1] += next[i];
            g->nodes[i].span0 = next[i];
            g->nodes[i].nspans = next[i + 1] - next[i];
        }
        p->kept = 0;
        for (size_t k = 0; k < n; k++) {
            if (p->dest[k] != UINT32_MAX) {
                p->dest[k] = (uint32_t)next[p->dest[k]]++;
                p->kept++;
            }
        }
        rc = SG_OK;
    }
    free(pos);
    free(next);
    return rc;
}

/* Then every node's spans gathered into one run, sorted, repeats dropped. Touches
 * the spans and the nodes' runs only, so it may run beside finalize_edges. */
static sg_err_t spans_finish(sg_graph_t *g, span_plan_t *p) {
    sg_err_t rc = sg_recs_gather(&g->spans, p->dest, p->kept);

    if (rc == SG_OK) {
        runs_t rs = {g, &g->spans, g->nnodes, cmp_span, node_run, node_run_set, p->ids};
        rc = runs_sorted(&rs);
    }
    return rc;
}

typedef struct {
    sg_graph_t *g;
    span_plan_t *plan;
    sg_err_t rc;
} spans_job_t;

static void *spans_finish_thread(void *arg) {
    spans_job_t *j = arg;
    j->rc = spans_finish(j->g, j->plan);
    return NULL;
}

/* Edges whose ends are looked up together (sg_map_get_many). */
#define ENDS_AT_ONCE 64

/* The ends of edges [i, i + n) of g, n up to ENDS_AT_ONCE and below hi, into keys
 * (source, target, source, ...) and their node positions into idx ((size_t)-1 for
 * a node g lacks); returns n. */
static size_t ends_at(const sg_graph_t *g, size_t i, size_t hi,
                      const char *keys[2 * ENDS_AT_ONCE], size_t idx[2 * ENDS_AT_ONCE]) {
    size_t n = hi - i < ENDS_AT_ONCE ? hi - i : ENDS_AT_ONCE;

    for (size_t k = 0; k < n; k++) {
        keys[2 * k] = g->edges[i + k].source;
        keys[2 * k + 1] = g->edges[i + k].target;
    }
    sg_map_get_many(&g->node_index, keys, 2 * n, idx);
    return n;
}

static void *index_ends(void *arg) {
    part_t *p = arg;
    const char *keys[2 * ENDS_AT_ONCE];
    size_t idx[2 * ENDS_AT_ONCE];

    for (size_t i = p->lo; i < p->hi; i += ENDS_AT_ONCE) {
        size_t n = ends_at(p->g, i, p->hi, keys, idx);
        for (size_t k = 0; k < n; k++) {
            sg_edge_t *e = &p->g->edges[i + k];
            size_t s = idx[2 * k], t = idx[2 * k + 1];
            p->missing |= s == (size_t)-1 || t == (size_t)-1;
            e->source_index = s == (size_t)-1 ? 0 : (uint32_t)s;
            e->target_index = t == (size_t)-1 ? 0 : (uint32_t)t;
        }
    }
    return NULL;
}

/* Edges (no self-loops; duplicates after folding merged by moving their evidence):
 * their ends' node indices looked up (on two threads when jobs allows), sorted,
 * numbered. Runs after finalize_nodes. */
/* Do edges a and b join the same source to the same target? */
static int same_ends(const sg_graph_t *g, const sg_edge_t *a, const sg_edge_t *b) {
    return g->edges_indexed
               ? a->source_index == b->source_index && a->target_index == b->target_index
               : strcmp(a->source, b->source) == 0 && strcmp(a->target, b->target) == 0;
}

static sg_err_t finalize_edges(sg_graph_t *g, size_t jobs) {
    size_t w, kept = 0, nold = g->nedges, nev;
    uint32_t *dest;
    sg_err_t rc;
    part_t half[2] = {{g, 0, nold / 2, 0}, {g, nold / 2, nold, 0}};
    beside_t second;
    int (*cmp)(const void *, const void *);

    beside_start(&second, jobs, index_ends, &half[1]);
    index_ends(&half[0]);
    beside_join(&second);
    /* an edge to a node the graph lacks (a graph not validated): strings decide */
    g->edges_indexed = !half[0].missing && !half[1].missing && g->nnodes <= UINT32_MAX;
    cmp = g->edges_indexed ? cmp_edge_indexed : cmp_edge;
    if (!g->edges_indexed || nold < EDGE_COUNT_MIN || sort_edges_indexed(g, nold) != 0) {
        sg_sort(g->edges, nold, sizeof(*g->edges), cmp);
    }
    nev = sg_recs_count(&g->evidence);
    if (!(dest = malloc((nev ? nev : 1) * sizeof(*dest)))) {
        g->edges_indexed = 0;
        return SG_ENOMEM;
    }
    /* repeats merge into the first of them; the evidence is given its new places:
     * each edge's in one run, in edge order (self-loops' dropped, but for one on a
     * node the graph lacks, kept for sg_graph_validate to name) */
    for (size_t k = 0; k < nev; k++) {
        dest[k] = UINT32_MAX;
    }
    w = 0;
    for (size_t i = 0; i < nold; i++) {
        sg_edge_t *e = &g->edges[i];
        if (g->edges_indexed
                ? e->source_index == e->target_index
                : strcmp(e->source, e->target) == 0 && sg_graph_find(g, e->source) >= 0) {
            continue;
        }
        if (w && e->type == SG_EDGE_MEMBER_OF && g->edges[w - 1].type == SG_EDGE_LEADS &&
            same_ends(g, &g->edges[w - 1], e)) {
            continue; /* one who leads a body is no mere member of it: the member_of
                       * edge and its evidence go (order-free: leads sorts first) */
        }
        for (size_t k = 0; k < e->nev; k++) {
            dest[e->ev + k] = (uint32_t)kept++;
        }
        if (w && cmp(&g->edges[w - 1], e) == 0) {
            sg_edge_t *d = &g->edges[w - 1];
            d->nev += e->nev;
            if (e->role && (!d->role || strcmp(e->role, d->role) < 0)) {
                d->role = e->role;
            }
            continue;
        }
        e->ev = (uint32_t)(kept - e->nev);
        g->edges[w++] = *e;
    }
    g->nedges = w;
    rc = sg_recs_gather(&g->evidence, dest, kept);
    free(dest);
    if (rc == SG_OK) {
        runs_t rs = {g,        &g->evidence, g->nedges, cmp_evidence,
                     edge_run, edge_run_set, NULL};
        rc = runs_sorted(&rs);
    }
    if (rc != SG_OK) {
        g->edges_indexed = 0;
    }
    /* repeats merged: the array of edges as added is a third longer than the graph's */
    fit((void **)&g->edges, g->nedges, &g->capedges, sizeof(*g->edges));
    return rc;
}

/* finalize_quotes_docs on a thread of its own. */
typedef struct {
    sg_graph_t *g;
    const sg_map_t *fold;
    const char *const *owner;
    sg_err_t rc;
} quotes_job_t;

static void *finalize_quotes_docs_thread(void *arg) {
    quotes_job_t *j = arg;
    j->rc = finalize_quotes_docs(j->g, j->fold, j->owner);
    return NULL;
}

sg_err_t sg_graph_finalize(sg_graph_t *g, sg_error_t *err) {
    return sg_graph_finalize_jobs(g, 1, err);
}

sg_err_t sg_graph_finalize_jobs(sg_graph_t *g, size_t jobs, sg_error_t *err) {
    sg_map_t fold;
    span_plan_t spans = {NULL, NULL, 0, 0, NULL};
    sg_err_t rc;
    size_t w;

    sg_map_init(&fold);
    g->edges_indexed = 0;
    if ((rc = fold_aliases(g, &fold)) != SG_OK) {
        goto done;
    }
    /* rewrite references to folded nodes (the quotations' as they are sorted),
     * then drop those nodes */
    if ((rc = spans_plan(g, &fold, &spans, jobs)) != SG_OK) {
        goto done;
    }
    for (size_t i = 0; i < g->nedges; i++) {
        g->edges[i].source = folded(&fold, spans.owner, g->edges[i].source);
        g->edges[i].target = folded(&fold, spans.owner, g->edges[i].target);
    }
    w = 0;
    for (size_t i = 0; i < g->nnodes; i++) {
        if (sg_map_get(&fold, g->nodes[i].id, NULL)) {
            node_release(&g->nodes[i]);
            continue;
        }
        g->nodes[w++] = g->nodes[i];
    }
    g->nnodes = w;
    {
        /* quotations and documents on a thread of their own when one may run */
        quotes_job_t other = {g, &fold, spans.owner, SG_OK};
        beside_t quotes;
        beside_start(&quotes, jobs, finalize_quotes_docs_thread, &other);
        rc = finalize_nodes(g);
        beside_join(&quotes);
        if (rc == SG_OK) {
            rc = other.rc;
        }
    }
    if (rc == SG_OK && (rc = spans_prepare(g, &spans)) == SG_OK) {
        /* the spans on a thread of their own beside the edges when one may run */
        spans_job_t sj = {g, &spans, SG_OK};
        beside_t beside;
        beside_start(&beside, jobs, spans_finish_thread, &sj);
        rc = finalize_edges(g, jobs);
        beside_join(&beside);
        if (rc == SG_OK) {
            rc = sj.rc;
        }
    }
    if (rc == SG_OK) {
        g->has_centrality = 0;
    }
done:
    spans_plan_release(&spans);
    sg_map_release(&fold);
    if (rc != SG_OK) {
        sg_error_set(err, rc, NULL, 0, 0, "%s", sg_strerror(rc));
    }
    return rc;
}

/* Every quotation's speaker and about list name nodes of g. */
static sg_err_t validate_quotes(const sg_graph_t *g, sg_error_t *err) {
    quote_reader_t rd;
    sg_err_t rc = SG_OK;

    quote_reader_init(&rd, g);
    for (size_t i = 0; i < sg_graph_nquotes(g) && rc == SG_OK; i++) {
        const sg_quote_t *q;
        const char *const *about;
        if ((rc = quote_read(&rd, i, &q, &about)) != SG_OK) {
            rc = sg_error_set(err, rc, NULL, 0, 0, "%s", sg_strerror(rc));
            break;
        }
        if (sg_graph_find(g, q->speaker) < 0) {
            rc = sg_error_set(err, SG_EPARSE, NULL, 0, 0,
                              "quote refers to missing speaker '%s'", q->speaker);
        }
        for (size_t k = 0; k < q->nabout && rc == SG_OK; k++) {
            if (sg_graph_find(g, about[k]) < 0) {
                rc = sg_error_set(err, SG_EPARSE, NULL, 0, 0,
                                  "quote refers to missing node '%s'", about[k]);
            }
        }
    }
    quote_reader_release(&rd);
    return rc;
}

sg_err_t sg_graph_validate(const sg_graph_t *g, sg_error_t *err) {
    const char *keys[2 * ENDS_AT_ONCE];
    size_t idx[2 * ENDS_AT_ONCE];

    /* finalize found every edge's ends (and nothing changed since): no lookups */
    for (size_t i = 0; i < g->nedges && !g->edges_indexed; i += ENDS_AT_ONCE) {
        size_t n = ends_at(g, i, g->nedges, keys, idx);
        for (size_t k = 0; k < 2 * n; k++) {
            if (idx[k] == (size_t)-1) {
                const sg_edge_t *e = &g->edges[i + k / 2];
                return sg_error_set(err, SG_EPARSE, NULL, 0, 0,
                                    "edge %s-%s refers to missing node '%s'", e->source,
                                    e->target, keys[k]);
            }
        }
    }
    return validate_quotes(g, err);
}
