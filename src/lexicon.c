/* lexicon.c - loads the TSV word lists and gazetteers of graphs/lexicon. */
#include <errno.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "lexicon_i.h"

#ifndef SG_DATADIR
#define SG_DATADIR "/usr/local/share/stakegraph"
#endif

const char *sg_lexicon_default_dir(void) {
    const char *env = getenv("STAKEGRAPH_LEXICON");

    if (env && *env) {
        return env;
    }
    if (access("graphs/lexicon/roles.tsv", R_OK) == 0) {
        return "graphs/lexicon";
    }
    /* a binary run from elsewhere finds its data beside it: the repository's
     * graphs/lexicon next to ./stakegraph, or PREFIX/share for PREFIX/bin */
    static char beside[4096];
    char exe[4000], probe[4200];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
    if (n > 0) {
        exe[n] = '\0';
        char *slash = strrchr(exe, '/');
        if (slash) {
            *slash = '\0';
            snprintf(beside, sizeof(beside), "%s/graphs/lexicon", exe);
            snprintf(probe, sizeof(probe), "%s/roles.tsv", beside);
            if (access(probe, R_OK) == 0) {
                return beside;
            }
            slash = strrchr(exe, '/');
            if (slash) {
                *slash = '\0';
                static const char *const up[] = {"graphs/lexicon",
                                                 "share/stakegraph/lexicon"};
                for (size_t k = 0; k < 2; k++) {
                    snprintf(beside, sizeof(beside), "%s/%s", exe, up[k]);
                    snprintf(probe, sizeof(probe), "%s/roles.tsv", beside);
                    if (access(probe, R_OK) == 0) {
                        return beside;
                    }
                }
            }
        }
    }
    return SG_DATADIR "/lexicon";
}

sg_err_t sg_i_phrase_key(const sg_textdoc_t *doc, size_t b, size_t e, sg_buf_t *out) {
    for (size_t i = b; i < e; i++) {
        size_t len;
        const char *w = sg_tok_norm(doc, i, &len);
        if (i > b && sg_buf_append(out, " ", 1) != SG_OK) {
            return SG_ENOMEM;
        }
        if (len == 1 && w[0] == '&') {
            w = "and";
            len = 3;
        }
        if (sg_buf_append(out, w, len) != SG_OK) {
            return SG_ENOMEM;
        }
    }
    return SG_OK;
}

int sg_i_name_gender(const sg_lexicon_t *lex, const char *name) {
    char key[64];
    size_t n = 0, v;

    while (name[n] && name[n] != ' ' && n + 1 < sizeof(key)) {
        key[n] = (char)(name[n] >= 'A' && name[n] <= 'Z' ? name[n] + 32 : name[n]);
        n++;
    }
    if (name[n] && name[n] != ' ') {
        return SG_I_NAME_ANY; /* (no given name is that long) */
    }
    if (!sg_map_getn(&lex->tab[SG_I_T_FIRST_NAMES], key, n, &v) || !(v & SG_I_FULL)) {
        return 0;
    }
    return (int)(v >> 2);
}

size_t sg_i_first_value(const sg_lexicon_t *lex, sg_i_table_t t, const sg_textdoc_t *doc,
                        size_t i) {
    size_t len, v = 0;
    const char *w = sg_tok_norm(doc, i, &len);

    if (len == 1 && w[0] == '&') {
        w = "and";
        len = 3;
    }
    return sg_map_getn(&lex->tab[t], w, len, &v) ? v : 0;
}

/* Append word w (wl bytes) to the phrase key of *len bytes, after a space unless
 * it is the first; 0 when it would not fit in size bytes. */
static int key_add(char *key, size_t size, size_t *len, const char *w, size_t wl) {
    if (*len + wl + 1 >= size) {
        return 0;
    }
    if (*len) {
        key[(*len)++] = ' ';
    }
    memcpy(key + *len, w, wl);
    *len += wl;
    return 1;
}

size_t sg_i_match_from(const sg_lexicon_t *lex, sg_i_table_t t, const sg_textdoc_t *doc,
                       size_t i, size_t limit, size_t v, size_t *val) {
    char key[512];
    size_t len = 0, best = 0;

    /* walk the phrase table like a trie: extend one token at a time while the
     * words so far are a prefix of some phrase, remembering the longest phrase */
    for (size_t k = i; k < limit && k - i < lex->max_phrase; k++) {
        size_t wl;
        const char *w = sg_tok_norm(doc, k, &wl);
        if (wl == 1 && w[0] == '&') {
            w = "and";
            wl = 3;
        }
        /* (a stance's phrase goes on past an adverb inside it: "came out strongly
         * against", "clashed repeatedly with") */
        if (t == SG_I_T_STANCE && k > i && wl >= 6 && w[wl - 1] == 'y' &&
            w[wl - 2] == 'l' && k + 1 < limit && (v & SG_I_PREFIX)) {
            continue;
        }
        /* (and past a quotation mark that opens inside it: "would “hollow out”") */
        if (t == SG_I_T_STANCE && k > i && doc->toks[k].kind == SG_TK_QUOTE &&
            k + 1 < limit && (v & SG_I_PREFIX)) {
            continue;
        }
        if (!key_add(key, sizeof(key), &len, w, wl) ||
            (k > i && !sg_map_getn(&lex->tab[t], key, len, &v))) {
            break;
        }
        if ((v & SG_I_FULL) &&
            !(t == SG_I_T_GAZ && lex->ncaps && !(doc->toks[k].flags & SG_TF_ALLCAPS) &&
              sg_map_getn(&lex->caps_only, key, len, NULL))) {
            best = k - i + 1;
            if (val) {
                *val = v >> 2;
            }
        }
        if (!(v & SG_I_PREFIX)) {
            break;
        }
    }
    return best;
}

size_t sg_i_match_plural(const sg_lexicon_t *lex, sg_i_table_t t, const sg_textdoc_t *doc,
                         size_t i, size_t limit, size_t *val) {
    char key[256];
    size_t len = 0, best = 0, v;

    for (size_t k = i; k < limit && k < doc->ntoks && k - i < lex->max_phrase; k++) {
        size_t wl;
        const char *w = sg_tok_norm(doc, k, &wl);
        if (!key_add(key, sizeof(key), &len, w, wl)) {
            break;
        }
        /* the words so far, the last without its "s" */
        if (wl > 2 && w[wl - 1] == 's' && w[wl - 2] != 's' &&
            sg_map_getn(&lex->tab[t], key, len - 1, &v) && (v & SG_I_FULL)) {
            best = k - i + 1;
            *val = v >> 2;
        }
        if (!sg_map_getn(&lex->tab[t], key, len, &v) || !(v & SG_I_PREFIX)) {
            break; /* no longer phrase starts with these words */
        }
    }
    return best;
}

int sg_i_match_pair(const sg_lexicon_t *lex, sg_i_table_t t, const sg_textdoc_t *doc,
                    size_t i, size_t j, size_t *val) {
    char key[256];
    size_t l1, l2, v;

    if (i >= doc->ntoks || j >= doc->ntoks ||
        !(sg_i_first(lex, t, doc, i) & SG_I_PREFIX)) {
        return 0;
    }
    const char *w1 = sg_tok_norm(doc, i, &l1), *w2 = sg_tok_norm(doc, j, &l2);
    if (l1 + l2 + 1 > sizeof(key)) {
        return 0;
    }
    memcpy(key, w1, l1);
    key[l1] = ' ';
    memcpy(key + l1 + 1, w2, l2);
    if (!sg_map_getn(&lex->tab[t], key, l1 + 1 + l2, &v) || !(v & SG_I_FULL)) {
        return 0;
    }
    *val = v >> 2;
    return 1;
}

/* Put key with the given flags, keeping what the key already holds. */
static sg_err_t key_put(sg_map_t *map, const char *key, size_t len, size_t flags,
                        size_t val) {
    size_t old = 0;
    char *k = sg_strndup(key, len);
    sg_err_t rc;

    if (!k) {
        return SG_ENOMEM;
    }
    if (sg_map_getn(map, key, len, &old)) {
        /* a later line overrides the value of an earlier identical phrase */
        val = (flags & SG_I_FULL) ? val : old >> 2;
        flags |= old & (SG_I_FULL | SG_I_PREFIX);
    }
    rc = sg_map_put(map, k, (val << 2) | flags);
    free(k);
    return rc;
}

/* Key of a phrase written in a lexicon file, tokenised exactly as articles are. */
static sg_err_t phrase_put(sg_lexicon_t *lex, sg_map_t *map, const char *phrase,
                           size_t val) {
    sg_textdoc_t doc;
    sg_buf_t key;
    sg_err_t rc;

    if ((rc = sg_textdoc_init(&doc, phrase, strlen(phrase), NULL, NULL)) != SG_OK) {
        return rc;
    }
    sg_buf_init(&key);
    /* every proper prefix of the phrase is marked, so matching can stop as soon
     * as the words read so far start no phrase */
    for (size_t n = 1; n <= doc.ntoks && rc == SG_OK; n++) {
        key.len = 0;
        rc = sg_i_phrase_key(&doc, 0, n, &key);
        if (rc == SG_OK && key.len) {
            rc = key_put(map, key.data, key.len, n == doc.ntoks ? SG_I_FULL : SG_I_PREFIX,
                         val);
        }
    }
    if (doc.ntoks > lex->max_phrase) {
        lex->max_phrase = doc.ntoks;
    }
    sg_buf_release(&key);
    sg_textdoc_release(&doc);
    return rc;
}

typedef sg_err_t (*row_fn)(sg_lexicon_t *lex, char **cols, int ncols, const char *path,
                           int line, sg_error_t *err);

static sg_err_t load_tsv(sg_lexicon_t *lex, const char *dir, const char *name,
                         int mincols, row_fn fn, sg_error_t *err) {
    char path[4096];
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    int lineno = 0;
    sg_err_t rc = SG_OK;
    FILE *f;

    snprintf(path, sizeof(path), "%s/%s", dir, name);
    f = fopen(path, "r");
    if (!f) {
        return sg_error_set(err, SG_EIO, path, 0, 0, "cannot open lexicon file: %s",
                            strerror(errno));
    }
    while (rc == SG_OK && (n = getline(&line, &cap, f)) >= 0) {
        char *cols[8];
        int ncols = 0;
        lineno++;
        while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r')) {
            line[--n] = '\0';
        }
        if (n == 0 || line[0] == '#') {
            continue;
        }
        size_t bad = sg_utf8_invalid_at(line, (size_t)n);
        if (bad < (size_t)n) { /* its names would make graph files no reader takes */
            rc = sg_error_set(err, SG_EPARSE, path, lineno, (int)bad + 1,
                              "not UTF-8 (byte 0x%02x)", (unsigned char)line[bad]);
            break;
        }
        for (char *p = line; p && ncols < 8;) {
            cols[ncols++] = p;
            p = strchr(p, '\t');
            if (p) {
                *p++ = '\0';
            }
        }
        if (ncols < mincols) {
            rc = sg_error_set(err, SG_EPARSE, path, lineno, 0,
                              "expected %d tab-separated columns", mincols);
            break;
        }
        rc = fn(lex, cols, ncols, path, lineno, err);
    }
    free(line);
    fclose(f);
    if (rc == SG_ENOMEM) {
        sg_error_set(err, rc, path, lineno, 0, "out of memory");
    }
    return rc;
}

/* Row handlers. A handler's column 1 (when present) is a keyword looked up here. */
static int keyword(const char *s, const char *const *names, const int *vals, int n) {
    for (int i = 0; i < n; i++) {
        if (strcmp(s, names[i]) == 0) {
            return vals[i];
        }
    }
    return 0;
}

#define BAD_VALUE(col)                                                                   \
    sg_error_set(err, SG_EPARSE, path, line, 0, "unknown value '%s'", col)

static sg_err_t row_word(sg_lexicon_t *lex, sg_map_t *map, char **cols, size_t val) {
    return phrase_put(lex, map, cols[0], val);
}

#define SIMPLE_ROW(fname, table)                                                         \
    static sg_err_t fname(sg_lexicon_t *lex, char **cols, int ncols, const char *path,   \
                          int line, sg_error_t *err) {                                   \
        (void)ncols;                                                                     \
        (void)path;                                                                      \
        (void)line;                                                                      \
        (void)err;                                                                       \
        return row_word(lex, &lex->tab[table], cols, 1);                                 \
    }

SIMPLE_ROW(row_titles, SG_I_T_TITLES)
/* "jane<TAB>f": a given name, and the gender it most often says, when it says
 * one (SG_I_NAME_MALE, SG_I_NAME_FEMALE; SG_I_NAME_ANY without the column). */
static sg_err_t row_first_names(sg_lexicon_t *lex, char **cols, int ncols,
                                const char *path, int line, sg_error_t *err) {
    static const char *const genders[] = {"m", "f"};
    static const int gv[] = {SG_I_NAME_MALE, SG_I_NAME_FEMALE};
    int v = ncols > 1 ? keyword(cols[1], genders, gv, 2) : SG_I_NAME_ANY;

    if (!v) {
        return BAD_VALUE(cols[1]);
    }
    return row_word(lex, &lex->tab[SG_I_T_FIRST_NAMES], cols, (size_t)v);
}
SIMPLE_ROW(row_doc_words, SG_I_T_DOC_WORDS)
SIMPLE_ROW(row_reporting, SG_I_T_REPORTING)
SIMPLE_ROW(row_abbrev, SG_I_T_ABBREV)
SIMPLE_ROW(row_programme, SG_I_T_PROGRAMME)
SIMPLE_ROW(row_collective, SG_I_T_COLLECTIVE)
SIMPLE_ROW(row_regional, SG_I_T_REGIONAL)
SIMPLE_ROW(row_starters, SG_I_T_STARTERS)
SIMPLE_ROW(row_council_places, SG_I_T_COUNCIL_PLACES)

static sg_err_t row_org_words(sg_lexicon_t *lex, char **cols, int ncols, const char *path,
                              int line, sg_error_t *err) {
    static const char *const pos[] = {"any", "tail"};
    static const int posv[] = {SG_I_OW_ANY, SG_I_OW_TAIL};
    int v = keyword(cols[1], pos, posv, 2);

    if (!v) {
        return BAD_VALUE(cols[1]);
    }
    if (ncols > 2 && strcmp(cols[2], "council") == 0) {
        v |= SG_I_OW_COUNCIL;
    }
    return phrase_put(lex, &lex->tab[SG_I_T_ORG_WORDS], cols[0], (size_t)v);
}

static sg_err_t row_nonstake(sg_lexicon_t *lex, char **cols, int ncols, const char *path,
                             int line, sg_error_t *err) {
    static const char *const k[] = {"time", "publication", "place", "generic"};
    static const int kv[] = {SG_I_NS_TIME, SG_I_NS_PUBLICATION, SG_I_NS_PLACE,
                             SG_I_NS_GENERIC};
    int v = keyword(cols[1], k, kv, 4);

    (void)ncols;
    return v ? phrase_put(lex, &lex->tab[SG_I_T_NONSTAKE], cols[0], (size_t)v)
             : BAD_VALUE(cols[1]);
}

static sg_err_t row_roles(sg_lexicon_t *lex, char **cols, int ncols, const char *path,
                          int line, sg_error_t *err) {
    static const char *const k[] = {"leads", "member"};
    static const int kv[] = {SG_I_ROLE_LEADS, SG_I_ROLE_MEMBER};
    int v = keyword(cols[1], k, kv, 2);

    (void)ncols;
    return v ? phrase_put(lex, &lex->tab[SG_I_T_ROLES], cols[0], (size_t)v)
             : BAD_VALUE(cols[1]);
}

static sg_err_t row_stance(sg_lexicon_t *lex, char **cols, int ncols, const char *path,
                           int line, sg_error_t *err) {
    static const char *const k[] = {"+", "-", "0"};
    static const int kv[] = {SG_I_ST_POS, SG_I_ST_NEG, SG_I_ST_NONE};
    int v = keyword(cols[1], k, kv, 3);

    if (!v) {
        return BAD_VALUE(cols[1]);
    }
    if (ncols > 2 && strcmp(cols[2], "eval") == 0) {
        v |= SG_I_ST_EVAL;
    } else if (ncols > 2 && strcmp(cols[2], "agent") == 0) {
        v |= SG_I_ST_AGENT;
    } else if (ncols > 2 && strcmp(cols[2], "verb") != 0) {
        return BAD_VALUE(cols[2]);
    }
    return phrase_put(lex, &lex->tab[SG_I_T_STANCE], cols[0], (size_t)v);
}

static sg_err_t row_negators(sg_lexicon_t *lex, char **cols, int ncols, const char *path,
                             int line, sg_error_t *err) {
    static const char *const k[] = {"cancel", "flip", "deny", "hedge", "none"};
    static const int kv[] = {SG_I_NEG_CANCEL, SG_I_NEG_FLIP, SG_I_NEG_DENY,
                             SG_I_NEG_HEDGE, SG_I_NEG_NONE};
    int v = keyword(cols[1], k, kv, 5);

    (void)ncols;
    return v ? phrase_put(lex, &lex->tab[SG_I_T_NEGATORS], cols[0], (size_t)v)
             : BAD_VALUE(cols[1]);
}

static sg_err_t row_anaphors(sg_lexicon_t *lex, char **cols, int ncols, const char *path,
                             int line, sg_error_t *err) {
    sg_err_t rc;

    (void)ncols;
    (void)path;
    (void)line;
    (void)err;
    if ((rc = sg_strv_add(&lex->anaphor_targets, cols[1])) != SG_OK) {
        return rc;
    }
    return phrase_put(lex, &lex->tab[SG_I_T_ANAPHORS], cols[0],
                      lex->anaphor_targets.n - 1);
}

/* Is name one word of two to eight capitals ("BNSSG", "NCL"): a footprint's letters,
 * which match only in capitals? */
static int caps_name(const char *name) {
    size_t n = 0;
    while (name[n] >= 'A' && name[n] <= 'Z') {
        n++;
    }
    return name[n] == '\0' && n >= 2 && n <= 8;
}

/* Put gazetteer name a for entry idx, and its points of the compass joined by a
 * hyphen as some write them ("North-West London" for "North West London"). */
static sg_err_t gaz_put(sg_lexicon_t *lex, const char *a, size_t idx) {
    static const char *const pairs[] = {"North East", "North West", "South East",
                                        "South West"};
    sg_err_t rc = phrase_put(lex, &lex->tab[SG_I_T_GAZ], a, idx);

    if (rc == SG_OK && lex->gazetteer[idx].type == SG_NODE_STP && caps_name(a)) {
        /* (a footprint's letters; a body's stay case-blind: "Adass"; the key is the
         * word in lower case) */
        char key[16];
        size_t n = strlen(a);
        for (size_t k = 0; k <= n; k++) {
            key[k] = (char)(a[k] >= 'A' && a[k] <= 'Z' ? a[k] + 32 : a[k]);
        }
        rc = sg_map_put(&lex->caps_only, key, 1);
        lex->ncaps += rc == SG_OK;
    }

    for (size_t k = 0; k < sizeof(pairs) / sizeof(pairs[0]) && rc == SG_OK; k++) {
        const char *at = strstr(a, pairs[k]);
        if (at) {
            char *v = sg_strdup(a);
            if (!v) {
                return SG_ENOMEM;
            }
            v[at - a + 5] = '-'; /* the space after "North" or "South" */
            rc = phrase_put(lex, &lex->tab[SG_I_T_GAZ], v, idx);
            free(v);
        }
    }
    return rc;
}

/* A new gazetteer entry named name; its index in *idx. */
static sg_err_t gaz_entry(sg_lexicon_t *lex, const char *name, sg_node_type_t type,
                          size_t *idx) {
    sg_i_gazentry_t *e;

    if (sg_reserve((void **)&lex->gazetteer, &lex->capgaz, lex->ngaz + 1,
                   sizeof(*lex->gazetteer), 64) != SG_OK) {
        return SG_ENOMEM;
    }
    e = &lex->gazetteer[lex->ngaz];
    e->canonical = sg_strdup(name);
    e->type = type;
    if (!e->canonical) {
        return SG_ENOMEM;
    }
    *idx = lex->ngaz++;
    return gaz_put(lex, name, *idx);
}

/* Do names a and b share a word, case aside, other than "and", "of", "the"? */
static int share_word(const char *a, const char *b) {
    static const char *const small[] = {"and", "of", "the", "&"};
    const char *sep = " ,-";

    for (const char *p = a; *p;) {
        size_t n = strcspn(p, sep);
        int skip = n == 0;
        for (size_t k = 0; k < sizeof(small) / sizeof(small[0]) && !skip; k++) {
            skip = strlen(small[k]) == n && strncasecmp(p, small[k], n) == 0;
        }
        for (const char *q = b; *q && !skip;) {
            size_t m = strcspn(q, sep);
            if (m == n && strncasecmp(p, q, n) == 0) {
                return 1;
            }
            q += m + (q[m] != '\0');
        }
        p += n + (p[n] != '\0');
    }
    return 0;
}

/* A gazetteer row: a name and its other names (cols[1], ";" between). For an STP
 * footprint, an other name that shares no word with it is a place inside it, an
 * area of its own ("Blackpool and Fylde Coast" in Lancashire and South Cumbria),
 * and the names after it that share a word with that place are the place's. */
static sg_err_t gaz_add(sg_lexicon_t *lex, char **cols, int ncols, sg_node_type_t type) {
    sg_err_t rc;
    size_t idx, place = (size_t)-1;

    if ((rc = gaz_entry(lex, cols[0], type, &idx)) != SG_OK) {
        return rc;
    }
    if (ncols > 1 && cols[1][0]) {
        char *save = NULL;
        for (char *a = strtok_r(cols[1], ";", &save); a; a = strtok_r(NULL, ";", &save)) {
            while (*a == ' ') {
                a++;
            }
            if (!*a) {
                continue;
            }
            if (type == SG_NODE_STP && !share_word(a, cols[0]) && !caps_name(a)) {
                if (place != (size_t)-1 &&
                    share_word(a, lex->gazetteer[place].canonical)) {
                    rc = gaz_put(lex, a, place);
                } else {
                    rc = gaz_entry(lex, a, type, &place);
                }
            } else {
                rc = gaz_put(lex, a, idx);
            }
            if (rc != SG_OK) {
                return rc;
            }
        }
    }
    return SG_OK;
}

static sg_err_t row_footprint(sg_lexicon_t *lex, char **cols, int ncols, const char *path,
                              int line, sg_error_t *err) {
    (void)path;
    (void)line;
    (void)err;
    return gaz_add(lex, cols, ncols, SG_NODE_STP);
}

static sg_err_t row_organisation(sg_lexicon_t *lex, char **cols, int ncols,
                                 const char *path, int line, sg_error_t *err) {
    sg_node_type_t t = SG_NODE_ORGANISATION;

    if (ncols > 2 && sg_node_type_parse(cols[2], &t) != 0) {
        return BAD_VALUE(cols[2]);
    }
    return gaz_add(lex, cols, ncols > 2 ? 2 : ncols, t);
}

static sg_err_t first_words(sg_lexicon_t *lex);

sg_err_t sg_lexicon_load(const char *dir, sg_lexicon_t **out, sg_error_t *err) {
    static const struct {
        const char *file;
        int mincols;
        row_fn fn;
    } files[] = {
        {"titles.tsv", 1, row_titles},
        {"first_names.tsv", 1, row_first_names},
        {"org_words.tsv", 2, row_org_words},
        {"non_stakeholders.tsv", 2, row_nonstake},
        {"document_words.tsv", 1, row_doc_words},
        {"roles.tsv", 2, row_roles},
        {"stance.tsv", 2, row_stance},
        {"negators.tsv", 2, row_negators},
        {"reporting_verbs.tsv", 1, row_reporting},
        {"abbreviations.tsv", 1, row_abbrev},
        {"programme.tsv", 1, row_programme},
        {"collective.tsv", 1, row_collective},
        {"regional.tsv", 1, row_regional},
        {"starters.tsv", 1, row_starters},
        {"council_places.tsv", 1, row_council_places},
        {"anaphors.tsv", 2, row_anaphors},
        {"stp_footprints.tsv", 1, row_footprint},
        {"organisations.tsv", 1, row_organisation},
    };
    sg_lexicon_t *lex = calloc(1, sizeof(*lex));
    sg_err_t rc = SG_OK;

    *out = NULL;
    if (!lex) {
        return sg_error_set(err, SG_ENOMEM, dir, 0, 0, "out of memory");
    }
    for (size_t i = 0; i < sizeof(files) / sizeof(files[0]) && rc == SG_OK; i++) {
        rc = load_tsv(lex, dir, files[i].file, files[i].mincols, files[i].fn, err);
    }
    if (rc == SG_OK && (rc = first_words(lex)) != SG_OK) {
        sg_error_set(err, rc, dir, 0, 0, "out of memory");
    }
    if (rc != SG_OK) {
        sg_lexicon_free(lex);
        return rc;
    }
    *out = lex;
    return SG_OK;
}

/* lex->words and lex->word from the tables' one-word keys (every phrase's first
 * word is one). */
static sg_err_t first_words(sg_lexicon_t *lex) {
    for (int t = 0; t < SG_I_T_COUNT; t++) {
        for (size_t i = 0; i < lex->tab[t].cap; i++) {
            const sg_map_slot_t *s = &lex->tab[t].slots[i];
            size_t w = 0;
            if (!s->key || strchr(s->key, ' ')) {
                continue;
            }
            if (!sg_map_get(&lex->words, s->key, &w)) {
                if (sg_reserve((void **)&lex->word, &lex->capwords, lex->nwords + 1,
                               sizeof(*lex->word), 256) != SG_OK ||
                    sg_map_put(&lex->words, s->key, lex->nwords + 1) != SG_OK) {
                    return SG_ENOMEM;
                }
                memset(lex->word[lex->nwords], 0, sizeof(*lex->word));
                w = ++lex->nwords;
                if (*s->key) {
                    size_t bit = sg_i_word_bit(s->key, strlen(s->key));
                    lex->word_filter[bit / 8] |= (uint8_t)(1u << (bit % 8));
                }
            }
            lex->word[w - 1][t] = s->val;
        }
    }
    return SG_OK;
}

/* A double first name ("Mary-Jane", "Jean-Paul"), the ASCII word s[0..len) of
 * token i, is read as its first: that word's index + 1, or 0. */
static size_t double_first_name(const sg_lexicon_t *lex, const sg_textdoc_t *doc,
                                size_t i, const char *s, size_t len) {
    const char *h =
        doc->toks[i].end - doc->toks[i].start == len ? memchr(s, '-', len) : NULL;
    size_t at = h ? (size_t)(h - s) : 0, w = 0;

    if (at == 0 || at + 1 >= len ||
        (unsigned char)(doc->text[doc->toks[i].start + at + 1] - 'A') >= 26 ||
        !sg_map_getn(&lex->words, s, at, &w) || !lex->word[w - 1][SG_I_T_FIRST_NAMES]) {
        return 0;
    }
    return w;
}

sg_err_t sg_i_tag_tokens(const sg_lexicon_t *lex, sg_textdoc_t *doc) {
    free(doc->tags);
    if (!(doc->tags = malloc((doc->ntoks ? doc->ntoks : 1) * sizeof(*doc->tags)))) {
        return SG_ENOMEM;
    }
    for (size_t i = 0; i < doc->ntoks; i++) {
        size_t len, w = 0;
        const char *s = sg_tok_norm(doc, i, &len);
        if (len == 1 && s[0] == '&') {
            s = "and";
            len = 3;
        }
        size_t bit = len ? sg_i_word_bit(s, len) : 0;
        if (!len || (lex->word_filter[bit / 8] & (1u << (bit % 8)))) {
            sg_map_getn(&lex->words, s, len, &w);
        }
        if (!w && (doc->toks[i].flags & SG_TF_CAP) &&
            (doc->toks[i].flags & SG_TF_HYPHEN)) {
            w = double_first_name(lex, doc, i, s, len);
        }
        doc->tags[i] = (uint32_t)w;
    }
    return SG_OK;
}

void sg_lexicon_free(sg_lexicon_t *lex) {
    if (!lex) {
        return;
    }
    for (size_t t = 0; t < SG_I_T_COUNT; t++) {
        sg_map_release(&lex->tab[t]);
    }
    sg_map_release(&lex->words);
    sg_map_release(&lex->caps_only);
    free(lex->word);
    for (size_t i = 0; i < lex->ngaz; i++) {
        free(lex->gazetteer[i].canonical);
    }
    free(lex->gazetteer);
    sg_strv_release(&lex->anaphor_targets);
    free(lex);
}

sg_err_t sg_i_gaz_lookup(const sg_lexicon_t *lex, const char *name,
                         const sg_i_gazentry_t **entry) {
    sg_textdoc_t doc;
    size_t v, n;
    sg_err_t rc;

    *entry = NULL;
    if ((rc = sg_textdoc_init(&doc, name, strlen(name), NULL, NULL)) != SG_OK) {
        return rc;
    }
    n = sg_i_match(lex, SG_I_T_GAZ, &doc, 0, doc.ntoks, &v);
    if (n && (n == doc.ntoks || (n + 1 == doc.ntoks && (sg_tok_is(&doc, n, "stp") ||
                                                        sg_tok_is(&doc, n, "stps"))))) {
        *entry = &lex->gazetteer[v];
    }
    sg_textdoc_release(&doc);
    return SG_OK;
}

const char *sg_lexicon_canonical(const sg_lexicon_t *lex, const char *name) {
    const sg_i_gazentry_t *e;
    return sg_i_gaz_lookup(lex, name, &e) == SG_OK && e ? e->canonical : NULL;
}
