/*
 * event_place.c - which place goes with an event: the first place after
 * the trigger in its clause that follows in/near/at (or a place noun: "the
 * city of X"), a place opening the sentence, the object of a verb trigger
 * ("captured Jaffna"), "X, Region" after the trigger, the more exact place
 * apposed to a coarse one ("the Belarus capital Minsk"), ACLED's "coded to
 * X"; failing all, one named anywhere in the sentence, marked loose.
 */
#include "place.h"
#include "place_int.h"

#include "match/match.h"
#include "words/words.h"

#include <string.h>

/* words between a preposition and a place: "the city of", "the area of";
 * not a word of an actor's name ("the Islamic State of Iraq") */
static int place_noun(const dy_ctx *c, const dy_token *t)
{
    return t->mention < 0 && (dy_in_class_noun(c, DY_CL_PLACE_NOUN, t) ||
                              dy_in_class_noun(c, DY_CL_PLACE_WORD, t));
}

static int is_direction(const dy_ctx *c, const dy_token *t)
{
    return dy_in_class(c, DY_CL_DIRECTION, t);
}

static int is_loc_prep(const dy_ctx *c, const dy_token *t)
{
    return dy_tok_has(t, c->w_in) || dy_tok_has(t, c->w_near) ||
           dy_tok_has(t, c->w_at) || dy_in_class(c, DY_CL_PLACE_PREP, t);
}

/* a place our lists name: a gazetteer place or a place phrase of the
 * lexicon (not a country) */
static int listed_place(const dy_ctx *c, const dy_placem *pm)
{
    return pm->gaz != LX_NONE ||
           (pm->phrase != LX_NONE &&
            c->lx->phrases[pm->phrase].kind == LX_PLACE);
}

/* The tokens [*lo, *hi) of the sentence [first, end) that hold all its
 * places (*lo == *hi when it names none): the places are found sentence by
 * sentence, so its own are the run of c->places that starts at first or
 * later and before end (after it, during the events stage, none). A token
 * outside them has no place; a place dropped after it was found only makes
 * the span wider. Every place search below reads only inside it: most
 * sentences name no place, and each of their events read the whole
 * sentence three times to find none. */
static void place_span(const dy_ctx *c, size_t first, size_t end, size_t *lo,
                       size_t *hi)
{
    *lo = end;
    *hi = end;
    size_t h = first;
    for (size_t q = c->places.count; q-- > 0;) {
        const dy_placem *pm = dy_vec_at(&c->places, q);
        if (pm->first >= end)
            continue;
        if (pm->first < first)
            break;
        if (pm->first < *lo)
            *lo = pm->first;
        if (pm->end > h)
            h = pm->end;
    }
    if (*lo < end)
        *hi = h < end ? h : end;
}

/* "the Belarus capital Minsk", "the Shiite holy city of Najaf", "Iraq's
 * northern city of Mosul", "the Red Sea island of X", "the Lebanese port
 * city of Tripoli": after a country or a demonym, a
 * region or a name no gazetteer knows, the place named after a place noun
 * is the more exact one; else p ("the Ghat area of Doda district" stays
 * at Ghat) */
static int32_t apposed_place(const dy_ctx *c, int32_t p, size_t end)
{
    const dy_placem *pm = dy_vec_at(&c->places, (size_t)p);
    if (pm->gaz != LX_NONE)
        return p;
    if (!pm->unresolved) {
        const lx_phrase *ph = &c->lx->phrases[pm->phrase];
        if (ph->kind != LX_COUNTRY && ph->kind != LX_DEMONYM &&
            !(ph->kind == LX_PLACE && strcmp(lx_str(c->lx, ph->ptype), "city")))
            return p;
    }
    size_t k = pm->end;
    int noun = 0, poss = 0;
    while (k < end && k < pm->end + 5) {
        const dy_token *u = &c->tok[k];
        /* "Syria's western Hama province": a place after the possessive */
        /* (not "Iraq's holy Shiite city of Karbala": a place noun and
         * "of" after it name the place) */
        if (poss && !noun && u->place >= 0 && u->place != p) {
            const dy_placem *q = dy_vec_at(&c->places, (size_t)u->place);
            size_t a = q->end;
            if (!(a + 1 < end && place_noun(c, &c->tok[a]) &&
                  dy_tok_has(&c->tok[a + 1], c->w_of)))
                return u->place;
            k = a;
            continue;
        }
        if (place_noun(c, u))
            noun = 1;
        else if (!(u->tag == TAG_ADJ || u->tag == TAG_POSS ||
                   is_direction(c, u) ||
                   /* the rest of a name: "Bab al-Mu'adham area" */
                   (k == pm->end && pm->unresolved &&
                    dy_place_joined_particle(c, u))))
            break;
        poss |= u->tag == TAG_POSS;
        k++;
    }
    if (!noun)
        return p;
    if (k < end && dy_tok_has(&c->tok[k], c->w_of))
        k++;
    /* "the Bab al-Mu'adham area in central Baghdad": a name no gazetteer
     * knows, in the place after it */
    else if (k + 1 < end && pm->unresolved && dy_tok_has(&c->tok[k], c->w_in))
        for (k++; k + 1 < end && k < pm->end + 8 &&
                  (c->tok[k].tag == TAG_ADJ || is_direction(c, &c->tok[k]));)
            k++;
    if (k < end && c->tok[k].place >= 0 && c->tok[k].place != p)
        return c->tok[k].place;
    return p;
}

/* "a US convoy", "a U.S. airstrike": a country's name before a common
 * noun qualifies the noun; it does not place the event */
static int country_modifier(const dy_ctx *c, const dy_placem *pm, size_t end)
{
    if (pm->gaz != LX_NONE || pm->phrase == LX_NONE ||
        c->lx->phrases[pm->phrase].kind != LX_COUNTRY || pm->end >= end)
        return 0;
    const dy_token *n = &c->tok[pm->end];
    return n->tag == TAG_NOUN && n->lower_len > 1 && !place_noun(c, n);
}

/* "(coded to Bashtanka, Mykolaiv)": where an ACLED note places its event
 * when the text names a district or a front instead */
static int32_t coded_to(const dy_ctx *c, size_t first, size_t end)
{
    size_t lo, hi;
    place_span(c, first, end, &lo, &hi);
    if (lo == hi)
        return -1;
    /* (its place at k + 2, inside the span) */
    for (size_t k = lo >= first + 2 ? lo - 2 : first; k + 2 < hi; k++)
        if (c->tok[k].lower_len == 5 &&
            !memcmp(dy_tok_lower(c, &c->tok[k]), "coded", 5) &&
            dy_tok_has(&c->tok[k + 1], c->w_to) && c->tok[k + 2].place >= 0)
            return c->tok[k + 2].place;
    return -1;
}

/* a list's comma ("houses, power and gas lines in X"): the clause goes on */
static int list_comma(const dy_ctx *c, size_t k, size_t end)
{
    if (k == 0 || k + 1 >= end || c->lower.data[c->tok[k].lower] != ',')
        return 0;
    const dy_token *b = &c->tok[k - 1], *a = &c->tok[k + 1];
    /* (not "by gunmen, and in X", "Potocari, a village near X", "mills,
     * two of which") */
    const dy_token *a2 = k + 2 < end ? &c->tok[k + 2] : NULL;
    return (b->tag == TAG_NOUN || b->tag == TAG_PROPN) &&
           (a->tag == TAG_NOUN || a->tag == TAG_ADJ || a->tag == TAG_PROPN ||
            (dy_tok_has(a, c->w_and) && a2 &&
             (a2->tag == TAG_NOUN || a2->tag == TAG_ADJ))) &&
           a->place < 0 && a->mention < 0;
}

/* a place no finer than a region: a country, a region or oblast, or a
 * name no gazetteer knows */
static int coarse_place(const dy_ctx *c, int32_t p, size_t end)
{
    const dy_placem *pm = dy_vec_at(&c->places, (size_t)p);
    /* "the Lozivskyi district", "Bashtanska hromada": a division named
     * like a village */
    if (pm->end < end && dy_in_class(c, DY_CL_DIVISION, &c->tok[pm->end]))
        return 1;
    if (pm->gaz != LX_NONE)
        return 0;
    if (pm->unresolved || pm->phrase == LX_NONE)
        return 1;
    const lx_phrase *ph = &c->lx->phrases[pm->phrase];
    return ph->kind != LX_PLACE || strcmp(lx_str(c->lx, ph->ptype), "city");
}

/* the place of an event: first place after the trigger in its clause that
 * follows in/near/at ("the city of X", "the X region" included); else the
 * first such place anywhere in the sentence */
static int32_t event_place(const dy_ctx *c, size_t first, size_t end,
                           size_t tstart, size_t from)
{
    size_t lo, hi;
    place_span(c, first, end, &lo, &hi);
    if (lo == hi)
        return -1;
    for (int pass = 0; pass < 2; pass++) {
        /* pass 1: a place opening the sentence ("In Kyiv, ..."); (no
         * place after hi) */
        size_t stop = pass ? (first + 4 < hi ? first + 4 : hi) : hi;
        for (size_t k = pass ? first : from; k < stop; k++) {
            const dy_token *t = &c->tok[k];
            if (pass == 0 && dy_is_quote(c, t) &&
                c->lower.data[t->lower] == '\'')
                continue; /* "a Russian 'Shahed-136' drone near X" */
            if (pass == 0 && t->type == TT_PUNCT &&
                c->lower.data[t->lower] != '-' && k > from &&
                !(c->lower.data[t->lower] == ',' && k + 1 < end &&
                  c->tok[k + 1].place >= 0 && c->tok[k - 1].tag == TAG_PROPN) &&
                !list_comma(c, k, end))
                break;
            if (t->place < 0)
                continue;
            const dy_placem *pl = dy_vec_at(&c->places, (size_t)t->place);
            if (pl->end < end && c->tok[pl->end].tag == TAG_POSS &&
                apposed_place(c, t->place, end) == t->place) {
                k = pl->end; /* "in Ukraine's army": not a place */
                continue;
            }
            if (pass == 0 && country_modifier(c, pl, end)) {
                k = pl->end - 1;
                continue;
            }
            size_t b = k;
            int named = 0, crossed = 0, direction = 0;
            while (b > first && k - b < 7) {
                const dy_token *u = &c->tok[b - 1];
                if (u->tag == TAG_DET || u->tag == TAG_ADJ || place_noun(c, u) ||
                    /* "of mostly Christian eastern Beirut" */
                    u->tag == TAG_ADV ||
                    (u->tag == TAG_PROPN && u->mention < 0 && u->place < 0 &&
                     c->tok[b].tag == TAG_ADJ) ||
                    dy_tok_has(u, c->w_of) || u->type == TT_NUM ||
                    /* "the Turkish southern city of", "the Belarus capital" */
                    (u->mention >= 0 && crossed) ||
                    /* "in the bombardment of X", "the settlements of X" */
                    (u->tag == TAG_NOUN && dy_tok_has(&c->tok[b], c->w_of)) ||
                    /* "in Jerusalem's walled Old City" */
                    (u->tag == TAG_POSS && b - 1 > first &&
                     c->tok[b - 2].place >= 0)) {
                    if (place_noun(c, u)) {
                        crossed = 1;
                        direction |= is_direction(c, u);
                    }
                    b--;
                    continue;
                }
                /* "near Virnopillia, Kharkiv": a village GeoNames lacks,
                 * then its region */
                if (!named && u->type == TT_PUNCT &&
                    c->lower.data[u->lower] == ',' && b - 1 > first &&
                    c->tok[b - 2].tag == TAG_PROPN && c->tok[b - 2].place < 0 &&
                    c->tok[b - 2].mention < 0) {
                    b -= 2;
                    named = 1;
                    continue;
                }
                break;
            }
            if (b > first && is_loc_prep(c, &c->tok[b - 1]))
                return t->place;
            /* "on the outskirts of X", "an ambush north of X" */
            if (b > first && crossed &&
                (dy_tok_has(&c->tok[b - 1], c->w_on) || direction))
                return t->place;
            /* "on the Jaffna Peninsula", "on Route 58": on a place that is
             * no country ("sanctions on Iran" name a target) */
            if (b > first && dy_tok_has(&c->tok[b - 1], c->w_on) &&
                t->mention < 0 &&
                (pl->unresolved || listed_place(c, pl)))
                return t->place;
            /* "captured Jaffna", "struck the area of X" (the object; an
             * actor object such as "attacked Ukraine" is the target) */
            /* (the verb may head a longer trigger: "regained control of
             * Rubizhne") */
            if (b > first && c->tok[b - 1].tag == TAG_VERB && b <= from &&
                b - 1 >= tstart &&
                (t->mention < 0 || listed_place(c, pl)))
                return t->place; /* a city, even a capital ("captured
                                    Seoul"), is a place; a country is a
                                    target */
            const dy_placem *pm = dy_vec_at(&c->places, (size_t)t->place);
            k = pm->end - 1;
        }
    }
    /* last: "shelled with rocket launchers, mortars and artillery
     * Lysychansk, Luhansk": a place named with its region ("X, Region")
     * after the trigger, across the clause's commas (not in a quote's or
     * another sentence's) */
    for (size_t k = from; k + 2 < end && k < hi; k++) {
        const dy_token *t = &c->tok[k];
        if (t->type == TT_PUNCT && (c->lower.data[t->lower] == ';' ||
                                    c->lower.data[t->lower] == '"'))
            break;
        if (t->place < 0)
            continue;
        const dy_placem *pm = dy_vec_at(&c->places, (size_t)t->place);
        /* ("Lysychansk, Luhansk", "Cadiz, Spain"; a name read as an actor
         * too still counts, unless it is a country: "attacked Ukraine,
         * Russia") */
        if (pm->end + 1 < end && c->tok[pm->end].type == TT_PUNCT &&
            c->lower.data[c->tok[pm->end].lower] == ',' &&
            c->tok[pm->end + 1].place >= 0 &&
            c->tok[pm->end + 1].place != t->place &&
            (pm->unresolved || listed_place(c, pm)))
            return t->place;
        k = pm->end - 1;
    }
    return -1;
}

/* "in the Bashtanskyi district (coded to Bashtanka, Mykolaiv)": the
 * coder's place is finer than a district or region, or than none */
int32_t dy_place_refine(const dy_ctx *c, size_t first, size_t end,
                        int32_t p)
{
    if (p < 0 || coarse_place(c, p, end)) {
        int32_t q = coded_to(c, first, end);
        if (q >= 0)
            p = q;
    }
    return p < 0 ? p : apposed_place(c, p, end);
}

int32_t dy_place_of_event(const dy_ctx *c, size_t first, size_t end,
                          size_t from)
{
    return dy_place_refine(c, first, end,
                        event_place(c, first, end, from ? from - 1 : 0, from));
}

/* the same for a verb trigger from tstart: a place right after it is its
 * object ("regained control of Rubizhne") */
int32_t dy_place_of_verb(const dy_ctx *c, size_t first, size_t end,
                         size_t tstart, size_t from)
{
    return dy_place_refine(c, first, end,
                           event_place(c, first, end, tstart, from));
}

/* The place of an event its clause does not place: one after in/near/at
 * anywhere in the sentence, before or after the trigger ("Russian forces
 * attempted an offensive in the direction of Kryvyi Rih, Dnipropetrovsk,
 * and clashed with Ukrainian forces"); not a country that is an actor.
 * Only the event's location: it makes no target. */
static int32_t sentence_place(const dy_ctx *c, size_t first, size_t end)
{
    size_t lo, hi;
    place_span(c, first, end, &lo, &hi);
    for (size_t k = lo; k < hi; k++) {
        const dy_token *t = &c->tok[k];
        if (t->place < 0 || k == first)
            continue;
        const dy_placem *pm = dy_vec_at(&c->places, (size_t)t->place);
        size_t b = k;
        while (b > first && k - b < 6 &&
               (c->tok[b - 1].tag == TAG_DET || c->tok[b - 1].tag == TAG_ADJ ||
                place_noun(c, &c->tok[b - 1]) ||
                dy_tok_has(&c->tok[b - 1], c->w_of)))
            b--;
        int32_t ap = b > first && is_loc_prep(c, &c->tok[b - 1])
                         ? apposed_place(c, t->place, end)
                         : -1;
        /* ("in Syria's Hama province": the province, though Syria is an
         * actor too) */
        if (ap >= 0 &&
            (ap != t->place ||
             (!(pm->end < end && c->tok[pm->end].tag == TAG_POSS) &&
              !(t->mention >= 0 && pm->gaz == LX_NONE &&
                pm->phrase != LX_NONE &&
                c->lx->phrases[pm->phrase].kind == LX_COUNTRY))))
            return ap;
        k = pm->end - 1;
    }
    return -1;
}

/* an event its clause does not place takes the sentence's place, marked
 * loose */
void dy_place_loosely(const dy_ctx *c, dy_cand *k, size_t first, size_t end)
{
    if (k->place >= 0)
        return;
    k->place = sentence_place(c, first, end);
    k->place_loose = k->place >= 0;
}
