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
        size_t m = n - b < 64 ? n - b : 64, k = 0;
        const dy_token *u = t + b;
        uint64_t bits = 0;
        /* (four tokens a step: the loop's own count and test are as many
         * instructions as a token's) */
        for (; k + 4 <= m; k += 4)
            bits |= (dy_cap_word(&u[k]) | dy_cap_word(&u[k + 1]) << 1 |
                     dy_cap_word(&u[k + 2]) << 2 |
                     dy_cap_word(&u[k + 3]) << 3)
                    << k;
        for (; k < m; k++)
            bits |= dy_cap_word(&u[k]) << k;
        c->caps[b >> 6] = bits;
    }
    c->caps_first = first;
    c->caps_end = end;
    dy_place_memo_drop(c); /* (a sentence the actors stage did not see) */
}
