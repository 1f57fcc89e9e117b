/*
 * db.h - the SQLite event store (docs/store.md), the pipeline's last
 * stage, as its files share it: db.c prepared statements and helpers,
 * store.c connection and batches, schema.c tables and migrations, merge.c
 * adding and merging, where.c filters, query.c rows for format/, stats.c
 * aggregates, browse.c and detail.c pages for front-ends, feeds.c feed
 * state. Only this room writes SQL, always with bound values.
 */
#ifndef DYAD_STORE_H
#define DYAD_STORE_H

#include "store/rules.h"

#include <sqlite3.h>

#define SCOPE_MAX 1024      /* undated events of one document kept in memory */
#define ACTOR_CACHE 1024    /* actor codes known to be stored (slots) */
#define ACTOR_CODE_MAX 24   /* longer codes are not cached */
#define QUERY_MAX_BINDS 96  /* bound values of one query's filters */
#define QUERY_MAX_PLACES 16 /* places a --place name may mean */
/* articles whose band keys wait in temp.near_pending at most (16 keys
 * each, about 1.5 MB in memory): then they go into near_bands_recent in
 * key order, inside the transaction (dy_store_near_flush) */
#define NEAR_PENDING_MAX 4096
/* sentences indexed for full-text search by one statement at most */
#define FTS_CHUNK 4096
/* Page caches (PRAGMA cache_size, negative: KiB). SQLite fills one only
 * as pages are read, so a small store never takes the whole. The writer
 * (the connection that begins batches) gets the large one: at 20x the
 * corpus a larger one bought nothing measurable (256 MiB neither: a
 * batch's random keys dirty more pages than any cache under the 100 MB
 * limit holds), and one process keeps below 100 MB (docs/scale.md);
 * 12 MiB since schema 9, whose pending band keys (NEAR_PENDING_MAX) took
 * 4 MiB, and 8 MiB since schema 11 (the same CPU, paired, and 5 MB less
 * at the peak). A connection that only looks documents up, or migrates,
 * keeps the small one. */
#define DY_CACHE_WRITER "-8192" /* 8 MiB */
#define DY_CACHE_SMALL "-4096"   /* 4 MiB */

/* SQL: the rowid (seq) of the documents row of key n, a bound parameter
 * or a column (schema 16): documents has no index on its key; the keys
 * are in doc_keys_recent, the recent ones, and doc_keys, the rest
 * (identity.c, dy_store_content_flush). The small table first: the
 * scalar subquery stops at the first row. */
#define DY_DOC_SEQ(n)                                                          \
    "(SELECT seq FROM doc_keys_recent WHERE k=" n                              \
    " UNION ALL SELECT seq FROM doc_keys WHERE k=" n ")"

/* SQL: the condition on documents (unaliased) that picks key n's row */
#define DY_DOC_ROW(n) "rowid=" DY_DOC_SEQ(n)

/* SQL: the same on documents aliased d, for rules.h's selects */
#define DY_DOC_IS_SQLITE(n) "d." DY_DOC_ROW(n)

/* SQL: the mentions of document n (a bound parameter), m the table's
 * alias with its dot or "": the run of ids between its first and last
 * (schema 12: no index on mentions by document), then the document */
#define DY_MENTIONS_OF(m, n)                                                   \
    m "id BETWEEN (SELECT mention_lo FROM documents WHERE " DY_DOC_ROW(n) ")" \
      " AND (SELECT mention_hi FROM documents WHERE " DY_DOC_ROW(n) ") AND " m \
      "doc_id=" n

/* SQL: the sentences of document n, the same way: the run of ids
 * between its first and last (schema 14: no index on sentences by
 * document; documents.sentence_lo, sentence_hi, set by the writer) */
#define DY_SENTENCES_OF(n)                                                     \
    "id BETWEEN (SELECT sentence_lo FROM documents WHERE " DY_DOC_ROW(n) ")"   \
    " AND (SELECT sentence_hi FROM documents WHERE " DY_DOC_ROW(n)            \
    ") AND doc_id=" n

/* SQL: the row of content_keys or content_keys_recent of document n
 * (schema 15) */
#define DY_CONTENT_KEY_OF(n)                                                   \
    "k=(SELECT substr(content, 1, 16) FROM documents WHERE " DY_DOC_ROW(n)    \
    ") AND seq=" DY_DOC_SEQ(n)

/* SQL: the signature of document n, by its seq (its documents row) */
#define DY_SIG_OF(n)                                                           \
    "seq=" DY_DOC_SEQ(n) " AND doc_id=" n

/* the statements prepared once per connection (SQL in store.c) */
enum {
    S_INS_DOC,
    S_INS_SENT,
    S_FIND_DATED,
    S_FIND_UNDATED,
    S_HAS_ART,
    S_HAS_PUB,
    S_UPD_EV,
    S_INS_EV,
    S_INS_MEN,
    S_INS_ACTOR,
    S_MEN_OF_EVENT,
    S_MAX_SENT,
    S_FTS_ADD,
    S_SENT_ID,
    S_RECOUNT_K,  /* the event's own killed, by the rule */
    S_RECOUNT_KC, /* its running killed toll */
    S_RECOUNT_I,  /* its own injured */
    S_RECOUNT_IC, /* its running injured toll */
    S_COUNT
};

/* the statements of document identity and near duplicates (identity.c,
 * near.c) and of a document's run of sentences (merge.c, schema 14),
 * prepared when first used */
enum {
    I_DOC_GET,
    I_LEGACY,
    I_BY_CONTENT,
    I_SIG_GET,
    I_SIG_ADD,
    I_BAND_ADD,
    I_BAND_FIND,
    I_DOC_DATE,
    I_ART_EVENT,
    I_COPIES,
    I_SIG_DAY,
    I_BAND_DEL,
    I_SIG_DEL,
    I_ATTACH,
    I_ATTACH_COUNT,
    I_ATTACH_EVENTS,
    I_RELINK,
    I_PENDING_DEL, /* a band key not yet in near_bands (near.c) */
    I_PENDING_FLUSH,
    I_PENDING_CLEAR,
    I_RECENT_DEL, /* near_bands_recent (near.c, dy_store_near_flush) */
    I_RECENT_FULL,
    I_RECENT_MERGE,
    I_RECENT_CLEAR,
    I_SENT_IN_RUN, /* a sentence of the document being stored, by index */
    I_SENT_RANGE,  /* that document's first and last sentence */
    I_CKEY_ADD,    /* content_keys (schema 15, dy_store_content_flush) */
    I_CKEY_FULL,
    I_CKEY_MERGE,
    I_CKEY_CLEAR,
    I_DKEY_ADD, /* doc_keys (schema 16, dy_store_content_flush) */
    I_DKEY_FULL,
    I_DKEY_MERGE,
    I_DKEY_CLEAR,
    I_DKEY_RECENT_GET, /* I_DOC_GET from doc_keys_recent alone */
    I_DKEY_ALL,        /* the keys of doc_keys (identity.c's filter) */
    I_DKEY_BOUND,
    I_DATA_VERSION,
    I_COUNT
};

/* an undated event of the document being stored (see merge.c) */
typedef struct scope_event {
    sqlite3_int64 id;
    const char *cameo, *source, *target; /* strings of the coded result */
    size_t key; /* offset of its place key in scope_keys; SIZE_MAX: none */
} scope_event;

struct dy_pg;

struct dyad_store {
    /* a PostgreSQL store (store/pg/pg.h): every public function hands it
     * to store/pg/, and the SQLite members below stay unused */
    struct dy_pg *pg;
    sqlite3 *db;
    sqlite3_stmt *s[S_COUNT];
    int in_batch;
    /* dyad_store_add's document: its undated events, in id order; off
     * (scope_doc NULL) elsewhere, and SQL finds them instead */
    const char *scope_doc;
    /* the ids of its first and last sentence row (0: none yet) and the
     * highest sentence index stored, set on its documents row at its end */
    sqlite3_int64 sent_lo, sent_hi;
    long sent_max;
    scope_event *scope;
    size_t nscope;
    int scope_full;
    dy_buf scope_keys;
    /* actor codes inserted in this connection's committed or open
     * transactions: the INSERT OR IGNORE is skipped for them. Emptied on
     * every rollback, so it never claims a row that is not there. */
    char actors[ACTOR_CACHE][ACTOR_CODE_MAX];
    sqlite3_int64 fts_from; /* sentences above this id are not indexed yet */
    int write_cache;        /* the writer's page cache is set */
    int readonly;           /* opened read-only: the file cannot be written
                               or the store was opened for reading only */
    char path[256];
    sqlite3_stmt *id_s[I_COUNT]; /* identity.c and near.c's, or NULL */
    int legacy;             /* -1 unknown; 1: rows stored before schema 7
                               (keyed by a 64-bit hash, no SHA-256) */
    int near_pending;       /* articles in temp.near_pending */
    int near_undated;       /* -1 unknown; 1: some article is undated (its
                               bands are looked up for dated documents) */
    long long deadline;     /* reads stop after this (ms, CLOCK_MONOTONIC);
                               0: never (dyad_store_set_deadline) */
    unsigned deadline_len;  /* the time allowed, ms, for the message */
    int timed_out;          /* the last read stopped at the deadline */
    /* rows the open write transaction inserted (+) and deleted (-), by
     * DY_ROWS_*, added to row_counts before its COMMIT */
    long long counted[DY_ROWS_TABLES];
    sqlite3_stmt *keep_counts; /* prepared on first use */
    /* a Bloom filter of the keys in doc_keys (schema 16), for the
     * writer's look-ups (identity.c, key_filter): NULL when not built;
     * built at PRAGMA data_version key_version */
    uint64_t *key_bits;
    size_t key_nbits; /* a power of two */
    long long key_version;
};

/* ---- store.c: the connection ---- */

/* Fills err with DYAD_ESTORE, "what: <SQLite's message>"; returns it. */
int dy_store_fail(dyad_store *st, dyad_error *err, const char *what);
/* Runs SQL without results; 0 or -1. */
int dy_store_exec(dyad_store *st, const char *sql);
/* Prepares the statements of stmt_sql not prepared yet; 0 or -1. */
int dy_store_prepare(dyad_store *st);
/* Forgets the actor codes cached as stored, the band keys pending and the
 * rows counted: a rollback may have undone them. */
void dy_store_rolled_back(dyad_store *st);
/* Row counts (schema 13): n rows of table (DY_ROWS_*) inserted (n > 0)
 * or deleted (n < 0) by the write transaction; added to row_counts by
 * dy_store_keep_counts, before its COMMIT. 0 or -1. */
void dy_store_count(dyad_store *st, int table, long long n);
int dy_store_keep_counts(dyad_store *st);
/* Full-text indexing in bulk, once per write transaction: mark at its
 * start, flush before its COMMIT (and around a document's removal). */
int dy_store_fts_mark(dyad_store *st);
int dy_store_fts_flush(dyad_store *st);
/* The band keys of the articles indexed in a write transaction wait in
 * temp.near_pending (look-ups read both) and go into near_bands in key
 * order before its COMMIT: one pass over the table's pages instead of
 * one random page a key (docs/scale.md). 0 or -1. */
int dy_store_near_flush(dyad_store *st);
/* The SHA-256 prefixes of the documents stored go into
 * content_keys_recent, and from there into content_keys in key order
 * when it holds a quarter as many as the store has documents; their keys
 * the same way from doc_keys_recent into doc_keys (schema 16); called
 * before a COMMIT (identity.c). 0 or -1. */
int dy_store_content_flush(dyad_store *st);

/* ---- schema.c ---- */

/* Brings a store of schema `version` (0: empty) to DYAD_STORE_SCHEMA in
 * one transaction; the statements are prepared on the way. */
int dy_store_migrate(dyad_store *st, int version, dyad_error *err);

/* ---- identity.c: keys, duplicates (docs/store.md, "Identity") ---- */

/* the statement i of id_s, prepared on first use; NULL on failure */
sqlite3_stmt *dy_store_id_stmt(dyad_store *st, int i);
/* Inserts the row of a document under key: content is the SHA-256 of its
 * text; article/similarity for a near-duplicate (NULL/0 otherwise);
 * events the count the row records. 0 or -1. */
int dy_store_insert_doc(dyad_store *st, const dyad_result *r, const char *key,
                        const char *content, const char *article,
                        double similarity, long events);

/* ---- near.c: near duplicates (docs/store.md, "Near duplicates") ---- */

/* The stored article that r (keyed key, text hash content) is a copy of,
 * into article (DYAD_KEY_MAX bytes) with its similarity; "" when none.
 * 0 or -1 (SQLite). */
int dy_store_near_find(dyad_store *st, const dyad_result *r, const char *key,
                       const char *content, const dy_near_sig *sig,
                       const dyad_put_options *o, char *article,
                       double *similarity);
/* records an article's signature and band keys under its day (doc
 * date; undated: -1) and its order of storing seq, for later look-ups */
int dy_store_near_index(dyad_store *st, const char *key, const char *date,
                        sqlite3_int64 seq, const dy_near_sig *sig);
/* forgets an article's signature and band keys (none: nothing to do) */
int dy_store_near_unindex(dyad_store *st, const char *key);
/* Gives copy (a stored row) the mentions of article under its own
 * publisher, and recounts their events; *count is how many. 0 or -1. */
int dy_store_near_attach(dyad_store *st, const char *copy, const char *pub,
                         const char *article, long *count);
/* Makes the stored document copy a copy of article (its row says so) and
 * attaches it (dy_store_near_attach) under its own publisher. */
int dy_store_near_relink(dyad_store *st, const char *copy,
                         const char *article);

/* ---- merge.c ---- */

/* Merges m into an earlier report of the same event (docs/store.md), or
 * starts a new event; then records the mention. 0 or -1 (SQLite). */
int dy_store_add_mention(dyad_store *st, const dy_mention *m);
/* the row id of a document's stored sentence, 0 if there is none */
sqlite3_int64 dy_store_sentence_id(dyad_store *st, const char *doc, long idx);
/* Stores the sentences and events of a coded document whose row is
 * stored under id (merging each event, dy_store_add_mention). 0 or -1. */
int dy_store_doc_events(dyad_store *st, const dyad_result *r, const char *id,
                        const char *pub);
/* Removes a stored document, its mentions, sentences and near-duplicate
 * signature; events keep the counts of their other mentions and go when
 * none is left. 0 or -1. */
int dy_store_remove_doc(dyad_store *st, const char *id);
/* Removes a document's mentions (its row stays), recounting their events
 * (dy_store_recount_affected). 0 or -1. */
int dy_store_remove_mentions(dyad_store *st, const char *id);
/* Recounts mentions, articles and sources of the events in temp.affected
 * (filled by the caller) and deletes those left without a mention. */
int dy_store_recount_affected(dyad_store *st);

/* ---- where.c: filters as SQL ---- */

typedef struct dy_qbind {
    int is_int, is_real;
    sqlite3_int64 i;
    double d;
    char s[256];
} dy_qbind;

/* a query's SQL and its bound values, built together */
typedef struct dy_qbuild {
    dy_buf sql;
    dy_qbind binds[QUERY_MAX_BINDS];
    int n;
    int bad; /* too many binds */
} dy_qbuild;

/* appends an integer value for the next '?' */
void dy_qb_int(dy_qbuild *qb, sqlite3_int64 v);
#define DY_WHERE_ANY_STATUS 0x1 /* dy_store_where without the statuses */
/* Appends " WHERE ..." for the filters of q (NULL: the defaults) over
 * events `e`. DYAD_EINVAL for a bad value (dyad_query_check), naming
 * it. */
int dy_store_where(dy_qbuild *qb, const dyad_query *q, int flags,
                   dyad_error *err);
/* Adds to omitted->count[status] the events matching q but for its
 * statuses, by the status of their first report. */
int dy_store_count_status_omitted(dyad_store *st, const dyad_query *q,
                                  dyad_omitted *omitted, dyad_error *err);
/* prepares qb's SQL and binds its values */
int dy_store_prepare_query(dyad_store *st, dy_qbuild *qb, sqlite3_stmt **out,
                           dyad_error *err);

/* the columns of a merged event's row, ending in FROM (no WHERE) */
extern const char *const dy_store_event_select;
/* A merged event's row of dy_store_event_select as a record: what the
 * events table keeps (no mentions). */
void dy_store_event_record(dy_record *r, sqlite3_stmt *s);
/* ---- stats.c: aggregates, for stats and plots ---- */

/* The totals of the events matching f (a bar labelled "all") and what
 * each figure leaves out (by status; undated, no target, cumulative);
 * *first and *last the span of the dated ones (first > last: none). */
int dy_store_totals(dyad_store *st, const dyad_query *f, dy_bar *total,
                    dyad_omitted *om, long *first, long *last,
                    dyad_error *err);
/* The per-period series of the dated events matching f over [first,
 * last] (dy_store_totals), empty periods included; *by picked from the
 * span when DYAD_PERIOD_AUTO. More than max periods (0:
 * DYAD_STATS_MAX_PERIODS) is DYAD_ELIMIT, never a cut series. *out is
 * the caller's to dy_free. */
int dy_store_series(dyad_store *st, const dyad_query *f, dyad_period *by,
                    long first, long last, size_t max, dy_bar **out,
                    size_t *count, dyad_error *err);
/* The events behind the fatality total of f and the report each toll
 * comes from; *out is the caller's to dy_free. */
int dy_store_explain_tolls(dyad_store *st, const dyad_query *f,
                           dy_toll_row **out, size_t *count,
                           dyad_error *err);
/* The `top` most frequent directed dyads (actors 0) or actors (actors 1)
 * of the events matching f; *out is the caller's to dy_free. */
int dy_store_top(dyad_store *st, const dyad_query *f, int actors, size_t top,
                 dy_bar **out, size_t *count, dyad_error *err);

/* ---- feeds.c: what the store remembers of feeds (schema 4) ---- */

/* the tables (schema.c runs them when migrating to 6) */
extern const char dy_store_feeds_schema[];

int dy_store_feed_get(dyad_store *st, const char *url, dy_feed_state *out,
                      dyad_error *err);
int dy_store_feed_seen(dyad_store *st, const char *url, const char *item_id,
                       int *seen, dyad_error *err);
int dy_store_feed_put(dyad_store *st, const char *url,
                      const dy_feed_update *u, dyad_error *err);
int dy_store_feed_item_add(dyad_store *st, const char *url,
                           const dy_feed_seen *it, dyad_error *err);
/* a round's feed state is saved in one transaction: begun, then ended
 * with rc (committed when 0, else rolled back), which it returns, or the
 * commit's failure */
int dy_store_feed_begin(dyad_store *st, dyad_error *err);
int dy_store_feed_end(dyad_store *st, int rc, dyad_error *err);

/* ---- column and binding helpers ---- */

static inline void bind_text(sqlite3_stmt *s, int i, const char *t)
{
    if (t)
        sqlite3_bind_text(s, i, t, -1, SQLITE_TRANSIENT);
    else
        sqlite3_bind_null(s, i);
}

/* The write path binds strings without copying them (SQLITE_STATIC): they
 * stay valid until the statement's step, and step_done, step_exists and
 * the find functions clear the bindings after it, so no statement keeps a
 * pointer to a freed result. */
static inline void bind_ref(sqlite3_stmt *s, int i, const char *t)
{
    if (t)
        sqlite3_bind_text(s, i, t, -1, SQLITE_STATIC);
    else
        sqlite3_bind_null(s, i);
}

static inline void bind_refn(sqlite3_stmt *s, int i, const char *t, size_t n)
{
    if (t && n < 0x7fffffff)
        sqlite3_bind_text(s, i, t, (int)n, SQLITE_STATIC);
    else
        sqlite3_bind_null(s, i);
}

static inline void bind_long(sqlite3_stmt *s, int i, long v, int known)
{
    if (known)
        sqlite3_bind_int64(s, i, v);
    else
        sqlite3_bind_null(s, i);
}

/* a text column, "" when NULL */
static inline const char *col(sqlite3_stmt *s, int i)
{
    const unsigned char *t = sqlite3_column_text(s, i);
    return t ? (const char *)t : "";
}

static inline const char *col_or_null(sqlite3_stmt *s, int i)
{
    return (const char *)sqlite3_column_text(s, i);
}

/* s's current row, read through the rules' dy_row (valid while it is) */
void dy_store_row(dy_row *row, sqlite3_stmt *s);

/* steps a statement bound by the caller that returns no row; 0 or -1 */
static inline int step_done(sqlite3_stmt *s)
{
    int rc = sqlite3_step(s);
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    return rc == SQLITE_DONE ? 0 : -1;
}

/* 1 when the statement (bound by the caller) yields a row, 0, or -1 */
static inline int step_exists(sqlite3_stmt *s)
{
    int rc = sqlite3_step(s);
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}

/* a small table of recent keys goes into its large one in key order once
 * `full` says it has outgrown it: `merge`, then `clear` (the content and
 * document keys of identity.c, the band keys of near.c); 1 when it
 * merged, 0 when not, -1 on an error */
static inline int merge_when_full(sqlite3_stmt *full, sqlite3_stmt *merge,
                                  sqlite3_stmt *clear)
{
    int over = step_exists(full);
    if (over <= 0)
        return over;
    return step_done(merge) || step_done(clear) ? -1 : 1;
}

#endif
