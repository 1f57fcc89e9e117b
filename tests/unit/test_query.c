/*
 * test_query.c - events out of the SQLite store (src/store/query.c and
 * stats.c): every query filter, strict dates, every format for stored
 * reports and stored events (the JSONL shape of a stored event), the GDELT
 * export's columns, statistics, and NULL arguments.
 */
#define _POSIX_C_SOURCE 200809L /* mkdtemp */
#include "store_fixture.h"

#include "store/db.h"

#include <jansson.h>

static size_t count_lines(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        n += *s == '\n';
    return n;
}

static size_t query_lines(dyad_store *st, const dyad_query *q,
                          dyad_format fmt, char **text)
{
    th_out o = {NULL, 0, 0};
    th_sink(&o, "", 0);
    dyad_error err;
    memset(&err, 0, sizeof err);
    if (dyad_store_query(st, q, fmt, th_sink, &o, &err))
        fail_msg("dyad_store_query: %s", err.message);
    size_t n = 0;
    for (const char *s = o.data; *s; s++)
        n += *s == '\n';
    if (text)
        *text = o.data;
    else
        free(o.data);
    return n;
}

static void test_query_filters(void **state)
{
    (void)state;
    char p[512];
    dyad_store *st = merge_store(p, sizeof p);
    const size_t all = (size_t)sql_int(p, "SELECT count(*) FROM events");
    assert_int_equal(all, 4);
    dyad_query q = DYAD_QUERY_INIT;
    assert_int_equal(query_lines(st, &q, DYAD_FORMAT_JSONL, NULL), all);
    assert_int_equal(query_lines(st, NULL, DYAD_FORMAT_JSONL, NULL), all);
    /* header lines */
    assert_int_equal(query_lines(st, &q, DYAD_FORMAT_CSV, NULL), all + 1);
    assert_int_equal(query_lines(st, &q, DYAD_FORMAT_TABLE, NULL), all + 1);
#define EXPECT(field, value, n)                                                \
    do {                                                                       \
        dyad_query f = DYAD_QUERY_INIT;                                        \
        f.field = value;                                                       \
        assert_int_equal(query_lines(st, &f, DYAD_FORMAT_JSONL, NULL), n);      \
    } while (0)
    EXPECT(from, "2024-03-02", 1);
    EXPECT(to, "2024-03-01", 3);
    EXPECT(to, "2024-03", 4);
    EXPECT(actor, "RUS", 3);
    EXPECT(actor, "rusmil", 3);
    EXPECT(actor, "CHN", 1);
    EXPECT(actor, "UKR", 4);
    EXPECT(actor, "USA", 0);
    EXPECT(cameo, "19", 3);
    EXPECT(cameo, "04", 1);
    EXPECT(cameo, "040", 1);
    EXPECT(quad_class, 4, 3);
    EXPECT(quad_class, 1, 1);
    EXPECT(status, "asserted", 4);
    EXPECT(status, "denied", 0);
    EXPECT(country, "CHN", 1);
    EXPECT(country, "ukr", 3);
    EXPECT(place, "kharkiv", 2);
    EXPECT(text, "peace plan", 1);
    EXPECT(text, "again", 1);
    EXPECT(text, "U.S. \"quoted", 0);
    EXPECT(limit, 2, 2);
    EXPECT(min_mentions, 3, 1);
    EXPECT(min_mentions, 2, 1);
    EXPECT(publisher, "afp", 2);
    char *plover = NULL;
    query_lines(st, &q, DYAD_FORMAT_JSONL, &plover);
    assert_non_null(strstr(plover, "\"num_mentions\":3"));
    assert_non_null(strstr(plover, "\"mentions\":[{\"doc_id\":\"a1\""));
    free(plover);
    {
        dyad_query f = DYAD_QUERY_INIT;
        f.plover = "assault";
        size_t n = query_lines(st, &f, DYAD_FORMAT_JSONL, NULL);
        assert_int_equal(n, 3);
    }
    {
        dyad_query f = DYAD_QUERY_INIT;
        f.dyad_source = "RUS";
        f.dyad_target = "UKR";
        assert_int_equal(query_lines(st, &f, DYAD_FORMAT_JSONL, NULL), 3);
        f.dyad_source = "UKR";
        f.dyad_target = "RUS";
        assert_int_equal(query_lines(st, &f, DYAD_FORMAT_JSONL, NULL), 3);
        f.directed = 1;
        assert_int_equal(query_lines(st, &f, DYAD_FORMAT_JSONL, NULL), 0);
        f.dyad_target = NULL;
        dyad_error err;
        th_out o = {NULL, 0, 0};
        assert_int_equal(dyad_store_query(st, &f, DYAD_FORMAT_JSONL, th_sink,
                                          &o, &err),
                         DYAD_EINVAL);
        free(o.data);
    }
    {
        dyad_query f = DYAD_QUERY_INIT;
        f.from = "March 1";
        dyad_error err;
        th_out o = {NULL, 0, 0};
        assert_int_equal(dyad_store_query(st, &f, DYAD_FORMAT_JSONL, th_sink,
                                          &o, &err),
                         DYAD_EINVAL);
        assert_non_null(strstr(err.message, "bad date"));
        free(o.data);
        /* a day its month lacks is refused and named, not read as 3 March */
        f.from = "2023-02-31";
        memset(&o, 0, sizeof o);
        assert_int_equal(dyad_store_query(st, &f, DYAD_FORMAT_JSONL, th_sink,
                                          &o, &err),
                         DYAD_EINVAL);
        assert_non_null(strstr(err.message, "'2023-02-31'"));
        free(o.data);
        f.from = NULL;
        f.to = "2024-13";
        memset(&o, 0, sizeof o);
        assert_int_equal(dyad_store_query(st, &f, DYAD_FORMAT_JSONL, th_sink,
                                          &o, &err),
                         DYAD_EINVAL);
        free(o.data);
    }
#undef EXPECT
    dyad_store_close(st);
}

/* every format that writes events, for stored reports (show) and stored
 * events (query); a stored event's JSONL has the coded shape less what
 * the store does not keep, plus the store's own fields */
static void test_formats(void **state)
{
    (void)state;
    char p[512];
    dyad_store *st = merge_store(p, sizeof p);
    const size_t events = (size_t)sql_int(p, "SELECT count(*) FROM events");
    const size_t reports = (size_t)sql_int(p, "SELECT count(*) FROM mentions");
    static const struct {
        dyad_format fmt;
        size_t header;
    } fmts[] = {{DYAD_FORMAT_JSONL, 0}, {DYAD_FORMAT_TSV, 1},
                {DYAD_FORMAT_TABLE, 1}, {DYAD_FORMAT_EVENTS, 0},
                {DYAD_FORMAT_CSV, 1},   {DYAD_FORMAT_GDELT, 0}};
    for (size_t i = 0; i < sizeof fmts / sizeof fmts[0]; i++) {
        assert_int_equal(query_lines(st, NULL, fmts[i].fmt, NULL),
                         events + fmts[i].header);
        th_out o = {NULL, 0, 0};
        th_sink(&o, "", 0);
        dyad_error err;
        assert_int_equal(dyad_store_write(st, fmts[i].fmt, 0, th_sink, &o,
                                          &err),
                         0);
        size_t lines = count_lines(o.data);
        assert_int_equal(lines, reports + fmts[i].header);
        free(o.data);
    }
    char *text = NULL;
    dyad_query q = DYAD_QUERY_INIT;
    q.place = "kharkiv";
    q.from = "2024-03-01";
    q.to = "2024-03-01";
    assert_int_equal(query_lines(st, &q, DYAD_FORMAT_JSONL, &text), 1);
    json_error_t je;
    json_t *j = json_loads(text, 0, &je);
    assert_non_null(j);
    static const char *const kept[] = {
        "schema", "id", "doc_id", "sentence", "date", "date_precision",
        "source", "target", "cameo", "plover", "goldstein", "quad_class",
        "status", "location", "fatalities", "num_mentions", "num_sources",
        "num_articles", "mentions"};
    for (size_t i = 0; i < sizeof kept / sizeof kept[0]; i++)
        if (!json_object_get(j, kept[i]))
            fail_msg("stored event JSONL lacks \"%s\": %s", kept[i], text);
    static const char *const not_kept[] = {"cameo_name", "penta_class",
                                           "attributed_to", "contested_by",
                                           "evidence", "root", "killed"};
    for (size_t i = 0; i < sizeof not_kept / sizeof not_kept[0]; i++)
        if (json_object_get(j, not_kept[i]))
            fail_msg("stored event JSONL has \"%s\": %s", not_kept[i], text);
    assert_int_equal(json_integer_value(json_object_get(
                         json_object_get(j, "fatalities"), "value")),
                     3);
    assert_int_equal(json_array_size(json_object_get(j, "mentions")), 3);
    json_t *s0 = json_object_get(j, "sentence");
    assert_non_null(json_string_value(json_object_get(s0, "text")));
    assert_int_equal(json_array_size(json_object_get(s0, "span")), 2);
    json_decref(j);
    free(text);
    /* statistics are no event format, and JSON no format of events */
    th_out o = {NULL, 0, 0};
    dyad_error err;
    assert_int_equal(dyad_store_query(st, NULL, DYAD_FORMAT_JSON, th_sink, &o,
                                      &err),
                     DYAD_EINVAL);
    assert_int_equal(dyad_store_write(st, DYAD_FORMAT_JSON, 0, th_sink, &o,
                                      &err),
                     DYAD_EINVAL);
    free(o.data);
    dyad_store_close(st);
}

static void test_export_gdelt(void **state)
{
    (void)state;
    char p[512];
    dyad_store *st = merge_store(p, sizeof p);
    char *text = NULL;
    assert_int_equal(query_lines(st, NULL, DYAD_FORMAT_GDELT, &text), 4);
    size_t lines = 0;
    for (char *line = text; *line; lines++) {
        char *nl = strchr(line, '\n');
        assert_non_null(nl);
        size_t tabs = 0;
        for (char *c = line; c < nl; c++)
            tabs += *c == '\t';
        assert_int_equal(tabs, 60); /* 61 columns */
        line = nl + 1;
    }
    assert_int_equal(lines, 4);
    /* SQLDATE, actor 1 code/country/type, counts, action geo */
    assert_non_null(strstr(text, "\t20240301\t202403\t2024\t"));
    assert_non_null(strstr(text, "\tRUSMIL\t"));
    assert_non_null(strstr(text, "\tRUS\t\t\t\t\tMIL\t"));
    assert_non_null(strstr(text, "\t3\t2\t3\t"));
    assert_non_null(strstr(text, "Kharkiv"));
    free(text);
    dyad_store_close(st);
}

static void test_stats(void **state)
{
    (void)state;
    char p[512];
    dyad_store *st = merge_store(p, sizeof p);
    dyad_stats_options so;
    memset(&so, 0, sizeof so);
    so.filter.actor = "RUS";
    so.by = DYAD_PERIOD_DAY;
    so.series = 1;
    so.top_dyads = 3;
    so.top_actors = 3;
    th_out o = {NULL, 0, 0};
    dyad_error err;
    assert_int_equal(dyad_store_stats(st, &so, DYAD_FORMAT_JSON, th_sink, &o,
                                      &err),
                     0);
    /* five days 03-01..03-05, the empty ones included */
    assert_non_null(strstr(o.data, "{\"key\":\"2024-03-01\",\"events\":2,"
                                   "\"quad_class\":[0,0,0,2]"));
    assert_non_null(strstr(o.data, "{\"key\":\"2024-03-03\",\"events\":0,"));
    assert_non_null(strstr(o.data, "{\"key\":\"2024-03-05\",\"events\":1,"));
    assert_non_null(strstr(o.data, "\"fatalities\":3"));
    assert_non_null(strstr(o.data, "\"top_dyads\":[{\"key\":\"RUSMIL > UKR\","
                                   "\"events\":3"));
    assert_non_null(strstr(o.data, "\"top_actors\":["));
    free(o.data);
    memset(&o, 0, sizeof o);
    so.by = DYAD_PERIOD_MONTH;
    so.top_dyads = so.top_actors = 0;
    assert_int_equal(dyad_store_stats(st, &so, DYAD_FORMAT_CSV, th_sink, &o,
                                      &err),
                     0);
    assert_non_null(strstr(o.data, "period,events,"));
    assert_non_null(strstr(o.data, "\n2024-03,3,0,0,0,3,-"));
    free(o.data);
    memset(&o, 0, sizeof o);
    so.by = DYAD_PERIOD_WEEK;
    assert_int_equal(dyad_store_stats(st, &so, DYAD_FORMAT_TABLE, th_sink, &o,
                                      &err),
                     0);
    assert_non_null(strstr(o.data, "2024-02-26")); /* the Monday */
    assert_non_null(strstr(o.data, "2024-03-04"));
    free(o.data);
    assert_int_equal(dyad_store_stats(st, &so, DYAD_FORMAT_GDELT, th_sink, &o,
                                      &err),
                     DYAD_EINVAL);
    dyad_store_close(st);
}

/* a bad filter value is DYAD_EINVAL naming it, before any SQL */
static void test_filter_checks(void **state)
{
    (void)state;
    static const struct {
        const char *field, *value, *named;
    } bad[] = {{"status", "bogus", "'bogus'"},
               {"status", "asserted,nope", "'nope'"},
               {"cameo", "abc", "'abc'"},
               {"cameo", "21", "'21'"},
               {"country", "UA", "'UA'"},
               {"plover", "NO-SUCH-TYPE", "'NO-SUCH-TYPE'"},
               {"actor", "RU S", "'RU S'"},
               {"from", "2024-02-31", "'2024-02-31'"}};
    dyad_error err;
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        dyad_query q = DYAD_QUERY_INIT;
        const char **f = !strcmp(bad[i].field, "status")    ? &q.status
                         : !strcmp(bad[i].field, "cameo")   ? &q.cameo
                         : !strcmp(bad[i].field, "country") ? &q.country
                         : !strcmp(bad[i].field, "plover")  ? &q.plover
                         : !strcmp(bad[i].field, "actor")   ? &q.actor
                                                            : &q.from;
        *f = bad[i].value;
        memset(&err, 0, sizeof err);
        assert_int_equal(dyad_query_check(&q, &err), DYAD_EINVAL);
        if (!strstr(err.message, bad[i].named))
            fail_msg("%s=%s: '%s' does not name it", bad[i].field,
                     bad[i].value, err.message);
    }
    dyad_query q = DYAD_QUERY_INIT;
    q.from = "2024-05-01";
    q.to = "2024-03";
    assert_int_equal(dyad_query_check(&q, &err), DYAD_EINVAL);
    assert_non_null(strstr(err.message, "'2024-05-01' is after to '2024-03'"));
    q.to = "2024-05";
    assert_int_equal(dyad_query_check(&q, &err), 0);
    q.has_bbox = 1;
    double box[4] = {30, 50, 31, 49}; /* south above north */
    memcpy(q.bbox, box, sizeof box);
    assert_int_equal(dyad_query_check(&q, &err), DYAD_EINVAL);
    dyad_query ok = DYAD_QUERY_INIT;
    ok.status = "all";
    ok.cameo = "19";
    ok.country = "ukr";
    ok.plover = "assault";
    assert_int_equal(dyad_query_check(&ok, &err), 0);
    assert_int_equal(dyad_query_check(NULL, &err), 0);
}

/* the status store: what happened, and what did not */
static const tdoc status_docs[] = {
    {"s1", "2024-03-01", "AP", "Russian forces shelled Kyiv."},
    {"s2", "2024-03-01", "AP",
     "The Kremlin denied that Russian forces shelled Kharkiv."},
    {"s3", "2024-03-02", "AFP", "Russian forces may shell Odesa."},
    {"s4", "2024-03-03", "Reuters", "Russia will attack Ukraine."},
    {"s5", "2024-03-04", "Reuters", "Russian forces shelled Kiev on Monday."},
    {"s6", NULL, "BBC", "Police arrested 40 protesters in Lagos."},
};

static dyad_store *status_store(char *path, size_t cap)
{
    return docs_store(path, cap, "status.db", status_docs,
                      sizeof status_docs / sizeof status_docs[0]);
}

/* denied, hypothetical, future (and embedded) events are out of default
 * outputs and figures, which say how many they leave out and why */
static void test_status_default(void **state)
{
    (void)state;
    char p[512];
    dyad_store *st = status_store(p, sizeof p);
    /* (the denial itself is the Kremlin's asserted 016) */
    assert_int_equal(sql_int(p, "SELECT count(*) FROM events"), 7);
    dyad_query q = DYAD_QUERY_INIT;
    assert_int_equal(query_lines(st, &q, DYAD_FORMAT_JSONL, NULL), 4);
    q.status = "all";
    assert_int_equal(query_lines(st, &q, DYAD_FORMAT_JSONL, NULL), 7);
    q.status = "denied,future";
    assert_int_equal(query_lines(st, &q, DYAD_FORMAT_JSONL, NULL), 2);
    /* the export says what it left out */
    th_out o = {NULL, 0, 0};
    dyad_omitted om;
    dyad_error err;
    assert_int_equal(dyad_store_export(st, NULL, DYAD_FORMAT_GDELT, th_sink,
                                       &o, &om, &err),
                     0);
    assert_int_equal(om.written, 4);
    assert_int_equal(om.count[DYAD_OMIT_DENIED], 1);
    assert_int_equal(om.count[DYAD_OMIT_HYPOTHETICAL], 1);
    assert_int_equal(om.count[DYAD_OMIT_FUTURE], 1);
    assert_string_equal(dyad_omit_name(DYAD_OMIT_DENIED), "denied");
    free(o.data);
    /* so do the statistics: totals first */
    dyad_stats_options so;
    memset(&so, 0, sizeof so);
    so.series = 1;
    so.by = DYAD_PERIOD_AUTO;
    memset(&o, 0, sizeof o);
    assert_int_equal(dyad_store_stats(st, &so, DYAD_FORMAT_JSON, th_sink, &o,
                                      &err),
                     0);
    const char *head = "{\"by\":\"day\",\"total\":{\"key\":\"all\","
                       "\"events\":4,";
    assert_int_equal(strncmp(o.data, head, strlen(head)), 0);
    assert_non_null(strstr(o.data, "\"denied\":1,\"hypothetical\":1,"
                                   "\"future\":1,\"negated\":0,\"embedded\":0,"
                                   "\"undated\":1,"));
    free(o.data);
    dyad_store_close(st);
}

/* --place by any name of the place (through the lexicon), --publisher,
 * --min-mentions, --bbox */
static void test_new_filters(void **state)
{
    (void)state;
    char p[512];
    dyad_store *st = status_store(p, sizeof p);
    dyad_place_ref refs[16];
    size_t n = dyad_lexicon_find_places(th_lexicon(), "Kiev", refs, 16);
    assert_true(n >= 1);
    dyad_query q = DYAD_QUERY_INIT;
    q.place = "Kiev";
    /* the name as written only: the report that wrote "Kiev" */
    assert_int_equal(query_lines(st, &q, DYAD_FORMAT_JSONL, NULL), 1);
    q.places = refs;
    q.place_count = n < 16 ? n : 16;
    assert_int_equal(query_lines(st, &q, DYAD_FORMAT_JSONL, NULL), 2);
    n = dyad_lexicon_find_places(th_lexicon(), "kyiv", refs, 16);
    q.place = "kyiv";
    q.place_count = n < 16 ? n : 16;
    assert_int_equal(query_lines(st, &q, DYAD_FORMAT_JSONL, NULL), 2);
    assert_int_equal(dyad_lexicon_find_places(th_lexicon(), "Nowhereville",
                                              refs, 16),
                     0);
    dyad_query f = DYAD_QUERY_INIT;
    f.publisher = "reuters";
    assert_int_equal(query_lines(st, &f, DYAD_FORMAT_JSONL, NULL), 1);
    f.publisher = NULL;
    f.status = "all";
    f.min_mentions = 2;
    assert_int_equal(query_lines(st, &f, DYAD_FORMAT_JSONL, NULL), 0);
    f.min_mentions = 0;
    f.has_bbox = 1;
    double kyiv[4] = {30.0, 50.0, 31.0, 51.0}, lagos[4] = {2.0, 6.0, 4.0, 7.0};
    memcpy(f.bbox, kyiv, sizeof kyiv);
    assert_int_equal(query_lines(st, &f, DYAD_FORMAT_JSONL, NULL), 2);
    memcpy(f.bbox, lagos, sizeof lagos);
    assert_int_equal(query_lines(st, &f, DYAD_FORMAT_JSONL, NULL), 1);
    double across[4] = {170.0, -10.0, -170.0, 10.0}; /* the antimeridian */
    memcpy(f.bbox, across, sizeof across);
    assert_int_equal(query_lines(st, &f, DYAD_FORMAT_JSONL, NULL), 0);
    dyad_store_close(st);
}

/* the period picked from the span, and years */
static void test_periods(void **state)
{
    (void)state;
    char p[512];
    dyad_store *st = merge_store(p, sizeof p);
    dyad_stats_options so;
    memset(&so, 0, sizeof so);
    so.series = 1;
    so.by = DYAD_PERIOD_YEAR;
    th_out o = {NULL, 0, 0};
    dyad_error err;
    assert_int_equal(dyad_store_stats(st, &so, DYAD_FORMAT_CSV, th_sink, &o,
                                      &err),
                     0);
    assert_non_null(strstr(o.data, "\nperiod,events,"));
    assert_non_null(strstr(o.data, "\n2024,4,1,0,0,3,"));
    free(o.data);
    dyad_store_close(st);
    assert_int_equal(dy_store_pick_period(0, 89), DYAD_PERIOD_DAY);
    assert_int_equal(dy_store_pick_period(0, 700), DYAD_PERIOD_WEEK);
    assert_int_equal(dy_store_pick_period(0, 3000), DYAD_PERIOD_MONTH);
    /* 1914 to 2016: years, not 1,226 months */
    assert_int_equal(dy_store_pick_period(-20276, 17014), DYAD_PERIOD_YEAR);
}

/* the reports of the selected events as GDELT's Mentions table; the
 * events with a point as GeoJSON; the typed and dated ones as ACLED */
static void test_export_formats(void **state)
{
    (void)state;
    char p[512];
    dyad_store *st = merge_store(p, sizeof p);
    char *text = NULL;
    const size_t men = (size_t)sql_int(p, "SELECT count(*) FROM mentions");
    assert_int_equal(query_lines(st, NULL, DYAD_FORMAT_GDELT_MENTIONS, &text),
                     men);
    for (char *line = text; *line;) {
        char *nl = strchr(line, '\n');
        size_t tabs = 0;
        for (char *c = line; c < nl; c++)
            tabs += *c == '\t';
        assert_int_equal(tabs, 15); /* 16 columns */
        line = nl + 1;
    }
    free(text);
    dyad_query q = DYAD_QUERY_INIT;
    q.limit = 1;
    assert_int_equal(query_lines(st, &q, DYAD_FORMAT_GDELT_MENTIONS, NULL), 3);
    query_lines(st, NULL, DYAD_FORMAT_GEOJSON, &text);
    json_error_t je;
    json_t *j = json_loads(text, 0, &je);
    if (!j)
        fail_msg("GeoJSON: %s", je.text);
    assert_string_equal(json_string_value(json_object_get(j, "type")),
                        "FeatureCollection");
    assert_true(json_array_size(json_object_get(j, "features")) >= 3);
    json_decref(j);
    free(text);
    /* a store without a point still writes a valid collection */
    q.actor = "ZZZ";
    q.limit = 0;
    query_lines(st, &q, DYAD_FORMAT_GEOJSON, &text);
    assert_string_equal(text, "{\"type\":\"FeatureCollection\",\"features\":"
                              "[\n]}\n");
    free(text);
    /* ACLED: the shellings, not the meeting */
    assert_int_equal(query_lines(st, NULL, DYAD_FORMAT_ACLED, &text), 4);
    assert_non_null(strstr(text, ",Explosions/Remote violence,Shelling/"
                                 "artillery/missile attack,"));
    assert_null(strstr(text, ",040,"));
    free(text);
    dyad_store_close(st);
}

/* ------------------------------------------- the GDELT 2.0 codebook */

/* What a column of the GDELT 2.0 event table holds, after the GDELT 2.0
 * Event Database codebook's column definitions (V2.0), and where dyad
 * differs, as docs/store.md says. */
typedef enum col_kind {
    G_ID,       /* GLOBALEVENTID: a positive integer */
    G_DAY,      /* Day: YYYYMMDD */
    G_MONTH,    /* MonthYear: YYYYMM */
    G_YEAR,     /* Year: YYYY */
    G_FRAC,     /* FractionDate: YYYY.FFFF, within its year */
    G_ACODE,    /* ActorCode: the raw CAMEO code, 3-letter blocks */
    G_NAME,     /* free text without tabs */
    G_COUNTRY,  /* ActorCountryCode: a CAMEO country code, never a role */
    G_GROUP,    /* KnownGroupCode: a CAMEO code of 3 letters */
    G_ETHNIC,   /* EthnicCode: a three-letter group code, no type or country */
    G_RELIGION, /* Religion1/2Code: a CAMEO religion code */
    G_TYPE,     /* Type1-3Code: a CAMEO type or role code */
    G_BOOL,     /* IsRootEvent: 0 or 1 */
    G_EVENT,    /* EventCode: a CAMEO event code, 2-4 digits */
    G_BASE,     /* EventBaseCode: its first three digits */
    G_ROOT,     /* EventRootCode: its first two, 01-20 */
    G_QUAD,     /* QuadClass: 1-4 */
    G_GOLD,     /* GoldsteinScale: -10 to +10 */
    G_COUNT,    /* NumMentions/Sources/Articles: at least 1 */
    G_TONE,     /* AvgTone: -100 to +100; dyad measures none: empty */
    G_GEOTYPE,  /* Geo_Type: 0 none, 1 country, 2 US state, 3 US city,
                   4 world city, 5 world state */
    G_GEONAME,  /* Geo_FullName */
    G_GEOCC,    /* Geo_CountryCode: FIPS 10-4 in GDELT, ISO3 in dyad */
    G_ADM,      /* Geo_ADM1Code/ADM2Code: dyad has names, not codes */
    G_LAT,      /* Geo_Lat: -90 to 90 */
    G_LON,      /* Geo_Long: -180 to 180 */
    G_FEATURE,  /* Geo_FeatureID: GeoNames id in dyad */
    G_ADDED,    /* DATEADDED: YYYYMMDDHHMMSS */
    G_URL       /* SOURCEURL: the URL, else the document id */
} col_kind;

static const struct {
    const char *name;
    col_kind kind;
} codebook[61] = {
    {"GLOBALEVENTID", G_ID},          {"Day", G_DAY},
    {"MonthYear", G_MONTH},           {"Year", G_YEAR},
    {"FractionDate", G_FRAC},         {"Actor1Code", G_ACODE},
    {"Actor1Name", G_NAME},           {"Actor1CountryCode", G_COUNTRY},
    {"Actor1KnownGroupCode", G_GROUP}, {"Actor1EthnicCode", G_ETHNIC},
    {"Actor1Religion1Code", G_RELIGION}, {"Actor1Religion2Code", G_RELIGION},
    {"Actor1Type1Code", G_TYPE},      {"Actor1Type2Code", G_TYPE},
    {"Actor1Type3Code", G_TYPE},      {"Actor2Code", G_ACODE},
    {"Actor2Name", G_NAME},           {"Actor2CountryCode", G_COUNTRY},
    {"Actor2KnownGroupCode", G_GROUP}, {"Actor2EthnicCode", G_ETHNIC},
    {"Actor2Religion1Code", G_RELIGION}, {"Actor2Religion2Code", G_RELIGION},
    {"Actor2Type1Code", G_TYPE},      {"Actor2Type2Code", G_TYPE},
    {"Actor2Type3Code", G_TYPE},      {"IsRootEvent", G_BOOL},
    {"EventCode", G_EVENT},           {"EventBaseCode", G_BASE},
    {"EventRootCode", G_ROOT},        {"QuadClass", G_QUAD},
    {"GoldsteinScale", G_GOLD},       {"NumMentions", G_COUNT},
    {"NumSources", G_COUNT},          {"NumArticles", G_COUNT},
    {"AvgTone", G_TONE},              {"Actor1Geo_Type", G_GEOTYPE},
    {"Actor1Geo_FullName", G_GEONAME}, {"Actor1Geo_CountryCode", G_GEOCC},
    {"Actor1Geo_ADM1Code", G_ADM},    {"Actor1Geo_ADM2Code", G_ADM},
    {"Actor1Geo_Lat", G_LAT},         {"Actor1Geo_Long", G_LON},
    {"Actor1Geo_FeatureID", G_FEATURE}, {"Actor2Geo_Type", G_GEOTYPE},
    {"Actor2Geo_FullName", G_GEONAME}, {"Actor2Geo_CountryCode", G_GEOCC},
    {"Actor2Geo_ADM1Code", G_ADM},    {"Actor2Geo_ADM2Code", G_ADM},
    {"Actor2Geo_Lat", G_LAT},         {"Actor2Geo_Long", G_LON},
    {"Actor2Geo_FeatureID", G_FEATURE}, {"ActionGeo_Type", G_GEOTYPE},
    {"ActionGeo_FullName", G_GEONAME}, {"ActionGeo_CountryCode", G_GEOCC},
    {"ActionGeo_ADM1Code", G_ADM},    {"ActionGeo_ADM2Code", G_ADM},
    {"ActionGeo_Lat", G_LAT},         {"ActionGeo_Long", G_LON},
    {"ActionGeo_FeatureID", G_FEATURE}, {"DATEADDED", G_ADDED},
    {"SOURCEURL", G_URL}};

/* CAMEO's role and sector types and religions (the actor codebook) */
static const char cameo_types[] =
    "AGR BUS COP CRM CVL DEV EDU ELI ENV GOV HLH HRI INS JUD LAB LEG MED MIL "
    "MOD OPP PTY RAD REB REF REL SEP SET SPY UAF IGO IMG INT MNC NGM NGO UIS ";
static const char cameo_religions[] =
    "ADR ALE ATH BAH BUD CHR CON CPT CTH DOX DRZ HIN HSD ITR JAN JEW JHW LDS "
    "MOS MRN NRM PAG PRO SFI SHI SHN SIK SUN TAO UDX ZRO ";

static int all_of(const char *s, size_t n, const char *set)
{
    for (size_t i = 0; i < n; i++)
        if (!strchr(set, s[i]))
            return 0;
    return 1;
}

static int is_int(const char *s, size_t n, size_t digits, long lo, long hi)
{
    if (!n || (digits && n != digits) ||
        !all_of(s + (s[0] == '-'), n - (s[0] == '-'), "0123456789"))
        return 0;
    char buf[32];
    snprintf(buf, sizeof buf, "%.*s", (int)n, s);
    long long v = strtoll(buf, NULL, 10);
    return v >= lo && v <= hi;
}

static int is_real(const char *s, size_t n, double lo, double hi)
{
    char buf[64], *end;
    if (!n || n >= sizeof buf)
        return 0;
    snprintf(buf, sizeof buf, "%.*s", (int)n, s);
    double v = strtod(buf, &end);
    return *end == '\0' && v >= lo && v <= hi;
}

/* a 3-letter code of the set (or any upper-case code when set is NULL) */
static int is_code3(const char *s, size_t n, const char *set)
{
    if (n != 3 || !all_of(s, 3, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"))
        return 0;
    char c[4] = {s[0], s[1], s[2], 0};
    return !set || strstr(set, c) != NULL;
}

/* checks column k (0-based) of a line: its type and range; "" is allowed
 * where GDELT or dyad leaves a value out (no date, no target, no place,
 * no store counts for a coded event, no tone, no codes of divisions) */
static int column_ok(int k, const char *s, size_t n)
{
    col_kind t = codebook[k].kind;
    if (!n)
        return t != G_BOOL && t != G_EVENT && t != G_BASE && t != G_ROOT &&
               t != G_QUAD && t != G_GOLD && t != G_GEOTYPE && t != G_URL &&
               !(t == G_ACODE && k == 5);
    switch (t) {
    case G_ID: return is_int(s, n, 0, 1, 999999999999L);
    case G_DAY: return is_int(s, n, 8, 10000101, 99991231);
    case G_MONTH: return is_int(s, n, 6, 100001, 999912);
    case G_YEAR: return is_int(s, n, 4, 1000, 9999);
    case G_FRAC: return is_real(s, n, 1000, 10000) && n == 9 && s[4] == '.';
    case G_ACODE:
        return n % 3 == 0 && all_of(s, n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
    case G_NAME: case G_GEONAME: case G_URL: return !memchr(s, '\t', n);
    case G_COUNTRY:
        return is_code3(s, n, NULL) && !is_code3(s, n, cameo_types) &&
               !is_code3(s, n, cameo_religions) && memcmp(s, "XXX", 3);
    case G_GROUP: return is_code3(s, n, NULL) && !is_code3(s, n, cameo_types);
    case G_ETHNIC:
        return is_code3(s, n, NULL) && !is_code3(s, n, cameo_types) &&
               !is_code3(s, n, cameo_religions);
    case G_RELIGION: return is_code3(s, n, cameo_religions);
    case G_TYPE: return is_code3(s, n, cameo_types);
    case G_BOOL: return n == 1 && (s[0] == '0' || s[0] == '1');
    case G_EVENT: return n >= 2 && n <= 4 && all_of(s, n, "0123456789");
    case G_BASE: return n >= 2 && n <= 3 && all_of(s, n, "0123456789");
    case G_ROOT: return is_int(s, n, 2, 1, 20);
    case G_QUAD: return is_int(s, n, 1, 1, 4);
    case G_GOLD: return is_real(s, n, -10, 10);
    case G_COUNT: return is_int(s, n, 0, 1, 999999999);
    case G_TONE: return is_real(s, n, -100, 100);
    case G_GEOTYPE: return is_int(s, n, 1, 0, 5);
    case G_GEOCC: return is_code3(s, n, NULL); /* ISO3 (docs/store.md) */
    case G_LAT: return is_real(s, n, -90, 90);
    case G_LON: return is_real(s, n, -180, 180);
    case G_FEATURE: return is_int(s, n, 0, 1, 999999999);
    case G_ADDED: return is_int(s, n, 14, 0, 99991231235959L) ||
                         (n == 14 && all_of(s, n, "0123456789"));
    default: return 0;
    }
}

/* Checks one line against the codebook: 61 columns, each of its type
 * and range; the date columns agree and FractionDate stays in its year;
 * a geography block of type 0 is empty. Fails naming the column. */
static void check_gdelt_line(const char *line, size_t len)
{
    const char *f[61];
    size_t fl[61];
    int nf = 0;
    size_t start = 0;
    for (size_t i = 0; i <= len && nf < 62; i++)
        if (i == len || line[i] == '\t') {
            if (nf < 61) {
                f[nf] = line + start;
                fl[nf] = i - start;
            }
            nf++;
            start = i + 1;
        }
    if (nf != 61)
        fail_msg("%d columns, not 61: %.*s", nf, (int)len, line);
    for (int k = 0; k < 61; k++)
        if (!column_ok(k, f[k], fl[k]))
            fail_msg("column %d %s: '%.*s' is not what the codebook says: "
                     "%.*s",
                     k + 1, codebook[k].name, (int)fl[k], f[k], (int)len,
                     line);
    if (fl[1] && (memcmp(f[1], f[2], 6) || memcmp(f[1], f[3], 4) ||
                  memcmp(f[1], f[4], 4)))
        fail_msg("Day, MonthYear, Year and FractionDate disagree: %.*s",
                 (int)len, line);
    for (int g = 35; g <= 51; g += 8)
        if (fl[g] == 1 && f[g][0] == '0')
            for (int k = g + 1; k < g + 8; k++)
                if (fl[k])
                    fail_msg("%s is 0 but %s is set: %.*s", codebook[g].name,
                             codebook[k].name, (int)len, line);
}

/* the store's GDELT export, every line checked; returns the lines */
static size_t check_gdelt_export(dyad_store *st, const dyad_query *q)
{
    char *text = NULL;
    size_t n = query_lines(st, q, DYAD_FORMAT_GDELT, &text);
    for (char *line = text; *line;) {
        char *nl = strchr(line, '\n');
        check_gdelt_line(line, (size_t)(nl - line));
        line = nl + 1;
    }
    free(text);
    return n;
}

/* every coded event of the shared corpus (when it is there) into st */
static size_t add_corpus(dyad_store *st)
{
    const char *shared = getenv("DYAD_SHARED_DIR");
    char path[1024];
    snprintf(path, sizeof path, "%s/corpus/news.jsonl",
             shared ? shared : "../shared");
    dyad_reader *rd = NULL;
    dyad_coder *c = NULL;
    dyad_error err;
    size_t docs = 0;
    if (dyad_reader_open(&rd, path, NULL, &err))
        return 0;
    assert_int_equal(dyad_coder_new(&c, th_lexicon(), NULL, &err), 0);
    assert_int_equal(dyad_store_begin(st, &err), 0);
    dyad_doc d;
    int rc;
    while ((rc = dyad_reader_next(rd, &d, &err)) != 0)
        if (rc > 0) {
            store_doc(st, c, &d);
            docs++;
        }
    assert_int_equal(dyad_store_commit(st, &err), 0);
    dyad_reader_close(rd);
    dyad_coder_free(c);
    return docs;
}

/* Every column of the GDELT export against the codebook's definitions,
 * on the merge and status stores and on the shared corpus (every
 * status): no country column holds a role, no FractionDate leaves its
 * year. */
static void test_gdelt_codebook(void **state)
{
    (void)state;
    char p[512];
    dyad_store *st = status_store(p, sizeof p);
    add_docs(st, merge_docs, sizeof merge_docs / sizeof merge_docs[0]);
    tdoc more[] = {{"g1", "2024-12-31", NULL,
                    "Rebels attacked the village, killing 4 civilians."},
                   {"g2", "2023-12-31", NULL,
                    "The United Nations condemned Hamas militants."}};
    add_docs(st, more, 2);
    size_t docs = add_corpus(st);
    dyad_query q = DYAD_QUERY_INIT;
    q.status = "all";
    size_t lines = check_gdelt_export(st, &q);
    print_message("%zu GDELT rows (%zu corpus documents) checked against the "
                  "codebook\n",
                  lines, docs);
    assert_true(lines > 10);
    dyad_store_close(st);
}

static void test_null_args(void **state)
{
    (void)state;
    dyad_error err;
    int found;
    dyad_store_counts c;
    assert_int_equal(dyad_store_contains(NULL, NULL, NULL, &err), DYAD_EINVAL);
    assert_int_equal(dyad_store_contains(&found, NULL, NULL, &err),
                     DYAD_EINVAL);
    assert_int_equal(dyad_store_is_empty(&found, NULL, &err), DYAD_EINVAL);
    assert_int_equal(dyad_store_is_empty(NULL, NULL, &err), DYAD_EINVAL);
    assert_int_equal(dyad_store_begin(NULL, &err), DYAD_EINVAL);
    assert_int_equal(dyad_store_commit(NULL, &err), DYAD_EINVAL);
    assert_int_equal(dyad_store_get_counts(&c, NULL, &err), DYAD_EINVAL);
    assert_int_equal(dyad_store_query(NULL, NULL, DYAD_FORMAT_CSV, th_sink,
                                      NULL, &err),
                     DYAD_EINVAL);
    assert_int_equal(dyad_store_stats(NULL, NULL, DYAD_FORMAT_CSV, th_sink,
                                      NULL, &err),
                     DYAD_EINVAL);
}

/* ------------------------------------------------ plans at scale */

/* the SQL of the statements a connection runs (SQLITE_TRACE_STMT), for
 * their plans */
typedef struct stmt_log {
    char *sql[64];
    int n;
} stmt_log;

static int log_stmt(unsigned type, void *ctx, void *p, void *x)
{
    (void)x;
    stmt_log *l = ctx;
    const char *sql = sqlite3_sql(p);
    /* (one event's reports, sorted by id, are not the events of a
     * query: as many as the event has, whatever the store's size) */
    if (type == SQLITE_TRACE_STMT && sql && l->n < 64 &&
        !strncmp(sql, "SELECT", 6) && !strstr(sql, "m.event_id=?"))
        l->sql[l->n++] = strdup(sql);
    return 0;
}

/* fails naming the statement when its plan sorts its rows for an ORDER
 * BY: the order must come off an index */
static void assert_ordered_by_index(sqlite3 *db, const char *sql)
{
    size_t n = strlen(sql) + 32;
    char *eqp = malloc(n);
    assert_non_null(eqp);
    snprintf(eqp, n, "EXPLAIN QUERY PLAN %s", sql);
    sqlite3_stmt *s = NULL;
    assert_int_equal(sqlite3_prepare_v2(db, eqp, -1, &s, NULL), SQLITE_OK);
    while (sqlite3_step(s) == SQLITE_ROW) {
        const char *detail = (const char *)sqlite3_column_text(s, 3);
        if (detail && strstr(detail, "USE TEMP B-TREE FOR ORDER BY"))
            fail_msg("sorts its rows: %s", sql);
    }
    sqlite3_finalize(s);
    free(eqp);
}

/* Runs one query (export in fmt, or the serve page when page is set) and
 * checks the plan of every statement it ran. */
static void check_plans(dyad_store *st, const dyad_query *q,
                        dyad_format fmt, int page)
{
    stmt_log l;
    memset(&l, 0, sizeof l);
    sqlite3_trace_v2(st->db, SQLITE_TRACE_STMT, log_stmt, &l);
    th_out o = {NULL, 0, 0};
    dyad_error err;
    if (page)
        assert_int_equal(dyad_store_events_page(st, q, NULL, th_sink, &o,
                                                &err),
                         0);
    else
        assert_int_equal(dyad_store_export(st, q, fmt, th_sink, &o, NULL,
                                           &err),
                         0);
    sqlite3_trace_v2(st->db, 0, NULL, NULL);
    assert_true(l.n > 0);
    for (int i = 0; i < l.n; i++) {
        /* a serve page picks its ids in order, then reads and sorts
         * those rows alone (browse.c, page_stmt): its inner select */
        char *in = strstr(l.sql[i], "JOIN (SELECT e.id AS page_id");
        char *end = in ? strstr(in, ") page ON") : NULL;
        if (end) {
            *end = '\0';
            in += strlen("JOIN (");
        }
        assert_ordered_by_index(st->db, end ? in : l.sql[i]);
        free(l.sql[i]);
    }
    free(o.data);
}

/* The main shapes of `dyad query`, `export` and the serve pages read
 * their rows in order off an index (docs/store.md, "At scale"): no
 * filter, a date range, a CAMEO root or code, a country, a QuadClass, a
 * PLOVER type, a status; none sorts the matching events (which grows
 * with the store, not with the answer). */
static void test_plans_ordered(void **state)
{
    (void)state;
    char p[512];
    dyad_store *st = merge_store(p, sizeof p);
    /* (GDELT's Mentions table sorts the reports of the events it has
     * selected in order: the answer's rows, not the store's; GDELT's
     * events, by id, are read in order without a filter, and a filter's
     * matches are sorted by id: docs/store.md, "At scale") */
    static const dyad_format fmts[] = {DYAD_FORMAT_TABLE, DYAD_FORMAT_JSONL,
                                       DYAD_FORMAT_GDELT};
    for (int shape = 0; shape < 9; shape++) {
        dyad_query q = DYAD_QUERY_INIT;
        q.limit = 10;
        switch (shape) {
        case 1: q.from = "2024-03-02"; q.to = "2024-03-05"; break;
        case 2: q.cameo = "19"; break;
        case 3: q.cameo = "190"; break;
        case 4: q.country = "UKR"; break;
        case 5: q.quad_class = 4; break;
        case 6: q.plover = "ASSAULT"; break;
        case 7: q.status = "all"; break;
        case 8: q.limit = 0; break;
        default: break;
        }
        for (size_t f = 0; f < sizeof fmts / sizeof fmts[0]; f++)
            if (fmts[f] != DYAD_FORMAT_GDELT || shape == 0 || shape >= 7)
                check_plans(st, &q, fmts[f], 0);
        check_plans(st, &q, DYAD_FORMAT_JSONL, 1);
    }
    dyad_store_close(st);
}

/* A series longer than its limit is an error naming the span and the
 * limit, never cut short; raised, it is whole. */
static void test_periods_limit(void **state)
{
    (void)state;
    char p[512];
    dyad_store *st = merge_store(p, sizeof p);
    dyad_stats_options so;
    memset(&so, 0, sizeof so);
    so.series = 1;
    so.by = DYAD_PERIOD_DAY; /* 2024-03-01 .. 2024-03-05: five days */
    so.max_periods = 4;
    th_out o = {NULL, 0, 0};
    dyad_error err;
    memset(&err, 0, sizeof err);
    assert_int_equal(dyad_store_stats(st, &so, DYAD_FORMAT_CSV, th_sink, &o,
                                      &err),
                     DYAD_ELIMIT);
    assert_non_null(strstr(err.message, "from 2024-03-01 to 2024-03-05 "
                                        "span more than 4 days"));
    assert_non_null(strstr(err.message, "--max-periods"));
    free(o.data);
    memset(&o, 0, sizeof o);
    so.max_periods = 5;
    assert_int_equal(dyad_store_stats(st, &so, DYAD_FORMAT_CSV, th_sink, &o,
                                      &err),
                     0);
    assert_non_null(strstr(o.data, "\n2024-03-05,"));
    free(o.data);
    memset(&o, 0, sizeof o);
    so.max_periods = DYAD_STATS_PERIODS_LIMIT + 1;
    assert_int_equal(dyad_store_stats(st, &so, DYAD_FORMAT_CSV, th_sink, &o,
                                      &err),
                     DYAD_EINVAL);
    free(o.data);
    dyad_store_close(st);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_query_filters),
        cmocka_unit_test(test_formats),
        cmocka_unit_test(test_export_gdelt),
        cmocka_unit_test(test_stats),
        cmocka_unit_test(test_filter_checks),
        cmocka_unit_test(test_status_default),
        cmocka_unit_test(test_new_filters),
        cmocka_unit_test(test_periods),
        cmocka_unit_test(test_export_formats),
        cmocka_unit_test(test_gdelt_codebook),
        cmocka_unit_test(test_null_args),
        cmocka_unit_test(test_plans_ordered),
        cmocka_unit_test(test_periods_limit),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
