/* analysis_i.h - inside the analysis, for its tests: the eigenvector fallback. */
#ifndef SG_ANALYSIS_I_H
#define SG_ANALYSIS_I_H

#include <igraph.h>

#include "sg_graph.h"

/* Eigenvector centrality of g (finalized) by power iteration on the same weighted
 * undirected graph the analysis makes, into res (n values, the largest 1): what
 * sg_analysis_compute falls back on when ARPACK does not converge. 0, or -1 when
 * out of memory. */
int sg_i_eigenvector_power(const sg_graph_t *g, igraph_vector_t *res);

#endif
