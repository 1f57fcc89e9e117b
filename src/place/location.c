/*
 * location.c - the location record of an event (dyad_location): name and
 * span as written, country, precision, coordinates, ADM1 and GeoNames id,
 * from the gazetteer place, the lexicon place or country, or, for a name
 * no gazetteer knows, its region or the country of the sentence's nearest
 * known place.
 */
#include "place.h"

#include <stdio.h>
#include <string.h>

/* the country of an unknown name, no point: that of the nearest known
 * place of its sentence, preferring one after it ("Yakovlivka, Bakhmutskyi
 * district, Donetsk"); NULL when there is none */
static const char *nearest_country(dy_arena *a, const dy_ctx *x,
                                   const dy_placem *pm, const dy_cand *k)
{
    const dy_placem *near = NULL;
    for (size_t q = 0; q < x->places.count; q++) {
        const dy_placem *o = dy_vec_at(&x->places, q);
        if (o->unresolved || o->first < k->sent_first || o->end > k->sent_end)
            continue;
        if (!near || (o->first >= pm->end &&
                      (near->first < pm->end || o->first < near->first)))
            near = o;
    }
    if (!near)
        return NULL;
    const char *cc = dy_place_country(x, near);
    if (!cc[0])
        return NULL;
    char c3[4];
    dy_str_copyn(c3, sizeof c3, cc, 3);
    return dy_arena_dup(a, c3);
}

/* a GeoNames place: city precision (admin1 for a region), its point, ADM1
 * and id */
static void from_gazetteer(dy_arena *a, const dyad_lexicon *lx,
                           const lx_gplace *g, dyad_location *loc)
{
    loc->country = dy_arena_dup(a, g->cc);
    loc->precision = g->region ? "admin1" : "city";
    loc->lat = g->lat;
    loc->lon = g->lon;
    loc->admin1 = g->admin1 ? lx_str(lx, g->admin1) : NULL;
    loc->geonameid = (long)g->geonameid;
    loc->gazetteer_name = lx_str(lx, g->name);
}

/* a lexicon place, country or capital (a capital has no point of its own
 * in the lexicon) */
static void from_phrase(dy_arena *a, const dyad_lexicon *lx,
                        const lx_phrase *pp, dyad_location *loc)
{
    char cc[4];
    dy_str_copyn(cc, sizeof cc, lx_str(lx, pp->code), 3);
    loc->country = dy_arena_dup(a, cc);
    loc->precision = pp->kind == LX_PLACE ? lx_str(lx, pp->ptype) : "country";
    loc->lat = pp->lat;
    loc->lon = pp->lon;
    if (pp->kind == LX_CAPITAL) {
        loc->lat = loc->lon = 0; /* no coordinates without a place */
        loc->precision = "city";
    }
}

int dy_place_location(const dyad_location **out, dy_arena *a,
                      const dy_ctx *x, const dy_cand *k)
{
    const dyad_lexicon *lx = x->lx;
    const dy_placem *pm = dy_vec_at(&x->places, (size_t)k->place);
    dyad_location *loc = dy_arena_alloc(a, sizeof *loc);
    if (!loc)
        return DYAD_ENOMEM;
    loc->name = dy_tokens_text(a, x, pm->first, pm->end, &loc->span);
    const dy_placem *at = pm;
    if (pm->unresolved && pm->parent >= 0)
        at = dy_vec_at(&x->places, (size_t)pm->parent);
    if (pm->unresolved && pm->parent < 0) {
        loc->precision = "unknown"; /* named, not found */
        loc->country = nearest_country(a, x, pm, k);
    } else if (at->gaz != LX_NONE) {
        from_gazetteer(a, lx, &lx->gplaces[at->gaz], loc);
    } else {
        from_phrase(a, lx, &lx->phrases[at->phrase], loc);
    }
    /* "near Berestove, Donetsk": a village the gazetteer lacks, placed by
     * its region: the region's coordinates and precision */
    if (pm->unresolved && pm->parent >= 0) {
        dyad_span ps;
        loc->precision = "admin1";
        loc->admin1 = dy_tokens_text(a, x, at->first, at->end, &ps);
        loc->geonameid = 0;
        loc->gazetteer_name = NULL;
    }
    loc->loose = k->place_loose;
    *out = loc;
    return 0;
}
