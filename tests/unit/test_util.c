/*
 * test_util.c - the domain-free helpers of src/util/: the one strict date
 * parser every stage uses (document dates, dated lexicon entries, store
 * filters) and the day numbers behind the store's periods.
 */
#include "helpers.h"

#include "util/util.h"

#include <utf8proc.h>

static int parses(const char *s, int32_t *ymd)
{
    return dy_date_parse(s, strlen(s), ymd) == 0;
}

static void test_date_parse_days(void **state)
{
    (void)state;
    int32_t ymd = 0;
    assert_true(parses("2024-02-29", &ymd));
    assert_int_equal(ymd, 20240229);
    assert_true(parses("2000-02-29", &ymd));
    assert_int_equal(ymd, 20000229);
    assert_true(parses("1914-06-28", &ymd));
    assert_int_equal(ymd, 19140628);
    assert_true(parses("9999-12-31", &ymd));
    assert_true(parses("1000-01-01", &ymd));
    assert_int_equal(ymd, 10000101);
    assert_true(parses("2023-01-31", NULL)); /* the value is optional */
    /* every month's last day, and the day after it */
    static const char *const last[12] = {
        "2023-01-31", "2023-02-28", "2023-03-31", "2023-04-30",
        "2023-05-31", "2023-06-30", "2023-07-31", "2023-08-31",
        "2023-09-30", "2023-10-31", "2023-11-30", "2023-12-31"};
    for (int m = 0; m < 12; m++) {
        char next[32];
        assert_true(parses(last[m], NULL));
        snprintf(next, sizeof next, "2023-%02d-%02d", m + 1,
                 (int)strtol(last[m] + 8, NULL, 10) + 1);
        assert_false(parses(next, NULL));
    }
}

static void test_date_parse_refuses(void **state)
{
    (void)state;
    static const char *const bad[] = {
        "2023-02-31", "2023-02-29", "1900-02-29", "2024-13-01",
        "2024-00-10", "2024-01-00", "2024-04-31", "0999-12-31",
        "2024-1-05",  "2024-01-5",  "24-01-05",   "2024/01/05",
        "2024-01-05 ", " 2024-01-05", "2024-01-05T00:00Z", "2024-01",
        "20240105",   "NA",         "",           "+024-01-05",
        "2024-0a-05", "2024--1-05", "２０２４-01-05"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        int32_t ymd = 4242;
        if (parses(bad[i], &ymd))
            fail_msg("'%s' parsed as %d", bad[i], (int)ymd);
        assert_int_equal(ymd, 4242); /* left alone */
    }
    /* the length is the caller's: a longer buffer is cut, not read on */
    assert_int_equal(dy_date_parse("2024-01-05xyz", 10, NULL), 0);
    assert_int_equal(dy_date_parse("2024-01-0", 9, NULL), -1);
    assert_int_equal(dy_date_parse(NULL, 10, NULL), -1);
}

static void test_days(void **state)
{
    (void)state;
    assert_int_equal(dy_days_from_civil(1970, 1, 1), 0);
    assert_int_equal(dy_days_from_civil(2024, 3, 1) -
                         dy_days_from_civil(2024, 2, 28),
                     2);
    for (long z = -800000; z <= 800000; z += 997) {
        long y, m, d;
        dy_civil_from_days(z, &y, &m, &d);
        assert_int_equal(dy_days_from_civil(y, m, d), z);
    }
}

/* dates as sources write them: the day, and the time and zone kept */
static void test_date_read(void **state)
{
    (void)state;
    static const struct {
        const char *in, *day, *iso;
    } ok[] = {
        {"2024-11-19", "2024-11-19", ""},
        {"2024-11-19T10:00:00Z", "2024-11-19", "2024-11-19T10:00:00Z"},
        {"2024-11-19T10:00:00.250+01:00", "2024-11-19",
         "2024-11-19T10:00:00+01:00"},
        {"2024-11-19 23:30", "2024-11-19", "2024-11-19T23:30:00"},
        {"2024-11-19T10:00:00-0500", "2024-11-19", "2024-11-19T10:00:00-05:00"},
        {"Tue, 19 Nov 2024 10:00:00 GMT", "2024-11-19",
         "2024-11-19T10:00:00Z"},
        {"Tue, 19 Nov 2024 10:00:00 +0530", "2024-11-19",
         "2024-11-19T10:00:00+05:30"},
        {"19 Nov 2024 10:00 EST", "2024-11-19", "2024-11-19T10:00:00-05:00"},
        {"20241119", "2024-11-19", ""},
        {"19 November 2024", "2024-11-19", ""},
        {"November 19, 2024", "2024-11-19", ""},
        {"Sept. 3, 2024", "2024-09-03", ""},
        {"Saturday, 14 May 2016 16:57", "2016-05-14", "2016-05-14T16:57:00"},
        {" 2024-02-29 ", "2024-02-29", ""},
    };
    for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) {
        char day[11], iso[DYAD_DATETIME_MAX];
        if (dyad_date_read(ok[i].in, day, iso, sizeof iso))
            fail_msg("refused: %s", ok[i].in);
        assert_string_equal(day, ok[i].day);
        assert_string_equal(iso, ok[i].iso);
    }
    /* a short buffer gets the date-time cut as snprintf cuts it */
    char day[11], cut[12];
    assert_int_equal(dyad_date_read("2024-11-19T10:00:00-09:30", day, cut,
                                    sizeof cut), 0);
    assert_string_equal(cut, "2024-11-19T");
    char one[1] = {'x'};
    assert_int_equal(dyad_date_read("2024-11-19T10:00", day, one, 1), 0);
    assert_int_equal(one[0], '\0');
    static const char *const bad[] = {
        "NA", "", "2023-02-29", "20241319", "2024-11-19T25:00", "19 Nov",
        "Nov 2024", "19 Novembre 2024", "2024-11-19 garbage",
        "Tue, 19 Nov 2024 10:00:00 XYZ", "2024-11-19T10:00+15:00", "0999-01-01",
        "2024/11/19"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        char day[11];
        if (dyad_date_read(bad[i], day, NULL, 0) != DYAD_EDATE)
            fail_msg("read: %s", bad[i]);
    }
}

/* dy_date_ymd writes what snprintf "%04d-%02d-%02d" writes */
static void test_date_ymd(void **state)
{
    (void)state;
    static const int32_t v[] = {20240229, 10000101, 9991231, 101,   0,
                                99991231, 100000101, 214748364, -20240101};
    for (size_t i = 0; i < sizeof v / sizeof v[0]; i++) {
        char want[16], got[16];
        snprintf(want, sizeof want, "%04d-%02d-%02d", (int)(v[i] / 10000),
                 (int)(v[i] / 100 % 100), (int)(v[i] % 100));
        dy_date_ymd(v[i], got);
        assert_string_equal(got, want);
    }
}

/* dy_str_int writes what snprintf "%lld" writes, cut where it cuts */
/* dy_utf8_check at every length across its 64-, 16- and 8-byte steps: a
 * text whose end falls at a step's end is whole (the byte after it, its
 * terminator, is not read as a NUL inside it), and a NUL, a byte that is
 * no UTF-8 or a character cut at the end is found where it lies */
static void test_utf8_check_steps(void **state)
{
    (void)state;
    char buf[300];
    int nul = -1;
    for (size_t n = 0; n <= 260; n++) {
        memset(buf, 'a', sizeof buf);
        buf[n] = '\0';
        assert_int_equal(dy_utf8_check(buf, n, &nul), (size_t)-1);
        assert_int_equal(nul, 0);
        for (size_t p = 0; p < n; p++) {
            buf[p] = '\0';
            assert_int_equal(dy_utf8_check(buf, n, &nul), p);
            assert_int_equal(nul, 1);
            buf[p] = (char)0xFF;
            assert_int_equal(dy_utf8_check(buf, n, &nul), p);
            assert_int_equal(nul, 0);
            buf[p] = (char)0xC3; /* é cut by the end, or whole */
            if (p + 1 < n) {
                buf[p + 1] = (char)0xA9;
                assert_int_equal(dy_utf8_check(buf, n, &nul), (size_t)-1);
                buf[p + 1] = 'a';
            } else {
                assert_int_equal(dy_utf8_check(buf, n, &nul), p);
            }
            assert_int_equal(nul, 0);
            buf[p] = 'a';
        }
    }
}

/* a character that is not ASCII judged as utf8proc_iterate judges it
 * (dy_utf8_check asked it until it had its own inline test): every lead
 * byte and second byte, with third and fourth bytes at the edges of the
 * continuation range and outside it, whole and cut by the text's end */
static void test_utf8_check_like_utf8proc(void **state)
{
    (void)state;
    static const unsigned char edge[] = {0x7F, 0x80, 0xBF, 0xC0};
    unsigned char b[8] = {0};
    int nul = -1;
    for (unsigned c0 = 0x80; c0 < 0x100; c0++)
        for (unsigned c1 = 1; c1 < 0x100; c1++)
            for (size_t k2 = 0; k2 < sizeof edge; k2++)
                for (size_t k3 = 0; k3 < sizeof edge; k3++)
                    for (size_t n = 1; n <= 4; n++) {
                        b[0] = (unsigned char)c0;
                        b[1] = (unsigned char)c1;
                        b[2] = edge[k2];
                        b[3] = edge[k3];
                        utf8proc_int32_t cp;
                        utf8proc_ssize_t k =
                            utf8proc_iterate(b, (utf8proc_ssize_t)n, &cp);
                        size_t want = k <= 0 ? 0 : (size_t)-1;
                        /* (what follows a whole character must pass too) */
                        if (k > 0 && (size_t)k < n)
                            for (size_t j = (size_t)k; j < n; j++)
                                if (b[j] == 0 || b[j] >= 0x80)
                                    want = SIZE_MAX - 1; /* skip */
                        if (want == SIZE_MAX - 1)
                            continue;
                        assert_int_equal(
                            dy_utf8_check((const char *)b, n, &nul), want);
                    }
}

/* dy_hash in parts (a prefix's unfolded state stepped by the rest, then
 * folded, as the word analysis hashes a form's stems) is dy_hash of the
 * whole, at every split of a word, the empty one included */
static void test_hash_steps(void **state)
{
    (void)state;
    static const char *const words[] = {"", "s", "attacks", "stopped",
                                        "hostilities", "tear-gassed"};
    for (size_t k = 0; k < sizeof words / sizeof *words; k++) {
        const char *w = words[k];
        size_t n = strlen(w);
        for (size_t i = 0; i <= n; i++) {
            uint64_t h = dy_hash_step(DY_HASH_SEED, w, i);
            assert_true(dy_hash_fold(dy_hash_step(h, w + i, n - i)) ==
                        dy_hash(w, n));
        }
    }
    /* a stem and a replacement: "hostilities" less "ies", then "y" */
    uint64_t h = dy_hash_step(DY_HASH_SEED, "hostilities", 8);
    assert_true(dy_hash_fold(dy_hash_step(h, "y", 1)) ==
                dy_hash("hostility", 9));
}

static void test_str_int(void **state)
{
    (void)state;
    static const long long v[] = {0, 7, -7, 10, 99, -100, 123456789,
                                  2147483648LL, -9223372036854775807LL - 1,
                                  9223372036854775807LL};
    for (size_t i = 0; i < sizeof v / sizeof v[0]; i++)
        for (size_t cap = 0; cap <= 24; cap++) {
            char want[24] = "x", got[24] = "x";
            int n = snprintf(want, cap, "%lld", v[i]);
            size_t k = dy_str_int(got, cap, v[i]);
            assert_memory_equal(got, want, sizeof got);
            assert_int_equal(k, cap ? ((size_t)n < cap ? (size_t)n : cap - 1)
                                    : 0);
        }
}

/* An arena on a caller's first block: small items land in it, a large
 * one in a block of the arena's own, and dy_arena_free frees only that
 * one (freeing the caller's block would fail under ASan and valgrind). */
static void test_arena_in(void **state)
{
    (void)state;
    size_t size = dy_arena_block_size(64);
    assert_true(size > 64);
    char *mem = malloc(size);
    assert_non_null(mem);
    dy_arena a;
    dy_arena_init_in(&a, NULL, mem, size);
    char *s = dy_arena_strndup(&a, "abc", 3);
    assert_string_equal(s, "abc");
    assert_true(s > mem && s < mem + size);
    char *z = dy_arena_alloc(&a, 16);
    assert_true(z > s && z + 16 <= mem + size);
    assert_memory_equal(z, "\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0", 16);
    char *big = dy_arena_alloc(&a, 100);
    assert_non_null(big);
    assert_true(big < mem || big >= mem + size);
    big[99] = 1;
    dy_arena_free(&a);
    assert_null(a.head);
    free(mem);
}

/* dy_arena_memdup: a copy of the bytes, 8-aligned, each copy its own
 * (an odd size too), and one larger than a block in a block of its own */
static void test_arena_memdup(void **state)
{
    (void)state;
    dy_arena a;
    dy_arena_init(&a, NULL);
    const int nums[5] = {3, -1, 40, 7, 1 << 20};
    int *n = dy_arena_memdup(&a, nums, sizeof nums);
    assert_non_null(n);
    assert_int_equal((uintptr_t)n % 8, 0);
    assert_memory_equal(n, nums, sizeof nums);
    char *odd = dy_arena_memdup(&a, "xyzzy", 5);
    assert_int_equal((uintptr_t)odd % 8, 0);
    assert_true(odd >= (char *)(n + 5));
    assert_memory_equal(odd, "xyzzy", 5);
    assert_memory_equal(n, nums, sizeof nums);
    char *src = malloc(DY_ARENA_BLOCK + 9);
    assert_non_null(src);
    for (size_t i = 0; i < DY_ARENA_BLOCK + 9; i++)
        src[i] = (char)(i * 7);
    char *big = dy_arena_memdup(&a, src, DY_ARENA_BLOCK + 9);
    assert_non_null(big);
    assert_memory_equal(big, src, DY_ARENA_BLOCK + 9);
    assert_memory_equal(odd, "xyzzy", 5);
    free(src);
    dy_arena_free(&a);
    assert_null(a.head);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_arena_in),
        cmocka_unit_test(test_arena_memdup),
        cmocka_unit_test(test_date_parse_days),
        cmocka_unit_test(test_date_parse_refuses),
        cmocka_unit_test(test_date_read),
        cmocka_unit_test(test_date_ymd),
        cmocka_unit_test(test_days),
        cmocka_unit_test(test_hash_steps),
        cmocka_unit_test(test_str_int),
        cmocka_unit_test(test_utf8_check_steps),
        cmocka_unit_test(test_utf8_check_like_utf8proc),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
