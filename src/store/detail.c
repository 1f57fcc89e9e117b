/*
 * detail.c - one merged event as a front-end shows it (dyad serve's
 * /events/{id}): the event, then each report with its document, status,
 * attribution, sentence and the evidence in it: where the source, target,
 * trigger, place and counts stand in the sentence, as byte spans. The
 * JSON is written here for both back-ends (a PostgreSQL store's rows come
 * from pg/browse.c as dy_row).
 */
#include "store/db.h"
#include "store/pg/pg.h"

#include <stdio.h>
#include <string.h>

#define REPORTS_MAX 1000 /* reports of one event in its detail */

enum {
    M_ID, M_DOC, M_PUB, M_URL, M_TITLE, M_DATE, M_STATUS, M_ATTR, M_SENT,
    M_STEXT, M_SSTART, M_SRC, M_TGT, M_TRIG, M_TSTART, M_LOC, M_COUNTRY,
    M_KILLED, M_INJURED, M_PATTERN
};

static const char *const report_sql =
    DY_DETAIL_SELECT(DY_DOC_IS_SQLITE)
    " WHERE m.event_id = ? ORDER BY m.id LIMIT ?";

/* the first place of `word` (n bytes) in text that does not cut a word
 * of letters or digits; -1 when none */
static long find_word(const char *text, size_t len, const char *word,
                      size_t n)
{
    if (!n || n > len)
        return -1;
    for (size_t i = 0; i + n <= len; i++) {
        if (memcmp(text + i, word, n))
            continue;
        int before = i > 0 && ((unsigned char)text[i - 1] >= 0x80 ||
                               ((text[i - 1] | 0x20) >= 'a' &&
                                (text[i - 1] | 0x20) <= 'z') ||
                               (text[i - 1] >= '0' && text[i - 1] <= '9'));
        char c = i + n < len ? text[i + n] : ' ';
        int after = (c >= '0' && c <= '9') ||
                    ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
        if (!before && !after)
            return (long)i;
    }
    return -1;
}

/* one {"kind","start","len"} when `word` stands in the sentence */
static void span_of(dy_buf *b, int *n, const char *kind, const char *text,
                    size_t len, const char *word)
{
    if (!text || !word || !word[0])
        return;
    long at = find_word(text, len, word, strlen(word));
    if (at < 0)
        return;
    dy_buf_printf(b, "%s{\"kind\":\"%s\",\"start\":%ld,\"len\":%zu}",
                  (*n)++ ? "," : "", kind, at, strlen(word));
}

/* a count's number as written in digits, when it is */
static void count_span(dy_buf *b, int *n, const char *kind, const dy_row *s,
                       int c, const char *text, size_t len)
{
    if (s->is_null(s, c))
        return;
    char num[32];
    snprintf(num, sizeof num, "%lld", s->num(s, c, 0));
    span_of(b, n, kind, text, len, num);
}

/* "evidence": the trigger where the store put it (a document offset),
 * else where its words are; the actors, place and counts where their
 * words are first found */
static void evidence(dy_buf *b, const dy_row *s)
{
    const char *text = s->text(s, M_STEXT);
    size_t len = text ? strlen(text) : 0;
    const char *trig = s->text(s, M_TRIG);
    int n = 0;
    dy_buf_puts(b, ",\"evidence\":[");
    span_of(b, &n, "source", text, len, s->text(s, M_SRC));
    span_of(b, &n, "target", text, len, s->text(s, M_TGT));
    long start = -1;
    if (text && trig && !s->is_null(s, M_TSTART) &&
        !s->is_null(s, M_SSTART)) {
        long long at = s->num(s, M_TSTART, 0) - s->num(s, M_SSTART, 0);
        size_t tl = strlen(trig);
        if (at >= 0 && (size_t)at + tl <= len && !memcmp(text + at, trig, tl))
            start = (long)at;
    }
    if (start >= 0)
        dy_buf_printf(b, "%s{\"kind\":\"trigger\",\"start\":%ld,\"len\":%zu}",
                      n++ ? "," : "", start, strlen(trig));
    else
        span_of(b, &n, "trigger", text, len, trig);
    span_of(b, &n, "place", text, len, s->text(s, M_LOC));
    count_span(b, &n, "fatalities", s, M_KILLED, text, len);
    count_span(b, &n, "injured", s, M_INJURED, text, len);
    dy_buf_putc(b, ']');
}

static void member(dy_buf *b, const char *key, const dy_row *s, int c)
{
    dy_buf_printf(b, ",\"%s\":", key);
    dy_json_cstr(b, s->text(s, c));
}

/* one report: its document, claim, sentence, words and evidence (the
 * columns of DY_DETAIL_SELECT) */
static void report(dy_buf *b, const dy_row *s)
{
    dy_buf_printf(b, "{\"id\":%lld", s->num(s, M_ID, 0));
    member(b, "doc_id", s, M_DOC);
    member(b, "publisher", s, M_PUB);
    member(b, "url", s, M_URL);
    member(b, "title", s, M_TITLE);
    member(b, "date", s, M_DATE);
    member(b, "status", s, M_STATUS);
    member(b, "attributed_to", s, M_ATTR);
    dy_buf_printf(b, ",\"sentence\":{\"index\":%lld,\"text\":",
                  s->num(s, M_SENT, 0));
    dy_json_cstr(b, s->text(s, M_STEXT));
    dy_buf_putc(b, '}');
    member(b, "source_text", s, M_SRC);
    member(b, "target_text", s, M_TGT);
    member(b, "trigger_text", s, M_TRIG);
    member(b, "place", s, M_LOC);
    member(b, "country", s, M_COUNTRY);
    dy_row_json_int(b, "fatalities", s, M_KILLED);
    dy_row_json_int(b, "injured", s, M_INJURED);
    member(b, "pattern", s, M_PATTERN);
    evidence(b, s);
    dy_buf_putc(b, '}');
}

/* {"event": and the event's object (its JSONL shape without mentions)
 * from the row of dy_store_event_select */
static void event_obj(dy_buf *b, const dy_row *row)
{
    dy_record rec;
    dy_row_event(&rec, row);
    dy_buf_puts(b, "{\"event\":");
    dy_write_jsonl(b, &rec);
    if (b->len && b->data[b->len - 1] == '\n')
        b->len--;
}

/* the event's object into b; 0 with *found 0 when there is none */
static int event_part(dyad_store *st, long long id, int *found, dy_buf *b,
                      dyad_error *err)
{
    dy_qbuild qb;
    memset(&qb, 0, sizeof qb);
    dy_buf_init(&qb.sql, NULL);
    dy_buf_puts(&qb.sql, dy_store_event_select);
    dy_buf_puts(&qb.sql, " WHERE e.id = ?");
    dy_qb_int(&qb, id);
    sqlite3_stmt *s = NULL;
    int rc = dy_store_prepare_query(st, &qb, &s, err);
    dy_buf_free(&qb.sql);
    if (rc)
        return rc;
    int step = sqlite3_step(s);
    if (step == SQLITE_ROW) {
        dy_row row;
        dy_store_row(&row, s);
        event_obj(b, &row);
        *found = 1;
    } else if (step != SQLITE_DONE) {
        rc = dy_store_fail(st, err, "cannot read the event");
    }
    sqlite3_finalize(s);
    return rc;
}

/* hands b to the sink; DYAD_ENOMEM or DYAD_EIO (filled) */
static int emit(dy_buf *b, dyad_sink_fn sink, void *ctx, dyad_error *err)
{
    if (b->failed)
        return dy_error_set(err, DYAD_ENOMEM, NULL, 0, 0, -1, "out of memory");
    if (sink(ctx, b->data, b->len))
        return dy_error_set(err, DYAD_EIO, NULL, 0, 0, -1,
                            "cannot write output");
    return 0;
}

/* the detail of a PostgreSQL store's event: its rows from pg/browse.c,
 * in one snapshot */
static int pg_detail(int *found, dy_pg *pg, long long id, dyad_sink_fn sink,
                     void *ctx, dyad_error *err)
{
    dy_buf b;
    dy_buf_init(&b, NULL);
    int rc = dy_pg_snapshot(pg, err);
    if (rc)
        return rc;
    rc = dy_pg_event(pg, id, event_obj, &b, found, err);
    if (!rc && *found) {
        dy_buf_puts(&b, ",\"reports\":[");
        rc = dy_pg_reports(pg, id, REPORTS_MAX, report, &b, err);
    }
    if (!rc && *found) {
        dy_buf_puts(&b, "]}\n");
        rc = emit(&b, sink, ctx, err);
    }
    dy_pg_end_snapshot(pg, rc);
    dy_buf_free(&b);
    return rc;
}

int dyad_store_event_detail(int *found, dyad_store *st, long long id,
                            dyad_sink_fn sink, void *ctx, dyad_error *err)
{
    if (!found || !st || !sink)
        return dy_error_set(err, DYAD_EINVAL, NULL, 0, 0, -1,
                            "dyad_store_event_detail: NULL argument");
    *found = 0;
    if (st->pg)
        return pg_detail(found, st->pg, id, sink, ctx, err);
    dy_buf b;
    dy_buf_init(&b, NULL);
    sqlite3_stmt *s = NULL;
    int rc = event_part(st, id, found, &b, err);
    if (rc || !*found)
        goto done;
    if (sqlite3_prepare_v2(st->db, report_sql, -1, &s, NULL) != SQLITE_OK) {
        rc = dy_store_fail(st, err, "cannot read the reports");
        goto done;
    }
    sqlite3_bind_int64(s, 1, id);
    sqlite3_bind_int64(s, 2, REPORTS_MAX);
    dy_buf_puts(&b, ",\"reports\":[");
    int step;
    dy_row row;
    dy_store_row(&row, s);
    for (int n = 0; (step = sqlite3_step(s)) == SQLITE_ROW; n++) {
        if (n)
            dy_buf_putc(&b, ',');
        report(&b, &row);
    }
    if (step != SQLITE_DONE) {
        rc = dy_store_fail(st, err, "cannot read the reports");
        goto done;
    }
    dy_buf_puts(&b, "]}\n");
    rc = emit(&b, sink, ctx, err);
done:
    sqlite3_finalize(s);
    dy_buf_free(&b);
    return rc;
}
