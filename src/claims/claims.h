/*
 * claims.h - stage 5: on whose word. Each event's status (asserted,
 * reported, confirmed, denied, hypothetical, future, negated), who it is
 * attributed to, and who contests it.
 */
#ifndef DYAD_CLAIMS_H
#define DYAD_CLAIMS_H

#include "doc.h"

/* Qualifies the candidates [cand_first, count) of sentence si. */
int dy_claims_sentence(dy_ctx *c, uint32_t si, size_t first, size_t end,
                       dy_vec *cands, size_t cand_first);

/* Appeals, demands, refusals and threats take the code of the act they
 * ask for, refuse or threaten (which becomes embedded); protests and
 * demands for reform the digit of their topic. Candidates
 * [cand_first, count). */
void dy_claims_complements(dy_ctx *c, dy_vec *cands, size_t cand_first);

#endif
