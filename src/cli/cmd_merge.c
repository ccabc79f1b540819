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
    "merges gives the same bytes as one build. INPUT - reads standard input.\n"
    "\n"
    "  -o, --output OUT   graph file to write (default out/graph.json; - for stdout)\n"
    "  -h, --help         this text\n";

int sg_cmd_merge(int argc, char **argv)
{
    static const struct option longopts[] = {{"output", required_argument, NULL, 'o'},
                                             {"help", no_argument, NULL, 'h'},
                                             {NULL, 0, NULL, 0}};
    const char *outp = "out/graph.json";
    sg_graph_t g;
    sg_buf_t out;
    sg_error_t err;
    int c, ret = 0;

    opterr = 0;
    optind = 1;
    while ((c = getopt_long(argc, argv, "+o:h", longopts, NULL)) != -1) {
        switch (c) {
        case 'o':
            outp = optarg;
            break;
        case 'h':
            fputs(merge_help, stdout);
            return 0;
        default:
            return sg_cli_usage("merge", "unknown option '%s'", argv[optind - 1]);
        }
    }
    if (optind >= argc) {
        return sg_cli_usage("merge", "no input given");
    }
    sg_error_clear(&err);
    sg_graph_init(&g);
    sg_buf_init(&out);
    for (int i = optind; i < argc && ret == 0; i++) {
        sg_graph_t part;
        char *data = NULL;
        size_t len;
        sg_graph_init(&part);
        if (sg_io_read(argv[i], (size_t)1 << 30, &data, &len, &err) != SG_OK ||
            sg_json_read(data, len, argv[i], 0, &part, &err) != SG_OK ||
            sg_graph_merge(&g, &part) != SG_OK) {
            ret = sg_cli_fail(&err);
        }
        free(data);
        sg_graph_release(&part);
    }
    if (ret == 0 && sg_graph_validate(&g, &err) != SG_OK) {
        ret = sg_cli_fail(&err);
    }
    if (ret == 0 &&
        (sg_graph_finalize(&g, &err) != SG_OK || sg_analysis_compute(&g, &err) != SG_OK ||
         sg_json_write_graph(&g, &out, &err) != SG_OK || sg_io_write(outp, out.data, out.len, &err))) {
        ret = sg_cli_fail(&err);
    }
    sg_buf_release(&out);
    sg_graph_release(&g);
    return ret;
}
