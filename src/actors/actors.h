/*
 * actors.h - stage 3: lexicon phrase matching over tokens, and actor
 * mentions composed from countries, demonyms, capitals, named actors,
 * agents and person names ("US Army Secretary Dan Driscoll" -> USAMIL),
 * with coordination ("US and Russian envoys") and in-document people.
 */
#ifndef DYAD_ACTORS_H
#define DYAD_ACTORS_H

#include "doc.h"

#define KIND_BIT(k) (1u << (k))

/* Longest contiguous match at token i (< end) of a phrase whose kind is in
 * `kinds`; the phrase id, or LX_NONE. *mend gets one past its last token. */
uint32_t dy_match_at(const dy_ctx *c, size_t i, size_t end, uint32_t kinds,
                     size_t *mend);

/* Finds mentions and places in sentence [first, end). */
int dy_actors_find(dy_ctx *c, size_t first, size_t end);

/* Country code of a place mention: its gazetteer entry's or lexicon
 * phrase's, its parent's when it is unresolved; "" when there is none. */
const char *dy_place_cc(const dy_ctx *c, const dy_placem *p);

#endif
