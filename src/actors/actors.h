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

/* The country the document has named most in the sentences the actors
 * stage has read (places and stated actors; ties: the latest), or NULL;
 * in a lower-case document, the country its names name when they name
 * one. */
const char *dy_actors_doc_country(const dy_ctx *c);

/* TABARI's composition ("option agent-groups"; groups.c): base (a
 * country's or named actor's code, "" for none) with agent (an agent
 * phrase's code: groups of 3, and '~' after them for one written before
 * the country), each group base does not hold at a group's place after it
 * or before it, into code (cap bytes, at least 16). */
void dy_actors_agent_groups(const char *base, const char *agent, char *code,
                            size_t cap);

#endif
