/*
 * comma.c - TABARI's COMMA, for an imported lexicon on its own ("option
 * comma", written by `dyad lexicon import` from a TABARI .options file;
 * docs/compat.md). TABARI eliminates a comma-delimited clause by its
 * length in words (its parser's markSubordinate and nullSubordinate):
 * the words before the first comma (BMIN..BMAX), those between two commas
 * (MIN..MAX), those after the last (EMIN..EMAX). It reads what is left as
 * one clause across its commas: the clause's first verb codes it, the
 * source is the first actor before that verb, the target the first actor
 * after it. dyad's own reading ends a clause at a comma. dyad's own
 * lexicon never sets the option, and its coding does not pass here.
 */
#include "events_int.h"

#include "clauses/clauses.h"
#include "words/words.h"

#include <string.h>

#define COMMA_SPANS 16 /* eliminated clauses a sentence keeps track of */

typedef struct comma_cut {
    size_t first[COMMA_SPANS], end[COMMA_SPANS]; /* token ranges */
    int n;
} comma_cut;

/* the end of the sentence's words: its closing punctuation is none */
static size_t words_end(const ev_sent *es)
{
    const dy_ctx *c = es->c;
    size_t end = es->end;
    while (end > es->first && c->tok[end - 1].tag == TAG_PUNCT &&
           c->lower.data[c->tok[end - 1].lower] != ',')
        end--;
    return end;
}

/* is token q a comma that delimits a clause? A comma inside a list of
 * actors ("Arnor, Osgiliath and Gondor": the same coordination on both
 * sides, at most 4 tokens on) delimits none, as TABARI skips its
 * compounds, nor one right between two actors ("Galadriel, Gollum
 * participated"), which TABARI's FBIS mode reads as "and". */
static int is_comma(const ev_sent *es, size_t q)
{
    const dy_ctx *c = es->c;
    const dy_token *t = &c->tok[q];
    if (t->tag != TAG_PUNCT || !dy_tok_is(c, t, ","))
        return 0;
    if (q == es->first || c->tok[q - 1].mention < 0)
        return 1;
    if (q + 1 < es->end && c->tok[q + 1].mention >= 0)
        return 0;
    int32_t coord = ((const dy_mention *)dy_vec_at(
                         &c->mentions, (size_t)c->tok[q - 1].mention))
                        ->coord;
    for (size_t r = q + 1; coord >= 0 && r < es->end && r <= q + 4; r++)
        if (c->tok[r].mention >= 0)
            return ((const dy_mention *)dy_vec_at(
                        &c->mentions, (size_t)c->tok[r].mention))
                       ->coord != coord;
    return 1;
}

static void add_cut(comma_cut *cut, size_t first, size_t end)
{
    if (cut->n < COMMA_SPANS && first < end) {
        cut->first[cut->n] = first;
        cut->end[cut->n++] = end;
    }
}

/* the clauses of the sentence that TABARI's COMMA eliminates, walking its
 * commas as markSubordinate does: at a comma, the words before it are
 * the initial clause; the words to the next comma an inner clause, or to
 * the end the final one, which ends the walk; past an inner clause the
 * walk goes on from the comma after its closing comma. The bounds are
 * lx_tables.comma; the walk is bounded by the sentence. */
static void comma_clauses(const ev_sent *es, comma_cut *cut)
{
    const uint8_t *b = es->c->lx->tables->comma;
    size_t end = words_end(es), q = es->first;
    cut->n = 0;
    while (q < end) {
        if (!is_comma(es, q)) {
            q++;
            continue;
        }
        size_t open = q, before = open - es->first;
        if (before >= b[4] && before <= b[5])
            add_cut(cut, es->first, open);
        size_t close = open + 1;
        while (close < end && !is_comma(es, close))
            close++;
        size_t n = close - open - 1;
        if (close >= end) {
            if (n >= b[2] && n <= b[3])
                add_cut(cut, open + 1, end);
            return;
        }
        if (n >= b[0] && n <= b[1])
            add_cut(cut, open + 1, close);
        q = close + 1;
    }
}

static int is_cut(const comma_cut *cut, size_t q)
{
    for (int k = 0; k < cut->n; k++)
        if (q >= cut->first[k] && q < cut->end[k])
            return 1;
    return 0;
}

/* does a comma that delimits a clause stand before token i? */
static int past_comma(const ev_sent *es, size_t i)
{
    for (size_t q = es->first; q < i; q++)
        if (is_comma(es, q))
            return 1;
    return 0;
}

/* TABARI's COMMA for the verb at token i: is it in an eliminated clause,
 * or past a comma after the verb that coded its clause (an event of the
 * sentence before it)? Then it codes nothing. */
int dy_ev_foreign_comma_skips(const ev_sent *es, size_t i)
{
    comma_cut cut;
    comma_clauses(es, &cut);
    if (is_cut(&cut, i))
        return 1;
    return es->cands->count != es->cand_first && past_comma(es, i);
}

/* the first actor with a country in tokens [from, to) that no eliminated
 * clause holds ("a senior official", ~GOV, is none), not the mention
 * `not` (a head mention, or -1), nor past a conjunction or clause
 * punctuation other than a comma; -1 when none */
static int32_t first_actor_left(const ev_sent *es, const comma_cut *cut,
                                size_t from, size_t to, int32_t not)
{
    const dy_ctx *c = es->c;
    for (size_t q = from; q < to && q < es->end; q++) {
        const dy_token *t = &c->tok[q];
        if (is_cut(cut, q))
            continue;
        if (t->mention < 0) {
            if (t->tag == TAG_CONJ ||
                (dy_is_clause_punct(c, t) && c->lower.data[t->lower] != ','))
                return -1;
            continue;
        }
        int32_t m = dy_head_mention(c, t->mention);
        const dy_mention *x = dy_vec_at(&c->mentions, (size_t)t->mention);
        if (x->code[0] && x->code[0] != '~' && x->code[0] != '-' &&
            !dy_is_agent_code(c, x->code) && m != not)
            return m;
    }
    return -1;
}

/* TABARI's COMMA for candidate k, the verb at token i: its source, for a
 * verb past a comma, is the first actor of the sentence left before it
 * ("Arnor is about to rxstore ties with Gondor, almost five years after
 * Calenardhon crowds burned down its embassy, a clearly inebriated Bree
 * official said": Arnor, where dyad's subject is Calenardhon), and as its
 * clause's first verb (k the sentence's first candidate) it is in the
 * main clause, TABARI's only one, whatever "after" stands before it; a target
 * not found, or in an eliminated clause, is the first actor left after
 * the verb, past commas (the Bree official), where the verb is its
 * clause's first (k is the sentence's first candidate). */
void dy_ev_foreign_comma(const ev_sent *es, dy_cand *k, size_t i)
{
    const dy_ctx *c = es->c;
    if (k->passive)
        return;
    comma_cut cut;
    comma_clauses(es, &cut);
    int first = es->cands->count - 1 == es->cand_first;
    if (past_comma(es, i)) {
        if (first)
            k->scope = SC_MAIN; /* (TABARI reads no subordinate clause) */
        int32_t m = first_actor_left(es, &cut, es->first, i, -1);
        if (m >= 0) {
            k->src = m;
            k->src_code[0] = '\0';
            k->src_inferred = k->src_unidentified = k->src_implied = 0;
            k->src_sayer = 0;
        }
    }
    if (k->src >= 0 &&
        is_cut(&cut, ((const dy_mention *)dy_vec_at(&c->mentions,
                                                      (size_t)k->src))
                         ->first))
        k->src = -1;
    if (k->tgt >= 0 &&
        !is_cut(&cut, ((const dy_mention *)dy_vec_at(&c->mentions,
                                                      (size_t)k->tgt))
                          ->first))
        return;
    if ((k->tgt < 0 && k->tgt_code[0]) || !first)
        return; /* (not its clause's first verb: no target past it) */
    int32_t m = first_actor_left(es, &cut, i + 1, es->end,
                                 k->src >= 0 ? dy_head_mention(c, k->src)
                                             : -1);
    k->tgt = m;
    k->tgt_code[0] = '\0';
    k->tgt_from_place = k->tgt_own_gov = 0;
}
