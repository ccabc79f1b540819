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

char *sg_slug(const char *name) {
    sg_buf_t b;
    const unsigned char *p = (const unsigned char *)name;
    int sep = 0;

    sg_buf_init(&b);
    while (*p) {
        if ((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') ||
            (*p >= 'A' && *p <= 'Z')) {
            char c = (char)((*p >= 'A' && *p <= 'Z') ? *p + 32 : *p);
            if (sep && b.len && sg_buf_append(&b, "-", 1) != SG_OK) {
                goto fail;
            }
            sep = 0;
            if (sg_buf_append(&b, &c, 1) != SG_OK) {
                goto fail;
            }
            p++;
        } else if (*p == '\'') {
            p++;
        } else if (p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0x98 || p[2] == 0x99)) {
            p += 3; /* curly apostrophes vanish like straight ones */
        } else if (*p == '&') {
            if (b.len && sg_buf_append(&b, "-and", 4) != SG_OK) {
                goto fail;
            }
            sep = 1;
            p++;
        } else if (*p >= 0xC0) {
            /* keep a non-ASCII letter whole */
            size_t n = *p >= 0xF0 ? 4 : *p >= 0xE0 ? 3 : 2;
            size_t k = 0;
            while (k < n && p[k]) {
                k++;
            }
            if (sep && b.len && sg_buf_append(&b, "-", 1) != SG_OK) {
                goto fail;
            }
            sep = 0;
            if (sg_buf_append(&b, (const char *)p, k) != SG_OK) {
                goto fail;
            }
            p += k;
        } else {
            sep = 1;
            p++;
        }
    }
    if (b.len > 4 && strncmp(b.data, "the-", 4) == 0) {
        memmove(b.data, b.data + 4, b.len - 3);
        b.len -= 4;
    }
    return sg_buf_take(&b);
fail:
    sg_buf_release(&b);
    return NULL;
}

void sg_sort(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *)) {
    if (base && n > 1) {
        qsort(base, n, size, cmp);
    }
}
