/*
 * emit.h - the last stage: qualified candidates become owned event
 * records (dyad_event): coordinated actors expanded into one event per
 * dyad, one event per sentence, code and dyad, document order.
 */
#ifndef DYAD_EMIT_H
#define DYAD_EMIT_H

#include "doc.h"

/* names of the ST_* statuses, as the output writes them */
extern const char *const dy_status_names[];

/* Emits the events of candidates `cands` (sentences `sents`) into arena
 * `a`: *events and *count (at most x->opts->max_events; *dropped the
 * events past it). DYAD_ENOMEM. */
int dy_emit(dyad_event **events, size_t *count, size_t *dropped, dy_arena *a,
            const dy_ctx *x, const dy_vec *cands, const dy_sent *sents);

#endif
