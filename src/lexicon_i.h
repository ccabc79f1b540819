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
/* (SG_I_ST_NONE: a phrase holding a cue's word that is no cue: "opposing views") */
enum {
    SG_I_ST_POS = 1,
    SG_I_ST_NEG = 2,
    SG_I_ST_EVAL = 4,
    SG_I_ST_AGENT = 8,
    SG_I_ST_NONE = 16
};
/* negators values: cancel (no stance), flip (the opposite), deny (the opposite of a
 * positive cue, no stance for a negative one), hedge (no stance for a positive cue,
 * a negative one left: "could back" is no support, "could withdraw" a threat) */
enum {
    SG_I_NEG_CANCEL = 1,
    SG_I_NEG_FLIP = 2,
    SG_I_NEG_DENY = 3,
    SG_I_NEG_HEDGE = 4,
    SG_I_NEG_NONE = 5 /* holds a negator's word and negates nothing: "not only" */
};

typedef struct {
    char *canonical;
    sg_node_type_t type;
} sg_i_gazentry_t;

/* The phrase tables, by their index in sg_lexicon.tab. */
typedef enum {
    SG_I_T_TITLES,
    SG_I_T_FIRST_NAMES,
    SG_I_T_ORG_WORDS,
    SG_I_T_NONSTAKE,
    SG_I_T_DOC_WORDS,
    SG_I_T_ROLES,
    SG_I_T_STANCE,
    SG_I_T_NEGATORS,
    SG_I_T_REPORTING,
    SG_I_T_ABBREV,
    SG_I_T_PROGRAMME,
    SG_I_T_COLLECTIVE,
    SG_I_T_ANAPHORS,
    SG_I_T_REGIONAL,
    SG_I_T_STARTERS,
    SG_I_T_COUNCIL_PLACES,
    SG_I_T_GAZ, /* phrase key -> index into gazetteer */
    SG_I_T_COUNT
} sg_i_table_t;

#define SG_I_WORD_FILTER_BITS 65536

/* A word's bit in the lexicon's word filter: from its length and its first and last
 * bytes (len >= 1). */
static inline size_t sg_i_word_bit(const char *s, size_t len) {
    uint32_t h = (uint32_t)len * 0x9E3779B1u ^
                 (uint32_t)(unsigned char)s[0] * 0x85EBCA77u ^
                 (uint32_t)(unsigned char)s[len - 1] * 0xC2B2AE3Du;
    return (h ^ (h >> 15)) & (SG_I_WORD_FILTER_BITS - 1);
}

struct sg_lexicon {
    sg_map_t tab[SG_I_T_COUNT];
    /* Every word that starts a phrase of some table, once: words maps it to 1 + its
     * index in word, where each table's value for the word alone lies (0: none).
     * A token tagged with its word is matched against every table without a
     * lookup. */
    sg_map_t words;
    size_t (*word)[SG_I_T_COUNT];
    size_t nwords, capwords;
    /* A bit for each word of words, at sg_i_word_bit: a token whose bit is clear
     * starts no phrase, without hashing it (most tokens of an article). */
    uint8_t word_filter[SG_I_WORD_FILTER_BITS / 8];
    sg_i_gazentry_t *gazetteer;
    size_t ngaz, capgaz;
    /* gazetteer names in capitals only ("BNSSG", "SEL"): their keys, which match
     * a token in capitals only ("Sel said" names no footprint) */
    sg_map_t caps_only;
    size_t ncaps;
    sg_strv_t anaphor_targets; /* values of anaphors: keyword or type name */
    size_t max_phrase;         /* longest phrase, in tokens, of any phrase table */
};

/* Set doc->tags: for every token, 1 + the index of its word in lex->word (0 when
 * no phrase starts with it), so that sg_i_match and sg_i_tok_in answer the first
 * word without a lookup. Errors: SG_ENOMEM. */
sg_err_t sg_i_tag_tokens(const sg_lexicon_t *lex, sg_textdoc_t *doc);

/* Normalised phrase key of tokens [b, e): token forms joined by one space, "&" as
 * "and". Appends to out. */
sg_err_t sg_i_phrase_key(const sg_textdoc_t *doc, size_t b, size_t e, sg_buf_t *out);

/* The gazetteer entry a whole name (an "STP" suffix allowed) stands for, or NULL in
 * *entry. Errors: SG_ENOMEM. */
sg_err_t sg_i_gaz_lookup(const sg_lexicon_t *lex, const char *name,
                         const sg_i_gazentry_t **entry);

/* Values of first_names.tsv: a given name, and the gender it says, if any. */
enum { SG_I_NAME_ANY = 1, SG_I_NAME_MALE = 2, SG_I_NAME_FEMALE = 3 };

/* The value of the given name that opens name ("Jane Roe": SG_I_NAME_FEMALE), 0
 * when it opens with none the lexicon knows. */
int sg_i_name_gender(const sg_lexicon_t *lex, const char *name);

/* Table t's value for token i's word alone, looked up (0: none); sg_i_match's
 * walk from token i, whose word has value v. For the inline functions below. */
size_t sg_i_first_value(const sg_lexicon_t *lex, sg_i_table_t t, const sg_textdoc_t *doc,
                        size_t i);
size_t sg_i_match_from(const sg_lexicon_t *lex, sg_i_table_t t, const sg_textdoc_t *doc,
                       size_t i, size_t limit, size_t v, size_t *val);

/* Table t's value for token i's word alone (0 when no phrase of t starts with it):
 * from the token's tag, or a lookup in a document without tags. Inline, as the
 * extractor asks this for nearly every token and table. */
static inline size_t sg_i_first(const sg_lexicon_t *lex, sg_i_table_t t,
                                const sg_textdoc_t *doc, size_t i) {
    if (doc->tags) {
        return doc->tags[i] ? lex->word[doc->tags[i] - 1][t] : 0;
    }
    return sg_i_first_value(lex, t, doc, i);
}

/* The longest phrase of table t at token i (ending by limit) whose last word is
 * written in the plural, an "s" added ("chief executives"): its length in tokens
 * (0 when none) and its value. */
size_t sg_i_match_plural(const sg_lexicon_t *lex, sg_i_table_t t, const sg_textdoc_t *doc,
                         size_t i, size_t limit, size_t *val);

/* 1 when the words of tokens i and j, in that order, are a whole phrase of table t
 * (its value in *val): a phrase a quotation mark cuts ("“deeply worried” by"). */
int sg_i_match_pair(const sg_lexicon_t *lex, sg_i_table_t t, const sg_textdoc_t *doc,
                    size_t i, size_t j, size_t *val);

/* Longest phrase of table t starting at token i and ending by token limit;
 * returns its length in tokens (0 when none) and its value. */
static inline size_t sg_i_match(const sg_lexicon_t *lex, sg_i_table_t t,
                                const sg_textdoc_t *doc, size_t i, size_t limit,
                                size_t *val) {
    size_t v;

    if (limit > doc->ntoks) {
        limit = doc->ntoks;
    }
    if (i >= limit || !(v = sg_i_first(lex, t, doc, i))) {
        return 0;
    }
    return sg_i_match_from(lex, t, doc, i, limit, v, val);
}

/* A role at token i, ending by limit: one of the table ("chief executive") or two
 * joined by "and" ("chair and chief executive"; not after an owner when a body of
 * the second's own follows), the pair a leader's when either is; its length in tokens (0
 * when none) and its kind in *val (when not NULL). */
static inline size_t sg_i_match_role(const sg_lexicon_t *lex, const sg_textdoc_t *doc,
                                     size_t i, size_t limit, size_t *val) {
    size_t k1 = 0, k2 = 0, n = sg_i_match(lex, SG_I_T_ROLES, doc, i, limit, &k1);
    size_t j = i + n, n2 = 0;

    /* a leader's word before a member's role is of it: "chief analyst", "head
     * nurse" (no leader's) */
    if (n == 1 && k1 == SG_I_ROLE_LEADS && j < limit && j < doc->ntoks &&
        (n2 = sg_i_match(lex, SG_I_T_ROLES, doc, j, limit, &k2)) != 0 &&
        k2 == SG_I_ROLE_MEMBER) {
        n += n2;
        j += n2;
        k1 = k2;
    }
    n2 = 0;

    if (n && j + 1 < limit && j + 1 < doc->ntoks &&
        (sg_tok_is(doc, j, "and") || sg_tok_is(doc, j, "&"))) {
        n2 = sg_i_match(lex, SG_I_T_ROLES, doc, j + 1, limit, &k2);
    }
    size_t e = j + 1 + n2;
    if (n2 && i > 0 && sg_tok_is(doc, i - 1, "'s") && e < limit &&
        (sg_tok_is(doc, e, "of") || sg_tok_is(doc, e, "at") ||
         sg_tok_is(doc, e, "for"))) {
        n2 = 0; /* the first the owner's, the second of its own: "the STP's lead and
                 * chief executive of X" */
    }
    if (n2) {
        n += 1 + n2;
        k1 = k2 == SG_I_ROLE_LEADS ? k2 : k1;
    }
    if (val && n) {
        *val = k1;
    }
    return n;
}

/* 1 when the single token i is a phrase of table t (its value in *val). */
static inline int sg_i_tok_in(const sg_lexicon_t *lex, sg_i_table_t t,
                              const sg_textdoc_t *doc, size_t i, size_t *val) {
    size_t v;

    if (i >= doc->ntoks || !((v = sg_i_first(lex, t, doc, i)) & SG_I_FULL)) {
        return 0;
    }
    if (val) {
        *val = v >> 2;
    }
    return 1;
}

#endif
