/* cmd_merge.c - stakegraph merge: fragments and graphs into one graph. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const char merge_help[] =
    "usage: stakegraph merge [-o OUT] INPUT...\n"
    "\n"
    "Fold fragment files (from 'stakegraph extract') and graph files into one graph,\n"
    "with centrality. Merge is associative and commutative: any order or tree of\n"
    "merges gives the same bytes as one build. INPUT - reads standard input. An\n"
    "empty INPUT is fragments of none (an empty split's); with -F, all of them\n"
    "empty give an empty output.\n"
    "\n"
    "  -o, --output OUT   graph file to write (default out/graph.json; - for stdout)\n"
    "  -F, --fragment     write JSON Lines fragments instead of a graph (they "
    "concatenate)\n"
    "      --max-depth N  refuse JSON nested deeper (default 64)\n"
    "      --max-nodes N  refuse inputs that pass N stakeholders (default 10000000)\n"
    "  -h, --help         this text\n";

int sg_cmd_merge(int argc, char **argv) {
    static const struct option longopts[] = {{"output", required_argument, NULL, 'o'},
                                             {"fragment", no_argument, NULL, 'F'},
                                             {"max-depth", required_argument, NULL, 'D'},
                                             {"max-nodes", required_argument, NULL, 'N'},
                                             {"help", no_argument, NULL, 'h'},
                                             {NULL, 0, NULL, 0}};
    const char *outp = "out/graph.json";
    sg_graph_t g;
    sg_error_t err;
    int c, ret = 0, fragment = 0;
    long v;
    double t0;
    size_t max_depth = 64, max_nodes = 10000000, empty = 0;

    opterr = 0;
    optind = 1;
    while ((c = getopt_long(argc, argv, ":o:Fh", longopts, NULL)) != -1) {
        switch (c) {
        case 'o':
            outp = optarg;
            break;
        case 'F':
            fragment = 1;
            break;
        case 'D':
            if ((v = sg_cli_number(optarg)) < 1) {
                return sg_cli_usage("merge", "--max-depth wants a positive number");
            }
            max_depth = (size_t)v;
            break;
        case 'N':
            if ((v = sg_cli_number(optarg)) < 1) {
                return sg_cli_usage("merge", "--max-nodes wants a positive number");
            }
            max_nodes = (size_t)v;
            break;
        case 'h':
            fputs(merge_help, stdout);
            return 0;
        default:
            return sg_cli_bad_option("merge", c, argv[optind - 1], longopts);
        }
    }
    if (optind >= argc) {
        return sg_cli_usage("merge", "no input given");
    }
    for (int i = optind, seen = 0; i < argc; i++) {
        /* the second would read what the first left: nothing ("empty file") */
        if (strcmp(argv[i], "-") == 0 && seen++) {
            return sg_cli_usage("merge", "standard input (-) given twice");
        }
    }
    sg_error_clear(&err);
    sg_graph_init(&g);
    t0 = sg_cli_phase(NULL, 0);
    /* each input read straight into g (sg_json_read merges it, the first one read
     * into the empty graph with no merge at all), of any size */
    for (int i = optind; i < argc && ret == 0; i++) {
        sg_err_t rc = sg_json_read_file(argv[i], max_depth, &g, &err);
        if (rc == SG_EEMPTY) {
            /* fragments of none: what extract gives an engine's empty split (xargs
             * -r runs nothing), where the whole merge failed ("empty file") */
            sg_error_clear(&err);
            empty++;
        } else if (rc != SG_OK) {
            ret = sg_cli_fail(&err);
        } else if (g.nnodes > max_nodes) {
            ret = sg_cli_failf(argv[i], "inputs pass %zu stakeholders (--max-nodes)",
                               max_nodes);
        }
    }
    if (ret == 0 && !fragment && empty == (size_t)(argc - optind)) {
        ret =
            sg_cli_failf("merge", "every input is empty: no fragments or graph to merge");
    }
    t0 = sg_cli_phase("read", t0);
    /* checked once finalized: finalize has looked every edge end up already */
    if (ret == 0 && sg_graph_finalize_jobs(&g, sg_cli_cores(), &err) != SG_OK) {
        ret = sg_cli_fail(&err);
    }
    if (ret == 0 && sg_graph_validate(&g, &err) != SG_OK) {
        ret = sg_cli_fail(&err);
    }
    t0 = sg_cli_phase("finalize", t0);
    if (ret == 0 && !fragment) {
        if (sg_analysis_compute_jobs(&g, sg_cli_cores(), &err) != SG_OK) {
            ret = sg_cli_fail(&err);
        }
        t0 = sg_cli_phase("analysis", t0);
    }
    if (ret == 0 && !fragment &&
        sg_json_save_graph(&g, sg_cli_out_folder(outp), sg_cli_cores(), &err) != SG_OK) {
        ret = sg_cli_fail(&err);
    }
    if (ret == 0 && fragment &&
        sg_json_save_fragment(&g, sg_cli_out_folder(outp), &err) != SG_OK) {
        ret = sg_cli_fail(&err);
    }
    t0 = sg_cli_phase("write", t0);
    sg_graph_release(&g);
    sg_cli_phase("release", t0);
    return ret;
}
