/*
 * api.c - the JSON API of `dyad serve` (docs/api.md), /api/v1/...: events
 * (a page, one with its reports, a GeoJSON layer), stats, dyads, actors,
 * places, the store's counts, and POST /code. Each endpoint reads its
 * parameters (params.c), borrows a connection (pool.c), sets the request's
 * deadline and lets the library write the answer.
 */
#include "server.h"

#include <ctype.h>
#include <microhttpd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define TOP_DEFAULT 10     /* top dyads and actors of /stats */
#define LIST_DEFAULT 20    /* /dyads and /actors */
#define CODE_DOCS_MAX 50   /* documents of one POST /code */
#define EXPLAIN_DOCS_MAX 5 /* of them explained */

/* the parameter a library message is about: its "name:" prefix, or the
 * filter whose value it quotes */
static const char *param_of(const char *msg, const srv_params *p)
{
    static const char *const names[] = {"limit", "bbox", "sort",
                                        "min_mentions", "publisher"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        size_t n = strlen(names[i]);
        if (!strncmp(msg, names[i], n) && msg[n] == ':')
            return names[i];
    }
    if (strstr(msg, "date")) {
        if (p->q.from && strstr(msg, p->q.from))
            return "from";
        if (p->q.to && strstr(msg, p->q.to))
            return "to";
    }
    if (strstr(msg, "bounding box"))
        return "bbox";
    if (strstr(msg, "dyad"))
        return "dyad";
    if (strstr(msg, "QuadClass"))
        return "quad";
    return NULL;
}

/* a library error as a reply: bad values 400, limits 503, the rest 500 */
static void fail(srv_reply *r, const dyad_error *err, const srv_params *p)
{
    if (err->code == DYAD_EINVAL)
        srv_reply_error(r, 400, err->message, param_of(err->message, p));
    else if (err->code == DYAD_ELIMIT)
        srv_reply_error(r, 503, err->message, NULL);
    else
        srv_reply_error(r, 500, err->message, NULL);
}

static void json_reply(srv_reply *r)
{
    r->status = 200;
    r->type = "application/json";
}

/* the store-reading endpoints, each a library call */
enum read_kind { R_EVENTS, R_GEOJSON, R_STATS, R_DYADS, R_ACTORS, R_PLACES };

static int run_read(enum read_kind k, dyad_store *db, srv_params *p,
                    srv_reply *r, dyad_error *err)
{
    dyad_stats_options so;
    memset(&so, 0, sizeof so);
    so.filter = p->q;
    so.by = p->by;
    switch (k) {
    case R_EVENTS:
        return dyad_store_events_page(db, &p->q, &p->page, srv_reply_sink, r,
                                      err);
    case R_GEOJSON:
        if (!p->page.limit)
            p->page.limit = 1000;
        return dyad_store_geojson(db, &p->q, &p->page, srv_reply_sink, r,
                                  err);
    case R_PLACES:
        return dyad_store_places(db, &p->q, &p->page, srv_reply_sink, r, err);
    case R_STATS:
        so.series = 1;
        so.top_dyads = so.top_actors = p->top ? p->top : TOP_DEFAULT;
        break;
    case R_DYADS:
        so.top_dyads = p->top ? p->top : LIST_DEFAULT;
        break;
    case R_ACTORS:
        so.top_actors = p->top ? p->top : LIST_DEFAULT;
        break;
    }
    return dyad_store_stats(db, &so, DYAD_FORMAT_JSON, srv_reply_sink, r,
                            err);
}

static srv_slot *take(const srv_state *st, srv_reply *r)
{
    srv_slot *s = srv_pool_take(st->pool, 2000);
    if (!s)
        srv_reply_error(r, 429, "all connections are busy; try again", NULL);
    else
        dyad_store_set_deadline(s->store, st->cfg->timeout_ms);
    return s;
}

static void read_endpoint(const srv_state *st, struct MHD_Connection *c,
                          enum read_kind k, unsigned allow, srv_reply *r)
{
    srv_params p;
    if (srv_params_read(c, allow, &p, r))
        return;
    srv_slot *s = take(st, r);
    if (!s)
        return;
    dyad_error err = {0};
    json_reply(r);
    if (run_read(k, s->store, &p, r, &err))
        fail(r, &err, &p);
    if (k == R_GEOJSON && r->status == 200)
        r->type = "application/geo+json";
    srv_pool_give(st->pool, s);
}

/* GET /events/{id} */
static void event_endpoint(const srv_state *st, struct MHD_Connection *c,
                           const char *id, srv_reply *r)
{
    srv_params p;
    if (srv_params_read(c, 0, &p, r))
        return;
    size_t n = strlen(id);
    for (size_t i = 0; i < n; i++)
        if (!isdigit((unsigned char)id[i]))
            n = 0;
    if (!n || n > 18) {
        srv_reply_error(r, 400, "an event id is a number", "id");
        return;
    }
    srv_slot *s = take(st, r);
    if (!s)
        return;
    dyad_error err = {0};
    int found = 0;
    json_reply(r);
    if (dyad_store_event_detail(&found, s->store, strtoll(id, NULL, 10),
                                srv_reply_sink, r, &err))
        fail(r, &err, &p);
    else if (!found)
        srv_reply_error(r, 404, "no event with this id", "id");
    srv_pool_give(st->pool, s);
}

/* GET /status: what a dashboard polls to see the store grow */
static void status_endpoint(const srv_state *st, struct MHD_Connection *c,
                            srv_reply *r)
{
    srv_params p;
    if (srv_params_read(c, 0, &p, r))
        return;
    srv_slot *s = take(st, r);
    if (!s)
        return;
    dyad_store_counts n;
    dyad_error err = {0};
    if (dyad_store_get_counts(&n, s->store, &err)) {
        fail(r, &err, &p);
    } else {
        char buf[512];
        snprintf(buf, sizeof buf,
                 "{\"version\":\"%s\",\"api\":1,\"store_schema\":%d,"
                 "\"coding\":%s,\"documents\":%lld,\"sentences\":%lld,"
                 "\"events\":%lld,\"mentions\":%lld,\"actors\":%lld}\n",
                 dyad_version(), DYAD_STORE_SCHEMA,
                 st->cfg->lex ? "true" : "false", n.documents, n.sentences,
                 n.events, n.mentions, n.actors);
        json_reply(r);
        srv_reply_sink(r, buf, strlen(buf));
    }
    srv_pool_give(st->pool, s);
}

/* ---------------------------------------------------------- POST /code */

/* the coded events of one document as JSON objects joined by commas:
 * the JSONL writer hands over one line per call */
typedef struct joiner {
    srv_reply *r;
    int n;
} joiner;

static int join_sink(void *ctx, const char *bytes, size_t len)
{
    joiner *j = ctx;
    if (len && bytes[len - 1] == '\n')
        len--;
    if (j->n++ && srv_reply_sink(j->r, ",", 1))
        return -1;
    return srv_reply_sink(j->r, bytes, len);
}

/* one document coded: {"id", "date", "events": [...][, "explain"]},
 * after a comma unless it is the first */
static int code_doc(srv_slot *s, dyad_doc *doc, int first, int explain,
                    srv_reply *r, dyad_error *err)
{
    dyad_result *res = NULL;
    int rc = dyad_code(&res, s->coder, doc, err);
    if (rc == DYAD_EDATE) { /* a bad date loses the date, as in the CLI */
        doc->date = NULL;
        rc = dyad_code(&res, s->coder, doc, err);
    }
    if (rc)
        return rc;
    srv_reply_sink(r, first ? "{\"id\":" : ",{\"id\":", first ? 6 : 7);
    srv_json_string(r, doc->id ? doc->id : "", doc->id ? strlen(doc->id) : 0);
    srv_reply_sink(r, ",\"date\":", 8);
    if (doc->date)
        srv_json_string(r, doc->date, strlen(doc->date));
    else
        srv_reply_sink(r, "null", 4);
    srv_reply_sink(r, ",\"events\":[", 11);
    joiner j = {r, 0};
    rc = dyad_result_write(res, DYAD_FORMAT_JSONL, join_sink, &j);
    srv_reply_sink(r, "]", 1);
    dyad_result_free(res);
    if (!rc && explain) {
        srv_reply text = {0};
        rc = dyad_explain(s->coder, doc, srv_reply_sink, &text, err);
        srv_reply_sink(r, ",\"explain\":", 11);
        srv_json_string(r, text.body ? text.body : "", text.len);
        free(text.body);
    }
    srv_reply_sink(r, "}", 1);
    /* what fails after coding is memory (the sinks) */
    return rc ? DYAD_ENOMEM : 0;
}

/* a rejected document: {"id", "message", "line", "byte"} */
static void rejected(srv_reply *r, int first, const dyad_doc *doc,
                     const dyad_error *e)
{
    char buf[96];
    srv_reply_sink(r, first ? "{\"id\":" : ",{\"id\":", first ? 6 : 7);
    srv_json_string(r, doc->id ? doc->id : "", doc->id ? strlen(doc->id) : 0);
    srv_reply_sink(r, ",\"message\":", 11);
    srv_json_string(r, e->message, strlen(e->message));
    snprintf(buf, sizeof buf, ",\"line\":%ld,\"byte\":%lld}", e->line,
             e->byte);
    srv_reply_sink(r, buf, strlen(buf));
}

/* every document of the body coded into r, or rejected into rej with its
 * reason; DYAD_ELIMIT past CODE_DOCS_MAX documents, DYAD_ENOMEM */
static int code_body(srv_slot *s, const srv_params *p, dyad_reader *rd,
                     srv_reply *r, srv_reply *rej)
{
    int coded = 0, bad = 0;
    for (int seen = 0;; seen++) {
        dyad_doc doc;
        dyad_error e = {0};
        int rc = dyad_reader_next(rd, &doc, &e);
        if (rc == 0)
            return 0;
        if (seen >= CODE_DOCS_MAX)
            return DYAD_ELIMIT;
        if (rc > 0) {
            if (!doc.date)
                doc.date = p->date;
            rc = code_doc(s, &doc, !coded, p->explain &&
                                               coded < EXPLAIN_DOCS_MAX,
                          r, &e);
            if (!rc) {
                coded++;
                continue;
            }
        }
        if (rc == DYAD_ENOMEM)
            return rc;
        rejected(rej, !bad++, &doc, &e);
    }
}

/* POST /code: text, or JSONL records, coded and not stored */
static void code_endpoint(const srv_state *st, struct MHD_Connection *c,
                          const char *body, size_t len, srv_reply *r)
{
    srv_params p;
    if (srv_params_read(c, SRV_P_CODE, &p, r))
        return;
    if (!st->cfg->lex) {
        srv_reply_error(r, 404, "coding is off: no lexicon", NULL);
        return;
    }
    if (!len) {
        srv_reply_error(r, 400, "the body is empty: send text or JSONL",
                        NULL);
        return;
    }
    dyad_options opts = DYAD_OPTIONS_INIT;
    opts.max_doc_bytes = st->cfg->max_body;
    dyad_reader *rd = NULL;
    dyad_error err = {0};
    if (dyad_reader_open_buffer(&rd, "body", body, len, &opts, &err)) {
        srv_reply_error(r, 500, err.message, NULL);
        return;
    }
    srv_slot *s = take(st, r);
    if (!s) {
        dyad_reader_close(rd);
        return;
    }
    srv_reply rej = {0};
    json_reply(r);
    srv_reply_sink(r, "{\"documents\":[", 14);
    int rc = code_body(s, &p, rd, r, &rej);
    srv_pool_give(st->pool, s);
    dyad_reader_close(rd);
    srv_reply_sink(r, "],\"rejected\":[", 14);
    srv_reply_sink(r, rej.body ? rej.body : "", rej.len);
    srv_reply_sink(r, "]}\n", 3);
    if (rej.failed || rc == DYAD_ENOMEM)
        srv_reply_error(r, 500, "out of memory", NULL);
    else if (rc == DYAD_ELIMIT)
        srv_reply_error(r, 413, "more than 50 documents in one request",
                        NULL);
    free(rej.body);
}

/* ------------------------------------------------------------ routing */

void srv_api(const srv_state *st, struct MHD_Connection *c,
             const char *method, const char *path, const char *body,
             size_t body_len, srv_reply *r)
{
    static const struct {
        const char *path;
        enum read_kind kind;
        unsigned allow;
    } reads[] = {
        {"events", R_EVENTS, SRV_P_FILTERS | SRV_P_PAGE},
        {"events.geojson", R_GEOJSON, SRV_P_FILTERS | SRV_P_PAGE},
        {"places", R_PLACES, SRV_P_FILTERS | SRV_P_PAGE},
        {"stats", R_STATS, SRV_P_FILTERS | SRV_P_STATS},
        {"dyads", R_DYADS, SRV_P_FILTERS | SRV_P_TOP},
        {"actors", R_ACTORS, SRV_P_FILTERS | SRV_P_TOP},
    };
    int get = !strcmp(method, "GET") || !strcmp(method, "HEAD");
    if (!strcmp(path, "code")) {
        if (strcmp(method, "POST"))
            srv_reply_error(r, 405, "POST text or JSONL to /code", NULL);
        else
            code_endpoint(st, c, body, body_len, r);
        return;
    }
    if (!get) {
        srv_reply_error(r, 405, "only GET and HEAD here", NULL);
        return;
    }
    for (size_t i = 0; i < sizeof reads / sizeof reads[0]; i++)
        if (!strcmp(path, reads[i].path)) {
            read_endpoint(st, c, reads[i].kind, reads[i].allow, r);
            return;
        }
    if (!strncmp(path, "events/", 7))
        event_endpoint(st, c, path + 7, r);
    else if (!strcmp(path, "status"))
        status_endpoint(st, c, r);
    else
        srv_reply_error(r, 404, "no such endpoint (see docs/api.md)", NULL);
}
