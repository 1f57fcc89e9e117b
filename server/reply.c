/*
 * reply.c - a reply's body as it is built: bytes appended, JSON strings,
 * the JSON error. Apart from http.c (which sends replies) so that api.c,
 * assets.c and params.c, which build them, and http.c, which calls them,
 * make no circle.
 */
#include "server.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
