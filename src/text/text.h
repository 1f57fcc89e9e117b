/*
 * text.h - stage 1: tokens with byte spans into the original text,
 * lower-case normalised forms (quotes, dashes, diacritics), sentences.
 */
#ifndef DYAD_TEXT_H
#define DYAD_TEXT_H

#include "util/util.h"

#include <stdint.h>

enum { TT_WORD = 1, TT_NUM, TT_PUNCT };
enum {
    TF_CAP = 1,     /* first letter upper case */
    TF_ALLCAP = 2,  /* every letter upper case, two or more letters */
    TF_PARA = 4,    /* a blank line (paragraph break) precedes it */
    TF_PERIOD = 8,  /* the token ends in '.' (abbreviation, initials) */
    TF_QUOTE = 16,  /* a quotation mark */
    TF_OPEN = 32,   /* opening quote or bracket */
    TF_CLOSE = 64,  /* closing quote or bracket */
    TF_SHAPED = 128 /* a word of more than ASCII letters and digits: a
                       hyphen, period, apostrophe, '&', digit group or
                       another script inside (without it, a word has none
                       of these) */
};

typedef struct dy_tok {
    uint32_t start; /* byte offset in the text */
    uint32_t len;   /* bytes */
    uint8_t type;   /* TT_* */
    uint8_t flags;  /* TF_* */
} dy_tok;

typedef struct dy_sent {
    uint32_t first; /* first token */
    uint32_t end;   /* one past the last token */
} dy_sent;

/* Appends the tokens of s[0..n) to out (items dy_tok). Stops with
 * DYAD_ELIMIT after max_tokens tokens (0: no limit). */
int dy_text_tokenize(const char *s, size_t n, size_t max_tokens, dy_vec *out);

/* Writes the lower-case, normalised form of s[0..n) (quotes -> ', dashes
 * -> -, marks stripped) to out (cap bytes) and returns its length (cut at
 * cap - 1). */
size_t dy_text_lower(const char *s, size_t n, char *out, size_t cap);

/* dy_text_lower, with *hash set to dy_hash of the form written: one pass
 * over a word of ASCII (the word analysis looks every form up by it). */
size_t dy_text_lower_hash(const char *s, size_t n, char *out, size_t cap,
                          uint64_t *hash);

/* Splits tokens into sentences (items dy_sent), at most max_tokens each. */
int dy_text_sentences(const char *s, const dy_tok *toks, size_t ntok,
                      size_t max_tokens, dy_vec *out);

#endif
