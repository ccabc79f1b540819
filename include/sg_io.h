/* sg_io.h - reading whole files with a size limit and writing outputs atomically
 * (a temporary file in the same folder, renamed into place: on failure the old
 * file stays as it was and nothing half-written is left behind). */
#ifndef SG_IO_H
#define SG_IO_H

#include <stddef.h>

#include "sg_error.h"
#include "sg_util.h"

/* Read path into *data (malloc'd, NUL-terminated; *len bytes). Refuses folders and
 * files over max_bytes (0 = no limit, SG_ELIMIT). "-" reads standard input. */
sg_err_t sg_io_read(const char *path, size_t max_bytes, char **data, size_t *len,
                    sg_error_t *err);

/* A file's bytes for one pass from start to end, without a copy of the whole file
 * in memory: a regular file is mapped read-only, and the pages behind where its
 * reader has got to can be given back (sg_io_map_done); a file whose size is a
 * whole number of pages (data[len] would lie past the mapping), or one the system
 * will not map, is read into memory as sg_io_read does; a stream ("-", a pipe, a
 * device) is read into memory too, refused (SG_EPARSE) at its first NUL byte, which
 * no text holds, so that /dev/zero is an error at once rather than all of memory.
 * data[0..len) is readable (a page given back is read again from the file if
 * touched) and NUL-terminated, until sg_io_unmap. The file must not shrink while
 * mapped (stakegraph's own outputs replace a file, they never cut it). */
typedef struct {
    const char *data;
    size_t len;
    size_t mapped;   /* bytes mapped; 0: read into memory */
    size_t given;    /* pages before this offset given back since the reader last
                        went back */
    size_t next_run; /* where the next run of pages to give back ends */
} sg_io_map_t;

sg_err_t sg_io_map(const char *path, sg_io_map_t *m, sg_error_t *err);

/* The reader has got to offset at, going forward: the mapped pages it has passed
 * since it last went back (a second pass starts again at the file's start) are
 * given back, a run of several megabytes at a time; touched again (an error
 * message's line count), they are read again from the file. Cheap to call often
 * (an inline comparison); nothing for a file read into memory or a NULL m. */
void sg_io_map_give_back(sg_io_map_t *m, size_t at);
static inline void sg_io_map_done(sg_io_map_t *m, size_t at) {
    if (m && (at >= m->next_run || at < m->given)) {
        sg_io_map_give_back(m, at);
    }
}

void sg_io_unmap(sg_io_map_t *m);

/* Write data[0..len) to path atomically; "-" writes to standard output. */
sg_err_t sg_io_write(const char *path, const char *data, size_t len, sg_error_t *err);

/* Write all of data[0..len) to file descriptor fd, retrying short writes and
 * interrupted calls. Returns 0, or the errno of the failure. */
int sg_io_write_fd(int fd, const char *data, size_t len);

/* Read all of data[0..len) from fd: at byte offset off of the file (pread), or,
 * when off is negative, from where fd stands (a pipe). Retries short reads and
 * interrupted calls. Returns 0, or -1 on an error or an early end. */
int sg_io_read_fd(int fd, char *data, size_t len, long long off);

/* An unlinked temporary file in $TMPDIR (else /tmp), open for reading and
 * writing and closed on exec; -1 when none can be made. */
int sg_io_temp_file(void);

/* A descriptor of its own on the file fd is open on (a temporary file, unlinked or
 * not), for reading: threads that each read through their own do not share one
 * open file's count (with pread from two threads on one descriptor, taking and
 * dropping it was an eighth of the 100 MB bench graph's write phase). -1 when none
 * can be opened (no /proc): read through fd then. */
int sg_io_reopen_read(int fd);

/* Append data[0..len) to the temporary file *fd, made first when *has_file is 0 (a
 * spilling store's file). 0, or -1 when no file can be made or the write fails. */
int sg_io_spill(int *fd, int *has_file, const char *data, size_t len);

/* A file being written: bytes go to a temporary file beside the target, which
 * replaces the target only on commit ("-": standard output, unbuffered here). A
 * target that is a symbolic link to a file has that file replaced, or made when it
 * does not exist yet (the link stays); one that is not a regular file (a device
 * such as /dev/null, a named pipe) is written to as it is, never replaced.
 *   sg_io_out_open, then sg_io_out_write any number of times (a failure is
 *   remembered and reported by commit), then sg_io_out_commit or sg_io_out_abort.
 * Both commit and abort close the file; after abort nothing is left behind (but
 * what went to standard output, a device or a pipe). */
typedef struct {
    const char *path;  /* borrowed: what messages name */
    char target[4096]; /* the file a link leads to, replaced; "" when path is it */
    char tmp[4096];
    int fd, to_stdout, errnum;
    int direct;         /* written as it is: standard output, a device, a pipe */
    long long written;  /* bytes written */
    long long reserved; /* bytes the file has space for; -1: not reserving */
    int slot;           /* its place among the files sg_io_remove_temp_files knows */
} sg_io_out_t;

sg_err_t sg_io_out_open(sg_io_out_t *o, const char *path, sg_error_t *err);
sg_err_t sg_io_out_write(sg_io_out_t *o, const char *data, size_t len);
sg_err_t sg_io_out_commit(sg_io_out_t *o, sg_error_t *err);
void sg_io_out_abort(sg_io_out_t *o);

/* Unlink the temporary file of every output open and not yet committed or aborted
 * (up to eight at once), and nothing else: for a handler of the signals that end
 * the process (only async-signal-safe calls). The library installs no handler;
 * the program decides which signals end it. */
void sg_io_remove_temp_files(void);

/* Have sg_io_remove_temp_files also cut the regular file fd back to len bytes (one
 * file at a time; fd -1: none): a file that output goes to as it comes and that a
 * failure cuts back (extract's standard output). */
void sg_io_cut_on_signal(int fd, long long len);

/* List the articles (*.txt, sorted) a path names: the file itself, or the .txt
 * files of a folder and of its folders at any depth (.TXT too, any case; names
 * that start with '.' left out; links followed, but not back up into a folder
 * being read). Errors: missing path, a folder with none, a pipe, socket or device
 * named .txt. */
sg_err_t sg_io_list_articles(const char *path, sg_strv_t *out, sg_error_t *err);

#endif
