/*
 * dates.c - when: the date of a sentence's events from the document date
 * and the words of the sentence ("on Wednesday", "overnight", "yesterday",
 * "last week", "on 19 November", "13 October 2022"). Relative words need
 * a document date; no document date means no guess. Absolute dates with
 * a year stand on their own. A date after "since" starts a period and
 * dates nothing ("killed since March 2011").
 */
#include "dates.h"

#include "clauses/clauses.h"
#include "words/words.h"

#include <stdlib.h>
#include <string.h>

static int32_t civil_from_days(long z)
{
    long y, m, d;
    dy_civil_from_days(z, &y, &m, &d);
    return (int32_t)(y * 10000 + m * 100 + d);
}

static long to_days(int32_t ymd)
{
    return dy_days_from_civil(ymd / 10000, ymd / 100 % 100, ymd % 100);
}

static int32_t date_add_days(int32_t ymd, int days)
{
    return civil_from_days(to_days(ymd) + days);
}

static int month_days(int y, int m)
{
    static const int md[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 29;
    return md[m - 1];
}

static int num_of(const dy_ctx *c, const dy_token *t, int max)
{
    if (t->type != TT_NUM || t->len > 4)
        return -1;
    int v = atoi(c->lower.data + t->lower);
    return v >= 1 && v <= max ? v : -1;
}

/* "19", "19th" */
static int day_of(const dy_ctx *c, const dy_token *t)
{
    if (t->type == TT_NUM)
        return num_of(c, t, 31);
    const char *s = c->lower.data + t->lower;
    if (t->lower_len >= 3 && t->lower_len <= 4 && s[0] >= '0' && s[0] <= '9') {
        int v = atoi(s);
        const char *suf = s + (v >= 10 ? 2 : 1);
        if (v >= 1 && v <= 31 &&
            (!strcmp(suf, "st") || !strcmp(suf, "nd") || !strcmp(suf, "rd") ||
             !strcmp(suf, "th")))
            return v;
    }
    return -1;
}

static int month_of(const dy_ctx *c, const dy_token *t)
{
    if (t->wid == LX_NONE || !(t->pos & POS_TIME))
        return -1;
    uint32_t v = c->lx->words[t->wid].num;
    return v >= 101 && v <= 112 ? (int)v - 100 : -1;
}

/* The month at token i names a date: capitalised, or in lower-case text
 * ("the november 1984 pogrom") with a day before it or a year after it,
 * so that "may" the verb is none. */
static int month_at(const dy_ctx *c, size_t first, size_t end, size_t i)
{
    const dy_token *t = &c->tok[i];
    int m = month_of(c, t);
    if (m < 0 || (t->flags & TF_CAP))
        return m;
    if (i > first && day_of(c, &c->tok[i - 1]) > 0)
        return m;
    return i + 1 < end && num_of(c, &c->tok[i + 1], 2100) >= 1900 ? m : -1;
}

/* "since March 2011", "since the revolt began in March 2011": a date
 * after `since` in its clause starts a period (a running toll's, often:
 * counts.c); it is not the date of the sentence's events */
static int after_since(const dy_ctx *c, size_t first, size_t i)
{
    for (size_t k = i; k-- > first;) {
        if (dy_tok_has(&c->tok[k], c->w_since))
            return 1;
        if (c->tok[k].type == TT_PUNCT) {
            char ch = c->lower.data[c->tok[k].lower];
            if (ch == ',' || ch == ';' || ch == ':' || ch == '(')
                return 0;
        }
    }
    return 0;
}

/* The year of "in 1704" or "in the 1967 war" at token i ("in"), or -1 */
static int year_at(const dy_ctx *c, size_t i, size_t end)
{
    if (!dy_tok_has(&c->tok[i], c->w_in))
        return -1;
    size_t q = i + 1;
    if (q < end && dy_tok_has(&c->tok[q], c->w_the))
        q++;
    if (q >= end)
        return -1;
    const dy_token *n = &c->tok[q];
    if (n->type != TT_NUM || n->len != 4)
        return -1;
    /* ("in 1990s", "in 2014-15": no one year) */
    const dy_token *a = q + 1 < end ? &c->tok[q + 1] : NULL;
    if (a && a->start == n->start + n->len &&
        (a->type != TT_PUNCT || strchr("-/", c->lower.data[a->lower])))
        return -1;
    /* ("in the 1967 war", not "in the 1990 ...") */
    if (q > i + 1 && !(a && a->type == TT_WORD))
        return -1;
    int y = num_of(c, n, 2100);
    return y >= 1000 ? y : -1;
}

/* The year the act of candidate k is told to have happened: "In 1992,"
 * opening the sentence, or "in 1967" after its trigger in its own clause
 * (before punctuation, a conjunction, a subordinator or another verb:
 * not "the law approved in 1996"); -1 when none */
static int cand_year(const dy_ctx *c, size_t first, size_t end,
                     const dy_cand *k)
{
    int y;
    if (first + 2 < end && (y = year_at(c, first, end)) > 0 &&
        c->tok[first + 2].type == TT_PUNCT &&
        c->lower.data[c->tok[first + 2].lower] == ',')
        return y;
    for (size_t q = k->trig_end; q < end && q < k->trig_end + 16; q++) {
        const dy_token *t = &c->tok[q];
        if (dy_is_clause_punct(c, t) || t->tag == TAG_CONJ ||
            t->tag == TAG_SUB || t->tag == TAG_VERB ||
            t->scope != c->tok[k->trig_first].scope)
            return -1;
        if ((y = year_at(c, q, end)) > 0)
            return after_since(c, first, q) ? -1 : y;
    }
    return -1;
}

/* Is token t a number of four bytes, as every year dyad reads is? */
static int four_byte_number(const dy_token *t)
{
    return t->type == TT_NUM && t->len == 4;
}

/* The date of the events of sentence [first, end) and its precision
 * (0 and 0 when unknown). *four is 1 or 0 when the walk for "last week"
 * read the whole sentence and found a number of four bytes or none (as
 * year_number), -1 when it did not. */
static void sentence_date(const dy_ctx *c, size_t first, size_t end,
                          int32_t *date, int *prec, int *four)
{
    int32_t doc = c->date;
    *date = doc;
    *prec = doc ? DY_PREC_DAY : 0;
    *four = -1;
    /* (a month and a day's name are time words: a sentence with none,
     * its tokens' POS_* bits say, is not walked for them) */
    size_t from = c->sent_pos & POS_TIME ? first : end;
    for (size_t i = from; i < end; i++) {
        /* (a word with no time bit is no month and no day: on to the next
         * with one in a loop of its own; month_of and the test below ask
         * the bit first) */
        const dy_token *t = &c->tok[i], *stop = &c->tok[end];
        while (t < stop && !(t->pos & POS_TIME))
            t++;
        if (t == stop)
            break;
        i = (size_t)(t - c->tok);
        int m = month_at(c, first, end, i);
        if (m > 0 && after_since(c, first, i))
            continue;
        if (m > 0) {
            /* 19 November [2022] | November 19[, 2022] */
            int d = i > first ? day_of(c, &c->tok[i - 1]) : -1;
            size_t after = i + 1;
            if (d < 0 && i + 1 < end && (d = day_of(c, &c->tok[i + 1])) > 0)
                after = i + 2;
            if (after < end && c->tok[after].type == TT_PUNCT &&
                c->lower.data[c->tok[after].lower] == ',')
                after++;
            int y = after < end ? num_of(c, &c->tok[after], 2100) : -1;
            if (y < 1900)
                y = -1;
            if (y < 0 && doc) {
                y = doc / 10000;
                if (m > doc / 100 % 100 + 1) /* "December" in a January story */
                    y--;
            }
            if (y < 0)
                continue;
            if (d > 0 && d <= month_days(y, m)) {
                *date = y * 10000 + m * 100 + d;
                *prec = DY_PREC_DAY;
            } else {
                *date = y * 10000 + m * 100 + 1;
                *prec = DY_PREC_MONTH;
            }
            return;
        }
        if (!doc || t->wid == LX_NONE || !(t->pos & POS_TIME))
            continue;
        uint32_t v = c->lx->words[t->wid].num;
        if (v >= 1 && v <= 7) {
            /* the latest such weekday on or before the document date */
            long dd = to_days(doc);
            int wd = (int)((dd % 7 + 7 + 3) % 7) + 1; /* 1970-01-01: Thu */
            int back = (wd - (int)v + 7) % 7;
            *date = date_add_days(doc, -back);
            *prec = DY_PREC_DAY;
            return;
        }
        if (v == 200 || v == 203) { /* yesterday, overnight */
            *date = date_add_days(doc, -1);
            *prec = DY_PREC_DAY;
            return;
        }
        if (v == 201 || v == 202)
            return; /* today, tonight: the document date */
    }
    /* last week / last month (the walk asks each token for a year's
     * number too, for dy_dates_sentence: a date found here is not the
     * document's, and no year is read then) */
    if (!doc)
        return;
    /* (a sentence with no number of four bytes and no "last", its
     * tokens' bits say (DY_POS_NUM_LAST), holds neither: not walked) */
    if (!(c->sent_pos & DY_POS_NUM_LAST)) {
        *four = 0;
        return;
    }
    int num4 = 0;
    for (size_t i = first; i < end; i++) {
        const dy_token *t = &c->tok[i];
        if (four_byte_number(t))
            num4 = 1;
        if (i + 1 >= end || !dy_tok_is(c, t, "last"))
            continue;
        const char *n = c->lower.data + c->tok[i + 1].lower;
        if (!strcmp(n, "week")) {
            *date = date_add_days(doc, -7);
            *prec = DY_PREC_WEEK;
            return;
        }
        if (!strcmp(n, "month")) {
            int y = doc / 10000, m = doc / 100 % 100 - 1;
            if (m == 0)
                m = 12, y--;
            *date = y * 10000 + m * 100 + 1;
            *prec = DY_PREC_MONTH;
            return;
        }
    }
    *four = num4;
}

/* Does sentence [first, end) hold a number of four bytes, as every year
 * cand_year reads is? Most sentences hold none, and the walks after each
 * of their candidates' triggers are not taken. */
static int year_number(const dy_ctx *c, size_t first, size_t end)
{
    if (!(c->sent_pos & DY_POS_NUM_LAST))
        return 0; /* (none, its tokens' bits say: DY_POS_NUM_LAST) */
    for (size_t i = first; i < end; i++)
        if (four_byte_number(&c->tok[i]))
            return 1;
    return 0;
}

void dy_dates_read(const dy_ctx *c, size_t first, size_t end, dy_vec *cands,
                   size_t cand_first)
{
    int32_t date;
    int prec;
    int four;
    sentence_date(c, first, end, &date, &prec, &four);
    /* a year told with the act dates it when the sentence names no
     * finer date than the document's ("captured the area in 1967") */
    int plain = date == c->date &&
                (four >= 0 ? four : year_number(c, first, end));
    for (size_t q = cand_first; q < cands->count; q++) {
        dy_cand *k = dy_vec_at(cands, q);
        k->date = date;
        k->date_prec = prec;
        int y = plain ? cand_year(c, first, end, k) : -1;
        if (y > 0 && (!c->date || y != c->date / 10000)) {
            k->date = y * 10000 + 101;
            k->date_prec = DY_PREC_YEAR;
        }
    }
}
