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
#include "events.h"

#include "actors/actors.h"
#include "lexicon/lexicon.h"
#include "match/match.h"
#include "place/place.h"
#include "words/words.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define GAP 3

/* acts whose target, when no actor is named, is the country where they
 * happen: protests (14), force posture (15), repression (17), assaults
 * (18-20): "demonstrated in Kosovo", "imposed a curfew in Cizre" */
static int place_targets(int root)
{
    return root == 14 || root == 15 || root == 17 || root >= 18;
}

/* first mention of the object after pos: skips determiners, adjectives,
 * numbers and one preposition */
static int possessed(const dy_ctx *c, const dy_mention *m, size_t first);
static int is_agent_only(const dy_ctx *c, const dy_mention *m);

static int32_t object_at(const dy_ctx *c, size_t pos, size_t end, int preps)
{
    int owned = 0; /* passed the subject's own ("its troops") */
    for (size_t k = pos, steps = 0; k < end && steps < 9; k++, steps++) {
        const dy_token *t = &c->tok[k];
        if (t->mention >= 0) {
            const dy_mention *m = dy_vec_at(&c->mentions, (size_t)t->mention);
            /* "strengthened its forces": the subject's own, no target;
             * "withdraw its troops from Lebanon": the target follows */
            if (possessed(c, m, 0) || owned) {
                if (owned)
                    return t->mention;
                owned = 1;
                k = m->end - 1;
                continue;
            }
            /* "withdrawal of some invasion forces from Panama": a bare role
             * gives way to a country after a preposition */
            if (is_agent_only(c, m)) {
                size_t q = m->end;
                if (q < end && c->tok[q].tag == TAG_PREP &&
                    !dy_tok_has(&c->tok[q], c->w_of)) {
                    q++;
                    while (q < end && q < m->end + 4 &&
                           (c->tok[q].tag == TAG_DET || c->tok[q].tag == TAG_ADJ))
                        q++;
                    if (q < end && c->tok[q].mention >= 0) {
                        const dy_mention *n2 =
                            dy_vec_at(&c->mentions, (size_t)c->tok[q].mention);
                        if (!is_agent_only(c, n2))
                            return c->tok[q].mention;
                    }
                }
            }
            return t->mention;
        }
        /* "Hutu rebels", "invasion forces": a modifier before a mention */
        if ((t->tag == TAG_PROPN || t->tag == TAG_NOUN) && k + 1 < end &&
            c->tok[k + 1].mention >= 0 && t->type == TT_WORD)
            continue;
        if (t->tag == TAG_DET || t->tag == TAG_ADJ || t->tag == TAG_NUM ||
            t->tag == TAG_ADV || dy_is_amount(c, t))
            continue; /* "arrested more than 100 Palestinians" */
        /* "gave a warm welcome on Thursday to ...": dates in between */
        if ((t->pos & POS_TIME) ||
            (dy_tok_has(t, c->w_on) && k + 1 < end &&
             (c->tok[k + 1].pos & POS_TIME)))
            continue;
        /* "demanded (Friday) that the US cancel" */
        if (t->tag == TAG_SUB && dy_tok_has(t, c->w_that) && steps < 3)
            continue;
        /* participles as adjectives: "neighboring Lebanon", "suspected
         * British militant" */
        if (t->tag == TAG_VERB && k + 1 < end && c->tok[k + 1].mention >= 0 &&
            t->lower_len > 3 &&
            (!memcmp(dy_tok_lower(c, t) + t->lower_len - 3, "ing", 3) ||
             !memcmp(dy_tok_lower(c, t) + t->lower_len - 2, "ed", 2)))
            continue;
        if (t->tag == TAG_PREP && (preps > 0 || owned) &&
            (dy_tok_has(t, c->w_to) || dy_tok_has(t, c->w_with) ||
             dy_tok_has(t, c->w_against) || dy_tok_has(t, c->w_on) ||
             dy_tok_has(t, c->w_toward) || dy_tok_has(t, c->w_towards) ||
             dy_tok_has(t, c->w_from) || dy_tok_has(t, c->w_into) ||
             dy_tok_has(t, c->w_of) || dy_tok_has(t, c->w_for) ||
             dy_tok_has(t, c->w_over) || dy_tok_has(t, c->w_at))) {
            preps--;
            continue;
        }
        /* "the headquarters of X", "demands from Hutu rebels" */
        if (t->tag == TAG_NOUN && k + 1 < end && preps > 0 &&
            (dy_tok_has(&c->tok[k + 1], c->w_of) ||
             dy_tok_has(&c->tok[k + 1], c->w_from))) {
            k++;
            preps--;
            continue;
        }
        break;
    }
    return -1;
}

/* the subject: nearest mention before token `before` in the sentence */
static int32_t subject_before(const dy_ctx *c, size_t first, size_t before)
{
    /* "Pakistan, a key U.S. ally, has refused": skip an apposition (a
     * comma-enclosed phrase with no verb) between subject and verb */
    if (before > first + 2 && c->tok[before - 1].type == TT_PUNCT &&
        c->lower.data[c->tok[before - 1].lower] == ',') {
        size_t q = before - 1;
        int verb = 0;
        while (q-- > first) {
            const dy_token *u = &c->tok[q];
            if (u->tag == TAG_VERB)
                verb = 1;
            if (u->type == TT_PUNCT && c->lower.data[u->lower] == ',')
                break;
        }
        /* only "a key U.S. ally": not a name that is the subject itself
         * ("The US commander in Iraq, General David Petraeus, held") */
        if (q > first && q < before - 1 && !verb && q + 12 > before &&
            c->tok[q + 1].tag == TAG_DET)
            before = q;
    }
    for (size_t k = before; k-- > first;) {
        const dy_token *t = &c->tok[k];
        /* "Hizbollah (Party of God) group declared": skip a parenthesis */
        if (t->type == TT_PUNCT && c->lower.data[t->lower] == ')') {
            size_t q = k;
            while (q > first && !(c->tok[q - 1].type == TT_PUNCT &&
                                  c->lower.data[c->tok[q - 1].lower] == '(') &&
                   k - q < 12)
                q--;
            if (q > first && k - q < 12) {
                k = q - 1; /* the loop steps past '(' */
                continue;
            }
        }
        if (t->mention >= 0)
            return dy_head_mention(c, t->mention);
        if (t->type == TT_PUNCT && c->lower.data[t->lower] == ';')
            break;
    }
    return -1;
}

/* an -ing verb right after a comma (", killing 7 and wounding 27") */
static int ing_after_comma(const dy_ctx *c, size_t first, size_t vg)
{
    if (vg <= first || c->tok[vg - 1].type != TT_PUNCT ||
        c->lower.data[c->tok[vg - 1].lower] != ',')
        return 0;
    const dy_token *t = &c->tok[vg];
    return t->lower_len > 3 &&
           !memcmp(c->lower.data + t->lower + t->lower_len - 3, "ing", 3);
}

/* start of the verb group ending at the trigger: auxiliaries, modals,
 * negation, adverbs, "set to", "plans to" */
static size_t verb_group_start(const dy_ctx *c, size_t first, size_t head)
{
    size_t k = head;
    while (k > first) {
        const dy_token *t = &c->tok[k - 1];
        if (t->tag == TAG_AUX || t->tag == TAG_MODAL || t->tag == TAG_NEG ||
            t->tag == TAG_ADV || t->tag == TAG_TO ||
            (t->tag == TAG_VERB && k < head + 1 &&
             c->tok[k].tag == TAG_TO)) {
            k--;
            continue;
        }
        break;
    }
    return k;
}

static int is_year(const dy_ctx *c, const dy_token *t, int *year)
{
    if (t->type != TT_NUM || t->len != 4)
        return 0;
    int y = atoi(c->lower.data + t->lower);
    if (y < 1900 || y > 2100)
        return 0;
    *year = y;
    return 1;
}

/* the event targets the country of a place ("shelled Pokrovsk") */
static void target_place_country(const dy_ctx *c, dy_cand *k, int32_t place)
{
    snprintf(k->tgt_code, sizeof k->tgt_code, "%.3s",
             dy_place_cc(c, dy_vec_at(&c->places, (size_t)place)));
    k->tgt_from_place = k->tgt_code[0] != '\0';
}

static int add_dyad(dy_ctx *c, const char *src, const char *tgt,
                    uint32_t first, uint32_t end)
{
    if (c->dyads.count >= 256)
        return 0;
    dy_dyad *d = dy_vec_push(&c->dyads);
    if (!d)
        return DYAD_ENOMEM;
    snprintf(d->source, sizeof d->source, "%s", src);
    snprintf(d->target, sizeof d->target, "%s", tgt);
    d->first = first;
    d->end = end;
    return 0;
}

static int is_particle(const dy_ctx *c, const dy_token *t)
{
    return dy_in_set(c, DY_WS_PARTICLE, t);
}

/* a role with no country: "MIL", "CVL" */
static int is_agent_only(const dy_ctx *c, const dy_mention *m)
{
    return !m->is_person && dy_is_agent_code(c, m->code);
}

/* "its troops", "their forces" */
static int possessed(const dy_ctx *c, const dy_mention *m, size_t first)
{
    if (m->first <= first)
        return 0;
    const char *w = dy_tok_lower(c, &c->tok[m->first - 1]);
    return !strcmp(w, "its") || !strcmp(w, "their") || !strcmp(w, "his") ||
           !strcmp(w, "her") || !strcmp(w, "our");
}

static const char *mention_code(const dy_ctx *c, int32_t m)
{
    return ((const dy_mention *)dy_vec_at(&c->mentions, (size_t)m))->code;
}

static dy_cand *new_cand(dy_vec *cands, uint32_t si, size_t first,
                         size_t end)
{
    dy_cand *k = dy_vec_push(cands);
    if (!k)
        return NULL;
    k->sentence = si;
    k->sent_first = (uint32_t)first;
    k->sent_end = (uint32_t)end;
    k->src = k->tgt = k->place = k->attr = -1;
    k->killed = k->injured = -1;
    return k;
}

int dy_events_sentence(dy_ctx *c, uint32_t si, size_t first, size_t end,
                       dy_vec *cands)
{
    size_t cand_first = cands->count;
    memset(c->mark + first, 0, (end - first) * sizeof *c->mark);
    dy_match_prepare(c, first, end);
    /* verbs */
    for (size_t i = first; i < end; i++) {
        const dy_token *t = &c->tok[i];
        if (t->tag != TAG_VERB && !(t->tag == TAG_AUX && t->vlem != LX_NONE))
            continue;
        if (!(t->kinds & (1u << LX_VERB)))
            continue;
        dy_pattern_match pm = dy_match_verb(c, i, end);
        if (pm.phrase == LX_NONE)
            continue;
        uint32_t best_end = pm.end, best_slot = pm.slot;
        dy_cand *k = new_cand(cands, si, first, end);
        if (!k)
            return DYAD_ENOMEM;
        k->phrase = pm.phrase;
        k->head = (uint32_t)i;
        k->trig_first = (uint32_t)i;
        k->trig_end = best_end;

        size_t vg = verb_group_start(c, first, i);
        int be = 0;
        for (size_t q = vg; q < i; q++)
            if (c->tok[q].pos & POS_BE)
                be = 1;
        /* infinitives: "efforts to end the war" (after a noun) is no
         * event; "arrived in Kyiv to discuss" takes the subject of the
         * finite verb before it */
        size_t sv = vg;
        int has_to = 0, gerund = 0;
        for (size_t q = vg; q < i; q++)
            if (c->tok[q].tag == TAG_TO)
                has_to = 1;
        if (has_to && c->tok[vg].tag == TAG_TO && vg > first &&
            (c->tok[vg - 1].tag == TAG_NOUN ||
             (c->tok[vg - 1].tag == TAG_ADJ && vg - 1 > first &&
              c->tok[vg - 2].tag == TAG_DET)))
            k->background = 1;
        {
            const char *lw = dy_tok_lower(c, t);
            int ing = t->lower_len > 3 &&
                      !memcmp(lw + t->lower_len - 3, "ing", 3);
            int aux = 0;
            for (size_t q = vg; q < i; q++)
                if (c->tok[q].tag == TAG_AUX)
                    aux = 1;
            /* "is scheduled to attend" is finite: the group has its
             * auxiliary; "to discuss" and "shaking hands" are not */
            /* "decided to ease", "agreed to withdraw": a complement of a
             * verb is the act itself; "arrived in Kyiv to discuss" is a
             * purpose */
            int complement = has_to && c->tok[vg].tag != TAG_TO;
            k->nonfinite = (uint8_t)((has_to && !aux && !complement) ||
                                     (ing && !aux));
            /* a gerund after a preposition ("jailed a student for helping
             * militants") has its own subject, the nearest one */
            gerund = ing && vg > first && c->tok[vg - 1].tag == TAG_PREP &&
                     !dy_tok_has(&c->tok[vg - 1], c->w_by) &&
                     !dy_in_set(c, DY_WS_MEANS, &c->tok[vg - 1]);
            /* but "by donating", "while visiting", "after meeting": the
             * main subject acts, and the act is told as done */
            if (ing && vg > first && c->tok[vg - 1].tag == TAG_PREP && !gerund)
                k->nonfinite = 0;
        }
        if (k->nonfinite && !gerund) {
            /* "X shelled Y, killing 7": a participle after a comma tells
             * what the main clause's subject did; look past commas */
            int adjunct = ing_after_comma(c, first, vg);
            for (size_t q = vg; q-- > first;) {
                const dy_token *u = &c->tok[q];
                if (dy_is_clause_punct(c, u) &&
                    !(adjunct && c->lower.data[u->lower] == ','))
                    break;
                if (u->tag == TAG_VERB &&
                    !(q > first && c->tok[q - 1].tag == TAG_TO)) {
                    sv = verb_group_start(c, first, q);
                    break;
                }
            }
        }
        int32_t subj = subject_before(c, first, sv);
        /* "X, the umbrella union for teachers, announced that it has
         * called off": a pronoun subject after "that" is the reporting
         * verb's subject, not the nearest name before it */
        {
            size_t p = sv;
            while (p > first && (c->tok[p - 1].tag == TAG_AUX ||
                                 c->tok[p - 1].tag == TAG_ADV))
                p--;
            if (p > first + 2 && c->tok[p - 1].tag == TAG_PRON &&
                c->tok[p - 1].mention < 0 &&
                dy_tok_has(&c->tok[p - 2], c->w_that)) {
                size_t q = p - 2;
                while (q > first && c->tok[q - 1].tag != TAG_VERB &&
                       !dy_is_clause_punct(c, &c->tok[q - 1]) && p - q < 6)
                    q--;
                if (q > first && c->tok[q - 1].tag == TAG_VERB) {
                    int32_t main = subject_before(
                        c, first, verb_group_start(c, first, q - 1));
                    if (main >= 0)
                        subj = main;
                }
            }
        }
        /* "wants Putin to attack", "urged Russia to withdraw": the actor
         * right before "to" does it, and only as wished */
        if (has_to && c->tok[vg].tag == TAG_TO && vg > first &&
            c->tok[vg - 1].mention >= 0) {
            subj = dy_head_mention(c, c->tok[vg - 1].mention);
            k->modal = ST_HYPOTHETICAL;
        }
        /* "killed 5 people and wounded 20": the second verb shares the
         * first one's subject */
        if (vg > first && c->tok[vg - 1].tag == TAG_CONJ &&
            cands->count > cand_first + 1) {
            const dy_cand *prev = dy_vec_at(cands, cands->count - 2);
            /* (after a passive, a verb with its own auxiliary is active
             * and shares the grammatical subject: "the prime minister has
             * been indicted by the court and will resign"; a bare form may
             * share the passive too: "were captured by Iran and paraded") */
            int32_t shared =
                prev->passive && vg < i ? prev->tgt : prev->src;
            if (!prev->is_noun && prev->sentence == si && shared >= 0)
                subj = shared;
        }
        /* "victims killed by X": a participle with "by" is passive too */
        int by_after = best_end < end && dy_tok_has(&c->tok[best_end], c->w_by);
        if (t->is_part && (be || (by_after && vg == i))) {
            k->passive = 1;
            size_t q = best_end;
            if (q < end && dy_tok_has(&c->tok[q], c->w_by))
                k->src = object_at(c, q + 1, end, 0);
            /* "was attacked by Burundian militiamen armed with machetes":
             * the agent right after the verb, inside a longer pattern */
            else if (i + 1 < best_end && dy_tok_has(&c->tok[i + 1], c->w_by))
                k->src = object_at(c, i + 2, end, 0);
            k->tgt = subj;
        } else {
            k->src = subj;
            if (best_slot != LX_NONE) {
                k->tgt = object_at(c, best_slot, end, 1);
            } else {
                /* the object between the pattern's words ("accused Russia
                 * of shelling"), else after its last word */
                for (size_t q = i + 1; q < best_end && k->tgt < 0; q++) {
                    const dy_token *u = &c->tok[q];
                    if (u->mention < 0)
                        continue;
                    const dy_mention *m =
                        dy_vec_at(&c->mentions, (size_t)u->mention);
                    /* not "offered its troops to": a possessed or
                     * country-less role word is the source's own */
                    if (!possessed(c, m, first) && !is_agent_only(c, m))
                        k->tgt = u->mention;
                    q = m->end - 1;
                }
                if (k->tgt < 0)
                    k->tgt = object_at(c, best_end, end, 1);
            }
        }
        if (k->tgt >= 0)
            k->tgt = dy_head_mention(c, k->tgt);
        /* ", killing 12 civilians" after an assault tells its toll: part
         * of that event, not another one */
        if (i > first + 1 && k->nonfinite && !has_to &&
            dy_cand_root(c, k) >= 18) {
            for (size_t q = cand_first; q + 1 < cands->count; q++) {
                dy_cand *o = dy_vec_at(cands, q);
                if (!o->background && dy_cand_root(c, o) >= 18)
                    k->background = 1;
            }
        }
        /* the pattern's words are taken, unless the verb found no source
         * ("were killed in tank shelling": the noun may still) */
        for (size_t q = i; q < best_end; q++)
            if (q == i || k->src >= 0)
                c->mark[q] = 1;
        k->place = dy_place_of_verb(c, first, end, i, best_end);
        /* "shelled Pokrovsk": an assault on a place targets its country */
        if (k->tgt < 0 && !k->passive && place_targets(dy_cand_root(c, k))) {
            size_t q = best_slot != LX_NONE ? best_slot : best_end;
            while (q < end && (c->tok[q].tag == TAG_DET ||
                               c->tok[q].tag == TAG_ADJ ||
                               dy_tok_has(&c->tok[q], c->w_on) ||
                               dy_tok_has(&c->tok[q], c->w_in) ||
                               dy_tok_has(&c->tok[q], c->w_near) ||
                               dy_tok_has(&c->tok[q], c->w_at)) &&
                   q < best_end + 4)
                q++;
            if (q < end && c->tok[q].place >= 0 && c->tok[q].mention < 0) {
                target_place_country(c, k, c->tok[q].place);
                k->place = dy_place_refine(c, first, end, c->tok[q].place);
            } else if (k->place >= 0) {
                target_place_country(c, k, k->place);
            }
        }
        dy_place_loosely(c, k, first, end);
        i = best_end - 1;
    }
    /* nouns */
    for (size_t i = first; i < end; i++) {
        const dy_token *t = &c->tok[i];
        /* gerunds name events too: "Israeli tank shelling" */
        int gerund_noun = t->tag == TAG_VERB && t->lower_len > 4 &&
                          !memcmp(dy_tok_lower(c, t) + t->lower_len - 3, "ing", 3) &&
                          (t->pos & POS_N);
        if ((t->tag != TAG_NOUN && !gerund_noun) || c->mark[i] ||
            t->mention >= 0)
            continue;
        if (!(t->kinds & (1u << LX_NOUN)))
            continue;
        dy_pattern_match pm = dy_match_noun(c, i, first);
        if (pm.phrase == LX_NONE)
            continue;
        uint32_t best_start = pm.first;
        dy_cand *k = new_cand(cands, si, first, end);
        if (!k)
            return DYAD_ENOMEM;
        k->phrase = pm.phrase;
        k->is_noun = 1;
        k->head = (uint32_t)i;
        k->trig_first = best_start;
        k->trig_end = (uint32_t)i + 1;
        /* source: possessor, actor modifier */
        size_t b = best_start;
        while (b > first && b + 3 > best_start &&
               (c->tok[b - 1].tag == TAG_ADJ ||
                (c->tok[b - 1].tag == TAG_NOUN && c->tok[b - 1].mention < 0 &&
                 !c->mark[b - 1])))
            b--;
        if (b > first && c->tok[b - 1].mention >= 0)
            k->src = c->tok[b - 1].mention, b = ((const dy_mention *)dy_vec_at(
                                                 &c->mentions,
                                                 (size_t)c->tok[b - 1].mention))
                                                 ->first;
        else if (b > first + 1 && c->tok[b - 1].tag == TAG_POSS &&
                 c->tok[b - 2].mention >= 0)
            k->src = c->tok[b - 2].mention,
            b = ((const dy_mention *)dy_vec_at(&c->mentions,
                                               (size_t)c->tok[b - 2].mention))
                    ->first;
        int src_mod = k->src >= 0; /* "Russian shelling", "Russia's strike" */
        size_t a = i + 1;
        /* "clashes took place between", "fighting broke out between" */
        if (a + 1 < end && c->tok[a].tag == TAG_VERB) {
            const char *w = dy_tok_lower(c, &c->tok[a]);
            const char *w2 = dy_tok_lower(c, &c->tok[a + 1]);
            if ((!strcmp(w, "took") || !strcmp(w, "take") ||
                 !strcmp(w, "takes")) && !strcmp(w2, "place"))
                a += 2;
            else if ((!strcmp(w, "broke") || !strcmp(w, "break")) &&
                     !strcmp(w2, "out"))
                a += 2;
            else if (!strcmp(w, "occurred") || !strcmp(w, "erupted"))
                a += 1;
            if (a >= end || !dy_tok_has(&c->tok[a], c->w_between))
                a = i + 1;
        }
        if (a < end && dy_tok_has(&c->tok[a], c->w_by) && k->src < 0)
            k->src = object_at(c, a + 1, end, 0);
        /* "the army intensified its bombardment", "began a joint military
         * exercise": the event noun is the object of a verb, whose
         * subject carries it out */
        if (k->src < 0) {
            size_t q = b;
            while (q > first && q + 4 > b &&
                   (c->tok[q - 1].tag == TAG_DET || c->tok[q - 1].tag == TAG_ADJ ||
                    /* "participate in peacekeeping operations" */
                    (c->tok[q - 1].tag == TAG_PREP && q - 1 > first &&
                     c->tok[q - 2].tag == TAG_VERB &&
                     (dy_tok_has(&c->tok[q - 1], c->w_in) ||
                      dy_tok_has(&c->tok[q - 1], c->w_with))) ||
                    /* a particle: "speeded up the withdrawal" */
                    (c->tok[q - 1].tag == TAG_PREP && q - 1 > first &&
                     c->tok[q - 2].tag == TAG_VERB && is_particle(c, &c->tok[q - 1]))))
                q--;
            if (q > first && c->tok[q - 1].tag == TAG_VERB &&
                c->tok[q - 1].mention < 0) {
                /* a finite verb right after its subject: not "a plan
                 * involving concessions", not "which entail ..." */
                size_t vg0 = verb_group_start(c, first, q - 1);
                if (vg0 > first && c->tok[vg0 - 1].mention >= 0)
                    k->src = dy_head_mention(c, c->tok[vg0 - 1].mention);
            }
        }
        /* target: on/against/of/to/with X; between X and Y */
        if (a < end && dy_tok_has(&c->tok[a], c->w_between)) {
            int32_t x = object_at(c, a + 1, end, 0);
            if (x >= 0) {
                const dy_mention *mx = dy_vec_at(&c->mentions, (size_t)x);
                if (mx->coord_next >= 0 && k->src < 0) {
                    k->src = x;
                    k->tgt = mx->coord_next;
                    ((dy_mention *)dy_vec_at(&c->mentions, (size_t)x))
                        ->coord_next = -1;
                }
            }
        } else if (a < end && c->tok[a].tag == TAG_PREP &&
                   !dy_tok_has(&c->tok[a], c->w_by) &&
                   !dy_tok_has(&c->tok[a], c->w_in) &&
                   !dy_tok_has(&c->tok[a], c->w_since) &&
                   !dy_tok_has(&c->tok[a], c->w_near) &&
                   !dy_tok_has(&c->tok[a], c->w_at)) {
            k->tgt = object_at(c, a, end, 1);
        }
        if (k->src >= 0)
            k->src = dy_head_mention(c, k->src);
        int root = dy_cand_root(c, k);
        k->place = dy_place_of_event(c, first, end, i + 1);
        /* "a strike on Kharkiv", "shelling of the Luhansk region" (a place
         * no actor names) */
        if (root >= 18 && k->tgt < 0 && a + 1 < end &&
            (dy_tok_has(&c->tok[a], c->w_on) ||
             dy_tok_has(&c->tok[a], c->w_against) ||
             dy_tok_has(&c->tok[a], c->w_of))) {
            size_t q = a + 1;
            while (q < end && q < a + 4 && c->tok[q].tag == TAG_DET)
                q++;
            int of = dy_tok_has(&c->tok[a], c->w_of);
            /* ("following the invasions of Dagestan": without its actor
             * before it, a name for past events) */
            if (q < end && c->tok[q].place >= 0 &&
                (!of || (c->tok[q].mention < 0 && src_mod)))
                k->place = c->tok[q].place;
        }
        if (place_targets(root) && k->tgt < 0 && k->place >= 0) {
            target_place_country(c, k, k->place);
        }
        dy_place_loosely(c, k, first, end);
        /* background: "since X's invasion", "... in 2022" */
        size_t bb = b;
        while (bb > first && c->tok[bb - 1].tag == TAG_DET)
            bb--;
        if (bb > first && (dy_tok_has(&c->tok[bb - 1], c->w_since)))
            k->background = 1;
        for (size_t q = i + 1; q < end && q < i + 7; q++) {
            int y;
            if (dy_is_clause_punct(c, &c->tok[q]))
                break;
            if (is_year(c, &c->tok[q], &y) && q > 0 &&
                dy_tok_has(&c->tok[q - 1], c->w_in) &&
                (!c->date || y < c->date / 10000))
                k->background = 1;
        }
    }
    /* "A Russian missile strike on Kharkiv killed 5 people": a kill or
     * wound verb whose subject is an assault noun tells that assault's
     * toll; it is not another event */
    for (size_t q = cand_first; q < cands->count; q++) {
        dy_cand *v = dy_vec_at(cands, q);
        if (v->is_noun || v->background || dy_cand_root(c, v) < 18)
            continue;
        for (size_t r = cand_first; r < cands->count; r++) {
            const dy_cand *n = dy_vec_at(cands, r);
            if (!n->is_noun || n->background || dy_cand_root(c, n) < 18 ||
                n->trig_end > v->trig_first)
                continue;
            int clause = 1;
            for (size_t t = n->trig_end; t < v->trig_first && clause; t++)
                if (c->tok[t].tag == TAG_VERB || dy_is_clause_punct(c, &c->tok[t]) ||
                    c->tok[t].tag == TAG_SUB)
                    clause = 0;
            if (clause && v->trig_first - n->trig_end < 8) {
                v->background = 1;
                break;
            }
        }
        /* "... killed 5 people and wounded 20": so is its coordinate */
        for (size_t r = q + 1; v->background && r < cands->count; r++) {
            dy_cand *w = dy_vec_at(cands, r);
            if (w->is_noun || dy_cand_root(c, w) < 18 || w->trig_first < 1 ||
                c->tok[w->trig_first - 1].tag != TAG_CONJ)
                break;
            w->background = 1;
        }
    }
    /* conflict context, then inferred attackers */
    for (size_t q = cand_first; q < cands->count; q++) {
        dy_cand *k = dy_vec_at(cands, q);
        int root = dy_cand_root(c, k);
        if (root < 15 || k->src < 0 || (k->tgt < 0 && !k->tgt_code[0]))
            continue;
        const char *tg = k->tgt >= 0 ? mention_code(c, k->tgt) : k->tgt_code;
        int rc = add_dyad(c, mention_code(c, k->src), tg, k->trig_first,
                          k->trig_end);
        if (rc)
            return rc;
    }
    if (!(c->opts->flags & DYAD_F_NO_INFERENCE)) {
        for (size_t q = cand_first; q < cands->count; q++) {
            dy_cand *k = dy_vec_at(cands, q);
            if (k->background || k->src >= 0 || dy_cand_root(c, k) < 18)
                continue;
            const char *tg = k->tgt >= 0 ? mention_code(c, k->tgt)
                                         : (k->tgt_code[0] ? k->tgt_code
                                                           : NULL);
            if (!tg)
                continue;
            for (size_t d = c->dyads.count; d-- > 0;) {
                const dy_dyad *dd = dy_vec_at(&c->dyads, d);
                if (strncmp(dd->target, tg, 3) == 0 &&
                    strncmp(dd->source, tg, 3) != 0) {
                    snprintf(k->src_code, sizeof k->src_code, "%.3s",
                             dd->source);
                    k->src_inferred = 1;
                    k->ctx_first = dd->first;
                    k->ctx_end = dd->end;
                    break;
                }
            }
        }
    }
    return 0;
}
