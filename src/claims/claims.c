/*
 * claims.c - status and attribution.
 *
 * A claim frame is a `say` phrase of the lexicon ("said", "reports
 * suggest", "according to", "confirmed by", "denied"). It frames the
 * events after it in the sentence ("X said that Y attacked Z"), or the
 * events before it when it is a trailing or passive frame (", officials
 * said"; "as confirmed by the US military"). Its speaker is the nearest
 * actor before the verb, the actor after "by"/"according to", or the
 * nearest noun ("Reports emerged suggesting ...").
 *
 * Modality comes from the verb group (may, could, will, not, never) and
 * `modal` phrases (set to, plan to, aimed at). Future wins over a frame:
 * "X indicated the visit is aimed at meeting Y" is a future meeting that
 * X reports. A negated confirmation ("neither Washington nor Moscow has
 * acknowledged") marks the sentence's events as not confirmed by them; a
 * denial of "these reports" contests the reported events of the two
 * previous sentences.
 */
#include "claims.h"

#include "actors/actors.h"
#include "clauses/clauses.h"
#include "match/match.h"
#include "lexicon/lexicon.h"

#include <string.h>

typedef struct frame {
    size_t pos, end;      /* the say phrase */
    int status;           /* ST_REPORTED, ST_CONFIRMED, ST_DENIED, ST_ASSERTED */
    int32_t who;          /* speaker mention or -1 */
    size_t who_first, who_end; /* speaker words when no mention */
    int negated;
    int trailing;         /* applies to events before it */
    int everywhere;       /* according to: the whole sentence */
} frame;

static int status_of(const char *s)
{
    if (strcmp(s, "reported") == 0)
        return ST_REPORTED;
    if (strcmp(s, "confirmed") == 0)
        return ST_CONFIRMED;
    if (strcmp(s, "denied") == 0)
        return ST_DENIED;
    return ST_REPORTED; /* "said": the text reports someone's claim */
}

static int32_t mention_after(const dy_ctx *c, size_t pos, size_t end)
{
    for (size_t k = pos; k < end && k < pos + 4; k++) {
        if (c->tok[k].mention >= 0)
            return dy_head_mention(c, c->tok[k].mention);
        if (c->tok[k].tag != TAG_DET && c->tok[k].tag != TAG_ADJ)
            break;
    }
    return -1;
}

static void find_frames(const dy_ctx *c, size_t first, size_t end,
                        frame *fr, int *nfr, int max)
{
    const dyad_lexicon *lx = c->lx;
    *nfr = 0;
    for (size_t i = first; i < end && *nfr < max; i++) {
        const dy_token *t = &c->tok[i];
        if (t->type != TT_WORD)
            continue;
        size_t e;
        uint32_t pid = dy_match_at(c, i, end, KIND_BIT(LX_SAY), &e);
        if (pid == LX_NONE)
            continue;
        int multi = e > i + 1;
        if (!multi && t->tag != TAG_VERB)
            continue;
        frame *f = &fr[(*nfr)++];
        memset(f, 0, sizeof *f);
        f->pos = i;
        f->end = e;
        f->who = -1;
        f->status = status_of(lx_str(lx, lx->phrases[pid].code));
        /* according to X */
        if (multi && dy_tok_has(&c->tok[i], c->w_according)) {
            f->who = mention_after(c, e, end);
            f->everywhere = 1;
            if (f->who < 0) {
                f->who_first = (uint32_t)e;
                f->who_end = (uint32_t)(e + 1 < end ? e + 1 : e);
            }
            i = e - 1;
            continue;
        }
        /* confirmed by X (passive), as X confirmed */
        if (e < end && dy_tok_has(&c->tok[e], c->w_by) && t->is_part) {
            f->who = mention_after(c, e + 1, end);
            f->trailing = 1;
            i = e - 1;
            continue;
        }
        /* the speaker: nearest mention before, in the clause */
        size_t k = i;
        int saw_comma = 0;
        while (k-- > first) {
            const dy_token *u = &c->tok[k];
            if (u->tag == TAG_NEG)
                f->negated = 1;
            if (u->mention >= 0) {
                f->who = dy_head_mention(c, u->mention);
                const dy_mention *m = dy_vec_at(&c->mentions, (size_t)f->who);
                if (m->negated)
                    f->negated = 1;
                break;
            }
            if ((u->tag == TAG_NOUN || u->tag == TAG_PROPN) && !saw_comma) {
                /* the speaker's words: the noun group around it */
                size_t a = k, z = k + 1;
                while (a > first && (c->tok[a - 1].tag == TAG_NOUN ||
                                     c->tok[a - 1].tag == TAG_PROPN ||
                                     c->tok[a - 1].tag == TAG_ADJ) &&
                       k - a < 6)
                    a--;
                f->who_first = (uint32_t)a;
                f->who_end = (uint32_t)z;
                break;
            }
            if (u->type == TT_PUNCT)
                saw_comma = 1;
            if (u->tag == TAG_VERB && u->vlem != c->tok[i].vlem &&
                k + 1 < i && c->tok[k + 1].tag != TAG_VERB)
                break;
        }
        /* ", officials said." at the end of the sentence */
        if (i > first + 1) {
            size_t q = f->who >= 0 ? ((const dy_mention *)dy_vec_at(
                                          &c->mentions, (size_t)f->who))
                                         ->first
                                   : f->who_first;
            if (q > first && c->tok[q - 1].type == TT_PUNCT)
                f->trailing = 1;
        }
        i = e - 1;
    }
}

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

/* "must", "should", "has to", "needs to" in the verb group */
static int deontic(const dy_ctx *c, size_t from, size_t to)
{
    for (size_t q = from; q < to; q++) {
        const char *w = dy_tok_lower(c, &c->tok[q]);
        if (!strcmp(w, "must") || !strcmp(w, "should"))
            return 1;
        if ((!strcmp(w, "has") || !strcmp(w, "have") || !strcmp(w, "need") ||
             !strcmp(w, "needs")) &&
            q + 1 < to && c->tok[q + 1].tag == TAG_TO)
            return 1;
    }
    return 0;
}

/* "will not", "refused to", "declined to": a refusal, not a plain
 * negation ("did not meet") */
static int refusal_words(const dy_ctx *c, size_t from, size_t to)
{
    for (size_t q = from; q < to; q++) {
        const char *w = dy_tok_lower(c, &c->tok[q]);
        if (!strncmp(w, "refus", 5) || !strncmp(w, "declin", 6) ||
            !strncmp(w, "reject", 6))
            return 1;
        if (c->tok[q].tag == TAG_NEG && q > from &&
            c->tok[q - 1].tag == TAG_MODAL)
            return 1;
    }
    return 0;
}

static int modality(const dy_ctx *c, const dy_cand *k, size_t first)
{
    const dyad_lexicon *lx = c->lx;
    size_t from = k->trig_first > first + 6 ? k->trig_first - 6 : first;
    if (k->src >= 0 && !k->is_noun) {
        const dy_mention *m = dy_vec_at(&c->mentions, (size_t)k->src);
        size_t last = m->end;
        for (int32_t q = m->coord_next; q >= 0;) {
            const dy_mention *x = dy_vec_at(&c->mentions, (size_t)q);
            last = x->end;
            q = x->coord_next;
        }
        if (last <= k->trig_first && last > from)
            from = last;
        if (m->negated)
            return ST_NEGATED;
    }
    int st = 0, may_have = 0;
    for (size_t q = from; q < k->trig_first; q++) {
        const dy_token *t = &c->tok[q];
        if (t->tag == TAG_PUNCT)
            st = 0, may_have = 0;
        if (t->tag == TAG_NEG && !k->is_noun)
            return ST_NEGATED;
        if (t->tag == TAG_MODAL) {
            const char *w = c->lower.data + t->lower;
            if (strcmp(w, "will") == 0 || strcmp(w, "shall") == 0 ||
                strcmp(w, "wo") == 0)
                st = ST_FUTURE;
            else if (strcmp(w, "must") != 0 && strcmp(w, "can") != 0 &&
                     strcmp(w, "should") != 0)
                st = ST_HYPOTHETICAL;
            if (q + 2 <= k->trig_first && q + 1 < k->trig_first &&
                dy_tok_has(&c->tok[q + 1], c->w_have))
                may_have = 1;
        }
        size_t e;
        uint32_t pid = dy_match_at(c, q, k->trig_first + 1,
                                   KIND_BIT(LX_MODAL), &e);
        if (pid != LX_NONE) {
            const char *s = lx_str(lx, lx->phrases[pid].code);
            if (strcmp(s, "negated") == 0 && !k->is_noun)
                return ST_NEGATED;
            st = strcmp(s, "future") == 0 ? ST_FUTURE : ST_HYPOTHETICAL;
        }
    }
    if (st == ST_HYPOTHETICAL && may_have)
        return ST_REPORTED; /* "may have developed": uncertain past */
    return st;
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

int dy_claims_sentence(dy_ctx *c, uint32_t si, size_t first, size_t end,
                       dy_vec *cands, size_t cand_first)
{
    frame fr[16];
    int nfr;
    find_frames(c, first, end, fr, &nfr, 16);
    for (size_t q = cand_first; q < cands->count; q++) {
        dy_cand *k = dy_vec_at(cands, q);
        int mod = modality(c, k, first);
        if (!mod && k->modal)
            mod = k->modal; /* set by the events stage ("wants X to") */
        const frame *use = NULL;
        for (int f = 0; f < nfr; f++) {
            const frame *x = &fr[f];
            if (x->pos >= k->trig_first && x->pos < k->trig_end)
                continue; /* the event's own verb */
            if (x->negated && x->status == ST_CONFIRMED)
                continue;
            if (x->everywhere || (x->pos < k->trig_first && !x->trailing) ||
                (x->trailing && x->pos >= k->trig_end))
                use = x;
        }
        const lx_phrase *kp = &c->lx->phrases[k->phrase];
        const char *kcode = lx_str(c->lx, c->lx->cameo[kp->cameo].code);
        size_t from = k->trig_first > first + 6 ? k->trig_first - 6 : first;
        /* modality() never calls a noun trigger negated */
        const char *refuse = mod == ST_NEGATED &&
                                     refusal_words(c, from, k->trig_first)
                                 ? dy_lexicon_remap(c->lx, DY_RM_REFUSAL, kcode, 0)
                                 : NULL;
        if (refuse) {
            /* the refusal is asserted: "refused to lift the sanctions";
             * the bare "refused" event adds nothing to it */
            k->status = ST_ASSERTED;
            k->cameo_override = refuse;
            for (size_t r = cand_first; r < cands->count; r++) {
                dy_cand *o = dy_vec_at(cands, r);
                if (o != k && !o->is_noun && o->trig_first >= from &&
                    o->trig_first < k->trig_first &&
                    refusal_words(c, o->trig_first, o->trig_first + 1))
                    o->background = 1;
            }
        } else if (mod == ST_NEGATED) {
            k->status = ST_NEGATED;
        } else if (mod == ST_FUTURE) {
            k->status = ST_FUTURE;
        } else if (mod == ST_HYPOTHETICAL) {
            k->status = use ? ST_REPORTED : ST_HYPOTHETICAL;
        } else if (use) {
            k->status = (uint8_t)use->status;
        } else if (mod == ST_REPORTED) {
            k->status = ST_HYPOTHETICAL;
        } else {
            k->status = ST_ASSERTED;
        }
        if (use) {
            k->attr = use->who;
            k->attr_first = (uint32_t)use->who_first;
            k->attr_end = (uint32_t)use->who_end;
        }
        if (k->status == ST_FUTURE && !k->is_noun)
            k->cameo_override = dy_lexicon_remap(c->lx, DY_RM_INTENT, kcode, 0);
        /* "X said Y must Z": X demands Z of Y */
        if (use && use->who >= 0 && !k->is_noun && k->src >= 0 &&
            use->who != k->src && deontic(c, from, k->trig_first)) {
            k->cameo_override = dy_lexicon_remap(c->lx, DY_RM_DEMAND, kcode, 1);
            k->tgt = k->src;
            k->src = use->who;
            k->status = ST_ASSERTED;
            k->tgt_code[0] = '\0';
            k->tgt_from_place = 0;
        }
    }
    /* "urged Russia to withdraw", "threatened to attack": codes from
     * the complement's act (complements.c) */
    dy_claims_complements(c, cands, cand_first);
    /* contests: not confirmed here; denied "these reports" before */
    for (int f = 0; f < nfr; f++) {
        const frame *x = &fr[f];
        if (x->who < 0)
            continue;
        if (x->negated && x->status == ST_CONFIRMED) {
            for (size_t q = cand_first; q < cands->count; q++) {
                dy_cand *k = dy_vec_at(cands, q);
                if (k->trig_first < x->pos)
                    contest(c, k, x->who, 2);
            }
        }
        if (x->status == ST_DENIED && !x->negated) {
            size_t o = x->end;
            int anaphor = 0;
            for (size_t q = o; q < end && q < o + 3; q++) {
                const dy_token *t = &c->tok[q];
                if (dy_in_class_lemma(c, DY_CL_REPORT_NOUN, t))
                    anaphor = 1;
            }
            if (!anaphor)
                continue;
            for (size_t q = 0; q < cand_first; q++) {
                dy_cand *k = dy_vec_at(cands, q);
                if (k->sentence + 2 >= si && k->status == ST_REPORTED)
                    contest(c, k, x->who, 1);
            }
        }
    }
    embed_subordinate(cands, cand_first);
    return 0;
}
