/* map.c - string-keyed open-addressing hash map (linear probing, power-of-two size).
 * Each slot keeps its key's hash beside the key and value (one cache line to look
 * at), so a probe compares strings only on a hash match. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "sg_util.h"

/* Eight bytes at a time, each word multiplied in; the last one to seven bytes
 * read as one word with at most two branches (overlapping reads: a run of tests on
 * the length's bits mispredicted on words of every length); then a final mix so
 * that the low bits (the slot) depend on every byte. */
size_t sg_hash(const char *s, size_t n) {
    const uint64_t k = 0xff51afd7ed558ccdULL;
    uint64_t h = 0x9e3779b97f4a7c15ULL ^ n, w;
    const char *end = s + n;

    if (n >= 16) { /* two lanes, whose multiplies overlap (ids run to 40 bytes) */
        uint64_t h2 = h ^ 0x6a09e667f3bcc909ULL, w2;
        for (; n >= 16; s += 16, n -= 16) {
            memcpy(&w, s, 8);
            memcpy(&w2, s + 8, 8);
            h = (h ^ w) * k;
            h2 = (h2 ^ w2) * k;
            h ^= h >> 32;
            h2 ^= h2 >> 32;
        }
        h = (h ^ (h2 * 0xc4ceb9fe1a85ec53ULL)) * k;
    }
    for (; n >= 8; s += 8, n -= 8) {
        memcpy(&w, s, 8);
        h = (h ^ w) * k;
        h ^= h >> 32;
    }
    if (n >= 4) {
        uint32_t a, b;
        memcpy(&a, s, 4);
        memcpy(&b, end - 4, 4);
        h = (h ^ ((uint64_t)a << 32 | b)) * k;
    } else if (n) {
        w = (uint64_t)(unsigned char)s[0] << 16 |
            (uint64_t)(unsigned char)s[n >> 1] << 8 | (unsigned char)end[-1];
        h = (h ^ w) * k;
    }
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return (size_t)h;
}

/* A slot's tag: the key's hash, its top 16 bits replaced by the key's length (all
 * ones from 65,535 bytes on), so that a tag match means a key of the same length
 * and the strings compare with memcmp. */
#define LEN_SHIFT 48
#define LEN_MAX ((size_t)0xFFFF)
_Static_assert(sizeof(size_t) >= 8, "a slot's tag needs 64-bit size_t");

static size_t tag_of(size_t h, size_t len) {
    return (h & (((size_t)1 << LEN_SHIFT) - 1)) |
           ((len < LEN_MAX ? len : LEN_MAX) << LEN_SHIFT);
}

void sg_map_init(sg_map_t *m) {
    memset(m, 0, sizeof(*m));
}

void sg_map_init_borrowed(sg_map_t *m) {
    sg_map_init(m);
    m->borrowed = 1;
}

void sg_map_release(sg_map_t *m) {
    int borrowed = m->borrowed;

    while (m->block) {
        void *before;
        memcpy(&before, m->block, sizeof(before));
        free(m->block);
        m->block = before;
    }
    free(m->slots);
    sg_map_init(m);
    m->borrowed = borrowed;
}

/* Blocks of keys: the first small (a map of a few keys, one article's), each next
 * one twice the last up to BLOCK_MAX; a key longer than that has a block of its
 * own. */
#define BLOCK_FIRST ((size_t)256)
#define BLOCK_MAX ((size_t)64 << 10)

/* A copy of key[0..len), NUL-terminated, in m's blocks; NULL when out of memory. */
static char *key_copy(sg_map_t *m, const char *key, size_t len) {
    char *p;

    if (m->room_len < len + 1) {
        size_t size = m->block_size ? 2 * m->block_size : BLOCK_FIRST;
        void *block;
        size = size < BLOCK_MAX ? size : BLOCK_MAX;
        if (size < sizeof(void *) + len + 1) {
            size = sizeof(void *) + len + 1;
        }
        if (!(block = malloc(size))) {
            return NULL;
        }
        memcpy(block, &m->block, sizeof(m->block));
        m->block = block;
        m->block_size = size;
        m->room = (char *)block + sizeof(void *);
        m->room_len = size - sizeof(void *);
    }
    p = m->room;
    memcpy(p, key, len);
    p[len] = '\0';
    m->room += len + 1;
    m->room_len -= len + 1;
    return p;
}

/* Whether the key of a slot whose tag matched is key[0..len). */
static int same_key(const char *slot_key, const char *key, size_t len) {
    if (len < LEN_MAX) {
        return memcmp(slot_key, key, len) == 0;
    }
    return strncmp(slot_key, key, len) == 0 && slot_key[len] == '\0';
}

/* The slot holding key[0..len) with tag t, or the empty slot where it would go. */
static size_t map_slot(const sg_map_slot_t *slots, size_t cap, const char *key,
                       size_t len, size_t t) {
    size_t i = t & (cap - 1);

    while (slots[i].key && !(slots[i].hash == t && same_key(slots[i].key, key, len))) {
        i = (i + 1) & (cap - 1);
    }
    return i;
}

static sg_err_t map_grow(sg_map_t *m) {
    size_t cap = m->cap ? m->cap * 2 : 16;
    sg_map_slot_t *slots = sg_zalloc(cap, sizeof(*slots));

    if (!slots) {
        return SG_ENOMEM;
    }
    for (size_t i = 0; i < m->cap; i++) {
        if (m->slots[i].key) {
            size_t j = m->slots[i].hash & (cap - 1);
            while (slots[j].key) {
                j = (j + 1) & (cap - 1);
            }
            slots[j] = m->slots[i];
        }
    }
    free(m->slots);
    m->slots = slots;
    m->cap = cap;
    return SG_OK;
}

/* The slot of key[0..len), added (value 0) when missing; (size_t)-1 when out of
 * memory. */
static size_t map_add(sg_map_t *m, const char *key, size_t len) {
    size_t h = tag_of(sg_hash(key, len), len), i;

    if (m->cap) {
        i = map_slot(m->slots, m->cap, key, len, h);
        if (m->slots[i].key) {
            return i;
        }
    }
    if ((m->n + 1) * 2 > m->cap && map_grow(m) != SG_OK) {
        return (size_t)-1;
    }
    i = map_slot(m->slots, m->cap, key, len, h);
    if (!(m->slots[i].key = m->borrowed ? (char *)key : key_copy(m, key, len))) {
        return (size_t)-1;
    }
    m->slots[i].hash = h;
    m->slots[i].val = 0;
    m->n++;
    return i;
}

sg_err_t sg_map_put(sg_map_t *m, const char *key, size_t val) {
    return sg_map_putn(m, key, strlen(key), val);
}

sg_err_t sg_map_putn(sg_map_t *m, const char *key, size_t len, size_t val) {
    size_t i = map_add(m, key, len);

    if (i == (size_t)-1) {
        return SG_ENOMEM;
    }
    m->slots[i].val = val;
    return SG_OK;
}

const char *sg_map_intern(sg_map_t *m, const char *key) {
    size_t i = map_add(m, key, strlen(key));
    return i == (size_t)-1 ? NULL : m->slots[i].key;
}

int sg_map_getn(const sg_map_t *m, const char *key, size_t len, size_t *val) {
    size_t i;

    if (!m->cap) {
        return 0;
    }
    i = map_slot(m->slots, m->cap, key, len, tag_of(sg_hash(key, len), len));
    if (!m->slots[i].key) {
        return 0;
    }
    if (val) {
        *val = m->slots[i].val;
    }
    return 1;
}

int sg_map_get(const sg_map_t *m, const char *key, size_t *val) {
    return sg_map_getn(m, key, strlen(key), val);
}

/* Keys looked up together: enough to keep many loads from memory under way. */
#define MANY 16

void sg_map_get_many(const sg_map_t *m, const char *const *keys, size_t n, size_t *vals) {
    size_t len[MANY], h[MANY];

    for (size_t at = 0; at < n; at += MANY) {
        size_t k = n - at < MANY ? n - at : MANY;
        if (!m->cap) {
            for (size_t i = 0; i < k; i++) {
                vals[at + i] = (size_t)-1;
            }
            continue;
        }
        /* the strings asked for, the slots, then the keys they hold, then the
         * comparisons */
        for (size_t i = 0; i < k; i++) {
            __builtin_prefetch(keys[at + i]);
        }
        for (size_t i = 0; i < k; i++) {
            len[i] = strlen(keys[at + i]);
            h[i] = tag_of(sg_hash(keys[at + i], len[i]), len[i]);
            __builtin_prefetch(&m->slots[h[i] & (m->cap - 1)]);
        }
        for (size_t i = 0; i < k; i++) {
            const char *key = m->slots[h[i] & (m->cap - 1)].key;
            if (key) {
                __builtin_prefetch(key);
            }
        }
        for (size_t i = 0; i < k; i++) {
            size_t s = map_slot(m->slots, m->cap, keys[at + i], len[i], h[i]);
            vals[at + i] = m->slots[s].key ? m->slots[s].val : (size_t)-1;
        }
    }
}
