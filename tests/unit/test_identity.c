/* test_identity.c - document identity in the store (docs/store.md,
 * "Identity"): keys (id, or the SHA-256 of the text), what dyad_store_put
 * does with a key stored with the same or another text (duplicate,
 * conflict, replace, recode), and rows stored before schema 4 (keyed by
 * names the reader no longer gives) found by their text after the
 * migration; near duplicates found within a batch, after the migration
 * to schema 9, and from the recent band keys of schema 10; schema 12's
 * look-ups of a document's mentions and signature without an index,
 * schema 14's of its sentences, schema 15's keys of its text, and
 * schema 16's keys of the documents. */
#include "store_fixture.h"

/* codes text as a document of 2024-03-01 and puts it with flags;
 * returns what the store did */
static dyad_put_kind put_doc(dyad_store *st, const char *id,
                             const char *origin, const char *text,
                             uint32_t flags, dyad_put_result *out)
{
    dyad_coder *c = NULL;
    dyad_error err;
    memset(&err, 0, sizeof err);
    assert_int_equal(dyad_coder_new(&c, th_lexicon(), NULL, &err), 0);
    dyad_doc d;
    memset(&d, 0, sizeof d);
    d.id = id;
    d.origin = origin;
    d.date = "2024-03-01";
    d.text = text;
    d.text_len = strlen(text);
    dyad_result *r = NULL;
    assert_int_equal(dyad_code(&r, c, &d, &err), 0);
    dyad_put_options o = DYAD_PUT_OPTIONS_INIT;
    o.flags = flags;
    dyad_put_result local;
    if (!out)
        out = &local;
    if (dyad_store_put(st, r, &o, out, &err))
        fail_msg("dyad_store_put: %s", err.message);
    dyad_result_free(r);
    dyad_coder_free(c);
    return out->kind;
}

/* puts text without looking for near duplicates */
static dyad_put_kind put_text(dyad_store *st, const char *id,
                              const char *origin, const char *text,
                              uint32_t flags, dyad_put_result *out)
{
    return put_doc(st, id, origin, text, flags | DYAD_PUT_F_NO_NEAR, out);
}

static void test_doc_key(void **state)
{
    (void)state;
    char buf[DYAD_KEY_MAX];
    dyad_doc d;
    memset(&d, 0, sizeof d);
    d.text = "abc";
    d.text_len = 3;
    /* no id: SHA-256 of the text (FIPS 180-2's example "abc") */
    assert_int_equal(dyad_doc_key(&d, buf, sizeof buf), 0);
    assert_string_equal(buf, "sha256:ba7816bf8f01cfea414140de5dae2223b00361a3"
                             "96177a9cb410ff61f20015ad");
    /* an empty id is no id */
    d.id = "";
    assert_int_equal(dyad_doc_key(&d, buf, sizeof buf), 0);
    assert_int_equal(strncmp(buf, "sha256:", 7), 0);
    d.id = "x-1";
    assert_int_equal(dyad_doc_key(&d, buf, sizeof buf), 0);
    assert_string_equal(buf, "x-1");
    /* too small a buffer */
    assert_int_equal(dyad_doc_key(&d, buf, 3), DYAD_EINVAL);
    d.id = NULL;
    assert_int_equal(dyad_doc_key(&d, buf, 20), DYAD_EINVAL);
}

static void test_put_outcomes(void **state)
{
    (void)state;
    char p[512];
    tmp_path(p, sizeof p, "put.db");
    dyad_store *st = NULL;
    dyad_error err;
    assert_int_equal(dyad_store_open(&st, p, &err), 0);
    const char *t1 = "Russian forces shelled Kharkiv on Monday.";
    const char *t2 = "Israeli aircraft bombed Gaza on Monday.";
    dyad_put_result o;
    assert_int_equal(put_text(st, "k", "a.jsonl:1", t1, 0, &o),
                     DYAD_PUT_STORED);
    assert_string_equal(o.key, "k");
    /* the same key and text: a duplicate, nothing written */
    assert_int_equal(put_text(st, "k", "a.jsonl:9", t1, 0, &o),
                     DYAD_PUT_DUPLICATE);
    assert_string_equal(o.other, "a.jsonl:1");
    /* another text: a conflict, the stored one kept */
    assert_int_equal(put_text(st, "k", "b.jsonl:2", t2, 0, &o),
                     DYAD_PUT_CONFLICT);
    assert_string_equal(o.other, "a.jsonl:1");
    dyad_store_close(st);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM sentences WHERE text "
                                "LIKE '%Kharkiv%'"),
                     1);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM mentions"), 1);
    assert_int_equal(dyad_store_open(&st, p, &err), 0);
    /* REPLACE: another text replaces; the same text is still a duplicate */
    assert_int_equal(put_text(st, "k", "b.jsonl:2", t2, DYAD_PUT_F_REPLACE,
                              &o),
                     DYAD_PUT_REPLACED);
    assert_int_equal(put_text(st, "k", "b.jsonl:2", t2, DYAD_PUT_F_REPLACE,
                              &o),
                     DYAD_PUT_DUPLICATE);
    /* RECODE: the same text is coded again */
    assert_int_equal(put_text(st, "k", "b.jsonl:2", t2, DYAD_PUT_F_RECODE, &o),
                     DYAD_PUT_REPLACED);
    /* a document without an id is keyed by its text */
    assert_int_equal(put_text(st, NULL, "<stdin>", t1, 0, &o),
                     DYAD_PUT_STORED);
    assert_int_equal(strncmp(o.key, "sha256:", 7), 0);
    assert_int_equal(put_text(st, NULL, "<stdin>", t1, 0, &o),
                     DYAD_PUT_DUPLICATE);
    dyad_store_close(st);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM documents"), 2);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM mentions"), 2);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM events WHERE "
                                "num_mentions <> (SELECT count(*) FROM "
                                "mentions m WHERE m.event_id=events.id)"),
                     0);
    /* a threshold out of (0, 1] is refused */
    assert_int_equal(dyad_store_open(&st, p, &err), 0);
    dyad_coder *c = NULL;
    assert_int_equal(dyad_coder_new(&c, th_lexicon(), NULL, &err), 0);
    dyad_doc d;
    memset(&d, 0, sizeof d);
    d.text = t2;
    d.text_len = strlen(t2);
    dyad_result *r = NULL;
    assert_int_equal(dyad_code(&r, c, &d, &err), 0);
    dyad_put_options bad = DYAD_PUT_OPTIONS_INIT;
    bad.near_threshold = 1.5;
    assert_int_equal(dyad_store_put(st, r, &bad, NULL, &err), DYAD_EINVAL);
    bad.near_threshold = -0.1;
    assert_int_equal(dyad_store_put(st, r, &bad, NULL, &err), DYAD_EINVAL);
    dyad_result_free(r);
    dyad_coder_free(c);
    dyad_store_close(st);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM documents"), 2);
}

/* A schema 6 store keyed documents by names ("<stdin>", "file:line", a
 * path as typed) and a 64-bit hash: after the migration the same text
 * under the new key is a duplicate of the old row, not a second copy of
 * its events; with RECODE it replaces the old row. */
static void test_legacy_rows(void **state)
{
    (void)state;
    char p[512];
    tmp_path(p, sizeof p, "legacy.db");
    dyad_store *st = NULL;
    dyad_error err;
    assert_int_equal(dyad_store_open(&st, p, &err), 0);
    const char *t1 = "Russian forces shelled Kharkiv on Monday.";
    const char *t2 = "Israeli aircraft bombed Gaza on Monday.";
    put_text(st, "<stdin>", NULL, t1, 0, NULL);
    put_text(st, "feed.jsonl:3", NULL, t2, 0, NULL);
    dyad_store_close(st);
    sql_exec(p, SCHEMA_V7_UNDONE "PRAGMA user_version=6;");
    assert_int_equal(dyad_store_open(&st, p, &err), 0);
    assert_int_equal(sql_int(p, "PRAGMA user_version"), DYAD_STORE_SCHEMA);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM documents WHERE "
                                "content IS NULL"),
                     2);
    dyad_doc d;
    memset(&d, 0, sizeof d);
    d.text = t1;
    d.text_len = strlen(t1);
    int found = 0;
    assert_int_equal(dyad_store_contains(&found, st, &d, &err), 0);
    assert_int_equal(found, 1);
    dyad_put_result o;
    assert_int_equal(put_text(st, NULL, "<stdin>", t1, 0, &o),
                     DYAD_PUT_DUPLICATE);
    assert_string_equal(o.other, "<stdin>");
    /* under --replace too: the text is the same */
    assert_int_equal(put_text(st, NULL, "<stdin>", t1, DYAD_PUT_F_REPLACE, &o),
                     DYAD_PUT_DUPLICATE);
    /* recoding takes it over under its new key */
    assert_int_equal(put_text(st, NULL, "feed.jsonl:3", t2, DYAD_PUT_F_RECODE,
                              &o),
                     DYAD_PUT_REPLACED);
    dyad_store_close(st);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM documents"), 2);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM documents WHERE "
                                "id='feed.jsonl:3'"),
                     0);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM mentions"), 2);
}

/* an article and copies of it: one word apart, the same event */
#define ARTICLE                                                                \
    "Russian forces shelled the city of Kharkiv on Friday, officials said. "  \
    "The regional governor said the attack damaged homes and a school in "    \
    "the north of the city, and that rescue teams worked through the night " \
    "to clear the streets while residents gathered in shelters across the "   \
    "region, waiting for news of relatives. "
static const char *const article_text = ARTICLE "Power was cut.";
static const char *const copy_text = ARTICLE "Power was lost.";
static const char *const copy2_text = ARTICLE "Power was out.";

/* puts text under id, near duplicates looked for; what the store did */
static dyad_put_kind put_near(dyad_store *st, const char *id, const char *text,
                              uint32_t flags, dyad_put_result *out)
{
    return put_doc(st, id, NULL, text, flags, out);
}

/* Within one batch, a copy is found from the band keys of an article
 * stored in the same batch (they wait in a temporary table until the
 * commit); an article replaced in the batch leaves none of its keys
 * behind, pending or stored. */
static void test_near_in_batch(void **state)
{
    (void)state;
    char p[512];
    tmp_path(p, sizeof p, "near-batch.db");
    dyad_store *st = NULL;
    dyad_error err;
    dyad_put_result o;
    assert_int_equal(dyad_store_open(&st, p, &err), 0);
    assert_int_equal(dyad_store_begin(st, &err), 0);
    assert_int_equal(put_near(st, "a", article_text, 0, &o),
                     DYAD_PUT_STORED);
    assert_int_equal(put_near(st, "b", copy_text, 0, &o),
                     DYAD_PUT_NEAR_DUPLICATE);
    assert_string_equal(o.other, "a");
    /* x is stored, then replaced by another text, in the same batch */
    assert_int_equal(put_near(st, "x", "Israeli aircraft bombed Gaza on "
                                       "Monday, killing two people, the "
                                       "health ministry said on Tuesday "
                                       "after the strikes.",
                              0, &o),
                     DYAD_PUT_STORED);
    assert_int_equal(put_near(st, "x", "Israeli aircraft bombed Rafah on "
                                       "Sunday, the army said.",
                              DYAD_PUT_F_REPLACE, &o),
                     DYAD_PUT_REPLACED);
    assert_int_equal(dyad_store_commit(st, &err), 0);
    dyad_store_close(st);
    assert_int_equal(sql_int(p, "PRAGMA user_version"), DYAD_STORE_SCHEMA);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM near_sigs"), 2);
    assert_true(sql_int(p, "SELECT count(*) FROM near_bands") > 16);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM near_bands WHERE seq "
                                "NOT IN (SELECT seq FROM near_sigs)"),
                     0);
    /* (the new x may take the old one's seq: at most 16 keys each) */
    assert_true(sql_int(p, "SELECT max(n) FROM (SELECT count(*) AS n FROM "
                           "near_bands GROUP BY seq)") <= 16);
    /* a later copy, from the stored keys */
    assert_int_equal(dyad_store_open(&st, p, &err), 0);
    assert_int_equal(put_near(st, "c", copy2_text, 0, &o),
                     DYAD_PUT_NEAR_DUPLICATE);
    assert_string_equal(o.other, "a");
    dyad_store_close(st);
}

#define ARTICLE2                                                               \
    "Israeli aircraft bombed the Gaza Strip on Monday, killing two people, "  \
    "the health ministry said. Witnesses said the strikes hit a market and "  \
    "a row of houses near the border, and that ambulances carried the "       \
    "wounded to hospitals in the south while families searched the rubble "   \
    "for survivors. "

/* Schema 10: band keys wait in near_bands_recent until it holds a quarter
 * as many as the store's articles could (16 each); a copy is found from
 * keys there, from near_bands, or pending; an article replaced leaves none
 * of its keys in either table; and the flush that finds the recent table
 * over the limit moves every key into near_bands. */
static void test_near_recent(void **state)
{
    (void)state;
    char p[512];
    tmp_path(p, sizeof p, "near-recent.db");
    dyad_store *st = NULL;
    dyad_error err;
    dyad_put_result o;
    assert_int_equal(dyad_store_open(&st, p, &err), 0);
    assert_int_equal(put_near(st, "a", article_text, 0, &o),
                     DYAD_PUT_STORED);
    dyad_store_close(st);
    /* a small store moves its keys into near_bands at once */
    assert_int_equal(sql_int(p, "SELECT count(*) FROM near_bands_recent"), 0);
    long long na = sql_int(p, "SELECT count(*) FROM near_bands");
    assert_true(na > 0 && na <= 16);
    /* a's keys as if still recent, and a store that seems large (an
     * article stored as the millionth document) */
    sql_exec(p, "INSERT INTO near_bands_recent SELECT * FROM near_bands;"
                "DELETE FROM near_bands;"
                "INSERT INTO near_sigs(seq, doc_id, day, sig)"
                " SELECT 1000000, 'ghost', day, sig FROM near_sigs;");
    assert_int_equal(dyad_store_open(&st, p, &err), 0);
    assert_int_equal(put_near(st, "b", copy_text, 0, &o),
                     DYAD_PUT_NEAR_DUPLICATE);
    assert_string_equal(o.other, "a");
    assert_int_equal(put_near(st, "c", ARTICLE2 "Roads were closed.", 0, &o),
                     DYAD_PUT_STORED);
    dyad_store_close(st);
    /* c's keys stay recent: far under a quarter of the store */
    long long nc = sql_int(p, "SELECT count(*) FROM near_bands_recent WHERE "
                              "seq=(SELECT seq FROM near_sigs WHERE "
                              "doc_id='c')");
    assert_true(nc > 0 && nc <= 16);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM near_bands"), 0);
    assert_int_equal(dyad_store_open(&st, p, &err), 0);
    assert_int_equal(put_near(st, "d", ARTICLE2 "Roads were shut.", 0, &o),
                     DYAD_PUT_NEAR_DUPLICATE);
    assert_string_equal(o.other, "c");
    /* c's very text under another key (schema 11: found by the index of
     * its SHA-256's first digits) */
    assert_int_equal(put_near(st, "f", ARTICLE2 "Roads were closed.", 0, &o),
                     DYAD_PUT_NEAR_DUPLICATE);
    assert_string_equal(o.other, "c");
    assert_true(o.similarity == 1.0);
    /* a replaced by another text: none of its old keys is left */
    long long old_a = sql_int(p, "SELECT seq FROM near_sigs WHERE doc_id='a'");
    assert_int_equal(put_near(st, "a", "Protesters marched in Paris on "
                                       "Saturday against the pension law.",
                              DYAD_PUT_F_REPLACE, &o),
                     DYAD_PUT_REPLACED);
    dyad_store_close(st);
    char q[200];
    snprintf(q, sizeof q,
             "SELECT count(*) FROM near_bands_recent WHERE seq=%lld", old_a);
    assert_int_equal(sql_int(p, q), 0);
    /* the store its true size again: the next flush moves every key */
    sql_exec(p, "DELETE FROM near_sigs WHERE doc_id='ghost';");
    assert_int_equal(dyad_store_open(&st, p, &err), 0);
    assert_int_equal(put_near(st, "e", copy2_text, 0, &o),
                     DYAD_PUT_STORED); /* (a's text is gone) */
    dyad_store_close(st);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM near_bands_recent"), 0);
    assert_true(sql_int(p, "SELECT count(*) FROM near_bands WHERE seq=(SELECT "
                           "seq FROM near_sigs WHERE doc_id='c')") == nc);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM near_bands WHERE seq "
                                "NOT IN (SELECT seq FROM near_sigs)"),
                     0);
}

/* the invariant of schema 15: content_keys and content_keys_recent hold
 * the SHA-256 prefix and seq of every document with a SHA-256, once, and
 * nothing else */
static void assert_content_keys(const char *p)
{
    assert_int_equal(sql_int(p, "SELECT (SELECT count(*) FROM content_keys)"
                                " + (SELECT count(*) FROM "
                                "content_keys_recent) - (SELECT count(*) "
                                "FROM documents WHERE content IS NOT NULL)"),
                     0);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM (SELECT k, seq FROM "
                                "content_keys UNION ALL SELECT k, seq FROM "
                                "content_keys_recent) c LEFT JOIN documents "
                                "d ON d.rowid=c.seq AND substr(d.content, 1,"
                                " 16)=c.k WHERE d.id IS NULL"),
                     0);
}

/* Schema 11 looked a text up by its SHA-256's first 16 hex digits, in an
 * index on documents; schema 15 keeps them in content_keys and
 * content_keys_recent (docs/store.md, "At scale"), which the look-up reads
 * by their primary keys, and which a batch, a replace and the merge of
 * the recent table into the large one keep equal to the documents. */
static void test_content_index(void **state)
{
    (void)state;
    char p[512];
    tmp_path(p, sizeof p, "content-key.db");
    dyad_store *st = NULL;
    dyad_error err;
    dyad_put_result o;
    assert_int_equal(dyad_store_open(&st, p, &err), 0);
    dyad_store_close(st);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM sqlite_master WHERE "
                                "name IN ('documents_content_key', "
                                "'documents_content')"),
                     0);
    sqlite3 *db = NULL;
    sqlite3_stmt *s = NULL;
    assert_int_equal(sqlite3_open(p, &db), SQLITE_OK);
    assert_int_equal(
        sqlite3_prepare_v2(db,
                           "EXPLAIN QUERY PLAN SELECT id, rowid, date FROM "
                           "documents WHERE rowid IN (SELECT seq FROM"
                           " content_keys WHERE k=substr(?1, 1, 16) UNION ALL"
                           " SELECT seq FROM content_keys_recent WHERE"
                           " k=substr(?1, 1, 16)) AND content=?1 AND article"
                           " IS NULL AND id<>?2 ORDER BY rowid LIMIT 8",
                           -1, &s, NULL),
        SQLITE_OK);
    int keyed = 0;
    while (sqlite3_step(s) == SQLITE_ROW) {
        const char *d = (const char *)sqlite3_column_text(s, 3);
        keyed += strstr(d, "content_keys USING PRIMARY KEY (k=?)") != NULL ||
                 strstr(d, "content_keys_recent USING PRIMARY KEY (k=?)") !=
                     NULL;
    }
    sqlite3_finalize(s);
    sqlite3_close(db);
    assert_int_equal(keyed, 2);
    /* in one batch: the same text under another key is found among the
     * batch's own (recent) keys; the commit merges them (a small store
     * holds more than a quarter of its documents there) */
    assert_int_equal(dyad_store_open(&st, p, &err), 0);
    assert_int_equal(dyad_store_begin(st, &err), 0);
    assert_int_equal(put_near(st, "a", article_text, 0, &o),
                     DYAD_PUT_STORED);
    assert_int_equal(put_near(st, "z", ARTICLE2 "Power was cut.", 0, &o),
                     DYAD_PUT_STORED);
    assert_int_equal(put_near(st, "a2", article_text, 0, &o),
                     DYAD_PUT_NEAR_DUPLICATE);
    assert_string_equal(o.other, "a");
    assert_true(o.similarity == 1.0);
    assert_int_equal(dyad_store_commit(st, &err), 0);
    dyad_store_close(st);
    assert_content_keys(p);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM content_keys"), 3);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM content_keys_recent"),
                     0);
    /* z replaced: its old key goes, its new one comes; found after the
     * merge, from content_keys */
    assert_int_equal(dyad_store_open(&st, p, &err), 0);
    assert_int_equal(put_near(st, "z", "Russian forces shelled Kharkiv on "
                                       "Monday.",
                              DYAD_PUT_F_REPLACE, &o),
                     DYAD_PUT_REPLACED);
    assert_int_equal(put_near(st, "a3", article_text, 0, &o),
                     DYAD_PUT_NEAR_DUPLICATE);
    assert_string_equal(o.other, "a");
    dyad_store_close(st);
    assert_content_keys(p);
}

/* A schema 8 store keyed near_sigs and near_bands by document: the
 * migration to 9 keeps every signature and band key, now by the order of
 * storing, and copies are still found. */
static void test_near_migration_v9(void **state)
{
    (void)state;
    char p[512];
    tmp_path(p, sizeof p, "near-v8.db");
    dyad_store *st = NULL;
    dyad_error err;
    dyad_put_result o;
    assert_int_equal(dyad_store_open(&st, p, &err), 0);
    assert_int_equal(put_near(st, "a", article_text, 0, &o),
                     DYAD_PUT_STORED);
    assert_int_equal(put_near(st, "z", "Israeli aircraft bombed Gaza on "
                                       "Monday, killing two people.",
                              0, &o),
                     DYAD_PUT_STORED);
    dyad_store_close(st);
    long long nsig = sql_int(p, "SELECT count(*) FROM near_sigs");
    long long nband = sql_int(p, "SELECT count(*) FROM near_bands");
    long long hsig = sql_int(p, "SELECT sum(length(sig)) FROM near_sigs");
    long long kband = sql_int(p, "SELECT sum(band_key % 1000003) FROM "
                                 "near_bands");
    sql_exec(p, SCHEMA_V9_UNDONE "PRAGMA user_version=8;");
    assert_int_equal(sql_int(p, "SELECT count(*) FROM pragma_table_info("
                                "'near_bands') WHERE name='doc_id'"),
                     1);
    assert_int_equal(dyad_store_open(&st, p, &err), 0);
    dyad_store_close(st);
    assert_int_equal(sql_int(p, "PRAGMA user_version"), DYAD_STORE_SCHEMA);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM pragma_table_info("
                                "'near_bands') WHERE name='seq'"),
                     1);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM near_sigs"), nsig);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM near_bands"), nband);
    assert_int_equal(sql_int(p, "SELECT sum(length(sig)) FROM near_sigs"),
                     hsig);
    assert_int_equal(sql_int(p, "SELECT sum(band_key % 1000003) FROM "
                                "near_bands"),
                     kband);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM near_sigs s JOIN "
                                "documents d ON d.id = s.doc_id AND "
                                "d.rowid = s.seq"),
                     nsig);
    assert_int_equal(dyad_store_open(&st, p, &err), 0);
    assert_int_equal(put_near(st, "b", copy_text, 0, &o),
                     DYAD_PUT_NEAR_DUPLICATE);
    assert_string_equal(o.other, "a");
    dyad_store_close(st);
}

/* the invariants of schema 12: every mention within its document's run
 * of ids (documents.mention_lo..mention_hi), a copy counting its own,
 * every signature on its document's row (seq = documents.rowid) */
static void assert_mention_runs(const char *p)
{
    assert_int_equal(sql_int(p, "SELECT count(*) FROM mentions m JOIN "
                                "documents d ON d.id=m.doc_id WHERE m.id "
                                "NOT BETWEEN d.mention_lo AND d.mention_hi "
                                "OR d.mention_lo IS NULL"),
                     0);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM documents d WHERE "
                                "article IS NOT NULL AND events <> (SELECT "
                                "count(*) FROM mentions m WHERE "
                                "m.doc_id=d.id)"),
                     0);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM near_sigs s LEFT JOIN "
                                "documents d ON d.rowid=s.seq AND "
                                "d.id=s.doc_id WHERE d.id IS NULL"),
                     0);
}

/* the invariant of schema 14: every sentence within its document's run
 * of ids (documents.sentence_lo..sentence_hi), and one row a sentence */
static void assert_sentence_runs(const char *p)
{
    assert_int_equal(sql_int(p, "SELECT count(*) FROM sentences s JOIN "
                                "documents d ON d.id=s.doc_id WHERE s.id "
                                "NOT BETWEEN d.sentence_lo AND d.sentence_hi "
                                "OR d.sentence_lo IS NULL"),
                     0);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM (SELECT 1 FROM "
                                "sentences GROUP BY doc_id, idx HAVING "
                                "count(*) > 1)"),
                     0);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM sentences WHERE "
                                "doc_id NOT IN (SELECT id FROM documents)"),
                     0);
}

/* A schema 11 store indexed signatures and mentions by document: the
 * migration to 12 drops both indexes and gives each document the ids of
 * its first and last mention; copies, replacements and look-ups then go
 * by those and by seq. */
static void test_migration_v12(void **state)
{
    (void)state;
    char p[512];
    tmp_path(p, sizeof p, "v11.db");
    dyad_store *st = NULL;
    dyad_error err;
    dyad_put_result o;
    const char *gaza = "Israeli aircraft bombed Gaza on Monday, killing two "
                       "people, the health ministry said on Tuesday.";
    assert_int_equal(dyad_store_open(&st, p, &err), 0);
    assert_int_equal(put_near(st, "a", article_text, 0, &o),
                     DYAD_PUT_STORED);
    assert_int_equal(put_near(st, "z", ARTICLE2 "Power was cut.", 0, &o),
                     DYAD_PUT_STORED);
    assert_int_equal(put_near(st, "b", copy_text, 0, &o),
                     DYAD_PUT_NEAR_DUPLICATE);
    dyad_store_close(st);
    long long men = sql_int(p, "SELECT count(*) FROM mentions");
    assert_true(men >= 3);
    sql_exec(p, "DROP TRIGGER mentions_range;"
                "ALTER TABLE documents DROP COLUMN mention_lo;"
                "ALTER TABLE documents DROP COLUMN mention_hi;"
                "CREATE INDEX near_sigs_doc ON near_sigs(doc_id);"
                "CREATE INDEX mentions_doc ON mentions(doc_id);"
                "PRAGMA user_version=11;");
    assert_int_equal(dyad_store_open(&st, p, &err), 0);
    dyad_store_close(st);
    assert_int_equal(sql_int(p, "PRAGMA user_version"), DYAD_STORE_SCHEMA);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM sqlite_master WHERE "
                                "name IN ('near_sigs_doc', 'mentions_doc')"),
                     0);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM documents WHERE "
                                "mention_lo IS NOT NULL"),
                     3);
    assert_mention_runs(p);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM mentions"), men);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM near_sigs WHERE "
                                "doc_id IN ('a', 'z')"),
                     2);
    /* a copy found by the article's signature (by seq); z replaced (its
     * mentions and signature found by its run and its seq); a copy made
     * an article again by a replace of a */
    assert_int_equal(dyad_store_open(&st, p, &err), 0);
    assert_int_equal(put_near(st, "c", copy2_text, 0, &o),
                     DYAD_PUT_NEAR_DUPLICATE);
    assert_string_equal(o.other, "a");
    assert_int_equal(put_near(st, "z", "Russian forces shelled Kharkiv on "
                                       "Monday.",
                              DYAD_PUT_F_REPLACE, &o),
                     DYAD_PUT_REPLACED);
    assert_int_equal(put_near(st, "a", gaza, DYAD_PUT_F_REPLACE, &o),
                     DYAD_PUT_REPLACED);
    dyad_store_close(st);
    assert_mention_runs(p);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM mentions WHERE "
                                "doc_id='z' AND sentence_id IN (SELECT id "
                                "FROM sentences WHERE text LIKE '%Gaza%')"),
                     0);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM events WHERE "
                                "num_mentions <> (SELECT count(*) FROM "
                                "mentions m WHERE m.event_id=events.id)"),
                     0);
    /* copies' mentions, replaced documents: the row counts kept */
    assert_row_counts(p);
    assert_sentence_runs(p);
    assert_content_keys(p);
}

/* SQL that takes schema 15 back to 14: the index of the SHA-256 prefix
 * on documents instead of the two tables */
#define SCHEMA_V15_UNDONE                                                      \
    "CREATE INDEX documents_content_key ON documents(substr(content, 1,"      \
    " 16));"                                                                   \
    "DROP TABLE content_keys; DROP TABLE content_keys_recent;"

/* SQL that takes schema 14 back to 13: sentences with the index keyed
 * by document, documents without the sentence runs */
#define SCHEMA_V14_UNDONE                                                      \
    SCHEMA_V15_UNDONE                                                          \
    "CREATE TABLE s13 (id INTEGER PRIMARY KEY, doc_id TEXT NOT NULL"           \
    " REFERENCES documents(id), idx INTEGER NOT NULL, start INTEGER,"          \
    " len INTEGER, text TEXT NOT NULL, UNIQUE(doc_id, idx));"                  \
    "INSERT INTO s13 SELECT id, doc_id, idx, start, len, text FROM"            \
    " sentences;"                                                              \
    "DROP TABLE sentences; ALTER TABLE s13 RENAME TO sentences;"               \
    "CREATE TRIGGER sentences_ad AFTER DELETE ON sentences BEGIN"              \
    " INSERT INTO sentences_fts(sentences_fts, rowid, text)"                   \
    " VALUES ('delete', old.id, old.text); END;"                               \
    "ALTER TABLE documents DROP COLUMN sentence_lo;"                           \
    "ALTER TABLE documents DROP COLUMN sentence_hi;"

/* A schema 13 store indexed sentences by (doc_id, idx): the migration
 * to 14 gives each document the ids of its first and last sentence and
 * rebuilds the table without the index, keeping every row and id (the
 * full-text index's rowids); a replace then deletes exactly the old
 * document's sentences, found by its run. */
static void test_migration_v14(void **state)
{
    (void)state;
    char p[512];
    tmp_path(p, sizeof p, "v13.db");
    dyad_store *st = NULL;
    dyad_error err;
    dyad_put_result o;
    assert_int_equal(dyad_store_open(&st, p, &err), 0);
    assert_int_equal(put_near(st, "a", article_text, 0, &o),
                     DYAD_PUT_STORED);
    assert_int_equal(put_near(st, "z", ARTICLE2 "Power was cut.", 0, &o),
                     DYAD_PUT_STORED);
    assert_int_equal(put_near(st, "b", copy_text, 0, &o),
                     DYAD_PUT_NEAR_DUPLICATE);
    dyad_store_close(st);
    const char *rows = "SELECT count(*) * 1000003 + sum(id * 7 + idx) FROM "
                       "sentences";
    const char *fts = "SELECT count(*) * 1000 + sum(rowid) FROM "
                      "sentences_fts WHERE sentences_fts MATCH 'said'";
    long long nsent = sql_int(p, "SELECT count(*) FROM sentences");
    long long before = sql_int(p, rows), hits = sql_int(p, fts);
    assert_true(nsent >= 2 && hits > 0);
    sql_exec(p, SCHEMA_V14_UNDONE "PRAGMA user_version=13;");
    assert_int_equal(sql_int(p, "SELECT count(*) FROM sqlite_master WHERE "
                                "tbl_name='sentences' AND type='index'"),
                     1);
    assert_int_equal(dyad_store_open(&st, p, &err), 0);
    dyad_store_close(st);
    assert_int_equal(sql_int(p, "PRAGMA user_version"), DYAD_STORE_SCHEMA);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM sqlite_master WHERE "
                                "tbl_name='sentences' AND type='index'"),
                     0);
    assert_int_equal(sql_int(p, rows), before);
    assert_int_equal(sql_int(p, fts), hits);
    /* a and z have sentences of their own; b, a copy, has none */
    assert_int_equal(sql_int(p, "SELECT count(*) FROM documents WHERE "
                                "sentence_lo IS NOT NULL"),
                     2);
    assert_sentence_runs(p);
    /* z replaced: its sentences go, a's stay; a sentence stored after
     * the migration gets the next id */
    long long z_sent = sql_int(p, "SELECT count(*) FROM sentences WHERE "
                                  "doc_id='z'");
    long long max_id = sql_int(p, "SELECT max(id) FROM sentences");
    assert_true(z_sent > 0);
    assert_int_equal(dyad_store_open(&st, p, &err), 0);
    assert_int_equal(put_near(st, "z", "Russian forces shelled Kharkiv on "
                                       "Monday.",
                              DYAD_PUT_F_REPLACE, &o),
                     DYAD_PUT_REPLACED);
    dyad_store_close(st);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM sentences WHERE "
                                "doc_id='z' AND text LIKE '%Gaza%'"),
                     0);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM sentences WHERE "
                                "doc_id='z'"),
                     1);
    assert_int_equal(sql_int(p, "SELECT min(id) FROM sentences WHERE "
                                "doc_id='z'"),
                     max_id - z_sent + 1);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM sentences WHERE "
                                "doc_id='a'"),
                     nsent - z_sent);
    assert_sentence_runs(p);
    assert_row_counts(p);
    assert_content_keys(p);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM sentences_fts WHERE "
                                "sentences_fts MATCH 'Gaza'"),
                     0);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM sentences_fts WHERE "
                                "sentences_fts MATCH 'Monday'"),
                     1);
}

/* A schema 14 store indexed the SHA-256 prefix on documents: the
 * migration to 15 puts every document's into content_keys and drops the
 * index; the same text under another key is then found from there. */
static void test_migration_v15(void **state)
{
    (void)state;
    char p[512];
    tmp_path(p, sizeof p, "v14.db");
    dyad_store *st = NULL;
    dyad_error err;
    dyad_put_result o;
    assert_int_equal(dyad_store_open(&st, p, &err), 0);
    assert_int_equal(put_near(st, "a", article_text, 0, &o),
                     DYAD_PUT_STORED);
    assert_int_equal(put_near(st, "z", ARTICLE2 "Power was cut.", 0, &o),
                     DYAD_PUT_STORED);
    assert_int_equal(put_near(st, "b", copy_text, 0, &o),
                     DYAD_PUT_NEAR_DUPLICATE);
    dyad_store_close(st);
    sql_exec(p, SCHEMA_V15_UNDONE "PRAGMA user_version=14;");
    assert_int_equal(sql_int(p, "SELECT count(*) FROM sqlite_master WHERE "
                                "name LIKE 'content_keys%'"),
                     0);
    assert_int_equal(dyad_store_open(&st, p, &err), 0);
    dyad_store_close(st);
    assert_int_equal(sql_int(p, "PRAGMA user_version"), DYAD_STORE_SCHEMA);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM sqlite_master WHERE "
                                "name='documents_content_key'"),
                     0);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM content_keys"), 3);
    assert_content_keys(p);
    assert_int_equal(dyad_store_open(&st, p, &err), 0);
    assert_int_equal(put_near(st, "z2", ARTICLE2 "Power was cut.", 0, &o),
                     DYAD_PUT_NEAR_DUPLICATE);
    assert_string_equal(o.other, "z");
    assert_true(o.similarity == 1.0);
    dyad_store_close(st);
    assert_content_keys(p);
}

/* the invariant of schema 16: doc_keys and doc_keys_recent hold the key
 * and seq (rowid) of every document, once, and nothing else */
static void assert_doc_keys(const char *p)
{
    assert_int_equal(sql_int(p, "SELECT (SELECT count(*) FROM doc_keys) + "
                                "(SELECT count(*) FROM doc_keys_recent) - "
                                "(SELECT count(*) FROM documents)"),
                     0);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM (SELECT k, seq FROM "
                                "doc_keys UNION ALL SELECT k, seq FROM "
                                "doc_keys_recent) c LEFT JOIN documents d "
                                "ON d.rowid=c.seq AND d.id=c.k WHERE d.id "
                                "IS NULL"),
                     0);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM doc_keys WHERE k IN "
                                "(SELECT k FROM doc_keys_recent)"),
                     0);
}

/* whether the store holds key with text (dyad_store_contains) */
static int contains(dyad_store *st, const char *key, const char *text)
{
    dyad_doc d;
    memset(&d, 0, sizeof d);
    d.id = key;
    d.text = text;
    d.text_len = strlen(text);
    dyad_error err;
    int found = -1;
    assert_int_equal(dyad_store_contains(&found, st, &d, &err), 0);
    return found;
}

/* the text of the n-th document of test_doc_keys */
static const char *key_text(char *buf, size_t cap, int n)
{
    snprintf(buf, cap, "Russian forces shelled Kharkiv on Monday. Report "
                       "%d.", n);
    return buf;
}

/* puts key k<n> with the text of n (or of other, when other >= 0) */
static dyad_put_kind put_key(dyad_store *st, int n, int other,
                             uint32_t flags)
{
    char key[16], text[80];
    dyad_put_result o;
    snprintf(key, sizeof key, "k%d", n);
    return put_text(st, key, NULL,
                    key_text(text, sizeof text, other >= 0 ? other : n),
                    flags, &o);
}

/* Schema 16 keeps the documents' keys in doc_keys and doc_keys_recent
 * (docs/scale.md, "The documents' key in two levels"): a key is found as
 * stored from either level, in a batch and across runs, by dyad_store_put
 * (a duplicate or a conflict) and by dyad_store_contains; a replace moves
 * it; a merge of the recent keys that fails rolls its batch back whole,
 * and the next commit merges them. */
static void test_doc_keys(void **state)
{
    (void)state;
    char p[512], text[80];
    tmp_path(p, sizeof p, "doc-keys.db");
    dyad_store *st = NULL;
    dyad_error err;
    /* twenty in one batch, k0 twice: a duplicate among the batch's own
     * (recent) keys; the commit merges them (20 * 4 > 20) */
    assert_int_equal(dyad_store_open(&st, p, &err), 0);
    assert_int_equal(dyad_store_begin(st, &err), 0);
    for (int i = 0; i < 20; i++)
        assert_int_equal(put_key(st, i, -1, 0), DYAD_PUT_STORED);
    assert_int_equal(put_key(st, 0, -1, 0), DYAD_PUT_DUPLICATE);
    assert_int_equal(dyad_store_commit(st, &err), 0);
    dyad_store_close(st);
    assert_doc_keys(p);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM doc_keys"), 20);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM doc_keys_recent"), 0);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM sqlite_master WHERE "
                                "tbl_name='documents' AND type='index' AND "
                                "sql IS NULL"),
                     0); /* no automatic index: no primary key */
    /* one more: it stays recent (1 * 4 <= 21) */
    assert_int_equal(dyad_store_open(&st, p, &err), 0);
    assert_int_equal(put_key(st, 20, -1, 0), DYAD_PUT_STORED);
    dyad_store_close(st);
    assert_doc_keys(p);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM doc_keys_recent WHERE "
                                "k='k20'"),
                     1);
    /* a later run: a key of each level is stored, with its text or not */
    assert_int_equal(dyad_store_open(&st, p, &err), 0);
    assert_int_equal(contains(st, "k3", key_text(text, sizeof text, 3)), 1);
    assert_int_equal(contains(st, "k20", key_text(text, sizeof text, 20)),
                     1);
    assert_int_equal(contains(st, "k20", key_text(text, sizeof text, 3)), 0);
    assert_int_equal(contains(st, "k21", key_text(text, sizeof text, 3)), 0);
    assert_int_equal(put_key(st, 3, -1, 0), DYAD_PUT_DUPLICATE);
    assert_int_equal(put_key(st, 20, -1, 0), DYAD_PUT_DUPLICATE);
    assert_int_equal(put_key(st, 3, 20, 0), DYAD_PUT_CONFLICT);
    assert_int_equal(put_key(st, 20, 3, 0), DYAD_PUT_CONFLICT);
    /* replaced: the old row and its key go, the new ones are recent
     * (2 * 4 <= 22, the last rowid) */
    assert_int_equal(put_key(st, 3, 40, DYAD_PUT_F_REPLACE),
                     DYAD_PUT_REPLACED);
    dyad_store_close(st);
    assert_doc_keys(p);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM doc_keys WHERE "
                                "k='k3'"),
                     0);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM doc_keys_recent"), 2);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM documents"), 21);
    /* a merge that fails (k31 put in doc_keys behind the store's back,
     * pointing at no row: the merge meets it twice) takes its batch with
     * it: nothing of the batch stored, the recent keys as they were */
    sql_exec(p, "INSERT INTO doc_keys VALUES ('k31', 999)");
    assert_int_equal(dyad_store_open(&st, p, &err), 0);
    assert_int_equal(dyad_store_begin(st, &err), 0);
    for (int i = 30; i < 35; i++)
        assert_int_equal(put_key(st, i, -1, 0), DYAD_PUT_STORED);
    assert_int_not_equal(dyad_store_commit(st, &err), 0);
    dyad_store_close(st);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM documents WHERE id "
                                "BETWEEN 'k30' AND 'k34'"),
                     0);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM doc_keys_recent"), 2);
    /* resumed: the stray key gone, the next run stores k30 to k34 and
     * merges the recent keys (7 * 4 > 27) */
    sql_exec(p, "DELETE FROM doc_keys WHERE k='k31'");
    assert_doc_keys(p);
    assert_int_equal(dyad_store_open(&st, p, &err), 0);
    assert_int_equal(dyad_store_begin(st, &err), 0);
    for (int i = 30; i < 35; i++)
        assert_int_equal(put_key(st, i, -1, 0), DYAD_PUT_STORED);
    assert_int_equal(dyad_store_commit(st, &err), 0);
    dyad_store_close(st);
    assert_doc_keys(p);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM doc_keys_recent"), 0);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM doc_keys"), 26);
    assert_row_counts(p);
}


/* The writer's filter of doc_keys' keys (identity.c) is built again
 * when another connection has committed: a key it merged into doc_keys
 * after the filter was built is still found, a duplicate. */
static void test_doc_keys_two_writers(void **state)
{
    (void)state;
    char p[512];
    tmp_path(p, sizeof p, "doc-keys-two.db");
    dyad_store *st = NULL, *other = NULL;
    dyad_error err;
    assert_int_equal(dyad_store_open(&st, p, &err), 0);
    assert_int_equal(dyad_store_begin(st, &err), 0);
    for (int i = 0; i < 20; i++)
        assert_int_equal(put_key(st, i, -1, 0), DYAD_PUT_STORED);
    assert_int_equal(dyad_store_commit(st, &err), 0);
    /* the filter is built (k0..k19) */
    assert_int_equal(put_key(st, 20, -1, 0), DYAD_PUT_STORED);
    assert_int_equal(put_key(st, 3, -1, 0), DYAD_PUT_DUPLICATE);
    /* another writer stores k21 to k26 and merges them into doc_keys
     * (7 * 4 > 27) */
    assert_int_equal(dyad_store_open(&other, p, &err), 0);
    assert_int_equal(dyad_store_begin(other, &err), 0);
    for (int i = 21; i < 27; i++)
        assert_int_equal(put_key(other, i, -1, 0), DYAD_PUT_STORED);
    assert_int_equal(dyad_store_commit(other, &err), 0);
    dyad_store_close(other);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM doc_keys WHERE k IN "
                                "('k21', 'k22')"),
                     2);
    assert_int_equal(put_key(st, 21, -1, 0), DYAD_PUT_DUPLICATE);
    assert_int_equal(put_key(st, 22, 3, 0), DYAD_PUT_CONFLICT);
    assert_int_equal(put_key(st, 27, -1, 0), DYAD_PUT_STORED);
    dyad_store_close(st);
    assert_doc_keys(p);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM documents"), 28);
}

/* The recent key tables go into their large ones when they hold more
 * than a quarter of the keys the store could have (identity.c,
 * RECENT_PARTS; docs/scale.md, "The recent key tables at a quarter"),
 * not at an eighth as before, nor at a fifth or a third: the documents'
 * keys and the content keys counted against the last rowid of
 * documents, the band keys against 16 for each article stored. */
static void test_recent_quarter(void **state)
{
    (void)state;
    char p[512];
    tmp_path(p, sizeof p, "recent-quarter.db");
    dyad_store *st = NULL;
    dyad_error err;
    assert_int_equal(dyad_store_open(&st, p, &err), 0);
    assert_int_equal(dyad_store_begin(st, &err), 0);
    for (int i = 0; i < 20; i++)
        assert_int_equal(put_key(st, i, -1, 0), DYAD_PUT_STORED);
    assert_int_equal(dyad_store_commit(st, &err), 0);
    /* one commit a document: six recent keys of 26 stay (6 * 4 <= 26;
     * an eighth or a fifth would have merged them) */
    for (int i = 20; i < 26; i++)
        assert_int_equal(put_key(st, i, -1, 0), DYAD_PUT_STORED);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM doc_keys_recent"), 6);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM content_keys_recent"),
                     6);
    /* the seventh merges both tables (7 * 4 > 27; a third would not) */
    assert_int_equal(put_key(st, 26, -1, 0), DYAD_PUT_STORED);
    dyad_store_close(st);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM doc_keys_recent"), 0);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM content_keys_recent"),
                     0);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM doc_keys"), 27);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM content_keys"), 27);
    assert_doc_keys(p);
    assert_content_keys(p);
    /* band keys: an article stored on this connection (a small store
     * merges its keys at once), then a store of 1,000 articles as far as
     * the test is concerned (16,000 keys) and 4,000 recent keys, put
     * there by another connection; each commit of this one checks, the
     * article put again (a duplicate, no keys of its own) commits */
    char q[512];
    dyad_put_result o;
    tmp_path(q, sizeof q, "recent-quarter-bands.db");
    assert_int_equal(dyad_store_open(&st, q, &err), 0);
    assert_int_equal(put_near(st, "a", article_text, 0, &o),
                     DYAD_PUT_STORED);
    long long na = sql_int(q, "SELECT count(*) FROM near_bands");
    assert_true(na > 0 && na <= 16);
    sql_exec(q, "INSERT INTO near_sigs(seq, doc_id, day, sig)"
                " SELECT 1000, 'ghost', day, sig FROM near_sigs;"
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM"
                " n WHERE i < 4000) INSERT INTO near_bands_recent(band_key,"
                " day, seq) SELECT i, 0, 1000 FROM n;");
    /* 4,000 * 4 <= 16,000: they stay (a fifth would merge them) */
    assert_int_equal(put_near(st, "a", article_text, 0, &o),
                     DYAD_PUT_DUPLICATE);
    assert_int_equal(sql_int(q, "SELECT count(*) FROM near_bands_recent"),
                     4000);
    /* one more: 4,001 * 4 > 16,000, merged (a third would not) */
    sql_exec(q, "INSERT INTO near_bands_recent VALUES (4001, 0, 1000)");
    assert_int_equal(put_near(st, "a", article_text, 0, &o),
                     DYAD_PUT_DUPLICATE);
    dyad_store_close(st);
    assert_int_equal(sql_int(q, "SELECT count(*) FROM near_bands_recent"), 0);
    assert_int_equal(sql_int(q, "SELECT count(*) FROM near_bands"),
                     na + 4001);
}

/* SQL that takes schema 16 back to 15: documents with its key as its
 * primary key (rowids kept), no key tables, the trigger of schema 12 */
#define SCHEMA_V16_UNDONE                                                      \
    "DROP TRIGGER mentions_range;"                                             \
    "CREATE TABLE d15 (id TEXT PRIMARY KEY, date TEXT, source TEXT,"           \
    " url TEXT, title TEXT, bytes INTEGER NOT NULL,"                           \
    " sentences INTEGER NOT NULL, events INTEGER NOT NULL,"                    \
    " coded_at TEXT NOT NULL, hash TEXT, content TEXT, origin TEXT,"           \
    " datetime TEXT, article TEXT, similarity REAL, mention_lo INTEGER,"       \
    " mention_hi INTEGER, sentence_lo INTEGER, sentence_hi INTEGER);"          \
    "INSERT INTO d15(rowid, id, date, source, url, title, bytes, sentences,"   \
    " events, coded_at, hash, content, origin, datetime, article,"             \
    " similarity, mention_lo, mention_hi, sentence_lo, sentence_hi)"           \
    " SELECT rowid, id, date, source, url, title, bytes, sentences, events,"   \
    " coded_at, hash, content, origin, datetime, article, similarity,"         \
    " mention_lo, mention_hi, sentence_lo, sentence_hi FROM documents;"        \
    "DROP TABLE documents; ALTER TABLE d15 RENAME TO documents;"               \
    "CREATE INDEX documents_legacy ON documents(hash) WHERE content IS NULL;"  \
    "CREATE INDEX documents_article ON documents(article)"                     \
    " WHERE article IS NOT NULL;"                                              \
    "DROP TABLE doc_keys; DROP TABLE doc_keys_recent;"                         \
    "CREATE TRIGGER mentions_range AFTER INSERT ON mentions BEGIN UPDATE"      \
    " documents SET mention_lo=min(coalesce(mention_lo, new.id), new.id),"     \
    " mention_hi=max(coalesce(mention_hi, new.id), new.id)"                    \
    " WHERE id=new.doc_id; END;"

/* A schema 15 store keyed documents by their primary key: the migration
 * to 16 puts every key with its rowid into doc_keys and rebuilds the
 * table without the key's index, every row, rowid and near duplicate
 * kept; a key stored before is then a duplicate, a replace finds its
 * mentions and sentences, and the near duplicates are found as before. */
static void test_migration_v16(void **state)
{
    (void)state;
    char p[512];
    tmp_path(p, sizeof p, "v15.db");
    dyad_store *st = NULL;
    dyad_error err;
    dyad_put_result o;
    assert_int_equal(dyad_store_open(&st, p, &err), 0);
    assert_int_equal(put_near(st, "a", article_text, 0, &o),
                     DYAD_PUT_STORED);
    assert_int_equal(put_near(st, "z", ARTICLE2 "Power was cut.", 0, &o),
                     DYAD_PUT_STORED);
    assert_int_equal(put_near(st, "b", copy_text, 0, &o),
                     DYAD_PUT_NEAR_DUPLICATE);
    dyad_store_close(st);
    long long men = sql_int(p, "SELECT count(*) FROM mentions");
    long long rows = sql_int(p, "SELECT sum(rowid * length(id)) FROM "
                                "documents");
    sql_exec(p, SCHEMA_V16_UNDONE "PRAGMA user_version=15;");
    assert_int_equal(sql_int(p, "SELECT count(*) FROM sqlite_master WHERE "
                                "name='sqlite_autoindex_documents_1'"),
                     1);
    assert_int_equal(dyad_store_open(&st, p, &err), 0);
    dyad_store_close(st);
    assert_int_equal(sql_int(p, "PRAGMA user_version"), DYAD_STORE_SCHEMA);
    assert_int_equal(DYAD_STORE_SCHEMA, 17);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM sqlite_master WHERE "
                                "name='sqlite_autoindex_documents_1'"),
                     0);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM doc_keys"), 3);
    assert_int_equal(sql_int(p, "SELECT sum(rowid * length(id)) FROM "
                                "documents"),
                     rows);
    assert_int_equal(sql_int(p, "SELECT count(*) FROM mentions"), men);
    assert_doc_keys(p);
    assert_int_equal(dyad_store_open(&st, p, &err), 0);
    assert_int_equal(put_near(st, "a", article_text, 0, &o),
                     DYAD_PUT_DUPLICATE);
    assert_int_equal(put_near(st, "z", "Russian forces shelled Kharkiv on "
                                       "Monday.",
                              DYAD_PUT_F_REPLACE, &o),
                     DYAD_PUT_REPLACED);
    assert_int_equal(put_near(st, "c", copy_text, 0, &o),
                     DYAD_PUT_NEAR_DUPLICATE);
    assert_string_equal(o.other, "a");
    dyad_store_close(st);
    assert_doc_keys(p);
    assert_content_keys(p);
    assert_sentence_runs(p);
    assert_row_counts(p);
    /* the trigger keeps each document's run of mentions */
    assert_int_equal(sql_int(p, "SELECT count(*) FROM documents d WHERE "
                                "d.mention_lo IS NOT (SELECT min(id) FROM "
                                "mentions m WHERE m.doc_id=d.id)"),
                     0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_doc_key),
        cmocka_unit_test(test_put_outcomes),
        cmocka_unit_test(test_legacy_rows),
        cmocka_unit_test(test_near_in_batch),
        cmocka_unit_test(test_near_migration_v9),
        cmocka_unit_test(test_near_recent),
        cmocka_unit_test(test_content_index),
        cmocka_unit_test(test_migration_v12),
        cmocka_unit_test(test_migration_v14),
        cmocka_unit_test(test_migration_v15),
        cmocka_unit_test(test_doc_keys),
        cmocka_unit_test(test_doc_keys_two_writers),
        cmocka_unit_test(test_recent_quarter),
        cmocka_unit_test(test_migration_v16),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
