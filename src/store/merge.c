/*
 * merge.c - documents into the store: a document, the sentences that
 * carry its events, its actors, and each event merged into an earlier
 * report of the same event or stored as a new one (docs/store.md,
 * "Merging repeated reports"), its statuses and tolls counted from its
 * reports by the rule of DY_TOLL_SQL; a stored document is replaced.
 */
#include "store/db.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

/* the row id of a document's stored sentence, 0 if there is none */
sqlite3_int64 dy_store_sentence_id(dyad_store *st, const char *doc, long idx)
{
    sqlite3_stmt *s = st->s[S_SENT_ID];
    bind_text(s, 1, doc);
    sqlite3_bind_int64(s, 2, (sqlite3_int64)idx);
    sqlite3_int64 id =
        sqlite3_step(s) == SQLITE_ROW ? sqlite3_column_int64(s, 0) : 0;
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    return id;
}

/* Records an actor code (first name seen wins). Codes this connection has
 * already inserted are skipped without a statement. */
static int add_actor(dyad_store *st, const char *code, const char *name)
{
    if (!code || !code[0])
        return 0;
    size_t n = strlen(code);
    char *slot = NULL;
    if (n < ACTOR_CODE_MAX) {
        slot = st->actors[dy_hash(code, n) % ACTOR_CACHE];
        if (strcmp(slot, code) == 0)
            return 0;
    }
    sqlite3_stmt *s = st->s[S_INS_ACTOR];
    bind_ref(s, 1, code);
    char cc[4];
    if (dy_actor_country(code, cc)[0]) /* a country, never a role */
        sqlite3_bind_text(s, 2, cc, 3, SQLITE_TRANSIENT);
    else
        sqlite3_bind_null(s, 2);
    bind_ref(s, 3, name && name[0] ? name : NULL);
    if (step_done(s))
        return -1;
    dy_store_count(st, DY_ROWS_ACTORS, sqlite3_changes(st->db));
    if (slot)
        memcpy(slot, code, n + 1);
    return 0;
}

/* the events with m's code and dyad on `day`, in id order (at most
 * MERGE_CANDIDATES); -1 on error */
static int events_on_day(void *ctx, const dy_mention *m, const char *tcode,
                         long day, const char *pk, dy_merge_cand *out)
{
    dyad_store *st = ctx;
    sqlite3_stmt *s = st->s[S_FIND_DATED];
    bind_ref(s, 1, m->cameo);
    bind_ref(s, 2, m->source_code);
    bind_ref(s, 3, tcode);
    sqlite3_bind_int64(s, 4, day);
    int n = 0, rc = SQLITE_DONE;
    while (n < MERGE_CANDIDATES && (rc = sqlite3_step(s)) == SQLITE_ROW) {
        out[n].id = sqlite3_column_int64(s, 0);
        out[n].place_ok =
            dy_merge_dated_agrees(m, pk, col_or_null(s, 1), col_or_null(s, 2));
        n++;
    }
    if (n < MERGE_CANDIDATES && rc != SQLITE_DONE)
        n = -1;
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    return n;
}

/* The event an undated mention merges into: undated reports merge within
 * their document only; among the first MERGE_CANDIDATES events of the same
 * code and dyad, in id order, the first whose place agrees. While
 * dyad_store_add stores a document, its undated events are in memory (such
 * an event has no mention from another document; see remove_doc). The v1
 * migration, and a document with more than SCOPE_MAX of them, ask SQL.
 * The event takes the first place reported (S_UPD_EV): so does its copy
 * in memory. */
static int find_undated(void *ctx, const dy_mention *m, const char *tcode,
                        const char *pk, long long *out)
{
    dyad_store *st = ctx;
    *out = 0;
    if (st->scope_doc == m->doc_id && !st->scope_full) {
        int seen = 0;
        for (size_t i = 0; i < st->nscope && seen < MERGE_CANDIDATES; i++) {
            scope_event *e = &st->scope[i];
            if (strcmp(e->cameo, m->cameo) ||
                strcmp(e->source, m->source_code) || strcmp(e->target, tcode))
                continue;
            seen++;
            const char *k =
                e->key == SIZE_MAX ? NULL : st->scope_keys.data + e->key;
            if (dy_merge_place_agrees(pk, k)) {
                *out = e->id;
                if (e->key == SIZE_MAX && pk[0]) {
                    size_t at = st->scope_keys.len;
                    if (dy_buf_put(&st->scope_keys, pk, strlen(pk) + 1))
                        st->scope_full = 1;
                    else
                        e->key = at;
                }
                return 0;
            }
        }
        return 0;
    }
    sqlite3_stmt *s = st->s[S_FIND_UNDATED];
    bind_ref(s, 1, m->cameo);
    bind_ref(s, 2, m->source_code);
    bind_ref(s, 3, tcode);
    bind_ref(s, 4, m->doc_id);
    int rc = SQLITE_DONE, rows = 0;
    while (rows++ < MERGE_CANDIDATES && (rc = sqlite3_step(s)) == SQLITE_ROW)
        if (dy_merge_place_agrees(pk, col_or_null(s, 1))) {
            *out = sqlite3_column_int64(s, 0);
            break;
        }
    int bad = !*out && rows <= MERGE_CANDIDATES && rc != SQLITE_DONE;
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    return bad ? -1 : 0;
}

/* keeps a new undated event of the document being stored in memory */
static void scope_add(dyad_store *st, const dy_mention *m, const char *tcode,
                      sqlite3_int64 id, const char *pk)
{
    if (st->scope_doc != m->doc_id || st->scope_full)
        return;
    if (st->nscope == SCOPE_MAX) {
        st->scope_full = 1; /* the rest of this document asks SQL */
        return;
    }
    if (!st->scope) {
        st->scope = dy_malloc(NULL, SCOPE_MAX * sizeof *st->scope);
        if (!st->scope) {
            st->scope_full = 1;
            return;
        }
    }
    scope_event *e = &st->scope[st->nscope];
    e->id = id;
    e->cameo = m->cameo;
    e->source = m->source_code;
    e->target = tcode;
    e->key = SIZE_MAX;
    if (pk[0]) {
        e->key = st->scope_keys.len;
        if (dy_buf_put(&st->scope_keys, pk, strlen(pk) + 1)) {
            st->scope_full = 1;
            return;
        }
    }
    st->nscope++;
}

/* one toll of an event counted again from its reports (S_RECOUNT_*) */
static int recount(void *ctx, int which, long long event_id)
{
    static const int stmt[] = {S_RECOUNT_K, S_RECOUNT_KC, S_RECOUNT_I,
                               S_RECOUNT_IC};
    dyad_store *st = ctx;
    sqlite3_stmt *s = st->s[stmt[which]];
    sqlite3_bind_int64(s, 1, event_id);
    return step_done(s);
}

/* the mention row of report m of event `event_id` */
static int add_mention_row(void *ctx, const dy_mention *m,
                           long long event_id)
{
    dyad_store *st = ctx;
    sqlite3_stmt *s = st->s[S_INS_MEN];
    sqlite3_clear_bindings(s);
    sqlite3_bind_int64(s, 1, event_id);
    bind_ref(s, 2, m->doc_id);
    if (m->sentence_id)
        sqlite3_bind_int64(s, 3, m->sentence_id);
    sqlite3_bind_int64(s, 4, m->sentence);
    bind_ref(s, 5, m->publisher);
    bind_ref(s, 6, m->date);
    bind_ref(s, 7, m->source_text);
    bind_ref(s, 8, m->target_text);
    bind_refn(s, 9, m->trigger_text, m->trigger_len);
    bind_long(s, 10, m->trigger_start, m->trigger_start >= 0);
    bind_ref(s, 11, m->status);
    bind_ref(s, 12, m->attributed_to);
    bind_ref(s, 13, m->location);
    bind_ref(s, 14, m->country);
    bind_long(s, 15, m->killed, m->killed >= 0);
    bind_long(s, 16, m->injured, m->injured >= 0);
    bind_ref(s, 17, m->pattern);
    sqlite3_bind_int(s, 18, m->location ? m->loose : 0);
    sqlite3_bind_int(s, 19, m->killed_approx);
    sqlite3_bind_int(s, 20, m->injured_approx);
    sqlite3_bind_int(s, 21, m->killed_cum);
    sqlite3_bind_int(s, 22, m->injured_cum);
    bind_ref(s, 23, m->doc_date);
    if (step_done(s))
        return -1;
    dy_store_count(st, DY_ROWS_MENTIONS, 1);
    return 0;
}

/* an event's place columns from parameter `at` on: name, country,
 * region, precision, coordinates, GeoNames id */
static void bind_place(sqlite3_stmt *s, int at, const dy_mention *m)
{
    bind_ref(s, at, m->location);
    bind_ref(s, at + 1, m->country);
    bind_ref(s, at + 2, m->admin1);
    bind_ref(s, at + 3, m->precision);
    if (m->has_latlon) {
        sqlite3_bind_double(s, at + 4, m->lat);
        sqlite3_bind_double(s, at + 5, m->lon);
    } else {
        sqlite3_bind_null(s, at + 4);
        sqlite3_bind_null(s, at + 5);
    }
    bind_long(s, at + 6, m->geonameid, m->geonameid > 0);
}

/* event id joined by report m: counts, statuses, a place filled in */
static int join_event(void *ctx, const dy_mention *m, long long id,
                      const char *pk)
{
    dyad_store *st = ctx;
    sqlite3_stmt *q = st->s[S_HAS_ART];
    sqlite3_bind_int64(q, 1, id);
    bind_ref(q, 2, m->doc_id);
    int new_article = step_exists(q);
    q = st->s[S_HAS_PUB];
    sqlite3_bind_int64(q, 1, id);
    bind_ref(q, 2, m->publisher);
    int new_source = step_exists(q);
    if (new_article < 0 || new_source < 0)
        return -1;
    sqlite3_stmt *s = st->s[S_UPD_EV];
    sqlite3_bind_int64(s, 1, id);
    sqlite3_bind_int(s, 2, !new_article);
    sqlite3_bind_int(s, 3, !new_source);
    sqlite3_bind_int(s, 4, (int)dy_store_status_bit(m->status));
    bind_ref(s, 5, pk[0] ? pk : NULL);
    bind_place(s, 6, m);
    sqlite3_bind_int(s, 13, m->loose);
    return step_done(s);
}

/* a new event from its first report m; its id into *id */
static int new_event(void *ctx, const dy_mention *m, const char *tcode,
                     int dated, long day, const char *pk, long long *id)
{
    dyad_store *st = ctx;
    char root[3] = {m->cameo[0], m->cameo[0] ? m->cameo[1] : 0, 0};
    sqlite3_stmt *s = st->s[S_INS_EV];
    sqlite3_clear_bindings(s);
    bind_ref(s, 1, dated ? m->date : NULL);
    if (dated)
        sqlite3_bind_int64(s, 2, day);
    bind_ref(s, 3, m->source_code);
    bind_ref(s, 4,
             m->source_text && m->source_text[0] ? m->source_text : NULL);
    bind_ref(s, 5, tcode);
    bind_ref(s, 6,
             m->target_text && m->target_text[0] ? m->target_text : NULL);
    bind_ref(s, 7, m->cameo);
    bind_ref(s, 8, root);
    sqlite3_bind_int(s, 9, m->quad_class);
    sqlite3_bind_double(s, 10, m->goldstein);
    bind_ref(s, 11, m->plover_type);
    bind_ref(s, 12, m->plover_mode);
    bind_ref(s, 13, m->status);
    bind_ref(s, 14, pk[0] ? pk : NULL);
    bind_place(s, 15, m);
    bind_long(s, 22, m->killed, m->killed >= 0 && !m->killed_cum);
    bind_long(s, 23, m->injured, m->injured >= 0 && !m->injured_cum);
    bind_ref(s, 24, m->doc_id);
    sqlite3_bind_int64(s, 25, m->sentence);
    if (m->sentence_id)
        sqlite3_bind_int64(s, 26, m->sentence_id);
    sqlite3_bind_int(s, 27, m->location ? m->loose : 0);
    sqlite3_bind_int(s, 28, (int)dy_store_status_bit(m->status));
    bind_long(s, 29, m->killed, m->killed >= 0 && m->killed_cum);
    bind_long(s, 30, m->injured, m->injured >= 0 && m->injured_cum);
    if (step_done(s))
        return -1;
    dy_store_count(st, DY_ROWS_EVENTS, 1);
    *id = sqlite3_last_insert_rowid(st->db);
    if (!dated)
        scope_add(st, m, tcode, *id, pk);
    return 0;
}

/* the actor codes of report m (first name seen wins) */
static int add_actors(void *ctx, const dy_mention *m)
{
    dyad_store *st = ctx;
    return add_actor(st, m->source_code, m->source_text) ||
                   add_actor(st, m->target_code, m->target_text)
               ? -1
               : 0;
}

/* the row of sentence idx among those stored for the document being
 * stored (st->sent_lo..sent_hi): 0 when none, -1 on error */
static sqlite3_int64 sentence_in_run(dyad_store *st, const char *id, long idx)
{
    sqlite3_stmt *s = dy_store_id_stmt(st, I_SENT_IN_RUN);
    if (!s)
        return -1;
    sqlite3_bind_int64(s, 1, st->sent_lo);
    sqlite3_bind_int64(s, 2, st->sent_hi);
    bind_ref(s, 3, id);
    sqlite3_bind_int64(s, 4, (sqlite3_int64)idx);
    int rc = sqlite3_step(s);
    sqlite3_int64 got = rc == SQLITE_ROW ? sqlite3_column_int64(s, 0)
                        : rc == SQLITE_DONE ? 0
                                            : -1;
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    return got;
}

/* the row of a document's sentence, stored now or (out of order) before:
 * a sentence whose index is not above every one stored for the document
 * is looked for among them (schema 14 has no index on sentences by
 * document, so nothing refuses a second row) */
static int add_sentence(void *ctx, const char *id, const dyad_doc *d,
                        const dyad_event *e, long long *sid)
{
    dyad_store *st = ctx;
    long idx = (long)e->sentence;
    if (st->sent_lo && idx <= st->sent_max) {
        sqlite3_int64 got = sentence_in_run(st, id, idx);
        if (got < 0)
            return -1;
        if (got) {
            *sid = got;
            return 0;
        }
    }
    sqlite3_stmt *s = st->s[S_INS_SENT];
    bind_ref(s, 1, id);
    sqlite3_bind_int64(s, 2, (sqlite3_int64)idx);
    sqlite3_bind_int64(s, 3, (sqlite3_int64)e->sentence_span.start);
    sqlite3_bind_int64(s, 4, (sqlite3_int64)e->sentence_span.len);
    bind_refn(s, 5, d->text + e->sentence_span.start, e->sentence_span.len);
    int rc = sqlite3_step(s);
    sqlite3_reset(s);
    if (rc != SQLITE_DONE)
        return -1;
    *sid = sqlite3_last_insert_rowid(st->db);
    if (!st->sent_lo)
        st->sent_lo = *sid;
    st->sent_hi = *sid; /* a new row's id is above every stored one */
    if (idx > st->sent_max)
        st->sent_max = idx;
    dy_store_count(st, DY_ROWS_SENTENCES, 1);
    return 0;
}

/* the run of the document's sentences, on its row (DY_SENTENCES_OF) */
static int keep_sentence_range(dyad_store *st, const char *id)
{
    sqlite3_stmt *s = dy_store_id_stmt(st, I_SENT_RANGE);
    if (!s)
        return -1;
    sqlite3_bind_int64(s, 1, st->sent_lo);
    sqlite3_bind_int64(s, 2, st->sent_hi);
    bind_ref(s, 3, id);
    return step_done(s) ? -1 : 0;
}

static const dy_merge_ops merge_ops = {
    add_sentence, events_on_day, find_undated, join_event,
    new_event,    add_mention_row, recount,    add_actors,
};

int dy_store_add_mention(dyad_store *st, const dy_mention *m)
{
    return dy_merge_add(&merge_ops, st, m);
}

/* Runs each statement of sql with ?1 bound to id (when it has one). */
/* a statement of a removal, and the counted table (DY_ROWS_*) whose
 * rows it deletes, or -1 */
typedef struct removal {
    const char *sql;
    int rows;
} removal;

static int run_all(dyad_store *st, const removal *sql, size_t n,
                   const char *id)
{
    for (size_t i = 0; i < n; i++) {
        sqlite3_stmt *s = NULL;
        if (sqlite3_prepare_v2(st->db, sql[i].sql, -1, &s, NULL) !=
            SQLITE_OK)
            return -1;
        if (sqlite3_bind_parameter_count(s) > 0)
            bind_text(s, 1, id);
        int rc = sqlite3_step(s);
        sqlite3_finalize(s);
        if (rc != SQLITE_DONE)
            return -1;
        if (sql[i].rows >= 0)
            dy_store_count(st, sql[i].rows, -sqlite3_changes(st->db));
    }
    return 0;
}

int dy_store_recount_affected(dyad_store *st)
{
    static const removal sql[] = {
        {"UPDATE events SET"
        " num_mentions=(SELECT count(*) FROM mentions m WHERE m.event_id=events.id),"
        " num_articles=(SELECT count(DISTINCT doc_id) FROM mentions m"
        "  WHERE m.event_id=events.id),"
        " num_sources=(SELECT count(DISTINCT publisher) FROM mentions m"
        "  WHERE m.event_id=events.id),"
        " first_doc=coalesce((SELECT doc_id FROM mentions m"
        "  WHERE m.event_id=events.id ORDER BY m.id LIMIT 1), first_doc),"
        " first_sentence_id=(SELECT sentence_id FROM mentions m"
        "  WHERE m.event_id=events.id ORDER BY m.id LIMIT 1),"
        " status_mask=" DY_STATUS_MASK_SQL ", " DY_RECOUNT_SQL
        " WHERE id IN (SELECT id FROM temp.affected)", -1},
        {"DELETE FROM events WHERE num_mentions=0 AND id IN "
         "(SELECT id FROM temp.affected)", DY_ROWS_EVENTS},
    };
    return run_all(st, sql, sizeof sql / sizeof sql[0], NULL);
}

int dy_store_remove_mentions(dyad_store *st, const char *id)
{
    static const removal sql[] = {
        {"CREATE TEMP TABLE IF NOT EXISTS affected(id INTEGER PRIMARY KEY)",
         -1},
        {"DELETE FROM temp.affected", -1},
        {"INSERT OR IGNORE INTO temp.affected SELECT event_id FROM mentions "
         "WHERE " DY_MENTIONS_OF("", "?1"), -1},
        {"DELETE FROM mentions WHERE " DY_MENTIONS_OF("", "?1"),
         DY_ROWS_MENTIONS},
        {"UPDATE documents SET mention_lo=NULL, mention_hi=NULL WHERE "
         DY_DOC_ROW("?1"), -1},
    };
    return run_all(st, sql, sizeof sql / sizeof sql[0], id) ||
                   dy_store_recount_affected(st)
               ? -1
               : 0;
}

/* removes a stored document, its mentions, sentences and signature;
 * events keep the counts of their other mentions and go when none is left */
int dy_store_remove_doc(dyad_store *st, const char *id)
{
    if (dy_store_fts_flush(st))
        return -1;
    static const removal after[] = {
        {"DELETE FROM sentences WHERE " DY_SENTENCES_OF("?1"),
         DY_ROWS_SENTENCES},
        {"DELETE FROM content_keys WHERE " DY_CONTENT_KEY_OF("?1"), -1},
        {"DELETE FROM content_keys_recent WHERE " DY_CONTENT_KEY_OF("?1"),
         -1},
        {"DELETE FROM documents WHERE " DY_DOC_ROW("?1"), DY_ROWS_DOCUMENTS},
        /* the key last: the statements above find the row by it */
        {"DELETE FROM doc_keys_recent WHERE k=?1", -1},
        {"DELETE FROM doc_keys WHERE k=?1", -1},
    };
    if (dy_store_remove_mentions(st, id) || dy_store_near_unindex(st, id) ||
        run_all(st, after, sizeof after / sizeof after[0], id))
        return -1;
    /* the deleted sentence ids may be reused: index from the new maximum */
    return dy_store_fts_mark(st);
}

int dy_store_doc_events(dyad_store *st, const dyad_result *r, const char *id,
                        const char *pub)
{
    /* this document's undated events are kept in memory (find_undated) */
    st->scope_doc = id;
    st->nscope = 0;
    st->scope_full = 0;
    st->scope_keys.len = 0;
    st->sent_lo = st->sent_hi = 0;
    st->sent_max = -1;
    int rc = dy_merge_doc(&merge_ops, st, r, id, pub);
    if (!rc && st->sent_lo)
        rc = keep_sentence_range(st, id);
    st->sent_lo = st->sent_hi = 0;
    st->scope_doc = NULL;
    return rc;
}

int dyad_store_add(dyad_store *st, const dyad_result *r, dyad_error *err)
{
    /* replace what the key holds; no near-duplicate detection */
    dyad_put_options o = DYAD_PUT_OPTIONS_INIT;
    o.flags = DYAD_PUT_F_REPLACE | DYAD_PUT_F_RECODE | DYAD_PUT_F_NO_NEAR;
    if (!st || !r)
        return dy_error_set(err, DYAD_EINVAL, NULL, 0, 0, -1,
                            "dyad_store_add: NULL argument");
    return dyad_store_put(st, r, &o, NULL, err);
}
