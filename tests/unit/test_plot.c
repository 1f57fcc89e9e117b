/*
 * test_plot.c - charts of a store (src/plot/plot.c, libdyad_tools): a
 * timeline as PNG and the top dyads as SVG from the merge corpus, nothing
 * to plot, a file that cannot be written (named, with the reason), a name
 * that is neither .png nor .svg, the period picked from the span, NULL
 * arguments.
 */
#define _POSIX_C_SOURCE 200809L /* mkdtemp */
#include "store_fixture.h"

#include "dyad_tools.h"

#if defined(__SANITIZE_ADDRESS__)
/* fontconfig (under cairo's text calls) keeps process-wide caches that
 * only FcFini frees, and a library must not call FcFini (other code in the
 * process may use fontconfig): tell LeakSanitizer they are not leaks. */
const char *__lsan_default_suppressions(void);
const char *__lsan_default_suppressions(void)
{
    return "leak:libfontconfig\n";
}
#endif

static void check_file(const char *path, const char *magic, size_t mlen)
{
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    char buf[4096];
    size_t n = fread(buf, 1, sizeof buf, f);
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fclose(f);
    assert_true(size > 5000);
    assert_true(n >= mlen);
    if (magic[0] == '<') {
        buf[n < sizeof buf ? n : sizeof buf - 1] = '\0';
        assert_non_null(strstr(buf, magic));
    } else
        assert_memory_equal(buf, magic, mlen);
}

static void test_plot(void **state)
{
    (void)state;
    char p[512], png[512], svg[512];
    dyad_store *st = merge_store(p, sizeof p);
    tmp_path(png, sizeof png, "timeline.png");
    tmp_path(svg, sizeof svg, "dyads.svg");
    dyad_plot_options po;
    memset(&po, 0, sizeof po);
    po.kind = DYAD_PLOT_TIMELINE;
    po.filter.dyad_source = "RUS";
    po.filter.dyad_target = "UKR";
    po.by = DYAD_PERIOD_DAY;
    dyad_error err;
    memset(&err, 0, sizeof err);
    if (dyad_store_plot(st, &po, png, &err))
        fail_msg("plot: %s", err.message);
    check_file(png, "\x89PNG\r\n\x1a\n", 8);
    po.kind = DYAD_PLOT_TOP_DYADS;
    po.top = 5;
    if (dyad_store_plot(st, &po, svg, &err))
        fail_msg("plot: %s", err.message);
    check_file(svg, "<svg", 4);
    /* nothing to plot */
    po.filter.dyad_source = "USA";
    assert_int_equal(dyad_store_plot(st, &po, png, &err), DYAD_EINPUT);
    /* cannot write: the path and the reason */
    po.filter.dyad_source = "RUS";
    assert_int_equal(dyad_store_plot(st, &po, "/nonexistent/dir/x.png", &err),
                     DYAD_EIO);
    assert_string_equal(err.file, "/nonexistent/dir/x.png");
    assert_non_null(strstr(err.message, "No such file or directory"));
    /* a chart is PNG or SVG: another name is refused, nothing written */
    char jpg[512];
    tmp_path(jpg, sizeof jpg, "chart.jpg");
    assert_int_equal(dyad_store_plot(st, &po, jpg, &err), DYAD_EINVAL);
    assert_non_null(strstr(err.message, ".png or .svg"));
    assert_int_not_equal(access(jpg, F_OK), 0);
    /* the period picked from the span (four days: by day) */
    po.kind = DYAD_PLOT_TIMELINE;
    po.by = DYAD_PERIOD_AUTO;
    if (dyad_store_plot(st, &po, png, &err))
        fail_msg("plot: %s", err.message);
    check_file(png, "\x89PNG\r\n\x1a\n", 8);
    dyad_store_close(st);
    assert_int_equal(dyad_store_plot(NULL, NULL, NULL, &err), DYAD_EINVAL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_plot),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
