/* cmd_extract.c - stakegraph extract: each article's fragment as JSON Lines. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"

static const char extract_help[] =
    "usage: stakegraph extract [--lexicon DIR] [--max-bytes SIZE] PATH...\n"
    "\n"
    "Write each article's fragment (its document, nodes, edges and quotations, one\n"
    "JSON record a line) to standard output. A PATH is a .txt file, or a folder: its\n"
    ".txt files and those of its folders. 'stakegraph merge' folds fragments into\n"
    "a graph, in any order or tree, with the same bytes as one 'build'. If an article\n"
    "fails, nothing is written (a file output was redirected to keeps what it held).\n"
    "\n"
    "      --lexicon DIR    lexicon folder (default graphs/lexicon)\n"
    "      --max-bytes SIZE refuse larger articles (default 64M)\n"
    "  -h, --help           this text\n";

/* Fragments are held back until every article is done, so that a failure writes
 * nothing: past SPILL bytes they wait in an unlinked temporary file rather than in
 * memory. Two kinds of standard output need no holding back: a regular file is
 * written as fragments come and cut back to its old length on a failure, and
 * /dev/null keeps nothing (either saves writing every byte twice more). */
#define SPILL ((size_t)1 << 22)

typedef struct {
    FILE *tmp;   /* the temporary file, once one is made */
    int direct;  /* fragments go straight to standard output */
    off_t start; /* a regular file's length before: where a failure cuts it */
    int is_file; /* standard output is a regular file */
} held_t;

/* Whether fragments may go straight to standard output, and where to cut back. */
static void hold_init(held_t *h) {
    struct stat out, null;

    memset(h, 0, sizeof(*h));
    if (fstat(STDOUT_FILENO, &out) != 0) {
        return;
    }
    if (S_ISREG(out.st_mode)) {
        int fl = fcntl(STDOUT_FILENO, F_GETFL);
        h->start =
            fl >= 0 && (fl & O_APPEND) ? out.st_size : lseek(STDOUT_FILENO, 0, SEEK_CUR);
        /* only at the file's end (> or >>): cutting back loses nothing it held */
        h->is_file = h->direct = h->start >= 0 && h->start == out.st_size;
        if (h->is_file) {
            sg_io_cut_on_signal(STDOUT_FILENO, h->start); /* killed: cut back too */
        }
    } else if (S_ISCHR(out.st_mode) && stat("/dev/null", &null) == 0 &&
               out.st_rdev == null.st_rdev) {
        h->direct = 1;
    }
}

/* Send on what out holds: to standard output, or to the temporary file (h, a
 * held_t). 0, or the errno of a failed write. */
static int hold_flush(void *ctx, sg_buf_t *out) {
    held_t *h = ctx;
    int e;

    if (h->direct) {
        if ((e = sg_io_write_fd(STDOUT_FILENO, out->data, out->len)) != 0) {
            return e;
        }
    } else {
        if (!h->tmp && !(h->tmp = tmpfile())) {
            return 0; /* no temporary file: keep it in memory */
        }
        if (fwrite(out->data, 1, out->len, h->tmp) != out->len) {
            return errno ? errno : EIO;
        }
    }
    out->len = 0;
    return 0;
}

/* A failure: a regular file is cut back to what it held before. */
static void hold_undo(held_t *h) {
    if (h->is_file && ftruncate(STDOUT_FILENO, h->start) == 0) {
        lseek(STDOUT_FILENO, h->start, SEEK_SET);
    }
}

/* Every article done: standard output gets the held part, then what is still in
 * memory. */
static int emit(held_t *h, const sg_buf_t *out, sg_error_t *err) {
    char chunk[65536];
    size_t n;

    if (h->tmp) {
        if (fflush(h->tmp) != 0 || fseek(h->tmp, 0, SEEK_SET) != 0) {
            return sg_error_set(err, SG_EIO, "temporary file", 0, 0, "cannot read back");
        }
        while ((n = fread(chunk, 1, sizeof(chunk), h->tmp)) > 0) {
            if (fwrite(chunk, 1, n, stdout) != n) {
                return sg_error_set(err, SG_EIO, "stdout", 0, 0, "write failed");
            }
        }
        if (ferror(h->tmp)) {
            return sg_error_set(err, SG_EIO, "temporary file", 0, 0, "cannot read back");
        }
    }
    return sg_io_write("-", out->data ? out->data : "", out->len, err);
}

int sg_cmd_extract(int argc, char **argv) {
    static const struct option longopts[] = {{"lexicon", required_argument, NULL, 'L'},
                                             {"max-bytes", required_argument, NULL, 'M'},
                                             {"help", no_argument, NULL, 'h'},
                                             {NULL, 0, NULL, 0}};
    const char *lexdir = NULL;
    sg_extract_opts_t opts;
    sg_lexicon_t *lex = NULL;
    sg_strv_t files;
    sg_buf_t out;
    sg_error_t err;
    held_t held;
    int c, ok, ret = 0;

    sg_extract_opts_init(&opts);
    opterr = 0;
    optind = 1;
    while ((c = getopt_long(argc, argv, ":h", longopts, NULL)) != -1) {
        switch (c) {
        case 'L':
            lexdir = optarg;
            break;
        case 'M':
            opts.max_bytes = sg_cli_size(optarg, &ok);
            if (!ok) {
                return sg_cli_usage("extract", "--max-bytes wants a size such as 64M");
            }
            break;
        case 'h':
            fputs(extract_help, stdout);
            return 0;
        default:
            return sg_cli_bad_option("extract", c, argv[optind - 1], longopts);
        }
    }
    if (optind >= argc) {
        return sg_cli_usage("extract", "no article given");
    }
    sg_error_clear(&err);
    sg_strv_init(&files);
    sg_buf_init(&out);
    hold_init(&held);
    if (sg_cli_articles_and_lexicon(argv + optind, argc - optind, lexdir, &files, &lex,
                                    &err)) {
        ret = sg_cli_fail(&err);
        goto done;
    }
    /* a failure leaves standard output with nothing of this run (see held_t) */
    for (size_t i = 0; i < files.n; i++) {
        sg_graph_t g;
        sg_graph_init(&g);
        sg_err_t rc = sg_cli_extract_file(lex, &opts, files.v[i], &g, &err);
        if (rc == SG_OK) {
            rc = sg_graph_finalize(&g, &err);
        }
        /* handed on past SPILL bytes, in the middle of one large article too */
        int werr = 0;
        if (rc == SG_OK) {
            rc = sg_json_write_fragment_spill(&g, &out, SPILL, hold_flush, &held, &werr,
                                              &err);
        }
        if (werr) {
            rc = sg_error_set(&err, SG_EIO, held.direct ? "stdout" : "temporary file", 0,
                              0, "cannot write: %s", strerror(werr));
        }
        sg_graph_release(&g);
        if (rc != SG_OK) {
            ret = sg_cli_fail(&err);
            goto done;
        }
    }
    if (emit(&held, &out, &err) != SG_OK) {
        ret = sg_cli_fail(&err);
    }
done:
    if (ret != 0) {
        hold_undo(&held);
    }
    sg_io_cut_on_signal(-1, 0);
    if (held.tmp) {
        fclose(held.tmp);
    }
    sg_buf_release(&out);
    sg_strv_release(&files);
    sg_lexicon_free(lex);
    return ret;
}
