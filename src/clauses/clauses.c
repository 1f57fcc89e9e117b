/*
 * clauses.c - the scope of each clause of a sentence. A subordinator of a
 * class of data/grammar.lex (condition, time-conj, reason-conj, relative)
 * opens a clause when a verb follows it before the clause ends; the clause
 * runs to the next comma when it opens the sentence or follows a comma
 * ("If Russia attacks, ..."; "Hamas, which rejects the plan, said"), else
 * to the sentence's end or its next semicolon ("... if he is elected").
 * A past participle right after a noun that a verb governs modifies the
 * noun ("returned weapons seized last year"); a subject pronoun right
 * after a verb's object opens a relative clause with no "that" ("released
 * the protesters they had arrested"). Clauses do not nest: the first to
 * open wins its tokens.
 */
#include "clauses.h"

#include "words/words.h"

#include <string.h>

/* a verb, auxiliary or modal */
static int is_verbal(const dy_token *t)
{
    return t->tag == TAG_VERB || t->tag == TAG_AUX || t->tag == TAG_MODAL;
}

/* a verb (or auxiliary) among tokens [from, to) before clause punctuation:
 * the subordinator opens a clause, not a phrase ("after the war") */
static int verb_follows(const dy_ctx *c, size_t from, size_t to)
{
    for (size_t k = from; k < to && k < from + 12; k++) {
        const dy_token *t = &c->tok[k];
        if (is_verbal(t))
            return 1;
        if (dy_is_clause_punct(c, t))
            return 0;
    }
    return 0;
}

/* a verb, auxiliary or modal among tokens [first, i) */
static int verb_before(const dy_ctx *c, size_t first, size_t i)
{
    for (size_t k = first; k < i; k++)
        if (is_verbal(&c->tok[k]))
            return 1;
    return 0;
}

/* a verb, auxiliary or modal among tokens [first, i) other than an -ing
 * form ("According to", "Referring to") */
static int finite_verb_before(const dy_ctx *c, size_t first, size_t i)
{
    for (size_t k = first; k < i; k++) {
        const dy_token *t = &c->tok[k];
        if (is_verbal(t) && !dy_tok_ends(c, t, "ing", 4))
            return 1;
    }
    return 0;
}

/* Is token t a verb of saying? */
static int says(const dy_token *t)
{
    return t->tag == TAG_VERB && (t->kinds & (1u << LX_SAY));
}

/* Does the noun ending at token q close what stands between a verb of
 * saying and what was said: its particle ("pointed out"), its
 * prepositional phrase ("said in a statement", "said on its website") or
 * the hearer a verb of class tell names ("told a news conference")? Then
 * a "that" after it opens what was said, not a relative clause ("said
 * the blasts that wounded him killed ...", "explained the reasons that
 * compelled ..." stay relative). */
static int said_in(const dy_ctx *c, size_t first, size_t q)
{
    if (q > first && dy_in_class(c, DY_CL_PARTICLE, &c->tok[q]) &&
        says(&c->tok[q - 1]))
        return 1;
    /* (back to its determiner, which opens it: not "explained in detail
     * the reasons") */
    size_t k = q + 1, words = 0;
    while (k > first && words < 5 &&
           (c->tok[k - 1].tag == TAG_NOUN || c->tok[k - 1].tag == TAG_ADJ ||
            c->tok[k - 1].tag == TAG_DET || c->tok[k - 1].tag == TAG_PROPN ||
            c->tok[k - 1].tag == TAG_POSS)) {
        k--, words++;
        if (c->tok[k].tag == TAG_DET)
            break;
    }
    if (k <= first || k > q)
        return 0;
    if (c->tok[k - 1].tag == TAG_PREP)
        return k - 1 > first && says(&c->tok[k - 2]);
    return says(&c->tok[k - 1]) &&
           dy_in_class_lemma(c, DY_CL_TELL, &c->tok[k - 1]);
}

/* Is token t the first word of a verb's object (a determiner, pronoun,
 * number, noun, name, adjective or actor), so that the verb before it is
 * no participle or relative verb lacking one? */
static int object_word(const dy_token *t)
{
    return t->tag == TAG_DET || t->tag == TAG_PRON || t->tag == TAG_NUM ||
           t->tag == TAG_NOUN || t->tag == TAG_PROPN || t->tag == TAG_ADJ ||
           t->mention >= 0;
}

/* where a clause opened at token i ends: the next comma when it opens the
 * sentence or follows a comma, else the next semicolon or the end */
/* "Activists who fled the country criticized the government": a relative
 * clause inside the subject (no verb before it) ends where the main verb
 * group starts, the second verb group after the pronoun that no "and" or
 * "to" joins to the first. Returns that token, or 0 when there is none
 * before clause punctuation. */
static size_t subject_relative_end(const dy_ctx *c, size_t first,
                                   size_t end, size_t i)
{
    /* (the subject of the main clause after a fronted clause: "When
     * youths threw stones, the police who were escorting the mob fired") */
    size_t from = i;
    while (from > first && !dy_is_comma(c, &c->tok[from - 1]))
        from--;
    if (from < first + 2 || c->tok[from - 2].scope == SC_MAIN)
        from = first;
    if (verb_before(c, from, i))
        return 0;
    size_t k = i + 1;
    while (k < end && !is_verbal(&c->tok[k]) &&
           !dy_is_clause_punct(c, &c->tok[k]))
        k++;
    while (k < end && (is_verbal(&c->tok[k]) || c->tok[k].tag == TAG_ADV ||
                       c->tok[k].tag == TAG_NEG || c->tok[k].tag == TAG_TO))
        k++;
    for (; k < end && !dy_is_clause_punct(c, &c->tok[k]); k++)
        if (is_verbal(&c->tok[k]) && c->tok[k - 1].tag != TAG_CONJ &&
            c->tok[k - 1].tag != TAG_TO && !is_verbal(&c->tok[k - 1]))
            return k;
    return 0;
}

/* Does the subordinator at i open the sentence or follow a comma, past up
 * to two adverbs, negations or adjectives ("Shortly after", "Not long
 * after", "Even if")? */
static int fronted_at(const dy_ctx *c, size_t first, size_t i)
{
    size_t k = i;
    while (k > first && i - k < 2 &&
           (c->tok[k - 1].tag == TAG_ADV || c->tok[k - 1].tag == TAG_NEG ||
            c->tok[k - 1].tag == TAG_ADJ))
        k--;
    return k == first || dy_is_comma(c, &c->tok[k - 1]);
}

static size_t clause_end(const dy_ctx *c, size_t first, size_t end, size_t i)
{
    int fronted = fronted_at(c, first, i);
    for (size_t k = i + 1; k < end; k++) {
        const dy_token *t = &c->tok[k];
        if (t->type != TT_PUNCT)
            continue;
        char ch = c->lower.data[t->lower];
        if (ch == ';' || (fronted && ch == ','))
            return k;
    }
    return end;
}

/* "was shot as he left for work", "as the troops withdrew": "as" opening
 * a clause of its own (a pronoun, a number or a determiner and then the
 * clause's verb) tells when or why, like "when" and "while", and its act
 * is embedded like theirs ("..., officials said, as hundreds of students
 * protested": kept with --keep-embedded); not "such as", "as well as",
 * "known as", "the same as" */
static int as_clause(const dy_ctx *c, size_t first, size_t i)
{
    static const char *const not_after[] = {"such", "well", "known", "same",
                                            "so", "just"};
    /* (nor the "as" of an amount the tagger read: "as many as") */
    if (!dy_tok_is(c, &c->tok[i], "as") || i + 2 >= c->ntok ||
        c->tok[i].tag == TAG_ADV)
        return 0;
    const dy_token *n = &c->tok[i + 1];
    if (!(n->tag == TAG_PRON || n->tag == TAG_DET || n->tag == TAG_NUM))
        return 0;
    if (i > first) {
        const char *p = dy_tok_lower(c, &c->tok[i - 1]);
        for (size_t k = 0; k < sizeof not_after / sizeof not_after[0]; k++)
            if (strcmp(p, not_after[k]) == 0)
                return 0;
    }
    for (size_t k = i + 2; k < c->ntok && k < i + 6; k++) {
        const dy_token *u = &c->tok[k];
        if (u->type == TT_PUNCT)
            return 0;
        if (u->tag == TAG_VERB || u->tag == TAG_AUX || u->tag == TAG_MODAL)
            return 1;
    }
    return 0;
}

/* "provided he comes", "providing that the talks resume": the verb's
 * form as a conjunction of condition, before a subject pronoun or "that"
 * ("provided them with" is the verb) */
static int provided_if(const dy_ctx *c, size_t i)
{
    const dy_token *w = &c->tok[i];
    if (i + 1 >= c->ntok ||
        (!dy_tok_is(c, w, "provided") && !dy_tok_is(c, w, "providing")))
        return 0;
    static const char *const subj[] = {"that", "he", "she", "they", "we", "i"};
    const char *n = dy_tok_lower(c, &c->tok[i + 1]);
    for (size_t k = 0; k < sizeof subj / sizeof subj[0]; k++)
        if (strcmp(n, subj[k]) == 0)
            return 1;
    return 0;
}

/* "released the protesters they had arrested", "returned the land it
 * seized in 2019": a subject pronoun right after the object of a finite
 * verb opens a relative clause with no "that" when its verb group (no form
 * of "be") has no object of its own, the noun being that object; not a
 * complement ("warned Washington it would face sanctions": "face" has one)
 * nor a time ("said last month it had agreed": class time-unit). Returns
 * where it ends: at clause punctuation or an "and" that joins a verb of
 * the main clause ("raided areas it controls and arrested ten"), or 0. */
static size_t contact_relative_end(const dy_ctx *c, size_t first,
                                   size_t end, size_t i)
{
    static const char *const subj[] = {"he", "she", "it", "we", "they",
                                       "i", "you"};
    if (i < first + 2)
        return 0;
    const dy_token *t = &c->tok[i], *p = &c->tok[i - 1];
    if (t->tag != TAG_PRON || p->tag != TAG_NOUN ||
        dy_in_class_lemma(c, DY_CL_TIME_UNIT, p))
        return 0;
    int pron = 0;
    for (size_t k = 0; k < sizeof subj / sizeof subj[0] && !pron; k++)
        pron = strcmp(dy_tok_lower(c, t), subj[k]) == 0;
    size_t s = i - 1; /* the object's phrase: determiner, adjectives, nouns
                         and names ("the British tanker") */
    while (s > first && i - s < 6 &&
           (c->tok[s - 1].tag == TAG_NOUN || c->tok[s - 1].tag == TAG_ADJ ||
            c->tok[s - 1].tag == TAG_PROPN ||
            c->tok[s - 1].tag == TAG_DET || c->tok[s - 1].tag == TAG_NUM ||
            c->tok[s - 1].tag == TAG_POSS))
        s--;
    /* (a finite verb: not "meeting heavy resistance they withdrew") */
    if (!pron || s < first + 1 || c->tok[s - 1].tag != TAG_VERB ||
        (dy_tok_ends(c, &c->tok[s - 1], "ing", 4) &&
         !(s >= first + 2 && c->tok[s - 2].tag == TAG_AUX)))
        return 0;
    size_t k = i + 1, verb = 0;
    for (; k < end && k < i + 6; k++) {
        const dy_token *u = &c->tok[k];
        if (u->pos & POS_BE)
            return 0;
        if (u->tag == TAG_VERB)
            verb = k;
        else if (u->tag != TAG_AUX && u->tag != TAG_MODAL &&
                 u->tag != TAG_ADV && u->tag != TAG_NEG)
            break;
    }
    if (!verb)
        return 0;
    if (k < end && (object_word(&c->tok[k]) || c->tok[k].tag == TAG_POSS))
        return 0;
    for (; k < end && !dy_is_clause_punct(c, &c->tok[k]); k++)
        if (c->tok[k].tag == TAG_CONJ && k + 1 < end &&
            is_verbal(&c->tok[k + 1]))
            return k;
    return k;
}

/* Can token t open a clause by its word: one of the four classes opens
 * reads, "as", "provided" or "providing"? Most tokens are none, and are
 * turned away by one bit the word analysis sets once a word form
 * (DY_POS_MAY_OPEN), not in a call of opens. */
static inline int word_may_open(const dy_token *t)
{
    return (t->pos & DY_POS_MAY_OPEN) != 0;
}

/* Can a subordinator t open a clause as "that"? (opens reads "that"
 * only as a subordinator: the tag turns away the other tokens before the
 * three word ids) */
static inline int that_may_open(const dy_ctx *c, const dy_token *t)
{
    return t->tag == TAG_SUB && dy_tok_has(t, c->w_that);
}

/* Can token t open a clause at all? opens gives SC_MAIN for every token
 * this turns away. */
static inline int may_open(const dy_ctx *c, const dy_token *t)
{
    return word_may_open(t) || that_may_open(c, t);
}

/* the kind of clause token i opens, or SC_MAIN */
static int opens(const dy_ctx *c, size_t first, size_t i)
{
    const dy_token *t = &c->tok[i];
    if (dy_in_class(c, DY_CL_CONDITION, t) || provided_if(c, i))
        return SC_COND;
    if (dy_in_class(c, DY_CL_TIME_CONJ, t) || as_clause(c, first, i))
        return SC_TIME;
    if (dy_in_class(c, DY_CL_REASON_CONJ, t))
        return SC_REASON;
    if (i > first && dy_in_class(c, DY_CL_RELATIVE, t) &&
        t->tag != TAG_DET)
        return SC_RELATIVE;
    /* "the plan that Russia rejected": "that" after a noun; after a verb
     * it opens a complement, which a say frame governs */
    /* (a content clause after a noun is no assertion either: "demands
     * that it initiate reforms"; after a day it is the verb's: "said on
     * Friday that") */
    if (i > first && dy_tok_has(t, c->w_that) && t->tag == TAG_SUB) {
        const dy_token *p = &c->tok[i - 1];
        if (p->tag == TAG_NOUN && p->mention < 0 && !(p->pos & POS_TIME) &&
            !said_in(c, first, i - 1))
            return SC_RELATIVE;
        /* "the police that escorted the mob fired": after an actor's noun
         * too when no verb comes before it (no verb's "that" clause) */
        if (p->tag == TAG_NOUN && p->mention >= 0 &&
            !verb_before(c, first, i))
            return SC_RELATIVE;
        /* "fought the militant group that has seized parts of Iraq": after
         * a finite verb too when the verb group comes right after "that"
         * (what a verb's "that" opens starts with its own subject; not
         * "According to a reporter that is embedded with ...") */
        if (p->tag == TAG_NOUN && p->mention >= 0 && i + 1 < c->ntok &&
            is_verbal(&c->tok[i + 1]) && finite_verb_before(c, first, i))
            return SC_RELATIVE;
    }
    return SC_MAIN;
}

/* Is the participle at i a verb of class object-verb (one that takes an
 * object whenever it is active: accuse, charge, arrest) with a
 * preposition other than "by" right after it ("accused of", "arrested
 * in")? */
static int object_verb_passive(const dy_ctx *c, size_t first, size_t end,
                               size_t i)
{
    const dy_token *t = &c->tok[i];
    if (i + 2 >= end || !dy_in_class_lemma(c, DY_CL_OBJECT_VERB, t))
        return 0;
    const dy_token *n = &c->tok[i + 1], *n2 = &c->tok[i + 2];
    /* (not an object that starts with a preposition: "killed at least
     * nine", "arrested about 20") */
    if (n->tag != TAG_PREP || dy_tok_has(n, c->w_by) ||
        dy_in_class(c, DY_CL_APPROXIMATOR, n) ||
        dy_in_class(c, DY_CL_APPROXIMATOR, n2) || n2->tag == TAG_NUM)
        return 0;
    /* (not a relative clause whose object is the noun before its subject:
     * "an attack authorities blamed on rebels") */
    const dy_token *p = &c->tok[i - 1];
    if (p->mention >= 0) {
        size_t f = ((const dy_mention *)dy_vec_at(&c->mentions,
                                                  (size_t)p->mention))->first;
        if (f > first && c->tok[f - 1].tag == TAG_NOUN &&
            c->tok[f - 1].mention < 0)
            return 0;
    }
    return 1;
}

/* Does a finite verb follow the phrase starting at k, before clause
 * punctuation ("accused of killing civilians were arrested")? */
static int verb_follows_phrase(const dy_ctx *c, size_t end, size_t k)
{
    for (; k < end && !dy_is_clause_punct(c, &c->tok[k]); k++) {
        const dy_token *t = &c->tok[k];
        if (t->tag == TAG_AUX || t->tag == TAG_MODAL)
            return 1;
        if (t->tag == TAG_CONJ || t->tag == TAG_SUB)
            return 0;
    }
    return 0;
}

/* Does a verb in the past tense follow right after adverbs and time words
 * from k ("arrested recently revealed", "detained on Monday said"; not a
 * participle right at k, "believed linked to": a chain of them)? */
static int past_verb_follows(const dy_ctx *c, size_t end, size_t k)
{
    size_t from = k;
    for (; k < end; k++) {
        const dy_token *t = &c->tok[k];
        if (t->tag == TAG_ADV || (t->pos & POS_TIME) ||
            (t->tag == TAG_PREP && k + 1 < end && (c->tok[k + 1].pos & POS_TIME)))
            continue;
        if (k > 0 && (c->tok[k - 1].pos & POS_TIME) && t->tag == TAG_PREP)
            continue;
        return k > from && t->tag == TAG_VERB && t->is_part &&
               !(t->pos & POS_BE);
    }
    return 0;
}

/* "rebels backed by Rwanda captured Goma": from token k on, a "by" and
 * its agent's phrase (no verb, clause punctuation or subordinator in it,
 * at most fourteen tokens besides abbreviations in parentheses; enclosed:
 * then a comma), then a finite verb: the clause's own */
static int verb_after_agent(const dy_ctx *c, size_t end, size_t k,
                            int enclosed)
{
    if (k >= end || !dy_tok_has(&c->tok[k], c->w_by))
        return 0;
    size_t skipped = 0; /* tokens of abbreviations in parentheses */
    for (size_t q = k + 1; q < end && q < k + 16 + skipped; q++) {
        const dy_token *t = &c->tok[q];
        /* (between commas or dashes: "the army, backed by militias,
         * launched") */
        if (enclosed && dy_is_phrase_mark(c, t) && q > k + 1) {
            enclosed = 0;
            continue;
        }
        /* (an abbreviation in parentheses: "the National Defense Forces
         * (NDF)") */
        if (t->type == TT_PUNCT && c->lower.data[t->lower] == '(') {
            size_t r = q + 1;
            while (r < end && r < q + 6 && !(c->tok[r].type == TT_PUNCT &&
                                            c->lower.data[c->tok[r].lower] ==
                                                ')'))
                r++;
            if (r < end && r < q + 6) {
                skipped += r + 1 - q;
                q = r;
                continue;
            }
        }
        /* (not a copula: "among the rebels killed by the army was their
         * commander" tells the killing) */
        if (t->tag == TAG_AUX || t->tag == TAG_MODAL)
            return q > k + 1 &&
                   !((t->pos & POS_BE) &&
                     !(q + 1 < end && c->tok[q + 1].tag == TAG_VERB));
        if (t->tag == TAG_VERB)
            return q > k + 1 && !dy_tok_ends(c, t, "ing", 3);
        if (dy_is_clause_punct(c, t) || t->tag == TAG_SUB)
            return 0;
    }
    return 0;
}

size_t dy_clauses_small_clause(const dy_ctx *c, size_t first, size_t i)
{
    const dy_token *t = &c->tok[i];
    /* (the object's head right before the participle) */
    if (i < first + 2 || t->tag != TAG_VERB || !t->is_part ||
        (c->tok[i - 1].tag != TAG_NOUN && c->tok[i - 1].tag != TAG_PROPN))
        return 0;
    size_t k = i, nouns = 0;
    while (k > first && i - k < 6) {
        int tag = c->tok[k - 1].tag;
        if (tag == TAG_NOUN || tag == TAG_PROPN)
            nouns++;
        else if (tag != TAG_DET && tag != TAG_ADJ && tag != TAG_NUM &&
                 tag != TAG_POSS)
            break;
        k--;
    }
    if (!nouns || k == first || k == i || c->tok[k - 1].tag != TAG_VERB ||
        !dy_in_class_verb(c, DY_CL_SMALL_CLAUSE, &c->tok[k - 1]))
        return 0;
    return k;
}

/* "weapons seized last year", "a treaty signed decades ago": a past
 * participle right after a common noun that a verb before it governs (so
 * the noun is no subject: "Iraq on Saturday appealed" is a verb), with no
 * object after it (a past tense takes one: "troops seized the town"); it
 * runs to the next clause punctuation or verb. Returns its end, or 0. */
static size_t modifier_end(const dy_ctx *c, size_t first, size_t end,
                           size_t i)
{
    const dy_token *t = &c->tok[i];
    if (i < first + 1 || t->tag != TAG_VERB || !t->is_part)
        return 0;
    /* (only after a common noun that tells no time, "those" or a phrase
     * mark can the rules below find a modifier, whatever the walks after
     * the participle find: the test after them, asked first, turns away
     * "has been killed" before those walks) */
    const dy_token *p = &c->tok[i - 1];
    if ((p->tag != TAG_NOUN || (p->pos & POS_TIME)) && p->type != TT_PUNCT &&
        !dy_tok_is(c, p, "those"))
        return 0;
    /* "the security forces accused of abuses": a verb that takes an object
     * whenever it is active, with a preposition right after it, is a
     * passive participle, after an actor's noun too */
    int passive = object_verb_passive(c, first, end, i);
    /* (not of a verb of harm or law, whose act the modifier tells:
     * "protesters injured by police accused the government") */
    int agent = !passive && !dy_in_class_lemma(c, DY_CL_OBJECT_VERB, t) &&
                verb_after_agent(c, end, i + 1, 0);
    if (i < first + 2 && !passive && !agent)
        return 0;
    /* "those arrested", "those convicted of violence": always a modifier */
    int those = dy_tok_is(c, p, "those");
    /* ("The militia, accused of war crimes, denied": between commas;
     * past an abbreviation in parentheses: "The army (SAA) - backed by") */
    size_t h = i >= first + 2 ? i - 2 : first;
    if (h > first && c->tok[h].type == TT_PUNCT &&
        c->lower.data[c->tok[h].lower] == ')') {
        size_t o = h;
        while (o > first && h - o < 6 &&
               !(c->tok[o].type == TT_PUNCT &&
                 c->lower.data[c->tok[o].lower] == '('))
            o--;
        if (o > first && h - o < 6)
            h = o - 1;
    }
    int comma = i >= first + 2 && dy_is_phrase_mark(c, p) &&
                (c->tok[h].tag == TAG_NOUN || c->tok[h].mention >= 0 ||
                 /* (a unit's name: "the army's 5th Armored Division") */
                 (c->tok[h].tag == TAG_PROPN &&
                  (c->tok[h].flags & TF_CAP))) &&
                (passive ||
                 /* ("The army, backed by militias, launched": enclosed) */
                 (!dy_in_class_lemma(c, DY_CL_OBJECT_VERB, t) &&
                  verb_after_agent(c, end, i + 1, 1)));
    /* "criminals arrested recently revealed the plot": a past tense
     * follows, so this one modifies the noun, an actor's too; so does a
     * verb after its agent ("rebels backed by Rwanda captured Goma") */
    int follows = !passive && (past_verb_follows(c, end, i + 1) || agent);
    /* ("Soldiers accused of ...": capitalised as the sentence's first) */
    int cap = (p->flags & TF_CAP) && !((passive || agent) && i - 1 == first);
    if (!those && !comma &&
        (p->tag != TAG_NOUN || cap || (p->pos & POS_TIME) ||
         (p->mention >= 0 && !passive && !follows)))
        return 0;
    int governed = those || comma || follows;
    /* (not after an existential "there were": "There were 10 soldiers
     * killed" tells the killing) */
    size_t gv = i;
    /* (a verb inside a relative clause before it governs that clause's
     * object, not the sentence's: "Soldiers who defended the plant
     * surrendered to the army") */
    for (size_t k = first; k + 1 < i && !governed; k++) {
        governed = (c->tok[k].tag == TAG_VERB || c->tok[k].tag == TAG_AUX) &&
                   c->tok[k].scope != SC_RELATIVE &&
                   !(k > first && (c->tok[k].pos & POS_BE) &&
                     dy_tok_is(c, &c->tok[k - 1], "there"));
        gv = k;
    }
    /* ("Protesters demanding reforms marched": the first verb, a
     * participle on the sentence's subject, leaves the main verb to
     * come) */
    if (governed && !those && !comma && !follows && gv > first &&
        c->tok[gv].tag == TAG_VERB && dy_tok_ends(c, &c->tok[gv], "ing", 5) &&
        c->tok[gv - 1].tag == TAG_NOUN)
        return 0;
    /* ("Soldiers accused of killing civilians were arrested": the clause's
     * own verb comes after) */
    if (!governed && passive)
        governed = verb_follows_phrase(c, end, i + 1);
    if (!governed)
        return 0;
    /* "were killed and 40 others injured": a verb coordinated with the
     * one before, not a modifier */
    for (size_t k = i - 1; k > first && k + 6 > i; k--)
        if (c->tok[k - 1].tag == TAG_CONJ)
            return 0;
    if (i + 1 < end && object_word(&c->tok[i + 1]))
        return 0;
    /* ("ordered the prisoners freed": a small clause's verb) */
    if (dy_clauses_small_clause(c, first, i))
        return 0;
    size_t k = i + 1;
    while (k < end && !dy_is_clause_punct(c, &c->tok[k]) &&
           c->tok[k].tag != TAG_VERB && c->tok[k].tag != TAG_AUX &&
           c->tok[k].tag != TAG_MODAL && c->tok[k].tag != TAG_CONJ)
        k++;
    return k;
}

int dy_clauses_doing(const dy_ctx *c, size_t first, size_t i)
{
    const dy_token *t = &c->tok[i];
    if (i < first + 2 || t->tag != TAG_VERB || !dy_tok_ends(c, t, "ing", 5) ||
        (t->kinds & (1u << LX_COUNT)))
        return 0;
    const dy_token *p = &c->tok[i - 1];
    if (p->tag != TAG_NOUN || p->mention < 0 || (p->flags & TF_CAP) ||
        !(p->kinds & (1u << LX_AGENT)))
        return 0;
    /* people in the plural, or one person or body after "a" ("a woman
     * protesting"); not a compound's first noun ("artillery shelling",
     * "the police shooting") */
    int plural = p->nlem != LX_NONE && p->nlem != p->wid;
    if (!plural && !(dy_tok_is(c, &c->tok[i - 2], "a") ||
                     dy_tok_is(c, &c->tok[i - 2], "an")))
        return 0;
    const dy_mention *m = dy_vec_at(&c->mentions, (size_t)p->mention);
    if (m->end != i)
        return 0;
    for (size_t k = m->first; k-- > first;) {
        const dy_token *u = &c->tok[k];
        if (dy_is_clause_punct(c, u) || u->tag == TAG_SUB ||
            u->tag == TAG_CONJ)
            return 0;
        /* (an absolute "with": "erupted with mobs torching shops" tells
         * what the mobs did, told as the main verb's subject's) */
        if (dy_tok_has(u, c->w_with))
            return 0;
        /* (not an existential "there were protesters demanding") */
        if (u->tag == TAG_VERB && !(u->pos & POS_BE))
            return 1;
    }
    return 0;
}

/* "convicted of spying", "arrested for insulting the king", "charged with
 * killing": a gerund right after "of", "for" or "with" that a verb or noun
 * of class object-verb (accuse, charge, suspect, convict, arrest, jail ...)
 * governs, with no other verb or clause punctuation between, names the act
 * charged, not one the sentence tells; it runs to the next clause
 * punctuation, verb or subordinate clause. Returns its end, or 0. */
static size_t charge_end(const dy_ctx *c, size_t first, size_t end, size_t i)
{
    const dy_token *t = &c->tok[i];
    if (i < first + 2 || t->tag != TAG_VERB || !dy_tok_ends(c, t, "ing", 5))
        return 0;
    const dy_token *p = &c->tok[i - 1];
    if (!dy_tok_has(p, c->w_of) && !dy_tok_has(p, c->w_for) &&
        !dy_tok_has(p, c->w_with))
        return 0;
    int charged = 0;
    for (size_t k = i - 1; k > first && k + 8 > i && !charged; k--) {
        const dy_token *u = &c->tok[k - 1];
        if (dy_is_clause_punct(c, u) || u->tag == TAG_CONJ ||
            u->tag == TAG_SUB)
            break;
        charged = dy_in_class_lemma(c, DY_CL_OBJECT_VERB, u);
        if (!charged && (u->tag == TAG_VERB || u->tag == TAG_MODAL))
            break;
    }
    if (!charged)
        return 0;
    /* (up to a clause of its own: "of throwing a grenade that killed") */
    size_t k = i + 1;
    while (k < end && !dy_is_clause_punct(c, &c->tok[k]) &&
           c->tok[k].tag != TAG_VERB && c->tok[k].tag != TAG_AUX &&
           c->tok[k].tag != TAG_MODAL && c->tok[k].tag != TAG_CONJ &&
           (!may_open(c, &c->tok[k]) || opens(c, first, k) == SC_MAIN))
        k++;
    return k;
}

/* "Had they put pressure on the government, many lives would have been
 * saved", "said that had Russia attacked, ...", "Were Iran to attack",
 * "Should the talks fail": does an inverted conditional open at token i,
 * "had", "were" or "should" at a clause's start (the sentence's, after a
 * comma or "that") before a subject and then a verb ("had", "should")
 * or "to" ("were")? */
static int inverted_condition(const dy_ctx *c, size_t first, size_t end,
                              size_t i)
{
    const dy_token *t = &c->tok[i]; /* an auxiliary or modal (the
                                       caller's test) */
    if (i + 2 >= end)
        return 0;
    int were = t->wid == c->w_were;
    if (t->wid == LX_NONE ||
        !(were || t->wid == c->w_had || t->wid == c->w_should))
        return 0;
    if (i > first && !dy_is_comma(c, &c->tok[i - 1]) &&
        !dy_tok_has(&c->tok[i - 1], c->w_that))
        return 0;
    const dy_token *s = &c->tok[i + 1];
    if (!(s->tag == TAG_PRON || s->tag == TAG_DET || s->tag == TAG_PROPN ||
          s->mention >= 0))
        return 0;
    for (size_t k = i + 2; k < end && k < i + 7; k++) {
        const dy_token *u = &c->tok[k];
        if (dy_is_clause_punct(c, u))
            return 0;
        if (were ? u->tag == TAG_TO : u->tag == TAG_VERB)
            return 1;
        if (u->tag == TAG_VERB || u->tag == TAG_AUX || u->tag == TAG_MODAL)
            return 0;
    }
    return 0;
}

/* (only a verb, an auxiliary, a modal or a pronoun starts a clause that
 * no word opens: the rules of the walk read those tokens first) */
static const uint32_t starts = 1u << TAG_VERB | 1u << TAG_AUX |
                               1u << TAG_MODAL | 1u << TAG_PRON;
/* (the tags of the tokens the walk reads though no word opens there:
 * those, and a subordinator's, "that") */
static const uint32_t looks = starts | 1u << TAG_SUB;

/* The first token from t (before tend) that the clause walk reads: one
 * a word may open a clause at, or whose tag starts one or is a
 * subordinator's ("that"); tend if none. ORs the kinds and POS bits of
 * the tokens up to it, itself included, into *kinds and *pos. (By a
 * pointer: the index is taken once a token read, not once a token
 * passed.) */
static inline const dy_token *next_look(const dy_token *t,
                                        const dy_token *tend,
                                        uint32_t *kinds, uint32_t *pos)
{
    uint32_t k = *kinds, p = *pos;
    for (; t < tend; t++) {
        k |= t->kinds;
        p |= t->pos;
        if ((t->pos & DY_POS_MAY_OPEN) || (looks >> t->tag & 1u))
            break;
    }
    *kinds = k;
    *pos = p;
    return t;
}

void dy_clauses_sentence(dy_ctx *c, size_t first, size_t end)
{
    /* (every token's scope is SC_MAIN, as the word analysis leaves it,
     * until its clause sets it; the rules read the scope of tokens before
     * theirs only) */
    uint32_t kinds = 0, pos = 0;
    for (size_t i = first; i < end; i++) {
        /* (most tokens, four in five, neither open a clause nor start
         * one: a loop of their own passes them, gathering their bits) */
        const dy_token *t = next_look(&c->tok[i], &c->tok[end], &kinds, &pos);
        if (t == &c->tok[end])
            break;
        i = (size_t)(t - c->tok);
        int kind = SC_MAIN;
        /* (a token no word opens is read on only with a tag that starts
         * a clause or a subordinator's, one test of both: next_look has
         * asked it of a token whose word may open none) */
        if (word_may_open(t)) {
            kind = opens(c, first, i);
            if (kind == SC_MAIN &&
                !(looks >> t->tag & 1u))
                continue;
        }
        if (kind == SC_MAIN && that_may_open(c, t))
            kind = opens(c, first, i);
        size_t stop = 0;
        /* (each rule of a token no word opens asks its tag first: only
         * those of this token's tag are called) */
        if (kind != SC_MAIN && verb_follows(c, i + 1, end)) {
            stop = kind == SC_RELATIVE && !dy_is_comma(c, &c->tok[i - 1])
                       ? subject_relative_end(c, first, end, i)
                       : 0;
            if (!stop)
                stop = clause_end(c, first, end, i);
        } else if (kind == SC_MAIN && !(starts >> t->tag & 1u)) {
            continue;
        } else if (kind == SC_MAIN &&
                   (t->tag == TAG_AUX || t->tag == TAG_MODAL)) {
            if (inverted_condition(c, first, end, i)) {
                kind = SC_COND;
                stop = clause_end(c, first, end, i);
            }
        } else if (kind == SC_MAIN && t->tag == TAG_PRON) {
            if ((stop = contact_relative_end(c, first, end, i)) != 0)
                kind = SC_RELATIVE;
        } else if ((stop = modifier_end(c, first, end, i)) != 0) {
            kind = SC_MODIFIER;
        } else if ((stop = charge_end(c, first, end, i)) != 0) {
            kind = SC_CHARGE;
        }
        if (!stop)
            continue;
        for (size_t k = i; k < stop; k++) {
            c->tok[k].scope = (uint8_t)kind;
            kinds |= c->tok[k].kinds;
            pos |= c->tok[k].pos;
        }
        i = stop - 1;
    }
    c->sent_kinds = kinds;
    c->sent_pos = pos;
}

const char *dy_clause_name(int scope)
{
    static const char *const names[] = {"main",     "conditional", "temporal",
                                        "reason",   "relative",    "modifier",
                                        "charge"};
    return scope >= 0 && scope <= SC_CHARGE ? names[scope] : "?";
}
