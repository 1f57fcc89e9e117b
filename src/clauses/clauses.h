/*
 * clauses.h - stage 6: the scope of each clause. Marks the tokens of
 * subordinate clauses (conditional, temporal, reason, relative) and of
 * participles that modify a noun, and the acts charged ("convicted of
 * spying"), so that an act told inside them is known
 * to be embedded, not asserted by the sentence ("unless the decree is
 * withdrawn", "a treaty signed decades ago", "Hamas, which rejects the
 * plan"). Runs after place, before events.
 */
#ifndef DYAD_CLAUSES_H
#define DYAD_CLAUSES_H

#include "doc.h"

/* the scope of a token (dy_token.scope) */
enum {
    SC_MAIN = 0,  /* a main clause, or one a say verb frames */
    SC_COND,      /* if, unless */
    SC_TIME,      /* when, before, after, until, while, since + a verb */
    SC_REASON,    /* because */
    SC_RELATIVE,  /* who, which, whose; "that" after a noun */
    SC_MODIFIER,  /* a participle after a noun: "weapons seized last year" */
    SC_CHARGE     /* the act one is accused, convicted or arrested of or
                     for: "convicted of spying", "jailed for insulting" */
};

/* Marks the scope of every token of sentence [first, end), and sets
 * c->sent_kinds and c->sent_pos to the union of their kinds and POS_*
 * bits. The tokens come as the word analysis leaves them, SC_MAIN (0):
 * the walk writes the scope of the tokens of the clauses it finds only,
 * once a sentence. */
void dy_clauses_sentence(dy_ctx *c, size_t first, size_t end);

/* "fired tear gas at protesters demanding his resignation", "detained
 * farmers blocking the highway": is the present participle at token i
 * (of a sentence from first) what the role right before it was doing, a
 * reduced relative clause on a role that a verb before it governs (its
 * object or its preposition's)? Its subject is that role, not the main
 * verb's; the act is told as going on, as the main one is. Not a toll
 * ("shelled positions killing 20"), nor a compound ("artillery
 * shelling"), nor the role as subject ("Protesters demanding reforms
 * marched": no verb before it). */
int dy_clauses_doing(const dy_ctx *c, size_t first, size_t i);

/* "ordered the prisoners freed", "ordered the border closed": is the past
 * participle at token i the verb of a small clause, right after the
 * object noun phrase of a verb of grammar class small-clause? Returns
 * one past that verb's token (its subject does the act, the object
 * undergoes it), or 0. Such a participle modifies no noun. */
size_t dy_clauses_small_clause(const dy_ctx *c, size_t first, size_t i);

/* the name of a scope, for explain ("conditional", "relative" ...) */
const char *dy_clause_name(int scope);

#endif
