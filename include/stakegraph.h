/* stakegraph.h - the public API of libstakegraph, in one include.
 *
 * The data flow, one way:
 *   article bytes -> sg_text (tokens, sentences) -> sg_extract (mentions, entities,
 *   edges, quotes; driven by sg_lexicon) -> sg_graph (merge, canonical form) ->
 *   sg_analysis (centrality, influence) -> sg_render / sg_export / sg_json.
 *
 * Conventions: every fallible function returns sg_err_t (SG_OK = 0) and fills an
 * optional sg_error_t; on failure it leaves nothing allocated. Containers own the
 * strings put into them; the caller keeps what it passed in.
 *
 * A minimal program:
 *   sg_lexicon_t *lex; sg_graph_t g; sg_error_t err = {0};
 *   sg_lexicon_load("graphs/lexicon", &lex, &err);
 *   sg_graph_init(&g);
 *   sg_extract_article(lex, NULL, "a1", "a1.txt", text, len, &g, &err);
 *   sg_graph_finalize(&g, &err);
 *   sg_analysis_compute(&g, &err);
 *   ... sg_json_write_graph(&g, &buf, &err) ...
 *   sg_graph_release(&g); sg_lexicon_free(lex);
 */
#ifndef STAKEGRAPH_H
#define STAKEGRAPH_H

#define SG_VERSION "0.1.0"

#include "sg_analysis.h"
#include "sg_error.h"
#include "sg_export.h"
#include "sg_extract.h"
#include "sg_graph.h"
#include "sg_io.h"
#include "sg_json.h"
#include "sg_jsonw.h"
#include "sg_lexicon.h"
#include "sg_render.h"
#include "sg_text.h"
#include "sg_util.h"

#endif
