/* sha256.h - SHA-256 digest as 64 lower-case hex digits (internal). */
#ifndef SG_SHA256_H
#define SG_SHA256_H

#include <stddef.h>
#include <stdint.h>

void sg_sha256_hex(const void *data, size_t len, char out[65]);
/* The same without the processor's SHA instructions (for tests). */
void sg_sha256_hex_portable(const void *data, size_t len, char out[65]);
/* n 64-byte blocks into state h (portable: never the SHA instructions). */
void sg_sha256_blocks(uint32_t h[8], const unsigned char *p, size_t n, int portable);

#endif
