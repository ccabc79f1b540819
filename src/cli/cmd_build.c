/* cmd_build.c - stakegraph build: articles to a finished graph JSON. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

static const char build_help[] =
    "usage: stakegraph build [-o OUT] [-j N] [--lexicon DIR] [--max-bytes SIZE] PATH...\n"
    "\n"
    "Extract every article (a .txt file, or the .txt files of a folder) and write one\n"
    "graph: stakeholders, edges with evidence, quotations, centrality.\n"
    "\n"
    "  -o, --output OUT     graph file to write (default out/graph.json; - for stdout)\n"
    "  -j, --jobs N         extract with N threads (same bytes for any N)\n"
    "      --lexicon DIR    lexicon folder (default graphs/lexicon)\n"
    "      --max-bytes SIZE refuse larger articles (default 64M)\n"
    "      --max-mentions N refuse articles with more mentions (default 1000000)\n"
    "      --max-nodes N    stop when the graph passes N stakeholders (default "
    "10000000)\n"
    "  -h, --help           this text\n";

typedef struct {
    const sg_lexicon_t *lex;
    const sg_extract_opts_t *opts;
    const sg_strv_t *files;
    size_t max_nodes;
    size_t worker, nworkers;
    sg_graph_t graph;
    sg_error_t err;
    size_t failed_at; /* index of the first failing article, or files->n */
    int progress;
    size_t *done;
    pthread_mutex_t *lock;
} job_t;

static void *work(void *arg) {
    job_t *j = arg;

    j->failed_at = j->files->n;
    for (size_t i = j->worker; i < j->files->n; i += j->nworkers) {
        const char *path = j->files->v[i];
        sg_err_t rc = sg_cli_extract_file(j->lex, j->opts, path, &j->graph, &j->err);
        if (rc == SG_OK && j->graph.nnodes > j->max_nodes) {
            rc =
                sg_error_set(&j->err, SG_ELIMIT, path, 0, 0,
                             "graph passes %zu stakeholders (--max-nodes)", j->max_nodes);
        }
        if (rc != SG_OK) {
            j->failed_at = i;
            break;
        }
        if (j->progress) {
            pthread_mutex_lock(j->lock);
            ++*j->done;
            fprintf(stderr, "\rstakegraph: %zu/%zu articles", *j->done, j->files->n);
            pthread_mutex_unlock(j->lock);
        }
    }
    return NULL;
}

/* Extract files with n threads into g (merged, not yet finalised). */
static int extract_all(const sg_lexicon_t *lex, const sg_extract_opts_t *opts,
                       const sg_strv_t *files, size_t n, size_t max_nodes,
                       sg_graph_t *g) {
    job_t *jobs = calloc(n, sizeof(*jobs));
    pthread_t *th = calloc(n, sizeof(*th));
    char *running = calloc(n, 1);
    pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
    size_t done = 0;
    int progress = isatty(2) && files->n > 20;
    int ret = 0;
    sg_error_t err;
    double t0 = sg_cli_phase(NULL, 0);

    sg_error_clear(&err);
    if (!jobs || !th || !running) {
        free(jobs);
        free(th);
        free(running);
        return sg_cli_failf("build", "out of memory");
    }
    for (size_t w = 0; w < n; w++) {
        job_t *j = &jobs[w];
        j->lex = lex;
        j->opts = opts;
        j->files = files;
        j->max_nodes = max_nodes;
        j->worker = w;
        j->nworkers = n;
        j->progress = progress;
        j->done = &done;
        j->lock = &lock;
        sg_graph_init(&j->graph);
        sg_error_clear(&j->err);
        /* one job runs here; a thread that cannot start runs here too */
        if (n > 1 && pthread_create(&th[w], NULL, work, j) == 0) {
            running[w] = 1;
        } else {
            work(j);
        }
    }
    for (size_t w = 0; n > 1 && w < n; w++) {
        if (running[w]) {
            pthread_join(th[w], NULL);
        }
    }
    if (progress) {
        fputc('\n', stderr);
    }
    sg_cli_phase("extract, threads", t0);
    /* report the failure of the earliest article, whichever thread met it */
    size_t first = files->n, fw = 0;
    for (size_t w = 0; w < n; w++) {
        if (jobs[w].failed_at < first) {
            first = jobs[w].failed_at;
            fw = w;
        }
    }
    if (first < files->n) {
        ret = sg_cli_fail(&jobs[fw].err);
    }
    for (size_t w = 0; w < n; w++) {
        if (!ret && sg_graph_merge_take(g, &jobs[w].graph) != SG_OK) {
            ret = sg_cli_failf("build", "out of memory");
        }
        if (!ret && g->nnodes > max_nodes) {
            ret = sg_cli_failf("build", "graph passes %zu stakeholders (--max-nodes)",
                               max_nodes);
        }
        sg_graph_release(&jobs[w].graph);
    }
    free(jobs);
    free(th);
    free(running);
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
    long jobs = 1, lim;
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
    while ((c = getopt_long(argc, argv, "+o:j:h", longopts, NULL)) != -1) {
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
            return sg_cli_usage("build", "unknown option '%s'", argv[optind - 1]);
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
    t0 = sg_cli_phase("start", t0);
    if ((ret = extract_all(lex, &opts, &files, (size_t)jobs, max_nodes, &g)) != 0) {
        goto done;
    }
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
    if (sg_json_save_graph(&g, outp, (size_t)jobs, &err) != SG_OK) {
        ret = sg_cli_fail(&err);
        goto done;
    }
    t0 = sg_cli_phase("write", t0);
    if (strcmp(outp, "-") != 0) {
        fprintf(stderr,
                "stakegraph: %zu articles, %zu stakeholders, %zu edges, %zu quotations "
                "-> %s\n",
                files.n, g.nnodes, g.nedges, g.nquotes, outp);
    }
done:
    sg_graph_release(&g);
    sg_strv_release(&files);
    sg_lexicon_free(lex);
    return ret;
}
