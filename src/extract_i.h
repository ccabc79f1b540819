/* extract_i.h - state shared by the extractor's stages (mentions, resolve,
 * relations, quotes) while one article is processed. Not public. */
#ifndef SG_EXTRACT_I_H
#define SG_EXTRACT_I_H

#include "lexicon_i.h"
#include "sg_extract.h"
#include "sg_graph.h"
#include "sg_text.h"

typedef enum {
    SG_I_M_NAME,     /* a name: typed, canonical name proposed */
    SG_I_M_ACRONYM,  /* an all-capitals word to resolve against the article */
    SG_I_M_SURNAME,  /* one capitalised word: a person named earlier, or nothing */
    SG_I_M_ANAPHOR,  /* "the institute": the last stakeholder of that kind */
    SG_I_M_REGIONAL, /* "their region's STP": the STP of a place named nearby */
    SG_I_M_DOCREF    /* "the review": stands for whoever issued it */
} sg_i_mkind_t;

typedef struct {
    size_t tb, te; /* tokens [tb, te) */
    sg_i_mkind_t kind;
    sg_node_type_t type;
    char *surface; /* as written */
    char *name;    /* canonical name proposal (NAME), keyword (ANAPHOR/DOCREF): in
                    * surface's allocation */
    char *acronym; /* defined in brackets right after or inside, or NULL */
    char *alias2;  /* a further alias ("GMHSC Partnership"), or NULL */
    char *title;   /* "Professor", or NULL */
    char *place;   /* for council groups: the place they are in ("Shropshire") */
    long entity;   /* index into entities once resolved, else -1 */
} sg_i_mention_t;

typedef struct {
    sg_node_type_t type;
    char *id;
    char *name; /* in id's allocation */
    sg_strv_t aliases, titles, roles;
    size_t nmentions;
    long node; /* its node in the fragment once emitted (emit_nodes), else -1 */
} sg_i_entity_t;

typedef struct {
    size_t qb, qe;     /* tokens of the quoted words [qb, qe) */
    size_t close;      /* the closing mark's token (qe unless the words were cut) */
    size_t start, end; /* text offsets of the quoted words */
    long speaker;      /* entity, or -1 */
    size_t cue_tok;    /* token of the attributing word, or (size_t)-1 */
    size_t para;
    int unclosed;
    int nobody; /* the words are what a stakeholder is called ("X was rated
                 * “outstanding”"), no one's: no speaker to look for */
} sg_i_quote_t;

typedef struct {
    const sg_lexicon_t *lex;
    const sg_extract_opts_t *opts;
    sg_textdoc_t *doc;
    const char *doc_id;
    sg_i_mention_t *m;
    size_t nm, capm;
    /* mentions stage: the last words (normalised) of the people named by two words
     * or more in m[0, surnames_upto), a set (filled once the mentions are many) */
    sg_map_t surnames;
    size_t surnames_upto;
    sg_i_entity_t *ents;
    size_t nents, capents;
    sg_i_quote_t *q;
    size_t nq, capq;
    long *tok_mention;   /* token -> mention index covering it, or -1 */
    long *first_mention; /* entity -> its first mention, or -1 (relations stage) */
    long *led_plan;      /* person -> the footprint they lead, or -1 (the same) */
    long *held_body;     /* person -> the body of their first role that is no footprint's,
                          * or -1 (in led_plan's allocation) */
    long author;         /* entity who wrote the piece, or -1 */
    long interviewee;    /* person an interview's answers are of, or -1 */
    size_t asked_para;   /* the interview's first question's paragraph */
    int respectively;    /* the article says "respectively" (relations stage) */
    size_t body_end;     /* first token of readers' comments after the article
                            (found with the mentions), else the number of tokens */
    sg_text_t *sent_text; /* sentence -> its text in out's store, 0 until stored */
    /* once resolved: mention k -> the last mention before it that resolved to a
     * person (prev_person), an organisation or a council (prev_org), or -1; nm + 1
     * of each, in one allocation */
    long *prev_person, *prev_org;
    /* once resolved: entity -> 1 when a mention of it has "shadow" within a few
     * words ("Labour's shadow health secretary Jo Vane"), else 0 */
    unsigned char *shadowed;
    sg_graph_t *out;
} sg_i_ctx_t;

/* Stages, in order. Each returns SG_OK or SG_ENOMEM / SG_ELIMIT. */
sg_err_t sg_i_find_mentions(sg_i_ctx_t *cx);
sg_err_t sg_i_resolve(sg_i_ctx_t *cx);
sg_err_t sg_i_find_quotes(sg_i_ctx_t *cx);
sg_err_t sg_i_find_relations(sg_i_ctx_t *cx);

/* How many mentions back "the institute" may point. */
#define SG_I_ANAPHOR_REACH 400

/* The node of local government as a collective stakeholder. */
#define SG_I_COLLECTIVE "Local government"

/* The node of the STP programme as a whole. */
#define SG_I_PROGRAMME "Sustainability and Transformation Plans"

/* What an anaphor of a council's members stands for ("Councillors in X have
 * voted"): a council, found when resolved. */
#define SG_I_COUNCILLORS "councillors"

/* Helpers shared by the stages. */
/* 1 when token i is one of the n words of list. */
int sg_i_in_list(const sg_textdoc_t *doc, size_t i, const char *const *list, size_t n);
/* On a rule that runs seldom, called from the loop over every word of an article
 * (sg_i_find_mentions): kept out of line, so that the per-word work the compiler
 * inlines into the loop (lower_phrase) still fits its limit of growth. */
#if defined(__GNUC__)
#define SG_I_COLD __attribute__((noinline))
#else
#define SG_I_COLD
#endif

#define IN_LIST(doc, i, list) sg_i_in_list(doc, i, list, sizeof(list) / sizeof(list[0]))
int sg_i_is_cap(const sg_textdoc_t *doc, size_t i);
/* 1 when token i is letters written after a person's name: MP, OBE, QC ... */
int sg_i_postnominal(const sg_textdoc_t *doc, size_t i);
/* The place a council is of ("Cornwall" of "Cornwall Council", "Kent" of "Kent
 * County Council", "Hackney" of "London Borough of Hackney", "York" of "City of York
 * Council"), in buf; NULL when the name is none of those forms. */
const char *sg_i_council_place(const char *name, char *buf, size_t size);
/* The same for a council's name mention: its place ("Hackney" of the mention made
 * for "Hackney's", or read from its name), in buf when read; NULL for any other
 * mention. */
const char *sg_i_mention_place(const sg_i_mention_t *m, char *buf, size_t size);
/* Are tokens [a, b) a party's words, after a "the" or not ("Conservative", "the
 * Liberal Democrat", "Tory")? Mentions: a party so named is no stakeholder's name,
 * nor makes one of "council" after it. */
int sg_i_party_words(const sg_textdoc_t *doc, size_t a, size_t b);
/* Is token k a possessive: "'s", or an apostrophe glued to a word in s ("the
 * Liberal Democrats' health spokesman", "the Royal College of GPs' chair")? */
int sg_i_possessive_at(const sg_textdoc_t *doc, size_t k);
/* Is token k a plural of initials, a group's word ("GPs", "MPs", "CCGs")? */
int sg_i_plural_initials(const sg_textdoc_t *doc, size_t k);
/* Do the words from token b say the name before them is another's, named after
 * them ("X is the name given to the STP for Y", "is the new name of", "X, the
 * Dorset STP,")? */
int sg_i_name_given_after(const sg_textdoc_t *doc, size_t b);
/* Do the words from token b say the name before them is a plan's (", as the STP
 * is known", ", as the plan is called")? */
int sg_i_plan_named_after(const sg_textdoc_t *doc, size_t b);
/* Where the words that give what was named before token a another name open
 * (", known locally as X", ", also known as X", ", called X", ", now branded X",
 * "(formerly X)"): the comma's or bracket's token, or a verb's first ("X is to be
 * known as Y", "X has been renamed Y"); 0 when none. *known is set when
 * the words name what it is called ("known as", "called"), not what it was
 * ("formerly"). */
size_t sg_i_other_name_opening(const sg_textdoc_t *doc, size_t a, int *known);
/* Where the body opens whose part the words at token k name ("Dorset branch of
 * Unison", "local branch of the RCN": Unison's, the RCN's token), before lim; k
 * when they name none. */
size_t sg_i_branch_of(const sg_textdoc_t *doc, size_t k, size_t lim);
/* Is token i a party's word, capitalised ("the Conservative leader of the
 * council", "Labour and Conservative councils")? */
int sg_i_party_word(const sg_textdoc_t *doc, size_t i);
/* Is token i what follows a party's adjective when it says what a person is
 * ("a Conservative councillor", "a Labour member", "a Tory who", "a Green,")? */
int sg_i_party_role(const sg_textdoc_t *doc, size_t i);
/* Is token t a bullet that opens a list's line ("- ", "* ", "• "), or a table's
 * row ("| Cumbria | X | ...")? */
int sg_i_bullet_at(const sg_textdoc_t *doc, size_t t);
/* Is token i a word that says what a person is, before the name ("retired nurse
 * X", "campaigner X")? */
int sg_i_person_word(const sg_textdoc_t *doc, size_t i);
/* Does the word at token c end in "ed" ("approved", "criticised"), a verb in the
 * past as often as not? */
int sg_i_ends_ed(const sg_textdoc_t *doc, size_t c);
/* Is token i a noun naming a kind of organisation, "charity", "group", "union",
 * "think tank"'s "tank" ("the campaign group X")? */
int sg_i_org_kind(const sg_textdoc_t *doc, size_t i);
/* Is token i, in any case, an auxiliary verb: one that opens a verb phrase ("has
 * thrown", "were told") or a yes-or-no question ("Will councils back it?")? */
int sg_i_auxiliary(const sg_textdoc_t *doc, size_t i);
/* Where the headline ends (a token), when it is short enough to be one (at most 40
 * tokens); 0 when the document has none or it is longer. */
static inline size_t sg_i_headline_end(const sg_textdoc_t *doc) {
    const sg_paragraph_t *h = doc->nparas ? &doc->paras[doc->headline] : NULL;
    return h && h->tok_end <= h->tok_begin + 40 ? h->tok_end : 0;
}
/* Is the word at token k a fraction's ("half", "a third of", "the majority of")? */
int sg_i_fraction_word(const sg_textdoc_t *doc, size_t k);
/* Are tokens i and j the same word (normalised)? */
static inline int sg_i_same_word(const sg_textdoc_t *doc, size_t i, size_t j) {
    size_t li, lj;
    const char *a = sg_tok_norm(doc, i, &li), *b = sg_tok_norm(doc, j, &lj);
    return a && b && li == lj && memcmp(a, b, li) == 0;
}
/* "The man leading the Northfold STP has admitted": a person described by the
 * body they lead, opening the sentence at token sb (before se): the token where
 * the body's name starts, else 0. */
size_t sg_i_leader_described(const sg_textdoc_t *doc, size_t sb, size_t se);
/* "The man leading the Northfold STP has admitted ... . Speaking on Tuesday,
 * Andrew Webb, chief executive of X, said": for sentence s opening with a person
 * described by the body they lead, the first person the next sentence names in
 * its opening words; else -1. */
long sg_i_described_leader(const sg_i_ctx_t *cx, size_t s);
/* "The chief executive of one of the largest trusts has described ... Sir David
 * Dalton, chief executive of Salford Royal, said": a role of no body named that
 * opens the sentence (tokens [sb, r)), whose holder the next sentence names with
 * the same role in an apposition (or, when bare, the first person it names with no
 * apposition of another role; for a role after "A", "A senior GP in X has warned",
 * the person whose name opens it); or a person described by the body they lead
 * (sg_i_described_leader). That person, or -1. */
long sg_i_lede_role_person(const sg_i_ctx_t *cx, size_t sb, size_t r, int bare);
/* "A Labour councillor has ...", "A Conservative MP said": when the sentence that
 * opens at token sb (and ends before se) opens with "A" or "An", a party's mention
 * and a role only a person holds, the token after the role (and the party's entity
 * in *party); else 0. */
size_t sg_i_party_role_opening(const sg_i_ctx_t *cx, size_t sb, size_t se, long *party);
/* Where a list's item that opens at token tb starts, past a word in capitals that
 * says what a titled person is after "and" ("A and GP Dr B": the "GP"), or a word
 * only a person is ("A and GP B"), not before lo. */
size_t sg_i_item_start(const sg_i_ctx_t *cx, size_t tb, size_t lo);
/* The kind of council token k names, as a council's name ends ("county": "County
 * Council"; "city", "borough", "district"), or NULL. */
const char *sg_i_council_kind(const sg_textdoc_t *doc, size_t k);
/* Is token k a word for an area whose plan "the <area>'s plan" is ("region",
 * "county", "area", "city", "borough")? */
int sg_i_area_word(const sg_textdoc_t *doc, size_t k);
/* Does the word at token t follow a title or a given name ("Dr Said", "Omar
 * Said"), a surname then, whatever else it may be? */
int sg_i_named_so(const sg_i_ctx_t *cx, size_t t);
/* Is token t a reporting verb (said, told, warned ...), not a surname? */
static inline int sg_i_reporting_at(const sg_i_ctx_t *cx, size_t t) {
    return sg_i_tok_in(cx->lex, SG_I_T_REPORTING, cx->doc, t, NULL) &&
           !((cx->doc->toks[t].flags & SG_TF_CAP) && sg_i_named_so(cx, t));
}
/* Mention covering token i that has resolved to an entity, or -1. */
long sg_i_mention_at(const sg_i_ctx_t *cx, size_t i);
/* The stakeholder mention mi stands for as a role's, a stance's or a quotation's
 * target: "(the) STP" or "the plan" that resolved to the programme is the footprint
 * the article named last, "the plans" the only one it named; any other mention its
 * own entity (or -1). */
long sg_i_role_body(const sg_i_ctx_t *cx, long mi);
/* The same for "(the) STP" or "the plan" whatever word comes before ("An STP
 * spokesman" is the footprint's, as "the STP's" is); any other mention its own
 * entity (or -1). */
long sg_i_footprint_of(const sg_i_ctx_t *cx, long mi);
/* Is mention k a footprint's name used for its place only: after "in" and the
 * like (1), or in a seat's brackets (2), with no word of a plan ("a GP in Dorset",
 * "Tom Ash (Dunmore and Dorset, Labour)"; not "in the Dorset STP", "in Dorset's
 * plan")? 0 when not. */
int sg_i_footprint_as_place(const sg_i_ctx_t *cx, long k);
/* After quotations and relations: when every mention of the programme stands for
 * one footprint ("The Tarnshire STP ... Bob Jones backed the plan") and it speaks
 * nowhere and no edge names it, the story never spoke of STPs in general: those
 * mentions become the footprints'. */
void sg_i_fold_programme(sg_i_ctx_t *cx);
/* What "the plans" or "proposals" at token t mean: the one footprint named before
 * (not when two are, or STPs in general were spoken of since), or -1. */
long sg_i_plans_before(const sg_i_ctx_t *cx, size_t t);
/* The article's one council of that place ("Birmingham City Council" for
 * "Birmingham"), or -1 (none, or two). */
long sg_i_council_of_place(const sg_i_ctx_t *cx, const char *place);
/* Entity of the last person named before token i (any sentence), or -1. */
long sg_i_last_person(const sg_i_ctx_t *cx, size_t i);
/* Mention index of the last person named before token i, or -1. */
long sg_i_last_person_mention(const sg_i_ctx_t *cx, size_t i);
/* The same for "the health secretary": the last person not named as the shadow
 * of a role ("shadow health secretary Jo Vane"), or -1. */
long sg_i_last_office_holder(const sg_i_ctx_t *cx, size_t i);
/* The same for "she" (she != 0) or "he": the last person no title of whom says
 * the other gender ("Mr", "Dame"), among the last few; else the last; or -1. */
long sg_i_last_person_for(const sg_i_ctx_t *cx, size_t i, int she);
/* Is entity e a person "she" (she != 0) or "he" can stand for: no title or given
 * name of theirs says the other gender? */
int sg_i_fits_pronoun(const sg_i_ctx_t *cx, long e, int she);
/* Entity of the last organisation/council mentioned before token i, or -1. */
long sg_i_last_org(const sg_i_ctx_t *cx, size_t i);
/* Entity of the last council (not local government as a whole) named before token
 * i, among the 64 mentions before it within 4000 tokens, or -1. */
long sg_i_last_council(const sg_i_ctx_t *cx, size_t i);
/* Add an edge between two entities with evidence from sentence sent (and the
 * quoted words quote, a text of cx->out's store, or 0). */
sg_err_t sg_i_add_edge(sg_i_ctx_t *cx, long src, long dst, sg_edge_type_t type,
                       const char *role, size_t sent, size_t cue_b, size_t cue_e,
                       sg_text_t quote);
/* After a person ending before token t, "has been named as", "was appointed", "is
 * confirmed as", "took over as", "will become", "became" (and the like): the token
 * after it, where the role named follows; else 0 (also for "appointed to lead").
 * limit: the sentence's end. */
size_t sg_i_appointed(const sg_textdoc_t *doc, size_t t, size_t limit);
/* The stakeholder the pronoun at token t stands for: "he" or "she" the last person
 * named before it (or the body of a spokesperson named since), "it" the last
 * organisation or council, "the" and a role ending at t ("the health secretary")
 * the last person; -1 for any other token. */
long sg_i_pronoun_entity(const sg_i_ctx_t *cx, size_t t);
/* What "it" (or "them") at token t stands for as a stance's or a quotation's
 * object, or the object of a verb that ends its clause before t: the
 * stakeholder named last before it, in its sentence or the one before, when that
 * is a plan (a footprint or the programme; "Tarn Council backed the Devon STP,
 * while Hale Council opposed it") and not not_e (the subject); else -1 ("it" is
 * as often a decision or a review, which names no one). */
long sg_i_plan_before(const sg_i_ctx_t *cx, size_t t, long not_e);
/* Subject of the reporting verb at token r: for a participle after a comma
 * ("..., saying"), the sentence's first stakeholder; else the nearest person (or
 * pronoun: "he", "the health secretary") before it in its sentence, else the
 * nearest other stakeholder not in a phrase of place ("in Manchester"); -1 when
 * none. */
long sg_i_subject_before(const sg_i_ctx_t *cx, size_t r);
/* The stakeholders listed opening the sentence before sentence s ("A, B and C
 * will merge."), in its paragraph unless across (any paragraph): up to max into
 * out, their number (0 when fewer than two). */
size_t sg_i_prev_list(const sg_i_ctx_t *cx, size_t s, int across, long *out, size_t max);
/* Is mention m the body of a role held once ("a former chief executive of X", "X's
 * former chair") or of its opposition ("X Council's opposition group"), so a verb
 * after it is the unnamed holder's, not the body's? */
int sg_i_former_body(const sg_i_ctx_t *cx, long m);
/* The first token of the longest role that ends at token e, looked for from token
 * from on ("chief executive" of "a former chief executive of X"); e when none. */
size_t sg_i_role_ending(const sg_i_ctx_t *cx, size_t from, size_t e);
/* "A, B and C issued a joint statement: “We ...”", "A, MP for X, and B, MP for Y,
 * said": the stakeholders of the list that ends with quotation q's speaker before
 * its cue, the speaker first; up to max into out, their number (0 when the speaker
 * ends no list). */
size_t sg_i_co_speakers(const sg_i_ctx_t *cx, const sg_i_quote_t *q, long *out,
                        size_t max);
/* Is the word at token t a participle ("saying", "asking")? */
int sg_i_participle(const sg_textdoc_t *doc, size_t t);
/* The first stakeholder named (not the programme), or pronoun standing for one, in
 * tokens [from, to); -1 when none. */
long sg_i_first_stakeholder(const sg_i_ctx_t *cx, size_t from, size_t to);
/* malloc'd text of tokens [b, e) as written, spaces collapsed. */
char *sg_i_surface(const sg_textdoc_t *doc, size_t b, size_t e);
/* The same text (empty when e <= b) in buf, which holds size bytes, when it fits,
 * else malloc'd: the caller frees a result that is not buf. NULL: out of memory. */
char *sg_i_surface_buf(const sg_textdoc_t *doc, size_t b, size_t e, char *buf,
                       size_t size);
/* Add text[0..len) to g's texts as read, a line break or tab and the spaces around
 * it one space (a sentence or quotation of lines broken at a width); into *ref. */
sg_err_t sg_i_add_text(sg_graph_t *g, const char *text, size_t len, sg_text_t *ref);

#endif
