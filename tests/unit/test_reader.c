/* test_reader.c - the reader room through the public API: JSONL records
 * (fields, escapes, CRLF, bad lines with their line and byte), text files
 * and sniffing, directories, limits, long lines, a missing path, and
 * allocation failures that never stop the reader moving on. */
#define _XOPEN_SOURCE 700 /* realpath */
#include "helpers.h"

#include "util/util.h"

#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

static char tmpdir[256];

static int setup(void **state)
{
    (void)state;
    return th_tmpdir_make(tmpdir, sizeof tmpdir, "dyad-test-reader");
}

static int teardown(void **state)
{
    (void)state;
    return th_tmpdir_remove(tmpdir);
}

static void write_file(const char *path, const char *data, size_t n)
{
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    if (n)
        assert_int_equal(fwrite(data, 1, n, f), n);
    assert_int_equal(fclose(f), 0);
}

static void tmp_path(char *out, size_t cap, const char *name)
{
    snprintf(out, cap, "%s/%s", tmpdir, name);
}

/* a reader of path p, repairing Windows-1252 when `repair` */
static dyad_reader *open_repairing(const char *p, int repair)
{
    dyad_options o = DYAD_OPTIONS_INIT;
    if (repair)
        o.flags |= DYAD_F_REPAIR_ENCODING;
    dyad_reader *rd = NULL;
    dyad_error err;
    assert_int_equal(dyad_reader_open(&rd, p, &o, &err), 0);
    return rd;
}

static void test_reader_out_of_memory(void **state)
{
    (void)state;
    char dir[512], p[600];
    tmp_path(dir, sizeof dir, "oomdir");
    mkdir(dir, 0700);
    snprintf(p, sizeof p, "%s/a.jsonl", dir);
    const char *j = "{\"id\":\"a\",\"text\":\"Russia attacked Ukraine.\"}\n"
                    "not json\n"
                    "{\"id\":\"b\",\"text\":\"Ukraine met Russia.\"}\n";
    write_file(p, j, strlen(j));
    snprintf(p, sizeof p, "%s/b.txt", dir);
    write_file(p, "Russia attacked Ukraine.", 24);
    th_failing f;
    dyad_allocator a = th_failing_allocator(&f);
    dyad_options o = DYAD_OPTIONS_INIT;
    o.alloc = &a;
    for (long n = 1;; n++) {
        memset(&f, 0, sizeof f);
        f.fail_at = n;
        dyad_reader *rd = NULL;
        dyad_error err;
        int rc = dyad_reader_open(&rd, dir, &o, &err);
        assert_true(rc == 0 || rc == DYAD_ENOMEM);
        int docs = 0, calls = 0, bad = 0;
        if (rc == 0) {
            dyad_doc doc;
            int k;
            /* 3 documents and 1 bad line: a few more calls for failed
             * allocations, but every call must make progress */
            while ((k = dyad_reader_next(rd, &doc, &err)) != 0 &&
                   ++calls < 20) {
                if (k == 1)
                    docs++;
                else if (k != DYAD_ENOMEM && k != DYAD_EINPUT)
                    bad = k;
            }
        }
        dyad_reader_close(rd);
        if (calls >= 20)
            fail_msg("allocation %ld failing: the reader returned 20 results "
                     "for 4 lines and 1 text file (last error: %s): it does "
                     "not move on after an allocation failure",
                     n, err.message);
        if (bad)
            fail_msg("allocation %ld failing: unexpected rc %d", n, bad);
        assert_int_equal(f.live, 0);
        if (f.calls < n) {
            assert_int_equal(docs, 3);
            break;
        }
    }
}

typedef struct got {
    int rc;
    long line;
    long long byte;
    char id[256];
    char origin[300];
    char text[128];
    char date[16];
    char file[256];
} got;

static int read_all_docs(const char *path, const dyad_options *o, got *g,
                         int max)
{
    dyad_reader *rd = NULL;
    dyad_error err;
    memset(&err, 0, sizeof err);
    int rc = dyad_reader_open(&rd, path, o, &err);
    if (rc)
        fail_msg("cannot open %s: %s", path, err.message);
    int n = 0;
    for (;;) {
        dyad_doc doc;
        memset(&err, 0, sizeof err);
        rc = dyad_reader_next(rd, &doc, &err);
        if (rc == 0)
            break;
        assert_true(n < max);
        got *x = &g[n++];
        memset(x, 0, sizeof *x);
        x->rc = rc;
        snprintf(x->id, sizeof x->id, "%s", doc.id ? doc.id : "");
        snprintf(x->origin, sizeof x->origin, "%s",
                 doc.origin ? doc.origin : "");
        if (rc == 1) {
            snprintf(x->text, sizeof x->text, "%.*s", (int)doc.text_len,
                     doc.text);
            snprintf(x->date, sizeof x->date, "%s", doc.date ? doc.date : "");
        } else {
            x->line = err.line;
            x->byte = err.byte;
            snprintf(x->file, sizeof x->file, "%s", err.file);
            assert_int_equal(err.code, rc);
            assert_true(err.message[0] != '\0');
        }
    }
    /* the end stays the end */
    dyad_doc doc;
    assert_int_equal(dyad_reader_next(rd, &doc, &err), 0);
    dyad_reader_close(rd);
    return n;
}

static void test_reader_jsonl(void **state)
{
    (void)state;
    char p[512];
    tmp_path(p, sizeof p, "docs.jsonl");
    const char *lines[] = {
        "{\"id\":\"a\",\"text\":\"Russia attacked Ukraine.\"}", /* 1 ok */
        "",                                                      /* 2 blank */
        "{\"id\":\"b\",\"text\": ",                              /* 3 bad */
        "{\"id\":\"c\"}",                                        /* 4 no text */
        "{\"id\":\"d\",\"text\":42}",                            /* 5 type */
        "{\"id\":[1],\"text\":\"x\"}",                           /* 6 id type */
        "   \t ",                                                /* 7 blank */
        "{\"id\":7,\"text\":\"Ukraine met Russia.\","
        "\"date\":\"2024-01-02\",\"url\":null}",                 /* 8 ok */
        "[1,2]",                                                 /* 9 array */
        "{\"id\":\"e\",\"text\":\"ok\",\"date\":5}",             /* 10 type */
        "{\"id\":\"f\",\"text\":\"x\",\"text\":\"y\"}",          /* 11 dup */
        "{\"id\":\"g\",\"text\":\"last\"}",                      /* 12 ok */
    };
    char data[2048];
    size_t len = 0, starts[12];
    for (int i = 0; i < 12; i++) {
        starts[i] = len;
        len += (size_t)snprintf(data + len, sizeof data - len, "%s%s",
                                lines[i], i < 11 ? "\n" : "");
    }
    write_file(p, data, len);
    got g[20];
    int n = read_all_docs(p, NULL, g, 20);
    assert_int_equal(n, 10);
    /* 1 */
    assert_int_equal(g[0].rc, 1);
    assert_string_equal(g[0].id, "a");
    assert_string_equal(g[0].text, "Russia attacked Ukraine.");
    /* 3: malformed, position inside the line */
    assert_int_equal(g[1].rc, DYAD_EINPUT);
    assert_int_equal(g[1].line, 3);
    assert_string_equal(g[1].file, p);
    assert_true(g[1].byte >= (long long)starts[2] &&
                g[1].byte <= (long long)(starts[2] + strlen(lines[2])));
    /* 4, 5, 6 */
    static const int bad_lines[] = {4, 5, 6};
    for (int i = 0; i < 3; i++) {
        got *x = &g[2 + i];
        if (x->rc != DYAD_EINPUT || x->line != bad_lines[i])
            fail_msg("record %d: rc %d line %ld, expected DYAD_EINPUT line %d",
                     2 + i, x->rc, x->line, bad_lines[i]);
        assert_int_equal(x->byte, starts[bad_lines[i] - 1]);
    }
    assert_string_equal(g[2].id, "c"); /* the id is known */
    assert_string_equal(g[3].id, "d");
    /* 8: integer id, date */
    assert_int_equal(g[5].rc, 1);
    assert_string_equal(g[5].id, "7");
    assert_string_equal(g[5].text, "Ukraine met Russia.");
    assert_string_equal(g[5].date, "2024-01-02");
    /* 9, 10, 11 */
    assert_int_equal(g[6].rc, DYAD_EINPUT);
    assert_int_equal(g[6].line, 9);
    assert_int_equal(g[7].rc, DYAD_EINPUT);
    assert_int_equal(g[7].line, 10);
    assert_int_equal(g[8].rc, DYAD_EINPUT);
    assert_int_equal(g[8].line, 11);
    /* 12: no final newline */
    assert_int_equal(g[9].rc, 1);
    assert_string_equal(g[9].id, "g");
    assert_string_equal(g[9].text, "last");
    /* bytes consumed: the whole file */
    dyad_reader *rd = NULL;
    dyad_error err;
    dyad_doc doc;
    assert_int_equal(dyad_reader_open(&rd, p, NULL, &err), 0);
    while (dyad_reader_next(rd, &doc, &err) != 0)
        ;
    assert_int_equal(dyad_reader_bytes(rd), len);
    dyad_reader_close(rd);
}

static void test_reader_jsonl_crlf_and_escapes(void **state)
{
    (void)state;
    char p[512];
    tmp_path(p, sizeof p, "crlf.ndjson");
    const char *j = "{\"id\":\"a\",\"text\":\"caf\\u00e9 \\\"x\\\"\\n\"}\r\n"
                    "\r\n"
                    "{\"id\":\"b\",\"text\":\"two\"}\r\n"
                    "{\"text\":\"three\",\"id\":\"c\\u00e9\\\"d\"}\r\n"
                    "{\"id\":\"e\\u0000f\",\"text\":\"four\"}\r\n";
    write_file(p, j, strlen(j));
    got g[5];
    int n = read_all_docs(p, NULL, g, 5);
    assert_int_equal(n, 4);
    assert_int_equal(g[0].rc, 1);
    assert_string_equal(g[0].text, "caf\xC3\xA9 \"x\"\n");
    assert_int_equal(g[1].rc, 1);
    assert_string_equal(g[1].id, "b");
    /* an id decoded where it lies, after the text */
    assert_int_equal(g[2].rc, 1);
    assert_string_equal(g[2].id, "c\xC3\xA9\"d");
    assert_string_equal(g[2].text, "three");
    /* an id with U+0000 is refused as jansson refuses it */
    assert_int_equal(g[3].rc, DYAD_EINPUT);
    assert_int_equal(g[3].line, 5);
}

/* Lines of every kind on both sides of and across the reader's 64 KiB
 * reads: good records (an escape in each), malformed ones and ones with a
 * byte that is no UTF-8, read with and without --repair-encoding; each
 * document's text, and each error's line and byte, are those of its line
 * (a line whole in one read is scanned where it was read, one across two
 * is copied first). */
static void test_reader_lines_across_reads(void **state)
{
    (void)state;
    enum { NLINES = 3000, KINDS = 5, READ = 65536 };
    char p[512];
    tmp_path(p, sizeof p, "across.jsonl");
    size_t cap = (size_t)NLINES * 1000, len = 0;
    char *d = malloc(cap);
    size_t *start = malloc(NLINES * sizeof *start);
    assert_non_null(d);
    assert_non_null(start);
    int across[KINDS] = {0};
    for (int i = 0; i < NLINES; i++) {
        int kind = i % KINDS, pad = (i * 37) % 900;
        start[i] = len;
        len += (size_t)snprintf(d + len, cap - len,
                                "{\"id\":\"%d\",\"text\":\"doc %d %*s", i, i,
                                pad, "");
        memset(d + len - (size_t)pad, 'a', (size_t)pad);
        if (kind == 3) /* malformed: the string is never closed */
            len += (size_t)snprintf(d + len, cap - len, "\n");
        else if (kind == 4) /* a Windows-1252 e-acute */
            len += (size_t)snprintf(d + len, cap - len, "caf\xE9\"}\n");
        else
            len += (size_t)snprintf(d + len, cap - len, "caf\\u00e9\"}\n");
        if (start[i] / READ != (len - 1) / READ)
            across[kind]++;
    }
    for (int k = 0; k < KINDS; k++)
        assert_true(across[k] > 0); /* every kind crosses a read */
    write_file(p, d, len);
    for (int repair = 0; repair < 2; repair++) {
        dyad_reader *rd = open_repairing(p, repair);
        dyad_error err;
        for (int i = 0; i < NLINES; i++) {
            int kind = i % KINDS, pad = (i * 37) % 900;
            dyad_doc doc;
            memset(&err, 0, sizeof err);
            int rc = dyad_reader_next(rd, &doc, &err);
            if (kind == 3 || (kind == 4 && !repair)) {
                if (rc != DYAD_EINPUT || err.line != i + 1)
                    fail_msg("line %d: rc %d line %ld", i + 1, rc, err.line);
                size_t at = start[i] + (size_t)snprintf(NULL, 0,
                    "{\"id\":\"%d\",\"text\":\"doc %d ", i, i) + (size_t)pad;
                if (kind == 4)
                    assert_int_equal(err.byte, (long long)at + 3);
                else
                    assert_true(err.byte >= (long long)start[i] &&
                                err.byte <= (long long)at + 4);
                continue;
            }
            char want[1000], id[16];
            int n = snprintf(want, sizeof want, "doc %d %*s", i, pad, "");
            memset(want + n - pad, 'a', (size_t)pad);
            snprintf(want + n, sizeof want - (size_t)n, "caf\xC3\xA9");
            snprintf(id, sizeof id, "%d", i);
            if (rc != 1 || strcmp(doc.id, id) ||
                doc.text_len != strlen(want) || memcmp(doc.text, want,
                                                       doc.text_len))
                fail_msg("line %d: rc %d, text %.*s", i + 1, rc,
                         rc == 1 ? (int)doc.text_len : 0,
                         rc == 1 ? doc.text : "");
        }
        dyad_doc doc;
        assert_int_equal(dyad_reader_next(rd, &doc, &err), 0);
        dyad_reader_close(rd);
    }
    free(start);
    free(d);
}

/* A JSONL record's text is marked UTF-8 without NUL (DYAD_DOC_UTF8), so
 * that dyad_code does not check it again: plain, escaped (a pair, a
 * run), raw non-ASCII, and repaired from Windows-1252, each of which
 * dyad_utf8_check passes. A text file is not marked (the reader does not
 * look for its NUL bytes), and dyad_code still refuses its NUL. */
static void test_reader_utf8_flag(void **state)
{
    (void)state;
    char p[512];
    tmp_path(p, sizeof p, "flag.jsonl");
    const char *j =
        "{\"id\":\"plain\",\"text\":\"Russia attacked Ukraine.\"}\n"
        "{\"id\":\"esc\",\"text\":\"caf\\u00e9 \\ud83d\\ude00 "
        "\\u00e2\\u20ac\\u2122\\n\"}\n"
        "{\"id\":\"raw\",\"text\":\"caf\xC3\xA9 \xF0\x9F\x98\x80\"}\n"
        "{\"id\":\"nul\",\"text\":\"a\\u0000b\"}\n"
        "{\"id\":\"cp1252\",\"text\":\"caf\xE9\"}\n";
    write_file(p, j, strlen(j));
    for (int repair = 0; repair < 2; repair++) {
        dyad_reader *rd = open_repairing(p, repair);
        dyad_error err;
        int good = 0, rc;
        dyad_doc doc;
        while ((rc = dyad_reader_next(rd, &doc, &err)) != 0) {
            if (rc < 0) {
                assert_int_equal(rc, DYAD_EINPUT);
                assert_true(doc.id == NULL || strcmp(doc.id, "plain"));
                continue;
            }
            int is_nul = 0;
            assert_int_equal(doc.flags, DYAD_DOC_UTF8);
            assert_true(dy_utf8_check(doc.text, doc.text_len, &is_nul) ==
                        (size_t)-1);
            good++;
        }
        assert_int_equal(good, repair ? 4 : 3);
        dyad_reader_close(rd);
    }
    /* a text file with a NUL byte: read, not marked, refused by the coder */
    tmp_path(p, sizeof p, "nul.txt");
    write_file(p, "Russia\0attacked Ukraine.", 24);
    dyad_reader *rd = NULL;
    dyad_error err;
    assert_int_equal(dyad_reader_open(&rd, p, NULL, &err), 0);
    dyad_doc doc;
    assert_int_equal(dyad_reader_next(rd, &doc, &err), 1);
    assert_int_equal(doc.flags, 0);
    dyad_coder *c = NULL;
    assert_int_equal(dyad_coder_new(&c, th_lexicon(), NULL, &err), 0);
    dyad_result *res = NULL;
    assert_int_equal(dyad_code(&res, c, &doc, &err), DYAD_EINPUT);
    assert_int_equal(err.byte, 6);
    assert_null(res);
    dyad_coder_free(c);
    dyad_reader_close(rd);
}

/* Each record's origin is "name:line" for every line number, across 9 ->
 * 10, 99 -> 100 and 999 -> 1000, after blank and malformed lines, and
 * cut where a long name leaves too little room for the digits (as
 * snprintf cuts it). */
static void test_reader_origin_lines(void **state)
{
    (void)state;
    enum { NLINES = 1205 };
    char *data = malloc(NLINES * 16);
    assert_non_null(data);
    size_t len = 0;
    for (int i = 1; i <= NLINES; i++)
        len += (size_t)sprintf(data + len, "%s\n",
                               i % 7 == 0    ? ""
                               : i % 11 == 0 ? "{"
                                             : "{\"text\":\"x\"}");
    static char name[DYAD_KEY_MAX + 32];
    for (int longname = 0; longname < 2; longname++) {
        size_t n = longname ? sizeof name - 4 - 6 : 1;
        memset(name, 'n', n);
        memcpy(name + n, ".jsonl", 7);
        dyad_reader *rd = NULL;
        dyad_error err;
        assert_int_equal(dyad_reader_open_buffer(&rd, name, data, len, NULL,
                                                 &err), 0);
        static char want[sizeof name + 16];
        dyad_doc doc;
        int rc, line = 0;
        while ((rc = dyad_reader_next(rd, &doc, &err)) != 0) {
            do
                line++;
            while (line % 7 == 0);
            assert_int_equal(rc, line % 11 == 0 ? DYAD_EINPUT : 1);
            snprintf(want, sizeof want, "%s:%d", name, line);
            want[sizeof name - 1] = '\0'; /* (the reader's origin's size) */
            if (strcmp(doc.origin, want))
                fail_msg("line %d: origin ...%s", line,
                         doc.origin + strlen(doc.origin) - 8);
        }
        assert_int_equal(line, NLINES);
        dyad_reader_close(rd);
    }
    free(data);
}

static void test_reader_text_and_sniffing(void **state)
{
    (void)state;
    char p[512];
    /* a text file is one document whose id is its path */
    tmp_path(p, sizeof p, "one.txt");
    const char *t = "Russia attacked Ukraine.\n{\"not\": \"json\"}\n";
    write_file(p, t, strlen(t));
    got g[5];
    int n = read_all_docs(p, NULL, g, 5);
    assert_int_equal(n, 1);
    assert_int_equal(g[0].rc, 1);
    assert_string_equal(g[0].id, p);
    assert_string_equal(g[0].text, t);
    /* a first '{' makes any file JSONL */
    tmp_path(p, sizeof p, "records.txt");
    const char *j = "\n  {\"id\":\"x\",\"text\":\"Ukraine met Russia.\"}\n";
    write_file(p, j, strlen(j));
    n = read_all_docs(p, NULL, g, 5);
    assert_int_equal(n, 1);
    assert_string_equal(g[0].id, "x");
    /* an empty file is one empty document */
    tmp_path(p, sizeof p, "empty.txt");
    write_file(p, "", 0);
    n = read_all_docs(p, NULL, g, 5);
    assert_int_equal(n, 1);
    assert_int_equal(g[0].rc, 1);
    assert_string_equal(g[0].text, "");
    /* an empty .jsonl file has no documents */
    tmp_path(p, sizeof p, "empty.jsonl");
    write_file(p, "", 0);
    n = read_all_docs(p, NULL, g, 5);
    assert_int_equal(n, 0);
}

/* the first document of path: its text (malloc'd, NUL-terminated) or
 * NULL with *rc and err; *enc and *repaired from dyad_reader_encoding */
static char *first_doc(const char *path, unsigned flags, int *rc,
                       dyad_error *err, unsigned *enc, size_t *repaired)
{
    dyad_options o = DYAD_OPTIONS_INIT;
    o.flags = flags;
    dyad_reader *rd = NULL;
    memset(err, 0, sizeof *err);
    assert_int_equal(dyad_reader_open(&rd, path, &o, err), 0);
    dyad_doc doc;
    *rc = dyad_reader_next(rd, &doc, err);
    *enc = dyad_reader_encoding(rd, repaired);
    char *t = NULL;
    if (*rc == 1) {
        t = malloc(doc.text_len + 1);
        assert_non_null(t);
        memcpy(t, doc.text, doc.text_len);
        t[doc.text_len] = '\0';
    }
    dyad_reader_close(rd);
    return t;
}

/* UTF-16 after its byte order mark is decoded (text files and JSONL,
 * surrogate pairs across reads); bytes that are no UTF-8 reject the
 * document with their offset and the option, or with
 * DYAD_F_REPAIR_ENCODING are read as Windows-1252 and counted */
static void test_reader_encodings(void **state)
{
    (void)state;
    char p[512];
    int rc;
    dyad_error err;
    unsigned enc;
    size_t rep;
    /* "Caf\u00e9 \U0001F600 Kyiv" in UTF-16LE with its BOM */
    static const char le[] = "\xFF\xFE" "C\0a\0f\0\xE9\0 \0\x3D\xD8\x00\xDE"
                             " \0K\0y\0i\0v\0";
    tmp_path(p, sizeof p, "le.txt");
    write_file(p, le, sizeof le - 1);
    char *t = first_doc(p, 0, &rc, &err, &enc, &rep);
    assert_int_equal(rc, 1);
    assert_string_equal(t, "Caf\xC3\xA9 \xF0\x9F\x98\x80 Kyiv");
    assert_int_equal(enc, DYAD_ENC_UTF16);
    free(t);
    /* UTF-16BE JSONL: records as usual */
    static const char be[] = "\xFE\xFF\0{\0\"\0i\0d\0\"\0:\0\"\0a\0\"\0,\0\""
                             "\0t\0e\0x\0t\0\"\0:\0\"\0h\0i\0\"\0}\0\n";
    tmp_path(p, sizeof p, "be.jsonl");
    write_file(p, be, sizeof be - 1);
    got g[3];
    assert_int_equal(read_all_docs(p, NULL, g, 3), 1);
    assert_string_equal(g[0].id, "a");
    assert_string_equal(g[0].text, "hi");
    /* a surrogate pair split by the reader's 64 KiB reads */
    size_t n = 2 + 65534 + 4;
    char *big = malloc(n);
    assert_non_null(big);
    memcpy(big, "\xFF\xFE", 2);
    for (size_t i = 2; i < 65536; i += 2)
        big[i] = 'a', big[i + 1] = '\0';
    memcpy(big + 65536, "\x3D\xD8\x00\xDE", 4);
    tmp_path(p, sizeof p, "big16.txt");
    write_file(p, big, n);
    free(big);
    t = first_doc(p, 0, &rc, &err, &enc, &rep);
    assert_int_equal(rc, 1);
    assert_int_equal(strlen(t), 32767 + 4);
    assert_string_equal(t + 32767, "\xF0\x9F\x98\x80");
    free(t);
    /* Windows-1252 bytes: rejected with the offset and the option ... */
    static const char w[] = "The caf\xE9 said \x93no\x94 for \x80" "5.";
    tmp_path(p, sizeof p, "cp1252.txt");
    write_file(p, w, sizeof w - 1);
    t = first_doc(p, 0, &rc, &err, &enc, &rep);
    assert_null(t);
    assert_int_equal(rc, DYAD_EINPUT);
    assert_int_equal(err.byte, 7);
    assert_non_null(strstr(err.message, "--repair-encoding"));
    /* ... or read as Windows-1252 */
    t = first_doc(p, DYAD_F_REPAIR_ENCODING, &rc, &err, &enc, &rep);
    assert_int_equal(rc, 1);
    assert_string_equal(t, "The caf\xC3\xA9 said \xE2\x80\x9Cno\xE2\x80\x9D "
                           "for \xE2\x82\xAC" "5.");
    assert_int_equal(enc, DYAD_ENC_REPAIRED);
    assert_int_equal(rep, 4);
    free(t);
    /* in a JSONL record too, before its JSON is read */
    static const char jl[] = "{\"id\":\"r\",\"text\":\"Caf\xE9\"}\n";
    tmp_path(p, sizeof p, "latin1.jsonl");
    write_file(p, jl, sizeof jl - 1);
    t = first_doc(p, 0, &rc, &err, &enc, &rep);
    assert_int_equal(rc, DYAD_EINPUT);
    assert_int_equal(err.line, 1);
    assert_int_equal(err.byte, 21);
    t = first_doc(p, DYAD_F_REPAIR_ENCODING, &rc, &err, &enc, &rep);
    assert_int_equal(rc, 1);
    assert_string_equal(t, "Caf\xC3\xA9");
    free(t);
}

static void test_reader_limits(void **state)
{
    (void)state;
    dyad_options o = DYAD_OPTIONS_INIT;
    o.max_doc_bytes = 100;
    char p[512], big[400];
    memset(big, 'a', sizeof big);
    /* a text file over the limit */
    tmp_path(p, sizeof p, "big.txt");
    write_file(p, big, 101);
    got g[8];
    int n = read_all_docs(p, &o, g, 8);
    assert_int_equal(n, 1);
    assert_int_equal(g[0].rc, DYAD_ELIMIT);
    assert_string_equal(g[0].file, p);
    /* exactly at the limit */
    write_file(p, big, 100);
    n = read_all_docs(p, &o, g, 8);
    assert_int_equal(n, 1);
    assert_int_equal(g[0].rc, 1);
    /* a JSONL record whose text is over the limit, between good ones */
    tmp_path(p, sizeof p, "big.jsonl");
    char j[1200];
    int len = snprintf(j, sizeof j,
                       "{\"id\":\"1\",\"text\":\"small\"}\n"
                       "{\"id\":\"2\",\"text\":\"%.*s\"}\n"
                       "{\"id\":\"3\",\"text\":\"small too\"}\n",
                       150, big);
    write_file(p, j, (size_t)len);
    n = read_all_docs(p, &o, g, 8);
    assert_int_equal(n, 3);
    assert_int_equal(g[0].rc, 1);
    assert_int_equal(g[1].rc, DYAD_ELIMIT);
    assert_int_equal(g[1].line, 2);
    assert_string_equal(g[1].id, "2");
    assert_int_equal(g[2].rc, 1);
    assert_string_equal(g[2].id, "3");
}

static void test_reader_long_line(void **state)
{
    (void)state;
    /* a line far longer than any document is skipped, not held */
    dyad_options o = DYAD_OPTIONS_INIT;
    o.max_doc_bytes = 16;
    char p[512];
    tmp_path(p, sizeof p, "long.jsonl");
    size_t n = 300000;
    char *d = malloc(n + 200);
    assert_non_null(d);
    size_t len = (size_t)sprintf(d, "{\"id\":\"1\",\"text\":\"a\"}\n{\"text\":\"");
    memset(d + len, 'x', n);
    len += n;
    len += (size_t)sprintf(d + len, "\"}\n{\"id\":\"3\",\"text\":\"c\"}\n");
    write_file(p, d, len);
    free(d);
    got g[8];
    int k = read_all_docs(p, &o, g, 8);
    assert_int_equal(k, 3);
    assert_int_equal(g[0].rc, 1);
    assert_int_equal(g[1].rc, DYAD_ELIMIT);
    assert_int_equal(g[1].line, 2);
    assert_int_equal(g[2].rc, 1);
    assert_string_equal(g[2].id, "3");
}

static void test_reader_directory(void **state)
{
    (void)state;
    char dir[512], p[700];
    tmp_path(dir, sizeof dir, "corpus");
    assert_int_equal(mkdir(dir, 0700), 0);
    snprintf(p, sizeof p, "%s/sub", dir);
    assert_int_equal(mkdir(p, 0700), 0);
    snprintf(p, sizeof p, "%s/sub/c.txt", dir);
    write_file(p, "C text", 6);
    snprintf(p, sizeof p, "%s/b.txt", dir);
    write_file(p, "B text", 6);
    snprintf(p, sizeof p, "%s/z.txt", dir);
    write_file(p, "Z text", 6);
    snprintf(p, sizeof p, "%s/a.jsonl", dir);
    const char *j = "{\"id\":\"a1\",\"text\":\"A one\"}\n"
                    "{oops\n"
                    "{\"id\":\"a2\",\"text\":\"A two\"}\n";
    write_file(p, j, strlen(j));
    snprintf(p, sizeof p, "%s/.hidden.txt", dir);
    write_file(p, "hidden", 6);
    snprintf(p, sizeof p, "%s/big.txt", dir);
    write_file(p, "this file is longer than the limit of 32 bytes", 46);
    dyad_options o = DYAD_OPTIONS_INIT;
    o.max_doc_bytes = 32;
    got g[12];
    int n = read_all_docs(dir, &o, g, 12);
    /* .hidden.txt (skipped, said in its place), a.jsonl (a1, bad line 2,
     * a2), b.txt, big.txt (too big), sub/c.txt, z.txt */
    assert_int_equal(n, 8);
    assert_int_equal(g[0].rc, DYAD_ESKIP);
    assert_non_null(strstr(g[0].file, ".hidden.txt"));
    assert_string_equal(g[1].text, "A one");
    assert_int_equal(g[2].rc, DYAD_EINPUT);
    assert_int_equal(g[2].line, 2);
    assert_non_null(strstr(g[2].file, "a.jsonl"));
    assert_string_equal(g[3].text, "A two");
    assert_string_equal(g[4].text, "B text");
    assert_int_equal(g[5].rc, DYAD_ELIMIT);
    assert_non_null(strstr(g[5].file, "big.txt"));
    assert_string_equal(g[6].text, "C text");
    assert_string_equal(g[7].text, "Z text");
    snprintf(p, sizeof p, "%s/sub/c.txt", dir);
    assert_string_equal(g[6].id, p);
}

/* identity: a record's id is its own or none (keyed by its text later),
 * never its line; a text file's id is its real path; the origin names
 * where it was read */
static void test_reader_identity(void **state)
{
    (void)state;
    char dir[512], p[700], link[700], real[700];
    tmp_path(dir, sizeof dir, "ident");
    assert_int_equal(mkdir(dir, 0700), 0);
    snprintf(p, sizeof p, "%s/r.jsonl", dir);
    char longid[5000];
    memset(longid, 'x', sizeof longid - 1);
    longid[sizeof longid - 1] = '\0';
    char j[6000];
    snprintf(j, sizeof j,
             "{\"text\":\"no id\"}\n"
             "{\"id\":\"a\",\"text\":\"with id\"}\n"
             "{\"id\":7,\"text\":\"number id\"}\n"
             "{\"id\":\"%s\",\"text\":\"long id\"}\n"
             "{\"id\":\"a\\u0000b\",\"text\":\"NUL in id\"}\n",
             longid);
    write_file(p, j, strlen(j));
    got g[8];
    int n = read_all_docs(p, NULL, g, 8);
    assert_int_equal(n, 5);
    assert_int_equal(g[0].rc, 1);
    assert_string_equal(g[0].id, "");
    assert_non_null(strstr(g[0].origin, "r.jsonl:1"));
    assert_string_equal(g[1].id, "a");
    assert_non_null(strstr(g[1].origin, "r.jsonl:2"));
    assert_string_equal(g[2].id, "7");
    /* an id longer than a key is refused, not cut to one that may clash */
    assert_int_equal(g[3].rc, DYAD_EINPUT);
    assert_int_equal(g[3].line, 4);
    assert_int_equal(g[4].rc, DYAD_EINPUT);
    /* a text file through a link and a ".." is keyed by its real path */
    snprintf(p, sizeof p, "%s/t.txt", dir);
    write_file(p, "text", 4);
    assert_non_null(realpath(p, real));
    snprintf(link, sizeof link, "%s/link.txt", dir);
    assert_int_equal(symlink("t.txt", link), 0);
    n = read_all_docs(link, NULL, g, 8);
    assert_int_equal(n, 1);
    assert_string_equal(g[0].id, real);
    assert_string_equal(g[0].origin, link);
    snprintf(p, sizeof p, "%s/../ident/t.txt", dir);
    n = read_all_docs(p, NULL, g, 8);
    assert_string_equal(g[0].id, real);
    assert_string_equal(g[0].origin, p);
}

static void test_reader_missing_path(void **state)
{
    (void)state;
    dyad_reader *rd = (dyad_reader *)tmpdir;
    dyad_error err;
    memset(&err, 0, sizeof err);
    assert_int_equal(dyad_reader_open(&rd, "/nonexistent/file.txt", NULL, &err),
                     DYAD_EIO);
    assert_null(rd);
    assert_int_equal(err.code, DYAD_EIO);
    assert_string_equal(err.file, "/nonexistent/file.txt");
    assert_non_null(strstr(err.message, "No such file"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_reader_out_of_memory),
        cmocka_unit_test(test_reader_jsonl),
        cmocka_unit_test(test_reader_jsonl_crlf_and_escapes),
        cmocka_unit_test(test_reader_lines_across_reads),
        cmocka_unit_test(test_reader_utf8_flag),
        cmocka_unit_test(test_reader_origin_lines),
        cmocka_unit_test(test_reader_text_and_sniffing),
        cmocka_unit_test(test_reader_encodings),
        cmocka_unit_test(test_reader_limits),
        cmocka_unit_test(test_reader_long_line),
        cmocka_unit_test(test_reader_directory),
        cmocka_unit_test(test_reader_identity),
        cmocka_unit_test(test_reader_missing_path),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
