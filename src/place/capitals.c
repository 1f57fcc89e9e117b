/*
 * capitals.c - the capitalised words of a sentence, marked once in a
 * bitmap (dy_ctx.caps) for the passes of the actors and place stages that
 * look for names starting with one: they step from one to the next
 * (dy_caps_next) instead of testing every token.
 */
#include "place.h"

void dy_caps_mark(dy_ctx *c, size_t first, size_t end)
{
    size_t n = end - first < DY_CAPS_MEMO ? end - first : DY_CAPS_MEMO;
    const dy_token *t = c->tok + first;
    for (size_t b = 0; b < n; b += 64) {
        size_t m = n - b < 64 ? n - b : 64;
        uint64_t bits = 0;
        for (size_t k = 0; k < m; k++)
            bits |= dy_cap_word(&t[b + k]) << k;
        c->caps[b >> 6] = bits;
    }
    c->caps_first = first;
    c->caps_end = end;
}
