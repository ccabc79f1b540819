/* io.c - whole-file reads with limits, atomic writes, article listing. */
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "sg_io.h"

sg_err_t sg_io_read(const char *path, size_t max_bytes, char **data, size_t *len,
                    sg_error_t *err) {
    int fd = strcmp(path, "-") == 0 ? 0 : open(path, O_RDONLY);
    struct stat st;
    sg_buf_t b;
    char chunk[65536];
    ssize_t n;

    *data = NULL;
    *len = 0;
    if (fd < 0) {
        return sg_error_set(err, SG_EIO, path, 0, 0, "%s", strerror(errno));
    }
    if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        close(fd);
        return sg_error_set(err, SG_EIO, path, 0, 0, "is a folder, expected a file");
    }
    if (max_bytes && S_ISREG(st.st_mode) && (size_t)st.st_size > max_bytes) {
        if (fd) {
            close(fd);
        }
        return sg_error_set(err, SG_ELIMIT, path, 0, 0,
                            "file is %lld bytes, over the limit of %zu (--max-bytes)",
                            (long long)st.st_size, max_bytes);
    }
    sg_buf_init(&b);
    while ((n = read(fd, chunk, sizeof(chunk))) != 0) {
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            sg_error_set(err, SG_EIO, path, 0, 0, "%s", strerror(errno));
            goto fail;
        }
        if (max_bytes && b.len + (size_t)n > max_bytes) {
            sg_error_set(err, SG_ELIMIT, path, 0, 0,
                         "input over the limit of %zu bytes (--max-bytes)", max_bytes);
            goto fail;
        }
        if (sg_buf_append(&b, chunk, (size_t)n) != SG_OK) {
            sg_error_set(err, SG_ENOMEM, path, 0, 0, "out of memory");
            goto fail;
        }
    }
    if (fd) {
        close(fd);
    }
    *len = b.len;
    *data = sg_buf_take(&b);
    return *data ? SG_OK : sg_error_set(err, SG_ENOMEM, path, 0, 0, "out of memory");
fail:
    if (fd) {
        close(fd);
    }
    sg_buf_release(&b);
    return err ? err->code : SG_EIO;
}

sg_err_t sg_io_write(const char *path, const char *data, size_t len, sg_error_t *err) {
    char tmp[4096];
    const char *slash;
    int fd;
    size_t off = 0;

    if (strcmp(path, "-") == 0) {
        if (fwrite(data, 1, len, stdout) != len || fflush(stdout) != 0) {
            return sg_error_set(err, SG_EIO, "stdout", 0, 0, "%s", strerror(errno));
        }
        return SG_OK;
    }
    slash = strrchr(path, '/');
    if (snprintf(tmp, sizeof(tmp), "%.*s.%s.tmpXXXXXX",
                 slash ? (int)(slash - path + 1) : 0, path,
                 slash ? slash + 1 : path) >= (int)sizeof(tmp)) {
        return sg_error_set(err, SG_EINVAL, path, 0, 0, "path too long");
    }
    fd = mkstemp(tmp);
    if (fd < 0) {
        return sg_error_set(err, SG_EIO, path, 0, 0, "cannot write: %s", strerror(errno));
    }
    while (off < len) {
        ssize_t n = write(fd, data + off, len - off);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            sg_error_set(err, SG_EIO, path, 0, 0, "cannot write: %s", strerror(errno));
            close(fd);
            unlink(tmp);
            return SG_EIO;
        }
        off += (size_t)n;
    }
    if (fchmod(fd, 0644) != 0 || close(fd) != 0) {
        unlink(tmp);
        return sg_error_set(err, SG_EIO, path, 0, 0, "cannot write: %s", strerror(errno));
    }
    if (rename(tmp, path) != 0) {
        int e = errno;
        unlink(tmp);
        return sg_error_set(err, SG_EIO, path, 0, 0, "cannot write: %s", strerror(e));
    }
    return SG_OK;
}

static int ends_with(const char *s, const char *suffix) {
    size_t a = strlen(s), b = strlen(suffix);
    return a >= b && strcmp(s + a - b, suffix) == 0;
}

sg_err_t sg_io_list_articles(const char *path, sg_strv_t *out, sg_error_t *err) {
    struct stat st;
    DIR *d;
    struct dirent *de;
    sg_strv_t found;
    sg_buf_t p;

    if (stat(path, &st) != 0) {
        return sg_error_set(err, SG_EIO, path, 0, 0, "%s", strerror(errno));
    }
    if (!S_ISDIR(st.st_mode)) {
        return sg_strv_add(out, path) == SG_OK
                   ? SG_OK
                   : sg_error_set(err, SG_ENOMEM, path, 0, 0, "out of memory");
    }
    d = opendir(path);
    if (!d) {
        return sg_error_set(err, SG_EIO, path, 0, 0, "%s", strerror(errno));
    }
    sg_strv_init(&found);
    sg_buf_init(&p);
    while ((de = readdir(d)) != NULL) {
        if (de->d_name[0] == '.' || !ends_with(de->d_name, ".txt")) {
            continue;
        }
        p.len = 0;
        if (sg_buf_printf(&p, "%s%s%s", path, ends_with(path, "/") ? "" : "/",
                          de->d_name) ||
            sg_strv_add(&found, p.data)) {
            closedir(d);
            sg_strv_release(&found);
            sg_buf_release(&p);
            return sg_error_set(err, SG_ENOMEM, path, 0, 0, "out of memory");
        }
    }
    closedir(d);
    sg_buf_release(&p);
    if (found.n == 0) {
        sg_strv_release(&found);
        return sg_error_set(err, SG_EINVAL, path, 0, 0,
                            "folder holds no articles (*.txt)");
    }
    sg_strv_sort(&found);
    for (size_t i = 0; i < found.n; i++) {
        if (sg_strv_add(out, found.v[i]) != SG_OK) {
            sg_strv_release(&found);
            return sg_error_set(err, SG_ENOMEM, path, 0, 0, "out of memory");
        }
    }
    sg_strv_release(&found);
    return SG_OK;
}
