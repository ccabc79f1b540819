/* fuzz_extract.c - libFuzzer target: any bytes as an article. Extraction must
 * succeed or fail cleanly, and the fragment must merge, finalise, analyse and
 * serialise. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "stakegraph.h"

static sg_lexicon_t *lex;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    sg_graph_t g;
    sg_error_t err = {0};
    sg_buf_t out;

    if (!lex && sg_lexicon_load("graphs/lexicon", &lex, NULL) != SG_OK) {
        abort(); /* run from the repository root */
    }
    sg_graph_init(&g);
    sg_buf_init(&out);
    if (sg_extract_article(lex, NULL, "fuzz", "fuzz.txt", (const char *)data, size, &g,
                           &err) == SG_OK) {
        if (sg_graph_finalize(&g, &err) != SG_OK ||
            sg_graph_validate(&g, &err) != SG_OK ||
            sg_analysis_compute(&g, &err) != SG_OK ||
            sg_json_write_graph(&g, &out, &err) != SG_OK) {
            fprintf(stderr, "fuzz_extract: %s\n", err.message);
            abort(); /* a fragment the library made must always go through */
        }
    }
    sg_buf_release(&out);
    sg_graph_release(&g);
    return 0;
}
