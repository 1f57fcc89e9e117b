/*
 * rules.h - the store's rules without SQL, which both back-ends apply
 * (docs/store.md): days, periods and statuses; a document's publisher;
 * how a report merges into an event (rules.c); which stored article a
 * document is a near duplicate of (rules_near.c); a result row as a
 * record, a bar or a toll (rules_row.c). The SQLite files (db.h) and the
 * PostgreSQL ones (pg/pg.h) include this and bind and step their own
 * statements through the callbacks below; this file includes neither
 * sqlite3.h nor libpq, so the store room makes no circle: the SQLite
 * files dispatch to pg/, and both build on these.
 */
#ifndef DYAD_STORE_RULES_H
#define DYAD_STORE_RULES_H

#include "dyad.h"
#include "format/format.h"
#include "util/util.h"

#include <stddef.h>
#include <stdint.h>

#define MERGE_CANDIDATES 16 /* events looked at when merging a mention */

/* The tables whose rows a store counts as its writers change them
 * (dyad_store_get_counts): each back-end counts the rows every statement
 * of a write transaction inserted and deleted, and adds them to one row
 * (SQLite schema 13's row_counts, db.c; PostgreSQL schema 3's
 * dyad_counts, pg/conn.c) just before the COMMIT. */
enum {
    DY_ROWS_DOCUMENTS,
    DY_ROWS_SENTENCES,
    DY_ROWS_EVENTS,
    DY_ROWS_MENTIONS,
    DY_ROWS_ACTORS,
    DY_ROWS_TABLES
};

/* did the write transaction count any row (counted: by DY_ROWS_*)? */
static inline int dy_rows_counted(const long long *counted)
{
    for (int i = 0; i < DY_ROWS_TABLES; i++)
        if (counted[i])
            return 1;
    return 0;
}

/* the bit of each status in events.status_mask (the statuses of an
 * event's reports), in dy_status_names' order: asserted 1, reported 2,
 * confirmed 4, denied 8, hypothetical 16, future 32, negated 64,
 * embedded 128 */
#define DY_STATUS_COUNT 8
#define DY_STATUS_HAPPENED 7 /* asserted, reported or confirmed */
#define DY_STATUS_MASK_SQL                                                    \
    "(SELECT coalesce(sum(DISTINCT CASE m.status WHEN 'asserted' THEN 1"    \
    " WHEN 'reported' THEN 2 WHEN 'confirmed' THEN 4 WHEN 'denied' THEN 8"   \
    " WHEN 'hypothetical' THEN 16 WHEN 'future' THEN 32 WHEN 'negated'"      \
    " THEN 64 WHEN 'embedded' THEN 128 ELSE 0 END), 0) FROM mentions m"      \
    " WHERE m.event_id=events.id)"

/* An event's toll from its reports (docs/store.md, "Tolls"): of the
 * reports that give one that is not a running toll (cumulative 0), an
 * exact figure before an approximate one, then the report of the latest
 * document date (undated documents, doc_date '', last), then the last
 * stored; never the largest. Its running tolls (cumulative 1) by the same
 * rule, apart. One seek in the partial index mentions_killed (or
 * mentions_injured), whatever the number of reports. The same SQL in
 * both back-ends. */
#define DY_TOLL_SQL(col, cum)                                                 \
    "(SELECT m." col " FROM mentions m WHERE m.event_id=events.id AND m."    \
    col " IS NOT NULL AND m." col "_cumulative=" cum " ORDER BY m." col      \
    "_approx, m.doc_date DESC, m.id DESC LIMIT 1)"
#define DY_RECOUNT_SQL                                                        \
    "killed=" DY_TOLL_SQL("killed", "0") ", injured="                        \
    DY_TOLL_SQL("injured", "0") ", killed_cumulative="                       \
    DY_TOLL_SQL("killed", "1") ", injured_cumulative="                       \
    DY_TOLL_SQL("injured", "1")

/* ---- rules.c: days, periods, statuses, publishers ---- */

/* YYYY-MM-DD, or a month YYYY-MM (its first day), as days since
 * 1970-01-01; -1 for anything else (dy_date_parse decides what a day is). */
int dy_store_day(const char *s, long *out);
/* a date's day, or -1 when it has none (NULL, or not a day) */
long dy_store_day_or_none(const char *date);
/* the first day of the period after the one holding `day` */
long dy_store_next_period(long day, dyad_period by);
/* the first day of the period holding `day` (weeks start on Monday;
 * 1970-01-01, day 0, was a Thursday), and its label (YYYY, YYYY-MM or
 * YYYY-MM-DD) */
long dy_store_period_start(long day, dyad_period by);
/* The period for a span of days [first, last]: at most about 120. */
dyad_period dy_store_pick_period(long first, long last);
void dy_store_period_label(long day, dyad_period by, char *buf, size_t size);
/* *n: the periods `by` from the one holding day `first` to day `last`;
 * more than max (0: DYAD_STATS_MAX_PERIODS) is DYAD_ELIMIT with a message
 * naming the span, the limit and how to raise it */
int dy_store_count_periods(long first, long last, dyad_period by, size_t max,
                           size_t *n, dyad_error *err);

/* the status names in bit order */
extern const char *const dy_store_status_names[DY_STATUS_COUNT];
/* the bit of a status name in events.status_mask; 0 for another name */
unsigned dy_store_status_bit(const char *status);
/* A status list ("asserted,denied", "all", NULL: the default) as bits of
 * events.status_mask, 0 for all; DYAD_EINVAL naming a bad status. */
int dy_store_status_mask(const char *list, unsigned *mask, dyad_error *err);

/* the publisher that NumSources counts: the source, the URL's host, or
 * (unknown) the document itself */
void dy_store_publisher(const char *source, const char *url,
                        const char *doc_id, char *buf, size_t size);
/* the 64-bit text hash of the documents' `hash` column (what keyed rows
 * before SQLite schema 7), as 16 hex digits */
void dy_store_legacy_hash(const dyad_doc *d, char out[17]);

/* ---- rules.c: merging reports into events ---- */

/* One report of an event, from a coded document or a v1 row: what the
 * merge stores as a mention and folds into an event. */
typedef struct dy_mention {
    const char *doc_id, *publisher, *date;
    long sentence;
    long long sentence_id; /* its sentence's row; 0: none */
    const char *source_code, *source_text, *target_code, *target_text;
    const char *cameo;
    int quad_class;
    double goldstein;
    const char *plover_type, *plover_mode, *status, *attributed_to;
    const char *location, *country, *admin1, *precision;
    int loose; /* the place is only the sentence's (dyad_location.loose) */
    double lat, lon;
    int has_latlon;
    long geonameid;
    long killed, injured; /* -1: unknown */
    int killed_approx, injured_approx; /* "at least", "dozens" */
    const char *doc_date;              /* its document's date, or NULL */
    int killed_cum, injured_cum;       /* running tolls (dyad_count) */
    const char *trigger_text;
    size_t trigger_len;
    long trigger_start;
    const char *pattern;
} dy_mention;

/* a candidate event for a mention: its id, and whether its place agrees */
typedef struct dy_merge_cand {
    long long id;
    int place_ok;
} dy_merge_cand;

/* which toll of an event is counted again from its reports */
enum { DY_TOLL_KILLED, DY_TOLL_KILLED_CUM, DY_TOLL_INJURED,
       DY_TOLL_INJURED_CUM };

/* The statements of the merge, each bound and stepped by a back-end
 * (ctx: its connection). Each returns 0, or -1 on a failure the
 * back-end's connection describes. */
typedef struct dy_merge_ops {
    /* the row of sentence e->sentence of document id, stored now or
     * before: its id into *sid */
    int (*sentence)(void *ctx, const char *id, const dyad_doc *d,
                    const dyad_event *e, long long *sid);
    /* the events of m's code, source and target tcode on `day`, in id
     * order, at most MERGE_CANDIDATES, each with place_ok from
     * dy_merge_dated_agrees: their count, or -1 */
    int (*on_day)(void *ctx, const dy_mention *m, const char *tcode,
                  long day, const char *pk, dy_merge_cand *out);
    /* the event an undated m merges into (within its document: the
     * first of MERGE_CANDIDATES of its code and dyad, in id order, whose
     * place agrees), into *id; 0 when none */
    int (*undated)(void *ctx, const dy_mention *m, const char *tcode,
                   const char *pk, long long *id);
    /* event id joined by m: counts, statuses, a place filled in */
    int (*join)(void *ctx, const dy_mention *m, long long id,
                const char *pk);
    /* a new event from its first report m; its id into *id */
    int (*create)(void *ctx, const dy_mention *m, const char *tcode,
                  int dated, long day, const char *pk, long long *id);
    /* the mention row of m, a report of event id */
    int (*mention)(void *ctx, const dy_mention *m, long long id);
    /* toll `which` (DY_TOLL_*) of event id counted again */
    int (*recount)(void *ctx, int which, long long id);
    /* m's actor codes recorded; NULL: the back-end records a document's
     * actors itself */
    int (*actors)(void *ctx, const dy_mention *m);
} dy_merge_ops;

/* a mention's place key: g:<geonameid> or n:<ISO3>/<name in lower
 * case>; "" when it has none or only a loose one */
void dy_merge_place_key(const dy_mention *m, char *buf, size_t size);
/* same place when both are known (pk: the report's key, k: the event's,
 * NULL when it has none) */
int dy_merge_place_agrees(const char *pk, const char *k);
/* a dated candidate's place agrees; for a dyad without a country on
 * either side from another document than the event's first (first_doc),
 * both places must be known and the same */
int dy_merge_dated_agrees(const dy_mention *m, const char *pk, const char *k,
                          const char *first_doc);
/* one coded event of document d as a report (doc_id, publisher and
 * sentence_id left to the caller) */
void dy_merge_mention_of(dy_mention *m, const dyad_doc *d,
                         const dyad_event *e);
/* Merges m into an earlier report of the same event (docs/store.md,
 * "Merging repeated reports"), or starts a new event; then records the
 * mention and recounts the tolls it joins. 0 or -1. */
int dy_merge_add(const dy_merge_ops *ops, void *ctx, const dy_mention *m);
/* The sentences and events of coded result r, whose document row is
 * stored under id with publisher pub: each event merged (dy_merge_add)
 * in order. 0 or -1. */
int dy_merge_doc(const dy_merge_ops *ops, void *ctx, const dyad_result *r,
                 const char *id, const char *pub);

/* ---- rules_near.c: near duplicates (docs/store.md) ---- */

/* a document's MinHash signature (its words, not its id) */
typedef struct dy_near_sig {
    uint32_t v[DY_MINHASH_N];
    int ok; /* 0: too few words to have one */
} dy_near_sig;

#define DY_NEAR_SIG_BYTES (4 * DY_MINHASH_N) /* a stored signature */

void dy_store_near_sig(const dyad_doc *d, dy_near_sig *sig);
/* a signature as stored: the values little-endian, whatever the host */
void dy_near_pack(const dy_near_sig *sig, unsigned char *b);
/* a stored signature (n bytes at b) into v; -1 when it is not one */
int dy_near_unpack(const void *b, size_t n, uint32_t *v);

/* the candidates of one look-up (rules_near.c) */
typedef struct dy_near_set dy_near_set;

/* an article with the same text: similarity 1 (the back-end's exact
 * statement calls this per row; date: the article's) */
void dy_near_exact(dy_near_set *set, const char *id, long long seq,
                   const char *date);
/* an article that shares a band (the back-end's band statement calls
 * this per row, band by band) */
void dy_near_hit(dy_near_set *set, const char *id);

/* The statements of the near-duplicate look-up, bound and stepped by a
 * back-end (ctx: its connection); each 0 or -1 unless it says. */
typedef struct dy_near_ops {
    /* the articles with text `content` under another key than key, in
     * the order stored: dy_near_exact for each */
    int (*exact)(void *ctx, const char *key, const char *content,
                 dy_near_set *set);
    /* the articles of days [from, to] sharing a band of sig (16 at most a
     * band): dy_near_hit for each, band by band */
    int (*bands)(void *ctx, const dy_near_sig *sig, long from, long to,
                 dy_near_set *set);
    /* article id's signature into v, its order of storing and its day
     * (-1: undated): 1, 0 when it has none, -1 */
    int (*sig)(void *ctx, const char *id, uint32_t *v, long long *seq,
               long *day);
    /* 0 when no article is undated (else, or when it cannot tell, 1) */
    int (*has_undated)(void *ctx);
    /* 1 when the article reports an event of this code and dyad, 0 when
     * not, -1 */
    int (*reports)(void *ctx, const char *article, const char *cameo,
                   const char *source, const char *target);
} dy_near_ops;

/* The stored article that r (keyed key, text hash content, signature
 * sig) is a copy of, into article (DYAD_KEY_MAX bytes) with its
 * similarity; "" when none. 0 or -1. */
int dy_near_find(const dy_near_ops *ops, void *ctx, const dyad_result *r,
                 const char *key, const char *content, const dy_near_sig *sig,
                 const dyad_put_options *o, char *article,
                 double *similarity);

/* ---- rules.c: identity (docs/store.md, "Identity") ---- */

/* what the store holds under a key */
typedef struct dy_stored_doc {
    char content[DY_SHA256_HEX]; /* SHA-256 of its text; "" for a SQLite
                                    row stored before schema 7 */
    char hash[17];               /* its legacy hash (those rows' key) */
    char origin[DYAD_KEY_MAX];   /* where it was read from, or "" */
} dy_stored_doc;

/* The statements of storing a document, bound and stepped by a back-end
 * (ctx: its connection, inside the document's transaction); each 0 or
 * -1 unless it says. */
typedef struct dy_put_ops {
    /* what key holds: 1 with *out filled, 0 when nothing, -1 */
    int (*doc_get)(void *ctx, const char *key, dy_stored_doc *out);
    /* a row stored before SQLite schema 7 with text hash `hash` under
     * another key: its key into out, "" when none; NULL: no such rows */
    int (*legacy)(void *ctx, const char *hash, char *out, size_t cap);
    /* locks the merge groups of a stored document's events before they
     * change (concurrent writers); NULL: one writer at a time */
    int (*lock_groups)(void *ctx, const char *id);
    /* the row of document r under key (content: its SHA-256; article
     * and similarity for a copy, NULL/0 otherwise; events: the count the
     * row records); its order of storing into *seq */
    int (*insert_doc)(void *ctx, const dyad_result *r, const char *key,
                      const char *content, const char *article,
                      double similarity, long events, long long *seq);
    /* r's sentences and events, merged (dy_merge_doc) */
    int (*doc_events)(void *ctx, const dyad_result *r, const char *key,
                      const char *pub);
    /* dy_near_find over the back-end's statements */
    int (*near_find)(void *ctx, const dyad_result *r, const char *key,
                     const char *content, const dy_near_sig *sig,
                     const dyad_put_options *o, char *article,
                     double *similarity);
    /* copy's mentions are article's, under its publisher pub */
    int (*near_attach)(void *ctx, const char *copy, const char *pub,
                       const char *article);
    /* an article's signature and band keys, under its date */
    int (*near_index)(void *ctx, const char *key, const char *date,
                      long long seq, const dy_near_sig *sig);
    /* the keys of the copies of article key, NUL-separated, into copies */
    int (*copies)(void *ctx, const char *key, dy_buf *copies);
    /* a document's mentions removed, their events recounted */
    int (*remove_mentions)(void *ctx, const char *id);
    /* a document removed: mentions, sentences, signature, row */
    int (*remove_doc)(void *ctx, const char *id);
    /* the stored copy made a copy of article and attached to it */
    int (*relink)(void *ctx, const char *copy, const char *article);
} dy_put_ops;

/* The rules of storing coded result r under out->key, inside its
 * transaction: a duplicate or a conflict is left alone unless o asks to
 * recode or replace; a replaced document's copies follow what replaces
 * it; a new text is a copy of a stored article (near duplicates, unless
 * o says not) or stored with its own events. sig: r's signature, or
 * NULL to compute it when needed. out->kind, other and similarity say
 * what happened. 0 or -1. */
int dy_identity_put(const dy_put_ops *ops, void *ctx, const dyad_result *r,
                    const dyad_put_options *o, const dy_near_sig *sig,
                    dyad_put_result *out);

/* ---- rules_row.c: result rows out ---- */

/* One row of a back-end's result: text columns (NULL for SQL NULL,
 * valid while the row is), integers (none for NULL) and reals (0 for
 * NULL), whatever the back-end. */
typedef struct dy_row dy_row;
struct dy_row {
    const char *(*text)(const dy_row *row, int col);
    long long (*num)(const dy_row *row, int col, long long none);
    double (*real)(const dy_row *row, int col);
    int (*is_null)(const dy_row *row, int col);
    const void *res; /* the back-end's statement or result */
    int i;           /* the row in res, where it has several */
};

/* The columns a stored event's row and a stored report's row share, in
 * this order at the start of both selects (K_*), then each one's own:
 * the event's (C_*) or the report's (R_*). */
enum {
    K_DOC, K_URL, K_SENT, K_STEXT, K_SSTART, K_SLEN, K_DATE, K_SRC,
    K_SRCTEXT, K_TGT, K_TGTTEXT, K_CAMEO, K_PTYPE, K_PMODE, K_GOLD, K_QUAD,
    K_STATUS, K_LOC, K_COUNTRY, K_LOOSE, K_KILLED, K_INJURED, K_KCUM,
    K_ICUM, K_ID, K_ADDED, K_END
};
enum {
    C_ADMIN1 = K_END, C_PREC, C_LAT, C_LON, C_GEOID, C_NMEN, C_NSRC, C_NART
};
enum { R_TRIGGER = K_END, R_TSTART, R_PUB, R_SEEN, R_BYTES };

/* the condition on documents d that picks the row of key n: its
 * primary key in PostgreSQL (SQLite keeps the keys apart since schema
 * 16: DY_DOC_IS_SQLITE, store/db.h) */
#define DY_DOC_IS(n) "d.id = " n

/* A merged event's row, K_* then C_*, ending in FROM (no WHERE): its
 * first report's document and sentence; its own tolls, else its running
 * ones (marked cumulative). INT turns a boolean into 0 or 1: "" in
 * SQLite, "::int" in PostgreSQL; DOC(n) is the condition on documents d
 * that picks the row of key n (DY_DOC_IS). */
#define DY_EVENT_SELECT(INT, DOC)                                             \
    "SELECT e.first_doc, d.url, e.first_sentence, s.text, s.start, s.len,"  \
    " e.date, e.source_code, e.source_name, e.target_code, e.target_name,"  \
    " e.cameo, e.plover_type, e.plover_mode, e.goldstein, e.quad_class,"    \
    " e.status, e.location, e.country, e.loose,"                            \
    " coalesce(e.killed, e.killed_cumulative),"                             \
    " coalesce(e.injured, e.injured_cumulative),"                           \
    " (e.killed IS NULL AND e.killed_cumulative IS NOT NULL)" INT ","        \
    " (e.injured IS NULL AND e.injured_cumulative IS NOT NULL)" INT ","     \
    " e.id, e.added_at, e.admin1, e.precision, e.lat, e.lon, e.geonameid,"  \
    " e.num_mentions, e.num_sources, e.num_articles"                        \
    " FROM events e LEFT JOIN documents d ON " DOC("e.first_doc")           \
    " LEFT JOIN sentences s ON s.id = e.first_sentence_id"

/* A stored report's row, K_* then R_*: the mention's words, place and
 * counts, its event's codes and id, its document's publisher, coding
 * time and length; ending in FROM (no WHERE). DOC as above. */
#define DY_REPORT_SELECT(DOC)                                                 \
    "SELECT m.doc_id, d.url, m.sentence, s.text, s.start, s.len,"           \
    " m.date, e.source_code, m.source_text, e.target_code, m.target_text,"  \
    " e.cameo, e.plover_type, e.plover_mode, e.goldstein, e.quad_class,"    \
    " m.status, m.location, m.country, m.loose, m.killed, m.injured,"       \
    " m.killed_cumulative, m.injured_cumulative, e.id, e.added_at,"         \
    " m.trigger_text, m.trigger_start, m.publisher, d.coded_at, d.bytes"    \
    " FROM mentions m JOIN events e ON e.id = m.event_id"                   \
    " LEFT JOIN sentences s ON s.id = m.sentence_id"                        \
    " LEFT JOIN documents d ON " DOC("m.doc_id")

/* A merged event's row as a record: what the events table keeps (the
 * first report's document and sentence, the merged place and counts). */
void dy_row_event(dy_record *r, const dy_row *row);
/* A stored report's row as a record: the mention's own words, status,
 * place and counts, with its event's codes and id, its trigger and its
 * document. */
void dy_row_report(dy_record *r, const dy_row *row);
/* the aggregate columns from `first` on (quad classes 1 to 4, mean
 * Goldstein, killed) as a bar */
void dy_row_bar(dy_bar *bar, const dy_row *row, int first);
/* appends ,"key":<integer column c, or null> (the JSON of serve's
 * pages) */
void dy_row_json_int(dy_buf *b, const char *key, const dy_row *row, int c);
/* a row of the tolls' explanation (id, date, dyad, code, killed, running
 * toll, the report it comes from, every report's figure) */
void dy_row_toll(dy_toll_row *t, const dy_row *row);

/* ---- feeds: what both back-ends keep of a feed (store/feeds.c) ---- */

/* a feed as the store last saw it */
typedef struct dy_feed_state {
    int known;               /* 0: never fetched */
    char etag[256];          /* "" when none */
    char last_modified[64];  /* "" when none */
    char title[256];
    long long errors;        /* failures in a row */
    long long items;         /* new items in all */
} dy_feed_state;

/* what one fetch of a feed found */
typedef struct dy_feed_update {
    const char *title, *etag, *last_modified; /* NULL: keep the old */
    int fetched;       /* 1: a 200 (etag and last_modified replace the old
                          ones, also by none) */
    long status;       /* HTTP status, 0 when none */
    const char *error; /* NULL when the fetch worked */
    long long new_items;
} dy_feed_update;

/* an item handed out (or refused), remembered so it is not again */
typedef struct dy_feed_seen {
    const char *item_id, *url, *title, *date;
    const char *outcome; /* "document", "robots", "failed" */
} dy_feed_seen;

/* ---- the pages of dyad serve (store/browse.c, store/detail.c) ---- */

/* A page's row as JSON into b (browse.c and detail.c write every page;
 * each back-end runs the statements and hands over the rows) */
typedef void (*dy_page_row_fn)(dy_buf *b, const dy_row *row);

/* An event on the map, ending in FROM (no WHERE): id, lon, lat, date,
 * source, target, cameo, plover, quad class, goldstein, killed, reports,
 * place, country (browse.c's feature) */
#define DY_GEO_SELECT                                                         \
    "SELECT e.id, e.lon, e.lat, e.date, e.source_code, e.target_code,"      \
    " e.cameo, e.plover_type, e.quad_class, e.goldstein, e.killed,"         \
    " e.num_mentions, e.location, e.country FROM events e"

/* One report of an event with its document and sentence (detail.c's
 * M_* columns), ending in FROM (no WHERE); DOC as above */
#define DY_DETAIL_SELECT(DOC)                                                 \
    "SELECT m.id, m.doc_id, m.publisher, d.url, d.title, m.date, m.status," \
    " m.attributed_to, m.sentence, s.text, s.start, m.source_text,"         \
    " m.target_text, m.trigger_text, m.trigger_start, m.location,"          \
    " m.country, m.killed, m.injured, m.pattern"                            \
    " FROM mentions m LEFT JOIN sentences s ON s.id = m.sentence_id"        \
    " LEFT JOIN documents d ON " DOC("m.doc_id")

#endif
