/*
 * near.c - near duplicates in a PostgreSQL store, by store/near.c's rule
 * (docs/store.md, "Near duplicates"): the articles with the same text or
 * an LSH band in common are the candidates, compared by MinHash; the
 * most similar (then the oldest) that is dated within near_days and
 * reports every event of the new document is its article. Signatures
 * are bytea, 128 x uint32 little-endian, as in SQLite.
 */
#include "store/pg/pg.h"
#include "store/db.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NEAR_HITS 256
#define NEAR_COMPARE 32
#define NEAR_CANDIDATES 40

typedef struct near_cand {
    char id[DYAD_KEY_MAX];
    double sim;
    long long seq;
    long day;
} near_cand;

static void sig_pack(const dy_pg_sig *sig, unsigned char *b)
{
    for (int i = 0; i < DY_MINHASH_N; i++)
        for (int k = 0; k < 4; k++)
            b[4 * i + k] = (unsigned char)(sig->v[i] >> (8 * k));
}

/* a bytea column (text form, \x...) into v; -1 when it is not a signature */
static int sig_unpack(const PGresult *r, int row, int col, uint32_t *v)
{
    size_t n = 0;
    unsigned char *b =
        PQunescapeBytea((const unsigned char *)PQgetvalue(r, row, col), &n);
    int rc = -1;
    if (b && n == 4 * DY_MINHASH_N) {
        for (int i = 0; i < DY_MINHASH_N; i++)
            v[i] = (uint32_t)b[4 * i] | (uint32_t)b[4 * i + 1] << 8 |
                   (uint32_t)b[4 * i + 2] << 16 | (uint32_t)b[4 * i + 3] << 24;
        rc = 0;
    }
    PQfreemem(b);
    return rc;
}

static long day_of(const char *date)
{
    long day;
    return date && dy_store_day(date, &day) == 0 ? day : -1;
}

/* the band keys of sig as an array literal {k1,...,k16} */
static void band_keys(const dy_pg_sig *sig, char *out, size_t size)
{
    size_t n = 0;
    for (int i = 0; i < DY_MINHASH_BANDS && n < size; i++)
        n += (size_t)snprintf(out + n, size - n, "%c%lld", i ? ',' : '{',
                              (long long)dy_minhash_band(sig->v, i));
    if (n < size)
        snprintf(out + n, size - n, "}");
}

/* statement stmt (BAND_ADD, BAND_DEL) over every band of sig */
static int bands(dy_pg *pg, int stmt, const dy_pg_sig *sig, long day,
                 const char *key)
{
    char keys[DY_MINHASH_BANDS * 21 + 2];
    band_keys(sig, keys, sizeof keys);
    dy_pgp p;
    dy_pgp_init(&p);
    dy_pgp_text(&p, keys);
    dy_pgp_int(&p, day);
    dy_pgp_text(&p, key);
    return dy_pg_do(pg, stmt, &p);
}

int dy_pg_near_index(dy_pg *pg, const char *key, const char *date,
                     long long seq, const dy_pg_sig *sig)
{
    unsigned char blob[4 * DY_MINHASH_N];
    long day = day_of(date);
    if (day < 0)
        pg->near_undated = 1;
    sig_pack(sig, blob);
    dy_pgp p;
    dy_pgp_init(&p);
    dy_pgp_text(&p, key);
    dy_pgp_int(&p, day);
    dy_pgp_int(&p, seq);
    dy_pgp_bytes(&p, blob, sizeof blob);
    if (dy_pg_do(pg, DY_PGS_SIG_ADD, &p))
        return -1;
    return bands(pg, DY_PGS_BAND_ADD, sig, day, key);
}

int dy_pg_near_unindex(dy_pg *pg, const char *key)
{
    dy_pgp p;
    dy_pgp_init(&p);
    dy_pgp_text(&p, key);
    PGresult *r = dy_pg_run(pg, DY_PGS_SIG_DAY, &p);
    if (!r)
        return -1;
    dy_pg_sig sig;
    sig.ok = PQntuples(r) == 1 && sig_unpack(r, 0, 1, sig.v) == 0;
    long day = sig.ok ? (long)dy_pg_int(r, 0, 0, 0) : 0;
    PQclear(r);
    if (sig.ok && bands(pg, DY_PGS_BAND_DEL, &sig, day, key))
        return -1;
    return dy_pg_do(pg, DY_PGS_SIG_DEL, &p);
}

static void cand_add(near_cand *c, int *n, const char *id, double sim,
                     long long seq, long day)
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

static int exact_cands(dy_pg *pg, const char *key, const char *content,
                       near_cand *c, int *n)
{
    dy_pgp p;
    dy_pgp_init(&p);
    dy_pgp_text(&p, content);
    dy_pgp_text(&p, key);
    PGresult *r = dy_pg_run(pg, DY_PGS_BY_CONTENT, &p);
    if (!r)
        return -1;
    for (int i = 0; i < PQntuples(r); i++)
        cand_add(c, n, PQgetvalue(r, i, 0), 1.0, dy_pg_int(r, i, 1, 0),
                 day_of(dy_pg_text(r, i, 2)));
    PQclear(r);
    return 0;
}

static int compare_hit(dy_pg *pg, const char *id, const dy_pg_sig *sig,
                       double threshold, near_cand *c, int *n)
{
    dy_pgp p;
    dy_pgp_init(&p);
    dy_pgp_text(&p, id);
    PGresult *r = dy_pg_run(pg, DY_PGS_SIG_GET, &p);
    if (!r)
        return -1;
    uint32_t v[DY_MINHASH_N];
    if (PQntuples(r) == 1 && sig_unpack(r, 0, 0, v) == 0) {
        double sim = dy_minhash_similarity(sig->v, v);
        if (sim >= threshold)
            cand_add(c, n, id, sim, dy_pg_int(r, 0, 1, 0),
                     (long)dy_pg_int(r, 0, 2, -1));
    }
    PQclear(r);
    return 0;
}

typedef struct band_hit {
    uint64_t h;
    size_t key;
    int bands;
    int first;
} band_hit;

/* near.c's band_hits: the articles of days [from, to] sharing bands,
 * band by band (one statement for all 16) */
static int band_hits(dy_pg *pg, const char *key, const dy_pg_sig *sig,
                     long from, long to, band_hit *hits, int *nh,
                     dy_buf *keys)
{
    char bk[DY_MINHASH_BANDS * 21 + 2];
    band_keys(sig, bk, sizeof bk);
    dy_pgp p;
    dy_pgp_init(&p);
    dy_pgp_text(&p, bk);
    dy_pgp_int(&p, from);
    dy_pgp_int(&p, to);
    PGresult *r = dy_pg_run(pg, DY_PGS_BAND_FIND, &p);
    if (!r)
        return -1;
    for (int row = 0; row < PQntuples(r); row++) {
        const char *id = PQgetvalue(r, row, 1);
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
    PQclear(r);
    return keys->failed ? -1 : 0;
}

static int has_undated(dy_pg *pg)
{
    if (pg->near_undated < 0) {
        PGresult *r = dy_pg_run(pg, DY_PGS_HAS_UNDATED, NULL);
        if (r && PQntuples(r) == 1)
            pg->near_undated = PQgetvalue(r, 0, 0)[0] == 't';
        PQclear(r);
    }
    return pg->near_undated != 0;
}

static int hit_order(const void *a, const void *b)
{
    const band_hit *x = a, *y = b;
    if (x->bands != y->bands)
        return y->bands - x->bands;
    return x->first - y->first;
}

static int band_cands(dy_pg *pg, const char *key, const dy_pg_sig *sig,
                      long from, long to, double threshold, near_cand *c,
                      int *n)
{
    band_hit hits[NEAR_HITS];
    dy_buf keys;
    dy_buf_init(&keys, NULL);
    int nh = 0, rc = band_hits(pg, key, sig, from, to, hits, &nh, &keys);
    if (!rc && from >= 0 && has_undated(pg))
        rc = band_hits(pg, key, sig, -1, -1, hits, &nh, &keys);
    if (!rc)
        qsort(hits, (size_t)nh, sizeof *hits, hit_order);
    for (int i = 0; !rc && i < nh && i < NEAR_COMPARE; i++)
        if (!cand_has(c, *n, keys.data + hits[i].key))
            rc = compare_hit(pg, keys.data + hits[i].key, sig, threshold, c,
                             n);
    dy_buf_free(&keys);
    return rc;
}

static int cand_order(const void *a, const void *b)
{
    const near_cand *x = a, *y = b;
    if (x->sim != y->sim)
        return x->sim > y->sim ? -1 : 1;
    return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* 1 when the article reports every event (code and dyad) of r, 0, -1 */
static int events_within(dy_pg *pg, const dyad_result *r, const char *article)
{
    size_t n = dyad_result_count(r);
    for (size_t i = 0; i < n; i++) {
        const dyad_event *e = dyad_result_event(r, i);
        dy_pgp p;
        dy_pgp_init(&p);
        dy_pgp_text(&p, article);
        dy_pgp_text(&p, e->cameo);
        dy_pgp_text(&p, e->source.code ? e->source.code : "");
        dy_pgp_text(&p, e->target.code ? e->target.code : "");
        PGresult *res = dy_pg_run(pg, DY_PGS_ART_EVENT, &p);
        if (!res)
            return -1;
        int found = PQntuples(res) > 0;
        PQclear(res);
        if (!found)
            return 0;
    }
    return 1;
}

int dy_pg_near_find(dy_pg *pg, const dyad_result *r, const char *key,
                    const char *content, const dy_pg_sig *sig,
                    const dyad_put_options *o, char *article,
                    double *similarity)
{
    near_cand c[NEAR_CANDIDATES];
    int n = 0;
    article[0] = '\0';
    *similarity = 0;
    if (exact_cands(pg, key, content, c, &n))
        return -1;
    long day = day_of(dyad_result_doc(r)->date);
    if (sig->ok &&
        band_cands(pg, key, sig, day >= 0 ? day - o->near_days : -1,
                   day >= 0 ? day + o->near_days : LONG_MAX,
                   o->near_threshold, c, &n))
        return -1;
    qsort(c, (size_t)n, sizeof *c, cand_order);
    for (int i = 0; i < n; i++) {
        if (day >= 0 && c[i].day >= 0 && labs(day - c[i].day) > o->near_days)
            continue;
        int within = events_within(pg, r, c[i].id);
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

int dy_pg_near_attach(dy_pg *pg, const char *copy, const char *pub,
                      const char *article)
{
    dy_pgp p;
    dy_pgp_init(&p);
    dy_pgp_text(&p, copy);
    dy_pgp_text(&p, pub);
    dy_pgp_text(&p, article);
    if (dy_pg_do(pg, DY_PGS_ATTACH, &p))
        return -1;
    dy_pgp_init(&p);
    dy_pgp_text(&p, copy);
    if (dy_pg_do(pg, DY_PGS_ATTACH_COUNT, &p))
        return -1;
    dy_pgp_text(&p, pub);
    return dy_pg_do(pg, DY_PGS_ATTACH_EVENTS, &p);
}

int dy_pg_near_relink(dy_pg *pg, const char *copy, const char *article)
{
    dy_pgp p;
    dy_pgp_init(&p);
    dy_pgp_text(&p, copy);
    dy_pgp_text(&p, article);
    PGresult *r = dy_pg_run(pg, DY_PGS_RELINK, &p);
    if (!r)
        return -1;
    char pub[256] = "";
    if (PQntuples(r) > 0)
        dy_store_publisher(dy_pg_text(r, 0, 0), dy_pg_text(r, 0, 1), copy, pub,
                           sizeof pub);
    PQclear(r);
    return pub[0] ? dy_pg_near_attach(pg, copy, pub, article) : 0;
}
