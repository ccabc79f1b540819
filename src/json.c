/* json.c - graph JSON and JSON Lines fragments, written and read with jansson. */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "sg_json.h"

/* ---- writing ---- */

static json_t *strv_json(const sg_strv_t *s)
{
    json_t *a = json_array();
    for (size_t i = 0; a && i < s->n; i++) {
        if (json_array_append_new(a, json_string(s->v[i]))) {
            json_decref(a);
            return NULL;
        }
    }
    return a;
}

static json_t *str_or_null(const char *s)
{
    return s ? json_string(s) : json_null();
}

static json_t *doc_json(const sg_document_t *d)
{
    return json_pack("{s:s, s:s, s:o, s:o, s:I, s:s}", "id", d->id, "path", d->path, "title",
                     str_or_null(d->title), "date", str_or_null(d->date), "bytes",
                     (json_int_t)d->bytes, "sha256", d->sha256);
}

static json_t *node_json(const sg_node_t *n, int centrality)
{
    json_t *spans = json_array();
    json_t *o;

    for (size_t i = 0; spans && i < n->nspans; i++) {
        if (json_array_append_new(spans, json_pack("{s:s, s:I, s:I}", "doc", n->spans[i].doc,
                                                   "start", (json_int_t)n->spans[i].start,
                                                   "end", (json_int_t)n->spans[i].end))) {
            json_decref(spans);
            return NULL;
        }
    }
    o = json_pack("{s:s, s:s, s:s, s:o, s:o, s:o, s:I, s:o, s:o}", "id", n->id, "type",
                  sg_node_type_name(n->type), "name", n->name, "aliases", strv_json(&n->aliases),
                  "titles", strv_json(&n->titles), "roles", strv_json(&n->roles), "mentions",
                  (json_int_t)n->nspans, "documents", strv_json(&n->docs), "spans", spans);
    if (o && centrality) {
        const sg_centrality_t *c = &n->c;
        if (json_object_set_new(o, "centrality",
                                json_pack("{s:f, s:f, s:f, s:f, s:f, s:f, s:f}", "degree",
                                          c->degree, "in_degree", c->in_degree, "out_degree",
                                          c->out_degree, "pagerank", c->pagerank, "betweenness",
                                          c->betweenness, "eigenvector", c->eigenvector,
                                          "net_stance", c->stance))) {
            json_decref(o);
            return NULL;
        }
    }
    return o;
}

static json_t *edge_json(const sg_edge_t *e)
{
    json_t *ev = json_array();

    for (size_t i = 0; ev && i < e->nev; i++) {
        const sg_evidence_t *x = &e->ev[i];
        json_t *o = json_pack("{s:s, s:I, s:I, s:s, s:s}", "doc", x->doc, "start",
                              (json_int_t)x->start, "end", (json_int_t)x->end, "sentence",
                              x->sentence, "cue", x->cue);
        if (o && x->quote && json_object_set_new(o, "quote", json_string(x->quote))) {
            json_decref(o);
            o = NULL;
        }
        if (!o || json_array_append_new(ev, o)) {
            json_decref(ev);
            return NULL;
        }
    }
    return json_pack("{s:s, s:s, s:s, s:s, s:i, s:I, s:o, s:o}", "id", e->id ? e->id : "",
                     "source", e->source, "target", e->target, "type",
                     sg_edge_type_name(e->type), "sign", e->sign, "weight", (json_int_t)e->nev,
                     "role", str_or_null(e->role), "evidence", ev);
}

static json_t *quote_json(const sg_quote_t *q)
{
    return json_pack("{s:s, s:s, s:s, s:I, s:I, s:s, s:s, s:o}", "id", q->id ? q->id : "",
                     "speaker", q->speaker, "doc", q->doc, "start", (json_int_t)q->start, "end",
                     (json_int_t)q->end, "text", q->text, "cue", q->cue, "about",
                     strv_json(&q->about));
}

static sg_err_t append_dump(sg_buf_t *out, json_t *j, size_t flags)
{
    char *s;
    sg_err_t rc;

    if (!j) {
        return SG_ENOMEM;
    }
    s = json_dumps(j, flags | JSON_REAL_PRECISION(10));
    json_decref(j);
    if (!s) {
        return SG_ENOMEM;
    }
    rc = sg_buf_puts(out, s);
    free(s);
    return rc == SG_OK ? sg_buf_append(out, "\n", 1) : rc;
}

sg_err_t sg_json_write_graph(const sg_graph_t *g, sg_buf_t *out, sg_error_t *err)
{
    json_t *root = json_pack("{s:s, s:i}", "format", "stakegraph-graph", "version", 1);
    json_t *docs = json_array(), *nodes = json_array(), *edges = json_array(),
           *quotes = json_array();
    sg_err_t rc = SG_ENOMEM;

    if (!root || !docs || !nodes || !edges || !quotes) {
        goto fail;
    }
    for (size_t i = 0; i < g->ndocs; i++) {
        if (json_array_append_new(docs, doc_json(&g->docs[i]))) {
            goto fail;
        }
    }
    for (size_t i = 0; i < g->nnodes; i++) {
        if (json_array_append_new(nodes, node_json(&g->nodes[i], g->has_centrality))) {
            goto fail;
        }
    }
    for (size_t i = 0; i < g->nedges; i++) {
        if (json_array_append_new(edges, edge_json(&g->edges[i]))) {
            goto fail;
        }
    }
    for (size_t i = 0; i < g->nquotes; i++) {
        if (json_array_append_new(quotes, quote_json(&g->quotes[i]))) {
            goto fail;
        }
    }
    if (json_object_set_new(root, "documents", docs) ||
        json_object_set_new(root, "nodes", nodes) || json_object_set_new(root, "edges", edges) ||
        json_object_set_new(root, "quotes", quotes)) {
        docs = nodes = edges = quotes = NULL;
        goto fail;
    }
    return append_dump(out, root, JSON_INDENT(1));
fail:
    json_decref(root);
    json_decref(docs);
    json_decref(nodes);
    json_decref(edges);
    json_decref(quotes);
    return sg_error_set(err, rc, NULL, 0, 0, "%s", sg_strerror(rc));
}

static json_t *with_kind(json_t *o, const char *kind)
{
    if (o && json_object_set_new(o, "kind", json_string(kind))) {
        json_decref(o);
        return NULL;
    }
    return o;
}

sg_err_t sg_json_write_fragment(const sg_graph_t *g, sg_buf_t *out, sg_error_t *err)
{
    sg_err_t rc = SG_OK;

    for (size_t i = 0; i < g->ndocs && rc == SG_OK; i++) {
        rc = append_dump(out, with_kind(doc_json(&g->docs[i]), "document"), JSON_COMPACT);
    }
    for (size_t i = 0; i < g->nnodes && rc == SG_OK; i++) {
        rc = append_dump(out, with_kind(node_json(&g->nodes[i], 0), "node"), JSON_COMPACT);
    }
    for (size_t i = 0; i < g->nedges && rc == SG_OK; i++) {
        rc = append_dump(out, with_kind(edge_json(&g->edges[i]), "edge"), JSON_COMPACT);
    }
    for (size_t i = 0; i < g->nquotes && rc == SG_OK; i++) {
        rc = append_dump(out, with_kind(quote_json(&g->quotes[i]), "quote"), JSON_COMPACT);
    }
    if (rc != SG_OK) {
        sg_error_set(err, rc, NULL, 0, 0, "%s", sg_strerror(rc));
    }
    return rc;
}

/* ---- reading ---- */

typedef struct {
    const char *name;
    int line;
    const char *where; /* "nodes[3]" */
    sg_error_t *err;
} rd_t;

static sg_err_t shape(rd_t *r, const char *fmt, const char *what)
{
    return sg_error_set(r->err, SG_EPARSE, r->name, r->line, 0, "%s: %s %s", r->where, what, fmt);
}

static const char *get_str(rd_t *r, json_t *o, const char *key, int required, sg_err_t *rc)
{
    json_t *v = json_object_get(o, key);

    if (!v || json_is_null(v)) {
        if (required && *rc == SG_OK) {
            *rc = shape(r, "is missing", key);
        }
        return NULL;
    }
    if (!json_is_string(v)) {
        if (*rc == SG_OK) {
            *rc = shape(r, "must be a string", key);
        }
        return NULL;
    }
    return json_string_value(v);
}

static size_t get_size(rd_t *r, json_t *o, const char *key, int required, sg_err_t *rc)
{
    json_t *v = json_object_get(o, key);

    if (!v) {
        if (required && *rc == SG_OK) {
            *rc = shape(r, "is missing", key);
        }
        return 0;
    }
    if (!json_is_integer(v) || json_integer_value(v) < 0) {
        if (*rc == SG_OK) {
            *rc = shape(r, "must be a non-negative integer", key);
        }
        return 0;
    }
    return (size_t)json_integer_value(v);
}

static sg_err_t get_strv(rd_t *r, json_t *o, const char *key, sg_strv_t *out)
{
    json_t *a = json_object_get(o, key), *v;
    size_t i;

    if (!a || json_is_null(a)) {
        return SG_OK;
    }
    if (!json_is_array(a)) {
        return shape(r, "must be an array of strings", key);
    }
    json_array_foreach(a, i, v)
    {
        if (!json_is_string(v)) {
            return shape(r, "must be an array of strings", key);
        }
        if (sg_strv_add_unique(out, json_string_value(v)) != SG_OK) {
            return SG_ENOMEM;
        }
    }
    return SG_OK;
}

static sg_err_t read_document(rd_t *r, json_t *o, sg_graph_t *g)
{
    sg_document_t d;
    sg_err_t rc = SG_OK;
    const char *sha;

    memset(&d, 0, sizeof(d));
    d.id = (char *)get_str(r, o, "id", 1, &rc);
    d.path = (char *)get_str(r, o, "path", 0, &rc);
    d.title = (char *)get_str(r, o, "title", 0, &rc);
    d.date = (char *)get_str(r, o, "date", 0, &rc);
    d.bytes = get_size(r, o, "bytes", 0, &rc);
    sha = get_str(r, o, "sha256", 0, &rc);
    if (rc != SG_OK) {
        return rc;
    }
    snprintf(d.sha256, sizeof(d.sha256), "%s", sha ? sha : "");
    return sg_graph_add_document(g, &d);
}

static sg_err_t read_node(rd_t *r, json_t *o, sg_graph_t *g, sg_map_t *seen)
{
    sg_err_t rc = SG_OK;
    const char *id = get_str(r, o, "id", 1, &rc);
    const char *type = get_str(r, o, "type", 1, &rc);
    const char *name = get_str(r, o, "name", 1, &rc);
    sg_node_type_t t;
    sg_node_t tmp;
    size_t idx;
    json_t *spans, *v, *c;
    size_t i;

    if (rc != SG_OK) {
        return rc;
    }
    if (sg_node_type_parse(type, &t) != 0) {
        return sg_error_set(r->err, SG_EPARSE, r->name, r->line, 0,
                            "%s: unknown node type '%s'", r->where, type);
    }
    if (seen) {
        if (sg_map_get(seen, id, NULL)) {
            return sg_error_set(r->err, SG_EPARSE, r->name, r->line, 0,
                                "%s: duplicate node id '%s'", r->where, id);
        }
        if (sg_map_put(seen, id, 0) != SG_OK) {
            return SG_ENOMEM;
        }
    }
    memset(&tmp, 0, sizeof(tmp));
    if ((rc = get_strv(r, o, "aliases", &tmp.aliases)) || (rc = get_strv(r, o, "titles", &tmp.titles)) ||
        (rc = get_strv(r, o, "roles", &tmp.roles)) || (rc = get_strv(r, o, "documents", &tmp.docs))) {
        goto done;
    }
    spans = json_object_get(o, "spans");
    if (spans && !json_is_array(spans)) {
        rc = shape(r, "must be an array", "spans");
        goto done;
    }
    json_array_foreach(spans, i, v)
    {
        const char *doc = get_str(r, v, "doc", 1, &rc);
        size_t s = get_size(r, v, "start", 1, &rc), e = get_size(r, v, "end", 1, &rc);
        if (rc != SG_OK || (rc = sg_node_add_span(&tmp, doc, s, e)) != SG_OK) {
            goto done;
        }
    }
    /* the id in the file is kept as is */
    {
        long found = sg_graph_find(g, id);
        if (found < 0) {
            if ((rc = sg_graph_add_node(g, t, name, &idx)) != SG_OK) {
                goto done;
            }
            if (strcmp(g->nodes[idx].id, id) != 0) {
                /* a foreign id: re-key the node under it */
                char *nid = sg_strdup(id);
                if (!nid || sg_map_put(&g->node_index, id, idx) != SG_OK) {
                    free(nid);
                    rc = SG_ENOMEM;
                    goto done;
                }
                free(g->nodes[idx].id);
                g->nodes[idx].id = nid;
            }
        } else {
            idx = (size_t)found;
            if (strcmp(g->nodes[idx].name, name) != 0 &&
                (rc = sg_strv_add_unique(&g->nodes[idx].aliases, name)) != SG_OK) {
                goto done;
            }
        }
    }
    {
        sg_node_t *n = &g->nodes[idx];
        sg_strv_t *lists[][2] = {{&n->aliases, &tmp.aliases},
                                 {&n->titles, &tmp.titles},
                                 {&n->roles, &tmp.roles},
                                 {&n->docs, &tmp.docs}};
        for (size_t k = 0; k < 4 && rc == SG_OK; k++) {
            for (size_t j = 0; j < lists[k][1]->n && rc == SG_OK; j++) {
                rc = sg_strv_add_unique(lists[k][0], lists[k][1]->v[j]);
            }
        }
        for (size_t j = 0; j < tmp.nspans && rc == SG_OK; j++) {
            rc = sg_node_add_span(n, tmp.spans[j].doc, tmp.spans[j].start, tmp.spans[j].end);
        }
        c = json_object_get(o, "centrality");
        if (rc == SG_OK && json_is_object(c)) {
            n->c.degree = json_number_value(json_object_get(c, "degree"));
            n->c.in_degree = json_number_value(json_object_get(c, "in_degree"));
            n->c.out_degree = json_number_value(json_object_get(c, "out_degree"));
            n->c.pagerank = json_number_value(json_object_get(c, "pagerank"));
            n->c.betweenness = json_number_value(json_object_get(c, "betweenness"));
            n->c.eigenvector = json_number_value(json_object_get(c, "eigenvector"));
            n->c.stance = json_number_value(json_object_get(c, "net_stance"));
        }
    }
done:
    sg_strv_release(&tmp.aliases);
    sg_strv_release(&tmp.titles);
    sg_strv_release(&tmp.roles);
    sg_strv_release(&tmp.docs);
    for (size_t j = 0; j < tmp.nspans; j++) {
        free(tmp.spans[j].doc);
    }
    free(tmp.spans);
    return rc;
}

static sg_err_t read_edge(rd_t *r, json_t *o, sg_graph_t *g)
{
    sg_err_t rc = SG_OK;
    const char *src = get_str(r, o, "source", 1, &rc);
    const char *dst = get_str(r, o, "target", 1, &rc);
    const char *type = get_str(r, o, "type", 1, &rc);
    const char *role = get_str(r, o, "role", 0, &rc);
    json_t *ev = json_object_get(o, "evidence"), *v;
    sg_edge_type_t t;
    size_t i;

    if (rc != SG_OK) {
        return rc;
    }
    if (sg_edge_type_parse(type, &t) != 0) {
        return sg_error_set(r->err, SG_EPARSE, r->name, r->line, 0,
                            "%s: unknown edge type '%s'", r->where, type);
    }
    if (ev && !json_is_array(ev)) {
        return shape(r, "must be an array", "evidence");
    }
    if (!ev || json_array_size(ev) == 0) {
        return sg_graph_add_edge(g, src, dst, t, role, NULL);
    }
    json_array_foreach(ev, i, v)
    {
        sg_evidence_t e;
        memset(&e, 0, sizeof(e));
        if (!json_is_object(v)) {
            return shape(r, "must hold objects", "evidence");
        }
        e.doc = (char *)get_str(r, v, "doc", 1, &rc);
        e.start = get_size(r, v, "start", 0, &rc);
        e.end = get_size(r, v, "end", 0, &rc);
        e.sentence = (char *)get_str(r, v, "sentence", 0, &rc);
        e.cue = (char *)get_str(r, v, "cue", 0, &rc);
        e.quote = (char *)get_str(r, v, "quote", 0, &rc);
        if (rc != SG_OK || (rc = sg_graph_add_edge(g, src, dst, t, role, &e)) != SG_OK) {
            return rc;
        }
    }
    return SG_OK;
}

static sg_err_t read_quote(rd_t *r, json_t *o, sg_graph_t *g)
{
    sg_err_t rc = SG_OK;
    sg_quote_t q;

    memset(&q, 0, sizeof(q));
    q.speaker = (char *)get_str(r, o, "speaker", 1, &rc);
    q.doc = (char *)get_str(r, o, "doc", 1, &rc);
    q.text = (char *)get_str(r, o, "text", 1, &rc);
    q.cue = (char *)get_str(r, o, "cue", 0, &rc);
    q.start = get_size(r, o, "start", 0, &rc);
    q.end = get_size(r, o, "end", 0, &rc);
    if (rc == SG_OK) {
        rc = get_strv(r, o, "about", &q.about);
    }
    if (rc == SG_OK) {
        rc = sg_graph_add_quote(g, &q);
    }
    sg_strv_release(&q.about);
    return rc;
}

static sg_err_t read_array(rd_t *r, json_t *root, const char *key, sg_graph_t *g,
                           sg_map_t *seen)
{
    json_t *a = json_object_get(root, key), *v;
    char where[96];
    size_t i;
    sg_err_t rc = SG_OK;

    if (!a) {
        return SG_OK;
    }
    if (!json_is_array(a)) {
        r->where = key;
        return shape(r, "must be an array", "");
    }
    json_array_foreach(a, i, v)
    {
        snprintf(where, sizeof(where), "%s[%zu]", key, i);
        r->where = where;
        if (!json_is_object(v)) {
            return shape(r, "must be an object", "");
        }
        if (strcmp(key, "documents") == 0) {
            rc = read_document(r, v, g);
        } else if (strcmp(key, "nodes") == 0) {
            rc = read_node(r, v, g, seen);
        } else if (strcmp(key, "edges") == 0) {
            rc = read_edge(r, v, g);
        } else {
            rc = read_quote(r, v, g);
        }
        if (rc != SG_OK) {
            return rc;
        }
    }
    return SG_OK;
}

/* Deepest nesting of a JSON text, counted on brackets outside strings. */
static size_t json_depth(const char *s, size_t n, size_t limit, size_t *at)
{
    size_t d = 0, max = 0;
    int in_str = 0;

    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (in_str) {
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                in_str = 0;
            }
        } else if (c == '"') {
            in_str = 1;
        } else if (c == '{' || c == '[') {
            if (++d > max) {
                max = d;
                if (max > limit) {
                    *at = i;
                    return max;
                }
            }
        } else if ((c == '}' || c == ']') && d) {
            d--;
        }
    }
    return max;
}

static sg_err_t parse(const char *data, size_t len, const char *name, int line0,
                      size_t max_depth, json_t **out, sg_error_t *err)
{
    json_error_t je;
    size_t at = 0;

    if (json_depth(data, len, max_depth, &at) > max_depth) {
        int line = line0;
        for (size_t i = 0; i < at; i++) {
            line += data[i] == '\n';
        }
        return sg_error_set(err, SG_ELIMIT, name, line, 0,
                            "JSON nested deeper than %zu levels", max_depth);
    }
    *out = json_loadb(data, len, JSON_REJECT_DUPLICATES, &je);
    if (!*out) {
        return sg_error_set(err, SG_EPARSE, name, line0 + je.line - 1, je.column, "%s", je.text);
    }
    return SG_OK;
}

sg_err_t sg_json_read(const char *data, size_t len, const char *name, size_t max_depth,
                      sg_graph_t *g, sg_error_t *err)
{
    rd_t r = {name, 0, "", err};
    json_t *root = NULL;
    sg_map_t seen;
    sg_err_t rc;
    size_t i = 0;

    if (!max_depth) {
        max_depth = 64;
    }
    while (i < len && (data[i] == ' ' || data[i] == '\n' || data[i] == '\r' || data[i] == '\t')) {
        i++;
    }
    if (i == len) {
        return sg_error_set(err, SG_EPARSE, name, 0, 0, "empty file, expected graph JSON or fragments");
    }
    sg_map_init(&seen);
    /* a graph file is one object with "format"; anything else is read as lines */
    const char *nl = memchr(data + i, '\n', len - i);
    int one_line_record = nl && data[i] == '{';
    if (one_line_record) {
        json_error_t je;
        json_t *first = json_loadb(data + i, (size_t)(nl - data - i), 0, &je);
        one_line_record = first && json_is_object(first) && json_object_get(first, "kind");
        json_decref(first);
    }
    if (!one_line_record) {
        if ((rc = parse(data, len, name, 1, max_depth, &root, err)) != SG_OK) {
            goto done;
        }
        if (json_is_object(root) && json_object_get(root, "kind")) {
            goto lines; /* a fragment of one record */
        }
        const char *fmt = json_string_value(json_object_get(root, "format"));
        if (!json_is_object(root) || !fmt || strcmp(fmt, "stakegraph-graph") != 0) {
            rc = sg_error_set(err, SG_EPARSE, name, 0, 0,
                              "not a stakegraph graph (no \"format\": \"stakegraph-graph\")");
            goto done;
        }
        if ((rc = read_array(&r, root, "documents", g, NULL)) ||
            (rc = read_array(&r, root, "nodes", g, &seen)) ||
            (rc = read_array(&r, root, "edges", g, NULL)) ||
            (rc = read_array(&r, root, "quotes", g, NULL))) {
            goto done;
        }
        json_t *nodes = json_object_get(root, "nodes");
        g->has_centrality = json_array_size(nodes) > 0 &&
                            json_object_get(json_array_get(nodes, 0), "centrality") != NULL;
        rc = SG_OK;
        goto done;
    }
lines:
    json_decref(root);
    root = NULL;
    rc = SG_OK;
    for (size_t p = 0, line = 1; p < len && rc == SG_OK; line++) {
        const char *e = memchr(data + p, '\n', len - p);
        size_t n = e ? (size_t)(e - data - p) : len - p;
        size_t k = 0;
        while (k < n && (data[p + k] == ' ' || data[p + k] == '\r' || data[p + k] == '\t')) {
            k++;
        }
        if (k < n) {
            json_t *o = NULL;
            char where[64];
            if ((rc = parse(data + p, n, name, (int)line, max_depth, &o, err)) != SG_OK) {
                break;
            }
            const char *kind = json_is_object(o) ? json_string_value(json_object_get(o, "kind")) : NULL;
            snprintf(where, sizeof(where), "record of kind '%s'", kind ? kind : "?");
            r.line = (int)line;
            r.where = where;
            if (!kind) {
                rc = sg_error_set(err, SG_EPARSE, name, (int)line, 0,
                                  "expected an object with a \"kind\"");
            } else if (strcmp(kind, "document") == 0) {
                rc = read_document(&r, o, g);
            } else if (strcmp(kind, "node") == 0) {
                rc = read_node(&r, o, g, NULL);
            } else if (strcmp(kind, "edge") == 0) {
                rc = read_edge(&r, o, g);
            } else if (strcmp(kind, "quote") == 0) {
                rc = read_quote(&r, o, g);
            } else {
                rc = sg_error_set(err, SG_EPARSE, name, (int)line, 0, "unknown record kind '%s'", kind);
            }
            json_decref(o);
        }
        p += n + 1;
    }
done:
    json_decref(root);
    sg_map_release(&seen);
    if (rc == SG_ENOMEM) {
        sg_error_set(err, rc, name, 0, 0, "out of memory");
    }
    return rc;
}
