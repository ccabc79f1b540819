/* cli.h - what the command files share: error reporting, loading and writing graphs. */
#ifndef SG_CLI_H
#define SG_CLI_H

#include <getopt.h>

#include "stakegraph.h"

#define SG_CLI_EXIT_FAIL 1
#define SG_CLI_EXIT_USAGE 2

typedef int (*sg_cli_fn)(int argc, char **argv);

/* Print "stakegraph: SOURCE:LINE:COL: message" for err and return 1. */
int sg_cli_fail(const sg_error_t *err);
/* Print "stakegraph: SUBJECT: message" and return 1. */
int sg_cli_failf(const char *subject, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* Print a usage error for command cmd and return 2. */
int sg_cli_usage(const char *cmd, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* The usage error for what getopt_long returned for arg: c ':' when an option
 * wants a value it was not given, else an unknown option, with the nearest of the
 * command's long options when one is near ("--tpo": did you mean '--top'?). */
int sg_cli_bad_option(const char *cmd, int c, const char *arg,
                      const struct option *longopts);

/* Read a graph file (or fragments) into g, canonical, and with centrality when
 * asked (the commands that show no centrality skip the analysis). */
sg_err_t sg_cli_load_graph(const char *path, int centrality, sg_graph_t *g,
                           sg_error_t *err);
/* Load the lexicon from dir (NULL: the default folder). */
sg_err_t sg_cli_load_lexicon(const char *dir, sg_lexicon_t **lex, sg_error_t *err);
/* List the articles of paths[0..n) into files and load the lexicon. */
sg_err_t sg_cli_articles_and_lexicon(char **paths, int n, const char *lexdir,
                                     sg_strv_t *files, sg_lexicon_t **lex,
                                     sg_error_t *err);
/* Read the article at path and extract it into g. */
sg_err_t sg_cli_extract_file(const sg_lexicon_t *lex, const sg_extract_opts_t *opts,
                             const char *path, sg_graph_t *g, sg_error_t *err);
/* The index of the path of paths[0..n) that is the file out names (the same
 * device and inode, through links), or -1: an output that would replace one of a
 * command's inputs. Past 64 paths, only those with out's last part are looked at,
 * so that a corpus of 10^5 articles costs no more calls. */
long sg_cli_output_among(const char *out, char *const *paths, size_t n);
/* The extension of the last part of path (after its last '.', not a leading one:
 * "map.png" gives "png"), or NULL when it has none or path is "-". */
const char *sg_cli_extension(const char *path);
/* Make the folder out/ when path is in it and it is missing: where the default
 * outputs go, in a folder that has none yet (a project of one's own, not this
 * repository). Anything else is left to the write, which reports it. Returns
 * path, to write to. */
const char *sg_cli_out_folder(const char *path);
/* With STAKEGRAPH_TIMING=1 in the environment, print "timing: NAME SECONDS, peak
 * MB" on stderr for the phase that began at t0 (name NULL prints nothing). Returns
 * the time now, the start of the next phase. */
double sg_cli_phase(const char *name, double t0);
/* Whether STAKEGRAPH_TIMING asks for timings; the monotonic clock in seconds. */
int sg_cli_timing(void);
double sg_cli_now(void);
/* Processors online (at least 1): how many processes the analysis of a loaded
 * graph may use (the numbers do not depend on it). */
size_t sg_cli_cores(void);
/* Parse a non-negative integer option; returns -1 when it is not one. */
long sg_cli_number(const char *s);
/* A comma-separated list of node type names (edge type names with edges) as a bit
 * mask, 1 << type for each: 0, or -1 for an unknown name or an empty list. */
int sg_cli_type_mask(const char *list, int edges, unsigned *mask);
/* Byte sizes: "64M", "1G", "500000". 0 on error (and *ok = 0). */
size_t sg_cli_size(const char *s, int *ok);

/* Edits from a to b, case-insensitive, a swap of two neighbouring letters one edit
 * (names.c); with part, from a to the closest stretch of b. (size_t)-1 when out of
 * memory. */
size_t sg_cli_distance(const char *a, const char *b, int part);
/* The STP a user names (names.c): the node whose name, alias or id it is when that
 * is an STP; else the STP it is one of the names of in lex (NULL: the graph's
 * names only), or "X STP" for X. -1 when none. */
long sg_cli_find_stp(const sg_graph_t *g, const sg_lexicon_t *lex, const char *name);
/* Which stakeholders sg_cli_not_found suggests: any, STPs, or those quoted. */
typedef enum { SG_CLI_ANY, SG_CLI_STP, SG_CLI_SPEAKER } sg_cli_kind_t;
/* Print "stakegraph: NAME: no stakeholder of that name in the graph" (for an STP,
 * "no such STP", or what NAME is when it names a stakeholder of another type),
 * then the three nearest names of stakeholders of that kind; returns 1. */
int sg_cli_not_found(const sg_graph_t *g, const char *name, sg_cli_kind_t kind);

int sg_cmd_build(int argc, char **argv);
int sg_cmd_extract(int argc, char **argv);
int sg_cmd_merge(int argc, char **argv);
int sg_cmd_rank(int argc, char **argv);
int sg_cmd_influence(int argc, char **argv);
int sg_cmd_quotes(int argc, char **argv);
int sg_cmd_render(int argc, char **argv);
int sg_cmd_export(int argc, char **argv);

#endif
