/* jrec_i.h - one JSON record (an object of a graph file, a line of fragments) as a
 * small tree in buffers reused record after record. The tree is parsed straight
 * from the bytes when they are plainly valid JSON, or made from a jansson value;
 * the graph readers (json.c) work on this tree only. Not public. */
#ifndef SG_JREC_I_H
#define SG_JREC_I_H

#include <jansson.h>
#include <stddef.h>

typedef enum {
    SG_J_NULL,
    SG_J_TRUE,
    SG_J_FALSE,
    SG_J_INT,
    SG_J_REAL,
    SG_J_STR,
    SG_J_ARR,
    SG_J_OBJ
} sg_jtype_t;

/* A value; values are named by their index in the record (0: none). */
typedef struct {
    sg_jtype_t type;
    size_t key;   /* a member of an object: its name, an offset into the record's text */
    size_t str;   /* a string: its text (NUL-terminated), an offset into the text */
    size_t len;   /* a string's bytes, or an array's or object's items */
    size_t first; /* an array's or object's first item */
    size_t next;  /* the next item of the array or object this one is in */
    long long i;  /* SG_J_INT */
    double d;     /* SG_J_REAL */
} sg_jval_t;

typedef struct {
    sg_jval_t *v; /* v[0] is not a value */
    size_t nv, capv;
    char *text; /* strings and keys, each NUL-terminated */
    size_t ntext, captext;
} sg_jrec_t;

void sg_jrec_init(sg_jrec_t *r);
void sg_jrec_release(sg_jrec_t *r);

/* Parse the JSON value at s[0..n) (white space before it allowed) into r, replacing
 * what r held. Returns the value's index and sets *end past it, or 0 when the
 * bytes are not plainly valid JSON that jansson would read the same (a syntax
 * error, a repeated key, invalid UTF-8, "\u0000", an integer of 19 digits or more,
 * a number out of range, nesting deeper than max_depth) or memory ran out: the
 * caller then asks jansson. */
size_t sg_jrec_parse(sg_jrec_t *r, const char *s, size_t n, size_t max_depth,
                     size_t *end);

/* The same tree from a jansson value; 0 when memory ran out. */
size_t sg_jrec_from_json(sg_jrec_t *r, const json_t *j);

/* Accessors; pointers stay valid until r next changes. */
static inline const sg_jval_t *sg_jrec_at(const sg_jrec_t *r, size_t i) {
    return i ? &r->v[i] : NULL;
}
static inline const char *sg_jrec_str(const sg_jrec_t *r, const sg_jval_t *v) {
    return r->text + v->str;
}
/* The member key of an object (NULL when none). */
const sg_jval_t *sg_jrec_get(const sg_jrec_t *r, const sg_jval_t *obj, const char *key);
/* Items of an array or object: first, then next; NULL after the last. */
static inline const sg_jval_t *sg_jrec_first(const sg_jrec_t *r, const sg_jval_t *v) {
    return v && (v->type == SG_J_ARR || v->type == SG_J_OBJ) ? sg_jrec_at(r, v->first)
                                                             : NULL;
}
static inline const sg_jval_t *sg_jrec_next(const sg_jrec_t *r, const sg_jval_t *v) {
    return sg_jrec_at(r, v->next);
}

#ifdef __SSE2__
#include <emmintrin.h>

/* A bit for each of the sixteen bytes at p that a JSON string cannot hold as they
 * are: below 0x20 (those the unsigned maximum with 0x20 changes), quotes and
 * backslashes; with high, bytes from 0x80 too (a reader checks their UTF-8). Every
 * x86-64 has SSE2; the reader and the writer of graph files scan strings with it,
 * as strings are most of a graph file's bytes. */
static inline unsigned sg_i_json_special16(const char *p, int high) {
    const __m128i x = _mm_loadu_si128((const __m128i *)(const void *)p);
    const __m128i space = _mm_set1_epi8(0x20), quote = _mm_set1_epi8('"'),
                  bslash = _mm_set1_epi8('\\');
    __m128i ok = _mm_cmpeq_epi8(_mm_max_epu8(x, space), x);
    __m128i esc = _mm_or_si128(_mm_cmpeq_epi8(x, quote), _mm_cmpeq_epi8(x, bslash));
    unsigned m =
        ((unsigned)_mm_movemask_epi8(ok) ^ 0xFFFFu) | (unsigned)_mm_movemask_epi8(esc);
    return high ? m | (unsigned)_mm_movemask_epi8(x) : m;
}
#endif

#endif
