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
 * events past it). `scratch` (of dyad_event) is the work array, emptied
 * first and kept, up to DY_EMIT_KEEP events of room, for the next call.
 * DYAD_ENOMEM. */
int dy_emit(dyad_event **events, size_t *count, size_t *dropped, dy_arena *a,
            const dy_ctx *x, const dy_vec *cands, const dy_sent *sents,
            dy_vec *scratch);

/* The document's mentions of actors the lexicon lacks (unknown.c), in
 * text order, into arena `a`: *out and *count. Mentions the actors stage
 * read by shape, title, apposition or misspelling (dy_mention.origin);
 * names of two or more capitalised words that no actor or place covers
 * right before an event's verb group (or noun trigger) or right after its
 * trigger (past one preposition and determiners), outside sentences
 * written in title case. Reads the stages' state only. DYAD_ENOMEM. */
int dy_emit_unknown(dyad_unknown_actor **out, size_t *count, dy_arena *a,
                    const dy_ctx *x, const dy_vec *cands,
                    const dy_sent *sents, size_t nsent);

#endif
