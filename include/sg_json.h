/* sg_json.h - the graph JSON of docs/graph-format (one object) and fragments
 * (JSON Lines: one document, node, edge or quote record a line).
 */
#ifndef SG_JSON_H
#define SG_JSON_H

#include "sg_error.h"
#include "sg_graph.h"
#include "sg_util.h"

/* Append the graph as one JSON object (indented, ending in a newline). */
sg_err_t sg_json_write_graph(const sg_graph_t *g, sg_buf_t *out, sg_error_t *err);

/* Write the graph JSON (the same bytes as sg_json_write_graph) to path atomically
 * ("-": standard output), streaming: records are formatted in blocks, nthreads
 * blocks at a time (0 or 1: on this thread), and written as they are done, so the
 * whole file is never held in memory. On failure the old file stays as it was. */
sg_err_t sg_json_save_graph(const sg_graph_t *g, const char *path, size_t nthreads,
                            sg_error_t *err);

/* Append the graph as JSON Lines fragment records. */
sg_err_t sg_json_write_fragment(const sg_graph_t *g, sg_buf_t *out, sg_error_t *err);

/* The same, but whenever out holds more than spill bytes after a record, flush(ctx,
 * out) takes them (and empties out), so that one large article's fragment is never
 * all in memory. flush returns 0, or an errno that stops the writing: SG_EIO, the
 * errno in *werr (when werr is not NULL; 0 on every other outcome), and err left
 * for the caller, who knows where it wrote, to set. */
sg_err_t sg_json_write_fragment_spill(const sg_graph_t *g, sg_buf_t *out, size_t spill,
                                      int (*flush)(void *ctx, sg_buf_t *out), void *ctx,
                                      int *werr, sg_error_t *err);

/* The graph's fragment records (the same bytes as sg_json_write_fragment) written
 * to path as sg_json_save_graph writes: atomically ("-": standard output), and
 * streaming, a megabyte at a time, so the whole text is never held in memory. On
 * failure the old file stays as it was. */
sg_err_t sg_json_save_fragment(const sg_graph_t *g, const char *path, sg_error_t *err);

/* Read a graph file or a fragment file (told apart by content) from data[0..len)
 * into g (which may already hold data: records are merged). name is used in error
 * messages. max_depth bounds JSON nesting (0 = 64). Errors: SG_EPARSE with line
 * and column, SG_ENOMEM, SG_EEMPTY when the input holds nothing but white space
 * (no graph; as fragments, a stream of none: g is left as it was). On failure g
 * may hold part of the input: use a scratch graph and merge it on success. g is
 * left as a merge leaves it (an edge may come in pieces, one for each piece of its
 * evidence): sg_graph_finalize it before reading its nodes and edges, as every
 * command does. */
sg_err_t sg_json_read(const char *data, size_t len, const char *name, size_t max_depth,
                      sg_graph_t *g, sg_error_t *err);

/* sg_json_read of the file at path ("-": standard input), of any size, without a
 * copy of the whole file in memory: a regular file is mapped and the pages already
 * read are given back as the reading goes (see sg_io_map). Errors: those of
 * sg_json_read, and SG_EIO when the file cannot be read. */
sg_err_t sg_json_read_file(const char *path, size_t max_depth, sg_graph_t *g,
                           sg_error_t *err);

#endif
