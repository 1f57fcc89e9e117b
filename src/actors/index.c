/*
 * index.c - lexicon tables the actors stage builds once per coder, on its
 * first sentence: which three-letter codes are countries (a code's
 * country is its first three letters only when they are one: IGOUNO,
 * IMGREB and the roles are not), and the one-word names a misspelt word
 * is compared with, grouped by first letter and sorted by length so that
 * a word meets only the few names it could be one edit away from.
 */
#include "actors_int.h"

#include <string.h>

/* index of an upper-case three-letter code in the country bit set, or -1 */
static int code_bit(const char *code)
{
    int v = 0;
    for (int k = 0; k < 3; k++) {
        if (code[k] < 'A' || code[k] > 'Z')
            return -1;
        v = v * 26 + (code[k] - 'A');
    }
    return v;
}

int dy_actors_is_country(const dy_ctx *c, const char *code)
{
    int b = code_bit(code);
    return b >= 0 && (c->ax.country[b >> 3] >> (b & 7) & 1u);
}

/* does word w key a one-word phrase of a name kind (country, capital,
 * demonym, actor)? */
static int is_name(const dyad_lexicon *lx, uint32_t w)
{
    const uint32_t kinds = (1u << LX_COUNTRY) | (1u << LX_CAPITAL) |
                           (1u << LX_DEMONYM) | (1u << LX_ACTOR);
    const lx_word *x = &lx->words[w];
    if (!(x->kinds & kinds))
        return 0;
    for (uint32_t q = 0; q < x->phr_count; q++) {
        const lx_phrase *p = &lx->phrases[lx->pindex[x->phr_first + q]];
        if (p->nwords == 1 && (kinds >> p->kind & 1u))
            return 1;
    }
    return 0;
}

/* the names' letter (0-25) when word w is a name of 6+ letters, else -1 */
static int name_letter(const dyad_lexicon *lx, uint32_t w)
{
    const char *s = lx_str(lx, lx->words[w].str);
    if (s[0] < 'a' || s[0] > 'z' || strlen(s) < 6 || !is_name(lx, w))
        return -1;
    return s[0] - 'a';
}

/* the names, counted per letter, then placed (at most DY_NAMES_MAX: the
 * rest are not compared) and sorted by length within their letter */
static void index_names(dy_ctx *c)
{
    const dyad_lexicon *lx = c->lx;
    dy_actor_index *ax = &c->ax;
    uint32_t count[26] = {0}, fill[26];
    for (uint32_t w = 0; w < lx->nwords; w++) {
        int l = name_letter(lx, w);
        if (l >= 0)
            count[l]++;
    }
    uint32_t at = 0;
    for (int l = 0; l < 26; l++) { /* (each letter fills its range) */
        ax->names_first[l] = at;
        fill[l] = at;
        at += count[l];
        if (at > DY_NAMES_MAX)
            at = DY_NAMES_MAX;
    }
    ax->names_first[26] = at;
    for (uint32_t w = 0; w < lx->nwords; w++) {
        int l = name_letter(lx, w);
        if (l >= 0 && fill[l] < ax->names_first[l + 1])
            ax->names[fill[l]++] = w;
    }
    /* (names of more than 255 bytes are not compared) */
    for (int l = 0; l < 26; l++) /* insertion sort: a letter holds few */
        for (uint32_t i = ax->names_first[l] + 1; i < fill[l]; i++) {
            uint32_t w = ax->names[i];
            size_t n = strlen(lx_str(lx, lx->words[w].str));
            uint32_t j = i;
            while (j > ax->names_first[l] &&
                   strlen(lx_str(lx, lx->words[ax->names[j - 1]].str)) > n) {
                ax->names[j] = ax->names[j - 1];
                j--;
            }
            ax->names[j] = w;
        }
    for (uint32_t i = 0; i < ax->names_first[26]; i++) {
        size_t n = strlen(lx_str(lx, lx->words[ax->names[i]].str));
        ax->names_len[i] = (uint8_t)(n > 255 ? 255 : n);
    }
}

void dy_actors_index(dy_ctx *c)
{
    if (c->ax.is_ready)
        return;
    const dyad_lexicon *lx = c->lx;
    memset(&c->ax, 0, sizeof c->ax);
    for (uint32_t i = 0; i < lx->nphrases; i++) {
        const lx_phrase *p = &lx->phrases[i];
        if (p->kind != LX_COUNTRY)
            continue;
        int b = code_bit(lx_str(lx, p->code));
        if (b >= 0)
            c->ax.country[b >> 3] |= (uint8_t)(1u << (b & 7));
    }
    index_names(c);
    c->ax.is_ready = 1;
}
