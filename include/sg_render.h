/* sg_render.h - stakeholder maps through Graphviz's libraries (cgraph builds the
 * graph, gvc lays it out and renders it): DOT, SVG and PNG from the same code; and
 * the power-interest grid (Mendelow's matrix) as SVG.
 */
#ifndef SG_RENDER_H
#define SG_RENDER_H

#include <stddef.h>

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
} sg_render_opts_t;

void sg_render_opts_init(sg_render_opts_t *o);

/* Render g (with centrality computed) into *out (malloc'd, *len bytes). Errors:
 * SG_EINVAL (unknown focus, format or layout), SG_EGVC. */
sg_err_t sg_render(const sg_graph_t *g, const sg_render_opts_t *o, char **out,
                   size_t *len, sg_error_t *err);

/* The power-interest grid: power from centrality over leads and member_of, interest
 * from quotations and stances about STPs. SVG into *out. */
sg_err_t sg_render_grid(const sg_graph_t *g, char **out, size_t *len, sg_error_t *err);

/* Value of a centrality measure by name; -1 when the name is unknown. */
double sg_centrality_get(const sg_centrality_t *c, const char *measure);

#endif
