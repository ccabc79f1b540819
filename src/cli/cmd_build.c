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

/* Extraction with N threads is a pipeline: N workers turn articles into article
 * graphs and queue them, and this thread merges each into the corpus graph as it
 * arrives, so no merge of whole per-thread graphs is left for the end. Merging is
 * order-free (finalize puts the graph in canonical form), so the bytes do not
 * depend on N. With one job there are no threads: extract and merge in turn. */

#define QUEUE_CAP 64

typedef struct {
    size_t index, count; /* articles [index, index + count) of the file list */
    sg_graph_t graph;
} item_t;

typedef struct {
    const sg_lexicon_t *lex;
    const sg_extract_opts_t *opts;
    const sg_strv_t *files;
    pthread_mutex_t lock;
    pthread_cond_t changed;
    item_t q[QUEUE_CAP];
    size_t head, count;
    size_t next;    /* the next article a worker takes */
    size_t running; /* workers not yet finished */
    int stop;       /* set when the merger fails: workers finish early */
    size_t failed_at; /* earliest failing article, or files->n */
    sg_error_t err;   /* its error */
} pipe_t;

/* Record a failure of article i, keeping the earliest. Called with the lock held. */
static void failed(pipe_t *p, size_t i, const sg_error_t *err) {
    if (i < p->failed_at) {
        p->failed_at = i;
        p->err = *err;
    }
}

/* A worker takes BATCH articles at a time and merges them into one graph before
 * queueing it: fewer hand-overs, and most merging happens on the workers. */
#define BATCH 64

static void *worker(void *arg) {
    pipe_t *p = arg;

    for (;;) {
        item_t it;
        sg_error_t err;
        size_t end;
        pthread_mutex_lock(&p->lock);
        if (p->stop || p->next >= p->files->n || p->next > p->failed_at) {
            break; /* leaves with the lock held */
        }
        it.index = p->next;
        end = p->next + BATCH < p->files->n ? p->next + BATCH : p->files->n;
        p->next = end;
        pthread_mutex_unlock(&p->lock);
        sg_graph_init(&it.graph);
        sg_error_clear(&err);
        for (size_t i = it.index; i < end; i++) {
            if (sg_cli_extract_file(p->lex, p->opts, p->files->v[i], &it.graph, &err) !=
                SG_OK) {
                pthread_mutex_lock(&p->lock);
                failed(p, i, &err);
                pthread_mutex_unlock(&p->lock);
                break;
            }
        }
        pthread_mutex_lock(&p->lock);
        while (p->count == QUEUE_CAP && !p->stop) {
            pthread_cond_wait(&p->changed, &p->lock);
        }
        if (p->stop || p->failed_at < end) {
            pthread_mutex_unlock(&p->lock);
            sg_graph_release(&it.graph);
            continue;
        }
        it.count = end - it.index;
        p->q[(p->head + p->count++) % QUEUE_CAP] = it;
        pthread_cond_broadcast(&p->changed);
        pthread_mutex_unlock(&p->lock);
    }
    p->running--;
    pthread_cond_broadcast(&p->changed);
    pthread_mutex_unlock(&p->lock);
    return NULL;
}

/* Merge one article graph into g; on failure record it (lock not held). */
static int merge_one(pipe_t *p, item_t *it, size_t max_nodes, sg_graph_t *g) {
    sg_error_t err;
    const char *path = p->files->v[it->index];

    sg_error_clear(&err);
    if (sg_graph_merge_take(g, &it->graph) != SG_OK) {
        sg_error_set(&err, SG_ENOMEM, path, 0, 0, "out of memory");
    } else if (g->nnodes > max_nodes) {
        sg_error_set(&err, SG_ELIMIT, path, 0, 0,
                     "graph passes %zu stakeholders (--max-nodes)", max_nodes);
    } else {
        return 0;
    }
    pthread_mutex_lock(&p->lock);
    failed(p, it->index, &err);
    p->stop = 1;
    pthread_cond_broadcast(&p->changed);
    pthread_mutex_unlock(&p->lock);
    return -1;
}

/* Extract files with n workers into g (merged, not yet finalised). */
static int extract_all(const sg_lexicon_t *lex, const sg_extract_opts_t *opts,
                       const sg_strv_t *files, size_t n, size_t max_nodes,
                       sg_graph_t *g) {
    pipe_t p;
    pthread_t th[256];
    size_t started = 0, done = 0;
    int progress = isatty(2) && files->n > 20;
    int ret = 0;

    memset(&p, 0, sizeof(p));
    p.lex = lex;
    p.opts = opts;
    p.files = files;
    p.failed_at = files->n;
    pthread_mutex_init(&p.lock, NULL);
    pthread_cond_init(&p.changed, NULL);
    for (size_t w = 0; n > 1 && w < n && w < 256; w++) {
        p.running++;
        if (pthread_create(&th[started], NULL, worker, &p) != 0) {
            p.running--;
            break;
        }
        started++;
    }
    if (started == 0) {
        /* one job (or no thread could start): extract and merge here in turn */
        for (size_t i = 0; i < files->n && p.failed_at == files->n; i++) {
            item_t it = {i, 1, {0}};
            sg_error_t err;
            sg_graph_init(&it.graph);
            sg_error_clear(&err);
            if (sg_cli_extract_file(lex, opts, files->v[i], &it.graph, &err) != SG_OK) {
                failed(&p, i, &err);
                sg_graph_release(&it.graph);
            } else if (merge_one(&p, &it, max_nodes, g) == 0 && progress) {
                fprintf(stderr, "\rstakegraph: %zu/%zu articles", ++done, files->n);
            }
        }
    } else {
        pthread_mutex_lock(&p.lock);
        while (p.running > 0 || p.count > 0) {
            if (p.count == 0) {
                pthread_cond_wait(&p.changed, &p.lock);
                continue;
            }
            item_t it = p.q[p.head];
            p.head = (p.head + 1) % QUEUE_CAP;
            p.count--;
            pthread_cond_broadcast(&p.changed);
            int stopped = p.stop;
            pthread_mutex_unlock(&p.lock);
            if (stopped) {
                sg_graph_release(&it.graph);
            } else if (merge_one(&p, &it, max_nodes, g) == 0 && progress) {
                done += it.count;
                fprintf(stderr, "\rstakegraph: %zu/%zu articles", done, files->n);
            }
            pthread_mutex_lock(&p.lock);
        }
        pthread_mutex_unlock(&p.lock);
        for (size_t w = 0; w < started; w++) {
            pthread_join(th[w], NULL);
        }
    }
    if (progress) {
        fputc('\n', stderr);
    }
    if (p.failed_at < files->n) {
        ret = sg_cli_fail(&p.err);
    }
    pthread_cond_destroy(&p.changed);
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
    t0 = sg_cli_phase(NULL, 0);
    sg_graph_release_jobs(&g, (size_t)jobs);
    sg_strv_release(&files);
    sg_lexicon_free(lex);
    sg_cli_phase("release", t0);
    return ret;
}
