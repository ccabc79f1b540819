/* fuzz_json.c - libFuzzer target: any bytes as a graph file or fragments. Reading
 * must succeed or fail with an error; what was read must finalise and write. The
 * record parser must read the bytes as jansson does, or leave them to it. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "../jrec_check.h"
#include "stakegraph.h"

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
        if (sg_graph_validate(&g, &err) == SG_OK) {
            if (sg_graph_finalize(&g, &err) != SG_OK ||
                sg_analysis_compute(&g, &err) != SG_OK ||
                sg_json_write_graph(&g, &out, &err) != SG_OK) {
                fprintf(stderr, "fuzz_json: %s\n", err.message);
                abort();
            }
        }
    } else if (err.code == SG_OK || !err.message[0]) {
        abort(); /* every failure says why */
    }
    sg_buf_release(&out);
    sg_graph_release(&g);
    return 0;
}
