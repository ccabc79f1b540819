/* render.c - DOT, SVG and PNG maps with libcgraph and libgvc. */
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sg_render.h"

/* A map of at most this many stakeholders is drawn with dot, edge labels, spline
 * edges and overlaps removed; a larger one with sfdp, none of those (their costs
 * grow with the square of the map) and its pieces packed in rows and columns. */
#define SMALL_MAP 300

/* One Graphviz context for the process: the text-layout plugin keeps pointers into
 * the first context's fonts, so freeing a context and making another one reads
 * freed memory (seen under AddressSanitizer with Graphviz 2.43). */
static GVC_t *shared_gvc;
static pthread_once_t gvc_once = PTHREAD_ONCE_INIT;
static pthread_mutex_t gvc_lock = PTHREAD_MUTEX_INITIALIZER;

static void make_gvc(void) {
    shared_gvc = gvContext();
}

void sg_render_opts_init(sg_render_opts_t *o) {
    memset(o, 0, sizeof(*o));
    o->format = "svg";
    o->depth = 1;
    o->size_by = "pagerank";
    o->legend = 1;
    o->min_degree = 1; /* isolated stakeholders only clutter a map */
    o->top = SG_RENDER_TOP;
}

static const struct {
    const char *shape, *fill, *line, *label;
} node_style[SG_NODE_NTYPES] = {
    {"ellipse", "#fde0c5", "#b35806", "person"},
    {"box", "#d6e6f4", "#2166ac", "organisation"},
    {"house", "#dcefd6", "#1b7837", "council"},
    {"hexagon", "#eedcf2", "#762a83", "STP"},
};

static const struct {
    const char *color, *style, *label;
} edge_style[SG_EDGE_NTYPES] = {
    {"#252525", "bold", "leads"},    {"#636363", "solid", "member of"},
    {"#d73027", "solid", "opposes"}, {"#1a9850", "solid", "endorses"},
    {"#9e9e9e", "dashed", "quotes"},
};

/* Graphviz reads backslash escapes (\N, \G, \l) in labels and tooltips: double
 * every backslash so a name is shown exactly as written. A control character (a
 * line break, or a stray \x01 or \x0b of the article, which XML forbids: the SVG
 * would not open) becomes a space. */
static char *esc(const char *s, size_t max) {
    size_t n = strlen(s), o = 0;
    char *out = malloc(2 * (n < max ? n : max) + 8);

    if (!out) {
        return NULL;
    }
    for (size_t i = 0; i < n && i < max; i++) {
        if (s[i] == '\\') {
            out[o++] = '\\';
        }
        out[o++] = (unsigned char)s[i] < 0x20 || s[i] == 0x7F ? ' ' : s[i];
    }
    if (n > max) {
        /* cut at a character boundary */
        while (o > 0 && ((unsigned char)out[o - 1] & 0xC0) == 0x80) {
            o--;
        }
        if (o > 0 && (unsigned char)out[o - 1] >= 0xC0) {
            o--;
        }
        memcpy(out + o, "...", 3);
        o += 3;
    }
    out[o] = '\0';
    return out;
}

static int set(void *obj, const char *name, const char *value) {
    char *v = esc(value, 600);
    if (!v) {
        return -1;
    }
    agsafeset(obj, (char *)name, v, "");
    free(v);
    return 0;
}

static int set_raw(void *obj, const char *name, const char *value) {
    agsafeset(obj, (char *)name, (char *)value, "");
    return 0;
}

/* Keep only the o->top most central of the kept nodes keep marks, as rank lists
 * them; the focus (f, when not -1) always among them. */
static sg_err_t cut_to_top(const sg_graph_t *g, const sg_render_opts_t *o, long f,
                           char *keep) {
    size_t *order = malloc((g->nnodes ? g->nnodes : 1) * sizeof(*order)), n;
    sg_err_t rc;

    if (!order) {
        return SG_ENOMEM;
    }
    rc = sg_analysis_rank(g, o->size_by ? o->size_by : "pagerank", keep, order, &n);
    for (size_t k = o->top; k < n && rc == SG_OK; k++) {
        keep[order[k]] = 0;
    }
    if (rc == SG_OK && f >= 0 && !keep[f]) {
        keep[order[o->top - 1]] = 0; /* the focus takes the last place */
        keep[f] = 1;
    }
    free(order);
    return rc;
}

/* Clears keep[i] for the nodes more than o->depth hops (at least 1) from node f
 * along the edges of o's types: one breadth-first search over adjacency lists made
 * once, so that its time is the graph's size whatever the depth (each hop scanned
 * every edge before, and --depth 100000000 ran for minutes on 32 stakeholders). */
static sg_err_t within_depth(const sg_graph_t *g, const sg_render_opts_t *o, size_t f,
                             char *keep) {
    size_t n = g->nnodes, m = 0, head = 0, tail = 0;
    size_t *start = calloc(n + 1, sizeof(*start)), *adj = NULL, *ends = NULL;
    size_t *queue = malloc((n ? n : 1) * sizeof(*queue));
    int *dist = malloc((n ? n : 1) * sizeof(*dist));
    int depth = o->depth > 0 ? o->depth : 1;
    sg_err_t rc = SG_ENOMEM;

    if (!start || !queue || !dist ||
        !(ends = malloc((g->nedges ? g->nedges : 1) * 2 * sizeof(*ends)))) {
        goto done;
    }
    for (size_t e = 0; e < g->nedges; e++) { /* the kept edges' ends, and degrees */
        const sg_edge_t *ed = &g->edges[e];
        long s, t;
        if (sg_graph_edge_ends(g, e, &s, &t) != 0 ||
            (o->edge_types && !(o->edge_types & (1u << ed->type)))) {
            continue;
        }
        ends[2 * m] = (size_t)s;
        ends[2 * m + 1] = (size_t)t;
        start[s + 1]++;
        start[t + 1]++;
        m++;
    }
    for (size_t i = 0; i < n; i++) {
        start[i + 1] += start[i];
    }
    if (!(adj = malloc((m ? m : 1) * 2 * sizeof(*adj)))) {
        goto done;
    }
    for (size_t k = 0; k < 2 * m; k++) { /* each end lists the other; start[v] moves */
        adj[start[ends[k]]++] = ends[k ^ 1];
    }
    for (size_t i = n; i > 0; i--) { /* and back: start[v] is v's first again */
        start[i] = start[i - 1];
    }
    start[0] = 0;
    for (size_t i = 0; i < n; i++) {
        dist[i] = -1;
    }
    dist[f] = 0;
    queue[tail++] = f;
    while (head < tail) {
        size_t v = queue[head++];
        for (size_t k = start[v]; dist[v] < depth && k < start[v + 1]; k++) {
            if (dist[adj[k]] < 0) {
                dist[adj[k]] = dist[v] + 1;
                queue[tail++] = adj[k];
            }
        }
    }
    for (size_t i = 0; i < n; i++) {
        keep[i] = keep[i] && dist[i] >= 0;
    }
    rc = SG_OK;
done:
    free(start);
    free(adj);
    free(ends);
    free(queue);
    free(dist);
    return rc;
}

/* Which nodes to draw: *kept by the options' filters, *shown after the cut to
 * o->top. */
static sg_err_t select_nodes(const sg_graph_t *g, const sg_render_opts_t *o, char *keep,
                             size_t *kept, size_t *shown, sg_error_t *err) {
    long f = -1;

    for (size_t i = 0; i < g->nnodes; i++) {
        const sg_node_t *n = &g->nodes[i];
        keep[i] = (!o->node_types || (o->node_types & (1u << n->type))) &&
                  n->c.degree >= o->min_degree;
    }
    if (o->focus) {
        if ((f = sg_graph_lookup(g, o->focus)) < 0) {
            return sg_error_set(err, SG_EINVAL, o->focus, 0, 0,
                                "no stakeholder of that name in the graph");
        }
        if (within_depth(g, o, (size_t)f, keep) != SG_OK) {
            return sg_error_set(err, SG_ENOMEM, NULL, 0, 0, "out of memory");
        }
        keep[f] = 1;
    }
    *kept = 0;
    for (size_t i = 0; i < g->nnodes; i++) {
        *kept += keep[i] != 0;
    }
    *shown = *kept;
    if (o->top && *kept > o->top) {
        if (cut_to_top(g, o, f, keep) != SG_OK) {
            return sg_error_set(err, SG_ENOMEM, NULL, 0, 0, "out of memory");
        }
        *shown = o->top;
    }
    return SG_OK;
}

sg_err_t sg_render_count(const sg_graph_t *g, const sg_render_opts_t *o, size_t *kept,
                         size_t *shown, sg_error_t *err) {
    char *keep = calloc(g->nnodes ? g->nnodes : 1, 1);
    sg_err_t rc;

    if (!keep) {
        return sg_error_set(err, SG_ENOMEM, NULL, 0, 0, "out of memory");
    }
    rc = select_nodes(g, o, keep, kept, shown, err);
    free(keep);
    return rc;
}

/* The map's title: the articles and their dates, and how many of the stakeholders
 * it shows when it is cut to the most central. */
static char *graph_title(const sg_graph_t *g, size_t kept, size_t shown,
                         const char *size_by) {
    const char *lo = NULL, *hi = NULL;
    char buf[384];

    for (size_t i = 0; i < g->ndocs; i++) {
        const char *d = g->docs[i].date;
        if (!d) {
            continue;
        }
        if (!lo || strcmp(d, lo) < 0) {
            lo = d;
        }
        if (!hi || strcmp(d, hi) > 0) {
            hi = d;
        }
    }
    if (lo && strcmp(lo, hi) != 0) {
        snprintf(buf, sizeof(buf),
                 "Who holds power over the STPs: %zu article%s, %s to %s", g->ndocs,
                 g->ndocs == 1 ? "" : "s", lo, hi);
    } else if (lo) {
        snprintf(buf, sizeof(buf), "Who holds power over the STPs: %zu article%s, %s",
                 g->ndocs, g->ndocs == 1 ? "" : "s", lo);
    } else {
        snprintf(buf, sizeof(buf), "Who holds power over the STPs: %zu article%s",
                 g->ndocs, g->ndocs == 1 ? "" : "s");
    }
    if (shown < kept) {
        size_t at = strlen(buf);
        snprintf(buf + at, sizeof(buf) - at, "; the %zu most central of %zu by %s", shown,
                 kept, size_by);
    }
    return sg_strdup(buf);
}

static int add_legend(Agraph_t *G) {
    sg_buf_t b;
    Agraph_t *L;
    Agnode_t *n;
    char *html;

    sg_buf_init(&b);
    if (sg_buf_puts(&b, "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\">"
                        "<TR><TD COLSPAN=\"2\"><B>Legend</B></TD></TR>")) {
        return -1;
    }
    for (int t = 0; t < SG_NODE_NTYPES; t++) {
        if (sg_buf_printf(
                &b,
                "<TR><TD BGCOLOR=\"%s\" BORDER=\"1\" COLOR=\"%s\" WIDTH=\"18\"></TD>"
                "<TD ALIGN=\"LEFT\">%s</TD></TR>",
                node_style[t].fill, node_style[t].line, node_style[t].label)) {
            sg_buf_release(&b);
            return -1;
        }
    }
    for (int t = 0; t < SG_EDGE_NTYPES; t++) {
        if (sg_buf_printf(&b,
                          "<TR><TD><FONT COLOR=\"%s\">%s</FONT></TD><TD "
                          "ALIGN=\"LEFT\">%s</TD></TR>",
                          edge_style[t].color,
                          t == SG_EDGE_QUOTES ? "- - -" : "&#8212;&#8212;",
                          edge_style[t].label)) {
            sg_buf_release(&b);
            return -1;
        }
    }
    if (sg_buf_puts(&b, "</TABLE>")) {
        sg_buf_release(&b);
        return -1;
    }
    L = agsubg(G, "cluster_legend", 1);
    agsafeset(L, "label", "", "");
    agsafeset(L, "color", "#bdbdbd", "");
    n = agnode(L, "legend", 1);
    html = agstrdup_html(G, b.data);
    agsafeset(n, "shape", "plaintext", "");
    agsafeset(n, "label", html, "");
    agstrfree(G, html);
    sg_buf_release(&b);
    return 0;
}

sg_err_t sg_render(const sg_graph_t *g, const sg_render_opts_t *o, char **out,
                   size_t *len, sg_error_t *err) {
    GVC_t *gvc = NULL;
    Agraph_t *G = NULL;
    Agnode_t **an = NULL;
    char *keep = NULL, *title = NULL, *data = NULL;
    unsigned int dlen = 0;
    sg_err_t rc = SG_OK;
    int laid = 0, locked = 0;
    size_t kept = 0, shown = 0;
    double maxc = 0;
    const char *fmt = o->format ? o->format : "svg";
    const char *size_by = o->size_by ? o->size_by : "pagerank";

    *out = NULL;
    *len = 0;
    if (strcmp(fmt, "svg") && strcmp(fmt, "dot") && strcmp(fmt, "png")) {
        return sg_error_set(err, SG_EINVAL, fmt, 0, 0,
                            "unknown format (svg, dot, png, grid)");
    }
    sg_centrality_t probe;
    memset(&probe, 0, sizeof(probe));
    if (sg_centrality_get(&probe, size_by) < 0) {
        return sg_error_set(
            err, SG_EINVAL, size_by, 0, 0,
            "unknown measure (degree, pagerank, betweenness, eigenvector)");
    }
    keep = calloc(g->nnodes ? g->nnodes : 1, 1);
    an = calloc(g->nnodes ? g->nnodes : 1, sizeof(*an));
    if (!keep || !an) {
        rc = sg_error_set(err, SG_ENOMEM, NULL, 0, 0, "out of memory");
        goto done;
    }
    if ((rc = select_nodes(g, o, keep, &kept, &shown, err)) != SG_OK) {
        goto done;
    }
    if (!(title = graph_title(g, kept, shown, size_by))) {
        rc = sg_error_set(err, SG_ENOMEM, NULL, 0, 0, "out of memory");
        goto done;
    }
    for (size_t i = 0; i < g->nnodes; i++) {
        double v = sg_centrality_get(&g->nodes[i].c, size_by);
        if (keep[i] && v > maxc) {
            maxc = v;
        }
    }
    int small = shown <= SMALL_MAP;
    const char *layout = o->layout ? o->layout : small ? "dot" : "sfdp";
    pthread_once(&gvc_once, make_gvc);
    pthread_mutex_lock(&gvc_lock); /* Graphviz is not thread-safe */
    locked = 1;
    agseterr(AGMAX);
    gvc = shared_gvc;
    G = agopen("stakeholders", Agdirected, NULL);
    if (!gvc || !G) {
        rc = sg_error_set(err, SG_EGVC, NULL, 0, 0, "cannot start graphviz");
        goto done;
    }
    set_raw(G, "rankdir", "LR");
    set(G, "label", title);
    set_raw(G, "labelloc", "t");
    set_raw(G, "fontsize", "20");
    set_raw(G, "fontname", "Helvetica");
    set_raw(G, "overlap", small ? "prism" : "true"); /* removal is quadratic */
    set_raw(G, "splines", small ? "true" : "false");
    if (!small) {
        /* the stakeholders cut from a large graph fall apart into thousands of
         * pieces, which Graphviz's default packing places in quadratic time (10^4
         * most central of 10^6: over 400 s); rows and columns take a moment */
        set_raw(G, "packmode", "array");
    }
    set_raw(G, "outputorder", "edgesfirst");
    set_raw(G, "nodesep", "0.3");
    set_raw(G, "ranksep", "0.9");
    for (size_t i = 0; i < g->nnodes; i++) {
        const sg_node_t *n = &g->nodes[i];
        char buf[64];
        sg_buf_t tip;
        if (!keep[i]) {
            continue;
        }
        an[i] = agnode(G, n->id, 1);
        double rel = maxc > 0 ? sg_centrality_get(&n->c, size_by) / maxc : 0;
        set(an[i], "label", n->name);
        set_raw(an[i], "shape", node_style[n->type].shape);
        set_raw(an[i], "style",
                n->type == SG_NODE_ORGANISATION ? "filled,rounded" : "filled");
        set_raw(an[i], "fillcolor", node_style[n->type].fill);
        set_raw(an[i], "color", node_style[n->type].line);
        set_raw(an[i], "fontname", "Helvetica");
        snprintf(buf, sizeof(buf), "%.1f", 10 + 12 * rel);
        set_raw(an[i], "fontsize", buf);
        snprintf(buf, sizeof(buf), "%.2f", 1 + 2.5 * rel);
        set_raw(an[i], "penwidth", buf);
        sg_buf_init(&tip);
        sg_buf_printf(&tip, "%s (%s)", n->name, sg_node_type_name(n->type));
        for (size_t k = 0; k < n->roles.n; k++) {
            sg_buf_printf(&tip, "; %s", n->roles.v[k]);
        }
        sg_buf_printf(&tip, "; %s %.3f", size_by, sg_centrality_get(&n->c, size_by));
        if (tip.data) {
            set(an[i], "tooltip", tip.data);
        }
        sg_buf_release(&tip);
    }
    for (size_t e = 0; e < g->nedges; e++) {
        const sg_edge_t *ed = &g->edges[e];
        long s, t;
        Agedge_t *ae;
        char name[32];
        if (sg_graph_edge_ends(g, e, &s, &t) != 0 || !an[s] || !an[t] ||
            (o->edge_types && !(o->edge_types & (1u << ed->type)))) {
            continue;
        }
        snprintf(name, sizeof(name), "%zu", e);
        ae = agedge(G, an[s], an[t], name, 1);
        set_raw(ae, "color", edge_style[ed->type].color);
        set_raw(ae, "style", edge_style[ed->type].style);
        set_raw(ae, "fontname", "Helvetica");
        set_raw(ae, "fontsize", "9");
        set_raw(ae, "fontcolor", edge_style[ed->type].color);
        /* labelled edges on a large map cost Graphviz's label placement far more than
         * the layout, and are unreadable there anyway: colours carry the type */
        if (ed->type != SG_EDGE_QUOTES && small) {
            set(ae, "label", ed->role ? ed->role : edge_style[ed->type].label);
        }
        if (ed->nev) {
            sg_buf_t tip, scratch;
            sg_evidence_t first;
            const char *sentence;
            sg_buf_init(&tip);
            sg_buf_init(&scratch);
            if ((rc = sg_graph_evidence(g, ed, 0, &first)) != SG_OK ||
                (rc = sg_graph_text(g, first.sentence, &scratch, &sentence)) != SG_OK) {
                sg_error_set(err, rc, NULL, 0, 0,
                             "cannot read back the graph's texts and records");
                sg_buf_release(&scratch);
                goto done;
            }
            sg_buf_printf(&tip, "%s: %s", edge_style[ed->type].label, sentence);
            if (tip.data) {
                set(ae, "tooltip", tip.data);
            }
            sg_buf_release(&tip);
            sg_buf_release(&scratch);
        }
    }
    if (o->legend && add_legend(G) != 0) {
        rc = sg_error_set(err, SG_ENOMEM, NULL, 0, 0, "out of memory");
        goto done;
    }
    if (gvLayout(gvc, G, layout) != 0) {
        char *msg = aglasterr();
        rc = sg_error_set(err, SG_EGVC, layout, 0, 0, "layout failed: %s",
                          msg ? msg : "unknown layout engine");
        free(msg);
        goto done;
    }
    laid = 1;
    if (gvRenderData(gvc, G, strcmp(fmt, "dot") == 0 ? "dot" : fmt, &data, &dlen) != 0 ||
        !data) {
        char *msg = aglasterr();
        rc = sg_error_set(err, SG_EGVC, fmt, 0, 0, "rendering failed: %s",
                          msg ? msg : "no renderer");
        free(msg);
        goto done;
    }
    *out = malloc(dlen + 1);
    if (!*out) {
        rc = sg_error_set(err, SG_ENOMEM, NULL, 0, 0, "out of memory");
        goto done;
    }
    memcpy(*out, data, dlen);
    (*out)[dlen] = '\0';
    *len = dlen;
done:
    if (data) {
        gvFreeRenderData(data);
    }
    if (laid) {
        gvFreeLayout(gvc, G);
    }
    if (G) {
        agclose(G);
    }
    if (locked) {
        pthread_mutex_unlock(&gvc_lock);
    }
    free(keep);
    free(an);
    free(title);
    return rc;
}
