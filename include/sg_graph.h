/* sg_graph.h - the stakeholder graph: documents, nodes, typed edges with evidence,
 * quotations. This model is the one truth; igraph and cgraph graphs are built from
 * it inside single calls of the analysis and render modules.
 *
 * Ownership: a graph owns every string and array inside it. Functions that add
 * copy their string arguments; the caller keeps what it passed in. The strings
 * that recur (document ids in spans, evidence, quotations and a node's documents;
 * node ids that edges and quotations point to; cues; edge roles) are kept once in
 * the graph's string pool and
 * shared: those fields are const and must not be freed or changed in place.
 * The long texts (evidence sentences and quoted words, quotations) live in the
 * graph's text store (sg_store.h) and are named by sg_text_t references: add them
 * with sg_graph_add_text, read them with sg_graph_text. The edges' evidence, the
 * nodes' mention spans and the quotations are record files (sg_recs.h), read with
 * sg_graph_evidence, sg_graph_span and sg_graph_quote; past 1 MB each moves to a
 * temporary file, so a graph's memory holds its stakeholders and edges, not every
 * place they were seen.
 */
#ifndef SG_GRAPH_H
#define SG_GRAPH_H

#include <stddef.h>
#include <stdint.h>

#include "sg_error.h"
#include "sg_recs.h"
#include "sg_store.h"
#include "sg_util.h"

typedef enum {
    SG_NODE_PERSON,
    SG_NODE_ORGANISATION,
    SG_NODE_COUNCIL,
    SG_NODE_STP,
    SG_NODE_NTYPES
} sg_node_type_t;

typedef enum {
    SG_EDGE_LEADS,
    SG_EDGE_MEMBER_OF,
    SG_EDGE_OPPOSES,
    SG_EDGE_ENDORSES,
    SG_EDGE_QUOTES,
    SG_EDGE_NTYPES
} sg_edge_type_t;

/* A byte offset into an article file. 32 bits: an article is at most SG_OFFSET_MAX
 * bytes (extraction refuses larger ones, a graph file's larger offsets are an error),
 * which keeps the records below, millions of them in a large graph, small. */
typedef uint32_t sg_offset_t;
#define SG_OFFSET_MAX UINT32_MAX

/* The room for a graph's analysis fingerprint: 16 hex digits and the NUL. */
#define SG_ANALYSIS_KEY 17

typedef struct {
    const char *doc;        /* pooled */
    sg_offset_t start, end; /* byte offsets into the article file, end exclusive */
} sg_span_t;

/* A record of the graph's spans: a mention of the node whose id is node. */
typedef struct {
    const char *node; /* pooled */
    sg_span_t span;
} sg_node_span_t;

typedef struct {
    double degree, in_degree, out_degree;
    double pagerank, betweenness, eigenvector;
    double stance; /* endorsements received minus oppositions received */
} sg_centrality_t;

typedef struct {
    char *id; /* "<type>:<slug of name>" */
    sg_node_type_t type;
    char *name;
    sg_strv_t aliases; /* other names as seen in the text */
    sg_strv_t titles;  /* "Professor", "Cllr" */
    sg_strv_t roles;   /* "chief executive of X" */
    /* documents that mention it, pooled (sorted, unique after finalize) */
    sg_refs_t docs;
    /* every mention: once the graph is finalized, records [span0, span0 + nspans) of
     * the graph's spans (sg_graph_span reads one); before, nspans counts the spans
     * added to it */
    size_t span0, nspans;
    sg_centrality_t c;
} sg_node_t;

typedef struct {
    const char *doc;        /* pooled */
    sg_offset_t start, end; /* the sentence (or quotation) that justifies it */
    sg_text_t sentence;
    const char *cue; /* pooled: the words that triggered the rule */
    sg_text_t quote; /* the quoted words, 0 when none */
} sg_evidence_t;

typedef struct {
    const char *source, *target; /* node ids, pooled */
    sg_edge_type_t type;
    int sign;         /* +1 endorses, -1 opposes, 0 otherwise */
    const char *role; /* pooled, or NULL */
    /* its evidence: records [ev, ev + nev) of the graph's evidence (read with
     * sg_graph_evidence), not an allocation of its own. 32 bits, as the indices
     * below: a graph holds fewer than 2^32 pieces of evidence and nodes (SG_ELIMIT
     * past that), and the graph's millions of edges stay small. */
    uint32_t ev, nev;
    /* positions of source and target in nodes: set by sg_graph_finalize, valid
     * while g->edges_indexed (until the graph next changes) */
    uint32_t source_index, target_index;
} sg_edge_t;

/* A quotation: a record of the graph's quotes. */
typedef struct {
    const char *speaker; /* node id, pooled */
    const char *doc;     /* pooled */
    sg_offset_t start, end;
    sg_text_t text;
    const char *cue; /* pooled */
    /* the nodes it is about: records [about, about + nabout) of the graph's
     * quote_about, pooled node ids (sg_graph_quote_about reads one) */
    uint32_t about, nabout;
} sg_quote_t;

typedef struct {
    /* title and date may be NULL; in a graph, the four are one allocation */
    char *id, *path, *title, *date;
    size_t bytes;
    char sha256[65];
} sg_document_t;

typedef struct {
    sg_document_t *docs;
    size_t ndocs, capdocs;
    sg_node_t *nodes;
    size_t nnodes, capnodes;
    sg_edge_t *edges;
    size_t nedges, capedges;
    sg_recs_t evidence;    /* every edge's sg_evidence_t, each edge's in one run
                              (sg_edge_t.ev); past 1 MB in a temporary file */
    sg_recs_t spans;       /* every node's sg_node_span_t, each node's in one run once
                              finalized (sg_node_t.span0); the same */
    sg_recs_t quotes;      /* sg_quote_t records; the same */
    sg_recs_t quote_about; /* their about lists, pooled node ids (const char *) */
    sg_map_t node_index;   /* id -> node index (keyed by the nodes' own ids) */
    sg_map_t doc_index;    /* document id -> index (its own copies of the ids) */
    sg_map_t pool;         /* the shared strings (see Ownership above) */
    /* the strings pooled last (32: an article names a dozen or two), by the address
     * they were given at: the same address again with the same text costs a strcmp,
     * not a lookup (an article's document id and its stakeholders' ids come back at
     * every span and edge) */
    struct {
        const char *from, *to;
    } pool_recent[32];
    sg_store_t texts;          /* the long texts */
    int has_centrality;        /* every node's c holds its measures */
    int edges_indexed;         /* every edge's source_index and target_index hold */
    size_t betweenness_pivots; /* 0: exact betweenness; else sampled from this many */
    /* the fingerprint of the graph the centrality was computed on ("" when none):
     * the analysis sets it, a graph file carries it, and a graph read back keeps
     * the file's centrality while it still holds (sg_analysis_reuse) */
    char analysis_key[SG_ANALYSIS_KEY];
} sg_graph_t;

void sg_graph_init(sg_graph_t *g);
void sg_graph_release(sg_graph_t *g);
/* 1 when g holds no document, node, edge or quotation. */
int sg_graph_is_empty(const sg_graph_t *g);
/* The same, freeing on two threads when jobs > 1 (a large graph takes a while). */
void sg_graph_release_jobs(sg_graph_t *g, size_t jobs);

const char *sg_node_type_name(sg_node_type_t t);
const char *sg_edge_type_name(sg_edge_type_t t);
/* Parse a type name; returns 0 and sets *t, or -1 when unknown. */
int sg_node_type_parse(const char *s, sg_node_type_t *t);
int sg_edge_type_parse(const char *s, sg_edge_type_t *t);

/* Span i of node n of a finalized graph, into *out. Errors: SG_EINVAL (i >=
 * n->nspans), SG_EIO (the temporary file failed). */
sg_err_t sg_graph_span(const sg_graph_t *g, const sg_node_t *n, size_t i, sg_span_t *out);

/* Piece i of edge e's evidence, into *out. Errors: SG_EINVAL (i >= e->nev), SG_EIO
 * (the temporary file failed). */
sg_err_t sg_graph_evidence(const sg_graph_t *g, const sg_edge_t *e, size_t i,
                           sg_evidence_t *out);

/* Edge i is named "e<i+1>" and quotation i "q<i+1>": names fixed by the canonical
 * order once the graph is finalized. They are written into buf. */
#define SG_RECORD_ID_MAX 24
const char *sg_edge_id(size_t i, char buf[SG_RECORD_ID_MAX]);
const char *sg_quote_id(size_t i, char buf[SG_RECORD_ID_MAX]);

/* The id a node of this type and name gets (malloc'd). */
char *sg_node_make_id(sg_node_type_t type, const char *name);
/* The same written into room (cap bytes) when it fits there, else malloc'd: the id,
 * to be freed when it is not room, or NULL when out of memory. For ids looked up
 * far more often than kept. */
char *sg_node_id_in(char *room, size_t cap, sg_node_type_t type, const char *name);

/* Add a document (copied). A document of an id g has already is the same article
 * when its bytes and sha256 are the same: it stays one document, under the first of
 * its paths in byte order (so the order documents are added in does not matter).
 * Errors: SG_EINVAL when it is another article (an article's id is its file name:
 * two articles of one name in two folders), SG_ENOMEM. */
sg_err_t sg_graph_add_document(sg_graph_t *g, const sg_document_t *d);

/* Find or create the node of this type and name; *index receives its position.
 * A new node's name is name; an existing node keeps its name and gains name as an
 * alias when it differs. */
sg_err_t sg_graph_add_node(sg_graph_t *g, sg_node_type_t type, const char *name,
                           size_t *index);
/* The same with the id given (a graph file's own ids are kept as they are). */
sg_err_t sg_graph_add_node_id(sg_graph_t *g, const char *id, sg_node_type_t type,
                              const char *name, size_t *index);
/* Index of the node with this id, or -1. */
long sg_graph_find(const sg_graph_t *g, const char *id);
/* The positions in g->nodes of edge e's source (*s) and target (*t): the indices
 * finalize keeps while g->edges_indexed, else found by id. 0, or -1 when an end is
 * no node of g (*s and *t then -1 or found). */
int sg_graph_edge_ends(const sg_graph_t *g, size_t e, long *s, long *t);
/* Index of the document with this id, or -1. */
long sg_graph_find_doc(const sg_graph_t *g, const char *id);
/* Index of the node whose name or alias equals name (case-insensitive; a
 * type prefix "stp:" style id is accepted too), or -1. */
long sg_graph_lookup(const sg_graph_t *g, const char *name);

/* Put text[0..len) in g's text store; *ref names it there. Errors: SG_ENOMEM. */
sg_err_t sg_graph_add_text(sg_graph_t *g, const char *text, size_t len, sg_text_t *ref);
/* A text of g's store, NUL-terminated, in *text: valid until g next changes, or
 * held in *scratch (which the caller releases). ref 0 gives "".
 * Errors: SG_EIO (the store's temporary file failed), SG_ENOMEM, SG_EINVAL. */
sg_err_t sg_graph_text(const sg_graph_t *g, sg_text_t ref, sg_buf_t *scratch,
                       const char **text);

/* Record that document doc mentions node g->nodes[node] (a repeat is dropped when
 * the graph is finalized). */
sg_err_t sg_graph_add_node_doc(sg_graph_t *g, size_t node, const char *doc);

/* Add a mention span of document doc to node g->nodes[node]. Errors: SG_ENOMEM,
 * SG_EINVAL (an offset past SG_OFFSET_MAX). */
sg_err_t sg_graph_add_span(sg_graph_t *g, size_t node, const char *doc, size_t start,
                           size_t end);

/* Add an edge with its evidence (ev may be NULL; its texts must be g's). Edges of the
 * same type between the same nodes are kept apart until sg_graph_finalize merges them
 * into one whose evidence lists every source (and whose role is the smallest given). */
sg_err_t sg_graph_add_edge(sg_graph_t *g, const char *source, const char *target,
                           sg_edge_type_t type, const char *role,
                           const sg_evidence_t *ev);

/* Add a quotation (copied; its text must be g's) about the nodes with ids
 * about[0..nabout) (any strings; q->about and q->nabout are not read). */
sg_err_t sg_graph_add_quote(sg_graph_t *g, const sg_quote_t *q, const char *const *about,
                            size_t nabout);

/* The number of quotations, quotation i into *q, and the id of node k (below
 * q->nabout) a quotation is about. Errors: SG_EINVAL (past the end), SG_EIO (the
 * temporary file failed). */
static inline size_t sg_graph_nquotes(const sg_graph_t *g) {
    return sg_recs_count(&g->quotes);
}
sg_err_t sg_graph_quote(const sg_graph_t *g, size_t i, sg_quote_t *q);
sg_err_t sg_graph_quote_about(const sg_graph_t *g, const sg_quote_t *q, size_t k,
                              const char **id);

/* Fold every document, node, edge and quote of src into dst (copies). Merging is
 * idempotent: a graph merged into itself (dst == src) is left as it is. */
sg_err_t sg_graph_merge(sg_graph_t *dst, const sg_graph_t *src);

/* The same, moving src's contents instead of copying them. Whether or not the
 * merge succeeded, src is then good only for sg_graph_release, which frees what
 * merging left in it (the caller's, so that a merge under a lock frees it after);
 * dst == src leaves the graph as it is. */
sg_err_t sg_graph_merge_take(sg_graph_t *dst, sg_graph_t *src);

/* Put the graph in its canonical form: nodes named by another node's alias fold
 * into it, everything sorted, ids numbered, so that the same facts always give the
 * same bytes. Clears has_centrality (sg_analysis_compute sets it again); the nodes'
 * numbers are zeroed too unless the graph had centrality (one read from a file,
 * for sg_analysis_reuse to keep while the graph is the one they are of). */
sg_err_t sg_graph_finalize(sg_graph_t *g, sg_error_t *err);
/* The same with up to jobs threads (the nodes on one, edges and quotations on
 * another); the result does not depend on jobs. */
sg_err_t sg_graph_finalize_jobs(sg_graph_t *g, size_t jobs, sg_error_t *err);

/* Check references: every edge and quote names existing nodes and documents.
 * Returns SG_EPARSE with a message naming the first bad reference. A graph may be
 * finalized first (finalize takes a graph with bad references, and keeps them):
 * then the edges cost no lookups when finalize found all their ends. */
sg_err_t sg_graph_validate(const sg_graph_t *g, sg_error_t *err);

#endif
