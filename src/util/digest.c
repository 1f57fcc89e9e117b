/*
 * digest.c - SHA-256 of a byte string in hex (nettle): the content hash
 * that keys a document without an id and tells whether a stored key holds
 * the same text (docs/store.md, "Identity"). Domain-free.
 */
#include "util.h"

#include <nettle/sha2.h>

void dy_sha256_hex(const void *p, size_t n, char out[DY_SHA256_HEX])
{
    static const char hex[] = "0123456789abcdef";
    struct sha256_ctx ctx;
    uint8_t d[SHA256_DIGEST_SIZE];
    sha256_init(&ctx);
    /* nettle takes a size_t length; no chunking needed */
    sha256_update(&ctx, n, n ? (const uint8_t *)p : (const uint8_t *)"");
    sha256_digest(&ctx, sizeof d, d);
    for (size_t i = 0; i < sizeof d; i++) {
        out[2 * i] = hex[d[i] >> 4];
        out[2 * i + 1] = hex[d[i] & 15];
    }
    out[2 * sizeof d] = '\0';
}
