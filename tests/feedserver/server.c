/*
 * server.c - the feed tests' HTTP server (server.h): libmicrohttpd, one
 * thread per connection (so a slow response holds up nobody else),
 * bound to 127.0.0.1. Compression with zlib. Test code: it serves only
 * the directory it is given and only loopback clients reach it.
 */
#define _POSIX_C_SOURCE 200809L
#include "server.h"

#include <arpa/inet.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <zlib.h>

#define MAX_FILE (16u << 20)
#define MAX_COUNTED 256

struct fs_server {
    struct MHD_Daemon *d;
    char root[1024];
    FILE *log;
    pthread_mutex_t lock;
    long requests;
    struct timespec t0;
    /* requests per URL, for /flaky/ */
    char urls[MAX_COUNTED][256];
    int counts[MAX_COUNTED];
    int nurls;
};

static long ms_since(const struct timespec *t0)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (long)((t.tv_sec - t0->tv_sec) * 1000 +
                  (t.tv_nsec - t0->tv_nsec) / 1000000);
}

/* the number of this request to url (1 for the first) */
static int count_url(fs_server *s, const char *url)
{
    pthread_mutex_lock(&s->lock);
    int n = 0;
    for (int i = 0; i < s->nurls; i++)
        if (strcmp(s->urls[i], url) == 0) {
            n = ++s->counts[i];
            break;
        }
    if (!n && s->nurls < MAX_COUNTED) {
        snprintf(s->urls[s->nurls], sizeof s->urls[0], "%s", url);
        n = s->counts[s->nurls++] = 1;
    }
    pthread_mutex_unlock(&s->lock);
    return n;
}

static enum MHD_Result add_arg(void *ctx, enum MHD_ValueKind kind,
                               const char *key, const char *value)
{
    (void)kind;
    char *q = ctx;
    size_t n = strlen(q);
    snprintf(q + n, 512 - n, "%s%s=%s", n ? "&" : "?", key,
             value ? value : "");
    return MHD_YES;
}

static const char *hdr(struct MHD_Connection *c, const char *name)
{
    const char *v = MHD_lookup_connection_value(c, MHD_HEADER_KIND, name);
    return v ? v : "-";
}

static void log_request(fs_server *s, struct MHD_Connection *c,
                        const char *url, int status)
{
    if (!s->log)
        return;
    char query[512] = "";
    MHD_get_connection_values(c, MHD_GET_ARGUMENT_KIND, add_arg, query);
    pthread_mutex_lock(&s->lock);
    fprintf(s->log, "GET %s%s status=%d ua=%s inm=%s ims=%s ae=%s ms=%ld\n",
            url, query, status, hdr(c, "User-Agent"), hdr(c, "If-None-Match"),
            hdr(c, "If-Modified-Since"), hdr(c, "Accept-Encoding"),
            ms_since(&s->t0));
    fflush(s->log);
    pthread_mutex_unlock(&s->lock);
}

static enum MHD_Result reply(fs_server *s, struct MHD_Connection *c,
                             const char *url, int status, const char *body,
                             size_t len, const char *ctype)
{
    struct MHD_Response *r = MHD_create_response_from_buffer(
        len, (void *)body, MHD_RESPMEM_MUST_COPY);
    if (!r)
        return MHD_NO;
    if (ctype)
        MHD_add_response_header(r, "Content-Type", ctype);
    log_request(s, c, url, status);
    enum MHD_Result rc = MHD_queue_response(c, (unsigned)status, r);
    MHD_destroy_response(r);
    return rc;
}

static const char *ctype_of(const char *name)
{
    static const char *const map[][2] = {
        {".xml", "application/rss+xml"},  {".atom", "application/atom+xml"},
        {".rdf", "application/rdf+xml"},  {".opml", "text/x-opml"},
        {".html", "text/html; charset=utf-8"}, {".txt", "text/plain"}};
    const char *dot = strrchr(name, '.');
    for (size_t i = 0; dot && i < sizeof map / sizeof map[0]; i++)
        if (strcmp(dot, map[i][0]) == 0)
            return map[i][1];
    return "application/octet-stream";
}

/* gzip (window 31) or zlib (15) of in; NULL on failure */
static char *compress_body(const char *in, size_t n, int gz, size_t *out_n)
{
    z_stream z;
    memset(&z, 0, sizeof z);
    if (deflateInit2(&z, 6, Z_DEFLATED, gz ? 31 : 15, 8,
                     Z_DEFAULT_STRATEGY) != Z_OK)
        return NULL;
    size_t cap = deflateBound(&z, n) + 64;
    char *out = malloc(cap);
    z.next_in = (Bytef *)in;
    z.avail_in = (uInt)n;
    z.next_out = (Bytef *)out;
    z.avail_out = (uInt)cap;
    if (!out || deflate(&z, Z_FINISH) != Z_STREAM_END) {
        deflateEnd(&z);
        free(out);
        return NULL;
    }
    *out_n = z.total_out;
    deflateEnd(&z);
    return out;
}

static char *read_file(const char *path, size_t *n)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    char *buf = malloc(MAX_FILE);
    *n = buf ? fread(buf, 1, MAX_FILE, f) : 0;
    fclose(f);
    return buf;
}

static const char *arg(struct MHD_Connection *c, const char *k)
{
    return MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, k);
}

/* a file of the root, conditional and compressed as asked */
static enum MHD_Result serve_file(fs_server *s, struct MHD_Connection *c,
                                  const char *url, const char *name)
{
    char path[2048];
    size_t n = 0;
    if (!*name || strstr(name, "..") || strchr(name, '/'))
        return reply(s, c, url, 404, "no\n", 3, "text/plain");
    snprintf(path, sizeof path, "%s/%s", s->root, name);
    char *body = read_file(path, &n);
    if (!body)
        return reply(s, c, url, 404, "not found\n", 10, "text/plain");
    char etag[64];
    snprintf(etag, sizeof etag, "\"%08lx-%zu\"",
             (unsigned long)crc32(0, (const Bytef *)body, (uInt)n), n);
    const char *lm = "Tue, 19 Nov 2024 10:00:00 GMT";
    const char *inm = MHD_lookup_connection_value(c, MHD_HEADER_KIND,
                                                  "If-None-Match");
    const char *ims = MHD_lookup_connection_value(c, MHD_HEADER_KIND,
                                                  "If-Modified-Since");
    int noetag = arg(c, "noetag") != NULL;
    int fresh = (!noetag && inm && strcmp(inm, etag) == 0) ||
                (!inm && ims && strcmp(ims, lm) == 0);
    const char *ae = hdr(c, "Accept-Encoding");
    int gz = arg(c, "gzip") && strstr(ae, "gzip");
    int df = arg(c, "deflate") && strstr(ae, "deflate");
    size_t zn = 0;
    char *z = (gz || df) && !fresh ? compress_body(body, n, gz, &zn) : NULL;
    struct MHD_Response *r = MHD_create_response_from_buffer(
        fresh ? 0 : z ? zn : n, fresh ? (void *)"" : z ? z : body,
        MHD_RESPMEM_MUST_COPY);
    free(body);
    free(z);
    if (!r)
        return MHD_NO;
    const char *type = arg(c, "type");
    MHD_add_response_header(r, "Content-Type", type ? type : ctype_of(name));
    if (!noetag)
        MHD_add_response_header(r, "ETag", etag);
    MHD_add_response_header(r, "Last-Modified", lm);
    if (z)
        MHD_add_response_header(r, "Content-Encoding", gz ? "gzip"
                                                          : "deflate");
    int status = fresh ? 304 : 200;
    log_request(s, c, url, status);
    enum MHD_Result rc = MHD_queue_response(c, (unsigned)status, r);
    MHD_destroy_response(r);
    return rc;
}

static ssize_t stream_cb(void *cls, uint64_t pos, char *buf, size_t max)
{
    uint64_t total = *(uint64_t *)cls;
    if (pos >= total)
        return MHD_CONTENT_READER_END_OF_STREAM;
    size_t n = total - pos < max ? (size_t)(total - pos) : max;
    for (size_t i = 0; i < n; i++)
        buf[i] = "<p>Padding text.</p>\n"[(pos + i) % 21];
    return (ssize_t)n;
}

static enum MHD_Result serve_big(fs_server *s, struct MHD_Connection *c,
                                 const char *url, unsigned long long n,
                                 int chunked)
{
    struct MHD_Response *r;
    uint64_t *total = malloc(sizeof *total);
    if (!total)
        return MHD_NO;
    *total = n;
    r = MHD_create_response_from_callback(chunked ? MHD_SIZE_UNKNOWN : n,
                                          4096, stream_cb, total, free);
    if (!r)
        return MHD_NO;
    MHD_add_response_header(r, "Content-Type", "text/html");
    log_request(s, c, url, 200);
    enum MHD_Result rc = MHD_queue_response(c, 200, r);
    MHD_destroy_response(r);
    return rc;
}

/* the path after /prefix/N/: N in *n, the rest returned; NULL if none */
static const char *after_n(const char *url, const char *prefix, long *n)
{
    size_t k = strlen(prefix);
    if (strncmp(url, prefix, k) != 0)
        return NULL;
    char *end;
    *n = strtol(url + k, &end, 10);
    if (end == url + k)
        return NULL;
    return *end == '/' ? end + 1 : end;
}

static enum MHD_Result route(fs_server *s, struct MHD_Connection *c,
                             const char *url, const char *path)
{
    long n;
    const char *rest;
    char loc[1024];
    if ((rest = after_n(path, "/redirect/", &n))) {
        struct MHD_Response *r = MHD_create_response_from_buffer(
            0, (void *)"", MHD_RESPMEM_PERSISTENT);
        if (n > 0)
            snprintf(loc, sizeof loc, "/redirect/%ld/%s", n - 1, rest);
        else
            snprintf(loc, sizeof loc, "/%s", rest);
        MHD_add_response_header(r, "Location", loc);
        log_request(s, c, url, 302);
        enum MHD_Result rc = MHD_queue_response(c, 302, r);
        MHD_destroy_response(r);
        return rc;
    }
    if ((rest = after_n(path, "/flaky/", &n))) {
        if (count_url(s, url) <= n)
            return reply(s, c, url, 503, "busy\n", 5, "text/plain");
        snprintf(loc, sizeof loc, "/%s", rest);
        return route(s, c, url, loc);
    }
    if ((rest = after_n(path, "/slow/", &n))) {
        struct timespec ts = {n / 1000, (n % 1000) * 1000000L};
        nanosleep(&ts, NULL);
        snprintf(loc, sizeof loc, "/%s", rest);
        return route(s, c, url, loc);
    }
    if ((rest = after_n(path, "/status/", &n)))
        return reply(s, c, url, (int)n, "status\n", 7, "text/plain");
    if ((rest = after_n(path, "/big/", &n)))
        return serve_big(s, c, url, (unsigned long long)n, 0);
    if ((rest = after_n(path, "/stream/", &n)))
        return serve_big(s, c, url, (unsigned long long)n, 1);
    return serve_file(s, c, url, path + 1);
}

static enum MHD_Result handler(void *cls, struct MHD_Connection *c,
                               const char *url, const char *method,
                               const char *version, const char *upload,
                               size_t *upload_size, void **con_cls)
{
    (void)version, (void)upload, (void)upload_size, (void)con_cls;
    fs_server *s = cls;
    pthread_mutex_lock(&s->lock);
    s->requests++;
    pthread_mutex_unlock(&s->lock);
    if (strcmp(method, "GET") != 0)
        return reply(s, c, url, 405, "GET only\n", 9, "text/plain");
    return route(s, c, url, url);
}

fs_server *fs_start(const char *root, const char *log_path)
{
    fs_server *s = calloc(1, sizeof *s);
    if (!s)
        return NULL;
    snprintf(s->root, sizeof s->root, "%s", root);
    pthread_mutex_init(&s->lock, NULL);
    clock_gettime(CLOCK_MONOTONIC, &s->t0);
    if (log_path && !(s->log = fopen(log_path, "a"))) {
        perror(log_path);
        free(s);
        return NULL;
    }
    struct sockaddr_in addr;
    memset(&addr, 0, sizeof addr);
    addr.sin_family = AF_INET;
    addr.sin_port = 0;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    s->d = MHD_start_daemon(MHD_USE_INTERNAL_POLLING_THREAD |
                                MHD_USE_THREAD_PER_CONNECTION,
                            0, NULL, NULL, handler, s, MHD_OPTION_SOCK_ADDR,
                            (struct sockaddr *)&addr,
                            MHD_OPTION_CONNECTION_TIMEOUT, 30u,
                            MHD_OPTION_END);
    if (!s->d) {
        fprintf(stderr, "feedserver: cannot start on 127.0.0.1\n");
        if (s->log)
            fclose(s->log);
        free(s);
        return NULL;
    }
    return s;
}

int fs_port(const fs_server *s)
{
    const union MHD_DaemonInfo *i =
        MHD_get_daemon_info(s->d, MHD_DAEMON_INFO_BIND_PORT);
    return i ? (int)i->port : 0;
}

long fs_requests(const fs_server *s)
{
    return s->requests;
}

void fs_stop(fs_server *s)
{
    if (!s)
        return;
    MHD_stop_daemon(s->d);
    if (s->log)
        fclose(s->log);
    pthread_mutex_destroy(&s->lock);
    free(s);
}
