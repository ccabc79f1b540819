/* store.c - the text store: texts appended to a memory buffer, the buffer moved to
 * an unlinked temporary file whenever it passes spill_at, texts read back where
 * they lie.
 *
 * A reference is (offset << 24) | length: offset 0 is never used (the store begins
 * with one NUL), so no reference is 0. A text of 2^24 - 1 bytes or more keeps its
 * length in 8 bytes before it and LONG in the reference. Every text is followed by
 * a NUL, so one in memory is handed out where it lies. */
#define _POSIX_C_SOURCE 200809L
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "sg_io.h"
#include "sg_store.h"

#define LEN_BITS 24
#define LONG ((uint64_t)((1u << LEN_BITS) - 1))
#define MAX_OFFSET ((uint64_t)1 << (64 - LEN_BITS))

void sg_store_init(sg_store_t *s) {
    memset(s, 0, sizeof(*s));
    s->spill_at = SG_STORE_SPILL;
}

void sg_store_release(sg_store_t *s) {
    free(s->mem);
    if (s->has_file) {
        close(s->fd);
    }
    sg_store_init(s);
}

/* Move the memory buffer to the file. On any failure the texts stay in memory and
 * the store stops spilling (what the file holds so far stays readable). */
static void spill(sg_store_t *s) {
    if (sg_io_spill(&s->fd, &s->has_file, s->mem, s->len) != 0) {
        s->spill_at = 0;
        return;
    }
    s->base += s->len;
    s->len = 0;
    if (s->spill_at > SG_STORE_CHUNK) { /* the first move: from now on in chunks */
        free(s->mem);
        s->mem = NULL;
        s->cap = 0;
        s->spill_at = SG_STORE_CHUNK;
    }
}

/* Room in memory for need more bytes, the memory moved to the file first when they
 * would take it past spill_at, and the NUL at offset 0 written into an empty store:
 * the new bytes go at offset base + len. Errors: SG_ENOMEM. */
static sg_err_t make_room(sg_store_t *s, size_t need) {
    int first = s->base + s->len == 0;

    if (s->spill_at && s->len && s->len + need > s->spill_at) {
        spill(s); /* base + len stay */
    }
    /* 4 KB first: the sentences and quotations of an article */
    if (sg_reserve((void **)&s->mem, &s->cap, s->len + need + (first ? 1 : 0), 1, 4096) !=
        SG_OK) {
        return SG_ENOMEM;
    }
    if (first) {
        s->mem[s->len++] = '\0';
    }
    return SG_OK;
}

sg_err_t sg_store_add(sg_store_t *s, const char *text, size_t len, sg_text_t *ref) {
    uint64_t off;

    if (make_room(s, len + 1 + (len >= LONG ? 8 : 0)) != SG_OK) {
        return SG_ENOMEM;
    }
    off = s->base + s->len;
    if (off >= MAX_OFFSET) {
        return SG_ENOMEM; /* a terabyte of text: no reference can name more */
    }
    if (len >= LONG) {
        uint64_t n = len;
        memcpy(s->mem + s->len, &n, 8);
        s->len += 8;
    }
    if (len) {
        memcpy(s->mem + s->len, text, len);
    }
    s->len += len;
    s->mem[s->len++] = '\0';
    *ref = off << LEN_BITS | (len >= LONG ? LONG : (uint64_t)len);
    return SG_OK;
}

sg_err_t sg_store_append(sg_store_t *s, const sg_store_t *src, sg_text_t *shift) {
    size_t n = src->len > 1 ? src->len - 1 : 0; /* the texts after src's NUL */
    uint64_t off = s->base + s->len + (s->base + s->len == 0 ? 1 : 0);

    *shift = 0;
    if (src->base != 0 || src->has_file) {
        return SG_EINVAL;
    }
    if (n == 0) {
        return SG_OK;
    }
    if (off + n >= MAX_OFFSET) {
        return SG_ENOMEM;
    }
    if (make_room(s, n) != SG_OK) {
        return SG_ENOMEM;
    }
    memcpy(s->mem + s->len, src->mem + 1, n);
    s->len += n;
    /* src's text at offset o (o >= 1) is now at off + o - 1 */
    *shift = (off - 1) << LEN_BITS;
    return SG_OK;
}

/* sg_store_get, reading the file through fd. */
static sg_err_t get_fd(const sg_store_t *s, int fd, sg_text_t ref, sg_buf_t *scratch,
                       const char **text, size_t *len) {
    uint64_t off = ref >> LEN_BITS, n = ref & LONG, end = s->base + s->len;

    if (ref == 0) {
        *text = "";
        if (len) {
            *len = 0;
        }
        return SG_OK;
    }
    if (off >= s->base) {
        /* in memory */
        const char *p = s->mem + (off - s->base);
        if (n == LONG) {
            if (off + 8 > end) {
                return SG_EINVAL;
            }
            memcpy(&n, p, 8);
            p += 8;
            off += 8;
        }
        if (off + n >= end) {
            return SG_EINVAL;
        }
        *text = p;
    } else {
        if (!s->has_file) {
            return SG_EINVAL;
        }
        if (n == LONG) {
            if (sg_io_read_fd(fd, (char *)&n, 8, (long long)off) != 0) {
                return SG_EIO;
            }
            off += 8;
        }
        if (off + n >= s->base) {
            return SG_EINVAL;
        }
        if (scratch->cap < n + 1) {
            char *p = realloc(scratch->data, n + 1);
            if (!p) {
                return SG_ENOMEM;
            }
            scratch->data = p;
            scratch->cap = n + 1;
        }
        if (sg_io_read_fd(fd, scratch->data, n, (long long)off) != 0) {
            return SG_EIO;
        }
        scratch->data[n] = '\0';
        scratch->len = n;
        *text = scratch->data;
    }
    if (len) {
        *len = (size_t)n;
    }
    return SG_OK;
}

sg_err_t sg_store_get(const sg_store_t *s, sg_text_t ref, sg_buf_t *scratch,
                      const char **text, size_t *len) {
    return get_fd(s, s->fd, ref, scratch, text, len);
}

void sg_store_reader_init(sg_store_reader_t *rd, const sg_store_t *s, size_t window) {
    rd->s = s;
    sg_buf_init(&rd->win);
    rd->lo = 0;
    rd->window = window;
    rd->fd = -1;
}

void sg_store_reader_release(sg_store_reader_t *rd) {
    sg_buf_release(&rd->win);
    rd->lo = 0;
    if (rd->fd >= 0 && rd->fd != rd->s->fd) {
        close(rd->fd);
    }
    rd->fd = -1;
}

sg_err_t sg_store_read(sg_store_reader_t *rd, sg_text_t ref, const char **text,
                       size_t *len) {
    const sg_store_t *s = rd->s;
    uint64_t off = ref >> LEN_BITS, n = ref & LONG;
    size_t want;

    if (rd->fd < 0 && s->has_file && (rd->fd = sg_io_reopen_read(s->fd)) < 0) {
        rd->fd = s->fd;
    }
    if (ref == 0 || off >= s->base || n == LONG || n + 1 > rd->window) {
        /* in memory, or read alone: a text longer than the window, or any with none */
        sg_err_t rc = get_fd(s, rd->fd, ref, &rd->win, text, len);
        rd->win.len = 0; /* what it read there is no window */
        return rc;
    }
    if (!s->has_file || off + n >= s->base) {
        return SG_EINVAL;
    }
    if (off < rd->lo || off + n >= rd->lo + rd->win.len) {
        /* the window does not hold the text and its NUL: read the one from it */
        want = s->base - off < rd->window ? (size_t)(s->base - off) : rd->window;
        rd->win.len = 0;
        if (sg_reserve((void **)&rd->win.data, &rd->win.cap, want + 1, 1, want + 1) !=
            SG_OK) {
            return SG_ENOMEM;
        }
        if (sg_io_read_fd(rd->fd, rd->win.data, want, (long long)off) != 0) {
            return SG_EIO;
        }
        rd->win.data[want] = '\0';
        rd->win.len = want;
        rd->lo = off;
    }
    *text = rd->win.data + (off - rd->lo);
    if ((*text)[n] != '\0') {
        return SG_EINVAL;
    }
    if (len) {
        *len = (size_t)n;
    }
    return SG_OK;
}

size_t sg_store_mem_bytes(const sg_store_t *s) {
    return s->len;
}

uint64_t sg_store_file_bytes(const sg_store_t *s) {
    return s->base;
}
