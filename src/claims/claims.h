/*
 * claims.h - stage 5: on whose word. Each event's status (asserted,
 * reported, confirmed, denied, hypothetical, future, negated), who it is
 * attributed to, and who contests it.
 */
#ifndef DYAD_CLAIMS_H
#define DYAD_CLAIMS_H

#include "doc.h"
#include "match/match.h"

/* dy_claims_sentence for a sentence with a candidate or a say word */
int dy_claims_read(dy_ctx *c, uint32_t si, size_t first, size_t end,
                   dy_vec *cands, size_t cand_first);

/* Qualifies the candidates [cand_first, count) of sentence si. (Inline:
 * a sentence with no candidate is read only for the frames of its say
 * words, dy_claims_read, and one with neither, the union of its tokens'
 * kinds tells, is turned away here without the call, whose entry saves
 * the registers of the rules inlined in it.) */
static inline int dy_claims_sentence(dy_ctx *c, uint32_t si, size_t first,
                                     size_t end, dy_vec *cands,
                                     size_t cand_first)
{
    if (cand_first == cands->count && !(c->sent_kinds & KIND_BIT(LX_SAY)))
        return 0;
    return dy_claims_read(c, si, first, end, cands, cand_first);
}

/* Appeals, demands, refusals and threats take the code of the act they
 * ask for, refuse or threaten (which becomes embedded); protests and
 * demands for reform the digit of their topic. Candidates
 * [cand_first, count). */
void dy_claims_complements(dy_ctx *c, dy_vec *cands, size_t cand_first);

#endif
