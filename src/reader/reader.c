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
#include "reader/encoding.h"
#include "reader/jscan.h"

#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define MAX_FILES 1000000
#define MAX_DEPTH 16 /* default of dyad_options.max_depth */
#define CHUNK 65536
#define IO_CAP (2 * CHUNK) /* UTF-16 decodes to at most 1.5 times its size */

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
    char *rec;                    /* the current JSONL line: in r->io or
                                     r->buf (read_line) */
    size_t rec_len;
    dy_jscan scan;                /* the JSONL record scanner's tables */
    char id[DYAD_KEY_MAX];        /* the document's id, when it has one */
    char origin[DYAD_KEY_MAX + 32]; /* where it was read: file[:line] */
    size_t origin_pre;            /* of a JSONL file: the length of its
                                     "file:" at the start of origin, 0
                                     until its first record writes it */
    size_t origin_len;            /* and with the line number after it,
                                     0 when that is written whole */
    size_t max_depth;             /* levels walked below a directory */
    struct dy_inode {
        uint64_t dev, ino;
        int used;
    } *seen;                      /* directories and files walked */
    size_t nseen, seen_cap;
    const char *bytes; /* dyad_reader_open_buffer: the input, borrowed */
    size_t bytes_len;
    unsigned flags;    /* dyad_options.flags (DYAD_F_REPAIR_ENCODING) */
    int utf16;         /* 0, or the file's UTF-16: 1 little-, 2 big-endian */
    unsigned char *raw; /* UTF-16 bytes read and not decoded yet */
    size_t raw_len, raw_pos;
    int raw_eof;
    unsigned enc;      /* DYAD_ENC_* of the last document */
    size_t repaired;   /* its bytes read as Windows-1252 */
};

/* An entry of r->files: a kind byte, the path, NUL, and for a note the
 * message, NUL. Notes are the entries a walk did not read, each reported
 * in its place: skipped on purpose (DYAD_ESKIP) or unreadable (EIO). */
enum { E_FILE = 'f', E_SKIP = 's', E_ERROR = 'e' };

static int add_entry(dyad_reader *r, char kind, const char *path,
                     const char *msg)
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
    size_t np = strlen(path), nm = msg ? strlen(msg) : 0;
    char *e = dy_malloc(&r->mem, np + nm + 3);
    if (!e)
        return DYAD_ENOMEM;
    e[0] = kind;
    memcpy(e + 1, path, np + 1);
    memcpy(e + np + 2, msg ? msg : "", nm + 1);
    r->files[r->nfiles++] = e;
    return 0;
}

static int add_file(dyad_reader *r, const char *path)
{
    return add_entry(r, E_FILE, path, NULL);
}

/* Marks a directory or file (device and inode) as read: 0 when it is
 * new, 1 when it was read before (a loop, or a second link to it), -1
 * when out of memory. An open-addressing set, at most half full. */
static int seen_inode(dyad_reader *r, dev_t dev, ino_t ino)
{
    if (2 * (r->nseen + 1) > r->seen_cap) {
        size_t cap = r->seen_cap ? r->seen_cap * 2 : 64;
        struct dy_inode *t = dy_calloc(&r->mem, cap, sizeof *t);
        if (!t)
            return -1;
        for (size_t i = 0; i < r->seen_cap; i++)
            if (r->seen[i].used) {
                size_t h = (size_t)dy_hash(&r->seen[i], 2 * sizeof(uint64_t));
                while (t[h & (cap - 1)].used)
                    h++;
                t[h & (cap - 1)] = r->seen[i];
            }
        dy_free(&r->mem, r->seen);
        r->seen = t;
        r->seen_cap = cap;
    }
    struct dy_inode k = {(uint64_t)dev, (uint64_t)ino, 1};
    size_t h = (size_t)dy_hash(&k, 2 * sizeof(uint64_t));
    for (;; h++) {
        struct dy_inode *x = &r->seen[h & (r->seen_cap - 1)];
        if (!x->used) {
            *x = k;
            r->nseen++;
            return 0;
        }
        if (x->dev == k.dev && x->ino == k.ino)
            return 1;
    }
}

static int cmp_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* One entry of a directory being walked: read, walked, or noted with why
 * it is not read. 0, or DYAD_ENOMEM / DYAD_ELIMIT. */
static int walk(dyad_reader *r, const char *dir, size_t depth,
                dyad_error *err);

static int walk_entry(dyad_reader *r, const char *path, size_t depth,
                      dyad_error *err)
{
    char msg[160];
    struct stat st;
    if (stat(path, &st) != 0) {
        snprintf(msg, sizeof msg, "cannot read: %s", strerror(errno));
        return add_entry(r, E_ERROR, path, msg);
    }
    if (!S_ISDIR(st.st_mode) && !S_ISREG(st.st_mode))
        return add_entry(r, E_SKIP, path, "not a regular file");
    int seen = seen_inode(r, st.st_dev, st.st_ino);
    if (seen < 0)
        return DYAD_ENOMEM;
    if (seen)
        return add_entry(r, E_SKIP, path,
                         S_ISDIR(st.st_mode)
                             ? "a directory read before (a symlink loop, "
                               "or a second link to it)"
                             : "a file read before under another name");
    if (S_ISREG(st.st_mode))
        return add_file(r, path);
    if (depth + 1 > r->max_depth) {
        snprintf(msg, sizeof msg,
                 "deeper than the depth limit of %zu levels (--max-depth)",
                 r->max_depth);
        return add_entry(r, E_SKIP, path, msg);
    }
    return walk(r, path, depth + 1, err);
}

/* the names of directory d, sorted (byte order), into *out (*n of them);
 * 0 or DYAD_ENOMEM / DYAD_ELIMIT */
static int read_names(dyad_reader *r, DIR *d, char ***out, size_t *n)
{
    char **v = NULL;
    size_t cap = 0;
    *n = 0;
    struct dirent *de;
    int rc = 0;
    while (!rc && (de = readdir(d))) {
        if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0)
            continue;
        if (*n >= MAX_FILES)
            rc = DYAD_ELIMIT;
        else if (*n == cap) {
            size_t c2 = cap ? cap * 2 : 32;
            char **v2 = dy_realloc(&r->mem, v, cap * sizeof *v, c2 * sizeof *v);
            if (!v2)
                rc = DYAD_ENOMEM;
            else {
                v = v2;
                cap = c2;
            }
        }
        if (!rc && !(v[*n] = dy_strndup(&r->mem, de->d_name,
                                        strlen(de->d_name))))
            rc = DYAD_ENOMEM;
        if (!rc)
            (*n)++;
    }
    if (*n > 1)
        qsort(v, *n, sizeof *v, cmp_name);
    *out = v;
    return rc;
}

/* The files under dir, in path order (each directory's names sorted, so
 * which of two links to one directory is read is the same on every
 * file system); a hidden name, a directory or file read before (device
 * and inode: a symlink loop), one past the depth limit, or one that
 * cannot be read is noted in its place, and its siblings are read. Only
 * dir itself failing to open is an error. */
static int walk(dyad_reader *r, const char *dir, size_t depth,
                dyad_error *err)
{
    DIR *d = opendir(dir);
    if (!d) {
        if (depth == 0)
            return dy_error_set(err, DYAD_EIO, dir, 0, 0, -1,
                                "cannot read directory: %s", strerror(errno));
        char msg[160];
        snprintf(msg, sizeof msg, "cannot read directory: %s",
                 strerror(errno));
        return add_entry(r, E_ERROR, dir, msg);
    }
    char **names = NULL;
    size_t n = 0;
    int rc = read_names(r, d, &names, &n);
    closedir(d);
    char path[4096];
    for (size_t i = 0; i < n && !rc; i++) {
        int k = snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        if (k < 0 || (size_t)k >= sizeof path)
            rc = add_entry(r, E_SKIP, dir, "a name in it makes a path "
                                           "longer than 4095 bytes");
        else if (names[i][0] == '.')
            rc = add_entry(r, E_SKIP, path, "a hidden name");
        else
            rc = walk_entry(r, path, depth, err);
    }
    for (size_t i = 0; i < n; i++)
        dy_free(&r->mem, names[i]);
    dy_free(&r->mem, names);
    if (rc == DYAD_ENOMEM || rc == DYAD_ELIMIT)
        return err && err->code ? rc
               : dy_error_set(err, rc, dir, 0, 0, -1,
                              rc == DYAD_ENOMEM ? "out of memory"
                                                : "too many files");
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
    r->max_depth = opts && opts->max_depth ? opts->max_depth : MAX_DEPTH;
    dy_buf_init(&r->buf, &r->mem);
    dy_jscan_init(&r->scan, &r->mem);
    r->flags = opts ? opts->flags : 0;
    r->io = dy_malloc(&r->mem, IO_CAP);
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
        if (S_ISDIR(st.st_mode)) {
            rc = seen_inode(r, st.st_dev, st.st_ino) < 0
                     ? DYAD_ENOMEM
                     : walk(r, path, 0, err);
        }
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

/* n bytes of r->io taken: counted as input read, except for UTF-16,
 * whose file bytes are counted as they are decoded (fill_utf16) */
static void consumed(dyad_reader *r, size_t n)
{
    if (!r->utf16)
        r->total += n;
}

/* UTF-16 decoded into r->io: returns the bytes there (0 at the end) */
static size_t fill_utf16(dyad_reader *r)
{
    size_t out = 0;
    while (out == 0) {
        if (r->raw_len - r->raw_pos < 4 && !r->raw_eof) {
            size_t left = r->raw_len - r->raw_pos;
            memmove(r->raw, r->raw + r->raw_pos, left);
            r->raw_len = left;
            r->raw_pos = 0;
            size_t n = fread(r->raw + left, 1, CHUNK - left, r->f);
            r->raw_eof = n == 0;
            r->raw_len += n;
        }
        size_t used = 0;
        out = dy_enc_utf16(r->raw + r->raw_pos, r->raw_len - r->raw_pos,
                           r->utf16 == 2, r->raw_eof, r->io, IO_CAP, &used);
        r->raw_pos += used;
        r->total += used; /* the file's bytes, not the decoded ones */
        if (!out && r->raw_eof)
            break;
    }
    return out;
}

static int fill(dyad_reader *r)
{
    if (r->io_pos < r->io_len)
        return 1;
    if (r->eof)
        return 0;
    r->io_len = r->utf16 ? fill_utf16(r) : fread(r->io, 1, CHUNK, r->f);
    r->io_pos = 0;
    if (r->io_len == 0) {
        r->eof = 1;
        return 0;
    }
    return 1;
}

/* Reads one line (without '\n') into r->rec and r->rec_len; returns 1,
 * 0 at EOF, or DYAD_ELIMIT when the line is longer than `cap` (it is
 * skipped). A line whole in the bytes read is left there (nothing
 * overwrites them before the next call); one across two reads is copied
 * into r->buf. */
static int read_line(dyad_reader *r, size_t cap, unsigned long long *len)
{
    int over = 0, any = 0, oom = 0;
    r->buf.len = 0;
    r->buf.failed = 0;
    r->rec = NULL;
    r->rec_len = 0;
    *len = 0;
    while (fill(r)) {
        char *p = r->io + r->io_pos;
        size_t avail = r->io_len - r->io_pos;
        char *nl = memchr(p, '\n', avail);
        size_t take = nl ? (size_t)(nl - p) : avail;
        *len += take;
        if (!any && nl && take <= cap) {
            /* (most lines: one copy of every byte of the file saved) */
            r->rec = p;
            r->rec_len = take;
        } else if (!over && !oom && r->buf.len + take <= cap) {
            if (dy_buf_put(&r->buf, p, take))
                oom = 1; /* skip the rest of the line, then report */
        } else if (!oom) {
            over = 1;
        }
        any = 1;
        r->io_pos += take + (nl ? 1 : 0);
        consumed(r, take + (nl ? 1 : 0));
        if (nl) {
            *len += 1;
            break;
        }
    }
    if (!any)
        return 0;
    if (oom)
        return DYAD_ENOMEM;
    if (over)
        return DYAD_ELIMIT;
    if (!r->rec) {
        r->rec = r->buf.data;
        r->rec_len = r->buf.len;
    }
    return 1;
}

/* The current line in r->buf, where check_encoding and malformed read
 * it: copied there when read_line left it in r->io. 0 or DYAD_ENOMEM. */
static int line_in_buf(dyad_reader *r)
{
    if (r->rec == r->buf.data)
        return 0;
    r->buf.len = 0;
    if (dy_buf_put(&r->buf, r->rec, r->rec_len))
        return DYAD_ENOMEM;
    r->rec = r->buf.data;
    return 0;
}

/* After a UTF-16 byte order mark: the bytes read so far become the first
 * to decode, and every later read is decoded (fill_utf16). Offsets in
 * messages are then those of the decoded UTF-8 text. */
static int start_utf16(dyad_reader *r, dyad_error *err)
{
    if (!r->raw && !(r->raw = dy_malloc(&r->mem, CHUNK)))
        return dy_error_set(err, DYAD_ENOMEM, r->fname, 0, 0, -1,
                            "out of memory");
    r->utf16 = r->io[r->io_pos] == '\xFE' ? 2 : 1;
    r->total += 2;
    r->raw_len = r->io_len - r->io_pos - 2;
    memcpy(r->raw, r->io + r->io_pos + 2, r->raw_len);
    r->raw_pos = 0;
    r->raw_eof = 0;
    r->io_len = r->io_pos = 0;
    return 0;
}

static int open_next(dyad_reader *r, dyad_error *err)
{
    if (r->f && !r->is_stdin)
        fclose(r->f);
    r->f = NULL;
    if (r->cur >= r->nfiles)
        return 0;
    const char *entry = r->files[r->cur++];
    r->fname = entry + 1;
    if (entry[0] != E_FILE) /* a note of the walk, in its place */
        return dy_error_set(err, entry[0] == E_SKIP ? DYAD_ESKIP : DYAD_EIO,
                            r->fname, 0, 0, -1, "%s",
                            r->fname + strlen(r->fname) + 1);
    r->line = 0;
    r->line_byte = 0;
    r->origin_pre = 0;
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
    r->utf16 = 0;
    if (fill(r) && r->io_len - r->io_pos >= 3 &&
        memcmp(r->io + r->io_pos, "\xEF\xBB\xBF", 3) == 0) {
        r->io_pos += 3;
        r->total += 3;
        r->line_byte = 3;
    } else if (r->io_len - r->io_pos >= 2 &&
               (!memcmp(r->io + r->io_pos, "\xFF\xFE", 2) ||
                !memcmp(r->io + r->io_pos, "\xFE\xFF", 2)) &&
               start_utf16(r, err)) {
        return -1;
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

/* The bytes of r->buf that are no UTF-8: read as Windows-1252 when the
 * options ask (counted in r->enc and r->repaired), else an error naming
 * the first one (file, line, byte) and the option. */
static int check_encoding(dyad_reader *r, unsigned long long at,
                          dyad_error *err)
{
    size_t bad = dy_enc_first_invalid(r->buf.data, r->buf.len);
    if (bad == (size_t)-1)
        return 0;
    if (r->flags & DYAD_F_REPAIR_ENCODING) {
        size_t n = 0;
        if (dy_enc_repair(&r->buf, &n))
            return dy_error_set(err, DYAD_ENOMEM, r->fname, r->line, 0,
                                (long long)at, "out of memory");
        r->enc |= DYAD_ENC_REPAIRED;
        r->repaired += n;
        return 0;
    }
    return dy_error_set(err, DYAD_EINPUT, r->fname, r->line, 0,
                        (long long)(at + bad),
                        "invalid UTF-8 at byte %llu (byte 0x%02X: is the "
                        "text Windows-1252 or Latin-1? --repair-encoding, "
                        "DYAD_F_REPAIR_ENCODING, reads such bytes as "
                        "Windows-1252)",
                        at + bad, (unsigned char)r->buf.data[bad]);
}

/* A line the scanner rejected: jansson reads it again for the message,
 * so that it is the one jansson has always given (its text, column and
 * byte). Rejected lines are rare; good ones are never read twice. */
static int malformed(dyad_reader *r, unsigned long long at, int cls,
                     dyad_error *err)
{
    if (cls == DY_JS_NOMEM)
        return dy_error_set(err, DYAD_ENOMEM, r->fname, r->line, 0,
                            (long long)at, "out of memory");
    json_error_t je;
    json_t *j = json_loadb(r->buf.data, r->buf.len, JSON_REJECT_DUPLICATES,
                           &je);
    if (j) { /* cannot happen: tests/unit/test_jscan.c holds them equal */
        json_decref(j);
        return dy_error_set(err, DYAD_EINPUT, r->fname, r->line, 1,
                            (long long)at,
                            "malformed JSON: the record scanner refuses "
                            "what jansson reads (class %d): please report",
                            cls);
    }
    return dy_error_set(err, DYAD_EINPUT, r->fname, r->line,
                        je.column > 0 ? je.column : 1,
                        (long long)(at + (je.position > 0
                                              ? (unsigned long long)je.position
                                              : 0)),
                        "malformed JSON: %s", je.text);
}

/* the record's id (a string or an integer; null or none: no id) */
static int record_id(dyad_reader *r, const dy_jfield *f, unsigned long long at,
                     dyad_doc *doc, int *bad, dyad_error *err)
{
    if (f->type == DY_JT_STRING) {
        if (f->len >= sizeof r->id)
            return dy_error_set(err, DYAD_EINPUT, r->fname, r->line, 1,
                                (long long)at,
                                "id of %zu bytes is longer than %d", f->len,
                                DYAD_KEY_MAX - 1);
        /* Read where the scanner decoded it, NUL-terminated, in the line
         * the text lies in too (both borrowed until the next call); it
         * holds no NUL (the scanner refuses \u0000, DY_JS_NUL). */
        doc->id = f->s;
    } else if (f->type == DY_JT_INTEGER) {
        dy_str_int(r->id, sizeof r->id, f->integer);
        doc->id = r->id;
    } else if (f->type != DY_JT_ABSENT && f->type != DY_JT_NULL) {
        *bad = 1;
    }
    return 0;
}

/* a field that must be a string or null: its value, or NULL */
static const char *field_str(const dy_jfield *f, int *bad)
{
    if (f->type == DY_JT_STRING)
        return f->s;
    if (f->type != DY_JT_ABSENT && f->type != DY_JT_NULL)
        *bad = 1;
    return NULL;
}

/* The document of a record (r->rec, scanned into f): its id, text and
 * the fields it may have, each of the type it must have. */
static int record_doc(dyad_reader *r, dy_jfield *f, unsigned long long at,
                      dyad_doc *doc, dyad_error *err)
{
    int bad = 0, rc = record_id(r, &f[DY_JF_ID], at, doc, &bad, err);
    if (rc)
        return rc;
    if (f[DY_JF_TEXT].type == DY_JT_ABSENT)
        return dy_error_set(err, DYAD_EINPUT, r->fname, r->line, 1,
                            (long long)at, "record has no \"text\" field");
    if (f[DY_JF_TEXT].type != DY_JT_STRING)
        return dy_error_set(err, DYAD_EINPUT, r->fname, r->line, 1,
                            (long long)at, "\"text\" is not a string");
    doc->date = field_str(&f[DY_JF_DATE], &bad);
    doc->source = field_str(&f[DY_JF_SOURCE], &bad);
    doc->url = field_str(&f[DY_JF_URL], &bad);
    doc->title = field_str(&f[DY_JF_TITLE], &bad);
    if (bad)
        return dy_error_set(err, DYAD_EINPUT, r->fname, r->line, 1,
                            (long long)at,
                            "a field of the wrong type (id must be a "
                            "string or integer; date, source, url and "
                            "title strings or null)");
    doc->text = f[DY_JF_TEXT].s;
    doc->text_len = f[DY_JF_TEXT].len;
    if (doc->text_len > r->max_doc)
        return dy_error_set(err, DYAD_ELIMIT, r->fname, r->line, 1,
                            (long long)at,
                            "text of %zu bytes exceeds the document "
                            "limit (max_doc_bytes %zu)",
                            doc->text_len, r->max_doc);
    /* The line was read as an object, so it is UTF-8 (next_jsonl), and a
     * string value holds no NUL (\u0000 is DY_JS_NUL): dyad_code need not
     * check the text again. */
    doc->flags = DYAD_DOC_UTF8;
    return 1;
}

/* The decimal number of digits num[0, n) plus one, in place; 0 when
 * every digit was 9 (its length grows: the caller writes it again). */
static int count_up(char *num, size_t n)
{
    while (n-- > 0) {
        if (num[n] != '9') {
            num[n]++;
            return 1;
        }
        num[n] = '0';
    }
    return 0;
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
        /* "%s:%ld" of the file and the line, without a format; the
         * file's part is the same on every line, written once a file
         * (nothing else writes origin while a JSONL file is read) */
        size_t o = r->origin_pre;
        if (!o) {
            o = dy_str_copy(r->origin, sizeof r->origin, r->fname);
            o += dy_str_copy(r->origin + o, sizeof r->origin - o, ":");
            r->origin_pre = o;
            r->origin_len = 0;
        }
        /* The line number is the one before plus one: counted up in its
         * digits (most lines), written whole at a file's first line, at
         * 9 -> 10, and where a long file name leaves too little room for
         * every digit (one cut off cannot be counted up). */
        if (!r->origin_len ||
            !count_up(r->origin + o, r->origin_len - o)) {
            size_t k = dy_str_int(r->origin + o, sizeof r->origin - o,
                                  r->line);
            r->origin_len = o + 24 <= sizeof r->origin ? o + k : 0;
        }
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
        while (k < r->rec_len && (r->rec[k] == ' ' ||
                                   r->rec[k] == '\t' ||
                                   r->rec[k] == '\r'))
            k++;
        if (k == r->rec_len)
            continue; /* blank line: not a document */
        dy_jfield f[DY_JF_N];
        int cls = dy_jscan_record(&r->scan, r->rec, r->rec_len, f);
        /* A line read as an object is UTF-8 (the scanner checks its
         * strings' characters, and a non-ASCII byte anywhere else is no
         * token); any other line's encoding is checked first, as it was
         * before it was read as JSON, and read again once repaired. */
        if (cls != DY_JS_OBJECT) {
            size_t before = r->repaired;
            if (line_in_buf(r))
                return dy_error_set(err, DYAD_ENOMEM, r->fname, r->line, 0,
                                    (long long)at, "out of memory");
            if ((rc = check_encoding(r, at, err)))
                return rc;
            if (r->repaired != before)
                cls = dy_jscan_record(&r->scan, r->buf.data, r->buf.len, f);
        }
        if (cls == DY_JS_NOT_OBJECT)
            return dy_error_set(err, DYAD_EINPUT, r->fname, r->line, 1,
                                (long long)at,
                                "record is not a JSON object");
        if (cls != DY_JS_OBJECT)
            return malformed(r, at, cls, err);
        return record_doc(r, f, at, doc, err);
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
                consumed(r, r->io_len - r->io_pos);
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
        consumed(r, avail);
    }
    text_identity(r, doc);
    if (ferror(r->f))
        return dy_error_set(err, DYAD_EIO, r->fname, 0, 0, -1, "read error");
    if (over)
        return dy_error_set(err, DYAD_ELIMIT, r->fname, 0, 0, -1,
                            "file of %llu bytes exceeds the document limit "
                            "(max_doc_bytes %zu)",
                            total, r->max_doc);
    int rc = check_encoding(r, 0, err);
    if (rc)
        return rc;
    doc->text = r->buf.data ? r->buf.data : "";
    doc->text_len = r->buf.len;
    return 1;
}

static int reader_next(dyad_reader *r, dyad_doc *doc, dyad_error *err);

int dyad_reader_next(dyad_reader *r, dyad_doc *doc, dyad_error *err)
{
    if (!r || !doc)
        return dy_error_set(err, DYAD_EINVAL, NULL, 0, 0, -1,
                            "dyad_reader_next: NULL argument");
    memset(doc, 0, sizeof *doc);
    r->enc = 0;
    r->repaired = 0;
    int rc = reader_next(r, doc, err);
    if (r->utf16)
        r->enc |= DYAD_ENC_UTF16;
    return rc;
}

unsigned dyad_reader_encoding(const dyad_reader *r, size_t *repaired)
{
    if (repaired)
        *repaired = r ? r->repaired : 0;
    return r ? r->enc : 0;
}

static int reader_next(dyad_reader *r, dyad_doc *doc, dyad_error *err)
{
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
    dy_jscan_free(&r->scan);
    for (size_t i = 0; i < r->nfiles; i++)
        dy_free(&r->mem, r->files[i]);
    dy_free(&r->mem, r->seen);
    dy_free(&r->mem, r->files);
    dy_free(&r->mem, r->io);
    dy_free(&r->mem, r->raw);
    dy_buf_free(&r->buf);
    dy_mem m = r->mem;
    dy_free(&m, r);
}
