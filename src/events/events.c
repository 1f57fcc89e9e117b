/*
 * events.c - who did what to whom, in one sentence.
 *
 * Verb patterns: the first word is a verb lemma on a token tagged VERB;
 * each later word must follow within 3 tokens, without crossing clause
 * punctuation. The longest pattern at a verb wins. The source is the
 * nearest actor mention before the verb group (or the "by" actor in the
 * passive); the target is the first actor at the pattern's '+' slot or,
 * without one, the object: the first actor after the last matched word,
 * past determiners, adjectives and one preposition.
 *
 * Noun patterns ("missile attack", "talks") key on the head noun; the
 * modifiers must directly precede it, coordinated modifiers allowed
 * ("missile and drone attack"). Source: a possessor (Russia's invasion),
 * an actor modifier (Russian strike) or "by X"; target: an actor after
 * on/against/of/to/with, or, for assaults, the country of the place.
 * A noun event introduced by "since" or dated to an earlier year is
 * background: not emitted, but remembered as the conflict dyad of the
 * document, from which an assault with no stated attacker takes its
 * source (recorded as inferred, with the words it came from).
 */
#include "events_int.h"

#include <string.h>

/* Asks dy_ev_noun of the tokens of [t, tend) it reads, in order: a noun
 * or a verb's gerund that keys noun patterns (when noun, their kind's
 * bit, is not 0: 0 in a sentence where no token keys one) or has an "of"
 * after it, that no verb pattern took and no actor mention covers;
 * returns its error, or 0. (The test is here, where most tokens
 * fail it without a call; the next token's forms' folded bits, its
 * self, turn most away from the test for "of".) Inlined at its two
 * calls: the one with no noun kind reads no kinds. */
static inline int noun_walk(ev_sent *es, const dy_token *t,
                            const dy_token *tend, uint32_t noun)
{
    const dy_ctx *c = es->c;
    const uint64_t of_bit = 1ull << (lx_filter_bit(c->w_of) & 63);
    for (; t < tend; t++) {
        /* (four tokens a step while none keys a noun pattern and none of
         * the four after them may be "of": most of a sentence's tokens
         * pass the step, which costs a third of their tests one by one) */
        while (tend - t > 4 &&
               !((t[0].kinds | t[1].kinds | t[2].kinds | t[3].kinds) &
                 noun) &&
               !((t[1].self | t[2].self | t[3].self | t[4].self) & of_bit))
            t += 4;
        if (t->tag != TAG_NOUN && t->tag != TAG_VERB)
            continue;
        int rc;
        if (((t->kinds & noun) ||
             (tend - t > 2 && (t[1].self & of_bit) &&
              dy_tok_has(t + 1, c->w_of))) &&
            t->mention < 0 && !c->mark[t - c->tok] &&
            (rc = dy_ev_noun(es, (size_t)(t - c->tok))) != 0)
            return rc;
    }
    return 0;
}

/* Asks dy_ev_verb of the tokens of [t, tend) that may start a verb
 * pattern, in order, each from the end of the pattern before it; returns
 * its error, or 0. opts is the lexicon's options, or 0 when it sets
 * neither verb-nouns nor comma: inlined at two calls, the one with 0
 * tests neither. (A token whose forms key no verb pattern is passed over
 * first, by one test: the tests after it only read; the walk steps a
 * pointer: no stage here moves the tokens.) */
static inline int verb_walk(ev_sent *es, const dy_token *t,
                            const dy_token *tend, uint32_t opts)
{
    const dy_token *const tok = es->c->tok;
    for (; t < tend; t++) {
        if (!(t->kinds & (1u << LX_VERB)))
            continue;
        size_t i = (size_t)(t - tok);
        if (t->tag != TAG_VERB && !(t->tag == TAG_AUX && t->vlem != LX_NONE) &&
            !((opts & LX_OPT_VERB_NOUNS) && dy_ev_foreign_verb_noun(es, i)))
            continue;
        if (((opts & LX_OPT_COMMA) && dy_ev_foreign_comma_skips(es, i)) ||
            ((opts & LX_OPT_VERB_NOUNS) && t->tag != TAG_NOUN &&
             dy_ev_foreign_after_article(es, i)))
            continue;
        /* (i itself not passed: kept in a register, not in memory) */
        size_t next = i;
        int rc = dy_ev_verb(es, i, &next);
        if (rc)
            return rc;
        t = tok + next;
    }
    return 0;
}

int dy_events_sentence(dy_ctx *c, uint32_t si, size_t first, size_t end,
                       dy_vec *cands)
{
    ev_sent es = {c, si, first, end, cands, cands->count};
    int rc = 0;
    memset(c->mark + first, 0, (end - first) * sizeof *c->mark);
    dy_match_prepare(c, first, end);
    if (dy_match_discard(c, first, end)) /* `verb discard`: no events */
        return 0;
    if (c->lx->tables->options & LX_OPT_AGENT_OVER_LIST)
        dy_ev_foreign_lists(&es);
    /* (the foreign lexicons' options asked once a sentence: dyad's own
     * lexicon sets neither, and its walk tests neither) */
    const uint32_t opts = c->lx->tables->options;
    const dy_token *const tok = c->tok, *const tend = tok + end;
    rc = opts & (LX_OPT_VERB_NOUNS | LX_OPT_COMMA)
             ? verb_walk(&es, tok + first, tend, opts)
             : verb_walk(&es, tok + first, tend, 0);
    /* (a sentence none of whose tokens keys a noun pattern, a third of
     * them by the clause walk's union of their kinds, asks only of the
     * tokens before an "of": its walk tests their selves alone) */
    if (!rc)
        rc = c->sent_kinds & (1u << LX_NOUN)
                 ? noun_walk(&es, tok + first, tend, 1u << LX_NOUN)
                 : noun_walk(&es, tok + first, tend, 0);
    if (!rc && (c->lx->tables->options & LX_OPT_CODE_BY_SENTENCE))
        dy_ev_foreign_by_sentence(&es);
    /* (every context rule reads or changes the sentence's own candidates:
     * a sentence with none has nothing for them) */
    if (rc || cands->count == es.cand_first)
        return rc;
    return dy_ev_context(&es);
}
