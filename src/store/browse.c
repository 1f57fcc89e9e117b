/*
 * browse.c - the store as a front-end reads it (dyad serve): a read-only
 * connection with a deadline per request, pages of events as one JSON
 * document, a GeoJSON layer and the places of the events (one event with
 * its reports and evidence: detail.c). Filters are dyad_query's (query.c builds
 * them), plus the box, publisher and report count of a dyad_page. The JSON
 * is written here for both back-ends: a PostgreSQL store's statements are
 * pg/browse.c's, which hands its rows back as dy_row.
 */
#define _POSIX_C_SOURCE 200809L
#include "store/db.h"
#include "store/pg/pg.h"

#include <math.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#define PAGE_DEFAULT 50         /* events of a page when no limit is given */
#define COUNT_CAP_DEFAULT 1000  /* matches counted for "total" */
#define PROGRESS_OPS 1000       /* SQLite VM steps between deadline checks */
#define PROBE_ROWS 5000         /* newest events tried first for a page */

/* ----------------------------------------------------------- connection */

static long long now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* SQLite's progress handler: non-zero stops the statement (SQLITE_INTERRUPT),
 * which dy_store_fail reports as DYAD_ELIMIT */
static int past_deadline(void *ctx)
{
    dyad_store *st = ctx;
    if (st->deadline && now_ms() > st->deadline) {
        st->timed_out = 1;
        return 1;
    }
    return 0;
}

void dyad_store_set_deadline(dyad_store *st, unsigned ms)
{
    if (!st)
        return;
    if (st->pg) {
        /* a session the server ended is opened again for this request
         * (else the next statement says why) */
        dy_pg_revive(st->pg);
        dy_pg_set_deadline(st->pg, ms);
        return;
    }
    st->timed_out = 0;
    st->deadline_len = ms;
    st->deadline = ms ? now_ms() + ms : 0;
    sqlite3_progress_handler(st->db, ms ? PROGRESS_OPS : 0,
                             ms ? past_deadline : NULL, st);
}

/* -------------------------------------------------------------- filters */

static int bad(dyad_error *err, const char *what)
{
    return dy_error_set(err, DYAD_EINVAL, NULL, 0, 0, -1, "%s", what);
}

/* DYAD_EINVAL unless the page's own values make sense (named in err) */
static int check_page(const dyad_page *p, dyad_error *err)
{
    if (p->limit > DYAD_PAGE_MAX)
        return dy_error_set(err, DYAD_EINVAL, NULL, 0, 0, -1,
                            "limit: at most %d", DYAD_PAGE_MAX);
    return 0;
}

/* " WHERE ..." for q over events e (the page adds no filter of its own) */
static int page_where(dy_qbuild *qb, const dyad_query *q, const dyad_page *p,
                      dyad_error *err)
{
    (void)p;
    return dy_store_where(qb, q, 0, err);
}

/* the ORDER BY of a sort key; NULL for an unknown key. Newest first
 * walks the day index backwards, which is why ties go to the newest id. */
static const char *order_by(const char *sort)
{
    static const char *const keys[][2] = {
        {"-date", " ORDER BY e.day DESC, e.id DESC"},
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
    return NULL;
}

/* the page's own values checked, and its sort key when `sorted` (a page
 * in a fixed order ignores it); its default limit filled in */
static int page_check(dyad_page *p, int sorted, dyad_error *err)
{
    int rc = check_page(p, err);
    if (rc)
        return rc;
    if (!p->limit)
        p->limit = PAGE_DEFAULT;
    if (sorted && !order_by(p->sort))
        return bad(err, "sort: one of date, mentions, goldstein, fatalities, "
                        "id, each with an optional leading '-'");
    return 0;
}

/* A statement: `select`, the filters, `tail`, the order (`order`, or the
 * page's sort) and LIMIT/OFFSET of the page; the defaults filled into *p.
 * With `outer`, `select` picks the page's ids alone and `outer` (ending
 * in its joins) reads their rows: otherwise SQLite joins every matching
 * row before it sorts and cuts (4 s for a common actor's newest 50 of a
 * million events, 30 ms this way). */
static int page_stmt(dyad_store *st, const char *outer, const char *select,
                     const char *tail, const char *order, const dyad_query *q,
                     dyad_page *p, sqlite3_stmt **out, dyad_error *err)
{
    *out = NULL;
    int rc = page_check(p, !order, err);
    if (rc)
        return rc;
    if (!order)
        order = order_by(p->sort);
    dy_qbuild qb;
    memset(&qb, 0, sizeof qb);
    dy_buf_init(&qb.sql, NULL);
    if (outer)
        dy_buf_printf(&qb.sql, "%s JOIN (%s", outer, select);
    else
        dy_buf_puts(&qb.sql, select);
    rc = page_where(&qb, q, p, err);
    if (!rc) {
        dy_buf_puts(&qb.sql, tail);
        dy_buf_puts(&qb.sql, order);
        dy_buf_puts(&qb.sql, " LIMIT ? OFFSET ?");
        dy_qb_int(&qb, (sqlite3_int64)p->limit);
        dy_qb_int(&qb, (sqlite3_int64)p->offset);
        if (outer)
            dy_buf_printf(&qb.sql, ") page ON page.page_id = e.id%s", order);
        rc = dy_store_prepare_query(st, &qb, out, err);
    }
    dy_buf_free(&qb.sql);
    return rc;
}

/* a dyad either way: read as two directed ones (dyad_page_stmt) */
static int is_both_ways(const dyad_query *q)
{
    return q && !q->directed && q->dyad_source && q->dyad_source[0] &&
           q->dyad_target && q->dyad_target[0];
}

/* the matches of q and p counted up to `cap`: *exact 0 when there are
 * more */
static int count_matches(dyad_store *st, const dyad_query *q,
                         const dyad_page *p, size_t cap, long long *n,
                         int *exact, dyad_error *err)
{
    dy_qbuild qb;
    memset(&qb, 0, sizeof qb);
    dy_buf_init(&qb.sql, NULL);
    sqlite3_stmt *s = NULL;
    int rc;
    if (is_both_ways(q)) { /* two directed dyads, each off its index */
        dyad_query there = *q, back = *q;
        there.directed = back.directed = 1;
        back.dyad_source = q->dyad_target;
        back.dyad_target = q->dyad_source;
        dy_buf_puts(&qb.sql, "SELECT count(*) FROM (SELECT * FROM (SELECT"
                             " e.id FROM events e");
        rc = page_where(&qb, &there, p, err);
        dy_buf_puts(&qb.sql, " LIMIT ?) UNION SELECT * FROM (SELECT e.id"
                             " FROM events e");
        dy_qb_int(&qb, (sqlite3_int64)cap + 1);
        if (!rc)
            rc = page_where(&qb, &back, p, err);
    } else {
        dy_buf_puts(&qb.sql, "SELECT count(*) FROM (SELECT 1 FROM events e");
        rc = page_where(&qb, q, p, err);
    }
    if (!rc) {
        dy_buf_puts(&qb.sql, is_both_ways(q) ? " LIMIT ?))" : " LIMIT ?)");
        dy_qb_int(&qb, (sqlite3_int64)cap + 1);
        rc = dy_store_prepare_query(st, &qb, &s, err);
    }
    if (!rc) {
        if (sqlite3_step(s) == SQLITE_ROW) {
            *n = sqlite3_column_int64(s, 0);
            *exact = *n <= (long long)cap;
            if (!*exact)
                *n = (long long)cap;
        } else {
            rc = dy_store_fail(st, err, "cannot count events");
        }
    }
    sqlite3_finalize(s);
    dy_buf_free(&qb.sql);
    return rc;
}

/* -------------------------------------------------------------- output */

/* hands b to the sink; DYAD_ENOMEM or DYAD_EIO (filled) */
static int emit(dy_buf *b, dyad_sink_fn sink, void *ctx, dyad_error *err)
{
    if (b->failed)
        return dy_error_set(err, DYAD_ENOMEM, NULL, 0, 0, -1, "out of memory");
    if (b->len && sink(ctx, b->data, b->len))
        return dy_error_set(err, DYAD_EIO, NULL, 0, 0, -1,
                            "cannot write output");
    return 0;
}

/* a merged event's JSONL object, without its line break */
static void event_json(dy_buf *b, const dy_row *row)
{
    dy_record rec;
    dy_row_event(&rec, row);
    size_t at = b->len;
    dy_write_jsonl(b, &rec);
    if (b->len > at && b->data[b->len - 1] == '\n')
        b->len--;
}

/* steps s to its end; DYAD_ESTORE/DYAD_ELIMIT unless it ended well */
static int step_end(dyad_store *st, int step, dyad_error *err)
{
    return step == SQLITE_DONE ? 0 : dy_store_fail(st, err,
                                                   "cannot read events");
}

/* the rows of s as a JSON array's members into b; *n of them */
static int event_rows(dyad_store *st, sqlite3_stmt *s, dy_buf *b, size_t *n,
                      dyad_error *err)
{
    int step;
    dy_row row;
    dy_store_row(&row, s);
    for (*n = 0; (step = sqlite3_step(s)) == SQLITE_ROW; (*n)++) {
        if (*n)
            dy_buf_putc(b, ',');
        event_json(b, &row);
    }
    return step_end(st, step, err);
}

/* the day of the PROBE_ROWS-th newest event, as YYYY-MM-DD into buf;
 * 0 when the store has fewer dated events (nothing written) */
static int probe_day(dyad_store *st, char *buf, size_t size, dyad_error *err)
{
    sqlite3_stmt *s = NULL;
    int rc = 0, found = 0;
    if (sqlite3_prepare_v2(st->db,
                           "SELECT day FROM events WHERE day IS NOT NULL"
                           " ORDER BY day DESC LIMIT 1 OFFSET ?",
                           -1, &s, NULL) != SQLITE_OK)
        return dy_store_fail(st, err, "cannot read events");
    sqlite3_bind_int(s, 1, PROBE_ROWS - 1);
    int step = sqlite3_step(s);
    if (step == SQLITE_ROW) {
        long y, m, d;
        dy_civil_from_days((long)sqlite3_column_int64(s, 0), &y, &m, &d);
        snprintf(buf, size, "%04ld-%02ld-%02ld", y, m, d);
        found = 1;
    } else if (step != SQLITE_DONE) {
        rc = dy_store_fail(st, err, "cannot read events");
    }
    sqlite3_finalize(s);
    return rc ? rc : found;
}

/* The newest page of a dyad both ways, as two directed dyads each read
 * off the (source, target, day) index and merged: SQLite's plan for the
 * OR of the two reads every matching row before it sorts (165 ms for
 * ISR,PSE on 1M events under load; this way ~10). */
static int dyad_page_stmt(dyad_store *st, const dyad_query *q,
                          const dyad_page *p, sqlite3_stmt **out,
                          dyad_error *err)
{
    static const char *const arm =
        " SELECT * FROM (SELECT e.id AS page_id, e.day AS page_day"
        " FROM events e";
    static const char *const newest =
        " ORDER BY e.day DESC, e.id DESC LIMIT ?)";
    dyad_query there = *q, back = *q;
    there.directed = back.directed = 1;
    back.dyad_source = q->dyad_target;
    back.dyad_target = q->dyad_source;
    dy_qbuild qb;
    memset(&qb, 0, sizeof qb);
    dy_buf_init(&qb.sql, NULL);
    dy_buf_printf(&qb.sql, "%s JOIN (SELECT page_id FROM (%s",
                  dy_store_event_select, arm);
    int rc = page_where(&qb, &there, p, err);
    if (!rc) {
        dy_buf_printf(&qb.sql, "%s UNION%s", newest, arm);
        dy_qb_int(&qb, (sqlite3_int64)(p->offset + p->limit));
        rc = page_where(&qb, &back, p, err);
    }
    if (!rc) {
        dy_buf_printf(&qb.sql, "%s) ORDER BY page_day DESC, page_id DESC"
                               " LIMIT ? OFFSET ?) page ON page.page_id ="
                               " e.id%s",
                      newest, order_by("-date"));
        dy_qb_int(&qb, (sqlite3_int64)(p->offset + p->limit));
        dy_qb_int(&qb, (sqlite3_int64)p->limit);
        dy_qb_int(&qb, (sqlite3_int64)p->offset);
        rc = dy_store_prepare_query(st, &qb, out, err);
    }
    dy_buf_free(&qb.sql);
    return rc;
}

/* The newest page first looks only at the days of the newest PROBE_ROWS
 * events (a `from` filter the indexes serve): when they hold the whole
 * page, as they do for a common filter, those are its rows, found in a
 * few milliseconds; a rarer filter takes the general plan, which then has
 * few rows to sort. */
static int newest_page(dyad_store *st, const dyad_query *q, dyad_page *p,
                       dy_buf *b, dyad_error *err)
{
    static const char *const ids = "SELECT e.id AS page_id FROM events e";
    sqlite3_stmt *s = NULL;
    size_t n = 0, at = b->len;
    char day[16];
    int newest = order_by(p->sort) == order_by("-date");
    int both_ways = is_both_ways(q);
    int rc = 0;
    if (newest && !both_ways && p->offset + p->limit <= PROBE_ROWS / 4 &&
        (rc = probe_day(st, day, sizeof day, err)) > 0) {
        dyad_query near = q ? *q : (dyad_query)DYAD_QUERY_INIT;
        if (!near.from || strcmp(near.from, day) < 0)
            near.from = day;
        rc = page_stmt(st, dy_store_event_select, ids, "", NULL, &near, p,
                       &s, err);
        if (!rc)
            rc = event_rows(st, s, b, &n, err);
        sqlite3_finalize(s);
        s = NULL;
        if (rc || n == p->limit)
            return rc;
        b->len = at; /* too few there: the general plan */
    }
    if (rc < 0)
        return rc;
    if (newest && both_ways)
        rc = dyad_page_stmt(st, q, p, &s, err);
    else
        rc = page_stmt(st, dy_store_event_select, ids, "", NULL, q, p, &s,
                       err);
    if (!rc)
        rc = event_rows(st, s, b, &n, err);
    sqlite3_finalize(s);
    return rc;
}

int dyad_store_events_page(dyad_store *st, const dyad_query *q,
                           const dyad_page *page, dyad_sink_fn sink,
                           void *ctx, dyad_error *err)
{
    if (!st || !sink)
        return bad(err, "dyad_store_events_page: NULL argument");
    dyad_page p = page ? *page : (dyad_page){0};
    dy_buf b;
    dy_buf_init(&b, NULL);
    long long total = 0;
    int exact = 1, snapshot = 0;
    size_t cap = p.count_cap ? p.count_cap : COUNT_CAP_DEFAULT;
    int rc = page_check(&p, 1, err);
    /* PostgreSQL: the count and the rows in one snapshot */
    if (!rc && st->pg) {
        snapshot = !(rc = dy_pg_snapshot(st->pg, err));
        if (!rc)
            rc = dy_pg_page_count(st->pg, q, cap, &total, &exact, err);
    } else if (!rc) {
        rc = count_matches(st, q, &p, cap, &total, &exact, err);
    }
    if (rc)
        goto done;
    dy_buf_printf(&b, "{\"total\":%lld,\"total_exact\":%s,\"offset\":%zu,"
                      "\"limit\":%zu,\"sort\":",
                  total, exact ? "true" : "false", p.offset, p.limit);
    dy_json_cstr(&b, p.sort && p.sort[0] ? p.sort : "-date");
    dy_buf_puts(&b, ",\"events\":[");
    if (st->pg)
        rc = dy_pg_page(st->pg, DY_PG_PAGE_EVENTS, q, &p, event_json, &b,
                        err);
    else
        rc = newest_page(st, q, &p, &b, err);
    if (rc)
        goto done;
    dy_buf_puts(&b, "]}\n");
    rc = emit(&b, sink, ctx, err);
done:
    if (snapshot)
        dy_pg_end_snapshot(st->pg, rc);
    dy_buf_free(&b);
    return rc;
}

/* ----------------------------------------------------------- GeoJSON */

/* a coordinate to 5 decimals (about a metre) */
static void json_num(dy_buf *b, double v)
{
    dy_buf_printf(b, "%.5f", v);
}

/* ,"key":<text column c, or null for NULL and ''> */
static void member_col(dy_buf *b, const char *key, const dy_row *row, int c)
{
    const char *t = row->text(row, c);
    dy_buf_printf(b, ",\"%s\":", key);
    dy_json_cstr(b, t && t[0] ? t : NULL);
}

/* Writes head, then each row of page `kind` by row() separated by
 * commas, then "]}" and a newline, to the sink in one piece: the rows of
 * s, or on PostgreSQL those pg/browse.c reads. */
static int write_list(dyad_store *st, sqlite3_stmt *s, int kind,
                      const dyad_query *q, const dyad_page *p,
                      const char *head, dy_page_row_fn row,
                      dyad_sink_fn sink, void *ctx, dyad_error *err)
{
    dy_buf b;
    dy_buf_init(&b, NULL);
    dy_buf_puts(&b, head);
    int rc;
    if (st->pg) {
        rc = dy_pg_page(st->pg, kind, q, p, row, &b, err);
    } else {
        int step;
        dy_row r;
        dy_store_row(&r, s);
        for (int n = 0; (step = sqlite3_step(s)) == SQLITE_ROW; n++) {
            if (n)
                dy_buf_putc(&b, ',');
            row(&b, &r);
        }
        rc = step_end(st, step, err);
    }
    if (!rc) {
        dy_buf_puts(&b, "]}\n");
        rc = emit(&b, sink, ctx, err);
    }
    dy_buf_free(&b);
    return rc;
}

/* one event of dyad_store_geojson, the columns of DY_GEO_SELECT */
static void feature(dy_buf *b, const dy_row *row)
{
    long long id = row->num(row, 0, 0);
    dy_buf_printf(b, "{\"type\":\"Feature\",\"id\":%lld,"
                     "\"geometry\":{\"type\":\"Point\",\"coordinates\":[",
                  id);
    json_num(b, row->real(row, 1));
    dy_buf_putc(b, ',');
    json_num(b, row->real(row, 2));
    dy_buf_printf(b, "]},\"properties\":{\"id\":%lld", id);
    member_col(b, "date", row, 3);
    member_col(b, "source", row, 4);
    member_col(b, "target", row, 5);
    member_col(b, "cameo", row, 6);
    member_col(b, "plover", row, 7);
    dy_row_json_int(b, "quad_class", row, 8);
    dy_buf_puts(b, ",\"goldstein\":");
    dy_json_real(b, row->real(row, 9));
    dy_row_json_int(b, "fatalities", row, 10);
    dy_row_json_int(b, "num_mentions", row, 11);
    member_col(b, "place", row, 12);
    member_col(b, "country", row, 13);
    dy_buf_puts(b, "}}");
}

int dyad_store_geojson(dyad_store *st, const dyad_query *q,
                       const dyad_page *page, dyad_sink_fn sink, void *ctx,
                       dyad_error *err)
{
    if (!st || !sink)
        return bad(err, "dyad_store_geojson: NULL argument");
    dyad_page p = page ? *page : (dyad_page){0};
    sqlite3_stmt *s = NULL;
    /* (0, 0) is how the gazetteer-less coder says "unknown" */
    int rc = st->pg ? page_check(&p, 1, err)
                    : page_stmt(st, NULL, DY_GEO_SELECT,
                                " AND e.lat IS NOT NULL AND e.lon IS NOT NULL"
                                " AND NOT (e.lat = 0 AND e.lon = 0)",
                                NULL, q, &p, &s, err);
    if (!rc)
        rc = write_list(st, s, DY_PG_PAGE_GEO, q, &p,
                        "{\"type\":\"FeatureCollection\",\"features\":[",
                        feature, sink, ctx, err);
    sqlite3_finalize(s);
    return rc;
}

/* ------------------------------------------------------------- places */

/* one place of dyad_store_places: name, country, point (the mean of its
 * events'), events, their quad classes 1 to 4, fatalities */
static void place_row(dy_buf *b, const dy_row *row)
{
    dy_buf_puts(b, "{\"name\":");
    dy_json_cstr(b, row->text(row, 0));
    member_col(b, "country", row, 1);
    if (row->is_null(row, 2)) {
        dy_buf_puts(b, ",\"lat\":null,\"lon\":null");
    } else {
        dy_buf_puts(b, ",\"lat\":");
        json_num(b, row->real(row, 2));
        dy_buf_puts(b, ",\"lon\":");
        json_num(b, row->real(row, 3));
    }
    dy_buf_printf(b, ",\"events\":%lld,\"quad_class\":[%lld,%lld,%lld,"
                     "%lld],\"fatalities\":%lld}",
                  row->num(row, 4, 0), row->num(row, 5, 0),
                  row->num(row, 6, 0), row->num(row, 7, 0),
                  row->num(row, 8, 0), row->num(row, 9, 0));
}

int dyad_store_places(dyad_store *st, const dyad_query *q,
                      const dyad_page *page, dyad_sink_fn sink, void *ctx,
                      dyad_error *err)
{
    if (!st || !sink)
        return bad(err, "dyad_store_places: NULL argument");
    dyad_page p = page ? *page : (dyad_page){0};
    sqlite3_stmt *s = NULL;
    int rc = st->pg ? page_check(&p, 0, err) : page_stmt(
        st, NULL,
        "SELECT location, country, lat, lon, n, q1, q2, q3, q4, k FROM ("
        "SELECT e.location AS location, e.country AS country,"
        " avg(e.lat) AS lat, avg(e.lon) AS lon, count(*) AS n,"
        " sum(e.quad_class=1) AS q1, sum(e.quad_class=2) AS q2,"
        " sum(e.quad_class=3) AS q3, sum(e.quad_class=4) AS q4,"
        " coalesce(sum(e.killed), 0) AS k FROM events e",
        " AND e.location IS NOT NULL GROUP BY e.location, e.country)",
        " ORDER BY n DESC, location, country", q, &p, &s, err);
    if (!rc)
        rc = write_list(st, s, DY_PG_PAGE_PLACES, q, &p, "{\"places\":[",
                        place_row, sink, ctx, err);
    sqlite3_finalize(s);
    return rc;
}
