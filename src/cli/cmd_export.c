/* cmd_export.c - stakegraph export: the graph for other tools. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cli.h"

static const char export_help[] =
    "usage: stakegraph export [-f FORMAT] [-o OUT] GRAPH\n"
    "\n"
    "  -f, --format F   node-link (NetworkX, D3), cytoscape (Cytoscape.js), graphology\n"
    "                   (Sigma.js), gexf (Gephi), graphml, csv (Neo4j bulk import);\n"
    "                   without it, an OUT ending .gexf or .graphml says which\n"
    "  -o, --output OUT file to write (default standard output). For csv, OUT is a\n"
    "                   prefix: OUT.nodes.csv and OUT.relationships.csv (default\n"
    "                   out/graph; a folder ending in /: its graph.nodes.csv and\n"
    "                   graph.relationships.csv)\n"
    "  -h, --help       this text\n";

static sg_err_t to_file(void *arg, const char *data, size_t len) {
    return sg_io_out_write(arg, data, len);
}

/* The export written as it is made into path (and rpath, CSV's relationships),
 * each a temporary file renamed into place only when the whole export is done:
 * nothing is left behind on a failure. Errors in err. */
static void stream(const sg_graph_t *g, sg_export_format_t fmt, const char *path,
                   const char *rpath, sg_buf_t *out, sg_buf_t *rels, sg_error_t *err) {
    sg_io_out_t o, r;
    sg_export_sink_t so = {out, to_file, &o}, sr = {rels, to_file, &r};

    if (sg_io_out_open(&o, path, err) != SG_OK) {
        return;
    }
    if (rpath && sg_io_out_open(&r, rpath, err) != SG_OK) {
        sg_io_out_abort(&o);
        return;
    }
    if (sg_export_to(g, fmt, &so, rpath ? &sr : NULL, err) != SG_OK) {
        /* a write that failed is named by its file's commit, which says how (and,
         * the failure remembered, renames nothing); any other error stands */
        if (o.errnum || (rpath && r.errnum)) {
            sg_error_clear(err);
            sg_io_out_commit(o.errnum ? &o : &r, err);
        }
        sg_io_out_abort(&o);
        if (rpath) {
            sg_io_out_abort(&r);
        }
        return;
    }
    if (rpath && sg_io_out_commit(&r, err) != SG_OK) {
        sg_io_out_abort(&o);
        return;
    }
    sg_io_out_commit(&o, err);
}

int sg_cmd_export(int argc, char **argv) {
    static const struct option longopts[] = {{"format", required_argument, NULL, 'f'},
                                             {"output", required_argument, NULL, 'o'},
                                             {"help", no_argument, NULL, 'h'},
                                             {NULL, 0, NULL, 0}};
    sg_export_format_t fmt = SG_EXPORT_NODE_LINK;
    int have_fmt = 0, c, ret = 0;
    const char *outp = NULL;
    sg_graph_t g;
    sg_buf_t out, rels, path;
    sg_error_t err;

    opterr = 0;
    optind = 1;
    while ((c = getopt_long(argc, argv, ":f:o:h", longopts, NULL)) != -1) {
        switch (c) {
        case 'f':
            if (sg_export_format_parse(optarg, &fmt) != 0) {
                return sg_cli_usage("export", "unknown format '%s'", optarg);
            }
            have_fmt = 1;
            break;
        case 'o':
            outp = optarg;
            break;
        case 'h':
            fputs(export_help, stdout);
            return 0;
        default:
            return sg_cli_bad_option("export", c, argv[optind - 1], longopts);
        }
    }
    /* a .gexf or .graphml name says which format; -f of another is refused (but
     * csv's, a prefix of the files' names) */
    const char *ext = outp ? sg_cli_extension(outp) : NULL;
    int gexf = ext && strcasecmp(ext, "gexf") == 0;
    if (gexf || (ext && strcasecmp(ext, "graphml") == 0)) {
        sg_export_format_t named = gexf ? SG_EXPORT_GEXF : SG_EXPORT_GRAPHML;
        if (!have_fmt) {
            fmt = named;
            have_fmt = 1;
        } else if (fmt != named && fmt != SG_EXPORT_CSV) {
            return sg_cli_usage("export", "-f and '%s' name two formats", outp);
        }
    }
    if (!have_fmt) {
        return sg_cli_usage("export", "-f FORMAT is required");
    }
    if (optind + 1 != argc) {
        return sg_cli_usage("export", "expected one graph file");
    }
    if (fmt == SG_EXPORT_CSV && outp && strcmp(outp, "-") == 0) {
        /* it went to out/graph.*: what was asked for was not what was written */
        return sg_cli_usage("export",
                            "csv writes two files: -o wants their prefix, not -");
    }
    if (outp && fmt != SG_EXPORT_CSV &&
        sg_cli_output_among(outp, argv + optind, 1) >= 0) {
        return sg_cli_failf(outp,
                            "the graph being read: -o would replace it with the export");
    }
    sg_error_clear(&err);
    sg_graph_init(&g);
    sg_buf_init(&out);
    sg_buf_init(&rels);
    sg_buf_init(&path);
    if (sg_cli_load_graph(argv[optind], 1, &g, &err) != SG_OK) {
        ret = sg_cli_fail(&err);
        goto done;
    }
    if (fmt == SG_EXPORT_CSV) {
        const char *prefix = outp ? outp : "out/graph";
        /* a folder (-o out/): the files in it, not its hidden .nodes.csv */
        const char *base = prefix[strlen(prefix) - 1] == '/' ? "graph" : "";
        sg_buf_t rpath;
        sg_buf_init(&rpath);
        if (sg_buf_printf(&path, "%s%s.nodes.csv", prefix, base) ||
            sg_buf_printf(&rpath, "%s%s.relationships.csv", prefix, base)) {
            sg_error_set(&err, SG_ENOMEM, NULL, 0, 0, "out of memory");
        } else {
            stream(&g, fmt, sg_cli_out_folder(path.data), rpath.data, &out, &rels, &err);
        }
        sg_buf_release(&rpath);
    } else if (outp && strcmp(outp, "-") != 0) {
        stream(&g, fmt, sg_cli_out_folder(outp), NULL, &out, NULL, &err);
    } else if (sg_export(&g, fmt, &out, NULL, &err) == SG_OK) {
        /* standard output gets the export whole, once it is all made */
        sg_io_write("-", out.data, out.len, &err);
    }
    if (err.code != SG_OK) {
        ret = sg_cli_fail(&err);
    }
done:
    sg_buf_release(&out);
    sg_buf_release(&rels);
    sg_buf_release(&path);
    sg_graph_release(&g);
    return ret;
}
