/*
 * place.h - stage 5: where. Place mentions of a sentence (lexicon places,
 * countries, capitals, GeoNames names, unknown names in a place's
 * position), which of them goes with an event, and the location record an
 * event carries. Runs after actors (an actor's country helps choose among
 * same-named places) and before events, which ask it for their place.
 */
#ifndef DYAD_PLACE_H
#define DYAD_PLACE_H

#include "doc.h"

/* Finds the place mentions of sentence [first, end) (c->places, and each
 * token's `place`). */
int dy_place_find(dy_ctx *c, size_t first, size_t end);

/* Marks the capitalised words of sentence [first, end) in c->caps
 * (capitals.c): the actors stage, first on a sentence, marks them in its
 * own walk (actors.c find_atoms); the place stage calls this only for a
 * sentence not marked. */
void dy_caps_mark(dy_ctx *c, size_t first, size_t end);

/* Keeps no place look-ups (dy_ctx.place_memo) from here on: at every
 * sentence, before any is made */
static inline void dy_place_memo_drop(dy_ctx *c)
{
    c->place_memo.valid = 0;
}

/* Empties the place look-ups kept and keeps them for sentence [first,
 * end) from here on */
static inline void dy_place_memo_start(dy_ctx *c, size_t first, size_t end)
{
    size_t n = end - first < DY_CAPS_MEMO ? end - first : DY_CAPS_MEMO;
    for (size_t k = 0; k < (n + 63) / 64; k++)
        c->place_memo.lex[k] = c->place_memo.gaz[k] = 0;
    c->place_memo.first = first;
    c->place_memo.end = end;
    c->place_memo.valid = 1;
}

/* is t a capitalised word (no branch: dy_caps_mark asks at every token) */
static inline uint64_t dy_cap_word(const dy_token *t)
{
    return (uint64_t)((t->type == TT_WORD) & ((t->flags & TF_CAP) != 0));
}

/* The first capitalised word from token i on, before end (i and end
 * inside the sentence dy_caps_mark marked last), or end: by the marks,
 * then one by one past them. Most tokens are none, and a name that
 * starts with one is looked for only there. */
static inline size_t dy_caps_next(const dy_ctx *c, size_t i, size_t end)
{
    while (i < end && i - c->caps_first < DY_CAPS_MEMO) {
        size_t k = i - c->caps_first;
        uint64_t w = c->caps[k >> 6] >> (k & 63);
        if (w) {
            i += (size_t)__builtin_ctzll(w);
            return i < end ? i : end;
        }
        i += 64 - (k & 63);
    }
    while (i < end && !dy_cap_word(&c->tok[i]))
        i++;
    return i < end ? i : end;
}

/* Is token e a capitalised word of class street ("Haifa Street",
 * "Damascus Gate"), so that the place or actor name ending before it names
 * a street, not itself? */
int dy_place_street_after(const dy_ctx *c, size_t e, size_t end);

/* Is the name [i, e) that of an agreement or meeting held there, not the
 * place: "the Paris agreement", "the Minsk accords", "the Doha talks"
 * ("the" before it, a word of the named class accord after it)? */
int dy_place_accord_after(const dy_ctx *c, size_t i, size_t e, size_t end);

/* Read-only, for the actors stage, which runs before dy_place_find: the
 * country of the lexicon place, country or GeoNames place whose name
 * starts at token i of sentence [first, end) (a capital without
 * coordinates is GeoNames'), *e one past its last token, *is_gaz set for
 * a GeoNames place; NULL when no place name starts there. Changes
 * nothing. */
const char *dy_place_peek(const dy_ctx *c, size_t first, size_t i,
                          size_t end, size_t *e, int *is_gaz);
/* The same, for the actors' context once the sentence's mentions are
 * found (the last before dy_place_find), after dy_place_memo_start for
 * the sentence: the look-ups it makes are kept for dy_place_find, which
 * makes the same ones at the same words (dy_ctx.place_memo). */
const char *dy_place_peek_sentence(dy_ctx *c, size_t first, size_t i,
                                   size_t end, size_t *e, int *is_gaz);

/* The same for text written in lower case ("police in lucknow"), read
 * only: a lexicon place, country or capital at token i in any case (not a
 * closed-class word: "us"), else a GeoNames town of 10,000 people or more
 * (or an administrative seat) whose name of up to three words starts at i
 * and is no common word; *is_weak is set for the GeoNames guess, which
 * lower-case text makes weak evidence ("sabha" is a town in Libya and an
 * assembly in India).
 * misses: bit k of misses[k / 64] set, for k < nmisses, where the caller
 * knows that no lexicon place, country or capital starts at token k
 * (only GeoNames is read there); NULL and 0 when it knows none. */
const char *dy_place_peek_uncased_word(const dy_ctx *c, size_t i,
                                       size_t end, size_t *e, int *is_weak,
                                       const uint64_t *misses,
                                       size_t nmisses);
/* Can dy_place_peek_uncased_word find a name at token t, the document's
 * token i? Its first test, inline: the actors stage asks at every token
 * of a lower-case document, and most are common words that start no
 * name. (A common word where the caller knows no lexicon name starts is
 * no town either: most words of a place's kinds are, "new", "south"; nor
 * is a word whose form starts no GeoNames name, DY_POS_NO_GAZ, where no
 * lexicon name starts: such words are most of those left, names of
 * people and typing errors.) */
static inline int dy_place_uncased_may_start(const dy_token *t, size_t i,
                                             const uint64_t *misses,
                                             size_t nmisses)
{
    return t->type == TT_WORD &&
           (!(t->pos & (DY_POS_NOT_NAME | DY_POS_NO_GAZ)) ||
            ((t->kinds & ((1u << LX_PLACE) | (1u << LX_COUNTRY) |
                          (1u << LX_CAPITAL))) &&
             !(i < nmisses && (misses[i >> 6] >> (i & 63) & 1))));
}

/* Country code of a place mention: its gazetteer entry's or lexicon
 * phrase's, its parent's when it is unresolved; "" when there is none. */
const char *dy_place_cc(const dy_ctx *c, const dy_placem *p);
/* The same as an actor's or a target's country: "" for a sea or strait
 * outside one country's territory (XXX), which names no country. */
const char *dy_place_country(const dy_ctx *c, const dy_placem *p);

/* The place of a noun event whose trigger ends before token `from`, in the
 * sentence [first, end): a place index or -1. */
int32_t dy_place_of_event(const dy_ctx *c, size_t first, size_t end,
                          size_t from);

/* The same for a verb trigger [tstart, from): a place right after it is
 * its object ("regained control of Rubizhne"). */
int32_t dy_place_of_verb(const dy_ctx *c, size_t first, size_t end,
                         size_t tstart, size_t from);

/* Place p made more exact: ACLED's "coded to X" over a district, region or
 * none (p may be -1); the place apposed to a coarse one ("the Belarus
 * capital Minsk"). */
int32_t dy_place_refine(const dy_ctx *c, size_t first, size_t end,
                        int32_t p);

/* An event its clause does not place takes the sentence's place after
 * in/near/at, marked loose (k->place_loose); nothing when k has a place. */
void dy_place_loosely(const dy_ctx *c, dy_cand *k, size_t first, size_t end);

/* The location record of candidate k (k->place >= 0), allocated in the
 * arena. DYAD_ENOMEM. */
int dy_place_location(const dyad_location **out, dy_arena *a,
                      const dy_ctx *x, const dy_cand *k);

#endif
