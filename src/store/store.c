/*
 * store.c - the event store's connection: opening (WAL, or read-only when
 * the file cannot be written or only reading is asked for; migrated by
 * schema.c; a file that is not a dyad store refused before anything is
 * written to it), batches, closing, and what a store holds. The helpers
 * the store's files share, and the statements every connection prepares
 * once, are db.c's.
 */
#define _POSIX_C_SOURCE 200809L /* stat */
#include "store/db.h"
#include "store/pg/pg.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

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
        dy_store_exec(st, "PRAGMA user_version") == 0)
        return 0;
    sqlite3_close(st->db);
    st->db = NULL;
    /* file: URI with immutable=1; the path percent-encoded */
    size_t n = strlen(path);
    dy_buf uri;
    dy_buf_init(&uri, NULL);
    dy_buf_puts(&uri, "file:");
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)path[i];
        if (c == '%' || c == '?' || c == '#' || c < 0x21 || c > 0x7e)
            dy_buf_printf(&uri, "%%%02X", c);
        else
            dy_buf_putc(&uri, (char)c);
    }
    dy_buf_puts(&uri, "?immutable=1");
    if (uri.failed) {
        dy_buf_free(&uri);
        return dy_error_set(err, DYAD_ENOMEM, path, 0, 0, -1, "out of memory");
    }
    int ok = sqlite3_open_v2(uri.data, &st->db, flags | SQLITE_OPEN_URI,
                             NULL) == SQLITE_OK;
    dy_buf_free(&uri);
    if (!ok)
        return dy_error_set(err, DYAD_ESTORE, path, 0, 0, -1,
                            "cannot open store read-only: %s",
                            st->db ? sqlite3_errmsg(st->db) : "out of memory");
    return 0;
}

/* What the open file is, read without writing a byte to it: 0 with
 * *version (0 for an empty database: a new store), or DYAD_ESTORE naming
 * why it is not a dyad store. */
static int check_store(dyad_store *st, int *version, dyad_error *err)
{
    sqlite3_stmt *v = NULL;
    int rc = sqlite3_prepare_v2(
        st->db,
        "SELECT (SELECT user_version FROM pragma_user_version),"
        " (SELECT count(*) FROM sqlite_master),"
        " (SELECT count(*) FROM sqlite_master WHERE type='table' AND"
        " name IN ('documents','events'))",
        -1, &v, NULL);
    if (rc == SQLITE_OK)
        rc = sqlite3_step(v);
    int ver = rc == SQLITE_ROW ? sqlite3_column_int(v, 0) : -1;
    int objects = rc == SQLITE_ROW ? sqlite3_column_int(v, 1) : 0;
    int ours = rc == SQLITE_ROW ? sqlite3_column_int(v, 2) : 0;
    sqlite3_finalize(v);
    if (rc != SQLITE_ROW) {
        int e = sqlite3_errcode(st->db);
        if (e == SQLITE_NOTADB)
            return dy_error_set(err, DYAD_ESTORE, st->path, 0, 0, -1,
                                "not a dyad store: the file is not an "
                                "SQLite database (left as it is)");
        return dy_store_fail(st, err, "cannot read the store");
    }
    if (ver == 0 && objects == 0) {
        *version = 0;
        return 0;
    }
    if (ver <= 0 || ours < 2)
        return dy_error_set(err, DYAD_ESTORE, st->path, 0, 0, -1,
                            "not a dyad store: an SQLite database without "
                            "dyad's tables (another program's file? left "
                            "as it is)");
    if (ver > DYAD_STORE_SCHEMA)
        return dy_error_set(err, DYAD_ESTORE, st->path, 0, 0, -1,
                            "store schema %d is newer than this dyad (%d)",
                            ver, DYAD_STORE_SCHEMA);
    *version = ver;
    return 0;
}

/* a store handle for path with nothing open yet */
static dyad_store *store_new(const char *path, dyad_error *err)
{
    dyad_store *st = dy_calloc(NULL, 1, sizeof *st);
    if (!st) {
        dy_error_set(err, DYAD_ENOMEM, path, 0, 0, -1, "out of memory");
        return NULL;
    }
    snprintf(st->path, sizeof st->path, "%s", path);
    st->legacy = -1;
    st->near_undated = -1;
    dy_buf_init(&st->scope_keys, NULL);
    return st;
}

/* a store named by a postgresql:// URL: store/pg/ does the rest */
static int open_pg(dyad_store **out, const char *url, int readonly,
                   dyad_error *err)
{
    dyad_store *st = store_new("", err);
    if (!st)
        return DYAD_ENOMEM;
    int rc = dy_pg_open(&st->pg, url, readonly, err);
    if (rc) {
        dyad_store_close(st);
        return rc;
    }
    snprintf(st->path, sizeof st->path, "%s", dy_pg_name(st->pg));
    st->readonly = readonly;
    *out = st;
    return 0;
}

/* the connection's settings for writing: WAL + synchronous=NORMAL (a
 * killed process never loses a commit), a small page cache until it
 * writes (dyad_store_begin gives it the writer's: a second connection
 * that only looks documents up keeps the small one) and fewer checkpoints
 * (ingest writes in batches); a file that cannot be written is reopened
 * read-only */
static int set_wal(dyad_store *st, const char *path, dyad_error *err)
{
    int wal = dy_store_exec(st, "PRAGMA journal_mode=WAL");
    if (wal && is_readonly(st->db))
        return reopen_readonly(st, path, err);
    if (wal || dy_store_exec(st, "PRAGMA synchronous=NORMAL") ||
        dy_store_exec(st, "PRAGMA cache_size=" DY_CACHE_SMALL) ||
        dy_store_exec(st, "PRAGMA wal_autocheckpoint=16384") ||
        dy_store_exec(st, "PRAGMA temp_store=MEMORY"))
        return dy_store_fail(st, err, "cannot set WAL mode");
    return 0;
}

int dyad_store_open(dyad_store **out, const char *path, dyad_error *err)
{
    if (!out || !path)
        return dy_error_set(err, DYAD_EINVAL, NULL, 0, 0, -1,
                            "dyad_store_open: NULL argument");
    *out = NULL;
    if (dy_pg_is_url(path))
        return open_pg(out, path, 0, err);
    dyad_store *st = store_new(path, err);
    if (!st)
        return DYAD_ENOMEM;
    int rc = 0, version = 0;
    if (sqlite3_open_v2(path, &st->db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE |
                            SQLITE_OPEN_NOMUTEX,
                        NULL) != SQLITE_OK) {
        rc = dy_error_set(err, DYAD_ESTORE, path, 0, 0, -1,
                          "cannot open store: %s",
                          st->db ? sqlite3_errmsg(st->db) : "out of memory");
        goto done;
    }
    sqlite3_busy_timeout(st->db, 5000);
    /* what the file is before anything is written to it; a WAL store
     * nobody may write (no -shm can be made) is read as immutable */
    rc = check_store(st, &version, err);
    if (rc && is_readonly(st->db) && !(rc = reopen_readonly(st, path, err)))
        rc = check_store(st, &version, err);
    if (rc || (!st->readonly && (rc = set_wal(st, path, err))))
        goto done;
    if (version < DYAD_STORE_SCHEMA && st->readonly) {
        rc = dy_error_set(err, DYAD_ESTORE, path, 0, 0, -1,
                          "store schema %d needs an upgrade to %d, but the "
                          "store is read-only", version, DYAD_STORE_SCHEMA);
        goto done;
    }
    if (version < DYAD_STORE_SCHEMA &&
        (rc = dy_store_migrate(st, version, err)))
        goto done;
    if (dy_store_prepare(st))
        rc = dy_store_fail(st, err, "cannot prepare statements");
done:
    if (rc) {
        dyad_store_close(st);
        return rc;
    }
    *out = st;
    return 0;
}

int dyad_store_open_readonly(dyad_store **out, const char *path,
                             dyad_error *err)
{
    if (!out || !path)
        return dy_error_set(err, DYAD_EINVAL, NULL, 0, 0, -1,
                            "dyad_store_open_readonly: NULL argument");
    *out = NULL;
    if (dy_pg_is_url(path))
        return open_pg(out, path, 1, err);
    struct stat sb;
    if (stat(path, &sb) != 0)
        return dy_error_set(err, DYAD_ESTORE, path, 0, 0, -1,
                            "cannot open store: %s", strerror(errno));
    if (sb.st_size == 0)
        return dy_error_set(err, DYAD_ESTORE, path, 0, 0, -1,
                            "not a dyad store: an empty file (left as it "
                            "is)");
    dyad_store *st = store_new(path, err);
    if (!st)
        return DYAD_ENOMEM;
    int version = 0;
    int rc = reopen_readonly(st, path, err);
    if (!rc)
        rc = check_store(st, &version, err);
    if (!rc && version == 0)
        rc = dy_error_set(err, DYAD_ESTORE, path, 0, 0, -1,
                          "not a dyad store: an empty database");
    if (!rc && version < DYAD_STORE_SCHEMA) {
        /* an older dyad store: migrated once, for writing, then read */
        dyad_store_close(st);
        st = NULL;
        rc = dyad_store_open(&st, path, err);
        dyad_store_close(st);
        return rc ? rc : dyad_store_open_readonly(out, path, err);
    }
    if (!rc) {
        sqlite3_busy_timeout(st->db, 5000);
        /* a larger own cache: a server's connections read the same hot
         * pages again. Not mapped: every page a query touches in a
         * mapped file is mapped 16 at a time into the process (the
         * kernel's fault-around), so `query --cameo 19` on a 600 MB
         * store peaked at 137 MB RSS for 8 MB of pages read
         * (docs/scale.md) */
        dy_store_exec(st, "PRAGMA cache_size=-16384");
        if (dy_store_prepare(st))
            rc = dy_store_fail(st, err, "cannot prepare statements");
    }
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
    dy_pg_close(st->pg);
    for (int i = 0; i < S_COUNT; i++)
        sqlite3_finalize(st->s[i]);
    for (int i = 0; i < I_COUNT; i++)
        sqlite3_finalize(st->id_s[i]);
    sqlite3_finalize(st->keep_counts);
    sqlite3_close(st->db);
    dy_free(NULL, st->scope);
    dy_free(NULL, st->key_bits);
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
    if (st->pg) {
        int rc = dy_pg_begin(st->pg, err);
        st->in_batch = !rc;
        return rc;
    }
    /* a read-only store reads in its batch; the first write fails. The
     * connection that writes gets the writer's page cache (set once). */
    if (!st->readonly && !st->write_cache &&
        dy_store_exec(st, "PRAGMA cache_size=" DY_CACHE_WRITER) == 0)
        st->write_cache = 1;
    if (dy_store_exec(st, st->readonly ? "BEGIN" : "BEGIN IMMEDIATE"))
        return dy_store_fail(st, err, "cannot begin");
    if (dy_store_fts_mark(st)) {
        int rc = dy_store_fail(st, err, "cannot begin");
        dy_store_exec(st, "ROLLBACK");
        dy_store_rolled_back(st);
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
    if (st->pg)
        return dy_pg_commit(st->pg, err);
    if (dy_store_fts_flush(st) || dy_store_near_flush(st) ||
        dy_store_content_flush(st) || dy_store_keep_counts(st) ||
        dy_store_exec(st, "COMMIT")) {
        int rc = dy_store_fail(st, err, "cannot commit");
        dy_store_exec(st, "ROLLBACK");
        dy_store_rolled_back(st);
        return rc;
    }
    return 0;
}

int dyad_store_is_empty(int *out, dyad_store *st, dyad_error *err)
{
    if (!out || !st)
        return dy_error_set(err, DYAD_EINVAL, NULL, 0, 0, -1,
                            "dyad_store_is_empty: NULL argument");
    if (st->pg)
        return dy_pg_is_empty(st->pg, out, err);
    sqlite3_stmt *s = NULL;
    int rc = sqlite3_prepare_v2(st->db, "SELECT 1 FROM documents LIMIT 1", -1,
                                &s, NULL);
    if (rc == SQLITE_OK)
        rc = sqlite3_step(s);
    sqlite3_finalize(s);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return dy_store_fail(st, err, "cannot look up documents");
    *out = rc == SQLITE_DONE;
    return 0;
}

int dyad_store_get_counts(dyad_store_counts *out, dyad_store *st,
                          dyad_error *err)
{
    if (!out || !st)
        return dy_error_set(err, DYAD_EINVAL, NULL, 0, 0, -1,
                            "dyad_store_get_counts: NULL argument");
    if (st->pg)
        return dy_pg_counts(st->pg, out, err);
    sqlite3_stmt *s = NULL;
    /* one row that the writers keep (schema 13, db.c's
     * dy_store_keep_counts) */
    if (sqlite3_prepare_v2(st->db,
                           "SELECT documents, sentences, events, mentions,"
                           " actors FROM row_counts",
                           -1, &s, NULL) != SQLITE_OK ||
        sqlite3_step(s) != SQLITE_ROW) {
        sqlite3_finalize(s);
        return dy_store_fail(st, err, "cannot count rows");
    }
    /* and what the open batch has stored, as this connection reads it */
    out->documents = sqlite3_column_int64(s, 0) +
                     st->counted[DY_ROWS_DOCUMENTS];
    out->sentences = sqlite3_column_int64(s, 1) +
                     st->counted[DY_ROWS_SENTENCES];
    out->events = sqlite3_column_int64(s, 2) + st->counted[DY_ROWS_EVENTS];
    out->mentions = sqlite3_column_int64(s, 3) +
                    st->counted[DY_ROWS_MENTIONS];
    out->actors = sqlite3_column_int64(s, 4) + st->counted[DY_ROWS_ACTORS];
    sqlite3_finalize(s);
    return 0;
}

