/*
 * dates.h - stage 8: when. The date of a sentence's events from the
 * document date and the sentence's words ("on Wednesday", "last week",
 * "on 19 November"), given to its candidates.
 */
#ifndef DYAD_DATES_H
#define DYAD_DATES_H

#include "doc.h"

enum { DY_PREC_DAY = 1, DY_PREC_WEEK, DY_PREC_MONTH, DY_PREC_YEAR };

/* dy_dates_sentence for a sentence with a candidate */
void dy_dates_read(const dy_ctx *c, size_t first, size_t end, dy_vec *cands,
                   size_t cand_first);

/* Dates the candidates cands[cand_first..] of sentence [first, end).
 * (Inline: a date is given to the sentence's candidates alone, and a
 * sentence with none, a third of them, is turned away here without the
 * call, whose entry saves the registers of the walks inlined in it.) */
static inline void dy_dates_sentence(const dy_ctx *c, size_t first,
                                     size_t end, dy_vec *cands,
                                     size_t cand_first)
{
    if (cand_first < cands->count)
        dy_dates_read(c, first, end, cands, cand_first);
}

#endif
