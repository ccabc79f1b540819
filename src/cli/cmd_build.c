/* cmd_build.c - stakegraph build: articles to a finished graph JSON. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

static const char build_help[] =
    "usage: stakegraph build [-o OUT] [-j N] [--lexicon DIR] [--max-bytes SIZE] PATH...\n"
    "\n"
    "Extract every article (a .txt file, or the .txt files of a folder and of its\n"
    "folders) and write one graph: stakeholders, edges with evidence, quotations,\n"
    "centrality.\n"
    "\n"
    "  -o, --output OUT     graph file to write (default out/graph.json; - for stdout)\n"
    "  -j, --jobs N         N threads (the analysis in two processes; default: the\n"
    "                       cores it may run on); the same bytes for any N\n"
    "      --lexicon DIR    lexicon folder (default graphs/lexicon)\n"
    "      --max-bytes SIZE refuse larger articles (default 64M)\n"
    "      --max-mentions N refuse articles with more mentions (default 1000000)\n"
    "      --max-nodes N    stop when the graph passes N stakeholders (default "
    "10000000)\n"
    "  -h, --help           this text\n";

/* Extraction with N threads: each worker takes BATCH articles at a time and
 * extracts them one by one, each into a graph of its own that is merged into the
 * corpus graph under a lock. A worker that finds the lock taken does not wait: it
 * holds the article's graph and extracts the next, merging what it holds (up to
 * HELD graphs) once the lock is free, so one worker merges while the others
 * extract. Merging is order-free (finalize puts the graph in canonical form), so the
 * bytes do not depend on N. With one job there are no threads: extract and merge in
 * turn. */

#define BATCH 64
#define HELD 16

typedef struct {
    const sg_lexicon_t *lex;
    const sg_extract_opts_t *opts;
    const sg_strv_t *files;
    size_t max_nodes;
    sg_graph_t *g;
    int progress;
    pthread_mutex_t lock; /* guards g and everything below */
    size_t next;          /* the next article a worker takes */
    size_t done;          /* articles merged */
    int stop;             /* a failure: workers finish early */
    size_t failed_at;     /* earliest failing article, or files->n */
    sg_error_t err;       /* its error */
    int timing;           /* STAKEGRAPH_TIMING: the time merging is summed in */
    double merging;       /* seconds spent merging, the lock held */
} pipe_t;

/* Articles a worker has extracted and not yet merged: their graphs and numbers. */
typedef struct {
    sg_graph_t g[HELD];
    size_t at[HELD];
    size_t n;
} held_t;

/* Record a failure of article i, keeping the earliest. Called with the lock held. */
static void failed(pipe_t *p, size_t i, const sg_error_t *err) {
    if (i < p->failed_at) {
        p->failed_at = i;
        p->err = *err;
    }
    p->stop = 1;
}

/* Merge the held graphs into p->g, the lock held; unlock, then free what merging
 * left of them. Each article's graph moves into the corpus graph whole, so its
 * records are repooled once. After a failure nothing is merged. */
static void merge_held(pipe_t *p, held_t *h) {
    double t0 = p->timing ? sg_cli_now() : 0;
    sg_error_t err;

    sg_error_clear(&err); /* set at most once: a failure stops the loop */
    for (size_t k = 0; k < h->n && !p->stop; k++) {
        const char *path = p->files->v[h->at[k]];
        sg_err_t rc = sg_graph_merge_take(p->g, &h->g[k]);
        if (rc != SG_OK) {
            sg_error_set(&err, rc, path, 0, 0, "%s",
                         rc == SG_EINVAL ? "another article has its id (its file name)"
                                         : "out of memory");
            failed(p, h->at[k], &err);
        } else if (p->g->nnodes > p->max_nodes) {
            sg_error_set(&err, SG_ELIMIT, path, 0, 0,
                         "graph passes %zu stakeholders (--max-nodes)", p->max_nodes);
            failed(p, h->at[k], &err);
        } else if (p->progress && (++p->done % 64 == 0 || p->done == p->files->n)) {
            fprintf(stderr, "\rstakegraph: %zu/%zu articles", p->done, p->files->n);
        }
    }
    if (p->timing) {
        p->merging += sg_cli_now() - t0;
    }
    pthread_mutex_unlock(&p->lock);
    for (size_t k = 0; k < h->n; k++) {
        sg_graph_release(&h->g[k]);
    }
    h->n = 0;
}

/* Extract article i into a graph of its own and hold it; merge what is held when
 * the lock is free, or when HELD graphs are held. */
static void article(pipe_t *p, size_t i, held_t *h) {
    sg_graph_t *part = &h->g[h->n];
    sg_error_t err;

    sg_graph_init(part);
    sg_error_clear(&err);
    if (sg_cli_extract_file(p->lex, p->opts, p->files->v[i], part, &err) != SG_OK) {
        sg_graph_release(part);
        pthread_mutex_lock(&p->lock);
        failed(p, i, &err);
        merge_held(p, h);
        return;
    }
    h->at[h->n++] = i;
    if (h->n == HELD) {
        pthread_mutex_lock(&p->lock);
    } else if (pthread_mutex_trylock(&p->lock) != 0) {
        return;
    }
    merge_held(p, h);
}

static void *worker(void *arg) {
    pipe_t *p = arg;
    held_t h; /* HELD graph headers, about 8 KB: on the stack */

    h.n = 0;
    pthread_mutex_lock(&p->lock);
    for (;;) {
        size_t from = p->next;
        size_t to = from + BATCH < p->files->n ? from + BATCH : p->files->n;
        if (p->stop || from >= p->files->n) {
            merge_held(p, &h); /* unlocks */
            return NULL;
        }
        p->next = to;
        pthread_mutex_unlock(&p->lock);
        for (size_t i = from; i < to; i++) {
            article(p, i, &h);
        }
        pthread_mutex_lock(&p->lock);
    }
}

/* Extract files with n workers into g (merged, not yet finalised). */
static int extract_all(const sg_lexicon_t *lex, const sg_extract_opts_t *opts,
                       const sg_strv_t *files, size_t n, size_t max_nodes,
                       sg_graph_t *g) {
    pipe_t p;
    pthread_t th[256];
    size_t started = 0;
    int ret = 0;

    memset(&p, 0, sizeof(p));
    p.lex = lex;
    p.opts = opts;
    p.files = files;
    p.max_nodes = max_nodes;
    p.g = g;
    p.progress = isatty(2) && files->n > 20;
    p.failed_at = files->n;
    p.timing = sg_cli_timing();
    pthread_mutex_init(&p.lock, NULL);
    /* this thread is a worker too; n - 1 more run beside it */
    for (size_t w = 1; w < n && w < 256; w++) {
        if (pthread_create(&th[started], NULL, worker, &p) != 0) {
            break;
        }
        started++;
    }
    worker(&p); /* with one job, each article is merged as soon as it is extracted */
    for (size_t w = 0; w < started; w++) {
        pthread_join(th[w], NULL);
    }
    if (p.progress) {
        fputc('\n', stderr);
    }
    if (p.timing) {
        fprintf(stderr, "stakegraph: timing: extract's merges into the graph %.3f s\n",
                p.merging);
    }
    if (p.failed_at < files->n) {
        ret = sg_cli_fail(&p.err);
    }
    pthread_mutex_destroy(&p.lock);
    return ret;
}

int sg_cmd_build(int argc, char **argv) {
    double t0 = sg_cli_phase(NULL, 0);
    static const struct option longopts[] = {
        {"output", required_argument, NULL, 'o'},
        {"jobs", required_argument, NULL, 'j'},
        {"lexicon", required_argument, NULL, 'L'},
        {"max-bytes", required_argument, NULL, 'M'},
        {"max-mentions", required_argument, NULL, 'm'},
        {"max-nodes", required_argument, NULL, 'N'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0}};
    const char *outp = "out/graph.json", *lexdir = NULL;
    size_t cores = sg_cli_cores();
    long jobs = (long)(cores < 256 ? cores : 256), lim;
    size_t max_nodes = 10000000;
    sg_extract_opts_t opts;
    sg_lexicon_t *lex = NULL;
    sg_strv_t files;
    sg_graph_t g;
    sg_error_t err;
    int c, ok, ret = 0;

    sg_extract_opts_init(&opts);
    opterr = 0;
    optind = 1;
    while ((c = getopt_long(argc, argv, ":o:j:h", longopts, NULL)) != -1) {
        switch (c) {
        case 'o':
            outp = optarg;
            break;
        case 'j':
            jobs = sg_cli_number(optarg);
            if (jobs < 1 || jobs > 256) {
                return sg_cli_usage("build",
                                    "-j wants a number of threads from 1 to 256");
            }
            break;
        case 'L':
            lexdir = optarg;
            break;
        case 'M':
            opts.max_bytes = sg_cli_size(optarg, &ok);
            if (!ok) {
                return sg_cli_usage("build", "--max-bytes wants a size such as 64M");
            }
            break;
        case 'm':
            if ((lim = sg_cli_number(optarg)) < 1) {
                return sg_cli_usage("build", "--max-mentions wants a positive number");
            }
            opts.max_mentions = (size_t)lim;
            break;
        case 'N':
            if ((lim = sg_cli_number(optarg)) < 1) {
                return sg_cli_usage("build", "--max-nodes wants a positive number");
            }
            max_nodes = (size_t)lim;
            break;
        case 'h':
            fputs(build_help, stdout);
            return 0;
        default:
            return sg_cli_bad_option("build", c, argv[optind - 1], longopts);
        }
    }
    if (optind >= argc) {
        return sg_cli_usage("build", "no article or folder given");
    }
    sg_error_clear(&err);
    sg_strv_init(&files);
    sg_graph_init(&g);
    if (sg_cli_articles_and_lexicon(argv + optind, argc - optind, lexdir, &files, &lex,
                                    &err)) {
        ret = sg_cli_fail(&err);
        goto done;
    }
    if (sg_cli_output_among(outp, files.v, files.n) >= 0) {
        /* the graph would have replaced the article: lost, and read as one next time */
        ret = sg_cli_failf(outp,
                           "an article being read: -o would replace it with the graph");
        goto done;
    }
    t0 = sg_cli_phase("start", t0);
    if ((ret = extract_all(lex, &opts, &files, (size_t)jobs, max_nodes, &g)) != 0) {
        goto done;
    }
    /* what extraction needed: the rest of the build works on the graph alone */
    sg_strv_release(&files);
    sg_lexicon_free(lex);
    lex = NULL;
    t0 = sg_cli_phase("extract", t0);
    if (sg_graph_finalize_jobs(&g, (size_t)jobs, &err) != SG_OK) {
        ret = sg_cli_fail(&err);
        goto done;
    }
    t0 = sg_cli_phase("finalize", t0);
    if (sg_analysis_compute_jobs(&g, (size_t)jobs, &err) != SG_OK) {
        ret = sg_cli_fail(&err);
        goto done;
    }
    t0 = sg_cli_phase("analysis", t0);
    if (sg_json_save_graph(&g, sg_cli_out_folder(outp), (size_t)jobs, &err) != SG_OK) {
        ret = sg_cli_fail(&err);
        goto done;
    }
    t0 = sg_cli_phase("write", t0);
    if (strcmp(outp, "-") != 0) {
        size_t nq = sg_graph_nquotes(&g);
        fprintf(
            stderr,
            "stakegraph: %zu article%s, %zu stakeholder%s, %zu edge%s, %zu quotation%s "
            "-> %s\n",
            g.ndocs, g.ndocs == 1 ? "" : "s", g.nnodes, g.nnodes == 1 ? "" : "s",
            g.nedges, g.nedges == 1 ? "" : "s", nq, nq == 1 ? "" : "s", outp);
    }
done:
    t0 = sg_cli_phase(NULL, 0);
    sg_graph_release_jobs(&g, (size_t)jobs);
    sg_strv_release(&files);
    sg_lexicon_free(lex);
    sg_cli_phase("release", t0);
    return ret;
}
