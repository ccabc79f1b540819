/* grid.c - the power-interest grid (Mendelow's matrix) as a self-contained SVG.
 * Power: half PageRank, half leadership and affiliation (leads and member_of edges
 * at the node, member_of counting half), each scaled to the graph's maximum.
 * Interest: quotations spoken plus stances taken and quotations about STPs, scaled
 * to the maximum. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sg_render.h"

typedef struct {
    double power, interest;
    size_t node;
} point_t;

static int cmp_point(const void *a, const void *b) {
    const point_t *x = a, *y = b;
    double u = x->power + x->interest, v = y->power + y->interest;
    if (u != v) {
        return u > v ? -1 : 1;
    }
    return x->node < y->node ? -1 : x->node > y->node;
}

sg_err_t sg_render_grid(const sg_graph_t *g, char **out, size_t *len, sg_error_t *err) {
    point_t *p = calloc(g->nnodes ? g->nnodes : 1, sizeof(*p));
    double *lead = calloc(g->nnodes ? g->nnodes : 1, sizeof(*lead));
    double maxpr = 0, maxlead = 0, maxint = 0;
    sg_buf_t b;
    sg_recs_reader_t quotes; /* the graph's quotations, read in order */
    sg_err_t rc = SG_OK;
    const double W = 900, H = 900, M = 90;

    *out = NULL;
    *len = 0;
    sg_buf_init(&b);
    if (!p || !lead) {
        free(p);
        free(lead);
        return sg_error_set(err, SG_ENOMEM, NULL, 0, 0, "out of memory");
    }
    for (size_t e = 0; e < g->nedges; e++) {
        const sg_edge_t *ed = &g->edges[e];
        long s, t;
        if (sg_graph_edge_ends(g, e, &s, &t) != 0) {
            continue;
        }
        if (ed->type == SG_EDGE_LEADS || ed->type == SG_EDGE_MEMBER_OF) {
            double w = ed->type == SG_EDGE_LEADS ? 1.0 : 0.5;
            lead[s] += w;
            lead[t] += w;
        } else if (g->nodes[t].type == SG_NODE_STP) {
            p[s].interest += ed->type == SG_EDGE_QUOTES ? 1.0 : 2.0;
        }
    }
    sg_recs_reader_init(&quotes, &g->quotes);
    for (size_t i = 0; i < sg_graph_nquotes(g) && rc == SG_OK; i++) {
        const sg_quote_t *q;
        long s;
        if ((rc = sg_recs_read(&quotes, i, 1, (const void **)&q)) == SG_OK &&
            (s = sg_graph_find(g, q->speaker)) >= 0) {
            p[s].interest += 1.0;
        }
    }
    sg_recs_reader_release(&quotes);
    if (rc != SG_OK) {
        free(p);
        free(lead);
        return sg_error_set(err, rc, NULL, 0, 0,
                            "cannot read back the graph's quotations");
    }
    for (size_t i = 0; i < g->nnodes; i++) {
        p[i].node = i;
        maxpr = g->nodes[i].c.pagerank > maxpr ? g->nodes[i].c.pagerank : maxpr;
        maxlead = lead[i] > maxlead ? lead[i] : maxlead;
        maxint = p[i].interest > maxint ? p[i].interest : maxint;
    }
    for (size_t i = 0; i < g->nnodes; i++) {
        p[i].power = 0.5 * (maxpr > 0 ? g->nodes[i].c.pagerank / maxpr : 0) +
                     0.5 * (maxlead > 0 ? lead[i] / maxlead : 0);
        p[i].interest = maxint > 0 ? p[i].interest / maxint : 0;
    }
    qsort(p, g->nnodes, sizeof(*p), cmp_point);
#define P(...)                                                                           \
    do {                                                                                 \
        if (rc == SG_OK)                                                                 \
            rc = sg_buf_printf(&b, __VA_ARGS__);                                         \
    } while (0)
    P("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" "
      "viewBox=\"0 0 %.0f %.0f\" font-family=\"Helvetica, Arial, sans-serif\">\n",
      W, H, W, H);
    P("<title>Power-interest grid of STP stakeholders</title>\n"
      "<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>\n");
    double cx = M + (W - 2 * M) / 2, cy = M + (H - 2 * M) / 2;
    const char *quad[4] = {"Keep satisfied", "Manage closely", "Monitor",
                           "Keep informed"};
    double qx[4] = {M + 10, cx + 10, M + 10, cx + 10},
           qy[4] = {M + 22, M + 22, cy + 22, cy + 22};
    P("<rect x=\"%.0f\" y=\"%.0f\" width=\"%.0f\" height=\"%.0f\" fill=\"none\" "
      "stroke=\"#555\"/>\n",
      M, M, W - 2 * M, H - 2 * M);
    P("<line x1=\"%.0f\" y1=\"%.0f\" x2=\"%.0f\" y2=\"%.0f\" stroke=\"#999\" "
      "stroke-dasharray=\"6 4\"/>\n",
      cx, M, cx, H - M);
    P("<line x1=\"%.0f\" y1=\"%.0f\" x2=\"%.0f\" y2=\"%.0f\" stroke=\"#999\" "
      "stroke-dasharray=\"6 4\"/>\n",
      M, cy, W - M, cy);
    for (int k = 0; k < 4; k++) {
        P("<text x=\"%.0f\" y=\"%.0f\" font-size=\"16\" fill=\"#777\">%s</text>\n", qx[k],
          qy[k], quad[k]);
    }
    P("<text x=\"%.0f\" y=\"%.0f\" font-size=\"16\" text-anchor=\"middle\">Interest in "
      "the STPs "
      "(quotations, stances) &#8594;</text>\n",
      cx, H - M / 3);
    P("<text x=\"%.0f\" y=\"%.0f\" font-size=\"16\" text-anchor=\"middle\" "
      "transform=\"rotate(-90 %.0f %.0f)\">Power (centrality, leadership) "
      "&#8594;</text>\n",
      M / 3, cy, M / 3, cy);
    P("<text x=\"%.0f\" y=\"%.0f\" font-size=\"20\" "
      "text-anchor=\"middle\">Power-interest grid: "
      "%zu stakeholders, %zu articles</text>\n",
      W / 2, M / 2, g->nnodes, g->ndocs);
    static const char *const fill[SG_NODE_NTYPES] = {"#b35806", "#2166ac", "#1b7837",
                                                     "#762a83"};
    for (size_t i = 0; i < g->nnodes && rc == SG_OK; i++) {
        const sg_node_t *n = &g->nodes[p[i].node];
        double x = M + p[i].interest * (W - 2 * M), y = H - M - p[i].power * (H - 2 * M);
        P("<g><title>");
        if (rc == SG_OK) {
            rc = sg_buf_xml(&b, n->name);
        }
        P(" (%s): power %.2f, interest %.2f</title><circle cx=\"%.1f\" cy=\"%.1f\" "
          "r=\"5\" "
          "fill=\"%s\"/>",
          sg_node_type_name(n->type), p[i].power, p[i].interest, x, y, fill[n->type]);
        if (i < 30) {
            /* label the thirty most powerful or interested; the rest keep tooltips */
            P("<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" fill=\"#222\">", x + 7,
              y + 4 + (i % 3) * 3.0);
            if (rc == SG_OK) {
                rc = sg_buf_xml(&b, n->name);
            }
            P("</text>");
        }
        P("</g>\n");
    }
    P("</svg>\n");
#undef P
    free(p);
    free(lead);
    if (rc != SG_OK) {
        sg_buf_release(&b);
        return sg_error_set(err, rc, NULL, 0, 0, "%s", sg_strerror(rc));
    }
    *len = b.len;
    *out = sg_buf_take(&b);
    return SG_OK;
}
