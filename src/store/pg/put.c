/*
 * put.c - documents into a PostgreSQL store, by the rules of the SQLite
 * store (identity.c: keys, duplicates, conflicts, replacing; merge.c:
 * each report merged into an earlier report of the same event; near.c's
 * copies through pg/near.c). Each document is one transaction that first
 * takes the advisory locks of what it may read or change: its key, its
 * text, its LSH bands and the merge group (code and dyad) of each of its
 * events, in one order. A copy of an article, or a replaced document,
 * then takes the groups of the events it changes too; a deadlock among
 * those is retried. Writers on many machines thus work at once on
 * documents that share nothing and take turns on those that do: the
 * store is that of the documents stored one after another in the order
 * they committed, event ids aside (docs/scale.md).
 */
#include "store/pg/pg.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* -------------------------------------------------------------- locks */

/* the advisory lock keys of a document's transaction, as a set */
typedef struct lockset {
    dy_vec keys; /* long long */
    dy_buf scratch;
} lockset;

static void ls_init(lockset *ls)
{
    dy_vec_init(&ls->keys, sizeof(long long), NULL);
    dy_buf_init(&ls->scratch, NULL);
}

static void ls_free(lockset *ls)
{
    dy_vec_free(&ls->keys);
    dy_buf_free(&ls->scratch);
}

/* the key of tag and up to three strings (NULL: none); -1 out of memory */
static int ls_add(lockset *ls, char tag, const char *a, const char *b,
                  const char *c)
{
    dy_buf *s = &ls->scratch;
    s->len = 0;
    dy_buf_put(s, &tag, 1);
    const char *parts[3] = {a, b, c};
    for (int i = 0; i < 3 && parts[i]; i++) {
        dy_buf_puts(s, parts[i]);
        dy_buf_put(s, "\t", 1);
    }
    long long *k = dy_vec_push(&ls->keys);
    if (!k || s->failed)
        return -1;
    *k = (long long)dy_hash(s->data, s->len);
    return 0;
}

/* the merge group of an event: its code and dyad */
static int ls_group(lockset *ls, const char *cameo, const char *source,
                    const char *target)
{
    return ls_add(ls, 'g', cameo, source ? source : "", target ? target : "");
}

static int key_order(const void *a, const void *b)
{
    long long x = *(const long long *)a, y = *(const long long *)b;
    return x < y ? -1 : x > y;
}

/* Takes the locks of ls, sorted: writers that take their first locks
 * this way never wait on each other in a circle. 0 or -1. */
static int ls_take(dy_pg *pg, lockset *ls)
{
    size_t n = ls->keys.count;
    if (!n)
        return 0;
    long long *k = dy_vec_at(&ls->keys, 0);
    qsort(k, n, sizeof *k, key_order);
    dy_buf *s = &ls->scratch;
    s->len = 0;
    for (size_t i = 0; i < n; i++)
        if (i == 0 || k[i] != k[i - 1])
            dy_buf_printf(s, "%c%lld", s->len ? ',' : '{', k[i]);
    dy_buf_puts(s, "}");
    if (s->failed)
        return -1;
    dy_pgp p;
    dy_pgp_init(&p);
    dy_pgp_text(&p, s->data);
    return dy_pg_do(pg, DY_PGS_LOCK, &p);
}

/* the locks of a coded document: its key, its text, its bands, the
 * groups of its events */
static int doc_locks(lockset *ls, const dyad_result *r, const char *key,
                     const char *content, const dy_near_sig *sig)
{
    int rc = ls_add(ls, 'k', key, NULL, NULL) ||
             ls_add(ls, 'c', content, NULL, NULL);
    for (int i = 0; !rc && sig->ok && i < DY_MINHASH_BANDS; i++) {
        char band[24];
        snprintf(band, sizeof band, "%lld",
                 (long long)dy_minhash_band(sig->v, i));
        rc = ls_add(ls, 'b', band, NULL, NULL);
    }
    for (size_t i = 0; !rc && i < dyad_result_count(r); i++) {
        const dyad_event *e = dyad_result_event(r, i);
        rc = ls_group(ls, e->cameo, e->source.code, e->target.code);
    }
    return rc ? -1 : 0;
}

/* Locks the groups of the events of a stored document (an article being
 * copied, a document being replaced), after the document's own locks: a
 * deadlock this may cause is found by the server and retried. */
static int lock_doc_groups(dy_pg *pg, const char *id)
{
    dy_pgp p;
    dy_pgp_init(&p);
    dy_pgp_text(&p, id);
    PGresult *r = dy_pg_run(pg, DY_PGS_DOC_GROUPS, &p);
    if (!r)
        return -1;
    lockset ls;
    ls_init(&ls);
    int rc = 0;
    for (int i = 0; !rc && i < PQntuples(r); i++)
        rc = ls_group(&ls, PQgetvalue(r, i, 0), PQgetvalue(r, i, 1),
                      PQgetvalue(r, i, 2));
    PQclear(r);
    if (!rc)
        rc = ls_take(pg, &ls);
    ls_free(&ls);
    return rc ? -1 : 0;
}

/* ------------------------------------------------------------- actors */

typedef struct actor_row {
    const char *code, *name;
} actor_row;

static int actor_order(const void *a, const void *b)
{
    return strcmp(((const actor_row *)a)->code, ((const actor_row *)b)->code);
}

/* appends one element of a text[] literal: quoted, or NULL */
static void arr_add(dy_buf *b, const char *s)
{
    dy_buf_puts(b, b->len > 1 ? "," : "");
    if (!s) {
        dy_buf_puts(b, "NULL");
        return;
    }
    dy_buf_puts(b, "\"");
    for (; *s; s++) {
        if (*s == '"' || *s == '\\')
            dy_buf_put(b, "\\", 1);
        dy_buf_put(b, s, 1);
    }
    dy_buf_puts(b, "\"");
}

static void actor_add(dy_vec *v, const char *code, const char *name)
{
    if (!code || !code[0])
        return;
    for (size_t i = 0; i < v->count; i++)
        if (strcmp(((actor_row *)dy_vec_at(v, i))->code, code) == 0)
            return; /* the first name seen wins */
    actor_row *a = dy_vec_push(v);
    if (a) {
        a->code = code;
        a->name = name && name[0] ? name : NULL;
    }
}

/* merge.c's add_actor for every report of a document: the codes its
 * events name, each with the first name seen, inserted in code order */
static int add_actors(dy_pg *pg, const dyad_result *r)
{
    dy_vec v;
    dy_vec_init(&v, sizeof(actor_row), NULL);
    for (size_t i = 0; i < dyad_result_count(r); i++) {
        const dyad_event *e = dyad_result_event(r, i);
        actor_add(&v, e->source.code, e->source.text);
        if (e->target.code)
            actor_add(&v, e->target.code, e->target.text);
    }
    int rc = 0;
    if (v.count) {
        qsort(dy_vec_at(&v, 0), v.count, sizeof(actor_row), actor_order);
        dy_buf a[3];
        for (int k = 0; k < 3; k++) {
            dy_buf_init(&a[k], NULL);
            dy_buf_puts(&a[k], "{");
        }
        for (size_t i = 0; i < v.count; i++) {
            const actor_row *x = dy_vec_at(&v, i);
            char cc[4];
            arr_add(&a[0], x->code);
            arr_add(&a[1], dy_actor_country(x->code, cc)[0] ? cc : NULL);
            arr_add(&a[2], x->name);
        }
        dy_pgp p;
        dy_pgp_init(&p);
        for (int k = 0; k < 3; k++) {
            dy_buf_puts(&a[k], "}");
            rc |= a[k].failed;
            dy_pgp_text(&p, a[k].data);
        }
        rc = rc ? -1 : dy_pg_do(pg, DY_PGS_INS_ACTORS, &p);
        for (int k = 0; k < 3; k++)
            dy_buf_free(&a[k]);
    }
    dy_vec_free(&v);
    return rc;
}

/* ------------------------------------------------------------ merging */

/* the events of m's code and dyad on `day` (rules.h, dy_merge_ops) */
static int events_on_day(void *ctx, const dy_mention *m, const char *tcode,
                         long day, const char *pk, dy_merge_cand *out)
{
    dy_pg *pg = ctx;
    dy_pgp p;
    dy_pgp_init(&p);
    dy_pgp_text(&p, m->cameo);
    dy_pgp_text(&p, m->source_code);
    dy_pgp_text(&p, tcode);
    dy_pgp_int(&p, day);
    PGresult *r = dy_pg_run(pg, DY_PGS_FIND_DATED, &p);
    if (!r)
        return -1;
    int n = PQntuples(r);
    for (int i = 0; i < n && i < MERGE_CANDIDATES; i++) {
        out[i].id = dy_pg_int(r, i, 0, 0);
        out[i].place_ok = dy_merge_dated_agrees(m, pk, dy_pg_text(r, i, 1),
                                                dy_pg_text(r, i, 2));
    }
    PQclear(r);
    return n < MERGE_CANDIDATES ? n : MERGE_CANDIDATES;
}

/* the event an undated report merges into, always by SQL: within the
 * document only */
static int find_undated(void *ctx, const dy_mention *m, const char *tcode,
                        const char *pk, long long *out)
{
    dy_pg *pg = ctx;
    dy_pgp p;
    dy_pgp_init(&p);
    dy_pgp_text(&p, m->cameo);
    dy_pgp_text(&p, m->source_code);
    dy_pgp_text(&p, tcode);
    dy_pgp_text(&p, m->doc_id);
    PGresult *r = dy_pg_run(pg, DY_PGS_FIND_UNDATED, &p);
    *out = 0;
    if (!r)
        return -1;
    for (int i = 0; i < PQntuples(r); i++)
        if (dy_merge_place_agrees(pk, dy_pg_text(r, i, 1))) {
            *out = dy_pg_int(r, i, 0, 0);
            break;
        }
    PQclear(r);
    return 0;
}

/* 1 when statement i (event id, text) yields a row, 0, or -1 */
static int exists2(dy_pg *pg, int i, long long id, const char *t)
{
    dy_pgp p;
    dy_pgp_init(&p);
    dy_pgp_int(&p, id);
    dy_pgp_text(&p, t);
    PGresult *r = dy_pg_run(pg, i, &p);
    if (!r)
        return -1;
    int n = PQntuples(r) > 0;
    PQclear(r);
    return n;
}

/* an event's place columns: its merge key, name, country, region,
 * precision, coordinates and GeoNames id */
static void bind_place(dy_pgp *p, const dy_mention *m, const char *pk)
{
    dy_pgp_text(p, pk[0] ? pk : NULL);
    dy_pgp_text(p, m->location);
    dy_pgp_text(p, m->country);
    dy_pgp_text(p, m->admin1);
    dy_pgp_text(p, m->precision);
    if (m->has_latlon) {
        dy_pgp_real(p, m->lat);
        dy_pgp_real(p, m->lon);
    } else {
        dy_pgp_null(p);
        dy_pgp_null(p);
    }
    dy_pgp_long(p, m->geonameid, m->geonameid > 0);
}

/* an event joined by a report: counts, statuses, a place filled in */
static int join_event(void *ctx, const dy_mention *m, long long id,
                      const char *pk)
{
    dy_pg *pg = ctx;
    int art = exists2(pg, DY_PGS_HAS_ART, id, m->doc_id);
    int pub = art < 0 ? -1 : exists2(pg, DY_PGS_HAS_PUB, id, m->publisher);
    if (pub < 0)
        return -1;
    dy_pgp p;
    dy_pgp_init(&p);
    dy_pgp_int(&p, id);
    dy_pgp_int(&p, !art);
    dy_pgp_int(&p, !pub);
    dy_pgp_int(&p, (long long)dy_store_status_bit(m->status));
    bind_place(&p, m, pk);
    dy_pgp_int(&p, m->loose);
    return dy_pg_do(pg, DY_PGS_UPD_EV, &p);
}

/* a new event from its first report; its id into *id */
static int new_event(void *ctx, const dy_mention *m, const char *tcode,
                     int dated, long day, const char *pk, long long *id)
{
    dy_pg *pg = ctx;
    char root[3] = {m->cameo[0], m->cameo[0] ? m->cameo[1] : 0, 0};
    dy_pgp p;
    dy_pgp_init(&p);
    dy_pgp_text(&p, dated ? m->date : NULL);
    dy_pgp_long(&p, day, dated);
    dy_pgp_text(&p, m->source_code);
    dy_pgp_text(&p, m->source_text && m->source_text[0] ? m->source_text
                                                        : NULL);
    dy_pgp_text(&p, tcode);
    dy_pgp_text(&p, m->target_text && m->target_text[0] ? m->target_text
                                                        : NULL);
    dy_pgp_text(&p, m->cameo);
    dy_pgp_text(&p, root);
    dy_pgp_int(&p, m->quad_class);
    dy_pgp_real(&p, m->goldstein);
    dy_pgp_text(&p, m->plover_type);
    dy_pgp_text(&p, m->plover_mode);
    dy_pgp_text(&p, m->status);
    bind_place(&p, m, pk);
    dy_pgp_long(&p, m->killed, m->killed >= 0 && !m->killed_cum);
    dy_pgp_long(&p, m->injured, m->injured >= 0 && !m->injured_cum);
    dy_pgp_text(&p, m->doc_id);
    dy_pgp_int(&p, m->sentence);
    dy_pgp_long(&p, (long)m->sentence_id, m->sentence_id != 0);
    dy_pgp_int(&p, m->location ? m->loose : 0);
    dy_pgp_int(&p, (long long)dy_store_status_bit(m->status));
    dy_pgp_long(&p, m->killed, m->killed >= 0 && m->killed_cum);
    dy_pgp_long(&p, m->injured, m->injured >= 0 && m->injured_cum);
    PGresult *r = dy_pg_run(pg, DY_PGS_INS_EV, &p);
    if (!r || PQntuples(r) != 1) {
        PQclear(r);
        return -1;
    }
    *id = dy_pg_int(r, 0, 0, 0);
    PQclear(r);
    return 0;
}

static int add_mention_row(void *ctx, const dy_mention *m, long long event)
{
    dy_pg *pg = ctx;
    dy_pgp p;
    dy_pgp_init(&p);
    dy_pgp_int(&p, event);
    dy_pgp_text(&p, m->doc_id);
    dy_pgp_long(&p, (long)m->sentence_id, m->sentence_id != 0);
    dy_pgp_int(&p, m->sentence);
    dy_pgp_text(&p, m->publisher);
    dy_pgp_text(&p, m->date);
    dy_pgp_text(&p, m->source_text);
    dy_pgp_text(&p, m->target_text);
    dy_pgp_textn(&p, m->trigger_text, m->trigger_len);
    dy_pgp_long(&p, m->trigger_start, m->trigger_start >= 0);
    dy_pgp_text(&p, m->status);
    dy_pgp_text(&p, m->attributed_to);
    dy_pgp_text(&p, m->location);
    dy_pgp_text(&p, m->country);
    dy_pgp_long(&p, m->killed, m->killed >= 0);
    dy_pgp_long(&p, m->injured, m->injured >= 0);
    dy_pgp_text(&p, m->pattern);
    dy_pgp_int(&p, m->location ? m->loose : 0);
    dy_pgp_int(&p, m->killed_approx);
    dy_pgp_int(&p, m->injured_approx);
    dy_pgp_int(&p, m->killed_cum);
    dy_pgp_int(&p, m->injured_cum);
    dy_pgp_text(&p, m->doc_date);
    return dy_pg_do(pg, DY_PGS_INS_MEN, &p);
}

/* toll `which` (DY_TOLL_*) of event id counted again from its reports */
static int recount(void *ctx, int which, long long id)
{
    static const int stmt[] = {DY_PGS_RECOUNT_K, DY_PGS_RECOUNT_KC,
                               DY_PGS_RECOUNT_I, DY_PGS_RECOUNT_IC};
    dy_pgp p;
    dy_pgp_init(&p);
    dy_pgp_int(&p, id);
    return dy_pg_do(ctx, stmt[which], &p);
}

/* the id of sentence e->sentence of a document, stored now or before */
static int sentence_row(void *ctx, const char *id, const dyad_doc *d,
                        const dyad_event *e, long long *out)
{
    dy_pg *pg = ctx;
    dy_pgp p;
    dy_pgp_init(&p);
    dy_pgp_text(&p, id);
    dy_pgp_int(&p, (long long)e->sentence);
    dy_pgp_int(&p, (long long)e->sentence_span.start);
    dy_pgp_int(&p, (long long)e->sentence_span.len);
    dy_pgp_textn(&p, d->text + e->sentence_span.start, e->sentence_span.len);
    PGresult *r = dy_pg_run(pg, DY_PGS_INS_SENT, &p);
    if (!r)
        return -1;
    long long sid = PQntuples(r) ? dy_pg_int(r, 0, 0, 0) : 0;
    PQclear(r);
    if (!sid) {
        dy_pgp_init(&p); /* out of order: the sentence is already there */
        dy_pgp_text(&p, id);
        dy_pgp_int(&p, (long long)e->sentence);
        r = dy_pg_run(pg, DY_PGS_SENT_ID, &p);
        sid = r && PQntuples(r) ? dy_pg_int(r, 0, 0, 0) : 0;
        PQclear(r);
    }
    *out = sid;
    return sid ? 0 : -1;
}

static const dy_merge_ops merge_ops = {
    sentence_row, events_on_day,   find_undated, join_event,
    new_event,    add_mention_row, recount,      NULL,
};

/* the sentences and events of a coded document (rules.c's merge), then
 * its actors */
static int doc_events(dy_pg *pg, const dyad_result *r, const char *id,
                      const char *pub)
{
    return dy_merge_doc(&merge_ops, pg, r, id, pub) || add_actors(pg, r)
               ? -1
               : 0;
}

/* --------------------------------------------------------- removing */

/* the ids of a result's first column as an array literal {1,2,3} */
static int id_array(const PGresult *r, dy_buf *b)
{
    dy_buf_puts(b, "{");
    for (int i = 0; i < PQntuples(r); i++)
        dy_buf_printf(b, "%s%s", i ? "," : "", PQgetvalue(r, i, 0));
    dy_buf_puts(b, "}");
    return b->failed ? -1 : 0;
}

int dy_pg_remove_mentions(dy_pg *pg, const char *id)
{
    dy_pgp p;
    dy_pgp_init(&p);
    dy_pgp_text(&p, id);
    PGresult *r = dy_pg_run(pg, DY_PGS_DEL_MENTIONS, &p);
    if (!r)
        return -1;
    dy_buf ids;
    dy_buf_init(&ids, NULL);
    int rc = id_array(r, &ids);
    PQclear(r);
    dy_pgp_init(&p);
    dy_pgp_text(&p, ids.data);
    if (!rc)
        rc = dy_pg_do(pg, DY_PGS_RECOUNT_ALL, &p) ||
             dy_pg_do(pg, DY_PGS_DEL_EMPTY, &p);
    dy_buf_free(&ids);
    return rc ? -1 : 0;
}

static int remove_doc(dy_pg *pg, const char *id)
{
    dy_pgp p;
    dy_pgp_init(&p);
    dy_pgp_text(&p, id);
    return dy_pg_remove_mentions(pg, id) || dy_pg_near_unindex(pg, id) ||
                   dy_pg_do(pg, DY_PGS_DEL_SENTS, &p) ||
                   dy_pg_do(pg, DY_PGS_DEL_DOC, &p)
               ? -1
               : 0;
}

/* ---------------------------------------------------------- identity */

/* what the store holds under a key: 1 (*out filled), 0, -1 */
static int doc_get(void *ctx, const char *key, dy_stored_doc *out)
{
    dy_pgp p;
    dy_pgp_init(&p);
    dy_pgp_text(&p, key);
    PGresult *r = dy_pg_run(ctx, DY_PGS_DOC_GET, &p);
    if (!r)
        return -1;
    int found = PQntuples(r) > 0;
    if (found) {
        snprintf(out->content, sizeof out->content, "%s",
                 PQgetvalue(r, 0, 0));
        out->hash[0] = '\0';
        snprintf(out->origin, sizeof out->origin, "%s", PQgetvalue(r, 0, 2));
    }
    PQclear(r);
    return found;
}

int dy_pg_contains(dy_pg *pg, int *out, const dyad_doc *doc,
                   dyad_error *err)
{
    char key[DYAD_KEY_MAX], content[DY_SHA256_HEX];
    dy_stored_doc stored;
    *out = 0;
    if (dyad_doc_key(doc, key, sizeof key))
        return dy_error_set(err, DYAD_EINVAL, doc->origin, 0, 0, -1,
                            "id longer than %d bytes", DYAD_KEY_MAX - 1);
    int rc = doc_get(pg, key, &stored);
    if (rc < 0)
        return dy_pg_fail(pg, err, "cannot look up document");
    if (rc > 0) {
        dy_sha256_hex(doc->text, doc->text_len, content);
        *out = strcmp(content, stored.content) == 0;
    }
    return 0;
}

static int insert_doc(void *ctx, const dyad_result *r, const char *key,
                      const char *content, const char *article, double sim,
                      long events, long long *seq)
{
    dy_pg *pg = ctx;
    const dyad_doc *d = dyad_result_doc(r);
    char hash[17];
    dy_store_legacy_hash(d, hash);
    dy_pgp p;
    dy_pgp_init(&p);
    dy_pgp_text(&p, key);
    dy_pgp_text(&p, d->date);
    dy_pgp_text(&p, d->source);
    dy_pgp_text(&p, d->url);
    dy_pgp_text(&p, d->title);
    dy_pgp_int(&p, (long long)d->text_len);
    dy_pgp_int(&p, (long long)dyad_result_sentence_count(r));
    dy_pgp_int(&p, events);
    dy_pgp_text(&p, hash);
    dy_pgp_text(&p, content);
    dy_pgp_text(&p, d->origin);
    dy_pgp_text(&p, d->datetime);
    dy_pgp_text(&p, article);
    if (article)
        dy_pgp_real(&p, sim);
    else
        dy_pgp_null(&p);
    PGresult *res = dy_pg_run(pg, DY_PGS_INS_DOC, &p);
    if (!res || PQntuples(res) != 1) {
        PQclear(res);
        return -1;
    }
    *seq = dy_pg_int(res, 0, 0, 0);
    PQclear(res);
    return 0;
}

/* the keys of the copies of an article, NUL-separated */
static int list_copies(void *ctx, const char *key, dy_buf *copies)
{
    dy_pgp p;
    dy_pgp_init(&p);
    dy_pgp_text(&p, key);
    PGresult *r = dy_pg_run(ctx, DY_PGS_COPIES, &p);
    if (!r)
        return -1;
    for (int i = 0; i < PQntuples(r); i++)
        dy_buf_put(copies, PQgetvalue(r, i, 0),
                   strlen(PQgetvalue(r, i, 0)) + 1);
    PQclear(r);
    return 0;
}

static int lock_groups(void *ctx, const char *id)
{
    return lock_doc_groups(ctx, id);
}

static int events_of(void *ctx, const dyad_result *r, const char *key,
                     const char *pub)
{
    return doc_events(ctx, r, key, pub);
}

static int near_find(void *ctx, const dyad_result *r, const char *key,
                     const char *content, const dy_near_sig *sig,
                     const dyad_put_options *o, char *article,
                     double *similarity)
{
    return dy_pg_near_find(ctx, r, key, content, sig, o, article,
                           similarity);
}

static int near_attach(void *ctx, const char *copy, const char *pub,
                       const char *article)
{
    return dy_pg_near_attach(ctx, copy, pub, article);
}

static int near_index(void *ctx, const char *key, const char *date,
                      long long seq, const dy_near_sig *sig)
{
    return dy_pg_near_index(ctx, key, date, seq, sig);
}

static int remove_mentions(void *ctx, const char *id)
{
    return dy_pg_remove_mentions(ctx, id);
}

static int remove_one(void *ctx, const char *id)
{
    return remove_doc(ctx, id);
}

static int relink(void *ctx, const char *copy, const char *article)
{
    return dy_pg_near_relink(ctx, copy, article);
}

/* the rules of dyad_store_put (store/rules.c) over this store's
 * statements, with the locks of concurrent writers */
static const dy_put_ops put_ops = {
    doc_get,     NULL,           lock_groups,
    insert_doc,  events_of,      near_find,
    near_attach, near_index,     list_copies,
    remove_mentions, remove_one, relink,
};

/* a failure that another try may not meet: a deadlock (40P01) or a
 * serialization failure (40001) */
static int retryable(const dy_pg *pg)
{
    return strcmp(pg->sqlstate, "40P01") == 0 ||
           strcmp(pg->sqlstate, "40001") == 0;
}

/* one try: the transaction, its locks, the rules */
static int put_once(dy_pg *pg, const dyad_result *r, const dyad_put_options *o,
                    const dy_near_sig *sig, dyad_put_result *out)
{
    const dyad_doc *d = dyad_result_doc(r);
    char content[DY_SHA256_HEX];
    dy_sha256_hex(d->text, d->text_len, content);
    lockset ls;
    ls_init(&ls);
    /* whether some article is undated: another writer may have stored
     * one since this connection last asked (near.c's has_undated) */
    if (pg->near_undated == 0)
        pg->near_undated = -1;
    int rc = dy_pg_exec(pg, "BEGIN") ||
             doc_locks(&ls, r, out->key, content, sig) || ls_take(pg, &ls) ||
             dy_identity_put(&put_ops, pg, r, o, sig, out) ||
             dy_pg_keep_counts(pg) || dy_pg_exec(pg, "COMMIT");
    ls_free(&ls);
    return rc ? -1 : 0;
}

int dy_pg_put(dy_pg *pg, const dyad_result *r, const dyad_put_options *o,
              dyad_put_result *out, dyad_error *err)
{
    const dyad_doc *d = dyad_result_doc(r);
    dy_near_sig sig;
    sig.ok = dy_minhash(d->text, d->text_len, sig.v) > 0;
    for (int attempt = 0;; attempt++) {
        pg->sqlstate[0] = '\0';
        if (put_once(pg, r, o, &sig, out) == 0)
            return 0;
        int again = retryable(pg) && attempt < DY_PG_RETRIES;
        int rc = again ? 0 : dy_pg_fail(pg, err, "cannot store document");
        dy_pg_exec(pg, "ROLLBACK");
        dy_pg_rolled_back(pg);
        if (!again)
            return rc;
        out->kind = DYAD_PUT_STORED;
        out->other[0] = '\0';
        out->similarity = 0;
    }
}
