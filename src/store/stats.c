/*
 * stats.c - aggregates of the store: per-period series (QuadClass counts,
 * mean Goldstein, fatalities; empty periods included) and the top dyads
 * and actors, written as `dyad stats` and gathered for plots (plot.c).
 */
#include "store/store.h"

#include <stdio.h>
#include <string.h>

#define STATS_MAX_ROWS 100000 /* grouped rows read for one series */

/* -------------------------------------------------------------- stats */

static const char *period_expr(dyad_period by)
{
    switch (by) {
    case DYAD_PERIOD_WEEK:
        return "date(e.date, 'weekday 0', '-6 days')";
    case DYAD_PERIOD_MONTH:
        return "substr(e.date, 1, 7)";
    default:
        return "e.date";
    }
}

static void period_label(long day, dyad_period by, char *buf, size_t size)
{
    long y, m, d;
    dy_civil_from_days(day, &y, &m, &d);
    if (by == DYAD_PERIOD_MONTH)
        snprintf(buf, size, "%04ld-%02ld", y, m);
    else
        snprintf(buf, size, "%04ld-%02ld-%02ld", y, m, d);
}

/* a bar's four QuadClass counts, mean Goldstein and deaths, from the
 * result columns from `first` on */
static void fill_bar(dy_bar *bar, sqlite3_stmt *s, int first)
{
    for (int k = 0; k < 4; k++)
        bar->quad[k] = (long)sqlite3_column_int64(s, first + k);
    bar->goldstein = sqlite3_column_double(s, first + 4);
    bar->has_goldstein = 1;
    bar->killed = (long)sqlite3_column_int64(s, first + 5);
}

/* the per-period series, empty periods included; caller frees *out */
int dy_store_series(dyad_store *st, const dyad_query *f, dyad_period by,
                         dy_bar **out, size_t *count, dyad_error *err)
{
    dy_qbuild qb;
    memset(&qb, 0, sizeof qb);
    dy_buf_init(&qb.sql, NULL);
    sqlite3_stmt *s = NULL;
    dy_bar *bars = NULL;
    size_t n = 0;
    int rc = 0;
    *out = NULL;
    *count = 0;
    dy_buf_printf(&qb.sql,
                  "SELECT %s AS p, sum(e.quad_class=1), sum(e.quad_class=2),"
                  " sum(e.quad_class=3), sum(e.quad_class=4), avg(e.goldstein),"
                  " sum(e.killed) FROM events e",
                  period_expr(by));
    rc = dy_store_where(&qb, f, err);
    if (rc)
        goto done;
    dy_buf_puts(&qb.sql, " AND e.date IS NOT NULL GROUP BY p ORDER BY p");
    rc = dy_store_prepare_query(st, &qb, &s, err);
    if (rc)
        goto done;
    long first = 0, last = 0;
    int step, rows = 0;
    /* first pass: the range */
    while ((step = sqlite3_step(s)) == SQLITE_ROW && rows < STATS_MAX_ROWS) {
        long day;
        if (dy_store_day(col(s, 0), &day))
            continue;
        if (!rows++)
            first = day;
        last = day;
    }
    if (step != SQLITE_ROW && step != SQLITE_DONE) {
        rc = dy_store_fail(st, err, "cannot aggregate events");
        goto done;
    }
    if (!rows)
        goto done;
    size_t cap = 0;
    for (long d = first; d <= last && cap < DY_MAX_PERIODS;
         d = dy_store_next_period(d, by))
        cap++;
    bars = dy_calloc(NULL, cap, sizeof *bars);
    if (!bars) {
        rc = dy_error_set(err, DYAD_ENOMEM, NULL, 0, 0, -1, "out of memory");
        goto done;
    }
    long d = first;
    for (n = 0; n < cap; n++, d = dy_store_next_period(d, by))
        period_label(d, by, bars[n].label, sizeof bars[n].label);
    sqlite3_reset(s);
    size_t at = 0;
    rows = 0;
    while ((step = sqlite3_step(s)) == SQLITE_ROW && rows++ < STATS_MAX_ROWS) {
        char label[64];
        long day;
        if (dy_store_day(col(s, 0), &day))
            continue;
        period_label(day, by, label, sizeof label);
        while (at < n && strcmp(bars[at].label, label) < 0)
            at++;
        if (at >= n)
            break;
        dy_bar *bar = &bars[at];
        fill_bar(bar, s, 1);
    }
    *out = bars;
    *count = n;
    bars = NULL;
done:
    dy_free(NULL, bars);
    sqlite3_finalize(s);
    dy_buf_free(&qb.sql);
    return rc;
}

/* top directed dyads (actors = 0) or actors (actors = 1) */
int dy_store_top(dyad_store *st, const dyad_query *f, int actors,
                      size_t top, dy_bar **out, size_t *count,
                      dyad_error *err)
{
    dy_qbuild qb;
    memset(&qb, 0, sizeof qb);
    dy_buf_init(&qb.sql, NULL);
    sqlite3_stmt *s = NULL;
    dy_bar *bars = NULL;
    int rc = 0;
    *out = NULL;
    *count = 0;
    if (top > DY_MAX_BARS)
        top = DY_MAX_BARS;
    if (actors)
        dy_buf_puts(&qb.sql,
                    "SELECT a, '', sum(q=1), sum(q=2), sum(q=3), sum(q=4),"
                    " avg(g), sum(k), count(*) AS n FROM ("
                    "SELECT e.source_code AS a, e.quad_class AS q,"
                    " e.goldstein AS g, e.killed AS k FROM events e");
    else
        dy_buf_puts(&qb.sql,
                    "SELECT e.source_code, e.target_code, sum(e.quad_class=1),"
                    " sum(e.quad_class=2), sum(e.quad_class=3),"
                    " sum(e.quad_class=4), avg(e.goldstein), sum(e.killed),"
                    " count(*) AS n FROM events e");
    rc = dy_store_where(&qb, f, err);
    if (rc)
        goto done;
    if (actors) {
        dy_buf_puts(&qb.sql, " UNION ALL SELECT e.target_code, e.quad_class,"
                             " e.goldstein, e.killed FROM events e");
        rc = dy_store_where(&qb, f, err);
        if (rc)
            goto done;
        dy_buf_puts(&qb.sql, " AND e.target_code <> '') GROUP BY a");
    } else
        dy_buf_puts(&qb.sql, " AND e.target_code <> '' GROUP BY 1, 2");
    dy_buf_puts(&qb.sql, " ORDER BY n DESC, 1, 2 LIMIT ?");
    dy_qb_int(&qb, (sqlite3_int64)top);
    rc = dy_store_prepare_query(st, &qb, &s, err);
    if (rc)
        goto done;
    bars = dy_calloc(NULL, top ? top : 1, sizeof *bars);
    if (!bars) {
        rc = dy_error_set(err, DYAD_ENOMEM, NULL, 0, 0, -1, "out of memory");
        goto done;
    }
    size_t n = 0;
    int step;
    while (n < top && (step = sqlite3_step(s)) == SQLITE_ROW) {
        dy_bar *bar = &bars[n++];
        if (actors)
            snprintf(bar->label, sizeof bar->label, "%s", col(s, 0));
        else
            snprintf(bar->label, sizeof bar->label, "%s > %s", col(s, 0),
                     col(s, 1));
        fill_bar(bar, s, 2);
    }
    *out = bars;
    *count = n;
    bars = NULL;
done:
    dy_free(NULL, bars);
    sqlite3_finalize(s);
    dy_buf_free(&qb.sql);
    return rc;
}

int dyad_store_stats(dyad_store *st, const dyad_stats_options *so,
                     dyad_format fmt, dyad_sink_fn sink, void *ctx,
                     dyad_error *err)
{
    if (!st || !so || !sink)
        return dy_error_set(err, DYAD_EINVAL, NULL, 0, 0, -1,
                            "dyad_store_stats: NULL argument");
    if (fmt != DYAD_FORMAT_TABLE && fmt != DYAD_FORMAT_CSV &&
        fmt != DYAD_FORMAT_JSON)
        return dy_error_set(err, DYAD_EINVAL, NULL, 0, 0, -1,
                            "statistics are written as table, csv or json");
    if ((unsigned)so->by > DYAD_PERIOD_MONTH)
        return dy_error_set(err, DYAD_EINVAL, NULL, 0, 0, -1, "bad period");
    dy_bar *series = NULL, *dyads = NULL, *actors = NULL;
    size_t nseries = 0, ndyads = 0, nactors = 0;
    dy_buf b;
    dy_buf_init(&b, NULL);
    int rc = 0;
    if (so->series &&
        (rc = dy_store_series(st, &so->filter, so->by, &series, &nseries, err)))
        goto done;
    if (so->top_dyads &&
        (rc = dy_store_top(st, &so->filter, 0, so->top_dyads, &dyads, &ndyads,
                           err)))
        goto done;
    if (so->top_actors &&
        (rc = dy_store_top(st, &so->filter, 1, so->top_actors, &actors,
                           &nactors, err)))
        goto done;
    const dy_stats_part parts[3] = {{so->series, series, nseries},
                                    {so->top_dyads > 0, dyads, ndyads},
                                    {so->top_actors > 0, actors, nactors}};
    dy_format_stats(&b, fmt, so->by, parts);
    if (b.failed)
        rc = dy_error_set(err, DYAD_ENOMEM, NULL, 0, 0, -1, "out of memory");
    else if (sink(ctx, b.data ? b.data : "", b.len))
        rc = dy_error_set(err, DYAD_EIO, NULL, 0, 0, -1, "cannot write output");
done:
    dy_free(NULL, series);
    dy_free(NULL, dyads);
    dy_free(NULL, actors);
    dy_buf_free(&b);
    return rc;
}
