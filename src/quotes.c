/* quotes.c - quotations: spans in curly, straight and single marks (an unclosed
 * one runs to the end of its paragraph), attributed by a reporting verb after,
 * before or inverted, "according to X", a pronoun, a spokesperson's body, a
 * paragraph ending "X said:", or by the paragraph before when a quotation
 * continues. A span nobody is said to have said is dropped. */
#include <stdlib.h>
#include <string.h>

#include "extract_i.h"

/* The most tokens a quotation holds. A mark never closed (or closed pages later)
 * would make a paragraph's worth of text the quoted words, and every stakeholder
 * named in it an edge carrying them all: past this, a quotation ends with the last
 * sentence that ends inside it, or here when none does. */
#define QUOTE_MAX_TOKENS 512

/* The quoted words are tokens [qb, qe), text [start, end). */
static sg_err_t push_quote(sg_i_ctx_t *cx, size_t qb, size_t qe, size_t start, size_t end,
                           size_t para, int unclosed) {
    const sg_textdoc_t *doc = cx->doc;
    size_t close = qe;
    sg_i_quote_t *q;

    if (qb >= qe || start >= end) {
        return SG_OK;
    }
    if (qe - qb > QUOTE_MAX_TOKENS) {
        size_t cut = doc->sents[doc->toks[qb + QUOTE_MAX_TOKENS].sent].tok_begin;
        qe = cut > qb ? cut : qb + QUOTE_MAX_TOKENS;
        end = doc->toks[qe - 1].end;
    }
    if (sg_reserve((void **)&cx->q, &cx->capq, cx->nq + 1, sizeof(*cx->q), 32) != SG_OK) {
        return SG_ENOMEM;
    }
    q = &cx->q[cx->nq++];
    q->qb = qb;
    q->qe = qe;
    q->close = close;
    q->start = start;
    q->end = end;
    q->speaker = -1;
    q->cue_tok = (size_t)-1;
    q->para = para;
    q->unclosed = unclosed;
    q->nobody = 0;
    return SG_OK;
}

static int adjacent_word_after(const sg_textdoc_t *doc, size_t t) {
    return t + 1 < doc->ntoks && !(doc->toks[t + 1].flags & SG_TF_SPACE_BEFORE) &&
           doc->toks[t + 1].kind != SG_TK_PUNCT;
}

/* Is the straight single quote at token t a plural's apostrophe inside a
 * quotation ("'The STPs' failure is ...'"): glued to a word in s, before a word in
 * lower case that reports nothing, with a quote mark that can close later in the
 * paragraph (before end)? */
static int plural_possessive(const sg_i_ctx_t *cx, size_t t, size_t end) {
    /* (nor before a word that joins or relates, which no possessive is: "a mess'
     * and 'won't work'") */
    static const char *const pronouns[] = {
        "he", "she", "they", "it",  "we",   "i",    "and", "or", "but",  "nor",  "to",
        "in", "on",  "at",   "for", "from", "with", "by",  "as", "than", "that", "which"};
    const sg_textdoc_t *doc = cx->doc;
    const sg_token_t *w = t > 0 ? &doc->toks[t - 1] : NULL;

    if (!w || w->kind != SG_TK_WORD || doc->text[w->end - 1] != 's' || t + 2 >= end ||
        doc->toks[t + 1].kind != SG_TK_WORD || sg_i_is_cap(doc, t + 1) ||
        sg_i_reporting_at(cx, t + 1) || IN_LIST(doc, t + 1, pronouns)) {
        return 0;
    }
    for (size_t k = t + 2; k < end && k < t + 200; k++) { /* (a sentence or two) */
        if (doc->toks[k].kind == SG_TK_QUOTE && doc->toks[k].mark == SG_Q_SINGLE &&
            !(doc->toks[k].flags & SG_TF_SPACE_BEFORE)) {
            return 1;
        }
    }
    return 0;
}

static sg_err_t find_spans(sg_i_ctx_t *cx) {
    const sg_textdoc_t *doc = cx->doc;
    sg_err_t rc;

    for (size_t p = 0; p < doc->nparas; p++) {
        const sg_paragraph_t *pa = &doc->paras[p];
        long open = -1;
        int single = 0;
        for (size_t t = pa->tok_begin; t < pa->tok_end; t++) {
            const sg_token_t *tk = &doc->toks[t];
            if (tk->kind != SG_TK_QUOTE) {
                continue;
            }
            int space_before = (tk->flags & (SG_TF_SPACE_BEFORE | SG_TF_PARA_START)) != 0;
            if (open < 0) {
                if (tk->mark == SG_Q_OPEN_DOUBLE ||
                    (tk->mark == SG_Q_DOUBLE &&
                     (space_before || adjacent_word_after(doc, t)))) {
                    open = (long)t;
                    single = 0;
                } else if (tk->mark == SG_Q_OPEN_SINGLE ||
                           (tk->mark == SG_Q_SINGLE && space_before &&
                            adjacent_word_after(doc, t))) {
                    open = (long)t;
                    single = 1;
                }
                continue;
            }
            int closes = single
                             ? (tk->mark == SG_Q_SINGLE && !space_before)
                             : (tk->mark == SG_Q_CLOSE_DOUBLE || tk->mark == SG_Q_DOUBLE);
            if (closes && !(single && plural_possessive(cx, t, pa->tok_end))) {
                rc = push_quote(cx, (size_t)open + 1, t, doc->toks[open].end, tk->start,
                                p, 0);
                if (rc != SG_OK) {
                    return rc;
                }
                open = -1;
            }
        }
        if (open >= 0 && (size_t)open + 1 < pa->tok_end) {
            rc = push_quote(cx, (size_t)open + 1, pa->tok_end, doc->toks[open].end,
                            doc->toks[pa->tok_end - 1].end, p, 1);
            if (rc != SG_OK) {
                return rc;
            }
        }
    }
    return SG_OK;
}

/* The stakeholder named right after token t (skipping "the"), within limit and
 * t's paragraph. */
static long mention_after(const sg_i_ctx_t *cx, size_t t, size_t limit) {
    for (size_t k = t; k < limit && k < t + 8; k++) {
        if (k > t && (cx->doc->toks[k].flags & SG_TF_PARA_START)) {
            break; /* not the next line's: "..., says committee" / "Plans must" */
        }
        long m = sg_i_mention_at(cx, k);
        if (m >= 0 && cx->m[m].entity >= 0) {
            return m;
        }
    }
    return -1;
}

static long entity_after(const sg_i_ctx_t *cx, size_t t, size_t limit) {
    long m = mention_after(cx, t, limit);
    return m >= 0 ? cx->m[m].entity : -1;
}

/* The person named in the few words after token t, in its sentence and before
 * any quotation mark or "and", or -1. */
static long person_after(const sg_i_ctx_t *cx, size_t t) {
    const sg_textdoc_t *doc = cx->doc;
    size_t se = t < doc->ntoks ? doc->sents[doc->toks[t].sent].tok_end : t;

    for (size_t k = t; k < se && k < t + 10; k++) {
        long m = sg_i_mention_at(cx, k);
        if (doc->toks[k].kind == SG_TK_QUOTE || sg_tok_is(doc, k, "and")) {
            break;
        }
        if (m >= 0 && cx->m[m].entity >= 0 &&
            cx->ents[cx->m[m].entity].type == SG_NODE_PERSON) {
            return cx->m[m].entity;
        }
    }
    return -1;
}

static int spokes_at(const sg_textdoc_t *doc, size_t t) {
    return sg_tok_is(doc, t, "spokesperson") || sg_tok_is(doc, t, "spokesman") ||
           sg_tok_is(doc, t, "spokeswoman");
}

/* The body that a reporting verb has for its subject in the sentence before token
 * k's, or earlier in its own ("NHS England said it had asked every STP to involve
 * councils. “...,” a spokeswoman said": NHS England, not the councils); -1 when
 * none. */
static long body_reporting(const sg_i_ctx_t *cx, size_t k) {
    /* verbs of saying only: "X has asked the CCG for assurances" is no statement */
    static const char *const speech_verbs[] = {"said",   "says",  "told",
                                               "stated", "added", "insisted"};
    const sg_textdoc_t *doc = cx->doc;
    size_t s = doc->toks[k].sent;

    for (size_t si = s + 1; si-- > 0 && si + 2 > s;) {
        size_t sb = doc->sents[si].tok_begin, se = si == s ? k : doc->sents[si].tok_end;
        /* (a subject's verb comes early: a long sentence is not read to its end) */
        for (size_t r = sb; r < se && r < sb + 64; r++) {
            if (doc->toks[r].kind == SG_TK_QUOTE) {
                break; /* a quotation's verb is another's */
            }
            if (IN_LIST(doc, r, speech_verbs)) {
                long e = sg_i_first_stakeholder(cx, sb, r);
                /* ("The STP said": the footprint "the STP" is) */
                long pm = e < 0 ? sg_i_mention_at(cx, sb) : -1;
                pm = pm < 0 && e < 0 && sg_tok_is(doc, sb, "the")
                         ? sg_i_mention_at(cx, sb + 1)
                         : pm;
                e = pm >= 0 && cx->m[pm].entity >= 0 && cx->m[pm].te == r &&
                            strcmp(cx->ents[cx->m[pm].entity].name, SG_I_PROGRAMME) == 0
                        ? sg_i_role_body(cx, pm)
                        : e;
                if (e >= 0 && cx->ents[e].type != SG_NODE_PERSON &&
                    strcmp(cx->ents[e].name, SG_I_PROGRAMME) != 0) {
                    return e;
                }
                break;
            }
        }
    }
    return -1;
}

/* "A council spokeswoman said X Council would respond": the council named in the
 * sentence after token k, else the last named before it (among the 64 mentions
 * before it, within 4000 tokens), or -1. */
SG_I_COLD static long spokes_council(const sg_i_ctx_t *cx, size_t k) {
    const sg_textdoc_t *doc = cx->doc;
    size_t se = doc->sents[doc->toks[k].sent].tok_end;

    for (size_t t = k + 1; t < se && t < k + 200; t++) { /* (a long sentence's
                                                          * near part) */
        long m = sg_i_mention_at(cx, t);
        long e = m >= 0 ? cx->m[m].entity : -1;
        if (e >= 0 && cx->ents[e].type == SG_NODE_COUNCIL &&
            strcmp(cx->ents[e].name, SG_I_COLLECTIVE) != 0) {
            return e;
        }
    }
    return sg_i_last_council(cx, k);
}

/* "A CCG spokesman", "a Trust spokeswoman": the body named last before token k
 * (among the 64 mentions before it) whose name holds the word at token w, an
 * anaphor's; else -1. */
static long spokes_kind(const sg_i_ctx_t *cx, size_t w, size_t k) {
    const sg_textdoc_t *doc = cx->doc;
    size_t wl, seen = 0;
    const char *word = sg_tok_norm(doc, w, &wl);

    if (!word || sg_i_mention_at(cx, w) >= 0 ||
        sg_i_match(cx->lex, SG_I_T_ANAPHORS, doc, w, w + 1, NULL) != 1) {
        return -1;
    }
    for (size_t j = cx->nm; j-- > 0 && seen < 64;) {
        long e = cx->m[j].entity;
        if (cx->m[j].tb >= k || e < 0) {
            continue;
        }
        seen++;
        for (const char *p = cx->ents[e].name; *p;) {
            size_t n = strcspn(p, " ");
            if (n == wl && strncasecmp(p, word, n) == 0 &&
                cx->ents[e].type != SG_NODE_PERSON) {
                return e;
            }
            p += n + (p[n] == ' ');
        }
    }
    return -1;
}

/* The body a spokesperson (the word at token k) speaks for: "a spokesperson for
 * X", "an X spokesman", "X's spokeswoman", else the body named last before ("The
 * department rejected the claim. A spokesman said"); -1 when none. */
static long spokes_body(const sg_i_ctx_t *cx, size_t k) {
    const sg_textdoc_t *doc = cx->doc;
    long e = -1;

    if (k > 0 && sg_tok_is(doc, k - 1, "council") && sg_i_mention_at(cx, k - 1) < 0 &&
        (e = spokes_council(cx, k)) >= 0) {
        return e; /* "A council spokeswoman" */
    }

    /* (the footprint's, "(the) STP" spoken of: "a spokesman for the STP", "An STP
     * spokesman", whose "An" is the spokesman's) */
    if (sg_tok_is(doc, k + 1, "for")) {
        long m = mention_after(cx, k + 2, doc->sents[doc->toks[k].sent].tok_end);
        e = m >= 0 ? sg_i_role_body(cx, m) : -1;
    } else if (k > 0) {
        size_t j = k > 1 && sg_tok_is(doc, k - 1, "'s") ? k - 2 : k - 1;
        long m = sg_i_mention_at(cx, j);
        e = m >= 0 && cx->m[m].te == j + 1 ? sg_i_footprint_of(cx, m)
                                           : spokes_kind(cx, k - 1, k);
    }
    if (e < 0) {
        e = body_reporting(cx, k); /* "NHS England said ... A spokeswoman said" */
    }
    if (e < 0) {
        e = sg_i_last_org(cx, k);
    }
    return e >= 0 && cx->ents[e].type == SG_NODE_PERSON ? -1 : e;
}

/* "A and B met on Monday. The former said ...; the latter was scathing": the
 * first or the second of the last two people named, in this sentence or the three
 * before (failing two people, of the last two other stakeholders); -1 when "former"
 * is a word of a role ("the former chief executive") or none fits. */
static long former_latter(const sg_i_ctx_t *cx, size_t t) {
    const sg_textdoc_t *doc = cx->doc;
    size_t s = doc->toks[t].sent;
    size_t lo = doc->sents[s > 3 ? s - 3 : 0].tok_begin;
    size_t se = doc->sents[s].tok_end;

    if (t + 1 >= se || sg_i_is_cap(doc, t + 1) ||
        sg_i_match_role(cx->lex, doc, t + 1, se, NULL) > 0) {
        return -1;
    }
    /* the stakeholders named, the last first, each once */
    long seen[8];
    int n = 0;
    for (size_t k = t - 1; k-- > lo && n < 8;) {
        long m = sg_i_mention_at(cx, k);
        long e = m >= 0 ? cx->m[m].entity : -1;
        int again = 0;
        for (int i = 0; i < n; i++) {
            again |= seen[i] == e;
        }
        if (e >= 0 && !again && strcmp(cx->ents[e].name, SG_I_PROGRAMME) != 0) {
            seen[n++] = e;
        }
        if (m >= 0) {
            k = cx->m[m].tb;
        }
    }
    /* the last two people, else the last two stakeholders of one type ("Tarn CCG
     * and Hale CCG have clashed over the Dorset STP. The former ...") */
    for (int people = 1; people >= 0; people--) {
        for (int i = 0; i < n; i++) {
            sg_node_type_t ty = cx->ents[seen[i]].type;
            if ((ty == SG_NODE_PERSON) != people) {
                continue;
            }
            for (int j = i + 1; j < n; j++) {
                if (cx->ents[seen[j]].type == ty) {
                    return sg_tok_is(doc, t, "former") ? seen[j] : seen[i];
                }
            }
            if (people) {
                break;
            }
        }
    }
    return -1;
}

static const char *const clause_joins[] = {"though", "although", "but", "while"};

/* "X said the council would work with Dr Y, though he warned ...": "he" opening a
 * clause after a comma is the sentence's speaker, the subject of its first
 * reporting verb, when it fits, not the person named since (the verb's object);
 * else -1. */
static long clause_speaker(const sg_i_ctx_t *cx, size_t t, int she) {
    const sg_textdoc_t *doc = cx->doc;
    size_t sb = doc->sents[doc->toks[t].sent].tok_begin;

    if (t < sb + 2 || !sg_tok_is(doc, t - 2, ",") ||
        !sg_i_in_list(doc, t - 1, clause_joins,
                      sizeof(clause_joins) / sizeof(clause_joins[0]))) {
        return -1;
    }
    for (size_t r = sb; r + 2 < t; r++) {
        if (doc->toks[r].kind == SG_TK_QUOTE) {
            return -1; /* (a speaker of words quoted is not read here) */
        }
        if (sg_i_reporting_at(cx, r)) {
            long e = sg_i_subject_before(cx, r);
            return sg_i_fits_pronoun(cx, e, she) ? e : -1;
        }
    }
    return -1;
}

/* "A spokesperson for the trust said ... “...,” she said" (or "they said"): a
 * spokesperson named since the last person, in the sentence of token t or the one
 * before, is the body's voice; the body, or -1. */
static long spokes_since_person(const sg_i_ctx_t *cx, size_t t) {
    const sg_textdoc_t *doc = cx->doc;
    size_t s = doc->toks[t].sent;

    /* (two sentences back: "A spokesman for X said ... “... . ...,” he said") */
    for (size_t j = t, lo = doc->sents[s > 1 ? s - 2 : 0].tok_begin; j-- > lo;) {
        long m = sg_i_mention_at(cx, j);
        if (m >= 0 && cx->m[m].entity >= 0 &&
            cx->ents[cx->m[m].entity].type == SG_NODE_PERSON) {
            break;
        }
        if (spokes_at(doc, j)) {
            /* (a named one's apposition: "Steve Carne, a spokesman for X, said":
             * Carne) */
            size_t d = j - (j > lo &&
                            (sg_tok_is(doc, j - 1, "a") || sg_tok_is(doc, j - 1, "the")));
            long pm = d > lo + 1 && sg_tok_is(doc, d - 1, ",")
                          ? sg_i_mention_at(cx, d - 2)
                          : -1;
            if (pm >= 0 && cx->m[pm].te == d - 1 && cx->m[pm].entity >= 0 &&
                cx->ents[cx->m[pm].entity].type == SG_NODE_PERSON) {
                return cx->m[pm].entity;
            }
            return spokes_body(cx, j);
        }
    }
    return -1;
}

/* "X has been praised by Y. He said": "he" opening sentence s is the subject the
 * sentence before opens with when the person p it would stand for is only named
 * there as a passive's agent ("by", up to a few words of role before the name);
 * else p. */
static long past_agent(const sg_i_ctx_t *cx, size_t s, long p, int she) {
    const sg_textdoc_t *doc = cx->doc;
    if (s == 0 || p < 0) {
        return p;
    }
    size_t pb = doc->sents[s - 1].tok_begin, pe = doc->sents[s - 1].tok_end;
    long sm = sg_i_mention_at(cx, pb);
    long subj = sm >= 0 && cx->m[sm].tb == pb ? cx->m[sm].entity : -1;
    if (subj < 0 || subj == p || cx->ents[subj].type != SG_NODE_PERSON ||
        !sg_i_fits_pronoun(cx, subj, she)) {
        return p;
    }
    for (size_t k = pe; k-- > pb;) {
        long m = sg_i_mention_at(cx, k);
        if (m < 0 || cx->m[m].entity != p) {
            continue;
        }
        for (size_t j = cx->m[m].tb; j-- > pb && j + 8 > cx->m[m].tb;) {
            if (sg_tok_is(doc, j, "by")) {
                return subj;
            }
            if (sg_i_reporting_at(cx, j) || sg_tok_is(doc, j, "and")) {
                break;
            }
        }
        return p;
    }
    return p;
}

/* "X praised Mr Rogers' work. “...,” he said": "he" at token t, after a quotation
 * that opens sentence s, is the first person the sentence before names, when the
 * person p it would stand for is named there only after that one and a word in
 * lower case (the object of its verb, not another subject: "X and Y met"); else
 * p. */
static long prev_subject(const sg_i_ctx_t *cx, size_t s, size_t t, long p, int she) {
    const sg_textdoc_t *doc = cx->doc;
    size_t sb = doc->sents[s].tok_begin;
    if (s == 0 || p < 0 || doc->toks[sb].kind != SG_TK_QUOTE || t < sb + 2 ||
        doc->toks[t - 1].kind != SG_TK_QUOTE) {
        return p;
    }
    size_t pb = doc->sents[s - 1].tok_begin, pe = doc->sents[s - 1].tok_end;
    long first = -1;
    int lower = 0; /* a word in lower case since the first person */
    for (size_t k = pb; k < pe; k++) {
        long m = sg_i_mention_at(cx, k);
        long e = m >= 0 ? cx->m[m].entity : -1;
        if (doc->toks[k].kind == SG_TK_QUOTE &&
            !(doc->toks[k].mark == SG_Q_SINGLE && k > pb &&
              !(doc->toks[k].flags & SG_TF_SPACE_BEFORE) &&
              doc->text[doc->toks[k - 1].end - 1] == 's')) {
            return p; /* (words quoted there: their speaker is read by its verb; not
                       * a plural's apostrophe: "Mr Rogers' work") */
        }
        if (e < 0 || cx->ents[e].type != SG_NODE_PERSON) {
            lower |= first >= 0 && doc->toks[k].kind == SG_TK_WORD &&
                     !sg_i_is_cap(doc, k) && !sg_tok_is(doc, k, "and") &&
                     !sg_tok_is(doc, k, "'s");
            continue;
        }
        if (first < 0) {
            first = e;
        } else if (e == p && !lower) {
            return p;
        }
        k = cx->m[m].te - 1;
    }
    if (first < 0 || first == p || !sg_i_fits_pronoun(cx, first, she)) {
        return p;
    }
    /* (a name that says the pronoun's gender over one that says none: "Sam Reid
     * met Ann Lee. “...,” she said") */
    int want = she ? SG_I_NAME_FEMALE : SG_I_NAME_MALE;
    return sg_i_name_gender(cx->lex, cx->ents[p].name) == want &&
                   sg_i_name_gender(cx->lex, cx->ents[first].name) != want
               ? p
               : first;
}

static size_t they_list(const sg_i_ctx_t *cx, size_t t, long *out, size_t max);

/* Where the role's words [k, e) were written last before token from, within 600
 * tokens of k; (size_t)-1 when nowhere. */
static size_t role_words_before(const sg_textdoc_t *doc, size_t k, size_t e,
                                size_t from) {
    for (size_t j = from; j-- > 0 && j + 600 > k;) {
        size_t w = 0;
        while (w < e - k && sg_i_same_word(doc, j + w, k + w)) {
            w++;
        }
        if (w == e - k) {
            return j;
        }
    }
    return (size_t)-1;
}

/* "The Mayor of London, Sadiq Khan, ... In a letter to NHS England chief executive
 * Simon Stevens, the mayor said": the person the same role's words [k, e) were
 * last written of before k (named after them within a few words, past the body or
 * place they are of, or before them, apposed: "X, the mayor,"), else -1. */
static long role_words_holder(const sg_i_ctx_t *cx, size_t k, size_t e) {
    static const char *const other_office[] = {"shadow", "deputy", "assistant",
                                               "former", "vice",   "ex"};
    const sg_textdoc_t *doc = cx->doc;
    size_t n = e - k;

    for (size_t j = k; (j = role_words_before(doc, k, e, j)) != (size_t)-1;) {
        if (j > 0 && IN_LIST(doc, j - 1, other_office)) {
            continue; /* (not "the shadow health secretary" for "the health
                       * secretary") */
        }
        size_t s = doc->toks[j].sent, se = doc->sents[s].tok_end;
        for (size_t a = j + n; a < se && a < j + n + 8; a++) {
            long m = sg_i_mention_at(cx, a);
            if (m >= 0 && cx->m[m].tb == a && cx->m[m].entity >= 0 &&
                cx->ents[cx->m[m].entity].type == SG_NODE_PERSON) {
                return cx->m[m].entity; /* "the Mayor of London, Sadiq Khan" */
            }
            if (m < 0 && !(doc->toks[a].kind == SG_TK_WORD || sg_tok_is(doc, a, ","))) {
                break;
            }
        }
        size_t d =
            j - (j > 0 && (sg_tok_is(doc, j - 1, "the") || sg_tok_is(doc, j - 1, "a")));
        if (doc->sents[s].para == doc->headline && d == doc->sents[s].tok_begin &&
            s + 1 < doc->nsents) {
            /* "Mayor of London demands say over STPs" / "Sadiq Khan has written":
             * the headline's subject is the person the lede opens with */
            /* (its names only, no pronoun's or role's: those would ask this again) */
            long f = -1;
            for (size_t a = doc->sents[s + 1].tok_begin;
                 f < 0 && a < doc->sents[s + 1].tok_end; a++) {
                long m = sg_i_mention_at(cx, a);
                f = m >= 0 ? cx->m[m].entity : -1;
            }
            return f >= 0 && cx->ents[f].type == SG_NODE_PERSON ? f : -1;
        }
        long m = d >= 2 && sg_tok_is(doc, d - 1, ",") ? sg_i_mention_at(cx, d - 2) : -1;
        return m >= 0 && cx->m[m].te == d - 1 && cx->m[m].entity >= 0 &&
                       cx->ents[cx->m[m].entity].type == SG_NODE_PERSON
                   ? cx->m[m].entity /* "Sadiq Khan, the mayor," */
                   : -1;
    }
    return -1;
}

/* Is person p someone else than the holder of the role's words [k, e) ("the
 * minister"): named in their sentence before them ("A question from X, the MP for
 * Y, the minister said"), or in one where the same words were said before ("X wrote
 * to the health secretary. The health secretary said")? */
static int another_than_role(const sg_i_ctx_t *cx, long p, size_t k, size_t e) {
    const sg_textdoc_t *doc = cx->doc;
    size_t here = doc->toks[k].sent, s = here;

    for (size_t j = k; (j = role_words_before(doc, k, e, j)) != (size_t)-1;) {
        if (j > 0 && sg_tok_is(doc, j - 1, "the")) {
            s = doc->toks[j].sent;
            break;
        }
    }
    for (size_t a = doc->sents[s].tok_begin; a < k; a++) {
        long m = sg_i_mention_at(cx, a);
        if (m >= 0 && cx->m[m].entity == p) {
            return 1;
        }
        if (a + 1 == doc->sents[s].tok_end && s != here) {
            a = doc->sents[here].tok_begin - 1; /* (past the sentences between) */
        }
    }
    return 0;
}

long sg_i_pronoun_entity(const sg_i_ctx_t *cx, size_t t) {
    const sg_textdoc_t *doc = cx->doc;

    if (sg_tok_is(doc, t, "they")) {
        return spokes_since_person(cx, t); /* (a list's: they_list) */
    }
    if (sg_tok_is(doc, t, "he") || sg_tok_is(doc, t, "she")) {
        long e = clause_speaker(cx, t, sg_tok_is(doc, t, "she"));
        if (e >= 0 || (e = spokes_since_person(cx, t)) >= 0) {
            return e;
        }
        size_t s = doc->toks[t].sent;
        long p = sg_i_last_person_for(cx, t, sg_tok_is(doc, t, "she"));
        if (t == doc->sents[s].tok_begin && p >= 0 &&
            sg_i_mention_at(cx, doc->sents[s].tok_begin) < 0) {
            p = past_agent(cx, s, p, sg_tok_is(doc, t, "she"));
        }
        p = prev_subject(cx, s, t, p, sg_tok_is(doc, t, "she"));
        /* (none before: "The leader of X has resigned, saying he could no longer
         * support it. Adam Paynter said": the holder the next sentence names) */
        return p >= 0 ? p : sg_i_lede_role_person(cx, doc->sents[s].tok_begin, t, 1);
    }
    if (sg_tok_is(cx->doc, t, "it")) {
        /* "X criticised the timescales set by Y, which it said had made ...": a
         * relative clause's "it said" is the sentence's subject's, a body */
        size_t sb = doc->sents[doc->toks[t].sent].tok_begin;
        if (t > sb + 2 &&
            (sg_tok_is(doc, t - 1, "which") || sg_tok_is(doc, t - 1, "that")) &&
            sg_tok_is(doc, t - 2, ",") && sg_i_reporting_at(cx, t + 1)) {
            long f = -1; /* (a body, not a footprint's place: "the Bristol branch of
                          * X said it would fight the plan, which it described as") */
            for (size_t k = sb; k + 2 < t && f < 0; k++) {
                long m = sg_i_mention_at(cx, k);
                long e = m >= 0 ? cx->m[m].entity : -1;
                f = e >= 0 && (cx->ents[e].type == SG_NODE_ORGANISATION ||
                               cx->ents[e].type == SG_NODE_COUNCIL)
                        ? e
                        : -1;
            }
            if (f >= 0) {
                return f;
            }
        }
        /* "The report urged STP leaders to involve councils. It said": the body
         * the sentence before opens with (a document's, its publisher), not the
         * last one named */
        static const char *const papers[] = {"report",   "review", "analysis",
                                             "study",    "survey", "paper",
                                             "research", "letter", "submission"};
        static const char *const authored[] = {"signed", "written", "sent"};
        int paper = 0; /* (past a document, to the body that opens a sentence
                        * before it: its publisher) */
        for (size_t s = doc->toks[t].sent; t == sb && s > 0 && s + 6 > doc->toks[t].sent;
             s--) {
            size_t pb = doc->sents[s - 1].tok_begin;
            pb += pb + 1 < t && (sg_tok_is(doc, pb, "the") || sg_tok_is(doc, pb, "its"));
            long pm = sg_i_mention_at(cx, pb);
            long pe = pm >= 0 && cx->m[pm].tb <= pb ? cx->m[pm].entity : -1;
            if (pe >= 0 && cx->ents[pe].type != SG_NODE_PERSON &&
                cx->ents[pe].type != SG_NODE_STP &&
                strcmp(cx->ents[pe].name, SG_I_COLLECTIVE) != 0) {
                return pe;
            }
            int is_paper = pe < 0 && IN_LIST(doc, pb, papers);
            paper |= is_paper;
            /* (its signers, the first: "The letter is signed by A, B and C. It
             * says") */
            for (size_t k = pb + 1; is_paper && k + 2 < doc->sents[s - 1].tok_end; k++) {
                long am = IN_LIST(doc, k, authored) && sg_tok_is(doc, k + 1, "by")
                              ? sg_i_mention_at(cx, k + 2)
                              : -1;
                if (am >= 0 && cx->m[am].entity >= 0) {
                    return cx->m[am].entity;
                }
            }
            if (!paper && (pe >= 0 || !sg_tok_is(doc, pb, "it"))) {
                break; /* (or past "it", whose body the sentence before names) */
            }
        }
        /* "Unison, which represents staff at the trust, said it remained opposed":
         * the body that said it, not the last one named */
        if (t > sb + 2 && sg_i_reporting_at(cx, t - 1) && sg_tok_is(doc, t - 2, ",")) {
            long e = sg_i_subject_before(cx, t - 1);
            if (e >= 0 && cx->ents[e].type != SG_NODE_PERSON &&
                cx->ents[e].type != SG_NODE_STP) {
                return e;
            }
        }
        return sg_i_last_org(cx, t);
    }
    if (t > 0 && sg_tok_is(doc, t - 1, "the") &&
        (sg_tok_is(doc, t, "former") || sg_tok_is(doc, t, "latter"))) {
        return former_latter(cx, t);
    }
    /* "the health secretary told delegates", "the chief executive backed it": a
     * role after "the", ending here, stands for the last person named (not "the
     * spokesman": a body's voice; nor "the chief executive of X", whose body it
     * names) */
    if (sg_tok_is(doc, t + 1, "of") || sg_tok_is(doc, t + 1, "at")) {
        return -1;
    }
    /* (past a party's words: "the Labour MP said", "The Liberal Democrat MP for
     * North Norfolk told") */
    size_t pw = t;
    while (pw > 1 && pw + 2 > t && sg_i_party_word(doc, pw - 1)) {
        pw--;
    }
    if (t > 0 && sg_i_postnominal(doc, t) && sg_tok_is(doc, pw - 1, "the")) {
        /* "the MP said", "The MP for Newton Abbot said": the person those letters
         * were last written of, else the person named last */
        long h = role_words_holder(cx, t, t + 1);
        return h >= 0 ? h : sg_i_last_person(cx, pw - 1);
    }
    for (size_t k = t + 1; k-- > 1 && k + 4 > t + 1;) {
        /* (or "the former health minister": the last person named, whatever
         * office they hold now) */
        int former = k >= 2 && sg_tok_is(doc, k - 2, "the") &&
                     (sg_tok_is(doc, k - 1, "former") || sg_tok_is(doc, k - 1, "new"));
        if (!(sg_tok_is(doc, k - 1, "the") || former) || sg_i_is_cap(doc, k) ||
            spokes_at(doc, t)) {
            continue;
        }
        /* the longest role there, ending here ("the chief" of "the chief
         * executive of X" is none) */
        size_t se = doc->sents[doc->toks[t].sent].tok_end;
        if (sg_i_match_role(cx->lex, doc, k, se, NULL) == t + 1 - k) {
            /* (not "the chief" of "the chief executives of three trusts": many) */
            size_t kind;
            if (sg_i_match_plural(cx->lex, SG_I_T_ROLES, doc, k, se, &kind) > t + 1 - k) {
                return -1;
            }
            long h = role_words_holder(cx, k, t + 1);
            if (h < 0 && !sg_tok_is(doc, k, "shadow") && !former) {
                h = sg_i_last_office_holder(cx, k - 1);
                return h >= 0 && !another_than_role(cx, h, k, t + 1) ? h : -1;
            }
            return h >= 0 ? h : sg_i_last_person(cx, k - 1);
        }
    }
    return -1;
}

static const char *const place_preps[] = {"in", "at"};
static const char *const preps[] = {"in", "at",   "of",   "for",  "about", "on",
                                    "to", "with", "from", "over", "by"};

/* Does one of the n words follow right before the mention m, past "the" or "a"?
 * With place_preps: is m in a phrase of place ("in Manchester", "at the NHS
 * Confederation conference"), which no verb has for subject; with preps: the
 * object of any preposition ("of STPs"). */
static int after_word(const sg_i_ctx_t *cx, const sg_i_mention_t *m,
                      const char *const *words, size_t n) {
    const sg_textdoc_t *doc = cx->doc;
    size_t j = m->tb;

    while (j > 0 && (sg_tok_is(doc, j - 1, "the") || sg_tok_is(doc, j - 1, "a"))) {
        j--;
    }
    return j > 0 && sg_i_in_list(doc, j - 1, words, n);
}
#define AFTER_ANY(cx, m, list) after_word(cx, m, list, sizeof(list) / sizeof(list[0]))

/* Is mention m in an MP's seat ("Mel Stride, MP for Central Devon, said"): a place,
 * not who speaks? */
static int seat_at(const sg_i_ctx_t *cx, long m) {
    const sg_textdoc_t *doc = cx->doc;
    size_t k = cx->m[m].tb;

    while (k > 0 && sg_i_is_cap(doc, k - 1) && sg_i_mention_at(cx, k - 1) < 0) {
        k--; /* "Central" */
    }
    return k >= 2 && sg_tok_is(doc, k - 1, "for") && sg_i_postnominal(doc, k - 2);
}

int sg_i_participle(const sg_textdoc_t *doc, size_t t) {
    size_t len;
    const char *w = t < doc->ntoks ? sg_tok_norm(doc, t, &len) : NULL;

    return w && len > 4 && memcmp(w + len - 3, "ing", 3) == 0;
}

long sg_i_first_stakeholder(const sg_i_ctx_t *cx, size_t from, size_t to) {
    for (size_t t = from; t < to; t++) {
        long m = sg_i_mention_at(cx, t);
        long e = m >= 0 ? cx->m[m].entity : sg_i_pronoun_entity(cx, t);
        if (e >= 0 && strcmp(cx->ents[e].name, SG_I_PROGRAMME) != 0) {
            return e; /* (the programme is no one's subject: "... backs STP but warns") */
        }
    }
    return -1;
}

/* Is person p named in tokens [sb, b) with an apposition (a comma right after
 * the name) that runs on to token b ("X, chief executive of Y")? */
static int person_apposed(const sg_i_ctx_t *cx, long p, size_t sb, size_t b) {
    for (size_t k = sb; k < b; k++) {
        long m = sg_i_mention_at(cx, k);
        if (m >= 0 && cx->m[m].entity == p) {
            size_t te = cx->m[m].te;
            if (te >= b || !sg_tok_is(cx->doc, te, ",")) {
                return 0;
            }
            for (size_t j = te + 1; j < b; j++) {
                if (cx->doc->toks[j].kind == SG_TK_PUNCT &&
                    !sg_tok_is(cx->doc, j, "'s")) {
                    return 0; /* (one apposition, no clause of its own) */
                }
            }
            return 1;
        }
    }
    return 0;
}

/* Is the person whose name opens at token tb, after sb, one written to in an
 * apposition or after a role ("In a letter to NHS England's chief executive, Simon
 * Stevens, the leaders said", "In a letter to NHS England chief executive Simon
 * Stevens, the mayor said")? */
static int written_to(const sg_i_ctx_t *cx, size_t tb, size_t sb) {
    const sg_textdoc_t *doc = cx->doc;

    if (tb < sb + 3) {
        return 0;
    }
    size_t re = tb - sg_tok_is(doc, tb - 1, ","); /* where the role ends */
    for (size_t k = tb - 1; k-- > sb && k + 10 > tb;) {
        if (sg_tok_is(doc, k, "to")) {
            /* (a role's apposition, not "Responding to the report, X said") */
            for (size_t j = k + 1; j < re; j++) {
                if (sg_i_match_role(cx->lex, doc, j, re, NULL) == re - j) {
                    return 1;
                }
            }
            return 0;
        }
        if (doc->toks[k].kind != SG_TK_WORD && !sg_tok_is(doc, k, "'s")) {
            return 0;
        }
    }
    return 0;
}

/* Is mention m one addressed, after "to" (or listed with one: "In a letter to NHS
 * Improvement and NHS England, the leaders said"), which says nothing? */
static int addressed(const sg_i_ctx_t *cx, long m) {
    const sg_textdoc_t *doc = cx->doc;
    /* (a list goes on after a name in its middle) */
    size_t te = cx->m[m].te;
    int middle =
        te < doc->ntoks && (sg_tok_is(doc, te, "and") || sg_tok_is(doc, te, ","));

    for (int hops = 0; m >= 0 && hops < 8; hops++) {
        size_t j = cx->m[m].tb;
        while (j > 0 && (sg_tok_is(doc, j - 1, "the") || sg_tok_is(doc, j - 1, "a"))) {
            j--;
        }
        if (j == 0) {
            return 0;
        }
        if (sg_tok_is(doc, j - 1, "to")) {
            return 1;
        }
        /* (a list's last name follows "and": "In a letter to X, Y said" lists
         * none) */
        if (!(sg_tok_is(doc, j - 1, "and") ||
              ((hops > 0 || middle) && sg_tok_is(doc, j - 1, ","))) ||
            j < 2) {
            return 0;
        }
        m = sg_i_mention_at(cx, j - 2); /* the one listed before */
        m = m >= 0 && cx->m[m].te == j - 1 ? m : -1;
    }
    return 0;
}

int sg_i_former_body(const sg_i_ctx_t *cx, long m) {
    const sg_textdoc_t *doc = cx->doc;
    size_t tb = cx->m[m].tb, te = cx->m[m].te,
           se = doc->sents[doc->toks[tb].sent].tok_end;
    size_t sb = doc->sents[doc->toks[tb].sent].tok_begin;

    if (te + 2 < se && sg_tok_is(doc, te, "'s") &&
        (sg_tok_is(doc, te + 1, "former") || sg_tok_is(doc, te + 1, "ex")) &&
        sg_i_match_role(cx->lex, doc, te + 2 + sg_tok_is(doc, te + 2, "-"), se, NULL) >
            0) {
        return 1; /* "the trust's former chief executive" */
    }
    if (te + 1 < se && sg_tok_is(doc, te, "'s") && sg_tok_is(doc, te + 1, "opposition")) {
        return 1; /* "the council's opposition group said" */
    }
    tb -= tb > sb && sg_tok_is(doc, tb - 1, "the"); /* ("of the Dunmore STP") */
    if (tb < sb + 3 || !(sg_tok_is(doc, tb - 1, "of") || sg_tok_is(doc, tb - 1, "at"))) {
        return 0;
    }
    size_t rb = sg_i_role_ending(cx, tb > sb + 5 ? tb - 5 : sb + 1, tb - 1);
    if (rb == tb - 1) {
        return 0;
    }
    size_t f = rb - (sg_tok_is(doc, rb - 1, "-") && rb > sb + 1);
    return sg_tok_is(doc, f - 1, "former") || sg_tok_is(doc, f - 1, "ex");
}

size_t sg_i_role_ending(const sg_i_ctx_t *cx, size_t from, size_t e) {
    for (size_t rb = from; rb < e; rb++) {
        if (sg_i_match_role(cx->lex, cx->doc, rb, e, NULL) == e - rb) {
            return rb;
        }
    }
    return e;
}

/* Is the name at token tb the agent after "chaired by", "led by" (past words in
 * lower case and a role in capitals, after sb), not the one who speaks for people
 * no name gives ("Opponents, led by X, argue": X)? */
static int by_agent(const sg_textdoc_t *doc, size_t tb, size_t sb) {
    static const char *const crowds[] = {"opponents",   "critics",    "objectors",
                                         "campaigners", "protesters", "supporters"};
    for (size_t k = tb; k-- > sb && k + 6 > tb;) {
        if (sg_tok_is(doc, k, "by")) {
            return k > sb &&
                   (sg_tok_is(doc, k - 1, "chaired") || sg_tok_is(doc, k - 1, "led") ||
                    sg_tok_is(doc, k - 1, "headed")) &&
                   !(k == sb + 3 && sg_tok_is(doc, sb + 1, ",") &&
                     IN_LIST(doc, sb, crowds));
        }
        if (doc->toks[k].kind != SG_TK_WORD) {
            return 0;
        }
    }
    return 0;
}

/* "Tarn Council leader Ann Lee": the person that the body of mention m, a role
 * after it, names (before token lim), else -1; so the person apposed to the role
 * of it ("The Mayor of Greater Manchester, Andy Burnham,"). */
static long role_premodified(const sg_i_ctx_t *cx, long m, size_t lim) {
    size_t te = cx->m[m].te, tb = cx->m[m].tb;
    long ap = te + 2 < lim && sg_tok_is(cx->doc, te, ",") && tb > 2 &&
                      sg_tok_is(cx->doc, tb - 1, "of")
                  ? sg_i_mention_at(cx, te + 1)
                  : -1;
    if (ap >= 0 && cx->m[ap].tb == te + 1 && cx->m[ap].entity >= 0 &&
        cx->ents[cx->m[ap].entity].type == SG_NODE_PERSON && cx->m[ap].te < lim &&
        sg_tok_is(cx->doc, cx->m[ap].te, ",")) {
        size_t sb = cx->doc->sents[cx->doc->toks[tb].sent].tok_begin;
        size_t rb = sg_i_role_ending(cx, tb > sb + 6 ? tb - 6 : sb, tb - 1);
        if (rb < tb - 1 && rb > sb && sg_tok_is(cx->doc, rb - 1, "the")) {
            return cx->m[ap].entity;
        }
    }
    /* (or its role and the holder in an apposition: "X's mayor, Sir Y Z,") */
    int poss = te < lim && sg_i_possessive_at(cx->doc, te);
    size_t n = cx->ents[cx->m[m].entity].type != SG_NODE_PERSON
                   ? sg_i_match_role(cx->lex, cx->doc, te + poss, lim, NULL)
                   : 0;
    if (!n && poss && te + 2 < lim && cx->doc->toks[te + 1].kind == SG_TK_WORD &&
        !sg_i_is_cap(cx->doc, te + 1) &&
        cx->ents[cx->m[m].entity].type != SG_NODE_PERSON) {
        /* ("X's nursing lead, Dr Y,": a word of the role's field before it) */
        n = sg_i_match_role(cx->lex, cx->doc, te + 2, lim, NULL);
        n += n ? 1 : 0;
    }
    size_t at = te + poss + n;
    if (n > 0 && poss && at < lim &&
        (sg_tok_is(cx->doc, at, "for") || sg_tok_is(cx->doc, at, "of"))) {
        /* (past the role's portfolio: "X's regional director for the South, Y,") */
        size_t k = at + 1;
        while (k < lim && k < at + 7 && cx->doc->toks[k].kind == SG_TK_WORD &&
               sg_i_mention_at(cx, k) < 0) {
            k++;
        }
        at = k < lim && sg_tok_is(cx->doc, k, ",") ? k : at;
    }
    at += n > 0 && poss && at < lim && sg_tok_is(cx->doc, at, ",");
    long p = n > 0 && at < lim ? sg_i_mention_at(cx, at) : -1;
    return p >= 0 && cx->m[p].tb == at && cx->m[p].entity >= 0 &&
                   cx->ents[cx->m[p].entity].type == SG_NODE_PERSON
               ? cx->m[p].entity
               : -1;
}

long sg_i_described_leader(const sg_i_ctx_t *cx, size_t s) {
    const sg_textdoc_t *doc = cx->doc;
    if (s + 1 >= doc->nsents ||
        !sg_i_leader_described(doc, doc->sents[s].tok_begin, doc->sents[s].tok_end)) {
        return -1;
    }
    size_t nb = doc->sents[s + 1].tok_begin, ne = doc->sents[s + 1].tok_end;
    for (size_t t = nb; t < ne && t < nb + 12; t++) { /* (its opening words) */
        long m = sg_i_mention_at(cx, t);
        if (m >= 0 && cx->m[m].entity >= 0 &&
            cx->ents[cx->m[m].entity].type == SG_NODE_PERSON) {
            return cx->m[m].entity;
        }
    }
    return -1;
}

/* "A patients' group has resigned from X, claiming ... . Southend Patients Forum
 * said": the subject [sb, t) a body's kind after "a" and words in lower case, no
 * name; the body whose name opens the next sentence, or -1. */
static long lede_body_next(const sg_i_ctx_t *cx, size_t sb, size_t t) {
    const sg_textdoc_t *doc = cx->doc;
    size_t s = doc->toks[sb].sent;
    if (t < sb + 2 || t > sb + 6 ||
        !(sg_tok_is(doc, sb, "a") || sg_tok_is(doc, sb, "an")) ||
        !sg_i_org_kind(doc, t - 1) || s + 1 >= doc->nsents) {
        return -1;
    }
    for (size_t k = sb + 1; k < t; k++) {
        if (sg_i_is_cap(doc, k) || sg_i_mention_at(cx, k) >= 0) {
            return -1;
        }
    }
    size_t nb = doc->sents[s + 1].tok_begin;
    long m = sg_i_mention_at(cx, nb + sg_tok_is(doc, nb, "the"));
    return m >= 0 && cx->m[m].tb <= nb + 1 && cx->m[m].entity >= 0 &&
                   cx->ents[cx->m[m].entity].type != SG_NODE_PERSON &&
                   cx->ents[cx->m[m].entity].type != SG_NODE_STP
               ? cx->m[m].entity
               : -1;
}

long sg_i_lede_role_person(const sg_i_ctx_t *cx, size_t sb, size_t r, int bare) {
    const sg_textdoc_t *doc = cx->doc;
    int indef = sg_tok_is(doc, sb, "a") || sg_tok_is(doc, sb, "an");
    size_t k = sb + (sg_tok_is(doc, sb, "the") || indef);
    /* (or one who held it: "The former chair of X has said", the person whose name
     * opens the next sentence) */
    int former =
        !indef && k + 2 < r && (sg_tok_is(doc, k, "former") || sg_tok_is(doc, k, "ex"));
    k += former;
    /* (or "A Conservative councillor has resigned", "A senior GP in X has warned":
     * a party's or a word or two before a role, one of no body) */
    size_t q = k;
    while (indef && q < r && q < k + 2 && doc->toks[q].kind == SG_TK_WORD &&
           !sg_i_match_role(cx->lex, doc, q, r, NULL) && !sg_i_person_word(doc, q) &&
           !sg_i_postnominal(doc, q)) { /* ("A Conservative MP has") */
        q++;
    }
    size_t qn = 0; /* (the role's length there: a role, or a word for a person) */
    if (indef && q < r) {
        qn = sg_i_match_role(cx->lex, doc, q, r, NULL);
        qn = qn ? qn : (size_t)(sg_i_person_word(doc, q) || sg_i_postnominal(doc, q));
    }
    size_t v = q + qn; /* (past where they are: "A senior GP in Tarnshire has") */
    if (qn && v + 1 < r && (sg_tok_is(doc, v, "in") || sg_tok_is(doc, v, "from"))) {
        for (v++; v < r && sg_i_is_cap(doc, v); v++) {
        }
    }
    /* (past a relative clause on them: "A council leader who opposed X last year
     * has said") */
    if (qn && v + 2 < r && sg_tok_is(doc, v, "who")) {
        for (size_t k = r - 1; k > v + 1; k--) {
            if (sg_i_auxiliary(doc, k)) {
                v = k; /* (the main verb's: its last before r) */
                break;
            }
        }
    }
    /* (or a party's role right before the verb: "A Labour councillor said") */
    int unnamed = qn && v <= r &&
                  (v < r ? sg_i_auxiliary(doc, v) : q > k && sg_i_party_word(doc, k));
    size_t n = k < r ? sg_i_match_role(cx->lex, doc, k, r, NULL) : 0;
    size_t s = doc->toks[sb].sent;
    /* (or the role of no body, the whole subject: "The health minister has
     * defended X. Philip Dunne told MPs") */
    unnamed |= !indef && k > sb && n && k + n < r && r <= k + n + 3 &&
               sg_i_auxiliary(doc, k + n); /* (its own verb, not a clause's after) */

    if (!n && !unnamed && sg_i_leader_described(doc, sb, r)) {
        return sg_i_described_leader(cx, s);
    }
    if ((!unnamed && (!n || k + n >= r || !sg_tok_is(doc, k + n, "of"))) ||
        s + 1 >= doc->nsents) {
        return -1;
    }
    size_t nb = doc->sents[s + 1].tok_begin, ne = doc->sents[s + 1].tok_end;
    for (size_t t = nb; t < ne && t < nb + 200; t++) { /* (its opening words) */
        long m = sg_i_mention_at(cx, t);
        if (m < 0 || cx->m[m].tb != t || cx->m[m].entity < 0 ||
            cx->ents[cx->m[m].entity].type != SG_NODE_PERSON) {
            continue;
        }
        size_t a = cx->m[m].te;
        int same = a < doc->ntoks && sg_tok_is(doc, a, ",");
        for (size_t j = 0; same && j < n; j++) {
            same = a + 1 + j < doc->ntoks && sg_i_same_word(doc, a + 1 + j, k + j);
        }
        /* (or, when bare, the first person named with no apposition of another
         * role: "The leader of X has resigned, saying he ... . Adam Paynter said",
         * "Anne Marsh, who runs Y, said") */
        /* (an unnamed one, "A senior GP has warned", is the person whose name
         * opens the next sentence, whatever their apposition says) */
        if (same || ((unnamed || former) && t == nb) ||
            (bare && a < doc->ntoks &&
             (!sg_tok_is(doc, a, ",") ||
              (a + 1 < doc->ntoks && sg_tok_is(doc, a + 1, "who"))))) {
            return cx->m[m].entity;
        }
        if (bare || unnamed) {
            return -1;
        }
        t = cx->m[m].te - 1;
    }
    return -1;
}

/* "Simon Stevens, chief executive of NHS England, visited. The NHS England chief
 * executive said": for mention mi of body b and the role in tokens [rb, re) after
 * it, the person named before it with that role of b in an apposition ("X, ROLE of
 * B"); else -1. */
static long named_holder(const sg_i_ctx_t *cx, long mi, size_t rb, size_t re) {
    const sg_textdoc_t *doc = cx->doc;
    long b = cx->m[mi].entity;

    for (long k = mi; k-- > 0 && k + 400 > mi;) {
        const sg_i_mention_t *p = &cx->m[k];
        if (p->entity < 0 || cx->ents[p->entity].type != SG_NODE_PERSON ||
            !sg_tok_is(doc, p->te, ",")) {
            continue;
        }
        size_t t = p->te + 1;
        t += sg_tok_is(doc, t, "the");
        size_t j = 0;
        while (rb + j < re && sg_i_same_word(doc, t + j, rb + j)) {
            j++;
        }
        if (rb + j < re ||
            !(sg_tok_is(doc, t + j, "of") || sg_tok_is(doc, t + j, "at"))) {
            continue;
        }
        t += j + 1;
        t += sg_tok_is(doc, t, "the");
        long bm = sg_i_mention_at(cx, t);
        if (bm >= 0 && cx->m[bm].entity == b) {
            return p->entity;
        }
    }
    return -1;
}

/* The one person sentence s names (each name of theirs), or -1 (none, or two). */
static long sole_person_in(const sg_i_ctx_t *cx, size_t s) {
    const sg_sentence_t *st = &cx->doc->sents[s];
    long one = -1;

    for (size_t k = st->tok_begin; k < st->tok_end; k++) {
        long m = sg_i_mention_at(cx, k);
        long e = m >= 0 ? cx->m[m].entity : -1;
        if (e < 0 || cx->ents[e].type != SG_NODE_PERSON) {
            continue;
        }
        if (one >= 0 && one != e) {
            return -1;
        }
        one = e;
        k = cx->m[m].te - 1;
    }
    return one;
}

size_t sg_i_party_role_opening(const sg_i_ctx_t *cx, size_t sb, size_t se, long *party) {
    const sg_textdoc_t *doc = cx->doc;
    long pm = sb + 3 < se && (sg_tok_is(doc, sb, "a") || sg_tok_is(doc, sb, "an")) &&
                      sg_i_party_word(doc, sb + 1)
                  ? sg_i_mention_at(cx, sb + 1)
                  : -1;
    size_t pe = pm >= 0 && cx->m[pm].tb == sb + 1 ? cx->m[pm].te : se;
    if (pe + 1 >= se || cx->m[pm].entity < 0 ||
        cx->ents[cx->m[pm].entity].type == SG_NODE_PERSON ||
        doc->toks[pe].kind != SG_TK_WORD ||
        !(sg_i_party_role(doc, pe) || sg_i_postnominal(doc, pe))) {
        return 0;
    }
    *party = cx->m[pm].entity;
    return pe + 1;
}

/* Subject of the reporting verb at r: the nearest person (or pronoun: "he", "the
 * health secretary") before it in its sentence, else the nearest other stakeholder
 * not in a phrase of place. */
long sg_i_subject_before(const sg_i_ctx_t *cx, size_t r) {
    const sg_textdoc_t *doc = cx->doc;
    size_t sb = doc->sents[doc->toks[r].sent].tok_begin;
    long other = -1, e;

    /* "A Labour councillor said": the one the next sentence names, not the party */
    long party;
    size_t po = r > sb + 2 ? sg_i_party_role_opening(cx, sb, r + 1, &party) : 0;
    if (po && po <= r && (po == r || sg_i_auxiliary(doc, po))) {
        return sg_i_lede_role_person(cx, sb, r, 1);
    }

    /* "a warning from X that ...": the reporting word a noun, whose speaker is the
     * one named after "from" (or no one known: "a warning from its finance
     * director") */
    if (r > sb && (sg_tok_is(doc, r - 1, "a") || sg_tok_is(doc, r - 1, "the")) &&
        sg_tok_is(doc, r + 1, "from")) {
        size_t k = sg_tok_is(doc, r + 2, "the") ? r + 3 : r + 2;
        long m = sg_i_mention_at(cx, k);
        return m >= 0 && cx->m[m].tb == k ? cx->m[m].entity : -1;
    }
    /* "X, which is the lead commissioner for the STP, said": the name before the
     * relative clause, not one within it */
    if (r > sb + 4 && sg_tok_is(doc, r - 1, ",")) {
        for (size_t k = r - 2; k > sb + 1 && doc->toks[k].kind != SG_TK_QUOTE; k--) {
            if (sg_tok_is(doc, k - 1, ",") &&
                (sg_tok_is(doc, k, "which") || sg_tok_is(doc, k, "who"))) {
                /* (past where it is: "St Clare's Hospice in Hale, which ...") */
                size_t w = k - 2;
                for (size_t j = k - 2; j > sb + 1 && j + 3 > k - 2 &&
                                       sg_i_is_cap(doc, j) && sg_i_mention_at(cx, j) < 0;
                     j--) {
                    w = sg_tok_is(doc, j - 1, "in") && j >= sb + 2 ? j - 2 : w;
                }
                long m = sg_i_mention_at(cx, w);
                if (m >= 0 && cx->m[m].te == w + 1 && cx->m[m].entity >= 0) {
                    /* "X, chief executive of Y, who leads the STP, said": "who" is
                     * a person's, the one whose apposition ends in Y; so is the
                     * verb after "X, chief executive of Y, which represents ...," */
                    long p = cx->ents[cx->m[m].entity].type != SG_NODE_PERSON
                                 ? sg_i_first_stakeholder(cx, sb, cx->m[m].tb)
                                 : -1;
                    int apposed = p >= 0 && sg_tok_is(doc, k, "which") &&
                                  person_apposed(cx, p, sb, cx->m[m].tb);
                    return p >= 0 && cx->ents[p].type == SG_NODE_PERSON &&
                                   (sg_tok_is(doc, k, "who") || apposed)
                               ? p
                               : cx->m[m].entity;
                }
                break;
            }
            if (sg_tok_is(doc, k, ",")) {
                break;
            }
        }
    }
    /* "X, which said": the name before the relative pronoun ("who" a person's:
     * "welcomed by X, chief executive of Y, who described it as": X) */
    if (r > sb + 2 && sg_tok_is(doc, r - 2, ",") &&
        (sg_tok_is(doc, r - 1, "which") || sg_tok_is(doc, r - 1, "who"))) {
        long m = sg_i_mention_at(cx, r - 3);
        if (m >= 0 && cx->m[m].te == r - 2 && cx->m[m].entity >= 0) {
            /* (the person nearest before it: "A and B of Y, who called it": B) */
            long p = -1;
            for (long k = m; sg_tok_is(doc, r - 1, "who") &&
                             cx->ents[cx->m[m].entity].type != SG_NODE_PERSON && p < 0 &&
                             k-- > 0 && cx->m[k].tb >= sb;) {
                p = cx->m[k].entity >= 0 &&
                            cx->ents[cx->m[k].entity].type == SG_NODE_PERSON
                        ? cx->m[k].entity
                        : -1;
            }
            return p >= 0 ? p : cx->m[m].entity;
        }
    }
    /* (but a person apposed to a role right before it is the participle's own:
     * "... on Monday, with its leader, Cllr Ann Lee, saying") */
    long ap = r > sb + 4 && sg_tok_is(doc, r - 1, ",") && sg_i_participle(doc, r)
                  ? sg_i_mention_at(cx, r - 2)
                  : -1;
    if (ap >= 0 && cx->m[ap].te == r - 1 && cx->m[ap].entity >= 0 &&
        cx->ents[cx->m[ap].entity].type == SG_NODE_PERSON && cx->m[ap].tb > sb + 2 &&
        sg_tok_is(doc, cx->m[ap].tb - 1, ",")) {
        size_t ce = cx->m[ap].tb - 1;
        size_t rb = sg_i_role_ending(cx, ce > sb + 4 ? ce - 4 : sb, ce);
        rb -= rb < ce && rb > sb + 1 &&
              (sg_tok_is(doc, rb - 1, "its") || sg_tok_is(doc, rb - 1, "their") ||
               sg_tok_is(doc, rb - 1, "the"));
        if (rb < ce && rb > sb &&
            (sg_tok_is(doc, rb - 1, "with") || sg_tok_is(doc, rb - 1, ","))) {
            return cx->m[ap].entity; /* (not one written to: "wrote to the health
                                      * secretary, X, warning") */
        }
    }
    /* "The BMA voted to oppose the plan, saying ...": a participle after a comma
     * has the sentence's subject, its first stakeholder */
    if (r > sb && sg_tok_is(doc, r - 1, ",") && sg_i_participle(doc, r)) {
        /* (past a quotation that opens the sentence: ""... it," Lee told reporters,
         * adding that": Lee, not the "it" quoted) */
        size_t from = sb;
        for (size_t k = sb; k < r && doc->toks[sb].kind == SG_TK_QUOTE; k++) {
            from = doc->toks[k].kind == SG_TK_QUOTE ? k + 1 : from;
        }
        for (size_t t = from; t < r; t++) {
            long m = sg_i_mention_at(cx, t);
            e = m >= 0 ? cx->m[m].entity : sg_i_pronoun_entity(cx, t);
            if (e >= 0 && strcmp(cx->ents[e].name, SG_I_PROGRAMME) != 0) {
                long p = m >= 0 ? role_premodified(cx, m, r) : -1;
                return p >= 0 ? p : m >= 0 && sg_i_former_body(cx, m) ? -1 : e;
            }
            if (!sg_i_is_cap(doc, t) && sg_i_auxiliary(doc, t)) {
                /* "Campaigners have attacked the STP, saying": no subject named
                 * before its verb; what the verb acts on does not speak (but "A
                 * Conservative councillor has resigned, saying ... . Cllr X said":
                 * the holder the next sentence names; "A patients' group has
                 * quit, claiming ... . Y Forum said": the body it opens with) */
                long b = lede_body_next(cx, sb, t);
                return b >= 0 ? b : sg_i_lede_role_person(cx, sb, r, 1);
            }
        }
    }
    /* so has a second verb with no person before it ("The chief executive of X
     * has backed the STP, but warned that ..."; with one, the person) */
    int second = r > sb && (sg_tok_is(doc, r - 1, "but") || sg_tok_is(doc, r - 1, "and"));
    /* (and one after a verb that has a person for object: "Jo Vane met Bob Lane and
     * said": the clause's first, Jo Vane) */
    /* (nor the subject of a "that" clause before it: "X said it agreed that
     * councils should be involved, but warned against “...”": X's) */
    for (size_t k = sb + 1; second && k + 2 < r; k++) {
        if (sg_tok_is(doc, k, "that") && doc->toks[k - 1].kind == SG_TK_WORD &&
            !sg_i_is_cap(doc, k - 1) && (e = sg_i_first_stakeholder(cx, sb, k)) >= 0) {
            /* (the person a body's role before names: "NHS Confederation chief
             * executive X said he agreed that ..., but warned") */
            long fm = sg_i_mention_at(cx, sb + sg_tok_is(doc, sb, "the"));
            long p = fm >= 0 && cx->m[fm].entity == e ? role_premodified(cx, fm, r) : -1;
            return p >= 0 ? p : e;
        }
    }
    long m0 = second && r > sb + 2 ? sg_i_mention_at(cx, r - 2) : -1;
    if (m0 >= 0 && cx->m[m0].te == r - 1 && cx->m[m0].entity >= 0 &&
        cx->ents[cx->m[m0].entity].type == SG_NODE_PERSON && cx->m[m0].tb > sb + 1 &&
        doc->toks[cx->m[m0].tb - 1].kind == SG_TK_WORD &&
        !sg_i_is_cap(doc, cx->m[m0].tb - 1) && !sg_tok_is(doc, cx->m[m0].tb - 1, "and") &&
        (e = sg_i_first_stakeholder(cx, sb, cx->m[m0].tb)) >= 0) {
        return e;
    }

    for (size_t t = r; t-- > sb;) {
        /* (nor past a colon: "Devon STP: trust chief warns of “...”" is the chief's,
         * one not named, not the footprint's) */
        if (other < 0 && doc->toks[t].norm_len == 1 && sg_tok_is(doc, t, ":")) {
            return -1;
        }
        /* (nor past the comma and conjunction that open the clause of the body
         * named right before the verb: "X called for A to resign, and Y Council has
         * called on B to go": Y Council's) */
        if (other >= 0 && t + 2 < r && sg_tok_is(doc, t, ",") &&
            (sg_tok_is(doc, t + 1, "and") || sg_tok_is(doc, t + 1, "but"))) {
            long om = sg_i_mention_at(cx, t + 2 + sg_tok_is(doc, t + 2, "the"));
            if (om >= 0 && cx->m[om].entity == other) {
                return other;
            }
        }
        /* (not past a clause of its own whose subject names no stakeholder: "X
         * said ..., while the Greens said": no one known) */
        if (t + 2 < r && other < 0 && sg_tok_is(doc, t, ",") &&
            (sg_tok_is(doc, t + 1, "while") || sg_tok_is(doc, t + 1, "whereas")) &&
            doc->toks[t + 2].kind == SG_TK_WORD && !sg_i_auxiliary(doc, t + 2)) {
            return -1;
        }
        long m = sg_i_mention_at(cx, t);
        if (m >= 0 && (e = cx->m[m].entity) >= 0) {
            if (by_agent(doc, cx->m[m].tb, sb)) {
                t = cx->m[m].tb; /* (nor the agent of a participle: "The commission,
                                  * chaired by Dame X, found") */
                continue;
            }
            int to =
                cx->ents[e].type == SG_NODE_PERSON && written_to(cx, cx->m[m].tb, sb);
            if (cx->ents[e].type == SG_NODE_PERSON &&
                !(cx->m[m].tb > sb && sg_tok_is(doc, cx->m[m].tb - 1, "to")) && !to) {
                return e; /* (not one written to: "A letter from X to Y said") */
            }
            /* "The council leader said": a body's role right before the verb
             * stands for the person named last, as "the health secretary" does */
            size_t te = cx->m[m].te;
            if (t + 1 == te && te < r && cx->m[m].kind == SG_I_M_ANAPHOR &&
                !spokes_at(doc, r - 1) &&
                sg_i_match_role(cx->lex, doc, te, r, NULL) == r - te) {
                long p = sg_i_last_person(cx, cx->m[m].tb);
                if (p >= 0) {
                    return p;
                }
            }
            /* "The NHS England chief executive said" after "Simon Stevens, chief
             * executive of NHS England,": the holder named before */
            if (te < r && cx->ents[e].type != SG_NODE_PERSON &&
                sg_i_match_role(cx->lex, doc, te, r, NULL) == r - te) {
                long h = named_holder(cx, m, te, r);
                /* (or the one person the sentence before names: "Simon Stevens has
                 * insisted ... . Speaking to MPs, the NHS England chief executive
                 * said") */
                h = h >= 0 || doc->toks[r].sent == 0 || cx->m[m].tb == 0 ||
                            !sg_tok_is(doc, cx->m[m].tb - 1, "the") ||
                            spokes_at(doc, r - 1)
                        ? h
                        : sole_person_in(cx, doc->toks[r].sent - 1);
                if (h >= 0) {
                    return h;
                }
                /* (a plan's role holder not named speaks, not the plan: "STP
                 * leader tells BBC: “...”") */
                if (cx->ents[e].type == SG_NODE_STP && !spokes_at(doc, r - 1)) {
                    return -1;
                }
            }
            /* "the Labour peer said", "the Tory MP said": a party's member named
             * by the party, the person named last */
            static const char *const members[] = {"peer", "councillor", "politician",
                                                  "minister", "backbencher"};
            if (te + 1 == r && cx->m[m].tb > sb &&
                sg_tok_is(doc, cx->m[m].tb - 1, "the") &&
                sg_i_party_word(doc, cx->m[m].tb) &&
                (IN_LIST(doc, te, members) || sg_i_postnominal(doc, te))) {
                long p = sg_i_last_person(cx, cx->m[m].tb);
                if (p >= 0) {
                    return p;
                }
            }
            /* (not the body of a role held once: "A former chief executive of X
             * said" names no one) */
            /* (a plan says nothing: "The plan says ..."; "The STP said" is the
             * footprint's partnership named last) */
            size_t vt = te + (te + 1 < r &&
                              (sg_tok_is(doc, te, "has") || sg_tok_is(doc, te, "have")));
            long said = strcmp(cx->ents[e].name, SG_I_PROGRAMME) != 0 ? e
                        : vt == r && (sg_tok_is(doc, te - 1, "stp") ||
                                      sg_tok_is(doc, te - 1, "ics"))
                            ? sg_i_role_body(cx, m)
                            : -1; /* (not "STP leaders warn": people unnamed) */
            /* (nor the body a person described leads: "The man leading X said") */
            if (other < 0 && !AFTER_ANY(cx, &cx->m[m], place_preps) && !seat_at(cx, m) &&
                !(cx->m[m].tb > sb && sg_i_leader_described(doc, sb, r) == cx->m[m].tb) &&
                !sg_i_former_body(cx, m) && !addressed(cx, m) && !to && said >= 0 &&
                strcmp(cx->ents[said].name, SG_I_PROGRAMME) != 0) {
                other = said;
            }
            t = cx->m[m].tb;
            continue;
        }
        long they[8];
        if (t + 1 == r && other < 0 && they_list(cx, t, they, 8)) {
            return they[0]; /* "A and B met. “...,” they said": A, B a co-speaker */
        }
        if ((e = sg_i_pronoun_entity(cx, t)) >= 0) {
            return other >= 0 && cx->ents[e].type != SG_NODE_PERSON ? other : e;
        }
        /* (a role that stands for no one known is the subject still: "X asked,
         * and the minister said" is not X's) */
        for (size_t n = 1; t + 1 == r && other < 0 && n <= 3 && t >= sb + n; n++) {
            /* (not an object's: "have written to the health secretary demanding") */
            if (sg_tok_is(doc, t - n, "the") &&
                sg_i_match_role(cx->lex, doc, t + 1 - n, r, NULL) == n &&
                !spokes_at(doc, t) && !(t - n > sb && IN_LIST(doc, t - n - 1, preps))) {
                return -1; /* (or of more words: "the health secretary said") */
            }
        }
    }
    if (second && (e = sg_i_first_stakeholder(cx, sb, r)) >= 0) {
        return e;
    }
    return other >= 0 ? other : sg_i_lede_role_person(cx, sb, r, 0);
}

size_t sg_i_prev_list(const sg_i_ctx_t *cx, size_t s, int across, long *out, size_t max) {
    const sg_textdoc_t *doc = cx->doc;

    if (s == 0 || (!across && doc->sents[s - 1].para != doc->sents[s].para)) {
        return 0;
    }
    size_t j = doc->sents[s - 1].tok_begin, pe = doc->sents[s - 1].tok_end, n = 0;
    while (j < pe && n < max) {
        j += sg_tok_is(doc, j, "the");
        long pm = sg_i_mention_at(cx, j);
        if (pm < 0 || cx->m[pm].tb != j || cx->m[pm].entity < 0) {
            break;
        }
        out[n++] = cx->m[pm].entity;
        j = cx->m[pm].te;
        if (j < pe && (sg_tok_is(doc, j, "and") || sg_tok_is(doc, j, ","))) {
            j += 1 + (sg_tok_is(doc, j, ",") && sg_tok_is(doc, j + 1, "and"));
            continue;
        }
        break;
    }
    return n >= 2 ? n : 0;
}

/* "The letter was signed by A, leader of X, B, leader of Y, and C.": the people
 * named in sentence s, each once, the last after "and" (past a comma); up to max
 * into out, their number (0 when fewer than two, or not so joined). */
static size_t persons_listed(const sg_i_ctx_t *cx, size_t s, long *out, size_t max) {
    const sg_textdoc_t *doc = cx->doc;
    size_t n = 0;
    int joined = 0;

    for (size_t k = doc->sents[s].tok_begin; k < doc->sents[s].tok_end && n < max; k++) {
        long m = sg_i_mention_at(cx, k);
        if (m < 0 || cx->m[m].tb != k || cx->m[m].entity < 0 ||
            cx->ents[cx->m[m].entity].type != SG_NODE_PERSON) {
            continue;
        }
        int seen = 0;
        for (size_t j = 0; j < n; j++) {
            seen |= out[j] == cx->m[m].entity;
        }
        if (!seen) {
            /* (past what the person is: "A and GP B", "and Green MP B") */
            size_t j = k > 1 && sg_i_person_word(doc, k - 1) ? k - 1 : k;
            j -= j > 1 && sg_i_postnominal(doc, j - 1);
            j -= j > 1 && sg_i_party_word(doc, j - 1);
            joined = n > 0 && j > 0 && sg_tok_is(doc, j - 1, "and");
            out[n++] = cx->m[m].entity;
        }
        k = cx->m[m].te - 1;
    }
    return n >= 2 && joined ? n : 0;
}

/* The ones a plural subject at token t, right before a reporting verb, stands
 * for ("they", "both", "the three unions"): those listed opening the sentence
 * before, or the people it names in a list ("A, B and C signed the letter. “...,”
 * they wrote"); up to max into out, their number. */
static size_t they_list(const sg_i_ctx_t *cx, size_t t, long *out, size_t max) {
    static const char *const counts[] = {"two", "three", "four", "five", "both"};
    const sg_textdoc_t *doc = cx->doc;
    size_t s = doc->toks[t].sent;
    size_t len, sb = doc->sents[s].tok_begin;
    const char *w = sg_tok_norm(doc, t, &len);

    /* ("The three unions said": a count, a plural in lower case, opening it) */
    /* (or after a phrase opening it: "In a joint statement, the two CCGs said") */
    int counted = t > sb && w && len > 3 && w[len - 1] == 's' &&
                  doc->toks[t].kind == SG_TK_WORD &&
                  (!sg_i_is_cap(doc, t) || sg_i_plural_initials(doc, t)) &&
                  IN_LIST(doc, t - 1, counts) &&
                  (t - 1 == sb || (t - 2 >= sb && sg_tok_is(doc, t - 2, "the") &&
                                   (t - 2 == sb || sg_tok_is(doc, t - 3, ","))));
    /* (or "The unions said": a body's plural after "the" opening it) */
    static const char *const bodies[] = {
        "unions", "trusts", "ccgs", "councils", "groups", "charities", "organisations"};
    counted |= t > sb && IN_LIST(doc, t, bodies) && sg_tok_is(doc, t - 1, "the") &&
               (t - 1 == sb || sg_tok_is(doc, t - 2, ",")) && sg_i_mention_at(cx, t) < 0;
    if (!(counted || sg_tok_is(doc, t, "they") || sg_tok_is(doc, t, "both")) || s == 0 ||
        !sg_i_reporting_at(cx, t + 1)) {
        return 0;
    }
    size_t n = sg_i_prev_list(cx, s, 1, out, max);
    return n ? n : persons_listed(cx, s - 1, out, max);
}

/* The mention of a stakeholder that ends at token e, or -1. */
static long mention_ending(const sg_i_ctx_t *cx, size_t e) {
    long m = e > 0 ? sg_i_mention_at(cx, e - 1) : -1;
    return m >= 0 && cx->m[m].te == e ? m : -1;
}

/* "Tarn Council leader Ann Lee", "city leader Jon Collins": where the body and
 * role named before the name at token tb start (not before sb); tb when none is. */
static size_t premodified_start(const sg_i_ctx_t *cx, size_t tb, size_t sb) {
    const sg_textdoc_t *doc = cx->doc;

    for (size_t k = tb; k-- > sb && k + 4 >= tb;) {
        if (doc->toks[k].kind != SG_TK_WORD) {
            return tb;
        }
        if (sg_i_match_role(cx->lex, doc, k, tb, NULL) == tb - k) {
            long b = mention_ending(cx, k);
            if (b >= 0 && cx->m[b].entity >= 0 &&
                cx->ents[cx->m[b].entity].type != SG_NODE_PERSON) {
                return cx->m[b].tb;
            }
            return k > sb && sg_i_council_kind(doc, k - 1) ? k - 1 : k;
        }
    }
    return tb;
}

size_t sg_i_co_speakers(const sg_i_ctx_t *cx, const sg_i_quote_t *q, long *out,
                        size_t max) {
    const sg_textdoc_t *doc = cx->doc;
    if (q->speaker < 0 || q->cue_tok == (size_t)-1 || max < 2) {
        return 0;
    }
    size_t nt = q->cue_tok > 0 ? they_list(cx, q->cue_tok - 1, out, max) : 0;
    if (nt && out[0] == q->speaker) {
        return nt; /* "they said": each of those it stands for */
    }
    size_t sb = doc->sents[doc->toks[q->cue_tok].sent].tok_begin;
    long m = -1;
    for (size_t k = q->cue_tok; k-- > sb && m < 0;) {
        long x = sg_i_mention_at(cx, k);
        m = x >= 0 && cx->m[x].entity == q->speaker ? x : -1;
    }
    size_t n = 0;
    sg_node_type_t type = cx->ents[q->speaker].type;
    out[n++] = q->speaker;
    /* (the list's "and" may come after the speaker: "A, B and the leaders of four
     * councils said") */
    int listed = m >= 0 && sg_tok_is(doc, cx->m[m].te, "and");
    /* back from the speaker, item by item: a stakeholder, or one of the speaker's
     * type and its apposition ("Tom Ash, MP for Corby, Ann Lee, MP for Dale, and
     * Joe Bell said"), each after a comma or an "and" (the last link's) */
    for (size_t j = m >= 0
                        ? premodified_start(cx, sg_i_item_start(cx, cx->m[m].tb, sb), sb)
                        : sb;
         n < max && j > sb;) {
        size_t q0 = j - (j > sb + 1 && sg_tok_is(doc, j - 1, "the")); /* "and the X" */
        size_t p = q0;
        int and = 0;
        while (p > sb && (sg_tok_is(doc, p - 1, ",") || sg_tok_is(doc, p - 1, "and"))) {
            and |= sg_tok_is(doc, p - 1, "and");
            p--;
        }
        if (p == q0 || (n == 1 && !(and || listed))) {
            break;
        }
        /* (past the item's brackets: "Cllr A (Hale), Cllr B (Fenby) and ...") */
        if (p > sb + 2 && sg_tok_is(doc, p - 1, ")")) {
            size_t o = p - 1;
            while (o > sb && o + 6 > p && !sg_tok_is(doc, o, "(")) {
                o--;
            }
            p = sg_tok_is(doc, o, "(") ? o : p;
        }
        /* a stakeholder named right there, or one of the speaker's type before an
         * apposition ("X, chief executive of Y, and Z": X, not Y) */
        long d = mention_ending(cx, p), a = -1;
        for (size_t k = p; a == -1 && k-- > sb && k + 9 > p;) {
            if (doc->toks[k].kind == SG_TK_QUOTE || sg_i_reporting_at(cx, k)) {
                break;
            }
            if (sg_tok_is(doc, k, ",")) {
                a = mention_ending(cx, k);
                a = a >= 0 && cx->m[a].entity >= 0 &&
                            cx->ents[cx->m[a].entity].type == type
                        ? a
                        : -2;
            }
        }
        static const char *const of_body[] = {"of", "at", "for", "in"};
        /* ("A of X, B of Y and C said": B, the one of Y; "of the Y" too) */
        size_t db = d >= 0 ? cx->m[d].tb : 0;
        db -= db > sb + 1 && sg_tok_is(doc, db - 1, "the");
        long ob = d >= 0 && db > sb + 1 && IN_LIST(doc, db - 1, of_body)
                      ? mention_ending(cx, db - 1)
                      : -1;
        if (ob >= 0 && cx->m[ob].entity >= 0 && cx->ents[cx->m[ob].entity].type == type) {
            a = d = ob;
        }
        if (d >= 0 && !(a >= 0 && db > sb && IN_LIST(doc, db - 1, of_body))) {
            a = d;
        }
        if (a < 0 || cx->m[a].entity < 0) {
            break;
        }
        out[n++] = cx->m[a].entity;
        j = cx->ents[cx->m[a].entity].type == SG_NODE_PERSON
                ? premodified_start(cx, cx->m[a].tb, sb)
                : cx->m[a].tb;
    }
    return n > 1 ? n : 0;
}

/* "..., according to the town's MP. Conservative MP Robert Halfon told ...": for
 * the words from a that end in a role and name no one ("the town's MP", "a senior
 * consultant"), the person the next sentence names with that role right before or
 * after the name; else -1. */
SG_I_COLD static long role_named_next(const sg_i_ctx_t *cx, size_t a, size_t limit) {
    const sg_textdoc_t *doc = cx->doc;
    size_t e = a, rb = 0, n = 0;

    while (e < limit && e < a + 6 && doc->toks[e].kind != SG_TK_PUNCT &&
           doc->toks[e].kind != SG_TK_QUOTE && sg_i_mention_at(cx, e) < 0) {
        e++;
    }
    for (size_t k = a; k < e && !n; k++) {
        size_t l = sg_i_match_role(cx->lex, doc, k, e, NULL);
        l = l ? l : (size_t)sg_i_postnominal(doc, k); /* ("the town's MP") */
        rb = k;
        n = k + l == e ? l : 0;
    }
    size_t s = doc->toks[a].sent;
    if (!n || (e < doc->ntoks && sg_tok_is(doc, e, "of")) || s + 1 >= doc->nsents) {
        return -1; /* (a body's role names its body: "the chief executive of X") */
    }
    size_t nb = doc->sents[s + 1].tok_begin, ne = doc->sents[s + 1].tok_end;
    for (size_t t = nb; t < ne; t++) {
        long m = sg_i_mention_at(cx, t);
        if (m < 0 || cx->m[m].tb != t || cx->m[m].entity < 0 ||
            cx->ents[cx->m[m].entity].type != SG_NODE_PERSON) {
            continue;
        }
        int before = t >= nb + n,
            after = cx->m[m].te + n < ne && sg_tok_is(doc, cx->m[m].te, ",");
        for (size_t j = 0; j < n; j++) {
            before = before && sg_i_same_word(doc, t - n + j, rb + j);
            after = after && sg_i_same_word(doc, cx->m[m].te + 1 + j, rb + j);
        }
        if (before || after) {
            return cx->m[m].entity;
        }
        t = cx->m[m].te - 1;
    }
    return -1;
}

/* The speaker a headline's "..., says (former) BODY chief" names, body mention bm
 * of entity e: the person the lede names first (the chief's name), else e itself
 * (or no one, for a former one: no longer the body's voice). */
static long headline_holder(const sg_i_ctx_t *cx, long bm, long e) {
    static const char *const chiefs[] = {"chief", "boss",   "head",   "fellow",
                                         "chair", "leader", "expert", "director"};
    const sg_textdoc_t *doc = cx->doc;
    size_t tb = cx->m[bm].tb, te = cx->m[bm].te, s = doc->toks[tb].sent;
    if (doc->sents[s].para != doc->headline || te >= doc->sents[s].tok_end ||
        !IN_LIST(doc, te, chiefs) || s + 1 >= doc->nsents) {
        return e;
    }
    int former =
        tb > 0 && (sg_tok_is(doc, tb - 1, "former") || sg_tok_is(doc, tb - 1, "ex"));
    for (size_t t = doc->sents[s + 1].tok_begin; t < doc->sents[s + 1].tok_end; t++) {
        long m = sg_i_mention_at(cx, t);
        if (m >= 0 && cx->m[m].entity >= 0 &&
            cx->ents[cx->m[m].entity].type == SG_NODE_PERSON) {
            return cx->m[m].entity;
        }
    }
    return former ? -1 : e;
}

/* "according to X" at token t: the quotation's speaker is the stakeholder named
 * after it, before limit. Returns 1 when the words are there (a speaker found or
 * not), else 0. */
static int according_to(sg_i_ctx_t *cx, sg_i_quote_t *q, size_t t, size_t limit) {
    const sg_textdoc_t *doc = cx->doc;
    long e = -1;

    if (sg_tok_is(doc, t, "in") && t + 3 < limit) {
        /* "in the words of X", "in X's words" */
        long m = sg_i_mention_at(cx, t + 1);
        if (sg_tok_is(doc, t + 1, "the") && sg_tok_is(doc, t + 2, "words") &&
            sg_tok_is(doc, t + 3, "of")) {
            /* (a person a role names: "in the words of LGA chairman Lord Porter") */
            long wm = mention_after(cx, t + 4, limit);
            long wp = wm >= 0 ? role_premodified(cx, wm, limit) : -1;
            e = wp >= 0 ? wp : entity_after(cx, t + 4, limit);
        } else if (m >= 0 && cx->m[m].tb == t + 1 && cx->m[m].te + 1 < limit &&
                   sg_tok_is(doc, cx->m[m].te, "'s") &&
                   sg_tok_is(doc, cx->m[m].te + 1, "words")) {
            e = cx->m[m].entity;
        } else {
            return 0;
        }
        if (e >= 0) {
            q->speaker = e;
            q->cue_tok = t;
        }
        return 1;
    }
    if (!(sg_tok_is(doc, t, "according") && sg_tok_is(doc, t + 1, "to"))) {
        return 0;
    }
    /* (a source no stakeholder, "according to the Western Morning News, X has
     * called it “...”", leaves the quotation to the sentence's verb) */
    size_t a = t + 2 + (sg_tok_is(doc, t + 2, "the") || sg_tok_is(doc, t + 2, "a"));
    long am = a < limit ? sg_i_mention_at(cx, a) : -1;
    if (a < limit && doc->toks[a].kind == SG_TK_WORD && sg_i_is_cap(doc, a) &&
        (am < 0 || cx->m[am].entity < 0)) {
        return 0;
    }
    long m = mention_after(cx, t + 2, limit);
    e = m >= 0 ? role_premodified(cx, m, limit) : -1; /* "according to X's chair, Y" */
    size_t tb = m >= 0 ? cx->m[m].tb : 0, te = m >= 0 ? cx->m[m].te : 0;
    if (e < 0 && m >= 0 && cx->ents[cx->m[m].entity].type != SG_NODE_PERSON &&
        tb > a + 1 && sg_tok_is(doc, tb - 1, "of") &&
        sg_i_match_role(cx->lex, doc, a, tb - 1, NULL) == tb - 1 - a && te + 1 < limit &&
        sg_tok_is(doc, te, ",")) {
        long p = sg_i_mention_at(cx, te + 1); /* "according to the chair of X, Y" */
        e = p >= 0 && cx->m[p].tb == te + 1 && cx->m[p].entity >= 0 &&
                    cx->ents[cx->m[p].entity].type == SG_NODE_PERSON
                ? cx->m[p].entity
                : -1;
    }
    e = e >= 0 ? e : m >= 0 ? cx->m[m].entity : role_named_next(cx, t + 2, limit);
    if (e >= 0) {
        q->speaker = e;
        q->cue_tok = t;
    }
    return 1;
}

static int naming_at(const sg_textdoc_t *doc, size_t t);
/* the words before a verb in the passive ("was branded", "has been rated") */
static const char *const passive_be[] = {"was", "were", "been", "is", "are", "being"};
static int judging_at(const sg_i_ctx_t *cx, size_t t);

/* Is the naming verb at token t (t > 0) in the passive: after a "be" ("was
 * branded"), or its participle right after a comma and right before the words
 * ("the plan, dubbed “...”", not "X, called it “...”")? */
static int named_passive(const sg_textdoc_t *doc, size_t t) {
    static const char *const participles[] = {"called", "branded", "labelled", "dubbed",
                                              "rated",  "deemed",  "described"};
    /* (past a word between: "were all rated", "has been widely described") */
    static const char *const between[] = {"all",    "both", "also",
                                          "widely", "each", "since"};
    size_t w = t + 1 + sg_tok_is(doc, t + 1, "as"), b = t - 1;
    b -= b > 0 && IN_LIST(doc, b, between);
    return IN_LIST(doc, b, passive_be) ||
           (sg_tok_is(doc, t - 1, ",") && IN_LIST(doc, t, participles) &&
            w < doc->ntoks && doc->toks[w].kind == SG_TK_QUOTE);
}
static int judging_subject(const sg_i_ctx_t *cx, size_t t, long *e);

/* Is token t a call for what the words quote ("X called for “a dose of
 * realism”"), the caller's words? */
static int calling_for(const sg_textdoc_t *doc, size_t t) {
    static const char *const calls[] = {"called", "calls", "calling", "call"};
    /* (or "called on": "called on ministers to be “honest about the money”") */
    return t + 1 < doc->ntoks &&
           (sg_tok_is(doc, t + 1, "for") || sg_tok_is(doc, t + 1, "on")) &&
           IN_LIST(doc, t, calls);
}

/* Has the sentence of the quotation opening at token open a reporting or naming
 * verb before it ("X said the plan was “...”", "X called it “...”")? */
static int verb_before(const sg_i_ctx_t *cx, size_t open) {
    const sg_textdoc_t *doc = cx->doc;
    size_t sb = doc->sents[doc->toks[open].sent].tok_begin;

    for (size_t t = open; t-- > sb;) {
        if (doc->toks[t].kind == SG_TK_QUOTE) {
            return 0; /* another quotation's */
        }
        if (sg_i_reporting_at(cx, t) || naming_at(doc, t) || judging_at(cx, t) ||
            calling_for(doc, t)) {
            return 1;
        }
    }
    return 0;
}

/* "a statement from Tarn CCG", "the statement by X" at token t, before limit: the
 * stakeholder it is from, or -1. */
static long statement_from(const sg_i_ctx_t *cx, size_t t, size_t limit) {
    const sg_textdoc_t *doc = cx->doc;

    if (!(sg_tok_is(doc, t, "a") || sg_tok_is(doc, t, "the")) ||
        !sg_tok_is(doc, t + 1, "statement") ||
        !(sg_tok_is(doc, t + 2, "from") || sg_tok_is(doc, t + 2, "by"))) {
        return -1;
    }
    long m = mention_after(cx, t + 3, limit);
    return m >= 0 && cx->m[m].tb <= t + 4 ? cx->m[m].entity : -1;
}

/* "X said in a joint statement that ... “...,” the statement said": for "the
 * statement" (or "the joint statement", "their statement") at tokens [t, k), the
 * first stakeholder of the sentence, one of the two before, that issued a
 * statement; else -1. */
static long statement_issuer(const sg_i_ctx_t *cx, size_t t, size_t k) {
    static const char *const owners[] = {"the", "their", "its"};
    const sg_textdoc_t *doc = cx->doc;
    size_t w = t + 1 + (t + 1 < k && sg_tok_is(doc, t + 1, "joint"));

    if (w + 1 != k || !IN_LIST(doc, t, owners) || !sg_tok_is(doc, w, "statement")) {
        return -1;
    }
    size_t s = doc->toks[t].sent;
    for (size_t p = s; p-- > 0 && p + 3 > s;) {
        size_t sb = doc->sents[p].tok_begin, se = doc->sents[p].tok_end;
        for (size_t j = sb + 1; j < se; j++) {
            if (sg_tok_is(doc, j, "statement") &&
                (sg_tok_is(doc, j - 1, "a") || sg_tok_is(doc, j - 1, "joint"))) {
                /* (not a place the issuers are in: "The leaders of three councils
                 * in the Fenby STP area have issued a joint statement") */
                long e = sg_i_first_stakeholder(cx, sb, j);
                long m = e >= 0 ? mention_after(cx, sb, j) : -1;
                size_t b = m >= 0 && cx->m[m].entity == e ? cx->m[m].tb : sb;
                b -= b > sb && sg_tok_is(doc, b - 1, "the");
                return b > sb && (sg_tok_is(doc, b - 1, "in") ||
                                  sg_tok_is(doc, b - 1, "across") ||
                                  sg_tok_is(doc, b - 1, "within"))
                           ? -1
                           : e;
            }
        }
    }
    return -1;
}

/* "A statement from X read:" ending at the colon at token colon, the statement
 * named at a token in [from, to): X, else -1. */
static long statement_read(const sg_i_ctx_t *cx, size_t from, size_t to, size_t colon) {
    const sg_textdoc_t *doc = cx->doc;
    long e = -1;

    if (colon < from + 2 || !sg_tok_is(doc, colon, ":") ||
        !(sg_tok_is(doc, colon - 1, "read") || sg_tok_is(doc, colon - 1, "reads"))) {
        return -1;
    }
    for (size_t t = from; t < to && t + 3 < colon && e < 0; t++) {
        e = statement_from(cx, t, colon - 1);
    }
    return e;
}

/* "“...,” was the verdict of X", "“...” That is the view of X": after a quotation, at
 * token t, a verdict's noun whose speaker is the stakeholder after "of" or "from";
 * that stakeholder, else -1. */
static long verdict_of(const sg_i_ctx_t *cx, size_t t, size_t limit) {
    static const char *const verdicts[] = {
        "verdict",  "view",     "message",  "warning",   "assessment", "conclusion",
        "response", "reaction", "judgment", "judgement", "opinion",    "words"};
    static const char *const demonstratives[] = {"that", "this", "such"};
    const sg_textdoc_t *doc = cx->doc;
    /* (or after a dash: "“...” - that is the view of X", "“...” - the verdict of X") */
    int dash = t < limit && sg_tok_is(doc, t, "-");
    size_t k = t + dash;
    k += k < limit && IN_LIST(doc, k, demonstratives);
    k -= dash && k < limit && sg_tok_is(doc, k, "the"); /* (no verb after a dash) */

    if (k + 4 >= limit || !((dash && sg_tok_is(doc, k + 1, "the") && k + 1 == t + 1) ||
                            ((sg_tok_is(doc, k, "was") || sg_tok_is(doc, k, "is")) &&
                             sg_tok_is(doc, k + 1, "the")))) {
        return -1;
    }
    /* (a word or two before the noun: "the stark verdict of X") */
    for (size_t v = k + 2; v < limit && v < k + 5 && doc->toks[v].kind == SG_TK_WORD;
         v++) {
        if (IN_LIST(doc, v, verdicts)) {
            if (!(sg_tok_is(doc, v + 1, "of") || sg_tok_is(doc, v + 1, "from"))) {
                return -1;
            }
            long m = sg_i_mention_at(cx, v + 2); /* ("the charity" one mention) */
            size_t b = m >= 0 ? v + 2 : v + 2 + sg_tok_is(doc, v + 2, "the");
            m = m >= 0 ? m : sg_i_mention_at(cx, b);
            return m >= 0 && cx->m[m].tb == b ? cx->m[m].entity : -1;
        }
        if (sg_i_is_cap(doc, v)) {
            return -1;
        }
    }
    return -1;
}

static void attribute_after(sg_i_ctx_t *cx, sg_i_quote_t *q, size_t close_tok) {
    const sg_textdoc_t *doc = cx->doc;
    /* room for a role before the name: "...," the trust's medical director, Dr
     * Rhian Ellis, said */
    size_t t = close_tok + 1, limit = close_tok + 24;

    if (t < doc->ntoks && sg_tok_is(doc, t, ",")) {
        t++;
    }
    /* (nor a clause of its own after it: "“by the back door” after it announced
     * plans") */
    static const char *const subordinators[] = {"after", "before",  "when", "because",
                                                "since", "while",   "if",   "unless",
                                                "until", "although"};
    if (t >= doc->ntoks ||
        ((doc->toks[t].flags & SG_TF_PARA_START) && t != close_tok + 1) ||
        (t == close_tok + 1 && IN_LIST(doc, t, subordinators))) {
        return;
    }
    if (limit > doc->ntoks) {
        limit = doc->ntoks;
    }
    if (!(doc->toks[t].flags & SG_TF_SENT_START) && according_to(cx, q, t, limit)) {
        return; /* "...," according to a spokesperson for the trust (not the next
                 * sentence's: "“...” / In the words of Y, “...”") */
    }
    /* (past a few words that end the claim: "“unachievable” without extra
     * investment, according to X") */
    size_t a = t;
    while (a < limit && a < t + 6 && doc->toks[a].kind == SG_TK_WORD &&
           !sg_i_is_cap(doc, a) && !sg_i_reporting_at(cx, a) &&
           sg_i_mention_at(cx, a) < 0) {
        a++;
    }
    if (a > t && a + 2 < limit && sg_tok_is(doc, a, ",") &&
        sg_tok_is(doc, a + 1, "according") && according_to(cx, q, a + 1, limit)) {
        return;
    }
    /* (or past names too, to the sentence's "according to" that sources it all:
     * "“left in the dark” about the Y STP's plans, according to a report from X";
     * no quotation nor reporting verb between) */
    size_t se = doc->sents[doc->toks[close_tok].sent].tok_end;
    for (a = t; a + 2 < se && a < limit && doc->toks[a].kind != SG_TK_QUOTE &&
                !sg_i_reporting_at(cx, a);
         a++) {
        if (sg_tok_is(doc, a, ",") && sg_tok_is(doc, a + 1, "according")) {
            if (according_to(cx, q, a + 1, limit)) {
                return;
            }
            break;
        }
    }
    long vx = verdict_of(cx, t, limit);
    if (vx >= 0) {
        q->speaker = vx;
        q->cue_tok = t;
        return;
    }
    /* "X was branded “...” by Y", "had been rated (as) “...” by Y": a naming verb in
     * the passive, its agent after the words */
    size_t nv = q->qb >= 2 ? q->qb - 2 : 0; /* (the verb before the opening mark) */
    nv -= nv > 0 && sg_tok_is(doc, nv, "as");
    if (t + 1 < limit && sg_tok_is(doc, t, "by") && nv > 0 &&
        (naming_at(doc, nv) || sg_tok_is(doc, nv, "described")) &&
        named_passive(doc, nv)) {
        size_t a = t + 1 + sg_tok_is(doc, t + 1, "the");
        long m = sg_i_mention_at(cx, a);
        if (m >= 0 && cx->m[m].tb == a) {
            q->speaker = cx->m[m].entity;
            q->cue_tok = nv;
            return;
        }
    }
    /* "“...” — Ann Lee, chief executive of Tarn CCG": a dash, then the person (not
     * a list's next line, after a line with a bullet of its own); or a body that
     * ends the line ("“...” - Healthwatch Tarn") */
    if (sg_tok_is(doc, t, "-") && t + 1 < limit &&
        !(sg_i_bullet_at(doc, t) && sg_i_bullet_at(doc, doc->paras[q->para].tok_begin))) {
        long m = sg_i_mention_at(cx, t + 1);
        size_t me = m >= 0 ? cx->m[m].te : 0; /* (past a full stop: "- Ann Lee.") */
        me += me + 1 < doc->ntoks && sg_tok_is(doc, me, ".") &&
              (doc->toks[me + 1].flags & SG_TF_PARA_START);
        me += me + 1 == doc->ntoks && sg_tok_is(doc, me, ".");
        int ends =
            m >= 0 && (me >= doc->ntoks || (doc->toks[me].flags & SG_TF_PARA_START));
        if (m >= 0 && cx->m[m].tb == t + 1 && cx->m[m].entity >= 0 &&
            (cx->ents[cx->m[m].entity].type == SG_NODE_PERSON ||
             (ends && cx->m[m].kind == SG_I_M_NAME)) &&
            (ends || sg_tok_is(doc, cx->m[m].te, ","))) {
            q->speaker = cx->m[m].entity;
            q->cue_tok = t;
        }
        return;
    }
    if (sg_tok_is(doc, t, "and") || sg_tok_is(doc, t, "but")) {
        return; /* "X said ... “...” and urged Y to": the clause goes on, X's */
    }
    /* "X said the council would “work constructively” with Dr Y, though he
     * warned": words quoted mid-clause, run on by a word of the sentence (no
     * comma, theirs or after them), are the clause's verb's, before them */
    if (t == close_tok + 1 && doc->toks[t].kind == SG_TK_WORD && !sg_i_is_cap(doc, t) &&
        !sg_i_reporting_at(cx, t) && sg_i_pronoun_entity(cx, t) < 0 &&
        !sg_tok_is(doc, q->qe - 1, ",") && verb_before(cx, q->qb - 1)) {
        return;
    }
    /* "“...,” read a statement from Tarn CCG": the body the statement is from */
    long from = (sg_tok_is(doc, t, "read") || sg_tok_is(doc, t, "reads")) && t + 4 < limit
                    ? statement_from(cx, t + 1, limit)
                    : -1;
    if (from >= 0) {
        q->speaker = from;
        q->cue_tok = t;
        return;
    }
    /* "..." he said / Lloyd added / said Lloyd; not past the end of a sentence
     * whose own verb says it ("X said the plan was “a betrayal”. Y agreed.") */
    for (size_t k = t; k < limit; k++) {
        if (doc->toks[k].kind == SG_TK_QUOTE || (doc->toks[k].flags & SG_TF_PARA_START) ||
            (doc->toks[k].sent != doc->toks[close_tok].sent &&
             (k > t + 5 || verb_before(cx, q->qb - 1)))) {
            return;
        }
        if (IN_LIST(doc, k, clause_joins) || sg_tok_is(doc, k, "whereas")) {
            return; /* "X told her it was “...”, while she said": another clause's */
        }
        if (sg_i_reporting_at(cx, k)) {
            /* the person named before the verb, else a spokesperson's body, else
             * the first stakeholder */
            long e = -1, first = -1, spokes = -1;
            for (size_t j = t; j < k && e < 0; j++) {
                long m = sg_i_mention_at(cx, j);
                long x = m >= 0 ? cx->m[m].entity : sg_i_pronoun_entity(cx, j), tl[8];
                if (x >= 0 && cx->ents[x].type == SG_NODE_PERSON) {
                    e = x;
                } else if (m < 0 && j + 1 == k && they_list(cx, j, tl, 8)) {
                    e = tl[0]; /* "A and B met. “...,” they said" */
                } else if (first < 0 && !(m >= 0 && AFTER_ANY(cx, &cx->m[m], preps))) {
                    first = x; /* not "“frozen out” of STPs, says BMA", nor
                                * "“sidelined” by STPs, says charity" */
                }
                if (spokes < 0 && spokes_at(doc, j)) {
                    spokes = spokes_body(cx, j);
                }
                if (spokes < 0 && j + 3 < k) {
                    spokes = statement_from(cx, j, k); /* "a statement from X said" */
                }
                if (spokes < 0 && j + 1 < k) {
                    spokes = statement_issuer(cx, j, k); /* "the statement said" */
                }
            }
            size_t after = limit + 3; /* where a speaker after the verb may end */
            if (e < 0 && spokes >= 0) {
                e = spokes; /* "...," a spokesperson for the trust said */
            } else if (e < 0 && k >= close_tok + 6) {
                /* past a few words, only a person named before the verb, or a
                 * stakeholder right after it ("... of the Devon STP, says RCN"), or
                 * one that opens the clause the verb ends ("... in its current
                 * form, Healthwatch Hale said") */
                /* (past an auxiliary: "... of STPs, the BMA has claimed") */
                size_t v = k - (k > t + 2 && (sg_tok_is(doc, k - 1, "has") ||
                                              sg_tok_is(doc, k - 1, "have")));
                v -= v > t + 4 && sg_tok_is(doc, v - 1, ")") && sg_tok_is(doc, v - 3, "(")
                         ? 3
                         : 0; /* (and its letters: "the British Medical Association
                               * (BMA) has claimed") */
                long m = sg_i_mention_at(cx, v - 1);
                size_t mb = m >= 0 ? cx->m[m].tb : 0;
                /* (or a role's body there, the role opening the clause: "“...”, the
                 * founder of X has claimed", the role's holder found later) */
                size_t ob = mb; /* (past the body's kind: "of campaign group X") */
                while (ob > t + 3 && ob + 3 > mb &&
                       doc->toks[ob - 1].kind == SG_TK_WORD &&
                       !sg_i_is_cap(doc, ob - 1) && !sg_tok_is(doc, ob - 1, "of")) {
                    ob--;
                }
                size_t rb =
                    ob > t + 2 && sg_tok_is(doc, ob - 1, "of")
                        ? ob - 1 - sg_i_match_role(cx->lex, doc, t + 1, ob - 1, NULL)
                        : 0;
                first = m >= 0 && cx->m[m].te == v && mb >= t && mb > 0 &&
                                (sg_tok_is(doc, mb - 1, ",") ||
                                 (mb > t + 1 && sg_tok_is(doc, mb - 1, "the") &&
                                  sg_tok_is(doc, mb - 2, ",")) ||
                                 (rb == t + 1 && sg_tok_is(doc, t, "the")))
                            ? cx->m[m].entity
                            : -1;
                after = k + 3;
            }
            e = e >= 0 ? e : first;
            if (e < 0 && k > close_tok && sg_tok_is(doc, k - 1, ",") &&
                sg_i_participle(doc, k)) { /* (the comma right after the quotation too) */
                /* "X has called for a “reset” of STPs, saying ...": the subject of
                 * the clause the participle follows, not one after it */
                e = sg_i_subject_before(cx, k);
            }
            size_t se = doc->sents[doc->toks[k].sent].tok_end; /* not the next one's */
            if (e < 0) {
                long em = mention_after(cx, k + 1, after < se ? after : se);
                e = em >= 0 ? cx->m[em].entity : -1;
                /* "said Tarn Council leader Ann Lee", "said the chief executive of
                 * Tarn Council, Ann Lee": the person the body is hers */
                long p = e >= 0 && cx->ents[e].type != SG_NODE_PERSON
                             ? person_after(cx, k + 1)
                             : -1;
                e = p >= 0 ? p : e;
                if (p < 0 && e >= 0 && cx->ents[e].type != SG_NODE_PERSON) {
                    e = headline_holder(cx, em, e);
                }
            }
            if (e >= 0) {
                q->speaker = e;
                q->cue_tok = k;
            }
            return;
        }
    }
}

/* "X has called the plans “a cut too far”", "branded it “a disgrace”": a verb that
 * names what it quotes (not "called for", "called on"). */
static int naming_at(const sg_textdoc_t *doc, size_t t) {
    static const char *const naming[] = {"called",  "branded",  "labelled",  "dubbed",
                                         "calling", "branding", "labelling", "dubbing",
                                         "calls",   "brands",   "labels",    "dubs",
                                         "rated",   "rates",    "rating",    "deemed"};
    static const char *const particles[] = {"for", "on", "in", "off", "up", "out"};

    return IN_LIST(doc, t, naming) && !IN_LIST(doc, t + 1, particles);
}

/* "X accused the CCG of “passing the buck”", "criticised it for “...”": a verb
 * that judges another in the words it quotes, whose speaker must be named right
 * before it (not "Simon Stevens defended STPs after MPs accused ... “secret”"). */
static int judging_at(const sg_i_ctx_t *cx, size_t t) {
    return judging_subject(cx, t, NULL);
}

/* judging_at, and in *e (when not NULL) the one named right before the verb
 * ("Healthwatch Tarnshire thanked him for “...”"), or -1 when an apposition's
 * end is between (its person is found as any verb's subject is). */
static int judging_subject(const sg_i_ctx_t *cx, size_t t, long *e) {
    static const char *const judging[] = {
        "accused",  "criticised", "praised",   "accusing", "criticising", "praising",
        "attacked", "attacking",  "hailed",    "hailing",  "condemned",   "condemning",
        "slammed",  "welcomed",   "dismissed", "thanked"};
    static const char *const aux[] = {"has", "have", "had", "also", "both", "been"};
    const sg_textdoc_t *doc = cx->doc;

    /* (not in the passive, the one judged before it: a headline's "STP accused of
     * ‘rubber-stamping’ closures", "X was criticised for “...”") */
    if (!IN_LIST(doc, t, judging) ||
        (t + 1 < doc->ntoks &&
         (sg_tok_is(doc, t + 1, "of") || sg_tok_is(doc, t + 1, "for") ||
          sg_tok_is(doc, t + 1, "as")) &&
         t > 0 && (sg_i_mention_at(cx, t - 1) >= 0 || IN_LIST(doc, t - 1, passive_be)))) {
        return 0;
    }
    size_t k = t;
    while (k > 0 && IN_LIST(doc, k - 1, aux)) {
        k--;
    }
    int comma = k > 1 && sg_tok_is(doc, k - 1, ",");
    k -= comma; /* "Cllr Lee Chapman, has accused": past the apposition's end */
    if (!comma && k > 3 && sg_tok_is(doc, k - 1, ")") && sg_tok_is(doc, k - 3, "(") &&
        (doc->toks[k - 2].flags & SG_TF_ALLCAPS)) {
        k -= 3; /* "X (WAHT) has accused": past the letters in brackets */
    }
    long m = k > 0 ? sg_i_mention_at(cx, k - 1) : -1;
    long who = m >= 0 && cx->m[m].te == k ? cx->m[m].entity
               : k > 0                    ? sg_i_pronoun_entity(cx, k - 1)
                                          : -1;
    if (e) {
        *e = comma ? -1 : who;
    }
    return who >= 0;
}

/* Does the word after token k read as a noun, after a possessive or a determiner
 * ("Mr Khan's claims", "these claims")? */
static int noun_after(const sg_textdoc_t *doc, size_t k) {
    static const char *const dets[] = {"'s",    "the",   "his",   "her",  "its",
                                       "their", "these", "those", "such", "our"};
    return IN_LIST(doc, k, dets);
}

/* "X issued the following joint statement:" or "X was blunt:" ending at the colon
 * at token colon: the token of the verb that issued it ("issued", "released", "put
 * out") or of the "was", else 0. */
static size_t statement_verb(const sg_textdoc_t *doc, size_t colon, size_t sb) {
    static const char *const kinds[] = {"joint",   "following", "short", "brief",
                                        "written", "a",         "the",   "this"};
    static const char *const verbs[] = {"issued", "released", "published", "made",
                                        "issue",  "release",  "out"};
    /* (or how the words were put: "X was blunt:", "X was equally clear:") */
    static const char *const manners[] = {
        "blunt",  "clear", "unequivocal", "emphatic", "scathing",   "defiant",
        "candid", "frank", "adamant",     "direct",   "forthright", "damning"};
    size_t k = colon;

    if (k > sb + 2 && IN_LIST(doc, k - 1, manners)) {
        size_t b = k - 2 -
                   (k > sb + 3 &&
                    (sg_tok_is(doc, k - 2, "equally") || sg_tok_is(doc, k - 2, "more") ||
                     sg_tok_is(doc, k - 2, "less")));
        return sg_tok_is(doc, b, "was") || sg_tok_is(doc, b, "is") ||
                       sg_tok_is(doc, b, "were")
                   ? b
                   : 0;
    }
    /* (past when: "issued the following statement on Monday:") */
    static const char *const when[] = {"on",       "last",   "this",     "yesterday",
                                       "today",    "night",  "morning",  "afternoon",
                                       "evening",  "monday", "tuesday",  "wednesday",
                                       "thursday", "friday", "saturday", "sunday"};
    while (k > sb + 2 && k + 3 > colon && IN_LIST(doc, k - 1, when)) {
        k--;
    }
    if (k < sb + 2 ||
        !(sg_tok_is(doc, k - 1, "statement") || sg_tok_is(doc, k - 1, "statements"))) {
        return 0;
    }
    for (k--; k > sb && k + 5 > colon && IN_LIST(doc, k - 1, kinds); k--) {
    }
    if (k <= sb || !IN_LIST(doc, k - 1, verbs)) {
        return 0;
    }
    k--; /* "put out a statement" */
    return !sg_tok_is(doc, k, "out")                ? k
           : k > sb && sg_tok_is(doc, k - 1, "put") ? k - 1
                                                    : 0;
}

/* Is there a reporting verb in [sb, t), with no quotation mark after it, whose
 * clause the verb at t is in ("X said the council welcomed the deal but would
 * “...”": X's words)? */
static int reported_before(const sg_i_ctx_t *cx, size_t sb, size_t t) {
    for (size_t k = t; k-- > sb;) {
        if (cx->doc->toks[k].kind == SG_TK_QUOTE) {
            return 0;
        }
        if (sg_i_reporting_at(cx, k)) {
            return 1;
        }
    }
    return 0;
}

static void attribute_before(sg_i_ctx_t *cx, sg_i_quote_t *q, size_t open_tok) {
    const sg_textdoc_t *doc = cx->doc;
    size_t sb = doc->sents[doc->toks[open_tok].sent].tok_begin;

    for (size_t t = open_tok; t-- > sb;) {
        if (according_to(cx, q, t, open_tok)) {
            return;
        }
    }
    for (size_t t = open_tok; t-- > sb;) {
        if (doc->toks[t].kind == SG_TK_QUOTE && t + 1 < open_tok) {
            continue;
        }
        if (t > sb && sg_tok_is(doc, t - 1, ",") && sg_tok_is(doc, t, "while")) {
            break; /* "X praised Y's “...”, while Z thanked him for “...”": another
                    * clause's verb */
        }
        if (sg_i_reporting_at(cx, t) && t > sb && noun_after(doc, t - 1)) {
            continue; /* a noun: "X said Y's claims were “untrue”" */
        }
        if (sg_i_reporting_at(cx, t) || naming_at(doc, t) || calling_for(doc, t) ||
            (judging_at(cx, t) && !reported_before(cx, sb, t))) {
            /* in the passive, its agent: "MPs were told by X that", "The plans were
             * described by X as" */
            long e = -1;
            if (sg_tok_is(doc, t + 1, "by")) {
                size_t a = sg_tok_is(doc, t + 2, "the") ? t + 3 : t + 2;
                long m = a < open_tok ? sg_i_mention_at(cx, a) : -1;
                a = m >= 0 && cx->m[m].tb == t + 2 ? t + 2 : a; /* ("the STP") */
                /* (the plan "the STP" stands for: "told by the STP's leadership") */
                e = m >= 0 && cx->m[m].tb == a ? sg_i_role_body(cx, m) : -1;
                e = e >= 0 && strcmp(cx->ents[e].name, SG_I_PROGRAMME) != 0
                        ? e
                        : -1; /* (not "said by email that the plan was") */
                long p = e >= 0 ? role_premodified(cx, m, open_tok) : -1;
                e = p >= 0 ? p : e; /* "told by the STP's clinical lead, Dr X," */
            }
            int told = e < 0 && sg_tok_is(doc, t, "told") && t > sb &&
                       named_passive(doc, t); /* ("she was told the figures were") */
            if (told && reported_before(cx, sb, t)) {
                continue; /* "X said he had not been told about it and would “...”":
                           * the verb before's */
            }
            if (e < 0 && (naming_at(doc, t) || sg_tok_is(doc, t, "described") || told) &&
                t > sb && named_passive(doc, t)) {
                q->nobody = 1; /* "X has been rated “outstanding”", "X was described
                                * as “a model”", "the plan, dubbed
                                * “Healthier Together”,": what X is called, by no
                                * one named (an agent after the words was looked
                                * for first; nor one told them: "she was told the
                                * figures were “not yet available”") */
                return;
            }
            if (e < 0 && !sg_i_reporting_at(cx, t) && !naming_at(doc, t) &&
                !calling_for(doc, t)) {
                judging_subject(cx, t, &e); /* "while Z thanked him for “...”": Z */
            }
            e = e >= 0 ? e : sg_i_subject_before(cx, t);
            for (size_t j = t; e < 0 && j-- > sb;) {
                if (spokes_at(doc, j)) {
                    e = spokes_body(cx, j); /* "A spokesman said:" */
                }
            }
            if (e >= 0) {
                q->speaker = e;
                q->cue_tok = t;
            }
            return;
        }
    }
    /* "For X of Y, the plan is “a disgrace”": the view of the one the sentence
     * opens for (a comma after the name or its apposition, before the words) */
    if (open_tok > sb + 3 && (sg_tok_is(doc, sb, "for") || sg_tok_is(doc, sb, "to"))) {
        size_t a = sb + 1 + sg_tok_is(doc, sb + 1, "the");
        long m = sg_i_mention_at(cx, a);
        size_t c = m >= 0 && cx->m[m].tb == a ? cx->m[m].te : open_tok;
        while (c < open_tok && c < a + 10 && !sg_tok_is(doc, c, ",") &&
               doc->toks[c].kind == SG_TK_WORD) {
            c++;
        }
        if (c < open_tok && sg_tok_is(doc, c, ",") && cx->m[m].entity >= 0 &&
            cx->ents[cx->m[m].entity].type != SG_NODE_STP) {
            q->speaker = cx->m[m].entity;
            q->cue_tok = sb;
            return;
        }
    }
    long from = statement_read(cx, sb, sb + 1, open_tok - 1);
    if (from >= 0) { /* "A statement from X read: “...”" */
        q->speaker = from;
        q->cue_tok = open_tok - 2;
        return;
    }
    size_t v =
        sg_tok_is(doc, open_tok - 1, ":") ? statement_verb(doc, open_tok - 1, sb) : 0;
    long e = v ? sg_i_subject_before(cx, v) : -1;
    if (e >= 0) { /* "X issued a statement: “...”" */
        q->speaker = e;
        q->cue_tok = v;
        return;
    }
    /* "X's response was blunt: “...”", "X's verdict: “...”": what a stakeholder's
     * word for its saying introduces after a colon */
    static const char *const sayings[] = {"response", "verdict",  "view",     "message",
                                          "reply",    "reaction", "statement"};
    if (open_tok < sb + 2 || !sg_tok_is(doc, open_tok - 1, ":")) {
        return;
    }
    /* "Unison South West: “...”", "- Unison: “...”": a line that opens with a body
     * (and its region's words), a colon, then the words: the body's */
    size_t lb = sb + (sg_i_bullet_at(doc, sb) && sb + 1 < open_tok);
    long bm = doc->toks[sb].flags & SG_TF_PARA_START ? sg_i_mention_at(cx, lb) : -1;
    if (bm >= 0 && cx->m[bm].tb == lb && cx->m[bm].entity >= 0 &&
        cx->ents[cx->m[bm].entity].type != SG_NODE_PERSON &&
        strcmp(cx->ents[cx->m[bm].entity].name, SG_I_PROGRAMME) != 0) {
        size_t k = cx->m[bm].te;
        while (k + 1 < open_tok && sg_i_is_cap(doc, k) && sg_i_mention_at(cx, k) < 0) {
            k++;
        }
        if (k + 1 == open_tok) {
            q->speaker = cx->m[bm].entity;
            q->cue_tok = open_tok - 1;
            return;
        }
    }
    if (open_tok < sb + 3) {
        return;
    }
    /* (or "Her message to ministers is simple: “...”": the person "her" stands for) */
    if (sb + 3 <= open_tok && IN_LIST(doc, sb + 1, sayings) &&
        (sg_tok_is(doc, sb, "her") || sg_tok_is(doc, sb, "his"))) {
        int she = sg_tok_is(doc, sb, "her");
        long p = sg_i_last_person_for(cx, sb, she);
        if (sg_i_fits_pronoun(cx, p, she)) {
            q->speaker = p;
            q->cue_tok = sb + 1;
            return;
        }
    }
    for (size_t t = sb + 2; t + 1 < open_tok; t++) {
        if (IN_LIST(doc, t, sayings) && sg_tok_is(doc, t - 1, "'s")) {
            long m = sg_i_mention_at(cx, t - 2); /* (not "the plan's verdict") */
            if (m >= 0 && cx->m[m].te == t - 1 &&
                strcmp(cx->ents[cx->m[m].entity].name, SG_I_PROGRAMME) != 0) {
                q->speaker = cx->m[m].entity;
                q->cue_tok = t;
            }
            return;
        }
    }
    /* "Dr Tim Burke, chair of Tarn CCG: “...”", a vox pop's line, or "Ann Lee put
     * it bluntly: “...”": the person who opens the sentence, with no other person
     * before the colon, says it */
    sb += sg_i_bullet_at(doc, sb) && sb + 1 < open_tok; /* "- Dr Tim Burke, ...:" */
    long m = sg_i_mention_at(cx, sb);
    if (m < 0 && open_tok <= sb + 6 &&
        (sg_tok_is(doc, sb, "he") || sg_tok_is(doc, sb, "she"))) {
        long p = sg_i_pronoun_entity(cx, sb); /* "He went on: “...”" */
        for (size_t k = sb + 1; p >= 0 && k + 1 < open_tok; k++) {
            if (doc->toks[k].kind != SG_TK_WORD || sg_i_mention_at(cx, k) >= 0) {
                p = -1; /* (only words of his own before the colon) */
            }
        }
        if (p >= 0) {
            q->speaker = p;
            q->cue_tok = open_tok - 1;
        }
        return;
    }
    /* (or a person after a role fronted, between commas: "The trust's chairman,
     * Sir Colin Dale, hit back: “...”") */
    size_t ob = sb;
    int opens = m >= 0 && cx->m[m].tb == sb && cx->m[m].entity >= 0 &&
                cx->ents[cx->m[m].entity].type == SG_NODE_PERSON;
    for (size_t k = sb + 1; !opens && k < sb + 8 && k < open_tok; k++) {
        long pm = sg_tok_is(doc, k, ",") ? sg_i_mention_at(cx, k + 1) : -1;
        if (pm >= 0 && cx->m[pm].tb == k + 1 && cx->m[pm].entity >= 0 &&
            sg_tok_is(doc, cx->m[pm].te, ",")) {
            m = pm;
            ob = k + 1;
        }
        if (sg_tok_is(doc, k, ",") || doc->toks[k].kind == SG_TK_QUOTE) {
            break;
        }
    }
    /* (or a body, its role and the person: "Unison regional secretary Mike Hall:") */
    size_t rn = !opens && ob == sb && m >= 0 && cx->m[m].tb == sb && cx->m[m].entity >= 0
                    ? sg_i_match_role(cx->lex, doc, cx->m[m].te, open_tok, NULL)
                    : 0;
    /* (or a party's member, candidate or "'s": "Labour candidate X:", "Labour's X:") */
    rn = !rn && !opens && ob == sb && m >= 0 && cx->m[m].tb == sb &&
                 sg_i_party_word(doc, sb) &&
                 (sg_i_party_role(doc, cx->m[m].te) ||
                  sg_i_postnominal(doc, cx->m[m].te) || sg_tok_is(doc, cx->m[m].te, "'s"))
             ? 1
             : rn;
    long rm = rn ? sg_i_mention_at(cx, cx->m[m].te + rn) : -1;
    if (rm >= 0 && cx->m[rm].tb == cx->m[m].te + rn && cx->m[rm].entity >= 0) {
        m = rm;
        ob = cx->m[rm].tb;
    }
    if (m < 0 || cx->m[m].tb != ob || cx->m[m].entity < 0 ||
        cx->ents[cx->m[m].entity].type != SG_NODE_PERSON || open_tok > cx->m[m].te + 16) {
        return;
    }
    /* (in the person's apposition only another person stops it; elsewhere any
     * stakeholder does: "Ann Lee disagreed with the NHS England statement: “...”"
     * may be the body's words) */
    int apposition = sg_tok_is(doc, cx->m[m].te, ",") || sg_tok_is(doc, cx->m[m].te, "(");
    for (size_t k = cx->m[m].te; k + 1 < open_tok; k++) {
        long o = sg_i_mention_at(cx, k);
        if (doc->toks[k].kind == SG_TK_QUOTE ||
            (o >= 0 && cx->m[o].entity >= 0 &&
             (!apposition || cx->ents[cx->m[o].entity].type == SG_NODE_PERSON))) {
            return;
        }
    }
    q->speaker = cx->m[m].entity;
    q->cue_tok = open_tok - 1;
}

/* "The following statement was issued on behalf of X (and Y).", "A joint
 * statement was released by X:" in tokens [pb, pe): X, its verb's token in *at;
 * else -1. */
static long issued_by(const sg_i_ctx_t *cx, size_t pb, size_t pe, size_t *at) {
    static const char *const verbs[] = {"issued", "released", "published", "made",
                                        "sent"};
    const sg_textdoc_t *doc = cx->doc;

    for (size_t t = pb; t + 4 < pe; t++) {
        if (!sg_tok_is(doc, t, "statement") ||
            !(sg_tok_is(doc, t + 1, "was") || sg_tok_is(doc, t + 1, "is") ||
              sg_tok_is(doc, t + 1, "has")) ||
            !(t > pb &&
              (sg_tok_is(doc, t - 1, "following") || sg_tok_is(doc, pe - 1, ":")))) {
            continue;
        }
        size_t v = t + 2 + sg_tok_is(doc, t + 2, "been");
        if (v + 2 >= pe || !IN_LIST(doc, v, verbs)) {
            return -1;
        }
        size_t b = v + 1;
        if (sg_tok_is(doc, b, "on") && sg_tok_is(doc, b + 1, "behalf") &&
            sg_tok_is(doc, b + 2, "of")) {
            b += 2;
        } else if (!sg_tok_is(doc, b, "by")) {
            return -1;
        }
        long m = mention_after(cx, b + 1, pe);
        if (m < 0 || cx->m[m].tb > b + 2) {
            return -1;
        }
        *at = v;
        return cx->m[m].entity;
    }
    return -1;
}

/* "In a statement, X said:" closing a paragraph, the quotation opening the next:
 * the verb's subject says it. */
static void attribute_para_before(sg_i_ctx_t *cx, sg_i_quote_t *q) {
    const sg_textdoc_t *doc = cx->doc;
    size_t open = q->qb - 1, p = q->para;

    if (p == 0 || open != doc->paras[p].tok_begin) {
        return;
    }
    size_t pb = doc->paras[p - 1].tok_begin, pe = doc->paras[p - 1].tok_end;
    if (pe < pb + 2) {
        return;
    }
    size_t by = 0;
    long from = issued_by(cx, pb, pe, &by);
    if (from >= 0) { /* "The following statement was issued on behalf of X." */
        q->speaker = from;
        q->cue_tok = by;
        return;
    }
    if (!sg_tok_is(doc, pe - 1, ":")) {
        return;
    }
    if ((from = statement_read(cx, pb, pe - 1, pe - 1)) >= 0) {
        q->speaker = from; /* "A statement from X read:" */
        q->cue_tok = pe - 2;
        return;
    }
    size_t v = statement_verb(doc, pe - 1, pb);
    for (size_t t = pe - 1; t-- > pb && (t + 5 > pe || (v && t >= v));) {
        if (sg_i_reporting_at(cx, t) || (v && t == v)) {
            long e = sg_i_subject_before(cx, t);
            if (e >= 0) {
                q->speaker = e;
                q->cue_tok = t;
            }
            return;
        }
    }
}

/* "Ann Lee was blunt. “We will not support it.”": a quotation that makes a whole
 * sentence, after a sentence of its paragraph that opens with a person and holds
 * no quotation, is that person's. */
static void attribute_sentence_before(sg_i_ctx_t *cx, sg_i_quote_t *q) {
    const sg_textdoc_t *doc = cx->doc;
    size_t open = q->qb - 1, s = doc->toks[open].sent;

    if (q->unclosed || s == 0 || doc->sents[s].tok_begin != open ||
        (doc->toks[open].flags & SG_TF_PARA_START) ||
        doc->sents[s - 1].para != doc->sents[s].para ||
        q->close + 2 < doc->sents[s].tok_end) {
        return;
    }
    const sg_sentence_t *ps = &doc->sents[s - 1];
    long m = sg_i_mention_at(cx, ps->tok_begin);
    if (m < 0 || cx->m[m].tb != ps->tok_begin ||
        cx->ents[cx->m[m].entity].type != SG_NODE_PERSON) {
        return;
    }
    for (size_t k = ps->tok_begin; k < ps->tok_end; k++) {
        if (doc->toks[k].kind == SG_TK_QUOTE) {
            return;
        }
    }
    q->speaker = cx->m[m].entity;
    q->cue_tok = (size_t)-1;
}

/* "Lee said the council would consider a challenge." / "“Residents have told us
 * ...”": a quotation that is its paragraph's whole text, after a paragraph that
 * quotes no one and whose last sentence reports a person's words, is that
 * person's. */
static void attribute_reported_before(sg_i_ctx_t *cx, sg_i_quote_t *q) {
    const sg_textdoc_t *doc = cx->doc;
    size_t open = q->qb - 1, p = q->para;

    if (p == 0 || open != doc->paras[p].tok_begin ||
        !(q->unclosed || q->close + 1 >= doc->paras[p].tok_end ||
          (q->close + 2 == doc->paras[p].tok_end &&
           doc->toks[q->close + 1].kind == SG_TK_PUNCT))) {
        return;
    }
    const sg_paragraph_t *pp = &doc->paras[p - 1];
    if (pp->sent_end <= pp->sent_begin) {
        return;
    }
    for (size_t k = pp->tok_begin; k < pp->tok_end; k++) {
        if (doc->toks[k].kind == SG_TK_QUOTE) {
            return;
        }
    }
    const sg_sentence_t *ls = &doc->sents[pp->sent_end - 1];
    for (size_t k = ls->tok_begin; k < ls->tok_end; k++) {
        if (sg_i_reporting_at(cx, k)) {
            long e = sg_i_subject_before(cx, k);
            if (e >= 0 && cx->ents[e].type == SG_NODE_PERSON) {
                q->speaker = e;
                q->cue_tok = k;
            }
            return;
        }
    }
}

/* "For Ann Lee, the plan is “a disgrace”": a sentence opening with "For", a
 * person and a comma gives that person the quotations it holds; "“It is a
 * disgrace.” That was the verdict of Ann Lee." the one named so after. */
static void attribute_for_person(sg_i_ctx_t *cx, sg_i_quote_t *q) {
    const sg_textdoc_t *doc = cx->doc;
    size_t sb = doc->sents[doc->toks[q->qb - 1].sent].tok_begin;
    long m = sg_tok_is(doc, sb, "for") ? sg_i_mention_at(cx, sb + 1) : -1;

    if (m >= 0 && cx->m[m].tb == sb + 1 && sg_tok_is(doc, cx->m[m].te, ",") &&
        cx->ents[cx->m[m].entity].type == SG_NODE_PERSON) {
        q->speaker = cx->m[m].entity;
        q->cue_tok = (size_t)-1;
        return;
    }
    /* "“It is a disgrace.” That was the verdict of Ann Lee.": the one the next
     * sentence names after "That was the <noun> of" ("Those were the words of") */
    if (q->unclosed || q->close >= doc->ntoks) {
        return; /* (an unclosed quotation's "close" is past its paragraph) */
    }
    size_t s = doc->toks[q->close].sent + 1;
    if (s >= doc->nsents) {
        return;
    }
    size_t b = doc->sents[s].tok_begin;
    if ((sg_tok_is(doc, b, "that") || sg_tok_is(doc, b, "those") ||
         sg_tok_is(doc, b, "these")) &&
        (sg_tok_is(doc, b + 1, "was") || sg_tok_is(doc, b + 1, "is") ||
         sg_tok_is(doc, b + 1, "were") || sg_tok_is(doc, b + 1, "are")) &&
        sg_tok_is(doc, b + 2, "the") && sg_tok_is(doc, b + 4, "of")) {
        m = mention_after(cx, b + 5, doc->sents[s].tok_end);
        if (m >= 0 && cx->m[m].tb <= b + 6) {
            q->speaker = cx->m[m].entity;
            q->cue_tok = (size_t)-1;
        }
    }
}

/* An attributed quotation of two words or more, or of one that a reporting verb
 * says ('X said GPs had been “sidelined”. “We were told ...”'), which others may
 * take after. */
static int lends_speaker(const sg_i_ctx_t *cx, const sg_i_quote_t *q) {
    return q->speaker >= 0 && (q->qe - q->qb >= 2 || (q->cue_tok != (size_t)-1 &&
                                                      sg_i_reporting_at(cx, q->cue_tok)));
}

/* A slogan: words a crowd chants or a banner carries ("Campaigners were chanting
 * “Save our hospital”", "placards reading “Hands off our NHS”"), right before the
 * quotation's opening mark at token open. */
/* Is quotation q a name, in capitals and followed by the kind of thing it names
 * ("the county's “Fit for my Future” programme")? */
static int name_quoted(const sg_textdoc_t *doc, const sg_i_quote_t *q) {
    static const char *const kinds[] = {"programme", "plan",   "strategy", "initiative",
                                        "campaign",  "scheme", "project",  "model",
                                        "vision",    "brand",  "report",   "review"};
    size_t a = q->close + 1;
    return !q->unclosed && q->qb < q->qe && sg_i_is_cap(doc, q->qb) && a < doc->ntoks &&
           doc->toks[a].kind == SG_TK_WORD && !sg_i_is_cap(doc, a) &&
           IN_LIST(doc, a, kinds);
}

static int slogan_at(const sg_textdoc_t *doc, size_t open) {
    static const char *const verbs[] = {
        "chanting", "chanted", "chant",   "chants", "shouting", "shouted", "singing",
        "sang",     "reading", "bearing", "waving", "slogan",   "slogans"};
    for (size_t k = open; k-- > 0 && k + 3 > open;) {
        if (IN_LIST(doc, k, verbs)) {
            return 1;
        }
        if (doc->toks[k].kind != SG_TK_WORD) {
            return 0;
        }
    }
    return 0;
}

/* Quotations in the same paragraph share a speaker: one nobody was found for takes
 * the first of its paragraph's that lends one (not a slogan; not one after it when
 * a verb before it says someone unnamed said it: "Only one in four directors said
 * they were “fully involved”. X said: “...”"); failing that, a
 * quotation that opens its paragraph continues the previous paragraph's unclosed
 * one, or its closed one when it is the whole paragraph. */
static void share_speakers(sg_i_ctx_t *cx) {
    const sg_textdoc_t *doc = cx->doc;

    /* quotations come in text order: a paragraph's are together, [lo, hi) */
    for (size_t lo = 0, hi; lo < cx->nq; lo = hi) {
        long lender = -1;
        for (hi = lo; hi < cx->nq && cx->q[hi].para == cx->q[lo].para; hi++) {
            if (lender < 0 && lends_speaker(cx, &cx->q[hi])) {
                lender = (long)hi;
            }
        }
        for (size_t i = lo; i < hi; i++) {
            sg_i_quote_t *q = &cx->q[i];
            if (q->speaker >= 0 || q->nobody || slogan_at(doc, q->qb - 1)) {
                continue;
            }
            if (lender >= 0) {
                if (!((size_t)lender > i && verb_before(cx, q->qb - 1))) {
                    q->speaker = cx->q[lender].speaker;
                    q->cue_tok = cx->q[lender].cue_tok;
                }
            } else if (i > 0 && q->qb - 1 == doc->paras[q->para].tok_begin) {
                /* or one closed, when this one is its paragraph's whole text: "“...,”
                 * said X. / “Our staff are working flat out. ...”" */
                const sg_i_quote_t *p = &cx->q[i - 1];
                size_t pe = doc->paras[q->para].tok_end;
                int whole = q->unclosed || q->close + 1 >= pe ||
                            (q->close + 2 == pe && doc->toks[pe - 1].kind == SG_TK_PUNCT);
                if (p->speaker >= 0 && p->para + 1 == q->para && (p->unclosed || whole)) {
                    q->speaker = p->speaker;
                    q->cue_tok = p->cue_tok;
                }
            }
            if (lender < 0 && lends_speaker(cx, q)) {
                lender = (long)i; /* a continued one lends to the rest */
            }
        }
    }
}

/* Is the person of mention k named as the one who asks, not the one who answers
 * ("He spoke to Nadia Khan", "interviewed by X")? */
static int interviewer(const sg_i_ctx_t *cx, long k) {
    static const char *const talked[] = {"spoke",   "talked",      "speaking",
                                         "talking", "spoken",      "talks",
                                         "speaks",  "interviewed", "questioned"};
    const sg_textdoc_t *doc = cx->doc;
    size_t b = cx->m[k].tb;

    return b >= 2 &&
           (sg_tok_is(doc, b - 1, "to") || sg_tok_is(doc, b - 1, "with") ||
            sg_tok_is(doc, b - 1, "by")) &&
           IN_LIST(doc, b - 2, talked);
}

/* An interview's answers: a paragraph that is one quotation, with no speaker,
 * right after a paragraph that asks a question and quotes no one, is the answer
 * of the last person named, not the one named asking ("What happens next?" /
 * "“We will publish ...”"). */
static void answers(sg_i_ctx_t *cx) {
    const sg_textdoc_t *doc = cx->doc;

    for (size_t i = 0; i < cx->nq; i++) {
        sg_i_quote_t *q = &cx->q[i];
        const sg_paragraph_t *pa = &doc->paras[q->para];
        if (q->speaker >= 0 || q->nobody || q->para == 0 || q->qb - 1 != pa->tok_begin ||
            !(q->unclosed || q->close + 1 >= pa->tok_end) ||
            (i > 0 && cx->q[i - 1].para + 1 == q->para)) {
            continue;
        }
        const sg_paragraph_t *asked = &doc->paras[q->para - 1];
        if (asked->tok_end > asked->tok_begin &&
            sg_tok_is(doc, asked->tok_end - 1, "?")) {
            long k = sg_i_last_person_mention(cx, asked->tok_begin);
            while (k >= 0 && interviewer(cx, k)) {
                k = sg_i_last_person_mention(cx, cx->m[k].tb);
            }
            q->speaker = k >= 0 ? cx->m[k].entity : -1;
        }
    }
}

/* A feature's opening quotations, paragraphs that are quotations only, then "So
 * says X" (or "Says X") opening the paragraph after them: X's words. */
static void says_after(sg_i_ctx_t *cx) {
    const sg_textdoc_t *doc = cx->doc;

    for (size_t i = 0; i < cx->nq; i++) {
        sg_i_quote_t *q = &cx->q[i];
        const sg_paragraph_t *pa = &doc->paras[q->para];
        if (q->speaker >= 0 || q->nobody || q->qb - 1 != pa->tok_begin) {
            continue;
        }
        size_t p = q->para + 1;
        while (p < doc->nparas && doc->paras[p].tok_end > doc->paras[p].tok_begin &&
               doc->toks[doc->paras[p].tok_begin].kind == SG_TK_QUOTE) {
            p++; /* (past the quotation's other paragraphs) */
        }
        if (p >= doc->nparas || doc->paras[p].tok_end < doc->paras[p].tok_begin + 3) {
            continue;
        }
        size_t k = doc->paras[p].tok_begin;
        k += sg_tok_is(doc, k, "so");
        if (!sg_tok_is(doc, k, "says") && !sg_tok_is(doc, k, "said")) {
            continue;
        }
        long m = sg_i_mention_at(cx, k + 1);
        if (m >= 0 && cx->m[m].tb == k + 1 && cx->m[m].entity >= 0 &&
            cx->ents[cx->m[m].entity].type == SG_NODE_PERSON) {
            q->speaker = cx->m[m].entity;
            q->cue_tok = k;
        }
    }
}

sg_err_t sg_i_find_quotes(sg_i_ctx_t *cx) {
    sg_err_t rc;

    if ((rc = find_spans(cx)) != SG_OK) {
        return rc;
    }
    for (size_t i = 0; i < cx->nq; i++) {
        sg_i_quote_t *q = &cx->q[i];
        if (slogan_at(cx->doc, q->qb - 1) || q->qb >= cx->body_end ||
            name_quoted(cx->doc, q)) {
            continue; /* a crowd's or a banner's words, a reader's comment, a plan's
                       * name: no one's */
        }
        if (!q->unclosed) {
            attribute_after(cx, q, q->close);
        }
        if (q->speaker < 0) {
            attribute_before(cx, q, q->qb - 1);
        }
        if (q->nobody) {
            continue;
        }
        if (q->speaker < 0) {
            attribute_para_before(cx, q);
        }
        if (q->speaker < 0) {
            attribute_sentence_before(cx, q);
        }
        if (q->speaker < 0) {
            attribute_for_person(cx, q);
        }
        if (q->speaker < 0) {
            attribute_reported_before(cx, q);
        }
        if (q->speaker >= 0 && strcmp(cx->ents[q->speaker].name, SG_I_PROGRAMME) == 0) {
            /* "The STP said": the footprint named last, the reporting verb's
             * subject right before it */
            size_t c = q->cue_tok, k = c;
            while (
                k != (size_t)-1 && k > 0 &&
                (sg_tok_is(cx->doc, k - 1, "has") || sg_tok_is(cx->doc, k - 1, "have"))) {
                k--;
            }
            long sm = c != (size_t)-1 && k > 0 ? sg_i_mention_at(cx, k - 1) : -1;
            long f = sm >= 0 && cx->m[sm].te == k && cx->m[sm].entity == q->speaker
                         ? sg_i_role_body(cx, sm)
                         : -1;
            q->speaker = f >= 0 && strcmp(cx->ents[f].name, SG_I_PROGRAMME) != 0 ? f : -1;
            /* (else the programme says nothing: "“...,” Lee said, adding that the
             * STP was “...”" with no Lee known) */
        }
    }
    share_speakers(cx);
    answers(cx);
    says_after(cx);
    return SG_OK;
}
