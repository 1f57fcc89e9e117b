/*
 * gazetteer.c - choosing among places of the same name: GeoNames places
 * ranked by primary name, the countries in context (this sentence's
 * places, earlier places, actors), feature class, size and a region named
 * after the place; romanisation variants matched by consonant skeleton.
 */
#include "place_int.h"

#include "lexicon/lexicon.h"
#include "match/match.h"

#include <stdio.h>
#include <string.h>

/* countries of the actors in the document so far (sentence ones count
 * more), for choosing among places of the same name */
void dy_place_cc_add(char set[32][4], int *n, const char *cc)
{
    for (int i = 0; i < *n; i++)
        if (dy_place_cc_same(set[i], cc))
            return;
    if (*n < 32) {
        dy_str_copyn(set[*n], 4, cc, 3);
        (*n)++;
    }
}

static int cc_has(char set[32][4], int n, const char *cc)
{
    for (int i = 0; i < n; i++)
        if (dy_place_cc_same(set[i], cc))
            return 1;
    return 0;
}

/* how much the context speaks for a place in country cc: the sentence's
 * other places, then earlier places, then actors (weakest: an attacker's
 * country is often not the place's). `own` is the country the place
 * itself counted in s, or NULL. Bounded sets keep this O(1) per place. */
static int context_score(const dy_ctx *c, const dy_sent_cc *s, const char *cc,
                         const char *own)
{
    for (int i = 0; i < s->n; i++)
        if (dy_place_cc_same(s->cc[i], cc)) {
            int n = s->count[i] - (own && dy_place_cc_same(own, cc));
            if (n > 0)
                return 500;
        }
    if (cc_has((char(*)[4])c->place_cc, c->nplace_cc, cc))
        return 400;
    if (cc_has((char(*)[4])c->actor_cc, c->nactor_cc, cc))
        return 150;
    return 0;
}

int dy_place_in_context(const dy_ctx *c, const dy_sent_cc *sc,
                        const char *cc)
{
    return context_score(c, sc, cc, NULL) > 0;
}

int dy_place_joined_particle(const dy_ctx *c, const dy_token *t)
{
    if (t->type != TT_WORD || (t->flags & TF_CAP) || t->len < 3)
        return 0;
    const char *w = c->text + t->start;
    size_t h = 1;
    while (h < t->len && h < 4 && w[h] >= 'a' && w[h] <= 'z')
        h++;
    return h < 4 && h + 1 < t->len && w[h] == '-' && w[h + 1] >= 'A' &&
           w[h + 1] <= 'Z';
}

/* 25 a decimal digit of the population after its first (as dividing by
 * ten until it is below ten counts them: a division a digit, up to nine
 * at each namesake; these compares are three or four) */
static int pop_score(uint32_t pop)
{
    int d = pop >= 100000
                ? (pop >= 10000000
                       ? (pop >= 1000000000 ? 9 : pop >= 100000000 ? 8 : 7)
                       : (pop >= 1000000 ? 6 : 5))
                : (pop >= 1000 ? (pop >= 10000 ? 4 : 3)
                               : (pop >= 100 ? 2 : pop >= 10 ? 1 : 0));
    return d * 25;
}

/* "Novoselivka, Donetsk": the name of the region after a place, which
 * picks among same-named villages by their ADM1 */
size_t dy_place_region_hint(const dy_ctx *c, size_t e, size_t end, char *out,
                            size_t cap)
{
    out[0] = '\0';
    if (e + 1 >= end || c->tok[e].type != TT_PUNCT ||
        c->lower.data[c->tok[e].lower] != ',' || !(c->tok[e + 1].flags & TF_CAP))
        return 0;
    size_t me;
    if (dy_match_at(c, e + 1, end, KIND_BIT(LX_COUNTRY), &me) != LX_NONE)
        return 0; /* "Avdiivka, Ukraine": a country, not a region */
    dy_str_copy(out, cap, dy_tok_lower(c, &c->tok[e + 1]));
    return strlen(out);
}

int dy_place_admin1_matches(const dyad_lexicon *lx, const lx_gplace *p,
                            const char *hint, size_t hl)
{
    if (!hl || !p->admin1)
        return 0;
    const char *a = lx_str(lx, p->admin1);
    size_t n = hl < 5 ? hl : 5;
    for (size_t i = 0; i < n; i++) {
        char x = a[i], y = hint[i];
        if (x >= 'A' && x <= 'Z')
            x = (char)(x - 'A' + 'a');
        if (!x || x != y)
            return 0;
    }
    return 1;
}

/* An ADM1 region (which GeoNames gives no population) ranks as a capital
 * does: a region named alone in the news is as likely meant as a country's
 * capital, more than a town of that name elsewhere ("clashes in Kasai" are
 * in Congo's province, not in Kasai, Hyogo) */
#define REGION_RANK 5

/* the best GeoNames place for a name: primary name, then the countries
 * in context, then feature class (capital, ADM1 region or seat...), then
 * size */
uint32_t dy_place_best_gplace(const dy_ctx *c, const dy_sent_cc *sc,
                              uint32_t gname, const char *own, const char *hint)
{
    const dyad_lexicon *lx = c->lx;
    const lx_gname *g = &lx->gnames[gname];
    size_t hl = hint ? strlen(hint) : 0;
    uint32_t best = LX_NONE;
    int best_score = -1, best_ctx = 0;
    for (uint32_t k = 0; k < g->count && k < 400; k++) {
        uint32_t slot = lx->gnlist[g->first + k];
        const lx_gplace *p = &lx->gplaces[slot & ~LX_GALT];
        int ctx = context_score(c, sc, p->cc, own);
        int score = (slot & LX_GALT ? 0 : 400) + ctx +
                    (p->region ? REGION_RANK : p->frank) * 60 +
                    pop_score(p->pop) +
                    (dy_place_admin1_matches(lx, p, hint, hl) ? 900 : 0);
        if (score > best_score) {
            best_score = score;
            best = slot & ~LX_GALT;
            best_ctx = ctx;
        }
    }
    /* "Zarichne, Donetsk" when no Zarichne lies in Donetsk: another
     * village of that name would be a wrong guess; the region placing it
     * (an unresolved place) is the honest answer */
    if (best != LX_NONE && hl && !dy_place_admin1_matches(lx, &lx->gplaces[best], hint, hl)) {
        int any = 0;
        for (uint32_t k = 0; k < g->count && k < 400 && !any; k++)
            any = dy_place_admin1_matches(lx, &lx->gplaces[lx->gnlist[g->first + k] & ~LX_GALT],
                                 hint, hl);
        /* even a big city: "New York, Donetsk" is a village of that name
         * in Donetsk oblast, not the city */
        if (!any)
            return LX_NONE;
    }
    /* a small place far from every country in context is more likely a
     * village the gazetteer lacks ("Mala Kostromka, Dnipropetrovsk" is
     * not Mala, Sweden) */
    if (best != LX_NONE && best_ctx == 0 && (sc->n > 0 || c->nplace_cc > 0)) {
        const lx_gplace *p = &lx->gplaces[best];
        if (p->frank < 4 && p->pop < 100000)
            return LX_NONE;
    }
    return best;
}

/* the lower-case words of tokens [first, end) joined by spaces, as the
 * gazetteer keys a name; 0 when they do not fit in cap */
size_t dy_place_name_key(const dy_ctx *c, size_t first, size_t end, char *key,
                         size_t cap)
{
    size_t kl = 0;
    for (size_t q = first; q < end; q++) {
        const dy_token *t = &c->tok[q];
        if (kl + t->lower_len + 2 > cap)
            return 0;
        if (q > first)
            key[kl++] = ' ';
        memcpy(key + kl, dy_tok_lower(c, t), t->lower_len);
        kl += t->lower_len;
    }
    return kl;
}

void dy_place_scc_add(dy_sent_cc *s, const char *cc)
{
    for (int i = 0; i < s->n; i++)
        if (dy_place_cc_same(s->cc[i], cc)) {
            s->count[i]++;
            return;
        }
    if (s->n < 32) {
        dy_str_copyn(s->cc[s->n], 4, cc, 3);
        s->count[s->n++] = 1;
    }
}

/* "Pechenihy, Kharkiv": a name GeoNames spells in another romanisation
 * (Pechenegi), found by its consonant skeleton (dy_skeleton) among the
 * places of the region named after it; the largest if several. Without a
 * region named, a skeleton matches too many places to be believed. */
uint32_t dy_place_skeleton(const dy_ctx *c, size_t first, size_t end,
                           const char *hint)
{
    const dyad_lexicon *lx = c->lx;
    char name[128], key[130];
    size_t nl = 0;
    for (size_t k = first; k < end; k++) {
        const dy_token *t = &c->tok[k];
        if (nl + t->lower_len + 1 >= sizeof name)
            return LX_NONE;
        memcpy(name + nl, dy_tok_lower(c, t), t->lower_len);
        nl += t->lower_len;
    }
    key[0] = '~';
    size_t kl = dy_skeleton(name, nl, key + 1, sizeof key - 1);
    if (kl < 3)
        return LX_NONE;
    uint32_t gn = dy_gaz_find(lx, key, kl + 1);
    if (gn == LX_NONE)
        return LX_NONE;
    const lx_gname *g = &lx->gnames[gn];
    size_t hl = strlen(hint);
    uint32_t best = LX_NONE;
    long best_score = -1;
    for (uint32_t k = 0; k < g->count && k < 400; k++) {
        uint32_t id = lx->gnlist[g->first + k] & ~LX_GALT;
        const lx_gplace *p = &lx->gplaces[id];
        if (!dy_place_admin1_matches(lx, p, hint, hl))
            continue;
        long score = (long)p->frank * 10000000L + (long)p->pop;
        if (score > best_score) {
            best_score = score;
            best = id;
        }
    }
    return best;
}
