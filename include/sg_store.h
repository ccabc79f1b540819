/* sg_store.h - a text store: long texts (a graph's evidence sentences and
 * quotations) written once and read back by a 64-bit reference. Past a size held
 * in memory, the older texts move to an unlinked temporary file, so that a large
 * graph's memory grows with its number of records, not with the length of its
 * texts. Without a temporary file (none can be made, or a write to it fails) the
 * texts simply stay in memory.
 *
 * Reading is safe from several threads at once while nothing is added. A pointer
 * sg_store_get gives is valid until the next add or release.
 */
#ifndef SG_STORE_H
#define SG_STORE_H

#include <stddef.h>
#include <stdint.h>

#include "sg_error.h"
#include "sg_util.h"

/* 0 stands for no text; any other value names a text of one store. */
typedef uint64_t sg_text_t;

typedef struct {
    char *mem; /* the newest texts: store offsets [base, base + len) */
    size_t len, cap;
    uint64_t base;    /* offset of mem[0]; [0, base) is in the file */
    int fd, has_file; /* the temporary file, when has_file */
    size_t spill_at;  /* bytes in memory past which they move to the file; 0: never
                       * (SG_STORE_SPILL, then SG_STORE_CHUNK once the file is made) */
} sg_store_t;

/* Bytes a store keeps in memory before it starts a temporary file: up to this,
 * every text is read where it lies (writing a graph of a few thousand articles
 * reads each evidence sentence once, and a read from the file costs a system call);
 * once moved, the store gathers SG_STORE_CHUNK bytes at a time in memory. */
#ifndef SG_STORE_SPILL /* a build may set it: the ThreadSanitizer one spills early */
#define SG_STORE_SPILL ((size_t)32 << 20)
#endif
#define SG_STORE_CHUNK ((size_t)1 << 20)

/* A zeroed store is a valid store that never spills; init makes one that does. */
void sg_store_init(sg_store_t *s);
void sg_store_release(sg_store_t *s);

/* Add text[0..len) (without NUL bytes); *ref receives its reference.
 * Errors: SG_ENOMEM (the store is unchanged). */
sg_err_t sg_store_add(sg_store_t *s, const char *text, size_t len, sg_text_t *ref);

/* Add every text of src, a store whose texts are all in memory (an article's), to s
 * as one block: a reference r of src names the same text in s as r + *shift (0
 * stays no text). Errors: SG_ENOMEM (s is unchanged), SG_EINVAL (src has a file:
 * add its texts one by one). */
sg_err_t sg_store_append(sg_store_t *s, const sg_store_t *src, sg_text_t *shift);

/* The text of ref, NUL-terminated, in *text (and its length in *len, which may be
 * NULL): a pointer into the store, or into *scratch when it has to be read from the
 * file. ref 0 gives "". Errors: SG_EIO (the file could not be read), SG_ENOMEM,
 * SG_EINVAL (ref is not one of this store's). */
sg_err_t sg_store_get(const sg_store_t *s, sg_text_t ref, sg_buf_t *scratch,
                      const char **text, size_t *len);

/* A reader of a store's texts, for one thread: from the file through a descriptor
 * of its own, a window of its size at a time (a text longer than it is read alone).
 * Texts read in about the order they were added take windows of
 * SG_STORE_WINDOW_ORDER bytes, so that texts side by side cost one read, not one
 * each; texts read in no order, window 0: each text alone. */
#define SG_STORE_WINDOW_ORDER ((size_t)64 << 10)

typedef struct {
    const sg_store_t *s;
    sg_buf_t win; /* file bytes [lo, lo + win.len) */
    uint64_t lo;
    size_t window;
    int fd; /* its own descriptor on the store's file, -1 before the first read, or
             * the store's own when none could be opened */
} sg_store_reader_t;

void sg_store_reader_init(sg_store_reader_t *rd, const sg_store_t *s, size_t window);
void sg_store_reader_release(sg_store_reader_t *rd);
/* As sg_store_get; *text is valid until the next read, an add or the release. */
sg_err_t sg_store_read(sg_store_reader_t *rd, sg_text_t ref, const char **text,
                       size_t *len);

/* Bytes of text the store holds in memory and in its file. */
size_t sg_store_mem_bytes(const sg_store_t *s);
uint64_t sg_store_file_bytes(const sg_store_t *s);

#endif
