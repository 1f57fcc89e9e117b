/*
 * lexicon.h - stage interface of the lexicon: parse sources, compile them
 * with WordNet into one image, load images, and look words up.
 */
#ifndef DYAD_LEXICON_H
#define DYAD_LEXICON_H

#include "internal.h"

/* A source file handed to the compiler. */
typedef struct lx_source {
    const char *name; /* for messages; "cameo.tsv" suffix = code table */
    const char *text;
    size_t len;
} lx_source;

/* WordNet files read into memory by the io layer (any may be NULL). */
typedef struct lx_wordnet {
    const char *index[4]; /* noun verb adj adv */
    size_t index_len[4];
    const char *exc[4];   /* noun verb adj adv */
    size_t exc_len[4];
} lx_wordnet;

int dy_lexicon_build(dyad_lexicon **out, const lx_source *src, size_t n,
                     const lx_wordnet *wn, const dy_mem *mem,
                     dyad_diag_fn diag, void *ctx, dyad_error *err);
/* Takes ownership of image (allocated with mem) unless is_mapped. */
int dy_lexicon_from_image(dyad_lexicon **out, void *image, size_t len,
                          int is_mapped, const dy_mem *mem, dyad_error *err);

/* word id of a lower-case form, or LX_NONE */
uint32_t dy_lexicon_find(const dyad_lexicon *lx, const char *s, size_t n);
const lx_cameo *dy_lexicon_cameo(const dyad_lexicon *lx, const char *code);
/* gazetteer name id of a lower-case place name, or LX_NONE */
uint32_t dy_gaz_find(const dyad_lexicon *lx, const char *s, size_t n);

#endif
