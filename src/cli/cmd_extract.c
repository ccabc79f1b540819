/* cmd_extract.c - stakegraph extract: each article's fragment as JSON Lines. */
#include <stdio.h>
#include <stdlib.h>

#include "cli.h"

static const char extract_help[] =
    "usage: stakegraph extract [--lexicon DIR] [--max-bytes SIZE] FILE...\n"
    "\n"
    "Write each article's fragment (its document, nodes, edges and quotations, one\n"
    "JSON record a line) to standard output. 'stakegraph merge' folds fragments into\n"
    "a graph, in any order or tree, with the same bytes as one 'build'.\n"
    "\n"
    "      --lexicon DIR    lexicon folder (default graphs/lexicon)\n"
    "      --max-bytes SIZE refuse larger articles (default 64M)\n"
    "  -h, --help           this text\n";

/* Fragments are held back until every article is done, so that a failure writes
 * nothing; past SPILL bytes they wait in an unlinked temporary file rather than in
 * memory. */
#define SPILL ((size_t)1 << 22)

static int spill(FILE **tmp, sg_buf_t *out) {
    if (!*tmp && !(*tmp = tmpfile())) {
        return 0; /* no temporary file: keep it in memory */
    }
    if (fwrite(out->data, 1, out->len, *tmp) != out->len) {
        return -1;
    }
    out->len = 0;
    return 0;
}

/* Standard output gets the spilled part, then what is still in memory. */
static int emit(FILE *tmp, const sg_buf_t *out, sg_error_t *err) {
    char chunk[65536];
    size_t n;

    if (tmp) {
        if (fflush(tmp) != 0 || fseek(tmp, 0, SEEK_SET) != 0) {
            return sg_error_set(err, SG_EIO, "temporary file", 0, 0, "cannot read back");
        }
        while ((n = fread(chunk, 1, sizeof(chunk), tmp)) > 0) {
            if (fwrite(chunk, 1, n, stdout) != n) {
                return sg_error_set(err, SG_EIO, "stdout", 0, 0, "write failed");
            }
        }
        if (ferror(tmp)) {
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
    FILE *tmp = NULL;
    int c, ok, ret = 0;

    sg_extract_opts_init(&opts);
    opterr = 0;
    optind = 1;
    while ((c = getopt_long(argc, argv, "+h", longopts, NULL)) != -1) {
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
            return sg_cli_usage("extract", "unknown option '%s'", argv[optind - 1]);
        }
    }
    if (optind >= argc) {
        return sg_cli_usage("extract", "no article given");
    }
    sg_error_clear(&err);
    sg_strv_init(&files);
    sg_buf_init(&out);
    if (sg_cli_articles_and_lexicon(argv + optind, argc - optind, lexdir, &files, &lex,
                                    &err)) {
        ret = sg_cli_fail(&err);
        goto done;
    }
    /* all fragments are made before any is written: a failure writes nothing */
    for (size_t i = 0; i < files.n; i++) {
        sg_graph_t g;
        sg_graph_init(&g);
        sg_err_t rc = sg_cli_extract_file(lex, &opts, files.v[i], &g, &err);
        if (rc == SG_OK) {
            rc = sg_graph_finalize(&g, &err);
        }
        if (rc == SG_OK) {
            rc = sg_json_write_fragment(&g, &out, &err);
        }
        if (rc == SG_OK && out.len > SPILL && spill(&tmp, &out) != 0) {
            rc = sg_error_set(&err, SG_EIO, "temporary file", 0, 0, "write failed");
        }
        sg_graph_release(&g);
        if (rc != SG_OK) {
            ret = sg_cli_fail(&err);
            goto done;
        }
    }
    if (emit(tmp, &out, &err) != SG_OK) {
        ret = sg_cli_fail(&err);
    }
done:
    if (tmp) {
        fclose(tmp);
    }
    sg_buf_release(&out);
    sg_strv_release(&files);
    sg_lexicon_free(lex);
    return ret;
}
