/* test_fetch.c - the fetch room against the tests' own HTTP server on
 * 127.0.0.1 (tests/feedserver/): a plain GET and its User-Agent,
 * conditional GET by ETag and by Last-Modified, gzip and deflate,
 * redirects and too many of them, retries with back-off on 503 and none
 * on 404, a time-out, size limits with and without a length, the
 * per-host interval, robots.txt (fetched once per origin; absent allows
 * all) and its rules, a stop request, and URLs that are not http(s).
 * Nothing leaves the machine. */
#define _POSIX_C_SOURCE 200809L
#include "helpers.h"

#include "fetch/fetch.h"
#include "server.h"

#include <time.h>

static char root[256], root2[256], logpath[300];
static fs_server *srv, *srv2;
static char base[64], base2[64];

static void write_file(const char *dir, const char *name, const char *text)
{
    char p[512];
    snprintf(p, sizeof p, "%s/%s", dir, name);
    FILE *f = fopen(p, "wb");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

static const char robots[] = "# test robots\n"
                             "User-agent: *\n"
                             "Disallow: /private\n"
                             "\n"
                             "User-agent: Dyad/2.0\n"
                             "User-agent: other\n"
                             "Disallow: /nodyad\n"
                             "Allow: /nodyad/ok\n";

static const char feed[] = "<rss><channel><title>T</title><item><guid>g1"
                           "</guid><title>Officials met.</title></item>"
                           "</channel></rss>\n";

static int setup(void **state)
{
    (void)state;
    unsetenv("http_proxy");
    unsetenv("HTTP_PROXY");
    unsetenv("https_proxy");
    unsetenv("all_proxy");
    unsetenv("ALL_PROXY");
    if (th_tmpdir_make(root, sizeof root, "dyad-test-fetch") ||
        th_tmpdir_make(root2, sizeof root2, "dyad-test-fetch2"))
        return -1;
    write_file(root, "feed.xml", feed);
    write_file(root, "robots.txt", robots);
    write_file(root2, "feed.xml", feed);
    snprintf(logpath, sizeof logpath, "%s/requests.log", root);
    srv = fs_start(root, logpath);
    srv2 = fs_start(root2, NULL);
    if (!srv || !srv2)
        return -1;
    snprintf(base, sizeof base, "http://127.0.0.1:%d", fs_port(srv));
    snprintf(base2, sizeof base2, "http://127.0.0.1:%d", fs_port(srv2));
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    fs_stop(srv);
    fs_stop(srv2);
    th_tmpdir_remove(root2);
    return th_tmpdir_remove(root);
}

/* a fetcher with no waits between requests unless asked */
static dy_fetcher *fetcher(dy_fetch_opts *o)
{
    dy_fetch_opts d;
    memset(&d, 0, sizeof d);
    if (!o)
        o = &d;
    if (!o->host_interval_ms)
        o->host_interval_ms = -1;
    if (!o->backoff_ms)
        o->backoff_ms = 10;
    dy_fetcher *f = NULL;
    assert_int_equal(dy_fetcher_new(&f, o, NULL, NULL), 0);
    return f;
}

static int get(dy_fetcher *f, const char *path, const char *etag,
               const char *lm, dy_response *r, dyad_error *err)
{
    char url[512];
    snprintf(url, sizeof url, "%s%s", base, path);
    memset(err, 0, sizeof *err);
    return dy_fetch(f, url, etag, lm, r, err);
}

/* the last line of the request log that contains frag, or NULL */
static char *log_line(const char *frag, int *count)
{
    static char line[1024], last[1024];
    FILE *f = fopen(logpath, "r");
    assert_non_null(f);
    int n = 0;
    last[0] = '\0';
    while (fgets(line, sizeof line, f))
        if (strstr(line, frag)) {
            n++;
            snprintf(last, sizeof last, "%s", line);
        }
    fclose(f);
    if (count)
        *count = n;
    return n ? last : NULL;
}

static void test_fetch_get_and_user_agent(void **state)
{
    (void)state;
    dy_fetcher *f = fetcher(NULL);
    dy_response r;
    dyad_error err;
    memset(&r, 0, sizeof r);
    assert_int_equal(get(f, "/feed.xml?t=ua", NULL, NULL, &r, &err), 0);
    assert_int_equal(r.status, 200);
    assert_int_equal(r.body.len, strlen(feed));
    assert_memory_equal(r.body.data, feed, r.body.len);
    assert_string_equal(r.ctype, "application/rss+xml");
    assert_true(r.etag[0] == '"');
    assert_string_equal(r.last_modified, "Tue, 19 Nov 2024 10:00:00 GMT");
    assert_int_equal(r.attempts, 1);
    char *line = log_line("t=ua", NULL);
    assert_non_null(line);
    assert_non_null(strstr(line, "ua=dyad/" DYAD_VERSION_STRING));
    /* gzip and deflate are offered */
    assert_non_null(strstr(line, "gzip"));
    assert_non_null(strstr(line, "deflate"));
    dy_response_free(&r);
    dy_fetcher_free(f);
}

static void test_fetch_conditional_get(void **state)
{
    (void)state;
    dy_fetcher *f = fetcher(NULL);
    dy_response r;
    dyad_error err;
    memset(&r, 0, sizeof r);
    assert_int_equal(get(f, "/feed.xml", NULL, NULL, &r, &err), 0);
    char etag[256], lm[64];
    snprintf(etag, sizeof etag, "%s", r.etag);
    snprintf(lm, sizeof lm, "%s", r.last_modified);
    assert_int_equal(get(f, "/feed.xml?t=inm", etag, NULL, &r, &err), 0);
    assert_int_equal(r.status, 304);
    assert_true(r.not_modified);
    assert_int_equal(r.body.len, 0);
    char *line = log_line("t=inm", NULL);
    assert_non_null(strstr(line, "status=304"));
    /* a stale ETag gets the body */
    assert_int_equal(get(f, "/feed.xml", "\"old\"", NULL, &r, &err), 0);
    assert_int_equal(r.status, 200);
    assert_false(r.not_modified);
    /* a server without ETags answers If-Modified-Since */
    assert_int_equal(get(f, "/feed.xml?noetag=1&t=ims", NULL, lm, &r, &err),
                     0);
    assert_true(r.not_modified);
    assert_non_null(strstr(log_line("t=ims", NULL), "ims=Tue, 19 Nov 2024"));
    dy_response_free(&r);
    dy_fetcher_free(f);
}

static void test_fetch_gzip_and_deflate(void **state)
{
    (void)state;
    dy_fetcher *f = fetcher(NULL);
    dy_response r;
    dyad_error err;
    memset(&r, 0, sizeof r);
    assert_int_equal(get(f, "/feed.xml?gzip=1", NULL, NULL, &r, &err), 0);
    assert_int_equal(r.body.len, strlen(feed));
    assert_memory_equal(r.body.data, feed, r.body.len);
    assert_int_equal(get(f, "/feed.xml?deflate=1", NULL, NULL, &r, &err), 0);
    assert_int_equal(r.body.len, strlen(feed));
    assert_memory_equal(r.body.data, feed, r.body.len);
    dy_response_free(&r);
    dy_fetcher_free(f);
}

static void test_fetch_redirects(void **state)
{
    (void)state;
    dy_fetcher *f = fetcher(NULL);
    dy_response r;
    dyad_error err;
    memset(&r, 0, sizeof r);
    assert_int_equal(get(f, "/redirect/2/feed.xml", NULL, NULL, &r, &err), 0);
    assert_int_equal(r.status, 200);
    char want[128];
    snprintf(want, sizeof want, "%s/feed.xml", base);
    assert_string_equal(r.url, want);
    /* one hop at a time: the 302 and where it points */
    snprintf(want, sizeof want, "%s/redirect/1/feed.xml", base);
    assert_int_equal(dy_fetch_hop(f, want, &r, &err), 0);
    assert_int_equal(r.status, 302);
    snprintf(want, sizeof want, "%s/redirect/0/feed.xml", base);
    assert_string_equal(r.redirect, want);
    assert_int_equal(r.body.len, 0);
    assert_int_equal(dy_fetch_max_redirects(f), 5);
    assert_int_equal(get(f, "/redirect/9/feed.xml", NULL, NULL, &r, &err),
                     DYAD_ELIMIT);
    assert_non_null(strstr(err.message, "more than 5 redirects"));
    assert_non_null(strstr(err.file, "/redirect/9/feed.xml"));
    dy_response_free(&r);
    dy_fetcher_free(f);
}

static void test_fetch_retries_with_backoff(void **state)
{
    (void)state;
    dy_fetch_opts o;
    memset(&o, 0, sizeof o);
    o.backoff_ms = 100;
    dy_fetcher *f = fetcher(&o);
    dy_response r;
    dyad_error err;
    memset(&r, 0, sizeof r);
    /* two 503s, then the file: three attempts (the default two retries) */
    assert_int_equal(get(f, "/flaky/2/feed.xml", NULL, NULL, &r, &err), 0);
    assert_int_equal(r.attempts, 3);
    int n;
    char *line = log_line("/flaky/2/", &n);
    assert_int_equal(n, 3);
    assert_non_null(strstr(line, "status=200"));
    /* the back-off: 100 ms, then 200 ms, as the server saw it */
    FILE *lf = fopen(logpath, "r");
    char buf[1024];
    long t[3] = {0, 0, 0};
    int k = 0;
    while (fgets(buf, sizeof buf, lf) && k < 3)
        if (strstr(buf, "/flaky/2/"))
            t[k++] = strtol(strstr(buf, " ms=") + 4, NULL, 10);
    fclose(lf);
    assert_true(t[1] - t[0] >= 95);
    assert_true(t[2] - t[1] >= 195);
    /* more failures than retries */
    assert_int_equal(get(f, "/flaky/5/feed.xml", NULL, NULL, &r, &err),
                     DYAD_EIO);
    assert_non_null(strstr(err.message, "HTTP status 503 (3 attempts)"));
    /* a 404 is not retried */
    assert_int_equal(get(f, "/status/404", NULL, NULL, &r, &err), DYAD_EIO);
    assert_int_equal(r.attempts, 1);
    assert_non_null(strstr(err.message, "HTTP status 404 (1 attempt)"));
    dy_response_free(&r);
    dy_fetcher_free(f);
}

static void test_fetch_timeout(void **state)
{
    (void)state;
    dy_fetch_opts o;
    memset(&o, 0, sizeof o);
    o.timeout_ms = 300;
    o.retries = -1;
    dy_fetcher *f = fetcher(&o);
    dy_response r;
    dyad_error err;
    memset(&r, 0, sizeof r);
    assert_int_equal(get(f, "/slow/2000/feed.xml", NULL, NULL, &r, &err),
                     DYAD_EIO);
    assert_int_equal(r.attempts, 1);
    assert_non_null(strstr(err.message, "timed out"));
    dy_response_free(&r);
    dy_fetcher_free(f);
}

static void test_fetch_size_limit(void **state)
{
    (void)state;
    dy_fetch_opts o;
    memset(&o, 0, sizeof o);
    o.max_bytes = 100000;
    dy_fetcher *f = fetcher(&o);
    dy_response r;
    dyad_error err;
    memset(&r, 0, sizeof r);
    assert_int_equal(get(f, "/big/99000", NULL, NULL, &r, &err), 0);
    assert_int_equal(r.body.len, 99000);
    /* announced by Content-Length, and streamed without one */
    assert_int_equal(get(f, "/big/300000", NULL, NULL, &r, &err),
                     DYAD_ELIMIT);
    assert_non_null(strstr(err.message, "larger than 100000 bytes"));
    assert_int_equal(get(f, "/stream/300000", NULL, NULL, &r, &err),
                     DYAD_ELIMIT);
    assert_true(r.body.len <= 100000);
    assert_int_equal(r.attempts, 1); /* not retried */
    dy_response_free(&r);
    dy_fetcher_free(f);
}

static void test_fetch_host_interval(void **state)
{
    (void)state;
    dy_fetch_opts o;
    memset(&o, 0, sizeof o);
    o.host_interval_ms = 250;
    dy_fetcher *f = fetcher(&o);
    dy_response r;
    dyad_error err;
    memset(&r, 0, sizeof r);
    for (int i = 0; i < 3; i++)
        assert_int_equal(get(f, "/feed.xml?t=interval", NULL, NULL, &r, &err),
                         0);
    FILE *lf = fopen(logpath, "r");
    char buf[1024];
    long t[3] = {0, 0, 0};
    int k = 0;
    while (fgets(buf, sizeof buf, lf) && k < 3)
        if (strstr(buf, "t=interval"))
            t[k++] = strtol(strstr(buf, " ms=") + 4, NULL, 10);
    fclose(lf);
    assert_int_equal(k, 3);
    assert_true(t[1] - t[0] >= 245);
    assert_true(t[2] - t[1] >= 245);
    dy_response_free(&r);
    dy_fetcher_free(f);
}

static void test_fetch_robots(void **state)
{
    (void)state;
    dy_fetcher *f = fetcher(NULL);
    dyad_error err;
    char url[256];
    int allowed = -1;
    struct {
        const char *path;
        int allowed;
    } cases[] = {{"/public.html", 1},     {"/nodyad/page.html", 0},
                 {"/nodyad/ok.html", 1},  {"/private/page.html", 1},
                 {"/nodyad?x=1", 0}};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        snprintf(url, sizeof url, "%s%s", base, cases[i].path);
        assert_int_equal(dy_fetch_allowed(f, url, &allowed, &err), 0);
        if (allowed != cases[i].allowed)
            fail_msg("%s: allowed %d", cases[i].path, allowed);
    }
    int n;
    log_line("/robots.txt", &n);
    assert_int_equal(n, 1); /* once per origin */
    /* no robots.txt (404): everything allowed */
    snprintf(url, sizeof url, "%s/nodyad/page.html", base2);
    assert_int_equal(dy_fetch_allowed(f, url, &allowed, &err), 0);
    assert_int_equal(allowed, 1);
    assert_int_equal(dy_fetch_allowed(f, "ftp://x/y", &allowed, &err),
                     DYAD_EINVAL);
    dy_fetcher_free(f);
}

static void test_robots_rules(void **state)
{
    (void)state;
    const char *a = "User-agent: *\nDisallow: /\nAllow: /news/\n"
                    "Disallow: /news/*.pdf$\nDisallow: /*?print=1\n";
    assert_int_equal(dy_robots_allows(a, strlen(a), "dyad", "/"), 0);
    assert_int_equal(dy_robots_allows(a, strlen(a), "dyad", "/news/x.html"),
                     1);
    assert_int_equal(dy_robots_allows(a, strlen(a), "dyad", "/news/x.pdf"),
                     0);
    assert_int_equal(dy_robots_allows(a, strlen(a), "dyad",
                                      "/news/x.pdf?v=1"),
                     1);
    assert_int_equal(dy_robots_allows(a, strlen(a), "dyad",
                                      "/news/a?print=1"),
                     0);
    /* an empty Disallow allows all; a tie goes to Allow */
    const char *b = "User-agent: DYAD\nDisallow:\n\nUser-agent: *\n"
                    "Disallow: /\n";
    assert_int_equal(dy_robots_allows(b, strlen(b), "dyad", "/x"), 1);
    const char *c = "user-agent: *\r\ndisallow: /a # comment\r\n"
                    "allow: /a\r\n";
    assert_int_equal(dy_robots_allows(c, strlen(c), "dyad", "/a/b"), 1);
    /* no group for us and no '*': allowed */
    const char *d = "User-agent: otherbot\nDisallow: /\n";
    assert_int_equal(dy_robots_allows(d, strlen(d), "dyad", "/x"), 1);
    assert_int_equal(dy_robots_allows("", 0, "dyad", "/x"), 1);
}

static int stop_now(void *ctx)
{
    return ++*(int *)ctx > 2;
}

static void test_fetch_stops_when_asked(void **state)
{
    (void)state;
    int calls = 0;
    dy_fetch_opts o;
    memset(&o, 0, sizeof o);
    o.should_stop = stop_now;
    o.ctx = &calls;
    dy_fetcher *f = fetcher(&o);
    dy_response r;
    dyad_error err;
    memset(&r, 0, sizeof r);
    assert_int_equal(get(f, "/slow/1500/feed.xml", NULL, NULL, &r, &err),
                     DYAD_EIO);
    assert_non_null(strstr(err.message, "interrupted"));
    dy_response_free(&r);
    dy_fetcher_free(f);
}

static void test_fetch_refuses_other_schemes_and_closed_ports(void **state)
{
    (void)state;
    dy_fetch_opts o;
    memset(&o, 0, sizeof o);
    o.retries = 1;
    dy_fetcher *f = fetcher(&o);
    dy_response r;
    dyad_error err;
    memset(&r, 0, sizeof r);
    assert_int_equal(dy_fetch(f, "file:///etc/passwd", NULL, NULL, &r, &err),
                     DYAD_EINVAL);
    assert_int_equal(dy_fetch(f, "gopher://127.0.0.1/", NULL, NULL, &r, &err),
                     DYAD_EINVAL);
    /* a port nobody listens on (port 1, below any ephemeral one) */
    assert_int_equal(dy_fetch(f, "http://127.0.0.1:1/feed.xml", NULL, NULL,
                              &r, &err),
                     DYAD_EIO);
    assert_int_equal(r.attempts, 2);
    dy_response_free(&r);
    dy_fetcher_free(f);
}

static void test_fetch_charset(void **state)
{
    (void)state;
    char cs[40];
    dy_fetch_charset("text/html; charset=\"UTF-8\"; x=1", cs, sizeof cs);
    assert_string_equal(cs, "UTF-8");
    dy_fetch_charset("text/html;charset=windows-1252", cs, sizeof cs);
    assert_string_equal(cs, "windows-1252");
    dy_fetch_charset("text/html", cs, sizeof cs);
    assert_string_equal(cs, "");
    dy_fetch_charset(NULL, cs, sizeof cs);
    assert_string_equal(cs, "");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fetch_get_and_user_agent),
        cmocka_unit_test(test_fetch_conditional_get),
        cmocka_unit_test(test_fetch_gzip_and_deflate),
        cmocka_unit_test(test_fetch_redirects),
        cmocka_unit_test(test_fetch_retries_with_backoff),
        cmocka_unit_test(test_fetch_timeout),
        cmocka_unit_test(test_fetch_size_limit),
        cmocka_unit_test(test_fetch_host_interval),
        cmocka_unit_test(test_fetch_robots),
        cmocka_unit_test(test_robots_rules),
        cmocka_unit_test(test_fetch_charset),
        cmocka_unit_test(test_fetch_stops_when_asked),
        cmocka_unit_test(test_fetch_refuses_other_schemes_and_closed_ports),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
