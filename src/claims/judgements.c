/*
 * judgements.c - what a speaker judges an act or a party to be. "China
 * said the sanctions were illegal", "Kyiv said Russia's shelling of the
 * plant amounted to a war crime": a say frame whose complement links its
 * subject by a copula (class copula: be, amount to, constitute) to a word
 * of class censure is the speaker's criticism, CAMEO 111, of the actor
 * that subject names; when the subject is an accusation or a report
 * (class accusation: "said the allegations were baseless") it is the
 * speaker's denial, 016, aimed at the accuser; a subject said to be the
 * culprit (class culprit: "was behind the attack", "was responsible for")
 * is accused, 112. A negated judgement ("was not illegal") is none.
 */
#include "claims.h"
#include "claims_int.h"

#include "dates/dates.h"
#include "lexicon/lexicon.h"
#include "words/words.h"

#include <string.h>

#define SUBJECT_MAX 12 /* tokens of the judged subject */
#define VERDICT_GAP 4  /* tokens between the copula and the judgement */

/* the copula of the complement that starts at q: the first token of class
 * copula before SUBJECT_MAX tokens, a clause's end or a subordinator,
 * after a subject with a noun or pronoun in it (not "whatever may be the
 * provocation"); SIZE_MAX when none */
static size_t copula_at(const dy_ctx *c, size_t q, size_t end)
{
    int nominal = 0;
    for (size_t r = q; r < end && r < q + SUBJECT_MAX; r++) {
        const dy_token *t = &c->tok[r];
        if (dy_is_clause_punct(c, t) || t->tag == TAG_SUB)
            return SIZE_MAX;
        if (nominal && (t->tag == TAG_AUX || t->tag == TAG_VERB) &&
            dy_in_class_lemma(c, DY_CL_COPULA, t))
            return r;
        nominal |= t->tag == TAG_NOUN || t->tag == TAG_PROPN ||
                   t->tag == TAG_PRON || t->mention >= 0;
    }
    return SIZE_MAX;
}

/* the judgement word after the copula at v: a word of class censure
 * within VERDICT_GAP tokens ("was a clear violation", "amounted to an act
 * of aggression") or one of class culprit right after it ("was behind",
 * "was to blame");
 * SIZE_MAX when none or when negated */
static size_t verdict_at(const dy_ctx *c, size_t v, size_t end)
{
    for (size_t r = v + 1; r < end && r <= v + VERDICT_GAP + 1; r++) {
        const dy_token *t = &c->tok[r];
        /* (a participle is an adjective here: "was rigged") */
        int adj = t->tag == TAG_ADJ || t->tag == TAG_NOUN ||
                  (t->tag == TAG_VERB && t->is_part);
        if (dy_is_clause_punct(c, t) || t->tag == TAG_NEG ||
            t->tag == TAG_SUB || (t->tag == TAG_VERB && !adj))
            return SIZE_MAX;
        if ((adj && dy_in_class_lemma(c, DY_CL_CENSURE, t)) ||
            (r == v + 1 && dy_in_class(c, DY_CL_CULPRIT, t)))
            return r;
        /* "was to blame" */
        if (r == v + 1 && t->tag == TAG_TO && r + 1 < end &&
            dy_in_class(c, DY_CL_CULPRIT, &c->tok[r + 1]))
            return r + 1;
    }
    return SIZE_MAX;
}

/* the actor the subject [q, v) names, other than the speaker: the source
 * of an act whose trigger lies in it ("the killings of innocent people":
 * the killers, not the victims; none when unnamed), else (or with
 * actor_only) its first mention; -1 */
static int32_t judged_actor(const dy_ctx *c, const dy_frame *x, size_t q,
                            size_t v, const dy_vec *cands, size_t cand_first,
                            int actor_only)
{
    int32_t who = x->who >= 0 ? dy_head_mention(c, x->who) : -1;
    for (size_t k = cand_first; !actor_only && k < cands->count; k++) {
        const dy_cand *o = dy_vec_at(cands, k);
        if (o->trig_first >= q && o->trig_end <= v)
            return o->src >= 0 && dy_head_mention(c, o->src) != who
                       ? dy_head_mention(c, o->src)
                       : -1;
    }
    for (size_t r = q; r < v; r++) {
        int32_t m = c->tok[r].mention;
        if (m >= 0 && dy_head_mention(c, m) != who)
            return dy_head_mention(c, m);
    }
    return -1;
}

/* Does a word of class accusation head the subject [q, v) ("the
 * allegations", "Ukraine's claims")? */
static int judges_accusation(const dy_ctx *c, size_t q, size_t v)
{
    for (size_t r = q; r < v; r++)
        if (c->tok[r].tag == TAG_NOUN &&
            dy_in_class_noun(c, DY_CL_ACCUSATION, &c->tok[r]))
            return 1;
    return 0;
}

/* "said Russia was responsible for the attack on the hospital": an act
 * after the culprit word (tokens (j, lim)) that names no perpetrator of its
 * own is the accused's, as the speaker tells it (its status stays the
 * frame's), not unidentified attackers' */
static void culprit_acts(size_t j, size_t lim, dy_vec *cands,
                         size_t cand_first, size_t made, int32_t accused)
{
    for (size_t q = cand_first; q < made; q++) {
        dy_cand *o = dy_vec_at(cands, q);
        if (o->trig_first <= j || o->trig_first >= lim || o->background ||
            (o->src >= 0 && !o->src_inferred) ||
            (o->src < 0 && o->src_code[0] && !o->src_unidentified) ||
            o->tgt == accused)
            continue;
        o->src = accused;
        o->src_code[0] = '\0';
        o->src_inferred = 0;
        o->src_unidentified = 0;
        o->ctx_first = o->ctx_end = 0;
    }
}

int dy_claims_judgements(dy_ctx *c, uint32_t si, size_t first, size_t end,
                         const dy_frame *fr, int nfr, dy_vec *cands,
                         size_t cand_first)
{
    size_t made = cands->count;
    for (int f = 0; f < nfr; f++) {
        const dy_frame *x = &fr[f];
        if (x->status != ST_REPORTED || x->negated || !x->after ||
            x->who < 0 ||
            dy_claims_frame_coded(x, cands, cand_first, cands->count))
            continue;
        size_t q = x->end, lim = x->limit < end ? x->limit : end;
        if (q < lim && dy_tok_has(&c->tok[q], c->w_that))
            q++;
        size_t v = copula_at(c, q, lim);
        size_t j = v != SIZE_MAX ? verdict_at(c, v, lim) : SIZE_MAX;
        /* (not "said it was illegal to cross": a rule, not a verdict) */
        if (j == SIZE_MAX ||
            (v == q + 1 && c->tok[q].tag == TAG_PRON && j + 1 < lim &&
             (c->tok[j + 1].tag == TAG_TO ||
              dy_tok_has(&c->tok[j + 1], c->w_that))))
            continue;
        /* "said Russia was behind the attack": the subject is accused */
        int culprit = dy_in_class(c, DY_CL_CULPRIT, &c->tok[j]);
        int32_t tgt = judged_actor(c, x, q, v, cands, cand_first, culprit);
        if (culprit && tgt < 0)
            continue;
        const char *code = culprit                      ? "112"
                           : judges_accusation(c, q, v) ? "016"
                                                        : "111";
        if (!dy_lexicon_cameo(c->lx, code))
            continue; /* (a lexicon without the code) */
        dy_cand *k = dy_claims_frame_act(c, si, first, end, fr, nfr, x,
                                         cands, code, tgt);
        if (!k)
            return DYAD_ENOMEM;
        if (culprit)
            culprit_acts(j, lim, cands, cand_first, made, tgt);
    }
    if (cands->count > made)
        dy_dates_sentence(c, first, end, cands, made);
    return 0;
}
