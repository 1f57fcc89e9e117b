/*
 * store.c - the SQLite event store (schema in docs/store.md): the last
 * stage of the pipeline. Documents, the sentences that carry events,
 * actors, merged events and their mentions; queries, statistics, GDELT
 * export and the data behind plots (drawn by plot.c). Only io/ includes
 * sqlite3.h; every statement is prepared with bound values.
 * PRAGMA user_version holds the schema version; opening an older store
 * migrates it forward (0 -> 1 -> 2 -> 3) inside one transaction.
 */
#include "api.h"
#include "plot.h"

#include <ctype.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define MERGE_CANDIDATES 16 /* events looked at when merging a mention */
#define SCOPE_MAX 1024      /* undated events of one document kept in memory */
#define ACTOR_CACHE 1024    /* actor codes known to be stored (slots) */
#define ACTOR_CODE_MAX 24   /* longer codes are not cached */
#define QUERY_MAX_BINDS 32
#define STATS_MAX_ROWS 100000

enum {
    S_HAS_DOC,
    S_INS_DOC,
    S_INS_SENT,
    S_FIND_DATED,
    S_FIND_UNDATED,
    S_HAS_ART,
    S_HAS_PUB,
    S_UPD_EV,
    S_INS_EV,
    S_INS_MEN,
    S_INS_ACTOR,
    S_MEN_OF_EVENT,
    S_MAX_SENT,
    S_FTS_ADD,
    S_SENT_ID,
    S_COUNT
};

static const char *const stmt_sql[S_COUNT] = {
    /* S_HAS_DOC */
    "SELECT 1 FROM documents WHERE id=?",
    /* S_INS_DOC */
    "INSERT INTO documents(id,date,source,url,title,bytes,sentences,events,"
    "hash) VALUES(?,?,?,?,?,?,?,?,?)",
    /* S_INS_SENT */
    "INSERT INTO sentences(doc_id,idx,start,len,text) VALUES(?,?,?,?,?)",
    /* S_FIND_DATED: same code and dyad on one day, in id order (the index
     * order, so no sort); find_dated asks for the day and the two beside */
    "SELECT id, place_key FROM events WHERE cameo=?1 AND source_code=?2 AND "
    "target_code=?3 AND day=?4 ORDER BY id LIMIT 16",
    /* S_FIND_UNDATED: undated reports merge within their document only */
    "SELECT id, place_key FROM events WHERE cameo=?1 AND source_code=?2 AND "
    "target_code=?3 AND day IS NULL AND first_doc=?4 ORDER BY id LIMIT 16",
    /* S_HAS_ART */
    "SELECT 1 FROM mentions WHERE event_id=? AND doc_id=? LIMIT 1",
    /* S_HAS_PUB */
    "SELECT 1 FROM mentions WHERE event_id=? AND publisher=? LIMIT 1",
    /* S_UPD_EV: counts; a place and casualties fill in when first known.
     * A place fills an event that has none, or only a loose one (?14: the
     * report's place is loose; a loose place never replaces another) */
#define FILL "place_key IS NULL AND ?7 IS NOT NULL AND (location IS NULL OR" \
             " (loose=1 AND ?14=0))"
    "UPDATE events SET num_mentions=num_mentions+1,"
    " num_articles=num_articles+?2, num_sources=num_sources+?3,"
    " killed=CASE WHEN ?4 IS NOT NULL AND (killed IS NULL OR ?4>killed)"
    "  THEN ?4 ELSE killed END,"
    " injured=CASE WHEN ?5 IS NOT NULL AND (injured IS NULL OR ?5>injured)"
    "  THEN ?5 ELSE injured END,"
    " location=CASE WHEN " FILL " THEN ?7 ELSE location END,"
    " country=CASE WHEN " FILL " THEN ?8 ELSE country END,"
    " admin1=CASE WHEN " FILL " THEN ?9 ELSE admin1 END,"
    " precision=CASE WHEN " FILL " THEN ?10 ELSE precision END,"
    " lat=CASE WHEN " FILL " THEN ?11 ELSE lat END,"
    " lon=CASE WHEN " FILL " THEN ?12 ELSE lon END,"
    " geonameid=CASE WHEN " FILL " THEN ?13 ELSE geonameid END,"
    " loose=CASE WHEN " FILL " THEN ?14 ELSE loose END,"
    " place_key=coalesce(place_key, ?6)"
    " WHERE id=?1",
#undef FILL
    /* S_INS_EV */
    "INSERT INTO events(date,day,source_code,source_name,target_code,"
    "target_name,cameo,root,quad_class,goldstein,plover_type,plover_mode,"
    "status,place_key,location,country,admin1,precision,lat,lon,geonameid,"
    "killed,injured,num_mentions,num_sources,num_articles,first_doc,"
    "first_sentence,first_sentence_id,loose) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,"
    "?,?,?,?,?,?,?,?,?,?,?,1,1,1,?,?,?,?)",
    /* S_INS_MEN */
    "INSERT INTO mentions(event_id,doc_id,sentence_id,sentence,publisher,"
    "date,source_text,target_text,trigger_text,trigger_start,status,"
    "attributed_to,location,country,killed,injured,pattern,loose) "
    "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
    /* S_INS_ACTOR */
    "INSERT OR IGNORE INTO actors(code,country,name) VALUES(?,?,?)",
    /* S_MEN_OF_EVENT */
    "SELECT m.doc_id, m.sentence, s.text, m.status, m.date, m.publisher "
    "FROM mentions m LEFT JOIN sentences s ON s.id=m.sentence_id "
    "WHERE m.event_id=? ORDER BY m.id LIMIT 1000",
    /* S_MAX_SENT */
    "SELECT coalesce(max(id), 0) FROM sentences",
    /* S_FTS_ADD: full-text index of the sentences of this transaction */
    "INSERT INTO sentences_fts(rowid, text) SELECT id, text FROM sentences "
    "WHERE id > ?",
    /* S_SENT_ID */
    "SELECT id FROM sentences WHERE doc_id=? AND idx=?",
};

/* an undated event of the document being stored (see find_undated) */
typedef struct scope_event {
    sqlite3_int64 id;
    const char *cameo, *source, *target; /* strings of the coded result */
    size_t key; /* offset of its place key in scope_keys; SIZE_MAX: none */
} scope_event;

struct dyad_store {
    sqlite3 *db;
    sqlite3_stmt *s[S_COUNT];
    int in_batch;
    /* dyad_store_add's document: its undated events, in id order; off
     * (scope_doc NULL) elsewhere, and SQL finds them instead */
    const char *scope_doc;
    scope_event *scope;
    size_t nscope;
    int scope_full;
    dy_buf scope_keys;
    /* actor codes inserted in this connection's committed or open
     * transactions: the INSERT OR IGNORE is skipped for them. Emptied on
     * every rollback, so it never claims a row that is not there. */
    char actors[ACTOR_CACHE][ACTOR_CODE_MAX];
    sqlite3_int64 fts_from; /* sentences above this id are not indexed yet */
    int readonly;           /* opened read-only: the file cannot be written */
    char path[256];
};

/* ------------------------------------------------------------- schema */

static const char *const schema_v1 =
    "CREATE TABLE IF NOT EXISTS documents ("
    " id TEXT PRIMARY KEY, date TEXT, source TEXT, url TEXT, title TEXT,"
    " bytes INTEGER NOT NULL, sentences INTEGER NOT NULL,"
    " events INTEGER NOT NULL, coded_at TEXT NOT NULL"
    " DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')));"
    "CREATE TABLE IF NOT EXISTS events ("
    " id INTEGER PRIMARY KEY, doc_id TEXT NOT NULL REFERENCES documents(id),"
    " sentence INTEGER NOT NULL, sentence_text TEXT NOT NULL, date TEXT,"
    " source_code TEXT NOT NULL, source_text TEXT, target_code TEXT,"
    " target_text TEXT, cameo TEXT NOT NULL, root TEXT NOT NULL,"
    " quad_class INTEGER NOT NULL, goldstein REAL NOT NULL,"
    " plover_type TEXT, plover_mode TEXT, status TEXT NOT NULL,"
    " attributed_to TEXT, location TEXT, country TEXT, lat REAL, lon REAL,"
    " killed INTEGER, injured INTEGER, trigger_text TEXT,"
    " trigger_start INTEGER, pattern TEXT);"
    "CREATE INDEX IF NOT EXISTS events_doc ON events(doc_id);"
    "CREATE INDEX IF NOT EXISTS events_dyad ON events(source_code,"
    " target_code);";

/* v1 -> v2: v1's per-report events become mentions of merged events */
/* v2 -> v3: whether an event's and a report's place is loose (named only
 * elsewhere in the sentence: dyad_location.loose) */
static const char *const schema_v3 =
    "ALTER TABLE events ADD COLUMN loose INTEGER NOT NULL DEFAULT 0;"
    "ALTER TABLE mentions ADD COLUMN loose INTEGER NOT NULL DEFAULT 0;";

static const char *const schema_v2 =
    "ALTER TABLE documents ADD COLUMN hash TEXT;"
    "DROP INDEX IF EXISTS events_doc;"
    "DROP INDEX IF EXISTS events_dyad;"
    "ALTER TABLE events RENAME TO events_v1;"
    "CREATE TABLE sentences ("
    " id INTEGER PRIMARY KEY, doc_id TEXT NOT NULL REFERENCES documents(id),"
    " idx INTEGER NOT NULL, start INTEGER, len INTEGER, text TEXT NOT NULL,"
    " UNIQUE(doc_id, idx));"
    "CREATE VIRTUAL TABLE sentences_fts USING fts5(text,"
    " content='sentences', content_rowid='id');"
    "CREATE TRIGGER sentences_ad AFTER DELETE ON sentences BEGIN"
    " INSERT INTO sentences_fts(sentences_fts, rowid, text)"
    " VALUES ('delete', old.id, old.text); END;"
    "CREATE TABLE actors (code TEXT PRIMARY KEY, country TEXT, name TEXT)"
    " WITHOUT ROWID;"
    "CREATE TABLE events ("
    " id INTEGER PRIMARY KEY, date TEXT, day INTEGER,"
    " source_code TEXT NOT NULL, source_name TEXT,"
    " target_code TEXT NOT NULL DEFAULT '', target_name TEXT,"
    " cameo TEXT NOT NULL, root TEXT NOT NULL, quad_class INTEGER NOT NULL,"
    " goldstein REAL NOT NULL, plover_type TEXT, plover_mode TEXT,"
    " status TEXT NOT NULL, place_key TEXT, location TEXT, country TEXT,"
    " admin1 TEXT, precision TEXT, lat REAL, lon REAL, geonameid INTEGER,"
    " killed INTEGER, injured INTEGER, num_mentions INTEGER NOT NULL,"
    " num_sources INTEGER NOT NULL, num_articles INTEGER NOT NULL,"
    " first_doc TEXT NOT NULL, first_sentence INTEGER,"
    " first_sentence_id INTEGER, added_at TEXT NOT NULL"
    " DEFAULT (strftime('%Y%m%d%H%M%S','now')));"
    "CREATE INDEX events_key ON events(cameo, source_code, target_code, day);"
    "CREATE INDEX events_day ON events(day);"
    "CREATE INDEX events_source ON events(source_code);"
    "CREATE INDEX events_target ON events(target_code);"
    "CREATE TABLE mentions ("
    " id INTEGER PRIMARY KEY, event_id INTEGER NOT NULL REFERENCES events(id),"
    " doc_id TEXT NOT NULL REFERENCES documents(id),"
    " sentence_id INTEGER REFERENCES sentences(id), sentence INTEGER NOT NULL,"
    " publisher TEXT NOT NULL, date TEXT, source_text TEXT, target_text TEXT,"
    " trigger_text TEXT, trigger_start INTEGER, status TEXT NOT NULL,"
    " attributed_to TEXT, location TEXT, country TEXT, killed INTEGER,"
    " injured INTEGER, pattern TEXT);"
    "CREATE INDEX mentions_event ON mentions(event_id, doc_id);"
    "CREATE INDEX mentions_publisher ON mentions(event_id, publisher);"
    "CREATE INDEX mentions_doc ON mentions(doc_id);";

static int fail(dyad_store *st, dyad_error *err, const char *what)
{
    return dy_error_set(err, DYAD_ESTORE, st->path, 0, 0, -1, "%s: %s", what,
                        sqlite3_errmsg(st->db));
}

static int exec(dyad_store *st, const char *sql)
{
    return sqlite3_exec(st->db, sql, NULL, NULL, NULL) == SQLITE_OK ? 0 : -1;
}

static void bind_text(sqlite3_stmt *s, int i, const char *t)
{
    if (t)
        sqlite3_bind_text(s, i, t, -1, SQLITE_TRANSIENT);
    else
        sqlite3_bind_null(s, i);
}

/* The write path binds strings without copying them (SQLITE_STATIC): they
 * stay valid until the statement's step, and step_done, step_exists and
 * the find functions clear the bindings after it, so no statement keeps a
 * pointer to a freed result. */
static void bind_ref(sqlite3_stmt *s, int i, const char *t)
{
    if (t)
        sqlite3_bind_text(s, i, t, -1, SQLITE_STATIC);
    else
        sqlite3_bind_null(s, i);
}

static void bind_refn(sqlite3_stmt *s, int i, const char *t, size_t n)
{
    if (t && n < 0x7fffffff)
        sqlite3_bind_text(s, i, t, (int)n, SQLITE_STATIC);
    else
        sqlite3_bind_null(s, i);
}

static void bind_long(sqlite3_stmt *s, int i, long v, int known)
{
    if (known)
        sqlite3_bind_int64(s, i, v);
    else
        sqlite3_bind_null(s, i);
}

static const char *col(sqlite3_stmt *s, int i)
{
    const unsigned char *t = sqlite3_column_text(s, i);
    return t ? (const char *)t : "";
}

static const char *col_or_null(sqlite3_stmt *s, int i)
{
    return (const char *)sqlite3_column_text(s, i);
}

/* ---------------------------------------------------------------- dates */

/* the first day of the period after the one holding `day` */
static long next_period(long day, dyad_period by)
{
    if (by == DYAD_PERIOD_DAY)
        return day + 1;
    if (by == DYAD_PERIOD_WEEK)
        return day + 7;
    long y, m, d;
    dy_civil_from_days(day, &y, &m, &d);
    return dy_days_from_civil(m == 12 ? y + 1 : y, m == 12 ? 1 : m + 1, 1);
}

/* YYYY-MM-DD, or a month YYYY-MM (meaning its first day) -> day number;
 * -1 for anything else. What a day is, dy_date_parse decides: 2023-02-31
 * is refused, not read as 3 March. */
static int parse_day(const char *s, long *out)
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

/* ------------------------------------------------------------ mentions */

/* One report of an event, from a coded document or a v1 row. */
typedef struct mention {
    const char *doc_id, *publisher, *date;
    long sentence;
    sqlite3_int64 sentence_id;
    const char *source_code, *source_text, *target_code, *target_text;
    const char *cameo;
    int quad_class;
    double goldstein;
    const char *plover_type, *plover_mode, *status, *attributed_to;
    const char *location, *country, *admin1, *precision;
    int loose; /* the place is only the sentence's (dyad_location.loose) */
    double lat, lon;
    int has_latlon;
    long geonameid;
    long killed, injured; /* -1: unknown */
    const char *trigger_text;
    size_t trigger_len;
    long trigger_start;
    const char *pattern;
} mention;

static void place_key(const mention *m, char *buf, size_t size)
{
    buf[0] = '\0';
    if (m->loose) /* a guess: it neither keys nor splits a merge */
        return;
    if (m->geonameid > 0)
        snprintf(buf, size, "g:%ld", m->geonameid);
    else if (m->location && m->location[0]) {
        size_t n = (size_t)snprintf(buf, size, "n:%s/", m->country ? m->country : "");
        for (const char *p = m->location; *p && n + 1 < size; p++)
            buf[n++] = (char)tolower((unsigned char)*p);
        buf[n < size ? n : size - 1] = '\0';
    }
}

static int step_done(sqlite3_stmt *s)
{
    int rc = sqlite3_step(s);
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    return rc == SQLITE_DONE ? 0 : -1;
}

/* the row id of a document's stored sentence, 0 if there is none */
static sqlite3_int64 sentence_id(dyad_store *st, const char *doc, long idx)
{
    sqlite3_stmt *s = st->s[S_SENT_ID];
    bind_text(s, 1, doc);
    sqlite3_bind_int64(s, 2, (sqlite3_int64)idx);
    sqlite3_int64 id =
        sqlite3_step(s) == SQLITE_ROW ? sqlite3_column_int64(s, 0) : 0;
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    return id;
}

/* 1 when the statement (bound by the caller) yields a row */
static int step_exists(sqlite3_stmt *s)
{
    int rc = sqlite3_step(s);
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}

/* Sentences are indexed for full-text search in bulk, once per write
 * transaction (one FTS5 insert per sentence costs several times more):
 * fts_mark at the start of the transaction, fts_flush before its COMMIT. */
static int fts_mark(dyad_store *st)
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
static int fts_flush(dyad_store *st)
{
    long long from = st->fts_from;
    if (fts_mark(st))
        return -1;
    if (st->fts_from <= from)
        return 0;
    sqlite3_stmt *s = st->s[S_FTS_ADD];
    sqlite3_bind_int64(s, 1, from);
    return step_done(s);
}

/* forgets the actor codes cached as stored: a rollback may have undone them */
static void rolled_back(dyad_store *st)
{
    memset(st->actors, 0, sizeof st->actors);
}

/* Records an actor code (first name seen wins). Codes this connection has
 * already inserted are skipped without a statement. */
static int add_actor(dyad_store *st, const char *code, const char *name)
{
    if (!code || !code[0])
        return 0;
    size_t n = strlen(code);
    char *slot = NULL;
    if (n < ACTOR_CODE_MAX) {
        slot = st->actors[dy_hash(code, n) % ACTOR_CACHE];
        if (strcmp(slot, code) == 0)
            return 0;
    }
    sqlite3_stmt *s = st->s[S_INS_ACTOR];
    bind_ref(s, 1, code);
    if (n >= 3)
        sqlite3_bind_text(s, 2, code, 3, SQLITE_STATIC);
    else
        sqlite3_bind_null(s, 2);
    bind_ref(s, 3, name && name[0] ? name : NULL);
    if (step_done(s))
        return -1;
    if (slot)
        memcpy(slot, code, n + 1);
    return 0;
}

/* a candidate event for a mention: its id, and whether its place agrees */
typedef struct candidate {
    sqlite3_int64 id;
    int place_ok;
} candidate;

/* same place when both are known */
static int place_agrees(const char *pk, const char *k)
{
    return !pk[0] || !k || strcmp(k, pk) == 0;
}

/* the events with m's code and dyad on `day`, in id order (at most
 * MERGE_CANDIDATES); -1 on error */
static int events_on_day(dyad_store *st, const mention *m, const char *tcode,
                         long day, const char *pk, candidate *out)
{
    sqlite3_stmt *s = st->s[S_FIND_DATED];
    bind_ref(s, 1, m->cameo);
    bind_ref(s, 2, m->source_code);
    bind_ref(s, 3, tcode);
    sqlite3_bind_int64(s, 4, day);
    int n = 0, rc = SQLITE_DONE;
    while (n < MERGE_CANDIDATES && (rc = sqlite3_step(s)) == SQLITE_ROW) {
        out[n].id = sqlite3_column_int64(s, 0);
        out[n].place_ok = place_agrees(pk, col_or_null(s, 1));
        n++;
    }
    if (n < MERGE_CANDIDATES && rc != SQLITE_DONE)
        n = -1;
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    return n;
}

/* The event a dated mention merges into: among the first MERGE_CANDIDATES
 * events of its code and dyad ordered by distance in days (0, then 1), then
 * id, the first whose place agrees; 0 if none. Each day is one index seek
 * already in id order, so no rows are sorted. */
static int find_dated(sqlite3_int64 *out, dyad_store *st, const mention *m,
                      const char *tcode, long day, const char *pk)
{
    candidate same[MERGE_CANDIDATES], before[MERGE_CANDIDATES],
        after[MERGE_CANDIDATES];
    *out = 0;
    int n = events_on_day(st, m, tcode, day, pk, same);
    if (n < 0)
        return -1;
    for (int i = 0; i < n; i++)
        if (same[i].place_ok) {
            *out = same[i].id;
            return 0;
        }
    if (n == MERGE_CANDIDATES)
        return 0;
    int nb = events_on_day(st, m, tcode, day - 1, pk, before);
    int na = nb < 0 ? -1 : events_on_day(st, m, tcode, day + 1, pk, after);
    if (na < 0)
        return -1;
    /* the two neighbouring days merged by id */
    for (int i = 0, j = 0, left = MERGE_CANDIDATES - n;
         left > 0 && (i < nb || j < na); left--) {
        const candidate *c =
            j >= na || (i < nb && before[i].id < after[j].id) ? &before[i++]
                                                               : &after[j++];
        if (c->place_ok) {
            *out = c->id;
            return 0;
        }
    }
    return 0;
}

/* The event an undated mention merges into: undated reports merge within
 * their document only; among the first MERGE_CANDIDATES events of the same
 * code and dyad, in id order, the first whose place agrees. While
 * dyad_store_add stores a document, its undated events are in memory (such
 * an event has no mention from another document; see remove_doc). The v1
 * migration, and a document with more than SCOPE_MAX of them, ask SQL. */
static int find_undated(sqlite3_int64 *out, dyad_store *st, const mention *m,
                        const char *tcode, const char *pk, scope_event **hit)
{
    *out = 0;
    *hit = NULL;
    if (st->scope_doc == m->doc_id && !st->scope_full) {
        int seen = 0;
        for (size_t i = 0; i < st->nscope && seen < MERGE_CANDIDATES; i++) {
            scope_event *e = &st->scope[i];
            if (strcmp(e->cameo, m->cameo) ||
                strcmp(e->source, m->source_code) || strcmp(e->target, tcode))
                continue;
            seen++;
            const char *k =
                e->key == SIZE_MAX ? NULL : st->scope_keys.data + e->key;
            if (place_agrees(pk, k)) {
                *out = e->id;
                *hit = e;
                return 0;
            }
        }
        return 0;
    }
    sqlite3_stmt *s = st->s[S_FIND_UNDATED];
    bind_ref(s, 1, m->cameo);
    bind_ref(s, 2, m->source_code);
    bind_ref(s, 3, tcode);
    bind_ref(s, 4, m->doc_id);
    int rc = SQLITE_DONE, rows = 0;
    while (rows++ < MERGE_CANDIDATES && (rc = sqlite3_step(s)) == SQLITE_ROW)
        if (place_agrees(pk, col_or_null(s, 1))) {
            *out = sqlite3_column_int64(s, 0);
            break;
        }
    int bad = !*out && rows <= MERGE_CANDIDATES && rc != SQLITE_DONE;
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    return bad ? -1 : 0;
}

/* keeps a new undated event of the document being stored in memory */
static void scope_add(dyad_store *st, const mention *m, const char *tcode,
                      sqlite3_int64 id, const char *pk)
{
    if (st->scope_doc != m->doc_id || st->scope_full)
        return;
    if (st->nscope == SCOPE_MAX) {
        st->scope_full = 1; /* the rest of this document asks SQL */
        return;
    }
    if (!st->scope) {
        st->scope = dy_malloc(NULL, SCOPE_MAX * sizeof *st->scope);
        if (!st->scope) {
            st->scope_full = 1;
            return;
        }
    }
    scope_event *e = &st->scope[st->nscope];
    e->id = id;
    e->cameo = m->cameo;
    e->source = m->source_code;
    e->target = tcode;
    e->key = SIZE_MAX;
    if (pk[0]) {
        e->key = st->scope_keys.len;
        if (dy_buf_put(&st->scope_keys, pk, strlen(pk) + 1)) {
            st->scope_full = 1;
            return;
        }
    }
    st->nscope++;
}

/* Merges m into an earlier report of the same event, or starts a new
 * event; then records the mention. */
static int add_mention(dyad_store *st, const mention *m)
{
    char pk[200];
    place_key(m, pk, sizeof pk);
    const char *tcode = m->target_code ? m->target_code : "";
    long day = 0;
    int dated = m->date && parse_day(m->date, &day) == 0;
    sqlite3_int64 event_id = 0;
    scope_event *hit = NULL;
    if (dated ? find_dated(&event_id, st, m, tcode, day, pk)
              : find_undated(&event_id, st, m, tcode, pk, &hit))
        return -1;
    /* the event takes the first place reported (S_UPD_EV): so does its
     * copy in memory */
    if (hit && hit->key == SIZE_MAX && pk[0]) {
        size_t at = st->scope_keys.len;
        if (dy_buf_put(&st->scope_keys, pk, strlen(pk) + 1))
            st->scope_full = 1;
        else
            hit->key = at;
    }
    sqlite3_stmt *s;
    if (event_id) {
        sqlite3_stmt *q = st->s[S_HAS_ART];
        sqlite3_bind_int64(q, 1, event_id);
        bind_ref(q, 2, m->doc_id);
        int new_article = step_exists(q);
        q = st->s[S_HAS_PUB];
        sqlite3_bind_int64(q, 1, event_id);
        bind_ref(q, 2, m->publisher);
        int new_source = step_exists(q);
        if (new_article < 0 || new_source < 0)
            return -1;
        s = st->s[S_UPD_EV];
        sqlite3_bind_int64(s, 1, event_id);
        sqlite3_bind_int(s, 2, !new_article);
        sqlite3_bind_int(s, 3, !new_source);
        bind_long(s, 4, m->killed, m->killed >= 0);
        bind_long(s, 5, m->injured, m->injured >= 0);
        bind_ref(s, 6, pk[0] ? pk : NULL);
        bind_ref(s, 7, m->location);
        bind_ref(s, 8, m->country);
        bind_ref(s, 9, m->admin1);
        bind_ref(s, 10, m->precision);
        if (m->has_latlon) {
            sqlite3_bind_double(s, 11, m->lat);
            sqlite3_bind_double(s, 12, m->lon);
        } else {
            sqlite3_bind_null(s, 11);
            sqlite3_bind_null(s, 12);
        }
        bind_long(s, 13, m->geonameid, m->geonameid > 0);
        sqlite3_bind_int(s, 14, m->loose);
        if (step_done(s))
            return -1;
    } else {
        char root[3] = {m->cameo[0], m->cameo[0] ? m->cameo[1] : 0, 0};
        s = st->s[S_INS_EV];
        sqlite3_clear_bindings(s);
        bind_ref(s, 1, dated ? m->date : NULL);
        if (dated)
            sqlite3_bind_int64(s, 2, day);
        bind_ref(s, 3, m->source_code);
        bind_ref(s, 4, m->source_text && m->source_text[0] ? m->source_text
                                                             : NULL);
        bind_ref(s, 5, tcode);
        bind_ref(s, 6, m->target_text && m->target_text[0] ? m->target_text
                                                             : NULL);
        bind_ref(s, 7, m->cameo);
        bind_ref(s, 8, root);
        sqlite3_bind_int(s, 9, m->quad_class);
        sqlite3_bind_double(s, 10, m->goldstein);
        bind_ref(s, 11, m->plover_type);
        bind_ref(s, 12, m->plover_mode);
        bind_ref(s, 13, m->status);
        bind_ref(s, 14, pk[0] ? pk : NULL);
        bind_ref(s, 15, m->location);
        bind_ref(s, 16, m->country);
        bind_ref(s, 17, m->admin1);
        bind_ref(s, 18, m->precision);
        if (m->has_latlon) {
            sqlite3_bind_double(s, 19, m->lat);
            sqlite3_bind_double(s, 20, m->lon);
        }
        bind_long(s, 21, m->geonameid, m->geonameid > 0);
        bind_long(s, 22, m->killed, m->killed >= 0);
        bind_long(s, 23, m->injured, m->injured >= 0);
        bind_ref(s, 24, m->doc_id);
        sqlite3_bind_int64(s, 25, m->sentence);
        if (m->sentence_id)
            sqlite3_bind_int64(s, 26, m->sentence_id);
        sqlite3_bind_int(s, 27, m->location ? m->loose : 0);
        if (step_done(s))
            return -1;
        event_id = sqlite3_last_insert_rowid(st->db);
        if (!dated)
            scope_add(st, m, tcode, event_id, pk);
    }
    s = st->s[S_INS_MEN];
    sqlite3_clear_bindings(s);
    sqlite3_bind_int64(s, 1, event_id);
    bind_ref(s, 2, m->doc_id);
    if (m->sentence_id)
        sqlite3_bind_int64(s, 3, m->sentence_id);
    sqlite3_bind_int64(s, 4, m->sentence);
    bind_ref(s, 5, m->publisher);
    bind_ref(s, 6, m->date);
    bind_ref(s, 7, m->source_text);
    bind_ref(s, 8, m->target_text);
    bind_refn(s, 9, m->trigger_text, m->trigger_len);
    bind_long(s, 10, m->trigger_start, m->trigger_start >= 0);
    bind_ref(s, 11, m->status);
    bind_ref(s, 12, m->attributed_to);
    bind_ref(s, 13, m->location);
    bind_ref(s, 14, m->country);
    bind_long(s, 15, m->killed, m->killed >= 0);
    bind_long(s, 16, m->injured, m->injured >= 0);
    bind_ref(s, 17, m->pattern);
    sqlite3_bind_int(s, 18, m->location ? m->loose : 0);
    if (step_done(s))
        return -1;
    if (add_actor(st, m->source_code, m->source_text) ||
        add_actor(st, m->target_code, m->target_text))
        return -1;
    return 0;
}

/* the publisher that NumSources counts: the source, the URL's host, or
 * (unknown) the document itself */
static void publisher_of(const char *source, const char *url,
                         const char *doc_id, char *buf, size_t size)
{
    if (source && source[0]) {
        snprintf(buf, size, "%s", source);
        return;
    }
    if (url && url[0]) {
        const char *h = strstr(url, "://");
        h = h ? h + 3 : url;
        size_t n = strcspn(h, "/?#:");
        if (n > 0) {
            snprintf(buf, size, "%.*s", (int)(n < 200 ? n : 200), h);
            return;
        }
    }
    snprintf(buf, size, "doc:%s", doc_id);
}

/* v1 -> v2: every v1 row becomes a mention merged like a new one */
static int migrate_v1_rows(dyad_store *st)
{
    sqlite3_stmt *r = NULL, *sent = NULL;
    int rc = -1;
    if (sqlite3_prepare_v2(
            st->db,
            "SELECT e.doc_id, e.sentence, e.sentence_text, e.date,"
            " e.source_code, e.source_text, e.target_code, e.target_text,"
            " e.cameo, e.quad_class, e.goldstein, e.plover_type,"
            " e.plover_mode, e.status, e.attributed_to, e.location,"
            " e.country, e.lat, e.lon, e.killed, e.injured, e.trigger_text,"
            " e.trigger_start, e.pattern, d.source, d.url"
            " FROM events_v1 e LEFT JOIN documents d ON d.id=e.doc_id"
            " ORDER BY e.id",
            -1, &r, NULL) != SQLITE_OK ||
        sqlite3_prepare_v2(st->db,
                           "INSERT OR IGNORE INTO sentences(doc_id,idx,text) "
                           "VALUES(?,?,?)",
                           -1, &sent, NULL) != SQLITE_OK)
        goto done;
    int step;
    while ((step = sqlite3_step(r)) == SQLITE_ROW) {
        mention m;
        char pub[256];
        memset(&m, 0, sizeof m);
        m.doc_id = col(r, 0);
        m.sentence = (long)sqlite3_column_int64(r, 1);
        bind_text(sent, 1, m.doc_id);
        sqlite3_bind_int64(sent, 2, m.sentence);
        bind_text(sent, 3, col(r, 2));
        if (step_done(sent))
            goto done;
        if (sqlite3_changes(st->db) > 0)
            m.sentence_id = sqlite3_last_insert_rowid(st->db);
        else
            m.sentence_id = sentence_id(st, m.doc_id, m.sentence);
        m.date = col_or_null(r, 3);
        m.source_code = col(r, 4);
        m.source_text = col_or_null(r, 5);
        m.target_code = col_or_null(r, 6);
        m.target_text = col_or_null(r, 7);
        m.cameo = col(r, 8);
        m.quad_class = sqlite3_column_int(r, 9);
        m.goldstein = sqlite3_column_double(r, 10);
        m.plover_type = col_or_null(r, 11);
        m.plover_mode = col_or_null(r, 12);
        m.status = col(r, 13);
        m.attributed_to = col_or_null(r, 14);
        m.location = col_or_null(r, 15);
        m.country = col_or_null(r, 16);
        m.has_latlon = sqlite3_column_type(r, 17) != SQLITE_NULL;
        m.lat = sqlite3_column_double(r, 17);
        m.lon = sqlite3_column_double(r, 18);
        m.killed = sqlite3_column_type(r, 19) != SQLITE_NULL
                       ? (long)sqlite3_column_int64(r, 19)
                       : -1;
        m.injured = sqlite3_column_type(r, 20) != SQLITE_NULL
                        ? (long)sqlite3_column_int64(r, 20)
                        : -1;
        m.trigger_text = col_or_null(r, 21);
        m.trigger_len = m.trigger_text ? strlen(m.trigger_text) : 0;
        m.trigger_start = sqlite3_column_type(r, 22) != SQLITE_NULL
                              ? (long)sqlite3_column_int64(r, 22)
                              : -1;
        m.pattern = col_or_null(r, 23);
        publisher_of(col_or_null(r, 24), col_or_null(r, 25), m.doc_id, pub,
                     sizeof pub);
        m.publisher = pub;
        if (add_mention(st, &m))
            goto done;
    }
    if (step != SQLITE_DONE)
        goto done;
    rc = 0;
done:
    sqlite3_finalize(r);
    sqlite3_finalize(sent);
    return rc;
}

static int migrate(dyad_store *st, int version, dyad_error *err)
{
    if (exec(st, "BEGIN IMMEDIATE"))
        return fail(st, err, "cannot begin migration");
    const char *what = "cannot create schema";
    if (version < 1 && (exec(st, schema_v1) || exec(st, "PRAGMA user_version=1")))
        goto bad;
    if (version < 2) {
        what = "cannot migrate the store to schema 2";
        /* (v3's columns first: the statements that replay v1 use them) */
        if (exec(st, schema_v2) || exec(st, schema_v3))
            goto bad;
        /* statements over the new tables */
        for (int i = 0; i < S_COUNT; i++)
            if (sqlite3_prepare_v2(st->db, stmt_sql[i], -1, &st->s[i], NULL) !=
                SQLITE_OK)
                goto bad;
        st->fts_from = 0;
        if (migrate_v1_rows(st) || fts_flush(st) ||
            exec(st, "DROP TABLE events_v1") ||
            exec(st, "PRAGMA user_version=3"))
            goto bad;
    } else if (version < 3) {
        what = "cannot migrate the store to schema 3";
        if (exec(st, schema_v3) || exec(st, "PRAGMA user_version=3"))
            goto bad;
    }
    if (exec(st, "COMMIT"))
        goto bad;
    return 0;
bad:;
    int rc = fail(st, err, what);
    exec(st, "ROLLBACK");
    rolled_back(st);
    return rc;
}

static int is_readonly(sqlite3 *db)
{
    int e = sqlite3_errcode(db);
    return e == SQLITE_READONLY || e == SQLITE_CANTOPEN;
}

/* Reopens a store that cannot be written (a read-only file, or a WAL
 * database in a directory where the -wal and -shm files cannot be made)
 * for reading only. Without those files SQLite reads the database only as
 * "immutable", which is right for a store nobody is writing to. Writes then
 * fail with "attempt to write a readonly database". */
static int reopen_readonly(dyad_store *st, const char *path, dyad_error *err)
{
    sqlite3_close(st->db);
    st->db = NULL;
    st->readonly = 1;
    int flags = SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX;
    if (sqlite3_open_v2(path, &st->db, flags, NULL) == SQLITE_OK &&
        exec(st, "PRAGMA user_version") == 0)
        return 0;
    sqlite3_close(st->db);
    st->db = NULL;
    /* file: URI with immutable=1; the path percent-encoded */
    size_t n = strlen(path);
    char *uri = dy_malloc(NULL, 3 * n + 32);
    if (!uri)
        return dy_error_set(err, DYAD_ENOMEM, path, 0, 0, -1, "out of memory");
    char *u = uri + sprintf(uri, "file:");
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)path[i];
        if (c == '%' || c == '?' || c == '#' || c < 0x21 || c > 0x7e)
            u += sprintf(u, "%%%02X", c);
        else
            *u++ = (char)c;
    }
    strcpy(u, "?immutable=1");
    int ok = sqlite3_open_v2(uri, &st->db, flags | SQLITE_OPEN_URI, NULL) ==
             SQLITE_OK;
    dy_free(NULL, uri);
    if (!ok)
        return dy_error_set(err, DYAD_ESTORE, path, 0, 0, -1,
                            "cannot open store read-only: %s",
                            st->db ? sqlite3_errmsg(st->db) : "out of memory");
    return 0;
}

int dyad_store_open(dyad_store **out, const char *path, dyad_error *err)
{
    if (!out || !path)
        return dy_error_set(err, DYAD_EINVAL, NULL, 0, 0, -1,
                            "dyad_store_open: NULL argument");
    *out = NULL;
    dyad_store *st = dy_calloc(NULL, 1, sizeof *st);
    if (!st)
        return dy_error_set(err, DYAD_ENOMEM, path, 0, 0, -1,
                            "out of memory");
    snprintf(st->path, sizeof st->path, "%s", path);
    dy_buf_init(&st->scope_keys, NULL);
    int rc = 0;
    if (sqlite3_open_v2(path, &st->db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE |
                            SQLITE_OPEN_NOMUTEX,
                        NULL) !=
        SQLITE_OK) {
        rc = dy_error_set(err, DYAD_ESTORE, path, 0, 0, -1,
                          "cannot open store: %s",
                          st->db ? sqlite3_errmsg(st->db) : "out of memory");
        goto done;
    }
    sqlite3_busy_timeout(st->db, 5000);
    /* WAL + synchronous=NORMAL: a killed process never loses a commit */
    /* a larger page cache and fewer checkpoints: ingest writes in batches */
    int wal = exec(st, "PRAGMA journal_mode=WAL");
    if (wal && is_readonly(st->db)) {
        rc = reopen_readonly(st, path, err);
        if (rc)
            goto done;
    } else if (wal || exec(st, "PRAGMA synchronous=NORMAL") ||
        exec(st, "PRAGMA cache_size=-65536") ||
        exec(st, "PRAGMA wal_autocheckpoint=16384") ||
        exec(st, "PRAGMA temp_store=MEMORY")) {
        rc = fail(st, err, "cannot set WAL mode");
        goto done;
    }
    sqlite3_stmt *v = NULL;
    int version = -1;
    if (sqlite3_prepare_v2(st->db, "PRAGMA user_version", -1, &v, NULL) ==
            SQLITE_OK &&
        sqlite3_step(v) == SQLITE_ROW)
        version = sqlite3_column_int(v, 0);
    sqlite3_finalize(v);
    if (version < 0) {
        rc = fail(st, err, "cannot read the schema version");
        goto done;
    }
    if (version > DYAD_STORE_SCHEMA) {
        rc = dy_error_set(err, DYAD_ESTORE, path, 0, 0, -1,
                          "store schema %d is newer than this dyad (%d)",
                          version, DYAD_STORE_SCHEMA);
        goto done;
    }
    if (version < DYAD_STORE_SCHEMA && st->readonly) {
        rc = dy_error_set(err, DYAD_ESTORE, path, 0, 0, -1,
                          "store schema %d needs an upgrade to %d, but the "
                          "store is read-only", version, DYAD_STORE_SCHEMA);
        goto done;
    }
    if (version < DYAD_STORE_SCHEMA) {
        rc = migrate(st, version, err);
        if (rc)
            goto done;
    }
    for (int i = 0; i < S_COUNT; i++)
        if (!st->s[i] && sqlite3_prepare_v2(st->db, stmt_sql[i], -1, &st->s[i],
                                            NULL) != SQLITE_OK) {
            rc = fail(st, err, "cannot prepare statements");
            goto done;
        }
done:
    if (rc) {
        dyad_store_close(st);
        return rc;
    }
    *out = st;
    return 0;
}

void dyad_store_close(dyad_store *st)
{
    if (!st)
        return;
    if (st->in_batch)
        dyad_store_commit(st, NULL);
    for (int i = 0; i < S_COUNT; i++)
        sqlite3_finalize(st->s[i]);
    sqlite3_close(st->db);
    dy_free(NULL, st->scope);
    dy_buf_free(&st->scope_keys);
    dy_free(NULL, st);
}

int dyad_store_begin(dyad_store *st, dyad_error *err)
{
    if (!st)
        return dy_error_set(err, DYAD_EINVAL, NULL, 0, 0, -1,
                            "dyad_store_begin: NULL argument");
    if (st->in_batch)
        return dy_error_set(err, DYAD_EINVAL, st->path, 0, 0, -1,
                            "a batch is already open");
    /* a read-only store reads in its batch; the first write fails */
    if (exec(st, st->readonly ? "BEGIN" : "BEGIN IMMEDIATE"))
        return fail(st, err, "cannot begin");
    if (fts_mark(st)) {
        int rc = fail(st, err, "cannot begin");
        exec(st, "ROLLBACK");
        rolled_back(st);
        return rc;
    }
    st->in_batch = 1;
    return 0;
}

int dyad_store_commit(dyad_store *st, dyad_error *err)
{
    if (!st)
        return dy_error_set(err, DYAD_EINVAL, NULL, 0, 0, -1,
                            "dyad_store_commit: NULL argument");
    if (!st->in_batch)
        return 0;
    st->in_batch = 0;
    if (fts_flush(st) || exec(st, "COMMIT")) {
        int rc = fail(st, err, "cannot commit");
        exec(st, "ROLLBACK");
        rolled_back(st);
        return rc;
    }
    return 0;
}

/* the key a document is stored under */
static const char *doc_key(const dyad_doc *d, char *buf, size_t size)
{
    if (d->id && d->id[0])
        return d->id;
    snprintf(buf, size, "sha:%016llx",
             (unsigned long long)dy_hash(d->text, d->text_len));
    return buf;
}

int dyad_store_contains(int *out, dyad_store *st, const dyad_doc *doc,
                        dyad_error *err)
{
    if (!out || !st || !doc)
        return dy_error_set(err, DYAD_EINVAL, NULL, 0, 0, -1,
                            "dyad_store_contains: NULL argument");
    char buf[32];
    sqlite3_stmt *s = st->s[S_HAS_DOC];
    bind_text(s, 1, doc_key(doc, buf, sizeof buf));
    int rc = step_exists(s);
    if (rc < 0)
        return fail(st, err, "cannot look up document");
    *out = rc;
    return 0;
}

int dyad_store_is_empty(int *out, dyad_store *st, dyad_error *err)
{
    if (!out || !st)
        return dy_error_set(err, DYAD_EINVAL, NULL, 0, 0, -1,
                            "dyad_store_is_empty: NULL argument");
    sqlite3_stmt *s = NULL;
    int rc = sqlite3_prepare_v2(st->db, "SELECT 1 FROM documents LIMIT 1", -1,
                                &s, NULL);
    if (rc == SQLITE_OK)
        rc = sqlite3_step(s);
    sqlite3_finalize(s);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return fail(st, err, "cannot look up documents");
    *out = rc == SQLITE_DONE;
    return 0;
}

/* removes a stored document, its mentions and sentences; events keep the
 * counts of their other mentions and go when none is left */
static int remove_doc(dyad_store *st, const char *id)
{
    if (fts_flush(st))
        return -1;
    static const char *const sql[] = {
        "CREATE TEMP TABLE IF NOT EXISTS affected(id INTEGER PRIMARY KEY)",
        "DELETE FROM temp.affected",
        "INSERT OR IGNORE INTO temp.affected SELECT event_id FROM mentions "
        "WHERE doc_id=?1",
        "DELETE FROM mentions WHERE doc_id=?1",
        "UPDATE events SET"
        " num_mentions=(SELECT count(*) FROM mentions m WHERE m.event_id=events.id),"
        " num_articles=(SELECT count(DISTINCT doc_id) FROM mentions m"
        "  WHERE m.event_id=events.id),"
        " num_sources=(SELECT count(DISTINCT publisher) FROM mentions m"
        "  WHERE m.event_id=events.id),"
        " first_doc=coalesce((SELECT doc_id FROM mentions m"
        "  WHERE m.event_id=events.id ORDER BY m.id LIMIT 1), first_doc),"
        " first_sentence_id=(SELECT sentence_id FROM mentions m"
        "  WHERE m.event_id=events.id ORDER BY m.id LIMIT 1)"
        " WHERE id IN (SELECT id FROM temp.affected)",
        "DELETE FROM events WHERE num_mentions=0 AND id IN "
        "(SELECT id FROM temp.affected)",
        "DELETE FROM sentences WHERE doc_id=?1",
        "DELETE FROM documents WHERE id=?1",
    };
    for (size_t i = 0; i < sizeof sql / sizeof sql[0]; i++) {
        sqlite3_stmt *s = NULL;
        if (sqlite3_prepare_v2(st->db, sql[i], -1, &s, NULL) != SQLITE_OK)
            return -1;
        if (sqlite3_bind_parameter_count(s) > 0)
            bind_text(s, 1, id);
        int rc = sqlite3_step(s);
        sqlite3_finalize(s);
        if (rc != SQLITE_DONE)
            return -1;
    }
    /* the deleted sentence ids may be reused: index from the new maximum */
    return fts_mark(st);
}

int dyad_store_add(dyad_store *st, const dyad_result *r, dyad_error *err)
{
    if (!st || !r)
        return dy_error_set(err, DYAD_EINVAL, NULL, 0, 0, -1,
                            "dyad_store_add: NULL argument");
    const dyad_doc *d = &r->doc;
    char idbuf[32], hash[24], pub[256];
    const char *id = doc_key(d, idbuf, sizeof idbuf);
    snprintf(hash, sizeof hash, "%016llx",
             (unsigned long long)dy_hash(d->text, d->text_len));
    publisher_of(d->source, d->url, id, pub, sizeof pub);
    int own = !st->in_batch;
    if (own && exec(st, "BEGIN IMMEDIATE"))
        return fail(st, err, "cannot begin");
    if (own && fts_mark(st))
        goto bad;
    sqlite3_stmt *s = st->s[S_HAS_DOC];
    bind_ref(s, 1, id);
    int found = step_exists(s);
    if (found < 0 || (found && remove_doc(st, id)))
        goto bad;
    s = st->s[S_INS_DOC];
    bind_ref(s, 1, id);
    bind_ref(s, 2, d->date);
    bind_ref(s, 3, d->source);
    bind_ref(s, 4, d->url);
    bind_ref(s, 5, d->title);
    sqlite3_bind_int64(s, 6, (sqlite3_int64)d->text_len);
    sqlite3_bind_int64(s, 7, (sqlite3_int64)r->nsent);
    sqlite3_bind_int64(s, 8, (sqlite3_int64)r->count);
    bind_ref(s, 9, hash);
    if (step_done(s))
        goto bad;
    /* this document's undated events are kept in memory (find_undated) */
    st->scope_doc = id;
    st->nscope = 0;
    st->scope_full = 0;
    st->scope_keys.len = 0;
    /* events come in sentence order: one sentence row per sentence */
    long last_sent = -1;
    sqlite3_int64 sent_id = 0;
    for (size_t i = 0; i < r->count; i++) {
        const dyad_event *e = &r->events[i];
        if ((long)e->sentence != last_sent) {
            s = st->s[S_INS_SENT];
            bind_ref(s, 1, id);
            sqlite3_bind_int64(s, 2, (sqlite3_int64)e->sentence);
            sqlite3_bind_int64(s, 3, (sqlite3_int64)e->sentence_span.start);
            sqlite3_bind_int64(s, 4, (sqlite3_int64)e->sentence_span.len);
            bind_refn(s, 5, d->text + e->sentence_span.start,
                       e->sentence_span.len);
            int src = sqlite3_step(s);
            sqlite3_reset(s);
            if (src == SQLITE_DONE)
                sent_id = sqlite3_last_insert_rowid(st->db);
            else if (src == SQLITE_CONSTRAINT)
                /* out of order: the sentence is already there */
                sent_id = sentence_id(st, id, (long)e->sentence);
            else
                goto bad;
            last_sent = (long)e->sentence;
        }
        mention m;
        memset(&m, 0, sizeof m);
        m.doc_id = id;
        m.publisher = pub;
        m.date = e->date;
        m.sentence = (long)e->sentence;
        m.sentence_id = sent_id;
        m.source_code = e->source.code ? e->source.code : "";
        m.source_text = e->source.text;
        m.target_code = e->target.code;
        m.target_text = e->target.code ? e->target.text : NULL;
        m.cameo = e->cameo;
        m.quad_class = e->quad_class;
        m.goldstein = e->goldstein;
        m.plover_type = e->plover_type;
        m.plover_mode = e->plover_mode;
        m.status = e->status;
        m.attributed_to =
            e->attributed_to.code ? e->attributed_to.code : e->attributed_to.text;
        if (e->location) {
            const dyad_location *l = e->location;
            m.location = l->name;
            m.country = l->country;
            m.admin1 = l->admin1;
            m.precision = l->precision;
            m.has_latlon = l->lat != 0 || l->lon != 0;
            m.lat = l->lat;
            m.lon = l->lon;
            m.geonameid = l->geonameid;
            m.loose = l->loose;
        }
        m.killed = e->killed.value;
        m.injured = e->injured.value;
        m.trigger_text = d->text + e->trigger.start;
        m.trigger_len = e->trigger.len;
        m.trigger_start = (long)e->trigger.start;
        m.pattern = e->pattern;
        if (add_mention(st, &m))
            goto bad;
    }
    st->scope_doc = NULL;
    if (own && (fts_flush(st) || exec(st, "COMMIT")))
        goto bad;
    return 0;
bad:;
    st->scope_doc = NULL;
    int rc = fail(st, err, "cannot store document");
    exec(st, "ROLLBACK");
    rolled_back(st);
    st->in_batch = 0;
    return rc;
}

int dyad_store_get_counts(dyad_store_counts *out, dyad_store *st,
                          dyad_error *err)
{
    if (!out || !st)
        return dy_error_set(err, DYAD_EINVAL, NULL, 0, 0, -1,
                            "dyad_store_get_counts: NULL argument");
    sqlite3_stmt *s = NULL;
    if (sqlite3_prepare_v2(st->db,
                           "SELECT (SELECT count(*) FROM documents),"
                           "(SELECT count(*) FROM sentences),"
                           "(SELECT count(*) FROM events),"
                           "(SELECT count(*) FROM mentions),"
                           "(SELECT count(*) FROM actors)",
                           -1, &s, NULL) != SQLITE_OK ||
        sqlite3_step(s) != SQLITE_ROW) {
        sqlite3_finalize(s);
        return fail(st, err, "cannot count rows");
    }
    out->documents = sqlite3_column_int64(s, 0);
    out->sentences = sqlite3_column_int64(s, 1);
    out->events = sqlite3_column_int64(s, 2);
    out->mentions = sqlite3_column_int64(s, 3);
    out->actors = sqlite3_column_int64(s, 4);
    sqlite3_finalize(s);
    return 0;
}

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
        return fail(st, err, "cannot query events");
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
        rc = fail(st, err, "cannot read events");
    sqlite3_finalize(s);
    dy_buf_free(&b);
    return rc;
}

/* ------------------------------------------------------------ queries */

typedef struct qbind {
    int is_int;
    sqlite3_int64 i;
    char s[256];
} qbind;

typedef struct qbuild {
    dy_buf sql;
    qbind binds[QUERY_MAX_BINDS];
    int n;
    int bad; /* too many binds */
} qbuild;

static qbind *qb_next(qbuild *qb)
{
    if (qb->n >= QUERY_MAX_BINDS) {
        qb->bad = 1;
        return &qb->binds[QUERY_MAX_BINDS - 1];
    }
    qbind *b = &qb->binds[qb->n++];
    memset(b, 0, sizeof *b);
    return b;
}

static void qb_text(qbuild *qb, const char *s, int upper)
{
    qbind *b = qb_next(qb);
    size_t i = 0;
    for (; s[i] && i + 1 < sizeof b->s; i++)
        b->s[i] = upper ? (char)toupper((unsigned char)s[i]) : s[i];
    b->s[i] = '\0';
}

static void qb_int(qbuild *qb, sqlite3_int64 v)
{
    qbind *b = qb_next(qb);
    b->is_int = 1;
    b->i = v;
}

/* `column` starts with code prefix p: a range, so indexes serve it */
static void qb_prefix(qbuild *qb, const char *column, const char *p)
{
    dy_buf_printf(&qb->sql, "(%s >= ? AND %s < ?)", column, column);
    qb_text(qb, p, 1);
    qbind *hi = qb_next(qb);
    snprintf(hi->s, sizeof hi->s, "%.250s~", qb->binds[qb->n - 2].s);
}

/* the FTS5 expression for plain words: each word quoted, all required */
static void qb_fts(qbuild *qb, const char *text)
{
    qbind *b = qb_next(qb);
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

static int build_where(qbuild *qb, const dyad_query *q, dyad_error *err)
{
    dy_buf *w = &qb->sql;
    dy_buf_puts(w, " WHERE 1");
    if (!q)
        return 0;
    long day;
    if (q->from) {
        if (parse_day(q->from, &day))
            return dy_error_set(err, DYAD_EINVAL, NULL, 0, 0, -1,
                                "bad date '%s' (YYYY-MM-DD)", q->from);
        dy_buf_puts(w, " AND e.day >= ?");
        qb_int(qb, day);
    }
    if (q->to) {
        if (parse_day(q->to, &day))
            return dy_error_set(err, DYAD_EINVAL, NULL, 0, 0, -1,
                                "bad date '%s' (YYYY-MM-DD)", q->to);
        if (strlen(q->to) == 7) /* a month: up to its last day */
            day = next_period(day, DYAD_PERIOD_MONTH) - 1;
        dy_buf_puts(w, " AND e.day <= ?");
        qb_int(qb, day);
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
        qb_int(qb, q->quad_class);
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

static int qb_prepare(dyad_store *st, qbuild *qb, sqlite3_stmt **out,
                      dyad_error *err)
{
    if (qb->sql.failed)
        return dy_error_set(err, DYAD_ENOMEM, NULL, 0, 0, -1, "out of memory");
    if (sqlite3_prepare_v2(st->db, qb->sql.data, (int)qb->sql.len, out,
                           NULL) != SQLITE_OK)
        return fail(st, err, "cannot prepare query");
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

static void json_str(dy_buf *b, const char *s)
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

static void csv_str(dy_buf *b, const char *s)
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
            csv_str(b, col_or_null(s, c));
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
    json_str(b, col_or_null(s, C_DATE));
    dy_buf_puts(b, ",\"source\":{\"code\":");
    json_str(b, col(s, C_SRC)[0] ? col(s, C_SRC) : NULL);
    dy_buf_puts(b, ",\"name\":");
    json_str(b, col_or_null(s, C_SRCNAME));
    dy_buf_puts(b, "},\"target\":");
    if (col(s, C_TGT)[0]) {
        dy_buf_puts(b, "{\"code\":");
        json_str(b, col(s, C_TGT));
        dy_buf_puts(b, ",\"name\":");
        json_str(b, col_or_null(s, C_TGTNAME));
        dy_buf_puts(b, "}");
    } else
        dy_buf_puts(b, "null");
    dy_buf_puts(b, ",\"cameo\":");
    json_str(b, col(s, C_CAMEO));
    dy_buf_puts(b, ",\"root\":");
    json_str(b, col(s, C_ROOT));
    dy_buf_printf(b, ",\"quad_class\":%d,\"goldstein\":%.1f,\"plover\":",
                  sqlite3_column_int(s, C_QUAD),
                  sqlite3_column_double(s, C_GOLD));
    if (col_or_null(s, C_PTYPE)) {
        dy_buf_puts(b, "{\"type\":");
        json_str(b, col(s, C_PTYPE));
        dy_buf_puts(b, ",\"mode\":");
        json_str(b, col_or_null(s, C_PMODE));
        dy_buf_puts(b, "}");
    } else
        dy_buf_puts(b, "null");
    dy_buf_puts(b, ",\"status\":");
    json_str(b, col(s, C_STATUS));
    dy_buf_printf(b, ",\"num_mentions\":%lld,\"num_sources\":%lld,"
                     "\"num_articles\":%lld,\"location\":",
                  (long long)sqlite3_column_int64(s, C_NMEN),
                  (long long)sqlite3_column_int64(s, C_NSRC),
                  (long long)sqlite3_column_int64(s, C_NART));
    if (col_or_null(s, C_LOC)) {
        dy_buf_puts(b, "{\"name\":");
        json_str(b, col(s, C_LOC));
        dy_buf_puts(b, ",\"country\":");
        json_str(b, col_or_null(s, C_COUNTRY));
        dy_buf_puts(b, ",\"admin1\":");
        json_str(b, col_or_null(s, C_ADMIN1));
        dy_buf_puts(b, ",\"precision\":");
        json_str(b, col_or_null(s, C_PREC));
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
        json_str(b, col(m, 0));
        dy_buf_printf(b, ",\"sentence\":%d,\"text\":", sqlite3_column_int(m, 1));
        json_str(b, col_or_null(m, 2));
        dy_buf_puts(b, ",\"status\":");
        json_str(b, col(m, 3));
        dy_buf_puts(b, ",\"date\":");
        json_str(b, col_or_null(m, 4));
        dy_buf_puts(b, ",\"publisher\":");
        json_str(b, col(m, 5));
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
    int dated = parse_day(col(s, C_DATE), &day) == 0;
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
    qbuild qb;
    memset(&qb, 0, sizeof qb);
    dy_buf_init(&qb.sql, NULL);
    dy_buf b;
    dy_buf_init(&b, NULL);
    sqlite3_stmt *s = NULL;
    int rc = 0;
    dy_buf_puts(&qb.sql, event_select);
    rc = build_where(&qb, q, err);
    if (rc)
        goto done;
    if (fmt == DYAD_STORE_GDELT)
        dy_buf_puts(&qb.sql, " ORDER BY e.id");
    else
        dy_buf_puts(&qb.sql, " ORDER BY e.day IS NULL, e.day, e.id");
    dy_buf_puts(&qb.sql, " LIMIT ?");
    qb_int(&qb, q && q->limit ? (sqlite3_int64)q->limit : -1);
    rc = qb_prepare(st, &qb, &s, err);
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
            rc = fail(st, err, "cannot read mentions");
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
        rc = fail(st, err, "cannot read events");
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

/* -------------------------------------------------------------- stats */

static const char *const period_names[] = {"day", "week", "month"};

static const char *period_expr(dyad_period by)
{
    switch (by) {
    case DYAD_PERIOD_WEEK:
        return "date(e.date, 'weekday 0', '-6 days')";
    case DYAD_PERIOD_MONTH:
        return "substr(e.date, 1, 7)";
    default:
        return "e.date";
    }
}

static void period_label(long day, dyad_period by, char *buf, size_t size)
{
    long y, m, d;
    dy_civil_from_days(day, &y, &m, &d);
    if (by == DYAD_PERIOD_MONTH)
        snprintf(buf, size, "%04ld-%02ld", y, m);
    else
        snprintf(buf, size, "%04ld-%02ld-%02ld", y, m, d);
}

/* a bar's four QuadClass counts, mean Goldstein and deaths, from the
 * result columns from `first` on */
static void fill_bar(dy_plot_bar *bar, sqlite3_stmt *s, int first)
{
    for (int k = 0; k < 4; k++)
        bar->quad[k] = (long)sqlite3_column_int64(s, first + k);
    bar->goldstein = sqlite3_column_double(s, first + 4);
    bar->has_goldstein = 1;
    bar->killed = (long)sqlite3_column_int64(s, first + 5);
}

/* the per-period series, empty periods included; caller frees *out */
static int gather_series(dyad_store *st, const dyad_query *f, dyad_period by,
                         dy_plot_bar **out, size_t *count, dyad_error *err)
{
    qbuild qb;
    memset(&qb, 0, sizeof qb);
    dy_buf_init(&qb.sql, NULL);
    sqlite3_stmt *s = NULL;
    dy_plot_bar *bars = NULL;
    size_t n = 0;
    int rc = 0;
    *out = NULL;
    *count = 0;
    dy_buf_printf(&qb.sql,
                  "SELECT %s AS p, sum(e.quad_class=1), sum(e.quad_class=2),"
                  " sum(e.quad_class=3), sum(e.quad_class=4), avg(e.goldstein),"
                  " sum(e.killed) FROM events e",
                  period_expr(by));
    rc = build_where(&qb, f, err);
    if (rc)
        goto done;
    dy_buf_puts(&qb.sql, " AND e.date IS NOT NULL GROUP BY p ORDER BY p");
    rc = qb_prepare(st, &qb, &s, err);
    if (rc)
        goto done;
    long first = 0, last = 0;
    int step, rows = 0;
    /* first pass: the range */
    while ((step = sqlite3_step(s)) == SQLITE_ROW && rows < STATS_MAX_ROWS) {
        long day;
        if (parse_day(col(s, 0), &day))
            continue;
        if (!rows++)
            first = day;
        last = day;
    }
    if (step != SQLITE_ROW && step != SQLITE_DONE) {
        rc = fail(st, err, "cannot aggregate events");
        goto done;
    }
    if (!rows)
        goto done;
    size_t cap = 0;
    for (long d = first; d <= last && cap < DY_PLOT_MAX_PERIODS;
         d = next_period(d, by))
        cap++;
    bars = dy_calloc(NULL, cap, sizeof *bars);
    if (!bars) {
        rc = dy_error_set(err, DYAD_ENOMEM, NULL, 0, 0, -1, "out of memory");
        goto done;
    }
    long d = first;
    for (n = 0; n < cap; n++, d = next_period(d, by))
        period_label(d, by, bars[n].label, sizeof bars[n].label);
    sqlite3_reset(s);
    size_t at = 0;
    rows = 0;
    while ((step = sqlite3_step(s)) == SQLITE_ROW && rows++ < STATS_MAX_ROWS) {
        char label[64];
        long day;
        if (parse_day(col(s, 0), &day))
            continue;
        period_label(day, by, label, sizeof label);
        while (at < n && strcmp(bars[at].label, label) < 0)
            at++;
        if (at >= n)
            break;
        dy_plot_bar *bar = &bars[at];
        fill_bar(bar, s, 1);
    }
    *out = bars;
    *count = n;
    bars = NULL;
done:
    dy_free(NULL, bars);
    sqlite3_finalize(s);
    dy_buf_free(&qb.sql);
    return rc;
}

/* top directed dyads (actors = 0) or actors (actors = 1) */
static int gather_top(dyad_store *st, const dyad_query *f, int actors,
                      size_t top, dy_plot_bar **out, size_t *count,
                      dyad_error *err)
{
    qbuild qb;
    memset(&qb, 0, sizeof qb);
    dy_buf_init(&qb.sql, NULL);
    sqlite3_stmt *s = NULL;
    dy_plot_bar *bars = NULL;
    int rc = 0;
    *out = NULL;
    *count = 0;
    if (top > DY_PLOT_MAX_BARS)
        top = DY_PLOT_MAX_BARS;
    if (actors)
        dy_buf_puts(&qb.sql,
                    "SELECT a, '', sum(q=1), sum(q=2), sum(q=3), sum(q=4),"
                    " avg(g), sum(k), count(*) AS n FROM ("
                    "SELECT e.source_code AS a, e.quad_class AS q,"
                    " e.goldstein AS g, e.killed AS k FROM events e");
    else
        dy_buf_puts(&qb.sql,
                    "SELECT e.source_code, e.target_code, sum(e.quad_class=1),"
                    " sum(e.quad_class=2), sum(e.quad_class=3),"
                    " sum(e.quad_class=4), avg(e.goldstein), sum(e.killed),"
                    " count(*) AS n FROM events e");
    rc = build_where(&qb, f, err);
    if (rc)
        goto done;
    if (actors) {
        dy_buf_puts(&qb.sql, " UNION ALL SELECT e.target_code, e.quad_class,"
                             " e.goldstein, e.killed FROM events e");
        rc = build_where(&qb, f, err);
        if (rc)
            goto done;
        dy_buf_puts(&qb.sql, " AND e.target_code <> '') GROUP BY a");
    } else
        dy_buf_puts(&qb.sql, " AND e.target_code <> '' GROUP BY 1, 2");
    dy_buf_puts(&qb.sql, " ORDER BY n DESC, 1, 2 LIMIT ?");
    qb_int(&qb, (sqlite3_int64)top);
    rc = qb_prepare(st, &qb, &s, err);
    if (rc)
        goto done;
    bars = dy_calloc(NULL, top ? top : 1, sizeof *bars);
    if (!bars) {
        rc = dy_error_set(err, DYAD_ENOMEM, NULL, 0, 0, -1, "out of memory");
        goto done;
    }
    size_t n = 0;
    int step;
    while (n < top && (step = sqlite3_step(s)) == SQLITE_ROW) {
        dy_plot_bar *bar = &bars[n++];
        if (actors)
            snprintf(bar->label, sizeof bar->label, "%s", col(s, 0));
        else
            snprintf(bar->label, sizeof bar->label, "%s > %s", col(s, 0),
                     col(s, 1));
        fill_bar(bar, s, 2);
    }
    *out = bars;
    *count = n;
    bars = NULL;
done:
    dy_free(NULL, bars);
    sqlite3_finalize(s);
    dy_buf_free(&qb.sql);
    return rc;
}

static void write_bars(dy_buf *b, const dy_plot_bar *bars, size_t n,
                       const char *key, dyad_store_format fmt)
{
    if (fmt == DYAD_STORE_CSV) {
        dy_buf_printf(b, "%s,events,verbal_coop,material_coop,verbal_conflict,"
                         "material_conflict,goldstein_mean,fatalities\n",
                      key);
        for (size_t i = 0; i < n; i++) {
            csv_str(b, bars[i].label);
            dy_buf_printf(b, ",%ld,%ld,%ld,%ld,%ld,",
                          dy_plot_bar_total(&bars[i]), bars[i].quad[0],
                          bars[i].quad[1], bars[i].quad[2], bars[i].quad[3]);
            if (bars[i].has_goldstein)
                dy_buf_printf(b, "%.2f", bars[i].goldstein);
            dy_buf_printf(b, ",%ld\n", bars[i].killed);
        }
    } else if (fmt == DYAD_STORE_JSON) {
        dy_buf_printf(b, "\"%s\":[", key);
        for (size_t i = 0; i < n; i++) {
            dy_buf_puts(b, i ? ",{\"key\":" : "{\"key\":");
            json_str(b, bars[i].label);
            dy_buf_printf(b, ",\"events\":%ld,\"quad_class\":[%ld,%ld,%ld,%ld],"
                             "\"goldstein_mean\":",
                          dy_plot_bar_total(&bars[i]), bars[i].quad[0],
                          bars[i].quad[1], bars[i].quad[2], bars[i].quad[3]);
            if (bars[i].has_goldstein)
                dy_buf_printf(b, "%.2f", bars[i].goldstein);
            else
                dy_buf_puts(b, "null");
            dy_buf_printf(b, ",\"fatalities\":%ld}", bars[i].killed);
        }
        dy_buf_puts(b, "]");
    } else {
        dy_buf_printf(b, "%-16s %7s %7s %7s %7s %7s %9s %10s\n", key, "EVENTS",
                      "VCOOP", "MCOOP", "VCONF", "MCONF", "GOLDSTEIN",
                      "FATALITIES");
        for (size_t i = 0; i < n; i++) {
            dy_buf_printf(b, "%-16s %7ld %7ld %7ld %7ld %7ld ", bars[i].label,
                          dy_plot_bar_total(&bars[i]), bars[i].quad[0],
                          bars[i].quad[1], bars[i].quad[2], bars[i].quad[3]);
            if (bars[i].has_goldstein)
                dy_buf_printf(b, "%+9.2f", bars[i].goldstein);
            else
                dy_buf_printf(b, "%9s", "-");
            dy_buf_printf(b, " %10ld\n", bars[i].killed);
        }
    }
}

int dyad_store_stats(dyad_store *st, const dyad_stats_options *so,
                     dyad_store_format fmt, dyad_sink_fn sink, void *ctx,
                     dyad_error *err)
{
    if (!st || !so || !sink)
        return dy_error_set(err, DYAD_EINVAL, NULL, 0, 0, -1,
                            "dyad_store_stats: NULL argument");
    if (fmt != DYAD_STORE_TABLE && fmt != DYAD_STORE_CSV &&
        fmt != DYAD_STORE_JSON)
        return dy_error_set(err, DYAD_EINVAL, NULL, 0, 0, -1,
                            "statistics are written as table, csv or json");
    if ((unsigned)so->by > DYAD_PERIOD_MONTH)
        return dy_error_set(err, DYAD_EINVAL, NULL, 0, 0, -1, "bad period");
    dy_plot_bar *series = NULL, *dyads = NULL, *actors = NULL;
    size_t nseries = 0, ndyads = 0, nactors = 0;
    dy_buf b;
    dy_buf_init(&b, NULL);
    int rc = 0;
    if (so->series &&
        (rc = gather_series(st, &so->filter, so->by, &series, &nseries, err)))
        goto done;
    if (so->top_dyads &&
        (rc = gather_top(st, &so->filter, 0, so->top_dyads, &dyads, &ndyads,
                         err)))
        goto done;
    if (so->top_actors &&
        (rc = gather_top(st, &so->filter, 1, so->top_actors, &actors,
                         &nactors, err)))
        goto done;
    int sections = 0;
    if (fmt == DYAD_STORE_JSON)
        dy_buf_printf(&b, "{\"by\":\"%s\"", period_names[so->by]);
    const struct {
        int on;
        const dy_plot_bar *bars;
        size_t n;
        const char *key;
    } parts[3] = {{so->series, series, nseries, "period"},
                  {so->top_dyads > 0, dyads, ndyads, "dyad"},
                  {so->top_actors > 0, actors, nactors, "actor"}};
    for (int i = 0; i < 3; i++) {
        if (!parts[i].on)
            continue;
        if (fmt == DYAD_STORE_JSON)
            dy_buf_putc(&b, ',');
        else if (sections)
            dy_buf_putc(&b, '\n');
        sections++;
        write_bars(&b, parts[i].bars, parts[i].n,
                   fmt == DYAD_STORE_JSON
                       ? (i == 0 ? "series" : i == 1 ? "top_dyads" : "top_actors")
                   : fmt == DYAD_STORE_CSV ? parts[i].key
                   : i == 0 ? (so->by == DYAD_PERIOD_MONTH ? "MONTH"
                               : so->by == DYAD_PERIOD_WEEK ? "WEEK"
                                                            : "DAY")
                   : i == 1 ? "DYAD"
                            : "ACTOR",
                   fmt);
    }
    if (fmt == DYAD_STORE_JSON)
        dy_buf_puts(&b, "}\n");
    if (b.failed)
        rc = dy_error_set(err, DYAD_ENOMEM, NULL, 0, 0, -1, "out of memory");
    else if (sink(ctx, b.data ? b.data : "", b.len))
        rc = dy_error_set(err, DYAD_EIO, NULL, 0, 0, -1, "cannot write output");
done:
    dy_free(NULL, series);
    dy_free(NULL, dyads);
    dy_free(NULL, actors);
    dy_buf_free(&b);
    return rc;
}

/* --------------------------------------------------------------- plot */

static void describe_filter(const dyad_query *f, char *buf, size_t size)
{
    size_t n = 0;
    buf[0] = '\0';
#define ADD(...)                                                               \
    do {                                                                       \
        if (n < size)                                                          \
            n += (size_t)snprintf(buf + n, size - n, __VA_ARGS__);             \
    } while (0)
    if (f->dyad_source && f->dyad_target)
        ADD("%s %s %s", f->dyad_source, f->directed ? "->" : "-",
            f->dyad_target);
    else if (f->actor)
        ADD("%s", f->actor);
    else
        ADD("all actors");
    if (f->cameo)
        ADD(", CAMEO %s", f->cameo);
    if (f->text)
        ADD(", \"%s\"", f->text);
    if (f->from || f->to)
        ADD(", %s to %s", f->from ? f->from : "start", f->to ? f->to : "end");
#undef ADD
}

int dyad_store_plot(dyad_store *st, const dyad_plot_options *po,
                    const char *path, dyad_error *err)
{
    if (!st || !po || !path)
        return dy_error_set(err, DYAD_EINVAL, NULL, 0, 0, -1,
                            "dyad_store_plot: NULL argument");
    if ((unsigned)po->by > DYAD_PERIOD_MONTH ||
        (po->kind != DYAD_PLOT_TIMELINE && po->kind != DYAD_PLOT_TOP_DYADS))
        return dy_error_set(err, DYAD_EINVAL, NULL, 0, 0, -1,
                            "bad plot kind or period");
    dy_plot_bar *bars = NULL;
    size_t n = 0;
    int rc;
    dy_plot_data d;
    memset(&d, 0, sizeof d);
    d.kind = po->kind;
    char what[200];
    describe_filter(&po->filter, what, sizeof what);
    if (po->kind == DYAD_PLOT_TIMELINE) {
        rc = gather_series(st, &po->filter, po->by, &bars, &n, err);
        snprintf(d.title, sizeof d.title, "%s: conflict and cooperation by %s",
                 what, period_names[po->by]);
    } else {
        rc = gather_top(st, &po->filter, 0, po->top ? po->top : 15, &bars, &n,
                        err);
        snprintf(d.title, sizeof d.title, "Top dyads by events (%s)", what);
    }
    if (rc)
        goto done;
    if (!n) {
        rc = dy_error_set(err, DYAD_EINPUT, NULL, 0, 0, -1,
                          "no events match: nothing to plot");
        goto done;
    }
    if (po->title)
        snprintf(d.title, sizeof d.title, "%s", po->title);
    long total = 0;
    for (size_t i = 0; i < n; i++)
        total += dy_plot_bar_total(&bars[i]);
    snprintf(d.subtitle, sizeof d.subtitle, "%ld events, dyad event store",
             total);
    d.bars = bars;
    d.count = n;
    rc = dy_plot_render(&d, path, po->width > 0 ? po->width : 1000,
                        po->height > 0 ? po->height : 560, err);
done:
    dy_free(NULL, bars);
    return rc;
}
