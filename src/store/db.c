/*
 * db.c - what every file of the store shares: the statements each
 * connection prepares once (dy_store_prepare), errors as dyad_error,
 * plain SQL, days and periods, status bits, the key a document is stored
 * under, and the bookkeeping of the full-text index. The lowest file of
 * the store: the connection (store.c), migrations (schema.c), the merge
 * (merge.c) and the queries build on it.
 */
#include "store/db.h"

#include <stdio.h>
#include <string.h>

static const char *const stmt_sql[S_COUNT] = {
    /* S_HAS_DOC */
    "SELECT 1 FROM documents WHERE id=?",
    /* S_INS_DOC */
    "INSERT INTO documents(id,date,source,url,title,bytes,sentences,events,"
    "hash,content,origin,datetime,article,similarity) "
    "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
    /* S_INS_SENT */
    "INSERT INTO sentences(doc_id,idx,start,len,text) VALUES(?,?,?,?,?)",
    /* S_FIND_DATED: same code and dyad on one day, in id order (the index
     * order, so no sort); find_dated asks for the day and the two beside */
    "SELECT id, place_key, first_doc FROM events WHERE cameo=?1 AND "
    "source_code=?2 AND target_code=?3 AND day=?4 ORDER BY id LIMIT 16",
    /* S_FIND_UNDATED: undated reports merge within their document only */
    "SELECT id, place_key FROM events WHERE cameo=?1 AND source_code=?2 AND "
    "target_code=?3 AND day IS NULL AND first_doc=?4 ORDER BY id LIMIT 16",
    /* S_HAS_ART */
    "SELECT 1 FROM mentions WHERE event_id=? AND doc_id=? LIMIT 1",
    /* S_HAS_PUB */
    "SELECT 1 FROM mentions WHERE event_id=? AND publisher=? LIMIT 1",
    /* S_UPD_EV: counts and statuses; a place fills in when first known:
     * an event that has none, or only a loose one (?13: the report's
     * place is loose; a loose place never replaces another). Tolls are
     * recounted from the reports (S_RECOUNT). */
#define FILL "place_key IS NULL AND ?6 IS NOT NULL AND (location IS NULL OR" \
             " (loose=1 AND ?13=0))"
    "UPDATE events SET num_mentions=num_mentions+1,"
    " num_articles=num_articles+?2, num_sources=num_sources+?3,"
    " status_mask=status_mask|?4,"
    " location=CASE WHEN " FILL " THEN ?6 ELSE location END,"
    " country=CASE WHEN " FILL " THEN ?7 ELSE country END,"
    " admin1=CASE WHEN " FILL " THEN ?8 ELSE admin1 END,"
    " precision=CASE WHEN " FILL " THEN ?9 ELSE precision END,"
    " lat=CASE WHEN " FILL " THEN ?10 ELSE lat END,"
    " lon=CASE WHEN " FILL " THEN ?11 ELSE lon END,"
    " geonameid=CASE WHEN " FILL " THEN ?12 ELSE geonameid END,"
    " loose=CASE WHEN " FILL " THEN ?13 ELSE loose END,"
    " place_key=coalesce(place_key, ?5)"
    " WHERE id=?1",
#undef FILL
    /* S_INS_EV */
    "INSERT INTO events(date,day,source_code,source_name,target_code,"
    "target_name,cameo,root,quad_class,goldstein,plover_type,plover_mode,"
    "status,place_key,location,country,admin1,precision,lat,lon,geonameid,"
    "killed,injured,num_mentions,num_sources,num_articles,first_doc,"
    "first_sentence,first_sentence_id,loose,status_mask,killed_cumulative,"
    "injured_cumulative) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,"
    "?,?,?,?,?,?,?,?,?,?,?,1,1,1,?,?,?,?,?,?,?)",
    /* S_INS_MEN */
    "INSERT INTO mentions(event_id,doc_id,sentence_id,sentence,publisher,"
    "date,source_text,target_text,trigger_text,trigger_start,status,"
    "attributed_to,location,country,killed,injured,pattern,loose,"
    "killed_approx,injured_approx,killed_cumulative,injured_cumulative,"
    "doc_date) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,"
    "coalesce(?,''))",
    /* S_INS_ACTOR */
    "INSERT OR IGNORE INTO actors(code,country,name) VALUES(?,?,?)",
    /* S_MEN_OF_EVENT */
    "SELECT m.doc_id, m.sentence, s.text, m.status, m.date, m.publisher, "
    "s.start, s.len FROM mentions m "
    "LEFT JOIN sentences s ON s.id=m.sentence_id "
    "WHERE m.event_id=? ORDER BY m.id LIMIT 1000",
    /* S_MAX_SENT */
    "SELECT coalesce(max(id), 0) FROM sentences",
    /* S_FTS_ADD: full-text index of the sentences of this transaction */
    "INSERT INTO sentences_fts(rowid, text) SELECT id, text FROM sentences "
    "WHERE id > ?",
    /* S_SENT_ID */
    "SELECT id FROM sentences WHERE doc_id=? AND idx=?",
    /* S_RECOUNT_*: one of an event's tolls from its reports, by the rule
     * (a report with a toll changes only its kind) */
    "UPDATE events SET killed=" DY_TOLL_SQL("killed", "0") " WHERE id=?1",
    "UPDATE events SET killed_cumulative=" DY_TOLL_SQL("killed", "1")
    " WHERE id=?1",
    "UPDATE events SET injured=" DY_TOLL_SQL("injured", "0") " WHERE id=?1",
    "UPDATE events SET injured_cumulative=" DY_TOLL_SQL("injured", "1")
    " WHERE id=?1",
};


/* Prepares the statements not prepared yet (a migration prepares them
 * early, to replay old rows through the merge). */
int dy_store_prepare(dyad_store *st)
{
    for (int i = 0; i < S_COUNT; i++)
        if (!st->s[i] && sqlite3_prepare_v2(st->db, stmt_sql[i], -1, &st->s[i],
                                            NULL) != SQLITE_OK)
            return -1;
    return 0;
}

int dy_store_fail(dyad_store *st, dyad_error *err, const char *what)
{
    if (st->timed_out) /* the progress handler stopped it (browse.c) */
        return dy_error_set(err, DYAD_ELIMIT, st->path, 0, 0, -1,
                            "%s: query took longer than %u ms", what,
                            st->deadline_len);
    return dy_error_set(err, DYAD_ESTORE, st->path, 0, 0, -1, "%s: %s", what,
                        sqlite3_errmsg(st->db));
}

int dy_store_exec(dyad_store *st, const char *sql)
{
    return sqlite3_exec(st->db, sql, NULL, NULL, NULL) == SQLITE_OK ? 0 : -1;
}

/* the first day of the period after the one holding `day` */
long dy_store_next_period(long day, dyad_period by)
{
    if (by == DYAD_PERIOD_DAY)
        return day + 1;
    if (by == DYAD_PERIOD_WEEK)
        return day + 7;
    long y, m, d;
    dy_civil_from_days(day, &y, &m, &d);
    if (by == DYAD_PERIOD_YEAR)
        return dy_days_from_civil(y + 1, 1, 1);
    return dy_days_from_civil(m == 12 ? y + 1 : y, m == 12 ? 1 : m + 1, 1);
}

/* the label of the period starting on `day`: YYYY, YYYY-MM or YYYY-MM-DD */
void dy_store_period_label(long day, dyad_period by, char *buf, size_t size)
{
    long y, m, d;
    dy_civil_from_days(day, &y, &m, &d);
    if (by == DYAD_PERIOD_YEAR)
        snprintf(buf, size, "%04ld", y);
    else if (by == DYAD_PERIOD_MONTH)
        snprintf(buf, size, "%04ld-%02ld", y, m);
    else
        snprintf(buf, size, "%04ld-%02ld-%02ld", y, m, d);
}

/* the first day of the period holding `day` (weeks start on Monday;
 * 1970-01-01, day 0, was a Thursday) */
long dy_store_period_start(long day, dyad_period by)
{
    long y, m, d;
    if (by == DYAD_PERIOD_DAY)
        return day;
    if (by == DYAD_PERIOD_WEEK)
        return day - ((day + 3) % 7 + 7) % 7;
    dy_civil_from_days(day, &y, &m, &d);
    return dy_days_from_civil(y, by == DYAD_PERIOD_YEAR ? 1 : m, 1);
}

/* The period for a span of days: about 120 periods at most, so a chart's
 * bars stay readable and a table short (docs/store.md). */
dyad_period dy_store_pick_period(long first, long last)
{
    long span = last - first + 1;
    if (span <= 90)
        return DYAD_PERIOD_DAY;
    if (span <= 731)
        return DYAD_PERIOD_WEEK;
    if (span <= 3653)
        return DYAD_PERIOD_MONTH;
    return DYAD_PERIOD_YEAR;
}

static const char *const period_names[] = {"days", "weeks", "months",
                                           "years"};

/* The number of periods from `first`'s to `last` into *n; DYAD_ELIMIT
 * when there are more than max (0: DYAD_STATS_MAX_PERIODS), naming the
 * span and how to ask for more: a series is never cut short. */
int dy_store_count_periods(long first, long last, dyad_period by, size_t max,
                           size_t *n, dyad_error *err)
{
    if (!max)
        max = DYAD_STATS_MAX_PERIODS;
    if (max > DYAD_STATS_PERIODS_LIMIT)
        return dy_error_set(err, DYAD_EINVAL, NULL, 0, 0, -1,
                            "at most %d periods can be asked for, not %zu",
                            DYAD_STATS_PERIODS_LIMIT, max);
    *n = 0;
    long p = dy_store_period_start(first, by);
    for (; p <= last && *n <= max; p = dy_store_next_period(p, by))
        (*n)++;
    if (*n <= max)
        return 0;
    char a[16], b[16];
    dy_store_period_label(first, DYAD_PERIOD_DAY, a, sizeof a);
    dy_store_period_label(last, DYAD_PERIOD_DAY, b, sizeof b);
    return dy_error_set(err, DYAD_ELIMIT, NULL, 0, 0, -1,
                        "the events from %s to %s span more than %zu %s, "
                        "the most a series has (--max-periods %zu): narrow "
                        "the dates (--from, --to), count by a longer period "
                        "(--by), or raise --max-periods (at most %d)",
                        a, b, max, period_names[by], max,
                        DYAD_STATS_PERIODS_LIMIT);
}

const char *const dy_store_status_names[DY_STATUS_COUNT] = {
    "asserted", "reported", "confirmed", "denied",
    "hypothetical", "future", "negated", "embedded"};

unsigned dy_store_status_bit(const char *status)
{
    for (unsigned i = 0; status && i < DY_STATUS_COUNT; i++)
        if (strcmp(status, dy_store_status_names[i]) == 0)
            return 1u << i;
    return 0;
}

/* YYYY-MM-DD, or a month YYYY-MM (meaning its first day) -> day number;
 * -1 for anything else. What a day is, dy_date_parse decides: 2023-02-31
 * is refused, not read as 3 March. */
int dy_store_day(const char *s, long *out)
{
    char first[11];
    int32_t ymd;
    if (!s)
        return -1;
    size_t len = strlen(s);
    if (len == 7) {
        memcpy(first, s, 7);
        memcpy(first + 7, "-01", 4);
        s = first;
        len = 10;
    }
    if (dy_date_parse(s, len, &ymd))
        return -1;
    *out = dy_days_from_civil(ymd / 10000, ymd / 100 % 100, ymd % 100);
    return 0;
}

/* Sentences are indexed for full-text search in bulk, once per write
 * transaction (one FTS5 insert per sentence costs several times more):
 * fts_mark at the start of the transaction, fts_flush before its COMMIT. */
int dy_store_fts_mark(dyad_store *st)
{
    sqlite3_stmt *s = st->s[S_MAX_SENT];
    int rc = sqlite3_step(s);
    st->fts_from = rc == SQLITE_ROW ? sqlite3_column_int64(s, 0) : 0;
    sqlite3_reset(s);
    return rc == SQLITE_ROW ? 0 : -1;
}

/* Indexes the sentences stored since fts_mark. A batch that stored none
 * writes nothing, so a run that only skips documents also works on a
 * read-only database. */
int dy_store_fts_flush(dyad_store *st)
{
    long long from = st->fts_from;
    if (dy_store_fts_mark(st))
        return -1;
    if (st->fts_from <= from)
        return 0;
    sqlite3_stmt *s = st->s[S_FTS_ADD];
    sqlite3_bind_int64(s, 1, from);
    return step_done(s);
}

/* forgets the actor codes cached as stored: a rollback may have undone them */
void dy_store_rolled_back(dyad_store *st)
{
    memset(st->actors, 0, sizeof st->actors);
}

void dy_store_json_int(dy_buf *b, const char *key, sqlite3_stmt *s, int i)
{
    if (sqlite3_column_type(s, i) == SQLITE_NULL)
        dy_buf_printf(b, ",\"%s\":null", key);
    else
        dy_buf_printf(b, ",\"%s\":%lld", key,
                      (long long)sqlite3_column_int64(s, i));
}
