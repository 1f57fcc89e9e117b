/*
 * counts.c - how many: casualty counts told with a count word of the
 * lexicon ("at least 26 individuals dead", "killing three", "a civilian
 * was killed", "killing a mother and a child"), their approximation,
 * ACLED's conventions ("coded as 10", "split between 3 events", "coded to
 * this event"), running tolls marked cumulative ("since March 2011", "so
 * far this year", "the war has killed"), the victims' number and not the
 * attackers' ("a mob of 5,000 killed 65" is 65), and the event each count
 * belongs to; and how a repeated report's counts combine.
 */
#include "counts.h"

#include "lexicon/lexicon.h"
#include "match/match.h"
#include "words/words.h"

#include <stdlib.h>
#include <string.h>

#define RUNNING_TOLL 10000 /* a toll this large is a period's, not a day's */

static int is_war_noun(const dy_ctx *c, const dy_token *t)
{
    return dy_in_class(c, DY_CL_WAR, t);
}

/* a word of a list with its length, so that a token of another length
 * is turned away before its bytes are read */
typedef struct word_n {
    const char *w;
    size_t n;
} word_n;
#define WORD_N(lit) {lit, sizeof lit - 1}

/* token k's lower-case form is w (n bytes) */
static int is_word_n(const dy_ctx *c, size_t k, const char *w, size_t n)
{
    const dy_token *t = &c->tok[k];
    return t->lower_len == n && memcmp(c->lower.data + t->lower, w, n) == 0;
}

/* token k's lower-case form is the literal w (doc.h's dy_tok_is) */
#define is_word(c, k, w) dy_tok_is((c), &(c)->tok[(k)], w)

/* string s is the literal w: its first byte compared before the call, as
 * most strings asked differ there */
#define str_is(s, w) ((s)[0] == (w)[0] && strcmp((s), (w)) == 0)

/* "the deadliest attack since ...", "the first since ...": a superlative
 * (a word in -est after a determiner, not before a verb: "the protest
 * began" is none) before `since` compares the event with the past; it
 * tells no running toll */
static int superlative_before(const dy_ctx *c, size_t first, size_t k)
{
    for (size_t q = k; q-- > first + 1 && q + 7 > k;) {
        const dy_token *t = &c->tok[q];
        size_t n = t->lower_len;
        const char *w = c->lower.data + t->lower;
        int est = n > 4 && memcmp(w + n - 3, "est", 3) == 0 &&
                  c->tok[q - 1].tag == TAG_DET && c->tok[q + 1].tag != TAG_VERB;
        if (est || is_word(c, q, "worst") || is_word(c, q, "first") ||
            is_word(c, q, "most"))
            return 1;
    }
    return 0;
}

/* Words that tell a toll of a period, not of one day's event: "so far
 * (this year)", "to date", "already", "this year", "in the past months",
 * "a total of ... since". Grammar, not lexicon: temporal adverbials. */
static int period_words(const dy_ctx *c, size_t first, size_t end)
{
    static const word_n pairs[][2] = {
        {WORD_N("so"), WORD_N("far")},       {WORD_N("to"), WORD_N("date")},
        {WORD_N("this"), WORD_N("year")},    {WORD_N("past"), WORD_N("year")},
        {WORD_N("past"), WORD_N("years")},   {WORD_N("past"), WORD_N("months")},
        {WORD_N("past"), WORD_N("decade")},  {WORD_N("every"), WORD_N("month")},
        {WORD_N("per"), WORD_N("month")},    {WORD_N("each"), WORD_N("month")}};
    for (size_t k = first; k < end; k++) {
        /* (every word above starts with one of five letters: a token
         * that does not is turned away by its first byte) */
        char h = c->lower.data[c->tok[k].lower];
        if (h != 'a' && h != 'e' && h != 'p' && h != 's' && h != 't')
            continue;
        if (is_word(c, k, "already"))
            return 1;
        for (size_t p = 0; k + 1 < end && p < sizeof pairs / sizeof pairs[0];
             p++)
            if (is_word_n(c, k, pairs[p][0].w, pairs[p][0].n) &&
                is_word_n(c, k + 1, pairs[p][1].w, pairs[p][1].n))
                return 1;
    }
    return 0;
}

/* "have been killed", "has killed": the present perfect before token i */
static int perfect_before(const dy_ctx *c, size_t first, size_t i)
{
    for (size_t k = i; k-- > first && k + 4 > i;)
        if (is_word(c, k, "has") || is_word(c, k, "have"))
            return 1;
    return 0;
}

/* `since`, token k, starts a period a running toll is told over ("since
 * 2022", "since March", "since the war began"), not the days of one event
 * ("since Monday", "since yesterday"), nor a comparison ("the deadliest
 * since") */
static int since_period_at(const dy_ctx *c, size_t first, size_t end,
                           size_t k)
{
    if (superlative_before(c, first, k))
        return 0;
    if (k + 1 >= end)
        return 1;
    const dy_token *n = &c->tok[k + 1];
    return !(n->pos & POS_TIME) || n->type == TT_NUM ||
           (n->wid != LX_NONE && c->lx->words[n->wid].num >= 101);
}

/* since_period_at, asked only where token k is `since` (inline: the walks
 * below ask at every token, and few are) */
static inline int since_period(const dy_ctx *c, size_t first, size_t end,
                               size_t k)
{
    return dy_tok_has(&c->tok[k], c->w_since) &&
           since_period_at(c, first, end, k);
}

/* "the conflict that has killed more than 300,000 people", "... have been
 * killed since the war began", "since March 2011, 200 have been killed",
 * "so far this year", "the civil war ... has killed", a toll of
 * RUNNING_TOLL or more: a running toll over a period near token `at`
 * (the count word i), not one event's own */
static int cumulative_toll(const dy_ctx *c, size_t first, size_t end,
                           size_t at, size_t i, long value, int *period)
{
    if (value >= RUNNING_TOLL)
        return 1;
    /* (the period words are the sentence's: read once for all its tolls,
     * *period being -1 until then) */
    if (*period < 0)
        *period = period_words(c, first, end);
    if (*period)
        return 1;
    /* `since` after the count in its clause, or before it with the
     * present perfect ("have been killed") */
    for (size_t k = at; k < end; k++) {
        if (k > i && dy_is_clause_punct(c, &c->tok[k]))
            break;
        if (since_period(c, first, end, k))
            return 1;
    }
    int perfect = perfect_before(c, first, i);
    for (size_t k = first; k < at && perfect; k++)
        if (since_period(c, first, end, k) || is_war_noun(c, &c->tok[k]))
            return 1;
    for (size_t k = at; k-- > first && k + 9 > at;)
        if (is_war_noun(c, &c->tok[k]))
            return 1;
    /* "... have been killed in Syria's bloody conflict" */
    for (size_t k = at + 1; k < end && k < at + 8; k++) {
        if (dy_is_clause_punct(c, &c->tok[k]))
            break;
        if (is_war_noun(c, &c->tok[k]) && k > at + 1)
            for (size_t q = at + 1; q < k; q++)
                if (dy_tok_has(&c->tok[q], c->w_in))
                    return 1;
    }
    return 0;
}

static int ends_s(const dy_ctx *c, const dy_token *t)
{
    return t->lower_len > 1 && c->lower.data[t->lower + t->lower_len - 1] == 's';
}

/* "twenty-two": a hyphenated number word's value, else -1 */
static long hyphen_number(const dy_ctx *c, const dy_token *t)
{
    /* (the word analysis marks a form with a hyphen after its first byte
     * and a byte after it, DY_POS_HYPHEN, once a form: the tokens before
     * and after a count word, most of them none, are turned away by the
     * bit, not a memchr each) */
    if (!(t->pos & DY_POS_HYPHEN))
        return -1;
    const char *s = c->lower.data + t->lower;
    const char *h = memchr(s, '-', t->lower_len);
    if (t->type != TT_WORD || !h || h == s || h + 1 >= s + t->lower_len)
        return -1;
    uint32_t a = dy_lexicon_find(c->lx, s, (size_t)(h - s));
    uint32_t b = dy_lexicon_find(c->lx, h + 1, t->lower_len - (size_t)(h - s) - 1);
    if (a == LX_NONE || b == LX_NONE)
        return -1;
    uint32_t tens = c->lx->words[a].num, units = c->lx->words[b].num;
    if (tens < 20 || tens > 90 || tens % 10 || units < 1 || units > 9)
        return -1;
    return (long)(tens + units);
}

/* "(fatalities split between 3 events)", "41 fatality split between 4
 * shelling events": ACLED divides a toll told for several events; the
 * number of events, or 0 */
static long split_between(const dy_ctx *c, size_t from, size_t end)
{
    for (size_t k = from; k + 2 < end && k < from + 16; k++) {
        if (!dy_in_class(c, DY_CL_SPLIT, &c->tok[k]))
            continue;
        if (!dy_in_class(c, DY_CL_SPLIT_PREP, &c->tok[k + 1]))
            return 0;
        const dy_token *n = &c->tok[k + 2];
        long v = -1;
        if (n->type == TT_NUM)
            v = strtol(c->lower.data + n->lower, NULL, 10);
        else if (n->tag == TAG_NUM && n->wid != LX_NONE)
            v = (long)c->lx->words[n->wid].num;
        for (size_t q = k + 3; v > 1 && q < end && q < k + 6; q++)
            if (dy_in_class(c, DY_CL_SPLIT_UNIT, &c->tok[q]))
                return v;
        return 0;
    }
    return 0;
}

/* "a mother", "the young driver": a determiner and a singular noun for
 * one person (an adjective between); returns the token after it, or 0 */
static size_t one_person(const dy_ctx *c, size_t k, size_t end)
{
    const dy_token *d = &c->tok[k];
    if (d->tag != TAG_DET ||
        !(dy_tok_has(d, c->w_the) ||
          (d->lower_len <= 2 && c->lower.data[d->lower] == 'a')))
        return 0;
    for (size_t q = k + 1; q < end && q < k + 4; q++) {
        if (dy_in_class(c, DY_CL_PERSON, &c->tok[q]))
            return q + 1;
        if (c->tok[q].tag != TAG_ADJ)
            return 0;
    }
    return 0;
}

/* "a mother and a child", "a man, a woman and a boy": how many singular
 * persons are listed from k (0 if none); *last is the token after */
static long person_list(const dy_ctx *c, size_t k, size_t end, size_t *last)
{
    long n = 0;
    size_t q = k, e;
    while (q < end && n < 10 && (e = one_person(c, q, end)) != 0) {
        n++;
        *last = e;
        int comma = c->tok[e].type == TT_PUNCT &&
                    c->lower.data[c->tok[e].lower] == ',';
        if (e + 1 < end && (comma || dy_tok_has(&c->tok[e], c->w_and)))
            q = e + 1 + (comma && e + 2 < end &&
                         dy_tok_has(&c->tok[e + 1], c->w_and));
        else
            break;
    }
    return n;
}

/* a number told with a count word */
typedef struct toll {
    long value;     /* -1: none */
    int approx;     /* "at least", "dozens", ... */
    int cumulative; /* a running toll (cumulative_toll) */
    int counted;    /* value is final (a word, a list, "a", "the") */
    size_t nk;      /* the number's token (the list's first) */
    size_t listed_end; /* after a list of persons, or 0 */
} toll;

/* token k as a number: digits or a number word (value read later), or a
 * hyphenated number word ("twenty-two"); 1 with *tl set, else 0 */
static int number_at(const dy_ctx *c, size_t k, toll *tl)
{
    const dy_token *t = &c->tok[k];
    long hyphen;
    if (t->type == TT_NUM || t->tag == TAG_NUM) {
        tl->nk = k;
        tl->value = 0;
        return 1;
    }
    if ((hyphen = hyphen_number(c, t)) > 0) {
        tl->nk = k;
        tl->value = hyphen;
        tl->counted = 1;
        return 1;
    }
    return 0;
}

/* a number (or one person) told before the count word at i: up to 4
 * tokens back, not across a clause, a verb or a conjunction */
static void number_before(const dy_ctx *c, size_t first, size_t i, toll *tl)
{
    for (size_t k = i; k-- > first && k + 5 > i;) {
        const dy_token *t = &c->tok[k];
        /* "no one was injured": none, not one */
        if (k > first && is_word(c, k, "one") && is_word(c, k - 1, "no")) {
            tl->nk = k;
            tl->value = 0;
            tl->counted = 1;
            return;
        }
        if (number_at(c, k, tl))
            return;
        /* "a civilian was killed": one */
        if (t->tag == TAG_DET && t->lower_len <= 2 &&
            c->lower.data[t->lower] == 'a' && k + 1 < i &&
            (c->tok[k + 1].tag == TAG_NOUN || c->tok[k + 1].tag == TAG_ADJ) &&
            !ends_s(c, &c->tok[k + 1])) {
            tl->nk = k;
            tl->value = 1;
            tl->counted = 1;
            return;
        }
        /* "The victim died", "the driver was killed": one */
        if (dy_tok_has(t, c->w_the) && one_person(c, k, i)) {
            tl->nk = k;
            tl->value = 1;
            tl->counted = 1;
            return;
        }
        if (dy_is_clause_punct(c, t) || t->tag == TAG_VERB ||
            t->tag == TAG_CONJ)
            return;
    }
}

/* a number told after the count word ending at e: up to 4 tokens */
static void number_after(const dy_ctx *c, size_t e, size_t end, toll *tl)
{
    for (size_t k = e; k < end && k < e + 4; k++) {
        const dy_token *t = &c->tok[k];
        if (number_at(c, k, tl))
            return;
        /* "(fatalities split between 3 events)": 3 is no toll */
        if (dy_is_clause_punct(c, t) || t->tag == TAG_CONJ ||
            dy_in_class(c, DY_CL_SPLIT, t))
            return;
    }
}

/* the value of the number token nk: digits (with thousands commas) or a
 * number word ("dozens" approximate) */
static void number_value(const dy_ctx *c, toll *tl)
{
    const dy_token *nt = &c->tok[tl->nk];
    if (nt->type == TT_NUM) {
        const char *s = c->lower.data + nt->lower;
        for (size_t q = 0; s[q] && tl->value < 100000000; q++) {
            if (s[q] == ',')
                continue;
            if (s[q] < '0' || s[q] > '9')
                break;
            tl->value = tl->value * 10 + (s[q] - '0');
        }
        return;
    }
    tl->value = (long)c->lx->words[nt->wid].num;
    if (dy_in_class(c, DY_CL_VAGUE_NUMBER, nt))
        tl->approx = 1;
}

/* "were killed", "have been wounded": a form of be just before token i
 * (an adverb between) makes the count word passive */
static int passive_at(const dy_ctx *c, size_t first, size_t i)
{
    static const word_n be[] = {WORD_N("was"),   WORD_N("were"), WORD_N("been"),
                                WORD_N("being"), WORD_N("is"),   WORD_N("are"),
                                WORD_N("be")};
    for (size_t k = i; k-- > first && k + 3 > i;) {
        for (size_t w = 0; w < sizeof be / sizeof be[0]; w++)
            if (is_word_n(c, k, be[w].w, be[w].n))
                return 1;
        if (c->tok[k].tag != TAG_ADV)
            return 0;
    }
    return 0;
}

/* an active count verb with a number or an object after it ("killed
 * nearly 65 people", "killed the man"): the number before it is its
 * subject's, the attackers' ("a mob of 5,000 persons killed ..."), never
 * the toll */
static int subject_number(const dy_ctx *c, size_t first, size_t end,
                          size_t i, size_t e)
{
    if (c->tok[i].tag != TAG_VERB || passive_at(c, first, i) || e >= end)
        return 0;
    toll after;
    memset(&after, 0, sizeof after);
    after.value = -1;
    number_after(c, e, end, &after);
    const dy_token *o = &c->tok[e];
    return after.value >= 0 || o->tag == TAG_DET || o->tag == TAG_ADJ ||
           o->tag == TAG_NOUN || o->tag == TAG_PROPN;
}

/* The toll told by the count word over tokens [i, e): 1 with *tl filled,
 * 0 when no number goes with it. A verb ("wounded 20") looks ahead first,
 * and an active verb with an object takes no number before it (the
 * subject's); after "and" the number is the next count's ("killed and
 * around 40 others injured"). */
static int read_toll(const dy_ctx *c, size_t first, size_t end, size_t i,
                     size_t e, toll *tl, int *period)
{
    memset(tl, 0, sizeof *tl);
    tl->value = -1;
    int subject = subject_number(c, first, end, i, e);
    int ahead_first = subject ||
                      (c->tok[i].tag == TAG_VERB && e < end &&
                       (c->tok[e].type == TT_NUM || c->tok[e].tag == TAG_NUM ||
                        (e + 2 < end && c->tok[e + 2].type == TT_NUM &&
                         c->tok[e].tag != TAG_CONJ &&
                         c->tok[e].type != TT_PUNCT)));
    if (ahead_first)
        number_after(c, e, end, tl);
    if (tl->value < 0 && !subject)
        number_before(c, first, i, tl);
    if (tl->value < 0 && !ahead_first)
        number_after(c, e, end, tl);
    /* "killing a mother and a child": the persons listed */
    long listed = tl->value < 0 && c->tok[i].tag == TAG_VERB && e < end
                      ? person_list(c, e, end, &tl->listed_end)
                      : 0;
    if (listed > 0) {
        tl->nk = e;
        tl->value = listed;
        tl->counted = 1;
    } else {
        tl->listed_end = 0;
    }
    if (tl->value < 0)
        return 0;
    const dy_token *nt = &c->tok[tl->nk];
    if (!tl->counted && nt->tag != TAG_DET)
        number_value(c, tl);
    if (tl->value <= 0 && nt->type != TT_NUM && nt->tag != TAG_DET)
        return 0;
    tl->cumulative = cumulative_toll(c, first, end, i < tl->nk ? i : tl->nk,
                                     i, tl->value, period);
    /* "at least", "more than", "nearly", "up to" */
    if (dy_match_class_before(c, first, tl->nk, DY_CL_APPROXIMATOR))
        tl->approx = 1;
    return 1;
}

/* The event a toll at token i belongs to: the nearest assault of the
 * sentence with an attacker (else the nearest act of force, 14 and up);
 * for "coded to this event", the note's first assault with an actor; else
 * the latest assault of the two sentences before ("Two people died.") */
static dy_cand *toll_event(const dy_ctx *c, dy_vec *cands, size_t cand_first,
                           size_t i, int this_event)
{
    dy_cand *best = NULL;
    long best_d = 0;
    for (int pass = 0; pass < 2 && !best; pass++) {
        for (size_t q = cand_first; q < cands->count; q++) {
            dy_cand *k = dy_vec_at(cands, q);
            int root = dy_cand_root(c, k);
            if (k->background || (pass == 0 && root < 18) ||
                (pass == 1 && root < 14))
                continue;
            /* "1 civilian was killed." names no attacker: its toll
             * belongs to the attack told before, not to itself */
            if (k->src < 0 && !k->src_code[0])
                continue;
            long d = labs((long)k->head - (long)i);
            if (!best || d < best_d) {
                best = k;
                best_d = d;
            }
        }
    }
    for (size_t q = 0; !best && this_event && q < cand_first; q++) {
        dy_cand *k = dy_vec_at(cands, q);
        if (!k->background && dy_cand_root(c, k) >= 18 &&
            (k->src >= 0 || k->src_code[0]))
            best = k;
    }
    for (size_t q = cand_first; !best && q-- > 0;) {
        dy_cand *k = dy_vec_at(cands, q);
        const dy_cand *last = dy_vec_at(cands, cand_first - 1);
        if (k->sentence + 2 < last->sentence)
            break;
        if (!k->background && dy_cand_root(c, k) >= 18)
            best = k;
    }
    return best;
}

/* One count phrase over tokens [i, e) of kind killed or injured: read its
 * toll and give it to its event. 1 when the toll found its event (the
 * phrase's words are then used up), else 0. */
static int count_at(dy_ctx *c, size_t first, size_t end, size_t i, size_t e,
                     uint32_t pid, int is_killed, dy_vec *cands,
                     size_t cand_first, int *period)
{
    const dyad_lexicon *lx = c->lx;
    const char *qual = lx_str(lx, lx->phrases[pid].ptype);
    int this_event = str_is(qual, "restated");
    /* (the event first: it does not depend on the toll, and a count word
     * with no event to go to needs no number read) */
    dy_cand *best = toll_event(c, cands, cand_first, i, this_event);
    if (!best)
        return 0;
    toll tl;
    if (!read_toll(c, first, end, i, e, &tl, period))
        return 0;
    /* "Unspecified fatalities coded as 10" (ACLED's notes): a coder's
     * placeholder for an unknown toll, not a count */
    if (str_is(qual, "placeholder"))
        tl.approx = 1;
    long parts = is_killed ? split_between(c, e, end) : 0;
    if (parts > 1 && tl.value >= parts) {
        tl.value /= parts;
        tl.approx = 1;
    }
    /* a toll restated for this event replaces the figure told before:
     * "8 fatalities split between 2 locations", "[3 fatalities coded to
     * this event]" */
    int restated = (parts > 1 && tl.value >= 1) || this_event;
    size_t nk = tl.nk;
    size_t sf = nk < i ? nk : i, se = nk < i ? e : nk + 1;
    if (tl.listed_end)
        se = tl.listed_end;
    /* an event's own toll is never replaced by a running one, and
     * replaces one (restated, or told after it) */
    if (is_killed && (best->killed < 0 || restated ||
                      (best->killed_cum && !tl.cumulative))) {
        best->killed = tl.value;
        best->killed_approx = (uint8_t)tl.approx;
        best->killed_cum = (uint8_t)tl.cumulative;
        best->killed_first = (uint32_t)sf;
        best->killed_end = (uint32_t)se;
    } else if (!is_killed && (best->injured < 0 ||
                              (best->injured_cum && !tl.cumulative))) {
        best->injured = tl.value;
        best->injured_approx = (uint8_t)tl.approx;
        best->injured_cum = (uint8_t)tl.cumulative;
        best->injured_first = (uint32_t)sf;
        best->injured_end = (uint32_t)se;
    }
    return 1;
}

void dy_counts_read(dy_ctx *c, size_t first, size_t end, dy_vec *cands,
                    size_t cand_first)
{
    const dyad_lexicon *lx = c->lx;
    /* (the tokens in a local: count_at, which stores into candidates
     * through pointers, would have c->tok read again at every token) */
    const dy_token *tok = c->tok, *stop = tok + end;
    int period = -1; /* the sentence's period words, once read */
    for (size_t i = first; i < end; i++) {
        size_t e;
        /* (on to the next count word by the kinds alone, in a loop of its
         * own: most words are none) */
        const dy_token *t = tok + i;
        while (t < stop && !(t->kinds & KIND_BIT(LX_COUNT)))
            t++;
        i = (size_t)(t - tok);
        if (i >= end || t->type != TT_WORD)
            continue;
        uint32_t pid = dy_match_at(c, i, end, KIND_BIT(LX_COUNT), &e);
        if (pid == LX_NONE)
            continue;
        const char *kind = lx_str(lx, lx->phrases[pid].code);
        int is_killed = str_is(kind, "killed");
        int is_injured = str_is(kind, "injured");
        if (!is_killed && !is_injured)
            continue;
        if (count_at(c, first, end, i, e, pid, is_killed, cands, cand_first,
                     &period))
            i = e - 1;
    }
}

/* one count of candidate k into c */
static void fill_count(dyad_count *c, const dy_ctx *x, long value,
                       uint8_t approx, uint8_t cum, uint32_t first,
                       uint32_t end)
{
    c->value = value;
    c->approximate = approx;
    c->cumulative = cum;
    if (value >= 0)
        c->span = dy_tokens_span(x, first, end);
}

void dy_counts_fill(dyad_event *e, const dy_ctx *x, const dy_cand *k)
{
    fill_count(&e->killed, x, k->killed, k->killed_approx, k->killed_cum,
               k->killed_first, k->killed_end);
    fill_count(&e->injured, x, k->injured, k->injured_approx, k->injured_cum,
               k->injured_first, k->injured_end);
}

/* A repeat's count fills one e lacks, and its own toll replaces a
 * running one. */
void dy_counts_merge(dyad_event *e, const dy_ctx *x, const dy_cand *k)
{
    if (k->killed >= 0 && (e->killed.value < 0 ||
                           (e->killed.cumulative && !k->killed_cum)))
        fill_count(&e->killed, x, k->killed, k->killed_approx, k->killed_cum,
                   k->killed_first, k->killed_end);
    if (k->injured >= 0 && (e->injured.value < 0 ||
                            (e->injured.cumulative && !k->injured_cum)))
        fill_count(&e->injured, x, k->injured, k->injured_approx,
                   k->injured_cum, k->injured_first, k->injured_end);
}
