/*
 * text.h - stage 1: tokens with byte spans into the original text,
 * lower-case normalised forms (quotes, dashes, diacritics), sentences.
 */
#ifndef DYAD_TEXT_H
#define DYAD_TEXT_H

#include "util/util.h"

#include <stdint.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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
    uint8_t may_end; /* nonzero: a sentence can end here ('.', '!', '?', a
                        word with its own period, a paragraph after it), set
                        by the tokenizer so dy_text_sentences passes over
                        the other tokens testing one byte (in the padding:
                        the token stays twelve bytes) */
} dy_tok;

typedef struct dy_sent {
    uint32_t first; /* first token */
    uint32_t end;   /* one past the last token */
} dy_sent;

/* Appends the tokens of s[0..n) to out (items dy_tok). Stops with
 * DYAD_ELIMIT after max_tokens tokens (0: no limit). */
int dy_text_tokenize(const char *s, size_t n, size_t max_tokens, dy_vec *out);

/* utf8proc's lower-case form of code point cp (the case fold with
 * compatibility decomposition and marks stripped; cp itself where utf8proc
 * has none) into out, its code points written while each fits in `room`
 * bytes (no NUL); *cut is 1 when one did not. The bytes written.
 * (dy_text_lower's way for a code point its table and rules leave.) */
size_t dy_text_fold_cp(int32_t cp, char *out, size_t room, int *cut);

/* Writes the lower-case, normalised form of s[0..n) (quotes -> ', dashes
 * -> -, marks stripped) and its NUL to out (cap bytes) and returns its
 * length (cut at cap - 1). */
size_t dy_text_lower(const char *s, size_t n, char *out, size_t cap);

/* The hash of a lower-case form that dy_text_lower_hash sets (for the
 * word cache; not the lexicon's dy_hash): its length, then its bytes
 * eight a step (the last step's missing bytes zero), each step a
 * multiplication, the high half folded onto the low. */
#define DY_FORM_SEED 0x9E3779B97F4A7C15ULL
#define DY_FORM_MUL 0xFF51AFD7ED558CCDULL
uint64_t dy_text_form_hash(const char *form, size_t n);

/* dy_text_form_hash of a form followed by zeros to the next multiple of
 * eight bytes (as dy_text_lower_hash writes a form): eight bytes a step,
 * read whole, with no byte loop for the last */
static inline uint64_t dy_text_form_hash_padded(const char *form, size_t n)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    uint64_t h = DY_FORM_SEED ^ n, x;
    for (size_t i = 0; i < n; i += 8) {
        memcpy(&x, form + i, 8);
        h = (h ^ x) * DY_FORM_MUL;
    }
    return h ^ (h >> 32);
#else
    return dy_text_form_hash(form, n);
#endif
}

/* Lower-cases the eight ASCII bytes x into out and steps the hash h by
 * them; 0 when a byte is not ASCII (nothing written then) */
static inline int dy_text_lower8(uint64_t x, char *out, uint64_t *h)
{
    const uint64_t high = 0x8080808080808080ULL;
    if (x & high)
        return 0;
    /* 0x80 in each byte from 'A' to 'Z' (no byte carries: all are below
     * 0x80), moved to 0x20 */
    uint64_t up = (x + 0x3F3F3F3F3F3F3F3FULL) & ~(x + 0x2525252525252525ULL) &
                  high;
    x |= up >> 2;
    memcpy(out, &x, 8);
    *h = (*h ^ x) * DY_FORM_MUL;
    return 1;
}

#if defined(__SSE2__) && defined(__BYTE_ORDER__) && \
    __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
/* sixteen 0xFF then sixteen zeros: the sixteen bytes at 16 - n keep the
 * first n bytes of a step (dy_text_lower16) */
extern const unsigned char dy_text_keep16[32];

/* dy_text_lower_hash of a word of 1 to 15 bytes with sixteen to read at
 * s and room for sixteen at out, in one SSE2 step: its bytes kept by a
 * mask, none at or above 0x80 (else 0, nothing written), the capitals
 * (a byte from 'A' to 'Z', asked by one signed compare after a shift of
 * the range to -128) given 0x20, the sixteen bytes stored whole (zeros
 * from out[n] on: the NUL, hence at most fifteen, and the zeros
 * same_form reads), the hash
 * stepped by the low eight and, past eight bytes, the high eight, as the
 * eight-byte steps do. Most words of news are this short: one step
 * against two of the eight-byte loop with its tail's tests. */
static inline int dy_text_lower16(const char *s, size_t n, char *out,
                                  uint64_t *hash)
{
    __m128i w = _mm_and_si128(
        _mm_loadu_si128((const __m128i *)(const void *)s),
        _mm_loadu_si128((const __m128i *)(const void *)(dy_text_keep16 + 16 -
                                                        n)));
    if (_mm_movemask_epi8(w))
        return 0;
    __m128i up = _mm_cmplt_epi8(
        _mm_add_epi8(w, _mm_set1_epi8((char)(0x80 - 'A'))),
        _mm_set1_epi8((char)(-128 + 26)));
    w = _mm_or_si128(w, _mm_and_si128(up, _mm_set1_epi8(0x20)));
    _mm_storeu_si128((__m128i *)(void *)out, w);
    /* (the halves read back from out: a move each) */
    uint64_t x;
    memcpy(&x, out, 8);
    uint64_t h = (DY_FORM_SEED ^ n ^ x) * DY_FORM_MUL;
    if (n > 8) {
        memcpy(&x, out + 8, 8);
        h = (h ^ x) * DY_FORM_MUL;
    }
    *hash = h ^ (h >> 32);
    return 1;
}
#endif

/* dy_text_lower (the form and its NUL), with *hash set to
 * dy_text_form_hash of the form written: one pass over a word of ASCII,
 * eight bytes a step (lower-cased in a register, stored whole, hashed).
 * s may be read for `avail` bytes (at least n: the text the word is in),
 * so a word's last step reads the bytes after it (masked off) where there
 * are eight; out gets up to the next multiple of eight bytes written,
 * within cap (sixteen for a word of at most fifteen: dy_text_lower16),
 * those past the form's NUL zero (so a form can be compared eight bytes a
 * step without masking, see same_form in words.c). Inline, since it runs
 * for every token; anything but a word of ASCII with that room goes to
 * dy_text_lower_hash_any. */
size_t dy_text_lower_hash_any(const char *s, size_t n, char *out, size_t cap,
                              uint64_t *hash);
/* dy_text_lower_hash's own steps, for a word of ASCII with the room they
 * take; DY_TEXT_NOT_ASCII for any other (the bytes written to out then
 * are none of the form's: dy_text_lower_hash_any writes it whole) */
#define DY_TEXT_NOT_ASCII ((size_t)-1)
static inline size_t dy_text_lower_hash_ascii(const char *s, size_t n,
                                              size_t avail, char *out,
                                              size_t cap, uint64_t *hash)
{
#if defined(__SSE2__) && defined(__BYTE_ORDER__) && \
    __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    if (n - 1 < 15 && avail >= 16 && cap >= 16 &&
        dy_text_lower16(s, n, out, hash))
        return n;
#endif
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    if (n + 8 <= cap) {
        uint64_t h = DY_FORM_SEED ^ n, x;
        size_t i = 0;
        for (; i + 8 <= n; i += 8) {
            memcpy(&x, s + i, 8);
            if (!dy_text_lower8(x, out + i, &h))
                return DY_TEXT_NOT_ASCII;
        }
        if (i < n) { /* the last one to seven bytes */
            if (i + 8 <= avail) {
                memcpy(&x, s + i, 8);
                x &= ((uint64_t)1 << (8 * (n - i))) - 1;
            } else {
                x = 0;
                for (size_t k = i; k < n; k++)
                    x |= (uint64_t)(unsigned char)s[k] << (8 * (k - i));
            }
            if (!dy_text_lower8(x, out + i, &h))
                return DY_TEXT_NOT_ASCII;
        }
        out[n] = '\0';
        *hash = h ^ (h >> 32);
        return n;
    }
#else
    (void)s, (void)n, (void)avail, (void)out, (void)cap, (void)hash;
#endif
    return DY_TEXT_NOT_ASCII;
}

static inline size_t dy_text_lower_hash(const char *s, size_t n, size_t avail,
                                        char *out, size_t cap, uint64_t *hash)
{
    size_t len = dy_text_lower_hash_ascii(s, n, avail, out, cap, hash);
    if (len != DY_TEXT_NOT_ASCII)
        return len;
    /* (through a local of its own: the call takes its address, and
     * `hash`'s, once inlined, would live on the stack on every path) */
    uint64_t h;
    len = dy_text_lower_hash_any(s, n, out, cap, &h);
    *hash = h;
    return len;
}

/* "option underscore-joins" (an imported lexicon): drops from toks[0..n)
 * each '_' that stands between two words with no blank on either side, so
 * "Dol_Amroth" reads as the two words of a name, as TABARI and PETRARCH2
 * read their connector (joins.c). Returns the tokens left, in place. */
size_t dy_text_underscore_joins(const char *s, dy_tok *toks, size_t n);

/* "option all-caps" (an imported lexicon; caps.c): is s[0..n) written in
 * capitals only (no ASCII lower-case letter, two capitals in a row
 * somewhere)? Such a text is read in lower case: dy_text_lower_ascii
 * lowers its ASCII letters in place. */
int dy_text_all_capitals(const char *s, size_t n);
void dy_text_lower_ascii(char *s, size_t n);

/* Splits tokens into sentences (items dy_sent), at most max_tokens each. */
int dy_text_sentences(const char *s, const dy_tok *toks, size_t ntok,
                      size_t max_tokens, dy_vec *out);

#endif
