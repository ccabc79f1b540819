/* test_buf.c - the growing text buffer: formatted appends that fit the room left,
 * fill it exactly or pass it (formatted once, or measured and formatted again after
 * the buffer grows), and XML escaping (plain runs, the five entities, control
 * characters XML 1.0 does not allow); and the string vector, short and long (past
 * SG_STRV_SCAN_MAX, where a set beside it finds repeats), against a plain model. */
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

/* The model: the keys of the vector's strings, in order. */
typedef struct {
    int key[2048];
    size_t n;
} model_t;

static int model_has(const model_t *m, int key) {
    for (size_t i = 0; i < m->n; i++) {
        if (m->key[i] == key) {
            return 1;
        }
    }
    return 0;
}

/* A seeded run of appends (unique or not), removals and sorts, long enough to pass
 * the scan limit and come back under it: after every step the vector holds the
 * model's strings in the model's order, and contains agrees with it. */
static void test_buf__strv_against_a_model(void **state) {
    sg_strv_t v;
    model_t m = {{0}, 0};
    unsigned long seed = 12345;
    char s[32];
    (void)state;
    sg_strv_init(&v);
    for (int step = 0; step < 20000; step++) {
        seed = seed * 6364136223846793005UL + 1442695040888963407UL;
        unsigned r = (unsigned)(seed >> 33);
        int key = (int)(r % 300), op = (int)((r >> 12) % 100);
        snprintf(s, sizeof(s), "k%d", key);
        if (op < 70) {
            assert_int_equal(sg_strv_add_unique(&v, s), SG_OK);
            if (!model_has(&m, key)) {
                m.key[m.n++] = key;
            }
        } else if (op < 85 && !model_has(&m, key)) {
            /* a plain append of a new string: the set learns of it later */
            assert_int_equal(sg_strv_add(&v, s), SG_OK);
            m.key[m.n++] = key;
        } else if (op < 90 && m.n) {
            size_t i = r % m.n;
            sg_strv_remove(&v, i);
            m.key[i] = m.key[--m.n];
        } else if (op < 94) {
            sg_strv_sort(&v);
            for (size_t i = 0; i < v.n; i++) {
                m.key[i] = atoi(v.v[i] + 1);
            }
        } else if (op < 97 && m.n < 1000) {
            /* a long run of new strings: the list passes the scan limit */
            for (int k = 300; k < 340; k++) {
                snprintf(s, sizeof(s), "k%d", k + step);
                assert_int_equal(sg_strv_add_unique(&v, s), SG_OK);
                if (!model_has(&m, k + step)) {
                    m.key[m.n++] = k + step;
                }
            }
        }
        assert_int_equal(v.n, m.n);
        assert_true(m.n < 2000);
        for (size_t i = 0; i < m.n; i++) {
            snprintf(s, sizeof(s), "k%d", m.key[i]);
            assert_string_equal(v.v[i], s);
        }
        snprintf(s, sizeof(s), "k%d", key);
        assert_int_equal(sg_strv_contains(&v, s), model_has(&m, key));
    }
    sg_strv_release(&v);
}

/* A long vector's plain append, then a sort that moves it in among the strings the
 * set knows: it is still found, and not added twice. */
static void test_buf__strv_sorted_after_a_plain_append(void **state) {
    sg_strv_t v;
    char s[16];
    (void)state;
    sg_strv_init(&v);
    for (int i = 0; i < 2 * SG_STRV_SCAN_MAX; i++) {
        snprintf(s, sizeof(s), "s%03d", i);
        assert_int_equal(sg_strv_add_unique(&v, s), SG_OK);
    }
    assert_int_equal(sg_strv_add(&v, "a"), SG_OK);
    sg_strv_sort(&v);
    assert_true(sg_strv_contains(&v, "a"));
    assert_int_equal(sg_strv_add_unique(&v, "a"), SG_OK);
    assert_int_equal(sg_strv_add_unique(&v, "s000"), SG_OK);
    assert_int_equal(v.n, 2 * SG_STRV_SCAN_MAX + 1);
    assert_true(sg_strv_contains(&v, "a"));
    assert_string_equal(v.v[0], "a");
    sg_strv_release(&v);
}

/* sg_strv_add_all: src's strings in its order, each once, none already there. */
static void test_buf__strv_add_all(void **state) {
    sg_strv_t v, src;
    (void)state;
    sg_strv_init(&v);
    sg_strv_init(&src);
    assert_int_equal(sg_strv_add(&v, "b"), SG_OK);
    for (const char *const *p = (const char *const[]){"c", "b", "a", "c", NULL}; *p;
         p++) {
        assert_int_equal(sg_strv_add(&src, *p), SG_OK);
    }
    assert_int_equal(sg_strv_add_all(&v, &src), SG_OK);
    assert_int_equal(v.n, 3);
    assert_string_equal(v.v[0], "b");
    assert_string_equal(v.v[1], "c");
    assert_string_equal(v.v[2], "a");
    sg_strv_release(&v);
    sg_strv_release(&src);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_buf__printf_around_the_room_left),
        cmocka_unit_test(test_buf__xml_escapes),
        cmocka_unit_test(test_buf__strv_against_a_model),
        cmocka_unit_test(test_buf__strv_sorted_after_a_plain_append),
        cmocka_unit_test(test_buf__strv_add_all),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
