/*
 * unknown.c - the document's mentions of actors the lexicon lacks, owned
 * by the result (dyad_result_unknown_actor): the mentions the actors stage
 * read by shape, title, apposition or misspelling (dy_mention.origin), and
 * names that got no code at all, found here in an actor's position next
 * to an event's trigger. It runs after emission and changes no event; the
 * report over a corpus (`dyad actors --unknown`) adds them up.
 */
#include "emit.h"

#include "actors/actors.h"
#include "place/place.h"
#include "words/words.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NAME_MAX_TOKENS 8 /* tokens of an uncoded name, joints included */

/* what the collection of one document works on */
typedef struct collector {
    dy_arena *a;
    const dy_ctx *x;
    const dy_sent *sents;
    size_t nsent;
    dy_vec out; /* dyad_unknown_actor */
} collector;

/* the sentence holding token t (binary search over sentences in order) */
static size_t sentence_of(const collector *co, uint32_t t)
{
    size_t lo = 0, hi = co->nsent;
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (co->sents[mid].first <= t)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

/* the words of a phrase as its lexicon line writes them ("Afghanistan" of
 * "country AFG: Afghanistan"): borrowed from the lexicon */
static const char *phrase_words(const dyad_lexicon *lx, uint32_t pid)
{
    const char *t = lx_str(lx, lx->phrases[pid].text);
    const char *colon = strstr(t, ": ");
    return colon ? colon + 2 : t;
}

/* what read a mention's name: the class or agent phrase of its role, or
 * the kind of the name a misspelling is matched to */
static const char *evidence(collector *co, const dy_mention *m)
{
    const dyad_lexicon *lx = co->x->lx;
    if (m->origin == DY_ORIGIN_APPOSITION)
        return "apposition";
    if (m->via == LX_NONE || m->via >= lx->nphrases)
        return m->origin == DY_ORIGIN_SHAPE ? "shape" : "title";
    const lx_phrase *p = &lx->phrases[m->via];
    switch (p->kind) {
    case LX_CLASS:
        return lx_str(lx, p->code); /* "org-lab", "title-mil" */
    case LX_COUNTRY:
        return "country";
    case LX_DEMONYM:
        return "demonym";
    case LX_CAPITAL:
        return "capital";
    case LX_ACTOR:
        return "actor";
    default: {
        char buf[128];
        int n = snprintf(buf, sizeof buf, "agent %s",
                         phrase_words(lx, m->via));
        if (n < 0)
            return "agent";
        return dy_arena_strndup(co->a, buf,
                                (size_t)n < sizeof buf ? (size_t)n
                                                       : sizeof buf - 1);
    }
    }
}

/* a new record for the mention of tokens [first, end) whose name is
 * tokens [nfirst, nend); NULL when out of memory */
static dyad_unknown_actor *add(collector *co, int how, uint32_t first,
                               uint32_t end, uint32_t nfirst, uint32_t nend)
{
    dyad_unknown_actor *u = dy_vec_push(&co->out);
    if (!u)
        return NULL;
    u->how = how;
    u->text = dy_tokens_text(co->a, co->x, first, end, &u->span);
    u->name = dy_tokens_text(co->a, co->x, nfirst, nend, &u->name_span);
    u->sentence = sentence_of(co, first);
    const dy_sent *s = &co->sents[u->sentence];
    u->sentence_span = dy_tokens_span(co->x, s->first, s->end);
    return u->text && u->name ? u : NULL;
}

/* Is the sentence written like a headline ("Rebels Attack Village Near
 * Kano")? Of its common words (function words and words WordNet knows,
 * not time words), past the first word, three or more and over half are
 * capitalised: its capitals say nothing of names. */
static int is_title_case(const dy_ctx *x, const dy_sent *s)
{
    const uint32_t common = POS_N | POS_V | POS_A | POS_R | POS_DET |
                            POS_PREP | POS_CONJ | POS_PRON;
    size_t words = 0, caps = 0;
    for (size_t k = s->first + 1; k < s->end; k++) {
        const dy_token *t = &x->tok[k];
        if (t->type == TT_WORD && (t->pos & common) &&
            !(t->pos & POS_TIME)) {
            words++;
            caps += (t->flags & TF_CAP) != 0;
        }
    }
    return caps >= 3 && caps * 2 > words;
}

/* do places cover every token of [first, end) ("Guantanamo Bay, Cuba,"
 * is no person before an apposition)? */
static int all_places(const dy_ctx *x, uint32_t first, uint32_t end)
{
    for (uint32_t k = first; k < end; k++)
        if (x->tok[k].place < 0)
            return 0;
    return 1;
}

/* the mentions the actors stage read from a name the lexicon lacks (a
 * person's name that the place stage found to be a place is none) */
static int add_mentions(collector *co)
{
    const dy_ctx *x = co->x;
    const dyad_lexicon *lx = x->lx;
    for (size_t i = 0; i < x->mentions.count; i++) {
        const dy_mention *m = dy_vec_at(&x->mentions, i);
        if (m->origin == DY_ORIGIN_LEXICON || m->name_end <= m->name_first ||
            m->name_end > x->ntok)
            continue;
        if ((m->origin == DY_ORIGIN_TITLE ||
             m->origin == DY_ORIGIN_APPOSITION) &&
            all_places(x, m->name_first, m->name_end))
            continue;
        /* in a headline a name's extent is guesswork ("Militants Storm
         * Kano Market"); a misspelling is one word and stays */
        if (m->origin != DY_ORIGIN_MISSPELT &&
            is_title_case(x, &co->sents[sentence_of(co, m->name_first)]))
            continue;
        int how = m->origin == DY_ORIGIN_SHAPE      ? DYAD_UNKNOWN_SHAPE
                  : m->origin == DY_ORIGIN_MISSPELT ? DYAD_UNKNOWN_MISSPELT
                                                    : DYAD_UNKNOWN_TITLE;
        dyad_unknown_actor *u =
            add(co, how, m->first, m->end, m->name_first, m->name_end);
        if (!u)
            return DYAD_ENOMEM;
        u->evidence = evidence(co, m);
        if (how == DYAD_UNKNOWN_MISSPELT && m->via < lx->nphrases) {
            u->matched = phrase_words(lx, m->via);
            u->code = lx_str(lx, lx->phrases[m->via].code);
        } else {
            u->code = dy_arena_dup(co->a, m->code);
            u->country_inferred = m->country_inferred;
        }
        if (!u->evidence || !u->code)
            return DYAD_ENOMEM;
    }
    return 0;
}

/* ------------------------------------------------------- uncoded names */

/* a capitalised word of a name that no actor covers: not a closed-class
 * or time word */
static int name_word(const dy_token *t)
{
    return t->type == TT_WORD && (t->flags & TF_CAP) && t->mention < 0 &&
           (t->tag == TAG_PROPN || t->tag == TAG_NOUN || t->tag == TAG_ADJ) &&
           !(t->pos & (POS_DET | POS_PREP | POS_PRON | POS_CONJ | POS_SUB |
                       POS_BE | POS_HAVE | POS_MODAL | POS_TIME | POS_NEG));
}

/* "of" or "for" inside a name ("Movement for Democratic Change") */
static int of_for(const dy_ctx *x, const dy_token *t)
{
    return !(t->flags & TF_CAP) &&
           (dy_tok_has(t, x->w_of) || dy_tok_has(t, x->w_for));
}

/* the joint of a name at token k going forward ("of", "for", "of the"):
 * its length, 0 when none */
static size_t joint_at(const dy_ctx *x, size_t k, size_t end)
{
    if (k >= end || !of_for(x, &x->tok[k]))
        return 0;
    if (k + 1 < end && dy_tok_has(&x->tok[k + 1], x->w_the) &&
        !(x->tok[k + 1].flags & TF_CAP))
        return 2;
    return 1;
}

/* the end of the name that starts at token s (0 words: s) */
static size_t name_end_from(const dy_ctx *x, size_t s, size_t end)
{
    size_t e = s;
    while (e < end && e < s + NAME_MAX_TOKENS) {
        if (name_word(&x->tok[e])) {
            e++;
            continue;
        }
        size_t j = e > s ? joint_at(x, e, end) : 0;
        if (!j || e + j >= end || !name_word(&x->tok[e + j]))
            break;
        e += j;
    }
    return e;
}

/* "Richard G. Fecteau of Massachusetts": the end of name [s, e) before a
 * last "of"/"for" that only a place follows */
static size_t cut_place_tail(const dy_ctx *x, size_t s, size_t e)
{
    size_t j = e;
    while (j > s && !of_for(x, &x->tok[j - 1]))
        j--;
    if (j <= s + 1)
        return e;
    for (size_t k = j; k < e; k++)
        if (name_word(&x->tok[k]) && x->tok[k].place < 0)
            return e;
    return j - 1;
}

/* the start of the name that ends before token e (no words: e) */
static size_t name_start_before(const dy_ctx *x, size_t first, size_t e)
{
    size_t s = e;
    while (s > first && s + NAME_MAX_TOKENS > e) {
        if (name_word(&x->tok[s - 1])) {
            s--;
            continue;
        }
        /* "X of Y", "X for the Y" with X a name word */
        size_t j = s - 1;
        if (j > first && dy_tok_has(&x->tok[j], x->w_the) &&
            !(x->tok[j].flags & TF_CAP))
            j--;
        if (s < e && j > first && of_for(x, &x->tok[j]) &&
            name_word(&x->tok[j - 1])) {
            s = j;
            continue;
        }
        break;
    }
    return s;
}

/* Is [s, e) (name words and joints) a name to report: two or more words,
 * not all of them inside places, not ending in a word of class place-word
 * or not-actor? A sentence's first word that is also a
 * common word is capitalised by its position and is dropped ("Gunmen
 * Attacked ..." is no name); *ps is moved past it. */
static int is_uncoded_name(const dy_ctx *x, size_t first, size_t *ps,
                           size_t e)
{
    size_t s = *ps;
    const dy_token *t0 = &x->tok[s];
    if (s == first && s < e && t0->wid != LX_NONE &&
        (t0->pos & (POS_N | POS_V | POS_A | POS_R)))
        s++;
    while (s < e && !name_word(&x->tok[s]))
        s++; /* a joint left at the start */
    size_t words = 0, placed = 0;
    for (size_t k = s; k < e; k++)
        if (name_word(&x->tok[k])) {
            words++;
            placed += x->tok[k].place >= 0;
        }
    *ps = s;
    /* "Deir Ezzor Governorate", "the Sulu Sea", "the Gulf War": a place's
     * or an occasion's name */
    const dy_token *head = &x->tok[e - 1];
    return words >= 2 && placed < words &&
           !dy_in_class_noun(x, DY_CL_PLACE_WORD, head) &&
           !dy_in_class_noun(x, DY_CL_NOT_ACTOR, head);
}

/* the start of the verb group ending at the trigger: auxiliaries, modals,
 * negation, adverbs, "to" */
static size_t group_start(const dy_ctx *x, size_t first, size_t k)
{
    while (k > first) {
        int tag = x->tok[k - 1].tag;
        if (tag != TAG_AUX && tag != TAG_MODAL && tag != TAG_NEG &&
            tag != TAG_ADV && tag != TAG_TO)
            break;
        k--;
    }
    return k;
}

/* a preposition that may open an act's actor after its trigger: by, to,
 * with, against, on, from, for, of, over, at, into, toward(s) */
static int actor_prep(const dy_ctx *x, const dy_token *t)
{
    const uint32_t w[] = {x->w_by,   x->w_to,     x->w_with, x->w_against,
                          x->w_on,   x->w_from,   x->w_for,  x->w_of,
                          x->w_over, x->w_at,     x->w_into, x->w_toward,
                          x->w_towards};
    if (t->tag != TAG_PREP)
        return 0;
    for (size_t i = 0; i < sizeof w / sizeof w[0]; i++)
        if (dy_tok_has(t, w[i]))
            return 1;
    return 0;
}

/* a mention's code that is a bare country ("ESP" of "Spain", "USA" of
 * "American"): no role, no sponsor ("Rwandan-backed" codes none) */
static int bare_country(const dy_mention *m)
{
    return strlen(m->code) == 3;
}

/* The country that name [s, e) states itself: a country, demonym or
 * capital right before it, with or without "'s" ("Spain's Carlos Checa",
 * "American Eugene Hasenfus"), else the place of the tail [e, full) that
 * cut_place_tail took off ("Doris Guenther of Austria"); NULL when none.
 * It says whose the person is better than where the act happened. */
static const char *stated_country(const dy_ctx *x, size_t first, size_t s,
                                  size_t e, size_t full)
{
    size_t j = s;
    if (j > first && x->tok[j - 1].tag == TAG_POSS)
        j--;
    if (j > first && x->tok[j - 1].mention >= 0 &&
        (size_t)x->tok[j - 1].mention < x->mentions.count) {
        const dy_mention *m =
            dy_vec_at(&x->mentions, (size_t)x->tok[j - 1].mention);
        if (m->end == j && bare_country(m))
            return m->code;
    }
    for (size_t k = e; k < full; k++) {
        int32_t p = x->tok[k].place;
        if (p >= 0 && (size_t)p < x->places.count) {
            const char *cc = dy_place_country(x, dy_vec_at(&x->places,
                                                           (size_t)p));
            if (cc && strlen(cc) == 3)
                return cc;
        }
    }
    return NULL;
}

/* the country an uncoded name [s, e) of candidate k is suggested from its
 * context: its event's place's, unless that place is a word of the name
 * ("Aden" of "Aden Hashi Ayro"), else the document's most named; NULL
 * when none */
static const char *context_country(const dy_ctx *x, const dy_cand *k,
                                   size_t s, size_t e)
{
    if (k->place >= 0 && (size_t)k->place < x->places.count) {
        const dy_placem *p = dy_vec_at(&x->places, (size_t)k->place);
        const char *cc = dy_place_country(x, p);
        if (cc && strlen(cc) == 3 && (p->end <= s || p->first >= e))
            return cc;
    }
    return dy_actors_doc_country(x);
}

/* records the uncoded name [s, e) found at `where` of candidate k; full
 * is its end before a place tail was cut */
static int add_uncoded(collector *co, const dy_cand *k, size_t s, size_t e,
                       size_t full, const char *where)
{
    dyad_unknown_actor *u =
        add(co, DYAD_UNKNOWN_UNCODED, (uint32_t)s, (uint32_t)e, (uint32_t)s,
            (uint32_t)e);
    if (!u)
        return DYAD_ENOMEM;
    u->evidence = where;
    const char *cc = stated_country(co->x, k->sent_first, s, e, full);
    u->country_inferred = !cc;
    if (!cc)
        cc = context_country(co->x, k, s, e);
    if (cc) {
        u->code = dy_arena_strndup(co->a, cc, 3);
        if (!u->code)
            return DYAD_ENOMEM;
    } else
        u->country_inferred = 0;
    return 0;
}

/* The uncoded names in candidate k's actor positions: the name ending
 * right before its verb group (or before a noun trigger, or its "'s"),
 * and the name right after its trigger, past one preposition that may
 * open an actor ("by", "on", "with" ...) and determiners. */
static int uncoded_of(collector *co, const dy_cand *k)
{
    const dy_ctx *x = co->x;
    size_t first = k->sent_first, end = k->sent_end;
    int rc;
    size_t b = k->is_noun ? k->trig_first
                          : group_start(x, first, k->trig_first);
    if (k->is_noun && b > first + 1 && x->tok[b - 1].tag == TAG_POSS)
        b--;
    size_t s = name_start_before(x, first, b);
    size_t e = cut_place_tail(x, s, b);
    if (s < e && is_uncoded_name(x, first, &s, e) &&
        (rc = add_uncoded(co, k, s, e, b, "subject")))
        return rc;
    size_t a = k->trig_end;
    if (a < end && actor_prep(x, &x->tok[a]))
        a++;
    for (int d = 0; d < 2 && a < end && x->tok[a].tag == TAG_DET; d++)
        a++;
    size_t full = name_end_from(x, a, end);
    e = cut_place_tail(x, a, full);
    if (e > a && is_uncoded_name(x, first, &a, e) &&
        (rc = add_uncoded(co, k, a, e, full, "object")))
        return rc;
    return 0;
}

static int add_uncoded_names(collector *co, const dy_vec *cands)
{
    size_t title_si = (size_t)-1;
    int title = 0;
    for (size_t i = 0; i < cands->count; i++) {
        const dy_cand *k = dy_vec_at(cands, i);
        if (k->sentence >= co->nsent || k->sent_end > co->x->ntok ||
            k->trig_end > k->sent_end)
            continue;
        if (k->sentence != title_si) {
            title_si = k->sentence;
            title = is_title_case(co->x, &co->sents[k->sentence]);
        }
        int rc = title ? 0 : uncoded_of(co, k);
        if (rc)
            return rc;
    }
    return 0;
}

/* the same name read the same way (found by two events) */
static int same_mention(const dyad_unknown_actor *a,
                        const dyad_unknown_actor *b)
{
    return a->span.start == b->span.start && a->span.len == b->span.len &&
           a->how == b->how;
}

/* text order: by start, then how, then length, then evidence (a total
 * order, so that the one kept of two equal mentions is always the same) */
static int by_position(const void *pa, const void *pb)
{
    const dyad_unknown_actor *a = pa, *b = pb;
    if (a->span.start != b->span.start)
        return a->span.start < b->span.start ? -1 : 1;
    if (a->how != b->how)
        return a->how < b->how ? -1 : 1;
    if (a->span.len != b->span.len)
        return a->span.len < b->span.len ? -1 : 1;
    return strcmp(a->evidence, b->evidence);
}

int dy_emit_unknown(dyad_unknown_actor **out, size_t *count, dy_arena *a,
                    const dy_ctx *x, const dy_vec *cands,
                    const dy_sent *sents, size_t nsent)
{
    *out = NULL;
    *count = 0;
    if (!nsent)
        return 0;
    collector co;
    co.a = a;
    co.x = x;
    co.sents = sents;
    co.nsent = nsent;
    dy_vec_init(&co.out, sizeof(dyad_unknown_actor), a->mem);
    int rc = add_mentions(&co);
    if (!rc)
        rc = add_uncoded_names(&co, cands);
    if (!rc && co.out.count) {
        dyad_unknown_actor *u = co.out.data;
        qsort(u, co.out.count, sizeof *u, by_position);
        /* a name in the position of two events is one mention */
        size_t n = 0;
        for (size_t i = 0; i < co.out.count; i++)
            if (!n || !same_mention(&u[n - 1], &u[i]))
                u[n++] = u[i];
        *out = dy_arena_memdup(a, u, n * sizeof **out);
        if (!*out)
            rc = DYAD_ENOMEM;
        else
            *count = n;
    }
    dy_vec_free(&co.out);
    return rc;
}
