/*
 * stats.c - aggregates of the store: the totals of the events a query
 * selects and what each figure leaves out (statuses not asked for,
 * undated events, one-sided events, running tolls), per-period series
 * (QuadClass counts, mean Goldstein, fatalities; empty periods included;
 * the period picked from the span when asked), the top dyads and actors,
 * and the events behind a fatality total; written as `dyad stats` and
 * gathered for plots (plot.c).
 */
#include "store/db.h"
#include "store/pg/pg.h"

#include <stdio.h>
#include <string.h>

#define EXPLAIN_MAX_ROWS 1000 /* events listed behind a fatality total */

/* -------------------------------------------------------------- stats */

static const char *period_expr(dyad_period by)
{
    switch (by) {
    case DYAD_PERIOD_WEEK:
        return "date(e.date, 'weekday 0', '-6 days')";
    case DYAD_PERIOD_MONTH:
        return "substr(e.date, 1, 7)";
    case DYAD_PERIOD_YEAR:
        return "substr(e.date, 1, 4)";
    default:
        return "e.date";
    }
}

/* a period's key (YYYY, YYYY-MM or YYYY-MM-DD) as the day it starts */
static int key_day(const char *key, long *day)
{
    char buf[11];
    if (strlen(key) == 4) {
        snprintf(buf, sizeof buf, "%s-01", key);
        key = buf;
    }
    return dy_store_day(key, day);
}


/* a bar's four QuadClass counts, mean Goldstein and deaths, from the
 * result columns from `first` on */
/* the aggregate columns from `first` on as a bar (rules_row.c) */
static void fill_bar(dy_bar *bar, sqlite3_stmt *s, int first)
{
    dy_row row;
    dy_store_row(&row, s);
    dy_row_bar(bar, &row, first);
}

/* the aggregate columns fill_bar reads */
#define BAR_COLUMNS                                                           \
    "sum(e.quad_class=1), sum(e.quad_class=2), sum(e.quad_class=3),"         \
    " sum(e.quad_class=4), avg(e.goldstein), coalesce(sum(e.killed), 0)"

/* Runs a one-row aggregate over the events matching f: the SQL up to
 * FROM events e, then f's filters; the row is read by `read`. */
static int one_row(dyad_store *st, const dyad_query *f, const char *select,
                   void (*read)(sqlite3_stmt *s, void *ctx), void *ctx,
                   dyad_error *err)
{
    dy_qbuild qb;
    memset(&qb, 0, sizeof qb);
    dy_buf_init(&qb.sql, NULL);
    sqlite3_stmt *s = NULL;
    dy_buf_puts(&qb.sql, select);
    int rc = dy_store_where(&qb, f, 0, err);
    if (!rc)
        rc = dy_store_prepare_query(st, &qb, &s, err);
    if (!rc) {
        if (sqlite3_step(s) == SQLITE_ROW)
            read(s, ctx);
        else
            rc = dy_store_fail(st, err, "cannot aggregate events");
    }
    sqlite3_finalize(s);
    dy_buf_free(&qb.sql);
    return rc;
}

/* the totals row: the bar, then undated, one-sided and running tolls */
typedef struct totals_ctx {
    dy_bar *total;
    dyad_omitted *om;
    long first, last; /* the dated events' first and last day; first >
                         last: none */
} totals_ctx;

static void read_totals(sqlite3_stmt *s, void *ctx)
{
    totals_ctx *t = ctx;
    snprintf(t->total->label, sizeof t->total->label, "all");
    fill_bar(t->total, s, 0);
    t->om->written = sqlite3_column_int64(s, 6);
    t->om->count[DYAD_OMIT_UNDATED] = sqlite3_column_int64(s, 7);
    t->om->count[DYAD_OMIT_NO_TARGET] = sqlite3_column_int64(s, 8);
    t->om->count[DYAD_OMIT_CUMULATIVE] = sqlite3_column_int64(s, 9);
    if (sqlite3_column_type(s, 10) != SQLITE_NULL) {
        t->first = (long)sqlite3_column_int64(s, 10);
        t->last = (long)sqlite3_column_int64(s, 11);
    }
}

/* The totals of the events matching f, and what each figure leaves out:
 * the statuses not asked for (every figure), undated events (the
 * series), one-sided events (the top dyads), running tolls (the
 * fatalities). *first and *last: the span of the dated events (first >
 * last: no dated event; days may be negative, before 1970). */
int dy_store_totals(dyad_store *st, const dyad_query *f, dy_bar *total,
                    dyad_omitted *om, long *first, long *last,
                    dyad_error *err)
{
    if (st->pg)
        return dy_pg_totals(st->pg, f, total, om, first, last, err);
    memset(total, 0, sizeof *total);
    memset(om, 0, sizeof *om);
    totals_ctx t = {total, om, 1, 0};
    int rc = one_row(st, f,
                     "SELECT " BAR_COLUMNS ", count(*), sum(e.date IS NULL),"
                     " sum(e.target_code = ''), sum(e.killed IS NULL AND"
                     " e.killed_cumulative IS NOT NULL), min(e.day),"
                     " max(e.day) FROM events e",
                     read_totals, &t, err);
    if (!rc)
        rc = dy_store_count_status_omitted(st, f, om, err);
    *first = t.first;
    *last = t.last;
    return rc;
}

/* Fills the periods of bars[0..n) from the grouped rows of s: one row a
 * period in order, so at most n rows are read before the last bar (the
 * keys of one period's days map to it alone). */
static void fill_periods(sqlite3_stmt *s, dyad_period by, dy_bar *bars,
                         size_t n)
{
    size_t at = 0;
    while (sqlite3_step(s) == SQLITE_ROW) {
        char label[64];
        long day;
        if (key_day(col(s, 0), &day))
            continue;
        dy_store_period_label(day, by, label, sizeof label);
        while (at < n && strcmp(bars[at].label, label) < 0)
            at++;
        if (at >= n)
            break;
        fill_bar(&bars[at], s, 1);
    }
}


/* The per-period series of the dated events matching f from day `first`
 * to `last` (dy_store_totals), empty periods included; *by is picked
 * from the span when it is DYAD_PERIOD_AUTO. More than max periods (0:
 * the default) is DYAD_ELIMIT (dy_store_count_periods). *out is the
 * caller's to
 * dy_free. */
int dy_store_series(dyad_store *st, const dyad_query *f, dyad_period *by,
                    long first, long last, size_t max, dy_bar **out,
                    size_t *count, dyad_error *err)
{
    if (st->pg)
        return dy_pg_series(st->pg, f, by, first, last, max, out, count,
                            err);
    *out = NULL;
    *count = 0;
    if (*by == DYAD_PERIOD_AUTO)
        *by = first > last ? DYAD_PERIOD_MONTH
                           : dy_store_pick_period(first, last);
    if (first > last)
        return 0;
    dy_qbuild qb;
    memset(&qb, 0, sizeof qb);
    dy_buf_init(&qb.sql, NULL);
    sqlite3_stmt *s = NULL;
    dy_bar *bars = NULL;
    dy_buf_printf(&qb.sql, "SELECT %s AS p, " BAR_COLUMNS " FROM events e",
                  period_expr(*by));
    /* the periods from the first one's start to the last day */
    long d = dy_store_period_start(first, *by);
    size_t cap = 0;
    int rc = dy_store_count_periods(first, last, *by, max, &cap, err);
    if (!rc)
        rc = dy_store_where(&qb, f, 0, err);
    if (!rc) {
        dy_buf_puts(&qb.sql, " AND e.date IS NOT NULL GROUP BY p ORDER BY p");
        rc = dy_store_prepare_query(st, &qb, &s, err);
    }
    if (!rc && !(bars = dy_calloc(NULL, cap ? cap : 1, sizeof *bars)))
        rc = dy_error_set(err, DYAD_ENOMEM, NULL, 0, 0, -1, "out of memory");
    if (!rc) {
        for (size_t n = 0; n < cap; n++, d = dy_store_next_period(d, *by))
            dy_store_period_label(d, *by, bars[n].label, sizeof bars[n].label);
        fill_periods(s, *by, bars, cap);
        *out = bars;
        *count = cap;
        bars = NULL;
    }
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
    if (st->pg)
        return dy_pg_top(st->pg, f, actors, top, out, count, err);
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
                    " avg(g), coalesce(sum(k), 0), count(*) AS n FROM ("
                    "SELECT e.source_code AS a, e.quad_class AS q,"
                    " e.goldstein AS g, e.killed AS k FROM events e");
    else
        dy_buf_puts(&qb.sql,
                    "SELECT e.source_code, e.target_code, " BAR_COLUMNS
                    ", count(*) AS n FROM events e");
    rc = dy_store_where(&qb, f, 0, err);
    if (rc)
        goto done;
    if (actors) {
        dy_buf_puts(&qb.sql, " UNION ALL SELECT e.target_code, e.quad_class,"
                             " e.goldstein, e.killed FROM events e");
        rc = dy_store_where(&qb, f, 0, err);
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

/* the report an event's toll comes from (DY_TOLL_SQL's rule), and every
 * report's figure, running tolls in brackets */
#define EXPLAIN_SQL                                                           \
    "SELECT e.id, coalesce(e.date, ''), e.source_code || ' > ' ||"           \
    " CASE e.target_code WHEN '' THEN '-' ELSE e.target_code END, e.cameo,"  \
    " coalesce(e.killed, -1), coalesce(e.killed_cumulative, -1),"            \
    " (SELECT m.doc_id || ' sentence ' || m.sentence || ' (' || m.publisher" \
    "  || CASE m.doc_date WHEN '' THEN '' ELSE ', ' || m.doc_date END ||"    \
    "  ')' FROM mentions m WHERE m.event_id=e.id AND m.killed IS NOT NULL"   \
    "  AND m.killed_cumulative=(e.killed IS NULL) ORDER BY m.killed_approx," \
    "  m.doc_date DESC, m.id DESC LIMIT 1),"                                 \
    " (SELECT group_concat(CASE WHEN m.killed_cumulative THEN '(' ||"        \
    "  m.killed || ')' ELSE m.killed END, ', ') FROM mentions m WHERE"       \
    "  m.event_id=e.id AND m.killed IS NOT NULL) FROM events e"

/* The events behind the fatality total of f (their own tolls, largest
 * first, then those with only a running toll, which it leaves out):
 * *out is the caller's to dy_free. */
int dy_store_explain_tolls(dyad_store *st, const dyad_query *f,
                           dy_toll_row **out, size_t *count, dyad_error *err)
{
    if (st->pg)
        return dy_pg_explain_tolls(st->pg, f, out, count, err);
    dy_qbuild qb;
    memset(&qb, 0, sizeof qb);
    dy_buf_init(&qb.sql, NULL);
    sqlite3_stmt *s = NULL;
    *out = NULL;
    *count = 0;
    dy_toll_row *rows = dy_calloc(NULL, EXPLAIN_MAX_ROWS, sizeof *rows);
    dy_buf_puts(&qb.sql, EXPLAIN_SQL);
    int rc = rows ? dy_store_where(&qb, f, 0, err)
                  : dy_error_set(err, DYAD_ENOMEM, NULL, 0, 0, -1,
                                 "out of memory");
    if (!rc) {
        dy_buf_puts(&qb.sql, " AND (e.killed IS NOT NULL OR"
                             " e.killed_cumulative IS NOT NULL) ORDER BY"
                             " e.killed IS NULL, e.killed DESC,"
                             " e.killed_cumulative DESC, e.id LIMIT ?");
        dy_qb_int(&qb, EXPLAIN_MAX_ROWS);
        rc = dy_store_prepare_query(st, &qb, &s, err);
    }
    size_t n = 0;
    while (!rc && n < EXPLAIN_MAX_ROWS && sqlite3_step(s) == SQLITE_ROW) {
        dy_row row;
        dy_store_row(&row, s);
        dy_row_toll(&rows[n++], &row);
    }
    if (!rc) {
        *out = rows;
        *count = n;
        rows = NULL;
    }
    dy_free(NULL, rows);
    sqlite3_finalize(s);
    dy_buf_free(&qb.sql);
    return rc;
}

/* gathers the parts so asks for into doc (the caller frees its arrays) */
static int gather(dyad_store *st, const dyad_stats_options *so,
                  dy_stats_doc *doc, dyad_error *err)
{
    long first, last;
    doc->by = so->by;
    int rc = dy_store_totals(st, &so->filter, &doc->total, &doc->omitted,
                             &first, &last, err);
    dy_bar *bars = NULL;
    size_t n = 0;
    if (!rc && so->series)
        rc = dy_store_series(st, &so->filter, &doc->by, first, last,
                             so->max_periods, &bars, &n, err);
    doc->parts[0] = (dy_stats_part){so->series, bars, n};
    if (doc->by == DYAD_PERIOD_AUTO)
        doc->by = first > last ? DYAD_PERIOD_MONTH
                               : dy_store_pick_period(first, last);
    bars = NULL;
    n = 0;
    if (!rc && so->top_dyads)
        rc = dy_store_top(st, &so->filter, 0, so->top_dyads, &bars, &n, err);
    doc->parts[1] = (dy_stats_part){so->top_dyads > 0, bars, n};
    bars = NULL;
    n = 0;
    if (!rc && so->top_actors)
        rc = dy_store_top(st, &so->filter, 1, so->top_actors, &bars, &n, err);
    doc->parts[2] = (dy_stats_part){so->top_actors > 0, bars, n};
    doc->explain = so->explain;
    if (!rc && so->explain)
        rc = dy_store_explain_tolls(st, &so->filter, &doc->tolls,
                                    &doc->ntolls, err);
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
    if ((unsigned)so->by > DYAD_PERIOD_AUTO)
        return dy_error_set(err, DYAD_EINVAL, NULL, 0, 0, -1, "bad period");
    dy_stats_doc doc;
    memset(&doc, 0, sizeof doc);
    dy_buf b;
    dy_buf_init(&b, NULL);
    int rc = gather(st, so, &doc, err);
    if (!rc) {
        dy_format_stats(&b, fmt, &doc);
        if (b.failed)
            rc = dy_error_set(err, DYAD_ENOMEM, NULL, 0, 0, -1,
                              "out of memory");
        else if (sink(ctx, b.data ? b.data : "", b.len))
            rc = dy_error_set(err, DYAD_EIO, NULL, 0, 0, -1,
                              "cannot write output");
    }
    for (int i = 0; i < 3; i++)
        dy_free(NULL, (void *)doc.parts[i].bars);
    dy_free(NULL, doc.tolls);
    dy_buf_free(&b);
    return rc;
}
