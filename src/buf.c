/* buf.c - growable byte buffer and string vector, and the library's array growth. */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef __linux__
#include <sys/mman.h>
#endif

#include "sg_util.h"

void sg_buf_init(sg_buf_t *b) {
    b->data = NULL;
    b->len = 0;
    b->cap = 0;
}

void sg_buf_release(sg_buf_t *b) {
    free(b->data);
    sg_buf_init(b);
}

sg_err_t sg_reserve(void **arr, size_t *cap, size_t need, size_t size, size_t first) {
    size_t nc = *cap ? *cap : first;
    void *p;

    if (need <= *cap) {
        return SG_OK;
    }
    while (nc < need) {
        if (nc > SIZE_MAX / 2) {
            return SG_ENOMEM;
        }
        nc *= 2;
    }
    if (nc > SIZE_MAX / size || !(p = realloc(*arr, nc * size))) {
        return SG_ENOMEM;
    }
    *arr = p;
    *cap = nc;
    return SG_OK;
}

/* Large blocks are made present and writable before they are read: a fresh mapping
 * reads as the zero page, and the first write to each of its pages after a read
 * then faults again to replace the page; with other threads of the process
 * running, every such fault interrupts their cores to flush the old mapping. */
#define ZALLOC_POPULATE ((size_t)64 << 10)

void *sg_zalloc(size_t n, size_t size) {
    char *p = n && size <= SIZE_MAX / n ? calloc(n, size) : NULL;
    size_t len = n * size;

    if (p && len >= ZALLOC_POPULATE) {
        /* pages are 4 KB or a multiple of it: a write each 4 KB reaches every one */
        const size_t page = 4096;
        int done = 0;
#ifdef MADV_POPULATE_WRITE
        /* whole pages inside the block: writing them in place changes nothing */
        uintptr_t a = ((uintptr_t)p + page - 1) & ~(uintptr_t)(page - 1);
        uintptr_t b = ((uintptr_t)p + len) & ~(uintptr_t)(page - 1);
        done = b > a && madvise((void *)a, b - a, MADV_POPULATE_WRITE) == 0;
#endif
        for (size_t i = 0; !done && i < len; i += page) {
            ((volatile char *)p)[i] = 0; /* a write, which calloc's zeroes allow */
        }
    }
    return p;
}

static sg_err_t buf_reserve(sg_buf_t *b, size_t extra) {
    size_t need = b->len + extra + 1;

    if (need < b->len) {
        return SG_ENOMEM;
    }
    return sg_reserve((void **)&b->data, &b->cap, need, 1, 64);
}

sg_err_t sg_buf_append(sg_buf_t *b, const char *s, size_t n) {
    /* the common case first: it fits, no size arithmetic to guard */
    if (b->cap - b->len > n && b->data) {
        memcpy(b->data + b->len, s, n);
        b->len += n;
        b->data[b->len] = '\0';
        return SG_OK;
    }
    if (buf_reserve(b, n) != SG_OK) {
        return SG_ENOMEM;
    }
    if (n) {
        memcpy(b->data + b->len, s, n);
    }
    b->len += n;
    b->data[b->len] = '\0';
    return SG_OK;
}

sg_err_t sg_buf_puts(sg_buf_t *b, const char *s) {
    return sg_buf_append(b, s, strlen(s));
}

sg_err_t sg_buf_printf(sg_buf_t *b, const char *fmt, ...) {
    size_t room = b->data ? b->cap - b->len : 0;
    va_list ap;
    int n;

    /* formatted once where it fits (nearly always: a number, a short tag), else
     * measured by that first try and formatted again after the buffer grows */
    va_start(ap, fmt);
    n = vsnprintf(room ? b->data + b->len : NULL, room, fmt, ap);
    va_end(ap);
    if (n < 0) {
        if (room) {
            b->data[b->len] = '\0';
        }
        return SG_ENOMEM;
    }
    if ((size_t)n >= room) {
        if (buf_reserve(b, (size_t)n) != SG_OK) {
            if (room) {
                b->data[b->len] = '\0';
            }
            return SG_ENOMEM;
        }
        va_start(ap, fmt);
        vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
        va_end(ap);
    }
    b->len += (size_t)n;
    return SG_OK;
}

/* Whether byte c is written as it is in XML text and attributes. */
static int xml_plain(unsigned char c) {
    return c >= 0x20 ? c != '&' && c != '<' && c != '>' && c != '"' && c != '\''
                     : c == '\t' || c == '\n' || c == '\r';
}

sg_err_t sg_buf_xml(sg_buf_t *b, const char *s) {
    sg_err_t rc = SG_OK;

    while (*s && rc == SG_OK) {
        const char *run = s;
        while (*s && xml_plain((unsigned char)*s)) {
            s++;
        }
        if (s > run) { /* the plain bytes in one piece */
            rc = sg_buf_append(b, run, (size_t)(s - run));
        }
        if (!*s || rc != SG_OK) {
            break;
        }
        switch (*s++) {
        case '&':
            rc = sg_buf_append(b, "&amp;", 5);
            break;
        case '<':
            rc = sg_buf_append(b, "&lt;", 4);
            break;
        case '>':
            rc = sg_buf_append(b, "&gt;", 4);
            break;
        case '"':
            rc = sg_buf_append(b, "&quot;", 6);
            break;
        case '\'':
            rc = sg_buf_append(b, "&apos;", 6);
            break;
        default:
            break; /* a control character XML 1.0 does not allow: dropped */
        }
    }
    return rc;
}

char *sg_buf_take(sg_buf_t *b) {
    char *p = b->data;

    if (!p) {
        p = calloc(1, 1);
    }
    sg_buf_init(b);
    return p;
}

/* The set beside a long string vector: its keys, borrowed, are v[0..upto). */
struct sg_strv_index {
    sg_map_t set;
    size_t upto;
};

void sg_strv_init(sg_strv_t *s) {
    s->v = NULL;
    s->n = 0;
    s->cap = 0;
    s->index = NULL;
}

static void strv_drop_index(sg_strv_t *s) {
    if (s->index) {
        sg_map_release(&s->index->set);
        free(s->index);
        s->index = NULL;
    }
}

void sg_strv_release(sg_strv_t *s) {
    strv_drop_index(s);
    for (size_t i = 0; i < s->n; i++) {
        free(s->v[i]);
    }
    free(s->v);
    sg_strv_init(s);
}

sg_err_t sg_strv_add(sg_strv_t *s, const char *str) {
    char *copy;

    if (s->n == s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 4;
        char **v = realloc(s->v, cap * sizeof(*v));
        if (!v) {
            return SG_ENOMEM;
        }
        s->v = v;
        s->cap = cap;
    }
    copy = sg_strdup(str);
    if (!copy) {
        return SG_ENOMEM;
    }
    s->v[s->n++] = copy;
    return SG_OK;
}

void sg_refs_init(sg_refs_t *r) {
    r->v = NULL;
    r->n = r->cap = 0;
}

void sg_refs_release(sg_refs_t *r) {
    free(r->v);
    sg_refs_init(r);
}

sg_err_t sg_refs_add(sg_refs_t *r, const char *str) {
    if (r->n == r->cap) {
        size_t cap = r->cap ? r->cap * 2 : 2;
        const char **v = realloc(r->v, cap * sizeof(*v));
        if (!v) {
            return SG_ENOMEM;
        }
        r->v = v;
        r->cap = cap;
    }
    r->v[r->n++] = str;
    return SG_OK;
}

int sg_refs_contains(const sg_refs_t *r, const char *str) {
    for (size_t i = 0; i < r->n; i++) {
        if (strcmp(r->v[i], str) == 0) {
            return 1;
        }
    }
    return 0;
}

static int cmp_ref(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

void sg_refs_sort_unique(sg_refs_t *r) {
    size_t w = 0;

    if (r->n > 1) {
        qsort(r->v, r->n, sizeof(*r->v), cmp_ref);
    }
    for (size_t i = 0; i < r->n; i++) {
        if (!w || strcmp(r->v[w - 1], r->v[i]) != 0) {
            r->v[w++] = r->v[i];
        }
    }
    r->n = w;
}

int sg_strv_contains(const sg_strv_t *s, const char *str) {
    if (s->index && s->index->upto == s->n) {
        return sg_map_get(&s->index->set, str, NULL);
    }
    for (size_t i = 0; i < s->n; i++) {
        if (strcmp(s->v[i], str) == 0) {
            return 1;
        }
    }
    return 0;
}

/* s's set, made or brought up to date with every string of v; NULL when out of
 * memory (the strings it holds are still v's first upto). */
static struct sg_strv_index *strv_index(sg_strv_t *s) {
    struct sg_strv_index *ix = s->index;

    if (!ix) {
        if (!(ix = malloc(sizeof(*ix)))) {
            return NULL;
        }
        sg_map_init_borrowed(&ix->set);
        ix->upto = 0;
        s->index = ix;
    }
    for (; ix->upto < s->n; ix->upto++) {
        if (sg_map_put(&ix->set, s->v[ix->upto], 0) != SG_OK) {
            return NULL;
        }
    }
    return ix;
}

sg_err_t sg_strv_add_unique(sg_strv_t *s, const char *str) {
    struct sg_strv_index *ix;

    if (s->n < SG_STRV_SCAN_MAX) {
        return sg_strv_contains(s, str) ? SG_OK : sg_strv_add(s, str);
    }
    if (!(ix = strv_index(s))) {
        return SG_ENOMEM;
    }
    if (sg_map_get(&ix->set, str, NULL)) {
        return SG_OK;
    }
    if (sg_strv_add(s, str) != SG_OK) {
        return SG_ENOMEM;
    }
    /* out of memory here leaves the new string for the next call to index */
    if (sg_map_put(&ix->set, s->v[s->n - 1], 0) == SG_OK) {
        ix->upto = s->n;
    }
    return SG_OK;
}

sg_err_t sg_strv_add_all(sg_strv_t *s, const sg_strv_t *src) {
    for (size_t i = 0; i < src->n; i++) {
        if (sg_strv_add_unique(s, src->v[i]) != SG_OK) {
            return SG_ENOMEM;
        }
    }
    return SG_OK;
}

void sg_strv_remove(sg_strv_t *s, size_t i) {
    strv_drop_index(s); /* the set cannot forget one string */
    free(s->v[i]);
    s->v[i] = s->v[--s->n];
}

static int cmp_str(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

void sg_strv_sort(sg_strv_t *s) {
    strv_drop_index(s); /* it names v's first strings, which sorting moves */
    if (s->n > 1) {
        qsort(s->v, s->n, sizeof(*s->v), cmp_str);
    }
}
