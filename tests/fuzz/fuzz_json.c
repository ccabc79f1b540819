/* fuzz_json.c - libFuzzer target: any bytes as a graph file or fragments. Reading
 * must succeed or fail with an error; what was read must finalise and write. The
 * record parser must read the bytes as jansson does, or leave them to it. A graph
 * is finalized before it is checked, as the commands do. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../jrec_check.h"
#include "stakegraph.h"

/* An article id the graph has no document of ("fuzz-extra", or "fuzz-extra-N"), into
 * id: a document of the same id and another path is a conflict, which a merge
 * refuses by design (and the fuzzer spells the harness's own id soon enough). */
static void unused_doc_id(const sg_graph_t *g, char *id, size_t size) {
    snprintf(id, size, "fuzz-extra");
    for (int n = 0, used = 1; used; n++) {
        used = 0;
        for (size_t i = 0; i < g->ndocs && !used; i++) {
            used = strcmp(g->docs[i].id, id) == 0;
        }
        if (used) {
            snprintf(id, size, "fuzz-extra-%d", n);
        }
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    sg_graph_t g;
    sg_error_t err = {0};
    sg_buf_t out;
    int took;

    if (jc_same_as_jansson((const char *)data, size, &took) != 0) {
        abort();
    }
    sg_graph_init(&g);
    sg_buf_init(&out);
    if (sg_json_read((const char *)data, size, "fuzz.json", 32, &g, &err) == SG_OK) {
        if (err.code != SG_OK) {
            abort();
        }
        /* finalized, then checked, as the commands do: any graph read finalizes */
        if (sg_graph_finalize(&g, &err) != SG_OK) {
            fprintf(stderr, "fuzz_json: finalize: %s\n", err.message);
            abort();
        }
        if (sg_graph_validate(&g, &err) == SG_OK) {
            sg_buf_t plain, again;
            sg_graph_t back, into;
            char extra[32];
            sg_document_t d = {.id = extra, .path = "x"};
            sg_buf_init(&plain);
            sg_buf_init(&again);
            if (sg_json_write_graph(&g, &plain, &err) != SG_OK ||
                sg_analysis_compute(&g, &err) != SG_OK ||
                sg_json_write_graph(&g, &out, &err) != SG_OK) {
                fprintf(stderr, "fuzz_json: %s\n", err.message);
                abort();
            }
            /* what was written reads back to the same graph (written without the
             * analysis: ARPACK keeps a seed of its own between calls, so a second
             * analysis in one process may differ where the leading eigenvalue is
             * repeated), and moves into a graph that has something already */
            sg_graph_init(&back);
            sg_graph_init(&into);
            unused_doc_id(&g, extra, sizeof(extra));
            if (sg_json_read(out.data, out.len, "again.json", 32, &back, &err) != SG_OK ||
                sg_graph_finalize(&back, &err) != SG_OK ||
                sg_json_write_graph(&back, &again, &err) != SG_OK ||
                sg_graph_add_document(&into, &d) != SG_OK ||
                sg_graph_merge_take(&into, &back) != SG_OK ||
                sg_graph_finalize(&into, &err) != SG_OK) {
                fprintf(stderr, "fuzz_json: reading back: %s\n", err.message);
                abort();
            }
            if (again.len != plain.len ||
                memcmp(again.data, plain.data, plain.len) != 0) {
                fprintf(stderr, "fuzz_json: read back, not the same bytes\n");
                abort();
            }
            sg_buf_release(&plain);
            sg_buf_release(&again);
            sg_graph_release(&back);
            sg_graph_release(&into);
        }
    } else if (err.code == SG_OK || !err.message[0]) {
        abort(); /* every failure says why */
    }
    sg_buf_release(&out);
    sg_graph_release(&g);
    return 0;
}
