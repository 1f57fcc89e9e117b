/*
 * api.h - what the edges need from the coder internals: the result layout
 * (format/ writes a result through its allocator) and, for eval/, the
 * coder's lexicon and the place of an event word.
 */
#ifndef DYAD_API_INT_H
#define DYAD_API_INT_H

#include "doc.h"

struct dyad_result {
    dy_mem mem;
    dy_arena arena;
    dyad_doc doc;         /* strings owned by the arena */
    dyad_event *events;   /* count items in the arena */
    size_t count;
    size_t nsent;
};

/* Codes doc and finds the place that goes with the event word at byte
 * span [vstart, vstart+vlen): its span goes to pstart and plen (plen 0
 * when there is none).
 * Also gives the location the coder's events would carry (for eval). */
int dy_locate_word(dyad_coder *c, const dyad_doc *doc, size_t vstart,
                   size_t vlen, size_t *pstart, size_t *plen,
                   dyad_error *err);

/* the lexicon a coder codes with (for eval/eval.c) */
const dyad_lexicon *dy_coder_lexicon(const dyad_coder *c);

#endif
