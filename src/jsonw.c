/* jsonw.c - JSON written as it is made, laid out as jansson's dump lays out a tree
 * with JSON_INDENT(1) and JSON_REAL_PRECISION(10). */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "sg_jsonw.h"

void sg_jw_init(sg_jw_t *w, sg_buf_t *b) {
    w->b = b;
    w->depth = 0;
    w->first = 1;
    w->rc = SG_OK;
}

void sg_jw_raw(sg_jw_t *w, const char *s, size_t n) {
    if (w->rc == SG_OK) {
        w->rc = sg_buf_append(w->b, s, n);
    }
}

/* A new line, indented to the depth w is at. */
static void jw_newline(sg_jw_t *w) {
    static const char line[] = "\n                ";
    const int most = (int)sizeof(line) - 2;
    int d = w->depth;

    sg_jw_raw(w, line, 1 + (size_t)(d < most ? d : most));
    for (d -= most; d > 0; d -= most) {
        sg_jw_raw(w, line + 1, (size_t)(d < most ? d : most));
    }
}

/* Where the next member or element goes: after a comma, on a line of its own. */
void sg_jw_next(sg_jw_t *w) {
    if (!w->first) {
        sg_jw_raw(w, ",", 1);
    }
    w->first = 0;
    jw_newline(w);
}

void sg_jw_open(sg_jw_t *w, char c) {
    sg_jw_raw(w, &c, 1);
    w->depth++;
    w->first = 1;
}

void sg_jw_close(sg_jw_t *w, char c) {
    w->depth--;
    if (!w->first) {
        jw_newline(w);
    }
    w->first = 0;
    sg_jw_raw(w, &c, 1);
}

/* s as a JSON string: jansson's escapes (\u with capital hex digits). */
void sg_jw_str(sg_jw_t *w, const char *s) {
    const char *run = s;

    sg_jw_raw(w, "\"", 1);
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        char esc[7];
        if (c >= 0x20 && c != '"' && c != '\\') {
            continue;
        }
        sg_jw_raw(w, run, (size_t)(s - run));
        run = s + 1;
        switch (c) {
        case '"':
        case '\\':
            esc[0] = '\\', esc[1] = (char)c;
            sg_jw_raw(w, esc, 2);
            break;
        case '\b':
            sg_jw_raw(w, "\\b", 2);
            break;
        case '\f':
            sg_jw_raw(w, "\\f", 2);
            break;
        case '\n':
            sg_jw_raw(w, "\\n", 2);
            break;
        case '\r':
            sg_jw_raw(w, "\\r", 2);
            break;
        case '\t':
            sg_jw_raw(w, "\\t", 2);
            break;
        default:
            snprintf(esc, sizeof(esc), "\\u%04X", c);
            sg_jw_raw(w, esc, 6);
        }
    }
    sg_jw_raw(w, run, (size_t)(s - run));
    sg_jw_raw(w, "\"", 1);
}

void sg_jw_key(sg_jw_t *w, const char *key) {
    sg_jw_next(w);
    sg_jw_str(w, key);
    sg_jw_raw(w, ": ", 2);
}

void sg_jw_int(sg_jw_t *w, long long i) {
    char num[24];
    sg_jw_raw(w, num, (size_t)snprintf(num, sizeof(num), "%lld", i));
}

/* Ten significant digits, always with a '.' or an exponent (so that readers keep it
 * a real), and the exponent with neither a '+' nor leading zeros. A real that is
 * not finite, which no centrality gives, is written 0.0. */
void sg_jw_real(sg_jw_t *w, double d) {
    char num[40], *e;
    int n = snprintf(num, sizeof(num) - 2, "%.10g", isfinite(d) ? d : 0.0);

    if (!strpbrk(num, ".e")) {
        memcpy(num + n, ".0", 3);
        n += 2;
    }
    if ((e = strchr(num, 'e')) != NULL) {
        char *digits = e + 1 + (e[1] == '-'), *from = e + 2;
        while (*from == '0') {
            from++;
        }
        memmove(digits, from, strlen(from) + 1);
        n = (int)strlen(num);
    }
    sg_jw_raw(w, num, (size_t)n);
}

void sg_jw_bool(sg_jw_t *w, int b) {
    sg_jw_raw(w, b ? "true" : "false", b ? 4 : 5);
}

void sg_jw_null(sg_jw_t *w) {
    sg_jw_raw(w, "null", 4);
}
