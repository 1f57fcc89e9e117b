/*
 * store.c - the SQLite event store (schema in docs/store.md). Only this
 * file includes sqlite3.h; every statement is prepared with bound values.
 * Schema version 1: documents and events. PRAGMA user_version tracks it;
 * opening an older store migrates it forward inside a transaction.
 */
#include "api.h"

#include <sqlite3.h>
#include <stdio.h>
#include <string.h>

#define STORE_VERSION 1

struct dyad_store {
    sqlite3 *db;
    sqlite3_stmt *ins_doc, *del_ev, *ins_ev;
};

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

static int fail(dyad_store *st, dyad_error *err, const char *what)
{
    return dy_error_set(err, DYAD_ESTORE, sqlite3_db_filename(st->db, "main"),
                        0, 0, -1, "%s: %s", what, sqlite3_errmsg(st->db));
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
    int rc = 0;
    if (sqlite3_open_v2(path, &st->db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) !=
        SQLITE_OK) {
        rc = dy_error_set(err, DYAD_ESTORE, path, 0, 0, -1,
                          "cannot open store: %s",
                          st->db ? sqlite3_errmsg(st->db) : "out of memory");
        goto done;
    }
    sqlite3_busy_timeout(st->db, 5000);
    if (sqlite3_exec(st->db, "PRAGMA journal_mode=WAL;", NULL, NULL, NULL) !=
        SQLITE_OK) {
        rc = fail(st, err, "cannot set WAL mode");
        goto done;
    }
    sqlite3_stmt *v = NULL;
    int version = 0;
    if (sqlite3_prepare_v2(st->db, "PRAGMA user_version", -1, &v, NULL) ==
            SQLITE_OK &&
        sqlite3_step(v) == SQLITE_ROW)
        version = sqlite3_column_int(v, 0);
    sqlite3_finalize(v);
    if (version > STORE_VERSION) {
        rc = dy_error_set(err, DYAD_ESTORE, path, 0, 0, -1,
                          "store schema %d is newer than this dyad (%d)",
                          version, STORE_VERSION);
        goto done;
    }
    if (version < 1) {
        if (sqlite3_exec(st->db, "BEGIN", NULL, NULL, NULL) != SQLITE_OK ||
            sqlite3_exec(st->db, schema_v1, NULL, NULL, NULL) != SQLITE_OK ||
            sqlite3_exec(st->db, "PRAGMA user_version=1", NULL, NULL, NULL) !=
                SQLITE_OK ||
            sqlite3_exec(st->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK) {
            rc = fail(st, err, "cannot create schema");
            sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
            goto done;
        }
    }
    if (sqlite3_prepare_v2(
            st->db,
            "INSERT OR REPLACE INTO documents(id,date,source,url,title,bytes,"
            "sentences,events) VALUES(?,?,?,?,?,?,?,?)",
            -1, &st->ins_doc, NULL) != SQLITE_OK ||
        sqlite3_prepare_v2(st->db, "DELETE FROM events WHERE doc_id=?", -1,
                           &st->del_ev, NULL) != SQLITE_OK ||
        sqlite3_prepare_v2(
            st->db,
            "INSERT INTO events(doc_id,sentence,sentence_text,date,"
            "source_code,source_text,target_code,target_text,cameo,root,"
            "quad_class,goldstein,plover_type,plover_mode,status,"
            "attributed_to,location,country,lat,lon,killed,injured,"
            "trigger_text,trigger_start,pattern) VALUES(?,?,?,?,?,?,?,?,?,?,"
            "?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            -1, &st->ins_ev, NULL) != SQLITE_OK) {
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
    sqlite3_finalize(st->ins_doc);
    sqlite3_finalize(st->del_ev);
    sqlite3_finalize(st->ins_ev);
    sqlite3_close(st->db);
    dy_free(NULL, st);
}

static void bind_text(sqlite3_stmt *s, int i, const char *t)
{
    if (t)
        sqlite3_bind_text(s, i, t, -1, SQLITE_TRANSIENT);
    else
        sqlite3_bind_null(s, i);
}

int dyad_store_add(dyad_store *st, const dyad_result *r, dyad_error *err)
{
    if (!st || !r)
        return dy_error_set(err, DYAD_EINVAL, NULL, 0, 0, -1,
                            "dyad_store_add: NULL argument");
    const dyad_doc *d = &r->doc;
    char idbuf[32];
    const char *id = d->id;
    if (!id || !id[0]) {
        snprintf(idbuf, sizeof idbuf, "sha:%016llx",
                 (unsigned long long)dy_hash(d->text, d->text_len));
        id = idbuf;
    }
    if (sqlite3_exec(st->db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK)
        return fail(st, err, "cannot begin");
    sqlite3_stmt *s = st->ins_doc;
    sqlite3_reset(s);
    bind_text(s, 1, id);
    bind_text(s, 2, d->date);
    bind_text(s, 3, d->source);
    bind_text(s, 4, d->url);
    bind_text(s, 5, d->title);
    sqlite3_bind_int64(s, 6, (sqlite3_int64)d->text_len);
    sqlite3_bind_int64(s, 7, (sqlite3_int64)r->nsent);
    sqlite3_bind_int64(s, 8, (sqlite3_int64)r->count);
    if (sqlite3_step(s) != SQLITE_DONE)
        goto fail;
    sqlite3_reset(st->del_ev);
    bind_text(st->del_ev, 1, id);
    if (sqlite3_step(st->del_ev) != SQLITE_DONE)
        goto fail;
    for (size_t i = 0; i < r->count; i++) {
        const dyad_event *e = &r->events[i];
        char root[3] = {e->cameo[0], e->cameo[1], 0};
        s = st->ins_ev;
        sqlite3_reset(s);
        sqlite3_clear_bindings(s);
        bind_text(s, 1, id);
        sqlite3_bind_int64(s, 2, (sqlite3_int64)e->sentence);
        sqlite3_bind_text(s, 3, d->text + e->sentence_span.start,
                          (int)e->sentence_span.len, SQLITE_TRANSIENT);
        bind_text(s, 4, e->date);
        bind_text(s, 5, e->source.code);
        bind_text(s, 6, e->source.text);
        bind_text(s, 7, e->target.code);
        bind_text(s, 8, e->target.text);
        bind_text(s, 9, e->cameo);
        bind_text(s, 10, root);
        sqlite3_bind_int(s, 11, e->quad_class);
        sqlite3_bind_double(s, 12, e->goldstein);
        bind_text(s, 13, e->plover_type);
        bind_text(s, 14, e->plover_mode);
        bind_text(s, 15, e->status);
        bind_text(s, 16, e->attributed_to.code ? e->attributed_to.code
                                               : e->attributed_to.text);
        if (e->location) {
            bind_text(s, 17, e->location->name);
            bind_text(s, 18, e->location->country);
            if (e->location->lat != 0 || e->location->lon != 0) {
                sqlite3_bind_double(s, 19, e->location->lat);
                sqlite3_bind_double(s, 20, e->location->lon);
            }
        }
        if (e->killed.value >= 0)
            sqlite3_bind_int64(s, 21, e->killed.value);
        if (e->injured.value >= 0)
            sqlite3_bind_int64(s, 22, e->injured.value);
        sqlite3_bind_text(s, 23, d->text + e->trigger.start,
                          (int)e->trigger.len, SQLITE_TRANSIENT);
        sqlite3_bind_int64(s, 24, (sqlite3_int64)e->trigger.start);
        bind_text(s, 25, e->pattern);
        if (sqlite3_step(s) != SQLITE_DONE)
            goto fail;
    }
    if (sqlite3_exec(st->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
        goto fail;
    return 0;
fail:;
    int rc = fail(st, err, "cannot store document");
    sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
    return rc;
}

static const char *col(sqlite3_stmt *s, int i)
{
    const unsigned char *t = sqlite3_column_text(s, i);
    return t ? (const char *)t : "";
}

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
            "SELECT doc_id, sentence, date, source_code, cameo, "
            "coalesce(target_code,'-'), coalesce(plover_type,'-'), "
            "goldstein, status, coalesce(location,'-'), killed, "
            "trigger_text, source_text, target_text, quad_class, country "
            "FROM events ORDER BY id LIMIT ?",
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
