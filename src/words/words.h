/*
 * words.h - stage 2: per token lower-case form, WordNet lemmas (morphy
 * rules over the in-memory index), possible parts of speech, and a
 * context-rule tagger that picks one tag per token.
 */
#ifndef DYAD_WORDS_H
#define DYAD_WORDS_H

#include "doc.h"

/* Fills c->tok[0..n) from raw tokens: forms, word ids, lemmas. */
int dy_words_analyse(dy_ctx *c, const dy_tok *raw, size_t n);
/* Tags tokens [first, end) of one sentence. */
void dy_words_tag(dy_ctx *c, size_t first, size_t end);
/* Looks up the well-known word ids used by later stages. */
void dy_words_init_ids(dy_ctx *c);
const char *dy_tag_name(int tag);

#endif
