/* export.c - node-link, Cytoscape.js, graphology, GEXF, GraphML and Neo4j CSV. */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sg_export.h"

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

/* The attributes every format carries, flattened to scalars. */
static char *joined(const sg_strv_t *s) {
    sg_buf_t b;

    sg_buf_init(&b);
    for (size_t i = 0; i < s->n; i++) {
        if ((i && sg_buf_puts(&b, "; ")) || sg_buf_puts(&b, s->v[i])) {
            sg_buf_release(&b);
            return NULL;
        }
    }
    return sg_buf_take(&b);
}

static json_t *node_attrs(const sg_node_t *n) {
    char *aliases = joined(&n->aliases), *roles = joined(&n->roles),
         *titles = joined(&n->titles);
    json_t *o = NULL;

    if (aliases && roles && titles) {
        o = json_pack(
            "{s:s, s:s, s:s, s:s, s:s, s:I, s:I, s:f, s:f, s:f, s:f, s:f, s:f, s:f}",
            "name", n->name, "type", sg_node_type_name(n->type), "aliases", aliases,
            "roles", roles, "titles", titles, "mentions", (json_int_t)n->nspans,
            "documents", (json_int_t)n->docs.n, "degree", n->c.degree, "in_degree",
            n->c.in_degree, "out_degree", n->c.out_degree, "pagerank", n->c.pagerank,
            "betweenness", n->c.betweenness, "eigenvector", n->c.eigenvector,
            "net_stance", n->c.stance);
    }
    free(aliases);
    free(roles);
    free(titles);
    return o;
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

/* The attributes of edge e; NULL with *rc set on failure. */
static json_t *edge_attrs(const sg_graph_t *g, const sg_edge_t *e, sg_err_t *rc) {
    const char *cue;
    json_t *a;

    if ((*rc = first_cue(g, e, &cue)) != SG_OK) {
        return NULL;
    }
    a = json_pack("{s:s, s:i, s:I, s:s, s:I, s:s}", "type", sg_edge_type_name(e->type),
                  "sign", e->sign, "weight", (json_int_t)e->nev, "role",
                  e->role ? e->role : "", "evidence", (json_int_t)e->nev, "cue", cue);
    *rc = a ? SG_OK : SG_ENOMEM;
    return a;
}

static sg_err_t dump(json_t *root, sg_buf_t *out) {
    char *s;
    sg_err_t rc;

    if (!root) {
        return SG_ENOMEM;
    }
    s = json_dumps(root, JSON_INDENT(1) | JSON_REAL_PRECISION(10));
    json_decref(root);
    if (!s) {
        return SG_ENOMEM;
    }
    rc = sg_buf_puts(out, s);
    free(s);
    return rc ? rc : sg_buf_puts(out, "\n");
}

static json_t *graph_attrs(const sg_graph_t *g) {
    return json_pack("{s:s, s:I}", "name", "stakegraph", "documents",
                     (json_int_t)g->ndocs);
}

/* Set key=value in o, then take ownership of v. */
static int put(json_t *o, const char *key, json_t *v) {
    return !o || !v || json_object_set_new(o, key, v);
}

static sg_err_t export_json(const sg_graph_t *g, sg_export_format_t f, sg_buf_t *out) {
    json_t *nodes = json_array(), *edges = json_array(), *root = NULL;
    sg_err_t rc = SG_OK;

    if (!nodes || !edges) {
        goto fail;
    }
    for (size_t i = 0; i < g->nnodes; i++) {
        const sg_node_t *n = &g->nodes[i];
        json_t *a = node_attrs(n), *rec;
        if (!a) {
            goto fail;
        }
        if (f == SG_EXPORT_GRAPHOLOGY) {
            rec = json_pack("{s:s, s:o}", "key", n->id, "attributes", a);
        } else {
            if (put(a, "id", json_string(n->id))) {
                json_decref(a);
                goto fail;
            }
            rec = f == SG_EXPORT_CYTOSCAPE ? json_pack("{s:o}", "data", a) : a;
        }
        if (!rec || json_array_append_new(nodes, rec)) {
            goto fail;
        }
    }
    for (size_t i = 0; i < g->nedges; i++) {
        const sg_edge_t *e = &g->edges[i];
        json_t *a = edge_attrs(g, e, &rc), *rec;
        char id[SG_RECORD_ID_MAX];
        sg_edge_id(i, id);
        if (!a) {
            goto fail;
        }
        if (f == SG_EXPORT_GRAPHOLOGY) {
            rec = json_pack("{s:s, s:s, s:s, s:o}", "key", id, "source", e->source,
                            "target", e->target, "attributes", a);
        } else if (f == SG_EXPORT_CYTOSCAPE) {
            if (put(a, "id", json_string(id)) ||
                put(a, "source", json_string(e->source)) ||
                put(a, "target", json_string(e->target))) {
                json_decref(a);
                goto fail;
            }
            rec = json_pack("{s:o}", "data", a);
        } else {
            if (put(a, "source", json_string(e->source)) ||
                put(a, "target", json_string(e->target)) ||
                put(a, "key", json_string(sg_edge_type_name(e->type))) ||
                put(a, "id", json_string(id))) {
                json_decref(a);
                goto fail;
            }
            rec = a;
        }
        if (!rec || json_array_append_new(edges, rec)) {
            goto fail;
        }
    }
    switch (f) {
    case SG_EXPORT_CYTOSCAPE:
        root = json_pack("{s:{s:o, s:o}, s:o}", "elements", "nodes", nodes, "edges",
                         edges, "data", graph_attrs(g));
        break;
    case SG_EXPORT_GRAPHOLOGY:
        root = json_pack("{s:o, s:{s:s, s:b, s:b}, s:o, s:o}", "attributes",
                         graph_attrs(g), "options", "type", "directed", "multi", 1,
                         "allowSelfLoops", 0, "nodes", nodes, "edges", edges);
        break;
    default:
        root = json_pack("{s:b, s:b, s:o, s:o, s:o}", "directed", 1, "multigraph", 1,
                         "graph", graph_attrs(g), "nodes", nodes, "links", edges);
    }
    return dump(root, out);
fail:
    json_decref(nodes);
    json_decref(edges);
    return rc != SG_OK ? rc : SG_ENOMEM;
}

/* ---- XML formats ---- */

/* An attribute every XML export declares: its name and GraphML/GEXF type. */
typedef struct {
    const char *name, *type;
} xml_key_t;

static const xml_key_t node_keys[] = {
    {"name", "string"},        {"type", "string"},       {"aliases", "string"},
    {"roles", "string"},       {"titles", "string"},     {"mentions", "int"},
    {"documents", "int"},      {"degree", "double"},     {"in_degree", "double"},
    {"out_degree", "double"},  {"pagerank", "double"},   {"betweenness", "double"},
    {"eigenvector", "double"}, {"net_stance", "double"},
};
#define N_NODE_KEYS (sizeof(node_keys) / sizeof(node_keys[0]))

static const xml_key_t edge_keys[] = {
    {"type", "string"}, {"sign", "int"},     {"weight", "double"},
    {"role", "string"}, {"evidence", "int"}, {"cue", "string"},
};
#define N_EDGE_KEYS (sizeof(edge_keys) / sizeof(edge_keys[0]))

/* Text of attribute key of a flattened record. */
static sg_err_t attr_text(json_t *a, const char *key, sg_buf_t *b) {
    json_t *v = json_object_get(a, key);
    b->len = 0;
    if (json_is_string(v)) {
        return sg_buf_puts(b, json_string_value(v));
    }
    if (json_is_integer(v)) {
        return sg_buf_printf(b, "%lld", (long long)json_integer_value(v));
    }
    if (json_is_real(v)) {
        return sg_buf_printf(b, "%.10g", json_real_value(v));
    }
    return sg_buf_puts(b, "");
}

/* A record's attributes as GEXF attvalues or GraphML data; GEXF carries an edge's
 * weight as an XML attribute instead. */
static sg_err_t xml_attrs(sg_buf_t *o, json_t *a, const xml_key_t *keys, size_t n,
                          int gexf, char prefix, sg_buf_t *v) {
    sg_err_t rc = SG_OK;

    for (size_t k = 0; k < n && rc == SG_OK; k++) {
        if (gexf && prefix == 'e' && strcmp(keys[k].name, "weight") == 0) {
            continue;
        }
        if ((rc = attr_text(a, keys[k].name, v)) != SG_OK) {
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

static sg_err_t export_xml(const sg_graph_t *g, sg_export_format_t f, sg_buf_t *o) {
    int gexf = f == SG_EXPORT_GEXF;
    sg_buf_t v;
    sg_err_t rc = SG_OK;

    sg_buf_init(&v);
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
        json_t *a = node_attrs(n);
        if (!a) {
            rc = SG_ENOMEM;
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
        rc = xml_attrs(o, a, node_keys, N_NODE_KEYS, gexf, 'n', &v);
        json_decref(a);
        if (rc != SG_OK) {
            goto done;
        }
        if (gexf) {
            P("</attvalues>\n<viz:color r=\"%d\" g=\"%d\" b=\"%d\"/>\n<viz:size "
              "value=\"%.4f\"/>\n",
              type_rgb[n->type][0], type_rgb[n->type][1], type_rgb[n->type][2],
              5 + 100 * n->c.pagerank);
        }
        P("</node>\n");
    }
    P(gexf ? "</nodes>\n<edges>\n" : "");
    for (size_t i = 0; i < g->nedges; i++) {
        const sg_edge_t *e = &g->edges[i];
        json_t *a = edge_attrs(g, e, &rc);
        char id[SG_RECORD_ID_MAX];
        if (!a) {
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
        rc = xml_attrs(o, a, edge_keys, N_EDGE_KEYS, gexf, 'e', &v);
        json_decref(a);
        if (rc != SG_OK) {
            goto done;
        }
        P(gexf ? "</attvalues>\n</edge>\n" : "</edge>\n");
    }
    P(gexf ? "</edges>\n</graph>\n</gexf>\n" : "</graph>\n</graphml>\n");
#undef P
#undef X
done:
    sg_buf_release(&v);
    return rc;
}

/* ---- Neo4j bulk import CSV ---- */

static sg_err_t csv_field(sg_buf_t *b, const char *s, int last) {
    sg_err_t rc = sg_buf_append(b, "\"", 1);
    for (const char *p = s; *p && rc == SG_OK; p++) {
        rc = *p == '"' ? sg_buf_append(b, "\"\"", 2) : sg_buf_append(b, p, 1);
    }
    if (rc == SG_OK) {
        rc = sg_buf_puts(b, last ? "\"\n" : "\",");
    }
    return rc;
}

static sg_err_t export_csv(const sg_graph_t *g, sg_buf_t *nodes, sg_buf_t *rels) {
    sg_err_t rc = sg_buf_puts(nodes, "id:ID,name,:LABEL,aliases:string[],mentions:int,"
                                     "degree:double,pagerank:double,betweenness:double,"
                                     "eigenvector:double,net_stance:double\n");
    for (size_t i = 0; i < g->nnodes && rc == SG_OK; i++) {
        const sg_node_t *n = &g->nodes[i];
        char *aliases = NULL;
        sg_buf_t a;
        sg_buf_init(&a);
        for (size_t k = 0; k < n->aliases.n && rc == SG_OK; k++) {
            /* Neo4j arrays split on ';' */
            rc = sg_buf_printf(&a, "%s%s", k ? ";" : "", n->aliases.v[k]);
        }
        aliases = sg_buf_take(&a);
        if (!aliases) {
            return SG_ENOMEM;
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
        free(aliases);
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
    }
    return rc;
}

sg_err_t sg_export(const sg_graph_t *g, sg_export_format_t f, sg_buf_t *out,
                   sg_buf_t *rels, sg_error_t *err) {
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
