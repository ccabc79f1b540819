/* text.c - decoding with true offsets, tokens, sentences and paragraphs. */
#include <stdlib.h>
#include <string.h>

#include "sg_text.h"

size_t sg_utf8_decode(const unsigned char *s, size_t n, uint32_t *cp) {
    uint32_t c;
    size_t len;

    if (n == 0) {
        *cp = 0;
        return 0;
    }
    c = s[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
        c &= 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        c &= 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        c &= 0x07;
    } else {
        *cp = 0xFFFD;
        return 1;
    }
    if (len > n) {
        *cp = 0xFFFD;
        return 1;
    }
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80) {
            *cp = 0xFFFD;
            return 1;
        }
        c = (c << 6) | (s[i] & 0x3F);
    }
    if ((len == 3 && (c < 0x800 || (c >= 0xD800 && c <= 0xDFFF))) ||
        (len == 4 && (c < 0x10000 || c > 0x10FFFF))) {
        *cp = 0xFFFD;
        return 1;
    }
    *cp = c;
    return len;
}

size_t sg_utf8_invalid_at(const char *s, size_t n) {
    const unsigned char *u = (const unsigned char *)s;

    for (size_t i = 0; i < n;) {
        uint32_t cp;
        size_t k = u[i] < 0x80 ? 1 : sg_utf8_decode(u + i, n - i, &cp);
        if (k == 1 && u[i] >= 0x80) { /* a code point of one byte past 0x7F: invalid */
            return i;
        }
        i += k;
    }
    return n;
}

size_t sg_utf8_encode(uint32_t c, char out[4]) {
    if (c < 0x80) {
        out[0] = (char)c;
        return 1;
    }
    if (c < 0x800) {
        out[0] = (char)(0xC0 | (c >> 6));
        out[1] = (char)(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        out[0] = (char)(0xE0 | (c >> 12));
        out[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        out[2] = (char)(0x80 | (c & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (c >> 18));
    out[1] = (char)(0x80 | ((c >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((c >> 6) & 0x3F));
    out[3] = (char)(0x80 | (c & 0x3F));
    return 4;
}

/* Windows-1252 0x80..0x9F; 0 marks an unassigned byte. */
static const uint16_t cp1252[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

/* Letters a combining mark (U+0300..U+036F) joins into one character: for each mark,
 * the ASCII letters it may follow and, in the same order, the characters they make
 * (two bytes of UTF-8 each: Latin-1 and Latin Extended-A, from Unicode's canonical
 * decompositions). Decomposed text (macOS's, text copied out of some PDFs) then
 * gives the names composed text does: one stakeholder, not two that look alike. */
static const struct {
    uint32_t mark;
    const char *bases, *made;
} compositions[] = {
    {0x0300, "AEIOUaeiou", "ÀÈÌÒÙàèìòù"}, /* combining grave accent */
    {0x0301, "AEIOUYaeiouyCcLlNnRrSsZz",
     "ÁÉÍÓÚÝáéíóúýĆćĹĺŃńŔŕŚśŹź"}, /* combining acute accent */
    {0x0302, "AEIOUaeiouCcGgHhJjSsWwYy",
     "ÂÊÎÔÛâêîôûĈĉĜĝĤĥĴĵŜŝŴŵŶŷ"},             /* combining circumflex accent */
    {0x0303, "ANOanoIiUu", "ÃÑÕãñõĨĩŨũ"},     /* combining tilde */
    {0x0304, "AaEeIiOoUu", "ĀāĒēĪīŌōŪū"},     /* combining macron */
    {0x0306, "AaEeGgIiOoUu", "ĂăĔĕĞğĬĭŎŏŬŭ"}, /* combining breve */
    {0x0307, "CcEeGgIZz", "ĊċĖėĠġİŻż"},       /* combining dot above */
    {0x0308, "AEIOUaeiouyY", "ÄËÏÖÜäëïöüÿŸ"}, /* combining diaeresis */
    {0x030A, "AaUu", "ÅåŮů"},                 /* combining ring above */
    {0x030B, "OoUu", "ŐőŰű"},                 /* combining double acute accent */
    {0x030C, "CcDdEeLlNnRrSsTtZz", "ČčĎďĚěĽľŇňŘřŠšŤťŽž"}, /* combining caron */
    {0x0327, "CcGgKkLlNnRrSsTt", "ÇçĢģĶķĻļŅņŖŗŞşŢţ"},     /* combining cedilla */
    {0x0328, "AaEeIiUu", "ĄąĘęĮįŲų"},                     /* combining ogonek */
};

/* The character base followed by mark makes, or 0. */
static uint32_t composed(uint32_t base, uint32_t mark) {
    if (base == 0 || base >= 0x80 || mark < 0x300 || mark > 0x36F) {
        return 0;
    }
    for (size_t r = 0; r < sizeof(compositions) / sizeof(compositions[0]); r++) {
        const char *at;
        uint32_t cp;
        if (compositions[r].mark == mark &&
            (at = strchr(compositions[r].bases, (int)base)) != NULL) {
            const char *made = compositions[r].made + 2 * (at - compositions[r].bases);
            sg_utf8_decode((const unsigned char *)made, 2, &cp);
            return cp;
        }
    }
    return 0;
}

/* The code point at s + i (of n bytes) in one of the encodings transcode reads, and
 * its length in *k: Windows-1252, UTF-8 with invalid bytes (each one U+FFFD), or
 * UTF-16 in either byte order (a surrogate without its pair, or an odd last byte,
 * U+FFFD). */
typedef uint32_t (*next_fn)(const unsigned char *s, size_t n, size_t i, size_t *k);

static uint32_t next_cp1252(const unsigned char *s, size_t n, size_t i, size_t *k) {
    uint32_t cp = s[i];
    (void)n;
    *k = 1;
    if (cp >= 0x80 && cp < 0xA0) {
        cp = cp1252[cp - 0x80] ? cp1252[cp - 0x80] : 0xFFFD;
    }
    return cp;
}

static uint32_t next_utf8(const unsigned char *s, size_t n, size_t i, size_t *k) {
    uint32_t cp;
    *k = sg_utf8_decode(s + i, n - i, &cp);
    return cp;
}

static uint32_t next_utf16(const unsigned char *s, size_t n, size_t i, size_t *k,
                           int be) {
    uint32_t u, v;
    if (i + 2 > n) {
        *k = 1;
        return 0xFFFD;
    }
    *k = 2;
    u = be ? (uint32_t)s[i] << 8 | s[i + 1] : (uint32_t)s[i + 1] << 8 | s[i];
    if (u < 0xD800 || u > 0xDFFF) {
        return u;
    }
    if (u > 0xDBFF || i + 4 > n) {
        return 0xFFFD;
    }
    v = be ? (uint32_t)s[i + 2] << 8 | s[i + 3] : (uint32_t)s[i + 3] << 8 | s[i + 2];
    if (v < 0xDC00 || v > 0xDFFF) {
        return 0xFFFD;
    }
    *k = 4;
    return 0x10000 + ((u - 0xD800) << 10) + (v - 0xDC00);
}

static uint32_t next_utf16le(const unsigned char *s, size_t n, size_t i, size_t *k) {
    return next_utf16(s, n, i, k, 0);
}

static uint32_t next_utf16be(const unsigned char *s, size_t n, size_t i, size_t *k) {
    return next_utf16(s, n, i, k, 1);
}

int sg_utf16_bom(const char *bytes, size_t len) {
    const unsigned char *s = (const unsigned char *)bytes;
    if (len >= 2 && s[0] == 0xFF && s[1] == 0xFE) {
        return 1;
    }
    return len >= 2 && s[0] == 0xFE && s[1] == 0xFF ? 2 : 0;
}

/* Characters no one sees that join a word's parts: a soft hyphen (U+00AD, which
 * web pages put inside long words: "Shrop\u00adshire") and the word joiner. Text
 * without them: names read as the same names. */
static int invisible(uint32_t cp) {
    return cp == 0xAD || cp == 0x2060;
}

/* HTML's named character references that text saved from web pages keeps ("Bath
 * &amp; North East Somerset", "&ldquo;...&rdquo;"), and the characters they name. */
static const struct {
    const char *name;
    uint32_t cp;
} entities[] = {
    {"amp", '&'},       {"quot", '"'},     {"apos", '\''},    {"lt", '<'},
    {"gt", '>'},        {"nbsp", 0xA0},    {"ndash", 0x2013}, {"mdash", 0x2014},
    {"lsquo", 0x2018},  {"rsquo", 0x2019}, {"ldquo", 0x201C}, {"rdquo", 0x201D},
    {"hellip", 0x2026}, {"pound", 0xA3},   {"euro", 0x20AC},  {"eacute", 0xE9},
};

/* The character an HTML character reference at s + i names ("&amp;", "&#8217;",
 * "&#x2019;"), read through next, and its length in *k; 0 when there is none. */
static uint32_t entity(const unsigned char *s, size_t n, size_t i, next_fn next,
                       size_t *k) {
    char name[12], *end;
    size_t len = 0, j = i, kk;
    uint32_t c = next(s, n, j, &kk);
    unsigned long v;

    if (c != '&') {
        return 0;
    }
    for (j += kk; j < n && len < sizeof(name) - 1; j += kk) {
        c = next(s, n, j, &kk);
        if (c == ';') {
            break;
        }
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
              (c >= '0' && c <= '9') || (c == '#' && len == 0))) {
            return 0;
        }
        name[len++] = (char)c;
    }
    if (c != ';' || j >= n || len == 0) {
        return 0;
    }
    name[len] = '\0';
    *k = j + kk - i;
    if (name[0] != '#') {
        for (size_t e = 0; e < sizeof(entities) / sizeof(entities[0]); e++) {
            if (strcmp(name, entities[e].name) == 0) {
                return entities[e].cp;
            }
        }
        return 0;
    }
    int hex = name[1] == 'x' || name[1] == 'X';
    const char *digits = name + 1 + hex;
    if (!*digits) {
        return 0;
    }
    v = strtoul(digits, &end, hex ? 16 : 10);
    if (*end || v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) {
        return 0;
    }
    return (uint32_t)v;
}

/* Transcode into doc->text as UTF-8, with the map from its bytes to the file's; a
 * letter and the combining mark after it that make one character become it, an
 * HTML character reference the character it names, and invisible characters are
 * left out. */
static sg_err_t transcode(sg_textdoc_t *doc, const unsigned char *s, size_t n,
                          next_fn next, const char *encoding) {
    size_t cap = n * 3 + 4, o = 0; /* a byte makes at most three of UTF-8 */
    char *out = malloc(cap);
    size_t *map = malloc((cap + 1) * sizeof(*map));

    if (!out || !map) {
        free(out);
        free(map);
        return SG_ENOMEM;
    }
    for (size_t i = 0; i < n;) {
        size_t k, k2;
        uint32_t cp = next(s, n, i, &k), one;
        if (cp == 0) {
            cp = ' ';
        }
        if (cp == '&' && (one = entity(s, n, i, next, &k2))) {
            cp = one; /* its bytes map to the '&' */
            k = k2;
        }
        if (invisible(cp)) {
            i += k;
            continue;
        }
        /* the next character looked at only after a letter that a mark may join */
        if (((cp | 0x20) - 'a') < 26 && i + k < n &&
            (one = composed(cp, next(s, n, i + k, &k2)))) {
            cp = one; /* its bytes map to the letter's, the mark's are taken in */
            k += k2;
        }
        size_t w = sg_utf8_encode(cp, out + o);
        for (size_t j = 0; j < w; j++) {
            map[o + j] = i;
        }
        o += w;
        i += k;
    }
    map[o] = n;
    out[o] = '\0';
    doc->text = out;
    doc->len = o;
    doc->orig = map;
    doc->encoding = encoding;
    return SG_OK;
}

static sg_err_t decode(sg_textdoc_t *doc, const char *bytes, size_t len) {
    const unsigned char *s = (const unsigned char *)bytes;
    size_t valid_multi = 0, invalid = 0;
    int bom = sg_utf16_bom(bytes, len), rewrite = 0;

    if (bom) { /* what Windows calls Unicode: UTF-16, its byte order marked */
        return bom == 1 ? transcode(doc, s, len, next_utf16le, "utf-16le")
                        : transcode(doc, s, len, next_utf16be, "utf-16be");
    }

    for (size_t i = 0; i < len;) {
        uint32_t cp;
        uint64_t w;
        if (i + 8 <= len && (memcpy(&w, s + i, 8), !(w & 0x8080808080808080ULL))) {
            i += 8; /* eight ASCII bytes: most of an English article */
            continue;
        }
        if (s[i] < 0x80) {
            i++;
            continue;
        }
        size_t k = sg_utf8_decode(s + i, len - i, &cp);
        if (cp == 0xFFFD && k == 1) {
            invalid++;
        } else if (k > 1) {
            valid_multi++;
            rewrite |= (cp >= 0x300 && cp <= 0x36F) || invisible(cp);
        }
        i += k;
    }
    if (invalid) {
        /* an article cut inside its last character is UTF-8 all the same */
        size_t lead = len;
        while (lead > 0 && len - lead < 4 && (s[lead - 1] & 0xC0) == 0x80) {
            lead--;
        }
        int cut = lead > 0 && s[lead - 1] >= 0xC2 && s[lead - 1] <= 0xF4 &&
                  invalid == len - lead + 1;
        return !cut && invalid > valid_multi
                   ? transcode(doc, s, len, next_cp1252, "windows-1252")
                   : transcode(doc, s, len, next_utf8, "utf-8 (repaired)");
    }
    for (const unsigned char *amp = memchr(s, '&', len); amp && !rewrite;
         amp = memchr(amp + 1, '&', len - (size_t)(amp + 1 - s))) {
        size_t k;
        rewrite = entity(s, len, (size_t)(amp - s), next_utf8, &k) != 0;
    }
    if (rewrite) { /* letters to compose, references to read, invisible characters */
        return transcode(doc, s, len, next_utf8, "utf-8 (normalised)");
    }
    doc->text = malloc(len + 1);
    if (!doc->text) {
        return SG_ENOMEM;
    }
    memcpy(doc->text, bytes, len);
    for (char *z = memchr(doc->text, '\0', len); z;
         z = memchr(z, '\0', len - (size_t)(z - doc->text))) {
        *z = ' '; /* keep offsets, keep C strings whole */
    }
    doc->text[len] = '\0';
    doc->len = len;
    doc->encoding = "utf-8";
    return SG_OK;
}

static inline int is_space(uint32_t c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v' ||
           c == 0xA0 || c == 0xFEFF || (c >= 0x2000 && c <= 0x200B) || c == 0x202F ||
           c == 0x205F || c == 0x3000;
}

static inline int is_letter(uint32_t c) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        return 1;
    }
    if (c < 0xC0 || c == 0xD7 || c == 0xF7 || c == 0xFEFF || c == 0xFFFD) {
        return 0;
    }
    return !(c >= 0x2000 && c <= 0x2BFF) && !(c >= 0x3000 && c <= 0x303F);
}

static inline int is_digit(uint32_t c) {
    return c >= '0' && c <= '9';
}

static inline int is_upper(uint32_t c) {
    return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7);
}

static inline int is_lower(uint32_t c) {
    return (c >= 'a' && c <= 'z') || (c >= 0xDF && c <= 0xFF && c != 0xF7);
}

/* A code point's classes, as the functions above tell them; ASCII from a table,
 * which also marks the ASCII that may join a word's parts (C_JOIN: ' , - .). */
enum { C_LETTER = 1, C_DIGIT = 2, C_UPPER = 4, C_LOWER = 8, C_SPACE = 16, C_JOIN = 32 };

#define U_ (C_LETTER | C_UPPER)
#define L_ (C_LETTER | C_LOWER)
#define D_ C_DIGIT
#define S_ C_SPACE
#define J_ C_JOIN
static const uint8_t ascii_class[128] = {
    0,  0,  0,  0,  0,  0,  0,  0,  0,  S_, S_, S_, S_, S_, 0,  0,  /* \t \n \v \f \r */
    0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  /**/
    S_, 0,  0,  0,  0,  0,  0,  J_, 0,  0,  0,  0,  J_, J_, J_, 0,  /* space ' , - . */
    D_, D_, D_, D_, D_, D_, D_, D_, D_, D_, 0,  0,  0,  0,  0,  0,  /* 0-9 */
    0,  U_, U_, U_, U_, U_, U_, U_, U_, U_, U_, U_, U_, U_, U_, U_, /* A-O */
    U_, U_, U_, U_, U_, U_, U_, U_, U_, U_, U_, 0,  0,  0,  0,  0,  /* P-Z */
    0,  L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, /* a-o */
    L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, 0,  0,  0,  0,  0}; /* p-z */
#undef U_
#undef L_
#undef D_
#undef S_
#undef J_

static inline int class_of(uint32_t c) {
    if (c < 0x80) {
        return ascii_class[c];
    }
    return (is_letter(c) ? C_LETTER : 0) | (is_upper(c) ? C_UPPER : 0) |
           (is_lower(c) ? C_LOWER : 0) | (is_space(c) ? C_SPACE : 0);
}

typedef struct {
    sg_textdoc_t *doc;
    size_t cap_toks;
    /* the normalised forms, in 2 * doc->len + 2 bytes: first the whole text in
     * ASCII lower case, where an ASCII token's form is its own bytes' place; then,
     * from nlen on, the forms of the other tokens (never longer than the token) */
    char *norm;
    size_t nlen;
    int wrapped; /* lines broken at a width: a paragraph ends at a blank line */
} tokenizer_t;

/* Does a line whose last byte is c end a sentence or a heading (a closing curly
 * quotation mark ends in 0x9D, an apostrophe in 0x99)? */
static int closes_line(unsigned char c) {
    switch (c) {
    case '.':
    case '!':
    case '?':
    case ':':
    case ';':
    case '"':
    case '\'':
    case ')':
    case ']':
    case 0x9D:
    case 0x99:
        return 1;
    }
    return 0;
}

/* Are the text's lines broken at a width, not at paragraphs ("... chief
 * executive of Tarn\nCCG, said ...")? Of its first lines (up to 256) that another
 * line follows, half or more run near the widest line's width (three fifths of it
 * or more) and end without a mark that closes a sentence or a heading (not a
 * headline, a byline and a role on lines of their own), and no line is longer
 * than a printed column. */
static int hard_wrapped(const sg_textdoc_t *doc) {
    size_t len[256];
    int open[256];
    size_t n = 0, widest = 0;
    const char *s = doc->text, *end = s + doc->len;

    while (s < end && n < 256) {
        const char *nl = memchr(s, '\n', (size_t)(end - s));
        const char *e = nl ? nl : end;
        const char *last = e;
        while (last > s && (last[-1] == ' ' || last[-1] == '\t' || last[-1] == '\r')) {
            last--;
        }
        widest = (size_t)(last - s) > widest ? (size_t)(last - s) : widest;
        const char *next = nl ? nl + 1 : end;
        while (next < end && (*next == ' ' || *next == '\t' || *next == '\r')) {
            next++;
        }
        if (last > s && next < end && *next != '\n') {
            len[n] = (size_t)(last - s);
            open[n++] = !closes_line((unsigned char)last[-1]);
        }
        s = next;
    }
    if (widest > 132) {
        return 0;
    }
    size_t wrapped = 0;
    for (size_t i = 0; i < n; i++) {
        wrapped += open[i] && 5 * len[i] >= 3 * widest;
    }
    return wrapped >= 4 && 2 * wrapped >= n;
}

/* Does a list's item open at byte i ("- ", "* ", "• ", "1. ", "2) ")? */
static int item_at(const sg_textdoc_t *doc, size_t i) {
    const char *s = doc->text + i, *end = doc->text + doc->len;
    if (s + 1 < end && (*s == '-' || *s == '*') && s[1] == ' ') {
        return 1;
    }
    if (s + 3 < end && memcmp(s, "\xe2\x80\xa2", 3) == 0) {
        return 1;
    }
    while (s < end && *s >= '0' && *s <= '9') {
        s++;
    }
    return s > doc->text + i && s + 1 < end && (*s == '.' || *s == ')') && s[1] == ' ';
}

static inline uint32_t peek(const sg_textdoc_t *doc, size_t i, size_t *k) {
    uint32_t cp = 0;
    if (i < doc->len && (unsigned char)doc->text[i] < 0x80) {
        unsigned char c = (unsigned char)doc->text[i];
        if (k) {
            *k = 1;
        }
        return c;
    }
    size_t n = sg_utf8_decode((const unsigned char *)doc->text + i, doc->len - i, &cp);
    if (k) {
        *k = n;
    }
    return cp;
}

/* The plain lower-case letter of a Latin-1 letter with a mark ("é", "Ó", "ë"), or 0
 * for any other code point. */
static char plain_letter(uint32_t cp) {
    static const char latin1[] = "aaaaaa\0ceeeeiiiidnooooo\0ouuuuy\0\0";
    if (cp < 0xC0 || cp > 0xFF) {
        return 0;
    }
    return cp == 0xFF ? 'y' : latin1[(cp - 0xC0) & 0x1F];
}

/* The normalised form of token [start, end), which has a byte past 0x7F, appended
 * at t->norm + t->nlen: ASCII lower case, curly apostrophes and dashes made plain,
 * Latin-1 letters without their marks ("Seán" is "sean"). */
static void norm_wide(tokenizer_t *t, size_t start, size_t end) {
    const sg_textdoc_t *doc = t->doc;
    char *out = t->norm;

    for (size_t i = start; i < end;) {
        size_t k;
        uint32_t cp = peek(doc, i, &k);
        if (cp == 0x2019 || cp == 0x2018) {
            out[t->nlen++] = '\'';
        } else if (cp == 0x2013 || cp == 0x2014 || cp == 0x2010 || cp == 0x2011) {
            out[t->nlen++] = '-';
        } else if (cp == 0x2026) {
            memcpy(out + t->nlen, "...", 3);
            t->nlen += 3;
        } else if (cp < 0x80) {
            out[t->nlen++] = (char)((cp >= 'A' && cp <= 'Z') ? cp + 32 : cp);
        } else if (plain_letter(cp)) {
            out[t->nlen++] = plain_letter(cp);
        } else {
            memcpy(out + t->nlen, doc->text + i, k);
            t->nlen += k;
        }
        i += k;
    }
}

/* Token [start, end); ascii: it has no byte past 0x7F. Inline: once a token. */
static inline sg_err_t push_token(tokenizer_t *t, size_t start, size_t end, int kind,
                                  int flags, int mark, int ascii) {
    sg_textdoc_t *doc = t->doc;
    sg_token_t *tk;
    size_t norm_start = t->nlen;

    if (doc->ntoks == t->cap_toks &&
        sg_reserve((void **)&doc->toks, &t->cap_toks, doc->ntoks + 1, sizeof(*doc->toks),
                   256) != SG_OK) {
        return SG_ENOMEM;
    }
    if (ascii) {
        norm_start = start; /* the lower-cased text holds it */
    } else {
        norm_wide(t, start, end);
    }
    tk = &doc->toks[doc->ntoks++];
    tk->start = start;
    tk->end = end;
    tk->norm = norm_start;
    tk->norm_len = (uint32_t)(ascii ? end - start : t->nlen - norm_start);
    tk->kind = (uint16_t)kind;
    tk->flags = (uint16_t)flags;
    tk->sent = 0;
    tk->mark = (uint8_t)mark;
    return SG_OK;
}

/* Scan a word from i; returns its end and sets flags, and *ascii when every byte of
 * it is ASCII. */
static size_t scan_word(const sg_textdoc_t *doc, size_t i, int *flags, int *numeric,
                        int *ascii) {
    size_t k, end = i;
    int letters = 0, uppers = 0, lowers = 0, prev_lower = 0, first = 1, trailing_s = 0;
    uint32_t prev = 0;

    *flags = 0;
    *numeric = is_digit(peek(doc, i, NULL));
    *ascii = 1;
    while (end < doc->len) {
        unsigned char b = (unsigned char)doc->text[end];
        uint32_t cp;
        int cls;
        if ((unsigned char)(b - 'a') < 26 && (lowers || !uppers)) {
            /* a run of ASCII lower case, most of the bytes of a word: none can be a
             * trailing plural 's' (that needs capitals and no lower case before), so
             * each only counts; the text's NUL ends a run at the end */
            size_t r = end + 1;
            while ((unsigned char)(doc->text[r] - 'a') < 26) {
                r++;
            }
            letters += (int)(r - end);
            lowers += (int)(r - end);
            trailing_s = 0;
            prev_lower = 1;
            first = 0;
            prev = (unsigned char)doc->text[r - 1];
            end = r;
            continue;
        }
        if (b < 0x80) {
            cp = b;
            k = 1;
            cls = ascii_class[b];
        } else {
            cp = peek(doc, end, &k);
            cls = class_of(cp);
            *ascii = 0;
        }
        if (cls & (C_LETTER | C_DIGIT)) {
            if (cls & C_LETTER) {
                letters++;
                trailing_s = (cp == 's' && uppers > 0 && lowers == 0);
                if (cls & C_UPPER) {
                    uppers++;
                    if (first) {
                        *flags |= SG_TF_CAP;
                    }
                    /* (not a Scottish or Irish surname's capital: "McDonald",
                     * "MacLeod") */
                    if (prev_lower && !(doc->text[i] == 'M' &&
                                        ((end == i + 2 && doc->text[i + 1] == 'c') ||
                                         (end == i + 3 && doc->text[i + 1] == 'a' &&
                                          doc->text[i + 2] == 'c')))) {
                        *flags |= SG_TF_CAMEL;
                    }
                    prev_lower = 0;
                } else {
                    if (!(cp == 's' && trailing_s)) {
                        lowers++;
                    }
                    prev_lower = (cls & C_LOWER) != 0;
                }
            }
            first = 0;
            prev = cp;
            end += k;
            continue;
        }
        /* joiners inside a word: apostrophes and hyphens between letters, and
         * '.' or ',' between digits; anything else (a space, mostly) ends it */
        if (!(cls & C_JOIN) &&
            (b < 0x80 || (cp != 0x2019 && cp != 0x2010 && cp != 0x2011))) {
            break;
        }
        size_t k2 = 0;
        uint32_t next = end + k < doc->len ? peek(doc, end + k, &k2) : 0;
        if ((cp == '\'' || cp == 0x2019) && is_letter(prev) &&
            (next == 's' || next == 'S')) {
            size_t k3;
            uint32_t after = end + k + k2 < doc->len ? peek(doc, end + k + k2, &k3) : 0;
            if (!is_letter(after)) {
                break; /* a possessive "'s" becomes a token of its own */
            }
        }
        if ((cp == '\'' || cp == 0x2019) && is_letter(prev) && is_letter(next)) {
            end += k;
            trailing_s = 0;
            continue;
        }
        if ((cp == '-' || cp == 0x2010 || cp == 0x2011) &&
            (is_letter(prev) || is_digit(prev)) && (is_letter(next) || is_digit(next))) {
            end += k;
            prev_lower = 0;
            *flags |= SG_TF_HYPHEN;
            continue;
        }
        if ((cp == '.' || cp == ',') && is_digit(prev) && is_digit(next)) {
            end += k;
            continue;
        }
        break;
    }
    if (trailing_s) {
        lowers = lowers > 0 ? lowers - 1 : 0;
    }
    if (letters >= 2 && uppers >= 2 && lowers == 0) {
        *flags |= SG_TF_ALLCAPS;
    }
    return end;
}

static int quote_mark(uint32_t cp) {
    switch (cp) {
    case 0x201C:
    case 0x00AB:
    case 0x201E:
        return SG_Q_OPEN_DOUBLE;
    case 0x201D:
    case 0x00BB:
        return SG_Q_CLOSE_DOUBLE;
    case '"':
        return SG_Q_DOUBLE;
    case 0x2018:
    case 0x201A:
        return SG_Q_OPEN_SINGLE;
    case 0x2019:
    case '\'':
        return SG_Q_SINGLE;
    }
    return SG_Q_NONE;
}

static sg_err_t tokenize(tokenizer_t *t) {
    sg_textdoc_t *doc = t->doc;
    int space = 1, newline = 2; /* (the text opens a paragraph) */
    sg_err_t rc;

    for (size_t i = 0; i < doc->len;) {
        size_t k = 1;
        unsigned char b = (unsigned char)doc->text[i];
        uint32_t cp = b < 0x80 ? b : peek(doc, i, &k);
        int cls = class_of(cp);
        /* (lines broken at a width: a line break is a space, but for a list's
         * item) */
        int para = newline >= (t->wrapped ? 2 : 1) ||
                   (newline && t->wrapped && !(cls & C_SPACE) && item_at(doc, i));
        int flags = (space ? SG_TF_SPACE_BEFORE : 0) | (para ? SG_TF_PARA_START : 0);
        if (cls & C_SPACE) {
            space = 1;
            /* (a classic Mac's lines end in CR alone) */
            if (cp == '\n' ||
                (cp == '\r' && !(i + 1 < doc->len && doc->text[i + 1] == '\n'))) {
                newline += newline < 2; /* (two: a blank line) */
            }
            i += k;
            continue;
        }
        if (doc->ntoks && space) {
            doc->toks[doc->ntoks - 1].flags |= SG_TF_SPACE_AFTER;
        }
        space = 0;
        newline = 0;
        if ((cp == '\'' || cp == 0x2019) && doc->ntoks && !(flags & SG_TF_SPACE_BEFORE) &&
            doc->toks[doc->ntoks - 1].kind == SG_TK_WORD && i + k < doc->len &&
            (doc->text[i + k] == 's' || doc->text[i + k] == 'S') &&
            (i + k + 1 >= doc->len || !is_letter(peek(doc, i + k + 1, NULL)))) {
            rc = push_token(t, i, i + k + 1, SG_TK_WORD, flags, 0, k == 1);
            i += k + 1;
        } else if (cls & (C_LETTER | C_DIGIT)) {
            int wflags, numeric, ascii;
            size_t end = scan_word(doc, i, &wflags, &numeric, &ascii);
            rc = push_token(t, i, end, numeric ? SG_TK_NUM : SG_TK_WORD, flags | wflags,
                            0, ascii);
            i = end;
        } else {
            int mark = quote_mark(cp);
            rc = push_token(t, i, i + k, mark != SG_Q_NONE ? SG_TK_QUOTE : SG_TK_PUNCT,
                            flags, mark, k == 1);
            i += k;
        }
        if (rc != SG_OK) {
            return rc;
        }
    }
    if (doc->ntoks) {
        doc->toks[doc->ntoks - 1].flags |= SG_TF_SPACE_AFTER;
    }
    return SG_OK;
}

static int is_terminal(const sg_textdoc_t *doc, size_t i) {
    return doc->toks[i].kind == SG_TK_PUNCT &&
           (sg_tok_is(doc, i, ".") || sg_tok_is(doc, i, "!") || sg_tok_is(doc, i, "?") ||
            sg_tok_is(doc, i, "..."));
}

static int closes(const sg_token_t *tk, const sg_textdoc_t *doc, size_t i) {
    if (tk->flags & SG_TF_SPACE_BEFORE) {
        return 0;
    }
    if (tk->kind == SG_TK_QUOTE) {
        return tk->mark == SG_Q_CLOSE_DOUBLE || tk->mark == SG_Q_DOUBLE ||
               tk->mark == SG_Q_SINGLE;
    }
    return sg_tok_is(doc, i, ")") || sg_tok_is(doc, i, "]");
}

/* Does a sentence end after token i (a terminal mark)? */
static int ends_sentence(const sg_textdoc_t *doc, size_t i, const sg_map_t *abbrev) {
    size_t len;
    const char *w;

    if (sg_tok_is(doc, i, ".") && i > 0 && doc->toks[i - 1].kind == SG_TK_WORD &&
        !(doc->toks[i].flags & SG_TF_SPACE_BEFORE)) {
        w = sg_tok_norm(doc, i - 1, &len);
        size_t v = 0;
        if (len == 2 && w[0] == 'n' && w[1] == 'o' && i + 1 < doc->ntoks &&
            doc->toks[i + 1].kind != SG_TK_NUM) {
            return 1; /* an answer's "No. The plan is ...", not "No. 10" */
        }
        if (abbrev && sg_map_getn(abbrev, w, len, &v) && (v & 1)) {
            return 0;
        }
        /* (not a letter glued to what is before it: "the A&E. Tarn Council") */
        if (len == 1 && (doc->toks[i - 1].flags & SG_TF_CAP) &&
            (i == 1 || (doc->toks[i - 1].flags & SG_TF_SPACE_BEFORE) ||
             sg_tok_is(doc, i - 2, "."))) {
            return 0; /* an initial: "J. Smith", "J.R. Smith" */
        }
    }
    return 1;
}

static sg_err_t add_bounded(sg_textdoc_t *doc, size_t *cap, size_t b, size_t e,
                            size_t para) {
    if (b >= e) {
        return SG_OK;
    }
    if (sg_reserve((void **)&doc->sents, cap, doc->nsents + 1, sizeof(*doc->sents), 64) !=
        SG_OK) {
        return SG_ENOMEM;
    }
    sg_sentence_t *s = &doc->sents[doc->nsents];
    s->tok_begin = b;
    s->tok_end = e;
    s->start = doc->toks[b].start;
    s->end = doc->toks[e - 1].end;
    s->para = para;
    /* the first word of a sentence, and the first word inside an opening quote or
     * after a colon, is capitalised by grammar, not because it is a name */
    int want = 1;
    for (size_t i = b; i < e; i++) {
        sg_token_t *tk = &doc->toks[i];
        tk->sent = (uint32_t)doc->nsents;
        if (tk->kind == SG_TK_WORD || tk->kind == SG_TK_NUM) {
            if (want) {
                tk->flags |= SG_TF_SENT_START;
            }
            want = 0;
        } else if ((tk->kind == SG_TK_QUOTE &&
                    (tk->mark == SG_Q_OPEN_DOUBLE || tk->mark == SG_Q_OPEN_SINGLE ||
                     (tk->mark == SG_Q_DOUBLE && (tk->flags & SG_TF_SPACE_BEFORE)))) ||
                   sg_tok_is(doc, i, ":") || sg_tok_is(doc, i, "\xe2\x80\xa2") ||
                   sg_tok_is(doc, i, "(")) {
            want = 1;
        }
    }
    doc->nsents++;
    return SG_OK;
}

/* Sentence [b, e), cut into sentences of SG_SENT_MAX_TOKENS tokens and the rest
 * when it is longer. */
static sg_err_t add_sentence(sg_textdoc_t *doc, size_t *cap, size_t b, size_t e,
                             size_t para) {
    sg_err_t rc;

    for (; e - b > SG_SENT_MAX_TOKENS; b += SG_SENT_MAX_TOKENS) {
        if ((rc = add_bounded(doc, cap, b, b + SG_SENT_MAX_TOKENS, para)) != SG_OK) {
            return rc;
        }
    }
    return add_bounded(doc, cap, b, e, para);
}

static sg_err_t split(sg_textdoc_t *doc, const sg_map_t *abbrev) {
    size_t scap = 0, pcap = 0, sb = 0;
    sg_err_t rc;

    for (size_t i = 0; i < doc->ntoks; i++) {
        if (doc->toks[i].flags & SG_TF_PARA_START) {
            if (i > sb &&
                (rc = add_sentence(doc, &scap, sb, i, doc->nparas - 1)) != SG_OK) {
                return rc;
            }
            if (sg_reserve((void **)&doc->paras, &pcap, doc->nparas + 1,
                           sizeof(*doc->paras), 32) != SG_OK) {
                return SG_ENOMEM;
            }
            if (doc->nparas) {
                sg_paragraph_t *prev = &doc->paras[doc->nparas - 1];
                prev->sent_end = doc->nsents;
                prev->tok_end = i;
                prev->end = doc->toks[i - 1].end;
            }
            sg_paragraph_t *p = &doc->paras[doc->nparas++];
            p->start = doc->toks[i].start;
            p->tok_begin = i;
            p->sent_begin = doc->nsents;
            sb = i;
        }
        if (is_terminal(doc, i)) {
            size_t j = i + 1;
            while (j < doc->ntoks && is_terminal(doc, j) &&
                   !(doc->toks[j].flags & SG_TF_SPACE_BEFORE)) {
                j++;
            }
            while (j < doc->ntoks && closes(&doc->toks[j], doc, j)) {
                j++;
            }
            if (j < doc->ntoks && !(doc->toks[j].flags & SG_TF_PARA_START) &&
                (doc->toks[j].flags & SG_TF_SPACE_BEFORE) &&
                ends_sentence(doc, i, abbrev)) {
                const sg_token_t *nx = &doc->toks[j];
                int lower_word = nx->kind == SG_TK_WORD && !(nx->flags & SG_TF_CAP) &&
                                 doc->text[nx->start] >= 'a' &&
                                 doc->text[nx->start] <= 'z';
                if (!lower_word) {
                    if ((rc = add_sentence(doc, &scap, sb, j, doc->nparas - 1)) !=
                        SG_OK) {
                        return rc;
                    }
                    sb = j;
                }
            }
            i = j - 1;
        }
    }
    if (doc->ntoks > sb &&
        (rc = add_sentence(doc, &scap, sb, doc->ntoks, doc->nparas - 1))) {
        return rc;
    }
    if (doc->nparas) {
        sg_paragraph_t *prev = &doc->paras[doc->nparas - 1];
        prev->sent_end = doc->nsents;
        prev->tok_end = doc->ntoks;
        prev->end = doc->toks[doc->ntoks - 1].end;
    }
    for (size_t p = 0; p < doc->nparas && p < 3; p++) {
        size_t words = 0, caps = 0, k;
        for (k = doc->paras[p].tok_begin;
             k < doc->paras[p].tok_end && k < doc->paras[p].tok_begin + 8; k++) {
            words += doc->toks[k].kind == SG_TK_WORD;
            caps +=
                doc->toks[k].kind == SG_TK_WORD && (doc->toks[k].flags & SG_TF_ALLCAPS);
        }
        /* (not a label in capitals over it: "PRESS RELEASE", "NEWS RELEASE") */
        int label = k == doc->paras[p].tok_end && words == caps && words <= 3 &&
                    p + 1 < doc->nparas;
        if (words >= 2 && !label) {
            doc->headline = p;
            break;
        }
    }
    return SG_OK;
}

/* The dot of a title's or a saint's abbreviation before a name ("Dr. John Petts",
 * "St. Thomas") is part of the word's token, not a token of its own: the word
 * reads as it does without one ("Dr John Petts"); not the dot of another ("No.
 * The council says"). */
static void absorb_dots(sg_textdoc_t *doc, const sg_map_t *abbrev) {
    static const char *const titles[] = {"dr",   "mr",  "mrs", "ms", "prof",
                                         "cllr", "rev", "st",  "sr", "jr"};
    size_t o = 0;
    if (!abbrev) {
        return;
    }
    for (size_t i = 0; i < doc->ntoks; i++) {
        const sg_token_t *tk = &doc->toks[i];
        if (o > 0 && i + 1 < doc->ntoks && tk->kind == SG_TK_PUNCT &&
            sg_tok_is(doc, i, ".") && !(tk->flags & SG_TF_SPACE_BEFORE) &&
            doc->toks[o - 1].kind == SG_TK_WORD && (doc->toks[o - 1].flags & SG_TF_CAP) &&
            doc->toks[i + 1].kind == SG_TK_WORD && (doc->toks[i + 1].flags & SG_TF_CAP)) {
            int title = 0;
            for (size_t j = 0; j < sizeof(titles) / sizeof(titles[0]) && !title; j++) {
                title = sg_tok_is(doc, o - 1, titles[j]);
            }
            size_t len, v = 0;
            const char *w = sg_tok_norm(doc, o - 1, &len);
            if (title && sg_map_getn(abbrev, w, len, &v) && (v & 1)) {
                doc->toks[o - 1].end = tk->end;
                continue;
            }
        }
        if (o != i) { /* (the tokens move only after a dot absorbed: most never) */
            doc->toks[o] = *tk;
        }
        o++;
    }
    doc->ntoks = o;
}

sg_err_t sg_textdoc_init(sg_textdoc_t *doc, const char *bytes, size_t len,
                         const sg_map_t *abbrev, sg_error_t *err) {
    tokenizer_t t;
    sg_err_t rc;

    memset(doc, 0, sizeof(*doc));
    memset(&t, 0, sizeof(t));
    t.doc = doc;
    if ((rc = decode(doc, bytes, len)) != SG_OK) {
        goto fail;
    }
    /* about one token every five bytes of English */
    if (doc->len > SIZE_MAX / 2 - 1 || !(doc->norm = t.norm = malloc(2 * doc->len + 2)) ||
        sg_reserve((void **)&doc->toks, &t.cap_toks, doc->len / 5 + 1, sizeof(*doc->toks),
                   256) != SG_OK) {
        rc = SG_ENOMEM;
        goto fail;
    }
    {
        /* in locals, so that the compiler may take many bytes at a time */
        const unsigned char *in = (const unsigned char *)doc->text;
        unsigned char *lower = (unsigned char *)t.norm;
        for (size_t i = 0, n = doc->len; i < n; i++) {
            lower[i] = (unsigned char)(in[i] | ((unsigned char)(in[i] - 'A') < 26) << 5);
        }
    }
    t.norm[doc->len] = '\0';
    t.nlen = doc->len + 1;
    t.wrapped = hard_wrapped(doc);
    if ((rc = tokenize(&t)) != SG_OK) {
        goto fail;
    }
    t.norm[t.nlen] = '\0';
    absorb_dots(doc, abbrev);
    if ((rc = split(doc, abbrev)) != SG_OK) {
        goto fail;
    }
    return SG_OK;
fail:
    sg_textdoc_release(doc);
    return sg_error_set(err, rc, NULL, 0, 0, "%s", sg_strerror(rc));
}

void sg_textdoc_release(sg_textdoc_t *doc) {
    free(doc->text);
    free(doc->orig);
    free(doc->norm);
    free(doc->toks);
    free(doc->sents);
    free(doc->paras);
    free(doc->tags);
    memset(doc, 0, sizeof(*doc));
}

size_t sg_textdoc_orig(const sg_textdoc_t *doc, size_t off) {
    if (!doc->orig) {
        return off;
    }
    return doc->orig[off > doc->len ? doc->len : off];
}
