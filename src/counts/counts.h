/*
 * counts.h - stage 7: how many were killed or injured, read from count
 * words near the events of a sentence, and how the counts of a repeated
 * report of one event combine. Runs after events, which it gives counts.
 */
#ifndef DYAD_COUNTS_H
#define DYAD_COUNTS_H

#include "doc.h"
#include "match/match.h"

/* dy_counts_sentence for a sentence with a count word */
void dy_counts_read(dy_ctx *c, size_t first, size_t end, dy_vec *cands,
                    size_t cand_first);

/* Reads the casualty counts of sentence [first, end) and gives each to
 * its event among cands[cand_first..] (or an assault of the two sentences
 * before). (Inline: a count phrase starts at a word whose kinds say so,
 * and a sentence with none, most of them, the union of its tokens' kinds
 * tells without the call, whose entry saves the registers of the walk
 * inlined in it.) */
static inline void dy_counts_sentence(dy_ctx *c, size_t first, size_t end,
                                      dy_vec *cands, size_t cand_first)
{
    if (c->sent_kinds & KIND_BIT(LX_COUNT))
        dy_counts_read(c, first, end, cands, cand_first);
}

/* Gives event e the counts of its candidate k. */
void dy_counts_fill(dyad_event *e, const dy_ctx *x, const dy_cand *k);

/* The same event told again in its sentence (candidate k): e keeps its
 * counts and takes those it lacked from the repeat. */
void dy_counts_merge(dyad_event *e, const dy_ctx *x, const dy_cand *k);

#endif
