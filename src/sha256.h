/* sha256.h - SHA-256 digest as 64 lower-case hex digits (internal). */
#ifndef SG_SHA256_H
#define SG_SHA256_H

#include <stddef.h>

void sg_sha256_hex(const void *data, size_t len, char out[65]);

#endif
