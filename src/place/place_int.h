/*
 * place_int.h - what the files of src/place/ share: the countries of a
 * sentence's places and the gazetteer choices (gazetteer.c) that place
 * mentions (mentions.c) rely on.
 */
#ifndef DYAD_PLACE_INT_H
#define DYAD_PLACE_INT_H

#include "place.h"

/* Are country codes a and b the same in their first three bytes, as
 * strncmp(a, b, 3) == 0 says, read no further than it? (Without a call:
 * the sets below are searched for every mention and place.) */
static inline int dy_place_cc_same(const char *a, const char *b)
{
    return a[0] == b[0] &&
           (!a[0] || (a[1] == b[1] && (!a[1] || a[2] == b[2])));
}

/* countries of this sentence's places, with how often each occurs (the
 * first n entries are read: n 0 empties it) */
typedef struct dy_sent_cc {
    char cc[32][4];
    int count[32];
    int n;
} dy_sent_cc;

/* adds cc to a bounded set of countries (32) */
void dy_place_cc_add(char set[32][4], int *n, const char *cc);
/* counts cc among the sentence's countries */
void dy_place_scc_add(dy_sent_cc *s, const char *cc);

/* "Novoselivka, Donetsk": the lower-case name of the region after a place
 * ending at token e (not a country), in out; its length or 0 */
size_t dy_place_region_hint(const dy_ctx *c, size_t e, size_t end, char *out,
                            size_t cap);
/* does place p lie in the ADM1 named by hint (first five letters)? */
int dy_place_admin1_matches(const dyad_lexicon *lx, const lx_gplace *p,
                            const char *hint, size_t hl);
/* "al-Mu'adham", "ez-Zor": a lower-case particle of at most three
 * letters joined by a hyphen to a capitalised word, which goes on the
 * name before it ("Bab al-Mu'adham" is not Bab, Slovakia) */
int dy_place_joined_particle(const dy_ctx *c, const dy_token *t);
/* does the context (the sentence's places sc, earlier places, actors)
 * speak for a place in country cc? */
int dy_place_in_context(const dy_ctx *c, const dy_sent_cc *sc,
                        const char *cc);
/* the best GeoNames place of name gname in this context (`own`: the
 * country the place itself counted in sc, or NULL; `hint`: a region named
 * after it), or LX_NONE when none is believable */
uint32_t dy_place_best_gplace(const dy_ctx *c, const dy_sent_cc *sc,
                              uint32_t gname, const char *own,
                              const char *hint);
/* the lower-case words of tokens [first, end) joined by spaces, as the
 * gazetteer keys a name; 0 when they do not fit in cap */
size_t dy_place_name_key(const dy_ctx *c, size_t first, size_t end,
                         char *key, size_t cap);
/* a GeoNames place of the region `hint` whose name has the consonant
 * skeleton of tokens [first, end), or LX_NONE */
uint32_t dy_place_skeleton(const dy_ctx *c, size_t first, size_t end,
                           const char *hint);

#endif
