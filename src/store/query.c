/*
 * query.c - events out of the store: the rows of stored reports (`dyad
 * show`, and the GDELT Mentions table of the events a query selects) and
 * merged events (`dyad query`, `dyad export`) as records for the writers
 * of format/, in any format, counting what a format leaves out (the
 * filters are where.c's).
 */
#include "store/db.h"
#include "store/pg/pg.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

/* ------------------------------------------------------------ records */

#define FLUSH_BYTES 65536 /* output handed to the sink in pieces this big */

/* a merged event's row (rules.h) */
const char *const dy_store_event_select = DY_EVENT_SELECT("", DY_DOC_IS_SQLITE);

/* a stored report's row (rules.h) */
static const char *const report_select = DY_REPORT_SELECT(DY_DOC_IS_SQLITE);

static int is_null(sqlite3_stmt *s, int c)
{
    return sqlite3_column_type(s, c) == SQLITE_NULL;
}

static long long int_or(sqlite3_stmt *s, int c, long long none)
{
    return is_null(s, c) ? none : (long long)sqlite3_column_int64(s, c);
}

/* A merged event's row as a record: what the events table keeps (the
 * first report's document and sentence, the merged place and counts). */
void dy_store_event_record(dy_record *r, sqlite3_stmt *s)
{
    dy_row row;
    dy_store_row(&row, s);
    dy_row_event(r, &row);
}

/* A stored report's row as a record (rules_row.c) */
static void report_record(dy_record *r, sqlite3_stmt *s)
{
    dy_row row;
    dy_store_row(&row, s);
    dy_row_report(r, &row);
}

/* a stored event's reports for JSONL: the rows' strings copied into one
 * pool (a row's text lives only until the next step), then pointed at */
typedef struct mention_list {
    dy_buf pool;
    dy_vec refs; /* men_ref */
    dy_vec out;  /* dy_rec_mention */
} mention_list;

typedef struct men_ref {
    size_t str[5]; /* doc_id, text, status, date, publisher; SIZE_MAX: NULL */
    long sentence;
    dyad_span span;
    int has_span;
} men_ref;

static size_t pool_add(dy_buf *pool, const char *s)
{
    if (!s)
        return SIZE_MAX;
    size_t at = pool->len;
    dy_buf_put(pool, s, strlen(s) + 1);
    return at;
}

/* Fills r->mentions with the reports of event r->id (S_MEN_OF_EVENT: at
 * most 1000, oldest first); 0, DYAD_ENOMEM, or DYAD_ESTORE (err filled). */
static int event_mentions(dyad_store *st, mention_list *ml, dy_record *r,
                          dyad_error *err)
{
    static const int str_cols[5] = {0, 2, 3, 4, 5};
    sqlite3_stmt *m = st->s[S_MEN_OF_EVENT];
    ml->pool.len = 0;
    ml->refs.count = 0;
    ml->out.count = 0;
    sqlite3_bind_int64(m, 1, r->id);
    int rc, oom = 0;
    while ((rc = sqlite3_step(m)) == SQLITE_ROW) {
        men_ref *f = dy_vec_push(&ml->refs);
        if (!f) {
            oom = 1;
            break;
        }
        for (int k = 0; k < 5; k++)
            f->str[k] = pool_add(&ml->pool, col_or_null(m, str_cols[k]));
        f->sentence = (long)sqlite3_column_int64(m, 1);
        f->has_span = !is_null(m, 6) && !is_null(m, 7);
        f->span.start = (size_t)int_or(m, 6, 0);
        f->span.len = (size_t)int_or(m, 7, 0);
    }
    sqlite3_reset(m);
    if (oom || ml->pool.failed)
        return dy_error_set(err, DYAD_ENOMEM, NULL, 0, 0, -1, "out of memory");
    if (rc != SQLITE_DONE)
        return dy_store_fail(st, err, "cannot read mentions");
    for (size_t i = 0; i < ml->refs.count; i++) {
        const men_ref *f = dy_vec_at(&ml->refs, i);
        dy_rec_mention *o = dy_vec_push(&ml->out);
        if (!o)
            return dy_error_set(err, DYAD_ENOMEM, NULL, 0, 0, -1,
                                "out of memory");
        const char *p[5];
        for (int k = 0; k < 5; k++)
            p[k] = f->str[k] == SIZE_MAX ? NULL : ml->pool.data + f->str[k];
        o->doc_id = p[0] ? p[0] : "";
        o->text = p[1];
        o->status = p[2] ? p[2] : "";
        o->date = p[3];
        o->publisher = p[4] ? p[4] : "";
        o->sentence = f->sentence;
        o->span = f->span;
        o->has_span = f->has_span;
    }
    static const dy_rec_mention none; /* "mentions": [] all the same */
    r->mentions = ml->out.count ? dy_vec_at(&ml->out, 0) : &none;
    r->mention_count = ml->out.count;
    return 0;
}

/* hands the buffer to the sink; 0, or the error (filled) */
static int flush(dy_buf *b, dyad_sink_fn sink, void *ctx, dyad_error *err)
{
    int rc = 0;
    if (b->failed)
        rc = dy_error_set(err, DYAD_ENOMEM, NULL, 0, 0, -1, "out of memory");
    else if (b->len && sink(ctx, b->data, b->len))
        rc = dy_error_set(err, DYAD_EIO, NULL, 0, 0, -1,
                          "cannot write output");
    b->len = 0;
    return rc;
}

/* where the rows of one statement go, and what is counted */
typedef struct row_out {
    dyad_format fmt;
    dy_rec_kind kind;
    int lazy;              /* show: the header with the first row only */
    dyad_sink_fn sink;
    void *ctx;
    dyad_omitted *omitted; /* what the format leaves out; NULL: not asked */
} row_out;

/* the formats whose event records carry their reports */
static int wants_mentions(const row_out *o)
{
    return o->kind == DY_REC_EVENT &&
           (o->fmt == DYAD_FORMAT_JSONL || o->fmt == DYAD_FORMAT_ACLED);
}

/* Before the k-th statement of an export (k > 0) has run: its LIMIT,
 * the last value bound, is what the earlier ones left of `limit` (0: no
 * limit). 0 when it is to run, 1 when the limit is used up. */
static int limit_rest(sqlite3_stmt *s, int k, long long limit,
                      long long rows)
{
    if (k == 0 || !limit)
        return 0;
    if (rows >= limit)
        return 1;
    sqlite3_bind_int64(s, sqlite3_bind_parameter_count(s), limit - rows);
    return 0;
}

/* what write_rows keeps while it writes */
typedef struct row_writer {
    dy_buf b;
    mention_list ml;
    long long rows;   /* rows read, written or not */
    size_t written;   /* records written */
    int lazy;         /* the header waits for the first row */
} row_writer;

/* One row of s as a record into w->b (or counted as left out), handed
 * to the sink when FLUSH_BYTES have gathered; 0 or the error (filled). */
static int write_row(dyad_store *st, sqlite3_stmt *s, row_writer *w,
                     const row_out *o, dyad_error *err)
{
    dy_record rec;
    if (w->lazy && !w->rows)
        dy_format_header(&w->b, o->fmt, o->kind);
    w->rows++;
    if (o->kind == DY_REC_EVENT)
        dy_store_event_record(&rec, s);
    else
        report_record(&rec, s);
    int why = dy_format_omits(o->fmt, &rec);
    if (why >= 0) {
        if (o->omitted)
            o->omitted->count[why]++;
        return 0;
    }
    int rc = 0;
    if (wants_mentions(o) && (rc = event_mentions(st, &w->ml, &rec, err)))
        return rc;
    rec.seq = w->written++;
    dy_format_record(&w->b, o->fmt, &rec);
    if (w->b.len > FLUSH_BYTES || w->b.failed)
        rc = flush(&w->b, o->sink, o->ctx, err);
    return rc;
}

/* Writes every row of the ns statements s[] (prepared and bound), one
 * after the other, as records of o->kind in o->fmt: the header (with the
 * first row only when `lazy`: show has never printed one for an empty
 * store; GeoJSON always opens its collection), the rows in pieces of
 * FLUSH_BYTES, those the format leaves out counted, then the footer.
 * With a `limit`, each statement after the first is bound the rows the
 * earlier ones left of it (limit_rest). */
static int write_rows(dyad_store *st, sqlite3_stmt *const *s, int ns,
                      long long limit, const row_out *o, dyad_error *err)
{
    row_writer w;
    memset(&w, 0, sizeof w);
    int rc = 0, step = SQLITE_DONE;
    w.lazy = o->lazy && o->fmt != DYAD_FORMAT_GEOJSON;
    dy_buf_init(&w.b, NULL);
    dy_buf_init(&w.ml.pool, NULL);
    dy_vec_init(&w.ml.refs, sizeof(men_ref), NULL);
    dy_vec_init(&w.ml.out, sizeof(dy_rec_mention), NULL);
    if (!w.lazy)
        dy_format_header(&w.b, o->fmt, o->kind);
    for (int k = 0; !rc && step == SQLITE_DONE && k < ns &&
                    !limit_rest(s[k], k, limit, w.rows);
         k++)
        while (!rc && (step = sqlite3_step(s[k])) == SQLITE_ROW)
            rc = write_row(st, s[k], &w, o, err);
    if (rc)
        goto done;
    if (step != SQLITE_DONE) {
        rc = dy_store_fail(st, err, "cannot read events");
        goto done;
    }
    if (!w.lazy || w.rows)
        dy_format_footer(&w.b, o->fmt);
    rc = flush(&w.b, o->sink, o->ctx, err);
    if (o->omitted)
        o->omitted->written = (long long)w.written;
done:
    dy_buf_free(&w.b);
    dy_buf_free(&w.ml.pool);
    dy_vec_free(&w.ml.refs);
    dy_vec_free(&w.ml.out);
    return rc;
}

/* DYAD_EINVAL unless fmt writes events */
static int check_format(dyad_format fmt, dyad_error *err)
{
    if (dy_format_writes_events(fmt))
        return 0;
    return dy_error_set(err, DYAD_EINVAL, NULL, 0, 0, -1,
                        "events are written as jsonl, tsv, table, events, "
                        "csv, gdelt, gdelt-mentions, geojson or acled");
}

int dyad_store_write(dyad_store *st, dyad_format fmt, size_t limit,
                     dyad_sink_fn sink, void *ctx, dyad_error *err)
{
    if (!st || !sink)
        return dy_error_set(err, DYAD_EINVAL, NULL, 0, 0, -1,
                            "dyad_store_write: NULL argument");
    int rc = check_format(fmt, err);
    if (rc)
        return rc;
    if (st->pg)
        return dy_pg_write(st->pg, fmt, limit, sink, ctx, err);
    sqlite3_stmt *s = NULL;
    dy_buf sql;
    dy_buf_init(&sql, NULL);
    dy_buf_puts(&sql, report_select);
    dy_buf_puts(&sql, " ORDER BY m.id LIMIT ?");
    if (sql.failed || sqlite3_prepare_v2(st->db, sql.data, (int)sql.len, &s,
                                         NULL) != SQLITE_OK) {
        dy_buf_free(&sql);
        return dy_store_fail(st, err, "cannot query events");
    }
    dy_buf_free(&sql);
    sqlite3_bind_int64(s, 1, limit ? (sqlite3_int64)limit : -1);
    row_out o = {fmt, DY_REC_REPORT, 1, sink, ctx, NULL};
    rc = write_rows(st, &s, 1, 0, &o, err);
    sqlite3_finalize(s);
    return rc;
}

/* The orders of an export's statements (export_statement). The events
 * are written dated first, by day, then the undated, each by id: what
 * ORDER BY e.day IS NULL, e.day, e.id gives, as two statements because
 * each of them is served in its order by the day index and by every
 * (filter, day) index (which keep the undated events first), where the
 * one ORDER BY sorted every matching event (docs/store.md, "At scale"). */
enum { EX_DATED, EX_UNDATED, EX_BY_ID, EX_MENTIONS };

/* The k-th statement of an export: the events matching q in the order
 * `part`, or for the GDELT Mentions table the reports of those events. */
static int export_statement(dyad_store *st, const dyad_query *q, int part,
                            sqlite3_stmt **s, dyad_error *err)
{
    static const char *const order[] = {
        " AND e.day IS NOT NULL ORDER BY e.day, e.id",
        " AND e.day IS NULL ORDER BY e.id", " ORDER BY e.id",
        " ORDER BY e.id"};
    dy_qbuild qb;
    memset(&qb, 0, sizeof qb);
    dy_buf_init(&qb.sql, NULL);
    if (part == EX_MENTIONS) {
        dy_buf_puts(&qb.sql, report_select);
        dy_buf_puts(&qb.sql, " WHERE m.event_id IN (SELECT e.id FROM "
                             "events e");
    } else {
        dy_buf_puts(&qb.sql, dy_store_event_select);
    }
    int rc = dy_store_where(&qb, q, 0, err);
    if (!rc) {
        dy_buf_puts(&qb.sql, order[part]);
        dy_buf_puts(&qb.sql, " LIMIT ?");
        dy_qb_int(&qb, q && q->limit ? (sqlite3_int64)q->limit : -1);
        if (part == EX_MENTIONS)
            dy_buf_puts(&qb.sql, ") ORDER BY m.event_id, m.id");
        rc = dy_store_prepare_query(st, &qb, s, err);
    }
    dy_buf_free(&qb.sql);
    return rc;
}

int dyad_store_export(dyad_store *st, const dyad_query *q, dyad_format fmt,
                      dyad_sink_fn sink, void *ctx, dyad_omitted *omitted,
                      dyad_error *err)
{
    if (!st || !sink)
        return dy_error_set(err, DYAD_EINVAL, NULL, 0, 0, -1,
                            "dyad_store_export: NULL argument");
    if (omitted)
        memset(omitted, 0, sizeof *omitted);
    int rc = check_format(fmt, err);
    if (rc)
        return rc;
    if (st->pg)
        return dy_pg_export(st->pg, q, fmt, sink, ctx, omitted, err);
    sqlite3_stmt *s[2] = {NULL, NULL};
    int parts[2] = {EX_DATED, EX_UNDATED}, ns = 2;
    if (fmt == DYAD_FORMAT_GDELT || fmt == DYAD_FORMAT_GDELT_MENTIONS) {
        parts[0] = fmt == DYAD_FORMAT_GDELT ? EX_BY_ID : EX_MENTIONS;
        ns = 1;
    }
    for (int k = 0; !rc && k < ns; k++)
        rc = export_statement(st, q, parts[k], &s[k], err);
    if (!rc && omitted)
        rc = dy_store_count_status_omitted(st, q, omitted, err);
    if (!rc) {
        row_out o = {fmt,
                     fmt == DYAD_FORMAT_GDELT_MENTIONS ? DY_REC_REPORT
                                                       : DY_REC_EVENT,
                     0, sink, ctx, omitted};
        rc = write_rows(st, s, ns, ns > 1 && q ? (long long)q->limit : 0, &o,
                        err);
    }
    sqlite3_finalize(s[0]);
    sqlite3_finalize(s[1]);
    return rc;
}

int dyad_store_query(dyad_store *st, const dyad_query *q, dyad_format fmt,
                     dyad_sink_fn sink, void *ctx, dyad_error *err)
{
    if (!st || !sink)
        return dy_error_set(err, DYAD_EINVAL, NULL, 0, 0, -1,
                            "dyad_store_query: NULL argument");
    return dyad_store_export(st, q, fmt, sink, ctx, NULL, err);
}
