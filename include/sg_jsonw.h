/* sg_jsonw.h - JSON written as it is made, into a growing buffer, without a tree of
 * it in memory: laid out byte for byte as jansson's json_dumps lays out the same
 * value with JSON_INDENT(1) and JSON_REAL_PRECISION(10) (each member and element
 * on a line of its own, indented a space a level, "key": value, an empty object or
 * array as {} or [], strings with jansson's escapes, reals with ten significant
 * digits and always a '.' or an exponent). The exports, `quotes --json` and
 * `rank --json` use it.
 *
 *   sg_jw_init(&w, &buf); sg_jw_open(&w, '{'); sg_jw_key(&w, "a"); sg_jw_int(&w, 1);
 *   sg_jw_key(&w, "b"); sg_jw_open(&w, '['); sg_jw_next(&w); sg_jw_str(&w, "x");
 *   sg_jw_close(&w, ']'); sg_jw_close(&w, '}');   ->  {\n "a": 1,\n "b": [\n  "x"\n ]\n}
 *
 * A failure (out of memory) is kept in w.rc; every call after it does nothing. The
 * caller may take what the buffer holds between values (a stream), the layout
 * only depends on w. */
#ifndef SG_JSONW_H
#define SG_JSONW_H

#include "sg_error.h"
#include "sg_util.h"

typedef struct {
    sg_buf_t *b; /* where the text goes (borrowed) */
    int depth;   /* objects and arrays open */
    int first;   /* nothing written yet in the innermost one */
    sg_err_t rc; /* SG_OK, or the first failure */
} sg_jw_t;

void sg_jw_init(sg_jw_t *w, sg_buf_t *b);
/* An object ('{') or array ('['), and its end ('}' or ']'). */
void sg_jw_open(sg_jw_t *w, char c);
void sg_jw_close(sg_jw_t *w, char c);
/* Before each element of an array. */
void sg_jw_next(sg_jw_t *w);
/* Before each member of an object: its key (then its value). */
void sg_jw_key(sg_jw_t *w, const char *key);
/* Values. A real that is not finite is written 0.0. */
void sg_jw_str(sg_jw_t *w, const char *s);
void sg_jw_int(sg_jw_t *w, long long i);
void sg_jw_real(sg_jw_t *w, double d);
void sg_jw_bool(sg_jw_t *w, int b);
void sg_jw_null(sg_jw_t *w);
/* Bytes as they are (a newline after the value, say). */
void sg_jw_raw(sg_jw_t *w, const char *s, size_t n);

#endif
