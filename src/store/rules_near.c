/*
 * rules_near.c - which stored article a document is a near duplicate of
 * (docs/store.md, "Near duplicates"), for both back-ends: the articles
 * with the same text or an LSH band in common are the candidates, the
 * NEAR_COMPARE sharing most bands are compared by MinHash, and the most
 * similar (then the oldest) that is dated within near_days and reports
 * every event of the new document is its article. The back-end runs the
 * statements (dy_near_ops); this file decides.
 */
#include "store/rules.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NEAR_HITS 256      /* distinct articles sharing bands, counted */
#define NEAR_COMPARE 32    /* of them, compared in full */
#define NEAR_CANDIDATES 40 /* similar enough: NEAR_COMPARE + exact texts */

typedef struct near_cand {
    char id[DYAD_KEY_MAX];
    double sim;     /* estimated Jaccard similarity */
    long long seq;  /* order of storing: the oldest wins a tie */
    long day;       /* days since 1970-01-01, or -1 */
} near_cand;

/* an article that shares bands with a document */
typedef struct band_hit {
    uint64_t h;  /* dy_hash of its key */
    size_t key;  /* offset of its key in the keys buffer */
    int bands;   /* how many bands it shares */
    int first;   /* order of its first sighting */
} band_hit;

struct dy_near_set {
    const char *key; /* the document's own, never its own candidate */
    near_cand c[NEAR_CANDIDATES];
    int n;
    band_hit hits[NEAR_HITS];
    int nh;
    dy_buf keys; /* the hits' keys, NUL-separated */
};

void dy_store_near_sig(const dyad_doc *d, dy_near_sig *sig)
{
    sig->ok = dy_minhash(d->text, d->text_len, sig->v) > 0;
}

void dy_near_pack(const dy_near_sig *sig, unsigned char *b)
{
    for (int i = 0; i < DY_MINHASH_N; i++)
        for (int k = 0; k < 4; k++)
            b[4 * i + k] = (unsigned char)(sig->v[i] >> (8 * k));
}

int dy_near_unpack(const void *blob, size_t n, uint32_t *v)
{
    const unsigned char *b = blob;
    if (!b || n != DY_NEAR_SIG_BYTES)
        return -1;
    for (int i = 0; i < DY_MINHASH_N; i++)
        v[i] = (uint32_t)b[4 * i] | (uint32_t)b[4 * i + 1] << 8 |
               (uint32_t)b[4 * i + 2] << 16 | (uint32_t)b[4 * i + 3] << 24;
    return 0;
}

static void cand_add(dy_near_set *set, const char *id, double sim,
                     long long seq, long day)
{
    if (set->n >= NEAR_CANDIDATES)
        return;
    near_cand *c = &set->c[set->n++];
    snprintf(c->id, sizeof c->id, "%s", id);
    c->sim = sim;
    c->seq = seq;
    c->day = day;
}

static int cand_has(const dy_near_set *set, const char *id)
{
    for (int i = 0; i < set->n; i++)
        if (strcmp(set->c[i].id, id) == 0)
            return 1;
    return 0;
}

void dy_near_exact(dy_near_set *set, const char *id, long long seq,
                   const char *date)
{
    cand_add(set, id, 1.0, seq, dy_store_day_or_none(date));
}

/* counts one more band the article id shares (at most NEAR_HITS distinct
 * articles; the document itself is not one) */
void dy_near_hit(dy_near_set *set, const char *id)
{
    size_t len = strlen(id);
    uint64_t h = dy_hash(id, len);
    int i = 0;
    while (i < set->nh && (set->hits[i].h != h ||
                           strcmp(set->keys.data + set->hits[i].key, id) != 0))
        i++;
    if (i < set->nh) {
        set->hits[i].bands++;
    } else if (set->nh < NEAR_HITS && strcmp(id, set->key) != 0) {
        band_hit *b = &set->hits[i];
        b->h = h;
        b->key = set->keys.len;
        b->bands = 1;
        b->first = set->nh;
        if (dy_buf_put(&set->keys, id, len + 1) == 0)
            set->nh++;
    }
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

/* Compares the article id (a band hit) with sig: a candidate when its
 * estimated similarity reaches the threshold. */
static int compare_hit(const dy_near_ops *ops, void *ctx, dy_near_set *set,
                       const char *id, const dy_near_sig *sig,
                       double threshold)
{
    uint32_t v[DY_MINHASH_N];
    long long seq = 0;
    long day = -1;
    int rc = ops->sig(ctx, id, v, &seq, &day);
    if (rc > 0) {
        double sim = dy_minhash_similarity(sig->v, v);
        if (sim >= threshold)
            cand_add(set, id, sim, seq, day);
    }
    return rc < 0 ? -1 : 0;
}

/* The articles sharing bands with sig, among the undated and those of
 * days [from, to] (all when from is -1): the NEAR_COMPARE sharing most
 * are compared in full, so that a text like thousands of others (a
 * template) costs a bounded time. */
static int band_cands(const dy_near_ops *ops, void *ctx, dy_near_set *set,
                      const dy_near_sig *sig, long from, long to,
                      double threshold)
{
    int rc = ops->bands(ctx, sig, from, to, set);
    if (!rc && from >= 0 && ops->has_undated(ctx))
        rc = ops->bands(ctx, sig, -1, -1, set);
    if (!rc && set->keys.failed)
        rc = -1;
    if (!rc)
        qsort(set->hits, (size_t)set->nh, sizeof *set->hits, hit_order);
    for (int i = 0; !rc && i < set->nh && i < NEAR_COMPARE; i++) {
        const char *id = set->keys.data + set->hits[i].key;
        if (!cand_has(set, id))
            rc = compare_hit(ops, ctx, set, id, sig, threshold);
    }
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
static int events_within(const dy_near_ops *ops, void *ctx,
                         const dyad_result *r, const char *article)
{
    size_t n = dyad_result_count(r);
    for (size_t i = 0; i < n; i++) {
        const dyad_event *e = dyad_result_event(r, i);
        int rc = ops->reports(ctx, article, e->cameo,
                              e->source.code ? e->source.code : "",
                              e->target.code ? e->target.code : "");
        if (rc <= 0)
            return rc;
    }
    return 1;
}

/* the first candidate (by cand_order) dated within near_days of `day`
 * that reports every event of r, into article; "" when none */
static int pick(const dy_near_ops *ops, void *ctx, dy_near_set *set,
                const dyad_result *r, long day, const dyad_put_options *o,
                char *article, double *similarity)
{
    qsort(set->c, (size_t)set->n, sizeof *set->c, cand_order);
    for (int i = 0; i < set->n; i++) {
        const near_cand *c = &set->c[i];
        if (day >= 0 && c->day >= 0 && labs(day - c->day) > o->near_days)
            continue;
        int within = events_within(ops, ctx, r, c->id);
        if (within < 0)
            return -1;
        if (within) {
            memcpy(article, c->id, strlen(c->id) + 1);
            *similarity = c->sim;
            return 0;
        }
    }
    return 0;
}

int dy_near_find(const dy_near_ops *ops, void *ctx, const dyad_result *r,
                 const char *key, const char *content, const dy_near_sig *sig,
                 const dyad_put_options *o, char *article,
                 double *similarity)
{
    dy_near_set set;
    article[0] = '\0';
    *similarity = 0;
    set.key = key;
    set.n = 0;
    set.nh = 0;
    dy_buf_init(&set.keys, NULL);
    long day = dy_store_day_or_none(dyad_result_doc(r)->date);
    int rc = ops->exact(ctx, key, content, &set);
    /* a dated document: the articles within near_days, and the undated;
     * an undated one: all */
    if (!rc && sig->ok)
        rc = band_cands(ops, ctx, &set, sig,
                        day >= 0 ? day - o->near_days : -1,
                        day >= 0 ? day + o->near_days : LONG_MAX,
                        o->near_threshold);
    if (!rc)
        rc = pick(ops, ctx, &set, r, day, o, article, similarity);
    dy_buf_free(&set.keys);
    return rc;
}
