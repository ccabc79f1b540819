/* mentions.c - find the stretches of text that name a stakeholder: capitalised
 * name sequences, gazetteer names, council groups, the collective "local
 * government", the STP programme, acronyms, and words that point back ("the
 * institute", "their region's STP"). Typing follows titles, org words and context. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract_i.h"

static const char *const connectors[] = {"of", "and", "for", "the",
                                         "&",  "'s",  "de",  "upon"};
/* the small words inside a person's name: "Maria de Souza", "Ursula von Keller" */
static const char *const particles[] = {"de",  "van", "von", "da",  "di",  "du",  "la",
                                        "dos", "das", "der", "den", "del", "bin", "al"};
static const char *const compass[] = {"north",   "south",    "east",
                                      "west",    "northern", "southern",
                                      "eastern", "western",  "central"};
static const char *const nations[] = {"uk", "england", "wales", "scotland"};
/* words that join clauses, no name's first */
static const char *const conjunctions[] = {"but", "and", "or", "yet", "so"};
static const char *const number_words[] = {"two", "three", "four",   "five",
                                           "six", "seven", "eight",  "nine",
                                           "ten", "both",  "several"};
static const char *const docref_nouns[] = {
    "review", "report", "guidance", "survey",     "analysis",     "study",
    "paper",  "letter", "response", "submission", "investigation"};
/* anaphors' words that are also abstract nouns, which "of" follows: "the trust of
 * the public", "the body of evidence" */
static const char *const abstract_nouns[] = {"trust", "body", "board"};

const char *sg_i_council_place(const char *name, char *buf, size_t size) {
    static const char *const tails[] = {" Metropolitan Borough Council",
                                        " County Council",
                                        " City Council",
                                        " Borough Council",
                                        " District Council",
                                        " Council"};
    static const char *const heads[] = {"London Borough of ", "Royal Borough of ",
                                        "City of "};
    size_t n = strlen(name), h = 0, tl = 0;

    for (size_t k = 0; k < sizeof(heads) / sizeof(heads[0]) && !h; k++) {
        h = strncmp(name, heads[k], strlen(heads[k])) == 0 ? strlen(heads[k]) : 0;
    }
    for (size_t k = 0; k < sizeof(tails) / sizeof(tails[0]) && !tl; k++) {
        size_t l = strlen(tails[k]);
        tl = n > l + h && strcmp(name + n - l, tails[k]) == 0 ? l : 0;
    }
    if ((!h && !tl) || n <= h + tl || n - h - tl >= size) {
        return NULL;
    }
    memcpy(buf, name + h, n - h - tl); /* ("City of York Council": York) */
    buf[n - h - tl] = '\0';
    return buf;
}

const char *sg_i_mention_place(const sg_i_mention_t *m, char *buf, size_t size) {
    return m->kind == SG_I_M_NAME && m->type == SG_NODE_COUNCIL
               ? (m->place ? m->place : sg_i_council_place(m->name, buf, size))
               : NULL;
}

int sg_i_in_list(const sg_textdoc_t *doc, size_t i, const char *const *list, size_t n) {
    size_t len;
    const char *w = i < doc->ntoks ? sg_tok_norm(doc, i, &len) : NULL;

    if (!w) {
        return 0;
    }
    /* (the token's form fetched once; a word's first letter, then the rest) */
    for (size_t k = 0; k < n; k++) {
        const char *x = list[k];
        if (len ? x[0] == w[0] && strncmp(x, w, len) == 0 && x[len] == '\0'
                : x[0] == '\0') {
            return 1;
        }
    }
    return 0;
}

int sg_i_postnominal(const sg_textdoc_t *doc, size_t i) {
    static const char *const letters[] = {"mp",  "mps", "mep", "meps", "obe",
                                          "cbe", "mbe", "qc",  "kc"};

    return i < doc->ntoks && (doc->toks[i].flags & SG_TF_ALLCAPS) &&
           IN_LIST(doc, i, letters);
}

int sg_i_plural_initials(const sg_textdoc_t *doc, size_t k) {
    const char *w = doc->text + doc->toks[k].start;
    size_t n = doc->toks[k].end - doc->toks[k].start;

    return n >= 3 && n <= 5 && w[n - 1] == 's' && w[n - 2] >= 'A' && w[n - 2] <= 'Z';
}

/* Is the apposition from the comma at token b a footprint's STP by its place's
 * words, closed by a comma or the sentence's end ("X, the Dorset STP, has",
 * "X, Dorset's STP."; not a list's item: "X, the Dorset STP, and Y")? */
static int plan_apposed_after(const sg_textdoc_t *doc, size_t b) {
    size_t k = b + 1 + (b + 1 < doc->ntoks && sg_tok_is(doc, b + 1, "the")), w = k;

    if (!sg_tok_is(doc, b, ",")) {
        return 0;
    }
    while (k < doc->ntoks && k < w + 6 &&
           (sg_i_is_cap(doc, k) || (k > w && sg_tok_is(doc, k, "and"))) &&
           !sg_tok_is(doc, k, "stp")) {
        k++;
    }
    k += k > w && k < doc->ntoks && sg_tok_is(doc, k, "'s");
    if (k == w || k + 1 >= doc->ntoks || !sg_tok_is(doc, k, "stp") ||
        !(sg_tok_is(doc, k + 1, ",") || sg_tok_is(doc, k + 1, ".") ||
          (doc->toks[k + 1].flags & SG_TF_SENT_START))) {
        return 0;
    }
    return !(sg_tok_is(doc, k + 1, ",") && k + 2 < doc->ntoks &&
             (sg_tok_is(doc, k + 2, "and") || sg_tok_is(doc, k + 2, "or")));
}

int sg_i_name_given_after(const sg_textdoc_t *doc, size_t b) {
    if (plan_apposed_after(doc, b)) {
        return 1;
    }
    size_t k = b + 2;
    if (k + 3 >= doc->ntoks || !(sg_tok_is(doc, b, "is") || sg_tok_is(doc, b, "was")) ||
        !sg_tok_is(doc, b + 1, "the")) {
        return 0;
    }
    k += sg_tok_is(doc, k, "new") || sg_tok_is(doc, k, "official");
    return sg_tok_is(doc, k, "name") &&
           ((sg_tok_is(doc, k + 1, "given") && sg_tok_is(doc, k + 2, "to")) ||
            sg_tok_is(doc, k + 1, "of") || sg_tok_is(doc, k + 1, "for"));
}

int sg_i_plan_named_after(const sg_textdoc_t *doc, size_t b) {
    static const char *const plans[] = {"stp", "plan", "partnership", "programme", "ics"};
    static const char *const be[] = {"is", "was", "has", "are"};
    static const char *const naming[] = {"known", "called", "branded", "named"};
    static const char *const kinds[] = {"programme", "plan", "strategy", "project",
                                        "initiative"};
    /* (past the kind of thing it is: "the Shaping Our Future programme, as the
     * STP is known locally,") */
    b += b < doc->ntoks && doc->toks[b].kind == SG_TK_WORD && !sg_i_is_cap(doc, b) &&
         IN_LIST(doc, b, kinds);
    size_t k = b + 2;

    if (k + 3 >= doc->ntoks || !sg_tok_is(doc, b, ",") || !sg_tok_is(doc, b + 1, "as")) {
        return 0;
    }
    k += sg_tok_is(doc, k, "the") || sg_tok_is(doc, k, "its");
    if (!IN_LIST(doc, k, plans) || !IN_LIST(doc, k + 1, be)) {
        return 0;
    }
    k += 2;
    k +=
        k + 1 < doc->ntoks && (sg_tok_is(doc, k, "been") || sg_tok_is(doc, k, "now") ||
                               sg_tok_is(doc, k, "locally") || sg_tok_is(doc, k, "also"));
    return k < doc->ntoks && IN_LIST(doc, k, naming);
}

size_t sg_i_other_name_opening(const sg_textdoc_t *doc, size_t a, int *known) {
    static const char *const words[] = {"formally", "officially", "formerly", "known",
                                        "locally",  "as",         "also",     "the",
                                        "now",      "called",     "named",    "branded",
                                        "dubbed",   "renamed",    "rebranded"};
    static const char *const naming[] = {"known",  "called",  "named",    "branded",
                                         "dubbed", "renamed", "rebranded"};
    static const char *const plain[] = {"as", "also", "the", "now"};
    size_t k = a;
    int said = 0; /* a word that says it is another name, seen */

    *known = 0;
    k -= k > 0 && doc->toks[k - 1].kind == SG_TK_QUOTE; /* (", dubbed “X”") */
    while (k > 0 && k + 6 > a && IN_LIST(doc, k - 1, words)) {
        k--;
        said |= !IN_LIST(doc, k, plain);
        *known |= IN_LIST(doc, k, naming);
    }
    /* (or a verb's: "X is to be known as Y", "X has been renamed Y", ", which is
     * now called Y") */
    static const char *const verbs[] = {"is",  "was",  "will", "be", "been", "has",
                                        "had", "have", "are",  "to", "which"};
    static const char *const be[] = {"is", "was", "be", "been", "are"};
    size_t v = k;
    int passive = 0; /* (a form of "be": not "X has named Y as its chair") */
    while (said && *known && k > 0 && k + 4 > v && IN_LIST(doc, k - 1, verbs)) {
        k--;
        passive |= IN_LIST(doc, k, be);
    }
    if (passive && k > 0 && doc->toks[k - 1].kind == SG_TK_WORD &&
        !sg_tok_is(doc, k, "which")) {
        return k;
    }
    if (!said || k == 0 || !(sg_tok_is(doc, k - 1, ",") || sg_tok_is(doc, k - 1, "("))) {
        *known = 0;
        return 0;
    }
    return k - 1;
}

int sg_i_possessive_at(const sg_textdoc_t *doc, size_t k) {
    return sg_tok_is(doc, k, "'s") || (k > 0 && sg_tok_is(doc, k, "'") &&
                                       !(doc->toks[k].flags & SG_TF_SPACE_BEFORE) &&
                                       doc->toks[k - 1].kind == SG_TK_WORD &&
                                       doc->text[doc->toks[k - 1].end - 1] == 's');
}

int sg_i_party_word(const sg_textdoc_t *doc, size_t i) {
    static const char *const parties[] = {
        "conservative", "labour", "liberal", "democrat", "green",
        "independent",  "tory",   "lib",     "dem",      "conservatives",
        "democrats",    "tories", "con",     "lab",      "ld",
        "ind"}; /* "Cllr X (Lab, Y Council)" */

    size_t len;
    const char *w = sg_i_is_cap(doc, i) ? sg_tok_norm(doc, i, &len) : NULL;

    /* every party's word starts with one of these: most names go no further */
    return w && len && strchr("cdgilt", w[0]) && IN_LIST(doc, i, parties);
}

int sg_i_party_role(const sg_textdoc_t *doc, size_t i) {
    static const char *const what[] = {"councillor", "peer",       "member",
                                       "activist",   "politician", "candidate",
                                       "minister",   "who",        ","};
    return IN_LIST(doc, i, what);
}

int sg_i_auxiliary(const sg_textdoc_t *doc, size_t i) {
    static const char *const aux[] = {
        "has",    "have", "had", "is",    "are",  "was", "were", "will", "would", "could",
        "should", "can",  "may", "might", "must", "did", "does", "do",   "shall"};
    return IN_LIST(doc, i, aux);
}

int sg_i_is_cap(const sg_textdoc_t *doc, size_t i) {
    return i < doc->ntoks && doc->toks[i].kind == SG_TK_WORD &&
           (doc->toks[i].flags & (SG_TF_CAP | SG_TF_ALLCAPS));
}

static int is_allcaps(const sg_textdoc_t *doc, size_t i) {
    return i < doc->ntoks && doc->toks[i].kind == SG_TK_WORD &&
           (doc->toks[i].flags & SG_TF_ALLCAPS);
}

/* The bytes of tokens [b, e) as written, one space where there was any. */
static size_t surface_len(const sg_textdoc_t *doc, size_t b, size_t e) {
    size_t n = 0;

    for (size_t i = b; i < e; i++) {
        n += (i > b && (doc->toks[i].flags & SG_TF_SPACE_BEFORE)) +
             (doc->toks[i].end - doc->toks[i].start);
    }
    return n;
}

static char *surface_into(const sg_textdoc_t *doc, size_t b, size_t e, char *out) {
    char *p = out;

    for (size_t i = b; i < e; i++) {
        const sg_token_t *t = &doc->toks[i];
        if (i > b && (t->flags & SG_TF_SPACE_BEFORE)) {
            *p++ = ' ';
        }
        memcpy(p, doc->text + t->start, t->end - t->start);
        p += t->end - t->start;
    }
    *p = '\0';
    return out;
}

char *sg_i_surface(const sg_textdoc_t *doc, size_t b, size_t e) {
    char *out = malloc(surface_len(doc, b, e) + 1);

    return out ? surface_into(doc, b, e, out) : NULL;
}

char *sg_i_surface_buf(const sg_textdoc_t *doc, size_t b, size_t e, char *buf,
                       size_t size) {
    if (e <= b) {
        *buf = '\0';
        return buf;
    }
    return surface_len(doc, b, e) < size ? surface_into(doc, b, e, buf)
                                         : sg_i_surface(doc, b, e);
}

sg_err_t sg_i_add_text(sg_graph_t *g, const char *text, size_t len, sg_text_t *ref) {
    if (!memchr(text, '\n', len) && !memchr(text, '\r', len) &&
        !memchr(text, '\t', len)) {
        return sg_graph_add_text(g, text, len, ref); /* (most often: one line) */
    }
    char *flat = malloc(len);
    if (!flat) {
        return SG_ENOMEM;
    }
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        char c = text[i];
        int space = c == ' ' || c == '\n' || c == '\r' || c == '\t';
        if (!space) {
            flat[n++] = c;
        } else if (n == 0 || flat[n - 1] != ' ') {
            flat[n++] = ' ';
        }
    }
    sg_err_t rc = sg_graph_add_text(g, flat, n, ref);
    free(flat);
    return rc;
}

/* A canonical name: curly apostrophes straight, "&" as "and"; at most
 * canonical_max(s) bytes and a NUL. */
static size_t canonical_max(const char *s) {
    size_t n = 0;

    for (const char *p = s; *p; p++) {
        n += *p == '&' ? 3 : 1; /* an apostrophe's three bytes become one */
    }
    return n;
}

static void canonical_into(const char *s, char *o) {
    for (const char *p = s; *p; p++) {
        if ((unsigned char)p[0] == 0xE2 && (unsigned char)p[1] == 0x80 &&
            ((unsigned char)p[2] == 0x99 || (unsigned char)p[2] == 0x98)) {
            *o++ = '\'';
            p += 2;
        } else if (*p == '&' && p > s && p[-1] == ' ' && p[1] == ' ') {
            memcpy(o, "and", 3); /* "Finance & Accountancy", not "A&E" */
            o += 3;
        } else {
            *o++ = *p;
        }
    }
    *o = '\0';
}

/* Does the name's word at w, not its last, stand for a name: one capital, with or
 * without a dot ("K" or "K." of "Jo K. Bellamy")? */
static int initial_word(const char *w) {
    return w[0] >= 'A' && w[0] <= 'Z' && (w[1] == ' ' || (w[1] == '.' && w[2] == ' '));
}

/* Has name s a word of one capital, with or without a dot, after its first ("Jo K.
 * Bellamy")? (Asked before drop_initials: most names have none.) */
static int has_initial(const char *s) {
    for (const char *p = strchr(s, ' '); p; p = strchr(p + 1, ' ')) {
        if (initial_word(p + 1)) {
            return 1;
        }
    }
    return 0;
}

/* A person's name without the initials between the first word and the last ("Jo
 * K. Bellamy" is Jo Bellamy, as the text may call her next), in place. */
SG_I_COLD static void drop_initials(char *s) {
    char *out = strchr(s, ' '), *p = out;

    while (p && *p == ' ') {
        char *w = p + 1, *e = strchr(w, ' ');
        if (!e) {
            break; /* (the last word stays) */
        }
        size_t len = (size_t)(e - w);
        if (!initial_word(w)) {
            memmove(out, p, len + 1);
            out += len + 1;
        }
        p = e;
    }
    if (out && p && out != p) {
        memmove(out, p, strlen(p) + 1);
    }
}

static sg_err_t add_mention(sg_i_ctx_t *cx, size_t tb, size_t te, sg_i_mkind_t kind,
                            sg_node_type_t type, const char *name, sg_i_mention_t **out) {
    sg_i_mention_t *m;

    if (cx->opts->max_mentions && cx->nm >= cx->opts->max_mentions) {
        return SG_ELIMIT;
    }
    if (sg_reserve((void **)&cx->m, &cx->capm, cx->nm + 1, sizeof(*cx->m), 64) != SG_OK) {
        return SG_ENOMEM;
    }
    m = &cx->m[cx->nm];
    memset(m, 0, sizeof(*m));
    m->tb = tb;
    m->te = te;
    m->kind = kind;
    m->type = type;
    m->entity = -1;
    /* the surface and the name in one block (the name is the surface's canonical
     * form unless given, at most three bytes for one) */
    size_t sn = surface_len(cx->doc, tb, te), cn = name ? canonical_max(name) : 3 * sn;
    if (!(m->surface = malloc(sn + 1 + cn + 1))) {
        return SG_ENOMEM;
    }
    surface_into(cx->doc, tb, te, m->surface);
    m->name = m->surface + sn + 1;
    canonical_into(name ? name : m->surface, m->name);
    if (type == SG_NODE_PERSON && te - tb >= 3 && has_initial(m->name) &&
        !(m->name[0] && (m->name[1] == ' ' || m->name[1] == '.'))) { /* (not "J. K. X") */
        drop_initials(m->name);
    }
    cx->nm++;
    if (out) {
        *out = m;
    }
    return SG_OK;
}

/* Gazetteer entry of exactly tokens [a, b), or -1. */
static long gaz_exact(const sg_i_ctx_t *cx, size_t a, size_t b, int need_cap) {
    size_t v;

    if (b <= a || (need_cap && !sg_i_is_cap(cx->doc, a))) {
        return -1;
    }
    if (sg_i_match(cx->lex, SG_I_T_GAZ, cx->doc, a, b, &v) == b - a) {
        return (long)v;
    }
    return -1;
}

static int programme_exact(const sg_i_ctx_t *cx, size_t a, size_t b) {
    return b > a && sg_i_match(cx->lex, SG_I_T_PROGRAMME, cx->doc, a, b, NULL) == b - a;
}

static int is_stp_word(const sg_textdoc_t *doc, size_t i) {
    /* (an integrated care system is what an STP's area became: "the Fennick ICS") */
    return sg_tok_is(doc, i, "stp") || sg_tok_is(doc, i, "stps") ||
           sg_tok_is(doc, i, "ics");
}

/* Are tokens [a, b) a seat named by a footprint's place, a point of the compass
 * after it or not ("Stoke-on-Trent North" of "Stoke-on-Trent North MP Ann Lee")?
 */
static int seat_place(const sg_i_ctx_t *cx, size_t a, size_t b) {
    size_t v, n = sg_i_match(cx->lex, SG_I_T_GAZ, cx->doc, a, b, &v);

    return n && cx->lex->gazetteer[v].type == SG_NODE_STP &&
           (a + n == b || (a + n + 1 == b && IN_LIST(cx->doc, a + n, compass)));
}

/* Do tokens [a, b) open with a footprint's place and go on with words that name
 * no body known ("Cornwall Police" of "Devon and Cornwall Police")? */
static int place_then_body(const sg_i_ctx_t *cx, size_t a, size_t b) {
    size_t v, n = sg_i_match(cx->lex, SG_I_T_GAZ, cx->doc, a, b, &v);

    return n && a + n < b && cx->lex->gazetteer[v].type == SG_NODE_STP &&
           gaz_exact(cx, a + n, b, 0) < 0 && !is_stp_word(cx->doc, a + n);
}

/* Is the footprint's other name at tokens [a, b) where an event happens ("the
 * NHS Confederation conference in Manchester", "a rally in Kent"), after such a
 * noun and "in" or "at"? A place then, no stakeholder; the footprint's own name
 * stays one. */
static int venue_only(const sg_i_ctx_t *cx, size_t a, size_t b, const char *canonical) {
    static const char *const events[] = {"conference", "meeting", "summit",  "event",
                                         "rally",      "protest", "march",   "speech",
                                         "hearing",    "launch",  "visit",   "debate",
                                         "congress",   "forum",   "festival"};
    const sg_textdoc_t *doc = cx->doc;
    char buf[128];

    return a >= 2 && (sg_tok_is(doc, a - 1, "in") || sg_tok_is(doc, a - 1, "at")) &&
           IN_LIST(doc, a - 2, events) &&
           doc->toks[b - 1].end - doc->toks[a].start < sizeof(buf) &&
           strcmp(sg_i_surface_buf(doc, a, b, buf, sizeof(buf)), canonical) != 0;
    /* (the name fits buf: no allocation to fail) */
}

static sg_err_t add_gaz(sg_i_ctx_t *cx, size_t a, size_t b, long entry) {
    const sg_i_gazentry_t *g = &cx->lex->gazetteer[entry];
    if (g->type == SG_NODE_STP && venue_only(cx, a, b, g->canonical)) {
        return SG_OK;
    }
    return add_mention(cx, a, b, SG_I_M_NAME, g->type, g->canonical, NULL);
}

/* A gazetteer name of n tokens at k, with an "STP" after it taken in (up to limit);
 * *end receives the token after the mention. */
static sg_err_t add_gaz_name(sg_i_ctx_t *cx, size_t k, size_t n, size_t limit, long entry,
                             size_t *end) {
    size_t e = k + n;
    if (e < limit && is_stp_word(cx->doc, e)) {
        e++;
    } else if (e + 1 < limit && cx->lex->gazetteer[entry].type == SG_NODE_STP &&
               sg_tok_is(cx->doc, e, "'s") && is_stp_word(cx->doc, e + 1)) {
        e += 2; /* "Birmingham's STP" */
    }
    *end = e;
    return add_gaz(cx, k, e, entry);
}

static sg_err_t add_programme(sg_i_ctx_t *cx, size_t a, size_t b) {
    return add_mention(cx, a, b, SG_I_M_NAME, SG_NODE_STP, SG_I_PROGRAMME, NULL);
}

/* Org-word type of a name [a, b): 0 when none, else SG_I_OW_* flags of its word. */
static int org_word(const sg_i_ctx_t *cx, size_t a, size_t b) {
    size_t v;

    for (size_t k = a; k < b; k++) {
        if (sg_i_tok_in(cx->lex, SG_I_T_ORG_WORDS, cx->doc, k, &v)) {
            if ((v & SG_I_OW_ANY) || (k == b - 1 && b - a >= 2)) {
                /* (a service's authority is no council: "Tarn Health Authority",
                 * "Hale Fire Authority", "Competition and Markets Authority"; nor
                 * a trade's or a profession's council: "Luton Trades Council") */
                static const char *const services[] = {
                    "health",     "fire",           "police",    "ambulance",
                    "markets",    "research",       "standards", "quality",
                    "medicines",  "conduct",        "financial", "transport",
                    "regulatory", "information",    "trades",    "union",
                    "medical",    "nursing",        "midwifery", "professions",
                    "dental",     "pharmaceutical", "optical",   "arts",
                    "sports",     "advisory"};
                if ((v & SG_I_OW_COUNCIL) && k > a && IN_LIST(cx->doc, k - 1, services)) {
                    v &= ~(size_t)SG_I_OW_COUNCIL;
                }
                return (int)v;
            }
            /* or before "for"/"of" and more words: "Centre for Mental Health",
             * "National Council for Voluntary Organisations" (a body, not a
             * council, when "for" follows the council's word) */
            if (k + 2 < b && sg_tok_is(cx->doc, k + 1, "for")) {
                return (int)(v & ~(size_t)SG_I_OW_COUNCIL);
            }
            if (k + 2 < b && sg_tok_is(cx->doc, k + 1, "of")) {
                return (int)v;
            }
        }
    }
    return 0;
}

/* Are tokens [a, b) only the words that make a name a body's, joined by "and"
 * ("Council and CCG", a headline's capitals), or alone: one such word or an
 * anaphor's words ("Borough", "County Council"), naming none? */
static int generic_only(const sg_i_ctx_t *cx, size_t a, size_t b) {
    const sg_textdoc_t *doc = cx->doc;
    int joined = 0, words = 1, letters = 0;

    for (size_t k = a; k < b; k++) {
        if (sg_tok_is(doc, k, "and")) {
            joined = 1;
        } else {
            words &= sg_i_tok_in(cx->lex, SG_I_T_ORG_WORDS, doc, k, NULL);
        }
        letters |= is_allcaps(doc, k);
    }
    if (joined || b == a || letters || gaz_exact(cx, a, b, 1) >= 0) {
        return joined && words; /* (not letters alone: "the LMC" stands for the body
                                 * named before; but "Care Association Alliance" is
                                 * a name) */
    }
    return (b - a == 1 && words) ||
           sg_i_match(cx->lex, SG_I_T_ANAPHORS, doc, a, b, NULL) == b - a;
}

/* Are tokens [a, b) only words for a field of work, and "and" ("Health and Care",
 * "Adult Social Care", "Mental Health": a page's section or a topic), no body? */
SG_I_COLD static int sector_only(const sg_textdoc_t *doc, size_t a, size_t b) {
    static const char *const fields[] = {"health",    "care",      "social",  "adult",
                                         "public",    "mental",    "housing", "policy",
                                         "finance",   "workforce", "news",    "opinion",
                                         "community", "wellbeing", "and",     "&"};
    for (size_t k = a; k < b; k++) {
        if (!IN_LIST(doc, k, fields)) {
            return 0;
        }
    }
    return b > a;
}

/* Does token b follow a sentence's subject: ", which", ", who", or a verb of
 * saying or being ("said", "has", "is")? (Not an imperative's object: "Keep Tarn
 * Hospital open".) */
static int subject_at(const sg_textdoc_t *doc, size_t b) {
    static const char *const verbs[] = {"said", "says", "has",  "have",  "is",
                                        "was",  "will", "told", "warned"};
    size_t n;
    const char *w = b < doc->ntoks ? sg_tok_norm(doc, b, &n) : NULL;
    return IN_LIST(doc, b, verbs) ||
           /* a verb in the past: "Keep Fennick Local protested" */
           (w && n > 4 && !sg_i_is_cap(doc, b) && w[n - 2] == 'e' && w[n - 1] == 'd') ||
           (sg_tok_is(doc, b, ",") &&
            (sg_tok_is(doc, b + 1, "which") || sg_tok_is(doc, b + 1, "who")));
}

/* "Save Our Hospitals", "Tarnshire Defend Our NHS", "Herts Against Cuts": a
 * campaign, "Our" or "Against" inside its name of three words or more; or a call to save
 * or stop something, or "Hands Off" it. */
static int campaign(const sg_textdoc_t *doc, size_t a, size_t b) {
    static const char *const calls[] = {"save", "keep", "defend", "stop", "protect"};

    if (b - a >= 3 && sg_tok_is(doc, a, "hands") && sg_tok_is(doc, a + 1, "off")) {
        return 1; /* "Hands Off HRI" */
    }
    if (b - a >= 4 && sg_tok_is(doc, b - 3, "not") && sg_tok_is(doc, b - 2, "for") &&
        sg_tok_is(doc, b - 1, "sale") && sg_i_is_cap(doc, b - 3)) {
        return 1; /* "Dunmore NHS Not For Sale" */
    }
    /* (or one of its people named after it: "Save Dale Maternity founder X") */
    static const char *const people[] = {"founder",     "co-founder",   "chair",
                                         "chairman",    "chairwoman",   "spokesman",
                                         "spokeswoman", "spokesperson", "organiser",
                                         "coordinator", "campaigner",   "secretary"};
    if (b - a >= 2 && IN_LIST(doc, a, calls) &&
        (!(doc->toks[a].flags & SG_TF_SENT_START) || subject_at(doc, b) ||
         (b + 1 < doc->ntoks && IN_LIST(doc, b, people) && sg_i_is_cap(doc, b + 1)))) {
        return 1; /* "the group Keep Thamesford Hospital", "Stop Tarn Cuts"; at a
                   * sentence's start a subject: "Defend Dorset NHS, which has" */
    }
    if ((b - a >= 3 || (b - a == 2 && sg_tok_is(doc, a, "patients"))) &&
        sg_tok_is(doc, b - 1, "first") && sg_i_is_cap(doc, b - 1)) {
        return 1; /* "Telford Patient First", "Patients First" (not "Tom First") */
    }
    for (size_t k = a + 1; b - a >= 3 && k + 1 < b; k++) {
        if (sg_tok_is(doc, k, "of") ||
            (sg_tok_is(doc, k, "and") && IN_LIST(doc, k + 1, calls))) {
            return 0; /* (one named "of" a campaign: "Merril Hammer of Save Our
                       * Hospitals"; nor another before one: "Unison and Keep Our
                       * NHS Public") */
        }
        if (sg_tok_is(doc, k, "our") ||
            (sg_tok_is(doc, k, "against") && sg_i_is_cap(doc, k) &&
             doc->sents[doc->toks[k].sent].para > doc->headline)) {
            return 1; /* (or "Herts Against Cuts", not a headline's words: "Council
                       * Votes Against Plan") */
        }
    }
    return 0;
}

/* Are tokens [a, b) a national body's name: a word or two in capitals and the
 * nation ("Age UK", "Hospice UK", "Healthwatch England", "Carers Wales"), no
 * region's ("North East England") nor a person's ("John England")? */
static int nation_body(const sg_i_ctx_t *cx, size_t a, size_t b) {
    const sg_textdoc_t *doc = cx->doc;

    if (b < a + 2 || b > a + 3 || !IN_LIST(doc, b - 1, nations) ||
        sg_i_tok_in(cx->lex, SG_I_T_FIRST_NAMES, doc, a, NULL) ||
        sg_i_tok_in(cx->lex, SG_I_T_TITLES, doc, a, NULL)) {
        return 0;
    }
    for (size_t k = a; k + 1 < b; k++) {
        if (!sg_i_is_cap(doc, k) || is_allcaps(doc, k) || IN_LIST(doc, k, compass) ||
            IN_LIST(doc, k, nations) || doc->toks[k].kind != SG_TK_WORD) {
            return 0;
        }
    }
    return 1;
}

static int person_before_of(const sg_i_ctx_t *cx, size_t a, size_t j);
/* Are tokens [a, b) "NHS" and a word or two of its own, one body ("NHS Kernow",
 * "NHS Wirral"; the gazetteer's names, "NHS England", are read as such; not "NHS
 * England South")? */
static int nhs_named(const sg_i_ctx_t *cx, size_t a, size_t b) {
    const sg_textdoc_t *doc = cx->doc;
    return b - a >= 2 && b - a <= 3 && sg_tok_is(doc, a, "nhs") && is_allcaps(doc, a) &&
           !is_allcaps(doc, a + 1) && !person_before_of(cx, a + 1, b) &&
           sg_i_match(cx->lex, SG_I_T_GAZ, doc, a, b, NULL) < 2;
}

/* A name is whole on its own: a gazetteer name (and "STP" after a footprint's, or
 * after a place the gazetteer lacks: "the Ashmoor STP"), a name ending in an org
 * word, a campaign's or a national body's. */
static int plan_area(const sg_i_ctx_t *cx, size_t a, size_t b);
static int standalone(const sg_i_ctx_t *cx, size_t a, size_t b) {
    return gaz_exact(cx, a, b, 1) >= 0 || org_word(cx, a, b) != 0 ||
           (b - a >= 2 && is_stp_word(cx->doc, b - 1) &&
            (gaz_exact(cx, a, b - 1, 1) >= 0 || plan_area(cx, a, b))) ||
           (b - a == 1 && (cx->doc->toks[a].flags & SG_TF_CAMEL)) ||
           campaign(cx->doc, a, b) || nation_body(cx, a, b);
}

static int is_role_at(const sg_i_ctx_t *cx, size_t k, size_t limit, size_t *len) {
    size_t n = sg_i_match_role(cx->lex, cx->doc, k, limit, NULL);
    if (len) {
        *len = n;
    }
    return n > 0;
}

/* Are tokens [a, b) a role's portfolio, after the role and "of" or "for" ("The
 * Director of Adult Social Care", "Cabinet Member for Health and Wellbeing"): words
 * of a council's or a trust's services only, which name no body? */
static int portfolio_name(const sg_i_ctx_t *cx, size_t a, size_t b) {
    static const char *const words[] = {
        "adult",      "adults",        "social",     "care",
        "services",   "service",       "children",   "'s",
        "public",     "health",        "community",  "communities",
        "housing",    "wellbeing",     "well-being", "and",
        "education",  "families",      "people",     "older",
        "integrated", "commissioning", "strategy",   "finance",
        "operations", "nursing",       "quality",    "transformation",
        "primary",    "mental"};
    const sg_textdoc_t *doc = cx->doc;
    size_t len;

    if (a < 2 || !(sg_tok_is(doc, a - 1, "of") || sg_tok_is(doc, a - 1, "for"))) {
        return 0;
    }
    for (size_t k = a; k < b; k++) {
        if (!IN_LIST(doc, k, words)) {
            return 0;
        }
    }
    for (size_t k = a - 1; k-- > 0 && k + 5 > a;) {
        if (is_role_at(cx, k, a - 1, &len) && k + len == a - 1) {
            return 1;
        }
    }
    return 0;
}

/* Are tokens [a, b) only the words of a kind of unit or centre, naming no one
 * place's ("the new Urgent Care Centre", "the Minor Injuries Unit")? */
static int facility_only(const sg_i_ctx_t *cx, size_t a, size_t b) {
    static const char *const words[] = {
        "urgent",     "care",     "centre",    "center",    "walk-in",     "minor",
        "injuries",   "injury",   "unit",      "units",     "birth",       "treatment",
        "diagnostic", "hub",      "primary",   "community", "health",      "emergency",
        "accident",   "and",      "intensive", "maternity", "stroke",      "day",
        "surgery",    "services", "service",   "new",       "hyper-acute", "acute"};
    static const char *const heads[] = {"centre", "center", "unit", "units", "hub"};
    if (b <= a || !IN_LIST(cx->doc, b - 1, heads)) {
        return 0; /* (its last word first: most names end in another) */
    }
    for (size_t k = a; k < b; k++) {
        if (!IN_LIST(cx->doc, k, words)) {
            return 0;
        }
    }
    return 1;
}

/* Do tokens [a, b) open with a whole name before their first "and", "'s" or role
 * ("Tarn CCG and Hale Healthcare", "Tarn Council's Conservative leader", "Tarn
 * Council Leader Ann Lee")? */
static int opens_with_whole(const sg_i_ctx_t *cx, size_t a, size_t b) {
    for (size_t k = a + 1; k + 1 < b; k++) {
        if (sg_tok_is(cx->doc, k, "and") || sg_tok_is(cx->doc, k, "'s") ||
            is_role_at(cx, k, b, NULL)) {
            return standalone(cx, a, k);
        }
    }
    return 0;
}

static sg_err_t add_org(sg_i_ctx_t *cx, size_t a, size_t b, int ow) {
    sg_i_mention_t *m;
    sg_err_t rc;
    size_t inner = (size_t)-1;
    sg_node_type_t type = (ow & SG_I_OW_COUNCIL) ? SG_NODE_COUNCIL : SG_NODE_ORGANISATION;

    /* "Greater Manchester Health and Social Care (GMHSC) Partnership": the bracketed
     * acronym is an alias, and the name is read without it */
    for (size_t k = a; k + 2 < b; k++) {
        if (sg_tok_is(cx->doc, k, "(") && is_allcaps(cx->doc, k + 1) &&
            sg_tok_is(cx->doc, k + 2, ")")) {
            inner = k;
            break;
        }
    }
    if (inner == (size_t)-1) {
        return add_mention(cx, a, b, SG_I_M_NAME, type, NULL, &m);
    }
    char *left = sg_i_surface(cx->doc, a, inner);
    char *right = sg_i_surface(cx->doc, inner + 3, b);
    char *acr = sg_i_surface(cx->doc, inner + 1, inner + 2);
    sg_buf_t name, alias2;
    sg_buf_init(&name);
    sg_buf_init(&alias2);
    rc = SG_ENOMEM;
    if (left && right && acr && !sg_buf_printf(&name, "%s %s", left, right) &&
        !sg_buf_printf(&alias2, "%s %s", acr, right)) {
        rc = add_mention(cx, a, b, SG_I_M_NAME, type, name.data, &m);
        if (rc == SG_OK) {
            m->acronym = acr;
            m->alias2 = sg_buf_take(&alias2);
            acr = NULL;
            rc = m->alias2 ? SG_OK : SG_ENOMEM;
        }
    }
    free(left);
    free(right);
    free(acr);
    sg_buf_release(&name);
    sg_buf_release(&alias2);
    return rc;
}

size_t sg_i_appointed(const sg_textdoc_t *doc, size_t t, size_t lim) {
    static const char *const be[] = {"has", "have", "had", "is", "was", "been"};
    static const char *const verbs[] = {"named", "appointed", "confirmed", "elected"};
    static const char *const take[] = {"took", "takes", "take", "taken"};

    int been = 0; /* "has been chief executive of Y since 2014" */
    int has = 0;  /* "has served as chair of Y" (not "served as", a role held once) */
    while (t < lim && IN_LIST(doc, t, be)) {
        been = sg_tok_is(doc, t, "been");
        has = sg_tok_is(doc, t, "has") || sg_tok_is(doc, t, "have");
        t++;
    }
    /* "serves as chair of", "will remain as chief executive of", "will act as" */
    size_t u = t + (sg_tok_is(doc, t, "will") || sg_tok_is(doc, t, "to"));
    if (u + 2 < lim && sg_tok_is(doc, u + 1, "as") &&
        (sg_tok_is(doc, u, "serves") || sg_tok_is(doc, u, "serving") ||
         sg_tok_is(doc, u, "acts") || sg_tok_is(doc, u, "acting") ||
         (u > t && sg_tok_is(doc, u, "act")) || sg_tok_is(doc, u, "remains") ||
         (u > t && sg_tok_is(doc, u, "remain")) ||
         (u > t && sg_tok_is(doc, u, "serve")) || (has && sg_tok_is(doc, u, "served")))) {
        return u + 2;
    }
    if (u + 3 < lim && IN_LIST(doc, u, take) && sg_tok_is(doc, u + 1, "over") &&
        sg_tok_is(doc, u + 2, "as")) {
        return u + 3; /* "took over as chief executive of", "will take over as" */
    }
    if (u + 5 < lim && IN_LIST(doc, u, take) && sg_tok_is(doc, u + 1, "over") &&
        sg_tok_is(doc, u + 2, "from")) {
        size_t k = u + 3; /* "will take over from Tom Ash as leader of" */
        while (k < lim && k < u + 8 && sg_i_is_cap(doc, k)) {
            k++;
        }
        if (k > u + 3 && k + 1 < lim && sg_tok_is(doc, k, "as")) {
            return k + 1;
        }
    }
    if (t + 2 < lim && (sg_tok_is(doc, t, "will") || sg_tok_is(doc, t, "to")) &&
        sg_tok_is(doc, t + 1, "become")) {
        return t + 2; /* "will become chief executive of", "is to become" */
    }
    if (t + 1 < lim &&
        (sg_tok_is(doc, t, "became") || sg_tok_is(doc, t, "remains") ||
         sg_tok_is(doc, t, "becomes") || (has && sg_tok_is(doc, t, "become")))) {
        return t + 1; /* "became chair of", "remains chief executive of", "becomes
                       * programme director" */
    }
    /* "is the new clinical lead" */
    if (t + 3 < lim && t > 0 &&
        (sg_tok_is(doc, t - 1, "is") || sg_tok_is(doc, t - 1, "was")) &&
        sg_tok_is(doc, t, "the") && sg_tok_is(doc, t + 1, "new")) {
        return t + 2;
    }
    /* "rose to become chief executive of", "left to become", "went on to become" */
    static const char *const moving[] = {"rose", "left",  "leaves", "leaving",
                                         "quit", "moved", "went"};
    size_t g = t + 1 + (sg_tok_is(doc, t, "went") && sg_tok_is(doc, t + 1, "on"));
    if (g + 2 < lim && IN_LIST(doc, t, moving) && sg_tok_is(doc, g, "to") &&
        sg_tok_is(doc, g + 1, "become")) {
        return g + 2;
    }
    /* "will take up the post of chief executive of", "took up the role of" */
    for (size_t k = t; k + 5 < lim && k < t + 3; k++) {
        if ((sg_tok_is(doc, k, "take") || sg_tok_is(doc, k, "takes") ||
             sg_tok_is(doc, k, "took")) &&
            sg_tok_is(doc, k + 1, "up") && sg_tok_is(doc, k + 2, "the") &&
            (sg_tok_is(doc, k + 3, "post") || sg_tok_is(doc, k + 3, "role")) &&
            sg_tok_is(doc, k + 4, "of")) {
            return k + 5;
        }
    }
    /* "is retiring after four years as leader of", "steps down next month after a
     * decade as chair of": a role held until a going to come (not "retired after",
     * a role held once) */
    static const char *const going[] = {"retiring", "retire",   "retires", "stepping",
                                        "steps",    "step",     "leaving", "leaves",
                                        "leave",    "quitting", "quits"};
    for (size_t k = t; k + 4 < lim && k < t + 4; k++) {
        if (!IN_LIST(doc, k, going)) {
            continue;
        }
        for (size_t a = k + 1; a + 3 < lim && a < k + 6; a++) {
            if (sg_tok_is(doc, a, "after") &&
                (sg_tok_is(doc, a + 2, "years") || sg_tok_is(doc, a + 2, "months") ||
                 sg_tok_is(doc, a + 2, "decade") || sg_tok_is(doc, a + 2, "decades")) &&
                sg_tok_is(doc, a + 3, "as")) {
                return a + 4;
            }
        }
        break;
    }
    /* "will return full-time to his role as chief executive of", "continues in her
     * role as chair of" */
    for (size_t k = t; k + 3 < lim && k < t + 8 && doc->toks[k].kind != SG_TK_PUNCT;
         k++) {
        if ((sg_tok_is(doc, k, "his") || sg_tok_is(doc, k, "her") ||
             sg_tok_is(doc, k, "their")) &&
            (sg_tok_is(doc, k + 1, "role") || sg_tok_is(doc, k + 1, "job") ||
             sg_tok_is(doc, k + 1, "post") || sg_tok_is(doc, k + 1, "position")) &&
            sg_tok_is(doc, k + 2, "as")) {
            return k + 3; /* ("to her job as chief officer of") */
        }
    }
    if (t >= lim || !IN_LIST(doc, t, verbs)) {
        /* (not "has been given a seat on ...": no role after "been") */
        return been && t < lim && !sg_tok_is(doc, t, "given") ? t : 0;
    }
    if (t > 0 && (sg_tok_is(doc, t - 1, "has") || sg_tok_is(doc, t - 1, "have") ||
                  sg_tok_is(doc, t - 1, "had"))) {
        return 0; /* (an appointing: "Tarn Valley has appointed a new chair") */
    }
    t++;
    /* (past when: "was named this week as", "appointed last month as") */
    static const char *const when[] = {"this", "last",      "week",  "month",
                                       "year", "yesterday", "today", "recently"};
    for (size_t k = t; k < lim && k < t + 3 && IN_LIST(doc, k, when); k++) {
        if (sg_tok_is(doc, k + 1, "as")) {
            t = k + 1;
        }
    }
    if (sg_tok_is(doc, t, "as")) {
        t++;
    }
    return t < lim && !sg_tok_is(doc, t, "to") ? t : 0;
}

/* A word that may start a role's noun phrase: "the", "its", "their", "'s". */
static int role_determiner(const sg_textdoc_t *doc, size_t j) {
    return sg_tok_is(doc, j, "the") || sg_tok_is(doc, j, "its") ||
           sg_tok_is(doc, j, "their") || sg_i_possessive_at(doc, j); /* ("The CCGs'") */
}

int sg_i_ends_ed(const sg_textdoc_t *doc, size_t c) {
    size_t len;
    const char *w = sg_tok_norm(doc, c, &len);
    return len > 3 && memcmp(w + len - 2, "ed", 2) == 0;
}

int sg_i_person_word(const sg_textdoc_t *doc, size_t i) {
    static const char *const people[] = {
        "nurse",       "midwife",     "doctor",        "gp",        "consultant",
        "surgeon",     "paramedic",   "porter",        "carer",     "campaigner",
        "activist",    "pensioner",   "patient",       "resident",  "volunteer",
        "grandmother", "grandfather", "mother",        "father",    "widow",
        "teacher",     "businessman", "businesswoman", "candidate", "successor",
        "predecessor", "solicitor",   "barrister",     "lawyer",    "husband",
        "wife",        "brother",     "sister",        "son",       "daughter"};
    return IN_LIST(doc, i, people);
}

/* Are the letters at token k an MP's (or an MEP's), in the singular? */
static int mp_letters(const sg_textdoc_t *doc, size_t k) {
    return sg_i_postnominal(doc, k) &&
           (sg_tok_is(doc, k, "mp") || sg_tok_is(doc, k, "mep"));
}

/* Does the mention added last name a person and end one token before t, a comma
 * or a bracket between ("Tom Reed, Lower Fenby", "X Y (North Norfolk)")? */
static int person_ends_at(const sg_i_ctx_t *cx, size_t t) {
    return cx->nm > 0 && cx->m[cx->nm - 1].type == SG_NODE_PERSON &&
           cx->m[cx->nm - 1].te + 1 == t;
}

/* Are the two words at token k in capitals a name that names no body: no body's
 * word, no known name, neither all in capitals? */
static int bare_pair(const sg_i_ctx_t *cx, size_t k) {
    const sg_textdoc_t *doc = cx->doc;
    return !org_word(cx, k, k + 2) &&
           !sg_i_match(cx->lex, SG_I_T_GAZ, doc, k, k + 2, NULL) && !is_allcaps(doc, k) &&
           !is_allcaps(doc, k + 1);
}

/* Does what follows a name ending at token b say it is a person's, a clause's
 * subject, not a word that qualifies a noun after it ("Labour's X Y said", not
 * "Labour's Tarn Valley branch")? The end of the sentence or a punctuation mark,
 * "and", a reporting or auxiliary verb, a verb in the past, a stance's cue. */
static int subject_ends(const sg_i_ctx_t *cx, size_t b, size_t se) {
    const sg_textdoc_t *doc = cx->doc;
    return b >= se || doc->toks[b].kind != SG_TK_WORD || sg_tok_is(doc, b, "and") ||
           sg_i_reporting_at(cx, b) || sg_i_auxiliary(doc, b) || sg_i_ends_ed(doc, b) ||
           sg_i_match(cx->lex, SG_I_T_STANCE, doc, b, se, NULL);
}

/* last words of places' (and buildings') names, not of people's */
static const char *const place_words[] = {
    "valley", "vale",  "hill",   "hills",   "park",      "heath",    "green",
    "bridge", "cross", "road",   "street",  "moor",      "wood",     "fields",
    "bay",    "coast", "town",   "city",    "elizabeth", "victoria", "george",
    "mary",   "place", "square", "airport", "station",   "general",  "infirmary"};

/* Is the word at token i one of a body's or a place's named before it ("Healthy
 * Tarnshire" after "the Tarnshire STP"), among the last 256 mentions (a bound that
 * keeps a long text's reading linear)? */
static int word_of_body_before(const sg_i_ctx_t *cx, size_t i) {
    const sg_textdoc_t *doc = cx->doc;
    size_t n, m;
    const char *w = sg_tok_norm(doc, i, &n);
    for (size_t k = cx->nm, seen = 0; k-- > 0 && seen < 256; seen++) {
        if (cx->m[k].type == SG_NODE_PERSON || cx->m[k].tb >= i) {
            continue;
        }
        for (size_t t = cx->m[k].tb; t < cx->m[k].te; t++) {
            const char *v = sg_tok_norm(doc, t, &m);
            if (m == n && memcmp(v, w, n) == 0) {
                return 1;
            }
        }
    }
    return 0;
}

/* Does a person's act start at token t: a verb only people do ("resigned",
 * "called for", "will succeed", "has been appointed", "co-chairs", "sits on"),
 * after "has", "will", "was" and the like? */
static int person_act_at(const sg_textdoc_t *doc, size_t t, size_t se) {
    static const char *const aux[] = {"has", "had", "have", "will", "was", "is", "would"};
    static const char *const acts[] = {
        "resigned", "resigns",    "resign",      "quit",        "quits",
        "retired",  "retires",    "retire",      "met",         "meets",
        "urged",    "urges",      "vowed",       "vows",        "pledged",
        "pledges",  "insisted",   "insists",     "admitted",    "admits",
        "denied",   "denies",     "believes",    "thinks",      "wants",
        "hopes",    "fears",      "feared",      "spoke",       "speaks",
        "sits",     "sat",        "serves",      "served",      "co-chairs",
        "co-leads", "succeeds",   "succeeded",   "succeed",     "replaced",
        "replaces", "replace",    "appointed",   "elected",     "co-chaired",
        "seconded", "employed",   "trained",     "proposed",    "steers",
        "steered",  "spearheads", "spearheaded", "spearheading"};
    /* (with the word after that makes it one: "called for", "stepped down") */
    static const char *const pairs[][2] = {
        {"called", "for"},   {"calls", "for"},   {"called", "on"}, {"calls", "on"},
        {"stepped", "down"}, {"steps", "down"},  {"step", "down"}, {"took", "over"},
        {"takes", "over"},   {"take", "over"},   {"called", "it"}, {"called", "the"},
        {"called", "them"},  {"called", "this"}, {"calls", "it"},  {"calls", "the"},
        {"written", "to"},   {"works", "at"},    {"worked", "at"}, {"works", "with"},
        {"joined", "the"},   {"joins", "the"}};
    int was = t < se && IN_LIST(doc, t, aux);
    t += was;
    t += t < se && sg_tok_is(doc, t, "been");
    t += t < se && sg_tok_is(doc, t, "also");
    if (t + 1 >= se || sg_i_is_cap(doc, t)) {
        return 0;
    }
    for (size_t i = 0; i < sizeof(pairs) / sizeof(pairs[0]); i++) {
        if (sg_tok_is(doc, t, pairs[i][0]) && sg_tok_is(doc, t + 1, pairs[i][1])) {
            return 1;
        }
    }
    /* (what only a person is, after "is a": "X Y is a former GP") */
    if (was && (sg_tok_is(doc, t, "a") || sg_tok_is(doc, t, "an"))) {
        size_t w = t + 1;
        while (w < se && w < t + 3 && doc->toks[w].kind == SG_TK_WORD &&
               !sg_i_is_cap(doc, w) && !sg_i_person_word(doc, w)) {
            w++;
        }
        return w < se && sg_i_person_word(doc, w);
    }
    /* (or one who chairs or led a body named: "X Y will chair Marsh Council", "X Y
     * led Fenby Council until May") */
    if ((sg_tok_is(doc, t, "led") || sg_tok_is(doc, t, "chaired") ||
         (was && sg_tok_is(doc, t, "chair"))) &&
        (sg_i_is_cap(doc, t + 1) || sg_tok_is(doc, t + 1, "the"))) {
        return 1;
    }
    /* (one appointed or elected is a person, after "was" or "been" only) */
    return IN_LIST(doc, t, acts) &&
           (was || !(sg_tok_is(doc, t, "appointed") || sg_tok_is(doc, t, "elected")));
}

/* Are the two words in capitals at token a a name that may be a person's, a given
 * name not known: no word of a place's ("Tarn Valley", "Upper Hale", "North
 * Tarnshire"), of a plan's ("Better Together"), of a party's ("Local Labour") or
 * of a body named before ("Healthy Tarnshire" after "the Tarnshire STP")? */
static int plain_pair(const sg_i_ctx_t *cx, size_t a) {
    static const char *const not_given[] = {
        "upper",    "lower",   "great",        "little",    "st",      "saint",  "new",
        "old",      "better",  "healthy",      "healthier", "fit",     "future", "our",
        "together", "shaping", "transforming", "one",       "many",    "senior", "local",
        "some",     "most",    "all",          "both",      "several", "few",    "other",
        "royal",    "health",  "care",         "public",    "national"};
    const sg_textdoc_t *doc = cx->doc;
    return !IN_LIST(doc, a, compass) && !IN_LIST(doc, a, not_given) &&
           !IN_LIST(doc, a + 1, not_given) && !IN_LIST(doc, a + 1, place_words) &&
           bare_pair(cx, a) && !sg_i_party_word(doc, a) && !sg_i_party_word(doc, a + 1) &&
           !word_of_body_before(cx, a) && !word_of_body_before(cx, a + 1);
}

/* Does the name at token a open its sentence, or the clause after a leading
 * phrase of a few words and a comma ("In the House of Lords, X", "Last week, X")? */
static int opens_clause(const sg_textdoc_t *doc, size_t a) {
    static const char *const leads[] = {"in",    "at",        "on",       "during",
                                        "last",  "yesterday", "earlier",  "later",
                                        "today", "meanwhile", "elsewhere"};
    /* (or the clause after a comma and a conjunction: "X backed it, and Y Z
     * called it a mess") */
    static const char *const joins[] = {"and", "but", "while", "whereas"};
    size_t s0 = doc->sents[doc->toks[a].sent].tok_begin;
    if (a == s0 ||
        (a > s0 + 2 && IN_LIST(doc, a - 1, joins) && sg_tok_is(doc, a - 2, ",")) ||
        (a == s0 + 1 && IN_LIST(doc, s0, leads))) { /* ("Meanwhile X Y will") */
        return 1;
    }
    if (!sg_tok_is(doc, a - 1, ",") || a > s0 + 8 || !IN_LIST(doc, s0, leads)) {
        return 0;
    }
    for (size_t k = s0; k + 1 < a; k++) {
        if (doc->toks[k].kind == SG_TK_PUNCT) {
            return 0;
        }
    }
    return 1;
}

/* Does a person's act or a stance in the past start at token b, right after a
 * subject: "welcomed", "has backed", "resigned", "called for"? */
static int acting_verb(const sg_i_ctx_t *cx, size_t b, size_t se) {
    const sg_textdoc_t *doc = cx->doc;
    size_t t = b + (sg_tok_is(doc, b, "has") || sg_tok_is(doc, b, "had") ||
                    sg_tok_is(doc, b, "have"));
    /* (or any stance after "been": "X Y had been critical of Z") */
    int been = t > b && t < se && sg_tok_is(doc, t, "been");
    t += been;
    return (t < se && (sg_i_ends_ed(doc, t) || been) && !sg_i_is_cap(doc, t) &&
            sg_i_match(cx->lex, SG_I_T_STANCE, doc, t, se, NULL)) ||
           person_act_at(doc, b, se);
}

/* Does a verb of people start at token b, after two subjects: a stance in the
 * past, a person's act, a reporting verb or one of leading or sitting on a body
 * ("co-chair", "sit on")? */
static int plural_acting(const sg_i_ctx_t *cx, size_t b) {
    static const char *const plural[] = {"lead", "chair", "co-chair", "co-lead",
                                         "sit",  "serve", "head",     "run"};
    const sg_textdoc_t *doc = cx->doc;
    size_t se = doc->sents[doc->toks[b - 1].sent].tok_end;
    return b + 1 < se && (IN_LIST(doc, b, plural) || sg_i_reporting_at(cx, b) ||
                          acting_verb(cx, b, se));
}

/* people in the plural, as a list's or an apposition's word ("Labour MPs, X Y and
 * V W") */
static const char *const people[] = {"mps",        "councillors", "members", "leaders",
                                     "chairs",     "co-chairs",   "authors", "directors",
                                     "executives", "campaigners", "doctors", "gps"};

/* Are tokens [a, b) two names of two words joined by "and", no given name known,
 * opening the clause before a verb of people: "X Y and V W co-chair the Z STP",
 * "X Y and V W said"? */
static int acting_pairs(const sg_i_ctx_t *cx, size_t a, size_t b) {
    const sg_textdoc_t *doc = cx->doc;
    /* (or an apposition after them that says what they are: "X Y and V W, who
     * jointly lead Z,", "X Y and V W, the chief executives of Z,", "..., the
     * trust's joint directors,") */
    size_t se = b < doc->ntoks ? doc->sents[doc->toks[b].sent].tok_end : b;
    int apposed = b + 3 < se && sg_tok_is(doc, b, ",") &&
                  (sg_tok_is(doc, b + 1, "who") ||
                   (sg_tok_is(doc, b + 1, "the") && is_role_at(cx, b + 2, se, NULL)));
    for (size_t k = b + 1; !apposed && b + 3 < se && sg_tok_is(doc, b, ",") && k < se &&
                           k < b + 10 && !sg_tok_is(doc, k, ",");
         k++) {
        apposed = IN_LIST(doc, k, people);
    }
    return b == a + 5 && sg_tok_is(doc, a + 2, "and") && b < doc->ntoks &&
           (apposed || plural_acting(cx, b)) && opens_clause(doc, a) &&
           plain_pair(cx, a) && plain_pair(cx, a + 3);
}

/* Is the unknown name [a, b) of two words the subject of a person's act or a
 * stance in the past, opening its sentence or the clause after a leading phrase:
 * "X Y welcomed the plan", "In the House of Lords, X Y has backed it", "Last
 * week, X Y resigned", "X Y called for ..."? */
static int acting_subject(const sg_i_ctx_t *cx, size_t a, size_t b, size_t se) {
    return b - a == 2 && b + 1 < se && opens_clause(cx->doc, a) &&
           acting_verb(cx, b, se) && plain_pair(cx, a);
}

/* Does what is around the unknown name [a, b) of two words say a person's: one
 * who speaks for a body ("X Y, representing Hale CCG,", "X Y, speaking for Z,"),
 * one from a body who says ("X Y from Healthwatch Tarn said"), one campaigning
 * ("X Y is fighting to save ..."), or one urged or asked to act ("urged X Y to
 * step down")? */
static int person_frame(const sg_i_ctx_t *cx, size_t a, size_t b, size_t se) {
    static const char *const speaking[] = {"representing", "speaking"};
    static const char *const fighting[] = {"fighting", "campaigning", "battling",
                                           "lobbying"};
    static const char *const urging[] = {"urged",     "asked",  "told",  "invited",
                                         "persuaded", "urging", "asking"};
    const sg_textdoc_t *doc = cx->doc;
    if (b - a != 2 || b + 1 >= se) {
        return 0;
    }
    /* (people in the plural the list names: "Labour MPs, including X Y and",
     * "The town's two MPs, X Y and V W,") */
    int framed = a > 2 && (sg_tok_is(doc, b, "and") || sg_tok_is(doc, b, ",")) &&
                 (sg_tok_is(doc, a - 1, "including") ||
                  (sg_tok_is(doc, a - 1, "them") && sg_tok_is(doc, a - 2, "among")) ||
                  (sg_tok_is(doc, a - 1, ",") && IN_LIST(doc, a - 2, people)) ||
                  /* (or right after a body's: "Unison members X Y and V W") */
                  (IN_LIST(doc, a - 1, people) && sg_i_is_cap(doc, a - 2)));
    if (!framed && b + 2 < se) {
        framed = sg_tok_is(doc, b, ",") && IN_LIST(doc, b + 1, speaking);
        if (!framed && sg_tok_is(doc, b, "from") && sg_i_is_cap(doc, b + 1)) {
            size_t k = b + 1;
            while (k < se && k < b + 7 && sg_i_is_cap(doc, k)) {
                k++;
            }
            framed = k < se && sg_i_reporting_at(cx, k);
        }
        size_t t = b + (sg_tok_is(doc, b, "is") || sg_tok_is(doc, b, "was") ||
                        sg_tok_is(doc, b, "has"));
        t += t > b && sg_tok_is(doc, t, "been");
        /* (or "called on X Y to step down", "called for X Y to resign") */
        int called = a > 1 &&
                     (sg_tok_is(doc, a - 1, "on") || sg_tok_is(doc, a - 1, "for")) &&
                     (sg_tok_is(doc, a - 2, "called") || sg_tok_is(doc, a - 2, "calls") ||
                      sg_tok_is(doc, a - 2, "calling"));
        framed = framed || (t > b && IN_LIST(doc, t, fighting) && opens_clause(doc, a)) ||
                 (a > 0 && (IN_LIST(doc, a - 1, urging) || called) &&
                  sg_tok_is(doc, b, "to") && doc->toks[b + 1].kind == SG_TK_WORD &&
                  !sg_i_is_cap(doc, b + 1));
    }
    return framed && plain_pair(cx, a); /* (the costly test last) */
}

/* Does what is before the unknown name [a, b) of two words say a person's: one
 * met or praised ("He met X Y on Monday"), one a letter is to or from ("In a
 * letter to X Y,"), one whose words or view are given ("in the words of X Y"),
 * one a verdict is for ("For X Y of Hale Council, the plan is"), or one a
 * quotation is signed by after a dash ("“It is a bold plan” - X Y.")? */
static int person_before(const sg_i_ctx_t *cx, size_t a, size_t b) {
    static const char *const meeting[] = {"met", "meets", "praised", "thanked",
                                          "interviewed"};
    static const char *const saying[] = {"words", "view", "views"};
    static const char *const dashes[] = {"-", "–", "—"};
    const sg_textdoc_t *doc = cx->doc;
    size_t s0 = doc->sents[doc->toks[a].sent].tok_begin;
    if (b - a != 2 || a < 2) {
        return 0;
    }
    int ends = b >= doc->ntoks || doc->toks[b].kind != SG_TK_WORD ||
               sg_tok_is(doc, b, "on") || sg_tok_is(doc, b, "and") ||
               sg_tok_is(doc, b, "of") || sg_tok_is(doc, b, "to");
    return ends &&
           (IN_LIST(doc, a - 1, meeting) ||
            ((sg_tok_is(doc, a - 1, "to") || sg_tok_is(doc, a - 1, "from")) &&
             sg_tok_is(doc, a - 2, "letter")) ||
            (sg_tok_is(doc, a - 1, "of") && IN_LIST(doc, a - 2, saying)) ||
            (a - 1 == s0 && sg_tok_is(doc, a - 1, "for")) ||
            (IN_LIST(doc, a - 1, dashes) && doc->toks[a - 2].kind == SG_TK_QUOTE)) &&
           plain_pair(cx, a); /* (the costly test last) */
}

/* Does context make the unknown name [a, b) a person? */
static int person_context(const sg_i_ctx_t *cx, size_t a, size_t b) {
    const sg_textdoc_t *doc = cx->doc;
    size_t se = doc->sents[doc->toks[a].sent].tok_end;

    if (b - a < 2 || b - a > 3) {
        return 0;
    }
    for (size_t k = a; k < b; k++) {
        if (!sg_i_is_cap(doc, k) || is_allcaps(doc, k)) {
            return 0;
        }
    }
    if (a > 1 && sg_tok_is(doc, a - 1, "for") && sg_i_postnominal(doc, a - 2)) {
        return 0; /* a seat: "The MP for Newton Abbot said" */
    }
    if (IN_LIST(doc, b - 1, compass) && IN_LIST(doc, b - 2, compass)) {
        return 0; /* a region's: "Unison North West said" */
    }
    if (a > 1 && sg_i_postnominal(doc, a - 1) && sg_i_is_cap(doc, a - 2)) {
        return 1; /* "Tarnford MP X" */
    }
    if (b < se && sg_i_postnominal(doc, b) && !sg_tok_is(doc, b, "mps") &&
        !sg_tok_is(doc, b, "meps") && !sg_i_is_cap(doc, b + 1) &&
        !(a > 0 && (sg_tok_is(doc, a - 1, "the") || sg_tok_is(doc, a - 1, "a") ||
                    sg_tok_is(doc, a - 1, "'s"))) &&
        !(b + 2 < se && sg_tok_is(doc, b + 1, ",") && sg_i_is_cap(doc, b + 2)) &&
        !(sg_tok_is(doc, a - 1, ",") && person_ends_at(cx, a))) {
        return 1; /* "X MP" (not "the Tarn Valley MP": a seat; nor "Local Labour
                   * MPs": a group; nor "Tarnford North MP Ann Lee", "Labour's
                   * Tarnford South MP, Ann Lee", "Ann Lee, Tarnford North MP": hers) */
    }
    /* "Healthwatch Hull chair Fran McCabe": a role in lower case right before,
     * after a body's name (not "to lead Tarn Valley"); or after a preposition or a
     * comma, past a word or two that qualify it ("a letter to partnership chief
     * officer X Y", "by A and chief executive X Y", "Its author, senior fellow X
     * Y,") */
    static const char *const leading_in[] = {"to",    "by",     "and",   "with", "from",
                                             "after", "before", "while", "but",  ","};
    for (size_t k = a > 3 ? a - 3 : 1; k < a; k++) {
        size_t n;
        if (doc->toks[k].kind == SG_TK_WORD && !sg_i_is_cap(doc, k) &&
            is_role_at(cx, k, a, &n) && k + n == a) {
            size_t j = k - 1;
            while (j > 1 && j + 3 > k && doc->toks[j].kind == SG_TK_WORD &&
                   !sg_i_is_cap(doc, j) && !IN_LIST(doc, j, leading_in) &&
                   !sg_tok_is(doc, j, "the")) {
                j--;
            }
            /* (past a word that qualifies the role: "Hale CCG interim chief
             * officer X Y") */
            static const char *const qualifying[] = {"interim", "acting", "new",
                                                     "joint",   "former", "outgoing"};
            size_t q = k - (k > 1 && IN_LIST(doc, k - 1, qualifying));
            if (sg_i_is_cap(doc, q - 1) || sg_tok_is(doc, q - 1, "'s") ||
                (IN_LIST(doc, j, leading_in) && !IN_LIST(doc, b - 1, place_words))) {
                return 1;
            }
        }
    }
    /* "said spokeswoman X Y", "led by chief executive X Y", "whose leader X Y": a
     * role in lower case between a reporting verb, "by" or "whose" and the name */
    static const char *const openers[] = {"by", "whose"};
    for (size_t k = a > 4 ? a - 4 : 1; k < a; k++) {
        size_t n;
        if (doc->toks[k].kind == SG_TK_WORD && !sg_i_is_cap(doc, k) &&
            (sg_i_reporting_at(cx, k - 1) || IN_LIST(doc, k - 1, openers)) &&
            is_role_at(cx, k, a, &n) &&
            (k + n == a || (k + n + 1 == a && (sg_tok_is(doc, k + n, ",") ||
                                               /* (or the role's copula after "whose":
                                                * "whose chief executive is X Y") */
                                               (sg_tok_is(doc, k - 1, "whose") &&
                                                (sg_tok_is(doc, k + n, "is") ||
                                                 sg_tok_is(doc, k + n, "was"))))))) {
            return 1;
        }
    }
    /* "X Y (chief executive, Z)", "X Y (Lab):", "X Y (Healthwatch Tarnshire):": a
     * role, a party or a known body in brackets after the name; "X Y – STP lead":
     * a role after a dash */
    if (b + 2 < doc->ntoks &&
        (sg_tok_is(doc, b, "(") || sg_tok_is(doc, b, "–") || sg_tok_is(doc, b, "-"))) {
        size_t r = b + 1 + (b + 2 < doc->ntoks && sg_tok_is(doc, b + 1, "stp"));
        size_t c = b + 1; /* (the bracket's close) */
        while (c < doc->ntoks && c < b + 9 && !sg_tok_is(doc, c, ")")) {
            c++;
        }
        int shut = sg_tok_is(doc, b, "(") && c < doc->ntoks && sg_tok_is(doc, c, ")");
        /* (or a seat in brackets, then a party: "X Y (Ellesmere Port) (Lab):") */
        int seat = shut && c + 3 < doc->ntoks && sg_tok_is(doc, c + 1, "(") &&
                   sg_i_party_word(doc, c + 2) && sg_tok_is(doc, c + 3, ")");
        size_t rn = 0; /* (a role, not a label's: "Tarn Valley – lead: X") */
        int role = is_role_at(cx, r, doc->ntoks, &rn) && r + rn < doc->ntoks &&
                   !sg_tok_is(doc, r + rn, ":");
        /* (or a body's name in capitals, then the role in lower case: "X Y (Dorset
         * STP lead)", "X Y (Unison regional secretary)") */
        size_t lc = b + 1;
        while (!role && shut && lc < c && lc < b + 6 && sg_i_is_cap(doc, lc)) {
            lc++;
        }
        role = role || (shut && lc > b + 1 && lc < c && !sg_i_is_cap(doc, lc) &&
                        is_role_at(cx, lc, c, &rn) && lc + rn == c);
        /* (or a speech's label opening its line: "X Y (Upper Norfolk):") */
        int label = shut && (doc->toks[a].flags & SG_TF_PARA_START) &&
                    c + 1 < doc->ntoks && sg_tok_is(doc, c + 1, ":");
        if (role || seat || label ||
            (shut && ((sg_i_party_word(doc, b + 1) && c == b + 2) ||
                      sg_i_match(cx->lex, SG_I_T_GAZ, doc, b + 1, c, NULL) == c - b - 1 ||
                      org_word(cx, b + 1, c)))) {
            return 1;
        }
    }
    /* "X Y has resigned as senior responsible officer of Z", "X Y will take over
     * as chair": "as" and a role right after it, a few words in lower case after
     * the name */
    static const char *const taking[] = {
        "resigned", "quit",    "quits",     "stepped",  "steps",    "appointed",
        "named",    "elected", "confirmed", "take",     "takes",    "took",
        "serve",    "serves",  "served",    "act",      "acts",     "remain",
        "remains",  "joins",   "joined",    "returns",  "returned", "retire",
        "retires",  "retired", "continue",  "continues"};
    int took = 0; /* (a verb a person takes a role with: not "Tarn Valley has
                   * emerged as leader of") */
    for (size_t k = b; k + 1 < se && k < b + 5; k++) {
        if (sg_tok_is(doc, k, "as")) {
            if (k > b && took && is_role_at(cx, k + 1, se, NULL)) {
                return 1;
            }
            break;
        }
        if (doc->toks[k].kind != SG_TK_WORD || sg_i_is_cap(doc, k)) {
            break;
        }
        took |= IN_LIST(doc, k, taking);
    }
    /* "Labour MPs A B, C D and E F", "A B in Hale, C D in Fenby": the next item of
     * a list whose item before is a person (past where they are: "in X", "(X)") */
    /* (the place named too: "Sir A B in South Yorkshire, C D in ...") */
    size_t lp = cx->nm - (cx->nm > 1 && cx->m[cx->nm - 1].type != SG_NODE_PERSON &&
                          cx->m[cx->nm - 1].tb > 0 &&
                          sg_tok_is(doc, cx->m[cx->nm - 1].tb - 1, "in") &&
                          cx->m[cx->nm - 2].te + 1 == cx->m[cx->nm - 1].tb);
    if (a > 1 && (sg_tok_is(doc, a - 1, ",") || sg_tok_is(doc, a - 1, "and")) && lp > 0 &&
        cx->m[lp - 1].type == SG_NODE_PERSON && cx->m[lp - 1].te + 6 >= a &&
        cx->m[lp - 1].te < a &&
        (b >= se || sg_tok_is(doc, b, ",") || sg_tok_is(doc, b, "and") ||
         sg_tok_is(doc, b, ".") || sg_tok_is(doc, b, "in") || sg_tok_is(doc, b, "(") ||
         sg_tok_is(doc, b, "also") || sg_i_reporting_at(cx, b) ||
         acting_verb(cx, b, se))) {
        size_t k = cx->m[lp - 1].te;
        int between = 1; /* (only where the one before is, or a party's "'s") */
        if (k + 1 < a && (sg_tok_is(doc, k, "in") || sg_tok_is(doc, k, "("))) {
            for (k++; k + 1 < a; k++) {
                between &= sg_i_is_cap(doc, k) || sg_tok_is(doc, k, ")") ||
                           sg_tok_is(doc, k, "and") || sg_tok_is(doc, k, ",");
            }
        }
        /* (after a comma, a list's middle item, one that "and" and a name in
         * capitals close later: not "Dr A B, Upper Hale" signing a letter, nor "A
         * B, Upper Hale, said") */
        int closed = sg_tok_is(doc, a - 1, "and");
        for (size_t j = b; !closed && j + 1 < se && j < b + 16; j++) {
            closed = sg_tok_is(doc, j, "and") && sg_i_is_cap(doc, j + 1);
        }
        /* (past the comma that closes the one before's apposition: "The STP's
         * chair, A B, and C D spoke") */
        if (between && (k + 1 == a || k == a || (k + 2 == a && sg_tok_is(doc, k, ","))) &&
            closed) {
            return 1;
        }
    }
    /* "Labour's X Y", "Liberal Democrat X Y": a party's word right before (not
     * a seat before an MP's letters: "Labour's Tarnford South MP") */
    if (a > 1 && !sg_i_postnominal(doc, b) && subject_ends(cx, b, se) &&
        (sg_i_party_word(doc, a - 1) ||
         (sg_tok_is(doc, a - 1, "'s") && sg_i_party_word(doc, a - 2)))) {
        return 1;
    }
    if (acting_subject(cx, a, b, se) || person_frame(cx, a, b, se) ||
        person_before(cx, a, b)) {
        return 1;
    }
    /* "X Y, 82, is", "X Y (pictured), chief executive": an age, or a picture's
     * word, after the name */
    if (b + 2 < se && ((sg_tok_is(doc, b, ",") && doc->toks[b + 1].kind == SG_TK_NUM &&
                        sg_tok_is(doc, b + 2, ",")) ||
                       (sg_tok_is(doc, b, "(") && sg_tok_is(doc, b + 1, "pictured")))) {
        return 1;
    }
    /* "retired nurse X", "campaigner X": a word that only a person is right
     * before */
    if (a > 0 && sg_i_person_word(doc, a - 1)) {
        return 1;
    }
    /* "X said", "X has said", or between commas before the verb: "Its director of
     * policy, X, said" (not "the mayor of Tower Hamlets, warned": a place; nor an
     * address's town: "Y, 78, of Mill Road, Marlow Heath, said") */
    static const char *const streets[] = {"road",  "street", "lane",     "avenue",
                                          "close", "drive",  "crescent", "terrace"};
    if (a > 1 && sg_tok_is(doc, a - 1, ",") && IN_LIST(doc, a - 2, streets)) {
        return 0;
    }
    /* (nor a person's place between the commas: "Tom Reed, Lower Fenby, said") */
    int apposed = a > 1 && person_ends_at(cx, a);
    if (b < se && (sg_i_reporting_at(cx, b) ||
                   ((sg_tok_is(doc, b, "has") || sg_tok_is(doc, b, "had")) &&
                    b + 1 < se && sg_i_reporting_at(cx, b + 1)) ||
                   (a > 0 && sg_tok_is(doc, a - 1, ",") && sg_tok_is(doc, b, ",") &&
                    b + 1 < se && sg_i_reporting_at(cx, b + 1) && !apposed))) {
        /* (not a group's name that ends in a place named before: "Patients First
         * Tarnshire said" after "the Tarnshire STP") */
        return !word_of_body_before(cx, b - 1);
    }
    /* "The council's leader, X, backed", "The chief executive of Y, X, said" (a body of
     * up to eight words: "The chair of Mid Yorkshire Hospitals NHS Trust, X,"), "Unison's
     * North West regional secretary, X,": a role a few words before the comma, after
     * "the", "its" or "'s" and any capitalised words */
    /* (or the body after: "The trust's staff side representative, X of the RCN,") */
    size_t ob = b + 1 + (b + 2 < se && sg_tok_is(doc, b + 1, "the"));
    /* (or ending the sentence: "It was attacked by Unite's national officer for
     * health, X.") */
    if (a > 1 && sg_tok_is(doc, a - 1, ",") && b <= se &&
        (b == se || sg_tok_is(doc, b, ",") || sg_tok_is(doc, b, ".") ||
         sg_i_reporting_at(cx, b) ||
         (sg_tok_is(doc, b, "of") && ob < se && sg_i_is_cap(doc, ob)))) {
        for (size_t k = a - 1;
             k-- > 1 && k + 12 > a && doc->toks[k].kind != SG_TK_PUNCT;) {
            /* (an MP's letters in the singular, whatever is before them: "Fenby's
             * Conservative MP, X Y,", "The MP for Corby Vale, X Y,") */
            if (mp_letters(doc, k)) {
                return 1;
            }
            /* (in capitals only right after "the": "The Mayor of Westburgh, X,") */
            if ((sg_i_is_cap(doc, k) && !role_determiner(doc, k - 1)) ||
                !(is_role_at(cx, k, a - 1, NULL) || sg_i_person_word(doc, k))) {
                continue;
            }
            /* (or "a", "his": "to share a single accountable officer, X Y,", "His
             * counterpart at Y, X Z,") */
            static const char *const others[] = {"a", "an", "his", "her", "our", "whose"};
            size_t j = k - 1; /* past capitals and a portfolio: "Mind's policy manager" */
            while (j > 0 && j + 4 > k && !role_determiner(doc, j) &&
                   !IN_LIST(doc, j, others) && doc->toks[j].kind == SG_TK_WORD) {
                j--;
            }
            if (role_determiner(doc, j) || IN_LIST(doc, j, others)) {
                return 1;
            }
        }
    }
    /* "has appointed a joint director of commissioning, X.": a role an appointing
     * verb fills, the name after it closing the sentence */
    if (a > 3 && sg_tok_is(doc, a - 1, ",") && (b >= se || sg_tok_is(doc, b, "."))) {
        static const char *const appointing[] = {"appointed", "named",    "hired",
                                                 "recruited", "selected", "elected"};
        static const char *const dets[] = {"a", "an", "the", "its", "their"};
        for (size_t k = a - 1;
             k-- > 2 && k + 8 > a && doc->toks[k].kind != SG_TK_PUNCT;) {
            if (!is_role_at(cx, k, a - 1, NULL)) {
                continue;
            }
            size_t j = k - 1; /* (past words before the role: "a new joint") */
            while (j > 1 && j + 4 > k && !IN_LIST(doc, j, dets) &&
                   doc->toks[j].kind == SG_TK_WORD) {
                j--;
            }
            if (IN_LIST(doc, j, dets) && IN_LIST(doc, j - 1, appointing)) {
                return 1;
            }
        }
    }
    /* "has appointed X Y as its chief executive": two words between a verb of
     * appointing and "as" */
    static const char *const appoints[] = {"appointed", "named", "appoints",
                                           "names",     "hired", "recruited"};
    if (b - a == 2 && a > 0 && b + 1 < se && IN_LIST(doc, a - 1, appoints) &&
        sg_tok_is(doc, b, "as")) {
        return 1;
    }
    /* "X Y works for the trust", "X Y sits on its board" */
    if (b + 1 < se && b - a == 2 &&
        (sg_tok_is(doc, b, "works") || sg_tok_is(doc, b, "sits") ||
         sg_tok_is(doc, b, "serves")) &&
        (sg_tok_is(doc, b + 1, "for") || sg_tok_is(doc, b + 1, "on") ||
         sg_tok_is(doc, b + 1, "as"))) {
        return 1;
    }
    /* "The Minister of State (X Y):": a speech's label, the name in brackets
     * before its colon; "X Y" on a line of its own, then "Chair, Z" on the next: a
     * signature */
    if (a > 1 && b + 1 < doc->ntoks && sg_tok_is(doc, a - 1, "(") &&
        sg_tok_is(doc, b, ")") && sg_tok_is(doc, b + 1, ":") &&
        !person_ends_at(cx, a)) { /* (not a seat: "X Y (North Norfolk):") */
        return 1;
    }
    size_t sn = 0;
    if ((doc->toks[a].flags & SG_TF_PARA_START) && b + 1 < doc->ntoks &&
        (doc->toks[b].flags & SG_TF_PARA_START) && is_role_at(cx, b, doc->ntoks, &sn) &&
        b + sn < doc->ntoks && sg_tok_is(doc, b + sn, ",")) {
        return 1;
    }
    /* "X Y, Ashby" on a line of its own after a letter that opens "Sir,": the
     * writer's name and town */
    size_t pa = doc->sents[doc->toks[a].sent].para;
    if ((doc->toks[a].flags & SG_TF_PARA_START) && b + 1 < doc->paras[pa].tok_end &&
        b + 6 > doc->paras[pa].tok_end && sg_tok_is(doc, b, ",")) {
        int town = 1;
        for (size_t k = b + 1; k < doc->paras[pa].tok_end; k++) {
            town &= sg_i_is_cap(doc, k) || sg_tok_is(doc, k, ".");
        }
        for (size_t q = pa; town && q-- > 0 && q + 8 > pa;) {
            size_t qb = doc->paras[q].tok_begin;
            if (sg_tok_is(doc, qb, "sir") && qb + 1 < doc->ntoks &&
                sg_tok_is(doc, qb + 1, ",")) {
                return 1;
            }
        }
    }
    /* "X Y on behalf of Z": a signature's name (its line, then "on behalf of Z" on
     * the next), or one who speaks for a body */
    size_t ob0 = b + (b < doc->ntoks && sg_tok_is(doc, b, ",")); /* ("X Y, on behalf") */
    if (b - a == 2 && ob0 + 3 < doc->ntoks && sg_tok_is(doc, ob0, "on") &&
        sg_tok_is(doc, ob0 + 1, "behalf") && sg_tok_is(doc, ob0 + 2, "of")) {
        return 1;
    }
    /* "X Y, who chairs ...": "who" speaks of a person (so after a dash: "X Y –
     * who chairs the STP –") */
    if (b + 1 < se && (sg_tok_is(doc, b, ",") || sg_tok_is(doc, b, "-")) &&
        sg_tok_is(doc, b + 1, "who")) {
        return 1;
    }
    /* "X Y, Unison, said", "- X Y, Defend Tarn NHS: “...”": a body's name between
     * the name's comma and the verb or a label's colon, hers */
    if (b - a == 2 && b + 3 < se && sg_tok_is(doc, b, ",") && sg_i_is_cap(doc, b + 1)) {
        size_t e = b + 1;
        while (e < se && e < b + 9 && sg_i_is_cap(doc, e)) {
            e++;
        }
        if (e + 1 < doc->ntoks && (sg_tok_is(doc, e, ",") || sg_tok_is(doc, e, ":")) &&
            (sg_tok_is(doc, e, ":") ? doc->toks[e + 1].kind == SG_TK_QUOTE
                                    : sg_i_reporting_at(cx, e + 1)) &&
            (org_word(cx, b + 1, e) || gaz_exact(cx, b + 1, e, 1) >= 0 ||
             campaign(doc, b + 1, e)) &&
            plain_pair(cx, a)) {
            return 1;
        }
    }
    /* "X Y is on the board of Z", "X Y sits on the Hale Council health
     * committee": a seat on a board or a committee, a person's */
    static const char *const seats[] = {"board", "committee", "panel", "cabinet"};
    size_t on = b + (b < se && (sg_tok_is(doc, b, "is") || sg_tok_is(doc, b, "was")));
    /* (or "X Y has been given a seat on the Dorset STP board") */
    if (b - a == 2 && b + 5 < se && sg_tok_is(doc, b, "has") &&
        sg_tok_is(doc, b + 1, "been") && sg_tok_is(doc, b + 2, "given") &&
        sg_tok_is(doc, b + 3, "a") && sg_tok_is(doc, b + 4, "seat")) {
        on = b + 5;
    }
    if (b - a == 2 && on > b && on + 2 < se && sg_tok_is(doc, on, "on") &&
        sg_tok_is(doc, on + 1, "the") && plain_pair(cx, a)) {
        for (size_t k = on + 2; k < se && k < on + 8 && doc->toks[k].kind == SG_TK_WORD;
             k++) {
            if (IN_LIST(doc, k, seats)) {
                return 1;
            }
        }
    }
    /* "X Y, a GP in Tarn, said", "X Y, of Save Our Hospitals, said", "X Y, the
     * party's housing spokeswoman, agreed" (with a role after "the"): two words
     * and an apposition before the verb */
    /* (or an MP's letters in the singular a few words into it: "X Y, the Labour MP
     * for Exeter,", "X Y, Conservative MP for Faversham,") */
    for (size_t k = b + 1; b - a == 2 && sg_tok_is(doc, b, ",") && k < se && k < b + 4;
         k++) {
        if (mp_letters(doc, k)) {
            return 1;
        }
        if (!(sg_i_is_cap(doc, k) || sg_tok_is(doc, k, "the") ||
              sg_tok_is(doc, k, "a"))) {
            break;
        }
    }
    /* (or a person's own: "X Y, his brother, said", a person's word in it) */
    static const char *const owners[] = {"the", "his", "her", "their"};
    int the = IN_LIST(doc, b + 1, owners), role = 0;
    if (b - a == 2 && b + 2 < se && sg_tok_is(doc, b, ",") &&
        (the || sg_tok_is(doc, b + 1, "a") || sg_tok_is(doc, b + 1, "an") ||
         sg_tok_is(doc, b + 1, "of") || sg_tok_is(doc, b + 1, "from") ||
         /* (or a participle's clause: "X Y, running late for the meeting, said") */
         (sg_i_participle(doc, b + 1) && !sg_i_is_cap(doc, b + 1)))) {
        for (size_t k = b + 2; k < se && k < b + 12; k++) {
            if (sg_tok_is(doc, k, ",")) {
                if (k + 1 < se &&
                    (sg_i_reporting_at(cx, k + 1) || sg_tok_is(doc, k + 1, "who")) &&
                    (role || !the)) {
                    return 1; /* (or "who": "X Y, a GP from Z, who described") */
                }
                /* (or a role, a person's word or an MP's letters in it, then a
                 * person's act or a stance: "X Y, a GP, has been appointed", "X Y,
                 * the town's MP, objected") */
                if (role && k + 2 < se && acting_verb(cx, k + 1, se) &&
                    !IN_LIST(doc, b - 1, place_words)) {
                    return 1;
                }
                break;
            }
            role = role || is_role_at(cx, k, se, NULL) || sg_i_person_word(doc, k) ||
                   mp_letters(doc, k);
        }
    }
    /* "Ivor Penn, Tarn Medical Association council chair, said": an apposition that
     * ends in a role before the verb; "Ada Frome (Con), chair of": a party's
     * letters in brackets */
    if (b - a == 2 && b + 3 < se && sg_tok_is(doc, b, ",")) {
        for (size_t k = b + 2; k < se && k < b + 10; k++) {
            if (sg_tok_is(doc, k, ",")) {
                size_t r = k;
                while (r > b + 1 && doc->toks[r - 1].kind == SG_TK_WORD &&
                       !sg_i_is_cap(doc, r - 1)) {
                    r--;
                }
                for (size_t j = r, n; k + 1 < se && sg_i_reporting_at(cx, k + 1) && j < k;
                     j++) {
                    if (is_role_at(cx, j, k, &n) && j + n == k) {
                        return 1;
                    }
                }
                break;
            }
        }
    }
    if (b - a == 2 && b + 3 < se && sg_tok_is(doc, b, "(") &&
        sg_i_party_word(doc, b + 1) && sg_tok_is(doc, b + 2, ")")) {
        return 1;
    }
    /* "According to Aarav Gupta, the plan ...", "Tarn CCG's Olamide Adeyemi backed
     * it": two words in capitals after "according to", or after a body's "'s" and
     * before a verb */
    if (b - a == 2 && a > 1 &&
        ((sg_tok_is(doc, a - 2, "according") && sg_tok_is(doc, a - 1, "to") && b < se &&
          sg_tok_is(doc, b, ",")) ||
         (sg_tok_is(doc, a - 1, "'s") && b < se &&
          (sg_i_reporting_at(cx, b) || subject_at(doc, b)))) &&
        !IN_LIST(doc, b - 1, place_words)) {
        return 1;
    }
    static const char *const after_speaker[] = {"of",  "from", "at", "who",
                                                "and", "in",   "on", "for"};
    /* "writes Jane Doe", "by Jane Doe", inverted "said Jane Doe" (which ends its
     * clause: "Critics say Healthy Tarnshire is a cut" names no one; nor a place
     * before a role and the holder's name: "by Lyne Valley MP Ann Lee", "by
     * Lyne Valley councillor Ann Lee") */
    int seat = b + 1 < se && sg_i_is_cap(doc, b + 1) &&
               (sg_i_postnominal(doc, b) || is_role_at(cx, b, se, NULL) ||
                sg_i_person_word(doc, b));
    if (a > 0 && !seat &&
        (sg_tok_is(doc, a - 1, "writes") || sg_tok_is(doc, a - 1, "by") ||
         (sg_i_reporting_at(cx, a - 1) && (b >= se || doc->toks[b].kind != SG_TK_WORD ||
                                           IN_LIST(doc, b, after_speaker))))) {
        return 1;
    }
    /* "X, chief executive of", "X is director of", "X has been named as director
     * of" (not a verb after the comma: "a GP in Small Heath, will chair it",
     * "..., becomes its chair") */
    static const char *const becomes[] = {"becomes", "became", "takes", "took"};
    size_t r = sg_i_appointed(doc, b, se);
    if (r || (b + 1 < se && ((sg_tok_is(doc, b, ",") && !sg_i_auxiliary(doc, b + 1) &&
                              !IN_LIST(doc, b + 1, becomes)) ||
                             sg_tok_is(doc, b, "is") || sg_tok_is(doc, b, "was")))) {
        r = r ? r : b + 1;
        for (size_t k = r; k < se && k < r + 4; k++) {
            if (is_role_at(cx, k, se, NULL)) {
                return 1;
            }
            if (doc->toks[k].kind == SG_TK_PUNCT) {
                break;
            }
        }
    }
    /* "He spoke to X Y", "has written to X Y demanding": one spoken or written to
     * (not a place: "spoke to Tarn Valley") */
    static const char *const spoke[] = {"spoke",   "speaking", "talked", "talking",
                                        "written", "wrote",    "writing"};
    if (a > 1 && b - a == 2 &&
        (sg_tok_is(doc, a - 1, "to") || sg_tok_is(doc, a - 1, "with")) &&
        IN_LIST(doc, a - 2, spoke) && !IN_LIST(doc, b - 1, place_words)) {
        return 1;
    }
    /* "As X Y makes eloquently clear", "as X Y puts it": what one says, after
     * "as" */
    static const char *const as_says[] = {"makes", "made",   "puts",
                                          "put",   "points", "pointed"};
    if (a > 0 && b + 1 < se && b - a == 2 && sg_tok_is(doc, a - 1, "as") &&
        IN_LIST(doc, b, as_says) && !IN_LIST(doc, b - 1, place_words)) {
        return 1;
    }
    /* "has appointed A as its clinical chair and X Y as its deputy chief
     * executive": an appointing's object, "as" and a role */
    static const char *const appointing[] = {"appointed", "named", "and"};
    if (a > 0 && b + 2 < se && IN_LIST(doc, a - 1, appointing) &&
        sg_tok_is(doc, b, "as")) {
        size_t r = b + 1 + role_determiner(doc, b + 1);
        r += r < se && (sg_tok_is(doc, r, "new") || sg_tok_is(doc, r, "interim") ||
                        sg_tok_is(doc, r, "deputy"));
        if (is_role_at(cx, r, se, NULL) && !IN_LIST(doc, b - 1, place_words)) {
            return 1;
        }
    }
    /* "Its chief executive will be X Y", "The new chair is X Y": a role after
     * "the", "its" or "'s", then "is", "was" or "will be" */
    size_t cop =
        a > 2 && (sg_tok_is(doc, a - 1, "is") || sg_tok_is(doc, a - 1, "was"))  ? a - 1
        : a > 3 && sg_tok_is(doc, a - 1, "be") && sg_tok_is(doc, a - 2, "will") ? a - 2
                                                                                : 0;
    for (size_t k = cop > 4 ? cop - 4 : 1, n; cop && k < cop; k++) {
        if (!sg_i_is_cap(doc, k) && is_role_at(cx, k, cop, &n) && k + n == cop) {
            size_t j = k - 1; /* (past "new", "interim": a word or two) */
            while (j > 0 && j + 3 > k && !role_determiner(doc, j) &&
                   doc->toks[j].kind == SG_TK_WORD && !sg_i_is_cap(doc, j)) {
                j--;
            }
            if (role_determiner(doc, j) && !IN_LIST(doc, b - 1, place_words)) {
                return 1;
            }
            break;
        }
    }
    /* "X Y has spent her Saturdays outside ...", "X Y is the STP's senior
     * responsible officer. He is also": a sentence's subject, then a person's
     * pronoun in it or opening the next, no other name between that could be its */
    static const char *const personal[] = {"he", "she", "his", "her", "him"};
    /* (after a word that opens a clause, or an opening phrase in lower case: "When
     * X Y gave birth at Z, she says", "For three years, X Y has spent her") */
    static const char *const clause_openers[] = {
        "when", "after", "before", "since", "as", "although", "while", "once", "if"};
    size_t o = a; /* (where the sentence's subject may open) */
    if (a > 0 && IN_LIST(doc, a - 1, clause_openers)) {
        o = a - 1;
    } else if (a > 2 && sg_tok_is(doc, a - 1, ",")) {
        o = a - 1;
        while (o > 0 && !(doc->toks[o].flags & SG_TF_SENT_START) &&
               (doc->toks[o - 1].kind == SG_TK_NUM ||
                (doc->toks[o - 1].kind == SG_TK_WORD && !sg_i_is_cap(doc, o - 1)) ||
                (doc->toks[o - 1].flags & SG_TF_SENT_START))) {
            o--;
        }
    }
    if (b - a == 2 && (doc->toks[o].flags & SG_TF_SENT_START) && b < se &&
        doc->toks[b].kind == SG_TK_WORD && !sg_i_is_cap(doc, b) &&
        !IN_LIST(doc, b - 1, place_words)) {
        /* (or who leads a body named after: "X Y has led the Z STP since", "X Y
         * chairs the Z board") */
        /* (or runs it, or is leading it: "X Y runs the Z STP", "X Y is chairing
         * the Z board") */
        static const char *const leads[] = {"leads",   "led",      "chairs",  "chaired",
                                            "heads",   "headed",   "runs",    "ran",
                                            "leading", "chairing", "heading", "running"};
        static const char *const be_aux[] = {"has", "had", "is", "was"};
        size_t v = b + IN_LIST(doc, b, be_aux);
        v += v < se && sg_tok_is(doc, v, "also");
        if (v < se && sg_i_participle(doc, v) != (v > b && (sg_tok_is(doc, b, "is") ||
                                                            sg_tok_is(doc, b, "was")))) {
            v = se; /* ("is leading", never "leading" alone nor "is led") */
        }
        if (v + 2 < se && IN_LIST(doc, v, leads) && sg_tok_is(doc, v + 1, "the") &&
            sg_i_is_cap(doc, v + 2)) {
            return 1;
        }
        for (size_t k = b; k <= se && k < doc->ntoks && k < b + 30; k++) {
            /* (or "telling" someone after a comma: "X Y has rejected calls to scrap
             * STPs, telling the RCN congress") */
            if (IN_LIST(doc, k, personal) ||
                (k < se && sg_tok_is(doc, k, "telling") && sg_tok_is(doc, k - 1, ","))) {
                return 1;
            }
            if (k == se || doc->toks[k].kind == SG_TK_QUOTE) {
                break;
            }
            if (sg_i_is_cap(doc, k)) { /* (past a body's name: "the X STP's") */
                size_t r = k;
                while (r < se && sg_i_is_cap(doc, r)) {
                    r++;
                }
                if (!is_allcaps(doc, k) && !standalone(cx, k, r)) {
                    break;
                }
                k = r - 1;
            }
        }
    }
    return 0;
}

static sg_err_t classify(sg_i_ctx_t *cx, size_t a, size_t b);
static size_t places_body(const sg_i_ctx_t *cx, size_t i, size_t se);

/* Tokens [a, e) and [r, b) as two names: "NHS England and NHS Improvement",
 * "Professor X of the University of Y". */
static sg_err_t classify_two(sg_i_ctx_t *cx, size_t a, size_t e, size_t r, size_t b) {
    sg_err_t rc = classify(cx, a, e);
    return rc != SG_OK ? rc : classify(cx, r, b);
}

/* Is token k, inside a name, an initial's letter or the dot after one ("K" and "."
 * of "Jo K. Bellamy")? */
static int initial_tok(const sg_textdoc_t *doc, size_t k) {
    return doc->toks[k].norm_len == 1 &&
           (sg_i_is_cap(doc, k) ||
            (k > 0 && sg_tok_is(doc, k, ".") && doc->toks[k - 1].norm_len == 1));
}

/* Are tokens [a, b) a person's initials and surname ("J. K. Bellamy", "J.K.
 * Bellamy"): capital letters alone, each with its dot glued or none, then one
 * capitalised word, not in capitals? */
static int initials_name(const sg_textdoc_t *doc, size_t a, size_t b) {
    size_t k = a, n = 0;

    while (k + 1 < b && doc->toks[k].norm_len == 1 && sg_i_is_cap(doc, k)) {
        k++;
        n++;
        if (k + 1 < b && sg_tok_is(doc, k, ".") &&
            !(doc->toks[k].flags & SG_TF_SPACE_BEFORE)) {
            k++;
        }
    }
    return n > 0 && k + 1 == b && sg_i_is_cap(doc, k) && !is_allcaps(doc, k) &&
           doc->toks[k].norm_len > 1 && !sg_tok_is(doc, a, "i"); /* (not a list's "I.") */
}

/* Are tokens [a, j) a person's name before an "of": a title and one to three
 * capitalised words, or a known first name and one or two? */
static int person_before_of(const sg_i_ctx_t *cx, size_t a, size_t j) {
    const sg_textdoc_t *doc = cx->doc;
    int title = sg_i_tok_in(cx->lex, SG_I_T_TITLES, doc, a, NULL);
    size_t dots = 0;  /* the dots of initials inside the name ("Jo K. Bell"), and */
    size_t small = 0; /* its particles ("Harald van der Linden"), not counted */

    for (size_t k = a + 1; k + 1 < j; k++) {
        dots += sg_tok_is(doc, k, ".") && doc->toks[k - 1].norm_len == 1 &&
                !(doc->toks[k].flags & SG_TF_SPACE_BEFORE);
        small += IN_LIST(doc, k, particles) != 0;
    }
    size_t n = j - a - dots - small;
    if (!(title ? n >= 2 && n <= 4
                : n >= 2 && n <= 3 &&
                      sg_i_tok_in(cx->lex, SG_I_T_FIRST_NAMES, doc, a, NULL))) {
        return 0;
    }
    for (size_t k = a; k < j; k++) {
        int initial =
            k > a && k + 1 < j && (initial_tok(doc, k) || IN_LIST(doc, k, particles));
        if (!initial && (!sg_i_is_cap(doc, k) || is_allcaps(doc, k))) {
            return 0;
        }
    }
    return 1;
}

/* Do tokens [a, b) open with a person's name and "of" ("Rob Webster of West
 * Yorkshire and Harrogate")? */
static int person_of_at(const sg_i_ctx_t *cx, size_t a, size_t b) {
    for (size_t j = a + 2; j + 1 < b && j <= a + 4; j++) {
        if (sg_tok_is(cx->doc, j, "of")) {
            return person_before_of(cx, a, j);
        }
    }
    return 0;
}

/* Are tokens [a, b) an item of a list of people, each two words, "of" and a
 * whole body ("leaders including X Y of the Z STP and V W of the U STP"), a given
 * name not known? */
static int listed_person_of(const sg_i_ctx_t *cx, size_t a, size_t b) {
    const sg_textdoc_t *doc = cx->doc;
    size_t r = a + 3 + (a + 3 < b && sg_tok_is(doc, a + 3, "the"));
    return a > 0 && r < b && sg_tok_is(doc, a + 2, "of") &&
           (sg_tok_is(doc, a - 1, "including") || sg_tok_is(doc, a - 1, "and")) &&
           bare_pair(cx, a) && !IN_LIST(doc, a + 1, place_words) && standalone(cx, r, b);
}

/* Are tokens [a, b) the letters (after a word or two) and a person's name
 * ("Conservative MP Rachel Hunt", "MP Rachel Hunt")? */
SG_I_COLD static int mp_then_person(const sg_i_ctx_t *cx, size_t a, size_t b) {
    for (size_t j = a; j + 2 < b && j < a + 4; j++) {
        if (sg_i_postnominal(cx->doc, j)) {
            /* (or two words that name no body, a given name not known: "Wirral
             * West MP Ysolde Greenwood and") */
            return person_before_of(cx, j + 1, b) || (b == j + 3 && bare_pair(cx, j + 1));
        }
    }
    return 0;
}

/* Are tokens [a, b) two words no list knows, "and", then a person by a known
 * given name, after the words that say what they are ("Zorvan Smith and
 * Conservative MP Tom Ash", "... and Labour's Tom Ash")? */
static int pair_before_person(const sg_i_ctx_t *cx, size_t a, size_t b) {
    const sg_textdoc_t *doc = cx->doc;
    size_t r = a + 3;
    if (b < r + 2 || !sg_tok_is(doc, a + 2, "and")) {
        return 0;
    }
    r += r + 3 < b && sg_i_party_word(doc, r) &&
         (sg_i_person_word(doc, r + 1) || sg_i_postnominal(doc, r + 1) ||
          sg_tok_is(doc, r + 1, "'s"));
    r += r + 2 < b && (sg_i_person_word(doc, r) || sg_i_postnominal(doc, r) ||
                       sg_tok_is(doc, r, "'s"));
    return person_before_of(cx, r, b) && plain_pair(cx, a);
}

/* Are tokens [a, b) a body's name, "'s" and a person's ("Labour's Tom Ashby",
 * "Unison's Jo Marr")? */
SG_I_COLD static int body_then_person(const sg_i_ctx_t *cx, size_t a, size_t b) {
    for (size_t j = a + 1; j + 2 < b; j++) {
        if (sg_tok_is(cx->doc, j, "'s")) {
            /* (or two words no list knows after it: "Unison's Pellam Lake") */
            return standalone(cx, a, j) &&
                   (person_before_of(cx, j + 1, b) ||
                    (j + 3 == b && bare_pair(cx, j + 1) && plain_pair(cx, j + 1)));
        }
    }
    return 0;
}

/* Up to this many mentions, an article's are scanned for a surname; past it,
 * cx->surnames holds the last words of the people named, so that a long article
 * stays linear. */
#define SURNAME_SCAN_MAX 64

/* The last word (normalised, *len bytes) of mention m when it names a person by two
 * words or more, else NULL. */
static const char *person_last(const sg_i_ctx_t *cx, const sg_i_mention_t *m,
                               size_t *len) {
    if (m->kind != SG_I_M_NAME || m->type != SG_NODE_PERSON || m->te - m->tb < 2) {
        return NULL;
    }
    return sg_tok_norm(cx->doc, m->te - 1, len);
}

/* Is token k the last word of a person named earlier in the article? */
static int known_surname(sg_i_ctx_t *cx, size_t k) {
    size_t len, l2;
    const char *w = sg_tok_norm(cx->doc, k, &len), *last;

    /* the mentions not yet in the set go in, unless memory runs out: then a scan */
    while (cx->nm > SURNAME_SCAN_MAX && cx->surnames_upto < cx->nm) {
        last = person_last(cx, &cx->m[cx->surnames_upto], &l2);
        if (last && sg_map_putn(&cx->surnames, last, l2, 1) != SG_OK) {
            break;
        }
        cx->surnames_upto++;
    }
    if (cx->nm > SURNAME_SCAN_MAX && cx->surnames_upto == cx->nm) {
        return sg_map_getn(&cx->surnames, w, len, NULL);
    }
    for (size_t i = 0; i < cx->nm; i++) {
        if ((last = person_last(cx, &cx->m[i], &l2)) && l2 == len &&
            memcmp(last, w, len) == 0) {
            return 1;
        }
    }
    return 0;
}

/* A month or a publication's name glued to the end of a name ("The Leadership
 * Centre Email"). */
static int trailing_noise(const sg_i_ctx_t *cx, size_t k) {
    size_t v;
    return sg_i_tok_in(cx->lex, SG_I_T_NONSTAKE, cx->doc, k, &v) &&
           (v == SG_I_NS_TIME || v == SG_I_NS_PUBLICATION);
}

int sg_i_party_words(const sg_textdoc_t *doc, size_t a, size_t b) {
    a += a < b && sg_tok_is(doc, a, "the");
    for (size_t k = a; k < b; k++) {
        if (!sg_i_party_word(doc, k)) {
            return 0;
        }
    }
    return a < b;
}

/* Are tokens [a, b) a place's party ("Fenby's Labour", "Tarn's Liberal Democrat")?
 * Where the party's words start (past the "'s"), else 0. */
static size_t party_of_place(const sg_textdoc_t *doc, size_t a, size_t b) {
    for (size_t k = a + 1; k + 1 < b; k++) {
        if (sg_tok_is(doc, k, "'s")) {
            return sg_i_party_words(doc, k + 1, b) ? k + 1 : 0;
        }
    }
    return 0;
}

/* Do tokens [a, b) open with a compass word and a footprint's name ("North
 * Norfolk", "North Somerset", "Mid Dorset")? A place of its own, then, not the
 * footprint whose name it holds, and no stakeholder. Its number of tokens, or 0. */
static size_t compass_place(const sg_i_ctx_t *cx, size_t a, size_t b) {
    const sg_textdoc_t *doc = cx->doc;
    size_t v, n, len;
    const char *w = b >= a + 2 && a < doc->ntoks ? sg_tok_norm(doc, a, &len) : NULL;

    if (!w || !len || !strchr("nsewcm", w[0]) ||
        !(IN_LIST(doc, a, compass) || sg_tok_is(doc, a, "mid"))) {
        return 0; /* (the first letter first: most words are no compass's) */
    }
    n = sg_i_match(cx->lex, SG_I_T_GAZ, doc, a + 1, b, &v);
    return n && cx->lex->gazetteer[v].type == SG_NODE_STP ? n + 1 : 0;
}

static sg_err_t classify_parts(sg_i_ctx_t *cx, size_t a, size_t b) {
    const sg_textdoc_t *doc = cx->doc;
    sg_err_t rc;

    for (size_t k = a; k < b;) {
        size_t v, n = 0;
        if (sg_i_is_cap(doc, k)) {
            n = sg_i_match(cx->lex, SG_I_T_GAZ, doc, k, b, &v);
            if (n && k > a && compass_place(cx, k - 1, k + n) == n + 1) {
                k += n;
                continue;
            }
            size_t pl;
            const char *pw = k > a && n == 1 ? sg_tok_norm(doc, k - 1, &pl) : NULL;
            if (pw && pl > 3 && pw[pl - 1] == 's' && pw[pl - 2] != 's' &&
                doc->toks[k - 1].kind == SG_TK_WORD &&
                cx->lex->gazetteer[v].type != SG_NODE_STP) {
                k++; /* a word a plural subject goes before is its verb: "Council
                      * Leaders Unite Against STP", "Charities Mind The Gap" */
                continue;
            }
            if (n) {
                if ((rc = add_gaz_name(cx, k, n, b, (long)v, &k)) != SG_OK) {
                    return rc;
                }
                continue;
            }
            n = sg_i_match(cx->lex, SG_I_T_PROGRAMME, doc, k, b, NULL);
            if (n) {
                if ((rc = add_programme(cx, k, k + n)) != SG_OK) {
                    return rc;
                }
                k += n;
                continue;
            }
        }
        k++;
    }
    return SG_OK;
}

/* Does context make the unknown name [a, b) a body: "the charity X", "X, a
 * charity,", "director of policy at X"? (Not a given name's pair: a person.) */
/* Does the name [a, b) follow a body's name in a list ("a body like the National
 * Care Forum, Carers First or the UKHCA"): after "or" or "and", or after a comma
 * and before another item (not an apposition: "the X Partnership, Tobiah Crane,
 * said")? */
static int listed_after_body(const sg_i_ctx_t *cx, size_t a, size_t b) {
    const sg_textdoc_t *doc = cx->doc;
    const sg_i_mention_t *last = cx->nm > 0 ? &cx->m[cx->nm - 1] : NULL;

    if (!(a >= 2 && last && last->te == a - 1 && last->type == SG_NODE_ORGANISATION &&
          last->kind == SG_I_M_NAME) ||
        sg_i_tok_in(cx->lex, SG_I_T_FIRST_NAMES, doc, a, NULL)) {
        return 0;
    }
    if (sg_tok_is(doc, a - 1, "or") || sg_tok_is(doc, a - 1, "and")) {
        return 1;
    }
    size_t n = b + (sg_tok_is(doc, b, ",") ? 1 : 0);
    return sg_tok_is(doc, a - 1, ",") &&
           (sg_tok_is(doc, n, "or") || sg_tok_is(doc, n, "and") ||
            (n > b && n < doc->ntoks && sg_i_is_cap(doc, n)) ||
            (n > b && sg_tok_is(doc, n, "the") && sg_i_is_cap(doc, n + 1)));
}

int sg_i_bullet_at(const sg_textdoc_t *doc, size_t t) {
    return (doc->toks[t].flags & SG_TF_PARA_START) &&
           (sg_tok_is(doc, t, "-") || sg_tok_is(doc, t, "*") || sg_tok_is(doc, t, "•") ||
            sg_tok_is(doc, t, "|")); /* (or a table's row: "| Cumbria | X | ...") */
}

int sg_i_named_so(const sg_i_ctx_t *cx, size_t t) {
    const sg_textdoc_t *doc = cx->doc;
    return t > 0 && !(doc->toks[t].flags & SG_TF_SENT_START) &&
           (sg_i_tok_in(cx->lex, SG_I_T_TITLES, doc, t - 1, NULL) ||
            sg_i_tok_in(cx->lex, SG_I_T_FIRST_NAMES, doc, t - 1, NULL));
}

int sg_i_org_kind(const sg_textdoc_t *doc, size_t i) {
    static const char *const kinds[] = {"charity", "group",   "union",    "firm",
                                        "company", "network", "provider", "tank"};
    return IN_LIST(doc, i, kinds);
}

/* Do the tokens from b make an apposition of a body's kind: a comma, "a" or
 * "the", a few words in lower case and the kind ("Voluntary Voice, a charity,",
 * "Reform, the centre-right think tank,")? Not when a name follows the kind: that
 * kind is the name's ("Meanwhile, the charity Age UK said", "..., the campaign group
 * 999 Call for the NHS"). */
static int kind_after(const sg_textdoc_t *doc, size_t b, size_t se) {
    if (b + 2 >= se || !sg_tok_is(doc, b, ",") ||
        !(sg_tok_is(doc, b + 1, "a") || sg_tok_is(doc, b + 1, "the"))) {
        return 0;
    }
    for (size_t k = b + 2; k < se && k < b + 6; k++) {
        if (sg_i_org_kind(doc, k)) { /* (nor a name in figures: "the campaign group 999
                                      * Call for the NHS") */
            /* (nor a kind whose "'s" has a role after it: "X, the union's regional
             * director," is a person) */
            return k + 1 >= se ||
                   !(sg_i_is_cap(doc, k + 1) || doc->toks[k + 1].kind == SG_TK_NUM ||
                     sg_i_possessive_at(doc, k + 1));
        }
        /* (the kind after a preposition is not what the name is: "X, a
         * spokesman for the group,") */
        static const char *const preps[] = {"for", "of", "at", "with", "from", "in"};
        if (doc->toks[k].kind != SG_TK_WORD || sg_i_is_cap(doc, k) ||
            IN_LIST(doc, k, preps)) {
            return 0;
        }
    }
    return 0;
}

/* Does the body's kind at token k open its sentence, alone or after one word
 * ("Charity X said", "Campaign group X", "Pressure group X")? */
static int kind_opens(const sg_textdoc_t *doc, size_t k) {
    size_t sb = doc->sents[doc->toks[k].sent].tok_begin;
    return k == sb || (k == sb + 1 && doc->toks[sb].kind == SG_TK_WORD);
}

/* Do the words that qualify a body's kind, from token p, open their sentence or
 * follow a comma or a word of the list ("However, patients' group X", "by the
 * local campaign group X")? */
static int kind_led(const sg_textdoc_t *doc, size_t p, const char *const *linked,
                    size_t nlinked) {
    size_t sb = doc->sents[doc->toks[p].sent].tok_begin;
    return p == sb || sg_tok_is(doc, p - 1, ",") ||
           sg_i_in_list(doc, p - 1, linked, nlinked);
}

/* Where the words that qualify the body's kind at token k begin: up to three words
 * in lower case (or opening the sentence) and a plural's apostrophe before it ("the local
 * campaign group", "patients' group", "the residents' action group"). */
static size_t kind_words_begin(const sg_textdoc_t *doc, size_t k) {
    size_t sb = doc->sents[doc->toks[k].sent].tok_begin, p = k;
    while (p > sb && p + 4 > k &&
           ((doc->toks[p - 1].kind == SG_TK_WORD &&
             (!sg_i_is_cap(doc, p - 1) || p - 1 == sb) && !sg_tok_is(doc, p - 1, "the") &&
             !sg_tok_is(doc, p - 1, "a")) ||
            sg_tok_is(doc, p - 1, "'"))) {
        p--;
    }
    return p;
}

static int role_of_before(const sg_i_ctx_t *cx, size_t a);
static int org_context(const sg_i_ctx_t *cx, size_t a, size_t b) {
    const sg_textdoc_t *doc = cx->doc;
    size_t se = doc->sents[doc->toks[a].sent].tok_end;

    if (b - a < 2) {
        return 0;
    }
    static const char *const linked[] = {"the", "by", "from", "with", "and"};
    if (a >= 2 && sg_i_org_kind(doc, a - 1) && !(doc->toks[a].flags & SG_TF_SENT_START) &&
        (IN_LIST(doc, a - 2, linked) || (a >= 3 && IN_LIST(doc, a - 3, linked)) ||
         kind_opens(doc, a - 1) ||
         kind_led(doc, kind_words_begin(doc, a - 1), linked,
                  sizeof(linked) / sizeof(linked[0])))) {
        return 1; /* "the charity X", "(by) campaign group X" (not "a group of X"),
                   * "the law firm Leigh Day" (a given name in it), "Campaign group
                   * X said" */
    }
    /* "an independent group, Fenshire First,", "the local charity, X,": the kind
     * and a comma before */
    for (size_t d = a >= 4 ? a - 4 : 0;
         a >= 3 && sg_tok_is(doc, a - 1, ",") && sg_i_org_kind(doc, a - 2) && d + 2 < a;
         d++) {
        if (sg_tok_is(doc, d, "a") || sg_tok_is(doc, d, "an") ||
            sg_tok_is(doc, d, "the")) {
            return b < se && (sg_tok_is(doc, b, ",") || sg_tok_is(doc, b, ")"));
        }
    }
    if (sg_i_tok_in(cx->lex, SG_I_T_FIRST_NAMES, doc, a, NULL)) {
        return 0;
    }
    if (a >= 3 && sg_tok_is(doc, a - 1, "tank") && sg_tok_is(doc, a - 2, "think") &&
        sg_tok_is(doc, a - 3, "the")) {
        return 1;
    }
    if (kind_after(doc, b, se)) {
        return 1; /* "Voluntary Voice, a charity," */
    }
    /* "Fennick Patients Together, which has 3,000 members,": what a body does */
    static const char *const bodies_do[] = {"members",    "represents", "campaigns",
                                            "campaigned", "founded",    "formed"};
    for (size_t k = b + 2;
         k < se && k < b + 7 && sg_tok_is(doc, b, ",") && sg_tok_is(doc, b + 1, "which");
         k++) {
        if (IN_LIST(doc, k, bodies_do)) {
            return 1;
        }
    }
    /* "Hale Valley's chief executive": whose a role is, a body (a trust named
     * again in short) */
    if (b + 1 < se && sg_tok_is(doc, b, "'s") && doc->toks[b + 1].kind == SG_TK_WORD &&
        !sg_i_is_cap(doc, b + 1) && is_role_at(cx, b + 1, se, NULL)) {
        return 1;
    }
    if (listed_after_body(cx, a, b)) {
        return 1;
    }
    /* "director of Civil Exchange": a role's body after "of" (not a place whose
     * council it is: "leader of Tower Hamlets", "Mayor of Tarn Valley") */
    if (role_of_before(cx, a) && !sg_tok_is(doc, a - 2, "leader") &&
        !sg_tok_is(doc, a - 2, "mayor") &&
        !sg_i_match(cx->lex, SG_I_T_GAZ, doc, a, b, NULL) &&
        sg_i_match(cx->lex, SG_I_T_COUNCIL_PLACES, doc, a, b, NULL) != b - a) {
        return 1;
    }
    /* "director of policy at Voluntary Voice": a role's body after "at" */
    if (a >= 2 && sg_tok_is(doc, a - 1, "at")) {
        for (size_t k = a - 1; k-- > 0 && k + 6 > a && doc->toks[k].kind == SG_TK_WORD &&
                               !sg_i_is_cap(doc, k);) {
            if (is_role_at(cx, k, a - 1, NULL)) {
                return 1;
            }
        }
    }
    return 0;
}

/* Does a role and "of" end right before token a ("a former managing director of
 * John Lewis")? What a role is of is a body, even one named like a person. */
static int role_of_before(const sg_i_ctx_t *cx, size_t a) {
    const sg_textdoc_t *doc = cx->doc;
    size_t len;

    if (a < 2 || !sg_tok_is(doc, a - 1, "of")) {
        return 0;
    }
    for (size_t k = a - 1; k-- > 0 && k + 5 > a && doc->toks[k].kind == SG_TK_WORD &&
                           !sg_i_is_cap(doc, k);) {
        if (is_role_at(cx, k, a - 1, &len) && k + len == a - 1) {
            return 1;
        }
    }
    return 0;
}

/* Is token k a headline's verb: "faces", "unveils", or "to", "will", "is" ...
 * ("Wexmoor STP faces £90m gap"; not "Leaked STP document reveals")? */
static int headline_verb(const sg_textdoc_t *doc, size_t k) {
    static const char *const aux[] = {"to",     "will", "has", "is",  "could",
                                      "should", "must", "may", "can", "set"};
    size_t len;
    const char *w = sg_tok_norm(doc, k, &len);
    return (len > 3 && w[len - 1] == 's' && w[len - 2] != 's') || IN_LIST(doc, k, aux);
}

/* Does token k end in "ed" or "ing" (an adjective a headline capitalises: "Leaked",
 * "Troubled", "Struggling")? */
static int ed_ing(const sg_textdoc_t *doc, size_t k) {
    size_t len;
    const char *w = sg_tok_norm(doc, k, &len);
    return (len > 4 && memcmp(w + len - 2, "ed", 2) == 0) ||
           (len > 5 && memcmp(w + len - 3, "ing", 3) == 0);
}

/* the words before a plan's area the gazetteer lacks ("the Tarn, Hale and Fenby
 * STP", "in the Wexmoor integrated care system") */
static const char *const area_preps[] = {"the", "of", "for", "in"};

/* The tokens of a plan's name in the singular from token k, before se, in any
 * case: the programme's ("STP", "sustainability and transformation plan") or what
 * a plan became ("integrated care system", "accountable care system"); 0 when
 * none (nor "STPs": plans). */
static size_t plan_name_at(const sg_i_ctx_t *cx, size_t k, size_t se) {
    static const char *const care[] = {"integrated", "accountable"};
    const sg_textdoc_t *doc = cx->doc;

    if (k + 2 < se && IN_LIST(doc, k, care) && sg_tok_is(doc, k + 1, "care") &&
        sg_tok_is(doc, k + 2, "system")) {
        return 3;
    }
    size_t len, n = sg_i_match(cx->lex, SG_I_T_PROGRAMME, doc, k, se, NULL);
    const char *w = n ? sg_tok_norm(doc, k + n - 1, &len) : NULL;
    return w && (w[len - 1] != 's' || sg_tok_is(doc, k + n - 1, "ics")) ? n : 0;
}

/* May token k be a word of a plan's area the gazetteer lacks: in capitals, and no
 * party's, title's, role's, document's or anaphor's word, nor one that names no
 * stakeholder? */
static int area_word(const sg_i_ctx_t *cx, size_t k) {
    /* (nor what is said of a plan: "Leaked STP: 500 beds to go", "Revised STP",
     * "Controversial STP") */
    static const char *const said_of[] = {"draft", "controversial", "secret", "final",
                                          "latest"};
    const sg_textdoc_t *doc = cx->doc;
    size_t len;
    const char *w = k < doc->ntoks ? sg_tok_norm(doc, k, &len) : NULL;
    if (w && ((len > 4 && w[len - 2] == 'e' && w[len - 1] == 'd') ||
              IN_LIST(doc, k, said_of))) {
        return 0;
    }
    return sg_i_is_cap(doc, k) && !is_allcaps(doc, k) && !sg_i_party_word(doc, k) &&
           !sg_i_tok_in(cx->lex, SG_I_T_NONSTAKE, doc, k, NULL) &&
           !sg_i_tok_in(cx->lex, SG_I_T_TITLES, doc, k, NULL) &&
           !sg_i_tok_in(cx->lex, SG_I_T_DOC_WORDS, doc, k, NULL) &&
           !sg_i_tok_in(cx->lex, SG_I_T_ROLES, doc, k, NULL) &&
           !sg_i_tok_in(cx->lex, SG_I_T_ANAPHORS, doc, k, NULL);
}

/* Are tokens [a, b) words of a place ("Tarn", "Tarn and Hale")? */
static int area_words(const sg_i_ctx_t *cx, size_t a, size_t b) {
    for (size_t k = a; k < b; k++) {
        if (k > a && k + 1 < b &&
            (sg_tok_is(cx->doc, k, "and") || sg_tok_is(cx->doc, k, "&") ||
             sg_tok_is(cx->doc, k, "of"))) {
            continue; /* "the Tarn and Hale STP", "the Vale of Tarn STP" */
        }
        if (!area_word(cx, k)) {
            return 0;
        }
    }
    return 1;
}

/* "the Wirral STP", "the Tarn and Hale STP": [a, b) is a place the gazetteer lacks
 * (after "the", "of", "for" or "in", a line's label: "Wexmoor STP: key facts", or a
 * sentence's subject: "Wexmoor STP said"),
 * in up to four plain words in capitals, and "STP", an area a plan covers (not "NHS
 * England STP", "Tory STP", "Simon Stevens STP", "Health STP"); or the programme's
 * full name after the place ("the Tarn Sustainability and Transformation
 * Partnership"). Where the place ends, or 0. */
static size_t plan_area_end(const sg_i_ctx_t *cx, size_t a, size_t b) {
    const sg_textdoc_t *doc = cx->doc;
    size_t pe = b - 1;

    if (b >= a + 4 && !(sg_tok_is(doc, b - 1, "stp") || sg_tok_is(doc, b - 1, "ics"))) {
        for (pe = a + 1; pe + 3 <= b && plan_name_at(cx, pe, b) != b - pe; pe++) {
        }
        pe = pe + 3 <= b && pe <= a + 4 && sg_i_is_cap(doc, pe) ? pe : 0;
    }
    /* (or a headline's or line's first words before a verb: "Wexmoor STP faces
     * £90m gap", not "Local STP leaders met") */
    static const char *const qualifying[] = {"local",   "new",   "no",   "any",
                                             "another", "which", "your", "whose"};
    static const char *const preps[] = {"the",    "of",   "for",  "in",    "over",
                                        "across", "from", "into", "about", "("};
    /* (past a word of the plan's state: "the leaked Wexmoor STP"; in brackets after
     * a name: "Dr X (Wexmoor STP)") */
    static const char *const states[] = {"leaked", "draft",   "revised", "final",
                                         "latest", "updated", "original"};
    size_t pa = a - (a > 1 && IN_LIST(doc, a - 1, states));
    if (!((pa > 0 && IN_LIST(doc, pa - 1, preps)) ||
          ((doc->toks[a].flags & SG_TF_PARA_START) &&
           (sg_tok_is(doc, b, ":") ||
            (b + 1 < doc->ntoks && doc->toks[b].kind == SG_TK_WORD &&
             !sg_i_is_cap(doc, b) && is_stp_word(doc, b - 1) &&
             !IN_LIST(doc, a, qualifying) && headline_verb(doc, b) && !ed_ing(doc, a))) &&
           !sg_i_tok_in(cx->lex, SG_I_T_STARTERS, doc, a, NULL)) ||
          /* (or a sentence's subject: "Fenshire STP's lead, X, said", "Fenshire
           * STP said") */
          ((doc->toks[a].flags & SG_TF_SENT_START) && b < doc->ntoks &&
           is_stp_word(doc, b - 1) && (sg_tok_is(doc, b, "'s") || subject_at(doc, b)) &&
           !IN_LIST(doc, a, qualifying) && !ed_ing(doc, a) &&
           !sg_i_tok_in(cx->lex, SG_I_T_STARTERS, doc, a, NULL)) ||
          /* (or anywhere before a role, "'s", or a verb after "that" or one
           * reporting: "Tarnshire STP leader Dr X", "said Tarnshire STP was") */
          (b < doc->ntoks && is_stp_word(doc, b - 1) && !IN_LIST(doc, a, qualifying) &&
           !ed_ing(doc, a) && !sg_i_tok_in(cx->lex, SG_I_T_STARTERS, doc, a, NULL) &&
           (sg_tok_is(doc, b, "'s") ||
            sg_i_match_role(cx->lex, doc, b, doc->sents[doc->toks[a].sent].tok_end,
                            NULL) ||
            (a > 0 && (sg_tok_is(doc, a - 1, "that") || sg_i_reporting_at(cx, a - 1)) &&
             subject_at(doc, b)))) ||
          /* (or a line of its own: a list's heading "Tarn STP") */
          ((doc->toks[a].flags & SG_TF_PARA_START) && is_stp_word(doc, b - 1) &&
           b == doc->paras[doc->sents[doc->toks[a].sent].para].tok_end &&
           doc->sents[doc->toks[a].sent].para > doc->headline &&
           !IN_LIST(doc, a, qualifying) &&
           !sg_i_tok_in(cx->lex, SG_I_T_STARTERS, doc, a, NULL))) ||
        pe < a + 1 || pe > a + 4 ||
        !(pe < b - 1 || sg_tok_is(doc, b - 1, "stp") || sg_tok_is(doc, b - 1, "ics")) ||
        sg_i_match(cx->lex, SG_I_T_GAZ, doc, a, b, NULL) ||
        sg_i_tok_in(cx->lex, SG_I_T_FIRST_NAMES, doc, a, NULL) || org_word(cx, a, pe)) {
        return 0;
    }
    return area_words(cx, a, pe) ? pe : 0;
}

/* "the Wexmoor and Hale footprint": [a, b), after "the" and before "footprint", a
 * place the gazetteer lacks in up to four plain words in capitals (not "the NHS
 * England footprint")? */
static int footprint_word_after(const sg_i_ctx_t *cx, size_t a, size_t b) {
    const sg_textdoc_t *doc = cx->doc;
    return a > 0 && b < doc->ntoks && b <= a + 4 && sg_tok_is(doc, a - 1, "the") &&
           sg_tok_is(doc, b, "footprint") &&
           !sg_i_match(cx->lex, SG_I_T_GAZ, doc, a, b, NULL) &&
           !sg_i_tok_in(cx->lex, SG_I_T_FIRST_NAMES, doc, a, NULL) &&
           !org_word(cx, a, b) && area_words(cx, a, b);
}

/* "the Brackwell, Stoneleigh and Hope STP": after "the", "of", "for" or "in",
 * places the gazetteer lacks, a comma after each but the last two, "and" between
 * those, then the programme's name in the singular, "STP" or in full: one plan's
 * area (not "the Tarn, Hale and Fenby STPs", three plans). Where the name ends, or
 * 0; *place_end, where the places end. */
static size_t plan_area_listed(const sg_i_ctx_t *cx, size_t a, size_t se,
                               size_t *place_end) {
    const sg_textdoc_t *doc = cx->doc;
    size_t k = a, commas = 0;

    if (a == 0 || !IN_LIST(doc, a - 1, area_preps)) {
        return 0;
    }
    for (int places = 0; k < se && places < 6; places++) {
        size_t p = k;
        while (k < se && k < p + 2 && area_word(cx, k) && !is_stp_word(doc, k)) {
            k++;
        }
        if (k == p || k >= se) {
            return 0;
        }
        if (sg_tok_is(doc, k, "and") && commas > 0 && places > 0) {
            break; /* the last place, then the plan */
        }
        if (!sg_tok_is(doc, k, ",")) {
            return 0;
        }
        commas++;
        k++;
    }
    size_t q = k + 1;
    while (q < se && q < k + 3 && area_word(cx, q) && !is_stp_word(doc, q) &&
           !plan_name_at(cx, q, se)) {
        q++;
    }
    size_t pn =
        q > k + 1 && q < se && sg_tok_is(doc, k, "and") ? plan_name_at(cx, q, se) : 0;
    *place_end = q;
    return pn ? q + pn : 0;
}

/* Where the words of a place the gazetteer lacks start, in capitals right before
 * the plan's name in lower case at token t, after "the", "of", "for" or "in" ("the
 * Northbrook integrated care system"); t when none. */
static size_t area_before(const sg_i_ctx_t *cx, size_t t) {
    const sg_textdoc_t *doc = cx->doc;
    size_t a = t, sb = doc->sents[doc->toks[t].sent].tok_begin;

    /* (or two places joined: "the Tarn and Hale sustainability and transformation
     * plan") */
    for (size_t p = t; a > sb + 1 && a + 3 > p; a--) { /* (up to two words a place) */
        if (a < t && a > sb + 2 && p == t &&
            (sg_tok_is(doc, a - 1, "and") || sg_tok_is(doc, a - 1, "&")) &&
            area_word(cx, a - 2)) {
            p = --a; /* (the first place ends before the "and") */
        }
        if (!area_word(cx, a - 1) || is_stp_word(doc, a - 1)) {
            break;
        }
    }
    return a < t && IN_LIST(doc, a - 1, area_preps) &&
                   (cx->nm == 0 || cx->m[cx->nm - 1].te <= a) &&
                   !sg_i_match(cx->lex, SG_I_T_GAZ, doc, a, t, NULL) &&
                   !sg_i_tok_in(cx->lex, SG_I_T_FIRST_NAMES, doc, a, NULL) &&
                   !org_word(cx, a, t)
               ? a
               : t;
}

static int plan_area(const sg_i_ctx_t *cx, size_t a, size_t b) {
    return plan_area_end(cx, a, b) != 0;
}

/* "the Humber STP" of "Humber, Coast and Vale", "the Black Country STP" of "The
 * Black Country": the one footprint whose name (past a "The") opens with tokens
 * [a, e) and goes on, in the gazetteer's index; else -1 (none, or two). */
SG_I_COLD static long footprint_opened(const sg_i_ctx_t *cx, size_t a, size_t e) {
    char buf[128], *words = sg_i_surface_buf(cx->doc, a, e, buf, sizeof(buf));
    size_t n = words ? strlen(words) : 0;
    long found = -1;

    for (size_t g = 0; words && g < cx->lex->ngaz && found != -2; g++) {
        const char *c = cx->lex->gazetteer[g].canonical;
        c += strncasecmp(c, "the ", 4) == 0 ? 4 : 0;
        if (cx->lex->gazetteer[g].type == SG_NODE_STP && strncasecmp(c, words, n) == 0 &&
            (c[n] == ' ' || c[n] == ',')) {
            found = found == -1 ? (long)g : -2;
        }
    }
    if (words != buf) {
        free(words);
    }
    return found >= 0 ? found : -1;
}

/* The mention [tb, te) of a plan's area the gazetteer lacks, named by its place's
 * words [nb, ne), without "STP" or the programme's name ("the Tarn and Hale STP":
 * "Tarn and Hale"). */
static sg_err_t add_area(sg_i_ctx_t *cx, size_t tb, size_t te, size_t nb, size_t ne) {
    char buf[128], *name = sg_i_surface_buf(cx->doc, nb, ne, buf, sizeof(buf));
    if (!name) {
        return SG_ENOMEM;
    }
    sg_err_t rc = add_mention(cx, tb, te, SG_I_M_NAME, SG_NODE_STP, name, NULL);
    if (name != buf) {
        free(name);
    }
    return rc;
}

/* Is the "and" at token k inside a footprint's name that starts after a and ends
 * before b, with a body's words after it ("University Hospitals Coventry and
 * Warwickshire NHS Trust"), or between two footprints' places before a body's
 * words ("University Hospitals Devon and Cornwall NHS Trust"; not "Healthwatch
 * Devon and Cornwall Council", two bodies)? */
static int footprint_across(const sg_i_ctx_t *cx, size_t a, size_t k, size_t b) {
    for (size_t j = k > a + 3 ? k - 3 : a + 1; j < k; j++) {
        size_t v, n = sg_i_match(cx->lex, SG_I_T_GAZ, cx->doc, j, b, &v);
        if (n && cx->lex->gazetteer[v].type == SG_NODE_STP &&
            ((j + n > k + 1 && j + n < b) ||
             (j + n == k && place_then_body(cx, k + 1, b) &&
              !(org_word(cx, k + 1, b) & SG_I_OW_COUNCIL)))) {
            return 1;
        }
    }
    return 0;
}

/* Are tokens [a, b) a newspaper's name, words in capitals and a newspaper's last
 * word ("Western Morning News", "Plymouth Herald", "Yorkshire Post", a news agency's
 * "Health Wire"), no body's? */
static int newspaper(const sg_i_ctx_t *cx, size_t a, size_t b) {
    static const char *const tails[] = {
        "news",       "herald",    "post",     "echo",      "mail",
        "gazette",    "chronicle", "times",    "telegraph", "argus",
        "advertiser", "mirror",    "observer", "courier",   "sentinel",
        "examiner",   "express",   "wire",     "journal",   "standard",
        "record",     "magazine",  "bulletin", "star",      "citizen"};
    return b - a >= 2 && IN_LIST(cx->doc, b - 1, tails) && sg_i_is_cap(cx->doc, b - 1) &&
           !org_word(cx, a, b) && gaz_exact(cx, a, b, 1) < 0;
}

/* How many tokens first_person_after reads. */
#define FIRST_PERSON_REACH 4000

/* Does the text from token t speak in the first person ("I", "my", "we", "our")
 * outside quotation marks, as an opinion piece's author does and a reporter does
 * not? */
static int first_person_after(const sg_textdoc_t *doc, size_t t) {
    static const char *const own[] = {"i", "my", "me", "we", "our"};
    int in = 0; /* within a quotation */

    for (size_t k = t; k < doc->ntoks && k < t + FIRST_PERSON_REACH; k++) {
        const sg_token_t *tk = &doc->toks[k];
        in = (tk->flags & SG_TF_PARA_START) ? 0 : in;
        if (tk->kind == SG_TK_QUOTE) {
            int spaced = k == 0 || (tk->flags & SG_TF_SPACE_BEFORE);
            in = tk->mark == SG_Q_OPEN_DOUBLE || tk->mark == SG_Q_OPEN_SINGLE ? 1
                 : tk->mark == SG_Q_CLOSE_DOUBLE                              ? 0
                 : tk->mark == SG_Q_DOUBLE                                    ? !in
                                           : !in && spaced;
        } else if (!in && tk->kind == SG_TK_WORD && IN_LIST(doc, k, own) &&
                   (tk->norm_len > 1 || doc->text[tk->start] == 'I')) {
            return 1;
        }
    }
    return 0;
}

/* Is [a, b) the name on a reporter's byline, "By Laura Price, Health
 * Correspondent", "By Sam Clarke, BBC News" (the publication's own writer, no
 * stakeholder)? */
static int journalist_byline(const sg_textdoc_t *doc, size_t a, size_t b) {
    static const char *const trade[] = {"correspondent", "reporter", "editor",
                                        "journalist",    "writer",   "staff"};
    if (a == 0 || !sg_tok_is(doc, a - 1, "by") ||
        !(doc->toks[a - 1].flags & SG_TF_PARA_START)) {
        return 0;
    }
    size_t pe = doc->paras[doc->sents[doc->toks[a].sent].para].tok_end;
    for (size_t k = b + 1; sg_tok_is(doc, b, ",") && k < pe && k < b + 5; k++) {
        if (IN_LIST(doc, k, trade)) {
            return 1;
        }
    }
    /* (or a line of the name alone, or with the outlet's and the place's names:
     * "By Sam Clarke, BBC News, Shrewsbury", over a piece not in the first person,
     * as an opinion piece's author's is) */
    int plain = pe < b + 12 && !first_person_after(doc, 0);
    for (size_t k = b; plain && k < pe; k++) {
        plain = doc->toks[k].kind != SG_TK_WORD || sg_i_is_cap(doc, k) ||
                sg_tok_is(doc, k, "and") || IN_LIST(doc, k, trade);
    }
    return plain;
}

/* Is token k a word joined by hyphens whose later parts are in lower case
 * ("Mother-of-two", "Father-of-three")? */
static int hyphen_lower(const sg_textdoc_t *doc, size_t k) {
    const char *w = doc->text + doc->toks[k].start, *e = doc->text + doc->toks[k].end;
    for (const char *p = w; p + 1 < e; p++) {
        if (*p == '-' && p[1] >= 'a' && p[1] <= 'z') {
            return 1;
        }
    }
    return 0;
}

/* Does token k say who runs a body ("Conservative-run", "Labour-led",
 * "Tory-controlled"), no place? */
static int party_run(const sg_textdoc_t *doc, size_t k) {
    static const char *const ends[] = {"-run", "-led", "-controlled"};
    const char *w = doc->text + doc->toks[k].start;
    size_t n = doc->toks[k].end - doc->toks[k].start;
    for (size_t i = 0; i < sizeof(ends) / sizeof(ends[0]); i++) {
        size_t l = strlen(ends[i]);
        if (n > l && strncmp(w + n - l, ends[i], l) == 0) {
            return 1;
        }
    }
    return 0;
}

/* Are the n tokens from x the words of the n tokens from y? */
static int same_words(const sg_textdoc_t *doc, size_t x, size_t y, size_t n) {
    for (size_t k = 0; k < n; k++) {
        size_t lx, ly;
        const char *wx = sg_tok_norm(doc, x + k, &lx), *wy = sg_tok_norm(doc, y + k, &ly);
        if (!wx || !wy || lx != ly || memcmp(wx, wy, lx) != 0) {
            return 0;
        }
    }
    return 1;
}

/* The mention of a body's name made earlier in the article with the words of
 * tokens [a, b), by what was around it then ("known as Better Care Together",
 * "campaign group Wexmoor Health Defenders"), or NULL: the name is the body's
 * again. */
static const sg_i_mention_t *named_as_before(const sg_i_ctx_t *cx, size_t a, size_t b) {
    /* (within an anaphor's reach: an article run on for megabytes is not read back
     * to its start for every name) */
    size_t lo = cx->nm > SG_I_ANAPHOR_REACH ? cx->nm - SG_I_ANAPHOR_REACH : 0;
    for (size_t k = cx->nm; b - a >= 2 && k-- > lo;) {
        const sg_i_mention_t *o = &cx->m[k];
        if (o->kind == SG_I_M_NAME && o->type != SG_NODE_PERSON &&
            o->te - o->tb == b - a && same_words(cx->doc, o->tb, a, b - a)) {
            return o;
        }
    }
    return NULL;
}

/* The mention of a body's one-word name made earlier with the word at token a
 * ("the think tank Reform"), within an anaphor's reach; or NULL. */
static const sg_i_mention_t *named_once_before(const sg_i_ctx_t *cx, size_t a) {
    size_t lo = cx->nm > SG_I_ANAPHOR_REACH ? cx->nm - SG_I_ANAPHOR_REACH : 0;
    for (size_t k = cx->nm; k-- > lo;) {
        const sg_i_mention_t *o = &cx->m[k];
        if (o->kind == SG_I_M_NAME && o->type != SG_NODE_PERSON && o->te == o->tb + 1 &&
            same_words(cx->doc, o->tb, a, 1)) {
            return o;
        }
    }
    return NULL;
}

/* The mention of a body's name made earlier whose first words are the two or three
 * capitalised words of tokens [a, b) and whose last a body's word ("James Cook
 * University Hospital" for "James Cook"), or NULL. */
static const sg_i_mention_t *short_of_body(const sg_i_ctx_t *cx, size_t a, size_t b) {
    const sg_textdoc_t *doc = cx->doc;
    /* (or a footprint's word, whose role after its "'s" is a body's: "Frimley's
     * chief executive" after "Frimley Health NHS Foundation Trust") */
    int held = b == a + 1 && b + 1 < doc->ntoks && sg_tok_is(doc, b, "'s") &&
               sg_i_match_role(cx->lex, doc, b + 1, doc->ntoks, NULL);
    if ((!held &&
         (b - a < 2 || b - a > 3 || sg_i_match(cx->lex, SG_I_T_GAZ, doc, a, b, NULL))) ||
        !sg_i_is_cap(doc, a) || !sg_i_is_cap(doc, b - 1)) {
        return NULL; /* (not a name of its own: "Greater Manchester" after "Greater
                      * Manchester Health and Social Care Partnership") */
    }
    size_t lo = cx->nm > SG_I_ANAPHOR_REACH ? cx->nm - SG_I_ANAPHOR_REACH : 0;
    for (size_t k = cx->nm; k-- > lo;) {
        const sg_i_mention_t *o = &cx->m[k];
        if (o->kind == SG_I_M_NAME && o->type == SG_NODE_ORGANISATION &&
            o->te - o->tb > b - a && o->tb != a && same_words(cx->doc, o->tb, a, b - a) &&
            org_word(cx, o->tb + (b - a), o->te)) {
            return o;
        }
    }
    return NULL;
}

/* "Hale CCG backed the Lunedale plan", "Lunedale's plan": are the words [a, b),
 * before "plan", "plans" or "proposals" (or "'s" and one), the place of a plan the
 * article named before with "STP" after it, a place the gazetteer lacks ("the
 * Lunedale STP")? */
static int footprint_again(const sg_i_ctx_t *cx, size_t a, size_t b) {
    static const char *const plans[] = {"plan", "plans", "proposals"};
    const sg_textdoc_t *doc = cx->doc;
    size_t p = b + (b < doc->ntoks && sg_tok_is(doc, b, "'s"));
    if (p >= doc->ntoks || !IN_LIST(doc, p, plans) || sg_i_is_cap(doc, p)) {
        return 0;
    }
    size_t lo = cx->nm > SG_I_ANAPHOR_REACH ? cx->nm - SG_I_ANAPHOR_REACH : 0;
    for (size_t k = cx->nm; k-- > lo;) {
        const sg_i_mention_t *o = &cx->m[k];
        size_t ob = o->tb + sg_tok_is(doc, o->tb, "the");
        if (o->type == SG_NODE_STP && o->kind == SG_I_M_NAME && o->name &&
            strcmp(o->name, SG_I_PROGRAMME) != 0 && o->te == ob + (b - a) + 1 &&
            is_stp_word(doc, o->te - 1) && same_words(doc, ob, a, b - a)) {
            return 1;
        }
    }
    return 0;
}

static sg_err_t add_place_council(sg_i_ctx_t *cx, size_t tb, size_t te, size_t pb,
                                  size_t pe, const char *what);
/* Do the words [a, b) give the body named right before them another name ("the
 * Wexmoor STP, known locally as Better Care Together", ", now called X", "X has
 * been renamed Y")? */
static int given_name_of_last(const sg_i_ctx_t *cx, size_t a, size_t b) {
    const sg_i_mention_t *lm = cx->nm ? &cx->m[cx->nm - 1] : NULL;
    int known;
    size_t kn = b - a >= 2 && b - a <= 5 && a >= 3 && lm && lm->type != SG_NODE_PERSON
                    ? sg_i_other_name_opening(cx->doc, a, &known)
                    : 0;

    return kn && known && lm->te == kn && !sg_tok_is(cx->doc, kn, "(");
}

SG_I_COLD static size_t party_adjective(sg_i_ctx_t *cx, size_t i, size_t se,
                                        sg_err_t *rc);
static sg_err_t classify(sg_i_ctx_t *cx, size_t a, size_t b) {
    const sg_textdoc_t *doc = cx->doc;
    long g;
    int ow;
    size_t rl;
    /* a newspaper's post, a byline's "By Health Correspondent", names no one */
    static const char *const posts[] = {"correspondent", "reporter", "journalist",
                                        "editor", "columnist"};
    int given = 0; /* (not a given name's: "By Jane Reporter") */
    for (size_t k = a; b - a <= 3 && k + 1 < b && !given; k++) {
        given = sg_i_tok_in(cx->lex, SG_I_T_FIRST_NAMES, doc, k, NULL);
    }
    if (b > a && b - a <= 3 && IN_LIST(doc, b - 1, posts) && !given) {
        return SG_OK;
    }
    /* "The leader of Hale County Council X Y said": a role's body, its name ending
     * in a body's last word, then two words in capitals, a given name not known,
     * before a verb: the body, then the person */
    size_t lw;
    if (b - a >= 4 && role_of_before(cx, a) &&
        sg_i_tok_in(cx->lex, SG_I_T_ORG_WORDS, doc, b - 3, &lw) && (lw & SG_I_OW_TAIL) &&
        plain_pair(cx, b - 2) &&
        subject_ends(cx, b, doc->sents[doc->toks[a].sent].tok_end)) {
        sg_err_t rc = classify(cx, a, b - 2);
        return rc != SG_OK
                   ? rc
                   : add_mention(cx, b - 2, b, SG_I_M_NAME, SG_NODE_PERSON, NULL, NULL);
    }
    /* "Fenby's Conservative MP": a place's, then the party an MP's letters follow
     * (or a body's, then the party's group on it: "Tarn Council's Labour group") */
    for (size_t k = a + 1; k + 1 < b && k < a + 4; k++) {
        int group = b < doc->ntoks && sg_tok_is(doc, b, "group");
        if (sg_tok_is(doc, k, "'s") && sg_i_party_word(doc, k + 1) &&
            (k + 2 < b || (group && standalone(cx, a, k)))) {
            sg_err_t rc = classify(cx, a, k);
            size_t se = group ? doc->sents[doc->toks[a].sent].tok_end : b;
            size_t pn = rc == SG_OK ? party_adjective(cx, k + 1, se, &rc) : 0;
            /* (a party whose name is its adjective, read as a name: "Fenby's
             * Labour MP") */
            return rc != SG_OK || k + 1 + pn >= b ? rc : classify(cx, k + 1 + pn, b);
        }
    }
    /* "New ICB pledges to ...", "New CCG boss named": a word of which, before a
     * kind of body alone, names none */
    if (b == a + 2 && sg_tok_is(doc, a, "new") && is_allcaps(doc, a + 1) &&
        sg_i_tok_in(cx->lex, SG_I_T_ANAPHORS, doc, a + 1, NULL)) {
        return SG_OK;
    }
    /* "James Cook" after "James Cook University Hospital": the body's name cut
     * short, not a person's */
    const sg_i_mention_t *sb = short_of_body(cx, a, b);
    if (sb) {
        return add_mention(cx, a, b, SG_I_M_NAME, sb->type, sb->name, NULL);
    }

    while (b > a && (IN_LIST(doc, b - 1, connectors) || !sg_i_is_cap(doc, b - 1) ||
                     (b - a > 1 && trailing_noise(cx, b - 1) &&
                      !sg_i_tok_in(cx->lex, SG_I_T_FIRST_NAMES, doc, b - 2,
                                   NULL)))) { /* "(Prime Minister) Theresa May" */
        b--;
    }
    while (a < b && (IN_LIST(doc, a, connectors) || !sg_i_is_cap(doc, a))) {
        a++;
    }
    if (b - a >= 3 && sg_i_postnominal(doc, b - 1)) {
        b--; /* "Sarah Wollaston MP": the letters after a name are not of it */
        while (b > a && IN_LIST(doc, b - 1, connectors)) {
            b--; /* (nor the "'s" before them: "Borough's MP") */
        }
    }
    /* "GP Dr Ann Lee", "Mother-of-two Ann Lee": what a person is, before a given
     * name or a title, is no part of the name */
    /* (or two words after it, a given name not known: "GP X Y backed it") */
    if (b - a >= 3 && (sg_i_person_word(doc, a) || hyphen_lower(doc, a)) &&
        (sg_i_tok_in(cx->lex, SG_I_T_FIRST_NAMES, doc, a + 1, NULL) ||
         sg_i_tok_in(cx->lex, SG_I_T_TITLES, doc, a + 1, NULL) ||
         (b - a == 3 && plain_pair(cx, a + 1)))) {
        return classify(cx, a + 1, b);
    }
    /* (after the place it says where: "Leeds GP Dr Ann Lee"; the place no one) */
    for (size_t j = a + 1; j <= a + 2 && j + 3 <= b; j++) {
        if (sg_i_person_word(doc, j) &&
            (sg_i_tok_in(cx->lex, SG_I_T_FIRST_NAMES, doc, j + 1, NULL) ||
             sg_i_tok_in(cx->lex, SG_I_T_TITLES, doc, j + 1, NULL)) &&
            !org_word(cx, a, j)) {
            return classify(cx, j + 1, b);
        }
    }
    size_t tv;
    static const char *const time_preps[] = {"in",    "since",  "until", "from",
                                             "by",    "before", "after", "during",
                                             "early", "late",   "last",  "next"};
    if (b - a >= 2 && sg_i_tok_in(cx->lex, SG_I_T_NONSTAKE, doc, a, &tv) &&
        tv == SG_I_NS_TIME &&
        ((b - a >= 3 && sg_i_tok_in(cx->lex, SG_I_T_FIRST_NAMES, doc, a + 1, NULL)) ||
         (a > 0 && IN_LIST(doc, a - 1, time_preps)))) {
        a++; /* "In April Sarah Price was appointed": the month is not her name; nor
              * a body's: "In June Hale Council said" */
    }
    if (a >= b || portfolio_name(cx, a, b)) {
        return SG_OK;
    }
    if (footprint_again(cx, a, b) || footprint_word_after(cx, a, b)) {
        return add_area(cx, a, b, a, b);
    }
    /* "NHS Foundation Trust", "NHS Trust" alone (a name the tokens before it lost:
     * "2gether NHS Foundation Trust"): the kind of body, none of them */
    static const char *const kind_words[] = {"nhs", "foundation", "trust"};
    size_t kw = a;
    while (kw < b && IN_LIST(doc, kw, kind_words)) {
        kw++;
    }
    if (kw == b && b - a >= 2 && sg_tok_is(doc, b - 1, "trust")) {
        return SG_OK;
    }
    /* "Dr Tate's CCG", "Bill Tate's trust": a person named before, whose "'s"
     * ends the name; what follows is read on its own */
    for (size_t k = a + 1; k + 1 < b; k++) {
        if (sg_tok_is(doc, k, "'s") && !(doc->toks[k].flags & SG_TF_SPACE_BEFORE) &&
            known_surname(cx, k - 1)) {
            sg_err_t rc = classify(cx, a, k);
            return rc != SG_OK ? rc : classify(cx, k + 1, b);
        }
    }
    /* gazetteer and programme names, whole, with or without a leading "The" and a
     * trailing "STP" */
    for (size_t a2 = a; a2 <= a + 1 && a2 < b; a2++) {
        if (a2 > a && !sg_tok_is(doc, a, "the")) {
            break;
        }
        if ((g = gaz_exact(cx, a2, b, 1)) >= 0) {
            const sg_i_mention_t *sb = cx->lex->gazetteer[g].type == SG_NODE_STP &&
                                               b == a2 + 1 && b < doc->ntoks &&
                                               sg_tok_is(doc, b, "'s")
                                           ? short_of_body(cx, a2, b)
                                           : NULL;
            if (sb) {
                return add_mention(cx, a2, b, SG_I_M_NAME, sb->type, sb->name, NULL);
            }
            /* (not a word that says what kind some bodies are: "every NHS body",
             * "11 NHS trusts") */
            static const char *const counts[] = {"every", "each", "all",     "other",
                                                 "many",  "some", "several", "local"};
            /* (or before bodies of a kind in the plural: "NHS bodies have a duty") */
            static const char *const kinds[] = {"bodies",        "organisations",
                                                "organizations", "trusts",
                                                "providers",     "hospitals"};
            if (b == a2 + 1 && b < doc->ntoks && is_allcaps(doc, a2) &&
                doc->toks[b].kind == SG_TK_WORD && !sg_i_is_cap(doc, b) &&
                (IN_LIST(doc, b, kinds) ||
                 (a2 > 0 && !(doc->toks[a2].flags & SG_TF_SENT_START) &&
                  (IN_LIST(doc, a2 - 1, counts) ||
                   doc->toks[a2 - 1].kind == SG_TK_NUM)))) {
                return SG_OK;
            }
            return add_gaz(cx, a2, b, g);
        }
        if (b - a2 >= 2 && is_stp_word(doc, b - 1) &&
            (g = gaz_exact(cx, a2, b - 1, 1)) >= 0) {
            return add_gaz(cx, a2, b, g);
        }
        /* "the One Gloucestershire STP", "the Joined Up Care Derbyshire STP": a
         * plan's own name, a few words then its footprint's (not a place of its
         * own: "the Mid Dorset STP") */
        for (size_t k = a2 + 1; is_stp_word(doc, b - 1) && k + 1 < b && k <= a2 + 4;
             k++) {
            if (IN_LIST(doc, k - 1, compass) || sg_tok_is(doc, k - 1, "mid") ||
                !sg_i_is_cap(doc, k - 1)) {
                break;
            }
            if ((g = gaz_exact(cx, k, b - 1, 1)) >= 0 &&
                cx->lex->gazetteer[g].type == SG_NODE_STP) {
                return add_gaz(cx, a2, b, g);
            }
        }
        /* "the Sussex and East Surrey Sustainability and Transformation
         * Partnership": a footprint and the programme's name after it */
        for (size_t k = a2 + 1; k + 3 <= b; k++) {
            if (sg_i_is_cap(doc, k) && programme_exact(cx, k, b) &&
                (g = gaz_exact(cx, a2, k, 1)) >= 0) {
                return add_gaz(cx, a2, b, g);
            }
        }
        /* "the Sustainability and Transformation Plan for North East London": the
         * footprint after the programme's name and "for" */
        for (size_t k = a2 + 1; k + 1 < b; k++) {
            size_t f = k + 1 + (sg_tok_is(doc, k + 1, "the") ? 1 : 0);
            if (sg_tok_is(doc, k, "for") && f < b && programme_exact(cx, a2, k) &&
                (g = gaz_exact(cx, f, b, 1)) >= 0) {
                return add_gaz(cx, a2, b, g);
            }
        }
        if (programme_exact(cx, a2, b)) {
            return add_programme(cx, a2, b);
        }
    }
    /* "Mind Ravensdale", "Age UK Marston", "Unison Tarnshire": a body's known
     * name, then one word of a place in capitals that names nothing known, a
     * person's or a role's, or a footprint's place ("Age UK Somerset"): the body's
     * local branch, one name */
    size_t gv, gn = b - a >= 2 ? sg_i_match(cx->lex, SG_I_T_GAZ, doc, a, b, &gv) : 0;
    long pg = gn && a + gn < b && b <= a + gn + 3 ? gaz_exact(cx, a + gn, b, 1) : -1;
    if (gn && cx->lex->gazetteer[gv].type == SG_NODE_ORGANISATION &&
        !sg_tok_is(doc, a, "nhs") && /* (not a national body's region: "NHS England
                                      * London") */
        ((a + gn + 1 == b && area_word(cx, b - 1) && !is_stp_word(doc, b - 1) &&
          !sg_i_tok_in(cx->lex, SG_I_T_FIRST_NAMES, doc, b - 1, NULL) &&
          !sg_i_match(cx->lex, SG_I_T_GAZ, doc, b - 1, b, NULL) &&
          !org_word(cx, b - 1, b)) ||
         (pg >= 0 && cx->lex->gazetteer[pg].type == SG_NODE_STP))) {
        return add_mention(cx, a, b, SG_I_M_NAME, SG_NODE_ORGANISATION, NULL, NULL);
    }
    size_t pe = plan_area_end(cx, a, b);
    if (pe) {
        size_t a2 = a + sg_tok_is(doc, a, "the");
        g = footprint_opened(cx, a2, pe);
        return g >= 0 ? add_gaz(cx, a2, b, g) : add_area(cx, a, b, a, pe);
    }
    size_t cw = a; /* ("the North East say": a region's points, no one; nor "North
                    * East England", a nation's) */
    while (cw < b && IN_LIST(doc, cw, compass)) {
        cw++;
    }
    if (b == a + 1 && b < doc->ntoks && sg_i_party_word(doc, a) &&
        (sg_i_auxiliary(doc, b) || sg_i_reporting_at(cx, b) || sg_i_ends_ed(doc, b)) &&
        known_surname(cx, a)) {
        /* ("Professor Martin Green said ... . Green is also": the person's, not a
         * party's) */
        return add_mention(cx, a, b, SG_I_M_SURNAME, SG_NODE_PERSON, NULL, NULL);
    }
    if (cw == b || (cw > a && cw + 1 == b && IN_LIST(doc, cw, nations)) ||
        compass_place(cx, a, b) == b - a || sg_i_party_words(doc, a, b)) {
        return SG_OK; /* (nor is "Liberal Democrat" in "Liberal Democrat leader X") */
    }
    /* "Hammersmith and Fulham's leader": a council's place, its council */
    if (b < doc->ntoks && sg_tok_is(doc, b, "'s") &&
        sg_i_match(cx->lex, SG_I_T_COUNCIL_PLACES, doc, a, b, NULL) == b - a) {
        return add_place_council(cx, a, b, a, b, "Council");
    }
    /* "and CCG chair Dr X": a body's letters alone (no "a", "its" before them) before
     * a role and a name are "the CCG", as "council leader X" is "the council" */
    static const char *const dets[] = {"a",   "an",  "its", "their",   "his",
                                       "her", "our", "one", "another", "each"};
    size_t av;
    if (b - a == 1 && is_allcaps(doc, a) && !(a > 0 && IN_LIST(doc, a - 1, dets)) &&
        sg_i_match(cx->lex, SG_I_T_ANAPHORS, doc, a, b, &av) == 1 &&
        strcmp(cx->lex->anaphor_targets.v[av], "organisation") != 0 &&
        is_role_at(cx, b, doc->sents[doc->toks[a].sent].tok_end, &rl) &&
        sg_i_is_cap(doc, b + rl)) {
        return add_mention(cx, a, b, SG_I_M_ANAPHOR, SG_NODE_ORGANISATION,
                           cx->lex->anaphor_targets.v[av], NULL);
    }
    size_t nv, nn = sg_i_match(cx->lex, SG_I_T_NONSTAKE, doc, a, b, &nv);
    if (nn == b - a || (nn && nv == SG_I_NS_PUBLICATION) || newspaper(cx, a, b) ||
        journalist_byline(doc, a, b)) {
        return SG_OK; /* or a publication's name and more: "BBC Radio Devon" */
    }
    /* a word after the kind of body it is, whatever else it may be: "the think
     * tank Reform", "the charity Mind" */
    if (b - a == 1 && !is_allcaps(doc, a) &&
        ((a >= 2 && sg_i_org_kind(doc, a - 1) &&
          (sg_tok_is(doc, a - 2, "the") || (a >= 3 && sg_tok_is(doc, a - 3, "the")))) ||
         kind_after(doc, b, doc->sents[doc->toks[a].sent].tok_end))) {
        /* (or the kind after it: "Reform, the centre-right think tank,") */
        return add_mention(cx, a, b, SG_I_M_NAME, SG_NODE_ORGANISATION, NULL, NULL);
    }
    /* "the Board endorses", "The Trust said": an anaphor's word in capitals after
     * "the", as press releases write it, is "the board", "the trust" */
    if ((b - a == 1 || b - a == 2) && a > 0 && sg_tok_is(doc, a - 1, "the") &&
        sg_i_match(cx->lex, SG_I_T_ANAPHORS, doc, a, b, &av) == b - a) {
        /* (or two words: "the County Council leader") */
        return add_mention(cx, a - 1, b, SG_I_M_ANAPHOR, SG_NODE_ORGANISATION,
                           cx->lex->anaphor_targets.v[av], NULL);
    }
    /* "Trust chairman X", "Council leader X": an anaphor's word alone opening a
     * sentence before a role is "the trust", "the council" (not one that stands for
     * any body: "Union official X" is of no body named before) */
    if ((doc->toks[a].flags & SG_TF_SENT_START) && b - a == 1 && b < doc->ntoks &&
        !sg_i_is_cap(doc, b) && sg_i_match(cx->lex, SG_I_T_ANAPHORS, doc, a, b, &av) &&
        strcmp(cx->lex->anaphor_targets.v[av], "organisation") != 0 &&
        is_role_at(cx, b, doc->sents[doc->toks[a].sent].tok_end, NULL)) {
        return add_mention(cx, a, b, SG_I_M_ANAPHOR, SG_NODE_ORGANISATION,
                           cx->lex->anaphor_targets.v[av], NULL);
    }
    /* "Will Doncaster lose its stroke unit?": a question's opening auxiliary is no
     * given name */
    if ((doc->toks[a].flags & SG_TF_SENT_START) && b - a >= 2 && sg_i_auxiliary(doc, a) &&
        sg_tok_is(doc, doc->sents[doc->toks[a].sent].tok_end - 1, "?")) {
        return classify(cx, a + 1, b);
    }
    /* the capital of a sentence's first word says nothing: drop the word unless it
     * starts a name by itself */
    if ((doc->toks[a].flags & SG_TF_SENT_START) && !is_allcaps(doc, a) &&
        !pair_before_person(cx, a, b) &&
        !(b - a >= 3 && sg_tok_is(doc, a, "we")) && /* "We Need X Hospital", a name */
        /* (nor a person's two words, "of" and a body before a reporting verb: "X Y
         * of Save Tarnbury A&E said") */
        !(b > a + 3 && sg_tok_is(doc, a + 2, "of") && b < doc->ntoks &&
          sg_i_reporting_at(cx, b) && bare_pair(cx, a) &&
          !IN_LIST(doc, a + 1, place_words)) &&
        /* (a starter's word opening a campaign's name is its: "Doctors Against
         * Closure", "Patients First") */
        /* (never a conjunction's: "But Keep Our NHS Public X said") */
        ((sg_i_tok_in(cx->lex, SG_I_T_STARTERS, doc, a, NULL) &&
          (!campaign(doc, a, b) || IN_LIST(doc, a, conjunctions))) ||
         /* (a word only a person is, before a name: "Pensioner X Y, 78, said") */
         (b - a >= 3 && sg_i_person_word(doc, a) &&
          doc->text[doc->toks[a].end - 1] != 's') || /* (not "Patients First X") */
         /* (a participle and a preposition opening a clause before a comma:
          * "Signing for the CCG, X said"; not "Caring for Carers Trust said") */
         (sg_i_participle(doc, a) && a + 1 < b && doc->toks[a + 1].kind == SG_TK_WORD &&
          !sg_i_is_cap(doc, a + 1) && b < doc->ntoks && sg_tok_is(doc, b, ",") &&
          !campaign(doc, a, b)) ||
         (!org_word(cx, a, b) && !person_context(cx, a, b) && !campaign(doc, a, b) &&
          !org_context(cx, a, b) && !nation_body(cx, a, b) && !acting_pairs(cx, a, b))) &&
        !sg_i_tok_in(cx->lex, SG_I_T_TITLES, doc, a, NULL) &&
        !sg_i_tok_in(cx->lex, SG_I_T_FIRST_NAMES, doc, a, NULL) &&
        !sg_i_match(cx->lex, SG_I_T_GAZ, doc, a, b, NULL) &&
        !sg_i_match(cx->lex, SG_I_T_PROGRAMME, doc, a, b, NULL) &&
        /* ("J. K. Bellamy said"; not the article: "A Trust spokeswoman said") */
        !(initials_name(doc, a, b) &&
          !(sg_tok_is(doc, a, "a") && !sg_tok_is(doc, a + 1, "."))) &&
        !(org_word(cx, a, a + 1) & SG_I_OW_ANY) && !opens_with_whole(cx, a, b) &&
        !compass_place(cx, a, b) && !named_as_before(cx, a, b) &&
        !given_name_of_last(cx, a, b) && /* ("dubbed “Healthier Tarnshire”") */
        !(b - a >= 2 && (sg_i_plan_named_after(doc, b) ||
                         sg_i_name_given_after(doc, b))) && /* ("X, as the STP is
                                                             * known,", "X is the
                                                             * name given to") */
        /* (nor "Chief Executive X said", "Mayor of London Sadiq Khan has") */
        !(is_role_at(cx, a, b, &rl) &&
          (rl > 1 || (a + 2 < b && sg_tok_is(doc, a + 1, "of"))))) {
        if (b - a == 1) {
            return add_mention(cx, a, b, SG_I_M_SURNAME, SG_NODE_PERSON, NULL, NULL);
        }
        return classify(cx, a + 1, b);
    }
    /* "Committee chair Cllr X", "Trust chairman X": a body's word alone opening a
     * sentence before a role is the body spoken of, not one of that name */
    if ((doc->toks[a].flags & SG_TF_SENT_START) && b - a == 1 && org_word(cx, a, a + 1) &&
        b < doc->ntoks && !sg_i_is_cap(doc, b) &&
        is_role_at(cx, b, doc->sents[doc->toks[a].sent].tok_end, NULL)) {
        return SG_OK;
    }
    /* "Committee members said": a word for a kind of body alone opening a sentence,
     * a lower-case word after it, names none */
    if ((doc->toks[a].flags & SG_TF_SENT_START) && b - a == 1 && b < doc->ntoks &&
        doc->toks[b].kind == SG_TK_WORD && !sg_i_is_cap(doc, b) &&
        sg_i_match(cx->lex, SG_I_T_ANAPHORS, doc, a, b, &av) == 1) {
        return SG_OK;
    }
    /* "Later Wistow said": the word before a surname named earlier is no name
     * (but a given name is: "Nigel Edwards is chief executive of ...", and a title:
     * "Sir Anthony said" after "Sir Anthony Keel" and "Sir Anthony") */
    /* (nor one no list knows that the words around make a person's given name:
     * "Teodric Ash led Fenby Council" after "Quillet Ash", a word that opens
     * sentences no part of it) */
    if ((doc->toks[a].flags & SG_TF_SENT_START) && b - a == 2 &&
        known_surname(cx, b - 1) &&
        !sg_i_tok_in(cx->lex, SG_I_T_FIRST_NAMES, doc, a, NULL) &&
        !sg_i_tok_in(cx->lex, SG_I_T_TITLES, doc, a, NULL)) {
        size_t wl;
        const char *w = sg_tok_norm(doc, a, &wl);
        int given = !sg_i_tok_in(cx->lex, SG_I_T_STARTERS, doc, a, NULL) &&
                    !ed_ing(doc, a) && !(wl > 3 && memcmp(w + wl - 2, "ly", 2) == 0) &&
                    person_context(cx, a, b);
        return given ? add_mention(cx, a, b, SG_I_M_NAME, SG_NODE_PERSON, NULL, NULL)
                     : classify(cx, a + 1, b);
    }
    if (sg_tok_is(doc, a, "the")) {
        return classify(cx, a + 1, b);
    }
    /* "Defend Dorset NHS and Unison": a campaign's name, "and", a body's whole name:
     * two names */
    for (size_t k = a + 2; k + 1 < b; k++) {
        size_t r = k + 1 + (sg_tok_is(doc, k + 1, "the") && k + 2 < b);
        if ((sg_tok_is(doc, k, "and") || sg_tok_is(doc, k, "&")) && campaign(doc, a, k) &&
            standalone(cx, r, b)) {
            return classify_two(cx, a, k, r, b);
        }
    }
    if (campaign(doc, a, b)) {
        return add_org(cx, a, b, 0);
    }
    /* "Conservative MP for Totnes Sarah Wollaston": the party, the seat (no name
     * of a stakeholder), then the person */
    for (size_t j = a; j + 4 <= b; j++) {
        if (!(sg_i_postnominal(doc, j) && sg_tok_is(doc, j + 1, "for"))) {
            continue;
        }
        for (size_t p = j + 3; p + 2 <= b; p++) {
            if (sg_i_tok_in(cx->lex, SG_I_T_FIRST_NAMES, doc, p, NULL) &&
                person_before_of(cx, p, b)) {
                return j > a ? classify_two(cx, a, j, p, b) : classify(cx, p, b);
            }
        }
        break;
    }
    /* "Tarnford MP Victoria Hale", "Labour MP for Wexmoor East": the seat or party
     * before the letters is no name of hers (nor are the letters), but may be one */
    for (size_t j = b > a + 4 ? b - 4 : a; j + 3 <= b; j++) {
        if (sg_i_postnominal(doc, j)) {
            /* (a person by a known given name and "and" before the seat: "Ann Smith
             * and Leeds MP Tom Ash", two people) */
            /* (or after a seat's MP: "Bath MP Ann Smith and Leeds MP Tom Ash") */
            /* (past a party's "'s" before her: "Labour's Ann Smith and ...") */
            size_t pa =
                a + 2 < j && sg_i_party_word(doc, a) && sg_tok_is(doc, a + 1, "'s")
                    ? a + 2
                    : a;
            for (size_t k = a + 2; k + 1 < j && k <= a + 6; k++) {
                /* (or two words no list knows: "Zorvan Smith and Conservative MP
                 * Tom Ash", a person by what the list says) */
                int pair = k == a + 2 && pair_before_person(cx, a, b);
                if (sg_tok_is(doc, k, "and") &&
                    ((k <= pa + 4 && k >= pa + 2 && person_before_of(cx, pa, k) &&
                      sg_i_tok_in(cx->lex, SG_I_T_FIRST_NAMES, doc, pa, NULL)) ||
                     mp_then_person(cx, a, k) || pair)) {
                    sg_err_t rc = pair ? add_mention(cx, a, k, SG_I_M_NAME,
                                                     SG_NODE_PERSON, NULL, NULL)
                                       : classify(cx, a, k);
                    /* (the party before the letters: "and Green MP Ruth Ellis") */
                    size_t se = doc->sents[doc->toks[a].sent].tok_end;
                    size_t pn = rc == SG_OK && sg_i_party_word(doc, k + 1)
                                    ? party_adjective(cx, k + 1, se, &rc)
                                    : 0;
                    return rc != SG_OK ? rc : classify(cx, k + 1 + pn, b);
                }
            }
            /* (nor a seat with a compass word alone: "Walsall North MP X") */
            int seat = j > a && IN_LIST(doc, j - 1, compass);
            for (size_t k = a; k < j && seat; k++) {
                seat = !sg_tok_is(doc, k, "'s");
            }
            return j > a && !seat_place(cx, a, j) && !seat
                       ? classify_two(cx, a, j, j + 1, b)
                       : classify(cx, j + 1, b);
        }
    }
    /* "Conservative MPs Tom Ash and Lucy Hale": the letters' plural before a list */
    for (size_t j = a; j + 3 <= b; j++) {
        if (sg_i_postnominal(doc, j) &&
            (sg_tok_is(doc, j, "mps") || sg_tok_is(doc, j, "meps"))) {
            return j > a ? classify_two(cx, a, j, j + 1, b) : classify(cx, j + 1, b);
        }
    }
    /* "the BMA's General Practitioners Committee": a national body (in the
     * gazetteer, or its letters) and, after its "'s", one of its own, named
     * alone (not "Tarn Council's Health Scrutiny Committee": one of many such);
     * a gazetteer body before anything else of its ("NHS England's Next Steps on
     * the Five Year Forward View": a document, which names no one) */
    for (size_t j = a + 1; j + 1 < b; j++) {
        long gb = sg_tok_is(doc, j, "'s") ? gaz_exact(cx, a, j, 1) : -1;
        if (gb >= 0 && cx->lex->gazetteer[gb].type == SG_NODE_STP) {
            break; /* "Birmingham's STP": the place's plan, as one name */
        }
        if (sg_tok_is(doc, j, "'s") &&
            (gb >= 0 ||
             (j == a + 1 && is_allcaps(doc, a) && j + 2 < b && org_word(cx, j + 1, b)))) {
            return classify_two(cx, a, j, j + 1, b);
        }
    }
    /* "Wolverhampton's Royal Wolverhampton NHS Trust": a place, its "'s", then a
     * body's whole name that holds the place's word again: the body alone (not
     * "King's College Hospital", one name) */
    for (size_t j = a + 1; j + 2 < b && j < a + 4; j++) {
        if (!sg_tok_is(doc, j, "'s")) {
            continue;
        }
        int again = 0;
        for (size_t k = j + 1; k < b && !again; k++) {
            again = sg_i_same_word(doc, k, j - 1);
        }
        if (again && sg_i_is_cap(doc, j + 1) && org_word(cx, j + 1, b) &&
            !org_word(cx, a, j)) {
            return classify(cx, j + 1, b);
        }
        break;
    }
    /* "NHS England's Jo Marr": a body and, after its "'s", a person; "Tarn
     * Council's Labour group", "Tarn Council's Conservative leader": a body and
     * words that are no body's whole name (not "Tarn Council's Health Scrutiny
     * Committee") */
    for (size_t j = a + 1; j + 1 < b; j++) {
        if (sg_tok_is(doc, j, "'s") && standalone(cx, a, j) &&
            ((j + 2 < b && b - (j + 1) <= 3 &&
              sg_i_tok_in(cx->lex, SG_I_T_FIRST_NAMES, doc, j + 1, NULL) &&
              person_before_of(cx, j + 1, b)) ||
             (!standalone(cx, j + 1, b) && !programme_exact(cx, j + 1, b) &&
              !(b == j + 2 && is_stp_word(doc, j + 1))))) { /* not "Birmingham's STP" */
            return classify_two(cx, a, j, j + 1, b);
        }
    }
    /* "Chief executive of NHS England Simon Stevens", "Dunmore Borough Council Mark
     * Evans": a body's whole name and a person's right after it are two names */
    for (size_t j = b > a + 5 ? b - 4 : a + 1; j + 2 <= b; j++) {
        if (person_before_of(cx, j, b) && standalone(cx, a, j)) {
            return classify_two(cx, a, j, j, b);
        }
    }
    /* "Tom Ellis and Liberal Democrat Jane Ray", "Tom Ellis and Jane Ray": a person
     * and, after "and", another (past a party's words) are two names */
    for (size_t k = a + 2; k + 1 < b && k <= a + 4; k++) {
        if (!sg_tok_is(doc, k, "and") || !person_before_of(cx, a, k) ||
            !sg_i_tok_in(cx->lex, SG_I_T_FIRST_NAMES, doc, a, NULL)) {
            continue;
        }
        size_t r = k + 1;
        while (r < b && r < k + 3 && sg_i_party_word(doc, r)) {
            r++;
        }
        if (r + 1 < b && person_before_of(cx, r, b)) {
            sg_err_t rc = classify(cx, a, k);
            size_t pn = rc == SG_OK && r > k + 1 ? party_adjective(cx, k + 1, b, &rc) : 0;
            return rc != SG_OK ? rc : classify(cx, k + 1 + pn, b);
        }
        /* (a place that says where the next is one: "Ann Smith and Leeds councillor
         * Tom Ash"; the place names no one) */
        if (r == k + 1 && b <= r + 2 && b < doc->ntoks &&
            (sg_i_person_word(doc, b) || sg_tok_is(doc, b, "councillor")) &&
            !org_word(cx, r, b) && gaz_exact(cx, r, b, 1) < 0) {
            return classify(cx, a, k);
        }
    }
    /* "Professor Helen Marsh of the University of Essex", "Kenneth Osei of West
     * Essex CCG": a person and the body named after "of" are two names ("Lord
     * Carter of Coles" stays one: its "of" names no body) */
    /* (past initials and particles too: "Dr Harald van der Linden of X") */
    static const char *const peerages[] = {"lord",     "baroness", "lady",
                                           "viscount", "earl",     "countess"};
    for (size_t j = a + 2; j + 1 < b && j <= a + 6; j++) {
        if (!sg_tok_is(doc, j, "of")) {
            continue;
        }
        size_t r = sg_tok_is(doc, j + 1, "the") ? j + 2 : j + 1;
        if (r < b && person_before_of(cx, a, j) && standalone(cx, r, b)) {
            return classify_two(cx, a, j, r, b);
        }
        /* (or two words that name no body, a given name not known, after a
         * reporting verb or where a person's name stands: "said Merril Hammer of
         * Save Our Hospitals", "its representative, Bernie Collins of the RCN,") */
        /* (or before a reporting verb: "Ysolde Marsh of Save Tarnbury A&E said") */
        if (r < b && j == a + 2 && a > 0 &&
            (sg_i_reporting_at(cx, a - 1) || person_context(cx, a, j) ||
             (b < doc->ntoks && sg_i_reporting_at(cx, b)) ||
             listed_person_of(cx, a, b)) &&
            !org_word(cx, a, j) && gaz_exact(cx, a, j, 1) < 0 && !is_allcaps(doc, a) &&
            !is_allcaps(doc, a + 1) &&
            (standalone(cx, r, b) ||
             (r + 2 <= b && b <= r + 3 && r == j + 1 && !IN_LIST(doc, a, peerages)) ||
             /* (or a place of one word before the verb: "X Y of Fenby said") */
             (b == r + 1 && r == j + 1 && b < doc->ntoks && sg_i_reporting_at(cx, b) &&
              !IN_LIST(doc, a, peerages)))) {
            /* (and a firm of two or three words: "its solicitor, X Y of Leigh Day") */
            sg_err_t rc = add_mention(cx, a, j, SG_I_M_NAME, SG_NODE_PERSON, NULL, NULL);
            return rc != SG_OK            ? rc
                   : standalone(cx, r, b) ? classify(cx, r, b)
                   : b == r + 1           ? SG_OK /* (a place) */
                                          : add_org(cx, r, b, 0);
        }
        /* "Rosa Curling of Leigh Day": a person with a given name, "of" and a firm
         * of two or three words in capitals (not a peer's seat: "Lord Carter of
         * Coles" has a title) */
        if (r + 2 <= b && b <= r + 3 && person_before_of(cx, a, j) &&
            !IN_LIST(doc, a, peerages)) {
            sg_err_t rc = classify(cx, a, j);
            return rc != SG_OK ? rc : add_org(cx, r, b, 0);
        }
        /* "John Smith of Tarn said", "Tom Ash of No 10": the person, and what
         * follows "of" read on its own (a peer's seat keeps its title: "Lord
         * Carter of Coles") */
        if (r < b && person_before_of(cx, a, j) && !IN_LIST(doc, a, peerages)) {
            return classify_two(cx, a, j, r, b); /* (and "Cllr X of Hale") */
        }
        break;
    }
    /* a title of one word, or of two when a capitalised word qualifies it ("County
     * Councillor Geoff Driver") */
    size_t tl = sg_i_tok_in(cx->lex, SG_I_T_TITLES, doc, a, NULL) ? 1 : 0;
    if (!tl && b - a >= 3 && !is_allcaps(doc, a) &&
        sg_i_tok_in(cx->lex, SG_I_T_TITLES, doc, a + 1, NULL)) {
        tl = 2;
    }
    while (tl && tl < 3 && a + tl + 1 < b &&
           sg_i_tok_in(cx->lex, SG_I_T_TITLES, doc, a + tl, NULL)) {
        tl++; /* "Professor Sir Chris Ham": titles one after another */
    }
    if (tl && b - a >= tl + 1) {
        sg_i_mention_t *m;
        /* "Cllr Peter Daly and Cllr Amrit Sohal", "Dr Jennifer Dixon and Anita
         * Charlesworth": a title or a given name after "and" opens a second name */
        for (size_t k = a + tl + 1; k + 1 < b; k++) {
            /* (the second name past what the person is: "and GP Teodric Rao") */
            size_t second = k + 1 + (k + 4 == b && sg_i_person_word(doc, k + 1));
            if (sg_tok_is(doc, k, "and") &&
                (sg_i_tok_in(cx->lex, SG_I_T_TITLES, doc, k + 1, NULL) ||
                 (sg_i_tok_in(cx->lex, SG_I_T_FIRST_NAMES, doc, k + 1, NULL) &&
                  (person_before_of(cx, k + 1, b) || person_of_at(cx, k + 1, b))) ||
                 body_then_person(cx, k + 1, b) || /* ("Dr X and Unison's Y") */
                 /* (or what a person is and a given name: "Mr X and GP Sunita Rao") */
                 (k + 3 < b && sg_i_person_word(doc, k + 1) &&
                  sg_i_tok_in(cx->lex, SG_I_T_FIRST_NAMES, doc, k + 2, NULL)) ||
                 /* (or two words that end it, no body's, a name no list knows:
                  * "Mr X and Teodric Rao", "Mr X and GP Teodric Rao") */
                 (b == second + 2 && bare_pair(cx, second)) ||
                 /* (or a body's word alone before a role: "Cllr X and CCG chair
                  * Dr Y") */
                 (b == k + 2 && b < doc->ntoks &&
                  (is_allcaps(doc, k + 1) || org_word(cx, k + 1, b)) &&
                  is_role_at(cx, b, doc->sents[doc->toks[b].sent].tok_end, NULL)) ||
                 ((person_before_of(cx, a, k) || k <= a + tl + 2) &&
                  standalone(cx, k + 1, b)))) {
                /* (or a body's whole name: "Dr X and Ashby Council", "Dr Omar Sayed
                 * and Unison") */
                return classify_two(cx, a, k, second, b);
            }
            if (sg_tok_is(doc, k, "and") && k + 3 < b &&
                sg_i_tok_in(cx->lex, SG_I_T_TITLES, doc, k + 2, NULL)) {
                /* "Mr James Orr and GP Dr Sunita Rao": a word that says what the
                 * second is, then a title (the word no part of the name) */
                return classify_two(cx, a, k, k + 2, b);
            }
        }
        /* a peer's seat is no part of the name a peer goes by: "Lord Prior of
         * Brampton" is Lord Prior */
        size_t ne = b;
        for (size_t k = a + 2; tl == 1 && k + 1 < b && k < a + 4 && ne == b; k++) {
            /* ("Baroness Ann Lee of Hale": a given name and a surname first) */
            if (sg_tok_is(doc, k, "of") &&
                (sg_tok_is(doc, a, "lord") || sg_tok_is(doc, a, "baroness") ||
                 sg_tok_is(doc, a, "lady"))) {
                ne = k;
            }
        }
        char *title = sg_i_surface(doc, a, a + tl);
        char *name = sg_i_surface(doc, a + tl, ne);
        sg_err_t rc = SG_ENOMEM;
        if (title && name &&
            (rc = add_mention(cx, a, b, SG_I_M_NAME, SG_NODE_PERSON, name, &m)) ==
                SG_OK) {
            m->title = title;
            title = NULL;
        }
        free(title);
        free(name);
        return rc;
    }
    /* "Tarnshire Audit Consortium for the STP", "X for the Dorset STP": a body and
     * the plan it works for, two names */
    for (size_t k = a + 2; k + 2 < b; k++) {
        if (!(sg_tok_is(doc, k, "for") || sg_tok_is(doc, k, "of"))) {
            continue;
        }
        size_t r = sg_tok_is(doc, k + 1, "the") ? k + 2 : k + 1;
        if (r < b && is_stp_word(doc, b - 1) && org_word(cx, a, k) &&
            (r + 1 == b || gaz_exact(cx, r, b - 1, 1) >= 0)) {
            return classify_two(cx, a, k, r, b);
        }
        break;
    }
    /* "NHS England and NHS Improvement", "NHS Blackpool CCG and STP": two names
     * joined by "and", each whole on its own or a person's ("Philip Dunne and Owen
     * Paterson", "Jeremy Hunt and Surrey County Council") */
    /* (not an "and" inside a gazetteer name: "Kent and Medway Health and Care
     * Partnership" is one body) */
    size_t in_gaz = a + sg_i_match(cx->lex, SG_I_T_GAZ, doc, a, b, NULL);
    /* (nor one of places before a body's word: "Tees, Esk and Wear Valleys NHS
     * Foundation Trust", after "and" in a list too) */
    int places = b >= a + 5 && sg_tok_is(doc, a + 1, ",") && places_body(cx, a, b) == b;
    for (size_t k = a + 1; k + 1 < b && !places; k++) {
        if (!(sg_tok_is(doc, k, "and") || sg_tok_is(doc, k, "&")) || k < in_gaz ||
            footprint_across(cx, a, k, b) ||
            (sg_tok_is(doc, k - 1, "fire") && sg_tok_is(doc, k + 1, "rescue"))) {
            /* (nor "Kent Fire and Rescue Service": the services' one name) */
            continue; /* ("Hale Council & Tarn Council" as with "and") */
        }
        size_t r = sg_tok_is(doc, k + 1, "the") ? k + 2 : k + 1; /* "and the X" */
        long lg = gaz_exact(cx, a, k, 1);
        if (lg < 0 && k > a + 1 && IN_LIST(doc, a, compass)) {
            lg = gaz_exact(cx, a + 1, k, 1); /* "Northern Lincolnshire and Goole ..." */
        }
        int ow = lg >= 0 && cx->lex->gazetteer[lg].type == SG_NODE_STP && r == k + 1 &&
                         gaz_exact(cx, r, b, 1) < 0
                     ? org_word(cx, r, b)
                     : 0;
        if (ow && (sg_i_match(cx->lex, SG_I_T_GAZ, doc, r, b, NULL) == 0 ||
                   (!(ow & SG_I_OW_COUNCIL) && place_then_body(cx, r, b)))) {
            /* "Norfolk and Norwich University Hospitals NHS Foundation Trust": a
             * footprint's place, "and", and words a body's word ends that name no
             * body known: one body's name of places (so is "Devon and Cornwall
             * Police": a second footprint's place, then the body's words) */
            continue;
        }
        /* (a list's item is not one that ends in "'s": "X Trust, Guy's and St
         * Thomas' NHS Foundation Trust and Y" holds one name across the "and") */
        /* (or "NHS X" before a council or a known body: "NHS Dorset and Dorset
         * Council", not "NHS Derby and Derbyshire CCG", one body) */
        /* (not a body named after people: "the Robert Jones and Agnes Hunt
         * Orthopaedic Hospital", "the" before a person's name) */
        int named_after = a > 0 && sg_tok_is(doc, a - 1, "the") &&
                          !standalone(cx, a, k) && r + 1 < b && org_word(cx, r, b) &&
                          person_before_of(cx, a, k) && !person_before_of(cx, r, b);
        int left =
            standalone(cx, a, k) || (person_before_of(cx, a, k) && !named_after) ||
            (nhs_named(cx, a, k) && r < b &&
             (gaz_exact(cx, r, b, 1) >= 0 || (org_word(cx, r, b) & SG_I_OW_COUNCIL))) ||
            mp_then_person(cx, a, k) || listed_person_of(cx, a, k) ||
            (k > a + 1 && !sg_tok_is(doc, k - 1, "'s") && listed_after_body(cx, a, k)) ||
            /* (or a person the words before say is one, a given name not known:
             * "Camden Council leader Morwenna Hayward and Islington Council leader
             * X") */
            (k == a + 2 && person_context(cx, a, k));
        /* (or a person by a known given name, then another "and": "A, B and C D
         * and Labour MPs E and F", read item by item) */
        int right = r < b && (standalone(cx, r, b) || person_before_of(cx, r, b) ||
                              listed_person_of(cx, r, b) ||
                              /* ("and Labour's X Y", a given name not known) */
                              (b == r + 4 && sg_i_party_word(doc, r) &&
                               sg_tok_is(doc, r + 1, "'s") && bare_pair(cx, r + 2)) ||
                              body_then_person(cx, r, b) ||
                              (r + 2 < b && sg_i_person_word(doc, r) &&
                               person_before_of(cx, r + 1, b)) || /* ("and GP B") */
                              (r + 3 < b && sg_i_person_word(doc, r + 1) &&
                               person_before_of(cx, r + 2, b) &&
                               !org_word(cx, r, r + 1)) || /* ("and Leeds GP B") */
                              (r + 3 < b && sg_tok_is(cx->doc, r + 2, "and") &&
                               person_before_of(cx, r, r + 2)));
        /* (or a party's words, then two words in capitals: "A and Liberal Democrat
         * X Y", a given name not known) */
        size_t pw = r;
        while (pw < b && sg_i_party_word(doc, pw)) {
            pw++;
        }
        int party_person = pw > r && b == pw + 2 && !org_word(cx, pw, b) &&
                           gaz_exact(cx, pw, b, 1) < 0 && !is_allcaps(doc, pw);
        if (left && party_person) {
            sg_err_t rc = classify(cx, a, k);
            return rc != SG_OK
                       ? rc
                       : add_mention(cx, pw, b, SG_I_M_NAME, SG_NODE_PERSON, NULL, NULL);
        }
        if (left && (right || programme_exact(cx, r, b))) { /* ("A and the STP's") */
            return classify_two(cx, a, k, r, b);
        }
        /* "X Y and V W co-chair the Z STP", "X Y and V W said": two names of two
         * words, no given name known, opening the clause before a verb of people */
        if (k == a + 2 && acting_pairs(cx, a, b)) {
            sg_err_t rc = add_mention(cx, a, k, SG_I_M_NAME, SG_NODE_PERSON, NULL, NULL);
            return rc != SG_OK
                       ? rc
                       : add_mention(cx, r, b, SG_I_M_NAME, SG_NODE_PERSON, NULL, NULL);
        }
        /* "Nigel Edwards and Candace Imison": a person by a known given name, and
         * two words on the other side that name no body, a given name not known
         * (past what the person is: "Tom Watt and GP Brannoch Dev") */
        size_t rw = r + (b == r + 3 && sg_i_person_word(doc, r));
        if (r == k + 1 &&
            (person_before_of(cx, a, k) || (k == a + 2 && person_context(cx, a, k))) &&
            b - rw == 2 && !org_word(cx, rw, b) && gaz_exact(cx, rw, b, 1) < 0) {
            sg_err_t rc = classify(cx, a, k);
            return rc != SG_OK
                       ? rc
                       : add_mention(cx, rw, b, SG_I_M_NAME, SG_NODE_PERSON, NULL, NULL);
        }
        /* (so after what the one on the right is: "Zorvan Smith and Conservative
         * MP Tom Ash") */
        if (r == k + 1 && k - a == 2 &&
            ((person_before_of(cx, r, b) && !org_word(cx, a, k)) ||
             pair_before_person(cx, a, b))) {
            sg_err_t rc = add_mention(cx, a, k, SG_I_M_NAME, SG_NODE_PERSON, NULL, NULL);
            return rc != SG_OK ? rc : classify(cx, r, b);
        }
        /* "Wexmoor CCG and Hale Healthcare": a whole name on the left, and no word
         * that would make the whole one body ("Department of Health and Social
         * Care" is the gazetteer's): the right is read on its own */
        if (standalone(cx, a, k) && r < b && !org_word(cx, a, b) &&
            gaz_exact(cx, a, b, 1) < 0) {
            return classify_two(cx, a, k, r, b);
        }
    }
    /* a role title inside the name: "Chief Executive of NHS England" names NHS
     * England (not "Society of Local Authority Chief Executives": a body's name
     * opens with its word) */
    int body_first = (org_word(cx, a, a + 1) & SG_I_OW_ANY) != 0;
    for (size_t k = a; k < b; k++) {
        if (!body_first && is_role_at(cx, k, b, &rl)) {
            /* (a name in two words of capitals right after a role in capitals, a
             * given name not known: "Health Secretary Quillon Hunt has", "Hale
             * Council Leader Ysolde Ray") */
            size_t ne = k + rl;
            while (ne < b && ne < k + rl + 3 && sg_i_is_cap(doc, ne) &&
                   !sg_tok_is(doc, ne, "of") && !sg_tok_is(doc, ne, "at")) {
                ne++;
            }
            int named = ne == k + rl + 2 && sg_i_is_cap(doc, k) &&
                        (ne == b || sg_tok_is(doc, ne, "of")) && bare_pair(cx, k + rl) &&
                        !IN_LIST(doc, k + rl, compass);
            if (named) {
                sg_err_t rc =
                    k > a ? classify(cx, a, k - sg_tok_is(doc, k - 1, "'s")) : SG_OK;
                return rc != SG_OK ? rc
                                   : add_mention(cx, k + rl, ne, SG_I_M_NAME,
                                                 SG_NODE_PERSON, NULL, NULL);
            }
            for (size_t j = k + rl; j < b; j++) {
                if (sg_tok_is(doc, j, "of") || sg_tok_is(doc, j, "at") ||
                    sg_tok_is(doc, j, "for")) {
                    /* "Chief Executive of Hale Trust Ann Lee": the body, then the
                     * person; "Mayor of London Sadiq Khan": a place, a mayor's,
                     * named as no STP's area, then the person */
                    int mayors = sg_tok_is(doc, k, "mayor") && j == k + 1;
                    for (size_t p = b > j + 5 ? b - 3 : j + 2; p + 1 < b; p++) {
                        if (sg_i_tok_in(cx->lex, SG_I_T_FIRST_NAMES, doc, p, NULL) &&
                            person_before_of(cx, p, b)) {
                            return mayors ? classify(cx, p, b)
                                          : classify_two(cx, j + 1, p, p, b);
                        }
                    }
                    /* (a given name not known: "Leader of Tarnford Council Ysolde
                     * Ray said", a place whole on its own, then two words and a
                     * verb) */
                    size_t pl = b - 2; /* (the place's end) */
                    if (pl > j + 1 && bare_pair(cx, pl) &&
                        subject_ends(cx, b, doc->sents[doc->toks[a].sent].tok_end) &&
                        (standalone(cx, j + 1, pl) ||
                         sg_i_match(cx->lex, SG_I_T_COUNCIL_PLACES, doc, j + 1, pl,
                                    NULL) == pl - j - 1 ||
                         (pl == j + 2 && sg_tok_is(doc, k, "mayor")))) {
                        sg_err_t rc = mayors ? SG_OK : classify(cx, j + 1, pl);
                        return rc != SG_OK ? rc
                                           : add_mention(cx, pl, b, SG_I_M_NAME,
                                                         SG_NODE_PERSON, NULL, NULL);
                    }
                    return classify(cx, j + 1, b);
                }
            }
            /* "Health Secretary Jeremy Hunt", "NHS England Chief Executive Simon
             * Stevens": a role in capitals, then a person (and a body before) */
            if (k + rl < b &&
                (person_before_of(cx, k + rl, b) ||
                 (person_context(cx, k + rl, b) && !org_word(cx, k + rl, b)))) {
                /* (or a given name not known, with a verb of a person after:
                 * "Solicitor Rowan Smith said") */
                return k > a ? classify_two(cx, a, k, k + rl, b)
                             : classify(cx, k + rl, b);
            }
            /* "The Trust's Chief Executive, Mr X": the body before the role */
            return k > a ? classify(cx, a, k - (sg_tok_is(doc, k - 1, "'s") ? 1 : 0))
                         : SG_OK;
        }
        size_t tv;
        if (sg_i_tok_in(cx->lex, SG_I_T_DOC_WORDS, doc, k, NULL) &&
            !(k == a && k + 1 < b && !sg_tok_is(doc, k + 1, "of") &&
              sg_i_tok_in(cx->lex, SG_I_T_FIRST_NAMES, doc, k, NULL)) &&
            /* (nor a body's word ending the name: "Strategy and Transformation
             * Unit") */
            !(k + 1 < b && !sg_tok_is(doc, k + 1, "of") &&
              sg_i_tok_in(cx->lex, SG_I_T_ORG_WORDS, doc, b - 1, &tv) &&
              (tv & SG_I_OW_TAIL))) {
            /* a document, policy or event (not "Bill Borrett"); but "Minutes of the
             * Health Scrutiny Committee", "Report of the King's Fund": the body
             * whose document it is */
            size_t r = k + 1 < b && sg_tok_is(doc, k + 1, "of") ? k + 2 : b;
            r += r < b && sg_tok_is(doc, r, "the");
            if (k + 1 == b && k >= a + 2 && gaz_exact(cx, a, k, 1) >= 0) {
                return classify(cx, a, k); /* "NHS Confed Expo": the body's event */
            }
            const sg_i_mention_t *o = b == a + 1 ? named_once_before(cx, a) : NULL;
            if (o) { /* (a body named so before: "the think tank Reform ... Reform's
                      * head of health") */
                return add_mention(cx, a, b, SG_I_M_NAME, o->type, NULL, NULL);
            }
            return k == a && r < b && standalone(cx, r, b) ? classify(cx, r, b) : SG_OK;
        }
    }
    if (generic_only(cx, a, b) || facility_only(cx, a, b) || sector_only(doc, a, b)) {
        return SG_OK; /* "Council and CCG at odds over plan": no body's name */
    }
    ow = org_word(cx, a, b);
    if (ow) {
        return add_org(cx, a, b, ow);
    }
    if (org_context(cx, a, b) || nation_body(cx, a, b)) {
        return add_org(cx, a, b, 0);
    }
    if (sg_i_tok_in(cx->lex, SG_I_T_FIRST_NAMES, doc, a, NULL) && role_of_before(cx, a)) {
        return add_org(cx, a, b, 0); /* "managing director of John Lewis" */
    }
    if (b - a >= 2 && b - a <= 6 &&
        sg_i_tok_in(cx->lex, SG_I_T_FIRST_NAMES, doc, a, NULL)) {
        int plain = 1;
        size_t initials = 0; /* (a word more for each: "Ann P. Q. Corby") */
        for (size_t k = a; k < b; k++) {
            int initial = k > a && k + 1 < b && initial_tok(doc, k);
            initials += initial && sg_tok_is(doc, k, ".");
            plain = plain && ((sg_i_is_cap(doc, k) && !is_allcaps(doc, k)) || initial ||
                              (k > a && k + 1 < b && IN_LIST(doc, k, particles)));
        }
        if (plain && b - a <= 4 + initials) {
            return add_mention(cx, a, b, SG_I_M_NAME, SG_NODE_PERSON, NULL, NULL);
        }
    }
    if (person_context(cx, a, b) || (initials_name(doc, a, b) && b < doc->ntoks &&
                                     (sg_tok_is(doc, b, ",") || sg_tok_is(doc, b, "(") ||
                                      sg_i_reporting_at(cx, b)))) {
        return add_mention(cx, a, b, SG_I_M_NAME, SG_NODE_PERSON, NULL, NULL);
    }
    /* "the Wexmoor STP, known locally as Better Care Together": another name of
     * what was named before it (resolved with it) */
    if (given_name_of_last(cx, a, b) || sg_i_plan_named_after(doc, b) ||
        (b - a >= 2 && sg_i_name_given_after(doc, b))) {
        return add_mention(cx, a, b, SG_I_M_NAME, SG_NODE_ORGANISATION, NULL, NULL);
    }
    const sg_i_mention_t *o = named_as_before(cx, a, b);
    if (o) { /* (and that name again: "Better Care Together is led by X") */
        return add_mention(cx, a, b, SG_I_M_NAME, o->type, NULL, NULL);
    }
    if (b - a == 1) {
        if (is_allcaps(doc, a)) {
            return add_mention(cx, a, b, SG_I_M_ACRONYM, SG_NODE_ORGANISATION, NULL,
                               NULL);
        }
        if (doc->toks[a].flags & SG_TF_CAMEL) {
            return add_mention(cx, a, b, SG_I_M_NAME, SG_NODE_ORGANISATION, NULL, NULL);
        }
        return add_mention(cx, a, b, SG_I_M_SURNAME, SG_NODE_PERSON, NULL, NULL);
    }
    if (nhs_named(cx, a, b)) {
        return add_mention(cx, a, b, SG_I_M_NAME, SG_NODE_ORGANISATION, NULL, NULL);
    }
    return classify_parts(cx, a, b);
}

/* A council mention over tokens [tb, te) named "<place> <what>", its place the
 * words [pb, pe): "Shropshire councils", "Coventry City Council". */
static sg_err_t add_place_body(sg_i_ctx_t *cx, size_t tb, size_t te, size_t pb, size_t pe,
                               const char *what, sg_node_type_t type) {
    char *place = sg_i_surface(cx->doc, pb, pe);
    sg_i_mention_t *m;
    sg_buf_t name;
    sg_err_t rc;

    if (!place) {
        return SG_ENOMEM;
    }
    sg_buf_init(&name);
    rc = sg_buf_printf(&name, "%s %s", place, what);
    if (rc == SG_OK) {
        rc = add_mention(cx, tb, te, SG_I_M_NAME, type, name.data, &m);
    }
    if (rc == SG_OK) {
        m->place = place;
        place = NULL;
    }
    free(place);
    sg_buf_release(&name);
    return rc;
}

static sg_err_t add_place_council(sg_i_ctx_t *cx, size_t tb, size_t te, size_t pb,
                                  size_t pe, const char *what) {
    return add_place_body(cx, tb, te, pb, pe, what, SG_NODE_COUNCIL);
}

/* The kind of body named in lower case at token t, after a place ("Devon county
 * council", "Tarn clinical commissioning group", "Tarn health and wellbeing board",
 * as some newspapers write them):
 * its name's words capitalised, its number of tokens in *n; NULL when none. */
static const char *lower_body(const sg_textdoc_t *doc, size_t t, size_t se, size_t *n,
                              sg_node_type_t *type) {
    static const struct {
        const char *words[4];
        const char *name;
        sg_node_type_t type;
    } bodies[] = {
        {{"metropolitan", "borough", "council", NULL},
         "Metropolitan Borough Council",
         SG_NODE_COUNCIL},
        {{"county", "council", NULL, NULL}, "County Council", SG_NODE_COUNCIL},
        {{"city", "council", NULL, NULL}, "City Council", SG_NODE_COUNCIL},
        {{"district", "council", NULL, NULL}, "District Council", SG_NODE_COUNCIL},
        {{"borough", "council", NULL, NULL}, "Borough Council", SG_NODE_COUNCIL},
        {{"clinical", "commissioning", "group", NULL},
         "Clinical Commissioning Group",
         SG_NODE_ORGANISATION},
        {{"health", "and", "wellbeing", "board"},
         "Health and Wellbeing Board",
         SG_NODE_ORGANISATION},
    };
    for (size_t k = 0; k < sizeof(bodies) / sizeof(bodies[0]); k++) {
        size_t w = 0;
        while (w < 4 && bodies[k].words[w] && t + w < se && !sg_i_is_cap(doc, t + w) &&
               sg_tok_is(doc, t + w, bodies[k].words[w])) {
            w++;
        }
        if (w == 4 || (w > 0 && !bodies[k].words[w])) {
            *n = w;
            *type = bodies[k].type;
            return bodies[k].name;
        }
    }
    return NULL;
}

/* words for a council's sitting, no place's: "Full council votes to oppose STP" */
static const char *const sittings[] = {"full", "special", "extraordinary", "emergency"};
/* what a place's council has that is no council ("Luton's council tax") */
static const char *const council_things[] = {"tax",   "taxes",  "housing",  "houses",
                                             "homes", "estate", "estates",  "elections",
                                             "seats", "seat",   "election", "flats"};

/* The end of the run of capitalised words, not all in capitals, from token k. */
static size_t caps_run(const sg_textdoc_t *doc, size_t k, size_t se) {
    while (k < se && doc->toks[k].kind == SG_TK_WORD && sg_i_is_cap(doc, k) &&
           !(doc->toks[k].flags & SG_TF_ALLCAPS)) {
        k++;
    }
    return k;
}

/* "William Harvey Hospital in Ashford and Queen Elizabeth Hospital": after a
 * body's name and "in" or "at", a place's word or two and "and" before a second
 * body's name are where the first is; where the second's name starts (past the
 * place's words), else i. */
static size_t place_before_body(const sg_i_ctx_t *cx, size_t i, size_t e) {
    const sg_textdoc_t *doc = cx->doc;
    const sg_i_mention_t *last = cx->nm ? &cx->m[cx->nm - 1] : NULL;

    if (i < 2 || e < i + 4 || !last || last->te + 1 != i ||
        !(sg_tok_is(doc, i - 1, "in") || sg_tok_is(doc, i - 1, "at")) ||
        !(last->type == SG_NODE_ORGANISATION || last->type == SG_NODE_COUNCIL)) {
        return i;
    }
    for (size_t k = i + 1; k < i + 3 && k + 2 < e; k++) {
        if (sg_tok_is(doc, k, "and")) {
            return !org_word(cx, i, k) && org_word(cx, k + 1, e) ? k + 1 : i;
        }
    }
    return i;
}

/* "Four councils on Teesside", "two councils in Kent": a count of councils, "in",
 * "on" or "across" and a place's words in capitals (up to five, "and" between two,
 * no body's); its number of tokens, else 0. */
static size_t councils_in_place(const sg_i_ctx_t *cx, size_t i, size_t se) {
    static const char *const in[] = {"in", "on", "across"};
    const sg_textdoc_t *doc = cx->doc;
    if (i + 3 >= se || doc->toks[i + 1].norm_len != 8 || /* (every token comes here) */
        !sg_tok_is(doc, i + 1, "councils") ||
        !(IN_LIST(doc, i, number_words) || doc->toks[i].kind == SG_TK_NUM) ||
        !IN_LIST(doc, i + 2, in)) {
        return 0; /* (the cheap tests first) */
    }
    size_t k = caps_run(doc, i + 3, se), j = k;
    /* (two places joined: "in Nottingham and Nottinghamshire"; not "in Kent and
     * Medway Council") */
    if (k + 1 < se && sg_tok_is(doc, k, "and") && sg_i_is_cap(doc, k + 1)) {
        j = caps_run(doc, k + 1, se);
        j = j - i <= 8 && !org_word(cx, i + 3, j) ? j : k;
    }
    /* (not a body's name: "councils on the Tarn Health Board"; nor one that goes on
     * in lower case: "two councils in Tarn county") */
    return k > i + 3 && k <= i + 6 &&
                   (j >= se || doc->toks[j].kind != SG_TK_WORD || !sg_i_is_cap(doc, j)) &&
                   !org_word(cx, i + 3, j)
               ? j - i
               : 0;
}

/* "Two Shropshire councils": a named group of councils. */
static sg_err_t council_group(sg_i_ctx_t *cx, size_t a, size_t b) {
    const sg_textdoc_t *doc = cx->doc;
    int plural = sg_tok_is(doc, b, "councils");
    size_t p = a;

    if (p < b && IN_LIST(doc, p, number_words)) {
        p++;
    }
    if (p >= b) {
        return SG_OK;
    }
    return add_place_council(cx, a, b + 1, p, b, plural ? "councils" : "Council");
}

/* Is token k a word whose first letter (normalised) is c? */
static int initial_is(const sg_textdoc_t *doc, size_t k, char c) {
    size_t l;
    const char *t = sg_tok_norm(doc, k, &l);
    return t && l && doc->toks[k].kind == SG_TK_WORD && t[0] == c;
}

/* Is the word at token w, in any case, the initials of every word of tokens [a, b),
 * small ones too ("Solace": Society of Local Authority Chief Executives)? */
static int word_initials(const sg_textdoc_t *doc, size_t a, size_t b, size_t w) {
    size_t len;
    const char *n = sg_tok_norm(doc, w, &len);

    if (!sg_i_is_cap(doc, w) || b - a != len || len < 3) {
        return 0;
    }
    for (size_t k = a; k < b; k++) {
        if (!initial_is(doc, k, n[k - a])) {
            return 0;
        }
    }
    return 1;
}

static size_t seq_end(const sg_textdoc_t *doc, size_t i, size_t se);

/* "Campaign to Save Mental Health Services in Norfolk and Suffolk", "Save Our
 * Hospitals in Kent": where a campaign's name from token i ends, past "to" after
 * "Campaign" and the place its call is for; e where the name would end without. */
static size_t campaign_extent(const sg_textdoc_t *doc, size_t i, size_t e, size_t se) {
    static const char *const calls[] = {"save", "keep", "defend", "stop", "protect"};
    size_t c = i, k = i + sg_tok_is(doc, i, "the"); /* ("The Campaign to ...") */

    if (e == k + 1 && e + 2 < se && sg_tok_is(doc, k, "campaign") &&
        sg_tok_is(doc, e, "to") && IN_LIST(doc, e + 1, calls) &&
        sg_i_is_cap(doc, e + 1)) {
        c = e + 1;
        e = seq_end(doc, c, se);
    }
    if (!IN_LIST(doc, c, calls) || e + 1 >= se || !sg_tok_is(doc, e, "in") ||
        !sg_i_is_cap(doc, e + 1)) {
        return e;
    }
    size_t j = caps_run(doc, e + 1, se);
    if (j + 1 < se && sg_tok_is(doc, j, "and") && sg_i_is_cap(doc, j + 1)) {
        j = caps_run(doc, j + 1, se);
    }
    return j > e + 1 && j < e + 7 ? j : e;
}

/* "Save Our NHS in Kent (SONIK)": where the name in capitals from token i ends
 * when the acronym in brackets after it spells its words with a small one inside
 * ("in", "on", "at" and the capitals after it); e where it ends without one. */
static size_t acronym_spanned(const sg_textdoc_t *doc, size_t i, size_t e, size_t se) {
    static const char *const small[] = {"in", "on", "at"};
    if (e + 4 >= se || !IN_LIST(doc, e, small) || !sg_i_is_cap(doc, e + 1)) {
        return e; /* (the cheap tests first) */
    }
    size_t j = caps_run(doc, e + 1, se);
    return j + 2 < se && j < e + 5 && sg_tok_is(doc, j, "(") &&
                   sg_tok_is(doc, j + 2, ")") && word_initials(doc, i, j, j + 1)
               ? j
               : e;
}

/* Is the word at token w a mixed-case short form of tokens [a, b) whose every
 * capital opens a piece that opens one of their words, in order, the first
 * word's first ("BSol": Birmingham and Solihull)? */
static int mixed_pieces(const sg_textdoc_t *doc, size_t a, size_t b, size_t w) {
    const char *raw = doc->text + doc->toks[w].start;
    size_t len = doc->toks[w].end - doc->toks[w].start, k = a, pieces = 0;

    for (size_t i = 0; i < len; pieces++) {
        size_t j = i + 1; /* the piece: a capital and the small letters after it */
        while (j < len && raw[j] >= 'a' && raw[j] <= 'z') {
            j++;
        }
        if (raw[i] < 'A' || raw[i] > 'Z') {
            return 0;
        }
        while (k < b &&
               !(doc->toks[k].kind == SG_TK_WORD &&
                 doc->toks[k].end - doc->toks[k].start >= j - i &&
                 strncasecmp(doc->text + doc->toks[k].start, raw + i, j - i) == 0)) {
            if (pieces == 0) {
                return 0; /* (the first word's, first) */
            }
            k++;
        }
        if (k >= b) {
            return 0;
        }
        k++;
        i = j;
    }
    return pieces >= 2;
}

/* Is the word at token w (a capital first, 3 to 8 letters) a mixed-case acronym of
 * tokens [a, b): two capitals or more, each letter the initial of one of their
 * words in order, the first word's first ("SaTH": Shrewsbury and Telford Hospital
 * NHS Trust; "NuTH")? */
static int letter_initials(const sg_textdoc_t *doc, size_t a, size_t b, size_t w) {
    size_t len, caps = 0, k = a;
    const char *n = sg_tok_norm(doc, w, &len);
    const char *raw = doc->text + doc->toks[w].start;

    if (b - a < len) {
        return 0;
    }
    for (size_t i = 0; i < len; i++) {
        caps += raw[i] >= 'A' && raw[i] <= 'Z';
        /* the next word with this initial (the first letter: the first word's) */
        while (i > 0 && k < b && !initial_is(doc, k, n[i])) {
            k++;
        }
        if (k >= b || !initial_is(doc, k, n[i])) {
            return 0;
        }
        k++;
    }
    return caps >= 2;
}

/* Is the word at token w a mixed-case short form of tokens [a, b): its letters
 * their words' initials ("SaTH") or its pieces their words' openings ("BSol")? */
static int mixed_initials(const sg_textdoc_t *doc, size_t a, size_t b, size_t w) {
    size_t len = doc->toks[w].end - doc->toks[w].start;

    return sg_i_is_cap(doc, w) && len >= 3 && len <= 8 && doc->toks[w].norm_len == len &&
           (letter_initials(doc, a, b, w) || mixed_pieces(doc, a, b, w));
}

/* Is the word at token i the place of a council named before it (within an
 * anaphor's reach)? */
static int council_place_named(const sg_i_ctx_t *cx, size_t i) {
    const sg_textdoc_t *doc = cx->doc;
    size_t len = doc->toks[i].end - doc->toks[i].start;
    const char *w = doc->text + doc->toks[i].start;
    size_t lo = cx->nm > SG_I_ANAPHOR_REACH ? cx->nm - SG_I_ANAPHOR_REACH : 0;

    for (size_t k = cx->nm; k-- > lo;) { /* (within an anaphor's reach) */
        char own[256];
        const char *p = sg_i_mention_place(&cx->m[k], own, sizeof(own));
        if (p && strlen(p) == len && strncmp(p, w, len) == 0) {
            return 1;
        }
    }
    return 0;
}

/* Is the one word at token i, before "'s" and a role or a part of a council, the
 * place of a council named before it, and no name the gazetteer knows ("Hackney's
 * cabinet member for health" after "the London Borough of Hackney")? */
SG_I_COLD static int place_of_council_before(const sg_i_ctx_t *cx, size_t i, size_t se) {
    const sg_textdoc_t *doc = cx->doc;

    /* (or a part of the council: "Tarnshire's cabinet voted", "Wexbridge's full
     * council"; not "council": "Luton's council leader" is read with the roles) */
    static const char *const parts[] = {"cabinet",     "full",     "executive",
                                        "councillors", "scrutiny", "committee"};
    /* (a footprint's place too before a part only a council has: "Somerset's
     * cabinet voted" after Somerset County Council) */
    static const char *const own[] = {"cabinet", "full", "councillors"};
    int part = i + 2 < se && IN_LIST(doc, i + 2, parts);
    if (!(part || sg_i_match_role(cx->lex, doc, i + 2, se, NULL)) ||
        (sg_i_match(cx->lex, SG_I_T_GAZ, doc, i, i + 1, NULL) &&
         !(part && IN_LIST(doc, i + 2, own)))) {
        return 0;
    }
    return council_place_named(cx, i);
}

/* "Hale, which has the larger budget, voted to back it", "Dale voted the other
 * way": a sentence's subject, one word, the place of a council named before (and
 * no footprint's) is that council. */
SG_I_COLD static int council_place_subject(const sg_i_ctx_t *cx, size_t i, size_t se) {
    const sg_textdoc_t *doc = cx->doc;

    if (!(doc->toks[i].flags & SG_TF_SENT_START) || i + 2 >= se ||
        !((sg_tok_is(doc, i + 1, ",") &&
           (sg_tok_is(doc, i + 2, "which") || sg_tok_is(doc, i + 2, "whose"))) ||
          subject_at(doc, i + 1)) ||
        sg_i_match(cx->lex, SG_I_T_GAZ, doc, i, i + 1, NULL)) {
        return 0;
    }
    return council_place_named(cx, i);
}

/* "Birmingham, Coventry and Wolverhampton city councils": places listed before a
 * council's kind and "councils" are that many councils ("Birmingham City Council"
 * ...), each named by its place; not "Two Shropshire councils" (one place: a
 * group) nor "Labour and Conservative councils". So are places before "CCGs" that
 * many CCGs. Tokens used, or 0. */
static size_t council_list(sg_i_ctx_t *cx, size_t i, size_t se, sg_err_t *rc) {
    const sg_textdoc_t *doc = cx->doc;
    size_t item[8][2], n = 0, t = i;

    while (n < 8 && t < se && sg_i_is_cap(doc, t) && !sg_i_party_word(doc, t)) {
        size_t b = t;
        /* (one place whose name holds "and": "Hammersmith and Fulham"; looked up
         * only with an "and" or a "with" among its next words) */
        if ((t + 1 < se &&
             (sg_tok_is(doc, t + 1, "and") || sg_tok_is(doc, t + 1, "with"))) ||
            (t + 2 < se &&
             (sg_tok_is(doc, t + 2, "and") || sg_tok_is(doc, t + 2, "with")))) {
            t += sg_i_match(cx->lex, SG_I_T_COUNCIL_PLACES, doc, t, se, NULL);
        }
        while (t < se && t < b + 3 && sg_i_is_cap(doc, t) && !sg_tok_is(doc, t, "ccgs")) {
            t++;
        }
        item[n][0] = b;
        item[n++][1] = t;
        if (sg_tok_is(doc, t, ",") && sg_tok_is(doc, t + 1, "and")) {
            t += 2;
        } else if (sg_tok_is(doc, t, ",") || sg_tok_is(doc, t, "and")) {
            t++;
        } else {
            break;
        }
    }
    size_t last = n ? item[n - 1][1] : 0;
    int places = 1; /* (not "two councils, Tarn County Council and ...": names) */
    for (size_t k = 0; k < n && places; k++) {
        places = !org_word(cx, item[k][0], item[k][1]);
    }
    if (n >= 2 && places && i >= 2 && sg_tok_is(doc, i - 1, ",") &&
        sg_tok_is(doc, i - 2, "councils") && sg_tok_is(doc, item[n - 1][0] - 1, "and") &&
        last < se && (sg_tok_is(doc, last, ",") || sg_tok_is(doc, last, "."))) {
        /* "two of its councils, Ealing and Hammersmith and Fulham,": a council of
         * each place */
        for (size_t k = 0; k < n && *rc == SG_OK; k++) {
            *rc = add_place_council(cx, item[k][0], item[k][1], item[k][0], item[k][1],
                                    "Council");
        }
        return last - i;
    }
    if (n >= 2 && t < se && sg_tok_is(doc, t, "ccgs") && item[n - 1][1] == t &&
        sg_tok_is(doc, item[n - 1][0] - 1, "and")) {
        /* "Bexley, Bromley and Greenwich CCGs": a CCG of each place */
        for (size_t k = 0; k < n && *rc == SG_OK; k++) {
            *rc = add_place_body(cx, item[k][0], item[k][1], item[k][0], item[k][1],
                                 "CCG", SG_NODE_ORGANISATION);
        }
        return t + 1 - i;
    }
    const char *what = t < se ? sg_i_council_kind(doc, t) : NULL;
    size_t end = t + (what != NULL);
    what = what ? what : "Council";
    if (n < 2 || !sg_tok_is(doc, end, "councils") || sg_i_is_cap(doc, end) ||
        (end > t && sg_i_is_cap(doc, t)) || !sg_tok_is(doc, item[n - 1][0] - 1, "and") ||
        item[n - 1][1] != t) { /* (not "such as A and B, councils and the NHS are") */
        return 0;
    }
    for (size_t k = 0; k < n && *rc == SG_OK; k++) {
        *rc = add_place_council(cx, item[k][0], item[k][1], item[k][0], item[k][1], what);
    }
    return end + 1 - i;
}

/* End of the capitalised sequence starting at i (exclusive). */
/* Is token j the pronoun "I" ("As chair of X I had seen"), not an initial ("John
 * I. Smith")? */
static int pronoun_i(const sg_textdoc_t *doc, size_t j) {
    return doc->toks[j].end == doc->toks[j].start + 1 &&
           doc->text[doc->toks[j].start] == 'I' &&
           !(j + 1 < doc->ntoks && sg_tok_is(doc, j + 1, ".") &&
             !(doc->toks[j + 1].flags & SG_TF_SPACE_BEFORE));
}

/* After "and the", does the capitalised word at k name a part of another body,
 * a place and its noun for a part ("and the Devon branch of X", not "and the Isles
 * of Scilly" nor "and the Public Interest blog")? */
static const char *const branch_parts[] = {"branch", "branches", "arm",    "wing",
                                           "office", "chapter",  "group",  "section",
                                           "board",  "boards",   "bodies", "body"};

static int and_the_part(const sg_textdoc_t *doc, size_t k, size_t se) {
    return k + 1 < se && sg_i_is_cap(doc, k) && IN_LIST(doc, k + 1, branch_parts);
}

size_t sg_i_branch_of(const sg_textdoc_t *doc, size_t k, size_t lim) {
    for (size_t j = k; j < lim && j < k + 3; j++) {
        if (IN_LIST(doc, j, branch_parts) && j + 2 < lim && sg_tok_is(doc, j + 1, "of")) {
            size_t b = j + 2;
            return b + (sg_tok_is(doc, b, "the") && b + 1 < lim);
        }
        if (doc->toks[j].kind != SG_TK_WORD) {
            break;
        }
    }
    return k;
}

static size_t seq_end(const sg_textdoc_t *doc, size_t i, size_t se) {
    size_t last = i, j = i + 1;

    while (j < se) {
        if (sg_i_is_cap(doc, j) && !pronoun_i(doc, j)) {
            last = j++;
            continue;
        }
        if (sg_tok_is(doc, j, "(") && j + 3 < se && is_allcaps(doc, j + 1) &&
            sg_tok_is(doc, j + 2, ")") && sg_i_is_cap(doc, j + 3) &&
            !(doc->toks[j + 3].flags & SG_TF_ALLCAPS)) {
            last = j + 3;
            j += 4;
            continue;
        }
        /* "Guy's and St. Thomas' NHS Foundation Trust", "John P. Smith": the dot
         * of "St." or of an initial and an apostrophe closing a word in s, glued
         * to the word before, join a name */
        if (j + 1 < se && !(doc->toks[j].flags & SG_TF_SPACE_BEFORE) &&
            sg_i_is_cap(doc, j + 1) &&
            ((sg_tok_is(doc, j, ".") &&
              (sg_tok_is(doc, j - 1, "st") || doc->toks[j - 1].norm_len == 1)) ||
             (sg_tok_is(doc, j, "'") && doc->toks[j - 1].kind == SG_TK_WORD &&
              doc->text[doc->toks[j - 1].end - 1] == 's'))) {
            last = j + 1;
            j += 2;
            continue;
        }
        /* "Northern, Eastern and Western Devon CCG": a comma between two points
         * of the compass */
        if (j + 1 < se && sg_tok_is(doc, j, ",") && IN_LIST(doc, j - 1, compass) &&
            IN_LIST(doc, j + 1, compass) && sg_i_is_cap(doc, j + 1)) {
            last = j + 1;
            j += 2;
            continue;
        }
        size_t k = j;
        while (k < se && k < j + 2 &&
               (IN_LIST(doc, k, connectors) || IN_LIST(doc, k, particles)) &&
               !(sg_tok_is(doc, k, "'s") && (doc->toks[k].flags & SG_TF_SPACE_BEFORE))) {
            k++;
        }
        /* (not "the" alone after a name: "told the Gazette the Tarnshire STP",
         * but "Save the Children", "Stop the Cuts": a campaign's verb) */
        static const char *const calls[] = {"save",   "stop",    "keep",
                                            "defend", "protect", "scrap"};
        if (k == j + 1 && sg_tok_is(doc, j, "the") &&
            !(j == i + 1 && IN_LIST(doc, i, calls))) {
            break;
        }
        if (k == j + 2 && sg_tok_is(doc, j, "and") && sg_tok_is(doc, j + 1, "the") &&
            (and_the_part(doc, k, se) || sg_i_plural_initials(doc, j - 1))) {
            break; /* "Save Our Services and the Devon branch of X": two bodies
                    * ("the local CCGs and the STP" too) */
        }
        if (k > j && k < se && sg_i_is_cap(doc, k)) {
            last = k;
            j = k + 1;
            continue;
        }
        break;
    }
    return last + 1;
}

/* Was the last body named (before the mention being read) made by a verb of
 * forming right before it ("will form NHS Tarn and Hale CCG", "to become X",
 * "merge into X", "create X"): the one "the new CCG" then means? */
static int formed_last(const sg_i_ctx_t *cx) {
    static const char *const forming[] = {"form",    "forms",  "formed", "become",
                                          "becomes", "became", "create", "creates",
                                          "created", "into",   "named",  "called"};
    for (size_t k = cx->nm; k-- > 0 && k + 50 > cx->nm;) { /* (a few back) */
        const sg_i_mention_t *o = &cx->m[k];
        if (o->type == SG_NODE_PERSON || o->kind != SG_I_M_NAME) {
            continue;
        }
        /* (past "a single", "one", "a new": "into a single Wexmoor CCG") */
        size_t j = o->tb;
        while (j > 0 && j + 3 > o->tb && cx->doc->toks[j - 1].kind == SG_TK_WORD &&
               !IN_LIST(cx->doc, j - 1, forming) && !sg_i_is_cap(cx->doc, j - 1)) {
            j--;
        }
        return j > 0 && IN_LIST(cx->doc, j - 1, forming);
    }
    return 0;
}

/* Phrases that may start with a lower-case word (or a capital only because a
 * sentence starts there): everything after their first word is lower case. */
static int lower_rest(const sg_textdoc_t *doc, size_t i, size_t n) {
    for (size_t k = i + 1; k < i + n; k++) {
        if (sg_i_is_cap(doc, k) && !is_allcaps(doc, k)) {
            return 0;
        }
    }
    return !sg_i_is_cap(doc, i) || (doc->toks[i].flags & SG_TF_SENT_START);
}

/* Do the words before token i give a share of what it names ("a third of
 * councils", "half of councils", "40% of councils", "most of the councils")? */
int sg_i_fraction_word(const sg_textdoc_t *doc, size_t k) {
    static const char *const fractions[] = {"half",    "third",    "thirds",
                                            "quarter", "quarters", "fifth",
                                            "tenth",   "majority", "minority"};
    return IN_LIST(doc, k, fractions);
}

static int share_of(const sg_textdoc_t *doc, size_t i) {
    static const char *const shares[] = {"cent", "%",   "some", "most",
                                         "many", "few", "none"};
    size_t k = i - (i > 0 && sg_tok_is(doc, i - 1, "the"));
    /* (or one of a few: "one of the few councils to endorse its STP", "one of the
     * first local authorities") */
    static const char *const few[] = {"few", "first", "only", "last", "handful"};
    size_t f = i > 0 && IN_LIST(doc, i - 1, few) ? i - 1 : i;
    if (f >= 3 && f < i && sg_tok_is(doc, f - 1, "the") && sg_tok_is(doc, f - 2, "of") &&
        sg_tok_is(doc, f - 3, "one")) {
        return 1;
    }
    return k >= 2 && sg_tok_is(doc, k - 1, "of") &&
           (sg_i_fraction_word(doc, k - 2) || IN_LIST(doc, k - 2, shares) ||
            doc->toks[k - 2].kind == SG_TK_NUM);
}

/* Do the n words at token i that name local government as a whole ("councils",
 * "local authorities") stand for it here? Not one council ("the only local
 * authority still backing it"), nor a number of them ("two councils", "both
 * councils": a group unnamed), nor a share of them ("a third of councils"), nor a
 * part of a name in capitals. */
SG_I_COLD static int collective_at(const sg_i_ctx_t *cx, size_t i, size_t n) {
    /* (nor words that qualify a noun after them: "local authority lead", "local
     * government funding") */
    static const char *const qualified[] = {"funding",  "budgets",  "budget",
                                            "spending", "finances", "boundaries"};
    const sg_textdoc_t *doc = cx->doc;
    size_t se = doc->sents[doc->toks[i].sent].tok_end, rn;
    if (i + n < se && doc->toks[i + n].kind == SG_TK_WORD &&
        (IN_LIST(doc, i + n, qualified) ||
         ((rn = sg_i_match_role(cx->lex, doc, i + n, se, NULL)) != 0 &&
          !sg_tok_is(doc, i + n + rn - 1, "leaders") &&
          !sg_tok_is(doc, i + n + rn - 1, "chiefs")))) {
        return 0;
    }
    /* (one authority, not all: "the only local authority", "the latest local
     * authority to", "a local authority in Kent") */
    static const char *const ones[] = {"the",   "only",    "a",   "an",  "each",
                                       "every", "another", "any", "one", "its"};
    int one = 0;
    for (size_t k = i;
         sg_tok_is(doc, i + n - 1, "authority") && k-- > 0 && k + 3 > i &&
         doc->toks[k].kind == SG_TK_WORD && !one &&
         (!sg_i_is_cap(doc, k) || (doc->toks[k].flags & SG_TF_SENT_START));) {
        one = IN_LIST(doc, k, ones);
    }
    return lower_rest(doc, i, n) && !one &&
           !(i > doc->sents[doc->toks[i].sent].tok_begin &&
             (doc->toks[i - 1].kind == SG_TK_NUM || sg_tok_is(doc, i - 1, "both") ||
              IN_LIST(doc, i - 1, number_words))) &&
           /* (nor past a word of what kind: "two neighbouring councils") */
           !(i > doc->sents[doc->toks[i].sent].tok_begin + 1 &&
             doc->toks[i - 1].kind == SG_TK_WORD && !sg_i_is_cap(doc, i - 1) &&
             (doc->toks[i - 2].kind == SG_TK_NUM || sg_tok_is(doc, i - 2, "both") ||
              IN_LIST(doc, i - 2, number_words))) &&
           !(i > 0 && sg_i_is_cap(doc, i - 1) &&
             !(doc->toks[i].flags & SG_TF_SENT_START) &&
             !(doc->toks[i - 1].flags & SG_TF_SENT_START)) &&
           !share_of(doc, i);
}

/* words between "the" and an anaphor that leave it the same ("the spending
 * watchdog") */
static const char *const anaphor_kinds[] = {
    "spending",    "health",    "care",        "local",      "independent",
    "influential", "national",  "cross-party", "respected",  "ambulance",
    "acute",       "community", "teaching",    "specialist", "patient",
    "nursing",     "medical",   "regional",    "royal",      "professional"};

/* "the spending watchdog", "the influential think tank" at i: a word that says what
 * kind, then the anaphor; *used its tokens (0 when none). */
SG_I_COLD static sg_err_t kind_anaphor(sg_i_ctx_t *cx, size_t i, size_t se,
                                       size_t *used) {
    const sg_textdoc_t *doc = cx->doc;
    size_t n, v;

    if ((n = sg_i_match(cx->lex, SG_I_T_ANAPHORS, doc, i + 2, se, &v)) &&
        IN_LIST(doc, i + 1, anaphor_kinds) && /* (the cheaper test first) */
        lower_rest(doc, i, n + 2) && !sg_i_is_cap(doc, i + n + 2) &&
        !sg_tok_is(doc, i + n + 2, "of") &&
        !(sg_tok_is(doc, i + 2, "service") &&
          (sg_tok_is(doc, i + 1, "health") || sg_tok_is(doc, i + 1, "national")))) {
        /* (nor "the health service": the NHS, no body named before) */
        *used = n + 2;
        return add_mention(cx, i, i + n + 2, SG_I_M_ANAPHOR, SG_NODE_ORGANISATION,
                           cx->lex->anaphor_targets.v[v], NULL);
    }
    return SG_OK;
}

size_t sg_i_leader_described(const sg_textdoc_t *doc, size_t sb, size_t se) {
    static const char *const people[] = {"man", "woman", "person", "doctor"};
    static const char *const leading[] = {"leading", "heading", "running", "chairing"};
    size_t k = sb + sg_tok_is(doc, sb, "the");
    if (k + 2 >= se || k == sb || !IN_LIST(doc, k, people)) {
        return 0;
    }
    if (k + 4 < se && sg_tok_is(doc, k + 1, "in") && sg_tok_is(doc, k + 2, "charge") &&
        sg_tok_is(doc, k + 3, "of")) {
        return k + 4 + sg_tok_is(doc, k + 4, "the"); /* "The man in charge of X" */
    }
    return IN_LIST(doc, k + 1, leading) ? k + 2 + sg_tok_is(doc, k + 2, "the") : 0;
}

size_t sg_i_item_start(const sg_i_ctx_t *cx, size_t tb, size_t lo) {
    const sg_textdoc_t *doc = cx->doc;
    return tb >= lo + 3 && sg_tok_is(doc, tb - 2, "and") &&
                   doc->toks[tb - 1].kind == SG_TK_WORD &&
                   sg_i_mention_at(cx, tb - 1) < 0 &&
                   ((sg_i_is_cap(doc, tb - 1) &&
                     sg_i_tok_in(cx->lex, SG_I_T_TITLES, doc, tb, NULL)) ||
                    sg_i_person_word(doc, tb - 1)) /* ("A and GP B") */
               ? tb - 1
               : tb;
}

const char *sg_i_council_kind(const sg_textdoc_t *doc, size_t k) {
    static const char *const kinds[] = {"city", "county", "borough", "district"};
    static const char *const named[] = {"City Council", "County Council",
                                        "Borough Council", "District Council"};
    for (size_t i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++) {
        if (sg_tok_is(doc, k, kinds[i])) {
            return named[i];
        }
    }
    return NULL;
}

int sg_i_area_word(const sg_textdoc_t *doc, size_t k) {
    static const char *const areas[] = {"region", "county", "area", "city", "borough"};
    return IN_LIST(doc, k, areas);
}

/* "the region's five-year health and care plan": an area's plan with words of its
 * own, as "the region's STP" points at one (its length in tokens, or 0). */
static size_t area_plan(const sg_textdoc_t *doc, size_t i, size_t se) {
    if (i + 4 >= se || doc->toks[i].norm_len != 3 || doc->toks[i + 2].norm_len != 2 ||
        !sg_tok_is(doc, i + 2, "'s") || !sg_tok_is(doc, i, "the") ||
        !sg_i_area_word(doc, i + 1)) {
        return 0; /* (the cheap tests first: every "the" comes here) */
    }
    for (size_t k = i + 3; k < se && k < i + 10; k++) {
        if (sg_tok_is(doc, k, "plan")) {
            return k > i + 3 ? k + 1 - i : 0;
        }
        if (!(doc->toks[k].kind == SG_TK_WORD || sg_tok_is(doc, k, "-")) ||
            sg_i_is_cap(doc, k) || sg_tok_is(doc, k, "transformation")) {
            return 0; /* (the programme's own name is read as such) */
        }
    }
    return 0;
}

/* "could not support a plan that takes beds away": a plan a clause says what it
 * does is the story's, as "the plan" is (its length in tokens, or 0; not "a plan"
 * alone: "asked each area to draw up a plan") */
static size_t described_plan(const sg_textdoc_t *doc, size_t i, size_t se) {
    if (i + 3 >= se || doc->toks[i].norm_len != 1 || !sg_tok_is(doc, i, "a") ||
        !sg_tok_is(doc, i + 1, "plan") || sg_i_is_cap(doc, i + 1) ||
        !(sg_tok_is(doc, i + 2, "that") || sg_tok_is(doc, i + 2, "which"))) {
        return 0;
    }
    return 2;
}

/* Is the word before token i a verb that names whom it accuses before "of" ("accused
 * the trust of using staffing as a smokescreen": the trust a body, not "the trust
 * of patients")? */
SG_I_COLD static int accusing(const sg_textdoc_t *doc, size_t i) {
    static const char *const accuse[] = {"accused",   "accuses",   "accuse", "accusing",
                                         "suspected", "convicted", "cleared"};
    return i > 0 && IN_LIST(doc, i - 1, accuse);
}

/* "Hospices in Wexshire say they were left out of the county's STP": for the n
 * words at token i that point at an area's plan ("the county's STP"), with no
 * footprint named before them, the place the sentence names before them after
 * "in" or "across" in up to two words in capitals the gazetteer lacks (no
 * stakeholder's): where its name ends, its start in *pb; else 0. */
static size_t area_named(const sg_i_ctx_t *cx, size_t i, size_t n, size_t *pb) {
    const sg_textdoc_t *doc = cx->doc;
    int area = 0;

    for (size_t k = i; k + 1 < i + n; k++) {
        area |= sg_i_area_word(doc, k) && sg_tok_is(doc, k + 1, "'s");
    }
    for (size_t k = 0; area && k < cx->nm; k++) {
        area = !(cx->m[k].type == SG_NODE_STP && cx->m[k].kind == SG_I_M_NAME &&
                 cx->m[k].name && strcmp(cx->m[k].name, SG_I_PROGRAMME) != 0);
    }
    size_t sb = doc->sents[doc->toks[i].sent].tok_begin;
    for (size_t k = i; area && k-- > sb + 1;) {
        if (!(sg_tok_is(doc, k - 1, "in") || sg_tok_is(doc, k - 1, "across")) ||
            !area_word(cx, k)) {
            continue;
        }
        size_t e = k;
        while (e < i && e < k + 2 && area_word(cx, e) &&
               !sg_i_tok_in(cx->lex, SG_I_T_FIRST_NAMES, doc, e, NULL)) {
            e++;
        }
        int named = sg_i_match(cx->lex, SG_I_T_GAZ, doc, k, e, NULL) != 0;
        for (size_t j = 0; !named && j < cx->nm; j++) {
            /* (no stakeholder's; a word that may be a surname is none yet) */
            named = cx->m[j].tb < e && cx->m[j].te > k && cx->m[j].kind != SG_I_M_SURNAME;
        }
        if (e > k && !named && (e == i || !sg_i_is_cap(doc, e))) {
            *pb = k;
            return e;
        }
        return 0;
    }
    return 0;
}

/* "But trust chief Helen Frost said", "council leader Dan Webb", "county council
 * leader X": an anaphor's words alone in lower case (no "the" before them) before
 * a role and a name in capitals are "the trust", "the council", "the county
 * council" (not one that stands for any body: "union official X"); their number
 * of tokens, else 0. */
static size_t bare_anaphor(const sg_i_ctx_t *cx, size_t i, size_t se, size_t *v) {
    static const char *const dets[] = {"the", "a", "an", "its", "their", "his", "her"};
    const sg_textdoc_t *doc = cx->doc;
    size_t n, na;

    if (i + 2 >= se || i == 0 || doc->toks[i + 1].kind != SG_TK_WORD ||
        sg_i_is_cap(doc, i + 1)) {
        return 0; /* (the cheap tests first: many words come here) */
    }
    na = sg_i_match(cx->lex, SG_I_T_ANAPHORS, doc, i, se, v);
    return na && !IN_LIST(doc, i - 1, dets) &&
                   strcmp(cx->lex->anaphor_targets.v[*v], "organisation") != 0 &&
                   is_role_at(cx, i + na, se, &n) && i + na + n < se &&
                   sg_i_is_cap(doc, i + na + n)
               ? na
               : 0;
}

/* Does a verb of a stance start at token k, or after an auxiliary ("backed",
 * "has backed", "would not support")? */
static int stance_verb_after(const sg_i_ctx_t *cx, size_t k, size_t se) {
    const sg_textdoc_t *doc = cx->doc;
    size_t v;
    k += k + 1 < se && sg_i_auxiliary(doc, k);
    k += k + 1 < se && (sg_tok_is(doc, k, "not") || sg_tok_is(doc, k, "also"));
    return k < se && doc->toks[k].kind == SG_TK_WORD &&
           sg_i_match(cx->lex, SG_I_T_STANCE, doc, k, se, &v) &&
           !(v & (SG_I_ST_EVAL | SG_I_ST_NONE | SG_I_ST_AGENT));
}

/* What an anaphor of the council's kind at token k points at: a council of that
 * kind, "County Council" or "City Council" (kind), whose name holds it; any council
 * for a borough's or a district's, which are often named "X Council". */
static const char *council_kind_target(const sg_textdoc_t *doc, size_t k,
                                       const char *kind) {
    return sg_tok_is(doc, k, "county") || sg_tok_is(doc, k, "city") ? kind : "council";
}

static sg_err_t lower_phrase(sg_i_ctx_t *cx, size_t i, size_t se, size_t *used) {
    const sg_textdoc_t *doc = cx->doc;
    const sg_lexicon_t *lex = cx->lex;
    size_t n, v;
    sg_i_mention_t *m;
    sg_err_t rc;

    *used = 0;
    if ((n = sg_i_match(lex, SG_I_T_REGIONAL, doc, i, se, NULL)) &&
        lower_rest(doc, i, n)) {
        *used = n;
        size_t pb, pe = area_named(cx, i, n, &pb);
        if (pe) { /* "Hospices in Wexshire ... the county's STP": Wexshire's */
            return add_area(cx, i, i + n, pb, pe);
        }
        return add_mention(cx, i, i + n, SG_I_M_REGIONAL, SG_NODE_STP, NULL, NULL);
    }
    /* (or opening a sentence: "City council leader X said") */
    if ((!sg_i_is_cap(doc, i) ||
         ((doc->toks[i].flags & SG_TF_SENT_START) && !is_allcaps(doc, i))) &&
        (n = bare_anaphor(cx, i, se, &v)) != 0) {
        *used = n;
        return add_mention(cx, i, i + n, SG_I_M_ANAPHOR, SG_NODE_ORGANISATION,
                           lex->anaphor_targets.v[v], NULL);
    }
    if ((n = area_plan(doc, i, se)) != 0 || (n = described_plan(doc, i, se)) != 0) {
        *used = n;
        return add_mention(cx, i, i + n, SG_I_M_REGIONAL, SG_NODE_STP, NULL, NULL);
    }
    if ((n = sg_i_match(lex, SG_I_T_COLLECTIVE, doc, i, se, NULL)) &&
        collective_at(cx, i, n)) {
        *used = n;
        return add_mention(cx, i, i + n, SG_I_M_NAME, SG_NODE_COUNCIL, SG_I_COLLECTIVE,
                           NULL);
    }
    /* "said the county backed the plan": a council's area, the subject of a
     * stance's verb, is its council ("the borough", "the district": any council) */
    static const char *const preps[] = {"in",     "across", "of", "for",  "throughout",
                                        "around", "from",   "to", "with", "by"};
    /* (the cheap tests first: every word comes here) */
    int the = i + 2 < se && doc->toks[i].norm_len == 3 && sg_tok_is(doc, i, "the") &&
              doc->toks[i + 1].norm_len >= 4 && !sg_i_is_cap(doc, i + 1);
    const char *kind =
        the ? sg_i_council_kind(doc, i + 1) : NULL;       /* ("County Council") */
    if (kind && !(i > 0 && IN_LIST(doc, i - 1, preps)) && /* (not "across the county") */
        stance_verb_after(cx, i + 2, se)) {
        *used = 2;
        return add_mention(cx, i, i + 2, SG_I_M_ANAPHOR, SG_NODE_ORGANISATION,
                           council_kind_target(doc, i + 1, kind), NULL);
    }
    /* "A day later, city councillors voted to oppose it": a kind of council's
     * members before a vote or a stance speak for that council, named before */
    const char *ck =
        i + 2 < se && doc->toks[i + 1].norm_len == 11 && /* (the cheap test first) */
                !sg_i_is_cap(doc, i) && sg_tok_is(doc, i + 1, "councillors")
            ? sg_i_council_kind(doc, i)
            : NULL;
    if (ck && !(i > 0 && (IN_LIST(doc, i - 1, preps) || sg_i_is_cap(doc, i - 1))) &&
        (sg_tok_is(doc, i + 2, "voted") || stance_verb_after(cx, i + 2, se))) {
        *used = 2;
        return add_mention(cx, i, i + 2, SG_I_M_ANAPHOR, SG_NODE_ORGANISATION,
                           council_kind_target(doc, i, ck), NULL);
    }
    /* "Councillors (in North Lincolnshire) have voted to reject X": a council's
     * members opening the sentence before its verb speak for their council */
    if ((doc->toks[i].flags & SG_TF_SENT_START) && i + 2 < se &&
        sg_tok_is(doc, i, "councillors")) {
        size_t e = i + 1;
        if (e + 1 < se && sg_tok_is(doc, e, "in") && sg_i_is_cap(doc, e + 1)) {
            for (e++; e < se && e < i + 6 && sg_i_is_cap(doc, e); e++) {
            }
        }
        if (e < se && (sg_i_auxiliary(doc, e) || sg_tok_is(doc, e, "voted") ||
                       stance_verb_after(cx, e, se))) {
            *used = e - i;
            return add_mention(cx, i, e, SG_I_M_ANAPHOR, SG_NODE_COUNCIL,
                               SG_I_COUNCILLORS, NULL);
        }
    }
    /* "the fund's chief executive": a body whose name's head is "Fund" (the King's
     * Fund); "the fund" alone is money as often, no anaphor */
    if (the && i + 3 < se && sg_tok_is(doc, i + 1, "fund") &&
        sg_tok_is(doc, i + 2, "'s") && is_role_at(cx, i + 3, se, NULL)) {
        *used = 2;
        return add_mention(cx, i, i + 2, SG_I_M_ANAPHOR, SG_NODE_ORGANISATION, "fund",
                           NULL);
    }
    /* (past a word that says the body is newly made: "the new CCG", "the merged
     * trust") */
    static const char *const fresh[] = {"new", "merged", "combined", "single"};
    size_t q = i + 1 +
               (i + 2 < se && sg_tok_is(doc, i, "the") && IN_LIST(doc, i + 1, fresh) &&
                formed_last(cx));
    if (sg_tok_is(doc, i, "the") && q < se &&
        (n = sg_i_match(lex, SG_I_T_ANAPHORS, doc, q, se, &v)) &&
        lower_rest(doc, i, q - i + n) && !sg_i_is_cap(doc, q + n) &&
        !(q + n + 1 < se && doc->toks[q + n].kind == SG_TK_NUM &&
          sg_i_is_cap(doc, q + n + 1)) && /* "the campaign group 999 Call for ..." */
        !(n == 1 && q + 1 < se && sg_tok_is(doc, q + 1, "of") &&
          IN_LIST(doc, q, abstract_nouns) && !accusing(doc, i))) {
        *used = q - i + n;
        rc = add_mention(cx, i, q + n, SG_I_M_ANAPHOR, SG_NODE_ORGANISATION,
                         lex->anaphor_targets.v[v], &m);
        return rc;
    }
    if (sg_tok_is(doc, i, "the") && i + 2 < se) {
        sg_err_t rc2 = kind_anaphor(cx, i, se, used);
        if (rc2 != SG_OK || *used) {
            return rc2;
        }
    }
    if (sg_tok_is(doc, i, "the") && i + 1 < se && IN_LIST(doc, i + 1, docref_nouns) &&
        !sg_i_is_cap(doc, i + 1)) {
        *used = 2;
        return add_mention(cx, i, i + 2, SG_I_M_DOCREF, SG_NODE_ORGANISATION, NULL, NULL);
    }
    if ((n = sg_i_match(lex, SG_I_T_PROGRAMME, doc, i, se, NULL)) && n >= 2 &&
        lower_rest(doc, i, n)) {
        *used = n;
        m = cx->nm ? &cx->m[cx->nm - 1] : NULL;
        if (m && m->te == i && m->type == SG_NODE_STP && m->name &&
            strcmp(m->name, SG_I_PROGRAMME) != 0) {
            /* "the Frimley Health and Care sustainability and transformation
             * partnership (STP)": the footprint's plan, its words and letters */
            m->te = i + n;
            if (m->te + 2 < se && sg_tok_is(doc, m->te, "(") &&
                is_stp_word(doc, m->te + 1) && sg_tok_is(doc, m->te + 2, ")")) {
                m->te += 3;
                *used += 3;
            }
            return SG_OK;
        }
        return add_programme(cx, i, i + n);
    }
    /* (not "the county council's health committee", "the London Assembly health
     * committee": a body's own; but "the Commons health committee") */
    static const char *const houses[] = {"commons", "lords", "parliamentary"};
    if ((n = sg_i_match(lex, SG_I_T_GAZ, doc, i, se, &v)) && n >= 2 &&
        lower_rest(doc, i, n) && !sg_i_is_cap(doc, i + n) &&
        !(i > 0 && sg_tok_is(doc, i - 1, "'s")) &&
        !(i > 0 && sg_i_is_cap(doc, i - 1) &&
          !(doc->toks[i - 1].flags & SG_TF_SENT_START) && !IN_LIST(doc, i - 1, houses))) {
        *used = n;
        return add_gaz(cx, i, i + n, (long)v);
    }
    return SG_OK;
}

/* Does paragraph p head a page's readers' comments ("Comments (3)", "12 comments",
 * "Leave a reply")? What follows is no part of the article. */
static int comments_heading(const sg_textdoc_t *doc, size_t p) {
    static const char *const heads[] = {
        "comments",          "comment",
        "leave a comment",   "leave a reply",
        "reader comments",   "join the discussion",
        "readers' comments", "readers\xe2\x80\x99 comments",
        "readers comments",  "have your say"};
    const sg_paragraph_t *pa = &doc->paras[p];
    size_t n = pa->end - pa->start;
    const char *t = doc->text + pa->start;

    if (n == 0 || n > 40) {
        return 0; /* (a heading is short; most paragraphs go no further) */
    }
    while (n > 0 && (t[n - 1] == ':' || t[n - 1] == ' ' || t[n - 1] == ')' ||
                     (t[n - 1] >= '0' && t[n - 1] <= '9') || t[n - 1] == '(')) {
        n--; /* "Comments (3)" */
    }
    while (n > 0 && ((*t >= '0' && *t <= '9') || *t == ' ')) {
        t++; /* "12 comments" */
        n--;
    }
    for (size_t k = 0; k < sizeof(heads) / sizeof(heads[0]); k++) {
        if (strlen(heads[k]) == n && strncasecmp(t, heads[k], n) == 0) {
            return 1;
        }
    }
    return 0;
}

/* Does paragraph p head a list of links to other stories ("Related articles",
 * "Read more:")? */
static int links_heading(const sg_textdoc_t *doc, size_t p) {
    static const char *const heads[] = {"related articles",
                                        "related stories",
                                        "related content",
                                        "related news",
                                        "related",
                                        "read more",
                                        "more on this story",
                                        "more on this topic",
                                        "you may also like",
                                        "most read",
                                        "most popular",
                                        "latest news",
                                        "further reading",
                                        "see also",
                                        "recommended",
                                        "related posts",
                                        "related links",
                                        "recent posts",
                                        "popular posts",
                                        "more stories",
                                        "more news",
                                        "you might also like",
                                        "also in the news"};
    const sg_paragraph_t *pa = &doc->paras[p];
    size_t n = pa->end - pa->start;
    const char *t = doc->text + pa->start;

    while (n > 0 && (t[n - 1] == ':' || t[n - 1] == ' ')) {
        n--;
    }
    for (size_t k = 0; k < sizeof(heads) / sizeof(heads[0]); k++) {
        if (n && (t[0] | 0x20) == heads[k][0] && strlen(heads[k]) == n &&
            strncasecmp(t, heads[k], n) == 0) {
            return 1;
        }
    }
    return 0;
}

/* Is paragraph p a line of a page's tags or sharing links ("Tags: STP, NHS",
 * "Share this: Facebook | Twitter", "Read more: ..."), its copyright, a wire
 * story's credits ("(Reporting by Jane Smith; Editing by Tom Brown)": the
 * journalists are no stakeholders) or a press release's contact ("Media contact:
 * Jo Hart, 01632 960123")? */
static int tag_line(const sg_textdoc_t *doc, size_t p) {
    static const char *const heads[] = {
        "tags:", "topics:", "share this:", "filed under:", "keywords:", "share:",
        "(reporting by ", "reporting by ", "(additional reporting by ",
        "additional reporting by ", "(writing by ", "(editing by ", "media contact",
        "press contact", "for media enquiries", "for further information contact",
        /* a link to another story; the page's copyright ("Copyright 2016 X") */
        "read more:", "see also:", "related:", "copyright 1", "copyright 2",
        "copyright \xc2\xa9", "copyright (c)", "(c) 1", "(c) 2"};
    const sg_paragraph_t *pa = &doc->paras[p];
    size_t n = pa->end - pa->start;
    char c0 = (char)(doc->text[pa->start] | 0x20);

    if (n >= 2 && (unsigned char)doc->text[pa->start] == 0xC2 &&
        (unsigned char)doc->text[pa->start + 1] == 0xA9) {
        return 1; /* "\xc2\xa9 2016 X Limited" */
    }
    if (!strchr("tsfk(ramc", c0) || c0 == 0) {
        return 0; /* (most paragraphs: no head's first letter) */
    }
    for (size_t k = 0; k < sizeof(heads) / sizeof(heads[0]); k++) {
        if (heads[k][0] != c0) {
            continue;
        }
        size_t hl = strlen(heads[k]);
        if (n >= hl && strncasecmp(doc->text + pa->start, heads[k], hl) == 0) {
            return 1;
        }
    }
    return 0;
}

/* Does paragraph p end as prose does, with a full stop (inside closing quotation
 * marks or not), not as a headline may ("... slams STP as ‘cuts in disguise’",
 * "Are STPs working?")? */
static int ends_prose(const sg_textdoc_t *doc, size_t p) {
    const sg_paragraph_t *pa = &doc->paras[p];
    size_t e = pa->end;

    while (e > pa->start && (doc->text[e - 1] == ' ' || doc->text[e - 1] == '\t')) {
        e--;
    }
    /* (past closing quotation marks: ", ', and the last bytes of ” and ’) */
    while (e > pa->start && (doc->text[e - 1] == '"' || doc->text[e - 1] == '\'')) {
        e--;
    }
    while (e >= pa->start + 3 && (unsigned char)doc->text[e - 3] == 0xe2 &&
           (unsigned char)doc->text[e - 2] == 0x80 &&
           ((unsigned char)doc->text[e - 1] == 0x9d ||
            (unsigned char)doc->text[e - 1] == 0x99)) {
        e -= 3;
    }
    return e > pa->start && doc->text[e - 1] == '.';
}

/* Is paragraph p a headline in title case ("Why The STP Process Matters For Social
 * Care"): four words or more, none in lower case, a small word among them in
 * capitals? Its capitals say nothing of names. */
/* "one senior NHS manager", "A Tarn Hospital consultant said": the name [a, b)
 * before a noun for people, after "a", "an", "one" or "another" (and up to two
 * words), says where an unnamed person works; it names no stakeholder there, and
 * no speaker (not "an NHS England spokesman", the body's voice). */
static int unnamed_member(const sg_i_ctx_t *cx, size_t a, size_t b, size_t se) {
    static const char *const people[] = {
        "manager",  "managers",  "source",     "sources",     "insider",   "insiders",
        "doctor",   "doctors",   "nurse",      "nurses",      "worker",    "workers",
        "employee", "employees", "consultant", "consultants", "boss",      "bosses",
        "patient",  "patients",  "campaigner", "campaigners", "executive", "executives"};
    static const char *const indefinite[] = {"a", "an", "one", "another"};
    /* (not after a person: "X, a Tarn Hospital consultant," "X is an NHS England
     * manager": the person named works there) */
    static const char *const of_person[] = {",", "is", "was", "as", "("};
    const sg_textdoc_t *doc = cx->doc;
    int unnamed = IN_LIST(doc, a, indefinite); /* "A Tarn Hospital consultant said" */
    for (size_t k = a; !unnamed && k-- > 0 && k + 3 >= a;) {
        if (IN_LIST(doc, k, indefinite)) {
            unnamed = !(k > 0 && IN_LIST(doc, k - 1, of_person));
            break;
        }
        if (doc->toks[k].kind != SG_TK_WORD || sg_i_is_cap(doc, k)) {
            break;
        }
    }
    return unnamed && b < se && !sg_i_is_cap(doc, b) && IN_LIST(doc, b, people);
}

static int title_case(const sg_i_ctx_t *cx, size_t p) {
    static const char *const small[] = {"the", "for", "to",   "of",   "and", "in",
                                        "on",  "at",  "with", "over", "as",  "by"};
    const sg_textdoc_t *doc = cx->doc;
    const sg_paragraph_t *pa = &doc->paras[p];
    size_t words = 0;
    int small_cap = 0;

    if (pa->tok_begin + 3 < pa->tok_end && sg_tok_is(doc, pa->tok_begin + 2, ",") &&
        sg_i_tok_in(cx->lex, SG_I_T_FIRST_NAMES, doc, pa->tok_begin, NULL)) {
        return 0; /* a byline: "Ann Lee, Senior Fellow, The Tarn Institute" */
    }
    for (size_t k = pa->tok_begin; k < pa->tok_end; k++) {
        if (doc->toks[k].kind != SG_TK_WORD) {
            continue;
        }
        if (!sg_i_is_cap(doc, k)) {
            return 0;
        }
        words++;
        small_cap |= k > pa->tok_begin && IN_LIST(doc, k, small);
    }
    return words >= 4 && small_cap;
}

/* A party's adjective where it names the party a person belongs to: before an
 * MP's letters ("Conservative MP Sarah Wollaston", "the Liberal Democrat MP for
 * Wexmoor") or as what a person is ("X, a Conservative, said", "a Lib Dem
 * councillor"); not before other roles ("the Conservative leader of Tarn Council":
 * the role is the council's). A mention of the party; its number of tokens, 0 when
 * none; *rc an error. */
SG_I_COLD static size_t party_adjective(sg_i_ctx_t *cx, size_t i, size_t se,
                                        sg_err_t *rc) {
    static const struct {
        const char *first, *second, *party;
        int abbreviation; /* only in brackets: "Cllr X (Con, Hale)" */
    } adjectives[] = {{"conservative", NULL, "Conservatives", 0},
                      {"tory", NULL, "Conservatives", 0},
                      {"liberal", "democrat", "Liberal Democrats", 0},
                      {"lib", "dem", "Liberal Democrats", 0},
                      {"green", NULL, "Green Party", 0},
                      {"con", NULL, "Conservatives", 1},
                      {"lab", NULL, "Labour", 1},
                      {"ld", NULL, "Liberal Democrats", 1}};
    const sg_textdoc_t *doc = cx->doc;
    size_t t = i; /* (the sentence's "The" before it: "The Tory MP for Y, X") */

    *rc = SG_OK;
    i += i + 1 < se && doc->toks[i].norm_len == 3 && sg_tok_is(doc, i, "the");
    /* (or its "A": "A Conservative MP has criticised X") */
    i += i == t && i + 1 < se && (doc->toks[i].flags & SG_TF_SENT_START) &&
         (sg_tok_is(doc, i, "a") || sg_tok_is(doc, i, "an"));
    /* (or a count or a word of what kind opening the sentence: "Two Tory MPs
     * opposed it", "Local Liberal Democrat councillor X") */
    static const char *const kinds[] = {"local", "veteran", "senior", "fellow",
                                        "prominent"};
    i += i == t && i + 1 < se && (doc->toks[i].flags & SG_TF_SENT_START) &&
         (IN_LIST(doc, i, number_words) || IN_LIST(doc, i, kinds));
    char c0 = (char)(doc->text[doc->toks[i].start] | 0x20);
    if ((c0 != 'c' && c0 != 't' && c0 != 'l' && c0 != 'g') || !sg_i_party_word(doc, i)) {
        return 0; /* (most names: no party's first letter, nor its word) */
    }
    for (size_t a = 0; a < sizeof(adjectives) / sizeof(adjectives[0]); a++) {
        if (!sg_tok_is(doc, i, adjectives[a].first)) {
            continue;
        }
        size_t e = i + 1;
        if (adjectives[a].second) {
            if (!sg_tok_is(doc, e, adjectives[a].second) || !sg_i_is_cap(doc, e)) {
                return 0;
            }
            e++;
        }
        int is_a = i > doc->sents[doc->toks[i].sent].tok_begin &&
                   (sg_tok_is(doc, i - 1, "a") || sg_tok_is(doc, i - 1, "an"));
        /* (or what a person is, ending a clause: "Mr Forde is Conservative;") */
        int is_pred =
            i > doc->sents[doc->toks[i].sent].tok_begin && t == i && e < se &&
            (sg_tok_is(doc, i - 1, "is") || sg_tok_is(doc, i - 1, "was")) &&
            (sg_tok_is(doc, e, ";") || sg_tok_is(doc, e, ".") || sg_tok_is(doc, e, ","));
        /* (or an apposition's role: "X, Liberal Democrat member for Daventry,") */
        /* (past a "the": "X, the Conservative candidate, said") */
        size_t ct = t - (t > 1 && sg_tok_is(doc, t - 1, "the"));
        int role = ct > 0 && sg_tok_is(doc, ct - 1, ",") && sg_i_party_role(doc, e) &&
                   doc->toks[e].kind == SG_TK_WORD && !sg_tok_is(doc, e, "who");
        /* (or a party in brackets after a person's name: "Cllr X (Con, Hale)",
         * "(Lab)", Hansard's "Mr X (Exeter) (Lab):" - the name the mention added
         * last, tokens not yet mapped to mentions) */
        const sg_i_mention_t *lm = cx->nm ? &cx->m[cx->nm - 1] : NULL;
        if (lm && i >= 3 && sg_tok_is(doc, i - 1, "(") && sg_tok_is(doc, i - 2, ")")) {
            size_t o = i - 2; /* (past the seat named in the brackets before:
                               * "(Exeter)", "(Tarnbury South)") */
            while (o > 0 && o + 6 > i && !sg_tok_is(doc, o, "(")) {
                o--;
            }
            while (lm > cx->m && lm->te > o) {
                lm--;
            }
        }
        /* (or after the seat in the brackets: "X (Totnes, Conservative):") */
        size_t ob = i - 1;
        if (i > 3 && t == i && sg_tok_is(doc, i - 1, ",") && sg_tok_is(doc, e, ")")) {
            for (ob = i - 2; ob > 0 && ob + 7 > i &&
                             (sg_i_is_cap(doc, ob) || sg_tok_is(doc, ob, "and"));
                 ob--) {
            }
            while (lm && lm > cx->m && lm->te > ob) {
                lm--; /* (past a place the seat names: "(Exeter, Labour)") */
            }
        }
        int bracket = ob > 0 && sg_tok_is(doc, ob, "(") && t == i &&
                      (sg_tok_is(doc, e, ",") || sg_tok_is(doc, e, ")")) && lm &&
                      lm->type == SG_NODE_PERSON &&
                      (lm->te == ob || (sg_tok_is(doc, lm->te, "(") &&
                                        sg_tok_is(doc, ob - 1, ")") && lm->te + 8 > ob));
        /* (or a role only a party's member holds, before the name: "Conservative
         * councillor X", "Lib Dem group leader Cllr X") */
        /* (or the name in apposition after it, or the seat: "The Conservative
         * candidate, X,", "the Labour candidate for Y, X") */
        size_t ne =
            e + 1 +
            (e + 2 < se && (sg_tok_is(doc, e + 1, ",") || sg_tok_is(doc, e + 1, "for")));
        int member = e + 1 < se && !adjectives[a].abbreviation &&
                     ((sg_i_party_role(doc, e) && doc->toks[e].kind == SG_TK_WORD &&
                       !sg_tok_is(doc, e, "who") && !sg_tok_is(doc, e, "member") &&
                       sg_i_is_cap(doc, ne)) ||
                      (sg_tok_is(doc, e, "group") && sg_tok_is(doc, e + 1, "leader")));
        /* (or a portfolio's, a word or two before it: "Conservative health minister
         * X", "Tory health spokesman X") */
        static const char *const portfolio_roles[] = {"minister", "spokesman",
                                                      "spokeswoman", "spokesperson"};
        for (size_t k = e + 1;
             !member && !adjectives[a].abbreviation && k + 1 < se && k < e + 3 &&
             doc->toks[k - 1].kind == SG_TK_WORD && !sg_i_is_cap(doc, k - 1);
             k++) {
            member = IN_LIST(doc, k, portfolio_roles) && sg_i_is_cap(doc, k + 1);
        }
        /* (or before its members in the plural: "Conservative councillors voted
         * against it"; or its group on a council: "The Conservative group
         * abstained") */
        static const char *const members[] = {"councillors", "peers",   "activists",
                                              "candidates",  "members", "group"};
        int plural = !adjectives[a].abbreviation && IN_LIST(doc, e, members) &&
                     doc->toks[e].kind == SG_TK_WORD && !sg_i_is_cap(doc, e);
        /* (or right before a name: "Conservative Sarah Hale") */
        /* (or two words in capitals that end there, a given name not known:
         * "Liberal Democrat Esmerelda Ray signed") */
        int named =
            e + 1 < se && !adjectives[a].abbreviation && sg_i_is_cap(doc, e) &&
            (sg_i_tok_in(cx->lex, SG_I_T_FIRST_NAMES, doc, e, NULL) ||
             sg_i_tok_in(cx->lex, SG_I_T_TITLES, doc, e, NULL) ||
             ((e + 2 >= se || !sg_i_is_cap(doc, e + 2)) && subject_ends(cx, e + 2, se) &&
              bare_pair(cx, e) && !sg_i_party_word(doc, e))) &&
            sg_i_is_cap(doc, e + 1);
        if (e >= se || !(sg_i_postnominal(doc, e) ||
                         (is_a && (sg_i_party_role(doc, e) || sg_tok_is(doc, e, "."))) ||
                         is_pred || role || bracket || member || plural || named)) {
            return 0;
        }
        if (adjectives[a].abbreviation && !bracket) {
            return 0;
        }
        *rc = add_mention(cx, i, e, SG_I_M_NAME, SG_NODE_ORGANISATION,
                          adjectives[a].party, NULL);
        return *rc == SG_OK ? e - t : 0;
    }
    return 0;
}

/* "the Newcastle trust", "the Derby CCG": after "the", a place's words in capitals
 * and a body's word in lower case that says which of the bodies named before it is
 * (the one whose name holds both; resolved later). An anaphor's mention of the
 * words with "the"; its number of tokens from i, 0 when none; *rc an error. */
SG_I_COLD static size_t place_anaphor(sg_i_ctx_t *cx, size_t i, size_t se, sg_err_t *rc) {
    static const char *const bodies[] = {"trust", "ccg", "hospital"};
    const sg_textdoc_t *doc = cx->doc;
    size_t k = i, v;

    *rc = SG_OK;
    if (i == 0 || doc->toks[i - 1].norm_len != 3 || !sg_tok_is(doc, i - 1, "the") ||
        (doc->toks[i].flags & SG_TF_SENT_START)) {
        return 0;
    }
    while (k < se && k < i + 3 && sg_i_is_cap(doc, k)) {
        k++;
    }
    if (k == i || k >= se || doc->toks[k].kind != SG_TK_WORD || sg_i_is_cap(doc, k) ||
        !IN_LIST(doc, k, bodies) || (k + 1 < se && sg_i_is_cap(doc, k + 1)) ||
        sg_i_match(cx->lex, SG_I_T_ANAPHORS, doc, k, k + 1, &v) != 1) {
        return 0; /* (the cheap tests first: "the" before a name is common) */
    }
    for (size_t j = i; j < k; j++) {
        if (is_allcaps(doc, j) || sg_i_party_word(doc, j)) {
            return 0; /* (not "the NHS trust", "the Labour council") */
        }
    }
    *rc = add_mention(cx, i - 1, k + 1, SG_I_M_ANAPHOR, SG_NODE_ORGANISATION,
                      cx->lex->anaphor_targets.v[v], NULL);
    return *rc == SG_OK ? k + 1 - i : 0;
}

/* Does the place at token i open a name of places and a body's tail word after a
 * comma ("Barking, Havering and Redbridge University Hospitals NHS Trust")? Where
 * the name ends, else 0. */
SG_I_COLD static size_t places_body(const sg_i_ctx_t *cx, size_t i, size_t se) {
    const sg_textdoc_t *doc = cx->doc;
    size_t e = i + 1;

    /* (no body's letters: "the GMB, Unite and the Royal College of Nursing" is a
     * list) */
    if (e + 3 >= se || !sg_tok_is(doc, e, ",") || !sg_i_is_cap(doc, e + 1) ||
        is_allcaps(doc, i) || org_word(cx, i, e) ||
        sg_i_tok_in(cx->lex, SG_I_T_STARTERS, doc, i, NULL)) {
        return 0;
    }
    /* (nor a body's name known: "Unison, Unite and Royal College of Nursing") */
    size_t gv, gn = sg_i_match(cx->lex, SG_I_T_GAZ, doc, i, e, &gv);
    if (gn == 1 && cx->lex->gazetteer[gv].type == SG_NODE_ORGANISATION) {
        return 0;
    }
    size_t e2 = seq_end(doc, e + 1, se);
    int joined = 0;
    for (size_t k = e + 2; k + 1 < e2 && !joined; k++) {
        joined = (sg_tok_is(doc, k, "and") || sg_tok_is(doc, k, "&")) &&
                 !org_word(cx, e + 1, k) && !sg_tok_is(doc, k + 1, "the");
    }
    /* (to the last body's word when the run goes on past it: "... CCG and the
     * STP's") */
    for (size_t p = e2; joined && !org_word(cx, e + 1, e2) && p-- > e + 3;) {
        if (org_word(cx, e + 1, p)) {
            e2 = p;
        }
    }
    /* (nor past a body's word, "and" and another name: "Northern, Eastern and
     * Western Devon CCG and South Devon and Torbay CCG" are two) */
    for (size_t p = e + 3; joined && p + 1 < e2; p++) {
        if (sg_tok_is(doc, p, "and") && sg_i_is_cap(doc, p + 1) &&
            org_word(cx, e + 1, p)) {
            e2 = p;
            break;
        }
    }
    int ow = org_word(cx, e + 1, e2);
    return joined && ow && !(ow & SG_I_OW_COUNCIL) && gaz_exact(cx, e + 1, e2, 1) < 0 ? e2
                                                                                      : 0;
}

/* A transcript's speaker in capitals at a paragraph's start, a given name and a
 * surname or two before brackets or a colon ("NIA PRYCE (Dunmore Borough Council):
 * ...", "OWEN TATE: ..."): a person, named as the text would write it ("Nia
 * Pryce"). Its number of tokens, 0 when none; *rc an error. */
SG_I_COLD static size_t caps_speaker(sg_i_ctx_t *cx, size_t i, size_t se, sg_err_t *rc) {
    const sg_textdoc_t *doc = cx->doc;
    size_t e = i;
    char name[96];
    size_t n = 0;

    *rc = SG_OK;
    while (e < se && e < i + 3 && is_allcaps(doc, e)) {
        e++;
    }
    if (e < i + 2 || e >= se || !(sg_tok_is(doc, e, "(") || sg_tok_is(doc, e, ":")) ||
        !sg_i_tok_in(cx->lex, SG_I_T_FIRST_NAMES, doc, i, NULL)) {
        return 0;
    }
    /* (not the letters after the name: "BEN BRADSHAW MP:") */
    size_t ne = e > i + 2 && sg_i_postnominal(doc, e - 1) ? e - 1 : e;
    for (size_t k = i; k < ne; k++) {
        const char *w = doc->text + doc->toks[k].start;
        size_t len = doc->toks[k].end - doc->toks[k].start;
        if (n + len + 2 > sizeof(name)) {
            return 0;
        }
        if (k > i) {
            name[n++] = ' ';
        }
        for (size_t j = 0; j < len; j++) { /* capital after a start, a hyphen, a ' */
            int first = j == 0 || w[j - 1] == '-' || w[j - 1] == '\'';
            char c = w[j];
            name[n++] = (char)(!first && c >= 'A' && c <= 'Z' ? c + 32 : c);
        }
    }
    name[n] = '\0';
    *rc = add_mention(cx, i, ne, SG_I_M_NAME, SG_NODE_PERSON, name, NULL);
    return *rc == SG_OK ? e - i : 0;
}

/* Is the month at token i a given name, opening a person's name of two words
 * before an apposition, a label's colon or a reporting verb ("June Palmer, leader
 * of X:", "May Lee said"; not "June 2017", "May Hale Council")? */
static int month_name_given(const sg_textdoc_t *doc, size_t i, size_t se) {
    static const char *const months[] = {"april", "may", "june", "august"};
    return i + 2 < se && IN_LIST(doc, i, months) && sg_i_is_cap(doc, i + 1) &&
           !is_allcaps(doc, i + 1) && doc->toks[i + 1].kind == SG_TK_WORD &&
           (sg_tok_is(doc, i + 2, ",") || sg_tok_is(doc, i + 2, ":") ||
            sg_tok_is(doc, i + 2, "said") || sg_tok_is(doc, i + 2, "says"));
}

sg_err_t sg_i_find_mentions(sg_i_ctx_t *cx) {
    const sg_textdoc_t *doc = cx->doc;
    sg_err_t rc;
    int links = 0;    /* in a list of links to other stories */
    int comments = 0; /* in readers' comments, after their heading */
    int tags = 0;     /* in a line of tags */
    int titled = 0;   /* in a headline in title case */
    size_t para = (size_t)-1;

    for (size_t s = 0; s < doc->nsents; s++) {
        size_t se = doc->sents[s].tok_end;
        if (doc->sents[s].para != para) {
            para = doc->sents[s].para;
            links = links_heading(doc, para) || (links && !ends_prose(doc, para));
            if (!comments && comments_heading(doc, para)) {
                comments = 1;
                cx->body_end = doc->paras[para].tok_begin;
            }
            tags = tag_line(doc, para);
            titled = title_case(cx, para);
        }
        if (links || tags || comments) {
            continue; /* the headlines under "Related articles"; "Tags: ..."; readers'
                       * comments */
        }
        for (size_t i = doc->sents[s].tok_begin; i < se;) {
            size_t used = 0, gv;
            if (doc->toks[i].kind == SG_TK_NUM &&
                (used = sg_i_match(cx->lex, SG_I_T_GAZ, doc, i, se, &gv)) > 1) {
                /* a body whose name opens with a number: "999 Call for the NHS" */
                if ((rc = add_gaz(cx, i, i + used, (long)gv)) != SG_OK) {
                    return rc;
                }
                i += used;
                continue;
            }
            if (doc->toks[i].kind != SG_TK_WORD) {
                i++;
                continue;
            }
            if ((used = councils_in_place(cx, i, se)) != 0) {
                /* "Four councils on Teesside": the place's councils, a group */
                if ((rc = add_place_council(cx, i, i + used, i + 3, i + used,
                                            "councils")) != SG_OK) {
                    return rc;
                }
                i += used;
                continue;
            }
            if ((rc = lower_phrase(cx, i, se, &used)) != SG_OK) {
                return rc;
            }
            if (used) {
                i += used;
                continue;
            }
            if (!sg_i_is_cap(doc, i) || (i > 0 && sg_tok_is(doc, i - 1, "@") &&
                                         !(doc->toks[i].flags & SG_TF_SPACE_BEFORE))) {
                i++; /* (nor "@LocalGovNews": an account's handle) */
                continue;
            }
            size_t tv;
            if ((doc->toks[i].flags & SG_TF_SENT_START) && i + 1 < se &&
                sg_i_is_cap(doc, i + 1) &&
                sg_i_tok_in(cx->lex, SG_I_T_NONSTAKE, doc, i, &tv) &&
                tv == SG_I_NS_TIME &&
                sg_i_match(cx->lex, SG_I_T_NONSTAKE, doc, i, se, NULL) == 1 &&
                !sg_i_match(cx->lex, SG_I_T_GAZ, doc, i, se, NULL) &&
                !month_name_given(doc, i, se)) {
                i++; /* a time opening the sentence is no part of what follows:
                      * "Yesterday Conservative councillors voted" */
                continue;
            }
            static const char *const openers[] = {"but",       "and", "yet",  "however",
                                                  "meanwhile", "now", "also", "so"};
            if ((doc->toks[i].flags & SG_TF_SENT_START) && i + 2 < se &&
                sg_i_party_word(doc, i + 1) && IN_LIST(doc, i, openers)) {
                i++; /* "But Conservative MP X": the party's word read next */
                continue;
            }
            size_t listed = council_list(cx, i, se, &rc);
            if (rc != SG_OK) {
                return rc;
            }
            if (listed) {
                i += listed;
                continue;
            }
            if ((listed = party_adjective(cx, i, se, &rc)) != 0) {
                i += listed; /* "Conservative MP X" */
                continue;
            }
            if (rc != SG_OK) {
                return rc;
            }
            if ((listed = place_anaphor(cx, i, se, &rc)) != 0) {
                i += listed; /* "the Newcastle trust" */
                continue;
            }
            if (rc == SG_OK && (doc->toks[i].flags & SG_TF_SENT_START) && i + 1 < se &&
                sg_tok_is(doc, i, "the") &&
                (listed = place_anaphor(cx, i + 1, se, &rc)) != 0) {
                i += 1 + listed; /* (opening a sentence: "The Fenby trust's ...") */
                continue;
            }
            if (rc != SG_OK) {
                return rc;
            }
            if ((doc->toks[i].flags & SG_TF_PARA_START) && is_allcaps(doc, i) &&
                (listed = caps_speaker(cx, i, se, &rc)) != 0) {
                i += listed; /* "NIA PRYCE (Dunmore Borough Council): ..." */
                continue;
            }
            if (rc != SG_OK) {
                return rc;
            }
            size_t e0 = seq_end(doc, i, se), ce = campaign_extent(doc, i, e0, se);
            if (ce != e0) { /* (one body's name, whatever "and" is in it) */
                size_t a = i + sg_tok_is(doc, i, "the");
                sg_i_mention_t *cm;
                if ((rc = add_mention(cx, a, ce, SG_I_M_NAME, SG_NODE_ORGANISATION, NULL,
                                      &cm)) != SG_OK) {
                    return rc;
                }
                if (ce + 2 < se && sg_tok_is(doc, ce, "(") && is_allcaps(doc, ce + 1) &&
                    sg_tok_is(doc, ce + 2, ")")) { /* ("... in Kent (SONIK)") */
                    if (!(cm->acronym = sg_i_surface(doc, ce + 1, ce + 2))) {
                        return SG_ENOMEM;
                    }
                    ce += 3;
                }
                i = ce;
                continue;
            }
            size_t e = acronym_spanned(doc, i, e0, se);
            i = place_before_body(cx, i, e);
            size_t av; /* "leader Rhona Pike and CCG chair Tomas Brell": a body's letters
                        * alone after "and", before a role, open a phrase of their own */
            if (e >= i + 4 && e < se && sg_tok_is(doc, e - 2, "and") &&
                is_allcaps(doc, e - 1) &&
                sg_i_match(cx->lex, SG_I_T_ANAPHORS, doc, e - 1, e, &av) == 1 &&
                is_role_at(cx, e, se, NULL)) {
                e -= 2;
            }
            size_t start = cx->nm;
            if (e == i + 1 && e + 1 < se &&
                ((sg_tok_is(doc, e, "'s") && place_of_council_before(cx, i, se)) ||
                 council_place_subject(cx, i, se))) {
                /* "Hackney's cabinet member for health" after "the London Borough
                 * of Hackney": the council */
                if ((rc = add_place_council(cx, i, e, i, e, "Council")) != SG_OK) {
                    return rc;
                }
                i = e;
                continue;
            }
            /* "Calderdale and Kirklees 999 Call for the NHS": places before a body's
             * name that opens with a number, a local group's one name */
            size_t nn;
            if (e < se && doc->toks[e].kind == SG_TK_NUM && !org_word(cx, i, e) &&
                !sg_i_tok_in(cx->lex, SG_I_T_STARTERS, doc, i, NULL) &&
                !sg_i_match(cx->lex, SG_I_T_GAZ, doc, i, e, NULL) && /* (not "GMB and") */
                (nn = sg_i_match(cx->lex, SG_I_T_GAZ, doc, e, se, &gv)) > 1) {
                if ((rc = add_mention(cx, i, e + nn, SG_I_M_NAME, SG_NODE_ORGANISATION,
                                      NULL, NULL)) != SG_OK) {
                    return rc;
                }
                i = e + nn;
                continue;
            }
            /* a footprint's name with a comma in it, after "The" too ("The
             * Bedfordshire, Luton and Milton Keynes STP") */
            size_t g0 =
                i + 1 < e && (sg_tok_is(doc, i, "the") ||
                              ((doc->toks[i].flags & SG_TF_SENT_START) &&
                               sg_i_tok_in(cx->lex, SG_I_T_STARTERS, doc, i, NULL)))
                    ? i + 1
                    : i; /* (or "In Bristol, North Somerset and ...") */
            size_t gn = sg_i_match(cx->lex, SG_I_T_GAZ, doc, g0, se, &gv);
            /* (not a body of the footprint's area: "Bristol, North Somerset and
             * South Gloucestershire CCG") */
            size_t gx = g0 + gn;
            int body_after =
                gn && gx < se && sg_i_is_cap(doc, gx) &&
                (org_word(cx, gx - 1, seq_end(doc, gx, se)) ||
                 org_word(cx, gx - 1, gx + 1)); /* ("... CCG and the STP's") */
            /* (or past a lower-case word inside it: "Stoke on Trent"; not a name
             * that ends in one: "NHS providers") */
            if (gn && g0 + gn > e && !body_after &&
                (sg_tok_is(doc, e, ",") || sg_i_is_cap(doc, g0 + gn - 1))) {
                if ((rc = add_gaz_name(cx, g0, gn, se, (long)gv, &i)) != SG_OK) {
                    return rc;
                }
                continue;
            }
            /* (the cheap tests first: a place's name follows "the", "of", "for" or
             * "in") */
            int prep = i > 0 && doc->toks[i - 1].norm_len <= 3 &&
                       IN_LIST(doc, i - 1, area_preps);
            size_t i0 = i; /* (or after "The" opening the sentence: "The Wexmoor
                            * sustainability and transformation partnership has") */
            if (!prep && e > i + 1 && doc->toks[i].norm_len == 3 &&
                sg_tok_is(doc, i, "the")) {
                prep = 1;
                i0 = i + 1;
            }
            size_t ape = 0, pn;
            size_t le = prep && e < se && sg_tok_is(doc, e, ",")
                            ? plan_area_listed(cx, i0, se, &ape)
                            : 0;
            if (!le && prep && e < se && !sg_i_is_cap(doc, e) &&
                (pn = plan_name_at(cx, e, se)) >= 2 && lower_rest(doc, e, pn) &&
                area_before(cx, e) == i0) {
                ape = e; /* "the Northbrook integrated care system": the place's plan */
                le = e + pn;
            }
            if (le) {
                long fo = footprint_opened(cx, i0, ape); /* ("the Northumberland,
                                                          * Tyne and Wear STP") */
                rc = fo >= 0 ? add_gaz(cx, i0, le, fo) : add_area(cx, i0, le, i0, ape);
                if (rc != SG_OK) {
                    return rc;
                }
                i = le;
                continue;
            }
            /* "Barking, Havering and Redbridge University Hospitals NHS Trust": a
             * place, a comma, then places joined by "and" and a body's tail word,
             * one name (not "Tarn Council, Hale Council and Fenby NHS Trust") */
            size_t pe;
            if ((e == i + 1 && (pe = places_body(cx, i, se)) != 0) ||
                (e == i + 2 && sg_tok_is(doc, i, "the") && /* ("The Humber, Coast and
                                                            * Vale Health and Care
                                                            * Partnership") */
                 (pe = places_body(cx, i + 1, se)) != 0)) {
                e = pe;
            } else if (e > i + 3 && e + 3 < se && sg_tok_is(doc, e, ",") &&
                       sg_tok_is(doc, e - 2, "and") && org_word(cx, i, e - 2) &&
                       places_body(cx, e - 1, se)) {
                e -= 2; /* "X NHS Trust and Tees, Esk and Wear Valleys NHS Foundation
                         * Trust": the first body alone, the second read next */
            }
            size_t ln, pp, gap = e < se && sg_tok_is(doc, e, "'s"); /* "Tarnshire's" */
            sg_node_type_t lt;
            const char *lb = e + gap < se ? lower_body(doc, e + gap, se, &ln, &lt) : NULL;
            lb = lb && !org_word(cx, i, e) && !programme_exact(cx, i, e) ? lb : NULL;
            if (lb &&
                !(e - i == 1 && (is_allcaps(doc, i) ||
                                 sg_i_tok_in(cx->lex, SG_I_T_STARTERS, doc, i, NULL)))) {
                /* "Devon county council", "Tarn clinical commissioning group",
                 * "Tarnshire's health and wellbeing board" */
                size_t p = sg_tok_is(doc, i, "the") ? i + 1 : i, tb = i;
                if ((doc->toks[i].flags & SG_TF_SENT_START) && e - i >= 3 &&
                    sg_tok_is(doc, i + 1, "of") &&
                    sg_i_tok_in(cx->lex, SG_I_T_STARTERS, doc, i, NULL)) {
                    p = tb = i + 2; /* "Members of Tarnshire's health and ..." */
                }
                rc = add_place_body(cx, tb, e + gap + ln, p, e, lb, lt);
                e += gap + ln;
            } else if (e + 1 < se && sg_tok_is(doc, e, "'s") &&
                       sg_tok_is(doc, e + 1, "council") && !sg_i_is_cap(doc, e + 1) &&
                       !IN_LIST(doc, e + 2, council_things) && e - i <= 2 &&
                       !org_word(cx, i, e) && !sg_i_party_words(doc, i, e) &&
                       !is_allcaps(doc, i) && !sg_i_area_word(doc, i) &&
                       !sg_i_tok_in(cx->lex, SG_I_T_STARTERS, doc, i, NULL) &&
                       !sg_i_tok_in(cx->lex, SG_I_T_FIRST_NAMES, doc, i, NULL)) {
                /* "Luton's council leader": the place's council (not "Luton's
                 * council tax") */
                rc = add_place_council(cx, i, e + 2, i, e, "Council");
                e += 2;
            } else if (e < se && sg_tok_is(doc, e, "council") && !sg_i_is_cap(doc, e) &&
                       e > i + 2 && e < i + 6 && (pp = party_of_place(doc, i, e)) != 0) {
                /* "Fenby's Labour council leader": the place's council (the party
                 * the one that runs it) */
                rc = add_place_council(cx, i, e + 1, i, pp - 1, "Council");
                e++;
            } else if (e < se &&
                       (sg_tok_is(doc, e, "councils") || sg_tok_is(doc, e, "council")) &&
                       !sg_i_is_cap(doc, e) && !sg_i_party_words(doc, i, e) &&
                       !party_run(doc, e - 1) && !org_word(cx, i, e) &&
                       !programme_exact(cx, i, e) &&
                       !(e - i == 1 &&
                         (is_allcaps(doc, i) ||
                          /* (an area's word names no place, but in a headline it
                           * stands for the council the story names: "County
                           * council backs STP") */
                          (sg_i_area_word(doc, i) &&
                           doc->sents[doc->toks[i].sent].para != doc->headline) ||
                          sg_i_tok_in(cx->lex, SG_I_T_STARTERS, doc, i, NULL) ||
                          IN_LIST(doc, i, sittings) ||
                          ((doc->toks[i].flags & SG_TF_SENT_START) &&
                           sg_i_auxiliary(doc, i))))) {
                /* (not "the BMA council": a body's own council; nor "My council",
                 * "Opinion: Why councils should stay", "Will councils back it?",
                 * "the Conservative council leader": a party's; nor a sitting:
                 * "Full council votes to oppose STP"; nor who runs it: "The
                 * Conservative-run council") */
                rc = council_group(cx, i, e);
                e++;
            } else if (!unnamed_member(cx, i, e, se)) {
                /* in a title-case headline, only the names the gazetteer knows */
                rc = titled ? classify_parts(cx, i, e) : classify(cx, i, e);
            }
            if (rc != SG_OK) {
                return rc;
            }
            /* "Institute of ... Accountancy (CIPFA)": an acronym defined right
             * after; "Society of Local Authority Chief Executives (Solace)" too */
            if (cx->nm > start && e + 2 < se && sg_tok_is(doc, e, "(") &&
                (is_allcaps(doc, e + 1) ||
                 word_initials(doc, cx->m[cx->nm - 1].tb, e, e + 1) ||
                 mixed_initials(doc, cx->m[cx->nm - 1].tb, e, e + 1)) &&
                sg_tok_is(doc, e + 2, ")")) {
                sg_i_mention_t *m = &cx->m[cx->nm - 1];
                /* (no person's: "Tom Ince (LD)" is a party's letters) */
                if (m->kind == SG_I_M_NAME && m->te == e && !m->acronym &&
                    m->type != SG_NODE_PERSON) {
                    m->acronym = sg_i_surface(doc, e + 1, e + 2);
                    if (!m->acronym) {
                        return SG_ENOMEM;
                    }
                    e += 3;
                    if (m->type == SG_NODE_STP && e < se && is_stp_word(doc, e)) {
                        m->te = ++e; /* "the Birmingham and Solihull (BSol) STP" */
                    }
                }
            }
            i = e;
        }
    }
    return SG_OK;
}
