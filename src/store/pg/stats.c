/*
 * stats.c - aggregates of a PostgreSQL store, as store/stats.c gathers
 * them for `dyad stats` and the charts: the totals of the events a query
 * selects and what each figure leaves out, the per-period series with
 * empty periods, the top dyads and actors, the events behind a fatality
 * total. The same SQL in PostgreSQL's words (FILTER for SQLite's sum of
 * a comparison, string_agg for group_concat, NULLS LAST for SQLite's
 * NULLs that sort first); the periods are filled in as stats.c does.
 */
#include "store/pg/pg.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define STATS_MAX_ROWS 100000 /* stats.c's limits */
#define EXPLAIN_MAX_ROWS 1000

/* the aggregate columns fill_bar reads (stats.c's BAR_COLUMNS) */
#define BAR_COLUMNS                                                           \
    "count(*) FILTER (WHERE e.quad_class=1),"                               \
    " count(*) FILTER (WHERE e.quad_class=2),"                              \
    " count(*) FILTER (WHERE e.quad_class=3),"                              \
    " count(*) FILTER (WHERE e.quad_class=4), avg(e.goldstein),"            \
    " coalesce(sum(e.killed), 0)"

/* the aggregate columns from `first` on of row i as a bar */
static void fill_bar(dy_bar *bar, const PGresult *r, int i, int first)
{
    dy_row row;
    dy_pg_row(&row, r, i);
    dy_row_bar(bar, &row, first);
}

/* q's SQL run in the snapshot; NULL (err filled) on failure */
static PGresult *run(dy_pg *pg, dy_pgq *q, const char *what, dyad_error *err)
{
    PGresult *r = q->sql.failed || q->p.bad
                      ? NULL
                      : dy_pg_query(pg, q->sql.data, &q->p);
    if (!r)
        dy_pg_fail(pg, err, what);
    return r;
}

int dy_pg_totals(dy_pg *pg, const dyad_query *f, dy_bar *total,
                 dyad_omitted *om, long *first, long *last, dyad_error *err)
{
    memset(total, 0, sizeof *total);
    memset(om, 0, sizeof *om);
    *first = 1;
    *last = 0;
    dy_pgq *q = dy_pgq_new(err);
    if (!q)
        return DYAD_ENOMEM;
    dy_buf_puts(&q->sql, "SELECT " BAR_COLUMNS ", count(*),"
                         " count(*) FILTER (WHERE e.date IS NULL),"
                         " count(*) FILTER (WHERE e.target_code = ''),"
                         " count(*) FILTER (WHERE e.killed IS NULL AND"
                         " e.killed_cumulative IS NOT NULL), min(e.day),"
                         " max(e.day) FROM events e");
    int rc = dy_pgq_where(q, f, 0, err);
    PGresult *r = rc ? NULL : run(pg, q, "cannot aggregate events", err);
    if (!rc && !r)
        rc = DYAD_ESTORE;
    if (r && PQntuples(r) == 1) {
        snprintf(total->label, sizeof total->label, "all");
        fill_bar(total, r, 0, 0);
        om->written = dy_pg_int(r, 0, 6, 0);
        om->count[DYAD_OMIT_UNDATED] = dy_pg_int(r, 0, 7, 0);
        om->count[DYAD_OMIT_NO_TARGET] = dy_pg_int(r, 0, 8, 0);
        om->count[DYAD_OMIT_CUMULATIVE] = dy_pg_int(r, 0, 9, 0);
        if (!PQgetisnull(r, 0, 10)) {
            *first = (long)dy_pg_int(r, 0, 10, 0);
            *last = (long)dy_pg_int(r, 0, 11, 0);
        }
    }
    PQclear(r);
    dy_pgq_free(q);
    if (!rc)
        rc = dy_pg_count_status_omitted(pg, f, om, err);
    return rc;
}

/* a period's first day, from the event's day (weeks start on Monday) */
static const char *period_expr(dyad_period by)
{
    switch (by) {
    case DYAD_PERIOD_WEEK:
        return "e.day - ((e.day + 3) % 7 + 7) % 7";
    case DYAD_PERIOD_MONTH:
        return "(date_trunc('month', date '1970-01-01' + e.day::int)::date"
               " - date '1970-01-01')";
    case DYAD_PERIOD_YEAR:
        return "(date_trunc('year', date '1970-01-01' + e.day::int)::date"
               " - date '1970-01-01')";
    default:
        return "e.day";
    }
}

static void fill_periods(const PGresult *r, dyad_period by, dy_bar *bars,
                         size_t n)
{
    size_t at = 0;
    for (int i = 0; i < PQntuples(r) && i < STATS_MAX_ROWS; i++) {
        char label[64];
        dy_store_period_label((long)dy_pg_int(r, i, 0, 0), by, label,
                              sizeof label);
        while (at < n && strcmp(bars[at].label, label) < 0)
            at++;
        if (at >= n)
            break;
        fill_bar(&bars[at], r, i, 1);
    }
}

int dy_pg_series(dy_pg *pg, const dyad_query *f, dyad_period *by,
                 long first, long last, size_t max, dy_bar **out,
                 size_t *count, dyad_error *err)
{
    *out = NULL;
    *count = 0;
    if (*by == DYAD_PERIOD_AUTO)
        *by = first > last ? DYAD_PERIOD_MONTH
                           : dy_store_pick_period(first, last);
    if (first > last)
        return 0;
    dy_pgq *q = dy_pgq_new(err);
    if (!q)
        return DYAD_ENOMEM;
    dy_buf_printf(&q->sql, "SELECT %s AS p, " BAR_COLUMNS " FROM events e",
                  period_expr(*by));
    int rc = dy_pgq_where(q, f, 0, err);
    dy_buf_puts(&q->sql, " AND e.day IS NOT NULL GROUP BY p ORDER BY p");
    PGresult *r = rc ? NULL : run(pg, q, "cannot aggregate events", err);
    if (!rc && !r)
        rc = DYAD_ESTORE;
    long d = dy_store_period_start(first, *by);
    size_t cap = 0;
    if (!rc)
        rc = dy_store_count_periods(first, last, *by, max, &cap, err);
    dy_bar *bars = NULL;
    if (!rc && !(bars = dy_calloc(NULL, cap ? cap : 1, sizeof *bars)))
        rc = dy_error_set(err, DYAD_ENOMEM, NULL, 0, 0, -1, "out of memory");
    if (!rc) {
        for (size_t n = 0; n < cap; n++, d = dy_store_next_period(d, *by))
            dy_store_period_label(d, *by, bars[n].label, sizeof bars[n].label);
        fill_periods(r, *by, bars, cap);
        *out = bars;
        *count = cap;
    }
    PQclear(r);
    dy_pgq_free(q);
    return rc;
}

int dy_pg_top(dy_pg *pg, const dyad_query *f, int actors, size_t top,
              dy_bar **out, size_t *count, dyad_error *err)
{
    *out = NULL;
    *count = 0;
    if (top > DY_MAX_BARS)
        top = DY_MAX_BARS;
    dy_pgq *q = dy_pgq_new(err);
    if (!q)
        return DYAD_ENOMEM;
    if (actors)
        dy_buf_puts(&q->sql,
                    "SELECT a, '', count(*) FILTER (WHERE q=1),"
                    " count(*) FILTER (WHERE q=2), count(*) FILTER (WHERE"
                    " q=3), count(*) FILTER (WHERE q=4), avg(g),"
                    " coalesce(sum(k), 0), count(*) AS n FROM ("
                    "SELECT e.source_code AS a, e.quad_class AS q,"
                    " e.goldstein AS g, e.killed AS k FROM events e");
    else
        dy_buf_puts(&q->sql, "SELECT e.source_code, e.target_code, "
                             BAR_COLUMNS ", count(*) AS n FROM events e");
    int rc = dy_pgq_where(q, f, 0, err);
    if (!rc && actors) {
        dy_buf_puts(&q->sql, " UNION ALL SELECT e.target_code, e.quad_class,"
                             " e.goldstein, e.killed FROM events e");
        rc = dy_pgq_where(q, f, 0, err);
        dy_buf_puts(&q->sql, " AND e.target_code <> '') u GROUP BY a");
    } else {
        dy_buf_puts(&q->sql, " AND e.target_code <> '' GROUP BY 1, 2");
    }
    dy_buf_puts(&q->sql, " ORDER BY n DESC, 1, 2 LIMIT ");
    dy_pgq_int(q, (long long)top);
    PGresult *r = rc ? NULL : run(pg, q, "cannot aggregate events", err);
    if (!rc && !r)
        rc = DYAD_ESTORE;
    dy_bar *bars = NULL;
    if (!rc && !(bars = dy_calloc(NULL, top ? top : 1, sizeof *bars)))
        rc = dy_error_set(err, DYAD_ENOMEM, NULL, 0, 0, -1, "out of memory");
    size_t n = 0;
    for (int i = 0; !rc && i < PQntuples(r) && n < top; i++) {
        dy_bar *bar = &bars[n++];
        if (actors)
            snprintf(bar->label, sizeof bar->label, "%s", PQgetvalue(r, i, 0));
        else
            snprintf(bar->label, sizeof bar->label, "%s > %s",
                     PQgetvalue(r, i, 0), PQgetvalue(r, i, 1));
        fill_bar(bar, r, i, 2);
    }
    if (!rc) {
        *out = bars;
        *count = n;
    }
    PQclear(r);
    dy_pgq_free(q);
    return rc;
}

/* stats.c's EXPLAIN_SQL */
#define EXPLAIN_SQL                                                           \
    "SELECT e.id, coalesce(e.date, ''), e.source_code || ' > ' ||"           \
    " CASE e.target_code WHEN '' THEN '-' ELSE e.target_code END, e.cameo,"  \
    " coalesce(e.killed, -1), coalesce(e.killed_cumulative, -1),"            \
    " (SELECT m.doc_id || ' sentence ' || m.sentence || ' (' || m.publisher" \
    "  || CASE m.doc_date WHEN '' THEN '' ELSE ', ' || m.doc_date END ||"    \
    "  ')' FROM mentions m WHERE m.event_id=e.id AND m.killed IS NOT NULL"   \
    "  AND m.killed_cumulative=(e.killed IS NULL)::int ORDER BY"             \
    "  m.killed_approx, m.doc_date DESC, m.id DESC LIMIT 1),"                \
    " (SELECT string_agg(CASE WHEN m.killed_cumulative <> 0 THEN '(' ||"     \
    "  m.killed || ')' ELSE m.killed::text END, ', ' ORDER BY"              \
    "  m.killed_cumulative, m.killed_approx, m.doc_date DESC, m.id DESC)"    \
    "  FROM mentions m WHERE m.event_id=e.id AND m.killed IS NOT NULL)"      \
    " FROM events e"

int dy_pg_explain_tolls(dy_pg *pg, const dyad_query *f, dy_toll_row **out,
                        size_t *count, dyad_error *err)
{
    *out = NULL;
    *count = 0;
    dy_pgq *q = dy_pgq_new(err);
    if (!q)
        return DYAD_ENOMEM;
    dy_buf_puts(&q->sql, EXPLAIN_SQL);
    int rc = dy_pgq_where(q, f, 0, err);
    dy_buf_puts(&q->sql, " AND (e.killed IS NOT NULL OR"
                         " e.killed_cumulative IS NOT NULL) ORDER BY"
                         " e.killed IS NULL, e.killed DESC NULLS LAST,"
                         " e.killed_cumulative DESC NULLS LAST, e.id LIMIT ");
    dy_pgq_int(q, EXPLAIN_MAX_ROWS);
    PGresult *r = rc ? NULL : run(pg, q, "cannot read tolls", err);
    if (!rc && !r)
        rc = DYAD_ESTORE;
    dy_toll_row *rows = NULL;
    if (!rc && !(rows = dy_calloc(NULL, EXPLAIN_MAX_ROWS, sizeof *rows)))
        rc = dy_error_set(err, DYAD_ENOMEM, NULL, 0, 0, -1, "out of memory");
    size_t n = 0;
    for (int i = 0; !rc && i < PQntuples(r) && n < EXPLAIN_MAX_ROWS; i++) {
        dy_row row;
        dy_pg_row(&row, r, i);
        dy_row_toll(&rows[n++], &row);
    }
    if (!rc) {
        *out = rows;
        *count = n;
    }
    PQclear(r);
    dy_pgq_free(q);
    return rc;
}
