/* map.c - string-keyed open-addressing hash map (linear probing, power-of-two size).
 * Each slot keeps its key's hash, so a probe compares strings only on a hash match. */
#include <stdlib.h>
#include <string.h>

#include "sg_util.h"

size_t sg_hash(const char *s, size_t n) {
    size_t h = 1469598103934665603ULL;

    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ULL;
    }
    return h;
}

void sg_map_init(sg_map_t *m) {
    memset(m, 0, sizeof(*m));
}

void sg_map_release(sg_map_t *m) {
    for (size_t i = 0; i < m->cap; i++) {
        free(m->keys[i]);
    }
    free(m->keys);
    free(m->vals);
    free(m->hashes);
    sg_map_init(m);
}

static size_t map_slot(char *const *keys, const size_t *hashes, size_t cap,
                       const char *key, size_t len, size_t h) {
    size_t i = h & (cap - 1);

    while (keys[i] &&
           !(hashes[i] == h && strncmp(keys[i], key, len) == 0 && keys[i][len] == '\0')) {
        i = (i + 1) & (cap - 1);
    }
    return i;
}

static sg_err_t map_grow(sg_map_t *m) {
    size_t cap = m->cap ? m->cap * 2 : 16;
    char **keys = calloc(cap, sizeof(*keys));
    size_t *vals = calloc(cap, sizeof(*vals));
    size_t *hashes = calloc(cap, sizeof(*hashes));

    if (!keys || !vals || !hashes) {
        free(keys);
        free(vals);
        free(hashes);
        return SG_ENOMEM;
    }
    for (size_t i = 0; i < m->cap; i++) {
        if (m->keys[i]) {
            size_t h = m->hashes[i], j = h & (cap - 1);
            while (keys[j]) {
                j = (j + 1) & (cap - 1);
            }
            keys[j] = m->keys[i];
            vals[j] = m->vals[i];
            hashes[j] = h;
        }
    }
    free(m->keys);
    free(m->vals);
    free(m->hashes);
    m->keys = keys;
    m->vals = vals;
    m->hashes = hashes;
    m->cap = cap;
    return SG_OK;
}

sg_err_t sg_map_put(sg_map_t *m, const char *key, size_t val) {
    size_t len = strlen(key), h = sg_hash(key, len), i;

    if ((m->n + 1) * 2 > m->cap && map_grow(m) != SG_OK) {
        return SG_ENOMEM;
    }
    i = map_slot(m->keys, m->hashes, m->cap, key, len, h);
    if (!m->keys[i]) {
        m->keys[i] = sg_strndup(key, len);
        if (!m->keys[i]) {
            return SG_ENOMEM;
        }
        m->hashes[i] = h;
        m->n++;
    }
    m->vals[i] = val;
    return SG_OK;
}

const char *sg_map_intern(sg_map_t *m, const char *key) {
    size_t len = strlen(key), h = sg_hash(key, len), i;

    if (m->cap) {
        i = map_slot(m->keys, m->hashes, m->cap, key, len, h);
        if (m->keys[i]) {
            return m->keys[i];
        }
    }
    if ((m->n + 1) * 2 > m->cap && map_grow(m) != SG_OK) {
        return NULL;
    }
    i = map_slot(m->keys, m->hashes, m->cap, key, len, h);
    if (!(m->keys[i] = sg_strndup(key, len))) {
        return NULL;
    }
    m->hashes[i] = h;
    m->vals[i] = 0;
    m->n++;
    return m->keys[i];
}

int sg_map_getn(const sg_map_t *m, const char *key, size_t len, size_t *val) {
    size_t i;

    if (!m->cap) {
        return 0;
    }
    i = map_slot(m->keys, m->hashes, m->cap, key, len, sg_hash(key, len));
    if (!m->keys[i]) {
        return 0;
    }
    if (val) {
        *val = m->vals[i];
    }
    return 1;
}

int sg_map_get(const sg_map_t *m, const char *key, size_t *val) {
    return sg_map_getn(m, key, strlen(key), val);
}
