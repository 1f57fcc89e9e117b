/*
 * read.c - events out of a PostgreSQL store: a query's filters as one
 * WHERE clause with bound values (store/where.c's, checked by the same
 * dyad_query_check), and the rows of merged events or stored reports as
 * records for the writers of format/, in the order and shape of
 * store/query.c. Rows are read from a cursor DY_PG_FETCH at a time in
 * one read-only snapshot, so an export's memory does not grow with the
 * store and its counts agree with its rows.
 */
#include "store/pg/pg.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* -------------------------------------------------------------- where */

static void q_text(dy_pgq *q, const char *s, int upper)
{
    int i = q->p.n < DY_PG_PARAMS ? q->p.n : DY_PG_PARAMS - 1;
    size_t k = 0;
    for (; s[k] && k + 1 < sizeof q->s[i]; k++)
        q->s[i][k] = upper ? (char)toupper((unsigned char)s[k]) : s[k];
    q->s[i][k] = '\0';
    dy_pgp_text(&q->p, q->s[i]);
    dy_buf_printf(&q->sql, "$%d", q->p.n);
}

void dy_pgq_int(dy_pgq *q, long long v)
{
    dy_pgp_int(&q->p, v);
    dy_buf_printf(&q->sql, "$%d", q->p.n);
}

static void q_real(dy_pgq *q, double v)
{
    dy_pgp_real(&q->p, v);
    dy_buf_printf(&q->sql, "$%d::float8", q->p.n);
}

/* column starts with code prefix p: a range an index serves */
static void q_prefix(dy_pgq *q, const char *column, const char *p)
{
    char hi[256];
    dy_buf_printf(&q->sql, "(%s >= ", column);
    q_text(q, p, 1);
    dy_buf_printf(&q->sql, " AND %s < ", column);
    snprintf(hi, sizeof hi, "%.250s~", q->s[q->p.n - 1]);
    q_text(q, hi, 0);
    dy_buf_puts(&q->sql, ")");
}

static void where_dates_actors(dy_pgq *q, const dyad_query *f)
{
    long day;
    if (f->from && !dy_store_day(f->from, &day)) {
        dy_buf_puts(&q->sql, " AND e.day >= ");
        dy_pgq_int(q, day);
    }
    if (f->to && !dy_store_day(f->to, &day)) {
        if (strlen(f->to) == 7)
            day = dy_store_next_period(day, DYAD_PERIOD_MONTH) - 1;
        dy_buf_puts(&q->sql, " AND e.day <= ");
        dy_pgq_int(q, day);
    }
    if (f->actor && f->actor[0]) {
        dy_buf_puts(&q->sql, " AND (");
        q_prefix(q, "e.source_code", f->actor);
        dy_buf_puts(&q->sql, " OR ");
        q_prefix(q, "e.target_code", f->actor);
        dy_buf_puts(&q->sql, ")");
    }
    if (f->dyad_source && f->dyad_source[0]) {
        dy_buf_puts(&q->sql, " AND ((");
        q_prefix(q, "e.source_code", f->dyad_source);
        dy_buf_puts(&q->sql, " AND ");
        q_prefix(q, "e.target_code", f->dyad_target);
        dy_buf_puts(&q->sql, ")");
        if (!f->directed) {
            dy_buf_puts(&q->sql, " OR (");
            q_prefix(q, "e.source_code", f->dyad_target);
            dy_buf_puts(&q->sql, " AND ");
            q_prefix(q, "e.target_code", f->dyad_source);
            dy_buf_puts(&q->sql, ")");
        }
        dy_buf_puts(&q->sql, ")");
    }
}

/* --place: the name in any case, the same GeoNames id, or the same point */
static void where_place(dy_pgq *q, const dyad_query *f)
{
    dy_buf_puts(&q->sql, " AND (lower(e.location) = lower(");
    q_text(q, f->place, 0);
    dy_buf_puts(&q->sql, ")");
    for (size_t i = 0; f->places && i < f->place_count; i++) {
        const dyad_place_ref *p = &f->places[i];
        if (p->geonameid > 0) {
            dy_buf_puts(&q->sql, " OR e.geonameid = ");
            dy_pgq_int(q, p->geonameid);
        }
        if (p->lat == 0 && p->lon == 0)
            continue;
        dy_buf_puts(&q->sql, " OR (e.country = ");
        q_text(q, p->country, 1);
        dy_buf_puts(&q->sql, " AND e.lat BETWEEN ");
        q_real(q, p->lat - 0.001);
        dy_buf_puts(&q->sql, " AND ");
        q_real(q, p->lat + 0.001);
        dy_buf_puts(&q->sql, " AND e.lon BETWEEN ");
        q_real(q, p->lon - 0.001);
        dy_buf_puts(&q->sql, " AND ");
        q_real(q, p->lon + 0.001);
        dy_buf_puts(&q->sql, ")");
    }
    dy_buf_puts(&q->sql, ")");
}

static void where_bbox(dy_pgq *q, const double *b)
{
    dy_buf_puts(&q->sql, " AND e.loose = 0 AND e.lat BETWEEN ");
    q_real(q, b[1]);
    dy_buf_puts(&q->sql, " AND ");
    q_real(q, b[3]);
    dy_buf_puts(&q->sql, b[0] <= b[2] ? " AND e.lon BETWEEN " : " AND (e.lon >= ");
    q_real(q, b[0]);
    dy_buf_puts(&q->sql, b[0] <= b[2] ? " AND " : " OR e.lon <= ");
    q_real(q, b[2]);
    if (b[0] > b[2])
        dy_buf_puts(&q->sql, ")");
}

static void where_rest(dy_pgq *q, const dyad_query *f, unsigned mask)
{
    if (f->cameo && f->cameo[0]) {
        dy_buf_puts(&q->sql, " AND ");
        q_prefix(q, "e.cameo", f->cameo);
    }
    if (f->quad_class) {
        dy_buf_puts(&q->sql, " AND e.quad_class = ");
        dy_pgq_int(q, f->quad_class);
    }
    if (f->plover && f->plover[0]) {
        dy_buf_puts(&q->sql, " AND e.plover_type = ");
        q_text(q, f->plover, 1);
    }
    if (mask) {
        dy_buf_puts(&q->sql, " AND (e.status_mask & ");
        dy_pgq_int(q, mask);
        dy_buf_puts(&q->sql, "::integer) <> 0");
    }
    if (f->country && f->country[0]) {
        dy_buf_puts(&q->sql, " AND e.country = ");
        q_text(q, f->country, 1);
    }
    if (f->place && f->place[0])
        where_place(q, f);
    if (f->has_bbox)
        where_bbox(q, f->bbox);
    if (f->publisher && f->publisher[0]) {
        dy_buf_puts(&q->sql, " AND EXISTS (SELECT 1 FROM mentions mp WHERE "
                             "mp.event_id = e.id AND lower(mp.publisher) = "
                             "lower(");
        q_text(q, f->publisher, 0);
        dy_buf_puts(&q->sql, "))");
    }
    if (f->min_mentions > 1) {
        dy_buf_puts(&q->sql, " AND e.num_mentions >= ");
        dy_pgq_int(q, (long long)f->min_mentions);
    }
    if (f->text && f->text[0]) {
        /* every word, as FTS5's quoted words: PostgreSQL's 'simple'
         * configuration (lower case, no stemming) */
        dy_buf_puts(&q->sql, " AND EXISTS (SELECT 1 FROM mentions mt WHERE "
                             "mt.event_id = e.id AND mt.sentence_id IN "
                             "(SELECT id FROM sentences WHERE "
                             "to_tsvector('simple', text) @@ "
                             "plainto_tsquery('simple', ");
        q_text(q, f->text, 0);
        dy_buf_puts(&q->sql, ")))");
    }
}

int dy_pgq_where(dy_pgq *q, const dyad_query *f, int any_status,
                 dyad_error *err)
{
    static const dyad_query none = DYAD_QUERY_INIT;
    if (!f)
        f = &none;
    unsigned mask = 0;
    int rc = dyad_query_check(f, err);
    if (!rc)
        rc = dy_store_status_mask(f->status, &mask, err);
    if (rc)
        return rc;
    dy_buf_puts(&q->sql, " WHERE true");
    where_dates_actors(q, f);
    where_rest(q, f, any_status ? 0 : mask);
    if (q->p.bad || q->sql.failed)
        return dy_error_set(err, DYAD_ENOMEM, NULL, 0, 0, -1,
                            "query too large");
    return 0;
}

dy_pgq *dy_pgq_new(dyad_error *err)
{
    dy_pgq *q = dy_malloc(NULL, sizeof *q);
    if (!q) {
        dy_error_set(err, DYAD_ENOMEM, NULL, 0, 0, -1, "out of memory");
        return NULL;
    }
    dy_buf_init(&q->sql, NULL);
    dy_pgp_init(&q->p);
    return q;
}

void dy_pgq_free(dy_pgq *q)
{
    if (q)
        dy_buf_free(&q->sql);
    dy_free(NULL, q);
}

/* ------------------------------------------------------------ records */

/* the rows of rules.h */
static const char *const event_select = DY_EVENT_SELECT("::int", DY_DOC_IS);
static const char *const report_select = DY_REPORT_SELECT(DY_DOC_IS);

static const char *txt(const PGresult *r, int row, int c)
{
    return dy_pg_text(r, row, c);
}

static const char *txt_or_empty(const PGresult *r, int row, int c)
{
    const char *t = dy_pg_text(r, row, c);
    return t ? t : "";
}

/* the reports of event rec->id into rec->mentions (query.c's
 * event_mentions); *men holds their strings until the record is written */
static int event_mentions(dy_pg *pg, dy_vec *out, PGresult **men,
                          dy_record *rec, dyad_error *err)
{
    dy_pgp p;
    dy_pgp_init(&p);
    dy_pgp_int(&p, rec->id);
    PQclear(*men);
    out->count = 0;
    if (!(*men = dy_pg_run(pg, DY_PGS_MEN_OF_EVENT, &p)))
        return dy_pg_fail(pg, err, "cannot read mentions");
    const PGresult *m = *men;
    for (int i = 0; i < PQntuples(m); i++) {
        dy_rec_mention *o = dy_vec_push(out);
        if (!o)
            return dy_error_set(err, DYAD_ENOMEM, NULL, 0, 0, -1,
                                "out of memory");
        o->doc_id = txt_or_empty(m, i, 0);
        o->sentence = (long)dy_pg_int(m, i, 1, 0);
        o->text = txt(m, i, 2);
        o->status = txt_or_empty(m, i, 3);
        o->date = txt(m, i, 4);
        o->publisher = txt_or_empty(m, i, 5);
        o->has_span = !PQgetisnull(m, i, 6) && !PQgetisnull(m, i, 7);
        o->span.start = (size_t)dy_pg_int(m, i, 6, 0);
        o->span.len = (size_t)dy_pg_int(m, i, 7, 0);
    }
    static const dy_rec_mention none;
    rec->mentions = out->count ? dy_vec_at(out, 0) : &none;
    rec->mention_count = out->count;
    return 0;
}

/* ------------------------------------------------------------- writing */

#define FLUSH_BYTES 65536

typedef struct row_out {
    dyad_format fmt;
    dy_rec_kind kind;
    int lazy;
    dyad_sink_fn sink;
    void *ctx;
    dyad_omitted *omitted;
} row_out;

static int flush(dy_buf *b, const row_out *o, dyad_error *err)
{
    int rc = 0;
    if (b->failed)
        rc = dy_error_set(err, DYAD_ENOMEM, NULL, 0, 0, -1, "out of memory");
    else if (b->len && o->sink(o->ctx, b->data, b->len))
        rc = dy_error_set(err, DYAD_EIO, NULL, 0, 0, -1,
                          "cannot write output");
    b->len = 0;
    return rc;
}

/* the rows of one fetch as records; *rows counts them all */
static int write_batch(dy_pg *pg, const PGresult *r, const row_out *o,
                       dy_buf *b, size_t *written, int *rows,
                       dyad_error *err)
{
    int mentions = o->kind == DY_REC_EVENT && (o->fmt == DYAD_FORMAT_JSONL ||
                                               o->fmt == DYAD_FORMAT_ACLED);
    dy_vec men;
    dy_vec_init(&men, sizeof(dy_rec_mention), NULL);
    PGresult *mres = NULL;
    int rc = 0;
    for (int i = 0; !rc && i < PQntuples(r); i++) {
        dy_record rec;
        dy_row row;
        dy_pg_row(&row, r, i);
        if (o->lazy && !(*rows)++)
            dy_format_header(b, o->fmt, o->kind);
        if (o->kind == DY_REC_EVENT)
            dy_row_event(&rec, &row);
        else
            dy_row_report(&rec, &row);
        int why = dy_format_omits(o->fmt, &rec);
        if (why >= 0) {
            if (o->omitted)
                o->omitted->count[why]++;
            continue;
        }
        if (mentions && (rc = event_mentions(pg, &men, &mres, &rec, err)))
            break;
        rec.seq = (*written)++;
        dy_format_record(b, o->fmt, &rec);
        if (b->len > FLUSH_BYTES || b->failed)
            rc = flush(b, o, err);
    }
    PQclear(mres);
    dy_vec_free(&men);
    return rc;
}

/* Writes every row of the query q (SELECT ...) through a cursor, in one
 * read-only snapshot; header, rows, footer as query.c's write_rows. */
static int write_rows(dy_pg *pg, const dy_pgq *q, const row_out *o,
                      dyad_error *err)
{
    dy_buf b, decl;
    dy_buf_init(&b, NULL);
    dy_buf_init(&decl, NULL);
    dy_buf_puts(&decl, "DECLARE dy_rows NO SCROLL CURSOR FOR ");
    dy_buf_put(&decl, q->sql.data, q->sql.len);
    dy_buf_put(&decl, "", 1);
    size_t written = 0;
    int rows = 0, rc = 0;
    int lazy = o->lazy && o->fmt != DYAD_FORMAT_GEOJSON;
    row_out lo = *o;
    lo.lazy = lazy;
    PGresult *r = decl.failed ? NULL : dy_pg_query(pg, decl.data, &q->p);
    if (!r) {
        rc = dy_pg_fail(pg, err, "cannot query events");
        goto done;
    }
    PQclear(r);
    if (!lazy)
        dy_format_header(&b, o->fmt, o->kind);
    for (;;) {
        char fetch[64];
        snprintf(fetch, sizeof fetch, "FETCH %d FROM dy_rows", DY_PG_FETCH);
        if (!(r = dy_pg_query(pg, fetch, NULL))) {
            rc = dy_pg_fail(pg, err, "cannot read events");
            goto done;
        }
        int n = PQntuples(r);
        rc = write_batch(pg, r, &lo, &b, &written, &rows, err);
        PQclear(r);
        if (rc || n < DY_PG_FETCH)
            break;
    }
    if (!rc && (!lazy || rows))
        dy_format_footer(&b, o->fmt);
    if (!rc)
        rc = flush(&b, o, err);
    if (!rc && o->omitted)
        o->omitted->written = (long long)written;
done:
    dy_buf_free(&b);
    dy_buf_free(&decl);
    return rc;
}

int dy_pg_count_status_omitted(dy_pg *pg, const dyad_query *f,
                                dyad_omitted *omitted, dyad_error *err)
{
    unsigned mask;
    int rc = dy_store_status_mask(f ? f->status : NULL, &mask, err);
    if (rc || !mask)
        return rc;
    dy_pgq *q = dy_pgq_new(err);
    if (!q)
        return DYAD_ENOMEM;
    dy_buf_puts(&q->sql, "SELECT e.status, count(*) FROM events e");
    rc = dy_pgq_where(q, f, 1, err);
    if (!rc) {
        dy_buf_puts(&q->sql, " AND (e.status_mask & ");
        dy_pgq_int(q, mask);
        dy_buf_puts(&q->sql, "::integer) = 0 GROUP BY 1");
        PGresult *r = q->sql.failed ? NULL : dy_pg_query(pg, q->sql.data, &q->p);
        if (!r)
            rc = dy_pg_fail(pg, err, "cannot count events");
        for (int i = 0; r && i < PQntuples(r) && i <= DY_STATUS_COUNT; i++) {
            unsigned bit = dy_store_status_bit(txt(r, i, 0));
            for (int k = 0; k < DY_STATUS_COUNT; k++)
                if (bit == 1u << k)
                    omitted->count[k] += dy_pg_int(r, i, 1, 0);
        }
        PQclear(r);
    }
    dy_pgq_free(q);
    return rc;
}

/* a snapshot for a read: its rows and counts agree */
int dy_pg_snapshot(dy_pg *pg, dyad_error *err)
{
    if (dy_pg_exec(pg, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"))
        return dy_pg_fail(pg, err, "cannot begin");
    return 0;
}

int dy_pg_end_snapshot(dy_pg *pg, int rc)
{
    dy_pg_exec(pg, rc ? "ROLLBACK" : "COMMIT");
    return rc;
}

int dy_pg_export(dy_pg *pg, const dyad_query *f, dyad_format fmt,
                 dyad_sink_fn sink, void *ctx, dyad_omitted *omitted,
                 dyad_error *err)
{
    dy_pgq *q = dy_pgq_new(err);
    if (!q)
        return DYAD_ENOMEM;
    int mentions = fmt == DYAD_FORMAT_GDELT_MENTIONS;
    if (mentions) {
        dy_buf_puts(&q->sql, report_select);
        dy_buf_puts(&q->sql, " WHERE m.event_id IN (SELECT e.id FROM "
                             "events e");
    } else {
        dy_buf_puts(&q->sql, event_select);
    }
    int rc = dy_pgq_where(q, f, 0, err);
    if (!rc) {
        if (fmt == DYAD_FORMAT_GDELT || mentions)
            dy_buf_puts(&q->sql, " ORDER BY e.id");
        else
            dy_buf_puts(&q->sql, " ORDER BY e.day IS NULL, e.day, e.id");
        dy_buf_puts(&q->sql, " LIMIT ");
        if (f && f->limit)
            dy_pgq_int(q, (long long)f->limit);
        else
            dy_buf_puts(&q->sql, "ALL");
        if (mentions)
            dy_buf_puts(&q->sql, ") ORDER BY m.event_id, m.id");
        if (q->p.bad || q->sql.failed)
            rc = dy_error_set(err, DYAD_ENOMEM, NULL, 0, 0, -1,
                              "query too large");
    }
    if (!rc && !(rc = dy_pg_snapshot(pg, err))) {
        if (omitted)
            rc = dy_pg_count_status_omitted(pg, f, omitted, err);
        row_out o = {fmt, mentions ? DY_REC_REPORT : DY_REC_EVENT, 0, sink,
                     ctx, omitted};
        if (!rc)
            rc = write_rows(pg, q, &o, err);
        dy_pg_end_snapshot(pg, rc);
    }
    dy_pgq_free(q);
    return rc;
}

int dy_pg_write(dy_pg *pg, dyad_format fmt, size_t limit, dyad_sink_fn sink,
                void *ctx, dyad_error *err)
{
    dy_pgq *q = dy_pgq_new(err);
    if (!q)
        return DYAD_ENOMEM;
    dy_buf_puts(&q->sql, report_select);
    dy_buf_puts(&q->sql, " ORDER BY m.id LIMIT ");
    if (limit)
        dy_pgq_int(q, (long long)limit);
    else
        dy_buf_puts(&q->sql, "ALL");
    int rc = q->sql.failed ? dy_error_set(err, DYAD_ENOMEM, NULL, 0, 0, -1,
                                          "out of memory")
                           : dy_pg_snapshot(pg, err);
    if (!rc) {
        row_out o = {fmt, DY_REC_REPORT, 1, sink, ctx, NULL};
        rc = dy_pg_end_snapshot(pg, write_rows(pg, q, &o, err));
    }
    dy_pgq_free(q);
    return rc;
}
