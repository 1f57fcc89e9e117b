/*
 * context.c - the country of a role that names none. "Police in Lagos
 * arrested 12 protesters" says whose police only through the place, so a
 * bare role (COP, MIL, GOV, REB, CVL ...) takes, in this order, the
 * country of the sentence's place, the country of the sentence's other
 * actors when they all agree, or the country the document has named most
 * so far (places and actors of earlier sentences). The code is marked
 * country_inferred; a stated country is never overridden, and a role said
 * to be foreign ("foreign troops", "peacekeepers") takes none. A document
 * written in lower case hides its place names from the place stage; its
 * country is read once from the names it holds (lexicon names, else
 * GeoNames towns that mostly agree).
 */
#include "actors_int.h"

#include "match/match.h"
#include "place/place.h"

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

/* counts country cc (three letters) seen at the document's clock */
static void add_country(dy_doc_countries *d, const char *cc)
{
    int i = 0;
    while (i < d->n && !dy_code_same3(d->cc[i], cc))
        i++;
    if (i == d->n) {
        if (d->n >= 32)
            return; /* a bounded set: later newcomers are not counted */
        dy_str_copyn(d->cc[i], sizeof d->cc[i], cc, 3);
        d->count[i] = 0;
        d->n++;
    }
    d->count[i]++;
    d->last[i] = d->tick;
}

/* the country the document has named most so far (ties: the latest), or
 * NULL */
static const char *dominant(const dy_ctx *c)
{
    const dy_doc_countries *d = &c->dcc;
    int best = -1;
    for (int i = 0; i < d->n; i++)
        if (best < 0 || d->count[i] > d->count[best] ||
            (d->count[i] == d->count[best] && d->last[i] > d->last[best]))
            best = i;
    return best >= 0 ? d->cc[best] : NULL;
}

const char *dy_actors_doc_country(const dy_ctx *c)
{
    /* (a lower-case document's country is read from all its names at
     * once, as for its bare roles: see context_country) */
    if (c->dcc.uncased_cc[0])
        return c->dcc.uncased_cc;
    return dominant(c);
}

/* (a token's type and flags, two bytes read together by is_uncased) */
_Static_assert(offsetof(dy_token, flags) == offsetof(dy_token, type) + 1,
               "is_uncased reads a token's type and flags as two bytes");

/* Is the document written in lower case ("police in lucknow said")?
 * Fewer than one word in twenty capitalised. (Read until the capitals
 * number a twentieth of the tokens: then they number a twentieth of the
 * words at least, whatever follows, and most documents are told there,
 * a few sentences in.) */
static int is_uncased(const dy_ctx *c)
{
    /* (the walk reads every token of a lower-case document: by a pointer,
     * and counting the tokens that are no words, fewer, in place of the
     * words. A word with no flag at all, no capital, most of such a
     * document's tokens, is told by one compare of its type's and flags'
     * two bytes, read together, with those of such a word.) */
    const size_t ntok = c->ntok;
    size_t others = 0, caps = 0;
    uint16_t plain;
    memcpy(&plain, (const uint8_t[2]){TT_WORD, 0}, 2);
    for (const dy_token *t = c->tok, *stop = c->tok + ntok; t < stop; t++) {
        uint16_t type_flags;
        memcpy(&type_flags, &t->type, 2);
        if (type_flags == plain)
            continue;
        if (t->type != TT_WORD)
            others++;
        else if ((t->flags & TF_CAP) && ++caps * 20 >= ntok)
            return 0;
    }
    size_t words = ntok - others;
    return words >= 20 && caps * 20 < words;
}

/* empties tally d: its counters and marks. The countries' arrays are read
 * only below d->n, and add_country writes each entry it opens, so they
 * are not cleared (a memset of the struct's 420 bytes, four times in a
 * lower-case document, at every document) */
static void tally_clear(dy_doc_countries *d)
{
    d->n = 0;
    d->tick = 0;
    d->mentions_seen = d->places_seen = 0;
    d->is_uncased = 0;
    d->uncased_cc[0] = '\0';
}

/* the most counted country of a tally when it has at least `min`
 * sightings and two thirds of them, else NULL */
static const char *clear_winner(const dy_doc_countries *t, uint32_t min)
{
    int best = -1;
    uint32_t all = 0;
    for (int k = 0; k < t->n; k++) {
        all += t->count[k];
        if (best < 0 || t->count[k] > t->count[best])
            best = k;
    }
    if (best < 0 || t->count[best] < min || t->count[best] * 3 < all * 2)
        return NULL;
    return t->cc[best];
}

#define UNCASED_TOWNS 64 /* distinct town names a document's country is
                            read from (later ones are not counted) */
#define UNCASED_MEMO 4096 /* tokens of a document uncased_country
                            remembers a lexicon miss for (512 bytes) */
#define UNCASED_STARTS 512 /* tokens where a town may start the lexicon
                              pass lists for the towns' pass (2 KB) */

/* has the town name starting with token t been counted (adds it if not,
 * while there is room; a name past the room counts as seen)? Names are
 * told apart by a hash of their first word's lower case: most towns are
 * no word of the lexicon */
static int seen_town(const dy_ctx *c, const dy_token *t, uint32_t *seen,
                     size_t *n)
{
    const unsigned char *p = (const unsigned char *)dy_tok_lower(c, t);
    uint32_t w = 2166136261u;
    for (size_t k = 0; k < t->lower_len; k++)
        w = (w ^ p[k]) * 16777619u;
    for (size_t k = 0; k < *n; k++)
        if (seen[k] == w)
            return 1;
    if (*n >= UNCASED_TOWNS)
        return 1;
    seen[(*n)++] = w;
    return 0;
}

/* the sightings of country cc in tally t */
static uint32_t tally_of(const dy_doc_countries *t, const char *cc)
{
    for (int k = 0; k < t->n; k++)
        if (dy_code_same3(t->cc[k], cc))
            return t->count[k];
    return 0;
}

/* the tokens of a lower-case document where a town's name may start
 * (dy_place_uncased_may_start), listed by the lexicon pass for the towns'
 * pass: every such token below `upto` (the list's room) */
typedef struct town_starts {
    uint32_t at[UNCASED_STARTS];
    size_t n, upto;
} town_starts;

/* adds token i to the list when a town may start there (misses: what the
 * lexicon pass knows by now, final at i); a token past the list's room
 * closes it there */
static void note_town_start(const dy_ctx *c, town_starts *ts, size_t i,
                            const uint64_t *misses)
{
    if (ts->upto <= i ||
        !dy_place_uncased_may_start(&c->tok[i], i, misses, UNCASED_MEMO))
        return;
    if (ts->n == UNCASED_STARTS)
        ts->upto = i;
    else
        ts->at[ts->n++] = (uint32_t)i;
}

/* The lexicon pass of uncased_country: the countries of the lexicon's
 * place, country, capital and demonym names into lex, a bit of misses
 * for each token where no such name was found, and the tokens where a
 * town may start into ts (one walk for both: a town may start at a word
 * of none of the names' kinds, tested in the same loop) */
static void uncased_lexicon_pass(dy_ctx *c, dy_doc_countries *lex,
                                 uint64_t *misses, town_starts *ts)
{
    const uint32_t kinds = (1u << LX_PLACE) | (1u << LX_COUNTRY) |
                           (1u << LX_CAPITAL) | (1u << LX_DEMONYM);
    /* (a word with any of DY_POS_NOT_NAME's parts of speech or with
     * DY_POS_NO_GAZ starts a town only with one of the kinds, and what is
     * no word starts none: such tokens, most of them, are passed over in
     * a loop that stores nothing) */
    const uint32_t no_town = DY_POS_NOT_NAME | DY_POS_NO_GAZ;
    const dy_token *tok = c->tok;
    const size_t ntok = c->ntok;
    for (size_t i = 0; i < ntok;) {
        const dy_token *t = tok + i, *stop = tok + ntok;
        while (t < stop && !(t->kinds & kinds) &&
               ((t->pos & no_town) || t->type != TT_WORD))
            t++;
        i = (size_t)(t - tok);
        if (i >= ntok)
            break;
        if (!(t->kinds & kinds)) {
            note_town_start(c, ts, i, misses);
            i++;
            continue;
        }
        size_t e = i + 1;
        uint32_t pid = dy_match_one_kept(c, i, ntok, kinds, &e);
        if (pid == LX_NONE && i < UNCASED_MEMO)
            misses[i >> 6] |= 1ull << (i & 63);
        const char *cc = NULL;
        if (pid != LX_NONE &&
            dy_actors_name_ok(c, i, e, &c->lx->phrases[pid]))
            cc = lx_str(c->lx, c->lx->phrases[pid].code);
        if (cc && dy_actors_is_country(c, cc))
            add_country(lex, cc);
        size_t next = cc && e > i ? e : i + 1;
        /* (the towns' pass reads the tokens inside a name too) */
        for (; i < next; i++)
            note_town_start(c, ts, i, misses);
    }
}

/* In a lower-case document, the country its names name (in uncased_cc;
 * "" when none): the lexicon's place, country, capital and demonym names
 * when two thirds of them name one, else GeoNames towns when at least
 * three and two thirds of them lie in one country; the towns win over
 * the lexicon's names too when at least three distinct towns name their
 * country, more often than the names name theirs. One pass over the
 * document, on its first sentence, and one over the tokens it lists. */
static void uncased_country(dy_ctx *c)
{
    dy_doc_countries lex, gaz;
    tally_clear(&lex);
    tally_clear(&gaz);
    /* the tokens where the first pass searched the lexicon and found no
     * name of its kinds (a bit each, for the first UNCASED_MEMO tokens):
     * the second pass asks for fewer kinds and need not search there */
    uint64_t misses[UNCASED_MEMO / 64];
    memset(misses, 0, sizeof misses);
    town_starts ts;
    ts.n = 0;
    ts.upto = SIZE_MAX;
    uncased_lexicon_pass(c, &lex, misses, &ts);
    /* GeoNames towns, and apart the distinct names among them: a word
     * that is a town's name only by accident repeats ("lok sabha" is no
     * Libyan Sabha), the towns of a local report differ. Read only when
     * the lexicon's names leave the country open or name it at most
     * twice: a country named more often is the document's */
    const char *w = clear_winner(&lex, 1);
    dy_doc_countries towns;
    tally_clear(&towns);
    uint32_t seen[UNCASED_TOWNS];
    size_t nseen = 0;
    int read_towns = !w || tally_of(&lex, w) <= 2;
    const dy_token *tok = c->tok;
    const size_t ntok = c->ntok;
    /* (the listed tokens, then, past the list's room, every token) */
    size_t k = 0;
    for (size_t i = 0; read_towns && i < ntok;) {
        while (k < ts.n && ts.at[k] < i)
            k++;
        if (k < ts.n)
            i = ts.at[k];
        else if (i < ts.upto)
            i = ts.upto;
        while (i < ntok &&
               !dy_place_uncased_may_start(&tok[i], i, misses, UNCASED_MEMO))
            i++;
        if (i >= ntok)
            break;
        size_t e;
        int weak;
        const char *cc = dy_place_peek_uncased_word(c, i, ntok, &e, &weak,
                                                    misses, UNCASED_MEMO);
        if (cc && weak && dy_actors_is_country(c, cc)) {
            add_country(&gaz, cc);
            if (!seen_town(c, &c->tok[i], seen, &nseen))
                add_country(&towns, cc);
        }
        i = cc && e > i ? e : i + 1;
    }
    /* the lexicon's names decide, unless three towns or more of another
     * country are named more often ("ahmedabad: ... vadodara ... surat
     * ... from saudi arabia": a country named once in passing) */
    const char *g = clear_winner(&gaz, 3);
    if (g && w &&
        (tally_of(&towns, g) < 3 || tally_of(&gaz, g) <= tally_of(&lex, w)))
        g = NULL;
    if (g)
        w = g;
    dy_str_copy(c->dcc.uncased_cc, sizeof c->dcc.uncased_cc, w ? w : "");
}

void dy_actors_new_document(dy_ctx *c)
{
    dy_doc_countries *d = &c->dcc;
    tally_clear(d);
    d->is_uncased = is_uncased(c);
    if (d->is_uncased)
        uncased_country(c);
}

int dy_actors_name_ok(const dy_ctx *c, size_t i, size_t e,
                      const lx_phrase *p)
{
    const uint32_t closed = POS_PRON | POS_BE | POS_DET | POS_PREP |
                            POS_MODAL | POS_CONJ | POS_HAVE | POS_DO |
                            POS_SUB;
    if (dy_match_name_ok(c, i, e, p))
        return 1;
    return c->dcc.is_uncased &&
           (p->kind == LX_COUNTRY || p->kind == LX_CAPITAL) &&
           !(c->tok[i].pos & closed);
}

/* Brings the document's country counts up to the sentence whose first
 * mention is m0: the stated countries of the mentions and the countries
 * of the places of earlier sentences (dy_actors_new_document starts them
 * again on a document's first sentence: no state outlives its document). */
static void count_earlier(dy_ctx *c, size_t m0)
{
    dy_doc_countries *d = &c->dcc;
    d->tick++;
    for (size_t i = d->mentions_seen; i < m0; i++) {
        const dy_mention *m = dy_vec_at(&c->mentions, i);
        if (!m->country_inferred && dy_actors_is_country(c, m->code))
            add_country(d, m->code);
    }
    d->mentions_seen = m0;
    for (size_t i = d->places_seen; i < c->places.count; i++) {
        const char *cc = dy_place_cc(c, dy_vec_at(&c->places, i));
        if (dy_actors_is_country(c, cc))
            add_country(d, cc);
    }
    d->places_seen = c->places.count;
}

/* a place name of the sentence and where it stands */
typedef struct seen_place {
    const char *cc;
    uint32_t first, end; /* tokens */
    uint8_t is_locative; /* after in, near, at ...: where things happen */
    uint8_t is_actor;    /* also an actor mention ("Moscow said") */
    uint8_t is_gaz;      /* a GeoNames town, not a lexicon place */
} seen_place;

/* The country a one-word country mention at token q states ("Yugoslav",
 * "Indian"), or NULL */
static const char *country_word(const dy_ctx *c, size_t q)
{
    const dy_token *t = &c->tok[q];
    if (t->mention < 0)
        return NULL;
    const dy_mention *m = dy_vec_at(&c->mentions, (size_t)t->mention);
    if (m->first != q || m->end != q + 1 || strlen(m->code) != 3 ||
        !dy_actors_is_country(c, m->code) ||
        strchr(dy_tok_lower(c, t), '-')) /* "Serb-controlled" */
        return NULL;
    return m->code;
}

/* "the Yugoslav province of Kosovo", "the Indian state of Kerala": the
 * country a demonym before "PLACE-NOUN of" says the place at token p is
 * part of, or NULL */
static const char *sovereign(const dy_ctx *c, size_t first, size_t p)
{
    if (p < first + 3 || !dy_tok_has(&c->tok[p - 1], c->w_of) ||
        !dy_in_class_noun(c, DY_CL_PLACE_NOUN, &c->tok[p - 2]))
        return NULL;
    return country_word(c, p - 3);
}

/* Does the place at token p stand after a locative preposition, past
 * determiners, adjectives, a country's demonym and "the northern city
 * of"? */
static int is_locative(const dy_ctx *c, size_t first, size_t p)
{
    for (size_t q = p; q-- > first && q + 6 > p;) {
        const dy_token *t = &c->tok[q];
        if (dy_tok_has(t, c->w_in) || dy_tok_has(t, c->w_near) ||
            dy_tok_has(t, c->w_at) || dy_tok_has(t, c->w_outside) ||
            dy_tok_has(t, c->w_around) || dy_in_class(c, DY_CL_PLACE_PREP, t))
            return 1;
        if (!(t->tag == TAG_DET || dy_tok_has(t, c->w_of) ||
              (t->tag == TAG_ADJ && !(t->flags & TF_CAP)) ||
              dy_in_class_noun(c, DY_CL_PLACE_NOUN, t) ||
              (q + 1 < p && country_word(c, q) &&
               dy_in_class_noun(c, DY_CL_PLACE_NOUN, &c->tok[q + 1]))))
            return 0;
    }
    return 0;
}

/* Does the place name ending before token e open the mention of a
 * country's mission (class mission) that goes on past it: "outside the US
 * embassy" is in Baghdad, not in the United States ("near Tehran
 * University" is in Tehran)? */
static int names_mission(const dy_ctx *c, const dy_token *t, size_t e)
{
    if (t->mention < 0)
        return 0;
    const dy_mention *m = dy_vec_at(&c->mentions, (size_t)t->mention);
    for (size_t q = e; q < m->end; q++)
        if (dy_in_class_noun(c, DY_CL_MISSION, &c->tok[q]))
            return 1;
    return 0;
}

/* "massed troops along the border with Ukraine": is the place at token p
 * the other side of a border (a word of grammar class border, then
 * "with")? Then it gives no role its country. */
static int across_border(const dy_ctx *c, size_t first, size_t p)
{
    return p >= first + 2 && dy_tok_has(&c->tok[p - 1], c->w_with) &&
           dy_in_class(c, DY_CL_BORDER, &c->tok[p - 2]);
}

/* the sentence's place names (at most max), as the place stage will find
 * them; changes only the look-ups kept for the place stage
 * (dy_place_peek_sentence) */
static int sentence_places(dy_ctx *c, size_t first, size_t end,
                           seen_place *out, int max)
{
    int n = 0;
    dy_place_memo_start(c, first, end);
    for (size_t i = dy_caps_next(c, first, end); i < end && n < max;
         i = dy_caps_next(c, i, end)) {
        const dy_token *t = &c->tok[i];
        size_t e = i + 1;
        const char *cc = NULL;
        int is_gaz = 0;
        if (t->type == TT_WORD && (t->flags & TF_CAP))
            cc = dy_place_peek_sentence(c, first, i, end, &e, &is_gaz);
        if (cc && dy_actors_is_country(c, cc) && !across_border(c, first, i)) {
            const char *above = sovereign(c, first, i);
            out[n].cc = above ? above : cc;
            out[n].first = (uint32_t)i;
            out[n].end = (uint32_t)e;
            out[n].is_locative = (uint8_t)(is_locative(c, first, i) &&
                                           !names_mission(c, t, e));
            out[n].is_actor = t->mention >= 0;
            out[n].is_gaz = (uint8_t)is_gaz;
            n++;
        }
        i = e > i ? e : i + 1;
    }
    return n;
}

/* Does a lexicon place name the role's seat right after it: "the mayor
 * of Kharkiv", "the governor of the Kherson region"? (Not any GeoNames
 * town: "a soldier of God".) */
static int seat_of(const dy_ctx *c, const seen_place *p, const dy_mention *m)
{
    uint32_t q = m->end;
    if (p->is_gaz || p->first <= q || !dy_tok_has(&c->tok[q], c->w_of))
        return 0;
    q++;
    if (q < p->first && c->tok[q].tag == TAG_DET)
        q++;
    return q == p->first;
}

/* Does the place end right before the role, as its modifier ("Lagos
 * police", "Cebu City--Police"), with at most dashes between, or name its
 * seat after it? */
static int modifies(const dy_ctx *c, const seen_place *p, const dy_mention *m)
{
    if (seat_of(c, p, m))
        return 1;
    if (p->end > m->first || m->first - p->end > 2)
        return 0;
    for (uint32_t k = p->end; k < m->first; k++)
        if (c->tok[k].type != TT_PUNCT || c->lower.data[c->tok[k].lower] != '-')
            return 0;
    return 1;
}

/* The country of the place nearest to mention m that stands where `how`
 * says: 0 after in/near/at ("Police in Lagos"), 1 right before the role
 * and not an actor itself ("Lagos police", "Cebu City--Police") or its
 * seat after "of" ("the mayor of Kharkiv"), 3 the same named by the
 * lexicon's places, not GeoNames alone (so before any locative: "Tigray
 * rebels ... in Pretoria" are Ethiopian), 2 after
 * it and not an actor ("against Palestina": weak); NULL when none. */
static const char *place_country(const dy_ctx *c, const seen_place *sp,
                                 int n, const dy_mention *m, int how)
{
    int best = -1;
    uint32_t best_d = 0;
    for (int i = 0; i < n; i++) {
        int ok = how == 0 ? sp[i].is_locative
                 : how == 1 || how == 3
                     ? !sp[i].is_locative && !sp[i].is_actor &&
                           (how == 1 || !sp[i].is_gaz) &&
                           modifies(c, &sp[i], m)
                     : !sp[i].is_locative && !sp[i].is_actor &&
                           sp[i].first > m->first;
        if (!ok)
            continue;
        uint32_t d = sp[i].first > m->first ? sp[i].first - m->first
                                            : m->first - sp[i].first;
        if (best < 0 || d < best_d)
            best = i, best_d = d;
    }
    return best >= 0 ? sp[best].cc : NULL;
}

/* "told Reuters", "according to AFP": the one told or quoted as the
 * source of a report says where the news went or came from, not where
 * the sentence's acts are */
static int told_or_source(const dy_ctx *c, size_t first, const dy_mention *o)
{
    if (o->first <= first)
        return 0;
    const dy_token *b = &c->tok[o->first - 1];
    if (b->tag == TAG_VERB && dy_in_class_lemma(c, DY_CL_TELL, b))
        return 1;
    return o->first > first + 1 && dy_tok_has(b, c->w_to) &&
           dy_tok_has(&c->tok[o->first - 2], c->w_according);
}

/* the country every actor of the sentence that states one (mentions from
 * m0, the sentence's tokens from first) states, when they agree, in out
 * (the same for each bare role of the sentence, which states none: asked
 * once a sentence); 0 when
 * none states one or they differ (one across a border says nothing, nor
 * does one whose head is a role from elsewhere, class foreign: "summoned
 * the Russian envoy" tells whose envoy, not whose ministry; nor a
 * counterpart, of another country by its name) */
static int others_country(const dy_ctx *c, size_t m0, size_t first,
                          char out[4])
{
    out[0] = '\0';
    for (size_t i = m0; i < c->mentions.count; i++) {
        const dy_mention *o = dy_vec_at(&c->mentions, i);
        if (o->country_inferred ||
            !dy_actors_is_country(c, o->code) ||
            across_border(c, first, o->first) ||
            dy_in_class_noun(c, DY_CL_FOREIGN, &c->tok[o->end - 1]) ||
            dy_in_class_noun(c, DY_CL_COUNTERPART, &c->tok[o->end - 1]) ||
            told_or_source(c, first, o))
            continue;
        if (out[0] && !dy_code_same3(out, o->code))
            return 0;
        dy_str_copyn(out, 4, o->code, 3);
    }
    return out[0] != '\0';
}

/* "foreign troops", "international observers", "peacekeepers": a role
 * said to come from elsewhere (class foreign, before the role or as it) */
static int is_foreign(const dy_ctx *c, const dy_mention *m, size_t first)
{
    if (m->first > first &&
        dy_in_class_noun(c, DY_CL_FOREIGN, &c->tok[m->first - 1]))
        return 1;
    for (size_t k = m->first; k < m->end; k++)
        if (dy_in_class_noun(c, DY_CL_FOREIGN, &c->tok[k]) ||
            (m->origin == DY_ORIGIN_SHAPE &&
             dy_in_class_noun(c, DY_CL_CONTINENTAL, &c->tok[k])))
            return 1;
    return 0;
}

/* The country of the latest earlier mention of the same role with a
 * stated country ("the army" after "the Kenyan army"), looking back over
 * at most 64 mentions before m0; NULL when none. */
static const char *same_role(const dy_ctx *c, size_t m0, const char *role)
{
    for (size_t i = m0; i-- > 0 && i + 64 >= m0;) {
        const dy_mention *o = dy_vec_at(&c->mentions, i);
        /* (role: a bare role's three letters) */
        if (!o->country_inferred && dy_code_is_len(o->code, 6) &&
            dy_code_is(role, o->code + 3) &&
            dy_actors_is_country(c, o->code))
            return o->code;
    }
    return NULL;
}

/* "three soldiers were wounded": the victims of a toll in the passive.
 * Their country is left unsaid: the events stage infers the attacker of
 * an assault with no stated source from its target's country
 * (events/context.c), and would read the toll of a sentence's attack as a
 * second attack. */
static int is_passive_victim(const dy_ctx *c, const dy_mention *m,
                             size_t end)
{
    size_t k = m->end;
    while (k < end && k < m->end + 3 && c->tok[k].tag == TAG_AUX)
        k++;
    return k > m->end && k < end &&
           (c->tok[k].kinds & (1u << LX_COUNT)) != 0;
}

/* "its troops", "their supporters": the role belongs to an actor named
 * in the sentence */
static int is_possessed(const dy_ctx *c, const dy_mention *m, size_t first)
{
    if (m->first <= first)
        return 0;
    /* (dy_tok_is: the length, then bytes compared without a call; asked
     * at nearly every bare role, up to three times) */
    const dy_token *t = &c->tok[m->first - 1];
    return dy_tok_is(c, t, "its") || dy_tok_is(c, t, "their") ||
           dy_tok_is(c, t, "his") || dy_tok_is(c, t, "her") ||
           dy_tok_is(c, t, "our");
}

/* "Russia said its air defences downed 57 Ukrainian drones": the country
 * of the one whose say verb (and "that") stands right before the owner
 * of a possessed role (is_possessed), the owner itself, in out; 0 when
 * none. */
static int sayer_owner(const dy_ctx *c, const dy_mention *m, size_t first,
                       char out[4])
{
    size_t k = m->first - 1; /* the owner ("its") */
    if (k > first && dy_tok_has(&c->tok[k - 1], c->w_that))
        k--;
    if (k <= first + 1 || c->tok[k - 1].tag != TAG_VERB ||
        !(c->tok[k - 1].kinds & KIND_BIT(LX_SAY)) ||
        c->tok[k - 2].mention < 0)
        return 0;
    const dy_mention *s =
        dy_vec_at(&c->mentions, (size_t)c->tok[k - 2].mention);
    if (!dy_actors_is_country(c, s->code))
        return 0;
    dy_str_copyn(out, 4, s->code, 3);
    return 1;
}

/* The country of the sponsor a participle of class `sponsor` names right
 * after mention m ("rebels backed by Rwanda", "militias armed by the
 * Iranian government"), in out; 0 when none. A sponsor is someone else:
 * the role does not take its country from the document or the sentence's
 * other actors. */
static int sponsor_country(const dy_ctx *c, const dy_mention *m, size_t end,
                           char out[4])
{
    size_t k = m->end;
    if (k + 2 >= end || c->tok[k].type != TT_WORD ||
        !dy_tok_has(&c->tok[k + 1], c->w_by) ||
        !dy_in_class_verb(c, DY_CL_SPONSOR, &c->tok[k]))
        return 0;
    k += 2;
    if (c->tok[k].tag == TAG_DET && k + 1 < end)
        k++;
    if (c->tok[k].mention < 0)
        return 0;
    const dy_mention *s = dy_vec_at(&c->mentions, (size_t)c->tok[k].mention);
    if (!dy_actors_is_country(c, s->code))
        return 0;
    dy_str_copyn(out, 4, s->code, 3);
    return 1;
}

/* from, unless it is the sponsor's country (NULL then) */
static const char *not_sponsor(const char *from, int has_sponsor,
                               const char sponsor[4])
{
    return from && has_sponsor && strncmp(from, sponsor, 3) == 0 ? NULL
                                                                 : from;
}

/* The country mention mi (a bare role of the sentence from `first`, whose
 * mentions start at m0) takes from its context, in this order: for "its
 * troops" after a say verb, the sayer's; a place it stands in or that
 * names it; for "their troops" the sentence's other actors; the latest
 * earlier mention of the same role; a lower-case document's country; the
 * document's dominant country so far; the sentence's other actors when
 * they agree (all: others_country's, or NULL); a place after it. NULL
 * when none (buf holds a country the pointer may point to); *how gets
 * which (DY_CTRY_*). */
static const char *context_country(const dy_ctx *c, size_t m0, size_t mi,
                                   const seen_place *sp, int nsp,
                                   size_t first, size_t end,
                                   const char *all, char buf[4], int *how)
{
    const dy_mention *m = dy_vec_at(&c->mentions, mi);
    /* "Israel said that its troops killed two militants in Gaza": "its"
     * after a say verb is the sayer's, wherever the troops are */
    if (is_possessed(c, m, first) && sayer_owner(c, m, first, buf)) {
        *how = DY_CTRY_POSSESSED;
        return buf;
    }
    char spc[4];
    int spon = sponsor_country(c, m, end, spc);
    int others = all && not_sponsor(all, spon, spc) != NULL;
    if (others)
        memcpy(buf, all, 4);
    const char *from = place_country(c, sp, nsp, m, 3);
    if (!from)
        from = place_country(c, sp, nsp, m, 0);
    if (!from)
        from = place_country(c, sp, nsp, m, 1);
    *how = DY_CTRY_PLACE;
    if (!from && others && is_possessed(c, m, first))
        from = buf, *how = DY_CTRY_POSSESSED;
    if (!from)
        from = not_sponsor(same_role(c, m0, m->code), spon, spc),
        *how = DY_CTRY_SAME_ROLE;
    if (!from && c->dcc.uncased_cc[0])
        from = not_sponsor(c->dcc.uncased_cc, spon, spc),
        *how = DY_CTRY_UNCASED;
    if (!from)
        from = not_sponsor(dominant(c), spon, spc), *how = DY_CTRY_DOCUMENT;
    if (!from && others)
        from = buf, *how = DY_CTRY_OTHERS;
    if (!from)
        from = place_country(c, sp, nsp, m, 2), *how = DY_CTRY_PLACE_AFTER;
    return from;
}

/* People remembered in this sentence (from p0) with the bare code `old`
 * take the mention's code too, so that a later bare surname or title says
 * the same. */
static void update_people(dy_ctx *c, size_t p0, const char *old,
                          const char *code)
{
    for (size_t i = p0; i < c->persons.count; i++) {
        dy_person *p = dy_vec_at(&c->persons, i);
        if (strcmp(p->code, old) == 0) {
            dy_str_copy(p->code, sizeof p->code, code);
            p->country_inferred = 1;
        }
    }
}

void dy_actors_context(dy_ctx *c, size_t m0, size_t p0, size_t first,
                       size_t end)
{
    count_earlier(c, m0);
    dy_place_memo_drop(c); /* (kept again by sentence_places) */
    seen_place sp[16];
    int nsp = -1; /* the sentence's places, looked up once when needed */
    char all[4];
    int nall = -1; /* the actors' agreed country, asked once when needed */
    for (size_t mi = m0; mi < c->mentions.count; mi++) {
        dy_mention *m = dy_vec_at(&c->mentions, mi);
        if (!dy_is_agent_code(c, m->code) || m->named_body ||
            is_foreign(c, m, first) || is_passive_victim(c, m, end))
            continue;
        if (nsp < 0)
            nsp = sentence_places(c, first, end, sp, 16);
        if (nall < 0)
            nall = others_country(c, m0, first, all);
        char cc[4];
        int how;
        const char *from = context_country(c, m0, mi, sp, nsp, first, end,
                                           nall ? all : NULL, cc, &how);
        if (!from)
            continue;
        char old[4];
        memcpy(old, m->code, 4); /* a bare role: three letters */
        memcpy(m->code, from, 3);
        memcpy(m->code + 3, old, 4);
        m->country_inferred = 1;
        m->country_from = (uint8_t)how;
        if (m->is_person)
            update_people(c, p0, old, m->code);
    }
}
