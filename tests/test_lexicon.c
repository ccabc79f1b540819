/* test_lexicon.c - loading the lexicon folder and its errors. */
#include <unistd.h>

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
    snprintf(cmd, sizeof(cmd),
             "cp graphs/lexicon/*.tsv %s && printf 'chair\\tboss\\n' >> %s/roles.tsv",
             dir, dir);
    assert_int_equal(system(cmd), 0);
    sg_error_clear(&err);
    assert_int_equal(sg_lexicon_load(dir, &lex, &err), SG_EPARSE);
    assert_null(lex);
    assert_non_null(strstr(err.source, "roles.tsv"));
    assert_true(err.line > 1);
    assert_non_null(strstr(err.message, "boss"));
    snprintf(cmd, sizeof(cmd), "rm -rf %s", dir);
    assert_int_equal(system(cmd), 0);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_lexicon__loads_and_knows_stp_names),
        cmocka_unit_test(test_lexicon__errors_name_file_and_line),
    };
    return cmocka_run_group_tests(tests, tu_setup_lexicon, tu_teardown_lexicon);
}
