/* image.h - the binary layout of a compiled lexicon (dyad.lexb). */
#ifndef DYAD_IMAGE_H
#define DYAD_IMAGE_H

#include "internal.h"

typedef struct lx_image_parts {
    const char *strings;
    uint32_t strings_len;
    const void *words;
    uint32_t nwords;
    const uint32_t *hash;
    uint32_t hash_cap;
    const void *phrases;
    uint32_t nphrases;
    const void *pwords;
    uint32_t npwords;
    const uint32_t *pindex;
    uint32_t npindex;
    const void *cameo;
    uint32_t ncameo;
    const void *gplaces;
    uint32_t ngplaces;
    const void *gnames;
    uint32_t ngnames;
    const uint32_t *gnhash;
    uint32_t gnhash_cap;
    const uint32_t *gnlist;
    uint32_t ngnlist;
    const void *entries;
    uint32_t nentries;
    const lx_tables *tables; /* one record */
    const uint32_t *names;
    const uint8_t *names_len;
    uint32_t nnames;
    const lx_kentry *kindex; /* npindex entries */
    const uint64_t *names_letters; /* nnames entries */
    const uint32_t *vslot;   /* nwords entries */
    const lx_vslice *vslices;
    uint32_t nvslices;
    const lx_kentry *vindex;
    uint32_t nvindex;
    const lx_pnext *pnext;   /* nwords entries */
    const lx_remaps *remaps; /* one record */
    const uint32_t *remap_ids;
    uint32_t nremap_ids;     /* remaps->at[LX_REMAP_FAMILIES] */
    const uint32_t *cameo_order; /* ncameo entries */
    const uint32_t *nslot;   /* nwords entries */
    const lx_vslice *nslices;
    uint32_t nnslices;
    const uint32_t *nindex;
    uint32_t nnindex;
    const uint64_t *gnfirst; /* the names' first words (dy_image_gnfirst) */
    uint32_t ngnfirst;
    const uint64_t *ppairs; /* the phrases' word pairs (dy_image_ppairs) */
    uint32_t nppairs;
    const uint8_t *ahead; /* nwords entries (dy_lexicon_ahead) */
    const lx_ahead *shares; /* nwords entries (dy_lexicon_shares) */
} lx_image_parts;

/* The indexes of the two small tables (the remap entries of nentries by
 * family into rm and ids, which has room for nentries; the ncameo CAMEO
 * rows in the order of their codes, then rows, into order), computed by
 * `lexicon compile` for the image and again by its full check. */
void dy_image_index(const char *strings, const lx_entry *entries,
                    uint32_t nentries, const lx_cameo *cameo, uint32_t ncameo,
                    lx_remaps *rm, uint32_t *ids, uint32_t *order);

/* The table of the first words of the ngnames GeoNames names of two words
 * or more (lexicon.h dy_gaz_first_words), computed by `lexicon compile`
 * for the image and again by its full check: its size in 64-bit words
 * (0 when no name has two words), then the table itself in out, which
 * has room for that many. */
uint32_t dy_image_gnfirst_len(const char *strings, const lx_gname *gnames,
                              uint32_t ngnames);
void dy_image_gnfirst(const char *strings, const lx_gname *gnames,
                      uint32_t ngnames, uint64_t *out, uint32_t nout);

/* The table of the pairs of key word and second word of the phrases of
 * two words or more (lexicon.h dy_phrase_pair_may), from the nwords
 * words' kind index slices, computed by `lexicon compile` for the image
 * and again by its full check: its size in 64-bit words (0 when no phrase
 * has two words), then the table itself in out, which has room for that
 * many. */
uint32_t dy_image_ppairs_len(const lx_word *words, uint32_t nwords,
                             const lx_kentry *kindex);
void dy_image_ppairs(const lx_word *words, uint32_t nwords,
                     const lx_kentry *kindex, uint64_t *out, uint32_t nout);

/* Lays the parts out as one image allocated with mem. */
int dy_image_write(void **out, size_t *out_len, const lx_image_parts *p,
                   const dy_mem *mem);

#endif
