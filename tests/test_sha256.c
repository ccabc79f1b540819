/* test_sha256.c - document fingerprints: known digests, and the processor's SHA
 * instructions (when it has them) giving the portable code's digest for every
 * length around the block boundaries and for a long input. */
#include <stdlib.h>

#include "sha256.h"
#include "testutil.h"

static void test_sha256__known_digests(void **state) {
    char out[65];
    (void)state;
    sg_sha256_hex("", 0, out);
    assert_string_equal(out, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    sg_sha256_hex("abc", 3, out);
    assert_string_equal(out, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    const char *two = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
    sg_sha256_hex(two, strlen(two), out);
    assert_string_equal(out, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    sg_sha256_hex_portable(two, strlen(two), out);
    assert_string_equal(out, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

static void test_sha256__instructions_match_portable(void **state) {
    size_t big = 1 << 20;
    unsigned char *data = malloc(big);
    uint64_t x = 88172645463325252ULL;
    char a[65], b[65];
    (void)state;
    assert_non_null(data);
    for (size_t i = 0; i < big; i++) {
        x ^= x << 13, x ^= x >> 7, x ^= x << 17;
        data[i] = (unsigned char)x;
    }
    for (size_t len = 0; len <= 300; len++) {
        sg_sha256_hex(data, len, a);
        sg_sha256_hex_portable(data, len, b);
        assert_string_equal(a, b);
    }
    sg_sha256_hex(data, big, a);
    sg_sha256_hex_portable(data, big, b);
    assert_string_equal(a, b);
    free(data);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sha256__known_digests),
        cmocka_unit_test(test_sha256__instructions_match_portable),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
