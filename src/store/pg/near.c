/*
 * near.c - near duplicates in a PostgreSQL store: the statements of the
 * look-up that store/rules_near.c decides with (docs/store.md, "Near
 * duplicates"), and an article's signature and band keys indexed,
 * forgotten, attached to a copy. Signatures are bytea, 128 x uint32
 * little-endian, as in SQLite.
 */
#include "store/pg/pg.h"

#include <stdio.h>
#include <string.h>

/* a bytea column (text form, \x...) into v; -1 when it is not a signature */
static int sig_unpack(const PGresult *r, int row, int col, uint32_t *v)
{
    size_t n = 0;
    unsigned char *b =
        PQunescapeBytea((const unsigned char *)PQgetvalue(r, row, col), &n);
    int rc = b ? dy_near_unpack(b, n, v) : -1;
    PQfreemem(b);
    return rc;
}

/* the band keys of sig as an array literal {k1,...,k16} */
static void band_keys(const dy_near_sig *sig, char *out, size_t size)
{
    size_t n = 0;
    for (int i = 0; i < DY_MINHASH_BANDS && n < size; i++)
        n += (size_t)snprintf(out + n, size - n, "%c%lld", i ? ',' : '{',
                              (long long)dy_minhash_band(sig->v, i));
    if (n < size)
        snprintf(out + n, size - n, "}");
}

/* statement stmt (BAND_ADD, BAND_DEL) over every band of sig */
static int bands(dy_pg *pg, int stmt, const dy_near_sig *sig, long day,
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
                     long long seq, const dy_near_sig *sig)
{
    unsigned char blob[DY_NEAR_SIG_BYTES];
    long day = dy_store_day_or_none(date);
    if (day < 0)
        pg->near_undated = 1;
    dy_near_pack(sig, blob);
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
    dy_near_sig sig;
    sig.ok = PQntuples(r) == 1 && sig_unpack(r, 0, 1, sig.v) == 0;
    long day = sig.ok ? (long)dy_pg_int(r, 0, 0, 0) : 0;
    PQclear(r);
    if (sig.ok && bands(pg, DY_PGS_BAND_DEL, &sig, day, key))
        return -1;
    return dy_pg_do(pg, DY_PGS_SIG_DEL, &p);
}

static int exact_cands(void *ctx, const char *key, const char *content,
                       dy_near_set *set)
{
    dy_pgp p;
    dy_pgp_init(&p);
    dy_pgp_text(&p, content);
    dy_pgp_text(&p, key);
    PGresult *r = dy_pg_run(ctx, DY_PGS_BY_CONTENT, &p);
    if (!r)
        return -1;
    for (int i = 0; i < PQntuples(r); i++)
        dy_near_exact(set, PQgetvalue(r, i, 0), dy_pg_int(r, i, 1, 0),
                      dy_pg_text(r, i, 2));
    PQclear(r);
    return 0;
}

static int sig_get(void *ctx, const char *id, uint32_t *v, long long *seq,
                   long *day)
{
    dy_pgp p;
    dy_pgp_init(&p);
    dy_pgp_text(&p, id);
    PGresult *r = dy_pg_run(ctx, DY_PGS_SIG_GET, &p);
    if (!r)
        return -1;
    int found = PQntuples(r) == 1 && sig_unpack(r, 0, 0, v) == 0;
    if (found) {
        *seq = dy_pg_int(r, 0, 1, 0);
        *day = (long)dy_pg_int(r, 0, 2, -1);
    }
    PQclear(r);
    return found;
}

/* the articles of days [from, to] sharing bands, band by band (one
 * statement for all 16) */
static int band_rows(void *ctx, const dy_near_sig *sig, long from, long to,
                     dy_near_set *set)
{
    char bk[DY_MINHASH_BANDS * 21 + 2];
    band_keys(sig, bk, sizeof bk);
    dy_pgp p;
    dy_pgp_init(&p);
    dy_pgp_text(&p, bk);
    dy_pgp_int(&p, from);
    dy_pgp_int(&p, to);
    PGresult *r = dy_pg_run(ctx, DY_PGS_BAND_FIND, &p);
    if (!r)
        return -1;
    for (int row = 0; row < PQntuples(r); row++)
        dy_near_hit(set, PQgetvalue(r, row, 1));
    PQclear(r);
    return 0;
}

static int has_undated(void *ctx)
{
    dy_pg *pg = ctx;
    if (pg->near_undated < 0) {
        PGresult *r = dy_pg_run(pg, DY_PGS_HAS_UNDATED, NULL);
        if (r && PQntuples(r) == 1)
            pg->near_undated = PQgetvalue(r, 0, 0)[0] == 't';
        PQclear(r);
    }
    return pg->near_undated != 0;
}

static int reports(void *ctx, const char *article, const char *cameo,
                   const char *source, const char *target)
{
    dy_pgp p;
    dy_pgp_init(&p);
    dy_pgp_text(&p, article);
    dy_pgp_text(&p, cameo);
    dy_pgp_text(&p, source);
    dy_pgp_text(&p, target);
    PGresult *res = dy_pg_run(ctx, DY_PGS_ART_EVENT, &p);
    if (!res)
        return -1;
    int found = PQntuples(res) > 0;
    PQclear(res);
    return found;
}

static const dy_near_ops near_ops = {exact_cands, band_rows, sig_get,
                                     has_undated, reports};

int dy_pg_near_find(dy_pg *pg, const dyad_result *r, const char *key,
                    const char *content, const dy_near_sig *sig,
                    const dyad_put_options *o, char *article,
                    double *similarity)
{
    return dy_near_find(&near_ops, pg, r, key, content, sig, o, article,
                        similarity);
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
