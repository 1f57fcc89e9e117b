/*
 * test_format.c - the writers of src/format/: JSONL written straight into
 * a buffer is byte for byte what jansson wrote (on many coded events, on
 * every control character and on awkward reals), and each writer on a
 * coded and on a stored event: columns, escaping, empty fields, the
 * fields a source does not keep, and the statistics tables.
 */
#include "helpers.h"

#include "format/format.h"

#include <jansson.h>
#include <math.h>

/* ------------------------------------------- the jansson reference */

/* The JSONL object as io/output.c built it with jansson before the
 * writer was written by hand: the reference the new one must match. */
static json_t *ref_span(dyad_span s)
{
    return json_pack("[I,I]", (json_int_t)s.start, (json_int_t)s.len);
}

static json_t *ref_actor(const dyad_actor *a)
{
    if (!a->code && !a->text)
        return json_null();
    json_t *o = json_object();
    json_object_set_new(o, "code", a->code ? json_string(a->code) : json_null());
    json_object_set_new(o, "text", json_string(a->text ? a->text : ""));
    json_object_set_new(o, "span", a->inferred ? json_null() : ref_span(a->span));
    if (a->inferred)
        json_object_set_new(o, "inferred", json_true());
    if (a->country_inferred)
        json_object_set_new(o, "country_inferred", json_true());
    return o;
}

static json_t *ref_count(const dyad_count *c)
{
    json_t *o = json_pack("{s:I,s:b,s:o}", "value", (json_int_t)c->value,
                          "approximate", c->approximate, "span",
                          ref_span(c->span));
    if (c->cumulative)
        json_object_set_new(o, "cumulative", json_true());
    return o;
}

static json_t *ref_str(const char *s)
{
    return s ? json_string(s) : json_null();
}

/* The location object. Its coordinates are rounded to 4 decimals and
 * written as jansson writes them with JSON_REAL_PRECISION(10) (50.4547,
 * not 50.454700000000003): the location is dumped on its own with that
 * precision and put in place of a marker (LOCATION_MARK) in the event's
 * dump, whose other reals keep jansson's default precision. */
#define LOCATION_MARK "\"@@location@@\""
static json_t *ref_location(const dyad_location *l)
{
    json_t *lo = json_pack("{s:s,s:o,s:s,s:o}", "name", l->name, "country",
                           ref_str(l->country), "precision", l->precision,
                           "span", ref_span(l->span));
    if (l->lat != 0 || l->lon != 0) {
        json_object_set_new(lo, "lat", json_real(round(l->lat * 1e4) / 1e4));
        json_object_set_new(lo, "lon", json_real(round(l->lon * 1e4) / 1e4));
    }
    if (l->admin1)
        json_object_set_new(lo, "admin1", json_string(l->admin1));
    if (l->geonameid)
        json_object_set_new(lo, "geonameid", json_integer(l->geonameid));
    if (l->loose)
        json_object_set_new(lo, "loose", json_true());
    return lo;
}

/* the PLOVER contexts of a CAMEO code, from the export crosswalk */
static json_t *ref_context(const char *cameo)
{
    json_t *a = json_array();
    const dy_crosswalk_row *x = dy_crosswalk_find(cameo);
    const char *c = x ? x->plover_context : NULL;
    while (c && *c) {
        size_t n = strcspn(c, ",");
        json_array_append_new(a, json_stringn(c, n));
        c += n + (c[n] == ',');
    }
    return a;
}

static json_t *ref_event(const dyad_doc *d, const dyad_event *e)
{
    json_t *o = json_object();
    json_object_set_new(o, "schema", json_integer(DYAD_OUTPUT_SCHEMA));
    json_object_set_new(o, "doc_id", ref_str(d->id));
    json_object_set_new(
        o, "sentence",
        json_pack("{s:I,s:s%,s:o}", "index", (json_int_t)e->sentence, "text",
                  d->text + e->sentence_span.start, e->sentence_span.len,
                  "span", ref_span(e->sentence_span)));
    json_object_set_new(o, "date", ref_str(e->date));
    json_object_set_new(o, "date_precision", ref_str(e->date_precision));
    json_object_set_new(o, "source", ref_actor(&e->source));
    json_object_set_new(o, "target", ref_actor(&e->target));
    json_object_set_new(o, "cameo", json_string(e->cameo));
    json_object_set_new(o, "cameo_name", json_string(e->cameo_name));
    json_object_set_new(o, "plover",
                        e->plover_type
                            ? json_pack("{s:s,s:o,s:o}", "type", e->plover_type,
                                        "mode", ref_str(e->plover_mode),
                                        "context", ref_context(e->cameo))
                            : json_null());
    json_object_set_new(o, "goldstein", json_real(e->goldstein));
    json_object_set_new(o, "quad_class", json_integer(e->quad_class));
    json_object_set_new(o, "penta_class", json_integer(e->penta_class));
    json_object_set_new(o, "status", json_string(e->status));
    json_object_set_new(o, "attributed_to", ref_actor(&e->attributed_to));
    json_t *cb = json_array();
    for (size_t i = 0; i < e->contested_count; i++) {
        json_t *a = ref_actor(&e->contested_by[i]);
        json_object_set_new(a, "how", json_string(e->contest_kind));
        json_array_append_new(cb, a);
    }
    json_object_set_new(o, "contested_by", cb);
    /* the location is dumped apart (ref_jsonl): a marker here */
    json_object_set_new(o, "location", e->location
                                           ? json_string("@@location@@")
                                           : json_null());
    if (e->killed.value >= 0)
        json_object_set_new(o, "fatalities", ref_count(&e->killed));
    if (e->injured.value >= 0)
        json_object_set_new(o, "injured", ref_count(&e->injured));
    json_t *ev = json_pack("{s:s,s:s,s:I,s:{s:s%,s:o}}", "pattern", e->pattern,
                           "file", e->pattern_file, "line",
                           (json_int_t)e->pattern_line, "trigger", "text",
                           d->text + e->trigger.start, e->trigger.len, "span",
                           ref_span(e->trigger));
    if (e->note)
        json_object_set_new(ev, "note", json_string(e->note));
    json_object_set_new(o, "evidence", ev);
    return o;
}

/* jansson's rendering of every event of r, one line each */
static char *ref_jsonl(const dyad_result *r)
{
    th_out o = {NULL, 0, 0};
    th_sink(&o, "", 0);
    for (size_t i = 0; i < dyad_result_count(r); i++) {
        const dyad_event *e = dyad_result_event(r, i);
        json_t *j = ref_event(dyad_result_doc(r), e);
        char *s = json_dumps(j, JSON_COMPACT);
        json_decref(j);
        assert_non_null(s);
        char *mark = e->location ? strstr(s, LOCATION_MARK) : NULL;
        if (mark) {
            json_t *l = ref_location(e->location);
            char *ls = json_dumps(l, JSON_COMPACT | JSON_REAL_PRECISION(10));
            json_decref(l);
            th_sink(&o, s, (size_t)(mark - s));
            th_sink(&o, ls, strlen(ls));
            th_sink(&o, mark + strlen(LOCATION_MARK),
                    strlen(mark + strlen(LOCATION_MARK)));
            free(ls);
        } else {
            th_sink(&o, s, strlen(s));
        }
        th_sink(&o, "\n", 1);
        free(s);
    }
    return o.data;
}

static char *new_jsonl(const dyad_result *r)
{
    th_out o = {NULL, 0, 0};
    th_sink(&o, "", 0);
    assert_int_equal(dyad_result_write(r, DYAD_FORMAT_JSONL, th_sink, &o), 0);
    return o.data;
}

/* Codes doc and compares the two renderings; returns its event count. */
static size_t compare_doc(dyad_coder *c, const dyad_doc *doc)
{
    dyad_result *r = NULL;
    dyad_error err;
    memset(&err, 0, sizeof err);
    if (dyad_code(&r, c, doc, &err))
        return 0; /* a bad date or the like: nothing written either way */
    char *want = ref_jsonl(r), *got = new_jsonl(r);
    if (strcmp(want, got) != 0) {
        size_t k = 0;
        while (want[k] && want[k] == got[k])
            k++;
        fail_msg("document %s: JSONL differs from jansson's at byte %zu:\n"
                 "jansson: %.200s\nwriter:  %.200s",
                 doc->id ? doc->id : "?", k, want + (k > 40 ? k - 40 : 0),
                 got + (k > 40 ? k - 40 : 0));
    }
    size_t n = dyad_result_count(r);
    free(want);
    free(got);
    dyad_result_free(r);
    return n;
}

/* Texts that exercise every branch: quotes, backslashes, control
 * characters in ids and sentences, non-ASCII, inferred sources, counts,
 * places with and without points, denials and attributions. */
static const char *const tricky_texts[] = {
    "Russian forces attacked Ukrainian troops near Bakhmut.",
    "\"Russia attacked Ukraine,\" said the \\official\\ spokesman.",
    "Russia attacked\tUkraine.\x01 Ukraine met Russia\x1f in Geneva.",
    "Israeli aircraft bombed Gaza, killing at least 12 people and injuring "
    "dozens, officials said.",
    "The Kremlin denied reports that Russian forces shelled Kharkiv.",
    "Ukraine's foreign minister met Chinese officials in Beijing \xe2\x80\x94 "
    "\xe2\x80\x9c" "constructive\xe2\x80\x9d talks, a caf\xc3\xa9 owner said.",
    "Since Russia's invasion in 2022, a missile and drone attack killed 26 "
    "people in Ternopil.",
    "Police arrested 40 protesters in Lagos on Monday.\x7f",
    "Syrian rebels attacked government forces in Aleppo. The army shelled "
    "rebel positions near Homs, killing 3.",
    "US Army Secretary Dan Driscoll met Ukrainian officials in Kyiv. "
    "Driscoll said the US would provide more weapons.",
};

static void test_jsonl_matches_jansson(void **state)
{
    (void)state;
    dyad_coder *c = NULL;
    dyad_error err;
    assert_int_equal(dyad_coder_new(&c, th_lexicon(), NULL, &err), 0);
    size_t events = 0, docs = 0;
    static const char *const ids[] = {"plain", "d\"1\t\b\f\x02\x7f/\\",
                                      NULL, "caf\xc3\xa9"};
    for (size_t i = 0; i < sizeof tricky_texts / sizeof tricky_texts[0]; i++)
        for (size_t k = 0; k < 4; k++) {
            dyad_doc d;
            memset(&d, 0, sizeof d);
            d.id = ids[k];
            d.date = k == 2 ? NULL : "2024-03-01";
            d.text = tricky_texts[i];
            d.text_len = strlen(d.text);
            events += compare_doc(c, &d);
            docs++;
        }
    /* the shared corpus, when it is there: thousands of real events */
    const char *shared = getenv("DYAD_SHARED_DIR");
    char path[1024];
    snprintf(path, sizeof path, "%s/corpus/news.jsonl",
             shared ? shared : "../shared");
    dyad_reader *rd = NULL;
    if (dyad_reader_open(&rd, path, NULL, &err) == 0) {
        dyad_doc d;
        int rc;
        while (docs < 4000 && (rc = dyad_reader_next(rd, &d, &err)) != 0) {
            if (rc < 0)
                continue;
            events += compare_doc(c, &d);
            docs++;
        }
        dyad_reader_close(rd);
    }
    print_message("%zu events of %zu documents written as jansson does\n",
                  events, docs);
    assert_true(events > 40);
    dyad_coder_free(c);
}

static char *ref_real(double v)
{
    json_t *j = json_real(v);
    char *s = json_dumps(j, JSON_COMPACT | JSON_ENCODE_ANY);
    json_decref(j);
    return s;
}

/* fails unless the writer prints v as jansson did (want, freed here) */
static void same_real(char *want, void (*write)(dy_buf *, double), double v)
{
    dy_buf b;
    dy_buf_init(&b, NULL);
    write(&b, v);
    if (!want || strcmp(want, b.data ? b.data : ""))
        fail_msg("real %.17g: jansson '%s', writer '%s'", v,
                 want ? want : "(null)", b.data ? b.data : "");
    free(want);
    dy_buf_free(&b);
}

static void test_json_real_matches_jansson(void **state)
{
    (void)state;
    static const double fixed[] = {
        0.0,     -0.0,     1.0,      -10.0,    3.4000000953674316,
        -7.2,    0.1,      1e-5,     -1e-300,  1e21,
        1e22,    123456789012345678.0, 49.5535, 0.00001234, 2.5e-7,
        1e100,   -1.5e-10, 5e-324,   1.7976931348623157e308, 100.0};
    uint64_t x = 0x9E3779B97F4A7C15ull;
    for (int i = 0; i < 20000; i++) {
        double v;
        if (i < (int)(sizeof fixed / sizeof fixed[0]))
            v = fixed[i];
        else if (i % 2) {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            memcpy(&v, &x, sizeof v);
            if (!isfinite(v))
                continue;
        } else {
            v = round((double)(int)(x % 3600000) - 1800000.0) / 1e4;
            x = x * 6364136223846793005ull + 1442695040888963407ull;
        }
        same_real(ref_real(v), dy_json_real, v);
    }
}

/* a coordinate: rounded to 4 decimals, as jansson writes it with
 * JSON_REAL_PRECISION(10): every latitude and longitude on a 0.0001
 * grid and random ones in between */
static void test_json_coord_matches_jansson(void **state)
{
    (void)state;
    uint64_t x = 0x2545F4914F6CDD1Dull;
    for (int i = 0; i < 200000; i++) {
        double v;
        if (i < 100000)
            v = (double)(i * 36 - 1800000) / 1e4; /* -180 .. 180 */
        else {
            x = x * 6364136223846793005ull + 1442695040888963407ull;
            v = (double)(x >> 11) / (double)(1ull << 53) * 360.0 - 180.0;
        }
        json_t *j = json_real(round(v * 1e4) / 1e4);
        char *want =
            json_dumps(j, JSON_COMPACT | JSON_ENCODE_ANY |
                              JSON_REAL_PRECISION(10));
        json_decref(j);
        same_real(want, dy_json_coord, v);
    }
    dy_buf b;
    dy_buf_init(&b, NULL);
    dy_json_coord(&b, 50.454700000000003);
    assert_string_equal(b.data, "50.4547");
    b.len = 0;
    dy_json_coord(&b, -0.00004);
    assert_string_equal(b.data, "-0.0");
    dy_buf_free(&b);
}

static void test_json_string_escapes(void **state)
{
    (void)state;
    /* every ASCII byte alone, then some UTF-8 */
    for (int c = 1; c < 0x80; c++) {
        char s[2] = {(char)c, 0};
        json_t *j = json_string(s);
        char *want = json_dumps(j, JSON_COMPACT | JSON_ENCODE_ANY);
        json_decref(j);
        dy_buf b;
        dy_buf_init(&b, NULL);
        dy_json_cstr(&b, s);
        if (strcmp(want, b.data))
            fail_msg("byte 0x%02x: jansson %s, writer %s", c, want, b.data);
        free(want);
        dy_buf_free(&b);
    }
    static const char *const utf8[] = {
        "caf\xc3\xa9", "\xe2\x80\x9cquoted\xe2\x80\x9d", "\xf0\x9f\x98\x80",
        "\xe2\x80\xa8 line separator", "a\"b\\c/d"};
    for (size_t i = 0; i < sizeof utf8 / sizeof utf8[0]; i++) {
        json_t *j = json_string(utf8[i]);
        char *want = json_dumps(j, JSON_COMPACT | JSON_ENCODE_ANY);
        json_decref(j);
        dy_buf b;
        dy_buf_init(&b, NULL);
        dy_json_cstr(&b, utf8[i]);
        assert_string_equal(b.data, want);
        free(want);
        dy_buf_free(&b);
    }
    /* bytes that are not UTF-8 (jansson refuses them) become U+FFFD; a
     * NUL inside a counted string is escaped; NULL is null */
    dy_buf b;
    dy_buf_init(&b, NULL);
    dy_json_cstr(&b, "a\xff" "b\xc3(\xed\xa0\x80");
    assert_string_equal(b.data, "\"a\xef\xbf\xbd" "b\xef\xbf\xbd("
                                "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\"");
    b.len = 0;
    dy_json_str(&b, "x\0y", 3);
    assert_string_equal(b.data, "\"x\\u0000y\"");
    b.len = 0;
    dy_json_cstr(&b, NULL);
    assert_string_equal(b.data, "null");
    dy_buf_free(&b);
}

/* every special byte and a UTF-8 character at every place of the
 * eight-byte words the writer reads plain runs in */
static void test_json_string_words(void **state)
{
    (void)state;
    static const char *const special[] = {
        "\"", "\\", "\n", "\x01", "\x1f", "\x7f", "\xc3\xa9",
        "\xe2\x82\xac", "\xf0\x9f\x98\x80", " ", "/"};
    char s[64];
    for (size_t k = 0; k < sizeof special / sizeof special[0]; k++)
        for (int at = 0; at < 20; at++)
            for (int tail = 0; tail < 12; tail++) {
                snprintf(s, sizeof s, "%.*s%s%.*s", at,
                         "abcdefghijklmnopqrstuvwxyz", special[k], tail,
                         "ABCDEFGHIJKLMNOPQRSTUVWXYZ");
                json_t *j = json_string(s);
                char *want = json_dumps(j, JSON_COMPACT | JSON_ENCODE_ANY);
                json_decref(j);
                dy_buf b;
                dy_buf_init(&b, NULL);
                dy_json_cstr(&b, s);
                assert_non_null(want);
                assert_string_equal(b.data, want);
                free(want);
                dy_buf_free(&b);
            }
}

/* integers as %lld prints them, at the ends of their range */
static void test_json_int(void **state)
{
    (void)state;
    static const long long v[] = {0, 1, -1, 9, 10, -10, 123456789,
                                  9223372036854775807LL,
                                  -9223372036854775807LL - 1};
    for (size_t i = 0; i < sizeof v / sizeof v[0]; i++) {
        char want[32];
        snprintf(want, sizeof want, "%lld", v[i]);
        dy_buf b;
        dy_buf_init(&b, NULL);
        dy_put_int(&b, v[i]);
        dy_buf_putc(&b, '\0');
        assert_string_equal(b.data, want);
        dy_buf_free(&b);
    }
}

/* ------------------------------------------------- records by hand */

static const dyad_actor no_actor = {NULL, NULL, {0, 0}, 0, 0};

/* a coded event with every field set, over a fixed document */
static const char doc_text[] = "Russian forces shelled Kharkiv, \"killing\" "
                               "3,\tofficials said.";
static dyad_location kharkiv = {"Kharkiv", "UKR", "city", 49.98081, 36.25272,
                                {23, 7},   "Kharkiv Oblast", 706483,
                                "Kharkiv", 0};

static void coded_record(dy_record *r)
{
    dy_record_init(r, DY_REC_CODED);
    r->has = DY_HAS_SPANS | DY_HAS_CODING;
    r->doc_id = "d,1";
    r->url = "https://example.org/a?b=1";
    r->sentence = 2;
    r->sentence_text = doc_text;
    r->sentence_len = strlen(doc_text);
    r->sentence_span = (dyad_span){100, strlen(doc_text)};
    r->has_sentence_span = 1;
    r->date = "2024-03-01";
    r->date_precision = "day";
    r->source = (dyad_actor){"RUSMIL", "Russian forces", {0, 14}, 0, 0};
    r->target = (dyad_actor){"UKR", "Kharkiv", {23, 7}, 0, 1};
    r->attributed_to = (dyad_actor){NULL, "officials", {53, 9}, 0, 0};
    r->cameo = "195";
    r->cameo_name = "Employ aerial weapons";
    r->plover_type = "ASSAULT";
    r->plover_mode = "heavy-weapons";
    r->status = "reported";
    r->goldstein = -10.0;
    r->quad_class = 4;
    r->penta_class = 4;
    r->location = &kharkiv;
    r->killed = (dyad_count){3, 1, {42, 1}, 0};
    r->pattern = "verb 195: shell";
    r->pattern_file = "verbs.lex";
    r->pattern_line = 12;
    r->trigger_text = doc_text + 15;
    r->trigger_len = 7;
    r->trigger_start = 15;
}

/* a stored event with nothing but what every event has */
static void bare_event_record(dy_record *r)
{
    dy_record_init(r, DY_REC_EVENT);
    r->has = DY_HAS_STORE;
    r->id = 7;
    r->doc_id = "d2";
    r->sentence = 0;
    r->source = (dyad_actor){"GOV", NULL, {0, 0}, 0, 0};
    r->target = no_actor;
    r->cameo = "010";
    r->status = "asserted";
    r->goldstein = 0.0;
    r->quad_class = 1;
    r->num_mentions = 2;
    r->num_sources = 1;
    r->num_articles = 2;
    r->added_at = "20240301120000";
}

static char *render(dyad_format fmt, const dy_record *r, int header)
{
    dy_buf b;
    dy_buf_init(&b, NULL);
    if (header)
        dy_format_header(&b, fmt, r->kind);
    assert_int_equal(dy_format_record(&b, fmt, r), 0);
    assert_false(b.failed);
    return b.data; /* libc allocator: the caller frees */
}

static size_t count_char(const char *s, char c)
{
    size_t n = 0;
    for (; *s; s++)
        n += *s == c;
    return n;
}

/* the fields of one CSV line, quotes honoured */
static size_t csv_fields(const char *line)
{
    size_t n = 1;
    int quoted = 0;
    for (const char *p = line; *p && (*p != '\n' || quoted); p++) {
        if (*p == '"')
            quoted = !quoted;
        else if (*p == ',' && !quoted)
            n++;
    }
    return n;
}

static void test_tsv(void **state)
{
    (void)state;
    dy_record r;
    coded_record(&r);
    char *s = render(DYAD_FORMAT_TSV, &r, 1);
    char *row = strchr(s, '\n') + 1;
    assert_int_equal(count_char(row, '\t'), 21); /* 22 columns */
    assert_int_equal(count_char(s, '\t'), 42);   /* the header too */
    assert_string_equal(row,
                        "d,1\t2\t2024-03-01\tRUSMIL\tRussian forces\tUKR\t"
                        "Kharkiv\t195\t19\t4\t-10.0\tASSAULT\theavy-weapons\t"
                        "reported\tofficials\t3\t\tKharkiv\tUKR\t49.9808\t"
                        "36.2527\tshelled\n");
    free(s);
    /* a stored event: what the store lacks is empty, same columns */
    bare_event_record(&r);
    s = render(DYAD_FORMAT_TSV, &r, 1);
    row = strchr(s, '\n') + 1;
    assert_string_equal(row, "d2\t0\t\tGOV\t\t\t\t010\t01\t1\t0.0\t\t\t"
                             "asserted\t\t\t\t\t\t\t\t\n");
    free(s);
    /* a tab or line break inside a value becomes a space */
    coded_record(&r);
    r.source.text = "Russian\tforces\n";
    s = render(DYAD_FORMAT_TSV, &r, 0);
    assert_non_null(strstr(s, "\tRussian forces \t"));
    free(s);
}

static void test_csv(void **state)
{
    (void)state;
    dy_record r;
    coded_record(&r);
    char *s = render(DYAD_FORMAT_CSV, &r, 1);
    assert_int_equal(csv_fields(s), 26);
    char *row = strchr(s, '\n') + 1;
    assert_int_equal(csv_fields(row), 26);
    /* no id and no counts for a coded event; quoted fields */
    assert_string_equal(
        row, ",2024-03-01,RUSMIL,Russian forces,195,19,UKR,Kharkiv,4,"
             "-10.0000,ASSAULT,heavy-weapons,reported,,,,Kharkiv,UKR,Kharkiv "
             "Oblast,49.9808,36.2527,3,,\"d,1\",https://example.org/a?b=1,"
             "\"Russian forces shelled Kharkiv, \"\"killing\"\" 3,\tofficials "
             "said.\"\n");
    free(s);
    bare_event_record(&r);
    s = render(DYAD_FORMAT_CSV, &r, 0);
    assert_int_equal(csv_fields(s), 26);
    assert_string_equal(s, "7,,GOV,,010,01,,,1,0.0000,,,asserted,2,1,2,,,,"
                           ",,,,d2,,\n");
    free(s);
}

static void test_table(void **state)
{
    (void)state;
    dy_record r;
    coded_record(&r);
    char *s = render(DYAD_FORMAT_TABLE, &r, 1);
    assert_string_equal(strchr(s, '\n') + 1,
                        "2   RUSMIL     195   UKR        ASSAULT    -10.0 "
                        "reported     Kharkiv      >=3     shelled\n");
    assert_non_null(strstr(s, "S   SOURCE"));
    free(s);
    /* a stored event: query's columns; no place and no target: "-" */
    bare_event_record(&r);
    s = render(DYAD_FORMAT_TABLE, &r, 1);
    assert_non_null(strstr(s, "ID     DATE"));
    assert_non_null(strstr(strchr(s, '\n') + 1,
                           "7      -          GOV        010   -          1 "
                           " +0.0    2    1    2 -              asserted   "));
    free(s);
    /* a stored report: show's columns, its document first */
    coded_record(&r);
    r.kind = DY_REC_REPORT;
    r.has = 0;
    s = render(DYAD_FORMAT_TABLE, &r, 1);
    assert_non_null(strstr(s, "DOC                  S   SOURCE"));
    assert_non_null(strstr(s, "d,1                  2   RUSMIL     195  "));
    free(s);
}

static void test_events_dump(void **state)
{
    (void)state;
    dy_record r;
    coded_record(&r);
    dyad_actor kremlin = {"RUSGOV", "the Kremlin", {0, 11}, 0, 0};
    r.contested_by = &kremlin;
    r.contested_count = 1;
    r.contest_kind = "denied";
    r.source.inferred = 1;
    char *s = render(DYAD_FORMAT_EVENTS, &r, 1);
    assert_string_equal(s, "S2 RUSMIL 195 UKR status=reported by=text "
                           "denied_by=RUSGOV loc=Kharkiv/UKR killed=>=3 "
                           "source=inferred trigger=\"shelled\"@15\n");
    free(s);
    /* a stored event keeps no speakers, inference, approximation or
     * trigger: they are left out */
    r.kind = DY_REC_EVENT;
    r.has = DY_HAS_STORE;
    r.trigger_text = NULL;
    s = render(DYAD_FORMAT_EVENTS, &r, 1);
    assert_string_equal(s, "S2 RUSMIL 195 UKR status=reported "
                           "loc=Kharkiv/UKR killed=3\n");
    free(s);
    bare_event_record(&r);
    s = render(DYAD_FORMAT_EVENTS, &r, 0);
    assert_string_equal(s, "S0 GOV 010 - status=asserted\n");
    free(s);
}

static void test_gdelt(void **state)
{
    (void)state;
    dy_record r;
    coded_record(&r);
    char *s = render(DYAD_FORMAT_GDELT, &r, 1); /* no header */
    assert_int_equal(count_char(s, '\n'), 1);
    assert_int_equal(count_char(s, '\t'), 60); /* 61 columns */
    /* no id; SQLDATE..FractionDate (60 days of 366 before 1 March 2024);
     * actor 1: country RUS, no group, ethnic group or religions, type MIL */
    const char *head = "\t20240301\t202403\t2024\t2024.1639\t"
                       "RUSMIL\tRussian forces\tRUS\t\t\t\t\tMIL\t";
    assert_int_equal(strncmp(s, head, strlen(head)), 0);
    /* not the first sentence; no counts of a store, no tone; the actors'
     * geography empty (type 0) */
    assert_non_null(strstr(s, "\t0\t195\t195\t19\t4\t-10.0\t\t\t\t\t"
                              "0\t\t\t\t\t\t\t\t0\t\t\t\t\t\t\t\t4\t"));
    assert_non_null(strstr(s, "\t4\tKharkiv, Kharkiv Oblast\tUKR\t\t\t"
                              "49.9808\t36.2527\t706483\t\t"
                              "https://example.org/a?b=1\n"));
    free(s);
    /* a loose place is not the event's own: no ActionGeo */
    dyad_location loose = kharkiv;
    loose.loose = 1;
    r.location = &loose;
    s = render(DYAD_FORMAT_GDELT, &r, 0);
    assert_non_null(strstr(s, "\t0\t\t\t\t\t\t\t\t\thttps://"));
    free(s);
    bare_event_record(&r);
    s = render(DYAD_FORMAT_GDELT, &r, 0);
    assert_int_equal(count_char(s, '\t'), 60);
    /* no date; GOV alone is a role, not a country: type 1 GOV */
    assert_int_equal(strncmp(s, "7\t\t\t\t\tGOV\t\t\t\t\t\t\tGOV\t\t\t",
                             strlen("7\t\t\t\t\tGOV\t\t\t\t\t\t\tGOV\t\t\t")),
                     0);
    assert_non_null(strstr(s, "\t1\t010\t010\t01\t1\t0.0\t2\t1\t2\t"));
    assert_non_null(strstr(s, "\t20240301120000\td2\n")); /* no URL */
    free(s);
}

/* FractionDate stays in its year: the year plus the days before the day
 * over the days of the year, four decimals cut */
static void test_gdelt_fraction_date(void **state)
{
    (void)state;
    static const struct {
        const char *date, *want;
    } cases[] = {{"2024-12-31", "\t20241231\t202412\t2024\t2024.9972\t"},
                 {"2023-12-31", "\t20231231\t202312\t2023\t2023.9972\t"},
                 {"2024-01-01", "\t20240101\t202401\t2024\t2024.0000\t"},
                 {"2015-02-18", "\t20150218\t201502\t2015\t2015.1315\t"},
                 {"1914-06-28", "\t19140628\t191406\t1914\t1914.4876\t"}};
    dy_record r;
    coded_record(&r);
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        r.date = cases[i].date;
        char *s = render(DYAD_FORMAT_GDELT, &r, 0);
        if (strncmp(s, cases[i].want, strlen(cases[i].want)))
            fail_msg("%s: %.40s", cases[i].date, s);
        free(s);
    }
}

/* the parts of actor codes as GDELT's columns split them */
static void test_actor_parts(void **state)
{
    (void)state;
    static const struct {
        const char *code, *country, *group, *rel, *t1, *t2;
    } cases[] = {{"USAGOV", "USA", "", "", "GOV", ""},
                 {"CVL", "", "", "", "CVL", ""},
                 {"REB", "", "", "", "REB", ""},
                 {"IMGREB", "", "", "", "IMG", "REB"},
                 {"IGOUNO", "", "UNO", "", "IGO", ""},
                 {"PSEREBHMS", "PSE", "HMS", "", "REB", ""},
                 {"SUN", "", "", "SUN", "", ""},
                 {"IRQMILSHI", "IRQ", "", "SHI", "MIL", ""},
                 {"XXX", "", "", "", "", ""},
                 {"KSV", "KSV", "", "", "", ""},
                 {"MEA", "", "", "", "", ""},
                 {"WST", "", "", "", "", ""},
                 {"RUSMILSPY", "RUS", "", "", "MIL", "SPY"},
                 {"", "", "", "", "", ""}};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        dy_code_parts cp;
        dy_actor_parts(cases[i].code, &cp);
        assert_string_equal(cp.country, cases[i].country);
        assert_string_equal(cp.group, cases[i].group);
        assert_string_equal(cp.religion[0], cases[i].rel);
        assert_string_equal(cp.type[0], cases[i].t1);
        assert_string_equal(cp.type[1], cases[i].t2);
    }
}

/* a CAMEO region is no country but has its own part, which GDELT writes
 * in its CountryCode column ("Western powers": WST) */
static void test_gdelt_region_country(void **state)
{
    (void)state;
    dy_code_parts cp;
    dy_actor_parts("MEAGOV", &cp);
    assert_string_equal(cp.country, "");
    assert_string_equal(cp.region, "MEA");
    assert_string_equal(cp.type[0], "GOV");
    dy_actor_parts("USAGOV", &cp);
    assert_string_equal(cp.region, "");
    dy_record r;
    coded_record(&r);
    r.source = (dyad_actor){"WST", "Western powers", {0, 14}, 0, 0};
    char *s = render(DYAD_FORMAT_GDELT, &r, 0);
    assert_non_null(strstr(s, "\tWST\tWestern powers\tWST\t"));
    free(s);
}

/* every actor code of the lexicon sources: its country part, if any, is
 * one of the lexicon's countries (a role never is) */
static void test_actor_parts_lexicon(void **state)
{
    (void)state;
    const char *src = getenv("DYAD_SOURCE_DIR"), *bld = getenv("DYAD_BUILD_DIR");
    char path[1024], line[8192];
    static char countries[400][4];
    size_t nc = 0, codes = 0;
    static const char *const files[] = {"countries.lex", "countries-extra.lex",
                                        "actors.lex", "agents.lex",
                                        "officeholders.lex"};
    for (int pass = 0; pass < 2; pass++)
        for (size_t f = 0; f < sizeof files / sizeof files[0]; f++) {
            snprintf(path, sizeof path, "%s/%s", f ? src : bld,
                     f ? "data" : ".");
            snprintf(path + strlen(path), sizeof path - strlen(path), "/%s",
                     files[f]);
            FILE *in = fopen(path, "r");
            if (!in)
                continue;
            while (fgets(line, sizeof line, in)) {
                char kind[16], code[32];
                if (sscanf(line, "%15s %31s", kind, code) != 2)
                    continue;
                if (pass == 0 && !strcmp(kind, "country") && nc < 400)
                    snprintf(countries[nc++], 4, "%.3s", code);
                if (pass == 0 || (strcmp(kind, "actor") &&
                                  strcmp(kind, "agent") &&
                                  strcmp(kind, "country")))
                    continue;
                dy_code_parts cp;
                dy_actor_parts(code, &cp);
                codes++;
                int known = !cp.country[0];
                for (size_t k = 0; k < nc && !known; k++)
                    known = !strcmp(countries[k], cp.country);
                if (!known)
                    fail_msg("%s: %s has country '%s', not a country of the "
                             "lexicon",
                             files[f], code, cp.country);
            }
            fclose(in);
        }
    print_message("%zu actor codes of %zu countries checked\n", codes, nc);
    assert_true(codes > 500 && nc > 190);
}

/* the GDELT Mentions table: 16 columns per report */
static void test_gdelt_mentions(void **state)
{
    (void)state;
    dy_record r;
    coded_record(&r);
    r.publisher = "Reuters";
    r.doc_len = 1234;
    char *s = render(DYAD_FORMAT_GDELT_MENTIONS, &r, 1);
    assert_int_equal(count_char(s, '\t'), 15);
    assert_string_equal(s, "\t\t\t1\tReuters\thttps://example.org/a?b=1\t3"
                           "\t0\t23\t15\t1\t\t1234\t\t\t\n");
    free(s);
    bare_event_record(&r);
    r.kind = DY_REC_REPORT;
    r.seen_at = "2024-03-01T12:00:01Z";
    r.publisher = "AP";
    s = render(DYAD_FORMAT_GDELT_MENTIONS, &r, 0);
    assert_string_equal(s, "7\t20240301120000\t20240301120001\t1\tAP\td2"
                           "\t1\t-1\t-1\t-1\t1\t\t\t\t\t\n");
    free(s);
}

/* GeoJSON: a Point feature for an event with a point of its own; none
 * for one without (dy_format_omits says why); commas between features */
static void test_geojson(void **state)
{
    (void)state;
    dy_record r;
    coded_record(&r);
    dy_buf b;
    dy_buf_init(&b, NULL);
    dy_format_header(&b, DYAD_FORMAT_GEOJSON, r.kind);
    dy_format_record(&b, DYAD_FORMAT_GEOJSON, &r);
    r.seq = 1;
    r.killed.cumulative = 1; /* a running toll is no event's fatalities */
    dy_format_record(&b, DYAD_FORMAT_GEOJSON, &r);
    dy_format_footer(&b, DYAD_FORMAT_GEOJSON);
    json_error_t je;
    json_t *j = json_loads(b.data, 0, &je);
    if (!j)
        fail_msg("not JSON: %s: %s", je.text, b.data);
    json_t *fs = json_object_get(j, "features");
    assert_int_equal(json_array_size(fs), 2);
    json_t *f0 = json_array_get(fs, 0);
    json_t *c = json_object_get(json_object_get(f0, "geometry"),
                                "coordinates");
    assert_true(fabs(json_real_value(json_array_get(c, 0)) - 36.2527) < 1e-9);
    assert_true(fabs(json_real_value(json_array_get(c, 1)) - 49.9808) < 1e-9);
    json_t *p = json_object_get(f0, "properties");
    assert_string_equal(json_string_value(json_object_get(p, "cameo")), "195");
    assert_int_equal(json_integer_value(json_object_get(p, "fatalities")), 3);
    assert_true(json_is_null(json_object_get(
        json_object_get(json_array_get(fs, 1), "properties"), "fatalities")));
    json_decref(j);
    /* left out: no place, a loose place, no point */
    r.location = NULL;
    assert_int_equal(dy_format_omits(DYAD_FORMAT_GEOJSON, &r),
                     DYAD_OMIT_NO_PLACE);
    dyad_location l = kharkiv;
    l.loose = 1;
    r.location = &l;
    assert_int_equal(dy_format_omits(DYAD_FORMAT_GEOJSON, &r),
                     DYAD_OMIT_LOOSE_PLACE);
    l.loose = 0;
    l.lat = l.lon = 0;
    l.precision = "unknown";
    assert_int_equal(dy_format_omits(DYAD_FORMAT_GEOJSON, &r),
                     DYAD_OMIT_NO_POINT);
    b.len = 0;
    dy_format_record(&b, DYAD_FORMAT_GEOJSON, &r);
    assert_int_equal(b.len, 0);
    dy_buf_free(&b);
}

/* ACLED-style CSV: type and sub-type from the crosswalk, the event's own
 * place, its own toll, the sentence as notes; an event without an ACLED
 * type or a date is left out */
static void test_acled(void **state)
{
    (void)state;
    dy_record r;
    coded_record(&r);
    r.publisher = "Reuters";
    char *s = render(DYAD_FORMAT_ACLED, &r, 1);
    char *row = strchr(s, '\n') + 1;
    assert_int_equal(csv_fields(s), 25);
    assert_int_equal(csv_fields(row), 25);
    assert_int_equal(strncmp(row, ",2024-03-01,2024,1,Political violence,"
                                  "Explosions/Remote violence,Air/drone strike,"
                                  "Russian forces,RUSMIL,1,Kharkiv,UKR,1,UKR,"
                                  "Kharkiv Oblast,Kharkiv,49.9808,36.2527,1,"
                                  "Reuters,\"Russian forces shelled",
                             strlen(",2024-03-01,2024,1,Political violence,"
                                    "Explosions/Remote violence,Air/drone "
                                    "strike,Russian forces,RUSMIL,1,Kharkiv,"
                                    "UKR,1,UKR,Kharkiv Oblast,Kharkiv,49.9808,"
                                    "36.2527,1,Reuters,\"Russian forces "
                                    "shelled")),
                     0);
    assert_non_null(strstr(row, "said.\",3,195,ASSAULT,reported\n"));
    free(s);
    bare_event_record(&r); /* 010: a statement, no ACLED type */
    assert_int_equal(dy_format_omits(DYAD_FORMAT_ACLED, &r),
                     DYAD_OMIT_NO_TYPE);
    coded_record(&r);
    r.date = NULL;
    assert_int_equal(dy_format_omits(DYAD_FORMAT_ACLED, &r),
                     DYAD_OMIT_UNDATED);
}

/* the export crosswalk: every CAMEO code of data/cameo.tsv once, in byte
 * order (dy_crosswalk_find searches it), each ACLED type with a sub-type */
static void test_crosswalk(void **state)
{
    (void)state;
    char path[1024], line[512];
    snprintf(path, sizeof path, "%s/data/cameo.tsv", getenv("DYAD_SOURCE_DIR"));
    FILE *in = fopen(path, "r");
    assert_non_null(in);
    size_t codes = 0;
    while (fgets(line, sizeof line, in)) {
        if (line[0] == '#' || line[0] == '\n')
            continue;
        line[strcspn(line, "\t")] = '\0';
        if (!dy_crosswalk_find(line))
            fail_msg("CAMEO %s is not in data/crosswalk.tsv", line);
        codes++;
    }
    fclose(in);
    assert_int_equal(codes, dy_crosswalk_count);
    for (size_t i = 0; i < dy_crosswalk_count; i++) {
        if (i)
            assert_true(strcmp(dy_crosswalk[i - 1].cameo,
                               dy_crosswalk[i].cameo) < 0);
        assert_true(!dy_crosswalk[i].acled_type ==
                    !dy_crosswalk[i].acled_sub_type);
    }
    assert_string_equal(dy_crosswalk_find("0311")->plover_context, "economic");
    assert_string_equal(dy_crosswalk_find("195")->acled_sub_type,
                        "Air/drone strike");
    assert_null(dy_crosswalk_find("999"));
}

static void test_jsonl_sources(void **state)
{
    (void)state;
    dy_record r;
    coded_record(&r);
    char *s = render(DYAD_FORMAT_JSONL, &r, 1);
    json_error_t je;
    json_t *j = json_loads(s, 0, &je);
    assert_non_null(j);
    assert_string_equal(json_string_value(json_object_get(json_object_get(
                            j, "sentence"), "text")),
                        doc_text);
    assert_non_null(json_object_get(j, "cameo_name"));
    assert_non_null(json_object_get(j, "evidence"));
    assert_null(json_object_get(j, "id"));
    json_decref(j);
    free(s);
    /* a stored event: the coded shape less what the store does not keep,
     * plus its id, counts and reports */
    bare_event_record(&r);
    dy_rec_mention m[2] = {
        {"d2", 0, "The government called for calm.", {0, 32}, 1, "asserted",
         NULL, "AP"},
        {"d3", 4, NULL, {0, 0}, 0, "reported", "2024-03-02", "doc:d3"}};
    r.mentions = m;
    r.mention_count = 2;
    r.location = &kharkiv;
    r.injured.value = 5;
    s = render(DYAD_FORMAT_JSONL, &r, 1);
    assert_string_equal(
        s, "{\"schema\":1,\"id\":7,\"doc_id\":\"d2\",\"sentence\":{\"index\":"
           "0,\"text\":null,\"span\":null},\"date\":null,\"date_precision\":"
           "null,\"source\":{\"code\":\"GOV\",\"text\":\"\"},\"target\":null,"
           "\"cameo\":\"010\",\"plover\":null,\"goldstein\":0.0,"
           "\"quad_class\":1,\"status\":\"asserted\",\"location\":{\"name\":"
           "\"Kharkiv\",\"country\":\"UKR\",\"precision\":\"city\",\"lat\":"
           "49.9808,\"lon\":36.2527,\"admin1\":"
           "\"Kharkiv Oblast\",\"geonameid\":706483},\"injured\":{\"value\":"
           "5},\"num_mentions\":2,\"num_sources\":1,\"num_articles\":2,"
           "\"mentions\":[{\"doc_id\":\"d2\",\"sentence\":{\"index\":0,"
           "\"text\":\"The government called for calm.\",\"span\":[0,32]},"
           "\"date\":null,\"status\":\"asserted\",\"publisher\":\"AP\"},"
           "{\"doc_id\":\"d3\",\"sentence\":{\"index\":4,\"text\":null,"
           "\"span\":null},\"date\":\"2024-03-02\",\"status\":\"reported\","
           "\"publisher\":\"doc:d3\"}]}\n");
    j = json_loads(s, 0, &je);
    assert_non_null(j);
    json_decref(j);
    free(s);
}

static void test_not_an_event_format(void **state)
{
    (void)state;
    dy_record r;
    bare_event_record(&r);
    dy_buf b;
    dy_buf_init(&b, NULL);
    assert_int_equal(dy_format_record(&b, DYAD_FORMAT_JSON, &r), DYAD_EINVAL);
    assert_int_equal(dy_format_record(&b, (dyad_format)99, &r), DYAD_EINVAL);
    assert_int_equal(b.len, 0);
    assert_int_equal(dy_format_writes_events(DYAD_FORMAT_JSON), 0);
    assert_int_equal(dy_format_writes_events(DYAD_FORMAT_GDELT), 1);
    dy_buf_free(&b);
}

static void test_stats(void **state)
{
    (void)state;
    dy_bar bars[5];
    memset(bars, 0, sizeof bars);
    snprintf(bars[0].label, sizeof bars[0].label, "2024-03");
    bars[0].quad[3] = 3;
    bars[0].goldstein = -10;
    bars[0].has_goldstein = 1;
    bars[0].killed = 4;
    snprintf(bars[1].label, sizeof bars[1].label, "RUS > \"UKR\",x");
    bars[1].quad[0] = 1;
    dy_stats_doc d;
    memset(&d, 0, sizeof d);
    d.by = DYAD_PERIOD_MONTH;
    d.total = bars[0];
    snprintf(d.total.label, sizeof d.total.label, "all");
    d.omitted.written = 3;
    d.omitted.count[DYAD_OMIT_DENIED] = 2;
    d.omitted.count[DYAD_OMIT_UNDATED] = 5;
    d.parts[0] = (dy_stats_part){1, bars, 1};
    d.parts[1] = (dy_stats_part){1, bars + 1, 1};
    dy_buf b;
    dy_buf_init(&b, NULL);
    assert_int_equal(dy_format_stats(&b, DYAD_FORMAT_JSON, &d), 0);
    assert_string_equal(
        b.data,
        "{\"by\":\"month\",\"total\":{\"key\":\"all\",\"events\":3,"
        "\"quad_class\":[0,0,0,3],\"goldstein_mean\":-10.00,\"fatalities\":4},"
        "\"left_out\":{\"asserted\":0,\"reported\":0,\"confirmed\":0,"
        "\"denied\":2,\"hypothetical\":0,\"future\":0,\"negated\":0,"
        "\"embedded\":0,\"undated\":5,\"cumulative\":0,\"no_target\":0},"
        "\"series\":[{\"key\":\"2024-03\",\"events\":"
        "3,\"quad_class\":[0,0,0,3],\"goldstein_mean\":-10.00,"
        "\"fatalities\":4}],\"top_dyads\":[{\"key\":\"RUS > "
        "\\\"UKR\\\",x\",\"events\":1,\"quad_class\":[1,0,0,0],"
        "\"goldstein_mean\":null,\"fatalities\":0}]}\n");
    b.len = 0;
    assert_int_equal(dy_format_stats(&b, DYAD_FORMAT_CSV, &d), 0);
    assert_string_equal(
        b.data, "total,events,verbal_coop,material_coop,verbal_conflict,"
                "material_conflict,goldstein_mean,fatalities\nall,3,0,0,0,3,"
                "-10.00,4\n\nleft_out,events,of\ndenied,2,every figure\n"
                "undated,5,the series\n\n"
                "period,events,verbal_coop,material_coop,verbal_conflict,"
                "material_conflict,goldstein_mean,fatalities\n2024-03,3,0,0,"
                "0,3,-10.00,4\n\ndyad,events,verbal_coop,material_coop,"
                "verbal_conflict,material_conflict,goldstein_mean,fatalities\n"
                "\"RUS > \"\"UKR\"\",x\",1,1,0,0,0,,0\n");
    /* a table: the totals and what they leave out first; a run of empty
     * periods on one line */
    for (int i = 2; i < 5; i++)
        snprintf(bars[i].label, sizeof bars[i].label, "2024-0%d", 2 + i);
    d.parts[0] = (dy_stats_part){1, bars + 1, 4};
    d.parts[1].on = 0;
    d.by = DYAD_PERIOD_WEEK;
    b.len = 0;
    assert_int_equal(dy_format_stats(&b, DYAD_FORMAT_TABLE, &d), 0);
    assert_int_equal(strncmp(b.data, "TOTAL             EVENTS", 24), 0);
    assert_non_null(strstr(b.data, "\nall                    3 "));
    assert_non_null(strstr(b.data, "\nleft out: 2 denied (of every figure)\n"
                                   "left out: 5 undated (of the series)\n"));
    assert_non_null(strstr(b.data, "\nWEEK              EVENTS"));
    assert_non_null(strstr(b.data, "\n2024-04 .. 2024-06 (3 periods without "
                                   "events)\n"));
    b.len = 0;
    assert_int_equal(dy_format_stats(&b, DYAD_FORMAT_TSV, &d), DYAD_EINVAL);
    dy_buf_free(&b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_jsonl_matches_jansson),
        cmocka_unit_test(test_json_real_matches_jansson),
        cmocka_unit_test(test_json_string_words),
        cmocka_unit_test(test_json_int),
        cmocka_unit_test(test_json_coord_matches_jansson),
        cmocka_unit_test(test_json_string_escapes),
        cmocka_unit_test(test_tsv),
        cmocka_unit_test(test_csv),
        cmocka_unit_test(test_table),
        cmocka_unit_test(test_events_dump),
        cmocka_unit_test(test_gdelt),
        cmocka_unit_test(test_gdelt_fraction_date),
        cmocka_unit_test(test_actor_parts),
        cmocka_unit_test(test_gdelt_region_country),
        cmocka_unit_test(test_actor_parts_lexicon),
        cmocka_unit_test(test_gdelt_mentions),
        cmocka_unit_test(test_geojson),
        cmocka_unit_test(test_acled),
        cmocka_unit_test(test_crosswalk),
        cmocka_unit_test(test_jsonl_sources),
        cmocka_unit_test(test_not_an_event_format),
        cmocka_unit_test(test_stats),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
