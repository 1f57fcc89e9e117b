/*
 * match.h - stage 3: which lexicon phrases fire where. Contiguous phrases
 * (actors, agents, places, claim frames, modal and count words) by longest
 * match, and event patterns: verb patterns with gaps and a target slot,
 * noun patterns ending at their head. Used by actors, place, events,
 * counts and claims; knows nothing of who did what.
 */
#ifndef DYAD_MATCH_H
#define DYAD_MATCH_H

#include "doc.h"

#define KIND_BIT(k) (1u << (k))

/* words that may stand in a gap of a name ("prince ... dol amroth":
 * "the Prince of Dol Amroth"), none of them punctuation */
#define DY_NAME_GAP 3

/* Longest contiguous match at token i (< end) of a phrase whose kind is in
 * `kinds` (a name with gaps, "prince ... dol amroth", spans the words in
 * its gaps); the phrase id, or LX_NONE. *mend gets one past its last token
 * (0 for none). Ties go to the better date fit, then to the kind rank
 * actor > place > country > capital > demonym > agent, then to the first
 * in the phrase index. Most tokens key no phrase of the kinds asked, or
 * none that can start before the next token: those tests are inline
 * (from what dy_words_analyse kept in the tokens), the search is
 * dy_match_longest. */
uint32_t dy_match_longest(const dy_ctx *c, size_t i, size_t end,
                          uint32_t kinds, size_t *mend);
static inline uint32_t dy_match_at(const dy_ctx *c, size_t i, size_t end,
                                   uint32_t kinds, size_t *mend)
{
    const dy_token *t = &c->tok[i];
    /* (a phrase of one word of a kind asked, or of more whose second
     * word the next token may be: dy_token.one, follow and self) */
    if (!(t->kinds & kinds) ||
        (!(t->one & kinds) && (i + 1 >= end || !(t->follow & t[1].self)))) {
        *mend = 0;
        return LX_NONE;
    }
    return dy_match_longest(c, i, end, kinds, mend);
}

/* dy_match_one_kept's search at token i, where no phrase of two words or
 * more can start and one of one word of the kinds is keyed: through the
 * coder's memo (dy_ctx.one_memo) */
uint32_t dy_match_one_memo(const dy_ctx *c, size_t i, size_t end,
                           uint32_t kinds, size_t *mend);

/* dy_match_at with the memo: where no phrase of two words or more can
 * start at token i, the answer is its form's wherever it stands, and the
 * search is asked once a form (and kinds, all of which fit in 16 bits).
 * dy_match_longest sends such an ask to the memo too; this inline test
 * spares the actors' asks the route there (0.46 M instructions on the
 * corpus; the same test inline in dy_match_at, for every caller, cost
 * 0.79 M more) */
static inline uint32_t dy_match_one_kept(const dy_ctx *c, size_t i,
                                         size_t end, uint32_t kinds,
                                         size_t *mend)
{
    const dy_token *t = &c->tok[i];
    if ((t->one & kinds) && !(i + 1 < end && (t->follow & t[1].self)) &&
        kinds <= UINT16_MAX)
        return dy_match_one_memo(c, i, end, kinds, mend);
    return dy_match_at(c, i, end, kinds, mend);
}

/* The longest match at token i of a phrase of two words or more whose kind
 * is in `kinds`, or LX_NONE (*mend 0): for a caller to whom a one-word
 * phrase is none. Where the next token cannot be a second word (follow
 * and self), none is looked for, even where a one-word phrase is keyed. */
static inline uint32_t dy_match_at_long(const dy_ctx *c, size_t i,
                                        size_t end, uint32_t kinds,
                                        size_t *mend)
{
    const dy_token *t = &c->tok[i];
    uint32_t pid = LX_NONE;
    *mend = 0;
    if ((t->kinds & kinds) && i + 1 < end && (t->follow & t[1].self))
        pid = dy_match_longest(c, i, end, kinds, mend);
    if (pid == LX_NONE || *mend < i + 2) {
        *mend = 0;
        return LX_NONE;
    }
    return pid;
}

/* Is the match of phrase p over tokens [i, e) believable as a name?
 * Closed-class words ("us", "is") need capitals; a lower-case country or
 * actor word that is also a common word ("turkey") needs its capital. */
int dy_match_name_ok(const dy_ctx *c, size_t i, size_t e, const lx_phrase *p);

/* How well a dated actor phrase fits the document date: 3 inside its
 * range, 0 outside it, 2 undated, 1 a closed range with no document date
 * (the open, current holder is preferred). */
int dy_match_date_fit(const dy_ctx *c, const lx_phrase *p);

/* Does a member of built-in class cl (DY_CL_*) of up to four words end
 * right before token k, starting at or after token first? Words match by
 * form or lemma, as in phrases ("up to" for DY_CL_APPROXIMATOR). */
int dy_match_class_before(const dy_ctx *c, size_t first, size_t k, int cl);

/* An event pattern that fired: the phrase, the tokens it covers (from its
 * first word before the verb, if it has such words) and where its target
 * is sought. */
typedef struct dy_pattern_match {
    uint32_t phrase;  /* LX_NONE when nothing fired */
    uint32_t first;   /* first token covered */
    uint32_t end;     /* one past the last word matched */
    uint32_t slot;    /* token of the '+' target slot, or LX_NONE */
} dy_pattern_match;

/* Prepares sentence [first, end) for dy_match_verb: the filter of the
 * words ahead of each token, filled on first need (one pass from the
 * sentence's end back to the first token a pattern is tried at). */
void dy_match_prepare(dy_ctx *c, size_t first, size_t end);

/* The longest verb pattern whose verb is token i of the sentence ending at
 * `end` (later words within GAP tokens, inside the clause; words before
 * the verb in order before it, inside its clause); equally long patterns
 * keep file order. A null pattern (`verb null`) that wins blocks the
 * verb: phrase is LX_NONE. */
dy_pattern_match dy_match_verb(const dy_ctx *c, size_t i, size_t end);

/* Does a discard pattern (`verb discard`) win at a verb of the sentence
 * [first, end) (prepared by dy_match_prepare)? Its events are dropped. */
int dy_match_discard(const dy_ctx *c, size_t first, size_t end);

/* The same for a passive verb at token i whose pattern's object (its second
 * word) is the subject noun at token obj before it ("sanctions were
 * imposed on Iran": "impose sanction on +"); m.first is obj. */
dy_pattern_match dy_match_verb_passive(const dy_ctx *c, size_t i, size_t end,
                                       size_t obj);

/* Is token j a noun, or a gerund used as one ("the lifting")? */
int dy_match_act_noun(const dy_ctx *c, size_t j);

/* The verb whose act the noun at t names, when that verb keys verb
 * patterns: WordNet's derivation ("withdrawal": withdraw) or a gerund's
 * lemma ("lifting": lift); else LX_NONE. */
uint32_t dy_match_act_verb(const dy_ctx *c, const dy_token *t);

/* The longest verb pattern of `verb` (of two words or more) read from the
 * act noun at token i whose "of" is token of: "the withdrawal of its
 * troops" as "withdraw &troops"; m.first is i. */
dy_pattern_match dy_match_nominal(const dy_ctx *c, size_t i, size_t of,
                                  size_t end, uint32_t verb);

/* The longest noun pattern whose head noun is token i; its modifiers must
 * directly precede it within the sentence starting at `first`. */
dy_pattern_match dy_match_noun(const dy_ctx *c, size_t i, size_t first);

#endif
