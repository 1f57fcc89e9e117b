/* test_feed.c - the feed room's parsers on fixtures written for these
 * tests (tests/fixtures/feeds/): RSS 2.0, RSS 1.0 in Latin-1, Atom with
 * html, xhtml and text content, OPML, malformed XML with its line and
 * column, the limit on items, sniffing bodies, and main text from HTML
 * pages and fragments (scripts, navigation, boilerplate and repeated
 * headlines removed). */
#include "helpers.h"

#include "feed/feed.h"

static char *read_fixture(const char *name, size_t *len)
{
    char path[1024];
    const char *src = getenv("DYAD_SOURCE_DIR");
    snprintf(path, sizeof path, "%s/tests/fixtures/feeds/%s",
             src ? src : ".", name);
    FILE *f = fopen(path, "rb");
    if (!f)
        fail_msg("cannot open %s", path);
    char *buf = malloc(1 << 20);
    assert_non_null(buf);
    *len = fread(buf, 1, (1 << 20) - 1, f);
    buf[*len] = '\0';
    fclose(f);
    return buf;
}

static void parse_fixture(dy_feed *f, const char *name, const char *base)
{
    size_t len;
    char *data = read_fixture(name, &len);
    dyad_error err;
    memset(&err, 0, sizeof err);
    int rc = dy_feed_parse(f, data, len, base, 0, NULL, &err);
    if (rc)
        fail_msg("%s: %s:%ld:%ld: %s", name, err.file, err.line, err.column,
                 err.message);
    free(data);
}

static void test_feed_rss2(void **state)
{
    (void)state;
    dy_feed f;
    parse_fixture(&f, "rss2.xml", "http://wire.test/rss2.xml");
    assert_int_equal(f.kind, DY_FEED_RSS2);
    assert_string_equal(f.title, "Test Wire");
    assert_int_equal(f.count, 3);
    const dy_feed_item *a = &f.items[0];
    assert_string_equal(a->id, "wire-0001");
    assert_string_equal(a->url, "http://wire.test/news/talks.html");
    assert_string_equal(a->title, "Ukraine and Russia hold talks in Geneva");
    assert_string_equal(a->date, "Tue, 19 Nov 2024 10:00:00 GMT");
    /* the repeated headline, the script and the link line are gone */
    assert_string_equal(a->text,
                        "Ukrainian officials met Russian envoys in Geneva on "
                        "Monday.");
    const dy_feed_item *b = &f.items[1];
    /* no guid: the link, made absolute, is the id; content:encoded wins
     * over the description */
    assert_string_equal(b->url, "http://wire.test/news/tbilisi.html");
    assert_string_equal(b->id, b->url);
    assert_string_equal(b->text,
                        "Thousands of protesters rallied against the "
                        "government in Tbilisi.\n\nPolice detained several "
                        "demonstrators, officials said.");
    const dy_feed_item *c = &f.items[2];
    assert_string_equal(c->id, "http://wire.test/news/headline-only");
    assert_null(c->url);
    assert_string_equal(c->date, "2024-11-21");
    assert_null(c->text);
    dy_feed_free(&f);
}

static void test_feed_rss1_latin1(void **state)
{
    (void)state;
    dy_feed f;
    parse_fixture(&f, "rss1.rdf", NULL);
    assert_int_equal(f.kind, DY_FEED_RSS1);
    assert_string_equal(f.title, "RDF Desk");
    assert_int_equal(f.count, 2);
    assert_string_equal(f.items[0].id, "http://rdf.test/a1");
    assert_string_equal(f.items[0].date, "2024-11-19T10:00:00Z");
    assert_non_null(strstr(f.items[0].text, "Caf\xC3\xA9 owners fled."));
    /* Latin-1 bytes come out as UTF-8 */
    assert_non_null(strstr(f.items[1].text, "d\xC3\xA9j\xC3\xA0 vu"));
    assert_null(f.items[1].date);
    dy_feed_free(&f);
}

static void test_feed_atom(void **state)
{
    (void)state;
    dy_feed f;
    parse_fixture(&f, "atom.xml", "http://atom.test/feed.atom");
    assert_int_equal(f.kind, DY_FEED_ATOM);
    assert_string_equal(f.title, "Atom Desk");
    assert_string_equal(f.link, "http://atom.test/");
    assert_int_equal(f.count, 3);
    const dy_feed_item *a = &f.items[0];
    assert_string_equal(a->id, "urn:uuid:entry-1");
    /* relative to xml:base */
    assert_string_equal(a->url, "http://atom.test/blog/kharkiv.html");
    assert_string_equal(a->date, "2024-11-19T09:00:00+02:00");
    assert_string_equal(a->text, "Russian troops shelled Kharkiv overnight, "
                                 "regional officials said.");
    const dy_feed_item *b = &f.items[1];
    assert_string_equal(b->date, "2024-11-20T00:00:00Z");
    assert_string_equal(b->text, "American and Chinese envoys met in Beijing "
                                 "on Tuesday.");
    const dy_feed_item *c = &f.items[2];
    assert_null(c->url);
    assert_string_equal(c->id, "urn:uuid:entry-3");
    /* type text: markup-like characters are text */
    assert_string_equal(c->text, "Turkey condemned the attack <strongly>.");
    dy_feed_free(&f);
}

static void test_feed_opml(void **state)
{
    (void)state;
    dy_feed f;
    parse_fixture(&f, "list.opml", "http://lists.test/list.opml");
    assert_int_equal(f.kind, DY_FEED_OPML);
    /* nested outlines are read; htmlUrl and file: are not feeds */
    assert_int_equal(f.url_count, 2);
    assert_string_equal(f.urls[0], "http://wire.test/rss2.xml");
    assert_string_equal(f.urls[1], "http://atom.test/atom.xml");
    dy_feed_free(&f);
}

static void test_feed_malformed_names_line_and_column(void **state)
{
    (void)state;
    size_t len;
    char *data = read_fixture("malformed.xml", &len);
    dy_feed f;
    dyad_error err;
    memset(&err, 0, sizeof err);
    int rc = dy_feed_parse(&f, data, len, "http://bad.test/feed", 0, NULL,
                           &err);
    assert_int_equal(rc, DYAD_EINPUT);
    assert_string_equal(err.file, "http://bad.test/feed");
    assert_int_equal(err.line, 5);
    assert_true(err.column > 1);
    assert_non_null(strstr(err.message, "not well-formed XML"));
    assert_non_null(strstr(err.message, "mismatch"));
    dy_feed_free(&f);
    free(data);
}

static void test_feed_refuses_other_xml_and_empty(void **state)
{
    (void)state;
    dy_feed f;
    dyad_error err;
    const char *svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>";
    assert_int_equal(dy_feed_parse(&f, svg, strlen(svg), "u", 0, NULL, &err),
                     DYAD_EINPUT);
    assert_non_null(strstr(err.message, "root element is <svg>"));
    dy_feed_free(&f);
    assert_int_equal(dy_feed_parse(&f, "", 0, "u", 0, NULL, &err),
                     DYAD_EINPUT);
    dy_feed_free(&f);
    /* an external entity is neither fetched nor expanded */
    const char *xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM "
        "\"file:///etc/passwd\">]><rss><channel><item><title>&x;</title>"
        "<guid>g</guid></item></channel></rss>";
    assert_int_equal(dy_feed_parse(&f, xxe, strlen(xxe), "u", 0, NULL, &err),
                     0);
    assert_int_equal(f.count, 1);
    assert_null(f.items[0].title);
    dy_feed_free(&f);
}

static void test_feed_item_limit(void **state)
{
    (void)state;
    dy_buf b;
    dy_buf_init(&b, NULL);
    dy_buf_puts(&b, "<rss><channel>");
    for (int i = 0; i < 50; i++)
        dy_buf_printf(&b, "<item><guid>g%d</guid><title>t%d</title></item>",
                      i, i);
    dy_buf_puts(&b, "</channel></rss>");
    dy_feed f;
    dyad_error err;
    assert_int_equal(dy_feed_parse(&f, b.data, b.len, NULL, 20, NULL, &err),
                     0);
    assert_int_equal(f.count, 20);
    assert_int_equal(f.dropped, 30);
    assert_string_equal(f.items[19].id, "g19");
    dy_feed_free(&f);
    dy_buf_free(&b);
}

static void test_feed_sniff(void **state)
{
    (void)state;
    const char *rss = "\xEF\xBB\xBF  <?xml version=\"1.0\"?>\n<!-- c -->"
                      "<rss version=\"2.0\">";
    assert_int_equal(dy_feed_sniff(rss, strlen(rss), "text/html"),
                     DY_BODY_FEED);
    const char *atom = "<feed xmlns=\"http://www.w3.org/2005/Atom\">";
    assert_int_equal(dy_feed_sniff(atom, strlen(atom), NULL), DY_BODY_FEED);
    const char *rdf = "<rdf:RDF xmlns:rdf=\"x\">";
    assert_int_equal(dy_feed_sniff(rdf, strlen(rdf), "text/plain"),
                     DY_BODY_FEED);
    const char *opml = "<?xml version=\"1.0\"?><opml>";
    assert_int_equal(dy_feed_sniff(opml, strlen(opml), NULL), DY_BODY_OPML);
    const char *html = "<!DOCTYPE html><html><p>x";
    assert_int_equal(dy_feed_sniff(html, strlen(html), "application/rss+xml"),
                     DY_BODY_HTML);
    assert_int_equal(dy_feed_sniff("<p>hi", 5, "text/html; charset=utf-8"),
                     DY_BODY_HTML);
    assert_int_equal(dy_feed_sniff("hello", 5, "text/plain"), DY_BODY_TEXT);
    assert_int_equal(dy_feed_sniff("\x89PNG\r\n", 6, "image/png"),
                     DY_BODY_OTHER);
    assert_int_equal(dy_feed_sniff("{\"a\":1}", 7, "application/rss+xml"),
                     DY_BODY_OTHER);
}

static void test_html_article_main_text(void **state)
{
    (void)state;
    size_t len;
    char *html = read_fixture("article.html", &len);
    dy_buf out;
    dy_buf_init(&out, NULL);
    dy_html_meta meta;
    dyad_error err;
    assert_int_equal(dy_html_text(&out, html, len, NULL, DY_HTML_PAGE, NULL,
                                  &meta, &err),
                     0);
    /* the paragraphs of the article, once each; not the script, the
     * repeated headline, the byline, the aside, the share links, the
     * hidden paragraph, the form, the menus, the footer */
    assert_string_equal(out.data,
                        "Russian troops shelled Kharkiv overnight, regional "
                        "officials said.\n\n"
                        "The governor said three people were wounded in the "
                        "attack on the city.\n\n"
                        "Ukrainian forces returned fire near the border, the "
                        "army said.");
    assert_string_equal(meta.title, "Troops shell Kharkiv");
    assert_string_equal(meta.site, "Test Wire");
    assert_string_equal(meta.date, "2024-11-19T09:00:00Z");
    dy_html_meta_free(&meta, NULL);
    dy_buf_free(&out);
    free(html);
}

static void test_html_page_without_article(void **state)
{
    (void)state;
    size_t len;
    char *html = read_fixture("nomain.html", &len);
    dy_buf out;
    dy_buf_init(&out, NULL);
    assert_int_equal(dy_html_text(&out, html, len, NULL, DY_HTML_PAGE, NULL,
                                  NULL, NULL),
                     0);
    assert_string_equal(out.data,
                        "Pakistan accused India of violating the ceasefire "
                        "along the border.\n\nIndian officials rejected the "
                        "accusation on Wednesday afternoon.");
    dy_buf_free(&out);
    free(html);
}

static void test_html_fragment_and_charset(void **state)
{
    (void)state;
    dy_buf out;
    dy_buf_init(&out, NULL);
    /* a fragment keeps short lines; <br> breaks a paragraph */
    const char *frag = "Kyiv<br>Officials&nbsp;met &amp; talked";
    assert_int_equal(dy_html_text(&out, frag, strlen(frag), NULL, 0, NULL,
                                  NULL, NULL),
                     0);
    assert_string_equal(out.data, "Kyiv\n\nOfficials met & talked");
    /* the header's charset decodes Windows-1252 bytes */
    out.len = 0;
    const char *cp = "<p>Caf\xE9 \x93quoted\x94</p>";
    assert_int_equal(dy_html_text(&out, cp, strlen(cp), "windows-1252", 0,
                                  NULL, NULL, NULL),
                     0);
    assert_string_equal(out.data,
                        "Caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D");
    dy_buf_free(&out);
}

/* invalid bytes after '&' (an entity that is not one): libxml2's HTML
 * parser passes them through; the text gets U+FFFD for them, so
 * dyad_code never rejects it (found by fuzz_feed) */
static void test_html_invalid_utf8_replaced(void **state)
{
    (void)state;
    const char *html = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                       "<html><head><title>T</title></head><body><p>"
                       "Officials met &\xff\xfe in Kyiv.</p></body></html>";
    dy_buf out;
    dy_buf_init(&out, NULL);
    dy_html_meta meta;
    assert_int_equal(dy_html_text(&out, html, strlen(html), NULL, 0, NULL,
                                  &meta, NULL),
                     0);
    int nul;
    assert_int_equal(dy_utf8_check(out.data, out.len, &nul), (size_t)-1);
    assert_non_null(strstr(out.data, "Officials met"));
    assert_non_null(strstr(out.data, " in Kyiv."));
    if (meta.title)
        assert_int_equal(dy_utf8_check(meta.title, strlen(meta.title), &nul),
                         (size_t)-1);
    dy_html_meta_free(&meta, NULL);
    dy_buf_free(&out);
}

static void test_html_deep_nesting_is_bounded(void **state)
{
    (void)state;
    dy_buf b, out;
    dy_buf_init(&b, NULL);
    dy_buf_init(&out, NULL);
    for (int i = 0; i < 100000; i++)
        dy_buf_puts(&b, "<div>");
    dy_buf_puts(&b, "deep text");
    assert_int_equal(dy_html_text(&out, b.data, b.len, NULL, DY_HTML_PAGE,
                                  NULL, NULL, NULL),
                     0);
    dy_buf_free(&b);
    dy_buf_free(&out);
}

/* every allocation failing in turn: DYAD_ENOMEM or success, never a
 * crash, and nothing of ours left allocated */
static void test_feed_out_of_memory(void **state)
{
    (void)state;
    const char *names[] = {"rss2.xml", "atom.xml", "rss1.rdf", "list.opml"};
    for (size_t k = 0; k < sizeof names / sizeof names[0]; k++) {
        size_t len;
        char *data = read_fixture(names[k], &len);
        for (long n = 1;; n++) {
            th_failing fl;
            memset(&fl, 0, sizeof fl);
            fl.fail_at = n;
            dyad_allocator a = th_failing_allocator(&fl);
            dy_mem mem = {&a};
            dy_feed f;
            dyad_error err;
            int rc = dy_feed_parse(&f, data, len, "http://x.test/", 0, &mem,
                                   &err);
            if (rc != 0 && rc != DYAD_ENOMEM)
                fail_msg("%s, allocation %ld failing: rc %d", names[k], n,
                         rc);
            dy_feed_free(&f);
            assert_int_equal(fl.live, 0);
            if (rc == 0 && fl.calls < n)
                break; /* no allocation failed: all were tried */
            assert_true(n < 10000);
        }
        free(data);
    }
    size_t len;
    char *html = read_fixture("article.html", &len);
    for (long n = 1;; n++) {
        th_failing fl;
        memset(&fl, 0, sizeof fl);
        fl.fail_at = n;
        dyad_allocator a = th_failing_allocator(&fl);
        dy_mem mem = {&a};
        dy_buf out;
        dy_buf_init(&out, &mem);
        dy_html_meta meta;
        int rc = dy_html_text(&out, html, len, NULL, DY_HTML_PAGE, NULL,
                              &meta, NULL);
        assert_true(rc == 0 || rc == DYAD_ENOMEM);
        dy_html_meta_free(&meta, &mem);
        dy_buf_free(&out);
        assert_int_equal(fl.live, 0);
        if (rc == 0 && fl.calls < n)
            break;
        assert_true(n < 10000);
    }
    free(html);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_feed_rss2),
        cmocka_unit_test(test_feed_rss1_latin1),
        cmocka_unit_test(test_feed_atom),
        cmocka_unit_test(test_feed_opml),
        cmocka_unit_test(test_feed_malformed_names_line_and_column),
        cmocka_unit_test(test_feed_refuses_other_xml_and_empty),
        cmocka_unit_test(test_feed_item_limit),
        cmocka_unit_test(test_feed_sniff),
        cmocka_unit_test(test_html_article_main_text),
        cmocka_unit_test(test_html_page_without_article),
        cmocka_unit_test(test_html_fragment_and_charset),
        cmocka_unit_test(test_html_invalid_utf8_replaced),
        cmocka_unit_test(test_html_deep_nesting_is_bounded),
        cmocka_unit_test(test_feed_out_of_memory),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
