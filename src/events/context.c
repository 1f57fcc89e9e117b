/*
 * context.c - what a sentence's events tell about each other and about
 * the document: a kill verb whose subject is an assault noun tells that
 * assault's toll, not another event ("A missile strike on Kharkiv killed
 * 5 people"); a domestic protest is aimed at its own government; conflict
 * acts record the document's conflict dyads, from
 * which an assault with no stated attacker takes its source (inferred).
 */
#include "events_int.h"

#include "actors/actors.h"
#include "clauses/clauses.h"
#include "place/place.h"
#include "words/words.h"

#include <stdio.h>
#include <string.h>

/* The acts of force joined by a conjunction to the act cands[q], which
 * is no event of its own ("killed 5 people and wounded 20", "has killed
 * 100,000 and driven millions from their homes"), are none either */
static void background_joined(ev_sent *es, size_t q)
{
    const dy_ctx *c = es->c;
    for (size_t r = q + 1; r < es->cands->count; r++) {
        dy_cand *w = dy_vec_at(es->cands, r);
        if (w->is_noun || dy_cand_root(c, w) < 18 || w->trig_first < 1 ||
            c->tok[w->trig_first - 1].tag != TAG_CONJ)
            break;
        w->background = 1;
    }
}

/* A generic kill or wound (x0) k that is the act of force noun w takes
 * w's code ("were killed in an air strike": 195) */
static void take_means_code(const dy_ctx *c, dy_cand *k, const dy_cand *w)
{
    const char *own = dy_cand_act_code(c, k);
    if (own && strlen(own) == 3 && own[2] == '0' && !k->cameo_override)
        k->cameo_override = dy_cand_act_code(c, w);
}

/* the victims of toll v are the target of the act n it tells the toll of,
 * when n names none (but the country it happened in: not "a missile
 * strike on Kharkiv", a place its own target) */
static void victims_of_toll(dy_cand *n, const dy_cand *v)
{
    if (n->tgt < 0 && v->tgt >= 0 && v->tgt != n->src &&
        !n->place_is_object) {
        n->tgt = v->tgt;
        n->tgt_code[0] = '\0';
    }
}

/* "A Russian missile strike on Kharkiv killed 5 people": a kill or wound
 * verb whose subject is an assault noun tells that assault's toll; it is
 * not another event, nor is its coordinate ("... and wounded 20") */
static void assault_tolls(ev_sent *es)
{
    const dy_ctx *c = es->c;
    for (size_t q = es->cand_first; q < es->cands->count; q++) {
        dy_cand *v = dy_vec_at(es->cands, q);
        if (v->is_noun || v->background || dy_cand_root(c, v) < 18)
            continue;
        /* (an active verb whose subject the noun is, in the main clause:
         * not "insurgents who prepared an ambush were killed by") */
        for (size_t r = es->cand_first; r < es->cands->count && !v->passive;
             r++) {
            dy_cand *n = dy_vec_at(es->cands, r);
            if (!n->is_noun || n->background || dy_cand_root(c, n) < 18 ||
                n->trig_end > v->trig_first ||
                c->tok[n->trig_first].scope != SC_MAIN)
                continue;
            /* (past a participle on the noun: "a roadside bomb targeting
             * an army patrol killed one soldier") */
            int clause = 1;
            for (size_t t = n->trig_end; t < v->trig_first && clause; t++)
                if ((c->tok[t].tag == TAG_VERB &&
                     !(t == n->trig_end &&
                       dy_tok_ends(c, &c->tok[t], "ing", 4))) ||
                    dy_is_clause_punct(c, &c->tok[t]) ||
                    c->tok[t].tag == TAG_SUB)
                    clause = 0;
            if (clause && v->trig_first - n->trig_end < 12) {
                v->background = 1;
                victims_of_toll(n, v);
                break;
            }
        }
        /* "A car bomb exploded in a market, killing 14 people": a toll
         * told by a participle after an act-of-force noun of the sentence
         * (found after the verbs: dy_ev_verb could not see it) is that
         * act's; its victims are the act's target when it names none */
        for (size_t r = es->cand_first; r < es->cands->count &&
                                        !v->background && v->nonfinite;
             r++) {
            dy_cand *n = dy_vec_at(es->cands, r);
            if (!n->is_noun || n->background || dy_cand_root(c, n) < 18 ||
                n->trig_end > v->trig_first || v->trig_first < 1 ||
                !dy_is_comma(c, &c->tok[v->trig_first - 1]))
                continue;
            v->background = 1;
            victims_of_toll(n, v);
            /* (the participle's subject is the clause's, which did the
             * act: "Hezbollah carried out an ambush ..., killing ...") */
            if (n->src < 0 && !n->src_code[0] && v->src >= 0 &&
                v->src != n->tgt)
                n->src = v->src;
        }
        /* "... killed 5 people and wounded 20": so is its coordinate */
        if (v->background)
            background_joined(es, q);
    }
}

/* "The conflict in Syria has killed more than 100,000 people", "Syria's
 * civil war has killed 130,000": an act of force (or displacement) whose
 * subject is a war, a conflict or the fighting (class war, the head of its
 * phrase) tells the war's running toll, no event (the counts stage reads
 * the toll as cumulative) */
static void war_tolls(ev_sent *es)
{
    const dy_ctx *c = es->c;
    for (size_t q = es->cand_first; q < es->cands->count; q++) {
        dy_cand *v = dy_vec_at(es->cands, q);
        if (v->is_noun || v->background || v->passive ||
            dy_cand_root(c, v) < 18)
            continue;
        size_t sv = dy_ev_group_start(c, es->first, v->trig_first);
        for (size_t t = sv; t-- > es->first && sv - t < 8;) {
            const dy_token *u = &c->tok[t];
            if (u->tag == TAG_VERB || u->tag == TAG_SUB ||
                dy_is_clause_punct(c, u))
                break;
            if (u->tag == TAG_NOUN && dy_in_class_noun(c, DY_CL_WAR, u) &&
                c->tok[t + 1].tag != TAG_NOUN) {
                v->background = 1;
                break;
            }
        }
        /* (and the acts joined to it: "... and driven millions from their
         * homes") */
        if (v->background)
            background_joined(es, q);
    }
}

/* an act of force (18 and up) of the main clause, told in the passive
 * with no agent ("were killed", "was wounded") */
static int agentless_force(const dy_ctx *c, const dy_cand *k)
{
    return !k->background && k->passive && !k->is_noun && k->src < 0 &&
           !k->src_code[0] && dy_cand_root(c, k) >= 18 &&
           c->tok[k->trig_first].scope == SC_MAIN;
}

/* Does the time clause of token t open with "when" or "as" (how the
 * main clause's act came about, not "after" or "before" it)? */
static int when_clause(const dy_ctx *c, size_t first, size_t t)
{
    while (t > first && c->tok[t - 1].scope == SC_TIME)
        t--;
    const dy_token *w = &c->tok[t];
    return dy_tok_is(c, w, "when") || dy_tok_is(c, w, "as");
}

/* "Five men were killed when gunmen opened fire on a bar": an act of force
 * told in the passive with no agent takes the source of an act of force
 * in a "when" clause after it, which tells how it came about (not the
 * victims' own: "were killed when their vehicle was hit") */
static void agents_from_time_clause(ev_sent *es)
{
    const dy_ctx *c = es->c;
    for (size_t q = es->cand_first; q < es->cands->count; q++) {
        dy_cand *k = dy_vec_at(es->cands, q);
        if (!agentless_force(c, k))
            continue;
        for (size_t r = q + 1; r < es->cands->count; r++) {
            const dy_cand *w = dy_vec_at(es->cands, r);
            if (w->background || dy_cand_root(c, w) < 18 ||
                c->tok[w->trig_first].scope != SC_TIME ||
                !when_clause(c, es->first, w->trig_first) ||
                (w->src < 0 && !w->src_code[0]) ||
                (w->src >= 0 && w->src == k->tgt) ||
                (w->src >= 0 && k->tgt >= 0 &&
                 !strcmp(dy_ev_mention_code(c, w->src),
                         dy_ev_mention_code(c, k->tgt))))
                continue;
            k->src = w->src;
            memcpy(k->src_code, w->src_code, sizeof k->src_code);
            k->src_inferred = w->src_inferred;
            break;
        }
    }
}

/* Is there "in", "during" or "amid" among tokens [from, to)? */
static int in_during(const dy_ctx *c, size_t from, size_t to)
{
    for (size_t q = from; q < to; q++) {
        const dy_token *t = &c->tok[q];
        if (dy_tok_has(t, c->w_in) || dy_tok_is(c, t, "during") ||
            dy_tok_is(c, t, "amid"))
            return 1;
    }
    return 0;
}

/* The actor after "with" right after the noun ending at token end
 * ("clashes with rebels", "fighting with the army"), or -1 */
static int32_t with_party(const dy_ctx *c, size_t end, size_t sent_end)
{
    if (end >= sent_end || !dy_tok_has(&c->tok[end], c->w_with))
        return -1;
    for (size_t q = end + 1; q < sent_end && q < end + 7; q++) {
        if (c->tok[q].mention >= 0)
            return dy_head_mention(c, c->tok[q].mention);
        /* (past "the Kurdish forces of" to "the YPG") */
        if (c->tok[q].tag != TAG_DET && c->tok[q].tag != TAG_ADJ &&
            c->tok[q].tag != TAG_NOUN && !dy_tok_has(&c->tok[q], c->w_of))
            return -1;
    }
    return -1;
}

/* "Nine soldiers were killed in clashes with rebels": an act of force
 * told in the passive with no agent, during a fight named right after it
 * ("in clashes with", "during fighting with"), was done by the party the
 * fight was with (not by the victims' own side) */
static void agents_from_clash(ev_sent *es)
{
    const dy_ctx *c = es->c;
    for (size_t q = es->cand_first; q < es->cands->count; q++) {
        dy_cand *k = dy_vec_at(es->cands, q);
        if (!agentless_force(c, k))
            continue;
        for (size_t r = q + 1; r < es->cands->count; r++) {
            const dy_cand *w = dy_vec_at(es->cands, r);
            if (w->trig_first > k->trig_end + 8)
                break;
            if (!w->is_noun || w->background || dy_cand_root(c, w) != 19 ||
                !in_during(c, k->trig_end, w->trig_first))
                continue;
            int32_t m = with_party(c, w->trig_end, es->end);
            if (m < 0 || (k->tgt >= 0 &&
                          !strcmp(dy_ev_mention_code(c, m),
                                  dy_ev_mention_code(c, k->tgt))))
                continue;
            k->src = m;
            break;
        }
    }
}

/* Does the act-of-force noun w name a target of its own after it ("an
 * attack by gunmen on a checkpoint"), not the victims before it? */
static int own_target(const dy_ctx *c, const dy_cand *w)
{
    if (w->tgt < 0)
        return w->tgt_code[0] != '\0';
    const dy_mention *m = dy_vec_at(&c->mentions, (size_t)w->tgt);
    return m->first >= w->trig_end;
}

/* "Six civilians were killed in an air strike by the Syrian air force",
 * "five were killed and eight wounded during a raid by Israeli troops":
 * an act of force against named victims, told in the passive with no
 * agent, in, during or amid an act-of-force noun whose source is named
 * (its "by" phrase or its own words) and which names no target, is that
 * act: the noun's source did it, and a generic kill or wound (x0) takes
 * the noun's code. The noun is then no event of its own. A noun that
 * names its target is the event, and the passive its toll. */
static void agents_from_means(ev_sent *es)
{
    const dy_ctx *c = es->c;
    size_t used[8], nused = 0;
    for (size_t q = es->cand_first; q < es->cands->count; q++) {
        dy_cand *k = dy_vec_at(es->cands, q);
        if (!agentless_force(c, k) || k->tgt < 0)
            continue;
        for (size_t r = q + 1; r < es->cands->count; r++) {
            const dy_cand *w = dy_vec_at(es->cands, r);
            if (w->trig_first > k->trig_end + 8)
                break;
            if (!w->is_noun || w->background || w->src < 0 ||
                dy_cand_root(c, w) < 18 ||
                !in_during(c, k->trig_end, w->trig_first) ||
                !strcmp(dy_ev_mention_code(c, w->src),
                        dy_ev_mention_code(c, k->tgt)))
                continue;
            /* (a noun with a target of its own, "an attack by gunmen on
             * a checkpoint", is the event; the passive tells its toll) */
            if (own_target(c, w)) {
                k->background = 1;
                break;
            }
            k->src = w->src;
            take_means_code(c, k, w);
            if (nused < sizeof used / sizeof used[0])
                used[nused++] = r;
            break;
        }
    }
    /* (after the loop: "killed and eight wounded in an attack by" gives
     * both passives the attack's source) */
    for (size_t u = 0; u < nused; u++)
        ((dy_cand *)dy_vec_at(es->cands, used[u]))->background = 1;
}

static int add_dyad(dy_ctx *c, const char *src, const char *tgt,
                    uint32_t first, uint32_t end)
{
    if (c->dyads.count >= 256)
        return 0;
    dy_dyad *d = dy_vec_push(&c->dyads);
    if (!d)
        return DYAD_ENOMEM;
    dy_str_copy(d->source, sizeof d->source, src);
    dy_str_copy(d->target, sizeof d->target, tgt);
    d->first = first;
    d->end = end;
    return 0;
}

/* the conflict dyads of the sentence's acts of force (15 and up) with
 * both sides, remembered for the rest of the document */
static int conflict_dyads(ev_sent *es)
{
    dy_ctx *c = es->c;
    for (size_t q = es->cand_first; q < es->cands->count; q++) {
        dy_cand *k = dy_vec_at(es->cands, q);
        int root = dy_cand_root(c, k);
        if (root < 15 || k->src < 0 || (k->tgt < 0 && !k->tgt_code[0]))
            continue;
        const char *tg =
            k->tgt >= 0 ? dy_ev_mention_code(c, k->tgt) : k->tgt_code;
        int rc = add_dyad(c, dy_ev_mention_code(c, k->src), tg,
                          k->trig_first, k->trig_end);
        if (rc)
            return rc;
    }
    return 0;
}

/* an assault with a target and no stated attacker takes the attacker of
 * the latest conflict dyad against that target (marked inferred, with the
 * words it came from): its country, or the whole attacker of an act among
 * its own words or in its own sentence ("were killed in an ISIS suicide
 * bombing": the bombing is the same act, IMGREB, not IMG; "ISIS militants
 * were killed and their vehicles destroyed at the hands of SDF fighters":
 * SYRREB, not the state SYR) */
static void infer_attackers(ev_sent *es)
{
    const dy_ctx *c = es->c;
    if (c->opts->flags & DYAD_F_NO_INFERENCE)
        return;
    for (size_t q = es->cand_first; q < es->cands->count; q++) {
        dy_cand *k = dy_vec_at(es->cands, q);
        if (k->background || k->src >= 0 || dy_cand_root(c, k) < 18)
            continue;
        const char *tg = k->tgt >= 0 ? dy_ev_mention_code(c, k->tgt)
                                     : (k->tgt_code[0] ? k->tgt_code
                                                       : NULL);
        if (!tg)
            continue;
        for (size_t d = c->dyads.count; d-- > 0;) {
            const dy_dyad *dd = dy_vec_at(&c->dyads, d);
            if (strncmp(dd->target, tg, 3) == 0 &&
                strncmp(dd->source, tg, 3) != 0) {
                if ((dd->first < k->trig_end && dd->end > k->trig_first) ||
                    dd->first >= es->first)
                    dy_str_copy(k->src_code, sizeof k->src_code, dd->source);
                else
                    dy_str_copyn(k->src_code, sizeof k->src_code,
                                 dd->source, 3);
                k->src_inferred = 1;
                k->ctx_first = dd->first;
                k->ctx_end = dd->end;
                break;
            }
        }
    }
}

/* is code a state's own agency: its government, army, police, spies or
 * courts ("RUSGOV")? */
static int state_code(const char *code)
{
    static const char *const state[] = {"GOV", "MIL", "COP", "SPY", "JUD",
                                        "LEG"};
    if (strlen(code) < 6)
        return 0;
    for (size_t i = 0; i < sizeof state / sizeof state[0]; i++)
        if (strncmp(code + 3, state[i], 3) == 0)
            return 1;
    return 0;
}

/* a country's code at the start of an actor code: not a bare role, nor an
 * international or non-state root (IGO, NGO, IMG, MNC ...), nor a region
 * the lexicon names states by ("Arab states" MEA, "Western powers" WST:
 * no one country's government, police or place) */
static int has_country(const dy_ctx *c, const char *code)
{
    static const char *const roots[] = {"IGO", "NGO", "IMG", "MNC", "INT",
                                        "UIS", "CRM", "REB"};
    if (strlen(code) < 3 || dy_is_agent_code(c, code) ||
        !dy_lexicon_is_country(c->lx, code))
        return 0;
    for (size_t i = 0; i < sizeof roots / sizeof roots[0]; i++)
        if (strncmp(code, roots[i], 3) == 0)
            return 0;
    return 1;
}

static const char *place_country(const dy_ctx *c, const dy_cand *k);

/* "Two soldiers were killed in a roadside bomb attack", "were killed in
 * an air strike": an act of force against named victims, told in the
 * passive with no agent, by or in an act-of-force noun that names no
 * source either, is one act with it: the passive, which names the
 * victims, is the event (a generic kill or wound, x0, takes the noun's
 * code), the noun no event of its own. (A noun with a source is
 * agents_from_means'; one that names another target after it, "an attack
 * on a checkpoint", stays an event.) */
static void unsourced_means(ev_sent *es)
{
    const dy_ctx *c = es->c;
    for (size_t q = es->cand_first; q < es->cands->count; q++) {
        dy_cand *k = dy_vec_at(es->cands, q);
        /* (victims with a country: the attacker unnamed is inferred
         * from it, unidentified_attackers; a noun inside the passive's own
         * pattern, "kill + in &aerial", is its act whatever the victims,
         * when the act's place has a country to infer it from) */
        if (!agentless_force(c, k) || k->tgt < 0)
            continue;
        int national = has_country(c, dy_ev_mention_code(c, k->tgt));
        if (!national && !place_country(c, k))
            continue;
        for (size_t r = q + 1; r < es->cands->count; r++) {
            dy_cand *w = dy_vec_at(es->cands, r);
            if (w->trig_first > k->trig_end + 8)
                break;
            /* (but not a noun inside the pattern's words short of its
             * last: "airstrikes" of "killed in airstrikes and shelling",
             * another act) */
            int inside = w->trig_first < k->trig_end &&
                         !(w->trig_first > k->trig_first &&
                           w->trig_end < k->trig_end);
            if (!w->is_noun || w->background || w->src >= 0 ||
                w->src_code[0] || dy_cand_root(c, w) < 18 ||
                (!inside && (!national ||
                             !in_during(c, k->trig_end, w->trig_first))) ||
                (w->tgt >= 0 && w->tgt != k->tgt))
                continue;
            take_means_code(c, k, w);
            w->background = 1;
            break;
        }
    }
}

/* "started a hunger strike to protest President Assad's failure", "sent
 * equipment to help defend Saudi Arabia": an act that names no target is
 * aimed at the target of the purpose infinitive right after it (which is
 * background, not an event of its own), when that act is its source's */
static void purpose_targets(ev_sent *es)
{
    const dy_ctx *c = es->c;
    for (size_t q = es->cand_first; q < es->cands->count; q++) {
        dy_cand *k = dy_vec_at(es->cands, q);
        /* (a target taken from the place only gives way: "used tear gas
         * to disperse protesters in Lagos") */
        if (k->background || k->tgt >= 0 ||
            (k->tgt_code[0] && !k->tgt_from_place) || k->src < 0)
            continue;
        for (size_t r = q + 1; r < es->cands->count; r++) {
            const dy_cand *b = dy_vec_at(es->cands, r);
            uint32_t to = b->trig_first;
            while (to > k->trig_end && c->tok[to - 1].tag == TAG_VERB)
                to--; /* "to help defend" */
            if (!b->background || b->tgt < 0 || b->tgt == k->src ||
                (b->src >= 0 && b->src != k->src) || to <= k->trig_end ||
                to > k->trig_end + 4 || c->tok[to - 1].tag != TAG_TO)
                continue;
            int clause = 1;
            for (uint32_t t = k->trig_end; t < to - 1 && clause; t++)
                clause = !dy_is_clause_punct(c, &c->tok[t]) &&
                         c->tok[t].tag != TAG_VERB;
            /* (of the place's country: not "an assault to take control
             * of the Palestine Roundabout" in Damascus) */
            if (clause && k->tgt_from_place &&
                strncmp(dy_ev_mention_code(c, b->tgt), k->tgt_code, 3) != 0)
                clause = 0;
            if (clause) {
                k->tgt = b->tgt;
                k->tgt_code[0] = '\0';
                k->tgt_from_place = 0;
            }
            break;
        }
    }
}

/* A domestic protest, strike or boycott, or its ending (the codes of
 * remap own-government, data/remap.lex), with no target, or aimed only at
 * its own country's ground, is aimed at its own government: CAMEO's
 * convention ("students in Indonesia staged demonstrations" is IDN 141
 * IDNGOV); not when the protesters are the state itself. */
static void own_government(ev_sent *es)
{
    const dy_ctx *c = es->c;
    for (size_t q = es->cand_first; q < es->cands->count; q++) {
        dy_cand *k = dy_vec_at(es->cands, q);
        /* (an act only wished for keeps no target it does not name:
         * "pressed the workers to cancel the strike") */
        if (k->background || k->src < 0 || k->tgt >= 0 || k->modal ||
            !dy_cand_act_code(c, k) ||
            !dy_lexicon_remap(c->lx, DY_RM_OWN_GOVERNMENT,
                              dy_cand_act_code(c, k), 0))
            continue;
        const char *sc = dy_ev_mention_code(c, k->src);
        if (!has_country(c, sc) || state_code(sc))
            continue;
        if (k->tgt_code[0] &&
            !(k->tgt_from_place && strncmp(k->tgt_code, sc, 3) == 0))
            continue;
        dy_str_copy2(k->tgt_code, sizeof k->tgt_code, sc, 3, "GOV");
        k->tgt_from_place = 0;
        k->tgt_own_gov = 1;
    }
}

/* the country of candidate k's place, or NULL when it has none (or only
 * a loose one) */
static const char *place_country(const dy_ctx *c, const dy_cand *k)
{
    if (k->place < 0 || k->place_loose)
        return NULL;
    const char *cc =
        dy_place_country(c, dy_vec_at(&c->places, (size_t)k->place));
    return cc && strlen(cc) >= 3 ? cc : NULL;
}

/* the head noun of the subject right before the verb group at vg,
 * past an "of" phrase ("supporters of Kefaya"); SIZE_MAX when none */
static size_t subject_head(const dy_ctx *c, size_t first, size_t vg)
{
    size_t h = vg;
    while (h > first && c->tok[h - 1].tag == TAG_ADV)
        h--;
    if (h == first)
        return SIZE_MAX;
    h--;
    for (size_t q = h; q > first && h - q < 4; q--)
        if (dy_tok_has(&c->tok[q], c->w_of)) {
            h = q - 1;
            break;
        }
    return c->tok[h].tag == TAG_NOUN && c->tok[h].mention < 0 ? h
                                                                : SIZE_MAX;
}

/* Does the act noun k head the subject of its clause: no verb,
 * preposition or subordinator before it since the sentence's start or a
 * comma, no owner ("his protests") and no noun after it that it would
 * only modify ("riot gear", "protest vote")? */
static int subject_act_noun(const dy_ctx *c, size_t first, const dy_cand *k)
{
    size_t h = k->head;
    if (h + 1 < c->ntok && c->tok[h + 1].tag == TAG_NOUN)
        return 0;
    for (size_t q = h; q-- > first;) {
        const dy_token *t = &c->tok[q];
        if (dy_is_comma(c, t))
            break;
        if (t->tag == TAG_VERB || t->tag == TAG_AUX || t->tag == TAG_MODAL ||
            t->tag == TAG_PREP || t->tag == TAG_SUB || t->tag == TAG_POSS ||
            dy_in_class(c, DY_CL_OWNER_PRONOUN, t))
            return 0;
    }
    return 1;
}

/* "More than 200 neo-Nazis demonstrated in Germany", "supporters of
 * Kefaya marched in Cairo": a protest (14) whose subject is people the
 * lexicon names no actor for (class crowd-noun, data/grammar.lex) is
 * done by civilians of the country where it happened (inferred), aimed,
 * with no target named, at that country's government, as a domestic
 * protest is (own_government) */
static void implied_protesters(ev_sent *es)
{
    const dy_ctx *c = es->c;
    if (c->opts->flags & DYAD_F_NO_INFERENCE)
        return;
    for (size_t q = es->cand_first; q < es->cands->count; q++) {
        dy_cand *k = dy_vec_at(es->cands, q);
        if (k->background || k->passive || k->nonfinite ||
            k->src >= 0 || k->src_code[0] || k->scope != SC_MAIN ||
            k->tgt >= 0 || dy_cand_root(c, k) != 14)
            continue;
        const char *cc = place_country(c, k);
        if (!cc && k->tgt_from_place && strlen(k->tgt_code) == 3)
            cc = k->tgt_code;
        if (!cc)
            continue;
        /* ("Mass protests erupted in Cairo": a protest noun that names
         * no one who holds it, heading the subject of its clause, is held
         * by the people of its place) */
        if (k->is_noun && !subject_act_noun(c, es->first, k))
            continue;
        if (!k->is_noun) {
            size_t h = subject_head(c, es->first,
                                    dy_ev_group_start(c, es->first,
                                                      k->trig_first));
            if (h == SIZE_MAX ||
                !dy_in_class(c, DY_CL_CROWD_NOUN, &c->tok[h]))
                continue;
        }
        char own[4];
        dy_str_copy2(own, sizeof own, cc, 3, "");
        dy_str_copy2(k->src_code, sizeof k->src_code, own, 3, "CVL");
        k->src_inferred = 1;
        k->src_implied = 1;
        k->ctx_first = k->ctx_end = k->trig_first;
        if (!k->tgt_code[0] ||
            (k->tgt_from_place && strncmp(k->tgt_code, own, 3) == 0)) {
            dy_str_copy2(k->tgt_code, sizeof k->tgt_code, own, 3, "GOV");
            k->tgt_from_place = 0;
            k->tgt_own_gov = 1;
        }
    }
}

/* the country where the sentence's acts of force happened, or NULL */
static const char *force_country(const ev_sent *es)
{
    for (size_t q = es->cand_first; q < es->cands->count; q++) {
        const dy_cand *k = dy_vec_at(es->cands, q);
        const char *cc = dy_cand_root(es->c, k) >= 18
                             ? place_country(es->c, k) : NULL;
        if (cc)
            return cc;
    }
    return NULL;
}

/* is k a present participle of what a role was doing ("civilians
 * traveling to a wedding", clauses.h)? */
static int victims_doing(const ev_sent *es, const dy_cand *k)
{
    return !k->is_noun && dy_clauses_doing(es->c, es->first, k->trig_first);
}

/* A killing or assault whose victims are named but whose perpetrator is
 * neither named nor known from the document's conflicts ("a journalist
 * was killed in a car bomb explosion in Beirut") is the act of
 * unidentified armed forces: CAMEO's UAF, of the country where it happened
 * (else the victims'): LBNUAF. Only in a sentence that names no actor of
 * an act, in a document with no earlier act of force in the same
 * country. */
static void unidentified_attackers(ev_sent *es)
{
    const dy_ctx *c = es->c;
    if (c->opts->flags & DYAD_F_NO_INFERENCE)
        return;
    /* not when the sentence names its actors (not those of a participle
     * modifying the victims: "killing 12 civilians traveling to a
     * wedding"), nor after an earlier act of force of the document,
     * whose toll this may tell, unless that act happened in another
     * country ("... in Aleppo. A roadside bomb killed two soldiers near
     * Kandahar.") */
    const char *here = force_country(es);
    for (size_t q = 0; q < es->cands->count; q++) {
        const dy_cand *o = dy_vec_at(es->cands, q);
        const char *there = q < es->cand_first ? place_country(c, o) : NULL;
        if (q >= es->cand_first ? !o->background && !victims_doing(es, o) &&
                                      (o->src >= 0 || o->src_code[0])
                                : dy_cand_root(c, o) >= 18 && o->src >= 0 &&
                                      !(here && there &&
                                        strncmp(here, there, 3) != 0))
            return;
    }
    for (size_t q = es->cand_first; q < es->cands->count; q++) {
        dy_cand *k = dy_vec_at(es->cands, q);
        const char *act = dy_cand_act_code(c, k);
        if (k->background || k->src >= 0 || k->src_code[0] || !act ||
            strncmp(act, "18", 2) < 0 || (k->tgt < 0 && !k->tgt_code[0]))
            continue;
        const char *cc = place_country(c, k);
        const char *tg = k->tgt >= 0 ? dy_ev_mention_code(c, k->tgt)
                                     : k->tgt_code;
        if ((!cc || !cc[0]) && has_country(c, tg))
            cc = tg;
        dy_str_copy2(k->src_code, sizeof k->src_code,
                     cc && strlen(cc) >= 3 ? cc : "", 3, "UAF");
        k->src_inferred = 1;
        k->src_unidentified = 1;
        k->ctx_first = k->ctx_end = k->trig_first;
    }
}

/* "were deported from Jordan", "were arrested in Iran": a country named
 * right after the act, or NULL */
static const char *country_from(const ev_sent *es, const dy_cand *k)
{
    const dy_ctx *c = es->c;
    size_t q = k->trig_end;
    if (q + 1 >= es->end || !(dy_tok_has(&c->tok[q], c->w_from) ||
                              dy_tok_has(&c->tok[q], c->w_in)))
        return NULL;
    int32_t m = c->tok[q + 1].mention;
    if (m < 0)
        return NULL;
    const char *code = dy_ev_mention_code(c, m);
    return strlen(code) == 3 && has_country(c, code) ? code : NULL;
}

/* Is k's place where people went ("were deported to Mexico": its
 * place follows "to" or "into")? */
static int destination(const dy_ctx *c, const dy_cand *k)
{
    if (k->place < 0)
        return 0;
    const dy_placem *pm = dy_vec_at(&c->places, (size_t)k->place);
    if (pm->first == 0)
        return 0;
    const dy_token *t = &c->tok[pm->first - 1];
    return dy_tok_has(t, c->w_to) || dy_tok_has(t, c->w_into);
}

/* "Kenya's ban on rallies was lifted", "the Kenyan curfew was eased": the
 * country an actor before the passive's words states as the owner of what
 * is acted on (a possessor or a modifier of it, at most three tokens
 * before, in the same clause), or NULL */
static const char *owner_country(const ev_sent *es, const dy_cand *k)
{
    const dy_ctx *c = es->c;
    for (size_t q = k->trig_first; q > es->first && q + 3 >= k->trig_first;) {
        const dy_token *t = &c->tok[--q];
        if (t->mention >= 0) {
            const char *code = dy_ev_mention_code(c, t->mention);
            return has_country(c, code) ? code : NULL;
        }
        if (t->tag != TAG_DET && t->tag != TAG_ADJ && t->tag != TAG_POSS)
            return NULL;
    }
    return NULL;
}

/* "Kenyan officials said the journalists were arrested": the country the
 * subject of a say verb before k's words states (not one inferred), when
 * k is what it says; NULL when none */
static const char *sayer_country(const ev_sent *es, const dy_cand *k)
{
    const dy_ctx *c = es->c;
    for (size_t q = k->trig_first; q-- > es->first;) {
        const dy_token *t = &c->tok[q];
        if (dy_is_clause_punct(c, t))
            return NULL;
        if (t->tag != TAG_VERB || !(t->kinds & KIND_BIT(LX_SAY)))
            continue;
        int32_t m = dy_ev_subject_before(c, es->first, q);
        if (m < 0)
            return NULL;
        const dy_mention *x = dy_vec_at(&c->mentions, (size_t)m);
        return !x->country_inferred && has_country(c, x->code) ? x->code
                                                                : NULL;
    }
    return NULL;
}

/* The agent an agentless passive act implies (data/remap.lex agent-*):
 * "two journalists were arrested in Tehran" is IRNCOP 173, "was
 * sentenced to ten years" JUD 116, "were deported from Jordan" JORGOV
 * 174; of the country of the act's place, else of its target's (not
 * for an act done to foreigners, agent-foreign, whose place after "to"
 * is their destination) */
static void implied_agents(ev_sent *es)
{
    static const struct {
        int family;
        const char *role;
    } agents[] = {{DY_RM_AGENT_POLICE, "COP"},
                  {DY_RM_AGENT_COURT, "JUD"},
                  {DY_RM_AGENT_GOVERNMENT, "GOV"}};
    const dy_ctx *c = es->c;
    if (c->opts->flags & DYAD_F_NO_INFERENCE)
        return;
    for (size_t q = es->cand_first; q < es->cands->count; q++) {
        dy_cand *k = dy_vec_at(es->cands, q);
        const char *code = dy_cand_act_code(c, k);
        /* (a main clause's act: not "who was arrested last year") */
        if (k->background || !k->passive || k->src >= 0 || k->src_code[0] ||
            !code || k->scope != SC_MAIN)
            continue;
        const char *role = NULL;
        for (size_t a = 0; !role && a < sizeof agents / sizeof agents[0];
             a++)
            if (dy_lexicon_remap(c->lx, agents[a].family, code, 0))
                role = agents[a].role;
        if (!role)
            continue;
        int foreign = dy_lexicon_remap(c->lx, DY_RM_AGENT_FOREIGN, code, 0)
                      != NULL;
        const char *cc =
            foreign && destination(c, k) ? NULL : place_country(c, k);
        if (!cc)
            cc = country_from(es, k);
        const char *tg = k->tgt >= 0 ? dy_ev_mention_code(c, k->tgt)
                                     : k->tgt_code;
        if (!cc && !foreign && has_country(c, tg))
            cc = tg;
        if (!cc && !foreign)
            cc = owner_country(es, k);
        if (!cc)
            cc = dy_actors_doc_country(c);
        if (!cc && !foreign)
            cc = sayer_country(es, k);
        /* (a bare "police" or "government" of no known country tells an
         * analyst too little to stand as a source) */
        if (!cc || strlen(cc) < 3)
            continue;
        dy_str_copy2(k->src_code, sizeof k->src_code, cc, 3, role);
        k->src_inferred = 1;
        k->src_implied = 1;
        k->ctx_first = k->ctx_end = k->trig_first;
    }
}

/* Is k an act that answers another's act named as its object
 * (dy_ev_answers_act), or praise of it (05: "welcomed the release")? */
static int reaction(const dy_ctx *c, const dy_cand *k)
{
    return dy_ev_answers_act(c, k) || dy_cand_root(c, k) == 5;
}

/* "Kenya welcomed the release of 20 prisoners by Uganda", "the UN
 * denounced the killing of aid workers by Israeli forces": a reaction
 * whose object is an act with a named source is aimed at that source,
 * not at the act's own target (the victims the object names first) */
static void reaction_targets(ev_sent *es)
{
    const dy_ctx *c = es->c;
    for (size_t q = es->cand_first; q < es->cands->count; q++) {
        dy_cand *k = dy_vec_at(es->cands, q);
        if (k->is_noun || k->src < 0 || !reaction(c, k))
            continue;
        /* the object: the first act after the verb's words, past only
         * determiners, adjectives and actor modifiers */
        size_t t = k->trig_end;
        while (t < es->end && t < k->trig_end + 4 &&
               (c->tok[t].tag == TAG_DET || c->tok[t].tag == TAG_ADJ ||
                c->tok[t].mention >= 0))
            t++;
        for (size_t r = es->cand_first; r < es->cands->count; r++) {
            const dy_cand *n = dy_vec_at(es->cands, r);
            if (r == q || n->trig_first != t || n->src < 0)
                continue;
            int32_t s = dy_head_mention(c, n->src);
            if (s != dy_head_mention(c, k->src) &&
                (k->tgt < 0 || (n->tgt >= 0 && dy_head_mention(c, k->tgt) ==
                                                   dy_head_mention(c, n->tgt)))) {
                k->tgt = s;
                k->tgt_code[0] = '\0';
                k->tgt_from_place = 0;
            }
            break;
        }
    }
}

/* Does mention m name a country by its name or people ("Germany",
 * "Ukrainian positions"), not by a city or capital ("Tokyo")? */
static int names_country(const dy_ctx *c, const dy_mention *m)
{
    const uint32_t country = (1u << LX_COUNTRY) | (1u << LX_DEMONYM);
    int named = 0;
    for (size_t q = m->first; q < m->end; q++) {
        if (c->tok[q].kinds & (1u << LX_CAPITAL))
            return 0;
        if (c->tok[q].kinds & country)
            named = 1;
    }
    return named;
}

/* Does a mention of the sentence other than mentions a and b state
 * country cc (its code's first three letters, not inferred)? */
static int stated_elsewhere(const ev_sent *es, const char *cc, int32_t a,
                            int32_t b)
{
    const dy_ctx *c = es->c;
    for (size_t q = es->first; q < es->end; q++) {
        int32_t mi = c->tok[q].mention;
        if (mi < 0 || mi == a || mi == b)
            continue;
        const dy_mention *m = dy_vec_at(&c->mentions, (size_t)mi);
        if (!m->country_inferred && strncmp(m->code, cc, 3) == 0)
            return 1;
    }
    return 0;
}

/* "The minister criticised Germany", "the army attacked Ukrainian
 * positions", "the president visited Kenya": a bare government or army
 * whose country the actors stage took from the sentence's other actors
 * or a place after it, where only its own act's target states that
 * country, is not of the state its act is aimed at (at home it would act on
 * a part of it: its people, a town, the opposition), so against a target
 * that names a country as a whole the source stays a bare role. Acts
 * done at home whatever they aim at keep the country: protests (14),
 * shows of force (15), coercion (17) and unconventional violence (18). */
static void source_not_its_target(ev_sent *es)
{
    static const int home[] = {14, 15, 17, 18};
    const dy_ctx *c = es->c;
    for (size_t q = es->cand_first; q < es->cands->count; q++) {
        dy_cand *k = dy_vec_at(es->cands, q);
        if (k->background || k->src < 0 || k->tgt < 0)
            continue;
        const dy_mention *s = dy_vec_at(&c->mentions, (size_t)k->src);
        const dy_mention *t = dy_vec_at(&c->mentions, (size_t)k->tgt);
        if (!s->country_inferred || s->coord_next >= 0 || s->is_person ||
            (s->country_from != DY_CTRY_OTHERS &&
             s->country_from != DY_CTRY_PLACE_AFTER) ||
            strlen(s->code) != 6 ||
            (strcmp(s->code + 3, "GOV") != 0 &&
             strcmp(s->code + 3, "MIL") != 0) ||
            t->country_inferred || strlen(t->code) != 3 ||
            strncmp(s->code, t->code, 3) != 0 || !names_country(c, t) ||
            stated_elsewhere(es, t->code, k->src, k->tgt))
            continue;
        int root = dy_cand_root(c, k), at_home = 0;
        for (size_t h = 0; h < sizeof home / sizeof home[0]; h++)
            at_home |= root == home[h];
        if (at_home)
            continue;
        dy_str_copy(k->src_code, sizeof k->src_code, s->code + 3);
        k->src = -1;
        k->src_inferred = 0;
        k->ctx_first = s->first;
        k->ctx_end = s->end;
    }
}

/* What a sentence's candidates hold, as far as each rule's first test
 * asks it: one pass over them tells most rules they have nothing to do,
 * and the rule's own loop is skipped. Each bit is set when some candidate
 * passes a rule's entry test, or may come to by the time the rule runs
 * (the fields asked are ones no rule before it changes, or changes only
 * away from the test: background is only ever set, a source only taken
 * away before own_government, a target only given), so a skip changes
 * nothing. */
enum {
    CX_SRC_TGT = 1 << 0,      /* source_not_its_target: with both sides */
    CX_VERB_SRC = 1 << 1,     /* reaction_targets: a verb with a source */
    CX_BACKGROUND = 1 << 2,   /* purpose_targets: a background act */
    CX_PROTEST = 1 << 3,      /* implied_protesters: an active protest */
    CX_SRC_NO_TGT = 1 << 4,   /* own_government: a source, no target */
    CX_FORCE = 1 << 5,        /* an act of force: see context_summary */
    CX_FORCE_VERB = 1 << 6,   /* assault_tolls: a verb of force */
    CX_ACTIVE_FORCE = 1 << 7, /* war_tolls: an active verb of force */
    CX_PASSIVE_FORCE = 1 << 8, /* agentless_force: a passive of force */
    CX_ROOT15 = 1 << 9,       /* conflict_dyads: root 15 and up */
    CX_PASSIVE_MAIN = 1 << 10 /* implied_agents: a main clause's passive */
};

/* The CX_* bits of the sentence's candidates. CX_FORCE: a candidate
 * names an act of force (18 and up), by its pattern's code or by the code
 * it acts under; the rules that change only such acts (war_tolls,
 * assault_tolls, agents_from_means, agents_from_clash, unsourced_means,
 * infer_attackers, unidentified_attackers, agents_from_time_clause) have
 * nothing to do in a sentence without one, and no rule gives a candidate
 * another root (take_means_code gives an act of force another act of
 * force's code). */
static unsigned context_summary(const ev_sent *es)
{
    const dy_ctx *c = es->c;
    unsigned has = 0;
    for (size_t q = es->cand_first; q < es->cands->count; q++) {
        const dy_cand *k = dy_vec_at(es->cands, q);
        const char *act = dy_cand_act_code(c, k);
        int root = dy_cand_root(c, k);
        if (root >= 18 || (act && strncmp(act, "18", 2) >= 0))
            has |= CX_FORCE;
        if (root >= 15)
            has |= CX_ROOT15;
        if (!k->background && k->src >= 0 && k->tgt >= 0)
            has |= CX_SRC_TGT;
        if (!k->background && !k->modal && k->src >= 0 && k->tgt < 0)
            has |= CX_SRC_NO_TGT;
        if (!k->is_noun && k->src >= 0)
            has |= CX_VERB_SRC;
        if (k->background)
            has |= CX_BACKGROUND;
        if (root == 14 && !k->passive && !k->nonfinite &&
            k->scope == SC_MAIN)
            has |= CX_PROTEST;
        if (!k->is_noun && root >= 18)
            has |= k->passive ? CX_FORCE_VERB | CX_PASSIVE_FORCE
                              : CX_FORCE_VERB | CX_ACTIVE_FORCE;
        if (k->passive && k->scope == SC_MAIN)
            has |= CX_PASSIVE_MAIN;
    }
    /* (reaction_targets, purpose_targets, assault_tolls and the rules
     * of agentless_force relate one candidate to another: a sentence of
     * one has nothing for them) */
    if (es->cands->count - es->cand_first < 2)
        has &= ~(unsigned)(CX_VERB_SRC | CX_BACKGROUND | CX_FORCE_VERB |
                           CX_PASSIVE_FORCE);
    return has;
}

int dy_ev_context(ev_sent *es)
{
    const unsigned has = context_summary(es);
    if (has & CX_SRC_TGT)
        source_not_its_target(es);
    if (has & CX_VERB_SRC)
        reaction_targets(es);
    if (has & CX_BACKGROUND)
        purpose_targets(es);
    if (has & CX_PROTEST)
        implied_protesters(es);
    if (has & CX_SRC_NO_TGT)
        own_government(es);
    if (has & CX_FORCE) {
        if (has & CX_ACTIVE_FORCE)
            war_tolls(es);
        if (has & CX_FORCE_VERB)
            assault_tolls(es);
        if (has & CX_PASSIVE_FORCE)
            agents_from_means(es);
    }
    int rc = has & CX_ROOT15 ? conflict_dyads(es) : 0;
    if (rc)
        return rc;
    if (has & CX_FORCE) {
        if (has & CX_PASSIVE_FORCE) {
            agents_from_clash(es);
            unsourced_means(es);
        }
        infer_attackers(es);
        unidentified_attackers(es);
        if (has & CX_PASSIVE_FORCE)
            agents_from_time_clause(es);
    }
    if (has & CX_PASSIVE_MAIN)
        implied_agents(es);
    return 0;
}
