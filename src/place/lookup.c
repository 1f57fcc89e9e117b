/*
 * lookup.c - the places a name means, for a store query by place name
 * (dyad_lexicon_find_places): the lexicon's places and countries whose
 * words are the name's, and the GeoNames places that bear it as their
 * name or an alternate name ("Kiev" is an alternate name of Kyiv). Reads
 * the lexicon image only; outside the coding pipeline.
 */
#include "place_int.h"

#include "lexicon/lexicon.h"
#include "text/text.h"

#include <stdio.h>
#include <string.h>

#define NAME_WORDS 8 /* words of a place name looked up */

/* adds a place unless one at the same point is there; returns the count */
static size_t add_ref(dyad_place_ref *out, size_t cap, size_t n,
                      const char *name, const char *cc, double lat,
                      double lon, long geonameid)
{
    for (size_t i = 0; i < n && i < cap; i++)
        if (out[i].lat == lat && out[i].lon == lon &&
            out[i].geonameid == geonameid)
            return n;
    if (n < cap) {
        dyad_place_ref *r = &out[n];
        r->name = name;
        dy_str_copyn(r->country, sizeof r->country, cc, 3);
        r->lat = lat;
        r->lon = lon;
        r->geonameid = geonameid;
    }
    return n + 1;
}

/* the word ids of the lower-case name's words; 0 when a word is unknown */
static size_t name_words(const dyad_lexicon *lx, const char *low, size_t len,
                         uint32_t *ids)
{
    size_t n = 0;
    for (size_t i = 0; i < len && n < NAME_WORDS;) {
        while (i < len && low[i] == ' ')
            i++;
        size_t e = i;
        while (e < len && low[e] != ' ')
            e++;
        if (e == i)
            break;
        uint32_t w = dy_lexicon_find(lx, low + i, e - i);
        if (w == LX_NONE)
            return 0;
        ids[n++] = w;
        i = e;
    }
    return n;
}

/* the lexicon's places and countries whose words are ids[0..nw) */
static size_t lexicon_places(const dyad_lexicon *lx, const uint32_t *ids,
                             size_t nw, dyad_place_ref *out, size_t cap,
                             size_t n)
{
    for (uint32_t p = 0; nw && p < lx->nphrases; p++) {
        const lx_phrase *ph = &lx->phrases[p];
        if ((ph->kind != LX_PLACE && ph->kind != LX_COUNTRY) ||
            ph->nwords != nw ||
            memcmp(lx->pwords + ph->words, ids, nw * sizeof *ids) != 0)
            continue;
        n = add_ref(out, cap, n, lx_str(lx, ph->text), lx_str(lx, ph->code),
                    ph->lat, ph->lon, 0);
    }
    return n;
}

/* the GeoNames places that bear the name, primary names first */
static size_t gazetteer_places(const dyad_lexicon *lx, const char *low,
                               size_t len, dyad_place_ref *out, size_t cap,
                               size_t n)
{
    uint32_t gn = dy_gaz_find(lx, low, len);
    if (gn == LX_NONE)
        return n;
    const lx_gname *g = &lx->gnames[gn];
    for (int alt = 0; alt < 2; alt++)
        for (uint32_t k = 0; k < g->count && k < 400; k++) {
            uint32_t slot = lx->gnlist[g->first + k];
            if (!(slot & LX_GALT) != !alt)
                continue;
            const lx_gplace *p = &lx->gplaces[slot & ~LX_GALT];
            n = add_ref(out, cap, n, lx_str(lx, p->name), p->cc, p->lat,
                        p->lon, (long)p->geonameid);
        }
    return n;
}

size_t dyad_lexicon_find_places(const dyad_lexicon *lx, const char *name,
                                dyad_place_ref *out, size_t cap)
{
    if (!lx || !name || (!out && cap))
        return 0;
    char low[256];
    uint32_t ids[NAME_WORDS];
    size_t len = dy_text_lower(name, strlen(name), low, sizeof low);
    size_t n = lexicon_places(lx, ids, name_words(lx, low, len, ids), out,
                              cap, 0);
    return gazetteer_places(lx, low, len, out, cap, n);
}
