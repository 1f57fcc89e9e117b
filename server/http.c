/*
 * http.c - the daemon of `dyad serve` on libmicrohttpd: a pool of worker
 * threads over epoll, bounded connections, bodies, idle time and request
 * rate; the token and Host checks on every request; the standard security
 * headers on every response; errors as JSON; a clean stop on SIGINT or
 * SIGTERM. What a request asks for is answered by api.c and assets.c.
 */
#define _POSIX_C_SOURCE 200809L
#include "server.h"

#include <arpa/inet.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <time.h>

#define RATE_SLOTS 1024     /* client addresses tracked by the rate limit */
#define SLOT_WAIT_MS 2000   /* a request waits this long for a connection */
#define API_PREFIX "/api/v1/"

/* a token bucket per client address (hashed; collisions share one) */
typedef struct bucket {
    double tokens;
    double at; /* seconds, monotonic */
} bucket;

typedef struct server {
    srv_state st;
    pthread_mutex_t rate_lock;
    bucket rate[RATE_SLOTS];
} server;

/* the body of one request, gathered across calls */
typedef struct request {
    char *body;
    size_t len;
    int too_big;
    double started;
} request;

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* ------------------------------------------------------------ replies */

int srv_reply_sink(void *ctx, const char *bytes, size_t len)
{
    srv_reply *r = ctx;
    if (r->failed)
        return -1;
    if (len > r->cap - r->len) {
        size_t cap = r->cap ? r->cap : 4096;
        while (cap - r->len < len && cap < ((size_t)1 << 40))
            cap *= 2;
        char *b = cap - r->len >= len ? realloc(r->body, cap) : NULL;
        if (!b) {
            r->failed = 1;
            return -1;
        }
        r->body = b;
        r->cap = cap;
    }
    memcpy(r->body + r->len, bytes, len);
    r->len += len;
    return 0;
}

void srv_json_string(srv_reply *r, const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    srv_reply_sink(r, "\"", 1);
    for (size_t i = 0; i < n; i++) {
        char esc[8];
        if (p[i] == '"' || p[i] == '\\') {
            esc[0] = '\\';
            esc[1] = (char)p[i];
            srv_reply_sink(r, esc, 2);
        } else if (p[i] < 0x20) {
            snprintf(esc, sizeof esc, "\\u%04x", p[i]);
            srv_reply_sink(r, esc, 6);
        } else if (p[i] < 0x80) {
            srv_reply_sink(r, s + i, 1);
        } else {
            size_t len = p[i] >= 0xF5 ? 0 : p[i] >= 0xF0 ? 4
                         : p[i] >= 0xE0 ? 3 : p[i] >= 0xC2 ? 2 : 0;
            size_t k = 1;
            while (len && k < len && i + k < n && (p[i + k] & 0xC0) == 0x80)
                k++;
            if (len && k == len) {
                srv_reply_sink(r, s + i, len);
                i += len - 1;
            } else {
                srv_reply_sink(r, "?", 1);
            }
        }
    }
    srv_reply_sink(r, "\"", 1);
}

void srv_reply_error(srv_reply *r, unsigned status, const char *message,
                     const char *parameter)
{
    free(r->body);
    memset(r, 0, sizeof *r);
    r->status = status;
    r->type = "application/json";
    char head[64];
    snprintf(head, sizeof head, "{\"error\":{\"status\":%u,\"message\":",
             status);
    srv_reply_sink(r, head, strlen(head));
    srv_json_string(r, message, strlen(message));
    srv_reply_sink(r, ",\"parameter\":", 13);
    if (parameter)
        srv_json_string(r, parameter, strlen(parameter));
    else
        srv_reply_sink(r, "null", 4);
    srv_reply_sink(r, "}}\n", 3);
}

/* the headers every response carries: no scripts, styles, frames or
 * connections from elsewhere; no sniffing, no referrer */
static void security_headers(struct MHD_Response *resp, const srv_reply *r)
{
    static const char *const h[][2] = {
        {"Content-Security-Policy",
         "default-src 'none'; script-src 'self'; style-src 'self'; "
         "img-src 'self' data:; connect-src 'self'; font-src 'self'; "
         "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"},
        {"X-Content-Type-Options", "nosniff"},
        {"Referrer-Policy", "no-referrer"},
        {"X-Frame-Options", "DENY"},
        {"Cross-Origin-Opener-Policy", "same-origin"},
        {"Cross-Origin-Resource-Policy", "same-origin"},
        {"Permissions-Policy", "camera=(), microphone=(), geolocation=()"},
    };
    for (size_t i = 0; i < sizeof h / sizeof h[0]; i++)
        MHD_add_response_header(resp, h[i][0], h[i][1]);
    MHD_add_response_header(resp, "Cache-Control",
                            r->cache ? "no-cache" : "no-store");
    if (r->type)
        MHD_add_response_header(resp, "Content-Type", r->type);
}

/* queues r (freed here); a failed reply becomes a 500 */
static enum MHD_Result send_reply(struct MHD_Connection *c, srv_reply *r,
                                  const char *cookie)
{
    if (r->failed)
        srv_reply_error(r, 500, "out of memory", NULL);
    struct MHD_Response *resp = MHD_create_response_from_buffer(
        r->len, r->body ? r->body : (void *)"", r->body
                                                    ? MHD_RESPMEM_MUST_FREE
                                                    : MHD_RESPMEM_PERSISTENT);
    if (!resp) {
        free(r->body);
        return MHD_NO;
    }
    security_headers(resp, r);
    if (r->status == 429)
        MHD_add_response_header(resp, "Retry-After", "1");
    if (r->status == 405)
        MHD_add_response_header(resp, "Allow", "GET, HEAD, POST");
    if (cookie)
        MHD_add_response_header(resp, "Set-Cookie", cookie);
    enum MHD_Result ok = MHD_queue_response(c, r->status, resp);
    MHD_destroy_response(resp);
    return ok;
}

/* ------------------------------------------------------------- checks */

/* equal strings, in time that depends only on the token's length */
static int same_token(const char *given, const char *want)
{
    size_t n = strlen(want), m = given ? strlen(given) : 0;
    unsigned char d = n != m;
    for (size_t i = 0; i < n; i++)
        d |= (unsigned char)want[i] ^ (unsigned char)(i < m ? given[i] : 0);
    return d == 0;
}

/* the token of the request: Authorization: Bearer, the cookie, or
 * ?token= (*from_query set: the reply sets the cookie) */
static int token_ok(const srv_config *cfg, struct MHD_Connection *c,
                    int *from_query)
{
    const char *auth =
        MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Authorization");
    const char *cookie =
        MHD_lookup_connection_value(c, MHD_COOKIE_KIND, "dyad_token");
    const char *query =
        MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "token");
    *from_query = 0;
    if (auth && !strncasecmp(auth, "Bearer ", 7) &&
        same_token(auth + 7, cfg->token))
        return 1;
    if (cookie && same_token(cookie, cfg->token))
        return 1;
    if (query && same_token(query, cfg->token)) {
        *from_query = 1;
        return 1;
    }
    return 0;
}

/* Without a token the server answers only requests addressed to a
 * loopback name: a web page elsewhere that points a name of its own at
 * 127.0.0.1 (DNS rebinding) is refused. */
static int host_ok(struct MHD_Connection *c)
{
    const char *host =
        MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Host");
    if (!host)
        return 0;
    static const char *const names[] = {"127.0.0.1", "localhost", "[::1]"};
    for (size_t i = 0; i < 3; i++) {
        size_t n = strlen(names[i]);
        if (!strncasecmp(host, names[i], n) &&
            (host[n] == '\0' || host[n] == ':'))
            return 1;
    }
    return 0;
}

/* the rate limit: `rate` requests a second per client address, bursts of
 * twice that; 1 when this request may go on */
static int rate_ok(server *sv, struct MHD_Connection *c)
{
    unsigned rate = sv->st.cfg->rate;
    if (!rate)
        return 1;
    const union MHD_ConnectionInfo *ci =
        MHD_get_connection_info(c, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
    uint32_t h = 2166136261u;
    if (ci && ci->client_addr) {
        const struct sockaddr *sa = ci->client_addr;
        const unsigned char *p = NULL;
        size_t n = 0;
        if (sa->sa_family == AF_INET) {
            p = (const unsigned char *)&((const struct sockaddr_in *)sa)
                    ->sin_addr;
            n = 4;
        } else if (sa->sa_family == AF_INET6) {
            p = (const unsigned char *)&((const struct sockaddr_in6 *)sa)
                    ->sin6_addr;
            n = 16;
        }
        for (size_t i = 0; i < n; i++)
            h = (h ^ p[i]) * 16777619u;
    }
    double t = now_s();
    pthread_mutex_lock(&sv->rate_lock);
    bucket *b = &sv->rate[h % RATE_SLOTS];
    if (b->at == 0)
        b->tokens = 2.0 * rate;
    b->tokens += (t - b->at) * rate;
    if (b->tokens > 2.0 * rate)
        b->tokens = 2.0 * rate;
    b->at = t;
    int ok = b->tokens >= 1;
    if (ok)
        b->tokens -= 1;
    pthread_mutex_unlock(&sv->rate_lock);
    return ok;
}

/* ----------------------------------------------------------- requests */

/* what the request asks for, into r */
static void answer(server *sv, struct MHD_Connection *c, const char *url,
                   const char *method, request *rq, srv_reply *r)
{
    int get = !strcmp(method, "GET") || !strcmp(method, "HEAD");
    if (!strncmp(url, API_PREFIX, strlen(API_PREFIX))) {
        srv_api(&sv->st, c, method, url + strlen(API_PREFIX), rq->body,
                rq->len, r);
        return;
    }
    if (!get) {
        srv_reply_error(r, 405, "only GET and HEAD here", NULL);
        return;
    }
    if (srv_assets_reply(sv->st.assets, url, r))
        srv_reply_error(r, 404, "no such page", NULL);
}

static void log_line(const server *sv, const char *method, const char *url,
                     unsigned status, const request *rq)
{
    if (sv->st.cfg->quiet)
        return;
    fprintf(stderr, "dyad serve: %s %.200s %u %.1f ms\n", method, url, status,
            (now_s() - rq->started) * 1000);
}

/* libmicrohttpd's access handler: called once with the headers, then
 * with each piece of the body, then once more with none left */
static enum MHD_Result on_request(void *cls, struct MHD_Connection *c,
                                  const char *url, const char *method,
                                  const char *version, const char *upload,
                                  size_t *upload_size, void **con_cls)
{
    (void)version;
    server *sv = cls;
    const srv_config *cfg = sv->st.cfg;
    request *rq = *con_cls;
    srv_reply r = {0};
    if (!rq) {
        if (!(rq = calloc(1, sizeof *rq)))
            return MHD_NO;
        rq->started = now_s();
        *con_cls = rq;
        const char *cl = MHD_lookup_connection_value(c, MHD_HEADER_KIND,
                                                     "Content-Length");
        if (cl && strtoull(cl, NULL, 10) > cfg->max_body)
            rq->too_big = 1;
        else
            return MHD_YES; /* the body, if any, comes next */
    } else if (*upload_size) {
        if (!rq->too_big && *upload_size <= cfg->max_body - rq->len) {
            char *b = realloc(rq->body, rq->len + *upload_size + 1);
            if (!b)
                return MHD_NO;
            memcpy(b + rq->len, upload, *upload_size);
            rq->body = b;
            rq->len += *upload_size;
            rq->body[rq->len] = '\0';
            *upload_size = 0;
            return MHD_YES;
        }
        rq->too_big = 1;
        *upload_size = 0;
    }
    int set_cookie = 0;
    if (rq->too_big) {
        char msg[96];
        snprintf(msg, sizeof msg, "request body larger than %zu bytes",
                 cfg->max_body);
        srv_reply_error(&r, 413, msg, NULL);
    } else if (cfg->token && !token_ok(cfg, c, &set_cookie)) {
        srv_reply_error(&r, 401, "a token is required (Authorization: "
                                 "Bearer TOKEN)", NULL);
    } else if (!cfg->token && !host_ok(c)) {
        srv_reply_error(&r, 403, "Host must be localhost or 127.0.0.1",
                        NULL);
    } else if (!rate_ok(sv, c)) {
        srv_reply_error(&r, 429, "too many requests; slow down", NULL);
    } else {
        answer(sv, c, url, method, rq, &r);
    }
    char cookie[320];
    if (set_cookie)
        snprintf(cookie, sizeof cookie,
                 "dyad_token=%s; HttpOnly; SameSite=Strict; Path=/",
                 cfg->token);
    log_line(sv, method, url, r.status, rq);
    return send_reply(c, &r, set_cookie ? cookie : NULL);
}

static void on_done(void *cls, struct MHD_Connection *c, void **con_cls,
                    enum MHD_RequestTerminationCode how)
{
    (void)cls;
    (void)c;
    (void)how;
    request *rq = *con_cls;
    if (rq) {
        free(rq->body);
        free(rq);
        *con_cls = NULL;
    }
}

/* ------------------------------------------------------------- daemon */

/* the address to bind: IPv4 or IPv6 text; 0, or -1 */
static int address(const srv_config *cfg, struct sockaddr_storage *ss)
{
    memset(ss, 0, sizeof *ss);
    struct sockaddr_in *a4 = (struct sockaddr_in *)ss;
    struct sockaddr_in6 *a6 = (struct sockaddr_in6 *)ss;
    if (inet_pton(AF_INET, cfg->host, &a4->sin_addr) == 1) {
        a4->sin_family = AF_INET;
        a4->sin_port = htons((uint16_t)cfg->port);
        return 0;
    }
    if (inet_pton(AF_INET6, cfg->host, &a6->sin6_addr) == 1) {
        a6->sin6_family = AF_INET6;
        a6->sin6_port = htons((uint16_t)cfg->port);
        return 0;
    }
    return -1;
}

static struct MHD_Daemon *start(server *sv, const struct sockaddr_storage *ss)
{
    const srv_config *cfg = sv->st.cfg;
    unsigned flags = MHD_USE_EPOLL_INTERNAL_THREAD | MHD_USE_ERROR_LOG;
    if (ss->ss_family == AF_INET6)
        flags |= MHD_USE_IPv6;
    return MHD_start_daemon(
        flags, (uint16_t)cfg->port, NULL, NULL, on_request, sv,
        MHD_OPTION_SOCK_ADDR, (const struct sockaddr *)ss,
        MHD_OPTION_THREAD_POOL_SIZE, cfg->threads,
        MHD_OPTION_CONNECTION_LIMIT, cfg->max_connections,
        MHD_OPTION_CONNECTION_TIMEOUT, cfg->idle_s,
        MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)64 * 1024,
        MHD_OPTION_NOTIFY_COMPLETED, on_done, NULL, MHD_OPTION_END);
}

/* writes the bound port (for tests that ask for any free one) */
static void write_port(const srv_config *cfg, struct MHD_Daemon *d)
{
    const union MHD_DaemonInfo *di =
        MHD_get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT);
    unsigned port = di ? di->port : cfg->port;
    fprintf(stderr, "dyad serve: http://%s%s%s:%u/ (%s)\n",
            strchr(cfg->host, ':') ? "[" : "", cfg->host,
            strchr(cfg->host, ':') ? "]" : "", port, cfg->db);
    if (!cfg->port_file)
        return;
    char tmp[1024];
    snprintf(tmp, sizeof tmp, "%s.tmp", cfg->port_file);
    FILE *f = fopen(tmp, "w");
    if (f) {
        fprintf(f, "%u\n", port);
        fclose(f);
        rename(tmp, cfg->port_file);
    }
}

int srv_run(const srv_config *cfg)
{
    static server sv; /* one per process: the signal wait is too */
    memset(&sv, 0, sizeof sv);
    sv.st.cfg = cfg;
    pthread_mutex_init(&sv.rate_lock, NULL);
    struct sockaddr_storage ss;
    if (address(cfg, &ss)) {
        fprintf(stderr, "dyad serve: '%s' is not an IP address\n", cfg->host);
        return 2;
    }
    if (cfg->web_dir && srv_assets_load(&sv.st.assets, cfg->web_dir))
        return 3;
    if (srv_pool_new(&sv.st.pool, cfg, cfg->threads)) {
        srv_assets_free(sv.st.assets);
        return 3;
    }
    /* the workers inherit a mask without SIGINT and SIGTERM, so that
     * this thread alone takes them, in sigwait */
    sigset_t stop;
    sigemptyset(&stop);
    sigaddset(&stop, SIGINT);
    sigaddset(&stop, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stop, NULL);
    signal(SIGPIPE, SIG_IGN);
    struct MHD_Daemon *d = start(&sv, &ss);
    int rc = 0;
    if (!d) {
        fprintf(stderr, "dyad serve: cannot listen on %s:%u\n", cfg->host,
                cfg->port);
        rc = 3;
    } else {
        write_port(cfg, d);
        int sig = 0;
        sigwait(&stop, &sig);
        fprintf(stderr, "dyad serve: %s, stopping\n",
                sig == SIGINT ? "SIGINT" : "SIGTERM");
        MHD_stop_daemon(d); /* finishes the requests in flight */
    }
    srv_pool_free(sv.st.pool);
    srv_assets_free(sv.st.assets);
    pthread_mutex_destroy(&sv.rate_lock);
    return rc;
}
