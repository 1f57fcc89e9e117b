/*
 * assets.c - the dashboard's files (web/ and the pinned front-end
 * libraries, installed together), read into memory once at start: a
 * request names one of them exactly or gets a 404, so no URL ever
 * reaches the file system. Count, depth and bytes are bounded.
 */
#define _POSIX_C_SOURCE 200809L
#include "server.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define ASSETS_MAX 256               /* files */
#define ASSETS_DEPTH 4               /* directory levels */
#define ASSETS_BYTES (32u << 20)     /* all files together */

typedef struct asset {
    char *path; /* URL path, "/app.js" */
    char *data;
    size_t len;
    const char *type;
} asset;

struct srv_assets {
    asset files[ASSETS_MAX];
    size_t count, bytes;
};

static const char *type_of(const char *name)
{
    static const char *const types[][2] = {
        {".html", "text/html; charset=utf-8"},
        {".js", "text/javascript; charset=utf-8"},
        {".css", "text/css; charset=utf-8"},
        {".json", "application/json"},
        {".png", "image/png"},
        {".svg", "image/svg+xml"},
        {".ico", "image/x-icon"},
        {".txt", "text/plain; charset=utf-8"},
    };
    const char *dot = strrchr(name, '.');
    for (size_t i = 0; dot && i < sizeof types / sizeof types[0]; i++)
        if (!strcmp(dot, types[i][0]))
            return types[i][1];
    return NULL; /* not served */
}

/* reads one file into the table; 0, or -1 (printed) */
static int add(srv_assets *a, const char *file, const char *url,
               const char *type)
{
    FILE *f = fopen(file, "rb");
    struct stat sb;
    if (!f || fstat(fileno(f), &sb) || sb.st_size < 0 ||
        (size_t)sb.st_size > ASSETS_BYTES - a->bytes ||
        a->count == ASSETS_MAX) {
        fprintf(stderr, "dyad serve: %s: cannot read, or the assets exceed "
                        "%d files or %u MiB\n",
                file, ASSETS_MAX, ASSETS_BYTES >> 20);
        if (f)
            fclose(f);
        return -1;
    }
    asset *x = &a->files[a->count];
    x->len = (size_t)sb.st_size;
    x->data = malloc(x->len ? x->len : 1);
    x->path = strdup(url);
    x->type = type;
    int ok = x->data && x->path && fread(x->data, 1, x->len, f) == x->len;
    fclose(f);
    a->count++; /* freed with the table either way */
    a->bytes += x->len;
    if (!ok)
        fprintf(stderr, "dyad serve: %s: cannot read\n", file);
    return ok ? 0 : -1;
}

static int walk(srv_assets *a, const char *dir, const char *url, int depth)
{
    if (depth > ASSETS_DEPTH)
        return 0;
    DIR *d = opendir(dir);
    if (!d) {
        fprintf(stderr, "dyad serve: %s: cannot open the web directory\n",
                dir);
        return -1;
    }
    struct dirent *e;
    int rc = 0;
    while (!rc && (e = readdir(d))) {
        if (e->d_name[0] == '.')
            continue; /* . .. and hidden files */
        char file[1024], sub[512];
        struct stat sb;
        if (snprintf(file, sizeof file, "%s/%s", dir, e->d_name) >=
                (int)sizeof file ||
            snprintf(sub, sizeof sub, "%s/%s", url, e->d_name) >=
                (int)sizeof sub ||
            stat(file, &sb))
            continue;
        if (S_ISDIR(sb.st_mode))
            rc = walk(a, file, sub, depth + 1);
        else if (S_ISREG(sb.st_mode) && type_of(e->d_name))
            rc = add(a, file, sub, type_of(e->d_name));
    }
    closedir(d);
    return rc;
}

int srv_assets_load(srv_assets **out, const char *dir)
{
    *out = calloc(1, sizeof **out);
    if (!*out)
        return -1;
    if (walk(*out, dir, "", 0)) {
        srv_assets_free(*out);
        *out = NULL;
        return -1;
    }
    return 0;
}

int srv_assets_reply(const srv_assets *a, const char *path, srv_reply *r)
{
    if (!a)
        return -1;
    if (!strcmp(path, "/"))
        path = "/index.html";
    for (size_t i = 0; i < a->count; i++) {
        const asset *x = &a->files[i];
        if (strcmp(x->path, path))
            continue;
        r->status = 200;
        r->type = x->type;
        r->cache = 1;
        srv_reply_sink(r, x->data, x->len);
        return 0;
    }
    return -1;
}

void srv_assets_free(srv_assets *a)
{
    if (!a)
        return;
    for (size_t i = 0; i < a->count; i++) {
        free(a->files[i].path);
        free(a->files[i].data);
    }
    free(a);
}
