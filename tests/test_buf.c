/* test_buf.c - the growing text buffer: formatted appends that fit the room left,
 * fill it exactly or pass it (formatted once, or measured and formatted again after
 * the buffer grows), and XML escaping (plain runs, the five entities, control
 * characters XML 1.0 does not allow). */
#include "testutil.h"

/* What sg_buf_printf appends is what snprintf makes, at every length around the
 * room the buffer has left, and the text stays NUL-terminated. */
static void test_buf__printf_around_the_room_left(void **state) {
    (void)state;
    for (size_t before = 0; before < 80; before++) {
        for (size_t arg = 0; arg < 150; arg += 7) {
            char want[512], s[160];
            sg_buf_t b;
            memset(s, 'x', arg);
            s[arg] = '\0';
            sg_buf_init(&b);
            for (size_t i = 0; i < before; i++) {
                assert_int_equal(sg_buf_append(&b, "ab" + i % 2, 1), SG_OK);
            }
            snprintf(want, sizeof(want), "%.*s[%s|%zu]", (int)before,
                     b.data ? b.data : "", s, arg);
            assert_int_equal(sg_buf_printf(&b, "[%s|%zu]", s, arg), SG_OK);
            assert_int_equal(b.len, strlen(want));
            assert_string_equal(b.data, want);
            assert_true(b.cap > b.len);
            sg_buf_release(&b);
        }
    }
}

/* Plain text in one piece, the five entities, tab, newline and carriage return
 * kept, other control characters dropped, multi-byte UTF-8 as it is. */
static void test_buf__xml_escapes(void **state) {
    sg_buf_t b;
    (void)state;
    sg_buf_init(&b);
    assert_int_equal(sg_buf_puts(&b, "<x a=\""), SG_OK);
    assert_int_equal(
        sg_buf_xml(&b, "Tom & Jerry's \"<b>\"\x01\x1f\t\n\r caf\xc3\xa9 end"), SG_OK);
    assert_string_equal(b.data,
                        "<x a=\"Tom &amp; Jerry&apos;s &quot;&lt;b&gt;&quot;\t\n\r "
                        "caf\xc3\xa9 end");
    b.len = 0;
    assert_int_equal(sg_buf_xml(&b, ""), SG_OK);
    assert_int_equal(b.len, 0);
    assert_int_equal(sg_buf_xml(&b, "&&\x02"), SG_OK);
    assert_string_equal(b.data, "&amp;&amp;");
    sg_buf_release(&b);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_buf__printf_around_the_room_left),
        cmocka_unit_test(test_buf__xml_escapes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
