/*
 * claims.c - status and attribution (stage 5). The claim frames of a
 * sentence (frames.c: "X said ...", ", X said.", "according to X",
 * "confirmed by X", "X denied ...") say on whose word its events stand;
 * the nearest frame that reaches an event, preferring the one that
 * governs it from before, gives its status and attributed_to.
 *
 * Modality comes from the verb group (may, could, will, not, never) and
 * `modal` phrases (set to, plan to, aimed at). Future wins over a frame:
 * "X indicated the visit is aimed at meeting Y" is a future meeting that
 * X reports; but a denied act is denied, whatever its mood ("denied it
 * would attack"). A negated confirmation ("neither Washington nor Moscow
 * has acknowledged", "did not confirm that ...") marks the events it
 * reaches as not confirmed by them; a denial of "these reports" or "this
 * claim" contests the reported events of the two previous sentences and
 * the sentence's own events before it.
 *
 * A denial is also an act of its speaker: "Moscow denied targeting
 * civilians" is Moscow's 016 (deny responsibility, reject accusation),
 * aimed at the accuser when named, with the denied act's status denied.
 * When no event pattern covers the denial's words, this stage makes that
 * 016 candidate itself (its pattern is the say phrase).
 */
#include "claims.h"

#include "claims_int.h"
#include "clauses/clauses.h"
#include "dates/dates.h"
#include "lexicon/lexicon.h"
#include "match/match.h"
#include "words/words.h"

#include <string.h>

static void contest(dy_ctx *c, dy_cand *k, int32_t who, int kind)
{
    for (int32_t m = who; m >= 0 && k->ncontest < 4;) {
        int dup = 0;
        for (int q = 0; q < k->ncontest; q++)
            if (k->contest[q] == m)
                dup = 1;
        if (!dup)
            k->contest[k->ncontest++] = m;
        k->contest_kind = (uint8_t)kind;
        const dy_mention *x = dy_vec_at(&c->mentions, (size_t)m);
        m = x->coord_next;
    }
}

/* "must", "should", "has to", "needs to", "ought to" in the verb group */
static int deontic(const dy_ctx *c, size_t from, size_t to)
{
    for (size_t q = from; q < to; q++) {
        const dy_token *t = &c->tok[q];
        if (dy_tok_is(c, t, "must") || dy_tok_is(c, t, "should"))
            return 1;
        if ((dy_tok_is(c, t, "has") || dy_tok_is(c, t, "have") ||
             dy_tok_is(c, t, "need") || dy_tok_is(c, t, "needs") ||
             dy_tok_is(c, t, "ought")) &&
            q + 1 < to && c->tok[q + 1].tag == TAG_TO)
            return 1;
    }
    return 0;
}

/* "Russia must withdraw its troops", "everybody should cooperate", with
 * nobody's word for it: an obligation, not an act (the verb group right
 * before the trigger at t, from `first` on) */
static int obliged(const dy_ctx *c, size_t first, size_t t)
{
    /* (deontic's words are a modal, "must" or "should", or a verb before
     * an infinitive's "to", TAG_TO, a tag of a word with POS_TO alone,
     * words.c closed_tag: a sentence whose POS_* bits have neither, most
     * with a verb event, has its verb groups unread) */
    if (!(c->sent_pos & (POS_MODAL | POS_TO)))
        return 0;
    size_t g = t;
    while (g > first && t - g < 5) {
        const dy_token *p = &c->tok[g - 1];
        if (p->tag != TAG_AUX && p->tag != TAG_MODAL && p->tag != TAG_ADV &&
            p->tag != TAG_TO && !(p->tag == TAG_VERB && g < t &&
                                  c->tok[g].tag == TAG_TO))
            break;
        g--;
    }
    return deontic(c, g, t);
}

/* a modal verb of possibility before the act ("could launch", "may
 * impose", "might strike"), with no condition ("if", "unless") */
static int possible(const dy_ctx *c, size_t from, size_t to)
{
    int modal = 0;
    for (size_t q = from; q < to; q++) {
        const dy_token *t = &c->tok[q];
        if (dy_tok_is(c, t, "if") || dy_tok_is(c, t, "unless"))
            return 0;
        if (t->tag == TAG_MODAL &&
            (dy_tok_is(c, t, "could") || dy_tok_is(c, t, "may") ||
             dy_tok_is(c, t, "might") || dy_tok_is(c, t, "would")))
            modal = 1;
    }
    return modal;
}

/* will, shall, won't's "wo": a modal of the future */
static int future_modal(const dy_ctx *c, const dy_token *t)
{
    return dy_tok_is(c, t, "will") || dy_tok_is(c, t, "shall") ||
           dy_tok_is(c, t, "wo");
}

/* "will not", "refused to", "declined to": a refusal, not a plain
 * negation ("did not meet") nor an inability ("could not", "cannot") */
static int refusal_words(const dy_ctx *c, size_t from, size_t to)
{
    for (size_t q = from; q < to; q++) {
        if (dy_in_class_lemma(c, DY_CL_REFUSE, &c->tok[q]))
            return 1;
        if (c->tok[q].tag == TAG_NEG && q > from &&
            c->tok[q - 1].tag == TAG_MODAL) {
            const dy_token *m = &c->tok[q - 1];
            if (future_modal(c, m) || dy_tok_is(c, m, "would"))
                return 1;
        }
    }
    return 0;
}

/* "did not accept the deal", "has not recognised the junta": a negated
 * verb of class acceptance (data/grammar.lex) withholds what was asked, a
 * rejection, as "refused to accept" does */
static int withheld(const dy_ctx *c, const dy_cand *k)
{
    /* (not an infinitive: "vowed never to recognise" is the vow's) */
    size_t v = k->trig_first;
    return !k->is_noun && !k->nonfinite && v > 0 &&
           c->tok[v - 1].tag != TAG_TO &&
           dy_in_class_verb(c, DY_CL_ACCEPTANCE, &c->tok[v]);
}

/* Is the act's subject or object quantified by "no" ("No Israeli has
 * been killed", "no country has recognised", "killed no one")? The
 * subject is the source, or the target of a passive. */
static int no_subject(const dy_ctx *c, const dy_cand *k, size_t first)
{
    /* (every rule below reads "no", "nobody" or "none": a sentence
     * without them, its tokens' bits say (DY_POS_NOBODY), has none) */
    if (k->is_noun || !(c->sent_pos & DY_POS_NOBODY))
        return 0;
    const dy_token *tk = c->tok;
    size_t e = k->trig_end;
    if (e < k->sent_end &&
        (dy_tok_is(c, &tk[e], "nobody") || dy_tok_is(c, &tk[e], "none") ||
         (dy_tok_is(c, &tk[e], "no") && e + 1 < k->sent_end &&
          dy_tok_is(c, &tk[e + 1], "one"))))
        return 1;
    /* "made no arrests", "imposed no sanctions", "no arrests were made":
     * the pattern's own object quantified by "no" */
    /* (a word with POS_NEG, as "no" is: the sentence's POS_* bits tell
     * where there is none, and the pattern's words are not walked) */
    for (size_t q = k->trig_first > first ? k->trig_first - 1 : first;
         (c->sent_pos & POS_NEG) && q < k->trig_end; q++)
        if ((tk[q].pos & POS_NEG) && dy_tok_is(c, &tk[q], "no") &&
            q + 1 < k->trig_end && tk[q + 1].tag != TAG_VERB)
            return 1;
    /* "no one was arrested": a subject that is nobody, before the verb
     * group (its auxiliaries and adverbs) */
    size_t g = k->trig_first;
    while (g > first && (c->tok[g - 1].tag == TAG_AUX ||
                         c->tok[g - 1].tag == TAG_ADV))
        g--;
    const dy_token *u = g > first ? &c->tok[g - 1] : NULL;
    if (u && ((u->tag == TAG_NOUN && (dy_tok_is(c, u, "nobody") ||
                                      dy_tok_is(c, u, "none"))) ||
              (u->tag == TAG_NUM && g - 1 > first &&
               (tk[g - 2].pos & POS_NEG) && dy_tok_is(c, u, "one") &&
               dy_tok_is(c, &tk[g - 2], "no"))))
        return 1;
    int32_t s = k->passive ? k->tgt : k->src;
    if (s < 0)
        return 0;
    const dy_mention *m = dy_vec_at(&c->mentions, (size_t)s);
    if (m->first <= first || m->end > k->trig_first)
        return 0;
    size_t q = m->first - 1;
    while (q > first && c->tok[q].tag == TAG_ADJ)
        q--;
    /* ("none of the protesters were arrested") */
    if (q > first + 1 && dy_tok_is(c, &tk[q], "the") &&
        dy_tok_is(c, &tk[q - 1], "of") && dy_tok_is(c, &tk[q - 2], "none"))
        return 1;
    return dy_tok_is(c, &tk[q], "no");
}

/* Is candidate k an act a verb of class prevent keeps from happening: its
 * object ("foiled a bomb attack", "trying to prevent looting") or the act
 * after its object's "from" ("prevented protesters from marching")? */
static int prevented(const dy_ctx *c, const dy_cand *k, size_t first)
{
    size_t q = k->trig_first;
    int from = 0;
    while (q > first && k->trig_first - q < 8) {
        const dy_token *t = &c->tok[q - 1];
        if (t->tag == TAG_VERB)
            return !from || q < k->trig_first - 1
                       ? dy_in_class_lemma(c, DY_CL_PREVENT, t)
                       : 0;
        if (!from && !k->is_noun && dy_tok_has(t, c->w_from) &&
            q == k->trig_first)
            from = 1;
        else if (!(t->tag == TAG_DET || t->tag == TAG_ADJ ||
                   t->tag == TAG_NUM || t->tag == TAG_POSS ||
                   ((k->is_noun || from) &&
                    (t->tag == TAG_NOUN || t->tag == TAG_PROPN ||
                     t->mention >= 0))))
            return 0;
        q--;
    }
    return 0;
}

/* a mood of modality() beside the statuses: told on an unnamed word
 * ("reportedly", "allegedly"), reported whether or not a speaker frames
 * it */
enum { MOOD_HEARSAY = ST_EMBEDDED + 1 };

/* The mood of candidate k from the words before it: ST_NEGATED,
 * ST_FUTURE, ST_HYPOTHETICAL, ST_REPORTED ("may have"), MOOD_HEARSAY or
 * 0; *would: 1
 * when the mood is a bare "would" (the future of reported speech: "said
 * it would allow"), 2 when it is counterfactual ("would have", "could
 * have", "should have") */
static int modality(const dy_ctx *c, const dy_cand *k, size_t first,
                    int *would)
{
    *would = 0;
    const dyad_lexicon *lx = c->lx;
    if (prevented(c, k, first))
        return ST_NEGATED;
    const dy_mention *m = k->src >= 0 && !k->is_noun
                              ? dy_vec_at(&c->mentions, (size_t)k->src)
                              : NULL;
    /* (a subject inside the pattern's words before its verb: their
     * "neither" is its meaning, "- NEITHER * [081]", not a mood) */
    if (m && m->negated && m->first < k->trig_first)
        return ST_NEGATED;
    if (no_subject(c, k, first))
        return ST_NEGATED;
    /* (each mood below is read from a negation, a modal or a phrase of
     * modality before the trigger: a sentence with none, its tokens'
     * kinds and POS_* bits say, gives none; TAG_NEG and TAG_MODAL are
     * tags of words with POS_NEG and POS_MODAL only, words.c
     * closed_alone) */
    if (!(c->sent_kinds & KIND_BIT(LX_MODAL)) &&
        !(c->sent_pos & (POS_NEG | POS_MODAL)))
        return 0;
    /* (the words after the subject, coordinated subjects too) */
    size_t from = k->trig_first > first + 6 ? k->trig_first - 6 : first;
    if (m) {
        size_t last = m->end;
        for (int32_t q = m->coord_next; q >= 0;) {
            const dy_mention *x = dy_vec_at(&c->mentions, (size_t)q);
            last = x->end;
            q = x->coord_next;
        }
        if (last <= k->trig_first && last > from)
            from = last;
    }
    int st = 0, may_have = 0;
    for (size_t q = from; q < k->trig_first; q++) {
        const dy_token *t = &c->tok[q];
        if (t->tag == TAG_PUNCT)
            st = 0, may_have = 0;
        /* "would not hesitate to strike": a negated verb of class
         * hesitate says the act is meant, in the mood of its modal */
        if (t->tag == TAG_NEG && q + 1 < k->trig_first &&
            dy_in_class_verb(c, DY_CL_HESITATE, &c->tok[q + 1]))
            continue;
        if (t->tag == TAG_NEG && !k->is_noun)
            return ST_NEGATED;
        if (t->tag == TAG_MODAL) {
            if (future_modal(c, t))
                st = ST_FUTURE;
            else if (!dy_tok_is(c, t, "must") && !dy_tok_is(c, t, "can") &&
                     !dy_tok_is(c, t, "should"))
                st = ST_HYPOTHETICAL;
            *would = dy_tok_is(c, t, "would");
            if (q + 2 <= k->trig_first && q + 1 < k->trig_first &&
                dy_tok_has(&c->tok[q + 1], c->w_have)) {
                may_have = 1;
                /* "would have thanked him", "could have averted": what
                 * did not happen, told or not */
                if (*would || dy_tok_is(c, t, "could") ||
                    dy_tok_is(c, t, "should")) {
                    st = ST_HYPOTHETICAL;
                    may_have = 0;
                    *would = 2;
                }
            }
        }
        size_t e;
        uint32_t pid = dy_match_at(c, q, k->trig_first + 1,
                                   KIND_BIT(LX_MODAL), &e);
        /* ("killed due to airstrikes": a phrase's "to" that is a
         * preposition after no verb opens a noun, a cause, not an
         * infinitive; "agreed to talks" keeps its verb's mood) */
        if (pid != LX_NONE && e > q + 1 && c->tok[e - 1].tag == TAG_PREP &&
            dy_tok_has(&c->tok[e - 1], c->w_to) &&
            c->tok[e - 2].tag != TAG_VERB)
            pid = LX_NONE;
        if (pid != LX_NONE) {
            const char *s = lx_str(lx, lx->phrases[pid].code);
            if (strcmp(s, "negated") == 0 && e < k->trig_first &&
                dy_in_class_verb(c, DY_CL_HESITATE, &c->tok[e]))
                continue; /* "did not hesitate to attack" */
            if (strcmp(s, "negated") == 0 && !k->is_noun)
                return ST_NEGATED;
            st = strcmp(s, "future") == 0     ? ST_FUTURE
                 : strcmp(s, "reported") == 0 ? MOOD_HEARSAY
                                              : ST_HYPOTHETICAL;
            if (!(t->tag == TAG_MODAL && e == q + 1))
                *would = 0; /* a longer phrase than the modal */
        }
    }
    if (st == ST_HYPOTHETICAL && may_have)
        return ST_REPORTED; /* "may have developed": uncertain past */
    return st;
}


/* The frame that gives candidate k its status, other than its own
 * words: the nearest one before it that frames what follows ("X said
 * ...", "according to X, ..."), else the nearest one after it that frames
 * what precedes (", X said."): the verb that governs the event's clause
 * is its nearest speaker, unless it opens a quotation that names its own.
 * A negated confirmation gives none (it contests). NULL when none. */
static const dy_frame *frame_of(const dy_ctx *c, const dy_frame *fr,
                                int nfr, const dy_cand *k)
{
    const dy_frame *lead = NULL, *trail = NULL;
    for (int f = 0; f < nfr; f++) {
        const dy_frame *x = &fr[f];
        if (k->trig_first < x->end && k->trig_end > x->pos)
            continue; /* the event's own words */
        if (x->negated && x->status == ST_CONFIRMED)
            continue;
        if (x->after && x->end <= k->trig_first && k->trig_first < x->limit)
            lead = x;
        else if (x->before && x->pos >= k->trig_end && !trail)
            trail = x;
    }
    /* 'AP reported that "Gunmen killed 5, police said."': the lead opens
     * a quotation whose own speaker follows */
    for (size_t q = lead ? lead->end : 0; lead && trail && q < k->trig_first;
         q++)
        if (dy_is_quote(c, &c->tok[q]))
            return trail;
    return lead ? lead : trail;
}

/* the CAMEO code of a candidate's pattern */
static const char *pattern_code(const dy_ctx *c, const dy_cand *k)
{
    return lx_phrase_cameo(c->lx, &c->lx->phrases[k->phrase]);
}

/* "refused to lift the sanctions": the refusal is asserted, with CAMEO's
 * refusal code of the act; the bare "refused" event before it adds
 * nothing */
static void refusal(const dy_ctx *c, dy_cand *k, const char *code,
                    size_t from, dy_vec *cands, size_t cand_first)
{
    k->status = ST_ASSERTED;
    k->cameo_override = code;
    for (size_t r = cand_first; r < cands->count; r++) {
        dy_cand *o = dy_vec_at(cands, r);
        if (o != k && !o->is_noun && o->trig_first >= from &&
            o->trig_first < k->trig_first &&
            refusal_words(c, o->trig_first, o->trig_first + 1))
            o->background = 1;
    }
}

/* the status of an event of mood mod (0, ST_FUTURE, ...) under frame use
 * (or none) */
static int status_under(int mod, const dy_frame *use)
{
    int denied = use && use->status == ST_DENIED;
    if (mod == ST_NEGATED)
        return ST_NEGATED;
    if (denied)
        return ST_DENIED; /* "denied it would attack": no threat */
    if (mod == ST_FUTURE)
        return ST_FUTURE;
    if (mod == ST_HYPOTHETICAL)
        return use ? ST_REPORTED : ST_HYPOTHETICAL;
    if (use)
        return use->status;
    if (mod == ST_REPORTED)
        return ST_HYPOTHETICAL; /* "may have" with nobody's word */
    if (mod == MOOD_HEARSAY)
        return ST_REPORTED; /* "reportedly", nobody named */
    return ST_ASSERTED;
}

/* Is the subject of verb candidate k "we" or "I", right before its verb
 * group ("'We reject the proposal,' the minister said"), or before the
 * verb or adjective whose infinitive it is ("'I have decided to resign'",
 * "'We are ready to talk'")? */
static int first_person_subject(const dy_ctx *c, const dy_cand *k,
                                size_t first)
{
    size_t g = k->trig_first;
    int to = 0; /* (past an infinitive's "to": not "to be branded", nor
                   after a modal, "we would be forced to pull out") */
    while (g > first) {
        int tag = c->tok[g - 1].tag;
        /* (a hostile passive's subject is acted on, "we were forced";
         * "we are committed to" is a stance, as adjectives are) */
        if (tag == TAG_AUX && (c->tok[g - 1].pos & POS_BE) &&
            c->tok[g].is_part && !to && dy_cand_root(c, k) >= 11)
            return 0;
        if (tag == TAG_TO && c->tok[g].tag == TAG_AUX)
            return 0;
        if (tag == TAG_MODAL && to)
            return 0;
        to |= tag == TAG_TO;
        if (tag == TAG_AUX || tag == TAG_MODAL || tag == TAG_NEG ||
            tag == TAG_ADV || tag == TAG_TO ||
            ((tag == TAG_VERB || tag == TAG_ADJ) &&
             c->tok[g].tag == TAG_TO))
            g--;
        else
            break;
    }
    return g > first && c->tok[g - 1].tag == TAG_PRON &&
           (dy_tok_is(c, &c->tok[g - 1], "we") ||
            dy_tok_is(c, &c->tok[g - 1], "i"));
}

/* Status, attribution and the codes that mood gives candidate k
 * (intent, refusal, demand). */
static void qualify(dy_ctx *c, dy_cand *k, const dy_frame *fr, int nfr,
                    size_t first, dy_vec *cands, size_t cand_first)
{
    int would;
    int mod = modality(c, k, first, &would);
    /* "will hold a protest on Friday, protesting the law": a participle
     * after a comma tells of the main verb's act, in its mood */
    if (!mod && k->mood_from) {
        dy_cand m = *k;
        m.trig_first = k->mood_from - 1;
        mod = modality(c, &m, first, &would);
    }
    if (!mod && k->modal)
        mod = k->modal; /* set by the events stage ("wants X to") */
    const dy_frame *use = frame_of(c, fr, nfr, k);
    /* the speaker of a first-person act is its source */
    if (use && use->who >= 0 && k->src < 0 && !k->is_noun &&
        first_person_subject(c, k, first))
        k->src = use->who;
    /* (with a speaker: "X said Y must Z" is X's demand, below) */
    if (!mod && !use && !k->is_noun && obliged(c, first, k->trig_first))
        mod = ST_HYPOTHETICAL;
    /* "Iraq said it would allow": the speaker's own announced act, the
     * future of reported speech (intent), not a hypothesis */
    if (mod == ST_HYPOTHETICAL && would == 1 && use && use->after &&
        use->status == ST_REPORTED && use->who >= 0 && k->src >= 0 &&
        dy_head_mention(c, use->who) == dy_head_mention(c, k->src))
        mod = ST_FUTURE;
    const char *kcode = pattern_code(c, k);
    size_t from = k->trig_first > first + 6 ? k->trig_first - 6 : first;
    /* modality() never calls a noun trigger negated */
    const char *refuse = mod == ST_NEGATED &&
                                 (refusal_words(c, from, k->trig_first) ||
                                  withheld(c, k))
                             ? dy_lexicon_remap(c->lx, DY_RM_REFUSAL, kcode, 0)
                             : NULL;
    if (refuse)
        refusal(c, k, refuse, from, cands, cand_first);
    else
        k->status = (uint8_t)status_under(mod, use);
    if (would == 2 && k->status == ST_REPORTED)
        k->status = ST_HYPOTHETICAL; /* told or not, it did not happen */
    if (use) {
        k->attr = use->who;
        k->attr_first = (uint32_t)use->who_first;
        k->attr_end = (uint32_t)use->who_end;
    }
    if (k->status == ST_FUTURE && !k->is_noun)
        k->cameo_override = dy_lexicon_remap(c->lx, DY_RM_INTENT, kcode, 0);
    /* "Turkey could launch an offensive", "the US may impose sanctions":
     * force or a penalty held out as possible is a threat (13x), not the
     * act (CAMEO: conditional use of force is a threat), also when told
     * by another ("Iraq said Iran would attack"); the mood stays */
    if (mod == ST_HYPOTHETICAL && would != 2 && k->status != ST_DENIED &&
        !k->is_noun && possible(c, from, k->trig_first)) {
        const char *th = dy_lexicon_remap(c->lx, DY_RM_INTENT, kcode, 0);
        if (th && th[0] == '1' && th[1] == '3')
            k->cameo_override = th;
    }
    /* "X said Y must Z": X demands Z of Y */
    if (use && use->who >= 0 && use->status != ST_DENIED && !k->is_noun &&
        k->src >= 0 && use->who != k->src && deontic(c, from, k->trig_first)) {
        k->cameo_override = dy_lexicon_remap(c->lx, DY_RM_DEMAND, kcode, 1);
        k->tgt = k->src;
        k->src = use->who;
        k->status = ST_ASSERTED;
        k->tgt_code[0] = '\0';
        k->tgt_from_place = 0;
    }
}

/* "Russia, the ministry said, attacked ...": a speaker in parenthesis
 * between a subject and its verb is not the verb's source; the subject
 * before the parenthesis is */
static void reattach(const dy_ctx *c, size_t first, const dy_frame *fr,
                     int nfr, dy_vec *cands, size_t cand_first)
{
    for (int f = 0; f < nfr; f++) {
        const dy_frame *x = &fr[f];
        if (x->open == SIZE_MAX || x->open <= first || !x->before ||
            c->tok[x->open - 1].mention < 0)
            continue;
        int verb = 0; /* the subject's clause has no verb yet */
        for (size_t q = x->open; q-- > first && !verb;) {
            if (c->tok[q].type == TT_PUNCT)
                break;
            verb = c->tok[q].tag == TAG_VERB;
        }
        if (verb)
            continue;
        int32_t subj = dy_head_mention(c, c->tok[x->open - 1].mention);
        for (size_t q = cand_first; q < cands->count; q++) {
            dy_cand *k = dy_vec_at(cands, q);
            if (k->is_noun || k->passive || k->src < 0 ||
                k->trig_first < x->end)
                continue;
            const dy_mention *m = dy_vec_at(&c->mentions, (size_t)k->src);
            if (m->first > x->open && m->first < x->pos)
                k->src = subj;
        }
    }
}

/* Contests: a negated confirmation marks the events it reaches (before
 * it, or after it: "did not confirm that ...") not confirmed by its
 * speakers, and an event after it that nobody else frames is only
 * reported; a denial of accusations or reports contests the reported
 * events of the two previous sentences and the sentence's own events
 * before it (which it makes reported). */
static void contests(dy_ctx *c, uint32_t si, const dy_frame *fr, int nfr,
                     dy_vec *cands, size_t cand_first)
{
    for (int f = 0; f < nfr; f++) {
        const dy_frame *x = &fr[f];
        if (x->who < 0)
            continue;
        if (x->negated && x->status == ST_CONFIRMED) {
            for (size_t q = cand_first; q < cands->count; q++) {
                dy_cand *k = dy_vec_at(cands, q);
                if (k->trig_first < x->pos) {
                    contest(c, k, x->who, 2);
                } else if (x->after && k->trig_first >= x->end &&
                           k->trig_first < x->limit) {
                    contest(c, k, x->who, 2);
                    if (k->status == ST_ASSERTED)
                        k->status = ST_REPORTED;
                }
            }
        }
        if (x->status != ST_DENIED || !x->has_object)
            continue;
        for (size_t q = 0; q < cand_first; q++) {
            dy_cand *k = dy_vec_at(cands, q);
            if (k->status == ST_REPORTED && k->sentence + 2 >= si)
                contest(c, k, x->who, 1);
        }
        /* "X shot down a drone; Russia denies this claim": the sentence's
         * own events before it are only claimed, and contested */
        for (size_t q = cand_first; q < cands->count; q++) {
            dy_cand *k = dy_vec_at(cands, q);
            if (k->trig_end > x->pos || k->status == ST_NEGATED ||
                k->status == ST_DENIED)
                continue;
            contest(c, k, x->who, 1);
            if (k->status == ST_ASSERTED)
                k->status = ST_REPORTED;
        }
    }
}

/* "rejected the claims that ...": a plain rejection (120) of accusations
 * is the denial 016, aimed at the accuser; the act in its complement is
 * denied, not refused (so this runs before the complements' codes) */
static void rejections(const dy_ctx *c, const dy_frame *fr, int nfr,
                       dy_vec *cands, size_t cand_first)
{
    for (int f = 0; f < nfr; f++) {
        const dy_frame *x = &fr[f];
        for (size_t q = cand_first; x->accusation && q < cands->count;
             q++) {
            dy_cand *k = dy_vec_at(cands, q);
            if (k->trig_first < x->end && k->trig_end > x->pos &&
                !k->cameo_override && !strcmp(pattern_code(c, k), "120")) {
                k->cameo_override = "016";
                if (k->tgt < 0 && x->accuser != k->src)
                    k->tgt = x->accuser;
            }
        }
    }
}

/* is the denial x an act of its speaker: a denial of accusations, of a
 * proposition, or of an event of the sentence? */
static int denies_act(const dy_frame *x, const dy_vec *cands,
                      size_t cand_first)
{
    if (x->accusation || x->proposition)
        return 1;
    for (size_t q = cand_first; q < cands->count; q++) {
        const dy_cand *k = dy_vec_at(cands, q);
        if (k->status == ST_DENIED && k->attr == x->who)
            return 1;
    }
    return 0;
}

int dy_claims_frame_coded(const dy_frame *x, const dy_vec *cands,
                          size_t from, size_t to)
{
    for (size_t q = from; q < to; q++) {
        const dy_cand *k = dy_vec_at(cands, q);
        if (k->trig_first < x->end && k->trig_end > x->pos)
            return 1;
    }
    return 0;
}

dy_cand *dy_claims_frame_act(dy_ctx *c, uint32_t si, size_t first,
                             size_t end, const dy_frame *fr, int nfr,
                             const dy_frame *x, dy_vec *cands,
                             const char *code, int32_t tgt)
{
    dy_cand *k = dy_vec_push(cands);
    if (!k)
        return NULL;
    k->phrase = x->phrase;
    k->trig_first = k->head = (uint32_t)x->pos;
    k->trig_end = (uint32_t)x->end;
    k->sentence = si;
    k->sent_first = (uint32_t)first;
    k->sent_end = (uint32_t)end;
    k->src = x->who;
    k->tgt = tgt;
    k->place = k->attr = -1;
    k->killed = k->injured = -1;
    k->cameo_override = code;
    k->scope = c->tok[x->pos].scope;
    int would;
    int mod = modality(c, k, first, &would);
    const dy_frame *use = frame_of(c, fr, nfr, k); /* "X said Y denied" */
    k->status = (uint8_t)status_under(mod == ST_NEGATED ? 0 : mod, use);
    if (use) {
        k->attr = use->who;
        k->attr_first = (uint32_t)use->who_first;
        k->attr_end = (uint32_t)use->who_end;
    }
    return k;
}

/* A denial that no event pattern covers is its speaker's event 016
 * (deny responsibility, reject an accusation), aimed at the accuser when
 * named: a candidate made here, whose pattern is the say phrase and
 * whose code is the override. DYAD_ENOMEM. */
static int denials(dy_ctx *c, uint32_t si, size_t first, size_t end,
                   const dy_frame *fr, int nfr, dy_vec *cands,
                   size_t cand_first)
{
    size_t made = cands->count;
    for (int f = 0; f < nfr; f++) {
        const dy_frame *x = &fr[f];
        /* (the code looked up only for a denial: not on every sentence) */
        if (x->status != ST_DENIED || x->who < 0 ||
            !denies_act(x, cands, cand_first) ||
            !dy_lexicon_cameo(c->lx, "016"))
            continue;
        if (dy_claims_frame_coded(x, cands, cand_first, made))
            continue; /* a pattern of its own: "denied the accusations" */
        if (!dy_claims_frame_act(c, si, first, end, fr, nfr, x, cands, "016",
                                 x->accuser != x->who ? x->accuser : -1))
            return DYAD_ENOMEM;
    }
    if (cands->count > made)
        dy_dates_sentence(c, first, end, cands, made);
    return 0;
}

/* An act told inside a subordinate clause or a participle modifying a
 * noun (clauses.h) is embedded, not asserted by the sentence, whatever
 * frame or modality it has; a negated one stays negated. */
static void embed_subordinate(dy_vec *cands, size_t cand_first)
{
    for (size_t q = cand_first; q < cands->count; q++) {
        dy_cand *k = dy_vec_at(cands, q);
        if (k->scope != SC_MAIN && k->status != ST_NEGATED)
            k->status = ST_EMBEDDED;
    }
}

/* "Will Kenya impose sanctions?", "Did Russia attack?": a sentence that
 * ends in a question mark (before closing quotes) asks about its acts
 * and asserts none of them: told, done or announced, they are
 * hypothetical. A question quoted at the end asks only about the acts
 * inside the quotation ("marched chanting, 'Why do you poison us?'") */
static void questioned(const dy_ctx *c, size_t first, size_t end,
                       dy_vec *cands, size_t cand_first)
{
    size_t q = end;
    while (q > first && dy_is_quote(c, &c->tok[q - 1]))
        q--;
    if (q == first || c->tok[q - 1].lower_len != 1 ||
        c->lower.data[c->tok[q - 1].lower] != '?')
        return;
    size_t from = first;
    if (q < end) /* the quotation's opening mark */
        for (size_t b = q - 1; b > first && from == first; b--)
            if (dy_is_quote(c, &c->tok[b - 1]))
                from = b;
    for (size_t n = cand_first; n < cands->count; n++) {
        dy_cand *k = dy_vec_at(cands, n);
        if (k->trig_first >= from &&
            (k->status == ST_ASSERTED || k->status == ST_REPORTED ||
             k->status == ST_FUTURE))
            k->status = ST_HYPOTHETICAL;
    }
}

/* "Hamas said it had not fired the rocket": an act its speaker says it
 * did not do (negated, in the complement of a say frame, done by the
 * speaker) is the speaker's denial, 016, and the act is denied, as after
 * "denied firing". DYAD_ENOMEM. */
static int said_not_done(dy_ctx *c, uint32_t si, size_t first, size_t end,
                         const dy_frame *fr, int nfr, dy_vec *cands,
                         size_t cand_first)
{
    size_t made = cands->count;
    for (size_t q = cand_first; q < made; q++) {
        dy_cand *k = dy_vec_at(cands, q);
        /* (a finite verb of the complement's own clause, active: not "he
         * was not authorized to release", "were not allowed to visit") */
        if (k->status != ST_NEGATED || k->background || k->is_noun ||
            k->src < 0 || k->nonfinite || k->passive || k->modal ||
            c->tok[k->trig_first].scope != SC_MAIN)
            continue;
        /* (its subject right before its verb group: a pronoun, "it had
         * not fired", or the speaker's name) */
        size_t v = k->trig_first;
        while (v > first && (c->tok[v - 1].tag == TAG_AUX ||
                             c->tok[v - 1].tag == TAG_MODAL ||
                             c->tok[v - 1].tag == TAG_NEG ||
                             c->tok[v - 1].tag == TAG_ADV))
            v--;
        if (v == first || !(c->tok[v - 1].tag == TAG_PRON ||
                            c->tok[v - 1].mention >= 0))
            continue;
        const dy_frame *x = frame_of(c, fr, nfr, k);
        if (!x || x->status != ST_REPORTED || x->negated || x->who < 0 ||
            !x->after || dy_head_mention(c, x->who) !=
                             dy_head_mention(c, k->src) ||
            !dy_lexicon_cameo(c->lx, "016"))
            continue;
        k->status = ST_DENIED;
        k->attr = x->who;
        if (!dy_claims_frame_act(c, si, first, end, fr, nfr, x, cands, "016",
                                 -1))
            return DYAD_ENOMEM;
    }
    if (cands->count > made)
        dy_dates_sentence(c, first, end, cands, made);
    return 0;
}

/* Does a token of sentence [first, end) belong to an actor mention? (The
 * mentions are found sentence by sentence, each over tokens of its own
 * sentence: one does where the last found starts in it, as
 * dy_ev_subject_before asks) */
static int has_mention(const dy_ctx *c, size_t first)
{
    const dy_vec *ms = &c->mentions;
    return ms->count &&
           ((const dy_mention *)dy_vec_at(ms, ms->count - 1))->first >= first;
}

int dy_claims_read(dy_ctx *c, uint32_t si, size_t first, size_t end,
                   dy_vec *cands, size_t cand_first)
{
    /* A sentence with no candidate is read only for the acts and
     * contests its frames make (denials, judgements), every one of which
     * asks for the frame's speaker, a mention of the sentence's own
     * tokens (or of an earlier frame's, or of a candidate's source): with
     * no say word (claims.h tells those apart) or no mention, no frame
     * has one, and none is looked for. */
    if (cand_first == cands->count && !has_mention(c, first))
        return 0;
    dy_frame fr[DY_MAX_FRAMES];
    int nfr = dy_claims_frames(c, first, end, cands, cand_first, fr,
                               DY_MAX_FRAMES);
    reattach(c, first, fr, nfr, cands, cand_first);
    for (size_t q = cand_first; q < cands->count; q++)
        qualify(c, dy_vec_at(cands, q), fr, nfr, first, cands, cand_first);
    rejections(c, fr, nfr, cands, cand_first);
    /* "urged Russia to withdraw", "threatened to attack": codes from
     * the complement's act (complements.c) */
    dy_claims_complements(c, cands, cand_first);
    contests(c, si, fr, nfr, cands, cand_first);
    int rc = denials(c, si, first, end, fr, nfr, cands, cand_first);
    /* (a negated act is its speaker's denial only under a say frame: a
     * sentence with none, most of them, has no candidate walked for it) */
    if (!rc && nfr > 0)
        rc = said_not_done(c, si, first, end, fr, nfr, cands, cand_first);
    /* (a judgement is told by a frame: a sentence with none, most of
     * them, makes no call) */
    if (!rc && nfr > 0)
        rc = dy_claims_judgements(c, si, first, end, fr, nfr, cands,
                                  cand_first);
    embed_subordinate(cands, cand_first);
    questioned(c, first, end, cands, cand_first);
    return rc;
}
