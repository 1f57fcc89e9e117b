/*
 * reader.c - documents in, before dyad_code: text files, JSONL records,
 * directories and standard input. Memory is bounded by max_doc_bytes: an
 * overlong line or file is skipped and reported, never held. Every problem
 * names the file, line and byte so that a run can say exactly which
 * documents it rejected. A request body is read the same way, from
 * memory (dyad_reader_open_buffer).
 */
#define _XOPEN_SOURCE 700 /* realpath */
#include "internal.h"

#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define MAX_FILES 1000000
#define MAX_DEPTH 16
#define CHUNK 65536

struct dyad_reader {
    dy_mem mem;
    size_t max_doc;
    char **files;
    size_t nfiles, cur, cap;
    FILE *f;
    int is_stdin;
    int jsonl;
    const char *fname;
    long line;
    unsigned long long line_byte; /* offset of the current line */
    unsigned long long total;
    char *io;                     /* read buffer */
    size_t io_len, io_pos;
    int eof;
    dy_buf buf;                   /* the current line or text */
    json_t *rec;
    char id[DYAD_KEY_MAX];        /* the document's id, when it has one */
    char origin[DYAD_KEY_MAX + 32]; /* where it was read: file[:line] */
    const char *bytes; /* dyad_reader_open_buffer: the input, borrowed */
    size_t bytes_len;
};

static int add_file(dyad_reader *r, const char *path)
{
    if (r->nfiles >= MAX_FILES)
        return DYAD_ELIMIT;
    if (r->nfiles == r->cap) {
        size_t cap = r->cap ? r->cap * 2 : 16;
        char **f = dy_realloc(&r->mem, r->files, r->cap * sizeof *f,
                              cap * sizeof *f);
        if (!f)
            return DYAD_ENOMEM;
        r->files = f;
        r->cap = cap;
    }
    r->files[r->nfiles] = dy_strndup(&r->mem, path, strlen(path));
    if (!r->files[r->nfiles])
        return DYAD_ENOMEM;
    r->nfiles++;
    return 0;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int walk(dyad_reader *r, const char *dir, int depth, dyad_error *err)
{
    if (depth > MAX_DEPTH)
        return 0;
    DIR *d = opendir(dir);
    if (!d)
        return dy_error_set(err, DYAD_EIO, dir, 0, 0, -1,
                            "cannot read directory: %s", strerror(errno));
    size_t start = r->nfiles;
    int rc = 0;
    struct dirent *de;
    char path[4096];
    while ((de = readdir(d)) && !rc) {
        if (de->d_name[0] == '.')
            continue;
        int n = snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
        if (n < 0 || (size_t)n >= sizeof path)
            continue;
        struct stat st;
        if (stat(path, &st) != 0)
            continue;
        if (S_ISDIR(st.st_mode))
            rc = walk(r, path, depth + 1, err);
        else if (S_ISREG(st.st_mode))
            rc = add_file(r, path);
    }
    closedir(d);
    if (rc == DYAD_ENOMEM || rc == DYAD_ELIMIT)
        return dy_error_set(err, rc, dir, 0, 0, -1,
                            rc == DYAD_ENOMEM ? "out of memory"
                                              : "too many files");
    qsort(r->files + start, r->nfiles - start, sizeof *r->files, cmp_str);
    return rc;
}

/* a reader with its buffers and no input yet; NULL when out of memory */
static dyad_reader *reader_new(const dyad_options *opts)
{
    dy_mem mem = {opts ? opts->alloc : NULL};
    dyad_reader *r = dy_calloc(&mem, 1, sizeof *r);
    if (!r)
        return NULL;
    r->mem = mem;
    r->max_doc = opts && opts->max_doc_bytes ? opts->max_doc_bytes
                                              : DY_DEFAULT_MAX_DOC;
    dy_buf_init(&r->buf, &r->mem);
    r->io = dy_malloc(&r->mem, CHUNK);
    if (!r->io) {
        dyad_reader_close(r);
        return NULL;
    }
    return r;
}

int dyad_reader_open_buffer(dyad_reader **out, const char *name,
                            const char *bytes, size_t len,
                            const dyad_options *opts, dyad_error *err)
{
    if (!out || !name || !bytes)
        return dy_error_set(err, DYAD_EINVAL, NULL, 0, 0, -1,
                            "dyad_reader_open_buffer: NULL argument");
    *out = NULL;
    if (len == 0)
        return dy_error_set(err, DYAD_EINVAL, name, 0, 0, -1, "no input");
    dyad_reader *r = reader_new(opts);
    if (!r || add_file(r, name)) {
        dyad_reader_close(r);
        return dy_error_set(err, DYAD_ENOMEM, name, 0, 0, -1,
                            "out of memory");
    }
    r->bytes = bytes;
    r->bytes_len = len;
    *out = r;
    return 0;
}

int dyad_reader_open(dyad_reader **out, const char *path,
                     const dyad_options *opts, dyad_error *err)
{
    if (!out || !path)
        return dy_error_set(err, DYAD_EINVAL, NULL, 0, 0, -1,
                            "dyad_reader_open: NULL argument");
    *out = NULL;
    dyad_reader *r = reader_new(opts);
    if (!r)
        return dy_error_set(err, DYAD_ENOMEM, path, 0, 0, -1,
                            "out of memory");
    int rc = 0;
    if (strcmp(path, "-") == 0) {
        r->is_stdin = 1;
        rc = add_file(r, "-");
    } else {
        struct stat st;
        if (stat(path, &st) != 0) {
            rc = dy_error_set(err, DYAD_EIO, path, 0, 0, -1, "%s",
                              strerror(errno));
            goto done;
        }
        if (S_ISDIR(st.st_mode))
            rc = walk(r, path, 0, err);
        else
            rc = add_file(r, path);
    }
    if (rc && err && err->code == 0)
        dy_error_set(err, rc, path, 0, 0, -1, "out of memory");
done:
    if (rc) {
        dyad_reader_close(r);
        return rc;
    }
    *out = r;
    return 0;
}

static int fill(dyad_reader *r)
{
    if (r->io_pos < r->io_len)
        return 1;
    if (r->eof)
        return 0;
    r->io_len = fread(r->io, 1, CHUNK, r->f);
    r->io_pos = 0;
    if (r->io_len == 0) {
        r->eof = 1;
        return 0;
    }
    return 1;
}

/* Reads one line into r->buf (without '\n'); returns 1, 0 at EOF, or
 * DYAD_ELIMIT when the line is longer than `cap` (it is skipped). */
static int read_line(dyad_reader *r, size_t cap, unsigned long long *len)
{
    int over = 0, any = 0, oom = 0;
    r->buf.len = 0;
    r->buf.failed = 0;
    *len = 0;
    while (fill(r)) {
        any = 1;
        char *p = r->io + r->io_pos;
        size_t avail = r->io_len - r->io_pos;
        char *nl = memchr(p, '\n', avail);
        size_t take = nl ? (size_t)(nl - p) : avail;
        *len += take;
        if (!over && !oom && r->buf.len + take <= cap) {
            if (dy_buf_put(&r->buf, p, take))
                oom = 1; /* skip the rest of the line, then report */
        } else if (!oom) {
            over = 1;
        }
        r->io_pos += take + (nl ? 1 : 0);
        r->total += take + (nl ? 1 : 0);
        if (nl) {
            *len += 1;
            break;
        }
    }
    if (!any)
        return 0;
    if (oom)
        return DYAD_ENOMEM;
    return over ? DYAD_ELIMIT : 1;
}

static int open_next(dyad_reader *r, dyad_error *err)
{
    if (r->f && !r->is_stdin)
        fclose(r->f);
    r->f = NULL;
    json_decref(r->rec);
    r->rec = NULL;
    if (r->cur >= r->nfiles)
        return 0;
    r->fname = r->files[r->cur++];
    r->line = 0;
    r->line_byte = 0;
    r->io_len = r->io_pos = 0;
    r->eof = 0;
    if (r->bytes) {
        r->f = fmemopen((void *)r->bytes, r->bytes_len, "r");
        if (!r->f)
            return dy_error_set(err, DYAD_ENOMEM, r->fname, 0, 0, -1,
                                "cannot read the buffer: %s",
                                strerror(errno));
    } else if (strcmp(r->fname, "-") == 0) {
        r->f = stdin;
        r->fname = "<stdin>";
    } else {
        r->f = fopen(r->fname, "rb");
        if (!r->f)
            return dy_error_set(err, DYAD_EIO, r->fname, 0, 0, -1,
                                "cannot open: %s", strerror(errno));
    }
    size_t n = strlen(r->fname);
    r->jsonl = (n > 6 && strcmp(r->fname + n - 6, ".jsonl") == 0) ||
               (n > 7 && strcmp(r->fname + n - 7, ".ndjson") == 0);
    /* a UTF-8 byte order mark is not part of the data */
    if (fill(r) && r->io_len - r->io_pos >= 3 &&
        memcmp(r->io + r->io_pos, "\xEF\xBB\xBF", 3) == 0) {
        r->io_pos += 3;
        r->total += 3;
        r->line_byte = 3;
    }
    if (!r->jsonl) {
        /* a first non-blank '{' means JSONL; look without consuming, so
         * that byte offsets stay those of the file */
        for (size_t q = r->io_pos; q < r->io_len; q++) {
            char c = r->io[q];
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t')
                continue;
            r->jsonl = c == '{';
            break;
        }
    }
    return 1;
}

static const char *get_str(json_t *o, const char *k, int *bad)
{
    json_t *v = json_object_get(o, k);
    if (!v || json_is_null(v))
        return NULL;
    if (!json_is_string(v)) {
        *bad = 1;
        return NULL;
    }
    return json_string_value(v);
}

static int next_jsonl(dyad_reader *r, dyad_doc *doc, dyad_error *err)
{
    for (;;) {
        unsigned long long len;
        unsigned long long at = r->line_byte;
        int rc = read_line(r, r->max_doc * 2 + 65536, &len);
        r->line_byte += len;
        if (rc == 0)
            return 0;
        r->line++;
        snprintf(r->origin, sizeof r->origin, "%s:%ld", r->fname, r->line);
        doc->origin = r->origin;
        doc->id = NULL;
        if (rc == DYAD_ENOMEM)
            return dy_error_set(err, rc, r->fname, r->line, 0, (long long)at,
                                "out of memory");
        if (rc == DYAD_ELIMIT)
            return dy_error_set(err, DYAD_ELIMIT, r->fname, r->line, 1,
                                (long long)at,
                                "line of %llu bytes exceeds the document "
                                "limit (max_doc_bytes %zu)",
                                len, r->max_doc);
        size_t k = 0;
        while (k < r->buf.len && (r->buf.data[k] == ' ' ||
                                  r->buf.data[k] == '\t' ||
                                  r->buf.data[k] == '\r'))
            k++;
        if (k == r->buf.len)
            continue; /* blank line: not a document */
        json_error_t je;
        json_decref(r->rec);
        r->rec = json_loadb(r->buf.data, r->buf.len, JSON_REJECT_DUPLICATES,
                            &je);
        if (!r->rec)
            return dy_error_set(err, DYAD_EINPUT, r->fname, r->line,
                                je.column > 0 ? je.column : 1,
                                (long long)(at + (je.position > 0
                                                      ? (unsigned long long)je.position
                                                      : 0)),
                                "malformed JSON: %s", je.text);
        if (!json_is_object(r->rec))
            return dy_error_set(err, DYAD_EINPUT, r->fname, r->line, 1,
                                (long long)at,
                                "record is not a JSON object");
        int bad = 0;
        json_t *idv = json_object_get(r->rec, "id");
        if (json_is_string(idv)) {
            if (strlen(json_string_value(idv)) != json_string_length(idv))
                return dy_error_set(err, DYAD_EINPUT, r->fname, r->line, 1,
                                    (long long)at, "id holds a NUL character");
            if (json_string_length(idv) >= sizeof r->id)
                return dy_error_set(err, DYAD_EINPUT, r->fname, r->line, 1,
                                    (long long)at,
                                    "id of %zu bytes is longer than %d",
                                    json_string_length(idv),
                                    DYAD_KEY_MAX - 1);
            snprintf(r->id, sizeof r->id, "%s", json_string_value(idv));
            doc->id = r->id;
        } else if (json_is_integer(idv)) {
            snprintf(r->id, sizeof r->id, "%lld",
                     (long long)json_integer_value(idv));
            doc->id = r->id;
        } else if (idv && !json_is_null(idv)) {
            bad = 1;
        }
        json_t *tv = json_object_get(r->rec, "text");
        if (!tv)
            return dy_error_set(err, DYAD_EINPUT, r->fname, r->line, 1,
                                (long long)at, "record has no \"text\" field");
        if (!json_is_string(tv))
            return dy_error_set(err, DYAD_EINPUT, r->fname, r->line, 1,
                                (long long)at, "\"text\" is not a string");
        doc->date = get_str(r->rec, "date", &bad);
        doc->source = get_str(r->rec, "source", &bad);
        doc->url = get_str(r->rec, "url", &bad);
        doc->title = get_str(r->rec, "title", &bad);
        if (bad)
            return dy_error_set(err, DYAD_EINPUT, r->fname, r->line, 1,
                                (long long)at,
                                "a field of the wrong type (id must be a "
                                "string or integer; date, source, url and "
                                "title strings or null)");
        doc->text = json_string_value(tv);
        doc->text_len = json_string_length(tv);
        if (doc->text_len > r->max_doc)
            return dy_error_set(err, DYAD_ELIMIT, r->fname, r->line, 1,
                                (long long)at,
                                "text of %zu bytes exceeds the document "
                                "limit (max_doc_bytes %zu)",
                                doc->text_len, r->max_doc);
        return 1;
    }
}

/* A text file is named by its path as given and keyed by the path with
 * every symlink, "." and ".." resolved (realpath), so that ../x.txt, an
 * absolute path and a link to it are one document. Standard input and a
 * buffer (dyad_reader_open_buffer: its name is no path) have no id: they
 * are keyed by their text (dyad_doc_key). */
static void text_identity(dyad_reader *r, dyad_doc *doc)
{
    snprintf(r->origin, sizeof r->origin, "%s", r->fname);
    doc->origin = r->origin;
    doc->id = NULL;
    if (r->is_stdin || r->bytes)
        return;
    char real[PATH_MAX];
    if (realpath(r->fname, real) && strlen(real) < sizeof r->id)
        snprintf(r->id, sizeof r->id, "%s", real);
    else /* gone since it was opened: its name as given */
        snprintf(r->id, sizeof r->id, "%s", r->fname);
    doc->id = r->id;
}

static int next_text(dyad_reader *r, dyad_doc *doc, dyad_error *err)
{
    r->buf.len = 0;
    r->buf.failed = 0;
    unsigned long long total = 0;
    int over = 0;
    while (fill(r)) {
        size_t avail = r->io_len - r->io_pos;
        total += avail;
        if (!over && r->buf.len + avail <= r->max_doc) {
            if (dy_buf_put(&r->buf, r->io + r->io_pos, avail)) {
                /* give up on this file, not the next ones */
                r->total += r->io_len - r->io_pos;
                r->io_pos = r->io_len;
                r->eof = 1;
                text_identity(r, doc);
                return dy_error_set(err, DYAD_ENOMEM, r->fname, 0, 0, -1,
                                    "out of memory");
            }
        } else {
            over = 1;
        }
        r->io_pos = r->io_len;
        r->total += avail;
    }
    text_identity(r, doc);
    if (ferror(r->f))
        return dy_error_set(err, DYAD_EIO, r->fname, 0, 0, -1, "read error");
    if (over)
        return dy_error_set(err, DYAD_ELIMIT, r->fname, 0, 0, -1,
                            "file of %llu bytes exceeds the document limit "
                            "(max_doc_bytes %zu)",
                            total, r->max_doc);
    doc->text = r->buf.data ? r->buf.data : "";
    doc->text_len = r->buf.len;
    return 1;
}

int dyad_reader_next(dyad_reader *r, dyad_doc *doc, dyad_error *err)
{
    if (!r || !doc)
        return dy_error_set(err, DYAD_EINVAL, NULL, 0, 0, -1,
                            "dyad_reader_next: NULL argument");
    memset(doc, 0, sizeof *doc);
    for (;;) {
        if (!r->f) {
            int rc = open_next(r, err);
            if (rc == 0)
                return 0;
            if (rc < 0) {
                text_identity(r, doc);
                return rc;
            }
            if (!r->jsonl) {
                rc = next_text(r, doc, err);
                if (!r->is_stdin)
                    fclose(r->f);
                r->f = NULL;
                r->is_stdin = r->is_stdin ? 2 : 0;
                return rc;
            }
        }
        int rc = next_jsonl(r, doc, err);
        if (rc != 0)
            return rc;
        if (!r->is_stdin)
            fclose(r->f);
        r->f = NULL;
    }
}

unsigned long long dyad_reader_bytes(const dyad_reader *r)
{
    return r ? r->total : 0;
}

void dyad_reader_close(dyad_reader *r)
{
    if (!r)
        return;
    if (r->f && r->f != stdin)
        fclose(r->f);
    json_decref(r->rec);
    for (size_t i = 0; i < r->nfiles; i++)
        dy_free(&r->mem, r->files[i]);
    dy_free(&r->mem, r->files);
    dy_free(&r->mem, r->io);
    dy_buf_free(&r->buf);
    dy_mem m = r->mem;
    dy_free(&m, r);
}
