/*
 * feeds.c - what the store remembers of feeds (schema 4, docs/store.md):
 * each feed's validators (ETag, Last-Modified), title, last fetch and
 * errors, and the items seen in it, so that a rerun asks only for what
 * changed and hands out only new items. Written by the feed session
 * (src/feed/feeds.c) after the documents of a round are stored. A
 * PostgreSQL store keeps the same tables (pg/feeds.c).
 */
#include "store/db.h"
#include "store/pg/pg.h"

#include <stdio.h>
#include <string.h>

const char dy_store_feeds_schema[] =
    "CREATE TABLE IF NOT EXISTS feeds ("
    " url TEXT PRIMARY KEY, title TEXT, etag TEXT, last_modified TEXT,"
    " last_fetch TEXT, last_status INTEGER, last_error TEXT,"
    " errors INTEGER NOT NULL DEFAULT 0, items INTEGER NOT NULL DEFAULT 0)"
    " WITHOUT ROWID;"
    "CREATE TABLE IF NOT EXISTS feed_items ("
    " feed_url TEXT NOT NULL, item_id TEXT NOT NULL, url TEXT, title TEXT,"
    " date TEXT, outcome TEXT NOT NULL,"
    " seen_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),"
    " PRIMARY KEY(feed_url, item_id)) WITHOUT ROWID;";

static void copy_col(sqlite3_stmt *s, int i, char *out, size_t cap)
{
    const char *v = col(s, i);
    if (strlen(v) < cap)
        snprintf(out, cap, "%s", v);
    else
        out[0] = '\0'; /* too long to be a validator worth sending */
}

int dy_store_feed_get(dyad_store *st, const char *url, dy_feed_state *out,
                      dyad_error *err)
{
    if (st->pg)
        return dy_pg_feed_get(st->pg, url, out, err);
    memset(out, 0, sizeof *out);
    sqlite3_stmt *s = NULL;
    if (sqlite3_prepare_v2(st->db,
                           "SELECT etag, last_modified, title, errors, items "
                           "FROM feeds WHERE url=?",
                           -1, &s, NULL) != SQLITE_OK)
        return dy_store_fail(st, err, "cannot read feed state");
    bind_text(s, 1, url);
    int rc = sqlite3_step(s);
    if (rc == SQLITE_ROW) {
        out->known = 1;
        copy_col(s, 0, out->etag, sizeof out->etag);
        copy_col(s, 1, out->last_modified, sizeof out->last_modified);
        copy_col(s, 2, out->title, sizeof out->title);
        out->errors = sqlite3_column_int64(s, 3);
        out->items = sqlite3_column_int64(s, 4);
    }
    sqlite3_finalize(s);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return dy_store_fail(st, err, "cannot read feed state");
    return 0;
}

int dy_store_feed_seen(dyad_store *st, const char *url, const char *item_id,
                       int *seen, dyad_error *err)
{
    if (st->pg)
        return dy_pg_feed_seen(st->pg, url, item_id, seen, err);
    sqlite3_stmt *s = NULL;
    if (sqlite3_prepare_v2(st->db,
                           "SELECT 1 FROM feed_items WHERE feed_url=? AND "
                           "item_id=?",
                           -1, &s, NULL) != SQLITE_OK)
        return dy_store_fail(st, err, "cannot read feed items");
    bind_text(s, 1, url);
    bind_text(s, 2, item_id);
    int rc = step_exists(s);
    sqlite3_finalize(s);
    if (rc < 0)
        return dy_store_fail(st, err, "cannot read feed items");
    *seen = rc;
    return 0;
}

int dy_store_feed_put(dyad_store *st, const char *url,
                      const dy_feed_update *u, dyad_error *err)
{
    if (st->pg)
        return dy_pg_feed_put(st->pg, url, u, err);
    sqlite3_stmt *s = NULL;
    /* validators and title are kept from before when this fetch brought
     * none (a 304, or a failure) */
    if (sqlite3_prepare_v2(
            st->db,
            "INSERT INTO feeds(url,title,etag,last_modified,last_fetch,"
            "last_status,last_error,errors,items) VALUES(?1,?2,?3,?4,"
            "strftime('%Y-%m-%dT%H:%M:%SZ','now'),?5,?6,?7,?8) "
            "ON CONFLICT(url) DO UPDATE SET "
            "title=coalesce(?2,title),"
            "etag=CASE WHEN ?9 THEN ?3 ELSE etag END,"
            "last_modified=CASE WHEN ?9 THEN ?4 ELSE last_modified END,"
            "last_fetch=excluded.last_fetch,last_status=?5,last_error=?6,"
            "errors=CASE WHEN ?6 IS NULL THEN 0 ELSE errors+1 END,"
            "items=items+?8",
            -1, &s, NULL) != SQLITE_OK)
        return dy_store_fail(st, err, "cannot write feed state");
    bind_text(s, 1, url);
    bind_text(s, 2, u->title && *u->title ? u->title : NULL);
    bind_text(s, 3, u->etag && *u->etag ? u->etag : NULL);
    bind_text(s, 4, u->last_modified && *u->last_modified ? u->last_modified
                                                           : NULL);
    sqlite3_bind_int64(s, 5, u->status);
    bind_text(s, 6, u->error);
    sqlite3_bind_int64(s, 7, u->error ? 1 : 0);
    sqlite3_bind_int64(s, 8, u->new_items);
    sqlite3_bind_int(s, 9, u->fetched);
    int rc = step_done(s);
    sqlite3_finalize(s);
    return rc ? dy_store_fail(st, err, "cannot write feed state") : 0;
}

int dy_store_feed_item_add(dyad_store *st, const char *url,
                           const dy_feed_seen *it, dyad_error *err)
{
    if (st->pg)
        return dy_pg_feed_item_add(st->pg, url, it, err);
    sqlite3_stmt *s = NULL;
    if (sqlite3_prepare_v2(st->db,
                           "INSERT OR IGNORE INTO feed_items(feed_url,item_id,"
                           "url,title,date,outcome) VALUES(?,?,?,?,?,?)",
                           -1, &s, NULL) != SQLITE_OK)
        return dy_store_fail(st, err, "cannot write feed items");
    bind_text(s, 1, url);
    bind_text(s, 2, it->item_id);
    bind_text(s, 3, it->url);
    bind_text(s, 4, it->title);
    bind_text(s, 5, it->date);
    bind_text(s, 6, it->outcome);
    int rc = step_done(s);
    sqlite3_finalize(s);
    return rc ? dy_store_fail(st, err, "cannot write feed items") : 0;
}

int dy_store_feed_begin(dyad_store *st, dyad_error *err)
{
    if (st->pg)
        return dy_pg_exec(st->pg, "BEGIN")
                   ? dy_pg_fail(st->pg, err, "cannot save feed state")
                   : 0;
    if (dy_store_exec(st, "BEGIN IMMEDIATE"))
        return dy_store_fail(st, err, "cannot save feed state");
    return 0;
}

int dy_store_feed_end(dyad_store *st, int rc, dyad_error *err)
{
    if (st->pg) {
        if (!rc && dy_pg_exec(st->pg, "COMMIT"))
            rc = dy_pg_fail(st->pg, err, "cannot save feed state");
        if (rc)
            dy_pg_exec(st->pg, "ROLLBACK");
        return rc;
    }
    if (!rc && dy_store_exec(st, "COMMIT"))
        rc = dy_store_fail(st, err, "cannot save feed state");
    if (rc)
        dy_store_exec(st, "ROLLBACK");
    return rc;
}
