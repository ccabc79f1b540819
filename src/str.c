/* str.c - string helpers: copies, slugs, case-insensitive comparison. */
#include <stdlib.h>
#include <string.h>

#include "sg_util.h"

char *sg_strdup(const char *s) {
    return s ? sg_strndup(s, strlen(s)) : NULL;
}

char *sg_strndup(const char *s, size_t n) {
    char *p;

    if (!s) {
        return NULL;
    }
    p = malloc(n + 1);
    if (p) {
        memcpy(p, s, n);
        p[n] = '\0';
    }
    return p;
}

int sg_strcaseeq(const char *a, const char *b) {
    for (; *a && *b; a++, b++) {
        char x = (*a >= 'A' && *a <= 'Z') ? (char)(*a + 32) : *a;
        char y = (*b >= 'A' && *b <= 'Z') ? (char)(*b + 32) : *b;
        if (x != y) {
            return 0;
        }
    }
    return *a == *b;
}

/* An ASCII letter or digit; c | 0x20 is then its lower case (digits have the bit). */
static inline int ascii_alnum(unsigned char c) {
    return (unsigned)((c | 0x20) - 'a') < 26 || (unsigned)(c - '0') < 10;
}

size_t sg_slug_into(char *out, const char *name) {
    const unsigned char *p = (const unsigned char *)name;
    size_t n = 0;
    int sep = 0;

    while (*p) {
        if (ascii_alnum(*p)) { /* a word, lower-cased in one go */
            if (sep && n) {
                out[n++] = '-';
            }
            sep = 0;
            do {
                out[n++] = (char)(*p | 0x20);
                p++;
            } while (ascii_alnum(*p));
        } else if (*p == '\'') {
            p++;
        } else if (p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0x98 || p[2] == 0x99)) {
            p += 3; /* curly apostrophes vanish like straight ones */
        } else if (*p == '&') {
            if (n) {
                memcpy(out + n, "-and", 4);
                n += 4;
            }
            sep = 1;
            p++;
        } else if (*p >= 0xC0) {
            /* keep a non-ASCII letter whole, a Latin-1 capital in lower case ("É"
             * as "é": U+00C0-U+00DE but "×", two bytes, the second 0x20 up) */
            size_t k = 0, want = *p >= 0xF0 ? 4 : *p >= 0xE0 ? 3 : 2;
            if (sep && n) {
                out[n++] = '-';
            }
            sep = 0;
            int capital = p[0] == 0xC3 && p[1] >= 0x80 && p[1] <= 0x9E && p[1] != 0x97;
            while (k < want && p[k]) {
                out[n++] = (char)p[k++];
            }
            if (capital && k == 2) {
                out[n - 1] = (char)(p[1] + 0x20);
            }
            p += k;
        } else {
            sep = 1;
            p++;
        }
    }
    out[n] = '\0';
    if (n > 4 && strncmp(out, "the-", 4) == 0) {
        memmove(out, out + 4, n - 3);
        n -= 4;
    }
    return n;
}

void sg_sort(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *)) {
    const char *p = base;
    size_t i = 1;

    if (!base || n < 2) {
        return;
    }
    /* runs often come in order already (a node's spans and an edge's evidence are
     * appended article by article): one pass finds out, and a run in order is left
     * as it is, as glibc's merge sort, which is stable, would leave it */
    while (i < n && cmp(p + (i - 1) * size, p + i * size) <= 0) {
        i++;
    }
    if (i < n) {
        qsort(base, n, size, cmp);
    }
}
