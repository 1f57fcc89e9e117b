/*
 * encoding.h - text that is not UTF-8 made UTF-8 (encoding.c): UTF-16
 * decoding, and bytes that are no UTF-8 repaired as Windows-1252.
 */
#ifndef DYAD_READER_ENCODING_H
#define DYAD_READER_ENCODING_H

#include "util/util.h"

#include <stddef.h>

/* Decodes UTF-16 (little-endian unless big_endian) from in (n bytes) into
 * out as UTF-8, as far as both allow (out needs room for 4 bytes a
 * step); *used is how many bytes of in were taken. A surrogate without
 * its pair, or an odd last byte when at_end, becomes U+FFFD; a high
 * surrogate whose pair is not in `in` yet waits unless at_end. Returns
 * the bytes written. */
size_t dy_enc_utf16(const unsigned char *in, size_t n, int big_endian,
                    int at_end, char *out, size_t cap, size_t *used);

/* The offset of the first byte of s that starts no valid UTF-8 sequence,
 * or (size_t)-1 when all of it is UTF-8. */
size_t dy_enc_first_invalid(const char *s, size_t n);

/* Rewrites b with each byte that starts no valid UTF-8 sequence read as
 * Windows-1252 (Latin-1 where it is undefined); *repaired is how many.
 * 0, or -1 out of memory (b as it was). */
int dy_enc_repair(dy_buf *b, size_t *repaired);

/* code point u as UTF-8 into out (room for 4); returns its length
 * (inline: the scanner's decode writes one at each \u escape) */
static inline size_t dy_enc_put_utf8(unsigned long u, char *out)
{
    if (u < 0x80) {
        out[0] = (char)u;
        return 1;
    }
    if (u < 0x800) {
        out[0] = (char)(0xC0 | (u >> 6));
        out[1] = (char)(0x80 | (u & 0x3F));
        return 2;
    }
    if (u < 0x10000) {
        out[0] = (char)(0xE0 | (u >> 12));
        out[1] = (char)(0x80 | ((u >> 6) & 0x3F));
        out[2] = (char)(0x80 | (u & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (u >> 18));
    out[1] = (char)(0x80 | ((u >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((u >> 6) & 0x3F));
    out[3] = (char)(0x80 | (u & 0x3F));
    return 4;
}

#endif
