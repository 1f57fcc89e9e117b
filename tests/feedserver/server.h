/*
 * server.h - the feed tests' own HTTP server (libmicrohttpd), on
 * 127.0.0.1 and a free port only. It serves the files of a directory and
 * the behaviours the fetch tests need, chosen by the path:
 *
 *   /NAME                 the file ROOT/NAME (no "..", no subdirectories)
 *                         with an ETag (its content's hash) and a fixed
 *                         Last-Modified; If-None-Match / If-Modified-Since
 *                         that match give 304
 *   /redirect/N/REST      302 to /redirect/N-1/REST ... and N=0 to /REST
 *   /flaky/N/REST         503 for the first N requests of this URL, then REST
 *   /slow/MS/REST         waits MS milliseconds, then serves REST
 *   /status/CODE          that status
 *   /big/BYTES            an HTML body of BYTES bytes (Content-Length)
 *   /stream/BYTES         the same without a length (chunked)
 *
 * and the query: type=CTYPE overrides Content-Type, gzip=1 / deflate=1
 * compress the body (when the request accepts it), noetag=1 sends no
 * ETag. Each request is logged as one line:
 *   GET PATH?QUERY status=S ua=UA inm=ETAG ims=DATE ae=ENCODINGS ms=T
 */
#ifndef DYAD_TEST_FEEDSERVER_H
#define DYAD_TEST_FEEDSERVER_H

typedef struct fs_server fs_server;

/* Starts serving root; requests are appended to log_path (NULL: none).
 * NULL on failure, with a message on stderr. */
fs_server *fs_start(const char *root, const char *log_path);
/* the port it listens on (127.0.0.1) */
int fs_port(const fs_server *s);
/* requests served so far */
long fs_requests(const fs_server *s);
void fs_stop(fs_server *s);

#endif
