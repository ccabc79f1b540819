/* test_jsonw.c - JSON written as it is made is laid out as jansson lays out the same
 * value (JSON_INDENT(1), JSON_REAL_PRECISION(10)): nested and empty objects and
 * arrays, null, booleans, whole numbers, reals and escaped strings. */
#include <jansson.h>

#include "testutil.h"

/* jansson's layout of what w wrote: parsed, then dumped again. */
static void assert_jansson_layout(const sg_buf_t *b) {
    json_error_t je;
    json_t *j = json_loadb(b->data, b->len, JSON_DECODE_ANY, &je);
    char *again;

    if (!j) {
        fail_msg("invalid JSON: %s at %d: %s", je.text, je.line, b->data);
    }
    again = json_dumps(j, JSON_INDENT(1) | JSON_REAL_PRECISION(10) | JSON_ENCODE_ANY);
    assert_non_null(again);
    assert_string_equal(b->data, again);
    free(again);
    json_decref(j);
}

static void test_jsonw__laid_out_as_jansson(void **state) {
    sg_buf_t b;
    sg_jw_t w;
    (void)state;
    sg_buf_init(&b);
    sg_jw_init(&w, &b);
    sg_jw_open(&w, '{');
    sg_jw_key(&w, "empty object");
    sg_jw_open(&w, '{');
    sg_jw_close(&w, '}');
    sg_jw_key(&w, "empty array");
    sg_jw_open(&w, '[');
    sg_jw_close(&w, ']');
    sg_jw_key(&w, "list");
    sg_jw_open(&w, '[');
    sg_jw_next(&w);
    sg_jw_null(&w);
    sg_jw_next(&w);
    sg_jw_bool(&w, 1);
    sg_jw_next(&w);
    sg_jw_bool(&w, 0);
    sg_jw_next(&w);
    sg_jw_int(&w, -9007199254740993LL);
    sg_jw_next(&w);
    sg_jw_open(&w, '[');
    sg_jw_next(&w);
    sg_jw_open(&w, '{');
    sg_jw_key(&w, "deep");
    sg_jw_real(&w, 2.5e-7);
    sg_jw_close(&w, '}');
    sg_jw_close(&w, ']');
    sg_jw_close(&w, ']');
    sg_jw_key(&w, "reals");
    sg_jw_open(&w, '[');
    const double reals[] = {0,       -0.0,   1, 100, 1e10, 1e21, 123456.789012345,
                            1.0 / 3, -2e-300};
    for (size_t i = 0; i < sizeof(reals) / sizeof(reals[0]); i++) {
        sg_jw_next(&w);
        sg_jw_real(&w, reals[i]);
    }
    sg_jw_close(&w, ']');
    sg_jw_key(&w, "a \"key\" \\ with\tescapes\x01");
    sg_jw_str(&w, "caf\xc3\xa9 \xe2\x80\x9cquoted\xe2\x80\x9d \x1f/");
    sg_jw_close(&w, '}');
    assert_int_equal(w.rc, SG_OK);
    assert_jansson_layout(&b);
    assert_int_equal(w.depth, 0);

    /* a lone value and an empty array at the top */
    b.len = 0;
    sg_jw_init(&w, &b);
    sg_jw_open(&w, '[');
    sg_jw_close(&w, ']');
    assert_string_equal(b.data, "[]");
    b.len = 0;
    sg_jw_init(&w, &b);
    sg_jw_str(&w, "x");
    assert_string_equal(b.data, "\"x\"");
    sg_buf_release(&b);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_jsonw__laid_out_as_jansson),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
