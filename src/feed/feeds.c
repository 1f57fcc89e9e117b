/*
 * feeds.c - the feed session of include/dyad_tools.h: the URLs given,
 * fetched in turn (fetch/), read as feeds or pages (parse.c, html.c),
 * their new items handed out as documents, and what was learned kept for
 * the store (store/feeds.c) until dyad_feeds_save, after the documents
 * are stored. Articles are fetched only from the links of the feeds
 * given, and only where robots.txt allows it.
 */
#include "feed/feed.h"
#include "fetch/fetch.h"
#include "store/db.h"

#include "dyad_tools.h"

#include <stdio.h>
#include <string.h>

#define DEFAULT_MAX_FEEDS 10000
#define LIST_MAX_BYTES (8u << 20)

/* a feed fetched this round, to be saved */
typedef struct pending_feed {
    const char *url, *title, *etag, *last_modified, *error;
    int fetched;
    long status;
    long long new_items;
} pending_feed;

/* an item handed out (or refused) this round, to be saved */
typedef struct pending_item {
    const char *feed_url;
    dy_feed_seen seen;
} pending_item;

struct dyad_feeds {
    dy_mem mem;
    dyad_feed_options o;
    dyad_store *st;        /* borrowed; NULL: nothing remembered */
    dy_fetcher *fetcher;
    char **urls;
    size_t nurls, cap, next;
    /* the feed being handed out */
    dy_feed feed;
    int have_feed;
    size_t item;           /* its next item */
    const char *feed_url;  /* as given (a key of the store) */
    char source[256];      /* its publisher */
    pending_feed *cur;     /* its entry in pending */
    size_t first_item;     /* its first entry in items */
    /* what the round learned, strings in the round's arena */
    dy_arena round;
    dy_vec pending;        /* pending_feed */
    dy_vec items;          /* pending_item */
    /* the document handed out */
    dy_response resp;
    dy_buf text;
    char date[16];
    char key[40];
    dyad_feeds_stats stats;
};

int dyad_is_url(const char *s)
{
    return dy_fetch_is_url(s);
}

int dyad_feeds_new(dyad_feeds **out, dyad_store *st,
                   const dyad_feed_options *o, dyad_error *err)
{
    *out = NULL;
    dy_mem m = {o ? o->alloc : NULL};
    dyad_feeds *fs = dy_calloc(&m, 1, sizeof *fs);
    if (!fs)
        return dy_error_set(err, DYAD_ENOMEM, NULL, 0, 0, -1,
                            "out of memory");
    fs->mem = m;
    if (o)
        fs->o = *o;
    if (!fs->o.max_feeds)
        fs->o.max_feeds = DEFAULT_MAX_FEEDS;
    fs->st = st;
    dy_fetch_opts fo = {fs->o.connect_timeout_ms, fs->o.timeout_ms,
                        fs->o.max_redirects,      fs->o.max_bytes,
                        fs->o.retries,            fs->o.backoff_ms,
                        fs->o.host_interval_ms,   fs->o.user_agent,
                        fs->o.should_stop,        fs->o.ctx};
    dy_arena_init(&fs->round, &fs->mem);
    dy_vec_init(&fs->pending, sizeof(pending_feed), &fs->mem);
    dy_vec_init(&fs->items, sizeof(pending_item), &fs->mem);
    dy_buf_init(&fs->text, &fs->mem);
    dy_response_init(&fs->resp, &fs->mem);
    int rc = dy_fetcher_new(&fs->fetcher, &fo, &fs->mem, err);
    if (rc) {
        dyad_feeds_free(fs);
        return rc;
    }
    *out = fs;
    return 0;
}

void dyad_feeds_free(dyad_feeds *fs)
{
    if (!fs)
        return;
    dy_response_free(&fs->resp); /* its body's dy_mem is the fetcher's */
    dy_fetcher_free(fs->fetcher);
    if (fs->have_feed)
        dy_feed_free(&fs->feed);
    for (size_t i = 0; i < fs->nurls; i++)
        dy_free(&fs->mem, fs->urls[i]);
    dy_free(&fs->mem, fs->urls);
    dy_arena_free(&fs->round);
    dy_vec_free(&fs->pending);
    dy_vec_free(&fs->items);
    dy_buf_free(&fs->text);
    dy_mem m = fs->mem;
    dy_free(&m, fs);
}

int dyad_feeds_add(dyad_feeds *fs, const char *url, dyad_error *err)
{
    if (!dy_fetch_is_url(url))
        return dy_error_set(err, DYAD_EINVAL, url, 0, 0, -1,
                            "not an http or https URL");
    for (size_t i = 0; i < fs->nurls; i++)
        if (strcmp(fs->urls[i], url) == 0)
            return 0; /* given twice: fetched once */
    if (fs->nurls >= fs->o.max_feeds)
        return dy_error_set(err, DYAD_ELIMIT, url, 0, 0, -1,
                            "more than %zu feeds", fs->o.max_feeds);
    if (fs->nurls == fs->cap) {
        size_t cap = fs->cap ? fs->cap * 2 : 8;
        char **u = dy_realloc(&fs->mem, fs->urls, fs->cap * sizeof *u,
                              cap * sizeof *u);
        if (!u)
            return dy_error_set(err, DYAD_ENOMEM, url, 0, 0, -1,
                                "out of memory");
        fs->urls = u;
        fs->cap = cap;
    }
    fs->urls[fs->nurls] = dy_strndup(&fs->mem, url, strlen(url));
    if (!fs->urls[fs->nurls])
        return dy_error_set(err, DYAD_ENOMEM, url, 0, 0, -1, "out of memory");
    fs->nurls++;
    return 0;
}

static void warn(const dyad_feeds *fs, const char *file, long line,
                 long col, const char *msg)
{
    if (!fs->o.warn)
        return;
    dyad_error w;
    dy_error_set(&w, 0, file, line, col, -1, "%s", msg);
    fs->o.warn(&w, fs->o.ctx);
}

/* one URL a line; bad lines warned and counted */
static int add_lines(dyad_feeds *fs, const char *path, char *data,
                     size_t len, size_t *bad, dyad_error *err)
{
    long line = 0;
    for (size_t at = 0; at < len;) {
        char *p = data + at;
        char *nl = memchr(p, '\n', len - at);
        size_t n = nl ? (size_t)(nl - p) : len - at;
        at += n + 1;
        line++;
        size_t a = 0;
        while (a < n && (p[a] == ' ' || p[a] == '\t'))
            a++;
        while (n > a && (p[n - 1] == ' ' || p[n - 1] == '\t' ||
                         p[n - 1] == '\r'))
            n--;
        for (size_t k = a; k + 1 < n; k++)
            if ((p[k] == ' ' || p[k] == '\t') && p[k + 1] == '#') {
                n = k; /* " # comment" after the URL */
                break;
            }
        while (n > a && (p[n - 1] == ' ' || p[n - 1] == '\t'))
            n--;
        if (a == n || p[a] == '#')
            continue;
        p[n] = '\0';
        dyad_error e;
        int rc = dyad_feeds_add(fs, p + a, &e);
        if (rc == DYAD_EINVAL) {
            warn(fs, path, line, (long)a + 1,
                 "not an http or https URL: line skipped");
            if (bad)
                (*bad)++;
        } else if (rc) {
            *err = e;
            return rc;
        }
    }
    return 0;
}

int dyad_feeds_add_list(dyad_feeds *fs, const char *path, size_t *bad,
                        dyad_error *err)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return dy_error_set(err, DYAD_EIO, path, 0, 0, -1,
                            "cannot read the feeds file");
    char *data = dy_malloc(&fs->mem, LIST_MAX_BYTES + 1);
    size_t len = data ? fread(data, 1, LIST_MAX_BYTES + 1, f) : 0;
    int rd = ferror(f);
    fclose(f);
    if (!data)
        return dy_error_set(err, DYAD_ENOMEM, path, 0, 0, -1,
                            "out of memory");
    int rc = 0;
    if (rd)
        rc = dy_error_set(err, DYAD_EIO, path, 0, 0, -1, "read error");
    else if (len > LIST_MAX_BYTES)
        rc = dy_error_set(err, DYAD_ELIMIT, path, 0, 0, -1,
                          "feeds file larger than %u bytes", LIST_MAX_BYTES);
    else if (dy_feed_sniff(data, len, NULL) == DY_BODY_OPML) {
        dy_feed opml;
        rc = dy_feed_parse(&opml, data, len, path, fs->o.max_feeds,
                           &fs->mem, err);
        for (size_t i = 0; !rc && i < opml.url_count; i++)
            rc = dyad_feeds_add(fs, opml.urls[i], err);
        dy_feed_free(&opml);
    } else {
        rc = add_lines(fs, path, data, len, bad, err);
    }
    dy_free(&fs->mem, data);
    return rc;
}

/* ---- the round's memory ---- */

static const char *keep(dyad_feeds *fs, const char *s)
{
    return s ? dy_arena_strndup(&fs->round, s, strlen(s)) : NULL;
}

static pending_feed *note_feed(dyad_feeds *fs, const char *url)
{
    pending_feed *p = dy_vec_push(&fs->pending);
    if (p)
        p->url = keep(fs, url);
    return p && p->url ? p : NULL;
}

static void note_error(dyad_feeds *fs, pending_feed *p, const dyad_error *e)
{
    fs->stats.failed++;
    if (p) {
        p->error = keep(fs, e->message);
        p->status = fs->resp.status;
    }
}

/* ---- one document ---- */

/* A date dyad_code reads: the field as written when dy_date_parse takes
 * it, else its leading YYYY-MM-DD (ISO 8601 timestamps); NULL otherwise,
 * counted as undated (the caller's --date applies; the field as written
 * is kept in the store's feed_items). RSS's RFC 822 dates are read when
 * dy_date_parse reads them. */
static const char *doc_date(dyad_feeds *fs, const char *raw)
{
    if (!raw) {
        fs->stats.undated++;
        return NULL;
    }
    size_t n = strlen(raw);
    if (dy_date_parse(raw, n, NULL) == 0)
        return raw;
    if (n > 10 && dy_date_parse(raw, 10, NULL) == 0) {
        memcpy(fs->date, raw, 10);
        fs->date[10] = '\0';
        return fs->date;
    }
    fs->stats.undated++;
    return NULL;
}

/* text = the headline, a blank line, the body (which no longer repeats
 * the headline); the headline alone when there is no body */
static int compose(dyad_feeds *fs, const char *title, const char *body)
{
    fs->text.len = 0;
    if (fs->text.data)
        fs->text.data[0] = '\0';
    if (title)
        dy_buf_puts(&fs->text, title);
    if (body && *body) {
        if (fs->text.len)
            dy_buf_puts(&fs->text, "\n\n");
        dy_buf_puts(&fs->text, body);
    }
    return fs->text.failed ? DYAD_ENOMEM : 0;
}

/* Fetches an article page hop by hop, asking robots.txt before each
 * one (the link's and every redirect's): 0 with *r, 1 when robots.txt
 * refuses a hop (nothing of it is requested), or an error in e. */
static int fetch_article(dyad_feeds *fs, const char *link, dy_response *r,
                         dyad_error *e)
{
    char url[2048];
    snprintf(url, sizeof url, "%s", link);
    long max = dy_fetch_max_redirects(fs->fetcher);
    for (long hop = 0;; hop++) {
        int allowed = 0;
        if (dy_fetch_allowed(fs->fetcher, url, &allowed, e) == 0 &&
            !allowed) {
            char msg[2200];
            snprintf(msg, sizeof msg,
                     "robots.txt does not allow %s: the feed's text is "
                     "coded",
                     hop ? url : "this page");
            warn(fs, link, 0, 0, msg);
            return 1;
        }
        int rc = dy_fetch_hop(fs->fetcher, url, r, e);
        if (rc || !r->redirect[0])
            return rc;
        if (hop >= max)
            return dy_error_set(e, DYAD_ELIMIT, link, 0, 0, -1,
                                "more than %ld redirects", max);
        snprintf(url, sizeof url, "%s", r->redirect);
    }
}

/* The article page of an item, robots.txt permitting: its main text (in
 * the round's arena), or the item's own text kept. */
static const char *article(dyad_feeds *fs, const dy_feed_item *it,
                           const char **outcome)
{
    dyad_error e;
    memset(&e, 0, sizeof e);
    dy_response r;
    memset(&r, 0, sizeof r);
    int rc = fetch_article(fs, it->url, &r, &e);
    if (rc == 1) {
        fs->stats.robots++;
        *outcome = "robots";
        dy_response_free(&r);
        return it->text;
    }
    dy_buf page;
    dy_buf_init(&page, &fs->mem);
    const char *body = NULL;
    if (rc == 0 && dy_feed_sniff(r.body.data ? r.body.data : "", r.body.len,
                                 r.ctype) == DY_BODY_HTML) {
        char charset[40];
        dy_fetch_charset(r.ctype, charset, sizeof charset);
        rc = dy_html_text(&page, r.body.data, r.body.len,
                          charset[0] ? charset : NULL, DY_HTML_PAGE,
                          it->title, NULL, &e);
        if (rc == 0 && page.len)
            body = dy_arena_strndup(&fs->round, page.data, page.len);
    } else if (rc == 0) {
        dy_error_set(&e, DYAD_EINPUT, it->url, 0, 0, -1,
                     "not an HTML page (Content-Type %s)",
                     r.ctype[0] ? r.ctype : "none");
    }
    if (body) {
        fs->stats.articles++;
        *outcome = "article";
    } else {
        fs->stats.article_failed++;
        *outcome = "article failed";
        char msg[300];
        snprintf(msg, sizeof msg, "%s: the feed's text is coded",
                 e.message[0] ? e.message : "no main text");
        warn(fs, it->url, 0, 0, msg);
        body = it->text;
    }
    dy_buf_free(&page);
    dy_response_free(&r);
    return body;
}

/* the key an item is remembered by: its id, else a hash of its text */
static const char *item_key(dyad_feeds *fs, const dy_feed_item *it)
{
    if (it->id)
        return it->id;
    uint64_t h = dy_hash(it->title ? it->title : "",
                         it->title ? strlen(it->title) : 0) ^
                 dy_hash(it->text ? it->text : "",
                         it->text ? strlen(it->text) : 0);
    snprintf(fs->key, sizeof fs->key, "sha:%016llx", (unsigned long long)h);
    return fs->key;
}

/* 1 when the item was handed out before: in an earlier round (the
 * store), or earlier in this feed (a repeated GUID) */
static int seen_before(dyad_feeds *fs, const char *key, dyad_error *err,
                       int *failed)
{
    for (size_t i = fs->first_item; i < fs->items.count; i++) {
        const pending_item *p = dy_vec_at(&fs->items, i);
        if (strcmp(p->seen.item_id, key) == 0)
            return 1;
    }
    int seen = 0;
    if (fs->st && dy_store_feed_seen(fs->st, fs->feed_url, key, &seen, err))
        *failed = 1;
    return seen;
}

static int note_item(dyad_feeds *fs, const char *key, const char *url,
                     const char *title, const char *date,
                     const char *outcome)
{
    pending_item *p = dy_vec_push(&fs->items);
    if (!p)
        return DYAD_ENOMEM;
    p->feed_url = fs->cur ? fs->cur->url : keep(fs, fs->feed_url);
    p->seen = (dy_feed_seen){keep(fs, key), keep(fs, url), keep(fs, title),
                             keep(fs, date), outcome};
    if (!p->feed_url || !p->seen.item_id)
        return DYAD_ENOMEM;
    if (fs->cur)
        fs->cur->new_items++;
    return 0;
}

/* The next new item of the open feed as *doc: 1, or 0 when the feed is
 * done, or an error. */
static int next_item(dyad_feeds *fs, dyad_doc *doc, dyad_error *err)
{
    while (fs->item < fs->feed.count) {
        const dy_feed_item *it = &fs->feed.items[fs->item++];
        const char *key = item_key(fs, it);
        int failed = 0;
        if (seen_before(fs, key, err, &failed)) {
            fs->stats.seen++;
            continue;
        }
        if (failed)
            return DYAD_ESTORE;
        const char *outcome = "document";
        const char *body = fs->o.fetch_articles && it->url
                               ? article(fs, it, &outcome)
                               : it->text;
        if (compose(fs, it->title, body) ||
            note_item(fs, key, it->url, it->title, it->date, outcome))
            return dy_error_set(err, DYAD_ENOMEM, fs->feed_url, 0, 0, -1,
                                "out of memory");
        memset(doc, 0, sizeof *doc);
        doc->id = it->id; /* NULL: the store keys it by its text */
        doc->date = doc_date(fs, it->date);
        doc->source = fs->source[0] ? fs->source : NULL;
        doc->url = it->url;
        doc->title = it->title;
        doc->text = fs->text.data ? fs->text.data : "";
        doc->text_len = fs->text.len;
        fs->stats.items++;
        return 1;
    }
    dy_feed_free(&fs->feed);
    fs->have_feed = 0;
    return 0;
}

/* a page URL (HTML or plain text) as one document */
static int page_doc(dyad_feeds *fs, dy_body_kind kind, dyad_doc *doc,
                    dyad_error *err)
{
    const char *url = fs->feed_url;
    int failed = 0;
    if (seen_before(fs, url, err, &failed)) {
        fs->stats.seen++;
        return 0;
    }
    if (failed)
        return DYAD_ESTORE;
    dy_response *r = &fs->resp;
    dy_html_meta meta = {NULL, NULL, NULL};
    fs->text.len = 0;
    int rc = 0;
    if (kind == DY_BODY_TEXT) {
        rc = dy_buf_put(&fs->text, r->body.data ? r->body.data : "",
                        r->body.len);
    } else {
        char charset[40];
        dy_fetch_charset(r->ctype, charset, sizeof charset);
        rc = dy_html_text(&fs->text, r->body.data, r->body.len,
                          charset[0] ? charset : NULL, DY_HTML_PAGE, NULL,
                          &meta, err);
    }
    const char *title = keep(fs, meta.title), *date = keep(fs, meta.date);
    if (meta.site)
        snprintf(fs->source, sizeof fs->source, "%s", meta.site);
    dy_html_meta_free(&meta, &fs->mem);
    if (rc || note_item(fs, url, r->url, title, date, "page"))
        return dy_error_set(err, DYAD_ENOMEM, url, 0, 0, -1,
                            "out of memory");
    memset(doc, 0, sizeof *doc);
    doc->id = url;
    doc->date = doc_date(fs, date);
    doc->source = fs->source[0] ? fs->source : NULL;
    doc->url = url;
    doc->title = title;
    doc->text = fs->text.data ? fs->text.data : "";
    doc->text_len = fs->text.len;
    fs->stats.items++;
    return 1;
}

/* Reads a fetched body: a feed (opened for next_item), an OPML list (its
 * URLs added), a page (one document: 1). 0 to go on, or an error. */
static int read_body(dyad_feeds *fs, dyad_doc *doc, dyad_error *err)
{
    dy_response *r = &fs->resp;
    const char *body = r->body.data ? r->body.data : "";
    dy_body_kind kind = dy_feed_sniff(body, r->body.len, r->ctype);
    if (kind == DY_BODY_HTML || kind == DY_BODY_TEXT)
        return page_doc(fs, kind, doc, err);
    if (kind == DY_BODY_OTHER)
        return dy_error_set(err, DYAD_EINPUT, fs->feed_url, 0, 0, -1,
                            "neither a feed nor a page (Content-Type %s)",
                            r->ctype[0] ? r->ctype : "none");
    int rc = dy_feed_parse(&fs->feed, body, r->body.len, r->url,
                           fs->o.max_items, &fs->mem, err);
    if (rc) {
        dy_feed_free(&fs->feed);
        snprintf(err->file, sizeof err->file, "%s", fs->feed_url);
        return rc;
    }
    fs->stats.dropped += fs->feed.dropped;
    if (fs->feed.kind == DY_FEED_OPML) {
        for (size_t i = 0; !rc && i < fs->feed.url_count; i++)
            rc = dyad_feeds_add(fs, fs->feed.urls[i], err);
        dy_feed_free(&fs->feed);
        return rc;
    }
    if (fs->feed.title)
        snprintf(fs->source, sizeof fs->source, "%s", fs->feed.title);
    if (fs->cur)
        fs->cur->title = keep(fs, fs->feed.title);
    fs->have_feed = 1;
    fs->item = 0;
    fs->first_item = fs->items.count;
    return 0;
}

/* Fetches the next URL of the round: 0 to go on (a feed opened, or 304),
 * 1 with a page document, or an error for this URL. */
static int next_url(dyad_feeds *fs, dyad_doc *doc, dyad_error *err)
{
    const char *url = fs->urls[fs->next++];
    fs->stats.feeds++;
    fs->feed_url = url;
    dy_feed_state state;
    memset(&state, 0, sizeof state);
    if (fs->st && dy_store_feed_get(fs->st, url, &state, err))
        return DYAD_ESTORE;
    fs->cur = note_feed(fs, url);
    if (!fs->cur)
        return dy_error_set(err, DYAD_ENOMEM, url, 0, 0, -1, "out of memory");
    dy_fetch_host(url, fs->source, sizeof fs->source, 0);
    int rc = dy_fetch(fs->fetcher, url, state.etag, state.last_modified,
                      &fs->resp, err);
    if (rc == 0 && fs->resp.not_modified) {
        fs->stats.not_modified++;
        fs->cur->status = 304;
        return 0;
    }
    if (rc == 0) {
        fs->stats.fetched++;
        fs->cur->fetched = 1;
        fs->cur->status = fs->resp.status;
        fs->cur->etag = keep(fs, fs->resp.etag);
        fs->cur->last_modified = keep(fs, fs->resp.last_modified);
        rc = read_body(fs, doc, err);
    }
    if (rc < 0)
        note_error(fs, fs->cur, err);
    return rc;
}

static int stopping(const dyad_feeds *fs)
{
    return fs->o.should_stop && fs->o.should_stop(fs->o.ctx);
}

int dyad_feeds_next(dyad_feeds *fs, dyad_doc *doc, dyad_error *err)
{
    if (!fs || !doc)
        return dy_error_set(err, DYAD_EINVAL, NULL, 0, 0, -1,
                            "dyad_feeds_next: NULL argument");
    memset(doc, 0, sizeof *doc);
    while (!stopping(fs)) {
        if (fs->have_feed) {
            int rc = next_item(fs, doc, err);
            if (rc)
                return rc;
            continue;
        }
        if (fs->next >= fs->nurls)
            return 0;
        int rc = next_url(fs, doc, err);
        if (rc)
            return rc;
    }
    return 0;
}

int dyad_feeds_save(dyad_feeds *fs, dyad_error *err)
{
    if (!fs->st)
        return 0;
    int rc = dy_store_feed_begin(fs->st, err);
    if (rc)
        return rc;
    for (size_t i = 0; !rc && i < fs->pending.count; i++) {
        const pending_feed *p = dy_vec_at(&fs->pending, i);
        dy_feed_update u = {p->title, p->etag, p->last_modified, p->fetched,
                            p->status, p->error, p->new_items};
        rc = dy_store_feed_put(fs->st, p->url, &u, err);
    }
    for (size_t i = 0; !rc && i < fs->items.count; i++) {
        const pending_item *p = dy_vec_at(&fs->items, i);
        rc = dy_store_feed_item_add(fs->st, p->feed_url, &p->seen, err);
    }
    if ((rc = dy_store_feed_end(fs->st, rc, err)))
        return rc;
    /* saved: forget it, keeping the open feed's entry if any */
    fs->pending.count = 0;
    fs->items.count = 0;
    fs->first_item = 0;
    fs->cur = NULL;
    return 0;
}

void dyad_feeds_rewind(dyad_feeds *fs)
{
    if (fs->have_feed)
        dy_feed_free(&fs->feed);
    fs->have_feed = 0;
    fs->next = 0;
    fs->cur = NULL;
    fs->pending.count = 0;
    fs->items.count = 0;
    fs->first_item = 0;
    dy_arena_free(&fs->round);
    dy_arena_init(&fs->round, &fs->mem);
    memset(&fs->stats, 0, sizeof fs->stats);
}

void dyad_feeds_get_stats(const dyad_feeds *fs, dyad_feeds_stats *out)
{
    *out = fs->stats;
}
