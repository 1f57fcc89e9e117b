/*
 * near.c - near duplicates in the store (docs/store.md, "Near
 * duplicates"): the same story run by several outlets is kept as one
 * article with several sources. An article's MinHash signature
 * (util/minhash.c) and its 16 LSH band keys are stored; a new document's
 * candidates are the articles with the same text or a band in common,
 * and the first of them (most similar, then oldest) that is similar
 * enough, dated within near_days, and reports every event the new one
 * codes, is its article. The copy gets the article's mentions under its
 * own publisher: the events are counted once, with one more source.
 */
#include "store/db.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NEAR_HITS 256      /* distinct articles sharing bands, counted */
#define NEAR_COMPARE 32    /* of them, compared in full */
#define NEAR_CANDIDATES 40 /* similar enough: NEAR_COMPARE + exact texts */

typedef struct near_cand {
    char id[DYAD_KEY_MAX];
    double sim;        /* estimated Jaccard similarity */
    sqlite3_int64 seq; /* order of storing: the oldest wins a tie */
    long day;          /* days since 1970-01-01, or -1 */
} near_cand;

void dy_store_near_sig(const dyad_doc *d, dy_near_sig *sig)
{
    sig->ok = dy_minhash(d->text, d->text_len, sig->v) > 0;
}

/* a signature as a blob: the values little-endian, whatever the host */
static void sig_pack(const dy_near_sig *sig, unsigned char *b)
{
    for (int i = 0; i < DY_MINHASH_N; i++)
        for (int k = 0; k < 4; k++)
            b[4 * i + k] = (unsigned char)(sig->v[i] >> (8 * k));
}

static int sig_unpack(const void *blob, int n, uint32_t *v)
{
    const unsigned char *b = blob;
    if (!b || n != 4 * DY_MINHASH_N)
        return -1;
    for (int i = 0; i < DY_MINHASH_N; i++)
        v[i] = (uint32_t)b[4 * i] | (uint32_t)b[4 * i + 1] << 8 |
               (uint32_t)b[4 * i + 2] << 16 | (uint32_t)b[4 * i + 3] << 24;
    return 0;
}

static long day_of(const char *date)
{
    long day;
    return date && dy_store_day(date, &day) == 0 ? day : -1;
}

int dy_store_near_index(dyad_store *st, const char *key, const char *date,
                        sqlite3_int64 seq, const dy_near_sig *sig)
{
    unsigned char blob[4 * DY_MINHASH_N];
    sqlite3_stmt *s = dy_store_id_stmt(st, I_SIG_ADD);
    sqlite3_stmt *b = dy_store_id_stmt(st, I_BAND_ADD);
    if (!s || !b)
        return -1;
    long day = day_of(date);
    if (day < 0)
        st->near_undated = 1;
    sig_pack(sig, blob);
    bind_ref(s, 1, key);
    sqlite3_bind_int64(s, 2, day);
    sqlite3_bind_int64(s, 3, seq);
    sqlite3_bind_blob(s, 4, blob, sizeof blob, SQLITE_STATIC);
    if (step_done(s))
        return -1;
    for (int i = 0; i < DY_MINHASH_BANDS; i++) {
        sqlite3_bind_int64(b, 1, dy_minhash_band(sig->v, i));
        sqlite3_bind_int64(b, 2, day);
        bind_ref(b, 3, key);
        if (step_done(b))
            return -1;
    }
    return 0;
}

int dy_store_near_unindex(dyad_store *st, const char *key)
{
    sqlite3_stmt *s = dy_store_id_stmt(st, I_SIG_DAY);
    sqlite3_stmt *b = dy_store_id_stmt(st, I_BAND_DEL);
    sqlite3_stmt *d = dy_store_id_stmt(st, I_SIG_DEL);
    if (!s || !b || !d)
        return -1;
    bind_ref(s, 1, key);
    dy_near_sig sig;
    sqlite3_int64 day = 0;
    int rc = sqlite3_step(s);
    sig.ok = rc == SQLITE_ROW &&
             sig_unpack(sqlite3_column_blob(s, 1), sqlite3_column_bytes(s, 1),
                        sig.v) == 0;
    if (sig.ok)
        day = sqlite3_column_int64(s, 0);
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return -1;
    for (int i = 0; sig.ok && i < DY_MINHASH_BANDS; i++) {
        sqlite3_bind_int64(b, 1, dy_minhash_band(sig.v, i));
        sqlite3_bind_int64(b, 2, day);
        bind_ref(b, 3, key);
        if (step_done(b))
            return -1;
    }
    bind_ref(d, 1, key);
    return step_done(d);
}

static void cand_add(near_cand *c, int *n, const char *id, double sim,
                     sqlite3_int64 seq, long day)
{
    if (*n >= NEAR_CANDIDATES)
        return;
    snprintf(c[*n].id, sizeof c[*n].id, "%s", id);
    c[*n].sim = sim;
    c[*n].seq = seq;
    c[*n].day = day;
    (*n)++;
}

static int cand_has(const near_cand *c, int n, const char *id)
{
    for (int i = 0; i < n; i++)
        if (strcmp(c[i].id, id) == 0)
            return 1;
    return 0;
}

/* the articles with the same text under another key: similarity 1 */
static int exact_cands(dyad_store *st, const char *key, const char *content,
                       near_cand *c, int *n)
{
    sqlite3_stmt *s = dy_store_id_stmt(st, I_BY_CONTENT);
    if (!s)
        return -1;
    bind_ref(s, 1, content);
    bind_ref(s, 2, key);
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW)
        cand_add(c, n, col(s, 0), 1.0, sqlite3_column_int64(s, 1),
                 day_of(col_or_null(s, 2)));
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    return rc == SQLITE_DONE ? 0 : -1;
}

/* Compares the article id (a band hit) with sig: a candidate when its
 * estimated similarity reaches the threshold. */
static int compare_hit(dyad_store *st, const char *id, const dy_near_sig *sig,
                       double threshold, near_cand *c, int *n)
{
    sqlite3_stmt *s = dy_store_id_stmt(st, I_SIG_GET);
    if (!s)
        return -1;
    bind_ref(s, 1, id);
    int rc = sqlite3_step(s);
    if (rc == SQLITE_ROW) {
        uint32_t v[DY_MINHASH_N];
        if (sig_unpack(sqlite3_column_blob(s, 0), sqlite3_column_bytes(s, 0),
                       v) == 0) {
            double sim = dy_minhash_similarity(sig->v, v);
            if (sim >= threshold)
                cand_add(c, n, id, sim, sqlite3_column_int64(s, 1),
                         (long)sqlite3_column_int64(s, 2));
        }
    }
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : -1;
}

/* an article that shares bands with a document */
typedef struct band_hit {
    uint64_t h;  /* dy_hash of its key */
    size_t key;  /* offset of its key in the keys buffer */
    int bands;   /* how many bands it shares */
    int first;   /* order of its first sighting */
} band_hit;

/* Adds the articles of days [from, to] sharing a band with sig to hits
 * (at most NEAR_HITS distinct ones, keys NUL-separated in keys), counting
 * the bands each shares. */
static int band_hits(dyad_store *st, const char *key, const dy_near_sig *sig,
                     long from, long to, band_hit *hits, int *nh, dy_buf *keys)
{
    sqlite3_stmt *s = dy_store_id_stmt(st, I_BAND_FIND);
    if (!s)
        return -1;
    for (int b = 0; b < DY_MINHASH_BANDS; b++) {
        sqlite3_bind_int64(s, 1, dy_minhash_band(sig->v, b));
        sqlite3_bind_int64(s, 2, from);
        sqlite3_bind_int64(s, 3, to);
        int step;
        while ((step = sqlite3_step(s)) == SQLITE_ROW) {
            const char *id = col(s, 0);
            size_t len = strlen(id);
            uint64_t h = dy_hash(id, len);
            int i = 0;
            while (i < *nh && (hits[i].h != h ||
                               strcmp(keys->data + hits[i].key, id) != 0))
                i++;
            if (i < *nh) {
                hits[i].bands++;
            } else if (*nh < NEAR_HITS && strcmp(id, key) != 0) {
                hits[i].h = h;
                hits[i].key = keys->len;
                hits[i].bands = 1;
                hits[i].first = *nh;
                if (dy_buf_put(keys, id, len + 1) == 0)
                    (*nh)++;
            }
        }
        sqlite3_reset(s);
        sqlite3_clear_bindings(s);
        if (step != SQLITE_DONE || keys->failed)
            return -1;
    }
    return 0;
}

/* whether some article is undated (asked once a connection; an article
 * indexed later sets it): else a dated document need not look for them.
 * When the store cannot tell, it looks. */
static int has_undated(dyad_store *st)
{
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

/* the articles sharing most bands first (the likeliest copies), then in
 * the order they were seen */
static int hit_order(const void *a, const void *b)
{
    const band_hit *x = a, *y = b;
    if (x->bands != y->bands)
        return y->bands - x->bands;
    return x->first - y->first;
}

/* The articles sharing bands with sig, among the undated and those of
 * days [from, to] (all when from is -1): the NEAR_COMPARE sharing most
 * are compared in full, so that a text like thousands of others (a
 * template) costs a bounded time. */
static int band_cands(dyad_store *st, const char *key, const dy_near_sig *sig,
                      long from, long to, double threshold, near_cand *c,
                      int *n)
{
    band_hit hits[NEAR_HITS];
    dy_buf keys;
    dy_buf_init(&keys, NULL);
    int nh = 0, rc = band_hits(st, key, sig, from, to, hits, &nh, &keys);
    if (!rc && from >= 0 && has_undated(st))
        rc = band_hits(st, key, sig, -1, -1, hits, &nh, &keys);
    if (!rc)
        qsort(hits, (size_t)nh, sizeof *hits, hit_order);
    for (int i = 0; !rc && i < nh && i < NEAR_COMPARE; i++)
        if (!cand_has(c, *n, keys.data + hits[i].key))
            rc = compare_hit(st, keys.data + hits[i].key, sig, threshold, c,
                             n);
    dy_buf_free(&keys);
    return rc;
}

/* most similar first, then the oldest */
static int cand_order(const void *a, const void *b)
{
    const near_cand *x = a, *y = b;
    if (x->sim != y->sim)
        return x->sim > y->sim ? -1 : 1;
    return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* 1 when the article reports every event (code and dyad) of r, 0 when it
 * lacks one, -1 on error */
static int events_within(dyad_store *st, const dyad_result *r,
                         const char *article)
{
    sqlite3_stmt *s = dy_store_id_stmt(st, I_ART_EVENT);
    if (!s)
        return -1;
    size_t n = dyad_result_count(r);
    for (size_t i = 0; i < n; i++) {
        const dyad_event *e = dyad_result_event(r, i);
        bind_ref(s, 1, article);
        bind_ref(s, 2, e->cameo);
        bind_ref(s, 3, e->source.code ? e->source.code : "");
        bind_ref(s, 4, e->target.code ? e->target.code : "");
        int rc = step_exists(s);
        if (rc <= 0)
            return rc;
    }
    return 1;
}

int dy_store_near_find(dyad_store *st, const dyad_result *r, const char *key,
                       const char *content, const dy_near_sig *sig,
                       const dyad_put_options *o, char *article,
                       double *similarity)
{
    near_cand c[NEAR_CANDIDATES];
    int n = 0;
    article[0] = '\0';
    *similarity = 0;
    if (exact_cands(st, key, content, c, &n))
        return -1;
    long day = day_of(dyad_result_doc(r)->date);
    /* a dated document: the articles within near_days, and the undated;
     * an undated one: all */
    if (sig->ok &&
        band_cands(st, key, sig, day >= 0 ? day - o->near_days : -1,
                   day >= 0 ? day + o->near_days : LONG_MAX,
                   o->near_threshold, c, &n))
        return -1;
    qsort(c, (size_t)n, sizeof *c, cand_order);
    for (int i = 0; i < n; i++) {
        if (day >= 0 && c[i].day >= 0 && labs(day - c[i].day) > o->near_days)
            continue;
        int within = events_within(st, r, c[i].id);
        if (within < 0)
            return -1;
        if (within) {
            memcpy(article, c[i].id, strlen(c[i].id) + 1);
            *similarity = c[i].sim;
            return 0;
        }
    }
    return 0;
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
