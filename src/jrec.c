/* jrec.c - one JSON record as a small tree: parsed straight from plainly valid
 * bytes (a graph file is millions of small records, and jansson's general parser
 * and allocations were most of reading one), or made from a jansson value. */
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "jrec_i.h"
#include "sg_text.h"

/* Objects with more members than this go to jansson (repeated keys are looked for
 * pair by pair). */
#define MAX_MEMBERS 64
/* Nesting the parser follows itself (it recurses); deeper goes to jansson. */
#define MAX_NESTING 512

void sg_jrec_init(sg_jrec_t *r) {
    memset(r, 0, sizeof(*r));
}

void sg_jrec_release(sg_jrec_t *r) {
    free(r->v);
    free(r->text);
    sg_jrec_init(r);
}

static void reset(sg_jrec_t *r) {
    r->nv = 1; /* index 0 names no value */
    r->ntext = 0;
}

/* A new value of type t (its other fields zero): its index, or 0 without memory. */
static size_t new_val(sg_jrec_t *r, sg_jtype_t t) {
    if (r->nv >= r->capv &&
        sg_reserve((void **)&r->v, &r->capv, r->nv + 1, sizeof(*r->v), 64) != SG_OK) {
        return 0;
    }
    memset(&r->v[r->nv], 0, sizeof(r->v[0]));
    r->v[r->nv].type = t;
    return r->nv++;
}

/* Room for more bytes of text; 0, or -1 without memory. */
static int text_room(sg_jrec_t *r, size_t more) {
    if (r->ntext + more <= r->captext) {
        return 0; /* the common case, without a call */
    }
    return sg_reserve((void **)&r->text, &r->captext, r->ntext + more, 1, 256) == SG_OK
               ? 0
               : -1;
}

static int put_text(sg_jrec_t *r, const char *s, size_t n) {
    if (n == 0) {
        return 0;
    }
    if (text_room(r, n)) {
        return -1;
    }
    memcpy(r->text + r->ntext, s, n);
    r->ntext += n;
    return 0;
}

typedef struct {
    sg_jrec_t *r;
    const char *s;
    size_t n, i;
    size_t depth, max_depth;
} jp_t;

static void skip_ws(jp_t *p) {
    while (p->i < p->n && (p->s[p->i] == ' ' || p->s[p->i] == '\n' ||
                           p->s[p->i] == '\r' || p->s[p->i] == '\t')) {
        p->i++;
    }
}

/* Four hex digits at p->i into *cp; 0, or -1. */
static int hex4(jp_t *p, uint32_t *cp) {
    *cp = 0;
    if (p->n - p->i < 4) {
        return -1;
    }
    for (int k = 0; k < 4; k++) {
        char c = p->s[p->i++];
        int d = c >= '0' && c <= '9'   ? c - '0'
                : c >= 'a' && c <= 'f' ? c - 'a' + 10
                : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                       : -1;
        if (d < 0) {
            return -1;
        }
        *cp = *cp << 4 | (uint32_t)d;
    }
    return 0;
}

/* The text of the escape "\u..." after its backslash-u; 0, or -1 where jansson would
 * refuse it (a lone surrogate, U+0000). */
static int unicode_escape(jp_t *p) {
    uint32_t cp, lo;
    char out[4];
    size_t k;

    if (hex4(p, &cp) != 0 || cp == 0 || (cp >= 0xDC00 && cp <= 0xDFFF)) {
        return -1;
    }
    if (cp >= 0xD800 && cp <= 0xDBFF) {
        if (p->n - p->i < 2 || p->s[p->i] != '\\' || p->s[p->i + 1] != 'u') {
            return -1;
        }
        p->i += 2;
        if (hex4(p, &lo) != 0 || lo < 0xDC00 || lo > 0xDFFF) {
            return -1;
        }
        cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
    }
    k = sg_utf8_encode(cp, out);
    return put_text(p->r, out, k);
}

/* The string whose opening quote is at p->i, appended to the text with a NUL: its
 * offset in *off and length in *len. 0, or -1. */
static int parse_string(jp_t *p, size_t *off, size_t *len) {
    sg_jrec_t *r = p->r;
    size_t start = r->ntext;

    p->i++;
    for (;;) {
        size_t run = p->i;
#ifdef __SSE2__
        /* sixteen plain bytes at a time to the first that is not */
        for (unsigned m = 0; !m && p->i + 16 <= p->n;) {
            m = sg_i_json_special16(p->s + p->i, 1);
            p->i += m ? (size_t)__builtin_ctz(m) : 16;
        }
#endif
        while (p->i < p->n) {
            unsigned char c = (unsigned char)p->s[p->i];
            if (c == '"' || c == '\\' || c < 0x20 || c >= 0x80) {
                break;
            }
            p->i++;
        }
        if (put_text(r, p->s + run, p->i - run) != 0 || p->i >= p->n) {
            return -1;
        }
        unsigned char c = (unsigned char)p->s[p->i];
        if (c == '"') {
            p->i++;
            break;
        }
        if (c < 0x20) {
            return -1; /* a control character must be escaped */
        }
        if (c >= 0x80) {
            uint32_t cp;
            size_t k =
                sg_utf8_decode((const unsigned char *)p->s + p->i, p->n - p->i, &cp);
            if ((cp == 0xFFFD && k == 1) || put_text(r, p->s + p->i, k) != 0) {
                return -1; /* invalid UTF-8 */
            }
            p->i += k;
            continue;
        }
        if (p->n - p->i < 2) {
            return -1;
        }
        char e = p->s[p->i + 1], out;
        p->i += 2;
        switch (e) {
        case '"':
        case '\\':
        case '/':
            out = e;
            break;
        case 'b':
            out = '\b';
            break;
        case 'f':
            out = '\f';
            break;
        case 'n':
            out = '\n';
            break;
        case 'r':
            out = '\r';
            break;
        case 't':
            out = '\t';
            break;
        case 'u':
            if (unicode_escape(p) != 0) {
                return -1;
            }
            continue;
        default:
            return -1;
        }
        if (put_text(r, &out, 1) != 0) {
            return -1;
        }
    }
    if (put_text(r, "", 1) != 0) {
        return -1;
    }
    *off = start;
    *len = r->ntext - start - 1;
    return 0;
}

static int is_digit(char c) {
    return c >= '0' && c <= '9';
}

/* A number at p->i: integers of up to 18 digits exactly, others as strtod reads
 * them (as jansson does); 0 for anything else. */
static size_t parse_number(jp_t *p) {
    const char *s = p->s;
    size_t a = p->i, i = p->i, digits;
    int real = 0;
    size_t v;

    if (i < p->n && s[i] == '-') {
        i++;
    }
    if (i < p->n && s[i] == '0') {
        i++;
    } else if (i < p->n && s[i] >= '1' && s[i] <= '9') {
        while (i < p->n && is_digit(s[i])) {
            i++;
        }
    } else {
        return 0;
    }
    digits = i - a - (s[a] == '-');
    if (i < p->n && s[i] == '.') {
        if (++i >= p->n || !is_digit(s[i])) {
            return 0;
        }
        while (i < p->n && is_digit(s[i])) {
            i++;
        }
        real = 1;
    }
    if (i < p->n && (s[i] == 'e' || s[i] == 'E')) {
        i++;
        if (i < p->n && (s[i] == '+' || s[i] == '-')) {
            i++;
        }
        if (i >= p->n || !is_digit(s[i])) {
            return 0;
        }
        while (i < p->n && is_digit(s[i])) {
            i++;
        }
        real = 1;
    }
    if (!real) {
        long long x = 0;
        if (digits > 18 || !(v = new_val(p->r, SG_J_INT))) {
            return 0;
        }
        for (size_t k = a + (s[a] == '-'); k < i; k++) {
            x = x * 10 + (s[k] - '0');
        }
        p->r->v[v].i = s[a] == '-' ? -x : x;
    } else {
        char num[64];
        double d;
        if (i - a >= sizeof(num)) {
            return 0;
        }
        memcpy(num, s + a, i - a);
        num[i - a] = '\0';
        errno = 0;
        d = strtod(num, NULL);
        if ((errno == ERANGE && (d == HUGE_VAL || d == -HUGE_VAL)) ||
            !(v = new_val(p->r, SG_J_REAL))) {
            return 0; /* jansson: real number overflow */
        }
        p->r->v[v].d = d;
    }
    p->i = i;
    return v;
}

/* Whether two keys are the same: the first two bytes first, where a record's keys
 * mostly differ (strcmp was a twelfth of reading a graph file). */
static int same_key(const char *a, const char *b) {
    return a[0] == b[0] && (a[0] == '\0' || a[1] == b[1]) && strcmp(a, b) == 0;
}

/* Whether an object's members repeat a key. */
static int repeats_key(const sg_jrec_t *r, size_t obj) {
    for (size_t a = r->v[obj].first; a; a = r->v[a].next) {
        for (size_t b = r->v[a].next; b; b = r->v[b].next) {
            if (same_key(r->text + r->v[a].key, r->text + r->v[b].key)) {
                return 1;
            }
        }
    }
    return 0;
}

static size_t parse_value(jp_t *p);

/* An object or array whose opening bracket is at p->i. */
static size_t parse_container(jp_t *p) {
    int obj = p->s[p->i] == '{';
    char close = obj ? '}' : ']';
    size_t me = new_val(p->r, obj ? SG_J_OBJ : SG_J_ARR), prev = 0, count = 0;

    if (!me || ++p->depth > p->max_depth) {
        return 0;
    }
    p->i++;
    skip_ws(p);
    if (p->i < p->n && p->s[p->i] == close) {
        p->i++;
        p->depth--;
        return me;
    }
    for (;;) {
        size_t key = 0, klen, item;
        if (obj) {
            skip_ws(p);
            if (p->i >= p->n || p->s[p->i] != '"' || parse_string(p, &key, &klen) != 0) {
                return 0;
            }
            skip_ws(p);
            if (p->i >= p->n || p->s[p->i] != ':') {
                return 0;
            }
            p->i++;
        }
        if (!(item = parse_value(p))) {
            return 0;
        }
        p->r->v[item].key = key;
        if (prev) {
            p->r->v[prev].next = item;
        } else {
            p->r->v[me].first = item;
        }
        prev = item;
        count++;
        skip_ws(p);
        if (p->i >= p->n) {
            return 0;
        }
        if (p->s[p->i] == ',') {
            p->i++;
            continue;
        }
        if (p->s[p->i] != close) {
            return 0;
        }
        p->i++;
        break;
    }
    p->r->v[me].len = count;
    if (obj && (count > MAX_MEMBERS || repeats_key(p->r, me))) {
        return 0;
    }
    p->depth--;
    return me;
}

static size_t literal(jp_t *p, const char *word, sg_jtype_t t) {
    size_t n = strlen(word);
    if (p->n - p->i < n || memcmp(p->s + p->i, word, n) != 0) {
        return 0;
    }
    p->i += n;
    return new_val(p->r, t);
}

static size_t parse_value(jp_t *p) {
    size_t off, len, v;

    skip_ws(p);
    if (p->i >= p->n) {
        return 0;
    }
    switch (p->s[p->i]) {
    case '{':
    case '[':
        return parse_container(p);
    case '"':
        if (parse_string(p, &off, &len) != 0 || !(v = new_val(p->r, SG_J_STR))) {
            return 0;
        }
        p->r->v[v].str = off;
        p->r->v[v].len = len;
        return v;
    case 't':
        return literal(p, "true", SG_J_TRUE);
    case 'f':
        return literal(p, "false", SG_J_FALSE);
    case 'n':
        return literal(p, "null", SG_J_NULL);
    default:
        return parse_number(p);
    }
}

size_t sg_jrec_parse(sg_jrec_t *r, const char *s, size_t n, size_t max_depth,
                     size_t *end) {
    jp_t p = {r, s, n, 0, 0, max_depth < MAX_NESTING ? max_depth : MAX_NESTING};
    size_t root;

    reset(r);
    root = parse_value(&p);
    if (root) {
        *end = p.i;
    }
    return root;
}

static size_t convert(sg_jrec_t *r, const json_t *j) {
    size_t v = 0, prev = 0, item, off;

    switch (json_typeof(j)) {
    case JSON_OBJECT: {
        const char *key;
        json_t *val;
        if (!(v = new_val(r, SG_J_OBJ))) {
            return 0;
        }
        json_object_foreach((json_t *)j, key, val) {
            off = r->ntext;
            if (put_text(r, key, strlen(key) + 1) != 0 || !(item = convert(r, val))) {
                return 0;
            }
            r->v[item].key = off;
            *(prev ? &r->v[prev].next : &r->v[v].first) = item;
            prev = item;
            r->v[v].len++;
        }
        return v;
    }
    case JSON_ARRAY: {
        size_t i;
        json_t *val;
        if (!(v = new_val(r, SG_J_ARR))) {
            return 0;
        }
        json_array_foreach((json_t *)j, i, val) {
            if (!(item = convert(r, val))) {
                return 0;
            }
            *(prev ? &r->v[prev].next : &r->v[v].first) = item;
            prev = item;
            r->v[v].len++;
        }
        return v;
    }
    case JSON_STRING:
        off = r->ntext;
        if (put_text(r, json_string_value(j), json_string_length(j)) != 0 ||
            put_text(r, "", 1) != 0 || !(v = new_val(r, SG_J_STR))) {
            return 0;
        }
        r->v[v].str = off;
        r->v[v].len = json_string_length(j);
        return v;
    case JSON_INTEGER:
        if ((v = new_val(r, SG_J_INT))) {
            r->v[v].i = json_integer_value(j);
        }
        return v;
    case JSON_REAL:
        if ((v = new_val(r, SG_J_REAL))) {
            r->v[v].d = json_real_value(j);
        }
        return v;
    case JSON_TRUE:
        return new_val(r, SG_J_TRUE);
    case JSON_FALSE:
        return new_val(r, SG_J_FALSE);
    default:
        return new_val(r, SG_J_NULL);
    }
}

size_t sg_jrec_from_json(sg_jrec_t *r, const json_t *j) {
    reset(r);
    return convert(r, j);
}

const sg_jval_t *sg_jrec_get(const sg_jrec_t *r, const sg_jval_t *obj, const char *key) {
    if (!obj || obj->type != SG_J_OBJ) {
        return NULL;
    }
    for (size_t i = obj->first; i; i = r->v[i].next) {
        if (same_key(r->text + r->v[i].key, key)) {
            return &r->v[i];
        }
    }
    return NULL;
}
