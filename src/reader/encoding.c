/*
 * encoding.c - text that is not UTF-8 made UTF-8 (docs/input.md,
 * "Encodings"): UTF-16 after its byte order mark, decoded as it is read;
 * and, when asked (DYAD_F_REPAIR_ENCODING), bytes that are no UTF-8 read
 * as Windows-1252, the encoding such bytes nearly always come from in
 * news text (Latin-1 for the five bytes Windows-1252 leaves undefined).
 */
#include "reader/encoding.h"

#include <stdint.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* Windows-1252's 0x80-0x9F; 0xA0-0xFF are Latin-1's, the code points of
 * the same value */
static const unsigned short cp1252_high[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

size_t dy_enc_utf16(const unsigned char *in, size_t n, int big_endian,
                    int at_end, char *out, size_t cap, size_t *used)
{
    size_t i = 0, o = 0;
    while (i + 2 <= n && o + 4 <= cap) {
        unsigned long u = big_endian ? (unsigned long)(in[i] << 8 | in[i + 1])
                                     : (unsigned long)(in[i + 1] << 8 | in[i]);
        size_t step = 2;
        if (u >= 0xD800 && u < 0xDC00) { /* a high surrogate */
            if (i + 4 > n && !at_end)
                break; /* its pair is in the next read */
            unsigned long lo =
                i + 4 > n ? 0
                : big_endian ? (unsigned long)(in[i + 2] << 8 | in[i + 3])
                             : (unsigned long)(in[i + 3] << 8 | in[i + 2]);
            if (lo >= 0xDC00 && lo < 0xE000) {
                u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
                step = 4;
            } else {
                u = 0xFFFD;
            }
        } else if (u >= 0xDC00 && u < 0xE000) {
            u = 0xFFFD; /* a low surrogate alone */
        }
        o += dy_enc_put_utf8(u, out + o);
        i += step;
    }
    if (at_end && i + 1 == n && o + 4 <= cap) { /* an odd last byte */
        o += dy_enc_put_utf8(0xFFFD, out + o);
        i++;
    }
    *used = i;
    return o;
}

size_t dy_enc_first_invalid(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    for (size_t i = 0; i < n;) {
#if defined(__SSE2__)
        if (n - i >= 16) { /* sixteen with SSE2 (every x86-64) */
            __m128i w = _mm_loadu_si128((const __m128i *)(const void *)(u + i));
            if (!_mm_movemask_epi8(w)) {
                i += 16;
                continue;
            }
        }
#endif
        if (n - i >= 8) { /* eight ASCII bytes a step */
            uint64_t w;
            memcpy(&w, u + i, 8);
            if (!(w & 0x8080808080808080ull)) {
                i += 8;
                continue;
            }
        }
        size_t len = dy_utf8_len(u + i, n - i);
        if (!len)
            return i;
        i += len;
    }
    return (size_t)-1;
}

int dy_enc_repair(dy_buf *b, size_t *repaired)
{
    size_t bad = dy_enc_first_invalid(b->data, b->len);
    *repaired = 0;
    if (bad == (size_t)-1)
        return 0;
    dy_buf out;
    dy_buf_init(&out, b->mem);
    const unsigned char *u = (const unsigned char *)b->data;
    dy_buf_put(&out, b->data, bad);
    for (size_t i = bad; i < b->len;) {
        size_t len = dy_utf8_len(u + i, b->len - i);
        if (len) {
            dy_buf_put(&out, u + i, len);
            i += len;
            continue;
        }
        unsigned c = u[i++];
        char enc[4];
        unsigned long cp = c < 0xA0 ? cp1252_high[c - 0x80] : c;
        dy_buf_put(&out, enc, dy_enc_put_utf8(cp, enc));
        (*repaired)++;
    }
    if (out.failed) {
        dy_buf_free(&out);
        return -1;
    }
    dy_buf_free(b);
    *b = out;
    return 0;
}
