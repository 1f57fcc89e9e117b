/*
 * test_query.c - events out of the SQLite store (src/store/query.c and
 * stats.c): every query filter, strict dates, every format for stored
 * reports and stored events (the JSONL shape of a stored event), the GDELT
 * export's columns, statistics, and NULL arguments.
 */
#define _POSIX_C_SOURCE 200809L /* mkdtemp */
#include "store_fixture.h"

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
    char *plover = NULL;
    query_lines(st, &q, DYAD_FORMAT_JSONL, &plover);
    assert_non_null(strstr(plover, "\"num_mentions\":3"));
    assert_non_null(strstr(plover, "\"mentions\":[{\"doc_id\":\"a1\""));
    free(plover);
    {
        dyad_query f = DYAD_QUERY_INIT;
        f.plover = "assault";
        size_t n = query_lines(st, &f, DYAD_FORMAT_JSONL, NULL);
        f.plover = "NO-SUCH-TYPE";
        assert_int_equal(query_lines(st, &f, DYAD_FORMAT_JSONL, NULL), 0);
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
        /* show's TSV has no header line */
        size_t lines = count_lines(o.data);
        assert_int_equal(lines, reports + (fmts[i].fmt == DYAD_FORMAT_TSV
                                               ? 0
                                               : fmts[i].header));
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

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_query_filters),
        cmocka_unit_test(test_formats),
        cmocka_unit_test(test_export_gdelt),
        cmocka_unit_test(test_stats),
        cmocka_unit_test(test_null_args),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
