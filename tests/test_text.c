/* test_text.c - decoding with true offsets, tokens, sentences, paragraphs, and the
 * surface text of a run of tokens. */
#include "extract_i.h"
#include "testutil.h"

static sg_map_t abbrev;

static int setup(void **state) {
    (void)state;
    sg_map_init(&abbrev);
    return sg_map_put(&abbrev, "dr", 1) || sg_map_put(&abbrev, "st", 1);
}

static int teardown(void **state) {
    (void)state;
    sg_map_release(&abbrev);
    return 0;
}

static void init(sg_textdoc_t *d, const char *s, size_t n) {
    assert_int_equal(sg_textdoc_init(d, s, n, &abbrev, NULL), SG_OK);
}

/* The first token of d whose form is word, which must be there. */
static size_t token(const sg_textdoc_t *d, const char *word) {
    size_t i;
    for (i = 0; i < d->ntoks && !sg_tok_is(d, i, word); i++) {
    }
    assert_true(i < d->ntoks);
    return i;
}

/* s (n bytes) decoded is want, and its token word runs from the file's bytes at
 * from to those at to (each where it is first in s): the token's index. d is the
 * caller's to release. */
static size_t decoded_as(sg_textdoc_t *d, const char *s, size_t n, const char *want,
                         const char *word, const char *from, const char *to) {
    size_t i;
    init(d, s, n);
    assert_string_equal(d->text, want);
    i = token(d, word);
    assert_int_equal(sg_textdoc_orig(d, d->toks[i].start), strstr(s, from) - s);
    assert_int_equal(sg_textdoc_orig(d, d->toks[i].end), strstr(s, to) - s);
    return i;
}

static void test_text__utf8_offsets_are_the_files(void **state) {
    const char *s = "\xef\xbb\xbf\xe2\x80\x9cHello\xe2\x80\x9d said Zo\xc3\xab.";
    sg_textdoc_t d;
    (void)state;
    init(&d, s, strlen(s));
    assert_string_equal(d.encoding, "utf-8");
    assert_null(d.orig);
    /* the word Zoë starts where it starts in the file */
    size_t i;
    i = token(&d, "zoe");
    assert_int_equal(d.toks[i].start, strstr(s, "Zo") - s);
    assert_true(d.toks[i].flags & SG_TF_CAP);
    sg_textdoc_release(&d);
}

static void test_text__invalid_bytes_replaced_offsets_true(void **state) {
    const char s[] = "Caf\xe9 au lait \xe2\x80\x94 M\xc3\xa9lanie said.";
    sg_textdoc_t d;
    (void)state;
    init(&d, s, sizeof(s) - 1);
    assert_string_equal(d.encoding, "utf-8 (repaired)");
    assert_non_null(d.orig);
    /* the replacement character stands where the bad byte was */
    assert_memory_equal(d.text + 3, "\xef\xbf\xbd", 3);
    size_t i;
    i = token(&d, "melanie");
    assert_int_equal(sg_textdoc_orig(&d, d.toks[i].start), strstr(s, "M\xc3\xa9") - s);
    sg_textdoc_release(&d);
}

/* s (ASCII and 16-bit code units, given as UTF-16 units) encoded as UTF-16 after a
 * byte order mark, into out; its length in bytes. */
static size_t utf16(const uint16_t *units, size_t n, int be, char *out) {
    size_t o = 0;
    out[o++] = (char)(be ? 0xFE : 0xFF);
    out[o++] = (char)(be ? 0xFF : 0xFE);
    for (size_t i = 0; i < n; i++) {
        out[o++] = (char)(be ? units[i] >> 8 : units[i] & 0xFF);
        out[o++] = (char)(be ? units[i] & 0xFF : units[i] >> 8);
    }
    return o;
}

/* UTF-16 after its byte order mark, either way round (what Windows saves as
 * Unicode): decoded to the UTF-8 of the same text, a surrogate pair to its one code
 * point, a lone surrogate and an odd last byte to U+FFFD, and every token's offset
 * the file's byte where its first code unit is. */
static void test_text__utf16_after_a_byte_order_mark(void **state) {
    /* "Mélanie Lloyd said ☺😀." then a lone high surrogate */
    const uint16_t units[] = {'M', 0xE9,   'l',    'a',    'n', 'i', 'e',    ' ', 'L',
                              'l', 'o',    'y',    'd',    ' ', 's', 'a',    'i', 'd',
                              ' ', 0x263A, 0xD83D, 0xDE00, '.', ' ', 0xD83D, ' '};
    const size_t n = sizeof(units) / sizeof(units[0]);
    char bytes[2 * sizeof(units) / sizeof(units[0]) + 3];
    (void)state;
    for (int be = 0; be <= 1; be++) {
        sg_textdoc_t d;
        size_t len = utf16(units, n, be, bytes);
        bytes[len] = 'x'; /* an odd last byte */
        assert_int_equal(sg_utf16_bom(bytes, len), be ? 2 : 1);
        init(&d, bytes, len + 1);
        assert_string_equal(d.encoding, be ? "utf-16be" : "utf-16le");
        assert_string_equal(d.text, "\xef\xbb\xbfM\xc3\xa9lanie Lloyd said \xe2\x98\xba"
                                    "\xf0\x9f\x98\x80. \xef\xbf\xbd \xef\xbf\xbd");
        size_t i;
        i = token(&d, "lloyd");
        assert_int_equal(sg_textdoc_orig(&d, d.toks[i].start), 2 + 2 * 8);
        assert_int_equal(sg_textdoc_orig(&d, d.toks[i].end), 2 + 2 * 13);
        assert_int_equal(sg_textdoc_orig(&d, d.len), len + 1);
        sg_textdoc_release(&d);
    }
    assert_int_equal(sg_utf16_bom("\xef\xbb\xbfUTF-8", 8), 0);
    assert_int_equal(sg_utf16_bom("\xff", 1), 0);
}

/* A letter and the combining mark after it that make one character (decomposed
 * text, macOS's) become it, so that names read as composed text's do; the offsets
 * stay the file's, a composed letter's end past its mark. A mark nothing composes
 * with stays. */
static void test_text__decomposed_letters_composed(void **state) {
    /* "Ju\u0308rgen Mu\u0308ller and C\u0327a x\u0301" */
    const char s[] = "Ju\xcc\x88rgen Mu\xcc\x88ller and C\xcc\xa7"
                     "a x\xcc\x81";
    sg_textdoc_t d;
    (void)state;
    decoded_as(&d, s, sizeof(s) - 1,
               "J\xc3\xbcrgen M\xc3\xbcller and \xc3\x87"
               "a x\xcc\x81",
               "muller", "Mu", " and");
    assert_string_equal(d.encoding, "utf-8 (normalised)");
    assert_int_equal(sg_textdoc_orig(&d, d.len), sizeof(s) - 1);
    sg_textdoc_release(&d);
}

/* A soft hyphen (U+00AD, which web pages put inside long words) and the word joiner
 * are left out, so that the word is one token; its offsets stay the file's. */
static void test_text__soft_hyphens_left_out(void **state) {
    const char s[] = "The Shrop\xc2\xadshire plan\xe2\x81\xa0s.";
    sg_textdoc_t d;
    (void)state;
    size_t i = decoded_as(&d, s, sizeof(s) - 1, "The Shropshire plans.", "shropshire",
                          "Shrop", " plan");
    assert_true(sg_tok_is(&d, i + 1, "plans"));
    sg_textdoc_release(&d);
}

/* HTML's character references, as text saved from web pages keeps them, are read
 * as the characters they name, their offsets the file's; what is no reference
 * stays as written. */
static void test_text__html_references_read(void **state) {
    const char s[] = "Bath &amp; Wells &ldquo;said&rdquo; Lloyd&#8217;s &#x2014; "
                     "&amp b &#; &#x; &#xD800; &#0; &bogus; &#1114112; &AMP; &#65;";
    sg_textdoc_t d;
    (void)state;
    size_t i = decoded_as(&d, s, sizeof(s) - 1,
                          "Bath & Wells \xe2\x80\x9csaid\xe2\x80\x9d "
                          "Lloyd\xe2\x80\x99s \xe2\x80\x94 &amp b &#; &#x; "
                          "&#xD800; &#0; &bogus; &#1114112; &AMP; A",
                          "wells", "Wells", " &ldquo;");
    assert_string_equal(d.encoding, "utf-8 (normalised)");
    assert_int_equal(sg_textdoc_orig(&d, d.toks[i + 1].start), strstr(s, "&ldquo;") - s);
    assert_int_equal(d.toks[i + 1].mark, SG_Q_OPEN_DOUBLE);
    assert_int_equal(sg_textdoc_orig(&d, d.toks[i + 1].end), strstr(s, "said") - s);
    sg_textdoc_release(&d);
}

/* The first byte where a string stops being UTF-8, or its length. */
static void test_text__utf8_invalid_at(void **state) {
    (void)state;
    assert_int_equal(sg_utf8_invalid_at("", 0), 0);
    assert_int_equal(sg_utf8_invalid_at("plain", 5), 5);
    assert_int_equal(sg_utf8_invalid_at("caf\xc3\xa9 \xe2\x80\x99s \xf0\x9f\x98\x80", 15),
                     15);
    assert_int_equal(sg_utf8_invalid_at("\xef\xbf\xbd", 3), 3); /* U+FFFD itself */
    assert_int_equal(sg_utf8_invalid_at("ab\xff", 3), 2);
    assert_int_equal(sg_utf8_invalid_at("ab\xc3", 3), 2); /* cut short */
    assert_int_equal(sg_utf8_invalid_at("a\xc0\xaf"
                                        "b",
                                        4),
                     1);                                         /* overlong */
    assert_int_equal(sg_utf8_invalid_at("a\xed\xa0\x80", 4), 1); /* a surrogate */
    assert_int_equal(sg_utf8_invalid_at("\xc3\xa9\x80", 3), 2);  /* a lone continuation */
}

static void test_text__windows_1252_detected(void **state) {
    /* curly quotes and an e-acute as Windows-1252 bytes */
    const char s[] = "\x93"
                     "Caf\xe9\x94, said Ren\xe9. It\x92"
                     "s fine.";
    sg_textdoc_t d;
    (void)state;
    init(&d, s, sizeof(s) - 1);
    assert_string_equal(d.encoding, "windows-1252");
    assert_memory_equal(d.text,
                        "\xe2\x80\x9c"
                        "Caf\xc3\xa9\xe2\x80\x9d",
                        11);
    assert_int_equal(d.toks[0].kind, SG_TK_QUOTE);
    assert_int_equal(d.toks[0].mark, SG_Q_OPEN_DOUBLE);
    size_t i;
    i = token(&d, "rene");
    assert_int_equal(sg_textdoc_orig(&d, d.toks[i].start), strstr(s, "Ren") - s);
    assert_int_equal(sg_textdoc_orig(&d, d.toks[i].end), strstr(s, "Ren") - s + 4);
    /* "It’s": the curly apostrophe, decoded, splits off "'s" like any possessive */
    assert_true(sg_tok_is(&d, i + 2, "it"));
    assert_true(sg_tok_is(&d, i + 3, "'s"));
    sg_textdoc_release(&d);
}

static void test_text__sentences_respect_abbreviations(void **state) {
    const char *s = "Dr. Jones met St. Anne's staff. They agreed! Did they? Yes.";
    sg_textdoc_t d;
    (void)state;
    init(&d, s, strlen(s));
    assert_int_equal(d.nsents, 4);
    assert_memory_equal(d.text + d.sents[0].start, "Dr. Jones", 9);
    assert_int_equal(d.text[d.sents[0].end - 1], '.');
    assert_memory_equal(d.text + d.sents[1].start, "They", 4);
    sg_textdoc_release(&d);
}

/* The dot of a title's abbreviation before a name is part of its token ("Dr." then
 * "Jones", as "Dr Jones" reads); before a word in lower case it stays a token. */
static void test_text__title_dot_joins_its_word(void **state) {
    const char *s = "Dr. Jones met St. Anne's staff and the dr. on call.";
    sg_textdoc_t d;
    (void)state;
    init(&d, s, strlen(s));
    size_t i = token(&d, "dr");
    assert_int_equal(d.toks[i].end - d.toks[i].start, 3);
    assert_true(sg_tok_is(&d, i + 1, "jones"));
    i = token(&d, "st");
    assert_int_equal(d.toks[i].end - d.toks[i].start, 3);
    assert_true(sg_tok_is(&d, i + 1, "anne"));
    i = token(&d, "the");
    assert_true(sg_tok_is(&d, i + 1, "dr") && sg_tok_is(&d, i + 2, "."));
    assert_int_equal(d.nsents, 1);
    sg_textdoc_release(&d);
}

/* A capital letter and a full stop is an initial, unless the letter is glued to
 * what comes before it: "A&E." ends a sentence. */
static void test_text__initials_and_glued_letters(void **state) {
    const char *s = "J. Smith and J.R. Jones want the A&E. Tarn Council agreed. So did "
                    "Q. Lee.";
    sg_textdoc_t d;
    (void)state;
    init(&d, s, strlen(s));
    assert_int_equal(d.nsents, 3);
    assert_memory_equal(d.text + d.sents[0].start, "J. Smith", 8);
    assert_memory_equal(d.text + d.sents[0].end - 4, "A&E.", 4);
    assert_memory_equal(d.text + d.sents[1].start, "Tarn", 4);
    assert_memory_equal(d.text + d.sents[2].end - 7, "Q. Lee.", 7);
    sg_textdoc_release(&d);
}

/* Lines broken at a width make paragraphs of the lines up to a blank line or a
 * list's item; lines that end sentences, or short heading lines, are paragraphs
 * each. */
static void test_text__hard_wrapped_paragraphs(void **state) {
    const char *wrapped = "Jo Cole, chief executive of Tarn\n"
                          "CCG, said the Dorset STP was a bad\n"
                          "plan. Hale Council backed the plan,\n"
                          "and its leader, Cllr Ann Lee, said\n"
                          "it was a good plan for the county.\n"
                          "\n"
                          "Tim Ash of Unison said the union would\n"
                          "oppose it for these reasons and more:\n"
                          "- the plan closes beds in the county\n"
                          "- no money comes with the plan at all\n";
    const char *lines = "A headline of the story\nBy Jo Cole\nA role, A Body\n"
                        "The first paragraph ends here.\nThe second one does too.\n";
    sg_textdoc_t d;
    (void)state;
    init(&d, wrapped, strlen(wrapped));
    assert_int_equal(d.nparas, 4);
    assert_true(sg_tok_is(&d, d.paras[1].tok_begin, "tim"));
    assert_true(sg_tok_is(&d, d.paras[2].tok_begin, "-"));
    /* (no paragraph starts at "CCG", the second line) */
    assert_false(d.toks[token(&d, "ccg")].flags & SG_TF_PARA_START);
    sg_textdoc_release(&d);
    init(&d, lines, strlen(lines));
    assert_int_equal(d.nparas, 5);
    sg_textdoc_release(&d);
}

/* Text that runs on without a full stop is cut into sentences of at most
 * SG_SENT_MAX_TOKENS tokens that cover it, in order; a long sentence that ends is
 * whole. */
static void test_text__run_on_text_cut_into_bounded_sentences(void **state) {
    enum { WORDS = 1000, LONG = SG_SENT_MAX_TOKENS - 20 };
    char *s = malloc((LONG + WORDS) * 6 + 1);
    size_t n = 0, expect = 0;
    sg_textdoc_t d;
    (void)state;
    assert_non_null(s);
    for (size_t i = 0; i < LONG; i++) { /* one sentence of LONG tokens */
        n += (size_t)sprintf(s + n, i + 1 < LONG ? "word " : "end. ");
    }
    for (size_t i = 0; i < WORDS; i++) { /* then no full stop at all */
        n += (size_t)sprintf(s + n, "Word ");
    }
    init(&d, s, n);
    assert_int_equal(d.ntoks, LONG + 1 + WORDS);
    assert_int_equal(d.sents[0].tok_end, LONG + 1);
    for (size_t k = 0; k < d.nsents; k++) {
        assert_int_equal(d.sents[k].tok_begin, expect);
        assert_true(d.sents[k].tok_end - d.sents[k].tok_begin <= SG_SENT_MAX_TOKENS);
        expect = d.sents[k].tok_end;
    }
    assert_int_equal(expect, d.ntoks);
    assert_int_equal(d.nsents, 1 + (WORDS + SG_SENT_MAX_TOKENS - 1) / SG_SENT_MAX_TOKENS);
    sg_textdoc_release(&d);
    free(s);
}

/* Lines that end in CR LF (Windows) or in CR alone (a classic Mac) make the
 * paragraphs LF does. */
static void test_text__crlf_paragraphs_and_quotes(void **state) {
    const char *texts[] = {
        "First line here.\r\n\r\n\xe2\x80\x9cQuoted,\xe2\x80\x9d he said.\r\nLast.",
        "First line here.\r\r\xe2\x80\x9cQuoted,\xe2\x80\x9d he said.\rLast."};
    (void)state;
    for (int k = 0; k < 2; k++) {
        const char *s = texts[k];
        sg_textdoc_t d;
        init(&d, s, strlen(s));
        assert_int_equal(d.nparas, 3);
        assert_int_equal(d.nsents, 3);
        assert_int_equal(d.paras[0].end, strlen("First line here."));
        assert_int_equal(d.paras[1].start, strstr(s, "\xe2\x80\x9c") - s);
        assert_int_equal(d.paras[2].start, strstr(s, "Last") - s);
        assert_int_equal(d.toks[d.paras[1].tok_begin].mark, SG_Q_OPEN_DOUBLE);
        /* the first word inside an opening quote starts a sentence */
        assert_true(d.toks[d.paras[1].tok_begin + 1].flags & SG_TF_SENT_START);
        sg_textdoc_release(&d);
    }
}

static void test_text__possessive_is_its_own_token(void **state) {
    const char *s =
        "The King\xe2\x80\x99s Fund and CIPFA's review; they\xe2\x80\x99ve gone.";
    sg_textdoc_t d;
    (void)state;
    init(&d, s, strlen(s));
    assert_true(sg_tok_is(&d, 1, "king"));
    assert_true(sg_tok_is(&d, 2, "'s"));
    assert_true(sg_tok_is(&d, 3, "fund"));
    assert_true(sg_tok_is(&d, 5, "cipfa"));
    assert_true(d.toks[5].flags & SG_TF_ALLCAPS);
    assert_true(sg_tok_is(&d, 6, "'s"));
    assert_true(sg_tok_is(&d, 9, "they've"));
    sg_textdoc_release(&d);
}

/* s's tokens are n, their normalised forms want's. */
static void assert_norms(const char *s, const char *const *want, size_t n) {
    sg_textdoc_t d;
    init(&d, s, strlen(s));
    assert_int_equal(d.ntoks, n);
    for (size_t i = 0; i < d.ntoks; i++) {
        size_t len;
        const char *w = sg_tok_norm(&d, i, &len);
        assert_int_equal(len, strlen(want[i]));
        assert_memory_equal(w, want[i], len);
    }
    sg_textdoc_release(&d);
}

/* Marks that join a word's parts: apostrophes and hyphens (ASCII or Unicode, whose
 * forms are plain) between letters, '.' and ',' between digits; any other mark, or
 * one of these elsewhere, ends the word. */
static void test_text__joiners_inside_words(void **state) {
    const char *s = "A well-known co\xe2\x80\x90op and non\xe2\x80\x91stop O'Neill paid "
                    "1,250.50 for 3.5 days; end- of. Tri/partite 7.";
    const char *want[] = {"a",       "well-known", "co-op", "and", "non-stop", "o'neill",
                          "paid",    "1,250.50",   "for",   "3.5", "days",     ";",
                          "end",     "-",          "of",    ".",   "tri",      "/",
                          "partite", "7",          "."};
    (void)state;
    assert_norms(s, want, sizeof(want) / sizeof(want[0]));
}

/* A Latin-1 letter with a mark is its plain letter in the normalised form, so that
 * "Seán" is the given name "sean"; other letters past ASCII keep their bytes. */
static void test_text__marks_off_latin_letters(void **state) {
    const char *s = "Se\xc3\xa1n Zo\xc3\xab \xc3\x93 Stra\xc3\x9f"
                    "e \xc3\x86sir \xce\xb1\xce\xb2";
    const char *want[] = {"sean",
                          "zoe",
                          "o",
                          "stra\xc3\x9f"
                          "e",
                          "\xc3\x86sir",
                          "\xce\xb1\xce\xb2"};
    (void)state;
    assert_norms(s, want, sizeof(want) / sizeof(want[0]));
}

/* A word's case flags, for the shapes names and acronyms take: a plural 's' after
 * capitals keeps an acronym all capitals, lower case before a capital is camel. */
static void test_text__word_case_flags(void **state) {
    static const struct {
        const char *word;
        int flags;
    } cases[] = {
        {"word", 0},
        {"NHS", SG_TF_CAP | SG_TF_ALLCAPS},
        {"CCGs", SG_TF_CAP | SG_TF_ALLCAPS},
        {"GPss", SG_TF_CAP | SG_TF_ALLCAPS},
        {"GPsa", SG_TF_CAP},
        {"Is", SG_TF_CAP},
        {"ABCdef", SG_TF_CAP},
        {"iPhone", SG_TF_CAMEL},
        {"MerseyCare", SG_TF_CAP | SG_TF_CAMEL},
        {"McDonald", SG_TF_CAP}, /* a surname's capital after Mc or Mac */
        {"MacLeod", SG_TF_CAP},
        {"MacDonaldCare", SG_TF_CAP | SG_TF_CAMEL},
        {"lower-Case", 0},
        {"\xc3\x89"
         "COLE",
         SG_TF_CAP | SG_TF_ALLCAPS},
        {"caf\xc3\xa9s", 0},
        {"ab\xc3\xa9"
         "Cd",
         SG_TF_CAMEL},
    };
    const int mask = SG_TF_CAP | SG_TF_CAMEL | SG_TF_ALLCAPS;
    (void)state;
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        char text[64];
        sg_textdoc_t d;
        /* after a first word, so that no sentence start is in the way */
        snprintf(text, sizeof(text), "so %s", cases[i].word);
        init(&d, text, strlen(text));
        assert_int_equal(d.ntoks, 2);
        if ((d.toks[1].flags & mask) != cases[i].flags) {
            fail_msg("%s: flags %d, want %d", cases[i].word, d.toks[1].flags & mask,
                     cases[i].flags);
        }
        sg_textdoc_release(&d);
    }
}

static void test_text__empty_and_cut_input(void **state) {
    sg_textdoc_t d;
    (void)state;
    init(&d, "", 0);
    assert_int_equal(d.ntoks, 0);
    assert_int_equal(d.nsents, 0);
    sg_textdoc_release(&d);
    /* an article cut in the middle of a UTF-8 character */
    init(&d, "Caf\xc3", 4);
    assert_string_equal(d.encoding, "utf-8 (repaired)");
    assert_true(sg_tok_is(&d, 0, "caf"));
    assert_int_equal(sg_textdoc_orig(&d, d.len), 4);
    sg_textdoc_release(&d);
}

/* A run of tokens' text, spaces collapsed: in the caller's buffer when it fits
 * (with its NUL), else malloc'd with the same text; an empty run gives "". */
static void test_text__headline_past_a_date_line(void **state) {
    const char *dated = "22.11.16\nPlans backed, says LGA\nThe LGA said so.\n";
    const char *plain = "Plans backed, says LGA\nThe LGA said so.\n";
    const char *none = "12\n34\n";
    sg_textdoc_t d;
    (void)state;
    init(&d, dated, strlen(dated));
    assert_int_equal(d.headline, 1); /* the line after the date */
    sg_textdoc_release(&d);
    init(&d, plain, strlen(plain));
    assert_int_equal(d.headline, 0);
    sg_textdoc_release(&d);
    init(&d, none, strlen(none));
    assert_int_equal(d.headline, 0); /* no line of words: the first */
    sg_textdoc_release(&d);
}

static void test_text__surface_in_a_buffer_or_allocated(void **state) {
    const char *s = "The  chief executive, Sir Ann Smith, said.";
    char buf[32], *t;
    sg_textdoc_t d;
    (void)state;
    init(&d, s, strlen(s));
    assert_true(d.ntoks >= 8);
    t = sg_i_surface_buf(&d, 0, 3, buf, sizeof(buf));
    assert_ptr_equal(t, buf);
    assert_string_equal(t, "The chief executive");
    t = sg_i_surface_buf(&d, 0, 3, buf, 20); /* 19 bytes and the NUL: fits */
    assert_ptr_equal(t, buf);
    t = sg_i_surface_buf(&d, 0, 3, buf, 19);
    assert_ptr_not_equal(t, buf);
    assert_string_equal(t, "The chief executive");
    free(t);
    t = sg_i_surface_buf(&d, 5, 5, buf, sizeof(buf));
    assert_ptr_equal(t, buf);
    assert_string_equal(t, "");
    sg_textdoc_release(&d);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_text__utf8_offsets_are_the_files),
        cmocka_unit_test(test_text__invalid_bytes_replaced_offsets_true),
        cmocka_unit_test(test_text__utf8_invalid_at),
        cmocka_unit_test(test_text__decomposed_letters_composed),
        cmocka_unit_test(test_text__soft_hyphens_left_out),
        cmocka_unit_test(test_text__html_references_read),
        cmocka_unit_test(test_text__utf16_after_a_byte_order_mark),
        cmocka_unit_test(test_text__windows_1252_detected),
        cmocka_unit_test(test_text__sentences_respect_abbreviations),
        cmocka_unit_test(test_text__title_dot_joins_its_word),
        cmocka_unit_test(test_text__initials_and_glued_letters),
        cmocka_unit_test(test_text__hard_wrapped_paragraphs),
        cmocka_unit_test(test_text__run_on_text_cut_into_bounded_sentences),
        cmocka_unit_test(test_text__crlf_paragraphs_and_quotes),
        cmocka_unit_test(test_text__possessive_is_its_own_token),
        cmocka_unit_test(test_text__joiners_inside_words),
        cmocka_unit_test(test_text__marks_off_latin_letters),
        cmocka_unit_test(test_text__word_case_flags),
        cmocka_unit_test(test_text__empty_and_cut_input),
        cmocka_unit_test(test_text__headline_past_a_date_line),
        cmocka_unit_test(test_text__surface_in_a_buffer_or_allocated),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
