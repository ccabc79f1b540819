/* resolve.c - turn mentions into the article's stakeholders: one entity per real
 * stakeholder, with acronyms, surnames, "the institute" and "their region's STP"
 * pointing at the entity they mean. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract_i.h"

static long find_entity(const sg_i_ctx_t *cx, const char *id) {
    for (size_t i = 0; i < cx->nents; i++) {
        if (strcmp(cx->ents[i].id, id) == 0) {
            return (long)i;
        }
    }
    return -1;
}

static sg_err_t entity_for(sg_i_ctx_t *cx, sg_node_type_t type, const char *name,
                           long *out) {
    char small[256], *id;
    size_t idlen, namelen = strlen(name);
    sg_err_t rc = SG_OK;
    long found;

    /* most names are of an entity the article has already, under the same name: an
     * id is the type and the name's slug, so that entity is this one, found without
     * making the id; a new entity's id and name are allocated in one block */
    for (size_t i = 0; i < cx->nents; i++) {
        if (cx->ents[i].type == type && strcmp(cx->ents[i].name, name) == 0) {
            *out = (long)i;
            return SG_OK;
        }
    }
    if (!(id = sg_node_id_in(small, sizeof(small), type, name))) {
        return SG_ENOMEM;
    }
    idlen = strlen(id);
    if ((found = find_entity(cx, id)) >= 0) {
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
            *out = (long)cx->nents++;
        }
    }
    if (id != small) {
        free(id);
    }
    return rc;
}

static sg_err_t add_alias(sg_i_entity_t *e, const char *alias) {
    if (!alias || !*alias || strcmp(alias, e->name) == 0) {
        return SG_OK;
    }
    return sg_strv_add_unique(&e->aliases, alias);
}

static sg_err_t bind(sg_i_ctx_t *cx, sg_i_mention_t *m, long ent) {
    sg_i_entity_t *e = &cx->ents[ent];
    sg_err_t rc;

    m->entity = ent;
    e->nmentions++;
    /* words that only point at a stakeholder ("the institute") are not its names */
    int named =
        m->kind == SG_I_M_NAME || m->kind == SG_I_M_ACRONYM || m->kind == SG_I_M_SURNAME;
    if ((named && (rc = add_alias(e, m->surface)) != SG_OK) ||
        (rc = add_alias(e, m->acronym)) != SG_OK ||
        (rc = add_alias(e, m->alias2)) != SG_OK) {
        return rc;
    }
    if (m->title && (rc = sg_strv_add_unique(&e->titles, m->title)) != SG_OK) {
        return rc;
    }
    return SG_OK;
}

/* Last word of a name. */
static const char *last_word(const char *name) {
    const char *sp = strrchr(name, ' ');
    return sp ? sp + 1 : name;
}

/* Initials of a name's capitalised words ("Care Association Alliance" -> "CAA"). */
static int initials_match(const char *name, const char *acr) {
    char ini[32];
    size_t n = 0, alen = strlen(acr);
    const char *p = name;

    if (alen > 1 && acr[alen - 1] == 's') {
        alen--;
    }
    while (*p && n < sizeof(ini) - 1) {
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
    return n >= 2 && n == alen && strncmp(ini, acr, alen) == 0;
}

static long last_entity_before(const sg_i_ctx_t *cx, size_t mi, const char *keyword) {
    sg_node_type_t t;
    int by_type = sg_node_type_parse(keyword, &t) == 0;
    size_t kl = strlen(keyword);

    /* "the institute" points at something named recently, not pages back */
    size_t stop = mi > SG_I_ANAPHOR_REACH ? mi - SG_I_ANAPHOR_REACH : 0;
    for (size_t k = mi; k-- > stop;) {
        const sg_i_mention_t *m = &cx->m[k];
        if (m->entity < 0) {
            continue;
        }
        const sg_i_entity_t *e = &cx->ents[m->entity];
        if (by_type) {
            if (e->type == t) {
                return m->entity;
            }
            continue;
        }
        if (e->type == SG_NODE_PERSON) {
            continue;
        }
        /* the keyword as a word of the name, any case */
        for (const char *p = e->name; *p; p++) {
            if ((p == e->name || p[-1] == ' ') && strncasecmp(p, keyword, kl) == 0 &&
                (p[kl] == '\0' || p[kl] == ' ' || p[kl] == 's')) {
                return m->entity;
            }
        }
    }
    return -1;
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

/* The entity that issued the document "the review" at mention mi points to: the
 * stakeholder named near the last earlier use of the same noun. */
static long publisher(const sg_i_ctx_t *cx, size_t mi) {
    const sg_textdoc_t *doc = cx->doc;
    const sg_i_mention_t *m = &cx->m[mi];
    size_t nl;
    const char *noun = sg_tok_norm(doc, m->te - 1, &nl);

    /* look back a few pages at most: an article that names no publisher near the
     * noun gives none */
    size_t stop = m->tb > 3000 ? m->tb - 3000 : 0;
    for (size_t t = m->tb; t-- > stop;) {
        size_t l;
        const char *w = sg_tok_norm(doc, t, &l);
        if (l != nl || memcmp(w, noun, l) != 0) {
            continue;
        }
        size_t lo = t > 5 ? t - 5 : 0, hi = t + 6 < doc->ntoks ? t + 6 : doc->ntoks;
        long best = -1;
        for (size_t k = mentions_before(cx, lo); k < cx->nm && cx->m[k].tb < hi; k++) {
            const sg_i_mention_t *o = &cx->m[k];
            if (o->entity >= 0 && o->kind != SG_I_M_DOCREF && o->tb >= lo &&
                o->te <= hi && doc->toks[o->tb].sent == doc->toks[t].sent) {
                best = o->entity;
                if (o->tb > t) {
                    break;
                }
            }
        }
        if (best >= 0) {
            return best;
        }
    }
    return -1;
}

static sg_err_t regional(sg_i_ctx_t *cx, size_t mi, long *out) {
    const sg_textdoc_t *doc = cx->doc;
    size_t sent = doc->toks[cx->m[mi].tb].sent;

    for (size_t k = mi; k-- > 0;) {
        const sg_i_mention_t *o = &cx->m[k];
        if (doc->toks[o->tb].sent != sent) {
            break;
        }
        if (o->place) {
            const sg_i_gazentry_t *g;
            sg_err_t rc = sg_i_gaz_lookup(cx->lex, o->place, &g);
            if (rc != SG_OK) {
                return rc;
            }
            if (g && g->type == SG_NODE_STP) {
                return entity_for(cx, SG_NODE_STP, g->canonical, out);
            }
        }
        if (o->entity >= 0 && cx->ents[o->entity].type == SG_NODE_STP &&
            strcmp(cx->ents[o->entity].name, SG_I_PROGRAMME) != 0) {
            *out = o->entity;
            return SG_OK;
        }
    }
    return entity_for(cx, SG_NODE_STP, SG_I_PROGRAMME, out);
}

sg_err_t sg_i_resolve(sg_i_ctx_t *cx) {
    sg_map_t acr;
    sg_err_t rc = SG_OK;
    long ent;

    sg_map_init(&acr);
    /* pass 1: names */
    for (size_t i = 0; i < cx->nm && rc == SG_OK; i++) {
        sg_i_mention_t *m = &cx->m[i];
        if (m->kind != SG_I_M_NAME) {
            continue;
        }
        if (m->type == SG_NODE_PERSON && !strchr(m->name, ' ')) {
            m->kind = SG_I_M_SURNAME; /* "Mr Lloyd": resolved with surnames */
            continue;
        }
        if ((rc = entity_for(cx, m->type, m->name, &ent)) != SG_OK ||
            (rc = bind(cx, m, ent)) != SG_OK) {
            break;
        }
        if (m->acronym) {
            rc = sg_map_put(&acr, m->acronym, (size_t)ent);
        }
    }
    /* pass 2: words that point at a name */
    for (size_t i = 0; i < cx->nm && rc == SG_OK; i++) {
        sg_i_mention_t *m = &cx->m[i];
        size_t v;
        ent = -1;
        switch (m->kind) {
        case SG_I_M_NAME:
            continue;
        case SG_I_M_ACRONYM:
            if (sg_map_get(&acr, m->surface, &v)) {
                ent = (long)v;
                break;
            }
            for (size_t k = 0; k < cx->nents && ent < 0; k++) {
                if (cx->ents[k].type != SG_NODE_PERSON &&
                    initials_match(cx->ents[k].name, m->surface)) {
                    ent = (long)k;
                }
            }
            break;
        case SG_I_M_SURNAME:
            for (size_t k = 0; k < cx->nents; k++) {
                const sg_i_entity_t *e = &cx->ents[k];
                if (e->type == SG_NODE_PERSON && strchr(e->name, ' ') &&
                    strcmp(last_word(e->name), m->name) == 0) {
                    ent = (long)k;
                    break;
                }
                if (e->type != SG_NODE_PERSON &&
                    sg_strv_contains(&e->aliases, m->surface)) {
                    ent = (long)k;
                    break;
                }
            }
            /* "Lord Porter" with no fuller name in the article: the titled name */
            if (ent < 0 && m->title) {
                rc = entity_for(cx, SG_NODE_PERSON, m->surface, &ent);
            }
            break;
        case SG_I_M_ANAPHOR:
            ent = last_entity_before(cx, i, m->name);
            break;
        case SG_I_M_REGIONAL:
            rc = regional(cx, i, &ent);
            break;
        case SG_I_M_DOCREF:
            ent = publisher(cx, i);
            break;
        }
        if (rc == SG_OK && ent >= 0) {
            rc = bind(cx, m, ent);
        }
    }
    sg_map_release(&acr);
    return rc;
}

long sg_i_mention_at(const sg_i_ctx_t *cx, size_t i) {
    return i < cx->doc->ntoks ? cx->tok_mention[i] : -1;
}

long sg_i_last_person(const sg_i_ctx_t *cx, size_t tok) {
    for (size_t k = mentions_before(cx, tok); k-- > 0;) {
        const sg_i_mention_t *m = &cx->m[k];
        if (m->te <= tok && m->entity >= 0 &&
            cx->ents[m->entity].type == SG_NODE_PERSON) {
            return m->entity;
        }
    }
    return -1;
}

long sg_i_last_org(const sg_i_ctx_t *cx, size_t tok) {
    for (size_t k = mentions_before(cx, tok); k-- > 0;) {
        const sg_i_mention_t *m = &cx->m[k];
        if (m->te <= tok && m->entity >= 0 &&
            (cx->ents[m->entity].type == SG_NODE_ORGANISATION ||
             cx->ents[m->entity].type == SG_NODE_COUNCIL)) {
            return m->entity;
        }
    }
    return -1;
}
