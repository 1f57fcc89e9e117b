/*
 * query.c - events out of the store: the filters of dyad_query as SQL
 * with bound values, and the rows of stored reports (`dyad show`) and
 * merged events (`dyad query`, `dyad export`) as records for the writers
 * of format/, in any format.
 */
#include "store/store.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

/* ------------------------------------------------------------ queries */

static dy_qbind *qb_next(dy_qbuild *qb)
{
    if (qb->n >= QUERY_MAX_BINDS) {
        qb->bad = 1;
        return &qb->binds[QUERY_MAX_BINDS - 1];
    }
    dy_qbind *b = &qb->binds[qb->n++];
    memset(b, 0, sizeof *b);
    return b;
}

static void qb_text(dy_qbuild *qb, const char *s, int upper)
{
    dy_qbind *b = qb_next(qb);
    size_t i = 0;
    for (; s[i] && i + 1 < sizeof b->s; i++)
        b->s[i] = upper ? (char)toupper((unsigned char)s[i]) : s[i];
    b->s[i] = '\0';
}

void dy_qb_int(dy_qbuild *qb, sqlite3_int64 v)
{
    dy_qbind *b = qb_next(qb);
    b->is_int = 1;
    b->i = v;
}

/* `column` starts with code prefix p: a range, so indexes serve it */
static void qb_prefix(dy_qbuild *qb, const char *column, const char *p)
{
    dy_buf_printf(&qb->sql, "(%s >= ? AND %s < ?)", column, column);
    qb_text(qb, p, 1);
    dy_qbind *hi = qb_next(qb);
    snprintf(hi->s, sizeof hi->s, "%.250s~", qb->binds[qb->n - 2].s);
}

/* the FTS5 expression for plain words: each word quoted, all required */
static void qb_fts(dy_qbuild *qb, const char *text)
{
    dy_qbind *b = qb_next(qb);
    size_t n = 0;
    const char *p = text;
    for (int words = 0; *p && words < 32; words++) {
        while (*p == ' ' || *p == '\t')
            p++;
        if (!*p)
            break;
        if (n + 4 >= sizeof b->s)
            break;
        if (n)
            b->s[n++] = ' ';
        b->s[n++] = '"';
        for (; *p && *p != ' ' && *p != '\t' && n + 3 < sizeof b->s; p++) {
            if (*p == '"')
                b->s[n++] = '"';
            b->s[n++] = *p;
        }
        b->s[n++] = '"';
    }
    b->s[n] = '\0';
}

int dy_store_where(dy_qbuild *qb, const dyad_query *q, dyad_error *err)
{
    dy_buf *w = &qb->sql;
    dy_buf_puts(w, " WHERE 1");
    if (!q)
        return 0;
    long day;
    if (q->from) {
        if (dy_store_day(q->from, &day))
            return dy_error_set(err, DYAD_EINVAL, NULL, 0, 0, -1,
                                "bad date '%s' (YYYY-MM-DD)", q->from);
        dy_buf_puts(w, " AND e.day >= ?");
        dy_qb_int(qb, day);
    }
    if (q->to) {
        if (dy_store_day(q->to, &day))
            return dy_error_set(err, DYAD_EINVAL, NULL, 0, 0, -1,
                                "bad date '%s' (YYYY-MM-DD)", q->to);
        if (strlen(q->to) == 7) /* a month: up to its last day */
            day = dy_store_next_period(day, DYAD_PERIOD_MONTH) - 1;
        dy_buf_puts(w, " AND e.day <= ?");
        dy_qb_int(qb, day);
    }
    if (q->actor && q->actor[0]) {
        dy_buf_puts(w, " AND (");
        qb_prefix(qb, "e.source_code", q->actor);
        dy_buf_puts(w, " OR ");
        qb_prefix(qb, "e.target_code", q->actor);
        dy_buf_puts(w, ")");
    }
    if ((q->dyad_source && q->dyad_source[0]) ||
        (q->dyad_target && q->dyad_target[0])) {
        if (!q->dyad_source || !q->dyad_target || !q->dyad_source[0] ||
            !q->dyad_target[0])
            return dy_error_set(err, DYAD_EINVAL, NULL, 0, 0, -1,
                                "a dyad needs two actors (A,B)");
        dy_buf_puts(w, " AND ((");
        qb_prefix(qb, "e.source_code", q->dyad_source);
        dy_buf_puts(w, " AND ");
        qb_prefix(qb, "e.target_code", q->dyad_target);
        dy_buf_puts(w, ")");
        if (!q->directed) {
            dy_buf_puts(w, " OR (");
            qb_prefix(qb, "e.source_code", q->dyad_target);
            dy_buf_puts(w, " AND ");
            qb_prefix(qb, "e.target_code", q->dyad_source);
            dy_buf_puts(w, ")");
        }
        dy_buf_puts(w, ")");
    }
    if (q->cameo && q->cameo[0]) {
        dy_buf_puts(w, " AND ");
        qb_prefix(qb, "e.cameo", q->cameo);
    }
    if (q->quad_class) {
        if (q->quad_class < 1 || q->quad_class > 4)
            return dy_error_set(err, DYAD_EINVAL, NULL, 0, 0, -1,
                                "QuadClass must be 1 to 4");
        dy_buf_puts(w, " AND e.quad_class = ?");
        dy_qb_int(qb, q->quad_class);
    }
    if (q->plover && q->plover[0]) {
        dy_buf_puts(w, " AND e.plover_type = ?");
        qb_text(qb, q->plover, 1);
    }
    if (q->status && q->status[0]) {
        dy_buf_puts(w, " AND EXISTS (SELECT 1 FROM mentions ms WHERE "
                       "ms.event_id = e.id AND ms.status = ?)");
        qb_text(qb, q->status, 0);
    }
    if (q->country && q->country[0]) {
        dy_buf_puts(w, " AND e.country = ?");
        qb_text(qb, q->country, 1);
    }
    if (q->place && q->place[0]) {
        dy_buf_puts(w, " AND e.location = ? COLLATE NOCASE");
        qb_text(qb, q->place, 0);
    }
    if (q->text && q->text[0]) {
        dy_buf_puts(w, " AND EXISTS (SELECT 1 FROM mentions mt WHERE "
                       "mt.event_id = e.id AND mt.sentence_id IN (SELECT rowid "
                       "FROM sentences_fts WHERE sentences_fts MATCH ?))");
        qb_fts(qb, q->text);
    }
    if (qb->bad || w->failed)
        return dy_error_set(err, DYAD_ENOMEM, NULL, 0, 0, -1,
                            "query too large");
    return 0;
}

int dy_store_prepare_query(dyad_store *st, dy_qbuild *qb, sqlite3_stmt **out,
                           dyad_error *err)
{
    if (qb->sql.failed)
        return dy_error_set(err, DYAD_ENOMEM, NULL, 0, 0, -1, "out of memory");
    if (sqlite3_prepare_v2(st->db, qb->sql.data, (int)qb->sql.len, out,
                           NULL) != SQLITE_OK)
        return dy_store_fail(st, err, "cannot prepare query");
    for (int i = 0; i < qb->n; i++) {
        if (qb->binds[i].is_int)
            sqlite3_bind_int64(*out, i + 1, qb->binds[i].i);
        else
            sqlite3_bind_text(*out, i + 1, qb->binds[i].s, -1,
                              SQLITE_TRANSIENT);
    }
    return 0;
}

/* ------------------------------------------------------------ records */

#define FLUSH_BYTES 65536 /* output handed to the sink in pieces this big */

/* The columns a stored event's row and a stored report's row share, in
 * this order at the start of both selects (K_*), then each one's own. */
enum {
    K_DOC, K_URL, K_SENT, K_STEXT, K_SSTART, K_SLEN, K_DATE, K_SRC,
    K_SRCTEXT, K_TGT, K_TGTTEXT, K_CAMEO, K_PTYPE, K_PMODE, K_GOLD, K_QUAD,
    K_STATUS, K_LOC, K_COUNTRY, K_LOOSE, K_KILLED, K_INJURED, K_END
};
enum {
    C_ID = K_END, C_ADMIN1, C_PREC, C_LAT, C_LON, C_GEOID, C_NMEN, C_NSRC,
    C_NART, C_ADDED
};
enum { R_TRIGGER = K_END, R_TSTART };

/* a merged event: its first report's document and sentence */
const char *const dy_store_event_select =
    "SELECT e.first_doc, d.url, e.first_sentence, s.text, s.start, s.len,"
    " e.date, e.source_code, e.source_name, e.target_code, e.target_name,"
    " e.cameo, e.plover_type, e.plover_mode, e.goldstein, e.quad_class,"
    " e.status, e.location, e.country, e.loose, e.killed, e.injured,"
    " e.id, e.admin1, e.precision, e.lat, e.lon, e.geonameid,"
    " e.num_mentions, e.num_sources, e.num_articles, e.added_at"
    " FROM events e LEFT JOIN documents d ON d.id = e.first_doc"
    " LEFT JOIN sentences s ON s.id = e.first_sentence_id";

/* a report: the mention's words, place and counts, its event's codes */
static const char *const report_select =
    "SELECT m.doc_id, d.url, m.sentence, s.text, s.start, s.len,"
    " m.date, e.source_code, m.source_text, e.target_code, m.target_text,"
    " e.cameo, e.plover_type, e.plover_mode, e.goldstein, e.quad_class,"
    " m.status, m.location, m.country, m.loose, m.killed, m.injured,"
    " m.trigger_text, m.trigger_start"
    " FROM mentions m JOIN events e ON e.id = m.event_id"
    " LEFT JOIN sentences s ON s.id = m.sentence_id"
    " LEFT JOIN documents d ON d.id = m.doc_id"
    " ORDER BY m.id LIMIT ?";

static int is_null(sqlite3_stmt *s, int c)
{
    return sqlite3_column_type(s, c) == SQLITE_NULL;
}

static long long int_or(sqlite3_stmt *s, int c, long long none)
{
    return is_null(s, c) ? none : (long long)sqlite3_column_int64(s, c);
}

/* a code column: NULL for '' (no target) */
static const char *code_col(sqlite3_stmt *s, int c)
{
    const char *t = col_or_null(s, c);
    return t && t[0] ? t : NULL;
}

/* The fields of the K_* columns, into a record of a kind: document,
 * sentence, date, actors, codes, status, place and counts. */
static void row_record(dy_record *r, dy_rec_kind kind, sqlite3_stmt *s)
{
    dy_record_init(r, kind);
    r->doc_id = col(s, K_DOC);
    r->url = col_or_null(s, K_URL);
    r->sentence = (long)sqlite3_column_int64(s, K_SENT);
    r->sentence_text = col_or_null(s, K_STEXT);
    r->sentence_len = r->sentence_text ? strlen(r->sentence_text) : 0;
    r->has_sentence_span = !is_null(s, K_SSTART) && !is_null(s, K_SLEN);
    r->sentence_span.start = (size_t)int_or(s, K_SSTART, 0);
    r->sentence_span.len = (size_t)int_or(s, K_SLEN, 0);
    r->date = col_or_null(s, K_DATE);
    r->date_precision = r->date ? "day" : NULL;
    r->source.code = code_col(s, K_SRC);
    r->source.text = col_or_null(s, K_SRCTEXT);
    r->target.code = code_col(s, K_TGT);
    r->target.text = col_or_null(s, K_TGTTEXT);
    r->cameo = col(s, K_CAMEO);
    r->plover_type = col_or_null(s, K_PTYPE);
    r->plover_mode = col_or_null(s, K_PMODE);
    r->goldstein = sqlite3_column_double(s, K_GOLD);
    r->quad_class = sqlite3_column_int(s, K_QUAD);
    r->status = col(s, K_STATUS);
    if (!is_null(s, K_LOC)) {
        r->place.name = col(s, K_LOC);
        r->place.country = col_or_null(s, K_COUNTRY);
        r->place.loose = sqlite3_column_int(s, K_LOOSE);
        r->location = &r->place;
    }
    r->killed.value = (long)int_or(s, K_KILLED, -1);
    r->injured.value = (long)int_or(s, K_INJURED, -1);
}

/* A merged event's row as a record: what the events table keeps (the
 * first report's document and sentence, the merged place and counts). */
void dy_store_event_record(dy_record *r, sqlite3_stmt *s)
{
    row_record(r, DY_REC_EVENT, s);
    r->has = DY_HAS_STORE;
    r->id = (long long)sqlite3_column_int64(s, C_ID);
    if (r->location) {
        r->place.admin1 = col_or_null(s, C_ADMIN1);
        r->place.precision = col_or_null(s, C_PREC);
        r->place.lat = sqlite3_column_double(s, C_LAT);
        r->place.lon = sqlite3_column_double(s, C_LON);
        r->place.geonameid = (long)int_or(s, C_GEOID, 0);
    }
    r->num_mentions = (long long)sqlite3_column_int64(s, C_NMEN);
    r->num_sources = (long long)sqlite3_column_int64(s, C_NSRC);
    r->num_articles = (long long)sqlite3_column_int64(s, C_NART);
    r->added_at = col(s, C_ADDED);
}

/* A stored report's row as a record: the mention's own words, status,
 * place and counts, with its event's codes, and its trigger. */
static void report_record(dy_record *r, sqlite3_stmt *s)
{
    row_record(r, DY_REC_REPORT, s);
    r->trigger_text = col_or_null(s, R_TRIGGER);
    r->trigger_len = r->trigger_text ? strlen(r->trigger_text) : 0;
    r->trigger_start = (long)int_or(s, R_TSTART, -1);
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

/* Writes every row of s (prepared and bound) as a record of `kind` in fmt:
 * the header (with the first row only when `lazy`: show has never
 * printed one for an empty store), then the rows in pieces of
 * FLUSH_BYTES. */
static int write_rows(dyad_store *st, sqlite3_stmt *s, dy_rec_kind kind,
                      dyad_format fmt, int lazy, dyad_sink_fn sink,
                      void *ctx, dyad_error *err)
{
    mention_list ml;
    dy_buf b;
    dy_record rec;
    int rc = 0, step, rows = 0;
    dy_buf_init(&b, NULL);
    dy_buf_init(&ml.pool, NULL);
    dy_vec_init(&ml.refs, sizeof(men_ref), NULL);
    dy_vec_init(&ml.out, sizeof(dy_rec_mention), NULL);
    if (!lazy)
        dy_format_header(&b, fmt, kind);
    while ((step = sqlite3_step(s)) == SQLITE_ROW) {
        if (lazy && !rows)
            dy_format_header(&b, fmt, kind);
        rows++;
        if (kind == DY_REC_EVENT)
            dy_store_event_record(&rec, s);
        else
            report_record(&rec, s);
        if (fmt == DYAD_FORMAT_JSONL && kind == DY_REC_EVENT &&
            (rc = event_mentions(st, &ml, &rec, err)))
            goto done;
        dy_format_record(&b, fmt, &rec);
        if ((b.len > FLUSH_BYTES || b.failed) &&
            (rc = flush(&b, sink, ctx, err)))
            goto done;
    }
    if (step != SQLITE_DONE) {
        rc = dy_store_fail(st, err, "cannot read events");
        goto done;
    }
    rc = flush(&b, sink, ctx, err);
done:
    dy_buf_free(&b);
    dy_buf_free(&ml.pool);
    dy_vec_free(&ml.refs);
    dy_vec_free(&ml.out);
    return rc;
}

/* DYAD_EINVAL unless fmt writes events */
static int check_format(dyad_format fmt, dyad_error *err)
{
    if (dy_format_writes_events(fmt))
        return 0;
    return dy_error_set(err, DYAD_EINVAL, NULL, 0, 0, -1,
                        "events are written as jsonl, tsv, table, events, "
                        "csv or gdelt");
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
    sqlite3_stmt *s = NULL;
    if (sqlite3_prepare_v2(st->db, report_select, -1, &s, NULL) != SQLITE_OK)
        return dy_store_fail(st, err, "cannot query events");
    sqlite3_bind_int64(s, 1, limit ? (sqlite3_int64)limit : -1);
    rc = write_rows(st, s, DY_REC_REPORT, fmt, 1, sink, ctx, err);
    sqlite3_finalize(s);
    return rc;
}

int dyad_store_query(dyad_store *st, const dyad_query *q, dyad_format fmt,
                     dyad_sink_fn sink, void *ctx, dyad_error *err)
{
    if (!st || !sink)
        return dy_error_set(err, DYAD_EINVAL, NULL, 0, 0, -1,
                            "dyad_store_query: NULL argument");
    int rc = check_format(fmt, err);
    if (rc)
        return rc;
    dy_qbuild qb;
    memset(&qb, 0, sizeof qb);
    dy_buf_init(&qb.sql, NULL);
    sqlite3_stmt *s = NULL;
    dy_buf_puts(&qb.sql, dy_store_event_select);
    rc = dy_store_where(&qb, q, err);
    if (rc)
        goto done;
    if (fmt == DYAD_FORMAT_GDELT)
        dy_buf_puts(&qb.sql, " ORDER BY e.id");
    else
        dy_buf_puts(&qb.sql, " ORDER BY e.day IS NULL, e.day, e.id");
    dy_buf_puts(&qb.sql, " LIMIT ?");
    dy_qb_int(&qb, q && q->limit ? (sqlite3_int64)q->limit : -1);
    rc = dy_store_prepare_query(st, &qb, &s, err);
    if (rc)
        goto done;
    rc = write_rows(st, s, DY_REC_EVENT, fmt, 0, sink, ctx, err);
done:
    sqlite3_finalize(s);
    dy_buf_free(&qb.sql);
    return rc;
}
