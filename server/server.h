/*
 * server.h - `dyad serve`: a read-only HTTP front-end over an event store
 * (docs/api.md) on libmicrohttpd. http.c runs the daemon (limits, token,
 * headers, errors), api.c answers /api/v1/, params.c turns query strings
 * into dyad_query and dyad_page, assets.c serves the dashboard (web/),
 * pool.c lends each request a store connection and a coder. Like the CLI
 * it uses only include/dyad.h.
 */
#ifndef DYAD_SERVER_H
#define DYAD_SERVER_H

#include "dyad.h"

#include <stddef.h>

struct MHD_Connection;

/* what `dyad serve` was asked for (cli/cmd_serve.c fills it) */
typedef struct srv_config {
    const char *db;           /* the store, opened read-only */
    const char *host;         /* address to bind [127.0.0.1] */
    unsigned port;            /* [8080]; 0: any free port */
    const char *token;        /* required on every request when set */
    const char *web_dir;      /* the dashboard's files, or NULL: none */
    const dyad_lexicon *lex;  /* for POST /code, or NULL: not offered */
    unsigned threads;         /* worker threads [4] */
    unsigned max_connections; /* open connections [64] */
    unsigned timeout_ms;      /* one request's store time [5000] */
    unsigned idle_s;          /* idle connections closed after [15] */
    size_t max_body;          /* request body bytes [1 MiB] */
    unsigned rate;            /* requests per second per client [100]; 0 off */
    const char *port_file;    /* write the bound port here (tests) */
    int quiet;                /* no access log on stderr */
} srv_config;

/* Serves until SIGINT or SIGTERM; 0, or an exit code (message printed). */
int srv_run(const srv_config *cfg);

/* ---- pool.c: a store connection and a coder per request ---- */

typedef struct srv_slot {
    dyad_store *store;
    dyad_coder *coder; /* NULL without a lexicon */
    int busy;
} srv_slot;

typedef struct srv_pool srv_pool;

/* n slots, each with its own read-only connection; 0, or prints why */
int srv_pool_new(srv_pool **out, const srv_config *cfg, unsigned n);
/* a free slot, waiting up to wait_ms; NULL when none came free */
srv_slot *srv_pool_take(srv_pool *p, unsigned wait_ms);
void srv_pool_give(srv_pool *p, srv_slot *s);
void srv_pool_free(srv_pool *p);

/* ---- responses (http.c) ---- */

/* a response under construction: status, type and body */
typedef struct srv_reply {
    unsigned status;
    const char *type;  /* Content-Type */
    char *body;        /* malloc'd, or NULL */
    size_t len, cap;
    int failed;        /* out of memory while appending */
    int cache;         /* 1: a static asset (may be cached) */
} srv_reply;

/* appends bytes; a dyad_sink_fn over a srv_reply */
int srv_reply_sink(void *ctx, const char *bytes, size_t len);
/* n bytes as a JSON string: quotes, backslashes and control characters
 * escaped, bytes that are not UTF-8 written as '?' */
void srv_json_string(srv_reply *r, const char *s, size_t n);
/* a JSON error {"error":{"status","message","parameter"}} (parameter
 * may be NULL) */
void srv_reply_error(srv_reply *r, unsigned status, const char *message,
                     const char *parameter);

/* ---- api.c ---- */

typedef struct srv_state {
    const srv_config *cfg;
    srv_pool *pool;
    struct srv_assets *assets;
} srv_state;

/* Answers a request under /api/v1/ (path after it, e.g. "events"). */
void srv_api(const srv_state *st, struct MHD_Connection *c,
             const char *method, const char *path, const char *body,
             size_t body_len, srv_reply *r);

/* ---- params.c: query strings ---- */

/* the parameters of a request as filters; strings borrowed from the
 * connection, the dyad split into dyad_buf */
typedef struct srv_params {
    dyad_query q;
    dyad_page page;
    dyad_period by;
    size_t top;       /* top_dyads/top_actors of /stats, limit of lists */
    int explain;      /* POST /code: 1 to add the explanation */
    const char *date; /* POST /code: date of a text without one */
    char dyad_buf[256];
} srv_params;

/* Which parameters an endpoint takes (bits). */
#define SRV_P_FILTERS 0x1u /* dyad_query's filters */
#define SRV_P_PAGE 0x2u    /* offset, limit, sort, bbox, publisher, ... */
#define SRV_P_STATS 0x4u   /* by, top */
#define SRV_P_TOP 0x8u     /* limit as a list length */
#define SRV_P_CODE 0x10u   /* date, explain */

/* Reads the request's parameters allowed by `allow`; 0, or fills r with
 * a 400 naming the parameter and returns -1. */
int srv_params_read(struct MHD_Connection *c, unsigned allow, srv_params *p,
                    srv_reply *r);

/* ---- assets.c: the dashboard's files, read once at start ---- */

typedef struct srv_assets srv_assets;

/* Reads every file under dir (bounded count and size); 0, or prints why. */
int srv_assets_load(srv_assets **out, const char *dir);
/* Fills r with the file of a URL path ("/" is index.html); 0, or -1 when
 * there is none. */
int srv_assets_reply(const srv_assets *a, const char *path, srv_reply *r);
void srv_assets_free(srv_assets *a);

#endif
