/* cmd_influence.c - stakegraph influence: who has a hand in an STP, and why. */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const char influence_help[] =
    "usage: stakegraph influence [--top N] [--json] [--lexicon DIR] GRAPH STP\n"
    "\n"
    "Rank the stakeholders with influence over an STP (any of its names: "
    "\"Shropshire\",\n"
    "\"Shropshire STP\"), strongest first, each with the path that explains it.\n"
    "A path's score is the product of its edges' strengths (leads 1.0, endorses and\n"
    "opposes 0.8, member_of 0.6, quotes 0.4), halved for each hop after the first;\n"
    "a stakeholder whose best path scores below 0.001 is left out.\n"
    "\n"
    "  --top N        show the first N (default all)\n"
    "  --json         JSON for scripts\n"
    "  --lexicon DIR  lexicon folder, for the STPs' other names\n"
    "  -h, --help     this text\n";

int sg_cmd_influence(int argc, char **argv) {
    static const struct option longopts[] = {{"top", required_argument, NULL, 'n'},
                                             {"json", no_argument, NULL, 'J'},
                                             {"lexicon", required_argument, NULL, 'L'},
                                             {"help", no_argument, NULL, 'h'},
                                             {NULL, 0, NULL, 0}};
    const char *lexdir = NULL;
    long top = 0;
    int json = 0, c, ret = 0;
    sg_graph_t g;
    sg_lexicon_t *lex = NULL;
    sg_influence_t *res = NULL;
    size_t nres = 0;
    sg_error_t err;

    opterr = 0;
    optind = 1;
    while ((c = getopt_long(argc, argv, ":h", longopts, NULL)) != -1) {
        switch (c) {
        case 'n':
            if ((top = sg_cli_number(optarg)) < 0) {
                return sg_cli_usage("influence", "--top wants a number");
            }
            break;
        case 'J':
            json = 1;
            break;
        case 'L':
            lexdir = optarg;
            break;
        case 'h':
            fputs(influence_help, stdout);
            return 0;
        default:
            return sg_cli_bad_option("influence", c, argv[optind - 1], longopts);
        }
    }
    if (optind + 2 != argc) {
        return sg_cli_usage("influence", "expected a graph file and an STP name");
    }
    sg_error_clear(&err);
    sg_graph_init(&g);
    if (sg_cli_load_graph(argv[optind], 0, &g, &err) != SG_OK) {
        ret = sg_cli_fail(&err);
        goto done;
    }
    /* the lexicon only adds names; without it the graph's own names still work */
    if (sg_cli_load_lexicon(lexdir, &lex, &err) != SG_OK && lexdir) {
        ret = sg_cli_fail(&err);
        goto done;
    }
    long stp = sg_cli_find_stp(&g, lex, argv[optind + 1]);
    if (stp < 0) {
        ret = sg_cli_not_found(&g, argv[optind + 1], SG_CLI_STP);
        goto done;
    }
    if (sg_analysis_influence(&g, (size_t)stp, &res, &nres, &err) != SG_OK) {
        ret = sg_cli_fail(&err);
        goto done;
    }
    size_t shown = top > 0 && (size_t)top < nres ? (size_t)top : nres;
    if (json) {
        json_t *a = json_array();
        for (size_t i = 0; a && i < shown; i++) {
            const sg_node_t *n = &g.nodes[res[i].node];
            json_t *path = json_array();
            for (size_t k = 0; path && k < res[i].npath; k++) {
                const sg_edge_t *e = &g.edges[res[i].path[k]];
                json_array_append_new(
                    path, json_pack("{s:s, s:s, s:s}", "source", e->source, "type",
                                    sg_edge_type_name(e->type), "target", e->target));
            }
            json_array_append_new(a, json_pack("{s:f, s:s, s:s, s:s, s:o}", "score",
                                               res[i].score, "id", n->id, "name", n->name,
                                               "type", sg_node_type_name(n->type), "path",
                                               path));
        }
        char *s = a ? json_dumps(a, JSON_INDENT(1) | JSON_REAL_PRECISION(10)) : NULL;
        json_decref(a);
        if (!s) {
            ret = sg_cli_failf("influence", "out of memory");
            goto done;
        }
        puts(s);
        free(s);
        goto done;
    }
    printf("Influence over %s (%s)\n", g.nodes[stp].name, g.nodes[stp].id);
    if (nres == 0) {
        printf("no stakeholder in the graph has a path to it\n");
    }
    for (size_t i = 0; i < shown; i++) {
        const sg_node_t *n = &g.nodes[res[i].node];
        printf("%.3f  %-45s %-12s ", res[i].score, n->name, sg_node_type_name(n->type));
        for (size_t k = 0; k < res[i].npath; k++) {
            const sg_edge_t *e = &g.edges[res[i].path[k]];
            long t = sg_graph_find(&g, e->target);
            printf("%s%s -> %s", k ? "  " : " ", sg_edge_type_name(e->type),
                   t >= 0 ? g.nodes[t].name : e->target);
        }
        putchar('\n');
    }
done:
    sg_influence_free(res, nres);
    sg_lexicon_free(lex);
    sg_graph_release(&g);
    return ret;
}
