/*
 * events.h - stage 6: who did what to whom. Event candidates from the verb
 * and noun patterns that fire in a sentence, with their source and target,
 * their place (asked of src/place/), background acts and attackers
 * inferred from the document's conflict dyad.
 */
#ifndef DYAD_EVENTS_H
#define DYAD_EVENTS_H

#include "doc.h"

/* Finds event candidates in sentence si = tokens [first, end). */
int dy_events_sentence(dy_ctx *c, uint32_t si, size_t first, size_t end,
                       dy_vec *cands);

#endif
