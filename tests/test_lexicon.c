/* test_lexicon.c - loading the lexicon folder and its errors. */
#include <unistd.h>

#include "lexicon_i.h"
#include "testutil.h"

static void test_lexicon__loads_and_knows_stp_names(void **state) {
    (void)state;
    assert_string_equal(sg_lexicon_canonical(tu_lex, "Shropshire"),
                        "Shropshire and Telford and Wrekin");
    assert_string_equal(sg_lexicon_canonical(tu_lex, "shropshire stp"),
                        "Shropshire and Telford and Wrekin");
    assert_string_equal(
        sg_lexicon_canonical(tu_lex, "Luton, Milton Keynes and Bedfordshire"),
        "Bedfordshire, Luton and Milton Keynes");
    assert_null(sg_lexicon_canonical(tu_lex, "Atlantis"));
}

/* A given name's gender column: what the pronoun resolution reads of a name. */
static void test_lexicon__given_names_say_a_gender_or_none(void **state) {
    (void)state;
    assert_int_equal(sg_i_name_gender(tu_lex, "Jane Roe"), SG_I_NAME_FEMALE);
    assert_int_equal(sg_i_name_gender(tu_lex, "Tom Ash"), SG_I_NAME_MALE);
    assert_int_equal(sg_i_name_gender(tu_lex, "Sam Reid"), SG_I_NAME_ANY);
    assert_int_equal(sg_i_name_gender(tu_lex, "JANE"), SG_I_NAME_FEMALE);
    assert_int_equal(sg_i_name_gender(tu_lex, "Quorblax Smith"), 0);
    assert_int_equal(sg_i_name_gender(tu_lex, ""), 0);
}

/* The first-word tags only spare lookups: every table matches the same phrases at
 * every token with them as without them (sample articles, all tables). */
static void test_lexicon__token_tags_change_no_match(void **state) {
    sg_strv_t files;
    sg_error_t err = {0};
    size_t tried = 0, found = 0;
    (void)state;
    sg_strv_init(&files);
    assert_int_equal(sg_io_list_articles("graphs/sample", &files, &err), SG_OK);
    for (size_t f = 0; f < files.n; f++) {
        char *data;
        size_t len;
        sg_textdoc_t doc;
        assert_int_equal(sg_io_read(files.v[f], 0, &data, &len, &err), SG_OK);
        assert_int_equal(sg_textdoc_init(&doc, data, len, NULL, &err), SG_OK);
        for (int k = 0; k < SG_I_T_COUNT; k++) {
            for (size_t i = 0; i < doc.ntoks; i++) {
                size_t v1 = 0, v2 = 0, n1, n2;
                n1 = sg_i_match(tu_lex, (sg_i_table_t)k, &doc, i, doc.ntoks, &v1);
                assert_int_equal(sg_i_tag_tokens(tu_lex, &doc), SG_OK);
                n2 = sg_i_match(tu_lex, (sg_i_table_t)k, &doc, i, doc.ntoks, &v2);
                free(doc.tags);
                doc.tags = NULL;
                assert_int_equal(n1, n2);
                assert_int_equal(v1, v2);
                tried++;
                found += n1 > 0;
            }
        }
        sg_textdoc_release(&doc);
        free(data);
    }
    assert_true(tried > 1000);
    assert_true(found > 50); /* the check saw real matches, in several tables */
    sg_strv_release(&files);
}

/* The lexicon of dir (the shipped files, then line appended to file) fails to load,
 * naming file and a line past the first; its error in *err. */
static void load_fails(const char *dir, const char *file, const char *line,
                       sg_error_t *err) {
    sg_lexicon_t *lex = (sg_lexicon_t *)1;
    char cmd[512];
    snprintf(cmd, sizeof(cmd), "cp graphs/lexicon/*.tsv %s && printf '%s' >> %s/%s", dir,
             line, dir, file);
    assert_int_equal(system(cmd), 0);
    sg_error_clear(err);
    assert_int_equal(sg_lexicon_load(dir, &lex, err), SG_EPARSE);
    assert_null(lex);
    assert_non_null(strstr(err->source, file));
    assert_true(err->line > 1);
}

static void test_lexicon__errors_name_file_and_line(void **state) {
    sg_lexicon_t *lex = (sg_lexicon_t *)1;
    sg_error_t err = {0};
    char dir[] = "/tmp/sg_lex_XXXXXX";
    char cmd[256];
    (void)state;
    assert_int_equal(sg_lexicon_load("/nonexistent", &lex, &err), SG_EIO);
    assert_null(lex);
    assert_non_null(strstr(err.source, "/nonexistent/"));
    assert_non_null(mkdtemp(dir));
    load_fails(dir, "roles.tsv", "chair\\tboss\\n", &err);
    assert_non_null(strstr(err.message, "boss"));
    load_fails(dir, "first_names.tsv", "jane\\tx\\n", &err);
    assert_string_equal(err.message, "unknown value 'x'");
    /* a name that is not UTF-8 would make graph files no reader takes */
    load_fails(dir, "organisations.tsv", "Frimley Trust\\377\\tFT\\n", &err);
    assert_int_equal(err.column, 14);
    assert_string_equal(err.message, "not UTF-8 (byte 0xff)");
    snprintf(cmd, sizeof(cmd), "rm -rf %s", dir);
    assert_int_equal(system(cmd), 0);
}

static int cmp_str(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* No file of the shipped lexicon lists a phrase twice (a second row, with another
 * value, would be read over the first without a word). */
static void test_lexicon__shipped_files_list_each_phrase_once(void **state) {
    static const char *const files[] = {"abbreviations.tsv",   "anaphors.tsv",
                                        "collective.tsv",      "council_places.tsv",
                                        "document_words.tsv",  "first_names.tsv",
                                        "negators.tsv",        "non_stakeholders.tsv",
                                        "org_words.tsv",       "organisations.tsv",
                                        "programme.tsv",       "regional.tsv",
                                        "reporting_verbs.tsv", "roles.tsv",
                                        "stance.tsv",          "starters.tsv",
                                        "stp_footprints.tsv",  "titles.tsv"};
    (void)state;
    for (size_t f = 0; f < sizeof(files) / sizeof(files[0]); f++) {
        char path[256], line[1024];
        char *rows[4096];
        size_t n = 0;
        snprintf(path, sizeof(path), "graphs/lexicon/%s", files[f]);
        FILE *in = fopen(path, "r");
        assert_non_null(in);
        while (fgets(line, sizeof(line), in) && n < 4096) {
            line[strcspn(line, "\t\r\n")] = '\0';
            for (char *c = line; *c; c++) {
                *c = (char)(*c >= 'A' && *c <= 'Z' ? *c + 32 : *c);
            }
            if (line[0] && line[0] != '#') {
                rows[n] = strdup(line);
                assert_non_null(rows[n]);
                n++;
            }
        }
        fclose(in);
        assert_true(n < 4096); /* (every row read) */
        qsort(rows, n, sizeof(rows[0]), cmp_str);
        int twice = 0;
        for (size_t k = 1; k < n && !twice; k++) {
            twice = strcmp(rows[k - 1], rows[k]) == 0;
            if (twice) {
                print_error("%s lists \"%s\" twice\n", files[f], rows[k]);
            }
        }
        for (size_t k = 0; k < n; k++) {
            free(rows[k]);
        }
        assert_false(twice);
    }
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_lexicon__loads_and_knows_stp_names),
        cmocka_unit_test(test_lexicon__errors_name_file_and_line),
        cmocka_unit_test(test_lexicon__given_names_say_a_gender_or_none),
        cmocka_unit_test(test_lexicon__token_tags_change_no_match),
        cmocka_unit_test(test_lexicon__shipped_files_list_each_phrase_once),
    };
    return cmocka_run_group_tests(tests, tu_setup_lexicon, tu_teardown_lexicon);
}
