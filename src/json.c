/* json.c - graph JSON and JSON Lines fragments, written and read with jansson. */
#include <jansson.h>
#include <math.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jrec_i.h"
#include "sg_io.h"
#include "sg_json.h"

/* ---- writing ----
 * A direct writer: one record a line, fields in a fixed order, numbers printed the
 * same way every time; several times faster than building jansson trees. */

typedef struct sink sink_t;

/* The readers of a graph's texts one writer uses, kept from block to block (each
 * opens a descriptor of its own on the store's file at its first read). */
typedef struct {
    sg_store_reader_t order; /* the quotations' texts, read in order (.s once set) */
    sg_store_reader_t loose; /* the evidence's texts, in no order (the same) */
} w_texts_t;

static void w_texts_release(w_texts_t *t) {
    if (t->order.s) {
        sg_store_reader_release(&t->order);
    }
    if (t->loose.s) {
        sg_store_reader_release(&t->loose);
    }
    memset(t, 0, sizeof(*t));
}

typedef struct {
    sg_buf_t *b;
    sg_err_t rc;
    const sg_graph_t *g; /* whose texts are written */
    sink_t *direct;      /* when set, b is emptied into it as it fills */
    sg_recs_reader_t ev; /* the edges' evidence, once read (ev.r set) */
    sg_recs_reader_t sp; /* the nodes' spans, the same */
    sg_recs_reader_t qt; /* the quotations, the same */
    sg_recs_reader_t qa; /* their about lists, the same */
    w_texts_t *texts;    /* the graph's texts: the caller's readers */
} wr_t;

static void w_release(wr_t *w) {
    sg_recs_reader_t *rd[] = {&w->ev, &w->sp, &w->qt, &w->qa};
    for (size_t i = 0; i < sizeof(rd) / sizeof(rd[0]); i++) {
        if (rd[i]->r) {
            sg_recs_reader_release(rd[i]);
        }
    }
}

/* Records [first, first + n) of recs, read through rd (set up at its first use);
 * NULL when there are none or they cannot be read (w->rc then says why). */
static const void *w_run(wr_t *w, sg_recs_reader_t *rd, const sg_recs_t *recs,
                         size_t first, size_t n) {
    const void *p = NULL;
    sg_err_t rc;

    if (!n || w->rc != SG_OK) {
        return NULL;
    }
    if (!rd->r) {
        sg_recs_reader_init(rd, recs);
    }
    if ((rc = sg_recs_read(rd, first, n, &p)) != SG_OK) {
        w->rc = rc;
        return NULL;
    }
    return p;
}

static void w_flush(wr_t *w);

/* Between records and every so many items of a long list: a writer that may send
 * its bytes on does so once it holds FLUSH_AT, so that one record with a very long
 * list (a stakeholder named in every article) is not held whole in memory. */
#define FLUSH_AT ((size_t)1 << 18)
#define FLUSH_EVERY 1024

static void w_maybe_flush(wr_t *w) {
    if (w->direct && w->b->len >= FLUSH_AT) {
        w_flush(w);
    }
}

static void w_raw(wr_t *w, const char *s, size_t n) {
    sg_buf_t *b = w->b;

    if (w->rc != SG_OK) {
        return;
    }
    /* the common case inline: it fits (a graph file is millions of small pieces) */
    if (b->data && b->cap - b->len > n) {
        memcpy(b->data + b->len, s, n);
        b->len += n;
        b->data[b->len] = '\0';
        return;
    }
    w->rc = sg_buf_append(b, s, n);
}

static void w_lit(wr_t *w, const char *s) {
    w_raw(w, s, strlen(s));
}

/* A byte a JSON string holds as it is: not a control character (NUL ends the
 * string), quote or backslash. */
static int plain(unsigned char c) {
    return c >= 0x20 && c != '"' && c != '\\';
}

#ifdef __SSE2__

/* How many bytes from the start of s[0..len) a JSON string holds as they are,
 * sixteen at a time (every x86-64 has SSE2); the last few with the sixteen bytes
 * that end the string (those before are plain already), or, in a string shorter
 * than that, from a copy padded with plain bytes. Strings are most of a graph
 * file's bytes. */
static size_t plain_prefix(const char *s, size_t len) {
    unsigned m;
    size_t n = 0;

    for (; n + 16 <= len; n += 16) {
        if ((m = sg_i_json_special16(s + n, 0))) {
            return n + (size_t)__builtin_ctz(m);
        }
    }
    if (n == len) {
        return n;
    }
    if (len >= 16) {
        m = sg_i_json_special16(s + len - 16, 0);
        return m ? len - 16 + (size_t)__builtin_ctz(m) : len;
    }
    char pad[16];
    memset(pad, 'a', sizeof(pad));
    memcpy(pad, s, len);
    m = sg_i_json_special16(pad, 0);
    return m ? (size_t)__builtin_ctz(m) : len;
}
#else
/* How many bytes from the start of s[0..len) a JSON string holds as they are, eight
 * at a time: a word holding a byte below 0x20, a quote or a backslash has a high bit
 * left in the matching test (exact for whether any byte matched), and is then looked
 * at byte by byte. Strings are most of a graph file's bytes. */
static size_t plain_prefix(const char *s, size_t len) {
    const uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
    size_t n = 0;

    for (; n + 8 <= len; n += 8) {
        uint64_t x, q, b;
        memcpy(&x, s + n, 8);
        q = x ^ (ones * '"');
        b = x ^ (ones * '\\');
        if (((x - ones * 0x20) & ~x & highs) | ((q - ones) & ~q & highs) |
            ((b - ones) & ~b & highs)) {
            break;
        }
    }
    while (n < len && plain((unsigned char)s[n])) {
        n++;
    }
    return n;
}
#endif

/* s[0..len) (no NUL in it) as a JSON string. */
static void w_str_n(wr_t *w, const char *s, size_t len) {
    static const char hex[] = "0123456789abcdef";
    const char *run = s, *end = s + len;
    size_t n = plain_prefix(s, len);

    /* the common case: nothing to escape, the quotes and the text in one piece */
    if (n == len) {
        sg_buf_t *b = w->b;
        if (w->rc == SG_OK && b->data && b->cap - b->len > n + 2) {
            b->data[b->len] = '"';
            memcpy(b->data + b->len + 1, s, n);
            b->data[b->len + n + 1] = '"';
            b->len += n + 2;
            b->data[b->len] = '\0';
            return;
        }
    }

    w_raw(w, "\"", 1);
    for (s += n; s < end; s++) { /* the plain start goes out with the first run */
        unsigned char c = (unsigned char)*s;
        if (plain(c)) {
            continue;
        }
        w_raw(w, run, (size_t)(s - run));
        run = s + 1;
        switch (c) {
        case '"':
            w_raw(w, "\\\"", 2);
            break;
        case '\\':
            w_raw(w, "\\\\", 2);
            break;
        case '\n':
            w_raw(w, "\\n", 2);
            break;
        case '\r':
            w_raw(w, "\\r", 2);
            break;
        case '\t':
            w_raw(w, "\\t", 2);
            break;
        default: {
            char u[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            w_raw(w, u, 6);
        }
        }
    }
    w_raw(w, run, (size_t)(s - run));
    w_raw(w, "\"", 1);
}

static void w_str(wr_t *w, const char *s) {
    w_str_n(w, s, strlen(s));
}

/* A text of the graph's store, as a JSON string, with the length the store knows
 * (no strlen over every sentence), read through rd (made with window at its first
 * use, so that each thread reads through readers of its own). */
static void w_store_text(wr_t *w, sg_store_reader_t *rd, size_t window, sg_text_t ref) {
    const char *t = "";
    size_t len = 0;
    sg_err_t rc;

    if (!rd->s) {
        sg_store_reader_init(rd, &w->g->texts, window);
    }
    if (w->rc == SG_OK && (rc = sg_store_read(rd, ref, &t, &len)) != SG_OK) {
        w->rc = rc;
        t = "";
        len = 0;
    }
    w_str_n(w, t, len);
}

/* An evidence text: the evidence is written in the order of its edges, not of its
 * texts, so each is read alone. */
static void w_text(wr_t *w, sg_text_t ref) {
    w_store_text(w, &w->texts->loose, 0, ref);
}

/* A quotation's text: the quotations are written in the order of their documents,
 * which is about the order their texts were stored in, so they are read through a
 * window. */
static void w_quote_text(wr_t *w, sg_text_t ref) {
    w_store_text(w, &w->texts->order, SG_STORE_WINDOW_ORDER, ref);
}

static void w_str_or_null(wr_t *w, const char *s) {
    if (s) {
        w_str(w, s);
    } else {
        w_lit(w, "null");
    }
}

static void w_key_n(wr_t *w, const char *key) {
    w_raw(w, ", \"", 3);
    w_lit(w, key);
    w_raw(w, "\": ", 3);
}

/* ", \"key\": " for a literal key: one piece, its length known when compiled */
#define w_key(w, key) w_raw((w), ", \"" key "\": ", sizeof(", \"" key "\": ") - 1)

static void w_size(wr_t *w, size_t v) {
    char num[24];
    size_t i = sizeof(num);
    do {
        num[--i] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    w_raw(w, num + i, sizeof(num) - i);
}

static void w_real(wr_t *w, double v) {
    char num[SG_REAL_MAX + 2];
    if (!isfinite(v)) {
        v = 0;
    }
    if (v == 0) {
        v = 0; /* no "-0" */
    }
    size_t n = sg_fmt_real(v, num);
    /* keep it a JSON real so readers type it as a number with a fraction */
    if (!strpbrk(num, ".eE")) {
        num[n++] = '.';
        num[n++] = '0';
    }
    w_raw(w, num, n);
}

/* A JSON array of strings (a long one sends its bytes on as it goes). */
static void w_list(wr_t *w, const char *const *v, size_t n) {
    w_raw(w, "[", 1);
    for (size_t i = 0; i < n; i++) {
        if (i) {
            w_raw(w, ", ", 2);
        }
        if (i % FLUSH_EVERY == FLUSH_EVERY - 1) {
            w_maybe_flush(w);
        }
        w_str(w, v[i]);
    }
    w_raw(w, "]", 1);
}

static void w_strv(wr_t *w, const sg_strv_t *v) {
    w_list(w, (const char *const *)v->v, v->n);
}

/* Each record opens with "{" and, in fragments, its kind. */
static void w_refs(wr_t *w, const sg_refs_t *v) {
    w_list(w, v->v, v->n);
}

static void w_open(wr_t *w, const char *kind, const char *first_key) {
    if (kind) {
        w_lit(w, "{\"kind\": ");
        w_str(w, kind);
        w_key_n(w, first_key);
    } else {
        w_lit(w, "{\"");
        w_lit(w, first_key);
        w_raw(w, "\": ", 3);
    }
}

static void w_doc(wr_t *w, const sg_document_t *d, const char *kind) {
    w_open(w, kind, "id");
    w_str(w, d->id);
    w_key(w, "path");
    w_str(w, d->path);
    w_key(w, "title");
    w_str_or_null(w, d->title);
    w_key(w, "date");
    w_str_or_null(w, d->date);
    w_key(w, "bytes");
    w_size(w, d->bytes);
    w_key(w, "sha256");
    w_str(w, d->sha256);
    w_raw(w, "}", 1);
}

static void w_node(wr_t *w, const sg_node_t *n, int centrality, const char *kind) {
    const sg_node_span_t *run;

    w_open(w, kind, "id");
    w_str(w, n->id);
    w_key(w, "type");
    w_str(w, sg_node_type_name(n->type));
    w_key(w, "name");
    w_str(w, n->name);
    w_key(w, "aliases");
    w_strv(w, &n->aliases);
    w_key(w, "titles");
    w_strv(w, &n->titles);
    w_key(w, "roles");
    w_strv(w, &n->roles);
    w_key(w, "mentions");
    w_size(w, n->nspans);
    w_key(w, "documents");
    w_refs(w, &n->docs);
    w_key(w, "spans");
    w_raw(w, "[", 1);
    run = w_run(w, &w->sp, &w->g->spans, n->span0, n->nspans);
    for (size_t i = 0; run && i < n->nspans; i++) {
        const sg_span_t *x = &run[i].span;
        if (i % FLUSH_EVERY == FLUSH_EVERY - 1) {
            w_maybe_flush(w);
        }
        w_lit(w, i ? ", {\"doc\": " : "{\"doc\": ");
        w_str(w, x->doc);
        w_key(w, "start");
        w_size(w, x->start);
        w_key(w, "end");
        w_size(w, x->end);
        w_raw(w, "}", 1);
    }
    w_raw(w, "]", 1);
    if (centrality) {
        const sg_centrality_t *c = &n->c;
        w_key(w, "centrality");
        w_lit(w, "{\"degree\": ");
        w_real(w, c->degree);
        w_key(w, "in_degree");
        w_real(w, c->in_degree);
        w_key(w, "out_degree");
        w_real(w, c->out_degree);
        w_key(w, "pagerank");
        w_real(w, c->pagerank);
        w_key(w, "betweenness");
        w_real(w, c->betweenness);
        w_key(w, "eigenvector");
        w_real(w, c->eigenvector);
        w_key(w, "net_stance");
        w_real(w, c->stance);
        w_raw(w, "}", 1);
    }
    w_raw(w, "}", 1);
}

static void w_edge(wr_t *w, const sg_edge_t *e, size_t i, const char *kind) {
    char id[SG_RECORD_ID_MAX];
    const sg_evidence_t *run;

    w_open(w, kind, "id");
    w_str(w, sg_edge_id(i, id));
    w_key(w, "source");
    w_str(w, e->source);
    w_key(w, "target");
    w_str(w, e->target);
    w_key(w, "type");
    w_str(w, sg_edge_type_name(e->type));
    w_key(w, "sign");
    w_lit(w, e->sign > 0 ? "1" : e->sign < 0 ? "-1" : "0");
    w_key(w, "weight");
    w_size(w, e->nev);
    w_key(w, "role");
    w_str_or_null(w, e->role);
    w_key(w, "evidence");
    w_raw(w, "[", 1);
    run = w_run(w, &w->ev, &w->g->evidence, e->ev, e->nev);
    for (size_t i = 0; run && i < e->nev; i++) {
        const sg_evidence_t *x = &run[i];
        if (i % FLUSH_EVERY == FLUSH_EVERY - 1) {
            w_maybe_flush(w);
        }
        w_lit(w, i ? ", {\"doc\": " : "{\"doc\": ");
        w_str(w, x->doc);
        w_key(w, "start");
        w_size(w, x->start);
        w_key(w, "end");
        w_size(w, x->end);
        w_key(w, "sentence");
        w_text(w, x->sentence);
        w_key(w, "cue");
        w_str(w, x->cue);
        if (x->quote) {
            w_key(w, "quote");
            w_text(w, x->quote);
        }
        w_raw(w, "}", 1);
    }
    w_raw(w, "]}", 2);
}

/* Quotation i of the graph. */
static void w_quote(wr_t *w, size_t i, const char *kind) {
    const sg_quote_t *q = w_run(w, &w->qt, &w->g->quotes, i, 1);
    const char *const *about;
    char id[SG_RECORD_ID_MAX];

    if (!q) {
        return; /* w->rc says why */
    }
    w_open(w, kind, "id");
    w_str(w, sg_quote_id(i, id));
    w_key(w, "speaker");
    w_str(w, q->speaker);
    w_key(w, "doc");
    w_str(w, q->doc);
    w_key(w, "start");
    w_size(w, q->start);
    w_key(w, "end");
    w_size(w, q->end);
    w_key(w, "text");
    w_quote_text(w, q->text);
    w_key(w, "cue");
    w_str(w, q->cue);
    w_key(w, "about");
    about = w_run(w, &w->qa, &w->g->quote_about, q->about, q->nabout);
    w_list(w, about, about ? q->nabout : 0);
    w_raw(w, "}", 1);
}

static void w_section(wr_t *w, const char *name, size_t n) {
    w_lit(w, ",\n \"");
    w_lit(w, name);
    w_lit(w, n ? "\": [\n  " : "\": [");
}

static void w_sep(wr_t *w, size_t i, size_t n) {
    w_lit(w, i + 1 < n ? ",\n  " : "\n ]");
    w_maybe_flush(w);
}

/* The graph file is written section by section; each section's records are
 * formatted in blocks, several blocks at once, and the blocks are sent to the sink
 * in order, so the bytes do not depend on the number of threads. The first block of
 * a round is formatted by the calling thread straight into the sink; the others, on
 * threads, are held until it is done. */
enum { SEC_DOCS, SEC_NODES, SEC_EDGES, SEC_QUOTES, SEC_N };
#define BLOCK_RECORDS 2048

struct sink {
    sg_buf_t *buf;    /* when writing to memory */
    sg_io_out_t *out; /* when streaming */
};

static sg_err_t sink_put(sink_t *s, const char *data, size_t len) {
    return s->out ? sg_io_out_write(s->out, data, len) : sg_buf_append(s->buf, data, len);
}

static void w_flush(wr_t *w) {
    if (w->rc == SG_OK) {
        w->rc = sink_put(w->direct, w->b->data, w->b->len);
    }
    w->b->len = 0;
}

typedef struct {
    const sg_graph_t *g;
    int sec;
    size_t lo, hi, n;
    size_t done; /* records [lo, done) are in buf; the rest is left to the sink */
    sg_buf_t buf;
    sink_t *direct; /* the first block of a round: written as it is formatted */
    sg_err_t rc;
    w_texts_t texts; /* the slot's readers, for every block formatted in it */
} block_t;

/* A block held for later holds at most about HOLD_AT bytes: past them, or before a
 * record of more than HOLD_ITEMS spans, documents or pieces of evidence (the last
 * block of nodes of the 100 MB bench graph, its STPs, came to 39 MB), a thread
 * stops and leaves the rest of the block to be formatted straight into the sink
 * when its turn comes. The bytes are the same; the memory is bounded. */
#define HOLD_AT ((size_t)4 << 20)
#define HOLD_ITEMS 20000

static size_t record_items(const sg_graph_t *g, int sec, size_t i) {
    if (sec == SEC_NODES) {
        return g->nodes[i].nspans + g->nodes[i].docs.n;
    }
    return sec == SEC_EDGES ? g->edges[i].nev : 0;
}

static void *format_block(void *arg) {
    block_t *b = arg;
    const sg_graph_t *g = b->g;
    wr_t w = {.b = &b->buf, .rc = SG_OK, .g = g, .direct = b->direct, .texts = &b->texts};

    b->buf.len = 0;
    for (size_t i = b->lo; i < b->hi; i++) {
        if (!b->direct && ((i > b->lo && b->buf.len >= HOLD_AT) ||
                           record_items(g, b->sec, i) > HOLD_ITEMS)) {
            b->done = i;
            break;
        }
        b->done = i + 1;
        switch (b->sec) {
        case SEC_DOCS:
            w_doc(&w, &g->docs[i], NULL);
            break;
        case SEC_NODES:
            w_node(&w, &g->nodes[i], g->has_centrality, NULL);
            break;
        case SEC_EDGES:
            w_edge(&w, &g->edges[i], i, NULL);
            break;
        default:
            w_quote(&w, i, NULL);
        }
        w_sep(&w, i, b->n);
    }
    if (b->direct) {
        w_flush(&w);
    }
    w_release(&w);
    b->rc = w.rc;
    return NULL;
}

/* A section formatted and written by several threads, the calling one among them.
 * The blocks are claimed in turn and formatted by whichever thread is free, into a
 * ring of buffers; the thread that finds the next block in order formatted writes
 * it, and a thread that claims the next block in order formats it straight into the
 * sink, so that the writing is shared as the formatting is (the writes of the 100
 * MB bench graph are a third of its write phase). No thread waits for a round of
 * blocks to end, only for the ring to have room or for the next block. */
typedef struct {
    pthread_mutex_t mu;
    pthread_cond_t changed;
    block_t *ring; /* block k in ring[k % nring] */
    char *done;    /* ring slot formatted, waiting to be written */
    size_t nring, nblocks;
    size_t claimed, written; /* blocks handed out, blocks written */
    int writing;             /* a thread is writing block `written` */
    int stop;                /* a block failed: hand out no more */
    sg_err_t rc;             /* the first failure */
    sink_t *sink;
    const sg_graph_t *g;
    int sec;
    size_t n;
} wpipe_t;

static void wpipe_block(wpipe_t *p, size_t k, sink_t *direct) {
    block_t *b = &p->ring[k % p->nring];
    b->g = p->g;
    b->sec = p->sec;
    b->lo = k * BLOCK_RECORDS;
    b->hi = b->lo + BLOCK_RECORDS < p->n ? b->lo + BLOCK_RECORDS : p->n;
    b->n = p->n;
    b->direct = direct;
    format_block(b);
}

/* A block to format when one is free to claim (the lock held): its number, or
 * (size_t)-1. */
static size_t wpipe_claim(wpipe_t *p) {
    if (p->stop || p->claimed >= p->nblocks || p->claimed >= p->written + p->nring) {
        return (size_t)-1;
    }
    return p->claimed++;
}

/* A failure stops the section; the first is the one reported (the lock held). */
static void wpipe_fail(wpipe_t *p, sg_err_t rc) {
    if (rc != SG_OK) {
        p->stop = 1;
        p->rc = p->rc != SG_OK ? p->rc : rc;
    }
}

/* Block `written` is in the sink (the lock held). */
static void wpipe_written(wpipe_t *p, sg_err_t rc) {
    p->done[p->written % p->nring] = 0;
    p->written++;
    p->writing = 0;
    wpipe_fail(p, rc);
    pthread_cond_broadcast(&p->changed);
}

static void *wpipe_run(void *arg) {
    wpipe_t *p = arg;

    pthread_mutex_lock(&p->mu);
    while (!p->stop && p->written < p->nblocks) {
        size_t w = p->written % p->nring, k;
        if (!p->writing && p->done[w]) { /* the next block in order: write it */
            block_t *b = &p->ring[w];
            sg_err_t rc;
            p->writing = 1;
            pthread_mutex_unlock(&p->mu);
            if ((rc = b->rc) == SG_OK) {
                rc = sink_put(p->sink, b->buf.data, b->buf.len);
            }
            if (rc == SG_OK && b->done < b->hi) { /* what it left: straight in */
                b->lo = b->done;
                b->direct = p->sink;
                format_block(b);
                rc = b->rc;
            }
            pthread_mutex_lock(&p->mu);
            wpipe_written(p, rc);
        } else if ((k = wpipe_claim(p)) != (size_t)-1) {
            /* the next in order goes straight into the sink (nobody writes: the
             * block being written would have been claimed before it) */
            int direct = k == p->written;
            p->writing |= direct;
            pthread_mutex_unlock(&p->mu);
            wpipe_block(p, k, direct ? p->sink : NULL);
            pthread_mutex_lock(&p->mu);
            if (direct) {
                wpipe_written(p, p->ring[k % p->nring].rc);
            } else {
                p->done[k % p->nring] = 1;
                wpipe_fail(p, p->ring[k % p->nring].rc);
                pthread_cond_broadcast(&p->changed);
            }
        } else {
            pthread_cond_wait(&p->changed, &p->mu);
        }
    }
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

/* Format and write records [0, n) of section sec with up to nthreads threads. */
static sg_err_t write_section(const sg_graph_t *g, int sec, size_t n, size_t nthreads,
                              sink_t *sink) {
    wpipe_t p;
    size_t nworkers = nthreads > 1 ? nthreads - 1 : 0, started = 0;
    pthread_t *th = NULL;

    memset(&p, 0, sizeof(p));
    p.g = g;
    p.sec = sec;
    p.n = n;
    p.sink = sink;
    p.rc = SG_OK;
    p.nblocks = (n + BLOCK_RECORDS - 1) / BLOCK_RECORDS;
    /* two blocks a thread: one formatting while one waits its turn to be written */
    p.nring = 2 * (nworkers + 1);
    p.ring = calloc(p.nring, sizeof(*p.ring));
    p.done = calloc(p.nring, 1);
    th = calloc(nworkers ? nworkers : 1, sizeof(*th));
    if (!p.ring || !p.done || !th) {
        free(p.ring);
        free(p.done);
        free(th);
        return SG_ENOMEM;
    }
    pthread_mutex_init(&p.mu, NULL);
    pthread_cond_init(&p.changed, NULL);
    for (size_t i = 0; i < nworkers && p.nblocks > 1; i++) {
        started += pthread_create(&th[started], NULL, wpipe_run, &p) == 0;
    }
    wpipe_run(&p);
    for (size_t i = 0; i < started; i++) {
        pthread_join(th[i], NULL);
    }
    for (size_t i = 0; i < p.nring; i++) {
        sg_buf_release(&p.ring[i].buf);
        w_texts_release(&p.ring[i].texts);
    }
    pthread_cond_destroy(&p.changed);
    pthread_mutex_destroy(&p.mu);
    free(p.ring);
    free(p.done);
    free(th);
    return p.rc;
}

static sg_err_t write_graph(const sg_graph_t *g, sink_t *sink, size_t nthreads) {
    static const char *names[SEC_N] = {"documents", "nodes", "edges", "quotes"};
    size_t counts[SEC_N] = {g->ndocs, g->nnodes, g->nedges, sg_graph_nquotes(g)};
    sg_buf_t head;
    wr_t w = {.b = &head, .rc = SG_OK, .g = g};
    sg_err_t rc;

    sg_buf_init(&head);
    w_lit(&w, "{\n \"format\": \"stakegraph-graph\",\n \"version\": 1");
    if (g->has_centrality) {
        w_lit(&w, ",\n \"analysis\": {\"betweenness\": ");
        if (g->betweenness_pivots) {
            w_lit(&w, "\"sampled\", \"pivots\": ");
            w_size(&w, g->betweenness_pivots);
        } else {
            w_lit(&w, "\"exact\"");
        }
        if (g->analysis_key[0]) {
            w_key(&w, "fingerprint");
            w_str(&w, g->analysis_key);
        }
        w_raw(&w, "}", 1);
    }
    rc = w.rc;
    for (int sec = 0; rc == SG_OK && sec < SEC_N; sec++) {
        w_section(&w, names[sec], counts[sec]);
        if (!counts[sec]) {
            w_lit(&w, "]");
        }
        if ((rc = w.rc) == SG_OK && (rc = sink_put(sink, head.data, head.len)) == SG_OK) {
            rc = write_section(g, sec, counts[sec], nthreads ? nthreads : 1, sink);
        }
        head.len = 0;
    }
    w_lit(&w, "\n}\n");
    if (rc == SG_OK && (rc = w.rc) == SG_OK) {
        rc = sink_put(sink, head.data, head.len);
    }
    sg_buf_release(&head);
    return rc;
}

sg_err_t sg_json_write_graph(const sg_graph_t *g, sg_buf_t *out, sg_error_t *err) {
    sink_t sink = {out, NULL};
    sg_err_t rc = write_graph(g, &sink, 1);

    if (rc != SG_OK) {
        sg_error_set(err, rc, NULL, 0, 0, "%s", sg_strerror(rc));
    }
    return rc;
}

/* The end of a save whose formatting returned rc: out of memory, or a text of the
 * store unreadable, leaves nothing behind; a write error is remembered by out and
 * reported by the commit with its reason, naming the file (nothing is left behind
 * either). */
static sg_err_t save_end(sg_io_out_t *out, sg_err_t rc, const char *path,
                         sg_error_t *err) {
    if (rc != SG_OK && !out->errnum) {
        sg_io_out_abort(out);
        return sg_error_set(err, rc, path, 0, 0, "%s",
                            rc == SG_ENOMEM
                                ? "out of memory"
                                : "cannot read back the graph's texts and records");
    }
    return sg_io_out_commit(out, err);
}

sg_err_t sg_json_save_graph(const sg_graph_t *g, const char *path, size_t nthreads,
                            sg_error_t *err) {
    sg_io_out_t out;
    sink_t sink = {NULL, &out};
    sg_err_t rc = sg_io_out_open(&out, path, err);

    if (rc != SG_OK) {
        return rc;
    }
    return save_end(&out, write_graph(g, &sink, nthreads), path, err);
}

/* sg_json_save_fragment hands the file what it has formatted past this many bytes. */
#define SAVE_SPILL ((size_t)1 << 20)

/* Where a fragment's records go once out holds more than at bytes (see
 * sg_json_write_fragment_spill). */
typedef struct {
    size_t at;
    int (*flush)(void *ctx, sg_buf_t *out);
    void *ctx;
    int errnum;
} spill_t;

/* A record written: its newline, and out handed on when it has grown past sp->at. */
static void w_record_end(wr_t *w, spill_t *sp) {
    w_raw(w, "\n", 1);
    if (sp->flush && w->rc == SG_OK && w->b->len > sp->at &&
        (sp->errnum = sp->flush(sp->ctx, w->b)) != 0) {
        w->rc = SG_EIO;
    }
}

sg_err_t sg_json_write_fragment(const sg_graph_t *g, sg_buf_t *out, sg_error_t *err) {
    return sg_json_write_fragment_spill(g, out, 0, NULL, NULL, NULL, err);
}

sg_err_t sg_json_write_fragment_spill(const sg_graph_t *g, sg_buf_t *out, size_t spill,
                                      int (*flush)(void *ctx, sg_buf_t *out), void *ctx,
                                      int *werr, sg_error_t *err) {
    w_texts_t texts;
    wr_t w = {.b = out, .rc = SG_OK, .g = g, .texts = &texts};
    spill_t sp = {spill, flush, ctx, 0};

    memset(&texts, 0, sizeof(texts));

    for (size_t i = 0; i < g->ndocs; i++) {
        w_doc(&w, &g->docs[i], "document");
        w_record_end(&w, &sp);
    }
    for (size_t i = 0; i < g->nnodes; i++) {
        w_node(&w, &g->nodes[i], 0, "node");
        w_record_end(&w, &sp);
    }
    for (size_t i = 0; i < g->nedges; i++) {
        w_edge(&w, &g->edges[i], i, "edge");
        w_record_end(&w, &sp);
    }
    for (size_t i = 0; i < sg_graph_nquotes(g); i++) {
        w_quote(&w, i, "quote");
        w_record_end(&w, &sp);
    }
    w_release(&w);
    w_texts_release(&texts);
    if (werr) {
        *werr = sp.errnum;
    }
    if (w.rc != SG_OK && !sp.errnum) { /* a failed flush is the caller's to name */
        sg_error_set(err, w.rc, NULL, 0, 0, "%s", sg_strerror(w.rc));
    }
    return w.rc;
}

/* sg_json_save_fragment's spill: what out holds goes to the file. */
static int save_flush(void *ctx, sg_buf_t *out) {
    sg_io_out_t *o = ctx;

    sg_io_out_write(o, out->data, out->len);
    out->len = 0;
    return o->errnum;
}

sg_err_t sg_json_save_fragment(const sg_graph_t *g, const char *path, sg_error_t *err) {
    sg_io_out_t out;
    sg_buf_t buf;
    sg_err_t rc = sg_io_out_open(&out, path, err);

    if (rc != SG_OK) {
        return rc;
    }
    sg_buf_init(&buf);
    rc = sg_json_write_fragment_spill(g, &buf, SAVE_SPILL, save_flush, &out, NULL, NULL);
    if (rc == SG_OK) {
        save_flush(&out, &buf);
    }
    sg_buf_release(&buf);
    return save_end(&out, rc, path, err);
}

/* ---- reading ---- */

typedef struct {
    const char *name;
    int line;
    const char *where; /* what messages name: as is (section 0), a graph file's
                          section (1: "nodes[3]") or a fragment's kind (2) */
    size_t index;      /* section 1: the record's position */
    int section;
    char where_buf[96]; /* the name, made only when a message needs it */
    sg_error_t *err;
    size_t max_depth; /* nesting allowed in the whole text */
    sg_jrec_t rec;    /* the record being read */
    int own_nodes;    /* the graph read into holds only this file's nodes, so a
                         node id it has already is a duplicate */
    sg_io_map_t *map; /* the file mapped, whose pages read are given back; or NULL */
} rd_t;

/* The record being read, as messages name it ("nodes[3]"). Made only for an error:
 * formatting it for each of millions of records cost more than a tenth of reading. */
static const char *where(rd_t *r) {
    if (r->section == 1) {
        snprintf(r->where_buf, sizeof(r->where_buf), "%s[%zu]", r->where, r->index);
    } else if (r->section == 2) {
        snprintf(r->where_buf, sizeof(r->where_buf), "record of kind '%s'", r->where);
    } else {
        return r->where;
    }
    return r->where_buf;
}

static sg_err_t shape(rd_t *r, const char *fmt, const char *what) {
    return sg_error_set(r->err, SG_EPARSE, r->name, r->line, 0, "%s: %s%s%s", where(r),
                        what, *what ? " " : "", fmt);
}

/* Member key of object o of the record being read. */
static const sg_jval_t *get(rd_t *r, const sg_jval_t *o, const char *key) {
    return sg_jrec_get(&r->rec, o, key);
}

static const char *get_str(rd_t *r, const sg_jval_t *o, const char *key, int required,
                           sg_err_t *rc) {
    const sg_jval_t *v = get(r, o, key);

    if (!v || v->type == SG_J_NULL) {
        if (required && *rc == SG_OK) {
            *rc = shape(r, "is missing", key);
        }
        return NULL;
    }
    if (v->type != SG_J_STR) {
        if (*rc == SG_OK) {
            *rc = shape(r, "must be a string", key);
        }
        return NULL;
    }
    return sg_jrec_str(&r->rec, v);
}

static size_t get_size(rd_t *r, const sg_jval_t *o, const char *key, int required,
                       sg_err_t *rc) {
    const sg_jval_t *v = get(r, o, key);

    if (!v) {
        if (required && *rc == SG_OK) {
            *rc = shape(r, "is missing", key);
        }
        return 0;
    }
    if (v->type != SG_J_INT || v->i < 0) {
        if (*rc == SG_OK) {
            *rc = shape(r, "must be a non-negative integer", key);
        }
        return 0;
    }
    return (size_t)v->i;
}

/* A byte offset into an article: as get_size, below 2^32 (sg_offset_t). */
static sg_offset_t get_offset(rd_t *r, const sg_jval_t *o, const char *key, int required,
                              sg_err_t *rc) {
    size_t v = get_size(r, o, key, required, rc);

    if (v > SG_OFFSET_MAX) {
        if (*rc == SG_OK) {
            *rc = shape(r, "is past the largest offset (2^32 - 1)", key);
        }
        return 0;
    }
    return (sg_offset_t)v;
}

/* A number as jansson's json_number_value gives it: 0 for anything else. */
static double get_number(rd_t *r, const sg_jval_t *o, const char *key) {
    const sg_jval_t *v = get(r, o, key);
    return !v                     ? 0.0
           : v->type == SG_J_INT  ? (double)v->i
           : v->type == SG_J_REAL ? v->d
                                  : 0.0;
}

/* The array of strings at key (none when absent or null), checked: *a gets it, or
 * NULL. */
static sg_err_t get_strs(rd_t *r, const sg_jval_t *o, const char *key,
                         const sg_jval_t **a) {
    *a = get(r, o, key);
    if (!*a || (*a)->type == SG_J_NULL) {
        *a = NULL;
        return SG_OK;
    }
    if ((*a)->type != SG_J_ARR) {
        return shape(r, "must be an array of strings", key);
    }
    for (const sg_jval_t *v = sg_jrec_first(&r->rec, *a); v;
         v = sg_jrec_next(&r->rec, v)) {
        if (v->type != SG_J_STR) {
            return shape(r, "must be an array of strings", key);
        }
    }
    return SG_OK;
}

/* The strings of the array at key, each once, in their order, into out (empty). */
static sg_err_t get_strv(rd_t *r, const sg_jval_t *o, const char *key, sg_strv_t *out) {
    const sg_jval_t *a;
    sg_err_t rc = get_strs(r, o, key, &a);

    for (const sg_jval_t *v = sg_jrec_first(&r->rec, a); v && rc == SG_OK;
         v = sg_jrec_next(&r->rec, v)) {
        rc = sg_strv_add_unique(out, sg_jrec_str(&r->rec, v));
    }
    return rc;
}

static sg_err_t read_document(rd_t *r, const sg_jval_t *o, sg_graph_t *g) {
    sg_document_t d;
    sg_err_t rc = SG_OK;
    const char *sha;

    memset(&d, 0, sizeof(d));
    d.id = (char *)get_str(r, o, "id", 1, &rc);
    d.path = (char *)get_str(r, o, "path", 0, &rc);
    d.title = (char *)get_str(r, o, "title", 0, &rc);
    d.date = (char *)get_str(r, o, "date", 0, &rc);
    d.bytes = get_size(r, o, "bytes", 0, &rc);
    sha = get_str(r, o, "sha256", 0, &rc);
    if (rc != SG_OK) {
        return rc;
    }
    /* (a digest of another form would be cut to fit, a character maybe halved) */
    size_t hex = sha ? strspn(sha, "0123456789abcdef") : 0;
    if (sha && sha[0] && (hex != 64 || sha[64])) {
        return sg_error_set(r->err, SG_EPARSE, r->name, r->line, 0,
                            "%s: sha256 is not 64 lower-case hexadecimal digits",
                            where(r));
    }
    snprintf(d.sha256, sizeof(d.sha256), "%s", sha ? sha : "");
    if ((rc = sg_graph_add_document(g, &d)) == SG_EINVAL) {
        return sg_error_set(r->err, SG_EPARSE, r->name, r->line, 0,
                            "%s: another article of id '%s' came before it (another "
                            "sha256): an article's id is its file name",
                            where(r), d.id);
    }
    return rc;
}

static sg_err_t read_node(rd_t *r, const sg_jval_t *o, sg_graph_t *g) {
    sg_err_t rc = SG_OK;
    const char *id = get_str(r, o, "id", 1, &rc);
    const char *type = get_str(r, o, "type", 1, &rc);
    const char *name = get_str(r, o, "name", 1, &rc);
    sg_node_type_t t;
    sg_node_t tmp;
    size_t idx;
    const sg_jval_t *docs, *spans, *v, *c;

    if (rc != SG_OK) {
        return rc;
    }
    if (sg_node_type_parse(type, &t) != 0) {
        return sg_error_set(r->err, SG_EPARSE, r->name, r->line, 0,
                            "%s: unknown node type '%s'", where(r), type);
    }
    if (r->own_nodes && sg_graph_find(g, id) >= 0) {
        return sg_error_set(r->err, SG_EPARSE, r->name, r->line, 0,
                            "%s: duplicate node id '%s'", where(r), id);
    }
    memset(&tmp, 0, sizeof(tmp));
    if ((rc = get_strv(r, o, "aliases", &tmp.aliases)) ||
        (rc = get_strv(r, o, "titles", &tmp.titles)) ||
        (rc = get_strv(r, o, "roles", &tmp.roles)) ||
        (rc = get_strs(r, o, "documents", &docs))) {
        goto done;
    }
    spans = get(r, o, "spans");
    if (spans && spans->type != SG_J_ARR) {
        rc = shape(r, "must be an array", "spans");
        goto done;
    }
    /* every span is checked before the node is added */
    for (v = sg_jrec_first(&r->rec, spans); v; v = sg_jrec_next(&r->rec, v)) {
        get_str(r, v, "doc", 1, &rc);
        get_offset(r, v, "start", 1, &rc);
        get_offset(r, v, "end", 1, &rc);
        if (rc != SG_OK) {
            goto done;
        }
    }
    /* the id in the file is kept as is */
    if ((rc = sg_graph_add_node_id(g, id, t, name, &idx)) != SG_OK) {
        goto done;
    }
    {
        sg_node_t *n = &g->nodes[idx];
        sg_strv_t *lists[][2] = {{&n->aliases, &tmp.aliases},
                                 {&n->titles, &tmp.titles},
                                 {&n->roles, &tmp.roles}};
        for (size_t k = 0; k < 3 && rc == SG_OK; k++) {
            if (lists[k][0]->n == 0) { /* empty (a new node's): takes the list whole */
                sg_strv_release(lists[k][0]);
                *lists[k][0] = *lists[k][1];
                sg_strv_init(lists[k][1]);
                continue;
            }
            rc = sg_strv_add_all(lists[k][0], lists[k][1]);
        }
        /* the documents' repeats go when the graph is finalized, as a merge's do */
        for (v = sg_jrec_first(&r->rec, docs); v && rc == SG_OK;
             v = sg_jrec_next(&r->rec, v)) {
            rc = sg_graph_add_node_doc(g, idx, sg_jrec_str(&r->rec, v));
        }
        for (v = sg_jrec_first(&r->rec, spans); v; v = sg_jrec_next(&r->rec, v)) {
            if (rc == SG_OK) {
                rc = sg_graph_add_span(g, idx, get_str(r, v, "doc", 1, &rc),
                                       get_offset(r, v, "start", 1, &rc),
                                       get_offset(r, v, "end", 1, &rc));
            }
        }
        c = get(r, o, "centrality");
        if (rc == SG_OK && c && c->type == SG_J_OBJ) {
            n->c.degree = get_number(r, c, "degree");
            n->c.in_degree = get_number(r, c, "in_degree");
            n->c.out_degree = get_number(r, c, "out_degree");
            n->c.pagerank = get_number(r, c, "pagerank");
            n->c.betweenness = get_number(r, c, "betweenness");
            n->c.eigenvector = get_number(r, c, "eigenvector");
            n->c.stance = get_number(r, c, "net_stance");
        }
    }
done:
    sg_strv_release(&tmp.aliases);
    sg_strv_release(&tmp.titles);
    sg_strv_release(&tmp.roles);
    return rc;
}

/* s (NULL: none, stored as "") into g's text store. */
static sg_err_t add_text(sg_graph_t *g, const char *s, sg_text_t *ref) {
    return sg_graph_add_text(g, s ? s : "", s ? strlen(s) : 0, ref);
}

static sg_err_t read_edge(rd_t *r, const sg_jval_t *o, sg_graph_t *g) {
    sg_err_t rc = SG_OK;
    const char *src = get_str(r, o, "source", 1, &rc);
    const char *dst = get_str(r, o, "target", 1, &rc);
    const char *type = get_str(r, o, "type", 1, &rc);
    const char *role = get_str(r, o, "role", 0, &rc);
    const sg_jval_t *ev = get(r, o, "evidence"), *v;
    sg_edge_type_t t;

    if (rc != SG_OK) {
        return rc;
    }
    if (sg_edge_type_parse(type, &t) != 0) {
        return sg_error_set(r->err, SG_EPARSE, r->name, r->line, 0,
                            "%s: unknown edge type '%s'", where(r), type);
    }
    if (ev && ev->type != SG_J_ARR) {
        return shape(r, "must be an array", "evidence");
    }
    if (!ev || ev->len == 0) {
        return sg_graph_add_edge(g, src, dst, t, role, NULL);
    }
    for (v = sg_jrec_first(&r->rec, ev); v; v = sg_jrec_next(&r->rec, v)) {
        sg_evidence_t e;
        memset(&e, 0, sizeof(e));
        if (v->type != SG_J_OBJ) {
            return shape(r, "must hold objects", "evidence");
        }
        e.doc = (char *)get_str(r, v, "doc", 1, &rc);
        e.start = get_offset(r, v, "start", 0, &rc);
        e.end = get_offset(r, v, "end", 0, &rc);
        const char *sentence = get_str(r, v, "sentence", 0, &rc);
        const char *quote = get_str(r, v, "quote", 0, &rc);
        e.cue = (char *)get_str(r, v, "cue", 0, &rc);
        if (rc != SG_OK || (rc = add_text(g, sentence, &e.sentence)) != SG_OK ||
            (quote && (rc = add_text(g, quote, &e.quote)) != SG_OK) ||
            (rc = sg_graph_add_edge(g, src, dst, t, role, &e)) != SG_OK) {
            return rc;
        }
    }
    return SG_OK;
}

static sg_err_t read_quote(rd_t *r, const sg_jval_t *o, sg_graph_t *g) {
    sg_err_t rc = SG_OK;
    sg_strv_t about = {0};
    sg_quote_t q;

    memset(&q, 0, sizeof(q));
    q.speaker = (char *)get_str(r, o, "speaker", 1, &rc);
    q.doc = (char *)get_str(r, o, "doc", 1, &rc);
    const char *text = get_str(r, o, "text", 1, &rc);
    q.cue = (char *)get_str(r, o, "cue", 0, &rc);
    q.start = get_offset(r, o, "start", 0, &rc);
    q.end = get_offset(r, o, "end", 0, &rc);
    if (rc == SG_OK) {
        rc = add_text(g, text, &q.text);
    }
    if (rc == SG_OK) {
        rc = get_strv(r, o, "about", &about);
    }
    if (rc == SG_OK) {
        rc = sg_graph_add_quote(g, &q, (const char *const *)about.v, about.n);
    }
    sg_strv_release(&about);
    return rc;
}

/* One record of section key ("documents", "nodes", "edges" or "quotes"), messages
 * naming it as "key[i]". */
static sg_err_t read_record(rd_t *r, const char *key, size_t i, const sg_jval_t *v,
                            sg_graph_t *g) {
    r->where = key;
    r->index = i;
    r->section = 1;
    if (!v || v->type != SG_J_OBJ) {
        return shape(r, "must be an object", "");
    }
    switch (key[0]) {
    case 'd':
        return read_document(r, v, g);
    case 'n':
        return read_node(r, v, g);
    case 'e':
        return read_edge(r, v, g);
    default:
        return read_quote(r, v, g);
    }
}

static sg_err_t read_array(rd_t *r, json_t *root, const char *key, sg_graph_t *g) {
    json_t *a = json_object_get(root, key), *v;
    size_t i;
    sg_err_t rc = SG_OK;

    if (!a) {
        return SG_OK;
    }
    if (!json_is_array(a)) {
        r->where = key;
        r->section = 0;
        return shape(r, "must be an array", "");
    }
    json_array_foreach(a, i, v) {
        size_t root = sg_jrec_from_json(&r->rec, v);
        if (!root) {
            return SG_ENOMEM;
        }
        if ((rc = read_record(r, key, i, sg_jrec_at(&r->rec, root), g)) != SG_OK) {
            return rc;
        }
    }
    return SG_OK;
}

/* The closing quote of the string whose opening quote is at i: the next quote not
 * escaped, i.e. not after an odd run of backslashes (found with memchr: most of a
 * graph file is strings). Its position, or n when there is none. */
static size_t string_end(const char *s, size_t n, size_t i) {
    for (size_t from = i + 1;;) {
        const char *q = memchr(s + from, '"', n - from);
        size_t k, b;
        if (!q) {
            return n;
        }
        k = (size_t)(q - s);
        for (b = k; b > from && s[b - 1] == '\\'; b--) {
        }
        if ((k - b) % 2 == 0) {
            return k;
        }
        from = k + 1;
    }
}

/* Deepest nesting of a JSON text, counted on brackets outside strings. */
static size_t json_depth(const char *s, size_t n, size_t limit, size_t *at) {
    size_t d = 0, max = 0;

    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == '"') {
            i = string_end(s, n, i);
        } else if (c == '{' || c == '[') {
            if (++d > max) {
                max = d;
                if (max > limit) {
                    *at = i;
                    return max;
                }
            }
        } else if ((c == '}' || c == ']') && d) {
            d--;
        }
    }
    return max;
}

static sg_err_t parse(const char *data, size_t len, const char *name, int line0,
                      size_t max_depth, json_t **out, sg_error_t *err) {
    json_error_t je;
    size_t at = 0;

    if (json_depth(data, len, max_depth, &at) > max_depth) {
        int line = line0;
        for (size_t i = 0; i < at; i++) {
            line += data[i] == '\n';
        }
        return sg_error_set(err, SG_ELIMIT, name, line, 0,
                            "JSON nested deeper than %zu levels", max_depth);
    }
    *out = json_loadb(data, len, JSON_REJECT_DUPLICATES, &je);
    if (!*out) {
        /* jansson names its flag, which means nothing to whoever edited the file */
        const char *text = strstr(je.text, "JSON_ALLOW_NUL")
                               ? "\\u0000 (a NUL character) is not allowed in a string"
                               : je.text;
        return sg_error_set(err, SG_EPARSE, name, line0 + je.line - 1, je.column, "%s",
                            text);
    }
    return SG_OK;
}

/* ---- a graph file, record by record ----
 * A graph file is one object, but building a jansson tree of all of it takes
 * several times the file's size in memory. This scanner walks the top level and
 * the four arrays by bracket matching and hands jansson one value at a time. It
 * accepts only what is plainly well formed; on anything else (or any error from
 * jansson) the caller reads the whole file with jansson instead, which gives the
 * exact error message and position. */

typedef struct {
    const char *s;
    size_t n, i;
    sg_io_map_t *map; /* pages passed over are given back (NULL: none) */
} scan_t;

static int is_ws(char c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

static void skip_ws(scan_t *sc) {
    while (sc->i < sc->n && is_ws(sc->s[sc->i])) {
        sc->i++;
    }
}

/* Move past one JSON value (its extent only; jansson checks its content). */
static int skip_value(scan_t *sc) {
    size_t depth = 0;

    for (; sc->i < sc->n; sc->i++) {
        char c = sc->s[sc->i];
        if (c == '"') {
            if ((sc->i = string_end(sc->s, sc->n, sc->i)) == sc->n) {
                return -1;
            }
            if (!depth) {
                sc->i++;
                return 0;
            }
        } else if (c == '{' || c == '[') {
            depth++;
            sg_io_map_done(sc->map, sc->i); /* a section is most of a file */
        } else if (c == '}' || c == ']') {
            if (!depth) {
                return 0; /* the end of the enclosing container */
            }
            if (--depth == 0) {
                sc->i++;
                return 0;
            }
        } else if (!depth && (c == ',' || is_ws(c))) {
            return 0; /* the end of a number or a literal */
        }
    }
    return depth ? -1 : 0;
}

static json_t *load_range(const char *s, size_t a, size_t b) {
    return json_loadb(s + a, b - a, JSON_REJECT_DUPLICATES | JSON_DECODE_ANY, NULL);
}

typedef struct {
    size_t start, end; /* the array's bytes, brackets included; start 0 when absent */
} span_t;

/* The records of one array section, one after the other. */
typedef struct {
    scan_t sc;
    size_t idx; /* records given so far */
    int open;   /* the section ends at its closing bracket, wherever that is, and
                   sc.i is then past it; else its closing bracket ends sc */
} section_t;

/* The next record of a section, parsed into r->rec: 1 and *v, 0 at the section's
 * end, -1 when the bytes are not plainly valid (jansson will say why, or read them). */
static int next_record(rd_t *r, section_t *sec, const sg_jval_t **v) {
    scan_t *sc = &sec->sc;
    size_t used, root;

    skip_ws(sc);
    if (sec->idx == 0 && sc->i < sc->n && sc->s[sc->i] == ']') {
        sc->i++;
        return 0;
    }
    if (sec->idx > 0) {
        if (sc->i >= sc->n) {
            return -1;
        }
        if (sc->s[sc->i] == ']') {
            sc->i++;
            return sec->open || sc->i == sc->n ? 0 : -1;
        }
        if (sc->s[sc->i] != ',') {
            return -1;
        }
        sc->i++;
    }
    /* a record is two levels down: in a section, in the file's object */
    root = sg_jrec_parse(&r->rec, sc->s + sc->i, sc->n - sc->i,
                         r->max_depth > 2 ? r->max_depth - 2 : 0, &used);
    if (!root || r->rec.v[root].type != SG_J_OBJ) {
        return -1;
    }
    sc->i += used;
    sec->idx++;
    *v = sg_jrec_at(&r->rec, root);
    return 1;
}

/* Read the records of one array section; -1 when the bytes are not well formed. */
static int read_records(rd_t *r, section_t *sec, const char *key, sg_graph_t *g,
                        sg_err_t *rc, int *centrality) {
    const sg_jval_t *v;
    int k;

    while ((k = next_record(r, sec, &v)) == 1) {
        sg_io_map_done(r->map, sec->sc.i);
        if (centrality) { /* every node has its measures */
            *centrality =
                (sec->idx == 1 || *centrality) && get(r, v, "centrality") != NULL;
        }
        *rc = read_record(r, key, sec->idx - 1, v, g);
        if (*rc != SG_OK) {
            return 0;
        }
    }
    return k;
}

/* The same for the section the top level's scan found at sp. */
static int read_section(rd_t *r, const char *data, span_t sp, const char *key,
                        sg_graph_t *g, sg_err_t *rc, int *centrality) {
    section_t sec = {{data, sp.end, sp.start + 1, NULL}, 0, 0};
    return read_records(r, &sec, key, g, rc, centrality);
}

/* The "analysis" of a graph file (NULL: none) into g: how many pivots sampled the
 * betweenness and the fingerprint of the graph its centrality is of (neither when
 * not well formed). */
static void read_analysis(const json_t *a, sg_graph_t *g) {
    const char *key = json_string_value(json_object_get(a, "fingerprint"));
    const json_t *pivots = json_object_get(a, "pivots");

    g->analysis_key[0] = '\0';
    g->betweenness_pivots = 0;
    if (key && strlen(key) == SG_ANALYSIS_KEY - 1) {
        memcpy(g->analysis_key, key, SG_ANALYSIS_KEY);
    }
    if (json_is_integer(pivots) && json_integer_value(pivots) > 0) {
        g->betweenness_pivots = (size_t)json_integer_value(pivots);
    }
}

/* A graph file jansson read whole (root) into g, which starts empty (r->own_nodes
 * set): its format checked, then its sections in order. */
static sg_err_t read_whole_graph(rd_t *r, json_t *root, sg_graph_t *g) {
    const char *fmt = json_string_value(json_object_get(root, "format"));
    sg_err_t rc;

    if (!json_is_object(root) || !fmt || strcmp(fmt, "stakegraph-graph") != 0) {
        return sg_error_set(
            r->err, SG_EPARSE, r->name, 0, 0,
            "not a stakegraph graph (no \"format\": \"stakegraph-graph\")");
    }
    if ((rc = read_array(r, root, "documents", g)) ||
        (rc = read_array(r, root, "nodes", g)) ||
        (rc = read_array(r, root, "edges", g)) ||
        (rc = read_array(r, root, "quotes", g))) {
        return rc;
    }
    json_t *nodes = json_object_get(root, "nodes");
    g->has_centrality = json_array_size(nodes) > 0;
    for (size_t i = 0; i < json_array_size(nodes); i++) {
        g->has_centrality &=
            json_object_get(json_array_get(nodes, i), "centrality") != NULL;
    }
    read_analysis(json_object_get(root, "analysis"), g);
    return SG_OK;
}

/* Read a graph file's sections into g, which starts empty (so that a node id g
 * has already is a duplicate; r->own_nodes set), always in the order documents,
 * nodes, edges, quotes: as they come while the file gives them in that order after
 * its format (as stakegraph writes them: one pass over the file), else once the scan
 * of the top level has found them. Returns 1 when the file was read this way (*rc
 * says how it went), 0 when the caller should read it whole; g may then hold part of
 * the file (the caller's contract already says to use a scratch graph, and the
 * caller empties it). */
static int read_graph_records(rd_t *r, const char *data, size_t len, sg_graph_t *g,
                              sg_err_t *rc) {
    static const char *const keys[4] = {"documents", "nodes", "edges", "quotes"};
    span_t spans[4] = {{0, 0}, {0, 0}, {0, 0}, {0, 0}};
    scan_t sc = {data, len, 0, r->map};
    int format_ok = 0, centrality = 0, last = -1, deferred = 0;
    json_t *analysis = NULL;
    sg_map_t seen_keys;

    *rc = SG_OK; /* an empty section read as it comes reads no record */
    sg_map_init(&seen_keys);
    skip_ws(&sc);
    if (sc.i >= len || data[sc.i] != '{') {
        goto whole;
    }
    sc.i++;
    skip_ws(&sc);
    while (sc.i < len && data[sc.i] != '}') {
        size_t ka, va;
        json_t *k, *v;
        const char *key;
        ka = sc.i;
        if (data[ka] != '"' || skip_value(&sc) != 0 ||
            !(k = load_range(data, ka, sc.i))) {
            goto whole;
        }
        key = json_string_value(k);
        if (!key || sg_map_get(&seen_keys, key, NULL) || sg_map_put(&seen_keys, key, 0)) {
            json_decref(k);
            goto whole; /* a repeated key: jansson's own message names it */
        }
        skip_ws(&sc);
        if (sc.i >= len || data[sc.i] != ':') {
            json_decref(k);
            goto whole;
        }
        sc.i++;
        skip_ws(&sc);
        va = sc.i;
        int section = -1;
        for (int q = 0; q < 4; q++) {
            section = strcmp(key, keys[q]) == 0 ? q : section;
        }
        /* the sections in the order the writer gives them, after the format: read
         * as they come, in the one pass over the file */
        if (section > last && !deferred && format_ok && r->max_depth >= 2 && va < len &&
            data[va] == '[') {
            section_t sec = {{data, len, va + 1, NULL}, 0, 1};
            int got = read_records(r, &sec, keys[section], g, rc,
                                   section == 1 ? &centrality : NULL);
            json_decref(k);
            if (got != 0) {
                goto whole;
            }
            if (*rc != SG_OK) {
                sg_map_release(&seen_keys);
                json_decref(analysis);
                return 1;
            }
            sc.i = sec.sc.i;
            last = section;
            goto next;
        }
        if (skip_value(&sc) != 0 || sc.i == va) {
            json_decref(k);
            goto whole;
        }
        size_t deep_at;
        int is_section = section >= 0 && data[va] == '[';
        /* a section's records are held to the depth left by the record reader;
         * anything else is measured here (too deep: the whole-file reading says so) */
        if (r->max_depth < 2 ||
            (!is_section && json_depth(data + va, sc.i - va, r->max_depth - 1, &deep_at) >
                                r->max_depth - 1)) {
            json_decref(k);
            goto whole;
        }
        if (is_section && section < last) {
            json_decref(k); /* before a section read already: read whole, in order */
            goto whole;
        } else if (is_section) {
            spans[section].start = va; /* read after the scan, this and those after */
            spans[section].end = sc.i;
            deferred = 1;
        } else if (!(v = load_range(data, va, sc.i))) {
            json_decref(k);
            goto whole;
        } else {
            if (strcmp(key, "format") == 0) {
                const char *f = json_string_value(v);
                format_ok = f && strcmp(f, "stakegraph-graph") == 0;
            }
            if (strcmp(key, "analysis") == 0) { /* once: a repeated key went whole */
                analysis = json_incref(v);
            }
            json_decref(v);
            if (section >= 0) { /* a section that is not an array */
                json_decref(k);
                goto whole;
            }
        }
        json_decref(k);
    next:
        skip_ws(&sc);
        if (sc.i < len && data[sc.i] == ',') {
            sc.i++;
            skip_ws(&sc);
            if (sc.i < len && data[sc.i] == '}') {
                goto whole;
            }
        } else if (sc.i >= len || data[sc.i] != '}') {
            goto whole;
        }
    }
    if (sc.i >= len || !format_ok) {
        goto whole;
    }
    sc.i++;
    skip_ws(&sc);
    if (sc.i != len) {
        goto whole;
    }
    sg_map_release(&seen_keys);
    for (int q = 0; q < 4 && *rc == SG_OK; q++) {
        if (spans[q].start && read_section(r, data, spans[q], keys[q], g, rc,
                                           q == 1 ? &centrality : NULL) != 0) {
            json_decref(analysis);
            return 0;
        }
    }
    g->has_centrality = centrality;
    read_analysis(analysis, g);
    json_decref(analysis);
    return 1;
whole:
    sg_map_release(&seen_keys);
    json_decref(analysis);
    return 0;
}

/* sg_json_read, giving the pages of map (NULL: none; else data is its bytes) back
 * as the records are read. */
static sg_err_t read_data(const char *data, size_t len, const char *name,
                          size_t max_depth, sg_io_map_t *map, sg_graph_t *g,
                          sg_error_t *err) {
    rd_t r = {.name = name, .where = "", .err = err, .map = map};
    json_t *root = NULL;
    sg_err_t rc;
    size_t i = 0;

    if (!max_depth) {
        max_depth = 64;
    }
    r.max_depth = max_depth;
    /* a byte order mark, which Windows' editors write at the start of UTF-8: RFC
     * 8259 lets a reader pass over it (offsets after it, for the mapping's pages
     * given back, then lag three bytes behind: they give back less, never more) */
    if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0) {
        data += 3;
        len -= 3;
    }
    while (i < len &&
           (data[i] == ' ' || data[i] == '\n' || data[i] == '\r' || data[i] == '\t')) {
        i++;
    }
    if (i == len) {
        return sg_error_set(err, SG_EEMPTY, name, 0, 0,
                            "empty file, expected graph JSON or fragments");
    }
    /* a graph file is one object with "format"; anything else is read as lines */
    const char *nl = memchr(data + i, '\n', len - i);
    int one_line_record = nl && data[i] == '{';
    if (one_line_record) {
        json_error_t je;
        json_t *first = json_loadb(data + i, (size_t)(nl - data - i), 0, &je);
        one_line_record =
            first && json_is_object(first) && json_object_get(first, "kind");
        json_decref(first);
    }
    if (!one_line_record) {
        /* record by record, or whole by jansson when the records are not plainly
         * well formed (records deeper than max_depth are refused by the record
         * reader, and jansson then reports the depth); either way straight into g
         * when it starts empty, else into a scratch graph merged into g at the end,
         * so that the graph read into holds only this file's nodes */
        int empty = sg_graph_is_empty(g), whole = 0;
        sg_graph_t part, *into = empty ? g : &part;
        sg_graph_init(&part);
        r.own_nodes = 1;
        if (!read_graph_records(&r, data, len, into, &rc)) {
            /* not plainly well formed: start again and let jansson say why */
            sg_graph_release(into);
            r.where = "";
            r.section = 0;
            rc = parse(data, len, name, 1, max_depth, &root, err);
            if (rc == SG_OK && json_is_object(root) && json_object_get(root, "kind")) {
                r.own_nodes = 0;
                goto lines; /* a fragment of one record (into holds nothing) */
            }
            whole = rc == SG_OK;
            if (whole) {
                rc = read_whole_graph(&r, root, into);
            }
        }
        r.own_nodes = 0;
        if (rc == SG_OK && !empty) {
            int centrality = part.has_centrality;
            rc = sg_graph_merge_take(g, &part);
            if (whole) {
                g->has_centrality = centrality; /* as it was when read into g */
            }
        }
        sg_graph_release(&part);
        goto done;
    }
lines:
    json_decref(root);
    root = NULL;
    rc = SG_OK;
    for (size_t p = 0, line = 1; p < len && rc == SG_OK; line++) {
        const char *e = memchr(data + p, '\n', len - p);
        size_t n = e ? (size_t)(e - data - p) : len - p;
        size_t k = 0;
        while (k < n &&
               (data[p + k] == ' ' || data[p + k] == '\r' || data[p + k] == '\t')) {
            k++;
        }
        if (k < n) {
            size_t used = 0, root = sg_jrec_parse(&r.rec, data + p, n, max_depth, &used);
            while (root && used < n &&
                   (data[p + used] == ' ' || data[p + used] == '\t' ||
                    data[p + used] == '\r')) {
                used++;
            }
            if (!root || used < n) { /* jansson reads it, or says where it is wrong */
                json_t *o = NULL;
                if ((rc = parse(data + p, n, name, (int)line, max_depth, &o, err)) !=
                    SG_OK) {
                    break;
                }
                root = sg_jrec_from_json(&r.rec, o);
                json_decref(o);
                if (!root) {
                    rc = SG_ENOMEM;
                    break;
                }
            }
            const sg_jval_t *o = sg_jrec_at(&r.rec, root), *kv = get(&r, o, "kind");
            const char *kind =
                kv && kv->type == SG_J_STR ? sg_jrec_str(&r.rec, kv) : NULL;
            r.line = (int)line;
            r.where = kind ? kind : "?";
            r.section = 2;
            sg_io_map_done(map, p);
            if (!kind) {
                rc = sg_error_set(err, SG_EPARSE, name, (int)line, 0,
                                  "expected an object with a \"kind\"");
            } else if (strcmp(kind, "document") == 0) {
                rc = read_document(&r, o, g);
            } else if (strcmp(kind, "node") == 0) {
                rc = read_node(&r, o, g);
            } else if (strcmp(kind, "edge") == 0) {
                rc = read_edge(&r, o, g);
            } else if (strcmp(kind, "quote") == 0) {
                rc = read_quote(&r, o, g);
            } else {
                rc = sg_error_set(err, SG_EPARSE, name, (int)line, 0,
                                  "unknown record kind '%s'", kind);
            }
        }
        p += n + 1;
    }
done:
    json_decref(root);
    sg_jrec_release(&r.rec);
    if (rc == SG_ENOMEM) {
        sg_error_set(err, rc, name, 0, 0, "out of memory");
    }
    return rc;
}

sg_err_t sg_json_read(const char *data, size_t len, const char *name, size_t max_depth,
                      sg_graph_t *g, sg_error_t *err) {
    return read_data(data, len, name, max_depth, NULL, g, err);
}

sg_err_t sg_json_read_file(const char *path, size_t max_depth, sg_graph_t *g,
                           sg_error_t *err) {
    sg_io_map_t m;
    sg_err_t rc = sg_io_map(path, &m, err);

    if (rc == SG_OK) {
        rc = read_data(m.data, m.len, path, max_depth, &m, g, err);
        sg_io_unmap(&m);
    }
    return rc;
}
