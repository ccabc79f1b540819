/* recs.c - the record file: fixed-size records appended to a memory buffer, the
 * buffer moved to an unlinked temporary file whenever it holds spill_at records,
 * records read back where they lie (see sg_recs.h). */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "sg_io.h"
#include "sg_recs.h"

/* Bytes a reader reads from the file at a time, and bytes of places a gather fills
 * in one pass over the records. */
#define READ_BYTES ((size_t)64 << 10)
#define WINDOW_BYTES ((size_t)4 << 20)

void sg_recs_init(sg_recs_t *r, size_t size) {
    memset(r, 0, sizeof(*r));
    r->size = size;
    r->spill_at = size ? SG_RECS_SPILL / size : 0;
}

void sg_recs_init_like(sg_recs_t *r, const sg_recs_t *like) {
    sg_recs_init(r, like->size);
    r->spill_at = like->spill_at;
    r->window = like->window;
}

void sg_recs_release(sg_recs_t *r) {
    size_t size = r->size, spill_at = r->spill_at, window = r->window;

    free(r->mem);
    if (r->has_file) {
        close(r->fd);
    }
    memset(r, 0, sizeof(*r));
    r->size = size;
    r->spill_at = spill_at;
    r->window = window;
}

/* Move the memory buffer to the end of the file. On any failure the records stay
 * in memory and r stops spilling (the file's records so far stay readable). */
static void spill(sg_recs_t *r) {
    if (sg_io_spill(&r->fd, &r->has_file, r->mem, r->nmem * r->size) != 0) {
        r->spill_at = 0;
        return;
    }
    r->nfile += r->nmem;
    r->nmem = 0;
}

sg_err_t sg_recs_add(sg_recs_t *r, const void *recs, size_t n) {
    if (!n) {
        return SG_OK;
    }
    /* more than memory holds (a gather's window): in pieces, each spilled in turn,
     * so that memory never holds more than spill_at records */
    while (r->spill_at && n > r->spill_at) {
        sg_err_t rc = sg_recs_add(r, recs, r->spill_at);
        if (rc != SG_OK) {
            return rc;
        }
        recs = (const char *)recs + r->spill_at * r->size;
        n -= r->spill_at;
    }
    if (r->spill_at && r->nmem && r->nmem + n > r->spill_at) {
        spill(r);
    }
    /* 32 records first (an article's fragment holds a few dozen of each kind), or
     * fewer when fewer are kept in memory */
    size_t first = r->spill_at && r->spill_at < 32 ? r->spill_at : 32;
    if (sg_reserve((void **)&r->mem, &r->cap, r->nmem + n, r->size, first) != SG_OK) {
        return SG_ENOMEM;
    }
    memcpy(r->mem + r->nmem * r->size, recs, n * r->size);
    r->nmem += n;
    return SG_OK;
}

sg_err_t sg_recs_get(const sg_recs_t *r, size_t i, size_t n, void *out) {
    char *o = out;

    if (i > sg_recs_count(r) || n > sg_recs_count(r) - i) {
        return SG_EINVAL;
    }
    if (i < r->nfile && n) {
        size_t k = r->nfile - i < n ? r->nfile - i : n;
        if (!r->has_file ||
            sg_io_read_fd(r->fd, o, k * r->size, (long long)(i * r->size)) != 0) {
            return SG_EIO;
        }
        o += k * r->size;
        i += k;
        n -= k;
    }
    if (n) {
        memcpy(o, r->mem + (i - r->nfile) * r->size, n * r->size);
    }
    return SG_OK;
}

sg_err_t sg_recs_gather(sg_recs_t *r, const uint32_t *dest, size_t kept) {
    size_t total = sg_recs_count(r), size = r->size;
    size_t wn = r->window ? r->window : WINDOW_BYTES / size ? WINDOW_BYTES / size : 1;
    sg_recs_t out;
    sg_recs_reader_t rd;
    char *win;
    sg_err_t rc = SG_OK;

    if (wn > kept) {
        wn = kept ? kept : 1;
    }
    if (!(win = malloc(wn * size))) {
        return SG_ENOMEM;
    }
    sg_recs_init_like(&out, r);
    sg_recs_reader_init(&rd, r);
    for (size_t lo = 0; lo < kept && rc == SG_OK; lo += wn) {
        size_t hi = lo + wn < kept ? lo + wn : kept;
        for (size_t i = 0; i < total && rc == SG_OK;) {
            size_t m = READ_BYTES / size ? READ_BYTES / size : 1;
            const char *p;
            if (m > total - i) {
                m = total - i;
            }
            if ((rc = sg_recs_read(&rd, i, m, (const void **)&p)) != SG_OK) {
                break;
            }
            for (size_t j = 0; j < m; j++) {
                size_t d = dest[i + j];
                if (d >= lo && d < hi) {
                    memcpy(win + (d - lo) * size, p + j * size, size);
                }
            }
            i += m;
        }
        if (rc == SG_OK) {
            rc = sg_recs_add(&out, win, hi - lo);
        }
    }
    sg_recs_reader_release(&rd);
    free(win);
    if (rc != SG_OK) {
        sg_recs_release(&out);
        return rc;
    }
    sg_recs_release(r);
    *r = out;
    return SG_OK;
}

void sg_recs_reader_init(sg_recs_reader_t *rd, const sg_recs_t *r) {
    memset(rd, 0, sizeof(*rd));
    rd->r = r;
}

void sg_recs_reader_release(sg_recs_reader_t *rd) {
    free(rd->buf);
    memset(rd, 0, sizeof(*rd));
}

sg_err_t sg_recs_read(sg_recs_reader_t *rd, size_t i, size_t n, const void **out) {
    const sg_recs_t *r = rd->r;
    size_t total = sg_recs_count(r), m;
    sg_err_t rc;

    if (i > total || n > total - i) {
        return SG_EINVAL;
    }
    if (!n) {
        static const char none;
        *out = &none; /* no records: not NULL, which memcpy may not be given */
        return SG_OK;
    }
    if (i >= r->nfile) {
        *out = r->mem + (i - r->nfile) * r->size; /* in memory: where they lie */
        return SG_OK;
    }
    if (i >= rd->lo && i + n <= rd->lo + rd->n) {
        *out = rd->buf + (i - rd->lo) * r->size;
        return SG_OK;
    }
    /* a block from i: what was asked, and more to come when it is short */
    m = READ_BYTES / r->size;
    if (m < n) {
        m = n;
    }
    if (m > total - i) {
        m = total - i;
    }
    if (m > rd->cap) {
        char *p = realloc(rd->buf, m * r->size);
        if (!p) {
            return SG_ENOMEM;
        }
        rd->buf = p;
        rd->cap = m;
    }
    rd->n = 0;
    if ((rc = sg_recs_get(r, i, m, rd->buf)) != SG_OK) {
        return rc;
    }
    rd->lo = i;
    rd->n = m;
    *out = rd->buf;
    return SG_OK;
}
