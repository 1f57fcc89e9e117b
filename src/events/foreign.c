/*
 * foreign.c - a verb's source as TABARI and PETRARCH2 read it, for an
 * imported lexicon on its own ("option first-actor-source", written by
 * `dyad lexicon import`; docs/compat.md). dyad's own lexicon never sets
 * it, and its coding does not pass here. Called by verbs.c once the
 * verb's subject is found.
 */
#include "events_int.h"

#include "actors/actors.h"
#include "clauses/clauses.h"
#include "words/words.h"

#include <string.h>

/* a token that no noun phrase reaches across: a verb, an auxiliary, a
 * conjunction or subordinator outside a list of actors ("... or assail
 * Arnor on Thursday but Dagolath promised"), clause punctuation other
 * than a comma */
static int ends_phrase(const dy_ctx *c, const dy_token *t)
{
    return t->tag == TAG_VERB || t->tag == TAG_AUX || t->tag == TAG_SUB ||
           t->tag == TAG_CONJ ||
           (dy_is_clause_punct(c, t) && c->lower.data[t->lower] != ',');
}

/* an agent with no country ("~REB", "---LEG", "LEG") or no code: the
 * head of a phrase whose actor its "in" or "of" names ("Lawmakers in
 * Fornost") */
static int no_country(const dy_ctx *c, const dy_mention *m)
{
    return m->code[0] == '\0' || m->code[0] == '~' || m->code[0] == '-' ||
           dy_is_agent_code(c, m->code) || m->agent_code[0];
}

/* is token q (after first) a conjunction between two words of TABARI's
 * <NOUN> or <ADJECTIVE> lists (the classes tabari-noun and
 * tabari-adjective a TABARI import writes): "Ithilen's awful and evil
 * minister", "Ithilen's sheep and goats of Gondor"? TABARI's noun phrase
 * goes on across it ("awful and cool": "cool" is in neither) */
static int modifier_conj(const dy_ctx *c, size_t q, size_t first)
{
    if (c->tok[q].tag != TAG_CONJ || q <= first || q + 1 >= c->ntok)
        return 0;
    for (int d = -1; d <= 1; d += 2) {
        const dy_token *t = &c->tok[(size_t)((long)q + d)];
        if (!dy_in_class(c, DY_CL_TABARI_NOUN, t) &&
            !dy_in_class(c, DY_CL_TABARI_ADJECTIVE, t))
            return 0;
    }
    return 1;
}

/* "Soldiers from Gondor", "Lawmakers in Fornost and Gondor": an agent
 * with no country (mention x) and, after one "from", "in" or "of", the
 * subject whose head mention is head. TABARI and PETRARCH2 compose the
 * two (GONMIL; FORLEG and GONLEG): each member of the subject that is a
 * bare three-letter code takes the agent's code after it, or under
 * "option agent-groups" each member's code as TABARI composes them
 * ("Human rights activists in Arnor", NGM~: NGMARN; "Former security
 * officials in White House": USAGOVELI; actors/groups.c). */
static void compose_agent(const ev_sent *es, const dy_mention *x,
                          int32_t head)
{
    dy_ctx *c = es->c;
    const dy_mention *h = dy_vec_at(&c->mentions, (size_t)head);
    if ((!x->agent_code[0] &&
         (strlen(x->code) != 3 || !dy_is_agent_code(c, x->code))) ||
        x->end + 1 != h->first)
        return;
    const dy_token *p = &c->tok[x->end];
    if (!dy_tok_has(p, c->w_from) && !dy_tok_has(p, c->w_in) &&
        !dy_tok_has(p, c->w_of))
        return;
    for (int32_t m = head, n = 0; m >= 0 && n < 64; n++) {
        dy_mention *y = dy_vec_at(&c->mentions, (size_t)m);
        if (x->agent_code[0] && y->code[0] && !y->agent_code[0] &&
            !dy_is_agent_code(c, y->code))
            dy_actors_agent_groups(y->code, x->agent_code, y->code,
                                   sizeof y->code); /* "NGM" + "ARN" */
        else if (strlen(y->code) == 3 && !dy_is_agent_code(c, y->code))
            memcpy(y->code + 3, x->code, 4); /* "GON" + "MIL" and NUL */
        m = y->coord_next;
    }
}

/* the nearest actor before token `before`, inside the sentence and not
 * past clause punctuation other than a comma; -1 when none, -2 when a
 * verb that coded an event stands between (TABARI codes a clause by its
 * first verb: "Gollum abandoned an anti- Gondor parade" is the
 * abandoning, and the parade its object) */
static int32_t actor_before(const ev_sent *es, size_t before)
{
    const dy_ctx *c = es->c;
    for (size_t q = before; q-- > es->first;) {
        const dy_token *t = &c->tok[q];
        if (t->mention >= 0)
            return dy_head_mention(c, t->mention);
        if (dy_is_clause_punct(c, t) && c->lower.data[t->lower] != ',')
            break;
        if (t->tag == TAG_VERB && dy_ev_cand_at(es, q))
            return -2;
    }
    return -1;
}

/* "Ithilen's awful and evil minister Calimehtar", "Dagolath's first
 * Deputy Prime Minister Telemar": PETRARCH2 composes the possessor's
 * actor (ITH, DAG) with the agent of the noun phrase it owns (GOV), where
 * the phrase's own name (Calimehtar, CAL) and dyad's first actor give
 * way. The subject subj (before token i), an actor with an agent, takes
 * the possessor's code before its agent when only modifiers (at most 6
 * tokens: no verb, punctuation or other actor) stand between the "'s"
 * and it. 1 when it did. */
static int possessor_agent(const ev_sent *es, int32_t subj, size_t i)
{
    dy_ctx *c = es->c;
    dy_mention *s = dy_vec_at(&c->mentions, (size_t)dy_head_mention(c, subj));
    if (strlen(s->code) != 6 || !dy_is_agent_code(c, s->code + 3) ||
        s->first >= i)
        return 0;
    size_t q = s->first;
    while (q > es->first && s->first - q < 6) {
        const dy_token *t = &c->tok[q - 1];
        if (t->tag == TAG_POSS)
            break;
        if (t->mention >= 0 || t->tag == TAG_VERB || t->tag == TAG_AUX ||
            t->tag == TAG_SUB || t->tag == TAG_PUNCT)
            return 0;
        q--;
    }
    if (q < es->first + 2 || c->tok[q - 1].tag != TAG_POSS ||
        c->tok[q - 2].mention < 0)
        return 0;
    const dy_mention *x = dy_vec_at(&c->mentions, (size_t)c->tok[q - 2].mention);
    if (strlen(x->code) != 3 || dy_is_agent_code(c, x->code))
        return 0;
    memcpy(s->code, x->code, 3); /* "CAL" "GOV" -> "ITH" "GOV" */
    return 1;
}

/* TABARI's '%' before a verb ("- % *  [046]"): the coordination of actors
 * it matched, the first of its members between the pattern's first word
 * and the verb at token i ("Mordor with Fornost and Gondor welcxmed":
 * Fornost, not Mordor); under "option compound-mutual" its '%' after the
 * verb ("- HAS * WITH %"): the coordination of the first actor from the
 * pattern's target slot on ("exchanged prisoners with Gondor and
 * Osgiliath": Gondor); -1 when pm's pattern has neither */
static int32_t compound_matched(const ev_sent *es, size_t i,
                                const dy_pattern_match *pm)
{
    const dy_ctx *c = es->c;
    int has = dy_lexicon_compound_before(c->lx, pm->phrase);
    size_t from = pm->first, to = i;
    if (!has && pm->slot != LX_NONE && pm->slot > i &&
        dy_lexicon_compound_mutual(c->lx, pm->phrase)) {
        has = 1;
        from = pm->slot;
        to = es->end;
    }
    for (size_t q = from; has && q < to && q < es->end; q++) {
        int32_t m = c->tok[q].mention;
        if (m >= 0 &&
            ((const dy_mention *)dy_vec_at(&c->mentions, (size_t)m))->coord >= 0)
            return ((const dy_mention *)dy_vec_at(&c->mentions, (size_t)m))
                ->coord;
    }
    return -1;
}

/* the first actor with a code of the sentence before token i, or -1 */
static int32_t first_actor_of(const ev_sent *es, size_t i)
{
    const dy_ctx *c = es->c;
    for (size_t q = es->first; q < i; q++) {
        int32_t m = c->tok[q].mention;
        if (m >= 0 &&
            ((const dy_mention *)dy_vec_at(&c->mentions, (size_t)m))->code[0])
            return dy_head_mention(c, m);
    }
    return -1;
}

/* The source of the verb at token i whose pattern matched as pm, where
 * dyad's subject is subj (a mention, or -1). TABARI and PETRARCH2 take
 * the first actor of the subject's noun phrase ("Gollum, centre of a
 * diplomatic row between Radagast the Brown, called on Gondor": Gollum;
 * "Mordor with Fornost and Gondor welcomed": Mordor; "Ithilen's awful
 * and evil minister Calimehtar": Ithilen), where dyad takes
 * the actor nearest the verb; an agent with no country before the
 * subject ("Soldiers from Gondor") is composed with it; and a pattern
 * whose target stands among its words before the verb ("ANTI- + *":
 * "Gollum participated in an anti- Gondor parade") has its source before
 * those words. Under "option code-all" (TABARI's "SET: CODE ALL") a
 * noun read as a verb after the sentence's first event ("by its
 * resumption of ties") takes the sentence's first actor, the source of
 * TABARI's clause. The walk is bounded by the sentence. */
int32_t dy_ev_foreign_source(const ev_sent *es, size_t i,
                             const dy_pattern_match *pm, int32_t subj)
{
    const dy_ctx *c = es->c;
    int32_t compound = compound_matched(es, i, pm);
    if (compound >= 0)
        return compound;
    if ((c->lx->tables->options & LX_OPT_CODE_ALL) &&
        c->tok[i].tag == TAG_NOUN && es->cands->count - 1 != es->cand_first)
        return first_actor_of(es, i);
    if ((c->lx->tables->options & LX_OPT_POSSESSOR_AGENT) && subj >= 0 &&
        possessor_agent(es, subj, i))
        return subj;
    if (pm->first < i && pm->slot != LX_NONE && pm->slot < i) {
        int32_t m = actor_before(es, pm->first);
        return m == -2 ? -1 : m >= 0 ? m : subj;
    }
    if (pm->first < i && c->tok[pm->first].mention < 0) {
        int32_t m = actor_before(es, pm->first);
        if (m >= 0 && (subj < 0 || m != dy_head_mention(c, subj)))
            return m;
    }
    if (subj < 0)
        return subj;
    int32_t head = dy_head_mention(c, subj), best = subj;
    const dy_mention *s = dy_vec_at(&c->mentions, (size_t)head);
    if (s->first >= i)
        return subj;
    for (size_t q = s->first; q-- > es->first;) {
        const dy_token *t = &c->tok[q];
        if (t->mention < 0) {
            if (ends_phrase(c, t) && !modifier_conj(c, q, es->first))
                break;
            continue;
        }
        int32_t m = dy_head_mention(c, t->mention);
        const dy_mention *x = dy_vec_at(&c->mentions, (size_t)t->mention);
        if (x->first < q)
            q = x->first; /* the mention's first token next */
        if (m == head)
            continue;
        if (no_country(c, x)) {
            if (best == subj)
                compose_agent(es, x, head);
            break;
        }
        best = m;
    }
    return best;
}

/* does a pronoun he, she, it or they open the sentence as the subject of
 * the verb at token i: no actor and no verb before it, none between it
 * and the verb? */
static int pronoun_subject(const ev_sent *es, size_t i)
{
    const dy_ctx *c = es->c;
    int pron = 0;
    for (size_t q = es->first; q < i; q++) {
        const dy_token *t = &c->tok[q];
        if (t->mention >= 0 || t->tag == TAG_VERB)
            return 0;
        if (t->tag == TAG_PRON) {
            if (pron || !(dy_tok_is(c, t, "he") || dy_tok_is(c, t, "she") ||
                          dy_tok_is(c, t, "it") || dy_tok_is(c, t, "they")))
                return 0;
            pron = 1;
        }
    }
    return pron;
}

/* the first actor of the sentence that ends right before token first, as
 * its text names it (a pronoun forwarded to it is none), or -1; the walk
 * back to its start is bounded */
static int32_t first_actor_before(const dy_ctx *c, size_t first)
{
    for (size_t q = dy_ev_previous_sentence(c, first, 512); q < first; q++)
        if (c->tok[q].mention >= 0)
            return c->tok[q].mention;
    return -1;
}

/* TABARI's FORWARD ("option forward"): a sentence whose verb has a
 * pronoun for its subject, opening the sentence ("He has also asked
 * Gondor ...", "However, it acknowledged ..."), takes the first actor of
 * the story's sentence before as its source, that actor's code without
 * its agent ("Fornost President Umbardacil ...": FOR), where dyad's own
 * reading takes the subject of the sentence before, with its agent. */
void dy_ev_foreign_forward(const ev_sent *es, dy_cand *k, size_t i)
{
    const dy_ctx *c = es->c;
    if (!pronoun_subject(es, i))
        return;
    int32_t m = first_actor_before(c, es->first);
    if (m < 0)
        return;
    const dy_mention *x = dy_vec_at(&c->mentions, (size_t)m);
    if (!x->code[0] || x->code[0] == '~' || x->code[0] == '-')
        return;
    dy_str_copy(k->src_code, sizeof k->src_code, x->code);
    char agt[4] = "";
    size_t n = strlen(x->code);
    if (n >= 6 && n % 3 == 0)
        memcpy(agt, x->code + 3, 3); /* (and the NUL) */
    if (agt[0] && !dy_is_agent_code(c, x->code) && dy_is_agent_code(c, agt))
        k->src_code[3] = '\0'; /* "FORGOV", "FORGOVPRS": FOR */
    k->src = -1;
    k->src_inferred = 0;
    k->ctx_first = x->first;
    k->ctx_end = x->end;
}

/* Is mention x an agent composed with the actor after its "of", "from" or
 * "in" ("ambassadors of Arnor": ARNGOV)? */
static int agent_of(const dy_ctx *c, const dy_mention *x)
{
    if (strlen(x->code) != 6 || !dy_is_agent_code(c, x->code + 3) ||
        dy_is_agent_code(c, x->code))
        return 0;
    for (uint32_t q = x->first + 1; q + 1 < x->end; q++) {
        const dy_token *t = &c->tok[q];
        if (dy_tok_has(t, c->w_of) || dy_tok_has(t, c->w_from) ||
            dy_tok_has(t, c->w_in))
            return 1;
    }
    return 0;
}

/* "The ambassadors of Arnor, Osgiliath and Gondor": PETRARCH2 reads a
 * noun phrase for each member of a list inside an agent's "of", "from"
 * or "in" phrase, each with the agent (ARNGOV, OSGGOV, GONGOV), where the
 * actors stage composes it with the first member only. The members after
 * it that are bare three-letter codes take its agent. Bounded by the
 * sentence and by 64 members a list. */
void dy_ev_foreign_lists(const ev_sent *es)
{
    dy_ctx *c = es->c;
    for (size_t q = es->first; q < es->end; q++) {
        int32_t mi = c->tok[q].mention;
        if (mi < 0)
            continue;
        const dy_mention *x = dy_vec_at(&c->mentions, (size_t)mi);
        if (x->end > q + 1)
            q = x->end - 1; /* the mention's last token next */
        if (x->coord != mi || !agent_of(c, x))
            continue;
        for (int32_t m = x->coord_next, n = 0; m >= 0 && n < 64; n++) {
            dy_mention *y = dy_vec_at(&c->mentions, (size_t)m);
            if (strlen(y->code) == 3 && !dy_is_agent_code(c, y->code))
                memcpy(y->code + 3, x->code + 3, 4); /* "OSG" + "GOV" */
            m = y->coord_next;
        }
    }
}

int dy_ev_foreign_joint(const ev_sent *es, dy_cand *k)
{
    const dy_ctx *c = es->c;
    if (k->src < 0 || k->is_noun || !dy_lexicon_compound_mutual(c->lx, k->phrase) ||
        ((const dy_mention *)dy_vec_at(&c->mentions, (size_t)k->src))
                ->coord < 0)
        return 0;
    k->tgt = -1; /* TABARI sets the compound as target too */
    k->tgt_code[0] = '\0';
    k->tgt_from_place = k->tgt_own_gov = 0;
    return 1;
}

/* TABARI's pronouns ("option pronouns"): 1 for he, she, it, him and her,
 * which stand for the sentence's first actor before them that is not in
 * a list; 2 for they, them and their, which stand for its first list of
 * actors, or its first actor when it has none; 0 for any other token
 * ("her" and "their" as dyad's determiners too: "assist her to win",
 * "presented their credentials") */
static int pronoun_kind(const dy_ctx *c, const dy_token *t)
{
    if (t->tag != TAG_PRON && t->tag != TAG_DET)
        return 0;
    if (dy_tok_is(c, t, "her"))
        return 1;
    if (dy_tok_is(c, t, "their"))
        return 2;
    if (t->tag != TAG_PRON)
        return 0;
    if (dy_tok_is(c, t, "he") || dy_tok_is(c, t, "she") ||
        dy_tok_is(c, t, "it") || dy_tok_is(c, t, "him"))
        return 1;
    return dy_tok_is(c, t, "they") || dy_tok_is(c, t, "them") ? 2 : 0;
}

/* the actor pronoun token p of kind `kind` stands for in its sentence
 * (the mention of a single actor, the first mention of a list), or -1;
 * the walk is bounded by the sentence */
static int32_t pronoun_actor(const ev_sent *es, size_t p, int kind)
{
    const dy_ctx *c = es->c;
    int32_t first = -1;
    for (size_t q = es->first; q < p; q++) {
        int32_t m = c->tok[q].mention;
        if (m < 0)
            continue;
        const dy_mention *x = dy_vec_at(&c->mentions, (size_t)m);
        if (x->end > q + 1)
            q = x->end - 1; /* the mention's last token next */
        if (!x->code[0])
            continue;
        if (x->coord >= 0 && kind == 2)
            return x->coord;
        if (x->coord >= 0)
            continue; /* (he, it: not a member of a list) */
        if (kind == 1)
            return m;
        if (first < 0)
            first = m;
    }
    return first;
}

/* the first actor after the source src and before token i, not src's
 * own list or one of its members ("Calenardhon urged Bree on Monday to
 * assist it": Bree), or -1 */
static int32_t actor_after_source(const ev_sent *es, int32_t src, size_t i)
{
    const dy_ctx *c = es->c;
    int32_t head = dy_head_mention(c, src);
    const dy_mention *s = dy_vec_at(&c->mentions, (size_t)head);
    for (size_t q = s->first; q < i && q < es->end; q++) {
        int32_t m = c->tok[q].mention;
        if (m < 0 || dy_head_mention(c, m) == head)
            continue;
        const dy_mention *x = dy_vec_at(&c->mentions, (size_t)m);
        if (x->code[0] && (s->coord < 0 || x->coord != s->coord))
            return dy_head_mention(c, m);
    }
    return -1;
}

/* TABARI's pronouns ("option pronouns"; its parser's pronoun
 * dereferencing): a pronoun subject right before the verb at token i
 * (past its auxiliaries and adverbs: "and then she asked Gondor") is the
 * source, a pronoun right after the verb ("Gondor asked him", "presented
 * their credentials to Ithilen") the target, the first actor after the
 * verb in TABARI's reading, each the actor of the sentence before it
 * that pronoun_kind names. A target that is the source itself
 * ("Calenardhon urged Bree on Monday to assist it") gives way to the
 * first other actor between the source and the verb (Bree), as the
 * suite's records expect; with none, a list the source and target both
 * name ("Arnor, Osgiliath and Gondor presented their credentials") acts
 * on itself, each member on each other, as TABARI codes it. dyad's own
 * reading leaves a pronoun with no actor. */
void dy_ev_foreign_pronouns(const ev_sent *es, dy_cand *k, size_t i)
{
    const dy_ctx *c = es->c;
    if (k->passive)
        return;
    size_t q = i;
    while (q > es->first && i - q < 6 &&
           (c->tok[q - 1].tag == TAG_AUX || c->tok[q - 1].tag == TAG_MODAL ||
            c->tok[q - 1].tag == TAG_NEG || c->tok[q - 1].tag == TAG_ADV))
        q--;
    const dy_token *t = q > es->first ? &c->tok[q - 1] : NULL;
    int kind = t ? pronoun_kind(c, t) : 0;
    int32_t m = kind && !dy_tok_is(c, t, "him") && !dy_tok_is(c, t, "her") &&
                        !dy_tok_is(c, t, "them") && !dy_tok_is(c, t, "their")
                    ? pronoun_actor(es, q - 1, kind)
                    : -1;
    if (m >= 0) {
        k->src = m;
        k->src_code[0] = '\0';
        k->src_inferred = k->src_unidentified = k->src_implied = 0;
        k->src_sayer = 0;
    }
    if (i + 1 >= es->end)
        return;
    t = &c->tok[i + 1];
    kind = pronoun_kind(c, t);
    if (!kind || dy_tok_is(c, t, "he") || dy_tok_is(c, t, "she") ||
        dy_tok_is(c, t, "they"))
        return;
    m = pronoun_actor(es, i + 1, kind);
    if (m >= 0 && k->src >= 0 &&
        dy_head_mention(c, m) == dy_head_mention(c, k->src)) {
        int32_t other = actor_after_source(es, k->src, i);
        if (other >= 0 || kind != 2 ||
            ((const dy_mention *)dy_vec_at(&c->mentions, (size_t)m))->coord < 0)
            m = other;
    }
    if (m < 0)
        return;
    k->tgt = m;
    k->tgt_code[0] = '\0';
    k->tgt_from_place = k->tgt_own_gov = 0;
}

/* is the conjunction at token q a boundary of TABARI's clauses (its
 * parser's markClauses): not the sentence's first or last word, not
 * inside a list of actors ("Elrond and Gondor urged") nor between two
 * words of its <NOUN> and <ADJECTIVE> lists? */
static int clause_conj(const ev_sent *es, size_t q)
{
    const dy_ctx *c = es->c;
    if (c->tok[q].tag != TAG_CONJ || q == es->first || q + 1 >= es->end ||
        modifier_conj(c, q, es->first))
        return 0;
    int32_t b = c->tok[q - 1].mention;
    if (b < 0)
        return 1;
    int32_t coord = ((const dy_mention *)dy_vec_at(&c->mentions, (size_t)b))
                        ->coord;
    for (size_t r = q + 1; coord >= 0 && r < es->end && r < q + 6; r++) {
        int32_t m = c->tok[r].mention;
        if (m >= 0)
            return ((const dy_mention *)dy_vec_at(&c->mentions, (size_t)m))
                       ->coord != coord;
        if (c->tok[r].tag == TAG_VERB)
            break;
    }
    return 1;
}

/* the first actor with a code in tokens [from, to), its list's head, or -1 */
static int32_t first_actor_in(const dy_ctx *c, size_t from, size_t to)
{
    for (size_t q = from; q < to; q++) {
        int32_t m = c->tok[q].mention;
        if (m >= 0 &&
            ((const dy_mention *)dy_vec_at(&c->mentions, (size_t)m))->code[0])
            return dy_head_mention(c, m);
    }
    return -1;
}

/* the first token of TABARI's clause of token i */
static size_t clause_start(const ev_sent *es, size_t i)
{
    for (size_t q = i; q-- > es->first;)
        if (clause_conj(es, q))
            return q + 1;
    return es->first;
}

/* has a verb of tokens [from, i) a candidate, whatever its actors? */
static int clause_verb(const ev_sent *es, size_t from, size_t i)
{
    for (size_t q = es->cand_first; q < es->cands->count; q++) {
        const dy_cand *o = dy_vec_at(es->cands, q);
        if (o->head >= from && o->head < i)
            return 1;
    }
    return 0;
}

/* TABARI's verb read at a noun ("option verb-nouns"): TABARI reads a word
 * of its verbs file as a verb wherever it stands, unless "a", "an" or
 * "the" stands right before it or it is capitalized (its parser's
 * markNouns), and codes a clause by its first verb. So a noun token i
 * that keys a verb pattern ("Gondor and Osgiliath have postponed their
 * meeting": MEET's "% HAVE POSTPONED *"; "Gollum was in accord with":
 * ACCORD's "IN_*") is read as that verb when no verb of its clause
 * (TABARI's, which a conjunction ends: clause_conj) coded before it
 * (under "option code-all", TABARI's "SET: CODE ALL", wherever it
 * stands). dyad's own reading keeps it a noun. */
int dy_ev_foreign_verb_noun(const ev_sent *es, size_t i)
{
    const dy_ctx *c = es->c;
    const dy_token *t = &c->tok[i];
    if (t->tag != TAG_NOUN || (t->flags & TF_CAP) ||
        (!(c->lx->tables->options & LX_OPT_CODE_ALL) &&
         clause_verb(es, clause_start(es, i), i)))
        return 0;
    return !dy_ev_foreign_after_article(es, i);
}

/* TABARI's noun at a verb ("option verb-nouns"; its parser's markNouns):
 * does "a", "an" or "the" stand right before token i? Then TABARI reads
 * the word as a noun, whatever dyad's tagger made of it ("Arnor is about
 * the restore full diplomatic ties": no RESTORE) */
int dy_ev_foreign_after_article(const ev_sent *es, size_t i)
{
    const dy_ctx *c = es->c;
    if (i == es->first)
        return 0;
    const dy_token *p = &c->tok[i - 1];
    return dy_tok_is(c, p, "a") || dy_tok_is(c, p, "an") ||
           dy_tok_is(c, p, "the");
}

/* TABARI's "SET: CODE BY SENTENCE" ("option code-by-sentence"): only the
 * sentence's first verb codes. The candidates of its verbs after the
 * first that has both a source and a target are background (not
 * emitted); the first keeps each of its events (a paired code's second
 * too). Its nouns TABARI reads as nouns already. */
void dy_ev_foreign_by_sentence(const ev_sent *es)
{
    uint32_t first = UINT32_MAX;
    for (size_t q = es->cand_first; q < es->cands->count; q++) {
        const dy_cand *k = dy_vec_at(es->cands, q);
        if (!k->is_noun && (k->src >= 0 || k->src_code[0]) &&
            (k->tgt >= 0 || k->tgt_code[0]) && k->head < first)
            first = k->head;
    }
    for (size_t q = es->cand_first; q < es->cands->count; q++) {
        dy_cand *k = dy_vec_at(es->cands, q);
        if (first != UINT32_MAX && k->head != first)
            k->background = 1;
    }
}

/* TABARI's source of a verb past a subordinator ("option clause-source"):
 * TABARI's clauses end only at a conjunction (its parser's markClauses),
 * and its source is the first actor of the clause, kept by a clause that
 * opens with no actor; "that", "after" and the other subordinators open
 * none. So the verb at token i of candidate k, whose subject stands past
 * a subordinator after such an actor ("Bree accepts that Rohan might
 * praise ...", "... after Rohan crowds burned down its embassy"), has
 * that actor as its source when no verb of its clause before it coded
 * (under "option code-all", whatever did), and, when no actor
 * other than the source follows the verb in its clause, the nearest one
 * before it as target (TABARI's getRegularTarget): the subordinate
 * subject. A pattern with words before the verb keeps dyad's reading. */
void dy_ev_foreign_clause_source(const ev_sent *es, dy_cand *k, size_t i)
{
    const dy_ctx *c = es->c;
    if (k->passive || k->trig_first != i)
        return;
    size_t start = clause_start(es, i), from = es->first, end = es->end;
    for (size_t q = start; q-- > es->first;) /* (a clause with an actor) */
        if (clause_conj(es, q) && c->tok[q + 1].mention >= 0) {
            from = q + 1;
            break;
        }
    for (size_t q = i + 1; q < es->end; q++)
        if (clause_conj(es, q)) {
            end = q;
            break;
        }
    int32_t src = first_actor_in(c, from, i);
    if (src < 0)
        return;
    const dy_mention *s = dy_vec_at(&c->mentions, (size_t)src);
    size_t sub = s->end;
    while (sub < i && c->tok[sub].tag != TAG_SUB)
        sub++;
    if (sub >= i ||
        (k->src >= 0 &&
         ((const dy_mention *)dy_vec_at(&c->mentions, (size_t)k->src))->first <
             sub) ||
        (k->src < 0 && k->src_code[0]) ||
        (!(c->lx->tables->options & LX_OPT_CODE_ALL) &&
         clause_verb(es, start, i)))
        return;
    if (k->tgt >= 0 &&
        (dy_head_mention(c, k->tgt) == src ||
         ((const dy_mention *)dy_vec_at(&c->mentions, (size_t)k->tgt))->first >=
             end))
        k->tgt = -1;
    for (size_t q = i; k->tgt < 0 && !k->tgt_code[0] && q-- > start;) {
        int32_t m = c->tok[q].mention;
        if (m >= 0 && dy_head_mention(c, m) != src &&
            ((const dy_mention *)dy_vec_at(&c->mentions, (size_t)m))->code[0])
            k->tgt = dy_head_mention(c, m);
    }
    k->src = src;
    k->src_code[0] = '\0';
    k->src_inferred = k->src_unidentified = k->src_implied = 0;
    k->src_sayer = 0;
    k->scope = SC_MAIN; /* (TABARI reads no subordinate clause) */
}
