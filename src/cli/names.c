/* names.c - the stakeholder a user names on the command line, and the nearest
 * names when none matches. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

/* Optimal string alignment: Levenshtein's edits and a swap of two neighbouring
 * letters, one edit each ("Dorest" is one from "Dorset", "--tpo" from "--top").
 * Three rows: the one before last, the last, this one. What b has before and
 * after the stretch is free with part, so that "Shrop" is near "Shropshire and
 * Telford and Wrekin". */
size_t sg_cli_distance(const char *a, const char *b, int part) {
    size_t la = strlen(a), lb = strlen(b);
    size_t *rows = malloc(3 * (lb + 1) * sizeof(*rows));
    size_t *older, *last, *row, d;

    if (!rows) {
        return (size_t)-1;
    }
    older = rows;
    last = rows + lb + 1;
    row = rows + 2 * (lb + 1);
    for (size_t j = 0; j <= lb; j++) {
        last[j] = part ? 0 : j;
    }
    for (size_t i = 1; i <= la; i++) {
        row[0] = i;
        for (size_t j = 1; j <= lb; j++) {
            char x = (char)(a[i - 1] | 0x20), y = (char)(b[j - 1] | 0x20);
            size_t v = last[j - 1] + (x != y);
            v = last[j] + 1 < v ? last[j] + 1 : v;
            v = row[j - 1] + 1 < v ? row[j - 1] + 1 : v;
            if (i > 1 && j > 1 && x == (char)(b[j - 2] | 0x20) &&
                (char)(a[i - 2] | 0x20) == y && older[j - 2] + 1 < v) {
                v = older[j - 2] + 1;
            }
            row[j] = v;
        }
        size_t *t = older;
        older = last;
        last = row;
        row = t;
    }
    d = last[lb];
    for (size_t j = 0; part && j < lb; j++) {
        d = last[j] < d ? last[j] : d;
    }
    free(rows);
    return d;
}

long sg_cli_find_stp(const sg_graph_t *g, const sg_lexicon_t *lex, const char *name) {
    long i = sg_graph_lookup(g, name);
    const char *canon;

    if (i >= 0 && g->nodes[i].type == SG_NODE_STP) {
        return i;
    }
    canon = lex ? sg_lexicon_canonical(lex, name) : NULL;
    if (canon) {
        char *id = sg_node_make_id(SG_NODE_STP, canon);
        i = id ? sg_graph_find(g, id) : -1;
        free(id);
        if (i >= 0) {
            return i;
        }
    }
    /* "X STP" */
    size_t n = strlen(name);
    if (n > 4 && sg_strcaseeq(name + n - 4, " stp")) {
        char *base = sg_strndup(name, n - 4);
        i = base ? sg_cli_find_stp(g, lex, base) : -1;
        free(base);
        return i;
    }
    return -1;
}

/* For each node, whether it speaks a quotation of g (NULL when out of memory or the
 * quotations cannot be read: then every node may be suggested). */
static unsigned char *speakers(const sg_graph_t *g) {
    unsigned char *speaks = calloc(g->nnodes ? g->nnodes : 1, 1);

    for (size_t i = 0; speaks && i < sg_graph_nquotes(g); i++) {
        sg_quote_t q;
        long n;
        if (sg_graph_quote(g, i, &q) != SG_OK) {
            free(speaks);
            return NULL;
        }
        if ((n = sg_graph_find(g, q.speaker)) >= 0) {
            speaks[n] = 1;
        }
    }
    return speaks;
}

/* The three names nearest name (of the kind asked for) are suggested, among those
 * whose closest stretch is at most a third of name's letters away (or one letter:
 * "Lloyd" is two from "Lond" of North East London, nothing like it). */
int sg_cli_not_found(const sg_graph_t *g, const char *name, sg_cli_kind_t kind) {
    uint64_t best[3] = {UINT64_MAX, UINT64_MAX, UINT64_MAX};
    long who[3] = {-1, -1, -1};
    size_t far = strlen(name) / 3 > 1 ? strlen(name) / 3 : 1;
    int stp = kind == SG_CLI_STP;
    long other = stp ? sg_graph_lookup(g, name) : -1;
    unsigned char *speaks = NULL;

    if (other >= 0) { /* a stakeholder, but no STP */
        const char *type = sg_node_type_name(g->nodes[other].type);
        return sg_cli_failf(name, "%s %s in the graph, not an STP",
                            strchr("aeiou", type[0]) ? "an" : "a", type);
    }

    if (kind == SG_CLI_SPEAKER) {
        speaks = speakers(g);
    }
    for (size_t i = 0; i < g->nnodes; i++) {
        if ((stp && g->nodes[i].type != SG_NODE_STP) || (speaks && !speaks[i])) {
            continue;
        }
        /* nearest first by the closest stretch of a name, then by the whole name */
        size_t part = sg_cli_distance(name, g->nodes[i].name, 1);
        size_t whole = sg_cli_distance(name, g->nodes[i].name, 0);
        if (part > far) { /* (size_t)-1 too: out of memory, no suggestion */
            continue;
        }
        uint64_t d = (uint64_t)part << 32 | (whole < UINT32_MAX ? whole : UINT32_MAX);
        for (int k = 0; k < 3; k++) {
            if (d < best[k]) {
                for (int m = 2; m > k; m--) {
                    best[m] = best[m - 1];
                    who[m] = who[m - 1];
                }
                best[k] = d;
                who[k] = (long)i;
                break;
            }
        }
    }
    fprintf(stderr, "stakegraph: %s: %s", name,
            stp ? "no such STP in the graph"
                : "no stakeholder of that name in the graph");
    for (int k = 0; k < 3 && who[k] >= 0; k++) {
        fprintf(stderr, "%s'%s'", k ? ", " : "; nearest: ", g->nodes[who[k]].name);
    }
    fputc('\n', stderr);
    free(speaks);
    return SG_CLI_EXIT_FAIL;
}
