/*
 * schema.c - the store's tables (docs/store.md) and their migrations:
 * PRAGMA user_version holds the schema version, and opening an older
 * store brings it forward (0 -> 1 -> ... -> 17) inside one transaction,
 * through the steps of `ladder` (at the end), each its SQL and function.
 * The v1 rows are replayed through the merge (merge.c); v4 recounts the
 * events' statuses and tolls from their reports; v5 adds the date-ordered
 * indexes dyad serve reads pages from; v6's feed tables are feeds.c's;
 * v7 holds document identity and near duplicates (identity.c, near.c);
 * v8 adds the indexes that keep queries as fast at scale; v9 keys the
 * near-duplicate tables by the order of storing, so that ingest into a
 * large store appends to them; v10 adds near_bands_recent, which takes
 * new band keys first; v11 indexes a text's SHA-256 by its first digits;
 * v12 drops two indexes keyed by document; v13 keeps the row counts;
 * v14 finds a document's sentences by their run of ids instead of an
 * index keyed by document; v15 keeps the SHA-256 prefixes in two tables
 * instead of an index on documents; v16 keeps the documents' keys in two
 * tables instead of documents' primary key; v17 keys the merge's index of
 * events by day first.
 */
#include "store/db.h"

#include <stdio.h>
#include <string.h>

static const char schema_v1[] =
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
static const char schema_v3[] =
    "ALTER TABLE events ADD COLUMN loose INTEGER NOT NULL DEFAULT 0;"
    "ALTER TABLE mentions ADD COLUMN loose INTEGER NOT NULL DEFAULT 0;";

/* v3 -> v4: a report's counts keep whether they are approximate and
 * whether they are running tolls (dyad_count.cumulative); an event keeps
 * the statuses of its reports as bits (DY_STATUS_BIT) and its running
 * tolls apart from its own */
static const char schema_v4[] =
    "ALTER TABLE mentions ADD COLUMN killed_approx INTEGER NOT NULL "
    "DEFAULT 0;"
    "ALTER TABLE mentions ADD COLUMN injured_approx INTEGER NOT NULL "
    "DEFAULT 0;"
    "ALTER TABLE mentions ADD COLUMN killed_cumulative INTEGER NOT NULL "
    "DEFAULT 0;"
    "ALTER TABLE mentions ADD COLUMN injured_cumulative INTEGER NOT NULL "
    "DEFAULT 0;"
    "ALTER TABLE mentions ADD COLUMN doc_date TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE events ADD COLUMN status_mask INTEGER NOT NULL DEFAULT 0;"
    "ALTER TABLE events ADD COLUMN killed_cumulative INTEGER;"
    "ALTER TABLE events ADD COLUMN injured_cumulative INTEGER;"
    "CREATE INDEX mentions_killed ON mentions(event_id, killed_cumulative,"
    " killed_approx, doc_date DESC, id DESC) WHERE killed IS NOT NULL;"
    "CREATE INDEX mentions_injured ON mentions(event_id, injured_cumulative,"
    " injured_approx, doc_date DESC, id DESC) WHERE injured IS NOT NULL;";

/* after v4's columns: the dates, bits and counts of the rows there */
static const char recount_v4[] =
    "UPDATE mentions SET doc_date=coalesce((SELECT d.date FROM documents d"
    " WHERE d.id=mentions.doc_id), '');"
    "UPDATE events SET status_mask=" DY_STATUS_MASK_SQL ";"
    "UPDATE events SET " DY_RECOUNT_SQL ";";

/* v4 -> v5: the newest events of a country, QuadClass, actor or PLOVER
 * type come straight off an index in date order (dyad serve's first page,
 * docs/performance.md); (source_code, target_code, day) answers a dyad
 * from the index alone, and it and (target_code, day) serve every lookup
 * the single-column indexes did */
static const char schema_v5[] =
    "CREATE INDEX IF NOT EXISTS events_country_day ON events(country, day);"
    "CREATE INDEX IF NOT EXISTS events_quad_day ON events(quad_class, day);"
    "CREATE INDEX IF NOT EXISTS events_plover_day ON events(plover_type,"
    " day);"
    "CREATE INDEX IF NOT EXISTS events_dyad_day ON events(source_code,"
    " target_code, day);"
    "CREATE INDEX IF NOT EXISTS events_target_day ON events(target_code,"
    " day);"
    "DROP INDEX IF EXISTS events_source;"
    "DROP INDEX IF EXISTS events_target;";

/* v6 -> v7: document identity and near duplicates (docs/store.md,
 * "Identity"): the SHA-256 of the text (NULL for rows stored before: their
 * 64-bit `hash` stands in, indexed for them alone), where the document was
 * read, its date with time and zone as given, and for a near-duplicate the
 * article it is a copy of; MinHash signatures and LSH band keys of the
 * articles, with their day (days since 1970-01-01, -1 undated) so that a
 * look-up reads only the bands of articles near its own day, and their
 * order of storing (seq: the oldest article wins a tie) */
static const char schema_v7[] =
    "ALTER TABLE documents ADD COLUMN content TEXT;"
    "ALTER TABLE documents ADD COLUMN origin TEXT;"
    "ALTER TABLE documents ADD COLUMN datetime TEXT;"
    "ALTER TABLE documents ADD COLUMN article TEXT;"
    "ALTER TABLE documents ADD COLUMN similarity REAL;"
    "CREATE INDEX documents_content ON documents(content);"
    "CREATE INDEX documents_legacy ON documents(hash) WHERE content IS NULL;"
    "CREATE INDEX documents_article ON documents(article)"
    " WHERE article IS NOT NULL;"
    "CREATE TABLE near_sigs (doc_id TEXT PRIMARY KEY,"
    " day INTEGER NOT NULL, seq INTEGER NOT NULL, sig BLOB NOT NULL)"
    " WITHOUT ROWID;"
    "CREATE TABLE near_bands (band_key INTEGER NOT NULL,"
    " day INTEGER NOT NULL, doc_id TEXT NOT NULL,"
    " PRIMARY KEY(band_key, day, doc_id)) WITHOUT ROWID;";

/* v7 -> v8: queries whose cost follows the answer, not the store
 * (docs/store.md, "At scale"): the events of a CAMEO root in date order
 * (a --cameo filter's first rows without a sort); a sentence's mentions
 * (a --text search goes from the full-text index's matches to their
 * events instead of asking the index once per event); the few events
 * the default statuses leave out (no report asserted, reported or
 * confirmed: DY_STATUS_HAPPENED, 7), which every query counts */
static const char schema_v8[] =
    "CREATE INDEX IF NOT EXISTS events_root_day ON events(root, day);"
    "CREATE INDEX IF NOT EXISTS mentions_sentence ON mentions(sentence_id);"
    "CREATE INDEX IF NOT EXISTS events_left_out ON events(root, cameo, status)"
    " WHERE (status_mask & 7) = 0;";

/* v8 -> v9: ingest into a large store (docs/scale.md): an article's
 * signature is keyed by its order of storing (seq, the documents row
 * given it), so new ones append instead of landing at a random place of
 * a table keyed by document; the band keys name the article by seq, not
 * by key (a third of the rows' size). The doc_id index finds the row of a
 * document being replaced. Look-ups read the band keys of a day in order
 * of storing, as they read them in key order before. */
static const char schema_v9[] =
    "CREATE TABLE near_sigs_v9 (seq INTEGER PRIMARY KEY,"
    " doc_id TEXT NOT NULL, day INTEGER NOT NULL, sig BLOB NOT NULL);"
    "INSERT INTO near_sigs_v9(seq, doc_id, day, sig)"
    " SELECT seq, doc_id, day, sig FROM near_sigs ORDER BY seq;"
    "CREATE TABLE near_bands_v9 (band_key INTEGER NOT NULL,"
    " day INTEGER NOT NULL, seq INTEGER NOT NULL,"
    " PRIMARY KEY(band_key, day, seq)) WITHOUT ROWID;"
    "INSERT INTO near_bands_v9(band_key, day, seq)"
    " SELECT b.band_key, b.day, s.seq FROM near_bands b"
    " JOIN near_sigs s ON s.doc_id = b.doc_id;"
    "DROP TABLE near_bands;"
    "DROP TABLE near_sigs;"
    "ALTER TABLE near_sigs_v9 RENAME TO near_sigs;"
    "ALTER TABLE near_bands_v9 RENAME TO near_bands;"
    "CREATE INDEX near_sigs_doc ON near_sigs(doc_id);";

/* v9 -> v10: new band keys go into near_bands_recent, kept small, and
 * from there into near_bands in key order when it holds a quarter as
 * many (identity.c, RECENT_PARTS; near.c, dy_store_near_flush): a flush
 * no longer lands on nearly every page of near_bands. Look-ups read
 * both. */
static const char schema_v10[] =
    "CREATE TABLE IF NOT EXISTS near_bands_recent (band_key INTEGER NOT NULL,"
    " day INTEGER NOT NULL, seq INTEGER NOT NULL,"
    " PRIMARY KEY(band_key, day, seq)) WITHOUT ROWID;";

/* v10 -> v11: the SHA-256 of a text is looked up by its first 16 hex
 * digits (64 bits), then compared whole (identity.c, I_BY_CONTENT): an
 * index of a third of the size, which a new document's random key lands
 * on anywhere (at 20x the corpus one more copy changed 4,230 of its 4,480
 * pages) */
static const char schema_v11[] =
    "DROP INDEX IF EXISTS documents_content;"
    "CREATE INDEX IF NOT EXISTS documents_content_key ON"
    " documents(substr(content, 1, 16));";

/* v11 -> v12: ingest into a large store (docs/scale.md, "schema 12"): no
 * index keyed by document on the near-duplicate signatures or on the
 * mentions, the two that every new document changed at a random place
 * (at 20x the corpus one more copy changed 2,544 and 2,316 of their
 * pages). A signature is found by its seq, the rowid of its document's
 * row (which VACUUM keeps); a document's mentions by the ids of its first
 * and last (documents.mention_lo, mention_hi), which a trigger keeps: a
 * new mention's id is above every stored one, so a document's mentions
 * are a run of ids. The columns come first (add_mention_range). */
static const char schema_v12[] =
    "DROP INDEX IF EXISTS near_sigs_doc;"
    "UPDATE documents SET mention_lo=m.lo, mention_hi=m.hi"
    " FROM (SELECT doc_id, min(id) AS lo, max(id) AS hi FROM mentions"
    " GROUP BY doc_id) AS m WHERE documents.id=m.doc_id;"
    "DROP INDEX IF EXISTS mentions_doc;"
    "CREATE TRIGGER IF NOT EXISTS mentions_range AFTER INSERT ON mentions"
    " BEGIN UPDATE documents SET"
    " mention_lo=min(coalesce(mention_lo, new.id), new.id),"
    " mention_hi=max(coalesce(mention_hi, new.id), new.id)"
    " WHERE id=new.doc_id; END;";

/* v12 -> v13: what a store holds, kept as it changes (docs/store.md,
 * "At scale"): one row of counts, to which each write transaction adds
 * the rows it inserted and deleted before its COMMIT (db.c's
 * dy_store_keep_counts), so that dyad_store_get_counts (and
 * /api/v1/status, which a dashboard polls) reads one row instead of
 * counting five tables (95 ms at 100x the corpus, cached). The migration
 * counts the rows there once. */
static const char schema_v13[] =
    "CREATE TABLE IF NOT EXISTS row_counts (one INTEGER PRIMARY KEY"
    " CHECK (one = 1), documents INTEGER NOT NULL, sentences INTEGER NOT NULL,"
    " events INTEGER NOT NULL, mentions INTEGER NOT NULL,"
    " actors INTEGER NOT NULL);"
    "INSERT OR REPLACE INTO row_counts VALUES (1,"
    " (SELECT count(*) FROM documents), (SELECT count(*) FROM sentences),"
    " (SELECT count(*) FROM events), (SELECT count(*) FROM mentions),"
    " (SELECT count(*) FROM actors));";

/* v13 -> v14: ingest into a large store (docs/scale.md, "schemas 14 and 15"):
 * no index on sentences keyed by document, which every new sentence
 * changed at a random place (at 20x the corpus one more copy changed
 * 1,973 of its 1,976 pages). A document's sentences are a run of ids,
 * stored one after another as mentions are: documents.sentence_lo,
 * sentence_hi hold its first and last, set by the writer (merge.c) and
 * here from the index before the table is rebuilt without it (an inline
 * UNIQUE cannot be dropped; the columns come first, sentence_runs).
 * Ids stay, and with them the full-text
 * index's rowids and the mentions' sentence_id. */
static const char schema_v14[] =
    "UPDATE documents SET sentence_lo=s.lo, sentence_hi=s.hi"
    " FROM (SELECT doc_id, min(id) AS lo, max(id) AS hi FROM sentences"
    " GROUP BY doc_id) AS s WHERE documents.id=s.doc_id;"
    "CREATE TABLE sentences_v14 (id INTEGER PRIMARY KEY,"
    " doc_id TEXT NOT NULL REFERENCES documents(id), idx INTEGER NOT NULL,"
    " start INTEGER, len INTEGER, text TEXT NOT NULL);"
    "INSERT INTO sentences_v14(id, doc_id, idx, start, len, text)"
    " SELECT id, doc_id, idx, start, len, text FROM sentences ORDER BY id;"
    "DROP TABLE sentences;"
    "ALTER TABLE sentences_v14 RENAME TO sentences;"
    "CREATE TRIGGER sentences_ad AFTER DELETE ON sentences BEGIN"
    " INSERT INTO sentences_fts(sentences_fts, rowid, text)"
    " VALUES ('delete', old.id, old.text); END;";

/* v14 -> v15: ingest into a large store (docs/scale.md, "schemas 14 and 15"):
 * the first 16 hex digits of a text's SHA-256 (schema 11's key) are kept
 * in content_keys with the document's seq, and a new document's go into
 * content_keys_recent first, which goes into content_keys in key order
 * when it holds a quarter as many as the store has documents (identity.c,
 * dy_store_content_flush), as the band keys do: the index on documents
 * changed 1,467 of its 1,469 pages for one more copy at 20x the corpus.
 * Look-ups read both tables. */
static const char schema_v15[] =
    "CREATE TABLE IF NOT EXISTS content_keys (k TEXT NOT NULL,"
    " seq INTEGER NOT NULL, PRIMARY KEY(k, seq)) WITHOUT ROWID;"
    "CREATE TABLE IF NOT EXISTS content_keys_recent (k TEXT NOT NULL,"
    " seq INTEGER NOT NULL, PRIMARY KEY(k, seq)) WITHOUT ROWID;"
    "INSERT OR IGNORE INTO content_keys(k, seq)"
    " SELECT substr(content, 1, 16), rowid FROM documents"
    " WHERE content IS NOT NULL ORDER BY 1, 2;"
    "DROP INDEX IF EXISTS documents_content_key;";

/* v15 -> v16: ingest into a large store (docs/scale.md, "The documents'
 * key in two levels"): documents has no index on its key, which every
 * new document's id changed at a random place (at 20x the corpus one
 * more copy wrote about one page of it and missed one a document). Its
 * keys are kept with its rowid (seq) in doc_keys, and a new document's go
 * into doc_keys_recent first, which goes into doc_keys in key order when
 * it holds a quarter as many as the store has documents, as the SHA-256
 * prefixes do (identity.c, dy_store_content_flush). Look-ups read both
 * (db.h, DY_DOC_SEQ). The table is rebuilt without its inline PRIMARY
 * KEY, rowids kept (content_keys and near-duplicate tables hold them);
 * the trigger of schema 12 finds the row by key the new way. */
static const char schema_v16[] =
    "DROP TABLE IF EXISTS doc_keys;" /* a store taken back for a test */
    "DROP TABLE IF EXISTS doc_keys_recent;"
    "CREATE TABLE doc_keys (k TEXT NOT NULL PRIMARY KEY,"
    " seq INTEGER NOT NULL) WITHOUT ROWID;"
    "CREATE TABLE doc_keys_recent (k TEXT NOT NULL PRIMARY KEY,"
    " seq INTEGER NOT NULL) WITHOUT ROWID;"
    "INSERT INTO doc_keys(k, seq) SELECT id, rowid FROM documents"
    " ORDER BY id;"
    "DROP TRIGGER IF EXISTS mentions_range;"
    "CREATE TABLE documents_v16 (id TEXT NOT NULL, date TEXT, source TEXT,"
    " url TEXT, title TEXT, bytes INTEGER NOT NULL,"
    " sentences INTEGER NOT NULL, events INTEGER NOT NULL,"
    " coded_at TEXT NOT NULL"
    " DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')), hash TEXT,"
    " content TEXT, origin TEXT, datetime TEXT, article TEXT,"
    " similarity REAL, mention_lo INTEGER, mention_hi INTEGER,"
    " sentence_lo INTEGER, sentence_hi INTEGER);"
    "INSERT INTO documents_v16(rowid, id, date, source, url, title, bytes,"
    " sentences, events, coded_at, hash, content, origin, datetime,"
    " article, similarity, mention_lo, mention_hi, sentence_lo,"
    " sentence_hi) SELECT rowid, id, date, source, url, title, bytes,"
    " sentences, events, coded_at, hash, content, origin, datetime,"
    " article, similarity, mention_lo, mention_hi, sentence_lo,"
    " sentence_hi FROM documents ORDER BY rowid;"
    "DROP TABLE documents;"
    "ALTER TABLE documents_v16 RENAME TO documents;"
    "CREATE INDEX documents_legacy ON documents(hash) WHERE content IS NULL;"
    "CREATE INDEX documents_article ON documents(article)"
    " WHERE article IS NOT NULL;"
    "CREATE TRIGGER mentions_range AFTER INSERT ON mentions"
    " BEGIN UPDATE documents SET"
    " mention_lo=min(coalesce(mention_lo, new.id), new.id),"
    " mention_hi=max(coalesce(mention_hi, new.id), new.id)"
    " WHERE " DY_DOC_ROW("new.doc_id") "; END;";

/* v16 -> v17: ingest into a large store (docs/scale.md, "The merge's
 * index by day first (schema 17)"): events_key (cameo, source_code,
 * target_code, day) took every new event at a random place, though four
 * in five are undated and never looked up through it: a document's
 * undated events are found in memory while it is stored (merge.c,
 * find_undated; a document has at most max_events, 1,000 by default,
 * fewer than SCOPE_MAX), and the rare look-up in SQL past that is served
 * by events_dyad_day. The merge's look-up of a dated event (S_FIND_DATED,
 * every column an equality) reads events_day_key, which holds the dated
 * events alone, day first: the events of the days being ingested land
 * together, at the end for news read in date order. No query reads
 * either index: --cameo goes by events_root_day, date order by
 * events_day. The v1 replay (step 2) runs before this step, with
 * events_key. */
static const char schema_v17[] =
    "DROP INDEX IF EXISTS events_key;"
    "CREATE INDEX IF NOT EXISTS events_day_key ON events(day, cameo,"
    " source_code, target_code) WHERE day IS NOT NULL;";

/* whether table has column col: 1, 0, or -1 on error */
static int has_column(dyad_store *st, const char *table, const char *col)
{
    sqlite3_stmt *s = NULL;
    int have = -1;
    if (sqlite3_prepare_v2(st->db,
                           "SELECT count(*) FROM pragma_table_info(?1)"
                           " WHERE name=?2",
                           -1, &s, NULL) == SQLITE_OK) {
        bind_ref(s, 1, table);
        bind_ref(s, 2, col);
        if (sqlite3_step(s) == SQLITE_ROW)
            have = sqlite3_column_int(s, 0);
    }
    sqlite3_finalize(s);
    return have;
}

/* two columns of documents, unless a store taken back for a test kept
 * them (schema 12's mention run, 14's sentence run) */
static int add_run_columns(dyad_store *st, const char *lo, const char *sql)
{
    int have = has_column(st, "documents", lo);
    if (have < 0)
        return -1;
    return have ? 0 : dy_store_exec(st, sql);
}

static int add_mention_range(dyad_store *st)
{
    return add_run_columns(st, "mention_lo",
                           "ALTER TABLE documents ADD COLUMN"
                           " mention_lo INTEGER;"
                           "ALTER TABLE documents ADD COLUMN"
                           " mention_hi INTEGER;");
}

static const char schema_v2[] =
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
            " e.trigger_start, e.pattern, d.source, d.url, d.date"
            " FROM events_v1 e LEFT JOIN documents d ON d.id=e.doc_id"
            " ORDER BY e.id",
            -1, &r, NULL) != SQLITE_OK ||
        sqlite3_prepare_v2(st->db,
                           "INSERT OR IGNORE INTO sentences(doc_id,idx,text) "
                           "VALUES(?,?,?)",
                           -1, &sent, NULL) != SQLITE_OK)
        goto done;
    int step;
    /* v1 rows are bounded by the v1 table itself */
    while ((step = sqlite3_step(r)) == SQLITE_ROW) {
        dy_mention m;
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
            m.sentence_id = dy_store_sentence_id(st, m.doc_id, m.sentence);
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
        dy_store_publisher(col_or_null(r, 24), col_or_null(r, 25), m.doc_id,
                           pub, sizeof pub);
        m.publisher = pub;
        m.doc_date = col_or_null(r, 26);
        if (dy_store_add_mention(st, &m))
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

/* v1 -> v2, with v3's, v4's and v7's columns first (the statements that
 * replay the v1 rows use them): statements over the new tables, then
 * every v1 row merged as a new report */
static int replay_v1(dyad_store *st)
{
    if (dy_store_exec(st, schema_v3) || dy_store_exec(st, schema_v4) ||
        dy_store_exec(st, schema_v7) || dy_store_prepare(st))
        return -1;
    st->fts_from = 0;
    return migrate_v1_rows(st) || dy_store_fts_flush(st) ||
                   dy_store_exec(st, "DROP TABLE events_v1")
               ? -1
               : 0;
}

static int recount_tolls(dyad_store *st)
{
    return dy_store_exec(st, recount_v4);
}

/* v12's columns, then the SQL that fills them and keeps them */
static int mention_range(dyad_store *st)
{
    return add_mention_range(st) || dy_store_exec(st, schema_v12) ? -1 : 0;
}

/* v14's columns, then the SQL that fills them and rebuilds sentences */
static int sentence_runs(dyad_store *st)
{
    return add_run_columns(st, "sentence_lo",
                           "ALTER TABLE documents ADD COLUMN"
                           " sentence_lo INTEGER;"
                           "ALTER TABLE documents ADD COLUMN"
                           " sentence_hi INTEGER;") ||
                   dy_store_exec(st, schema_v14)
               ? -1
               : 0;
}

/* One step of the ladder: what brings a store below schema `to` to it,
 * its SQL and then its function (either may be NULL). A store older
 * than `since` skips the step: 2's replay took it already. */
typedef struct step {
    int to;
    const char *sql;
    int (*run)(dyad_store *st);
    int since;
} step;

static const step ladder[] = {
    {1, schema_v1, NULL, 0},
    {2, schema_v2, replay_v1, 0},
    {3, schema_v3, NULL, 2},
    {4, schema_v4, recount_tolls, 2},
    {5, schema_v5, NULL, 0},
    {6, dy_store_feeds_schema, NULL, 0},
    {7, schema_v7, NULL, 2},
    {8, schema_v8, NULL, 0},
    {9, schema_v9, NULL, 0},
    {10, schema_v10, NULL, 0},
    {11, schema_v11, NULL, 0},
    {12, NULL, mention_range, 0},
    {13, schema_v13, NULL, 0},
    {14, NULL, sentence_runs, 0},
    {15, schema_v15, NULL, 0},
    {16, schema_v16, NULL, 0},
    {17, schema_v17, NULL, 0},
};

/* Steps that drop a large table (9's near-duplicate tables, 14's
 * sentences) make SQLite keep a statement journal of every page the DROP
 * frees, in memory under the connection's temp_store=MEMORY: 248 MB for
 * the sentences of the corpus 100x. The migration keeps its temporary
 * files on disk instead (SQLite spills a statement journal there past 64
 * KiB), and the connection gets its setting back after it. */
static int migrate_steps(dyad_store *st, int version, char *what, size_t cap)
{
    if (dy_store_exec(st, "BEGIN IMMEDIATE"))
        return -1;
    for (size_t i = 0; i < sizeof ladder / sizeof ladder[0]; i++) {
        const step *s = &ladder[i];
        if (version >= s->to || version < s->since)
            continue;
        if (s->to > 1)
            snprintf(what, cap, "cannot migrate the store to schema %d",
                     s->to);
        if ((s->sql && dy_store_exec(st, s->sql)) || (s->run && s->run(st)))
            return -1;
    }
    char done[40];
    snprintf(done, sizeof done, "PRAGMA user_version=%d", DYAD_STORE_SCHEMA);
    return dy_store_exec(st, done) || dy_store_exec(st, "COMMIT") ? -1 : 0;
}

int dy_store_migrate(dyad_store *st, int version, dyad_error *err)
{
    char what[64] = "cannot begin migration";
    if (dy_store_exec(st, "PRAGMA temp_store=FILE"))
        return dy_store_fail(st, err, what);
    if (migrate_steps(st, version, what, sizeof what)) {
        int rc = dy_store_fail(st, err, what);
        dy_store_exec(st, "ROLLBACK");
        dy_store_rolled_back(st);
        dy_store_exec(st, "PRAGMA temp_store=MEMORY");
        return rc;
    }
    /* the rows the steps stored are in schema 13's count */
    memset(st->counted, 0, sizeof st->counted);
    if (dy_store_exec(st, "PRAGMA temp_store=MEMORY"))
        return dy_store_fail(st, err, "cannot set temp_store");
    return 0;
}
