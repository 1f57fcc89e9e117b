/*
 * counts.h - stage 7: how many were killed or injured, read from count
 * words near the events of a sentence, and how the counts of a repeated
 * report of one event combine. Runs after events, which it gives counts.
 */
#ifndef DYAD_COUNTS_H
#define DYAD_COUNTS_H

#include "doc.h"

/* Reads the casualty counts of sentence [first, end) and gives each to
 * its event among cands[cand_first..] (or an assault of the two sentences
 * before). */
void dy_counts_sentence(dy_ctx *c, size_t first, size_t end, dy_vec *cands,
                        size_t cand_first);

/* Gives event e the counts of its candidate k. */
void dy_counts_fill(dyad_event *e, const dy_ctx *x, const dy_cand *k);

/* The same event told again in its sentence (candidate k): e keeps its
 * counts and takes those it lacked from the repeat. */
void dy_counts_merge(dyad_event *e, const dy_ctx *x, const dy_cand *k);

#endif
