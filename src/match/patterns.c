/*
 * patterns.c - event patterns over tokens. A verb pattern starts at a verb
 * token matching its first word (a lemma); each later word must follow
 * within GAP tokens without crossing clause punctuation, where an actor
 * mention, an amount, quotation marks and the rest of a list count as one
 * token or none. A noun pattern ends at its head noun; its modifiers
 * directly precede it, a coordinated one allowed ("missile and drone
 * attack"). Words written before a verb pattern's verb ("said ... hold
 * talks", "not ... urge") precede it in order, any distance apart inside
 * its clause. The longest pattern wins.
 */
#include "match.h"

#include "lexicon/lexicon.h"
#include "words/words.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#define GAP 3

/* a list's comma or "and" at j, between nominals */
static int list_separator(const dy_ctx *c, size_t j, size_t from, size_t end)
{
    const dy_token *t = &c->tok[j];
    if (!((t->type == TT_PUNCT && c->lower.data[t->lower] == ',') ||
          dy_tok_has(t, c->w_and)))
        return 0;
    const dy_token *n = j + 1 < end ? &c->tok[j + 1] : NULL;
    return j > from && n && dy_is_nominal(&c->tok[j - 1]) && dy_is_nominal(n) &&
           n->mention < 0 && n->place < 0;
}

/* readies c->ahead for the sentence [first, end): nothing is filled
 * yet (ahead_at fills it on first need) */
void dy_match_prepare(dy_ctx *c, size_t first, size_t end)
{
    c->ahead_state.first = (uint32_t)first;
    c->ahead_state.lo = (uint32_t)end;
    c->ahead_state.end = (uint32_t)end;
    c->ahead_state.acc = (lx_ahead){{{0, 0}}, 0, 0};
    c->ahead_fill = &c->ahead_state;
}

/* Does every reading of a verb pattern stop at token k of the sentence
 * [first, end), whatever token before it the pattern starts at? So it
 * does at clause punctuation (verb_fits, skip_phrase) that no word of a
 * pattern can fill (it is no lexicon word) and that is not passed over:
 * no quotation mark, no part of a mention or place, and no comma that
 * could separate a list's nominals (list_separator, for any start). The
 * words after such a token are out of every pattern's reach. */
static int stops_patterns(const dy_ctx *c, size_t k, size_t first,
                          size_t end)
{
    const dy_token *t = &c->tok[k];
    if (!dy_is_clause_punct(c, t) || t->wid != LX_NONE ||
        t->vlem != LX_NONE || t->nlem != LX_NONE || t->mention >= 0 ||
        t->place >= 0 || dy_is_quote(c, t) || dy_is_nominal(t))
        return 0;
    if (c->lower.data[t->lower] != ',')
        return 1;
    const dy_token *n = k + 1 < end ? t + 1 : NULL;
    return !(k > first && n && dy_is_nominal(t - 1) && dy_is_nominal(n) &&
             n->mention < 0 && n->place < 0);
}

/* The words ahead as the fill carries them: an lx_ahead (its filter,
 * then its slots and second bits) as two 16-byte halves, in two vector
 * registers where there are such, so that a token's store is two moves
 * and a word's share two ORs (four each as 64-bit fields). */
#if defined(__SSE2__)
typedef struct ahead_acc {
    __m128i lo, hi;
} ahead_acc;

static inline ahead_acc acc_load(const lx_ahead *a)
{
    return (ahead_acc){_mm_loadu_si128((const __m128i *)(const void *)a),
                       _mm_loadu_si128(
                           (const __m128i *)(const void *)&a->slots)};
}

static inline void acc_store(lx_ahead *a, ahead_acc x)
{
    _mm_storeu_si128((__m128i *)(void *)a, x.lo);
    _mm_storeu_si128((__m128i *)(void *)&a->slots, x.hi);
}

static inline ahead_acc acc_zero(void)
{
    return (ahead_acc){_mm_setzero_si128(), _mm_setzero_si128()};
}
#else
typedef lx_ahead ahead_acc;

static inline ahead_acc acc_load(const lx_ahead *a)
{
    return *a;
}

static inline void acc_store(lx_ahead *a, ahead_acc x)
{
    *a = x;
}

static inline ahead_acc acc_zero(void)
{
    return (ahead_acc){{{0, 0}}, 0, 0};
}
#endif
_Static_assert(sizeof(lx_ahead) == 32 && offsetof(lx_ahead, slots) == 16,
               "the words ahead are two 16-byte halves, the filter first");

/* adds word w, a token's form or lemma, to the words ahead a: its share
 * (dyad_lexicon.shares, made once a lexicon by dy_lexicon_shares): its
 * filter bits only when a verb pattern reads it after its verb (most
 * words of a sentence no pattern reads there; their bits made the filter
 * pass patterns whose words are not there), its slots only when it
 * fills one; none for the others. ORs, where the bits made here from
 * the word's id and record cost a dozen instructions a word. */
static inline void ahead_add(ahead_acc *a, const lx_ahead *shares, uint32_t w)
{
    ahead_acc s = acc_load(&shares[w]);
#if defined(__SSE2__)
    a->lo = _mm_or_si128(a->lo, s.lo);
    a->hi = _mm_or_si128(a->hi, s.hi);
#else
    a->words.b[0] |= s.words.b[0];
    a->words.b[1] |= s.words.b[1];
    a->slots |= s.slots;
    a->words2 |= s.words2;
#endif
}

/* fills c->ahead back from where the last fill stopped down to token
 * stop (one pass from the sentence's end in all: linear, not quadratic),
 * each token's filter holding the words up to the first token after it
 * that stops every pattern (stops_patterns), not the whole sentence's.
 * Kept out of line: best_any, its one caller, holds many values in
 * registers, and the loop inlined there cost 44 instructions a token,
 * 36 here. */
__attribute__((noinline)) static void fill_ahead(const dy_ctx *c,
                                                 size_t stop)
{
    struct dy_ahead_fill *f = c->ahead_fill;
    /* (the tables in locals: the stores to c->ahead are not known not to
     * change the lexicon's fields, which would be read again a token) */
    const lx_ahead *shares = c->lx->shares;
    ahead_acc a = acc_load(&f->acc);
    /* (a pointer into each array, stepped back a token: an index made
     * both addresses, and cost a third of a token's instructions) */
    const dy_token *const tok = c->tok, *t = tok + f->lo;
    const dy_token *const ts = tok + stop;
    lx_ahead *ap = c->ahead + f->lo;
    while (t > ts) {
        acc_store(--ap, a);
        --t;
        /* (most tokens have no form that counts: they add nothing, and a
         * stop is one of them, with no form at all) */
        if (!(t->kinds & (1u << DY_KIND_AHEAD))) {
            if (t->wid == LX_NONE && t->type == TT_PUNCT &&
                stops_patterns(c, (size_t)(t - tok), f->first, f->end))
                /* (tokens before a stop see nothing past it) */
                a = acc_zero();
            continue;
        }
        if (t->wid != LX_NONE)
            ahead_add(&a, shares, t->wid);
        /* (a lemma that is the form itself ORs its share again, a change
         * of nothing: two ORs cost less than a test for it, 0.2 M) */
        if (t->vlem != LX_NONE)
            ahead_add(&a, shares, t->vlem);
        if (t->nlem != LX_NONE)
            ahead_add(&a, shares, t->nlem);
    }
    f->lo = (uint32_t)stop;
    acc_store(&f->acc, a);
}

/* c->ahead[i]: the filter of the words after token i in its sentence and
 * the slots they fill, filled on first need (the tokens before the first
 * verb a pattern is tried at, a fifth of all, are never read) */
static const lx_ahead *ahead_at(const dy_ctx *c, size_t i)
{
    const struct dy_ahead_fill *f = c->ahead_fill;
    size_t stop = i > f->first ? i : f->first;
    if (f->lo > stop)
        fill_ahead(c, stop);
    return &c->ahead[i];
}

/* Matches verb pattern p at token i from its word kstart on (1; 2 when its
 * object was matched before the verb, in the passive); returns the number
 * of words matched (0 when it does not match) and fills its end and
 * target slot. */
static int nominal_at(const dy_ctx *c, size_t j, size_t end);

/* "threatened economic sanctions": the word at j (from pos on) is the
 * modifier of the event noun right after it, which names another act
 * than the word alone does ("economic" names none; "aid deliveries" are
 * still aid) and has another CAMEO root than the pattern's (code): the
 * word fills no typed slot */
static int modifies_other_act(const dy_ctx *c, size_t j, size_t pos,
                              size_t end, const char *code)
{
    if (j + 1 >= end || !(c->tok[j + 1].kinds & (1u << LX_NOUN)))
        return 0;
    dy_pattern_match m = dy_match_noun(c, j + 1, pos);
    if (m.phrase == LX_NONE || m.first > j)
        return 0;
    const char *act = lx_phrase_cameo(c->lx, &c->lx->phrases[m.phrase]);
    dy_pattern_match alone = dy_match_noun(c, j, j);
    if (alone.phrase != LX_NONE &&
        strncmp(lx_phrase_cameo(c->lx, &c->lx->phrases[alone.phrase]), act,
                2) == 0)
        return 0;
    return strncmp(act, code, 2) != 0;
}

/* "sent $5 million" is money, "sent 1 million doses" is not: an amount
 * word at j fills a typed slot only when it heads its phrase (its noun
 * follows it otherwise) */
static int amount_of_noun(const dy_ctx *c, size_t j, size_t end)
{
    return dy_is_amount(c, &c->tok[j]) && j + 1 < end &&
           (c->tok[j + 1].tag == TAG_NOUN || c->tok[j + 1].tag == TAG_ADJ ||
            c->tok[j + 1].tag == TAG_PROPN);
}

/* is pattern word w a particle of a phrasal verb (class particle) */
static int particle_word(const dy_ctx *c, uint32_t w)
{
    return w < c->lx->nwords && !lx_is_slot(w) &&
           (c->lx->words[w].classes[DY_CL_PARTICLE >> 5] >>
                (DY_CL_PARTICLE & 31) &
            1u);
}

/* "call on +", "fire on +": a particle with the target right after it is
 * the verb's own, with no determiner, preposition or verb between them
 * ("fired rockets on", not "called the attack on the embassy" nor
 * "marched through Rome on Saturday") */
static int prepositional_verb(const dy_ctx *c, const uint32_t *w, size_t nw,
                              size_t k)
{
    return k == 1 && nw > 2 && w[2] == LX_PLUS && particle_word(c, w[1]);
}

/* A typed slot stands for the verb's object, which no preposition
 * comes before: "was handed over to the governor" fills no &person, nor
 * "was captured by rebels" one; but "of" ("dozens of prisoners") and a
 * preposition before a number, an amount or a time ("over 40 airstrikes",
 * "on Sunday") may stand in the gap */
static int object_barred(const dy_ctx *c, size_t j, size_t end)
{
    const dy_token *t = &c->tok[j];
    if (t->tag != TAG_PREP || dy_tok_has(t, c->w_of))
        return 0;
    if (j + 1 >= end)
        return 1;
    const dy_token *n = &c->tok[j + 1];
    /* ("provided up to $400 million": a currency sign before the number) */
    if (n->tag == TAG_PUNCT && !dy_is_clause_punct(c, n) && j + 2 < end &&
        c->tok[j + 2].type == TT_NUM)
        return 0;
    return !(n->tag == TAG_NUM || (n->pos & POS_TIME) || dy_is_amount(c, n));
}

/* "warn at ^ +" (TABARI's and PETRARCH's '^'): the token after what is
 * passed over from token pos on (at most `most` tokens on, inside the
 * clause): the first actor mention ("at the North Yemen of the Prince":
 * Yemen), as TABARI skips an actor; but where the pattern's next word
 * `next` (a word or typed slot) comes first, the noun group before it, as
 * PETRARCH skips a noun phrase ("warned their populations about"); with
 * actor_only (a '+' right before the '^'), only the actor. SIZE_MAX when
 * neither stands there. */
static size_t skip_phrase(const dy_ctx *c, size_t pos, size_t end,
                          size_t most, uint32_t next, int actor_only)
{
    int word = next < c->lx->nwords || lx_is_slot(next);
    size_t group = SIZE_MAX; /* the end of the first noun group */
    for (size_t j = pos; j < end && j <= pos + most; j++) {
        const dy_token *t = &c->tok[j];
        if (t->mention >= 0) {
            const dy_mention *m = dy_vec_at(&c->mentions, (size_t)t->mention);
            return m->end > j ? m->end : j + 1;
        }
        if (word && group != SIZE_MAX && dy_tok_fills(c, t, next))
            return group;
        if (group == SIZE_MAX && (t->tag == TAG_NOUN || t->tag == TAG_PROPN)) {
            if (actor_only)
                return SIZE_MAX;
            size_t q = j;
            while (q < end && dy_is_nominal(&c->tok[q]) &&
                   c->tok[q].mention < 0)
                q++;
            group = q;
        }
        /* (a verb before any noun group: no noun phrase stands there,
         * "wanted to sell information to the police") */
        if (dy_is_clause_punct(c, t) || t->tag == TAG_SUB ||
            (group == SIZE_MAX && (t->tag == TAG_VERB || t->tag == TAG_TO)))
            break;
    }
    return SIZE_MAX;
}

/* past the gap, a typed slot's filler may still come after up to two
 * words that modify it ("called the decision a war crime": &censure;
 * "the attack a" is the gap): token j and the one before it are
 * adjectives or nouns of no actor or place; the filler found so must
 * end its noun group (group_head) */
static int slot_modifier(const dy_ctx *c, uint32_t w, size_t j, size_t gap,
                         size_t most)
{
    if (!lx_is_slot(w) || gap > most + 2)
        return 0;
    for (size_t q = j - 1; q <= j; q++) {
        const dy_token *t = &c->tok[q];
        if (!(t->tag == TAG_ADJ || t->tag == TAG_NOUN || t->tag == TAG_DET) ||
            t->mention >= 0 || t->place >= 0)
            return 0;
    }
    return c->tok[j].tag != TAG_DET;
}

/* is token j a noun that ends its noun group (no noun or adjective
 * after it)? */
static int group_head(const dy_ctx *c, size_t j, size_t end)
{
    return c->tok[j].tag == TAG_NOUN &&
           !(j + 1 < end && (c->tok[j + 1].tag == TAG_NOUN ||
                             c->tok[j + 1].tag == TAG_ADJ));
}

/* Is the noun at j of class container (data/grammar.lex: package,
 * tranche ...), right before "of" and a noun phrase with a word that fills
 * slot w (up to three tokens on: "a package of tough new sanctions")? 1 if
 * so; -1 if that phrase names an act of its own first, so that neither
 * fills the slot; 0 otherwise ("a package of Rs 2 lakh": the container is
 * what fills it) */
static int container_of(const dy_ctx *c, size_t j, size_t end, uint32_t w)
{
    const dy_token *t = &c->tok[j];
    if (j + 2 >= end || t->tag != TAG_NOUN ||
        !dy_tok_has(&c->tok[j + 1], c->w_of) ||
        !dy_in_class_noun(c, DY_CL_CONTAINER, t))
        return 0;
    for (size_t q = j + 2; q < end && q < j + 6; q++) {
        const dy_token *u = &c->tok[q];
        if (dy_tok_fills(c, u, w))
            return 1;
        /* (what it holds names an act of its own: "a package of
         * sanctions" is no aid, whatever "approved" may take) */
        if (u->tag == TAG_NOUN && dy_match_noun(c, q, j + 2).phrase != LX_NONE)
            return -1;
        if (dy_is_clause_punct(c, u) || u->tag == TAG_VERB ||
            u->tag == TAG_PREP || u->tag == TAG_SUB)
            return 0;
    }
    return 0;
}

static int verb_fits(const dy_ctx *c, const uint32_t *w, size_t nw,
                     uint32_t joined, const char *code, size_t i, size_t end,
                     size_t kstart, uint32_t *mend, uint32_t *slot,
                     int nominals)
{
    /* (most patterns of a common verb fail on a word that is not ahead:
     * best_any has rejected those, by pattern_may_fit) */
    size_t pos = i + 1;
    *slot = LX_NONE;
    int words = (int)kstart;
    /* "option free-gaps": as far apart as clause punctuation lets them, past a
     * subordinator ("allowed that Mordor isn't a real pleasant place":
     * TABARI matches words anywhere after the verb, PETRARCH2 in the
     * verb's phrase, which holds its "that" clause) */
    int free_gaps = (c->lx->tables->options & LX_OPT_FREE_GAPS) != 0;
    size_t most = free_gaps ? end : GAP;
    for (size_t k = kstart; k < nw; k++) {
        if (w[k] == LX_PLUS) {
            *slot = (uint32_t)pos;
            continue;
        }
        if (w[k] == LX_SKIP) { /* "at ^ +": a noun phrase passed over */
            /* ("want + ^ to": the target is the actor passed over) */
            pos = skip_phrase(c, pos, end, most,
                              k + 1 < nw ? w[k + 1] : LX_NONE,
                              k > 0 && w[k - 1] == LX_PLUS);
            if (pos == SIZE_MAX)
                return 0;
            continue;
        }
        /* up to GAP tokens between words; an actor mention counts as one
         * ("accused the Russian government of shelling"), and so do a
         * place's name ("withdrew from the Black Sea grain deal") and an
         * amount ("handed over more than USD $4 million worth of") */
        size_t j = pos, found = 0, gap = 0;
        int in_list = 0;
        int prep_verb = prepositional_verb(c, w, nw, k);
        /* "new_relations": the word right after the one before, if any */
        if (k < 32 && (joined >> k & 1u)) {
            if (pos >= end || !dy_tok_fills(c, &c->tok[pos], w[k]))
                return 0;
            pos++;
            words++;
            continue;
        }
        for (; j < end && (gap <= most || slot_modifier(c, w[k], j, gap, most));
             j++) {
            const dy_token *t = &c->tok[j];
            /* "a new package of sanctions": a container noun and its
             * "of" are passed over, what they hold fills the slot (and
             * counts as the gap's one noun) */
            int held = lx_is_slot(w[k]) ? container_of(c, j, end, w[k]) : 0;
            if (held < 0)
                break;
            if (held) {
                j++;
                continue;
            }
            /* a word inside an actor mention matches too ("expelled two
             * Russian diplomats"), and the mention counts as one token */
            /* (a slot's word before a possessive is no object: "captured
             * the men's gold medal") */
            if (dy_tok_fills(c, t, w[k]) &&
                !(lx_is_slot(w[k]) &&
                  (amount_of_noun(c, j, end) ||
                   (j + 1 < end && c->tok[j + 1].tag == TAG_POSS)))) {
                found = !(lx_is_slot(w[k]) &&
                          modifies_other_act(c, j, pos, end, code)) &&
                        (gap <= most || group_head(c, j, end));
                break;
            }
            /* "launched 'HIMARS' and 'Grad' missiles": quotation marks
             * inside the gap are not words */
            if (dy_is_quote(c, t))
                continue;
            /* "fired 122mm, 120mm and 82mm mortars and grenade launchers
             * at": a list's words after its first separator are free */
            if (list_separator(c, j, pos, end)) {
                in_list = 1;
                continue;
            }
            if (in_list && dy_is_nominal(t))
                continue;
            in_list = 0;
            if (dy_is_clause_punct(c, t) ||
                (t->tag == TAG_SUB && !free_gaps) ||
                (prep_verb && (t->tag == TAG_DET || t->tag == TAG_PREP ||
                               t->tag == TAG_VERB)))
                break;
            /* ("threatened Russia with sanctions", "hit Iran with new
             * sanctions": a verb of class with-object names its act's
             * means after "with") */
            if (lx_is_slot(w[k]) && object_barred(c, j, end) &&
                !(dy_tok_has(t, c->w_with) &&
                  dy_in_class_verb(c, DY_CL_WITH_OBJECT, &c->tok[i])))
                break;
            /* "announced the lifting of sanctions": a noun that names an
             * act, with its "of", is a pattern of its own */
            if (nominals && w[k] != c->w_of && nominal_at(c, j, end))
                break;
            /* "approve of +": a noun before the verb's "of" is its object,
             * and the "of" is that noun's ("approved the release of
             * prisoners"; not so "fired batteries at") */
            if (k == 1 && w[k] == c->w_of && k + 1 < nw &&
                w[k + 1] == LX_PLUS &&
                (t->tag == TAG_NOUN || t->mention >= 0) &&
                !(t->pos & POS_TIME))
                break;
            if (!(t->mention >= 0 && j + 1 < end &&
                  c->tok[j + 1].mention == t->mention) &&
                !(t->place >= 0 && j + 1 < end &&
                  c->tok[j + 1].place == t->place) &&
                !dy_is_amount(c, t))
                gap++;
        }
        if (!found)
            return 0;
        pos = j + 1;
        words++;
    }
    *mend = (uint32_t)pos;
    return words;
}

/* the token before the modifiers (determiners, numbers, amounts,
 * adjectives, an actor's words: at most 4) that end at j */
static size_t modifiers_before(const dy_ctx *c, size_t first, size_t j)
{
    size_t q = j;
    while (q > first && j - q < 4) {
        const dy_token *t = &c->tok[q];
        if (!(t->tag == TAG_DET || t->tag == TAG_NUM || t->tag == TAG_ADJ ||
              t->mention >= 0 || dy_is_amount(c, t)))
            break;
        q--;
    }
    return q;
}

/* Matches noun pattern p whose head is token i; fills the start. */
static int noun_fits(const dy_ctx *c, const lx_phrase *p, size_t i,
                     size_t first, uint32_t *mstart)
{
    const uint32_t *w = c->lx->pwords + p->words;
    size_t pos = i; /* the head */
    int skipped = 0;
    for (size_t k = p->nwords - 1; k-- > 0;) {
        if (pos == first)
            return 0;
        size_t j = pos - 1;
        /* "release of 30 Palestinian prisoners": after the pattern's "of"
         * the head keeps its own modifiers */
        if (k + 2 == p->nwords && w[k] == c->w_of)
            j = modifiers_before(c, first, j);
        if (!dy_tok_fills(c, &c->tok[j], w[k])) {
            /* "missile and drone attack": skip "and drone" once */
            if (skipped || j < first + 2 ||
                !(dy_tok_has(&c->tok[j - 1], c->w_and) ||
                  dy_tok_has(&c->tok[j - 1], c->w_or)) ||
                !dy_tok_fills(c, &c->tok[j - 2], w[k]))
                return 0;
            j -= 2;
            skipped = 1;
        }
        pos = j;
    }
    *mstart = (uint32_t)pos;
    return p->nwords;
}

/* a verb pattern's CAMEO code; "" for a null or discard pattern */
static const char *pattern_code(const dy_ctx *c, const lx_phrase *p)
{
    return p->cameo != LX_NONE ? lx_phrase_cameo(c->lx, p) : "";
}

/* "handed the remains over": a pattern whose particle follows its verb
 * ("hand over &property") read with the particle after its object; the
 * words matched, or 0 */
static int particle_shifted(const dy_ctx *c, const lx_phrase *p, size_t i,
                            size_t end, uint32_t *me, uint32_t *slot,
                            int nominals)
{
    const uint32_t *w = c->lx->pwords + p->words;
    uint32_t sw[16];
    /* (the object is a slot or a noun, not a preposition: not "sit down
     * with +"; and "on" is a preposition there: "fire on &person") */
    if (p->nwords < 3 || p->nwords > 16 || p->joined ||
        !particle_word(c, w[1]) ||
        w[1] == c->w_on || w[2] == LX_PLUS || w[2] == LX_SKIP ||
        !(lx_is_slot(w[2]) || ((c->lx->words[w[2]].pos & POS_N) &&
                               !(c->lx->words[w[2]].pos & POS_PREP))))
        return 0;
    sw[0] = w[0];
    sw[1] = w[2];
    sw[2] = w[1];
    for (size_t k = 3; k < p->nwords; k++)
        sw[k] = w[k];
    return verb_fits(c, sw, p->nwords, 0, pattern_code(c, p), i, end, 1,
                     me, slot, nominals);
}

/* "medicine was handed over to the Red Cross": a particle verb's pattern
 * (verb, particle, object, ...) in the passive: the particle follows the
 * verb at token i, its object is the noun at token obj before the verb,
 * and the rest follow the particle. The number of words matched, or 0. */
static int particle_passive(const dy_ctx *c, const lx_phrase *p, size_t i,
                            size_t end, size_t obj, uint32_t *me,
                            uint32_t *slot, int nominals)
{
    const uint32_t *w = c->lx->pwords + p->words;
    if (w[2] == LX_PLUS || !dy_tok_fills(c, &c->tok[obj], w[2]))
        return 0;
    *me = (uint32_t)i + 2;
    return p->nwords > 3 ? verb_fits(c, w, p->nwords, p->joined,
                                     pattern_code(c, p), i + 1, end, 3, me,
                                     slot, nominals)
                         : 3;
}

/* How pattern p fits the verb at token i: with obj == SIZE_MAX from its
 * second word on after the verb; else its second word must fill the noun
 * at token obj before the verb (the passive object) and the rest follow
 * the verb. The number of words matched, or 0. */
static int fit_at(const dy_ctx *c, const lx_phrase *p, size_t i, size_t end,
                  size_t obj, uint32_t *me, uint32_t *slot, int nominals)
{
    *me = 0;
    *slot = LX_NONE;
    /* (a verb alone, read actively, fits wherever the verb is: verb_fits
     * would read no word after it, and the code it looks up is not read;
     * most of the patterns tried are such) */
    if (p->nwords == 1 && obj == SIZE_MAX) {
        *me = (uint32_t)i + 1;
        return 1;
    }
    const uint32_t *w = c->lx->pwords + p->words;
    const char *code = pattern_code(c, p);
    if (obj == SIZE_MAX) {
        int n = verb_fits(c, w, p->nwords, p->joined, code, i, end, 1, me,
                          slot, nominals);
        return n ? n
                 : particle_shifted(c, p, i, end, me, slot, nominals);
    }
    if (p->nwords < 2)
        return 0;
    uint32_t w1 = c->lx->pwords[p->words + 1];
    if (p->nwords >= 3 && w1 != LX_PLUS && i + 1 < end &&
        dy_in_class(c, DY_CL_PARTICLE, &c->tok[i + 1]) &&
        dy_tok_fills(c, &c->tok[i + 1], w1))
        return particle_passive(c, p, i, end, obj, me, slot, nominals);
    if (w1 == LX_PLUS || !dy_tok_fills(c, &c->tok[obj], w1))
        return 0;
    *me = (uint32_t)i + 1;
    return p->nwords > 2 ? verb_fits(c, w, p->nwords, p->joined, code, i,
                                     end, 2, me, slot, nominals)
                         : 2;
}

/* the first mention of the coordination of actors token j is in, or -1
 * ("Gondor and Osgiliath") */
static int32_t coordination(const dy_ctx *c, size_t j)
{
    int32_t m = c->tok[j].mention;
    if (m < 0)
        return -1;
    return ((const dy_mention *)dy_vec_at(&c->mentions, (size_t)m))->coord;
}

/* is token k a hyphen that ends the word before it with a blank after
 * ("an anti- Gondor parade": a prefix standing alone, as TABARI's and
 * PETRARCH's "ANTI-" reads it)? It is part of that word, no dash. */
static int suspended_hyphen(const dy_ctx *c, size_t k)
{
    const dy_token *t = &c->tok[k];
    if (t->type != TT_PUNCT || t->len != 1 || c->text[t->start] != '-' ||
        k == 0 || c->tok[k - 1].type == TT_PUNCT ||
        c->tok[k - 1].start + c->tok[k - 1].len != t->start)
        return 0;
    size_t after = t->start + 1;
    return after < c->text_len &&
           (c->text[after] == ' ' || c->text[after] == '\t');
}

/* does token k end the clause for the words before a verb and the far
 * target? Clause punctuation, but for a suspended hyphen */
static int ends_clause(const dy_ctx *c, size_t k)
{
    return dy_is_clause_punct(c, &c->tok[k]) && !suspended_hyphen(c, k);
}

/* does the token's form or noun lemma fill any typed slot? */
static int in_some_slot(const dy_ctx *c, const dy_token *t)
{
    const lx_word *words = c->lx->words;
    return (t->wid != LX_NONE && lx_word_slots(&words[t->wid])) ||
           (t->nlem != LX_NONE && lx_word_slots(&words[t->nlem]));
}

/* does token j fill word w of the words before a verb: a word, a typed
 * slot, or '%' (a member of a coordination of actors)? */
static int pre_word_at(const dy_ctx *c, size_t j, uint32_t w)
{
    if (w == LX_COMPOUND)
        return coordination(c, j) >= 0;
    if (!dy_tok_fills(c, &c->tok[j], w))
        return 0;
    /* a typed slot's word heads its noun phrase, or modifies a word of
     * a typed slot or an event noun ("air strikes", "mortar rounds",
     * "drone attack"), not another noun ("the missile programme hit its
     * economy") */
    const dy_token *n = j + 1 < c->ntok ? &c->tok[j + 1] : NULL;
    return !lx_is_slot(w) || !n || n->tag != TAG_NOUN ||
           (n->kinds & (1u << LX_NOUN)) || in_some_slot(c, n);
}

/* The words pattern p has before its verb ("said ... hold talks") read
 * back from the verb at token i: each before the next, any distance
 * apart, inside the verb's clause (clause punctuation stops the search).
 * Their number, or -1 when one is missing; *pfirst gets the first one's
 * token and *slot the token where a '+' among them seeks the target
 * (after the word before it, or the clause's start). */
static int pre_fits(const dy_ctx *c, const lx_phrase *p, size_t i,
                    uint32_t *pfirst, uint32_t *slot)
{
    const uint32_t *w = c->lx->pwords + p->words + p->nwords;
    size_t pos = i; /* the words left are before token pos */
    int words = 0, plus = 0;
    for (size_t k = p->pre; k-- > 0;) {
        if (w[k] == LX_PLUS) {
            plus = 1;
            continue;
        }
        size_t j = pos;
        /* "most_certainly ...": the word right before the next one (the
         * last of them, "recently_ ... allow", right before the verb) */
        size_t bit = p->nwords + k + 1;
        int joined = bit < 32 && (p->joined >> bit & 1u);
        while (!joined && j > 0 && !pre_word_at(c, j - 1, w[k]) &&
               !ends_clause(c, j - 1))
            j--;
        if (j == 0 || !pre_word_at(c, j - 1, w[k]))
            return -1;
        pos = j - 1;
        if (w[k] == LX_COMPOUND) /* the coordination's first member */
            pos = ((const dy_mention *)dy_vec_at(
                       &c->mentions, (size_t)coordination(c, pos)))
                      ->first;
        words++;
        if (plus) { /* (after "anti-": the hyphen is the word's) */
            *slot = (uint32_t)pos + 1 + (pos + 1 < i &&
                                         suspended_hyphen(c, pos + 1));
            plus = 0;
        }
    }
    if (plus) { /* a '+' first: from the clause's start */
        while (pos > 0 && !ends_clause(c, pos - 1))
            pos--;
        *slot = (uint32_t)pos;
    }
    *pfirst = (uint32_t)(words ? pos : i);
    return words;
}

/* can the verb or null pattern of verb index entry e fit the verb whose
 * words ahead are ahead (read actively when obj == SIZE_MAX)? 0 when it
 * cannot: a word that must follow the verb is not ahead (for the pattern
 * and for its particle read after the object alike; verb_fits reads only
 * the patterns that pass). Read actively, every word from the second on
 * follows the verb, so a typed slot among them that no word ahead fills
 * rejects it too; its second word, when a word, is ahead in the filter
 * (best_any reads only the verb index's groups whose bit is). */
static int pattern_may_fit(const lx_kentry *e, const lx_ahead *ahead,
                           size_t obj)
{
    return lx_filter_covers(&ahead->words, &e->need) &&
           (obj != SIZE_MAX || !(e->slots & ~ahead->slots));
}

static int compound_at(const dy_ctx *c, uint32_t slot, size_t end);

/* the next group of a slice to read after group 0: the lowest bit left
 * in b0 (groups 1-64), else in b1 (groups 65-128), taken out of it; 0
 * when none is left */
static inline int next_group(uint64_t *b0, uint64_t *b1, uint32_t *g)
{
    if (*b0) {
        *g = 1 + (uint32_t)__builtin_ctzll(*b0);
        *b0 &= *b0 - 1;
    } else if (*b1) {
        *g = 65 + (uint32_t)__builtin_ctzll(*b1);
        *b1 &= *b1 - 1;
    } else {
        return 0;
    }
    return 1;
}

/* best_any's question and its best pattern so far */
typedef struct verb_walk {
    size_t i, end, obj, first;
    int nominals;
    dy_pattern_match m;
    int best_words, best_q;
} verb_walk;

/* tries the pattern of kind index entry e of word w (keys[q]) for v */
static void try_pattern(const dy_ctx *c, verb_walk *v, const lx_word *w,
                        const lx_kentry *e, int q)
{
    const dyad_lexicon *lx = c->lx;
    size_t i = v->i, end = v->end;
    uint32_t pid = lx->pindex[w->phr_first + (e->kq & LX_KQ_MASK)];
    const lx_phrase *p = &lx->phrases[pid];
    /* (the question's readings made here, for the few patterns that ask
     * them: words before the verb count in the active reading of a
     * verb only, a verbal pattern is not read from a noun, "the lifting
     * of") */
    int active = v->obj == SIZE_MAX && v->first == i && v->nominals;
    int nominal = v->obj == SIZE_MAX && v->first != i;
    if ((p->pre && !active) || ((p->flags & LX_PF_VERBAL) && nominal))
        return;
    uint32_t me, slot, pslot = LX_NONE, pfirst = (uint32_t)i;
    int words = fit_at(c, p, i, end, v->obj, &me, &slot, v->nominals);
    if (words && p->pre) {
        int before = pre_fits(c, p, i, &pfirst, &pslot);
        words = before < 0 ? 0 : words + before;
    }
    if (words && (p->flags & LX_PF_COMPOUND_TARGET) &&
        !compound_at(c, slot, end))
        words = 0;
    int tie = words == v->best_words && words;
    /* "option form-first": of equal patterns, the one keyed by the form
     * (keys[1]) before the one keyed by the lemma (keys[0]) */
    int by_key = tie && (lx->tables->options & LX_OPT_FORM_FIRST) &&
                 q != v->best_q;
    if (words > v->best_words ||
        (by_key ? q > v->best_q : tie && pid < v->m.phrase)) {
        v->m.phrase = pid;
        v->best_words = words;
        v->best_q = q;
        v->m.end = me;
        v->m.slot = slot != LX_NONE ? slot : pslot;
        /* the words before the verb are the pattern's too: its
         * "not" or "would" is no mood of the event's */
        v->m.first = p->pre ? pfirst : (uint32_t)v->first;
    }
}

/* adds the words of token t to filter f */
static void add_token_words(lx_filter *f, const dy_token *t)
{
    if (t->wid != LX_NONE)
        lx_filter_add(f, t->wid);
    if (t->vlem != LX_NONE)
        lx_filter_add(f, t->vlem);
    if (t->nlem != LX_NONE)
        lx_filter_add(f, t->nlem);
}

/* The words a verb pattern's second word, when a word, must be one of at
 * the verb at token i (fit_at): read actively, a word ahead; read with its
 * object at obj before the verb, a word of the object or of the particle
 * right after the verb ("was handed over"), which it fills (dy_tok_fills:
 * one of the token's words). So the passive reads only the groups of
 * those two tokens' words, not all of a common verb's patterns. */
static lx_filter second_words(const dy_ctx *c, const lx_ahead *ahead,
                              size_t i, size_t end, size_t obj)
{
    if (obj == SIZE_MAX)
        return ahead->words;
    lx_filter f = {{0, 0}};
    add_token_words(&f, &c->tok[obj]);
    if (i + 1 < end)
        add_token_words(&f, &c->tok[i + 1]);
    return f;
}

static uint32_t far_slot(const dy_ctx *c, size_t from, size_t end,
                         uint32_t slot);

/* the end of the part of a verb index slice's group 0 that best_any
 * reads: all of it actively; with the object before the verb, only its
 * patterns with a typed slot second (lx_vslice.typed), filled by the
 * object (fit_at): none, '+' or '^' second cannot fit then */
static inline uint32_t group0_end(const lx_vslice *vs, size_t obj)
{
    return obj == SIZE_MAX ? vs->off[1] : vs->typed;
}

/* Has a key of keys[] (as best_any reads them) a verb index group to
 * read: group 0's part (group0_end), or a group whose second words' bit
 * is in second? When neither has, best_any tries no pattern and finds
 * none. */
static int some_group(const dyad_lexicon *lx, const uint32_t keys[2],
                      const lx_filter *second, size_t obj)
{
    for (int q = 0; q < 2; q++) {
        if (keys[q] == LX_NONE || lx->vslot[keys[q]] == LX_NONE)
            continue;
        const lx_vslice *vs = &lx->vslices[lx->vslot[keys[q]]];
        if (group0_end(vs, obj) || (second->b[0] & vs->occ.b[0]) ||
            (second->b[1] & vs->occ.b[1]))
            return 1;
    }
    return 0;
}

/* the longest verb pattern keyed by keys[] (file order among the equally
 * long), its later words read from token i on, actively or with its
 * object at obj; m.first is first. Words before the verb count in the
 * active reading of a verb only (first == i); a verbal pattern is not
 * read from a noun (first != i). The winner may be a null or
 * discard pattern (LX_BLOCK): read raw (the discard search) it is the
 * answer; else no pattern is then, and a far target's slot is the first
 * actor after the verb (far_slot), best_of's answer. The
 * winner does not depend on the order the patterns are read in, so a
 * key's verb index slice is read by groups: the group of the patterns
 * whose second word is no word, and those whose second word's filter bit
 * is among the words it must be one of (second_words). */
static dy_pattern_match best_any(const dy_ctx *c, const uint32_t keys[2],
                                 size_t i, size_t end, size_t obj,
                                 size_t first, int nominals, int raw)
{
    const dyad_lexicon *lx = c->lx;
    const lx_ahead *ahead = ahead_at(c, i);
    lx_filter second = second_words(c, ahead, i, end, obj);
    /* (most asks find no group to read, "be", "say" and "have" with
     * every pattern a word second: answered before the walk's set-up) */
    if (!some_group(lx, keys, &second, obj))
        return (dy_pattern_match){LX_NONE, (uint32_t)first, 0, LX_NONE};
    verb_walk v = {i, end, obj, first, nominals,
                   {LX_NONE, (uint32_t)first, 0, LX_NONE}, 0, 0};
    for (int q = 0; q < 2; q++) {
        if (keys[q] == LX_NONE || (q == 1 && keys[1] == keys[0]) ||
            lx->vslot[keys[q]] == LX_NONE)
            continue;
        const lx_word *w = &lx->words[keys[q]];
        const lx_vslice *vs = &lx->vslices[lx->vslot[keys[q]]];
        const lx_kentry *e = lx->vindex + vs->first;
        uint64_t b0 = second.b[0] & vs->occ.b[0];
        uint64_t b1 = second.b[1] & vs->occ.b[1];
        /* (group 0, off[0] 0) */
        for (uint32_t r = 0, n0 = group0_end(vs, obj); r < n0; r++)
            if (pattern_may_fit(&e[r], ahead, obj))
                try_pattern(c, &v, w, &e[r], q);
        /* (group 0's second words are no words; read actively, a group's
         * second words that share its bit with a word ahead are passed
         * over by their second bit: the passive's, fewer, are not) */
        uint64_t two = obj == SIZE_MAX ? ahead->words2 : ~0ull;
        uint32_t g;
        while (next_group(&b0, &b1, &g))
            for (uint32_t r = vs->off[g]; r < vs->off[g + 1]; r++)
                if (pattern_may_fit(&e[r], ahead, obj) &&
                    (two >> lx_filter_bit2(e[r].next) & 1))
                    try_pattern(c, &v, w, &e[r], q);
    }
    /* (best_of's answer made here, where the question is at hand: its
     * caller then keeps nothing across the call) */
    if (!raw && v.m.phrase != LX_NONE) {
        const lx_phrase *p = &lx->phrases[v.m.phrase];
        if (p->kind == LX_BLOCK)
            v.m.phrase = LX_NONE;
        else if (v.m.slot != LX_NONE && (p->flags & LX_PF_FAR_TARGET))
            v.m.slot = far_slot(c, i + 1, end, v.m.slot);
    }
    return v.m;
}

/* "welcome ... +" (TABARI's and PETRARCH's target): the first actor
 * mention after the verb (from token from on) inside the clause, between
 * or after the pattern's words; slot when there is none */
static uint32_t far_slot(const dy_ctx *c, size_t from, size_t end,
                         uint32_t slot)
{
    for (size_t k = from; k < end; k++) {
        if (c->tok[k].mention >= 0)
            return (uint32_t)k;
        if (ends_clause(c, k))
            break;
    }
    return slot;
}

/* "agree with %": is the first actor from token slot on, inside the
 * clause, a member of a coordination of actors? */
static int compound_at(const dy_ctx *c, uint32_t slot, size_t end)
{
    if (slot == LX_NONE)
        return 0;
    uint32_t j = far_slot(c, slot, end, LX_NONE);
    return j != LX_NONE && coordination(c, j) >= 0;
}

/* best_any read actively, where a null or discard pattern that wins
 * leaves none (and a far target's slot is moved: best_any does both when
 * not read raw). The passive's ask (dy_match_verb_passive) is its own
 * copy of best_any: this one, with no object, reads less. */
static dy_pattern_match best_of(const dy_ctx *c, const uint32_t keys[2],
                                size_t i, size_t end, size_t first,
                                int nominals)
{
    return best_any(c, keys, i, end, SIZE_MAX, first, nominals, 0);
}

int dy_match_discard(const dy_ctx *c, size_t first, size_t end)
{
    /* (dyad's own lexicon has none: imported dictionaries do) */
    if (!c->lx->tables->discards)
        return 0;
    const dy_token *tok = c->tok;
    for (size_t i = first; i < end; i++) {
        /* (four tokens a step while none keys a block: the loop's own
         * count and test cost as much as a token's test) */
        while (i + 4 <= end &&
               !((tok[i].kinds | tok[i + 1].kinds | tok[i + 2].kinds |
                  tok[i + 3].kinds) & KIND_BIT(LX_BLOCK)))
            i += 4;
        if (i >= end)
            break;
        const dy_token *t = &tok[i];
        if (!(t->kinds & KIND_BIT(LX_BLOCK)) ||
            (t->tag != TAG_VERB && !(t->tag == TAG_AUX && t->vlem != LX_NONE)))
            continue;
        uint32_t keys[2] = {t->vlem, t->wid};
        dy_pattern_match m = best_any(c, keys, i, end, SIZE_MAX, i, 1, 1);
        const lx_phrase *p =
            m.phrase != LX_NONE ? &c->lx->phrases[m.phrase] : NULL;
        if (p && p->kind == LX_BLOCK &&
            strcmp(lx_str(c->lx, p->ptype), "discard") == 0)
            return 1;
    }
    return 0;
}

int dy_match_act_noun(const dy_ctx *c, size_t j)
{
    const dy_token *t = &c->tok[j];
    if (t->tag == TAG_NOUN)
        return 1;
    /* "the lifting of", "its easing of": a gerund after a determiner */
    return t->tag == TAG_VERB && j > 0 &&
           (c->tok[j - 1].tag == TAG_DET || c->tok[j - 1].tag == TAG_POSS) &&
           dy_tok_ends(c, t, "ing", 4);
}

uint32_t dy_match_act_verb(const dy_ctx *c, const dy_token *t)
{
    const dyad_lexicon *lx = c->lx;
    uint32_t v = LX_NONE;
    if (t->nlem != LX_NONE)
        v = lx->words[t->nlem].act_of;
    if (v == LX_NONE && t->wid != LX_NONE)
        v = lx->words[t->wid].act_of;
    /* "the lifting of": a gerund names its verb's act */
    if (v == LX_NONE && t->vlem != LX_NONE && dy_tok_ends(c, t, "ing", 4))
        v = t->vlem;
    return v != LX_NONE && (lx->words[v].kinds & (1u << LX_VERB)) ? v
                                                                   : LX_NONE;
}

dy_pattern_match dy_match_nominal(const dy_ctx *c, size_t i, size_t of,
                                  size_t end, uint32_t verb)
{
    uint32_t keys[2] = {verb, LX_NONE};
    dy_pattern_match m = best_of(c, keys, of, end, i, 1);
    /* the bare verb is the noun's own pattern, or none */
    if (m.phrase != LX_NONE && c->lx->phrases[m.phrase].nwords < 2)
        m.phrase = LX_NONE;
    return m;
}

/* "the lifting of sanctions" at token j: a noun naming an act whose
 * verb's pattern of two words or more fits from its "of" on (read without
 * nominals inside it); a verb pattern's gap does not cross it */
static int nominal_at(const dy_ctx *c, size_t j, size_t end)
{
    if (!dy_match_act_noun(c, j) || j + 2 >= end ||
        !dy_tok_has(&c->tok[j + 1], c->w_of))
        return 0;
    uint32_t keys[2] = {dy_match_act_verb(c, &c->tok[j]), LX_NONE};
    if (keys[0] == LX_NONE)
        return 0;
    dy_pattern_match m = best_of(c, keys, j + 1, end, j, 0);
    return m.phrase != LX_NONE && c->lx->phrases[m.phrase].nwords >= 2;
}

dy_pattern_match dy_match_verb(const dy_ctx *c, size_t i, size_t end)
{
    const dy_token *t = &c->tok[i];
    uint32_t keys[2] = {t->vlem, t->wid};
    return best_of(c, keys, i, end, i, 1);
}

/* The words a noun pattern's word before its head, when a word, must be
 * one of for the head at token i (noun_fits): those of the token before
 * the head, or of the one before "and" or "or" and it ("missile and drone
 * attack"); and, where the slice has "of"'s group, of the token before the
 * modifiers that end there ("release of 30 Palestinian prisoners") and of
 * the one before "and" or "or" and it. None when the head is the first
 * token: no pattern of two words or more fits then. */
static lx_filter before_words(const dy_ctx *c, const lx_vslice *vs, size_t i,
                              size_t first)
{
    lx_filter f = {{0, 0}};
    if (i == first)
        return f;
    size_t j = i - 1;
    for (int of = 0; of < 2; of++) {
        add_token_words(&f, &c->tok[j]);
        if (j >= first + 2 && (dy_tok_has(&c->tok[j - 1], c->w_and) ||
                               dy_tok_has(&c->tok[j - 1], c->w_or)))
            add_token_words(&f, &c->tok[j - 2]);
        if (of || !lx_filter_has(&vs->occ, c->w_of))
            break;
        j = modifiers_before(c, first, i - 1);
    }
    return f;
}

/* the longest noun pattern whose head is token i, its words from token
 * first on; of equally long ones, that of the noun lemma (keys[0]), then
 * the first in its key's slice. A key's noun index slice is read by
 * groups: group 0 and the groups of the words before the head
 * (before_words). */
dy_pattern_match dy_match_noun(const dy_ctx *c, size_t i, size_t first)
{
    const dyad_lexicon *lx = c->lx;
    const dy_token *t = &c->tok[i];
    dy_pattern_match m = {LX_NONE, 0, (uint32_t)i + 1, LX_NONE};
    uint32_t keys[2] = {t->nlem, t->wid};
    int best_words = 0, best_q = 0;
    uint32_t best_r = 0;
    for (int q = 0; q < 2; q++) {
        if (keys[q] == LX_NONE || (q == 1 && keys[1] == keys[0]) ||
            lx->nslot[keys[q]] == LX_NONE)
            continue;
        const lx_word *w = &lx->words[keys[q]];
        const lx_vslice *vs = &lx->nslices[lx->nslot[keys[q]]];
        const uint32_t *e = lx->nindex + vs->first;
        lx_filter before = before_words(c, vs, i, first);
        uint64_t b0 = before.b[0] & vs->occ.b[0];
        uint64_t b1 = before.b[1] & vs->occ.b[1];
        uint32_t g = 0;
        for (;;) {
            for (uint32_t r = vs->off[g]; r < vs->off[g + 1]; r++) {
                uint32_t pid = lx->pindex[w->phr_first + e[r]];
                uint32_t ms;
                int words = noun_fits(c, &lx->phrases[pid], i, first, &ms);
                if (words > best_words ||
                    (words == best_words && words && q == best_q &&
                     e[r] < best_r)) {
                    m.phrase = pid;
                    best_words = words;
                    best_q = q;
                    best_r = e[r];
                    m.first = ms;
                }
            }
            if (!next_group(&b0, &b1, &g))
                break;
        }
    }
    return m;
}

dy_pattern_match dy_match_verb_passive(const dy_ctx *c, size_t i, size_t end,
                                       size_t obj)
{
    const dy_token *t = &c->tok[i];
    uint32_t keys[2] = {t->vlem, t->wid};
    return best_any(c, keys, i, end, obj, obj, 1, 0);
}
