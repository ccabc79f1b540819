/* cli.c - shared command-line helpers. */
#define _GNU_SOURCE /* sched_getaffinity */
#include <sched.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"

int sg_cli_fail(const sg_error_t *err) {
    fprintf(stderr, "stakegraph: ");
    if (err->source[0]) {
        fprintf(stderr, "%s:", err->source);
        if (err->line) {
            fprintf(stderr, "%d:", err->line);
            if (err->column) {
                fprintf(stderr, "%d:", err->column);
            }
        }
        fprintf(stderr, " ");
    }
    fprintf(stderr, "%s\n", err->message[0] ? err->message : sg_strerror(err->code));
    return SG_CLI_EXIT_FAIL;
}

int sg_cli_failf(const char *subject, const char *fmt, ...) {
    va_list ap;

    fprintf(stderr, "stakegraph: %s: ", subject);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    return SG_CLI_EXIT_FAIL;
}

int sg_cli_usage(const char *cmd, const char *fmt, ...) {
    va_list ap;

    fprintf(stderr, "stakegraph: %s: ", cmd);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, " (see 'stakegraph %s --help')\n", cmd);
    return SG_CLI_EXIT_USAGE;
}

long sg_cli_number(const char *s) {
    char *end;
    long v;

    if (!s || !*s || *s == '-') {
        return -1;
    }
    v = strtol(s, &end, 10);
    return *end ? -1 : v;
}

size_t sg_cli_size(const char *s, int *ok) {
    char *end;
    unsigned long long v;

    *ok = 0;
    if (!s || !*s || *s == '-') {
        return 0;
    }
    v = strtoull(s, &end, 10);
    if (*end == 'K' || *end == 'k') {
        v <<= 10, end++;
    } else if (*end == 'M' || *end == 'm') {
        v <<= 20, end++;
    } else if (*end == 'G' || *end == 'g') {
        v <<= 30, end++;
    }
    if (*end || v == 0) {
        return 0;
    }
    *ok = 1;
    return (size_t)v;
}

sg_err_t sg_cli_load_lexicon(const char *dir, sg_lexicon_t **lex, sg_error_t *err) {
    return sg_lexicon_load(dir ? dir : sg_lexicon_default_dir(), lex, err);
}

size_t sg_cli_cores(void) {
    cpu_set_t set;
    long n;

    /* the cores this process may run on (taskset, a container's cpuset), else the
     * machine's */
    if (sched_getaffinity(0, sizeof(set), &set) == 0 && CPU_COUNT(&set) > 0) {
        return (size_t)CPU_COUNT(&set);
    }
    n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 1 ? (size_t)n : 1;
}

/* Resident memory now and at its peak so far, in MiB (0 when /proc cannot tell). */
static void memory_mb(double *now, double *peak) {
    char line[256];
    FILE *f = fopen("/proc/self/status", "r");

    *now = *peak = 0;
    while (f && fgets(line, sizeof(line), f)) {
        if (strncmp(line, "VmHWM:", 6) == 0) {
            *peak = atof(line + 6) / 1024.0;
        } else if (strncmp(line, "VmRSS:", 6) == 0) {
            *now = atof(line + 6) / 1024.0;
        }
    }
    if (f) {
        fclose(f);
    }
}

/* CPU seconds and page faults so far of this process's threads and its waited-for
 * children (the analysis's second process). */
static double cpu_seconds(long *faults) {
    struct rusage self, kids;
    double s = 0;

    *faults = 0;
    if (getrusage(RUSAGE_SELF, &self) == 0 && getrusage(RUSAGE_CHILDREN, &kids) == 0) {
        const struct timeval *tv[] = {&self.ru_utime, &self.ru_stime, &kids.ru_utime,
                                      &kids.ru_stime};
        for (size_t i = 0; i < 4; i++) {
            s += (double)tv[i]->tv_sec + (double)tv[i]->tv_usec / 1e6;
        }
        *faults = self.ru_minflt + self.ru_majflt + kids.ru_minflt + kids.ru_majflt;
    }
    return s;
}

int sg_cli_timing(void) {
    static int on = -1;

    if (on < 0) {
        const char *e = getenv("STAKEGRAPH_TIMING");
        on = e && *e && strcmp(e, "0") != 0;
    }
    return on;
}

double sg_cli_now(void) {
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

double sg_cli_phase(const char *name, double t0) {
    static double cpu0;
    static long faults0;
    double t = sg_cli_now(), cpu;
    long faults;

    if (sg_cli_timing()) {
        cpu = cpu_seconds(&faults);
        if (name) {
            double now, peak;
            memory_mb(&now, &peak);
            fprintf(
                stderr,
                "stakegraph: timing: %s %.3f s, cpu %.3f s, peak %.0f MB, now %.0f MB, "
                "%ld page faults\n",
                name, t - t0, cpu - cpu0, peak, now, faults - faults0);
        }
        cpu0 = cpu;
        faults0 = faults;
    }
    return t;
}

sg_err_t sg_cli_load_graph(const char *path, int centrality, sg_graph_t *g,
                           sg_error_t *err) {
    sg_err_t rc;
    double t0 = sg_cli_phase(NULL, 0);

    /* no limit: a graph build wrote is read back whatever its size (the 100 MB
     * corpus's is 500 MB; a limit of 1 GiB refused those of larger corpora), and
     * without the whole file in memory beside the graph */
    rc = sg_json_read_file(path, 0, g, err);
    int stored = rc == SG_OK && g->has_centrality; /* finalize clears it */
    t0 = sg_cli_phase("parse", t0);
    /* checked once finalized: finalize has looked every edge end up already */
    if (rc == SG_OK) {
        rc = sg_graph_finalize_jobs(g, sg_cli_cores(), err);
    }
    if (rc == SG_OK && (rc = sg_graph_validate(g, err)) != SG_OK) {
        snprintf(err->source, sizeof(err->source), "%s", path);
    }
    t0 = sg_cli_phase("finalize", t0);
    /* the centrality the file gave, while it is of the graph read (build's and
     * merge's files), else computed */
    if (rc == SG_OK && centrality && sg_analysis_reuse(g, stored)) {
        sg_cli_phase("analysis kept from the file", t0);
    } else if (rc == SG_OK && centrality) {
        rc = sg_analysis_compute_jobs(g, sg_cli_cores(), err);
        sg_cli_phase("analysis", t0);
    }
    return rc;
}

sg_err_t sg_cli_extract_file(const sg_lexicon_t *lex, const sg_extract_opts_t *opts,
                             const char *path, sg_graph_t *g, sg_error_t *err) {
    char *data = NULL, *id = NULL;
    size_t len = 0;
    sg_err_t rc = sg_io_read(path, opts->max_bytes, &data, &len, err);

    if (rc == SG_OK) {
        id = sg_extract_doc_id(path);
        rc = id ? sg_extract_article(lex, opts, id, path, data, len, g, err)
                : sg_error_set(err, SG_ENOMEM, path, 0, 0, "out of memory");
    }
    free(data);
    free(id);
    return rc;
}

/* Whether the files at a and b hold the same bytes: 1 (the same file, or a copy), 0,
 * or -1 when one cannot be read (its extraction will say why). */
static int same_bytes(const char *a, const char *b) {
    struct stat sa, sb;
    char x[16384], y[16384];
    FILE *fa, *fb;
    int same;

    if (stat(a, &sa) != 0 || stat(b, &sb) != 0) {
        return -1;
    }
    if (sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino) {
        return 1;
    }
    if (sa.st_size != sb.st_size) {
        return 0;
    }
    fa = fopen(a, "rb");
    fb = fopen(b, "rb");
    same = fa && fb ? 1 : -1;
    while (same == 1) {
        size_t na = fread(x, 1, sizeof(x), fa), nb = fread(y, 1, sizeof(y), fb);
        if (na != nb || memcmp(x, y, na) != 0) {
            same = ferror(fa) || ferror(fb) ? -1 : 0;
        } else if (na == 0) {
            break;
        }
    }
    if (fa) {
        fclose(fa);
    }
    if (fb) {
        fclose(fb);
    }
    return same;
}

/* An article's id is its file name: two files of one name (in two folders) may be
 * one article given twice, kept once, but not two the graph could not tell apart. */
static sg_err_t check_ids(const sg_strv_t *files, sg_error_t *err) {
    sg_map_t seen;
    sg_err_t rc = SG_OK;

    sg_map_init(&seen);
    for (size_t i = 0; i < files->n && rc == SG_OK; i++) {
        size_t len, first;
        const char *id = sg_extract_doc_id_in(files->v[i], &len);
        if (!sg_map_getn(&seen, id, len, &first)) {
            rc = sg_map_putn(&seen, id, len, i) == SG_OK
                     ? SG_OK
                     : sg_error_set(err, SG_ENOMEM, files->v[i], 0, 0, "out of memory");
        } else if (same_bytes(files->v[first], files->v[i]) == 0) {
            rc = sg_error_set(err, SG_EINVAL, files->v[i], 0, 0,
                              "another article, %s, has its id '%.*s' (an article's id "
                              "is its file name): rename one",
                              files->v[first], (int)len, id);
        }
    }
    sg_map_release(&seen);
    return rc;
}

sg_err_t sg_cli_articles_and_lexicon(char **paths, int n, const char *lexdir,
                                     sg_strv_t *files, sg_lexicon_t **lex,
                                     sg_error_t *err) {
    for (int i = 0; i < n; i++) {
        if (sg_io_list_articles(paths[i], files, err) != SG_OK) {
            return err->code;
        }
    }
    if (check_ids(files, err) != SG_OK) {
        return err->code;
    }
    return sg_cli_load_lexicon(lexdir, lex, err);
}

int sg_cli_type_mask(const char *list, int edges, unsigned *mask) {
    char *copy = sg_strdup(list), *save = NULL;

    *mask = 0;
    if (!copy) {
        return -1;
    }
    for (char *t = strtok_r(copy, ",", &save); t; t = strtok_r(NULL, ",", &save)) {
        sg_node_type_t nt;
        sg_edge_type_t et;
        if (edges ? sg_edge_type_parse(t, &et) != 0 : sg_node_type_parse(t, &nt) != 0) {
            free(copy);
            return -1;
        }
        *mask |= 1u << (edges ? (unsigned)et : (unsigned)nt);
    }
    free(copy);
    return *mask ? 0 : -1;
}

const char *sg_cli_out_folder(const char *path) {
    if (strncmp(path, "out/", 4) == 0) {
        /* there already, or not to be made: the write says why */
        (void)mkdir("out", 0777);
    }
    return path;
}

/* The last part of a path, after its last '/'. */
static const char *base_name(const char *path) {
    const char *slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}

const char *sg_cli_extension(const char *path) {
    const char *base = base_name(path), *dot = strrchr(base, '.');

    return strcmp(path, "-") != 0 && dot && dot != base && dot[1] ? dot + 1 : NULL;
}

long sg_cli_output_among(const char *out, char *const *paths, size_t n) {
    struct stat so, sp;
    const char *name = base_name(out);

    if (strcmp(out, "-") == 0 || stat(out, &so) != 0 || !S_ISREG(so.st_mode)) {
        return -1; /* standard output, not made yet, or not a file to replace */
    }
    for (size_t i = 0; i < n; i++) {
        if ((n <= 64 || strcmp(base_name(paths[i]), name) == 0) &&
            stat(paths[i], &sp) == 0 && sp.st_dev == so.st_dev &&
            sp.st_ino == so.st_ino) {
            return (long)i;
        }
    }
    return -1;
}

int sg_cli_bad_option(const char *cmd, int c, const char *arg,
                      const struct option *longopts) {
    char name[64];
    const char *near = NULL;
    size_t best = (size_t)-1, len;

    if (c == ':') {
        return sg_cli_usage(cmd, "option '%s' wants a value", arg);
    }
    /* "--tpo" or "--tpo=3": the long option nearest its name, at most a third of
     * its letters away (one at least) */
    len = strncmp(arg, "--", 2) == 0 ? strcspn(arg + 2, "=") : 0;
    if (len && len < sizeof(name)) {
        memcpy(name, arg + 2, len);
        name[len] = '\0';
        for (const struct option *o = longopts; o->name; o++) {
            size_t d = sg_cli_distance(name, o->name, 0);
            if (d < best && d <= (len / 3 > 1 ? len / 3 : 1)) {
                best = d;
                near = o->name;
            }
        }
    }
    if (near) {
        return sg_cli_usage(cmd, "unknown option '%s' (did you mean '--%s'?)", arg, near);
    }
    return sg_cli_usage(cmd, "unknown option '%s'", arg);
}
