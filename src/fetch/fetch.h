/*
 * fetch.h - HTTP in, for feeds and pages: one libcurl handle with
 * time-outs, a redirect limit, a response size limit, conditional GET,
 * retries with exponential back-off, a per-host rate limit, gzip and
 * deflate accepted, a User-Agent naming dyad (fetch.c); robots.txt for
 * the pages a feed links to (robots.c). Only this room includes curl.h.
 * http and https only, to the URLs it is given (and their redirects).
 */
#ifndef DYAD_FETCH_H
#define DYAD_FETCH_H

#include "util/util.h"

#define DY_FETCH_HOSTS 256          /* hosts whose last request is kept */
#define DY_FETCH_ROBOTS 256         /* origins whose robots.txt is kept */
#define DY_ROBOTS_MAX_BYTES 524288  /* robots.txt read up to this */
#define DY_ROBOTS_MAX_RULES 4096    /* rules of one robots.txt kept */

/* What a fetcher does; zero fields take the defaults in brackets. */
typedef struct dy_fetch_opts {
    long connect_timeout_ms; /* [10000] */
    long timeout_ms;         /* whole request, redirects included [30000] */
    long max_redirects;      /* [5] */
    size_t max_bytes;        /* decoded body; larger fails [8 MiB] */
    int retries;             /* extra attempts after a 5xx, 429 or a
                                timeout [2]; negative: none */
    long backoff_ms;         /* wait before the first retry, doubled for
                                each next one [500] */
    long host_interval_ms;   /* from the end of one request to a host to
                                the start of the next [1000]; negative:
                                none */
    const char *user_agent;  /* NULL: "dyad/VERSION (event coder)" */
    int (*should_stop)(void *ctx); /* polled while waiting and fetching:
                                      non-zero ends the request (NULL) */
    void *ctx;
} dy_fetch_opts;

/* A response: the last one of a redirect chain. */
typedef struct dy_response {
    long status;              /* HTTP status; 0 when none came */
    dy_buf body;              /* decoded body (empty for a 304) */
    char ctype[128];          /* Content-Type, "" when none */
    char etag[256];           /* ETag, "" when none or too long */
    char last_modified[64];   /* Last-Modified, "" when none */
    char url[2048];           /* the URL after redirects */
    char redirect[2048];      /* dy_fetch_hop: where a 3xx points, "" */
    int not_modified;         /* 1: 304, the caller's copy is current */
    int attempts;             /* requests made, retries included */
} dy_response;

typedef struct dy_fetcher dy_fetcher;

/* A fetcher with its options (copied; user_agent must outlive it). */
int dy_fetcher_new(dy_fetcher **out, const dy_fetch_opts *o,
                   const dy_mem *mem, dyad_error *err);
void dy_fetcher_free(dy_fetcher *f);

/* Empties a response (zeroed memory, or one used before) for reuse, its
 * body allocated from mem; and frees it. */
void dy_response_init(dy_response *r, const dy_mem *mem);
void dy_response_free(dy_response *r);

/*
 * GETs url into *r (zeroed, or a response used before), conditionally when etag or last_modified (each may be
 * NULL or "") are given: a 304 sets r->not_modified. 0 for a 2xx or a
 * 304. DYAD_EIO for a transport failure or another status (after the
 * retries: a 5xx, 429 or time-out is retried with back-off), DYAD_ELIMIT
 * when the body passes max_bytes or the redirects max_redirects,
 * DYAD_EINVAL for a URL that is not http(s), DYAD_ENOMEM. err names the
 * URL and says what happened, with the attempts made.
 */
int dy_fetch(dy_fetcher *f, const char *url, const char *etag,
             const char *last_modified, dy_response *r, dyad_error *err);

/*
 * One request that does not follow a redirect: like dy_fetch, but a 3xx
 * with a Location is a success with r->redirect set (absolute), for a
 * caller that must check each hop first (robots.txt for article pages).
 */
int dy_fetch_hop(dy_fetcher *f, const char *url, dy_response *r,
                 dyad_error *err);

/* the redirect limit in force (dy_fetch_opts.max_redirects or its
 * default) */
long dy_fetch_max_redirects(const dy_fetcher *f);

/*
 * Sets *allowed to whether robots.txt of url's origin lets dyad fetch
 * it: robots.txt is fetched once per origin (through the same limits)
 * and kept. A robots.txt that does not exist (4xx) allows everything; one
 * that cannot be fetched (5xx, time-out) allows nothing (RFC 9309).
 * 0, or DYAD_EINVAL for a bad URL, DYAD_ENOMEM.
 */
int dy_fetch_allowed(dy_fetcher *f, const char *url, int *allowed,
                     dyad_error *err);

/* The product token robots.txt groups are matched against ("dyad"). */
#define DY_ROBOTS_AGENT "dyad"

/*
 * Whether a robots.txt (len bytes) lets `agent` fetch `path` (the URL's
 * path and query, starting with '/'): the group naming the agent (case
 * insensitive), else the '*' group; within it the longest matching
 * Allow or Disallow rule decides, Allow winning a tie; '*' matches any
 * run of characters and a final '$' the end. 1 allowed, 0 not.
 */
int dy_robots_allows(const char *robots, size_t len, const char *agent,
                     const char *path);

/* The host of url, lower-case, into buf ("" when it has none); with
 * origin, scheme://host:port. */
void dy_fetch_host(const char *url, char *buf, size_t cap, int origin);

/* The charset parameter of a Content-Type (`text/html; charset="utf-8"`
 * gives utf-8) into buf; "" when there is none or it does not fit. */
void dy_fetch_charset(const char *ctype, char *buf, size_t cap);

/* 1 when url starts with http:// or https:// (any case) */
int dy_fetch_is_url(const char *url);

#endif
