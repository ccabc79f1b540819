/* sg_recs.h - a record file: fixed-size records (a graph's evidence and mention
 * spans, millions of them in a large graph) appended in memory and, past a number
 * held there, moved to an unlinked temporary file and read back with pread. So a
 * graph's memory holds its stakeholders and edges, not every place they were seen.
 * Without a temporary file (none can be made, or a write to it fails) the records
 * simply stay in memory.
 *
 * Reading (sg_recs_get, readers) is safe from several threads at once while nothing
 * is added. Records are copied in and out as bytes: a record may hold pointers, which
 * stay valid as long as what they point to (the records are not written anywhere a
 * later process would read them).
 */
#ifndef SG_RECS_H
#define SG_RECS_H

#include <stddef.h>
#include <stdint.h>

#include "sg_error.h"

typedef struct {
    size_t size;      /* bytes a record */
    char *mem;        /* records [nfile, nfile + nmem) */
    size_t nmem, cap; /* records in mem, and room there */
    size_t nfile;     /* records [0, nfile) are in the file */
    int fd, has_file; /* the temporary file, when has_file */
    size_t spill_at;  /* records in memory past which they move to the file; 0: never */
    size_t window;    /* places a gather fills a pass; 0: 4 MB of records */
} sg_recs_t;

/* Bytes of records held in memory before they move to the file. */
#define SG_RECS_SPILL ((size_t)1 << 20)

/* An empty array of records of size bytes that spills past SG_RECS_SPILL. */
void sg_recs_init(sg_recs_t *r, size_t size);
/* An empty array with like's record size, spilling and window. */
void sg_recs_init_like(sg_recs_t *r, const sg_recs_t *like);
/* Free everything; r is empty again (same record size and spilling). */
void sg_recs_release(sg_recs_t *r);

static inline size_t sg_recs_count(const sg_recs_t *r) {
    return r->nfile + r->nmem;
}

/* Append n records from recs; more than spill_at at once go in pieces (memory
 * never holds more). Errors: SG_ENOMEM (the pieces added before it stay). */
sg_err_t sg_recs_add(sg_recs_t *r, const void *recs, size_t n);

/* Copy records [i, i + n) into out. Errors: SG_EINVAL (past the end), SG_EIO. */
sg_err_t sg_recs_get(const sg_recs_t *r, size_t i, size_t n, void *out);

/* Reorder: record k moves to place dest[k] when dest[k] < kept and is dropped
 * otherwise; dest must map the records kept one to one onto [0, kept). Done a
 * window of places at a time (a pass over the records each), so that memory holds
 * one window, not the records. Errors: SG_ENOMEM, SG_EIO (r is then unchanged). */
sg_err_t sg_recs_gather(sg_recs_t *r, const uint32_t *dest, size_t kept);

/* Records read a block at a time: in order is fastest, any order works. */
typedef struct {
    const sg_recs_t *r;
    char *buf; /* records [lo, lo + n) when read from the file */
    size_t lo, n, cap;
} sg_recs_reader_t;

void sg_recs_reader_init(sg_recs_reader_t *rd, const sg_recs_t *r);
void sg_recs_reader_release(sg_recs_reader_t *rd);
/* *out: records [i, i + n), valid until the next read or release. Errors as
 * sg_recs_get, and SG_ENOMEM. */
sg_err_t sg_recs_read(sg_recs_reader_t *rd, size_t i, size_t n, const void **out);

#endif
