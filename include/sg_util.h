/* sg_util.h - small containers the rest of the library is built from: a growable
 * byte buffer, a string vector, a string-keyed hash map, string helpers, and a
 * number formatter.
 *
 * Ownership: containers own copies of what is put into them; _release frees all.
 */
#ifndef SG_UTIL_H
#define SG_UTIL_H

#include <stdarg.h>
#include <stddef.h>

#include "sg_error.h"

/* A growable, always NUL-terminated byte buffer. Zero-initialise or sg_buf_init. */
typedef struct {
    char *data;
    size_t len;
    size_t cap;
} sg_buf_t;

/* Room for need elements of size bytes in the array *arr of capacity *cap, which
 * doubles from first (or from *cap) until it holds them: the growth every array of
 * the library uses. Errors: SG_ENOMEM (nothing changed). */
sg_err_t sg_reserve(void **arr, size_t *cap, size_t need, size_t size, size_t first);

/* calloc(n, size) (NULL when out of memory, n is 0 or n * size overflows), for the
 * large zeroed arrays that are read before they are written (hash tables): its
 * pages are made present and writable at once. */
void *sg_zalloc(size_t n, size_t size);

void sg_buf_init(sg_buf_t *b);
void sg_buf_release(sg_buf_t *b);
sg_err_t sg_buf_append(sg_buf_t *b, const char *s, size_t n);
sg_err_t sg_buf_puts(sg_buf_t *b, const char *s);
sg_err_t sg_buf_printf(sg_buf_t *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* Append s with XML escaping (& < > " '), dropping control characters XML forbids. */
sg_err_t sg_buf_xml(sg_buf_t *b, const char *s);
/* Hand the contents to the caller (malloc'd, NUL-terminated) and empty the buffer. */
char *sg_buf_take(sg_buf_t *b);

/* v written as printf's "%.15g" writes it (the same bytes, for every double), into
 * out, which holds SG_REAL_MAX bytes; returns the length, without the NUL. */
#define SG_REAL_MAX 32
size_t sg_fmt_real(double v, char *out);

/* A vector of owned strings. Zero-initialise or sg_strv_init.
 *
 * Past SG_STRV_SCAN_MAX strings, sg_strv_add_unique keeps a set of them beside the
 * vector (index), so that a list grown one string at a time costs linear time, not
 * quadratic (a stakeholder given a new role by each of many articles). Read v and n
 * freely; change them only through these functions: strings appended by
 * sg_strv_add join the set at the next sg_strv_add_unique, and sg_strv_remove and
 * sg_strv_sort drop it. */
#define SG_STRV_SCAN_MAX 32
typedef struct {
    char **v;
    size_t n;
    size_t cap;
    struct sg_strv_index *index; /* buf.c's; NULL until the vector is long */
} sg_strv_t;

void sg_strv_init(sg_strv_t *s);
void sg_strv_release(sg_strv_t *s);
sg_err_t sg_strv_add(sg_strv_t *s, const char *str);
/* Add unless an equal string is present. Errors: SG_ENOMEM (nothing changed). */
sg_err_t sg_strv_add_unique(sg_strv_t *s, const char *str);
int sg_strv_contains(const sg_strv_t *s, const char *str);
/* Add each string of src unless an equal one is present, in src's order. Errors:
 * SG_ENOMEM (the strings added so far stay). */
sg_err_t sg_strv_add_all(sg_strv_t *s, const sg_strv_t *src);
/* Free string i; the last string takes its place. */
void sg_strv_remove(sg_strv_t *s, size_t i);
void sg_strv_sort(sg_strv_t *s);

/* A vector of strings it does not own (a graph keeps them in its string pool). */
typedef struct {
    const char **v;
    size_t n;
    size_t cap;
} sg_refs_t;

void sg_refs_init(sg_refs_t *r);
void sg_refs_release(sg_refs_t *r); /* frees the vector, not the strings */
sg_err_t sg_refs_add(sg_refs_t *r, const char *str);
int sg_refs_contains(const sg_refs_t *r, const char *str);
/* Sort by strcmp and drop repeats. */
void sg_refs_sort_unique(sg_refs_t *r);

/* Open-addressing hash map from strings (copied, or borrowed) to size_t values. */
typedef struct {
    size_t hash; /* the key's hash, tagged with its length (map.c) */
    char *key;   /* NULL: an empty slot */
    size_t val;
} sg_map_slot_t;

typedef struct {
    sg_map_slot_t *slots;
    size_t cap; /* power of two, 0 when empty */
    size_t n;
    /* keys are the caller's strings, not copies: each must stay as it is while
     * the map holds it (a graph's index of its own node and document ids) */
    int borrowed;
    /* otherwise the map's copies of its keys, side by side in blocks freed with the
     * map (a string pool's strings are near each other in memory, and cost no
     * allocation each): the newest block, which begins with a pointer to the one
     * before, its size, and where its free room starts and how long that is */
    void *block;
    size_t block_size;
    char *room;
    size_t room_len;
} sg_map_t;

void sg_map_init(sg_map_t *m);
/* The same, for a map whose keys are borrowed. */
void sg_map_init_borrowed(sg_map_t *m);
/* Free the map (and its keys unless borrowed); it is empty again, borrowing as it
 * did. */
void sg_map_release(sg_map_t *m);
/* Insert or overwrite. */
sg_err_t sg_map_put(sg_map_t *m, const char *key, size_t val);
/* The same for key[0..len), which a map that copies its keys copies with a NUL
 * after them; a map that borrows needs key[len] to be the key's NUL. */
sg_err_t sg_map_putn(sg_map_t *m, const char *key, size_t len, size_t val);
/* Lookup of key[0..len); returns 1 and sets *val when found. */
int sg_map_getn(const sg_map_t *m, const char *key, size_t len, size_t *val);
int sg_map_get(const sg_map_t *m, const char *key, size_t *val);
/* Look up n keys at once: vals[i] receives key i's value, or (size_t)-1 when it is
 * missing. Each key's slot and string are asked of memory ahead of the lookups,
 * so a table larger than the caches costs one wait per group of keys, not two
 * per key. */
void sg_map_get_many(const sg_map_t *m, const char *const *keys, size_t n, size_t *vals);
/* The map's own copy of key, added (value 0) when missing: a string pool. The
 * pointer stays valid until the map is released. NULL when out of memory. */
const char *sg_map_intern(sg_map_t *m, const char *key);

/* malloc'd copies; NULL on allocation failure (or when s is NULL). */
char *sg_strdup(const char *s);
char *sg_strndup(const char *s, size_t n);

/* A stable identifier fragment: lowercase ASCII words joined by '-', "&" read as
 * "and", apostrophes dropped, a leading "the" dropped, other bytes as separators
 * (non-ASCII letters kept as UTF-8, Latin-1 capitals lower-cased: "É" as "é").
 * Written NUL-terminated into out, which has room
 * for SG_SLUG_MAX(strlen(name)) bytes (at most 4 out, "-and", for a byte in); returns
 * its length. */
#define SG_SLUG_MAX(len) (4 * (len) + 1)
size_t sg_slug_into(char *out, const char *name);

/* Case-insensitive ASCII comparison of whole strings. */
int sg_strcaseeq(const char *a, const char *b);

/* qsort that accepts an empty (NULL) array; an array already in order (one pass of
 * cmp finds out) is left as it is. */
void sg_sort(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *));

/* Hash of n bytes (a word at a time, mixed; not for storing: it may change). */
size_t sg_hash(const char *s, size_t n);

#endif
