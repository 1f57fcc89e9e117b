/*
 * date.c - calendar dates for every stage: the one strict YYYY-MM-DD
 * parser (document dates in the API, dated lexicon entries, store filters)
 * and day numbers since 1970-01-01, both ways (Howard Hinnant's
 * algorithms). Sentence dates ("on Monday") are the events stage's.
 */
#include "util.h"

#include <stdio.h>
#include <string.h>

/* days in month m (1-12) of year y, proleptic Gregorian */
static int month_days(int y, int m)
{
    static const int md[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 29;
    return md[m - 1];
}

/* Exactly ten bytes YYYY-MM-DD, digits where digits go, a year from 1000
 * on and a day that its month has: 2023-02-29, 2024-13-01, 2024-1-05 and
 * "2024-01-05 " are all refused. */
int dy_date_parse(const char *s, size_t n, int32_t *yyyymmdd)
{
    if (!s || n != 10 || s[4] != '-' || s[7] != '-')
        return -1;
    int v[3] = {0, 0, 0};
    static const int at[3] = {0, 5, 8}, len[3] = {4, 2, 2};
    for (int k = 0; k < 3; k++)
        for (int j = 0; j < len[k]; j++) {
            char c = s[at[k] + j];
            if (c < '0' || c > '9')
                return -1;
            v[k] = v[k] * 10 + (c - '0');
        }
    if (v[0] < 1000 || v[1] < 1 || v[1] > 12 || v[2] < 1 ||
        v[2] > month_days(v[0], v[1]))
        return -1;
    if (yyyymmdd)
        *yyyymmdd = v[0] * 10000 + v[1] * 100 + v[2];
    return 0;
}

/* days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant) */
long dy_days_from_civil(long y, long m, long d)
{
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void dy_civil_from_days(long z, long *y, long *m, long *d)
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    *d = doy - (153 * mp + 2) / 5 + 1;
    *m = mp < 10 ? mp + 3 : mp - 9;
    *y = yoe + era * 400 + (*m <= 2);
}

/* ---- dates as sources write them (dy_date_read) ---- */

/* a cursor over the n bytes of a date */
typedef struct dcur {
    const char *s;
    size_t n, i;
} dcur;

static int d_peek(const dcur *c)
{
    return c->i < c->n ? (unsigned char)c->s[c->i] : -1;
}

static int d_digit(int ch)
{
    return ch >= '0' && ch <= '9';
}

static int d_alpha(int ch)
{
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
}

static void d_spaces(dcur *c)
{
    while (d_peek(c) == ' ' || d_peek(c) == '\t')
        c->i++;
}

/* exactly k digits (k = 0: one or two) into *v; -1 when not there */
static int d_num(dcur *c, int k, int *v)
{
    int got = 0, max = k ? k : 2;
    *v = 0;
    while (got < max && d_digit(d_peek(c))) {
        *v = *v * 10 + (c->s[c->i++] - '0');
        got++;
    }
    return (k ? got == k : got > 0) ? 0 : -1;
}

/* a word of letters, lower-cased into w (cut to size - 1) */
static size_t d_word(dcur *c, char *w, size_t size)
{
    size_t k = 0;
    while (d_alpha(d_peek(c))) {
        char ch = c->s[c->i++];
        if (k + 1 < size)
            w[k++] = (char)(ch | 0x20);
    }
    w[k] = '\0';
    return k;
}

/* month 1-12 of an English month name or its abbreviation ("sept" too),
 * 0 for anything else */
static int d_month(const char *w)
{
    static const char *const names[12] = {
        "january", "february", "march",     "april",   "may",      "june",
        "july",    "august",   "september", "october", "november", "december"};
    size_t n = strlen(w);
    if (n < 3)
        return 0;
    for (int m = 0; m < 12; m++)
        if (strncmp(names[m], w, n) == 0 && (n == 3 || n == strlen(names[m]) ||
                                             (m == 8 && n == 4)))
            return m + 1;
    return 0;
}

/* a weekday name or its abbreviation */
static int d_weekday(const char *w)
{
    static const char *const names[7] = {"monday", "tuesday", "wednesday",
                                         "thursday", "friday", "saturday",
                                         "sunday"};
    size_t n = strlen(w);
    for (int k = 0; k < 7; k++)
        if (n >= 3 && strncmp(names[k], w, n) == 0)
            return 1;
    return 0;
}

/* HH:MM[:SS[.fraction]] into t; -1 when malformed */
static int d_time(dcur *c, dy_datetime *t)
{
    if (d_num(c, 2, &t->hour) || d_peek(c) != ':')
        return -1;
    c->i++;
    if (d_num(c, 2, &t->min))
        return -1;
    t->sec = 0;
    if (d_peek(c) == ':') {
        c->i++;
        if (d_num(c, 2, &t->sec))
            return -1;
        if (d_peek(c) == '.' || d_peek(c) == ',') { /* fraction: dropped */
            c->i++;
            if (!d_digit(d_peek(c)))
                return -1;
            while (d_digit(d_peek(c)))
                c->i++;
        }
    }
    if (t->hour > 23 || t->min > 59 || t->sec > 60)
        return -1;
    t->has_time = 1;
    return 0;
}

/* a zone: Z, +HH:MM, +HHMM, +HH, or a name RFC 822 knows (UT, UTC, GMT,
 * the US zones); nothing is fine too. -1 when there is something else. */
static int d_zone(dcur *c, dy_datetime *t)
{
    d_spaces(c);
    int ch = d_peek(c);
    if (ch == '+' || ch == '-') {
        c->i++;
        int h, m = 0;
        if (d_num(c, 2, &h))
            return -1;
        if (d_peek(c) == ':')
            c->i++;
        if (d_digit(d_peek(c)) && d_num(c, 2, &m))
            return -1;
        if (h > 14 || m > 59)
            return -1;
        t->has_zone = 1;
        t->zone_min = (ch == '-' ? -1 : 1) * (h * 60 + m);
        return 0;
    }
    if (!d_alpha(ch))
        return 0;
    static const struct {
        const char *name;
        int min;
    } zones[] = {{"z", 0},       {"ut", 0},       {"utc", 0},
                 {"gmt", 0},     {"est", -300},   {"edt", -240},
                 {"cst", -360},  {"cdt", -300},   {"mst", -420},
                 {"mdt", -360},  {"pst", -480},   {"pdt", -420}};
    char w[8];
    d_word(c, w, sizeof w);
    for (size_t k = 0; k < sizeof zones / sizeof zones[0]; k++)
        if (strcmp(w, zones[k].name) == 0) {
            t->has_zone = 1;
            t->zone_min = zones[k].min;
            return 0;
        }
    return -1;
}

/* the time and zone that may follow a day: [T or spaces] time [zone] */
static int d_time_zone(dcur *c, dy_datetime *t, int t_sep)
{
    if (t_sep && (d_peek(c) == 'T' || d_peek(c) == 't'))
        c->i++;
    else
        d_spaces(c);
    if (c->i >= c->n)
        return 0;
    if (d_time(c, t) || d_zone(c, t))
        return -1;
    return 0;
}

/* YYYY-MM-DD[(T| )time[zone]] or YYYYMMDD */
static int d_numeric(dcur *c, dy_datetime *t)
{
    if (d_num(c, 4, &t->year))
        return -1;
    if (d_peek(c) != '-') { /* YYYYMMDD */
        return d_num(c, 2, &t->month) || d_num(c, 2, &t->day) ? -1 : 0;
    }
    c->i++;
    if (d_num(c, 2, &t->month) || d_peek(c) != '-')
        return -1;
    c->i++;
    if (d_num(c, 2, &t->day))
        return -1;
    return d_time_zone(c, t, 1);
}

/* [weekday[,]] (DD Month YYYY | Month DD[,] YYYY) [time [zone]] */
static int d_words(dcur *c, dy_datetime *t)
{
    char w[16];
    if (d_alpha(d_peek(c))) {
        size_t at = c->i;
        d_word(c, w, sizeof w);
        if (d_weekday(w)) {
            if (d_peek(c) == ',' || d_peek(c) == '.')
                c->i++;
            d_spaces(c);
        } else {
            c->i = at;
        }
    }
    if (d_digit(d_peek(c))) { /* 19 November 2024, 19 Nov 2024 */
        if (d_num(c, 0, &t->day))
            return -1;
        d_spaces(c);
        d_word(c, w, sizeof w);
        if (d_peek(c) == '.') /* "Nov." */
            c->i++;
    } else { /* November 19, 2024 */
        d_word(c, w, sizeof w);
        if (d_peek(c) == '.')
            c->i++;
        d_spaces(c);
        if (d_num(c, 0, &t->day))
            return -1;
        if (d_peek(c) == ',')
            c->i++;
    }
    if (!(t->month = d_month(w)))
        return -1;
    d_spaces(c);
    if (d_num(c, 4, &t->year))
        return -1;
    if (d_peek(c) == ',')
        c->i++;
    return d_time_zone(c, t, 0);
}

int dy_date_read(const char *s, size_t n, dy_datetime *out)
{
    dy_datetime t;
    memset(&t, 0, sizeof t);
    if (!s || n == 0 || n > 64)
        return -1;
    dcur c = {s, n, 0};
    d_spaces(&c);
    int rc = d_digit(d_peek(&c)) && c.i + 4 < n && d_digit(s[c.i + 4])
                 ? d_numeric(&c, &t) /* 20241119 */
             : d_digit(d_peek(&c)) && c.i + 4 < n && s[c.i + 4] == '-'
                 ? d_numeric(&c, &t)
                 : d_words(&c, &t);
    d_spaces(&c);
    if (rc || c.i != n || t.year < 1000 || t.year > 9999 || t.month < 1 ||
        t.month > 12 || t.day < 1 || t.day > month_days(t.year, t.month))
        return -1;
    if (out)
        *out = t;
    return 0;
}

/* v's last w decimal digits (v >= 0), zero-padded as %0*d pads a
 * number below 10^w, at p; the byte after them */
static char *put_digits(char *p, int v, int w)
{
    for (int k = w - 1; k >= 0; k--, v /= 10)
        p[k] = (char)('0' + v % 10);
    return p + w;
}

void dy_date_ymd(int32_t yyyymmdd, char d[16])
{
    if (yyyymmdd < 0) {
        snprintf(d, 16, "%04d-%02d-%02d", (int)(yyyymmdd / 10000),
                 (int)(yyyymmdd / 100 % 100), (int)(yyyymmdd % 100));
        return;
    }
    int y = (int)(yyyymmdd / 10000), w = 4;
    for (int ten = 10000; w < 6 && y >= ten; ten *= 10)
        w++; /* (at most 214748: six digits) */
    char *p = put_digits(d, y, w);
    *p++ = '-';
    p = put_digits(p, (int)(yyyymmdd / 100 % 100), 2);
    *p++ = '-';
    p = put_digits(p, (int)(yyyymmdd % 100), 2);
    *p = '\0';
}

/* (snprintf cost 1,700 instructions a call here: the fields are checked
 * and non-negative, so their digits are written directly) */
void dy_date_format(const dy_datetime *t, char day[11], char *iso,
                    size_t size)
{
    char *p = put_digits(day, t->year % 10000, 4);
    *p++ = '-';
    p = put_digits(p, t->month % 13, 2);
    *p++ = '-';
    p = put_digits(p, t->day % 32, 2);
    *p = '\0';
    if (!iso || !size)
        return;
    iso[0] = '\0';
    if (!t->has_time)
        return;
    char w[32]; /* 10 + 9 + 6 bytes at most, and the NUL */
    memcpy(w, day, 10);
    p = w + 10;
    *p++ = 'T';
    p = put_digits(p, t->hour % 24, 2);
    *p++ = ':';
    p = put_digits(p, t->min % 60, 2);
    *p++ = ':';
    p = put_digits(p, t->sec % 61, 2);
    if (t->has_zone && t->zone_min == 0)
        *p++ = 'Z';
    else if (t->has_zone) {
        int z = t->zone_min < 0 ? -t->zone_min : t->zone_min;
        *p++ = t->zone_min < 0 ? '-' : '+';
        p = put_digits(p, (z / 60) % 24, 2);
        *p++ = ':';
        p = put_digits(p, z % 60, 2);
    }
    size_t n = (size_t)(p - w);
    if (n > size - 1)
        n = size - 1; /* cut as snprintf cuts */
    memcpy(iso, w, n);
    iso[n] = '\0';
}
