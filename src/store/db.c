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
    /* S_FTS_ADD: full-text index of some sentences of this transaction */
    "INSERT INTO sentences_fts(rowid, text) SELECT id, text FROM sentences "
    "WHERE id > ?1 AND id <= ?2",
    /* S_SENT_ID: (a store migrating from schema 1 has the index) */
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

/* Indexes the sentences stored since fts_mark, FTS_CHUNK at a time: the
 * journal SQLite keeps in memory to undo one statement holds the pages
 * that statement changed, and one statement for a batch of 50,000
 * documents took 10 MB or more at 20x the corpus (docs/scale.md). A batch
 * that stored none writes nothing, so a run that only skips documents
 * also works on a read-only database. */
int dy_store_fts_flush(dyad_store *st)
{
    long long from = st->fts_from;
    if (dy_store_fts_mark(st))
        return -1;
    sqlite3_stmt *s = st->s[S_FTS_ADD];
    for (long long lo = from; lo < st->fts_from; lo += FTS_CHUNK) {
        long long hi = st->fts_from - lo > FTS_CHUNK ? lo + FTS_CHUNK
                                                     : st->fts_from;
        sqlite3_bind_int64(s, 1, lo);
        sqlite3_bind_int64(s, 2, hi);
        if (step_done(s))
            return -1;
    }
    return 0;
}

/* forgets the actor codes cached as stored, the band keys pending and
 * the rows counted: a rollback may have undone them */
void dy_store_rolled_back(dyad_store *st)
{
    memset(st->actors, 0, sizeof st->actors);
    st->near_pending = 0; /* temp.near_pending rolled back with the rest */
    memset(st->counted, 0, sizeof st->counted);
}

/* Row counts are counted by the writer, not by triggers: a trigger on a
 * table makes SQLite keep a statement journal for every single-row
 * INSERT into it (a copy of each page the statement changes), which cost
 * 8% more instructions for an ingest of the corpus (docs/scale.md). */
void dy_store_count(dyad_store *st, int table, long long n)
{
    st->counted[table] += n;
}

int dy_store_keep_counts(dyad_store *st)
{
    if (!dy_rows_counted(st->counted))
        return 0;
    if (!st->keep_counts &&
        sqlite3_prepare_v2(st->db,
                           "UPDATE row_counts SET documents=documents+?1,"
                           " sentences=sentences+?2, events=events+?3,"
                           " mentions=mentions+?4, actors=actors+?5",
                           -1, &st->keep_counts, NULL) != SQLITE_OK)
        return -1;
    for (int i = 0; i < DY_ROWS_TABLES; i++)
        sqlite3_bind_int64(st->keep_counts, i + 1, st->counted[i]);
    if (step_done(st->keep_counts))
        return -1;
    memset(st->counted, 0, sizeof st->counted);
    return 0;
}

/* ---- a statement's current row as a dy_row (rules_row.c) ---- */

static const char *row_text(const dy_row *row, int c)
{
    return (const char *)sqlite3_column_text((sqlite3_stmt *)row->res, c);
}

static int row_is_null(const dy_row *row, int c)
{
    return sqlite3_column_type((sqlite3_stmt *)row->res, c) == SQLITE_NULL;
}

static long long row_num(const dy_row *row, int c, long long none)
{
    return row_is_null(row, c)
               ? none
               : (long long)sqlite3_column_int64((sqlite3_stmt *)row->res, c);
}

static double row_real(const dy_row *row, int c)
{
    return sqlite3_column_double((sqlite3_stmt *)row->res, c);
}

void dy_store_row(dy_row *row, sqlite3_stmt *s)
{
    row->text = row_text;
    row->num = row_num;
    row->real = row_real;
    row->is_null = row_is_null;
    row->res = s;
    row->i = 0;
}
