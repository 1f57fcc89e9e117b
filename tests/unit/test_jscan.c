/*
 * test_jscan.c - the JSONL record scanner (src/reader/jscan.c) against
 * jansson, which the reader used before it: on a catalogue of awkward
 * lines (escapes, surrogate pairs, nesting in fields the reader skips,
 * numbers, whitespace, duplicate keys, truncated lines), on every line of
 * the corpus and the evaluation files, and on many mutants of them, both
 * must accept the same lines, extract the same fields, and name the same
 * class of error.
 */
#include "helpers.h"

#include "reader/encoding.h"
#include "reader/jscan.h"

#include <jansson.h>

static const char *const names[DY_JF_N] = {"id",     "text", "date",
                                           "source", "url",  "title"};

/* jansson's verdict as a DY_JS_* class */
static int ref_class(const json_t *j, const json_error_t *je)
{
    if (j)
        return json_is_object(j) ? DY_JS_OBJECT : DY_JS_NOT_OBJECT;
    switch (json_error_code(je)) {
    case json_error_premature_end_of_input: return DY_JS_EOF;
    case json_error_invalid_syntax: return DY_JS_SYNTAX;
    case json_error_end_of_input_expected: return DY_JS_TRAILING;
    case json_error_stack_overflow: return DY_JS_DEPTH;
    case json_error_duplicate_key: return DY_JS_DUPLICATE;
    case json_error_null_character: return DY_JS_NUL;
    case json_error_null_byte_in_key: return DY_JS_NUL_KEY;
    case json_error_numeric_overflow: return DY_JS_RANGE;
    default: return -100 - (int)json_error_code(je);
    }
}

/* a field as jansson's tree has it, compared with the scanner's */
static int same_field(const json_t *v, const dy_jfield *f)
{
    if (!v)
        return f->type == DY_JT_ABSENT;
    if (json_is_null(v))
        return f->type == DY_JT_NULL;
    if (json_is_integer(v))
        return f->type == DY_JT_INTEGER &&
               f->integer == (long long)json_integer_value(v);
    if (json_is_string(v))
        return f->type == DY_JT_STRING &&
               f->len == json_string_length(v) &&
               !memcmp(f->s, json_string_value(v), f->len) &&
               f->s[f->len] == '\0';
    return f->type == DY_JT_OTHER;
}

static size_t classes[DY_JS_NOMEM + 1]; /* lines seen, by class */

/* Runs both on the line; 0 when they agree, else -1 with why. */
static int compare(dy_jscan *s, const char *line, size_t len, char *why,
                   size_t cap)
{
    json_error_t je;
    json_t *j = json_loadb(line, len, JSON_REJECT_DUPLICATES, &je);
    int want = ref_class(j, &je);
    char *copy = malloc(len + 1);
    assert_non_null(copy);
    memcpy(copy, line, len);
    dy_jfield f[DY_JF_N];
    int got = dy_jscan_record(s, copy, len, f);
    int rc = 0;
    if (got >= 0 && got <= DY_JS_NOMEM)
        classes[got]++;
    if (got != want) {
        snprintf(why, cap, "class %d, jansson %d (%s)", got, want,
                 j ? "accepted" : je.text);
        rc = -1;
    } else if (got == DY_JS_OBJECT) {
        for (int i = 0; i < DY_JF_N && !rc; i++)
            if (!same_field(json_object_get(j, names[i]), &f[i])) {
                snprintf(why, cap, "field %s differs (type %d)", names[i],
                         f[i].type);
                rc = -1;
            }
    } else if (got != DY_JS_NOT_OBJECT && memcmp(copy, line, len)) {
        snprintf(why, cap, "a rejected line was changed");
        rc = -1;
    }
    free(copy);
    json_decref(j);
    return rc;
}

static void check(dy_jscan *s, const char *line, size_t len)
{
    char why[300];
    if (compare(s, line, len, why, sizeof why))
        fail_msg("%s on: %.*s", why, (int)(len < 300 ? len : 300), line);
}

#define CHECK(s, lit) check(s, lit, sizeof lit - 1)

/* the catalogue: each entry is one line (embedded NULs allowed) */
#define L(lit) {lit, sizeof lit - 1}
static const struct {
    const char *s;
    size_t n;
} catalogue[] = {
    /* plain records and the fields' types */
    L("{\"id\":\"a1\",\"text\":\"Hello.\",\"date\":\"2024-01-02\"}"),
    L("{\"text\":\"x\"}"), L("{}"), L("[]"), L("[1,2,{\"a\":[]}]"),
    L("{\"id\":42,\"text\":\"t\"}"), L("{\"id\":-0,\"text\":\"t\"}"),
    L("{\"id\":-9223372036854775808,\"text\":\"t\"}"),
    L("{\"id\":9223372036854775807,\"text\":\"t\"}"),
    L("{\"id\":9223372036854775808,\"text\":\"t\"}"),
    L("{\"id\":-9223372036854775809,\"text\":\"t\"}"),
    L("{\"id\":99999999999999999999999,\"text\":\"t\"}"),
    L("{\"id\":1.0,\"text\":\"t\"}"), L("{\"id\":1e2,\"text\":\"t\"}"),
    L("{\"id\":true,\"text\":false}"), L("{\"id\":null,\"text\":null}"),
    L("{\"id\":[1],\"text\":{\"a\":1},\"date\":[],\"url\":{}}"),
    L("{\"source\":\"s\",\"url\":\"u\",\"title\":\"T\",\"text\":\"x\"}"),
    L("{\"Text\":\"x\",\"TEXT\":\"y\",\"text \":\"z\"}"),
    /* escapes and Unicode */
    L("{\"text\":\"a\\\"b\\\\c\\/d\\be\\ff\\ng\\rh\\ti\"}"),
    L("{\"text\":\"\\u00e9\\u00E9\\u20ac\\uFFFF\\u0041\"}"),
    L("{\"text\":\"\\ud83d\\ude00 smile\"}"),
    L("{\"text\":\"\\uD83D\\uDE00\\uDBFF\\uDFFF\\uD800\\uDC00\"}"),
    L("{\"text\":\"\\ud83d\"}"), L("{\"text\":\"\\ude00\"}"),
    L("{\"text\":\"\\ud83dx\"}"), L("{\"text\":\"\\ud83d\\u0041\"}"),
    L("{\"text\":\"\\ud83d\\ud83d\\ude00\"}"),
    L("{\"text\":\"\\ud83d\\uzzzz\"}"), L("{\"text\":\"\\ud83d\\"),
    L("{\"text\":\"\\ud83d\\u12"), L("{\"text\":\"\\ud83d"),
    L("{\"text\":\"\\ud83d\\x\"}"), L("{\"text\":\"\\ude00\\q\"}"),
    L("{\"text\":\"\\u0000\"}"), L("{\"text\":\"a\\u0000b\"}"),
    L("{\"x\\u0000\":1}"), L("{\"\\u0000\":\"\\u0000\"}"),
    L("{\"text\":\"\\u00\"}"), L("{\"text\":\"\\u00g0\"}"),
    L("{\"text\":\"\\U0041\"}"), L("{\"text\":\"\\a\"}"),
    L("{\"text\":\"\\'\"}"), L("{\"text\":\"\\\"}"), L("{\"text\":\"a\\"),
    L("{\"text\":\"\\u0000\\q\"}"), L("{\"text\":\"\\ud800\\u0000\"}"),
    L("{\"text\":\"caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80\"}"),
    L("{\"te\\u0078t\":\"escaped key\"}"), L("{\"\\u0069d\":7,\"text\":\"k\"}"),
    L("{\"text\":\"a\",\"te\\u0078t\":\"b\"}"),
    L("{\"a\\nb\":1,\"a\\u000ab\":2}"),
    /* control characters and raw bytes */
    L("{\"text\":\"a\tb\"}"), L("{\"text\":\"a\nb\"}"),
    L("{\"text\":\"a\x01\"}"), L("{\"text\":\"a\x1f\"}"),
    L("{\"text\":\"a\x7f\"}"), L("{\"text\":\"a\0b\"}"), L("{\0}"),
    L("\0"), L("{\"text\":\"x\"}\0"), L("{\"text\":\"x\"} \x01"),
    /* a NUL right after a number or a word is lost in jansson's lexer */
    L("{\"text\":5\0}"), L("{\"n\":5\0\0}"), L("[1.5\0,2e3\0]"),
    L("{\"a\":true\0,\"b\":null\0,\"text\":\"x\"}"), L("{\"n\":-\0}"),
    L("{\"n\":0\0}"), L("{\"n\":tru\0e}"), L("{\"n\":5 \0}"),
    L("{\"n\":\"s\"\0}"), L("{\"n\":5}\0"), L("[false\0]\0"),
    /* whitespace, BOM, CR */
    L(" \t{ \"text\" : \"x\" , \"id\" : 1 } \t\r"), L("{\"text\":\"x\"}\r"),
    L("\r{\"text\":\"x\"}"), L("{\"text\":\"x\r\"}"),
    L("{\n\"text\":\n\"x\"\n}"), L("\xef\xbb\xbf{\"text\":\"x\"}"),
    L("{\"text\":\"x\"}\xef\xbb\xbf"), L("{\"text\":\"\xef\xbb\xbfx\"}"),
    L("{\"text\":\"x\"}\f"), L("\v{\"text\":\"x\"}"),
    /* duplicates, at every depth */
    L("{\"text\":\"a\",\"text\":\"b\"}"), L("{\"id\":1,\"x\":2,\"id\":3}"),
    L("{\"a\":{\"b\":1,\"b\":2},\"text\":\"x\"}"),
    L("{\"a\":{\"b\":1},\"b\":{\"b\":1},\"text\":\"x\"}"),
    L("{\"a\":[{\"k\":1},{\"k\":1}],\"text\":\"x\"}"),
    L("{\"a\":[{\"k\":1,\"k\":1}]}"), L("{\"\":1,\"\":2}"),
    L("{\"\\u00e9\":1,\"\xc3\xa9\":2}"), L("{\"\\/\":1,\"/\":2}"),
    L("{\"a\":1,\"A\":2}"), L("[{\"a\":1},{\"a\":2},{\"a\":{\"a\":{\"a\":1}}}]"),
    /* numbers */
    L("{\"n\":0,\"m\":-0,\"o\":0.0,\"p\":-0.0e-0}"), L("{\"n\":01}"),
    L("{\"n\":-01}"), L("{\"n\":00}"), L("{\"n\":1.}"), L("{\"n\":.5}"),
    L("{\"n\":-}"), L("{\"n\":-a}"), L("{\"n\":+1}"), L("{\"n\":1e}"),
    L("{\"n\":1e+}"), L("{\"n\":1E-7}"), L("{\"n\":1e+7}"),
    L("{\"n\":1.5e308}"), L("{\"n\":1.8e308}"), L("{\"n\":-1.8e308}"),
    L("{\"n\":1.7976931348623157e308}"), L("{\"n\":1.7976931348623159e308}"),
    L("{\"n\":179769313486231570000000000000000000000000000000000000000000"
      "00000000000000000000000000000000000000000000000000000000000000000000"
      "00000000000000000000000000000000000000000000000000000000000000000000"
      "00000000000000000000000000000000000000000000000000000000000000000000"
      "0000000000000000000000000000000000000000000000000000000.0}"),
    L("{\"n\":1e-400}"), L("{\"n\":1e99999999999999999999}"),
    L("{\"n\":0e99999999999999999999}"), L("{\"n\":1e-99999999999999999999}"),
    L("{\"n\":0.000001e313}"), L("{\"n\":1000e306}"),
    L("{\"n\":1.2.3}"), L("{\"n\":1-2}"), L("{\"n\":1e5e5}"),
    L("{\"n\":Infinity}"), L("{\"n\":NaN}"), L("{\"n\":-Infinity}"),
    L("{\"n\":0x10}"), L("[9223372036854775807,-9223372036854775808]"),
    L("[18446744073709551616]"), L("[-1e400]"),
    /* literals */
    L("{\"a\":true,\"b\":false,\"c\":null}"), L("{\"a\":tru}"),
    L("{\"a\":True}"), L("{\"a\":nulll}"), L("{\"a\":null1}"),
    L("{\"a\":truefalse}"), L("{\"a\":nul"), L("{\"a\":t"),
    /* truncated lines and broken structure */
    L("{"), L("["), L("{\"text\""), L("{\"text\":"), L("{\"text\":\"x"),
    L("{\"text\":\"x\""), L("{\"text\":\"x\","), L("{\"text\":\"x\",\"id"),
    L("{\"a\":[1,2"), L("{\"a\":[1,2,"), L("{\"a\":[1,2,]}"), L("[1,]"),
    L("[,1]"), L("{,}"), L("{\"a\":1,}"), L("{\"a\" 1}"), L("{\"a\"::1}"),
    L("{\"a\":1 \"b\":2}"), L("{\"a\":1}}"), L("{\"a\":1}]"), L("[1}"),
    L("{\"a\":1]"), L("{a:1}"), L("{'a':1}"), L("{1:2}"), L("{null:1}"),
    L("\"text\""), L("42"), L("null"), L("x"), L("}"), L("]"), L(":"),
    L(""), L("   "), L("{\"a\":1}{\"b\":2}"), L("{} []"), L("{} x"),
    L("{} 1"), L("{} 01"), L("{} -"), L("{} \"abc"), L("{} \"a\x01\""),
    L("{} \"\\u0000\""), L("{} \"\\ud800\""), L("{} 1e999"),
    L("{} 99999999999999999999"), L("{} tru"), L("{} \"ok\""),
    L("{\"text\":\"x\"} // comment"), L("{\"a\":}"), L("{\"a\":,}"),
    L("{\"a\":]"), L("[:]"), L("{\"a\"}"), L("{\"a\":1:2}"),
    L("{\"a\":\"b\":\"c\"}"), L("[\"a\":1]"),
    L("{\"text\":\"x\",\"a\":{\"b\":[{\"c\":[[[[{}]]]]}],\"d\":\"\\u00e9\"}}"),
};

static void test_catalogue(void **state)
{
    (void)state;
    dy_mem mem = {NULL};
    dy_jscan s;
    dy_jscan_init(&s, &mem);
    for (size_t i = 0; i < sizeof catalogue / sizeof *catalogue; i++)
        check(&s, catalogue[i].s, catalogue[i].n);
    dy_jscan_free(&s);
}

/* \u escapes at the edges of the surrogate ranges, alone and in pairs */
static void test_surrogates(void **state)
{
    (void)state;
    dy_mem mem = {NULL};
    dy_jscan s;
    dy_jscan_init(&s, &mem);
    static const char *const u[] = {"0000", "0001", "D7FF", "d800", "DBFF",
                                    "dc00", "DFFF", "E000", "ffff", "00e9"};
    size_t nu = sizeof u / sizeof *u;
    char b[64];
    for (size_t i = 0; i < nu; i++) {
        int n = snprintf(b, sizeof b, "{\"text\":\"\\u%s\"}", u[i]);
        check(&s, b, (size_t)n);
        n = snprintf(b, sizeof b, "{\"\\u%s\":1}", u[i]);
        check(&s, b, (size_t)n);
        for (size_t j = 0; j < nu; j++) {
            n = snprintf(b, sizeof b, "{\"text\":\"\\u%s\\u%s\"}", u[i],
                         u[j]);
            check(&s, b, (size_t)n);
        }
    }
    dy_jscan_free(&s);
}

/* escapes one right after another, of every kind and in every order of
 * three, with a plain byte between them or none, at the start and the
 * end of a value (decode reads an escape after an escape at once) */
static void test_escape_runs(void **state)
{
    (void)state;
    dy_mem mem = {NULL};
    dy_jscan s;
    dy_jscan_init(&s, &mem);
    static const char *const e[] = {"\\\\", "\\\"", "\\/", "\\n",
                                    "\\t", "\\u00e9", "\\u20ac",
                                    "\\ud83d\\ude00", "\\u0041", "x"};
    size_t ne = sizeof e / sizeof *e;
    char b[96];
    for (size_t i = 0; i < ne; i++)
        for (size_t j = 0; j < ne; j++)
            for (size_t k = 0; k < ne; k++) {
                int n = snprintf(b, sizeof b, "{\"text\":\"%s%s%s\"}", e[i],
                                 e[j], e[k]);
                check(&s, b, (size_t)n);
                n = snprintf(b, sizeof b, "{\"text\":\"ab%s%s c%s\"}", e[i],
                             e[j], e[k]);
                check(&s, b, (size_t)n);
            }
    dy_jscan_free(&s);
}

/* nesting at jansson's limit: values 2048 deep are read, 2049 are not,
 * in arrays and objects, with and without a value at the bottom */
static void test_depth(void **state)
{
    (void)state;
    dy_mem mem = {NULL};
    dy_jscan s;
    dy_jscan_init(&s, &mem);
    static const char *const inner[] = {"", "1", "\"\\u0000\"", "x",
                                        "\"\\q\"", "1e999", "{}"};
    char *b = malloc(7 * 2100 + 64);
    assert_non_null(b);
    for (int n = 2045; n <= 2050; n++)
        for (int obj = 0; obj < 2; obj++)
            for (size_t k = 0; k < sizeof inner / sizeof *inner; k++) {
                size_t len = 0;
                for (int i = 0; i < n; i++)
                    len += (size_t)sprintf(b + len, "%s",
                                           obj && i ? "{\"k\":" : "[");
                len += (size_t)sprintf(b + len, "%s", inner[k]);
                for (int i = n - 1; i >= 0; i--)
                    b[len++] = obj && i ? '}' : ']';
                check(&s, b, len);
                check(&s, b, len - 1); /* one bracket short */
            }
    free(b);
    dy_jscan_free(&s);
}

/* every special byte of a string at every place of an eight-byte word
 * and of the scanner's sixteen- and thirty-two-byte steps, near the end
 * of the line and away from it */
static void test_string_words(void **state)
{
    (void)state;
    dy_mem mem = {NULL};
    dy_jscan s;
    dy_jscan_init(&s, &mem);
    static const char *const special[] = {"\"", "\\\"", "\\n", "\x01",
                                          "\x1f", "\\u00e9", "\xc3\xa9",
                                          "\x7f", " ", "\\"};
    static const char lower[] =
        "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz";
    static const char upper[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZ";
    char b[160];
    for (size_t k = 0; k < sizeof special / sizeof *special; k++)
        for (int at = 0; at < 45; at++)
            for (int tail = 0; tail < 45; tail += 3) {
                int n = snprintf(b, sizeof b, "{\"text\":\"%.*s%s%.*s\"}",
                                 at, lower, special[k], tail, upper);
                check(&s, b, (size_t)n);
                check(&s, b, (size_t)n - 2); /* cut in the string */
            }
    dy_jscan_free(&s);
}

/* A line that is no UTF-8 is not read as an object, and is left as it
 * was: the reader checks the encoding of every other line, and so names
 * the bad byte whatever the JSON around it. */
static void check_not_utf8(dy_jscan *s, const char *line, size_t len)
{
    char *copy = malloc(len + 1);
    assert_non_null(copy);
    memcpy(copy, line, len);
    dy_jfield f[DY_JF_N];
    int got = dy_jscan_record(s, copy, len, f);
    if (got == DY_JS_OBJECT || memcmp(copy, line, len))
        fail_msg("class %d on bytes that are no UTF-8: %.*s", got,
                 (int)(len < 300 ? len : 300), line);
    free(copy);
}

/* a string's characters of two, three and four bytes at every offset of
 * its sixteen- and eight-byte steps, and bytes that are no UTF-8 there,
 * in a key, or outside any string */
static void test_not_utf8(void **state)
{
    (void)state;
    dy_mem mem = {NULL};
    dy_jscan s;
    dy_jscan_init(&s, &mem);
    static const char *const good[] = {"\xc3\xa9", "\xe2\x80\x99",
                                       "\xf0\x9f\x98\x80", "\xef\xbf\xbd"};
    static const char *const bad[] = {"\xff",         "\xc3(",
                                      "\xed\xa0\x80", "\xf4\x90\x80\x80",
                                      "\xc0\xaf",     "\x80",
                                      "\xe2\x80",     "\xc3"};
    char b[160];
    for (int at = 0; at < 40; at++) {
        for (size_t k = 0; k < sizeof good / sizeof *good; k++) {
            int n = snprintf(b, sizeof b, "{\"text\":\"%.*s%s%s\"}", at,
                             "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMN",
                             good[k], "tail of the line");
            check(&s, b, (size_t)n);
        }
        for (size_t k = 0; k < sizeof bad / sizeof *bad; k++) {
            int n = snprintf(b, sizeof b, "{\"text\":\"%.*s%s%s\"}", at,
                             "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMN",
                             bad[k], "tail of the line");
            check_not_utf8(&s, b, (size_t)n);
            check_not_utf8(&s, b, (size_t)n - 2); /* and cut after it */
            n = snprintf(b, sizeof b, "{\"x%.*s%s\":1,\"text\":\"t\"}", at,
                         "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMN", bad[k]);
            check_not_utf8(&s, b, (size_t)n);
            n = snprintf(b, sizeof b, "[\"%.*s\"]%s", at,
                         "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMN", bad[k]);
            check_not_utf8(&s, b, (size_t)n);
        }
    }
    /* outside a string: a character that is UTF-8 is still no token */
    CHECK(&s, "{\"text\":\"t\"}\xc3\xa9");
    CHECK(&s, "{\"text\":\xc3\xa9}");
    dy_jscan_free(&s);
}

/* a record's keys told apart, its first few by comparing them and the
 * rest in the table: objects of 1 to 20 keys with key i written again
 * (plain or escaped) as key j, at the top and nested */
static void test_duplicate_keys(void **state)
{
    (void)state;
    dy_mem mem = {NULL};
    dy_jscan s;
    dy_jscan_init(&s, &mem);
    char b[1024];
    for (int n = 1; n <= 20; n++)
        for (int i = 0; i <= n; i++)
            for (int j = 0; j < n; j++)
                for (int form = 0; form < 4; form++) {
                    size_t o = 0;
                    o += (size_t)snprintf(b + o, sizeof b - o, "%s",
                                          form == 3 ? "[{" : "{");
                    for (int q = 0; q < n; q++) {
                        int k = q == j && i < n ? i : q;
                        o += (size_t)snprintf(
                            b + o, sizeof b - o, "%s\"%s%c%d\":%d",
                            q ? "," : "", form == 1 && q == j ? "\\u006b" : "k",
                            form == 2 ? 'x' : 'y', k, q);
                    }
                    o += (size_t)snprintf(b + o, sizeof b - o, "%s",
                                          form == 3 ? "}]" : "}");
                    check(&s, b, o);
                }
    dy_jscan_free(&s);
}

/* ------------------------------------------- real lines and mutants */

typedef struct lines {
    char **s;
    size_t *n;
    size_t count, cap;
} lines;

static void lines_add(lines *l, const char *s, size_t n)
{
    if (l->count == l->cap) {
        l->cap = l->cap ? 2 * l->cap : 1024;
        l->s = realloc(l->s, l->cap * sizeof *l->s);
        l->n = realloc(l->n, l->cap * sizeof *l->n);
        assert_true(l->s && l->n);
    }
    l->s[l->count] = malloc(n + 1);
    assert_non_null(l->s[l->count]);
    memcpy(l->s[l->count], s, n);
    l->n[l->count++] = n;
}

static void lines_free(lines *l)
{
    for (size_t i = 0; i < l->count; i++)
        free(l->s[i]);
    free(l->s);
    free(l->n);
}

/* the UTF-8 lines of a file (the reader rejects the others before JSON
 * is read); 0 when the file is missing */
static size_t lines_read(lines *l, const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return 0;
    char *buf = NULL;
    size_t cap = 0, n0 = l->count;
    ssize_t len;
    while ((len = getline(&buf, &cap, f)) > 0) {
        size_t n = (size_t)len - (buf[len - 1] == '\n');
        if (dy_enc_first_invalid(buf, n) == (size_t)-1)
            lines_add(l, buf, n);
    }
    free(buf);
    fclose(f);
    return l->count - n0;
}

static uint64_t rnd(uint64_t *x)
{
    *x ^= *x << 13;
    *x ^= *x >> 7;
    *x ^= *x << 17;
    return *x;
}

/* one to four edits of a line: a JSON-ish byte or piece put in, a byte
 * taken out, a slice repeated, the line cut */
static size_t mutate(const char *in, size_t n, char *out, uint64_t *x)
{
    static const char *const pieces[] = {
        "{", "}", "[", "]", ":", ",", "\"", "\\", "\\u", "\\ud83d",
        "\\ude00", "\\u0000", "0", "-", ".", "e", "1e999", "9999999999999999999",
        " ", "\t", "\r", "\n", "\x01", "true", "null", "\"text\":", "\"id\":",
        "\xc3\xa9", "\"a\":{\"a\":1}", "x"};
    memcpy(out, in, n);
    for (int e = 0, edits = 1 + (int)(rnd(x) % 4); e < edits; e++) {
        size_t at = n ? (size_t)(rnd(x) % (n + 1)) : 0;
        const char *p = pieces[rnd(x) % (sizeof pieces / sizeof *pieces)];
        size_t pl = strlen(p), k;
        switch (rnd(x) % 5) {
        case 0: case 1: /* insert */
            memmove(out + at + pl, out + at, n - at);
            memcpy(out + at, p, pl);
            n += pl;
            break;
        case 2: /* delete */
            if (at < n) {
                memmove(out + at, out + at + 1, n - at - 1);
                n--;
            }
            break;
        case 3: /* repeat a slice */
            k = at + 8 <= n ? 8 : n - at;
            memmove(out + at + k, out + at, n - at);
            n += k;
            break;
        default: /* cut */
            n = at;
        }
    }
    return n;
}

static void test_real_lines_and_mutants(void **state)
{
    (void)state;
    const char *shared = getenv("DYAD_SHARED_DIR");
    const char *src = getenv("DYAD_SOURCE_DIR");
    static const char *const files[] = {
        "corpus/news.jsonl", "eval/dev/cameo_manual.jsonl",
        "eval/dev/plover_gsr.jsonl", "eval/dev/acled_ukraine.jsonl",
        "eval/dev/event_location_gold.jsonl", "eval/dev/plv_train.jsonl",
        "eval/dev/conflibert_train.jsonl", "eval/dev/upetrarch_gsr.jsonl"};
    lines l = {0}, seeds = {0};
    char path[4096];
    for (size_t i = 0; shared && i < sizeof files / sizeof *files; i++) {
        snprintf(path, sizeof path, "%s/%s", shared, files[i]);
        lines_read(&l, path);
    }
    for (size_t i = 0; i < sizeof catalogue / sizeof *catalogue; i++)
        lines_add(&seeds, catalogue[i].s, catalogue[i].n);
    if (src) { /* the reader's fixtures */
        snprintf(path, sizeof path, "%s/tests/fixtures/serve_news.jsonl", src);
        lines_read(&seeds, path);
    }
    dy_mem mem = {NULL};
    dy_jscan s;
    dy_jscan_init(&s, &mem);
    for (size_t i = 0; i < l.count; i++) {
        check(&s, l.s[i], l.n[i]);
        if (l.n[i] < 2000 && i % 4 == 0)
            lines_add(&seeds, l.s[i], l.n[i]);
    }
    print_message("%zu real lines agree\n", l.count);
    uint64_t x = 0x9E3779B97F4A7C15ull;
    size_t tried = 0;
    char *out = malloc(8192);
    assert_non_null(out);
    for (int round = 0; round < 40000; round++) {
        size_t k = (size_t)(rnd(&x) % seeds.count);
        if (seeds.n[k] > 2000)
            continue;
        size_t n = mutate(seeds.s[k], seeds.n[k], out, &x);
        if (dy_enc_first_invalid(out, n) != (size_t)-1) {
            check_not_utf8(&s, out, n); /* the reader names the byte */
            continue;
        }
        check(&s, out, n);
        tried++;
    }
    print_message("%zu mutants agree; all lines by class:", tried);
    for (int c = 0; c <= DY_JS_NOMEM; c++)
        print_message(" %zu", classes[c]);
    print_message("\n");
    free(out);
    dy_jscan_free(&s);
    lines_free(&l);
    lines_free(&seeds);
}

/* the reader's UTF-8 check, which runs before the scanner, names the
 * first bad byte wherever it falls in the words it skips ASCII in */
static void test_first_invalid(void **state)
{
    (void)state;
    static const char *const bad[] = {"\xff", "\xc3(", "\xed\xa0\x80",
                                      "\xf4\x90\x80\x80", "\xc0\xaf", "\x80"};
    char b[64];
    for (size_t k = 0; k < sizeof bad / sizeof *bad; k++)
        for (int at = 0; at < 20; at++) {
            int n = snprintf(b, sizeof b, "%.*s%s%s", at,
                             "abcdefghijklmnopqrst\xc3\xa9", bad[k],
                             "tail of the line");
            assert_int_equal(dy_enc_first_invalid(b, (size_t)n), (size_t)at);
            n = snprintf(b, sizeof b, "%.*s\xc3\xa9%s", at,
                         "abcdefghijklmnopqrst", "tail of the line");
            assert_int_equal(dy_enc_first_invalid(b, (size_t)n), (size_t)-1);
        }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_catalogue),
        cmocka_unit_test(test_surrogates),
        cmocka_unit_test(test_escape_runs),
        cmocka_unit_test(test_depth),
        cmocka_unit_test(test_string_words),
        cmocka_unit_test(test_real_lines_and_mutants),
        cmocka_unit_test(test_first_invalid),
        cmocka_unit_test(test_not_utf8),
        cmocka_unit_test(test_duplicate_keys),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
