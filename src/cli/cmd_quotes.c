/* cmd_quotes.c - stakegraph quotes: quotations grouped by speaker. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const char quotes_help[] =
    "usage: stakegraph quotes [--speaker NAME] [--json] GRAPH\n"
    "\n"
    "List every quotation, grouped by speaker, with its article, date and what it is\n"
    "about.\n"
    "\n"
    "  --speaker NAME   only this speaker (any of their names)\n"
    "  --json           JSON for scripts\n"
    "  -h, --help       this text\n";

/* what cmp_quote sorts: the quotations and their speakers' names (looked up once
 * each, not at every comparison) */
static const sg_quote_t *qlist;
static const char *const *qnames;

static const char *node_name(const sg_graph_t *g, const char *id) {
    long i = sg_graph_find(g, id);
    return i >= 0 ? g->nodes[i].name : id;
}

static const sg_document_t *doc_of(const sg_graph_t *g, const char *id) {
    long i = sg_graph_find_doc(g, id);
    return i >= 0 ? &g->docs[i] : NULL;
}

static int cmp_quote(const void *a, const void *b) {
    const sg_quote_t *x = &qlist[*(const size_t *)a];
    const sg_quote_t *y = &qlist[*(const size_t *)b];
    int c = strcmp(qnames[*(const size_t *)a], qnames[*(const size_t *)b]);
    if (c) {
        return c;
    }
    if ((c = strcmp(x->doc, y->doc))) {
        return c;
    }
    return x->start < y->start ? -1 : x->start > y->start;
}

int sg_cmd_quotes(int argc, char **argv) {
    static const struct option longopts[] = {{"speaker", required_argument, NULL, 's'},
                                             {"json", no_argument, NULL, 'J'},
                                             {"help", no_argument, NULL, 'h'},
                                             {NULL, 0, NULL, 0}};
    const char *speaker = NULL;
    int json = 0, c, ret = 0;
    sg_graph_t g;
    sg_error_t err;
    size_t *order = NULL, n = 0, nq, na;
    sg_quote_t *quotes = NULL;
    const char **about = NULL; /* the quotations' about lists, all of them */
    const char **names = NULL; /* each quotation's speaker's name */
    long only = -1;
    sg_buf_t scratch; /* a quotation read back from the graph's text store */

    opterr = 0;
    optind = 1;
    while ((c = getopt_long(argc, argv, ":h", longopts, NULL)) != -1) {
        switch (c) {
        case 's':
            speaker = optarg;
            break;
        case 'J':
            json = 1;
            break;
        case 'h':
            fputs(quotes_help, stdout);
            return 0;
        default:
            return sg_cli_bad_option("quotes", c, argv[optind - 1], longopts);
        }
    }
    if (optind + 1 != argc) {
        return sg_cli_usage("quotes", "expected one graph file");
    }
    sg_error_clear(&err);
    sg_buf_init(&scratch);
    sg_graph_init(&g);
    if (sg_cli_load_graph(argv[optind], 0, &g, &err) != SG_OK) {
        ret = sg_cli_fail(&err);
        goto done;
    }
    if (speaker && (only = sg_graph_lookup(&g, speaker)) < 0) {
        ret = sg_cli_not_found(&g, speaker, SG_CLI_SPEAKER);
        goto done;
    }
    nq = sg_graph_nquotes(&g);
    na = sg_recs_count(&g.quote_about);
    order = malloc((nq ? nq : 1) * sizeof(*order));
    quotes = malloc((nq ? nq : 1) * sizeof(*quotes));
    about = malloc((na ? na : 1) * sizeof(*about));
    names = malloc((nq ? nq : 1) * sizeof(*names));
    if (!order || !quotes || !about || !names) {
        ret = sg_cli_failf("quotes", "out of memory");
        goto done;
    }
    if (sg_recs_get(&g.quotes, 0, nq, quotes) != SG_OK ||
        sg_recs_get(&g.quote_about, 0, na, about) != SG_OK) {
        ret = sg_cli_failf("quotes", "cannot read back the graph's quotations");
        goto done;
    }
    for (size_t i = 0; i < nq; i++) {
        if (only < 0 || strcmp(quotes[i].speaker, g.nodes[only].id) == 0) {
            names[i] = node_name(&g, quotes[i].speaker);
            order[n++] = i;
        }
    }
    qlist = quotes;
    qnames = names;
    qsort(order, n, sizeof(*order), cmp_quote);
    if (json) {
        /* written as it is made (no tree of every quotation), to standard output
         * once it is all made */
        sg_buf_t out;
        sg_jw_t w;
        sg_buf_init(&out);
        sg_jw_init(&w, &out);
        sg_jw_open(&w, '[');
        for (size_t i = 0; i < n && w.rc == SG_OK; i++) {
            const sg_quote_t *q = &quotes[order[i]];
            const sg_document_t *d = doc_of(&g, q->doc);
            const char *text;
            if (sg_graph_text(&g, q->text, &scratch, &text) != SG_OK) {
                sg_buf_release(&out);
                ret = sg_cli_failf("quotes", "cannot read back the graph's texts");
                goto done;
            }
            sg_jw_next(&w);
            sg_jw_open(&w, '{');
            sg_jw_key(&w, "speaker");
            sg_jw_str(&w, node_name(&g, q->speaker));
            sg_jw_key(&w, "text");
            sg_jw_str(&w, text);
            sg_jw_key(&w, "doc");
            sg_jw_str(&w, q->doc);
            sg_jw_key(&w, "date");
            if (d && d->date) {
                sg_jw_str(&w, d->date);
            } else {
                sg_jw_null(&w);
            }
            sg_jw_key(&w, "cue");
            sg_jw_str(&w, q->cue);
            sg_jw_key(&w, "about");
            sg_jw_open(&w, '[');
            for (size_t k = 0; k < q->nabout; k++) {
                sg_jw_next(&w);
                sg_jw_str(&w, node_name(&g, about[q->about + k]));
            }
            sg_jw_close(&w, ']');
            sg_jw_key(&w, "start");
            sg_jw_int(&w, (long long)q->start);
            sg_jw_key(&w, "end");
            sg_jw_int(&w, (long long)q->end);
            sg_jw_close(&w, '}');
        }
        sg_jw_close(&w, ']');
        sg_jw_raw(&w, "\n", 1);
        if (w.rc != SG_OK) {
            ret = sg_cli_failf("quotes", "out of memory");
        } else if (sg_io_write("-", out.data, out.len, &err) != SG_OK) {
            ret = sg_cli_fail(&err);
        }
        sg_buf_release(&out);
        goto done;
    }
    const char *last = NULL;
    for (size_t i = 0; i < n; i++) {
        const sg_quote_t *q = &quotes[order[i]];
        const sg_document_t *d = doc_of(&g, q->doc);
        const char *who = node_name(&g, q->speaker), *text;
        if (sg_graph_text(&g, q->text, &scratch, &text) != SG_OK) {
            ret = sg_cli_failf("quotes", "cannot read back the graph's texts");
            goto done;
        }
        if (!last || strcmp(last, who) != 0) {
            printf("%s%s\n", last ? "\n" : "", who);
            last = who;
        }
        printf("  [%s, %s] \xe2\x80\x9c%s\xe2\x80\x9d\n", q->doc,
               d && d->date ? d->date : "undated", text);
        if (q->nabout) {
            printf("      about: ");
            for (size_t k = 0; k < q->nabout; k++) {
                printf("%s%s", k ? "; " : "", node_name(&g, about[q->about + k]));
            }
            putchar('\n');
        }
    }
    if (n == 0 && only >= 0) {
        printf("%s is quoted in none of the graph's articles\n", g.nodes[only].name);
    } else if (n == 0) {
        printf("no quotations\n");
    }
done:
    free(order);
    free(quotes);
    free(about);
    free(names);
    sg_buf_release(&scratch);
    sg_graph_release(&g);
    return ret;
}
