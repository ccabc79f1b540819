/* jrec_check.h - the record parser (src/jrec.c) against jansson: whatever it
 * accepts, jansson accepts too, with the same values. Shared by test_json.c and
 * the fuzz target. */
#ifndef SG_JREC_CHECK_H
#define SG_JREC_CHECK_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jrec_i.h"
#include "sg_util.h"

static int jc_cmp_str(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Canonical text of value v (object members sorted by key), appended to b. */
static void jc_dump(const sg_jrec_t *r, const sg_jval_t *v, sg_buf_t *b) {
    char num[64];
    switch (v->type) {
    case SG_J_NULL:
        sg_buf_puts(b, "n");
        break;
    case SG_J_TRUE:
        sg_buf_puts(b, "t");
        break;
    case SG_J_FALSE:
        sg_buf_puts(b, "f");
        break;
    case SG_J_INT:
        snprintf(num, sizeof(num), "i%lld", v->i);
        sg_buf_puts(b, num);
        break;
    case SG_J_REAL:
        snprintf(num, sizeof(num), "r%.17g", v->d);
        sg_buf_puts(b, num);
        break;
    case SG_J_STR:
        snprintf(num, sizeof(num), "s%zu:", v->len);
        sg_buf_puts(b, num);
        sg_buf_append(b, sg_jrec_str(r, v), v->len);
        break;
    case SG_J_ARR:
        sg_buf_puts(b, "[");
        for (const sg_jval_t *c = sg_jrec_first(r, v); c; c = sg_jrec_next(r, c)) {
            jc_dump(r, c, b);
            sg_buf_puts(b, ",");
        }
        sg_buf_puts(b, "]");
        break;
    case SG_J_OBJ: {
        size_t n = 0, k = 0;
        for (const sg_jval_t *c = sg_jrec_first(r, v); c; c = sg_jrec_next(r, c)) {
            n++;
        }
        char **items = calloc(n ? n : 1, sizeof(*items));
        for (const sg_jval_t *c = sg_jrec_first(r, v); c && items;
             c = sg_jrec_next(r, c)) {
            sg_buf_t one;
            sg_buf_init(&one);
            sg_buf_puts(&one, r->text + c->key);
            sg_buf_puts(&one, "=");
            jc_dump(r, c, &one);
            items[k++] = one.data ? one.data : sg_strdup("");
        }
        qsort(items, k, sizeof(*items), jc_cmp_str);
        sg_buf_puts(b, "{");
        for (size_t i = 0; i < k; i++) {
            sg_buf_puts(b, items[i]);
            sg_buf_puts(b, ";");
            free(items[i]);
        }
        sg_buf_puts(b, "}");
        free(items);
        break;
    }
    }
}

/* 0 when the parser refuses s[0..n) or reads it as jansson does; -1 otherwise (with
 * a line on stderr). *accepted says whether the parser took it. */
static int jc_same_as_jansson(const char *s, size_t n, int *accepted) {
    sg_jrec_t a, b;
    sg_buf_t da, db;
    size_t end = 0, ra, rb;
    json_t *j;
    int bad = 0;

    sg_jrec_init(&a);
    sg_jrec_init(&b);
    sg_buf_init(&da);
    sg_buf_init(&db);
    ra = sg_jrec_parse(&a, s, n, 64, &end);
    *accepted = ra != 0;
    if (ra) {
        j = json_loadb(s, end, JSON_REJECT_DUPLICATES | JSON_DECODE_ANY, NULL);
        if (!j) {
            fprintf(stderr, "jrec: took what jansson refuses: %.*s\n", (int)end, s);
            bad = -1;
        } else {
            rb = sg_jrec_from_json(&b, j);
            json_decref(j);
            jc_dump(&a, sg_jrec_at(&a, ra), &da);
            jc_dump(&b, sg_jrec_at(&b, rb), &db);
            if (!da.data || !db.data || strcmp(da.data, db.data) != 0) {
                fprintf(stderr, "jrec: %s\njansson: %s\n", da.data ? da.data : "",
                        db.data ? db.data : "");
                bad = -1;
            }
        }
    }
    sg_buf_release(&da);
    sg_buf_release(&db);
    sg_jrec_release(&a);
    sg_jrec_release(&b);
    return bad;
}

#endif
