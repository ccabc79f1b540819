/* export.c - node-link, Cytoscape.js, graphology, GEXF, GraphML and Neo4j CSV. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sg_export.h"
#include "sg_jsonw.h"

int sg_export_format_parse(const char *s, sg_export_format_t *f) {
    static const char *const names[] = {"node-link", "cytoscape", "graphology",
                                        "gexf",      "graphml",   "csv"};
    for (int i = 0; i < 6; i++) {
        if (strcmp(s, names[i]) == 0) {
            *f = (sg_export_format_t)i;
            return 0;
        }
    }
    return -1;
}

/* ---- The attributes every format carries, flattened to scalars ---- */

/* An attribute: its name, the type the XML formats declare, and its value for one
 * node or edge (a string, a whole number, or a real, whatever the declared type). */
typedef struct {
    const char *name, *type;
} attr_key_t;

typedef enum { V_STR, V_INT, V_REAL } val_kind_t;

typedef struct {
    val_kind_t kind;
    const char *s;
    long long i;
    double d;
} attr_val_t;

static const attr_key_t node_keys[] = {
    {"name", "string"},        {"type", "string"},       {"aliases", "string"},
    {"roles", "string"},       {"titles", "string"},     {"mentions", "int"},
    {"documents", "int"},      {"degree", "double"},     {"in_degree", "double"},
    {"out_degree", "double"},  {"pagerank", "double"},   {"betweenness", "double"},
    {"eigenvector", "double"}, {"net_stance", "double"},
};
#define N_NODE_KEYS (sizeof(node_keys) / sizeof(node_keys[0]))

static const attr_key_t edge_keys[] = {
    {"type", "string"}, {"sign", "int"},     {"weight", "double"},
    {"role", "string"}, {"evidence", "int"}, {"cue", "string"},
};
#define N_EDGE_KEYS (sizeof(edge_keys) / sizeof(edge_keys[0]))

static attr_val_t v_str(const char *s) {
    return (attr_val_t){V_STR, s, 0, 0};
}

static attr_val_t v_int(long long i) {
    return (attr_val_t){V_INT, NULL, i, 0};
}

static attr_val_t v_real(double d) {
    return (attr_val_t){V_REAL, NULL, 0, d};
}

/* The strings of s joined by sep in b (emptied first, kept for the next list); NULL
 * when memory ran out. */
static const char *joined(const sg_strv_t *s, const char *sep, sg_buf_t *b) {
    sg_err_t rc = SG_OK;

    b->len = 0;
    for (size_t i = 0; i < s->n && rc == SG_OK; i++) {
        if (i) {
            rc = sg_buf_puts(b, sep);
        }
        if (rc == SG_OK) {
            rc = sg_buf_puts(b, s->v[i]);
        }
    }
    if (rc != SG_OK) {
        return NULL;
    }
    if (b->data) {
        b->data[b->len] = '\0'; /* an empty list after a longer one */
    }
    return b->data ? b->data : "";
}

/* Three buffers a node's joined lists are made in, kept from node to node. */
typedef struct {
    sg_buf_t aliases, roles, titles;
} lists_t;

static void lists_init(lists_t *l) {
    sg_buf_init(&l->aliases);
    sg_buf_init(&l->roles);
    sg_buf_init(&l->titles);
}

static void lists_release(lists_t *l) {
    sg_buf_release(&l->aliases);
    sg_buf_release(&l->roles);
    sg_buf_release(&l->titles);
}

/* The values of node_keys for n; the joined lists live in l until its next use. */
static sg_err_t node_vals(const sg_node_t *n, lists_t *l, attr_val_t v[N_NODE_KEYS]) {
    const char *aliases = joined(&n->aliases, "; ", &l->aliases),
               *roles = joined(&n->roles, "; ", &l->roles),
               *titles = joined(&n->titles, "; ", &l->titles);

    if (!aliases || !roles || !titles) {
        return SG_ENOMEM;
    }
    v[0] = v_str(n->name);
    v[1] = v_str(sg_node_type_name(n->type));
    v[2] = v_str(aliases);
    v[3] = v_str(roles);
    v[4] = v_str(titles);
    v[5] = v_int((long long)n->nspans);
    v[6] = v_int((long long)n->docs.n);
    v[7] = v_real(n->c.degree);
    v[8] = v_real(n->c.in_degree);
    v[9] = v_real(n->c.out_degree);
    v[10] = v_real(n->c.pagerank);
    v[11] = v_real(n->c.betweenness);
    v[12] = v_real(n->c.eigenvector);
    v[13] = v_real(n->c.stance);
    return SG_OK;
}

/* The cue of e's first piece of evidence, "" when it has none. */
static sg_err_t first_cue(const sg_graph_t *g, const sg_edge_t *e, const char **cue) {
    sg_evidence_t ev;
    sg_err_t rc = SG_OK;

    *cue = "";
    if (e->nev && (rc = sg_graph_evidence(g, e, 0, &ev)) == SG_OK) {
        *cue = ev.cue; /* pooled: lives as long as g */
    }
    return rc;
}

/* The values of edge_keys for e (the weight is its count of evidence). */
static sg_err_t edge_vals(const sg_graph_t *g, const sg_edge_t *e,
                          attr_val_t v[N_EDGE_KEYS]) {
    const char *cue;
    sg_err_t rc = first_cue(g, e, &cue);

    if (rc != SG_OK) {
        return rc;
    }
    v[0] = v_str(sg_edge_type_name(e->type));
    v[1] = v_int(e->sign);
    v[2] = v_int((long long)e->nev);
    v[3] = v_str(e->role ? e->role : "");
    v[4] = v_int((long long)e->nev);
    v[5] = v_str(cue);
    return SG_OK;
}

/* ---- where an export goes ---- */

/* Bytes are handed on once they pass this, at the end of a record. */
#define SPILL_AT ((size_t)1 << 20)

/* Hand what s->buf holds to s->flush (when it has one) once it passes SPILL_AT, or
 * at the end (last); the buffer is emptied for what comes next. */
static sg_err_t spill(sg_export_sink_t *s, int last) {
    sg_err_t rc = SG_OK;

    if (s->flush && s->buf->len && (last || s->buf->len >= SPILL_AT)) {
        rc = s->flush(s->arg, s->buf->data, s->buf->len);
        s->buf->len = 0;
        s->buf->data[0] = '\0';
    }
    return rc;
}

/* ---- JSON formats ----
 * Written as the graph is walked (sg_jsonw.h: the layout of the jansson tree they
 * were first dumped from; test_export checks the two agree), handed on to the sink
 * between records. */

/* Members whose values are strings, into the object open in w: n pairs of key and
 * value in kv. */
static void jw_strs(sg_jw_t *w, const char *const *kv, size_t n) {
    for (size_t k = 0; k < n; k++) {
        sg_jw_key(w, kv[2 * k]);
        sg_jw_str(w, kv[2 * k + 1]);
    }
}

/* The members of an attribute record, into the object open in w. */
static void jw_attrs(sg_jw_t *w, const attr_key_t *keys, const attr_val_t *v, size_t n) {
    for (size_t k = 0; k < n; k++) {
        sg_jw_key(w, keys[k].name);
        switch (v[k].kind) {
        case V_STR:
            sg_jw_str(w, v[k].s);
            break;
        case V_INT:
            sg_jw_int(w, v[k].i);
            break;
        default:
            sg_jw_real(w, v[k].d);
        }
    }
}

static void jw_graph_attrs(sg_jw_t *w, const sg_graph_t *g) {
    sg_jw_open(w, '{');
    sg_jw_key(w, "name");
    sg_jw_str(w, "stakegraph");
    sg_jw_key(w, "documents");
    sg_jw_int(w, (long long)g->ndocs);
    sg_jw_close(w, '}');
}

static sg_err_t json_nodes(sg_jw_t *w, sg_export_sink_t *out, const sg_graph_t *g,
                           sg_export_format_t f) {
    attr_val_t v[N_NODE_KEYS];
    lists_t l;

    lists_init(&l);
    sg_jw_open(w, '[');
    for (size_t i = 0; i < g->nnodes && w->rc == SG_OK; i++) {
        const sg_node_t *n = &g->nodes[i];
        if ((w->rc = node_vals(n, &l, v)) != SG_OK) {
            break;
        }
        sg_jw_next(w);
        sg_jw_open(w, '{');
        if (f == SG_EXPORT_GRAPHOLOGY) {
            sg_jw_key(w, "key");
            sg_jw_str(w, n->id);
            sg_jw_key(w, "attributes");
            sg_jw_open(w, '{');
        } else if (f == SG_EXPORT_CYTOSCAPE) {
            sg_jw_key(w, "data");
            sg_jw_open(w, '{');
        }
        jw_attrs(w, node_keys, v, N_NODE_KEYS);
        if (f != SG_EXPORT_GRAPHOLOGY) {
            sg_jw_key(w, "id");
            sg_jw_str(w, n->id);
        }
        if (f != SG_EXPORT_NODE_LINK) {
            sg_jw_close(w, '}');
        }
        sg_jw_close(w, '}');
        if (w->rc == SG_OK) {
            w->rc = spill(out, 0);
        }
    }
    sg_jw_close(w, ']');
    lists_release(&l);
    return w->rc;
}

static sg_err_t json_edges(sg_jw_t *w, sg_export_sink_t *out, const sg_graph_t *g,
                           sg_export_format_t f) {
    attr_val_t v[N_EDGE_KEYS];

    sg_jw_open(w, '[');
    for (size_t i = 0; i < g->nedges && w->rc == SG_OK; i++) {
        const sg_edge_t *e = &g->edges[i];
        char id[SG_RECORD_ID_MAX];
        if ((w->rc = edge_vals(g, e, v)) != SG_OK) {
            break;
        }
        sg_edge_id(i, id);
        sg_jw_next(w);
        sg_jw_open(w, '{');
        const char *ends[] = {"source", e->source, "target", e->target};
        if (f == SG_EXPORT_GRAPHOLOGY) {
            const char *key[] = {"key", id};
            jw_strs(w, key, 1);
            jw_strs(w, ends, 2);
            sg_jw_key(w, "attributes");
            sg_jw_open(w, '{');
            jw_attrs(w, edge_keys, v, N_EDGE_KEYS);
            sg_jw_close(w, '}');
        } else if (f == SG_EXPORT_CYTOSCAPE) {
            sg_jw_key(w, "data");
            sg_jw_open(w, '{');
            jw_attrs(w, edge_keys, v, N_EDGE_KEYS);
            const char *key[] = {"id", id};
            jw_strs(w, key, 1);
            jw_strs(w, ends, 2);
            sg_jw_close(w, '}');
        } else {
            jw_attrs(w, edge_keys, v, N_EDGE_KEYS);
            const char *keys[] = {"key", sg_edge_type_name(e->type), "id", id};
            jw_strs(w, ends, 2);
            jw_strs(w, keys, 2);
        }
        sg_jw_close(w, '}');
        if (w->rc == SG_OK) {
            w->rc = spill(out, 0);
        }
    }
    sg_jw_close(w, ']');
    return w->rc;
}

static sg_err_t export_json(const sg_graph_t *g, sg_export_format_t f,
                            sg_export_sink_t *out) {
    sg_jw_t w;

    sg_jw_init(&w, out->buf);
    sg_jw_open(&w, '{');
    switch (f) {
    case SG_EXPORT_CYTOSCAPE:
        sg_jw_key(&w, "elements");
        sg_jw_open(&w, '{');
        sg_jw_key(&w, "nodes");
        json_nodes(&w, out, g, f);
        sg_jw_key(&w, "edges");
        json_edges(&w, out, g, f);
        sg_jw_close(&w, '}');
        sg_jw_key(&w, "data");
        jw_graph_attrs(&w, g);
        break;
    case SG_EXPORT_GRAPHOLOGY:
        sg_jw_key(&w, "attributes");
        jw_graph_attrs(&w, g);
        sg_jw_key(&w, "options");
        sg_jw_open(&w, '{');
        sg_jw_key(&w, "type");
        sg_jw_str(&w, "directed");
        sg_jw_key(&w, "multi");
        sg_jw_bool(&w, 1);
        sg_jw_key(&w, "allowSelfLoops");
        sg_jw_bool(&w, 0);
        sg_jw_close(&w, '}');
        sg_jw_key(&w, "nodes");
        json_nodes(&w, out, g, f);
        sg_jw_key(&w, "edges");
        json_edges(&w, out, g, f);
        break;
    default:
        sg_jw_key(&w, "directed");
        sg_jw_bool(&w, 1);
        sg_jw_key(&w, "multigraph");
        sg_jw_bool(&w, 1);
        sg_jw_key(&w, "graph");
        jw_graph_attrs(&w, g);
        sg_jw_key(&w, "nodes");
        json_nodes(&w, out, g, f);
        sg_jw_key(&w, "links");
        json_edges(&w, out, g, f);
    }
    sg_jw_close(&w, '}');
    sg_jw_raw(&w, "\n", 1);
    return w.rc == SG_OK ? spill(out, 1) : w.rc;
}

/* ---- XML formats ---- */

/* Text of an attribute's value, into b (emptied first). */
static sg_err_t val_text(const attr_val_t *v, sg_buf_t *b) {
    b->len = 0;
    switch (v->kind) {
    case V_STR:
        return sg_buf_puts(b, v->s);
    case V_INT:
        return sg_buf_printf(b, "%lld", v->i);
    default:
        return sg_buf_printf(b, "%.10g", v->d);
    }
}

/* A record's attributes as GEXF attvalues or GraphML data; GEXF carries an edge's
 * weight as an XML attribute instead. */
static sg_err_t xml_attrs(sg_buf_t *o, const attr_val_t *vals, const attr_key_t *keys,
                          size_t n, int gexf, char prefix, sg_buf_t *v) {
    sg_err_t rc = SG_OK;

    for (size_t k = 0; k < n && rc == SG_OK; k++) {
        if (gexf && prefix == 'e' && strcmp(keys[k].name, "weight") == 0) {
            continue;
        }
        if ((rc = val_text(&vals[k], v)) != SG_OK) {
            break;
        }
        if (gexf) {
            rc = sg_buf_printf(o, "<attvalue for=\"%zu\" value=\"", k);
        } else {
            rc = sg_buf_printf(o, "<data key=\"%c%zu\">", prefix, k);
        }
        if (rc == SG_OK) {
            rc = sg_buf_xml(o, v->data);
        }
        if (rc == SG_OK) {
            rc = sg_buf_puts(o, gexf ? "\"/>\n" : "</data>\n");
        }
    }
    return rc;
}

/* GraphML says "int" where GEXF 1.2 says "integer". */
static const char *gexf_type(const char *graphml_type) {
    return strcmp(graphml_type, "int") == 0 ? "integer" : graphml_type;
}

static const unsigned char type_rgb[SG_NODE_NTYPES][3] = {
    {179, 88, 6}, {33, 102, 172}, {27, 120, 55}, {118, 42, 131}};

static sg_err_t export_xml(const sg_graph_t *g, sg_export_format_t f,
                           sg_export_sink_t *out) {
    sg_buf_t *o = out->buf;
    int gexf = f == SG_EXPORT_GEXF;
    sg_buf_t v;
    lists_t l;
    sg_err_t rc = SG_OK;

    sg_buf_init(&v);
    lists_init(&l);
#define P(...)                                                                           \
    do {                                                                                 \
        if ((rc = sg_buf_printf(o, __VA_ARGS__)) != SG_OK)                               \
            goto done;                                                                   \
    } while (0)
#define X(s)                                                                             \
    do {                                                                                 \
        if ((rc = sg_buf_xml(o, s)) != SG_OK)                                            \
            goto done;                                                                   \
    } while (0)
    P("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    if (gexf) {
        P("<gexf xmlns=\"http://www.gexf.net/1.2draft\" "
          "xmlns:viz=\"http://www.gexf.net/1.2draft/viz\" version=\"1.2\">\n"
          "<meta><creator>stakegraph</creator></meta>\n"
          "<graph defaultedgetype=\"directed\" mode=\"static\">\n<attributes "
          "class=\"node\">\n");
        for (size_t k = 0; k < N_NODE_KEYS; k++) {
            P("<attribute id=\"%zu\" title=\"%s\" type=\"%s\"/>\n", k, node_keys[k].name,
              gexf_type(node_keys[k].type));
        }
        P("</attributes>\n<attributes class=\"edge\">\n");
        for (size_t k = 0; k < N_EDGE_KEYS; k++) {
            if (strcmp(edge_keys[k].name, "weight") != 0) {
                P("<attribute id=\"%zu\" title=\"%s\" type=\"%s\"/>\n", k,
                  edge_keys[k].name, gexf_type(edge_keys[k].type));
            }
        }
        P("</attributes>\n<nodes>\n");
    } else {
        P("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n");
        for (size_t k = 0; k < N_NODE_KEYS; k++) {
            P("<key id=\"n%zu\" for=\"node\" attr.name=\"%s\" attr.type=\"%s\"/>\n", k,
              node_keys[k].name, node_keys[k].type);
        }
        for (size_t k = 0; k < N_EDGE_KEYS; k++) {
            P("<key id=\"e%zu\" for=\"edge\" attr.name=\"%s\" attr.type=\"%s\"/>\n", k,
              edge_keys[k].name, edge_keys[k].type);
        }
        P("<graph id=\"stakegraph\" edgedefault=\"directed\">\n");
    }
    for (size_t i = 0; i < g->nnodes; i++) {
        const sg_node_t *n = &g->nodes[i];
        attr_val_t vals[N_NODE_KEYS];
        if ((rc = node_vals(n, &l, vals)) != SG_OK) {
            goto done;
        }
        P("<node id=\"");
        X(n->id);
        if (gexf) {
            P("\" label=\"");
            X(n->name);
            P("\">\n<attvalues>\n");
        } else {
            P("\">\n");
        }
        if ((rc = xml_attrs(o, vals, node_keys, N_NODE_KEYS, gexf, 'n', &v)) != SG_OK) {
            goto done;
        }
        if (gexf) {
            P("</attvalues>\n<viz:color r=\"%d\" g=\"%d\" b=\"%d\"/>\n<viz:size "
              "value=\"%.4f\"/>\n",
              type_rgb[n->type][0], type_rgb[n->type][1], type_rgb[n->type][2],
              5 + 100 * n->c.pagerank);
        }
        P("</node>\n");
        if ((rc = spill(out, 0)) != SG_OK) {
            goto done;
        }
    }
    P(gexf ? "</nodes>\n<edges>\n" : "");
    for (size_t i = 0; i < g->nedges; i++) {
        const sg_edge_t *e = &g->edges[i];
        attr_val_t vals[N_EDGE_KEYS];
        char id[SG_RECORD_ID_MAX];
        if ((rc = edge_vals(g, e, vals)) != SG_OK) {
            goto done;
        }
        P("<edge id=\"%s\" source=\"", sg_edge_id(i, id));
        X(e->source);
        P("\" target=\"");
        X(e->target);
        if (gexf) {
            P("\" label=\"%s\" weight=\"%zu\">\n<attvalues>\n",
              sg_edge_type_name(e->type), (size_t)e->nev);
        } else {
            P("\">\n");
        }
        if ((rc = xml_attrs(o, vals, edge_keys, N_EDGE_KEYS, gexf, 'e', &v)) != SG_OK) {
            goto done;
        }
        P(gexf ? "</attvalues>\n</edge>\n" : "</edge>\n");
        if ((rc = spill(out, 0)) != SG_OK) {
            goto done;
        }
    }
    P(gexf ? "</edges>\n</graph>\n</gexf>\n" : "</graph>\n</graphml>\n");
    rc = spill(out, 1);
#undef P
#undef X
done:
    sg_buf_release(&v);
    lists_release(&l);
    return rc;
}

/* ---- Neo4j bulk import CSV ---- */

/* s quoted, its quotes doubled (the text between them appended in one piece). */
static sg_err_t csv_field(sg_buf_t *b, const char *s, int last) {
    sg_err_t rc = sg_buf_append(b, "\"", 1);
    while (rc == SG_OK) {
        const char *q = strchr(s, '"');
        size_t n = q ? (size_t)(q - s) + 1 : strlen(s);
        rc = sg_buf_append(b, s, n); /* through the quote, which goes twice */
        if (!q || rc != SG_OK) {
            break;
        }
        rc = sg_buf_append(b, "\"", 1);
        s = q + 1;
    }
    if (rc == SG_OK) {
        rc = sg_buf_puts(b, last ? "\"\n" : "\",");
    }
    return rc;
}

static sg_err_t export_csv(const sg_graph_t *g, sg_export_sink_t *nodes_out,
                           sg_export_sink_t *rels_out) {
    sg_buf_t *nodes = nodes_out->buf, *rels = rels_out->buf, a;
    sg_err_t rc = sg_buf_puts(nodes, "id:ID,name,:LABEL,aliases:string[],mentions:int,"
                                     "degree:double,pagerank:double,betweenness:double,"
                                     "eigenvector:double,net_stance:double\n");
    sg_buf_init(&a);
    for (size_t i = 0; i < g->nnodes && rc == SG_OK; i++) {
        const sg_node_t *n = &g->nodes[i];
        const char *aliases =
            joined(&n->aliases, ";", &a); /* Neo4j arrays split on ';' */
        if (!aliases) {
            rc = SG_ENOMEM;
            break;
        }
        const char *label = n->type == SG_NODE_PERSON         ? "Person"
                            : n->type == SG_NODE_ORGANISATION ? "Organisation"
                            : n->type == SG_NODE_COUNCIL      ? "Council"
                                                              : "STP";
        if (rc == SG_OK && !(rc = csv_field(nodes, n->id, 0)) &&
            !(rc = csv_field(nodes, n->name, 0)) &&
            !(rc = sg_buf_printf(nodes, "Stakeholder;%s,", label)) &&
            !(rc = csv_field(nodes, aliases, 0))) {
            rc = sg_buf_printf(nodes, "%zu,%.10g,%.10g,%.10g,%.10g,%.10g\n", n->nspans,
                               n->c.degree, n->c.pagerank, n->c.betweenness,
                               n->c.eigenvector, n->c.stance);
        }
        if (rc == SG_OK) {
            rc = spill(nodes_out, 0);
        }
    }
    sg_buf_release(&a);
    if (rc == SG_OK) {
        rc = spill(nodes_out, 1);
    }
    if (rc == SG_OK) {
        rc = sg_buf_puts(rels, ":START_ID,:END_ID,:TYPE,sign:int,weight:int,role,cue\n");
    }
    for (size_t i = 0; i < g->nedges && rc == SG_OK; i++) {
        const sg_edge_t *e = &g->edges[i];
        char type[32];
        size_t k;
        for (k = 0; sg_edge_type_name(e->type)[k] && k < sizeof(type) - 1; k++) {
            char c = sg_edge_type_name(e->type)[k];
            type[k] = (char)(c >= 'a' && c <= 'z' ? c - 32 : c);
        }
        type[k] = '\0';
        const char *cue;
        if (!(rc = first_cue(g, e, &cue)) && !(rc = csv_field(rels, e->source, 0)) &&
            !(rc = csv_field(rels, e->target, 0)) &&
            !(rc = sg_buf_printf(rels, "%s,%d,%zu,", type, e->sign, (size_t)e->nev)) &&
            !(rc = csv_field(rels, e->role ? e->role : "", 0))) {
            rc = csv_field(rels, cue, 1);
        }
        if (rc == SG_OK) {
            rc = spill(rels_out, 0);
        }
    }
    return rc == SG_OK ? spill(rels_out, 1) : rc;
}

sg_err_t sg_export(const sg_graph_t *g, sg_export_format_t f, sg_buf_t *out,
                   sg_buf_t *rels, sg_error_t *err) {
    sg_export_sink_t o = {out, NULL, NULL}, r = {rels, NULL, NULL};

    return sg_export_to(g, f, &o, rels ? &r : NULL, err);
}

sg_err_t sg_export_to(const sg_graph_t *g, sg_export_format_t f, sg_export_sink_t *out,
                      sg_export_sink_t *rels, sg_error_t *err) {
    sg_err_t rc;

    switch (f) {
    case SG_EXPORT_GEXF:
    case SG_EXPORT_GRAPHML:
        rc = export_xml(g, f, out);
        break;
    case SG_EXPORT_CSV:
        if (!rels) {
            return sg_error_set(err, SG_EINVAL, NULL, 0, 0,
                                "csv export needs two outputs");
        }
        rc = export_csv(g, out, rels);
        break;
    default:
        rc = export_json(g, f, out);
    }
    if (rc != SG_OK) {
        sg_error_set(err, rc, NULL, 0, 0, "%s", sg_strerror(rc));
    }
    return rc;
}
