/* sg_analysis.h - centrality and "who influences this STP", computed with igraph
 * on the stakeholder graph. Which edges each measure uses, in which direction and
 * with which weights, is documented in README.md ("Analysis") and here:
 *
 *  degree       all edges; in, out and total; parallel edges of different types count
 *               once each; self-loops never occur (finalize drops them)
 *  pagerank     directed, weighted "standing flows" graph, damping 0.85:
 *               leads and member_of run from the body to the person (weight 1, 0.5)
 *               endorses runs to the endorsed (1), opposes to the opposed (0.5),
 *               quotes from the speaker to what is spoken about (0.25); each weight
 *               times the edge's pieces of evidence
 *  betweenness  undirected, unweighted, all edge types; exact up to
 *               SG_BETWEENNESS_EXACT_WORK, else sampled from pivots (see below)
 *  eigenvector  undirected, weighted by pieces of evidence, scaled to max 1
 *  net_stance   endorsements received minus oppositions received (edges)
 */
#ifndef SG_ANALYSIS_H
#define SG_ANALYSIS_H

#include "sg_error.h"
#include "sg_graph.h"

/* Betweenness is exact while it takes at most this many visits (a search from each
 * vertex of its component's vertices and edges: about 2 CPU-s here, three times
 * the estimate); beyond it is estimated from pivots sized to
 * SG_BETWEENNESS_SAMPLE_WORK visits, and g->betweenness_pivots says how many. */
#define SG_BETWEENNESS_EXACT_WORK 1e8
#define SG_BETWEENNESS_SAMPLE_WORK 3e7

/* Fill every node's centrality, set g->has_centrality and g->analysis_key. */
sg_err_t sg_analysis_compute(sg_graph_t *g, sg_error_t *err);
/* The same with up to jobs processes: with jobs > 1 half of the betweenness
 * sources run in a forked child (igraph is not thread-safe as Debian builds it).
 * The numbers are the same bytes for any jobs. */
sg_err_t sg_analysis_compute_jobs(sg_graph_t *g, size_t jobs, sg_error_t *err);

typedef struct {
    size_t node;  /* index into g->nodes */
    double score; /* in (0, 1]: product of edge strengths, times 0.5 per extra hop */
    size_t *path; /* edge indices from the node to the STP, in order */
    size_t npath;
} sg_influence_t;

/* Stakeholders with influence over node stp: every node with a path of influence
 * edges to it (leads 1.0, endorses 0.8, opposes 0.8, member_of 0.6, quotes 0.4;
 * a path scores the product of its edges times 0.5 for each hop after the first;
 * the best path counts) that scores at least SG_INFLUENCE_MIN (so at most 10
 * hops). Sorted by score, then name. *out is malloc'd; free it with
 * sg_influence_free. */
sg_err_t sg_analysis_influence(const sg_graph_t *g, size_t stp, sg_influence_t **out,
                               size_t *n, sg_error_t *err);
void sg_influence_free(sg_influence_t *r, size_t n);

/* The fingerprint of what the analysis reads of g, into out: its stakeholders' ids
 * and types in order, each edge's ends, type and pieces of evidence in order, and
 * how the measures are computed (ANALYSIS_VERSION in analysis.c, the betweenness
 * limits); 16 hex digits. */
void sg_analysis_key(const sg_graph_t *g, char out[SG_ANALYSIS_KEY]);

/* Keep the centrality a graph file gave g, read (read_with_centrality: every node
 * had its measures) and finalized since, when the file's fingerprint
 * (g->analysis_key) is g's own and every measure is a finite number, not below 0
 * but the net stance: then sets g->has_centrality and returns 1. Else 0, and g's
 * centrality is to be computed. The numbers kept are those the file wrote (15
 * digits), so they print as a fresh computation's do. */
int sg_analysis_reuse(sg_graph_t *g, int read_with_centrality);

/* Value of a centrality measure by name (degree, pagerank, betweenness,
 * eigenvector); -1 when the name is unknown. */
double sg_centrality_get(const sg_centrality_t *c, const char *measure);

/* The nodes keep marks (NULL: every node), most central by measure first, ties by
 * name, then id: the order rank lists them in and render's top keeps. order, with
 * room for g->nnodes, receives their indices, *n how many. Errors: SG_ENOMEM. */
sg_err_t sg_analysis_rank(const sg_graph_t *g, const char *measure, const char *keep,
                          size_t *order, size_t *n);

/* Weights of the influence paths, exposed for documentation and tests. */
double sg_influence_weight(sg_edge_type_t t);
#define SG_INFLUENCE_DECAY 0.5
/* Weaker influence is left out: it reads 0.000 in three decimals, and a long chain
 * of stakeholders would otherwise list every one with its path (quadratic). */
#define SG_INFLUENCE_MIN 0.001

#endif
