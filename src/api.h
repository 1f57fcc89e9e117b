/*
 * api.h - what the edges need from the coder internals: the result layout
 * (format/ writes a result through its allocator) and, for eval/, the
 * coder's lexicon and the place of an event word.
 */
#ifndef DYAD_API_INT_H
#define DYAD_API_INT_H

#include "doc.h"

/* a coder: one thread's scratch for coding documents */
struct dyad_coder {
    const dyad_lexicon *lx;
    dyad_options opts;
    dy_mem mem;
    dy_vec raw;   /* dy_tok */
    dy_vec sents; /* dy_sent */
    dy_vec cands; /* dy_cand */
    dy_vec evs;   /* dyad_event: the emitter's, kept for the next document */
    dy_ctx ctx;
    size_t tok_cap;
};

struct dyad_result {
    dy_mem mem;
    dy_arena arena;
    dyad_doc doc;         /* strings owned by the arena */
    dyad_event *events;   /* count items in the arena */
    size_t count;
    size_t nsent;
    size_t dropped;       /* events past options.max_events */
    dyad_unknown_actor *unknown; /* nunknown items in the arena */
    size_t nunknown;
};

/* Codes doc and finds the place that goes with the event word at byte
 * span [vstart, vstart+vlen): its span goes to pstart and plen (plen 0
 * when there is none).
 * Also gives the location the coder's events would carry (for eval). */
int dy_locate_word(dyad_coder *c, const dyad_doc *doc, size_t vstart,
                   size_t vlen, size_t *pstart, size_t *plen,
                   dyad_error *err);

/* Codes one document (dyad_code without the NULL check of out); the
 * coder's scratch keeps the document's stages until the next call (for
 * explain and eval). */
int dy_code_run(dyad_coder *c, const dyad_doc *doc, dyad_result **out,
                dyad_error *err);

/* the lexicon a coder codes with (for eval/eval.c) */
const dyad_lexicon *dy_coder_lexicon(const dyad_coder *c);

#endif
