/* sg_render.h - stakeholder maps through Graphviz's libraries (cgraph builds the
 * graph, gvc lays it out and renders it): DOT, SVG and PNG from the same code; and
 * the power-interest grid (Mendelow's matrix) as SVG.
 */
#ifndef SG_RENDER_H
#define SG_RENDER_H

#include <stddef.h>

#include "sg_analysis.h"
#include "sg_error.h"
#include "sg_graph.h"

typedef struct {
    const char *format;  /* "svg", "dot", "png" */
    const char *layout;  /* NULL: dot up to 300 nodes, sfdp beyond */
    const char *focus;   /* name, alias or id; NULL for the whole graph */
    int depth;           /* hops around focus (default 1) */
    unsigned node_types; /* bit per sg_node_type_t; 0 = all */
    unsigned edge_types; /* bit per sg_edge_type_t; 0 = all */
    int min_degree;      /* drop nodes of lower degree (default 1) */
    const char
        *size_by; /* degree, pagerank, betweenness, eigenvector (default pagerank) */
    int legend;   /* draw the legend */
    /* draw at most this many stakeholders: of those the options above keep, the
     * most central by size_by as sg_analysis_rank orders them, focus always among
     * them; 0 draws them all. Default SG_RENDER_TOP: a layout's time and memory grow with
     * the map (10^4 stakeholders take seconds, 6.5 x 10^4 took 157 s and 1.7 GB), and a
     * map of more is unreadable */
    size_t top;
} sg_render_opts_t;

#define SG_RENDER_TOP 10000

void sg_render_opts_init(sg_render_opts_t *o);

/* The stakeholders the options keep (*kept) and the number sg_render draws (*shown:
 * kept, cut to top). Errors: SG_EINVAL (unknown focus), SG_ENOMEM. */
sg_err_t sg_render_count(const sg_graph_t *g, const sg_render_opts_t *o, size_t *kept,
                         size_t *shown, sg_error_t *err);

/* Render g (with centrality computed) into *out (malloc'd, *len bytes). Errors:
 * SG_EINVAL (unknown focus, format or layout), SG_EGVC. */
sg_err_t sg_render(const sg_graph_t *g, const sg_render_opts_t *o, char **out,
                   size_t *len, sg_error_t *err);

/* The power-interest grid: power from centrality over leads and member_of, interest
 * from quotations and stances about STPs. SVG into *out. */
sg_err_t sg_render_grid(const sg_graph_t *g, char **out, size_t *len, sg_error_t *err);

#endif
