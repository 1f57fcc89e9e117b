/*
 * store_fixture.h - shared by the store's tests (test_store.c, test_query.c,
 * test_plot.c): a scratch directory per run, SQL straight on the file, and
 * the merge corpus, six short reports coded with the build lexicon and
 * stored.
 */
#ifndef DYAD_TEST_STORE_FIXTURE_H
#define DYAD_TEST_STORE_FIXTURE_H

#include "helpers.h"

#include <sqlite3.h>
#include <unistd.h>

static char tmpdir[256];

static inline void tmp_path(char *out, size_t cap, const char *name)
{
    snprintf(out, cap, "%s/%s", tmpdir, name);
    unlink(out);
    char side[600];
    snprintf(side, sizeof side, "%s-wal", out);
    unlink(side);
    snprintf(side, sizeof side, "%s-shm", out);
    unlink(side);
}

static inline int setup(void **state)
{
    (void)state;
    return th_tmpdir_make(tmpdir, sizeof tmpdir, "dyad-store");
}

static inline int teardown(void **state)
{
    (void)state;
    return th_tmpdir_remove(tmpdir);
}

/* one integer from SQL run on the file */
static inline long long sql_int(const char *path, const char *sql)
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

static inline void sql_exec(const char *path, const char *sql)
{
    sqlite3 *db = NULL;
    char *msg = NULL;
    assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
    if (sqlite3_exec(db, sql, NULL, NULL, &msg) != SQLITE_OK)
        fail_msg("%s (in: %s)", msg, sql);
    sqlite3_close(db);
}

/* SQL that takes away what schema 10 added: the recent band keys go back
 * into near_bands */
#define SCHEMA_V10_UNDONE                                                      \
    "INSERT OR IGNORE INTO near_bands SELECT band_key, day, seq"               \
    " FROM near_bands_recent; DROP TABLE near_bands_recent;"

/* SQL that turns schema 9's near-duplicate tables (keyed by the order
 * of storing) back into schema 8's (keyed by document), and takes away
 * what came after, for the migration tests */
#define SCHEMA_V9_UNDONE                                                       \
    SCHEMA_V10_UNDONE                                                          \
    "CREATE TABLE near_sigs_v8 (doc_id TEXT PRIMARY KEY,"                      \
    " day INTEGER NOT NULL, seq INTEGER NOT NULL, sig BLOB NOT NULL)"          \
    " WITHOUT ROWID;"                                                          \
    "INSERT INTO near_sigs_v8 SELECT doc_id, day, seq, sig FROM near_sigs;"    \
    "CREATE TABLE near_bands_v8 (band_key INTEGER NOT NULL,"                   \
    " day INTEGER NOT NULL, doc_id TEXT NOT NULL,"                             \
    " PRIMARY KEY(band_key, day, doc_id)) WITHOUT ROWID;"                      \
    "INSERT INTO near_bands_v8 SELECT b.band_key, b.day, s.doc_id"             \
    " FROM near_bands b JOIN near_sigs s ON s.seq = b.seq;"                    \
    "DROP TABLE near_bands; DROP TABLE near_sigs;"                             \
    "ALTER TABLE near_sigs_v8 RENAME TO near_sigs;"                            \
    "ALTER TABLE near_bands_v8 RENAME TO near_bands;"

/* the indexes of a store at scale (schema 8) taken away */
#define SCHEMA_V8_INDEXES_UNDONE                                               \
    "DROP INDEX IF EXISTS events_root_day;"                                    \
    "DROP INDEX IF EXISTS mentions_sentence;"                                  \
    "DROP INDEX IF EXISTS events_left_out;"

/* SQL that takes a store back to schema 7 (what 8 and 9 changed), for the
 * migration tests */
#define SCHEMA_V8_UNDONE SCHEMA_V9_UNDONE SCHEMA_V8_INDEXES_UNDONE

/* SQL that takes away what schema 7 added (document identity and near
 * duplicates: its tables, indexes and columns), and what came after it,
 * for the migration tests */
#define SCHEMA_V7_UNDONE                                                       \
    SCHEMA_V8_INDEXES_UNDONE                                                   \
    "DROP TABLE IF EXISTS near_bands_recent;"                                  \
    "DROP TABLE near_bands; DROP TABLE near_sigs;"                             \
    "DROP INDEX IF EXISTS documents_content_key;"                              \
    "DROP TABLE IF EXISTS content_keys;"                                       \
    "DROP TABLE IF EXISTS content_keys_recent; DROP INDEX documents_legacy;"   \
    "DROP INDEX documents_article;"                                            \
    "ALTER TABLE documents DROP COLUMN content;"                               \
    "ALTER TABLE documents DROP COLUMN origin;"                                \
    "ALTER TABLE documents DROP COLUMN datetime;"                              \
    "ALTER TABLE documents DROP COLUMN article;"                               \
    "ALTER TABLE documents DROP COLUMN similarity;"

/* SQL that takes away schema 13's row counts */
#define SCHEMA_V13_UNDONE "DROP TABLE row_counts;"

/* the row counts the store keeps (schema 13) are those of its tables */
static inline void assert_row_counts(const char *path)
{
    static const char *const tables[] = {"documents", "sentences", "events",
                                         "mentions", "actors"};
    for (size_t i = 0; i < sizeof tables / sizeof tables[0]; i++) {
        char sql[200];
        snprintf(sql, sizeof sql, "SELECT (SELECT %s FROM row_counts) -"
                                  " (SELECT count(*) FROM %s)",
                 tables[i], tables[i]);
        if (sql_int(path, sql) != 0)
            fail_msg("row_counts.%s is off by %lld", tables[i],
                     sql_int(path, sql));
    }
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

/* codes d with c and stores it (a date that is no day is dropped, as
 * the CLI does) */
static inline void store_doc(dyad_store *st, dyad_coder *c, dyad_doc *d)
{
    dyad_error err;
    dyad_result *r = NULL;
    memset(&err, 0, sizeof err);
    if (dyad_code(&r, c, d, &err) == DYAD_EDATE) {
        d->date = NULL;
        assert_int_equal(dyad_code(&r, c, d, &err), 0);
    }
    assert_non_null(r);
    if (dyad_store_add(st, r, &err))
        fail_msg("dyad_store_add: %s", err.message);
    dyad_result_free(r);
}

static inline void add_docs(dyad_store *st, const tdoc *docs, size_t n)
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
        store_doc(st, c, &d);
    }
    dyad_coder_free(c);
}

/* a fresh store `name` in the scratch directory holding docs[0..n) */
static inline dyad_store *docs_store(char *path, size_t cap, const char *name,
                                     const tdoc *docs, size_t n)
{
    tmp_path(path, cap, name);
    dyad_store *st = NULL;
    dyad_error err;
    assert_int_equal(dyad_store_open(&st, path, &err), 0);
    add_docs(st, docs, n);
    return st;
}

static inline dyad_store *merge_store(char *path, size_t cap)
{
    return docs_store(path, cap, "merge.db", merge_docs,
                      sizeof merge_docs / sizeof merge_docs[0]);
}

#endif
