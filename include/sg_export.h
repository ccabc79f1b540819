/* sg_export.h - the graph in the formats visualisation tools and databases read:
 * NetworkX/D3 node-link JSON, Cytoscape.js elements, graphology's serialisation,
 * GEXF 1.2 (Gephi, NetworkX), GraphML, and Neo4j bulk-import CSV. Every export
 * keeps node and edge types, stance signs, centrality and evidence counts. */
#ifndef SG_EXPORT_H
#define SG_EXPORT_H

#include "sg_error.h"
#include "sg_graph.h"
#include "sg_util.h"

typedef enum {
    SG_EXPORT_NODE_LINK,
    SG_EXPORT_CYTOSCAPE,
    SG_EXPORT_GRAPHOLOGY,
    SG_EXPORT_GEXF,
    SG_EXPORT_GRAPHML,
    SG_EXPORT_CSV
} sg_export_format_t;

/* Parse "node-link", "cytoscape", "graphology", "gexf", "graphml", "csv". */
int sg_export_format_parse(const char *s, sg_export_format_t *f);

/* Append the export of g to out. For SG_EXPORT_CSV, out gets the nodes file and
 * rels (required) the relationships file. */
sg_err_t sg_export(const sg_graph_t *g, sg_export_format_t f, sg_buf_t *out,
                   sg_buf_t *rels, sg_error_t *err);

/* Where sg_export_to sends an export: the bytes are formatted into buf and, when
 * flush is set, handed to it (flush(arg, data, len), buf then emptied) each time
 * buf passes a megabyte at the end of a record, and at the end, so that the whole
 * export is never held in memory; an error flush returns stops the export and is
 * returned. With flush NULL buf keeps the whole export, as sg_export does. */
typedef struct {
    sg_buf_t *buf;
    sg_err_t (*flush)(void *arg, const char *data, size_t len);
    void *arg;
} sg_export_sink_t;

/* sg_export through sinks (rels: the relationships file of SG_EXPORT_CSV). */
sg_err_t sg_export_to(const sg_graph_t *g, sg_export_format_t f, sg_export_sink_t *out,
                      sg_export_sink_t *rels, sg_error_t *err);

#endif
