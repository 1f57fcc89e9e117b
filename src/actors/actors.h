/*
 * actors.h - stage 4: actor mentions composed from countries, demonyms, capitals, named actors,
 * agents and person names ("US Army Secretary Dan Driscoll" -> USAMIL),
 * with coordination ("US and Russian envoys") and in-document people.
 */
#ifndef DYAD_ACTORS_H
#define DYAD_ACTORS_H

#include "doc.h"

/* Finds mentions and places in sentence [first, end). */
int dy_actors_find(dy_ctx *c, size_t first, size_t end);

/* Country code of a place mention: its gazetteer entry's or lexicon
 * phrase's, its parent's when it is unresolved; "" when there is none. */
const char *dy_place_cc(const dy_ctx *c, const dy_placem *p);

#endif
