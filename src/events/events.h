/*
 * events.h - stage 4: verb and noun event patterns, their source and
 * target, where the event happened and how many were killed or injured.
 */
#ifndef DYAD_EVENTS_H
#define DYAD_EVENTS_H

#include "doc.h"

/* Finds event candidates in sentence si = tokens [first, end). */
int dy_events_sentence(dy_ctx *c, uint32_t si, size_t first, size_t end,
                       dy_vec *cands);

/* CAMEO root (1..20) of a candidate's pattern. */
int dy_cand_root(const dy_ctx *c, const dy_cand *k);

#endif
