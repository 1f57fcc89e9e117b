/*
 * events_int.h - what the files of src/events/ share: the sentence being
 * coded, the argument finders (subject, object, verb group) and the
 * candidate helpers that verbs.c, nouns.c and context.c use.
 */
#ifndef DYAD_EVENTS_INT_H
#define DYAD_EVENTS_INT_H

#include "events.h"

#include "match/match.h"

/* the sentence being coded and its candidates */
typedef struct ev_sent {
    dy_ctx *c;
    uint32_t si;        /* sentence index */
    size_t first, end;  /* its tokens */
    dy_vec *cands;      /* dy_cand of the document */
    size_t cand_first;  /* this sentence's first candidate */
} ev_sent;

/* Is t the auxiliary of a passive: a form of "be", or of "get" that the
 * tagger made one ("civilians got killed": data/grammar.lex,
 * passive-get)? */
static inline int dy_ev_passive_aux(const dy_ctx *c, const dy_token *t)
{
    /* (the class is asked only of an auxiliary that is no form of "be",
     * "have" or "do": the tagger's "get") */
    return (t->pos & POS_BE) ||
           (t->tag == TAG_AUX && !(t->pos & (POS_HAVE | POS_DO)) &&
            dy_in_class(c, DY_CL_PASSIVE_GET, t));
}

/* the source of the verb at token i as TABARI and PETRARCH2 read it, where
 * dyad's subject is subj ("option first-actor-source", foreign.c) */
int32_t dy_ev_foreign_source(const ev_sent *es, size_t i,
                             const dy_pattern_match *pm, int32_t subj);
/* is candidate k of a pattern with TABARI's '%' before its verb, its
 * source that coordination? Then it has no target (dropped): its members
 * act with each other, each pair with a paired code's both codes
 * (foreign.c) */
int dy_ev_foreign_joint(const ev_sent *es, dy_cand *k);
/* TABARI's FORWARD: the source of candidate k, the verb at token i, when
 * a pronoun subject opens the sentence ("option forward", foreign.c) */
void dy_ev_foreign_forward(const ev_sent *es, dy_cand *k, size_t i);
/* TABARI's pronouns: a pronoun subject or object of the verb at token i
 * is an actor of its sentence before it ("option pronouns", foreign.c) */
void dy_ev_foreign_pronouns(const ev_sent *es, dy_cand *k, size_t i);
/* TABARI's source of candidate k, the verb at token i, past a
 * subordinator: the first actor of its clause ("option clause-source",
 * foreign.c) */
void dy_ev_foreign_clause_source(const ev_sent *es, dy_cand *k, size_t i);
/* an agent before "of", "from" or "in" and a list of actors goes with
 * each member ("option agent-over-list", foreign.c) */
void dy_ev_foreign_lists(const ev_sent *es);
/* TABARI's verb read at a noun: is token i, a noun, the sentence's first
 * verb to TABARI ("option verb-nouns", foreign.c)? */
int dy_ev_foreign_verb_noun(const ev_sent *es, size_t i);
/* TABARI's noun at a verb: does "a", "an" or "the" stand right before
 * token i ("option verb-nouns", foreign.c)? */
int dy_ev_foreign_after_article(const ev_sent *es, size_t i);
/* TABARI's COMMA: does the verb at token i code nothing, in a clause
 * TABARI eliminates or past a comma after its clause's first verb
 * ("option comma", comma.c)? */
int dy_ev_foreign_comma_skips(const ev_sent *es, size_t i);
/* TABARI's COMMA: the source and target of candidate k, the verb at token
 * i, read across the commas left ("option comma", comma.c) */
void dy_ev_foreign_comma(const ev_sent *es, dy_cand *k, size_t i);
/* TABARI's "SET: CODE BY SENTENCE": only the sentence's first verb codes
 * ("option code-by-sentence", foreign.c) */
void dy_ev_foreign_by_sentence(const ev_sent *es);
/* the candidate of a verb at token i, if a pattern fires there; *next is
 * the last token the pattern used. DYAD_ENOMEM. */
int dy_ev_verb(ev_sent *es, size_t i, size_t *next);
/* the candidate of a noun headed at token i, if a pattern fires there;
 * i is a token no verb pattern took (c->mark) and in no actor mention
 * (the noun walk of events.c asks no other) */
int dy_ev_noun(ev_sent *es, size_t i);
/* assault tolls, conflict dyads and inferred attackers of the sentence */
int dy_ev_context(ev_sent *es);

/* Does the sentence name a place? Its places are the run at the end of
 * c->places that starts at its first token or later (they are found
 * sentence by sentence; a place dropped after it was found stays in the
 * run), so a sentence whose last place starts before it names none, and
 * no token of it has one: an event there has no place, and the place
 * searches, which would each walk it to find none, are not made. */
static inline int dy_ev_sentence_places(const ev_sent *es)
{
    const dy_vec *v = &es->c->places;
    return v->count &&
           ((const dy_placem *)dy_vec_at(v, v->count - 1))->first >= es->first;
}

/* a new candidate of the sentence for the pattern that fired at head
 * (source, target, place: none); NULL when out of memory */
dy_cand *dy_ev_new_cand(ev_sent *es, const dy_pattern_match *pm,
                        size_t head);
/* the sentence's candidate triggered at token head, or NULL */
const dy_cand *dy_ev_cand_at(const ev_sent *es, size_t head);
/* Does k answer another's act that its object names: an appeal (02),
 * investigation (09), demand (10), criticism or accusation (11),
 * rejection (12), protest (14), coercion (17) or denial (016)? Its
 * subject did not do that act ("Germany condemned the attack on the
 * embassy", "police dispersed the protest"). */
int dy_ev_answers_act(const dy_ctx *c, const dy_cand *k);
/* first mention of the object after pos: past determiners, adjectives,
 * numbers and up to `preps` prepositions */
int32_t dy_ev_object_at(const dy_ctx *c, size_t pos, size_t end, int preps);
/* a passive's by-phrase naming its means ("by fire from Israeli tanks",
 * "by shelling"): the means' last token h (0: none); given h, whether the
 * means [pos, h] is an event noun of its own, and the actor after its
 * from/of (-1: none) */
size_t dy_ev_means_head(const dy_ctx *c, size_t pos, size_t end);
int dy_ev_means_is_event(const dy_ctx *c, size_t pos, size_t h);
int32_t dy_ev_means_agent(const dy_ctx *c, size_t h, size_t end);
/* a target told later in the clause, after to, with, against, on, for,
 * from, into, towards, over or at: "lifted embargoes on sales in February
 * to Iran"; not the source nor what it owns; -1 when none */
int32_t dy_ev_pp_target(const dy_ctx *c, size_t from, size_t end,
                        int32_t src);
/* the subject: nearest mention before token `before` in the sentence
 * whose first token is first (the sentence's own, not a clause's: its
 * test for a sentence without mentions reads the last one found) */
int32_t dy_ev_subject_before(const dy_ctx *c, size_t first, size_t before);
/* the subject before an apposition that ends right before `before`; -1
 * when none ends there */
int32_t dy_ev_apposition_subject(const dy_ctx *c, size_t first,
                                 size_t before);

/* a preposition that puts its noun phrase at a place: "in", "near" or one
 * of class place-prep ("across", "outside") */
int dy_ev_place_prep(const dy_ctx *c, const dy_token *t);

/* The subject of an active verb from the mention m before it: not a
 * place after the noun that heads the subject ("The floods in Pakistan
 * killed": no actor; "Students across Bangladesh": the students), -1 when
 * none */
int32_t dy_ev_active_subject(const dy_ctx *c, size_t first, int32_t m);
/* start of the verb group ending at head: auxiliaries, modals, negation,
 * adverbs, "to", "set to" */
size_t dy_ev_group_start(const dy_ctx *c, size_t first, size_t head);

/* the first token of the sentence that ends right before token first (its
 * final punctuation at first - 1), walking back at most `limit` tokens;
 * first itself when there is none (first == 0) */
size_t dy_ev_previous_sentence(const dy_ctx *c, size_t first, size_t limit);
/* a role with no country ("MIL", "CVL") */
int dy_ev_is_agent_only(const dy_ctx *c, const dy_mention *m);
/* "its troops", "their forces" */
int dy_ev_possessed(const dy_ctx *c, const dy_mention *m, size_t first);
const char *dy_ev_mention_code(const dy_ctx *c, int32_t m);
/* acts whose target, when no actor is named, is the country where they
 * happen: protests (14), force posture (15), repression (17), assaults
 * (18-20) */
int dy_ev_place_targets(int root);
/* the event targets the country of a place ("shelled Pokrovsk") */
void dy_ev_target_place_country(const dy_ctx *c, dy_cand *k, int32_t place);
void dy_ev_adjunct_place_target(const dy_ctx *c, dy_cand *k);

#endif
