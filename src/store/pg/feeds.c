/*
 * feeds.c - what a PostgreSQL store remembers of feeds (schema 2, the
 * tables of store/feeds.c): each feed's validators, title, last fetch and
 * errors, and the items seen in it, so that `dyad watch` and `ingest` of
 * feeds ask only for what changed and hand out only new items. The same
 * statements as store/feeds.c's, with bound values.
 */
#include "store/pg/pg.h"

#include <stdio.h>
#include <string.h>

/* column c of row 0 into out; "" when NULL or too long to be a
 * validator worth sending (store/feeds.c's copy_col) */
static void copy_col(const PGresult *r, int c, char *out, size_t cap)
{
    const char *v = dy_pg_text(r, 0, c);
    if (v && strlen(v) < cap)
        snprintf(out, cap, "%s", v);
    else
        out[0] = '\0';
}

int dy_pg_feed_get(dy_pg *pg, const char *url, dy_feed_state *out,
                   dyad_error *err)
{
    memset(out, 0, sizeof *out);
    dy_pgp p;
    dy_pgp_init(&p);
    dy_pgp_text(&p, url);
    PGresult *r = dy_pg_query(pg,
                              "SELECT etag, last_modified, title, errors,"
                              " items FROM feeds WHERE url=$1",
                              &p);
    if (!r)
        return dy_pg_fail(pg, err, "cannot read feed state");
    if (PQntuples(r) == 1) {
        out->known = 1;
        copy_col(r, 0, out->etag, sizeof out->etag);
        copy_col(r, 1, out->last_modified, sizeof out->last_modified);
        copy_col(r, 2, out->title, sizeof out->title);
        out->errors = dy_pg_int(r, 0, 3, 0);
        out->items = dy_pg_int(r, 0, 4, 0);
    }
    PQclear(r);
    return 0;
}

int dy_pg_feed_seen(dy_pg *pg, const char *url, const char *item_id,
                    int *seen, dyad_error *err)
{
    dy_pgp p;
    dy_pgp_init(&p);
    dy_pgp_text(&p, url);
    dy_pgp_text(&p, item_id);
    PGresult *r = dy_pg_query(pg,
                              "SELECT 1 FROM feed_items WHERE feed_url=$1"
                              " AND item_id=$2",
                              &p);
    if (!r)
        return dy_pg_fail(pg, err, "cannot read feed items");
    *seen = PQntuples(r) > 0;
    PQclear(r);
    return 0;
}

int dy_pg_feed_put(dy_pg *pg, const char *url, const dy_feed_update *u,
                   dyad_error *err)
{
    dy_pgp p;
    dy_pgp_init(&p);
    dy_pgp_text(&p, url);
    dy_pgp_text(&p, u->title && *u->title ? u->title : NULL);
    dy_pgp_text(&p, u->etag && *u->etag ? u->etag : NULL);
    dy_pgp_text(&p, u->last_modified && *u->last_modified ? u->last_modified
                                                           : NULL);
    dy_pgp_int(&p, u->status);
    dy_pgp_text(&p, u->error);
    dy_pgp_int(&p, u->error ? 1 : 0);
    dy_pgp_int(&p, u->new_items);
    dy_pgp_int(&p, u->fetched);
    /* validators and title are kept from before when this fetch brought
     * none (a 304, or a failure) */
    PGresult *r = dy_pg_query(
        pg,
        "INSERT INTO feeds(url,title,etag,last_modified,last_fetch,"
        "last_status,last_error,errors,items) VALUES($1,$2,$3,$4,"
        "to_char(now() AT TIME ZONE 'UTC','YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'),"
        "$5,$6,$7,$8) ON CONFLICT (url) DO UPDATE SET "
        "title=coalesce($2,feeds.title),"
        "etag=CASE WHEN $9::integer<>0 THEN $3 ELSE feeds.etag END,"
        "last_modified=CASE WHEN $9::integer<>0 THEN $4"
        " ELSE feeds.last_modified END,"
        "last_fetch=excluded.last_fetch,last_status=$5,last_error=$6,"
        "errors=CASE WHEN $6::text IS NULL THEN 0 ELSE feeds.errors+1 END,"
        "items=feeds.items+$8",
        &p);
    if (!r)
        return dy_pg_fail(pg, err, "cannot write feed state");
    PQclear(r);
    return 0;
}

int dy_pg_feed_item_add(dy_pg *pg, const char *url, const dy_feed_seen *it,
                        dyad_error *err)
{
    dy_pgp p;
    dy_pgp_init(&p);
    dy_pgp_text(&p, url);
    dy_pgp_text(&p, it->item_id);
    dy_pgp_text(&p, it->url);
    dy_pgp_text(&p, it->title);
    dy_pgp_text(&p, it->date);
    dy_pgp_text(&p, it->outcome);
    PGresult *r = dy_pg_query(
        pg,
        "INSERT INTO feed_items(feed_url,item_id,url,title,date,outcome)"
        " VALUES($1,$2,$3,$4,$5,$6) ON CONFLICT DO NOTHING",
        &p);
    if (!r)
        return dy_pg_fail(pg, err, "cannot write feed items");
    PQclear(r);
    return 0;
}
