/* sg_extract.h - turn one article into a graph fragment: its document record,
 * the stakeholders it names, the edges between them and its quotations, each with
 * its evidence (offsets into the article file as read).
 */
#ifndef SG_EXTRACT_H
#define SG_EXTRACT_H

#include <stddef.h>

#include "sg_error.h"
#include "sg_graph.h"
#include "sg_lexicon.h"

typedef struct {
    size_t max_bytes;    /* refuse larger articles (SG_ELIMIT); 0 = no limit */
    size_t max_mentions; /* refuse articles with more mentions (SG_ELIMIT); 0 = none */
} sg_extract_opts_t;

/* Default options: 64 MB articles, 1,000,000 mentions. */
void sg_extract_opts_init(sg_extract_opts_t *o);

/* Extract the article bytes[0..len) (the caller keeps them) into graph out, which
 * may already hold other articles. doc_id names the article (file name without
 * extension), path is recorded as given. Refuses binary data (NUL bytes) with
 * SG_EINVAL. On failure out is unchanged. */
sg_err_t sg_extract_article(const sg_lexicon_t *lex, const sg_extract_opts_t *opts,
                            const char *doc_id, const char *path, const char *bytes,
                            size_t len, sg_graph_t *out, sg_error_t *err);

/* The document id of a path: its file name without the last extension (malloc'd). */
char *sg_extract_doc_id(const char *path);
/* The same id where it lies in path: its first byte, and its length in *len. */
const char *sg_extract_doc_id_in(const char *path, size_t *len);

#endif
