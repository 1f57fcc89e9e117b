/*
 * date.c - calendar dates for every stage: the one strict YYYY-MM-DD
 * parser (document dates in the API, dated lexicon entries, store filters)
 * and day numbers since 1970-01-01, both ways (Howard Hinnant's
 * algorithms). Sentence dates ("on Monday") are the events stage's.
 */
#include "util.h"

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
