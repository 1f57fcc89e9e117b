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

enum { DY_PREC_DAY = 1, DY_PREC_WEEK, DY_PREC_MONTH, DY_PREC_YEAR };

/* The date of the events of sentence [first, end) and its precision
 * (0 and 0 when unknown). */
void dy_sentence_date(const dy_ctx *c, size_t first, size_t end,
                      int32_t *date, int *prec);
int32_t dy_date_add_days(int32_t ymd, int days);

/* CAMEO root (1..20) of a candidate's pattern. */
int dy_cand_root(const dy_ctx *c, const dy_cand *k);

#endif
