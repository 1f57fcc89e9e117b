/*
 * query.c - events out of the store: the filters of dyad_query as SQL
 * with bound values, and the writers of `dyad show` (stored reports) and
 * `dyad query` / `dyad export` (merged events: table, CSV, JSONL, GDELT).
 */
#include "store/store.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

/* -------------------------------------------------------------- show */

int dyad_store_write(dyad_store *st, dyad_format fmt, size_t limit,
                     dyad_sink_fn sink, void *ctx, dyad_error *err)
{
    if (!st || !sink)
        return dy_error_set(err, DYAD_EINVAL, NULL, 0, 0, -1,
                            "dyad_store_write: NULL argument");
    sqlite3_stmt *s = NULL;
    int rc = 0;
    if (sqlite3_prepare_v2(
            st->db,
            "SELECT m.doc_id, m.sentence, m.date, e.source_code, e.cameo, "
            "coalesce(nullif(e.target_code,''),'-'), "
            "coalesce(e.plover_type,'-'), e.goldstein, m.status, "
            "coalesce(m.location,'-'), m.killed, m.trigger_text, "
            "m.source_text, m.target_text, e.quad_class, m.country "
            "FROM mentions m JOIN events e ON e.id=m.event_id "
            "ORDER BY m.id LIMIT ?",
            -1, &s, NULL) != SQLITE_OK)
        return dy_store_fail(st, err, "cannot query events");
    sqlite3_bind_int64(s, 1, limit ? (sqlite3_int64)limit : -1);
    dy_buf b;
    dy_buf_init(&b, NULL);
    if (fmt == DYAD_FORMAT_TABLE)
        dy_buf_puts(&b, "DOC                  S   SOURCE     CAMEO TARGET     "
                        "PLOVER     GOLD  STATUS       WHERE        KILLED  "
                        "TRIGGER\n");
    int step;
    while ((step = sqlite3_step(s)) == SQLITE_ROW) {
        char killed[32] = "";
        if (sqlite3_column_type(s, 10) != SQLITE_NULL)
            snprintf(killed, sizeof killed, "%lld",
                     (long long)sqlite3_column_int64(s, 10));
        if (fmt == DYAD_FORMAT_TABLE)
            dy_buf_printf(&b, "%-20.20s %-3d %-10s %-5s %-10s %-10s %+5.1f "
                              "%-12s %-12.12s %-7s %s\n",
                          col(s, 0), sqlite3_column_int(s, 1), col(s, 3),
                          col(s, 4), col(s, 5), col(s, 6),
                          sqlite3_column_double(s, 7), col(s, 8), col(s, 9),
                          killed, col(s, 11));
        else
            dy_buf_printf(&b, "%s\t%d\t%s\t%s\t%s\t%s\t%s\t%d\t%.1f\t%s\t%s\t%s\t%s\n",
                          col(s, 0), sqlite3_column_int(s, 1), col(s, 2),
                          col(s, 3), col(s, 12), col(s, 5), col(s, 13),
                          sqlite3_column_int(s, 14),
                          sqlite3_column_double(s, 7), col(s, 4), col(s, 8),
                          col(s, 9), killed);
        if (b.failed) {
            rc = DYAD_ENOMEM;
            break;
        }
        if (sink(ctx, b.data, b.len)) {
            rc = DYAD_EIO;
            break;
        }
        b.len = 0;
    }
    if (!rc && step != SQLITE_DONE)
        rc = dy_store_fail(st, err, "cannot read events");
    sqlite3_finalize(s);
    dy_buf_free(&b);
    return rc;
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

/* ---- writers ---- */

void dy_store_json_str(dy_buf *b, const char *s)
{
    if (!s) {
        dy_buf_puts(b, "null");
        return;
    }
    dy_buf_putc(b, '"');
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p == '"' || *p == '\\') {
            dy_buf_putc(b, '\\');
            dy_buf_putc(b, (char)*p);
        } else if (*p == '\n')
            dy_buf_puts(b, "\\n");
        else if (*p == '\t')
            dy_buf_puts(b, "\\t");
        else if (*p == '\r')
            dy_buf_puts(b, "\\r");
        else if (*p < 0x20)
            dy_buf_printf(b, "\\u%04x", *p);
        else
            dy_buf_putc(b, (char)*p);
    }
    dy_buf_putc(b, '"');
}

void dy_store_csv_str(dy_buf *b, const char *s)
{
    if (!s)
        return;
    if (!strpbrk(s, ",\"\n\r")) {
        dy_buf_puts(b, s);
        return;
    }
    dy_buf_putc(b, '"');
    for (const char *p = s; *p; p++) {
        if (*p == '"')
            dy_buf_putc(b, '"');
        dy_buf_putc(b, *p);
    }
    dy_buf_putc(b, '"');
}

/* TSV field: tabs and newlines become spaces */
static void tsv_str(dy_buf *b, const char *s)
{
    if (!s)
        return;
    for (const char *p = s; *p; p++)
        dy_buf_putc(b, (*p == '\t' || *p == '\n' || *p == '\r') ? ' ' : *p);
}

/* columns of the event select, in order */
enum {
    C_ID, C_DATE, C_SRC, C_SRCNAME, C_TGT, C_TGTNAME, C_CAMEO, C_ROOT, C_QUAD,
    C_GOLD, C_PTYPE, C_PMODE, C_STATUS, C_NMEN, C_NSRC, C_NART, C_LOC,
    C_COUNTRY, C_ADMIN1, C_PREC, C_LAT, C_LON, C_GEOID, C_KILLED, C_INJURED,
    C_FIRSTDOC, C_URL, C_SENT, C_FIRSTSENT, C_ADDED, C_LOOSE
};

static const char *const event_select =
    "SELECT e.id, e.date, e.source_code, e.source_name, e.target_code,"
    " e.target_name, e.cameo, e.root, e.quad_class, e.goldstein,"
    " e.plover_type, e.plover_mode, e.status, e.num_mentions, e.num_sources,"
    " e.num_articles, e.location, e.country, e.admin1, e.precision, e.lat,"
    " e.lon, e.geonameid, e.killed, e.injured, e.first_doc, d.url, s.text,"
    " e.first_sentence, e.added_at, e.loose"
    " FROM events e LEFT JOIN documents d ON d.id = e.first_doc"
    " LEFT JOIN sentences s ON s.id = e.first_sentence_id";

static const char *const csv_header =
    "id,date,source_code,source_name,cameo,root,target_code,target_name,"
    "quad_class,goldstein,plover_type,plover_mode,status,num_mentions,"
    "num_sources,num_articles,location,country,admin1,lat,lon,killed,"
    "injured,first_doc,url,sentence\n";

static void num_or_empty(dy_buf *b, sqlite3_stmt *s, int c, int real)
{
    if (sqlite3_column_type(s, c) == SQLITE_NULL)
        return;
    if (real)
        dy_buf_printf(b, "%.4f", sqlite3_column_double(s, c));
    else
        dy_buf_printf(b, "%lld", (long long)sqlite3_column_int64(s, c));
}

static void json_num(dy_buf *b, sqlite3_stmt *s, int c, int real)
{
    if (sqlite3_column_type(s, c) == SQLITE_NULL)
        dy_buf_puts(b, "null");
    else
        num_or_empty(b, s, c, real);
}

static void write_csv_row(dy_buf *b, sqlite3_stmt *s)
{
    static const int cols[] = {C_ID,      C_DATE,   C_SRC,     C_SRCNAME,
                               C_CAMEO,   C_ROOT,   C_TGT,     C_TGTNAME,
                               C_QUAD,    C_GOLD,   C_PTYPE,   C_PMODE,
                               C_STATUS,  C_NMEN,   C_NSRC,    C_NART,
                               C_LOC,     C_COUNTRY, C_ADMIN1, C_LAT,
                               C_LON,     C_KILLED, C_INJURED, C_FIRSTDOC,
                               C_URL,     C_SENT};
    for (size_t i = 0; i < sizeof cols / sizeof cols[0]; i++) {
        if (i)
            dy_buf_putc(b, ',');
        int c = cols[i];
        if (c == C_GOLD || c == C_LAT || c == C_LON)
            num_or_empty(b, s, c, 1);
        else
            dy_store_csv_str(b, col_or_null(s, c));
    }
    dy_buf_putc(b, '\n');
}

static void write_table_row(dy_buf *b, sqlite3_stmt *s)
{
    char sent[64];
    snprintf(sent, sizeof sent, "%s", col(s, C_SENT));
    for (char *p = sent; *p; p++)
        if (*p == '\n' || *p == '\t')
            *p = ' ';
    dy_buf_printf(b, "%-6lld %-10s %-10.10s %-5s %-10.10s %d %+5.1f %4lld %4lld "
                     "%4lld %-14.14s %-10.10s %s\n",
                  (long long)sqlite3_column_int64(s, C_ID),
                  sqlite3_column_type(s, C_DATE) == SQLITE_NULL ? "-"
                                                               : col(s, C_DATE),
                  col(s, C_SRC), col(s, C_CAMEO),
                  col(s, C_TGT)[0] ? col(s, C_TGT) : "-",
                  sqlite3_column_int(s, C_QUAD),
                  sqlite3_column_double(s, C_GOLD),
                  (long long)sqlite3_column_int64(s, C_NMEN),
                  (long long)sqlite3_column_int64(s, C_NSRC),
                  (long long)sqlite3_column_int64(s, C_NART),
                  col(s, C_LOC)[0] ? col(s, C_LOC) : "-", col(s, C_STATUS),
                  sent);
}

static int write_jsonl_row(dyad_store *st, dy_buf *b, sqlite3_stmt *s)
{
    dy_buf_printf(b, "{\"id\":%lld,\"date\":",
                  (long long)sqlite3_column_int64(s, C_ID));
    dy_store_json_str(b, col_or_null(s, C_DATE));
    dy_buf_puts(b, ",\"source\":{\"code\":");
    dy_store_json_str(b, col(s, C_SRC)[0] ? col(s, C_SRC) : NULL);
    dy_buf_puts(b, ",\"name\":");
    dy_store_json_str(b, col_or_null(s, C_SRCNAME));
    dy_buf_puts(b, "},\"target\":");
    if (col(s, C_TGT)[0]) {
        dy_buf_puts(b, "{\"code\":");
        dy_store_json_str(b, col(s, C_TGT));
        dy_buf_puts(b, ",\"name\":");
        dy_store_json_str(b, col_or_null(s, C_TGTNAME));
        dy_buf_puts(b, "}");
    } else
        dy_buf_puts(b, "null");
    dy_buf_puts(b, ",\"cameo\":");
    dy_store_json_str(b, col(s, C_CAMEO));
    dy_buf_puts(b, ",\"root\":");
    dy_store_json_str(b, col(s, C_ROOT));
    dy_buf_printf(b, ",\"quad_class\":%d,\"goldstein\":%.1f,\"plover\":",
                  sqlite3_column_int(s, C_QUAD),
                  sqlite3_column_double(s, C_GOLD));
    if (col_or_null(s, C_PTYPE)) {
        dy_buf_puts(b, "{\"type\":");
        dy_store_json_str(b, col(s, C_PTYPE));
        dy_buf_puts(b, ",\"mode\":");
        dy_store_json_str(b, col_or_null(s, C_PMODE));
        dy_buf_puts(b, "}");
    } else
        dy_buf_puts(b, "null");
    dy_buf_puts(b, ",\"status\":");
    dy_store_json_str(b, col(s, C_STATUS));
    dy_buf_printf(b, ",\"num_mentions\":%lld,\"num_sources\":%lld,"
                     "\"num_articles\":%lld,\"location\":",
                  (long long)sqlite3_column_int64(s, C_NMEN),
                  (long long)sqlite3_column_int64(s, C_NSRC),
                  (long long)sqlite3_column_int64(s, C_NART));
    if (col_or_null(s, C_LOC)) {
        dy_buf_puts(b, "{\"name\":");
        dy_store_json_str(b, col(s, C_LOC));
        dy_buf_puts(b, ",\"country\":");
        dy_store_json_str(b, col_or_null(s, C_COUNTRY));
        dy_buf_puts(b, ",\"admin1\":");
        dy_store_json_str(b, col_or_null(s, C_ADMIN1));
        dy_buf_puts(b, ",\"precision\":");
        dy_store_json_str(b, col_or_null(s, C_PREC));
        dy_buf_puts(b, ",\"lat\":");
        json_num(b, s, C_LAT, 1);
        dy_buf_puts(b, ",\"lon\":");
        json_num(b, s, C_LON, 1);
        dy_buf_puts(b, ",\"geonameid\":");
        json_num(b, s, C_GEOID, 0);
        if (sqlite3_column_int(s, C_LOOSE))
            dy_buf_puts(b, ",\"loose\":true");
        dy_buf_puts(b, "}");
    } else
        dy_buf_puts(b, "null");
    dy_buf_puts(b, ",\"killed\":");
    json_num(b, s, C_KILLED, 0);
    dy_buf_puts(b, ",\"injured\":");
    json_num(b, s, C_INJURED, 0);
    dy_buf_puts(b, ",\"mentions\":[");
    sqlite3_stmt *m = st->s[S_MEN_OF_EVENT];
    sqlite3_bind_int64(m, 1, sqlite3_column_int64(s, C_ID));
    int rc, n = 0;
    while ((rc = sqlite3_step(m)) == SQLITE_ROW) {
        dy_buf_puts(b, n++ ? ",{\"doc_id\":" : "{\"doc_id\":");
        dy_store_json_str(b, col(m, 0));
        dy_buf_printf(b, ",\"sentence\":%d,\"text\":", sqlite3_column_int(m, 1));
        dy_store_json_str(b, col_or_null(m, 2));
        dy_buf_puts(b, ",\"status\":");
        dy_store_json_str(b, col(m, 3));
        dy_buf_puts(b, ",\"date\":");
        dy_store_json_str(b, col_or_null(m, 4));
        dy_buf_puts(b, ",\"publisher\":");
        dy_store_json_str(b, col(m, 5));
        dy_buf_puts(b, "}");
    }
    sqlite3_reset(m);
    dy_buf_puts(b, "]}\n");
    return rc == SQLITE_DONE ? 0 : -1;
}

/* CAMEO actor code -> GDELT's country, known group and type fields */
static void actor_parts(const char *code, char country[4], char group[4],
                        char t1[4], char t2[4], char t3[4])
{
    static const char *const groups[] = {"IGO", "NGO", "IMG", "MNC", "INT"};
    char *outs[4] = {t1, t2, t3, NULL};
    country[0] = group[0] = t1[0] = t2[0] = t3[0] = '\0';
    size_t n = strlen(code);
    if (n < 3)
        return;
    size_t at = 3;
    int is_group = 0;
    for (size_t i = 0; i < sizeof groups / sizeof groups[0]; i++)
        if (!strncmp(code, groups[i], 3))
            is_group = 1;
    if (is_group) {
        if (n >= 6) {
            memcpy(group, code + 3, 3);
            group[3] = '\0';
            at = 6;
        }
    } else {
        memcpy(country, code, 3);
        country[3] = '\0';
    }
    for (int k = 0; outs[k] && at + 3 <= n; k++, at += 3) {
        memcpy(outs[k], code + at, 3);
        outs[k][3] = '\0';
    }
}

static int geo_type(const char *precision, const char *country)
{
    if (!precision)
        return 0;
    if (!strcmp(precision, "country"))
        return 1;
    if (!strcmp(precision, "admin1"))
        return country && !strcmp(country, "USA") ? 2 : 5;
    return country && !strcmp(country, "USA") ? 3 : 4;
}

/* one row of the GDELT 2.0 event table: 61 tab-separated columns */
static void write_gdelt_row(dy_buf *b, sqlite3_stmt *s)
{
    long day = 0, y = 0, m = 0, d = 0;
    int dated = dy_store_day(col(s, C_DATE), &day) == 0;
    if (dated)
        dy_civil_from_days(day, &y, &m, &d);
    /* 1-5 id and dates */
    dy_buf_printf(b, "%lld\t", (long long)sqlite3_column_int64(s, C_ID));
    if (dated) {
        long doy = day - dy_days_from_civil(y, 1, 1) + 1;
        dy_buf_printf(b, "%04ld%02ld%02ld\t%04ld%02ld\t%04ld\t%.4f\t", y, m, d,
                      y, m, y, (double)y + (double)doy / 365.0);
    } else
        dy_buf_puts(b, "\t\t\t\t");
    /* 6-25 actors */
    for (int a = 0; a < 2; a++) {
        const char *code = col(s, a ? C_TGT : C_SRC);
        char cty[4], grp[4], t1[4], t2[4], t3[4];
        actor_parts(code, cty, grp, t1, t2, t3);
        tsv_str(b, code);
        dy_buf_putc(b, '\t');
        tsv_str(b, code[0] ? col_or_null(s, a ? C_TGTNAME : C_SRCNAME) : NULL);
        dy_buf_printf(b, "\t%s\t%s\t\t\t\t%s\t%s\t%s\t", cty, grp, t1, t2, t3);
    }
    /* 26-34 event */
    const char *cameo = col(s, C_CAMEO);
    dy_buf_printf(b, "%d\t%s\t%.3s\t%s\t%d\t%.1f\t%lld\t%lld\t%lld\t",
                  sqlite3_column_int(s, C_FIRSTSENT) == 0, cameo, cameo,
                  col(s, C_ROOT), sqlite3_column_int(s, C_QUAD),
                  sqlite3_column_double(s, C_GOLD),
                  (long long)sqlite3_column_int64(s, C_NMEN),
                  (long long)sqlite3_column_int64(s, C_NSRC),
                  (long long)sqlite3_column_int64(s, C_NART));
    /* 35 AvgTone: not computed */
    dy_buf_putc(b, '\t');
    /* 36-51 actor geography: dyad places events, not actors */
    for (int i = 0; i < 16; i++)
        dy_buf_putc(b, '\t');
    /* 52-59 action geography */
    const char *loc = col_or_null(s, C_LOC);
    if (loc) {
        int gt = geo_type(col_or_null(s, C_PREC), col_or_null(s, C_COUNTRY));
        if (gt)
            dy_buf_printf(b, "%d", gt);
        dy_buf_putc(b, '\t');
        tsv_str(b, loc);
        if (col_or_null(s, C_ADMIN1) && strcmp(col(s, C_ADMIN1), loc)) {
            dy_buf_puts(b, ", ");
            tsv_str(b, col(s, C_ADMIN1));
        }
        dy_buf_putc(b, '\t');
        tsv_str(b, col_or_null(s, C_COUNTRY));
        dy_buf_puts(b, "\t\t\t");
        num_or_empty(b, s, C_LAT, 1);
        dy_buf_putc(b, '\t');
        num_or_empty(b, s, C_LON, 1);
        dy_buf_putc(b, '\t');
        num_or_empty(b, s, C_GEOID, 0);
        dy_buf_putc(b, '\t');
    } else
        dy_buf_puts(b, "\t\t\t\t\t\t\t\t");
    /* 60-61 DATEADDED, SOURCEURL (the document id when no URL) */
    tsv_str(b, col(s, C_ADDED));
    dy_buf_putc(b, '\t');
    tsv_str(b, col_or_null(s, C_URL) ? col(s, C_URL) : col(s, C_FIRSTDOC));
    dy_buf_putc(b, '\n');
}

int dyad_store_query(dyad_store *st, const dyad_query *q,
                     dyad_store_format fmt, dyad_sink_fn sink, void *ctx,
                     dyad_error *err)
{
    if (!st || !sink)
        return dy_error_set(err, DYAD_EINVAL, NULL, 0, 0, -1,
                            "dyad_store_query: NULL argument");
    if (fmt != DYAD_STORE_TABLE && fmt != DYAD_STORE_CSV &&
        fmt != DYAD_STORE_JSONL && fmt != DYAD_STORE_GDELT)
        return dy_error_set(err, DYAD_EINVAL, NULL, 0, 0, -1,
                            "events are written as table, csv, jsonl or gdelt");
    dy_qbuild qb;
    memset(&qb, 0, sizeof qb);
    dy_buf_init(&qb.sql, NULL);
    dy_buf b;
    dy_buf_init(&b, NULL);
    sqlite3_stmt *s = NULL;
    int rc = 0;
    dy_buf_puts(&qb.sql, event_select);
    rc = dy_store_where(&qb, q, err);
    if (rc)
        goto done;
    if (fmt == DYAD_STORE_GDELT)
        dy_buf_puts(&qb.sql, " ORDER BY e.id");
    else
        dy_buf_puts(&qb.sql, " ORDER BY e.day IS NULL, e.day, e.id");
    dy_buf_puts(&qb.sql, " LIMIT ?");
    dy_qb_int(&qb, q && q->limit ? (sqlite3_int64)q->limit : -1);
    rc = dy_store_prepare_query(st, &qb, &s, err);
    if (rc)
        goto done;
    if (fmt == DYAD_STORE_CSV)
        dy_buf_puts(&b, csv_header);
    else if (fmt == DYAD_STORE_TABLE)
        dy_buf_puts(&b, "ID     DATE       SOURCE     CAMEO TARGET     Q  GOLD "
                        "MENT  SRC  ART PLACE          STATUS     SENTENCE\n");
    int step;
    while ((step = sqlite3_step(s)) == SQLITE_ROW) {
        if (fmt == DYAD_STORE_CSV)
            write_csv_row(&b, s);
        else if (fmt == DYAD_STORE_TABLE)
            write_table_row(&b, s);
        else if (fmt == DYAD_STORE_GDELT)
            write_gdelt_row(&b, s);
        else if (write_jsonl_row(st, &b, s)) {
            rc = dy_store_fail(st, err, "cannot read mentions");
            goto done;
        }
        if (b.failed) {
            rc = dy_error_set(err, DYAD_ENOMEM, NULL, 0, 0, -1,
                              "out of memory");
            goto done;
        }
        if (b.len > 65536) {
            if (sink(ctx, b.data, b.len)) {
                rc = dy_error_set(err, DYAD_EIO, NULL, 0, 0, -1,
                                  "cannot write output");
                goto done;
            }
            b.len = 0;
        }
    }
    if (step != SQLITE_DONE) {
        rc = dy_store_fail(st, err, "cannot read events");
        goto done;
    }
    if (b.len && sink(ctx, b.data, b.len))
        rc = dy_error_set(err, DYAD_EIO, NULL, 0, 0, -1, "cannot write output");
done:
    sqlite3_finalize(s);
    dy_buf_free(&qb.sql);
    dy_buf_free(&b);
    return rc;
}

