/* sg_text.h - the text layer: decoding an article's bytes to UTF-8 while keeping
 * true byte offsets into the file, then tokens, sentences and paragraphs.
 *
 * Decoding: valid UTF-8 (with or without a BOM, LF or CRLF) is used as is, so
 * offsets are the file's own. Other input is detected as Windows-1252/Latin-1
 * (when most high bytes are not UTF-8) or mostly-UTF-8 with invalid bytes
 * (replaced by U+FFFD); then the text is transcoded and a map keeps, for every
 * byte of the text, the offset of the file byte it came from.
 */
#ifndef SG_TEXT_H
#define SG_TEXT_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "sg_error.h"
#include "sg_util.h"

typedef enum { SG_TK_WORD = 1, SG_TK_NUM, SG_TK_PUNCT, SG_TK_QUOTE } sg_token_kind_t;

enum sg_token_flags {
    SG_TF_CAP = 1 << 0, /* first letter upper case */
    SG_TF_ALLCAPS =
        1 << 1, /* two or more letters, all upper case (a trailing s allowed) */
    SG_TF_SENT_START = 1 << 2, /* first word-like token of its sentence */
    SG_TF_PARA_START = 1 << 3, /* first token of its paragraph */
    SG_TF_CAMEL = 1 << 4,      /* an upper-case letter after a lower-case one: MerseyCare
                                  (not McDonald, MacLeod) */
    SG_TF_SPACE_BEFORE = 1 << 5,
    SG_TF_SPACE_AFTER = 1 << 6,
    SG_TF_HYPHEN = 1 << 7 /* a word with a hyphen inside: Mary-Jane, cost-cutting */
};

/* Quotation-mark tokens: what the mark can be. */
typedef enum {
    SG_Q_NONE = 0,
    SG_Q_OPEN_DOUBLE,  /* U+201C, U+00AB */
    SG_Q_CLOSE_DOUBLE, /* U+201D, U+00BB */
    SG_Q_DOUBLE,       /* '"' : open or close by position */
    SG_Q_OPEN_SINGLE,  /* U+2018 */
    SG_Q_SINGLE        /* U+2019 or '\'' outside a word: close, or open by position */
} sg_quote_mark_t;

typedef struct {
    size_t start, end; /* byte offsets into the decoded text */
    size_t norm;       /* its normalised form: norm_len bytes (no NUL after them) */
    uint32_t norm_len; /* at sg_textdoc_t.norm + norm; sg_tok_norm reads it */
    uint16_t kind;     /* sg_token_kind_t */
    uint16_t flags;    /* enum sg_token_flags */
    uint32_t sent;     /* index of its sentence */
    uint8_t mark;      /* sg_quote_mark_t for SG_TK_QUOTE */
} sg_token_t;

typedef struct {
    size_t start, end;         /* byte offsets of the sentence text */
    size_t tok_begin, tok_end; /* token range [begin, end) */
    size_t para;               /* index of its paragraph */
} sg_sentence_t;

typedef struct {
    size_t start, end;
    size_t sent_begin, sent_end;
    size_t tok_begin, tok_end;
} sg_paragraph_t;

typedef struct {
    char *text; /* decoded UTF-8, NUL-terminated */
    size_t len;
    size_t *orig; /* orig[i] = file offset of text byte i (len+1 entries), or NULL */
    const char *encoding; /* "utf-8", "utf-8 (repaired)", "utf-8 (normalised)"
                             (decomposed letters made one, HTML's "&amp;" read as
                             "&", soft hyphens left out),
                             "windows-1252", "utf-16le" or "utf-16be" (after their
                             byte order mark) */
    char *norm; /* normalised token forms: lower-case, curly apostrophes straight
                 * (the text in ASCII lower case, then the forms of the tokens that
                 * are not plain ASCII) */
    sg_token_t *toks;
    size_t ntoks;
    sg_sentence_t *sents;
    size_t nsents;
    sg_paragraph_t *paras;
    size_t nparas;
    size_t headline; /* index of the headline's paragraph: the first of two words or
                      * more, past a date line ("22.11.16"); 0 when none */
    uint32_t *tags;  /* per-token values a caller sets for its own use (NULL: none);
                        freed with the document */
} sg_textdoc_t;

/* A sentence runs to at most this many tokens: text that runs on without a full
 * stop (a page flattened to one line, "end.Start" with no space between) is cut
 * there, so that the work on one sentence and the evidence it gives stay bounded.
 * The longest sentence of a news article has under a hundred. */
#define SG_SENT_MAX_TOKENS 256

/* Decode bytes[0..len) (UTF-8; UTF-16 after its byte order mark; Windows-1252 when
 * most high bytes are not UTF-8) and split it. abbrev (may be NULL) maps lower-case
 * words that do not end a sentence when followed by '.' to an odd value (entries
 * with an even value are ignored, as the lexicon stores prefixes so). The caller
 * keeps bytes.
 * Errors: SG_ENOMEM. On failure doc is left empty. Release with sg_textdoc_release. */
sg_err_t sg_textdoc_init(sg_textdoc_t *doc, const char *bytes, size_t len,
                         const sg_map_t *abbrev, sg_error_t *err);
void sg_textdoc_release(sg_textdoc_t *doc);

/* File offset of text offset off. */
size_t sg_textdoc_orig(const sg_textdoc_t *doc, size_t off);

/* Normalised form of token i (not NUL-terminated; length in *len). */
static inline const char *sg_tok_norm(const sg_textdoc_t *doc, size_t i, size_t *len) {
    *len = doc->toks[i].norm_len;
    return doc->norm ? doc->norm + doc->toks[i].norm : NULL;
}

/* 1 when token i's normalised form equals word. Inline, always (a large caller
 * would otherwise call it): the extractor asks it millions of times, nearly
 * always failing on the first byte, and with word a literal the test folds to a
 * few instructions. */
#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline int
sg_tok_is(const sg_textdoc_t *doc, size_t i, const char *word) {
    size_t len;
    const char *n;

    if (i >= doc->ntoks) {
        return 0;
    }
    n = sg_tok_norm(doc, i, &len);
    if (!n || !len) {
        return n && word[0] == '\0';
    }
    /* word is most often a literal, whose length is known when this is compiled */
    return n[0] == word[0] && len == strlen(word) && memcmp(n, word, len) == 0;
}

/* Decode one UTF-8 code point at s[0..n); returns its length (1 for an invalid byte,
 * with *cp = 0xFFFD). */
size_t sg_utf8_decode(const unsigned char *s, size_t n, uint32_t *cp);
/* Encode code point c (at most 0x10FFFF) as UTF-8 into out[0..4); returns its
 * length. */
size_t sg_utf8_encode(uint32_t c, char out[4]);
/* 1 when bytes start with UTF-16's little-endian byte order mark, 2 with the
 * big-endian one, else 0. */
int sg_utf16_bom(const char *bytes, size_t len);
/* Where s[0..n) stops being UTF-8: the offset of its first invalid byte, or n. */
size_t sg_utf8_invalid_at(const char *s, size_t n);

#endif
