/* test_api.c - the public API contract: argument checks, input errors with
 * their positions, limits, output formats, allocation failure and the
 * SQLite store (the reader: test_reader.c). Event-producing cases use a small private lexicon
 * compiled here (with WordNet), so they do not depend on data/. */
#define _POSIX_C_SOURCE 200809L
#include "helpers.h"

#include <signal.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

/* ------------------------------------------------------------ fixtures */

static const char api_cameo[] =
    "# code\tgoldstein\tquad_class\tpenta_class\tplover_type\tplover_mode\t"
    "name\n"
    "04\t1\t1\t1\t-\t-\tCONSULT\n"
    "040\t1\t1\t1\tCONSULT\t-\tConsult, not specified below\n"
    "036\t4\t1\t1\tCONSULT\t-\tExpress intent to meet or negotiate\n"
    "19\t-10\t4\t4\t-\t-\tFIGHT\n"
    "190\t-10\t4\t4\tASSAULT\t-\tUse conventional military force\n";

static const char api_lex[] =
    "# dyad-lexicon 1\n"
    "country RUS 60 100 : Russia\n"
    "country UKR 49 32 : Ukraine\n"
    "demonym RUS : Russian | Russians\n"
    "demonym UKR : Ukrainian | Ukrainians\n"
    "agent MIL : troops | forces\n"
    "verb 190 : attack\n"
    "verb 040 : meet\n"
    "place UKR 49.99 36.23 city : Kharkiv\n"
    "count killed : killed | killing | dead\n"
    "modal negated : not\n";

static dyad_lexicon *api_lx;

static dyad_lexicon *api_lexicon(void)
{
    if (!api_lx) {
        const char *names[2] = {"cameo.tsv", "api.lex"};
        const char *texts[2] = {api_cameo, api_lex};
        size_t lens[2] = {strlen(api_cameo), strlen(api_lex)};
        dyad_error err;
        memset(&err, 0, sizeof err);
        int rc = dyad_lexicon_compile_buffers(&api_lx, names, texts, lens, 2,
                                              "/usr/share/wordnet", NULL, NULL,
                                              NULL, &err);
        if (rc)
            fail_msg("cannot compile the test lexicon: %s:%ld:%ld: %s",
                     err.file, err.line, err.column, err.message);
    }
    return api_lx;
}

static char tmpdir[256];

static int setup(void **state)
{
    (void)state;
    return th_tmpdir_make(tmpdir, sizeof tmpdir, "dyad-test-api");
}

static int teardown(void **state)
{
    (void)state;
    dyad_lexicon_free(api_lx);
    api_lx = NULL;
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

static dyad_doc mkdoc(const char *text)
{
    dyad_doc d;
    memset(&d, 0, sizeof d);
    d.text = text;
    d.text_len = text ? strlen(text) : 0;
    return d;
}

/* codes text with the private lexicon and options; returns rc */
static int code_with(const dyad_options *o, const dyad_doc *doc,
                     dyad_result **out, dyad_error *err)
{
    dyad_coder *c = NULL;
    int rc = dyad_coder_new(&c, api_lexicon(), o, err);
    assert_int_equal(rc, 0);
    rc = dyad_code(out, c, doc, err);
    dyad_coder_free(c);
    return rc;
}

static char *dump(const dyad_result *r, dyad_format fmt)
{
    th_out out = {NULL, 0, 0};
    th_sink(&out, "", 0);
    assert_int_equal(dyad_result_write(r, fmt, th_sink, &out), 0);
    return out.data;
}

static size_t count_char(const char *s, char ch)
{
    size_t n = 0;
    for (; *s; s++)
        n += *s == ch;
    return n;
}

/* --------------------------------------------------------- basics */

static void test_version_and_strerror(void **state)
{
    (void)state;
    assert_string_equal(dyad_version(), DYAD_VERSION_STRING);
    const int codes[] = {DYAD_OK,     DYAD_ENOMEM, DYAD_EINVAL, DYAD_EIO,
                         DYAD_EDICT,  DYAD_EINPUT, DYAD_ELIMIT, DYAD_ESTORE};
    for (size_t i = 0; i < sizeof codes / sizeof codes[0]; i++) {
        const char *s = dyad_strerror(codes[i]);
        assert_non_null(s);
        assert_true(s[0] != '\0');
        for (size_t j = 0; j < i; j++)
            assert_string_not_equal(s, dyad_strerror(codes[j]));
    }
    assert_non_null(dyad_strerror(-999));
    assert_non_null(dyad_strerror(12345));
}

static void test_codes_with_private_lexicon(void **state)
{
    (void)state;
    dyad_doc d = mkdoc("Russian troops attacked Ukraine in Kharkiv, killing "
                       "3 people.");
    dyad_result *r = NULL;
    dyad_error err;
    assert_int_equal(code_with(NULL, &d, &r, &err), 0);
    assert_int_equal(dyad_result_count(r), 1);
    const dyad_event *e = dyad_result_event(r, 0);
    assert_non_null(e);
    assert_string_equal(e->source.code, "RUSMIL");
    assert_string_equal(e->target.code, "UKR");
    assert_string_equal(e->cameo, "190");
    assert_string_equal(e->status, "asserted");
    assert_int_equal(e->trigger.start, 15);
    assert_int_equal(e->trigger.len, 8);
    assert_int_equal(e->source.span.start, 0);
    assert_string_equal(e->source.text, "Russian troops");
    assert_non_null(e->location);
    assert_string_equal(e->location->name, "Kharkiv");
    assert_string_equal(e->location->country, "UKR");
    assert_int_equal(e->killed.value, 3);
    assert_int_equal(e->quad_class, 4);
    assert_null(dyad_result_event(r, 1));
    assert_int_equal(dyad_result_sentence_count(r), 1);
    char *s = dump(r, DYAD_FORMAT_EVENTS);
    assert_string_equal(s, "S0 RUSMIL 190 UKR status=asserted "
                           "loc=Kharkiv/UKR killed=3 "
                           "trigger=\"attacked\"@15\n");
    free(s);
    dyad_result_free(r);
}

static void test_result_owns_a_copy(void **state)
{
    (void)state;
    char buf[64];
    snprintf(buf, sizeof buf, "Russia attacked Ukraine.GARBAGE");
    dyad_doc d = mkdoc(buf);
    d.text_len = 24; /* not NUL-terminated at its end */
    d.id = "doc-1";
    d.date = "2024-03-01";
    d.source = "wire";
    d.url = "http://example.org/1";
    d.title = "Title";
    dyad_result *r = NULL;
    dyad_error err;
    assert_int_equal(code_with(NULL, &d, &r, &err), 0);
    memset(buf, 'x', sizeof buf - 1); /* the caller's buffer is gone */
    const dyad_doc *rd = dyad_result_doc(r);
    assert_non_null(rd);
    assert_int_equal(rd->text_len, 24);
    assert_memory_equal(rd->text, "Russia attacked Ukraine.", 24);
    assert_int_equal(rd->text[24], '\0');
    assert_string_equal(rd->id, "doc-1");
    assert_string_equal(rd->date, "2024-03-01");
    assert_string_equal(rd->source, "wire");
    assert_string_equal(rd->url, "http://example.org/1");
    assert_string_equal(rd->title, "Title");
    assert_int_equal(dyad_result_count(r), 1);
    assert_string_equal(dyad_result_event(r, 0)->date, "2024-03-01");
    dyad_result_free(r);
    /* NULL getters */
    assert_int_equal(dyad_result_count(NULL), 0);
    assert_null(dyad_result_event(NULL, 0));
    assert_int_equal(dyad_result_sentence_count(NULL), 0);
    assert_null(dyad_result_doc(NULL));
    dyad_result_free(NULL);
    dyad_coder_free(NULL);
}

/* ------------------------------------------------------ NULL arguments */

static void test_null_arguments(void **state)
{
    (void)state;
    dyad_error err;
    dyad_coder *c = NULL;
    dyad_result *r = NULL;
    dyad_doc d = mkdoc("Russia attacked Ukraine.");
    memset(&err, 0, sizeof err);
    assert_int_equal(dyad_coder_new(NULL, api_lexicon(), NULL, &err),
                     DYAD_EINVAL);
    assert_int_equal(err.code, DYAD_EINVAL);
    assert_int_equal(dyad_coder_new(&c, NULL, NULL, &err), DYAD_EINVAL);
    assert_int_equal(dyad_coder_new(&c, api_lexicon(), NULL, &err), 0);
    memset(&err, 0, sizeof err);
    assert_int_equal(dyad_code(NULL, c, &d, &err), DYAD_EINVAL);
    assert_int_equal(err.code, DYAD_EINVAL);
    assert_int_equal(dyad_code(&r, NULL, &d, &err), DYAD_EINVAL);
    assert_null(r);
    assert_int_equal(dyad_code(&r, c, NULL, &err), DYAD_EINVAL);
    assert_null(r);
    dyad_doc bad = mkdoc(NULL);
    bad.text_len = 5;
    assert_int_equal(dyad_code(&r, c, &bad, &err), DYAD_EINVAL);
    assert_null(r);
    /* no error struct at all */
    assert_int_equal(dyad_code(&r, c, NULL, NULL), DYAD_EINVAL);
    /* output */
    assert_int_equal(dyad_code(&r, c, &d, &err), 0);
    assert_int_equal(dyad_result_write(NULL, DYAD_FORMAT_EVENTS, th_sink,
                                       NULL),
                     DYAD_EINVAL);
    assert_int_equal(dyad_result_write(r, DYAD_FORMAT_EVENTS, NULL, NULL),
                     DYAD_EINVAL);
    assert_int_equal(dyad_format_header(DYAD_FORMAT_TSV, NULL, NULL),
                     DYAD_EINVAL);
    dyad_result_free(r);
    /* explain */
    assert_int_equal(dyad_explain(NULL, &d, th_sink, NULL, &err), DYAD_EINVAL);
    assert_int_equal(dyad_explain(c, NULL, th_sink, NULL, &err), DYAD_EINVAL);
    dyad_coder_free(c);
    /* reader and store */
    dyad_reader *rd = NULL;
    dyad_doc doc;
    assert_int_equal(dyad_reader_open(NULL, "/tmp", NULL, &err), DYAD_EINVAL);
    assert_int_equal(dyad_reader_open(&rd, NULL, NULL, &err), DYAD_EINVAL);
    assert_int_equal(dyad_reader_next(NULL, &doc, &err), DYAD_EINVAL);
    assert_int_equal(dyad_reader_bytes(NULL), 0);
    dyad_reader_close(NULL);
    dyad_store *st = NULL;
    assert_int_equal(dyad_store_open(NULL, "/tmp/x.db", &err), DYAD_EINVAL);
    assert_int_equal(dyad_store_open(&st, NULL, &err), DYAD_EINVAL);
    assert_int_equal(dyad_store_add(NULL, NULL, &err), DYAD_EINVAL);
    assert_int_equal(
        dyad_store_write(NULL, DYAD_FORMAT_TSV, 0, th_sink, NULL, &err),
        DYAD_EINVAL);
    dyad_store_close(NULL);
}

/* runs fn in a child process: a crash there fails the test instead of
 * ending the whole test program */
static void expect_in_child(int (*fn)(void), int want, const char *what)
{
    fflush(NULL);
    pid_t p = fork();
    assert_true(p >= 0);
    if (p == 0) {
        /* no cmocka or sanitizer handler: a crash ends the child */
        signal(SIGSEGV, SIG_DFL);
        signal(SIGBUS, SIG_DFL);
        signal(SIGABRT, SIG_DFL);
        signal(SIGILL, SIG_DFL);
        signal(SIGFPE, SIG_DFL);
        int rc = fn();
        _exit(rc == want ? 0 : 100 + (rc < 0 ? -rc : rc) % 100);
    }
    int st = 0;
    assert_int_equal(waitpid(p, &st, 0), p);
    if (WIFSIGNALED(st))
        fail_msg("%s: crashed with signal %d", what, WTERMSIG(st));
    if (WEXITSTATUS(st) >= 100)
        fail_msg("%s: returned %d, expected %d", what,
                 -(WEXITSTATUS(st) - 100), want);
    if (WEXITSTATUS(st) != 0)
        fail_msg("%s: crashed (exit status %d)", what, WEXITSTATUS(st));
}

static int explain_null_sink(void)
{
    dyad_coder *c = NULL;
    dyad_doc d = mkdoc("Russia attacked Ukraine.");
    dyad_error err;
    if (dyad_coder_new(&c, api_lexicon(), NULL, &err))
        return 1;
    int rc = dyad_explain(c, &d, NULL, NULL, &err);
    dyad_coder_free(c);
    return rc;
}

static void test_explain_null_sink(void **state)
{
    (void)state;
    expect_in_child(explain_null_sink, DYAD_EINVAL,
                    "dyad_explain with a NULL sink");
}

static int store_add_null_result(void)
{
    char p[512];
    tmp_path(p, sizeof p, "nullres.db");
    dyad_store *st = NULL;
    dyad_error err;
    if (dyad_store_open(&st, p, &err))
        return 1;
    int rc = dyad_store_add(st, NULL, &err);
    dyad_store_close(st);
    return rc;
}

static void test_store_add_null_result(void **state)
{
    (void)state;
    expect_in_child(store_add_null_result, DYAD_EINVAL,
                    "dyad_store_add with a NULL result");
}

/* ------------------------------------------------------ input errors */

static void expect_input_error(const char *text, size_t len, long long byte,
                               const char *frag)
{
    dyad_doc d = mkdoc(NULL);
    d.text = text;
    d.text_len = len;
    d.id = "bad-doc";
    dyad_result *r = (dyad_result *)&d;
    dyad_error err;
    memset(&err, 0, sizeof err);
    int rc = code_with(NULL, &d, &r, &err);
    if (rc != DYAD_EINPUT || err.byte != byte || !strstr(err.message, frag))
        fail_msg("rc %d byte %lld message '%s'; expected DYAD_EINPUT at byte "
                 "%lld with '%s'",
                 rc, err.byte, err.message, byte, frag);
    assert_null(r);
    assert_int_equal(err.code, DYAD_EINPUT);
    assert_string_equal(err.file, "bad-doc");
}

static void test_invalid_utf8(void **state)
{
    (void)state;
    expect_input_error("Russia attacked\xFF Ukraine.", 24, 15,
                       "invalid UTF-8 at byte 15");
    /* a lone continuation byte */
    expect_input_error("\x80 Russia", 8, 0, "invalid UTF-8 at byte 0");
    /* truncated sequence at the very end */
    expect_input_error("Kyiv \xE2\x80", 7, 5, "invalid UTF-8 at byte 5");
    /* truncated in the middle */
    expect_input_error("ab\xE2\x80z", 5, 2, "invalid UTF-8");
    /* overlong encoding of '/' */
    expect_input_error("abc \xC0\xAF", 6, 4, "invalid UTF-8");
    /* UTF-16 surrogate */
    expect_input_error("ab \xED\xA0\x80 x", 8, 3, "invalid UTF-8");
    /* beyond U+10FFFF */
    expect_input_error("ab \xF4\x90\x80\x80", 7, 3, "invalid UTF-8");
    /* the error comes after valid multi-byte text */
    expect_input_error("\xC3\xA9\xE2\x80\x94\xF0\x9F\x98\x80\xFF", 10, 9,
                       "at byte 9");
}

static void test_nul_byte(void **state)
{
    (void)state;
    expect_input_error("Russia\0attacked", 15, 6, "NUL byte");
    expect_input_error("\0", 1, 0, "NUL byte at byte 0");
    /* a NUL after the text's length is not part of it */
    dyad_doc d = mkdoc("Russia attacked Ukraine.");
    dyad_result *r = NULL;
    dyad_error err;
    assert_int_equal(code_with(NULL, &d, &r, &err), 0);
    dyad_result_free(r);
}

static void test_valid_utf8_is_accepted(void **state)
{
    (void)state;
    /* BOM, accents, dashes, emoji, CJK */
    const char *t = "\xEF\xBB\xBFR\xC3\xA9sum\xC3\xA9 \xE2\x80\x94 "
                    "\xF0\x9F\x98\x80 \xE4\xB8\xAD Russia attacked Ukraine.";
    dyad_doc d = mkdoc(t);
    dyad_result *r = NULL;
    dyad_error err;
    assert_int_equal(code_with(NULL, &d, &r, &err), 0);
    assert_int_equal(dyad_result_count(r), 1);
    dyad_result_free(r);
    /* marked as checked (as the reader marks a JSONL record): coded the
     * same without the check; the result's copy carries no mark */
    d.flags = DYAD_DOC_UTF8;
    assert_int_equal(code_with(NULL, &d, &r, &err), 0);
    assert_int_equal(dyad_result_count(r), 1);
    assert_int_equal(dyad_result_doc(r)->flags, 0);
    assert_int_equal(dyad_result_doc(r)->text_len, strlen(t));
    dyad_result_free(r);
}

static void test_document_limit(void **state)
{
    (void)state;
    dyad_options o = DYAD_OPTIONS_INIT;
    o.max_doc_bytes = 24;
    dyad_doc d = mkdoc("Russia attacked Ukraine.!");
    dyad_result *r = (dyad_result *)&d;
    dyad_error err;
    memset(&err, 0, sizeof err);
    assert_int_equal(code_with(&o, &d, &r, &err), DYAD_ELIMIT);
    assert_null(r);
    assert_int_equal(err.code, DYAD_ELIMIT);
    assert_non_null(strstr(err.message, "exceeds"));
    /* exactly the limit is fine */
    d.text_len = 24;
    assert_int_equal(code_with(&o, &d, &r, &err), 0);
    assert_int_equal(dyad_result_count(r), 1);
    dyad_result_free(r);
    /* the size check comes before the UTF-8 check */
    dyad_doc b = mkdoc("\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF"
                       "\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF");
    assert_int_equal(code_with(&o, &b, &r, &err), DYAD_ELIMIT);
}

static void expect_date(const char *date, int want)
{
    dyad_doc d = mkdoc("Russia attacked Ukraine.");
    d.date = date;
    dyad_result *r = NULL;
    dyad_error err;
    memset(&err, 0, sizeof err);
    int rc = code_with(NULL, &d, &r, &err);
    if (rc != want)
        fail_msg("date '%s': rc %d (%s), expected %d", date, rc, err.message,
                 want);
    if (want == DYAD_EDATE) {
        assert_null(r);
        assert_non_null(strstr(err.message, "bad date"));
    } else {
        assert_int_equal(dyad_result_count(r), 1);
        const dyad_event *e = dyad_result_event(r, 0);
        if (date && date[0]) {
            assert_string_equal(e->date, date);
            assert_string_equal(e->date_precision, "day");
        } else {
            assert_null(e->date);
            assert_null(e->date_precision);
        }
        dyad_result_free(r);
    }
}

static void test_dates(void **state)
{
    (void)state;
    /* a date with time and zone: its day for the events, the rest kept */
    dyad_doc d = mkdoc("Russia attacked Ukraine.");
    d.date = "Tue, 19 Nov 2024 10:00:00 +0100";
    dyad_result *r = NULL;
    dyad_error err;
    assert_int_equal(code_with(NULL, &d, &r, &err), 0);
    assert_string_equal(dyad_result_doc(r)->date, "2024-11-19");
    assert_string_equal(dyad_result_doc(r)->datetime,
                        "2024-11-19T10:00:00+01:00");
    assert_string_equal(dyad_result_event(r, 0)->date, "2024-11-19");
    dyad_result_free(r);
    expect_date("2025-02-30", DYAD_EDATE);
    expect_date("2023-02-29", DYAD_EDATE);
    expect_date("2025-13-01", DYAD_EDATE);
    expect_date("2025-00-10", DYAD_EDATE);
    expect_date("2025-01-00", DYAD_EDATE);
    expect_date("2025/01/01", DYAD_EDATE);
    expect_date("25-01-01", DYAD_EDATE);
    expect_date("2025-01-01T25:00:00Z", DYAD_EDATE);
    expect_date("NA", DYAD_EDATE);
    expect_date("2024-02-29", 0);
    expect_date("2000-02-29", 0);
    expect_date("2025-12-31", 0);
    expect_date(NULL, 0);
    expect_date("", 0);
}

/* the date and precision of the first event of text, in a document of
 * date doc */
static void expect_event_date(const char *text, const char *doc,
                              const char *date, const char *prec)
{
    dyad_doc d = mkdoc(text);
    d.date = doc;
    dyad_result *r = NULL;
    dyad_error err;
    assert_int_equal(code_with(NULL, &d, &r, &err), 0);
    assert_true(dyad_result_count(r) >= 1);
    const dyad_event *e = dyad_result_event(r, 0);
    if (!e->date || strcmp(e->date, date) || strcmp(e->date_precision, prec))
        fail_msg("'%s': %s/%s, expected %s/%s", text,
                 e->date ? e->date : "-",
                 e->date_precision ? e->date_precision : "-", date, prec);
    dyad_result_free(r);
}

/* the dates' walks for "last week" and a year pass over a sentence whose
 * tokens hold no number and no "last" (DY_POS_NUM_LAST): with either,
 * the sentence is dated by it; with neither, by the document */
static void test_last_and_year_walks(void **state)
{
    (void)state;
    expect_event_date("Russian troops attacked Kharkiv last week.",
                      "2019-03-14", "2019-03-07", "week");
    expect_event_date("Russian troops attacked Kharkiv LAST month.",
                      "2019-03-14", "2019-02-01", "month");
    expect_event_date("Russian troops attacked Kharkiv in 2003.",
                      "2019-03-14", "2003-01-01", "year");
    expect_event_date("Russian troops attacked 40 villages.", "2019-03-14",
                      "2019-03-14", "day");
    expect_event_date("Russian troops attacked Kharkiv.", "2019-03-14",
                      "2019-03-14", "day");
}

/* a year told with the act dates it; one told elsewhere does not */
static void test_year_dates(void **state)
{
    (void)state;
    expect_event_date("Russia attacked Ukraine in 1967.", "2016-05-01",
                      "1967-01-01", "year");
    expect_event_date("Russia attacked Ukraine in the 1967 war.",
                      "2016-05-01", "1967-01-01", "year");
    expect_event_date("In 1992, Russian troops attacked Kharkiv.", NULL,
                      "1992-01-01", "year");
    /* the document's own year: its day stays */
    expect_event_date("Russian troops attacked Kharkiv in 2016.",
                      "2016-05-01", "2016-05-01", "day");
    /* a modifier's year, a decade, a span: not the act's */
    expect_event_date("Russia attacked the bridge built in 1996.",
                      "2016-05-01", "2016-05-01", "day");
    expect_event_date("Russia attacked Ukraine in the 1990s.", "2016-05-01",
                      "2016-05-01", "day");
    expect_event_date("Russia attacked Ukraine in 2014-15.", "2016-05-01",
                      "2016-05-01", "day");
    /* a finer date of the sentence wins */
    expect_event_date("Russia attacked Ukraine on Monday, as in 1995.",
                      "2016-05-04", "2016-05-02", "day");
}

static void test_empty_text(void **state)
{
    (void)state;
    const char *texts[] = {"", "   \n\t  ", "...", "\n\n\n"};
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        dyad_doc d = mkdoc(texts[i]);
        dyad_result *r = NULL;
        dyad_error err;
        assert_int_equal(code_with(NULL, &d, &r, &err), 0);
        assert_non_null(r);
        assert_int_equal(dyad_result_count(r), 0);
        char *s = dump(r, DYAD_FORMAT_JSONL);
        assert_string_equal(s, "");
        free(s);
        dyad_result_free(r);
    }
    /* NULL text of length 0 */
    dyad_doc d = mkdoc(NULL);
    dyad_result *r = NULL;
    dyad_error err;
    assert_int_equal(code_with(NULL, &d, &r, &err), 0);
    assert_int_equal(dyad_result_count(r), 0);
    assert_int_equal(dyad_result_sentence_count(r), 0);
    dyad_result_free(r);
}

/* n sentences, each one event (different dyads so none is merged) */
static char *many_events(int n)
{
    static const char *const s[] = {"Russia attacked Ukraine. ",
                                    "Ukraine attacked Russia. ",
                                    "Russia met Ukraine. ",
                                    "Ukraine met Russia. "};
    size_t cap = (size_t)n * 32 + 1, len = 0;
    char *t = malloc(cap);
    assert_non_null(t);
    t[0] = '\0';
    for (int i = 0; i < n; i++)
        len += (size_t)snprintf(t + len, cap - len, "%s", s[i % 4]);
    return t;
}

static void test_max_events(void **state)
{
    (void)state;
    char *t = many_events(30);
    dyad_doc d = mkdoc(t);
    dyad_result *r = NULL;
    dyad_error err;
    assert_int_equal(code_with(NULL, &d, &r, &err), 0);
    assert_int_equal(dyad_result_count(r), 30);
    assert_int_equal(dyad_result_sentence_count(r), 30);
    dyad_result_free(r);
    size_t caps[] = {1, 5, 29, 30, 31};
    for (size_t i = 0; i < sizeof caps / sizeof caps[0]; i++) {
        dyad_options o = DYAD_OPTIONS_INIT;
        o.max_events = caps[i];
        assert_int_equal(code_with(&o, &d, &r, &err), 0);
        size_t want = caps[i] < 30 ? caps[i] : 30;
        assert_int_equal(dyad_result_count(r), want);
        /* the first ones are kept */
        assert_int_equal(dyad_result_event(r, 0)->sentence, 0);
        assert_int_equal(dyad_result_event(r, want - 1)->sentence, want - 1);
        dyad_result_free(r);
    }
    free(t);
}

static void test_max_sentences(void **state)
{
    (void)state;
    char *t = many_events(10);
    dyad_doc d = mkdoc(t);
    dyad_options o = DYAD_OPTIONS_INIT;
    o.max_sentences = 3;
    dyad_result *r = NULL;
    dyad_error err;
    assert_int_equal(code_with(&o, &d, &r, &err), 0);
    assert_int_equal(dyad_result_sentence_count(r), 3);
    assert_int_equal(dyad_result_count(r), 3);
    dyad_result_free(r);
    free(t);
}

static void test_keep_negated_flag(void **state)
{
    (void)state;
    dyad_doc d = mkdoc("Russia did not attack Ukraine.");
    dyad_result *r = NULL;
    dyad_error err;
    assert_int_equal(code_with(NULL, &d, &r, &err), 0);
    assert_int_equal(dyad_result_count(r), 0);
    dyad_result_free(r);
    dyad_options o = DYAD_OPTIONS_INIT;
    o.flags = DYAD_F_KEEP_NEGATED;
    assert_int_equal(code_with(&o, &d, &r, &err), 0);
    assert_int_equal(dyad_result_count(r), 1);
    assert_string_equal(dyad_result_event(r, 0)->status, "negated");
    dyad_result_free(r);
}

static void test_coder_is_reusable(void **state)
{
    (void)state;
    dyad_coder *c = NULL;
    dyad_error err;
    assert_int_equal(dyad_coder_new(&c, api_lexicon(), NULL, &err), 0);
    char *big = many_events(200);
    const char *texts[] = {"Russia attacked Ukraine.", big, "",
                           "Ukraine met Russia.", "bad \xFF", big,
                           "Russia attacked Ukraine."};
    char *first = NULL;
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        dyad_doc d = mkdoc(texts[i]);
        dyad_result *r = NULL;
        int rc = dyad_code(&r, c, &d, &err);
        if (i == 4) {
            assert_int_equal(rc, DYAD_EINPUT);
            continue;
        }
        assert_int_equal(rc, 0);
        char *s = dump(r, DYAD_FORMAT_EVENTS);
        if (i == 0)
            first = s;
        else if (i == 6) {
            assert_string_equal(s, first); /* nothing left over */
            free(s);
        } else
            free(s);
        dyad_result_free(r);
    }
    /* results outlive further coding with the same coder */
    dyad_doc d1 = mkdoc("Russia attacked Ukraine."), d2 = mkdoc(big);
    dyad_result *r1 = NULL, *r2 = NULL;
    assert_int_equal(dyad_code(&r1, c, &d1, &err), 0);
    assert_int_equal(dyad_code(&r2, c, &d2, &err), 0);
    char *s = dump(r1, DYAD_FORMAT_EVENTS);
    assert_string_equal(s, first);
    free(s);
    dyad_result_free(r2);
    dyad_result_free(r1);
    free(first);
    free(big);
    dyad_coder_free(c);
}

/* a coder's emitter keeps its work array between documents, and lets go
 * of it past 256 events: each document codes as with a fresh coder */
static void test_coder_after_many_events(void **state)
{
    (void)state;
    char *big = many_events(300);
    const char *texts[] = {"Russia attacked Ukraine.", big,
                           "Ukraine attacked Russia.", big};
    dyad_coder *c = NULL;
    dyad_error err;
    assert_int_equal(dyad_coder_new(&c, api_lexicon(), NULL, &err), 0);
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        dyad_doc d = mkdoc(texts[i]);
        dyad_result *r = NULL, *fresh = NULL;
        assert_int_equal(dyad_code(&r, c, &d, &err), 0);
        assert_int_equal(code_with(NULL, &d, &fresh, &err), 0);
        assert_int_equal(dyad_result_count(r), i % 2 ? 300 : 1);
        char *got = dump(r, DYAD_FORMAT_EVENTS);
        char *want = dump(fresh, DYAD_FORMAT_EVENTS);
        assert_string_equal(got, want);
        free(got);
        free(want);
        dyad_result_free(fresh);
        dyad_result_free(r);
    }
    free(big);
    dyad_coder_free(c);
}

/* every span of every event is a byte range of the text holding the
 * event's words (the build lexicon, a text with multi-byte characters) */
static void test_spans_point_into_text(void **state)
{
    (void)state;
    const char *t =
        "\xE2\x80\x9CWe will fight,\xE2\x80\x9D Zelensky said on Monday. "
        "Russian forces attacked Ukrainian troops in Kharkiv, killing at least "
        "12 civilians, Ukrainian officials said.\n\n"
        "The Kremlin\xE2\x80\x99s spokesman criticized Kyiv. "
        "Putin will meet Erdo\xC4\x9F\x61n in Ankara. "
        "US and Russian envoys met in Istanbul.";
    dyad_coder *c = NULL;
    dyad_result *r = NULL;
    dyad_error err;
    dyad_doc d = mkdoc(t);
    d.date = "2023-03-01";
    assert_int_equal(dyad_coder_new(&c, th_lexicon(), NULL, &err), 0);
    assert_int_equal(dyad_code(&r, c, &d, &err), 0);
    size_t n = dyad_result_count(r);
    assert_true(n >= 3);
    size_t len = strlen(t);
    for (size_t i = 0; i < n; i++) {
        const dyad_event *e = dyad_result_event(r, i);
        const dyad_span *ss = &e->sentence_span;
        assert_true(ss->start + ss->len <= len);
        assert_true(ss->len > 0);
        assert_true(e->trigger.len > 0);
        assert_true(e->trigger.start >= ss->start &&
                    e->trigger.start + e->trigger.len <= ss->start + ss->len);
        assert_true(e->sentence < dyad_result_sentence_count(r));
        const dyad_actor *as[3] = {&e->source, &e->target, &e->attributed_to};
        for (int k = 0; k < 3; k++) {
            const dyad_actor *a = as[k];
            if (!a->text || a->inferred || !a->text[0])
                continue;
            assert_true(a->span.start + a->span.len <= len);
            assert_int_equal(strlen(a->text), a->span.len);
            assert_memory_equal(t + a->span.start, a->text, a->span.len);
        }
        assert_non_null(e->source.code);
        assert_non_null(e->cameo);
        assert_non_null(e->cameo_name);
        assert_non_null(e->status);
        assert_true(e->quad_class >= 1 && e->quad_class <= 4);
        if (e->location) {
            const dyad_span *ls = &e->location->span;
            assert_true(ls->start + ls->len <= len);
            assert_memory_equal(t + ls->start, e->location->name, ls->len);
            assert_int_equal(strlen(e->location->country), 3);
        }
        if (e->killed.value >= 0)
            assert_true(e->killed.span.start + e->killed.span.len <= len);
    }
    dyad_result_free(r);
    dyad_coder_free(c);
}

/* ------------------------------------------------------------- output */

static void check_lines(const char *s, size_t n, const char *what)
{
    if (count_char(s, '\n') != n)
        fail_msg("%s: expected %zu lines:\n%s", what, n, s);
    if (n)
        assert_int_equal(s[strlen(s) - 1], '\n');
}

static void test_output_formats(void **state)
{
    (void)state;
    dyad_doc d = mkdoc("Russia attacked Ukraine. Ukraine met Russia.\n\n"
                       "Russian troops attacked Ukraine in Kharkiv.");
    d.id = "d\"1\t";
    d.date = "2024-05-06";
    dyad_result *r = NULL;
    dyad_error err;
    assert_int_equal(code_with(NULL, &d, &r, &err), 0);
    assert_int_equal(dyad_result_count(r), 3);

    char *ev = dump(r, DYAD_FORMAT_EVENTS);
    check_lines(ev, 3, "events");
    assert_non_null(strstr(ev, "S0 RUS 190 UKR status=asserted"));
    assert_non_null(strstr(ev, "S1 UKR 040 RUS status=asserted"));
    assert_non_null(strstr(ev, "S2 RUSMIL 190 UKR status=asserted "
                               "loc=Kharkiv/UKR"));
    free(ev);

    char *js = dump(r, DYAD_FORMAT_JSONL);
    check_lines(js, 3, "jsonl");
    /* every line is one object with the schema and the main keys */
    for (char *line = js; *line;) {
        char *nl = strchr(line, '\n');
        *nl = '\0';
        assert_int_equal(line[0], '{');
        assert_int_equal(nl[-1], '}');
        assert_non_null(strstr(line, "\"schema\":1"));
        assert_non_null(strstr(line, "\"doc_id\":\"d\\\"1\\t\""));
        assert_non_null(strstr(line, "\"cameo\":\""));
        assert_non_null(strstr(line, "\"source\":{\"code\":\""));
        assert_non_null(strstr(line, "\"status\":\"asserted\""));
        assert_non_null(strstr(line, "\"date\":\"2024-05-06\""));
        assert_non_null(strstr(line, "\"evidence\":{"));
        assert_null(strchr(line, '\t')); /* escaped */
        line = nl + 1;
    }
    free(js);

    th_out h = {NULL, 0, 0};
    th_sink(&h, "", 0);
    assert_int_equal(dyad_format_header(DYAD_FORMAT_TSV, th_sink, &h), 0);
    check_lines(h.data, 1, "tsv header");
    size_t cols = count_char(h.data, '\t');
    assert_true(cols >= 10);
    char *tsv = dump(r, DYAD_FORMAT_TSV);
    check_lines(tsv, 3, "tsv");
    for (char *line = tsv; *line;) {
        char *nl = strchr(line, '\n');
        size_t tabs = 0;
        for (char *q = line; q < nl; q++)
            tabs += *q == '\t';
        if (tabs != cols)
            fail_msg("tsv line has %zu tabs, header %zu: %.*s", tabs, cols,
                     (int)(nl - line), line);
        line = nl + 1;
    }
    assert_null(strstr(tsv, "d\"1\t\t")); /* the tab in the id is a space */
    free(tsv);
    free(h.data);

    h.data = NULL;
    h.len = h.cap = 0;
    th_sink(&h, "", 0);
    assert_int_equal(dyad_format_header(DYAD_FORMAT_TABLE, th_sink, &h), 0);
    check_lines(h.data, 1, "table header");
    free(h.data);
    char *tb = dump(r, DYAD_FORMAT_TABLE);
    check_lines(tb, 3, "table");
    assert_non_null(strstr(tb, "RUSMIL"));
    free(tb);

    /* no header for JSONL and the event dump */
    h.data = NULL;
    h.len = h.cap = 0;
    th_sink(&h, "", 0);
    assert_int_equal(dyad_format_header(DYAD_FORMAT_JSONL, th_sink, &h), 0);
    assert_int_equal(dyad_format_header(DYAD_FORMAT_EVENTS, th_sink, &h), 0);
    assert_int_equal(h.len, 0);
    free(h.data);

    /* an unknown format */
    th_out o = {NULL, 0, 0};
    assert_int_equal(dyad_result_write(r, (dyad_format)99, th_sink, &o),
                     DYAD_EINVAL);
    free(o.data);
    dyad_result_free(r);
}

static void test_unknown_format_without_events(void **state)
{
    (void)state;
    dyad_doc d = mkdoc("Nothing happened.");
    dyad_result *r = NULL;
    dyad_error err;
    assert_int_equal(code_with(NULL, &d, &r, &err), 0);
    assert_int_equal(dyad_result_count(r), 0);
    th_out o = {NULL, 0, 0};
    int rc = dyad_result_write(r, (dyad_format)99, th_sink, &o);
    free(o.data);
    dyad_result_free(r);
    assert_int_equal(rc, DYAD_EINVAL);
}

static int stop_calls;
static int stopping_sink(void *ctx, const char *b, size_t n)
{
    (void)ctx;
    (void)b;
    (void)n;
    stop_calls++;
    return 1;
}

static void test_sink_can_stop(void **state)
{
    (void)state;
    char *t = many_events(5);
    dyad_doc d = mkdoc(t);
    dyad_result *r = NULL;
    dyad_error err;
    assert_int_equal(code_with(NULL, &d, &r, &err), 0);
    for (int f = 0; f < 4; f++) {
        stop_calls = 0;
        assert_int_equal(dyad_result_write(r, (dyad_format)f, stopping_sink,
                                           NULL),
                         DYAD_EIO);
        assert_int_equal(stop_calls, 1);
    }
    stop_calls = 0;
    assert_int_equal(dyad_format_header(DYAD_FORMAT_TSV, stopping_sink, NULL),
                     DYAD_EIO);
    /* explain reports a failing sink too */
    dyad_coder *c = NULL;
    assert_int_equal(dyad_coder_new(&c, api_lexicon(), NULL, &err), 0);
    assert_int_not_equal(dyad_explain(c, &d, stopping_sink, NULL, &err), 0);
    dyad_coder_free(c);
    dyad_result_free(r);
    free(t);
}

static void test_explain_output(void **state)
{
    (void)state;
    dyad_coder *c = NULL;
    dyad_error err;
    assert_int_equal(dyad_coder_new(&c, api_lexicon(), NULL, &err), 0);
    dyad_doc d = mkdoc("Russia attacked Ukraine. Ukraine met Russia.");
    th_out o = {NULL, 0, 0};
    th_sink(&o, "", 0);
    assert_int_equal(dyad_explain(c, &d, th_sink, &o, &err), 0);
    assert_non_null(strstr(o.data, "== sentence 0"));
    assert_non_null(strstr(o.data, "== sentence 1"));
    assert_non_null(strstr(o.data, "attacked/VERB(attack)"));
    assert_non_null(strstr(o.data, "actor: RUS \"Russia\""));
    assert_non_null(strstr(o.data, "event: RUS 190 UKR (asserted)"));
    assert_non_null(strstr(o.data, "event: UKR 040 RUS (asserted)"));
    free(o.data);
    /* input errors as for dyad_code */
    dyad_doc b = mkdoc("bad \xFF");
    o.data = NULL;
    o.len = o.cap = 0;
    assert_int_equal(dyad_explain(c, &b, th_sink, &o, &err), DYAD_EINPUT);
    assert_int_equal(err.byte, 4);
    free(o.data);
    dyad_coder_free(c);
}

/* ------------------------------------------------- allocation failures */

static const char oom_text[] =
    "Russian troops attacked Ukraine in Kharkiv, killing 3 people. "
    "Ukraine met Russia. Russia did not attack Ukraine.\n\n"
    "Ukrainians attacked Russians. Russia attacked Ukraine.";

static char *reference_dump(void)
{
    dyad_doc d = mkdoc(oom_text);
    dyad_result *r = NULL;
    dyad_error err;
    assert_int_equal(code_with(NULL, &d, &r, &err), 0);
    char *s = dump(r, DYAD_FORMAT_EVENTS);
    dyad_result_free(r);
    return s;
}

/* every allocation of coder_new + code + write failing in turn: ENOMEM or
 * success, never a crash or a leak */
static void run_oom(int fail_after)
{
    char *ref = reference_dump();
    assert_true(strlen(ref) > 0);
    th_failing f;
    dyad_allocator a = th_failing_allocator(&f);
    dyad_options o = DYAD_OPTIONS_INIT;
    o.alloc = &a;
    for (long n = 1;; n++) {
        memset(&f, 0, sizeof f);
        f.fail_at = n;
        f.fail_after = fail_after;
        dyad_coder *c = NULL;
        dyad_result *r = NULL;
        dyad_error err;
        memset(&err, 0, sizeof err);
        dyad_doc d = mkdoc(oom_text);
        int rc = dyad_coder_new(&c, api_lexicon(), &o, &err);
        if (rc == 0)
            rc = dyad_code(&r, c, &d, &err);
        if (rc != 0 && rc != DYAD_ENOMEM)
            fail_msg("allocation %ld failing: rc %d (%s)", n, rc, err.message);
        if (rc == DYAD_ENOMEM)
            assert_int_equal(err.code, DYAD_ENOMEM);
        if (rc == 0) {
            th_out out = {NULL, 0, 0};
            th_sink(&out, "", 0);
            int wrc = dyad_result_write(r, DYAD_FORMAT_EVENTS, th_sink, &out);
            if (wrc == 0 && strcmp(out.data, ref) != 0)
                fail_msg("allocation %ld failing: coded differently:\n%s\n"
                         "expected:\n%s",
                         n, out.data, ref);
            assert_true(wrc == 0 || wrc == DYAD_ENOMEM);
            free(out.data);
        }
        dyad_result_free(r);
        dyad_coder_free(c);
        if (f.live != 0)
            fail_msg("allocation %ld failing: %ld blocks leaked", n, f.live);
        if (f.calls < n) {
            assert_int_equal(rc, 0);
            break;
        }
        assert_true(n < 100000);
    }
    free(ref);
}

static void test_out_of_memory_once(void **state)
{
    (void)state;
    run_oom(0);
}

static void test_out_of_memory_persistent(void **state)
{
    (void)state;
    run_oom(1);
}

/* after an allocation failure the same coder codes the next document */
static void test_coder_recovers_after_out_of_memory(void **state)
{
    (void)state;
    char *ref = reference_dump();
    th_failing f;
    dyad_allocator a = th_failing_allocator(&f);
    dyad_options o = DYAD_OPTIONS_INIT;
    o.alloc = &a;
    long total = 0;
    {
        /* count the allocations of a first document */
        memset(&f, 0, sizeof f);
        dyad_coder *c = NULL;
        dyad_result *r = NULL;
        dyad_error err;
        dyad_doc d = mkdoc(oom_text);
        assert_int_equal(dyad_coder_new(&c, api_lexicon(), &o, &err), 0);
        long before = f.calls;
        assert_int_equal(dyad_code(&r, c, &d, &err), 0);
        total = f.calls - before;
        dyad_result_free(r);
        dyad_coder_free(c);
    }
    for (long n = 1; n <= total; n++) {
        memset(&f, 0, sizeof f);
        dyad_coder *c = NULL;
        dyad_result *r = NULL;
        dyad_error err;
        dyad_doc d = mkdoc(oom_text);
        assert_int_equal(dyad_coder_new(&c, api_lexicon(), &o, &err), 0);
        f.fail_at = f.calls + n;
        int rc = dyad_code(&r, c, &d, &err);
        assert_true(rc == 0 || rc == DYAD_ENOMEM);
        dyad_result_free(r);
        r = NULL;
        /* no more failures: the coder must work again */
        f.fail_at = 0;
        rc = dyad_code(&r, c, &d, &err);
        if (rc != 0) {
            dyad_coder_free(c);
            free(ref);
            fail_msg("after allocation %ld of dyad_code failed, the next "
                     "dyad_code on the same coder returned %d (%s)",
                     n, rc, err.message);
        }
        char *s = dump(r, DYAD_FORMAT_EVENTS);
        assert_string_equal(s, ref);
        free(s);
        dyad_result_free(r);
        dyad_coder_free(c);
        assert_int_equal(f.live, 0);
    }
    free(ref);
}

static void test_load_out_of_memory(void **state)
{
    (void)state;
    const char *p = getenv("DYAD_TEST_LEXB");
    assert_non_null(p);
    th_failing f;
    dyad_allocator a = th_failing_allocator(&f);
    dyad_options o = DYAD_OPTIONS_INIT;
    o.alloc = &a;
    for (long n = 1;; n++) {
        memset(&f, 0, sizeof f);
        f.fail_at = n;
        dyad_lexicon *lx = NULL;
        dyad_error err;
        int rc = dyad_lexicon_load(&lx, p, &o, &err);
        assert_true(rc == 0 || rc == DYAD_ENOMEM);
        if (rc)
            assert_null(lx);
        dyad_lexicon_free(lx);
        assert_int_equal(f.live, 0);
        if (f.calls < n)
            break;
    }
}

/* -------------------------------------------------------------- store */

static int store_rows(dyad_store *st, dyad_format fmt, size_t limit,
                      char **text)
{
    th_out o = {NULL, 0, 0};
    th_sink(&o, "", 0);
    dyad_error err;
    int rc = dyad_store_write(st, fmt, limit, th_sink, &o, &err);
    if (rc)
        fail_msg("dyad_store_write: %s", err.message);
    int n = (int)count_char(o.data, '\n');
    if (fmt == DYAD_FORMAT_TSV && n > 0)
        n--; /* show's TSV has a header line before its rows */
    if (text)
        *text = o.data;
    else
        free(o.data);
    return n;
}

static long user_version(const char *path)
{
    /* the SQLite file header keeps user_version big-endian at byte 60 */
    unsigned char h[100];
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    assert_int_equal(fread(h, 1, 100, f), 100);
    fclose(f);
    assert_memory_equal(h, "SQLite format 3", 16);
    return ((long)h[60] << 24) | ((long)h[61] << 16) | ((long)h[62] << 8) |
           (long)h[63];
}

static void set_user_version(const char *path, unsigned char v)
{
    FILE *f = fopen(path, "r+b");
    assert_non_null(f);
    unsigned char b[4] = {0, 0, 0, v};
    assert_int_equal(fseek(f, 60, SEEK_SET), 0);
    assert_int_equal(fwrite(b, 1, 4, f), 4);
    fclose(f);
}

static void test_store(void **state)
{
    (void)state;
    char p[512];
    tmp_path(p, sizeof p, "events.db");
    dyad_store *st = NULL;
    dyad_error err;
    memset(&err, 0, sizeof err);
    assert_int_equal(dyad_store_open(&st, p, &err), 0);
    assert_int_equal(store_rows(st, DYAD_FORMAT_TSV, 0, NULL), 0);
    dyad_doc d = mkdoc("Russia attacked Ukraine. Ukraine met Russia.");
    d.id = "doc-1";
    d.date = "2024-01-02";
    dyad_result *r = NULL;
    assert_int_equal(code_with(NULL, &d, &r, &err), 0);
    assert_int_equal(dyad_result_count(r), 2);
    assert_int_equal(dyad_store_add(st, r, &err), 0);
    /* the same document again replaces it */
    assert_int_equal(dyad_store_add(st, r, &err), 0);
    char *rows = NULL;
    assert_int_equal(store_rows(st, DYAD_FORMAT_TSV, 0, &rows), 2);
    assert_non_null(strstr(rows, "doc-1\t0\t2024-01-02\tRUS\t"));
    assert_non_null(strstr(rows, "doc-1\t1\t2024-01-02\tUKR\t"));
    free(rows);
    dyad_result_free(r);
    /* the same id with new text: still one copy, the new events */
    dyad_doc d2 = mkdoc("Russia met Ukraine.");
    d2.id = "doc-1";
    assert_int_equal(code_with(NULL, &d2, &r, &err), 0);
    assert_int_equal(dyad_store_add(st, r, &err), 0);
    dyad_result_free(r);
    assert_int_equal(store_rows(st, DYAD_FORMAT_TSV, 0, &rows), 1);
    assert_non_null(strstr(rows, "\t040\t"));
    free(rows);
    /* documents without an id are keyed by their text */
    dyad_doc d3 = mkdoc("Ukraine attacked Russia.");
    assert_int_equal(code_with(NULL, &d3, &r, &err), 0);
    assert_int_equal(dyad_store_add(st, r, &err), 0);
    assert_int_equal(dyad_store_add(st, r, &err), 0);
    dyad_result_free(r);
    assert_int_equal(store_rows(st, DYAD_FORMAT_TSV, 0, NULL), 2);
    /* a document without events is stored without rows */
    dyad_doc d4 = mkdoc("Nothing happened.");
    d4.id = "doc-4";
    assert_int_equal(code_with(NULL, &d4, &r, &err), 0);
    assert_int_equal(dyad_store_add(st, r, &err), 0);
    dyad_result_free(r);
    assert_int_equal(store_rows(st, DYAD_FORMAT_TSV, 0, NULL), 2);
    /* limit and table format (with its header line) */
    assert_int_equal(store_rows(st, DYAD_FORMAT_TSV, 1, NULL), 1);
    assert_int_equal(store_rows(st, DYAD_FORMAT_TABLE, 0, NULL), 3);
    dyad_store_close(st);
    assert_int_equal(user_version(p), DYAD_STORE_SCHEMA);
    /* reopening keeps the events */
    assert_int_equal(dyad_store_open(&st, p, &err), 0);
    assert_int_equal(store_rows(st, DYAD_FORMAT_TSV, 0, NULL), 2);
    dyad_store_close(st);
    assert_int_equal(user_version(p), DYAD_STORE_SCHEMA);
    /* a store from a newer dyad is refused */
    set_user_version(p, DYAD_STORE_SCHEMA + 1);
    st = (dyad_store *)p;
    memset(&err, 0, sizeof err);
    assert_int_equal(dyad_store_open(&st, p, &err), DYAD_ESTORE);
    assert_null(st);
    assert_non_null(strstr(err.message, "newer"));
}

static void test_store_open_errors(void **state)
{
    (void)state;
    dyad_store *st = (dyad_store *)tmpdir;
    dyad_error err;
    memset(&err, 0, sizeof err);
    assert_int_equal(dyad_store_open(&st, "/nonexistent/dir/x.db", &err),
                     DYAD_ESTORE);
    assert_null(st);
    assert_int_equal(err.code, DYAD_ESTORE);
    /* not a database */
    char p[512];
    tmp_path(p, sizeof p, "notadb.db");
    char junk[4096];
    memset(junk, 'j', sizeof junk);
    write_file(p, junk, sizeof junk);
    assert_int_equal(dyad_store_open(&st, p, &err), DYAD_ESTORE);
    assert_null(st);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_version_and_strerror),
        cmocka_unit_test(test_codes_with_private_lexicon),
        cmocka_unit_test(test_result_owns_a_copy),
        cmocka_unit_test(test_null_arguments),
        cmocka_unit_test(test_explain_null_sink),
        cmocka_unit_test(test_store_add_null_result),
        cmocka_unit_test(test_invalid_utf8),
        cmocka_unit_test(test_nul_byte),
        cmocka_unit_test(test_valid_utf8_is_accepted),
        cmocka_unit_test(test_document_limit),
        cmocka_unit_test(test_dates),
        cmocka_unit_test(test_empty_text),
        cmocka_unit_test(test_max_events),
        cmocka_unit_test(test_max_sentences),
        cmocka_unit_test(test_keep_negated_flag),
        cmocka_unit_test(test_coder_is_reusable),
        cmocka_unit_test(test_coder_after_many_events),
        cmocka_unit_test(test_spans_point_into_text),
        cmocka_unit_test(test_output_formats),
        cmocka_unit_test(test_unknown_format_without_events),
        cmocka_unit_test(test_sink_can_stop),
        cmocka_unit_test(test_explain_output),
        cmocka_unit_test(test_out_of_memory_once),
        cmocka_unit_test(test_out_of_memory_persistent),
        cmocka_unit_test(test_coder_recovers_after_out_of_memory),
        cmocka_unit_test(test_load_out_of_memory),
        cmocka_unit_test(test_last_and_year_walks),
        cmocka_unit_test(test_year_dates),
        cmocka_unit_test(test_store),
        cmocka_unit_test(test_store_open_errors),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
