/*
 * verbs.c - events told by a verb: the verb group (auxiliaries, modals,
 * "to"), whether the trigger is finite, whose subject it takes, the
 * passive ("was attacked by X"), the object or the '+' slot as target, and
 * the place (an assault on a place targets its country).
 */
#include "events_int.h"

#include "clauses/clauses.h"
#include "match/match.h"
#include "place/place.h"
#include "words/words.h"

#include <string.h>

/* the verb group of a trigger and how it stands in its clause */
typedef struct vgroup {
    size_t vg;  /* first token of the verb group */
    size_t sv;  /* the verb whose subject the trigger takes */
    int be;     /* a form of "be" in the group */
    int has_to; /* an infinitive */
    int gerund; /* a gerund after a preposition: its own, nearest subject */
    int part;   /* the trigger is a past participle */
    int directive; /* the infinitive of an order issued or received */
} vgroup;

/* Is the verb at i, after a form of "be", a past participle though it has
 * no participle's ending: a verb of class bare-participle ("was put under
 * arrest", "had been cut off", "was overrun"), not before an infinitive
 * ("is set to free": about to)? */
static int base_participle(const dy_ctx *c, size_t i, size_t end)
{
    if (!dy_in_class(c, DY_CL_BARE_PARTICIPLE, &c->tok[i]))
        return 0;
    return !(i + 2 < end && c->tok[i + 1].tag == TAG_TO &&
             c->tok[i + 2].tag == TAG_VERB);
}

/* an -ing verb right after a comma (", killing 7 and wounding 27") */
static int ing_after_comma(const dy_ctx *c, size_t first, size_t vg)
{
    if (vg <= first || c->tok[vg - 1].type != TT_PUNCT ||
        c->lower.data[c->tok[vg - 1].lower] != ',')
        return 0;
    const dy_token *t = &c->tok[vg];
    return dy_tok_ends(c, t, "ing", 3);
}

/* The token before the verb group at vg, past a parenthesis closed right
 * before it ("workers of the Bus Company (Sharekat-e Vahed) to cancel":
 * the company); vg itself when there is none. */
static size_t before_group(const dy_ctx *c, size_t first, size_t vg)
{
    if (vg <= first)
        return vg;
    size_t q = vg - 1;
    if (c->tok[q].type == TT_PUNCT && c->lower.data[c->tok[q].lower] == ')') {
        size_t k = q;
        while (k > first && vg - k < 12 &&
               !(c->tok[k - 1].type == TT_PUNCT &&
                 c->lower.data[c->tok[k - 1].lower] == '('))
            k--;
        if (k > first + 1 && vg - k < 12)
            q = k - 2; /* the token before the '(' */
    }
    return q;
}

/* Is the token at q an actor that is the object of a verb, right after
 * it or its preposition ("urged Iran", "called on the government")? */
static int verb_object(const dy_ctx *c, size_t first, size_t q)
{
    if (c->tok[q].mention < 0)
        return 0;
    const dy_mention *m = dy_vec_at(&c->mentions, (size_t)c->tok[q].mention);
    size_t k = m->first;
    while (k > first && (c->tok[k - 1].tag == TAG_DET ||
                         c->tok[k - 1].tag == TAG_ADJ))
        k--;
    if (k > first && c->tok[k - 1].tag == TAG_PREP)
        k--;
    return k > first && c->tok[k - 1].tag == TAG_VERB;
}

/* "issued an order to release the prisoners", "troops received orders
 * to withdraw": is the noun at q one of grammar class directive, the
 * object of a verb of class directive-verb right before it (past its
 * determiners and adjectives)? Its infinitive is the act done, by that
 * verb's subject. */
static int directive_object(const dy_ctx *c, size_t first, size_t q)
{
    if (c->tok[q].tag != TAG_NOUN ||
        !dy_in_class(c, DY_CL_DIRECTIVE, &c->tok[q]))
        return 0;
    size_t k = q;
    while (k > first && q - k < 4 &&
           (c->tok[k - 1].tag == TAG_DET || c->tok[k - 1].tag == TAG_ADJ ||
            c->tok[k - 1].tag == TAG_POSS))
        k--;
    return k > first && c->tok[k - 1].tag == TAG_VERB &&
           dy_in_class_verb(c, DY_CL_DIRECTIVE_VERB, &c->tok[k - 1]);
}

/* Is the noun at q the object of an appeal or demand (02, 10), right
 * after its verb or its preposition ("called on the world community to
 * help", "urged donors to give")? Its infinitive is the act asked for. */
static int appeal_object(const ev_sent *es, size_t q)
{
    const dy_ctx *c = es->c;
    size_t k = q;
    while (k > es->first && q - k < 4 &&
           (c->tok[k - 1].tag == TAG_DET || c->tok[k - 1].tag == TAG_ADJ ||
            c->tok[k - 1].tag == TAG_NOUN || c->tok[k - 1].tag == TAG_PROPN))
        k--;
    if (k > es->first && c->tok[k - 1].tag == TAG_PREP)
        k--;
    if (k == es->first || c->tok[k - 1].tag != TAG_VERB)
        return 0;
    const dy_cand *o = dy_ev_cand_at(es, k - 1);
    int root = o ? dy_cand_root(c, o) : 0;
    return root == 2 || root == 10;
}

/* Is mention m of the same code as mention src (-1: none)? */
static int same_role(const dy_ctx *c, int32_t src, const dy_mention *m)
{
    if (src < 0)
        return 0;
    const dy_mention *s = dy_vec_at(&c->mentions, (size_t)src);
    return strcmp(s->code, m->code) == 0;
}

/* Does t fill one of the words after the verb of pattern `phrase`: a
 * literal word (slot 0) or a typed slot (slot 1)? */
static int pattern_word(const dy_ctx *c, uint32_t phrase, const dy_token *t,
                        int slot)
{
    const lx_phrase *p = &c->lx->phrases[phrase];
    const uint32_t *w = c->lx->pwords + p->words;
    for (size_t j = 1; j < p->nwords; j++)
        if (w[j] != LX_PLUS && lx_is_slot(w[j]) == slot &&
            dy_tok_fills(c, t, w[j]))
            return 1;
    return 0;
}

/* Was the document noun at token d published by its clause's subject:
 * the object of a verb that is no act of its own other than a statement
 * ("issued a statement", "published a declaration"; not "vetoed a
 * resolution condemning ...", whose act never passed), with no actor of
 * its own before it ("a Security Council resolution")? */
static int published(const ev_sent *es, size_t d)
{
    const dy_ctx *c = es->c;
    size_t q = d;
    while (q > es->first && d - q < 5 &&
           (c->tok[q - 1].tag == TAG_DET || c->tok[q - 1].tag == TAG_ADJ ||
            c->tok[q - 1].tag == TAG_NUM || c->tok[q - 1].tag == TAG_NOUN ||
            c->tok[q - 1].mention >= 0)) {
        if (c->tok[q - 1].mention >= 0)
            return 0;
        q--;
    }
    if (q == es->first || c->tok[q - 1].tag != TAG_VERB)
        return 0;
    const dy_cand *o = dy_ev_cand_at(es, q - 1);
    return !o || dy_cand_root(c, o) == 1;
}

/* "EU to impose new sanctions on Russia": a headline's actor that opens
 * the sentence (after "The" at most) followed by "to" and a verb, with no
 * verb of its own, announces the act (future), as "will" does */
static int headline_future(const dy_ctx *c, size_t first, int32_t m)
{
    const dy_mention *x = dy_vec_at(&c->mentions, (size_t)m);
    return x->first == first ||
           (x->first == first + 1 && c->tok[first].tag == TAG_DET);
}

/* Is k's act one of words (comment, appeal, intent, consult, praise,
 * demand, disapproval, rejection, threat: roots 01-05 and 10-13)? */
static int verbal_act(const dy_ctx *c, const dy_cand *k)
{
    int root = dy_cand_root(c, k);
    return (root >= 1 && root <= 5) || (root >= 10 && root <= 13);
}

/* "The UN said Israeli strikes killed 40 people, calling the attacks
 * unacceptable": an act of words told by a participle after the comma is
 * the say verb's subject's, not that of the verb of what it said; the
 * group of that say verb when one opens the clause of sv (at most 12
 * tokens before it), else sv */
static size_t sayer_group(const dy_ctx *c, size_t first, size_t sv)
{
    for (size_t q = sv; q-- > first && sv - q <= 12;) {
        const dy_token *u = &c->tok[q];
        if (dy_is_clause_punct(c, u))
            break;
        if (u->tag == TAG_VERB && (u->kinds & KIND_BIT(LX_SAY)))
            return dy_ev_group_start(c, first, q);
    }
    return sv;
}

/* "The girl, shot in the leg, survived", "the boy, also shot, ran": a
 * participle set off by a comma right after a noun (adverbs only
 * between), with no object after it (a preposition, an adverb or the
 * comma), whose phrase closes with a comma before a finite verb, is a
 * passive: the noun underwent the act */
static int enclosed_participle(const ev_sent *es, size_t vg, size_t i)
{
    const dy_ctx *c = es->c;
    if (vg < es->first + 2 || i + 1 >= es->end ||
        !dy_is_comma(c, &c->tok[vg - 1]) ||
        !(c->tok[vg - 2].tag == TAG_NOUN || c->tok[vg - 2].mention >= 0))
        return 0;
    for (size_t q = vg; q < i; q++)
        if (c->tok[q].tag != TAG_ADV)
            return 0;
    /* (the noun heads a subject, not a preposition's object: "captured by
     * an angry mob, beaten, bayoneted" is a list) */
    size_t h = vg - 2;
    while (h > es->first && vg - h < 8 &&
           (c->tok[h - 1].tag == TAG_NOUN || c->tok[h - 1].tag == TAG_PROPN ||
            c->tok[h - 1].tag == TAG_ADJ || c->tok[h - 1].tag == TAG_DET ||
            c->tok[h - 1].tag == TAG_NUM || c->tok[h - 1].tag == TAG_POSS))
        h--;
    if (h > es->first && c->tok[h - 1].tag == TAG_PREP)
        return 0;
    const dy_token *n = &c->tok[i + 1];
    if (!(n->tag == TAG_PREP || n->tag == TAG_ADV || dy_is_comma(c, n)))
        return 0;
    for (size_t q = i + 1; q < es->end && q < i + 12; q++) {
        const dy_token *u = &c->tok[q];
        if (u->tag == TAG_VERB || u->tag == TAG_AUX || u->tag == TAG_MODAL ||
            u->tag == TAG_SUB || u->tag == TAG_CONJ)
            return 0;
        if (dy_is_comma(c, u)) {
            size_t r = q + 1;
            while (r < es->end && c->tok[r].tag == TAG_ADV)
                r++;
            /* (not a participle of manner after it: "marched in the
             * streets, brandishing placards" is the subject's verb) */
            return r < es->end &&
                   ((c->tok[r].tag == TAG_VERB &&
                     !dy_tok_ends(c, &c->tok[r], "ing", 3)) ||
                    c->tok[r].tag == TAG_AUX || c->tok[r].tag == TAG_MODAL);
        }
        if (dy_is_clause_punct(c, u))
            return 0;
    }
    return 0;
}

/* "At least 22 people killed in Kubaisah", "Two soldiers wounded by a
 * roadside bomb": a headline's bare participle of a verb that takes an
 * object whenever it is active (class object-verb), right after the
 * common noun of a noun group that opens the sentence, with a preposition
 * after it (not "at least nine") and no finite verb in its sentence but a
 * say verb after it ("..., police said"), is a passive whose auxiliary is
 * left out (not "India captured from the guerrillas a peak") */
static int headline_participle(const ev_sent *es, size_t vg, size_t i)
{
    const dy_ctx *c = es->c;
    if (vg != i || i <= es->first || i + 2 >= es->end)
        return 0;
    const dy_token *t = &c->tok[i], *p = &c->tok[i - 1];
    const dy_token *n = &c->tok[i + 1], *n2 = &c->tok[i + 2];
    if (dy_tok_ends(c, t, "ing", 3) ||
        !dy_in_class_lemma(c, DY_CL_OBJECT_VERB, t) ||
        p->tag != TAG_NOUN || n->tag != TAG_PREP ||
        dy_in_class(c, DY_CL_APPROXIMATOR, n) ||
        dy_in_class(c, DY_CL_APPROXIMATOR, n2) || n2->tag == TAG_NUM)
        return 0;
    /* (the noun group opens the sentence: "At least 22 people") */
    size_t np = i - 1;
    while (np > es->first && i - np < 8) {
        const dy_token *u = &c->tok[np - 1];
        if (!(u->tag == TAG_NOUN || u->tag == TAG_PROPN || u->tag == TAG_ADJ ||
              u->tag == TAG_DET || u->tag == TAG_NUM ||
              dy_in_class(c, DY_CL_APPROXIMATOR, u) ||
              (u->tag == TAG_PREP &&
               dy_in_class(c, DY_CL_APPROXIMATOR, &c->tok[np]))))
            break;
        np--;
    }
    if (np != es->first)
        return 0;
    for (size_t q = es->first; q < es->end; q++) {
        const dy_token *u = &c->tok[q];
        if (q == i)
            continue;
        if (u->tag == TAG_AUX || u->tag == TAG_MODAL)
            return 0;
        if (u->tag == TAG_VERB && !dy_tok_ends(c, u, "ing", 3) &&
            !(q > i && (u->kinds & KIND_BIT(LX_SAY))))
            return 0;
    }
    return 1;
}

/* Is the trigger at i finite? Sets k->nonfinite and k->background
 * (infinitives after a noun: "efforts to end the war" is no event) and
 * fills g; an infinitive or participle of purpose ("arrived in Kyiv to
 * discuss") takes the subject of the finite verb before it. */
static void verb_form(const ev_sent *es, dy_cand *k, size_t i, vgroup *g)
{
    const dy_ctx *c = es->c;
    size_t first = es->first;
    const dy_token *t = &c->tok[i];
    size_t vg = dy_ev_group_start(c, first, i);
    memset(g, 0, sizeof *g);
    g->vg = g->sv = vg;
    for (size_t q = vg; q < i; q++) {
        if (dy_ev_passive_aux(c, &c->tok[q]))
            g->be = 1;
        if (c->tok[q].tag == TAG_TO) /* "are said to have attacked" is */
            g->has_to = 1, g->be = 0; /* active; "to be attacked" not */
    }
    /* "were reported killed", "are feared kidnapped": a participle right
     * after the passive of a verb of grammar class hearsay is passive */
    if (!g->be && t->is_part && vg == i && i >= first + 2 &&
        c->tok[i - 1].tag == TAG_VERB && c->tok[i - 1].is_part &&
        dy_ev_passive_aux(c, &c->tok[i - 2]) &&
        dy_in_class_verb(c, DY_CL_HEARSAY, &c->tok[i - 1]))
        g->be = 1;
    if (!g->be && t->is_part &&
        (enclosed_participle(es, vg, i) || headline_participle(es, vg, i)))
        g->be = 1;
    g->part = t->is_part || (g->be && base_participle(c, i, es->end));
    /* (not after the object of a verb: "called on the government to
     * hold", "urged Iran to") */
    size_t pv = before_group(c, first, vg);
    /* (nor after a headline's actor opening the sentence: "Myanmar junta
     * to free 5,000 prisoners", the act announced) */
    int headline = c->tok[pv].mention >= 0 &&
                   headline_future(c, first, c->tok[pv].mention);
    if (g->has_to && c->tok[vg].tag == TAG_TO && vg > first && !headline &&
        !verb_object(c, first, pv) && !appeal_object(es, pv) &&
        !(g->directive = directive_object(c, first, pv)) &&
        (c->tok[pv].tag == TAG_NOUN ||
         (c->tok[pv].tag == TAG_ADJ && pv > first &&
          c->tok[pv - 1].tag == TAG_DET)))
        k->background = 1;
    int ing = dy_tok_ends(c, t, "ing", 3);
    int aux = 0;
    for (size_t q = vg; q < i; q++)
        if (c->tok[q].tag == TAG_AUX)
            aux = 1;
    /* "began pulling back", "kept shelling the town": the act after a
     * verb of beginning or going on is its subject's, done */
    if (ing && !aux && vg > first && c->tok[vg - 1].tag == TAG_VERB &&
        dy_in_class_lemma(c, DY_CL_ASPECT, &c->tok[vg - 1])) {
        g->sv = dy_ev_group_start(c, first, vg - 1);
        return;
    }
    /* "is scheduled to attend" is finite: the group has its auxiliary;
     * "to discuss" and "shaking hands" are not */
    /* "decided to ease", "agreed to withdraw": a complement of a verb is
     * the act itself; "arrived in Kyiv to discuss" is a purpose */
    int complement = g->has_to && c->tok[vg].tag != TAG_TO;
    /* "said Hamas was to blame": "be to" before a culprit word (class
     * culprit) judges the subject guilty and blames no one (the speaker's
     * accusation is read in claims/judgements.c) */
    if (i > first + 1 && c->tok[i - 1].tag == TAG_TO &&
        (c->tok[i - 2].pos & POS_BE) &&
        dy_in_class_lemma(c, DY_CL_CULPRIT, t))
        k->background = 1;
    /* "is about to restore ties": the subject's imminent act, not a
     * purpose */
    if (g->has_to && c->tok[vg].tag == TAG_TO && vg > first + 1 &&
        (c->tok[vg - 2].pos & POS_BE) &&
        dy_tok_is(c, &c->tok[vg - 1], "about"))
        complement = 1;
    k->nonfinite = (uint8_t)((g->has_to && !aux && !complement) ||
                             (ing && !aux));
    /* "ordered the lifting of the curfew", "authorised the reopening of
     * schools": a gerund that a causative verb's object names is that
     * verb's subject's act, told as done, as an event noun is */
    if (ing && !aux && vg == i && vg > first + 1 &&
        c->tok[vg - 1].tag == TAG_DET && c->tok[vg - 2].tag == TAG_VERB &&
        dy_in_class_lemma(c, DY_CL_CAUSATIVE, &c->tok[vg - 2]))
        k->nonfinite = 0;
    /* a gerund after a preposition ("jailed a student for helping
     * militants") has its own subject, the nearest one */
    g->gerund = ing && vg > first && c->tok[vg - 1].tag == TAG_PREP &&
                !dy_tok_has(&c->tok[vg - 1], c->w_by) &&
                !dy_in_class(c, DY_CL_MEANS, &c->tok[vg - 1]);
    /* but "by donating", "while visiting", "after meeting": the main
     * subject acts, and the act is told as done */
    if (ing && vg > first && c->tok[vg - 1].tag == TAG_PREP && !g->gerund)
        k->nonfinite = 0;
    /* "published a declaration demanding reforms", "issued a statement
     * condemning the raid", "adopted Resolution 1298 imposing" (its number
     * between them): the document's publisher acts, told as done (its
     * subject is found below, past the document's verb) */
    size_t doc = vg > first + 1 && c->tok[vg - 1].tag == TAG_NUM ? vg - 2
                                                                 : vg - 1;
    int document = ing && !aux && vg > first &&
                   dy_in_class_noun(c, DY_CL_DOCUMENT, &c->tok[doc]);
    /* "vetoed a resolution condemning X": the act of a document its
     * clause's subject did not publish is not that subject's */
    if (document && !published(es, doc)) {
        document = 0;
        k->background = 1;
    }
    /* "the chances of resuming talks", "the prospect of meeting": a
     * gerund completing a common noun names no event, as an infinitive
     * after a noun does not ("efforts to end the war") */
    if (g->gerund && vg > first + 1 && dy_tok_has(&c->tok[vg - 1], c->w_of) &&
        c->tok[vg - 2].tag == TAG_NOUN && c->tok[vg - 2].mention < 0)
        k->background = 1;
    /* "measures targeting Russian banks", "sanctions aimed at Iran": a
     * verb of aiming (class aim) right after a noun of class measure
     * names what the measure is aimed at (its target:
     * dy_ev_pp_target), no act of force of the clause's subject (the
     * noun asked first: a common verb's lemma, "killing"'s, keys dozens
     * of phrases, each read by the class test) */
    if (ing && vg == i && vg > first && c->tok[vg - 1].mention < 0 &&
        dy_in_class_noun(c, DY_CL_MEASURE, &c->tok[vg - 1]) &&
        dy_in_class_verb(c, DY_CL_AIM, t))
        k->background = 1;
    /* "protesters demanding his resignation": a participle of what a
     * role was doing (clauses.h) is that role's act, whose subject is
     * right before it */
    if (!k->nonfinite || g->gerund || dy_clauses_doing(c, first, vg))
        return;
    if (document)
        k->nonfinite = 0;
    /* "X shelled Y, killing 7": a participle after a comma tells what the
     * main clause's subject did; look past commas */
    int adjunct = ing_after_comma(c, first, vg);
    for (size_t q = vg; q-- > first;) {
        const dy_token *u = &c->tok[q];
        char ch = c->lower.data[u->lower];
        if (dy_is_clause_punct(c, u) &&
            !(adjunct && (ch == ',' || ch == '(' || ch == ')')))
            break;
        /* (not an infinitive, nor a gerund after a preposition: "rejected
         * a proposal for signing a pact, urging ...") */
        if (u->tag == TAG_VERB &&
            !(q > first && (c->tok[q - 1].tag == TAG_TO ||
                            (c->tok[q - 1].tag == TAG_PREP &&
                             dy_tok_ends(c, u, "ing", 3))))) {
            /* (after a comma, past a participle modifying a noun, "drove
             * into a cafe frequented by police, killing", and past an
             * adjunct of the same subject, "killing 10, wounding 15") */
            if (adjunct &&
                ((u->scope == SC_MODIFIER &&
                  (dy_tok_ends(c, u, "ed", 3) ||
                   (q + 1 < es->end && dy_tok_has(&c->tok[q + 1], c->w_by)))) ||
                 ing_after_comma(c, first, dy_ev_group_start(c, first, q))))
                continue;
            g->sv = dy_ev_group_start(c, first, q);
            if (adjunct)
                k->mood_from = (uint32_t)q + 1;
            if (adjunct && verbal_act(c, k))
                g->sv = sayer_group(c, first, g->sv);
            break;
        }
    }
}

/* "X, the umbrella union for teachers, announced that it has called off",
 * "Hezbollah said it wanted to swap them": a pronoun subject after "that",
 * or right after a say verb, is the reporting verb's subject, not the
 * nearest name before it. Returns where the reporting verb's group
 * starts, or SIZE_MAX when that rule does not apply. */
static size_t pronoun_after_that(const dy_ctx *c, size_t first, size_t sv)
{
    size_t p = sv;
    while (p > first &&
           (c->tok[p - 1].tag == TAG_AUX || c->tok[p - 1].tag == TAG_ADV))
        p--;
    if (!(p > first + 2 && c->tok[p - 1].tag == TAG_PRON &&
          c->tok[p - 1].mention < 0))
        return SIZE_MAX;
    const dy_token *b = &c->tok[p - 2];
    size_t q;
    if (dy_tok_has(b, c->w_that))
        q = p - 2;
    else if (b->tag == TAG_VERB && (b->kinds & (1u << LX_SAY)))
        q = p - 1;
    else
        return SIZE_MAX;
    while (q > first && c->tok[q - 1].tag != TAG_VERB &&
           !dy_is_clause_punct(c, &c->tok[q - 1]) && p - q < 6)
        q--;
    if (q > first && c->tok[q - 1].tag == TAG_VERB)
        return dy_ev_group_start(c, first, q - 1);
    return SIZE_MAX;
}

/* "Kenya's president", "the interior minister": a role named by a common
 * noun in the singular (its noun lemma is the word itself) */
static int role_in_singular(const dy_token *t)
{
    return t->tag == TAG_NOUN && !(t->flags & TF_CAP) &&
           (t->nlem == LX_NONE || t->nlem == t->wid);
}

/* does mention x name a person: a person's name or title, or a
 * capitalised name coded with a role ("Tony Blair", GBRGOV); not a
 * country, a place or a common noun ("the government")? */
static int names_person(const dy_ctx *c, const dy_mention *x)
{
    return x->is_person ||
           (strlen(x->code) >= 6 && c->tok[x->first].place < 0 &&
            (c->tok[x->end - 1].flags & TF_CAP));
}

/* the subject of the sentence ending right before token `first`: the
 * last mention before its first verb, or -1 (none, or no sentence) */
static int32_t previous_subject(const dy_ctx *c, size_t first)
{
    int32_t m = -1;
    for (size_t q = dy_ev_previous_sentence(c, first, 80); q + 1 < first;
         q++) {
        const dy_token *t = &c->tok[q];
        if (t->tag == TAG_VERB || t->tag == TAG_AUX || t->tag == TAG_MODAL)
            break;
        if (t->mention >= 0)
            m = t->mention;
    }
    return m;
}

/* "Lavrov spoke in Moscow. He rejected the proposal": a pronoun subject
 * (he, she, it, they) that opens its sentence, with no actor before it,
 * is the subject of the sentence before when that one fits it (he and
 * she a person, a name with a role or a role in the singular with its
 * country, it and they no person named as one); -1 when none does */
static int32_t earlier_subject(const dy_ctx *c, size_t first, size_t sv)
{
    size_t p = sv;
    while (p > first && (c->tok[p - 1].tag == TAG_ADV ||
                         (c->tok[p - 1].pos & POS_TIME)))
        p--;
    if (p == first || c->tok[p - 1].tag != TAG_PRON ||
        c->tok[p - 1].mention >= 0)
        return -1;
    for (size_t q = first; q + 1 < p; q++)
        if (c->tok[q].mention >= 0 || c->tok[q].tag == TAG_VERB)
            return -1;
    const dy_token *w = &c->tok[p - 1];
    int person = dy_tok_is(c, w, "he") || dy_tok_is(c, w, "she");
    if (!person && !dy_tok_is(c, w, "it") && !dy_tok_is(c, w, "they"))
        return -1;
    int32_t m = previous_subject(c, first);
    if (m < 0)
        return -1;
    m = dy_head_mention(c, m);
    const dy_mention *x = dy_vec_at(&c->mentions, (size_t)m);
    /* (he or she is also the role a subject named: "Kenya's president
     * spoke. He rejected") */
    int one = names_person(c, x) ||
              (strlen(x->code) >= 6 && role_in_singular(&c->tok[x->end - 1]));
    return (person ? one : !x->is_person) ? m : -1;
}

/* "three soldiers were killed and two others wounded", "and another
 * seriously injured": after a passive (prev) and "and", a new subject and
 * a bare participle at i (its group, adverbs only, from vg) with no object
 * after it are a passive whose auxiliary is left out. The subject's
 * mention (or -1: "and 20 injured") in *subj; 0 when this is no such
 * participle. */
static int gapped_passive(const ev_sent *es, const dy_cand *prev, size_t vg,
                          size_t i, int32_t *subj)
{
    const dy_ctx *c = es->c;
    size_t q = vg, np = vg;
    *subj = -1;
    while (q > es->first && np - q < 5) {
        const dy_token *u = &c->tok[q - 1];
        /* ("and dozens of others injured": "of" inside the amount) */
        if (!(u->tag == TAG_NUM || u->tag == TAG_ADJ || u->tag == TAG_DET ||
              u->tag == TAG_NOUN || u->tag == TAG_PROPN ||
              (dy_tok_has(u, c->w_of) && q - 1 > es->first &&
               (c->tok[q - 2].tag == TAG_NUM ||
                (c->tok[q - 2].pos & POS_NUMW)))))
            break;
        if (u->mention >= 0)
            *subj = dy_head_mention(c, u->mention);
        q--;
    }
    if (q == np || q <= es->first || !dy_tok_has(&c->tok[q - 1], c->w_and) ||
        prev->is_noun || prev->sentence != es->si || !prev->passive ||
        prev->trig_end >= q)
        return 0;
    const dy_token *nt = i + 1 < es->end ? &c->tok[i + 1] : NULL;
    return !nt || !(nt->tag == TAG_DET || nt->tag == TAG_NUM ||
                    nt->tag == TAG_PRON ||
                    (nt->tag == TAG_NOUN && !(nt->pos & POS_TIME)));
}

/* the start of the adverbs and time words ("reportedly", "Monday", "last
 * week") that end right before token q: where the subject before a verb
 * group ends */
static size_t past_adverbs(const dy_ctx *c, size_t first, size_t q)
{
    for (;;) {
        if (q > first && (c->tok[q - 1].tag == TAG_ADV ||
                          (c->tok[q - 1].pos & POS_TIME)))
            q--;
        /* "Pakistani jets last week bombed": a time unit (class
         * time-unit) and its determiner or adjective */
        else if (q > first + 1 &&
                 dy_in_class_noun(c, DY_CL_TIME_UNIT, &c->tok[q - 1]) &&
                 (c->tok[q - 2].tag == TAG_ADJ ||
                  c->tok[q - 2].tag == TAG_DET))
            q -= 2;
        else
            return q;
    }
}

/* a verb, an auxiliary, a modal or a subordinator among tokens
 * [from, to), but for a participle opening them ("Led by the Republican
 * Guard,", "Attacking from the south,") */
static int verb_between(const dy_ctx *c, size_t from, size_t to)
{
    for (size_t q = from; q < to; q++)
        if ((c->tok[q].tag == TAG_VERB &&
             !(q == from && (c->tok[q].is_part ||
                             dy_tok_ends(c, &c->tok[q], "ing", 3)))) ||
            c->tok[q].tag == TAG_AUX || c->tok[q].tag == TAG_MODAL ||
            c->tok[q].tag == TAG_SUB)
            return 1;
    return 0;
}

/* "The United States and its allies condemned": is the conjunction at
 * token `conj` inside the subject, joining an actor right before it, with
 * no verb or clause mark between the clause's start and it? (Not "Russia
 * shelled Kharkiv and a rocket struck a school": a verb comes first.) */
static int coordinated_subject(const dy_ctx *c, size_t first, size_t conj)
{
    /* (past a closing quotation mark: 'the group "Jabhat Al-Nusra" and
     * their allies') */
    size_t a = conj;
    while (a > first + 1 && dy_is_quote(c, &c->tok[a - 1]))
        a--;
    /* (or a noun an actor modifies: "US jets and helicopters") */
    if (a > first + 1 && c->tok[a - 1].tag == TAG_NOUN &&
        c->tok[a - 1].mention < 0)
        a--;
    if (a == first || c->tok[a - 1].mention < 0)
        return 0;
    for (size_t q = conj; q-- > first;) {
        const dy_token *u = &c->tok[q];
        if (dy_is_quote(c, u)) /* (a quoted name's marks) */
            continue;
        /* (an opening "According to X," is no verb of the clause; an
         * opening phrase with no verb ends at its comma: "Elsewhere, the
         * army and their allies") */
        if (dy_tok_has(u, c->w_according) && q + 1 < conj &&
            dy_tok_has(&c->tok[q + 1], c->w_to))
            return 1;
        if (dy_is_comma(c, u) && !verb_between(c, first, q))
            return 1;
        /* (a list's comma: "Russia, China and their allies") */
        if (dy_is_comma(c, u) && q > first && c->tok[q - 1].mention >= 0)
            continue;
        if (u->tag == TAG_VERB || u->tag == TAG_AUX || u->tag == TAG_SUB ||
            u->tag == TAG_CONJ || dy_is_clause_punct(c, u))
            return 0;
    }
    return 1;
}

/* "Protesters demanding reforms marched", "two roadside bombs targeting
 * an army convoy detonated": the present participle (between first and
 * the verb group at sv) that opens a phrase on the subject: the clause's
 * first verb, right after the subject's noun, its phrase running up to
 * the verb group; sv when there is none. The subject is before it. */
static size_t subject_participle(const dy_ctx *c, size_t first, size_t sv)
{
    size_t p = sv;
    while (p > first) {
        const dy_token *u = &c->tok[p - 1];
        if (u->tag == TAG_AUX || u->tag == TAG_MODAL || u->tag == TAG_SUB ||
            dy_is_clause_punct(c, u))
            return sv;
        if (u->tag == TAG_VERB)
            break;
        p--;
    }
    if (p <= first + 1)
        return sv;
    p--; /* the verb */
    /* (not a say verb's: "with Erdogan claiming the army has killed") */
    if (!dy_tok_ends(c, &c->tok[p], "ing", 5) ||
        (c->tok[p].kinds & KIND_BIT(LX_SAY)) ||
        (c->tok[p - 1].tag != TAG_NOUN && c->tok[p - 1].mention < 0))
        return sv;
    for (size_t q = p; q-- > first;) {
        const dy_token *u = &c->tok[q];
        if (dy_is_clause_punct(c, u))
            break;
        if (u->tag == TAG_VERB || u->tag == TAG_AUX || u->tag == TAG_MODAL ||
            u->tag == TAG_SUB)
            return sv;
    }
    return p;
}

/* "... and a rocket struck a school", "police said the bomb killed four
 * soldiers": is the subject of the verb group at sv a noun phrase that
 * names no actor, right after the start of its clause (the sentence's
 * start, a comma, a conjunction, a subordinator or a verb)? Then no
 * mention before it is the subject. */
static int thing_subject(const dy_ctx *c, size_t first, size_t sv)
{
    size_t q = past_adverbs(c, first, sv);
    /* (not inside a relative clause or participle after the subject:
     * "activists who fled the country criticized") */
    if (q == first || c->tok[q - 1].tag != TAG_NOUN ||
        !(c->tok[q - 1].pos & POS_N) || /* a word WordNet knows */
        c->tok[q - 1].mention >= 0 || c->tok[q - 1].place >= 0 ||
        c->tok[q - 1].scope == SC_RELATIVE ||
        c->tok[q - 1].scope == SC_MODIFIER)
        return 0;
    size_t np = q - 1;
    while (np > first && q - np < 6) {
        const dy_token *u = &c->tok[np - 1];
        if (u->mention >= 0 || u->place >= 0)
            return 0; /* "Russian missiles struck" */
        if (!(u->tag == TAG_DET || u->tag == TAG_ADJ || u->tag == TAG_NOUN ||
              u->tag == TAG_NUM))
            break;
        np--;
    }
    /* (past an opening quotation mark: 'said that "two bombs exploded') */
    while (np > first && dy_is_quote(c, &c->tok[np - 1]))
        np--;
    if (np == first)
        return 1;
    const dy_token *b = &c->tok[np - 1];
    if (b->tag == TAG_CONJ && coordinated_subject(c, first, np - 1))
        return 0;
    return (b->type == TT_PUNCT && c->lower.data[b->lower] == ',') ||
           b->tag == TAG_CONJ || b->tag == TAG_SUB || b->tag == TAG_VERB;
}

/* "The explosion of a truck in the southern Syria province of Daraa has
 * killed 21 people": is the subject of the verb group at sv an event noun
 * that opens its clause and names no actor before it, with phrases after
 * it (no "by", "with", "between" or "among" in them) up to the verb?
 * Then the actors in those phrases are where or to whom it happened, not
 * who did it. */
static int act_noun_subject(const dy_ctx *c, size_t first, size_t sv)
{
    size_t h = first;
    while (h < sv && (c->tok[h].tag == TAG_DET || c->tok[h].tag == TAG_ADJ ||
                      c->tok[h].tag == TAG_NUM))
        h++;
    if (h >= sv || c->tok[h].tag != TAG_NOUN)
        return 0;
    while (h + 1 < sv && c->tok[h + 1].tag == TAG_NOUN)
        h++;
    const dy_token *t = &c->tok[h];
    /* (a word some event noun starts with, "explosion", but no person:
     * "prisoners in Bahrain launched a hunger strike") */
    if (!(t->kinds & (1u << LX_NOUN)) || t->mention >= 0 || t->place >= 0 ||
        (t->kinds & (1u << LX_AGENT)) || dy_in_class_noun(c, DY_CL_PERSON, t) ||
        h + 1 >= sv || c->tok[h + 1].tag != TAG_PREP)
        return 0;
    for (size_t q = first; q < h; q++)
        if (c->tok[q].mention >= 0 || c->tok[q].place >= 0)
            return 0;
    /* (an actor right after its "of" may be its doer: "the deployment of
     * NATO troops arrived", "the attack of the rebels killed") */
    if (dy_tok_has(&c->tok[h + 1], c->w_of))
        for (size_t q = h + 2; q < sv && c->tok[q].tag != TAG_PREP; q++)
            if (c->tok[q].mention >= 0)
                return 0;
    for (size_t q = h + 1; q < sv; q++) {
        const dy_token *u = &c->tok[q];
        /* (nor who took part: "talks between Serbia and the EU broke
         * down", "a meeting with rebels ended") */
        if (u->tag == TAG_VERB || u->tag == TAG_AUX || u->tag == TAG_MODAL ||
            u->tag == TAG_SUB || dy_is_clause_punct(c, u) ||
            dy_tok_has(u, c->w_by) || dy_tok_has(u, c->w_with) ||
            dy_tok_has(u, c->w_between) || dy_tok_is(c, u, "among"))
            return 0;
    }
    return 1;
}

/* "AP reported that two bombs exploded near a square, killing seven
 * people": does the participle whose verb group starts at vg follow a
 * comma that ends a clause whose subject names no actor (the bombs, not
 * the reporter, killed)? */
static int participle_of_thing(const dy_ctx *c, size_t first, size_t vg)
{
    if (vg < first + 2 || !dy_is_comma(c, &c->tok[vg - 1]))
        return 0;
    for (size_t q = vg - 1; q-- > first;) {
        const dy_token *t = &c->tok[q];
        if (dy_is_clause_punct(c, t) || t->tag == TAG_SUB)
            return 0;
        /* (the clause's finite verb: not "used force to influence the
         * situation, storming ...") */
        if (t->tag == TAG_VERB && !dy_tok_ends(c, t, "ing", 3)) {
            size_t sv = dy_ev_group_start(c, first, q);
            if (sv < q && c->tok[sv].tag == TAG_TO)
                continue;
            return thing_subject(c, first, sv);
        }
    }
    return 0;
}

/* "the president ordered the police to free them": the subject of a
 * causative verb right before the mention m (past its determiners), which
 * has the act carried out; -1 when that verb is no causative */
static int32_t causer(const dy_ctx *c, size_t first, int32_t m)
{
    const dy_mention *mm = dy_vec_at(&c->mentions, (size_t)m);
    size_t q = mm->first;
    while (q > first && c->tok[q - 1].tag == TAG_DET)
        q--;
    if (q <= first + 1 || c->tok[q - 1].tag != TAG_VERB ||
        !dy_in_class_lemma(c, DY_CL_CAUSATIVE, &c->tok[q - 1]))
        return -1;
    return dy_ev_subject_before(c, first, q - 1);
}

/* "Protesters injured by police in Lima accused the government": is the
 * mention m the agent of a participle that modifies an actor's noun right
 * before it (a reduced relative: participle, "by", m)? Then that actor is
 * the subject of the verb after them; otherwise m. (A thing's agent stays:
 * "a shell fired by rebels hit", "steps taken by the government eased".) */
static int32_t past_reduced_relative(const dy_ctx *c, size_t first, int32_t m)
{
    if (m < 0)
        return m;
    size_t q = ((const dy_mention *)dy_vec_at(&c->mentions, (size_t)m))->first;
    /* (past its determiners and modifiers: "backed by foreign troops") */
    while (q > first && (c->tok[q - 1].tag == TAG_DET ||
                         c->tok[q - 1].tag == TAG_ADJ ||
                         c->tok[q - 1].tag == TAG_NUM))
        q--;
    if (q < first + 3 || !dy_tok_has(&c->tok[q - 1], c->w_by))
        return m;
    const dy_token *part = &c->tok[q - 2], *n = &c->tok[q - 3];
    if (part->tag != TAG_VERB || !part->is_part)
        return m;
    return n->mention >= 0 ? dy_head_mention(c, n->mention) : m;
}

/* "ordered that the prisoners be freed": the passive of a subjunctive
 * "be" (or "should be") whose clause a "that" after a verb of grammar
 * class small-clause opens; one past that verb, or 0 */
static size_t ordered_that(const dy_ctx *c, size_t first, size_t vg)
{
    size_t b = vg + (c->tok[vg].tag == TAG_MODAL); /* "should be" */
    if (!dy_tok_is(c, &c->tok[b], "be"))
        return 0;
    size_t k = vg;
    while (k > first && vg - k < 6 &&
           (c->tok[k - 1].tag == TAG_NOUN || c->tok[k - 1].tag == TAG_PROPN ||
            c->tok[k - 1].tag == TAG_DET || c->tok[k - 1].tag == TAG_ADJ ||
            c->tok[k - 1].tag == TAG_NUM))
        k--;
    if (k == vg || k < first + 2 || !dy_tok_has(&c->tok[k - 1], c->w_that) ||
        c->tok[k - 2].tag != TAG_VERB ||
        !dy_in_class_verb(c, DY_CL_SMALL_CLAUSE, &c->tok[k - 2]))
        return 0;
    return k - 1;
}

/* "X dissolved parliament and suspended", "gunmen crossed over to a
 * village in Chad and killed": when subj, the mention found for the verb
 * after the "and" at token a, is the object of a finite verb before it
 * (its noun phrase, at most eight tokens, between them) or, for an active
 * verb after the "and", in that verb's prepositional phrases (at most
 * twelve tokens), the subject is that verb's; else subj. (A passive after the
 * "and" keeps its own: "were seen trying to enter the city from Gonda and
 * were arrested".) */
static int32_t first_verb_subject(const dy_ctx *c, size_t first, size_t a,
                                  int32_t subj, int passive)
{
    if (subj < 0)
        return subj;
    size_t m = ((const dy_mention *)dy_vec_at(&c->mentions, (size_t)subj))
                   ->first;
    size_t q = a, reach = passive ? 8 : 12;
    while (q > first && a - q < reach &&
           (c->tok[q - 1].tag == TAG_NOUN || c->tok[q - 1].tag == TAG_PROPN ||
            c->tok[q - 1].tag == TAG_DET || c->tok[q - 1].tag == TAG_ADJ ||
            c->tok[q - 1].tag == TAG_NUM || c->tok[q - 1].mention >= 0 ||
            ((c->tok[q - 1].tag == TAG_PREP || c->tok[q - 1].tag == TAG_POSS) &&
             !passive)))
        q--;
    /* (a particle right after the verb: "crossed over to") */
    if (!passive && q > first + 1 && q < a &&
        c->tok[q - 1].tag == TAG_ADV && c->tok[q - 2].tag == TAG_VERB)
        q--;
    if (q == a || q <= first + 1 || m < q || c->tok[q - 1].tag != TAG_VERB ||
        dy_tok_ends(c, &c->tok[q - 1], "ing", 3))
        return subj;
    size_t sv = dy_ev_group_start(c, first, q - 1);
    if (sv < q - 1 && c->tok[sv].tag == TAG_TO)
        return subj;
    int32_t s = dy_ev_subject_before(c, first, sv);
    /* "armed men dragged six peasants from their homes and shot them": a
     * first verb whose subject is a noun the lexicon has no actor for
     * leaves the second none, not its object */
    if (s < 0 && sv > first && c->tok[sv - 1].tag == TAG_NOUN &&
        c->tok[sv - 1].mention < 0)
        return -1;
    return s >= 0 ? s : subj;
}

/* does the verb group starting at token vg follow a conjunction "and"
 * (a second verb of its clause, whose subject first_verb_subject finds)? */
static int after_and(const dy_ctx *c, size_t first, size_t vg)
{
    return vg > first + 1 && c->tok[vg - 1].tag == TAG_CONJ &&
           dy_tok_is(c, &c->tok[vg - 1], "and");
}

/* "Russian police said seven hunters were shot dead": is the subject
 * mention m, found before a say verb whose complement holds the verb group
 * at sv, the say verb's own, while a common noun the lexicon has no actor
 * for stands right before the group as its subject? */
static int sayer_not_subject(const dy_ctx *c, size_t first, int32_t m,
                             size_t sv)
{
    size_t p = past_adverbs(c, first, sv);
    if (m < 0 || p <= first || c->tok[p - 1].tag != TAG_NOUN ||
        c->tok[p - 1].mention >= 0)
        return 0;
    size_t from = ((const dy_mention *)dy_vec_at(&c->mentions, (size_t)m))->end;
    for (size_t q = from; q + 1 < p; q++)
        if (c->tok[q].tag == TAG_VERB && (c->tok[q].kinds & KIND_BIT(LX_SAY)))
            return 1;
    return 0;
}

/* "After fleeing Buenos Aires following the priest's death, Erize was
 * captured": a name the lexicon has no actor for, right before a passive's
 * verb group and right after a comma, is what underwent the act; an actor
 * before the comma belongs to a fronted phrase */
static int unknown_name_patient(const dy_ctx *c, size_t first, size_t sv)
{
    size_t q = sv;
    while (q > first && sv - q < 4 && c->tok[q - 1].tag == TAG_PROPN &&
           (c->tok[q - 1].flags & TF_CAP) && c->tok[q - 1].mention < 0 &&
           c->tok[q - 1].place < 0 && !(c->tok[q - 1].pos & POS_TIME))
        q--;
    return q < sv && q > first + 1 && dy_is_comma(c, &c->tok[q - 1]);
}

/* the grammatical subject of the trigger at i (a mention, or -1) */
static int32_t verb_subject(const ev_sent *es, dy_cand *k, size_t i,
                            const vgroup *g)
{
    const dy_ctx *c = es->c;
    size_t first = es->first, vg = g->vg;
    /* "ordered the prisoners freed": the small clause's object undergoes
     * the act, which the ordering verb's subject does */
    size_t sc = g->part && !g->be && vg == i
                    ? dy_clauses_small_clause(c, first, i)
                    : 0;
    if (sc) {
        k->passive = 1;
        k->src = dy_ev_subject_before(c, first, sc - 1);
        int32_t obj = c->tok[i - 1].mention;
        return obj >= 0 ? dy_head_mention(c, obj) : -1;
    }
    /* "ordered that the prisoners be freed": the same, in a clause */
    if (g->be && g->part && (sc = ordered_that(c, first, vg)) != 0) {
        k->src = dy_ev_subject_before(c, first, sc - 1);
        int32_t obj = c->tok[vg - 1].mention;
        return obj >= 0 ? dy_head_mention(c, obj) : -1;
    }
    /* (a passive's subject is its target: "four others were arrested by
     * Kurdish forces" keeps the mention before it) */
    int passive = g->be && g->part;
    size_t sv = k->nonfinite ? g->sv : subject_participle(c, first, g->sv);
    int32_t subj = !passive && (thing_subject(c, first, sv) ||
                                act_noun_subject(c, first, sv))
                       ? -1
                       : dy_ev_subject_before(c, first, sv);
    if (!passive)
        subj = past_reduced_relative(c, first,
                                     dy_ev_active_subject(c, first, subj));
    if (k->nonfinite && participle_of_thing(c, first, vg))
        subj = -1;
    if (sayer_not_subject(c, first, subj, sv) ||
        (passive && subj >= 0 && unknown_name_patient(c, first, sv)))
        subj = -1;
    /* (the reporting verb's subject, which a verb after "and" shares:
     * "Hezbollah captured three soldiers and said it wanted") */
    size_t rv = pronoun_after_that(c, first, g->sv);
    int32_t main = rv != SIZE_MAX ? dy_ev_subject_before(c, first, rv) : -1;
    if (main >= 0 && after_and(c, first, rv))
        main = first_verb_subject(c, first, rv - 1, main, 0);
    if (main >= 0)
        subj = main;
    /* "issued an order to release": told as done, by the subject found */
    if (g->directive)
        k->nonfinite = 0;
    if (subj < 0)
        subj = earlier_subject(c, first, g->sv);
    /* "wants Putin to attack", "urged Russia to withdraw": the actor right
     * before "to" does it, and only as wished */
    size_t pv = before_group(c, first, vg);
    if (g->has_to && c->tok[vg].tag == TAG_TO && vg > first &&
        c->tok[pv].mention >= 0) {
        subj = dy_head_mention(c, c->tok[pv].mention);
        k->modal = ST_HYPOTHETICAL;
        int32_t boss = causer(c, first, c->tok[pv].mention);
        if (boss >= 0) {
            subj = boss; /* "ordered the police to free": the order's */
            k->modal = 0;
            k->nonfinite = 0; /* told as done, even with no target */
        }
        if (headline_future(c, first, c->tok[pv].mention)) {
            k->modal = ST_FUTURE;
            k->nonfinite = 0;
        }
    }
    /* the candidate before this one, whose subject or agent a verb joined
     * to it may share */
    const dy_cand *prev = es->cands->count > es->cand_first + 1
                              ? dy_vec_at(es->cands, es->cands->count - 2)
                              : NULL;
    int32_t gapped;
    size_t bare = vg; /* a participle with adverbs only before it */
    while (bare < i && c->tok[bare].tag == TAG_ADV)
        bare++;
    if (prev && bare == i && c->tok[i].is_part &&
        gapped_passive(es, prev, vg, i, &gapped)) {
        k->passive = 1;
        k->src = prev->src;
        return gapped;
    }
    /* "killed 5 people and wounded 20": the second verb shares the first
     * one's subject */
    if (prev && vg > first && c->tok[vg - 1].tag == TAG_CONJ) {
        /* (after a passive, a verb with its own auxiliary is active and
         * shares the grammatical subject: "the prime minister has been
         * indicted by the court and will resign"; a bare form may share
         * the passive too: "were captured by Iran and paraded") */
        int32_t shared = prev->passive && vg < i ? prev->tgt : prev->src;
        /* "have been killed or captured", "were arrested and beaten by
         * police": a bare participle after a passive is passive too, with
         * its subject and, unless it names its own, its agent */
        if (!prev->is_noun && prev->sentence == es->si && prev->passive &&
            vg == i && c->tok[i].is_part) {
            k->passive = 1;
            k->src = prev->src;
            return prev->tgt;
        }
        if (!prev->is_noun && prev->sentence == es->si && shared >= 0)
            subj = shared;
        /* "an explosion killed two youths and wounded five": a first verb
         * with no actor for subject leaves the second none, not its
         * object */
        else if (!prev->is_noun && prev->sentence == es->si && shared < 0 &&
                 !prev->passive && prev->tgt >= 0 && subj == prev->tgt)
            subj = -1;
    }
    /* ("The junta dissolved parliament and suspended the constitution":
     * the same when the first verb is no event) */
    if (after_and(c, first, vg))
        subj = first_verb_subject(c, first, vg - 1, subj, passive);
    /* "the army arrested three protesters, detained a journalist and ...":
     * a finite verb with its own object right after a comma that ends the
     * object of the verb before it shares that verb's subject; the object
     * is no subject (not "Wang Dan, sentenced Wednesday to ...") */
    if (prev && !prev->is_noun && prev->sentence == es->si &&
        !prev->passive && prev->src >= 0 && !k->nonfinite && subj >= 0 &&
        i + 1 < es->end && !(c->tok[i + 1].pos & POS_TIME) &&
        (c->tok[i + 1].tag == TAG_DET || c->tok[i + 1].tag == TAG_NUM ||
         c->tok[i + 1].tag == TAG_NOUN || c->tok[i + 1].tag == TAG_PROPN ||
         c->tok[i + 1].tag == TAG_ADJ) &&
        subj == prev->tgt && vg > first && c->tok[vg - 1].type == TT_PUNCT &&
        c->lower.data[c->tok[vg - 1].lower] == ',' &&
        ((const dy_mention *)dy_vec_at(&c->mentions, (size_t)subj))->end ==
            vg - 1)
        subj = prev->src;
    return subj;
}

/* "arrested and beaten by police": a conjunction and the bare participle
 * after it (at q), which the by-phrase after them serves too */
static int joined_participle(const dy_ctx *c, size_t q, size_t end)
{
    const dy_token *t = &c->tok[q];
    if (t->tag == TAG_CONJ)
        return q + 1 < end && c->tok[q + 1].tag == TAG_VERB &&
               c->tok[q + 1].is_part;
    return t->tag == TAG_VERB && t->is_part && q > 0 &&
           c->tok[q - 1].tag == TAG_CONJ;
}

/* "was shot to death by", "beaten to death by": the result between a
 * passive verb and its agent (token q, "to", or "death" after it) */
static int to_death(const dy_ctx *c, size_t q, size_t end)
{
    if (dy_tok_is(c, &c->tok[q], "to"))
        return q + 1 < end && dy_tok_is(c, &c->tok[q + 1], "death");
    return q > 0 && dy_tok_is(c, &c->tok[q - 1], "to") &&
           dy_tok_is(c, &c->tok[q], "death");
}

/* "protested against Blair's visit, accusing him of ...": an object "him"
 * or "her" right after the verb (or at the pattern's slot) is the person
 * named last before the verb in the sentence, other than the subject; -1
 * when none is (the object is then nobody the sentence codes, not an
 * actor after the pronoun); -2 when the object is no such pronoun. */
static int32_t object_pronoun(const ev_sent *es, size_t i,
                              dy_pattern_match pm, int32_t subj)
{
    const dy_ctx *c = es->c;
    size_t at = pm.slot != LX_NONE ? pm.slot : pm.end;
    if (at >= es->end ||
        !(dy_tok_is(c, &c->tok[at], "him") ||
          dy_tok_is(c, &c->tok[at], "her")))
        return -2;
    int32_t best = -1;
    for (size_t q = es->first; q < i; q++) {
        int32_t m = c->tok[q].mention;
        if (m < 0 || m == subj)
            continue;
        const dy_mention *x = dy_vec_at(&c->mentions, (size_t)m);
        if (names_person(c, x) && (subj < 0 || dy_head_mention(c, m) !=
                                                    dy_head_mention(c, subj)))
            best = m;
        q = x->end - 1;
    }
    return best;
}

/* in, at, near, outside: a preposition of place */
static int locative_prep(const dy_ctx *c, const dy_token *t)
{
    return t->tag == TAG_PREP &&
           (dy_tok_has(t, c->w_in) || dy_tok_has(t, c->w_at) ||
            dy_tok_has(t, c->w_near) || dy_tok_has(t, c->w_outside));
}

/* "at his home", "off the coast of Libya": is token q (after the verb's
 * words, from `from` on) the common noun of a prepositional phrase, right
 * after its preposition and any determiners and adjectives? */
static int place_phrase_noun(const dy_ctx *c, size_t from, size_t q)
{
    if (q <= from || c->tok[q].tag != TAG_NOUN)
        return 0;
    size_t p = q;
    while (p > from && (c->tok[p - 1].tag == TAG_DET ||
                        c->tok[p - 1].tag == TAG_ADJ))
        p--;
    return p > from && c->tok[p - 1].tag == TAG_PREP;
}

/* Where a passive's agent starts when an agent phrase opens at token q:
 * after "by", or after "at the hands of" ("were killed at the hands of
 * SDF fighters"); 0 when none opens there */
static size_t agent_start(const dy_ctx *c, size_t q, size_t end)
{
    if (dy_tok_has(&c->tok[q], c->w_by))
        return q + 1;
    if (q + 4 < end && dy_tok_has(&c->tok[q], c->w_at) &&
        dy_tok_has(&c->tok[q + 1], c->w_the) &&
        dy_tok_is(c, &c->tok[q + 2], "hands") &&
        dy_tok_has(&c->tok[q + 3], c->w_of))
        return q + 4;
    return 0;
}

/* Source and target: in the passive the agent (agent_start) and the
 * subject; else the subject and the '+' slot's actor, an actor between
 * the pattern's words ("accused Russia of shelling") or the object after
 * it. */
static void verb_arguments(const ev_sent *es, dy_cand *k, size_t i,
                           dy_pattern_match pm, int32_t subj, const vgroup *g)
{
    const dy_ctx *c = es->c;
    size_t end = es->end;
    /* "victims killed by X": a participle with "by" right after it is
     * passive too (not "denied charges by X": the by-phrase of its
     * object) */
    int by_after = pm.end < end && pm.end == i + 1 &&
                   dy_tok_has(&c->tok[pm.end], c->w_by);
    if (g->part && (g->be || k->passive || (by_after && g->vg == i))) {
        k->passive = 1;
        size_t q = pm.end;
        /* "imposed on Iran by the EU", "delivered to Gaza by Egypt",
         * "released on Monday by the army", "arrested at his home by
         * police": the by-phrase after the slot's actor, a place, a time
         * or a phrase of place */
        while (q < end && q < pm.end + 6 && !agent_start(c, q, end) &&
               (pm.slot != LX_NONE || c->tok[q].tag == TAG_PREP ||
                place_phrase_noun(c, pm.end, q) ||
                (c->tok[q].pos & POS_TIME) || c->tok[q].tag == TAG_ADV ||
                c->tok[q].tag == TAG_NUM ||
                /* ("captured last June by": a time's modifier) */
                (c->tok[q].type == TT_WORD && q + 1 < end &&
                 (c->tok[q + 1].pos & POS_TIME)) ||
                to_death(c, q, end) ||
                c->tok[q].tag == TAG_DET || c->tok[q].tag == TAG_ADJ ||
                c->tok[q].mention >= 0 || c->tok[q].place >= 0 ||
                joined_participle(c, q, end)) &&
               !dy_is_clause_punct(c, &c->tok[q]))
            q++;
        size_t a = q < end ? agent_start(c, q, end) : 0;
        if (a) {
            k->src = dy_ev_object_at(c, a, end, 0);
            /* an act of force by a means: "killed by shelling (from X)"
             * is the event noun's to code; "killed by fire from Israeli
             * tanks" is the act of the means' actor (not "was met by
             * fierce resistance from": no harm done by means) */
            size_t h = k->src < 0 && dy_cand_root(c, k) >= 18
                           ? dy_ev_means_head(c, a, end) : 0;
            if (h && dy_ev_means_is_event(c, a, h))
                k->background = k->by_means = 1;
            else if (h)
                k->src = dy_ev_means_agent(c, h, end);
        }
        /* "was attacked by Burundian militiamen armed with machetes": the
         * agent right after the verb, inside a longer pattern */
        else if (i + 1 < pm.end && dy_tok_has(&c->tok[i + 1], c->w_by))
            k->src = dy_ev_object_at(c, i + 2, end, 0);
        /* the subject noun is the pattern's object ("sanctions were
         * imposed on Iran"): the target is at its slot */
        if (pm.first < i && pm.slot != LX_NONE)
            k->tgt = dy_ev_object_at(c, pm.slot, end, 1);
        else
            k->tgt = subj;
        /* "aid was delivered to Gaza by Egypt" */
        if (k->tgt < 0 && pm.first < i)
            k->tgt = dy_ev_pp_target(c, pm.end, end, k->src);
    } else if ((k->tgt = object_pronoun(es, i, pm, subj)) != -2) {
        k->src = subj; /* "accusing him of": the person named before */
    } else {
        k->tgt = -1;
        k->src = subj;
        if (pm.slot != LX_NONE) {
            k->tgt = dy_ev_object_at(c, pm.slot, end, 1);
        } else {
            for (size_t q = i + 1; q < pm.end && k->tgt < 0; q++) {
                const dy_token *u = &c->tok[q];
                if (u->mention < 0)
                    continue;
                const dy_mention *m =
                    dy_vec_at(&c->mentions, (size_t)u->mention);
                /* not "offered its troops to": a possessed or country-less
                 * role word is the source's own; nor a lone word of the
                 * pattern whose country only the context gave ("suspend
                 * military &aid": the aid's kind) */
                /* (a bare role that a preposition of the pattern follows
                 * is the one acted on: "accused protesters of") */
                int object = m->end < pm.end &&
                             c->tok[m->end].tag == TAG_PREP &&
                             pattern_word(c, k->phrase, &c->tok[m->end], 0);
                /* nor what fills a typed slot after the pattern's "with",
                 * its means ("pounded Bakhmut with artillery"; not "clashed
                 * with riot police") */
                int means = m->first > i + 1 &&
                            dy_tok_has(&c->tok[m->first - 1], c->w_with) &&
                            pattern_word(c, k->phrase, &c->tok[m->end - 1], 1);
                /* nor a place's name where a non-violent act happens
                 * ("protested in Belgrade against rising prices") */
                int locative = m->first > i + 1 &&
                               c->tok[m->first].place >= 0 &&
                               dy_cand_root(c, k) < 17 &&
                               locative_prep(c, &c->tok[m->first - 1]);
                /* but a bare role that a coercive or violent act's own
                 * words name is its victim ("opened fire on protesters",
                 * "beat demonstrators"), and one that fills an act's typed
                 * slot is acted on ("released the civilians"): people
                 * (class person), not the source's kind, nor a building
                 * ("bombed a mosque") or a noun's modifier ("a military
                 * vehicle") */
                int victim = !object &&
                             (dy_cand_root(c, k) >= 17 ||
                              (dy_cand_root(c, k) == 8 &&
                               pattern_word(c, k->phrase,
                                            &c->tok[m->end - 1], 1))) &&
                             !same_role(c, k->src, m) &&
                             dy_in_class_noun(c, DY_CL_PERSON,
                                              &c->tok[m->end - 1]) &&
                             !(m->end < end &&
                               c->tok[m->end].tag == TAG_NOUN);
                /* and a bare role the pattern names after its own "with",
                 * "against", "on" or "at" is the side the act is against
                 * ("clashed with police", "rioted against the government";
                 * not the court a case is taken to) */
                size_t pp = m->first;
                while (pp > i + 1 && c->tok[pp - 1].tag == TAG_DET)
                    pp--;
                const dy_token *pv = &c->tok[pp - 1];
                int party = pp > i + 1 &&
                            (dy_tok_has(pv, c->w_with) ||
                             dy_tok_has(pv, c->w_against) ||
                             dy_tok_has(pv, c->w_on) ||
                             dy_tok_has(pv, c->w_at)) &&
                            pattern_word(c, k->phrase, pv, 0) &&
                            pattern_word(c, k->phrase, &c->tok[m->end - 1],
                                         0);
                /* nor what is given, filling a typed slot of an act of
                 * aid ("sent a medical team to Gaza": the team goes; not
                 * people helped, "evacuated the fighters", class person) */
                int given = dy_cand_root(c, k) == 7 &&
                            pattern_word(c, k->phrase, &c->tok[m->end - 1],
                                         1) &&
                            !dy_in_class_noun(c, DY_CL_PERSON,
                                              &c->tok[m->end - 1]);
                if (!dy_ev_possessed(c, m, es->first) && !means &&
                    !locative && !given &&
                    (!dy_ev_is_agent_only(c, m) || object || victim ||
                     party) &&
                    !(m->end == m->first + 1 && m->country_inferred &&
                      !victim &&
                      pattern_word(c, k->phrase, &c->tok[m->first], 0)))
                    k->tgt = u->mention;
                q = m->end - 1;
            }
            /* (not the "of" phrase of what aid gives: "a package of
             * military assistance for Ukraine") */
            if (k->tgt < 0 &&
                !(dy_cand_root(c, k) == 7 && pm.end < end &&
                  dy_tok_has(&c->tok[pm.end], c->w_of)))
                k->tgt = dy_ev_object_at(c, pm.end, end, 1);
        }
        /* "mediating between Israel and Hamas": the parties right after
         * the verb itself (not "captured the territory between"; and
         * "fighting between X and Y" names the sides, not targets) */
        if (k->tgt < 0 && pm.end == i + 1 && pm.end < end &&
            dy_cand_root(c, k) < 17 &&
            dy_tok_has(&c->tok[pm.end], c->w_between))
            k->tgt = dy_ev_object_at(c, pm.end + 1, end, 1);
        /* (not for an infinitive of purpose or a participle: "arrived to
         * discuss the war with Russia") */
        if (k->tgt < 0 && !k->nonfinite)
            k->tgt = dy_ev_pp_target(c, pm.end, end, k->src);
    }
    if (k->tgt >= 0)
        k->tgt = dy_head_mention(c, k->tgt);
}

/* the place of a verb event; "shelled Pokrovsk": an assault on a place
 * (after the trigger, past determiners, adjectives and on/in/near/at)
 * targets its country */
static void verb_place(const ev_sent *es, dy_cand *k, size_t i,
                       dy_pattern_match pm)
{
    const dy_ctx *c = es->c;
    size_t first = es->first, end = es->end;
    /* (none in a sentence that names none: the candidate's place stays
     * -1, not loose, and every rule below acts on a place only) */
    if (!dy_ev_sentence_places(es))
        return;
    k->place = dy_place_of_verb(c, first, end, i, pm.end);
    if (k->tgt < 0 && !k->passive &&
        dy_ev_place_targets(dy_cand_root(c, k))) {
        size_t q = pm.slot != LX_NONE ? pm.slot : pm.end;
        while (q < end &&
               (c->tok[q].tag == TAG_DET || c->tok[q].tag == TAG_ADJ ||
                dy_tok_has(&c->tok[q], c->w_on) ||
                dy_tok_has(&c->tok[q], c->w_in) ||
                dy_tok_has(&c->tok[q], c->w_near) ||
                dy_tok_has(&c->tok[q], c->w_at)) &&
               q < pm.end + 4)
            q++;
        if (q < end && c->tok[q].place >= 0 && c->tok[q].mention < 0) {
            dy_ev_target_place_country(c, k, c->tok[q].place);
            k->place = dy_place_refine(c, first, end, c->tok[q].place);
        } else if (k->place >= 0) {
            dy_ev_target_place_country(c, k, k->place);
        }
    }
    dy_ev_adjunct_place_target(c, k);
    dy_place_loosely(c, k, first, end);
}

/* The head noun of the subject ending before the verb group at vg:
 * "sanctions were", "sanctions on Iran were" (past one short phrase of
 * an actor or place), or SIZE_MAX */
static size_t subject_noun(const ev_sent *es, size_t vg)
{
    const dy_ctx *c = es->c;
    size_t q = vg - 1;
    if (c->tok[q].tag == TAG_NOUN)
        return q;
    while (q > es->first && q + 5 > vg &&
           (c->tok[q].mention >= 0 || c->tok[q].place >= 0 ||
            c->tok[q].tag == TAG_DET || c->tok[q].tag == TAG_ADJ))
        q--;
    if (q == vg - 1 || q <= es->first || c->tok[q].tag != TAG_PREP ||
        c->tok[q - 1].tag != TAG_NOUN)
        return SIZE_MAX;
    return q - 1;
}

/* The first modifier (adjective or noun, at most three) of the noun at
 * token obj, down to first; obj when none */
static size_t noun_group_start(const dy_ctx *c, size_t first, size_t obj)
{
    size_t q = obj;
    while (q > first && q + 3 > obj &&
           (c->tok[q - 1].tag == TAG_ADJ || c->tok[q - 1].tag == TAG_NOUN) &&
           c->tok[q - 1].mention < 0 && c->tok[q - 1].place < 0)
        q--;
    return q;
}

/* The best passive match of the verb at i whose object is the subject
 * ending at its head noun obj: the head ("sanctions were imposed"), else
 * the word the active's object would start with ("medical supplies were
 * handed over": &relief, as in "handed over medical supplies"), else the
 * noun a phrase after it depends on ("restrictions on travel were
 * lifted"); the most words matched, and of equally long patterns the
 * first in file order, as in the active */
static dy_pattern_match passive_fit(const ev_sent *es, size_t i, size_t obj)
{
    const dy_ctx *c = es->c;
    size_t cand[3] = {obj, noun_group_start(c, es->first, obj), SIZE_MAX};
    /* (past its determiner and an actor naming whose it is: "the ban on
     * opposition rallies") */
    size_t g = cand[1];
    while (g > es->first && g + 3 > cand[1] &&
           (c->tok[g - 1].tag == TAG_DET || c->tok[g - 1].tag == TAG_POSS ||
            c->tok[g - 1].mention >= 0))
        g--;
    if (g > es->first + 1 && c->tok[g - 1].tag == TAG_PREP &&
        !dy_tok_has(&c->tok[g - 1], c->w_of) && c->tok[g - 2].tag == TAG_NOUN)
        cand[2] = g - 2;
    dy_pattern_match best = dy_match_verb_passive(c, i, es->end, obj);
    for (size_t k = 1; k < 3; k++) {
        if (cand[k] == SIZE_MAX || cand[k] == obj)
            continue;
        dy_pattern_match m = dy_match_verb_passive(c, i, es->end, cand[k]);
        if (m.phrase == LX_NONE)
            continue;
        uint32_t mw = c->lx->phrases[m.phrase].nwords;
        uint32_t bw = best.phrase != LX_NONE
                          ? c->lx->phrases[best.phrase].nwords
                          : 0;
        if (mw > bw || (mw == bw && m.phrase < best.phrase))
            best = m;
    }
    return best;
}

/* "sanctions were imposed on Iran by the EU": a passive verb whose
 * subject noun is its pattern's object; taken when it matches more words
 * than the active reading (pm) */
static dy_pattern_match passive_object(const ev_sent *es, size_t i,
                                       dy_pattern_match pm)
{
    const dy_ctx *c = es->c;
    /* (a verb that is no participle and not of the class base_participle
     * asks is read actively whatever comes before it) */
    if (!c->tok[i].is_part &&
        !dy_in_class(c, DY_CL_BARE_PARTICIPLE, &c->tok[i]))
        return pm;
    size_t vg = dy_ev_group_start(c, es->first, i);
    /* (the subject's head noun first: without one, most of these verbs
     * ("Russia said"), there is no passive reading whatever the verb
     * group, and the small clause's test is not made) */
    size_t obj = vg > es->first ? subject_noun(es, vg) : SIZE_MAX;
    if (obj == SIZE_MAX)
        return pm;
    int be = 0;
    for (size_t q = vg; q < i; q++)
        be |= dy_ev_passive_aux(c, &c->tok[q]);
    /* ("ordered the ban lifted": a small clause's object is a passive's
     * subject) */
    if (!be && vg == i && c->tok[i].is_part &&
        dy_clauses_small_clause(c, es->first, i))
        be = 1;
    if (!be || (!c->tok[i].is_part && !base_participle(c, i, es->end)))
        return pm;
    dy_pattern_match pp = passive_fit(es, i, obj);
    if (pp.phrase == LX_NONE)
        return pm;
    if (pm.phrase != LX_NONE &&
        c->lx->phrases[pm.phrase].nwords >= c->lx->phrases[pp.phrase].nwords)
        return pm;
    return pp;
}

/* is there an actor in the subject whose head noun is token obj, before
 * the verb at i: the head, the phrase after it ("sanctions on Cuba were
 * lifted") or up to three modifiers before it ("the Syrian pilot")? */
static int object_actor(const dy_ctx *c, size_t first, size_t obj, size_t i)
{
    for (size_t q = obj; q < i; q++)
        if (c->tok[q].mention >= 0)
            return 1;
    for (size_t q = obj; q-- > first && q + 4 > obj;) {
        const dy_token *t = &c->tok[q];
        if (t->mention >= 0)
            return 1;
        if (!(t->tag == TAG_ADJ || t->tag == TAG_NOUN ||
              t->tag == TAG_PROPN || t->tag == TAG_NUM))
            return 0;
    }
    return 0;
}

/* "Russia massed troops near the border", "China deployed warships near
 * Taiwan": the forces a country or a force moves in a mobilising act
 * (15x) are its own, not its target (nor of the place they are sent to);
 * the target is then the country of a place after the act (verb_place)
 * or none */
static void own_forces(const dy_ctx *c, dy_cand *k)
{
    if (k->tgt < 0 || k->src < 0 || k->passive || dy_cand_root(c, k) != 15)
        return;
    const dy_mention *t = dy_vec_at(&c->mentions, (size_t)k->tgt);
    const char *sc = dy_ev_mention_code(c, k->src);
    size_t n = strlen(t->code);
    size_t ns = strlen(sc);
    /* (a government's army is its target: "the cabinet placed the army on
     * alert"; a country's or a force's own forces are not) */
    int own = ns == 3 || (ns >= 3 && strcmp(sc + ns - 3, "MIL") == 0);
    if (n < 3 || strcmp(t->code + n - 3, "MIL") != 0 || !own ||
        !(n == 3 || t->country_inferred || strncmp(t->code, sc, 3) == 0))
        return;
    k->tgt = -1;
}

/* The token after the subject's head noun when a place phrase follows it
 * right before the verb group ("the earthquake in Turkey killed": after
 * "earthquake"); q itself when none */
static size_t past_place_phrase(const dy_ctx *c, size_t first, size_t q)
{
    size_t k = q;
    while (k > first && (c->tok[k - 1].mention >= 0 ||
                         c->tok[k - 1].place >= 0 ||
                         (k < q && c->tok[k - 1].tag == TAG_DET)))
        k--;
    if (k == q || k <= first + 1)
        return q;
    return dy_ev_place_prep(c, &c->tok[k - 1]) ? k - 1 : q;
}

/* "Crude oil prices shot past $28 a barrel", "inflation hit a record":
 * is the subject of the act of force at i (group from vg) a measured
 * quantity (grammar class quantity), whose rise or fall it tells? */
static int quantity_subject(const ev_sent *es, const dy_cand *k, size_t vg)
{
    const dy_ctx *c = es->c;
    if (dy_cand_root(c, k) < 18 || k->passive)
        return 0;
    size_t q = past_adverbs(c, es->first, vg);
    if (q == es->first)
        return 0;
    const dy_token *h = &c->tok[q - 1];
    return h->tag == TAG_NOUN && h->mention < 0 &&
           dy_in_class_noun(c, DY_CL_QUANTITY, h);
}

/* "floods killed 20", "were killed in a landslide", "a bus crash killed
 * 14", "the earthquake in Turkey killed": is the act of force at i (group
 * from vg) caused by a hazard (class hazard): its subject noun (a
 * participle's: its clause's, or its main verb: "crashed, killing"), or a
 * noun after "in"/"by" close behind it? */
static int hazard_caused(const ev_sent *es, const dy_cand *k, size_t vg)
{
    const dy_ctx *c = es->c;
    if (dy_cand_root(c, k) < 18)
        return 0;
    size_t q = past_place_phrase(c, es->first,
                                 past_adverbs(c, es->first, vg));
    if (q > es->first && (c->tok[q - 1].pos & POS_N) &&
        c->tok[q - 1].mention < 0 &&
        dy_in_class_noun(c, DY_CL_HAZARD, &c->tok[q - 1]))
        return 1;
    /* "the plane hit an antenna and crashed, killing 148": a participle
     * after a comma that tells what a hazard verb's mishap did */
    if (k->mood_from &&
        dy_in_class_lemma(c, DY_CL_HAZARD, &c->tok[k->mood_from - 1]))
        return 1;
    /* "an earthquake destroyed villages, killing 40": a participle's
     * subject is its clause's, a hazard before the clause's first verb */
    for (size_t t = es->first; k->nonfinite && t < vg; t++) {
        const dy_token *u = &c->tok[t];
        if (u->tag == TAG_VERB || u->tag == TAG_AUX || u->mention >= 0)
            break;
        if (u->tag == TAG_NOUN && dy_in_class_noun(c, DY_CL_HAZARD, u))
            return 1;
    }
    for (size_t t = k->trig_end; t < es->end && t < k->trig_end + 6; t++) {
        const dy_token *u = &c->tok[t];
        if (dy_is_clause_punct(c, u))
            break;
        /* (not "killed by fire from Israeli tanks": someone's fire) */
        if (u->tag == TAG_NOUN && dy_in_class_noun(c, DY_CL_HAZARD, u) &&
            t > k->trig_end &&
            !(t + 1 < es->end && (dy_tok_has(&c->tok[t + 1], c->w_from) ||
                                  dy_tok_has(&c->tok[t + 1], c->w_of) ||
                                  dy_tok_has(&c->tok[t + 1], c->w_by))) &&
            (dy_tok_has(&c->tok[t - 1], c->w_in) ||
             dy_tok_has(&c->tok[t - 1], c->w_by) ||
             c->tok[t - 1].tag == TAG_DET || c->tok[t - 1].tag == TAG_ADJ ||
             c->tok[t - 1].tag == TAG_NOUN))
            return 1;
    }
    return 0;
}

/* Does a word of mention m belong to class cl: a striker ("dock workers",
 * "the teachers' union"), protesters ("anti-government protesters")? */
static int mention_names(const dy_ctx *c, int32_t m, int cl)
{
    if (m < 0)
        return 0;
    const dy_mention *mm = dy_vec_at(&c->mentions, (size_t)m);
    for (size_t q = mm->first; q < mm->end; q++)
        if (dy_in_class_noun(c, cl, &c->tok[q]))
            return 1;
    return 0;
}

/* "protesters gathered outside the embassy": a one-word pattern of class
 * assembly is a protest only with protesters as its source ("leaders
 * gathered in Paris" is none) */
static int assembly_without_protesters(const ev_sent *es, const dy_cand *k,
                                       dy_pattern_match pm)
{
    return pm.end == pm.first + 1 &&
           dy_in_class_lemma(es->c, DY_CL_ASSEMBLY, &es->c->tok[pm.first]) &&
           !mention_names(es->c, k->src, DY_CL_PROTESTER);
}

/* k takes the code remap `family` gives its pattern's own code, if any */
static void take_remap(const dy_ctx *c, dy_cand *k, int family)
{
    const char *own = lx_phrase_cameo(c->lx, &c->lx->phrases[k->phrase]);
    const char *to = dy_lexicon_remap(c->lx, family, own, 0);
    if (to)
        k->cameo_override = to;
}

/* may a remap of family f change candidate k's code? Not when no key of
 * the family can prefix a code of the root of k's own (take_remap's code):
 * dy_lexicon_remap's first test, asked before a rule's walk for its
 * words, which is then for nothing */
static int may_remap(const dy_ctx *c, const dy_cand *k, int family)
{
    int r = dy_cameo_root(
        lx_phrase_cameo(c->lx, &c->lx->phrases[k->phrase]));
    return r < 0 || (c->lx->remaps->roots[family] >> r & 1);
}

/* the pattern's word of class labour-act ("strike"), or SIZE_MAX: what
 * labour_sense and weapon_sense both read */
static size_t labour_act_at(const dy_ctx *c, dy_pattern_match pm)
{
    for (size_t q = pm.first; q < pm.end; q++)
        if (dy_in_class_lemma(c, DY_CL_LABOUR_ACT, &c->tok[q]))
            return q;
    return SIZE_MAX;
}

/* "dock workers struck for a third day", "teachers threatened to strike":
 * a pattern with a labour-act word whose source is a striker takes its
 * labour sense (remap labour: 190 -> 143, 1384 -> 133) */
static void labour_sense(const ev_sent *es, dy_cand *k, size_t act)
{
    const dy_ctx *c = es->c;
    if (act == SIZE_MAX || k->passive ||
        !mention_names(c, k->src, DY_CL_STRIKER))
        return;
    take_remap(c, k, DY_RM_LABOUR);
}

/* "Israel halted air strikes", "the army suspended drone strikes": a
 * pattern's labour-act word right after a word of class strike-weapon is
 * a military strike, whatever labour pattern it matched (remap
 * weapon-strike: 082 -> 087, 1052 -> 1056) */
static void weapon_sense(const ev_sent *es, dy_cand *k, dy_pattern_match pm,
                         size_t act)
{
    const dy_ctx *c = es->c;
    if (act != SIZE_MAX && act > pm.first &&
        dy_in_class(c, DY_CL_STRIKE_WEAPON, &c->tok[act - 1]))
        take_remap(c, k, DY_RM_WEAPON_STRIKE);
}

/* "hacked a woman and her five children to death", "beat the prisoner
 * and his brother to death": "to death" after the object of an act, in
 * its clause and past its pattern's words, makes it a killing (remap
 * to-death: 18 -> 1823; hacking, 176, is then no cyber attack) */
static void deadly_result(const ev_sent *es, dy_cand *k, dy_pattern_match pm)
{
    const dy_ctx *c = es->c;
    /* (most acts' codes have no to-death remap: their walk is spared) */
    if (!may_remap(c, k, DY_RM_TO_DEATH))
        return;
    for (size_t q = pm.end; q + 1 < es->end && q < (size_t)pm.end + 10; q++) {
        const dy_token *t = &c->tok[q];
        if (dy_is_clause_punct(c, t) || t->tag == TAG_VERB ||
            t->tag == TAG_SUB)
            return;
        if (dy_tok_has(t, c->w_to) && to_death(c, q, es->end)) {
            take_remap(c, k, DY_RM_TO_DEATH);
            return;
        }
    }
}

/* "protesters clashed with police", "demonstrators attacked the police":
 * force whose source names a protester (class protester) is a violent
 * protest (remap riot: 190 -> 145); a killing keeps its code. Not of a
 * compound subject ("protesters and police clashed": each against the
 * other, remap joint) */
static void riot_sense(const ev_sent *es, dy_cand *k)
{
    const dy_ctx *c = es->c;
    if (k->passive || k->cameo_override || k->src < 0 ||
        ((const dy_mention *)dy_vec_at(&c->mentions, (size_t)k->src))
                ->coord_next >= 0 ||
        !may_remap(c, k, DY_RM_RIOT) ||
        !mention_names(c, k->src, DY_CL_PROTESTER))
        return;
    take_remap(c, k, DY_RM_RIOT);
}

/* Is token q a person: a word of class person ("prisoners"), a pronoun
 * other than "it" ("he", "them"), an actor that is no place and
 * ends its noun phrase ("Ocalan", "captured the rebels", not "the ISIS
 * stronghold"), in the passive a capitalised name that is no place
 * ("Giotopoulos was captured"), or a number with no noun after it
 * ("captured two")? */
static int person_at(const dy_ctx *c, size_t q, size_t end, int passive)
{
    const dy_token *t = &c->tok[q];
    const dy_token *n = q + 1 < end ? &c->tok[q + 1] : NULL;
    int np_goes_on = n && (n->tag == TAG_NOUN || n->tag == TAG_PROPN ||
                           n->tag == TAG_ADJ || n->tag == TAG_NUM);
    if (dy_in_class_noun(c, DY_CL_PERSON, t))
        return 1;
    /* (a pronoun other than "it": "he was captured", "captured them";
     * not the determiner of "captured her second title") */
    if (t->tag == TAG_PRON)
        return !dy_tok_is(c, t, "it") && !np_goes_on;
    if (t->place >= 0)
        return 0;
    if (t->mention >= 0) {
        size_t e = ((const dy_mention *)dy_vec_at(&c->mentions,
                                                  (size_t)t->mention))->end;
        return !(e < end && (c->tok[e].tag == TAG_NOUN ||
                             c->tok[e].tag == TAG_PROPN ||
                             c->tok[e].tag == TAG_ADJ));
    }
    if (t->tag == TAG_PROPN)
        return passive && !np_goes_on;
    return t->tag == TAG_NUM && !np_goes_on;
}

/* Has the verb at i an entry of code `code` with a typed slot after it
 * ("capture &person" 173, "seize &territory" 192): the lexicon says what
 * it takes? */
static int takes_slot(const dy_ctx *c, size_t i, const char *code)
{
    const dy_token *t = &c->tok[i];
    uint32_t w = t->vlem != LX_NONE ? t->vlem : t->wid;
    if (w == LX_NONE)
        return 0;
    const lx_word *x = &c->lx->words[w];
    for (uint32_t q = 0; q < x->phr_count; q++) {
        const lx_phrase *p = &c->lx->phrases[c->lx->pindex[x->phr_first + q]];
        if (p->kind != LX_VERB || p->nwords != 2 ||
            !lx_is_slot(c->lx->pwords[p->words + 1]))
            continue;
        const char *pc = lx_phrase_cameo(c->lx, p);
        if (pc && strcmp(pc, code) == 0)
            return 1;
    }
    return 0;
}

/* "captured this season's Austrian league title": a null pattern of the
 * verb with a typed slot ("verb null : capture &prize") blocks the act of
 * a one-word pattern whose object's head fills that slot, however far
 * the head stands from the verb inside its noun phrase (a pattern's
 * words stand at most 3 tokens apart) */
static int blocked_object(const ev_sent *es, const dy_cand *k)
{
    const dy_ctx *c = es->c;
    const dy_token *t = &c->tok[k->trig_first];
    uint32_t w = t->vlem != LX_NONE ? t->vlem : t->wid;
    /* (a word's kinds are those of the phrases it keys: most verbs key
     * no null pattern, and neither the object nor the phrases are read) */
    if (k->passive || k->trig_end != k->trig_first + 1 || w == LX_NONE ||
        !(c->lx->words[w].kinds & (1u << LX_BLOCK)))
        return 0;
    size_t h = SIZE_MAX; /* the last noun of the object's phrase */
    for (size_t q = k->trig_end; q < es->end && q < k->trig_end + 10; q++) {
        const dy_token *u = &c->tok[q];
        if (u->tag == TAG_NOUN || u->tag == TAG_PROPN)
            h = q;
        else if (u->tag != TAG_DET && u->tag != TAG_ADJ &&
                 u->tag != TAG_NUM && u->tag != TAG_POSS)
            break;
    }
    if (h == SIZE_MAX)
        return 0;
    const lx_word *x = &c->lx->words[w];
    for (uint32_t q = 0; q < x->phr_count; q++) {
        const lx_phrase *p = &c->lx->phrases[c->lx->pindex[x->phr_first + q]];
        uint32_t slot = p->nwords == 2 ? c->lx->pwords[p->words + 1] : 0;
        if (p->kind == LX_BLOCK && lx_is_slot(slot) &&
            dy_tok_fills(c, &c->tok[h], slot))
            return 1;
    }
    return 0;
}

/* The number an inexact amount opening at token q leads to ("at least
 * 200", "more than 30", "up to 40", "about 50"): a number within two
 * tokens with a member of class approximator right before it, starting
 * at q or after; q when there is none ("around the hospital") */
static size_t amount_number(const dy_ctx *c, size_t q, size_t end)
{
    for (size_t n = q + 1; n < end && n <= q + 2; n++)
        if ((c->tok[n].tag == TAG_NUM ||
             dy_in_class(c, DY_CL_VAGUE_NUMBER, &c->tok[n])) &&
            dy_match_class_before(c, q, n, DY_CL_APPROXIMATOR))
            return n;
    return q;
}

/* "Ramzi Binalshibh, a suspected planner of the attacks, was captured",
 * "Lindh, 26, was captured": where token q is the comma that closes an
 * apposition (no finite verb in it, at most 24 tokens) that says nothing
 * of a place ("Mbuji Mayi, the main city of the province, was captured":
 * no word of class place-noun or place-word), the last token of the name
 * before it; else q */
static size_t before_apposition(const dy_ctx *c, size_t first, size_t q)
{
    if (!dy_is_comma(c, &c->tok[q]))
        return q;
    for (size_t b = q; b > first + 1 && b + 24 > q; b--) {
        const dy_token *u = &c->tok[b - 1];
        if ((u->tag == TAG_VERB && !u->is_part) ||
            dy_in_class_noun(c, DY_CL_PLACE_NOUN, u) ||
            dy_in_class_noun(c, DY_CL_PLACE_WORD, u))
            return q;
        if (dy_is_comma(c, u))
            return b - 2;
    }
    return q;
}

/* The patient of candidate k: the passive's subject right before its verb
 * group, or the active's object right after the pattern, past
 * determiners, amounts, numbers and modifiers to its head ("three former
 * Iraqi generals", "at least 200 troops"); SIZE_MAX when none */
static size_t patient_at(const ev_sent *es, const dy_cand *k, size_t vg)
{
    const dy_ctx *c = es->c;
    if (k->passive)
        return vg > es->first ? before_apposition(c, es->first, vg - 1)
                              : SIZE_MAX;
    size_t q = k->trig_end;
    while (q + 1 < es->end && c->tok[q].mention < 0) {
        size_t n = amount_number(c, q, es->end);
        if (n != q) {
            q = n; /* past "at least" to its number */
            continue;
        }
        const dy_token *t = &c->tok[q], *nt = &c->tok[q + 1];
        if (!(t->tag == TAG_DET ||
              (t->tag == TAG_NOUN && q > k->trig_end &&
               c->tok[q - 1].tag == TAG_NUM &&
               (nt->tag == TAG_NOUN || nt->mention >= 0)) ||
              ((t->tag == TAG_NUM || t->tag == TAG_ADJ) &&
               (nt->tag == TAG_NOUN || nt->tag == TAG_ADJ ||
                nt->mention >= 0))))
            break;
        q++;
    }
    return q < es->end ? q : SIZE_MAX;
}

/* An act of taking whose patient says what was taken, when its verb has
 * an entry of that code with a typed slot ("capture &person" 173, "seize
 * &territory" 192): a person captured is detained ("Ocalan was captured
 * in Kenya", remap captive), a place seized is occupied ("rebels seized
 * Kidal", remap occupation) */
static void taken_patient(const ev_sent *es, dy_cand *k, size_t vg)
{
    const dy_ctx *c = es->c;
    if (k->cameo_override)
        return;
    /* (the two remaps of the pattern's code, remembered by phrase: a few
     * common patterns code most events) */
    struct dy_taken_memo *tm = &es->c->taken[k->phrase % DY_TAKEN_MEMO];
    if (tm->key != k->phrase + 1) {
        const char *own = lx_phrase_cameo(c->lx, &c->lx->phrases[k->phrase]);
        tm->person = dy_lexicon_remap(c->lx, DY_RM_CAPTIVE, own, 0);
        tm->place = dy_lexicon_remap(c->lx, DY_RM_OCCUPATION, own, 0);
        tm->key = k->phrase + 1;
    }
    const char *person = tm->person, *place = tm->place;
    if (person && !takes_slot(c, k->trig_first, person))
        person = NULL;
    if (place && !takes_slot(c, k->trig_first, place))
        place = NULL;
    size_t q = person || place ? patient_at(es, k, vg) : SIZE_MAX;
    if (q == SIZE_MAX)
        return;
    if (person && person_at(c, q, es->end, k->passive))
        k->cameo_override = person;
    else if (place && c->tok[q].place >= 0)
        k->cameo_override = place;
}

/* "a rampaging mob", "the advancing troops": a participle between a
 * determiner and the noun it describes is that noun's act, told as a
 * property: its source is the noun's actor, it has no object, and it
 * stands as an event only when a rule gives it a target (a domestic
 * protest's own government); a past participle there is background */
static void attributive(const ev_sent *es, dy_cand *k, size_t i)
{
    const dy_ctx *c = es->c;
    if (i <= es->first || i + 1 >= es->end || k->trig_end != i + 1)
        return;
    /* "rescued 20 kidnapped schoolchildren", "the detained journalists":
     * a past participle so placed tells what was done to the noun before
     * this sentence's acts, by no one it names: background */
    if (c->tok[i].is_part && !dy_tok_ends(c, &c->tok[i], "ing", 4) &&
        (c->tok[i - 1].tag == TAG_DET || c->tok[i - 1].tag == TAG_NUM) &&
        (c->tok[i + 1].tag == TAG_NOUN || c->tok[i + 1].mention >= 0)) {
        k->background = 1;
        return;
    }
    if (!dy_tok_ends(c, &c->tok[i], "ing", 4) ||
        c->tok[i - 1].tag != TAG_DET || c->tok[i + 1].mention < 0)
        return;
    k->src = c->tok[i + 1].mention;
    k->tgt = -1;
    k->nonfinite = 1;
}

/* "he had shot himself", "killed herself": force a subject turns on
 * itself is no act against another (a bombing is: "blew himself up"
 * codes the bombing, 183) */
static int self_harm(const ev_sent *es, const dy_cand *k)
{
    const dy_ctx *c = es->c;
    if (dy_cand_root(c, k) < 18 || k->passive || k->head + 1 >= es->end ||
        !strncmp(dy_cand_code(c, k), "183", 3))
        return 0;
    const dy_token *w = &c->tok[k->head + 1];
    return dy_tok_is(c, w, "himself") || dy_tok_is(c, w, "herself") ||
           dy_tok_is(c, w, "themselves");
}

/* Does a one-word pattern of a verb of class needs-object lack the object
 * or infinitive it needs ("support has declined since 1980")? */
static int lacks_object(const ev_sent *es, size_t i, dy_pattern_match pm)
{
    const dy_ctx *c = es->c;
    if (pm.end != i + 1 ||
        !dy_in_class_lemma(c, DY_CL_NEEDS_OBJECT, &c->tok[i]))
        return 0;
    /* "the U.S.-backed forces": a compound's agent stands before it */
    if (i > es->first && c->tok[i - 1].type == TT_PUNCT &&
        c->lower.data[c->tok[i - 1].lower] == '-')
        return 0;
    size_t q = i + 1;
    while (q < es->end && c->tok[q].tag == TAG_ADV)
        q++;
    if (q >= es->end)
        return 1;
    const dy_token *t = &c->tok[q];
    /* (a passive's agent stands for its object: "backed by Hezbollah") */
    return !(t->mention >= 0 || t->tag == TAG_DET || t->tag == TAG_NOUN ||
             t->tag == TAG_PROPN || t->tag == TAG_ADJ || t->tag == TAG_NUM ||
             t->tag == TAG_TO || t->tag == TAG_PRON || t->tag == TAG_POSS ||
             dy_tok_has(t, c->w_by));
}

/* Does a one-word pattern of a verb of class no-object have a direct
 * object or a "that" clause after it, or is it passive, which gives the
 * verb another sense
 * ("the election demonstrated the strength of democracy", "scientists
 * demonstrated that ..." are no protest; "demonstrated outside the
 * embassy on Friday" is one)? */
static int has_object(const ev_sent *es, size_t i, dy_pattern_match pm)
{
    const dy_ctx *c = es->c;
    if (pm.end != i + 1 || !dy_in_class_lemma(c, DY_CL_NO_OBJECT, &c->tok[i]))
        return 0;
    /* (a passive has had an object: "haughtiness was demonstrated by the
     * air force") */
    size_t b = i;
    while (b > es->first && c->tok[b - 1].tag == TAG_ADV)
        b--;
    if (b > es->first && dy_ev_passive_aux(c, &c->tok[b - 1]) &&
        c->tok[i].is_part)
        return 1;
    /* (not a place or time word: "demonstrated here late Friday") */
    size_t q = i + 1;
    while (q < es->end &&
           (c->tok[q].tag == TAG_ADV || dy_tok_is(c, &c->tok[q], "here") ||
            dy_tok_is(c, &c->tok[q], "there") ||
            (c->tok[q].tag == TAG_ADJ && q + 1 < es->end &&
             (c->tok[q + 1].pos & POS_TIME))))
        q++;
    if (q >= es->end)
        return 0;
    const dy_token *t = &c->tok[q];
    if (t->pos & POS_TIME)
        return 0;
    return t->tag == TAG_DET || t->tag == TAG_POSS || t->tag == TAG_ADJ ||
           (t->tag == TAG_NOUN && !dy_in_class_lemma(c, DY_CL_TIME_UNIT, t)) ||
           (t->tag == TAG_SUB && dy_tok_has(t, c->w_that));
}

/* "the president received the Israeli foreign minister", "received
 * Netanyahu in Cairo": a one-word pattern of a hosted visit (CAMEO 043)
 * hosts only the actor that is its direct object, past determiners and
 * modifiers, or a role word there with an actor for target ("received a
 * delegation from Russia"); "received 18 bodies", "received a letter from the embassy",
 * "received the backing of the army" host no one */
static int visit_without_visitor(const ev_sent *es, const dy_cand *k,
                                 size_t i, dy_pattern_match pm)
{
    const dy_ctx *c = es->c;
    /* (the root, a load, turns most acts away before the code's compare) */
    if (pm.first != i || pm.end != i + 1 || dy_cand_root(c, k) != 4 ||
        strcmp(dy_cand_code(c, k), "043") != 0 || k->passive)
        return 0;
    size_t q = i + 1;
    while (q < es->end && q < i + 5 &&
           (c->tok[q].tag == TAG_DET || c->tok[q].tag == TAG_ADJ ||
            c->tok[q].tag == TAG_ADV ||
            ((c->tok[q].tag == TAG_VERB || c->tok[q].tag == TAG_NOUN) &&
             dy_tok_ends(c, &c->tok[q], "ing", 4))) && /* "visiting" */
           c->tok[q].mention < 0)
        q++;
    if (q >= es->end)
        return 1;
    /* ("received a delegation from Russia": a role word, its country
     * after it) */
    const dy_token *o = &c->tok[q];
    if (o->mention >= 0 && o->mention == k->tgt)
        return 0;
    int role = o->mention >= 0
                   ? dy_ev_is_agent_only(c, dy_vec_at(&c->mentions,
                                                      (size_t)o->mention))
                   : (o->kinds & (1u << LX_AGENT)) != 0;
    return !role || k->tgt < 0;
}

/* "verb 032 paired 033 : arrive in +" (TABARI's and PETRARCH's paired
 * codes): the event of candidate ki also gives its second code's event
 * with source and target swapped ("Bree's president arrived in Gondor":
 * BREGOV 032 GON and GON 033 BREGOV), when both are actors named */
static int paired_event(ev_sent *es, size_t ki)
{
    const dyad_lexicon *lx = es->c->lx;
    dy_cand *k = dy_vec_at(es->cands, ki);
    uint32_t second = lx->phrases[k->phrase].cameo2;
    /* ("Fornost and Gondor welcxmed", TABARI's '%': each pair both) */
    int joint = second != LX_NONE && dy_ev_foreign_joint(es, k);
    if (second == LX_NONE || k->src < 0 || (k->tgt < 0 && !joint) ||
        k->src == k->tgt)
        return 0;
    dy_cand *k2 = dy_vec_push(es->cands);
    if (!k2)
        return DYAD_ENOMEM;
    k = dy_vec_at(es->cands, ki); /* (the push may move it) */
    *k2 = *k;
    k2->cameo_override = lx_str(lx, lx->cameo[second].code);
    if (joint)
        return 0;
    k2->src = k->tgt;
    k2->tgt = k->src;
    k2->src_code[0] = k2->tgt_code[0] = '\0';
    k2->src_inferred = k2->src_unidentified = k2->src_implied = 0;
    k2->src_sayer = k2->tgt_from_place = k2->tgt_own_gov = 0;
    return 0;
}

int dy_ev_verb(ev_sent *es, size_t i, size_t *next)
{
    dy_ctx *c = es->c;
    size_t first = es->first, end = es->end;
    *next = i;
    /* "were killed by shelling from Russian forces": a gerund after a
     * passive's "by" names its means, an event noun (nouns.c), whose
     * subject is not the clause's (the "by" first: a verb after it is
     * rarer than one in "-ing", and its test reads no bytes of the form) */
    if (i >= first + 2 && dy_tok_has(&c->tok[i - 1], c->w_by) &&
        dy_tok_ends(c, &c->tok[i], "ing", 4) && c->tok[i - 2].is_part &&
        c->tok[i - 2].tag == TAG_VERB)
        return 0;
    dy_pattern_match vm = dy_match_verb(c, i, end);
    /* a null pattern that won ("detonate &explosive found"): its words
     * are taken, so an event noun among them ("a roadside bomb") is what
     * it acts on, no act of its own */
    if (vm.phrase == LX_NONE && vm.end > i + 1 && vm.end <= end)
        for (size_t q = i; q < vm.end; q++)
            c->mark[q] = 1;
    dy_pattern_match pm = passive_object(es, i, vm);
    if (pm.phrase == LX_NONE || lacks_object(es, i, pm) ||
        has_object(es, i, pm))
        return 0;
    dy_cand *k = dy_ev_new_cand(es, &pm, i);
    if (!k)
        return DYAD_ENOMEM;
    size_t ki = es->cands->count - 1;
    /* (the foreign lexicons' options, read once for the tests below) */
    const uint32_t opts = c->lx->tables->options;
    vgroup g;
    verb_form(es, k, i, &g);
    /* an imported pattern whose words before the verb reach before its
     * "to" ("inching closer to accord"): they name the act, not a noun
     * the infinitive completes ("efforts to end the war") */
    if ((opts & LX_OPT_FIRST_ACTOR_SOURCE) && g.has_to &&
        pm.first < g.vg)
        k->background = 0;
    int32_t subj = verb_subject(es, k, i, &g);
    /* "operations were carried out": a passive whose subject noun is its
     * pattern's object, with no actor in its phrase ("the Syrian pilot
     * was executed" has one), has no actor before it as target */
    if (g.be && c->tok[i].is_part && pm.first < i &&
        c->tok[pm.first].tag == TAG_NOUN &&
        !object_actor(c, es->first, pm.first, i))
        subj = -1;
    if ((opts & LX_OPT_FIRST_ACTOR_SOURCE) && !k->passive)
        subj = dy_ev_foreign_source(es, i, &pm, subj);
    verb_arguments(es, k, i, pm, subj, &g);
    /* an imported converse pattern in the passive ("+ * FROM $": "Ithilen
     * was freed from Mordor"): the subject is acted on, as the passive
     * says, and the actor at its '+' acts when no "by" names one */
    if ((opts & LX_OPT_FIRST_ACTOR_SOURCE) && k->passive &&
        k->src < 0 && pm.slot != LX_NONE &&
        c->lx->phrases[k->phrase].ptype &&
        strcmp(lx_str(c->lx, c->lx->phrases[k->phrase].ptype), "converse") ==
            0)
        k->src = dy_ev_object_at(c, pm.slot, end, 1);
    if (opts & LX_OPT_PRONOUNS)
        dy_ev_foreign_pronouns(es, k, i);
    if (opts & LX_OPT_COMMA)
        dy_ev_foreign_comma(es, k, i);
    if (opts & LX_OPT_CLAUSE_SOURCE)
        dy_ev_foreign_clause_source(es, k, i);
    dy_ev_foreign_joint(es, k); /* (TABARI's '%': no target) */
    if (opts & LX_OPT_FORWARD)
        dy_ev_foreign_forward(es, k, i);
    own_forces(c, k);
    attributive(es, k, i);
    /* (the labour-act word looked for only where a remap of its two
     * rules can change the code: neither acts without one) */
    size_t strike = may_remap(c, k, DY_RM_LABOUR) ||
                            may_remap(c, k, DY_RM_WEAPON_STRIKE)
                        ? labour_act_at(c, pm)
                        : SIZE_MAX;
    labour_sense(es, k, strike);
    weapon_sense(es, k, pm, strike);
    deadly_result(es, k, pm);
    riot_sense(es, k);
    taken_patient(es, k, g.vg);
    if (blocked_object(es, k))
        k->background = 1; /* "captured the league title" */
    if (hazard_caused(es, k, g.vg) || self_harm(es, k) ||
        quantity_subject(es, k, g.vg))
        k->background = 1; /* a disaster, a suicide or a price's rise,
                              not an attack */
    if (assembly_without_protesters(es, k, pm) ||
        visit_without_visitor(es, k, i, pm))
        k->background = 1;
    /* "ordered the curfew lifted": what the order verb's own pattern
     * names ("order &curfew") is the small clause's object; the act is
     * the participle's */
    if (pm.end < end && c->tok[pm.end].is_part &&
        dy_clauses_small_clause(c, first, pm.end) == i + 1)
        k->background = 1;
    /* "Georgia received weapons from Russia": a converse entry's subject
     * is acted on, its '+' actor acts */
    const lx_phrase *ph = &c->lx->phrases[k->phrase];
    if (ph->ptype && !k->passive &&
        strcmp(lx_str(c->lx, ph->ptype), "converse") == 0) {
        int32_t s = k->src;
        k->src = k->tgt;
        k->tgt = s;
    }
    /* ", killing 12 civilians" after an assault tells its toll: part of
     * that event, not another one; so does ", damaging a Humvee" (property
     * damaged or destroyed, 171x); the act a charge names is none
     * ("executed a man accused of attacking a police officer") */
    if (i > first + 1 && k->nonfinite && !g.has_to &&
        c->tok[i].scope != SC_CHARGE &&
        (dy_cand_root(c, k) >= 18 ||
         (dy_cand_code(c, k) &&
          strncmp(dy_cand_code(c, k), "171", 3) == 0))) {
        dy_cand *act = NULL;
        for (size_t q = es->cand_first; q + 1 < es->cands->count; q++) {
            dy_cand *o = dy_vec_at(es->cands, q);
            if ((!o->background || o->by_means) && dy_cand_root(c, o) >= 18) {
                k->background = 1;
                act = o;
            }
        }
        /* "a bomb hit a minibus, killing six passengers": the victims of
         * the toll are the target of an act that named none */
        if (act && act->tgt < 0 && !act->tgt_code[0] && k->tgt >= 0 &&
            k->tgt != act->src &&
            (act->src < 0 || strcmp(dy_ev_mention_code(c, k->tgt),
                                    dy_ev_mention_code(c, act->src)) != 0))
            act->tgt = k->tgt;
    }
    /* the pattern's words are taken, unless the verb found no source
     * ("were killed in tank shelling": the noun may still) */
    for (size_t q = pm.first; q < pm.end; q++)
        if (q <= i || k->src >= 0)
            c->mark[q] = 1;
    verb_place(es, k, i, pm);
    *next = pm.end - 1;
    return paired_event(es, ki);
}
