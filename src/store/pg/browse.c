/*
 * browse.c - the statements of dyad serve's pages on a PostgreSQL store:
 * a page of events, the events on the map, the places, one event and its
 * reports, counted and ordered as store/browse.c and store/detail.c do on
 * SQLite, which write the JSON from the rows handed back here (dy_row).
 * Filters are read.c's; every value is bound, every result is one page
 * (DYAD_PAGE_MAX rows, 1000 reports at most). The time limit of a request
 * is the session's statement_timeout.
 */
#include "store/pg/pg.h"

#include <stdio.h>
#include <string.h>

void dy_pg_set_deadline(dy_pg *pg, unsigned ms)
{
    if (ms == pg->timeout_ms)
        return;
    dy_pgp p;
    dy_pgp_init(&p);
    dy_pgp_int(&p, ms);
    PGresult *r = dy_pg_query(
        pg, "SELECT set_config('statement_timeout', $1, false)", &p);
    if (r) /* else the connection is gone: the next statement says so */
        pg->timeout_ms = ms;
    PQclear(r);
}

/* The ORDER BY of a page's sort key (store/browse.c's order_by; the key
 * is checked there). PostgreSQL puts NULLs first in a descending order,
 * SQLite last: undated events stay last, newest first. */
static const char *order_by(const char *sort)
{
    static const char *const keys[][2] = {
        {"-date", " ORDER BY e.day DESC NULLS LAST, e.id DESC"},
        {"date", " ORDER BY e.day IS NULL, e.day, e.id DESC"},
        {"-mentions", " ORDER BY e.num_mentions DESC, e.id DESC"},
        {"mentions", " ORDER BY e.num_mentions, e.id DESC"},
        {"-goldstein", " ORDER BY e.goldstein DESC, e.id DESC"},
        {"goldstein", " ORDER BY e.goldstein, e.id DESC"},
        {"-fatalities", " ORDER BY coalesce(e.killed, -1) DESC, e.id DESC"},
        {"fatalities", " ORDER BY coalesce(e.killed, -1), e.id DESC"},
        {"-id", " ORDER BY e.id DESC"},
        {"id", " ORDER BY e.id"},
    };
    if (!sort || !sort[0])
        sort = "-date";
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
        if (!strcmp(sort, keys[i][0]))
            return keys[i][1];
    return keys[0][1];
}

/* The order of the dated events alone for a sort by date ("-date",
 * "date"), which the day index serves (PostgreSQL then sorts only the
 * events of a day by id); NULL for another sort. */
static const char *dated_order(const char *sort)
{
    if (!sort || !sort[0] || !strcmp(sort, "-date"))
        return " ORDER BY e.day DESC, e.id DESC";
    if (!strcmp(sort, "date"))
        return " ORDER BY e.day, e.id DESC";
    return NULL;
}

/* Runs q and writes each row by row() into b, commas between them */
static int rows(dy_pg *pg, dy_pgq *q, dy_page_row_fn row, dy_buf *b,
                int *count, const char *what, dyad_error *err)
{
    if (q->p.bad || q->sql.failed)
        return dy_error_set(err, DYAD_ENOMEM, NULL, 0, 0, -1,
                            "query too large");
    PGresult *r = dy_pg_query(pg, q->sql.data, &q->p);
    if (!r)
        return dy_pg_fail(pg, err, what);
    int n = PQntuples(r);
    for (int i = 0; i < n; i++) {
        dy_row rw;
        dy_pg_row(&rw, r, i);
        if (i)
            dy_buf_putc(b, ',');
        row(b, &rw);
    }
    PQclear(r);
    if (count)
        *count = n;
    return 0;
}

/* " LIMIT $n OFFSET $m" of page p */
static void limit(dy_pgq *q, const dyad_page *p)
{
    dy_buf_puts(&q->sql, " LIMIT ");
    dy_pgq_int(q, (long long)p->limit);
    dy_buf_puts(&q->sql, " OFFSET ");
    dy_pgq_int(q, (long long)p->offset);
}

int dy_pg_page_count(dy_pg *pg, const dyad_query *f, size_t cap,
                     long long *n, int *exact, dyad_error *err)
{
    dy_pgq *q = dy_pgq_new(err);
    if (!q)
        return DYAD_ENOMEM;
    dy_buf_puts(&q->sql, "SELECT count(*) FROM (SELECT 1 FROM events e");
    int rc = dy_pgq_where(q, f, 0, err);
    if (!rc) {
        dy_buf_puts(&q->sql, " LIMIT ");
        dy_pgq_int(q, (long long)cap + 1);
        dy_buf_puts(&q->sql, ") c");
        PGresult *r = q->sql.failed ? NULL
                                    : dy_pg_query(pg, q->sql.data, &q->p);
        if (!r) {
            rc = dy_pg_fail(pg, err, "cannot count events");
        } else {
            *n = dy_pg_int(r, 0, 0, 0);
            *exact = *n <= (long long)cap;
            if (!*exact)
                *n = (long long)cap;
        }
        PQclear(r);
    }
    dy_pgq_free(q);
    return rc;
}

/* The statement of a page: the events' ids picked first, then their
 * rows joined (store/browse.c's page_stmt with `outer`); the map's
 * events; or the places, most events first. `dated`: the dated events
 * alone, in dated_order (an events or map page sorted by date). */
static int page_sql(dy_pgq *q, int kind, const dyad_query *f,
                    const dyad_page *p, int dated, dyad_error *err)
{
    const char *order = dated ? dated_order(p->sort) : order_by(p->sort);
    const char *only = dated ? " AND e.day IS NOT NULL" : "";
    int rc;
    switch (kind) {
    case DY_PG_PAGE_EVENTS:
        dy_buf_puts(&q->sql, DY_EVENT_SELECT("::int", DY_DOC_IS)
                    " JOIN (SELECT e.id AS page_id FROM events e");
        if ((rc = dy_pgq_where(q, f, 0, err)))
            return rc;
        dy_buf_puts(&q->sql, only);
        dy_buf_puts(&q->sql, order);
        limit(q, p);
        dy_buf_printf(&q->sql, ") page ON page.page_id = e.id%s", order);
        return 0;
    case DY_PG_PAGE_GEO:
        dy_buf_puts(&q->sql, DY_GEO_SELECT);
        if ((rc = dy_pgq_where(q, f, 0, err)))
            return rc;
        /* (0, 0) is how the gazetteer-less coder says "unknown" */
        dy_buf_puts(&q->sql, " AND e.lat IS NOT NULL AND e.lon IS NOT NULL"
                             " AND NOT (e.lat = 0 AND e.lon = 0)");
        dy_buf_puts(&q->sql, only);
        dy_buf_puts(&q->sql, order);
        limit(q, p);
        return 0;
    default:
        dy_buf_puts(&q->sql,
                    "SELECT location, country, lat, lon, n, q1, q2, q3, q4,"
                    " k FROM (SELECT e.location AS location, e.country AS"
                    " country, avg(e.lat) AS lat, avg(e.lon) AS lon,"
                    " count(*) AS n,"
                    " count(*) FILTER (WHERE e.quad_class=1) AS q1,"
                    " count(*) FILTER (WHERE e.quad_class=2) AS q2,"
                    " count(*) FILTER (WHERE e.quad_class=3) AS q3,"
                    " count(*) FILTER (WHERE e.quad_class=4) AS q4,"
                    " coalesce(sum(e.killed), 0) AS k FROM events e");
        if ((rc = dy_pgq_where(q, f, 0, err)))
            return rc;
        /* SQLite's order: bytes, and a place without a country first */
        dy_buf_puts(&q->sql, " AND e.location IS NOT NULL GROUP BY"
                             " e.location, e.country) pl ORDER BY n DESC,"
                             " location COLLATE \"C\","
                             " country COLLATE \"C\" NULLS FIRST");
        limit(q, p);
        return 0;
    }
}

/* one try at page `kind`; *n its rows */
static int page_try(dy_pg *pg, int kind, const dyad_query *f,
                    const dyad_page *p, int dated, dy_page_row_fn row,
                    dy_buf *b, int *n, dyad_error *err)
{
    dy_pgq *q = dy_pgq_new(err);
    if (!q)
        return DYAD_ENOMEM;
    int rc = page_sql(q, kind, f, p, dated, err);
    if (!rc)
        rc = rows(pg, q, row, b, n,
                  kind == DY_PG_PAGE_PLACES ? "cannot read places"
                                            : "cannot read events",
                  err);
    dy_pgq_free(q);
    return rc;
}

/* A page sorted by date is first read from the dated events alone, whose
 * order the day index serves: undated events come after every dated one
 * either way, so when the dated ones fill the page, they are the page
 * (the newest 50 of a large store without sorting all of it); else the
 * general statement, sorting every match. */
int dy_pg_page(dy_pg *pg, int kind, const dyad_query *f, const dyad_page *p,
               dy_page_row_fn row, dy_buf *b, dyad_error *err)
{
    int n = 0;
    if (kind != DY_PG_PAGE_PLACES && dated_order(p->sort)) {
        size_t at = b->len;
        int rc = page_try(pg, kind, f, p, 1, row, b, &n, err);
        if (rc || (size_t)n == p->limit)
            return rc;
        b->len = at;
    }
    return page_try(pg, kind, f, p, 0, row, b, &n, err);
}

int dy_pg_event(dy_pg *pg, long long id, dy_page_row_fn row, dy_buf *b,
                int *found, dyad_error *err)
{
    dy_pgq *q = dy_pgq_new(err);
    if (!q)
        return DYAD_ENOMEM;
    dy_buf_puts(&q->sql, DY_EVENT_SELECT("::int", DY_DOC_IS) " WHERE e.id = ");
    dy_pgq_int(q, id);
    int n = 0;
    int rc = rows(pg, q, row, b, &n, "cannot read the event", err);
    *found = !rc && n > 0;
    dy_pgq_free(q);
    return rc;
}

int dy_pg_reports(dy_pg *pg, long long id, size_t max, dy_page_row_fn row,
                  dy_buf *b, dyad_error *err)
{
    dy_pgq *q = dy_pgq_new(err);
    if (!q)
        return DYAD_ENOMEM;
    dy_buf_puts(&q->sql, DY_DETAIL_SELECT(DY_DOC_IS) " WHERE m.event_id = ");
    dy_pgq_int(q, id);
    dy_buf_puts(&q->sql, " ORDER BY m.id LIMIT ");
    dy_pgq_int(q, (long long)max);
    int rc = rows(pg, q, row, b, NULL, "cannot read the reports", err);
    dy_pgq_free(q);
    return rc;
}
