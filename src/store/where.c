/*
 * where.c - a query's filters (dyad_query): every value checked first
 * (dyad_query_check: a bad one is DYAD_EINVAL naming it, which the CLI
 * turns into a usage error), then written as one WHERE clause over
 * events `e` with bound values, which query.c, stats.c and the plots
 * share (docs/store.md, "dyad query").
 */
#include "store/db.h"

#include <ctype.h>
#include <stdio.h>
#include <math.h>
#include <string.h>

/* the PLOVER types of the CAMEO-PLOVER crosswalk (data/cameo.tsv) */
static const char *const plover_types[] = {
    "ACCUSE",  "AGREE",    "AID",     "ASSAULT",  "COERCE",   "CONCEDE",
    "CONSULT", "COOPERATE", "MOBILIZE", "PROTEST", "REJECT",  "REQUEST",
    "RETREAT", "SANCTION", "SUPPORT", "THREATEN"};

/* ------------------------------------------------------------- checks */

/* DYAD_EINVAL: "<what> '<value>' (<hint>)" */
static int bad(dyad_error *err, const char *what, const char *value,
               const char *hint)
{
    return dy_error_set(err, DYAD_EINVAL, NULL, 0, 0, -1, "%s '%s' (%s)",
                        what, value, hint);
}

/* a CAMEO code or prefix: 2 to 4 digits, root 01 to 20 */
static int cameo_ok(const char *s)
{
    size_t n = strlen(s);
    for (size_t i = 0; i < n; i++)
        if (!isdigit((unsigned char)s[i]))
            return 0;
    int root = n >= 2 ? (s[0] - '0') * 10 + (s[1] - '0') : 0;
    return n >= 2 && n <= 4 && root >= 1 && root <= 20;
}

/* an actor code or prefix: letters and digits, at most 15 */
static int code_ok(const char *s)
{
    size_t n = strlen(s);
    for (size_t i = 0; i < n; i++)
        if (!isalnum((unsigned char)s[i]))
            return 0;
    return n >= 1 && n <= 15;
}

/* the date values: real days (or months), from not after to */
static int check_dates(const dyad_query *q, dyad_error *err)
{
    long from = 0, to = 0;
    if (q->from && dy_store_day(q->from, &from))
        return bad(err, "bad date", q->from, "YYYY-MM-DD or YYYY-MM");
    if (q->to && dy_store_day(q->to, &to))
        return bad(err, "bad date", q->to, "YYYY-MM-DD or YYYY-MM");
    if (q->to && strlen(q->to) == 7) /* a month: up to its last day */
        to = dy_store_next_period(to, DYAD_PERIOD_MONTH) - 1;
    if (q->from && q->to && from > to)
        return dy_error_set(err, DYAD_EINVAL, NULL, 0, 0, -1,
                            "the date range is empty: from '%s' is after "
                            "to '%s'",
                            q->from, q->to);
    return 0;
}

/* the codes: actor, dyad, CAMEO, PLOVER type, country */
static int check_codes(const dyad_query *q, dyad_error *err)
{
    if (q->actor && q->actor[0] && !code_ok(q->actor))
        return bad(err, "bad actor code", q->actor, "letters and digits");
    int ds = q->dyad_source && q->dyad_source[0];
    int dt = q->dyad_target && q->dyad_target[0];
    if (ds != dt)
        return dy_error_set(err, DYAD_EINVAL, NULL, 0, 0, -1,
                            "a dyad needs two actors (A,B)");
    if (ds && !code_ok(q->dyad_source))
        return bad(err, "bad actor code", q->dyad_source,
                   "letters and digits");
    if (dt && !code_ok(q->dyad_target))
        return bad(err, "bad actor code", q->dyad_target,
                   "letters and digits");
    if (q->cameo && q->cameo[0] && !cameo_ok(q->cameo))
        return bad(err, "bad CAMEO code", q->cameo,
                   "2 to 4 digits, root 01 to 20: 19, 190, 1951");
    if (q->plover && q->plover[0]) {
        char up[16];
        size_t n = 0;
        for (; q->plover[n] && n + 1 < sizeof up; n++)
            up[n] = (char)toupper((unsigned char)q->plover[n]);
        up[n] = '\0';
        int known = 0;
        for (size_t i = 0; i < sizeof plover_types / sizeof *plover_types;
             i++)
            known |= !q->plover[n] && strcmp(up, plover_types[i]) == 0;
        if (!known)
            return bad(err, "bad PLOVER type", q->plover,
                       "ACCUSE, AGREE, AID, ASSAULT, COERCE, CONCEDE, "
                       "CONSULT, COOPERATE, MOBILIZE, PROTEST, REJECT, "
                       "REQUEST, RETREAT, SANCTION, SUPPORT, THREATEN");
    }
    if (q->country && q->country[0] &&
        (strlen(q->country) != 3 || !isalpha((unsigned char)q->country[0]) ||
         !isalpha((unsigned char)q->country[1]) ||
         !isalpha((unsigned char)q->country[2])))
        return bad(err, "bad country", q->country,
                   "an ISO 3166-1 alpha-3 code: UKR, not UA");
    return 0;
}

int dyad_query_check(const dyad_query *q, dyad_error *err)
{
    if (!q)
        return 0;
    unsigned mask;
    int rc = check_dates(q, err);
    if (!rc)
        rc = check_codes(q, err);
    if (!rc)
        rc = dy_store_status_mask(q->status, &mask, err);
    if (rc)
        return rc;
    if (q->quad_class < 0 || q->quad_class > 4)
        return dy_error_set(err, DYAD_EINVAL, NULL, 0, 0, -1,
                            "QuadClass must be 1 to 4, not %d",
                            q->quad_class);
    const double *b = q->bbox;
    if (q->has_bbox && (!isfinite(b[0]) || !isfinite(b[1]) ||
                        !isfinite(b[2]) || !isfinite(b[3]) ||
                        b[0] < -180 || b[0] > 180 || b[2] < -180 ||
                        b[2] > 180 || b[1] < -90 || b[3] > 90 ||
                        b[1] >= b[3] || b[0] == b[2]))
        return dy_error_set(err, DYAD_EINVAL, NULL, 0, 0, -1,
                            "bad bounding box %g,%g,%g,%g (west,south,east,"
                            "north in degrees, south below north)",
                            b[0], b[1], b[2], b[3]);
    if (q->place_count > QUERY_MAX_PLACES)
        return dy_error_set(err, DYAD_EINVAL, NULL, 0, 0, -1,
                            "more than %d places for one name",
                            QUERY_MAX_PLACES);
    return 0;
}

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

static void qb_real(dy_qbuild *qb, double v)
{
    dy_qbind *b = qb_next(qb);
    b->is_real = 1;
    b->d = v;
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

/* the date range, the actors and the dyad */
static void where_dates_actors(dy_qbuild *qb, const dyad_query *q)
{
    dy_buf *w = &qb->sql;
    long day;
    if (q->from && !dy_store_day(q->from, &day)) {
        dy_buf_puts(w, " AND e.day >= ?");
        dy_qb_int(qb, day);
    }
    if (q->to && !dy_store_day(q->to, &day)) {
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
    if (q->dyad_source && q->dyad_source[0]) {
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
}

/* --place: the name as written, or (places) the same GeoNames id or the
 * same point of the same country, so every name of the place finds it */
static void where_place(dy_qbuild *qb, const dyad_query *q)
{
    dy_buf *w = &qb->sql;
    dy_buf_puts(w, " AND (e.location = ? COLLATE NOCASE");
    qb_text(qb, q->place, 0);
    for (size_t i = 0; q->places && i < q->place_count; i++) {
        const dyad_place_ref *p = &q->places[i];
        if (p->geonameid > 0) {
            dy_buf_puts(w, " OR e.geonameid = ?");
            dy_qb_int(qb, p->geonameid);
        }
        if (p->lat == 0 && p->lon == 0)
            continue;
        dy_buf_puts(w, " OR (e.country = ? AND e.lat BETWEEN ? AND ? AND"
                       " e.lon BETWEEN ? AND ?)");
        qb_text(qb, p->country, 1);
        qb_real(qb, p->lat - 0.001);
        qb_real(qb, p->lat + 0.001);
        qb_real(qb, p->lon - 0.001);
        qb_real(qb, p->lon + 0.001);
    }
    dy_buf_puts(w, ")");
}

/* the events' own point in the box (west > east: across 180 degrees) */
static void where_bbox(dy_qbuild *qb, const double *b)
{
    dy_buf *w = &qb->sql;
    dy_buf_puts(w, " AND e.loose = 0 AND e.lat BETWEEN ? AND ? AND ");
    qb_real(qb, b[1]);
    qb_real(qb, b[3]);
    dy_buf_puts(w, b[0] <= b[2] ? "e.lon BETWEEN ? AND ?"
                                : "(e.lon >= ? OR e.lon <= ?)");
    qb_real(qb, b[0]);
    qb_real(qb, b[2]);
}

/* the codes, the place, the reports (status, publisher, count, text) */
static void where_rest(dy_qbuild *qb, const dyad_query *q, unsigned mask)
{
    dy_buf *w = &qb->sql;
    if (q->cameo && q->cameo[0]) {
        /* the root too (its first two digits, dyad_query_check): the
         * (root, day) index serves the root in date order */
        dy_buf_puts(w, " AND e.root = ? AND ");
        dy_qbind *root = qb_next(qb);
        snprintf(root->s, sizeof root->s, "%.2s", q->cameo);
        qb_prefix(qb, "e.cameo", q->cameo);
    }
    if (q->quad_class) {
        dy_buf_puts(w, " AND e.quad_class = ?");
        dy_qb_int(qb, q->quad_class);
    }
    if (q->plover && q->plover[0]) {
        dy_buf_puts(w, " AND e.plover_type = ?");
        qb_text(qb, q->plover, 1);
    }
    if (mask) {
        dy_buf_puts(w, " AND (e.status_mask & ?) <> 0");
        dy_qb_int(qb, mask);
    }
    if (q->country && q->country[0]) {
        dy_buf_puts(w, " AND e.country = ?");
        qb_text(qb, q->country, 1);
    }
    if (q->place && q->place[0])
        where_place(qb, q);
    if (q->has_bbox)
        where_bbox(qb, q->bbox);
    if (q->publisher && q->publisher[0]) {
        dy_buf_puts(w, " AND EXISTS (SELECT 1 FROM mentions mp WHERE "
                       "mp.event_id = e.id AND mp.publisher = ? COLLATE "
                       "NOCASE)");
        qb_text(qb, q->publisher, 0);
    }
    if (q->min_mentions > 1) {
        dy_buf_puts(w, " AND e.num_mentions >= ?");
        dy_qb_int(qb, (sqlite3_int64)q->min_mentions);
    }
    if (q->text && q->text[0]) {
        /* from the full-text index to the events of its sentences
         * (mentions_sentence): the matches, not every event, are read */
        dy_buf_puts(w, " AND e.id IN (SELECT mt.event_id FROM "
                       "sentences_fts ft JOIN mentions mt ON "
                       "mt.sentence_id = ft.rowid WHERE sentences_fts "
                       "MATCH ?)");
        qb_fts(qb, q->text);
    }
}

/* " WHERE ..." for q (NULL: the default statuses); with
 * DY_WHERE_ANY_STATUS the status filter is left out (what a status
 * leaves out is counted with it) */
int dy_store_where(dy_qbuild *qb, const dyad_query *q, int flags,
                   dyad_error *err)
{
    static const dyad_query none = DYAD_QUERY_INIT;
    if (!q)
        q = &none;
    unsigned mask = 0;
    int rc = dyad_query_check(q, err);
    if (!rc)
        rc = dy_store_status_mask(q->status, &mask, err);
    if (rc)
        return rc;
    dy_buf_puts(&qb->sql, " WHERE 1");
    where_dates_actors(qb, q);
    where_rest(qb, q, flags & DY_WHERE_ANY_STATUS ? 0 : mask);
    if (qb->bad || qb->sql.failed)
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
        else if (qb->binds[i].is_real)
            sqlite3_bind_double(*out, i + 1, qb->binds[i].d);
        else
            sqlite3_bind_text(*out, i + 1, qb->binds[i].s, -1,
                              SQLITE_TRANSIENT);
    }
    return 0;
}

/* Counts by status what the status filter of q leaves out of the events
 * matching its other filters (in omitted->count[DYAD_OMIT_ASSERTED...]);
 * nothing for "all". */
int dy_store_count_status_omitted(dyad_store *st, const dyad_query *q,
                                  dyad_omitted *omitted, dyad_error *err)
{
    unsigned mask;
    int rc = dy_store_status_mask(q ? q->status : NULL, &mask, err);
    if (rc || !mask)
        return rc;
    dy_qbuild qb;
    memset(&qb, 0, sizeof qb);
    dy_buf_init(&qb.sql, NULL);
    sqlite3_stmt *s = NULL;
    dy_buf_puts(&qb.sql, "SELECT e.status, count(*) FROM events e");
    rc = dy_store_where(&qb, q, DY_WHERE_ANY_STATUS, err);
    if (!rc) {
        /* the mask written out, not bound: for the default statuses the
         * partial index events_left_out (schema 8) then serves it */
        dy_buf_printf(&qb.sql, " AND (e.status_mask & %u) = 0 GROUP BY 1",
                      mask);
        rc = dy_store_prepare_query(st, &qb, &s, err);
    }
    int step = SQLITE_DONE;
    for (int rows = 0; !rc && rows <= DY_STATUS_COUNT &&
                       (step = sqlite3_step(s)) == SQLITE_ROW;
         rows++) {
        unsigned bit = dy_store_status_bit(col(s, 0));
        for (int k = 0; k < DY_STATUS_COUNT; k++)
            if (bit == 1u << k)
                omitted->count[k] += sqlite3_column_int64(s, 1);
    }
    if (!rc && step != SQLITE_DONE && step != SQLITE_ROW)
        rc = dy_store_fail(st, err, "cannot count events");
    sqlite3_finalize(s);
    dy_buf_free(&qb.sql);
    return rc;
}
