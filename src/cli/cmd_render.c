/* cmd_render.c - stakegraph render: the map as SVG, DOT, PNG or a power-interest grid. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "cli.h"

static const char render_help[] =
    "usage: stakegraph render [-f svg|dot|png|grid] [-o OUT] [options] GRAPH\n"
    "\n"
    "Draw the stakeholder map with Graphviz's libraries: shapes and colours by type,\n"
    "size by centrality, green endorses, red opposes, dark leads/member_of, dashed\n"
    "grey quotes, a legend, tooltips with each edge's evidence. 'grid' draws the\n"
    "power-interest grid (Mendelow's matrix).\n"
    "\n"
    "  -f, --format F      svg (default), dot, png or grid; without it, an OUT\n"
    "                      ending .svg, .png, .dot or .gv says which\n"
    "  -o, --output OUT    file to write (default out/stakeholders.<format>; - stdout)\n"
    "      --focus NAME    only the neighbourhood of one stakeholder or STP (an STP by\n"
    "                      any of its names: \"Shropshire\", \"Shropshire STP\")\n"
    "      --depth N       hops around --focus (default 1)\n"
    "      --type TYPES    node types to keep, comma-separated\n"
    "      --edges TYPES   edge types to keep, comma-separated\n"
    "      --min-degree N  drop stakeholders with fewer edges (default 1; 0 keeps all)\n"
    "      --size-by M     degree, pagerank (default), betweenness, eigenvector\n"
    "      --top N         draw the N most central of them by --size-by (default\n"
    "                      10000; 0 draws all, which for a large graph takes long)\n"
    "      --layout L      dot, neato, fdp, sfdp, circo, twopi (default: by size)\n"
    "      --no-legend     leave the legend out\n"
    "      --lexicon DIR   lexicon folder, for the STPs' other names\n"
    "  -h, --help          this text\n";

/* *focus as the id of the node it names: a stakeholder's name, alias or id, or
 * any name of an STP (the lexicon's, from lexdir or else the default folder when
 * it loads). 0, or the exit code once the failure is reported. */
static int focus_id(const sg_graph_t *g, const char *lexdir, const char **focus) {
    sg_lexicon_t *lex = NULL;
    sg_error_t err;
    long f = sg_graph_lookup(g, *focus);

    sg_error_clear(&err);
    if (f < 0 && sg_cli_load_lexicon(lexdir, &lex, &err) != SG_OK && lexdir) {
        return sg_cli_fail(&err);
    }
    if (f < 0) {
        f = sg_cli_find_stp(g, lex, *focus); /* no stakeholder of that name: an STP's */
    }
    sg_lexicon_free(lex);
    if (f < 0) {
        return sg_cli_not_found(g, *focus, SG_CLI_ANY);
    }
    *focus = g->nodes[f].id;
    return 0;
}

/* The format an output's name asks for: map.png is drawn as PNG without -f png,
 * where it was given SVG's bytes. A name of another kind wants -f; with -f, a name
 * of another of these formats is refused. 0, or the exit status of the usage error
 * reported. */
static int format_of_name(const char *path, const char **format, int given) {
    static const char *const named[][2] = {
        {"svg", "svg"}, {"png", "png"}, {"dot", "dot"}, {"gv", "dot"}};
    const char *ext = sg_cli_extension(path), *wanted = NULL;

    for (size_t i = 0; ext && i < sizeof(named) / sizeof(named[0]); i++) {
        if (strcasecmp(ext, named[i][0]) == 0) {
            wanted = named[i][1];
        }
    }
    if (!given && wanted) {
        *format = wanted;
    } else if (!given && ext) {
        return sg_cli_usage("render",
                            "'%s': render writes svg, png or dot; -f FORMAT to write "
                            "one of them under this name",
                            path);
    } else if (given && wanted &&
               strcmp(wanted, strcmp(*format, "grid") == 0 ? "svg" : *format) != 0) {
        return sg_cli_usage("render", "-f %s, but '%s' names a %s file", *format, path,
                            wanted);
    }
    return 0;
}

int sg_cmd_render(int argc, char **argv) {
    static const struct option longopts[] = {{"format", required_argument, NULL, 'f'},
                                             {"output", required_argument, NULL, 'o'},
                                             {"focus", required_argument, NULL, 'F'},
                                             {"depth", required_argument, NULL, 'D'},
                                             {"type", required_argument, NULL, 'T'},
                                             {"edges", required_argument, NULL, 'E'},
                                             {"min-degree", required_argument, NULL, 'm'},
                                             {"size-by", required_argument, NULL, 'S'},
                                             {"top", required_argument, NULL, 't'},
                                             {"layout", required_argument, NULL, 'l'},
                                             {"no-legend", no_argument, NULL, 'N'},
                                             {"lexicon", required_argument, NULL, 'L'},
                                             {"help", no_argument, NULL, 'h'},
                                             {NULL, 0, NULL, 0}};
    static const char *const layouts[] = {"dot",  "neato", "fdp",
                                          "sfdp", "circo", "twopi"};
    sg_render_opts_t o;
    const char *outp = NULL, *lexdir = NULL;
    char defout[64];
    sg_graph_t g;
    sg_error_t err;
    char *data = NULL;
    size_t len = 0, kept = 0, shown = 0;
    long v;
    int c, ret = 0, ok, format_given = 0;
    sg_centrality_t probe;

    sg_render_opts_init(&o);
    memset(&probe, 0, sizeof(probe));
    opterr = 0;
    optind = 1;
    while ((c = getopt_long(argc, argv, ":f:o:h", longopts, NULL)) != -1) {
        switch (c) {
        case 'f':
            if (strcmp(optarg, "svg") && strcmp(optarg, "dot") && strcmp(optarg, "png") &&
                strcmp(optarg, "grid")) {
                return sg_cli_usage("render", "unknown format '%s'", optarg);
            }
            o.format = optarg;
            format_given = 1;
            break;
        case 'o':
            outp = optarg;
            break;
        case 'F':
            o.focus = optarg;
            break;
        case 'D':
            if ((v = sg_cli_number(optarg)) < 1) {
                return sg_cli_usage("render", "--depth wants a number from 1");
            }
            o.depth = (int)v;
            break;
        case 'T':
            if (sg_cli_type_mask(optarg, 0, &o.node_types) != 0) {
                return sg_cli_usage("render", "unknown node type in '%s'", optarg);
            }
            break;
        case 'E':
            if (sg_cli_type_mask(optarg, 1, &o.edge_types) != 0) {
                return sg_cli_usage("render", "unknown edge type in '%s'", optarg);
            }
            break;
        case 'm':
            if ((v = sg_cli_number(optarg)) < 0) {
                return sg_cli_usage("render", "--min-degree wants a number");
            }
            o.min_degree = (int)v;
            break;
        case 'S':
            if (sg_centrality_get(&probe, optarg) < 0) {
                return sg_cli_usage("render", "unknown measure '%s'", optarg);
            }
            o.size_by = optarg;
            break;
        case 't':
            if ((v = sg_cli_number(optarg)) < 0) {
                return sg_cli_usage("render", "--top wants a number");
            }
            o.top = (size_t)v;
            break;
        case 'l':
            ok = 0;
            for (size_t i = 0; i < sizeof(layouts) / sizeof(layouts[0]); i++) {
                ok |= strcmp(optarg, layouts[i]) == 0;
            }
            if (!ok) {
                return sg_cli_usage("render", "unknown layout '%s'", optarg);
            }
            o.layout = optarg;
            break;
        case 'N':
            o.legend = 0;
            break;
        case 'L':
            lexdir = optarg;
            break;
        case 'h':
            fputs(render_help, stdout);
            return 0;
        default:
            return sg_cli_bad_option("render", c, argv[optind - 1], longopts);
        }
    }
    if (optind + 1 != argc) {
        return sg_cli_usage("render", "expected one graph file");
    }
    if (outp && (ret = format_of_name(outp, &o.format, format_given)) != 0) {
        return ret;
    }
    if (!outp) {
        snprintf(defout, sizeof(defout), "out/stakeholders%s.%s",
                 strcmp(o.format, "grid") == 0 ? "-grid" : "",
                 strcmp(o.format, "grid") == 0 ? "svg" : o.format);
        outp = defout;
    }
    if (sg_cli_output_among(outp, argv + optind, 1) >= 0) {
        return sg_cli_failf(outp,
                            "the graph being read: -o would replace it with the map");
    }
    if (strcmp(outp, "-") == 0 && strcmp(o.format, "png") == 0 && isatty(STDOUT_FILENO)) {
        /* a picture's bytes would garble the terminal */
        return sg_cli_usage("render", "PNG to a terminal: -o FILE, or redirect it");
    }
    sg_error_clear(&err);
    sg_graph_init(&g);
    if (sg_cli_load_graph(argv[optind], 1, &g, &err) != SG_OK) {
        ret = sg_cli_fail(&err);
    } else if (o.focus && (ret = focus_id(&g, lexdir, &o.focus)) != 0) {
        /* reported */
    } else if ((strcmp(o.format, "grid") == 0
                    ? sg_render_grid(&g, &data, &len, &err)
                    : (sg_render_count(&g, &o, &kept, &shown, &err) ||
                       sg_render(&g, &o, &data, &len, &err))) != SG_OK ||
               sg_io_write(sg_cli_out_folder(outp), data, len, &err) != SG_OK) {
        ret = sg_cli_fail(&err);
    } else if (kept == 0 && strcmp(o.format, "grid") != 0) {
        /* drawn, but a user would look for what is not there */
        fprintf(stderr, "stakegraph: %s: %s: the map is empty\n", outp,
                g.nnodes ? "no stakeholder passes --type, --edges and --min-degree"
                         : "the graph has no stakeholders");
    } else if (shown < kept) {
        fprintf(stderr,
                "stakegraph: %s: the %zu most central of %zu stakeholders by %s "
                "(--top N to change, 0 for all)\n",
                outp, shown, kept, o.size_by);
    }
    free(data);
    sg_graph_release(&g);
    return ret;
}
