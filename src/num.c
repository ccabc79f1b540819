/* num.c - a double written as printf's "%.15g" writes it, without printf: the
 * graph's centrality numbers are most of a graph file's numbers, and glibc's
 * printf takes about 2,900 instructions for one of them. Whole numbers (degrees)
 * are written as integers.
 *
 * The 15 digits are the exact value of the double scaled by a power of ten and
 * rounded to nearest, ties to even (as glibc rounds): a double is m * 2^e, so
 * m * 10^k * 2^e, or m * 2^e / 10^k, is worked out in 128-bit integers with its
 * remainder. Magnitudes whose scaling does not fit in 128 bits (below 1e-8, or
 * past 1e38) are left to snprintf, as are subnormals, infinities and NaNs. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "sg_util.h"

__extension__ typedef unsigned __int128 u128;

#define DIGITS 15
#define TEN15 1000000000000000ULL /* 10^DIGITS */
#define TEN14 100000000000000ULL

static const uint64_t TEN[20] = {1ULL,
                                 10ULL,
                                 100ULL,
                                 1000ULL,
                                 10000ULL,
                                 100000ULL,
                                 1000000ULL,
                                 10000000ULL,
                                 100000000ULL,
                                 1000000000ULL,
                                 10000000000ULL,
                                 100000000000ULL,
                                 1000000000000ULL,
                                 10000000000000ULL,
                                 100000000000000ULL,
                                 1000000000000000ULL,
                                 10000000000000000ULL,
                                 100000000000000000ULL,
                                 1000000000000000000ULL,
                                 10000000000000000000ULL};

/* 10^k, for 0 <= k <= 38 */
static u128 pow10_128(int k) {
    return k < 20 ? TEN[k] : (u128)TEN[19] * TEN[k - 19];
}

/* round(a * 10^(14 - x)) for a = m * 2^e, into *q: 1 when it was worked out exactly
 * (q may then be outside [10^14, 10^15] when x was not a's decimal exponent), 0 when
 * the numbers do not fit. */
static int scaled(uint64_t m, int e, int x, uint64_t *q) {
    int k = DIGITS - 1 - x;
    u128 num, div, quot, rem;

    if (k >= 0) {
        /* a < 10^15 < 2^53 <= m, so e < 0: (m * 10^k) / 2^-e */
        if (k > 22 || e >= 0 || -e > 126) {
            return 0;
        }
        num = (u128)m * pow10_128(k);
        quot = num >> -e;
        rem = num & (((u128)1 << -e) - 1);
        div = (u128)1 << -e;
    } else {
        /* m * 2^e / 10^-k, with 2^e in the numerator or in the divisor */
        if (-k > 24) {
            return 0;
        }
        div = pow10_128(-k);
        if (e >= 0) {
            if (e > 74) {
                return 0;
            }
            num = (u128)m << e;
        } else {
            if (-e > 40) {
                return 0; /* cannot be: a >= 10^15 takes e >= -3 */
            }
            num = m;
            div <<= -e;
        }
        quot = num / div;
        rem = num % div;
    }
    if (quot >= (u128)TEN15 * 10) {
        return 0; /* x far off: never, with x at most one too low */
    }
    /* to nearest, a tie to the even one */
    if (rem > div - rem || (rem == div - rem && (quot & 1))) {
        quot++;
    }
    *q = (uint64_t)quot;
    return 1;
}

/* The digits of n (below 10^15) at p; returns the end. */
static char *integer(uint64_t n, char *p) {
    char d[DIGITS];
    int i = DIGITS;

    do {
        d[--i] = (char)('0' + n % 10);
        n /= 10;
    } while (n);
    memcpy(p, d + i, (size_t)(DIGITS - i));
    return p + (DIGITS - i);
}

size_t sg_fmt_real(double v, char *out) {
    char d[DIGITS], *p = out;
    uint64_t bits, m, q, q2;
    int e, x, n;

    memcpy(&bits, &v, sizeof(bits));
    e = (int)(bits >> 52 & 0x7FF);
    if (!(bits << 1)) {
        memcpy(out, bits ? "-0" : "0", bits ? 3 : 2);
        return bits ? 2 : 1;
    }
    if (e == 0 || e == 0x7FF) {
        /* subnormals, infinities and NaNs */
        return (size_t)snprintf(out, SG_REAL_MAX, "%.15g", v);
    }
    if (bits >> 63) {
        *p++ = '-';
    }
    /* |v| = m * 2^e exactly, with 2^52 <= m < 2^53 */
    m = (bits & (((uint64_t)1 << 52) - 1)) | (uint64_t)1 << 52;
    e -= 1075;
    if (e <= 0 && e > -53 && !(m & (((uint64_t)1 << -e) - 1)) && (m >> -e) < TEN15) {
        /* a whole number of at most fifteen digits, written as it is */
        p = integer(m >> -e, p);
        *p = '\0';
        return (size_t)(p - out);
    }
    /* the decimal exponent: floor(log10(2^(e + 52))) (78913 / 2^18 is log10(2) to
     * within 2^-25), one too low when m's own digits carry it over */
    n = e + 52;
    x = n >= 0 ? (n * 78913) >> 18 : -((-n * 78913 + 262143) >> 18);
    if (!scaled(m, e, x, &q)) {
        return (size_t)snprintf(out, SG_REAL_MAX, "%.15g", v);
    }
    if (q <= TEN14) {
        /* x too high, unless |v| rounds to 10^x: one lower gives 10^15 then */
        if (!scaled(m, e, x - 1, &q2)) {
            return (size_t)snprintf(out, SG_REAL_MAX, "%.15g", v);
        }
        q = q2 < TEN15 ? q2 : TEN15; /* 10^15: carried back below */
        x--;
    } else if (q > TEN15) {
        x++;
        if (!scaled(m, e, x, &q)) {
            return (size_t)snprintf(out, SG_REAL_MAX, "%.15g", v);
        }
    }
    if (q == TEN15) {
        /* rounded up to the next power of ten */
        q = TEN14;
        x++;
    }
    if (q < TEN14 || q >= TEN15) {
        return (size_t)snprintf(out, SG_REAL_MAX, "%.15g", v); /* never, in theory */
    }
    integer(q, d); /* 10^14 <= q < 10^15: DIGITS digits */
    n = DIGITS;
    while (n > 1 && d[n - 1] == '0') {
        n--; /* %g drops the fraction's trailing zeros */
    }
    if (x < -4 || x >= DIGITS) {
        *p++ = d[0];
        if (n > 1) {
            *p++ = '.';
            memcpy(p, d + 1, (size_t)n - 1);
            p += n - 1;
        }
        *p++ = 'e';
        *p++ = x < 0 ? '-' : '+';
        x = x < 0 ? -x : x;
        if (x >= 100) {
            *p++ = (char)('0' + x / 100);
        }
        *p++ = (char)('0' + x / 10 % 10);
        *p++ = (char)('0' + x % 10);
    } else if (x >= 0) {
        /* x + 1 digits before the point, and the point only before a fraction */
        memcpy(p, d, (size_t)x + 1);
        p += x + 1;
        if (n > x + 1) {
            *p++ = '.';
            memcpy(p, d + x + 1, (size_t)(n - x - 1));
            p += n - x - 1;
        }
    } else {
        *p++ = '0';
        *p++ = '.';
        for (int i = -1; i > x; i--) {
            *p++ = '0';
        }
        memcpy(p, d, (size_t)n);
        p += n;
    }
    *p = '\0';
    return (size_t)(p - out);
}
