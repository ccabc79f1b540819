/* cmd_rank.c - stakegraph rank: the most central stakeholders. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const char rank_help[] =
    "usage: stakegraph rank [--by MEASURE] [--type TYPES] [--top N] [--json] GRAPH\n"
    "\n"
    "List stakeholders by centrality: rank, name, type, score.\n"
    "\n"
    "  --by MEASURE   degree, pagerank (default), betweenness or eigenvector\n"
    "  --type TYPES   person, organisation, council or stp; several comma-separated\n"
    "  --top N        show the first N (default 10; 0 for all)\n"
    "  --json         JSON for scripts\n"
    "  -h, --help     this text\n";

int sg_cmd_rank(int argc, char **argv) {
    static const struct option longopts[] = {
        {"by", required_argument, NULL, 'b'},  {"type", required_argument, NULL, 't'},
        {"top", required_argument, NULL, 'n'}, {"json", no_argument, NULL, 'J'},
        {"help", no_argument, NULL, 'h'},      {NULL, 0, NULL, 0}};
    const char *by = "pagerank";
    int json = 0, c, ret = 0;
    unsigned types = 0; /* 0: all */
    long top = 10;
    sg_graph_t g;
    sg_error_t err;
    size_t *order = NULL, n = 0;
    char *keep = NULL;
    sg_centrality_t probe;

    opterr = 0;
    optind = 1;
    while ((c = getopt_long(argc, argv, ":h", longopts, NULL)) != -1) {
        switch (c) {
        case 'b':
            by = optarg;
            memset(&probe, 0, sizeof(probe));
            if (sg_centrality_get(&probe, by) < 0) {
                return sg_cli_usage("rank", "unknown measure '%s'", by);
            }
            break;
        case 't':
            if (sg_cli_type_mask(optarg, 0, &types) != 0) {
                return sg_cli_usage("rank", "unknown type in '%s'", optarg);
            }
            break;
        case 'n':
            if ((top = sg_cli_number(optarg)) < 0) {
                return sg_cli_usage("rank", "--top wants a number");
            }
            break;
        case 'J':
            json = 1;
            break;
        case 'h':
            fputs(rank_help, stdout);
            return 0;
        default:
            return sg_cli_bad_option("rank", c, argv[optind - 1], longopts);
        }
    }
    if (optind + 1 != argc) {
        return sg_cli_usage("rank", "expected one graph file");
    }
    sg_error_clear(&err);
    sg_graph_init(&g);
    if (sg_cli_load_graph(argv[optind], 1, &g, &err) != SG_OK) {
        ret = sg_cli_fail(&err);
        goto done;
    }
    order = malloc((g.nnodes ? g.nnodes : 1) * sizeof(*order));
    keep = malloc(g.nnodes ? g.nnodes : 1);
    if (!order || !keep) {
        ret = sg_cli_failf("rank", "out of memory");
        goto done;
    }
    for (size_t i = 0; i < g.nnodes; i++) {
        keep[i] = !types || (types & (1u << g.nodes[i].type));
    }
    if (sg_analysis_rank(&g, by, keep, order, &n) != SG_OK) {
        ret = sg_cli_failf("rank", "out of memory");
        goto done;
    }
    if (top > 0 && (size_t)top < n) {
        n = (size_t)top;
    }
    if (json) {
        /* the writer quotes --json and the exports use, no tree of every row */
        sg_buf_t out;
        sg_jw_t w;
        sg_buf_init(&out);
        sg_jw_init(&w, &out);
        sg_jw_open(&w, '[');
        for (size_t i = 0; i < n; i++) {
            const sg_node_t *nd = &g.nodes[order[i]];
            sg_jw_next(&w);
            sg_jw_open(&w, '{');
            sg_jw_key(&w, "rank");
            sg_jw_int(&w, (long long)(i + 1));
            sg_jw_key(&w, "id");
            sg_jw_str(&w, nd->id);
            sg_jw_key(&w, "name");
            sg_jw_str(&w, nd->name);
            sg_jw_key(&w, "type");
            sg_jw_str(&w, sg_node_type_name(nd->type));
            sg_jw_key(&w, "score");
            sg_jw_real(&w, sg_centrality_get(&nd->c, by));
            sg_jw_close(&w, '}');
        }
        sg_jw_close(&w, ']');
        sg_jw_raw(&w, "\n", 1);
        if (w.rc != SG_OK) {
            ret = sg_cli_failf("rank", "out of memory");
        } else if (sg_io_write("-", out.data, out.len, &err) != SG_OK) {
            ret = sg_cli_fail(&err);
        }
        sg_buf_release(&out);
    } else {
        printf("%-4s  %-55s  %-12s  %s\n", "rank", "name", "type", by);
        for (size_t i = 0; i < n; i++) {
            const sg_node_t *nd = &g.nodes[order[i]];
            printf("%-4zu  %-55s  %-12s  %.4f\n", i + 1, nd->name,
                   sg_node_type_name(nd->type), sg_centrality_get(&nd->c, by));
        }
    }
done:
    free(order);
    free(keep);
    sg_graph_release(&g);
    return ret;
}
