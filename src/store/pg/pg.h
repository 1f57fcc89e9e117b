/*
 * pg.h - the PostgreSQL back-end of the event store (docs/scale.md,
 * "Clusters: PostgreSQL and Slurm"): a store named by a postgresql:// or
 * postgres:// URL keeps the tables of the SQLite store, with the same
 * meaning, and applies the same identity and merge rules, through libpq.
 * The public dyad_store_* functions (store.c, identity.c, query.c,
 * stats.c, browse.c, detail.c) and the feed state (feeds.c) hand a
 * PostgreSQL store to these. conn.c
 * holds the connection, parameters, schema and batches; put.c documents
 * (identity, merge, the locks of concurrent writers); near.c near
 * duplicates; read.c filters and rows out; stats.c aggregates for stats
 * and plots; browse.c the statements of dyad serve's pages (browse.c and
 * detail.c above write their JSON); feeds.c the feed tables. Every
 * statement is prepared (PQprepare) or run with bound
 * parameters (PQexecParams).
 */
#ifndef DYAD_STORE_PG_H
#define DYAD_STORE_PG_H

#include "store/rules.h"

#include <libpq-fe.h>

/* The version of the PostgreSQL schema (dyad_meta 'schema'), apart from
 * the SQLite one: 1 holds schema 7's tables and meaning; 2 adds the feed
 * tables; 3 keeps the row counts (dyad_counts) as SQLite schema 13 does
 * (conn.c). */
#define DY_PG_SCHEMA 3
#define DY_PG_PARAMS 40     /* bound values of one statement */
#define DY_PG_FETCH 500     /* rows read from a cursor at a time */
/* advisory lock keys (pg_advisory_*lock): the schema, and every write */
#define DY_PG_LOCK_SCHEMA 0x64796164001LL
#define DY_PG_LOCK_WRITE 0x64796164002LL

#define DY_PG_RETRIES 8     /* a document's transaction retried after a
                               deadlock or serialization failure */

/* a connection to a PostgreSQL store */
typedef struct dy_pg {
    PGconn *conn;
    char name[256]; /* the URL without its password, for messages */
    int readonly;
    int near_undated; /* -1 unknown; 1: some article is undated */
    char sqlstate[6];  /* of the last statement that failed */
    unsigned timeout_ms; /* statement_timeout of the session; 0: none */
    int schema;          /* the store's schema as opened (dyad_meta) */
    /* the rows the open transaction inserted (+) and deleted (-), by
     * DY_ROWS_*, added to dyad_counts before it commits
     * (dy_pg_keep_counts) */
    long long counted[DY_ROWS_TABLES];
} dy_pg;

/* the values of one statement, as libpq takes them: text, or binary for
 * a bytea or a string that is not NUL-terminated */
typedef struct dy_pgp {
    const char *v[DY_PG_PARAMS];
    int len[DY_PG_PARAMS];
    int fmt[DY_PG_PARAMS];
    char num[DY_PG_PARAMS][32]; /* numbers written as text */
    int n;
    int bad; /* too many values */
} dy_pgp;

void dy_pgp_init(dy_pgp *p);
void dy_pgp_text(dy_pgp *p, const char *s); /* NULL: SQL NULL */
void dy_pgp_textn(dy_pgp *p, const char *s, size_t n);
void dy_pgp_bytes(dy_pgp *p, const void *b, size_t n);
void dy_pgp_int(dy_pgp *p, long long v);
void dy_pgp_real(dy_pgp *p, double v);
void dy_pgp_null(dy_pgp *p);
/* an integer value, or NULL when !known */
void dy_pgp_long(dy_pgp *p, long v, int known);

/* ---- conn.c ---- */

/* 1 when path names a PostgreSQL store (postgresql://, postgres://) */
int dy_pg_is_url(const char *path);
/* Connects to the store at url; creates its tables, or migrates them, when
 * writing (under an advisory lock, so that many processes may open one
 * new store at once). readonly: the session's transactions are read-only;
 * a database without dyad's tables is refused. */
int dy_pg_open(dy_pg **out, const char *url, int readonly, dyad_error *err);
void dy_pg_close(dy_pg *pg);
/* A session the server ended (a restart, a lost connection) opened again
 * with its settings and statements (dyad serve, at the start of a
 * request; a writer is never reconnected, so that an ingest stops at the
 * failure). 0 when the session is up, -1 when it could not be. */
int dy_pg_revive(dy_pg *pg);
/* the URL without its password, for messages */
const char *dy_pg_name(const dy_pg *pg);
/* DYAD_ESTORE "what: <the server's message>" */
int dy_pg_fail(dy_pg *pg, dyad_error *err, const char *what);
/* Runs prepared statement i (DY_PGS_*) with p's values; the result, to
 * PQclear, when it is PGRES_COMMAND_OK or PGRES_TUPLES_OK, else NULL
 * (the message is in the connection). */
PGresult *dy_pg_run(dy_pg *pg, int i, const dy_pgp *p);
/* runs i and clears its result; 0 or -1 */
int dy_pg_do(dy_pg *pg, int i, const dy_pgp *p);
/* runs SQL without values (BEGIN, COMMIT); 0 or -1 */
int dy_pg_exec(dy_pg *pg, const char *sql);
/* runs SQL built at run time with p's values (PQexecParams) */
PGresult *dy_pg_query(dy_pg *pg, const char *sql, const dy_pgp *p);
/* a column as a number; none when NULL */
long long dy_pg_int(const PGresult *r, int row, int col, long long none);
/* a column's text or NULL */
const char *dy_pg_text(const PGresult *r, int row, int col);
/* row i of r, read through the rules' dy_row (valid while r is) */
void dy_pg_row(dy_row *row, const PGresult *r, int i);

/* forgets what a rolled-back transaction may have undone */
void dy_pg_rolled_back(dy_pg *pg);
int dy_pg_begin(dy_pg *pg, dyad_error *err);
int dy_pg_commit(dy_pg *pg, dyad_error *err);
int dy_pg_is_empty(dy_pg *pg, int *out, dyad_error *err);
/* the store's row counts: dyad_counts (schema 3), or counted in the
 * tables of an older store that a reader serves as it is */
int dy_pg_counts(dy_pg *pg, dyad_store_counts *out, dyad_error *err);
/* adds the rows the open transaction inserted and deleted (counted by
 * dy_pg_run) to dyad_counts, in it, just before its COMMIT: the last
 * row it locks, so that a writer waiting for that row holds nothing the
 * one holding it waits for. 0 or -1. */
int dy_pg_keep_counts(dy_pg *pg);

/* ---- put.c: documents in (identity.c and merge.c's rules) ---- */

int dy_pg_contains(dy_pg *pg, int *out, const dyad_doc *doc,
                   dyad_error *err);
int dy_pg_put(dy_pg *pg, const dyad_result *r, const dyad_put_options *o,
              dyad_put_result *out, dyad_error *err);
/* removes a stored document's mentions, recounting their events */
int dy_pg_remove_mentions(dy_pg *pg, const char *id);

/* ---- near.c: near duplicates (near.c's rules) ---- */

int dy_pg_near_find(dy_pg *pg, const dyad_result *r, const char *key,
                    const char *content, const dy_near_sig *sig,
                    const dyad_put_options *o, char *article,
                    double *similarity);
int dy_pg_near_index(dy_pg *pg, const char *key, const char *date,
                     long long seq, const dy_near_sig *sig);
int dy_pg_near_unindex(dy_pg *pg, const char *key);
int dy_pg_near_attach(dy_pg *pg, const char *copy, const char *pub,
                      const char *article);
int dy_pg_near_relink(dy_pg *pg, const char *copy, const char *article);

/* ---- read.c: filters and rows out (where.c and query.c's) ---- */

/* a query's SQL and its values, built together */
typedef struct dy_pgq {
    dy_buf sql;
    dy_pgp p;
    char s[DY_PG_PARAMS][256]; /* the text values */
} dy_pgq;

dy_pgq *dy_pgq_new(dyad_error *err);
void dy_pgq_free(dy_pgq *q);
/* appends $n for an integer value */
void dy_pgq_int(dy_pgq *q, long long v);
/* Appends " WHERE ..." for the filters of f (NULL: the defaults) over
 * events `e`, as where.c's dy_store_where; any_status leaves the status
 * filter out. DYAD_EINVAL for a bad value. */
int dy_pgq_where(dy_pgq *q, const dyad_query *f, int any_status,
                 dyad_error *err);
/* Adds to omitted->count[status] the events matching f but for its
 * statuses (where.c's dy_store_count_status_omitted) */
int dy_pg_count_status_omitted(dy_pg *pg, const dyad_query *f,
                               dyad_omitted *omitted, dyad_error *err);
/* a read-only snapshot (REPEATABLE READ) for a read's several queries;
 * ended with rc (rolled back when non-zero), which it returns */
int dy_pg_snapshot(dy_pg *pg, dyad_error *err);
int dy_pg_end_snapshot(dy_pg *pg, int rc);

int dy_pg_export(dy_pg *pg, const dyad_query *q, dyad_format fmt,
                 dyad_sink_fn sink, void *ctx, dyad_omitted *omitted,
                 dyad_error *err);
int dy_pg_write(dy_pg *pg, dyad_format fmt, size_t limit, dyad_sink_fn sink,
                void *ctx, dyad_error *err);

/* ---- browse.c: the statements of dyad serve's pages ---- */

/* what dy_pg_page reads: events (rules.h's event row), events on the map
 * (DY_GEO_SELECT), places (browse.c's place_row) */
enum { DY_PG_PAGE_EVENTS, DY_PG_PAGE_GEO, DY_PG_PAGE_PLACES };

/* Each statement of the session may run `ms` at most (0: no limit); one
 * that takes longer fails, and dy_pg_fail says DYAD_ELIMIT as SQLite's
 * deadline does. Set only when it changes. */
void dy_pg_set_deadline(dy_pg *pg, unsigned ms);
/* the events matching q counted up to cap into *n; *exact 0 (and *n
 * cap) when there are more */
int dy_pg_page_count(dy_pg *pg, const dyad_query *q, size_t cap,
                     long long *n, int *exact, dyad_error *err);
/* The rows of page `kind` (DY_PG_PAGE_*) of q in p's order (p checked,
 * its limit filled in by browse.c), each written into b by row() with
 * commas between them. */
int dy_pg_page(dy_pg *pg, int kind, const dyad_query *q, const dyad_page *p,
               dy_page_row_fn row, dy_buf *b, dyad_error *err);
/* event id's row (rules.h's event row) by row() into b; *found 0 when
 * there is none */
int dy_pg_event(dy_pg *pg, long long id, dy_page_row_fn row, dy_buf *b,
                int *found, dyad_error *err);
/* the first `max` reports of event id, oldest first (DY_DETAIL_SELECT),
 * by row() into b with commas between them */
int dy_pg_reports(dy_pg *pg, long long id, size_t max, dy_page_row_fn row,
                  dy_buf *b, dyad_error *err);

/* ---- feeds.c: the feed tables (store/feeds.c's) ---- */

int dy_pg_feed_get(dy_pg *pg, const char *url, dy_feed_state *out,
                   dyad_error *err);
int dy_pg_feed_seen(dy_pg *pg, const char *url, const char *item_id,
                    int *seen, dyad_error *err);
int dy_pg_feed_put(dy_pg *pg, const char *url, const dy_feed_update *u,
                   dyad_error *err);
int dy_pg_feed_item_add(dy_pg *pg, const char *url, const dy_feed_seen *it,
                        dyad_error *err);

/* ---- stats.c: aggregates (store/stats.c's, for stats and plots) ---- */

int dy_pg_totals(dy_pg *pg, const dyad_query *f, dy_bar *total,
                 dyad_omitted *om, long *first, long *last, dyad_error *err);
int dy_pg_series(dy_pg *pg, const dyad_query *f, dyad_period *by,
                 long first, long last, size_t max, dy_bar **out,
                 size_t *count, dyad_error *err);
int dy_pg_top(dy_pg *pg, const dyad_query *f, int actors, size_t top,
              dy_bar **out, size_t *count, dyad_error *err);
int dy_pg_explain_tolls(dy_pg *pg, const dyad_query *f, dy_toll_row **out,
                        size_t *count, dyad_error *err);

/* the prepared statements of a connection (SQL in conn.c) */
enum {
    DY_PGS_DOC_GET,
    DY_PGS_INS_DOC,
    DY_PGS_INS_SENT,
    DY_PGS_SENT_ID,
    DY_PGS_FIND_DATED,
    DY_PGS_FIND_UNDATED,
    DY_PGS_HAS_ART,
    DY_PGS_HAS_PUB,
    DY_PGS_UPD_EV,
    DY_PGS_INS_EV,
    DY_PGS_INS_MEN,
    DY_PGS_INS_ACTORS,
    DY_PGS_RECOUNT_K,
    DY_PGS_RECOUNT_KC,
    DY_PGS_RECOUNT_I,
    DY_PGS_RECOUNT_IC,
    DY_PGS_BY_CONTENT,
    DY_PGS_SIG_GET,
    DY_PGS_SIG_ADD,
    DY_PGS_BAND_ADD,
    DY_PGS_BAND_FIND,
    DY_PGS_ART_EVENT,
    DY_PGS_COPIES,
    DY_PGS_SIG_DAY,
    DY_PGS_BAND_DEL,
    DY_PGS_SIG_DEL,
    DY_PGS_ATTACH,
    DY_PGS_ATTACH_COUNT,
    DY_PGS_ATTACH_EVENTS,
    DY_PGS_RELINK,
    DY_PGS_DEL_MENTIONS,
    DY_PGS_RECOUNT_ALL,
    DY_PGS_DEL_EMPTY,
    DY_PGS_DEL_SENTS,
    DY_PGS_DEL_DOC,
    DY_PGS_MEN_OF_EVENT,
    DY_PGS_HAS_UNDATED,
    DY_PGS_LOCK,
    DY_PGS_DOC_GROUPS,
    DY_PGS_COUNT
};

#endif
