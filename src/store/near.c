/*
 * near.c - near duplicates in the SQLite store (docs/store.md, "Near
 * duplicates"): the same story run by several outlets is kept as one
 * article with several sources. An article's MinHash signature
 * (util/minhash.c) and its 16 LSH band keys are stored; rules_near.c
 * decides which stored article a new document is a copy of, over the
 * statements here. The copy gets the article's mentions under its own
 * publisher: the events are counted once, with one more source.
 */
#include "store/db.h"

#include <stdio.h>
#include <string.h>

int dy_store_near_index(dyad_store *st, const char *key, const char *date,
                        sqlite3_int64 seq, const dy_near_sig *sig)
{
    unsigned char blob[DY_NEAR_SIG_BYTES];
    sqlite3_stmt *s = dy_store_id_stmt(st, I_SIG_ADD);
    sqlite3_stmt *b = dy_store_id_stmt(st, I_BAND_ADD);
    if (!s || !b)
        return -1;
    long day = dy_store_day_or_none(date);
    if (day < 0)
        st->near_undated = 1;
    dy_near_pack(sig, blob);
    bind_ref(s, 1, key);
    sqlite3_bind_int64(s, 2, day);
    sqlite3_bind_int64(s, 3, seq);
    sqlite3_bind_blob(s, 4, blob, sizeof blob, SQLITE_STATIC);
    if (step_done(s))
        return -1;
    for (int i = 0; i < DY_MINHASH_BANDS; i++) {
        sqlite3_bind_int64(b, 1, dy_minhash_band(sig->v, i));
        sqlite3_bind_int64(b, 2, day);
        sqlite3_bind_int64(b, 3, seq);
        if (step_done(b))
            return -1;
    }
    return ++st->near_pending < NEAR_PENDING_MAX ? 0 : dy_store_near_flush(st);
}

int dy_store_near_unindex(dyad_store *st, const char *key)
{
    sqlite3_stmt *s = dy_store_id_stmt(st, I_SIG_DAY);
    sqlite3_stmt *b = dy_store_id_stmt(st, I_BAND_DEL);
    sqlite3_stmt *d = dy_store_id_stmt(st, I_SIG_DEL);
    sqlite3_stmt *p = dy_store_id_stmt(st, I_PENDING_DEL);
    sqlite3_stmt *r = dy_store_id_stmt(st, I_RECENT_DEL);
    if (!s || !b || !d || !p || !r)
        return -1;
    bind_ref(s, 1, key);
    dy_near_sig sig;
    sqlite3_int64 day = 0, seq = 0;
    int rc = sqlite3_step(s);
    sig.ok = rc == SQLITE_ROW &&
             dy_near_unpack(sqlite3_column_blob(s, 1),
                            (size_t)sqlite3_column_bytes(s, 1), sig.v) == 0;
    if (sig.ok) {
        day = sqlite3_column_int64(s, 0);
        seq = sqlite3_column_int64(s, 2);
    }
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return -1;
    for (int i = 0; sig.ok && i < DY_MINHASH_BANDS; i++) {
        for (int k = 0; k < 3; k++) { /* stored, recent or pending */
            sqlite3_stmt *del = k == 0 ? b : k == 1 ? r : p;
            sqlite3_bind_int64(del, 1, dy_minhash_band(sig.v, i));
            sqlite3_bind_int64(del, 2, day);
            sqlite3_bind_int64(del, 3, seq);
            if (step_done(del))
                return -1;
        }
    }
    bind_ref(d, 1, key);
    return step_done(d);
}

/* The pending keys go into near_bands_recent, a table kept at most a
 * quarter of near_bands (identity.c, RECENT_PARTS): random keys land on
 * most pages of the table they go into, so a small table keeps a flush's
 * pages few. When it outgrows that, it goes into near_bands in key order,
 * one pass over that table's pages for a quarter of its rows
 * (docs/store.md, "At scale"). */
int dy_store_near_flush(dyad_store *st)
{
    if (!st->id_s[I_BAND_ADD])
        return 0; /* nothing indexed on this connection */
    sqlite3_stmt *f = dy_store_id_stmt(st, I_PENDING_FLUSH);
    sqlite3_stmt *c = dy_store_id_stmt(st, I_PENDING_CLEAR);
    sqlite3_stmt *full = dy_store_id_stmt(st, I_RECENT_FULL);
    sqlite3_stmt *m = dy_store_id_stmt(st, I_RECENT_MERGE);
    sqlite3_stmt *e = dy_store_id_stmt(st, I_RECENT_CLEAR);
    if (!f || !c || !full || !m || !e || step_done(f) || step_done(c))
        return -1;
    st->near_pending = 0;
    return merge_when_full(full, m, e) < 0 ? -1 : 0;
}

/* the articles with the same text under another key: similarity 1 */
static int exact_cands(void *ctx, const char *key, const char *content,
                       dy_near_set *set)
{
    sqlite3_stmt *s = dy_store_id_stmt(ctx, I_BY_CONTENT);
    if (!s)
        return -1;
    bind_ref(s, 1, content);
    bind_ref(s, 2, key);
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW)
        dy_near_exact(set, col(s, 0), sqlite3_column_int64(s, 1),
                      col_or_null(s, 2));
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    return rc == SQLITE_DONE ? 0 : -1;
}

/* an article's signature, order of storing and day: 1, 0 when none, -1 */
static int sig_get(void *ctx, const char *id, uint32_t *v, long long *seq,
                   long *day)
{
    sqlite3_stmt *s = dy_store_id_stmt(ctx, I_SIG_GET);
    if (!s)
        return -1;
    bind_ref(s, 1, id);
    int rc = sqlite3_step(s), found = 0;
    if (rc == SQLITE_ROW &&
        dy_near_unpack(sqlite3_column_blob(s, 0),
                       (size_t)sqlite3_column_bytes(s, 0), v) == 0) {
        *seq = sqlite3_column_int64(s, 1);
        *day = (long)sqlite3_column_int64(s, 2);
        found = 1;
    }
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    return rc == SQLITE_ROW || rc == SQLITE_DONE ? found : -1;
}

/* the articles of days [from, to] sharing a band with sig, band by band */
static int band_rows(void *ctx, const dy_near_sig *sig, long from, long to,
                     dy_near_set *set)
{
    sqlite3_stmt *s = dy_store_id_stmt(ctx, I_BAND_FIND);
    if (!s)
        return -1;
    for (int b = 0; b < DY_MINHASH_BANDS; b++) {
        sqlite3_bind_int64(s, 1, dy_minhash_band(sig->v, b));
        sqlite3_bind_int64(s, 2, from);
        sqlite3_bind_int64(s, 3, to);
        int step;
        while ((step = sqlite3_step(s)) == SQLITE_ROW)
            dy_near_hit(set, col(s, 0));
        sqlite3_reset(s);
        sqlite3_clear_bindings(s);
        if (step != SQLITE_DONE)
            return -1;
    }
    return 0;
}

/* whether some article is undated (asked once a connection; an article
 * indexed later sets it): else a dated document need not look for them.
 * When the store cannot tell, it looks. */
static int has_undated(void *ctx)
{
    dyad_store *st = ctx;
    if (st->near_undated < 0) {
        sqlite3_stmt *s = NULL;
        if (sqlite3_prepare_v2(st->db,
                               "SELECT EXISTS(SELECT 1 FROM near_sigs WHERE "
                               "day=-1)",
                               -1, &s, NULL) == SQLITE_OK &&
            sqlite3_step(s) == SQLITE_ROW)
            st->near_undated = sqlite3_column_int(s, 0);
        sqlite3_finalize(s);
    }
    return st->near_undated != 0;
}

/* 1 when the article reports an event of this code and dyad, 0, -1 */
static int reports(void *ctx, const char *article, const char *cameo,
                   const char *source, const char *target)
{
    sqlite3_stmt *s = dy_store_id_stmt(ctx, I_ART_EVENT);
    if (!s)
        return -1;
    bind_ref(s, 1, article);
    bind_ref(s, 2, cameo);
    bind_ref(s, 3, source);
    bind_ref(s, 4, target);
    return step_exists(s);
}

static const dy_near_ops near_ops = {exact_cands, band_rows, sig_get,
                                     has_undated, reports};

int dy_store_near_find(dyad_store *st, const dyad_result *r, const char *key,
                       const char *content, const dy_near_sig *sig,
                       const dyad_put_options *o, char *article,
                       double *similarity)
{
    return dy_near_find(&near_ops, st, r, key, content, sig, o, article,
                        similarity);
}

int dy_store_near_attach(dyad_store *st, const char *copy, const char *pub,
                         const char *article, long *count)
{
    sqlite3_stmt *ins = dy_store_id_stmt(st, I_ATTACH);
    sqlite3_stmt *cnt = dy_store_id_stmt(st, I_ATTACH_COUNT);
    sqlite3_stmt *ev = dy_store_id_stmt(st, I_ATTACH_EVENTS);
    if (!ins || !cnt || !ev)
        return -1;
    bind_ref(ins, 1, copy);
    bind_ref(ins, 2, pub);
    bind_ref(ins, 3, article);
    if (step_done(ins))
        return -1;
    *count = (long)sqlite3_changes(st->db);
    dy_store_count(st, DY_ROWS_MENTIONS, *count);
    bind_ref(cnt, 1, copy);
    if (step_done(cnt))
        return -1;
    bind_ref(ev, 1, copy);
    bind_ref(ev, 2, pub);
    return step_done(ev);
}

int dy_store_near_relink(dyad_store *st, const char *copy, const char *article)
{
    sqlite3_stmt *s = dy_store_id_stmt(st, I_RELINK);
    if (!s)
        return -1;
    bind_ref(s, 1, copy);
    bind_ref(s, 2, article);
    char pub[256] = "";
    int rc = sqlite3_step(s);
    if (rc == SQLITE_ROW)
        dy_store_publisher(col_or_null(s, 0), col_or_null(s, 1), copy, pub,
                           sizeof pub);
    while (rc == SQLITE_ROW)
        rc = sqlite3_step(s);
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    long n;
    if (rc != SQLITE_DONE)
        return -1;
    return pub[0] ? dy_store_near_attach(st, copy, pub, article, &n) : 0;
}
