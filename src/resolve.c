/* resolve.c - turn mentions into the article's stakeholders: one entity per real
 * stakeholder, with acronyms, surnames, "the institute" and "their region's STP"
 * pointing at the entity they mean. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract_i.h"

/* Up to this many entities, an article's are scanned for the one a name, a surname
 * or an acronym means (most articles name a dozen); past it they are indexed, so
 * that resolving a long article stays linear in its length. */
#define SCAN_MAX 32

/* The entities indexed once there are more than SCAN_MAX: each map holds the first
 * entity (the lowest index) with its key, the one a scan in order finds. */
typedef struct {
    int built;
    sg_map_t name[SG_NODE_NTYPES]; /* an entity's own name, by type (borrowed) */
    sg_map_t id;                   /* its id (borrowed) */
    sg_map_t last;     /* the last word of a person's name of two words or more */
    sg_map_t alias;    /* an alias of a stakeholder that is not a person */
    sg_map_t initials; /* the initials of a stakeholder that is not a person */
    sg_map_t tails;    /* the last two or more of them ("LMC" of "Kent LMC"'s name) */
} index_t;

static void index_init(index_t *ix) {
    for (size_t t = 0; t < SG_NODE_NTYPES; t++) {
        sg_map_init_borrowed(&ix->name[t]);
    }
    sg_map_init_borrowed(&ix->id);
    sg_map_init_borrowed(&ix->last);
    sg_map_init(&ix->alias);
    sg_map_init(&ix->initials);
    sg_map_init(&ix->tails);
}

static void index_release(index_t *ix) {
    if (!ix->built) {
        return; /* nothing was put */
    }
    for (size_t t = 0; t < SG_NODE_NTYPES; t++) {
        sg_map_release(&ix->name[t]);
    }
    sg_map_release(&ix->id);
    sg_map_release(&ix->last);
    sg_map_release(&ix->alias);
    sg_map_release(&ix->initials);
    sg_map_release(&ix->tails);
}

/* Key -> ent unless a lower entity holds it already. */
static sg_err_t put_lowest(sg_map_t *m, const char *key, long ent) {
    size_t v;
    if (sg_map_get(m, key, &v) && v <= (size_t)ent) {
        return SG_OK;
    }
    return sg_map_put(m, key, (size_t)ent);
}

/* The entity holding key[0..len) in m, or -1. */
static long lookup(const sg_map_t *m, const char *key, size_t len) {
    size_t v;
    return sg_map_getn(m, key, len, &v) ? (long)v : -1;
}

/* The last word of a person's name of two words or more, else NULL. */
static const char *person_last(const sg_i_entity_t *e) {
    const char *sp = e->type == SG_NODE_PERSON ? strrchr(e->name, ' ') : NULL;
    return sp ? sp + 1 : NULL;
}

/* The initials of a name's capitalised words ("Care Association Alliance" ->
 * "CAA"), at most 31, into ini; their number. */
static size_t initials(const char *name, char ini[32]) {
    size_t n = 0;
    const char *p = name;

    while (*p && n < 31) {
        while (*p == ' ') {
            p++;
        }
        if (*p >= 'A' && *p <= 'Z') {
            ini[n++] = *p;
        }
        while (*p && *p != ' ') {
            p++;
        }
    }
    ini[n] = '\0';
    return n;
}

/* The initials of a trust's name without its "NHS" ("HAHT" of "Hale and Ashmoor
 * Hospitals NHS Trust"); 0 when the name has no "NHS" word. */
static size_t initials_but_nhs(const char *name, char ini[32]) {
    const char *nhs = strstr(name, " NHS ");
    char buf[256];

    if (!nhs || strlen(name) >= sizeof(buf)) {
        return 0;
    }
    memcpy(buf, name, (size_t)(nhs - name));
    strcpy(buf + (nhs - name), nhs + 4);
    return initials(buf, ini);
}

/* Of a trust's n initials, how many come before "NHS (Foundation) Trust" ("UHNM"
 * of "University Hospitals of North Midlands NHS Trust"); 0 for another name. */
static size_t trust_initials(const char *name, size_t n) {
    static const char *const tails[] = {" NHS Trust", " NHS Foundation Trust"};
    size_t len = strlen(name);

    for (size_t k = 0; k < 2; k++) {
        size_t tl = strlen(tails[k]);
        if (len > tl && strcmp(name + len - tl, tails[k]) == 0 && n > k + 2) {
            return n - (k + 2);
        }
    }
    return 0;
}

/* Entity ent's keys, and its aliases when it is no person, into the index. */
static sg_err_t index_entity(index_t *ix, const sg_i_entity_t *e, long ent) {
    char ini[32];
    sg_err_t rc;

    if ((rc = put_lowest(&ix->name[e->type], e->name, ent)) != SG_OK ||
        (rc = put_lowest(&ix->id, e->id, ent)) != SG_OK) {
        return rc;
    }
    if (e->type == SG_NODE_PERSON) {
        const char *last = person_last(e);
        return last ? put_lowest(&ix->last, last, ent) : SG_OK;
    }
    for (size_t k = 0; k < e->aliases.n; k++) {
        if ((rc = put_lowest(&ix->alias, e->aliases.v[k], ent)) != SG_OK) {
            return rc;
        }
    }
    size_t n = initials(e->name, ini);
    if (n < 2) {
        return SG_OK;
    }
    rc = put_lowest(&ix->initials, ini, ent);
    for (size_t k = 1; rc == SG_OK && n - k >= 2; k++) {
        rc = put_lowest(&ix->tails, ini + k, ent);
    }
    size_t tn = trust_initials(e->name, n);
    if (rc == SG_OK && tn >= 2) {
        ini[tn] = '\0';
        rc = put_lowest(&ix->initials, ini, ent);
    }
    if (rc == SG_OK && initials_but_nhs(e->name, ini) >= 2) {
        rc = put_lowest(&ix->initials, ini, ent);
    }
    return rc;
}

/* A new entity, the last of cx->ents: indexed when the index is built, and the
 * index built when the entities are too many to scan. */
static sg_err_t entity_added(const sg_i_ctx_t *cx, index_t *ix) {
    sg_err_t rc = SG_OK;

    if (ix->built) {
        return index_entity(ix, &cx->ents[cx->nents - 1], (long)cx->nents - 1);
    }
    if (cx->nents <= SCAN_MAX) {
        return SG_OK;
    }
    index_init(ix);
    ix->built = 1; /* released as built even when building fails */
    for (size_t k = 0; k < cx->nents && rc == SG_OK; k++) {
        rc = index_entity(ix, &cx->ents[k], (long)k);
    }
    return rc;
}

/* The first entity of this type and name, or else of this id (id NULL: not made
 * yet, only the name is asked after), or -1. */
static long find_entity(const sg_i_ctx_t *cx, const index_t *ix, sg_node_type_t type,
                        const char *name, const char *id) {
    if (ix->built) {
        return id ? lookup(&ix->id, id, strlen(id))
                  : lookup(&ix->name[type], name, strlen(name));
    }
    for (size_t i = 0; i < cx->nents; i++) {
        if (id ? strcmp(cx->ents[i].id, id) == 0
               : cx->ents[i].type == type && strcmp(cx->ents[i].name, name) == 0) {
            return (long)i;
        }
    }
    return -1;
}

/* The gender a title says: SG_I_NAME_MALE ("Mr", "Sir", "Lord", "Baron"),
 * SG_I_NAME_FEMALE ("Mrs", "Ms", "Miss", "Dame", "Lady", "Baroness"), else 0. */
static int title_gender(const char *title) {
    static const char *const his[] = {"Mr", "Sir", "Lord", "Baron"};
    static const char *const hers[] = {"Mrs", "Ms", "Miss", "Dame", "Lady", "Baroness"};

    for (size_t k = 0; k < sizeof(his) / sizeof(his[0]); k++) {
        if (strcmp(title, his[k]) == 0) {
            return SG_I_NAME_MALE;
        }
    }
    for (size_t k = 0; k < sizeof(hers) / sizeof(hers[0]); k++) {
        if (strcmp(title, hers[k]) == 0) {
            return SG_I_NAME_FEMALE;
        }
    }
    return 0;
}

/* The first entity that is a person of this last name, or a stakeholder of another
 * kind that has the surface as an alias, or -1. */
static long find_surname(const sg_i_ctx_t *cx, const index_t *ix, const char *last,
                         const char *surface) {
    /* (a body's one-word name is its own: "Reform's head of health" after "the
     * think tank Reform") */
    if (ix->built) {
        long by_last = lookup(&ix->last, last, strlen(last)),
             by_alias = lookup(&ix->alias, surface, strlen(surface)),
             by_name = lookup(&ix->name[SG_NODE_ORGANISATION], surface, strlen(surface));
        by_alias =
            by_name >= 0 && (by_alias < 0 || by_name < by_alias) ? by_name : by_alias;
        return by_alias >= 0 && (by_last < 0 || by_alias < by_last) ? by_alias : by_last;
    }
    for (size_t k = 0; k < cx->nents; k++) {
        const sg_i_entity_t *e = &cx->ents[k];
        const char *own = person_last(e);
        if (e->type == SG_NODE_PERSON ? own && strcmp(own, last) == 0
                                      : sg_strv_contains(&e->aliases, surface) ||
                                            (e->type == SG_NODE_ORGANISATION &&
                                             strcmp(e->name, surface) == 0)) {
            return (long)k;
        }
    }
    return -1;
}

/* Is word the surname of a person named before (an entity so far)? */
static int surname_named(const sg_i_ctx_t *cx, const index_t *ix, const char *word) {
    long e = find_surname(cx, ix, word, word);
    return e >= 0 && cx->ents[e].type == SG_NODE_PERSON;
}

/* The first stakeholder other than a person whose initials are the acronym, a
 * plural's 's' aside ("CAAs"), else the first whose last initials are ("the LMC"
 * after "Kent Local Medical Committee", "the CCG" after "Tarn Clinical
 * Commissioning Group"), or -1. */
static long find_initials(const sg_i_ctx_t *cx, const index_t *ix, const char *acr) {
    size_t len = strlen(acr), n;
    long tail = -1;
    char ini[32];

    if (len > 1 && acr[len - 1] == 's') {
        len--;
    }
    if (ix->built) {
        long full = lookup(&ix->initials, acr, len);
        return full >= 0 ? full : lookup(&ix->tails, acr, len);
    }
    for (size_t k = 0; k < cx->nents; k++) {
        if (cx->ents[k].type == SG_NODE_PERSON ||
            (n = initials(cx->ents[k].name, ini)) < 2) {
            continue;
        }
        if (trust_initials(cx->ents[k].name, n) == len && memcmp(ini, acr, len) == 0) {
            return (long)k; /* "UHNM" */
        }
        char bare[32];
        if (initials_but_nhs(cx->ents[k].name, bare) == len &&
            memcmp(bare, acr, len) == 0) {
            return (long)k; /* "HAHT" */
        }
        if (n < len || memcmp(ini + n - len, acr, len) != 0) {
            continue;
        }
        if (n == len) {
            return (long)k;
        }
        if (tail < 0 && len >= 2) {
            tail = (long)k;
        }
    }
    return tail;
}

/* Does name end with tail? */
static int ends_with(const char *name, size_t n, const char *tail) {
    size_t tl = strlen(tail);
    return n > tl && strcmp(name + n - tl, tail) == 0;
}

/* One name for the forms of a body's name that newspapers mix, so that an
 * article's, and a corpus's, forms make one node (the forms seen stay its
 * aliases): "X Clinical Commissioning Group", "NHS X CCG" and "NHS X Clinical
 * Commissioning Group" are "X CCG" (and so for integrated care boards, "X ICB");
 * "X Foundation Trust" is "X NHS Foundation Trust". name itself, or buf holding
 * the other. */
static const char *canonical_org(const char *name, char *buf, size_t size) {
    /* (each body's long form, then its letters: "X ICB" for "NHS X Integrated Care
     * Board" too) */
    static const char *const forms[][2] = {{" Clinical Commissioning Group", " CCG"},
                                           {" Integrated Care Board", " ICB"}};
    size_t n = strlen(name);

    for (size_t k = 0; k < 2 * sizeof(forms) / sizeof(forms[0]); k++) {
        const char *form = forms[k / 2][k % 2], *letters = forms[k / 2][1];
        if (!ends_with(name, n, form)) {
            continue;
        }
        size_t pl = n - strlen(form);
        const char *place = name;
        if (strncmp(place, "NHS ", 4) == 0 && pl > 4) {
            place += 4;
            pl -= 4;
        }
        if (pl + 5 > size || (place == name && k % 2 == 1)) {
            return name;
        }
        memcpy(buf, place, pl);
        memcpy(buf + pl, letters, 5);
        return buf;
    }
    static const char ft[] = " Foundation Trust", nhs_ft[] = " NHS Foundation Trust";
    if (ends_with(name, n, ft) && !ends_with(name, n, nhs_ft) &&
        strcmp(name, nhs_ft + 1) != 0 && n + 5 < size) {
        memcpy(buf, name, n - (sizeof(ft) - 1));
        memcpy(buf + n - (sizeof(ft) - 1), nhs_ft, sizeof(nhs_ft));
        return buf;
    }
    return name;
}

static sg_err_t entity_for(sg_i_ctx_t *cx, index_t *ix, sg_node_type_t type,
                           const char *name, long *out) {
    char small[256], canon[256], *id;
    size_t nl = strlen(name);
    if (type == SG_NODE_ORGANISATION) {
        name = canonical_org(name, canon, sizeof(canon));
    } else if (type == SG_NODE_STP && nl > 4 && nl < sizeof(canon) &&
               strcasecmp(name + nl - 4, " stp") == 0) {
        memcpy(canon, name, nl - 4); /* "Easton STP" is the footprint "Easton" */
        canon[nl - 4] = '\0';
        name = canon;
    }
    size_t idlen, namelen = strlen(name);
    sg_err_t rc = SG_OK;
    long found;

    /* most names are of an entity the article has already, under the same name: an
     * id is the type and the name's slug, so that entity is this one, found without
     * making the id; a new entity's id and name are allocated in one block */
    if ((found = find_entity(cx, ix, type, name, NULL)) >= 0) {
        *out = found;
        return SG_OK;
    }
    if (!(id = sg_node_id_in(small, sizeof(small), type, name))) {
        return SG_ENOMEM;
    }
    idlen = strlen(id);
    if ((found = find_entity(cx, ix, type, name, id)) >= 0) {
        *out = found;
    } else if (sg_reserve((void **)&cx->ents, &cx->capents, cx->nents + 1,
                          sizeof(*cx->ents), 32) != SG_OK) {
        rc = SG_ENOMEM;
    } else {
        sg_i_entity_t *e = &cx->ents[cx->nents];
        memset(e, 0, sizeof(*e));
        e->type = type;
        if (!(e->id = malloc(idlen + 1 + namelen + 1))) {
            rc = SG_ENOMEM;
        } else {
            memcpy(e->id, id, idlen + 1);
            e->name = memcpy(e->id + idlen + 1, name, namelen + 1);
            /* counted even when indexing fails: the context frees what it holds */
            *out = (long)cx->nents++;
            rc = entity_added(cx, ix);
        }
    }
    if (id != small) {
        free(id);
    }
    return rc;
}

static sg_err_t add_alias(index_t *ix, sg_i_entity_t *e, long ent, const char *alias) {
    sg_err_t rc;

    if (!alias || !*alias || strcmp(alias, e->name) == 0) {
        return SG_OK;
    }
    if ((rc = sg_strv_add_unique(&e->aliases, alias)) != SG_OK) {
        return rc;
    }
    return ix->built && e->type != SG_NODE_PERSON ? put_lowest(&ix->alias, alias, ent)
                                                  : SG_OK;
}

static sg_err_t bind(sg_i_ctx_t *cx, index_t *ix, sg_i_mention_t *m, long ent) {
    sg_i_entity_t *e = &cx->ents[ent];
    sg_err_t rc;

    m->entity = ent;
    e->nmentions++;
    /* words that only point at a stakeholder ("the institute") are not its names */
    int named =
        m->kind == SG_I_M_NAME || m->kind == SG_I_M_ACRONYM || m->kind == SG_I_M_SURNAME;
    /* (nor an area's possessive: "the area's STP" is Lunedale's, no name of it) */
    named = named && !(strncmp(m->surface, "the ", 4) == 0 && strstr(m->surface, "'s "));
    if ((named && (rc = add_alias(ix, e, ent, m->surface)) != SG_OK) ||
        (rc = add_alias(ix, e, ent, m->acronym)) != SG_OK ||
        (rc = add_alias(ix, e, ent, m->alias2)) != SG_OK) {
        return rc;
    }
    if (m->title && (rc = sg_strv_add_unique(&e->titles, m->title)) != SG_OK) {
        return rc;
    }
    return SG_OK;
}

/* Is name a campaign's, by the call it makes ("Save Our Hospitals", "Keep X",
 * "Hands Off X", "Tarn Defend Our NHS") or a word of its kind? */
static int campaign_name(const char *name) {
    static const char *const calls[] = {"Save ",    "Keep ",      "Defend ", "Stop ",
                                        "Protect ", "Hands Off ", "We "};
    for (size_t k = 0; k < sizeof(calls) / sizeof(calls[0]); k++) {
        if (strncmp(name, calls[k], strlen(calls[k])) == 0) {
            return 1;
        }
    }
    /* or by a word that names a group of people acting together ("999 Call for
     * the NHS", "Health Campaigns Together", "Tarn Patients' Alliance") */
    static const char *const groups[] = {" Our ",      " Call for ", "Campaign",
                                         " Coalition", " Alliance",  " Together"};
    for (size_t k = 0; k < sizeof(groups) / sizeof(groups[0]); k++) {
        if (strstr(name, groups[k]) != NULL) {
            return 1;
        }
    }
    return 0;
}

/* prepositions whose object is seldom what a sentence is about (not "of": "chief
 * executive of X") */
static const char *const oblique_preps[] = {"for",  "to",     "in",   "on",  "at",
                                            "with", "across", "into", "over"};

/* Is keyword the head word of name, in any case: its last, or before "of", "for"
 * or, for "hospital" and "service", a trust's "NHS" ("the institute": the Chartered
 * Institute of ...; "the hospital": "Dale Hospital NHS Trust", not "Dunmore Hospital
 * Action Group"; "the service": "X Ambulance Service NHS Trust"; but "the
 * partnership" is no "X Partnership NHS Foundation Trust")? */
static int head_word(const char *name, const char *keyword) {
    size_t kl = strlen(keyword);
    for (const char *p = name; *p; p++) {
        if ((p != name && p[-1] != ' ') || strncasecmp(p, keyword, kl) != 0) {
            continue;
        }
        const char *q = p + kl + (p[kl] == 's'); /* (read once p holds the word) */
        if (*q == '\0' || strncmp(q, " of ", 4) == 0 || strncmp(q, " for ", 5) == 0 ||
            (strncmp(q, " NHS ", 5) == 0 &&
             (strcmp(keyword, "hospital") == 0 || strcmp(keyword, "service") == 0))) {
            return 1;
        }
    }
    return 0;
}

/* Is mention m a party's name, of its words alone ("Labour", "the Liberal
 * Democrats", "the Conservative Party"; not "Green Alliance")? */
static int party_named(const sg_textdoc_t *doc, const sg_i_mention_t *m) {
    size_t e = m->te - (m->te > m->tb + 1 && sg_tok_is(doc, m->te - 1, "party"));
    return sg_i_party_words(doc, m->tb, e);
}

/* Is name a provider's or commissioner's ("... NHS Trust", "... CCG", "...
 * Hospital"), which no regulator is? */
static int provider_name(const char *name) {
    return head_word(name, "trust") || head_word(name, "ccg") ||
           head_word(name, "hospital") || head_word(name, "group") ||
           head_word(name, "infirmary");
}

/* "the board" at mention mi: the body whose board the sentence or the two before
 * name last ("a meeting of the Wexmoor STP board", "Tarn CCG's board"); -1 when
 * none. */
static long board_owner(const sg_i_ctx_t *cx, size_t mi) {
    const sg_textdoc_t *doc = cx->doc;
    size_t s = doc->toks[cx->m[mi].tb].sent;

    for (size_t k = mi; k-- > 0;) {
        const sg_i_mention_t *m = &cx->m[k];
        if (doc->toks[m->tb].sent + 2 < s) {
            break;
        }
        size_t b = m->te + (m->te < doc->ntoks && sg_tok_is(doc, m->te, "'s"));
        /* (a name, not "the STP" nor the programme's: "The STP board must listen")
         */
        if (m->entity >= 0 && m->kind == SG_I_M_NAME && b < doc->ntoks &&
            sg_tok_is(doc, b, "board") && cx->ents[m->entity].type != SG_NODE_PERSON &&
            strcmp(cx->ents[m->entity].name, SG_I_PROGRAMME) != 0) {
            return m->entity;
        }
    }
    return -1;
}

/* Does a name no stakeholder holds, ending in the anaphor's word capitalised, come
 * between mention k and the anaphor's mention mi ("The King's Fund said the Better
 * Care Fund was too small. Councils criticised the fund": the fund last named)? */
static int keyword_named_between(const sg_i_ctx_t *cx, size_t k, size_t mi,
                                 const char *keyword) {
    const sg_textdoc_t *doc = cx->doc;
    size_t j = k + 1;

    if (strchr(keyword, ' ')) {
        return 0;
    }
    for (size_t t = cx->m[k].te; t < cx->m[mi].tb; t++) {
        while (j < mi && cx->m[j].te <= t) {
            j++;
        }
        if (!(j < mi && cx->m[j].tb <= t) && sg_i_is_cap(doc, t) &&
            !(doc->toks[t].flags & SG_TF_ALLCAPS) && sg_i_is_cap(doc, t - 1) &&
            !(doc->toks[t - 1].flags & SG_TF_SENT_START) && sg_tok_is(doc, t, keyword)) {
            return 1;
        }
    }
    return 0;
}

static long last_entity_before(const sg_i_ctx_t *cx, size_t mi, const char *keyword) {
    sg_node_type_t t;
    int by_type = sg_node_type_parse(keyword, &t) == 0;
    /* "the regulator", "the watchdog", "the union": of the bodies named, one that is
     * no trust, CCG or hospital ("the trust was placed in special measures by NHS
     * Improvement. The regulator said"; not "the think tank": the Nuffield Trust) */
    static const char *const no_provider[] = {"regulator", "watchdog", "union"};
    const sg_textdoc_t *doc = cx->doc;
    int overseer = IN_LIST(doc, cx->m[mi].te - 1, no_provider);

    /* "the institute" points at something named recently, not pages back */
    size_t stop = mi > SG_I_ANAPHOR_REACH ? mi - SG_I_ANAPHOR_REACH : 0;
    long found = -1;
    size_t found_sent = 0;
    int found_poss = 0;    /* the mention found is a possessive ("X's") */
    int found_speaks = 0;  /* and a reporting verb's subject ("X has said") */
    int found_oblique = 0; /* or the object of a preposition ("for the NHS") */
    for (size_t k = mi; k-- > stop;) {
        const sg_i_mention_t *m = &cx->m[k];
        size_t sent = cx->doc->toks[m->tb].sent;
        if (found >= 0 && sent != found_sent) {
            break;
        }
        if (m->entity < 0) {
            continue;
        }
        const sg_i_entity_t *e = &cx->ents[m->entity];
        if (by_type) {
            /* "the council" is one council: not local government as a whole, nor
             * a group ("Two Shropshire councils"), "the footprint" one footprint,
             * not the programme; of the latest sentence naming
             * one, the first named, most often its subject ("The Nuffield Trust
             * has called on the government ... the think tank said"), unless only
             * a possessive ("The NHS's gap is wide, a report by the Nuffield
             * Trust has found") */
            size_t nl = strlen(e->name);
            int poss = sg_tok_is(cx->doc, m->te, "'s");
            /* (or the one who speaks in it: "STPs will fail unless the government
             * pays, NHS Providers has warned. ... the organisation said") */
            size_t v = m->te + (sg_tok_is(cx->doc, m->te, "has") ||
                                sg_tok_is(cx->doc, m->te, "have"));
            int speaks = sg_i_reporting_at(cx, v);
            /* (nor one a preposition governs: "the best hope for the NHS, according
             * to a report from X": X, whose report it is) */
            size_t pb = m->tb - (m->tb > 0 && sg_tok_is(cx->doc, m->tb - 1, "the"));
            int oblique = pb > 0 && IN_LIST(cx->doc, pb - 1, oblique_preps);
            if (e->type == t && !(overseer && provider_name(e->name)) &&
                !(t == SG_NODE_COUNCIL &&
                  (strcmp(e->name, SG_I_COLLECTIVE) == 0 ||
                   (nl > 8 && strcmp(e->name + nl - 8, "councils") == 0))) &&
                !(t == SG_NODE_STP && strcmp(e->name, SG_I_PROGRAMME) == 0) &&
                (found < 0 || poss + !speaks + oblique <=
                                  found_poss + !found_speaks + found_oblique)) {
                found = m->entity;
                found_sent = sent;
                found_poss = poss;
                found_speaks = speaks;
                found_oblique = oblique;
            }
            continue;
        }
        if (e->type == SG_NODE_PERSON) {
            continue;
        }
        if ((strcmp(keyword, "campaign") == 0 || strcmp(keyword, "group") == 0) &&
            campaign_name(e->name)) {
            return m->entity; /* "the campaign", "the group": "Save Our Hospital",
                               * "Hands Off HRI" (or a name with "group" in it) */
        }
        if (strcmp(keyword, "ics") == 0 && e->type == SG_NODE_STP &&
            strcmp(e->name, SG_I_PROGRAMME) != 0 &&
            (sg_tok_is(doc, m->te - 1, "ics") || sg_tok_is(doc, m->te - 1, "system"))) {
            return m->entity; /* "the system": "the X ICS", "X Integrated Care
                               * System" */
        }
        if (strcmp(keyword, "party") == 0 && e->type == SG_NODE_ORGANISATION &&
            party_named(cx->doc, m)) {
            return m->entity; /* "the party": "Labour", "the Liberal Democrats" */
        }
        if (head_word(e->name, keyword)) {
            return keyword_named_between(cx, k, mi, keyword) ? -1 : m->entity;
        }
    }
    return found;
}

/* "the Newcastle trust" at mention mi ("the", a place's words, a body's word): the
 * last body named before it, within an anaphor's reach, whose name holds the place's
 * words and the body's word ("Newcastle upon Tyne Hospitals NHS Foundation Trust"),
 * or -1. */
static long placed_body_before(const sg_i_ctx_t *cx, size_t mi) {
    const sg_i_mention_t *a = &cx->m[mi];
    const sg_textdoc_t *doc = cx->doc;
    char place[128], body[32];
    size_t stop = mi > SG_I_ANAPHOR_REACH ? mi - SG_I_ANAPHOR_REACH : 0;

    /* (names too long for the buffers are no place's: the text is left alone) */
    char *pw = sg_i_surface_buf(doc, a->tb + 1, a->te - 1, place, sizeof(place));
    char *bw = sg_i_surface_buf(doc, a->te - 1, a->te, body, sizeof(body));
    if (pw != place || bw != body) {
        free(pw != place ? pw : NULL);
        free(bw != body ? bw : NULL);
        return -1;
    }
    size_t pl = strlen(place), bl = strlen(body);
    for (size_t k = mi; k-- > stop;) {
        const sg_i_mention_t *m = &cx->m[k];
        if (m->entity < 0 || cx->ents[m->entity].type == SG_NODE_PERSON) {
            continue;
        }
        const char *name = cx->ents[m->entity].name, *p = strstr(name, place);
        int has_body = 0;
        for (const char *q = name; *q && !has_body; q++) {
            has_body = (q == name || q[-1] == ' ') && strncasecmp(q, body, bl) == 0 &&
                       (q[bl] == '\0' || q[bl] == ' ');
        }
        if (p && (p == name || p[-1] == ' ') && (p[pl] == '\0' || p[pl] == ' ') &&
            has_body) {
            return m->entity;
        }
    }
    return -1;
}

/* Does one of titles hold the word title ("Sir" of "Professor Sir")? */
static int holds_title(const sg_strv_t *titles, const char *title) {
    size_t n = strlen(title);

    for (size_t i = 0; i < titles->n; i++) {
        for (const char *p = titles->v[i]; (p = strstr(p, title)) != NULL; p += n) {
            if ((p == titles->v[i] || p[-1] == ' ') && (p[n] == '\0' || p[n] == ' ')) {
                return 1;
            }
        }
    }
    return 0;
}

/* How many of an article's first stakeholders "Sir Andrew" looks through. */
#define KNIGHT_SCAN_MAX 256

/* "Sir Andrew said" after "Sir Andrew Morris": a knight or dame is called by the
 * first name; the first person named so before, with the title, or -1. */
static long knight_by_first_name(const sg_i_ctx_t *cx, const sg_i_mention_t *m) {
    size_t n = strlen(m->name);

    if (strcmp(m->title, "Sir") != 0 && strcmp(m->title, "Dame") != 0) {
        return -1;
    }
    for (size_t k = 0; k < cx->nents && k < KNIGHT_SCAN_MAX; k++) {
        const sg_i_entity_t *e = &cx->ents[k];
        if (e->type == SG_NODE_PERSON && strncmp(e->name, m->name, n) == 0 &&
            e->name[n] == ' ' && holds_title(&e->titles, m->title)) {
            return (long)k;
        }
    }
    return -1;
}

/* "Cllr Hale" after "Dr Mark Hale" and "Cllr Simon Hale": of the people of that
 * surname, the first named with the mention's title, or else the first whose given
 * name says the title's gender ("Ms Smith" after "John Smith" and "Mary Smith"); -1
 * when none is (the first of the surname then stands). */
static long surname_with_title(const sg_i_ctx_t *cx, const sg_i_mention_t *m) {
    int gender = title_gender(m->title);
    long by_gender = -1;

    for (size_t k = 0; k < cx->nents && k < KNIGHT_SCAN_MAX; k++) {
        const sg_i_entity_t *e = &cx->ents[k];
        const char *own = e->type == SG_NODE_PERSON ? person_last(e) : NULL;
        if (own && strcmp(own, m->name) == 0 && sg_strv_contains(&e->titles, m->title)) {
            return (long)k;
        }
        if (own && strcmp(own, m->name) == 0 && by_gender < 0 && gender &&
            sg_i_name_gender(cx->lex, e->name) == gender) {
            by_gender = (long)k;
        }
    }
    return by_gender;
}

/* "the CCG" after "Tarn Clinical Commissioning Group": an anaphor in capitals is
 * also the initials, or the last initials, of a body named before; or -1. */
static long anaphor_initials(const sg_i_ctx_t *cx, const index_t *ix,
                             const sg_i_mention_t *m) {
    const sg_token_t *tk = &cx->doc->toks[m->te - 1];
    size_t len = tk->end - tk->start;
    char acr[32];

    if (!(tk->flags & SG_TF_ALLCAPS) || len < 2 || len >= sizeof(acr)) {
        return -1;
    }
    memcpy(acr, cx->doc->text + tk->start, len);
    acr[len] = '\0';
    return find_initials(cx, ix, acr);
}

/* Number of mentions that end at or before token tok (mentions are in text order). */
static size_t mentions_before(const sg_i_ctx_t *cx, size_t tok) {
    size_t lo = 0, hi = cx->nm;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (cx->m[mid].te <= tok) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    return lo;
}

/* The stakeholder whose name starts at token t, or -1 (as far as resolved). */
static long entity_from(const sg_i_ctx_t *cx, size_t t) {
    size_t k = mentions_before(cx, t);
    return k < cx->nm && cx->m[k].tb == t ? cx->m[k].entity : -1;
}

/* The body (not a person, not the programme) named last before token t, among
 * the few mentions before it, or -1. */
static long body_before(const sg_i_ctx_t *cx, size_t t) {
    for (size_t k = mentions_before(cx, t), n = 0; k-- > 0 && n < 16; n++) {
        long e = cx->m[k].entity;
        if (e >= 0 && cx->ents[e].type != SG_NODE_PERSON &&
            strcmp(cx->ents[e].name, SG_I_PROGRAMME) != 0) {
            return e;
        }
    }
    return -1;
}

/* The stakeholder whose name ends right before token t, or -1. */
static long entity_ending(const sg_i_ctx_t *cx, size_t t) {
    size_t k = mentions_before(cx, t);
    return k > 0 && cx->m[k - 1].te == t ? cx->m[k - 1].entity : -1;
}

/* Does a verb follow the document's noun at token t, opening its sentence ("The
 * report (also) criticised", "The review found"), making it the subject that acts? */
static int acts_after(const sg_textdoc_t *doc, size_t t) {
    static const char *const verbs[] = {"found", "says",  "said",  "warns", "urges",
                                        "calls", "finds", "shows", "showed"};
    size_t sb = doc->sents[doc->toks[t].sent].tok_begin;
    if (t != sb &&
        !(t == sb + 1 && (sg_tok_is(doc, sb, "the") || sg_tok_is(doc, sb, "its")))) {
        return 0; /* (the sentence's subject only, not "In a report published today,
                   * the committee said") */
    }
    size_t k = t + 1 + sg_tok_is(doc, t + 1, "also"), len;
    const char *w = k < doc->ntoks && doc->toks[k].kind == SG_TK_WORD &&
                            !(doc->toks[k].flags & (SG_TF_CAP | SG_TF_ALLCAPS))
                        ? sg_tok_norm(doc, k, &len)
                        : NULL;
    return w && (IN_LIST(doc, k, verbs) ||
                 (len > 4 && w[len - 2] == 'e' && w[len - 1] == 'd'));
}

/* The entity that issued the document "the review" at mention mi points to: the
 * one a use of the same noun says ("a review by X", "X's review"; its own, or one
 * of the few before or around the last use that names a stakeholder nearby), else
 * the stakeholder named near that last use; a person who only speaks of it there
 * ("X said the review would ...") when none is near the few uses before ("Y has
 * ordered a review"). */
static long publisher(const sg_i_ctx_t *cx, size_t mi) {
    const sg_textdoc_t *doc = cx->doc;
    const sg_i_mention_t *m = &cx->m[mi];
    size_t nl;
    const char *noun = sg_tok_norm(doc, m->te - 1, &nl);

    /* look back a few pages at most: an article that names no publisher near the
     * noun gives none; past the use that names one nearby, a few more uses for
     * one that says whose it is */
    size_t stop = m->tb > 3000 ? m->tb - 3000 : 0;
    long near = -1;
    long speaker = -1; /* a person near a use, when no body is near one: "X said the
                        * review would report" after "Y has ordered a review" is Y's */
    int more = 0, tried = 0;
    for (size_t t = m->te; t-- > stop;) {
        size_t l;
        const char *w = sg_tok_norm(doc, t, &l);
        if (l != nl || memcmp(w, noun, l) != 0) {
            continue;
        }
        long by = -1;
        if (sg_tok_is(doc, t + 1, "by") || sg_tok_is(doc, t + 1, "from")) {
            /* (past the kind of body: "a report by the think tank Reform") */
            size_t j = sg_tok_is(doc, t + 2, "the") ? t + 3 : t + 2;
            for (size_t k = j; k < j + 3 && k + 1 < doc->ntoks; k++) {
                if (sg_i_org_kind(doc, k) && sg_i_is_cap(doc, k + 1)) {
                    j = k + 1;
                    break;
                }
            }
            by = entity_from(cx, j);
        } else if (t > 1 && sg_tok_is(doc, t - 1, "'s")) {
            by = entity_ending(cx, t - 1);
        } else if (t > 0 &&
                   (sg_tok_is(doc, t - 1, "its") || sg_tok_is(doc, t - 1, "their"))) {
            /* "In its report, the committee said": the subject after the comma,
             * else the body named before */
            size_t c = t + 1;
            while (c < doc->ntoks && c < t + 8 && doc->toks[c].kind == SG_TK_WORD) {
                c++;
            }
            by = sg_tok_is(doc, c, ",")
                     ? entity_from(cx, sg_tok_is(doc, c + 1, "the") ? c + 2 : c + 1)
                     : -1;
            by = by >= 0 && cx->ents[by].type != SG_NODE_PERSON ? by
                                                                : body_before(cx, t - 1);
        }
        if (by < 0) {
            /* "X has rated the Y STP as weak in a new report": the subject of the
             * sentence the report is in */
            static const char *const dets[] = {"a", "an", "its", "their"};
            size_t sb = doc->sents[doc->toks[t].sent].tok_begin, k = t;
            while (k > sb && k + 3 > t && doc->toks[k - 1].kind == SG_TK_WORD &&
                   !(doc->toks[k - 1].flags & (SG_TF_CAP | SG_TF_ALLCAPS)) &&
                   !IN_LIST(doc, k - 1, dets)) {
                k--; /* (past words before the noun: "in a national review") */
            }
            k -= k > sb && IN_LIST(doc, k - 1, dets);
            size_t j = k < t && k > sb + 1 && sg_tok_is(doc, k - 1, "in")
                           ? mentions_before(cx, sb)
                           : cx->nm;
            for (; j < cx->nm && cx->m[j].te < k && by < 0; j++) {
                long f = cx->m[j].tb >= sb ? cx->m[j].entity : -1;
                by = f >= 0 && cx->ents[f].type != SG_NODE_STP ? f : -1;
            }
        }
        if (by >= 0) {
            return by;
        }
        if (near >= 0) {
            if (++more == 3) {
                break;
            }
            continue;
        }
        if (t >= m->tb) {
            continue; /* its own words name no one nearby but itself */
        }
        if (speaker >= 0 && ++tried == 3) {
            break;
        }
        size_t lo = t > 5 ? t - 5 : 0, hi = t + 6 < doc->ntoks ? t + 6 : doc->ntoks;
        long person = -1;
        if (acts_after(doc, t)) {
            hi = t; /* "The report also criticised NHS England": what it acts on is
                     * not its publisher */
        }
        for (size_t k = mentions_before(cx, lo); k < cx->nm && cx->m[k].tb < hi; k++) {
            const sg_i_mention_t *o = &cx->m[k];
            if (o->entity >= 0 && o->kind != SG_I_M_DOCREF && o->te > lo && o->te <= hi &&
                doc->toks[o->tb].sent == doc->toks[t].sent &&
                strcmp(cx->ents[o->entity].name, SG_I_PROGRAMME) != 0) {
                /* (the programme issues nothing: "published guidance urging STP
                 * leaders" is the publisher's) */
                int says = 0; /* (one who speaks of it: "X said the review ...") */
                for (size_t j = o->te;
                     j < t && cx->ents[o->entity].type == SG_NODE_PERSON; j++) {
                    says |= sg_i_reporting_at(cx, j);
                }
                if (says) {
                    person = o->entity;
                    continue;
                }
                near = o->entity;
                if (o->tb > t) {
                    break;
                }
            }
        }
        speaker = speaker < 0 ? person : speaker;
    }
    return near >= 0 ? near : speaker;
}

static long footprint_before(const sg_i_ctx_t *cx, long mi);
static long footprint_first(const sg_i_ctx_t *cx, long mi);

long sg_i_council_of_place(const sg_i_ctx_t *cx, const char *place) {
    long found = -1;

    for (size_t e = 0; e < cx->nents; e++) {
        char own[256];
        const char *p = cx->ents[e].type == SG_NODE_COUNCIL
                            ? sg_i_council_place(cx->ents[e].name, own, sizeof(own))
                            : NULL;
        if (p && strcmp(p, place) == 0) {
            if (found >= 0) {
                return -1; /* "Tarn County Council" and "Tarn City Council" */
            }
            found = (long)e;
        }
    }
    return found;
}

/* Is mention m one of "the plan", "the proposals" and the like, which stand for
 * STPs only where the article speaks of them? */
static int plan_words(const sg_i_ctx_t *cx, const sg_i_mention_t *m) {
    const sg_textdoc_t *doc = cx->doc;
    return m->kind == SG_I_M_REGIONAL &&
           (sg_tok_is(doc, m->te - 1, "plan") || sg_tok_is(doc, m->te - 1, "plans") ||
            sg_tok_is(doc, m->te - 1, "proposals"));
}

/* Does the article name STPs, the programme or a footprint (any of its mentions of
 * one but "the plans" and the like)? */
static int speaks_of_stps(const sg_i_ctx_t *cx) {
    for (size_t k = 0; k < cx->nm; k++) {
        if (cx->m[k].type == SG_NODE_STP && !plan_words(cx, &cx->m[k])) {
            return 1;
        }
    }
    return 0;
}

/* (on_stps: whether the article speaks of STPs, else "the plans" stand for none) */
static sg_err_t regional(sg_i_ctx_t *cx, index_t *ix, size_t mi, int on_stps, long *out) {
    const sg_textdoc_t *doc = cx->doc;
    size_t sent = doc->toks[cx->m[mi].tb].sent, te = cx->m[mi].te;

    /* "the plans for Dorset", "the STP in North West London": the footprint
     * named right after */
    if (mi + 1 < cx->nm && (sg_tok_is(doc, te, "for") || sg_tok_is(doc, te, "in")) &&
        cx->m[mi + 1].tb == te + 1 + (sg_tok_is(doc, te + 1, "the") ? 1 : 0)) {
        long f = cx->m[mi + 1].entity;
        if (f >= 0 && cx->ents[f].type == SG_NODE_STP &&
            strcmp(cx->ents[f].name, SG_I_PROGRAMME) != 0) {
            *out = f;
            return SG_OK;
        }
    }

    /* ("the plan", not "its local STP", "the county's STP") */
    int bare = te == cx->m[mi].tb + 2 && sg_tok_is(doc, cx->m[mi].tb, "the");
    for (size_t k = mi; k-- > 0;) {
        const sg_i_mention_t *o = &cx->m[k];
        if (doc->toks[o->tb].sent != sent) {
            break;
        }
        char own[256];
        const char *place = o->place;
        if (!place && o->entity >= 0 && cx->ents[o->entity].type == SG_NODE_COUNCIL) {
            place = sg_i_council_place(cx->ents[o->entity].name, own, sizeof(own));
        }
        if (!place && !bare && o->entity >= 0 &&
            cx->ents[o->entity].type == SG_NODE_ORGANISATION) {
            /* (or a body's local branch, its place last: "Healthwatch Cornwall said
             * the county's STP") */
            const char *last = strrchr(cx->ents[o->entity].name, ' ');
            place = last ? last + 1 : NULL;
        }
        if (place) {
            const sg_i_gazentry_t *g;
            sg_err_t rc = sg_i_gaz_lookup(cx->lex, place, &g);
            if (rc != SG_OK) {
                return rc;
            }
            /* (a council's place names a plan the article has not named, when it
             * named another: "The Black Country STP ... Birmingham City
             * Council's leader said the plan would fail": the Black Country's) */
            long named = g && g->type == SG_NODE_STP && !o->place && bare &&
                                 find_entity(cx, ix, SG_NODE_STP, g->canonical, NULL) < 0
                             ? footprint_before(cx, (long)mi)
                             : -1;
            if (named >= 0) {
                *out = named;
                return SG_OK;
            }
            if (g && g->type == SG_NODE_STP) {
                return entity_for(cx, ix, SG_NODE_STP, g->canonical, out);
            }
        }
        if (o->entity >= 0 && cx->ents[o->entity].type == SG_NODE_STP &&
            strcmp(cx->ents[o->entity].name, SG_I_PROGRAMME) != 0 &&
            sg_i_footprint_as_place(cx, (long)k) < 2) { /* (not a seat's) */
            *out = o->entity;
            return SG_OK;
        }
    }
    if (!on_stps && plan_words(cx, &cx->m[mi])) {
        *out = -1; /* "campaigners oppose the plans" in a story of no STP */
        return SG_OK;
    }
    return entity_for(cx, ix, SG_NODE_STP, SG_I_PROGRAMME, out);
}

/* Is name mention m a gazetteer's acronym ("RCP" for the Royal College of
 * Physicians): one word in capitals standing for another name? */
static int gaz_acronym(const sg_i_ctx_t *cx, const sg_i_mention_t *m) {
    return m->te == m->tb + 1 && (cx->doc->toks[m->tb].flags & SG_TF_ALLCAPS) &&
           strcmp(m->surface, m->name) != 0;
}

/* Maps the n bytes of key to mention k of a longer name, or to (size_t)-1 when
 * another name already holds the key. */
static sg_err_t longer_put(const sg_i_ctx_t *cx, sg_map_t *longer, const char *key,
                           size_t n, size_t k) {
    size_t v;
    if (!sg_map_getn(longer, key, n, &v)) {
        return sg_map_putn(longer, key, n, k);
    }
    return v != (size_t)-1 && strcmp(cx->m[v].name, cx->m[k].name) != 0
               ? sg_map_putn(longer, key, n, (size_t)-1)
               : SG_OK;
}

/* The opening words of the article's longer organisation names, before an "of" or
 * a "for" ("Royal College" of "Royal College of Nursing"), or a word for a kind of
 * body that opens one ("Healthwatch" of "Healthwatch Norfolk"), into longer: the
 * first mention so named, or (size_t)-1 when two names open so. */
static sg_err_t longer_names(const sg_i_ctx_t *cx, sg_map_t *longer) {
    sg_err_t rc = SG_OK;

    for (size_t k = 0; k < cx->nm && rc == SG_OK; k++) {
        const sg_i_mention_t *m = &cx->m[k];
        if (m->kind != SG_I_M_NAME || m->type != SG_NODE_ORGANISATION) {
            continue;
        }
        size_t ow;
        const char *sp = strchr(m->name, ' ');
        int kind = sp && m->te > m->tb + 1 &&
                   sg_i_tok_in(cx->lex, SG_I_T_ORG_WORDS, cx->doc, m->tb, &ow) &&
                   (ow & SG_I_OW_ANY) &&
                   cx->doc->toks[m->tb].norm_len == (size_t)(sp - m->name);
        for (const char *p = sp; p && rc == SG_OK; p = strchr(p + 1, ' ')) {
            size_t n = (size_t)(p - m->name);
            if (strncmp(p, " of ", 4) != 0 && strncmp(p, " for ", 5) != 0 &&
                !(kind && p == sp)) {
                continue;
            }
            if (!memchr(m->name, ' ', n) && !(kind && p == sp)) {
                continue; /* (two words or more before it) */
            }
            rc = longer_put(cx, longer, m->name, n, k);
        }
        /* (or the kind's word last: "Healthwatch" of "Tarnshire Healthwatch") */
        const char *last = strrchr(m->name, ' ');
        if (rc == SG_OK && last && m->te > m->tb + 1 && !strchr(last, '\'') &&
            sg_i_tok_in(cx->lex, SG_I_T_ORG_WORDS, cx->doc, m->te - 1, &ow) &&
            (ow & SG_I_OW_ANY) && cx->doc->toks[m->te - 1].norm_len == strlen(last + 1)) {
            rc = longer_put(cx, longer, last + 1, strlen(last + 1), k);
        }
    }
    return rc;
}

/* Does an apposition say mention m is a body of its own ("Healthwatch, the
 * national network,"), not one named before whose name opens with it? */
static int apposed_other(const sg_textdoc_t *doc, const sg_i_mention_t *m) {
    return m->te + 1 < doc->ntoks && sg_tok_is(doc, m->te, ",") &&
           (sg_tok_is(doc, m->te + 1, "the") || sg_tok_is(doc, m->te + 1, "a") ||
            sg_tok_is(doc, m->te + 1, "an"));
}

/* "The Royal College said" after "the Royal College of Nursing": name mention mi
 * of an organisation whose name opens (by longer, from longer_names) the one body
 * named before it that goes on with "of" or "for": that body, or -1. */
static long fuller_before(const sg_i_ctx_t *cx, const sg_map_t *longer, size_t mi) {
    const sg_i_mention_t *m = &cx->m[mi];
    size_t k;

    if (!longer->n || m->type != SG_NODE_ORGANISATION ||
        !sg_map_get(longer, m->name, &k) || k == (size_t)-1 || k >= mi) {
        return -1;
    }
    return apposed_other(cx->doc, m) ? -1 : cx->m[k].entity;
}

/* Does the name at s, up to tail, hold only the words a trust's name puts between
 * its place and "NHS Trust" ("University Hospitals", "Teaching Hospitals",
 * "Healthcare")? */
static int trust_middle(const char *s, const char *tail) {
    static const char *const words[] = {
        "Hospital", "Hospitals", "University", "Teaching",    "Healthcare", "Community",
        "Health",   "Care",      "Services",   "Partnership", "and",        "Acute"};
    while (s < tail) {
        size_t n = strcspn(s, " "), k = 0;
        n = s + n > tail ? (size_t)(tail - s) : n;
        while (k < sizeof(words) / sizeof(words[0]) &&
               !(strlen(words[k]) == n && strncmp(words[k], s, n) == 0)) {
            k++;
        }
        if (k == sizeof(words) / sizeof(words[0])) {
            return 0;
        }
        s += n + (s[n] == ' ');
    }
    return 1;
}

/* a trust's tails (the first TRUST_TAILS), then a hospital's, whose name is only
 * ever the whole one without its last word ("Hale General" of "Hale General
 * Hospital") */
static const char *const body_tails[] = {" NHS Foundation Trust", " NHS Trust",
                                         " Hospital", " Infirmary"};
#define TRUST_TAILS 2

/* The body named name and one of the n tails ("Oxleas" and " NHS Foundation
 * Trust"), the first tail first, or -1. */
static long body_with_tail(const sg_i_ctx_t *cx, const index_t *ix, const char *name,
                           const char *const *tails, size_t n) {
    size_t len = strlen(name);
    char full[256];

    for (size_t k = 0; k < n; k++) {
        size_t tl = strlen(tails[k]);
        if (len + tl < sizeof(full)) {
            memcpy(full, name, len);
            memcpy(full + len, tails[k], tl + 1);
            long e = find_entity(cx, ix, SG_NODE_ORGANISATION, full, NULL);
            if (e >= 0) {
                return e;
            }
        }
    }
    return -1;
}

/* "Wexmoor Partnership" after "Wexmoor Partnership NHS Foundation Trust", "Aldwyn
 * Park" after "Aldwyn Park Hospitals NHS Trust", "Hale General" after "Hale General
 * Hospital": the trust (or hospital) named earlier in the article, by its name
 * without "NHS (Foundation) Trust" and the hospital words before it (the one trust
 * so named) or without "Hospital"; -1 when none. */
static long trust_short_form(const sg_i_ctx_t *cx, const index_t *ix,
                             const sg_i_mention_t *m) {
    size_t n = strlen(m->name);
    long found = -1;

    if (m->type != SG_NODE_ORGANISATION) {
        return -1;
    }
    long named = body_with_tail(cx, ix, m->name, body_tails,
                                sizeof(body_tails) / sizeof(body_tails[0]));
    if (named >= 0) {
        return named;
    }
    /* (the bodies named last, within an anaphor's reach: an article run on for
     * megabytes is not read back to its start for every name) */
    size_t lo = cx->nents > SG_I_ANAPHOR_REACH ? cx->nents - SG_I_ANAPHOR_REACH : 0;
    for (size_t e = lo; e < cx->nents; e++) {
        const char *name = cx->ents[e].name;
        if (cx->ents[e].type != SG_NODE_ORGANISATION || strncmp(name, m->name, n) != 0 ||
            name[n] != ' ') {
            continue;
        }
        for (size_t k = 0; k < TRUST_TAILS; k++) {
            const char *tail = strstr(name + n, body_tails[k]);
            if (tail && tail[strlen(body_tails[k])] == '\0' && tail > name + n &&
                trust_middle(name + n + 1, tail)) {
                if (found >= 0 && found != (long)e) {
                    return -1; /* two trusts so named: neither */
                }
                found = (long)e;
            }
        }
    }
    return found;
}

/* "Mind backed Oxleas" after "Oxleas NHS Foundation Trust": a lone word that no
 * person's name holds is the trust named before as that word and "NHS (Foundation)
 * Trust" alone (not a place's: "patients in Airedale"), or -1. */
static long trust_of_word(const sg_i_ctx_t *cx, const index_t *ix,
                          const sg_i_mention_t *m) {
    static const char *const at[] = {"in",   "across",  "around",     "near",
                                     "from", "to",      "throughout", "of",
                                     "at",   "outside", "into",       "for"};
    if (m->te != m->tb + 1 || m->title ||
        (m->tb > 0 && IN_LIST(cx->doc, m->tb - 1, at))) {
        return -1;
    }
    return body_with_tail(cx, ix, m->name, body_tails, TRUST_TAILS);
}

/* "Rethink's director" after "Rethink Mental Illness": the one body named before
 * whose name opens with the word, or -1 (none, or two). */
static long name_opened_by(const sg_i_ctx_t *cx, const char *word) {
    /* (not a place's body, whose first word is the place: "London's mayor" is no
     * London Assembly's, "Tarnbury's unit" no Tarnbury General Hospital's) */
    static const char *const kinds[] = {
        "Assembly",    "General ",   "Hospital",  "University ", "NHS ",     "City ",
        "County ",     "Borough ",   "District ", "CCG",         "Council",  "Health ",
        "Healthcare ", "Community ", "Royal ",    "Teaching ",   "Clinical "};
    size_t n = strlen(word);
    long found = -1;

    for (size_t k = 0; k < cx->nents; k++) {
        const sg_i_entity_t *e = &cx->ents[k];
        if (e->type != SG_NODE_ORGANISATION || strncmp(e->name, word, n) != 0 ||
            e->name[n] != ' ') {
            continue; /* (e->name[n] read once the name holds the word) */
        }
        int kind = 0;
        for (size_t i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++) {
            kind |= strncmp(e->name + n + 1, kinds[i], strlen(kinds[i])) == 0;
        }
        if (!kind) {
            if (found >= 0) {
                return -1;
            }
            found = (long)k;
        }
    }
    return found;
}

/* "Lincolnshire LMC" after "Lincolnshire Local Medical Committee": a body whose
 * name opens with the mention's words but its last, and goes on with words whose
 * initials that last word is; or -1. */
static long initials_form(const sg_i_ctx_t *cx, const sg_i_mention_t *m) {
    const char *sp = strrchr(m->name, ' ');
    if (m->type == SG_NODE_PERSON || !sp) {
        return -1;
    }
    const char *acr = sp + 1;
    size_t al = strlen(acr), hl = (size_t)(sp - m->name);
    if (al < 2 || al > 8) {
        return -1;
    }
    for (size_t i = 0; i < al; i++) {
        if (acr[i] < 'A' || acr[i] > 'Z') {
            return -1;
        }
    }
    for (size_t k = 0; k < cx->nents; k++) {
        const sg_i_entity_t *e = &cx->ents[k];
        char ini[32];
        if (e->type != SG_NODE_PERSON && strncmp(e->name, m->name, hl + 1) == 0 &&
            initials(e->name + hl + 1, ini) == al && memcmp(ini, acr, al) == 0) {
            return (long)k;
        }
    }
    return -1;
}

/* Is "shadow" within a few words of mention m ("Labour's shadow health secretary
 * Jo Vane", "Jo Vane, the shadow minister")? */
static int shadow_near(const sg_i_ctx_t *cx, const sg_i_mention_t *m) {
    const sg_textdoc_t *doc = cx->doc;
    size_t lo = m->tb > 5 ? m->tb - 5 : 0, hi = m->te + 5;

    /* (mentions made without a text, as a test does, have no words near) */
    for (size_t k = lo; doc && k < hi && k < doc->ntoks; k++) {
        if (doc->toks[k].norm_len == 6 && sg_tok_is(doc, k, "shadow")) {
            return 1;
        }
    }
    return 0;
}

/* cx->prev_person and cx->prev_org, from the mentions as resolved, and
 * cx->shadowed. */
static sg_err_t chain_previous(sg_i_ctx_t *cx) {
    long person = -1, org = -1;

    if (!(cx->prev_person = malloc(2 * (cx->nm + 1) * sizeof(*cx->prev_person))) ||
        !(cx->shadowed = calloc(cx->nents ? cx->nents : 1, 1))) {
        return SG_ENOMEM; /* (what was allocated is freed with the context) */
    }
    cx->prev_org = cx->prev_person + cx->nm + 1;
    for (size_t k = 0; k <= cx->nm; k++) {
        cx->prev_person[k] = person;
        cx->prev_org[k] = org;
        /* (not "the letter", whose writer a person may be: no one named there) */
        if (k < cx->nm && cx->m[k].entity >= 0 && cx->m[k].kind != SG_I_M_DOCREF) {
            sg_node_type_t t = cx->ents[cx->m[k].entity].type;
            if (t == SG_NODE_PERSON) {
                cx->shadowed[cx->m[k].entity] |= shadow_near(cx, &cx->m[k]);
                person = (long)k;
            } else if (t == SG_NODE_ORGANISATION || t == SG_NODE_COUNCIL) {
                org = (long)k;
            }
        }
    }
    return SG_OK;
}

/* The place of mention m when it names a council by its place alone, "<place>
 * Council" ("Durham" of "Newcastle, Gateshead and Durham councils", or "Tarn
 * Council" written so), which a fuller name may be ("Durham County Council"), in
 * buf; else NULL. */
static const char *bare_place_council(const sg_i_mention_t *m, char *buf, size_t size) {
    const char *p = sg_i_mention_place(m, buf, size);
    size_t pl = p ? strlen(p) : 0;
    return pl && strncmp(m->name, p, pl) == 0 && strcmp(m->name + pl, " Council") == 0
               ? p
               : NULL;
}

/* The places of the article's council names ("North Tyneside" of "North Tyneside
 * Council"), into places. */
static sg_err_t council_mention_places(const sg_i_ctx_t *cx, sg_map_t *places) {
    for (size_t k = 0; k < cx->nm; k++) {
        char own[256];
        const char *p = sg_i_mention_place(&cx->m[k], own, sizeof(own));
        sg_err_t rc = p ? sg_map_put(places, p, k) : SG_OK;
        if (rc != SG_OK) {
            return rc;
        }
    }
    return SG_OK;
}

/* Is name mention m, a name the gazetteer does not know, a place's possessive whose
 * council the article names (in places: "North Tyneside's director" and "North
 * Tyneside Council"): the council? */
static int council_place_named(const sg_i_ctx_t *cx, const sg_i_mention_t *m,
                               const sg_map_t *places) {
    size_t v;
    return places->n > 0 && m->kind == SG_I_M_NAME &&
           (m->type == SG_NODE_ORGANISATION || m->type == SG_NODE_PERSON) && !m->place &&
           m->te < cx->doc->ntoks && sg_tok_is(cx->doc, m->te, "'s") &&
           sg_map_get(places, m->name, &v);
}

/* "Royal College warns ..." in a headline, then "the Royal College of Physicians":
 * for name mention mi of a short first line (a headline), an organisation's name,
 * the first later mention of an organisation whose name goes on from it (or of two
 * words or more, ends in it: "Greater Huddersfield CCG"); else -1.
 * A name of one word only when the article never names it alone again
 * ("Healthwatch gives cautious welcome", then only "Healthwatch Cornwall"). */
static long headline_fuller(const sg_i_ctx_t *cx, size_t mi) {
    const sg_textdoc_t *doc = cx->doc;
    const sg_i_mention_t *m = &cx->m[mi];

    if (m->kind != SG_I_M_NAME || !doc || !sg_i_headline_end(doc) ||
        m->te > sg_i_headline_end(doc)) {
        return -1;
    }
    /* (or a footprint's place the gazetteer does not know: "Tarnford STP" of the
     * "Tarnford and Hale STP" the article names, not "Devon" of "North Devon") */
    if (m->type != SG_NODE_ORGANISATION && m->type != SG_NODE_COUNCIL &&
        !(m->type == SG_NODE_STP && strcmp(m->name, SG_I_PROGRAMME) != 0 &&
          !sg_lexicon_canonical(cx->lex, m->name))) {
        return -1;
    }
    size_t n = strlen(m->name);
    long found = -1;
    int one_word = !strchr(m->name, ' ');
    size_t opens = 0; /* (nor a word that opens many bodies' names, "NHS": a body
                       * of its own, not the fuller one named next) */
    for (size_t g = 0; one_word && g < cx->lex->ngaz && opens < 3; g++) {
        const char *c = cx->lex->gazetteer[g].canonical;
        opens += strncmp(c, m->name, n) == 0 && c[n] == ' ';
    }
    if (opens >= 3) {
        return -1;
    }
    for (size_t k = mi + 1; k < cx->nm; k++) {
        const sg_i_mention_t *o = &cx->m[k];
        if (o->kind != SG_I_M_NAME || o->type != m->type) {
            continue;
        }
        size_t on = strlen(o->name);
        if (!one_word && found < 0 && on > n + 1 && o->name[on - n - 1] == ' ' &&
            strcmp(o->name + on - n, m->name) == 0 && !campaign_name(o->name)) {
            found = (long)k; /* "Huddersfield CCG" of "Greater Huddersfield CCG" (not
                              * "Dale Hospital" of "Save Dale Hospital": what the
                              * campaign would save) */
            break;
        }
        if (strncmp(o->name, m->name, n) != 0) {
            continue;
        }
        if (o->name[n] == '\0' && one_word) {
            if (found < 0 || apposed_other(doc, o)) {
                return -1; /* named alone again: the one it is */
            }
            break; /* (after the fuller name, its short form) */
        }
        if (o->name[n] == ' ' && found < 0) {
            found = (long)k;
            if (!one_word) {
                break;
            }
        }
    }
    return found;
}

/* The article's councils by the place of a fuller name than "<place> Council"
 * ("Durham" of "Durham County Council"), into places: the entity, or (size_t)-1
 * when two have the same place. */
static sg_err_t councils_by_place(const sg_i_ctx_t *cx, sg_map_t *places) {
    for (size_t e = 0; e < cx->nents; e++) {
        char own[256];
        size_t v;
        const char *p = cx->ents[e].type == SG_NODE_COUNCIL
                            ? sg_i_council_place(cx->ents[e].name, own, sizeof(own))
                            : NULL;
        if (!p || strlen(cx->ents[e].name) <= strlen(p) + strlen(" Council")) {
            continue;
        }
        sg_err_t rc = sg_map_put(places, p, sg_map_get(places, p, &v) ? (size_t)-1 : e);
        if (rc != SG_OK) {
            return rc;
        }
    }
    return SG_OK;
}

/* "NED CCG, formally Northern, Eastern and Western Devon CCG", "X (formerly Y)",
 * "X, also known as Y": the body mention mi names again, its other name; its
 * entity, else -1. */
static long plans_footprint(const sg_i_ctx_t *cx, long mi);

static long other_name_of(const sg_i_ctx_t *cx, size_t mi) {
    int known; /* "known as", "called": a footprint's own name for its plan too */
    size_t k = mi ? sg_i_other_name_opening(cx->doc, cx->m[mi].tb, &known) : 0;

    if (!k) {
        return -1;
    }
    sg_node_type_t t = cx->m[mi].type;
    /* ("the plan, known as Future Fit": the footprint's plan spoken of) */
    const sg_textdoc_t *doc = cx->doc;
    static const char *const plans[] = {"plan", "plans", "proposals", "programme"};
    if (known && t != SG_NODE_PERSON && k >= 2 && IN_LIST(doc, k - 1, plans) &&
        sg_tok_is(doc, k - 2, "the")) {
        long f = plans_footprint(cx, (long)mi);
        return f >= 0 ? f : -1;
    }
    const sg_i_mention_t *p = &cx->m[mi - 1];
    /* ("the Cornwall STP, known as Shaping Our Future": the footprint's, whatever
     * its words looked like: "known as Healthier Tarnshire" is no person) */
    return p->te == k && p->entity >= 0 && p->type != SG_NODE_PERSON &&
                   ((t != SG_NODE_PERSON &&
                     (p->type == SG_NODE_STP) == (t == SG_NODE_STP)) ||
                    (known && p->type == SG_NODE_STP && t != SG_NODE_COUNCIL))
               ? p->entity
               : -1;
}

/* The footprint an earlier mention of the same name as name mention mi was made
 * ("the Cornwall STP, known as Shaping Our Future ... Shaping Our Future will"),
 * else -1. */
static long footprint_named_so(const sg_i_ctx_t *cx, size_t mi) {
    for (size_t k = mi; k-- > 0;) {
        const sg_i_mention_t *o = &cx->m[k];
        if (o->kind == SG_I_M_NAME && o->entity >= 0 &&
            cx->ents[o->entity].type == SG_NODE_STP &&
            strcmp(o->name, cx->m[mi].name) == 0) {
            return o->entity;
        }
    }
    return -1;
}

/* "Councillors (in North Lincolnshire) have voted to reject X" at mention mi: the
 * council of the place after "in", of those the article names; without one, the
 * council named last before, or else first in the two sentences after ("... The
 * vote at North Lincolnshire Council came after"); or -1. */
static long councillors_council(const sg_i_ctx_t *cx, size_t mi) {
    const sg_i_mention_t *m = &cx->m[mi];
    const sg_textdoc_t *doc = cx->doc;
    if (m->te - m->tb >= 3) { /* "Councillors in X": the one council of X */
        size_t pb = doc->toks[m->tb + 2].start, pe = doc->toks[m->te - 1].end;
        long found = -1;
        for (size_t e = 0; e < cx->nents; e++) {
            const char *name = cx->ents[e].name;
            if (cx->ents[e].type == SG_NODE_COUNCIL && strlen(name) > pe - pb &&
                strncmp(name, doc->text + pb, pe - pb) == 0 && name[pe - pb] == ' ') {
                if (found >= 0) {
                    return -1;
                }
                found = (long)e;
            }
        }
        return found;
    }
    long ent = last_entity_before(cx, mi, "council");
    size_t s = doc->toks[m->tb].sent;
    for (size_t k = mi + 1; ent < 0 && k < cx->nm && doc->toks[cx->m[k].tb].sent <= s + 2;
         k++) {
        long e = cx->m[k].entity;
        ent = e >= 0 && cx->ents[e].type == SG_NODE_COUNCIL &&
                      strcmp(cx->ents[e].name, SG_I_COLLECTIVE) != 0
                  ? e
                  : -1;
    }
    return ent;
}

static void drop_document_plans(sg_i_ctx_t *cx);

sg_err_t sg_i_resolve(sg_i_ctx_t *cx) {
    index_t ix;
    sg_map_t acr;     /* acronyms defined in brackets: the last entity to define each */
    sg_map_t cplaces; /* the places of the article's council names */
    sg_err_t rc = SG_OK;
    long ent;

    sg_map_t longer; /* the openings of longer organisation names */
    int crossed = 0; /* a footprint given another name ("known as") */
    ix.built = 0;
    sg_map_init(&acr);
    sg_map_init(&cplaces);
    sg_map_init(&longer);
    rc = council_mention_places(cx, &cplaces);
    rc = rc == SG_OK ? longer_names(cx, &longer) : rc;
    /* pass 1: names */
    for (size_t i = 0; i < cx->nm && rc == SG_OK; i++) {
        sg_i_mention_t *m = &cx->m[i];
        if (m->kind != SG_I_M_NAME) {
            continue;
        }
        if (m->type == SG_NODE_PERSON &&
            (!strchr(m->name, ' ') || (m->name[0] >= 'a' && m->name[0] <= 'z'))) {
            /* "Mr Lloyd", "Mr von der Heyde" (a particle opens no given name):
             * resolved with surnames */
            m->kind = SG_I_M_SURNAME;
            continue;
        }
        if (m->type != SG_NODE_PERSON && m->te == m->tb + 1 && !m->title &&
            sg_i_reporting_at(cx, m->te) && surname_named(cx, &ix, m->surface)) {
            /* "Kent said" after "Dr Mary Kent": her surname, not the place */
            m->type = SG_NODE_PERSON;
            m->kind = SG_I_M_SURNAME;
            m->name = m->surface; /* (both in one allocation, freed once) */
            continue;
        }
        char place[256];
        if (gaz_acronym(cx, m) || bare_place_council(m, place, sizeof(place)) ||
            council_place_named(cx, m, &cplaces) || headline_fuller(cx, i) >= 0) {
            continue; /* after the article's own acronyms or full names, in pass 2 */
        }
        /* "the law firm Leigh Day ... a solicitor at Leigh Day": a name the article
         * has made a body's stays one, not a person's too */
        ent = m->type == SG_NODE_PERSON
                  ? find_entity(cx, &ix, SG_NODE_ORGANISATION, m->name, NULL)
                  : -1;
        if (ent < 0 && crossed && m->type != SG_NODE_STP) {
            ent = footprint_named_so(cx, i); /* "Shaping Our Future" again */
        }
        if (ent < 0 && (ent = other_name_of(cx, i)) >= 0) {
            crossed |= cx->ents[ent].type == SG_NODE_STP;
        }
        if (ent < 0 && m->type != SG_NODE_PERSON && m->te > m->tb &&
            sg_i_plan_named_after(cx->doc, m->te) &&
            (ent = footprint_before(cx, (long)i)) >= 0) {
            crossed = 1; /* "Better Care Together, as the STP is known," */
        }
        for (size_t k = i + 1;
             ent < 0 && m->type != SG_NODE_PERSON && m->te > m->tb && k < cx->nm &&
             k < i + 4 && sg_i_name_given_after(cx->doc, m->te);
             k++) {
            /* "Healthier Together is the name given to the STP for Bristol, North
             * Somerset and ...": the footprint named next (by its name: its own
             * mention is read later) */
            const sg_i_mention_t *f = &cx->m[k];
            if (f->type == SG_NODE_STP && f->name &&
                strcmp(f->name, SG_I_PROGRAMME) != 0 &&
                (rc = entity_for(cx, &ix, SG_NODE_STP, f->name, &ent)) == SG_OK) {
                crossed = 1;
            }
        }
        if (rc != SG_OK) {
            break;
        }
        long fuller = -1;
        if (ent < 0 && (ent = trust_short_form(cx, &ix, m)) < 0 &&
            (ent = fuller = fuller_before(cx, &longer, i)) < 0 &&
            (ent = initials_form(cx, m)) < 0 &&
            (rc = entity_for(cx, &ix, m->type, m->name, &ent)) != SG_OK) {
            break;
        }
        if (fuller >= 0 && !strchr(m->name, ' ')) {
            m->entity = ent; /* "Healthwatch" for "Healthwatch Norfolk": no name of
                              * it, which the national network still is */
            cx->ents[ent].nmentions++;
            continue;
        }
        if ((rc = bind(cx, &ix, m, ent)) != SG_OK) {
            break;
        }
        if (m->acronym) {
            rc = sg_map_put(&acr, m->acronym, (size_t)ent);
        }
    }
    /* pass 2: words that point at a name */
    sg_map_t places; /* the councils of fuller names, by place, once one is needed */
    int by_place = 0;
    int on_stps = -1; /* whether the article speaks of STPs, once asked */
    sg_map_init(&places);
    for (size_t i = 0; i < cx->nm && rc == SG_OK; i++) {
        sg_i_mention_t *m = &cx->m[i];
        size_t v;
        char buf[256];
        const char *place;
        ent = -1;
        switch (m->kind) {
        case SG_I_M_NAME:
            if ((place = bare_place_council(m, buf, sizeof(buf))) != NULL) {
                if (!by_place && (rc = councils_by_place(cx, &places)) != SG_OK) {
                    break;
                }
                by_place = 1;
                ent = sg_map_get(&places, place, &v) ? (long)v : -1;
                long hf = ent < 0 ? headline_fuller(cx, i) : -1; /* ("County council
                                                                  * backs STP") */
                ent = hf >= 0 ? cx->m[hf].entity : ent;
                /* (an area's word no fuller name explains names no council) */
                if (ent < 0 && !(m->te == m->tb + 2 && sg_i_area_word(cx->doc, m->tb))) {
                    rc = entity_for(cx, &ix, m->type, m->name, &ent);
                }
                break;
            }
            long full = headline_fuller(cx, i);
            if (full >= 0) {
                ent = cx->m[full].entity; /* (named in pass 1) */
                if (ent < 0) {
                    rc = entity_for(cx, &ix, m->type, m->name, &ent);
                }
                break;
            }
            if (council_place_named(cx, m, &cplaces)) {
                ent = sg_i_council_of_place(cx, m->name); /* (once they are made) */
                if (ent < 0) {
                    rc = entity_for(cx, &ix, m->type, m->name, &ent);
                }
                break;
            }
            if (!gaz_acronym(cx, m)) {
                continue;
            }
            /* "Rosberford Community Partnership (RCP) ... The RCP": the article's
             * meaning of the letters before the gazetteer's */
            if (sg_map_get(&acr, m->surface, &v)) {
                ent = (long)v;
            } else {
                rc = entity_for(cx, &ix, m->type, m->name, &ent);
            }
            break;
        case SG_I_M_ACRONYM:
            ent = sg_map_get(&acr, m->surface, &v) ? (long)v
                                                   : find_initials(cx, &ix, m->surface);
            break;
        case SG_I_M_SURNAME: {
            const char *last = strrchr(m->name, ' '); /* ("von der Heyde": Heyde) */
            ent = find_surname(cx, &ix, last ? last + 1 : m->name, m->surface);
            if (ent >= 0 && m->title &&
                !sg_strv_contains(&cx->ents[ent].titles, m->title)) {
                long t = surname_with_title(cx, m);
                /* (a peer's title names no one named with another title: "Lord
                 * Porter" is not "Dr Mark Porter"; but "Lord Lansley" may be
                 * "Andrew Lansley") */
                static const char *const peers[] = {"Lord",     "Baroness", "Lady",
                                                    "Viscount", "Earl",     "Countess"};
                int peer = 0;
                for (size_t k = 0; k < sizeof(peers) / sizeof(peers[0]); k++) {
                    peer |= strcmp(m->title, peers[k]) == 0;
                }
                ent = t >= 0 ? t : ent;
                if (peer && cx->ents[ent].titles.n > 0 &&
                    !sg_strv_contains(&cx->ents[ent].titles, m->title)) {
                    ent = -1;
                }
            }
            if (ent < 0 && m->title) {
                ent = knight_by_first_name(cx, m); /* "Sir Andrew said" */
            }
            /* "Lord Porter" with no fuller name in the article: the titled name
             * (without a peer's seat: "Lord Prior of Brampton" is Lord Prior) */
            if (ent < 0 && m->title) {
                char titled[256];
                int n = snprintf(titled, sizeof(titled), "%s %s", m->title, m->name);
                rc = entity_for(cx, &ix, SG_NODE_PERSON,
                                n > 0 && (size_t)n < sizeof(titled) ? titled : m->surface,
                                &ent);
            }
            if (ent < 0 && sg_tok_is(cx->doc, m->te, "'s")) {
                ent = name_opened_by(cx, m->surface); /* "Rethink's director" */
            }
            if (ent < 0) {
                ent = trust_of_word(cx, &ix, m);
            }
            break;
        }
        case SG_I_M_ANAPHOR:
            if (m->te - m->tb > 2 && (cx->doc->toks[m->tb + 1].flags & SG_TF_CAP)) {
                ent = placed_body_before(cx, i); /* "the Newcastle trust" (not "the
                                                  * think tank") */
                break;
            }
            if (strcmp(m->name, SG_I_COUNCILLORS) == 0) {
                ent = councillors_council(cx, i);
                break;
            }
            ent = last_entity_before(cx, i, m->name);
            if (ent < 0 && strcmp(m->name, "board") == 0) {
                ent = board_owner(cx, i); /* "The Wexmoor STP board met. The board's
                                           * chair" */
            }
            if (ent < 0) {
                ent = anaphor_initials(cx, &ix, m); /* "the CCG" */
            }
            int programme = strcmp(m->name, "programme") == 0;
            if (ent < 0 && (programme || strcmp(m->name, "partnership") == 0)) {
                /* "the partnership" before the body so named is that body; else
                 * ("The Dorset STP was published. The partnership's chair, X") the
                 * footprint: an STP is a partnership too (and a programme: "The
                 * programme is led by X") */
                for (size_t e = 0; e < cx->nents && ent < 0; e++) {
                    ent = cx->ents[e].type == SG_NODE_ORGANISATION &&
                                  head_word(cx->ents[e].name, m->name)
                              ? (long)e
                              : -1;
                }
                ent = ent >= 0 ? ent : footprint_first(cx, (long)i);
            }
            break;
        case SG_I_M_REGIONAL:
            on_stps = on_stps < 0 ? speaks_of_stps(cx) : on_stps;
            rc = regional(cx, &ix, i, on_stps, &ent);
            break;
        case SG_I_M_DOCREF:
            ent = publisher(cx, i);
            break;
        }
        if (rc == SG_OK && ent >= 0) {
            rc = bind(cx, &ix, m, ent);
        }
    }
    /* (a council named after its councillors, by a name resolved late: "The vote
     * at North Lincolnshire Council") */
    for (size_t i = 0; i < cx->nm && rc == SG_OK; i++) {
        sg_i_mention_t *m = &cx->m[i];
        if (m->kind == SG_I_M_ANAPHOR && m->entity < 0 &&
            strcmp(m->name, SG_I_COUNCILLORS) == 0 &&
            (ent = councillors_council(cx, i)) >= 0) {
            rc = bind(cx, &ix, m, ent);
        }
    }
    index_release(&ix);
    sg_map_release(&acr);
    sg_map_release(&cplaces);
    sg_map_release(&longer);
    sg_map_release(&places);
    if (rc == SG_OK) {
        drop_document_plans(cx);
    }
    return rc == SG_OK ? chain_previous(cx) : rc;
}

/* How far back, in mentions, "the STP" looks for the footprint it means. */
#define STP_REACH 200

/* The stakeholder of mention mi as a role's, a stance's or a quotation's target:
 * "(the) STP" or "the plan" (singular) that resolved to the programme means the
 * footprint the article named last ("Julia Ross, the STP's senior responsible
 * officer", "X CCG, which leads the STP", "Tarn Council backed the plan", "the
 * STP's chair, X, said: ..."); "the plans" or "the proposals" the one footprint
 * named before them, but the programme when two are ("the plans" of a story of
 * several) or when STPs in general were spoken of before them ("Several draft
 * STPs were published ... the plans"); "every STP", "an STP" the programme; any
 * other mention its own. Declared in extract_i.h. */
/* Is mention m "(the) STP" or "the plan", one plan (or "the ICS", "the
 * integrated care system" it becomes); or a place's ("the area's sustainability
 * and transformation plan", "the county's STP")? */
/* Is m a plan an area's possessive names ("the county's STP", "the area's
 * sustainability and transformation plan")? */
static int area_owned(const sg_textdoc_t *doc, const sg_i_mention_t *m) {
    return m->tb >= 3 && sg_tok_is(doc, m->tb - 1, "'s") &&
           sg_i_area_word(doc, m->tb - 2) && sg_tok_is(doc, m->tb - 3, "the") &&
           (sg_tok_is(doc, m->te - 1, "plan") || sg_tok_is(doc, m->te - 1, "stp") ||
            sg_tok_is(doc, m->te - 1, "partnership"));
}

/* Is mention mi, or one of the programme not far before it, an area's plan (the story of
 * one area's plan, named later: "the area's STP ... “This plan was drawn up
 * behind closed doors” ... The Wexford STP proposes ...")? */
static int area_owned_before(const sg_i_ctx_t *cx, long mi) {
    for (long k = mi; k >= 0 && mi - k < STP_REACH; k--) {
        long e = cx->m[k].entity;
        if (e >= 0 && strcmp(cx->ents[e].name, SG_I_PROGRAMME) == 0 &&
            area_owned(cx->doc, &cx->m[k])) {
            return 1;
        }
    }
    return 0;
}

static int stp_single(const sg_i_ctx_t *cx, const sg_i_mention_t *m) {
    static const char *const many[] = {"leaders",    "bosses", "chiefs", "areas",
                                       "footprints", "leads",  "chairs"};
    const sg_textdoc_t *doc = cx->doc;
    if (m->te < doc->ntoks && IN_LIST(doc, m->te, many) &&
        doc->sents[doc->toks[m->tb].sent].para > doc->headline) {
        return 0; /* "the STP leaders' call": the leaders of many plans (not a
                   * headline's: "STP leaders admit ...", the story's plan's) */
    }
    /* (or "our local STP", "the local STP": not "their local STP", any of many) */
    int local = m->te == m->tb + 3 && sg_tok_is(doc, m->tb + 1, "local") &&
                !sg_tok_is(doc, m->tb, "their");
    return ((m->te <= m->tb + 2 || local) &&
            (sg_tok_is(doc, m->te - 1, "stp") || sg_tok_is(doc, m->te - 1, "ics"))) ||
           (m->kind == SG_I_M_REGIONAL &&
            (sg_tok_is(doc, m->te - 1, "plan") || sg_tok_is(doc, m->te - 1, "ics") ||
             sg_tok_is(doc, m->te - 1, "partnership") ||
             sg_tok_is(doc, m->te - 1, "acs") || sg_tok_is(doc, m->te - 1, "system"))) ||
           area_owned(doc, m) ||
           /* ("the local sustainability and transformation plan", "its
            * sustainability and transformation plan": one's) */
           (m->tb >= 2 &&
            ((sg_tok_is(doc, m->tb - 1, "local") &&
              !sg_tok_is(doc, m->tb - 2, "their")) ||
             sg_tok_is(doc, m->tb - 1, "its") || sg_tok_is(doc, m->tb - 1, "our")) &&
            (sg_tok_is(doc, m->te - 1, "plan") ||
             sg_tok_is(doc, m->te - 1, "partnership")));
}

/* words before a footprint that is not the one spoken of ("the first area outside
 * Greater Manchester to ...") */
static const char *const contrasts[] = {"outside", "unlike", "than", "beyond", "besides"};

/* How many sentences after a plan spoken of before its footprint is named ("our
 * local STP", "the county's STP") the name may come: the same story's. */
#define STP_AHEAD 10

int sg_i_footprint_as_place(const sg_i_ctx_t *cx, long k) {
    static const char *const preps[] = {"in",   "across", "around",    "near",
                                        "from", "for",    "throughout"};
    static const char *const plan_words[] = {"stp", "plan", "partnership", "ics", "'s"};
    const sg_textdoc_t *doc = cx->doc;
    size_t b = cx->m[k].tb, e = cx->m[k].te, p = b;
    if (cx->m[k].kind != SG_I_M_NAME || b == 0 || IN_LIST(doc, e - 1, plan_words) ||
        (e < doc->ntoks && IN_LIST(doc, e, plan_words))) {
        return 0; /* (the cheap tests first: every footprint's mention comes here) */
    }
    if (IN_LIST(doc, b - 1, preps)) {
        return 1;
    }
    /* (past the seat's other places, words in capitals and "and": "(Dunmore and
     * Dorset, Labour)"; read by the words alone, as mentions may not be resolved
     * yet) */
    while (p > 0 && p + 4 > b && doc->toks[p - 1].kind == SG_TK_WORD &&
           (sg_tok_is(doc, p - 1, "and") || sg_i_is_cap(doc, p - 1))) {
        p--;
    }
    /* (a seat's: more words than the footprint's inside, or a party's after; not
     * "X (Somerset)" alone, which may be the footprint X leads) */
    int more =
        p < b || (e < doc->ntoks && !sg_tok_is(doc, e, ")")) ||
        (e + 2 < doc->ntoks && sg_tok_is(doc, e + 1, "(") && sg_i_party_word(doc, e + 2));
    return p > 0 && sg_tok_is(doc, p - 1, "(") && more ? 2 : 0;
}

/* footprint_near's walk: past footprints named as places too when plans */
static long footprint_nearest(const sg_i_ctx_t *cx, long mi, long step, int plans) {
    size_t s = cx->doc->toks[cx->m[mi].tb].sent;
    for (long k = mi + step; k >= 0 && (size_t)k < cx->nm && labs(k - mi) < STP_REACH;
         k += step) {
        if (sg_i_footprint_as_place(cx, k) > !plans) {
            continue;
        }
        if (step > 0 && cx->doc->toks[cx->m[k].tb].sent > s + STP_AHEAD) {
            break;
        }
        long f = cx->m[k].entity;
        size_t b = cx->m[k].tb;
        b -= b > 0 && sg_tok_is(cx->doc, b - 1, "the");
        /* (not "outside Greater Manchester"; but "outside the X STP's board
         * meeting" is a place of its own) */
        size_t e = cx->m[k].te;
        if (f >= 0 && cx->ents[f].type == SG_NODE_STP &&
            strcmp(cx->ents[f].name, SG_I_PROGRAMME) != 0 &&
            !(b > 0 && IN_LIST(cx->doc, b - 1, contrasts) &&
              !(e < cx->doc->ntoks && sg_tok_is(cx->doc, e, "'s")))) {
            return f;
        }
    }
    return -1;
}

/* The footprint named nearest mention mi (within STP_REACH mentions), before it when
 * step is -1, after it when 1 (within STP_AHEAD sentences), past one named only to
 * contrast, and before it past one named as a place when another is named as a plan
 * ("Who is who in the Somerset STP ... a GP in Dorset ... backed the plan"); or
 * -1. */
static long footprint_near(const sg_i_ctx_t *cx, long mi, long step) {
    long f = footprint_nearest(cx, mi, step, step < 0);
    return f >= 0 ? f : step < 0 ? footprint_nearest(cx, mi, step, 0) : -1;
}

static long footprint_before(const sg_i_ctx_t *cx, long mi) {
    return footprint_near(cx, mi, -1);
}

/* Is mention m "the plan" after a document named with "Plan" in capitals ("The
 * NHS Long Term Plan, published in January, ..."), in the ten sentences before it
 * (no stakeholder's name)? */
static int document_plan_before(const sg_i_ctx_t *cx, const sg_i_mention_t *m) {
    const sg_textdoc_t *doc = cx->doc;
    size_t s = doc->toks[m->tb].sent, lo = doc->sents[s > 10 ? s - 10 : 0].tok_begin;
    if (m->te != m->tb + 2 || !sg_tok_is(doc, m->tb, "the") ||
        !sg_tok_is(doc, m->te - 1, "plan")) {
        return 0;
    }
    for (size_t k = m->tb; k-- > lo + 1;) {
        if (sg_tok_is(doc, k, "plan") && sg_i_is_cap(doc, k) && sg_i_is_cap(doc, k - 1)) {
            /* (a name of the programme's is a mention, no document: the first
             * mention to end after k, when it opens by k) */
            size_t j = mentions_before(cx, k);
            if (!(j < cx->nm && cx->m[j].tb <= k && cx->m[j].entity >= 0)) {
                return 1;
            }
        }
    }
    return 0;
}

/* "The NHS Long Term Plan ... Lord Darzi welcomed the plan": "the plan" after a
 * document named so, with no footprint named before it, is the document, no
 * stakeholder's mention: unbound (the stages after see only bound mentions). */
static void drop_document_plans(sg_i_ctx_t *cx) {
    for (size_t i = 0; i < cx->nm; i++) {
        sg_i_mention_t *m = &cx->m[i];
        long e = m->entity;
        if (e >= 0 && strcmp(cx->ents[e].name, SG_I_PROGRAMME) == 0 &&
            document_plan_before(cx, m) && footprint_before(cx, (long)i) < 0) {
            cx->ents[e].nmentions--;
            m->entity = -1;
        }
    }
}

/* Of the last sentence up to mention mi that names a footprint, the first
 * footprint it names, most often its subject ("Surrey Heartlands is the first STP
 * outside Greater Manchester to ...": Surrey Heartlands); or -1. */
static long footprint_first(const sg_i_ctx_t *cx, long mi) {
    long f = footprint_before(cx, mi), first = f;
    for (long k = mi; f >= 0 && k-- > 0 && mi - k < STP_REACH;) {
        long e = cx->m[k].entity;
        if (e >= 0 && cx->ents[e].type == SG_NODE_STP &&
            strcmp(cx->ents[e].name, SG_I_PROGRAMME) != 0) {
            size_t s = cx->doc->toks[cx->m[k].tb].sent;
            first = e;
            while (k > 0 && cx->doc->toks[cx->m[k - 1].tb].sent == s) {
                k--;
                e = cx->m[k].entity;
                first = e >= 0 && cx->ents[e].type == SG_NODE_STP &&
                                strcmp(cx->ents[e].name, SG_I_PROGRAMME) != 0
                            ? e
                            : first;
            }
            break;
        }
    }
    return first;
}

long sg_i_footprint_of(const sg_i_ctx_t *cx, long mi) {
    const sg_i_mention_t *m = &cx->m[mi];
    long f = m->entity >= 0 && strcmp(cx->ents[m->entity].name, SG_I_PROGRAMME) == 0 &&
                     stp_single(cx, m)
                 ? footprint_before(cx, mi)
                 : -1;
    return f >= 0 ? f : m->entity;
}

/* What programme mention i stands for in a story of one footprint: its role body
 * ("the STP" the footprint's), and "An STP spokesman" the footprint's too, as its
 * quotation's speaker is. */
static long fold_target(const sg_i_ctx_t *cx, long i) {
    static const char *const spokes[] = {"spokesman", "spokeswoman", "spokesperson"};
    size_t e = cx->m[i].te;
    return e < cx->doc->ntoks && IN_LIST(cx->doc, e, spokes) ? sg_i_footprint_of(cx, i)
                                                             : sg_i_role_body(cx, i);
}

void sg_i_fold_programme(sg_i_ctx_t *cx) {
    long p = -1;
    for (size_t i = 0; i < cx->nents && p < 0; i++) {
        p = strcmp(cx->ents[i].name, SG_I_PROGRAMME) == 0 ? (long)i : -1;
    }
    if (p < 0 || !cx->ents[p].nmentions) {
        return;
    }
    for (size_t i = 0; i < cx->nq; i++) {
        if (cx->q[i].speaker == p) {
            return; /* ("An STP spokesman said": the programme's) */
        }
    }
    const char *id = cx->ents[p].id;
    for (size_t i = 0; i < cx->out->nedges; i++) {
        if (strcmp(cx->out->edges[i].source, id) == 0 ||
            strcmp(cx->out->edges[i].target, id) == 0) {
            return;
        }
    }
    /* (the one footprint the story names, for "the plan" before it: "Who runs the
     * local plan? The Kent and Medway STP is led by X") */
    long only = -1;
    for (size_t i = 0; i < cx->nents && only != -2; i++) {
        if (cx->ents[i].type == SG_NODE_STP && (long)i != p && cx->ents[i].nmentions) {
            only = only == -1 ? (long)i : -2;
        }
    }
    for (size_t i = 0; i < cx->nm; i++) {
        if (cx->m[i].entity == p && fold_target(cx, (long)i) == p &&
            !(only >= 0 &&
              (cx->m[i].kind == SG_I_M_ANAPHOR || cx->m[i].kind == SG_I_M_REGIONAL))) {
            return; /* "STPs", "every STP": the programme's own */
        }
    }
    for (size_t i = cx->nm; i-- > 0;) { /* (from the end: role_body reads before) */
        if (cx->m[i].entity == p) {
            long f = fold_target(cx, (long)i);
            f = f == p ? only : f;
            cx->m[i].entity = f;
            cx->ents[f].nmentions++;
            cx->ents[p].nmentions--;
        }
    }
}

/* plans_footprint's walk: past footprints named as places only ("a GP in Dorset")
 * when plans */
static long plans_footprint_of(const sg_i_ctx_t *cx, long mi, int plans) {
    long found = -1;
    for (long k = mi; k-- > 0 && k + STP_REACH > mi;) {
        long f = cx->m[k].entity;
        if (f < 0 || cx->ents[f].type != SG_NODE_STP ||
            sg_i_footprint_as_place(cx, k) > !plans) {
            continue; /* (a seat's never: "Mr X (Dorset East) (Lab): These plans") */
        }
        if (strcmp(cx->ents[f].name, SG_I_PROGRAMME) != 0) {
            if (found >= 0 && found != f) {
                return -2; /* "the plans" of a story of two footprints: all of them */
            }
            found = f;
        } else if (cx->m[k].kind != SG_I_M_REGIONAL && !stp_single(cx, &cx->m[k])) {
            return -2; /* after "STPs": the plans of them all (not after "the area's
                        * sustainability and transformation plan") */
        }
    }
    return found;
}

/* "the plans" as mention mi would be (an index up to cx->nm): the one footprint
 * named before it (past one named as a place only, when another is named as a
 * plan); -2 when two are, or STPs in general were spoken of since ("the plans" are
 * then all of them); -1 when none is. */
static long plans_footprint(const sg_i_ctx_t *cx, long mi) {
    long f = plans_footprint_of(cx, mi, 1);
    return f == -1 ? plans_footprint_of(cx, mi, 0) : f;
}

long sg_i_plans_before(const sg_i_ctx_t *cx, size_t t) {
    long f = plans_footprint(cx, (long)mentions_before(cx, t));
    return f >= 0 ? f : -1;
}

long sg_i_role_body(const sg_i_ctx_t *cx, long mi) {
    static const char *const any[] = {"every", "each", "an", "any", "no", "one"};
    const sg_i_mention_t *m = &cx->m[mi];
    long e = m->entity;
    const sg_textdoc_t *doc = cx->doc;

    if (e < 0 || strcmp(cx->ents[e].name, SG_I_PROGRAMME) != 0) {
        return e;
    }
    int single = stp_single(cx, m);
    int plural = m->kind == SG_I_M_REGIONAL && (sg_tok_is(doc, m->te - 1, "plans") ||
                                                sg_tok_is(doc, m->te - 1, "proposals"));
    if ((!single && !plural) || (m->tb > 0 && IN_LIST(doc, m->tb - 1, any))) {
        return e; /* "every STP", "an STP": any of them */
    }
    if (single) {
        /* or, in the headline, as "our local STP" or as an area's ("the county's
         * STP") before the story names one, the one it names after ("Why I still
         * believe in our STP") */
        static const char *const owners[] = {"local", "his", "her", "their",
                                             "my",    "our", "its"};
        long f = footprint_before(cx, mi);
        f = f < 0 && (doc->sents[doc->toks[m->tb].sent].para <= doc->headline ||
                      (m->tb > 0 && IN_LIST(doc, m->tb - 1, owners)) ||
                      /* ("its local STP"; not "their STP", of many) */
                      (IN_LIST(doc, m->tb, owners) && !sg_tok_is(doc, m->tb, "their")) ||
                      sg_tok_is(doc, m->tb, "this") || area_owned_before(cx, mi))
                ? footprint_near(cx, mi, 1)
                : f; /* (or one's own: "his STP's savings target") */
        return f >= 0 ? f : e;
    }
    long found = plans_footprint(cx, mi);
    if (found == -2) {
        return e;
    }
    if (found < 0) {
        /* none before: one named later in the sentence ("campaigned against the
         * proposals since they were published as part of the X STP") */
        size_t sent = doc->toks[m->tb].sent;
        for (size_t k = (size_t)mi + 1;
             k < cx->nm && doc->toks[cx->m[k].tb].sent == sent && found < 0; k++) {
            long f = cx->m[k].entity;
            found = f >= 0 && cx->ents[f].type == SG_NODE_STP &&
                            strcmp(cx->ents[f].name, SG_I_PROGRAMME) != 0
                        ? f
                        : -1;
        }
    }
    return found >= 0 ? found : e;
}

long sg_i_mention_at(const sg_i_ctx_t *cx, size_t i) {
    return i < cx->doc->ntoks ? cx->tok_mention[i] : -1;
}

/* The entity of the last mention on chain prev (cx->prev_person or cx->prev_org)
 * that ends at or before token tok, past entities skip marks (when not NULL), or
 * -1: the chain's mentions are the only ones a scan back from tok would stop at,
 * and all but a nested one end before it. */
static long last_on_chain(const sg_i_ctx_t *cx, const long *prev, size_t tok,
                          const unsigned char *skip) {
    for (long k = prev[mentions_before(cx, tok)]; k >= 0; k = prev[k]) {
        if (cx->m[k].te <= tok && !(skip && skip[cx->m[k].entity])) {
            return cx->m[k].entity;
        }
    }
    return -1;
}

long sg_i_last_person(const sg_i_ctx_t *cx, size_t tok) {
    return last_on_chain(cx, cx->prev_person, tok, NULL);
}

long sg_i_last_person_mention(const sg_i_ctx_t *cx, size_t tok) {
    long k = cx->prev_person[mentions_before(cx, tok)];

    while (k >= 0 && (cx->m[k].te > tok || cx->m[k].entity < 0)) {
        k = cx->prev_person[k];
    }
    return k;
}

long sg_i_last_office_holder(const sg_i_ctx_t *cx, size_t tok) {
    return last_on_chain(cx, cx->prev_person, tok, cx->shadowed);
}

/* Does a title of person e, or else its given name, say the other gender than the
 * pronoun's ("Mr" for "she", "Dame" for "he"; "Jane" for "he")? */
static int other_gender(const sg_i_ctx_t *cx, const sg_i_entity_t *e, int she) {
    int other = she ? SG_I_NAME_MALE : SG_I_NAME_FEMALE;

    for (size_t i = 0; i < e->titles.n; i++) {
        if (title_gender(e->titles.v[i]) == other) {
            return 1;
        }
    }
    return sg_i_name_gender(cx->lex, e->name) == other;
}

int sg_i_fits_pronoun(const sg_i_ctx_t *cx, long e, int she) {
    return e >= 0 && cx->ents[e].type == SG_NODE_PERSON &&
           !other_gender(cx, &cx->ents[e], she);
}

long sg_i_last_person_for(const sg_i_ctx_t *cx, size_t tok, int she) {
    long first = -1;
    int steps = 0;

    for (long k = cx->prev_person[mentions_before(cx, tok)]; k >= 0 && steps < 8;
         k = cx->prev_person[k]) {
        long e = cx->m[k].entity;
        if (cx->m[k].te > tok || e < 0) {
            continue;
        }
        first = first < 0 ? e : first;
        if (!other_gender(cx, &cx->ents[e], she)) {
            return e;
        }
        steps++;
    }
    return first;
}

long sg_i_last_org(const sg_i_ctx_t *cx, size_t tok) {
    return last_on_chain(cx, cx->prev_org, tok, NULL);
}

/* Declared in extract_i.h: whose area "the county's" is, whose voice "a council
 * spokeswoman" is. Walks the tokens back (a bounded walk, not the mention list
 * from its end, which would be linear per call on a megabyte article). */
long sg_i_last_council(const sg_i_ctx_t *cx, size_t t) {
    size_t seen = 0;

    for (size_t k = t; k-- > 0 && seen < 64 && k + 4000 > t;) {
        long m = sg_i_mention_at(cx, k);
        long e = m >= 0 ? cx->m[m].entity : -1;
        if (m < 0) {
            continue;
        }
        seen++;
        if (e >= 0 && cx->ents[e].type == SG_NODE_COUNCIL &&
            strcmp(cx->ents[e].name, SG_I_COLLECTIVE) != 0) {
            return e;
        }
        k = cx->m[m].tb;
    }
    return -1;
}
