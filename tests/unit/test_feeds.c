/* test_feeds.c - the feed session of dyad_tools.h against the tests' own
 * HTTP server on 127.0.0.1: items as documents (id, title, url,
 * publisher, date, text), a second round that is a 304, nothing saved
 * means nothing skipped (a crash before the documents are stored loses
 * nothing), items seen before skipped when the feed changes, repeated
 * GUIDs, the item limit, a failed feed between two good ones, feeds
 * files (lines and OPML, bad lines warned), URL checks, and the store's
 * migration to schema 6. */
#define _POSIX_C_SOURCE 200809L
#include "helpers.h"

#include "dyad_tools.h"
#include "server.h"

static char root[256], dbpath[300];
static fs_server *srv;
static char base[64];

static void write_file(const char *name, const char *text)
{
    char p[512];
    snprintf(p, sizeof p, "%s/%s", root, name);
    FILE *f = fopen(p, "wb");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

static const char feed_a[] =
    "<rss><channel><title>Loop</title>"
    "<item><guid>a1</guid><title>Envoys meet</title><link>/a1.html</link>"
    "<pubDate>2024-11-19</pubDate>"
    "<description>&lt;p&gt;Ukrainian officials met Russian envoys."
    "&lt;/p&gt;</description></item>"
    "<item><guid>a2</guid><title>Troops shell Kharkiv</title>"
    "<description>Russian troops shelled Kharkiv.</description></item>"
    "<item><guid>a2</guid><title>Repeated GUID</title></item>"
    "</channel></rss>";

static const char feed_b[] =
    "<rss><channel><title>Loop</title>"
    "<item><guid>a3</guid><title>New</title>"
    "<description>Turkey condemned Greece.</description></item>"
    "<item><guid>a1</guid><title>Envoys meet</title></item>"
    "</channel></rss>";

static int setup(void **state)
{
    (void)state;
    unsetenv("http_proxy");
    unsetenv("all_proxy");
    if (th_tmpdir_make(root, sizeof root, "dyad-test-feeds"))
        return -1;
    write_file("a.xml", feed_a);
    write_file("bad.xml", "<rss><channel><item></channel></rss>");
    srv = fs_start(root, NULL);
    if (!srv)
        return -1;
    snprintf(base, sizeof base, "http://127.0.0.1:%d", fs_port(srv));
    snprintf(dbpath, sizeof dbpath, "%s/store.db", root);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    fs_stop(srv);
    return th_tmpdir_remove(root);
}

static dyad_feeds *session(dyad_store *st, dyad_feed_options *o)
{
    dyad_feed_options d;
    memset(&d, 0, sizeof d);
    if (!o)
        o = &d;
    o->host_interval_ms = -1;
    o->backoff_ms = 10;
    dyad_feeds *fs = NULL;
    dyad_error err;
    assert_int_equal(dyad_feeds_new(&fs, st, o, &err), 0);
    return fs;
}

static void add(dyad_feeds *fs, const char *path)
{
    char url[256];
    dyad_error err;
    snprintf(url, sizeof url, "%s%s", base, path);
    assert_int_equal(dyad_feeds_add(fs, url, &err), 0);
}

/* the ids of a round's documents, comma-separated, into out */
static int round_ids(dyad_feeds *fs, char *out, size_t cap, int *errors)
{
    dyad_doc doc;
    dyad_error err;
    int n = 0, rc;
    out[0] = '\0';
    *errors = 0;
    while ((rc = dyad_feeds_next(fs, &doc, &err)) != 0) {
        if (rc < 0) {
            (*errors)++;
            continue;
        }
        size_t len = strlen(out);
        snprintf(out + len, cap - len, "%s%s", n ? "," : "",
                 doc.id ? doc.id : "(null)");
        n++;
    }
    return n;
}

static void test_feeds_items_as_documents(void **state)
{
    (void)state;
    dyad_feeds *fs = session(NULL, NULL);
    add(fs, "/a.xml");
    dyad_doc doc;
    dyad_error err;
    assert_int_equal(dyad_feeds_next(fs, &doc, &err), 1);
    assert_string_equal(doc.id, "a1");
    assert_string_equal(doc.title, "Envoys meet");
    char url[128];
    snprintf(url, sizeof url, "%s/a1.html", base);
    assert_string_equal(doc.url, url);
    assert_string_equal(doc.source, "Loop");
    assert_string_equal(doc.date, "2024-11-19");
    assert_int_equal(doc.text_len, strlen(doc.text));
    assert_string_equal(doc.text, "Envoys meet\n\nUkrainian officials met "
                                  "Russian envoys.");
    assert_int_equal(dyad_feeds_next(fs, &doc, &err), 1);
    assert_string_equal(doc.id, "a2");
    assert_null(doc.date);
    /* the repeated GUID is handed out once */
    assert_int_equal(dyad_feeds_next(fs, &doc, &err), 0);
    dyad_feeds_stats s;
    dyad_feeds_get_stats(fs, &s);
    assert_int_equal(s.items, 2);
    assert_int_equal(s.seen, 1);
    assert_int_equal(s.undated, 1);
    /* without a store nothing is remembered: the next round again */
    dyad_feeds_rewind(fs);
    char ids[256];
    int errors;
    assert_int_equal(round_ids(fs, ids, sizeof ids, &errors), 2);
    dyad_feeds_free(fs);
}

static void test_feeds_rounds_with_a_store(void **state)
{
    (void)state;
    remove(dbpath);
    write_file("a.xml", feed_a);
    dyad_store *st = NULL;
    dyad_error err;
    assert_int_equal(dyad_store_open(&st, dbpath, &err), 0);
    dyad_feeds *fs = session(st, NULL);
    add(fs, "/a.xml");
    char ids[256];
    int errors;
    assert_int_equal(round_ids(fs, ids, sizeof ids, &errors), 2);
    /* not saved (as if the documents were never stored): all again */
    dyad_feeds_rewind(fs);
    assert_int_equal(round_ids(fs, ids, sizeof ids, &errors), 2);
    assert_int_equal(dyad_feeds_save(fs, &err), 0);
    /* saved: a 304, nothing */
    dyad_feeds_rewind(fs);
    assert_int_equal(round_ids(fs, ids, sizeof ids, &errors), 0);
    dyad_feeds_stats s;
    dyad_feeds_get_stats(fs, &s);
    assert_int_equal(s.not_modified, 1);
    assert_int_equal(dyad_feeds_save(fs, &err), 0);
    /* the feed changes: only the new item */
    write_file("a.xml", feed_b);
    dyad_feeds_rewind(fs);
    assert_int_equal(round_ids(fs, ids, sizeof ids, &errors), 1);
    assert_string_equal(ids, "a3");
    dyad_feeds_get_stats(fs, &s);
    assert_int_equal(s.fetched, 1);
    assert_int_equal(s.seen, 1);
    assert_int_equal(dyad_feeds_save(fs, &err), 0);
    dyad_feeds_free(fs);
    /* another session over the same store remembers it all */
    fs = session(st, NULL);
    add(fs, "/a.xml");
    assert_int_equal(round_ids(fs, ids, sizeof ids, &errors), 0);
    dyad_feeds_free(fs);
    dyad_store_close(st);
}

static void test_feeds_failed_feed_between_good_ones(void **state)
{
    (void)state;
    write_file("a.xml", feed_a);
    write_file("b.xml", feed_b);
    dyad_feeds *fs = session(NULL, NULL);
    add(fs, "/a.xml");
    add(fs, "/bad.xml");
    add(fs, "/status/500");
    add(fs, "/b.xml");
    add(fs, "/a.xml"); /* given twice: fetched once */
    dyad_doc doc;
    dyad_error err;
    int rc, docs = 0, failed = 0;
    char first_bad[300] = "";
    while ((rc = dyad_feeds_next(fs, &doc, &err)) != 0) {
        if (rc > 0) {
            docs++;
            continue;
        }
        if (!failed++)
            snprintf(first_bad, sizeof first_bad, "%s:%ld", err.file,
                     err.line);
    }
    assert_int_equal(docs, 4);
    assert_int_equal(failed, 2);
    char want[300];
    snprintf(want, sizeof want, "%s/bad.xml:1", base);
    assert_string_equal(first_bad, want);
    dyad_feeds_stats s;
    dyad_feeds_get_stats(fs, &s);
    assert_int_equal(s.feeds, 4);
    assert_int_equal(s.failed, 2);
    dyad_feeds_free(fs);
}

static void test_feeds_item_limit(void **state)
{
    (void)state;
    write_file("a.xml", feed_a);
    dyad_feed_options o;
    memset(&o, 0, sizeof o);
    o.max_items = 1;
    dyad_feeds *fs = session(NULL, &o);
    add(fs, "/a.xml");
    char ids[256];
    int errors;
    assert_int_equal(round_ids(fs, ids, sizeof ids, &errors), 1);
    dyad_feeds_stats s;
    dyad_feeds_get_stats(fs, &s);
    assert_int_equal(s.dropped, 2);
    dyad_feeds_free(fs);
}

typedef struct warnings {
    int count;
    char first[600];
} warnings;

static void collect(const dyad_error *w, void *ctx)
{
    warnings *ws = ctx;
    if (!ws->count++)
        snprintf(ws->first, sizeof ws->first, "%s:%ld:%ld: %s", w->file,
                 w->line, w->column, w->message);
}

static void test_feeds_lists_and_urls(void **state)
{
    (void)state;
    char list[512], opml[512], text[1024];
    snprintf(list, sizeof list, "%s/feeds.txt", root);
    snprintf(opml, sizeof opml, "%s/feeds.opml", root);
    snprintf(text, sizeof text,
             "# feeds\n%s/a.xml\n\n  not a url\n%s/b.xml # the rest\n", base,
             base);
    write_file("feeds.txt", text);
    snprintf(text, sizeof text,
             "<opml><body><outline xmlUrl=\"%s/a.xml\"/><outline><outline "
             "xmlUrl=\"%s/b.xml\"/></outline></body></opml>",
             base, base);
    write_file("feeds.opml", text);
    warnings ws = {0, ""};
    dyad_feed_options o;
    memset(&o, 0, sizeof o);
    o.warn = collect;
    o.ctx = &ws;
    dyad_feeds *fs = session(NULL, &o);
    size_t bad = 0;
    dyad_error err;
    assert_int_equal(dyad_feeds_add_list(fs, list, &bad, &err), 0);
    assert_int_equal(bad, 1);
    assert_int_equal(ws.count, 1);
    char want[600];
    snprintf(want, sizeof want,
             "%s:4:3: not an http or https URL: line skipped", list);
    assert_string_equal(ws.first, want);
    assert_int_equal(dyad_feeds_add_list(fs, opml, &bad, &err), 0);
    char ids[256];
    int errors;
    /* a.xml and b.xml (its comment cut), and the same two from the OPML:
     * two URLs */
    dyad_feeds_stats s;
    round_ids(fs, ids, sizeof ids, &errors);
    dyad_feeds_get_stats(fs, &s);
    assert_int_equal(s.feeds, 2);
    assert_int_equal(errors, 0);
    assert_int_equal(dyad_feeds_add(fs, "file:///etc/passwd", &err),
                     DYAD_EINVAL);
    assert_int_equal(dyad_feeds_add_list(fs, "/nonexistent/feeds", NULL,
                                         &err),
                     DYAD_EIO);
    write_file("broken.opml", "<opml><body><outline></body></opml>");
    snprintf(opml, sizeof opml, "%s/broken.opml", root);
    assert_int_equal(dyad_feeds_add_list(fs, opml, NULL, &err), DYAD_EINPUT);
    assert_true(err.line == 1 && err.column > 1);
    dyad_feeds_free(fs);
    o.max_feeds = 1;
    fs = session(NULL, &o);
    add(fs, "/a.xml");
    char u[128];
    snprintf(u, sizeof u, "%s/b.xml", base);
    assert_int_equal(dyad_feeds_add(fs, u, &err), DYAD_ELIMIT);
    dyad_feeds_free(fs);
    assert_int_equal(dyad_is_url("HTTPS://x"), 1);
    assert_int_equal(dyad_is_url("ftp://x"), 0);
    assert_int_equal(dyad_is_url("./http://x"), 0);
}

/* a schema 5 store gets the feed tables, and keeps its documents */
static void test_feeds_store_migration_v6(void **state)
{
    (void)state;
    char p[512], cmd[2000];
    snprintf(p, sizeof p, "%s/v5.db", root);
    remove(p);
    dyad_store *st = NULL;
    dyad_error err;
    assert_int_equal(dyad_store_open(&st, p, &err), 0);
    dyad_store_close(st);
    snprintf(cmd, sizeof cmd,
             "sqlite3 '%s' 'DROP TABLE feeds; DROP TABLE feed_items; "
             /* and what schemas 7 to 16 added after them */
             "DROP INDEX events_root_day; DROP INDEX mentions_sentence; "
             "DROP INDEX events_left_out; "
             "DROP TABLE near_bands_recent; "
             "DROP TABLE near_bands; DROP TABLE near_sigs; "
             "DROP TABLE content_keys; DROP TABLE content_keys_recent; "
             "DROP TRIGGER mentions_range; "
             "DROP TABLE doc_keys; DROP TABLE doc_keys_recent; "
             "DROP INDEX documents_legacy; "
             "DROP INDEX documents_article; "
             "ALTER TABLE documents DROP COLUMN content; "
             "ALTER TABLE documents DROP COLUMN origin; "
             "ALTER TABLE documents DROP COLUMN datetime; "
             "ALTER TABLE documents DROP COLUMN article; "
             "ALTER TABLE documents DROP COLUMN similarity; "
             "PRAGMA user_version=5;' && test \"$(sqlite3 '%s' 'PRAGMA "
             "user_version')\" = 5",
             p, p);
    assert_int_equal(system(cmd), 0);
    assert_int_equal(dyad_store_open(&st, p, &err), 0);
    dyad_store_close(st);
    snprintf(cmd, sizeof cmd,
             "test \"$(sqlite3 '%s' 'PRAGMA user_version; SELECT count(*) "
             "FROM feeds; SELECT count(*) FROM feed_items' | tr '\\n' ' ')\" "
             "= '17 0 0 '",
             p);
    assert_int_equal(system(cmd), 0);
    assert_int_equal(DYAD_STORE_SCHEMA, 17);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_feeds_items_as_documents),
        cmocka_unit_test(test_feeds_rounds_with_a_store),
        cmocka_unit_test(test_feeds_failed_feed_between_good_ones),
        cmocka_unit_test(test_feeds_item_limit),
        cmocka_unit_test(test_feeds_lists_and_urls),
        cmocka_unit_test(test_feeds_store_migration_v6),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
