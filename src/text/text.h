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
 * over a word of ASCII (the word analysis looks every form up by it).
 * Inline, since it runs for every token: the call cost as much as the
 * loop over a word of five bytes; anything but a word of ASCII shorter
 * than cap goes to dy_text_lower_hash_any. */
size_t dy_text_lower_hash_any(const char *s, size_t n, char *out, size_t cap,
                              uint64_t *hash);
extern const unsigned char dy_ascii_lower[128]; /* ASCII lower-cased */
static inline size_t dy_text_lower_hash(const char *s, size_t n, char *out,
                                        size_t cap, uint64_t *hash)
{
    if (n < cap) {
        /* (dy_hash's FNV-1a, a byte as it is written) */
        uint64_t h = 1469598103934665603ULL;
        size_t i = 0;
        for (; i < n; i++) {
            unsigned c = (unsigned char)s[i];
            if (c >= 0x80)
                break;
            c = dy_ascii_lower[c];
            out[i] = (char)c;
            h = (h ^ c) * 1099511628211ULL;
        }
        if (i == n) {
            out[n] = '\0';
            *hash = h ^ (h >> 29);
            return n;
        }
    }
    return dy_text_lower_hash_any(s, n, out, cap, hash);
}

/* Splits tokens into sentences (items dy_sent), at most max_tokens each. */
int dy_text_sentences(const char *s, const dy_tok *toks, size_t ntok,
                      size_t max_tokens, dy_vec *out);

#endif
