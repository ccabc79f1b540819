/* test_num.c - sg_fmt_real writes what snprintf's "%.15g" writes: for values that
 * round by ties (to even), next to every power of ten it can scale exactly, across
 * the whole range of doubles (random bit patterns) and across the magnitudes of
 * centrality numbers (random values from 1e-9 to 1e23), and for the values it
 * leaves to snprintf (zeros, infinities, NaN, the smallest and largest). */
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>

#include "testutil.h"

/* Whether sg_fmt_real(v) is snprintf's "%.15g" of v; prints the first few that
 * are not. */
static int same_as_printf(double v) {
    static int shown;
    char want[64], got[SG_REAL_MAX];
    size_t n = sg_fmt_real(v, got);
    int w = snprintf(want, sizeof(want), "%.15g", v);

    if ((size_t)w == n && strcmp(want, got) == 0) {
        return 1;
    }
    if (shown++ < 10) {
        fprintf(stderr, "%a: printf %s, sg_fmt_real %s\n", v, want, got);
    }
    return 0;
}

static uint64_t next(uint64_t *x) {
    *x ^= *x << 13, *x ^= *x >> 7, *x ^= *x << 17;
    return *x;
}

static void test_num__ties_round_to_even(void **state) {
    size_t bad = 0;
    (void)state;
    /* sixteen digits ending in 5, exactly representable: the fifteenth digit is
     * kept when even and rounded up when odd */
    assert_true(same_as_printf(123456789012344.5));
    assert_true(same_as_printf(123456789012345.5));
    assert_true(same_as_printf(1000000000000005.0));
    assert_true(same_as_printf(1000000000000015.0));
    assert_true(same_as_printf(0.5));
    assert_true(same_as_printf(2.5));
    for (uint64_t k = 100000000000000ULL; k < 100000000000000ULL + 20000; k++) {
        bad += !same_as_printf((double)k + 0.5);
        bad += !same_as_printf((double)(k * 10 + 5));
        bad += !same_as_printf(-((double)k + 0.5) / 1024);
    }
    assert_int_equal(bad, 0);
}

static void test_num__powers_of_ten(void **state) {
    size_t bad = 0;
    (void)state;
    for (int k = -12; k <= 30; k++) {
        double p = pow(10, k), v = p;
        for (int i = 0; i < 40; i++) {
            v = nextafter(v, 0);
        }
        for (int i = 0; i < 80; i++) {
            bad += !same_as_printf(v);
            v = nextafter(v, INFINITY);
        }
        /* the neighbours of the fifteen-digit rounding point below 10^k */
        v = p * (1 - 5e-16);
        for (int i = 0; i < 40; i++) {
            bad += !same_as_printf(v);
            v = nextafter(v, INFINITY);
        }
    }
    assert_int_equal(bad, 0);
}

static void test_num__random_doubles(void **state) {
    uint64_t x = 88172645463325252ULL;
    size_t bad = 0;
    (void)state;
    for (int i = 0; i < 200000; i++) {
        uint64_t bits = next(&x);
        double v;
        memcpy(&v, &bits, sizeof(v));
        if (isfinite(v)) {
            bad += !same_as_printf(v);
        }
        /* the range the graph's numbers are in, log-uniform, and integers */
        v = pow(10, -9 + 32 * ((double)(next(&x) >> 11) / 9007199254740992.0));
        bad += !same_as_printf(v);
        bad += !same_as_printf(-v);
        bad += !same_as_printf((double)(next(&x) >> (next(&x) % 64)));
    }
    assert_int_equal(bad, 0);
}

static void test_num__left_to_printf(void **state) {
    const double v[] = {0.0,     -0.0,   INFINITY, -INFINITY, NAN,  DBL_MAX,
                        DBL_MIN, 5e-324, 1e-300,   1e300,     1e-9, 3.4e38,
                        1e22,    1e23,   1,        -1,        1e15, 123456};
    (void)state;
    for (size_t i = 0; i < sizeof(v) / sizeof(v[0]); i++) {
        assert_true(same_as_printf(v[i]));
    }
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_num__ties_round_to_even),
        cmocka_unit_test(test_num__powers_of_ten),
        cmocka_unit_test(test_num__random_doubles),
        cmocka_unit_test(test_num__left_to_printf),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
