/*
 * identity.c - which document a coded result is, before the store keeps
 * it (docs/store.md, "Identity"): its key (id, or the SHA-256 of its
 * text), whether the store holds that key with the same text (a
 * duplicate) or another (a conflict: the first stored wins unless the
 * caller replaces), and whether its text is a near-duplicate of a stored
 * article (near.c). dyad_store_put applies these rules in input order, so
 * its outcome never depends on batches or threads.
 */
#include "store/db.h"
#include "store/pg/pg.h"

#include <stdio.h>
#include <string.h>

/* The recent key tables (band keys, content keys, documents' keys) go
 * into their large ones, in key order, when they hold more than one part
 * in RECENT_PARTS of the keys the store's documents could have: the
 * larger the part, the fewer the merges, each a pass over the large
 * table's pages, and the more pages a commit's random inserts land on in
 * the recent table. An eighth until schema 17; a quarter merges three
 * times in ten copies into the store of the corpus 20x instead of eight,
 * with a tenth fewer page reads and writes, for the same CPU at the load
 * it was measured at (docs/scale.md, "The recent key tables at a
 * quarter"). */
#define RECENT_PARTS "4"

static const char *const id_sql[I_COUNT] = {
    /* I_DOC_GET */
    "SELECT content, hash, origin FROM documents WHERE " DY_DOC_ROW("?1"),
    /* I_LEGACY: rows stored before schema 7 have no SHA-256 */
    "SELECT id FROM documents WHERE content IS NULL AND hash=?1 LIMIT 1",
    /* I_BY_CONTENT: articles with the same text under another key (the
     * documents whose SHA-256 begins with the same 16 digits, by
     * content_keys and content_keys_recent: schema.c) */
    "SELECT id, rowid, date FROM documents WHERE rowid IN (SELECT seq FROM"
    " content_keys WHERE k=substr(?1, 1, 16) UNION ALL SELECT seq FROM"
    " content_keys_recent WHERE k=substr(?1, 1, 16)) AND content=?1 AND"
    " article IS NULL AND id<>?2 ORDER BY rowid LIMIT 8",
    /* I_SIG_GET: an article's signature (only articles have one) */
    "SELECT sig, seq, day FROM near_sigs WHERE " DY_SIG_OF("?1"),
    /* I_SIG_ADD: keyed by seq, so that a new article's row appends */
    "INSERT OR REPLACE INTO near_sigs(doc_id, day, seq, sig) "
    "VALUES(?1, ?2, ?3, ?4)",
    /* I_BAND_ADD: ?3 is the article's seq; into near_bands_recent at the
     * transaction's end (dy_store_near_flush) */
    "INSERT OR IGNORE INTO temp.near_pending(band_key, day, seq) "
    "VALUES(?1, ?2, ?3)",
    /* I_BAND_FIND: the first 16 articles of some days sharing a band, by
     * day then order of storing (the primary key's order; rules_near.c
     * orders them further), stored (in either table) or pending */
    "SELECT s.doc_id FROM (SELECT day, seq FROM main.near_bands"
    " WHERE band_key=?1 AND day BETWEEN ?2 AND ?3"
    " UNION ALL SELECT day, seq FROM main.near_bands_recent"
    " WHERE band_key=?1 AND day BETWEEN ?2 AND ?3"
    " UNION ALL SELECT day, seq FROM temp.near_pending"
    " WHERE band_key=?1 AND day BETWEEN ?2 AND ?3 ORDER BY 1, 2 LIMIT 16) b"
    " JOIN near_sigs s ON s.seq = b.seq ORDER BY b.day, b.seq",
    /* I_DOC_DATE */
    "SELECT rowid, date FROM documents WHERE " DY_DOC_ROW("?1"),
    /* I_ART_EVENT: the article reports an event of this code and dyad */
    "SELECT 1 FROM mentions m JOIN events e ON e.id=m.event_id WHERE "
    DY_MENTIONS_OF("m.", "?1")
    " AND e.cameo=?2 AND e.source_code=?3 AND e.target_code=?4 LIMIT 1",
    /* I_COPIES: the near-duplicates kept as copies of an article */
    "SELECT id FROM documents WHERE article=?1 ORDER BY rowid",
    /* I_SIG_DAY */
    "SELECT day, sig, seq FROM near_sigs WHERE " DY_SIG_OF("?1"),
    /* I_BAND_DEL */
    "DELETE FROM near_bands WHERE band_key=?1 AND day=?2 AND seq=?3",
    /* I_SIG_DEL */
    "DELETE FROM near_sigs WHERE " DY_SIG_OF("?1"),
    /* I_ATTACH: a copy's mentions are its article's, under its publisher */
    "INSERT INTO mentions(event_id,doc_id,sentence_id,sentence,"
    "publisher,date,source_text,target_text,trigger_text,trigger_start,"
    "status,attributed_to,location,country,killed,injured,pattern,loose,"
    "killed_approx,injured_approx,killed_cumulative,injured_cumulative,"
    "doc_date)"
    " SELECT event_id,?1,sentence_id,sentence,?2,date,source_text,"
    "target_text,trigger_text,trigger_start,status,attributed_to,"
    "location,country,killed,injured,pattern,loose,killed_approx,"
    "injured_approx,killed_cumulative,injured_cumulative,"
    "coalesce((SELECT date FROM documents WHERE " DY_DOC_ROW("?1") "),'')"
    " FROM mentions"
    " WHERE " DY_MENTIONS_OF("", "?3") " ORDER BY id",
    /* I_ATTACH_COUNT: and its row says how many */
    "UPDATE documents SET events=(SELECT count(*) FROM mentions WHERE "
    DY_MENTIONS_OF("", "?1") ") WHERE " DY_DOC_ROW("?1"),
    /* I_ATTACH_EVENTS: the counts of the copy's events, as the merge
     * counts (merge.c): its mentions, one more article, and one more
     * source unless another mention has its publisher */
    "UPDATE events SET"
    " num_mentions=num_mentions+(SELECT count(*) FROM mentions m"
    "  WHERE m.event_id=events.id AND m.doc_id=?1),"
    " num_articles=num_articles+1,"
    " num_sources=num_sources+(NOT EXISTS(SELECT 1 FROM mentions m"
    "  WHERE m.event_id=events.id AND m.publisher=?2 AND m.doc_id<>?1))"
    " WHERE id IN (SELECT event_id FROM mentions WHERE "
    DY_MENTIONS_OF("", "?1") ")",
    /* I_RELINK */
    "UPDATE documents SET article=?2 WHERE " DY_DOC_ROW("?1")
    " RETURNING source, url",
    /* I_PENDING_DEL */
    "DELETE FROM temp.near_pending WHERE band_key=?1 AND day=?2 AND seq=?3",
    /* I_PENDING_FLUSH: in the primary key's order, page after page */
    "INSERT OR IGNORE INTO main.near_bands_recent(band_key, day, seq)"
    " SELECT band_key, day, seq FROM temp.near_pending",
    /* I_PENDING_CLEAR */
    "DELETE FROM temp.near_pending",
    /* I_RECENT_DEL */
    "DELETE FROM near_bands_recent WHERE band_key=?1 AND day=?2 AND seq=?3",
    /* I_RECENT_FULL: near_bands_recent holds more than a part of the
     * band keys (16 an article; seq counts the documents stored, so this
     * errs on the large side) */
    "SELECT 1 WHERE (SELECT count(*) FROM near_bands_recent) * " RECENT_PARTS
    " >"
    " 16 * (SELECT coalesce(max(seq), 0) FROM near_sigs)",
    /* I_RECENT_MERGE: in the primary key's order, one pass over
     * near_bands */
    "INSERT OR IGNORE INTO main.near_bands(band_key, day, seq)"
    " SELECT band_key, day, seq FROM main.near_bands_recent",
    /* I_RECENT_CLEAR */
    "DELETE FROM main.near_bands_recent",
    /* I_SENT_IN_RUN: among the rows stored for this document so far */
    "SELECT id FROM sentences WHERE id BETWEEN ?1 AND ?2 AND doc_id=?3 AND "
    "idx=?4",
    /* I_SENT_RANGE */
    "UPDATE documents SET sentence_lo=?1, sentence_hi=?2 WHERE "
    DY_DOC_ROW("?3"),
    /* I_CKEY_ADD: a stored document's SHA-256 prefix, by its seq */
    "INSERT OR IGNORE INTO content_keys_recent(k, seq) VALUES(substr(?1, 1,"
    " 16), ?2)",
    /* I_CKEY_FULL: content_keys_recent holds more than a part of the
     * store's documents (the rowid of the last counts them, or more) */
    "SELECT 1 WHERE (SELECT count(*) FROM content_keys_recent) * "
    RECENT_PARTS " >"
    " (SELECT coalesce(max(rowid), 0) FROM documents)",
    /* I_CKEY_MERGE: in the primary key's order, one pass over
     * content_keys */
    "INSERT OR IGNORE INTO content_keys(k, seq) SELECT k, seq FROM"
    " content_keys_recent",
    /* I_CKEY_CLEAR */
    "DELETE FROM content_keys_recent",
    /* I_DKEY_ADD: a stored document's key, by its seq (no OR IGNORE: a
     * key stored twice is an error, as documents' primary key made it
     * before schema 16) */
    "INSERT INTO doc_keys_recent(k, seq) VALUES(?1, ?2)",
    /* I_DKEY_FULL: doc_keys_recent holds more than a part of the
     * store's documents, as I_CKEY_FULL */
    "SELECT 1 WHERE (SELECT count(*) FROM doc_keys_recent) * " RECENT_PARTS
    " >"
    " (SELECT coalesce(max(rowid), 0) FROM documents)",
    /* I_DKEY_MERGE: in key order, one pass over doc_keys; a key in both
     * would fail it, and with it the transaction. OR FAIL, not the
     * default ABORT: the transaction is given up on a failure anyway, so
     * SQLite keeps no statement journal of the pages the merge changes
     * (in memory under temp_store=MEMORY: about 17 MB at 20x) */
    "INSERT OR FAIL INTO doc_keys(k, seq) SELECT k, seq FROM doc_keys_recent",
    /* I_DKEY_CLEAR */
    "DELETE FROM doc_keys_recent",
    /* I_DKEY_RECENT_GET: I_DOC_GET when the key is surely not in
     * doc_keys (key_filter) */
    "SELECT content, hash, origin FROM documents WHERE rowid=(SELECT seq"
    " FROM doc_keys_recent WHERE k=?1)",
    /* I_DKEY_ALL */
    "SELECT k FROM doc_keys",
    /* I_DKEY_BOUND: no more keys than the last rowid */
    "SELECT coalesce(max(rowid), 0) FROM documents",
    /* I_DATA_VERSION: changes when another connection commits */
    "PRAGMA data_version",
};

/* the band keys waiting for the end of the transaction (db.h,
 * dy_store_near_flush): a table of this connection alone */
static const char *const pending_sql =
    "CREATE TEMP TABLE IF NOT EXISTS near_pending (band_key INTEGER NOT NULL,"
    " day INTEGER NOT NULL, seq INTEGER NOT NULL,"
    " PRIMARY KEY(band_key, day, seq)) WITHOUT ROWID";

sqlite3_stmt *dy_store_id_stmt(dyad_store *st, int i)
{
    if (st->id_s[i])
        return st->id_s[i];
    int pending = i == I_BAND_ADD || i == I_BAND_FIND ||
                  (i >= I_PENDING_DEL && i < I_SENT_IN_RUN);
    if (pending && dy_store_exec(st, pending_sql))
        return NULL;
    if (sqlite3_prepare_v2(st->db, id_sql[i], -1, &st->id_s[i], NULL) !=
        SQLITE_OK)
        return NULL;
    return st->id_s[i];
}

int dyad_doc_key(const dyad_doc *doc, char *buf, size_t size)
{
    if (!doc || !buf || size == 0)
        return DYAD_EINVAL;
    if (doc->id && doc->id[0]) {
        size_t n = strlen(doc->id);
        if (n >= size || n >= DYAD_KEY_MAX)
            return DYAD_EINVAL;
        memcpy(buf, doc->id, n + 1);
        return 0;
    }
    char hex[DY_SHA256_HEX];
    if (size < sizeof "sha256:" + DY_SHA256_HEX - 1)
        return DYAD_EINVAL;
    dy_sha256_hex(doc->text, doc->text_len, hex);
    snprintf(buf, size, "sha256:%s", hex);
    return 0;
}

int dy_store_insert_doc(dyad_store *st, const dyad_result *r, const char *key,
                        const char *content, const char *article,
                        double similarity, long events)
{
    const dyad_doc *d = dyad_result_doc(r);
    char hash[17];
    dy_store_legacy_hash(d, hash);
    sqlite3_stmt *s = st->s[S_INS_DOC];
    bind_ref(s, 1, key);
    bind_ref(s, 2, d->date);
    bind_ref(s, 3, d->source);
    bind_ref(s, 4, d->url);
    bind_ref(s, 5, d->title);
    sqlite3_bind_int64(s, 6, (sqlite3_int64)d->text_len);
    sqlite3_bind_int64(s, 7, (sqlite3_int64)dyad_result_sentence_count(r));
    sqlite3_bind_int64(s, 8, (sqlite3_int64)events);
    bind_ref(s, 9, hash);
    bind_ref(s, 10, content);
    bind_ref(s, 11, d->origin);
    bind_ref(s, 12, d->datetime); /* the date with its time and zone */
    bind_ref(s, 13, article);
    if (article)
        sqlite3_bind_double(s, 14, similarity);
    else
        sqlite3_bind_null(s, 14);
    if (step_done(s))
        return -1;
    dy_store_count(st, DY_ROWS_DOCUMENTS, 1);
    sqlite3_int64 seq = sqlite3_last_insert_rowid(st->db);
    sqlite3_stmt *dk = dy_store_id_stmt(st, I_DKEY_ADD);
    if (!dk)
        return -1;
    bind_ref(dk, 1, key);
    sqlite3_bind_int64(dk, 2, seq);
    if (step_done(dk))
        return -1;
    if (!content)
        return 0;
    sqlite3_stmt *k = dy_store_id_stmt(st, I_CKEY_ADD);
    if (!k)
        return -1;
    bind_ref(k, 1, content);
    sqlite3_bind_int64(k, 2, seq);
    return step_done(k) ? -1 : 0;
}

/* one pair of key tables: the recent one into the large one when full
 * (add: the statement that fills it, unprepared when this connection
 * stored nothing); 1 when it merged, 0 when not, -1 on an error */
static int flush_keys(dyad_store *st, int add, int full_i, int merge_i,
                      int clear_i)
{
    if (!st->id_s[add])
        return 0; /* nothing stored on this connection */
    sqlite3_stmt *full = dy_store_id_stmt(st, full_i);
    sqlite3_stmt *m = dy_store_id_stmt(st, merge_i);
    sqlite3_stmt *c = dy_store_id_stmt(st, clear_i);
    if (!full || !m || !c)
        return -1;
    return merge_when_full(full, m, c);
}

/* The writer's look-up of a new document's key reads a leaf of doc_keys
 * at random, a page miss a document in a large store, to find nothing
 * there (docs/scale.md, "The documents' key in two levels"). A Bloom
 * filter of doc_keys' keys, built on this connection's first look-up,
 * lets a key that is surely not there read doc_keys_recent alone. It
 * holds every key doc_keys held when it was built: another connection's
 * commit (PRAGMA data_version) has it built again, this connection's
 * own merge drops it (dy_store_content_flush). A key deleted since stays
 * in it: a false positive costs only the look-up. */
#define KEY_FILTER_HASHES 5
#define KEY_FILTER_BITS_PER_KEY 12
#define KEY_FILTER_MIN_BITS ((size_t)1 << 16)
#define KEY_FILTER_MAX_BITS ((size_t)1 << 25) /* 4 MiB */

/* the i-th bit of key hash h (double hashing) */
static size_t filter_bit(const dyad_store *st, uint64_t h, int i)
{
    uint64_t h2 = (h >> 33 | h << 31) | 1;
    return (size_t)(h + (uint64_t)i * h2) & (st->key_nbits - 1);
}

static void filter_add(dyad_store *st, const char *key)
{
    uint64_t h = dy_hash(key, strlen(key));
    for (int i = 0; i < KEY_FILTER_HASHES; i++) {
        size_t b = filter_bit(st, h, i);
        st->key_bits[b / 64] |= (uint64_t)1 << (b % 64);
    }
}

static int filter_has(const dyad_store *st, const char *key)
{
    uint64_t h = dy_hash(key, strlen(key));
    for (int i = 0; i < KEY_FILTER_HASHES; i++) {
        size_t b = filter_bit(st, h, i);
        if (!(st->key_bits[b / 64] & (uint64_t)1 << (b % 64)))
            return 0;
    }
    return 1;
}

static void filter_drop(dyad_store *st)
{
    dy_free(NULL, st->key_bits);
    st->key_bits = NULL;
}

/* the filter of doc_keys' keys as they are now, sized for at most the
 * last rowid of documents (KEY_FILTER_MAX_BITS at most: past about 2.8
 * million keys it only lets fewer look-ups skip); 0, or -1 on an SQLite
 * error. Out of memory leaves none (every look-up reads both tables). */
static int filter_build(dyad_store *st, long long version)
{
    filter_drop(st);
    sqlite3_stmt *bound = dy_store_id_stmt(st, I_DKEY_BOUND);
    sqlite3_stmt *all = dy_store_id_stmt(st, I_DKEY_ALL);
    if (!bound || !all || sqlite3_step(bound) != SQLITE_ROW) {
        if (bound)
            sqlite3_reset(bound);
        return -1;
    }
    long long n = sqlite3_column_int64(bound, 0);
    sqlite3_reset(bound);
    size_t bits = KEY_FILTER_MIN_BITS;
    while (bits < KEY_FILTER_MAX_BITS &&
           (long long)(bits / KEY_FILTER_BITS_PER_KEY) < n)
        bits *= 2;
    st->key_bits = dy_calloc(NULL, bits / 64, sizeof *st->key_bits);
    if (!st->key_bits)
        return 0;
    st->key_nbits = bits;
    int rc;
    /* bounded by the table */
    while ((rc = sqlite3_step(all)) == SQLITE_ROW)
        filter_add(st, col(all, 0));
    sqlite3_reset(all);
    if (rc != SQLITE_DONE) {
        filter_drop(st);
        return -1;
    }
    st->key_version = version;
    return 0;
}

/* 1 when key is surely not in doc_keys, 0 when it may be, -1 on error */
static int surely_not_merged(dyad_store *st, const char *key)
{
    sqlite3_stmt *v = dy_store_id_stmt(st, I_DATA_VERSION);
    if (!v || sqlite3_step(v) != SQLITE_ROW) {
        if (v)
            sqlite3_reset(v);
        return -1;
    }
    long long version = sqlite3_column_int64(v, 0);
    sqlite3_reset(v);
    if ((!st->key_bits || st->key_version != version) &&
        filter_build(st, version))
        return -1;
    return st->key_bits && !filter_has(st, key);
}

/* Like the band keys (near.c): a new document's key lands at a random
 * place of the table it goes into, so that table is kept small, and
 * goes into the large one in key order, one pass over its pages for a
 * quarter of its rows, RECENT_PARTS (docs/scale.md, "schemas 14 and
 * 15"; the documents' keys since schema 16, "The documents' key in two
 * levels"). */
int dy_store_content_flush(dyad_store *st)
{
    if (flush_keys(st, I_CKEY_ADD, I_CKEY_FULL, I_CKEY_MERGE, I_CKEY_CLEAR) <
        0)
        return -1;
    int merged =
        flush_keys(st, I_DKEY_ADD, I_DKEY_FULL, I_DKEY_MERGE, I_DKEY_CLEAR);
    if (merged)
        filter_drop(st); /* doc_keys took the recent keys (or may have) */
    return merged < 0 ? -1 : 0;
}

/* 1 with *p filled when key is stored (statement i: I_DOC_GET, or
 * I_DKEY_RECENT_GET when it is surely not in doc_keys), 0 when not, -1
 * on error */
static int doc_get_by(dyad_store *st, int i, const char *key,
                      dy_stored_doc *p)
{
    sqlite3_stmt *s = dy_store_id_stmt(st, i);
    if (!s)
        return -1;
    bind_ref(s, 1, key);
    int rc = sqlite3_step(s);
    if (rc == SQLITE_ROW) {
        snprintf(p->content, sizeof p->content, "%s", col(s, 0));
        snprintf(p->hash, sizeof p->hash, "%s", col(s, 1));
        snprintf(p->origin, sizeof p->origin, "%s", col(s, 2));
    }
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}

static int doc_get(dyad_store *st, const char *key, dy_stored_doc *p)
{
    return doc_get_by(st, I_DOC_GET, key, p);
}

/* doc_get for dyad_store_put, inside its write transaction: through the
 * filter of doc_keys' keys */
static int put_doc_get(void *ctx, const char *key, dy_stored_doc *p)
{
    int skip = surely_not_merged(ctx, key);
    if (skip < 0)
        return -1;
    return doc_get_by(ctx, skip ? I_DKEY_RECENT_GET : I_DOC_GET, key, p);
}

/* whether the store has rows from before schema 7 (asked once) */
static int has_legacy(dyad_store *st)
{
    if (st->legacy >= 0)
        return st->legacy;
    sqlite3_stmt *s = NULL;
    int rc = sqlite3_prepare_v2(st->db,
                                "SELECT EXISTS(SELECT 1 FROM documents WHERE "
                                "content IS NULL)",
                                -1, &s, NULL);
    if (rc == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW)
        st->legacy = sqlite3_column_int(s, 0);
    sqlite3_finalize(s);
    return st->legacy; /* -1 when it cannot tell */
}

/* A row stored before schema 7 with the same text under another key (a
 * name the reader no longer gives: "<stdin>", "file:line", a path as
 * typed): its key into out, or "" */
static int find_legacy(void *ctx, const char *hash, char *out, size_t cap)
{
    dyad_store *st = ctx;
    out[0] = '\0';
    int l = has_legacy(st);
    if (l <= 0)
        return l;
    sqlite3_stmt *s = dy_store_id_stmt(st, I_LEGACY);
    if (!s)
        return -1;
    bind_ref(s, 1, hash);
    int rc = sqlite3_step(s);
    if (rc == SQLITE_ROW)
        snprintf(out, cap, "%s", col(s, 0));
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : -1;
}

int dyad_store_contains(int *out, dyad_store *st, const dyad_doc *doc,
                        dyad_error *err)
{
    if (!out || !st || !doc)
        return dy_error_set(err, DYAD_EINVAL, NULL, 0, 0, -1,
                            "dyad_store_contains: NULL argument");
    if (st->pg)
        return dy_pg_contains(st->pg, out, doc, err);
    *out = 0;
    char key[DYAD_KEY_MAX], content[DY_SHA256_HEX], hash[17];
    if (dyad_doc_key(doc, key, sizeof key))
        return dy_error_set(err, DYAD_EINVAL, doc->origin, 0, 0, -1,
                            "id longer than %d bytes", DYAD_KEY_MAX - 1);
    dy_stored_doc p;
    dy_store_legacy_hash(doc, hash);
    int rc = doc_get(st, key, &p);
    if (rc > 0) {
        if (p.content[0]) {
            dy_sha256_hex(doc->text, doc->text_len, content);
            *out = strcmp(content, p.content) == 0;
        } else {
            *out = strcmp(hash, p.hash) == 0;
        }
        return 0;
    }
    if (rc == 0) {
        char other[DYAD_KEY_MAX];
        rc = find_legacy(st, hash, other, sizeof other);
        *out = other[0] != '\0';
    }
    return rc < 0 ? dy_store_fail(st, err, "cannot look up document") : 0;
}

/* the copies of an article (I_COPIES), NUL-separated */
static int list_copies(void *ctx, const char *key, dy_buf *copies)
{
    sqlite3_stmt *s = dy_store_id_stmt(ctx, I_COPIES);
    if (!s)
        return -1;
    bind_ref(s, 1, key);
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        const char *c = col(s, 0);
        dy_buf_put(copies, c, strlen(c) + 1);
    }
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    return rc == SQLITE_DONE ? 0 : -1;
}

static int insert_doc(void *ctx, const dyad_result *r, const char *key,
                      const char *content, const char *article,
                      double similarity, long events, long long *seq)
{
    dyad_store *st = ctx;
    if (dy_store_insert_doc(st, r, key, content, article, similarity,
                            events))
        return -1;
    *seq = sqlite3_last_insert_rowid(st->db);
    return 0;
}

static int doc_events(void *ctx, const dyad_result *r, const char *key,
                      const char *pub)
{
    return dy_store_doc_events(ctx, r, key, pub);
}

static int near_find(void *ctx, const dyad_result *r, const char *key,
                     const char *content, const dy_near_sig *sig,
                     const dyad_put_options *o, char *article,
                     double *similarity)
{
    return dy_store_near_find(ctx, r, key, content, sig, o, article,
                              similarity);
}

static int near_attach(void *ctx, const char *copy, const char *pub,
                       const char *article)
{
    long n;
    return dy_store_near_attach(ctx, copy, pub, article, &n);
}

static int near_index(void *ctx, const char *key, const char *date,
                      long long seq, const dy_near_sig *sig)
{
    return dy_store_near_index(ctx, key, date, seq, sig);
}

static int remove_mentions(void *ctx, const char *id)
{
    return dy_store_remove_mentions(ctx, id);
}

static int remove_doc(void *ctx, const char *id)
{
    return dy_store_remove_doc(ctx, id);
}

static int relink(void *ctx, const char *copy, const char *article)
{
    return dy_store_near_relink(ctx, copy, article);
}

/* the rules of dyad_store_put (rules.c) over SQLite's statements */
static const dy_put_ops put_ops = {
    put_doc_get, find_legacy,    NULL,
    insert_doc,  doc_events,     near_find,
    near_attach, near_index,     list_copies,
    remove_mentions, remove_doc, relink,
};

int dyad_store_put(dyad_store *st, const dyad_result *r,
                   const dyad_put_options *opts, dyad_put_result *out,
                   dyad_error *err)
{
    dyad_put_result local;
    if (!out)
        out = &local;
    memset(out, 0, sizeof *out);
    if (!st || !r)
        return dy_error_set(err, DYAD_EINVAL, NULL, 0, 0, -1,
                            "dyad_store_put: NULL argument");
    const dyad_doc *d = dyad_result_doc(r);
    if (dyad_doc_key(d, out->key, sizeof out->key))
        return dy_error_set(err, DYAD_EINVAL, d->origin, 0, 0, -1,
                            "id longer than %d bytes", DYAD_KEY_MAX - 1);
    dyad_put_options o = DYAD_PUT_OPTIONS_INIT;
    if (opts)
        o = *opts;
    if (o.near_threshold < 0 || o.near_threshold > 1 || o.near_days < 0)
        return dy_error_set(err, DYAD_EINVAL, NULL, 0, 0, -1,
                            "near-duplicate threshold %g or days %d out of "
                            "range", o.near_threshold, o.near_days);
    if (o.near_threshold == 0)
        o.near_threshold = 0.8;
    if (o.near_days == 0)
        o.near_days = 3;
    if (st->pg)
        return dy_pg_put(st->pg, r, &o, out, err);
    int own = !st->in_batch;
    if (own && dy_store_exec(st, "BEGIN IMMEDIATE"))
        return dy_store_fail(st, err, "cannot begin");
    if (own && dy_store_fts_mark(st))
        goto bad;
    if (dy_identity_put(&put_ops, st, r, &o, NULL, out))
        goto bad;
    if (own && (dy_store_fts_flush(st) || dy_store_near_flush(st) ||
                dy_store_content_flush(st) || dy_store_keep_counts(st) ||
                dy_store_exec(st, "COMMIT")))
        goto bad;
    return 0;
bad:;
    st->scope_doc = NULL;
    int rc = dy_store_fail(st, err, "cannot store document");
    dy_store_exec(st, "ROLLBACK");
    dy_store_rolled_back(st);
    st->in_batch = 0;
    return rc;
}
