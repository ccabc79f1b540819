/* lexicon_i.h - the lexicon's tables, shared by the extractor modules only. */
#ifndef SG_LEXICON_I_H
#define SG_LEXICON_I_H

#include "sg_graph.h"
#include "sg_lexicon.h"
#include "sg_text.h"
#include "sg_util.h"

/* Phrase tables hold every phrase and every proper prefix of one; a stored value
 * is (value << 2) | flags. Read them through sg_i_match and sg_i_tok_in. */
enum { SG_I_FULL = 1, SG_I_PREFIX = 2 };

/* org_words values */
enum { SG_I_OW_ANY = 1, SG_I_OW_TAIL = 2, SG_I_OW_COUNCIL = 4 };
/* non_stakeholders values */
enum {
    SG_I_NS_TIME = 1,
    SG_I_NS_PUBLICATION = 2,
    SG_I_NS_PLACE = 3,
    SG_I_NS_GENERIC = 4
};
/* roles values */
enum { SG_I_ROLE_LEADS = 1, SG_I_ROLE_MEMBER = 2 };
/* stance values: polarity, and whether the cue judges what comes before it
 * ("STPs are our best shot": eval) or acts on what follows ("refused to endorse X") */
enum { SG_I_ST_POS = 1, SG_I_ST_NEG = 2, SG_I_ST_EVAL = 4 };
/* negators values */
enum { SG_I_NEG_CANCEL = 1, SG_I_NEG_FLIP = 2 };

typedef struct {
    char *canonical;
    sg_node_type_t type;
} sg_i_gazentry_t;

struct sg_lexicon {
    sg_map_t titles, first_names, org_words, nonstake, doc_words, roles, stance, negators,
        reporting, abbrev, programme, collective, anaphors, regional, starters;
    sg_map_t gaz; /* phrase key -> index into gazetteer */
    sg_map_t first; /* word -> bit t set when table t (sg_i_tables order) has a
                       phrase starting with it */
    sg_i_gazentry_t *gazetteer;
    size_t ngaz, capgaz;
    sg_strv_t anaphor_targets; /* values of anaphors: keyword or type name */
    size_t max_phrase;         /* longest phrase, in tokens, of any phrase table */
};

/* The phrase tables in a fixed order (SG_I_NTABLES of them), for the first-word
 * bits of sg_i_tag_tokens. */
#define SG_I_NTABLES 16
void sg_i_tables(const sg_lexicon_t *lex, const sg_map_t *out[SG_I_NTABLES]);

/* Set doc->tags: for every token, the tables with a phrase starting with it, so
 * that sg_i_match answers most tries without a lookup. Errors: SG_ENOMEM. */
sg_err_t sg_i_tag_tokens(const sg_lexicon_t *lex, sg_textdoc_t *doc);

/* Normalised phrase key of tokens [b, e): token forms joined by one space, "&" as
 * "and". Appends to out. */
sg_err_t sg_i_phrase_key(const sg_textdoc_t *doc, size_t b, size_t e, sg_buf_t *out);

/* Longest phrase of map starting at token i and ending by token limit;
 * returns its length in tokens (0 when none) and its value. */
size_t sg_i_match(const sg_lexicon_t *lex, const sg_map_t *map, const sg_textdoc_t *doc,
                  size_t i, size_t limit, size_t *val);

/* The gazetteer entry a whole name (an "STP" suffix allowed) stands for, or NULL in
 * *entry. Errors: SG_ENOMEM. */
sg_err_t sg_i_gaz_lookup(const sg_lexicon_t *lex, const char *name,
                         const sg_i_gazentry_t **entry);

/* 1 when the single token i is in map. */
int sg_i_tok_in(const sg_lexicon_t *lex, const sg_map_t *map, const sg_textdoc_t *doc,
                size_t i, size_t *val);

#endif
