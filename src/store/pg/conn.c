/*
 * conn.c - a PostgreSQL store's connection: the URL, the schema and its
 * versions (dyad_meta), the statements prepared once per connection, the
 * values bound to them, errors, and batches. Many processes may write
 * one store at once: every document is one transaction holding the
 * write lock (put.c), so the store is always that of the documents
 * stored one after another, in the order they committed.
 */
#include "store/pg/pg.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* the tables of schema 1: schema 7 of the SQLite store (docs/store.md),
 * with a sequence for the order of storing (SQLite's rowid), a GIN index
 * for full-text search, and the byte-order collation "C" where SQLite
 * compares bytes (codes, keys, dates that are ordered) */
static const char *const schema_v1 =
    "CREATE TABLE dyad_meta (name text PRIMARY KEY, value text NOT NULL);"
    "CREATE TABLE documents ("
    " id text COLLATE \"C\" PRIMARY KEY, seq bigserial NOT NULL UNIQUE,"
    " date text, source text, url text, title text,"
    " bytes bigint NOT NULL, sentences bigint NOT NULL,"
    " events bigint NOT NULL, coded_at text NOT NULL DEFAULT"
    " to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'),"
    " hash text, content text COLLATE \"C\", origin text, datetime text,"
    " article text COLLATE \"C\", similarity double precision);"
    "CREATE INDEX documents_content ON documents(content);"
    "CREATE INDEX documents_article ON documents(article)"
    " WHERE article IS NOT NULL;"
    "CREATE TABLE near_sigs (doc_id text COLLATE \"C\" PRIMARY KEY,"
    " day bigint NOT NULL, seq bigint NOT NULL, sig bytea NOT NULL);"
    "CREATE INDEX near_sigs_undated ON near_sigs(doc_id) WHERE day = -1;"
    "CREATE TABLE near_bands (band_key bigint NOT NULL, day bigint NOT NULL,"
    " doc_id text COLLATE \"C\" NOT NULL, PRIMARY KEY(band_key, day, doc_id));"
    "CREATE TABLE sentences (id bigserial PRIMARY KEY,"
    " doc_id text COLLATE \"C\" NOT NULL REFERENCES documents(id),"
    " idx bigint NOT NULL, start bigint, len bigint, text text NOT NULL,"
    " UNIQUE(doc_id, idx));"
    "CREATE INDEX sentences_words ON sentences"
    " USING gin (to_tsvector('simple', text));"
    "CREATE TABLE actors (code text COLLATE \"C\" PRIMARY KEY, country text,"
    " name text);"
    "CREATE TABLE events (id bigserial PRIMARY KEY, date text, day bigint,"
    " source_code text COLLATE \"C\" NOT NULL, source_name text,"
    " target_code text COLLATE \"C\" NOT NULL DEFAULT '', target_name text,"
    " cameo text COLLATE \"C\" NOT NULL, root text NOT NULL,"
    " quad_class integer NOT NULL, goldstein double precision NOT NULL,"
    " plover_type text COLLATE \"C\", plover_mode text, status text NOT NULL,"
    " place_key text COLLATE \"C\", location text, country text COLLATE \"C\","
    " admin1 text, precision text, lat double precision,"
    " lon double precision, geonameid bigint, killed bigint, injured bigint,"
    " loose integer NOT NULL DEFAULT 0,"
    " status_mask integer NOT NULL DEFAULT 0,"
    " killed_cumulative bigint, injured_cumulative bigint,"
    " num_mentions bigint NOT NULL, num_sources bigint NOT NULL,"
    " num_articles bigint NOT NULL, first_doc text COLLATE \"C\" NOT NULL,"
    " first_sentence bigint, first_sentence_id bigint, added_at text NOT NULL"
    " DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYYMMDDHH24MISS'));"
    "CREATE INDEX events_key ON events(cameo, source_code, target_code, day);"
    "CREATE INDEX events_day ON events(day);"
    "CREATE INDEX events_country_day ON events(country, day);"
    "CREATE INDEX events_quad_day ON events(quad_class, day);"
    "CREATE INDEX events_plover_day ON events(plover_type, day);"
    "CREATE INDEX events_dyad_day ON events(source_code, target_code, day);"
    "CREATE INDEX events_target_day ON events(target_code, day);"
    "CREATE TABLE mentions (id bigserial PRIMARY KEY,"
    " event_id bigint NOT NULL REFERENCES events(id),"
    " doc_id text COLLATE \"C\" NOT NULL REFERENCES documents(id),"
    " sentence_id bigint REFERENCES sentences(id), sentence bigint NOT NULL,"
    " publisher text COLLATE \"C\" NOT NULL, date text, source_text text,"
    " target_text text, trigger_text text, trigger_start bigint,"
    " status text NOT NULL, attributed_to text, location text, country text,"
    " killed bigint, injured bigint, pattern text,"
    " loose integer NOT NULL DEFAULT 0,"
    " killed_approx integer NOT NULL DEFAULT 0,"
    " injured_approx integer NOT NULL DEFAULT 0,"
    " killed_cumulative integer NOT NULL DEFAULT 0,"
    " injured_cumulative integer NOT NULL DEFAULT 0,"
    " doc_date text COLLATE \"C\" NOT NULL DEFAULT '');"
    "CREATE INDEX mentions_event ON mentions(event_id, doc_id);"
    "CREATE INDEX mentions_publisher ON mentions(event_id, publisher);"
    "CREATE INDEX mentions_doc ON mentions(doc_id);"
    "CREATE INDEX mentions_sentence ON mentions(sentence_id);"
    "CREATE INDEX mentions_killed ON mentions(event_id, killed_cumulative,"
    " killed_approx, doc_date DESC, id DESC) WHERE killed IS NOT NULL;"
    "CREATE INDEX mentions_injured ON mentions(event_id, injured_cumulative,"
    " injured_approx, doc_date DESC, id DESC) WHERE injured IS NOT NULL;"
    "INSERT INTO dyad_meta VALUES ('schema', '1');";

/* schema 2: the feed tables of the SQLite store (schema 4, store/feeds.c):
 * what each feed sent last and the items seen in it, for `dyad watch` and
 * `ingest` of feeds */
static const char *const schema_v2 =
    "CREATE TABLE feeds (url text COLLATE \"C\" PRIMARY KEY, title text,"
    " etag text, last_modified text, last_fetch text, last_status bigint,"
    " last_error text, errors bigint NOT NULL DEFAULT 0,"
    " items bigint NOT NULL DEFAULT 0);"
    "CREATE TABLE feed_items (feed_url text COLLATE \"C\" NOT NULL,"
    " item_id text COLLATE \"C\" NOT NULL, url text, title text, date text,"
    " outcome text NOT NULL, seen_at text NOT NULL DEFAULT"
    " to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'),"
    " PRIMARY KEY(feed_url, item_id));"
    "UPDATE dyad_meta SET value='2' WHERE name='schema';";

/* schema 3: the row counts, kept by the writers (dy_pg_keep_counts) as
 * SQLite schema 13's row_counts is, so that a status costs a few rows,
 * not a count of five tables. Counted once here, with the tables
 * locked against writers until the migration commits (a writer's
 * transaction that is open now is waited for, then counted). */
static const char *const schema_v3 =
    "LOCK TABLE documents, sentences, events, mentions, actors"
    " IN SHARE MODE;"
    "CREATE TABLE dyad_counts (slot integer PRIMARY KEY,"
    " documents bigint NOT NULL, sentences bigint NOT NULL,"
    " events bigint NOT NULL, mentions bigint NOT NULL,"
    " actors bigint NOT NULL);"
    "INSERT INTO dyad_counts SELECT 0, (SELECT count(*) FROM documents),"
    " (SELECT count(*) FROM sentences), (SELECT count(*) FROM events),"
    " (SELECT count(*) FROM mentions), (SELECT count(*) FROM actors);"
    "UPDATE dyad_meta SET value='3' WHERE name='schema';";

/* the counts of one writer's transaction added to a row of dyad_counts:
 * one of 64, chosen by its server process, so that concurrent writers
 * seldom wait on one row (a reader sums them) */
static const char *const keep_counts_sql =
    "INSERT INTO dyad_counts AS c VALUES (pg_backend_pid() % 64,"
    " $1, $2, $3, $4, $5)"
    " ON CONFLICT (slot) DO UPDATE SET"
    " documents=c.documents+excluded.documents,"
    " sentences=c.sentences+excluded.sentences,"
    " events=c.events+excluded.events,"
    " mentions=c.mentions+excluded.mentions,"
    " actors=c.actors+excluded.actors";

/* an event's statuses and tolls from its reports (db.h's DY_STATUS_MASK_SQL
 * and DY_TOLL_SQL, the same rule) */
#define PG_STATUS_MASK                                                        \
    "(SELECT coalesce(sum(DISTINCT CASE m.status WHEN 'asserted' THEN 1"    \
    " WHEN 'reported' THEN 2 WHEN 'confirmed' THEN 4 WHEN 'denied' THEN 8"   \
    " WHEN 'hypothetical' THEN 16 WHEN 'future' THEN 32 WHEN 'negated'"      \
    " THEN 64 WHEN 'embedded' THEN 128 ELSE 0 END), 0) FROM mentions m"      \
    " WHERE m.event_id=events.id)"
#define PG_TOLL(col, cum)                                                     \
    "(SELECT m." col " FROM mentions m WHERE m.event_id=events.id AND m."    \
    col " IS NOT NULL AND m." col "_cumulative=" cum " ORDER BY m." col      \
    "_approx, m.doc_date DESC, m.id DESC LIMIT 1)"
#define PG_MENTION_COLS                                                       \
    "event_id,doc_id,sentence_id,sentence,publisher,date,source_text,"      \
    "target_text,trigger_text,trigger_start,status,attributed_to,location,"  \
    "country,killed,injured,pattern,loose,killed_approx,injured_approx,"     \
    "killed_cumulative,injured_cumulative,doc_date"

static const char *const stmt_sql[DY_PGS_COUNT] = {
    /* DOC_GET */
    "SELECT content, hash, origin FROM documents WHERE id=$1",
    /* INS_DOC */
    "INSERT INTO documents(id,date,source,url,title,bytes,sentences,events,"
    "hash,content,origin,datetime,article,similarity) VALUES($1,$2,$3,$4,"
    "$5,$6,$7,$8,$9,$10,$11,$12,$13,$14) RETURNING seq",
    /* INS_SENT: a sentence already there (out of order) returns none */
    "INSERT INTO sentences(doc_id,idx,start,len,text) VALUES($1,$2,$3,$4,$5)"
    " ON CONFLICT (doc_id, idx) DO NOTHING RETURNING id",
    /* SENT_ID */
    "SELECT id FROM sentences WHERE doc_id=$1 AND idx=$2",
    /* FIND_DATED: same code and dyad on one day, in id order */
    "SELECT id, place_key, first_doc FROM events WHERE cameo=$1 AND "
    "source_code=$2 AND target_code=$3 AND day=$4 ORDER BY id LIMIT 16",
    /* FIND_UNDATED: undated reports merge within their document only */
    "SELECT id, place_key FROM events WHERE cameo=$1 AND source_code=$2 AND "
    "target_code=$3 AND day IS NULL AND first_doc=$4 ORDER BY id LIMIT 16",
    /* HAS_ART */
    "SELECT 1 FROM mentions WHERE event_id=$1 AND doc_id=$2 LIMIT 1",
    /* HAS_PUB */
    "SELECT 1 FROM mentions WHERE event_id=$1 AND publisher=$2 LIMIT 1",
    /* UPD_EV: db.c's S_UPD_EV */
#define FILL "place_key IS NULL AND $6::text IS NOT NULL AND (location IS" \
             " NULL OR (loose=1 AND $13::integer=0))"
    "UPDATE events SET num_mentions=num_mentions+1,"
    " num_articles=num_articles+$2::integer,"
    " num_sources=num_sources+$3::integer,"
    " status_mask=status_mask|$4::integer,"
    " location=CASE WHEN " FILL " THEN $6::text ELSE location END,"
    " country=CASE WHEN " FILL " THEN $7::text ELSE country END,"
    " admin1=CASE WHEN " FILL " THEN $8::text ELSE admin1 END,"
    " precision=CASE WHEN " FILL " THEN $9::text ELSE precision END,"
    " lat=CASE WHEN " FILL " THEN $10::float8 ELSE lat END,"
    " lon=CASE WHEN " FILL " THEN $11::float8 ELSE lon END,"
    " geonameid=CASE WHEN " FILL " THEN $12::bigint ELSE geonameid END,"
    " loose=CASE WHEN " FILL " THEN $13::integer ELSE loose END,"
    " place_key=coalesce(place_key, $5::text)"
    " WHERE id=$1",
#undef FILL
    /* INS_EV */
    "INSERT INTO events(date,day,source_code,source_name,target_code,"
    "target_name,cameo,root,quad_class,goldstein,plover_type,plover_mode,"
    "status,place_key,location,country,admin1,precision,lat,lon,geonameid,"
    "killed,injured,num_mentions,num_sources,num_articles,first_doc,"
    "first_sentence,first_sentence_id,loose,status_mask,killed_cumulative,"
    "injured_cumulative) VALUES($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,"
    "$14,$15,$16,$17,$18,$19,$20,$21,$22,$23,1,1,1,$24,$25,$26,$27,$28,$29,"
    "$30) RETURNING id",
    /* INS_MEN */
    "INSERT INTO mentions(" PG_MENTION_COLS ") VALUES($1,$2,$3,$4,$5,$6,$7,"
    "$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22,"
    "coalesce($23,''))",
    /* INS_ACTORS: a document's new actor codes at once, in code order (so
     * that two writers inserting the same new codes wait on each other in
     * one order, never in a circle) */
    "INSERT INTO actors(code,country,name) SELECT * FROM unnest($1::text[],"
    " $2::text[], $3::text[]) ON CONFLICT (code) DO NOTHING",
    /* RECOUNT_*: one toll of an event from its reports */
    "UPDATE events SET killed=" PG_TOLL("killed", "0") " WHERE id=$1",
    "UPDATE events SET killed_cumulative=" PG_TOLL("killed", "1")
    " WHERE id=$1",
    "UPDATE events SET injured=" PG_TOLL("injured", "0") " WHERE id=$1",
    "UPDATE events SET injured_cumulative=" PG_TOLL("injured", "1")
    " WHERE id=$1",
    /* BY_CONTENT: articles with the same text under another key */
    "SELECT id, seq, date FROM documents WHERE content=$1 AND article IS "
    "NULL AND id<>$2 ORDER BY seq LIMIT 8",
    /* SIG_GET */
    "SELECT sig, seq, day FROM near_sigs WHERE doc_id=$1",
    /* SIG_ADD */
    "INSERT INTO near_sigs(doc_id, day, seq, sig) VALUES($1, $2, $3, $4)"
    " ON CONFLICT (doc_id) DO UPDATE SET day=excluded.day, seq=excluded.seq,"
    " sig=excluded.sig",
    /* BAND_ADD: the 16 band keys $1 at once */
    "INSERT INTO near_bands(band_key, day, doc_id)"
    " SELECT k, $2, $3 FROM unnest($1::bigint[]) k ON CONFLICT DO NOTHING",
    /* BAND_FIND: for each band key of $1 in turn, the first 16 articles of
     * days [$2, $3] by day, then order of storing, as SQLite reads them
     * (store/rules_near.c takes them band by band): one statement for the
     * 16 look-ups */
    "SELECT b.i, n.doc_id FROM unnest($1::bigint[]) WITH ORDINALITY AS"
    " b(k, i) CROSS JOIN LATERAL (SELECT nb.doc_id, nb.day, s.seq FROM"
    " near_bands nb JOIN near_sigs s ON s.doc_id = nb.doc_id WHERE"
    " nb.band_key=b.k AND nb.day BETWEEN $2 AND $3 ORDER BY nb.day, s.seq"
    " LIMIT 16) n ORDER BY b.i, n.day, n.seq",
    /* ART_EVENT */
    "SELECT 1 FROM mentions m JOIN events e ON e.id=m.event_id WHERE "
    "m.doc_id=$1 AND e.cameo=$2 AND e.source_code=$3 AND e.target_code=$4 "
    "LIMIT 1",
    /* COPIES */
    "SELECT id FROM documents WHERE article=$1 ORDER BY seq",
    /* SIG_DAY */
    "SELECT day, sig FROM near_sigs WHERE doc_id=$1",
    /* BAND_DEL: the 16 band keys $1 at once */
    "DELETE FROM near_bands WHERE band_key = ANY($1::bigint[]) AND day=$2"
    " AND doc_id=$3",
    /* SIG_DEL */
    "DELETE FROM near_sigs WHERE doc_id=$1",
    /* ATTACH: a copy's mentions are its article's, under its publisher */
    "INSERT INTO mentions(" PG_MENTION_COLS ")"
    " SELECT event_id,$1::text,sentence_id,sentence,$2::text,date,"
    "source_text,"
    "target_text,trigger_text,trigger_start,status,attributed_to,"
    "location,country,killed,injured,pattern,loose,killed_approx,"
    "injured_approx,killed_cumulative,injured_cumulative,"
    "coalesce((SELECT date FROM documents WHERE id=$1),'') FROM mentions"
    " WHERE doc_id=$3 ORDER BY id",
    /* ATTACH_COUNT */
    "UPDATE documents SET events=(SELECT count(*) FROM mentions WHERE "
    "doc_id=$1) WHERE id=$1",
    /* ATTACH_EVENTS: identity.c's I_ATTACH_EVENTS */
    "UPDATE events SET"
    " num_mentions=num_mentions+(SELECT count(*) FROM mentions m"
    "  WHERE m.event_id=events.id AND m.doc_id=$1),"
    " num_articles=num_articles+1,"
    " num_sources=num_sources+(NOT EXISTS(SELECT 1 FROM mentions m"
    "  WHERE m.event_id=events.id AND m.publisher=$2 AND m.doc_id<>$1))::int"
    " WHERE id IN (SELECT event_id FROM mentions WHERE doc_id=$1)",
    /* RELINK */
    "UPDATE documents SET article=$2 WHERE id=$1 RETURNING source, url",
    /* DEL_MENTIONS: the events they leave, for the recount */
    "DELETE FROM mentions WHERE doc_id=$1 RETURNING event_id",
    /* RECOUNT_ALL: merge.c's dy_store_recount_affected, for $1's events */
    "UPDATE events SET"
    " num_mentions=(SELECT count(*) FROM mentions m"
    "  WHERE m.event_id=events.id),"
    " num_articles=(SELECT count(DISTINCT doc_id) FROM mentions m"
    "  WHERE m.event_id=events.id),"
    " num_sources=(SELECT count(DISTINCT publisher) FROM mentions m"
    "  WHERE m.event_id=events.id),"
    " first_doc=coalesce((SELECT doc_id FROM mentions m"
    "  WHERE m.event_id=events.id ORDER BY m.id LIMIT 1), first_doc),"
    " first_sentence_id=(SELECT sentence_id FROM mentions m"
    "  WHERE m.event_id=events.id ORDER BY m.id LIMIT 1),"
    " status_mask=" PG_STATUS_MASK ", killed=" PG_TOLL("killed", "0")
    ", injured=" PG_TOLL("injured", "0") ", killed_cumulative="
    PG_TOLL("killed", "1") ", injured_cumulative=" PG_TOLL("injured", "1")
    " WHERE id = ANY($1::bigint[])",
    /* DEL_EMPTY */
    "DELETE FROM events WHERE num_mentions=0 AND id = ANY($1::bigint[])",
    /* DEL_SENTS */
    "DELETE FROM sentences WHERE doc_id=$1",
    /* DEL_DOC */
    "DELETE FROM documents WHERE id=$1",
    /* MEN_OF_EVENT: db.c's S_MEN_OF_EVENT */
    "SELECT m.doc_id, m.sentence, s.text, m.status, m.date, m.publisher, "
    "s.start, s.len FROM mentions m "
    "LEFT JOIN sentences s ON s.id=m.sentence_id "
    "WHERE m.event_id=$1 ORDER BY m.id LIMIT 1000",
    /* HAS_UNDATED */
    "SELECT EXISTS(SELECT 1 FROM near_sigs WHERE day=-1)",
    /* LOCK: the advisory locks $1 (sorted), in their order */
    "SELECT count(pg_advisory_xact_lock(k)) FROM unnest($1::bigint[]) k",
    /* DOC_GROUPS: the merge groups (code and dyad) of a document's events */
    "SELECT DISTINCT e.cameo, e.source_code, e.target_code FROM mentions m"
    " JOIN events e ON e.id=m.event_id WHERE m.doc_id=$1",
};

/* The statements that insert (sign 1) or delete (-1) rows of a counted
 * table (rules.h's DY_ROWS_*): dy_pg_run adds the rows each changed to
 * dy_pg.counted. A statement that inserts or deletes rows of these
 * tables must be listed here (the tests compare dyad_counts with the
 * tables). */
static const struct {
    int table, sign; /* sign 0: not counted */
} counted[DY_PGS_COUNT] = {
    [DY_PGS_INS_DOC] = {DY_ROWS_DOCUMENTS, 1},
    [DY_PGS_DEL_DOC] = {DY_ROWS_DOCUMENTS, -1},
    [DY_PGS_INS_SENT] = {DY_ROWS_SENTENCES, 1},
    [DY_PGS_DEL_SENTS] = {DY_ROWS_SENTENCES, -1},
    [DY_PGS_INS_EV] = {DY_ROWS_EVENTS, 1},
    [DY_PGS_DEL_EMPTY] = {DY_ROWS_EVENTS, -1},
    [DY_PGS_INS_MEN] = {DY_ROWS_MENTIONS, 1},
    [DY_PGS_ATTACH] = {DY_ROWS_MENTIONS, 1},
    [DY_PGS_DEL_MENTIONS] = {DY_ROWS_MENTIONS, -1},
    [DY_PGS_INS_ACTORS] = {DY_ROWS_ACTORS, 1},
};

/* ------------------------------------------------------------- values */

void dy_pgp_init(dy_pgp *p)
{
    p->n = 0;
    p->bad = 0;
}

static int slot(dy_pgp *p)
{
    if (p->n >= DY_PG_PARAMS) {
        p->bad = 1;
        return DY_PG_PARAMS - 1;
    }
    return p->n++;
}

void dy_pgp_text(dy_pgp *p, const char *s)
{
    int i = slot(p);
    p->v[i] = s;
    p->len[i] = 0;
    p->fmt[i] = 0;
}

/* a string that may not end in NUL: sent in binary (text's binary form
 * is its bytes) */
void dy_pgp_textn(dy_pgp *p, const char *s, size_t n)
{
    int i = slot(p);
    p->v[i] = s;
    p->len[i] = s && n < 0x7fffffff ? (int)n : 0;
    p->fmt[i] = s ? 1 : 0;
    if (n >= 0x7fffffff)
        p->v[i] = NULL;
}

void dy_pgp_bytes(dy_pgp *p, const void *b, size_t n)
{
    dy_pgp_textn(p, b, n);
}

void dy_pgp_int(dy_pgp *p, long long v)
{
    int i = slot(p);
    snprintf(p->num[i], sizeof p->num[i], "%lld", v);
    p->v[i] = p->num[i];
    p->len[i] = 0;
    p->fmt[i] = 0;
}

/* the shortest text that reads back as the same double */
void dy_pgp_real(dy_pgp *p, double v)
{
    int i = slot(p);
    snprintf(p->num[i], sizeof p->num[i], "%.17g", isfinite(v) ? v : 0.0);
    p->v[i] = p->num[i];
    p->len[i] = 0;
    p->fmt[i] = 0;
}

void dy_pgp_null(dy_pgp *p)
{
    dy_pgp_text(p, NULL);
}

void dy_pgp_long(dy_pgp *p, long v, int known)
{
    if (known)
        dy_pgp_int(p, v);
    else
        dy_pgp_null(p);
}

/* ----------------------------------------------------------- running */

static int result_ok(PGresult *r)
{
    ExecStatusType t = PQresultStatus(r);
    return t == PGRES_COMMAND_OK || t == PGRES_TUPLES_OK;
}

/* r when it succeeded; else NULL, its SQLSTATE kept (a deadlock or a
 * serialization failure is retried: put.c) */
static PGresult *checked(dy_pg *pg, PGresult *r)
{
    if (r && result_ok(r))
        return r;
    const char *state = r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : NULL;
    snprintf(pg->sqlstate, sizeof pg->sqlstate, "%s", state ? state : "");
    PQclear(r);
    return NULL;
}

PGresult *dy_pg_run(dy_pg *pg, int i, const dy_pgp *p)
{
    char name[16];
    if (p && p->bad)
        return NULL;
    snprintf(name, sizeof name, "dy%d", i);
    PGresult *r = checked(pg, PQexecPrepared(pg->conn, name, p ? p->n : 0,
                                             p ? p->v : NULL,
                                             p ? p->len : NULL,
                                             p ? p->fmt : NULL, 0));
    if (r && counted[i].sign)
        pg->counted[counted[i].table] +=
            counted[i].sign * strtoll(PQcmdTuples(r), NULL, 10);
    return r;
}

int dy_pg_do(dy_pg *pg, int i, const dy_pgp *p)
{
    PGresult *r = dy_pg_run(pg, i, p);
    PQclear(r);
    return r ? 0 : -1;
}

int dy_pg_exec(dy_pg *pg, const char *sql)
{
    PGresult *r = checked(pg, PQexec(pg->conn, sql));
    PQclear(r);
    return r ? 0 : -1;
}

PGresult *dy_pg_query(dy_pg *pg, const char *sql, const dy_pgp *p)
{
    if (p && p->bad)
        return NULL;
    return checked(pg, PQexecParams(pg->conn, sql, p ? p->n : 0, NULL,
                                p ? p->v : NULL, p ? p->len : NULL,
                                p ? p->fmt : NULL, 0));
}

long long dy_pg_int(const PGresult *r, int row, int col, long long none)
{
    if (PQgetisnull(r, row, col))
        return none;
    return strtoll(PQgetvalue(r, row, col), NULL, 10);
}

const char *dy_pg_text(const PGresult *r, int row, int col)
{
    return PQgetisnull(r, row, col) ? NULL : PQgetvalue(r, row, col);
}

/* ---- a result's row as a dy_row (rules_row.c) ---- */

static const char *row_text(const dy_row *row, int c)
{
    return dy_pg_text(row->res, row->i, c);
}

static long long row_num(const dy_row *row, int c, long long none)
{
    return dy_pg_int(row->res, row->i, c, none);
}

static double row_real(const dy_row *row, int c)
{
    return PQgetisnull(row->res, row->i, c)
               ? 0.0
               : strtod(PQgetvalue(row->res, row->i, c), NULL);
}

static int row_is_null(const dy_row *row, int c)
{
    return PQgetisnull(row->res, row->i, c);
}

void dy_pg_row(dy_row *row, const PGresult *r, int i)
{
    row->text = row_text;
    row->num = row_num;
    row->real = row_real;
    row->is_null = row_is_null;
    row->res = r;
    row->i = i;
}

/* ------------------------------------------------------------ errors */

const char *dy_pg_name(const dy_pg *pg)
{
    return pg->name;
}

int dy_pg_fail(dy_pg *pg, dyad_error *err, const char *what)
{
    /* the session's time limit (dy_pg_set_deadline), as SQLite's deadline
     * says it (store/db.c) */
    if (pg->timeout_ms && !strcmp(pg->sqlstate, "57014"))
        return dy_error_set(err, DYAD_ELIMIT, pg->name, 0, 0, -1,
                            "%s: query took longer than %u ms", what,
                            pg->timeout_ms);
    char msg[400];
    snprintf(msg, sizeof msg, "%s",
             pg->conn ? PQerrorMessage(pg->conn) : "out of memory");
    size_t n = strlen(msg); /* libpq's messages end in a newline */
    while (n && (msg[n - 1] == '\n' || msg[n - 1] == ' '))
        msg[--n] = '\0';
    return dy_error_set(err, DYAD_ESTORE, pg->name, 0, 0, -1, "%s: %s", what,
                        n ? msg : "the server gave no reason");
}

/* ----------------------------------------------------------- opening */

int dy_pg_is_url(const char *path)
{
    return path && (strncmp(path, "postgresql://", 13) == 0 ||
                    strncmp(path, "postgres://", 11) == 0);
}

/* the URL with any password (user:password@) left out */
static void redact(const char *url, char *out, size_t size)
{
    const char *scheme = strstr(url, "://");
    const char *at = scheme ? strchr(scheme + 3, '@') : NULL;
    const char *colon = at ? memchr(scheme + 3, ':', (size_t)(at - scheme - 3))
                           : NULL;
    if (!colon) {
        snprintf(out, size, "%s", url);
        return;
    }
    snprintf(out, size, "%.*s:***%s", (int)(colon - url), url, at);
}

/* the schema version of the database: 0 when it has no dyad tables, -2
 * when it has a documents or events table that is not dyad's, -1 on error */
static int schema_version(dy_pg *pg)
{
    PGresult *r = dy_pg_query(
        pg,
        "SELECT to_regclass('dyad_meta') IS NOT NULL,"
        " to_regclass('documents') IS NOT NULL OR"
        " to_regclass('events') IS NOT NULL",
        NULL);
    if (!r)
        return -1;
    int meta = PQgetvalue(r, 0, 0)[0] == 't';
    int other = PQgetvalue(r, 0, 1)[0] == 't';
    PQclear(r);
    if (!meta)
        return other ? -2 : 0;
    r = dy_pg_query(pg, "SELECT value FROM dyad_meta WHERE name='schema'",
                    NULL);
    if (!r)
        return -1;
    int v = PQntuples(r) ? atoi(PQgetvalue(r, 0, 0)) : -2;
    PQclear(r);
    return v;
}

/* Brings the schema to DY_PG_SCHEMA under the schema lock, so that two
 * processes opening a new store at once create it once, and an older
 * store is migrated once, in one transaction. The lock is the
 * session's, taken before the transaction: a transaction begun after the
 * wait sees the tables the other process committed (one begun before it
 * would look them up in a catalog snapshot from before). */
static int migrate(dy_pg *pg, dyad_error *err)
{
    char lock[64], unlock[64];
    snprintf(lock, sizeof lock, "SELECT pg_advisory_lock(%lld)",
             DY_PG_LOCK_SCHEMA);
    snprintf(unlock, sizeof unlock, "SELECT pg_advisory_unlock(%lld)",
             DY_PG_LOCK_SCHEMA);
    if (dy_pg_exec(pg, lock))
        return dy_pg_fail(pg, err, "cannot lock the schema");
    int rc = 0;
    if (dy_pg_exec(pg, "BEGIN")) {
        rc = dy_pg_fail(pg, err, "cannot create schema");
    } else {
        int v = schema_version(pg); /* checked again by the caller */
        if ((v == 0 && dy_pg_exec(pg, schema_v1)) ||
            (v >= 0 && v < 2 && dy_pg_exec(pg, schema_v2)) ||
            (v >= 0 && v < 3 && dy_pg_exec(pg, schema_v3)) ||
            dy_pg_exec(pg, "COMMIT"))
            rc = dy_pg_fail(pg, err, "cannot create schema");
        if (rc)
            dy_pg_exec(pg, "ROLLBACK");
    }
    dy_pg_exec(pg, unlock);
    return rc;
}

static int check_version(dy_pg *pg, int readonly, dyad_error *err)
{
    int v = schema_version(pg);
    if (v == -1)
        return dy_pg_fail(pg, err, "cannot read the schema");
    if (v == -2)
        return dy_error_set(err, DYAD_ESTORE, pg->name, 0, 0, -1,
                            "not a dyad store: a PostgreSQL database with "
                            "tables that are not dyad's (left as it is)");
    if (v == 0 && readonly)
        return dy_error_set(err, DYAD_ESTORE, pg->name, 0, 0, -1,
                            "not a dyad store: an empty database");
    if (v > DY_PG_SCHEMA)
        return dy_error_set(err, DYAD_ESTORE, pg->name, 0, 0, -1,
                            "store schema %d is newer than this dyad "
                            "(PostgreSQL schema %d)", v, DY_PG_SCHEMA);
    pg->schema = v;
    return 0;
}

static int prepare_all(dy_pg *pg)
{
    for (int i = 0; i < DY_PGS_COUNT; i++) {
        char name[16];
        snprintf(name, sizeof name, "dy%d", i);
        PGresult *r = checked(pg, PQprepare(pg->conn, name, stmt_sql[i], 0, NULL));
        if (!r)
            return -1;
        PQclear(r);
    }
    /* a reader may serve an older store, without dyad_counts */
    PGresult *r = pg->schema >= 3 ? checked(pg, PQprepare(pg->conn, "dycounts",
                                                          keep_counts_sql, 0,
                                                          NULL))
                                  : NULL;
    PQclear(r);
    return pg->schema < 3 || r ? 0 : -1;
}

void dy_pg_rolled_back(dy_pg *pg)
{
    pg->near_undated = -1;
    memset(pg->counted, 0, sizeof pg->counted);
}

/* a server notice, dropped (see dy_pg_open) */
static void quiet(void *ctx, const char *message)
{
    (void)ctx;
    (void)message;
}

/* the session's settings: the server's notices below warnings, commits
 * not waiting for the disk, and a reader's transactions read-only */
static int settings(dy_pg *pg)
{
    if (dy_pg_exec(pg, "SET client_min_messages=warning") ||
        dy_pg_exec(pg, "SET synchronous_commit=off"))
        return -1;
    return pg->readonly &&
                   dy_pg_exec(pg, "SET default_transaction_read_only=on")
               ? -1
               : 0;
}

int dy_pg_revive(dy_pg *pg)
{
    /* what the server sent meanwhile, read without waiting: a session it
     * ended is found here, not by the next statement. Its last words (a
     * FATAL message) come first, then the end of its socket: a few
     * reads, each only of what is there. */
    for (int i = 0; i < 3 && PQstatus(pg->conn) == CONNECTION_OK; i++)
        PQconsumeInput(pg->conn);
    if (PQstatus(pg->conn) == CONNECTION_OK)
        return 0;
    PQreset(pg->conn); /* the same URL; the notice processor is kept */
    pg->timeout_ms = 0;
    dy_pg_rolled_back(pg);
    if (PQstatus(pg->conn) != CONNECTION_OK || settings(pg) ||
        prepare_all(pg))
        return -1;
    return 0;
}

int dy_pg_open(dy_pg **out, const char *url, int readonly, dyad_error *err)
{
    *out = NULL;
    dy_pg *pg = dy_malloc(NULL, sizeof *pg);
    if (!pg)
        return dy_error_set(err, DYAD_ENOMEM, NULL, 0, 0, -1,
                            "out of memory");
    memset(pg, 0, sizeof *pg);
    redact(url, pg->name, sizeof pg->name);
    pg->readonly = readonly;
    pg->near_undated = -1;
    pg->conn = PQconnectdb(url);
    int rc = 0;
    if (!pg->conn || PQstatus(pg->conn) != CONNECTION_OK) {
        rc = dy_pg_fail(pg, err, "cannot connect");
        goto done;
    }
    /* messages stay the store's: libpq would print the server's notices
     * on stderr itself (a session ended by the server, "FATAL:
     * terminating connection...", on a connection between statements),
     * while the failure of the next statement says it in dyad's error.
     * A server that restarts drops the connection, and the next
     * statement fails (nothing is retried). */
    PQsetNoticeProcessor(pg->conn, quiet, NULL);
    if (settings(pg)) {
        rc = dy_pg_fail(pg, err, "cannot set up the session");
        goto done;
    }
    int v = readonly ? -1 : schema_version(pg);
    if (v >= 0 && v < DY_PG_SCHEMA && (rc = migrate(pg, err)))
        goto done;
    if ((rc = check_version(pg, readonly, err)))
        goto done;
    if (prepare_all(pg))
        rc = dy_pg_fail(pg, err, "cannot prepare statements");
done:
    if (rc) {
        dy_pg_close(pg);
        return rc;
    }
    *out = pg;
    return 0;
}

void dy_pg_close(dy_pg *pg)
{
    if (!pg)
        return;
    PQfinish(pg->conn);
    dy_free(NULL, pg);
}

/* ----------------------------------------------------------- batches */

/* A batch on PostgreSQL is each document's own transaction (put.c): the
 * write lock is held for one document's statements only, so several
 * writers take turns per document while each codes its own. begin and
 * commit only check the connection. */
int dy_pg_begin(dy_pg *pg, dyad_error *err)
{
    if (PQstatus(pg->conn) != CONNECTION_OK)
        return dy_pg_fail(pg, err, "cannot begin");
    return 0;
}

int dy_pg_commit(dy_pg *pg, dyad_error *err)
{
    if (PQstatus(pg->conn) != CONNECTION_OK)
        return dy_pg_fail(pg, err, "cannot commit");
    return 0;
}

int dy_pg_is_empty(dy_pg *pg, int *out, dyad_error *err)
{
    PGresult *r = dy_pg_query(pg, "SELECT 1 FROM documents LIMIT 1", NULL);
    if (!r)
        return dy_pg_fail(pg, err, "cannot look up documents");
    *out = PQntuples(r) == 0;
    PQclear(r);
    return 0;
}

/* the rows of schema 3's dyad_counts, summed; an older store's tables
 * counted (a reader serves it as it is) */
static const char *const counts_sql =
    "SELECT coalesce(sum(documents), 0), coalesce(sum(sentences), 0),"
    " coalesce(sum(events), 0), coalesce(sum(mentions), 0),"
    " coalesce(sum(actors), 0) FROM dyad_counts";
static const char *const counted_sql =
    "SELECT (SELECT count(*) FROM documents),"
    " (SELECT count(*) FROM sentences), (SELECT count(*) FROM events),"
    " (SELECT count(*) FROM mentions), (SELECT count(*) FROM actors)";

int dy_pg_counts(dy_pg *pg, dyad_store_counts *out, dyad_error *err)
{
    PGresult *r =
        dy_pg_query(pg, pg->schema >= 3 ? counts_sql : counted_sql, NULL);
    if (!r)
        return dy_pg_fail(pg, err, "cannot count rows");
    out->documents = dy_pg_int(r, 0, 0, 0);
    out->sentences = dy_pg_int(r, 0, 1, 0);
    out->events = dy_pg_int(r, 0, 2, 0);
    out->mentions = dy_pg_int(r, 0, 3, 0);
    out->actors = dy_pg_int(r, 0, 4, 0);
    PQclear(r);
    return 0;
}

int dy_pg_keep_counts(dy_pg *pg)
{
    if (!dy_rows_counted(pg->counted))
        return 0;
    dy_pgp p;
    dy_pgp_init(&p);
    for (int i = 0; i < DY_ROWS_TABLES; i++)
        dy_pgp_int(&p, pg->counted[i]);
    PGresult *r = checked(pg, PQexecPrepared(pg->conn, "dycounts", p.n, p.v,
                                             p.len, p.fmt, 0));
    PQclear(r);
    if (!r)
        return -1;
    memset(pg->counted, 0, sizeof pg->counted);
    return 0;
}
