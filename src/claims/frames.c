/*
 * frames.c - claim frames: where a sentence says on whose word its events
 * stand (stage 5, before claims.c applies them). A frame is a `say`
 * phrase of the lexicon (data/grammar.lex) with a speaker and a reach:
 *
 *   X said (that) Y ...            the events after it
 *   Y ..., (the) X said [on Monday].  a speaker opening its own clause
 *                                  after punctuation, and nothing but
 *                                  adjuncts after the verb: the events
 *                                  before it too ("Y, X said, did Z")
 *   Y ..., said X.                 inverted: the speaker after the verb
 *   ..., saying/adding that Y      a participle: the clause's speaker
 *   according to X                 the whole sentence
 *   Y, as confirmed by X           passive: the events before it
 *
 * A two-word phrase may hold the opening of a noun group between its
 * words ("rejected Ukraine's accusations"); a denial records the accuser
 * it names and whether it denies accusations or reports.
 */
#include "claims_int.h"

#include "match/match.h"
#include "words/words.h"

#include <stdint.h>
#include <string.h>

static int status_of(const char *s)
{
    /* (the first byte before the call: most frames are "said") */
    if (s[0] == 'c' && strcmp(s, "confirmed") == 0)
        return ST_CONFIRMED;
    if (s[0] == 'd' && strcmp(s, "denied") == 0)
        return ST_DENIED;
    return ST_REPORTED; /* "said": the text reports someone's claim */
}

/* a word of a noun group: determiner, adjective, number, noun, name,
 * possessive, or part of an actor mention */
static int noun_group_word(const dy_token *t)
{
    return t->type != TT_PUNCT &&
           (t->mention >= 0 || t->tag == TAG_DET || t->tag == TAG_ADJ ||
            t->tag == TAG_NUM || t->tag == TAG_NOUN || t->tag == TAG_PROPN ||
            t->tag == TAG_POSS);
}

/* the first actor mention at pos (< end) in the noun group there
 * ("the Kurdish militia"), or -1 */
static int32_t mention_at(const dy_ctx *c, size_t pos, size_t end)
{
    for (size_t k = pos; k < end && k < pos + 4; k++) {
        if (c->tok[k].mention >= 0)
            return c->tok[k].mention;
        if (!noun_group_word(&c->tok[k]) || c->tok[k].tag == TAG_POSS)
            break;
    }
    return -1;
}

/* The speaker after a frame's phrase ("according to the ministry", ",
 * said a spokesman for the militia"): a mention, a bare role taking the
 * body it speaks for, or else the words of the noun group ("according to
 * local media"). */
static void speaker_after(const dy_ctx *c, size_t pos, size_t end,
                          dy_frame *f)
{
    int32_t m = mention_at(c, pos, end);
    if (m >= 0) {
        const dy_mention *x = dy_vec_at(&c->mentions, (size_t)m);
        size_t q = x->end;
        if (dy_mention_is_role(c, x) && q + 1 < end &&
            (dy_tok_has(&c->tok[q], c->w_for) ||
             dy_tok_has(&c->tok[q], c->w_of))) {
            int32_t o = mention_at(c, q + 1, end);
            if (o >= 0)
                m = o;
        }
        f->who = dy_head_mention(c, m);
        return;
    }
    size_t a = pos;
    while (a < end && a < pos + 2 && c->tok[a].tag == TAG_DET &&
           a + 1 < end && c->tok[a + 1].type == TT_WORD)
        a++;
    size_t z = a;
    if (a < end && (c->tok[a].tag == TAG_PRON || c->tok[a].tag == TAG_DET))
        z = a + 1; /* "according to her" */
    while (z < end && z < a + 6 && c->tok[z].type == TT_WORD &&
           (c->tok[z].tag == TAG_ADJ || c->tok[z].tag == TAG_NOUN ||
            c->tok[z].tag == TAG_PROPN || c->tok[z].tag == TAG_NUM ||
            (c->tok[z].tag == TAG_VERB && (c->tok[z].pos & POS_N))))
        z++; /* ("state news agency": a noun read as a verb) */
    if (z > a) {
        f->who_first = a;
        f->who_end = z;
    }
}

/* The speaker before the phrase at i: the nearest mention in its clause,
 * or the words of the nearest noun group ("security sources told ...").
 * Notes a negation on the way ("did not confirm", "neither X nor Y"). */
static void speaker_before(const dy_ctx *c, size_t first, size_t i,
                           dy_frame *f)
{
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
            return;
        }
        if ((u->tag == TAG_NOUN || u->tag == TAG_PROPN) && !saw_comma) {
            /* the speaker's words: the noun group around it */
            size_t a = k; /* (coordinated: "residents and sources") */
            while (a > first &&
                   (c->tok[a - 1].tag == TAG_NOUN ||
                    c->tok[a - 1].tag == TAG_PROPN ||
                    c->tok[a - 1].tag == TAG_ADJ ||
                    (c->tok[a - 1].tag == TAG_CONJ && a - 1 > first &&
                     c->tok[a - 2].tag == TAG_NOUN)) &&
                   k - a < 6)
                a--;
            f->who_first = a;
            f->who_end = k + 1;
            return;
        }
        if (u->type == TT_PUNCT && !dy_is_quote(c, u))
            saw_comma = 1; /* (a quoted name: local daily "City Press") */
        if (u->tag == TAG_VERB && u->vlem != c->tok[i].vlem && k + 1 < i &&
            c->tok[k + 1].tag != TAG_VERB)
            return;
    }
}

/* Does the speaker starting at token q open a clause of its own, right
 * after punctuation (", the Ukrainian military said"; ", a spokesman for
 * the ministry said")? The punctuation's token in *open. */
static int opens_clause(const dy_ctx *c, size_t first, size_t q,
                        size_t *open)
{
    for (size_t k = q, n = 0; k > first && n < 12; n++) {
        const dy_token *u = &c->tok[--k];
        if (u->type == TT_PUNCT) {
            *open = k;
            return 1;
        }
        if (noun_group_word(u) || u->tag == TAG_ADV || u->tag == TAG_CONJ ||
            dy_tok_has(u, c->w_of) || dy_tok_has(u, c->w_for) ||
            dy_tok_has(u, c->w_from) || dy_tok_has(u, c->w_in) ||
            dy_tok_has(u, c->w_at))
            continue;
        return 0;
    }
    return 0;
}

/* is token q the trigger of one of the sentence's candidates? */
static int is_trigger(const dy_vec *cands, size_t cand_first, size_t q)
{
    for (size_t r = cand_first; r < cands->count; r++) {
        const dy_cand *k = dy_vec_at(cands, r);
        if (q >= k->trig_first && q < k->trig_end)
            return 1;
    }
    return 0;
}

/* Does a content clause follow the say phrase ending at e ("said that
 * ...", "said Russia attacked ...", 'said: "..."') rather than only its
 * adjuncts and addressee (", officials said on Monday.", ", sources told
 * Reuters.", "said in a statement posted online")? After an addressee
 * (told X) or an adjunct (on Monday, in a statement), only "that" or an
 * event's verb opens the content; after a noun group any verb does, and
 * with `object` the noun group itself is content ("reported casualties";
 * without it, ", said the army." names the speaker). */
static int content_follows(const dy_ctx *c, size_t e, size_t end,
                           int addressee, int object, const dy_vec *cands,
                           size_t cand_first)
{
    size_t q = e;
    if (addressee)
        while (q < end && q < e + 6 &&
               (noun_group_word(&c->tok[q]) || c->tok[q].tag == TAG_PRON))
            q++;
    if (q < end && (dy_is_quote(c, &c->tok[q]) ||
                    dy_tok_lower(c, &c->tok[q])[0] == ':'))
        return 1; /* a quotation */
    int adjunct = addressee ||
                  (q < end && (c->tok[q].tag == TAG_PREP ||
                               c->tok[q].tag == TAG_ADV ||
                               (c->tok[q].pos & POS_TIME)));
    if (object && !adjunct && q < end && noun_group_word(&c->tok[q]) &&
        !((c->tok[q].pos & POS_R) && q + 1 < end &&
          c->tok[q + 1].type == TT_PUNCT))
        return 1; /* "police reported casualties": what was said (but
                     "said here.") */
    for (size_t n = 0; q < end && n < 16; q++, n++) {
        const dy_token *t = &c->tok[q];
        if (dy_tok_has(t, c->w_that))
            return 1;
        if (t->type == TT_PUNCT) {
            char ch = dy_tok_lower(c, t)[0];
            if (ch != '(' && ch != '[')
                return 0;
            size_t z = q; /* a bracket: "told Afghan Islamic Press [AIP]" */
            while (z < end && z < q + 8 && dy_tok_lower(c, &c->tok[z])[0] !=
                                               (ch == '(' ? ')' : ']'))
                z++;
            q = z;
            continue;
        }
        if ((t->tag == TAG_VERB || t->tag == TAG_AUX ||
             t->tag == TAG_MODAL) &&
            (!adjunct || is_trigger(cands, cand_first, q)))
            return 1;
    }
    return q < end;
}

/* ", saying ...", ", adding that ...": a participle hanging on a clause */
static int participle(const dy_ctx *c, size_t i)
{
    const dy_token *t = &c->tok[i];
    return t->tag == TAG_VERB && dy_tok_ends(c, t, "ing", 4);
}

/* The speaker of the clause a participle frame at i hangs on: the
 * speaker of the sentence's previous frame, else the source of the
 * nearest verb event before it. */
static void clause_speaker(const dy_ctx *c, size_t i, const dy_frame *prev,
                           int nprev, const dy_vec *cands, size_t cand_first,
                           dy_frame *f)
{
    if (nprev > 0) {
        const dy_frame *p = &prev[nprev - 1];
        f->who = p->who;
        f->who_first = p->who_first;
        f->who_end = p->who_end;
        return;
    }
    for (size_t q = cands->count; q-- > cand_first;) {
        const dy_cand *k = dy_vec_at(cands, q);
        if (!k->is_noun && k->src >= 0 && k->trig_end <= i) {
            f->who = dy_head_mention(c, k->src);
            return;
        }
    }
}

/* a noun naming what others said: a report or an accusation */
static int reported_thing(const dy_ctx *c, const dy_token *t)
{
    return dy_in_class_lemma(c, DY_CL_REPORT_NOUN, t) ||
           dy_in_class_lemma(c, DY_CL_ACCUSATION, t);
}

/* What a denial denies: accusations or reports named right after it or
 * inside its phrase ("denied the reports", "rejected Ukraine's
 * accusations"), and their accuser (a mention before the noun, or "by
 * X" / "from X" after it). */
static void denial_object(const dy_ctx *c, size_t end, dy_frame *f)
{
    size_t noun = SIZE_MAX;
    for (size_t q = f->end > f->pos + 1 ? f->end - 1 : f->end;
         noun == SIZE_MAX && q < end && q < f->end + 4; q++) {
        if (reported_thing(c, &c->tok[q]))
            noun = q;
        else if (!noun_group_word(&c->tok[q]))
            break;
    }
    if (noun == SIZE_MAX)
        return;
    f->has_object = 1;
    f->accusation = (uint8_t)dy_in_class_lemma(c, DY_CL_ACCUSATION,
                                               &c->tok[noun]);
    for (size_t q = f->pos + 1; q < noun && f->accuser < 0; q++)
        if (c->tok[q].mention >= 0)
            f->accuser = dy_head_mention(c, c->tok[q].mention);
    if (f->accuser < 0 && noun + 1 < end &&
        (dy_tok_has(&c->tok[noun + 1], c->w_by) ||
         dy_tok_has(&c->tok[noun + 1], c->w_from))) {
        int32_t m = mention_at(c, noun + 2, end);
        if (m >= 0)
            f->accuser = dy_head_mention(c, m);
    }
}

/* Does the denial f deny a proposition: a that-clause, a gerund
 * ("denied targeting"), a clause or an anaphor ("denied it had ...",
 * "denied it."), or the act of its own 01x pattern ("denied involvement
 * in the attack")? A denial of a thing ("denied entry", "dismissed the
 * appeal") frames nothing after it. */
static int proposition(const dy_ctx *c, const dy_frame *f, size_t end,
                       const dy_vec *cands, size_t cand_first)
{
    for (size_t q = cand_first; q < cands->count; q++) {
        const dy_cand *k = dy_vec_at(cands, q);
        if (k->trig_first < f->end && k->trig_end > f->pos &&
            dy_cand_root(c, k) == 1)
            return 1;
    }
    if (f->end >= end)
        return 0;
    const dy_token *t = &c->tok[f->end];
    const char *w = dy_tok_lower(c, t);
    if (t->tag == TAG_PRON) {
        const dy_token *n = f->end + 1 < end ? &c->tok[f->end + 1] : NULL;
        return !n || n->tag == TAG_VERB || n->tag == TAG_AUX ||
               n->tag == TAG_MODAL || dy_tok_lower(c, n)[0] == '.';
    }
    return dy_tok_has(t, c->w_that) || !strcmp(w, "having") ||
           (t->tag == TAG_VERB && participle(c, f->end));
}

/* The first token from q before end that joins a new predicate to the
 * clause ("and" or "but" with a verb after it, past adverbs: "rejected
 * the accusations and blamed Israel"); end when there is none. A denial
 * of accusations frames nothing past it. */
static size_t next_predicate(const dy_ctx *c, size_t q, size_t end)
{
    for (; q + 1 < end; q++) {
        if (c->tok[q].tag != TAG_CONJ)
            continue;
        size_t v = q + 1;
        while (v < end && v < q + 4 && c->tok[v].tag == TAG_ADV)
            v++;
        if (v < end && (c->tok[v].tag == TAG_VERB ||
                        c->tok[v].tag == TAG_AUX ||
                        c->tok[v].tag == TAG_MODAL))
            return q;
    }
    return end;
}

/* is token t the word "as"? */
static int is_as(const dy_ctx *c, const dy_token *t)
{
    return t->type == TT_WORD && !strcmp(dy_tok_lower(c, t), "as");
}

/* "should be dismissed", "were confirmed dead": a say verb in the
 * passive, without "by" (but "X was quoted as saying" names X) */
static int passive_no_by(const dy_ctx *c, size_t first, const dy_frame *f,
                         size_t end)
{
    size_t q = f->pos;
    while (q > first && c->tok[q - 1].tag == TAG_ADV)
        q--;
    if (f->end < end && is_as(c, &c->tok[f->end]) &&
        dy_in_class_lemma(c, DY_CL_TELL, &c->tok[f->pos]))
        return 0;
    return q > first && (c->tok[q - 1].pos & POS_BE) &&
           !(f->end < end && dy_tok_has(&c->tok[f->end], c->w_by));
}

/* A two-word say phrase whose words stand apart, with the opening of a
 * noun group between them ("rejected Ukraine's accusations", "dismissed
 * the reports"): its id and end in *mend, or LX_NONE. */
static uint32_t say_with_gap(const dy_ctx *c, size_t i, size_t end,
                             size_t *mend)
{
    const dyad_lexicon *lx = c->lx;
    uint32_t key = c->tok[i].vlem;
    if (key == LX_NONE || !(lx->words[key].kinds & KIND_BIT(LX_SAY)))
        return LX_NONE;
    /* the second word may stand at j in [i + 2, stop): the words between
     * open a noun group */
    size_t stop = i + 2;
    while (stop < end && stop < i + 7 && noun_group_word(&c->tok[stop - 1]))
        stop++;
    /* (the nearest second word, and at it the first phrase of the word's
     * list: each phrase of the list is read once, not once a word of the
     * gap, and asks only the words before the best so far) */
    const lx_word *w = &lx->words[key];
    uint32_t best = LX_NONE;
    for (uint32_t q = 0; q < w->phr_count && stop > i + 2; q++) {
        uint32_t pid = lx->pindex[w->phr_first + q];
        const lx_phrase *p = &lx->phrases[pid];
        if (p->kind != LX_SAY || p->nwords != 2 ||
            lx->pwords[p->words] != key)
            continue;
        for (size_t j = i + 2; j < stop; j++)
            if (dy_tok_has(&c->tok[j], lx->pwords[p->words + 1])) {
                best = pid;
                stop = j;
                break;
            }
    }
    if (best != LX_NONE)
        *mend = stop + 1;
    return best;
}

/* the say phrase at token i: the longest contiguous one (a one-word
 * phrase must be a verb), or a two-word one with a gap */
static uint32_t say_at(const dy_ctx *c, size_t i, size_t end, size_t *mend)
{
    uint32_t pid = dy_match_at(c, i, end, KIND_BIT(LX_SAY), mend);
    if (pid != LX_NONE && *mend > i + 1)
        return pid;
    if (c->tok[i].tag != TAG_VERB)
        return LX_NONE;
    size_t ge;
    uint32_t g = say_with_gap(c, i, end, &ge);
    if (g != LX_NONE) {
        *mend = ge;
        return g;
    }
    return pid;
}

/* The speaker and reach of frame f (phrase [f->pos, f->end)) of the
 * sentence [first, end); prev[0..nprev) are the frames before it. */
static void place_frame(const dy_ctx *c, size_t first, size_t end,
                        const dy_frame *prev, int nprev, const dy_vec *cands,
                        size_t cand_first, dy_frame *f)
{
    size_t i = f->pos, e = f->end;
    if (e > i + 1 && dy_tok_has(&c->tok[i], c->w_according)) {
        speaker_after(c, e, end, f); /* according to X */
        f->before = f->after = 1;
        return;
    }
    if (e < end && dy_tok_has(&c->tok[e], c->w_by) && c->tok[i].is_part) {
        speaker_after(c, e + 1, end, f); /* (as) confirmed by X */
        f->before = 1;
        return;
    }
    if (i > first && c->tok[i - 1].type == TT_PUNCT && participle(c, i)) {
        clause_speaker(c, i, prev, nprev, cands, cand_first, f);
        f->after = 1; /* ", saying ..." */
        return;
    }
    if (e + 1 < end && dy_tok_has(&c->tok[e], c->w_to) &&
        c->tok[e + 1].tag == TAG_AUX) {
        /* "is said to have attacked", ", believed to be members": hearsay
         * of the infinitive's verb alone, on nobody's named word */
        size_t q = e + 1;
        while (q < end && q < e + 5 &&
               (c->tok[q].tag == TAG_AUX || c->tok[q].tag == TAG_ADV))
            q++;
        f->after = 1; /* to the end of the verb's clause */
        f->limit = e;
        if (q < end && c->tok[q].tag == TAG_VERB)
            for (f->limit = q + 1; f->limit < end; f->limit++)
                if (dy_is_clause_punct(c, &c->tok[f->limit]) ||
                    c->tok[f->limit].tag == TAG_SUB)
                    break;
        return;
    }
    int tell = dy_in_class_lemma(c, DY_CL_TELL, &c->tok[i]);
    if (i > first && c->tok[i - 1].type == TT_PUNCT && !tell && e < end &&
        noun_group_word(&c->tok[e]) && !(c->tok[e].pos & POS_TIME) &&
        !content_follows(c, e, end, 0, 0, cands, cand_first)) {
        speaker_after(c, e, end, f); /* ", said X." */
        f->before = 1;
        f->open = i - 1;
        return;
    }
    speaker_before(c, first, i, f);
    f->after = 1;
    size_t q = f->who >= 0 ? ((const dy_mention *)dy_vec_at(
                                  &c->mentions, (size_t)f->who))
                                 ->first
                           : f->who_first;
    if ((f->who >= 0 || f->who_end > f->who_first) &&
        opens_clause(c, first, q, &f->open)) {
        if (!content_follows(c, e, end, tell, !tell, cands, cand_first))
            f->before = 1;
        char ch = dy_tok_lower(c, &c->tok[f->open])[0];
        if (ch == '(' || ch == '[') /* "[residents report ten]" */
            for (f->limit = e; f->limit < end && f->limit < e + 24;
                 f->limit++)
                if (dy_tok_lower(c, &c->tok[f->limit])[0] ==
                    (ch == '(' ? ')' : ']'))
                    break;
    }
}

/* A passive frame without "by" ("were confirmed dead", "were reported as
 * injured", "it was reported that ..."): its subject is no speaker; it
 * frames only the rest of its own clause. */
static void place_passive(const dy_ctx *c, size_t end, dy_frame *f)
{
    f->after = 1;
    for (f->limit = f->end; f->limit < end; f->limit++) {
        const dy_token *t = &c->tok[f->limit];
        if (dy_is_clause_punct(c, t) || t->tag == TAG_CONJ ||
            (t->tag == TAG_SUB && !dy_tok_has(t, c->w_that) &&
             !(f->limit == f->end && is_as(c, t) && f->limit + 1 < end &&
               (c->tok[f->limit + 1].tag == TAG_VERB ||
                c->tok[f->limit + 1].tag == TAG_ADJ))))
            break;
    }
}

int dy_claims_frames(const dy_ctx *c, size_t first, size_t end,
                     const dy_vec *cands, size_t cand_first, dy_frame *fr,
                     int max)
{
    const dyad_lexicon *lx = c->lx;
    int n = 0;
    /* (a say phrase starts only at a word whose forms key one, its
     * kinds say, with or without a gap: a sentence with none, most of
     * them, has no frame, and say_at is asked only at those words; the
     * walk starts at the first, and the union of the sentence's kinds
     * tells where there is none) */
    size_t from = c->sent_kinds & KIND_BIT(LX_SAY) ? first : end;
    for (size_t i = from; i < end && n < max; i++) {
        /* (on to the next say word by the kinds alone, in a loop of its
         * own: most words are none) */
        const dy_token *t = &c->tok[i], *stop = &c->tok[end];
        while (t < stop && !(t->kinds & KIND_BIT(LX_SAY)))
            t++;
        i = (size_t)(t - c->tok);
        if (i >= end || t->type != TT_WORD)
            continue;
        size_t e;
        uint32_t pid = say_at(c, i, end, &e);
        if (pid == LX_NONE)
            continue;
        dy_frame *f = &fr[n];
        memset(f, 0, sizeof *f);
        f->pos = i;
        f->end = e;
        f->phrase = pid;
        f->who = f->accuser = -1;
        f->open = SIZE_MAX;
        f->limit = end;
        f->status = status_of(lx_str(lx, lx->phrases[pid].code));
        i = e - 1;
        if (e < end && dy_tok_has(&c->tok[e], c->w_to) &&
            dy_in_class_lemma(c, DY_CL_TELL, &c->tok[f->pos]))
            continue; /* "were told to leave": an order, no claim */
        if (passive_no_by(c, first, f, end)) {
            if (f->status == ST_DENIED)
                continue; /* "was denied entry": no one's denial */
            place_passive(c, end, f);
        } else {
            place_frame(c, first, end, fr, n, cands, cand_first, f);
        }
        if (f->status == ST_DENIED && f->negated) {
            f->status = ST_REPORTED; /* "did not deny" */
        } else if (f->status == ST_DENIED) {
            denial_object(c, end, f);
            f->proposition =
                (uint8_t)proposition(c, f, end, cands, cand_first);
            if (!f->has_object && !f->proposition)
                f->after = 0;
            else if (f->has_object)
                f->limit = next_predicate(c, f->end, f->limit);
            if (!(e < end && dy_tok_has(&c->tok[e], c->w_by)))
                f->before = 0; /* ", X denied." denies no event before */
        }
        n++;
    }
    return n;
}
