/*
 * nouns.c - events told by a noun ("missile attack", "talks", "the
 * invasion"): the source is a possessor ("Russia's strike"), an actor
 * modifier ("Russian shelling"), a "by" phrase or the subject of the verb
 * whose object the noun is ("the army intensified its bombardment"); the
 * target follows on/against/of/to/with, or "between X and Y"; an assault
 * on a place targets its country. "since X's invasion" and "... in 2022"
 * (an earlier year) are background, not events.
 */
#include "events_int.h"

#include "clauses/clauses.h"
#include "match/match.h"
#include "place/place.h"
#include "words/words.h"

#include <stdlib.h>
#include <string.h>

static int is_particle(const dy_ctx *c, const dy_token *t)
{
    return dy_in_class(c, DY_CL_PARTICLE, t);
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

/* Is mention m a capital city's name alone (one word that names no
 * country, demonym or actor of its own: "Paris", "Kabul")? */
static int city_modifier(const dy_ctx *c, int32_t m)
{
    const dy_mention *mm = dy_vec_at(&c->mentions, (size_t)m);
    if (mm->end != mm->first + 1)
        return 0;
    uint32_t kinds = c->tok[mm->first].kinds;
    return (kinds & KIND_BIT(LX_CAPITAL)) &&
           !(kinds & (KIND_BIT(LX_COUNTRY) | KIND_BIT(LX_DEMONYM) |
                      KIND_BIT(LX_ACTOR)));
}

/* the source before the noun phrase starting at `start`: an actor
 * modifier or possessor (k->src); returns the first token of the noun
 * phrase with its modifiers */
static size_t noun_modifier_source(const ev_sent *es, dy_cand *k,
                                   size_t start)
{
    const dy_ctx *c = es->c;
    size_t first = es->first, b = start;
    /* (past a name of no actor: "US Predator attacks", "Russian
     * Shahed drones") */
    while (b > first && b + 3 > start &&
           (c->tok[b - 1].tag == TAG_ADJ ||
            ((c->tok[b - 1].tag == TAG_NOUN || c->tok[b - 1].tag == TAG_PROPN) &&
             c->tok[b - 1].mention < 0 && c->tok[b - 1].place < 0 &&
             !c->mark[b - 1])))
        b--;
    /* (a capital city right before the noun names where it happened:
     * "the Paris terror attacks", "the Kabul bombing"; its possessive
     * names the government: "Moscow's offensive") */
    if (b > first && c->tok[b - 1].mention >= 0 &&
        !city_modifier(c, c->tok[b - 1].mention)) {
        k->src = c->tok[b - 1].mention;
        b = ((const dy_mention *)dy_vec_at(&c->mentions, (size_t)k->src))
                ->first;
    } else if (b > first + 1 && c->tok[b - 1].tag == TAG_POSS &&
               c->tok[b - 2].mention >= 0) {
        k->src = c->tok[b - 2].mention;
        b = ((const dy_mention *)dy_vec_at(&c->mentions, (size_t)k->src))
                ->first;
    }
    return b;
}

/* "the withdrawal of Russian troops", "the surrender of 200 militants":
 * the forces of a yielding act's "of" phrase are the ones who yield, when
 * nobody else is named. Troops of any 08 act a verb pattern matched in
 * its noun form (not those released or returned: "the release of two
 * soldiers", 084x); troops or rebels of a retreat or demobilisation
 * (0873, 0874), also for a noun pattern ("the pullout of US forces"), not
 * those a ceasefire covers or a concession is made to. */
static void yielding_forces(const dy_ctx *c, dy_cand *k, int nominal)
{
    if (k->src >= 0 || k->tgt < 0 || dy_cand_root(c, k) != 8)
        return;
    const char *act = dy_cand_code(c, k);
    int retreat = !strncmp(act, "0873", 4) || !strncmp(act, "0874", 4);
    const char *code = dy_ev_mention_code(c, k->tgt);
    int mil = code && strstr(code, "MIL"), reb = code && strstr(code, "REB");
    if (!(nominal && mil && strncmp(act, "084", 3) != 0) &&
        !(retreat && (mil || reb)))
        return;
    k->src = k->tgt;
    k->tgt = -1;
    k->src_np = 1;
}

/* the token after the noun at i where its arguments start: past "took
 * place", "broke out", "occurred", "erupted" when "between" follows
 * ("clashes took place between", "fighting broke out between") */
static size_t after_noun(const dy_ctx *c, size_t i, size_t end)
{
    size_t a = i + 1;
    /* "a mediation effort between X and Y" */
    if (a + 1 < end && c->tok[a + 1].tag == TAG_PREP &&
        c->tok[a].mention < 0 &&
        dy_in_class_noun(c, DY_CL_EFFORT, &c->tok[a]))
        return a + 1;
    if (!(a + 1 < end && c->tok[a].tag == TAG_VERB))
        return a;
    const dy_token *w = &c->tok[a], *w2 = &c->tok[a + 1];
    if ((dy_tok_is(c, w, "took") || dy_tok_is(c, w, "take") ||
         dy_tok_is(c, w, "takes")) &&
        dy_tok_is(c, w2, "place"))
        a += 2;
    else if ((dy_tok_is(c, w, "broke") || dy_tok_is(c, w, "break")) &&
             dy_tok_is(c, w2, "out"))
        a += 2;
    else if (dy_tok_is(c, w, "occurred") || dy_tok_is(c, w, "erupted"))
        a += 1;
    if (a >= end || !dy_tok_has(&c->tok[a], c->w_between))
        a = i + 1;
    return a;
}

/* is the noun phrase opening at b the object of "against", past its
 * determiners and adjectives? */
static int after_against(const dy_ctx *c, size_t first, size_t b)
{
    size_t q = b;
    while (q > first && (c->tok[q - 1].tag == TAG_DET ||
                         c->tok[q - 1].tag == TAG_ADJ))
        q--;
    return q > first && dy_tok_has(&c->tok[q - 1], c->w_against);
}

/* "the killing of aid workers in Gaza by Israeli forces", "a crackdown
 * on his supporters by government forces": the "by" after the noun's
 * "of", "on" or "against" phrase (its nouns, names, numbers and a place
 * after in, at or near) at a, or SIZE_MAX */
static size_t by_after_of(const dy_ctx *c, size_t a, size_t end)
{
    if (a >= end || !(dy_tok_has(&c->tok[a], c->w_of) ||
                      dy_tok_has(&c->tok[a], c->w_on) ||
                      dy_tok_has(&c->tok[a], c->w_against)))
        return SIZE_MAX;
    for (size_t q = a + 1; q < end && q < a + 10; q++) {
        const dy_token *t = &c->tok[q];
        if (dy_tok_has(t, c->w_by))
            return q > a + 1 ? q : SIZE_MAX;
        int place_prep = (dy_tok_has(t, c->w_in) || dy_tok_has(t, c->w_at) ||
                          dy_tok_has(t, c->w_near)) &&
                         q + 1 < end && c->tok[q + 1].place >= 0;
        if (!(t->tag == TAG_DET || t->tag == TAG_ADJ || t->tag == TAG_NUM ||
              t->tag == TAG_NOUN || t->tag == TAG_PROPN || t->mention >= 0 ||
              t->place >= 0 || place_prep))
            return SIZE_MAX;
    }
    return SIZE_MAX;
}

/* a token of an amount: a number, a number word, a currency sign */
static int is_amount_part(const dy_ctx *c, const dy_token *t)
{
    if (dy_is_amount(c, t))
        return 1;
    if (t->type != TT_PUNCT || t->len != 1)
        return 0;
    char ch = c->text[t->start];
    return ch == '$';
}

/* Is the verb at token v the trigger of an act that reacts to its object
 * (dy_ev_answers_act)? Its subject did not do what the object names:
 * "Germany condemned the attack on the embassy", "police dispersed the
 * protest". (Not support, 051: "artillery units supported the offensive"
 * take part in it.) */
static int reacts_to_object(const ev_sent *es, size_t v)
{
    const dy_cand *k = dy_ev_cand_at(es, v);
    return k && dy_ev_answers_act(es->c, k);
}

int dy_ev_answers_act(const dy_ctx *c, const dy_cand *k)
{
    int root = dy_cand_root(c, k);
    return root == 2 || root == 9 || root == 10 || root == 11 ||
           root == 12 || root == 14 || root == 17 ||
           strncmp(dy_cand_code(c, k), "016", 3) == 0;
}

/* "the army intensified its bombardment", "began a joint military
 * exercise": the event noun (phrase from b) is the object of a verb,
 * whose subject carries it out; -1 when not. After a passive verb ("was
 * killed in a car bomb explosion") or a verb of class undergo ("repelled
 * an attack") the subject suffers it: *patient. After a verb of class
 * observe ("reported shelling", "called the attack a crime") the act is
 * another's: -1. The verb's token goes to *verb. */
static int32_t object_of_verb(const dy_ctx *c, size_t first, size_t b,
                              int *patient, size_t *verb)
{
    *patient = 0;
    size_t q = b, amount = 0;
    int amount_in = 0;
    /* (an amount counts as one token: "announced a new $400 million
     * military aid package") */
    while (q > first && q + 4 + amount > b && amount < 6 &&
           (is_amount_part(c, &c->tok[q - 1]) ? ++amount : 1) &&
           (c->tok[q - 1].tag == TAG_DET || c->tok[q - 1].tag == TAG_ADJ ||
            is_amount_part(c, &c->tok[q - 1]) ||
            /* "participate in peacekeeping operations" */
            (c->tok[q - 1].tag == TAG_PREP && q - 1 > first &&
             c->tok[q - 2].tag == TAG_VERB &&
             (dy_tok_has(&c->tok[q - 1], c->w_in) ||
              dy_tok_has(&c->tok[q - 1], c->w_with) ||
              /* "were killed by shelling": the means of a passive */
              (dy_tok_has(&c->tok[q - 1], c->w_by) &&
               c->tok[q - 2].is_part))) ||
            /* "announced $1 billion in military aid": an amount's "in"
             * (after a say verb only, below) */
            (c->tok[q - 1].tag == TAG_PREP && q - 1 > first &&
             dy_tok_has(&c->tok[q - 1], c->w_in) &&
             is_amount_part(c, &c->tok[q - 2]) && (amount_in = 1)) ||
            /* a particle: "speeded up the withdrawal" */
            (c->tok[q - 1].tag == TAG_PREP && q - 1 > first &&
             c->tok[q - 2].tag == TAG_VERB && is_particle(c, &c->tok[q - 1]))))
        q--;
    /* (a verb of giving names the amount in its own pattern: "pledged
     * $5 million in aid" is the pledge's alone) */
    if (amount_in && q > first && !(c->tok[q - 1].kinds & KIND_BIT(LX_SAY)))
        return -1;
    if (q > first && c->tok[q - 1].tag == TAG_VERB &&
        c->tok[q - 1].mention < 0) {
        /* a finite verb right after its subject: not "a plan involving
         * concessions", not "which entail ..." */
        size_t vg0 = dy_ev_group_start(c, first, q - 1);
        *verb = q - 1;
        /* "(families) affected by the riots": the means of a passive,
         * whose subject suffers it */
        if (q < b && dy_tok_has(&c->tok[q], c->w_by))
            *patient = 1;
        /* (or an apposition between them: "Kastellanos, the interior
         * minister, ordered the release") */
        int32_t subj = -1;
        if (vg0 > first && c->tok[vg0 - 1].mention >= 0)
            subj = c->tok[vg0 - 1].mention;
        else if (c->tok[vg0].tag != TAG_TO &&
                 (vg0 < q - 1 || !dy_tok_ends(c, &c->tok[q - 1], "ing", 3)))
            subj = dy_ev_apposition_subject(c, first, vg0);
        if (subj >= 0) {
            for (size_t v = vg0; v < q - 1; v++)
                if (dy_ev_passive_aux(c, &c->tok[v]) &&
                    c->tok[q - 1].is_part)
                    *patient = 1;
            /* "Ukraine repelled a Russian attack": the subject suffers
             * it; "residents reported shelling": it is another's */
            if (dy_in_class_lemma(c, DY_CL_UNDERGO, &c->tok[q - 1]))
                *patient = 1;
            else if (dy_in_class_lemma(c, DY_CL_OBSERVE, &c->tok[q - 1]))
                return -1;
            return dy_head_mention(c, subj);
        }
    }
    return -1;
}

/* target: on/against/of/to/with X at a; "between X and Y" gives both
 * sides when no source was found */
static void noun_target(const ev_sent *es, dy_cand *k, size_t a)
{
    dy_ctx *c = es->c;
    size_t end = es->end;
    if (a < end && dy_tok_has(&c->tok[a], c->w_between)) {
        int32_t x = dy_ev_object_at(c, a + 1, end, 0);
        if (x >= 0) {
            dy_mention *mx = dy_vec_at(&c->mentions, (size_t)x);
            if (mx->coord_next >= 0 && k->src < 0) {
                k->src = x;
                k->tgt = mx->coord_next;
                mx->coord_next = -1;
            } else if (k->src >= 0 && x != k->src) {
                k->tgt = x; /* "Qatar's mediation between X and Y": both */
            }
        }
    } else if (a < end && c->tok[a].tag == TAG_PREP &&
               !dy_tok_has(&c->tok[a], c->w_by) &&
               !dy_tok_has(&c->tok[a], c->w_in) &&
               !dy_tok_has(&c->tok[a], c->w_since) &&
               !dy_tok_has(&c->tok[a], c->w_near) &&
               !dy_tok_has(&c->tok[a], c->w_at)) {
        k->tgt = dy_ev_object_at(c, a, end, 1);
    }
}

/* Is the noun phrase at b what a reaction is about ("protested in Paris
 * against the Russian invasion", "condemned Israel over the raid")? Its
 * act is told by others: the clause's place is the reaction's, not the
 * act's. */
static int reacted_to(const ev_sent *es, size_t b)
{
    const dy_ctx *c = es->c;
    size_t first = es->first;
    while (b > first && c->tok[b - 1].tag == TAG_DET)
        b--;
    if (b <= first + 1 || c->tok[b - 1].tag != TAG_PREP ||
        !(dy_tok_has(&c->tok[b - 1], c->w_against) ||
          dy_tok_has(&c->tok[b - 1], c->w_over)))
        return 0;
    /* the verb, past its object or adjunct ("protested in Paris against") */
    size_t v = b - 1;
    while (v > first && b - v < 7 && c->tok[v - 1].tag != TAG_VERB &&
           !dy_is_clause_punct(c, &c->tok[v - 1]))
        v--;
    return v > first && c->tok[v - 1].tag == TAG_VERB &&
           reacts_to_object(es, v - 1);
}

/* the place of a noun event at i: "a strike on Kharkiv", "shelling of
 * the Luhansk region" (a place no actor names), else the clause's unless
 * the noun is what a reaction is about (reacted); an act of force on a
 * place targets its country */
static void noun_place(const ev_sent *es, dy_cand *k, size_t i, size_t a,
                       int src_mod, int reacted)
{
    const dy_ctx *c = es->c;
    size_t first = es->first, end = es->end;
    /* (none in a sentence that names none: the candidate's place stays
     * -1, not loose, and every rule below acts on a place only) */
    if (!dy_ev_sentence_places(es))
        return;
    int root = dy_cand_root(c, k);
    k->place = reacted ? -1 : dy_place_of_event(c, first, end, i + 1);
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
            (!of || (c->tok[q].mention < 0 && src_mod))) {
            k->place = c->tok[q].place;
            k->place_is_object = 1;
        }
    }
    if (dy_ev_place_targets(root) && k->tgt < 0 && k->place >= 0)
        dy_ev_target_place_country(c, k, k->place);
    dy_ev_adjunct_place_target(c, k);
    if (!reacted)
        dy_place_loosely(c, k, first, end);
}

/* "discussed the withdrawal of troops", "talks on a troop pullback",
 * "negotiations over the release": is the noun phrase starting at b (past
 * its determiners) the topic of a deliberation (class deliberation: a verb
 * whose object it is, or a noun before on, about, over, regarding,
 * concerning, with a time or adverb between)? */
static int topic_of_talks(const dy_ctx *c, size_t first, size_t b)
{
    const dy_token *p = &c->tok[b - 1];
    if (p->tag == TAG_VERB)
        return dy_in_class_verb(c, DY_CL_DELIBERATION, p);
    if (b < first + 2 || p->tag != TAG_PREP ||
        !(dy_tok_has(p, c->w_on) || dy_tok_has(p, c->w_over) ||
          dy_tok_is(c, p, "about") || dy_tok_is(c, p, "regarding") ||
          dy_tok_is(c, p, "concerning")))
        return 0;
    size_t q = b - 2; /* (past a time: "negotiations today on") */
    while (q > first && q + 4 > b &&
           ((c->tok[q].pos & POS_TIME) || c->tok[q].tag == TAG_ADV))
        q--;
    return dy_in_class(c, DY_CL_DELIBERATION, &c->tok[q]);
}

/* background: "since X's invasion" (b: the noun phrase's first token),
 * "during the occupation",
 * "... in 2022" (an earlier year than the document's), "a halt to air
 * strikes": the token of the halt noun then, else 0 */
static size_t noun_background(const ev_sent *es, dy_cand *k, size_t b,
                              size_t i)
{
    const dy_ctx *c = es->c;
    size_t first = es->first, end = es->end, halt = 0;
    size_t bb = b;
    while (bb > first && c->tok[bb - 1].tag == TAG_DET)
        bb--;
    if (bb > first && (dy_tok_has(&c->tok[bb - 1], c->w_since)))
        k->background = 1;
    /* "killed during the occupation", "throughout the war": a long
     * conflict (class war) that frames a time is no event of its own */
    if (bb > first &&
        (dy_tok_is(c, &c->tok[bb - 1], "during") ||
         dy_tok_is(c, &c->tok[bb - 1], "throughout")) &&
        dy_in_class_noun(c, DY_CL_WAR, &c->tok[i]))
        k->background = 1;
    if (bb > first && topic_of_talks(c, first, bb))
        k->background = 1;
    /* "to stop military drills", "ended the talks": an act a verb of
     * halting (class halt) takes as object is not going on */
    if (bb > first && c->tok[bb - 1].tag == TAG_VERB &&
        dy_in_class_lemma(c, DY_CL_HALT, &c->tok[bb - 1]))
        k->background = 1;
    /* "a ban on opposition rallies", "curbs on protests": an act a
     * prohibition (class prohibition) forbids is not going on */
    if (bb > first + 1 &&
        (dy_tok_has(&c->tok[bb - 1], c->w_on) ||
         dy_tok_has(&c->tok[bb - 1], c->w_against)) &&
        dy_in_class_noun(c, DY_CL_PROHIBITION, &c->tok[bb - 2]))
        k->background = 1;
    /* "a lull in the shelling", "a halt to air strikes", "the end of the
     * siege": an act stopped is not going on */
    if (bb > first + 1 &&
        (c->tok[bb - 1].tag == TAG_PREP || c->tok[bb - 1].tag == TAG_TO) &&
        dy_in_class_noun(c, DY_CL_HALT, &c->tok[bb - 2])) {
        k->background = 1;
        halt = bb - 2;
    }
    for (size_t q = i + 1; q < end && q < i + 7; q++) {
        int y;
        if (dy_is_clause_punct(c, &c->tok[q]))
            break;
        if (is_year(c, &c->tok[q], &y) && q > 0 &&
            dy_tok_has(&c->tok[q - 1], c->w_in) &&
            (!c->date || y < c->date / 10000))
            k->background = 1;
    }
    return halt;
}

/* "the president ordered a halt to the offensive", "declared an end to
 * the curfew": a halt (class halt, token h) of an act, ordered or
 * declared (class halt-verb) by the subject of the verb it is the object
 * of, is that subject's act, coded from the halted one through remap
 * halt (force 19 -> 087, curfew 1723 -> 0813, aid 07 -> 162); aimed at
 * the side the halted act struck */
static void halted(const ev_sent *es, dy_cand *k, size_t h)
{
    const dy_ctx *c = es->c;
    const char *to = dy_lexicon_remap(c->lx, DY_RM_HALT, dy_cand_code(c, k), 0);
    if (!to)
        return;
    size_t hb = h;
    while (hb > es->first &&
           (c->tok[hb - 1].tag == TAG_DET || c->tok[hb - 1].tag == TAG_ADJ))
        hb--;
    int patient;
    size_t verb = es->end;
    int32_t s = object_of_verb(c, es->first, hb, &patient, &verb);
    if (s < 0 || patient || verb >= es->end ||
        !dy_in_class_lemma(c, DY_CL_HALT_VERB, &c->tok[verb]))
        return;
    int32_t struck = k->tgt >= 0 ? k->tgt : k->src;
    k->background = 0;
    k->cameo_override = to;
    k->src = s;
    k->src_subject = 1;
    k->tgt = struck != s ? struck : -1;
}

/* "a state visit of US President George W. Bush to Britain": the one
 * named right after a visit's "of" (token a) is the visitor, its source,
 * not the host; the host follows "to" */
static void visitor_of(const dy_ctx *c, dy_cand *k, size_t a, size_t end)
{
    if (k->src >= 0 || k->tgt < 0 || a >= end ||
        !dy_tok_has(&c->tok[a], c->w_of) ||
        strncmp(dy_cand_code(c, k), "042", 3) != 0)
        return;
    const dy_mention *m = dy_vec_at(&c->mentions, (size_t)k->tgt);
    size_t q = a + 1;
    while (q < m->first && (c->tok[q].tag == TAG_DET ||
                            c->tok[q].tag == TAG_ADJ))
        q++;
    if (q != m->first)
        return;
    k->src = k->tgt;
    k->tgt = dy_ev_pp_target(c, m->end, end, k->src);
}

/* "the release of 30 Palestinian prisoners": an actor after the
 * pattern's own "of" is the one acted on, or -1 */
static int32_t object_inside(const dy_ctx *c, const dy_cand *k, size_t from,
                             size_t head)
{
    size_t q = from + 1;
    while (q < head && !dy_tok_has(&c->tok[q], c->w_of))
        q++;
    for (q++; q <= head; q++) {
        int32_t m = c->tok[q].mention;
        /* (not "the withdrawal of its troops": the source's own) */
        if (m >= 0 && m != k->src &&
            !dy_ev_possessed(c, dy_vec_at(&c->mentions, (size_t)m), 0))
            return m;
    }
    return -1;
}

/* "the withdrawal of its troops from Lebanon", "the lifting of sanctions
 * on Iran": a noun naming a verb's act, with "of" right after it, read as
 * that verb's pattern (dy_match_nominal) when it matches more words than
 * a noun pattern there. The source is the noun's (a possessor or actor
 * modifier, "by X", or the subject of the verb it is the object of); the
 * target the verb pattern's (its '+' slot, an actor after the "of", the
 * object after it). The words it took are marked. Returns 1 when it made
 * a candidate, 0 when not, or DYAD_ENOMEM. */
static int nominal(ev_sent *es, size_t i)
{
    dy_ctx *c = es->c;
    size_t first = es->first, end = es->end;
    if (i + 2 >= end || !dy_tok_has(&c->tok[i + 1], c->w_of))
        return 0;
    uint32_t verb = dy_match_act_verb(c, &c->tok[i]);
    if (verb == LX_NONE)
        return 0;
    dy_pattern_match pm = dy_match_nominal(c, i, i + 1, end, verb);
    if (pm.phrase == LX_NONE)
        return 0;
    dy_pattern_match pn = dy_match_noun(c, i, first);
    if (pn.phrase != LX_NONE &&
        c->lx->phrases[pn.phrase].nwords >= c->lx->phrases[pm.phrase].nwords)
        return 0;
    dy_cand *k = dy_ev_new_cand(es, &pm, i);
    if (!k)
        return DYAD_ENOMEM;
    k->is_noun = 1;
    size_t b = noun_modifier_source(es, k, i);
    /* "Iran's rejection of the deal", "the release of 50 prisoners by
     * the junta": its own source, so told as done */
    if (k->src < 0 && pm.end < end && dy_tok_has(&c->tok[pm.end], c->w_by))
        k->src = dy_ev_object_at(c, pm.end + 1, end, 0);
    k->src_np = k->src >= 0;
    int patient = 0;
    size_t vat = end;
    if (k->src < 0) {
        int32_t s = object_of_verb(c, first, b, &patient, &vat);
        if (!patient && !(vat < end && reacts_to_object(es, vat)))
            k->src = s;
    }
    if (pm.slot != LX_NONE)
        k->tgt = dy_ev_object_at(c, pm.slot, end, 1);
    if (k->tgt < 0)
        k->tgt = object_inside(c, k, i, pm.end - 1);
    if (k->tgt < 0)
        k->tgt = dy_ev_object_at(c, pm.end, end, 1);
    yielding_forces(c, k, 1);
    if (k->src >= 0)
        k->src = dy_head_mention(c, k->src);
    if (k->tgt >= 0)
        k->tgt = dy_head_mention(c, k->tgt);
    noun_place(es, k, i, pm.end, k->src >= 0, reacted_to(es, b));
    size_t h = noun_background(es, k, b, i);
    if (h)
        halted(es, k, h);
    for (size_t q = i; q < pm.end; q++)
        c->mark[q] = 1;
    return 1;
}

/* "criticism from China", "aid from Japan": "from X" after an event
 * noun names who acts, except where it names what is left or given up
 * (yielding 08, reducing relations 16: "withdrawal from Iraq") */
static int from_is_source(const dy_ctx *c, const dy_cand *k)
{
    int root = dy_cand_root(c, k);
    return root != 8 && root != 16;
}

/* "Israeli airstrikes hit Gaza", "the shelling targeted Kharkiv": an act
 * of force that is the subject of a verb is aimed at that verb's object,
 * an actor or the country of a place */
static void struck_object(const ev_sent *es, dy_cand *k, size_t a)
{
    const dy_ctx *c = es->c;
    size_t end = es->end;
    /* (past auxiliaries: "Predator attacks have killed eight leaders") */
    int aux = 0;
    while (a < end && (c->tok[a].tag == TAG_AUX || c->tok[a].tag == TAG_ADV))
        aux |= c->tok[a++].tag == TAG_AUX;
    if (dy_cand_root(c, k) < 18 || a >= end || c->tok[a].tag != TAG_VERB)
        return;
    /* (a verb of force a pattern took, told as done, is the noun's
     * predicate where its subject is no actor but the noun itself: "two
     * car bombs struck the city", "the raid had targeted fishermen") */
    const dy_cand *v = c->mark[a] ? dy_ev_cand_at(es, a) : NULL;
    int predicate = v && v->src < 0 && !v->src_code[0] &&
                    dy_cand_root(c, v) >= 18 &&
                    c->tok[a].scope == SC_MAIN &&
                    !dy_tok_ends(c, &c->tok[a], "ing", 3);
    if (c->mark[a] ? !predicate : (c->tok[a].is_part && !aux))
        return;
    size_t q = a + 1;
    while (q < end && q < a + 4 &&
           (c->tok[q].tag == TAG_DET || c->tok[q].tag == TAG_ADJ) &&
           c->tok[q].mention < 0)
        q++;
    /* ("struck the city of Kerbala") */
    if (q + 2 < end && c->tok[q].mention < 0 &&
        dy_in_class_noun(c, DY_CL_PLACE_NOUN, &c->tok[q]) &&
        dy_tok_has(&c->tok[q + 1], c->w_of))
        q += 2;
    if (q >= end)
        return;
    if (c->tok[q].mention >= 0) {
        int32_t m = dy_head_mention(c, c->tok[q].mention);
        if (m != k->src)
            k->tgt = m;
    } else if (c->tok[q].place >= 0 && (c->tok[q].flags & TF_CAP)) {
        dy_ev_target_place_country(c, k, c->tok[q].place);
        if (k->place < 0)
            k->place = dy_place_refine(c, es->first, end, c->tok[q].place);
    }
}

/* "a car bomb blast", "a suicide car bomb attack": an event noun whose
 * words overlap the sentence's previous one ("car bomb", "bomb blast")
 * names the same act. Is there one? It gives that noun its code when its
 * own is the more precise (a longer code: 1832 over 183). */
static int overlapping_noun(ev_sent *es, const dy_pattern_match *pm)
{
    const dy_ctx *c = es->c;
    if (es->cands->count <= es->cand_first)
        return 0;
    dy_cand *p = dy_vec_at(es->cands, es->cands->count - 1);
    if (!p->is_noun || p->trig_end <= pm->first)
        return 0;
    const char *mine =
        lx_phrase_cameo(c->lx, &c->lx->phrases[pm->phrase]);
    const char *its = dy_cand_act_code(c, p);
    if (!p->cameo_override && its && strlen(mine) > strlen(its) &&
        strncmp(mine, its, 2) == 0)
        p->cameo_override = mine;
    return 1;
}

int dy_ev_noun(ev_sent *es, size_t i)
{
    dy_ctx *c = es->c;
    size_t first = es->first, end = es->end;
    const dy_token *t = &c->tok[i];
    /* gerunds name events too: "Israeli tank shelling" */
    int gerund_noun = t->tag == TAG_VERB && dy_tok_ends(c, t, "ing", 4) &&
                      (t->pos & POS_N);
    if (t->tag != TAG_NOUN && !gerund_noun)
        return 0;
    /* "a detention center", "attack helicopters": the thing it is for */
    if (i + 1 < end && c->tok[i + 1].tag == TAG_NOUN &&
        dy_in_class_noun(c, DY_CL_FACILITY, &c->tok[i + 1]))
        return 0;
    int rc = nominal(es, i);
    if (rc)
        return rc == 1 ? 0 : rc;
    if (!(t->kinds & (1u << LX_NOUN)))
        return 0;
    dy_pattern_match pm = dy_match_noun(c, i, first);
    if (pm.phrase == LX_NONE)
        return 0;
    /* "a bombing campaign": a longer event noun that takes this one in */
    if (i + 1 < end && c->tok[i + 1].tag == TAG_NOUN &&
        (c->tok[i + 1].kinds & (1u << LX_NOUN)) &&
        dy_match_noun(c, i + 1, first).first <= pm.first)
        return 0;
    /* a modifier a verb pattern took makes the noun its object ("pledged
     * humanitarian aid": the pledge's &relief slot), not another event */
    for (size_t q = pm.first; q < i; q++)
        if (c->mark[q])
            return 0;
    if (overlapping_noun(es, &pm))
        return 0;
    dy_cand *k = dy_ev_new_cand(es, &pm, i);
    if (!k)
        return DYAD_ENOMEM;
    k->is_noun = 1;
    size_t b = noun_modifier_source(es, k, pm.first);
    int src_mod = k->src >= 0; /* "Russian shelling", "Russia's strike" */
    size_t a = after_noun(c, i, end);
    if (a < end && dy_tok_has(&c->tok[a], c->w_by) && k->src < 0)
        k->src = dy_ev_object_at(c, a + 1, end, 0);
    /* (not of an act protested against, only referred to: "protested
     * against the bombing of Yugoslavia by NATO") */
    size_t by = k->src < 0 && !after_against(c, first, b)
                    ? by_after_of(c, a, end)
                    : SIZE_MAX;
    if (by != SIZE_MAX)
        k->src = dy_ev_object_at(c, by + 1, end, 0);
    size_t ta = a; /* where its target may be told: past "from X" */
    if (a < end && dy_tok_has(&c->tok[a], c->w_from) && k->src < 0 &&
        from_is_source(c, k)) {
        k->src = dy_ev_object_at(c, a + 1, end, 0);
        if (k->src >= 0)
            ta = ((const dy_mention *)dy_vec_at(&c->mentions,
                                                (size_t)k->src))->end;
    }
    int patient = 0;
    size_t verb = end;
    if (k->src < 0) {
        int32_t s = object_of_verb(c, first, b, &patient, &verb);
        /* "X, an intelligence chief, was killed by a car bomb": the
         * passive act the noun is the means of found its subject */
        const dy_cand *v = patient && s < 0 && verb < end
                               ? dy_ev_cand_at(es, verb) : NULL;
        if (v && v->by_means)
            s = v->tgt;
        if (patient)
            k->tgt = s; /* its source unnamed */
        else if (!(verb < end && reacts_to_object(es, verb))) {
            k->src = s;
            k->src_sayer = (uint8_t)(s >= 0 && verb < end &&
                                     (c->tok[verb].kinds &
                                      KIND_BIT(LX_SAY)) != 0);
            k->src_subject =
                (uint8_t)(s >= 0 && verb < end &&
                          dy_in_class_lemma(c, DY_CL_CAUSATIVE,
                                            &c->tok[verb]));
        }
    } else {
        /* "Georgia received assurances from Russia", "Iran faced
         * criticism from France": the subject is the one acted on; so is
         * a passive's ("were killed by shelling from Russian forces") and
         * that of a verb of suffering ("troops repelled a Russian attack",
         * "survived an ambush by the rebels") */
        int32_t s = object_of_verb(c, first, b, &patient, &verb);
        if (s >= 0 && s != dy_head_mention(c, k->src) &&
            (ta != a || patient))
            k->tgt = s;
    }
    if (k->tgt < 0)
        k->tgt = object_inside(c, k, pm.first, i);
    if (k->tgt < 0)
        noun_target(es, k, ta);
    if (k->tgt < 0)
        k->tgt = dy_ev_pp_target(c, ta, end, k->src);
    visitor_of(c, k, a, end);
    yielding_forces(c, k, 0);
    if (k->src >= 0)
        k->src = dy_head_mention(c, k->src);
    noun_place(es, k, i, a, src_mod, reacted_to(es, b));
    if (k->tgt < 0 && !k->tgt_code[0])
        struck_object(es, k, a);
    size_t h = noun_background(es, k, b, i);
    if (h)
        halted(es, k, h);
    return 0;
}
