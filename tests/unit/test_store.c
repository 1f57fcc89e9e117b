/*
 * test_store.c - the SQLite event store's schema and merge (src/store/:
 * schema.c, merge.c, store.c): a fresh schema and the migrations from
 * versions 1, 2 and 3, idempotent adds, the merge rules (same event from
 * two documents merges; another day or place does not; countryless
 * dyads only at one place), loose places, the toll rule, files that are
 * not stores (left byte for byte as they were), output files. Codes with
 * the build lexicon (DYAD_TEST_LEXB); checks rows with sqlite3.
 */
#define _POSIX_C_SOURCE 200809L /* mkdtemp */
#include "store_fixture.h"

static void test_schema_fresh(void **state)
{
    (void)state;
    char p[512];
    tmp_path(p, sizeof p, "fresh.db");
    dyad_store *st = NULL;
    dyad_error err;
    assert_int_equal(dyad_store_open(&st, p, &err), 0);
    dyad_store_close(st);
    assert_int_equal(sql_int(p, "PRAGMA user_version"), DYAD_STORE_SCHEMA);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM sqlite_master WHERE "
                                "name IN ('documents','sentences',"
                                "'sentences_fts','actors','events',"
                                "'mentions')"),
                     6);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM sqlite_master WHERE "
                                "name='events_v1'"),
                     0);
    /* WAL journal */
    sqlite3 *db = NULL;
    sqlite3_stmt *s = NULL;
    assert_int_equal(sqlite3_open(p, &db), SQLITE_OK);
    assert_int_equal(sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &s,
                                        NULL),
                     SQLITE_OK);
    assert_int_equal(sqlite3_step(s), SQLITE_ROW);
    assert_string_equal((const char *)sqlite3_column_text(s, 0), "wal");
    sqlite3_finalize(s);
    sqlite3_close(db);
}

/* a store written by dyad 0.1 (schema 1): per-report rows in `events` */
static void test_migration_v1(void **state)
{
    (void)state;
    char p[512];
    tmp_path(p, sizeof p, "v1.db");
    sql_exec(p,
             "CREATE TABLE documents (id TEXT PRIMARY KEY, date TEXT, source "
             "TEXT, url TEXT, title TEXT, bytes INTEGER NOT NULL, sentences "
             "INTEGER NOT NULL, events INTEGER NOT NULL, coded_at TEXT NOT "
             "NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')));"
             "CREATE TABLE events (id INTEGER PRIMARY KEY, doc_id TEXT NOT "
             "NULL REFERENCES documents(id), sentence INTEGER NOT NULL, "
             "sentence_text TEXT NOT NULL, date TEXT, source_code TEXT NOT "
             "NULL, source_text TEXT, target_code TEXT, target_text TEXT, "
             "cameo TEXT NOT NULL, root TEXT NOT NULL, quad_class INTEGER NOT "
             "NULL, goldstein REAL NOT NULL, plover_type TEXT, plover_mode "
             "TEXT, status TEXT NOT NULL, attributed_to TEXT, location TEXT, "
             "country TEXT, lat REAL, lon REAL, killed INTEGER, injured "
             "INTEGER, trigger_text TEXT, trigger_start INTEGER, pattern "
             "TEXT);"
             "CREATE INDEX events_doc ON events(doc_id);"
             "CREATE INDEX events_dyad ON events(source_code, target_code);"
             "INSERT INTO documents(id,date,source,bytes,sentences,events) "
             "VALUES('d1','2024-01-02','AP',30,1,1),"
             "('d2','2024-01-03','AFP',30,2,2);"
             "INSERT INTO events(doc_id,sentence,sentence_text,date,"
             "source_code,source_text,target_code,target_text,cameo,root,"
             "quad_class,goldstein,status,location,country) VALUES"
             "('d1',0,'Russia attacked Ukraine.','2024-01-02','RUS','Russia',"
             "'UKR','Ukraine','190','19',4,-10,'asserted','Kyiv','UKR'),"
             "('d2',0,'Russia attacked Ukraine again.','2024-01-03','RUS',"
             "'Russia','UKR','Ukraine','190','19',4,-10,'asserted',NULL,NULL),"
             "('d2',1,'Ukraine met Russia.','2024-01-03','UKR','Ukraine',"
             "'RUS','Russia','040','04',1,1,'asserted',NULL,NULL);"
             "PRAGMA user_version=1;");
    dyad_store *st = NULL;
    dyad_error err;
    memset(&err, 0, sizeof err);
    if (dyad_store_open(&st, p, &err))
        fail_msg("migration: %s", err.message);
    dyad_store_counts c;
    assert_int_equal(dyad_store_get_counts(&c, st, &err), 0);
    assert_int_equal(c.documents, 2);
    assert_int_equal(c.mentions, 3);
    assert_int_equal(c.events, 2); /* the two attacks merged */
    assert_int_equal(c.sentences, 3);
    assert_int_equal(c.actors, 2);
    dyad_store_close(st);
    assert_int_equal(sql_int(p, "PRAGMA user_version"), DYAD_STORE_SCHEMA);
    assert_int_equal(sql_int(p, "SELECT num_mentions*100+num_sources*10+"
                                "num_articles FROM events WHERE cameo='190'"),
                     222);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM sqlite_master WHERE "
                                "name='events_v1'"),
                     0);
    /* the migrated sentences are searchable */
    assert_int_equal(sql_int(p, "SELECT count(*) FROM sentences_fts WHERE "
                                "sentences_fts MATCH 'again'"),
                     1);
    assert_row_counts(p);
    /* reopening does not migrate twice */
    assert_int_equal(dyad_store_open(&st, p, &err), 0);
    assert_int_equal(dyad_store_get_counts(&c, st, &err), 0);
    assert_int_equal(c.mentions, 3);
    dyad_store_close(st);
}

static void test_idempotent(void **state)
{
    (void)state;
    char p[512];
    dyad_store *st = merge_store(p, sizeof p);
    dyad_error err;
    dyad_store_counts a, b;
    assert_int_equal(dyad_store_get_counts(&a, st, &err), 0);
    /* adding the same documents again replaces them: same rows */
    add_docs(st, merge_docs, sizeof merge_docs / sizeof merge_docs[0]);
    assert_int_equal(dyad_store_get_counts(&b, st, &err), 0);
    assert_memory_equal(&a, &b, sizeof a);
    /* and the merge counts are the same */
    dyad_store_close(st);
    assert_int_equal(sql_int(p, "SELECT sum(num_mentions) FROM events"),
                     a.mentions);
    assert_int_equal(sql_int(p, "SELECT sum(num_articles) FROM events"),
                     a.mentions);
    assert_row_counts(p);
    assert_int_equal(dyad_store_open(&st, p, &err), 0);
    /* contains: the id with the same text, and by text for a document
     * without an id; the id with another text is not held (dyad_store_put
     * decides what to do with it) */
    dyad_doc d;
    memset(&d, 0, sizeof d);
    d.id = "a1";
    d.text = merge_docs[0].text;
    d.text_len = strlen(d.text);
    int found = -1;
    assert_int_equal(dyad_store_contains(&found, st, &d, &err), 0);
    assert_int_equal(found, 1);
    d.text = "x";
    d.text_len = 1;
    assert_int_equal(dyad_store_contains(&found, st, &d, &err), 0);
    assert_int_equal(found, 0);
    d.id = "nope";
    assert_int_equal(dyad_store_contains(&found, st, &d, &err), 0);
    assert_int_equal(found, 0);
    tdoc anon = {NULL, "2024-03-09", NULL, "Russian forces shelled Sumy."};
    add_docs(st, &anon, 1);
    d.id = NULL;
    d.text = anon.text;
    d.text_len = strlen(anon.text);
    assert_int_equal(dyad_store_contains(&found, st, &d, &err), 0);
    assert_int_equal(found, 1);
    /* batches */
    assert_int_equal(dyad_store_begin(st, &err), 0);
    assert_int_equal(dyad_store_begin(st, &err), DYAD_EINVAL);
    assert_int_equal(dyad_store_commit(st, &err), 0);
    assert_int_equal(dyad_store_commit(st, &err), 0);
    dyad_store_close(st);
}

static void test_merge(void **state)
{
    (void)state;
    char p[512];
    dyad_store *st = merge_store(p, sizeof p);
    dyad_store_close(st);
    /* a1 + a2 (+ a6, same day as a2, from Reuters again): one event */
    assert_int_equal(sql_int(p, "SELECT num_mentions FROM events WHERE "
                                "date='2024-03-01' AND location='Kharkiv'"),
                     3);
    assert_int_equal(sql_int(p, "SELECT num_articles FROM events WHERE "
                                "date='2024-03-01' AND location='Kharkiv'"),
                     3);
    assert_int_equal(sql_int(p, "SELECT num_sources FROM events WHERE "
                                "date='2024-03-01' AND location='Kharkiv'"),
                     2); /* Reuters, AP */
    assert_int_equal(sql_int(p, "SELECT killed FROM events WHERE "
                                "date='2024-03-01' AND location='Kharkiv'"),
                     3);
    /* four days later: another event; another place: another event */
    assert_int_equal(sql_int(p, "SELECT num_mentions FROM events WHERE "
                                "date='2024-03-05'"),
                     1);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM events WHERE "
                                "location='Odesa'"),
                     1);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM events WHERE cameo="
                                "(SELECT cameo FROM events WHERE "
                                "location='Odesa')"),
                     3);
    /* every mention links to its sentence */
    assert_int_equal(sql_int(p, "SELECT count(*) FROM mentions m JOIN "
                                "sentences s ON s.id=m.sentence_id"),
                     sql_int(p, "SELECT count(*) FROM mentions"));
    /* replacing a document takes its mention out of the merged counts */
    dyad_error err;
    assert_int_equal(dyad_store_open(&st, p, &err), 0);
    tdoc a2 = {"a2", "2024-03-02", "AP", "Russian forces met Kharkiv."};
    add_docs(st, &a2, 1);
    dyad_store_close(st);
    assert_int_equal(sql_int(p, "SELECT num_mentions*100+num_sources*10+"
                                "num_articles FROM events WHERE "
                                "date='2024-03-01' AND location='Kharkiv'"),
                     212);
    /* replacing the newest document twice (its sentence ids are reused):
     * the full-text index stays consistent */
    assert_int_equal(dyad_store_open(&st, p, &err), 0);
    tdoc a6 = {"a6", "2024-03-02", "Reuters", "Russian forces shelled Sumy."};
    add_docs(st, &a6, 1);
    add_docs(st, &a6, 1);
    dyad_store_close(st);
    sql_exec(p, "INSERT INTO sentences_fts(sentences_fts) "
                "VALUES('integrity-check')");
    assert_int_equal(sql_int(p, "SELECT count(*) FROM sentences_fts WHERE "
                                "sentences_fts MATCH 'sumy'"),
                     1);
}

/* Which earlier event a report merges into: one of the same day before one
 * of the day beside it, then the lower id; undated reports only within
 * their document, where an event takes the first place reported for it. */
static void test_merge_candidates(void **state)
{
    (void)state;
    char p[512];
    tmp_path(p, sizeof p, "candidates.db");
    dyad_store *st = NULL;
    dyad_error err;
    assert_int_equal(dyad_store_open(&st, p, &err), 0);
    int empty = 0;
    assert_int_equal(dyad_store_is_empty(&empty, st, &err), 0);
    assert_int_equal(empty, 1);
#define SHELL "Russian forces shelled Ukrainian troops"
    static const tdoc docs[] = {
        {"d1", "2024-03-01", "A", SHELL " near Odesa."},
        {"d2", "2024-03-03", "B", SHELL " near Sumy."},
        {"d3", "2024-03-02", "C", SHELL "."},              /* d1: lower id */
        {"d4", "2024-03-02", "D", SHELL " near Sumy."},    /* d2: place */
        {"d5", "2024-03-02", "E", SHELL " near Kharkiv."}, /* new */
        {"d6", "2024-03-02", "F", SHELL "."},              /* d5: same day */
        {"d7", "2024-03-05", "G", SHELL "."},              /* new: 2 days */
        {"u1", NULL, "H",
         SHELL ". " SHELL " near Kharkiv. " SHELL " near Odesa. " SHELL
               " again."},
        {"u2", NULL, "H", SHELL ". " SHELL " near Kharkiv."},
    };
#undef SHELL
    add_docs(st, docs, sizeof docs / sizeof docs[0]);
    assert_int_equal(dyad_store_is_empty(&empty, st, &err), 0);
    assert_int_equal(empty, 0);
    dyad_store_close(st);
    assert_int_equal(sql_int(p, "SELECT group_concat(first_doc || ':' || "
                                "num_mentions, ' ') = 'd1:2 d2:2 d5:2 d7:1' "
                                "FROM (SELECT * FROM events WHERE day IS NOT "
                                "NULL ORDER BY id)"),
                     1);
    /* u1: reports 1, 2 and 4 are one event (at Kharkiv, the first place
     * given for it); Odesa is another. Nothing of u2 merges into u1. */
    assert_int_equal(sql_int(p, "SELECT group_concat(first_doc || ':' || "
                                "num_mentions || ':' || location, ' ') = "
                                "'u1:3:Kharkiv u1:1:Odesa u2:2:Kharkiv' FROM "
                                "(SELECT * FROM events WHERE day IS NULL "
                                "ORDER BY id)"),
                     1);
    /* storing u1 again replaces it: the same two events, nothing doubled */
    assert_int_equal(dyad_store_open(&st, p, &err), 0);
    add_docs(st, &docs[7], 1);
    dyad_store_close(st);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM events WHERE day IS "
                                "NULL AND first_doc='u1'"),
                     2);
    assert_int_equal(sql_int(p, "SELECT sum(num_mentions) FROM events WHERE "
                                "first_doc='u1'"),
                     4);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM actors WHERE code IN "
                                "('RUSMIL','UKRMIL')"),
                     2);
}

/* A loose place (named only elsewhere in the sentence) neither keys nor
 * splits a merge; a precise place replaces it, never the other way */
static void test_loose_places(void **state)
{
    (void)state;
    char p[512];
    tmp_path(p, sizeof p, "loose.db");
    dyad_store *st = NULL;
    dyad_error err;
    assert_int_equal(dyad_store_open(&st, p, &err), 0);
    static const tdoc docs[] = {
        {"l1", "2024-04-01", "A",
         "Russian forces attempted an offensive in the direction of Odesa, "
         "and shelled Ukrainian troops."},
        {"l2", "2024-04-01", "B", "Russian forces shelled Ukrainian troops "
                                  "in Kharkiv."},
        {"l3", "2024-04-01", "C",
         "Russian forces attempted an offensive in the direction of Sumy, "
         "and shelled Ukrainian troops."},
    };
    add_docs(st, docs, sizeof docs / sizeof docs[0]);
    dyad_store_close(st);
    /* one event: the loose Odesa did not key it, Kharkiv replaced it, and
     * the loose Sumy neither split it nor replaced Kharkiv */
    assert_int_equal(sql_int(p, "SELECT count(*) FROM events"), 1);
    assert_int_equal(sql_int(p, "SELECT num_mentions FROM events"), 3);
    assert_int_equal(sql_int(p, "SELECT location='Kharkiv' AND loose=0 AND "
                                "place_key IS NOT NULL FROM events"),
                     1);
    assert_int_equal(sql_int(p, "SELECT group_concat(loose, '') FROM (SELECT "
                                "loose FROM mentions ORDER BY id)"),
                     101);
}

/* the columns schema 4 added, dropped again (what a schema 3 store has),
 * and the indexes of schema 8 */
static const char *const drop_v4 =
    SCHEMA_V8_UNDONE /* (an index of schema 8 reads status_mask) */
    "DROP INDEX mentions_killed;"
    "DROP INDEX mentions_injured;"
    "ALTER TABLE mentions DROP COLUMN doc_date;"
    "ALTER TABLE mentions DROP COLUMN killed_approx;"
    "ALTER TABLE mentions DROP COLUMN injured_approx;"
    "ALTER TABLE mentions DROP COLUMN killed_cumulative;"
    "ALTER TABLE mentions DROP COLUMN injured_cumulative;"
    "ALTER TABLE events DROP COLUMN status_mask;"
    "ALTER TABLE events DROP COLUMN killed_cumulative;"
    "ALTER TABLE events DROP COLUMN injured_cumulative;";

/* a schema 2 store (no loose columns, nothing of schemas 4-8) is
 * migrated to 8 in place */
static void test_migration_v2(void **state)
{
    (void)state;
    char p[512];
    dyad_store *st = merge_store(p, sizeof p);
    dyad_store_close(st);
    long long ev = sql_int(p, "SELECT count(*) FROM events");
    long long men = sql_int(p, "SELECT count(*) FROM mentions");
    sql_exec(p, drop_v4);
    sql_exec(p, "ALTER TABLE events DROP COLUMN loose;"
                "ALTER TABLE mentions DROP COLUMN loose;" SCHEMA_V7_UNDONE
                "PRAGMA user_version=2;");
    dyad_error err;
    assert_int_equal(dyad_store_open(&st, p, &err), 0);
    dyad_store_close(st);
    assert_int_equal(sql_int(p, "PRAGMA user_version"), DYAD_STORE_SCHEMA);
    assert_int_equal(DYAD_STORE_SCHEMA, 17);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM events"), ev);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM mentions"), men);
    assert_int_equal(sql_int(p, "SELECT sum(loose) FROM events"), 0);
    assert_int_equal(sql_int(p, "SELECT sum(loose) FROM mentions"), 0);
}

/* a schema 3 store: its events' statuses and tolls counted again from
 * their reports (a toll was the largest reported; now by the rule) */
static void test_migration_v3(void **state)
{
    (void)state;
    char p[512];
    dyad_store *st = merge_store(p, sizeof p);
    dyad_store_close(st);
    sql_exec(p, drop_v4);
    sql_exec(p, SCHEMA_V7_UNDONE);
    sql_exec(p, "UPDATE events SET killed=99 WHERE killed IS NOT NULL;"
                "PRAGMA user_version=3;");
    /* opened read-only, an older store is migrated first */
    dyad_error err;
    assert_int_equal(dyad_store_open_readonly(&st, p, &err), 0);
    dyad_store_close(st);
    assert_int_equal(sql_int(p, "PRAGMA user_version"), DYAD_STORE_SCHEMA);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM events WHERE "
                                "status_mask <> 1"),
                     0);
    assert_int_equal(sql_int(p, "SELECT killed FROM events WHERE "
                                "date='2024-03-01' AND location='Kharkiv'"),
                     3);
}

/* A merged event's toll: of its reports' own tolls, an exact figure
 * before an approximate one, then the latest document; never the
 * largest. A running toll stays out of it. */
static void test_toll_rule(void **state)
{
    (void)state;
    char p[512];
    tmp_path(p, sizeof p, "tolls.db");
    dyad_store *st = NULL;
    dyad_error err;
    assert_int_equal(dyad_store_open(&st, p, &err), 0);
    static const tdoc docs[] = {
        {"t1", "2024-03-01", "A",
         "Russian forces shelled Kharkiv, killing 3 people."},
        {"t2", "2024-03-02", "B",
         "Russian forces shelled Kharkiv, killing at least 40 people."},
        {"t3", "2024-03-02", "C",
         "Russian forces shelled Kharkiv, killing 7 people."},
        {"t4", "2024-03-02", "D",
         "Russian forces shelled Kharkiv, where more than 10,000 people have "
         "been killed since 2022."},
    };
    add_docs(st, docs, 1);
    dyad_store_close(st);
    assert_int_equal(sql_int(p, "SELECT killed FROM events"), 3);
    assert_int_equal(dyad_store_open(&st, p, &err), 0);
    add_docs(st, docs + 1, 3);
    dyad_store_close(st);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM events"), 1);
    assert_int_equal(sql_int(p, "SELECT num_mentions FROM events"), 4);
    /* 7: exact, and of the latest documents; not 40 (approximate, and
     * the largest), not 10,000 (a running toll) */
    assert_int_equal(sql_int(p, "SELECT killed FROM events"), 7);
    assert_int_equal(sql_int(p, "SELECT killed_cumulative FROM events"),
                     10000);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM mentions WHERE "
                                "killed_approx=1 AND killed_cumulative=0"),
                     1);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM mentions WHERE "
                                "killed_cumulative=1"),
                     1);
    /* replacing the report the toll came from counts it again */
    assert_int_equal(dyad_store_open(&st, p, &err), 0);
    tdoc t3 = {"t3", "2024-03-02", "C", "Russian forces shelled Kharkiv."};
    add_docs(st, &t3, 1);
    dyad_store_close(st);
    assert_int_equal(sql_int(p, "SELECT killed FROM events"), 3);
}

/* Reports of a dyad with no country on either side ("rebels attacked")
 * from two documents are one event only at one named place. */
static void test_countryless_merge(void **state)
{
    (void)state;
    char p[512];
    tmp_path(p, sizeof p, "countryless.db");
    dyad_store *st = NULL;
    dyad_error err;
    assert_int_equal(dyad_store_open(&st, p, &err), 0);
    static const tdoc docs[] = {
        {"c1", "2024-03-01", "A", "Rebels attacked the village."},
        {"c2", "2024-03-01", "B", "Rebels attacked the village."},
        {"c3", "2024-03-01", "A", "Rebels attacked Aleppo."},
        {"c4", "2024-03-01", "B", "Rebels attacked Aleppo."},
        {"c5", "2024-03-01", "A", "Russian forces shelled Ukrainian troops."},
        {"c6", "2024-03-01", "B", "Russian forces shelled Ukrainian troops."},
    };
    add_docs(st, docs, sizeof docs / sizeof docs[0]);
    dyad_store_close(st);
    /* c1 and c2 apart; c3 and c4 one (Aleppo); c5 and c6 one (countries) */
    assert_int_equal(sql_int(p, "SELECT group_concat(num_mentions, '') FROM "
                                "(SELECT num_mentions FROM events ORDER BY "
                                "id)"),
                     1122);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM actors WHERE code="
                                "'REB' AND country IS NULL"),
                     1);
}

/* the bytes of a file, for comparing it before and after */
static char *file_bytes(const char *path, size_t *n)
{
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    char *b = malloc(1 << 20);
    assert_non_null(b);
    *n = fread(b, 1, 1 << 20, f);
    fclose(f);
    return b;
}

/* A file that is not a dyad store is refused with a clear message and
 * left byte for byte as it was, opened for reading or for writing. */
static void test_foreign_files(void **state)
{
    (void)state;
    char p[512], e[512], t[512];
    tmp_path(p, sizeof p, "foreign.sqlite");
    sql_exec(p, "CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT);"
                "INSERT INTO notes(body) VALUES('keep me');");
    tmp_path(e, sizeof e, "empty.db");
    FILE *f = fopen(e, "wb");
    fclose(f);
    tmp_path(t, sizeof t, "text.db");
    f = fopen(t, "wb");
    fputs("not a database at all\n", f);
    fclose(f);
    const char *paths[] = {p, e, t};
    const char *why[] = {"without dyad's tables", "an empty file",
                         "not an SQLite database"};
    for (int i = 0; i < 3; i++) {
        size_t n0, n1;
        char *before = file_bytes(paths[i], &n0);
        dyad_store *st = NULL;
        dyad_error err;
        memset(&err, 0, sizeof err);
        assert_int_equal(dyad_store_open_readonly(&st, paths[i], &err),
                         DYAD_ESTORE);
        assert_null(st);
        if (!strstr(err.message, "not a dyad store") ||
            !strstr(err.message, why[i]))
            fail_msg("%s: '%s'", paths[i], err.message);
        assert_string_equal(err.file, paths[i]);
        /* writing refuses another program's file too (an empty one is a
         * new store's: only a read refuses it) */
        if (i != 1) {
            assert_int_equal(dyad_store_open(&st, paths[i], &err),
                             DYAD_ESTORE);
            assert_non_null(strstr(err.message, "not a dyad store"));
        }
        char *after = file_bytes(paths[i], &n1);
        assert_int_equal(n0, n1);
        assert_memory_equal(before, after, n0);
        free(before);
        free(after);
        char side[600];
        snprintf(side, sizeof side, "%s-wal", paths[i]);
        assert_int_not_equal(access(side, F_OK), 0);
    }
}

/* output files: whole or not at all, and a failure names the path */
static void test_outfile(void **state)
{
    (void)state;
    char p[512];
    tmp_path(p, sizeof p, "out.txt");
    dyad_outfile *f = NULL;
    dyad_error err;
    assert_int_equal(dyad_outfile_open(&f, p, &err), 0);
    assert_int_equal(dyad_outfile_sink(f, "abc\n", 4), 0);
    assert_int_not_equal(access(p, F_OK), 0); /* not there before commit */
    assert_int_equal(dyad_outfile_commit(f, &err), 0);
    size_t n;
    char *b = file_bytes(p, &n);
    assert_int_equal(n, 4);
    free(b);
    assert_int_equal(dyad_outfile_open(&f, p, &err), 0);
    assert_int_equal(dyad_outfile_sink(f, "partial", 7), 0);
    dyad_outfile_abort(f); /* the old file stays */
    b = file_bytes(p, &n);
    assert_memory_equal(b, "abc\n", 4);
    free(b);
    assert_int_equal(dyad_outfile_open(&f, "/nonexistent-dir/x.tsv", &err),
                     DYAD_EIO);
    assert_string_equal(err.file, "/nonexistent-dir/x.tsv");
    assert_non_null(strstr(err.message, "No such file or directory"));
    dyad_outfile_abort(NULL);
}

/* a schema 4 store gets the date-ordered indexes of schema 5, replacing
 * the single-column actor indexes */
static void test_migration_v4(void **state)
{
    (void)state;
    char p[512];
    dyad_store *st = merge_store(p, sizeof p);
    dyad_store_close(st);
    sql_exec(p, "DROP INDEX events_country_day; DROP INDEX events_quad_day;"
                "DROP INDEX events_plover_day; DROP INDEX events_dyad_day;"
                "DROP INDEX events_target_day;"
                "CREATE INDEX events_source ON events(source_code);"
                "CREATE INDEX events_target ON events(target_code);"
                SCHEMA_V7_UNDONE "PRAGMA user_version=4;");
    dyad_store *ro = NULL;
    dyad_error err;
    assert_int_equal(dyad_store_open(&st, p, &err), 0);
    dyad_store_close(st);
    assert_int_equal(sql_int(p, "PRAGMA user_version"), DYAD_STORE_SCHEMA);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM sqlite_master WHERE "
                                "name IN ('events_country_day',"
                                "'events_quad_day','events_plover_day',"
                                "'events_dyad_day','events_target_day')"),
                     5);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM sqlite_master WHERE "
                                "name IN ('events_source','events_target')"),
                     0);
    assert_int_equal(dyad_store_open_readonly(&ro, p, &err), 0);
    dyad_store_close(ro);
}

/* a schema 7 store gets the indexes of schema 8 (a store at scale),
 * its rows as they were, and answers a text search as before */
static void test_migration_v7(void **state)
{
    (void)state;
    char p[512];
    dyad_store *st = merge_store(p, sizeof p);
    dyad_store_close(st);
    long long ev = sql_int(p, "SELECT count(*) FROM events");
    long long hits = sql_int(p, "SELECT count(DISTINCT m.event_id) FROM "
                                "mentions m JOIN sentences_fts f ON "
                                "f.rowid = m.sentence_id WHERE "
                                "sentences_fts MATCH 'Kharkiv'");
    assert_true(hits > 0);
    sql_exec(p, SCHEMA_V8_UNDONE "PRAGMA user_version=7;");
    assert_int_equal(sql_int(p, "SELECT count(*) FROM sqlite_master WHERE "
                                "name IN ('events_root_day',"
                                "'mentions_sentence','events_left_out')"),
                     0);
    /* read-only: migrated once for writing first */
    dyad_store *ro = NULL;
    dyad_error err;
    assert_int_equal(dyad_store_open_readonly(&ro, p, &err), 0);
    assert_int_equal(sql_int(p, "PRAGMA user_version"), DYAD_STORE_SCHEMA);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM sqlite_master WHERE "
                                "name IN ('events_root_day',"
                                "'mentions_sentence','events_left_out')"),
                     3);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM events"), ev);
    /* the text search (from the full-text index through
     * mentions_sentence) finds the same events */
    dyad_query q = DYAD_QUERY_INIT;
    q.text = "Kharkiv";
    q.status = "all";
    th_out o = {NULL, 0, 0};
    th_sink(&o, "", 0);
    assert_int_equal(dyad_store_query(ro, &q, DYAD_FORMAT_TSV, th_sink, &o,
                                      &err),
                     0);
    long long lines = 0;
    for (const char *c = o.data; *c; c++)
        lines += *c == '\n';
    free(o.data);
    assert_int_equal(lines, hits + 1); /* and the header */
    dyad_store_close(ro);
}

/* A schema 12 store counted its rows each time it was asked: schema 13
 * counts them once, then every write transaction adds what it inserted
 * and deleted (a replace deletes and inserts again) */
static void test_migration_v13(void **state)
{
    (void)state;
    char p[512];
    dyad_store *st = merge_store(p, sizeof p);
    dyad_error err;
    dyad_store_counts before, after;
    assert_int_equal(dyad_store_get_counts(&before, st, &err), 0);
    assert_true(before.documents == 6 && before.events > 0 &&
                before.actors > 0);
    dyad_store_close(st);
    sql_exec(p, SCHEMA_V13_UNDONE "PRAGMA user_version=12;");
    assert_int_equal(sql_int(p, "SELECT count(*) FROM sqlite_master WHERE "
                                "name LIKE 'row_counts%'"),
                     0);
    /* read-only: migrated once for writing first */
    assert_int_equal(dyad_store_open_readonly(&st, p, &err), 0);
    assert_int_equal(dyad_store_get_counts(&after, st, &err), 0);
    dyad_store_close(st);
    assert_memory_equal(&before, &after, sizeof before);
    assert_int_equal(sql_int(p, "PRAGMA user_version"), DYAD_STORE_SCHEMA);
    assert_int_equal(DYAD_STORE_SCHEMA, 17);
    assert_row_counts(p);
    /* replaced (a changed text: its rows deleted and stored again), then
     * one more document in a batch: counted inside it, and kept at the
     * commit */
    static const tdoc more[] = {
        {"a1", "2024-03-01", "Reuters", "Russian forces shelled Odesa."},
        {"b1", "2024-03-09", "AP", "Israeli aircraft bombed Gaza."},
    };
    assert_int_equal(dyad_store_open(&st, p, &err), 0);
    add_docs(st, more, 1);
    dyad_store_close(st);
    assert_row_counts(p);
    assert_int_equal(dyad_store_open(&st, p, &err), 0);
    assert_int_equal(dyad_store_begin(st, &err), 0);
    add_docs(st, more + 1, 1);
    assert_int_equal(dyad_store_get_counts(&after, st, &err), 0);
    assert_int_equal(after.documents, 7);
    dyad_store_close(st);
    assert_row_counts(p);
    assert_int_equal(sql_int(p, "SELECT documents FROM row_counts"), 7);
}

/* whether SQLite's plan for sql on the file reads index `name` */
static int plan_uses(const char *path, const char *sql, const char *name)
{
    sqlite3 *db = NULL;
    sqlite3_stmt *s = NULL;
    char q[1024];
    int found = 0;
    snprintf(q, sizeof q, "EXPLAIN QUERY PLAN %s", sql);
    assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
    if (sqlite3_prepare_v2(db, q, -1, &s, NULL) != SQLITE_OK)
        fail_msg("%s: %s", q, sqlite3_errmsg(db));
    while (sqlite3_step(s) == SQLITE_ROW) {
        const char *d = (const char *)sqlite3_column_text(s, 3);
        if (d && strstr(d, name))
            found = 1;
    }
    sqlite3_finalize(s);
    sqlite3_close(db);
    return found;
}

/* the merge's events in one number: which reports merged into which */
#define EVENTS_SUM                                                             \
    "SELECT sum(id * (num_mentions * 100 + num_articles * 10 +"               \
    " num_sources) + coalesce(day, -1)) FROM events"

/* A schema 16 store found a dated event to merge into by an index keyed
 * by code first (events_key), which every event, dated or not, entered at
 * a random place. Schema 17 keys the dated ones by day first
 * (events_day_key) and leaves the undated out: the migration drops one
 * index for the other, the merge reads the new one, and a report merges
 * into the store migrated as it does into one made new. */
static void test_migration_v17(void **state)
{
    (void)state;
    static const tdoc more = {"a7", "2024-03-01", "BBC",
                              "Russian forces shelled Kharkiv."};
    static const char dated[] =
        "SELECT id, place_key, first_doc FROM events WHERE cameo='190' AND "
        "source_code='RUSMIL' AND target_code='UKR' AND day=?4 ORDER BY id "
        "LIMIT 16";
    static const char undated[] =
        "SELECT id, place_key FROM events WHERE cameo='190' AND "
        "source_code='RUSMIL' AND target_code='UKR' AND day IS NULL AND "
        "first_doc='a1' ORDER BY id LIMIT 16";
    char p[512];
    dyad_error err;
    dyad_store *st = merge_store(p, sizeof p);
    add_docs(st, &more, 1);
    dyad_store_close(st);
    long long fresh = sql_int(p, EVENTS_SUM);
    assert_int_equal(sql_int(p, "SELECT num_mentions FROM events WHERE "
                                "date='2024-03-01' AND location='Kharkiv'"),
                     4);
    st = merge_store(p, sizeof p);
    dyad_store_close(st);
    sql_exec(p, "DROP INDEX events_day_key; CREATE INDEX events_key ON "
                "events(cameo, source_code, target_code, day);"
                "PRAGMA user_version=16;");
    assert_true(plan_uses(p, dated, "events_key"));
    assert_int_equal(dyad_store_open(&st, p, &err), 0);
    add_docs(st, &more, 1);
    dyad_store_close(st);
    assert_int_equal(sql_int(p, "PRAGMA user_version"), DYAD_STORE_SCHEMA);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM sqlite_master WHERE "
                                "name='events_key'"),
                     0);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM sqlite_master WHERE "
                                "name='events_day_key' AND sql LIKE "
                                "'%(day, cameo,%WHERE day IS NOT NULL'"),
                     1);
    assert_int_equal(sql_int(p, EVENTS_SUM), fresh);
    assert_true(plan_uses(p, dated, "events_day_key"));
    assert_true(plan_uses(p, undated, "events_dyad_day"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_schema_fresh),
        cmocka_unit_test(test_migration_v1),
        cmocka_unit_test(test_idempotent),
        cmocka_unit_test(test_merge),
        cmocka_unit_test(test_merge_candidates),
        cmocka_unit_test(test_loose_places),
        cmocka_unit_test(test_migration_v2),
        cmocka_unit_test(test_migration_v3),
        cmocka_unit_test(test_toll_rule),
        cmocka_unit_test(test_countryless_merge),
        cmocka_unit_test(test_foreign_files),
        cmocka_unit_test(test_outfile),
        cmocka_unit_test(test_migration_v4),
        cmocka_unit_test(test_migration_v7),
        cmocka_unit_test(test_migration_v13),
        cmocka_unit_test(test_migration_v17),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
