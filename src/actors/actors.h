/*
 * actors.h - stage 4: actor mentions composed from countries, demonyms,
 * capitals, named actors, agents and person names ("US Army Secretary Dan
 * Driscoll" -> USAMIL), with coordination ("US and Russian envoys") and
 * people remembered within the document; a role with no country takes
 * its context's, marked inferred ("Police in Lagos" -> NGACOP).
 */
#ifndef DYAD_ACTORS_H
#define DYAD_ACTORS_H

#include "doc.h"

/* Finds the actor mentions of sentence [first, end). */
int dy_actors_find(dy_ctx *c, size_t first, size_t end);

#endif
