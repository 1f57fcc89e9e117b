/*
 * mentions.c - place mentions of a sentence: lexicon places, countries and
 * capitals, GeoNames names of up to three capitalised words, and names no
 * gazetteer knows in a place's position ("near Berestove, Donetsk"), which
 * may still place an event by name and by the region after them.
 */
#include "place_int.h"

#include "lexicon/lexicon.h"
#include "match/match.h"

#include <stdio.h>
#include <string.h>

const char *dy_place_cc(const dy_ctx *c, const dy_placem *p)
{
    if (p->unresolved)
        return p->parent >= 0
                   ? dy_place_cc(c, dy_vec_at(&c->places, (size_t)p->parent))
                   : "";
    if (p->gaz != LX_NONE)
        return c->lx->gplaces[p->gaz].cc;
    if (p->phrase != LX_NONE)
        return lx_str(c->lx, c->lx->phrases[p->phrase].code);
    return ""; /* dropped */
}

/* the country a place names as an actor or a target: none for seas and
 * straits outside one country's territory (XXX in data/places.lex) */
const char *dy_place_country(const dy_ctx *c, const dy_placem *p)
{
    const char *cc = dy_place_cc(c, p);
    return strncmp(cc, "XXX", 3) == 0 ? "" : cc;
}

static int gaz_word(const dy_token *t)
{
    /* (not a number word opening a sentence: "Ten people were ...") */
    return t->type == TT_WORD && (t->flags & TF_CAP) && t->tag != TAG_NUM &&
           !(t->pos & (POS_DET | POS_PREP | POS_PRON | POS_CONJ | POS_SUB |
                       POS_BE | POS_HAVE | POS_MODAL | POS_TIME | POS_NEG));
}

static int is_place_word(const dy_ctx *c, const dy_token *t)
{
    return dy_in_class_noun(c, DY_CL_PLACE_WORD, t);
}

static int unknown_name(const dy_token *t)
{
    return t->type == TT_WORD && (t->flags & TF_CAP) && t->tag == TAG_PROPN &&
           t->mention < 0 && t->place < 0 &&
           !(t->pos & (POS_TIME | POS_DET | POS_PREP | POS_PRON | POS_CONJ |
                       POS_SUB | POS_NEG));
}

/* the place mention of tokens [i, e) pushed on c->places (phrase and
 * gazetteer place LX_NONE when none, parent -1 when none), each of its
 * tokens pointed at it; NULL when out of memory */
static dy_placem *push_place(dy_ctx *c, size_t i, size_t e, uint32_t phrase,
                             uint32_t gaz, int32_t parent)
{
    dy_placem *pm = dy_vec_push(&c->places);
    if (!pm)
        return NULL;
    *pm = (dy_placem){(uint32_t)i, (uint32_t)e, phrase, gaz, 0, parent};
    for (size_t k = i; k < e; k++)
        c->tok[k].place = (int32_t)(c->places.count - 1);
    return pm;
}

/* names no gazetteer knows, in a place's position: "near Berestove,
 * Donetsk", "the town of Huddur", "the Teba neighbourhood". An event may
 * still be placed there by name (and by its region when one follows). */
static int find_unresolved(dy_ctx *c, size_t first, size_t end)
{
    /* (an unknown name is capitalised) */
    for (size_t i = dy_caps_next(c, first + 1, end); i < end;
         i = dy_caps_next(c, i + 1, end)) {
        if (!unknown_name(&c->tok[i]))
            continue;
        size_t e = i;
        while (e < end && e < i + 3 && unknown_name(&c->tok[e]))
            e++;
        size_t b = i;
        while (b > first && (c->tok[b - 1].tag == TAG_DET ||
                             c->tok[b - 1].tag == TAG_ADJ ||
                             dy_tok_has(&c->tok[b - 1], c->w_of) ||
                             is_place_word(c, &c->tok[b - 1])) &&
               i - b < 5)
            b--;
        const dy_token *before = b > first ? &c->tok[b - 1] : NULL;
        /* "on the Jaffna Peninsula", "on Route 58 Road": "on" only with
         * a place word in or after the name ("on Islamic militants",
         * "on the Internet" are no places) */
        int on_place = before && dy_tok_has(before, c->w_on) &&
                       (is_place_word(c, &c->tok[e - 1]) ||
                        (e < end && is_place_word(c, &c->tok[e])));
        int prep = before && (dy_tok_has(before, c->w_in) || on_place ||
                              dy_tok_has(before, c->w_near) ||
                              dy_tok_has(before, c->w_at) ||
                              dy_tok_has(before, c->w_outside) ||
                              dy_tok_has(before, c->w_around));
        int of_place = i > first + 1 && dy_tok_has(&c->tok[i - 1], c->w_of) &&
                       is_place_word(c, &c->tok[i - 2]);
        int place_after = e < end && is_place_word(c, &c->tok[e]);
        /* "Zmiyinyy Island, Odesa", "Pyskunivka district, Donetsk": the
         * place word is part of the name, and the region follows it */
        if (place_after && c->tok[e].tag == TAG_PROPN)
            e++;
        else if (place_after && e + 2 < end && c->tok[e + 1].type == TT_PUNCT &&
                 c->lower.data[c->tok[e + 1].lower] == ',' &&
                 c->tok[e + 2].place >= 0)
            e++;
        int32_t parent = -1;
        if (e + 1 < end && c->tok[e].type == TT_PUNCT &&
            c->lower.data[c->tok[e].lower] == ',' && c->tok[e + 1].place >= 0)
            parent = c->tok[e + 1].place;
        if (!(prep || of_place || place_after || parent >= 0)) {
            i = e;
            continue;
        }
        char hint[64];
        uint32_t gz = dy_place_region_hint(c, e, end, hint, sizeof hint)
                          ? dy_place_skeleton(c, i, e, hint)
                          : LX_NONE;
        dy_placem *pm = push_place(c, i, e, LX_NONE, gz, parent);
        if (!pm)
            return DYAD_ENOMEM;
        pm->unresolved = gz == LX_NONE;
        i = e;
    }
    return 0;
}

/* the countries of this sentence's actors, for choosing among places */
static void note_actor_countries(dy_ctx *c, size_t first)
{
    size_t m0 = c->mentions.count; /* this sentence's first mention */
    while (m0 > 0 &&
           ((const dy_mention *)dy_vec_at(&c->mentions, m0 - 1))->first >= first)
        m0--;
    for (size_t i = m0; i < c->mentions.count; i++) {
        const dy_mention *m = dy_vec_at(&c->mentions, i);
        if (m->first >= first && m->code[0] && m->code[1] && m->code[2])
            dy_place_cc_add(c->actor_cc, &c->nactor_cc, m->code);
    }
}

/* the look-ups kept for sentence [first, end) (dy_ctx.place_memo), or
 * NULL when none are */
static struct dy_place_memo *memo_for(dy_ctx *c, size_t first, size_t end)
{
    struct dy_place_memo *m = &c->place_memo;
    return m->valid && m->first == first && m->end == end ? m : NULL;
}

/* is token first + k's look-up kept in bits (m->lex or m->gaz)? */
static int memo_has(const uint64_t *bits, size_t k)
{
    return k < DY_CAPS_MEMO && (bits[k >> 6] >> (k & 63) & 1);
}

/* a lexicon place, country or capital at capitalised token i (*e: its
 * end); a capital without coordinates is left to GeoNames (*capital),
 * which has them (and the capital's name, an actor too, is still a place:
 * "tensions rose around Sarajevo") */
static uint32_t lexicon_place(const dy_ctx *c, size_t i, size_t end,
                              size_t *e, int *capital)
{
    const dyad_lexicon *lx = c->lx;
    const uint32_t place_kinds =
        KIND_BIT(LX_PLACE) | KIND_BIT(LX_COUNTRY) | KIND_BIT(LX_CAPITAL);
    *capital = 0;
    if (c->tok[i].type != TT_WORD || !(c->tok[i].flags & TF_CAP))
        return LX_NONE;
    uint32_t pid = dy_match_at(c, i, end, place_kinds, e);
    if (pid != LX_NONE && !dy_match_name_ok(c, i, *e, &lx->phrases[pid]))
        pid = LX_NONE;
    if (pid != LX_NONE && lx->phrases[pid].kind == LX_CAPITAL) {
        size_t e2;
        uint32_t pl = dy_match_at(c, i, end, KIND_BIT(LX_PLACE), &e2);
        if (pl == LX_NONE && lx->ngnames) {
            pid = LX_NONE;
            *capital = 1;
        }
    }
    if (pid == LX_NONE)
        *e = i + 1;
    return pid;
}

/* lexicon_place at token i of sentence [first, end), read from the
 * look-ups kept (m, or NULL) where they hold it */
static uint32_t lexicon_place_kept(const dy_ctx *c,
                                   const struct dy_place_memo *m,
                                   size_t first, size_t i, size_t end,
                                   size_t *e, int *capital)
{
    size_t k = i - first;
    if (m && memo_has(m->lex, k)) {
        *e = i + m->pid_len[k];
        *capital = m->capital[k];
        return m->pid[k];
    }
    return lexicon_place(c, i, end, e, capital);
}

/* keeps lexicon_place's answer at token first + k in m */
static void keep_lexicon_place(struct dy_place_memo *m, size_t k,
                               uint32_t pid, size_t len, int capital)
{
    if (k < DY_CAPS_MEMO && len <= UINT8_MAX) {
        m->lex[k >> 6] |= 1ull << (k & 63);
        m->pid[k] = pid;
        m->pid_len[k] = (uint8_t)len;
        m->capital[k] = (uint8_t)capital;
    }
}

/* "Pervomaisk, Luhansk", "Makiivka, Luhansk": a town of our own list
 * (*pid, tokens [i, e)) named with another region than its own is the
 * GeoNames place of that name in that region, when there is one (*gaz;
 * *pid then LX_NONE). Returns 1 when the name is no place of our list at
 * all ("New York, Donetsk": a village the gazetteers lack, placed by that
 * region). */
static int own_place_in_region(const dy_ctx *c, const dy_sent_cc *scc,
                               size_t i, size_t e, size_t end, uint32_t *pid,
                               uint32_t *gaz)
{
    const dyad_lexicon *lx = c->lx;
    const lx_phrase *ph = &lx->phrases[*pid];
    if (!lx->ngnames || ph->kind != LX_PLACE ||
        strcmp(lx_str(lx, ph->ptype), "city"))
        return 0;
    char hint[64], key[256];
    size_t hl = dy_place_region_hint(c, e, end, hint, sizeof hint);
    size_t kl = hl ? dy_place_name_key(c, i, e, key, sizeof key) : 0;
    if (!kl)
        return 0;
    uint32_t gn = dy_gaz_find(lx, key, kl);
    uint32_t g = gn != LX_NONE ? dy_place_best_gplace(c, scc, gn, NULL, hint)
                               : LX_NONE;
    int in_region =
        g != LX_NONE && dy_place_admin1_matches(lx, &lx->gplaces[g], hint, hl);
    size_t re;
    uint32_t rp = dy_match_at(c, e + 1, end, KIND_BIT(LX_PLACE), &re);
    if (rp != LX_NONE && lx->phrases[rp].code && ph->code &&
        strncmp(lx_str(lx, lx->phrases[rp].code), lx_str(lx, ph->code), 3) !=
            0 &&
        !in_region)
        return 1;
    if (in_region && ph->code &&
        strncmp(lx_str(lx, ph->code), lx->gplaces[g].cc, 3) == 0) {
        /* unless our own place lies in that region already */
        float dlat = ph->lat - lx->gplaces[g].lat,
              dlon = ph->lon - lx->gplaces[g].lon;
        if (dlat * dlat + dlon * dlon > 0.25f) {
            *gaz = g;
            *pid = LX_NONE;
        }
    }
    return 0;
}

/* How many tokens from i a place name may span: up to 4 capitalised words
 * ("Ho Chi Minh City") and lower-case name-joiners between them ("Dar es
 * Salaam", "San Juan de los Lagos"), 5 tokens at most; the caller takes
 * the longest prefix the gazetteer has that ends on a capitalised word. */
static size_t name_run(const dy_ctx *c, size_t i, size_t end)
{
    size_t n = 0, caps = 0;
    while (i + n < end && n < 5 && caps < 4) {
        const dy_token *t = &c->tok[i + n];
        if (gaz_word(t)) {
            n++, caps++;
        } else if (caps > 0 && caps < 3 && !(t->flags & TF_CAP) &&
                   dy_in_class(c, DY_CL_NAME_JOINER, t) && i + n + 1 < end &&
                   gaz_word(&c->tok[i + n + 1])) {
            n++;
        } else {
            break;
        }
    }
    return n;
}

/* "Bab al-Mu'adham": is GeoNames place gaz, read from a name that a
 * joined particle at token next goes on, a place of that name where the
 * context does not speak for its country ("Bab al-Hawa ... in Idlib,
 * Syria" is)? Then it is only the first word of a longer name. */
static int unbacked_first_word(const dy_ctx *c, const dy_sent_cc *scc,
                               uint32_t gaz, size_t next, size_t end)
{
    return gaz != LX_NONE && next < end &&
           dy_place_joined_particle(c, &c->tok[next]) &&
           !dy_place_in_context(c, scc, c->lx->gplaces[gaz].cc);
}

/* How many of the `most` words from token i a GeoNames name may have,
 * by the lexicon's table of the first words of longer names
 * (dy_gaz_first_words): the longer keys are not built */
static size_t gaz_words(const dy_ctx *c, size_t i, size_t most)
{
    if (most < 2)
        return most;
    const dy_token *t = &c->tok[i];
    const char *w = dy_tok_lower(c, t);
    size_t k = dy_gaz_first_words(c->lx, dy_hash(w, t->lower_len));
    /* (a lower-case form with a space in it, rare, is no first word of
     * the table's: a name's first word ends at its first space) */
    if (k < most && memchr(w, ' ', t->lower_len))
        k = most;
    return k < most ? k : most;
}

/* the GeoNames name of tokens [i, i + n), or LX_NONE: a name of one word
 * looked up as the token's lower-case form where it lies (no copy), a
 * name of more words by its key (dy_place_name_key) */
static uint32_t gaz_name_at(const dy_ctx *c, size_t i, size_t n)
{
    char key[256];
    const dy_token *t = &c->tok[i];
    if (n == 1) /* (the key's bound: dy_place_name_key) */
        return (size_t)t->lower_len + 2 <= sizeof key
                   ? dy_gaz_find(c->lx, dy_tok_lower(c, t), t->lower_len)
                   : LX_NONE;
    size_t kl = dy_place_name_key(c, i, i + n, key, sizeof key);
    return kl ? dy_gaz_find(c->lx, key, kl) : LX_NONE;
}

/* The longest GeoNames name of at most n words from token i (of the
 * sentence to end) that may be a place by the words after it: its number
 * of words (0: none), the name in *gn. (What it reads is the same in the
 * actors' context and in the place stage: the look-ups keep it.) */
static size_t gaz_longest(const dy_ctx *c, size_t i, size_t end, size_t n,
                          uint32_t *gn)
{
    for (; n > 0; n--) {
        if (!gaz_word(&c->tok[i + n - 1]))
            continue; /* a name ends on a capitalised word */
        uint32_t g = gaz_name_at(c, i, n);
        /* one word of a longer name ("Pan" of "Pan Am") is no place */
        if (g != LX_NONE && i + n < end && c->tok[i + n].type == TT_WORD &&
            (c->tok[i + n].flags & TF_CAP) && c->tok[i + n].mention < 0 &&
            !(c->tok[i + n].pos & (POS_TIME | POS_DET | POS_PREP)))
            g = LX_NONE;
        if (g != LX_NONE) {
            *gn = g;
            return n;
        }
    }
    return 0;
}

/* the longest GeoNames name over the name run at i (*e: its end), or
 * LX_NONE; `final` when no later look at the sentence's places will
 * check it again. The longest name is read from the look-ups kept (m, or
 * NULL) or found and, when `keep`, kept there: it does not depend on the
 * sentence's places, which choose among its namesakes. */
static uint32_t gazetteer_name(const dy_ctx *c, struct dy_place_memo *m,
                               int keep, const dy_sent_cc *scc, size_t first,
                               size_t i, size_t end, size_t *e, int final)
{
    const dyad_lexicon *lx = c->lx;
    uint32_t gaz = LX_NONE, gn = LX_NONE;
    size_t k = i - first, n;
    /* (a word whose form starts no name, DY_POS_NO_GAZ, is neither
     * looked up nor kept) */
    if (c->tok[i].pos & DY_POS_NO_GAZ)
        return LX_NONE;
    /* no name is the last word of one ("Balka" of "Shyroka Balka" is not
     * Valka, Latvia). (Asked here, not kept: the word before may be a
     * place the place stage has found since the context looked, "Lagos
     * Ikeja", and then it is no unknown name.) */
    if (i > first + 1 && unknown_name(&c->tok[i - 1]))
        return LX_NONE;
    if (m && memo_has(m->gaz, k)) {
        n = m->gn_n[k];
        gn = m->gn[k];
    } else {
        n = gaz_longest(c, i, end, gaz_words(c, i, name_run(c, i, end)),
                        &gn);
        if (keep && m && k < DY_CAPS_MEMO) {
            m->gaz[k >> 6] |= 1ull << (k & 63);
            m->gn_n[k] = (uint8_t)n; /* (at most 5: name_run) */
            m->gn[k] = gn;
        }
    }
    while (n > 0) {
        char hint[64];
        dy_place_region_hint(c, i + n, end, hint, sizeof hint);
        gaz = dy_place_best_gplace(c, scc, gn, NULL, hint);
        *e = i + n;
        if (final && unbacked_first_word(c, scc, gaz, i + n, end))
            gaz = LX_NONE;
        /* "Arab intellectuals": a small town named by a common word
         * (Arab, Alabama) is no place when it modifies a noun */
        if (gaz != LX_NONE && n == 1 && lx->gplaces[gaz].pop < 10000 &&
            (c->tok[i].pos & (POS_N | POS_A)) && i + 1 < end &&
            c->tok[i + 1].tag == TAG_NOUN && !(c->tok[i + 1].flags & TF_CAP))
            gaz = LX_NONE;
        if (gaz != LX_NONE)
            break;
        n = gaz_longest(c, i, end, n - 1, &gn);
    }
    return gaz;
}

int dy_place_street_after(const dy_ctx *c, size_t e, size_t end)
{
    return e < end && (c->tok[e].flags & TF_CAP) &&
           dy_in_class(c, DY_CL_STREET, &c->tok[e]);
}

/* Is the word after the name [i, e) the thing it names: "the Paris
 * agreement", "the Minsk accords", "the Istanbul grain deal", "the Doha
 * talks" (after "the", up to two nouns or adjectives before a noun of the
 * named class accord)? The name is then neither an actor nor where an
 * act happened. */
int dy_place_accord_after(const dy_ctx *c, size_t i, size_t e, size_t end)
{
    if (i == 0 || c->tok[i - 1].tag != TAG_DET)
        return 0;
    for (size_t q = e; q < end && q < e + 3; q++) {
        const dy_token *t = &c->tok[q];
        if (t->tag == TAG_NOUN && dy_in_class_noun(c, DY_CL_ACCORD, t))
            return 1;
        if (t->type != TT_WORD || t->mention >= 0 ||
            (t->tag != TAG_NOUN && t->tag != TAG_ADJ && t->tag != TAG_PROPN))
            return 0;
    }
    return 0;
}

/* the sentence's places as the peeks see them: none is known yet (one
 * set for all: a dy_sent_cc is 260 bytes to clear a call) */
static const dy_sent_cc no_places;

/* dy_place_peek, keeping its look-ups in m (or NULL: none kept) */
static const char *peek(const dy_ctx *c, struct dy_place_memo *m,
                        size_t first, size_t i, size_t end, size_t *e,
                        int *is_gaz)
{
    const dyad_lexicon *lx = c->lx;
    int capital;
    *e = i + 1;
    *is_gaz = 0;
    uint32_t pid = lexicon_place(c, i, end, e, &capital);
    if (m)
        keep_lexicon_place(m, i - first, pid, *e - i, capital);
    if (pid != LX_NONE && (dy_place_street_after(c, *e, end) ||
                           dy_place_accord_after(c, i, *e, end)))
        return NULL;
    if (pid != LX_NONE)
        return lx_str(lx, lx->phrases[pid].code);
    *is_gaz = !capital; /* (a capital is a lexicon name) */
    if (!lx->ngnames || !gaz_word(&c->tok[i]) ||
        !(c->tok[i].mention < 0 || capital))
        return NULL;
    uint32_t gaz = gazetteer_name(c, m, 1, &no_places, first, i, end, e, 1);
    if (gaz == LX_NONE || dy_place_street_after(c, *e, end) ||
        dy_place_accord_after(c, i, *e, end)) {
        *e = i + 1;
        return NULL;
    }
    return lx->gplaces[gaz].cc;
}

const char *dy_place_peek(const dy_ctx *c, size_t first, size_t i,
                          size_t end, size_t *e, int *is_gaz)
{
    return peek(c, NULL, first, i, end, e, is_gaz);
}

const char *dy_place_peek_sentence(dy_ctx *c, size_t first, size_t i,
                                   size_t end, size_t *e, int *is_gaz)
{
    /* (the context started the look-ups for this sentence:
     * dy_place_memo_start) */
    return peek(c, &c->place_memo, first, i, end, e, is_gaz);
}

/* a word of lower-case text that may start a place's name: no common
 * or closed-class word ("said", "the") */
static int uncased_name_word(const dy_token *t)
{
    return t->type == TT_WORD && !(t->pos & DY_POS_NOT_NAME);
}

const char *dy_place_peek_uncased_word(const dy_ctx *c, size_t i,
                                       size_t end, size_t *e, int *is_weak,
                                       const uint64_t *misses,
                                       size_t nmisses)
{
    const dyad_lexicon *lx = c->lx;
    const uint32_t place_kinds =
        KIND_BIT(LX_PLACE) | KIND_BIT(LX_COUNTRY) | KIND_BIT(LX_CAPITAL);
    const uint32_t closed = POS_DET | POS_PREP | POS_PRON | POS_CONJ |
                            POS_SUB | POS_BE | POS_HAVE | POS_MODAL;
    *e = i + 1;
    *is_weak = 0;
    if (c->tok[i].type != TT_WORD ||
        (!(c->tok[i].kinds & place_kinds) && !uncased_name_word(&c->tok[i])))
        return NULL;
    int missed = i < nmisses && (misses[i >> 6] >> (i & 63) & 1);
    uint32_t pid = missed ? LX_NONE : dy_match_at(c, i, end, place_kinds, e);
    if (pid != LX_NONE && !(*e == i + 1 && (c->tok[i].pos & closed)))
        return lx_str(lx, lx->phrases[pid].code);
    *e = i + 1;
    *is_weak = 1;
    if (!lx->ngnames || !uncased_name_word(&c->tok[i]) ||
        (c->tok[i].pos & DY_POS_NO_GAZ))
        return NULL;
    size_t words = 1; /* a name of no common words: "uttar pradesh" */
    while (words < 3 && i + words < end &&
           uncased_name_word(&c->tok[i + words]))
        words++;
    for (size_t n = gaz_words(c, i, words); n > 0; n--) {
        uint32_t gn = gaz_name_at(c, i, n);
        uint32_t g = gn != LX_NONE
                         ? dy_place_best_gplace(c, &no_places, gn, NULL, NULL)
                         : LX_NONE;
        if (g != LX_NONE &&
            (lx->gplaces[g].pop >= 10000 || lx->gplaces[g].frank >= 3)) {
            *e = i + n;
            return lx->gplaces[g].cc;
        }
    }
    return NULL;
}

/* The sentence's GeoNames places chosen again, now that its other places
 * are known (from sent_places on); one no longer believable is dropped. */
static void recheck_places(dy_ctx *c, const dy_sent_cc *scc, size_t first,
                           size_t end, size_t sent_places)
{
    for (size_t q = sent_places; q < c->places.count; q++) {
        dy_placem *pm = dy_vec_at(&c->places, q);
        if (pm->first < first || pm->gaz == LX_NONE)
            continue;
        uint32_t gn = gaz_name_at(c, pm->first, pm->end - pm->first);
        char hint[64];
        dy_place_region_hint(c, pm->end, end, hint, sizeof hint);
        if (gn != LX_NONE)
            pm->gaz =
                dy_place_best_gplace(c, scc, gn, dy_place_cc(c, pm), hint);
        /* (the first word of a longer name, by the whole sentence) */
        if (unbacked_first_word(c, scc, pm->gaz, pm->end, end))
            pm->gaz = LX_NONE;
        if (pm->gaz == LX_NONE) /* no longer believable: drop it */
            for (size_t k = pm->first; k < pm->end; k++)
                c->tok[k].place = -1;
    }
}

/* Is token i a demonym that names its country as a place: "in several
 * Iranian cities", "shelled Ukrainian border villages" (up to two
 * adjectives or nouns between it and a lower-case word of the named class
 * home-place; not "a Russian base", "US bases": a state's bases and camps
 * are often abroad)? Its phrase, or LX_NONE. (The words after it are
 * read before the lexicon: most demonyms name no place.) */
static uint32_t demonym_place(const dy_ctx *c, size_t i, size_t end,
                              size_t *e)
{
    const dy_token *t = &c->tok[i];
    if (t->place >= 0 || !(t->kinds & KIND_BIT(LX_DEMONYM)))
        return LX_NONE;
    size_t q = i + 1; /* (past the rest of the name: "South Sudanese") */
    while (q < end && q < i + 3 && (c->tok[q].flags & TF_CAP) &&
           (c->tok[q].kinds & KIND_BIT(LX_DEMONYM)))
        q++;
    size_t name_end = q;
    int home = 0;
    for (; q < end && q < name_end + 3 && !home; q++) {
        const dy_token *u = &c->tok[q];
        if ((u->flags & TF_CAP) ||
            (u->tag != TAG_ADJ && u->tag != TAG_NOUN))
            return LX_NONE;
        home = u->tag == TAG_NOUN &&
               dy_in_class_noun(c, DY_CL_HOME_PLACE, u);
    }
    uint32_t pid = home ? dy_match_at(c, i, end, KIND_BIT(LX_DEMONYM), e)
                        : LX_NONE;
    /* (the whole name; a region's demonym, "European", places nothing) */
    if (pid == LX_NONE || *e != name_end ||
        !dy_lexicon_is_country(c->lx,
                               lx_str(c->lx, c->lx->phrases[pid].code)))
        return LX_NONE;
    return pid;
}

/* a demonym place at token i (demonym_place) into c->places, its country
 * into scc */
static int add_demonym_place(dy_ctx *c, dy_sent_cc *scc, size_t i,
                             size_t e, uint32_t pid)
{
    dy_placem *pm = push_place(c, i, e, pid, LX_NONE, -1);
    if (!pm)
        return DYAD_ENOMEM;
    dy_place_scc_add(scc, dy_place_cc(c, pm));
    return 0;
}

int dy_place_find(dy_ctx *c, size_t first, size_t end)
{
    const dyad_lexicon *lx = c->lx;
    dy_sent_cc scc;
    scc.n = 0;
    note_actor_countries(c, first);
    if (c->caps_first != first || c->caps_end != end)
        dy_caps_mark(c, first, end);
    /* (the look-ups the actors' context made here, read, not kept) */
    struct dy_place_memo *m = memo_for(c, first, end);
    /* (a place's name starts with a capitalised word: lexicon_place,
     * gaz_word) */
    for (size_t i = dy_caps_next(c, first, end); i < end;
         i = dy_caps_next(c, i, end)) {
        size_t e = i + 1;
        uint32_t gaz = LX_NONE;
        int capital;
        uint32_t pid =
            lexicon_place_kept(c, m, first, i, end, &e, &capital);
        if (pid != LX_NONE &&
            own_place_in_region(c, &scc, i, e, end, &pid, &gaz)) {
            i = e;
            continue;
        }
        if (pid == LX_NONE && gaz == LX_NONE && lx->ngnames &&
            gaz_word(&c->tok[i]) && (c->tok[i].mention < 0 || capital))
            gaz = gazetteer_name(c, m, 0, &scc, first, i, end, &e, 0);
        if (pid == LX_NONE && gaz == LX_NONE) {
            /* ("the Lebanese port city of Tripoli": Lebanon's, chosen by
             * recheck_places below) */
            size_t de;
            uint32_t dp = demonym_place(c, i, end, &de);
            if (dp != LX_NONE && add_demonym_place(c, &scc, i, de, dp))
                return DYAD_ENOMEM;
            i = dp != LX_NONE ? de : i + 1;
            continue;
        }
        /* "Haifa Street", "Damascus Gate": a street, not the place; "the
         * Paris agreement": an agreement */
        if (dy_place_street_after(c, e, end) ||
            dy_place_accord_after(c, i, e, end)) {
            i = e + 1;
            continue;
        }
        dy_placem *pm = push_place(c, i, e, pid, gaz, -1);
        if (!pm)
            return DYAD_ENOMEM;
        dy_place_scc_add(&scc, dy_place_cc(c, pm));
        i = e;
    }
    size_t sent_places = c->places.count; /* none yet in this sentence */
    for (size_t q = c->places.count; q-- > 0;) {
        const dy_placem *pm = dy_vec_at(&c->places, q);
        if (pm->first < first)
            break;
        sent_places = q;
    }
    recheck_places(c, &scc, first, end, sent_places);
    for (size_t q = sent_places; q < c->places.count; q++) {
        const char *cc = dy_place_cc(c, dy_vec_at(&c->places, q));
        if (cc[0])
            dy_place_cc_add(c->place_cc, &c->nplace_cc, cc);
    }
    return find_unresolved(c, first, end);
}
