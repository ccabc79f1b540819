/* io.c - whole-file reads with limits, atomic writes, article listing. */
#define _POSIX_C_SOURCE 200809L
#ifdef __linux__
#define _GNU_SOURCE /* fallocate */
#endif
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "sg_io.h"

/* The rest of fd, read in chunks to its end and appended to b: at most max_bytes in
 * all (0: no limit). Errors in err (b keeps what was read). */
static sg_err_t read_chunks(int fd, const char *path, size_t max_bytes, sg_buf_t *b,
                            sg_error_t *err) {
    char chunk[65536];
    ssize_t n;

    while ((n = read(fd, chunk, sizeof(chunk))) != 0) {
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            return sg_error_set(err, SG_EIO, path, 0, 0, "%s", strerror(errno));
        }
        if (max_bytes && b->len + (size_t)n > max_bytes) {
            return sg_error_set(err, SG_ELIMIT, path, 0, 0,
                                "input over the limit of %zu bytes (--max-bytes)",
                                max_bytes);
        }
        if (sg_buf_append(b, chunk, (size_t)n) != SG_OK) {
            return sg_error_set(err, SG_ENOMEM, path, 0, 0, "out of memory");
        }
    }
    return SG_OK;
}

sg_err_t sg_io_read(const char *path, size_t max_bytes, char **data, size_t *len,
                    sg_error_t *err) {
    int fd = strcmp(path, "-") == 0 ? 0 : open(path, O_RDONLY);
    struct stat st;
    sg_buf_t b;
    ssize_t n;

    *data = NULL;
    *len = 0;
    if (fd < 0) {
        return sg_error_set(err, SG_EIO, path, 0, 0, "%s", strerror(errno));
    }
    int have_st = fstat(fd, &st) == 0;
    if (have_st && S_ISDIR(st.st_mode)) {
        close(fd);
        return sg_error_set(err, SG_EIO, path, 0, 0, "is a folder, expected a file");
    }
    if (max_bytes && have_st && S_ISREG(st.st_mode) && (size_t)st.st_size > max_bytes) {
        if (fd) {
            close(fd);
        }
        return sg_error_set(err, SG_ELIMIT, path, 0, 0,
                            "file is %lld bytes, over the limit of %zu (--max-bytes)",
                            (long long)st.st_size, max_bytes);
    }
    sg_buf_init(&b);
    /* a regular file is read straight into a buffer of its size (one allocation, no
     * copy), asking for a byte more: a read that comes back short at the size fstat
     * gave is at the end (a regular file's reads are short only there), which spares
     * the read that would find it. What it may have grown by since, and any other
     * file, are read in chunks. */
    int at_end = 0;
    if (have_st && S_ISREG(st.st_mode) && st.st_size > 0 &&
        (b.data = malloc((size_t)st.st_size + 2)) != NULL) {
        size_t size = (size_t)st.st_size;
        b.cap = size + 2;
        while (!at_end && b.len <= size &&
               ((n = read(fd, b.data + b.len, size + 1 - b.len)) > 0 ||
                (n < 0 && errno == EINTR))) {
            size_t want = size + 1 - b.len;
            b.len += n > 0 ? (size_t)n : 0;
            at_end = n > 0 && (size_t)n < want && b.len == size;
        }
        b.data[b.len] = '\0';
    }
    sg_err_t rc = SG_OK;
    if (max_bytes && b.len > max_bytes) { /* grown past the limit since fstat */
        rc = sg_error_set(err, SG_ELIMIT, path, 0, 0,
                          "input over the limit of %zu bytes (--max-bytes)", max_bytes);
    } else if (!at_end) {
        rc = read_chunks(fd, path, max_bytes, &b, err);
    }
    if (fd) {
        close(fd);
    }
    if (rc != SG_OK) {
        sg_buf_release(&b);
        return rc;
    }
    *len = b.len;
    *data = sg_buf_take(&b);
    return *data ? SG_OK : sg_error_set(err, SG_ENOMEM, path, 0, 0, "out of memory");
}

/* Pages are given back in runs of GIVE_RUN bytes: a few madvise calls a gigabyte. */
#define GIVE_RUN ((size_t)16 << 20)

/* A stream held in memory up to this many bytes; past them, in a temporary file. */
#define STREAM_IN_MEMORY ((size_t)16 << 20)

/* m the first size bytes of fd mapped, read in order, the first len of them the
 * text and a NUL after it (the rest of the last page reads as zeros, or a NUL byte
 * is there): 0, or -1 when fd cannot be mapped. fd stays open. */
static int map_fd(int fd, size_t len, size_t size, sg_io_map_t *m) {
    void *p = mmap(NULL, size, PROT_READ, MAP_PRIVATE, fd, 0);

    if (p == MAP_FAILED) {
        return -1;
    }
    madvise(p, size, MADV_SEQUENTIAL);
    m->data = p;
    m->len = len;
    m->mapped = size;
    m->next_run = GIVE_RUN;
    return 0;
}

/* m the mapping of the temporary file fd, which holds len bytes of a stream (and a
 * NUL after them, at the end of its last page or written there). Closes fd. */
static int map_stream_file(int fd, size_t len, sg_io_map_t *m) {
    size_t page = (size_t)sysconf(_SC_PAGESIZE), size = len + (len % page == 0);
    int rc =
        size == len || sg_io_write_fd(fd, "", 1) == 0 ? map_fd(fd, len, size, m) : -1;

    close(fd);
    return rc;
}

/* A stream (standard input, a pipe, a device) read to its end into m, refused at
 * its first NUL byte, which no text holds (/dev/zero named as a graph is an error
 * at once). Past STREAM_IN_MEMORY bytes it goes on in an unlinked temporary file,
 * which is then mapped as a file is, so that the pages the reader has passed are
 * given back: `merge -F -` in a pipeline holds the graph, not its whole input as
 * well. Without a temporary file, all of it in memory. Closes fd (but standard
 * input). */
static sg_err_t read_text_stream(int fd, const char *path, sg_io_map_t *m,
                                 sg_error_t *err) {
    char chunk[65536];
    sg_buf_t b; /* what memory holds: all of it, or the first part until tmp */
    size_t len = 0;
    int tmp = -1, tried = 0, e = 0;
    ssize_t n;
    sg_err_t rc = SG_OK;

    sg_buf_init(&b);
    while (rc == SG_OK && !e && (n = read(fd, chunk, sizeof(chunk))) != 0) {
        const char *nul;
        if (n < 0) {
            if (errno != EINTR) {
                rc = sg_error_set(err, SG_EIO, path, 0, 0, "%s", strerror(errno));
            }
            continue;
        }
        if ((nul = memchr(chunk, '\0', (size_t)n)) != NULL) {
            rc = sg_error_set(err, SG_EPARSE, path, 0, 0,
                              "binary data (a NUL byte at offset %zu), not text",
                              len + (size_t)(nul - chunk));
            continue;
        }
        if (!tried && b.len + (size_t)n > STREAM_IN_MEMORY) {
            tried = 1;
            if ((tmp = sg_io_temp_file()) >= 0) {
                e = sg_io_write_fd(tmp, b.data, b.len);
                sg_buf_release(&b);
            }
        }
        if (tmp >= 0) {
            e = e ? e : sg_io_write_fd(tmp, chunk, (size_t)n);
        } else if (sg_buf_append(&b, chunk, (size_t)n) != SG_OK) {
            rc = sg_error_set(err, SG_ENOMEM, path, 0, 0, "out of memory");
        }
        len += (size_t)n;
    }
    if (fd > 0) {
        close(fd);
    }
    if (e) {
        rc = sg_error_set(err, SG_EIO, path, 0, 0,
                          "cannot hold it in a temporary file: %s", strerror(e));
    }
    if (tmp >= 0) {
        if (rc == SG_OK && map_stream_file(tmp, len, m) != 0) {
            rc = sg_error_set(err, SG_EIO, path, 0, 0, "cannot map its temporary file");
        } else if (rc != SG_OK) {
            close(tmp);
        }
    } else if (rc == SG_OK) {
        m->len = b.len;
        if (!(m->data = sg_buf_take(&b))) {
            rc = sg_error_set(err, SG_ENOMEM, path, 0, 0, "out of memory");
        }
    }
    if (rc != SG_OK) {
        sg_buf_release(&b);
        memset(m, 0, sizeof(*m));
    }
    return rc;
}

sg_err_t sg_io_map(const char *path, sg_io_map_t *m, sg_error_t *err) {
    long page = sysconf(_SC_PAGESIZE);
    struct stat st;
    char *data;
    int fd;

    memset(m, 0, sizeof(*m));
    m->next_run = (size_t)-1; /* nothing to give back */
    if (strcmp(path, "-") == 0) {
        return read_text_stream(0, path, m, err);
    }
    fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd >= 0 && fstat(fd, &st) == 0) {
        if (!S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode)) { /* a pipe, a device */
            return read_text_stream(fd, path, m, err);
        }
        if (S_ISREG(st.st_mode) && st.st_size > 0 && page > 0 && st.st_size % page != 0 &&
            (uintmax_t)st.st_size <= SIZE_MAX) {
            /* the rest of the last page reads as zeros: a NUL at len */
            if (map_fd(fd, (size_t)st.st_size, (size_t)st.st_size, m) == 0) {
                close(fd);
                return SG_OK;
            }
        }
    }
    if (fd >= 0) {
        close(fd);
    }
    /* a folder, an empty file, one of whole pages, one not mapped: read (and its
     * error said) as sg_io_read does, a file's size at most */
    sg_err_t rc = sg_io_read(path, 0, &data, &m->len, err);
    m->data = data;
    return rc;
}

void sg_io_map_give_back(sg_io_map_t *m, size_t at) {
    size_t page = (size_t)sysconf(_SC_PAGESIZE), to;

    if (!m || !m->mapped) {
        return;
    }
    to = (at < m->mapped ? at : m->mapped) / page * page;
    if (to > m->given) {
        madvise((char *)m->data + m->given, to - m->given, MADV_DONTNEED);
    }
    m->given = to; /* behind it when the reader went back: from here on */
    m->next_run = to + GIVE_RUN;
}

void sg_io_unmap(sg_io_map_t *m) {
    if (m->mapped) {
        munmap((void *)m->data, m->mapped);
    } else {
        free((void *)m->data);
    }
    memset(m, 0, sizeof(*m));
}

/* The file a symbolic link that leads nowhere yet names, following links to links,
 * into out (size bytes): 1, or 0 when path is no such link. */
static int dangling_target(const char *path, char *out, size_t size) {
    char link[4096], next[4096];
    struct stat lst;

    if (strlen(path) >= sizeof(link)) {
        return 0;
    }
    strcpy(link, path);
    for (int hops = 0; hops < 40 && lstat(link, &lst) == 0 && S_ISLNK(lst.st_mode);
         hops++) {
        ssize_t n = readlink(link, next, sizeof(next) - 1);
        const char *slash = strrchr(link, '/');
        if (n <= 0) {
            return 0;
        }
        next[n] = '\0';
        /* a relative target is relative to the link's folder */
        if (next[0] != '/' && slash) {
            if ((size_t)(slash - link + 1) + (size_t)n >= sizeof(link)) {
                return 0;
            }
            memmove(link + (slash - link + 1), next, (size_t)n + 1);
        } else {
            strcpy(link, next);
        }
        if (lstat(link, &lst) != 0) { /* the end of the chain: the file to make */
            if (strlen(link) >= size) {
                return 0;
            }
            strcpy(out, link);
            return 1;
        }
    }
    return 0;
}

/* The temporary files being written, for sg_io_remove_temp_files: a file's path is
 * copied into a free slot once the file is made, and the slot is let go once the
 * file is renamed or removed (a signal in between unlinks a name that is gone). A
 * signal handler reads the slots; threads take them under the lock. More files at
 * once than slots: the rest are not removed on a signal. */
#define TEMP_SLOTS 8

static char temp_path[TEMP_SLOTS][sizeof(((sg_io_out_t *)0)->tmp)];
static atomic_int temp_live[TEMP_SLOTS]; /* lock-free: a handler may read it */
static pthread_mutex_t temp_lock = PTHREAD_MUTEX_INITIALIZER;

static int temp_hold(const char *path) {
    int slot = -1;

    pthread_mutex_lock(&temp_lock);
    for (int i = 0; i < TEMP_SLOTS && slot < 0; i++) {
        if (!temp_live[i]) {
            strcpy(temp_path[i], path);
            temp_live[i] = 1;
            slot = i;
        }
    }
    pthread_mutex_unlock(&temp_lock);
    return slot;
}

/* One store: only taking a slot (finding it free, then filling it) needs the lock. */
static void temp_let_go(int slot) {
    if (slot >= 0) {
        temp_live[slot] = 0;
    }
}

/* The file sg_io_remove_temp_files cuts back, and to what length (fd -1: none). */
static atomic_int cut_fd = -1;
static off_t cut_len;

void sg_io_cut_on_signal(int fd, long long len) {
    cut_fd = -1;
    cut_len = (off_t)len;
    cut_fd = fd;
}

void sg_io_remove_temp_files(void) {
    int fd = cut_fd;

    for (int i = 0; i < TEMP_SLOTS; i++) {
        if (temp_live[i]) {
            unlink(temp_path[i]);
        }
    }
    if (fd >= 0) {
        int failed = ftruncate(fd, cut_len); /* nothing to do if it fails */
        (void)failed;
    }
}

/* A temporary file beside the target: "DIR/.NAME.tmpXXXXXX". */
sg_err_t sg_io_out_open(sg_io_out_t *o, const char *path, sg_error_t *err) {
    const char *slash, *target = path;
    struct stat st, lst;

    memset(o, 0, sizeof(*o));
    o->fd = -1;
    o->slot = -1;
    o->path = path;
    if (strcmp(path, "-") == 0) {
        o->fd = 1;
        o->to_stdout = o->direct = 1;
        o->reserved = -1;
        fflush(stdout); /* what stdio holds goes first */
        return SG_OK;
    }
    if (stat(path, &st) == 0) {
        if (S_ISDIR(st.st_mode)) {
            return sg_error_set(err, SG_EIO, path, 0, 0, "is a folder, expected a file");
        }
        if (!S_ISREG(st.st_mode)) { /* /dev/null, a named pipe: never replaced */
            o->direct = 1;
            o->reserved = -1;
            o->fd = open(path, O_WRONLY | O_CLOEXEC);
            if (o->fd < 0) {
                return sg_error_set(err, SG_EIO, path, 0, 0, "cannot write: %s",
                                    strerror(errno));
            }
            return SG_OK;
        }
        /* a link to a file: the file is replaced, the link stays */
        if (lstat(path, &lst) == 0 && S_ISLNK(lst.st_mode)) {
            char *real = realpath(path, NULL);
            if (real && strlen(real) < sizeof(o->target)) {
                strcpy(o->target, real);
                target = o->target;
            }
            free(real);
        }
    } else if (errno == ENOENT && dangling_target(path, o->target, sizeof(o->target))) {
        target = o->target; /* a link to a file not made yet: made, the link stays */
    }
    slash = strrchr(target, '/');
    if (snprintf(o->tmp, sizeof(o->tmp), "%.*s.%s.tmpXXXXXX",
                 slash ? (int)(slash - target + 1) : 0, target,
                 slash ? slash + 1 : target) >= (int)sizeof(o->tmp)) {
        return sg_error_set(err, SG_EINVAL, path, 0, 0, "path too long");
    }
    o->fd = mkstemp(o->tmp);
    o->reserved = 0;
    if (o->fd < 0) {
        return sg_error_set(err, SG_EIO, path, 0, 0, "cannot write: %s", strerror(errno));
    }
    o->slot = temp_hold(o->tmp);
    return SG_OK;
}

int sg_io_write_fd(int fd, const char *data, size_t len) {
    while (len) {
        ssize_t n = write(fd, data, len);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            return n < 0 ? errno : EIO;
        }
        data += n;
        len -= (size_t)n;
    }
    return 0;
}

int sg_io_read_fd(int fd, char *data, size_t len, long long off) {
    while (len) {
        ssize_t n = off < 0 ? read(fd, data, len) : pread(fd, data, len, (off_t)off);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            return -1;
        }
        data += n;
        len -= (size_t)n;
        if (off >= 0) {
            off += n;
        }
    }
    return 0;
}

/* A large output has its space reserved ahead of what is written, RESERVE_STEP at a
 * time past its first RESERVE_FROM bytes (what is left over is trimmed on commit).
 * ext4 writes out a file's not yet allocated data when it is renamed over another,
 * and waits for the disk to take it: with the space reserved, the rename of the 100
 * MB bench build's 500 MB graph over the last one took 0.095-0.106 s against 0.134 s
 * (a test program: 0.11 s against 0.30 s). Where the file system cannot reserve (or
 * has no room), writing goes on as before. */
#define RESERVE_FROM ((long long)1 << 20)
#define RESERVE_STEP ((long long)16 << 20)

static void reserve(sg_io_out_t *o, size_t len) {
#ifdef FALLOC_FL_KEEP_SIZE
    if (o->reserved >= 0 && o->written + (long long)len > o->reserved &&
        o->written + (long long)len > RESERVE_FROM) {
        long long from = o->reserved > o->written ? o->reserved : o->written;
        long long to = o->written + (long long)len + RESERVE_STEP;
        o->reserved =
            fallocate(o->fd, FALLOC_FL_KEEP_SIZE, (off_t)from, (off_t)(to - from)) ? -1
                                                                                   : to;
    }
#else
    (void)o;
    (void)len;
#endif
}

sg_err_t sg_io_out_write(sg_io_out_t *o, const char *data, size_t len) {
    if (o->errnum == 0) {
        reserve(o, len);
        o->errnum = sg_io_write_fd(o->fd, data, len);
        o->written += (long long)len;
    }
    return o->errnum ? SG_EIO : SG_OK;
}

sg_err_t sg_io_out_commit(sg_io_out_t *o, sg_error_t *err) {
    const char *subject = o->to_stdout ? "stdout" : o->path;

    if (o->direct) {
        if (!o->to_stdout && close(o->fd) != 0 && o->errnum == 0) {
            o->errnum = errno;
        }
        o->fd = -1;
        return o->errnum ? sg_error_set(err, SG_EIO, subject, 0, 0, "cannot write: %s",
                                        strerror(o->errnum))
                         : SG_OK;
    }
    if (o->errnum == 0 && fchmod(o->fd, 0644) != 0) {
        o->errnum = errno;
    }
    if (o->errnum == 0 && o->reserved > o->written &&
        ftruncate(o->fd, (off_t)o->written)) {
        o->errnum = errno; /* the space reserved past the end given back */
    }
    if (close(o->fd) != 0 && o->errnum == 0) {
        o->errnum = errno;
    }
    o->fd = -1;
    if (o->errnum == 0 && rename(o->tmp, o->target[0] ? o->target : o->path) != 0) {
        o->errnum = errno;
    }
    if (o->errnum) {
        unlink(o->tmp);
    }
    temp_let_go(o->slot);
    o->slot = -1;
    if (o->errnum) {
        return sg_error_set(err, SG_EIO, subject, 0, 0, "cannot write: %s",
                            strerror(o->errnum));
    }
    return SG_OK;
}

void sg_io_out_abort(sg_io_out_t *o) {
    if (!o->to_stdout && o->fd >= 0) {
        close(o->fd);
        if (!o->direct) {
            unlink(o->tmp);
        }
    }
    temp_let_go(o->slot);
    o->slot = -1;
    o->fd = -1;
}

sg_err_t sg_io_write(const char *path, const char *data, size_t len, sg_error_t *err) {
    sg_io_out_t o;
    sg_err_t rc = sg_io_out_open(&o, path, err);

    if (rc != SG_OK) {
        return rc;
    }
    sg_io_out_write(&o, data, len);
    return sg_io_out_commit(&o, err);
}

static int ends_with(const char *s, const char *suffix) {
    size_t a = strlen(s), b = strlen(suffix);
    return a >= b && strcmp(s + a - b, suffix) == 0;
}

/* What a folder's entry is: 1 a file (or what reading it will refuse), 2 a folder,
 * 0 a pipe, socket or device; the type readdir gives, or stat's where it gives none
 * or a link (followed). */
static int entry_kind(const struct dirent *de, const char *path) {
    struct stat st;

    if (de->d_type == DT_REG || de->d_type == DT_DIR) {
        return de->d_type == DT_DIR ? 2 : 1;
    }
    if (de->d_type != DT_UNKNOWN && de->d_type != DT_LNK) {
        return 0;
    }
    if (stat(path, &st) != 0) {
        return 1; /* a dangling link: reading it says so */
    }
    return S_ISDIR(st.st_mode) ? 2 : S_ISREG(st.st_mode) ? 1 : 0;
}

/* The folders a listing is in, from the top down to the one being read, by device
 * and inode: a link back up to one of them is not followed round for ever. (A
 * folder reached by two ways is listed under both: its articles are copies of
 * themselves then, kept once under the first path in byte order, whatever order
 * the folders are read in.) */
typedef struct {
    dev_t *dev;
    ino_t *ino;
    size_t n, cap;
} seen_t;

/* 1 when the folder st is not one of those (and now the last), 0 when it is, -1
 * out of memory. */
static int seen_push(seen_t *s, const struct stat *st) {
    for (size_t i = 0; i < s->n; i++) {
        if (s->dev[i] == st->st_dev && s->ino[i] == st->st_ino) {
            return 0;
        }
    }
    if (s->n == s->cap) {
        size_t cap = s->cap ? 2 * s->cap : 16;
        dev_t *dev = realloc(s->dev, cap * sizeof(*dev));
        if (dev) {
            s->dev = dev;
        }
        ino_t *ino = dev ? realloc(s->ino, cap * sizeof(*ino)) : NULL;
        if (!ino) {
            return -1;
        }
        s->ino = ino;
        s->cap = cap;
    }
    s->dev[s->n] = st->st_dev;
    s->ino[s->n++] = st->st_ino;
    return 1;
}

/* Adds the .txt files (any case) of the folder path and of its folders, at any
 * depth, to found; entries whose names start with '.' are left out. */
static sg_err_t list_folder(const char *path, seen_t *seen, sg_strv_t *found,
                            sg_error_t *err) {
    struct stat st;
    DIR *d;
    struct dirent *de;
    sg_buf_t p;
    sg_err_t rc = SG_OK;
    int fresh;

    if (stat(path, &st) != 0 || !(d = opendir(path))) {
        return sg_error_set(err, SG_EIO, path, 0, 0, "%s", strerror(errno));
    }
    if ((fresh = seen_push(seen, &st)) <= 0) {
        closedir(d);
        return fresh ? sg_error_set(err, SG_ENOMEM, path, 0, 0, "out of memory") : SG_OK;
    }
    sg_buf_init(&p);
    while (rc == SG_OK && (de = readdir(d)) != NULL) {
        size_t nl = strlen(de->d_name);
        if (de->d_name[0] == '.') {
            continue;
        }
        p.len = 0;
        /* one per entry of the folder: no printf */
        if (sg_buf_puts(&p, path) || (!ends_with(path, "/") && sg_buf_puts(&p, "/")) ||
            sg_buf_puts(&p, de->d_name)) {
            rc = sg_error_set(err, SG_ENOMEM, path, 0, 0, "out of memory");
            break;
        }
        int kind = entry_kind(de, p.data);
        if (kind == 2) {
            rc = list_folder(p.data, seen, found, err);
            continue;
        }
        /* .txt in any case: Windows' tools save .TXT too */
        if (nl < 4 || strcasecmp(de->d_name + nl - 4, ".txt") != 0) {
            continue;
        }
        if (kind == 0) { /* reading a pipe would wait for ever */
            rc = sg_error_set(err, SG_EINVAL, p.data, 0, 0,
                              "a pipe, socket or device, not an article file");
        } else if (sg_strv_add(found, p.data) != SG_OK) {
            rc = sg_error_set(err, SG_ENOMEM, path, 0, 0, "out of memory");
        }
    }
    closedir(d);
    sg_buf_release(&p);
    seen->n--; /* back up: a sibling may lead here again */
    return rc;
}

sg_err_t sg_io_list_articles(const char *path, sg_strv_t *out, sg_error_t *err) {
    struct stat st;
    sg_strv_t found;
    seen_t seen = {NULL, NULL, 0, 0}; /* the folders being read */
    sg_err_t rc;

    if (stat(path, &st) != 0) {
        /* an article's id is its file name: standard input has none */
        return strcmp(path, "-") == 0
                   ? sg_error_set(err, SG_EINVAL, path, 0, 0,
                                  "articles are read from files, not standard input: "
                                  "save it as a .txt file (its name is its id)")
                   : sg_error_set(err, SG_EIO, path, 0, 0, "%s", strerror(errno));
    }
    if (!S_ISDIR(st.st_mode)) {
        return sg_strv_add(out, path) == SG_OK
                   ? SG_OK
                   : sg_error_set(err, SG_ENOMEM, path, 0, 0, "out of memory");
    }
    sg_strv_init(&found);
    rc = list_folder(path, &seen, &found, err);
    free(seen.dev);
    free(seen.ino);
    if (rc == SG_OK && found.n == 0) {
        rc = sg_error_set(err, SG_EINVAL, path, 0, 0,
                          "folder holds no articles (*.txt, in it or its folders)");
    }
    if (rc == SG_OK) {
        sg_strv_sort(&found);
    }
    for (size_t i = 0; rc == SG_OK && i < found.n; i++) {
        if (sg_strv_add(out, found.v[i]) != SG_OK) {
            rc = sg_error_set(err, SG_ENOMEM, path, 0, 0, "out of memory");
        }
    }
    sg_strv_release(&found);
    return rc;
}

int sg_io_temp_file(void) {
    const char *dir = getenv("TMPDIR");
    sg_buf_t path;
    int fd = -1;

    sg_buf_init(&path);
    if (sg_buf_printf(&path, "%s/stakegraph-XXXXXX", dir && *dir ? dir : "/tmp") ==
        SG_OK) {
        fd = mkstemp(path.data);
        if (fd >= 0) {
            unlink(path.data);
            fcntl(fd, F_SETFD, FD_CLOEXEC);
        }
    }
    sg_buf_release(&path);
    return fd;
}

int sg_io_reopen_read(int fd) {
#ifdef __linux__
    char path[64];
    snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);
    return open(path, O_RDONLY | O_CLOEXEC);
#else
    (void)fd;
    return -1;
#endif
}

int sg_io_spill(int *fd, int *has_file, const char *data, size_t len) {
    if (!*has_file) {
        if ((*fd = sg_io_temp_file()) < 0) {
            return -1;
        }
        *has_file = 1;
    }
    return sg_io_write_fd(*fd, data, len) != 0 ? -1 : 0;
}
