/* relations.c - edges between the article's stakeholders: leads and member_of from
 * appositions and predicates ("X, chief officer of Y", "X is director at Y", "the
 * chief executive of Y has claimed. ... X said"), opposes and endorses from stance
 * cues with negation, and who wrote the piece (whose stance an opinion piece is). */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract_i.h"

static const char *const link_words[] = {"of", "at", "for", "in", "with", ","};
/* what a role or a lead may be of that is no body: "lead a review of the Y STP" */
static const char *const inquiries[] = {"review",     "investigation", "inquiry",
                                        "study",      "evaluation",    "audit",
                                        "assessment", "consultation",  "analysis"};
static const char *const skip_words[] = {"the",   "a",   "an",  "its",
                                         "their", "his", "her", "both"};
/* a region's words after a body's name, a part of it ("Unison South West") */
static const char *const region_words[] = {"north",   "south",    "east",
                                           "west",    "midlands", "eastern",
                                           "western", "northern", "southern"};
/* words before a role that leave it the same role ("interim chief executive") */
static const char *const qualifiers[] = {
    "new",       "interim", "acting",      "next",    "outgoing",  "incoming",
    "permanent", "current", "independent", "elected", "joint",     "first",
    "other",     "nominal", "overall",     "formal",  "designated"};
static const char *const be_words[] = {"was", "were", "been", "be", "is", "are", "being"};
static const char *const lead_verbs[] = {
    "chairs",      "leads",        "heads",    "runs",    "chaired",    "led",
    "headed",      "ran",          "chairing", "leading", "heading",    "running",
    "founded",     "co-founded",   "co-leads", "co-led",  "co-chairs",  "co-chaired",
    "co-leading",  "co-chairing",  "oversees", "oversaw", "overseeing", "spearheads",
    "spearheaded", "spearheading", "steers",   "steered", "steering",   "fronts",
    "fronted",     "fronting"};
static const char *const lead_bases[] = {"lead",     "chair",   "head",   "run",
                                         "co-chair", "co-lead", "oversee"};
static const char *const member_verbs[] = {"works",  "worked",   "sits",    "sit",
                                           "serves", "seconded", "employed"};
/* an object that is a change done to a stakeholder, or its future, not the
 * stakeholder: "concerns about the closure of beds at Hale Hospital" (or "about the
 * future of Hale Hospital") are no stance on the hospital; nor is a way of working
 * or a deal with one ("support closer working between the NHS and councils", "to
 * sign a devolution deal with the government"), nor what is said of one ("rejected
 * claims that the STP was flawed") */
static const char *const change_nouns[] = {
    "closure",     "closures",    "cut",           "cuts",
    "downgrade",   "downgrading", "merger",        "loss",
    "reduction",   "removal",     "privatisation", "centralisation",
    "transfer",    "relocation",  "downgrades",    "reconfiguration",
    "future",      "working",     "integration",   "collaboration",
    "cooperation", "deal",        "contract",      "agreement",
    "petition",    "claims",      "allegations",   "reports",
    "suggestions", "accusations", "bid",           "bids",
    "application", "letter",      "letters",       "memorandum",
    "memoranda",   "concordat",   "accord",        "pact",
    "sale",        "sell-off",    "outsourcing",   "takeover"};
/* words that open another clause, past which a stance verb's object is not */
static const char *const clause_breaks[] = {"but",     "while",  "whereas", "although",
                                            "though",  "yet",    ";",       "after",
                                            "because", "unless", "until"};
/* between "who" and its verb: "X, who has led Y", "X, who also chairs Y" */
static const char *const who_aux[] = {"has",       "have",    "had",  "also",    "now",
                                      "currently", "jointly", "both", "together"};
static const char *const author_verbs[] = {"writes",   "summarises", "argues",
                                           "explains", "wrote",      "reports"};
static const char *const byline_verbs[] = {"posted", "written", "words"};

/* End of the sentence holding token t; t may be one past the last token. */
static size_t sent_end(const sg_textdoc_t *doc, size_t t) {
    return t < doc->ntoks ? doc->sents[doc->toks[t].sent].tok_end : doc->ntoks;
}

static long entity_at(const sg_i_ctx_t *cx, size_t t) {
    long m = sg_i_mention_at(cx, t);
    return m >= 0 ? cx->m[m].entity : -1;
}

/* Does a mention of a person lie in tokens [b, e)? */
static int person_between(const sg_i_ctx_t *cx, size_t b, size_t e) {
    for (size_t k = b; k < e; k++) {
        long m = sg_i_mention_at(cx, k);
        if (m >= 0 && cx->m[m].entity >= 0 &&
            cx->ents[cx->m[m].entity].type == SG_NODE_PERSON) {
            return 1;
        }
    }
    return 0;
}

/* The mention that starts at token t (not one that only covers it), or -1. */
static long mention_from(const sg_i_ctx_t *cx, size_t t) {
    long m = sg_i_mention_at(cx, t);
    return m >= 0 && cx->m[m].tb == t ? m : -1;
}

/* The first token from j (before limit) that is not "the", "a", "its" and the
 * like: where the name after a preposition starts. */
static size_t past_determiners(const sg_textdoc_t *doc, size_t j, size_t limit) {
    while (j < limit && IN_LIST(doc, j, skip_words)) {
        j++;
    }
    return j;
}

/* The first token of the determiners before token b ("the", "its" ...), not
 * before lo. */
static size_t past_back_determiners(const sg_textdoc_t *doc, size_t b, size_t lo) {
    while (b > lo && IN_LIST(doc, b - 1, skip_words)) {
        b--;
    }
    return b;
}

/* Does sentence s report what the article got wrong ("Correction: An earlier
 * version of this article said Dr Tate led Tarn CCG")? */
static int retracted(const sg_i_ctx_t *cx, size_t s) {
    const sg_textdoc_t *doc = cx->doc;
    const sg_sentence_t *st = &doc->sents[s];
    for (size_t k = st->tok_begin; k + 2 < st->tok_end && k < st->tok_begin + 4; k++) {
        if ((sg_tok_is(doc, k, "earlier") || sg_tok_is(doc, k, "previous")) &&
            sg_tok_is(doc, k + 1, "version") &&
            ((k + 3 < st->tok_end && sg_tok_is(doc, k + 2, "of") &&
              sg_tok_is(doc, k + 3, "this")) ||
             sg_i_reporting_at(cx, k + 2))) {
            return 1; /* ("An earlier version said ...") */
        }
    }
    return 0;
}

/* How many of a person's roles role_held compares in any case. */
#define ROLE_CASE_SCAN 64

/* Is "role, body" among roles in another case ("Cabinet Member for Health" and
 * "cabinet member for health", read by two rules)? (Past ROLE_CASE_SCAN roles,
 * only the exact string is looked for, by the caller.) */
static int role_held(const sg_strv_t *roles, const char *role) {
    for (size_t i = 0; i < roles->n && roles->n <= ROLE_CASE_SCAN; i++) {
        if (strcasecmp(roles->v[i], role) == 0) {
            return 1;
        }
    }
    return 0;
}

sg_err_t sg_i_add_edge(sg_i_ctx_t *cx, long src, long dst, sg_edge_type_t type,
                       const char *role, size_t sent, size_t cue_b, size_t cue_e,
                       sg_text_t quote) {
    const sg_textdoc_t *doc = cx->doc;
    const sg_sentence_t *s = &doc->sents[sent];
    sg_evidence_t ev;
    char *cue, cue_buf[64];
    sg_err_t rc = SG_ENOMEM;

    if (src < 0 || dst < 0 || src == dst || retracted(cx, sent)) {
        return SG_OK;
    }
    if ((type == SG_EDGE_LEADS || type == SG_EDGE_MEMBER_OF) &&
        strcmp(cx->ents[dst].name, SG_I_PROGRAMME) == 0) {
        return SG_OK; /* the programme has no leader or members: "the STP's lead, X"
                       * with no footprint named is of one the article never names */
    }
    if ((type == SG_EDGE_ENDORSES || type == SG_EDGE_OPPOSES) &&
        cx->ents[src].type == SG_NODE_STP && cx->ents[dst].type == SG_NODE_STP) {
        return SG_OK; /* a plan takes no stance on the plans of all ("The Devon STP has
                       * approved plans to close beds", its own) nor on another ("The
                       * X STP was signed off" after Y's) */
    }
    if (type == SG_EDGE_LEADS && role && strcasecmp(role, "mayor") == 0 &&
        cx->ents[dst].type == SG_NODE_STP) {
        return SG_OK; /* a mayor leads a council or a combined authority, never a
                       * plan: "Greater Manchester mayor Andy Burnham" */
    }
    if (type == SG_EDGE_LEADS && cx->led_plan && cx->ents[src].type == SG_NODE_PERSON &&
        cx->ents[dst].type == SG_NODE_STP &&
        strcmp(cx->ents[dst].name, SG_I_PROGRAMME) != 0) {
        cx->led_plan[src] = dst; /* "Dr Smith's plan" is that footprint's */
    }
    if ((type == SG_EDGE_LEADS || type == SG_EDGE_MEMBER_OF) && cx->held_body &&
        cx->ents[src].type == SG_NODE_PERSON && cx->ents[dst].type != SG_NODE_STP &&
        cx->held_body[src] < 0) {
        cx->held_body[src] = dst; /* "X, leader of Y, said: “The council ...”" */
    }
    /* a sentence that justifies several edges is stored once */
    if (!cx->sent_text[sent] &&
        sg_i_add_text(cx->out, doc->text + s->start, s->end - s->start,
                      &cx->sent_text[sent]) != SG_OK) {
        return SG_ENOMEM;
    }
    memset(&ev, 0, sizeof(ev));
    ev.doc = cx->doc_id;
    ev.start = sg_textdoc_orig(doc, s->start);
    ev.end = sg_textdoc_orig(doc, s->end);
    ev.sentence = cx->sent_text[sent];
    /* a cue is a word or two: on the stack */
    ev.cue = cue = sg_i_surface_buf(doc, cue_b, cue_e, cue_buf, sizeof(cue_buf));
    ev.quote = quote;
    if (cue) {
        rc = sg_graph_add_edge(cx->out, cx->ents[src].id, cx->ents[dst].id, type, role,
                               &ev);
    }
    if (rc == SG_OK && role && (type == SG_EDGE_LEADS || type == SG_EDGE_MEMBER_OF)) {
        sg_buf_t r;
        sg_buf_init(&r);
        if ((rc = sg_buf_puts(&r, role)) == SG_OK &&
            (rc = sg_buf_puts(&r, ", ")) == SG_OK &&
            (rc = sg_buf_puts(&r, cx->ents[dst].name)) == SG_OK &&
            !role_held(&cx->ents[src].roles, r.data)) {
            rc = sg_strv_add_unique(&cx->ents[src].roles, r.data);
        }
        sg_buf_release(&r);
    }
    if (cue != cue_buf) {
        free(cue);
    }
    return rc;
}

/* A role phrase starting within a few words of t; sets *rb, *re and the kind. */
static int find_role(const sg_i_ctx_t *cx, size_t t, size_t limit, size_t *rb, size_t *re,
                     size_t *kind) {
    const sg_textdoc_t *doc = cx->doc;

    /* "one of the clinical leads for X": a role of several, each a member */
    if (t + 3 < limit && sg_tok_is(doc, t, "one") && sg_tok_is(doc, t + 1, "of") &&
        sg_tok_is(doc, t + 2, "the")) {
        size_t n = sg_i_match_plural(cx->lex, SG_I_T_ROLES, doc, t + 3, limit, kind);
        if (n) {
            *rb = t + 3;
            *re = t + 3 + n;
            *kind = SG_I_ROLE_MEMBER;
            return 1;
        }
    }
    /* (not a role sought: "a candidate for leader of X") */
    static const char *const seekers[] = {"candidate", "candidates", "contender",
                                          "hopeful"};
    for (size_t k = t; k < limit && k < t + 4; k++) {
        if (IN_LIST(doc, k, seekers)) {
            return 0;
        }
        size_t n = sg_i_match_role(cx->lex, cx->doc, k, limit, kind);
        if (n) {
            /* take the longest role that starts here or right after ("national
             * director" over "director") */
            *rb = k;
            *re = k + n;
            return 1;
        }
        if (cx->doc->toks[k].kind == SG_TK_PUNCT || entity_at(cx, k) >= 0) {
            return 0;
        }
    }
    return 0;
}

/* The mention at token j, or right after a capitalised word that names nothing
 * ("the Commons health committee"), before limit; or -1. */
static long body_at(const sg_i_ctx_t *cx, size_t j, size_t limit) {
    long m = sg_i_mention_at(cx, j);

    if (m < 0 && j + 1 < limit && sg_i_is_cap(cx->doc, j)) {
        m = mention_from(cx, j + 1);
    }
    return m >= 0 && cx->m[m].entity >= 0 ? m : -1;
}

/* "the Mayor of Bedford", "leader of Tarnford": a place in capitals at token b,
 * named by no stakeholder, whose council the article names (Bedford Borough
 * Council): that council, *after past the place; else -1. */
static long council_of_place_at(const sg_i_ctx_t *cx, size_t b, size_t limit,
                                size_t *after) {
    const sg_textdoc_t *doc = cx->doc;
    size_t e = b;
    char buf[128];

    while (e < limit && e < b + 4 && sg_i_is_cap(doc, e) && sg_i_mention_at(cx, e) < 0) {
        e++;
    }
    if (e == b || (e < limit && sg_i_is_cap(doc, e)) ||
        doc->toks[e - 1].end - doc->toks[b].start >= sizeof(buf)) {
        return -1; /* (the place fits buf: no allocation to fail) */
    }
    long council =
        sg_i_council_of_place(cx, sg_i_surface_buf(doc, b, e, buf, sizeof(buf)));
    *after = council >= 0 ? e : *after;
    return council;
}

/* Past the kind of organisation a name follows, lower-case words from token j
 * ("the campaign group X", "the health charity X"): the name's first token, or
 * j. */
static size_t past_kind(const sg_textdoc_t *doc, size_t j, size_t lim) {
    for (size_t k = j; k < lim && k < j + 3; k++) {
        if (doc->toks[k].kind != SG_TK_WORD ||
            (sg_i_is_cap(doc, k) && !(doc->toks[k].flags & SG_TF_SENT_START))) {
            break; /* (a sentence's first word in capitals: "Campaign group X") */
        }
        if (sg_i_org_kind(doc, k)) { /* (a name follows: not "at the think tank and") */
            return k + 1 < lim && sg_i_is_cap(doc, k + 1) ? k + 1 : j;
        }
    }
    return j;
}

/* The organisation named before token b whose name opens with tokens [b, e), a
 * place's words ("Kingsmere" after "Kingsmere Hospital NHS Trust"): the last one
 * named, within an anaphor's reach; -1 when none. */
static long body_opening_with(const sg_i_ctx_t *cx, size_t b, size_t e) {
    char place[128];
    char *pw = b < e ? sg_i_surface_buf(cx->doc, b, e, place, sizeof(place)) : NULL;
    if (pw != place) {
        free(pw);
        return -1;
    }
    size_t pl = strlen(place), seen = 0;
    for (size_t k = cx->nm; k-- > 0 && seen < SG_I_ANAPHOR_REACH;) {
        const sg_i_mention_t *m = &cx->m[k];
        if (m->tb >= b || m->entity < 0) {
            continue;
        }
        seen++;
        const char *name = cx->ents[m->entity].name;
        if (cx->ents[m->entity].type == SG_NODE_ORGANISATION &&
            strncmp(name, place, pl) == 0 && name[pl] == ' ') {
            return m->entity;
        }
    }
    return -1;
}

/* After a role ending at t: the body it is a role in, reached through "of", "at",
 * "for" or a comma, within a few words. */
static long role_target(const sg_i_ctx_t *cx, size_t t, size_t limit, size_t *after) {
    const sg_textdoc_t *doc = cx->doc;

    for (size_t k = t; k < limit && k < t + 10; k++) {
        size_t rb, re, kind;
        /* ("adviser to Tarn CCG", "a councillor on Tarn Council": "to" or "on"
         * right after the role) */
        /* (or "on" after a ward: "councillor for Hale ward on Tarn Council") */
        if (!IN_LIST(doc, k, link_words) &&
            !(k == t && (sg_tok_is(doc, k, "to") || sg_tok_is(doc, k, "on"))) &&
            !(k > t && sg_tok_is(doc, k, "on") &&
              (sg_tok_is(doc, k - 1, "ward") || sg_tok_is(doc, k - 1, "division")))) {
            if (doc->toks[k].kind == SG_TK_QUOTE || sg_tok_is(doc, k, ".") ||
                IN_LIST(doc, k, inquiries) ||
                (sg_tok_is(doc, k, "and") &&
                 find_role(cx, k + 1, limit, &rb, &re, &kind) && rb == k + 1)) {
                return -1; /* "president of Solace and chief executive of ...": the
                            * next role's body is not this one's */
            }
            continue;
        }
        size_t b = past_kind(doc, past_determiners(doc, k + 1, limit), limit);
        b +=
            b + 1 < limit && b > k + 1 && sg_tok_is(doc, b, "new"); /* ("of the new X") */
        long m = body_at(cx, b, limit);
        if (m >= 0 && cx->ents[cx->m[m].entity].type != SG_NODE_PERSON) {
            *after = cx->m[m].te;
            /* "the Mayor of Bristol": a footprint's place whose council the
             * article names is that council's (as "Bristol's mayor") */
            long council = cx->ents[cx->m[m].entity].type == SG_NODE_STP &&
                                   cx->m[m].kind == SG_I_M_NAME
                               ? sg_i_council_of_place(cx, cx->m[m].surface)
                               : -1;
            /* (or, the place alone, the body named before whose name it opens:
             * "chief executive of Dorset" after "Dorset Hospital NHS Trust") */
            long opened = council < 0 && cx->ents[cx->m[m].entity].type == SG_NODE_STP &&
                                  cx->m[m].kind == SG_I_M_NAME &&
                                  !sg_tok_is(doc, cx->m[m].te - 1, "stp") &&
                                  !sg_tok_is(doc, cx->m[m].te - 1, "ics")
                              ? body_opening_with(cx, cx->m[m].tb, cx->m[m].te)
                              : -1;
            council = council >= 0 ? council : opened;
            return council >= 0 ? council : sg_i_role_body(cx, m);
        }
        size_t pe = 0;
        long council = m < 0 ? council_of_place_at(cx, b, limit, &pe) : -1;
        if (council >= 0 && !(pe < limit && (sg_tok_is(doc, pe, "ward") ||
                                             sg_tok_is(doc, pe, "division")))) {
            *after = pe; /* (not a ward's place: "for Hale ward on Tarn Council") */
            return council;
        }
        /* "chief executive of Kingsmere": the body named before whose name the
         * place opens */
        for (pe = b; m < 0 && pe < limit && pe < b + 3 && sg_i_is_cap(doc, pe) &&
                     sg_i_mention_at(cx, pe) < 0;) {
            pe++;
        }
        long body = m < 0 && pe > b && (pe == limit || !sg_i_is_cap(doc, pe))
                        ? body_opening_with(cx, b, pe)
                        : -1;
        if (body >= 0) {
            *after = pe;
            return body;
        }
        if (sg_tok_is(doc, k, ",")) {
            return -1; /* the apposition ended (or, right after the role, names no
                        * body: "where I am council leader, we have worked with Y") */
        }
    }
    return -1;
}

/* Is the role at rb, read from t, one held no longer: "former chief executive",
 * "formerly chief executive", "immediate past president", "She was previously
 * ...", "Before that she was ...", "as she resigned as chair of" ("stepped down
 * as", "stood down as", "quit as") (not "Before the vote, X, chief executive of
 * Y, said": an apposition's role)? */
static int held_before(const sg_textdoc_t *doc, size_t t, size_t rb) {
    static const char *const earlier[] = {"former",     "ex",       "formerly",
                                          "previously", "resigned", "quit",
                                          "stepped",    "stood",    "past"};
    static const char *const openers[] = {"before", "previously", "formerly", "until"};
    size_t sb = t < doc->ntoks ? doc->sents[doc->toks[t].sent].tok_begin : t;

    for (size_t k = t; k < rb; k++) {
        if (IN_LIST(doc, k, earlier)) {
            return 1;
        }
    }
    return sb + 1 < t && sg_tok_is(doc, t - 1, "was") && IN_LIST(doc, sb, openers);
}

/* Do tokens k and k + 1 say a role held now comes next ("and now", "and
 * currently"), before limit? */
static int and_now(const sg_textdoc_t *doc, size_t k, size_t limit) {
    return k + 2 < limit && sg_tok_is(doc, k, "and") &&
           (sg_tok_is(doc, k + 1, "now") || sg_tok_is(doc, k + 1, "currently"));
}

/* Tokens [b, e), a role's words, in lower case ("Chief Executive" as "chief
 * executive"); NULL when out of memory. */
static char *role_text(const sg_textdoc_t *doc, size_t b, size_t e) {
    char *role = sg_i_surface(doc, b, e);
    for (char *p = role; p && *p; p++) {
        *p = (char)((*p >= 'A' && *p <= 'Z') ? *p + 32 : *p);
    }
    return role;
}

/* A role's words [rb, re) as role holds them: a sentence's capital on its first
 * word is no part of it ("Chair of X, Y, said"; "Cabinet member for health"), but
 * a role in capitals throughout keeps them ("Cabinet Member for Health", "CEO"). */
static void sentence_capital(const sg_textdoc_t *doc, size_t rb, size_t re, char *role) {
    if ((doc->toks[rb].flags & SG_TF_SENT_START) &&
        !(doc->toks[rb].flags & SG_TF_ALLCAPS) && role[0] >= 'A' && role[0] <= 'Z' &&
        (rb + 1 == re || !sg_i_is_cap(doc, rb + 1))) {
        role[0] = (char)(role[0] + 32);
    }
}

/* determiners of a verdict's noun ("our best hope", "the only option") */
static const char *const verdict_dets[] = {"our", "the", "a", "an", "their", "its", "my"};

/* Is token k "his" before what a person did ("his work", "his “tireless work”",
 * "his leadership"), the person the stance is on? */
static int his_deeds(const sg_textdoc_t *doc, size_t k, size_t lim) {
    static const char *const deeds[] = {
        "work",       "leadership",   "efforts", "contribution", "service",
        "commitment", "achievements", "record",  "tenure",       "legacy",
        "vision",     "call",         "plea",    "appeal",       "campaign"};
    if (!sg_tok_is(doc, k, "his")) {
        return 0;
    }
    for (size_t j = k + 1; j < lim && j < k + 4; j++) { /* (past a quotation mark, a
                                                         * word: "his “tireless work”") */
        if (IN_LIST(doc, j, deeds)) {
            return 1;
        }
    }
    return 0;
}

/* bodies' plural nouns: "the two trusts", "Both organisations", "Two of its
 * councils, A and B," */
static const char *const body_plurals[] = {
    "councils", "trusts", "ccgs", "unions", "hospitals", "organisations", "bodies"};

static sg_edge_type_t role_edge(size_t kind) {
    return kind == SG_I_ROLE_LEADS ? SG_EDGE_LEADS : SG_EDGE_MEMBER_OF;
}

/* The role of tokens [rb, re), of the kind given, that person holds in body, in
 * lower case, evidenced by sentence s and the role's tokens. */
static sg_err_t add_role_edge(sg_i_ctx_t *cx, long person, long body, size_t kind,
                              size_t s, size_t rb, size_t re) {
    char *role = role_text(cx->doc, rb, re);
    sg_err_t rc =
        role ? sg_i_add_edge(cx, person, body, role_edge(kind), role, s, rb, re, 0)
             : SG_ENOMEM;
    free(role);
    return rc;
}

/* The role of tokens [rb, re), of the kind given, that person holds in each of
 * the n bodies (in lower case: "chief executive of all three trusts"), evidence
 * in sentence sent. */
static sg_err_t role_of_each(sg_i_ctx_t *cx, long person, const long *bodies, size_t n,
                             size_t rb, size_t re, size_t kind, size_t sent) {
    char *role = role_text(cx->doc, rb, re);
    sg_err_t rc = role ? SG_OK : SG_ENOMEM;
    for (size_t k = 0; k < n && rc == SG_OK; k++) {
        rc = sg_i_add_edge(cx, person, bodies[k], role_edge(kind), role, sent, rb, re, 0);
    }
    free(role);
    return rc;
}

static sg_err_t roles_after(sg_i_ctx_t *cx, long person, size_t t);
static size_t object_list(const sg_i_ctx_t *cx, long om, size_t lim, long *out,
                          size_t max);
static sg_err_t leads_verb(sg_i_ctx_t *cx, long person, size_t t, size_t lim);

/* Does token k say time spent at the head of what follows ("after three years
 * leading Y", "has spent a decade running Y")? */
static int time_leading(const sg_textdoc_t *doc, size_t k) {
    static const char *const spans[] = {"years", "months", "decade", "year"};
    return k + 1 < doc->ntoks && IN_LIST(doc, k, spans) &&
           IN_LIST(doc, k + 1, lead_verbs) && sg_i_participle(doc, k + 1);
}

/* Is token t the word "board" alone ("chair of the trust's board,"), the body's
 * own board rather than one of its boards ("the LGA's community wellbeing board")? */
static int board_itself(const sg_textdoc_t *doc, size_t t, size_t limit) {
    return sg_tok_is(doc, t, "board") &&
           (t + 1 >= limit || doc->toks[t + 1].kind == SG_TK_PUNCT ||
            sg_tok_is(doc, t + 1, "and"));
}

/* Does token after open a part of the body just named ("chair of the LGA's
 * community wellbeing board"), whose head is a member of it, not its own board? */
static int part_after(const sg_textdoc_t *doc, size_t after, size_t limit) {
    if (sg_tok_is(doc, after, "'s") && after + 1 < limit &&
        !sg_i_is_cap(doc, after + 1)) {
        return !board_itself(doc, after + 1, limit);
    }
    /* or a committee named by words after the body's name (or its "'s"), not its
     * own board ("chair of the BMA GP committee", "of the BMA's GP committee"; not
     * "the trust board") */
    after += sg_tok_is(doc, after, "'s");
    if (after >= limit || doc->toks[after].kind != SG_TK_WORD) {
        return 0;
    }
    if (sg_tok_is(doc, after, "group")) {
        return 1; /* "leader of the Labour group on X": a party's group */
    }
    for (size_t k = after + 1; k < limit && k < after + 4; k++) {
        if (doc->toks[k].kind != SG_TK_WORD) {
            return 0;
        }
        if (sg_tok_is(doc, k, "committee") || sg_tok_is(doc, k, "board") ||
            sg_tok_is(doc, k, "panel") || sg_tok_is(doc, k, "taskforce") ||
            sg_tok_is(doc, k, "branch")) { /* ("of Unison's Tarn branch") */
            return 1;
        }
    }
    return 0;
}

/* After a body's name ending before token after, "'s" and a part of it named in
 * capitals, a stakeholder of its own ("the LGA's Community Wellbeing Board"): the
 * part's mention, or -1. */
static long named_part(const sg_i_ctx_t *cx, size_t after) {
    long pm = sg_tok_is(cx->doc, after, "'s") ? mention_from(cx, after + 1) : -1;
    return pm >= 0 && cx->ents[cx->m[pm].entity].type != SG_NODE_PERSON ? pm : -1;
}

/* Does "took the helm", "took charge" or "took over" (or "takes", "take" ...) start at
 * token t, an object after it before lim? Its words after the verb, or 0. */
static size_t helm_at(const sg_textdoc_t *doc, size_t t, size_t lim) {
    static const char *const took[] = {"took", "takes", "take", "taken", "taking"};
    if (t + 3 >= lim || !IN_LIST(doc, t, took)) {
        return 0;
    }
    if (sg_tok_is(doc, t + 1, "charge") && sg_tok_is(doc, t + 2, "of")) {
        return 1; /* "took charge of the Devon STP" */
    }
    if (sg_tok_is(doc, t + 1, "over") && !sg_tok_is(doc, t + 2, "as") &&
        !sg_tok_is(doc, t + 2, "from")) {
        return 1; /* "took over the STP in March" (not "took over as", "from") */
    }
    return sg_tok_is(doc, t + 1, "the") && sg_tok_is(doc, t + 2, "helm") ? 2 : 0;
}

/* Does a relative clause (", who" or ", which" and a word; or after a dash: "X —
 * who chairs Y —") open at token t, before lim? */
static int who_at(const sg_textdoc_t *doc, size_t t, size_t lim) {
    return t + 2 < lim &&
           (((sg_tok_is(doc, t, ",") || sg_tok_is(doc, t, "-")) &&
             (sg_tok_is(doc, t + 1, "who") || sg_tok_is(doc, t + 1, "which"))) ||
            (doc->toks[t].kind == SG_TK_WORD && sg_tok_is(doc, t + 1, "who")));
}

/* Is token c a verb in the past: "...ed", or a common one that is not ("met",
 * "told")? */
static int past_verb(const sg_textdoc_t *doc, size_t c) {
    static const char *const irregular[] = {"met",  "told", "wrote", "sent",   "gave",
                                            "took", "saw",  "heard", "sought", "brought",
                                            "held", "won",  "lost",  "paid"};
    return sg_i_ends_ed(doc, c) || IN_LIST(doc, c, irregular);
}

/* Is the lead verb at v in the past ("chaired", "led", "ran"), and does "until"
 * or a span of time follow within a few words of token t ("chaired Y until 2015",
 * "ran Y for 12 years"; not "will chair Y until May", "has led Y for 12 years")? */
static int held_until(const sg_textdoc_t *doc, size_t v, size_t t, size_t lim) {
    static const char *const spans[] = {"years", "months", "decades", "decade", "year"};
    if (!(sg_tok_is(doc, v, "led") || sg_tok_is(doc, v, "ran") || sg_i_ends_ed(doc, v))) {
        return 0;
    }
    int perfect =
        v > 0 && (sg_tok_is(doc, v - 1, "has") || sg_tok_is(doc, v - 1, "have"));
    for (size_t k = t; k < lim && k < t + 4; k++) {
        if (sg_tok_is(doc, k, "until")) {
            return 1;
        }
        if (!perfect && sg_tok_is(doc, k, "for")) {
            for (size_t j = k + 1; j < lim && j < k + 4; j++) {
                if (IN_LIST(doc, j, spans)) {
                    return 1; /* ("for 12 years", "for a decade", "for many years") */
                }
            }
        }
        if (doc->toks[k].kind == SG_TK_PUNCT) {
            return 0;
        }
    }
    return 0;
}

/* "recently appointed to lead", "who was chosen to chair" from token t: the token
 * of the verb of leading, else 0. */
static size_t chosen_to_lead(const sg_textdoc_t *doc, size_t t, size_t lim) {
    static const char *const before[] = {"who", "was",      "has",   "had",  "been",
                                         "is",  "recently", "newly", "just", "since"};
    static const char *const chosen[] = {"appointed", "chosen",  "named",   "picked",
                                         "selected",  "elected", "drafted", "brought"};
    size_t k = t;

    while (k < lim && k < t + 4 && IN_LIST(doc, k, before)) {
        k++;
    }
    if (k >= lim || !IN_LIST(doc, k, chosen)) {
        return 0;
    }
    k += 1 + (sg_tok_is(doc, k, "brought") && sg_tok_is(doc, k + 1, "in"));
    return k + 1 < lim && sg_tok_is(doc, k, "to") && IN_LIST(doc, k + 1, lead_bases)
               ? k + 1
               : 0;
}

/* A relative clause about a person at token t (", who ..."), within limit: "X, who
 * chairs Y", "X, who has led Y since 2013", "X, who is also chief executive of Y";
 * also after the person's roles ("X, chief executive of Y, who leads Z"), and about
 * a body ("X CCG, which leads the STP"). The chair of a part of a body ("who chairs
 * the LGA's community wellbeing board") is a member of it. */
static sg_err_t who_clause_one(sg_i_ctx_t *cx, long person, size_t t, size_t lim,
                               int plural) {
    const sg_textdoc_t *doc = cx->doc;
    size_t after, w = t + 2;

    if (!who_at(doc, t, lim)) {
        return SG_OK;
    }
    if (chosen_to_lead(doc, t + 1, lim)) {
        return leads_verb(cx, person, t, lim); /* "who was appointed to lead Y" */
    }
    size_t r = sg_i_appointed(doc, w, lim);
    if (r && (sg_tok_is(doc, r - 1, "as") || sg_tok_is(doc, r - 1, "been") ||
              sg_tok_is(doc, r - 1, "become") || sg_tok_is(doc, r - 1, "became"))) {
        /* "who has served as chair of Y", "who has been in charge of Y", "who
         * became chair of Y" */
        return roles_after(cx, person, r);
    }
    while (w + 1 < lim && IN_LIST(doc, w, who_aux)) {
        w++;
    }
    if (sg_tok_is(doc, w, "joined") || helm_at(doc, w, lim)) {
        /* "X, who joined Y as chief officer", "who took the helm at Y" */
        return leads_verb(cx, person, w, lim);
    }
    /* (or still is: "who remains chief executive of Y", "who continues as chair
     * of Y") */
    static const char *const still[] = {"remains", "remained", "stays", "continues",
                                        "continued"};
    w += w + 2 < lim &&
         (sg_tok_is(doc, w, "continues") || sg_tok_is(doc, w, "continued")) &&
         sg_tok_is(doc, w + 1, "as");
    for (size_t k = w; k + 1 < lim && k < w + 8 && doc->toks[k].kind == SG_TK_WORD; k++) {
        if (time_leading(doc, k)) { /* "who is stepping down after three years
                                     * leading Y" */
            return leads_verb(cx, person, w, lim);
        }
    }
    int be = sg_tok_is(doc, w, "is") || sg_tok_is(doc, w, "was") ||
             IN_LIST(doc, w, still) ||
             (sg_tok_is(doc, w, "as") && IN_LIST(doc, w - 1, still));
    if (be && !(IN_LIST(doc, w + 1, lead_verbs) && sg_i_participle(doc, w + 1))) {
        size_t r = w + 1; /* (past "also": "who is also the STP's chief officer") */
        while (r + 1 < lim && IN_LIST(doc, r, who_aux)) {
            r++;
        }
        return roles_after(cx, person, r); /* (not "which is led by X") */
    }
    w += be; /* "who is leading" */
    int lead = IN_LIST(doc, w, lead_verbs) || (plural && IN_LIST(doc, w, lead_bases));
    int member = IN_LIST(doc, w, member_verbs);
    /* "who represents Hale ward on Tarn Council": a member of the body after "on" */
    for (size_t k = w + 2;
         (sg_tok_is(doc, w, "represents") || sg_tok_is(doc, w, "represented")) &&
         !member && k < lim && k < w + 7 && doc->toks[k].kind == SG_TK_WORD;
         k++) {
        if (sg_tok_is(doc, k, "on")) {
            member = 1;
            w = k - 1;
        }
    }
    long target = -1;
    if ((sg_tok_is(doc, w, "represents") || sg_tok_is(doc, w, "represented")) &&
        !member && cx->ents[person].type == SG_NODE_PERSON) {
        /* (a body that represents others is none of theirs: "the LGA, which
         * represents councils") */
        /* "who represents Unison": a member of the body (not of a footprint: "the
         * MP who represents Dorset") */
        long m = body_at(cx, past_determiners(doc, w + 1, lim), lim);
        sg_node_type_t mt = m >= 0 ? cx->ents[cx->m[m].entity].type : SG_NODE_PERSON;
        if (mt == SG_NODE_ORGANISATION || mt == SG_NODE_COUNCIL) {
            target = sg_i_role_body(cx, m);
            after = cx->m[m].te;
            member = target >= 0;
        }
    }
    if (lead && sg_tok_is(doc, w + 1, "on")) {
        lead = 0; /* "who leads on mental health for the Devon STP": a portfolio's */
        member = 1;
    }
    /* "who owns three homes in Dunmore and chairs the Tarnshire Care Association":
     * the clause's second verb, when its first gives no role */
    for (size_t k = w + 1; !lead && !member && k + 1 < lim && k < w + 12; k++) {
        if (sg_tok_is(doc, k, ",") || doc->toks[k].kind == SG_TK_QUOTE) {
            break;
        }
        if (sg_tok_is(doc, k, "and") &&
            (IN_LIST(doc, k + 1, lead_verbs) || IN_LIST(doc, k + 1, member_verbs))) {
            w = k + 1;
            lead = IN_LIST(doc, w, lead_verbs);
            member = !lead;
        }
    }
    if (lead) { /* what it leads is its object: "who leads the Devon STP and ..." */
        size_t j = past_determiners(doc, w + 1 + sg_tok_is(doc, w + 1, "up"), lim);
        long m = body_at(cx, j, lim);
        if (m < 0 && j + 1 < lim && doc->toks[j].kind == SG_TK_WORD &&
            !sg_i_is_cap(doc, j) && !sg_tok_is(doc, j, "by")) {
            m = body_at(cx, j + 1, lim); /* "who founded the group X" */
        }
        m = m >= 0 && cx->ents[cx->m[m].entity].type == SG_NODE_PERSON ? -1 : m;
        target = m >= 0 ? sg_i_role_body(cx, m) : -1;
        after = m >= 0 ? cx->m[m].te : lim;
        if (m < 0 && sg_tok_is(doc, w + 1, "it")) {
            target = sg_i_plan_before(cx, w + 1, person); /* "X, who leads it, said" */
            after = w + 2;
        }
    }
    if (target < 0 && (lead || member)) {
        /* ("who sits on Tarn Council's scrutiny committee": "on" right after) */
        target = role_target(cx, member && sg_tok_is(doc, w + 1, "on") ? w + 1 : w, lim,
                             &after);
        /* ("who heads adult services at X": a part of X led, X's member) */
        long am = lead && target >= 0 && after > 0 ? sg_i_mention_at(cx, after - 1) : -1;
        lead = am >= 0 && past_back_determiners(doc, cx->m[am].tb, w) > w + 2 ? 0 : lead;
    }
    if (target < 0 || held_until(doc, w, after, lim)) {
        return SG_OK; /* ("who chaired Y until 2015": no longer) */
    }
    long pm = named_part(cx, after);
    sg_err_t rc = SG_OK;
    if (pm >= 0) { /* "who chairs the LGA's Community Wellbeing Board" */
        rc = sg_i_add_edge(cx, person, cx->m[pm].entity,
                           lead ? SG_EDGE_LEADS : SG_EDGE_MEMBER_OF, NULL,
                           doc->toks[t].sent, w, w + 1, 0);
        after = cx->m[pm].te;
    }
    if (pm >= 0 || part_after(doc, after, lim)) {
        lead = 0;
    }
    if (rc == SG_OK) {
        rc = sg_i_add_edge(cx, person, target, lead ? SG_EDGE_LEADS : SG_EDGE_MEMBER_OF,
                           NULL, doc->toks[t].sent, w, w + 1, 0);
    }
    /* "who chairs both Tarn CCG and Hale CCG": each body of a list of its type */
    long tm = pm < 0 && after > 0 ? sg_i_mention_at(cx, after - 1) : -1;
    long more[8];
    size_t nmore =
        tm >= 0 && cx->m[tm].te == after ? object_list(cx, tm, lim, more, 8) : 0;
    for (size_t i = 0; rc == SG_OK && i < nmore; i++) {
        if (cx->ents[more[i]].type == cx->ents[target].type) {
            rc = sg_i_add_edge(cx, person, more[i],
                               lead ? SG_EDGE_LEADS : SG_EDGE_MEMBER_OF, NULL,
                               doc->toks[t].sent, w, w + 1, 0);
        }
    }
    /* "... and is chief executive of Y", past a common noun ("who leads the X
     * system and is ..."); "... and sits on the board of Y" */
    size_t k = after;
    while (k < lim && k < after + 2 && doc->toks[k].kind == SG_TK_WORD &&
           !sg_i_is_cap(doc, k) && !sg_tok_is(doc, k, "and")) {
        k++;
    }
    if (rc != SG_OK || k + 1 >= lim || !sg_tok_is(doc, k, "and")) {
        return rc;
    }
    return IN_LIST(doc, k + 1, member_verbs) || IN_LIST(doc, k + 1, lead_verbs)
               ? leads_verb(cx, person, k + 1, lim)
               : roles_after(cx, person, k);
}

/* The first token of a party's words before a person's name at token b
 * ("Labour's X", "Labour MP X", "Conservative MP Dr X"), or b. */
static size_t past_party(const sg_textdoc_t *doc, size_t b) {
    if (b > 1 && sg_tok_is(doc, b - 1, "'s") && sg_i_party_word(doc, b - 2)) {
        return b - 2;
    }
    b -= b > 0 && sg_i_postnominal(doc, b - 1);
    while (b > 0 && sg_i_party_word(doc, b - 1)) {
        b--;
    }
    return b;
}

/* The stakeholders of one type listed before the one whose name ends at token t
 * ("A, B and" before C's; for bodies past a "the": "the A and the B"), up to max
 * into out, nearest first (a body's, the body it stands for); their number, and in
 * *from (when not NULL) the token the list opens at. */
static size_t listed_before(const sg_i_ctx_t *cx, size_t t, int person, long *out,
                            size_t max, size_t *from) {
    const sg_textdoc_t *doc = cx->doc;
    long m = t > 0 ? sg_i_mention_at(cx, t - 1) : -1;
    size_t n = 0, tb = m >= 0 ? cx->m[m].tb : t;

    tb = person ? past_party(doc, tb) : past_back_determiners(doc, tb, 0);
    if (from) {
        *from = tb;
    }
    while (n < max && m >= 0 && tb > 1 &&
           (sg_tok_is(doc, tb - 1, "and") || (n && sg_tok_is(doc, tb - 1, ",")))) {
        size_t e =
            tb - 1 -
            (tb > 2 && sg_tok_is(doc, tb - 1, "and") && sg_tok_is(doc, tb - 2, ","));
        m = sg_i_mention_at(cx, e - 1);
        long ent = m >= 0 && cx->m[m].te == e ? cx->m[m].entity : -1;
        if (ent < 0 || (cx->ents[ent].type == SG_NODE_PERSON) != person) {
            break;
        }
        out[n++] = person ? ent : sg_i_role_body(cx, m);
        tb = person ? past_party(doc, cx->m[m].tb)
                    : past_back_determiners(doc, cx->m[m].tb, 0);
        if (from) {
            *from = tb;
        }
    }
    return n;
}

/* who_clause_one for the person named before token t, and for each person listed
 * before her when the clause's verb is a plural's ("A and B, who jointly lead
 * Y"). */
static sg_err_t who_clause(sg_i_ctx_t *cx, long person, size_t t, size_t lim) {
    long more[8];
    size_t n = who_at(cx->doc, t, lim) ? listed_before(cx, t, 1, more, 8, NULL) : 0;
    sg_err_t rc = who_clause_one(cx, person, t, lim, n > 0);

    for (size_t i = 0; i < n && rc == SG_OK; i++) {
        rc = who_clause_one(cx, more[i], t, lim, 1);
    }
    return rc;
}

/* "Defend Our NHS, the group she chairs", "Tarn Care, which he founded", "Hale
 * Trust, the hospital she works for": after mention m of a body and its comma, a
 * clause whose subject is a person's pronoun and whose verb leads the body (or
 * makes a member of it). */
static sg_err_t body_held(sg_i_ctx_t *cx, const sg_i_mention_t *m, size_t lim) {
    const sg_textdoc_t *doc = cx->doc;
    size_t k = m->te + 1;
    long am = mention_from(cx, k);

    if (sg_tok_is(doc, k, "which") || sg_tok_is(doc, k, "that")) {
        k++;
    } else if (am >= 0 && cx->m[am].kind == SG_I_M_ANAPHOR) {
        k = cx->m[am].te; /* "the group" read as the body's word */
    } else if (sg_tok_is(doc, k, "the") || sg_tok_is(doc, k, "a")) {
        /* (the kind of body: a word or three in lower case) */
        size_t b = ++k;
        while (k < lim && k < b + 3 && doc->toks[k].kind == SG_TK_WORD &&
               !sg_i_is_cap(doc, k) && sg_i_mention_at(cx, k) < 0 &&
               !sg_tok_is(doc, k, "he") && !sg_tok_is(doc, k, "she")) {
            k++;
        }
        if (k == b) {
            return SG_OK;
        }
    } else {
        return SG_OK;
    }
    if (k + 1 >= lim || !(sg_tok_is(doc, k, "he") || sg_tok_is(doc, k, "she"))) {
        return SG_OK;
    }
    int lead = IN_LIST(doc, k + 1, lead_verbs) && !sg_i_participle(doc, k + 1);
    int member = IN_LIST(doc, k + 1, member_verbs) && k + 2 < lim &&
                 (sg_tok_is(doc, k + 2, "for") || sg_tok_is(doc, k + 2, "at") ||
                  sg_tok_is(doc, k + 2, "on"));
    long person = lead || member ? sg_i_pronoun_entity(cx, k) : -1;
    if (person < 0 || cx->ents[person].type != SG_NODE_PERSON) {
        return SG_OK;
    }
    return sg_i_add_edge(cx, person, m->entity, lead ? SG_EDGE_LEADS : SG_EDGE_MEMBER_OF,
                         NULL, doc->toks[k].sent, k, k + 2, 0);
}

/* "Tarn County Council (leader: Ann Lee)", a who's who's line: after mention m of a
 * body, a role, a colon and a person in brackets; the person holds the role. */
static sg_err_t bracketed_holder(sg_i_ctx_t *cx, const sg_i_mention_t *m, size_t lim) {
    const sg_textdoc_t *doc = cx->doc;
    size_t kind, t = m->te + 1;
    size_t n = t < lim ? sg_i_match_role(cx->lex, doc, t, lim, &kind) : 0;

    size_t c = t + n; /* (past a portfolio: "director of finance: X", a member) */
    while (n && c < lim && c < t + n + 5 && doc->toks[c].kind == SG_TK_WORD &&
           !sg_i_is_cap(doc, c)) {
        c++;
        kind = SG_I_ROLE_MEMBER;
    }
    if (!n || c + 2 >= lim || !sg_tok_is(doc, c, ":")) {
        return SG_OK;
    }
    long pm = mention_from(cx, c + 1);
    if (pm < 0 || cx->ents[cx->m[pm].entity].type != SG_NODE_PERSON ||
        !sg_tok_is(doc, cx->m[pm].te, ")")) {
        return SG_OK;
    }
    return sg_i_add_edge(cx, cx->m[pm].entity, m->entity, role_edge(kind), NULL,
                         doc->toks[t].sent, t, c, 0);
}

/* Does "is on the board of Y" (or "was", "has a seat on", "on the Y board", "on
 * the Y health committee", a panel) start at token v, before lim? The token of its
 * "on", or 0. */
static size_t on_board_at(const sg_textdoc_t *doc, size_t v, size_t lim) {
    size_t on = v + 1; /* (or "has a seat on the board of Y") */
    if (sg_tok_is(doc, v, "a") && sg_tok_is(doc, v + 1, "seat") && v > 0 &&
        (sg_tok_is(doc, v - 1, "has") || sg_tok_is(doc, v - 1, "had"))) {
        on = v + 2; /* (the "has" passed as an auxiliary) */
    } else if ((sg_tok_is(doc, v, "holds") || sg_tok_is(doc, v, "held")) &&
               sg_tok_is(doc, v + 1, "a") && sg_tok_is(doc, v + 2, "seat")) {
        on = v + 3;
    } else if ((sg_tok_is(doc, v, "been") || sg_tok_is(doc, v, "was") ||
                sg_tok_is(doc, v, "is")) &&
               sg_tok_is(doc, v + 1, "given") && sg_tok_is(doc, v + 2, "a") &&
               sg_tok_is(doc, v + 3, "seat")) {
        on = v + 4; /* "has been given a seat on the board of Y" */
    } else if (!(sg_tok_is(doc, v, "is") || sg_tok_is(doc, v, "was"))) {
        return 0;
    }
    if (on + 2 >= lim || !sg_tok_is(doc, on, "on") || !sg_tok_is(doc, on + 1, "the")) {
        return 0;
    }
    size_t k = on + 2;
    while (k + 1 < lim && k < v + 8 && sg_i_is_cap(doc, k)) {
        k++; /* (a name before it: "the Tarn CCG board") */
    }
    for (size_t w = k; w < lim && w < k + 3 && doc->toks[w].kind == SG_TK_WORD; w++) {
        if (sg_tok_is(doc, w, "board") || sg_tok_is(doc, w, "committee") ||
            sg_tok_is(doc, w, "panel")) {
            return on; /* (past a word or two: "the Hale Council health committee") */
        }
    }
    return 0;
}

/* Each body of the list mention mi ends ("A, B and C"), back from it, a member of
 * target; the cue at tokens [cb, ce). */
static sg_err_t bodies_members(sg_i_ctx_t *cx, long mi, long target, size_t cb,
                               size_t ce) {
    const sg_textdoc_t *doc = cx->doc;
    sg_err_t rc = SG_OK;

    for (long k = mi, n = 0; k >= 0 && n < 8 && rc == SG_OK; n++) {
        long e = cx->m[k].entity;
        if (e < 0 || e == target || cx->ents[e].type == SG_NODE_PERSON) {
            break;
        }
        rc = sg_i_add_edge(cx, e, target, SG_EDGE_MEMBER_OF, NULL, doc->toks[cb].sent, cb,
                           ce, 0);
        size_t tb = cx->m[k].tb;
        tb -= tb > 0 && sg_tok_is(doc, tb - 1, "the");
        k = tb > 1 && (sg_tok_is(doc, tb - 1, "and") || sg_tok_is(doc, tb - 1, ","))
                ? sg_i_mention_at(cx, tb - 2)
                : -1;
    }
    return rc;
}

/* "A, B and C are all partners in the X STP", "Hale Council is a member of Y":
 * from token v after the list that mention mi ends, each body a member of the one
 * named after "in" or "of". */
static sg_err_t body_partner(sg_i_ctx_t *cx, long mi, size_t v, size_t lim) {
    static const char *const be[] = {"is", "are", "was", "were"};
    static const char *const each[] = {"both", "also", "all", "now", "a", "an", "full"};
    static const char *const part[] = {"partner", "partners", "member", "members"};
    static const char *const join[] = {"join", "joins", "joined"};
    const sg_textdoc_t *doc = cx->doc;

    v += v + 3 < lim && sg_tok_is(doc, v, "will");
    if (v + 3 < lim && IN_LIST(doc, v, join) && sg_tok_is(doc, v + 1, "the")) {
        /* "X will join the Y STP's board", "X has joined the board of Y" */
        long tm = mention_from(cx, v + 2);
        size_t b = tm >= 0 ? cx->m[tm].te : 0;
        b += b && sg_i_possessive_at(doc, b);
        if (tm < 0 && v + 4 < lim && sg_tok_is(doc, v + 2, "board") &&
            sg_tok_is(doc, v + 3, "of")) {
            tm = mention_from(cx, past_determiners(doc, v + 4, lim));
            b = v + 2;
        }
        long target = tm >= 0 ? sg_i_role_body(cx, tm) : -1;
        return target < 0 || b >= lim || !sg_tok_is(doc, b, "board") ||
                       cx->ents[target].type == SG_NODE_PERSON
                   ? SG_OK
                   : bodies_members(cx, mi, target, v, v + 1);
    }
    if (v + 3 >= lim || !IN_LIST(doc, v, be)) {
        return SG_OK;
    }
    size_t k = v + 1;
    while (k < lim && k < v + 4 && IN_LIST(doc, k, each)) {
        k++;
    }
    if (k + 2 >= lim || !IN_LIST(doc, k, part) ||
        !(sg_tok_is(doc, k + 1, "in") || sg_tok_is(doc, k + 1, "of"))) {
        return SG_OK;
    }
    long tm = mention_from(cx, k + 2); /* ("the plan") */
    tm = tm >= 0 ? tm : mention_from(cx, past_determiners(doc, k + 2, lim));
    long target = tm >= 0 ? sg_i_role_body(cx, tm) : -1;
    return target < 0 || cx->ents[target].type == SG_NODE_PERSON
               ? SG_OK
               : bodies_members(cx, mi, target, k, k + 2);
}

/* "Hale Council sits on the STP board", "A and B both sit on the partnership's
 * board", "X has been given a seat on the board of Y": after body mention m (the
 * last of a list of bodies), a seat on the board of what is named right after "on"
 * (or a partner's or a member's place in it: body_partner): each body a member of
 * it. */
static sg_err_t body_seat(sg_i_ctx_t *cx, long mi, size_t lim) {
    static const char *const each[] = {"both", "also", "all", "each", "now"};
    const sg_textdoc_t *doc = cx->doc;
    size_t v = cx->m[mi].te;

    while (v < lim && (IN_LIST(doc, v, each) || IN_LIST(doc, v, who_aux))) {
        v++;
    }
    /* (or "has a seat on", "has been given a seat on", "is on") */
    size_t on = v + 1 < lim && (sg_tok_is(doc, v, "sits") || sg_tok_is(doc, v, "sit")) &&
                        sg_tok_is(doc, v + 1, "on")
                    ? v + 1
                    : on_board_at(doc, v, lim);
    if (!on) {
        return body_partner(cx, mi, v, lim);
    }
    if (on + 2 >= lim) {
        return SG_OK;
    }
    v = on - 1; /* (the verb's last word before "on") */
    long tm = sg_i_mention_at(cx, v + 2);
    tm = tm >= 0 ? tm : sg_i_mention_at(cx, v + 3);
    size_t b = tm >= 0 ? cx->m[tm].te : 0;
    b += b && sg_i_possessive_at(doc, b);
    if (tm < 0 && v + 5 < lim && sg_tok_is(doc, v + 2, "the") &&
        sg_tok_is(doc, v + 3, "board") && sg_tok_is(doc, v + 4, "of")) {
        tm = mention_from(cx, past_determiners(doc, v + 5, lim)); /* "the board of Y" */
        b = v + 3;
    }
    long target = tm >= 0 ? sg_i_role_body(cx, tm) : -1;
    if (target < 0 || b >= lim || !sg_tok_is(doc, b, "board") ||
        cx->ents[target].type == SG_NODE_PERSON ||
        (b + 3 < lim && sg_tok_is(doc, b + 1, "as") &&
         (sg_tok_is(doc, b + 3, "observer") || sg_tok_is(doc, b + 3, "observers")))) {
        return SG_OK; /* (not "as an observer") */
    }
    return bodies_members(cx, mi, target, v, v + 2);
}

static sg_err_t body_clauses(sg_i_ctx_t *cx) {
    sg_err_t rc;

    for (size_t i = 0; i < cx->nm; i++) {
        const sg_i_mention_t *m = &cx->m[i];
        if (m->entity >= 0 && cx->ents[m->entity].type != SG_NODE_PERSON &&
            sg_tok_is(cx->doc, m->te + 1, "which") &&
            (rc = who_clause(cx, m->entity, m->te, sent_end(cx->doc, m->tb))) != SG_OK) {
            return rc;
        }
        /* "NHS Kernow, the clinical commissioning group leading the X STP" (or
         * "that leads"): the body's apposition, a kind of body and a lead verb */
        const sg_textdoc_t *doc = cx->doc;
        size_t lim = m->te < doc->ntoks ? sent_end(doc, m->tb) : 0;
        if (m->entity >= 0 && cx->ents[m->entity].type != SG_NODE_PERSON &&
            sg_tok_is(doc, m->te, ",") && (rc = body_held(cx, m, lim)) != SG_OK) {
            return rc;
        }
        if (m->entity >= 0 && cx->ents[m->entity].type != SG_NODE_PERSON &&
            sg_tok_is(doc, m->te, "(") && (rc = bracketed_holder(cx, m, lim)) != SG_OK) {
            return rc;
        }
        if (m->entity >= 0 && cx->ents[m->entity].type != SG_NODE_PERSON && lim &&
            (rc = body_seat(cx, (long)i, lim)) != SG_OK) {
            return rc;
        }
        for (size_t k = m->te + 2;
             m->entity >= 0 && cx->ents[m->entity].type != SG_NODE_PERSON &&
             sg_tok_is(doc, m->te, ",") && sg_tok_is(doc, m->te + 1, "the") && k < lim &&
             k < m->te + 8 && doc->toks[k].kind == SG_TK_WORD &&
             sg_i_mention_at(cx, k) < 0;
             k++) {
            size_t v = k + (sg_tok_is(doc, k, "that") || sg_tok_is(doc, k, "which"));
            if (v > k || IN_LIST(doc, k, lead_verbs)) {
                if (IN_LIST(doc, v, lead_verbs) &&
                    (rc = leads_verb(cx, m->entity, v, lim)) != SG_OK) {
                    return rc;
                }
                break;
            }
        }
    }
    return SG_OK;
}

/* Is the party word at t in a name before a possessive ("Labour's", "the Liberal
 * Democrats' health spokesman"): the body whose role follows? */
static int party_possessive(const sg_i_ctx_t *cx, size_t t) {
    long m = sg_i_mention_at(cx, t);
    return m >= 0 && sg_i_possessive_at(cx->doc, cx->m[m].te);
}

/* Tokens [b, e) are a role's portfolio: "for" or "of" and words naming no
 * stakeholder ("head of health", "cabinet member for adult social care",
 * "regional director for the Midlands and East"), or its post: "at" or "in" and
 * up to three words of a place in capitals ("branch secretary at Eastley"). */
static int portfolio(const sg_i_ctx_t *cx, size_t b, size_t e) {
    /* (a time is none: "lead for six months", "for the next year") */
    static const char *const times[] = {"months", "month", "years", "year", "weeks",
                                        "week",   "days",  "now",   "time", "period"};
    const sg_textdoc_t *doc = cx->doc;
    int post =
        e >= b + 2 && e <= b + 4 && (sg_tok_is(doc, b, "at") || sg_tok_is(doc, b, "in"));

    if (e < b + 2 || !(post || sg_tok_is(doc, b, "for") || sg_tok_is(doc, b, "of"))) {
        return 0;
    }
    for (size_t k = b + 1; k < e; k++) {
        if (doc->toks[k].kind != SG_TK_WORD || sg_i_mention_at(cx, k) >= 0 ||
            (k < b + 4 && IN_LIST(doc, k, times)) || (post && !sg_i_is_cap(doc, k))) {
            return 0;
        }
    }
    return 1;
}

/* Is mention m a plan the words do not name ("the plan", "their region's STP")? */
static int unnamed_plan(const sg_i_ctx_t *cx, long m) {
    return cx->ents[cx->m[m].entity].type == SG_NODE_STP &&
           cx->m[m].kind != SG_I_M_NAME && cx->m[m].kind != SG_I_M_ACRONYM;
}

/* Do the words from token t name a role's holder and a reporting verb that ends
 * the sentence ("... the plan, its chair, Dr X, confirmed.") or a participle
 * after them? */
static int reporting_tail(const sg_i_ctx_t *cx, size_t t) {
    const sg_textdoc_t *doc = cx->doc;
    size_t se = sent_end(doc, t);

    for (size_t k = t; k < se && k < t + 8; k++) {
        long m = sg_i_mention_at(cx, k);
        if (m >= 0 && cx->m[m].tb == k && cx->m[m].entity >= 0 &&
            cx->ents[cx->m[m].entity].type == SG_NODE_PERSON) {
            size_t v = cx->m[m].te + sg_tok_is(doc, cx->m[m].te, ",");
            /* (or a participle after the apposition: "X backed it, its chair, Y,
             * saying") */
            return v < se && sg_i_reporting_at(cx, v) &&
                   (v + 1 == se || doc->toks[v + 1].kind == SG_TK_PUNCT ||
                    (v > cx->m[m].te && sg_i_participle(doc, v)));
        }
    }
    return 0;
}

/* Do the words from sb to j, naming no one, say what the body named at j is
 * ("Mental health charity X", "Campaign group X", "The think tank X")? */
static int kind_opened(const sg_i_ctx_t *cx, size_t sb, size_t j) {
    if (j < sb + 1 || j > sb + 4 || !sg_i_org_kind(cx->doc, j - 1)) {
        return 0;
    }
    for (size_t k = sb; k < j; k++) {
        if (cx->doc->toks[k].kind != SG_TK_WORD || sg_i_mention_at(cx, k) >= 0) {
            return 0;
        }
    }
    return 1;
}

static long its_body_at(const sg_i_ctx_t *cx, size_t t, int chained);

/* The body "its" at token t stands for: one named earlier in its sentence
 * ("Responding for the STP, its director of strategy, X"), else the last
 * organisation or council named ("The trust is big. Its chief executive"); not
 * "the plans" or "STPs", which are many ("X opposes the plans, its leader, Y,
 * said"). */
static long its_body(const sg_i_ctx_t *cx, size_t t) {
    return its_body_at(cx, t, 1);
}

/* its_body, and when chained, "Its" opening a sentence after others that open
 * with "Its" ("Its chair is X, a former chief executive of Y. Its chief executive
 * is Z"): the body the first of them stands for. */
static long its_body_at(const sg_i_ctx_t *cx, size_t t, int chained) {
    static const char *const plurals[] = {"plans", "proposals", "stps"};
    static const char *const contrasts[] = {"but",    "while", "although",
                                            "though", "yet",   "despite"};
    size_t sb = cx->doc->sents[cx->doc->toks[t].sent].tok_begin;

    /* "X has backed the Devon STP, but its leader warned": a clause of contrast
     * (or one joined by ", and") speaks of the sentence's subject, its first
     * stakeholder, not the object; so does a reporting verb's tail: "X has not
     * endorsed the plan, its chair, Y, said" */
    if (t > sb + 2 &&
        (IN_LIST(cx->doc, t - 1, contrasts) ||
         (sg_tok_is(cx->doc, t - 1, "and") && sg_tok_is(cx->doc, t - 2, ",")) ||
         (sg_tok_is(cx->doc, t - 1, "with") && sg_tok_is(cx->doc, t - 2, ",")) ||
         (sg_tok_is(cx->doc, t - 1, ",") && reporting_tail(cx, t + 1)))) {
        /* (or ", with its leader, X, saying") */
        long f = sg_i_first_stakeholder(cx, sb, t - 1);
        if (f >= 0 && cx->ents[f].type != SG_NODE_PERSON) {
            return f;
        }
    }
    size_t q = cx->doc->toks[t].sent;
    while (chained && t == sb && q > 0 && q + 6 > cx->doc->toks[t].sent &&
           sg_tok_is(cx->doc, cx->doc->sents[q - 1].tok_begin, "its")) {
        q--;
    }
    if (q < cx->doc->toks[t].sent) {
        return its_body_at(cx, cx->doc->sents[q].tok_begin, 0);
    }

    for (size_t k = t; k-- > sb;) {
        long m = sg_i_mention_at(cx, k);
        /* (not a body once worked for: "has appointed former NHS Improvement
         * director X as its chair") */
        int former = m >= 0 && cx->m[m].tb > sb &&
                     (sg_tok_is(cx->doc, cx->m[m].tb - 1, "former") ||
                      sg_tok_is(cx->doc, cx->m[m].tb - 1, "ex"));
        if (m >= 0 && cx->ents[cx->m[m].entity].type != SG_NODE_PERSON &&
            !IN_LIST(cx->doc, cx->m[m].te - 1, plurals) && !former) { /* "it" is one */
            return sg_i_role_body(cx, m);
        }
        if (m < 0 && sg_tok_is(cx->doc, k, "the") &&
            sg_i_match(cx->lex, SG_I_T_ANAPHORS, cx->doc, k + 1, t, NULL)) {
            return -1; /* "The council's tweet came after its leader ...": a body
                        * the story has not named, not one named before it */
        }
    }
    size_t ps = cx->doc->toks[t].sent;
    /* "The campaign, Dunmore NHS Not For Sale, is backed by A and B. Its
     * spokesperson": the body the sentence before opens with, in an apposition
     * to its kind */
    if (ps > 0 && t == sb) {
        size_t pb = cx->doc->sents[ps - 1].tok_begin;
        long am = pb + 3 < cx->doc->sents[ps - 1].tok_end &&
                          sg_tok_is(cx->doc, pb, "the") &&
                          (sg_i_org_kind(cx->doc, pb + 1) ||
                           sg_tok_is(cx->doc, pb + 1, "campaign") ||
                           sg_tok_is(cx->doc, pb + 1, "coalition")) &&
                          sg_tok_is(cx->doc, pb + 2, ",")
                      ? sg_i_mention_at(cx, pb + 3)
                      : -1;
        if (am >= 0 && cx->m[am].tb == pb + 3 && cx->m[am].entity >= 0 &&
            cx->ents[cx->m[am].entity].type != SG_NODE_PERSON) {
            return sg_i_role_body(cx, am);
        }
    }
    /* a sentence before that names a footprint and no other body: the footprint
     * ("The letters name the Cumbria STP among those with the biggest gaps. Its
     * leader, X, said"); else the last organisation or council */
    long fp = -1;
    if (ps > 0) {
        const sg_sentence_t *p = &cx->doc->sents[ps - 1];
        /* (its first 200 tokens: a long sentence is not read for every "Its") */
        for (size_t k = p->tok_begin; k < p->tok_end && k < p->tok_begin + 200; k++) {
            long m = sg_i_mention_at(cx, k);
            long e = m >= 0 ? sg_i_role_body(cx, m) : -1;
            if (e < 0 || cx->ents[e].type == SG_NODE_PERSON ||
                (unnamed_plan(cx, m) && !sg_tok_is(cx->doc, cx->m[m].te - 1, "stp"))) {
                continue; /* (a footprint named, or "the STP" that is one, not "the
                           * plan": "The report found few had heard of the plan. Its
                           * chief executive") */
            }
            if (cx->ents[e].type != SG_NODE_STP) {
                fp = -1;
                break;
            }
            if (strcmp(cx->ents[e].name, SG_I_PROGRAMME) != 0) {
                fp = fp == -1 || fp == e ? e : -2; /* two footprints: neither */
            }
            k = cx->m[m].te - 1;
        }
    }
    if (fp >= 0) {
        return fp;
    }
    /* "Its" opening a sentence (or a person's apposition that does) after one whose
     * last clause's subject is a body:
     * that body ("The County Councils Network backed the ADASS call. Its health
     * spokesman, X"; "X has backed it, but Unison has warned ... Its head of
     * health": Unison) */
    long subject = -1;
    int named = 0;
    /* (or after a person who opens the sentence: "Sir X, its lead, said") */
    size_t it = t - (t > sb && sg_tok_is(cx->doc, t - 1, "its")); /* (the word) */
    long om =
        it > sb + 1 && sg_tok_is(cx->doc, it - 1, ",") ? sg_i_mention_at(cx, it - 2) : -1;
    int opens_person = om >= 0 && cx->m[om].tb <= sb + 1 && cx->m[om].te == it - 1 &&
                       cx->m[om].entity >= 0 &&
                       cx->ents[cx->m[om].entity].type == SG_NODE_PERSON;
    if ((t == sb || opens_person) && ps > 0) {
        static const char *const opens[] = {"but", "and", "while", ","};
        const sg_sentence_t *p = &cx->doc->sents[ps - 1];
        /* "The committee, which includes councillors from X and Y, said ... Its
         * chairman": a body the story has not named opens the sentence before */
        if (sg_tok_is(cx->doc, p->tok_begin, "the") && p->tok_begin + 2 < p->tok_end &&
            !sg_i_is_cap(cx->doc, p->tok_begin + 1) &&
            sg_i_mention_at(cx, p->tok_begin + 1) < 0 &&
            sg_i_match(cx->lex, SG_I_T_ANAPHORS, cx->doc, p->tok_begin + 1, p->tok_end,
                       NULL) &&
            sg_tok_is(cx->doc, p->tok_begin + 2, ",") &&
            mention_from(cx, past_determiners(cx->doc, p->tok_begin + 3, p->tok_end)) <
                0) {
            return -1; /* (not one its apposition names: "The group, NHS Clinicians,") */
        }
        for (size_t k = p->tok_begin; k < p->tok_end && k < p->tok_begin + 200; k++) {
            long m = mention_from(cx, k);
            if (m < 0) {
                continue;
            }
            size_t j = k > p->tok_begin && sg_tok_is(cx->doc, k - 1, "the") ? k - 1 : k;
            long e = sg_i_role_body(cx, m);
            /* (not in a relative clause: "X, which is run by Labour, did not") */
            int by = j > p->tok_begin && sg_tok_is(cx->doc, j - 1, "by"), relative = 0;
            for (size_t r = j > p->tok_begin + 5 ? j - 5 : p->tok_begin; by && r < j;
                 r++) {
                relative |=
                    sg_tok_is(cx->doc, r, "which") || sg_tok_is(cx->doc, r, "who");
            }
            if (by && e >= 0 && cx->ents[e].type != SG_NODE_PERSON && !relative) {
                /* a passive's agent ("The report was welcomed by NHS Providers"):
                 * the body named last (not a person: "The STP board is chaired by
                 * X") */
                subject = -1, named = 1;
                break;
            }
            if (e >= 0 && cx->ents[e].type != SG_NODE_PERSON &&
                cx->m[m].kind != SG_I_M_DOCREF &&
                strcmp(cx->ents[e].name, SG_I_COLLECTIVE) != 0 && /* ("and district
                                                                   * councils") */
                strcmp(cx->ents[e].name, SG_I_PROGRAMME) != 0 &&  /* (nor "STPs are
                                                                   * failing, X has
                                                                   * warned") */
                (j == p->tok_begin || kind_opened(cx, p->tok_begin, j) ||
                 (IN_LIST(cx->doc, j - 1, opens) &&
                  !(sg_i_reporting_at(cx, cx->m[m].te) &&
                    cx->m[m].te + 2 >= p->tok_end)))) { /* (not ", X said." ending
                                                         * it: "In a briefing, the
                                                         * think tank said the
                                                         * government's ...") */
                subject = e;
                /* (or the body its "'s" opens: "The council's Health and
                 * Wellbeing Board will discuss it. Its chairman") */
                long pm = sg_i_possessive_at(cx->doc, cx->m[m].te)
                              ? sg_i_mention_at(cx, cx->m[m].te + 1)
                              : -1;
                long pe = pm >= 0 && cx->m[pm].tb == cx->m[m].te + 1
                              ? sg_i_role_body(cx, pm)
                              : -1;
                subject =
                    pe >= 0 && cx->ents[pe].type == SG_NODE_ORGANISATION ? pe : subject;
            }
            named |= e >= 0 && cx->ents[e].type != SG_NODE_PERSON && !unnamed_plan(cx, m);
            k = cx->m[m].te - 1;
        }
        /* "The opposition group voted against. Its leader, X": a body the story
         * has not named, when the sentence before opens with one and names none */
        if (!named && (sg_tok_is(cx->doc, p->tok_begin, "the") ||
                       sg_tok_is(cx->doc, p->tok_begin, "a"))) {
            return -1;
        }
    }
    if (subject >= 0) {
        return subject;
    }
    long org = sg_i_last_org(cx, t);
    /* (nor local government at large: "... its partnership with local government.
     * Dr X, its senior responsible officer": the plan) */
    long plan = org < 0 || strcmp(cx->ents[org].name, SG_I_COLLECTIVE) == 0
                    ? sg_i_plans_before(cx, t)
                    : -1;
    return plan >= 0 ? plan : org; /* (no body named yet: the plan "Who is in charge?
                                    * Its leader is X" speaks of) */
}

/* words for a part of a body with no name of its own ("X's health scrutiny
 * committee") */
static const char *const part_words[] = {
    "committee", "subcommittee", "panel", "taskforce", "group", "division", "branch"};

/* Was body b named, last before token t (in its sentence or the one before), as a
 * part of it ("The opposition Labour group voted against. Its leader, X"; "Tarn
 * Council's health scrutiny committee meets today. Its chair, X"), whose head is a
 * member of b, not b's head? */
static int named_as_part(const sg_i_ctx_t *cx, long b, size_t t) {
    const sg_textdoc_t *doc = cx->doc;
    size_t s = doc->toks[t].sent;
    size_t from = doc->sents[s > 0 ? s - 1 : s].tok_begin;

    for (size_t k = t; k-- > from;) {
        long m = sg_i_mention_at(cx, k);
        if (m < 0 || sg_i_role_body(cx, m) != b) {
            continue;
        }
        size_t a = cx->m[m].te, end = doc->sents[doc->toks[k].sent].tok_end;
        if (sg_tok_is(doc, a, "group")) {
            return 1;
        }
        a += a < end && sg_tok_is(doc, a, "'s");
        for (size_t j = a; j < end && j < a + 6; j++) {
            /* (past a place's word no stakeholder holds: "the BMA's Tarnshire
             * division") */
            if (doc->toks[j].kind != SG_TK_WORD ||
                (sg_i_is_cap(doc, j) && (j > a + 1 || sg_i_mention_at(cx, j) >= 0))) {
                return 0;
            }
            if (IN_LIST(doc, j, part_words) ||
                (j > a && a > cx->m[m].te && sg_tok_is(doc, j, "board"))) {
                return 1; /* (or a board with words before it, not its own: "X's
                           * health and wellbeing board") */
            }
        }
        return 0;
    }
    return 0;
}

/* The body named, last before token t (in its sentence or the one before), with a
 * part of it ("Hale City Council's health scrutiny committee has demanded ...
 * The committee's chair, X" past "Hale General Hospital" named since): its entity,
 * or -1. */
static long part_owner(const sg_i_ctx_t *cx, size_t t) {
    const sg_textdoc_t *doc = cx->doc;
    size_t s = doc->toks[t].sent;
    size_t from = doc->sents[s > 0 ? s - 1 : s].tok_begin;

    for (size_t k = t; k-- > from;) {
        long m = sg_i_mention_at(cx, k);
        long e = m >= 0 ? cx->m[m].entity : -1;
        if (e >= 0 && cx->m[m].te == k + 1 &&
            (cx->ents[e].type == SG_NODE_ORGANISATION ||
             cx->ents[e].type == SG_NODE_COUNCIL) &&
            named_as_part(cx, e, t)) {
            return e;
        }
    }
    return -1;
}

/* Are tokens [b, e) before a role words that only qualify it ("new", "interim",
 * "acting"): lower-case, naming no stakeholder, not "former"? */
static int plain_words(const sg_i_ctx_t *cx, size_t b, size_t e) {
    for (size_t k = b; k < e; k++) {
        if (cx->doc->toks[k].kind != SG_TK_WORD || sg_i_is_cap(cx->doc, k) ||
            sg_i_mention_at(cx, k) >= 0 || sg_tok_is(cx->doc, k, "former") ||
            sg_tok_is(cx->doc, k, "ex")) {
            return 0;
        }
    }
    return 1;
}

/* Does a role only a council has open at token rb ("cabinet member for health",
 * "portfolio holder for adults"), whose body, none named, is the council named
 * last? */
static int council_role_at(const sg_textdoc_t *doc, size_t rb) {
    /* (or a director of a council's services: "director of adult care X") */
    static const char *const services[] = {"adult", "adults", "children", "social",
                                           "public"};
    return sg_tok_is(doc, rb, "cabinet") ||
           (sg_tok_is(doc, rb, "portfolio") && sg_tok_is(doc, rb + 1, "holder")) ||
           (sg_tok_is(doc, rb, "executive") &&
            (sg_tok_is(doc, rb + 1, "councillor") || sg_tok_is(doc, rb + 1, "member"))) ||
           (sg_tok_is(doc, rb, "director") && sg_tok_is(doc, rb + 1, "of") &&
            IN_LIST(doc, rb + 2, services));
}

/* Is token k a word for a council's area ("the county's", "the borough's")? */
static int county_word(const sg_textdoc_t *doc, size_t k) {
    return sg_tok_is(doc, k, "county") || sg_tok_is(doc, k, "borough") ||
           sg_tok_is(doc, k, "city") || sg_tok_is(doc, k, "town");
}

/* For the plural body's noun at token k ("CCGs", "trusts", "councils"), a count
 * before it from token j: the bodies of that kind (names ending in its singular)
 * the three sentences before name, each once, as many as the count says if one
 * does; up to max into out, their number (0 when fewer than two). */
static size_t kind_named_before(const sg_i_ctx_t *cx, size_t j, size_t k, long *out,
                                size_t max) {
    static const char *const counts[] = {"two", "three", "four"};
    const sg_textdoc_t *doc = cx->doc;
    size_t wl, n = 0, s = doc->toks[k].sent;
    const char *w = sg_tok_norm(doc, k, &wl);
    size_t want = 0;
    for (size_t c = j; c < k; c++) {
        for (size_t i = 0; i < sizeof(counts) / sizeof(counts[0]); i++) {
            want = sg_tok_is(doc, c, counts[i]) ? i + 2 : want;
        }
    }
    size_t lo = doc->sents[s > 3 ? s - 3 : 0].tok_begin;
    for (size_t t = lo; t < doc->sents[s].tok_begin && n < max && wl > 1; t++) {
        long mi = sg_i_mention_at(cx, t);
        const sg_i_mention_t *m = mi >= 0 ? &cx->m[mi] : NULL;
        if (!m || m->tb != t || m->entity < 0 ||
            cx->ents[m->entity].type == SG_NODE_PERSON) {
            continue;
        }
        const char *name = cx->ents[m->entity].name, *sp = strrchr(name, ' ');
        const char *last = sp ? sp + 1 : name;
        int seen = strlen(last) != wl - 1 || strncasecmp(last, w, wl - 1) != 0;
        for (size_t i = 0; i < n && !seen; i++) {
            seen = out[i] == m->entity;
        }
        if (!seen) {
            out[n++] = m->entity;
        }
    }
    return n >= 2 && (!want || n == want) ? n : 0;
}

/* "chief executive of all three trusts", "of both councils": at token j, a count
 * and a plural body's noun standing for the bodies listed opening the sentence
 * before (in the paragraph before too); into out as sg_i_prev_list does, *end
 * past the noun. */
static size_t counted_bodies(const sg_i_ctx_t *cx, size_t j, size_t lim, long *out,
                             size_t max, size_t *end) {
    static const char *const counts[] = {"all", "both", "the", "two", "three", "four"};
    const sg_textdoc_t *doc = cx->doc;
    size_t k = j;

    while (k < lim && k < j + 3 && IN_LIST(doc, k, counts)) {
        k++;
    }
    if (k == j || k >= lim || !IN_LIST(doc, k, body_plurals) ||
        sg_i_mention_at(cx, k) >= 0) {
        return 0;
    }
    *end = k + 1;
    size_t n = sg_i_prev_list(cx, doc->toks[j].sent, 1, out, max);
    return n ? n : kind_named_before(cx, j, k, out, max);
}

/* The footprint a sentence opens with, as where it happens ("In Surrey
 * Heartlands, ..."), or -1. */
static long fronted_footprint(const sg_i_ctx_t *cx, size_t s) {
    const sg_textdoc_t *doc = cx->doc;
    size_t sb = doc->sents[s].tok_begin;
    long m = sg_tok_is(doc, sb, "in") ? mention_from(cx, sb + 1) : -1;
    long e = m >= 0 && cx->m[m].tb == sb + 1 ? cx->m[m].entity : -1;

    return e >= 0 && cx->ents[e].type == SG_NODE_STP &&
                   strcmp(cx->ents[e].name, SG_I_PROGRAMME) != 0 &&
                   sg_tok_is(doc, cx->m[m].te, ",")
               ? e
               : -1;
}

/* Roles listed after a person: "X, chair, North East London STP, and chief
 * executive, CIPFA" or "X is National Director ... at The Leadership Centre". */
static sg_err_t roles_after(sg_i_ctx_t *cx, long person, size_t t) {
    const sg_textdoc_t *doc = cx->doc;
    size_t limit = sent_end(doc, t);
    sg_err_t rc;

    /* "X, a Conservative, said", "X, a Labour councillor who ...": a member of the
     * party */
    /* (or with no article: "X, Liberal Democrat member for Y,"; or "the": "X, the
     * Conservative candidate,") */
    size_t pt = t + (sg_tok_is(doc, t, "a") || sg_tok_is(doc, t, "an") ||
                     (sg_tok_is(doc, t, "the") && sg_i_party_word(doc, t + 1)));
    long pm = sg_i_party_word(doc, pt) ? sg_i_mention_at(cx, pt) : -1;
    /* (or the party's word ending "X is (a) Conservative." or "X is Labour;") */
    size_t pe = pm >= 0 ? cx->m[pm].te : 0;
    int pred = pm >= 0 && t > 0 &&
               (sg_tok_is(doc, t - 1, "is") || sg_tok_is(doc, t - 1, "was")) &&
               (pe >= limit || sg_tok_is(doc, pe, ".") || sg_tok_is(doc, pe, ";"));
    if (pm >= 0 && cx->m[pm].tb == pt && cx->m[pm].entity >= 0 &&
        cx->ents[cx->m[pm].entity].type == SG_NODE_ORGANISATION &&
        (pred || ((sg_i_party_role(doc, pe) || sg_i_postnominal(doc, pe)) &&
                  (pt > t || (doc->toks[pe].kind == SG_TK_WORD &&
                              !sg_i_postnominal(doc, pe))))) && /* (an MP's: below) */
        (rc = sg_i_add_edge(cx, person, cx->m[pm].entity, SG_EDGE_MEMBER_OF, NULL,
                            doc->toks[t].sent, pt, cx->m[pm].te, 0)) != SG_OK) {
        return rc;
    }
    /* "X, a Wirral GP who sits on Y": a relative clause after an apposition that
     * names no role */
    for (size_t k = t + 2; (sg_tok_is(doc, t, "a") || sg_tok_is(doc, t, "an")) &&
                           k < limit && k < t + 6 && doc->toks[k - 1].kind == SG_TK_WORD;
         k++) {
        if (sg_tok_is(doc, k, "who")) {
            return who_clause(cx, person, k - 1, limit);
        }
    }
    /* the very next sentence may hold the roles of a signature line */
    for (int n = 0; n < 3 && t < limit; n++) {
        size_t rb, re, kind, after;
        long target;
        int its = 0;   /* "X, its director of policy, said": the body "it" is */
        int anded = 0; /* ", and the leader of Y, Z": maybe the next person's */
        while (t < limit && (IN_LIST(doc, t, skip_words) || sg_tok_is(doc, t, "and") ||
                             sg_tok_is(doc, t, "currently") ||
                             (IN_LIST(doc, t, qualifiers) && entity_at(cx, t + 1) >= 0) ||
                             (sg_i_party_word(doc, t) && !party_possessive(cx, t)))) {
            its = sg_tok_is(doc, t, "its");
            anded |=
                n == 0 && sg_tok_is(doc, t, "and") && t > 0 && sg_tok_is(doc, t - 1, ",");
            t++;
        }
        /* "the Conservative MP for Totnes and chair of ...": a seat names no body;
         * a role may follow it */
        if (t + 2 < limit && sg_i_postnominal(doc, t) && sg_tok_is(doc, t + 1, "for")) {
            /* (a member of the party named before the letters: "the Labour MP for
             * Exeter") */
            long party = t > 0 && sg_i_party_word(doc, t - 1) ? entity_at(cx, t - 1) : -1;
            if (party >= 0 && cx->ents[party].type == SG_NODE_ORGANISATION &&
                (rc = sg_i_add_edge(cx, person, party, SG_EDGE_MEMBER_OF, NULL,
                                    doc->toks[t].sent, t - 1, t + 1, 0)) != SG_OK) {
                return rc;
            }
            /* (its place's words, a footprint's too: "MP for Dorset and chair") */
            for (t += 2; t < limit && sg_i_is_cap(doc, t) &&
                         (entity_at(cx, t) < 0 ||
                          cx->ents[entity_at(cx, t)].type == SG_NODE_STP);) {
                t++;
            }
            continue;
        }
        /* "the county's director of public health": its council named last */
        if (t > 0 && t + 2 < limit && county_word(doc, t) &&
            sg_i_possessive_at(doc, t + 1) && sg_tok_is(doc, t - 1, "the") &&
            entity_at(cx, t) < 0 && find_role(cx, t + 2, limit, &rb, &re, &kind) &&
            rb == t + 2) {
            long council = sg_i_last_council(cx, t);
            if (council < 0) {
                return SG_OK;
            }
            char *role = sg_i_surface(doc, rb, re);
            rc = role ? sg_i_add_edge(cx, person, council, role_edge(kind), role,
                                      doc->toks[t].sent, rb, re, 0)
                      : SG_ENOMEM;
            free(role);
            return rc;
        }
        /* "the institute's CEO" */
        long e = entity_at(cx, t);
        if (e >= 0) {
            long m = sg_i_mention_at(cx, t);
            e = sg_i_role_body(cx, m);
            size_t p = cx->m[m].te;
            if (sg_i_possessive_at(doc, p)) {
                p++;
            }
            /* "the institute's CEO", "NHS England chief executive", "BMA council
             * chair" (the body's own council or board; another part of it makes a
             * member: "NHS England's cancer director") */
            while (p < limit && IN_LIST(doc, p, qualifiers)) {
                p++; /* "the trust's interim chief executive" */
            }
            /* (or a region's words in capitals, a part of the body: "Unison South
             * West regional secretary") */
            size_t q = p;
            while (q < limit && q < p + 3 && doc->toks[q].kind == SG_TK_WORD &&
                   (!sg_i_is_cap(doc, q) || IN_LIST(doc, q, region_words)) &&
                   !(find_role(cx, q, limit, &rb, &re, &kind) && rb == q)) {
                q++;
            }
            if (cx->ents[e].type != SG_NODE_PERSON &&
                find_role(cx, q, limit, &rb, &re, &kind) && rb == q) {
                /* the first of two roles the body's, the second of its own body:
                 * "the Dorset STP lead and director of care at Tarn Council" */
                size_t k1 = kind,
                       r1 = re < limit && (sg_tok_is(doc, re, "of") ||
                                           sg_tok_is(doc, re, "at") ||
                                           sg_tok_is(doc, re, "for"))
                                ? sg_i_match(cx->lex, SG_I_T_ROLES, doc, rb, re, &k1)
                                : 0;
                if (r1 && rb + r1 + 1 < re && sg_tok_is(doc, rb + r1, "and")) {
                    re = rb + r1;
                    kind = k1;
                }
                if (held_before(doc, p, q)) {
                    /* "the trust's former chief executive" (but "and now chief
                     * executive of Z" after it) */
                    if (and_now(doc, re, limit)) {
                        t = re + 2;
                        continue;
                    }
                    return SG_OK;
                }
                size_t nb = re; /* (past a portfolio: "director of adult social
                                 * services, Helen Frost") */
                while (nb < limit && nb < re + 6 && doc->toks[nb].kind == SG_TK_WORD &&
                       !sg_i_is_cap(doc, nb)) {
                    nb++;
                }
                nb = nb < limit && sg_tok_is(doc, nb, ",") ? nb + 1 : re;
                long nm = sg_i_mention_at(cx, nb);
                if (nm >= 0 && cx->m[nm].tb == nb && cx->m[nm].entity >= 0 &&
                    cx->ents[cx->m[nm].entity].type == SG_NODE_PERSON) {
                    return SG_OK; /* the next person's: "In a letter to X, Tarn Council
                                   * leader Ann Lee wrote"; "with X, and Tarn
                                   * Council's director, Helen Frost" */
                }
                /* (but its own council or board, or a footprint's own word: "the
                 * Dorset footprint lead") */
                if (q > p && !(q == p + 1 && (sg_tok_is(doc, p, "council") ||
                                              sg_tok_is(doc, p, "board") ||
                                              (sg_tok_is(doc, p, "footprint") &&
                                               cx->ents[e].type == SG_NODE_STP)))) {
                    kind = SG_I_ROLE_MEMBER;
                }
                /* "the STP's lead for mental health": a portfolio's (not "STP lead
                 * for the region": an area's) */
                static const char *const areas[] = {"region",    "area", "county",
                                                    "footprint", "city", "patch"};
                size_t pe = re;
                int area = 0;
                while (pe < limit && pe < re + 6 && doc->toks[pe].kind == SG_TK_WORD &&
                       !sg_i_is_cap(doc, pe)) {
                    area |= IN_LIST(doc, pe, areas);
                    pe++;
                }
                size_t rte = re; /* (the portfolio the role's words too) */
                if (pe > re + 1 && !area && portfolio(cx, re, pe)) {
                    kind = SG_I_ROLE_MEMBER;
                    rte = pe;
                }
                /* "STP lead for Dorset": the programme's role for a footprint is
                 * that footprint's */
                long fm =
                    re + 1 < limit &&
                            strcmp(cx->ents[cx->m[m].entity].name, SG_I_PROGRAMME) == 0 &&
                            (sg_tok_is(doc, re, "for") || sg_tok_is(doc, re, "in"))
                        ? mention_from(cx, past_determiners(doc, re + 1, limit))
                        : -1;
                if (fm >= 0 && cx->m[fm].tb <= re + 2 && cx->m[fm].entity >= 0 &&
                    cx->ents[cx->m[fm].entity].type == SG_NODE_STP) {
                    e = cx->m[fm].entity;
                }
                char *role = sg_i_surface(doc, rb, rte);
                rc = role ? sg_i_add_edge(cx, person, e, role_edge(kind), role,
                                          doc->toks[t].sent, rb, re, 0)
                          : SG_ENOMEM;
                free(role);
                if (rc == SG_OK && who_at(doc, re, limit)) {
                    /* "X, the CCG's chief officer, who leads the Dorset STP," */
                    return who_clause(cx, person, re, limit);
                }
                if (rc != SG_OK || !sg_tok_is(doc, re, "and")) {
                    return rc;
                }
                t = re; /* "the STP's lead and chief executive of X" */
                continue;
            }
            return SG_OK;
        }
        long owners[4]; /* "X, the two CCGs' joint accountable officer,": each's */
        size_t oj = t - (t > 0 && sg_tok_is(doc, t - 1, "the")); /* ("the CCGs'") */
        size_t oe = t, no = counted_bodies(cx, oj, limit, owners, 4, &oe);
        size_t ob = oe + 1 +
                    (oe + 1 < limit && (IN_LIST(doc, oe + 1, qualifiers) ||
                                        sg_tok_is(doc, oe + 1, "joint")));
        if (no && sg_i_possessive_at(doc, oe) &&
            find_role(cx, ob, limit, &rb, &re, &kind) && rb == ob) {
            return role_of_each(cx, person, owners, no, rb, re, kind, doc->toks[t].sent);
        }
        if (!find_role(cx, t, limit, &rb, &re, &kind)) {
            /* "the report's author and a senior policy analyst at X": a role of no
             * body, and another */
            size_t k = t;
            while (k < limit && k < t + 5 && doc->toks[k].kind == SG_TK_WORD &&
                   !sg_tok_is(doc, k, "and") && entity_at(cx, k) < 0) {
                k++;
            }
            if (k > t && sg_tok_is(doc, k, "and")) {
                t = k;
                continue;
            }
            return SG_OK;
        }
        size_t hb = t; /* (past "and now": "former chief executive and now chief
                        * executive of Z", the role found the one held now) */
        for (size_t k = t; k + 2 <= rb; k++) {
            hb = and_now(doc, k, limit) ? k + 2 : hb;
        }
        if (held_before(doc, hb, rb)) {
            /* (a role held once, but one held now may follow: "X, former chief
             * executive of Y and now chief executive of Z") */
            size_t past = re; /* (past its body: "of Y") */
            if (!(sg_tok_is(doc, re, "of") || sg_tok_is(doc, re, "at") ||
                  sg_tok_is(doc, re, "for")) ||
                role_target(cx, re, limit, &past) < 0) {
                past = re;
            }
            if (and_now(doc, past, limit)) {
                t = past + 2;
                continue;
            }
            /* (or one more of what the person is: "a former director of finance at
             * Y and a fellow of CIPFA") */
            if (past + 3 < limit && sg_tok_is(doc, past, "and") &&
                (sg_tok_is(doc, past + 1, "a") || sg_tok_is(doc, past + 1, "an"))) {
                t = past + 2;
                continue;
            }
            return SG_OK;
        }
        long counted[4];
        size_t ce;
        size_t nc =
            re + 2 < limit && (sg_tok_is(doc, re, "of") || sg_tok_is(doc, re, "at") ||
                               sg_tok_is(doc, re, "for"))
                ? counted_bodies(cx, re + 1, limit, counted, 4, &ce)
                : 0;
        if (nc) { /* "chief executive of all three trusts": of each */
            return role_of_each(cx, person, counted, nc, rb, re, kind, doc->toks[t].sent);
        }
        target = role_target(cx, re, limit, &after);
        /* "head of strategy at X": a role with a portfolio belongs to X (the
         * portfolio the role's words too) */
        size_t pe = re + 1, rte = re, rtb = rb;
        while (target >= 0 && pe < after && !IN_LIST(doc, pe, link_words) &&
               !sg_tok_is(doc, pe, "board") && sg_i_mention_at(cx, pe) < 0) {
            pe++;
        }
        if (target >= 0 && pe > re + 1 && pe < after && IN_LIST(doc, pe, link_words) &&
            portfolio(cx, re, pe)) {
            kind = SG_I_ROLE_MEMBER;
            rte = pe;
        }
        long np = its && re + 1 < limit && sg_tok_is(doc, re, ",")
                      ? mention_from(cx, re + 1)
                      : -1;
        if (np >= 0 && cx->ents[cx->m[np].entity].type == SG_NODE_PERSON) {
            return SG_OK; /* the next person's: "X, chief executive of Y, and its
                           * leader, Z" */
        }
        if (target < 0 && its && plain_words(cx, t, rb)) {
            target = its_body(cx, t); /* "its (new) director of policy" */
            after = re;
            for (size_t k = t; k < rb; k++) {
                if (!IN_LIST(doc, k, qualifiers)) {
                    kind = SG_I_ROLE_MEMBER; /* "its finance lead": a portfolio's */
                    rtb = t;
                }
            }
            size_t ie = re; /* (the portfolio the role's words too) */
            while (ie < limit && ie < re + 6 && doc->toks[ie].kind == SG_TK_WORD &&
                   !sg_i_is_cap(doc, ie) && sg_i_mention_at(cx, ie) < 0) {
                ie++;
            }
            rte = ie > re + 1 && (ie >= limit || doc->toks[ie].kind == SG_TK_PUNCT) &&
                          portfolio(cx, re, ie)
                      ? ie
                      : rte;
        }
        if (target < 0 && rb == t && council_role_at(doc, rb)) {
            /* "Cllr X, Cabinet Member for Adult Social Care,": a council's role, of the
             * council named last */
            target = sg_i_last_council(cx, t);
            after = re;
        }
        static const char *const plan_roles[] = {"lead", "leader", "charge", "sro"};
        if (target < 0 && role_edge(kind) == SG_EDGE_LEADS &&
            IN_LIST(doc, re - 1, plan_roles) &&
            (re >= limit || sg_tok_is(doc, re, ".") || sg_tok_is(doc, re, ";"))) {
            /* "In Surrey Heartlands, X is in charge.": a plan's role ending the
             * sentence leads the footprint it opens with */
            target = fronted_footprint(cx, doc->toks[t].sent);
            after = re;
        }
        if (target < 0) {
            /* "president of Solace and chief executive of X": the next role may
             * name its body */
            size_t k = re; /* (past the unnamed bodies: "for the five Dorset clinical
                            * commissioning groups and") */
            while (k < limit && k < re + 9 && !sg_tok_is(doc, k, "and")) {
                k++;
            }
            /* (or a body's role: "... for the five CCGs and the STP's lead") */
            size_t o = k + 1 < limit ? past_determiners(doc, k + 1, limit) : limit;
            long om = o < limit ? sg_i_mention_at(cx, o) : -1;
            if (k < limit && sg_tok_is(doc, k, "and") &&
                ((find_role(cx, k + 1, limit, &rb, &re, &kind) && rb == k + 1) ||
                 (om >= 0 && cx->m[om].tb <= o && cx->m[om].entity >= 0 &&
                  cx->ents[cx->m[om].entity].type != SG_NODE_PERSON &&
                  sg_i_possessive_at(doc, cx->m[om].te)))) {
                t = k;
                continue;
            }
            return SG_OK;
        }
        if (sg_tok_is(doc, after, "until")) {
            return SG_OK; /* "who was chief executive of Y until 2015": no longer */
        }
        long nx = anded && after + 1 < limit && sg_tok_is(doc, after, ",")
                      ? mention_from(cx, after + 1)
                      : -1;
        if (nx >= 0 && cx->m[nx].tb <= after + 2 && cx->m[nx].entity >= 0 &&
            cx->ents[cx->m[nx].entity].type == SG_NODE_PERSON) {
            return SG_OK; /* "Hale's MP, X, and the leader of Y, Z": Z's role */
        }
        char *role = role_text(doc, rtb, rte);
        if (!role) {
            return SG_ENOMEM;
        }
        /* "chair of the LGA's community wellbeing board" leads a part of the body,
         * so belongs to the body */
        sg_edge_type_t type = role_edge(kind);
        long pm = named_part(cx, after);
        long part = pm >= 0 ? cx->m[pm].entity : -1;
        int of_part = part >= 0 || part_after(doc, after, limit);
        if (of_part) {
            type = SG_EDGE_MEMBER_OF;
        }
        rc = sg_i_add_edge(cx, person, target, type, role, doc->toks[t].sent, rb, re, 0);
        if (rc == SG_OK && part >= 0) {
            /* (a party's group on the body: its leader one of the party's members,
             * "leader of Tarn Council's Labour group") */
            int group = sg_i_party_words(doc, cx->m[pm].tb, cx->m[pm].te) &&
                        sg_tok_is(doc, cx->m[pm].te, "group");
            rc = sg_i_add_edge(cx, person, part,
                               group ? SG_EDGE_MEMBER_OF : role_edge(kind), role,
                               doc->toks[t].sent, rb, re, 0);
            after = cx->m[pm].te;
        }
        /* "joint chief executive of Tarn CCG and Hale CCG", "accountable officer for
         * A, B and C": the bodies listed after it too, of its type, when the list's
         * last link is "and" */
        long more[8];
        size_t nmore = 0, end = after;
        int last = 0;
        while (rc == SG_OK && nmore < 8 && !last && end + 1 < limit) {
            size_t k = end + sg_tok_is(doc, end, ",");
            last = sg_tok_is(doc, k, "and");
            long m2 = k > end || last
                          ? mention_from(cx, past_determiners(doc, k + last, limit))
                          : -1;
            long e2 = m2 >= 0 ? sg_i_role_body(cx, m2) : -1;
            if (e2 < 0 || cx->ents[e2].type != cx->ents[target].type) {
                last = 0;
                break;
            }
            more[nmore++] = e2;
            end = cx->m[m2].te;
        }
        for (size_t k = 0; last && k < nmore && rc == SG_OK; k++) {
            rc = sg_i_add_edge(cx, person, more[k], type, role, doc->toks[t].sent, rb, re,
                               0);
            after = end;
        }
        free(role);
        if (rc != SG_OK) {
            return rc;
        }
        t = after;
        if (of_part) {
            /* past the part: "leader of X's health and wellbeing board and a
             * member of ...", "vice-chair of X's board and leader of Y" */
            size_t k = t + 1;
            while (k < limit && k < t + 7 && doc->toks[k].kind == SG_TK_WORD &&
                   !sg_i_is_cap(doc, k) && !sg_tok_is(doc, k, "and")) {
                k++;
            }
            t = k < limit && sg_tok_is(doc, k, "and") ? k : t;
        }
        if (who_at(doc, t, limit)) {
            return who_clause(cx, person, t, limit);
        }
        if (t < limit && sg_tok_is(doc, t, ",")) {
            t++;
        }
        if (t + 1 < limit && sg_tok_is(doc, t, "and") &&
            (IN_LIST(doc, t + 1, lead_verbs) || IN_LIST(doc, t + 1, who_aux))) {
            return leads_verb(cx, person, t + 1, limit); /* "chair of X and leads Y" */
        }
        if (!(t < limit &&
              (sg_tok_is(doc, t, "and") || find_role(cx, t, limit, &rb, &re, &kind)))) {
            return SG_OK;
        }
    }
    return SG_OK;
}

/* The mention of the person whose apposition ends at token c (a comma or "and"),
 * after from ("X, chair of Y," and c the second comma; "X, chief executive of Y and
 * the STP's lead": c the "and"): its role opens after the comma that ends the name
 * (or, when affiliated, the word of a body one is of: "X, of Y,", "X, representing
 * Y,"); or -1. */
static long apposed_person(const sg_i_ctx_t *cx, size_t c, size_t from, int affiliated) {
    static const char *const of[] = {"of", "from", "at", "representing"};
    const sg_textdoc_t *doc = cx->doc;

    for (size_t k = c; k-- > from + 1 && k + 16 > c;) {
        if (!sg_tok_is(doc, k, ",")) {
            continue;
        }
        long m = sg_i_mention_at(cx, k - 1);
        size_t r = k + 1 + (sg_tok_is(doc, k + 1, "the") || sg_tok_is(doc, k + 1, "a"));
        if (m < 0 || cx->m[m].te != k || cx->m[m].entity < 0 ||
            cx->ents[cx->m[m].entity].type != SG_NODE_PERSON ||
            !(sg_i_match_role(cx->lex, doc, r, c, NULL) ||
              (affiliated && IN_LIST(doc, k + 1, of)))) {
            return -1;
        }
        return m;
    }
    return -1;
}

/* Is mention m one that may stand between commas as a verb's subject: a person,
 * or when grouped (after a group's plural) a body? */
static int apposed_subject(const sg_i_ctx_t *cx, long m, int grouped) {
    sg_node_type_t t = cx->ents[cx->m[m].entity].type;
    return t == SG_NODE_PERSON ||
           (grouped && (t == SG_NODE_COUNCIL || t == SG_NODE_ORGANISATION));
}

/* "an independent group, B": where the article opening a body's kind and a comma
 * before the name at token j starts, after from; 0 when none. */
static size_t kind_apposed(const sg_textdoc_t *doc, size_t j, size_t from) {
    static const char *const articles[] = {"a", "an", "the"};

    if (j < from + 3 || !sg_tok_is(doc, j - 1, ",") || !sg_i_org_kind(doc, j - 2)) {
        return 0;
    }
    for (size_t d = j - 2;
         d > from && d + 5 > j && doc->toks[d].kind == SG_TK_WORD && !sg_i_is_cap(doc, d);
         d--) {
        if (IN_LIST(doc, d, articles)) {
            return d;
        }
    }
    return 0;
}

/* Where the words naming person mention p start, past a role fronted before it in
 * an apposition ("Tarn Council's leader, Ann Lee": the body's name), after token
 * from; else p's first token. */
static size_t fronted_start(const sg_i_ctx_t *cx, long p, size_t from) {
    const sg_textdoc_t *doc = cx->doc;
    size_t tb = cx->m[p].tb;

    if (tb < from + 4 || !sg_tok_is(doc, tb - 1, ",")) {
        return tb;
    }
    for (size_t k = tb - 2; k > from + 1 && k + 7 > tb; k--) {
        if (sg_tok_is(doc, k, "'s")) {
            long bm = sg_i_mention_at(cx, k - 1);
            return bm >= 0 && cx->m[bm].te == k && k + 1 < tb - 1 &&
                           sg_i_match_role(cx->lex, doc, k + 1, tb - 1, NULL)
                       ? cx->m[bm].tb
                       : tb;
        }
        if (doc->toks[k].kind != SG_TK_WORD || sg_i_is_cap(doc, k)) {
            return tb;
        }
    }
    return tb;
}

/* Is mention mi its entity's first after the headline, a short first paragraph
 * that names it too? */
static int first_past_headline(const sg_i_ctx_t *cx, size_t mi) {
    const sg_textdoc_t *doc = cx->doc;
    long e = cx->m[mi].entity;
    size_t he = sg_i_headline_end(doc);

    if (!he || cx->m[mi].tb < he || cx->m[cx->first_mention[e]].tb >= he) {
        return 0;
    }
    for (size_t k = (size_t)cx->first_mention[e]; k < mi; k++) {
        if (cx->m[k].entity == e && cx->m[k].tb >= he) {
            return 0;
        }
    }
    return 1;
}

/* Does the apposition that closes at token t (its comma) go on to say the person
 * was removed from the role ("X, has been replaced by", "was sacked", "has been
 * ousted")? */
static int removed_after(const sg_textdoc_t *doc, size_t t) {
    static const char *const verbs[] = {"replaced",  "sacked",  "ousted",
                                        "dismissed", "removed", "suspended"};
    size_t k = t + (t < doc->ntoks && sg_tok_is(doc, t, ","));

    while (k < doc->ntoks && k < t + 4 &&
           (sg_tok_is(doc, k, "has") || sg_tok_is(doc, k, "had") ||
            sg_tok_is(doc, k, "been") || sg_tok_is(doc, k, "was"))) {
        k++;
    }
    /* (or left, in so many words: "X, chief executive of Y and lead of Z, left both
     * roles in 2017"; not "has resigned" or "stepped down", maybe from another
     * post) */
    static const char *const posts[] = {"both", "the", "his", "her", "their"};
    int left = k + 2 < doc->ntoks && k > t && sg_tok_is(doc, k, "left") &&
               IN_LIST(doc, k + 1, posts) &&
               (sg_tok_is(doc, k + 2, "roles") || sg_tok_is(doc, k + 2, "role") ||
                sg_tok_is(doc, k + 2, "post") || sg_tok_is(doc, k + 2, "posts"));
    return k < doc->ntoks && ((k > t + 1 && IN_LIST(doc, k, verbs)) || left);
}

/* How many of the article's last edges a counterpart's role is looked for in. */
#define COUNTERPART_REACH 64

/* "Her counterpart at Kirklees Council": the post of the person named last before
 * token t, at another body: leads or member_of as that person's last role (within
 * the last edges) was; else type. */
static sg_edge_type_t counterpart_edge(const sg_i_ctx_t *cx, size_t t,
                                       sg_edge_type_t type) {
    long p = sg_i_last_person(cx, t);
    const sg_graph_t *g = cx->out;

    for (size_t k = g->nedges; p >= 0 && k-- > 0 && k + COUNTERPART_REACH > g->nedges;) {
        const sg_edge_t *e = &g->edges[k];
        if ((e->type == SG_EDGE_LEADS || e->type == SG_EDGE_MEMBER_OF) && e->role &&
            strcmp(e->source, cx->ents[p].id) == 0) {
            return e->type;
        }
    }
    return type;
}

/* Do "according to" come right before token t ("according to the leader of X")? */
static int according_before(const sg_textdoc_t *doc, size_t t) {
    return t >= 2 && sg_tok_is(doc, t - 1, "to") && sg_tok_is(doc, t - 2, "according");
}

/* Does sentence s name council c? */
static int council_in(const sg_i_ctx_t *cx, long c, size_t s) {
    for (size_t k = cx->doc->sents[s].tok_begin; k < cx->doc->sents[s].tok_end; k++) {
        if (entity_at(cx, k) == c) {
            return 1;
        }
    }
    return 0;
}

/* Does a phrase fronted before token t, closed by a comma right before it, hold
 * "his" or "her" ("In his speech to X, the chief executive of Y said")? The role
 * at t is then that person's, named before. */
static int pronoun_fronted(const sg_textdoc_t *doc, size_t t) {
    size_t sb = doc->sents[doc->toks[t].sent].tok_begin;
    if (t < sb + 3 || !sg_tok_is(doc, t - 1, ",")) {
        return 0;
    }
    for (size_t k = sb; k + 1 < t && k < sb + 12; k++) {
        if (sg_tok_is(doc, k, "his") || sg_tok_is(doc, k, "her")) {
            return 1;
        }
    }
    return 0;
}

/* "Simon Stevens has warned ... In his speech to X, the chief executive of NHS
 * England said": the role the fronted "his" points at is the person's named last
 * before it, as the reporting verb's subject. */
static sg_err_t pronoun_described(sg_i_ctx_t *cx) {
    const sg_textdoc_t *doc = cx->doc;

    for (size_t s = 1; s < doc->nsents; s++) {
        size_t sb = doc->sents[s].tok_begin, se = doc->sents[s].tok_end, pk = sb;
        /* (the pronoun first: few sentences open with one) */
        while (pk < se && pk < sb + 12 &&
               !(doc->toks[pk].norm_len == 3 &&
                 (sg_tok_is(doc, pk, "his") || sg_tok_is(doc, pk, "her")))) {
            pk++;
        }
        if (pk == se || pk == sb + 12) {
            continue;
        }
        size_t t = pk;
        while (t < se && t < sb + 14 && !sg_tok_is(doc, t, ",")) {
            t++;
        }
        size_t rb, re, kind, after;
        /* (the comma closing the fronted phrase the pronoun is in, as
         * pronoun_fronted reads it) */
        if (t + 3 >= se || t < sb + 2 || !sg_tok_is(doc, t, ",") ||
            !sg_tok_is(doc, t + 1, "the") || !find_role(cx, t + 2, se, &rb, &re, &kind) ||
            rb != t + 2) {
            continue;
        }
        long target = role_target(cx, re, se, &after);
        int reported = 0;
        for (size_t k = after; target >= 0 && k < se && k < after + 3; k++) {
            reported |= sg_i_reporting_at(cx, k);
        }
        long p = reported ? sg_i_last_person_for(cx, pk, sg_tok_is(doc, pk, "her")) : -1;
        if (p < 0) {
            continue;
        }
        sg_err_t rc = add_role_edge(cx, p, target, kind, s, rb, re);
        if (rc != SG_OK) {
            return rc;
        }
    }
    return SG_OK;
}

/* "the chief executive of the Local Government Association has claimed. ... Mark
 * Lloyd said": a role named before the person, in the same or the next sentences. */
static sg_err_t role_before(sg_i_ctx_t *cx, size_t mi) {
    const sg_textdoc_t *doc = cx->doc;
    const sg_i_mention_t *m = &cx->m[mi];
    size_t rb, re, kind, after;
    long target;
    sg_err_t rc;

    if (m->entity < 0 || cx->ents[m->entity].type != SG_NODE_PERSON ||
        removed_after(doc, m->te)) {
        return SG_OK; /* ("The chief executive of X, Y, was ousted": no longer) */
    }
    /* only a person's first mention can be the one a role introduced (past a
     * headline's: "Jim Prior speaks out. The chair of X, Jim Prior, has said"), but
     * for the role right before it: "The senior responsible officer of X, Hale
     * says") */
    int introduced =
        cx->first_mention[m->entity] == (long)mi || first_past_headline(cx, mi);
    if (!introduced && !(m->tb > 1 && sg_tok_is(doc, m->tb - 1, ","))) {
        return SG_OK;
    }
    size_t sent = doc->toks[m->tb].sent;
    size_t from = doc->sents[sent > 2 ? sent - 2 : 0].tok_begin;
    for (size_t t = from; t < m->tb; t++) {
        /* after "the" or "its", or opening a sentence ("Chief executive of Y, X,
         * said") */
        /* (or "a": "A spokesperson for Y, X, said", the person right after) */
        size_t nl = doc->toks[t].norm_len; /* (the length first: every token here) */
        int indef = nl <= 2 && (sg_tok_is(doc, t, "a") || sg_tok_is(doc, t, "an"));
        /* (or another's: "His counterpart at Y, X, said") */
        int det =
            indef || (nl == 3 && (sg_tok_is(doc, t, "the") || sg_tok_is(doc, t, "its") ||
                                  sg_tok_is(doc, t, "his") || sg_tok_is(doc, t, "her")));
        if (!det && !(doc->toks[t].flags & SG_TF_SENT_START) &&
            !(t > 0 && sg_i_is_cap(doc, t) &&
              (sg_tok_is(doc, t - 1, "by") || according_before(doc, t)))) {
            continue;
        }
        if (det && doc->toks[t].sent != doc->toks[m->tb].sent &&
            pronoun_fronted(doc, t)) {
            continue; /* (the person "his" points at: pronoun_described) */
        }
        size_t lim = sent_end(doc, t), r0 = det ? t + 1 : t;
        /* or "the Local Government Association's chief executive has said": the
         * body before the role */
        /* (or with no "the", opening the sentence or after an agent's "by" or
         * "according to", the only tokens with no determiner the check above lets
         * through: "NHS England's chief executive has told ...", "told by NHS
         * England's chief executive") */
        int bare_poss = !det;
        long pbm =
            (det && sg_tok_is(doc, t, "the")) || bare_poss ? sg_i_mention_at(cx, r0) : -1;
        pbm = pbm >= 0 && cx->m[pbm].tb == r0 && sg_i_possessive_at(doc, cx->m[pbm].te) &&
                      cx->m[pbm].entity >= 0 &&
                      cx->ents[cx->m[pbm].entity].type != SG_NODE_PERSON
                  ? pbm
                  : -1;
        r0 = pbm >= 0 ? cx->m[pbm].te + 1 : r0;
        if (!find_role(cx, r0, lim, &rb, &re, &kind) || rb > r0 + 2 ||
            (!det && pbm < 0 && rb != t &&
             !(rb == t + 1 && IN_LIST(doc, t, qualifiers))) ||
            (!det && pbm >= 0 && sg_tok_is(doc, re, ","))) {
            /* ("Interim chief executive of Y X": a sentence's first words; "Dorset's
             * leader, X,": an apposition, role_possessive_before's) */
            continue;
        }
        /* "His Southwark counterpart, X,": the council of the place before it */
        size_t ple = 0;
        long placed = pbm < 0 && sg_tok_is(doc, rb, "counterpart") && re == rb + 1 &&
                              rb > r0 && rb <= r0 + 2
                          ? council_of_place_at(cx, r0, rb, &ple)
                          : -1;
        placed = ple == rb ? placed : -1;
        /* "the new chief executive of", "the Conservative leader of", never "the
         * former chief executive of" (nor a capital other than a party's) */
        int former = 0;
        for (size_t k = r0; k < rb && placed < 0; k++) {
            former |= sg_tok_is(doc, k, "former") || sg_tok_is(doc, k, "ex") ||
                      (sg_i_is_cap(doc, k) && !sg_i_party_word(doc, k) &&
                       !(k == t && IN_LIST(doc, k, qualifiers)));
        }
        if (former) {
            continue;
        }
        if (pbm < 0 && placed < 0 && !sg_tok_is(doc, re, "of") &&
            !sg_tok_is(doc, re, "at") && !sg_tok_is(doc, re, "for")) {
            continue;
        }
        /* (not a person's apposition: "Simon Stevens, the chief executive of NHS
         * England, told MPs ... Dr X said") */
        long pb = t > 1 && sg_tok_is(doc, t - 1, ",") ? sg_i_mention_at(cx, t - 2) : -1;
        if (pb >= 0 && cx->m[pb].te == t - 1 &&
            cx->ents[cx->m[pb].entity].type == SG_NODE_PERSON) {
            continue;
        }
        if (t > 1 && sg_tok_is(doc, t - 1, "and") &&
            apposed_person(cx, t - 1, from, 0) >= 0) {
            continue; /* (nor its second role: "X, chief executive of Y and the STP's
                       * lead, said") */
        }
        for (size_t k = r0; pbm >= 0 && k < rb; k++) {
            if (!IN_LIST(doc, k, qualifiers)) {
                kind = SG_I_ROLE_MEMBER; /* "the STP's workforce lead": of a part */
            }
        }
        after = re;
        target = pbm >= 0      ? sg_i_role_body(cx, pbm)
                 : placed >= 0 ? placed
                               : role_target(cx, re, lim, &after);
        if (target < 0) {
            continue;
        }
        after += after < lim && board_itself(doc, after, lim); /* ("of the X board,") */
        size_t ra = after; /* (past a region's words: "The chair of ADASS South West,
                            * X", a part of the body) */
        while (ra < lim && ra < after + 2 && sg_i_is_cap(doc, ra) &&
               IN_LIST(doc, ra, region_words)) {
            ra++;
        }
        if (ra > after && ra < lim && sg_tok_is(doc, ra, ",")) {
            after = ra;
            kind = SG_I_ROLE_MEMBER;
        }
        if (sg_tok_is(doc, after, "'s")) {
            /* "The leader of Dorset's sustainability and transformation plan" */
            long pm = sg_i_mention_at(cx, after + 1);
            after = pm >= 0 && cx->m[pm].tb == after + 1 ? cx->m[pm].te : after;
            /* (or of a part of the body: "The chair of X's health scrutiny
             * committee", a member of X) */
            for (size_t k = after + 1;
                 pm < 0 && k < lim && k < after + 6 && doc->toks[k].kind == SG_TK_WORD &&
                 !sg_i_is_cap(doc, k);
                 k++) {
                if (sg_tok_is(doc, k, "committee") || sg_tok_is(doc, k, "board") ||
                    sg_tok_is(doc, k, "panel") ||
                    (sg_tok_is(doc, k, "council") && /* ("the BMA's council") */
                     cx->ents[target].type == SG_NODE_ORGANISATION)) {
                    kind = SG_I_ROLE_MEMBER;
                    after = k + 1;
                    break;
                }
            }
        }
        /* the role must be the subject of a reporting verb, and so the person
         * (past her apposition: "X, chief officer of Y, told") */
        /* (or the source "according to" names: "X is “dead”, according to the
         * leader of Y. Cllr Z said") */
        int reported = according_before(doc, t), person_reports = 0;
        int staked = 0; /* (or of a verb of a stance: "has accused", "has backed") */
        for (size_t k = after; k < lim && k < after + 4; k++) {
            size_t sv;
            reported |= sg_i_reporting_at(cx, k);
            staked |= doc->toks[k].kind == SG_TK_WORD && !sg_i_is_cap(doc, k) &&
                      sg_i_match(cx->lex, SG_I_T_STANCE, doc, k, lim, &sv) &&
                      !(sv & (SG_I_ST_EVAL | SG_I_ST_NONE));
        }
        size_t pe = m->te, se = sent_end(doc, m->tb);
        if (sg_tok_is(doc, pe, ",")) {
            for (size_t k = pe + 1; k < se && k < pe + 14; k++) {
                if (sg_tok_is(doc, k, ",")) {
                    pe = k + 1;
                    break;
                }
            }
        }
        for (size_t k = pe; k < se && k < pe + 3; k++) {
            person_reports |= sg_i_reporting_at(cx, k);
        }
        /* (or the verb right before the name: "“...,” said Richard Humphries") */
        /* (past a quotation going on: "said X, “but ...”") */
        int said_before = m->tb > 0 && sg_i_reporting_at(cx, m->tb - 1) &&
                          (m->te >= se || sg_tok_is(doc, m->te, ".") ||
                           (m->te + 1 < se && sg_tok_is(doc, m->te, ",") &&
                            doc->toks[m->te + 1].kind == SG_TK_QUOTE));
        person_reports |= said_before;
        size_t sv;
        /* (or takes a stance: "The chief executive of X faced questions. Y
         * defended the plans") */
        person_reports |= pe == m->te && pe < se &&
                          sg_i_match(cx->lex, SG_I_T_STANCE, doc, pe, se, &sv) &&
                          !(sv & (SG_I_ST_EVAL | SG_I_ST_NONE | SG_I_ST_AGENT));
        /* (in one sentence, or the role a headline's: "New chair for Y" over "X
         * has been ..."; not "... as the new lead for Y. X, leader of Z,") */
        int adjacent = after <= m->tb && m->tb - after <= 2 &&
                       (doc->toks[m->tb].sent == doc->toks[rb].sent ||
                        (doc->toks[t].flags & SG_TF_SENT_START));
        for (size_t k = after; adjacent && k < m->tb; k++) {
            /* (punctuation between, no word: not "the leader of Y, replacing X") */
            adjacent = doc->toks[k].kind != SG_TK_WORD;
        }
        if (!introduced && !adjacent) {
            continue;
        }
        if (rb > 0 && sg_tok_is(doc, rb - 1, "(")) {
            continue; /* "A (director of public health, Y) and B": A's, in brackets */
        }
        /* (one of many is the one the next sentence quotes first: "..., a senior
         * fellow at X has warned. “...,” said Richard Humphries") */
        if (indef && !adjacent &&
            !(reported && said_before && doc->toks[m->tb].sent == doc->toks[t].sent + 1 &&
              sg_i_first_stakeholder(cx, doc->sents[doc->toks[m->tb].sent].tok_begin,
                                     m->te) == m->entity)) {
            continue;
        }
        /* or the role opens a sentence and the person the next, new, reporting:
         * "The chief executive of X has resigned from the board. Sarah Bell said
         * in a letter ..." */
        int also = 0; /* (or the first person named in it, whose apposition says
                       * "also": "In an interview, X, who is also chief officer of
                       * Y, said"; or is a relative clause that names no one: "X,
                       * who had sat on the board since it was set up, said") */
        int plain_who = pe > m->te + 2 && sg_tok_is(doc, m->te + 1, "who");
        for (size_t k = m->te; k < pe; k++) {
            also |= sg_tok_is(doc, k, "also");
            /* (nor a verb of leading: "X, who chaired the board for a decade,": a
             * role of its own) */
            plain_who &= sg_i_mention_at(cx, k) < 0 && !IN_LIST(doc, k, lead_verbs);
        }
        also |= plain_who;
        size_t nb = doc->sents[doc->toks[m->tb].sent].tok_begin;
        /* (or the first after a phrase fronted before its subject that names no
         * person: "In a report to the trust board, X said") */
        static const char *const fronts[] = {
            "in",         "at",         "on",    "during",    "speaking", "writing",
            "asked",      "responding", "later", "earlier",   "however",  "meanwhile",
            "separately", "yesterday",  "today", "addressing"};
        int fronted = m->tb > nb + 2 && sg_tok_is(doc, m->tb - 1, ",") &&
                      IN_LIST(doc, nb, fronts) && !person_between(cx, nb, m->tb - 1);
        int first = (doc->toks[m->tb].flags & SG_TF_SENT_START) || fronted ||
                    (also && sg_i_first_stakeholder(cx, nb, m->te) == m->entity);
        int opens = (doc->toks[t].flags & SG_TF_SENT_START) || (bare_poss && pbm >= 0);
        int next = opens && first && doc->toks[m->tb].sent == doc->toks[t].sent + 1 &&
                   (pe == m->te || also);
        /* (a stance the role took, and the person the next sentence names first,
         * with no role of their own: "The chief executive of X has criticised Y.
         * Speaking on Tuesday, Alison Drew said") */
        next |= staked && pe == m->te && doc->toks[m->tb].sent == doc->toks[t].sent + 1 &&
                sg_i_first_stakeholder(cx, nb, m->te) == m->entity;
        if (!((reported || next) && person_reports) && !adjacent) {
            continue;
        }
        /* a person already named between role and this mention took the role */
        int taken = 0;
        for (size_t k = mi; k-- > 0 && cx->m[k].tb >= after;) {
            if (cx->m[k].entity >= 0 &&
                cx->ents[cx->m[k].entity].type == SG_NODE_PERSON) {
                taken = 1;
            }
        }
        if (taken) {
            continue;
        }
        char *role = sg_i_surface(doc, rb, re);
        if (!role) {
            return SG_ENOMEM;
        }
        sentence_capital(doc, rb, re, role); /* "Chair of X, Y, said" */
        sg_edge_type_t type = role_edge(kind);
        if (sg_tok_is(doc, rb, "counterpart") && re == rb + 1) {
            type = counterpart_edge(cx, t, type); /* "Her counterpart at Y, X," */
        }
        rc = sg_i_add_edge(cx, m->entity, target, type, role, doc->toks[t].sent, rb, re,
                           0);
        free(role);
        return rc;
    }
    return SG_OK;
}

/* The person A of "A and B", B being mention m, A named after token lo: its
 * entity, or -1. */
static long person_and(const sg_i_ctx_t *cx, long m, size_t lo) {
    size_t tb = sg_i_item_start(cx, cx->m[m].tb, lo); /* ("A and GP Dr B") */
    long am = tb >= lo + 2 && sg_tok_is(cx->doc, tb - 1, "and")
                  ? sg_i_mention_at(cx, tb - 2)
                  : -1;
    return am >= 0 && cx->m[am].te == tb - 1 && cx->m[am].entity >= 0 &&
                   cx->ents[cx->m[am].entity].type == SG_NODE_PERSON
               ? cx->m[am].entity
               : -1;
}

static size_t past_time(const sg_i_ctx_t *cx, size_t k, size_t lim);

/* After what a verb of leading or belonging took, ending at token e: the verb the
 * same subject goes on with after "and" ("chairs X and sits on the board of Y",
 * "has chaired X since 2015 and also leads Y", "chairs X's scrutiny panel and
 * leads Y"), past words of time; 0 when none. */
static size_t and_verb_after(const sg_i_ctx_t *cx, size_t e, size_t lim) {
    const sg_textdoc_t *doc = cx->doc;

    if (e < lim && sg_tok_is(doc, e, "'s")) { /* (a part of it: "X's scrutiny panel") */
        for (size_t p = ++e; e < lim && e < p + 4 && doc->toks[e].kind == SG_TK_WORD &&
                             !sg_i_is_cap(doc, e) && !sg_tok_is(doc, e, "and");) {
            e++;
        }
    }
    if (e + 2 < lim &&
        (sg_tok_is(doc, e, "since") || sg_tok_is(doc, e, "in") ||
         sg_tok_is(doc, e, "from")) &&
        doc->toks[e + 1].kind == SG_TK_NUM) {
        e += 2;
    }
    e = past_time(cx, e, lim);
    size_t v = e + 1 + (e + 2 < lim && sg_tok_is(doc, e + 1, "also"));
    return v < lim && sg_tok_is(doc, e, "and") &&
                   (IN_LIST(doc, v, member_verbs) || IN_LIST(doc, v, lead_verbs))
               ? e + 1
               : 0;
}

static sg_err_t role_of_announcer(sg_i_ctx_t *cx, long p, size_t r, size_t lim);

/* "Mark Rogers leads the Birmingham and Solihull STP", also after an apposition
 * ("Mark Rogers, chief executive of ..., leads ..."): the verb is the person's when
 * it follows the name or the comma closing the apposition. */
static sg_err_t leads_verb(sg_i_ctx_t *cx, long person, size_t t, size_t lim) {
    const sg_textdoc_t *doc = cx->doc;
    size_t v = t;

    /* "A and B sit on the X board", "A and B chair it": A's verb too */
    long m2 = t + 1 < lim && sg_tok_is(doc, t, "and") ? sg_i_mention_at(cx, t + 1) : -1;
    int plural = m2 >= 0 && cx->m[m2].tb == t + 1 && cx->m[m2].entity >= 0 &&
                 cx->ents[cx->m[m2].entity].type == SG_NODE_PERSON &&
                 cx->m[m2].te < lim && !sg_tok_is(doc, cx->m[m2].te, ",");
    if (plural) {
        v = t = cx->m[m2].te; /* (and the plural's verb: "A and B lead the X") */
    }
    long pm = t > 0 ? sg_i_mention_at(cx, t - 1) : -1; /* or B of "A and B lead" */
    plural |= pm >= 0 && cx->m[pm].te == t && person_and(cx, pm, 0) >= 0;

    size_t chosen = sg_tok_is(doc, t, ",") ? chosen_to_lead(doc, t + 1, lim) : 0;
    /* (or an apposition's participle: "X, currently leading the Y STP,") */
    static const char *const now[] = {"currently", "now", "still", "also"};
    size_t ap = t + 1 + (t + 1 < lim && IN_LIST(doc, t + 1, now));
    int apposed = !chosen && sg_tok_is(doc, t, ",") && ap + 1 < lim &&
                  IN_LIST(doc, ap, lead_verbs) && sg_i_participle(doc, ap);
    chosen = apposed ? ap : chosen;
    if (chosen) {
        v = chosen; /* "X, recently appointed to lead Y,": the apposition's verb */
    } else if (sg_tok_is(doc, t, ",")) {
        v = (size_t)-1;
        for (size_t k = t + 1; k < lim && k < t + 16; k++) {
            long e = entity_at(cx, k);
            if (e >= 0 && cx->ents[e].type == SG_NODE_PERSON) {
                return SG_OK; /* another person: not ours */
            }
            if (sg_tok_is(doc, k, ",") && k + 1 < lim) {
                v = k + 1; /* the apposition closes: the verb phrase follows */
                break;
            }
        }
        if (v == (size_t)-1) {
            return SG_OK;
        }
        size_t r = sg_i_appointed(doc, v, lim), had = cx->out->nedges;
        if (r) { /* "X, chief executive of Z, has been named as the new lead for Y" */
            sg_err_t rc = roles_after(cx, person, r);
            return rc != SG_OK || cx->out->nedges != had
                       ? rc
                       : role_of_announcer(cx, person, r, lim);
        }
    }
    int future = 0;            /* "X will also sit on Y", "X will chair Y" */
    int progressive = apposed; /* "X is leading Y": Y right after the verb */
    /* (or a "be" before a participle: "X is leading Y", "X has been seconded to Y",
     * "X is employed by Y") */
    static const char *const be[] = {"is", "was", "are", "were", "been", "being"};
    while (v + 1 < lim &&
           (IN_LIST(doc, v, who_aux) || sg_tok_is(doc, v, "will") ||
            (IN_LIST(doc, v, be) &&
             ((IN_LIST(doc, v + 1, lead_verbs) && sg_i_participle(doc, v + 1)) ||
              IN_LIST(doc, v + 1, member_verbs) || IN_LIST(doc, v + 1, be) ||
              (IN_LIST(doc, v + 1, who_aux) && v + 2 < lim &&
               IN_LIST(doc, v + 2, lead_verbs) && sg_i_participle(doc, v + 2)))))) {
        progressive |= IN_LIST(doc, v, be);
        future |= sg_tok_is(doc, v, "will");
        v++; /* "X has led Y since 2013", "X also chairs Y" */
    }
    if ((sg_tok_is(doc, v, "joined") || sg_tok_is(doc, v, "joins")) && v + 3 < lim) {
        /* "X joined Y as chief officer in 2015": the role names the edge */
        long m = body_at(cx, past_determiners(doc, v + 1, lim), lim);
        size_t rb, re, kind;
        /* (or "X has joined the Y STP's (partnership) board": a member of Y) */
        size_t bw = m >= 0 ? cx->m[m].te + sg_i_possessive_at(doc, cx->m[m].te) : 0;
        while (m >= 0 && bw < lim && bw < cx->m[m].te + 3 &&
               !sg_tok_is(doc, bw, "board") && doc->toks[bw].kind == SG_TK_WORD &&
               !sg_i_is_cap(doc, bw)) {
            bw++;
        }
        if (m >= 0 && cx->ents[cx->m[m].entity].type != SG_NODE_PERSON && bw < lim &&
            sg_tok_is(doc, bw, "board")) {
            return sg_i_add_edge(cx, person, sg_i_role_body(cx, m), SG_EDGE_MEMBER_OF,
                                 NULL, doc->toks[v].sent, v, v + 1, 0);
        }
        if (m < 0 || cx->ents[cx->m[m].entity].type == SG_NODE_PERSON ||
            !sg_tok_is(doc, cx->m[m].te, "as") ||
            !find_role(cx, cx->m[m].te + 1, lim, &rb, &re, &kind) ||
            rb > past_determiners(doc, cx->m[m].te + 1, lim) + 1) {
            return SG_OK;
        }
        char *role = sg_i_surface(doc, rb, re);
        sg_err_t rc =
            role ? sg_i_add_edge(cx, person, sg_i_role_body(cx, m), role_edge(kind), role,
                                 doc->toks[v].sent, v, v + 1, 0)
                 : SG_ENOMEM;
        free(role);
        return rc;
    }
    size_t on_board = on_board_at(doc, v, lim); /* (as "sits on") */
    if (on_board || IN_LIST(doc, v, member_verbs)) {
        v = on_board ? on_board - 1 : v; /* (the verb's last word before "on") */
        /* "X sits on the board of Y", "X works for Y" (not "works with Z of Y") */
        size_t after;
        long target = role_target(cx, v + 1, lim, &after);
        if (target < 0 && (sg_tok_is(doc, v + 1, "on") ||  /* "sits on the X Board" */
                           sg_tok_is(doc, v + 1, "by"))) { /* "is employed by X" */
            long m = body_at(cx, past_determiners(doc, v + 2, lim), lim);
            target = m >= 0 ? sg_i_role_body(cx, m) : -1;
            after = m >= 0 ? cx->m[m].te : v;
        }
        for (size_t k = v + 1; target >= 0 && k < after; k++) {
            long e = entity_at(cx, k);
            if (e >= 0 && cx->ents[e].type == SG_NODE_PERSON) {
                target = -1;
            }
        }
        if (target < 0 ||
            (sg_tok_is(doc, v, "worked") && held_until(doc, v, after, lim))) {
            return SG_OK; /* (nor "worked at X for 30 years": once) */
        }
        sg_err_t rc = sg_i_add_edge(cx, person, target, SG_EDGE_MEMBER_OF, NULL,
                                    doc->toks[v].sent, v, v + 1, 0);
        size_t next = rc == SG_OK ? and_verb_after(cx, after, lim) : 0;
        return next ? leads_verb(cx, person, next, lim) : rc;
    }
    size_t helm = helm_at(doc, v, lim);
    if (helm) {
        v += helm; /* "X took the helm at Y in 2015", "took charge of Y" */
    } else if (!chosen && !IN_LIST(doc, v, lead_verbs) &&
               !((plural || future) && IN_LIST(doc, v, lead_bases)) &&
               !(sg_tok_is(doc, v, "run") && v > 0 &&
                 (sg_tok_is(doc, v - 1, "has") || sg_tok_is(doc, v - 1, "had")))) {
        /* ("X has run Y for a decade": the perfect's participle) */
        /* "X has been appointed to lead the Y STP", "X will chair the Y" */
        size_t from = v;
        v = (size_t)-1;
        for (size_t k = from; k + 1 < lim && k < from + 8; k++) {
            /* (not "X's pick to lead Y": what is X's leads) */
            if (doc->toks[k].kind == SG_TK_PUNCT || entity_at(cx, k) >= 0 ||
                sg_i_possessive_at(doc, k)) {
                return SG_OK;
            }
            if ((sg_tok_is(doc, k, "to") || sg_tok_is(doc, k, "will")) &&
                IN_LIST(doc, k + 1, lead_bases)) {
                v = k + 1;
                break;
            }
            if (time_leading(doc, k)) {
                v = k + 1; /* "has spent a decade running Y" */
                break;
            }
        }
        if (v == (size_t)-1) {
            return SG_OK;
        }
    }
    static const char *const runs[] = {"run", "runs", "ran", "running"};
    static const char *const particles[] = {"out", "up", "into", "down", "short", "over"};
    if (IN_LIST(doc, v, runs) && IN_LIST(doc, v + 1, particles)) {
        return SG_OK; /* "X has run out of patience with Y" */
    }
    /* (not what a review is of: "was asked to lead a review of the Y STP"; nor
     * what a stance is on: "has led opposition to Y", "led the charge against Y",
     * "is leading the way on Y") */
    static const char *const stands[] = {"opposition", "criticism", "charge",   "way",
                                         "campaign",   "fight",     "protests", "calls"};
    for (size_t j = v + 1; j < lim && j < v + 6; j++) {
        /* (nor past another clause's opening: "who took over last week after
         * Labour won control of the council") */
        if (doc->toks[j].kind == SG_TK_PUNCT || IN_LIST(doc, j, inquiries) ||
            IN_LIST(doc, j, stands) || IN_LIST(doc, j, clause_breaks)) {
            break;
        }
        long tm = sg_i_mention_at(cx, j);
        long target = tm >= 0 ? sg_i_role_body(cx, tm) : -1; /* "chaired the STP board" */
        if (progressive && IN_LIST(doc, v, lead_verbs) &&
            j > past_determiners(doc, v + 1, lim)) {
            break; /* (not "was running late for the X meeting") */
        }
        if (target >= 0) {
            if (cx->ents[target].type == SG_NODE_PERSON ||
                held_until(doc, v, cx->m[tm].te, lim)) {
                break;
            }
            /* "has led the partnership's work on ...", "heads adult services at
             * X": a part of the body, whose member the person is */
            size_t ab = past_back_determiners(doc, cx->m[tm].tb, v + 1);
            int part = ab > v + 2 &&
                       (sg_tok_is(doc, ab - 1, "at") || sg_tok_is(doc, ab - 1, "within"));
            sg_edge_type_t type = part || sg_tok_is(doc, cx->m[tm].te, "'s")
                                      ? SG_EDGE_MEMBER_OF
                                      : SG_EDGE_LEADS;
            sg_err_t rc = sg_i_add_edge(cx, person, target, type, NULL, doc->toks[v].sent,
                                        v, v + 1, 0);
            size_t te = cx->m[tm].te;
            size_t next = rc == SG_OK ? and_verb_after(cx, te, lim) : 0;
            if (rc == SG_OK && !next && te + 2 < lim && sg_tok_is(doc, te, "and") &&
                (sg_tok_is(doc, te + 1, "is") || sg_tok_is(doc, te + 1, "was"))) {
                return roles_after(cx, person, te + 1); /* "X leads the Y STP and is
                                                         * chief executive of Z" */
            }
            return next ? leads_verb(cx, person, next, lim) : rc;
        }
    }
    return SG_OK;
}

/* Where the capitalised words (up to three, no stakeholder's) right before token
 * e, after sb, start: the words of a place ("Sheffield" of "Sheffield's
 * director"); e when none. */
static size_t place_words_before(const sg_i_ctx_t *cx, size_t e, size_t sb) {
    const sg_textdoc_t *doc = cx->doc;
    size_t b = e;

    while (b > sb && b + 3 > e && doc->toks[b - 1].kind == SG_TK_WORD &&
           sg_i_is_cap(doc, b - 1) && sg_i_mention_at(cx, b - 1) < 0 &&
           !(b - 1 == sb && b < e &&
             sg_i_tok_in(cx->lex, SG_I_T_STARTERS, doc, b - 1, NULL))) {
        b--; /* (not a sentence's first word no name starts with: "But Dale's") */
    }
    return b;
}

/* The council of the place named by the capitalised words right before token e,
 * after sb ("Sheffield" of "Sheffield's director": Sheffield City Council, when the
 * article names it); -1 when none. */
static long place_council(const sg_i_ctx_t *cx, size_t e, size_t sb) {
    size_t b = place_words_before(cx, e, sb), after;
    return b < e ? council_of_place_at(cx, b, e, &after) : -1;
}

/* The body named before whose name opens with the capitalised words (no
 * stakeholder's) right before token e, after sb ("Wexbridge's chief executive"
 * after "Wexbridge Hospitals NHS Trust"): the last one named, within an anaphor's
 * reach; -1 when none. */
static long place_body(const sg_i_ctx_t *cx, size_t e, size_t sb) {
    return body_opening_with(cx, place_words_before(cx, e, sb), e);
}

static long quote_at(const sg_i_ctx_t *cx, size_t t);

/* The one body (an organisation or a council) sentence s names, when it names no
 * person and no other ("The decision was made by X's governing body."), past a plan
 * when plans ("Opponents, led by X, argue that the plan ..."); else -1. */
static long sole_body(const sg_i_ctx_t *cx, size_t s, int plans) {
    const sg_textdoc_t *doc = cx->doc;
    long body = -1;

    for (size_t k = doc->sents[s].tok_begin; k < doc->sents[s].tok_end; k++) {
        long m = sg_i_mention_at(cx, k), e = m >= 0 ? cx->m[m].entity : -1;
        if (e < 0 || e == body || (plans && cx->ents[e].type == SG_NODE_STP)) {
            continue;
        }
        if (body >= 0 || cx->ents[e].type == SG_NODE_PERSON ||
            cx->ents[e].type == SG_NODE_STP) {
            return -1;
        }
        body = e;
    }
    return body;
}

/* Past the words of the ones from or of a body opening at token b ("Protesters
 * from (the) X", "The board of X"), before e: where the body's name starts; b past
 * its determiners when there are none. */
static size_t past_members(const sg_textdoc_t *doc, size_t b, size_t e) {
    static const char *const members[] = {
        "protesters",      "campaigners", "members",   "supporters", "activists",
        "representatives", "board",       "governors", "directors",  "trustees"};
    size_t f = past_determiners(doc, b, e);
    return f + (f + 2 < e && IN_LIST(doc, f, members) &&
                        (sg_tok_is(doc, f + 1, "from") || sg_tok_is(doc, f + 1, "of"))
                    ? 2 + sg_tok_is(doc, f + 2, "the")
                    : 0);
}

/* Does sentence s open with a role alone and a person's name ("Chief executive Dr
 * Ann Lee said")? */
static int role_person_opens(const sg_i_ctx_t *cx, size_t s) {
    const sg_textdoc_t *doc = cx->doc;
    size_t sb = doc->sents[s].tok_begin, se = doc->sents[s].tok_end;
    size_t k = sb + sg_i_match_role(cx->lex, doc, sb, se < sb + 6 ? se : sb + 6, NULL);
    /* (the name's title inside its mention or not: "Chief executive Dr X") */
    long m = k > sb && k < se && sg_i_is_cap(doc, sb) ? sg_i_mention_at(cx, k) : -1;
    m = m >= 0 && cx->m[m].tb == k ? m : -1;
    if (m < 0 && k > sb && k + 1 < se &&
        sg_i_tok_in(cx->lex, SG_I_T_TITLES, doc, k, NULL)) {
        m = mention_from(cx, k + 1);
    }
    return m >= 0 && cx->m[m].entity >= 0 &&
           cx->ents[cx->m[m].entity].type == SG_NODE_PERSON;
}

/* The body whose role opens sentence s, before a person's name: the one the
 * sentence before opens with (past those from it), or the one body it names; or,
 * when that sentence too opens with a role and a person, up to depth sentences
 * further back, its body ("Chief executive X said ... . Medical director Y said");
 * else -1. */
static long opening_body(const sg_i_ctx_t *cx, size_t s, int depth) {
    const sg_textdoc_t *doc = cx->doc;
    const sg_sentence_t *p = &doc->sents[s - 1];
    /* (past the body's kind: "The union Unison has ... Regional organiser X"; past
     * those from it: "Protesters from X gathered ... Spokeswoman Y said", or of it:
     * "The board of X has voted ... Chairman Y said") */
    /* (and past a conjunction opening it: "But X, which has campaigned ..., said") */
    size_t pb = p->tok_begin +
                (p->tok_begin + 2 < p->tok_end && (sg_tok_is(doc, p->tok_begin, "but") ||
                                                   sg_tok_is(doc, p->tok_begin, "and") ||
                                                   sg_tok_is(doc, p->tok_begin, "yet")));
    size_t f = past_kind(doc, past_members(doc, pb, p->tok_end), p->tok_end);
    long fm = sg_i_mention_at(cx, f);
    /* (not a sentence inside a quotation: "... said: “... The Tarnshire STP gives
     * us ...”") */
    long body = fm >= 0 && cx->m[fm].tb == f && !sg_i_possessive_at(doc, cx->m[fm].te) &&
                        quote_at(cx, f) < 0
                    ? sg_i_role_body(cx, fm)
                    : -1;
    body = body < 0 && quote_at(cx, p->tok_begin) < 0 ? sole_body(cx, s - 1, 0) : body;
    if (body < 0 && depth > 0 && s > 1 && role_person_opens(cx, s - 1)) {
        return opening_body(cx, s - 1, depth - 1);
    }
    return body;
}

/* Is the body entity b no post's body: no body, a person, the programme or the
 * collective? */
static int no_post_body(const sg_i_ctx_t *cx, long b) {
    return b < 0 || cx->ents[b].type == SG_NODE_PERSON ||
           strcmp(cx->ents[b].name, SG_I_PROGRAMME) == 0 ||
           strcmp(cx->ents[b].name, SG_I_COLLECTIVE) == 0;
}

/* The post of kind the words [rb, re) name, held by person in body: its edge (none
 * for a minister's portfolio, of no body named: "Health secretary Jeremy Hunt"). */
static sg_err_t add_post(sg_i_ctx_t *cx, long person, long body, size_t kind, size_t rb,
                         size_t re) {
    char *role = role_text(cx->doc, rb, re);
    if (!role) {
        return SG_ENOMEM;
    }
    int minister = strstr(role, "minister") || strstr(role, "shadow") ||
                   strstr(role, "secretary of state") ||
                   strcmp(role, "health secretary") == 0;
    sg_err_t rc = minister ? SG_OK
                           : sg_i_add_edge(cx, person, body, role_edge(kind), role,
                                           cx->doc->toks[rb].sent, rb, re, 0);
    free(role);
    return rc;
}

/* "Tarn Hospitals NHS Trust backed the plan. Chief executive Dr Ann Lee said":
 * a role alone opening the sentence, right before the person, is of the body the
 * sentence before opens with (a footprint's too, not the programme's; past those
 * from it), or of the one body it names. */
static sg_err_t role_opening(sg_i_ctx_t *cx, const sg_i_mention_t *m) {
    const sg_textdoc_t *doc = cx->doc;
    size_t s = doc->toks[m->tb].sent, sb = doc->sents[s].tok_begin, d = m->tb, kind;

    if (s == 0 || d < sb + 1 || d > sb + 8) {
        return SG_OK; /* (the cheap tests first) */
    }
    d -= d > sb + 1 && sg_i_tok_in(cx->lex, SG_I_T_TITLES, doc, d - 1, NULL);
    /* (or the person between commas: "Chief executive, Tom Rees, said") */
    d -= d > sb + 2 && sg_tok_is(doc, d - 1, ",") && m->te < doc->ntoks &&
         sg_tok_is(doc, m->te, ",");
    size_t n = sg_i_match_role(cx->lex, doc, sb, d, &kind);
    if (!n || !sg_i_is_cap(doc, sb) || (doc->toks[sb].flags & SG_TF_ALLCAPS)) {
        return SG_OK;
    }
    if (n != d - sb) { /* (or with its portfolio: "Cabinet member for adult care X") */
        if (!portfolio(cx, sb + n, d)) {
            return SG_OK;
        }
        kind = SG_I_ROLE_MEMBER;
    }
    long body = opening_body(cx, s, 2);
    /* (nor a plan's, a role that is what one is, not a post: "The Devon STP would
     * close beds. Campaigner X called it ...", "GP Y said") */
    if (no_post_body(cx, body) ||
        (cx->ents[body].type == SG_NODE_STP && sg_i_person_word(doc, d - 1))) {
        return SG_OK;
    }
    return add_post(cx, m->entity, body, kind, sb, d);
}

/* "NHS Providers welcomed the plan, but chief executive X said ...", "Hale
 * Council rejected it after leader X attacked it": a role alone in lower case
 * after a conjunction, right before the person's name, is of the body that opens
 * the sentence, its subject (no other body named between). */
static sg_err_t role_in_clause(sg_i_ctx_t *cx, const sg_i_mention_t *m) {
    static const char *const joins[] = {"but",   "although", "though", "while",
                                        "after", "whereas",  "yet",    "and"};
    const sg_textdoc_t *doc = cx->doc;
    size_t s = doc->toks[m->tb].sent, sb = doc->sents[s].tok_begin, d = m->tb, kind;

    if (d < sb + 4 || d > sb + 40) {
        return SG_OK; /* (the cheap tests first) */
    }
    d -= sg_i_tok_in(cx->lex, SG_I_T_TITLES, doc, d - 1, NULL); /* ("chief executive
                                                                 * Dr X") */
    size_t k = d > sb + 6 ? d - 4 : sb + 3;
    while (k < d && !(IN_LIST(doc, k - 1, joins) && !sg_i_is_cap(doc, k) &&
                      sg_i_match_role(cx->lex, doc, k, d, &kind) == d - k)) {
        k++;
    }
    size_t f = past_determiners(doc, sb, k);
    long fm = k < d ? sg_i_mention_at(cx, f) : -1;
    if (fm < 0 || cx->m[fm].tb != f || cx->m[fm].entity < 0 ||
        sg_i_possessive_at(doc, cx->m[fm].te) || quote_at(cx, f) >= 0) {
        return SG_OK;
    }
    long body = sg_i_role_body(cx, fm);
    if (no_post_body(cx, body) || cx->ents[body].type == SG_NODE_STP) {
        return SG_OK;
    }
    for (size_t j = cx->m[fm].te; j < k; j++) { /* (the subject's verb, no other body) */
        long e = entity_at(cx, j);
        if ((j == cx->m[fm].te &&
             (doc->toks[j].kind != SG_TK_WORD || sg_i_is_cap(doc, j))) ||
            (e >= 0 && e != body && cx->ents[e].type != SG_NODE_STP)) {
            return SG_OK;
        }
    }
    return add_post(cx, m->entity, body, kind, k, d);
}

/* The role of the words [rb, t) before a person's name, n of them the role's own
 * (the rest a portfolio), held in body: the edge of its kind. */
static sg_err_t add_role_before(sg_i_ctx_t *cx, long person, long body, size_t kind,
                                size_t rb, size_t t, size_t n) {
    const sg_textdoc_t *doc = cx->doc;
    /* (not the name's title, in a title-case line: "Cabinet Member for Health
     * Cllr X") */
    while (t > rb + n && sg_i_tok_in(cx->lex, SG_I_T_TITLES, doc, t - 1, NULL)) {
        t--;
    }
    /* in lower case, unless a portfolio names places ("director for the Midlands
     * and East") */
    char *role = n == t - rb ? role_text(doc, rb, t) : sg_i_surface(doc, rb, t);
    if (!role) {
        return SG_ENOMEM;
    }
    sentence_capital(doc, rb, t, role); /* ("Cabinet member") */
    sg_err_t rc = sg_i_add_edge(cx, person, body, role_edge(kind), role,
                                doc->toks[rb].sent, rb, t, 0);
    free(role);
    return rc;
}

/* Is the sentence from sb to the comma at c a body's role alone, its subject: "The
 * STP's lead,", "Its chair,"? */
static int role_opens_sentence(const sg_i_ctx_t *cx, size_t sb, size_t c) {
    const sg_textdoc_t *doc = cx->doc;
    size_t k = sb + sg_tok_is(doc, sb, "the");

    if (sg_tok_is(doc, k, "its")) {
        k++;
    } else {
        long bm = sg_i_mention_at(cx, k); /* (or from the sentence's "The") */
        if (bm < 0 || cx->m[bm].entity < 0 ||
            cx->ents[cx->m[bm].entity].type == SG_NODE_PERSON ||
            !sg_i_possessive_at(doc, cx->m[bm].te)) {
            return 0;
        }
        k = cx->m[bm].te + 1;
    }
    return k < c && sg_i_match_role(cx->lex, doc, k, c, NULL) == c - k;
}

/* "The STP's lead, Fenby Council chief executive X": where the apposition that
 * names X with a role of her own starts (after the comma), or t, the name's first
 * token, when none does. */
static size_t apposed_role_start(const sg_i_ctx_t *cx, size_t sb, size_t t) {
    const sg_textdoc_t *doc = cx->doc;

    for (size_t rb = t - 1; rb > sb + 3 && rb + 4 > t; rb--) {
        if (sg_i_match_role(cx->lex, doc, rb, t, NULL) != t - rb) {
            continue;
        }
        size_t c = rb - 1; /* (past the body the role is of: "Fenby Council") */
        long bm = sg_i_mention_at(cx, c);
        if (bm >= 0 && cx->m[bm].te == rb && cx->m[bm].entity >= 0 &&
            cx->ents[cx->m[bm].entity].type != SG_NODE_PERSON) {
            c = cx->m[bm].tb - 1;
        }
        for (size_t w = 0; w < 2 && c > sb + 2 && doc->toks[c].kind == SG_TK_WORD &&
                           !sg_i_is_cap(doc, c);
             w++) {
            c--; /* (and the words that say what she is: "council", "former") */
        }
        return c >= sb + 2 && sg_tok_is(doc, c, ",") && role_opens_sentence(cx, sb, c)
                   ? c + 1
                   : t;
    }
    return t;
}

/* "The council's leader, Cllr Tom Ashworth", "Unison's head of health, Sara
 * Gorton": a role of a body named just before the person, whose name (or the
 * apposition that names her) starts at token t. */
static sg_err_t role_possessive_at(sg_i_ctx_t *cx, const sg_i_mention_t *m, size_t t) {
    const sg_textdoc_t *doc = cx->doc;
    size_t sb = doc->sents[doc->toks[m->tb].sent].tok_begin;

    if (removed_after(doc, m->te)) {
        return SG_OK; /* "Its chief executive, X, has been replaced": no longer */
    }

    /* "NHS England's Jo Marr": of the body, in some role */
    if (t >= sb + 2 && sg_i_possessive_at(doc, t - 1)) {
        long body = entity_at(cx, t - 2);
        if (body >= 0 && cx->ents[body].type != SG_NODE_PERSON) {
            return sg_i_add_edge(cx, m->entity, body, SG_EDGE_MEMBER_OF, NULL,
                                 doc->toks[t].sent, t - 1, t, 0);
        }
    }
    /* "Its chair, retired nurse X": past the words that say what the person is */
    size_t d = t > sb + 2 && sg_i_person_word(doc, t - 1) ? t - 1 : t;
    d -= d < t && d > sb + 2 && doc->toks[d - 1].kind == SG_TK_WORD &&
         !sg_i_is_cap(doc, d - 1) && sg_tok_is(doc, d - 2, ",");
    t = d < t && sg_tok_is(doc, d - 1, ",") ? d : t;
    if (t > sb && (sg_tok_is(doc, t - 1, ",") || sg_tok_is(doc, t - 1, "-") ||
                   sg_tok_is(doc, t - 1, "is"))) {
        t--; /* "X, whose chief executive is Y" (or a dash: "X's chief executive -
              * Y -") */
    } else if (t > sb + 1 && sg_tok_is(doc, t - 1, "be") &&
               sg_tok_is(doc, t - 2, "will")) {
        t -= 2; /* "The new CCG's accountable officer will be Y" */
    }
    if (t > sb + 4 && sg_tok_is(doc, t - 1, ")") && sg_tok_is(doc, t - 3, "(") &&
        (doc->toks[t - 2].flags & SG_TF_ALLCAPS)) {
        t -= 3; /* "the STP's senior responsible officer (SRO), X": past the role's
                 * letters */
    }
    long wm = t > sb + 4 && sg_tok_is(doc, t, ",") ? sg_i_mention_at(cx, t - 1) : -1;
    size_t wb =
        wm >= 0 && cx->m[wm].te == t ? past_back_determiners(doc, cx->m[wm].tb, sb) : sb;
    if (wb > sb + 3 && (sg_tok_is(doc, wb - 1, "at") || sg_tok_is(doc, wb - 1, "on")) &&
        cx->m[wm].entity >= 0 && cx->ents[cx->m[wm].entity].type != SG_NODE_PERSON) {
        t = wb - 1; /* "Unison's branch secretary at Hale Hospitals NHS Trust, X": the
                     * workplace after the role (or the council a party's role is on:
                     * "Labour's health spokesman on Tarn Council, X") */
    }
    /* (a role opening the sentence after one opening with "Its": "Its survey
     * found ... Chief executive X said", the body "its" stands for) */
    size_t ps = doc->toks[sb].sent;
    long opened = ps > 0 && t <= sb + 8 &&
                          sg_tok_is(doc, doc->sents[ps - 1].tok_begin, "its") &&
                          sg_i_match_role(cx->lex, doc, sb, t, NULL)
                      ? its_body(cx, doc->sents[ps - 1].tok_begin)
                      : -1; /* (only for a role the sentence opens with, as below) */
    opened = opened >= 0 && cx->ents[opened].type != SG_NODE_PERSON ? opened : -1;
    for (size_t rb = t > sb + 8 ? t - 8 : sb; rb < t; rb++) {
        size_t kind, n = sg_i_match_role(cx->lex, doc, rb, t, &kind);
        if (!n || (rb < sb + 1 && !council_role_at(doc, rb) && opened < 0) ||
            (n != t - rb && !portfolio(cx, rb + n, t))) {
            continue;
        }
        if (n != t - rb) {
            kind = SG_I_ROLE_MEMBER; /* a part of the body: its head is a member of it */
        }
        long lm = rb > sb + 1 && sg_tok_is(doc, rb - 1, ":") && sg_i_is_cap(doc, rb)
                      ? sg_i_mention_at(cx, rb - 2)
                      : -1;
        if (lm >= 0 && cx->m[lm].te == rb - 1 && cx->m[lm].entity >= 0 &&
            cx->ents[cx->m[lm].entity].type != SG_NODE_PERSON) {
            /* "Walsall Healthcare NHS Trust: Chief executive X said": a line's
             * label names the body */
            return add_role_before(cx, m->entity, sg_i_role_body(cx, lm), kind, rb, t, n);
        }
        if (rb == sb) {
            /* "Cabinet member for health Cllr X said": a council's role opening the
             * sentence, of the council named last */
            long c = council_role_at(doc, rb) ? sg_i_last_council(cx, rb) : opened;
            return c >= 0 ? add_role_before(cx, m->entity, c, kind, rb, t, n) : SG_OK;
        }
        /* "The council's leader, Cllr X", "NHS England chief executive X" or "the
         * NHS Confederation, whose chief executive X"; "its interim chief
         * executive" as "its chief executive" */
        size_t qb = rb;
        while (qb > sb + 1 && IN_LIST(doc, qb - 1, qualifiers)) {
            qb--;
        }
        size_t before = qb;
        size_t wq = qb; /* "Unison, whose South West regional secretary, X": a
                         * region's words before the role, a part of the body (or a
                         * portfolio's: "whose health spokesman, X") */
        while (wq > sb + 2 && wq + 3 > qb && doc->toks[wq - 1].kind == SG_TK_WORD &&
               !sg_tok_is(doc, wq - 1, "whose") && sg_i_mention_at(cx, wq - 1) < 0) {
            wq--;
        }
        if (sg_i_possessive_at(doc, qb - 1)) {
            before = qb - 1;
        } else if (wq >= sb + 2 && sg_tok_is(doc, wq - 1, "whose") &&
                   sg_tok_is(doc, wq - 2, ",")) {
            before = wq - 2;
            kind = wq < qb ? SG_I_ROLE_MEMBER : kind;
            /* (past the body's kind after its name: "the We Care campaign group,
             * whose spokeswoman, Y") */
            size_t kb = before;
            while (kb > sb + 1 && kb + 3 > before && sg_i_mention_at(cx, kb - 1) < 0 &&
                   (sg_i_org_kind(doc, kb - 1) || sg_tok_is(doc, kb - 1, "campaign"))) {
                kb--;
            }
            before = kb < before && sg_i_mention_at(cx, kb - 1) >= 0 ? kb : before;
            if (sg_tok_is(doc, kb, "group") && sg_i_party_word(doc, kb - 1)) {
                kind = SG_I_ROLE_MEMBER; /* ("the Tarnford Labour group, whose leader,
                                          * Y": of a party's group) */
            }
            /* "X's health scrutiny committee, whose chair, Y": of a part of X ("X's
             * health and wellbeing board") */
            for (size_t k = before; k-- > sb + 1 && k + 7 > before;) {
                if (sg_i_possessive_at(doc, k) && k + 1 < before) {
                    before = k;
                    kind = SG_I_ROLE_MEMBER;
                    break;
                }
                if (doc->toks[k].kind != SG_TK_WORD || sg_i_is_cap(doc, k) ||
                    sg_i_mention_at(cx, k) >= 0) {
                    break;
                }
            }
        } else {
            /* "the county council's health committee chair, X", "Unison's North
             * West regional secretary, X": the role of a part of the body (words
             * naming no stakeholder after its "'s"), a member of it */
            for (size_t k = qb; k-- > sb && k + 6 > qb;) {
                if (sg_i_possessive_at(doc, k) && k + 1 < qb && k > sb) {
                    before = k;
                    kind = SG_I_ROLE_MEMBER;
                    break;
                }
                if (sg_tok_is(doc, k, "its") && k + 1 < qb) {
                    before = k + 1; /* "Its London director, X" */
                    kind = SG_I_ROLE_MEMBER;
                    break;
                }
                long pm = sg_i_mention_at(cx, k);
                if (pm >= 0 && cx->m[pm].te == k + 1 && cx->m[pm].entity >= 0 &&
                    cx->ents[cx->m[pm].entity].type == SG_NODE_STP && cx->m[pm].tb > sb &&
                    (sg_tok_is(doc, cx->m[pm].tb - 1, "its") ||
                     (cx->m[pm].tb > sb + 1 &&
                      sg_i_possessive_at(doc, cx->m[pm].tb - 1)))) {
                    /* "the GMB's Lincolnshire branch secretary, X", "Its Dorset
                     * director, X": the body's, in a place */
                    before = cx->m[pm].tb - !sg_tok_is(doc, cx->m[pm].tb - 1, "its");
                    kind = SG_I_ROLE_MEMBER;
                    break;
                }
                /* (nouns between, no "to the": "refer Y's plan to the health
                 * secretary, X" gives X no part of Y; nor a conjunction: "Y rejected
                 * the Z STP after leader X attacked it") */
                static const char *const joins[] = {"after", "before", "while", "but",
                                                    "and",   "as",     "when",  "by"};
                int plain = 1;
                for (size_t j = k + 1; j < qb; j++) {
                    plain &= IN_LIST(doc, j, link_words) == 0 &&
                             !IN_LIST(doc, j, skip_words) && !IN_LIST(doc, j, joins) &&
                             !sg_tok_is(doc, j, "to") &&
                             !past_verb(doc, j); /* (nor a verb: "Y met health chief
                                                  * X", "Y wrote to health chief X") */
                }
                if (pm >= 0 && cx->m[pm].te == k + 1 && k + 1 < qb && k + 4 > qb &&
                    plain && cx->m[pm].entity >= 0 &&
                    strcmp(cx->ents[cx->m[pm].entity].name, SG_I_PROGRAMME) != 0) {
                    before = k + 1; /* "Tarn Council health chief X": of a part of
                                     * the body (not its own council or board, as
                                     * roles_after reads them: "BMA council chair") */
                    if (!(k + 2 == qb && (sg_tok_is(doc, k + 1, "board") ||
                                          sg_tok_is(doc, k + 1, "council")))) {
                        kind = SG_I_ROLE_MEMBER;
                    }
                    break;
                }
                if (doc->toks[k].kind != SG_TK_WORD || pm >= 0 ||
                    sg_i_reporting_at(cx, k) || sg_i_auxiliary(doc, k)) {
                    break;
                }
            }
        }
        if (before < sb + 1) {
            return SG_OK;
        }
        /* "Its chief executive, X": the body "it" stands for; "Council leader
         * Cllr X": the council named last */
        if (before >= sb + 4 && sg_tok_is(doc, before - 1, ")") &&
            sg_tok_is(doc, before - 3, "(")) {
            before -= 3; /* "The Royal College of GPs (RCGP) chair, X" */
        }
        long bm = sg_i_mention_at(cx, before - 1); /* "The STP's officer" */
        if (bm >= 0 && cx->m[bm].tb > sb &&
            (sg_tok_is(doc, cx->m[bm].tb - 1, "former") ||
             sg_tok_is(doc, cx->m[bm].tb - 1, "ex"))) {
            return SG_OK; /* "former NHS England director Dame X": a role held once */
        }
        long body = sg_tok_is(doc, before - 1, "its") ? its_body(cx, before - 1)
                    : bm >= 0                         ? sg_i_role_body(cx, bm)
                                                      : -1;
        /* (a councillor's "its" is the council the sentence before names, not a
         * plan: "X's relations with Y Council are poor. Its leader, Cllr Z,") */
        if (body >= 0 && cx->ents[body].type == SG_NODE_STP &&
            sg_tok_is(doc, before - 1, "its") && before - 1 == sb &&
            (sg_tok_is(doc, m->tb, "cllr") || sg_tok_is(doc, m->tb, "councillor"))) {
            long c = sg_i_last_council(cx, sb);
            size_t ps = doc->toks[sb].sent;
            body = c >= 0 && ps > 0 && council_in(cx, c, ps - 1) ? c : body;
        }
        if (body < 0 && bm < 0 && before == sb + 1 && sg_tok_is(doc, sb, "their")) {
            /* "A and B approved it. Their clinical chair, X, said": each's */
            long owners[4];
            size_t no = sg_i_prev_list(cx, doc->toks[sb].sent, 1, owners, 4);
            if (no) {
                return role_of_each(cx, m->entity, owners, no, rb, t, kind,
                                    doc->toks[rb].sent);
            }
            /* (or the one council the sentence before names: "Will Hale Council
             * back it? ... Their leader, Cllr X, has been supportive") */
            size_t ps = doc->toks[sb].sent;
            size_t lo = doc->sents[ps > 2 ? ps - 2 : 0].tok_begin;
            long one = -1;
            for (size_t k = sb; k-- > lo && one != -2;) {
                long e = entity_at(cx, k);
                if (e >= 0 && cx->ents[e].type == SG_NODE_COUNCIL &&
                    strcmp(cx->ents[e].name, SG_I_COLLECTIVE) != 0) {
                    one = one < 0 || one == e ? e : -2; /* (two: neither) */
                }
            }
            /* (or, no council named, the one body the sentence before names:
             * "Opponents, led by the X Action Group, argue ... . Their spokeswoman,
             * Y, said") */
            body = one >= 0 ? one : one == -1 && ps > 0 ? sole_body(cx, ps - 1, 1) : -1;
        }
        if (body >= 0 && kind == SG_I_ROLE_LEADS && sg_tok_is(doc, before - 1, "its") &&
            named_as_part(cx, body, before - 1)) {
            kind = SG_I_ROLE_MEMBER;
        }
        if (body >= 0 && cx->ents[body].type == SG_NODE_STP && bm >= 0 &&
            sg_i_possessive_at(doc, before)) {
            /* "Birmingham's leader, Cllr X": a place's leader leads the council of
             * the place the article names, not the plan of its area */
            long council = sg_i_council_of_place(cx, cx->m[bm].surface);
            body = council >= 0 ? council : body;
        }
        if (body < 0 && (bm < 0 || cx->m[bm].entity < 0) && before > sb + 1 &&
            sg_i_possessive_at(doc, before) &&
            (IN_LIST(doc, before - 1, part_words) ||
             sg_tok_is(doc, before - 1, "board")) &&
            sg_tok_is(doc, before - 2, "the")) {
            /* "X's scrutiny committee voted ... The committee's chairman, Y,": a
             * part of X named without a name of its own, Y its member */
            long b = sg_i_last_org(cx, before - 2);
            b = b >= 0 && named_as_part(cx, b, before - 2) ? b
                                                           : part_owner(cx, before - 2);
            if (b >= 0) {
                body = b;
                kind = SG_I_ROLE_MEMBER;
            }
        } else if (body < 0 && bm < 0 && before == sb + 1 &&
                   IN_LIST(doc, sb, part_words)) {
            /* (or the part's word opening the sentence: "Committee chair Cllr Y") */
            body = part_owner(cx, sb);
            kind = SG_I_ROLE_MEMBER;
        }
        if (body < 0 && bm < 0 && sg_i_possessive_at(doc, before)) {
            body = place_council(cx, before, sb); /* "Sheffield's director of public
                                                   * health, X": of the place's
                                                   * council the article names */
            body = body >= 0 ? body : place_body(cx, before, sb);
        } else if (body < 0 && bm < 0 && before > sb && sg_i_is_cap(doc, before - 1) &&
                   t == m->tb) {
            body = place_council(cx, before, sb); /* "Fenby leader Cllr X": so is
                                                   * the place's words' role */
        }
        if (body < 0 && before >= sb + 2 && sg_i_mention_at(cx, before - 1) < 0 &&
            (sg_tok_is(doc, before - 1, "council") ||
             (county_word(doc, before - 1) && sg_tok_is(doc, before - 2, "the") &&
              sg_i_possessive_at(doc, before)))) {
            /* (or "the county's director of public health, X": its council) */
            body = county_word(doc, before - 1) ? sg_i_last_council(cx, before - 1)
                                                : sg_i_last_org(cx, before - 1);
            body = body >= 0 && cx->ents[body].type == SG_NODE_COUNCIL ? body : -1;
        }
        if (body < 0 && bm < 0 && before > sb + 2 && sg_tok_is(doc, before - 1, "with") &&
            sg_tok_is(doc, before - 2, ",")) {
            /* "X rejected the plan, with leader Cllr Y saying": the subject's */
            long f = sg_i_first_stakeholder(cx, sb, before - 2);
            body = f >= 0 && cx->ents[f].type != SG_NODE_PERSON ? f : -1;
        }
        if (body < 0 && bm < 0 &&
            ((before == sb + 1 && sg_tok_is(doc, sb, "the")) ||
             (before > sb &&
              (sg_tok_is(doc, before - 1, "by") || sg_tok_is(doc, before - 1, ",")))) &&
            council_role_at(doc, rb)) {
            /* "The cabinet member for adult social care, Cllr X", "drafted by cabinet
             * member for health Cllr X", "In a report to X's executive, director of
             * adult care Y": a council's role, of the council named last */
            body = sg_i_last_council(cx, before);
        }
        for (size_t j0 = before > sb + 3 ? before - 3 : sb;
             body < 0 && bm < 0 && sg_i_possessive_at(doc, before) && j0 < before; j0++) {
            long owners[4]; /* "The CCGs' chief officer, X": each's */
            size_t oe = j0, no = counted_bodies(cx, j0, before, owners, 4, &oe);
            if (no && oe == before) {
                return role_of_each(cx, m->entity, owners, no, rb, t, kind,
                                    doc->toks[rb].sent);
            }
        }
        /* (a council of a kind is one of that kind: "county council leader X" is
         * no city council's) */
        const char *ckind = before >= sb + 2 && sg_tok_is(doc, before - 1, "council")
                                ? sg_i_council_kind(doc, before - 2)
                                : NULL;
        if (body >= 0 && ckind) {
            size_t kl = strcspn(ckind, " "); /* (the kind's word in any case) */
            int of_kind = 0;
            for (const char *p = cx->ents[body].name; *p && !of_kind; p++) {
                of_kind = strncasecmp(p, ckind, kl) == 0 &&
                          strncmp(p + kl, ckind + kl, strlen(ckind + kl)) == 0;
            }
            body = of_kind ? body : -1;
        }
        /* (nor one of another place: "In Kirkby, council leader X" after Y Council) */
        for (size_t k = sb;
             body >= 0 && before >= sb + 2 && k + 2 < before &&
             sg_tok_is(doc, before - 1, "council") && !sg_i_is_cap(doc, before - 1);
             k++) {
            if (sg_tok_is(doc, k, "in") && sg_i_is_cap(doc, k + 1) &&
                sg_i_mention_at(cx, k + 1) < 0 &&
                !sg_i_tok_in(cx->lex, SG_I_T_NONSTAKE, doc, k + 1, NULL)) {
                size_t pl;
                const char *pw = sg_tok_norm(doc, k + 1, &pl);
                body = strncasecmp(cx->ents[body].name, pw, pl) == 0 ? body : -1;
            }
        }
        if (body < 0 || cx->ents[body].type == SG_NODE_PERSON ||
            strcmp(cx->ents[body].name, SG_I_COLLECTIVE) == 0) {
            return SG_OK; /* (nor "Local government minister Marcus Jones": a
                           * portfolio, no body) */
        }
        return add_role_before(cx, m->entity, body, kind, rb, t, n);
    }
    return SG_OK;
}

/* The roles before a person's name: the one its words hold ("Fenby Council chief
 * executive X") and the one of an apposition that opens the sentence before them
 * ("The STP's lead, Fenby Council chief executive X"). */
static sg_err_t role_possessive_before(sg_i_ctx_t *cx, const sg_i_mention_t *m) {
    const sg_textdoc_t *doc = cx->doc;
    size_t sb = doc->sents[doc->toks[m->tb].sent].tok_begin;
    sg_err_t rc = role_possessive_at(cx, m, m->tb);
    size_t a = rc == SG_OK && m->tb > sb + 5 && !sg_tok_is(doc, m->tb - 1, ",")
                   ? apposed_role_start(cx, sb, m->tb)
                   : m->tb;
    return a != m->tb ? role_possessive_at(cx, m, a) : rc;
}

/* Brackets right after a person that say no more of them than a party, a seat, an
 * age or a body: "Cllr X (Con)", "Paul Carter (Conservative, Tunbridge Wells
 * Rural)", "X (Lab, Tarn Council)" - the token past the closing bracket, so that an
 * apposition after them still reads ("..., the leader of Kent County Council"); 0
 * when t opens no such brackets. */
static size_t bracket_after_person(const sg_i_ctx_t *cx, size_t t, size_t lim) {
    const sg_textdoc_t *doc = cx->doc;

    if (t >= lim || !sg_tok_is(doc, t, "(")) {
        return 0;
    }
    for (size_t k = t + 1; k < lim && k < t + 10; k++) {
        if (sg_tok_is(doc, k, ")")) {
            return k > t + 1 ? k + 1 : 0;
        }
        long e = entity_at(cx, k);
        if (!(doc->toks[k].kind == SG_TK_WORD || doc->toks[k].kind == SG_TK_NUM ||
              sg_tok_is(doc, k, ",")) ||
            (e >= 0 && cx->ents[e].type == SG_NODE_PERSON)) {
            return 0;
        }
    }
    return 0;
}

/* Is the person whose name ends at token t named after a reporting verb, a word
 * or two between ("said organiser X, of Y.": an apposition that may end the
 * sentence)? */
static int inverted_speaker(const sg_i_ctx_t *cx, size_t t) {
    const sg_textdoc_t *doc = cx->doc;
    long pm = t > 0 ? sg_i_mention_at(cx, t - 1) : -1;
    size_t pv = pm >= 0 ? cx->m[pm].tb : 0;
    while (pv > 0 && pv + 3 > cx->m[pm].tb && doc->toks[pv - 1].kind == SG_TK_WORD &&
           !sg_i_is_cap(doc, pv - 1) && !sg_i_reporting_at(cx, pv - 1)) {
        pv--;
    }
    return pv > 0 && sg_i_reporting_at(cx, pv - 1);
}

/* "Helen Marsh of the University of Essex", "Amy Cole at the Essex Health Institute
 * said", "Jane Doe from Healthwatch Tarn said": a body named right after a person,
 * by "of", or by "at" or "from" when a reporting verb or a comma follows it (not
 * "met Amy Cole at the institute", "a letter from X to the trust"), is one the
 * person belongs to; "X, from the Y, said" and "X, of Y, said" too. */
static sg_err_t affiliation_after(sg_i_ctx_t *cx, long person, size_t t, size_t lim) {
    const sg_textdoc_t *doc = cx->doc;
    size_t t0 = t; /* (where the person's name ends) */

    /* (past a seat's brackets to a party's: "Mr X (Exeter) (Lab):") */
    if (t + 2 < lim && sg_tok_is(doc, t, "(") && !sg_i_party_word(doc, t + 1) &&
        mention_from(cx, t + 1) < 0) {
        size_t t2 = bracket_after_person(cx, t, lim);
        t = t2 && t2 + 2 < lim && sg_tok_is(doc, t2, "(") ? t2 : t;
    }
    /* "X (Tarn Council) said", "Cllr X (Lab, Tarn Council)": the body in brackets */
    if (t + 2 < lim && sg_tok_is(doc, t, "(")) {
        size_t k = t + 1;
        long pm = sg_i_party_word(doc, k) ? mention_from(cx, k) : -1;
        size_t pe = pm >= 0 ? cx->m[pm].te : k + 1;
        sg_err_t rc;
        if (pm >= 0 && cx->m[pm].entity >= 0 &&
            cx->ents[cx->m[pm].entity].type == SG_NODE_ORGANISATION &&
            (rc = sg_i_add_edge(cx, person, cx->m[pm].entity, SG_EDGE_MEMBER_OF, NULL,
                                doc->toks[t].sent, k, pe, 0)) != SG_OK) {
            return rc; /* "Cllr X (Con, Hale)": a member of the party */
        }
        if (sg_i_party_word(doc, k) && sg_tok_is(doc, pe, ",")) {
            k = pe + 1;
        }
        /* "X (Totnes, Conservative)": a seat, then the party */
        for (size_t c = t + 2; pm < 0 && c + 2 < lim && c < t + 8; c++) {
            if (sg_tok_is(doc, c, ",")) {
                long p2 = sg_i_party_word(doc, c + 1) ? mention_from(cx, c + 1) : -1;
                if (p2 >= 0 && cx->m[p2].tb == c + 1 &&
                    sg_tok_is(doc, cx->m[p2].te, ")") && cx->m[p2].entity >= 0 &&
                    cx->ents[cx->m[p2].entity].type == SG_NODE_ORGANISATION) {
                    return sg_i_add_edge(cx, person, cx->m[p2].entity, SG_EDGE_MEMBER_OF,
                                         NULL, doc->toks[t].sent, c + 1, cx->m[p2].te, 0);
                }
                break;
            }
            if (!sg_i_is_cap(doc, c) && !sg_tok_is(doc, c, "and")) {
                break;
            }
        }
        /* (a footprint only by its plan's word: "X (Wexmoor STP)", not a seat's
         * place, "X (Somerset)") */
        long bm = mention_from(cx, k);
        if (bm >= 0 && sg_tok_is(doc, cx->m[bm].te, ")") && cx->m[bm].entity >= 0 &&
            cx->ents[cx->m[bm].entity].type != SG_NODE_PERSON &&
            (cx->ents[cx->m[bm].entity].type != SG_NODE_STP ||
             sg_tok_is(doc, cx->m[bm].te - 1, "stp") ||
             sg_tok_is(doc, cx->m[bm].te - 1, "ics"))) {
            return sg_i_add_edge(cx, person, cx->m[bm].entity, SG_EDGE_MEMBER_OF, NULL,
                                 doc->toks[t].sent, t, t + 1, 0);
        }
        /* "X (Kent and Medway STP lead)": a body and its role in the brackets */
        size_t rk, rn = bm >= 0 && cx->m[bm].entity >= 0 &&
                                cx->ents[cx->m[bm].entity].type != SG_NODE_PERSON
                            ? sg_i_match_role(cx->lex, doc, cx->m[bm].te, lim, &rk)
                            : 0;
        long rbody =
            rn && sg_tok_is(doc, cx->m[bm].te + rn, ")") ? sg_i_role_body(cx, bm) : -1;
        if (rbody >= 0) {
            return sg_i_add_edge(cx, person, rbody, role_edge(rk), NULL,
                                 doc->toks[t].sent, cx->m[bm].te, cx->m[bm].te + rn, 0);
        }
        /* "Helen Day (Director of Public Health, Tarn County Council)": roles */
        size_t rb, re, kind;
        if (find_role(cx, k, lim, &rb, &re, &kind) && rb == k) {
            return roles_after(cx, person, k);
        }
    }
    /* "X, Unison, said", "- X, Defend Dorset NHS: “...”": a body's name alone
     * between the comma and a reporting verb's comma or a colon */
    long bm = t + 3 < lim && sg_tok_is(doc, t, ",") ? mention_from(cx, t + 1) : -1;
    if (bm >= 0 && cx->m[bm].entity >= 0 &&
        (cx->ents[cx->m[bm].entity].type == SG_NODE_ORGANISATION ||
         cx->ents[cx->m[bm].entity].type == SG_NODE_COUNCIL) &&
        cx->m[bm].te + 1 < lim &&
        ((sg_tok_is(doc, cx->m[bm].te, ",") && sg_i_reporting_at(cx, cx->m[bm].te + 1)) ||
         (sg_tok_is(doc, cx->m[bm].te, ":") &&
          doc->toks[cx->m[bm].te + 1].kind == SG_TK_QUOTE))) {
        return sg_i_add_edge(cx, person, cx->m[bm].entity, SG_EDGE_MEMBER_OF, NULL,
                             doc->toks[t].sent, t, t + 1, 0);
    }
    int comma = 0; /* "X, from the Y, said", "X, of Y, said", "X, representing Y" */
    if (t + 1 < lim && sg_tok_is(doc, t, ",") &&
        (sg_tok_is(doc, t + 1, "from") || sg_tok_is(doc, t + 1, "of") ||
         sg_tok_is(doc, t + 1, "representing") ||
         (sg_tok_is(doc, t + 1, "speaking") && sg_tok_is(doc, t + 2, "for")))) {
        t += sg_tok_is(doc, t + 1, "speaking") ? 2 : 1;
        comma = 1;
    }
    if (t >= lim || !(sg_tok_is(doc, t, "of") || sg_tok_is(doc, t, "at") ||
                      sg_tok_is(doc, t, "from") || (comma && sg_tok_is(doc, t, "for")) ||
                      (comma && sg_tok_is(doc, t, "representing")))) {
        return SG_OK;
    }
    int of = sg_tok_is(doc, t, "of") && !comma; /* needs no comma or verb after */
    long m = mention_from(cx, past_kind(doc, past_determiners(doc, t + 1, lim), lim));
    if (m < 0 && of) {
        /* "Cllr X of Hale said": the council of the place the article names */
        size_t ce = t + 1;
        long council = council_of_place_at(cx, t + 1, lim, &ce);
        return council >= 0 && ce < lim &&
                       (sg_i_reporting_at(cx, ce) || sg_tok_is(doc, ce, ","))
                   ? sg_i_add_edge(cx, person, council, SG_EDGE_MEMBER_OF, NULL,
                                   doc->toks[t].sent, t, ce, 0)
                   : SG_OK;
    }
    if (m < 0 || cx->ents[cx->m[m].entity].type == SG_NODE_PERSON) {
        return SG_OK;
    }
    size_t after = cx->m[m].te;
    if (!of &&
        !(after < lim && (sg_tok_is(doc, after, ",") || sg_i_reporting_at(cx, after))) &&
        !(comma && (after >= lim || sg_tok_is(doc, after, ".")) &&
          inverted_speaker(cx, t0))) {
        return SG_OK;
    }
    return sg_i_add_edge(cx, person, cx->m[m].entity, SG_EDGE_MEMBER_OF, NULL,
                         doc->toks[t].sent, t, t + 1, 0);
}

/* Does the name at token tb open its line, alone, after "By" or after a bullet? */
static int line_start(const sg_textdoc_t *doc, size_t tb) {
    return (doc->toks[tb].flags & SG_TF_PARA_START) ||
           (tb > 0 && (doc->toks[tb - 1].flags & SG_TF_PARA_START) &&
            (sg_tok_is(doc, tb - 1, "by") || sg_i_bullet_at(doc, tb - 1)));
}

/* Does sentence s speak of STPs or of leading? */
static int speaks_of_leading(const sg_i_ctx_t *cx, size_t s) {
    static const char *const lead_words[] = {"leader", "leaders", "lead", "leads", "led"};
    const sg_sentence_t *st = &cx->doc->sents[s];

    for (size_t k = st->tok_begin; k < st->tok_end; k++) {
        long e = entity_at(cx, k);
        if (IN_LIST(cx->doc, k, lead_words) ||
            (e >= 0 && strcmp(cx->ents[e].name, SG_I_PROGRAMME) == 0)) {
            return 1;
        }
    }
    return 0;
}

/* "The STP leaders include Tim Goodson (Dorset), Angela Pedder (Devon) ...", or a
 * list's line "- Mark Rogers, chief executive of Birmingham City Council
 * (Birmingham and Solihull)": a footprint in brackets after a person (before any
 * other), in a sentence that speaks of STPs or of leading (for a list's line, or in
 * the three sentences before the list; for a sentence opening with "They", "These"
 * or "Among", or in the two before it), is the one the person leads. */
static sg_err_t footprint_in_brackets(sg_i_ctx_t *cx, const sg_i_mention_t *pm,
                                      size_t lim) {
    const sg_textdoc_t *doc = cx->doc;
    size_t t = pm->te;
    long m = -1;

    for (; t + 2 < lim && m < 0; t++) {
        long o = entity_at(cx, t);
        if ((o >= 0 && cx->ents[o].type == SG_NODE_PERSON) || sg_i_reporting_at(cx, t)) {
            return SG_OK; /* not past another person, nor into what the person said */
        }
        if (sg_tok_is(doc, t, "(")) {
            m = mention_from(cx, t + 1);
            if (m < 0 || !sg_tok_is(doc, cx->m[m].te, ")")) {
                return SG_OK;
            }
        }
    }
    if (m < 0 || cx->ents[cx->m[m].entity].type != SG_NODE_STP ||
        strcmp(cx->ents[cx->m[m].entity].name, SG_I_PROGRAMME) == 0) {
        return SG_OK;
    }
    size_t s = doc->toks[t].sent, s0 = s;
    if (pm->tb > 0 && sg_i_bullet_at(doc, pm->tb - 1)) {
        /* a list's line: the list's first line, then three sentences before it */
        size_t p = doc->sents[s].para, top = p > 64 ? p - 64 : 0; /* a list's length */
        while (p > top && sg_i_bullet_at(doc, doc->paras[p - 1].tok_begin)) {
            p--;
        }
        s0 = doc->paras[p].sent_begin;
        s0 = s0 > 3 ? s0 - 3 : 0;
    } else {
        /* a sentence that goes on from the two before: "... the leaders of all 44
         * footprints. Of the 44, 36 are led by ... They include X (Dorset)" */
        size_t sb = doc->sents[s].tok_begin;
        int include = 0; /* (or a list that "include" opens: "Six STP leaders have
                          * written ... The signatories include X (Dorset)") */
        for (size_t k = sb; k < pm->tb && k < sb + 8; k++) {
            include |= sg_tok_is(doc, k, "include") || sg_tok_is(doc, k, "included") ||
                       sg_tok_is(doc, k, "includes");
        }
        s0 = sg_tok_is(doc, sb, "they") || sg_tok_is(doc, sb, "these") ||
                     sg_tok_is(doc, sb, "those") || sg_tok_is(doc, sb, "among") || include
                 ? (s > 2 ? s - 2 : 0)
                 : s;
    }
    for (size_t k = s0; k <= s; k++) {
        if (speaks_of_leading(cx, k)) {
            return sg_i_add_edge(cx, pm->entity, cx->m[m].entity, SG_EDGE_LEADS, NULL, s,
                                 t - 1, cx->m[m].te + 1, 0);
        }
    }
    return SG_OK;
}

/* A list of a body's members: "The Dunmore STP board met on Thursday. Its members
 * are:" and lines "- Sue Baxter, chief executive, Dunmore Hospitals (chair)". The
 * person opening a line of the list is a member of the body named last before it,
 * in a paragraph that ends with a colon and speaks of members (of a body other
 * than the programme); a leader when the line says "(chair)". */
static sg_err_t members_line(sg_i_ctx_t *cx, const sg_i_mention_t *pm) {
    static const char *const member_words[] = {"members", "membership"};
    static const char *const chairs[] = {"chair", "chairman", "chairwoman", "chairperson",
                                         "co-chair"};
    const sg_textdoc_t *doc = cx->doc;

    if (pm->tb == 0 || !sg_i_bullet_at(doc, pm->tb - 1)) {
        return SG_OK;
    }
    size_t s = doc->toks[pm->tb].sent, p = doc->sents[s].para;
    size_t top = p > 64 ? p - 64 : 0; /* a list's length */
    while (p > top && sg_i_bullet_at(doc, doc->paras[p - 1].tok_begin)) {
        p--;
    }
    if (p == 0) {
        return SG_OK;
    }
    const sg_paragraph_t *in = &doc->paras[p - 1];
    if (in->tok_end < in->tok_begin + 3 || !sg_tok_is(doc, in->tok_end - 1, ":")) {
        return SG_OK;
    }
    long body = -1;
    int members = 0;
    for (size_t k = in->tok_begin; k < in->tok_end; k++) {
        long m = sg_i_mention_at(cx, k);
        long e = m >= 0 ? sg_i_role_body(cx, m) : -1;
        members |= IN_LIST(doc, k, member_words);
        if (e >= 0 && cx->ents[e].type != SG_NODE_PERSON &&
            strcmp(cx->ents[e].name, SG_I_PROGRAMME) != 0) {
            body = e;
            k = cx->m[m].te - 1;
        }
    }
    if (body < 0 || !members) {
        return SG_OK;
    }
    size_t pe = doc->paras[doc->sents[s].para].tok_end;
    sg_edge_type_t type = SG_EDGE_MEMBER_OF;
    for (size_t k = pm->te; k + 2 < pe; k++) {
        if (sg_tok_is(doc, k, "(") && IN_LIST(doc, k + 1, chairs) &&
            sg_tok_is(doc, k + 2, ")")) {
            type = SG_EDGE_LEADS;
        }
    }
    return sg_i_add_edge(cx, pm->entity, body, type, NULL, s, pm->tb, pm->te, 0);
}

/* Does the line opening at token b begin, past a bullet, with a footprint's name
 * and a colon or a dash ("Devon: ...", "• Dorset – ...")? Its footprint, or -1. */
static long footprint_line(const sg_i_ctx_t *cx, size_t b) {
    long m =
        mention_from(cx, b < cx->doc->ntoks && sg_i_bullet_at(cx->doc, b) ? b + 1 : b);
    long e = m >= 0 ? cx->m[m].entity : -1;
    return e >= 0 && cx->ents[e].type == SG_NODE_STP &&
                   strcmp(cx->ents[e].name, SG_I_PROGRAMME) != 0 &&
                   (sg_tok_is(cx->doc, cx->m[m].te, ":") ||
                    sg_tok_is(cx->doc, cx->m[m].te, "-") ||
                    sg_tok_is(cx->doc, cx->m[m].te, "|"))
               ? e
               : -1;
}

/* "STP leaders: who's who" and lines "Devon: Angela Pedder, chief executive, Royal
 * Devon and Exeter NHS Foundation Trust" ("• Dorset – Tim Goodson, ..."): a person
 * after a footprint's name and a colon or a dash, on a line of a list (no full stop,
 * nothing said) that speaks of STPs or of leading (or the three sentences before its
 * first line do), leads it. */
static sg_err_t footprint_line_lead(sg_i_ctx_t *cx, const sg_i_mention_t *pm) {
    const sg_textdoc_t *doc = cx->doc;
    size_t p = doc->sents[doc->toks[pm->tb].sent].para;
    size_t pb = doc->paras[p].tok_begin, pe = doc->paras[p].tok_end;
    long fp = pm->tb >= pb + 2 ? footprint_line(cx, pb) : -1;

    if (fp < 0 ||
        !(sg_tok_is(doc, pm->tb - 1, ":") || sg_tok_is(doc, pm->tb - 1, "-") ||
          sg_tok_is(doc, pm->tb - 1, "|")) ||
        (doc->toks[pe - 1].kind == SG_TK_PUNCT && !sg_tok_is(doc, pe - 1, "|") &&
         !(sg_tok_is(doc, pe - 1, ".") &&
           doc->paras[p].sent_end == doc->paras[p].sent_begin + 1))) {
        return SG_OK; /* (a line, or one sentence: "Dorset: X, chief executive of Y.") */
    }
    for (size_t k = pm->te; k < pe; k++) {
        if (sg_i_reporting_at(cx, k) || doc->toks[k].kind == SG_TK_QUOTE ||
            (sg_tok_is(doc, pe - 1, ".") && sg_i_auxiliary(doc, k))) {
            return SG_OK; /* (a sentence with a verb says what it says) */
        }
    }
    size_t top = p > 64 ? p - 64 : 0; /* a list's length */
    while (p > top && footprint_line(cx, doc->paras[p - 1].tok_begin) >= 0) {
        p--;
    }
    size_t s0 = doc->paras[p].sent_begin, s = doc->toks[pm->tb].sent;
    for (size_t k = s0 > 3 ? s0 - 3 : 0; k <= s; k++) {
        if (speaks_of_leading(cx, k)) {
            return sg_i_add_edge(cx, pm->entity, fp, SG_EDGE_LEADS, NULL, s, pb, pm->tb,
                                 0);
        }
    }
    return SG_OK;
}

/* "Its members include Dr X, clinical chair of Y, and Z, director of finance at W":
 * a person listed after a body's "members include" (or "members are") in its
 * sentence is a member of the body ("its", or the one named before "'s", past
 * "board": "The Tarn STP board's members include"). */
static sg_err_t members_include(sg_i_ctx_t *cx, const sg_i_mention_t *pm) {
    const sg_textdoc_t *doc = cx->doc;
    size_t sb = doc->sents[doc->toks[pm->tb].sent].tok_begin;

    for (size_t k = pm->tb; k-- > sb + 1;) {
        if (sg_tok_is(doc, k, "who") || sg_tok_is(doc, k, "which") ||
            sg_i_reporting_at(cx, k) || doc->toks[k].kind == SG_TK_QUOTE) {
            return SG_OK; /* (not past a clause of its own) */
        }
        if (!((sg_tok_is(doc, k, "include") || sg_tok_is(doc, k, "includes") ||
               sg_tok_is(doc, k, "are")) &&
              (sg_tok_is(doc, k - 1, "members") || sg_tok_is(doc, k - 1, "membership") ||
               sg_tok_is(doc, k - 1, "board")))) {
            continue; /* (or "The Devon STP's board includes A (X), B (Y)") */
        }
        size_t j = k - 1; /* the possessor before "members" */
        long body = -1;
        if (j > sb && sg_tok_is(doc, j - 1, "its")) {
            body = its_body(cx, j - 1);
        } else if (j > sb + 1 && sg_i_possessive_at(doc, j - 1)) {
            size_t e = j - 1 - (sg_tok_is(doc, j - 2, "board") ? 1 : 0);
            long bm = e > sb ? sg_i_mention_at(cx, e - 1) : -1;
            body = bm >= 0 && cx->m[bm].te == e ? sg_i_role_body(cx, bm) : -1;
        }
        if (body < 0 || cx->ents[body].type == SG_NODE_PERSON) {
            return SG_OK;
        }
        /* (with a role of no other body after the name, the board's: "Dr Ann Fry,
         * independent chair; Tom Blake, chief executive of X") */
        size_t t = pm->te, lim = doc->sents[doc->toks[pm->tb].sent].tok_end, rb, re, kind;
        if (t + 1 < lim && sg_tok_is(doc, t, ",") &&
            find_role(cx, t + 1, lim, &rb, &re, &kind) && plain_words(cx, t + 1, rb) &&
            (re >= lim || sg_tok_is(doc, re, ";") || sg_tok_is(doc, re, ",") ||
             sg_tok_is(doc, re, ".") || sg_tok_is(doc, re, "and"))) {
            return add_role_edge(cx, pm->entity, body, kind, doc->toks[pm->tb].sent, rb,
                                 re);
        }
        return sg_i_add_edge(cx, pm->entity, body, SG_EDGE_MEMBER_OF, NULL,
                             doc->toks[pm->tb].sent, k - 1, k + 1, 0);
    }
    return SG_OK;
}

/* The plan the last STP mention before mention mi stands for (a footprint, or the
 * programme), however far back: a list or a fact box follows the plan's name (past
 * a footprint named as a place: "Clinical lead: Dr X, a GP in Dorset"); -1 when
 * none. */
static long plan_named_before(const sg_i_ctx_t *cx, long mi) {
    long place = -1;
    while (mi-- > 0) {
        long e = cx->m[mi].entity;
        if (e >= 0 && cx->ents[e].type == SG_NODE_STP) {
            if (!sg_i_footprint_as_place(cx, mi)) {
                return sg_i_role_body(cx, mi);
            }
            place = place < 0 ? e : place;
        }
    }
    return place;
}

/* A fact box's line "Leader: Dr Owen Tate, chief executive, Y" (or "Chair:",
 * "Senior responsible officer:"): the person after an STP's role and a colon at
 * the line's start leads the footprint named last before it (or holds another role
 * in it: "Clinical lead: Dr X"). */
static sg_err_t label_line_lead(sg_i_ctx_t *cx, const sg_i_mention_t *m) {
    static const char *const labels[] = {"leader", "lead", "chair", "sro"};
    const sg_textdoc_t *doc = cx->doc;
    size_t pb = doc->paras[doc->sents[doc->toks[m->tb].sent].para].tok_begin;
    size_t rb = 0, re = 0, kind = SG_I_ROLE_LEADS;

    if (m->tb < pb + 2 || !sg_tok_is(doc, m->tb - 1, ":")) {
        return SG_OK;
    }
    int lead = IN_LIST(doc, pb, labels) ||
                       (sg_tok_is(doc, pb, "led") && sg_tok_is(doc, pb + 1, "by"))
                   ? m->tb == pb + 2 + sg_tok_is(doc, pb + 1, "by")
                   : m->tb == pb + 4 && sg_tok_is(doc, pb, "senior") &&
                         sg_tok_is(doc, pb + 1, "responsible") &&
                         sg_tok_is(doc, pb + 2, "officer");
    if (!lead) {
        /* (or another role of it: "Clinical lead: Dr X"; a portfolio's before it, a
         * member's: "Finance lead: Y") */
        if (m->tb > pb + 6 || !find_role(cx, pb, m->tb - 1, &rb, &re, &kind) ||
            rb > pb + 2 || re + 1 != m->tb) {
            return SG_OK; /* (up to two words before it: "Local government lead") */
        }
        for (size_t k = pb; k < rb; k++) {
            if (doc->toks[k].kind != SG_TK_WORD) {
                return SG_OK;
            }
        }
        kind = rb > pb ? SG_I_ROLE_MEMBER : kind;
    }
    long e = plan_named_before(cx, m - cx->m);
    return e < 0 || strcmp(cx->ents[e].name, SG_I_PROGRAMME) == 0
               ? SG_OK
               : sg_i_add_edge(cx, m->entity, e, role_edge(kind), NULL,
                               doc->toks[m->tb].sent, pb, m->tb - 1, 0);
}

/* Where the list of persons whose later one starts at token t opens ("A" of "A,
 * B and C" from "C"), after sb; t when no person is listed right before. */
static size_t persons_listed_from(const sg_i_ctx_t *cx, size_t t, size_t sb) {
    const sg_textdoc_t *doc = cx->doc;

    for (int n = 0; n < 8 && t > sb + 2; n++) {
        size_t j = t - 1;
        if (!sg_tok_is(doc, j, ",") && !sg_tok_is(doc, j, "and")) {
            break;
        }
        j -= sg_tok_is(doc, j, "and") && sg_tok_is(doc, j - 1, ","); /* (", and") */
        long pm = sg_i_mention_at(cx, j - 1);
        if (pm < 0 || cx->m[pm].te != j || cx->m[pm].entity < 0 ||
            cx->ents[cx->m[pm].entity].type != SG_NODE_PERSON) {
            break;
        }
        t = cx->m[pm].tb;
    }
    return t;
}

/* "Labour MP Clive Lewis", "Labour MP for Wexmoor East Tom Ash": a member of the
 * party named before the letters; each one of a list after them in the plural
 * ("Conservative MPs A, B and C"). */
static sg_err_t party_before(sg_i_ctx_t *cx, const sg_i_mention_t *m) {
    const sg_textdoc_t *doc = cx->doc;
    size_t j = m->tb, sb = doc->sents[doc->toks[m->tb].sent].tok_begin;

    if (j > sb + 2 && (sg_tok_is(doc, j - 1, ",") || sg_tok_is(doc, j - 1, "and"))) {
        size_t ls = persons_listed_from(cx, j, sb);
        long party = ls >= sb + 2 && sg_i_postnominal(doc, ls - 1) &&
                             doc->text[doc->toks[ls - 1].end - 1] == 's' &&
                             sg_i_party_word(doc, ls - 2)
                         ? entity_at(cx, ls - 2)
                         : -1;
        if (ls < j) {
            return party < 0 || cx->ents[party].type != SG_NODE_ORGANISATION
                       ? SG_OK
                       : sg_i_add_edge(cx, m->entity, party, SG_EDGE_MEMBER_OF, NULL,
                                       doc->toks[ls - 1].sent, ls - 1, ls, 0);
        }
    }
    /* "Labour's candidate for the seat, X": the party's candidate is a member */
    for (size_t k = j > sb + 2 && sg_tok_is(doc, j - 1, ",") ? j - 1 : sb;
         k-- > sb + 2 && k + 8 > j;) {
        /* (past a word between: "Labour's parliamentary candidate") */
        size_t w = k - (k >= sb + 3 && doc->toks[k - 1].kind == SG_TK_WORD &&
                        !sg_i_is_cap(doc, k - 1) && sg_i_possessive_at(doc, k - 2));
        if (!sg_tok_is(doc, k, "candidate") || !sg_i_possessive_at(doc, w - 1)) {
            continue;
        }
        long party = sg_i_party_word(doc, w - 2) ? entity_at(cx, w - 2) : -1;
        return party >= 0 && cx->ents[party].type == SG_NODE_ORGANISATION
                   ? sg_i_add_edge(cx, m->entity, party, SG_EDGE_MEMBER_OF, NULL,
                                   doc->toks[k].sent, k, k + 1, 0)
                   : SG_OK;
    }
    j -= j > sb + 2 && sg_tok_is(doc, j - 1, ","); /* "The Labour MP for Y, X" */
    for (size_t k = j; k-- > sb + 1 && k + 6 > j;) {
        if (sg_tok_is(doc, k, "for") &&
            (sg_i_postnominal(doc, k - 1) || sg_tok_is(doc, k - 1, "candidate"))) {
            j = k; /* past the seat (a candidate's too) */
            break;
        }
        if (!sg_i_is_cap(doc, k) || sg_i_mention_at(cx, k) >= 0) {
            break;
        }
    }
    size_t cue = j - 1; /* the letters, or the party's word right before the name:
                         * "Conservative Sarah Hale" */
    if (j == m->tb && j > sb && sg_i_party_word(doc, j - 1)) {
        j++;
        cue = m->tb - 1;
    } else {
        long pm = j >= sb + 2 ? sg_i_mention_at(cx, j - 2) : -1; /* ("Green Party") */
        if (j < sb + 2 ||
            !(sg_i_postnominal(doc, j - 1) || sg_tok_is(doc, j - 1, "candidate")) ||
            !(sg_i_party_word(doc, j - 2) ||
              (pm >= 0 && sg_i_party_word(doc, cx->m[pm].tb)))) {
            return SG_OK; /* (or a candidate: "Green Party candidate X") */
        }
    }
    long party = entity_at(cx, j - 2);
    if (party < 0 || cx->ents[party].type != SG_NODE_ORGANISATION) {
        return SG_OK;
    }
    return sg_i_add_edge(cx, m->entity, party, SG_EDGE_MEMBER_OF, NULL,
                         doc->toks[cue].sent, cue, cue + 1, 0);
}

/* A byline's line of names and a body: "Jane Doe, The King's Fund", "By A and B,
 * Tarn Care Network" - each person named on it a member; m is the line's first
 * mention (the line is read once, from its first name). */
static sg_err_t byline_body(sg_i_ctx_t *cx, const sg_i_mention_t *m) {
    const sg_textdoc_t *doc = cx->doc;
    const sg_paragraph_t *pa = &doc->paras[doc->sents[doc->toks[m->tb].sent].para];
    size_t k = pa->tok_begin + (sg_tok_is(doc, pa->tok_begin, "by") ? 1 : 0);
    size_t first = k;
    int comma = 0; /* the last joint was a comma */

    if (m->tb != k) {
        return SG_OK;
    }
    /* the people first, joined by "and" or commas, then a comma and one body that
     * ends the line */
    while (k < pa->tok_end) {
        k += sg_tok_is(doc, k, "the") ? 1 : 0;
        long mk = sg_i_mention_at(cx, k);
        if (mk < 0 || cx->m[mk].tb != k) {
            return SG_OK;
        }
        long e = cx->m[mk].entity;
        k = cx->m[mk].te;
        if (cx->ents[e].type != SG_NODE_PERSON) {
            if (!comma || k != pa->tok_end || cx->ents[e].type == SG_NODE_STP) {
                return SG_OK;
            }
            for (size_t j = first; j < cx->m[mk].tb; j++) { /* each person on it */
                long pm = sg_i_mention_at(cx, j);
                if (pm >= 0 && cx->m[pm].tb == j) {
                    sg_err_t rc =
                        sg_i_add_edge(cx, cx->m[pm].entity, e, SG_EDGE_MEMBER_OF, NULL,
                                      doc->toks[j].sent, j, cx->m[pm].te, 0);
                    if (rc != SG_OK) {
                        return rc;
                    }
                    j = cx->m[pm].te - 1;
                }
            }
            return SG_OK;
        }
        comma = k < pa->tok_end && sg_tok_is(doc, k, ",");
        if (k < pa->tok_end && (comma || sg_tok_is(doc, k, "and"))) {
            k++;
        }
    }
    return SG_OK;
}

/* Does the line at token t open with a role or a body ("Director of policy,
 * Carers Network", "NHS England chief executive"), as a signature's second line
 * does (not "As a council leader, I have had my frustrations with the STP")? */
static int roles_line(const sg_i_ctx_t *cx, size_t t) {
    size_t rb, re, kind, j = past_determiners(cx->doc, t, sent_end(cx->doc, t));

    return entity_at(cx, j) >= 0 ||
           (find_role(cx, j, sent_end(cx->doc, j), &rb, &re, &kind) && rb == j);
}

/* "Tarn CCG has appointed X as chief officer", "The STP has named X, a GP, as the
 * chair of its board": the person mention mi is given a role by the body that is
 * the verb's subject. A role that names its own body ("as chief executive of Y")
 * is roles_after's: here only when an apposition stands between. */
static sg_err_t appointed_by(sg_i_ctx_t *cx, size_t mi) {
    static const char *const verbs[] = {"appointed", "appoints", "named",    "names",
                                        "elected",   "chosen",   "selected", "hired",
                                        "recruited", "picked",   "confirmed"};
    static const char *const aux[] = {"has",      "have", "had",     "now",       "today",
                                      "formally", "also", "finally", "officially"};
    const sg_textdoc_t *doc = cx->doc;
    const sg_i_mention_t *m = &cx->m[mi];
    size_t lim = sent_end(doc, m->tb), v = m->tb, b, as = m->te, rb, re, kind, after;
    /* or the role the verb fills before the name: "has appointed a joint director
     * of commissioning, X." (no body of the role's own named) */
    int apposed = 0;
    for (size_t k = v > 3 ? v - 2 : v; k < v && k + 8 > v && !apposed && k > 2; k--) {
        if (!sg_tok_is(doc, v - 1, ",") || !find_role(cx, k, v - 1, &rb, &re, &kind) ||
            rb != k || !(re == v - 1 || portfolio(cx, re, v - 1))) {
            continue;
        }
        size_t d = rb; /* (past words before the role: "a new joint") */
        while (d > rb - 3 && d > 1 && plain_words(cx, d - 1, d) &&
               !IN_LIST(doc, d - 1, skip_words) && !IN_LIST(doc, d - 1, verbs)) {
            d--;
        }
        apposed = d > 1 && IN_LIST(doc, d - 1, skip_words) &&
                  IN_LIST(doc, d - 2, verbs) && role_target(cx, re, v - 1, &after) < 0;
        v = apposed ? d - 1 : v;
    }

    if (v == 0 || !IN_LIST(doc, v - 1, verbs) ||
        doc->toks[v - 1].sent != doc->toks[v].sent) {
        return SG_OK;
    }
    for (b = v - 1; b > 0 && IN_LIST(doc, b - 1, aux);) {
        b--;
    }
    long bm = b > 0 ? sg_i_mention_at(cx, b - 1) : -1;
    if (bm < 0 || cx->m[bm].te != b || doc->toks[b - 1].sent != doc->toks[v].sent) {
        return SG_OK;
    }
    long body = sg_i_role_body(cx, bm);
    if (body < 0 || cx->ents[body].type == SG_NODE_PERSON) {
        return SG_OK;
    }
    if (apposed) {
        char *role = role_text(doc, rb, re);
        sg_err_t rc = role ? sg_i_add_edge(cx, m->entity, body, role_edge(kind), role,
                                           doc->toks[v].sent, rb, re, 0)
                           : SG_ENOMEM;
        /* (of each body the verb's subjects list: "A and B have appointed a joint
         * director, X") */
        for (long k = bm; rc == SG_OK && k > 0 && cx->m[k].tb > 1 &&
                          (sg_tok_is(doc, cx->m[k].tb - 1, "and") ||
                           sg_tok_is(doc, cx->m[k].tb - 1, ","));) {
            long pm = sg_i_mention_at(cx, cx->m[k].tb - 2);
            long pe =
                pm >= 0 && cx->m[pm].te == cx->m[k].tb - 1 ? sg_i_role_body(cx, pm) : -1;
            if (pe < 0 || cx->ents[pe].type == SG_NODE_PERSON) {
                break;
            }
            rc = sg_i_add_edge(cx, m->entity, pe, role_edge(kind), role,
                               doc->toks[v].sent, rb, re, 0);
            k = pm;
        }
        free(role);
        return rc;
    }
    if (sg_tok_is(doc, as, ",")) { /* "X, a GP, as chair" */
        for (as++; as < lim && as < m->te + 12 && !sg_tok_is(doc, as, ","); as++) {
        }
        as++;
    }
    if (as >= lim || !sg_tok_is(doc, as, "as")) {
        return SG_OK;
    }
    size_t t = as + 1;
    int its = 0;
    while (t < lim && IN_LIST(doc, t, skip_words)) {
        its |= sg_tok_is(doc, t, "its") || sg_tok_is(doc, t, "their");
        t++;
    }
    if (!find_role(cx, t, lim, &rb, &re, &kind)) {
        return SG_OK;
    }
    if (!plain_words(cx, t, rb)) {
        return SG_OK; /* "as its new chief officer", not "as former chief officer" */
    }
    if (role_target(cx, re, lim, &after) >= 0) { /* the role names its body */
        return as == m->te ? SG_OK : roles_after(cx, m->entity, as + 1);
    }
    if (its && as == m->te) {
        return SG_OK; /* roles_after reads "its" as the body before it: the subject */
    }
    char *role = role_text(doc, rb, re);
    if (!role) {
        return SG_ENOMEM;
    }
    sg_err_t rc = sg_i_add_edge(cx, m->entity, body, role_edge(kind), role,
                                doc->toks[v].sent, v - 1, v, 0);
    free(role);
    return rc;
}

/* Where what an evaluation at cue c judges may start, from `from` on: after "as",
 * the object right before it ("welcomed the announcement as “a step in the right
 * direction”": the announcement, not the body in the speaker's apposition before
 * it; "described the Tarn STP as ...": the STP). A subject before "is seen as"
 * (no object: no determiner before "as") is left to the search. */
static size_t as_object(const sg_i_ctx_t *cx, size_t from, size_t c) {
    const sg_textdoc_t *doc = cx->doc;
    size_t as = c > from && doc->toks[c - 1].kind == SG_TK_QUOTE ? c - 1 : c;

    if (as <= from + 1 || !sg_tok_is(doc, as - 1, "as")) {
        return from;
    }
    as--;
    long m = sg_i_mention_at(cx, as - 1);
    if (m >= 0 && cx->m[m].te == as) {
        return cx->m[m].tb > from ? cx->m[m].tb : from;
    }
    for (size_t k = as; k-- > from && k + 6 > as;) {
        if (IN_LIST(doc, k, skip_words) || sg_tok_is(doc, k, "this") ||
            sg_tok_is(doc, k, "these")) {
            return k;
        }
        if (doc->toks[k].kind != SG_TK_WORD || sg_i_is_cap(doc, k)) {
            break;
        }
    }
    return from;
}

/* Is mention i the first of "Ann Lee and Tom Reid, the chief executives of ...":
 * two people and a role in the plural (its words in [*rb, *re), the second person's
 * mention in *bm)? */
static int pair_at(const sg_i_ctx_t *cx, size_t i, size_t lim, size_t *rb, size_t *re,
                   size_t *kind, long *bm) {
    const sg_textdoc_t *doc = cx->doc;
    const sg_i_mention_t *a = &cx->m[i];

    *bm = sg_tok_is(doc, a->te, "and") ? mention_from(cx, a->te + 1) : -1;
    if (*bm < 0 || cx->ents[cx->m[*bm].entity].type != SG_NODE_PERSON ||
        !sg_tok_is(doc, cx->m[*bm].te, ",")) {
        return 0;
    }
    size_t t = past_determiners(doc, cx->m[*bm].te + 1, lim);
    size_t n = sg_i_match_plural(cx->lex, SG_I_T_ROLES, doc, t, lim, kind);
    *rb = t;
    *re = t + n;
    return n > 0;
}

/* A role in the plural from token t (past "joint", "two": "the STP's joint
 * leaders"), in [*rb, *re) with its kind; 0 when none. */
static int plural_role_at(const sg_i_ctx_t *cx, size_t t, size_t lim, size_t *rb,
                          size_t *re, size_t *kind) {
    static const char *const joint[] = {"joint", "two", "three", "both"};
    const sg_textdoc_t *doc = cx->doc;

    while (t < lim && IN_LIST(doc, t, joint)) {
        t++;
    }
    size_t n = t < lim ? sg_i_match_plural(cx->lex, SG_I_T_ROLES, doc, t, lim, kind) : 0;
    if (!n || doc->text[doc->toks[t + n - 1].end - 1] != 's') {
        return 0; /* (a role in the singular is read with its one person) */
    }
    *rb = t;
    *re = t + n;
    return 1;
}

/* The role of one of those a plural role names, in place: "co-chairs" a
 * "co-chair" (the last word's plural "s" dropped, not a word's own "ss"). */
static void role_of_one(char *role) {
    size_t n = strlen(role);
    if (n > 2 && role[n - 1] == 's' && role[n - 2] != 's') {
        role[n - 1] = '\0';
    }
}

/* "Ann Lee and Tom Reid, the chief executives of Tarn CCG and Hale CCG
 * (respectively)": each person the role's in the body named in turn (one body:
 * both people's). For mention i, the first person: 1 when the words are there
 * (the edges added, or an error in *rc), else 0. */
static int paired_roles(sg_i_ctx_t *cx, size_t i, size_t lim, sg_err_t *rc) {
    const sg_textdoc_t *doc = cx->doc;
    size_t rb, re, kind, after;
    long bm, y = -1;

    *rc = SG_OK;
    /* ("A and B, the Tarnshire STP's joint leaders,": the one body's role each) */
    const sg_i_mention_t *a = &cx->m[i];
    bm = sg_tok_is(doc, a->te, "and") ? mention_from(cx, a->te + 1) : -1;
    size_t ot = bm >= 0 && sg_tok_is(doc, cx->m[bm].te, ",")
                    ? past_determiners(doc, cx->m[bm].te + 1, lim)
                    : lim;
    long om = ot < lim ? sg_i_mention_at(cx, ot) : -1;
    if (om >= 0 && cx->m[om].tb == ot && sg_i_possessive_at(doc, cx->m[om].te) &&
        cx->ents[cx->m[bm].entity].type == SG_NODE_PERSON &&
        plural_role_at(cx, cx->m[om].te + 1, lim, &rb, &re, &kind)) {
        long x = sg_i_role_body(cx, om);
        char *role = x >= 0 ? role_text(doc, rb, re) : NULL;
        if (x >= 0 && !role) {
            *rc = SG_ENOMEM;
            return 1;
        }
        if (role) {
            role_of_one(role);
            size_t sent = doc->toks[rb].sent;
            *rc = sg_i_add_edge(cx, a->entity, x, role_edge(kind), role, sent, rb, re, 0);
            *rc = *rc == SG_OK ? sg_i_add_edge(cx, cx->m[bm].entity, x, role_edge(kind),
                                               role, sent, rb, re, 0)
                               : *rc;
            free(role);
            return 1;
        }
    }
    if (!pair_at(cx, i, lim, &rb, &re, &kind, &bm)) {
        return 0;
    }
    long x = role_target(cx, re, lim, &after);
    if (x < 0) {
        return 1;
    }
    if (sg_tok_is(doc, after, "and")) {
        long ym = mention_from(cx, past_determiners(doc, after + 1, lim));
        y = ym >= 0 ? sg_i_role_body(cx, ym) : -1;
        y = y >= 0 && cx->ents[y].type != SG_NODE_PERSON ? y : -1;
    }
    char *role = role_text(doc, rb, re);
    if (!role) {
        *rc = SG_ENOMEM;
        return 1;
    }
    role_of_one(role); /* "chief executive" */
    size_t sent = doc->toks[rb].sent;
    *rc = sg_i_add_edge(cx, cx->m[i].entity, x, role_edge(kind), role, sent, rb, re, 0);
    if (*rc == SG_OK) {
        *rc = sg_i_add_edge(cx, cx->m[bm].entity, y >= 0 ? y : x, role_edge(kind), role,
                            sent, rb, re, 0);
    }
    free(role);
    return 1;
}

/* "Tarn CCG's chief executive, Jo Cole, and chair, Tim Ash, said": a role with no
 * body of its own after ", and", then the person m, is of the body the person before
 * has a role in. */
static sg_err_t shared_body_role(sg_i_ctx_t *cx, const sg_i_mention_t *m) {
    const sg_textdoc_t *doc = cx->doc;
    size_t t = m->tb, sb = doc->sents[doc->toks[t].sent].tok_begin, kind = 0;

    if (t < sb + 5 || !sg_tok_is(doc, t - 1, ",")) {
        return SG_OK;
    }
    for (size_t r = t - 2; r > sb + 2 && r + 5 > t; r--) {
        size_t n = sg_i_match_role(cx->lex, doc, r, t - 1, &kind);
        if (n != t - 1 - r || !sg_tok_is(doc, r - 1, "and") ||
            !sg_tok_is(doc, r - 2, ",")) {
            continue;
        }
        /* (the person's, or the body an apposition before named: "Jo Cole, chief
         * executive of Tarn CCG, and chair, Tim Ash") */
        long pm = sg_i_mention_at(cx, r - 3);
        pm = pm >= 0 && cx->m[pm].te == r - 2 && cx->m[pm].entity >= 0 ? pm : -1;
        long body = pm < 0 ? -1
                    : cx->ents[cx->m[pm].entity].type == SG_NODE_PERSON
                        ? cx->held_body[cx->m[pm].entity]
                    : apposed_person(cx, r - 2, sb, 0) >= 0 ? sg_i_role_body(cx, pm)
                                                            : -1;
        if (body < 0) {
            return SG_OK;
        }
        char *role = role_text(doc, r, t - 1);
        sg_err_t rc = role ? sg_i_add_edge(cx, m->entity, body, role_edge(kind), role,
                                           doc->toks[t].sent, r, t - 1, 0)
                           : SG_ENOMEM;
        free(role);
        return rc;
    }
    return SG_OK;
}

/* "Ann Lee and Tom Reid, the chief executive and chair of Tarn CCG (respectively)":
 * for mention i, the first person, each person the role named in turn of the one
 * body. 1 when the words are there (the edges added, or an error in *rc), else 0. */
static int paired_two_roles(sg_i_ctx_t *cx, size_t i, size_t lim, sg_err_t *rc) {
    const sg_textdoc_t *doc = cx->doc;
    const sg_i_mention_t *a = &cx->m[i];
    size_t k1, k2, after;

    *rc = SG_OK;
    long bm = sg_tok_is(doc, a->te, "and") ? mention_from(cx, a->te + 1) : -1;
    if (bm < 0 || cx->m[bm].tb != a->te + 1 || cx->m[bm].entity < 0 ||
        cx->ents[cx->m[bm].entity].type != SG_NODE_PERSON ||
        !sg_tok_is(doc, cx->m[bm].te, ",")) {
        return 0;
    }
    size_t r1 = past_determiners(doc, cx->m[bm].te + 1, lim);
    size_t n1 = sg_i_match(cx->lex, SG_I_T_ROLES, doc, r1, lim, &k1);
    size_t r2 = n1 && sg_tok_is(doc, r1 + n1, "and")
                    ? past_determiners(doc, r1 + n1 + 1, lim)
                    : lim;
    size_t n2 = r2 < lim ? sg_i_match(cx->lex, SG_I_T_ROLES, doc, r2, lim, &k2) : 0;
    long x = n2 ? role_target(cx, r2 + n2, lim, &after) : -1;
    if (x < 0) {
        return 0;
    }
    char *role1 = role_text(doc, r1, r1 + n1), *role2 = role_text(doc, r2, r2 + n2);
    size_t sent = doc->toks[r1].sent;
    *rc = role1 && role2 ? sg_i_add_edge(cx, a->entity, x, role_edge(k1), role1, sent, r1,
                                         r1 + n1, 0)
                         : SG_ENOMEM;
    if (*rc == SG_OK) {
        *rc = sg_i_add_edge(cx, cx->m[bm].entity, x, role_edge(k2), role2, sent, r2,
                            r2 + n2, 0);
    }
    free(role1);
    free(role2);
    return 1;
}

/* "Tarn Council and Hale Council share a chief executive, X", "The two councils
 * share a chief executive, X": a role the bodies share, before person mention m,
 * is each one's. */
static sg_err_t shared_role(sg_i_ctx_t *cx, const sg_i_mention_t *m) {
    static const char *const shares[] = {"share", "shares", "shared"};
    const sg_textdoc_t *doc = cx->doc;
    size_t t = m->tb, sb = doc->sents[doc->toks[t].sent].tok_begin;

    if (t < sb + 5 || !sg_tok_is(doc, t - 1, ",")) {
        return SG_OK;
    }
    size_t kind = 0, rb = t - 1; /* (a role and its portfolio: "a director of
                                  * public health") */
    for (size_t k = t > sb + 7 ? t - 7 : sb; k + 1 < t && rb == t - 1; k++) {
        size_t n = sg_i_match_role(cx->lex, doc, k, t - 1, &kind);
        if (n && (k + n == t - 1 || portfolio(cx, k + n, t - 1))) {
            kind = k + n == t - 1 ? kind : SG_I_ROLE_MEMBER;
            rb = k;
        }
    }
    if (rb + 1 >= t || rb < sb + 3 ||
        !(sg_tok_is(doc, rb - 1, "a") || sg_tok_is(doc, rb - 1, "an")) ||
        !IN_LIST(doc, rb - 2, shares)) {
        return SG_OK;
    }
    long owners[4];
    size_t no = 0, v = rb - 2, oe = v;
    for (size_t j0 = v > sb + 3 ? v - 3 : sb; no == 0 && j0 < v; j0++) {
        no = counted_bodies(cx, j0, v, owners, 4, &oe); /* "The two councils" */
        no = oe == v ? no : 0;
    }
    long b = no ? -1 : sg_i_mention_at(cx, v - 1); /* "A and B share" */
    long a = b >= 0 && cx->m[b].te == v && cx->m[b].tb > sb + 1 &&
                     sg_tok_is(doc, cx->m[b].tb - 1, "and")
                 ? sg_i_mention_at(cx, cx->m[b].tb - 2)
                 : -1;
    if (a >= 0 && cx->m[a].te + 1 == cx->m[b].tb && cx->m[a].entity >= 0 &&
        cx->m[b].entity >= 0 && cx->ents[cx->m[a].entity].type != SG_NODE_PERSON &&
        cx->ents[cx->m[b].entity].type != SG_NODE_PERSON) {
        owners[no++] = sg_i_role_body(cx, a);
        owners[no++] = sg_i_role_body(cx, b);
    }
    return no ? role_of_each(cx, m->entity, owners, no, rb, t - 1, kind,
                             doc->toks[t].sent)
              : SG_OK;
}

/* The stakeholders listed from token k, before lim ("A, B and C", "the A and the
 * B"), all persons or all not: up to max into out, their mentions; their number
 * (0 when none), *end the token past the list. */
static size_t mention_list(const sg_i_ctx_t *cx, size_t k, size_t lim, long *out,
                           size_t max, size_t *end) {
    const sg_textdoc_t *doc = cx->doc;
    size_t n = 0;
    int person = -1;

    while (n < max) {
        /* (past a body's kind and "local": "the campaign group X", "the local X
         * branch") */
        size_t j = past_determiners(doc, k, lim);
        j += j + 1 < lim && sg_tok_is(doc, j, "local") && sg_i_is_cap(doc, j + 1);
        long m = mention_from(cx, past_kind(doc, j, lim));
        if (m < 0 || cx->m[m].entity < 0 ||
            (person >= 0 &&
             (cx->ents[cx->m[m].entity].type == SG_NODE_PERSON) != person)) {
            break;
        }
        person = cx->ents[cx->m[m].entity].type == SG_NODE_PERSON;
        out[n++] = m;
        *end = k = cx->m[m].te;
        if (k + 1 < lim && sg_tok_is(doc, k, ",") && sg_tok_is(doc, k + 1, "and")) {
            k += 2;
        } else if (k < lim && (sg_tok_is(doc, k, ",") || sg_tok_is(doc, k, "and"))) {
            k++;
        } else {
            break;
        }
    }
    return n;
}

/* "A, B and C, the chief executives of X, Y and Z respectively", "X and Y, led by
 * A and B respectively": the persons and the bodies of sentence s paired in turn,
 * up to 8 each, into p and b, and the role's tokens [*rb, *re) with its kind (for
 * "led by": 0, and *rb == *re); their number, 0 when the sentence pairs none. */
static size_t respective_pairs(const sg_i_ctx_t *cx, size_t s, long *p, long *b,
                               size_t *rb, size_t *re, size_t *kind) {
    const sg_textdoc_t *doc = cx->doc;
    size_t sb = doc->sents[s].tok_begin, se = doc->sents[s].tok_end, r = se;

    for (size_t k = sb; cx->respectively && k < se; k++) {
        if (doc->toks[k].norm_len == 12 && sg_tok_is(doc, k, "respectively")) {
            r = k;
        }
    }
    for (size_t k = sb; r < se && k < r; k++) {
        long first[8], second[8];
        size_t e1 = k, e2 = k, n1 = mention_list(cx, k, r, first, 8, &e1);
        if (n1 < 2 || e1 + 3 >= r || !sg_tok_is(doc, e1, ",")) {
            continue;
        }
        size_t at = past_determiners(doc, e1 + 1, r), n2 = 0;
        int persons = cx->ents[cx->m[first[0]].entity].type == SG_NODE_PERSON;
        size_t rn = persons ? sg_i_match_plural(cx->lex, SG_I_T_ROLES, doc, at, r, kind)
                            : 0; /* ("the chief executives of") */
        *rb = at;
        *re = at + rn;
        if (rn && *re < r && (sg_tok_is(doc, *re, "of") || sg_tok_is(doc, *re, "at"))) {
            n2 = mention_list(cx, *re + 1, r, second, 8, &e2); /* "the leaders of" */
        } else if (!persons && at + 2 < r &&
                   (sg_tok_is(doc, at, "led") || sg_tok_is(doc, at, "chaired") ||
                    sg_tok_is(doc, at, "run")) &&
                   sg_tok_is(doc, at + 1, "by")) {
            *rb = *re = at;
            *kind = SG_I_ROLE_LEADS;
            n2 = mention_list(cx, at + 2, r, second, 8, &e2); /* "led by" */
        }
        if (n2 != n1 || e2 + (e2 < r && sg_tok_is(doc, e2, ",")) != r ||
            (cx->ents[cx->m[second[0]].entity].type == SG_NODE_PERSON) == persons) {
            return 0;
        }
        for (size_t i = 0; i < n1; i++) {
            p[i] = persons ? first[i] : second[i];
            b[i] = persons ? second[i] : first[i];
        }
        return n1;
    }
    return 0;
}

/* Is person mention mi one of those sentence s pairs "respectively"? */
static int paired_respectively(const sg_i_ctx_t *cx, size_t mi) {
    long p[8], b[8];
    size_t rb, re, kind;
    size_t n =
        respective_pairs(cx, cx->doc->toks[cx->m[mi].tb].sent, p, b, &rb, &re, &kind);
    for (size_t i = 0; i < n; i++) {
        if (p[i] == (long)mi) {
            return 1;
        }
    }
    return 0;
}

/* The roles of the persons a sentence pairs with bodies "respectively". */
static sg_err_t respective_roles(sg_i_ctx_t *cx) {
    const sg_textdoc_t *doc = cx->doc;
    sg_err_t rc = SG_OK;

    for (size_t s = 0; s < doc->nsents && rc == SG_OK; s++) {
        long p[8], b[8];
        size_t rb, re, kind;
        size_t n = respective_pairs(cx, s, p, b, &rb, &re, &kind);
        char *role = n && re > rb ? role_text(doc, rb, re) : NULL;
        if (role && role[0] && role[strlen(role) - 1] == 's') {
            role[strlen(role) - 1] = '\0'; /* the role of one: "chief executive" */
        }
        if (n && re > rb && !role) {
            return SG_ENOMEM;
        }
        for (size_t i = 0; i < n && rc == SG_OK; i++) {
            rc = sg_i_add_edge(cx, cx->m[p[i]].entity, sg_i_role_body(cx, b[i]),
                               role_edge(kind), role, s, rb, re > rb ? re : rb + 2, 0);
        }
        free(role);
    }
    return rc;
}

/* "The Dunmore STP has appointed a new leadership team. Paul Reid becomes
 * programme director": a role with no body of its own that person p takes at
 * token r (before lim), in the body the sentence before announces appointments
 * of (its first stakeholder, with "appointed", "named" or "announced"). */
static sg_err_t role_of_announcer(sg_i_ctx_t *cx, long p, size_t r, size_t lim) {
    static const char *const announcing[] = {"appointed", "appoints",  "named",
                                             "announced", "announces", "unveiled"};
    const sg_textdoc_t *doc = cx->doc;
    size_t rb, re, kind, after, s = doc->toks[r].sent;
    if (s == 0 || !find_role(cx, r, lim, &rb, &re, &kind) ||
        (rb != r && !(rb == r + 1 && IN_LIST(doc, r, qualifiers))) || /* ("interim") */
        role_target(cx, re, lim, &after) >= 0) {
        return SG_OK;
    }
    /* (the role's clause ends, past a time: "becomes programme director, joining
     * from X", "becomes chair from 1 May") */
    size_t ce = past_time(cx, re, lim);
    if (ce == re && re + 2 < lim && sg_tok_is(doc, re, "from")) {
        size_t k = re + 1 + (doc->toks[re + 1].kind == SG_TK_NUM);
        ce = past_time(cx, k, lim) > k ? past_time(cx, k, lim) : re;
    }
    if (ce < lim && !sg_tok_is(doc, ce, ",") && !sg_tok_is(doc, ce, ".") &&
        !sg_tok_is(doc, ce, "and")) {
        return SG_OK;
    }
    size_t ps = s - 1, pb = doc->sents[ps].tok_begin, pe = doc->sents[ps].tok_end;
    /* (or the one before, when this opens a second sentence of new names) */
    int said = 0;
    for (int back = 0; back < 2 && !said; back++) {
        pb = doc->sents[ps].tok_begin;
        pe = doc->sents[ps].tok_end;
        for (size_t k = pb; k < pe && !said; k++) {
            said = IN_LIST(doc, k, announcing);
        }
        if (!said && ps > 0) {
            ps--;
        }
    }
    long body = said ? sg_i_first_stakeholder(cx, pb, pe) : -1;
    size_t sb = doc->sents[s].tok_begin;
    /* (or the body the sentence before says its holder leaves: "The leader of the
     * X STP has stepped down. Y, chief executive of Z, will take over as interim
     * lead": X) */
    static const char *const leaving[] = {"resigned", "quit",     "quits",   "retire",
                                          "retiring", "retired",  "leaving", "stepped",
                                          "steps",    "stepping", "step"};
    /* (two sentences back at most: "... . X said he wanted to focus on Y. Z will
     * take over") */
    size_t lb = doc->sents[s > 1 ? s - 2 : 0].tok_begin, lk = lb;
    for (size_t k = lb; (body < 0 || cx->ents[body].type == SG_NODE_PERSON) && k < sb;
         k++) {
        lk = doc->toks[k].flags & SG_TF_SENT_START ? k : lk;
        if (IN_LIST(doc, k, leaving)) {
            for (size_t j = lk; j < k && body < 0; j++) {
                long e = entity_at(cx, j); /* (a plan named, not "STP lead quits") */
                body = e >= 0 && cx->ents[e].type != SG_NODE_PERSON &&
                               strcmp(cx->ents[e].name, SG_I_PROGRAMME) != 0
                           ? e
                           : -1;
            }
            break;
        }
    }
    if ((body < 0 || cx->ents[body].type == SG_NODE_PERSON) &&
        sg_i_first_stakeholder(cx, sb, r) == p) {
        /* (else the one body named before the role in its sentence, the person's
         * apposition's: "X, the STP's clinical lead, will act as interim senior
         * responsible officer") */
        body = -1;
        for (size_t k = sb; k < r && body != -2; k++) {
            long m = mention_from(cx, k), e = m >= 0 ? sg_i_role_body(cx, m) : -1;
            body = e < 0 || e == p || e == body                      ? body
                   : body >= 0 || cx->ents[e].type == SG_NODE_PERSON ? -2
                                                                     : e;
        }
    }
    if (body < 0 || cx->ents[body].type == SG_NODE_PERSON ||
        strcmp(cx->ents[body].name, SG_I_PROGRAMME) == 0) {
        return SG_OK;
    }
    return add_role_edge(cx, p, body, kind, s, rb, re);
}

/* "Tarn Council: “We back the plan.” – Cllr Jo Ash, leader": a role with no body of
 * its own that person p, named at mention m after a dash, takes at token r, ending
 * the line, in the body whose name labels the line (before its colon). */
static sg_err_t role_of_label(sg_i_ctx_t *cx, long p, const sg_i_mention_t *m, size_t r) {
    const sg_textdoc_t *doc = cx->doc;
    const sg_paragraph_t *pa = &doc->paras[doc->sents[doc->toks[m->tb].sent].para];
    size_t rb, re, kind, after, lim = pa->tok_end;
    long lm = sg_i_mention_at(cx, pa->tok_begin);

    if (m->tb == 0 || !sg_tok_is(doc, m->tb - 1, "-") || lm < 0 ||
        cx->m[lm].tb != pa->tok_begin || cx->m[lm].entity < 0 ||
        cx->ents[cx->m[lm].entity].type == SG_NODE_PERSON ||
        !sg_tok_is(doc, cx->m[lm].te, ":") || !find_role(cx, r, lim, &rb, &re, &kind) ||
        (rb != r && !(rb == r + 1 && (IN_LIST(doc, r, qualifiers) ||
                                      sg_i_same_word(doc, r, cx->m[lm].te - 1)))) ||
        role_target(cx, re, lim, &after) >= 0 ||
        !(re == lim || (re + 1 == lim && sg_tok_is(doc, re, ".")))) {
        return SG_OK;
    }
    return add_role_edge(cx, p, cx->m[lm].entity, kind, doc->toks[r].sent, rb, re);
}

/* "Jane Doe / Tarn Care Network": a body's name alone on the line opening at token
 * t, under a signature's or a byline's name, makes person p a member of it. */
static sg_err_t body_line(sg_i_ctx_t *cx, long p, size_t t) {
    const sg_textdoc_t *doc = cx->doc;
    const sg_paragraph_t *pa = &doc->paras[doc->sents[doc->toks[t].sent].para];
    long m = mention_from(cx, t);
    size_t e = m >= 0 ? cx->m[m].te : t;

    e += e + 1 == pa->tok_end && sg_tok_is(doc, e, ".");
    long body = m >= 0 && e == pa->tok_end && pa->tok_begin == t && cx->m[m].entity >= 0
                    ? sg_i_role_body(cx, m)
                    : -1;
    return body < 0 || cx->ents[body].type == SG_NODE_PERSON ||
                   cx->ents[body].type == SG_NODE_STP
               ? SG_OK
               : sg_i_add_edge(cx, p, body, SG_EDGE_MEMBER_OF, NULL, doc->toks[t].sent, t,
                               cx->m[m].te, 0);
}

/* In sentence s, where the role a holder leaves starts ("has stepped down as lead
 * of Y", "resigned as chair of Y", "is retiring as chief executive of Y"), else 0. */
static size_t role_left_at(const sg_textdoc_t *doc, size_t s) {
    static const char *const leaving[] = {"stepped", "steps",   "stepping", "resigned",
                                          "resigns", "quit",    "quits",    "retiring",
                                          "retires", "retired", "leaves",   "leaving"};
    size_t sb = doc->sents[s].tok_begin, se = doc->sents[s].tok_end;
    for (size_t k = sb; k + 2 < se; k++) {
        if (!IN_LIST(doc, k, leaving)) {
            continue;
        }
        size_t a = k + 1 + sg_tok_is(doc, k + 1, "down");
        return a + 1 < se && sg_tok_is(doc, a, "as") ? a + 1 : 0;
    }
    return 0;
}

static sg_err_t person_roles(sg_i_ctx_t *cx) {
    const sg_textdoc_t *doc = cx->doc;
    sg_err_t rc;
    size_t second = (size_t)-1; /* the second of a pair whose roles were read */

    for (size_t i = 0; i < cx->nm; i++) {
        const sg_i_mention_t *m = &cx->m[i];
        long p = m->entity;
        size_t t = m->te;
        if (p < 0 || cx->ents[p].type != SG_NODE_PERSON || paired_respectively(cx, i)) {
            continue; /* (the pairs' roles: respective_roles) */
        }
        if (sg_i_postnominal(doc, t)) {
            t++; /* "Sarah Wollaston MP, chair of ..." */
        }
        if ((rc = role_before(cx, i)) != SG_OK ||
            (rc = role_possessive_before(cx, m)) != SG_OK ||
            (rc = role_opening(cx, m)) != SG_OK ||
            (rc = role_in_clause(cx, m)) != SG_OK ||
            (rc = shared_body_role(cx, m)) != SG_OK ||
            (rc = shared_role(cx, m)) != SG_OK || (rc = party_before(cx, m)) != SG_OK ||
            (rc = byline_body(cx, m)) != SG_OK || (rc = appointed_by(cx, i)) != SG_OK) {
            return rc;
        }
        if (t >= doc->ntoks) { /* (a name that ends the text: "Finance lead: X") */
            if ((rc = label_line_lead(cx, m)) != SG_OK) {
                return rc;
            }
            continue;
        }
        size_t lim = sent_end(doc, m->tb);
        if ((rc = affiliation_after(cx, p, t, lim)) != SG_OK ||
            (rc = footprint_in_brackets(cx, m, lim)) != SG_OK ||
            (rc = members_line(cx, m)) != SG_OK ||
            (rc = footprint_line_lead(cx, m)) != SG_OK ||
            (rc = label_line_lead(cx, m)) != SG_OK ||
            (rc = members_include(cx, m)) != SG_OK) {
            return rc;
        }
        /* "A and B, the chief executives of X and Y": the pair's roles, read
         * once, from the first */
        sg_err_t prc;
        size_t rb, re, kind;
        long bm;
        if (paired_roles(cx, i, lim, &prc) || paired_two_roles(cx, i, lim, &prc)) {
            if (prc != SG_OK) {
                return prc;
            }
            second = i + 1;
            continue;
        }
        if (i == second ||
            (i > 0 && pair_at(cx, i - 1, lim, &rb, &re, &kind, &bm) && bm == (long)i)) {
            continue;
        }
        /* "Cllr X (Con), chair of ...": a party or an age in brackets; "X, 61, has
         * been chief executive of ...": an age between commas */
        int aged = 0;
        size_t shut = bracket_after_person(cx, t, lim);
        if (shut) {
            t = shut;
        } else if (t + 3 < lim && sg_tok_is(doc, t, ",") &&
                   doc->toks[t + 1].kind == SG_TK_NUM && sg_tok_is(doc, t + 2, ",")) {
            t += 2;
            aged = 1;
        }
        /* "Her successor as STP leader will be Dr X": the role "as" gives is X's */
        if (m->tb >= 2 &&
            (sg_tok_is(doc, m->tb - 1, "be") || sg_tok_is(doc, m->tb - 1, "is"))) {
            size_t sb = doc->sents[doc->toks[m->tb].sent].tok_begin;
            for (size_t k = sb; k + 2 < m->tb; k++) {
                if (sg_tok_is(doc, k, "successor") && sg_tok_is(doc, k + 1, "as") &&
                    (rc = roles_after(cx, p, k + 2)) != SG_OK) {
                    return rc;
                }
            }
        }
        /* "A will succeed B as chair of Y", "A will take over from B as chair of Y":
         * the role "as" gives is A's */
        static const char *const succeeds[] = {"succeed",    "succeeds", "succeeded",
                                               "succeeding", "replace",  "replaces",
                                               "replaced",   "replacing"};
        int taken_over = m->tb > 2 && sg_tok_is(doc, m->tb - 1, "from") &&
                         sg_tok_is(doc, m->tb - 2, "over"); /* ("take over from B as") */
        /* (or a pronoun for B: "A will succeed her as STP lead"; or B's in the
         * passive: "She will be replaced as STP lead by A") */
        size_t as = 0;
        for (size_t k = t; k < lim && k < t + 3 && !as; k++) {
            as = IN_LIST(doc, k, succeeds) && k + 3 < lim &&
                         (sg_tok_is(doc, k + 1, "him") || sg_tok_is(doc, k + 1, "her")) &&
                         sg_tok_is(doc, k + 2, "as")
                     ? k + 3
                     : 0;
        }
        if (!as && m->tb > 3 && sg_tok_is(doc, m->tb - 1, "by")) {
            size_t sb = doc->sents[doc->toks[m->tb].sent].tok_begin;
            for (size_t k = m->tb - 1; k-- > sb && k + 12 > m->tb && !as;) {
                as = IN_LIST(doc, k, succeeds) && sg_tok_is(doc, k + 1, "as") && k > sb &&
                             IN_LIST(doc, k - 1, be_words)
                         ? k + 2
                         : 0;
                /* (or, no role said, the one left in the sentence before: "X has
                 * stepped down as lead of the Y STP. He will be replaced on an
                 * interim basis by Z") */
                if (!as && IN_LIST(doc, k, succeeds) && k > sb &&
                    IN_LIST(doc, k - 1, be_words) && doc->toks[m->tb].sent > 0) {
                    as = role_left_at(doc, doc->toks[m->tb].sent - 1);
                }
            }
        }
        if (as && (rc = roles_after(cx, p, as)) != SG_OK) {
            return rc;
        }
        size_t bw = t; /* (the one succeeded holds it no more: "X was replaced as") */
        while (bw < lim && bw < t + 3 &&
               (IN_LIST(doc, bw, be_words) || sg_tok_is(doc, bw, "has") ||
                sg_tok_is(doc, bw, "will"))) {
            bw++;
        }
        if (bw > t && bw + 1 < lim && IN_LIST(doc, bw, succeeds) &&
            sg_tok_is(doc, bw + 1, "as")) {
            continue;
        }
        if (sg_tok_is(doc, t, "as") && m->tb > 0 &&
            (IN_LIST(doc, m->tb - 1, succeeds) || taken_over)) {
            size_t sb = doc->sents[doc->toks[m->tb].sent].tok_begin;
            long a = sg_i_first_stakeholder(cx, sb, m->tb - 1);
            if (a >= 0 && cx->ents[a].type == SG_NODE_PERSON &&
                (rc = roles_after(cx, a, t + 1)) != SG_OK) {
                return rc;
            }
            continue;
        }
        size_t r = sg_i_appointed(doc, t, lim);
        if (!r && t + 1 < lim && sg_tok_is(doc, t, ",") && m->tb > 0 &&
            sg_tok_is(doc, m->tb - 1, ",")) {
            r = sg_i_appointed(doc, t + 1, lim); /* "Y's chief executive, X, has been
                                                  * appointed as ..." */
        }
        if (r) { /* "X has been named as director of Y" */
            size_t had = cx->out->nedges;
            if ((rc = roles_after(cx, p, r)) != SG_OK ||
                (cx->out->nedges == had &&
                 (rc = role_of_announcer(cx, p, r, lim)) != SG_OK) ||
                /* (or a verb of one: "X has been seconded to Y") */
                (cx->out->nedges == had && (rc = leads_verb(cx, p, t, lim)) != SG_OK)) {
                return rc;
            }
            continue;
        }
        size_t close = t;
        while (sg_tok_is(doc, t, ",") && ++close < lim && close < t + 16 &&
               !sg_tok_is(doc, close, ",")) {
        }
        if (close > t && close < lim && removed_after(doc, close)) {
            continue; /* "X, chief executive of Y, has been sacked": no longer */
        }
        if (t < lim && (sg_tok_is(doc, t, ",") || sg_tok_is(doc, t, "is") ||
                        sg_tok_is(doc, t, "was") || sg_tok_is(doc, t, "as") ||
                        sg_tok_is(doc, t, "-") || sg_tok_is(doc, t, "|"))) {
            /* "X - chief executive of Y - said"; a table's cells "| X | chief
             * executive, Y |" */
            if (who_at(doc, t, lim)) {
                if ((rc = who_clause(cx, p, t, lim)) != SG_OK) {
                    return rc;
                }
                /* and after the clause: "X, who has led Y since May, will return
                 * to her role as chief executive of Z" */
                size_t k = t + 2;
                while (k < lim && !sg_tok_is(doc, k, ",")) {
                    k++;
                }
                r = k < lim ? sg_i_appointed(doc, k + 1, lim) : 0;
                /* (or "is": "X, who chairs the STP's clinical group, is chief
                 * executive of Y") */
                r = !r && k + 2 < lim &&
                            (sg_tok_is(doc, k + 1, "is") || sg_tok_is(doc, k + 1, "was"))
                        ? k + 2
                        : r;
                if (r && (rc = roles_after(cx, p, r)) != SG_OK) {
                    return rc;
                }
                /* ("X, who was chief executive of Y, took over the STP in March",
                 * "X, who joins from Z, will sit on the board of Y", "X, who is a
                 * GP, chairs Y") */
                if (!r && k + 1 < lim && (rc = leads_verb(cx, p, k + 1, lim)) != SG_OK) {
                    return rc;
                }
                continue;
            }
            /* (past an age, the verb: "X, 79, founded Y", or past the comma that
             * closes the name's own apposition: "His deputy, X, will lead Y"; past
             * a comma that closes an apposition before the name, "is": "The
             * trust's chief executive, X, is the STP's senior responsible
             * officer") */
            int is = sg_tok_is(doc, t, ",") &&
                     (sg_tok_is(doc, t + 1, "is") || sg_tok_is(doc, t + 1, "was"));
            /* (and past the person's apposition: "X, a former GP, is chief
             * officer of Y") */
            int apposed_is =
                sg_tok_is(doc, t, ",") && close > t + 1 && close + 2 < lim &&
                sg_tok_is(doc, close, ",") &&
                (sg_tok_is(doc, close + 1, "is") || sg_tok_is(doc, close + 1, "was"));
            for (size_t k = t + 1; apposed_is && k < close; k++) {
                long ek = entity_at(cx, k); /* (not another person's name: "Mr X, Cllr
                                             * Y, is") */
                apposed_is = ek < 0 || cx->ents[ek].type != SG_NODE_PERSON;
            }
            if (apposed_is && (rc = roles_after(cx, p, close + 2)) != SG_OK) {
                return rc;
            }
            size_t had = cx->out->nedges;
            if ((rc = roles_after(cx, p, t + 1 + is)) != SG_OK ||
                (cx->out->nedges == had && sg_tok_is(doc, t, ",") &&
                 (rc = role_of_label(cx, p, m, t + 1)) != SG_OK) ||
                (rc = leads_verb(
                     cx, p, t + (aged || (m->tb > 0 && sg_tok_is(doc, m->tb - 1, ","))),
                     lim)) != SG_OK) {
                return rc;
            }
        } else if (t < lim && !(doc->toks[t].flags & SG_TF_PARA_START)) {
            if ((rc = leads_verb(cx, p, t, lim)) != SG_OK) {
                return rc;
            }
        } else if (t < doc->ntoks && (doc->toks[t].flags & SG_TF_PARA_START) &&
                   line_start(doc, m->tb) &&
                   doc->toks[t].sent == doc->toks[m->te - 1].sent + 1) {
            /* a signature or a byline: the name alone on a line ("Jane Doe", "By
             * Jane Doe"), roles on the next ("Director of policy, Carers Network") */
            if (sg_tok_is(doc, t, "on") && sg_tok_is(doc, t + 1, "behalf") &&
                sg_tok_is(doc, t + 2, "of")) {
                long target = entity_at(cx, t + 3);
                if (target >= 0 &&
                    (rc = sg_i_add_edge(cx, p, target, SG_EDGE_MEMBER_OF, NULL,
                                        doc->toks[t].sent, t, t + 3, 0))) {
                    return rc;
                }
            } else if (roles_line(cx, t) && (rc = roles_after(cx, p, t)) != SG_OK) {
                return rc;
            } else if ((rc = body_line(cx, p, t)) != SG_OK) {
                return rc;
            }
        }
    }
    /* "X ... on behalf of (the) Y" within a sentence; "(Speaking) on behalf of Y,
     * X said": the person after the comma when none comes before */
    for (size_t t = 0; t + 3 < doc->ntoks; t++) {
        if (!(sg_tok_is(doc, t, "on") && sg_tok_is(doc, t + 1, "behalf") &&
              sg_tok_is(doc, t + 2, "of"))) {
            continue; /* (a signature's line "On behalf of Y" names no one after it) */
        }
        size_t sb = doc->sents[doc->toks[t].sent].tok_begin, se = sent_end(doc, t);
        long tm = mention_from(cx, past_determiners(doc, t + 3, se));
        long target = tm >= 0 ? sg_i_role_body(cx, tm) : -1, e = -1;
        for (size_t k = t; target >= 0 && k-- > sb && e < 0;) {
            e = entity_at(cx, k);
            e = e >= 0 && cx->ents[e].type == SG_NODE_PERSON ? e : -1;
        }
        if (e < 0 && target >= 0 && t <= sb + 1 && sg_tok_is(doc, cx->m[tm].te, ",")) {
            long pm = mention_from(cx, cx->m[tm].te + 1);
            e = pm >= 0 && cx->m[pm].entity >= 0 &&
                        cx->ents[cx->m[pm].entity].type == SG_NODE_PERSON
                    ? cx->m[pm].entity
                    : -1;
        }
        size_t pa = doc->sents[doc->toks[t].sent].para;
        if (e < 0 && target >= 0 && (doc->toks[t].flags & SG_TF_PARA_START) && pa > 0) {
            /* (a signature: "Ysolde Quenby" on the line before "on behalf of Y") */
            long pm = mention_from(cx, doc->paras[pa - 1].tok_begin);
            e = pm >= 0 && cx->m[pm].te == doc->paras[pa - 1].tok_end &&
                        cx->m[pm].entity >= 0 &&
                        cx->ents[cx->m[pm].entity].type == SG_NODE_PERSON
                    ? cx->m[pm].entity
                    : -1;
        }
        if (e >= 0 && (rc = sg_i_add_edge(cx, e, target, SG_EDGE_MEMBER_OF, NULL,
                                          doc->toks[t].sent, t, t + 3, 0))) {
            return rc;
        }
    }
    return SG_OK;
}

/* Whether paragraph pa has a reporting verb. */
static int reports_in(const sg_i_ctx_t *cx, const sg_paragraph_t *pa) {
    for (size_t k = pa->tok_begin; k < pa->tok_end; k++) {
        if (sg_i_reporting_at(cx, k)) {
            return 1;
        }
    }
    return 0;
}

/* Who wrote the piece: "..., writes John Copps", "Debbie Sorkin summarises ...",
 * or a signature line late in the article naming a person and a role. */
/* A letter's signatures: a line in the second half of the article that lists
 * two people or more and nothing else ("Dr Anne Fitzpatrick, Dr Mark Ng, Dr Susan
 * Obi"); the first one's entity, or -1. */
static long signatories(const sg_i_ctx_t *cx) {
    const sg_textdoc_t *doc = cx->doc;

    for (size_t p = doc->nparas / 2; p < doc->nparas; p++) {
        size_t t = doc->paras[p].tok_begin, pe = doc->paras[p].tok_end, n = 0;
        long first = -1;
        while (t < pe) {
            long m = mention_from(cx, t);
            if (m < 0 || cx->ents[cx->m[m].entity].type != SG_NODE_PERSON) {
                break;
            }
            first = n++ ? first : cx->m[m].entity;
            t = cx->m[m].te;
            if (t < pe && (sg_tok_is(doc, t, ",") || sg_tok_is(doc, t, "and"))) {
                t++;
            }
        }
        if (t == pe && n >= 2) {
            return first;
        }
    }
    return -1;
}

/* If paragraph p is a letter's valediction ("Yours faithfully,", "Yours
 * sincerely", "Yours truly", "Yours"), the person who opens the paragraph after it
 * (past a "Dr"): their entity; else -1. */
/* The person named at the opening of paragraph q (or past a title: "Dr", "Cllr"):
 * their entity, or -1. */
static long line_person(const sg_i_ctx_t *cx, size_t q) {
    size_t qb = cx->doc->paras[q].tok_begin;
    long m = mention_from(cx, qb);
    m = m >= 0 ? m : sg_i_mention_at(cx, qb + 1);
    return m >= 0 && cx->m[m].tb <= qb + 1 &&
                   cx->ents[cx->m[m].entity].type == SG_NODE_PERSON
               ? cx->m[m].entity
               : -1;
}

static long valediction_signer(const sg_i_ctx_t *cx, size_t p) {
    const sg_textdoc_t *doc = cx->doc;
    size_t t = doc->paras[p].tok_begin, pe = doc->paras[p].tok_end;

    if (p + 1 >= doc->nparas || !sg_tok_is(doc, t, "yours") || pe > t + 3) {
        return -1;
    }
    return line_person(cx, p + 1);
}

/* A letter's sign-off in the second half of the article: the signer after its
 * first valediction; their entity, or -1. */
static long signed_off(const sg_i_ctx_t *cx) {
    const sg_textdoc_t *doc = cx->doc;

    for (size_t p = doc->nparas / 2; p + 1 < doc->nparas; p++) {
        if (sg_tok_is(doc, doc->paras[p].tok_begin, "yours") &&
            doc->paras[p].tok_end <= doc->paras[p].tok_begin + 3) {
            return valediction_signer(cx, p);
        }
    }
    return -1;
}

/* Does the article's first line call it an opinion piece ("Comment: ...",
 * "Opinion: ...")? Its standfirst then says who writes ("X is leader of Y."). */
static int opinion_headline(const sg_textdoc_t *doc) {
    static const char *const kinds[] = {"comment", "opinion", "viewpoint", "column",
                                        "blog"};
    const sg_paragraph_t *h =
        doc->nparas > doc->headline + 1 ? &doc->paras[doc->headline] : NULL;
    return h && h->tok_end > h->tok_begin + 1 && IN_LIST(doc, h->tok_begin, kinds) &&
           sg_tok_is(doc, h->tok_begin + 1, ":");
}

static void find_author(sg_i_ctx_t *cx) {
    const sg_textdoc_t *doc = cx->doc;

    cx->author = -1;
    for (size_t i = 0; i < cx->nm; i++) {
        const sg_i_mention_t *m = &cx->m[i];
        long e = m->entity;
        if (e < 0 || cx->ents[e].type != SG_NODE_PERSON) {
            continue;
        }
        size_t para = doc->sents[doc->toks[m->tb].sent].para;
        int early = para < doc->headline + 4; /* (past a date line) */
        /* (a byline may close the piece too: "Posted by Dr X, GP and blogger") */
        int last = para + 1 == doc->nparas;
        /* (or past the date it was posted: "Posted on 12 January 2017 by X") */
        size_t pv = m->tb > 1 ? m->tb - 2 : 0;
        while (pv > doc->paras[para].tok_begin && pv + 8 > m->tb &&
               (doc->toks[pv].kind == SG_TK_NUM || sg_i_is_cap(doc, pv) ||
                sg_tok_is(doc, pv, "on") || sg_tok_is(doc, pv, ","))) {
            pv--;
        }
        if ((early || last) && m->tb > 0 &&
            ((early && IN_LIST(doc, m->tb - 1, author_verbs)) ||
             (sg_tok_is(doc, m->tb - 1, "by") &&
              ((doc->toks[m->tb - 1].flags & SG_TF_PARA_START) ||
               (m->tb > 1 && (doc->toks[pv].flags & SG_TF_PARA_START) &&
                IN_LIST(doc, pv, byline_verbs)))))) {
            /* "..., writes John Copps", a "By Jane Doe" or "Posted by Jane Doe"
             * byline */
            cx->author = e;
            return;
        }
        /* ("X writes ...", or closing the piece: "Cllr X writes in a personal
         * capacity."; or a line of the name alone under the headline: "Cllr X") */
        if ((early && IN_LIST(doc, m->te, author_verbs)) ||
            (last && sg_tok_is(doc, m->te, "writes")) ||
            (early && para > doc->headline && m->tb == doc->paras[para].tok_begin &&
             m->te == doc->paras[para].tok_end)) {
            cx->author = e;
            return;
        }
        /* a signature: late, one sentence, a name and a role, nobody reported (the
         * paragraph searched for a reporting verb only once the rest holds: most
         * person mentions open no paragraph); or a byline of that form in the first
         * two paragraphs, a line with no full stop ("Jane Doe, Senior Fellow, The
         * Tarn Institute") */
        const sg_paragraph_t *pa = &doc->paras[para];
        size_t pend = doc->sents[pa->sent_end - 1].tok_end;
        int signature =
            para * 2 >= doc->nparas ||
            (para < doc->headline + 2 && pend - m->tb <= 20 &&
             (doc->toks[pend - 1].kind != SG_TK_PUNCT || opinion_headline(doc)));
        if (signature && (doc->toks[m->tb].flags & SG_TF_PARA_START) &&
            pa->sent_end - pa->sent_begin == 1 &&
            (sg_tok_is(doc, m->te, ",") || sg_tok_is(doc, m->te, "is")) &&
            !reports_in(cx, pa)) {
            size_t t = m->te + 1, lim = sent_end(doc, m->tb), rb, re, kind;
            /* (a line with a verb of its own is news, no signature: "Jeremy Hunt,
             * the health secretary, has previously clashed with X") */
            int verb = 0;
            for (size_t k = t; k < lim && !verb; k++) {
                verb =
                    doc->toks[k].kind == SG_TK_WORD && !sg_i_is_cap(doc, k) &&
                    (sg_i_auxiliary(doc, k) ||
                     /* (nor one that goes on after its apposition: "X, chief
                      * executive of Y, spoke") */
                     (k > t && sg_tok_is(doc, k - 1, ",") && !sg_tok_is(doc, k, "and") &&
                      !sg_i_match_role(cx->lex, doc, k, lim, NULL)));
            }
            if (!verb && find_role(cx, t, lim, &rb, &re, &kind)) {
                cx->author = e;
                return;
            }
        }
    }
    cx->author = signed_off(cx);
    if (cx->author < 0) {
        cx->author = signatories(cx); /* none of the above: a letter's signatures */
    }
}

/* Does paragraph p end with a question mark (an interview's question)? */
static int question_para(const sg_textdoc_t *doc, size_t p) {
    size_t e = doc->paras[p].tok_end;
    return e > doc->paras[p].tok_begin && sg_tok_is(doc, e - 1, "?");
}

/* An interview: "She spoke to us about the plan." early in the piece, a person its
 * subject, and questions after it; the answers (each paragraph after the first
 * question that asks none) are the person's own words. */
static void find_interviewee(sg_i_ctx_t *cx) {
    static const char *const spoke[] = {"spoke", "spoken", "talked", "talks", "speaks"};
    const sg_textdoc_t *doc = cx->doc;

    cx->interviewee = -1;
    for (size_t p = doc->headline + 1; p < doc->nparas && p < doc->headline + 4; p++) {
        for (size_t t = doc->paras[p].tok_begin; t + 2 < doc->paras[p].tok_end; t++) {
            if (!IN_LIST(doc, t, spoke) || !sg_tok_is(doc, t + 1, "to") ||
                !sg_tok_is(doc, t + 2, "us")) {
                continue;
            }
            long e = sg_i_subject_before(cx, t);
            if (e < 0 || cx->ents[e].type != SG_NODE_PERSON) {
                return;
            }
            for (size_t q = p + 1; q < doc->nparas; q++) {
                if (question_para(doc, q)) {
                    cx->interviewee = e;
                    cx->asked_para = q;
                    return;
                }
            }
            return;
        }
    }
}

/* "The author is chair of X and leader of Y.": the roles of the piece's author,
 * said in a note about them. */
static sg_err_t author_note(sg_i_ctx_t *cx) {
    static const char *const writers[] = {"author", "writer"};
    const sg_textdoc_t *doc = cx->doc;
    sg_err_t rc = SG_OK;

    for (size_t s = 0; s < doc->nsents && cx->author >= 0 && rc == SG_OK; s++) {
        size_t t = doc->sents[s].tok_begin;
        if (t + 3 < doc->sents[s].tok_end && sg_tok_is(doc, t, "the") &&
            IN_LIST(doc, t + 1, writers) &&
            (sg_tok_is(doc, t + 2, "is") || sg_tok_is(doc, t + 2, "was"))) {
            rc = roles_after(cx, cx->author, t + 3);
        }
    }
    return rc;
}

/* verbs that name what they judge ("called the plan “a betrayal”") */
static const char *const naming_verbs[] = {
    "called",    "branded",   "labelled",   "dubbed", "described", "calling",
    "branding",  "labelling", "describing", "calls",  "brands",    "labels",
    "describes", "rated",     "rates",      "rating", "deemed"};

/* words after a comma that name the things before it ("several plans, including
 * X") */
static const char *const naming_next[] = {"including", "such", "notably", "especially",
                                          "among"};

/* a body's words that "my" or "our" make the voice's own ("my council") */
static const char *const own_bodies[] = {"council", "trust", "organisation", "authority",
                                         "board",   "group", "party",        "charity",
                                         "union",   "ccg",   "association",  "practice"};

/* verbs of a decision before "to" ("voted to object.") */
static const char *const deciding[] = {"voted",    "decided", "agreed",     "resolved",
                                       "chose",    "vowed",   "threatened", "pledged",
                                       "promised", "votes",   "decides"};
/* Is there a verb of a decision right before the "to" at token t, past a vote's
 * count ("voted by 45 votes to 6 to", "voted unanimously to")? */
static int decided_before(const sg_textdoc_t *doc, size_t t) {
    static const char *const counts[] = {"by", "votes", "to", "unanimously", "narrowly"};
    for (size_t k = t; k-- > 0 && k + 8 > t;) {
        if (IN_LIST(doc, k, deciding)) {
            return 1;
        }
        if (!(doc->toks[k].kind == SG_TK_NUM || IN_LIST(doc, k, counts))) {
            return 0;
        }
    }
    return 0;
}

/* verbs of a state kept ("remains opposed.") */
static const char *const remaining[] = {"remains", "remain", "remained", "stays",
                                        "stayed"};
static const char *const aux_words[] = {
    "has",          "have",     "had",        "also",    "recently",   "publicly",
    "strongly",     "was",      "were",       "is",      "are",        "been",
    "both",         "all",      "repeatedly", "openly",  "already",    "now",
    "just",         "formally", "officially", "finally", "previously", "since",
    "subsequently", "later"};

static const char *const modals[] = {"could", "would",  "will", "can",
                                     "did",   "does",   "do",   "may",
                                     "might", "should", "must", "shall"};

/* "The plan was criticised by X", "the STP, backed by X and Y, ...": a stance verb
 * in the past participle (its first word ends in "ed") followed by "by" is passive:
 * its agent after "by" takes the stance towards the subject before it. Returns the
 * token of that "by", or 0. */
static size_t passive_at(const sg_i_ctx_t *cx, size_t c, size_t ce, size_t lim) {
    const sg_textdoc_t *doc = cx->doc;
    size_t tv;

    static const char *const objects[] = {"the",   "a",    "an",   "its",
                                          "their", "this", "these"};
    /* (an object whose author "by" names: "welcomed plans by X") */
    static const char *const authored[] = {"plans",    "proposals", "plan",
                                           "proposal", "moves",     "efforts"};

    if (!sg_i_ends_ed(doc, c) || (ce < lim && IN_LIST(doc, ce, objects))) {
        return 0; /* (an object after it: "welcomed the decision by X" is active) */
    }
    /* (past a time between: "criticised last month by X", "backed on Monday by";
     * or the words a naming verb quotes: "branded “a shambles” by X") */
    size_t reach = ce + 4;
    int inq = 0; /* inside those words */
    for (size_t k = ce; k < lim && k < reach; k++) {
        if (inq || (k == ce && doc->toks[k].kind == SG_TK_QUOTE && c > 0 &&
                    IN_LIST(doc, c - 1, be_words))) {
            inq = k == ce || doc->toks[k].kind != SG_TK_QUOTE;
            reach = ce + 16;
            continue;
        }
        if (sg_tok_is(doc, k, "by")) {
            /* (nor the agent of another participle: "opposed plans proposed by X") */
            return k > ce && (IN_LIST(doc, k - 1, authored) || sg_i_ends_ed(doc, k - 1))
                       ? 0
                       : k;
        }
        if ((doc->toks[k].kind != SG_TK_WORD && doc->toks[k].kind != SG_TK_NUM) ||
            (sg_i_is_cap(doc, k) &&
             !(sg_i_tok_in(cx->lex, SG_I_T_NONSTAKE, doc, k, &tv) &&
               tv == SG_I_NS_TIME))) {
            return 0;
        }
    }
    return 0;
}

/* "Backed by A and B, the X STP will ...": past the agents named after the "by" at
 * token by, a comma and the stakeholder the sentence goes on with; else -1. */
static long fronted_patient(const sg_i_ctx_t *cx, size_t by, size_t lim) {
    const sg_textdoc_t *doc = cx->doc;
    size_t j = by + 1;

    for (int n = 0; n < 8; n++) {
        long m = mention_from(cx, past_determiners(doc, j, lim));
        if (m < 0 || cx->m[m].tb > j + 1) {
            return -1;
        }
        j = cx->m[m].te;
        if (j + 1 < lim && sg_tok_is(doc, j, ",") && !sg_tok_is(doc, j + 1, "and")) {
            long p = mention_from(cx, past_determiners(doc, j + 1, lim));
            /* (the subject, not another agent: a list's comma is followed by "and"
             * further on) */
            size_t k = p >= 0 ? cx->m[p].te : lim;
            if (p >= 0 && cx->m[p].tb <= j + 2 && cx->m[p].entity >= 0 &&
                !(k < lim && (sg_tok_is(doc, k, "and") || sg_tok_is(doc, k, ",")))) {
                return sg_i_role_body(cx, p);
            }
            j++; /* "by A, B and C," */
            continue;
        }
        if (j < lim && sg_tok_is(doc, j, ",") && sg_tok_is(doc, j + 1, "and")) {
            j += 2;
        } else if (j < lim && sg_tok_is(doc, j, "and")) {
            j++;
        } else {
            return -1;
        }
    }
    return -1;
}

/* An agent named by a role in a body and an apposition from token j ("Doncaster
 * Council's mayor, Ros Jones", "the mayor of Doncaster Council, Ros Jones"): the
 * person, *end past the name; else -1. */
static long agent_person(const sg_i_ctx_t *cx, size_t j, size_t lim, size_t *end) {
    const sg_textdoc_t *doc = cx->doc;
    size_t rb, re, kind, k;
    long m = mention_from(cx, j);

    size_t r0 = m >= 0 ? cx->m[m].te + sg_i_possessive_at(doc, cx->m[m].te) : 0;
    if (m >= 0 && cx->ents[cx->m[m].entity].type != SG_NODE_PERSON &&
        find_role(cx, r0, lim, &rb, &re, &kind) && rb == r0) {
        k = re;        /* "X's mayor, Y", "X chief executive Y" */
        size_t pf = k; /* (past a portfolio: "Unite's national officer for health, Y") */
        while (pf < lim && pf < re + 5 && doc->toks[pf].kind == SG_TK_WORD &&
               !sg_i_is_cap(doc, pf)) {
            pf++;
        }
        k = pf > k && pf < lim && sg_tok_is(doc, pf, ",") ? pf : k;
        if (k < lim && !sg_tok_is(doc, k, ",")) {
            long pm = mention_from(cx, k);
            if (pm < 0 || cx->m[pm].tb != k || cx->m[pm].entity < 0 ||
                cx->ents[cx->m[pm].entity].type != SG_NODE_PERSON) {
                return -1;
            }
            *end = cx->m[pm].te;
            return cx->m[pm].entity;
        }
    } else if (m < 0 && find_role(cx, j, lim, &rb, &re, &kind) && rb == j &&
               (sg_tok_is(doc, re, "of") || sg_tok_is(doc, re, "at"))) {
        long bm = mention_from(cx, past_determiners(doc, re + 1, lim));
        if (bm < 0 || cx->ents[cx->m[bm].entity].type == SG_NODE_PERSON) {
            return -1;
        }
        k = cx->m[bm].te; /* "the mayor of X, Y" */
    } else {
        return -1;
    }
    long pm = k + 1 < lim && sg_tok_is(doc, k, ",") ? mention_from(cx, k + 1) : -1;
    if (pm < 0 || cx->m[pm].entity < 0 ||
        cx->ents[cx->m[pm].entity].type != SG_NODE_PERSON) {
        return -1;
    }
    *end = cx->m[pm].te;
    return cx->m[pm].entity;
}

/* The stakeholders listed after token t: the agents of a passive stance whose "by"
 * it is, the members after "including": the stakeholder right after it (past
 * "the"), and those listed with it ("by A, B and C", "by A and by B"; a name after a
 * comma only when an "and" ends the list: "by the council, Jones said" names one
 * agent); up to max of them into out. Returns how many. */
static size_t listed_after(const sg_i_ctx_t *cx, size_t t, size_t lim, long *out,
                           size_t max) {
    const sg_textdoc_t *doc = cx->doc;
    size_t n = 0, pending = 0;  /* the last names reached by a comma alone */
    int comma = 0, unnamed = 0; /* (a first one not named passed) */
    int joined = 0;             /* past an "and" */

    for (size_t j = t + 1; j < lim && n < max;) {
        while (j < lim && (IN_LIST(doc, j, skip_words) || sg_tok_is(doc, j, "by"))) {
            j++;
        }
        if (j + 3 < lim && sg_tok_is(doc, j, ",") && sg_tok_is(doc, j + 1, "among") &&
            sg_tok_is(doc, j + 2, "others") && sg_tok_is(doc, j + 3, ",")) {
            j += 4; /* "criticised by, among others, X" */
            continue;
        }
        size_t pe;
        long ap = agent_person(cx, j, lim, &pe);
        if (ap >= 0) {
            out[n++] = ap; /* (the person a role and a body name: one agent) */
            pending = comma ? pending + 1 : 0;
            j = pe;
            comma = 0;
            if (sg_tok_is(doc, j, ",") && sg_tok_is(doc, j + 1, "and")) {
                j += 2;
                continue;
            }
            if (sg_tok_is(doc, j, "and")) {
                j++;
                continue;
            }
            break;
        }
        size_t rb, re, kind; /* (past a role before a name: "health minister X") */
        long qm = sg_i_party_word(doc, j) ? sg_i_mention_at(cx, j) : -1;
        if (qm >= 0 && cx->m[qm].tb == j && cx->m[qm].te < lim &&
            sg_i_postnominal(doc, cx->m[qm].te)) {
            j = cx->m[qm].te + 1; /* (and past a party's word and letters: "Labour
                                   * MPs A and B", the MPs the agents) */
            long pm = sg_i_mention_at(cx, j);
            j = pm >= 0 && cx->m[pm].tb == j && cx->m[pm].entity >= 0 &&
                        cx->ents[cx->m[pm].entity].type == SG_NODE_PERSON
                    ? j
                    : cx->m[qm].tb;
        }
        if (find_role(cx, j, lim, &rb, &re, &kind) && rb == j && !sg_i_is_cap(doc, j)) {
            long pm = sg_i_mention_at(cx, re);
            j = pm >= 0 && cx->m[pm].tb == re && cx->m[pm].entity >= 0 &&
                        cx->ents[cx->m[pm].entity].type == SG_NODE_PERSON
                    ? re
                    : j;
        }
        j = sg_i_branch_of(doc, j, lim); /* ("the local branch of X") */
        long m = sg_i_mention_at(cx, past_kind(doc, j, lim)); /* ("the group X") */
        m = m >= 0 && cx->m[m].entity >= 0 ? m : -1;
        if (m < 0 && n == 0 && !unnamed && j + 2 < lim) {
            /* (past a first one not named: "criticised by campaigners and by X") */
            size_t k = j;
            while (k < lim && k < j + 3 && doc->toks[k].kind == SG_TK_WORD &&
                   !sg_i_is_cap(doc, k) && !sg_tok_is(doc, k, "and")) {
                k++;
            }
            if (k > j && k + 1 < lim && sg_tok_is(doc, k, "and")) {
                unnamed = 1;
                j = k + 1;
                continue;
            }
        }
        if (m < 0) {
            /* (an "and" before one not named ends the list too: "by A, B and a
             * group of local MPs") */
            pending = joined && doc->toks[j].kind == SG_TK_WORD && !sg_i_is_cap(doc, j)
                          ? 0
                          : pending;
            break;
        }
        out[n++] = cx->m[m].entity;
        pending = comma ? pending + 1 : 0;
        j = cx->m[m].te;
        /* (past a relative clause about the last: "by X, whose leader said it was
         * wrong, and by Y") */
        if (j + 2 < lim && sg_tok_is(doc, j, ",") &&
            (sg_tok_is(doc, j + 1, "whose") || sg_tok_is(doc, j + 1, "which") ||
             sg_tok_is(doc, j + 1, "who"))) {
            size_t k = j + 2;
            while (k < lim && k < j + 32 && !sg_tok_is(doc, k, ",")) {
                k++;
            }
            j = k + 2 < lim && sg_tok_is(doc, k + 1, "and") && sg_tok_is(doc, k + 2, "by")
                    ? k
                    : j;
        }
        /* ", and" or "and" go on with the list, a comma alone only maybe */
        comma = 0;
        joined = 1;
        if (sg_tok_is(doc, j, ",") && sg_tok_is(doc, j + 1, "and")) {
            j += 2;
        } else if (sg_tok_is(doc, j, "and")) {
            j++;
        } else if (sg_tok_is(doc, j, ",")) {
            comma = 1;
            joined = 0;
            j++;
        } else {
            break;
        }
    }
    return n - pending;
}

/* Where the first "nor" after a "neither" is in tokens [b, e) ("Neither X nor Y
 * has backed ..."), or (size_t)-1. */
static size_t neither_nor(const sg_textdoc_t *doc, size_t b, size_t e) {
    int neither = 0;

    for (size_t k = b; k < e; k++) {
        if (sg_tok_is(doc, k, "neither")) {
            neither = 1;
        } else if (neither && sg_tok_is(doc, k, "nor")) {
            return k;
        }
    }
    return (size_t)-1;
}

/* Where the verb at c starts, its auxiliaries ("has", "was", "also" ...) in. */
static size_t verb_start(const sg_textdoc_t *doc, size_t from, size_t c) {
    while (c > from && IN_LIST(doc, c - 1, aux_words)) {
        c--;
    }
    return c;
}

static int ly_word(const sg_textdoc_t *doc, size_t t);

/* Is the name ending at token k in apposition, between commas after a role ("The
 * Mayor of Tarnford, Dan Hollis, and ...")? */
static int apposed_before(const sg_i_ctx_t *cx, size_t k) {
    long m = sg_i_mention_at(cx, k);
    return m >= 0 && cx->m[m].entity >= 0 && cx->m[m].te == k + 1 && cx->m[m].tb > 0 &&
           sg_tok_is(cx->doc, cx->m[m].tb - 1, ",");
}

/* Does a subject no stakeholder is open the clause a reporting verb (or "that")
 * opens right before the verb group at vb, after from ("X said residents opposed
 * Y", "X said clinicians had “overwhelmingly” supported it")? The stance is
 * theirs, not the reporter's. */
static int others_reported(const sg_i_ctx_t *cx, size_t from, size_t vb) {
    static const char *const pronouns[] = {"it", "they", "we",  "he",   "she",
                                           "i",  "you",  "who", "which"};
    const sg_textdoc_t *doc = cx->doc;
    size_t k = vb;

    while (k > from && (doc->toks[k - 1].kind == SG_TK_QUOTE || ly_word(doc, k - 1) ||
                        IN_LIST(doc, k - 1, aux_words))) {
        k--; /* (past "had “overwhelmingly”") */
    }
    size_t j = k;
    while (j > from && j + 3 > k && doc->toks[j - 1].kind == SG_TK_WORD &&
           (!sg_i_is_cap(doc, j - 1) || sg_i_plural_initials(doc, j - 1)) &&
           !IN_LIST(doc, j - 1, pronouns) && sg_i_mention_at(cx, j - 1) < 0 &&
           !sg_tok_is(doc, j - 1, "that") && !sg_i_reporting_at(cx, j - 1)) {
        j--;
    }
    /* (past a count before them: "X said more than 8,000 people had signed") */
    static const char *const counts[] = {"more", "than", "over", "nearly", "almost"};
    while (j > from && j + 6 > k && j < k &&
           (doc->toks[j - 1].kind == SG_TK_NUM || IN_LIST(doc, j - 1, counts))) {
        j--;
    }
    /* (the plural's "s", or a plural without: "people", "staff") */
    static const char *const plurals[] = {"people", "staff", "public",
                                          "women",  "men",   "children"};
    size_t len;
    const char *w = j < k ? sg_tok_norm(doc, k - 1, &len) : NULL;
    return w && len > 2 && (w[len - 1] == 's' || IN_LIST(doc, k - 1, plurals)) &&
           j > from && (sg_tok_is(doc, j - 1, "that") || sg_i_reporting_at(cx, j - 1));
}

/* Where to look back from for the subject of a verb at c: before an apposition
 * that ends right before the verb and its auxiliaries (or before a verb whose
 * object the cue is: "X, led by Y, has organised three marches against"). */
static size_t clause_subject_end(const sg_i_ctx_t *cx, size_t from, size_t c) {
    const sg_textdoc_t *doc = cx->doc;
    size_t k = verb_start(doc, from, c);

    if (!(k > from && sg_tok_is(doc, k - 1, ","))) {
        size_t j = k;
        int verb = 0;
        while (j > from && j + 4 > k && doc->toks[j - 1].kind == SG_TK_WORD &&
               !sg_i_is_cap(doc, j - 1) && sg_i_mention_at(cx, j - 1) < 0 &&
               !sg_tok_is(doc, j - 1, "and") && !sg_tok_is(doc, j - 1, "but") &&
               !sg_i_reporting_at(cx, j - 1)) { /* (not into "said the board ...") */
            verb |= sg_i_auxiliary(doc, j - 1) || sg_i_ends_ed(doc, j - 1);
            j--;
        }
        k = verb && j > from && sg_tok_is(doc, j - 1, ",") ? j : k;
    }
    if (k > from && sg_tok_is(doc, k - 1, ",")) {
        for (size_t j = k - 1; j-- > from;) {
            if (sg_tok_is(doc, j, ",")) {
                /* (not when before it only a kind's words name no one: "The
                 * campaign, X, is backed by": X the subject) */
                int kind = j > from && j <= from + 3 && sg_tok_is(doc, from, "the");
                for (size_t w = from + 1; kind && w < j; w++) {
                    kind = doc->toks[w].kind == SG_TK_WORD && !sg_i_is_cap(doc, w) &&
                           sg_i_mention_at(cx, w) < 0;
                }
                return kind ? c : j;
            }
        }
    }
    return c;
}

/* Index of the quotation holding token t, or -1. */
static long quote_at(const sg_i_ctx_t *cx, size_t t) {
    size_t lo = 0, hi = cx->nq; /* quotations are in text order and do not overlap */

    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (cx->q[mid].qe <= t) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    return lo < cx->nq && t >= cx->q[lo].qb && t < cx->q[lo].qe ? (long)lo : -1;
}

static long voice_of(const sg_i_ctx_t *cx, size_t s);

/* "She is chief executive of X", "in April he was appointed to lead the Y STP",
 * "She also chairs Z": a role or a lead verb after "he" or "she" (outside a
 * quotation: the words there are the speaker's) is the person's it stands for. */
static sg_err_t pronoun_roles(sg_i_ctx_t *cx) {
    const sg_textdoc_t *doc = cx->doc;
    const sg_token_t *toks = doc->toks;

    for (size_t t = 0, n = doc->ntoks; t + 2 < n; t++) {
        /* (the length first, in one test: this asks every token of the article) */
        if (toks[t].norm_len - 1u > 2u ||
            !(sg_tok_is(doc, t, "he") || sg_tok_is(doc, t, "she") ||
              sg_tok_is(doc, t, "i")) ||
            sg_i_reporting_at(cx, t + 1) || quote_at(cx, t) >= 0) {
            continue; /* (most often "he said") */
        }
        /* "I" outside a quotation: the piece's voice, its author or signatory */
        int mine = sg_tok_is(doc, t, "i");
        long p = mine ? voice_of(cx, toks[t].sent) : sg_i_pronoun_entity(cx, t);
        size_t lim = sent_end(doc, t), r;
        sg_err_t rc = SG_OK;
        if (p < 0 || cx->ents[p].type != SG_NODE_PERSON || t + 1 >= lim) {
            continue;
        }
        /* "Now, as leader of the X STP, she faces ...": the role the sentence
         * opens with is hers (and "As chair of X I have seen": the voice's) */
        size_t sb = doc->sents[toks[t].sent].tok_begin;
        int opened = sg_tok_is(doc, t - 1, ",") || (mine && entity_at(cx, t - 1) >= 0);
        for (size_t k = sb; t > sb + 3 && opened && k < sb + 3; k++) {
            if (sg_tok_is(doc, k, "as") &&
                (k == sb || sg_tok_is(doc, k - 1, ",") || sg_tok_is(doc, k - 1, "but") ||
                 sg_tok_is(doc, k - 1, "and"))) {
                if ((rc = roles_after(cx, p, k + 1)) != SG_OK) {
                    return rc;
                }
                break;
            }
        }
        if ((r = sg_i_appointed(doc, t + 1, lim)) != 0) {
            rc = roles_after(cx, p, r);
        } else if (sg_tok_is(doc, t + 1, "is") || sg_tok_is(doc, t + 1, "was") ||
                   sg_tok_is(doc, t + 1, "am")) {
            if ((rc = roles_after(cx, p, t + 2)) == SG_OK) {
                rc = leads_verb(cx, p, t + 1, lim);
            }
        } else {
            rc = leads_verb(cx, p, t + 1, lim);
        }
        if (rc != SG_OK) {
            return rc;
        }
    }
    return SG_OK;
}

/* "Julia Graham runs the largest trust ... . The former nurse, now chief executive
 * of X, says": a sentence that opens with "the" and a word only a person is, a
 * role apposed to it: the role of the person named last before. */
static sg_err_t described_roles(sg_i_ctx_t *cx) {
    const sg_textdoc_t *doc = cx->doc;

    for (size_t s = 1; s < doc->nsents; s++) {
        size_t sb = doc->sents[s].tok_begin, se = doc->sents[s].tok_end, k = sb + 1;
        if (se < sb + 6 || doc->toks[sb].norm_len != 3 || !sg_tok_is(doc, sb, "the")) {
            continue; /* (the cheapest test first: every sentence comes here) */
        }
        while (k < sb + 3 && doc->toks[k].kind == SG_TK_WORD && !sg_i_is_cap(doc, k) &&
               !(doc->toks[k + 1].kind == SG_TK_PUNCT && sg_tok_is(doc, k + 1, ","))) {
            k++; /* ("The former nurse", "The 52-year-old surgeon") */
        }
        if (!sg_tok_is(doc, k + 1, ",") || !sg_i_person_word(doc, k)) {
            continue;
        }
        long p = sg_i_last_person(cx, sb);
        sg_err_t rc =
            p >= 0 ? roles_after(cx, p, k + 2 + sg_tok_is(doc, k + 2, "now")) : SG_OK;
        if (rc != SG_OK) {
            return rc;
        }
    }
    return SG_OK;
}

/* "The leader of the X STP has stepped down. Jane Doe, who was also chief
 * executive of Y, ...": a sentence that opens with a role of no one named, and the
 * next opens with a person who holds it "also": hers. */
static sg_err_t lede_roles(sg_i_ctx_t *cx) {
    const sg_textdoc_t *doc = cx->doc;

    for (size_t s = 0; s + 1 < doc->nsents; s++) {
        size_t sb = doc->sents[s].tok_begin, se = doc->sents[s].tok_end;
        /* "The man leading the X STP has admitted ... . Y, chief executive of Z,
         * said": Y leads X */
        size_t lb = sg_i_leader_described(doc, sb, se);
        long lm = lb ? sg_i_mention_at(cx, lb) : -1;
        long led = lm >= 0 && cx->m[lm].tb == lb && cx->m[lm].entity >= 0
                       ? sg_i_role_body(cx, lm)
                       : -1;
        long p = led >= 0 ? sg_i_described_leader(cx, s) : -1;
        if (p >= 0 && led >= 0) {
            sg_err_t rc = sg_i_add_edge(cx, p, led, SG_EDGE_LEADS, "leader", s, sb,
                                        cx->m[lm].te, 0);
            if (rc != SG_OK) {
                return rc;
            }
            continue;
        }
        /* "A Labour councillor has accused X. Cllr Y said": Y is of the party */
        long party;
        size_t po = sg_i_party_role_opening(cx, sb, se, &party);
        if (po && po + 1 < se && (sg_i_auxiliary(doc, po) || sg_i_reporting_at(cx, po))) {
            long lp = sg_i_lede_role_person(cx, sb, po + sg_i_auxiliary(doc, po), 1);
            sg_err_t rc = lp >= 0 ? sg_i_add_edge(cx, lp, party, SG_EDGE_MEMBER_OF, NULL,
                                                  s, sb + 1, po, 0)
                                  : SG_OK;
            if (rc != SG_OK) {
                return rc;
            }
            continue;
        }
        size_t k = sb + (sb < se && sg_tok_is(doc, sb, "the"));
        size_t n = k > sb ? sg_i_match_role(cx->lex, doc, k, se, NULL) : 0;
        /* (or "..., its finance lead has warned. Y, who is also ...": the role of
         * what "its" stands for, closing the sentence before) */
        size_t its = 0;
        for (size_t j = se > sb + 8 ? se - 8 : sb; !n && j + 3 < se; j++) {
            size_t rn = 0, r = j + 2; /* (past a portfolio's word: "its finance lead") */
            if (sg_tok_is(doc, j, ",") && sg_tok_is(doc, j + 1, "its")) {
                rn = sg_i_match_role(cx->lex, doc, r, se, NULL);
                r += !rn && r + 1 < se && !sg_i_is_cap(doc, r);
                rn = rn ? rn : sg_i_match_role(cx->lex, doc, r, se, NULL);
            }
            if (rn && r + rn < se && sg_i_auxiliary(doc, r + rn)) {
                its = j + 1;
                break;
            }
        }
        if (!its && (!n || k + n >= se || !sg_tok_is(doc, k + n, "of"))) {
            continue;
        }
        size_t nb = doc->sents[s + 1].tok_begin, ne = doc->sents[s + 1].tok_end;
        long m = sg_i_mention_at(cx, nb);
        size_t a = m >= 0 ? cx->m[m].te : ne;
        if (m < 0 || cx->m[m].tb != nb || cx->m[m].entity < 0 ||
            cx->ents[cx->m[m].entity].type != SG_NODE_PERSON || a + 4 >= ne ||
            !sg_tok_is(doc, a, ",") || !sg_tok_is(doc, a + 1, "who") ||
            !(sg_tok_is(doc, a + 2, "was") || sg_tok_is(doc, a + 2, "is")) ||
            !sg_tok_is(doc, a + 3, "also")) {
            continue;
        }
        sg_err_t rc = roles_after(cx, cx->m[m].entity, its ? its : k);
        if (rc != SG_OK) {
            return rc;
        }
    }
    return SG_OK;
}

/* Is token k a reporting verb (outside a quotation) whose clause opens with a
 * subject of its own that names no stakeholder ("said the board", "said that a
 * review") and runs on to the verb at c (not "X said the borough had not been
 * consulted, and accused Y")? */
static int reported_subject(const sg_i_ctx_t *cx, size_t k, size_t c) {
    /* (not "its", "their": "X said its members would not support Y" is X's) */
    static const char *const dets[] = {"the", "a", "an", "every", "each", "no"};
    const sg_textdoc_t *doc = cx->doc;
    size_t j = k + 1;

    j += sg_tok_is(doc, j, "that") ? 1 : 0;
    if (!IN_LIST(doc, j, dets) || !sg_i_reporting_at(cx, k) || quote_at(cx, k) >= 0) {
        return 0; /* (the cheap test first: this runs at every word before a cue) */
    }
    for (size_t t = j; t + 1 < c; t++) {
        if (sg_tok_is(doc, t, ",") &&
            (sg_tok_is(doc, t + 1, "and") || sg_tok_is(doc, t + 1, "but"))) {
            return 0;
        }
    }
    long m = sg_i_mention_at(cx, j + 1);
    return m < 0 || cx->m[m].entity < 0;
}

/* The subject that opens the clause [from, e) and a verb right after it (past its
 * apposition: "its leader, Cllr X, sits on ..."), when another stakeholder follows
 * the verb; else -1 ("A and B backed": no verb between). */
static long clause_opener(const sg_i_ctx_t *cx, size_t from, size_t e) {
    const sg_textdoc_t *doc = cx->doc;
    long m = -1;

    for (size_t k = e; k-- > from;) {
        if (sg_tok_is(doc, k, ";")) {
            from = k + 1; /* (the clause after a semicolon: "...; its leader, X,") */
            break;
        }
    }
    for (size_t k = from; k < e && k < from + 6 && m < 0; k++) {
        m = mention_from(cx, k);
        m = m >= 0 && cx->m[m].entity >= 0 ? m : -1;
    }
    if (m < 0 || sg_i_possessive_at(doc, cx->m[m].te)) {
        return -1; /* (nor a body's role's: "X's chair, Y, said ... and paid") */
    }
    size_t v = cx->m[m].te;
    if (v + 1 < e && sg_tok_is(doc, v, ",") &&
        !(doc->toks[v + 1].kind == SG_TK_WORD && !sg_i_is_cap(doc, v + 1) &&
          !IN_LIST(doc, v + 1, skip_words))) {
        while (++v < e && !sg_tok_is(doc, v, ",")) { /* past its apposition */
        }
    }
    v += v < e && sg_tok_is(doc, v, ",");
    if (v >= e || doc->toks[v].kind != SG_TK_WORD || sg_i_is_cap(doc, v) ||
        sg_tok_is(doc, v, "and") || sg_tok_is(doc, v, "or") ||
        IN_LIST(doc, v, link_words)) {
        return -1;
    }
    for (size_t k = v + 1; k < e; k++) {
        long o = sg_i_mention_at(cx, k);
        if (o >= 0 && o != m && cx->m[o].entity != cx->m[m].entity) {
            return sg_i_role_body(cx, m); /* (the verb's object, no subject) */
        }
    }
    return -1;
}

/* Are tokens [j, c) words in lower case that name no stakeholder? */
static int unnamed_words(const sg_i_ctx_t *cx, size_t j, size_t c) {
    while (j < c && cx->doc->toks[j].kind == SG_TK_WORD && !sg_i_is_cap(cx->doc, j) &&
           sg_i_mention_at(cx, j) < 0) {
        j++;
    }
    return j == c;
}

/* Does token k open a clause ("that") whose subject, before the verb at c, is a
 * group no name gives ("disappointed that two councils had not backed the plan",
 * "said that some trusts opposed it", "I know many residents are worried", "my
 * constituents oppose it")? */
static int unnamed_clause(const sg_i_ctx_t *cx, size_t k, size_t c) {
    const sg_textdoc_t *doc = cx->doc;
    static const char *const groups[] = {"two",  "three", "four", "five", "six",
                                         "both", "some",  "many", "most", "several",
                                         "all",  "few",   "a",    "the"};
    static const char *const preps[] = {"for",   "in",    "of",     "at",     "on",
                                        "over",  "by",    "with",   "from",   "to",
                                        "after", "since", "during", "before", "across"};
    if (k > 0 && k + 2 <= c && doc->toks[k].kind == SG_TK_WORD && !sg_i_is_cap(doc, k) &&
        (!sg_i_is_cap(doc, k + 1) || sg_i_plural_initials(doc, k + 1)) &&
        doc->toks[k + 1].kind == SG_TK_WORD && IN_LIST(doc, k, groups) &&
        !sg_tok_is(doc, k, "a") && !sg_tok_is(doc, k, "the") &&
        !sg_tok_is(doc, k + 1, "of") && !IN_LIST(doc, k - 1, preps) &&
        !sg_i_auxiliary(doc, k + 1) && !sg_i_reporting_at(cx, k + 1)) {
        return 1; /* a quantifier and a noun: "many residents", "most GPs" (not "many
                   * of us", we; nor a time or place: "has for many years opposed") */
    }
    /* some of a group named before: "comments from residents, most of them
     * critical of the proposals", "eight councils, two of which have refused" (not
     * "many of us": we) */
    if (k > 0 && k + 3 <= c && IN_LIST(doc, k, groups) && !sg_tok_is(doc, k, "a") &&
        !sg_tok_is(doc, k, "the") && sg_tok_is(doc, k + 1, "of") &&
        (sg_tok_is(doc, k + 2, "them") || sg_tok_is(doc, k + 2, "these") ||
         sg_tok_is(doc, k + 2, "those") || sg_tok_is(doc, k + 2, "which") ||
         sg_tok_is(doc, k + 2, "whom"))) {
        return 1;
    }
    /* a share: "87% of GPs backed", "60 per cent of members", "only a third of
     * councils had signed off" */
    if (k > 0 && k + 3 < c &&
        ((doc->toks[k].kind == SG_TK_NUM &&
          (sg_tok_is(doc, k + 1, "%") || sg_tok_is(doc, k + 1, "per"))) ||
         (sg_i_fraction_word(doc, k) && sg_tok_is(doc, k + 1, "of"))) &&
        !IN_LIST(doc, k - 1, preps)) {
        return 1;
    }
    /* "and my constituents oppose it", "their members back it": people of the
     * speaker's, none named */
    static const char *const poss[] = {"my", "his", "her", "their"};
    static const char *const people[] = {"constituents", "members",    "residents",
                                         "patients",     "colleagues", "staff",
                                         "voters",       "supporters", "families"};
    if (k + 2 <= c && IN_LIST(doc, k, poss) && IN_LIST(doc, k + 1, people)) {
        return 1;
    }
    /* "after a senior doctor accused X", "A local GP criticised X": one none names,
     * in lower-case words right before the verb, opening a clause */
    static const char *const openers[] = {"after", "when",  "as",  "because",
                                          "while", "since", "and", "but"};
    if ((sg_tok_is(doc, k, "a") || sg_tok_is(doc, k, "an")) && k + 2 <= c && c < k + 5 &&
        ((doc->toks[k].flags & SG_TF_SENT_START) ||
         (k > 0 && IN_LIST(doc, k - 1, openers))) &&
        unnamed_words(cx, k + 1, c)) {
        return 1;
    }
    /* "In the X STP, chaired by Y, the local hospital trust has refused": a
     * clause after a comma whose subject, in lower-case words, names no one */
    /* (or after ", and": "X has 3,000 members, and the town council has voted") */
    size_t ck = k > 1 && (sg_tok_is(doc, k - 1, "and") || sg_tok_is(doc, k - 1, "but"))
                    ? k - 1
                    : k;
    if (sg_tok_is(doc, k, "the") && ck > 0 && sg_tok_is(doc, ck - 1, ",") && k + 2 <= c &&
        c < k + 6 && unnamed_words(cx, k + 1, c)) {
        return 1;
    }
    /* "could no longer work for a trust that backed Y", "criticised councillors
     * who backed Y": a relative clause on what no name gives, its verb the cue's */
    size_t v = k + 1;
    while (v < c && sg_i_auxiliary(doc, v)) {
        v++;
    }
    if (k > 0 && v == c && (sg_tok_is(doc, k, "that") || sg_tok_is(doc, k, "who")) &&
        doc->toks[k - 1].kind == SG_TK_WORD && !sg_i_is_cap(doc, k - 1) &&
        sg_i_mention_at(cx, k - 1) < 0 && !sg_i_reporting_at(cx, k - 1) &&
        !sg_i_auxiliary(doc, k - 1) && !sg_i_ends_ed(doc, k - 1)) {
        /* (not what the subject is said to be: "X is the only councillor who has
         * backed Y") */
        size_t j = k - 1;
        while (j > 0 && j + 5 > k && doc->toks[j].kind == SG_TK_WORD &&
               !sg_i_is_cap(doc, j) && !sg_i_auxiliary(doc, j) &&
               !sg_tok_is(doc, j, "became") && !sg_tok_is(doc, j, "remains")) {
            j--;
        }
        return !(sg_i_auxiliary(doc, j) || sg_tok_is(doc, j, "became") ||
                 sg_tok_is(doc, j, "remains"));
    }
    return sg_tok_is(doc, k, "that") && k + 2 < c &&
           (IN_LIST(doc, k + 1, groups) || doc->toks[k + 1].kind == SG_TK_NUM);
}

/* The speaker of a speech's paragraph as a record of a debate or a transcript
 * prints it: "Dr Sarah Wollaston (Totnes) (Con): ...", "The Minister of State,
 * Department of Health (Mr Philip Dunne): ...", "NIA PRYCE (Dunmore Borough
 * Council): ..." (a person, then only brackets, before a colon near its start; or a
 * person in the brackets that end right before it), the speech from token *body
 * on; else -1. */
static long speech_speaker(const sg_i_ctx_t *cx, size_t para, size_t *body) {
    const sg_textdoc_t *doc = cx->doc;
    size_t pb = doc->paras[para].tok_begin, pe = doc->paras[para].tok_end, colon = 0;

    for (size_t k = pb + 1; k < pe && k < pb + 25 && !colon; k++) {
        colon = doc->toks[k].kind == SG_TK_PUNCT && sg_tok_is(doc, k, ":") ? k : 0;
    }
    if (!colon || colon + 1 >= pe) {
        return -1;
    }
    for (size_t k = pb + 1; k < colon; k++) {
        if (doc->toks[k].kind == SG_TK_QUOTE || sg_i_reporting_at(cx, k)) {
            return -1; /* "X said: “...”" is a quotation's */
        }
    }
    *body = colon + 1;
    if (sg_tok_is(doc, colon - 1, ")")) {
        size_t open = colon - 1;
        while (open > pb && !sg_tok_is(doc, open, "(")) {
            open--;
        }
        long m = mention_from(cx, open + 1);
        if (sg_tok_is(doc, open, "(") && m >= 0 && cx->m[m].te == colon - 1 &&
            cx->ents[cx->m[m].entity].type == SG_NODE_PERSON) {
            return cx->m[m].entity;
        }
    }
    long m = mention_from(cx, pb);
    if (m < 0 || cx->ents[cx->m[m].entity].type != SG_NODE_PERSON) {
        return -1;
    }
    for (size_t k = cx->m[m].te; k < colon;) {
        if (!sg_tok_is(doc, k, "(")) {
            return -1;
        }
        while (k < colon && !sg_tok_is(doc, k, ")")) {
            k++;
        }
        k++;
    }
    return cx->m[m].entity;
}

/* Is paragraph p a letter's signature: a person's name alone on its line, or
 * followed by a comma and words in capitals (a place, a role: "Mary Hollis,
 * Dalebridge", "Dr Owen Price, GP, Fenwick"), after a paragraph of prose (or,
 * when not prose_before, any)? The person's entity, or -1. */
static long signature_line(const sg_i_ctx_t *cx, size_t p, int prose_before) {
    static const char *const small[] = {"of", "and", "the", "for", "on", ","};
    const sg_textdoc_t *doc = cx->doc;
    size_t pb = doc->paras[p].tok_begin, pe = doc->paras[p].tok_end;

    if (p == 0 || pe > pb + 16 ||
        doc->paras[p - 1].tok_end == doc->paras[p - 1].tok_begin) {
        return -1;
    }
    const sg_token_t *last = &doc->toks[doc->paras[p - 1].tok_end - 1];
    if (prose_before && !(last->kind == SG_TK_QUOTE ||
                          (last->kind == SG_TK_PUNCT &&
                           (sg_tok_is(doc, doc->paras[p - 1].tok_end - 1, ".") ||
                            sg_tok_is(doc, doc->paras[p - 1].tok_end - 1, "!") ||
                            sg_tok_is(doc, doc->paras[p - 1].tok_end - 1, "?"))))) {
        return -1;
    }
    long m = sg_i_mention_at(cx, pb);
    if (m < 0 || cx->m[m].tb != pb || cx->m[m].entity < 0 ||
        cx->ents[cx->m[m].entity].type != SG_NODE_PERSON ||
        (cx->m[m].te < pe && !sg_tok_is(doc, cx->m[m].te, ","))) {
        return -1;
    }
    for (size_t k = cx->m[m].te; k < pe; k++) {
        size_t rn = sg_i_match_role(cx->lex, doc, k, pe, NULL); /* ("X, chair, Y") */
        k += rn ? rn - 1 : 0;
        if (!(rn || IN_LIST(doc, k, small) ||
              (doc->toks[k].kind == SG_TK_WORD && sg_i_is_cap(doc, k)) ||
              (k + 1 == pe && sg_tok_is(doc, k, ".")))) {
            return -1;
        }
    }
    return cx->m[m].entity;
}

/* The paragraph after para (within a dozen) that closes its letter: a
 * valediction ("Yours sincerely,") or a signature's line; 0 when none comes
 * before the next letter's salutation. */
static size_t closing_para(const sg_i_ctx_t *cx, size_t para) {
    const sg_textdoc_t *doc = cx->doc;

    for (size_t p = para + 1; p < doc->nparas && p < para + 12; p++) {
        size_t pb = doc->paras[p].tok_begin;
        if (sg_i_is_cap(doc, pb) &&
            (((sg_tok_is(doc, pb, "sir") || sg_tok_is(doc, pb, "madam")) &&
              sg_tok_is(doc, pb + 1, ",")) ||
             sg_tok_is(doc, pb, "dear"))) {
            return 0; /* the next letter's salutation: this one's signature unread */
        }
        if (valediction_signer(cx, p) >= 0 || signature_line(cx, p, 1) >= 0) {
            return p;
        }
    }
    return 0;
}

/* Whose own words sentence s is when no verb says: the speaker of a debate's
 * speech (after its colon), else the signature that closes its letter (within a
 * dozen paragraphs after), else the author. */
static long voice_of(const sg_i_ctx_t *cx, size_t s) {
    size_t body, p;
    long e = speech_speaker(cx, cx->doc->sents[s].para, &body);

    if (e < 0 && (p = closing_para(cx, cx->doc->sents[s].para)) != 0) {
        e = valediction_signer(cx, p);
        e = e >= 0 ? e : signature_line(cx, p, 1);
    }
    /* (or an interview's answer: the one interviewed) */
    p = cx->doc->sents[s].para;
    if (e < 0 && cx->interviewee >= 0 && p > cx->asked_para &&
        !question_para(cx->doc, p)) {
        e = cx->interviewee;
    }
    return e >= 0 ? e : cx->author;
}

/* The people who sign the letter paragraph para is in, one a line after its
 * valediction ("Yours sincerely, / Cllr A, Leader, X / Cllr B, Leader, Y"): up to
 * max into out, their number (0 when fewer than two). */
static size_t co_signers(const sg_i_ctx_t *cx, size_t para, long *out, size_t max) {
    const sg_textdoc_t *doc = cx->doc;
    size_t p = closing_para(cx, para), n = 0;

    if (p && valediction_signer(cx, p) < 0 && signature_line(cx, p, 1) >= 0) {
        /* (or several on the signature's line: "Dr A, Dr B and Dr C") */
        for (size_t k = doc->paras[p].tok_begin; k < doc->paras[p].tok_end && n < max;
             k++) {
            long m = sg_i_mention_at(cx, k);
            if (m < 0 || cx->m[m].tb != k) {
                continue;
            }
            long e = cx->m[m].entity;
            if (e < 0 || cx->ents[e].type != SG_NODE_PERSON) {
                break;
            }
            out[n++] = e;
            k = cx->m[m].te - 1;
        }
        /* (or one a line: "Dr A, chair, X / Sir B, chair, Y") */
        for (size_t q = p + 1, one = n == 1; one && q < doc->nparas && n < max; q++) {
            long e = signature_line(cx, q, 0);
            if (e < 0 || e == out[0]) {
                break;
            }
            out[n++] = e;
        }
        return n >= 2 ? n : 0;
    }
    if (!p || valediction_signer(cx, p) < 0) {
        return 0;
    }
    for (size_t q = p + 1; q < doc->nparas && n < max; q++) {
        long e = line_person(cx, q); /* (one signer a line) */
        if (e < 0) {
            break;
        }
        out[n++] = e;
    }
    return n >= 2 ? n : 0;
}

/* If token t of sentence st reports words (outside a quotation), its subject (-1
 * when not named, and *others set unless the subject is "I" or "we"); else -2. */
static long verb_reporter(const sg_i_ctx_t *cx, const sg_sentence_t *st, size_t t,
                          int *others);

static long reporter_at(const sg_i_ctx_t *cx, const sg_sentence_t *st, size_t t,
                        int *others) {
    /* (a noun, not a verb: "rejected claims that the plan was flawed") */
    static const char *const nouns[] = {"claims", "reports", "warnings"};
    /* (or a verb that names what it judges: "X called the plan a mistake") */
    int names = t + 1 < st->tok_end && IN_LIST(cx->doc, t, naming_verbs) &&
                !sg_tok_is(cx->doc, t + 1, "for") && !sg_tok_is(cx->doc, t + 1, "on");
    /* (or one that demands: "X has demanded that Y be scrapped") */
    static const char *const demands[] = {"demanded", "demanding", "demands", "demand"};
    names |= t + 1 < st->tok_end && IN_LIST(cx->doc, t, demands) &&
             sg_tok_is(cx->doc, t + 1, "that");
    if (!(sg_i_reporting_at(cx, t) || names) || quote_at(cx, t) >= 0 ||
        (IN_LIST(cx->doc, t, nouns) && t > st->tok_begin && entity_at(cx, t - 1) < 0 &&
         sg_i_pronoun_entity(cx, t - 1) < 0)) {
        return -2;
    }
    return verb_reporter(cx, st, t, others);
}

/* "The head of NHS Providers has warned that ... . Chris Hopson told": for the
 * body e whose mention ends the subject of the reporting verb at token t, a role
 * of it ("the ROLE of e" opening the sentence or after a comma), the person who
 * holds it named next; else -1. */
static long role_subject_holder(const sg_i_ctx_t *cx, const sg_sentence_t *st, size_t t,
                                long e) {
    const sg_textdoc_t *doc = cx->doc;
    size_t k = t;

    while (k > st->tok_begin && sg_i_auxiliary(doc, k - 1)) {
        k--;
    }
    long m = k > st->tok_begin ? sg_i_mention_at(cx, k - 1) : -1;
    if (m < 0 || cx->m[m].entity != e || cx->m[m].te != k) {
        return -1;
    }
    size_t of = cx->m[m].tb -
                (cx->m[m].tb > st->tok_begin && sg_tok_is(doc, cx->m[m].tb - 1, "the"));
    if (of < st->tok_begin + 2 || !sg_tok_is(doc, of - 1, "of")) {
        return -1;
    }
    of--;
    for (size_t rs = of; rs-- > st->tok_begin && rs + 4 > of;) {
        if (sg_i_match_role(cx->lex, doc, rs, of, NULL) != of - rs) {
            continue;
        }
        size_t a = rs - (rs > st->tok_begin &&
                         (sg_tok_is(doc, rs - 1, "the") || sg_tok_is(doc, rs - 1, "a")));
        return a == st->tok_begin || sg_tok_is(doc, a - 1, ",")
                   ? sg_i_lede_role_person(cx, a, t, 1)
                   : -1;
    }
    return -1;
}

/* reporter_at for the reporting verb at token t, wherever it is: its subject, or
 * -1 (*others set when that is one not named, not "I" or "we"). */
static long verb_reporter(const sg_i_ctx_t *cx, const sg_sentence_t *st, size_t t,
                          int *others) {
    /* (the subject after it, inverted: "X must be stopped, said Hale Council"; else
     * before it) */
    size_t a = past_determiners(cx->doc, t + 1, st->tok_end);
    long am =
        t > st->tok_begin && sg_tok_is(cx->doc, t - 1, ",") ? mention_from(cx, a) : -1;
    size_t ae = am >= 0 ? cx->m[am].te : 0; /* (which ends the clause) */
    am = am >= 0 && cx->ents[cx->m[am].entity].type != SG_NODE_STP &&
                 (ae >= st->tok_end || sg_tok_is(cx->doc, ae, ".") ||
                  sg_tok_is(cx->doc, ae, ","))
             ? am
             : -1;
    long e = am >= 0 ? cx->m[am].entity : sg_i_subject_before(cx, t);
    if (e >= 0) {
        long h = am < 0 && cx->ents[e].type != SG_NODE_PERSON
                     ? role_subject_holder(cx, st, t, e)
                     : -1;
        return h >= 0 ? h : e;
    }
    /* (past "have", "still", "now", "always") */
    static const char *const often[] = {"still", "always", "consistently", "long",
                                        "often"};
    size_t k = t;
    while (k > st->tok_begin &&
           (sg_i_auxiliary(cx->doc, k - 1) || IN_LIST(cx->doc, k - 1, aux_words) ||
            IN_LIST(cx->doc, k - 1, often))) {
        k--;
    }
    *others |= !(k > st->tok_begin &&
                 (sg_tok_is(cx->doc, k - 1, "i") || sg_tok_is(cx->doc, k - 1, "we")));
    return -1;
}

/* Who holds an evaluation in quotation q made in sentence s by the cue at token c:
 * its speaker, unless the nearest verb before it in the quotation reports one not
 * named ("“People told me it was a fantasy,” she says": no one's). */
static long quoted_evaluator(const sg_i_ctx_t *cx, size_t s, size_t c,
                             const sg_i_quote_t *q) {
    const sg_sentence_t *st = &cx->doc->sents[s];
    size_t lo = q->qb > st->tok_begin ? q->qb : st->tok_begin;
    int others = 0;

    for (size_t t = c; t-- > lo && !others;) {
        if (sg_i_reporting_at(cx, t) && verb_reporter(cx, st, t, &others) >= 0) {
            break;
        }
    }
    return others ? -1 : q->speaker;
}

/* Who holds an evaluation made in sentence s by the cue at token c: the subject of
 * the reporting verb nearest before the cue ("A said X was a mistake, and B said Y
 * would never work": B's for Y), else of the first after it ("Y must be stopped,
 * said Z"); else the author (or a debate's speaker). */
static long evaluator(const sg_i_ctx_t *cx, size_t s, size_t c) {
    const sg_sentence_t *st = &cx->doc->sents[s];
    int others = 0; /* a verb reports words of one not named ("Critics say") */
    long e;

    c = c < st->tok_begin ? st->tok_begin : c > st->tok_end ? st->tok_end : c;
    /* "Unison: STPs are a smokescreen for cuts": a headline's (or a line's) speaker
     * named before a colon that opens it */
    long lm = sg_i_mention_at(cx, st->tok_begin);
    if (lm >= 0 && cx->m[lm].tb == st->tok_begin && cx->m[lm].te < c &&
        sg_tok_is(cx->doc, cx->m[lm].te, ":") && cx->m[lm].entity >= 0 &&
        cx->ents[cx->m[lm].entity].type != SG_NODE_STP) {
        return cx->m[lm].entity;
    }
    /* (the nearest verb before it reports one not named: "Critics say it is a
     * fantasy, X said": no one's) */
    for (size_t t = c; t-- > st->tok_begin && !others;) {
        if ((e = reporter_at(cx, st, t, &others)) >= 0) {
            return e;
        }
    }
    for (size_t t = c; t < st->tok_end && !(others && t == c); t++) {
        if ((e = reporter_at(cx, st, t, &others)) >= 0) {
            return e;
        }
    }
    /* "The plan is a disaster, according to X", "In X's view, the plan is ...",
     * "For X, the plan is ...": the one the sentence gives the view to (a person a
     * role of X names: "according to X's leader, Y") */
    const sg_textdoc_t *doc = cx->doc;
    for (size_t t = st->tok_begin; !others && t + 2 < st->tok_end; t++) {
        size_t a = 0;
        if (sg_tok_is(doc, t, "according") && sg_tok_is(doc, t + 1, "to")) {
            a = past_determiners(doc, t + 2, st->tok_end);
        } else if (t == st->tok_begin) {
            /* (or "X's view is that", "X's verdict:", "For X, the plan is") */
            static const char *const views[] = {"view", "position", "verdict", "stance"};
            size_t b = t + (sg_tok_is(doc, t, "in") || sg_tok_is(doc, t, "for"));
            b += b > t && sg_tok_is(doc, b, "the");
            long vm = sg_i_mention_at(cx, b);
            size_t ve = vm >= 0 && cx->m[vm].tb == b ? cx->m[vm].te : 0;
            a = ve && ve + 1 < st->tok_end &&
                        (sg_tok_is(doc, t, "for")
                             ? sg_tok_is(doc, ve, ",")
                             : sg_i_possessive_at(doc, ve) && IN_LIST(doc, ve + 1, views))
                    ? b
                    : 0;
        }
        size_t pe;
        long ap = a ? agent_person(cx, a, st->tok_end, &pe) : -1;
        long am = a && ap < 0 ? sg_i_mention_at(cx, a) : -1;
        e = ap >= 0 ? ap : am >= 0 && cx->m[am].tb == a ? cx->m[am].entity : -1;
        if (e >= 0 && cx->ents[e].type != SG_NODE_STP) {
            return e;
        }
    }
    return others ? -1 : voice_of(cx, s); /* (the voice's own: "I argued ...") */
}

/* The stakeholder a verb's subject is likened to, between from and the verb at c:
 * ", like Y," right after the subject (ending at subj_end) or "Like Y," opening
 * the clause; else -1 (not "Unlike Y,"). */
static long like_subject(const sg_i_ctx_t *cx, size_t from, size_t subj_end, size_t c) {
    const sg_textdoc_t *doc = cx->doc;
    size_t k = (size_t)-1;

    if (subj_end > from && subj_end + 3 < c && sg_tok_is(doc, subj_end, ",") &&
        sg_tok_is(doc, subj_end + 1, "like")) {
        k = subj_end + 2;
    } else if (from + 3 < c && sg_tok_is(doc, from, "like")) {
        k = from + 1;
    }
    long m = k != (size_t)-1 ? mention_from(cx, past_determiners(doc, k, c)) : -1;
    return m >= 0 && cx->m[m].te < c && sg_tok_is(doc, cx->m[m].te, ",")
               ? sg_i_role_body(cx, m)
               : -1;
}

/* Entity e's last mention in tokens [from, c), or -1. */
static long last_mention_of(const sg_i_ctx_t *cx, long e, size_t from, size_t c) {
    for (size_t k = c; k-- > from;) {
        long m = sg_i_mention_at(cx, k);
        if (m >= 0 && cx->m[m].entity == e) {
            return m;
        }
    }
    return -1;
}

/* The person named first of a pair "A and B" whose B is person e's last mention
 * in tokens [from, c), or -1. */
static long pair_before(const sg_i_ctx_t *cx, long e, size_t from, size_t c) {
    long m = last_mention_of(cx, e, from, c);
    return m >= 0 ? person_and(cx, m, from) : -1;
}

/* The bodies listed before body e's last mention in tokens [from, c) when a
 * reporting verb follows it ("The A, the B and e said"), up to max into out; their
 * number. */
static size_t bodies_saying(const sg_i_ctx_t *cx, long e, size_t from, size_t c,
                            long *out, size_t max) {
    long m = last_mention_of(cx, e, from, c);
    size_t t = m >= 0 ? cx->m[m].te : c;
    while (t < c && sg_i_auxiliary(cx->doc, t)) {
        t++;
    }
    return t < c && sg_i_reporting_at(cx, t)
               ? listed_before(cx, cx->m[m].te, 0, out, max, NULL)
               : 0;
}

/* The subject of the last reporting verb outside a quotation in tokens [from, k)
 * ("X said the plan ..."), or -1 when none. */
static long reporter_before(const sg_i_ctx_t *cx, size_t from, size_t k) {
    for (size_t r = k; r-- > from;) {
        if (sg_i_reporting_at(cx, r) && quote_at(cx, r) < 0) {
            return sg_i_subject_before(cx, r);
        }
    }
    return -1;
}

/* verbs of recommending a clause ("X recommended that Y back it") */
static const char *const recommending[] = {"recommend", "recommends", "recommended",
                                           "propose",   "proposes",   "proposed",
                                           "suggest",   "suggests",   "suggested"};

/* verbs of urging ("X urged Y to", "Y was asked by X to") */
static const char *const urge[] = {"urged",     "urging",   "urges",   "urge",
                                   "asked",     "asking",   "pressed", "told",
                                   "want",      "wants",    "wanted",  "encouraged",
                                   "persuaded", "persuade", "lobbied", "lobbying"};

/* "X urged Y to ...", "X has called on Y to ...", with Y starting at token b: X,
 * the stakeholder before the urging verb (or -1 when none is named); -2 when no
 * such verb comes before Y. */
static long urged_by(const sg_i_ctx_t *cx, size_t from, size_t b) {
    const sg_textdoc_t *doc = cx->doc;
    size_t v;

    if (b > from && IN_LIST(doc, b, urge) && IN_LIST(doc, b - 1, be_words)) {
        return -1; /* "the council has been asked to endorse it": asked, no stance */
    }
    /* (past a body's part: "called on the BMA's GP committee to") */
    for (size_t k = b, k0 = b; k > from + 1 && k + 4 > k0; k--) {
        long m = sg_tok_is(doc, k, "'s") ? sg_i_mention_at(cx, k - 1) : -1;
        if (m >= 0 && cx->m[m].te == k) {
            b = cx->m[m].tb;
            break;
        }
    }
    const size_t b0 = b;
    /* "said he would recommend that Y endorses it": the verb before "that" */
    int clause = b > from + 1 && sg_tok_is(doc, b - 1, "that") &&
                 IN_LIST(doc, b - 2, recommending);
    /* (past words in lower case that name the one urged: "urged the trust to",
     * "urged local people to") */
    while (!clause && b > from + 1 && b + 3 > b0 && !IN_LIST(doc, b - 1, urge) &&
           !sg_tok_is(doc, b - 1, "on") && doc->toks[b - 1].kind == SG_TK_WORD &&
           !sg_i_is_cap(doc, b - 1) && sg_i_mention_at(cx, b - 1) < 0 &&
           !sg_i_auxiliary(doc, b - 1) && !sg_tok_is(doc, b - 1, "whether")) {
        b--; /* (not "asked whether councils had decided to back it") */
    }
    if (clause) {
        v = b - 2;
    } else if (b > from && IN_LIST(doc, b - 1, urge)) {
        v = b - 1;
    } else if (b > from + 1 && sg_tok_is(doc, b - 1, "on") &&
               (sg_tok_is(doc, b - 2, "called") || sg_tok_is(doc, b - 2, "calling") ||
                sg_tok_is(doc, b - 2, "calls") || sg_tok_is(doc, b - 2, "call"))) {
        v = b - 2;
    } else {
        return -2;
    }
    /* "X wrote to Y, asking him to ...": a participle's subject is the sentence's,
     * its first stakeholder; "X urged Y": the nearest before the verb */
    if (sg_i_participle(doc, v) && !(v > from && IN_LIST(doc, v - 1, be_words))) {
        return sg_i_first_stakeholder(cx, from, v); /* (not "I will be urging") */
    }
    for (size_t k = v; k-- > from;) {
        long e = entity_at(cx, k);
        if (e < 0) {
            e = sg_i_pronoun_entity(cx, k);
        }
        if (e < 0 && (sg_tok_is(doc, k, "i") || sg_tok_is(doc, k, "we"))) {
            /* "I urge my cabinet to back it": the voice, a quotation's speaker or
             * the writer */
            long qi = quote_at(cx, k);
            return qi >= 0 ? cx->q[qi].speaker : voice_of(cx, doc->toks[k].sent);
        }
        if (e >= 0 && cx->ents[e].type == SG_NODE_STP) {
            /* "X said the plan was a bold vision and urged members to back it": a
             * plan in the clause a reporting verb gives urges no one; its speaker
             * does */
            long sp = reporter_before(cx, from, k);
            return sp >= 0 ? sp : e;
        }
        if (e >= 0) {
            return e;
        }
    }
    return -1;
}

/* Does token t open "the" and a role that names no body after it ("the mayor of
 * bias", not "the chief executive of (the) NHS England")? The role's length in
 * words, or 0. */
static size_t the_role(const sg_i_ctx_t *cx, size_t t, size_t lim) {
    const sg_textdoc_t *doc = cx->doc;
    size_t n;

    if (!sg_tok_is(doc, t, "the") || t + 1 >= lim ||
        !(n = sg_i_match_role(cx->lex, doc, t + 1, lim, NULL))) {
        return 0;
    }
    size_t b = t + 2 + n + (sg_tok_is(doc, t + 2 + n, "the") ? 1 : 0);
    return IN_LIST(doc, t + 1 + n, link_words) && b < lim && entity_at(cx, b) >= 0 ? 0
                                                                                   : n;
}

/* How far back, in mentions, "the chief executive" looks for the person holding
 * the role. */
#define ROLE_OBJECT_REACH 64

/* The person "the <role>" at token t means as an object ("criticised the chief
 * executive"): the last one named before whose roles hold it, or -1 (not "the
 * chief executive of X", which names its body). */
static long role_object(const sg_i_ctx_t *cx, size_t t, size_t lim) {
    const sg_textdoc_t *doc = cx->doc;
    size_t n = the_role(cx, t, lim);

    if (!n) {
        return -1;
    }
    char buf[128], *role = sg_i_surface_buf(doc, t + 1, t + 1 + n, buf, sizeof(buf));
    if (!role) {
        return -1;
    }
    size_t rl = strlen(role), lo = 0, hi = cx->nm;
    while (lo < hi) { /* the mentions that end by t: [0, lo) */
        size_t mid = lo + (hi - lo) / 2;
        if (cx->m[mid].te <= t) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    long found = -1;
    for (size_t k = lo, c = 0; k-- > 0 && c < ROLE_OBJECT_REACH && found < 0; c++) {
        long e = cx->m[k].entity;
        const sg_strv_t *r =
            e >= 0 && cx->ents[e].type == SG_NODE_PERSON ? &cx->ents[e].roles : NULL;
        for (size_t j = 0; r && j < r->n && found < 0; j++) {
            if (strncasecmp(r->v[j], role, rl) == 0 && r->v[j][rl] == ',') {
                found = e;
            }
        }
    }
    /* a role of no body, named right before the person ("The Mayor of Wexbridge,
     * Sir Peter Ray, ... praised the mayor's leadership") */
    for (size_t k = lo, c = 0; found < 0 && k-- > 0 && c < ROLE_OBJECT_REACH; c++) {
        long e = cx->m[k].entity;
        size_t tb = cx->m[k].tb;
        if (e < 0 || cx->ents[e].type != SG_NODE_PERSON) {
            continue;
        }
        size_t sb = doc->sents[doc->toks[tb].sent].tok_begin;
        for (size_t j = tb > sb + 6 ? tb - 6 : sb; j + n <= tb && found < 0; j++) {
            size_t q = 0;
            while (q < n && sg_i_same_word(doc, j + q, t + 1 + q)) {
                q++;
            }
            found = q == n ? e : -1;
        }
    }
    if (role != buf) {
        free(role);
    }
    return found;
}

/* Does a quotation opening at token qb complete a naming verb's object ("called the
 * Tarn STP “a once in a generation opportunity”"): what it says judges that object? */
static int named_before_quote(const sg_i_ctx_t *cx, size_t qb) {
    const sg_textdoc_t *doc = cx->doc;
    long m = qb >= 2 ? sg_i_mention_at(cx, qb - 2) : -1;

    if (m < 0 || cx->m[m].te != qb - 1) {
        return 0;
    }
    size_t v = past_back_determiners(doc, cx->m[m].tb, 0);
    return v > 0 && IN_LIST(doc, v - 1, naming_verbs);
}

/* The person the article gives the role in tokens [rb, re) of body: *person, or
 * -1 when none has it. */
static sg_err_t holder_of(const sg_i_ctx_t *cx, size_t rb, size_t re, long body,
                          long *person) {
    sg_buf_t key;
    sg_buf_init(&key);
    char *role = role_text(cx->doc, rb, re);
    sg_err_t rc =
        !role ? SG_ENOMEM : sg_buf_printf(&key, "%s, %s", role, cx->ents[body].name);
    free(role);
    *person = -1;
    for (size_t e = 0; rc == SG_OK && e < cx->nents; e++) {
        const sg_strv_t *r = &cx->ents[e].roles;
        for (size_t k = 0; cx->ents[e].type == SG_NODE_PERSON && k < r->n; k++) {
            if (strcasecmp(r->v[k], key.data) == 0) {
                *person = (long)e;
                e = cx->nents;
                break;
            }
        }
    }
    sg_buf_release(&key);
    return rc;
}

/* Mention m of a body, after "the <role> of" from token lo on ("The leader of
 * Hale Council has vowed to fight the plan"): *person becomes the person the
 * article gives that role of that body, when roles are read and one has it;
 * otherwise it is left as it was. */
static sg_err_t role_holder(const sg_i_ctx_t *cx, long m, size_t lo, long *person) {
    const sg_textdoc_t *doc = cx->doc;
    size_t j = past_back_determiners(doc, cx->m[m].tb, lo), te = cx->m[m].te, n;
    long p;

    /* (or "X's chief executive has told", "told by X's chief executive to") */
    if (sg_i_possessive_at(doc, te) &&
        (n = sg_i_match_role(cx->lex, doc, te + 1, sent_end(doc, te), NULL)) != 0 &&
        te + 1 + n < doc->ntoks && !sg_tok_is(doc, te + 1 + n, ",") &&
        !sg_i_is_cap(doc, te + 1 + n)) {
        sg_err_t rc = holder_of(cx, te + 1, te + 1 + n, cx->m[m].entity, &p);
        *person = p >= 0 ? p : *person;
        return rc;
    }
    size_t kb = j; /* (past the body's kind: "the founder of campaign group X") */
    while (kb > lo + 2 && kb + 3 > j && doc->toks[kb - 1].kind == SG_TK_WORD &&
           !sg_i_is_cap(doc, kb - 1) && !sg_tok_is(doc, kb - 1, "of") &&
           sg_i_org_kind(doc, j - 1)) {
        kb--;
    }
    j = kb;
    if (j < lo + 2 || !sg_tok_is(doc, j - 1, "of")) {
        return SG_OK;
    }
    size_t rb = sg_i_role_ending(cx, j > lo + 5 ? j - 5 : lo, j - 1), qb = rb;
    while (qb > lo + 1 && IN_LIST(doc, qb - 1, qualifiers)) {
        qb--; /* ("The independent chair of X has criticised") */
    }
    if (rb == j - 1 || rb == 0 || !sg_tok_is(doc, qb - 1, "the")) {
        return SG_OK; /* (nor an apposition's: "X, leader of Y, said her cabinet would
                       * not sign the plan") */
    }
    sg_err_t rc = holder_of(cx, rb, j - 1, cx->m[m].entity, &p);
    *person = p >= 0 ? p : *person;
    return rc;
}

/* the people of a side against a thing, as a stance's object ("hit back at critics
 * of Y"): against them is for the thing */
static const char *const foes[] = {"critics", "opponents", "objectors"};

/* "Campaigners opposed to the X STP have launched a petition", "Critics of Y
 * have called for": a name that a stance word before it takes for object is no
 * later verb's subject. The token where that word starts, else 0. */
static size_t cue_object(const sg_i_ctx_t *cx, size_t tb, size_t lo) {
    static const char *const sides[] = {"critics", "opponents", "objectors", "supporters",
                                        "backers"};
    const sg_textdoc_t *doc = cx->doc;
    long pm = tb > lo ? sg_i_mention_at(cx, tb - 1) : -1;
    if (pm >= 0 && cx->m[pm].te == tb) {
        tb = cx->m[pm].tb; /* "opposed to the Kent sustainability and ... plan" */
    }
    size_t j = past_back_determiners(doc, tb, lo);
    if (j < lo + 2) {
        return 0;
    }
    if (sg_tok_is(doc, j - 1, "against")) {
        return j - 1;
    }
    if (!sg_tok_is(doc, j - 1, "to") && !sg_tok_is(doc, j - 1, "of")) {
        return 0;
    }
    size_t v, n = sg_i_match(cx->lex, SG_I_T_STANCE, doc, j - 2, j, &v);
    /* (or a change done to it: "Campaigners fighting the downgrade of X have") */
    int change = sg_tok_is(doc, j - 1, "of") && IN_LIST(doc, j - 2, change_nouns);
    return (n && !(v & SG_I_ST_NONE)) || IN_LIST(doc, j - 2, sides) || change ? j - 2 : 0;
}

/* "X has given the plan its full support": the mention m after a verb of giving,
 * whose possessive and a few words in lower case run to the cue at c, is what the
 * cue is given to. The token of that verb, else 0. */
static size_t given_object(const sg_i_ctx_t *cx, long m, size_t c, size_t lo) {
    static const char *const gives[] = {"given", "gave", "give", "gives", "giving"};
    /* (or "a": "gave the plan a cautious welcome") */
    static const char *const poss[] = {"its", "their", "his", "her", "our", "a", "the"};
    const sg_textdoc_t *doc = cx->doc;
    size_t k = cx->m[m].te;

    if (k >= c || !IN_LIST(doc, k, poss)) {
        return 0;
    }
    for (k++; k < c; k++) {
        if (doc->toks[k].kind != SG_TK_WORD || sg_i_is_cap(doc, k)) {
            return 0;
        }
    }
    size_t j = past_back_determiners(doc, cx->m[m].tb, lo);
    return j > lo && IN_LIST(doc, j - 1, gives) ? j - 1 : 0;
}

/* Is the "it" at token k one that stands for nothing, before "is", a word or two
 * and the "to" of the cue at c ("It is easy to criticise X", "it was right to
 * back Y")? */
static int expletive_it(const sg_textdoc_t *doc, size_t k, size_t c) {
    if (doc->toks[k].norm_len != 2 || !sg_tok_is(doc, k, "it") ||
        !(sg_tok_is(doc, k + 1, "is") || sg_tok_is(doc, k + 1, "was") ||
          sg_tok_is(doc, k + 1, "'s"))) {
        return 0;
    }
    size_t to = sg_tok_is(doc, c, "to") ? c : c - 1;
    if (to < k + 3 || to > k + 5 || !sg_tok_is(doc, to, "to")) {
        return 0;
    }
    for (size_t j = k + 2; j < to; j++) {
        if (doc->toks[j].kind != SG_TK_WORD || sg_i_is_cap(doc, j)) {
            return 0;
        }
    }
    return 1;
}

/* Is there a "from" in tokens [lo, e) ("a letter from X to Y")? */
static int from_before(const sg_textdoc_t *doc, size_t lo, size_t e) {
    for (size_t k = lo; k < e; k++) {
        if (sg_tok_is(doc, k, "from")) {
            return 1;
        }
    }
    return 0;
}

/* Do a role and "of" end right before token b, not before lo ("leader of")? */
static int role_of_before(const sg_i_ctx_t *cx, size_t b, size_t lo) {
    return b >= lo + 2 && sg_tok_is(cx->doc, b - 1, "of") &&
           sg_i_role_ending(cx, b > lo + 4 ? b - 4 : lo, b - 1) != b - 1;
}

/* Is the preposition at p a verb's, an "-ing" form a few words before it, not
 * before lo ("working with NHS colleagues on the Devon STP", not "a report on")? */
static int verb_object(const sg_textdoc_t *doc, size_t p, size_t lo) {
    for (size_t k = p; k-- > lo && k + 5 > p && doc->toks[k].kind != SG_TK_PUNCT;) {
        if (sg_i_participle(doc, k)) {
            return 1;
        }
    }
    return 0;
}

/* things a text may be about that a later "it" stands for (beside inquiries) */
static const char *const about_things[] = {
    "report",  "article", "story", "paper",   "book",      "film",   "documentary",
    "leaflet", "letter",  "piece", "meeting", "debate",    "event",  "briefing",
    "session", "talk",    "video", "podcast", "programme", "motion", "petition"};

/* Does sentence s open with "It" (past a list's number: "3. It must save")? */
static int it_opens(const sg_textdoc_t *doc, size_t s) {
    size_t b = doc->sents[s].tok_begin;
    b += b + 1 < doc->sents[s].tok_end && doc->toks[b].kind == SG_TK_NUM &&
                 sg_tok_is(doc, b + 1, ".")
             ? 2
             : 0;
    /* (or is that number alone) */
    return b == doc->sents[s].tok_end ||
           (b < doc->sents[s].tok_end && sg_tok_is(doc, b, "it"));
}

/* Does sentence s open with a thing a text may be about as its subject ("The
 * letter criticises", "An open letter to X")? */
static int thing_opens(const sg_textdoc_t *doc, size_t s) {
    static const char *const dets[] = {"the",   "this", "a",   "an",
                                       "their", "its",  "his", "her"};
    size_t b = doc->sents[s].tok_begin, e = doc->sents[s].tok_end;
    return b + 2 < e && IN_LIST(doc, b, dets) &&
           (IN_LIST(doc, b + 1, about_things) ||
            (doc->toks[b + 1].kind == SG_TK_WORD && !sg_i_is_cap(doc, b + 1) &&
             IN_LIST(doc, b + 2, about_things)));
}

long sg_i_plan_before(const sg_i_ctx_t *cx, size_t t, long not_e) {
    const sg_textdoc_t *doc = cx->doc;
    /* (up to four sentences back, through sentences that name nothing: "... on
     * the Tarnshire STP. It is not perfect. But it is the best chance we have had")
     */
    size_t s = doc->toks[t].sent, ls = s > 4 ? s - 4 : 0;
    /* (and further while those sentences open with "It", the plan: "2. It is led by
     * X. 3. It must save £300m. 4. Y has refused to sign it.") */
    while (ls > 0 && ls + 10 > s && it_opens(doc, ls)) {
        ls--;
    }
    size_t lo = doc->sents[ls].tok_begin;
    size_t said = 0; /* where the subject of t's sentence's reporting verb ends */
    long place = -1; /* the first footprint named as a place only */

    for (size_t k = t; k-- > lo;) {
        if (doc->toks[k].sent == s && sg_i_reporting_at(cx, k)) {
            said = verb_start(doc, lo, k);
        }
        long m = sg_i_mention_at(cx, k);
        if (m < 0 && k > lo && IN_LIST(doc, k, change_nouns) &&
            (sg_tok_is(doc, k - 1, "the") || sg_tok_is(doc, k - 1, "this"))) {
            return -1; /* "She said the merger would ... and called it a disaster" */
        }
        if (m < 0) {
            continue;
        }
        if (said && cx->m[m].te == said) {
            /* the ones who said it: "Tarn Council and Hale Council said they
             * opposed it" (a list joined by "and" or commas) */
            size_t b = cx->m[m].tb;
            said = b > lo && (sg_tok_is(doc, b - 1, "and") || sg_tok_is(doc, b - 1, ","))
                       ? b - 1
                       : 0;
            k = b;
            continue;
        }
        if (cx->m[m].entity == not_e ||
            cx->ents[cx->m[m].entity].type == SG_NODE_PERSON ||
            sg_i_party_word(doc, cx->m[m].tb)) {
            continue; /* (past the speaker: "X said it was a sensible way forward";
                       * and a person's party: "- X (Exeter, Labour): “This is”") */
        }
        size_t tb = cx->m[m].tb, te = cx->m[m].te;
        size_t pb = tb - (tb > lo && sg_tok_is(doc, tb - 1, "the")); /* "and the B" */
        size_t sb = doc->sents[s].tok_begin; /* (past a list's bullet: "• A and B") */
        sb += sb + 1 < t && sg_i_bullet_at(doc, sb);
        sb +=
            sb + 1 < t && (sg_tok_is(doc, sb, "both") || sg_tok_is(doc, sb, "neither") ||
                           sg_tok_is(doc, sb, "either")); /* ("Both A and B") */
        if (doc->toks[tb].sent == s && cx->ents[cx->m[m].entity].type != SG_NODE_STP &&
            (pb == sb || sg_tok_is(doc, pb - 1, "and") || sg_tok_is(doc, pb - 1, "but") ||
             sg_tok_is(doc, pb - 1, "nor") || sg_tok_is(doc, pb - 1, "while") ||
             sg_tok_is(doc, pb - 1, "after") || sg_tok_is(doc, pb - 1, "before") ||
             sg_tok_is(doc, pb - 1, "when") || sg_tok_is(doc, pb - 1, "since") ||
             sg_tok_is(doc, pb - 1, ",") || sg_tok_is(doc, pb - 1, ":") ||
             sg_tok_is(doc, pb - 1, ";")) && /* (or a list's: "A, B and C opposed it";
                                              * or a clause's: "after X backed it",
                                              * "few friends: A and B oppose it") */
            te < t &&
            ((doc->toks[te].kind == SG_TK_WORD && !sg_i_is_cap(doc, te) &&
              !sg_tok_is(doc, te, "of") && !sg_tok_is(doc, te, "'s")) ||
             sg_tok_is(doc, te, ",") ||
             /* (or a role in capitals: "Hale Council Leader Ann Ray criticised it") */
             sg_i_match_role(cx->lex, doc, te, t, NULL))) {
            k = tb; /* (past another clause's subject in its sentence: "X gave its
                     * backing last month, and Y withdrew its support") */
            continue;
        }
        size_t ts = doc->toks[tb].sent, ob = doc->sents[ts].tok_begin;
        ob += ob + 1 < tb && sg_i_bullet_at(doc, ob);
        if (ts < s && pb == ob && cx->ents[cx->m[m].entity].type != SG_NODE_STP &&
            te + 1 < doc->sents[ts].tok_end &&
            (sg_i_auxiliary(doc, te) || past_verb(doc, te))) {
            k = tb; /* (nor the subject of a sentence before: "The Devon STP ... Hale
                     * Council has signed it. Fenby Council has refused to sign it") */
            continue;
        }
        /* (not "a review of the Devon STP": the review is what "it" is; past a
         * place: "the plan would close the unit at Dale General. It is a mistake") */
        size_t b = past_back_determiners(doc, cx->m[m].tb, lo);
        if ((b > lo && (sg_tok_is(doc, b - 1, "at") || role_of_before(cx, b, lo))) ||
            (cx->ents[cx->m[m].entity].type != SG_NODE_STP &&
             sg_i_possessive_at(doc, cx->m[m].te)) ||
            (b > lo && sg_tok_is(doc, b - 1, "by") &&
             cx->ents[cx->m[m].entity].type != SG_NODE_STP) ||
            (b > lo && IN_LIST(doc, b - 1, urge) &&
             cx->ents[cx->m[m].entity].type != SG_NODE_STP)) {
            k = cx->m[m].tb; /* (nor the body of a role: "X, leader of Tarn Council,
                              * backed it", "Tarn Council's leader, X, backed it"; nor
                              * a passive's agent: "The plan was welcomed by X, whose
                              * chair described it as"; nor the one urged: "urged Hale
                              * Council to reject it") */
            continue;
        }
        long ap = b > lo + 2 && sg_tok_is(doc, b - 1, "of") && sg_tok_is(doc, b - 2, ",")
                      ? entity_at(cx, b - 3)
                      : -1;
        if (ap >= 0 && cx->ents[ap].type == SG_NODE_PERSON) {
            k = tb; /* (past a person's body: "X, of Unison, said it was") */
            continue;
        }
        /* (nor what a thing is about: "a report about the STP. It says", but
         * "worried about the STP. It will close", "we write about the STP") */
        static const char *const sides[] = {"positions", "position", "views", "view",
                                            "stance",    "stances",  "sides", "side"};
        if (b > lo &&
            (sg_tok_is(doc, b - 1, "of") || sg_tok_is(doc, b - 1, "into") ||
             sg_tok_is(doc, b - 1, "on") ||
             (sg_tok_is(doc, b - 1, "about") && b > lo + 1 &&
              (IN_LIST(doc, b - 2, inquiries) || IN_LIST(doc, b - 2, about_things)))) &&
            !verb_object(doc, b - 1, lo) && !(b > lo + 1 && IN_LIST(doc, b - 2, sides)) &&
            /* (nor a part of it left: "quit the board of the Devon STP, saying he
             * could not support it") */
            !(b > lo + 1 && cx->ents[cx->m[m].entity].type == SG_NODE_STP &&
              (sg_tok_is(doc, b - 2, "board") || IN_LIST(doc, b - 2, part_words)))) {
            /* (but "taken opposite positions on X. The former backed it": X) */
            return -1;
        }
        long e = sg_i_role_body(cx, m);
        if (cx->ents[e].type == SG_NODE_STP && sg_i_footprint_as_place(cx, m)) {
            place = place < 0 ? e : place; /* (one named as a plan before it first:
                                            * "the Somerset STP ... - Tom Ash (Dunmore
                                            * and Dorset, Labour): “This is”") */
            k = cx->m[m].tb;
            continue;
        }
        return cx->ents[e].type == SG_NODE_STP ? e : -1;
    }
    return place;
}

/* Before the cue at c, "to" and the one addressed ("wrote to health secretary
 * Jeremy Hunt calling for"; past a verb of purpose: "has written to NHS England to
 * raise concerns about", "wrote to X setting out its concerns"), past from: the
 * token of that "to", else 0. */
static size_t addressed_at(const sg_i_ctx_t *cx, size_t c, size_t from) {
    static const char *const own[] = {"its", "their", "his", "her", "our", "my"};
    const sg_textdoc_t *doc = cx->doc;
    size_t e = c;

    if (c > from + 3 && doc->toks[c - 1].kind == SG_TK_WORD && !sg_i_is_cap(doc, c - 1)) {
        size_t k = c - IN_LIST(doc, c - 1, own); /* (the verb's last word before) */
        if (k > from + 2 && sg_tok_is(doc, k - 2, "to") && !sg_i_is_cap(doc, k - 1)) {
            e = k - 2; /* "to raise (its)" */
        } else if (k > from + 1 && sg_i_participle(doc, k - 1)) {
            e = k - 1; /* "raising (its)" */
        } else if (k > from + 2 && sg_tok_is(doc, k - 1, "out") &&
                   sg_i_participle(doc, k - 2)) {
            e = k - 2; /* "setting out (its)" */
        } else if (k == c && sg_tok_is(doc, c - 1, "to")) {
            e = c - 1; /* "to (oppose)": the cue's own "to" */
        }
    }
    /* (past an apposition: "wrote to the health secretary, Jo Vane, setting") */
    int comma = e > from + 1 && sg_tok_is(doc, e - 1, ",");
    e -= comma;
    long m = e > from ? sg_i_mention_at(cx, e - 1) : -1;

    if (m < 0 || cx->m[m].te != e) {
        return 0;
    }
    for (size_t k = cx->m[m].tb; k-- > from && k + 4 + 3 * comma > cx->m[m].tb;) {
        if (sg_tok_is(doc, k, "to")) {
            return k;
        }
        if ((doc->toks[k].kind != SG_TK_WORD && !(comma && sg_tok_is(doc, k, ","))) ||
            sg_i_mention_at(cx, k) >= 0) {
            return 0;
        }
    }
    return 0;
}

/* Is mention m a footprint's place named alone before words in lower case that end
 * its clause and name a thing of its own, no plan's, no cut's ("Somerset discharge
 * delays", "Dorset waiting times"; not "Devon bed cuts", "Dorset hospital plans")? */
static int place_modifier(const sg_i_ctx_t *cx, long m, size_t lim) {
    static const char *const plan_words[] = {
        "plan",      "plans",    "proposals", "stp",       "footprint", "partnership",
        "programme", "shake-up", "review",    "model",     "approach",  "example",
        "vision",    "strategy", "system",    "devolution"};
    const sg_textdoc_t *doc = cx->doc;
    long e = cx->m[m].entity;
    size_t te = cx->m[m].te, k = te;
    if (e < 0 || cx->ents[e].type != SG_NODE_STP || cx->m[m].kind != SG_I_M_NAME ||
        strcmp(cx->ents[e].name, SG_I_PROGRAMME) == 0 || sg_tok_is(doc, te - 1, "stp")) {
        return 0;
    }
    while (k < lim && k < te + 3 && doc->toks[k].kind == SG_TK_WORD &&
           !sg_i_is_cap(doc, k) && !IN_LIST(doc, k, plan_words) &&
           !IN_LIST(doc, k, change_nouns) && !IN_LIST(doc, k, link_words) &&
           !IN_LIST(doc, k, clause_breaks) && !sg_tok_is(doc, k, "and") &&
           !sg_tok_is(doc, k, "'s") && !sg_i_ends_ed(doc, k) &&
           sg_i_mention_at(cx, k) < 0) {
        static const char *const adverbs[] = {
            "last", "next", "this", "every",   "earlier", "later", "again",
            "too",  "also", "now",  "instead", "then",    "there", "here"};
        size_t tv;
        if ((sg_i_tok_in(cx->lex, SG_I_T_NONSTAKE, doc, k, &tv) && tv == SG_I_NS_TIME) ||
            IN_LIST(doc, k, adverbs)) {
            return 0; /* (a time after it: "criticised Dorset yesterday", "last week") */
        }
        k++;
    }
    return k > te && (k >= lim || doc->toks[k].kind == SG_TK_PUNCT);
}

/* The footprint "as part of" names after token t in its clause (before lim): "plans
 * to build a hospital as part of the X STP"; else -1. */
static long plan_part_of(const sg_i_ctx_t *cx, size_t t, size_t lim) {
    const sg_textdoc_t *doc = cx->doc;
    for (size_t j = t; j + 3 < lim && j < t + 20; j++) {
        if (IN_LIST(doc, j, clause_breaks)) {
            return -1;
        }
        long pm = sg_tok_is(doc, j, "part") && sg_tok_is(doc, j + 1, "of")
                      ? mention_from(cx, past_determiners(doc, j + 2, lim))
                      : -1;
        long pe = pm >= 0 && cx->m[pm].tb <= j + 3 ? sg_i_role_body(cx, pm) : -1;
        if (pe >= 0) {
            return cx->ents[pe].type == SG_NODE_STP &&
                           strcmp(cx->ents[pe].name, SG_I_PROGRAMME) != 0
                       ? pe
                       : -1;
        }
    }
    return -1;
}

/* After a cue ending at token ce, the cuts a plan makes ("opposed the cuts in the
 * Devon STP", "cuts set out in the X STP", "bed closures proposed by the STP"):
 * that plan (a footprint's, or the programme), else -1. */
static long cuts_of_plan(const sg_i_ctx_t *cx, size_t ce, size_t lim) {
    static const char *const cuts[] = {"cuts",       "cut",        "closures",
                                       "closure",    "reductions", "reduction",
                                       "downgrades", "downgrading"};
    static const char *const made[] = {"set",      "proposed",  "planned",
                                       "outlined", "contained", "included"};
    const sg_textdoc_t *doc = cx->doc;
    size_t k = ce;
    while (k < lim && k < ce + 4 && doc->toks[k].kind == SG_TK_WORD &&
           !sg_i_is_cap(doc, k) && !IN_LIST(doc, k, cuts) && sg_i_mention_at(cx, k) < 0) {
        k++; /* ("the proposed bed cuts") */
    }
    if (k >= lim || !IN_LIST(doc, k, cuts)) {
        return -1;
    }
    k++;
    if (k < lim && IN_LIST(doc, k, made)) {
        k += 1 + (k + 1 < lim && sg_tok_is(doc, k + 1, "out"));
        if (!(k < lim && (sg_tok_is(doc, k, "in") || sg_tok_is(doc, k, "by") ||
                          sg_tok_is(doc, k, "under")))) {
            return -1;
        }
    } else if (!(k < lim && (sg_tok_is(doc, k, "in") || sg_tok_is(doc, k, "under")))) {
        return -1;
    }
    long m = mention_from(cx, past_determiners(doc, k + 1, lim));
    long e = m >= 0 && cx->m[m].tb <= k + 2 ? sg_i_role_body(cx, m) : -1;
    return e >= 0 && cx->ents[e].type == SG_NODE_STP && !sg_i_footprint_as_place(cx, m)
               ? e
               : -1;
}

/* Does the verdict at cue c open the verb of a relative clause ("which is", "that
 * would be", "which represents") whose antecedent, right before it (past a comma,
 * after sb), names no stakeholder? */
static int relative_of_thing(const sg_i_ctx_t *cx, size_t sb, size_t c) {
    static const char *const verbs[] = {"is",   "was",   "are",        "were",
                                        "be",   "would", "could",      "will",
                                        "been", "has",   "represents", "remains"};
    const sg_textdoc_t *doc = cx->doc;
    size_t k = c;
    while (k > sb && k + 4 > c && IN_LIST(doc, k - 1, verbs)) {
        k--;
    }
    if (k == c || k <= sb + 1 ||
        !(sg_tok_is(doc, k - 1, "which") || sg_tok_is(doc, k - 1, "that"))) {
        return 0;
    }
    size_t a = k - 1 - (sg_tok_is(doc, k - 2, ",") && k > sb + 2);
    long m = sg_i_mention_at(cx, a - 1);
    return doc->toks[a - 1].kind == SG_TK_WORD && !(m >= 0 && cx->m[m].te == a);
}

static const char *const quantities[] = {"many",  "some",  "most",   "all",   "few",
                                         "these", "those", "this",   "every", "each",
                                         "no",    "other", "several"};

/* Is the stakeholder right before the verdict at token c (past its verb's
 * auxiliaries) the object of a restrictive relative clause, the verdict on its
 * head ("STPs which fail to involve councils will fail", "plans that ignore Hale
 * Council would fail")? Not one after a comma ("Hale Council, which runs social
 * care, would fail" judges the council). */
static int object_in_relative(const sg_i_ctx_t *cx, size_t sb, size_t c) {
    const sg_textdoc_t *doc = cx->doc;
    size_t k = c;
    while (k > sb && k + 4 > c &&
           (sg_i_auxiliary(doc, k - 1) || IN_LIST(doc, k - 1, modals))) {
        k--;
    }
    long m = k > sb ? sg_i_mention_at(cx, k - 1) : -1;
    if (m < 0 || cx->m[m].te != k) {
        return 0;
    }
    size_t w = cx->m[m].tb - (cx->m[m].tb > sb && sg_tok_is(doc, cx->m[m].tb - 1, "the"));
    for (size_t j = w; j-- > sb + 1 && j + 6 > w;) {
        if (sg_tok_is(doc, j, "which") || sg_tok_is(doc, j, "that") ||
            sg_tok_is(doc, j, "who")) {
            /* (a clause's verb right after it, not a subject: "said that", "but
             * that many STPs had ignored it") */
            static const char *const links[] = {"but", "and", "or", "so", "now"};
            return j + 1 < w && !sg_tok_is(doc, j - 1, ",") &&
                   doc->toks[j - 1].kind == SG_TK_WORD && !IN_LIST(doc, j - 1, links) &&
                   !sg_i_reporting_at(cx, j - 1) && !IN_LIST(doc, j + 1, skip_words) &&
                   !IN_LIST(doc, j + 1, quantities);
        }
        if (doc->toks[j].kind != SG_TK_WORD || sg_i_is_cap(doc, j) ||
            sg_i_mention_at(cx, j) >= 0) {
            return 0;
        }
    }
    return 0;
}

/* Is there a verb in tokens [b, e) (an auxiliary, a word ending "ed", a verb of
 * saying)? */
static int verb_in(const sg_textdoc_t *doc, size_t b, size_t e) {
    for (size_t k = b; k < e; k++) {
        if (doc->toks[k].kind == SG_TK_WORD && !sg_i_is_cap(doc, k) &&
            (sg_i_auxiliary(doc, k) || sg_i_ends_ed(doc, k))) {
            return 1;
        }
    }
    return 0;
}

/* Does "too early to", "too soon to" or "premature to" come in the dozen words
 * before the cue at c (after sb), in its clause? */
static int judged_too_soon(const sg_textdoc_t *doc, size_t sb, size_t c) {
    for (size_t k = c; k-- > sb + 1 && k + 12 > c;) {
        if (sg_tok_is(doc, k, ";") || sg_tok_is(doc, k, "but") ||
            doc->toks[k].kind == SG_TK_QUOTE) {
            return 0;
        }
        if (k + 1 < c && sg_tok_is(doc, k + 1, "to") &&
            (sg_tok_is(doc, k, "premature") ||
             ((sg_tok_is(doc, k, "early") || sg_tok_is(doc, k, "soon")) &&
              sg_tok_is(doc, k - 1, "too")))) {
            return 1;
        }
    }
    return 0;
}

/* Are tokens [e, c) between a negator and its cue only an aside, quotation marks
 * and commas around a phrase with "in" ("cannot in conscience back", "could not,
 * in good faith, support", "“cannot in conscience” back")? */
static int aside_between(const sg_textdoc_t *doc, size_t e, size_t c) {
    size_t k = e, words = 0;
    int in = 0;
    for (; k < c && k < e + 7; k++) {
        if (doc->toks[k].kind == SG_TK_QUOTE || sg_tok_is(doc, k, ",")) {
            continue;
        }
        if (doc->toks[k].kind != SG_TK_WORD || sg_i_is_cap(doc, k) ||
            (words == 0 && !sg_tok_is(doc, k, "in")) || ++words > 3) {
            return 0;
        }
        in = 1;
    }
    return k == c && in;
}

/* "voted 9-3 against", "voted by eight votes to three against", "voted on
 * Wednesday night against" at token c: a vote's tally or its time between the verb
 * and "against"; the cue's length (v: against), else 0. */
/* "a long-standing critic of", "an outspoken supporter of": at token c, "a" and a
 * word or two in lower case before a partisan's noun and "of" (the lexicon lists
 * the plain ones and the commonest words before them); the cue's length with *v
 * its sign, else 0. */
static size_t partisan_of(const sg_i_ctx_t *cx, size_t c, size_t lim, size_t *v) {
    static const char *const against[] = {"critic", "opponent", "detractor", "foe"};
    static const char *const behind[] = {"supporter", "champion",  "advocate", "backer",
                                         "defender",  "proponent", "ally"};
    static const char *const once[] = {"former", "one-time", "erstwhile", "onetime"};
    const sg_textdoc_t *doc = cx->doc;

    if (!(sg_tok_is(doc, c, "a") || sg_tok_is(doc, c, "an"))) {
        return 0;
    }
    for (size_t k = c + 2; k + 1 < lim && k <= c + 3; k++) {
        if (doc->toks[k - 1].kind != SG_TK_WORD || sg_i_is_cap(doc, k - 1) ||
            IN_LIST(doc, k - 1, once)) {
            return 0; /* (not "a former critic of": no longer) */
        }
        if (sg_tok_is(doc, k + 1, "of") &&
            (IN_LIST(doc, k, against) || IN_LIST(doc, k, behind))) {
            *v = IN_LIST(doc, k, against) ? SG_I_ST_NEG : SG_I_ST_POS;
            return k + 2 - c;
        }
    }
    return 0;
}

static size_t voted_against(const sg_i_ctx_t *cx, size_t c, size_t lim, size_t *v) {
    const sg_textdoc_t *doc = cx->doc;
    static const char *const tally[] = {
        "by",          "votes",         "vote",     "to",       "-",
        "one",         "two",           "three",    "four",     "five",
        "six",         "seven",         "eight",    "nine",     "ten",
        "eleven",      "twelve",        "thirteen", "fourteen", "fifteen",
        "unanimously", "overwhelmingly"};
    size_t k = c + 1;

    if (!sg_tok_is(doc, c, "voted")) {
        return 0;
    }
    while (k < lim && k < c + 9 &&
           (doc->toks[k].kind == SG_TK_NUM || IN_LIST(doc, k, tally))) {
        k++;
    }
    k = past_time(cx, k, lim);
    if (k == c + 1 || k >= lim || !sg_tok_is(doc, k, "against")) {
        return 0;
    }
    *v = SG_I_ST_NEG;
    return k + 1 - c;
}

/* "called for the plan to be scrapped", "calling for X to be halted", "pressed
 * for Y to go ahead", "wants the plan scrapped": at token c a call for what follows
 * to end or to go on; the cue's length (2, "wants" 1) with *v the stance's sign,
 * else 0. The words after the thing
 * called for say which: "to be" and a participle of ending, or "to go ahead". */
static size_t call_for(const sg_i_ctx_t *cx, size_t c, size_t lim, size_t *v) {
    static const char *const calls[] = {"call",  "calls",   "called",  "calling",
                                        "press", "pressed", "pressing"};
    static const char *const ends[] = {"scrapped",  "halted",    "stopped",  "paused",
                                       "abandoned", "withdrawn", "shelved",  "axed",
                                       "ditched",   "suspended", "rejected", "dropped"};
    static const char *const goes[] = {"approved", "backed",   "implemented",
                                       "adopted",  "given",    "strengthened",
                                       "funded",   "extended", "supported"};
    /* (or what one wants done: "wants the plan scrapped", "wanted it to be halted") */
    static const char *const wants[] = {"want", "wants", "wanted", "wanting"};
    const sg_textdoc_t *doc = cx->doc;
    int want = IN_LIST(doc, c, wants);

    if (!want && (!(sg_tok_is(doc, c + 1, "for") || sg_tok_is(doc, c + 1, "on")) ||
                  !IN_LIST(doc, c, calls))) {
        return 0;
    }
    size_t o = want ? c + 1 : c + 2, cn = want ? 1 : 2; /* the object; the cue's length */
    o += o < lim && sg_tok_is(doc, o, "all"); /* ("called for all STPs to be paused") */
    o += o < lim && doc->toks[o].kind == SG_TK_NUM; /* ("all 44 STPs") */
    long om = mention_from(cx, o);                  /* "the plan" */
    om = om >= 0 ? om : mention_from(cx, past_determiners(doc, o, lim));
    if (om < 0) { /* ("the five London STPs": a count, a place no one's) */
        static const char *const counts[] = {"two", "three", "four", "five", "six"};
        size_t p = past_determiners(doc, o, lim);
        p += p < lim && IN_LIST(doc, p, counts);
        size_t q = p;
        while (q < lim && q < p + 2 && sg_i_is_cap(doc, q) &&
               sg_i_mention_at(cx, q) < 0) {
            q++;
        }
        om = q > o + 1 ? mention_from(cx, q) : -1;
    }
    int it = om < 0 && (sg_tok_is(doc, o, "it") || sg_tok_is(doc, o, "them"));
    if (om < 0 && !it) {
        return 0;
    }
    size_t t = it ? o + 1 : cx->m[om].te; /* ("called for them to be paused") */
    if (want && t < lim && IN_LIST(doc, t, ends)) {
        *v = SG_I_ST_NEG; /* "wants the plan scrapped" */
        return cn;
    }
    if (!it && cx->ents[cx->m[om].entity].type == SG_NODE_PERSON) {
        /* "called for (on) Jeremy Hunt to resign" (to step down, to stand down, to
         * quit), "called for Jeremy Hunt's resignation" */
        static const char *const goes_away[] = {"resign", "quit", "step", "stand"};
        static const char *const going[] = {"resignation", "removal", "sacking",
                                            "dismissal"};
        *v = (t + 1 < lim && sg_tok_is(doc, t, "to") && IN_LIST(doc, t + 1, goes_away)) ||
                     (t + 1 < lim && sg_tok_is(doc, c + 1, "for") &&
                      sg_tok_is(doc, t, "'s") && IN_LIST(doc, t + 1, going))
                 ? SG_I_ST_NEG
                 : 0;
        return *v ? cn : 0;
    }
    if (!want && sg_tok_is(doc, c + 1, "on")) {
        return 0; /* (a body called on to act: the urging's, read by urged_by) */
    }
    if (sg_tok_is(doc, t, "for") || sg_tok_is(doc, t, "in")) { /* "the plan for X" */
        long pm = mention_from(cx, past_determiners(doc, t + 1, lim));
        t = pm >= 0 && cx->m[pm].tb <= t + 2 ? cx->m[pm].te : t;
    }
    if (t + 2 < lim && sg_tok_is(doc, t, "to") && sg_tok_is(doc, t + 1, "be")) {
        t += sg_tok_is(doc, t + 2, "urgently") ? 3 : 2;
        /* (or "put on hold", "put on ice", "thrown out", "torn up") */
        int held = t + 2 < lim && sg_tok_is(doc, t, "put") &&
                   sg_tok_is(doc, t + 1, "on") &&
                   (sg_tok_is(doc, t + 2, "hold") || sg_tok_is(doc, t + 2, "ice"));
        int out = t + 1 < lim &&
                  ((sg_tok_is(doc, t, "thrown") && sg_tok_is(doc, t + 1, "out")) ||
                   (sg_tok_is(doc, t, "torn") && sg_tok_is(doc, t + 1, "up")));
        *v = IN_LIST(doc, t, ends) || held || out ? SG_I_ST_NEG
             : IN_LIST(doc, t, goes)              ? SG_I_ST_POS
                                                  : 0;
        return *v ? cn : 0;
    }
    static const char *const going_on[] = {"succeed", "proceed", "work", "happen"};
    if (t + 2 < lim && sg_tok_is(doc, t, "to") &&
        ((sg_tok_is(doc, t + 1, "go") && sg_tok_is(doc, t + 2, "ahead")) ||
         IN_LIST(doc, t + 1, going_on))) {
        *v = SG_I_ST_POS;
        return cn;
    }
    return 0;
}

/* Does token t open an ending done to what is named before it ("X closing", "X
 * from closing", "X being closed", "X from being shut")? */
static int closing_at(const sg_textdoc_t *doc, size_t t, size_t lim) {
    static const char *const after_ending[] = {"under", "as", "in",   "and", "because",
                                               "by",    "if", "when", "with"};
    static const char *const ends[] = {"closing", "closed",     "shutting",
                                       "shut",    "downgraded", "downgrading"};
    t += t < lim && sg_tok_is(doc, t, "from");
    t += t < lim && sg_tok_is(doc, t, "being");
    /* (what closes nothing after it: not "the STP closing Hale Hospital") */
    return t < lim && IN_LIST(doc, t, ends) &&
           (t + 1 >= lim || doc->toks[t + 1].kind != SG_TK_WORD ||
            IN_LIST(doc, t + 1, after_ending));
}

static const char *const plan_nouns[] = {"plan", "plans", "proposals"};
/* what a body does that a verdict on it judges it for ("the decision by X") */
static const char *const judged_acts[] = {
    "decision", "move",       "choice",       "refusal",    "failure", "handling",
    "attempt",  "insistence", "consultation", "engagement", "process", "approach"};
static const char *const plan_acts[] = {"consultation", "engagement", "process"};

/* Does the verb at token c open a relative clause on a plan, its subject a
 * pronoun ("the plan we will sign", "the plan she backed"; not "they", often
 * no one named)? */
static int plan_fronted(const sg_textdoc_t *doc, size_t c, size_t sb) {
    static const char *const pronouns[] = {"we", "i", "he", "she"};
    size_t k = c;
    while (k > sb && k + 3 > c && sg_i_auxiliary(doc, k - 1)) { /* ("will sign") */
        k--;
    }
    if (k < sb + 3 || !IN_LIST(doc, k - 1, pronouns)) {
        return 0;
    }
    size_t p = sg_tok_is(doc, k - 2, "that") ? k - 2 : k - 1; /* ("plan that we") */
    return p > sb + 1 && IN_LIST(doc, p - 1, plan_nouns) &&
           (sg_tok_is(doc, p - 2, "the") || sg_tok_is(doc, p - 2, "this"));
}

/* Is the subject starting at token b, after sb, that of a relative clause whose
 * object comes before it and is no plan ("a fact the LGA has criticised", "what X
 * criticised"; not "the plans X criticised"; "which" is left to the plan named
 * last: what the plan does is often what is criticised)? */
static int fronted_object(const sg_i_ctx_t *cx, size_t b, size_t sb) {
    static const char *const dets[] = {"a", "an", "the", "this", "that"};
    const sg_textdoc_t *doc = cx->doc;
    size_t w = past_back_determiners(doc, b, sb);

    if (w < sb + 2) {
        return 0;
    }
    w--;
    if (sg_tok_is(doc, w, "what")) {
        return 1;
    }
    return w > sb && doc->toks[w].kind == SG_TK_WORD && !sg_i_is_cap(doc, w) &&
           IN_LIST(doc, w - 1, dets) && !IN_LIST(doc, w, plan_nouns) &&
           sg_i_mention_at(cx, w) < 0;
}

/* "“The plan,” she said, “is a disaster.”": for an evaluation at token c in
 * quotation qi that goes on, in lower case and naming nothing, from the one before
 * in its sentence, what that one names alone (past "is": "“The plan is,” she said,
 * “a disaster”"), or from a name right before it ("the STP “ignores GPs”"); else
 * -1. */
static long split_subject(const sg_i_ctx_t *cx, long qi, size_t c) {
    const sg_textdoc_t *doc = cx->doc;
    const sg_i_quote_t *q = &cx->q[qi], *p = qi > 0 ? q - 1 : NULL;

    for (size_t k = q->qb; k < c; k++) {
        if (doc->toks[k].kind != SG_TK_WORD || sg_i_is_cap(doc, k) ||
            sg_i_mention_at(cx, k) >= 0) {
            return -1;
        }
    }
    if (q->qb >= 2 && doc->toks[q->qb - 1].kind == SG_TK_QUOTE) {
        /* "warned that the county's STP “ignores the crisis”": the name right
         * before the quotation */
        long b = sg_i_mention_at(cx, q->qb - 2);
        if (b >= 0 && cx->m[b].te == q->qb - 1 && cx->m[b].entity >= 0) {
            return sg_i_role_body(cx, b);
        }
    }
    if (!p || p->speaker != q->speaker || p->qe >= q->qb ||
        doc->toks[p->qb].sent != doc->toks[q->qb].sent) {
        return -1;
    }
    long m = sg_i_mention_at(cx, past_determiners(doc, p->qb, p->qe));
    if (m < 0 || cx->m[m].entity < 0) {
        return -1;
    }
    size_t e = cx->m[m].te;
    e += e < p->qe && IN_LIST(doc, e, be_words);
    e += e < p->qe && sg_tok_is(doc, e, ",");
    return e == p->qe ? sg_i_role_body(cx, m) : -1;
}

/* Is the verb cue at c (ending at ce) a gerund whose clause is a subject: its
 * object named, then "would be", "is", "was" ("backing X would be a mistake")? */
static int gerund_subject(const sg_i_ctx_t *cx, size_t c, size_t ce, size_t lim) {
    const sg_textdoc_t *doc = cx->doc;

    if (!sg_i_participle(doc, c)) {
        return 0;
    }
    long m = mention_from(cx, past_determiners(doc, ce, lim));
    size_t t = m >= 0 ? cx->m[m].te : lim;
    return t + 1 < lim && (((sg_tok_is(doc, t, "would") || sg_tok_is(doc, t, "will") ||
                             sg_tok_is(doc, t, "could")) &&
                            sg_tok_is(doc, t + 1, "be")) ||
                           sg_tok_is(doc, t, "is") || sg_tok_is(doc, t, "was"));
}

/* participles whose agent is the one a verb acts on: "praised the progress made by
 * X" */
static const char *const making[] = {"made", "achieved", "done", "shown", "led"};

/* words a list of subjects may follow: "and", "both", a clause's opening word
 * ("after A and B approved it", "said that A and B") */
static const char *const list_openers[] = {
    "and",  "both",   "nor",      "neither", "either",  "after",    "before",
    "when", "since",  "while",    "as",      "because", "until",    "once",
    "if",   "though", "although", "whereas", "that",    "but",      "so",
    "yet",  "where",  "then",     "also",    "now",     "meanwhile"};

/* counts of a party's members in a list of subjects ("A and three Labour MPs") */
static const char *const party_counts[] = {"two",     "three", "four", "five", "six",
                                           "several", "some",  "many", "both"};

/* words that open a condition a verdict is made on ("cannot succeed unless ...",
 * "Without proper funding, these plans will fail") */
static const char *const conditions[] = {"unless", "without", "if"};

/* Is token k a pronoun for what a verb acts on: "it", "them", or "this" standing
 * alone ("has rightly opposed this, and ...", not "opposed this plan")? */
static int pronoun_object(const sg_textdoc_t *doc, size_t k) {
    /* (words after "this" that no noun is: "fight this every step of the way",
     * "oppose this tooth and nail", "back this in principle") */
    static const char *const after_this[] = {"and",  "but", "every", "all", "tooth",
                                             "in",   "at",  "with",  "to",  "until",
                                             "from", "now", "today", "for"};
    return sg_tok_is(doc, k, "it") || sg_tok_is(doc, k, "them") ||
           (sg_tok_is(doc, k, "this") &&
            (k + 1 >= doc->ntoks || doc->toks[k + 1].kind == SG_TK_PUNCT ||
             IN_LIST(doc, k + 1, after_this)));
}

/* Has person p a role in body b found so far: the body of their first role, or
 * the footprint they lead ("X, leader of Y")? */
static int holds_role(const sg_i_ctx_t *cx, long p, long b) {
    return p >= 0 && b >= 0 && (cx->held_body[p] == b || cx->led_plan[p] == b);
}

/* Is the word at token k the subject of the verdict at token c, only a verb "be"
 * or "have" and a quotation's mark between ("it was “a mistake”", "it had “broken
 * its promises”", "it would be a mistake")? */
static int verdict_on(const sg_textdoc_t *doc, size_t k, size_t c) {
    static const char *const verbs[] = {"is",    "was",  "has", "had",   "been",
                                        "would", "will", "be",  "could", "remains"};
    size_t a = k + 1;
    while (a < c && a < k + 5 && IN_LIST(doc, a, verbs)) {
        a++;
    }
    a += a < c && doc->toks[a].kind == SG_TK_QUOTE;
    return a == c && a > k + 1;
}

/* acts that undo what they act on: "scrapping the plan would be a mistake" */
static const char *const undoing[] = {"halting",  "scrapping",  "abandoning", "stopping",
                                      "delaying", "ditching",   "pausing",    "axing",
                                      "shelving", "blocking",   "opposing",   "rejecting",
                                      "dropping", "undermining"};

/* Do the words before token g, from on, undo what g names: "scrapping X", or a
 * participle leaving it ("walking away from X", "pulling out of X", "withdrawing
 * from X")? */
static int undone_at(const sg_textdoc_t *doc, size_t g, size_t from) {
    if (g <= from) {
        return 0;
    }
    if (IN_LIST(doc, g - 1, undoing)) {
        return 1;
    }
    if (g < from + 2 || !(sg_tok_is(doc, g - 1, "from") || sg_tok_is(doc, g - 1, "of"))) {
        return 0;
    }
    if (sg_tok_is(doc, g - 2, "withdrawing") || sg_tok_is(doc, g - 2, "retreating")) {
        return 1;
    }
    return g >= from + 3 &&
           (sg_tok_is(doc, g - 2, "away") || sg_tok_is(doc, g - 2, "out")) &&
           sg_i_participle(doc, g - 3);
}

/* The stakeholders listed after the one of mention om, what a verb acts on ("backed
 * A, B and C"): B and C into out (at most max), when the list's last link is "and"
 * and the list ends its clause (not "backed A and B said ..."); their number. */
static size_t object_list(const sg_i_ctx_t *cx, long om, size_t lim, long *out,
                          size_t max) {
    static const char *const ends[] = {"in",      "for",   "as",     "at", "over",
                                       "because", "after", "before", "on", "but"};
    const sg_textdoc_t *doc = cx->doc;
    size_t n = 0, j = cx->m[om].te;
    int last = 0;

    while (n < max && !last && j < lim) {
        size_t k = j;
        k += sg_tok_is(doc, k, ",");
        last = sg_tok_is(doc, k, "and");
        k += last;
        if (k == j) {
            break;
        }
        while (k < lim && IN_LIST(doc, k, skip_words)) {
            k++;
        }
        k = sg_i_branch_of(doc, k, lim); /* "the Dorset branch of Unison": Unison */
        long m = sg_i_mention_at(cx, k);
        if (m < 0 || cx->m[m].tb != k || cx->m[m].entity < 0) {
            return 0;
        }
        out[n++] = sg_i_role_body(cx, m);
        j = cx->m[m].te;
        /* (past its kind after it: "and the GMB union") */
        j +=
            j + 1 < lim && k > 0 && sg_tok_is(doc, k - 1, "the") && sg_i_org_kind(doc, j);
    }
    if (!last ||
        (j < lim && doc->toks[j].kind != SG_TK_PUNCT && !IN_LIST(doc, j, ends))) {
        return 0;
    }
    return n;
}

/* words before a verb that is its subject */
static const char *const subject_words[] = {"it", "they", "he",   "she",
                                            "we", "who",  "which"};

/* A stance taken by a verb, which a later clause may echo ("..., as has Y", "So
 * did Y.", "Y did not."). */
typedef struct {
    long src, dst;
    sg_edge_type_t type;
    size_t sent, ce; /* its sentence, and where its cue ends */
} echo_t;

static const char *const echo_aux[] = {"has", "have", "did", "does", "do",
                                       "had", "is",   "are", "was",  "were"};
static const char *const echo_nots[] = {"hasn't", "haven't", "didn't",    "doesn't",
                                        "don't",  "hadn't",  "disagreed", "disagrees"};
static const char *const echo_agrees[] = {"agreed", "agrees", "concurred", "concurs"};
static const char *const echo_disagrees[] = {"disagreed", "disagrees"};

/* the most stakeholders one "they" (or a letter's signatures) stands for in a
 * stance */
#define NTHEY 8

/* The other side of a stance. */
static sg_edge_type_t other_side(sg_edge_type_t type) {
    return type == SG_EDGE_OPPOSES ? SG_EDGE_ENDORSES : SG_EDGE_OPPOSES;
}

/* "X has backed the plan, as has Y", "..., and so did Y", "... and Y did too": Y
 * takes the stance. */
static sg_err_t echo_clause(sg_i_ctx_t *cx, const echo_t *e, size_t end) {
    const sg_textdoc_t *doc = cx->doc;

    for (size_t k = e->ce; k + 3 < end; k++) {
        /* "and Y did too", "and Y has done the same"; "but Y did not" (or after a
         * semicolon: "; Y did not") */
        long m = (doc->toks[k].norm_len == 3 &&
                  (sg_tok_is(doc, k, "and") || sg_tok_is(doc, k, "but"))) ||
                         sg_tok_is(doc, k, ";")
                     ? mention_from(cx, past_determiners(doc, k + 1, end))
                     : -1;
        size_t a = m >= 0 && cx->m[m].tb <= k + 2 ? cx->m[m].te : end;
        size_t ae = a + 1 + (a < end && !IN_LIST(doc, a, echo_nots)); /* its end */
        int deny = a + 1 < end &&
                   ((IN_LIST(doc, a, echo_aux) &&
                     (sg_tok_is(doc, a + 1, "not") || sg_tok_is(doc, a + 1, "n't"))) ||
                    IN_LIST(doc, a, echo_nots)) &&
                   (ae >= end || doc->toks[ae].kind == SG_TK_PUNCT);
        int same = !deny && a + 1 < end && IN_LIST(doc, a, echo_aux) &&
                   (sg_tok_is(doc, a + 1, "too") || sg_tok_is(doc, a + 1, "likewise") ||
                    (a + 2 < end && sg_tok_is(doc, a + 1, "the") &&
                     sg_tok_is(doc, a + 2, "same")) ||
                    (a + 3 < end && sg_tok_is(doc, a + 1, "done") &&
                     sg_tok_is(doc, a + 2, "the") && sg_tok_is(doc, a + 3, "same")));
        if (deny || same) {
            /* (denied: a positive stance's opposite; a negative one denied is none) */
            long y = sg_i_role_body(cx, m);
            return y >= 0 && y != e->src && y != e->dst &&
                           (same || e->type == SG_EDGE_ENDORSES)
                       ? sg_i_add_edge(cx, y, e->dst, same ? e->type : SG_EDGE_OPPOSES,
                                       NULL, e->sent, a, same ? a + 2 : ae, 0)
                       : SG_OK;
        }
    }
    for (size_t k = e->ce; k + 2 < end; k++) {
        if (doc->toks[k].norm_len == 2 &&
            (sg_tok_is(doc, k, "as") || sg_tok_is(doc, k, "so")) &&
            IN_LIST(doc, k + 1, echo_aux)) {
            /* (and the rest of a list: "as did A and the B") */
            size_t from = k + 2;
            for (int n = 0; n < 8; n++) {
                long m = mention_from(cx, past_determiners(doc, from, end));
                long y = m >= 0 && cx->m[m].tb <= from + 1 ? sg_i_role_body(cx, m) : -1;
                sg_err_t rc = y >= 0 && y != e->src
                                  ? sg_i_add_edge(cx, y, e->dst, e->type, NULL, e->sent,
                                                  k, k + 2, 0)
                                  : SG_OK;
                size_t j = y >= 0 ? cx->m[m].te : end;
                if (rc != SG_OK || j + 1 >= end ||
                    !(sg_tok_is(doc, j, "and") || sg_tok_is(doc, j, ","))) {
                    return rc;
                }
                from = j + 1;
            }
            return SG_OK;
        }
    }
    return SG_OK;
}

/* "Dr X echoed her concerns", "Y echoed Unison's criticism": in sentence s, a
 * subject that echoes another's stated stance (the last one, e, of the two
 * sentences before) takes it. */
static sg_err_t echoed_words(sg_i_ctx_t *cx, size_t s, const echo_t *e) {
    static const char *const whose[] = {"her",   "his", "their", "its", "these",
                                        "those", "the", "this",  "that"};
    static const char *const words[] = {
        "concerns", "concern", "criticism", "criticisms", "warning", "warnings",
        "view",     "views",   "comments",  "call",       "verdict", "fears",
        "praise",   "support", "doubts",    "objections"};
    const sg_textdoc_t *doc = cx->doc;
    const sg_sentence_t *st = &doc->sents[s];

    for (size_t k = st->tok_begin + 1; k + 2 < st->tok_end; k++) {
        if (doc->toks[k].norm_len != 6 || !sg_tok_is(doc, k, "echoed")) {
            continue;
        }
        size_t w = k + 1;
        long om = mention_from(cx, w); /* ("echoed the forum's criticism", "the BMA's") */
        om = om >= 0 ? om : mention_from(cx, past_determiners(doc, w, st->tok_end));
        w = om >= 0 && sg_i_possessive_at(doc, cx->m[om].te) ? cx->m[om].te + 1
            : IN_LIST(doc, w, whose)                         ? w + 1
                                                             : w;
        if (w == k + 1 || !IN_LIST(doc, w, words)) {
            return SG_OK;
        }
        long y = sg_i_subject_before(cx, k);
        if (y < 0 || y == e->src || y == e->dst) {
            return SG_OK;
        }
        return sg_i_add_edge(cx, y, e->dst, e->type, NULL, s, k, w + 1, 0);
    }
    return SG_OK;
}

/* A short sentence s that echoes the stance of the sentence before (or of the
 * echo before it): "So did Y.", "Y did too.", "Y followed suit.", "Y agreed." take
 * it; "Y did not." takes a positive one's opposite (a negative one denied is
 * none); "Y disagreed." takes the other side of either. */
static sg_err_t echo_sentence(sg_i_ctx_t *cx, size_t s, echo_t *e) {
    const sg_textdoc_t *doc = cx->doc;
    size_t b = doc->sents[s].tok_begin, end = doc->sents[s].tok_end;

    while (end > b && doc->toks[end - 1].kind == SG_TK_PUNCT) {
        end--;
    }
    /* "Lib Dem group leader Cllr Y agreed, calling for a consultation": the
     * subject of "agreed" before a clause of its own */
    for (size_t k = b + 1; k + 2 < end && k < b + 10; k++) {
        if (IN_LIST(doc, k, echo_agrees) && sg_tok_is(doc, k + 1, ",") &&
            sg_i_participle(doc, k + 2)) {
            long y = sg_i_subject_before(cx, k);
            if (y < 0 || y == e->src || y == e->dst) {
                return SG_OK;
            }
            e->sent = s;
            return sg_i_add_edge(cx, y, e->dst, e->type, NULL, s, k, k + 1, 0);
        }
    }
    /* "Y, chair of X, (dis)agreed.": past the subject's apposition */
    long am = mention_from(cx, past_determiners(doc, b, end));
    size_t ae = am >= 0 && cx->m[am].tb <= b + 1 ? cx->m[am].te : end;
    if (ae + 3 < end && sg_tok_is(doc, ae, ",") && sg_tok_is(doc, end - 2, ",") &&
        end - 2 < ae + 12 && cx->m[am].entity >= 0) {
        int agree = IN_LIST(doc, end - 1, echo_agrees);
        int dis = IN_LIST(doc, end - 1, echo_disagrees);
        long y = sg_i_role_body(cx, am);
        /* (not one's own body: "X praised the partnership. Y, its chief officer,
         * agreed") */
        int own =
            y >= 0 && cx->ents[y].type == SG_NODE_PERSON && holds_role(cx, y, e->dst);
        if ((agree || dis) && y >= 0 && y != e->src && y != e->dst && !own) {
            e->sent = s;
            return sg_i_add_edge(cx, y, e->dst, agree ? e->type : other_side(e->type),
                                 NULL, s, end - 1, end, 0);
        }
    }
    if (end < b + 2 || end > b + 8) {
        return SG_OK;
    }
    b += sg_tok_is(doc, b, "but") || sg_tok_is(doc, b, "and");
    long m = -1;
    size_t at = b; /* where the echoing words start */
    int deny = 0, flip = 0;
    if (sg_tok_is(doc, b, "so") && IN_LIST(doc, b + 1, echo_aux)) {
        m = mention_from(cx, past_determiners(doc, b + 2, end)); /* "So did Y." */
        m = m >= 0 && cx->m[m].te == end ? m : -1;
    } else if ((m = mention_from(cx, past_determiners(doc, b, end))) >= 0 &&
               cx->m[m].tb <= b + 1) {
        size_t k = cx->m[m].te;
        at = k;
        int aux = IN_LIST(doc, k, echo_aux);
        if (aux && k + 2 == end &&
            (sg_tok_is(doc, k + 1, "too") || sg_tok_is(doc, k + 1, "likewise"))) {
        } else if (aux && k + 3 == end && sg_tok_is(doc, k + 1, "the") &&
                   sg_tok_is(doc, k + 2, "same")) {
        } else if (k + 2 == end && sg_tok_is(doc, k, "followed") &&
                   sg_tok_is(doc, k + 1, "suit")) {
        } else if (k + 1 == end && IN_LIST(doc, k, echo_agrees)) {
            /* "Y agreed." */
        } else if (k + 1 == end && IN_LIST(doc, k, echo_disagrees)) {
            flip = 1; /* "Y disagreed.": the other side */
        } else if ((aux && k + 2 == end &&
                    (sg_tok_is(doc, k + 1, "not") || sg_tok_is(doc, k + 1, "n't"))) ||
                   (k + 1 == end && IN_LIST(doc, k, echo_nots))) {
            deny = 1; /* "Y did not.", "Y didn't." */
        } else {
            m = -1;
        }
    }
    long y = m >= 0 ? sg_i_role_body(cx, m) : -1;
    if (y < 0 || y == e->src || y == e->dst || (deny && e->type != SG_EDGE_ENDORSES)) {
        return SG_OK;
    }
    e->sent = s; /* the next sentence may echo on: "So did Y. Z did not." */
    sg_edge_type_t type = deny ? SG_EDGE_OPPOSES : flip ? other_side(e->type) : e->type;
    return sg_i_add_edge(cx, y, e->dst, type, NULL, s, at, end, 0);
}

/* "The LGA has argued that councils should be equal partners. I agree.": a
 * sentence of "I" or "we" and "agree" ("with them", "I disagree") alone, after
 * one whose reporting verb has a stakeholder for subject; the voice's (or the
 * quotation's speaker's) stance on that subject. */
static sg_err_t agree_with_before(sg_i_ctx_t *cx, size_t s) {
    static const char *const agree[] = {"agree", "disagree"};
    static const char *const objects[] = {"them", "him", "her", "it", "this", "that"};
    const sg_textdoc_t *doc = cx->doc;
    size_t b = doc->sents[s].tok_begin, end = doc->sents[s].tok_end;

    while (b < end && doc->toks[b].kind == SG_TK_QUOTE) {
        b++;
    }
    long qi = quote_at(cx, b); /* (the words alone: "“I agree,” said X.") */
    end = qi >= 0 && cx->q[qi].qe < end ? cx->q[qi].qe : end;
    while (end > b && (doc->toks[end - 1].kind == SG_TK_PUNCT ||
                       doc->toks[end - 1].kind == SG_TK_QUOTE)) {
        end--;
    }
    size_t k = b + 1 +
               (b + 2 < end &&
                (sg_tok_is(doc, b + 1, "entirely") || sg_tok_is(doc, b + 1, "strongly")));
    if (s == 0 || k >= end ||
        !(sg_tok_is(doc, b, "i") || (sg_tok_is(doc, b, "we") && sg_i_is_cap(doc, b))) ||
        !IN_LIST(doc, k, agree) ||
        !(k + 1 == end || (k + 3 == end && sg_tok_is(doc, k + 1, "with") &&
                           IN_LIST(doc, k + 2, objects)))) {
        return SG_OK;
    }
    const sg_sentence_t *pt = &doc->sents[s - 1];
    long y = -1;
    for (size_t t = pt->tok_begin; t < pt->tok_end && y < 0; t++) {
        int others = 0;
        y = quote_at(cx, t) < 0 && sg_i_reporting_at(cx, t)
                ? verb_reporter(cx, pt, t, &others)
                : -1;
    }
    long x = qi >= 0 ? cx->q[qi].speaker : voice_of(cx, s);
    if (x < 0 || y < 0 || x == y || strcmp(cx->ents[y].name, SG_I_PROGRAMME) == 0) {
        return SG_OK;
    }
    return sg_i_add_edge(cx, x, y,
                         sg_tok_is(doc, k, "agree") ? SG_EDGE_ENDORSES : SG_EDGE_OPPOSES,
                         NULL, s, k, k + 1, 0);
}

/* Does "not only" come between tokens from and k? */
static int not_only_before(const sg_textdoc_t *doc, size_t from, size_t k) {
    for (size_t j = from; j + 1 < k; j++) {
        if (sg_tok_is(doc, j, "not") && sg_tok_is(doc, j + 1, "only")) {
            return 1;
        }
    }
    return 0;
}

/* The stakeholders a stance verb's subject names as its companions in [from, vb):
 * after "along with", "together with", "as well as", "alongside", or "Like" opening
 * the sentence, and before "as well as" (or "but also" after "not only"); each
 * takes the stance towards dst too. */
static sg_err_t companions(sg_i_ctx_t *cx, size_t from, size_t vb, long src, long dst,
                           sg_edge_type_t stance, size_t s, size_t c, size_t ce) {
    const sg_textdoc_t *doc = cx->doc;
    sg_err_t rc = SG_OK;

    for (size_t k = from; k < vb && rc == SG_OK; k++) {
        size_t after = 0; /* the words of the marker */
        int before = 0;   /* the name before it is one too ("A as well as B") */
        size_t n;
        const char *w = sg_tok_norm(doc, k, &n);
        if (!w ||
            !((w[0] == 'a' && (n == 2 || n == 5 || n == 9)) || (w[0] == 't' && n == 8) ||
              (w[0] == 'l' && n == 4) || (w[0] == 'b' && n == 3) ||
              (w[0] == 'f' && n == 6) || (w[0] == 'u' && n == 2))) {
            continue; /* (most words: no marker's first letter and length) */
        }
        /* "A, B and C have joined forces with D to oppose X", "A teamed up with D
         * to": the subjects before the verb take D's stance */
        if (k > from && sg_tok_is(doc, k + 1, "with") &&
            ((sg_tok_is(doc, k, "forces") &&
              (sg_tok_is(doc, k - 1, "joined") || sg_tok_is(doc, k - 1, "join") ||
               sg_tok_is(doc, k - 1, "joining"))) ||
             (sg_tok_is(doc, k, "up") &&
              (sg_tok_is(doc, k - 1, "teamed") || sg_tok_is(doc, k - 1, "team") ||
               sg_tok_is(doc, k - 1, "teaming"))))) {
            size_t e = k - 1;
            while (e > from &&
                   (sg_tok_is(doc, e - 1, "has") || sg_tok_is(doc, e - 1, "have") ||
                    sg_tok_is(doc, e - 1, "had") || sg_tok_is(doc, e - 1, "are") ||
                    sg_tok_is(doc, e - 1, "is"))) {
                e--;
            }
            for (long sm = e > from ? sg_i_mention_at(cx, e - 1) : -1;
                 sm >= 0 && cx->m[sm].te == e && rc == SG_OK;) {
                long a = cx->m[sm].entity;
                if (a >= 0 && a != src && a != dst) {
                    rc = sg_i_add_edge(cx, a, dst, stance, NULL, s, c, ce, 0);
                }
                size_t b = past_back_determiners(doc, cx->m[sm].tb, from);
                e = b > from &&
                            (sg_tok_is(doc, b - 1, "and") || sg_tok_is(doc, b - 1, ","))
                        ? b - 1 -
                              (b > from + 1 && sg_tok_is(doc, b - 1, "and") &&
                               sg_tok_is(doc, b - 2, ","))
                        : from;
                sm = e > from ? sg_i_mention_at(cx, e - 1) : -1;
            }
            k++;
            continue;
        }
        if ((sg_tok_is(doc, k, "along") || sg_tok_is(doc, k, "together")) &&
            sg_tok_is(doc, k + 1, "with")) {
            after = 2;
        } else if (sg_tok_is(doc, k, "as") && sg_tok_is(doc, k + 1, "well") &&
                   sg_tok_is(doc, k + 2, "as")) {
            after = 3;
            before = 1;
        } else if (sg_tok_is(doc, k, "alongside") ||
                   (k == doc->sents[s].tok_begin && sg_tok_is(doc, k, "like"))) {
            after = 1;
        } else if (sg_tok_is(doc, k, "but") && sg_tok_is(doc, k + 1, "also") &&
                   k > from && not_only_before(doc, from, k)) {
            after = 2; /* "Not only A but also B backed X" */
            before = 1;
        }
        if (!after) {
            continue;
        }
        long am = mention_from(cx, past_determiners(doc, k + after, vb));
        long a = am >= 0 && cx->m[am].tb < vb ? cx->m[am].entity : -1;
        long bm = before && k > from ? sg_i_mention_at(cx, k - 1) : -1;
        long b = bm >= 0 ? cx->m[bm].entity : -1;
        if (a >= 0 && a != src) {
            rc = sg_i_add_edge(cx, a, dst, stance, NULL, s, c, ce, 0);
        }
        if (rc == SG_OK && b >= 0 && b != src) {
            rc = sg_i_add_edge(cx, b, dst, stance, NULL, s, c, ce, 0);
        }
        k += after - 1;
    }
    return rc;
}

/* Where the words that open a list of a group's members end ("including", "such
 * as", "among them", "notably") when they start at token k, or 0. */
static size_t members_opener(const sg_textdoc_t *doc, size_t k) {
    if (sg_tok_is(doc, k, "including") || sg_tok_is(doc, k, "notably")) {
        return k + 1;
    }
    if ((sg_tok_is(doc, k, "such") && sg_tok_is(doc, k + 1, "as")) ||
        (sg_tok_is(doc, k, "among") &&
         (sg_tok_is(doc, k + 1, "them") || sg_tok_is(doc, k + 1, "whom")))) {
        return k + 2;
    }
    return 0;
}

/* "Four unions have joined forces to oppose X. Unison, Unite, the GMB and the RCN
 * have launched ...": a subject of a number and a plural noun at token from in
 * sentence s, none named, whose members the next sentence opens by listing, as
 * many bodies as the number says; their count, into out (up to 8), else 0. */
static size_t counted_members(const sg_i_ctx_t *cx, size_t s, size_t from, long *out) {
    static const char *const counts[] = {"two", "three", "four", "five",
                                         "six", "seven", "eight"};
    const sg_textdoc_t *doc = cx->doc;
    size_t k = from + sg_tok_is(doc, from, "the"), want = 0;

    for (size_t i = 0; i < sizeof(counts) / sizeof(counts[0]) && !want; i++) {
        want = sg_tok_is(doc, k, counts[i]) ? i + 2 : 0;
    }
    size_t len;
    const char *w = want && k + 1 < doc->ntoks ? sg_tok_norm(doc, k + 1, &len) : NULL;
    if (!w || len < 3 || w[len - 1] != 's' || sg_i_is_cap(doc, k + 1) ||
        s + 1 >= doc->nsents) {
        return 0;
    }
    size_t n = sg_i_prev_list(cx, s + 2, 1, out, 8); /* (the list opening s + 1) */
    for (size_t i = 0; i < n; i++) {
        if (cx->ents[out[i]].type == SG_NODE_PERSON ||
            cx->ents[out[i]].type == SG_NODE_STP) {
            return 0;
        }
    }
    return n == want ? n : 0;
}

/* "Councillors have rejected the STP, among them A and B", "Councils, including A
 * and B, have rejected ...": the members a group names, after the clause or in an
 * apposition to its subject, take the group's stance (its cue [c, ce) in sentence
 * s, subject from token from) towards dst. */
static sg_err_t members_stance(sg_i_ctx_t *cx, size_t s, size_t from, size_t c, size_t ce,
                               long dst, sg_edge_type_t stance, long must) {
    const sg_textdoc_t *doc = cx->doc;
    size_t lim = doc->sents[s].tok_end, open = 0, close = lim;
    long out[8];

    for (size_t k = ce; k + 1 < lim && !open; k++) {
        open = sg_tok_is(doc, k, ",") ? members_opener(doc, k + 1) : 0;
    }
    for (size_t k = from; k + 1 < c && !open; k++) {
        open = sg_tok_is(doc, k, ",") ? members_opener(doc, k + 1) : 0;
        close = c;
    }
    size_t n = open ? listed_after(cx, open - 1, close, out, 8) : 0;
    int relative = 0; /* (not a relative clause's: "Three councils that had refused
                       * to sign it have now agreed to support it") */
    for (size_t k = from; k < c && !relative; k++) {
        relative = sg_tok_is(doc, k, "that") || sg_tok_is(doc, k, "which") ||
                   sg_tok_is(doc, k, "who");
    }
    if (!open && must < 0 && !relative) {
        n = counted_members(cx, s, from, out);
    }
    int has = must < 0;
    for (size_t i = 0; i < n; i++) {
        has |= out[i] == must;
    }
    for (size_t i = 0; i < n && has; i++) {
        sg_err_t rc = SG_OK;
        if (out[i] != dst && cx->ents[out[i]].type != SG_NODE_STP &&
            (rc = sg_i_add_edge(cx, out[i], dst, stance, NULL, s, c, ce, 0)) != SG_OK) {
            return rc;
        }
    }
    return SG_OK;
}

/* Is the cue at token c a response on a line of them, a stakeholder and a colon
 * before it ("Tarnshire County Council: opposed.", "Dunmore Borough Council:
 * supported, with conditions.")? The plan it responds to, named last before the
 * line (however far: a list of responses follows the plan's name), or -1 when
 * not such a line. */
static long response_to(const sg_i_ctx_t *cx, size_t c) {
    const sg_textdoc_t *doc = cx->doc;
    long m = c > 1 && sg_tok_is(doc, c - 1, ":") ? sg_i_mention_at(cx, c - 2) : -1;

    if (m < 0 || cx->m[m].te != c - 1 ||
        !(doc->toks[cx->m[m].tb].flags & SG_TF_PARA_START)) {
        return -1;
    }
    return plan_named_before(cx, m);
}

/* The token past words of time from token k ("on Tuesday", "a day later", "last
 * week", "in March"), before lim; k when none. */
static size_t past_time(const sg_i_ctx_t *cx, size_t k, size_t lim) {
    static const char *const times[] = {
        "a",     "day",     "days",    "week",     "weeks",  "month",     "later",
        "on",    "last",    "this",    "next",     "in",     "yesterday", "today",
        "the",   "year",    "months",  "autumn",   "spring", "summer",    "winter",
        "night", "evening", "morning", "afternoon"};
    /* (the words that make it a time) */
    static const char *const units[] = {"night",  "evening",   "morning", "afternoon",
                                        "later",  "yesterday", "today",   "week",
                                        "weeks",  "month",     "months",  "year",
                                        "autumn", "spring",    "summer",  "winter"};
    const sg_textdoc_t *doc = cx->doc;
    size_t e = k, v;

    while (e < lim &&
           (IN_LIST(doc, e, times) ||
            (sg_i_tok_in(cx->lex, SG_I_T_NONSTAKE, doc, e, &v) && v == SG_I_NS_TIME))) {
        e++;
    }
    /* (only words of time: "in principle", "the plan" are not) */
    for (size_t j = k; j < e; j++) {
        size_t tv;
        if (IN_LIST(doc, j, units) ||
            (sg_i_tok_in(cx->lex, SG_I_T_NONSTAKE, doc, j, &tv) && tv == SG_I_NS_TIME)) {
            return e;
        }
    }
    return k;
}

/* "Anna Reed and Mark Cole, the chief executives of X and Y, said they supported
 * ...": the people "they" at token k stands for, the reporting verb's subject
 * before it (past an apposition); up to max into out, their number (0 when "they"
 * is not so placed or names no person). */
static size_t they_people(const sg_i_ctx_t *cx, size_t k, long *out, size_t max) {
    const sg_textdoc_t *doc = cx->doc;

    if (k < 2 || !sg_tok_is(doc, k, "they") || !sg_i_reporting_at(cx, k - 1)) {
        return 0;
    }
    size_t sb = doc->sents[doc->toks[k].sent].tok_begin, j = k - 1;
    if (j >= sb + 3 && sg_tok_is(doc, j - 1, ",")) { /* past the apposition to its
                                                      * opening comma */
        for (j -= 2; j > sb && j + 30 > k && !sg_tok_is(doc, j, ","); j--) {
        }
        if (j <= sb || !sg_tok_is(doc, j, ",")) {
            return 0;
        }
    }
    size_t n = 0;
    long m = j > sb ? sg_i_mention_at(cx, j - 1) : -1;
    while (m >= 0 && n < max && cx->m[m].te == j &&
           cx->ents[cx->m[m].entity].type == SG_NODE_PERSON) {
        out[n++] = cx->m[m].entity;
        j = cx->m[m].tb;
        if (j < sb + 2 || !(sg_tok_is(doc, j - 1, "and") || sg_tok_is(doc, j - 1, ","))) {
            break;
        }
        j--;
        m = sg_i_mention_at(cx, j - 1);
    }
    return n;
}

/* sg_i_plan_before for a verb at token c that ends its clause with no object
 * ("threatened to withdraw."), past the subjects that open the sentences before
 * ("A voted to object. B threatened to withdraw.": not A), up to three. */
static long plan_past_subjects(const sg_i_ctx_t *cx, size_t c, long not_e) {
    const sg_textdoc_t *doc = cx->doc;
    size_t t = c;

    for (int n = 0; n < 3; n++) {
        long d = sg_i_plan_before(cx, t, not_e);
        if (d >= 0) {
            return d;
        }
        long lm = -1; /* the last body named before t, past c's sentence */
        for (size_t k = t < doc->sents[doc->toks[c].sent].tok_begin
                            ? t
                            : doc->sents[doc->toks[c].sent].tok_begin;
             k-- > 0 && lm < 0 && t - k < 200;) {
            long m = sg_i_mention_at(cx, k);
            lm = m >= 0 && cx->ents[cx->m[m].entity].type != SG_NODE_PERSON ? m : -1;
            k = m >= 0 ? cx->m[m].tb : k;
        }
        size_t ls = lm >= 0 ? doc->toks[cx->m[lm].tb].sent : 0;
        if (lm < 0 || ls == doc->toks[c].sent ||
            sg_i_first_stakeholder(cx, doc->sents[ls].tok_begin, cx->m[lm].te) !=
                cx->m[lm].entity ||
            cx->m[lm].te >= doc->sents[ls].tok_end ||
            doc->toks[cx->m[lm].te].kind != SG_TK_WORD ||
            sg_i_is_cap(doc, cx->m[lm].te)) {
            return -1; /* (not a sentence's subject before its verb) */
        }
        t = doc->sents[ls].tok_begin;
    }
    return -1;
}

/* Do the few words right before token b, after lo, name a change done to what b
 * names ("on closing X", "the closure of X", "plans to close X")? */
static int changed_before(const sg_textdoc_t *doc, size_t b, size_t lo) {
    static const char *const changing[] = {
        "close",   "closing", "shut",     "shutting",  "downgrade", "cut",
        "cutting", "merge",   "merging",  "move",      "moving",    "scrap",
        "axe",     "axing",   "relocate", "relocating"};
    for (size_t k = b; k-- > lo && k + 5 > b;) {
        if (doc->toks[k].kind != SG_TK_WORD) {
            return 0;
        }
        if (IN_LIST(doc, k, changing) || IN_LIST(doc, k, change_nouns)) {
            return 1;
        }
    }
    return 0;
}

/* Does "they" at token k stand for plans: plans ("the plans", "proposals",
 * "STPs") named in its sentence or the one before, and not the people the
 * reporting verb's subject lists? */
static int they_plans(const sg_i_ctx_t *cx, size_t k) {
    static const char *const plans[] = {"plans", "proposals", "stps"};
    const sg_textdoc_t *doc = cx->doc;
    size_t s = doc->toks[k].sent;
    long people[2];

    if (they_people(cx, k, people, 2) > 1) {
        return 0; /* (one person is no "they") */
    }
    for (size_t j = doc->sents[s > 0 ? s - 1 : 0].tok_begin; j < k; j++) {
        if (IN_LIST(doc, j, plans)) {
            return 1;
        }
    }
    return 0;
}

/* "A and B met on Monday. They backed X" (or "Both said", "The two councils
 * said"): the stakeholders listed opening the sentence before, in the same
 * paragraph, that the plural subject at token k, opening its own, stands for; up
 * to max into out, their number (0 when not so placed, or fewer than two). */
static size_t prev_pair(const sg_i_ctx_t *cx, size_t k, long *out, size_t max) {
    static const char *const counts[] = {"both", "two", "three", "four"};
    const sg_textdoc_t *doc = cx->doc;
    size_t s = doc->toks[k].sent, sb = doc->sents[s].tok_begin;
    long m = sg_i_mention_at(cx, k);

    /* "They", "Both" opening the sentence, or "The two councils", "Both trusts": a
     * count and the body's plural noun (read as the collective, or as nothing) */
    int plural = k == sb && (sg_tok_is(doc, k, "they") || sg_tok_is(doc, k, "both"));
    size_t w = m >= 0 ? cx->m[m].tb : k;
    w -= w > sb && IN_LIST(doc, w - 1, counts) ? 1 : 0;
    /* (not a bare number, a group not named before: "Two councils that had
     * opposed it have changed their minds") */
    plural |= w < k + 1 && IN_LIST(doc, w, counts) &&
              ((w == sb && sg_tok_is(doc, w, "both")) ||
               (w == sb + 1 && sg_tok_is(doc, sb, "the")));
    /* (or "The councils", "The unions" alone, the paragraph before's list too, each
     * of the noun's kind) */
    size_t nk = m >= 0 ? cx->m[m].te - 1 : k;
    /* (opening the sentence, or its clause after a comma: "In a joint letter to
     * X, the unions called") */
    if (!plural && nk > sb && sg_tok_is(doc, nk - 1, "the") &&
        IN_LIST(doc, nk, body_plurals) && (nk == sb + 1 || sg_tok_is(doc, nk - 2, ","))) {
        size_t n = sg_i_prev_list(cx, s, 1, out, max);
        int councils = sg_tok_is(doc, nk, "councils");
        for (size_t i = 0; i < n; i++) {
            n = (cx->ents[out[i]].type == SG_NODE_COUNCIL) == councils &&
                        cx->ents[out[i]].type != SG_NODE_PERSON &&
                        cx->ents[out[i]].type != SG_NODE_STP
                    ? n
                    : 0;
        }
        return n;
    }
    /* ("Both organisations said", "The two trusts": a count and a body's noun
     * reach back a few sentences, across paragraphs, to a list of that many) */
    size_t cb = sb + (sb < k && sg_tok_is(doc, sb, "the")), want = 0;
    if (plural && cb < k + 1 && IN_LIST(doc, cb, counts) &&
        IN_LIST(doc, cb + 1, body_plurals)) {
        want = sg_tok_is(doc, cb, "both") || sg_tok_is(doc, cb, "two") ? 2
               : sg_tok_is(doc, cb, "three")                           ? 3
                                                                       : 4;
    }
    for (size_t back = 1; want && back <= 4 && back <= s; back++) {
        size_t n = sg_i_prev_list(cx, s + 1 - back, 1, out, max);
        for (size_t i = 0; i < n; i++) {
            n = cx->ents[out[i]].type != SG_NODE_PERSON &&
                        cx->ents[out[i]].type != SG_NODE_STP
                    ? n
                    : 0;
        }
        if (n == want) {
            return n;
        }
    }
    return plural ? sg_i_prev_list(cx, s, 0, out, max) : 0;
}

/* "plans to merge A and B as part of the X STP", "plans to cut beds under the X
 * STP": the plan that plans are part of, named from token k (before e); -1 when
 * none. */
static long plans_part_of(const sg_i_ctx_t *cx, size_t k, size_t e) {
    const sg_textdoc_t *doc = cx->doc;

    for (size_t j = k; j + 1 < e; j++) {
        size_t p = sg_tok_is(doc, j, "under")                                 ? j + 1
                   : sg_tok_is(doc, j, "part") && sg_tok_is(doc, j + 1, "of") ? j + 2
                                                                              : 0;
        long pm = p && p < e ? mention_from(cx, past_determiners(doc, p, e)) : -1;
        long pe = pm >= 0 ? sg_i_role_body(cx, pm) : -1;
        if (pe >= 0 && cx->ents[pe].type == SG_NODE_STP) {
            return pe;
        }
    }
    return -1;
}

/* Do the words from token t, one or two in lower case, end in a plan's noun ("cuts
 * plans", "plans"; not after "'s": "the partnership's plans" are its own)? */
static int plan_after(const sg_textdoc_t *doc, size_t t, size_t lim) {
    /* (not past a preposition: "clashed with X over plans to close beds") */
    static const char *const between[] = {"over", "about", "on", "for", "with", "in"};
    for (size_t k = t; k < lim && !sg_tok_is(doc, t, "'s") && k < t + 2 &&
                       doc->toks[k].kind == SG_TK_WORD && !sg_i_is_cap(doc, k) &&
                       !IN_LIST(doc, k, between);
         k++) {
        if (IN_LIST(doc, k, plan_nouns)) {
            return 1;
        }
    }
    return 0;
}

/* Is token t a word in "-ly" ("jointly", "currently")? */
static int ly_word(const sg_textdoc_t *doc, size_t t) {
    size_t len;
    const char *w = sg_tok_norm(doc, t, &len);
    return w && len > 3 && w[len - 2] == 'l' && w[len - 1] == 'y';
}

/* Where sentence st ends before its closing quotation marks, when it ends with a
 * question mark ("“Real progress for whom?”"); else 0. */
static size_t asked_end(const sg_textdoc_t *doc, const sg_sentence_t *st) {
    size_t e = st->tok_end;

    while (e > st->tok_begin && doc->toks[e - 1].kind == SG_TK_QUOTE) {
        e--;
    }
    return e > st->tok_begin && sg_tok_is(doc, e - 1, "?") ? e : 0;
}

/* Does sentence s ask a yes-or-no question ("Will councils back the plan?", "Q: Do
 * councils support it?")? What it asks of a stakeholder is no stance of theirs. */
static int yes_no_question(const sg_textdoc_t *doc, const sg_sentence_t *st) {
    size_t b = st->tok_begin, e = asked_end(doc, st);

    if (!e) {
        return 0;
    }
    /* (past a speaker's label: an interview's "Q:", a transcript's "CHAIR (Dr X):",
     * words with no lower-case one before a colon) */
    for (size_t k = b; k < e && k < b + 10; k++) {
        if (sg_tok_is(doc, k, ":")) {
            b = k > b ? k + 1 : b;
            break;
        }
        if (doc->toks[k].kind == SG_TK_WORD && !sg_i_is_cap(doc, k)) {
            break;
        }
    }
    while (b < e && doc->toks[b].kind == SG_TK_QUOTE) {
        b++;
    }
    /* (and past the one asked: "Mr Stevens, are STPs a vehicle for cuts?") */
    size_t v = b;
    while (v < e && v < b + 4 && sg_i_is_cap(doc, v)) {
        v++;
    }
    b = v > b && v + 1 < e && sg_tok_is(doc, v, ",") ? v + 1 : b;
    return b < e && sg_i_auxiliary(doc, b);
}

static sg_err_t stances(sg_i_ctx_t *cx) {
    const sg_textdoc_t *doc = cx->doc;
    sg_err_t rc;
    echo_t last = {-1, -1, SG_EDGE_ENDORSES, 0, 0}; /* the last verb's stance */

    for (size_t s = 0; s < doc->nsents && doc->sents[s].tok_begin < cx->body_end; s++) {
        const sg_sentence_t *st = &doc->sents[s];
        size_t nor = 0;     /* its "neither ... nor": 0 until a cue asks, then where */
        long prev_src = -1; /* the subject of its last verb's stance, and where the */
        size_t prev_ce = 0; /* cue ended: "X opposed Y but now supports it" */
        long prev_dst = -1; /* the subject of its last passive */
        size_t speech = (size_t)-1; /* where a speech's words start: 0 when none */
        /* a cue in another verb's object ("backed a motion opposing Y"): where it
         * starts, and the sign of the verb whose object it is */
        size_t gov_tok = (size_t)-1;
        int gov_sign = 1;
        /* (after the sentence with the stance, or opening the paragraph after
         * the one with it: "X said: 'These plans are built on sand. ...' / Y
         * agreed.") */
        if (last.src >= 0 &&
            (last.sent + 1 == s ||
             (doc->sents[s].tok_begin == doc->paras[st->para].tok_begin &&
              doc->sents[last.sent].para + 1 == st->para)) &&
            (rc = echo_sentence(cx, s, &last)) != SG_OK) {
            return rc;
        }
        if (last.src >= 0 && last.sent + 3 > s && last.sent < s &&
            (rc = echoed_words(cx, s, &last)) != SG_OK) {
            return rc;
        }
        if (st->tok_end < st->tok_begin + 12 &&
            (rc = agree_with_before(cx, s)) != SG_OK) {
            return rc;
        }
        /* (a verdict asked about is none: "“Real progress for whom?”") */
        int asked = asked_end(doc, st) != 0;
        for (size_t c = yes_no_question(doc, st) ? st->tok_end : st->tok_begin;
             c < st->tok_end;) {
            size_t v, n = sg_i_match(cx->lex, SG_I_T_STANCE, doc, c, st->tok_end, &v);
            if (!n && c + 2 < st->tok_end && doc->toks[c + 1].kind == SG_TK_QUOTE &&
                sg_i_match_pair(cx->lex, SG_I_T_STANCE, doc, c, c + 2, &v)) {
                n = 3; /* "said she was “deeply worried” by the plan" */
            }
            /* (asked at every word: its first letter, the cheapest test, here) */
            char first = (char)(doc->text[doc->toks[c].start] | 0x20);
            int called = !n &&
                         (first == 'c' || first == 'p' ||
                          (first == 'w' && doc->toks[c].norm_len >= 4 &&
                           (doc->text[doc->toks[c].start + 1] | 0x20) == 'a')) &&
                         (n = call_for(cx, c, st->tok_end, &v)) != 0; /* ("want") */
            if (!n && first == 'v') {
                n = voted_against(cx, c, st->tok_end, &v); /* "voted 9-3 against" */
            }
            if (!n && first == 'a') {
                n = partisan_of(cx, c, st->tok_end, &v); /* "a long-time critic of" */
            }
            /* (a verdict's word that is a verb here, before whom it acts on: "was
             * encouraging STPs to work with ...") */
            int acting =
                n == 1 && (v & SG_I_ST_EVAL) && c + 1 < st->tok_end &&
                doc->toks[c].norm_len > 6 && sg_tok_is(doc, c, "encouraging") &&
                (sg_i_mention_at(cx, c + 1) >= 0 || sg_tok_is(doc, c + 1, "them") ||
                 sg_tok_is(doc, c + 1, "people"));
            if (n && ((v & SG_I_ST_NONE) || (asked && (v & SG_I_ST_EVAL)) || acting)) {
                c += n; /* "have taken opposing views on": no cue */
                continue;
            }
            if (n >= 2 && (first == 'w' || first == 'i' || first == 't') &&
                (sg_tok_is(doc, c, "we") || sg_tok_is(doc, c, "i") ||
                 sg_tok_is(doc, c, "they"))) {
                c++; /* "we back": the pronoun is the verb's subject, before it */
                n--;
            }
            size_t v2;
            if (!n || entity_at(cx, c) >= 0 ||
                (first == 't' && n >= 2 && sg_tok_is(doc, c, "to") &&
                 sg_i_match(cx->lex, SG_I_T_STANCE, doc, c + 1, st->tok_end, &v2) > n)) {
                c++; /* (nor "to withdraw" inside "to withdraw its support for": the
                      * longer cue after "to", read from its own word) */
                continue;
            }
            int sign = (v & SG_I_ST_POS) ? 1 : -1;
            int cancelled = 0, negated = 0;
            size_t neg_b = c; /* where the negator before the cue starts */
            /* (a cue that opens with "to" shares it with a negator: "has yet to" and
             * "to back") */
            size_t to = sg_tok_is(doc, c, "to");
            for (size_t k = c > st->tok_begin + 8 ? c - 8 : st->tok_begin; k < c; k++) {
                /* (a negator is no name's word: "Theresa May backed") */
                size_t nv, nn = sg_i_match(cx->lex, SG_I_T_NEGATORS, doc, k, c + to, &nv);
                /* (past an adverb: "has yet to formally endorse") */
                if (nn &&
                    (k + nn == c || k + nn == c + to ||
                     (k + nn + 1 == c &&
                      (ly_word(doc, c - 1) || sg_tok_is(doc, c - 1, "to") ||
                       /* (or a quotation mark: "could no longer “put my name to”") */
                       doc->toks[c - 1].kind == SG_TK_QUOTE ||
                       /* (or a determiner before a verdict: "is not our best hope") */
                       ((v & SG_I_ST_EVAL) && IN_LIST(doc, c - 1, verdict_dets)))) ||
                     (k + nn < c && aside_between(doc, k + nn, c))) &&
                    sg_i_mention_at(cx, c - 1) < 0) {
                    if (nv == SG_I_NEG_NONE) {
                        break; /* "not only backed it but ...": no negation */
                    }
                    neg_b = k;
                    /* "would not support" withholds support: a stance against; "did
                     * not criticise" is no stance either way; a hedge makes support
                     * a possibility ("before it could back it"), not opposition ("could
                     * withdraw its support", "could not back" stand) */
                    if (nv == SG_I_NEG_HEDGE) {
                        cancelled = sign > 0 && !called;
                        negated = 1;
                        break;
                    }
                    if (nv == SG_I_NEG_CANCEL || (nv == SG_I_NEG_DENY && sign < 0) ||
                        called) { /* "did not call for it to be scrapped" */
                        cancelled = 1;
                    } else {
                        sign = -sign;
                    }
                    negated = 1;
                    break;
                }
            }
            /* "X said critics of Y were misguided": critics not named, a subject of
             * their own, no one's stance */
            cancelled |= (IN_LIST(doc, c, foes) || sg_tok_is(doc, c, "supporters") ||
                          sg_tok_is(doc, c, "backers")) &&
                         c > st->tok_begin &&
                         (sg_i_reporting_at(cx, c - 1) || sg_tok_is(doc, c - 1, "that"));
            /* "however flawed the process has been": a concession, no verdict */
            cancelled |= (v & SG_I_ST_EVAL) && c > st->tok_begin &&
                         sg_tok_is(doc, c - 1, "however");
            /* "it is too soon to call them a failure", "too early to conclude that
             * they have failed", "premature to judge it a success": a verdict put off
             * is none */
            cancelled |= !negated && judged_too_soon(doc, st->tok_begin, c);
            /* "X should stop blocking capital spending, which is the only way to ...":
             * a verdict on a thing a relative clause follows, no stakeholder */
            cancelled |= (v & SG_I_ST_EVAL) && (relative_of_thing(cx, st->tok_begin, c) ||
                                                object_in_relative(cx, st->tok_begin, c));
            /* "conditions that must be met before it will endorse the plan", "unless
             * it backs the plan": a stance on a condition is none */
            for (size_t k = c > st->tok_begin + 4 ? c - 4 : st->tok_begin; k < c; k++) {
                cancelled |= doc->toks[k].norm_len >= 5 &&
                             (sg_tok_is(doc, k, "before") || sg_tok_is(doc, k, "until") ||
                              sg_tok_is(doc, k, "unless"));
            }
            /* (nor one hoped for: "I hope Wexmoor County Council will support him") */
            static const char *const hopes[] = {"hope", "hopes", "hoped", "hoping"};
            for (size_t k = c > st->tok_begin + 8 ? c - 8 : st->tok_begin; k < c; k++) {
                cancelled |= doc->toks[k].norm_len >= 4 && IN_LIST(doc, k, hopes);
            }
            /* "said reports that it backed the plan were false": a stance others
             * claim, inside "reports that", "claims that", "suggestions that", is
             * not asserted */
            static const char *const hearsay[] = {"reports",     "claims",
                                                  "suggestions", "allegations",
                                                  "rumours",     "speculation"};
            for (size_t k = c > st->tok_begin + 8 ? c - 8 : st->tok_begin + 1;
                 k < c && !cancelled; k++) {
                cancelled = sg_tok_is(doc, k, "that") && IN_LIST(doc, k - 1, hearsay);
            }
            /* (or after one: "Without proper funding, these plans will fail") */
            if ((v & SG_I_ST_EVAL) && sign < 0 && !cancelled) {
                size_t ob = c; /* (the clause opens the sentence or a quotation) */
                while (ob > st->tok_begin && doc->toks[ob - 1].kind != SG_TK_QUOTE) {
                    ob--;
                }
                if (ob + 2 < c && IN_LIST(doc, ob, conditions)) {
                    size_t comma = 0; /* (and no verb reports the verdict after it:
                                       * "Without consulting anyone, X said ...") */
                    for (size_t k = ob + 1; k < c; k++) {
                        comma = !comma && sg_tok_is(doc, k, ",") ? k : comma;
                        if (comma && sg_i_reporting_at(cx, k)) {
                            comma = 0;
                            break;
                        }
                    }
                    cancelled = comma != 0;
                }
            }
            /* "X could be scrapped": a possibility, no one's verdict ("that X be
             * scrapped", "X should be scrapped" are) */
            static const char *const maybes[] = {"could", "would", "may",    "might",
                                                 "will",  "can",   "cannot", "won't",
                                                 "shall", "to"};
            cancelled |= (v & SG_I_ST_EVAL) && sg_tok_is(doc, c, "be") &&
                         c > st->tok_begin && IN_LIST(doc, c - 1, maybes);
            /* "a return to the silos that have failed patients": a relative clause
             * judges the thing before it, no stakeholder further back */
            static const char *const relatives[] = {"that", "which", "who"};
            size_t rel =
                c > st->tok_begin + 2 && sg_tok_is(doc, c - 2, ",") ? c - 3 : c - 2;
            cancelled |= (v & SG_I_ST_EVAL) && sg_i_auxiliary(doc, c) &&
                         c > st->tok_begin + 1 && IN_LIST(doc, c - 1, relatives) &&
                         entity_at(cx, rel) < 0; /* (but "the STP, which has failed") */
            /* "STPs cannot succeed unless ministers fund social care": a warning on a
             * condition, no verdict on what is judged */
            size_t cn = c + n;
            cancelled |= (v & SG_I_ST_EVAL) && sign < 0 && cn < st->tok_end &&
                         IN_LIST(doc, cn, conditions);
            /* (or by one alone: "the plan cannot be delivered by the NHS alone") */
            if ((v & SG_I_ST_EVAL) && sign < 0 && cn + 2 < st->tok_end &&
                sg_tok_is(doc, cn, "by")) {
                for (size_t k = cn + 2; k < st->tok_end && k < cn + 7; k++) {
                    cancelled |= sg_tok_is(doc, k, "alone");
                }
            }
            /* "it would support the plan only if ministers paid": support on a
             * condition not met is none */
            if (sign > 0 && !cancelled && c > st->tok_begin &&
                (sg_tok_is(doc, c - 1, "would") || sg_tok_is(doc, c - 1, "could"))) {
                for (size_t k = c + n; k + 1 < st->tok_end && k < c + n + 8; k++) {
                    if ((sg_tok_is(doc, k, "only") && sg_tok_is(doc, k + 1, "if")) ||
                        sg_tok_is(doc, k, "provided") ||
                        (sg_tok_is(doc, k, "on") && sg_tok_is(doc, k + 1, "condition"))) {
                        cancelled = 1;
                        break;
                    }
                }
            }
            /* "The Board is asked to note the update and to endorse the STP": a
             * stance asked of one is none (a verb right after "asked to" is read by
             * urged_by) */
            static const char *const requests[] = {"asked", "invited", "requested",
                                                   "recommended", "urged"};
            size_t sb = st->tok_begin;
            int to_cue =
                sg_tok_is(doc, c, "to") || (c > sb && sg_tok_is(doc, c - 1, "to"));
            for (size_t k = c > sb + 12 ? c - 12 : sb; to_cue && k + 1 < c; k++) {
                cancelled |= k > 0 && sg_tok_is(doc, k + 1, "to") &&
                             IN_LIST(doc, k, requests) && IN_LIST(doc, k - 1, be_words);
            }
            /* "X denied that it had opposed Y", "denied reports that it had rejected":
             * a stance denied is none */
            static const char *const denials[] = {"denied", "denies", "deny", "denying"};
            for (size_t k = c > st->tok_begin + 8 ? c - 8 : st->tok_begin; k < c; k++) {
                size_t dl;
                const char *d = sg_tok_norm(doc, k, &dl);
                cancelled |= d && dl >= 4 && d[0] == 'd' && d[1] == 'e' &&
                             IN_LIST(doc, k, denials);
                /* "asked whether councils had decided to back it": a question */
                cancelled |= d && dl == 7 && d[0] == 'w' && sg_tok_is(doc, k, "whether");
            }
            if (c == gov_tok) {
                /* "backed a motion opposing Y" opposes Y, "rejected calls to back Y"
                 * too; "rejected calls to scrap Y" is left unread, but "hit back at
                 * critics of Y" defends Y */
                cancelled |= gov_sign < 0 && sign < 0 && !IN_LIST(doc, c, foes);
                sign *= gov_sign;
            }
            nor = nor ? nor : neither_nor(doc, st->tok_begin, st->tok_end);
            if (!negated && !(v & SG_I_ST_EVAL) && nor < c) {
                /* "Neither X nor Y has backed Z" denies what it says */
                cancelled = sign < 0;
                sign = -1;
            }
            sg_edge_type_t stance = sign > 0 ? SG_EDGE_ENDORSES : SG_EDGE_OPPOSES;
            size_t ce = c + n;
            long qi = quote_at(cx, c);
            if (qi < 0 && (v & SG_I_ST_EVAL) && c + 2 < ce &&
                doc->toks[c + 1].kind == SG_TK_QUOTE) {
                qi = quote_at(cx, c + 2); /* "described it as a “stitch-up”": the
                                           * quotation's words */
            }
            long src = -1, dst = -1, its_judged = -1;
            size_t from = st->tok_begin;
            if (speech == (size_t)-1) { /* once a sentence, at its first cue */
                speech = (doc->toks[from].flags & SG_TF_PARA_START) &&
                                 speech_speaker(cx, st->para, &speech) >= 0
                             ? speech
                             : 0;
            }
            from =
                speech && speech <= c ? speech : from; /* a speech: its speaker's
                                                        * label is not what it judges */
            size_t by = !(v & SG_I_ST_EVAL) ? passive_at(cx, c, ce, st->tok_end) : 0;
            int passive = by != 0;
            /* (but "X is opposed.": a stakeholder no plan against it) */
            long bs = c > st->tok_begin + 1 && sg_tok_is(doc, c, "opposed")
                          ? sg_i_mention_at(cx, c - 2)
                          : -1;
            int against_it = bs >= 0 && cx->m[bs].te == c - 1 && cx->m[bs].entity >= 0 &&
                             cx->ents[cx->m[bs].entity].type != SG_NODE_STP &&
                             !IN_LIST(doc, ce, plan_nouns);
            if (!passive && !(v & SG_I_ST_EVAL) && n == 1 && c > st->tok_begin &&
                IN_LIST(doc, c - 1, be_words) && sg_i_ends_ed(doc, c) &&
                ce < st->tok_end && !sg_tok_is(doc, ce, "to") &&
                !sg_tok_is(doc, ce, "with") && !sg_tok_is(doc, ce, "of") && !against_it) {
                c = ce; /* "The plan was approved despite ...": no one named does it
                         * ("is opposed to" is the subject's own stance) */
                continue;
            }
            if (!(v & SG_I_ST_EVAL) && gerund_subject(cx, c, ce, st->tok_end)) {
                c = ce; /* "backing X would be a mistake": what is said of backing */
                continue;
            }
            /* inside a long quotation the speaker's own words are the scope; a short
             * partial quotation ("the best hope") judges what its sentence names, and
             * so does one that completes a clause of the sentence ("said the STP
             * was “the best chance in a generation”") */
            /* (or a verb the words complete: "STPs risk “sucking money out of social
             * care”", "would become “...”") */
            static const char *const copulas[] = {
                "is",  "was",  "are",  "were",  "be",     "been",    "as",     "has",
                "had", "have", "risk", "risks", "become", "becomes", "remain", "remains"};
            if (qi >= 0 && cx->q[qi].qb > from && cx->q[qi].qe - cx->q[qi].qb >= 6 &&
                !(cx->q[qi].qb >= 2 && IN_LIST(doc, cx->q[qi].qb - 2, copulas)) &&
                !sg_i_auxiliary(doc, cx->q[qi].qb) && /* ("the plans “do not ...”") */
                !(cx->q[qi].qb >= 3 &&                /* "called it “...”" */
                  (sg_tok_is(doc, cx->q[qi].qb - 2, "it") ||
                   sg_tok_is(doc, cx->q[qi].qb - 2, "them")) &&
                  IN_LIST(doc, cx->q[qi].qb - 3, naming_verbs)) &&
                !named_before_quote(cx, cx->q[qi].qb)) {
                from = cx->q[qi].qb;
            }
            /* the nearest stakeholder before the cue, or for a verb the subject
             * before an apposition ("X, chair of Y, has criticised ...") */
            size_t before = c;
            if (!(v & SG_I_ST_EVAL)) {
                /* "X, leader of Y, wrote to Z calling for": the subject of "wrote" */
                size_t to = addressed_at(cx, c, from);
                before = clause_subject_end(cx, from, to > from + 1 ? to - 1 : c);
            } else {
                /* "X, of Y, said the plan was a sham": what is judged follows the
                 * reporting verb, its subject does not (nor does a later verb's
                 * own: "X said ... with Y, though he warned that the plans were
                 * wrong"; "agreed ... but said" is one subject's) */
                for (size_t k = from, first = 1; k < c; k++) {
                    /* (or a verb that names what it judges: "X, the MP for Y, called
                     * the decision “a betrayal”") */
                    char f0 = (char)(doc->text[doc->toks[k].start] | 0x20);
                    int names = (f0 == 'c' || f0 == 'b' || f0 == 'l' || f0 == 'd') &&
                                IN_LIST(doc, k, naming_verbs) &&
                                !sg_tok_is(doc, k + 1, "for") &&
                                !sg_tok_is(doc, k + 1, "on");
                    if ((sg_i_reporting_at(cx, k) || names) && quote_at(cx, k) < 0 &&
                        (first || sg_i_pronoun_entity(cx, k - 1) >= 0 ||
                         entity_at(cx, k - 1) >= 0 ||
                         (sg_tok_is(doc, k - 1, ",") &&
                          sg_i_subject_before(cx, k) >= 0))) {
                        /* (past an apposition: "and Tom Ash, a GP, said it was") */
                        from = k + 1;
                        first = 0;
                    }
                }
                size_t ao = as_object(cx, from, c);
                /* ("describing its engagement as “exemplary”": what "its" is) */
                size_t ap = c > 0 && doc->toks[c - 1].kind == SG_TK_QUOTE ? c - 1 : c;
                its_judged = ap > ao + 2 && sg_tok_is(doc, ap - 1, "as") &&
                                     sg_tok_is(doc, ao, "its")
                                 ? its_body(cx, ao)
                                 : -1;
                from = ao;
                /* (a sentence quoted whole judges what it names, not who says it:
                 * "A and B were blunt: “These figures are sound.”") */
                if (qi >= 0 && cx->q[qi].qb > from && sg_i_is_cap(doc, cx->q[qi].qb)) {
                    from = cx->q[qi].qb;
                }
            }
            int in_place = 0;   /* the stakeholder found follows "in" */
            size_t dst_end = 0; /* where its name ends */
            /* "The Liberal Democrat MP for Wexmoor, Tom Ash, also criticised":
             * the person between the commas before the verb is its subject */
            size_t list_from = from; /* where a list of subjects may start */
            if (before < c && !(v & SG_I_ST_EVAL)) {
                /* (or bodies after a group's plural: "Two of its councils, A and
                 * B, refused"; or a body after its kind: "an independent group,
                 * Fenshire First, will") */
                int grouped = before > from && (IN_LIST(doc, before - 1, body_plurals) ||
                                                sg_i_org_kind(doc, before - 1));
                /* (past where they are: "Two councils in the footprint, A and B,") */
                for (size_t g = before > 0 ? before - 1 : 0;
                     !grouped && g > from && g + 5 > before &&
                     doc->toks[g].kind == SG_TK_WORD && !sg_i_is_cap(doc, g);
                     g--) {
                    grouped = (sg_tok_is(doc, g, "in") || sg_tok_is(doc, g, "across")) &&
                              IN_LIST(doc, g - 1, body_plurals);
                }
                long am = mention_from(cx, before + 1), fm = am;
                size_t first = am >= 0 ? cx->m[am].tb : 0;
                /* or a list of them: "Her counterparts at A and B, P and Q, have" */
                while (am >= 0 && apposed_subject(cx, am, grouped) &&
                       sg_tok_is(doc, cx->m[am].te, "and")) {
                    long nx = mention_from(cx, cx->m[am].te + 1);
                    am = nx >= 0 && apposed_subject(cx, nx, grouped) ? nx : -1;
                }
                if (am >= 0 && apposed_subject(cx, am, grouped) &&
                    sg_tok_is(doc, cx->m[am].te, ",")) {
                    before = cx->m[am].te;
                    /* (a list may go on before a role fronted with a body's "'s":
                     * "A's leader, X, and B's leader, Y, have signed") */
                    list_from = fronted_start(cx, fm, from) < first ||
                                        kind_apposed(doc, first, from)
                                    ? from
                                    : first;
                }
            }
            int reported = 0;   /* the verb's subject is another's, named by none */
            int group_last = 0; /* a list of subjects ends in a group none names */
            long given = -1;    /* what the stance is given to, before the cue */
            long they[NTHEY];   /* "A and B said they supported": A and B */
            size_t nthey = 0;
            int plain = passive && c > from + 2 && c < from + 6;
            for (size_t k = from + 1; plain && k < c; k++) {
                plain = doc->toks[k].kind == SG_TK_WORD && !sg_i_is_cap(doc, k) &&
                        sg_i_mention_at(cx, k) < 0;
            }
            if (plain && (sg_tok_is(doc, from, "his") || sg_tok_is(doc, from, "her"))) {
                /* "Her comments were welcomed by X": the person's words */
                dst = sg_i_last_person_for(cx, from, sg_tok_is(doc, from, "her"));
                dst_end = from + 2;
            }
            /* (or a person's by name: "Stevens' comments were welcomed by X") */
            long fm = passive && dst < 0 ? sg_i_mention_at(cx, from) : -1;
            size_t fe =
                fm >= 0 && cx->m[fm].tb == from && sg_i_possessive_at(doc, cx->m[fm].te)
                    ? cx->m[fm].te + 1
                    : 0;
            int words = fe && c > fe && c < fe + 4;
            for (size_t k = fe; words && k < c; k++) {
                words = doc->toks[k].kind == SG_TK_WORD && !sg_i_is_cap(doc, k) &&
                        sg_i_mention_at(cx, k) < 0;
            }
            if (words && cx->ents[cx->m[fm].entity].type == SG_NODE_PERSON) {
                dst = cx->m[fm].entity;
                dst_end = fe + 1;
            }
            if ((v & SG_I_ST_EVAL) && dst < 0 && from > 0 && from + 2 < c &&
                sg_tok_is(doc, from, "they") && sg_i_reporting_at(cx, from - 1) &&
                IN_LIST(doc, from + 1, be_words) && they_plans(cx, from)) {
                /* "X said they were “a smokescreen for cuts”" after "the plans":
                 * the plans named last */
                dst = sg_i_plan_before(cx, from, -1);
                dst_end = from + 1;
            }
            /* (or after "that" past an object: "telling X that they were “the right
             * approach”") */
            size_t th = c > from + 3 ? c - 2 - (doc->toks[c - 1].kind == SG_TK_QUOTE) : 0;
            if ((v & SG_I_ST_EVAL) && dst < 0 && th > from + 1 &&
                sg_tok_is(doc, th, "they") && sg_tok_is(doc, th - 1, "that") &&
                IN_LIST(doc, th + 1, be_words) && they_plans(cx, th)) {
                /* (the plans named last, past the one told: an STP's mention) */
                for (size_t k = th; k-- > from && dst < 0;) {
                    long e = entity_at(cx, k);
                    dst = e >= 0 && cx->ents[e].type == SG_NODE_STP ? e : -1;
                }
                for (size_t k = from; dst < 0 && k-- > doc->sents[s].tok_begin;) {
                    long e = entity_at(cx, k);
                    dst = e >= 0 && cx->ents[e].type == SG_NODE_STP ? e : -1;
                }
                dst_end = th + 1;
            }
            for (size_t k = before; k-- > from && dst < 0;) {
                /* "Dr Jane Doe (chair, Tarn CCG) has defended": past the brackets
                 * of a name's role, to the name */
                if (doc->toks[k].kind == SG_TK_PUNCT && sg_tok_is(doc, k, ")")) {
                    size_t o = k;
                    while (o > from && o + 12 > k && !sg_tok_is(doc, o, "(")) {
                        o--;
                    }
                    /* (and a seat's before a party's: "X (Exeter) (LD) agreed") */
                    while (o > from + 2 && sg_tok_is(doc, o, "(") &&
                           sg_tok_is(doc, o - 1, ")")) {
                        size_t o2 = o - 2;
                        while (o2 > from && o2 + 8 > o && !sg_tok_is(doc, o2, "(")) {
                            o2--;
                        }
                        if (!sg_tok_is(doc, o2, "(")) {
                            break;
                        }
                        o = o2;
                    }
                    if (sg_tok_is(doc, o, "(") && o > from && entity_at(cx, o - 1) >= 0 &&
                        cx->ents[entity_at(cx, o - 1)].type == SG_NODE_PERSON) {
                        k = o;
                        continue;
                    }
                }
                /* "A, B and (our) three trusts have signed up": A and B */
                size_t ga = k > from + 2 && (sg_tok_is(doc, k - 1, "our") ||
                                             sg_tok_is(doc, k - 1, "their") ||
                                             sg_tok_is(doc, k - 1, "its"))
                                ? k - 1
                                : k;
                /* (or a longer group: "A and the leaders of the area's five
                 * councils have written") */
                for (size_t g = ga;
                     g > from + 2 && g + 8 > k &&
                     !(sg_tok_is(doc, ga - 1, "and") && ga > from + 1) &&
                     (doc->toks[g - 1].kind == SG_TK_NUM ||
                      (doc->toks[g - 1].kind == SG_TK_WORD && !sg_i_is_cap(doc, g - 1) &&
                       sg_i_mention_at(cx, g - 1) < 0) ||
                      sg_tok_is(doc, g - 1, "'s"));
                     g--) {
                    ga = sg_tok_is(doc, g - 2, "and") ? g - 1 : ga;
                }
                if (!(v & SG_I_ST_EVAL) && ga > from + 1 &&
                    sg_tok_is(doc, ga - 1, "and") &&
                    (entity_at(cx, ga - 2) >= 0 || /* (past an apposition's comma) */
                     (ga > from + 2 && sg_tok_is(doc, ga - 2, ",") &&
                      apposed_before(cx, ga - 3))) &&
                    unnamed_clause(cx, k, c)) {
                    k = ga - 1;
                    group_last = 1;
                    continue;
                }
                if (!(v & SG_I_ST_EVAL) &&
                    (reported_subject(cx, k, c) || unnamed_clause(cx, k, c))) {
                    reported = 1; /* "X said the board remained committed to Y" */
                    break;
                }
                if ((v & SG_I_ST_EVAL) &&
                    (sg_tok_is(doc, k, "it") || sg_tok_is(doc, k, "them")) &&
                    undone_at(doc, k, from)) {
                    /* "abandoning them now would be a mistake": the plan named
                     * last, the opposite stance towards it (no other named
                     * before) */
                    dst = sg_i_plan_before(cx, k, -1);
                    stance = dst < 0                      ? stance
                             : stance == SG_EDGE_ENDORSES ? SG_EDGE_OPPOSES
                                                          : SG_EDGE_ENDORSES;
                    dst_end = k + 1;
                    break;
                }
                if ((v & SG_I_ST_EVAL) && sg_tok_is(doc, k, "it") &&
                    verdict_on(doc, k, c)) {
                    dst = sg_i_plan_before(cx, k, -1); /* "X, of Y, said it was a
                                                        * mistake": the plan */
                    dst_end = k + 1;
                    break;
                }
                long m = sg_i_mention_at(cx, k);
                size_t ob =
                    m >= 0 && !(v & SG_I_ST_EVAL) ? cue_object(cx, cx->m[m].tb, from) : 0;
                if (ob) {
                    k = ob; /* the name before "opposed to X" */
                    continue;
                }
                size_t gv = m >= 0 && !(v & SG_I_ST_EVAL) && given < 0
                                ? given_object(cx, m, c, from)
                                : 0;
                if (gv) {
                    given = sg_i_role_body(cx, m); /* "given the plan its support" */
                    k = gv;
                    continue;
                }
                if (m >= 0 && !(v & SG_I_ST_EVAL) && !passive &&
                    sg_i_former_body(cx, m)) {
                    reported = 1; /* "A former chief executive of X has attacked":
                                   * one not named */
                    break;
                }
                size_t ab = m >= 0 ? past_back_determiners(doc, cx->m[m].tb, from) : 0;
                size_t acc = (size_t)-1; /* "The plan, according to X (of Y), “will
                                          * cost jobs”": who says it, not what it
                                          * judges */
                for (size_t j = ab;
                     m >= 0 && (v & SG_I_ST_EVAL) && acc == (size_t)-1 && j > from + 1 &&
                     j + 8 > ab && !sg_tok_is(doc, j - 1, ",");
                     j--) {
                    acc =
                        sg_tok_is(doc, j - 1, "to") && sg_tok_is(doc, j - 2, "according")
                            ? j - 2
                            : acc;
                }
                if (acc != (size_t)-1) {
                    k = acc;
                    continue;
                }
                if (m >= 0 && !(v & SG_I_ST_EVAL) && !passive && ab > from + 1 &&
                    sg_tok_is(doc, ab - 1, "to") && from_before(doc, from, ab - 1)) {
                    k = ab - 1; /* "A letter from X to Y said": Y is written to */
                    continue;
                }
                if (m >= 0 && !(v & SG_I_ST_EVAL) && !passive && ab > from + 2 &&
                    sg_tok_is(doc, ab - 1, "with") && sg_tok_is(doc, ab - 2, "ranks")) {
                    k = ab - 1; /* "X has broken ranks with Y to oppose Z": Y the
                                 * other side */
                    continue;
                }
                /* (but one whose act is judged is: "the decision by NHS England to
                 * discourage publication was a mistake", "NHS England's decision") */
                if (m >= 0 && (v & SG_I_ST_EVAL) && ab > from &&
                    sg_tok_is(doc, ab - 1, "by") &&
                    !(ab > from + 1 && IN_LIST(doc, ab - 2, judged_acts))) {
                    k = cx->m[m].tb; /* "the STP process, as designed by NHS England,
                                      * has been a failure": the agent is not judged */
                    continue;
                }
                if (m >= 0 && (v & SG_I_ST_EVAL) &&
                    sg_i_possessive_at(doc, cx->m[m].te) && cx->m[m].te + 3 >= c &&
                    !IN_LIST(doc, cx->m[m].te + 1, judged_acts) &&
                    !IN_LIST(doc, cx->m[m].te + 1, plan_nouns)) {
                    k = cx->m[m].tb; /* "STPs are the NHS's best hope": whose hope,
                                      * not what is judged (but "the STP's plan is
                                      * indefensible" judges the STP) */
                    continue;
                }
                /* (nor a name that only says which event or place: "Candidates in
                 * the Tarn Council elections have pledged to oppose") */
                static const char *const events[] = {"elections", "election", "meeting",
                                                     "chamber",   "offices",  "boundary",
                                                     "wards",     "ward",     "seats"};
                if (m >= 0 && !(v & SG_I_ST_EVAL) && !passive &&
                    IN_LIST(doc, cx->m[m].te, events)) {
                    k = cx->m[m].tb;
                    continue;
                }
                /* (nor the ones of whom people are named: "critics of the STP
                 * were misguided" judges the critics) */
                static const char *const sides[] = {
                    "critics",    "opponents", "supporters", "backers",
                    "detractors", "defenders", "champions",  "sceptics"};
                size_t sp = m >= 0 ? past_back_determiners(doc, cx->m[m].tb, from) : 0;
                if (m >= 0 && (v & SG_I_ST_EVAL) && sp >= from + 2 &&
                    sg_tok_is(doc, sp - 1, "of") && IN_LIST(doc, sp - 2, sides)) {
                    dst = -1;
                    cancelled = 1;
                    break;
                }
                /* what an evaluation judges or a passive's subject: "said the plan
                 * was a mistake", "the plan was signed off by X" */
                dst = m < 0                           ? -1
                      : (v & SG_I_ST_EVAL) || passive ? sg_i_role_body(cx, m)
                                                      : cx->m[m].entity;
                dst_end = m >= 0 ? cx->m[m].te : k + 1;
                if ((v & SG_I_ST_EVAL) && m >= 0 && dst >= 0 &&
                    cx->ents[dst].type != SG_NODE_STP &&
                    changed_before(doc, cx->m[m].tb, from)) {
                    /* "the STP's consultation on closing X was unlawful", "the plan
                     * to close X was a mistake": the change judged, not X; the plan
                     * whose it is, named with "'s" before it */
                    long pm = -1;
                    for (size_t j = from; j + 1 < cx->m[m].tb && pm < 0; j++) {
                        long jm =
                            sg_i_possessive_at(doc, j + 1) ? sg_i_mention_at(cx, j) : -1;
                        pm = jm >= 0 && cx->m[jm].te == j + 1 ? jm : -1;
                    }
                    long pe = pm >= 0 ? sg_i_role_body(cx, pm) : -1;
                    dst = pe >= 0 && cx->ents[pe].type == SG_NODE_STP ? pe : -1;
                    break;
                }
                if ((v & SG_I_ST_EVAL) && m >= 0 && dst >= 0) {
                    /* "halting the plans would be a mistake": what undoing it is
                     * judged, the opposite stance towards it */
                    size_t g = past_back_determiners(doc, cx->m[m].tb, from);
                    if (undone_at(doc, g, from)) {
                        stance = stance == SG_EDGE_ENDORSES ? SG_EDGE_OPPOSES
                                                            : SG_EDGE_ENDORSES;
                    }
                }
                in_place = m >= 0 && cx->m[m].tb > from &&
                           (sg_tok_is(doc, cx->m[m].tb - 1, "in") ||
                            sg_tok_is(doc, cx->m[m].tb - 1, "at") ||
                            sg_tok_is(doc, cx->m[m].tb - 1, "across") ||
                            sg_tok_is(doc, cx->m[m].tb - 1,
                                      "throughout")); /* "Doctors at X", "Councillors
                                                       * across Kent" */
                if (in_place && cx->m[m].tb > from + 1 &&
                    sg_tok_is(doc, cx->m[m].tb - 2, "councillors") && dst >= 0 &&
                    cx->ents[dst].type == SG_NODE_COUNCIL) {
                    in_place = 0; /* "councillors at Fenby District Council voted":
                                   * the council */
                }
                if (in_place && cx->m[m].tb > from + 1) {
                    /* "Jane Doe at Tarn Hospital criticised": the person is (and
                     * "Councils in Kent have backed": councils are) */
                    long pm = sg_i_mention_at(cx, cx->m[m].tb - 2);
                    if (pm >= 0 && cx->m[pm].te == cx->m[m].tb - 1 &&
                        cx->m[pm].entity >= 0 &&
                        (cx->ents[cx->m[pm].entity].type == SG_NODE_PERSON ||
                         strcmp(cx->ents[cx->m[pm].entity].name, SG_I_COLLECTIVE) == 0)) {
                        dst = cx->m[pm].entity;
                        in_place = 0;
                    }
                }
                if (dst < 0 && !(v & SG_I_ST_EVAL) && expletive_it(doc, k, c)) {
                    reported = 1; /* "It is easy to criticise X": no one's */
                    break;
                }
                if (dst < 0 &&
                    ((v & SG_I_ST_AGENT) || sg_tok_is(doc, ce, "of") || passive) &&
                    k == st->tok_begin && s > 0 &&
                    (sg_tok_is(doc, k, "it") || sg_tok_is(doc, k, "its"))) {
                    /* "It has come under fire from X", "Its critics include X", "It
                     * has won the approval of X", "It was approved by X" opening a
                     * sentence: the body the sentence before opens with (its
                     * subject), else the one plan named before */
                    size_t pb = past_determiners(doc, doc->sents[s - 1].tok_begin, k);
                    long fm = sg_i_mention_at(cx, pb);
                    long f = fm >= 0 && cx->m[fm].tb == pb ? sg_i_role_body(cx, fm) : -1;
                    dst = f >= 0 && cx->ents[f].type != SG_NODE_PERSON &&
                                  strcmp(cx->ents[f].name, SG_I_PROGRAMME) != 0
                              ? f
                          : thing_opens(doc, s - 1) ? -1 /* ("The letter ... It was") */
                                                    : sg_i_plans_before(cx, k);
                    dst_end = k + 1;
                }
                if (dst < 0 && !(v & SG_I_ST_EVAL)) {
                    dst = sg_i_pronoun_entity(cx, k); /* "she could no longer support" */
                }

                if (dst < 0 && !(v & SG_I_ST_EVAL) &&
                    (nthey = they_people(cx, k, they, NTHEY)) != 0) {
                    dst = they[0];
                }
                /* "A and B met. They backed X", "Both said they supported X" (the
                 * subject before the reporting verb, for its "they") */
                size_t pk = dst < 0 && sg_tok_is(doc, k, "they") && k > from + 1 &&
                                    sg_i_reporting_at(cx, k - 1)
                                ? k - 2
                                : k;
                if (!(v & SG_I_ST_EVAL) &&
                    (pk <= st->tok_begin + 3 || /* (its opening, or a clause's) */
                     (pk > st->tok_begin + 2 && sg_tok_is(doc, pk - 1, "the") &&
                      sg_tok_is(doc, pk - 2, ","))) &&
                    (dst < 0 || strcmp(cx->ents[dst].name, SG_I_COLLECTIVE) == 0) &&
                    (nthey = prev_pair(cx, pk, they, NTHEY)) != 0) {
                    dst = they[0];
                }
                if (dst < 0 && !(v & SG_I_ST_EVAL) && sg_tok_is(doc, k, "they") &&
                    k > from + 1 && sg_i_reporting_at(cx, k - 1)) {
                    /* "25 said they would oppose it": a subject not named, not one
                     * named before it (but "some councils have said they cannot
                     * support them": the councils) */
                    size_t j = k - 1; /* (past "have", "both", "also") */
                    while (j > from && (sg_i_auxiliary(doc, j - 1) ||
                                        IN_LIST(doc, j - 1, aux_words))) {
                        j--;
                    }
                    /* (a list's word after its names: "A and B councils") */
                    j -= j > from + 1 && sg_tok_is(doc, j - 1, "councils") &&
                         sg_i_mention_at(cx, j - 2) >= 0;
                    long sm = j > from ? sg_i_mention_at(cx, j - 1) : -1;
                    if (sm < 0 || cx->m[sm].te != j) {
                        reported = 1;
                        break;
                    }
                }
                if (dst < 0 && !(v & SG_I_ST_EVAL) && qi < 0 &&
                    (sg_tok_is(doc, k, "i") || sg_tok_is(doc, k, "we") ||
                     (k > from &&
                      (sg_tok_is(doc, k - 1, "my") || sg_tok_is(doc, k - 1, "our")) &&
                      IN_LIST(doc, k, own_bodies)))) {
                    dst = voice_of(cx, s); /* "Why I cannot support our STP", "We
                                            * support the Dorset STP", "my council will
                                            * not sign up to it", by its author */
                    if (dst < 0 && (sg_tok_is(doc, k, "i") || sg_tok_is(doc, k, "we"))) {
                        reported = 1; /* a voice not known, not a body named before
                                       * ("As chair of X I backed it") */
                        break;
                    }
                }
                if (dst < 0 && !(v & SG_I_ST_EVAL) && qi < 0 && k + 1 == c &&
                    (sg_tok_is(doc, k, "our") || sg_tok_is(doc, k, "my"))) {
                    /* "wrote to X to set out our concerns": the voice's, not X's,
                     * nor anyone's when the voice is not known */
                    dst = voice_of(cx, s);
                    reported = dst < 0;
                    break;
                }
            }
            dst = dst < 0 ? its_judged : dst;
            dst =
                dst < 0 && (v & SG_I_ST_EVAL) && qi >= 0 ? split_subject(cx, qi, c) : dst;
            for (size_t k = from; dst < 0 && (v & SG_I_ST_EVAL) && k < c; k++) {
                /* "The STP would close the unit. I can tell you this is a terrible
                 * mistake": "this" or "it" judged, the plan named last */
                if (((sg_tok_is(doc, k, "this") || sg_tok_is(doc, k, "it")) &&
                     (sg_tok_is(doc, k + 1, "is") || sg_tok_is(doc, k + 1, "was") ||
                      k + 1 == c || verdict_on(doc, k, c))) || /* ("warned that it
                                                                * lacked detail") */
                    (k > 0 && (sg_tok_is(doc, k, "it") || sg_tok_is(doc, k, "them")) &&
                     IN_LIST(doc, k - 1, naming_verbs))) { /* "called it “...”" */
                    dst = sg_i_plan_before(cx, k, -1);
                }
            }
            if (dst < 0 && (v & SG_I_ST_EVAL)) {
                /* "he warned that proposals to close beds remained unacceptable":
                 * the proposals judged, the one footprint's */
                size_t b = from < c && sg_tok_is(doc, from, "that") ? from + 1 : from;
                /* (or what a verb names: "X calls the consultation “a sham”") */
                for (size_t k = from; b == from && k + 3 < c && k < from + 8; k++) {
                    b = IN_LIST(doc, k, naming_verbs) && sg_tok_is(doc, k + 1, "the") &&
                                (IN_LIST(doc, k + 2, plan_nouns) ||
                                 IN_LIST(doc, k + 2, plan_acts))
                            ? k + 1
                            : b;
                }
                int the = b < c && sg_tok_is(doc, b, "the");
                b += b < c &&
                     (the || sg_tok_is(doc, b, "these") || sg_tok_is(doc, b, "its"));
                /* (or what the plan's makers do: "the consultation was a sham") */
                dst = b < c && (IN_LIST(doc, b, plan_nouns) ||
                                (the && IN_LIST(doc, b, plan_acts)))
                          ? sg_i_plans_before(cx, b)
                          : -1;
            }
            if (called && dst >= 0 && cx->ents[dst].type == SG_NODE_STP && c > from &&
                sg_tok_is(doc, c - 1, "and")) {
                /* "X said the plans were secret and called for them to be paused":
                 * the speaker calls, not the plan */
                long sp = reporter_before(cx, from, c);
                dst = sp >= 0 ? sp : dst;
            }
            if (!called && !(v & SG_I_ST_EVAL) && dst >= 0 &&
                cx->ents[dst].type != SG_NODE_PERSON && c > from + 2 &&
                sg_tok_is(doc, c - 2, "and") && sg_i_ends_ed(doc, c - 1)) {
                /* "X said the CCG's behaviour was unacceptable and threatened to
                 * withdraw from the STP": the speaker threatens, not the body named
                 * in what was said */
                long sp = reporter_before(cx, from, c - 2);
                dst = sp >= 0 && cx->ents[sp].type == SG_NODE_PERSON ? sp : dst;
            }
            if (dst < 0 && before < c && !reported && !(v & SG_I_ST_EVAL)) {
                /* "Campaigners, led by the group X, have vowed to fight ...",
                 * "Councils, including Tarn Council, have opposed ...": no name
                 * before the apposition, the one it gives */
                for (size_t k = before + 1; k + 2 < c && dst < 0; k++) {
                    size_t w = 0;
                    if (sg_tok_is(doc, k, "including")) {
                        w = 1;
                    } else if ((sg_tok_is(doc, k, "led") &&
                                sg_tok_is(doc, k + 1, "by")) ||
                               (sg_tok_is(doc, k, "such") &&
                                sg_tok_is(doc, k + 1, "as"))) {
                        w = 2;
                    }
                    for (size_t j = k + w; w && j < c && j < k + w + 3 && dst < 0; j++) {
                        long m = sg_i_mention_at(cx, j); /* "led by the group X" */
                        dst = m >= 0 ? cx->m[m].entity : -1;
                        dst_end = before;
                    }
                }
            }
            if (passive) {
                /* the subject is the name right before the verb ("X was backed
                 * by", "X, backed by"), not one further back ("NHS England said
                 * services supported by the council ..."); what a quotation says
                 * others did is reported, not a stance taken */
                long agents[8];
                size_t vb = verb_start(doc, from, c);
                /* "the Devon programme was backed by X": a plan's noun between */
                static const char *const nouns[] = {"plan", "plans", "proposals",
                                                    "programme", "footprint"};
                /* (or its plans: "The Devon STP's plans to close beds were opposed
                 * by", words in lower case after "to") */
                size_t pn =
                    dst_end + (dst_end + 1 < vb && sg_i_possessive_at(doc, dst_end));
                int noun = dst >= 0 && cx->ents[dst].type == SG_NODE_STP &&
                           IN_LIST(doc, pn, nouns);
                size_t ne = pn + 1;
                if (noun && ne + 1 < vb && sg_tok_is(doc, ne, "to")) {
                    ne++;
                    while (ne < vb && doc->toks[ne].kind == SG_TK_WORD &&
                           !sg_i_is_cap(doc, ne)) {
                        ne++;
                    }
                }
                int adjacent = dst_end == before || dst_end == vb ||
                               (dst_end + 1 == vb && sg_tok_is(doc, dst_end, ",")) ||
                               (noun && ne == vb) ||
                               (dst_end + 3 == vb && sg_tok_is(doc, dst_end, "(") &&
                                sg_tok_is(doc, dst_end + 2, ")")); /* "X (STP) was" */
                /* "Plans to close beds at Hale Hospital were opposed by X": what the
                 * plans change, or where, is not what is opposed */
                for (size_t k = from;
                     dst >= 0 && cx->ents[dst].type != SG_NODE_STP && k + 1 < dst_end;
                     k++) {
                    if (IN_LIST(doc, k, plan_nouns) && sg_tok_is(doc, k + 1, "to")) {
                        /* (the plans' own: "The Devon STP's plans to close ...") */
                        long pm = k >= from + 2 && sg_i_possessive_at(doc, k - 1)
                                      ? sg_i_mention_at(cx, k - 2)
                                      : -1;
                        dst = pm >= 0 && cx->m[pm].entity >= 0 &&
                                      cx->ents[cx->m[pm].entity].type == SG_NODE_STP
                                  ? sg_i_role_body(cx, pm)
                                  : -1;
                        break;
                    }
                }
                /* "X, which was welcomed by A,": the name before the relative */
                if (!adjacent && vb > from + 1 &&
                    (sg_tok_is(doc, vb - 1, "which") || sg_tok_is(doc, vb - 1, "that"))) {
                    size_t e = vb - 1 - (sg_tok_is(doc, vb - 2, ",") ? 1 : 0);
                    long sm = e > from ? sg_i_mention_at(cx, e - 1) : -1;
                    if (sm >= 0 && cx->m[sm].te == e) {
                        dst = sg_i_role_body(cx, sm);
                        adjacent = 1;
                    }
                }
                /* "Backed by A, the X STP will ...": a participle opening the
                 * sentence, its subject after the agents */
                if (!adjacent && vb == st->tok_begin) {
                    long pd = fronted_patient(cx, by, st->tok_end);
                    if (pd >= 0) {
                        dst = pd;
                        adjacent = 1;
                    }
                }
                /* "X is backed by A but opposed by B": the first passive's subject */
                if (!adjacent && prev_dst >= 0 && vb > prev_ce &&
                    (sg_tok_is(doc, vb - 1, "but") || sg_tok_is(doc, vb - 1, "and"))) {
                    dst = prev_dst;
                    adjacent = 1;
                }
                /* (or after its agents and a comma: "X has been criticised by A,
                 * welcomed by B and backed by C": X's, not A's) */
                if (adjacent && prev_dst >= 0 && vb > prev_ce && dst_end > prev_ce &&
                    dst_end <= vb &&
                    (sg_tok_is(doc, vb - 1, ",") || sg_tok_is(doc, vb - 1, "and"))) {
                    dst = prev_dst;
                }
                /* ("The letter was signed by X": the ones who sign a document
                 * are who it speaks for, no backers of it; "The report was welcomed
                 * by X" backs its issuer) */
                long dm = dst >= 0 && dst_end > 0 && sg_tok_is(doc, c, "signed")
                              ? sg_i_mention_at(cx, dst_end - 1)
                              : -1;
                dst = dm >= 0 && cx->m[dm].kind == SG_I_M_DOCREF ? -1 : dst;
                prev_dst = adjacent ? dst : -1;
                prev_ce = ce;
                size_t na = qi >= 0 || dst < 0 || cancelled || !adjacent
                                ? 0
                                : listed_after(cx, by, st->tok_end, agents, 8);
                for (size_t a = 0; a < na; a++) {
                    if ((rc = sg_i_add_edge(cx, agents[a], dst, stance, NULL, s, c, ce,
                                            0)) != SG_OK) {
                        return rc;
                    }
                }
                c = ce;
                continue;
            }
            int urged = 0;        /* the subject urges another ("X urged Y to back Z") */
            long urged_plan = -1; /* the footprint urged ("urged the X STP to pause") */
            long obj_m = -1;      /* the mention of what the verb acts on */
            int swapped = 0;     /* what it acts on takes the stance ("the backing of") */
            size_t subj_end = 0; /* where the verb's subject ends */
            int mine = 0;        /* "I" in the quotation: its speaker alone */
            if (v & SG_I_ST_EVAL) {
                src = qi >= 0 ? quoted_evaluator(cx, s, c, &cx->q[qi])
                              : evaluator(cx, s, c);
                /* “The right plan at the right time.”: a verdict opening words
                 * quoted on their own (the sentence's, or after a colon), with no
                 * verb, on the plan named last */
                /* (not the speaker's label's body: "X (Hale Council): “...”") */
                size_t qm = qi >= 0 && cx->q[qi].qb > 0 ? cx->q[qi].qb - 1 : 0;
                if ((dst < 0 || dst_end < c) && qi >= 0 && cx->q[qi].qb == c &&
                    (qm == st->tok_begin || (qm > 0 && sg_tok_is(doc, qm - 1, ":"))) &&
                    !verb_in(doc, c + n, cx->q[qi].qe)) {
                    long pd = sg_i_plan_before(cx, c, src);
                    /* (or the one footprint named before, past labels' bodies: "X
                     * (Hale Council): “...”") */
                    pd = pd < 0 && st->tok_begin < c ? sg_i_plans_before(cx, c) : pd;
                    dst = pd >= 0 || dst < 0 ? pd : dst;
                    dst_end = pd >= 0 ? c : dst_end;
                }
            } else {
                /* "Councillors in Devon have criticised ...": a place that says where
                 * the subject is, not who it is */
                src = in_place ? -1 : dst;
                subj_end = dst_end;
                dst = -1;
                /* "in protest at the council's decision to back X": the decision's
                 * owner takes the stance, none other (no one, when it names none) */
                static const char *const acts[] = {"decision", "vote", "move", "choice",
                                                   "bid"};
                size_t tv0 = sg_tok_is(doc, c, "to") ? c : c - 1;
                if (tv0 >= st->tok_begin + 3 && sg_tok_is(doc, tv0, "to") &&
                    IN_LIST(doc, tv0 - 1, acts) && sg_i_possessive_at(doc, tv0 - 2)) {
                    long om = sg_i_mention_at(cx, tv0 - 3);
                    long oe =
                        om >= 0 && cx->m[om].te == tv0 - 2 ? sg_i_role_body(cx, om) : -1;
                    src = oe;
                    subj_end = oe >= 0 ? tv0 - 2 : subj_end;
                    cancelled |= oe < 0;
                }
                long sm = src >= 0 && cx->ents[src].type != SG_NODE_PERSON && subj_end
                              ? sg_i_mention_at(cx, subj_end - 1)
                              : -1;
                if (sm >= 0 && cx->m[sm].entity == src &&
                    (rc = role_holder(cx, sm, from, &src)) != SG_OK) {
                    return rc; /* "The leader of X has vowed to fight": the leader */
                }
                if (sm >= 0 && cx->m[sm].entity == src && unnamed_plan(cx, sm)) {
                    src = sg_i_role_body(cx, sm); /* "the plan backs X": its footprint */
                }
                if (from == st->tok_begin && qi < 0 &&
                    (src < 0 || cx->ents[src].type != SG_NODE_PERSON) &&
                    !person_between(cx, from, c)) {
                    /* "The chief executive of a leading hospice has criticised X.
                     * Anne Marsh, who runs Y, said": the holder named next */
                    long lp = sg_i_lede_role_person(cx, from, c, 1);
                    src = lp >= 0 ? lp : src;
                }
                /* "NHS boss hails X", "Tarn Council leader backs Y": the body's role
                 * holds the stance, the person given it or no one named */
                size_t vb = verb_start(doc, from, neg_b), rn;
                if (sm >= 0 && cx->m[sm].entity == src && cx->m[sm].te < vb &&
                    (rn = sg_i_match_role(cx->lex, doc, cx->m[sm].te, vb, NULL)) ==
                        vb - cx->m[sm].te &&
                    (rc = holder_of(cx, cx->m[sm].te, vb, src, &src)) != SG_OK) {
                    return rc;
                }
                if (src >= 0 && qi < 0 && others_reported(cx, from, vb)) {
                    cancelled = 1; /* "X said residents opposed Y": theirs */
                }
                /* "A and Cllr B, leader of C, who both oppose X": "who" is the
                 * person's, not the body's of her apposition */
                size_t wv = vb - (vb > from + 3 && (sg_tok_is(doc, vb - 1, "both") ||
                                                    sg_tok_is(doc, vb - 1, "all") ||
                                                    sg_tok_is(doc, vb - 1, "also")));
                if (src >= 0 && cx->ents[src].type != SG_NODE_PERSON && wv > from + 3 &&
                    sg_tok_is(doc, wv - 1, "who") && sg_tok_is(doc, wv - 2, ",")) {
                    long pm = sg_i_last_person_mention(cx, wv - 2);
                    src =
                        pm >= 0 && cx->m[pm].tb >= st->tok_begin ? cx->m[pm].entity : src;
                }
                int ought = 0; /* "X should reject it": what another says X ought to do */
                while (vb > from && IN_LIST(doc, vb - 1, modals)) {
                    vb--; /* "but could not endorse" */
                    ought |= sg_tok_is(doc, vb, "should") || sg_tok_is(doc, vb, "must");
                }
                if (ought && src >= 0 && subj_end > 0 &&
                    sg_i_mention_at(cx, subj_end - 1) >= 0) {
                    src = evaluator(cx, s, c); /* the writer's, or the one who says so */
                }
                if (prev_ce > 0 && vb > prev_ce &&
                    (sg_tok_is(doc, vb - 1, "but") || sg_tok_is(doc, vb - 1, "and"))) {
                    /* a second verb of the same subject, known or not ("the council
                     * supported the aims of the STP but could not endorse the
                     * plan": not the STP) */
                    src = prev_src;
                } else if (src >= 0 && vb > from + 3 &&
                           (sg_tok_is(doc, vb - 1, "but") ||
                            sg_tok_is(doc, vb - 1, "and"))) {
                    /* (or after a verb that is no cue: "X sits on the STP board and
                     * has backed the plan", "X met Y and backed Z": X's) */
                    long f = clause_opener(cx, from, vb - 1);
                    src = f >= 0 ? f : src;
                } else if (src >= 0 && subj_end > from && subj_end + 2 < vb &&
                           sg_tok_is(doc, subj_end, ",") &&
                           !sg_i_is_cap(doc, subj_end + 1) &&
                           sg_i_participle(doc, subj_end + 1) &&
                           !sg_tok_is(doc, subj_end + 1, "including") &&
                           !sg_tok_is(doc, vb - 1, ",")) {
                    /* (not an apposition's participle closed right before the
                     * verb: "A, of X, and B, representing Y, opposed Z": B's) */
                    /* "X has pulled out of Y, becoming the first council to
                     * withdraw from Z": the participle's subject is the clause's
                     * before it, not what that acts on */
                    src = clause_opener(cx, from, subj_end);
                }
                /* "Tarn Council urged NHS England to back the STP": the stance is
                 * the one who urges */
                size_t to = sg_tok_is(doc, c, "to") || c == 0 ? c : c - 1;
                /* (past a "not": "urged councils not to walk away from it") */
                size_t un = to - (to > from + 2 && sg_tok_is(doc, to - 1, "not"));
                if (to > from + 1 && sg_tok_is(doc, to, "to")) {
                    long om = sg_i_mention_at(cx, un - 1); /* the one urged */
                    size_t ob =
                        om >= 0 ? past_back_determiners(doc, cx->m[om].tb, from) : un - 1;
                    long by = urged_by(cx, from, ob);
                    /* (or the agent of the urging: "Y was urged by X to reject Z") */
                    if (om >= 0 && cx->m[om].te == un && ob > from + 2 &&
                        sg_tok_is(doc, ob - 1, "by") && IN_LIST(doc, ob - 2, urge) &&
                        IN_LIST(doc, ob - 3, be_words)) {
                        by = cx->m[om].entity;
                    }
                    urged = by != -2;
                    src = urged ? by : src;
                    urged_plan = urged && om >= 0 && cx->m[om].entity >= 0 &&
                                         cx->ents[cx->m[om].entity].type == SG_NODE_STP &&
                                         strcmp(cx->ents[cx->m[om].entity].name,
                                                SG_I_PROGRAMME) != 0
                                     ? cx->m[om].entity
                                     : -1;
                    /* (or "the STP", "the partnership" urged: the plan spoken of) */
                    static const char *const plan_words[] = {"stp", "plan",
                                                             "partnership"};
                    if (urged && urged_plan < 0 && un > from + 1 &&
                        sg_tok_is(doc, un - 2, "the") &&
                        IN_LIST(doc, un - 1, plan_words)) {
                        urged_plan = sg_i_plan_before(cx, un - 2, -1);
                    }
                } else if (c > from + 2) {
                    /* (or recommends a clause: "I will recommend that Y endorses
                     * it": the one who recommends) */
                    size_t k = c - 1;
                    k -= k > from + 2 &&
                         (sg_tok_is(doc, k, "should") || sg_tok_is(doc, k, "must"));
                    long ym = sg_i_mention_at(cx, k);
                    size_t yb = ym >= 0 && cx->m[ym].te == k + 1
                                    ? past_back_determiners(doc, cx->m[ym].tb, from)
                                    : 0;
                    long by = yb > from + 2 && sg_tok_is(doc, yb - 1, "that") &&
                                      IN_LIST(doc, yb - 2, recommending)
                                  ? urged_by(cx, from, yb)
                                  : -2;
                    urged = by != -2;
                    src = urged ? by : src;
                }
                /* a noun: "X's support for Y" is X's stance, "support for STPs" no
                 * one's; "Y has the support of X" X's towards Y */
                /* (past a word of degree: "has the full support of X") */
                static const char *const degrees[] = {
                    "full",      "strong",       "unanimous",   "overwhelming",
                    "continued", "wholehearted", "unequivocal", "qualified"};
                size_t dc = c > 1 && IN_LIST(doc, c - 1, degrees) ? c - 1 : c;
                int noun_of =
                    dc > 0 && sg_tok_is(doc, ce, "of") &&
                    (sg_tok_is(doc, dc - 1, "the") || sg_tok_is(doc, dc - 1, "its") ||
                     sg_tok_is(doc, dc - 1, "their"));
                /* so is "X's criticism of Y" ("responded to criticism of its role
                 * in the STP", "said opposition to the plan was growing": no one's;
                 * "voiced its opposition to Y": the subject's) */
                static const char *const stance_nouns[] = {"criticism", "opposition",
                                                           "rejection", "endorsement",
                                                           "approval",  "condemnation"};
                static const char *const voicing[] = {
                    "voiced",   "voice",    "expressed", "express",  "reiterated",
                    "restated", "repeated", "signalled", "declared", "stated",
                    "its",      "their",    "our",       "my",       "his",
                    "her",      "led",      "leads",     "leading",  "spearheaded"};
                int noun = !noun_of && !(v & SG_I_ST_AGENT) &&
                           IN_LIST(doc, c, stance_nouns) &&
                           !(c > 0 && IN_LIST(doc, c - 1, voicing)) &&
                           !(c > 1 && IN_LIST(doc, c - 2, voicing));
                if (sg_tok_is(doc, ce, "for") || noun) {
                    long pm = c > 1 && sg_tok_is(doc, c - 1, "'s")
                                  ? sg_i_mention_at(cx, c - 2)
                                  : -1;
                    src = pm >= 0 && cx->m[pm].te == c - 1 ? cx->m[pm].entity : -1;
                    /* "stood by his support for the plan", "its support for" */
                    if (src < 0 && c > 0 &&
                        (sg_tok_is(doc, c - 1, "his") || sg_tok_is(doc, c - 1, "her"))) {
                        src =
                            sg_i_last_person_for(cx, c - 1, sg_tok_is(doc, c - 1, "her"));
                    } else if (src < 0 && c > 0 && sg_tok_is(doc, c - 1, "its")) {
                        src = its_body(cx, c - 1);
                    }
                    /* (a support taken away is none: "pledged to withdraw the
                     * council's support for X") */
                    static const char *const withdraw[] = {
                        "withdraw", "withdrawing", "pull", "pulling", "end", "ending"};
                    size_t pb = pm >= 0 ? past_back_determiners(doc, cx->m[pm].tb, from)
                                        : c - (c > from);
                    cancelled |= pb > from && IN_LIST(doc, pb - 1, withdraw);
                }
                /* what the verb acts on, within its clause: not "supported the
                 * merger, but Unite ...", nor past a comma right after it ("if
                 * they are to command local support, the committee has warned") */
                int plans_to = 0, plans_for = 0;
                /* (not "the speed at which X": what is acted on goes on) */
                static const char *const which_preps[] = {"at",  "in", "with", "by",
                                                          "for", "to", "on",   "from"};
                int against = 0; /* "sided with campaigners against X": the
                                  * other side of X */
                for (size_t k = ce; k < st->tok_end && k < ce + 8 && dst < 0; k++) {
                    against |= k > ce && doc->toks[k].norm_len == 7 &&
                               sg_tok_is(doc, k, "against") &&
                               sg_i_mention_at(cx, k - 1) < 0;
                    /* (not the adverb: "his strongest backing yet to X") */
                    int adverb = sg_tok_is(doc, k, "yet") &&
                                 doc->toks[k - 1].kind == SG_TK_WORD &&
                                 sg_tok_is(doc, k + 1, "to");
                    if ((IN_LIST(doc, k, clause_breaks) && !adverb) ||
                        (k == ce && pronoun_object(doc, k)) ||
                        (sg_tok_is(doc, k, ",") &&
                         (k == ce ||
                          (sg_i_participle(doc, k + 1) &&
                           !sg_tok_is(doc, k + 1, "including")) ||
                          (doc->toks[k - 1].kind == SG_TK_WORD &&
                           !sg_i_is_cap(doc, k - 1) && sg_i_mention_at(cx, k - 1) < 0 &&
                           !IN_LIST(doc, k + 1, naming_next)))) ||
                        IN_LIST(doc, k, change_nouns) ||
                        (k > ce &&
                         (sg_tok_is(doc, k, "over") || sg_tok_is(doc, k, "about") ||
                          sg_tok_is(doc, k, "who") || sg_tok_is(doc, k, "whose") ||
                          ((sg_tok_is(doc, k, "that") || sg_tok_is(doc, k, "which")) &&
                           k > ce + 1 && doc->toks[k - 1].kind == SG_TK_WORD &&
                           !sg_i_is_cap(doc, k - 1) && sg_i_mention_at(cx, k - 1) < 0 &&
                           !IN_LIST(doc, k - 1, plan_nouns) &&
                           !IN_LIST(doc, k - 1, which_preps)) ||
                          (sg_tok_is(doc, k, "for") && sg_i_participle(doc, k + 1)) ||
                          (sg_tok_is(doc, k, "by") && !IN_LIST(doc, k - 1, making) &&
                           !IN_LIST(doc, k - 1, plan_nouns) &&
                           !IN_LIST(doc, k - 1, judged_acts)) ||
                          (sg_i_auxiliary(doc, k) && !sg_i_is_cap(doc, k))))) {
                        /* (nor past a verb or an agent in what is acted on: "support
                         * for carers is part of X", "patients affected by X"; nor past
                         * what a thing not named is about: "clashed with
                         * campaigners over NHS policy", nor into what those not named
                         * say or do: "criticised campaigners who say the plan ...",
                         * "opposed a process that treats councils as ...",
                         * "criticised ministers for ignoring X" (but on
                         * to who made what is acted on: "praised the progress made by
                         * X", "welcomed plans by X"); nor past ", saying": "voted
                         * against the motion, saying the plan deserved a hearing"; nor
                         * past a comma after a thing not named: "failed to win the
                         * support of frontline clinicians, MPs on the Health Committee
                         * heard", unless the comma names them: "several plans, including
                         * X"; nor past a pronoun, what is acted on: "backed it in May,
                         * since when X has ...") */
                        if (plans_to && dst < 0) {
                            /* ("oppose plans to cut beds under the X STP") */
                            dst = plans_part_of(cx, k, st->tok_end);
                        }
                        break;
                    }
                    size_t iv;
                    if ((k > ce || IN_LIST(doc, k, foes)) && gov_tok == (size_t)-1 &&
                        sg_i_match(cx->lex, SG_I_T_STANCE, doc, k, st->tok_end, &iv) &&
                        !(iv & (SG_I_ST_EVAL | SG_I_ST_NONE))) {
                        gov_tok = k; /* "backed a motion opposing Y": that cue's */
                        gov_sign = sign;
                        break;
                    }
                    long om = sg_i_mention_at(cx, k); /* "the STP" */
                    if (om >= 0 && place_modifier(cx, om, st->tok_end)) {
                        break; /* "slams Somerset discharge delays": the delays */
                    }
                    size_t os = om >= 0 ? cx->m[om].te : 0;
                    if (om >= 0 && os + 3 < st->tok_end && sg_i_possessive_at(doc, os) &&
                        (sg_tok_is(doc, os + 1, "support") ||
                         sg_tok_is(doc, os + 1, "backing")) &&
                        sg_tok_is(doc, os + 2, "for")) {
                        k = os + 2; /* "to withdraw the council's support for Y": Y */
                        continue;
                    }
                    size_t ow =
                        om >= 0 ? past_back_determiners(doc, cx->m[om].tb, ce) : 0;
                    if (om >= 0 && ow > ce && sg_tok_is(doc, ow - 1, "at")) {
                        break; /* "to approve a cancer centre at Hale General
                                * Hospital": where the object is, not it */
                    }
                    /* "a rethink of plans to move services out of X": the plans' X
                     * is a place's plan, or what the plans change */
                    plans_to |= om < 0 && sg_tok_is(doc, k + 1, "to") &&
                                IN_LIST(doc, k, plan_nouns);
                    dst = om >= 0 ? sg_i_role_body(cx, om)
                                  : role_object(cx, k, st->tok_end);
                    /* "concerned about proposals for X Hospital": the proposals', the
                     * plan named last (or none) */
                    plans_for |= om < 0 && sg_tok_is(doc, k + 1, "for") &&
                                 IN_LIST(doc, k, plan_nouns);
                    if (dst >= 0 && plans_for && cx->ents[dst].type != SG_NODE_STP) {
                        dst = sg_i_plan_before(cx, c, src);
                        break;
                    }
                    if (dst >= 0 && plans_to && cx->ents[dst].type != SG_NODE_STP) {
                        /* (but "plans to merge A and B as part of the X STP": X's) */
                        dst = plans_part_of(cx, k + 2, st->tok_end);
                        break;
                    }
                    if (om >= 0 && cx->ents[dst].type != SG_NODE_STP &&
                        plan_after(doc, cx->m[om].te, st->tok_end)) {
                        dst = -1; /* "attacks 'secret' NHS cuts plans": the plans, not
                                   * the body whose name qualifies them */
                        break;
                    }
                    /* "welcomed the decision to delay the plan": what undoes it, the
                     * opposite stance towards it */
                    static const char *const undo[] = {
                        "delay",  "scrap", "pause", "halt",    "stop",   "abandon",
                        "shelve", "axe",   "ditch", "suspend", "reject", "block"};
                    size_t ug =
                        om >= 0 ? past_back_determiners(doc, cx->m[om].tb, ce) : 0;
                    if (om >= 0 && dst >= 0 && cx->ents[dst].type == SG_NODE_STP &&
                        ug >= ce + 2 && IN_LIST(doc, ug - 1, undo) &&
                        sg_tok_is(doc, ug - 2, "to") &&
                        (stance == SG_EDGE_ENDORSES || ug > ce + 2)) {
                        /* (not a fight to undo it: "is fighting to stop X") */
                        stance = stance == SG_EDGE_ENDORSES ? SG_EDGE_OPPOSES
                                                            : SG_EDGE_ENDORSES;
                    }
                    /* "a campaign to stop X closing": what ends X is stopped, the
                     * opposite stance towards X */
                    if (om >= 0 && dst >= 0 && ug > 0 &&
                        (sg_tok_is(doc, ug - 1, "stop") ||
                         sg_tok_is(doc, ug - 1, "prevent")) &&
                        closing_at(doc, cx->m[om].te, st->tok_end)) {
                        stance = stance == SG_EDGE_ENDORSES ? SG_EDGE_OPPOSES
                                                            : SG_EDGE_ENDORSES;
                    }
                    /* "criticised the decision to close X": the change judged, no
                     * side taken towards X */
                    static const char *const ending[] = {"close",     "shut",  "axe",
                                                         "downgrade", "scrap", "merge"};
                    if (om >= 0 && dst >= 0 && cx->ents[dst].type != SG_NODE_STP &&
                        ug >= ce + 3 && IN_LIST(doc, ug - 1, ending) &&
                        sg_tok_is(doc, ug - 2, "to") &&
                        IN_LIST(doc, ug - 3, judged_acts)) {
                        dst = -1;
                        break;
                    }
                    if (om >= 0 && ug >= ce + 2 && sg_tok_is(doc, ug - 1, "of") &&
                        IN_LIST(doc, ug - 2, inquiries)) {
                        dst = -1; /* "gave its support to a review of the plan's
                                   * finances": the review, not the plan */
                        break;
                    }
                    static const char *const acts[] = {"decision", "vote", "move",
                                                       "choice", "refusal"};
                    if (om >= 0 && dst >= 0 && cx->ents[dst].type == SG_NODE_STP &&
                        sg_i_possessive_at(doc, cx->m[om].te) &&
                        IN_LIST(doc, cx->m[om].te + 1, acts)) {
                        /* "disappointed by Kent's decision": the place's council
                         * decides, not its plan */
                        long council = sg_i_council_of_place(cx, cx->m[om].surface);
                        dst = council >= 0 ? council : dst;
                    }
                    if (om >= 0 && dst >= 0 && cx->ents[dst].type == SG_NODE_PERSON &&
                        cx->led_plan[dst] >= 0 && sg_i_possessive_at(doc, cx->m[om].te) &&
                        plan_after(doc, cx->m[om].te + 1, st->tok_end)) {
                        dst = cx->led_plan[dst]; /* "backed Dr Smith's plan": the
                                                  * footprint she leads */
                    }
                    if (om >= 0 && dst >= 0 && cx->ents[dst].type != SG_NODE_STP &&
                        cx->ents[dst].type != SG_NODE_PERSON &&
                        sg_i_possessive_at(doc, cx->m[om].te)) {
                        /* "defended the government's sustainability and
                         * transformation plans", "backed NHS England's plan for the
                         * X STP": the plan the body's "'s" owns, not the body */
                        size_t pa = cx->m[om].te + 1;
                        pa += pa + 2 < st->tok_end && IN_LIST(doc, pa, plan_nouns) &&
                                      sg_tok_is(doc, pa + 1, "for")
                                  ? 2 + sg_tok_is(doc, pa + 2, "the")
                                  : 0;
                        long pm = mention_from(cx, pa);
                        long pe = pm >= 0 ? sg_i_role_body(cx, pm) : -1;
                        dst = pe >= 0 && cx->ents[pe].type == SG_NODE_STP ? pe : dst;
                    }
                    obj_m = dst >= 0 ? om : -1;
                    /* (or a trait of it: "criticised its lack of detail",
                     * "welcomed its ambition") */
                    static const char *const traits[] = {"lack",   "secrecy", "ambition",
                                                         "vision", "focus",   "aims"};
                    if (dst < 0 && k == ce && sg_tok_is(doc, k, "its") &&
                        (IN_LIST(doc, k + 1, plan_nouns) || IN_LIST(doc, k + 1, traits) ||
                         (IN_LIST(doc, k + 1, judged_acts) &&
                          !sg_tok_is(doc, k + 2, "to")))) {
                        dst = its_body(cx, k); /* "X has worked hard, and I support
                                                * its plans" */
                    }
                    if (dst < 0 && k == ce &&
                        (sg_tok_is(doc, k, "him") || sg_tok_is(doc, k, "her") ||
                         his_deeds(doc, k, st->tok_end))) {
                        /* "Simon Stevens backed him", "praised her work": the last
                         * person named before the subject */
                        long sm = src >= 0 && cx->ents[src].type == SG_NODE_PERSON &&
                                          subj_end > 0
                                      ? sg_i_mention_at(cx, subj_end - 1)
                                      : -1;
                        /* (before all of a list of them: "A and B thanked her") */
                        long listed[8];
                        size_t sb0 = k;
                        if (sm >= 0) {
                            listed_before(cx, cx->m[sm].te, 1, listed, 8, &sb0);
                        }
                        long p = sg_i_last_person_for(cx, sb0, sg_tok_is(doc, k, "her"));
                        dst = p != src ? p : -1;
                        break;
                    }
                    if (dst < 0 && om < 0 && the_role(cx, k, st->tok_end)) {
                        break; /* "accused the mayor of taking sides with NHS England":
                                * a person, if not known, is no stakeholder further on */
                    }
                }
                if (dst < 0 && urged_plan >= 0 && !(v & SG_I_ST_EVAL)) {
                    /* "called on the Devon STP to pause the bed closures": what the
                     * plan is urged to do, to its plans when what it acts on is none */
                    dst = urged_plan;
                }
                if (dst >= 0 && against && !(v & (SG_I_ST_EVAL | SG_I_ST_AGENT))) {
                    stance =
                        stance == SG_EDGE_ENDORSES ? SG_EDGE_OPPOSES : SG_EDGE_ENDORSES;
                }
                if (dst < 0) {
                    dst = cuts_of_plan(cx, ce, st->tok_end); /* "cuts set out in X" */
                }
                if (dst < 0 && plans_to &&
                    (sg_tok_is(doc, ce, "plans") || sg_tok_is(doc, ce, "proposals"))) {
                    /* "could not support plans to cut beds": the plan named last; or
                     * the one they are part of ("backed plans to build a hospital as
                     * part of the X STP") */
                    dst = plan_part_of(cx, ce, st->tok_end);
                    dst = dst >= 0 ? dst : sg_i_plan_before(cx, c, src);
                }
                dst = dst < 0 ? given : dst; /* "has given the plan its support" */
                /* "questioned STP leaders for two hours": people of the body asked
                 * questions, no doubt cast on it */
                static const char *const asking[] = {"questioned", "questions",
                                                     "questioning", "question"};
                static const char *const people[] = {
                    "leaders",  "bosses",   "officials",  "chiefs",
                    "managers", "officers", "executives", "representatives"};
                /* (or one of them: "questioned the head of the X STP") */
                static const char *const person[] = {"head",     "chief",  "leader",
                                                     "chair",    "boss",   "lead",
                                                     "chairman", "officer"};
                size_t ob =
                    obj_m >= 0 ? past_back_determiners(doc, cx->m[obj_m].tb, c) : 0;
                if (obj_m >= 0 && IN_LIST(doc, c, asking) &&
                    (IN_LIST(doc, cx->m[obj_m].te, people) ||
                     (ob > c + 2 && sg_tok_is(doc, ob - 1, "of") &&
                      IN_LIST(doc, ob - 2, person)))) {
                    cancelled = 1;
                }
                if (dst < 0 && pronoun_object(doc, ce)) {
                    /* "Hale Council opposed it", "STPs were announced; we welcomed
                     * them" */
                    dst = sg_i_plan_before(cx, ce, src);
                }
                size_t ae = dst < 0 ? past_time(cx, ce, st->tok_end) : ce;
                ae +=
                    ae < st->tok_end && sg_tok_is(doc, ae, "too"); /* ("objects too.") */
                /* (not a cue of "is" and a participle with no object, an
                 * adjective's: "It is challenging, but ...") */
                int adjective = ce == c + 2 &&
                                (sg_tok_is(doc, c, "is") || sg_tok_is(doc, c, "are")) &&
                                sg_i_participle(doc, c + 1);
                if (dst < 0 && !adjective &&
                    (ae >= st->tok_end || sg_tok_is(doc, ae, ".") ||
                     sg_tok_is(doc, ae, ",") || sg_tok_is(doc, ae, ";")) &&
                    c > 0 &&
                    (IN_LIST(doc, c - 1, aux_words) || entity_at(cx, c - 1) >= 0 ||
                     (sg_tok_is(doc, c, "opposed") && IN_LIST(doc, c - 1, remaining)) ||
                     (c > 1 && sg_tok_is(doc, c - 1, "to") &&
                      decided_before(doc, c - 1)) || /* ("voted to reject.") */
                     (sg_tok_is(doc, c, "to") && decided_before(doc, c)) ||
                     IN_LIST(doc, c - 1, subject_words) ||
                     (c > 1 && entity_at(cx, c - 2) >= 0 &&
                      (sg_tok_is(doc, c - 1, "group") ||
                       sg_tok_is(doc, c - 1, "councillors"))) || /* ("The Conservative
                                                                  * group voted in
                                                                  * favour;") */
                     (sg_tok_is(doc, c - 1, ",") && src >= 0 && subj_end > 0 &&
                      subj_end < c - 1))) { /* ("X, the town's MP, objected.") */
                    /* a verb that ends its clause (past a time: "gave its blessing
                     * a day later") takes the plan named last: "X, which initially
                     * backed the plan, has since withdrawn its support." (a verb
                     * after its subject or an auxiliary, not a
                     * noun: "welcomed the mayor's support.", "too little support.") */
                    long sm = subj_end > 0 ? sg_i_mention_at(cx, subj_end - 1) : -1;
                    dst = sm < 0 || !fronted_object(cx, cx->m[sm].tb, st->tok_begin)
                              ? plan_past_subjects(cx, c, src)
                              : -1;
                }
                if (dst < 0 && plan_fronted(doc, c, st->tok_begin)) {
                    /* "the plan we will sign next month": the plan its relative
                     * clause's verb acts on, whatever follows the verb */
                    dst = sg_i_plan_before(cx, c, src);
                }
                if (dst < 0 && !(v & SG_I_ST_AGENT)) {
                    dst = response_to(cx, c);
                }
                if ((v & SG_I_ST_AGENT) && c > st->tok_begin &&
                    sg_tok_is(doc, c - 1, "despite")) {
                    cancelled = 1; /* "X cleared the merger of A and B despite
                                    * objections from Y": against what X did */
                }
                if (noun_of || (v & SG_I_ST_AGENT)) { /* "has come under fire from X" */
                    /* (what is under fire is what the subject stands for: "The plan
                     * came in for criticism from X", the footprint's plan) */
                    long sm =
                        src >= 0 && subj_end > 0 ? sg_i_mention_at(cx, subj_end - 1) : -1;
                    long agent = dst;
                    dst =
                        sm >= 0 && cx->m[sm].entity == src ? sg_i_role_body(cx, sm) : src;
                    /* (the plan a person leads: "X, the STP's lead, was encouraged by
                     * the support from councils") */
                    dst = dst >= 0 && cx->ents[dst].type == SG_NODE_PERSON &&
                                  cx->led_plan[dst] >= 0
                              ? cx->led_plan[dst]
                              : dst;
                    src = agent;
                    swapped = 1;
                }
                int i_said = 0; /* ("I will oppose it": the speaker's, whatever
                                 * body they speak for) */
                for (size_t k = qi < 0                 ? c
                                : c > cx->q[qi].qb + 3 ? c - 3
                                                       : cx->q[qi].qb;
                     k < c; k++) {
                    i_said |= sg_tok_is(doc, k, "i");
                }
                if (qi >= 0 && src != cx->q[qi].speaker &&
                    (i_said || !holds_role(cx, cx->q[qi].speaker, src))) {
                    /* what a speaker says others do is reported, not a stance of
                     * theirs: only "we" or "I" make it the speaker's (as does the
                     * speaker named before the quotation: "X said she was “deeply
                     * worried” by the plan", or in it: a council's statement "The
                     * council cannot support it"; and the speaker's own body: "X,
                     * leader of Y, said: “The council fully supports it”") */
                    src = -1;
                    for (size_t k = c > cx->q[qi].qb + 3 ? c - 3 : cx->q[qi].qb; k < c;
                         k++) {
                        if (sg_tok_is(doc, k, "we") || sg_tok_is(doc, k, "i")) {
                            src = cx->q[qi].speaker;
                            mine = sg_tok_is(doc, k, "i");
                        }
                    }
                }
            }
            if (qi < 0 && src >= 0 && !nthey && cx->ents[src].type == SG_NODE_PERSON) {
                /* (a letter's words, signed by several: each signer's) */
                long co[NTHEY];
                size_t nco = co_signers(cx, st->para, co, NTHEY);
                if (nco && co[0] == src) {
                    memcpy(they, co, nco * sizeof(*co));
                    nthey = nco;
                }
            }
            if (qi >= 0 && src >= 0 && src == cx->q[qi].speaker && !mine && !nthey) {
                /* (a joint statement's "we" or words: each of its speakers') */
                nthey = sg_i_co_speakers(cx, &cx->q[qi], they, NTHEY);
            }
            /* (a verdict is not on one's own body, named in one's apposition:
             * "X, cabinet member at Y Council, who said social care remained
             * “chronically underfunded”") */
            cancelled |= (v & SG_I_ST_EVAL) && src >= 0 && dst >= 0 && cx->held_body &&
                         cx->ents[src].type == SG_NODE_PERSON &&
                         cx->held_body[src] == dst;
            /* (an agreement signed "with" a body is no backing of it, one with a
             * plan is: "signed a memorandum of understanding with the X STP") */
            cancelled |= dst >= 0 && ce > c + 3 && sg_tok_is(doc, ce - 1, "with") &&
                         sg_tok_is(doc, ce - 4, "memorandum") &&
                         cx->ents[dst].type != SG_NODE_STP;
            if (!cancelled && src >= 0 && dst >= 0 &&
                (rc = sg_i_add_edge(cx, src, dst, stance, NULL, s, c, ce, 0)) != SG_OK) {
                return rc;
            }
            for (size_t k = 1; k < nthey && !cancelled && src == they[0] && dst >= 0;
                 k++) {
                if ((rc = sg_i_add_edge(cx, they[k], dst, stance, NULL, s, c, ce, 0)) !=
                    SG_OK) {
                    return rc;
                }
            }
            /* a group, named by none or the collective, and its members named */
            if (!cancelled && dst >= 0 && !(v & SG_I_ST_EVAL) && qi < 0 && !swapped &&
                !urged && (src < 0 || strcmp(cx->ents[src].name, SG_I_COLLECTIVE) == 0) &&
                (rc = members_stance(cx, s, from, c, ce, dst, stance, -1)) != SG_OK) {
                return rc;
            }
            /* "Critics, including A and B, say the plan should be scrapped": each
             * member of the group whose verdict it is (the last one found) */
            if (!cancelled && dst >= 0 && (v & SG_I_ST_EVAL) && qi < 0 && src >= 0 &&
                (rc = members_stance(cx, s, st->tok_begin, c, ce, dst, stance, src)) !=
                    SG_OK) {
                return rc;
            }
            /* "Tarn Council, like Hale Council, has rejected Z", "Like Hale Council,
             * Tarn Council has ...": Y too */
            long like = !cancelled && src >= 0 && dst >= 0 && !(v & SG_I_ST_EVAL) &&
                                qi < 0 && !swapped
                            ? like_subject(cx, from, subj_end, c)
                            : -1;
            if (like >= 0 && like != dst &&
                (rc = sg_i_add_edge(cx, like, dst, stance, NULL, s, c, ce, 0)) != SG_OK) {
                return rc;
            }
            /* "The letter, signed by A and B, said the plan was unworkable": the one
             * who says an evaluation, a person named second of a pair, and the
             * first too */
            long pair = !cancelled && src >= 0 && dst >= 0 && (v & SG_I_ST_EVAL) &&
                                qi < 0 && cx->ents[src].type == SG_NODE_PERSON
                            ? pair_before(cx, src, st->tok_begin, c)
                            : -1;
            if (pair >= 0 && pair != dst &&
                (rc = sg_i_add_edge(cx, pair, dst, stance, NULL, s, c, ce, 0)) != SG_OK) {
                return rc;
            }
            /* (or bodies listed: "The A, the B and the C said the plan was a
             * mistake": each) */
            long sayers[8];
            size_t ns = !cancelled && src >= 0 && dst >= 0 && (v & SG_I_ST_EVAL) &&
                                qi < 0 && cx->ents[src].type != SG_NODE_PERSON
                            ? bodies_saying(cx, src, st->tok_begin, c, sayers, 8)
                            : 0;
            for (size_t k = 0; k < ns; k++) {
                if (sayers[k] != dst && sayers[k] != src &&
                    (rc = sg_i_add_edge(cx, sayers[k], dst, stance, NULL, s, c, ce, 0)) !=
                        SG_OK) {
                    return rc;
                }
            }
            /* "X said STPs in A, B and C had failed": each judged */
            long judged[8];
            size_t nj =
                !cancelled && src >= 0 && dst >= 0 && (v & SG_I_ST_EVAL) && dst_end > 0 &&
                        entity_at(cx, dst_end - 1) >= 0
                    ? listed_before(cx, dst_end, cx->ents[dst].type == SG_NODE_PERSON,
                                    judged, 8, NULL)
                    : 0;
            for (size_t k = 0; k < nj; k++) {
                if (judged[k] != src && judged[k] != dst &&
                    (rc = sg_i_add_edge(cx, src, judged[k], stance, NULL, s, c, ce, 0)) !=
                        SG_OK) {
                    return rc;
                }
            }
            /* "X joined Y in criticising Z": X too */
            if (!cancelled && src >= 0 && dst >= 0 && !(v & SG_I_ST_EVAL) && qi < 0 &&
                c > from + 3 && sg_tok_is(doc, c - 1, "in")) {
                static const char *const join[] = {"joined", "joins", "join", "joining"};
                long ym = sg_i_mention_at(cx, c - 2);
                size_t j = ym >= 0 && cx->m[ym].te == c - 1
                               ? past_back_determiners(doc, cx->m[ym].tb, from)
                               : from;
                long x = j > from && IN_LIST(doc, j - 1, join)
                             ? sg_i_first_stakeholder(cx, from, j - 1)
                             : -1;
                if (x >= 0 && x != src &&
                    (rc = sg_i_add_edge(cx, x, dst, stance, NULL, s, c, ce, 0)) !=
                        SG_OK) {
                    return rc;
                }
            }
            /* "X backed A, B and C", "Y has the backing of A, B and C": each */
            long objs[8];
            size_t no = !cancelled && src >= 0 && dst >= 0 && obj_m >= 0 && qi < 0
                            ? object_list(cx, obj_m, st->tok_end, objs, 8)
                            : 0;
            for (size_t k = 0; k < no; k++) {
                if ((rc = sg_i_add_edge(cx, swapped ? objs[k] : src,
                                        swapped ? dst : objs[k], stance, NULL, s, c, ce,
                                        0)) != SG_OK) {
                    return rc;
                }
            }
            if (!(v & SG_I_ST_EVAL)) {
                prev_src = src;
                prev_ce = ce;
            }
            if (!cancelled && src >= 0 && dst >= 0) {
                /* (a verdict too, for the sentence after: "X said the plan was
                 * 'built on sand'. Y agreed.") */
                last = (echo_t){src, dst, stance, s, ce};
                /* "X has backed the plan, as has Y" */
                if (!(v & SG_I_ST_EVAL) && qi < 0 &&
                    (rc = echo_clause(cx, &last, st->tok_end)) != SG_OK) {
                    return rc;
                }
            }
            /* "A, B and C have backed X": every subject of the list takes the stance
             * (a list read for "they" already) */
            if (!cancelled && src >= 0 && dst >= 0 && !(v & SG_I_ST_EVAL) && qi < 0 &&
                !urged && !nthey) {
                long m = -1;
                for (size_t k = before; k-- > from && m < 0;) {
                    m = sg_i_mention_at(cx, k);
                }
                /* (not the subject of a relative clause about the last of a list: "A
                 * and B, which had opposed X, backed Y": B opposed X; but "A and B,
                 * who both opposed X") */
                size_t me = m >= 0 ? cx->m[m].te : 0;
                if (m >= 0 && me + 2 < c && sg_tok_is(doc, me, ",") &&
                    (sg_tok_is(doc, me + 1, "which") || sg_tok_is(doc, me + 1, "who")) &&
                    !sg_tok_is(doc, me + 2, "both") && !sg_tok_is(doc, me + 2, "all")) {
                    size_t k = me + 2; /* (the cue inside the clause, not after it) */
                    while (k < c && !sg_tok_is(doc, k, ",")) {
                        k++;
                    }
                    m = k == c ? -1 : m;
                }
                /* (the list's last link an "and" or a "nor": "Unlike Hale Council,
                 * Tarn Council supports" is no list) */
                for (int first = !group_last; m >= 0; first = 0) {
                    size_t j = cx->m[m].tb; /* past a "the": "A and the B" */
                    /* (and past a person's body: "A and Labour's B") */
                    long pb = j > list_from + 3 && sg_tok_is(doc, j - 1, "'s")
                                  ? sg_i_mention_at(cx, j - 2)
                                  : -1;
                    if (pb >= 0 && cx->m[pb].te == j - 1 &&
                        cx->ents[cx->m[m].entity].type == SG_NODE_PERSON) {
                        j = cx->m[pb].tb;
                    }
                    /* (or a party's word and an MP's letters: "A and Green MP B") */
                    size_t pj = past_party(doc, j);
                    if (cx->ents[cx->m[m].entity].type == SG_NODE_PERSON &&
                        pj > list_from + 1) {
                        j = pj;
                    }
                    /* (and past a part's words: "A and the local branch of B") */
                    int of =
                        j > list_from + 3 &&
                        (sg_tok_is(doc, j - 1, "of") ||
                         (sg_tok_is(doc, j - 1, "the") && sg_tok_is(doc, j - 2, "of")));
                    for (size_t k = j > list_from + 6 ? j - 6 : list_from + 1;
                         of && k + 1 < j; k++) {
                        if (sg_i_branch_of(doc, k, j + 1) == j) {
                            j = k;
                            break;
                        }
                    }
                    j -= j > list_from + 2 && sg_tok_is(doc, j - 1, "the") ? 1 : 0;
                    /* (and past a count of a party's members: "A and three Labour
                     * MPs") */
                    j -= j > list_from + 2 && sg_i_party_word(doc, cx->m[m].tb) &&
                                 (doc->toks[j - 1].kind == SG_TK_NUM ||
                                  IN_LIST(doc, j - 1, party_counts))
                             ? 1
                             : 0;
                    /* (and past a role fronted: "A's leader, X, and B's leader, Y") */
                    if (cx->ents[cx->m[m].entity].type == SG_NODE_PERSON) {
                        size_t fs = fronted_start(cx, m, list_from);
                        j = fs < j ? fs : j;
                    }
                    /* (and past a body's kind before it: "A and an independent
                     * group, B,") */
                    size_t ka = kind_apposed(doc, j, list_from);
                    j = ka ? ka : j;
                    if (!(j > list_from + 1 &&
                          (sg_tok_is(doc, j - 1, "and") || sg_tok_is(doc, j - 1, "nor") ||
                           sg_tok_is(doc, j - 1, "&") ||
                           (!first && sg_tok_is(doc, j - 1, ","))))) {
                        break;
                    }
                    /* (past the one before's letters: "A (X) and B backed Y") */
                    size_t pe = j - 1;
                    if (pe > list_from + 3 && sg_tok_is(doc, pe - 1, ")") &&
                        sg_tok_is(doc, pe - 3, "(")) {
                        pe -= 3;
                    }
                    long prev = sg_i_mention_at(cx, pe - 1);
                    if (prev < 0 && sg_tok_is(doc, pe - 1, ",")) {
                        /* "A, chair of X, and B", "A, of X, and B"; else "A, X,
                         * and B" */
                        prev = apposed_person(cx, pe - 1, list_from, 1);
                        long om = prev < 0 && pe > list_from + 2
                                      ? sg_i_mention_at(cx, pe - 2)
                                      : -1;
                        /* (a list of three or more: "A, B, and C", not "... ignoring
                         * X, and C criticised") */
                        size_t ob = om >= 0 ? cx->m[om].tb : 0;
                        long o2 = ob > list_from + 1 && sg_tok_is(doc, ob - 1, ",")
                                      ? sg_i_mention_at(cx, ob - 2)
                                      : -1;
                        prev =
                            om >= 0 && cx->m[om].te == pe - 1 &&
                                    ((o2 >= 0 && cx->m[o2].te == ob - 1) ||
                                     (cx->m[om].entity >= 0 &&
                                      cx->ents[cx->m[om].entity].type == SG_NODE_PERSON &&
                                      fronted_start(cx, om, list_from) < ob))
                                ? om
                                : prev;
                    }
                    if (prev < 0 || cx->m[prev].entity < 0) {
                        break;
                    }
                    /* (not what a verb before acts on: "X commended the Lakeby STP
                     * and Y opposed Z") */
                    size_t ppb = past_back_determiners(doc, cx->m[prev].tb, list_from);
                    /* (but the people of the bodies listed: "The leaders of A, B and
                     * C councils have criticised X") */
                    static const char *const heads[] = {
                        "leaders",     "heads",  "chiefs",   "bosses",
                        "councillors", "chairs", "chairmen", "executives"};
                    int of_heads = ppb > list_from + 1 && sg_tok_is(doc, ppb - 1, "of") &&
                                   IN_LIST(doc, ppb - 2, heads);
                    /* (nor what the first person is: "Labour councillor A and B",
                     * "Labour's A and B") */
                    int prev_person = cx->ents[cx->m[prev].entity].type == SG_NODE_PERSON;
                    size_t pp = past_party(doc, ppb);
                    ppb = prev_person && pp >= list_from ? pp : ppb;
                    for (size_t k = ppb > list_from + 3 ? ppb - 3 : list_from;
                         k < ppb && prev_person; k++) {
                        if (sg_i_match_role(cx->lex, doc, k, ppb, NULL) == ppb - k) {
                            ppb = k;
                            break;
                        }
                    }
                    if (ppb > list_from && doc->toks[ppb - 1].kind == SG_TK_WORD &&
                        !sg_i_is_cap(doc, ppb - 1) &&
                        !IN_LIST(doc, ppb - 1, list_openers) &&
                        sg_i_mention_at(cx, ppb - 1) < 0 && !of_heads) {
                        break;
                    }
                    /* (the ones a stance is taken towards, when the agent takes
                     * it: "A and B have come under fire from X") */
                    long listed = cx->m[prev].entity;
                    if ((rc = sg_i_add_edge(cx, swapped ? src : listed,
                                            swapped ? listed : dst, stance, NULL, s, c,
                                            ce, 0)) != SG_OK) {
                        return rc;
                    }
                    m = prev;
                }
                /* "A, along with B, has backed X", "A as well as B opposed X",
                 * "Like A, B has backed X": A and B alike */
                if ((rc = companions(cx, from, verb_start(doc, from, neg_b), src, dst,
                                     stance, s, c, ce)) != SG_OK) {
                    return rc;
                }
            }
            c = ce;
        }
    }
    return SG_OK;
}

/* The person after the one named at token by, joined by "and" past her
 * apposition ("X, chief officer of Y, and Z"), before lim; or -1. */
static long co_leader(const sg_i_ctx_t *cx, size_t by, size_t lim) {
    const sg_textdoc_t *doc = cx->doc;
    long m = sg_i_mention_at(cx, by);

    if (m < 0 || cx->m[m].entity < 0) {
        return -1;
    }
    /* (or two bodies: "led by NEW Devon CCG and Devon County Council") */
    if (cx->ents[cx->m[m].entity].type != SG_NODE_PERSON) {
        size_t k = cx->m[m].te;
        long e = k + 1 < lim && sg_tok_is(doc, k, "and")
                     ? entity_at(cx, past_determiners(doc, k + 1, lim))
                     : -1;
        return e >= 0 && cx->ents[e].type != SG_NODE_PERSON &&
                       cx->ents[e].type != SG_NODE_STP
                   ? e
                   : -1;
    }
    for (size_t k = cx->m[m].te; k + 1 < lim && k < cx->m[m].te + 16; k++) {
        if (sg_tok_is(doc, k, "and")) {
            long e = entity_at(cx, k + 1);
            return e >= 0 && cx->ents[e].type == SG_NODE_PERSON &&
                           (sg_tok_is(doc, k - 1, ",") || k == cx->m[m].te)
                       ? e
                       : -1;
        }
        if (doc->toks[k].kind == SG_TK_QUOTE || sg_i_reporting_at(cx, k)) {
            break;
        }
    }
    return -1;
}

/* what is led that is no body: a drive for or against one ("the campaign against
 * the STP, led by X") */
static const char *const drives[] = {
    "opposition", "campaign", "campaigns", "fight",     "protest",  "protests",
    "resistance", "support",  "criticism", "challenge", "backlash", "revolt",
    "opponents",  "critics",  "objectors", "supporters"};

/* "The Black Country STP, led by Sarah Norman, ...": the stakeholder after "led
 * by" (or "chaired by", "headed by", a role between: "chaired by mayor X") leads
 * the nearest named body or STP before it (not the programme as a whole: "STPs
 * led by councils" speaks of some plans, not all). */
/* nouns for what is led that no name gives: "a joint committee chaired by X" */
static const char *const unnamed_nouns[] = {"committee", "review",    "group",
                                            "panel",     "inquiry",   "taskforce",
                                            "team",      "commission"};

static sg_err_t led_by(sg_i_ctx_t *cx) {
    const sg_textdoc_t *doc = cx->doc;
    sg_err_t rc;

    for (size_t t = 1; t + 2 < doc->ntoks; t++) {
        uint32_t nl = doc->toks[t].norm_len; /* (the words' lengths: 3, 6, 7, 10, 11) */
        if (nl != 3 && nl != 6 && nl != 7 && nl != 10 && nl != 11) {
            continue;
        }
        /* (or "fronted", "spearheaded", "steered by"; "under the leadership of") */
        int leadership = t >= 2 && sg_tok_is(doc, t, "leadership") &&
                         sg_tok_is(doc, t - 1, "the") && sg_tok_is(doc, t - 2, "under") &&
                         sg_tok_is(doc, t + 1, "of");
        if (!(sg_tok_is(doc, t, "led") || sg_tok_is(doc, t, "chaired") ||
              sg_tok_is(doc, t, "headed") || sg_tok_is(doc, t, "fronted") ||
              sg_tok_is(doc, t, "spearheaded") || sg_tok_is(doc, t, "steered") ||
              sg_tok_is(doc, t, "run") || sg_tok_is(doc, t, "co-chaired") ||
              sg_tok_is(doc, t, "co-led") || leadership)) {
            continue;
        }
        size_t w = t + 1; /* "led jointly by", "headed up by" */
        w += (ly_word(doc, w) || sg_tok_is(doc, w, "up")) && sg_tok_is(doc, w + 1, "by")
                 ? 1
                 : 0;
        if (!sg_tok_is(doc, w, "by") && !leadership) {
            continue;
        }
        if (sg_tok_is(doc, t, "run")) {
            /* ("X is run by", "X, run by": what is run named right before, not
             * "patients cared for at X by a new ward run by Y") */
            size_t b = t - (t > 1 && (IN_LIST(doc, t - 1, be_words) ||
                                      sg_tok_is(doc, t - 1, ",")));
            /* (or "X, which is run by") */
            b -= b > 3 && b < t && sg_tok_is(doc, b - 1, "which") &&
                         sg_tok_is(doc, b - 2, ",")
                     ? 2
                     : 0;
            long rm = b > 0 ? sg_i_mention_at(cx, b - 1) : -1;
            if (b == t || rm < 0 || cx->m[rm].te != b) {
                continue;
            }
        }
        /* (not what a noun no name gives is: "a joint committee chaired by X",
         * "a review led by Y") */
        if (!leadership && t > 1 && doc->toks[t - 1].kind == SG_TK_WORD &&
            !sg_i_is_cap(doc, t - 1) && sg_i_mention_at(cx, t - 1) < 0 &&
            !IN_LIST(doc, t - 1, be_words) && !sg_i_auxiliary(doc, t - 1) &&
            !ly_word(doc, t - 1) && IN_LIST(doc, t - 1, unnamed_nouns)) {
            continue;
        }
        size_t sb = doc->sents[doc->toks[t].sent].tok_begin, rb, re, kind;
        size_t by = past_determiners(doc, w + 1, doc->ntoks);
        long pm = mention_from(cx, by);
        if (pm >= 0 && paired_respectively(cx, (size_t)pm)) {
            continue; /* "X and Y, led by A and B respectively": respective_roles */
        }
        /* "led by Calder Council's chief executive, Amanda Grey", "by the chief
         * executive of X, Y": the person the role and the body name */
        size_t ae;
        long ap = agent_person(cx, by, sent_end(doc, by), &ae);
        long am = ap >= 0 ? sg_i_mention_at(cx, ae - 1) : -1;
        by = am >= 0 ? cx->m[am].tb : by;
        /* "chaired by mayor Andy Street": the role before the name */
        if (find_role(cx, by, sent_end(doc, by), &rb, &re, &kind) && rb == by &&
            !sg_i_is_cap(doc, rb)) {
            by = re;
        }
        /* "led by retired nurse X", "led by local GP X": words that describe a
         * person before the name */
        size_t d = by;
        while (d < by + 2 && d + 1 < doc->ntoks && doc->toks[d].kind == SG_TK_WORD &&
               !sg_i_is_cap(doc, d) && entity_at(cx, d) < 0) {
            d++;
        }
        long dp = d > by ? entity_at(cx, d) : -1;
        by = dp >= 0 && cx->ents[dp].type == SG_NODE_PERSON ? d : by;
        long leader = entity_at(cx, by), led = -1;
        /* "led by Tarn Council chief executive X": the body's role holder */
        long lm = leader >= 0 && cx->ents[leader].type != SG_NODE_PERSON
                      ? sg_i_mention_at(cx, by)
                      : -1;
        if (lm >= 0 && find_role(cx, cx->m[lm].te, sent_end(doc, by), &rb, &re, &kind) &&
            rb == cx->m[lm].te) {
            long holder = entity_at(cx, re);
            if (holder >= 0 && cx->ents[holder].type == SG_NODE_PERSON) {
                leader = holder;
                by = re;
            }
        }
        /* "The plan was drawn up by the NHS and councils and is led by X": a second
         * predicate of the sentence's subject, its first words */
        size_t v = verb_start(doc, sb, t), lo = sb, hi = t;
        if (v < t && v > sb && sg_tok_is(doc, v - 1, "and")) {
            lo = past_determiners(doc, sb, t);
            hi = lo + 1;
        }
        sg_edge_type_t type = SG_EDGE_LEADS;
        for (size_t k = hi; k-- > lo && led < 0;) {
            long m = sg_i_mention_at(cx, k);
            if (m < 0 && IN_LIST(doc, k, plan_nouns) && k > lo) {
                /* ("Dorset's plan is led by X", "The Devon plan is led by X": the
                 * footprint's) */
                long fm = sg_i_mention_at(cx, k - 1 - sg_i_possessive_at(doc, k - 1));
                long fe = fm >= 0 && cx->m[fm].te + sg_i_possessive_at(doc, k - 1) == k
                              ? sg_i_role_body(cx, fm)
                              : -1;
                led = fe >= 0 && cx->ents[fe].type == SG_NODE_STP ? fe : -1;
                break;
            }
            if ((m < 0 && IN_LIST(doc, k, plan_nouns)) ||
                (m >= 0 && cx->m[m].kind == SG_I_M_DOCREF)) {
                break; /* "one of a handful of plans led by X": plans not named;
                        * "The review, led by X": the review's, not its publisher's */
            }
            size_t pb = m >= 0 ? past_back_determiners(doc, cx->m[m].tb, lo) : 0;
            if (pb >= lo + 2 && doc->toks[pb - 1].kind == SG_TK_WORD &&
                (IN_LIST(doc, pb - 2, drives) || IN_LIST(doc, pb - 2, inquiries))) {
                /* "Opposition to the STP is led by X", "the campaign for it, led
                 * by X": X's stance on what they are about; "a review of the STP,
                 * led by Y": none */
                int pro = sg_tok_is(doc, pb - 2, "support") ||
                          sg_tok_is(doc, pb - 2, "supporters") ||
                          sg_tok_is(doc, pb - 1, "for");
                long on = sg_i_role_body(cx, m);
                if (leader >= 0 && on >= 0 && IN_LIST(doc, pb - 2, drives) &&
                    (rc = sg_i_add_edge(cx, leader, on,
                                        pro ? SG_EDGE_ENDORSES : SG_EDGE_OPPOSES, NULL,
                                        doc->toks[t].sent, pb - 2, pb - 1, 0)) != SG_OK) {
                    return rc;
                }
                break;
            }
            long e = m >= 0 ? sg_i_role_body(cx, m) : -1; /* "the STP": the footprint */
            if (e >= 0 && cx->ents[e].type == SG_NODE_STP && cx->m[m].te < t &&
                IN_LIST(doc, cx->m[m].te, part_words)) {
                /* ("Unison's Devon branch, led by X": a part of the body whose "'s"
                 * is before the place, X a member of it; no one's part of a plan) */
                long om = cx->m[m].tb > lo + 1 && sg_i_possessive_at(doc, cx->m[m].tb - 1)
                              ? sg_i_mention_at(cx, cx->m[m].tb - 2)
                              : -1;
                led = om >= 0 ? sg_i_role_body(cx, om) : -1;
                led = led >= 0 && cx->ents[led].type != SG_NODE_PERSON ? led : -1;
                type = SG_EDGE_MEMBER_OF;
                break;
            }
            if (e >= 0 && cx->ents[e].type != SG_NODE_PERSON) {
                led = e;
                /* "the London Assembly's health committee, chaired by X", "X has set
                 * up a reference group, chaired by Y": a part */
                int part = t >= 2 && sg_tok_is(doc, t - 1, ",") &&
                           IN_LIST(doc, t - 2, part_words) &&
                           sg_i_mention_at(cx, t - 2) < 0 && cx->m[m].te + 1 < t - 1;
                /* (not a footprint's plan its "'s" stands for: "Devon's is led by
                 * X") */
                int ellipsis = cx->ents[e].type == SG_NODE_STP &&
                               sg_i_possessive_at(doc, cx->m[m].te) &&
                               cx->m[m].te + 1 < t;
                for (size_t j = cx->m[m].te + 1; ellipsis && j < t; j++) {
                    ellipsis = IN_LIST(doc, j, be_words) || sg_i_auxiliary(doc, j);
                }
                type = !ellipsis && (part || part_after(doc, cx->m[m].te, t))
                           ? SG_EDGE_MEMBER_OF
                           : SG_EDGE_LEADS;
            }
        }
        if (led < 0 && sg_tok_is(doc, sb, "it") && t <= sb + 3) {
            led = its_body(cx, sb); /* "Surrey Heartlands is one of 44 STPs. It is led
                                     * by X" */
        }
        if (led < 0 && t == sb + 3 && sg_tok_is(doc, sb, "the") &&
            IN_LIST(doc, sb + 1, part_words) && sg_tok_is(doc, sb + 2, ",")) {
            /* "X Council's scrutiny committee has referred it. The committee,
             * chaired by Y, voted": a member of the body the part is of */
            led = part_owner(cx, sb + 1);
            type = SG_EDGE_MEMBER_OF;
        }
        if (leader < 0 || led < 0 || strcmp(cx->ents[led].name, SG_I_PROGRAMME) == 0) {
            continue;
        }
        if ((rc = sg_i_add_edge(cx, leader, led, type, NULL, doc->toks[t].sent, t, w + 1,
                                0)) != SG_OK) {
            return rc;
        }
        /* "led jointly by X, chief officer of Y, and Z, ...": Z too */
        long second = co_leader(cx, by, sent_end(doc, by));
        if (second >= 0 &&
            (rc = sg_i_add_edge(cx, second, led, type, NULL, doc->toks[t].sent, t, w + 1,
                                0)) != SG_OK) {
            return rc;
        }
    }
    return SG_OK;
}

/* Each of the n persons the mentions pm name holds the role of tokens [rb, re), a
 * plural's ("co-chairs"), in the singular, of the kind given: in bodies[i], or in
 * body when bodies is NULL. */
static sg_err_t each_holds(sg_i_ctx_t *cx, const long *pm, size_t n, const long *bodies,
                           long body, size_t rb, size_t re, size_t kind) {
    char *role = role_text(cx->doc, rb, re);
    sg_err_t rc = role ? SG_OK : SG_ENOMEM;
    if (role) {
        role_of_one(role); /* each one's */
    }
    for (size_t i = 0; i < n && rc == SG_OK; i++) {
        rc = sg_i_add_edge(cx, cx->m[pm[i]].entity, bodies ? bodies[i] : body,
                           role_edge(kind), role, cx->doc->toks[rb].sent, rb, re, 0);
    }
    free(role);
    return rc;
}

/* "The Tarnshire STP's co-chairs, A and B,", "Tarnshire STP leaders A and B": a
 * role in the plural of the body named right before, then a list of persons: each
 * holds it. */
static sg_err_t plural_role_list(sg_i_ctx_t *cx) {
    const sg_textdoc_t *doc = cx->doc;
    sg_err_t rc = SG_OK;

    for (size_t i = 0; i < cx->nm && rc == SG_OK; i++) {
        const sg_i_mention_t *m = &cx->m[i];
        size_t t = m->te + (m->te < doc->ntoks && sg_i_possessive_at(doc, m->te)), re,
               kind;
        if (t >= doc->ntoks || doc->toks[t].kind != SG_TK_WORD || sg_i_is_cap(doc, t) ||
            m->entity < 0 || cx->ents[m->entity].type == SG_NODE_PERSON) {
            continue; /* (the cheap tests first: a role is a word in lower case) */
        }
        size_t lim = doc->sents[doc->toks[m->tb].sent].tok_end;
        long body =
            plural_role_at(cx, t, lim, &t, &re, &kind) ? sg_i_role_body(cx, (long)i) : -1;
        if (body < 0 || strcmp(cx->ents[body].name, SG_I_PROGRAMME) == 0) {
            continue;
        }
        size_t n = re - t;
        size_t p = t + n + (t + n < lim && sg_tok_is(doc, t + n, ","));
        long out[8];
        size_t end = p, np = mention_list(cx, p, lim, out, 8, &end);
        if (np < 2 || cx->ents[cx->m[out[0]].entity].type != SG_NODE_PERSON) {
            continue;
        }
        rc = each_holds(cx, out, np, NULL, body, t, t + n, kind);
    }
    return rc;
}

/* "A and B have refused to sign it. In a joint letter, their leaders, Cllr X and
 * Cllr Y, said": a role in the plural after "their", then as many persons as the
 * sentence before opens by listing bodies: each person holds it in the body of
 * the same place in the list. */
static sg_err_t their_roles(sg_i_ctx_t *cx) {
    const sg_textdoc_t *doc = cx->doc;
    sg_err_t rc = SG_OK;

    for (size_t k = 1; k + 4 < doc->ntoks && rc == SG_OK; k++) {
        if (doc->toks[k].norm_len != 5 || !sg_tok_is(doc, k, "their")) {
            continue; /* (the cheap tests first) */
        }
        size_t rb, re, kind, lim = sent_end(doc, k);
        if (!plural_role_at(cx, k + 1, lim, &rb, &re, &kind) || rb != k + 1 ||
            re >= lim || !sg_tok_is(doc, re, ",")) {
            continue;
        }
        long out[8], bodies[8];
        size_t end = re + 1, np = mention_list(cx, re + 1, lim, out, 8, &end);
        size_t s = doc->toks[k].sent;
        size_t nb = np >= 2 && s > 0 ? sg_i_prev_list(cx, s, 1, bodies, 8) : 0;
        for (size_t i = 0; i < np && nb == np; i++) {
            nb = cx->ents[cx->m[out[i]].entity].type == SG_NODE_PERSON &&
                         cx->ents[bodies[i]].type != SG_NODE_PERSON &&
                         cx->ents[bodies[i]].type != SG_NODE_STP
                     ? nb
                     : 0;
        }
        if (nb != np || np < 2) {
            continue;
        }
        rc = each_holds(cx, out, np, bodies, -1, rb, re, kind);
    }
    return rc;
}

/* "Norman Lamb has accused X ... The Liberal Democrat MP for North Norfolk said":
 * "the", a party's name and an MP's letters (or "peer", "councillor") before a
 * verb stand for the person named last, a sentence or two before with no other
 * person between, a member of the party. */
static sg_err_t party_anaphor(sg_i_ctx_t *cx) {
    static const char *const members[] = {"peer", "councillor", "politician",
                                          "backbencher"};
    const sg_textdoc_t *doc = cx->doc;
    sg_err_t rc = SG_OK;

    for (size_t i = 0; i < cx->nm && rc == SG_OK; i++) {
        const sg_i_mention_t *m = &cx->m[i];
        if (m->te >= doc->ntoks || m->tb == 0 || doc->toks[m->tb - 1].norm_len != 3 ||
            !sg_i_party_word(doc, m->tb)) {
            continue; /* (the cheapest tests first: every mention comes here) */
        }
        size_t sb = doc->sents[doc->toks[m->tb].sent].tok_begin;
        if (!sg_tok_is(doc, m->tb - 1, "the") ||
            !(sg_i_postnominal(doc, m->te) || IN_LIST(doc, m->te, members)) ||
            m->entity < 0 || cx->ents[m->entity].type != SG_NODE_ORGANISATION ||
            !sg_i_party_word(doc, m->tb) ||
            (m->tb - 1 != sb && !sg_tok_is(doc, m->tb - 2, ","))) {
            continue; /* (the cheap tests first; opening its clause) */
        }
        size_t v = m->te + 1; /* (past the seat: "MP for North Norfolk") */
        if (v + 1 < doc->ntoks && sg_tok_is(doc, v, "for")) {
            for (v++; v < doc->ntoks && v < m->te + 6 && sg_i_is_cap(doc, v); v++) {
            }
        }
        if (v >= doc->ntoks || doc->toks[v].kind != SG_TK_WORD || sg_i_is_cap(doc, v)) {
            continue; /* (a verb next, not the name: "The Conservative MP for X, Y,") */
        }
        long p = sg_i_last_person(cx, m->tb);
        long pm = -1; /* p's last mention, in this sentence's two before */
        for (size_t k = i; k-- > 0 && pm < 0;) {
            if (cx->m[k].entity >= 0 &&
                cx->ents[cx->m[k].entity].type == SG_NODE_PERSON) {
                pm = cx->m[k].entity == p ? (long)k : -2;
            }
        }
        if (p < 0 || pm < 0 || doc->toks[cx->m[pm].tb].sent + 2 < doc->toks[m->tb].sent) {
            continue;
        }
        rc = sg_i_add_edge(cx, p, m->entity, SG_EDGE_MEMBER_OF, NULL,
                           doc->toks[m->tb].sent, m->tb, m->te + 1, 0);
    }
    return rc;
}

/* "Halton CCG leads the Halton STP", "The trust will take over the leadership of
 * the X STP": a body that opens its sentence, then a verb of leading (past
 * auxiliaries; not a passive's "led by"), leads what the verb acts on. */
static sg_err_t body_leads(sg_i_ctx_t *cx) {
    static const char *const aux[] = {"has", "have", "will",      "now",    "also",
                                      "is",  "are",  "currently", "jointly"};
    static const char *const leading[] = {"leads",    "led",     "leading",   "heads",
                                          "headed",   "heading", "co-leads",  "co-led",
                                          "oversees", "oversaw", "overseeing"};
    const sg_textdoc_t *doc = cx->doc;
    sg_err_t rc = SG_OK;

    for (size_t i = 0; i < cx->nm && rc == SG_OK; i++) {
        const sg_i_mention_t *m = &cx->m[i];
        size_t v = m->te, sb = doc->sents[doc->toks[m->tb].sent].tok_begin;
        if (v >= doc->ntoks || m->tb > sb + 4 ||
            !((doc->toks[v].kind == SG_TK_WORD && !sg_i_is_cap(doc, v)) ||
              sg_tok_is(doc, v, ",")) ||
            m->entity < 0 || cx->ents[m->entity].type == SG_NODE_PERSON ||
            cx->ents[m->entity].type == SG_NODE_STP) {
            continue; /* (the cheap tests first) */
        }
        size_t lim = sent_end(doc, m->tb);
        /* (past an apposition of what it is: "X, a coalition of eight NHS bodies,
         * will oversee the Y STP") */
        for (size_t k = v + 1; sg_tok_is(doc, v, ",") && k < lim && k < v + 16; k++) {
            long e = entity_at(cx, k);
            if ((e >= 0 && cx->ents[e].type == SG_NODE_PERSON) ||
                doc->toks[k].kind == SG_TK_QUOTE) {
                break;
            }
            if (sg_tok_is(doc, k, ",")) {
                v = k + 1;
                break;
            }
        }
        size_t verb = v;
        while (v < lim && v < verb + 3 && IN_LIST(doc, v, aux)) {
            v++;
        }
        /* (or a base after an auxiliary: "will lead", "will oversee") */
        if (v + 1 >= lim ||
            !(IN_LIST(doc, v, leading) || helm_at(doc, v, lim) ||
              (v > verb && IN_LIST(doc, v, lead_bases) && !sg_tok_is(doc, v, "run")))) {
            continue;
        }
        size_t a = past_determiners(doc, sb, m->tb); /* (past words of what it is:
                                                      * "The newly merged X") */
        while (a < m->tb && a < sb + 4 && doc->toks[a].kind == SG_TK_WORD &&
               (a == sb || !sg_i_is_cap(doc, a)) && sg_i_mention_at(cx, a) < 0 &&
               !sg_i_auxiliary(doc, a)) {
            a++;
        }
        if (a != m->tb) {
            continue;
        }
        /* (what is led right after the verb: not "has led opposition to Y", "is
         * leading the way on Y") */
        /* (and "took over" what is named right after, or whose leadership: not
         * "will take over the service from Y") */
        static const char *const charge[] = {"leadership", "running", "management"};
        size_t ob = past_determiners(
            doc, v + 1 + (helm_at(doc, v, lim) && sg_tok_is(doc, v + 1, "over")), lim);
        if (ob + 2 < lim && IN_LIST(doc, ob, charge) && sg_tok_is(doc, ob + 1, "of")) {
            ob = past_determiners(doc, ob + 2, lim); /* "the leadership of the X STP" */
        }
        long om = v + 1 < lim && (!helm_at(doc, v, lim) || sg_tok_is(doc, v + 1, "over"))
                      ? sg_i_mention_at(cx, ob)
                      : -1;
        if (v + 1 < lim && !sg_tok_is(doc, v + 1, "by") &&
            ((om >= 0 && cx->m[om].tb == ob) ||
             (helm_at(doc, v, lim) && !sg_tok_is(doc, v + 1, "over")))) {
            /* (a base from its auxiliary: "will lead" as leads_verb reads it) */
            rc = leads_verb(cx, m->entity, IN_LIST(doc, v, lead_bases) ? v - 1 : v, lim);
        }
    }
    return rc;
}

/* Words that open a sentence against the one before ("But NHS England said"). */
static const char *const contrast_openers[] = {"but", "however", "yet", "although",
                                               "meanwhile"};

/* Where an answer's subject starts in tokens [b, e): past its first words that are
 * a body's kind ("Campaign group X and Y"). */
static size_t answer_subject(const sg_textdoc_t *doc, size_t b, size_t e) {
    size_t f = past_members(doc, b, e); /* "Campaigners from X, who ..." */
    if (f > b + 1) {
        return f;
    }
    for (size_t k = b; k < b + 3 && k + 1 < e && doc->toks[k].kind == SG_TK_WORD &&
                       (k == b || !sg_i_is_cap(doc, k));
         k++) {
        if (sg_i_org_kind(doc, k) && sg_i_is_cap(doc, k + 1)) {
            return k + 1;
        }
    }
    return b;
}

/* "Are STPs still the right approach?" / "“Yes. ...”": a yes-or-no question whose
 * verdict on a stakeholder (or "Do you back the plan?": a stance of the one asked)
 * the answer opening the next paragraph in the interviewee's words takes ("Yes",
 * "Absolutely": the verdict; "No": its opposite). */
static sg_err_t answered_yes_no(sg_i_ctx_t *cx) {
    static const char *const yes[] = {"yes", "absolutely", "definitely", "certainly"};
    const sg_textdoc_t *doc = cx->doc;
    sg_err_t rc = SG_OK;

    for (size_t s = 0; s + 1 < doc->nsents && rc == SG_OK; s++) {
        const sg_sentence_t *q = &doc->sents[s], *a = &doc->sents[s + 1];
        /* (an "A:" line may follow its "Q:" in the same paragraph) */
        int next_line =
            a->para == q->para + 1 ||
            (a->para == q->para && sg_tok_is(doc, a->tok_begin, "a") &&
             a->tok_begin + 1 < a->tok_end && sg_tok_is(doc, a->tok_begin + 1, ":"));
        if (!next_line ||
            (a->para != q->para && a->tok_begin != doc->paras[a->para].tok_begin) ||
            !yes_no_question(doc, q)) {
            continue;
        }
        size_t w = a->tok_begin + (doc->toks[a->tok_begin].kind == SG_TK_QUOTE);
        /* (or an interview's "A:" line, the interviewee's) */
        int labelled = w + 2 < a->tok_end && sg_tok_is(doc, w, "a") &&
                       sg_i_is_cap(doc, w) && sg_tok_is(doc, w + 1, ":");
        w += labelled ? 2 : 0;
        int sign = w + 1 < a->tok_end &&
                           (sg_tok_is(doc, w + 1, ".") || sg_tok_is(doc, w + 1, ",") ||
                            sg_tok_is(doc, w + 1, "!"))
                       ? (IN_LIST(doc, w, yes)      ? 1
                          : sg_tok_is(doc, w, "no") ? -1
                                                    : 0)
                       : 0;
        long qi = sign && !labelled ? quote_at(cx, w) : -1;
        long who = qi >= 0            ? cx->q[qi].speaker
                   : sign && labelled ? voice_of(cx, s + 1)
                                      : -1;
        if (who < 0 && sign && labelled && doc->headline < doc->nparas) {
            /* (the one the headline names: "Q&A: Dr Helen Grey, lead of X") */
            const sg_paragraph_t *h = &doc->paras[doc->headline];
            long f = sg_i_first_stakeholder(cx, h->tok_begin, h->tok_end);
            who = f >= 0 && cx->ents[f].type == SG_NODE_PERSON ? f : -1;
        }
        if (who < 0) {
            continue;
        }
        for (size_t c = q->tok_begin; c < q->tok_end && rc == SG_OK; c++) {
            size_t v, n = sg_i_match(cx->lex, SG_I_T_STANCE, doc, c, q->tok_end, &v);
            if (!n || (v & SG_I_ST_NONE)) {
                continue;
            }
            /* what is judged: the first name before the verdict; what the one asked
             * ("you") takes a stance on: the first after the verb */
            long m = -1;
            if (v & SG_I_ST_EVAL) {
                for (size_t k = q->tok_begin; k < c && m < 0; k++) {
                    m = sg_i_mention_at(cx, k); /* (past a vocative's person) */
                    m = m >= 0 && cx->m[m].entity >= 0 &&
                                cx->ents[cx->m[m].entity].type == SG_NODE_PERSON
                            ? -1
                            : m;
                }
            } else if (c > q->tok_begin && sg_tok_is(doc, c - 1, "you")) {
                m = mention_from(cx, past_determiners(doc, c + n, q->tok_end));
            }
            long dst = m >= 0 && cx->m[m].tb < q->tok_end ? sg_i_role_body(cx, m) : -1;
            if (dst >= 0 && dst != who) {
                int pos = ((v & SG_I_ST_POS) != 0) == (sign > 0);
                rc = sg_i_add_edge(cx, who, dst, pos ? SG_EDGE_ENDORSES : SG_EDGE_OPPOSES,
                                   NULL, s, c, c + n, 0);
            }
            break;
        }
    }
    return rc;
}

/* "Who supports it? Tarn Council and the two local CCGs." (or "Who opposes the
 * plan?", "Who is against it?"): a question asking who takes a stance, answered by
 * the next sentence, which only lists stakeholders, or by the answer's sentences
 * that open with their subjects: each of them takes it. */
/* Do tokens [b, e) say a side is not yet taken ("has yet to decide", "is
 * undecided", "declined to comment", "abstained")? */
static int undecided(const sg_textdoc_t *doc, size_t b, size_t e) {
    static const char *const words[] = {"undecided", "neutral", "declined", "abstained",
                                        "uncommitted"};
    for (size_t k = b; k < e; k++) {
        if (IN_LIST(doc, k, words) ||
            (sg_tok_is(doc, k, "yet") && k + 1 < e && sg_tok_is(doc, k + 1, "to"))) {
            return 1;
        }
    }
    return 0;
}

static sg_err_t answered_who(sg_i_ctx_t *cx) {
    const sg_textdoc_t *doc = cx->doc;
    sg_err_t rc = SG_OK;

    for (size_t s = 0; s + 1 < doc->nsents && rc == SG_OK; s++) {
        const sg_sentence_t *q = &doc->sents[s], *a = &doc->sents[s + 1];
        size_t w = q->tok_begin, v, n;
        while (w < q->tok_end && w < q->tok_begin + 3 && !sg_tok_is(doc, w, "who")) {
            w++; /* (past a number: "4. Who opposes it?") */
        }
        if (w + 3 > q->tok_end || !sg_tok_is(doc, w, "who") ||
            !sg_tok_is(doc, q->tok_end - 1, "?")) {
            continue;
        }
        n = sg_i_match(cx->lex, SG_I_T_STANCE, doc, w + 1, q->tok_end, &v);
        if (!n && w + 4 <= q->tok_end &&
            (sg_tok_is(doc, w + 1, "is") || sg_tok_is(doc, w + 1, "are")) &&
            sg_tok_is(doc, w + 2, "against")) {
            n = 2; /* "Who is against it?" */
            v = SG_I_ST_NEG;
        }
        if (!n || (v & (SG_I_ST_EVAL | SG_I_ST_NONE | SG_I_ST_AGENT))) {
            continue;
        }
        size_t o = w + 1 + n; /* what the stance is taken on: "it", or a name */
        long om = sg_i_mention_at(cx, o);
        long dst = sg_tok_is(doc, o, "it") && o + 2 == q->tok_end
                       ? sg_i_plans_before(cx, o) /* (the plan the piece is about) */
                   : om >= 0 && cx->m[om].te + 1 == q->tok_end ? sg_i_role_body(cx, om)
                                                               : -1;
        long out[8];
        size_t end = a->tok_begin, ab = answer_subject(doc, a->tok_begin, a->tok_end);
        size_t na = dst >= 0 ? mention_list(cx, ab, a->tok_end, out, 8, &end) : 0;
        /* (the answer a list alone: past a group's words, "the two local CCGs") */
        while (na && end < a->tok_end && doc->toks[end].kind == SG_TK_WORD &&
               (!sg_i_is_cap(doc, end) || sg_i_plural_initials(doc, end)) &&
               end < a->tok_begin + 24 && !sg_i_auxiliary(doc, end) &&
               !sg_i_reporting_at(cx, end)) {
            end++;
        }
        sg_edge_type_t stance = (v & SG_I_ST_NEG) ? SG_EDGE_OPPOSES : SG_EDGE_ENDORSES;
        /* (or a list and a relative clause on it: "Campaigners from X, who say
         * ...") */
        int relative =
            na && end + 2 < a->tok_end && sg_tok_is(doc, end, ",") &&
            (sg_tok_is(doc, end + 1, "who") || sg_tok_is(doc, end + 1, "which"));
        if (!relative && (!na || end + 1 != a->tok_end || !sg_tok_is(doc, end, "."))) {
            /* (or the answer's sentences, each opening with its subjects: "Who is
             * against it? / Tarn Council has said it cannot support it. Campaign
             * group X has organised protests."; not past "But") */
            for (size_t t = s + 1;
                 dst >= 0 && rc == SG_OK && t < doc->nsents && t < s + 5 &&
                 doc->sents[t].para == a->para &&
                 !sg_tok_is(doc, doc->sents[t].tok_end - 1, "?") &&
                 !IN_LIST(doc, doc->sents[t].tok_begin, contrast_openers);
                 t++) {
                size_t tb =
                    answer_subject(doc, doc->sents[t].tok_begin, doc->sents[t].tok_end);
                na = undecided(doc, tb, doc->sents[t].tok_end)
                         ? 0
                         : mention_list(cx, tb, doc->sents[t].tok_end, out, 8, &end);
                for (size_t i = 0;
                     i < na && rc == SG_OK && end < doc->sents[t].tok_end &&
                     (sg_i_auxiliary(doc, end) || sg_i_reporting_at(cx, end));
                     i++) {
                    long e = sg_i_role_body(cx, out[i]);
                    if (e >= 0 && e != dst) {
                        rc = sg_i_add_edge(cx, e, dst, stance, NULL, s, w + 1, o, 0);
                    }
                }
            }
            continue;
        }
        for (size_t i = 0; i < na && rc == SG_OK; i++) {
            long e = sg_i_role_body(cx, out[i]);
            if (e >= 0 && e != dst) {
                rc = sg_i_add_edge(cx, e, dst, stance, NULL, s, w + 1, o, 0);
            }
        }
    }
    return rc;
}

/* A fact box's side lines, "Supporters: A, B, C", "Opponents: D, E": each
 * stakeholder listed takes the side towards the plan named last before the line. */
static sg_err_t side_lines(sg_i_ctx_t *cx) {
    static const char *const pro[] = {"supporters", "backers", "for"};
    static const char *const con[] = {"opponents", "critics", "against"};
    const sg_textdoc_t *doc = cx->doc;
    sg_err_t rc = SG_OK;

    for (size_t p = 0; p < doc->nparas && rc == SG_OK; p++) {
        size_t pb = doc->paras[p].tok_begin, pe = doc->paras[p].tok_end, end;
        int plus = IN_LIST(doc, pb, pro), minus = IN_LIST(doc, pb, con);
        long first = pb + 2 < pe && (plus || minus) && sg_tok_is(doc, pb + 1, ":")
                         ? mention_from(cx, pb + 2)
                         : -1;
        long dst = first >= 0 ? plan_named_before(cx, first) : -1;
        long out[8];
        size_t n = dst >= 0 ? mention_list(cx, pb + 2, pe, out, 8, &end) : 0;
        for (size_t i = 0; i < n && rc == SG_OK; i++) {
            long e = sg_i_role_body(cx, out[i]);
            if (e >= 0 && e != dst) {
                rc = sg_i_add_edge(cx, e, dst, plus ? SG_EDGE_ENDORSES : SG_EDGE_OPPOSES,
                                   NULL, doc->toks[pb].sent, pb, pb + 1, 0);
            }
        }
    }
    return rc;
}

/* "The report, by senior fellow X and chief executive Y, found": the roles the
 * authors of a body's document hold, in the body that published it. */
static sg_err_t document_authors(sg_i_ctx_t *cx) {
    const sg_textdoc_t *doc = cx->doc;
    sg_err_t rc = SG_OK;

    for (size_t i = 0; i < cx->nm && rc == SG_OK; i++) {
        const sg_i_mention_t *m = &cx->m[i];
        size_t k = m->te, se = sent_end(doc, m->tb);
        if (m->kind != SG_I_M_DOCREF || k + 4 >= se || !sg_tok_is(doc, k, ",") ||
            !sg_tok_is(doc, k + 1, "by")) {
            continue;
        }
        /* (its publisher, or the body the sentence before opens with: "The King's
         * Fund has published its latest assessment. The report, by ...") */
        size_t s = doc->toks[m->tb].sent;
        long om =
            m->entity < 0 && s > 0
                ? mention_from(cx, past_determiners(doc, doc->sents[s - 1].tok_begin,
                                                    doc->sents[s - 1].tok_end))
                : -1;
        long body = m->entity >= 0 ? sg_i_role_body(cx, (long)i)
                    : om >= 0      ? sg_i_role_body(cx, om)
                                   : -1;
        if (body < 0 || cx->ents[body].type == SG_NODE_PERSON ||
            cx->ents[body].type == SG_NODE_STP) {
            continue;
        }
        for (k += 2; k < se && rc == SG_OK && body >= 0;) {
            size_t kind, n = sg_i_match_role(cx->lex, doc, k, se, &kind);
            long pm = n && !sg_i_is_cap(doc, k) ? mention_from(cx, k + n) : -1;
            if (pm < 0 || cx->ents[cx->m[pm].entity].type != SG_NODE_PERSON) {
                break;
            }
            rc = add_role_edge(cx, cx->m[pm].entity, body, kind, doc->toks[k].sent, k,
                               k + n);
            k = cx->m[pm].te;
            k += k + 1 < se && sg_tok_is(doc, k, "and");
        }
    }
    return rc;
}

/* A line that labels a body with its side alone, "- Hale Borough Council:
 * opposed;", "Tarn Council: in favour.": the body takes that side towards the plan
 * named last before the line. */
static sg_err_t side_labelled(sg_i_ctx_t *cx) {
    static const char *const pro[] = {"supportive", "supports", "backs", "for"};
    static const char *const con[] = {"opposed", "opposes", "against", "objects"};
    const sg_textdoc_t *doc = cx->doc;
    sg_err_t rc = SG_OK;

    for (size_t p = 0; p < doc->nparas && rc == SG_OK; p++) {
        size_t pb = doc->paras[p].tok_begin, pe = doc->paras[p].tok_end;
        pb += sg_i_bullet_at(doc, pb) && pb + 1 < pe;
        long m = mention_from(cx, pb);
        size_t c = m >= 0 ? cx->m[m].te : pe; /* (the label's colon) */
        if (c + 2 > pe || !sg_tok_is(doc, c, ":")) {
            continue;
        }
        size_t w = c + 1, n = 1;
        int plus = IN_LIST(doc, w, pro), minus = IN_LIST(doc, w, con);
        if (!plus && !minus && w + 2 < pe && sg_tok_is(doc, w, "in") &&
            (sg_tok_is(doc, w + 1, "favour") || sg_tok_is(doc, w + 1, "favor"))) {
            plus = 1;
            n = 2;
        }
        /* (the side alone: nothing it acts on after it, "supports the plan" is a
         * verb's, read with the rest) */
        if ((!plus && !minus) || !(w + n == pe || doc->toks[w + n].kind == SG_TK_PUNCT)) {
            continue;
        }
        long e = sg_i_role_body(cx, m), dst = plan_named_before(cx, m);
        if (e >= 0 && dst >= 0 && e != dst && cx->ents[e].type != SG_NODE_PERSON) {
            rc = sg_i_add_edge(cx, e, dst, plus ? SG_EDGE_ENDORSES : SG_EDGE_OPPOSES,
                               NULL, doc->toks[w].sent, w, w + n, 0);
        }
    }
    return rc;
}

/* "Critics of the Devon STP include Tarn Council and Healthwatch Tarn",
 * "Supporters of X are A, B and C", "Among those backing X are A and B": each
 * stakeholder listed takes the side named towards X. */
static sg_err_t sides_listed(sg_i_ctx_t *cx) {
    static const char *const pro[] = {"supporters", "backers", "advocates"};
    static const char *const con[] = {"critics", "opponents"};
    static const char *const pro_ing[] = {"backing", "supporting"};
    static const char *const con_ing[] = {"opposing", "criticising", "criticizing"};
    /* (or one side: "Among the critics of X is A") */
    static const char *const be[] = {"include", "includes", "included", "are",
                                     "were",    "is",       "was"};
    const sg_textdoc_t *doc = cx->doc;
    sg_err_t rc;

    for (size_t t = 0; t + 3 < doc->ntoks; t++) {
        /* "supporters of X", or "those backing X" ("Among those backing X are") */
        int of = sg_tok_is(doc, t + 1, "of"), those = sg_tok_is(doc, t, "those");
        /* (or "Among the plan's supporters are A and B") */
        uint32_t nl = doc->toks[t].norm_len; /* (the sides' lengths: 7, 9, 10) */
        int owned = !of && !those && t > 1 && (nl == 7 || nl == 9 || nl == 10) &&
                    sg_i_possessive_at(doc, t - 1);
        /* (or a body's members: "Its members include A, B and C") */
        int its = !of && !those && nl == 7 && t > 0 && sg_tok_is(doc, t - 1, "its") &&
                  sg_tok_is(doc, t, "members");
        int member = (of || owned || its) && sg_tok_is(doc, t, "members");
        int plus =
            of || owned ? IN_LIST(doc, t, pro) : those && IN_LIST(doc, t + 1, pro_ing);
        int minus =
            of || owned ? IN_LIST(doc, t, con) : those && IN_LIST(doc, t + 1, con_ing);
        if (!plus && !minus && !member) {
            continue;
        }
        size_t lim = sent_end(doc, t);
        long tm = owned ? sg_i_mention_at(cx, t - 2)
                  : its ? -1
                        : body_at(cx, past_determiners(doc, t + 2, lim), lim);
        size_t after = owned || its ? t + 1 : tm >= 0 ? cx->m[tm].te : lim;
        /* ("the plan": the footprint's; "Among those backing it is A": the plan
         * named before) */
        long target = tm >= 0 && cx->m[tm].entity >= 0 ? sg_i_role_body(cx, tm)
                      : its                            ? its_body(cx, t - 1)
                                                       : -1;
        if (tm < 0 && !owned && !its && sg_tok_is(doc, t + 2, "it")) {
            target = sg_i_plan_before(cx, t + 2, -1);
            after = t + 3;
        }
        if (target < 0 || (owned && cx->m[tm].te != t - 1) || after >= lim ||
            !IN_LIST(doc, after, be) ||
            (member && cx->ents[target].type == SG_NODE_PERSON)) {
            continue;
        }
        sg_edge_type_t type = member ? SG_EDGE_MEMBER_OF
                              : plus ? SG_EDGE_ENDORSES
                                     : SG_EDGE_OPPOSES;
        for (size_t k = after + 1; k < lim;) {
            long m = mention_from(cx, k);
            if (m >= 0 && cx->m[m].entity >= 0 && cx->m[m].entity != target) {
                if ((rc = sg_i_add_edge(cx, cx->m[m].entity, target, type, NULL,
                                        doc->toks[t].sent, t, t + 2, 0)) != SG_OK) {
                    return rc;
                }
                k = cx->m[m].te;
            } else if (sg_tok_is(doc, k, ",") || sg_tok_is(doc, k, "and") ||
                       IN_LIST(doc, k, skip_words)) {
                k++;
            } else if (k + 2 < lim && sg_tok_is(doc, k + 1, ":")) {
                k += 2; /* (past a group's word: "and the three councils: A, B") */
            } else if (k + 3 < lim && sg_tok_is(doc, k + 2, ":")) {
                k += 3;
            } else {
                break;
            }
        }
    }
    return SG_OK;
}

/* "The Wexmoor STP has appointed four clinical leads: A (primary care), B (mental
 * health) and C": a body that appoints (or names) people of a role in the plural,
 * listed after a colon (each with a portfolio in brackets or none): each a member
 * of the body, in the role said in the singular. */
static sg_err_t appointed_list(sg_i_ctx_t *cx) {
    static const char *const appoint[] = {"appointed", "named", "appoints", "names"};
    static const char *const counts[] = {"two", "three", "four", "five",  "six",
                                         "its", "new",   "the",  "seven", "eight"};
    const sg_textdoc_t *doc = cx->doc;

    for (size_t s = 0; s < doc->nsents; s++) {
        const sg_sentence_t *st = &doc->sents[s];
        size_t v = st->tok_begin;
        /* (the lengths first, the cheapest test: every sentence comes here) */
        while (v < st->tok_end && v < st->tok_begin + 12 &&
               !((doc->toks[v].norm_len == 5 || doc->toks[v].norm_len == 8 ||
                  doc->toks[v].norm_len == 9) &&
                 IN_LIST(doc, v, appoint))) {
            v++;
        }
        if (v >= st->tok_end || v >= st->tok_begin + 12) {
            continue; /* (no verb of appointing) */
        }
        long body = sg_i_first_stakeholder(cx, st->tok_begin, v);
        if (body < 0 || cx->ents[body].type == SG_NODE_PERSON) {
            continue;
        }
        size_t rb = v + 1; /* (past a count: "four", "its three new") */
        while (rb < st->tok_end && rb < v + 4 &&
               (IN_LIST(doc, rb, counts) || doc->toks[rb].kind == SG_TK_NUM)) {
            rb++;
        }
        size_t colon = rb;
        while (colon < st->tok_end && colon < rb + 3 &&
               doc->toks[colon].kind == SG_TK_WORD && !sg_i_is_cap(doc, colon)) {
            colon++;
        }
        size_t nl;
        const char *last = colon > rb ? sg_tok_norm(doc, colon - 1, &nl) : NULL;
        if (!last || nl < 3 || last[nl - 1] != 's' || colon + 2 >= st->tok_end ||
            !sg_tok_is(doc, colon, ":")) {
            continue;
        }
        char *role = sg_i_surface(doc, rb, colon);
        if (!role) {
            return SG_ENOMEM;
        }
        role[strlen(role) - 1] = '\0'; /* "clinical leads": "clinical lead" */
        sg_err_t rc = SG_OK;
        for (size_t k = colon + 1; k < st->tok_end && rc == SG_OK;) {
            long m = mention_from(cx, k);
            long e = m >= 0 ? cx->m[m].entity : -1;
            if (e < 0 || cx->ents[e].type != SG_NODE_PERSON) {
                break;
            }
            rc = sg_i_add_edge(cx, e, body, SG_EDGE_MEMBER_OF, role, s, rb, colon, 0);
            k = cx->m[m].te;
            size_t kb = bracket_after_person(cx, k, st->tok_end); /* "(primary care)" */
            k = kb ? kb : k;
            k += k < st->tok_end && sg_tok_is(doc, k, ",");
            k += k < st->tok_end && sg_tok_is(doc, k, "and");
        }
        free(role);
        if (rc != SG_OK) {
            return rc;
        }
    }
    return SG_OK;
}

/* "X, the body overseeing the Y STP", "X is the lead organisation for the Y STP",
 * "X, the STP's lead organisation,": a body said to lead a plan or body leads it. */
static sg_err_t body_described_leading(sg_i_ctx_t *cx) {
    static const char *const kinds[] = {"body", "organisation", "partnership", "group"};
    static const char *const leading[] = {"overseeing", "leading", "running"};
    const sg_textdoc_t *doc = cx->doc;

    for (size_t i = 0; i < cx->nm; i++) {
        const sg_i_mention_t *m = &cx->m[i];
        size_t j = m->te;
        if (j + 4 >= doc->ntoks || m->entity < 0 ||
            !(sg_tok_is(doc, j, ",") || sg_tok_is(doc, j, "is") ||
              sg_tok_is(doc, j, "was")) ||
            cx->ents[m->entity].type == SG_NODE_PERSON ||
            cx->ents[m->entity].type == SG_NODE_STP) {
            continue; /* (the cheap tests first: every mention comes here) */
        }
        size_t lim = sent_end(doc, j), k = j + 1;
        if (!(sg_tok_is(doc, k, "the") || sg_tok_is(doc, k, "its"))) {
            continue;
        }
        k++;
        long tm = -1;
        size_t cb = k, ce = k + 2; /* (the cue's words) */
        if (k + 2 < lim && IN_LIST(doc, k, kinds) && IN_LIST(doc, k + 1, leading)) {
            tm = mention_from(cx, k + 2); /* "the body overseeing the Y STP" */
            tm = tm >= 0 ? tm : mention_from(cx, past_determiners(doc, k + 2, lim));
        } else if (k + 3 < lim && sg_tok_is(doc, k, "lead") &&
                   (sg_tok_is(doc, k + 1, "organisation") ||
                    sg_tok_is(doc, k + 1, "body")) &&
                   (sg_tok_is(doc, k + 2, "for") || sg_tok_is(doc, k + 2, "of"))) {
            tm = mention_from(cx, k + 3); /* "the lead organisation for Y" */
            tm = tm >= 0 ? tm : mention_from(cx, past_determiners(doc, k + 3, lim));
        } else if (sg_tok_is(doc, j, ",")) {
            long pm = mention_from(cx, k - 1); /* "the STP's lead organisation" */
            pm = pm >= 0 ? pm : mention_from(cx, k);
            size_t a = pm >= 0 ? cx->m[pm].te : lim;
            tm = a + 2 < lim && sg_i_possessive_at(doc, a) &&
                         sg_tok_is(doc, a + 1, "lead") &&
                         (sg_tok_is(doc, a + 2, "organisation") ||
                          sg_tok_is(doc, a + 2, "body"))
                     ? pm
                     : -1;
            cb = a + 1;
            ce = a + 3;
        }
        long led = tm >= 0 && cx->m[tm].entity >= 0 ? sg_i_role_body(cx, tm) : -1;
        if (led < 0 || led == m->entity || cx->ents[led].type == SG_NODE_PERSON ||
            strcmp(cx->ents[led].name, SG_I_PROGRAMME) == 0) {
            continue;
        }
        sg_err_t rc = sg_i_add_edge(cx, m->entity, led, SG_EDGE_LEADS, NULL,
                                    doc->toks[j].sent, cb, ce, 0);
        if (rc != SG_OK) {
            return rc;
        }
    }
    return SG_OK;
}

/* "X singled out the Tarn STP for praise", "Y held up Hale Council as a model":
 * a verb of pointing out, its object, then a verdict on it after "for" or "as":
 * the subject's stance towards the object. */
static sg_err_t singled_out(sg_i_ctx_t *cx) {
    static const char *const pointing[] = {"singled", "picked", "held", "singles",
                                           "picks",   "holds",  "hold", "single"};
    static const char *const models[] = {"model", "example", "exemplar", "beacon"};
    static const char *const blame[] = {"criticism", "blame", "condemnation"};
    const sg_textdoc_t *doc = cx->doc;

    for (size_t t = 1; t + 4 < doc->ntoks; t++) {
        uint32_t nl = doc->toks[t].norm_len, nl1 = doc->toks[t + 1].norm_len;
        if (nl < 4 || nl > 7 || (nl1 != 2 && nl1 != 3) || /* (the cheap tests first) */
            !(sg_tok_is(doc, t + 1, "out") || sg_tok_is(doc, t + 1, "up")) ||
            !IN_LIST(doc, t, pointing)) {
            continue;
        }
        size_t lim = sent_end(doc, t);
        long om = mention_from(cx, past_determiners(doc, t + 2, lim));
        if (om < 0 || cx->m[om].entity < 0 || cx->m[om].te + 2 >= lim) {
            continue;
        }
        size_t f = cx->m[om].te, w = f + 1;
        /* "out ... for praise", "for criticism"; "up ... as a model" */
        int out = sg_tok_is(doc, t + 1, "out") && sg_tok_is(doc, f, "for");
        int pro = (out && sg_tok_is(doc, w, "praise")) ||
                  (sg_tok_is(doc, t + 1, "up") && sg_tok_is(doc, f, "as") &&
                   (sg_tok_is(doc, w, "a") || sg_tok_is(doc, w, "an")) &&
                   IN_LIST(doc, w + 1, models));
        int con = out && IN_LIST(doc, w, blame);
        long src = pro || con ? sg_i_subject_before(cx, t) : -1;
        long dst = sg_i_role_body(cx, om);
        if (src < 0 || dst < 0 || src == dst) {
            continue;
        }
        sg_err_t rc =
            sg_i_add_edge(cx, src, dst, pro ? SG_EDGE_ENDORSES : SG_EDGE_OPPOSES, NULL,
                          doc->toks[t].sent, t, t + 2, 0);
        if (rc != SG_OK) {
            return rc;
        }
    }
    return SG_OK;
}

/* "Tarn Council was asked to sign the plan but refused": one asked to back what
 * follows who refuses opposes it. */
static sg_err_t asked_refused(sg_i_ctx_t *cx) {
    static const char *const refusing[] = {"refused", "declined", "refuses", "declines"};
    static const char *const nots[] = {"did", "would", "could", "will", "does"};
    const sg_textdoc_t *doc = cx->doc;

    for (size_t t = 2; t + 4 < doc->ntoks; t++) {
        if (doc->toks[t].norm_len != 5 || !sg_tok_is(doc, t, "asked") ||
            !sg_tok_is(doc, t + 1, "to")) {
            continue; /* (the cheap tests first) */
        }
        size_t lim = sent_end(doc, t), v;
        size_t n = sg_i_match(cx->lex, SG_I_T_STANCE, doc, t + 2, lim, &v);
        if (!n || !(v & SG_I_ST_POS) ||
            (v & (SG_I_ST_EVAL | SG_I_ST_AGENT | SG_I_ST_NONE))) {
            continue;
        }
        size_t o = t + 2 + n;
        long om = mention_from(cx, o);
        om = om >= 0 ? om : mention_from(cx, past_determiners(doc, o, lim));
        long dst = om >= 0 && cx->m[om].entity >= 0     ? sg_i_role_body(cx, om)
                   : o < lim && sg_tok_is(doc, o, "it") ? sg_i_plan_before(cx, o, -1)
                                                        : -1;
        size_t b = om >= 0 ? cx->m[om].te : o + 1;
        b += b < lim && sg_tok_is(doc, b, ",");
        if (dst < 0 || b + 1 >= lim || !sg_tok_is(doc, b, "but") ||
            !(IN_LIST(doc, b + 1, refusing) ||
              (b + 2 < lim && IN_LIST(doc, b + 1, nots) &&
               sg_tok_is(doc, b + 2, "not")))) {
            continue;
        }
        /* the one asked: the subject before "was asked", "has been asked" */
        size_t k = t - 1;
        k -= sg_tok_is(doc, k, "been") && k > 1 ? 1 : 0;
        if (!(sg_tok_is(doc, k, "was") || sg_tok_is(doc, k, "were") ||
              sg_tok_is(doc, k, "has") || sg_tok_is(doc, k, "had") ||
              sg_tok_is(doc, k, "have"))) {
            continue;
        }
        long sm = k > 0 ? sg_i_mention_at(cx, k - 1) : -1;
        if (sm < 0 || cx->m[sm].te != k || cx->m[sm].entity < 0) {
            continue;
        }
        sg_err_t rc = sg_i_add_edge(cx, sg_i_role_body(cx, sm), dst, SG_EDGE_OPPOSES,
                                    NULL, doc->toks[t].sent, b,
                                    IN_LIST(doc, b + 1, refusing) ? b + 2 : b + 3, 0);
        if (rc != SG_OK) {
            return rc;
        }
    }
    return SG_OK;
}

/* "A motion opposing the X STP was carried by Y Council": the body that passes a
 * motion takes its stance towards what the motion names (not one defeated). */
static sg_err_t motion_carried(sg_i_ctx_t *cx) {
    static const char *const motions[] = {"motion", "resolution"};
    static const char *const carried[] = {"carried", "passed", "approved",
                                          "adopted", "agreed", "backed"};
    const sg_textdoc_t *doc = cx->doc;

    for (size_t t = 0; t + 6 < doc->ntoks; t++) {
        size_t nl = doc->toks[t].norm_len; /* (6 or 10 letters: cheap tests first) */
        if ((nl != 6 && nl != 10) || !IN_LIST(doc, t, motions)) {
            continue;
        }
        size_t lim = sent_end(doc, t), v;
        size_t n = sg_i_match(cx->lex, SG_I_T_STANCE, doc, t + 1, lim, &v);
        if (!n || (v & (SG_I_ST_EVAL | SG_I_ST_AGENT | SG_I_ST_NONE)) ||
            !sg_i_participle(doc, t + 1)) {
            continue;
        }
        long om = mention_from(cx, t + 1 + n); /* ("the plan" one mention) */
        om = om >= 0 ? om : mention_from(cx, past_determiners(doc, t + 1 + n, lim));
        size_t w = om >= 0 ? cx->m[om].te : lim;
        if (om < 0 || cx->m[om].entity < 0 || w + 3 >= lim ||
            !(sg_tok_is(doc, w, "was") || sg_tok_is(doc, w, "has") ||
              sg_tok_is(doc, w, "had")) ||
            !IN_LIST(doc, w + 1 + sg_tok_is(doc, w + 1, "been"), carried)) {
            continue;
        }
        size_t by = w + 2 + sg_tok_is(doc, w + 1, "been");
        long am = by < lim && sg_tok_is(doc, by, "by")
                      ? mention_from(cx, past_determiners(doc, by + 1, lim))
                      : -1;
        long src = am >= 0 ? sg_i_role_body(cx, am) : -1, dst = sg_i_role_body(cx, om);
        if (src < 0 || cx->ents[src].type == SG_NODE_PERSON) {
            continue;
        }
        sg_err_t rc = sg_i_add_edge(
            cx, src, dst, (v & SG_I_ST_NEG) ? SG_EDGE_OPPOSES : SG_EDGE_ENDORSES, NULL,
            doc->toks[t].sent, t + 1, t + 1 + n, 0);
        if (rc != SG_OK) {
            return rc;
        }
    }
    return SG_OK;
}

/* "X called on the STP's chair, Y, to resign", "urged Y to step down": a call for
 * someone to go opposes them; its caller the verb's subject. */
static sg_err_t resignation_calls(sg_i_ctx_t *cx) {
    static const char *const going[] = {"resign", "quit", "go"}; /* ("go" alone) */
    static const char *const downs[] = {"step", "stand"};
    static const char *const calls[] = {"called", "calls",  "calling", "call",
                                        "urged",  "urging", "urges",   "urge"};
    const sg_textdoc_t *doc = cx->doc;

    for (size_t t = 2; t + 1 < doc->ntoks; t++) {
        if (doc->toks[t].norm_len != 2 || !sg_tok_is(doc, t, "to") ||
            !((IN_LIST(doc, t + 1, going) &&
               !(sg_tok_is(doc, t + 1, "go") && t + 2 < doc->ntoks &&
                 doc->toks[t + 2].kind == SG_TK_WORD)) || /* (not "to go ahead") */
              (IN_LIST(doc, t + 1, downs) && t + 2 < doc->ntoks &&
               sg_tok_is(doc, t + 2, "down")))) {
            continue;
        }
        /* the one called on, right before "to" or before their apposition's comma
         * ("the STP's chair, Y, to resign") */
        size_t sb = doc->sents[doc->toks[t].sent].tok_begin;
        long om = sg_i_mention_at(cx, t - 1 - sg_tok_is(doc, t - 1, ","));
        if (om < 0 || cx->m[om].entity < 0 || cx->m[om].te + 1 < t) {
            continue;
        }
        size_t ob = cx->m[om].tb;
        if (ob > sb + 3 && sg_tok_is(doc, ob - 1, ",")) { /* (past a role before it) */
            for (size_t k = ob - 1; k-- > sb + 1 && k + 8 > ob;) {
                if (sg_tok_is(doc, k, "on") || sg_tok_is(doc, k, "for") ||
                    IN_LIST(doc, k, calls)) {
                    ob = k + 1;
                    break;
                }
            }
        }
        ob = past_back_determiners(doc, ob, sb);
        size_t v = ob - (ob > sb + 1 &&
                         (sg_tok_is(doc, ob - 1, "on") || sg_tok_is(doc, ob - 1, "for")));
        if (v <= sb || !IN_LIST(doc, v - 1, calls)) {
            continue;
        }
        long src = sg_i_subject_before(cx, v - 1), dst = cx->m[om].entity;
        if (src >= 0 && src != dst) {
            sg_err_t rc = sg_i_add_edge(cx, src, dst, SG_EDGE_OPPOSES, NULL,
                                        doc->toks[t].sent, v - 1, v + (v < ob), 0);
            if (rc != SG_OK) {
                return rc;
            }
        }
    }
    return SG_OK;
}

/* "X has resigned from the board of the Y STP in protest at plans to cut beds",
 * "X quit in protest at the Y STP": leaving in protest opposes what the protest is
 * at when it is named, else what is left when it is a plan, else the plan named
 * last when the protest is at a plan. */
static sg_err_t protest_exits(sg_i_ctx_t *cx) {
    static const char *const exits[] = {"resigned", "resigns",   "resigning", "quit",
                                        "quits",    "quitting",  "walked",    "stepped",
                                        "withdrew", "withdrawn", "left"};
    const sg_textdoc_t *doc = cx->doc;

    for (size_t t = 1; t + 2 < doc->ntoks; t++) {
        if (doc->toks[t].norm_len != 2 || !sg_tok_is(doc, t, "in") ||
            !sg_tok_is(doc, t + 1, "protest")) {
            continue;
        }
        size_t sb = doc->sents[doc->toks[t].sent].tok_begin, v = t;
        while (v-- > sb && v + 24 > t && !IN_LIST(doc, v, exits) &&
               !sg_tok_is(doc, v, ";")) {
        }
        if (v + 1 == sb || v + 24 <= t || !IN_LIST(doc, v, exits)) {
            continue;
        }
        long src = sg_i_subject_before(cx, v);
        /* ("The leader of X has quit ... in protest": the leader, when the
         * article names who holds the role) */
        for (size_t k = sb; src >= 0 && cx->ents[src].type != SG_NODE_PERSON && k < v;
             k++) {
            long sm = sg_i_mention_at(cx, k);
            if (sm >= 0 && cx->m[sm].entity == src) {
                sg_err_t rc = role_holder(cx, sm, sb, &src);
                if (rc != SG_OK) {
                    return rc;
                }
                break;
            }
        }
        size_t lim = sent_end(doc, t), a = t + 2;
        a += a < lim && (sg_tok_is(doc, a, "at") || sg_tok_is(doc, a, "against") ||
                         sg_tok_is(doc, a, "over"));
        long dst = -1,
             m = a > t + 2 ? mention_from(cx, past_determiners(doc, a, lim)) : -1;
        if (m >= 0 && cx->m[m].tb <= a + 2) {
            dst = sg_i_role_body(cx, m);
        }
        for (size_t k = v + 1; dst < 0 && k < t; k++) {
            long lm = sg_i_mention_at(cx, k); /* what is left, a plan (the one "STP"
                                               * stands for: "quit STP board") */
            long le = lm >= 0 ? sg_i_role_body(cx, lm) : -1;
            dst = le >= 0 && cx->ents[le].type == SG_NODE_STP ? le : -1;
        }
        size_t p =
            a + (a < lim && (sg_tok_is(doc, a, "the") || sg_tok_is(doc, a, "its")));
        if (dst < 0 && p < lim && IN_LIST(doc, p, plan_nouns)) {
            dst = sg_i_plan_before(cx, p, src);
        }
        sg_err_t rc;
        if (src >= 0 && dst >= 0 && src != dst &&
            (rc = sg_i_add_edge(cx, src, dst, SG_EDGE_OPPOSES, NULL, doc->toks[t].sent, t,
                                t + 2, 0)) != SG_OK) {
            return rc;
        }
    }
    return SG_OK;
}

/* "X is among the STP's fiercest critics", "X, one of Y's most vocal supporters,",
 * "X has been one of its fiercest critics" (the plan named before, else the body
 * "its" stands for): the one among them takes the side towards Y (the one before
 * "is" or "has been", past her apposition, or before the comma that opens one). */
static sg_err_t among_side(sg_i_ctx_t *cx) {
    static const char *const pro[] = {"supporters", "backers", "advocates", "champions"};
    static const char *const con[] = {"critics", "opponents"};
    static const char *const be[] = {"is",      "are",      "was",   "been",
                                     "remains", "remained", "became"};
    const sg_textdoc_t *doc = cx->doc;

    for (size_t t = 3; t < doc->ntoks; t++) {
        size_t nl; /* (7 to 10 letters, the last an "s": cheap tests first) */
        const char *w = sg_tok_norm(doc, t, &nl);
        if (nl < 7 || nl > 10 || !w || w[nl - 1] != 's') {
            continue;
        }
        int plus = IN_LIST(doc, t, pro), minus = !plus && IN_LIST(doc, t, con);
        if (!plus && !minus) {
            continue;
        }
        size_t j = t; /* past the words that grade the side: "most vocal" */
        while (j > 0 && j + 3 > t && doc->toks[j - 1].kind == SG_TK_WORD &&
               !sg_i_is_cap(doc, j - 1) && sg_i_mention_at(cx, j - 1) < 0 &&
               !sg_tok_is(doc, j - 1, "'s") && !sg_tok_is(doc, j - 1, "its")) {
            j--;
        }
        long ym = j >= 2 && sg_tok_is(doc, j - 1, "'s") ? sg_i_mention_at(cx, j - 2) : -1;
        long y = ym >= 0 && cx->m[ym].te == j - 1 ? sg_i_role_body(cx, ym) : -1;
        size_t a = ym >= 0 ? past_back_determiners(doc, cx->m[ym].tb, 0) : j - 1,
               src_end = 0;
        if (ym < 0 && j >= 1 && sg_tok_is(doc, j - 1, "its")) {
            y = sg_i_plan_before(cx, j - 1, -1);
            y = y >= 0 ? y : its_body(cx, j - 1);
        }
        if (y < 0) {
            continue;
        }
        if (a >= 2 && sg_tok_is(doc, a - 1, "of") && sg_tok_is(doc, a - 2, "one")) {
            a -= 2; /* "one of" */
        } else if (a >= 1 && sg_tok_is(doc, a - 1, "among")) {
            a -= 1;
        } else {
            continue;
        }
        if (a >= 2 && sg_tok_is(doc, a - 1, ",")) {
            src_end = a - 1; /* "X, one of Y's critics," */
        } else if (a >= 2 && IN_LIST(doc, a - 1, be)) {
            src_end = a - 1; /* "X is among Y's critics" */
            src_end -= src_end > 1 && sg_tok_is(doc, src_end, "been") &&
                       (sg_tok_is(doc, src_end - 1, "has") ||
                        sg_tok_is(doc, src_end - 1, "have"));
        }
        long sm = src_end ? sg_i_mention_at(cx, src_end - 1) : -1;
        size_t sb = doc->sents[doc->toks[t].sent].tok_begin;
        if (sm < 0 && src_end > sb + 1 && sg_tok_is(doc, src_end - 1, ",") &&
            !sg_tok_is(doc, a - 1, ",")) {
            /* (past the subject's apposition: "X, a consultant at Z, has been",
             * "Her husband, X, a consultant at Z, has been": the first name a
             * comma follows) */
            for (size_t k = sb; sm < 0 && k + 1 < src_end; k++) {
                long fm = mention_from(cx, k);
                sm = fm >= 0 && sg_tok_is(doc, cx->m[fm].te, ",") ? fm : -1;
            }
            src_end = sm >= 0 ? cx->m[sm].te : src_end;
        }
        if (sm < 0 || cx->m[sm].te != src_end || cx->m[sm].entity < 0 ||
            cx->m[sm].entity == y || doc->toks[cx->m[sm].tb].sent != doc->toks[t].sent) {
            continue;
        }
        sg_err_t rc = sg_i_add_edge(cx, cx->m[sm].entity, y,
                                    plus ? SG_EDGE_ENDORSES : SG_EDGE_OPPOSES, NULL,
                                    doc->toks[t].sent, j, t + 1, 0);
        if (rc != SG_OK) {
            return rc;
        }
    }
    return SG_OK;
}

/* "The leader of Hale Council has warned that the plan “will fail”. Cllr Dev
 * Patel, leader of Hale Council, said ...": a quotation given to a body because
 * its reporting verb's subject is "the <role> of <body>" is the person the article
 * gives that role of that body, once roles are read. */
static sg_err_t role_speakers(sg_i_ctx_t *cx) {
    const sg_textdoc_t *doc = cx->doc;

    for (size_t i = 0; i < cx->nq; i++) {
        sg_i_quote_t *q = &cx->q[i];
        if (q->speaker < 0 || cx->ents[q->speaker].type == SG_NODE_PERSON ||
            q->cue_tok == (size_t)-1) {
            continue;
        }
        size_t sb = doc->sents[doc->toks[q->cue_tok].sent].tok_begin;
        long bm = -1;
        for (size_t k = q->cue_tok; k-- > sb && bm < 0;) {
            long m = sg_i_mention_at(cx, k);
            bm = m >= 0 && cx->m[m].entity == q->speaker ? m : -1;
        }
        /* (or the agent after a verb in the passive: "told by X's chief
         * executive to “be bold”") */
        for (size_t k = q->cue_tok + 2; bm < 0 && k < q->qb && k < q->cue_tok + 4; k++) {
            long m = sg_tok_is(doc, k - 1, "by") ? mention_from(cx, k) : -1;
            bm = m >= 0 && cx->m[m].entity == q->speaker ? m : -1;
        }
        /* (or the source after "according to": "..., according to the leader of
         * X") */
        size_t se = sent_end(doc, q->cue_tok);
        for (size_t k = q->cue_tok + 2;
             bm < 0 && sg_tok_is(doc, q->cue_tok, "according") && k < se &&
             k < q->cue_tok + 9;
             k++) {
            long m = mention_from(cx, k);
            bm = m >= 0 && cx->m[m].entity == q->speaker ? m : -1;
        }
        sg_err_t rc = bm >= 0 ? role_holder(cx, bm, sb, &q->speaker) : SG_OK;
        if (rc != SG_OK) {
            return rc;
        }
    }
    return SG_OK;
}

/* A profile's fields, a line each: "Name: Julia Ross", then "Role: Chief
 * executive, Surrey Heartlands STP" (or "Job:", "Position:", "Title:") within the
 * next few lines: the role is the person's ("Previously: ..." is not). */
static sg_err_t profile_fields(sg_i_ctx_t *cx) {
    static const char *const fields[] = {"role", "job", "position", "title", "post"};
    const sg_textdoc_t *doc = cx->doc;

    for (size_t p = 0; p + 1 < doc->nparas; p++) {
        size_t pb = doc->paras[p].tok_begin, pe = doc->paras[p].tok_end;
        if (pe < pb + 3 || !sg_tok_is(doc, pb, "name") || !sg_tok_is(doc, pb + 1, ":")) {
            continue;
        }
        long m = sg_i_mention_at(cx, pb + 2);
        long person = m >= 0 && cx->m[m].te == pe ? cx->m[m].entity : -1;
        if (person < 0 || cx->ents[person].type != SG_NODE_PERSON) {
            continue;
        }
        for (size_t q = p + 1; q < doc->nparas && q < p + 5; q++) {
            size_t qb = doc->paras[q].tok_begin;
            if (qb + 2 < doc->paras[q].tok_end && IN_LIST(doc, qb, fields) &&
                sg_tok_is(doc, qb + 1, ":")) {
                sg_err_t rc = roles_after(cx, person, qb + 2);
                if (rc != SG_OK) {
                    return rc;
                }
            }
        }
    }
    return SG_OK;
}

/* Where the words that say a plan's partners follow start at token t ("The partners
 * in the X STP are", "The STP's members include", "The X STP brings together"),
 * the plan in *plan; else 0. */
static size_t partners_opening(const sg_i_ctx_t *cx, size_t t, long *plan) {
    static const char *const part[] = {"partners", "members"};
    static const char *const be[] = {"are", "include"};
    const sg_textdoc_t *doc = cx->doc;
    size_t lim = sent_end(doc, t), k = 0;
    long pm = -1;

    if (IN_LIST(doc, t, part) && t > 0 && sg_tok_is(doc, t - 1, "the") && t + 3 < lim &&
        (sg_tok_is(doc, t + 1, "in") || sg_tok_is(doc, t + 1, "of"))) {
        pm = mention_from(cx, t + 2); /* "the partners in (the) X" */
        pm = pm >= 0 ? pm : mention_from(cx, past_determiners(doc, t + 2, lim));
        k = pm >= 0 ? cx->m[pm].te : 0;
    } else if (IN_LIST(doc, t, part) && t > 1 && sg_i_possessive_at(doc, t - 1)) {
        pm = sg_i_mention_at(cx, t - 2); /* "The STP's partners are" */
        k = pm >= 0 && cx->m[pm].te == t - 1 ? t + 1 : 0;
    }
    int brings = sg_tok_is(doc, t, "brings") && t > 0 && t + 2 < lim &&
                 sg_tok_is(doc, t + 1, "together");
    if (brings) {
        pm = sg_i_mention_at(cx, t - 1); /* "The X STP brings together" */
        k = pm >= 0 && cx->m[pm].te == t ? t + 2 : 0;
    }
    if (!k || (!brings && (k >= lim || !IN_LIST(doc, k, be)))) {
        return 0;
    }
    *plan = sg_i_role_body(cx, pm);
    if (*plan < 0 || cx->ents[*plan].type != SG_NODE_STP ||
        strcmp(cx->ents[*plan].name, SG_I_PROGRAMME) == 0) {
        return 0;
    }
    return brings ? k : k + 1 + (k + 1 < lim && sg_tok_is(doc, k + 1, ":"));
}

/* A body the words [k, e) name, past a list's mark ("- Tarn Council", "• X") and
 * with nothing after it but a list's punctuation; else -1. */
static long listed_body(const sg_i_ctx_t *cx, size_t k, size_t e) {
    const sg_textdoc_t *doc = cx->doc;
    while (k < e && doc->toks[k].kind == SG_TK_PUNCT) {
        k++;
    }
    long m = mention_from(cx, past_determiners(doc, k, e));
    size_t te = m >= 0 ? cx->m[m].te : e;
    while (te < e && doc->toks[te].kind == SG_TK_PUNCT) {
        te++;
    }
    te += te + 1 == e && sg_tok_is(doc, te, "and");
    long b = m >= 0 && te == e ? sg_i_role_body(cx, m) : -1;
    return b >= 0 && (cx->ents[b].type == SG_NODE_ORGANISATION ||
                      cx->ents[b].type == SG_NODE_COUNCIL)
               ? b
               : -1;
}

/* "The partners in the X STP are A, B and C", "The STP brings together A, B and
 * C", "The STP's members are:" and a line for each: each body a member of the
 * plan. */
static sg_err_t partners_named(sg_i_ctx_t *cx) {
    const sg_textdoc_t *doc = cx->doc;
    sg_err_t rc = SG_OK;

    for (size_t t = 1; t + 2 < doc->ntoks && rc == SG_OK; t++) {
        uint32_t nl = doc->toks[t].norm_len; /* (the cheap tests first: "brings",
                                              * "members", "partners") */
        if (nl < 6 || nl > 8) {
            continue;
        }
        size_t len;
        const char w = *sg_tok_norm(doc, t, &len);
        long plan = -1;
        size_t k = (nl == 6 && w == 'b') || (nl == 7 && w == 'm') || (nl == 8 && w == 'p')
                       ? partners_opening(cx, t, &plan)
                       : 0;
        if (!k) {
            continue;
        }
        size_t lim = sent_end(doc, t), sent = doc->toks[t].sent;
        size_t ce = t + 1 + sg_tok_is(doc, t, "brings"); /* ("brings together") */
        for (; k < lim && rc == SG_OK; k++) {
            long m = sg_i_mention_at(cx, k);
            long b = m >= 0 && cx->m[m].tb == k ? sg_i_role_body(cx, m) : -1;
            if (b >= 0 && (cx->ents[b].type == SG_NODE_ORGANISATION ||
                           cx->ents[b].type == SG_NODE_COUNCIL)) {
                rc = sg_i_add_edge(cx, b, plan, SG_EDGE_MEMBER_OF, NULL, sent, t, ce, 0);
                k = cx->m[m].te - 1;
            }
        }
        /* (a colon that ends its paragraph: the lines after it, one body each) */
        size_t p = doc->sents[sent].para;
        if (!sg_tok_is(doc, lim - 1, ":") || doc->paras[p].tok_end != lim) {
            continue;
        }
        for (size_t q = p + 1; q < doc->nparas && rc == SG_OK; q++) {
            long b = listed_body(cx, doc->paras[q].tok_begin, doc->paras[q].tok_end);
            if (b < 0) {
                break;
            }
            rc = sg_i_add_edge(cx, b, plan, SG_EDGE_MEMBER_OF, NULL, sent, t, ce, 0);
        }
    }
    return rc;
}

/* "The X STP has named the members of its board: A, its chair; B, chief officer
 * of Y; and C", "The board's members are:": each person the list after the colon
 * names is a member of the board's body (but its leader, already named so). */
static sg_err_t board_lists(sg_i_ctx_t *cx) {
    static const char *const heads[] = {"board", "members", "committee", "group"};
    const sg_textdoc_t *doc = cx->doc;

    for (size_t c = 1; c + 1 < doc->ntoks; c++) {
        if (doc->toks[c].kind != SG_TK_PUNCT || !sg_tok_is(doc, c, ":") ||
            !IN_LIST(doc, c - 1, heads) || (doc->toks[c + 1].flags & SG_TF_PARA_START)) {
            continue;
        }
        size_t sb = doc->sents[doc->toks[c].sent].tok_begin, se = sent_end(doc, c);
        long owner = -1;
        for (size_t k = c - 1; k-- > sb && k + 8 > c && owner < 0;) {
            long m = sg_i_mention_at(cx, k);
            owner = sg_tok_is(doc, k, "its") ? its_body(cx, k)
                    : m >= 0                 ? sg_i_role_body(cx, m)
                                             : -1;
            owner = owner >= 0 && cx->ents[owner].type == SG_NODE_PERSON ? -1 : owner;
        }
        for (size_t k = c + 1; owner >= 0 && k < se; k++) {
            long m = sg_i_mention_at(cx, k);
            long p = m >= 0 && cx->m[m].tb == k ? cx->m[m].entity : -1;
            if (p < 0 || cx->ents[p].type != SG_NODE_PERSON) {
                continue;
            }
            k = cx->m[m].te - 1;
            if (cx->led_plan[p] == owner || cx->held_body[p] == owner) {
                continue; /* ("A, its independent chair;": its leader) */
            }
            sg_err_t rc = sg_i_add_edge(cx, p, owner, SG_EDGE_MEMBER_OF, NULL,
                                        doc->toks[c].sent, c - 1, c, 0);
            if (rc != SG_OK) {
                return rc;
            }
        }
    }
    return SG_OK;
}

/* Is paragraph p one line "A (Y)": a person, then a footprint in brackets, and
 * nothing else? The person's entity, *plan the footprint's; else -1. */
static long person_plan_line(const sg_i_ctx_t *cx, size_t p, long *plan) {
    const sg_textdoc_t *doc = cx->doc;
    size_t b = doc->paras[p].tok_begin, e = doc->paras[p].tok_end;

    if (e < b + 4 || e > b + 14 || !sg_tok_is(doc, e - 1, ")")) {
        return -1; /* (the cheapest test first: every paragraph comes here) */
    }
    b += sg_tok_is(doc, b, "-") || sg_tok_is(doc, b, "•") || sg_tok_is(doc, b, "*");
    long pm = mention_from(cx, b);
    if (pm < 0 || cx->m[pm].tb != b ||
        cx->ents[cx->m[pm].entity].type != SG_NODE_PERSON ||
        !sg_tok_is(doc, cx->m[pm].te, "(")) {
        return -1;
    }
    long fm = mention_from(cx, cx->m[pm].te + 1);
    long f = fm >= 0 ? cx->m[fm].entity : -1;
    if (f < 0 || cx->m[fm].tb != cx->m[pm].te + 1 || cx->m[fm].te + 1 != e ||
        cx->ents[f].type != SG_NODE_STP ||
        strcmp(cx->ents[f].name, SG_I_PROGRAMME) == 0) {
        return -1;
    }
    *plan = f;
    return cx->m[pm].entity;
}

/* "The people leading the footprints are: / A (Y) / B (Z)": lines of a person and
 * a footprint in brackets after a paragraph that ends with a colon and says they
 * lead: each leads the footprint beside them. */
static sg_err_t lead_lines(sg_i_ctx_t *cx) {
    static const char *const leading[] = {"leading", "lead",  "leads",   "leaders", "led",
                                          "chairs",  "heads", "heading", "running"};
    const sg_textdoc_t *doc = cx->doc;
    int run = 0;  /* (a line of the list before this one) */
    int says = 0; /* (the paragraph before the list says they lead) */

    for (size_t p = 1; p < doc->nparas; p++) {
        long plan, person = person_plan_line(cx, p, &plan);
        if (person < 0) {
            run = 0;
            continue;
        }
        if (!run) { /* the list's first line: the paragraph before it, once */
            const sg_paragraph_t *in = &doc->paras[p - 1];
            run = 1;
            says = 0; /* ("the people leading ... . They are:") */
            for (size_t k = in->tok_begin;
                 in->tok_end > in->tok_begin && sg_tok_is(doc, in->tok_end - 1, ":") &&
                 k < in->tok_end && !says;
                 k++) {
                says = IN_LIST(doc, k, leading) && quote_at(cx, k) < 0;
            }
        }
        sg_err_t rc =
            says ? sg_i_add_edge(cx, person, plan, SG_EDGE_LEADS, NULL,
                                 doc->toks[doc->paras[p].tok_begin].sent,
                                 doc->paras[p].tok_begin, doc->paras[p].tok_end, 0)
                 : SG_OK;
        if (rc != SG_OK) {
            return rc;
        }
    }
    return SG_OK;
}

sg_err_t sg_i_find_relations(sg_i_ctx_t *cx) {
    sg_err_t rc;

    cx->first_mention = malloc((cx->nents ? cx->nents : 1) * sizeof(*cx->first_mention));
    cx->led_plan = malloc((cx->nents ? cx->nents : 1) * 2 * sizeof(*cx->led_plan));
    if (!cx->first_mention || !cx->led_plan) {
        return SG_ENOMEM; /* (both freed with the context) */
    }
    cx->held_body = cx->led_plan + (cx->nents ? cx->nents : 1);
    for (size_t e = 0; e < cx->nents; e++) {
        cx->first_mention[e] = -1;
        cx->led_plan[e] = -1;
        cx->held_body[e] = -1;
    }
    for (size_t k = 0; k < cx->nm; k++) {
        long e = cx->m[k].entity;
        if (e >= 0 && cx->first_mention[e] < 0) {
            cx->first_mention[e] = (long)k;
        }
    }
    cx->respectively = 0;
    for (size_t t = 0; t < cx->doc->ntoks && !cx->respectively; t++) {
        cx->respectively =
            cx->doc->toks[t].norm_len == 12 && sg_tok_is(cx->doc, t, "respectively");
    }

    find_author(cx);
    find_interviewee(cx);
    if ((rc = respective_roles(cx)) != SG_OK || (rc = person_roles(cx)) != SG_OK ||
        (rc = pronoun_roles(cx)) != SG_OK || (rc = pronoun_described(cx)) != SG_OK ||
        (rc = lede_roles(cx)) != SG_OK || (rc = described_roles(cx)) != SG_OK ||
        (rc = body_clauses(cx)) != SG_OK || (rc = led_by(cx)) != SG_OK ||
        (rc = sides_listed(cx)) != SG_OK || (rc = side_lines(cx)) != SG_OK ||
        (rc = side_labelled(cx)) != SG_OK || (rc = document_authors(cx)) != SG_OK ||
        (rc = appointed_list(cx)) != SG_OK || (rc = among_side(cx)) != SG_OK ||
        (rc = answered_who(cx)) != SG_OK || (rc = answered_yes_no(cx)) != SG_OK ||
        (rc = plural_role_list(cx)) != SG_OK || (rc = their_roles(cx)) != SG_OK ||
        (rc = body_leads(cx)) != SG_OK || (rc = party_anaphor(cx)) != SG_OK ||
        (rc = protest_exits(cx)) != SG_OK || (rc = resignation_calls(cx)) != SG_OK ||
        (rc = motion_carried(cx)) != SG_OK || (rc = asked_refused(cx)) != SG_OK ||
        (rc = singled_out(cx)) != SG_OK || (rc = partners_named(cx)) != SG_OK ||
        (rc = body_described_leading(cx)) != SG_OK || (rc = role_speakers(cx)) != SG_OK ||
        (rc = board_lists(cx)) != SG_OK || (rc = lead_lines(cx)) != SG_OK ||
        (rc = profile_fields(cx)) != SG_OK || (rc = author_note(cx)) != SG_OK) {
        return rc;
    }
    return stances(cx);
}
