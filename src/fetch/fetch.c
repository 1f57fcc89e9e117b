/*
 * fetch.c - GET with libcurl for feeds and pages: time-outs, redirects
 * and body size bounded, conditional GET, retries with back-off, one
 * request per host per interval, robots.txt per origin (robots.c). One
 * easy handle per fetcher, so connections to a host are reused. Waits
 * poll should_stop, so a signal ends a long back-off or a slow transfer.
 */
#define _POSIX_C_SOURCE 200809L
#include "fetch/fetch.h"

#include <curl/curl.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#define DEF_CONNECT_MS 10000
#define DEF_TIMEOUT_MS 30000
#define DEF_REDIRECTS 5
#define DEF_MAX_BYTES (8u << 20)
#define DEF_RETRIES 2
#define DEF_BACKOFF_MS 500
#define DEF_INTERVAL_MS 1000
#define MAX_BACKOFF_MS 60000
#define NAP_MS 50 /* waits are cut into naps that check should_stop */

typedef struct host_clock {
    char host[256];
    double last; /* monotonic seconds of the last request; 0: none */
} host_clock;

typedef struct robots_entry {
    char origin[300]; /* scheme://host:port */
    char *text;       /* the file, NUL-terminated; NULL: see allow_all */
    size_t len;
    int allow_all;    /* 1: none (4xx), 0 with text NULL: unreachable */
} robots_entry;

struct dy_fetcher {
    dy_mem mem;
    dy_fetch_opts o;
    CURL *curl;
    char ua[128];
    host_clock hosts[DY_FETCH_HOSTS];
    robots_entry robots[DY_FETCH_ROBOTS];
    size_t nrobots, next_robots; /* kept; the slot to reuse when full */
};

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int stopping(const dy_fetcher *f)
{
    return f->o.should_stop && f->o.should_stop(f->o.ctx);
}

/* sleeps ms milliseconds, or less when asked to stop; 1 when stopped */
static int nap(const dy_fetcher *f, long ms)
{
    double until = now() + (double)ms / 1000.0;
    for (;;) {
        if (stopping(f))
            return 1;
        double left = until - now();
        if (left <= 0)
            return 0;
        long step = left * 1000 < NAP_MS ? (long)(left * 1000) + 1 : NAP_MS;
        struct timespec ts = {step / 1000, (step % 1000) * 1000000L};
        nanosleep(&ts, NULL);
    }
}

void dy_fetch_charset(const char *ctype, char *buf, size_t cap)
{
    buf[0] = '\0';
    const char *p = ctype ? strstr(ctype, "charset=") : NULL;
    if (!p)
        return;
    p += 8;
    if (*p == '"' || *p == '\'')
        p++;
    size_t n = 0;
    while (p[n] && p[n] != '"' && p[n] != '\'' && p[n] != ';' &&
           p[n] != ' ' && p[n] != '\t')
        n++;
    if (n < cap) {
        memcpy(buf, p, n);
        buf[n] = '\0';
    }
}

int dy_fetch_is_url(const char *url)
{
    return url && (curl_strnequal(url, "http://", 7) ||
                   curl_strnequal(url, "https://", 8));
}

int dy_fetcher_new(dy_fetcher **out, const dy_fetch_opts *o,
                   const dy_mem *mem, dyad_error *err)
{
    *out = NULL;
    dy_mem m = {mem ? mem->a : NULL};
    dy_fetcher *f = dy_calloc(&m, 1, sizeof *f);
    if (!f)
        return dy_error_set(err, DYAD_ENOMEM, NULL, 0, 0, -1,
                            "out of memory");
    f->mem = m;
    if (o)
        f->o = *o;
    if (f->o.connect_timeout_ms <= 0)
        f->o.connect_timeout_ms = DEF_CONNECT_MS;
    if (f->o.timeout_ms <= 0)
        f->o.timeout_ms = DEF_TIMEOUT_MS;
    if (f->o.max_redirects <= 0)
        f->o.max_redirects = DEF_REDIRECTS;
    if (f->o.max_bytes == 0)
        f->o.max_bytes = DEF_MAX_BYTES;
    f->o.retries = f->o.retries < 0 ? 0
                   : f->o.retries == 0 ? DEF_RETRIES : f->o.retries;
    if (f->o.backoff_ms <= 0)
        f->o.backoff_ms = DEF_BACKOFF_MS;
    f->o.host_interval_ms = f->o.host_interval_ms < 0 ? 0
                            : f->o.host_interval_ms == 0
                                ? DEF_INTERVAL_MS
                                : f->o.host_interval_ms;
    snprintf(f->ua, sizeof f->ua, "%s",
             f->o.user_agent ? f->o.user_agent
                             : "dyad/" DYAD_VERSION_STRING " (event coder)");
    f->curl = curl_easy_init();
    if (!f->curl) {
        dy_free(&m, f);
        return dy_error_set(err, DYAD_ENOMEM, NULL, 0, 0, -1,
                            "cannot start libcurl");
    }
    *out = f;
    return 0;
}

void dy_fetcher_free(dy_fetcher *f)
{
    if (!f)
        return;
    curl_easy_cleanup(f->curl);
    for (size_t i = 0; i < f->nrobots; i++)
        dy_free(&f->mem, f->robots[i].text);
    dy_mem m = f->mem;
    dy_free(&m, f);
}

void dy_response_init(dy_response *r, const dy_mem *mem)
{
    dy_buf_free(&r->body);
    memset(r, 0, sizeof *r);
    dy_buf_init(&r->body, mem);
}

void dy_response_free(dy_response *r)
{
    dy_buf_free(&r->body);
}

/* ---- one request ---- */

typedef struct sink {
    dy_response *r;
    size_t max;
    int over; /* the body passed max */
} sink;

static size_t on_body(char *p, size_t size, size_t n, void *ctx)
{
    sink *s = ctx;
    size_t bytes = size * n;
    if (s->r->body.len + bytes > s->max) {
        s->over = 1;
        return 0; /* ends the transfer: CURLE_WRITE_ERROR */
    }
    return dy_buf_put(&s->r->body, p, bytes) ? 0 : bytes;
}

static int on_progress(void *ctx, curl_off_t a, curl_off_t b, curl_off_t c,
                       curl_off_t d)
{
    (void)a, (void)b, (void)c, (void)d;
    return stopping(ctx);
}

/* the host of url, lower-case, into buf ("" when it has none) */
void dy_fetch_host(const char *url, char *buf, size_t cap, int origin)
{
    buf[0] = '\0';
    CURLU *u = curl_url();
    if (!u)
        return;
    char *v = NULL;
    if (curl_url_set(u, CURLUPART_URL, url, 0) == CURLUE_OK) {
        if (!origin && curl_url_get(u, CURLUPART_HOST, &v, 0) == CURLUE_OK)
            snprintf(buf, cap, "%s", v);
        if (origin) {
            char *scheme = NULL, *host = NULL, *port = NULL;
            curl_url_get(u, CURLUPART_SCHEME, &scheme, 0);
            curl_url_get(u, CURLUPART_HOST, &host, 0);
            curl_url_get(u, CURLUPART_PORT, &port, CURLU_DEFAULT_PORT);
            if (scheme && host)
                snprintf(buf, cap, "%s://%s:%s", scheme, host,
                         port ? port : "");
            curl_free(scheme);
            curl_free(host);
            curl_free(port);
        }
    }
    curl_free(v);
    curl_url_cleanup(u);
    for (char *p = buf; *p; p++)
        if (*p >= 'A' && *p <= 'Z')
            *p = (char)(*p + 32);
}

/* Waits until host_interval has passed since the host's last request
 * ended; returns its clock, for the caller to mark when this one ends
 * (the server then sees the interval between its answer and the next
 * request, whatever the connection's set-up took), or NULL when asked to
 * stop meanwhile. */
static host_clock *wait_turn(dy_fetcher *f, const char *url)
{
    char host[256];
    dy_fetch_host(url, host, sizeof host, 0);
    host_clock *slot = NULL, *oldest = &f->hosts[0];
    for (size_t i = 0; i < DY_FETCH_HOSTS; i++) {
        host_clock *h = &f->hosts[i];
        if (h->last > 0 && strcmp(h->host, host) == 0) {
            slot = h;
            break;
        }
        if (h->last < oldest->last)
            oldest = h;
    }
    if (slot) {
        double wait = slot->last + (double)f->o.host_interval_ms / 1000.0 -
                      now();
        if (wait > 0 && nap(f, (long)(wait * 1000.0) + 1))
            return NULL;
    } else {
        slot = oldest; /* forget the host asked least recently */
        snprintf(slot->host, sizeof slot->host, "%s", host);
    }
    slot->last = now();
    return slot;
}

static void copy_header(CURL *c, const char *name, char *out, size_t cap)
{
    struct curl_header *h = NULL;
    out[0] = '\0';
    if (curl_easy_header(c, name, 0, CURLH_HEADER, -1, &h) == CURLHE_OK &&
        h && h->value && strlen(h->value) < cap)
        snprintf(out, cap, "%s", h->value);
}

/* One attempt: sets r and returns the curl result; *over when the body
 * passed the limit. */
static CURLcode attempt(dy_fetcher *f, const char *url, int follow,
                        struct curl_slist *hdrs, dy_response *r, int *over,
                        char *errbuf)
{
    CURL *c = f->curl;
    sink s = {r, f->o.max_bytes, 0};
    r->body.len = 0;
    r->body.failed = 0;
    curl_easy_reset(c);
    curl_easy_setopt(c, CURLOPT_URL, url);
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(c, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, follow ? 1L : 0L);
    curl_easy_setopt(c, CURLOPT_MAXREDIRS, f->o.max_redirects);
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, f->o.connect_timeout_ms);
    curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, f->o.timeout_ms);
    curl_easy_setopt(c, CURLOPT_ACCEPT_ENCODING, ""); /* all it decodes */
    curl_easy_setopt(c, CURLOPT_USERAGENT, f->ua);
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, hdrs);
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_MAXFILESIZE_LARGE,
                     (curl_off_t)f->o.max_bytes);
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, on_body);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, &s);
    curl_easy_setopt(c, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(c, CURLOPT_XFERINFOFUNCTION, on_progress);
    curl_easy_setopt(c, CURLOPT_XFERINFODATA, f);
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errbuf);
    errbuf[0] = '\0';
    CURLcode rc = curl_easy_perform(c);
    *over = s.over || rc == CURLE_FILESIZE_EXCEEDED;
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &r->status);
    char *eff = NULL;
    if (curl_easy_getinfo(c, CURLINFO_EFFECTIVE_URL, &eff) == CURLE_OK && eff)
        snprintf(r->url, sizeof r->url, "%s", eff);
    char *loc = NULL;
    r->redirect[0] = '\0';
    if (!follow && curl_easy_getinfo(c, CURLINFO_REDIRECT_URL, &loc) ==
                       CURLE_OK && loc && strlen(loc) < sizeof r->redirect)
        snprintf(r->redirect, sizeof r->redirect, "%s", loc);
    copy_header(c, "Content-Type", r->ctype, sizeof r->ctype);
    copy_header(c, "ETag", r->etag, sizeof r->etag);
    copy_header(c, "Last-Modified", r->last_modified,
                sizeof r->last_modified);
    return rc;
}

static int retryable(CURLcode rc, long status)
{
    if (rc == CURLE_OK)
        return status >= 500 || status == 429;
    return rc == CURLE_OPERATION_TIMEDOUT || rc == CURLE_COULDNT_CONNECT ||
           rc == CURLE_RECV_ERROR || rc == CURLE_SEND_ERROR ||
           rc == CURLE_GOT_NOTHING || rc == CURLE_PARTIAL_FILE;
}

/* conditional GET headers; NULL when there are none or no memory */
static struct curl_slist *cond_headers(const char *etag, const char *lm)
{
    struct curl_slist *h = NULL, *t;
    char line[400];
    if (etag && *etag && strlen(etag) < 300) {
        snprintf(line, sizeof line, "If-None-Match: %s", etag);
        if ((t = curl_slist_append(h, line)))
            h = t;
    }
    if (lm && *lm && strlen(lm) < 300) {
        snprintf(line, sizeof line, "If-Modified-Since: %s", lm);
        if ((t = curl_slist_append(h, line)))
            h = t;
    }
    return h;
}

/* the error of a finished request, after its retries */
static int fail(const dy_fetcher *f, const char *url, CURLcode rc, int over,
                const dy_response *r, const char *errbuf, dyad_error *err)
{
    const char *tries = r->attempts > 1 ? " attempts" : " attempt";
    if (over)
        return dy_error_set(err, DYAD_ELIMIT, url, 0, 0, -1,
                            "response larger than %zu bytes (--max-bytes)",
                            f->o.max_bytes);
    if (rc == CURLE_TOO_MANY_REDIRECTS)
        return dy_error_set(err, DYAD_ELIMIT, url, 0, 0, -1,
                            "more than %ld redirects", f->o.max_redirects);
    if (rc == CURLE_ABORTED_BY_CALLBACK)
        return dy_error_set(err, DYAD_EIO, url, 0, 0, -1,
                            "interrupted");
    if (rc == CURLE_OUT_OF_MEMORY || r->body.failed)
        return dy_error_set(err, DYAD_ENOMEM, url, 0, 0, -1,
                            "out of memory");
    if (rc != CURLE_OK)
        return dy_error_set(err, DYAD_EIO, url, 0, 0, -1, "%s (%d%s)",
                            errbuf[0] ? errbuf : curl_easy_strerror(rc),
                            r->attempts, tries);
    return dy_error_set(err, DYAD_EIO, url, 0, 0, -1, "HTTP status %ld (%d%s)",
                        r->status, r->attempts, tries);
}

/* dy_fetch, and with follow 0 dy_fetch_hop */
static int get(dy_fetcher *f, const char *url, const char *etag,
               const char *last_modified, int follow, dy_response *r,
               dyad_error *err)
{
    dy_response_init(r, &f->mem);
    if (!dy_fetch_is_url(url))
        return dy_error_set(err, DYAD_EINVAL, url, 0, 0, -1,
                            "not an http or https URL");
    struct curl_slist *hdrs = cond_headers(etag, last_modified);
    char errbuf[CURL_ERROR_SIZE];
    CURLcode rc = CURLE_OK;
    int over = 0;
    long wait = f->o.backoff_ms;
    for (int i = 0; i <= f->o.retries; i++) {
        if (i > 0) {
            if (nap(f, wait)) {
                rc = CURLE_ABORTED_BY_CALLBACK;
                break;
            }
            wait = wait * 2 > MAX_BACKOFF_MS ? MAX_BACKOFF_MS : wait * 2;
        }
        host_clock *clock = wait_turn(f, url);
        if (!clock) {
            rc = CURLE_ABORTED_BY_CALLBACK;
            break;
        }
        r->attempts++;
        rc = attempt(f, url, follow, hdrs, r, &over, errbuf);
        clock->last = now();
        if (over || !retryable(rc, r->status) || stopping(f))
            break;
    }
    curl_slist_free_all(hdrs);
    if (rc == CURLE_OK && !over && !r->body.failed) {
        if (r->status == 304) {
            r->not_modified = 1;
            return 0;
        }
        if (r->status >= 200 && r->status < 300)
            return 0;
        if (!follow && r->status >= 300 && r->status < 400 && r->redirect[0])
            return 0;
    }
    return fail(f, url, rc, over, r, errbuf, err);
}

int dy_fetch(dy_fetcher *f, const char *url, const char *etag,
             const char *last_modified, dy_response *r, dyad_error *err)
{
    return get(f, url, etag, last_modified, 1, r, err);
}

int dy_fetch_hop(dy_fetcher *f, const char *url, dy_response *r,
                 dyad_error *err)
{
    return get(f, url, NULL, NULL, 0, r, err);
}

long dy_fetch_max_redirects(const dy_fetcher *f)
{
    return f->o.max_redirects;
}

/* ---- robots.txt ---- */

static robots_entry *robots_slot(dy_fetcher *f, const char *origin)
{
    for (size_t i = 0; i < f->nrobots; i++)
        if (strcmp(f->robots[i].origin, origin) == 0)
            return &f->robots[i];
    robots_entry *e;
    if (f->nrobots < DY_FETCH_ROBOTS) {
        e = &f->robots[f->nrobots++];
    } else { /* full: replace in turn */
        e = &f->robots[f->next_robots];
        f->next_robots = (f->next_robots + 1) % DY_FETCH_ROBOTS;
        dy_free(&f->mem, e->text);
    }
    memset(e, 0, sizeof *e);
    return e;
}

/* fetches origin/robots.txt into e */
static int load_robots(dy_fetcher *f, robots_entry *e, const char *origin)
{
    char url[400];
    snprintf(url, sizeof url, "%s/robots.txt", origin);
    dy_response r;
    memset(&r, 0, sizeof r);
    dy_fetch_opts saved = f->o;
    if (f->o.max_bytes > DY_ROBOTS_MAX_BYTES)
        f->o.max_bytes = DY_ROBOTS_MAX_BYTES;
    dyad_error err;
    int rc = dy_fetch(f, url, NULL, NULL, &r, &err);
    f->o = saved;
    if (rc == DYAD_ENOMEM) {
        dy_response_free(&r);
        return rc;
    }
    if (rc == 0) {
        e->text = dy_strndup(&f->mem, r.body.data ? r.body.data : "",
                             r.body.len);
        e->len = r.body.len;
        if (!e->text)
            rc = DYAD_ENOMEM;
    } else {
        /* none (4xx) allows all; unreachable (5xx, no answer) none;
         * too large: what could be read is not kept, so none */
        e->allow_all = r.status >= 400 && r.status < 500;
        rc = 0;
    }
    snprintf(e->origin, sizeof e->origin, "%s", origin);
    dy_response_free(&r);
    return rc;
}

int dy_fetch_allowed(dy_fetcher *f, const char *url, int *allowed,
                     dyad_error *err)
{
    *allowed = 0;
    char origin[300];
    dy_fetch_host(url, origin, sizeof origin, 1);
    CURLU *u = curl_url();
    char *path = NULL, *query = NULL;
    if (!dy_fetch_is_url(url) || !origin[0] || !u ||
        curl_url_set(u, CURLUPART_URL, url, 0) != CURLUE_OK ||
        curl_url_get(u, CURLUPART_PATH, &path, 0) != CURLUE_OK) {
        curl_url_cleanup(u);
        return dy_error_set(err, DYAD_EINVAL, url, 0, 0, -1, "not a URL");
    }
    curl_url_get(u, CURLUPART_QUERY, &query, 0);
    robots_entry *e = robots_slot(f, origin);
    int rc = e->origin[0] ? 0 : load_robots(f, e, origin);
    if (rc == 0) {
        char full[4096];
        snprintf(full, sizeof full, "%s%s%s", path, query ? "?" : "",
                 query ? query : "");
        *allowed = e->text ? dy_robots_allows(e->text, e->len,
                                              DY_ROBOTS_AGENT, full)
                           : e->allow_all;
    } else {
        e->origin[0] = '\0';
        dy_error_set(err, rc, url, 0, 0, -1, "out of memory");
    }
    curl_free(path);
    curl_free(query);
    curl_url_cleanup(u);
    return rc;
}
