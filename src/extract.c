/* extract.c - one article to a graph fragment: text -> mentions -> entities ->
 * quotations and edges -> nodes, edges and quotes of the fragment. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract_i.h"
#include "sha256.h"

void sg_extract_opts_init(sg_extract_opts_t *o) {
    o->max_bytes = (size_t)64 << 20;
    o->max_mentions = 1000000;
}

const char *sg_extract_doc_id_in(const char *path, size_t *len) {
    const char *base = strrchr(path, '/');
    const char *dot;

    base = base ? base + 1 : path;
    dot = strrchr(base, '.');
    *len = dot && dot != base ? (size_t)(dot - base) : strlen(base);
    return base;
}

char *sg_extract_doc_id(const char *path) {
    size_t len;
    const char *id = sg_extract_doc_id_in(path, &len);

    return sg_strndup(id, len);
}

static const char *const months[] = {"january",   "february", "march",    "april",
                                     "may",       "june",     "july",     "august",
                                     "september", "october",  "november", "december"};

/* The month token t names (1 to 12: "November", "Nov", "Sept"), or 0. */
static int month_at(const sg_textdoc_t *doc, size_t t) {
    size_t l;
    const char *w = t < doc->ntoks ? sg_tok_norm(doc, t, &l) : NULL;

    if (!w || l < 3 || doc->toks[t].kind != SG_TK_WORD) {
        return 0;
    }
    for (int m = 0; m < 12; m++) {
        size_t ml = strlen(months[m]);
        if ((l == ml || l == 3 || (m == 8 && l == 4)) && l <= ml &&
            memcmp(w, months[m], l) == 0) {
            return m + 1;
        }
    }
    return 0;
}

/* Is token t a day of a month: a number of one or two digits? */
static int day_at(const sg_textdoc_t *doc, size_t t) {
    return doc->toks[t].kind == SG_TK_NUM && doc->toks[t].norm_len <= 2;
}

static int two(const char *s) {
    return (s[0] - '0') * 10 + (s[1] - '0');
}

/* "YYYY-MM-DD" from the year's four characters, the month and the day (a printf per
 * article cost more than the rest of finding its date). */
static char *iso_date(const char *y, int m, int d) {
    char out[11];

    memcpy(out, y, 4);
    out[4] = out[7] = '-';
    out[5] = (char)('0' + m / 10);
    out[6] = (char)('0' + m % 10);
    out[8] = (char)('0' + d / 10);
    out[9] = (char)('0' + d % 10);
    out[10] = '\0';
    return sg_strdup(out);
}

/* "30.11.16" or "30/11/2016" alone on the first line, or "2016-11-30" opening it,
 * else the first "22 September 2016" (or "22 Sept 2016", "September 22, 2016") in
 * the opening paragraphs. */
static char *find_date(const sg_textdoc_t *doc) {
    if (doc->nparas) {
        const sg_paragraph_t *p = &doc->paras[0];
        size_t n = p->end - p->start;
        const char *s = doc->text + p->start;
        if ((n == 8 || n == 10) && (s[2] == '.' || s[2] == '/') && s[5] == s[2]) {
            int ok = 1;
            for (size_t i = 0; i < n; i++) {
                ok &= (i == 2 || i == 5) || (s[i] >= '0' && s[i] <= '9');
            }
            int d = two(s), m = two(s + 3);
            if (ok && d >= 1 && d <= 31 && m >= 1 && m <= 12) {
                char y[4] = {'2', '0', s[6], s[7]};
                if (n == 10) {
                    memcpy(y, s + 6, 4);
                }
                return iso_date(y, m, d);
            }
        }
    }
    if (doc->nparas) { /* "2016-11-30" opening the first line */
        const sg_paragraph_t *p = &doc->paras[0];
        const char *s = doc->text + p->start;
        int ok = p->end - p->start >= 10 && s[4] == '-' && s[7] == '-' &&
                 (p->end - p->start == 10 || s[10] == ' ' || s[10] == 'T');
        for (size_t i = 0; ok && i < 10; i++) {
            ok = i == 4 || i == 7 || (s[i] >= '0' && s[i] <= '9');
        }
        int m = ok ? two(s + 5) : 0, d = ok ? two(s + 8) : 0;
        if (ok && m >= 1 && m <= 12 && d >= 1 && d <= 31) {
            return iso_date(s, m, d);
        }
    }
    /* else the first "22 September 2016", "22 Sept 2016" or "September 22, 2016" in
     * the opening paragraphs */
    size_t lim = doc->nparas > 3 ? doc->paras[3].tok_begin : doc->ntoks;
    for (size_t t = 0; t + 2 < lim; t++) {
        size_t l = 0, yl = 0;
        const char *w = sg_tok_norm(doc, t, &l);
        if (doc->toks[t].kind == SG_TK_NUM && l <= 2) {
            int m = month_at(doc, t + 1);
            const char *y = sg_tok_norm(doc, t + 2, &yl);
            int d = atoi(w);
            if (m && doc->toks[t + 2].kind == SG_TK_NUM && yl == 4 && d >= 1 && d <= 31) {
                return iso_date(y, m, d);
            }
        } else if (doc->toks[t].kind == SG_TK_WORD && t + 3 < lim) {
            int m = month_at(doc, t);
            const char *dw = m ? sg_tok_norm(doc, t + 1, &l) : NULL;
            size_t k = t + 2 + sg_tok_is(doc, t + 2, ",");
            const char *y = dw && k < lim ? sg_tok_norm(doc, k, &yl) : NULL;
            int d = dw && doc->toks[t + 1].kind == SG_TK_NUM && l <= 2 ? atoi(dw) : 0;
            if (y && d >= 1 && d <= 31 && doc->toks[k].kind == SG_TK_NUM && yl == 4) {
                return iso_date(y, m, d);
            }
        }
    }
    return NULL;
}

/* The first paragraph that is not a date line and has a few words. */
static char *find_title(const sg_textdoc_t *doc) {
    const sg_paragraph_t *dateline = NULL;

    for (size_t p = 0; p < doc->nparas && p < 6; p++) {
        size_t words = 0;
        int dated = 0; /* (a short line with a date is a dateline: "November 30, 2016
                        * | By a reporter"; the title only when nothing follows) */
        for (size_t t = doc->paras[p].tok_begin; t < doc->paras[p].tok_end; t++) {
            words += doc->toks[t].kind == SG_TK_WORD;
            dated |= t + 1 < doc->paras[p].tok_end && month_at(doc, t) &&
                     (day_at(doc, t + 1) || (t > 0 && day_at(doc, t - 1)));
        }
        if (words >= 3 && dated && words <= 5) {
            dateline = dateline ? dateline : &doc->paras[p];
        } else if (words >= 3) {
            const sg_paragraph_t *pa = &doc->paras[p];
            return sg_strndup(doc->text + pa->start, pa->end - pa->start);
        }
    }
    return dateline
               ? sg_strndup(doc->text + dateline->start, dateline->end - dateline->start)
               : NULL;
}

static sg_err_t emit_nodes(sg_i_ctx_t *cx, sg_graph_t *frag) {
    sg_err_t rc;

    for (size_t i = 0; i < cx->nents; i++) {
        sg_i_entity_t *e = &cx->ents[i];
        size_t idx;
        e->node = -1;
        if (!e->nmentions) {
            continue;
        }
        /* the entity's id is the one sg_graph_add_node would make of its type and
         * name (resolve made it so), and no two entities share one */
        if ((rc = sg_graph_add_node_id(frag, e->id, e->type, e->name, &idx)) != SG_OK) {
            return rc;
        }
        sg_node_t *n = &frag->nodes[idx];
        e->node = (long)idx; /* its mentions' spans go there */
        if ((rc = sg_strv_add_all(&n->aliases, &e->aliases)) != SG_OK ||
            (rc = sg_strv_add_all(&n->titles, &e->titles)) != SG_OK ||
            (rc = sg_strv_add_all(&n->roles, &e->roles)) != SG_OK ||
            (rc = sg_graph_add_node_doc(frag, idx, cx->doc_id)) != SG_OK) {
            return rc;
        }
    }
    for (size_t i = 0; i < cx->nm; i++) {
        const sg_i_mention_t *m = &cx->m[i];
        if (m->entity < 0) {
            continue;
        }
        long n = cx->ents[m->entity].node;
        size_t s = sg_textdoc_orig(cx->doc, cx->doc->toks[m->tb].start);
        size_t e = sg_textdoc_orig(cx->doc, cx->doc->toks[m->te - 1].end);
        if (n >= 0 &&
            (rc = sg_graph_add_span(frag, (size_t)n, cx->doc_id, s, e)) != SG_OK) {
            return rc;
        }
    }
    return SG_OK;
}

/* verbs that name what they quote: "called it “a blueprint for cuts”" */
static const char *const naming_verbs[] = {
    "called", "branded",   "described", "dubbed",     "labelled",
    "calls",  "describes", "calling",   "describing", "branding"};

/* Does a clause of its own start at token k, where the sentence goes on (", and B
 * said", "; B said"), before lim: a joining word, then one named and a reporting
 * verb, the one named the speaker when same is set, another when not? */
static int own_clause_at(const sg_i_ctx_t *cx, size_t k, size_t lim, long speaker,
                         int same) {
    const sg_textdoc_t *doc = cx->doc;
    size_t j = k;

    if (doc->toks[k].kind != SG_TK_PUNCT) {
        return 0; /* (the cheap test first: this asks every token near a quotation) */
    }
    if (sg_tok_is(doc, j, ",") &&
        (sg_tok_is(doc, j + 1, "and") || sg_tok_is(doc, j + 1, "but") ||
         sg_tok_is(doc, j + 1, "while"))) {
        j += 2;
    } else if (sg_tok_is(doc, j, ";")) {
        j += 1;
    } else {
        return 0;
    }
    j += j < lim && sg_tok_is(doc, j, "the");
    long m = j < lim ? sg_i_mention_at(cx, j) : -1;
    if (m < 0 || cx->m[m].tb != j || cx->m[m].entity < 0 ||
        (cx->m[m].entity == speaker) != same) {
        return 0;
    }
    for (size_t r = cx->m[m].te; r < lim && r < cx->m[m].te + 12; r++) {
        if (sg_i_reporting_at(cx, r)) {
            return 1;
        }
        if (doc->toks[r].kind == SG_TK_QUOTE) {
            break;
        }
    }
    return 0;
}

/* A quotes edge to ent from quotation q's speaker, and from each who says it
 * with the speaker (co, nco of them, the speaker first: "A, B and C said in a
 * joint statement"), with the evidence of sentence s. */
static sg_err_t quote_edges(sg_i_ctx_t *cx, const sg_i_quote_t *q, const long *co,
                            size_t nco, long ent, size_t s, sg_text_t text) {
    size_t cb = q->cue_tok != (size_t)-1 ? q->cue_tok : 0;
    size_t ce = q->cue_tok != (size_t)-1 ? q->cue_tok + 1 : 0;
    sg_err_t rc =
        sg_i_add_edge(cx, q->speaker, ent, SG_EDGE_QUOTES, NULL, s, cb, ce, text);

    for (size_t j = 0; j < nco && rc == SG_OK; j++) {
        if (co[j] != q->speaker) {
            rc = sg_i_add_edge(cx, co[j], ent, SG_EDGE_QUOTES, NULL, s, cb, ce, text);
        }
    }
    return rc;
}

/* Tokens [*tb, *te) narrowed to quotation q's clauses: from its speaker's clause
 * before it ("A said ..., and B said: “...”"), up to another's after it ("A said
 * “...”, and B of Y said ..."). */
static void clause_bounds(const sg_i_ctx_t *cx, const sg_i_quote_t *q, size_t *tb,
                          size_t *te) {
    for (size_t k = q->qb; k-- > *tb && k + 64 > q->qb;) {
        if (own_clause_at(cx, k, q->qb, q->speaker, 1)) {
            *tb = k + 1;
            break;
        }
    }
    for (size_t k = q->qe; k < *te && k < q->qe + 64; k++) {
        if (own_clause_at(cx, k, *te, q->speaker, 0)) {
            *te = k;
            break;
        }
    }
}

static sg_err_t emit_quotes(sg_i_ctx_t *cx, sg_graph_t *frag) {
    const sg_textdoc_t *doc = cx->doc;
    sg_err_t rc = SG_OK;

    for (size_t i = 0; i < cx->nq && rc == SG_OK; i++) {
        const sg_i_quote_t *q = &cx->q[i];
        sg_quote_t out;
        sg_refs_t about;
        char *cue, cue_buf[64];
        size_t s = q->start, e = q->end;
        if (q->speaker < 0) {
            continue;
        }
        while (s < e && (doc->text[s] == ' ' || doc->text[s] == '\t')) {
            s++;
        }
        while (e > s && (doc->text[e - 1] == ' ' || doc->text[e - 1] == '\r' ||
                         doc->text[e - 1] == '\t')) {
            e--;
        }
        memset(&out, 0, sizeof(out));
        out.speaker = cx->ents[q->speaker].id;
        out.doc = cx->doc_id;
        out.start = sg_textdoc_orig(doc, s);
        out.end = sg_textdoc_orig(doc, e);
        cue = q->cue_tok != (size_t)-1 ? sg_i_surface_buf(doc, q->cue_tok, q->cue_tok + 1,
                                                          cue_buf, sizeof(cue_buf))
                                       : strcpy(cue_buf, "");
        out.cue = cue;
        sg_refs_init(&about);
        if (!cue || sg_i_add_text(frag, doc->text + s, e - s, &out.text) != SG_OK) {
            rc = SG_ENOMEM;
        }
        /* about: the stakeholders named in the quotation or its sentences (its
         * clauses: not "A said “...”, and B of Y said ...") */
        size_t s0 = doc->toks[q->qb].sent, s1 = doc->toks[q->qe - 1].sent;
        size_t tb = doc->sents[s0].tok_begin, te = doc->sents[s1].tok_end;
        clause_bounds(cx, q, &tb, &te);
        size_t lo = 0, hi = cx->nm; /* mentions are in text order */
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            if (cx->m[mid].tb < tb) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        /* (not those who say it with the speaker: "A, B and C said") */
        long co[8];
        size_t nco = sg_i_co_speakers(cx, q, co, 8);
        for (size_t k = lo; k < cx->nm && cx->m[k].tb < te && rc == SG_OK; k++) {
            const sg_i_mention_t *m = &cx->m[k];
            long ent = sg_i_role_body(cx, (long)k); /* "the plan": its footprint */
            int says = 0;
            for (size_t j = 0; j < nco; j++) {
                says |= co[j] == m->entity;
            }
            /* (nor "An STP" of "An STP spokesman said": the speaker) */
            if (ent >= 0 && ent != q->speaker && m->te <= te && !says &&
                sg_i_footprint_of(cx, (long)k) != q->speaker &&
                !sg_refs_contains(&about, cx->ents[ent].id)) {
                rc = sg_refs_add(&about, cx->ents[ent].id);
                if (rc == SG_OK) {
                    rc = quote_edges(cx, q, co, nco, ent, s0, out.text);
                }
            }
        }
        /* "X called it “a blueprint for cuts”": the plan "it" stands for */
        size_t c = q->cue_tok;
        long plan = c != (size_t)-1 && c + 1 < doc->ntoks &&
                            sg_tok_is(doc, c + 1, "it") && IN_LIST(doc, c, naming_verbs)
                        ? sg_i_plan_before(cx, c + 1, q->speaker)
                        : -1;
        if (rc == SG_OK && plan >= 0 && !sg_refs_contains(&about, cx->ents[plan].id) &&
            (rc = sg_refs_add(&about, cx->ents[plan].id)) == SG_OK) {
            rc = quote_edges(cx, q, co, nco, plan, s0, out.text);
        }
        if (rc == SG_OK) {
            rc = sg_graph_add_quote(frag, &out, about.v, about.n);
        }
        if (cue != cue_buf) {
            free(cue);
        }
        sg_refs_release(&about);
    }
    return rc;
}

static int cmp_mention(const void *a, const void *b) {
    const sg_i_mention_t *x = a, *y = b;
    return x->tb < y->tb ? -1 : x->tb > y->tb;
}

static void ctx_release(sg_i_ctx_t *cx) {
    for (size_t i = 0; i < cx->nm; i++) {
        sg_i_mention_t *m = &cx->m[i];
        free(m->surface); /* and the name */
        free(m->acronym);
        free(m->alias2);
        free(m->title);
        free(m->place);
    }
    for (size_t i = 0; i < cx->nents; i++) {
        sg_i_entity_t *e = &cx->ents[i];
        free(e->id); /* and the name */
        sg_strv_release(&e->aliases);
        sg_strv_release(&e->titles);
        sg_strv_release(&e->roles);
    }
    free(cx->m);
    sg_map_release(&cx->surnames);
    free(cx->ents);
    free(cx->q);
    free(cx->tok_mention);
    free(cx->prev_person); /* and prev_org */
    free(cx->shadowed);
    free(cx->first_mention);
    free(cx->led_plan);
    free(cx->sent_text);
}

sg_err_t sg_extract_article(const sg_lexicon_t *lex, const sg_extract_opts_t *opts,
                            const char *doc_id, const char *path, const char *bytes,
                            size_t len, sg_graph_t *out, sg_error_t *err) {
    sg_extract_opts_t defaults;
    sg_textdoc_t doc;
    sg_graph_t frag;
    sg_i_ctx_t cx;
    sg_document_t d;
    sg_err_t rc;

    if (!opts) {
        sg_extract_opts_init(&defaults);
        opts = &defaults;
    }
    if (opts->max_bytes && len > opts->max_bytes) {
        return sg_error_set(err, SG_ELIMIT, path, 0, 0,
                            "article is %zu bytes, over the limit of %zu (--max-bytes)",
                            len, opts->max_bytes);
    }
    if (len > SG_OFFSET_MAX) {
        return sg_error_set(err, SG_ELIMIT, path, 0, 0,
                            "article is %zu bytes, over the %lu an offset can name", len,
                            (unsigned long)SG_OFFSET_MAX);
    }
    size_t idl = strlen(doc_id), pathl = path ? strlen(path) : 0;
    if (sg_utf8_invalid_at(doc_id, idl) < idl ||
        sg_utf8_invalid_at(path, pathl) < pathl) {
        /* the id and the path go into JSON, which is UTF-8 */
        return sg_error_set(err, SG_EINVAL, path, 0, 0,
                            "the file name is not UTF-8: rename the article");
    }
    if (!sg_utf16_bom(bytes, len) && memchr(bytes, '\0', len)) {
        return sg_error_set(err, SG_EINVAL, path, 0, 0,
                            "binary file (NUL bytes), not an article");
    }
    if ((rc = sg_textdoc_init(&doc, bytes, len, &lex->tab[SG_I_T_ABBREV], err)) !=
        SG_OK) {
        return rc;
    }
    if ((rc = sg_i_tag_tokens(lex, &doc)) != SG_OK) {
        sg_textdoc_release(&doc);
        return sg_error_set(err, rc, path, 0, 0, "out of memory");
    }
    memset(&cx, 0, sizeof(cx));
    memset(&d, 0, sizeof(d));
    sg_graph_init(&frag);
    cx.lex = lex;
    cx.opts = opts;
    cx.doc = &doc;
    cx.doc_id = doc_id;
    cx.out = &frag;
    cx.author = -1;
    cx.interviewee = -1;
    cx.body_end = doc.ntoks;
    cx.tok_mention = malloc((doc.ntoks ? doc.ntoks : 1) * sizeof(*cx.tok_mention));
    cx.sent_text = calloc(doc.nsents ? doc.nsents : 1, sizeof(*cx.sent_text));
    if (!cx.tok_mention || !cx.sent_text) {
        rc = SG_ENOMEM;
        goto done;
    }
    for (size_t i = 0; i < doc.ntoks; i++) {
        cx.tok_mention[i] = -1; /* (no token's mention is known before resolving) */
    }
    if ((rc = sg_i_find_mentions(&cx)) != SG_OK) {
        goto done;
    }
    sg_sort(cx.m, cx.nm, sizeof(*cx.m), cmp_mention); /* every later stage relies on it */
    if ((rc = sg_i_resolve(&cx)) != SG_OK) {
        goto done;
    }
    for (size_t i = 0; i < cx.nm; i++) {
        if (cx.m[i].entity >= 0) {
            for (size_t t = cx.m[i].tb; t < cx.m[i].te; t++) {
                cx.tok_mention[t] = (long)i;
            }
        }
    }
    if ((rc = sg_i_find_quotes(&cx)) != SG_OK ||
        (rc = sg_i_find_relations(&cx)) != SG_OK) {
        goto done;
    }
    sg_i_fold_programme(&cx);
    if ((rc = emit_nodes(&cx, &frag)) != SG_OK ||
        (rc = emit_quotes(&cx, &frag)) != SG_OK) {
        goto done;
    }
    d.id = (char *)doc_id;
    d.path = (char *)path;
    d.title = find_title(&doc);
    d.date = find_date(&doc);
    d.bytes = len;
    sg_sha256_hex(bytes, len, d.sha256);
    if ((rc = sg_graph_add_document(&frag, &d)) != SG_OK) {
        goto done;
    }
    rc = sg_graph_merge_take(out, &frag);
done:
    free(d.title);
    free(d.date);
    ctx_release(&cx);
    sg_graph_release(&frag);
    sg_textdoc_release(&doc);
    if (rc != SG_OK) {
        if (rc == SG_ELIMIT) {
            sg_error_set(err, rc, path, 0, 0, "more than %zu mentions (--max-mentions)",
                         opts->max_mentions);
        } else {
            sg_error_set(err, rc, path, 0, 0, "%s", sg_strerror(rc));
        }
    }
    return rc;
}
