/* sg_lexicon.h - the word lists and gazetteers that drive extraction.
 *
 * Every rule of the extractor that names words reads them from TSV files in a
 * lexicon folder (graphs/lexicon by default), so a user can extend the tool
 * without touching code. See graphs/lexicon/README.md for each file's columns.
 */
#ifndef SG_LEXICON_H
#define SG_LEXICON_H

#include "sg_error.h"

typedef struct sg_lexicon sg_lexicon_t;

/* Load every lexicon file from folder dir. On failure *out is NULL and err says
 * which file and line. The caller frees the result with sg_lexicon_free. */
sg_err_t sg_lexicon_load(const char *dir, sg_lexicon_t **out, sg_error_t *err);

/* Free a lexicon; NULL is a no-op. */
void sg_lexicon_free(sg_lexicon_t *lex);

/* The folder stakegraph looks in when none is given: $STAKEGRAPH_LEXICON, else
 * graphs/lexicon under the working directory, else PREFIX/share/stakegraph/lexicon
 * beside the running binary's PREFIX/bin, else the data folder compiled in. */
const char *sg_lexicon_default_dir(void);

/* The gazetteer's canonical name for name (any of its aliases, any case, an "STP"
 * suffix allowed), or NULL when the gazetteer does not know it. The result points
 * into the lexicon. */
const char *sg_lexicon_canonical(const sg_lexicon_t *lex, const char *name);

#endif
