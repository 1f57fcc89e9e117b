/*
 * test_store.c - the SQLite event store (src/io/store.c, src/io/plot.c):
 * schema and migration from version 1, idempotent adds, the merge rules
 * (same event from two documents merges; another day or place does not),
 * every query filter, GDELT export columns, stats and plots. Codes with
 * the build lexicon (DYAD_TEST_LEXB); checks rows with sqlite3 directly.
 */
#define _POSIX_C_SOURCE 200809L /* mkdtemp */
#include "helpers.h"

#include <jansson.h>
#include <sqlite3.h>
#include <unistd.h>

#if defined(__SANITIZE_ADDRESS__)
/* fontconfig (under cairo's text calls) keeps process-wide caches that
 * only FcFini frees, and a library must not call FcFini (other code in the
 * process may use fontconfig): tell LeakSanitizer they are not leaks. */
const char *__lsan_default_suppressions(void);
const char *__lsan_default_suppressions(void)
{
    return "leak:libfontconfig\n";
}
#endif

static char tmpdir[256];

static void tmp_path(char *out, size_t cap, const char *name)
{
    snprintf(out, cap, "%s/%s", tmpdir, name);
    unlink(out);
    char side[600];
    snprintf(side, sizeof side, "%s-wal", out);
    unlink(side);
    snprintf(side, sizeof side, "%s-shm", out);
    unlink(side);
}

static int setup(void **state)
{
    (void)state;
    return th_tmpdir_make(tmpdir, sizeof tmpdir, "dyad-store");
}

static int teardown(void **state)
{
    (void)state;
    return th_tmpdir_remove(tmpdir);
}

/* one integer from SQL run on the file */
static long long sql_int(const char *path, const char *sql)
{
    sqlite3 *db = NULL;
    sqlite3_stmt *s = NULL;
    long long v = -1;
    assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
    if (sqlite3_prepare_v2(db, sql, -1, &s, NULL) != SQLITE_OK)
        fail_msg("%s: %s", sql, sqlite3_errmsg(db));
    if (sqlite3_step(s) == SQLITE_ROW)
        v = sqlite3_column_int64(s, 0);
    sqlite3_finalize(s);
    sqlite3_close(db);
    return v;
}

static void sql_exec(const char *path, const char *sql)
{
    sqlite3 *db = NULL;
    char *msg = NULL;
    assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
    if (sqlite3_exec(db, sql, NULL, NULL, &msg) != SQLITE_OK)
        fail_msg("%s: %s", sql, msg);
    sqlite3_close(db);
}

typedef struct tdoc {
    const char *id, *date, *source, *text;
} tdoc;

/* the merge corpus: a1 and a2 report one shelling (a day apart, same
 * place, two publishers); a3 is four days later; a4 is another place */
static const tdoc merge_docs[] = {
    {"a1", "2024-03-01", "Reuters",
     "Russian forces shelled the city of Kharkiv, killing three people."},
    {"a2", "2024-03-02", "AP", "Russian forces shelled Kharkiv on Friday."},
    {"a3", "2024-03-05", "AP", "Russian forces shelled Kharkiv."},
    {"a4", "2024-03-01", "AFP", "Russian forces shelled Odesa."},
    {"a5", "2024-03-01", "AFP",
     "The Ukrainian foreign minister met Chinese officials in Beijing to "
     "discuss the peace plan."},
    {"a6", "2024-03-02", "Reuters", "Russian forces shelled Kharkiv again."},
};

static void add_docs(dyad_store *st, const tdoc *docs, size_t n)
{
    dyad_coder *c = NULL;
    dyad_error err;
    memset(&err, 0, sizeof err);
    assert_int_equal(dyad_coder_new(&c, th_lexicon(), NULL, &err), 0);
    for (size_t i = 0; i < n; i++) {
        dyad_doc d;
        memset(&d, 0, sizeof d);
        d.id = docs[i].id;
        d.date = docs[i].date;
        d.source = docs[i].source;
        d.text = docs[i].text;
        d.text_len = strlen(d.text);
        dyad_result *r = NULL;
        assert_int_equal(dyad_code(&r, c, &d, &err), 0);
        if (dyad_store_add(st, r, &err))
            fail_msg("dyad_store_add: %s", err.message);
        dyad_result_free(r);
    }
    dyad_coder_free(c);
}

static dyad_store *merge_store(char *path, size_t cap)
{
    tmp_path(path, cap, "merge.db");
    dyad_store *st = NULL;
    dyad_error err;
    assert_int_equal(dyad_store_open(&st, path, &err), 0);
    add_docs(st, merge_docs, sizeof merge_docs / sizeof merge_docs[0]);
    return st;
}

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
    assert_int_equal(dyad_store_open(&st, p, &err), 0);
    /* contains: by id, and by text for a document without an id */
    dyad_doc d;
    memset(&d, 0, sizeof d);
    d.id = "a1";
    d.text = "x";
    d.text_len = 1;
    int found = -1;
    assert_int_equal(dyad_store_contains(&found, st, &d, &err), 0);
    assert_int_equal(found, 1);
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

/* a schema 2 store (no loose columns) is migrated to 3 in place */
static void test_migration_v2(void **state)
{
    (void)state;
    char p[512];
    dyad_store *st = merge_store(p, sizeof p);
    dyad_store_close(st);
    long long ev = sql_int(p, "SELECT count(*) FROM events");
    long long men = sql_int(p, "SELECT count(*) FROM mentions");
    sql_exec(p, "ALTER TABLE events DROP COLUMN loose;"
                "ALTER TABLE mentions DROP COLUMN loose;"
                "PRAGMA user_version=2;");
    dyad_error err;
    assert_int_equal(dyad_store_open(&st, p, &err), 0);
    dyad_store_close(st);
    assert_int_equal(sql_int(p, "PRAGMA user_version"), DYAD_STORE_SCHEMA);
    assert_int_equal(DYAD_STORE_SCHEMA, 3);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM events"), ev);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM mentions"), men);
    assert_int_equal(sql_int(p, "SELECT sum(loose) FROM events"), 0);
    assert_int_equal(sql_int(p, "SELECT sum(loose) FROM mentions"), 0);
}

static size_t count_lines(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        n += *s == '\n';
    return n;
}

static size_t query_lines(dyad_store *st, const dyad_query *q,
                          dyad_format fmt, char **text)
{
    th_out o = {NULL, 0, 0};
    th_sink(&o, "", 0);
    dyad_error err;
    memset(&err, 0, sizeof err);
    if (dyad_store_query(st, q, fmt, th_sink, &o, &err))
        fail_msg("dyad_store_query: %s", err.message);
    size_t n = 0;
    for (const char *s = o.data; *s; s++)
        n += *s == '\n';
    if (text)
        *text = o.data;
    else
        free(o.data);
    return n;
}

static void test_query_filters(void **state)
{
    (void)state;
    char p[512];
    dyad_store *st = merge_store(p, sizeof p);
    const size_t all = (size_t)sql_int(p, "SELECT count(*) FROM events");
    assert_int_equal(all, 4);
    dyad_query q = DYAD_QUERY_INIT;
    assert_int_equal(query_lines(st, &q, DYAD_FORMAT_JSONL, NULL), all);
    assert_int_equal(query_lines(st, NULL, DYAD_FORMAT_JSONL, NULL), all);
    /* header lines */
    assert_int_equal(query_lines(st, &q, DYAD_FORMAT_CSV, NULL), all + 1);
    assert_int_equal(query_lines(st, &q, DYAD_FORMAT_TABLE, NULL), all + 1);
#define EXPECT(field, value, n)                                                \
    do {                                                                       \
        dyad_query f = DYAD_QUERY_INIT;                                        \
        f.field = value;                                                       \
        assert_int_equal(query_lines(st, &f, DYAD_FORMAT_JSONL, NULL), n);      \
    } while (0)
    EXPECT(from, "2024-03-02", 1);
    EXPECT(to, "2024-03-01", 3);
    EXPECT(to, "2024-03", 4);
    EXPECT(actor, "RUS", 3);
    EXPECT(actor, "rusmil", 3);
    EXPECT(actor, "CHN", 1);
    EXPECT(actor, "UKR", 4);
    EXPECT(actor, "USA", 0);
    EXPECT(cameo, "19", 3);
    EXPECT(cameo, "04", 1);
    EXPECT(cameo, "040", 1);
    EXPECT(quad_class, 4, 3);
    EXPECT(quad_class, 1, 1);
    EXPECT(status, "asserted", 4);
    EXPECT(status, "denied", 0);
    EXPECT(country, "CHN", 1);
    EXPECT(country, "ukr", 3);
    EXPECT(place, "kharkiv", 2);
    EXPECT(text, "peace plan", 1);
    EXPECT(text, "again", 1);
    EXPECT(text, "U.S. \"quoted", 0);
    EXPECT(limit, 2, 2);
    char *plover = NULL;
    query_lines(st, &q, DYAD_FORMAT_JSONL, &plover);
    assert_non_null(strstr(plover, "\"num_mentions\":3"));
    assert_non_null(strstr(plover, "\"mentions\":[{\"doc_id\":\"a1\""));
    free(plover);
    {
        dyad_query f = DYAD_QUERY_INIT;
        f.plover = "assault";
        size_t n = query_lines(st, &f, DYAD_FORMAT_JSONL, NULL);
        f.plover = "NO-SUCH-TYPE";
        assert_int_equal(query_lines(st, &f, DYAD_FORMAT_JSONL, NULL), 0);
        assert_int_equal(n, 3);
    }
    {
        dyad_query f = DYAD_QUERY_INIT;
        f.dyad_source = "RUS";
        f.dyad_target = "UKR";
        assert_int_equal(query_lines(st, &f, DYAD_FORMAT_JSONL, NULL), 3);
        f.dyad_source = "UKR";
        f.dyad_target = "RUS";
        assert_int_equal(query_lines(st, &f, DYAD_FORMAT_JSONL, NULL), 3);
        f.directed = 1;
        assert_int_equal(query_lines(st, &f, DYAD_FORMAT_JSONL, NULL), 0);
        f.dyad_target = NULL;
        dyad_error err;
        th_out o = {NULL, 0, 0};
        assert_int_equal(dyad_store_query(st, &f, DYAD_FORMAT_JSONL, th_sink,
                                          &o, &err),
                         DYAD_EINVAL);
        free(o.data);
    }
    {
        dyad_query f = DYAD_QUERY_INIT;
        f.from = "March 1";
        dyad_error err;
        th_out o = {NULL, 0, 0};
        assert_int_equal(dyad_store_query(st, &f, DYAD_FORMAT_JSONL, th_sink,
                                          &o, &err),
                         DYAD_EINVAL);
        assert_non_null(strstr(err.message, "bad date"));
        free(o.data);
        /* a day its month lacks is refused and named, not read as 3 March */
        f.from = "2023-02-31";
        memset(&o, 0, sizeof o);
        assert_int_equal(dyad_store_query(st, &f, DYAD_FORMAT_JSONL, th_sink,
                                          &o, &err),
                         DYAD_EINVAL);
        assert_non_null(strstr(err.message, "'2023-02-31'"));
        free(o.data);
        f.from = NULL;
        f.to = "2024-13";
        memset(&o, 0, sizeof o);
        assert_int_equal(dyad_store_query(st, &f, DYAD_FORMAT_JSONL, th_sink,
                                          &o, &err),
                         DYAD_EINVAL);
        free(o.data);
    }
#undef EXPECT
    dyad_store_close(st);
}

/* every format that writes events, for stored reports (show) and stored
 * events (query); a stored event's JSONL has the coded shape less what
 * the store does not keep, plus the store's own fields */
static void test_formats(void **state)
{
    (void)state;
    char p[512];
    dyad_store *st = merge_store(p, sizeof p);
    const size_t events = (size_t)sql_int(p, "SELECT count(*) FROM events");
    const size_t reports = (size_t)sql_int(p, "SELECT count(*) FROM mentions");
    static const struct {
        dyad_format fmt;
        size_t header;
    } fmts[] = {{DYAD_FORMAT_JSONL, 0}, {DYAD_FORMAT_TSV, 1},
                {DYAD_FORMAT_TABLE, 1}, {DYAD_FORMAT_EVENTS, 0},
                {DYAD_FORMAT_CSV, 1},   {DYAD_FORMAT_GDELT, 0}};
    for (size_t i = 0; i < sizeof fmts / sizeof fmts[0]; i++) {
        assert_int_equal(query_lines(st, NULL, fmts[i].fmt, NULL),
                         events + fmts[i].header);
        th_out o = {NULL, 0, 0};
        th_sink(&o, "", 0);
        dyad_error err;
        assert_int_equal(dyad_store_write(st, fmts[i].fmt, 0, th_sink, &o,
                                          &err),
                         0);
        /* show's TSV has no header line */
        size_t lines = count_lines(o.data);
        assert_int_equal(lines, reports + (fmts[i].fmt == DYAD_FORMAT_TSV
                                               ? 0
                                               : fmts[i].header));
        free(o.data);
    }
    char *text = NULL;
    dyad_query q = DYAD_QUERY_INIT;
    q.place = "kharkiv";
    q.from = "2024-03-01";
    q.to = "2024-03-01";
    assert_int_equal(query_lines(st, &q, DYAD_FORMAT_JSONL, &text), 1);
    json_error_t je;
    json_t *j = json_loads(text, 0, &je);
    assert_non_null(j);
    static const char *const kept[] = {
        "schema", "id", "doc_id", "sentence", "date", "date_precision",
        "source", "target", "cameo", "plover", "goldstein", "quad_class",
        "status", "location", "fatalities", "num_mentions", "num_sources",
        "num_articles", "mentions"};
    for (size_t i = 0; i < sizeof kept / sizeof kept[0]; i++)
        if (!json_object_get(j, kept[i]))
            fail_msg("stored event JSONL lacks \"%s\": %s", kept[i], text);
    static const char *const not_kept[] = {"cameo_name", "penta_class",
                                           "attributed_to", "contested_by",
                                           "evidence", "root", "killed"};
    for (size_t i = 0; i < sizeof not_kept / sizeof not_kept[0]; i++)
        if (json_object_get(j, not_kept[i]))
            fail_msg("stored event JSONL has \"%s\": %s", not_kept[i], text);
    assert_int_equal(json_integer_value(json_object_get(
                         json_object_get(j, "fatalities"), "value")),
                     3);
    assert_int_equal(json_array_size(json_object_get(j, "mentions")), 3);
    json_t *s0 = json_object_get(j, "sentence");
    assert_non_null(json_string_value(json_object_get(s0, "text")));
    assert_int_equal(json_array_size(json_object_get(s0, "span")), 2);
    json_decref(j);
    free(text);
    /* statistics are no event format, and JSON no format of events */
    th_out o = {NULL, 0, 0};
    dyad_error err;
    assert_int_equal(dyad_store_query(st, NULL, DYAD_FORMAT_JSON, th_sink, &o,
                                      &err),
                     DYAD_EINVAL);
    assert_int_equal(dyad_store_write(st, DYAD_FORMAT_JSON, 0, th_sink, &o,
                                      &err),
                     DYAD_EINVAL);
    free(o.data);
    dyad_store_close(st);
}

static void test_export_gdelt(void **state)
{
    (void)state;
    char p[512];
    dyad_store *st = merge_store(p, sizeof p);
    char *text = NULL;
    assert_int_equal(query_lines(st, NULL, DYAD_FORMAT_GDELT, &text), 4);
    size_t lines = 0;
    for (char *line = text; *line; lines++) {
        char *nl = strchr(line, '\n');
        assert_non_null(nl);
        size_t tabs = 0;
        for (char *c = line; c < nl; c++)
            tabs += *c == '\t';
        assert_int_equal(tabs, 60); /* 61 columns */
        line = nl + 1;
    }
    assert_int_equal(lines, 4);
    /* SQLDATE, actor 1 code/country/type, counts, action geo */
    assert_non_null(strstr(text, "\t20240301\t202403\t2024\t"));
    assert_non_null(strstr(text, "\tRUSMIL\t"));
    assert_non_null(strstr(text, "\tRUS\t\t\t\t\tMIL\t"));
    assert_non_null(strstr(text, "\t3\t2\t3\t"));
    assert_non_null(strstr(text, "Kharkiv"));
    free(text);
    dyad_store_close(st);
}

static void test_stats(void **state)
{
    (void)state;
    char p[512];
    dyad_store *st = merge_store(p, sizeof p);
    dyad_stats_options so;
    memset(&so, 0, sizeof so);
    so.filter.actor = "RUS";
    so.by = DYAD_PERIOD_DAY;
    so.series = 1;
    so.top_dyads = 3;
    so.top_actors = 3;
    th_out o = {NULL, 0, 0};
    dyad_error err;
    assert_int_equal(dyad_store_stats(st, &so, DYAD_FORMAT_JSON, th_sink, &o,
                                      &err),
                     0);
    /* five days 03-01..03-05, the empty ones included */
    assert_non_null(strstr(o.data, "{\"key\":\"2024-03-01\",\"events\":2,"
                                   "\"quad_class\":[0,0,0,2]"));
    assert_non_null(strstr(o.data, "{\"key\":\"2024-03-03\",\"events\":0,"));
    assert_non_null(strstr(o.data, "{\"key\":\"2024-03-05\",\"events\":1,"));
    assert_non_null(strstr(o.data, "\"fatalities\":3"));
    assert_non_null(strstr(o.data, "\"top_dyads\":[{\"key\":\"RUSMIL > UKR\","
                                   "\"events\":3"));
    assert_non_null(strstr(o.data, "\"top_actors\":["));
    free(o.data);
    memset(&o, 0, sizeof o);
    so.by = DYAD_PERIOD_MONTH;
    so.top_dyads = so.top_actors = 0;
    assert_int_equal(dyad_store_stats(st, &so, DYAD_FORMAT_CSV, th_sink, &o,
                                      &err),
                     0);
    assert_non_null(strstr(o.data, "period,events,"));
    assert_non_null(strstr(o.data, "\n2024-03,3,0,0,0,3,-"));
    free(o.data);
    memset(&o, 0, sizeof o);
    so.by = DYAD_PERIOD_WEEK;
    assert_int_equal(dyad_store_stats(st, &so, DYAD_FORMAT_TABLE, th_sink, &o,
                                      &err),
                     0);
    assert_non_null(strstr(o.data, "2024-02-26")); /* the Monday */
    assert_non_null(strstr(o.data, "2024-03-04"));
    free(o.data);
    assert_int_equal(dyad_store_stats(st, &so, DYAD_FORMAT_GDELT, th_sink, &o,
                                      &err),
                     DYAD_EINVAL);
    dyad_store_close(st);
}

static void check_file(const char *path, const char *magic, size_t mlen)
{
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    char buf[4096];
    size_t n = fread(buf, 1, sizeof buf, f);
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fclose(f);
    assert_true(size > 5000);
    assert_true(n >= mlen);
    if (magic[0] == '<') {
        buf[n < sizeof buf ? n : sizeof buf - 1] = '\0';
        assert_non_null(strstr(buf, magic));
    } else
        assert_memory_equal(buf, magic, mlen);
}

static void test_plot(void **state)
{
    (void)state;
    char p[512], png[512], svg[512];
    dyad_store *st = merge_store(p, sizeof p);
    tmp_path(png, sizeof png, "timeline.png");
    tmp_path(svg, sizeof svg, "dyads.svg");
    dyad_plot_options po;
    memset(&po, 0, sizeof po);
    po.kind = DYAD_PLOT_TIMELINE;
    po.filter.dyad_source = "RUS";
    po.filter.dyad_target = "UKR";
    po.by = DYAD_PERIOD_DAY;
    dyad_error err;
    memset(&err, 0, sizeof err);
    if (dyad_store_plot(st, &po, png, &err))
        fail_msg("plot: %s", err.message);
    check_file(png, "\x89PNG\r\n\x1a\n", 8);
    po.kind = DYAD_PLOT_TOP_DYADS;
    po.top = 5;
    if (dyad_store_plot(st, &po, svg, &err))
        fail_msg("plot: %s", err.message);
    check_file(svg, "<svg", 4);
    /* nothing to plot */
    po.filter.dyad_source = "USA";
    assert_int_equal(dyad_store_plot(st, &po, png, &err), DYAD_EINPUT);
    /* cannot write */
    po.filter.dyad_source = "RUS";
    assert_int_equal(dyad_store_plot(st, &po, "/nonexistent/dir/x.png", &err),
                     DYAD_EIO);
    dyad_store_close(st);
}

static void test_null_args(void **state)
{
    (void)state;
    dyad_error err;
    int found;
    dyad_store_counts c;
    assert_int_equal(dyad_store_contains(NULL, NULL, NULL, &err), DYAD_EINVAL);
    assert_int_equal(dyad_store_contains(&found, NULL, NULL, &err),
                     DYAD_EINVAL);
    assert_int_equal(dyad_store_is_empty(&found, NULL, &err), DYAD_EINVAL);
    assert_int_equal(dyad_store_is_empty(NULL, NULL, &err), DYAD_EINVAL);
    assert_int_equal(dyad_store_begin(NULL, &err), DYAD_EINVAL);
    assert_int_equal(dyad_store_commit(NULL, &err), DYAD_EINVAL);
    assert_int_equal(dyad_store_get_counts(&c, NULL, &err), DYAD_EINVAL);
    assert_int_equal(dyad_store_query(NULL, NULL, DYAD_FORMAT_CSV, th_sink,
                                      NULL, &err),
                     DYAD_EINVAL);
    assert_int_equal(dyad_store_stats(NULL, NULL, DYAD_FORMAT_CSV, th_sink,
                                      NULL, &err),
                     DYAD_EINVAL);
    assert_int_equal(dyad_store_plot(NULL, NULL, NULL, &err), DYAD_EINVAL);
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
        cmocka_unit_test(test_query_filters),
        cmocka_unit_test(test_formats),
        cmocka_unit_test(test_export_gdelt),
        cmocka_unit_test(test_stats),
        cmocka_unit_test(test_plot),
        cmocka_unit_test(test_null_args),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
