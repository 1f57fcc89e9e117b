/*
 * arguments.c - the argument finders the event files share: the subject
 * before a verb group, the object after a verb, a target later in the
 * clause, the verb group's start, what a role or a possessed mention is,
 * the target taken from a place's country, and a new candidate.
 */
#include "events_int.h"

#include "clauses/clauses.h"
#include "match/match.h"
#include "place/place.h"
#include "words/words.h"

#include <stdio.h>
#include <string.h>

/* acts whose target, when no actor is named, is the country where they
 * happen: protests (14), force posture (15), repression (17), assaults
 * (18-20): "demonstrated in Kosovo", "imposed a curfew in Cizre" */
int dy_ev_place_targets(int root)
{
    return root == 14 || root == 15 || root == 17 || root >= 18;
}

/* a role with no country: "MIL", "CVL" */
int dy_ev_is_agent_only(const dy_ctx *c, const dy_mention *m)
{
    return !m->is_person && dy_is_agent_code(c, m->code);
}

/* "its troops", "their forces" (not "his Chinese counterpart", which
 * is another's) */
int dy_ev_possessed(const dy_ctx *c, const dy_mention *m, size_t first)
{
    if (m->first <= first ||
        dy_in_class(c, DY_CL_COUNTERPART, &c->tok[m->end - 1]))
        return 0;
    /* (each word by its length first: dy_tok_is) */
    const dy_token *w = &c->tok[m->first - 1];
    return dy_tok_is(c, w, "its") || dy_tok_is(c, w, "their") ||
           dy_tok_is(c, w, "his") || dy_tok_is(c, w, "her") ||
           dy_tok_is(c, w, "our");
}

/* The means a passive's by-phrase names at pos ("killed by fire from
 * Israeli tanks", "by shelling"): a noun phrase of no actor, past
 * determiners and adjectives, of up to three nouns or gerunds; its last
 * token, or 0 when there is none. */
size_t dy_ev_means_head(const dy_ctx *c, size_t pos, size_t end)
{
    size_t q = pos, nouns = 0;
    while (q < end && q < pos + 3 &&
           (c->tok[q].tag == TAG_DET || c->tok[q].tag == TAG_ADJ))
        q++;
    while (q < end && nouns < 3 && c->tok[q].mention < 0 &&
           c->tok[q].type == TT_WORD &&
           (c->tok[q].tag == TAG_NOUN ||
            (c->tok[q].tag == TAG_VERB && dy_tok_ends(c, &c->tok[q], "ing", 4))))
        q++, nouns++;
    return nouns ? q - 1 : 0;
}

/* Is the means [pos, h] (h its head, dy_ev_means_head) an event noun,
 * which codes the act itself ("were killed by shelling": nouns.c, with the
 * passive's subject its patient)? */
int dy_ev_means_is_event(const dy_ctx *c, size_t pos, size_t h)
{
    return (c->tok[h].kinds & (1u << LX_NOUN)) &&
           dy_match_noun(c, h, pos).phrase != LX_NONE;
}

/* the actor whose means ends at head h, after "from" or "of" ("by fire
 * from Israeli tanks", "by gunfire of the police"); -1 when there is none */
int32_t dy_ev_means_agent(const dy_ctx *c, size_t h, size_t end)
{
    if (h + 2 >= end ||
        !(dy_tok_has(&c->tok[h + 1], c->w_from) ||
          dy_tok_has(&c->tok[h + 1], c->w_of)))
        return -1;
    return dy_ev_object_at(c, h + 2, end, 0);
}

/* The role mention of the apposition after the name of no actor that
 * starts at token k ("Peter Mwangi, a prominent activist,", "Ali Hassan,
 * the local councillor"): a bare role after the name's comma, past a
 * determiner and adjectives, ending at a comma or the sentence; -1 when
 * there is none. */
static int32_t apposed_role(const dy_ctx *c, size_t k, size_t end)
{
    size_t q = k;
    while (q < end && q < k + 4 && c->tok[q].tag == TAG_PROPN &&
           c->tok[q].mention < 0 && c->tok[q].place < 0)
        q++;
    if (q + 2 >= end || !dy_is_comma(c, &c->tok[q]) ||
        c->tok[q + 1].tag != TAG_DET)
        return -1;
    q += 2;
    while (q < end && (c->tok[q].tag == TAG_ADJ || c->tok[q].tag == TAG_ADV) &&
           c->tok[q].mention < 0)
        q++;
    if (q >= end || c->tok[q].mention < 0)
        return -1;
    const dy_mention *m = dy_vec_at(&c->mentions, (size_t)c->tok[q].mention);
    if (!(dy_ev_is_agent_only(c, m) || m->country_inferred) ||
        m->is_person || (m->end < end && c->tok[m->end].type != TT_PUNCT))
        return -1;
    return c->tok[q].mention;
}

/* the object: the first mention after pos, past determiners, adjectives,
 * numbers, dates and up to `preps` prepositions; the subject's own ("its
 * troops") is passed over to the mention after it */
int32_t dy_ev_object_at(const dy_ctx *c, size_t pos, size_t end, int preps)
{
    int owned = 0; /* passed the subject's own ("its troops") */
    int that = 0;  /* past "that": a clause's subject ("demanded that its
                      partners delay") is no possession of the verb's */
    for (size_t k = pos, steps = 0; k < end && steps < 9; k++, steps++) {
        const dy_token *t = &c->tok[k];
        if (t->mention >= 0) {
            const dy_mention *m = dy_vec_at(&c->mentions, (size_t)t->mention);
            /* "strengthened its forces": the subject's own, no target;
             * "withdraw its troops from Lebanon": the target follows */
            if ((dy_ev_possessed(c, m, 0) && !that) || owned) {
                if (owned)
                    return t->mention;
                owned = 1;
                k = m->end - 1;
                continue;
            }
            /* "withdrawal of some invasion forces from Panama": a bare role
             * gives way to a country after a preposition */
            if (dy_ev_is_agent_only(c, m)) {
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
                        if (!dy_ev_is_agent_only(c, n2))
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
        /* "arrested Peter Mwangi, a prominent activist,": a name no actor
         * names is the role its apposition names */
        if (t->tag == TAG_PROPN && t->mention < 0 && t->place < 0) {
            int32_t r = apposed_role(c, k, end);
            if (r >= 0)
                return r;
        }
        if (t->tag == TAG_DET || t->tag == TAG_ADJ || t->tag == TAG_NUM ||
            t->tag == TAG_ADV || dy_is_amount(c, t))
            continue; /* "arrested more than 100 Palestinians" */
        /* "gave a warm welcome on Thursday to ...": dates in between */
        if ((t->pos & POS_TIME) ||
            (dy_tok_has(t, c->w_on) && k + 1 < end &&
             (c->tok[k + 1].pos & POS_TIME)))
            continue;
        /* "demanded (Friday) that the US cancel" */
        if (t->tag == TAG_SUB && dy_tok_has(t, c->w_that) && steps < 3) {
            that = 1;
            continue;
        }
        /* participles as adjectives: "neighboring Lebanon", "suspected
         * British militant"; not a verb right after a noun, its predicate
         * ("Iran's rejection of the proposal angered Washington") */
        if (t->tag == TAG_VERB && k + 1 < end && c->tok[k + 1].mention >= 0 &&
            (dy_tok_ends(c, t, "ing", 3) || dy_tok_ends(c, t, "ed", 3)) &&
            !(k > 0 && (c->tok[k - 1].tag == TAG_NOUN ||
                        c->tok[k - 1].tag == TAG_PROPN)))
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
        /* "captured by three groups of Palestinian militants": a noun of
         * class collective and its "of" stand for the mention after them,
         * a preposition or not */
        if (t->tag == TAG_NOUN && k + 1 < end &&
            dy_tok_has(&c->tok[k + 1], c->w_of) &&
            dy_in_class_noun(c, DY_CL_COLLECTIVE, t)) {
            k++;
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

/* is token k a preposition that may introduce an act's target? */
static int target_prep(const dy_ctx *c, const dy_token *t)
{
    return t->tag == TAG_PREP &&
           (dy_tok_has(t, c->w_to) || dy_tok_has(t, c->w_with) ||
            dy_tok_has(t, c->w_against) || dy_tok_has(t, c->w_on) ||
            dy_tok_has(t, c->w_toward) || dy_tok_has(t, c->w_towards) ||
            dy_tok_has(t, c->w_from) || dy_tok_has(t, c->w_into) ||
            dy_tok_has(t, c->w_for) || dy_tok_has(t, c->w_over) ||
            dy_tok_has(t, c->w_at));
}

/* does token k end the clause for a target search: clause punctuation
 * other than a list's comma, a subordinator, an auxiliary, a participle,
 * or "and" before a verb of a new clause ("and opened")? */
static int ends_clause(const dy_ctx *c, size_t k, size_t end)
{
    const dy_token *t = &c->tok[k];
    if (t->type == TT_PUNCT && c->lower.data[t->lower] == ',' && k > 0 &&
        k + 1 < end && dy_is_nominal(&c->tok[k - 1]) &&
        dy_is_nominal(&c->tok[k + 1]))
        return 0;
    if (dy_is_clause_punct(c, t) || t->tag == TAG_SUB ||
        t->tag == TAG_AUX || t->tag == TAG_MODAL)
        return 1;
    /* a participle or gerund heads a phrase of its own: "a plan involving
     * concessions from Ukraine" */
    if (t->tag == TAG_VERB) {
        if (dy_tok_ends(c, t, "ing", 3) || dy_tok_ends(c, t, "ed", 3))
            return 1;
    }
    /* "and opened an embassy": a coordinated clause */
    return t->tag == TAG_CONJ && k + 1 < end &&
           (c->tok[k + 1].tag == TAG_VERB || c->tok[k + 1].tag == TAG_AUX);
}

int32_t dy_ev_pp_target(const dy_ctx *c, size_t from, size_t end,
                        int32_t src)
{
    /* a compound source with no object acts jointly ("the US and Russia
     * developed a plan"): no target to look for */
    if (src >= 0 &&
        ((const dy_mention *)dy_vec_at(&c->mentions, (size_t)src))->coord >= 0)
        return -1;
    const char *scode = src >= 0 ? dy_ev_mention_code(c, src) : "";
    for (size_t k = from; k < end && k < from + 16; k++) {
        size_t q = k + 1;
        /* "sanctions targeting Myanmar's generals", "measures aimed at
         * Iran": a verb of aiming (class aim) names the target */
        if (c->tok[k].tag == TAG_VERB &&
            dy_in_class_verb(c, DY_CL_AIM, &c->tok[k]))
            q += q < end && dy_tok_has(&c->tok[q], c->w_at);
        else if (ends_clause(c, k, end))
            return -1;
        else if (!target_prep(c, &c->tok[k]))
            continue;
        while (q < end && q < k + 5 &&
               (c->tok[q].tag == TAG_DET || c->tok[q].tag == TAG_ADJ ||
                c->tok[q].tag == TAG_NUM) &&
               c->tok[q].mention < 0)
            q++;
        if (q >= end || c->tok[q].mention < 0)
            continue;
        const dy_mention *m = dy_vec_at(&c->mentions, (size_t)c->tok[q].mention);
        if (dy_ev_possessed(c, m, 0) || strcmp(m->code, scode) == 0 ||
            c->tok[q].mention == src)
            continue;
        return dy_head_mention(c, c->tok[q].mention);
    }
    return -1;
}

/* the subject: nearest mention before token `before` in the sentence */
const dy_cand *dy_ev_cand_at(const ev_sent *es, size_t head)
{
    for (size_t q = es->cand_first; q < es->cands->count; q++) {
        const dy_cand *k = dy_vec_at(es->cands, q);
        if (k->head == head)
            return k;
    }
    return NULL;
}

/* the nearest mention before token `before`, past parentheses
 * ("Hizbollah (Party of God) group declared"), or -1 */
static int32_t mention_before(const dy_ctx *c, size_t first, size_t before)
{
    for (size_t k = before; k-- > first;) {
        const dy_token *t = &c->tok[k];
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

/* Is the comma at token q, inside a phrase that ends at token `close`,
 * one of a list's ("taking off from Kuwait, Saudi Arabia and Turkey,",
 * "equipped with guns, television cameras and heat sensors,"): between
 * two names or nouns, with an "and" or "or" after it before `close`? */
static int list_comma(const dy_ctx *c, size_t first, size_t q, size_t close)
{
    if (q <= first || q + 1 >= close || !dy_is_comma(c, &c->tok[q]) ||
        !dy_is_nominal(&c->tok[q - 1]) ||
        !(dy_is_nominal(&c->tok[q + 1]) || c->tok[q + 1].tag == TAG_ADJ))
        return 0;
    for (size_t k = q + 2; k < close; k++) {
        if (dy_tok_has(&c->tok[k], c->w_and) || dy_tok_has(&c->tok[k], c->w_or))
            return 1;
        if (!(dy_is_nominal(&c->tok[k]) || c->tok[k].tag == TAG_ADJ ||
              c->tok[k].tag == TAG_DET))
            return 0;
    }
    return 0;
}

/* The start of a comma-enclosed phrase ending at the comma before
 * `before` that stands between a subject and its verb: an apposition
 * with no finite verb ("Pakistan, a key U.S. ally, has refused"; "a body
 * linked to the OAU" is one too), or a relative or participial phrase
 * ("Russia, which invaded Ukraine, rejected", "The rebels, backed by
 * Rwanda, captured"), or a prepositional phrase ("the army, alongside
 * Hezbollah and Iraqi militias, launched"); not a name that is the
 * subject itself ("The US
 * commander in Iraq, General David Petraeus, held"). `before` when none. */
static size_t skip_apposition(const dy_ctx *c, size_t first, size_t before)
{
    if (!(before > first + 2 && dy_is_phrase_mark(c, &c->tok[before - 1])))
        return before;
    size_t q = before - 1;
    int verb = 0;
    size_t inside = 0; /* tokens in parentheses, "(Palestinian
                          paramilitary)": they do not count */
    int paren = 0;
    while (q-- > first) {
        const dy_token *u = &c->tok[q];
        if (u->tag == TAG_VERB && !u->is_part && !dy_tok_ends(c, u, "ing", 3))
            verb = 1;
        if (dy_is_phrase_mark(c, u) && !list_comma(c, first, q, before - 1))
            break;
        if (u->type == TT_PUNCT && c->lower.data[u->lower] == ')')
            paren = 1;
        else if (u->type == TT_PUNCT && c->lower.data[u->lower] == '(')
            paren = 0;
        if (paren || (u->type == TT_PUNCT && c->lower.data[u->lower] == '('))
            inside++;
    }
    const dy_token *o = q < before - 1 ? &c->tok[q + 1] : NULL;
    int modifier = o && (dy_in_class(c, DY_CL_RELATIVE, o) ||
                         (o->tag == TAG_VERB &&
                          (o->is_part || dy_tok_ends(c, o, "ing", 3))));
    /* (a phrase between dashes may be longer than one between commas:
     * it may hold commas, a list, an acronym in parentheses; so may a
     * participle's or relative's, whose opening word marks its start:
     * "backed by the Free Syrian Army and several Islamist groups") */
    size_t reach =
        (c->lower.data[c->tok[before - 1].lower] != ',' ? 24
         : modifier                                     ? 16
                                                        : 12) +
        inside;
    if (q > first && o && (!verb || modifier) && q + reach > before &&
        (o->tag == TAG_DET || o->tag == TAG_PREP || o->tag == TAG_ADV ||
         modifier))
        return q;
    return before;
}

int dy_ev_place_prep(const dy_ctx *c, const dy_token *t)
{
    return dy_tok_has(t, c->w_in) || dy_tok_has(t, c->w_near) ||
           dy_in_class(c, DY_CL_PLACE_PREP, t);
}

/* "The floods in Pakistan killed", "An explosion in Kabul killed": a
 * place's mention m after a place preposition ("in", "near", class
 * place-prep) that follows a noun heading the subject is only where that
 * noun was; the noun is the subject: its own mention if it is an actor
 * ("Students across Bangladesh" are the students), still m if it names
 * people (class person: "Prisoners in Bahrain"), else none (-2) */
static int32_t place_of_head(const dy_ctx *c, size_t first, int32_t m)
{
    size_t q =
        ((const dy_mention *)dy_vec_at(&c->mentions, (size_t)m))->first;
    /* (a place's name: not "a general in the Revolutionary Guards") */
    if (c->tok[q].place < 0)
        return m;
    /* (past determiners and modifiers: "in militant-infested northwest
     * Pakistan") */
    const size_t start = q;
    while (q > first && q + 4 > start &&
           (c->tok[q - 1].tag == TAG_DET || c->tok[q - 1].tag == TAG_ADJ ||
            (c->tok[q - 1].tag == TAG_NOUN && c->tok[q - 1].mention < 0 &&
             memchr(c->text + c->tok[q - 1].start, '-',
                    c->tok[q - 1].len))))
        q--;
    if (q < first + 2)
        return m;
    const dy_token *h = &c->tok[q - 2];
    if (!dy_ev_place_prep(c, &c->tok[q - 1]) ||
        (h->tag != TAG_NOUN && h->mention < 0))
        return m;
    if (h->mention >= 0) {
        /* (not an actor that is itself in a phrase of the subject's: "a
         * bomb attack on a packed mosque in Pakistan killed") */
        const dy_mention *hm = dy_vec_at(&c->mentions, (size_t)h->mention);
        size_t p = hm->first;
        while (p > first && (c->tok[p - 1].tag == TAG_DET ||
                             c->tok[p - 1].tag == TAG_ADJ))
            p--;
        /* (a passive's agent, "injured by police in Lima", is left to
         * the reduced relative's reading) */
        if (p > first && c->tok[p - 1].tag == TAG_PREP &&
            !dy_tok_has(&c->tok[p - 1], c->w_of) &&
            !dy_tok_has(&c->tok[p - 1], c->w_by))
            return -2;
        return dy_head_mention(c, h->mention);
    }
    /* (people the lexicon has no actor for: "prisoners in Bahrain" still
     * stand for Bahrain) */
    if (dy_in_class_noun(c, DY_CL_PERSON, h))
        return m;
    /* (the noun opens its clause, past determiners and modifiers) */
    size_t k = q - 2;
    while (k > first && (c->tok[k - 1].tag == TAG_DET ||
                         c->tok[k - 1].tag == TAG_ADJ ||
                         c->tok[k - 1].tag == TAG_NOUN))
        k--;
    if (k == first)
        return -2;
    /* ("Pakistan, a key ally in Washington's war, has captured": an
     * apposition's; its head before the comma) */
    if (c->tok[k - 1].type == TT_PUNCT && c->lower.data[c->tok[k - 1].lower] == ',') {
        int32_t a = mention_before(c, first, k - 1);
        return a >= 0 ? a : -2;
    }
    return dy_is_clause_punct(c, &c->tok[k - 1]) ? -2 : m;
}

int32_t dy_ev_active_subject(const dy_ctx *c, size_t first, int32_t m)
{
    if (m < 0)
        return m;
    m = place_of_head(c, first, m);
    return m == -2 ? -1 : m;
}

/* the subject before an apposition that ends at the comma right before
 * token `before` ("Kastellanos, the interior minister, ordered"): the
 * name before it, or where that is no actor the actor inside it; -1 when
 * no apposition ends there */
int32_t dy_ev_apposition_subject(const dy_ctx *c, size_t first,
                                 size_t before)
{
    size_t b = skip_apposition(c, first, before);
    if (b == before)
        return -1;
    int32_t m = mention_before(c, first, b);
    return m >= 0 ? m : mention_before(c, first, before);
}

/* the subject: nearest mention before token `before` in the sentence,
 * past an apposition; when the subject itself is no actor ("The team, led
 * by US Army Secretary Dan Driscoll, is set to meet"), the actor inside
 * the apposition stands for it */
/* "The family of the murdered soldier protested", "relatives of the
 * hostages met": the mention m that ends right before the verb group at
 * `before` is the object of an "of" after a civilian role (CVL), which
 * heads the subject; m itself when not, when the head only counts (class
 * vague-number: "thousands of Kurds", a number) or when it is a role an
 * "of" names the group of ("the leader of the rebels" is a rebel) */
static int32_t of_head(const dy_ctx *c, size_t first, size_t before,
                       int32_t m)
{
    if (m < 0)
        return m;
    const dy_mention *x = dy_vec_at(&c->mentions, (size_t)m);
    if (x->end != before)
        return m;
    size_t q = x->first;
    while (q > first && (c->tok[q - 1].tag == TAG_DET ||
                         c->tok[q - 1].tag == TAG_ADJ ||
                         (c->tok[q - 1].tag == TAG_VERB &&
                          c->tok[q - 1].is_part)))
        q--;
    if (q < first + 2 || !dy_tok_has(&c->tok[q - 1], c->w_of))
        return m;
    const dy_token *h = &c->tok[q - 2];
    if (h->mention < 0 || h->tag == TAG_NUM ||
        dy_in_class_noun(c, DY_CL_VAGUE_NUMBER, h))
        return m;
    const dy_mention *hm = dy_vec_at(&c->mentions, (size_t)h->mention);
    size_t n = strlen(hm->code);
    if (hm->end != q - 1 || n < 3 || strcmp(hm->code + n - 3, "CVL") != 0)
        return m;
    return dy_head_mention(c, h->mention);
}

int32_t dy_ev_subject_before(const dy_ctx *c, size_t first, size_t before)
{
    /* (a sentence that names no actor has no subject to find: the
     * mentions are found sentence by sentence, so where the last one
     * starts before the sentence's first token, none is in it, and no
     * walk below can find one) */
    const dy_vec *ms = &c->mentions;
    if (!ms->count ||
        ((const dy_mention *)dy_vec_at(ms, ms->count - 1))->first < first)
        return -1;
    /* "the police that escorted the mob fired": past a relative clause
     * that ends at a main clause's verb */
    size_t r = before;
    if (before < c->ntok && c->tok[before].scope == SC_MAIN)
        while (r > first && c->tok[r - 1].scope == SC_RELATIVE)
            r--;
    if (r < before) {
        int32_t m = mention_before(c, first, r);
        if (m >= 0)
            return m;
    }
    int32_t m = dy_ev_apposition_subject(c, first, before);
    return m >= 0 ? m
                  : of_head(c, first, before, mention_before(c, first, before));
}

size_t dy_ev_previous_sentence(const dy_ctx *c, size_t first, size_t limit)
{
    if (first == 0)
        return first;
    size_t s = first - 1; /* its final punctuation */
    while (s > 0 && first - s < limit &&
           !(c->tok[s - 1].type == TT_PUNCT &&
             strchr(".!?", c->lower.data[c->tok[s - 1].lower])))
        s--;
    return s;
}

/* start of the verb group ending at the trigger: auxiliaries, modals,
 * negation, adverbs, "set to", "plans to" */
size_t dy_ev_group_start(const dy_ctx *c, size_t first, size_t head)
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

/* the event targets the country of a place ("shelled Pokrovsk") */
void dy_ev_target_place_country(const dy_ctx *c, dy_cand *k, int32_t place)
{
    dy_str_copyn(k->tgt_code, sizeof k->tgt_code,
                 dy_place_country(c, dy_vec_at(&c->places, (size_t)place)), 3);
    k->tgt_from_place = k->tgt_code[0] != '\0';
}

/* Any other act that names no target but says where it happens after its
 * trigger ("opened an embassy in Tehran", "lifted the curfew in Darfur")
 * is aimed at that country, as the CAMEO manual codes it; a fallback only
 * (TGT_PLACE_ADJUNCT), which emission drops where the act would not stand
 * as an event of its source alone or where the source is compound */
void dy_ev_adjunct_place_target(const dy_ctx *c, dy_cand *k)
{
    if (k->tgt >= 0 || k->tgt_code[0] || k->passive || k->place < 0)
        return;
    const dy_placem *pm = dy_vec_at(&c->places, (size_t)k->place);
    if (pm->first < k->trig_end)
        return;
    dy_ev_target_place_country(c, k, k->place);
    if (k->tgt_from_place)
        k->tgt_from_place = TGT_PLACE_ADJUNCT;
}

const char *dy_ev_mention_code(const dy_ctx *c, int32_t m)
{
    return ((const dy_mention *)dy_vec_at(&c->mentions, (size_t)m))->code;
}

dy_cand *dy_ev_new_cand(ev_sent *es, const dy_pattern_match *pm,
                        size_t head)
{
    dy_cand *k = dy_vec_push(es->cands);
    if (!k)
        return NULL;
    k->sentence = es->si;
    k->sent_first = (uint32_t)es->first;
    k->sent_end = (uint32_t)es->end;
    k->src = k->tgt = k->place = k->attr = -1;
    k->killed = k->injured = -1;
    k->phrase = pm->phrase;
    k->head = (uint32_t)head;
    k->trig_first = pm->first;
    k->trig_end = pm->end;
    k->scope = es->c->tok[head].scope;
    return k;
}
