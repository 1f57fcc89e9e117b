/* test_lexicon.c - the lexicon compiler (sources from buffers, no WordNet),
 * its diagnostics (file:line:col: message), the binary image round trip,
 * a loader that refuses truncated and foreign images without crashing,
 * and the full check (checksum, every record) that finds damage inside. */
#define _POSIX_C_SOURCE 200809L
#include "helpers.h"

#include "lexicon/lexicon.h"

#include <unistd.h>

/* ------------------------------------------------------------ fixtures */

/* a small CAMEO table in the 7-column format of data/cameo.tsv */
static const char cameo_tsv[] =
    "# dyad CAMEO code table, format 1\n"
    "# code\tgoldstein\tquad_class\tpenta_class\tplover_type\tplover_mode\t"
    "name\n"
    "01\t0\t1\t0\t-\t-\tMAKE PUBLIC STATEMENT\n"
    "010\t0\t1\t0\t-\t-\tMake statement, not specified below\n"
    "03\t4\t1\t1\t-\t-\tEXPRESS INTENT TO COOPERATE\n"
    "036\t4\t1\t1\tCONSULT\t-\tExpress intent to meet or negotiate\n"
    "04\t1\t1\t1\t-\t-\tCONSULT\n"
    "040\t1\t1\t1\tCONSULT\t-\tConsult, not specified below\n"
    "042\t1.9\t1\t1\tCONSULT\tvisit\tMake a visit\n"
    "19\t-10\t4\t4\t-\t-\tFIGHT\n"
    "190\t-10\t4\t4\tASSAULT\t-\tUse conventional military force\n"
    "195\t-10\t4\t4\tASSAULT\taerial\tEmploy aerial weapons\n";
#define N_CODES 10

static const char good_lex[] =
    "# dyad-lexicon 1\n"
    "# a comment line\n"
    "\n"
    "country UKR 49 32 : Ukraine\n"
    "demonym UKR : Ukrainian | Ukrainians\n"
    "capital UKR : Kyiv | Kiev\n"
    "country RUS 60 100 : Russia # trailing comment\n"
    "actor RUSGOV : Kremlin\n"
    "actor UKRGOV 2019-05-20.. : Volodymyr Zelensky | Zelensky\n"
    "actor USAGOV 2017-01-20..2021-01-20 : Donald Trump\n"
    "agent MIL : army | troops | defence minister\n"
    "verb 042 : visit | arrive in + | travel to +\n"
    "verb 040 : meet | meet with +\n"
    "  | hold talks with +\n"
    "noun 195 : missile attack | drone attack\n"
    "noun 190 : attack | offensive\n"
    "say reported : say | according to\n"
    "modal future : will | set to\n"
    "count killed : dead | killed\n"
    "place UKR 49.5535 25.5948 city : Ternopil | Ternopol\n";
/* phrases: country 1, demonym 2, capital 2, country 1, actor 1+2+1,
 * agent 3, verb 3+3, noun 2+2, say 2, modal 2, count 2, place 2 */
#define GOOD_PHRASES 31
#define GOOD_PATTERNS 10
#define GOOD_ACTORS 10

typedef struct diag_rec {
    char file[256];
    long line, col;
    char msg[256];
    int code;
} diag_rec;

typedef struct diags {
    diag_rec d[64];
    int n;
} diags;

static void collect(const dyad_error *e, void *ctx)
{
    diags *ds = ctx;
    if (ds->n < 64) {
        diag_rec *r = &ds->d[ds->n];
        snprintf(r->file, sizeof r->file, "%s", e->file);
        r->line = e->line;
        r->col = e->column;
        r->code = e->code;
        snprintf(r->msg, sizeof r->msg, "%s", e->message);
    }
    ds->n++;
}

/* compiles cameo.tsv plus one lexicon file named `name` */
static int compile_one(dyad_lexicon **out, const char *name, const char *text,
                       size_t len, diags *ds, dyad_error *err)
{
    const char *names[2] = {"cameo.tsv", name};
    const char *texts[2] = {cameo_tsv, text};
    size_t lens[2] = {strlen(cameo_tsv), len};
    memset(ds, 0, sizeof *ds);
    memset(err, 0, sizeof *err);
    return dyad_lexicon_compile_buffers(out, names, texts, lens, 2, NULL,
                                        NULL, collect, ds, err);
}

static void dump_diags(const diags *ds)
{
    for (int i = 0; i < ds->n && i < 64; i++)
        fprintf(stderr, "  diag: %s:%ld:%ld: %s\n", ds->d[i].file,
                ds->d[i].line, ds->d[i].col, ds->d[i].msg);
}

/* one bad entry after the marker: exactly one diagnostic at line:col whose
 * message contains `frag` */
static void expect_error(const char *body, long line, long col,
                         const char *frag)
{
    char text[8192];
    snprintf(text, sizeof text, "# dyad-lexicon 1\n%s", body);
    dyad_lexicon *lx = NULL;
    diags ds;
    dyad_error err;
    int rc = compile_one(&lx, "test.lex", text, strlen(text), &ds, &err);
    if (rc != DYAD_EDICT || ds.n != 1) {
        dump_diags(&ds);
        dyad_lexicon_free(lx);
        fail_msg("body \"%s\": rc %d, %d diagnostics (expected DYAD_EDICT, 1)",
                 body, rc, ds.n);
    }
    assert_null(lx);
    if (strcmp(ds.d[0].file, "test.lex") != 0 || ds.d[0].line != line ||
        ds.d[0].col != col || !strstr(ds.d[0].msg, frag))
        fail_msg("body \"%s\": got %s:%ld:%ld: %s; expected test.lex:%ld:%ld: "
                 "...%s...",
                 body, ds.d[0].file, ds.d[0].line, ds.d[0].col, ds.d[0].msg,
                 line, col, frag);
    assert_int_equal(ds.d[0].code, DYAD_EDICT);
    /* the first problem is also in err */
    assert_int_equal(err.code, DYAD_EDICT);
    assert_string_equal(err.file, "test.lex");
    assert_int_equal(err.line, line);
    assert_int_equal(err.column, col);
    assert_non_null(strstr(err.message, frag));
}

static void expect_ok(const char *body)
{
    char text[8192];
    snprintf(text, sizeof text, "# dyad-lexicon 1\n%s", body);
    dyad_lexicon *lx = NULL;
    diags ds;
    dyad_error err;
    int rc = compile_one(&lx, "test.lex", text, strlen(text), &ds, &err);
    if (rc != 0 || ds.n != 0) {
        dump_diags(&ds);
        fail_msg("body \"%s\": rc %d (%s), %d diagnostics; expected success",
                 body, rc, err.message, ds.n);
    }
    assert_non_null(lx);
    dyad_lexicon_free(lx);
}

/* ------------------------------------------- classes and table kinds */

/* word classes, remap families, country properties and count qualifiers
 * compile; the remap's longest key wins and '*' is the fallback */
/* is word w of built-in class cl (its bit in the word's record)? */
static int has_class(const dyad_lexicon *lx, uint32_t w, int cl)
{
    return (int)(lx->words[w].classes[cl >> 5] >> (cl & 31) & 1u);
}

static void test_classes_and_tables(void **state)
{
    (void)state;
    expect_ok("class war : war | conflict | armed conflict\n"
              "class my-slot-2 : medical supplies\n"
              "remap intent : 04 036 | 042 036\n"
              "remap demand : * 036 | 19 190\n"
              "countries skeleton : UKR | RUS\n"
              "count killed placeholder : fatalities coded as\n"
              "count killed restated : fatalities coded to this event\n");
    const char *text = "# dyad-lexicon 1\n"
                       "class war : war | conflict\n"
                       "class approximator : up to\n"
                       "class request : plea\n"
                       "class border : border | frontier\n"
                       "remap intent : 04 036 | 042 190\n"
                       "remap demand : * 036 | 19 190\n";
    dyad_lexicon *lx = NULL;
    diags ds;
    dyad_error err;
    assert_int_equal(compile_one(&lx, "t.lex", text, strlen(text), &ds, &err),
                     0);
    uint32_t w = dy_lexicon_find(lx, "war", 3);
    assert_int_not_equal(w, LX_NONE);
    assert_true(has_class(lx, w, DY_CL_WAR));
    /* a member of several words sets no word's bit */
    uint32_t up = dy_lexicon_find(lx, "up", 2);
    assert_int_not_equal(up, LX_NONE);
    /* a class past the first 32 bits */
    _Static_assert(DY_CL_REQUEST >= 32, "request is a high class bit");
    uint32_t plea = dy_lexicon_find(lx, "plea", 4);
    assert_int_not_equal(plea, LX_NONE);
    assert_true(has_class(lx, plea, DY_CL_REQUEST));
    assert_false(has_class(lx, plea, DY_CL_WAR));
    assert_false(has_class(lx, up, DY_CL_APPROXIMATOR));
    /* a class the rules ask for by name is a bit too, past the first 64;
     * one the lexicon lacks (decision-verb, past 96) answers no */
    _Static_assert(DY_CL_BORDER >= 64, "border is past the first 64 bits");
    _Static_assert(DY_CL_DECISION_VERB >= 96, "decision-verb is past 96");
    uint32_t border = dy_lexicon_find(lx, "frontier", 8);
    assert_int_not_equal(border, LX_NONE);
    assert_true(has_class(lx, border, DY_CL_BORDER));
    for (int k = 0; k < DY_CL_COUNT; k++)
        assert_true(k == DY_CL_BORDER || !has_class(lx, border, k));
    assert_string_equal(dy_lexicon_remap(lx, DY_RM_INTENT, "040", 1), "036");
    assert_string_equal(dy_lexicon_remap(lx, DY_RM_INTENT, "042", 1), "190");
    assert_null(dy_lexicon_remap(lx, DY_RM_INTENT, "190", 1));
    assert_string_equal(dy_lexicon_remap(lx, DY_RM_DEMAND, "195", 1), "190");
    assert_string_equal(dy_lexicon_remap(lx, DY_RM_DEMAND, "042", 1), "036");
    assert_null(dy_lexicon_remap(lx, DY_RM_APPEAL, "042", 1));
    /* without `any`, no "*" fallback */
    assert_null(dy_lexicon_remap(lx, DY_RM_DEMAND, "042", 0));
    /* each family's roots as bits ("*" names none), and a code of no
     * root (one digit) left to the walk */
    assert_int_equal(lx->remaps->roots[DY_RM_INTENT], 1u << 4);
    assert_int_equal(lx->remaps->roots[DY_RM_DEMAND], 1u << 19);
    assert_string_equal(dy_lexicon_remap(lx, DY_RM_DEMAND, "1", 1), "036");
    assert_null(dy_lexicon_remap(lx, DY_RM_INTENT, "0", 1));
    dyad_lexicon_free(lx);
    /* a family of more than eight keys, out of root order, is searched by
     * its code's root: the longest key still wins, and of two equal keys
     * the first */
    text = "# dyad-lexicon 1\n"
           "remap refusal : 19 010 | 04 036 | 01 040 | 042 190 | 03 042\n"
           "  | 190 01 | 010 03 | 036 04 | 04 190 | 040 19\n";
    assert_int_equal(compile_one(&lx, "t.lex", text, strlen(text), &ds, &err),
                     0);
    assert_string_equal(dy_lexicon_remap(lx, DY_RM_REFUSAL, "042", 1), "190");
    assert_string_equal(dy_lexicon_remap(lx, DY_RM_REFUSAL, "040", 1), "19");
    assert_string_equal(dy_lexicon_remap(lx, DY_RM_REFUSAL, "04", 1), "036");
    assert_string_equal(dy_lexicon_remap(lx, DY_RM_REFUSAL, "036", 1), "04");
    assert_string_equal(dy_lexicon_remap(lx, DY_RM_REFUSAL, "190", 0), "01");
    assert_string_equal(dy_lexicon_remap(lx, DY_RM_REFUSAL, "19", 0), "010");
    assert_string_equal(dy_lexicon_remap(lx, DY_RM_REFUSAL, "010", 0), "03");
    assert_null(dy_lexicon_remap(lx, DY_RM_REFUSAL, "0", 1));
    /* codes of table lines are not words */
    assert_int_equal(dy_lexicon_find(lx, "036", 3), LX_NONE);
    dyad_lexicon_free(lx);
}

static void test_class_and_table_errors(void **state)
{
    (void)state;
    expect_error("class Place_Noun : city\n", 2, 7, "bad name 'Place_Noun'");
    expect_error("class : city\n", 2, 1, "wrong number of arguments");
    expect_error("class person : man | @noun.bogus\n", 2, 22,
                 "unknown WordNet file '@noun.bogus'");
    expect_error("remap promise : 04 036\n", 2, 7,
                 "unknown remap family 'promise'");
    expect_error("remap intent : 04 036 | 04\n", 2, 24,
                 "expected a CAMEO code prefix");
    expect_error("remap intent : 04 999\n", 2, 15,
                 "expected a CAMEO code prefix");
    expect_error("remap intent : 77 036\n", 2, 15,
                 "expected a CAMEO code prefix");
    expect_error("countries skeleton : UKR | Ukraine\n", 2, 27,
                 "expected a country code");
    expect_error("count killed someday : dead\n", 2, 14,
                 "unknown count qualifier");
    expect_error("verb 190 reverse : suffer attack from +\n", 2, 10,
                 "unknown verb qualifier");
    expect_ok("verb 190 converse : suffer attack from +\n");
    /* words before the verb, null and discard patterns, paired codes */
    expect_ok("verb 190 : said ... attack | not ... attack +\n"
              "verb null : would ... attack\nverb discard : film ... attack\n"
              "verb 190 paired 190 : attack\n");
    /* a null pattern may end at its target, as the verb's own do (found
     * by fuzz_import: the image check refused it) */
    expect_ok("verb 190 : attack with +\nverb null : attack with +\n");
    expect_error("verb 190 : ... attack\n", 2, 12, "'...' stands once");
    expect_ok("verb 190 : % said ... attack\n");
    expect_ok("verb 190 : attack ... + | said ... attack ... +\n");
    expect_error("verb 190 : said ... ... +\n", 2, 12,
                 "a far target '... +' follows the verb");
    expect_error("verb 190 : ... +\n", 2, 12, "'...' stands once");
    expect_ok("verb 190 : attack with %\n");
    expect_error("verb 190 : % attack\n", 2, 12, "'%' (a compound actor)");
    expect_error("verb 190 : said ... attack ... back\n", 2, 28,
                 "'...' stands once");
    expect_error("verb 190 : said ... + attack\n", 2, 21,
                 "'+' is allowed only after the verb");
    /* '_': the next word directly follows, on either side of the verb */
    expect_ok("verb 190 : attack new_border | most_surely ... attack\n"
              "verb 190 : attack_with + | said ... attack new _ border\n");
    expect_error("verb 190 : attack _\n", 2, 19, "'_' stands between");
    /* a '_' is no word of the 16 a phrase may have */
    expect_ok("verb 190 : a_b_c_d_e_f_g_h ... attack i_j_k_l_m_n\n");
    expect_error("verb 190 : a b c d e f g h ... attack i j k l m n o\n", 2, 12,
                 "more than 16 words");
    expect_error("verb 190 : attack with_+\n", 2, 23, "'_' stands between");
    expect_error("verb 190 : _said ... attack\n", 2, 12, "'_' stands between");
    /* the last word before the verb may be joined to it across "..." */
    expect_ok("verb 190 : said_ ... attack | most _ surely _ ... attack\n");
    expect_error("verb 190 : said ... _attack\n", 2, 21, "'_' stands between");
    expect_error("verb 190 pairs 190 : attack\n", 2, 10,
                 "unknown verb qualifier");
    expect_ok("verb 190 converse verbal : suffer attack from +\n"
              "verb 190 paired 190 verbal : attack\n"
              "verb 190 verbal paired 190 : attack\n");
    expect_error("verb 190 converse converse : attack +\n", 2, 19,
                 "unknown verb qualifier");
    expect_error("verb 190 verbal paired : attack\n", 2, 17,
                 "unknown verb qualifier");
    expect_error("verb 190 paired 999 : attack\n", 2, 17,
                 "unknown CAMEO code '999'");
    expect_error("verb null 190 : attack\n", 2, 6, "unknown CAMEO code");
    /* typed slots */
    expect_ok("verb 190 : attack &place\nclass place : town | city\n"
              "country ABC 1 2 : Jammu & Kashmir\n");
    expect_error("verb 190 : &place attack\nclass place : town\n", 2, 12,
                 "typed slot after the first word");
    expect_error("verb 190 : attack &nowhere\n", 2, 19,
                 "slot '&nowhere' names no class");
    expect_error("noun 190 : attack on &place\nclass place : town\n", 2, 12,
                 "ends in its head noun");
}

/* WordNet's derivational links: a '+' pointer of data.verb to a noun of
 * noun.act (04) or noun.event (11) names the verb's act; a noun.person
 * (18) target ("leader") does not; a pointer to no synset start, or past
 * the file, is skipped */
typedef struct acts {
    char got[4][64];
    int n;
} acts;

static void collect_act(void *ctx, const char *noun, size_t nl,
                        const char *verb, size_t vl)
{
    acts *a = ctx;
    if (a->n < 4)
        snprintf(a->got[a->n++], 64, "%.*s<%.*s", (int)nl, noun, (int)vl,
                 verb);
}

static void test_wordnet_acts(void **state)
{
    (void)state;
    /* byte offsets of the noun lines: 0, 40 and 80 */
    const char nouns[] =
        "00000000 04 n 01 withdrawal 0 000 | x  \n"
        "00000040 18 n 01 withdrawer 0 000 | x  \n"
        "00000080 11 n 02 pullout 0 exit 0 000 | x\n";
    assert_int_equal(nouns[40 - 1], '\n');
    assert_int_equal(nouns[80 - 1], '\n');
    const char verbs[] =
        "  1 This software and database is being provided\n"
        "00100000 30 v 02 withdraw 0 pull_out 0 004 + 00000000 n 0101 "
        "+ 00000040 n 0101 + 00000080 n 0202 + 00000005 n 0101 01 + 08 00 "
        "| x\n"
        "00100100 30 v 01 leave 0 001 + 99999999 n 0101 01 + 08 00 | x\n";
    acts a = {0};
    size_t n = dy_wordnet_acts(verbs, sizeof verbs - 1, nouns,
                               sizeof nouns - 1, collect_act, &a);
    /* withdraw->withdrawal; not withdrawer (a person), not pull_out (two
     * words) nor the pointers to no synset */
    assert_int_equal(n, 1);
    assert_int_equal(a.n, 1);
    assert_string_equal(a.got[0], "withdrawal<withdraw");
}

typedef struct seeded {
    char got[8][32];
    int n;
} seeded;

static void collect_word(void *ctx, const char *w, size_t n)
{
    seeded *a = ctx;
    if (a->n < 8)
        snprintf(a->got[a->n++], 32, "%.*s", (int)n, w);
}

/* the nouns of one lexicographer file: every sense there and named in
 * lower case, and no adjective */
static void test_wordnet_lexfile_nouns(void **state)
{
    (void)state;
    /* byte offsets of the noun lines: 0, 40, 80, 120 and 160 */
    const char nouns[] = "00000000 18 n 01 Abel 0 000 | a man    \n"
                         "00000040 18 n 01 civilian 0 000 | x    \n"
                         "00000080 18 n 01 shopkeeper 0 000 | x  \n"
                         "00000120 05 n 01 tiger 0 000 | a cat   \n"
                         "00000160 18 n 01 tiger 0 000 | a person\n";
    assert_int_equal(nouns[40 - 1], '\n');
    assert_int_equal(nouns[80 - 1], '\n');
    assert_int_equal(nouns[120 - 1], '\n');
    assert_int_equal(nouns[160 - 1], '\n');
    const char index[] = "  1 This software and database is being provided\n"
                         "abel n 1 0 1 0 00000000\n"
                         "civilian n 1 0 1 0 00000040\n"
                         "shopkeeper n 1 0 1 0 00000080\n"
                         "tiger n 2 0 2 0 00000120 00000160\n";
    const char adj[] = "  1 This software and database is being provided\n"
                       "able a 1 0 1 0 00000001\n"
                       "civilian a 1 0 1 0 00000002\n"
                       "zonal a 1 0 1 0 00000003\n";
    seeded a = {0};
    size_t n = dy_wordnet_lexfile_nouns(index, sizeof index - 1, adj,
                                        sizeof adj - 1, nouns,
                                        sizeof nouns - 1, 18, collect_word, &a);
    /* not Abel (a name), civilian (an adjective too), tiger (a cat too) */
    assert_int_equal(n, 1);
    assert_string_equal(a.got[0], "shopkeeper");
    memset(&a, 0, sizeof a);
    n = dy_wordnet_lexfile_nouns(index, sizeof index - 1, NULL, 0, nouns,
                                 sizeof nouns - 1, 18, collect_word, &a);
    assert_int_equal(n, 2);
    assert_string_equal(a.got[0], "civilian");
}

/* up to LX_SLOT_MAX (64) classes serve as slot types; one more is an
 * error at the pattern that names it */
static void test_slot_class_limit(void **state)
{
    (void)state;
    char body[8192];
    size_t n = 0;
    for (int k = 0; k < 65; k++)
        n += (size_t)snprintf(body + n, sizeof body - n,
                              "class kind%c%c : word%c%c\n", 'a' + k / 26,
                              'a' + k % 26, 'a' + k / 26, 'a' + k % 26);
    for (int k = 0; k < 64; k++)
        n += (size_t)snprintf(body + n, sizeof body - n,
                              "verb 190 : hit &kind%c%c\n", 'a' + k / 26,
                              'a' + k % 26);
    expect_ok(body);
    snprintf(body + n, sizeof body - n, "verb 190 : hit &kindcm\n");
    expect_error(body, 2 + 65 + 64, 16, "more than 64 slot classes");
}

/* ---------------------------------------------------------- valid files */

static void test_valid_file_compiles(void **state)
{
    (void)state;
    dyad_lexicon *lx = NULL;
    diags ds;
    dyad_error err;
    int rc = compile_one(&lx, "good.lex", good_lex, strlen(good_lex), &ds,
                         &err);
    if (rc)
        dump_diags(&ds);
    assert_int_equal(rc, 0);
    assert_int_equal(ds.n, 0);
    assert_non_null(lx);
    dyad_lexicon_stats st;
    dyad_lexicon_get_stats(lx, &st);
    assert_int_equal(st.phrases, GOOD_PHRASES);
    assert_int_equal(st.patterns, GOOD_PATTERNS);
    assert_int_equal(st.actors, GOOD_ACTORS);
    assert_int_equal(st.codes, N_CODES);
    assert_true(st.words > 0);
    assert_true(st.bytes > 0);
    dyad_lexicon_free(lx);
}

static void test_stats_count_words(void **state)
{
    (void)state;
    /* one new word form adds one word; a repeated one adds none */
    const char *a = "# dyad-lexicon 1\nverb 040 : meet\n";
    const char *b = "# dyad-lexicon 1\nverb 040 : meet | zorblex\n";
    const char *c = "# dyad-lexicon 1\nverb 040 : meet | zorblex | zorblex\n";
    dyad_lexicon *la = NULL, *lb = NULL, *lc = NULL;
    diags ds;
    dyad_error err;
    assert_int_equal(compile_one(&la, "a.lex", a, strlen(a), &ds, &err), 0);
    assert_int_equal(compile_one(&lb, "b.lex", b, strlen(b), &ds, &err), 0);
    assert_int_equal(compile_one(&lc, "c.lex", c, strlen(c), &ds, &err), 0);
    dyad_lexicon_stats sa, sb, sc;
    dyad_lexicon_get_stats(la, &sa);
    dyad_lexicon_get_stats(lb, &sb);
    dyad_lexicon_get_stats(lc, &sc);
    assert_int_equal(sb.words, sa.words + 1);
    assert_int_equal(sc.words, sb.words);
    assert_int_equal(sa.phrases, 1);
    assert_int_equal(sb.phrases, 2);
    assert_int_equal(sc.phrases, 3);
    assert_int_equal(sc.patterns, 3);
    assert_int_equal(sa.actors, 0);
    dyad_lexicon_free(la);
    dyad_lexicon_free(lb);
    dyad_lexicon_free(lc);
    /* a NULL lexicon gives zero stats */
    dyad_lexicon_stats z;
    memset(&z, 0xAB, sizeof z);
    dyad_lexicon_get_stats(NULL, &z);
    assert_int_equal(z.words, 0);
    assert_int_equal(z.phrases, 0);
    assert_int_equal(z.bytes, 0);
}

/* ------------------------------------------------------- introspection */

/* the event patterns in source order, with kind, code, text, place and
 * word count ('+' not counted); the cursor stops at the end */
static void test_pattern_introspection(void **state)
{
    (void)state;
    dyad_lexicon *lx = NULL;
    diags ds;
    dyad_error err;
    assert_int_equal(compile_one(&lx, "good.lex", good_lex, strlen(good_lex),
                                 &ds, &err),
                     0);
    assert_int_equal(dyad_lexicon_pattern_count(lx), GOOD_PATTERNS);
    static const struct {
        const char *kind, *code, *text, *phrase;
        long line;
        size_t words;
    } want[GOOD_PATTERNS] = {
        {"verb", "042", "verb 042: visit", "visit", 12, 1},
        {"verb", "042", "verb 042: arrive in +", "arrive in +", 12, 2},
        {"verb", "042", "verb 042: travel to +", "travel to +", 12, 2},
        {"verb", "040", "verb 040: meet", "meet", 13, 1},
        {"verb", "040", "verb 040: meet with +", "meet with +", 13, 2},
        {"verb", "040", "verb 040: hold talks with +", "hold talks with +",
         14, 3},
        {"noun", "195", "noun 195: missile attack", "missile attack", 15, 2},
        {"noun", "195", "noun 195: drone attack", "drone attack", 15, 2},
        {"noun", "190", "noun 190: attack", "attack", 16, 1},
        {"noun", "190", "noun 190: offensive", "offensive", 16, 1}};
    size_t it = 0, n = 0;
    dyad_pattern_info pi;
    while (dyad_lexicon_pattern_next(lx, &it, &pi)) {
        assert_true(n < GOOD_PATTERNS);
        assert_string_equal(pi.kind, want[n].kind);
        assert_string_equal(pi.code, want[n].code);
        assert_string_equal(pi.text, want[n].text);
        assert_string_equal(pi.phrase, want[n].phrase);
        assert_string_equal(pi.file, "good.lex");
        assert_int_equal(pi.line, want[n].line);
        assert_int_equal(pi.words, want[n].words);
        assert_int_equal(pi.is_backoff, 0);
        n++;
    }
    assert_int_equal(n, GOOD_PATTERNS);
    /* at the end it stays at the end */
    assert_int_equal(dyad_lexicon_pattern_next(lx, &it, &pi), 0);
    /* bad arguments: nothing */
    size_t zero = 0;
    assert_int_equal(dyad_lexicon_pattern_next(NULL, &zero, &pi), 0);
    assert_int_equal(dyad_lexicon_pattern_next(lx, NULL, &pi), 0);
    assert_int_equal(dyad_lexicon_pattern_next(lx, &zero, NULL), 0);
    assert_int_equal(dyad_lexicon_pattern_count(NULL), 0);
    dyad_lexicon_free(lx);
}

/* a verb head with typed slots and no one-word pattern has a back-off:
 * listed after the written patterns, marked, placed at the head's first
 * slotted pattern; typed slots count as words */
static void test_pattern_introspection_backoff(void **state)
{
    (void)state;
    const char *text = "# dyad-lexicon 1\n"
                       "verb 195 : fire &weapon | fire &weapon at +\n"
                       "verb 042 : visit\n"
                       "class weapon : missile | rocket\n";
    dyad_lexicon *lx = NULL;
    diags ds;
    dyad_error err;
    assert_int_equal(compile_one(&lx, "t.lex", text, strlen(text), &ds, &err),
                     0);
    assert_int_equal(dyad_lexicon_pattern_count(lx), 4);
    size_t it = 0;
    dyad_pattern_info pi;
    assert_true(dyad_lexicon_pattern_next(lx, &it, &pi));
    assert_string_equal(pi.phrase, "fire &weapon");
    assert_int_equal(pi.words, 2);
    assert_true(dyad_lexicon_pattern_next(lx, &it, &pi));
    assert_string_equal(pi.phrase, "fire &weapon at +");
    assert_int_equal(pi.words, 3);
    assert_true(dyad_lexicon_pattern_next(lx, &it, &pi));
    assert_string_equal(pi.text, "verb 042: visit");
    assert_true(dyad_lexicon_pattern_next(lx, &it, &pi));
    assert_int_equal(pi.is_backoff, 1);
    assert_string_equal(pi.kind, "verb");
    assert_string_equal(pi.code, "195");
    assert_string_equal(pi.file, "t.lex");
    assert_int_equal(pi.line, 2);
    assert_int_equal(pi.words, 1);
    assert_int_equal(dyad_lexicon_pattern_next(lx, &it, &pi), 0);
    dyad_lexicon_free(lx);
}

/* the CAMEO table row by row, "-" read as none; out of range refused */
static void test_code_introspection(void **state)
{
    (void)state;
    dyad_lexicon *lx = NULL;
    diags ds;
    dyad_error err;
    assert_int_equal(compile_one(&lx, "good.lex", good_lex, strlen(good_lex),
                                 &ds, &err),
                     0);
    assert_int_equal(dyad_lexicon_code_count(lx), N_CODES);
    dyad_code_info ci;
    assert_int_equal(dyad_lexicon_code(lx, 0, &ci), 0);
    assert_string_equal(ci.code, "01");
    assert_string_equal(ci.name, "MAKE PUBLIC STATEMENT");
    assert_null(ci.plover_type);
    assert_null(ci.plover_mode);
    int seen = 0;
    for (size_t i = 0; i < N_CODES; i++) {
        assert_int_equal(dyad_lexicon_code(lx, i, &ci), 0);
        if (strcmp(ci.code, "042") != 0)
            continue;
        seen = 1;
        assert_string_equal(ci.name, "Make a visit");
        assert_string_equal(ci.plover_type, "CONSULT");
        assert_string_equal(ci.plover_mode, "visit");
        assert_true(ci.goldstein > 1.89 && ci.goldstein < 1.91);
        assert_int_equal(ci.quad_class, 1);
        assert_int_equal(ci.penta_class, 1);
    }
    assert_true(seen);
    memset(&ci, 0, sizeof ci);
    assert_int_equal(dyad_lexicon_code(lx, N_CODES, &ci), DYAD_EINVAL);
    assert_null(ci.code);
    assert_int_equal(dyad_lexicon_code(lx, 0, NULL), DYAD_EINVAL);
    assert_int_equal(dyad_lexicon_code(NULL, 0, &ci), DYAD_EINVAL);
    assert_int_equal(dyad_lexicon_code_count(NULL), 0);
    dyad_lexicon_free(lx);
}

static void test_valid_variants(void **state)
{
    (void)state;
    /* the marker may follow blank lines */
    {
        const char *t = "\n   \n# dyad-lexicon 1\nverb 040 : meet\n";
        dyad_lexicon *lx = NULL;
        diags ds;
        dyad_error err;
        assert_int_equal(compile_one(&lx, "t.lex", t, strlen(t), &ds, &err),
                         0);
        dyad_lexicon_free(lx);
    }
    expect_ok("actor USAGOV ..2021-01-20 : Trump\n");
    expect_ok("actor USAGOV 2025-01-20.. : Trump\n");
    expect_ok("actor USAGOV 2024-02-29..2024-03-01 : Leap\n");
    expect_ok("actor IGOUNOHRI : UN human rights office\n");
    expect_ok("country XYZ -90 180 : Edgeland\n");
    expect_ok("place UKR 48.5 35.0 admin1 : Dnipropetrovsk region\n");
    expect_ok("say denied : deny | reject claims\n");
    expect_ok("modal hypothetical : may | could\n");
    expect_ok("count injured : wounded\n");
    expect_ok("verb 040 : meet\n  | hold talks with +\n\t| confer with +\n");
    /* 16 words is the limit, not over it */
    expect_ok("noun 190 : a b c d e f g h i j k l m n o attack\n");
    /* a file with no entries at all */
    expect_ok("# only comments\n\n");
}

static void test_crlf_and_no_final_newline(void **state)
{
    (void)state;
    const char *t = "# dyad-lexicon 1\r\nverb 040 : meet\r\n  | confer\r\n"
                    "noun 190 : attack";
    dyad_lexicon *lx = NULL;
    diags ds;
    dyad_error err;
    int rc = compile_one(&lx, "crlf.lex", t, strlen(t), &ds, &err);
    if (rc)
        dump_diags(&ds);
    assert_int_equal(rc, 0);
    dyad_lexicon_stats st;
    dyad_lexicon_get_stats(lx, &st);
    assert_int_equal(st.phrases, 3);
    dyad_lexicon_free(lx);
    /* columns are unaffected by the CR */
    const char *b = "# dyad-lexicon 1\r\nverb 0999 : meet\r\n";
    rc = compile_one(&lx, "crlf.lex", b, strlen(b), &ds, &err);
    assert_int_equal(rc, DYAD_EDICT);
    assert_int_equal(ds.n, 1);
    assert_int_equal(ds.d[0].line, 2);
    assert_int_equal(ds.d[0].col, 6);
}

/* ------------------------------------------------------------- errors */

static void test_unknown_kind(void **state)
{
    (void)state;
    expect_error("actr RUSGOV : Kremlin\n", 2, 1, "unknown kind 'actr'");
    expect_error("\n\nverbs 040 : meet\n", 4, 1, "unknown kind 'verbs'");
}

static void test_bad_cameo_code(void **state)
{
    (void)state;
    expect_error("verb 0999 : meet\n", 2, 6, "unknown CAMEO code '0999'");
    expect_error("noun   777 : raid\n", 2, 8, "unknown CAMEO code '777'");
}

static void test_bad_date(void **state)
{
    (void)state;
    /* column of the range argument: "actor UKRGOV " is 13 bytes */
    expect_error("actor UKRGOV 2019-13-01.. : Zelensky\n", 2, 14, "2019-13-01");
    expect_error("actor UKRGOV 2019-13-01.. : Zelensky\n", 2, 14,
                 "expected YYYY-MM-DD");
    expect_error("actor UKRGOV 2019-02-30.. : Zelensky\n", 2, 14, "bad date");
    expect_error("actor UKRGOV 2023-02-29.. : Zelensky\n", 2, 14, "bad date");
    expect_error("actor UKRGOV 19-05-20.. : Zelensky\n", 2, 14, "bad date");
    /* a bad end date is reported at the end date */
    expect_error("actor UKRGOV 2019-01-01..2019-02-30 : Zelensky\n", 2, 26,
                 "bad date");
    /* no ".." at all */
    expect_error("actor UKRGOV 2019-05-20 : Zelensky\n", 2, 14,
                 "bad date range");
}

static void test_date_range_reversed(void **state)
{
    (void)state;
    expect_error("actor USAGOV 2021-01-20..2017-01-20 : Trump\n", 2, 14,
                 "ends before it starts");
}

static void test_bad_actor_code(void **state)
{
    (void)state;
    expect_error("actor USAGO : Trump\n", 2, 7, "bad actor code 'USAGO'");
    expect_error("actor usagov : Trump\n", 2, 7, "bad actor code 'usagov'");
    expect_error("actor US : Trump\n", 2, 7, "bad actor code");
    expect_error("country UK 54 -2 : Britain\n", 2, 9, "bad country code 'UK'");
    expect_error("agent MILITARY : army\n", 2, 7, "bad agent code");
}

static void test_missing_marker(void **state)
{
    (void)state;
    const char *t = "verb 040 : meet\n";
    dyad_lexicon *lx = NULL;
    diags ds;
    dyad_error err;
    assert_int_equal(compile_one(&lx, "nomark.lex", t, strlen(t), &ds, &err),
                     DYAD_EDICT);
    assert_null(lx);
    assert_int_equal(ds.n, 1);
    assert_string_equal(ds.d[0].file, "nomark.lex");
    assert_int_equal(ds.d[0].line, 1);
    assert_int_equal(ds.d[0].col, 1);
    assert_non_null(strstr(ds.d[0].msg, "# dyad-lexicon 1"));
    /* after blank lines: the first non-blank line is reported */
    const char *u = "\n\n# dyad-lexicon 2\nverb 040 : meet\n";
    assert_int_equal(compile_one(&lx, "v2.lex", u, strlen(u), &ds, &err),
                     DYAD_EDICT);
    assert_int_equal(ds.n, 1);
    assert_int_equal(ds.d[0].line, 3);
    assert_non_null(strstr(ds.d[0].msg, "missing format line"));
    /* an empty file has no marker either */
    assert_int_equal(compile_one(&lx, "empty.lex", "", 0, &ds, &err),
                     DYAD_EDICT);
    assert_int_equal(ds.n, 1);
    assert_int_equal(ds.d[0].line, 1);
    assert_non_null(strstr(ds.d[0].msg, "missing format line"));
}

static void test_empty_phrase(void **state)
{
    (void)state;
    /* "verb 040 : meet |" - the empty alternative after '|' at column 17 */
    expect_error("verb 040 : meet |\n", 2, 18, "empty phrase");
    expect_error("verb 040 :\n", 2, 11, "empty phrase");
    expect_error("verb 040 :   \n", 2, 11, "empty phrase");
    expect_error("verb 040 : meet\n  |\n", 3, 4, "empty phrase");
}

/* "meet || greet": an empty alternative between two bars is an empty
 * phrase as much as one after a trailing bar */
static void test_double_bar_is_empty_phrase(void **state)
{
    (void)state;
    expect_error("verb 040 : meet || greet\n", 2, 18, "empty phrase");
}

static void test_plus_in_noun(void **state)
{
    (void)state;
    /* "noun 190 : attack on +": '+' is at column 22 */
    expect_error("noun 190 : attack on +\n", 2, 22, "'+'");
    expect_error("noun 190 : attack on +\n", 2, 22, "verb pattern");
    /* '+' cannot be the verb itself */
    expect_error("verb 040 : + meet\n", 2, 12, "'+'");
    expect_error("say reported : say to +\n", 2, 23, "'+'");
}

static void test_too_many_words(void **state)
{
    (void)state;
    expect_error("noun 190 : a b c d e f g h i j k l m n o p attack\n", 2, 12,
                 "more than 16 words");
    expect_error("verb 040 : meet | a b c d e f g h i j k l m n o p q r s\n",
                 2, 19, "more than 16 words");
}

static void test_bad_lat_lon(void **state)
{
    (void)state;
    /* "country UKR " is 12 bytes: latitude at 13 */
    expect_error("country UKR 95 32 : Ukraine\n", 2, 13, "bad latitude");
    expect_error("country UKR north 32 : Ukraine\n", 2, 13, "bad latitude");
    expect_error("country UKR 49 200 : Ukraine\n", 2, 16, "bad longitude");
    expect_error("country UKR 49 32x : Ukraine\n", 2, 16, "bad longitude");
    expect_error("place UKR 49.5 -181 city : Ternopil\n", 2, 16,
                 "bad longitude");
    expect_error("place UKR -91 25 city : Ternopil\n", 2, 11, "bad latitude");
}

static void test_continuation_without_entry(void **state)
{
    (void)state;
    expect_error("  | hold talks with +\n", 2, 3,
                 "continuation line without an entry");
    expect_error("\n| meet\n", 3, 1, "continuation line without an entry");
}

static void test_other_header_errors(void **state)
{
    (void)state;
    expect_error("say rumoured : say\n", 2, 5, "unknown claim status");
    expect_error("modal maybe : may\n", 2, 7, "unknown modality");
    expect_error("count hurt : wounded\n", 2, 7, "unknown count kind");
    expect_error("place UKR 49 25 village : Ternopil\n", 2, 17,
                 "unknown place type");
    expect_error("country UKR 49 : Ukraine\n", 2, 1, "wrong number of arguments");
    expect_error("verb 040 meet\n", 2, 14, "expected ':'");
    expect_error(": meet\n", 2, 1, "missing kind");
}

static void test_long_line_and_word(void **state)
{
    (void)state;
    static char body[6000];
    size_t n = (size_t)snprintf(body, sizeof body, "verb 040 : meet");
    while (n < 4200)
        n += (size_t)snprintf(body + n, sizeof body - n, " | confer");
    snprintf(body + n, sizeof body - n, "\n");
    expect_error(body, 2, 4097, "longer than 4096 bytes");
    /* a 256-byte word */
    char w[400];
    size_t k = (size_t)snprintf(w, sizeof w, "verb 040 : ");
    memset(w + k, 'x', 256);
    snprintf(w + k + 256, sizeof w - k - 256, "\n");
    expect_error(w, 2, 12, "word too long");
}

static void test_several_errors_all_reported(void **state)
{
    (void)state;
    const char *t = "# dyad-lexicon 1\n"
                    "actr RUSGOV : Kremlin\n"                        /* 2 */
                    "verb 040 : meet\n"                              /* 3 */
                    "verb 0999 : smite\n"                            /* 4 */
                    "actor UKRGOV 2019-13-01.. : Zelensky\n"         /* 5 */
                    "noun 190 : attack\n"                            /* 6 */
                    "noun 190 : raid on +\n"                         /* 7 */
                    "country UKR 49 200 : Ukraine\n"                 /* 8 */
                    "actor USAGOV 2021-01-20..2017-01-20 : Trump\n"; /* 9 */
    dyad_lexicon *lx = NULL;
    diags ds;
    dyad_error err;
    int rc = compile_one(&lx, "many.lex", t, strlen(t), &ds, &err);
    assert_int_equal(rc, DYAD_EDICT);
    assert_null(lx);
    static const long lines[] = {2, 4, 5, 7, 8, 9};
    static const long cols[] = {1, 6, 14, 20, 16, 14};
    if (ds.n != 6)
        dump_diags(&ds);
    assert_int_equal(ds.n, 6);
    for (int i = 0; i < 6; i++) {
        assert_string_equal(ds.d[i].file, "many.lex");
        assert_int_equal(ds.d[i].line, lines[i]);
        assert_int_equal(ds.d[i].col, cols[i]);
    }
    /* err holds the first */
    assert_int_equal(err.line, 2);
    assert_non_null(strstr(err.message, "unknown kind"));
}

static void test_errors_in_several_files(void **state)
{
    (void)state;
    const char *a = "# dyad-lexicon 1\nverb 040 : meet\nverb 0999 : x\n";
    const char *b = "# dyad-lexicon 1\n\nactor ABCD : X\n";
    const char *names[3] = {"data/a.lex", "cameo.tsv", "data/b.lex"};
    const char *texts[3] = {a, cameo_tsv, b};
    size_t lens[3] = {strlen(a), strlen(cameo_tsv), strlen(b)};
    dyad_lexicon *lx = NULL;
    diags ds;
    dyad_error err;
    memset(&ds, 0, sizeof ds);
    int rc = dyad_lexicon_compile_buffers(&lx, names, texts, lens, 3, NULL,
                                          NULL, collect, &ds, &err);
    assert_int_equal(rc, DYAD_EDICT);
    assert_int_equal(ds.n, 2);
    assert_string_equal(ds.d[0].file, "data/a.lex");
    assert_int_equal(ds.d[0].line, 3);
    assert_string_equal(ds.d[1].file, "data/b.lex");
    assert_int_equal(ds.d[1].line, 3);
    assert_int_equal(ds.d[1].col, 7);
    /* without a diag callback the call still fails with the first error */
    memset(&err, 0, sizeof err);
    rc = dyad_lexicon_compile_buffers(&lx, names, texts, lens, 3, NULL, NULL,
                                      NULL, NULL, &err);
    assert_int_equal(rc, DYAD_EDICT);
    assert_string_equal(err.file, "data/a.lex");
    assert_int_equal(err.line, 3);
    /* and with neither diag nor err */
    rc = dyad_lexicon_compile_buffers(&lx, names, texts, lens, 3, NULL, NULL,
                                      NULL, NULL, NULL);
    assert_int_equal(rc, DYAD_EDICT);
    assert_null(lx);
}

/* a lexicon with more distinct agent codes than the tables hold is
 * turned away with an error naming the limit, not compiled with the codes
 * past it silently left out */
static void test_too_many_agent_codes(void **state)
{
    (void)state;
    char text[8192];
    size_t n = (size_t)snprintf(text, sizeof text, "# dyad-lexicon 1\n");
    for (int k = 0; k < 129; k++)
        n += (size_t)snprintf(text + n, sizeof text - n,
                              "agent Q%c%c : role%c%c\n", 'A' + k / 26,
                              'A' + k % 26, 'a' + k / 26, 'a' + k % 26);
    dyad_lexicon *lx = NULL;
    diags ds;
    dyad_error err;
    int rc = compile_one(&lx, "agents.lex", text, n, &ds, &err);
    assert_int_equal(rc, DYAD_ELIMIT);
    assert_null(lx);
    assert_non_null(strstr(err.message, "too many agent codes (at most 128)"));
    /* (128 compile) */
    n = (size_t)snprintf(text, sizeof text, "# dyad-lexicon 1\n");
    for (int k = 0; k < 128; k++)
        n += (size_t)snprintf(text + n, sizeof text - n,
                              "agent Q%c%c : role%c%c\n", 'A' + k / 26,
                              'A' + k % 26, 'a' + k / 26, 'a' + k % 26);
    assert_int_equal(compile_one(&lx, "agents.lex", text, n, &ds, &err), 0);
    dyad_lexicon_free(lx);
}

static void test_bad_cameo_table(void **state)
{
    (void)state;
    const char *tsv = "# header\n040\t1\t1\t1\t-\t-\tConsult\n"
                      "042\t1.9\t1\n"                       /* 3: 3 fields */
                      "190\t-10\t7\t4\t-\t-\tBad quad\n";    /* 4 */
    const char *lex = "# dyad-lexicon 1\nverb 040 : meet\n";
    const char *names[2] = {"x/cameo.tsv", "v.lex"};
    const char *texts[2] = {tsv, lex};
    size_t lens[2] = {strlen(tsv), strlen(lex)};
    dyad_lexicon *lx = NULL;
    diags ds;
    dyad_error err;
    memset(&ds, 0, sizeof ds);
    int rc = dyad_lexicon_compile_buffers(&lx, names, texts, lens, 2, NULL,
                                          NULL, collect, &ds, &err);
    assert_int_equal(rc, DYAD_EDICT);
    assert_int_equal(ds.n, 2);
    assert_string_equal(ds.d[0].file, "x/cameo.tsv");
    assert_int_equal(ds.d[0].line, 3);
    assert_non_null(strstr(ds.d[0].msg, "7 tab-separated"));
    assert_int_equal(ds.d[1].line, 4);
}

static void test_compile_bad_arguments(void **state)
{
    (void)state;
    const char *names[1] = {"cameo.tsv"};
    const char *texts[1] = {cameo_tsv};
    size_t lens[1] = {strlen(cameo_tsv)};
    dyad_lexicon *lx = NULL;
    dyad_error err;
    assert_int_equal(dyad_lexicon_compile_buffers(NULL, names, texts, lens, 1,
                                                  NULL, NULL, NULL, NULL,
                                                  &err),
                     DYAD_EINVAL);
    assert_int_equal(err.code, DYAD_EINVAL);
    assert_int_equal(dyad_lexicon_compile_buffers(&lx, NULL, texts, lens, 1,
                                                  NULL, NULL, NULL, NULL,
                                                  &err),
                     DYAD_EINVAL);
    assert_int_equal(dyad_lexicon_compile_buffers(&lx, names, NULL, lens, 1,
                                                  NULL, NULL, NULL, NULL,
                                                  &err),
                     DYAD_EINVAL);
    assert_int_equal(dyad_lexicon_compile_buffers(&lx, names, texts, NULL, 1,
                                                  NULL, NULL, NULL, NULL,
                                                  &err),
                     DYAD_EINVAL);
    /* a WordNet directory that does not exist is an I/O error */
    assert_int_equal(dyad_lexicon_compile_buffers(&lx, names, texts, lens, 1,
                                                  "/nonexistent/wordnet", NULL,
                                                  NULL, NULL, &err),
                     DYAD_EIO);
    assert_null(lx);
    /* compile from paths: a missing file is DYAD_EIO naming the file */
    const char *paths[1] = {"/nonexistent/dir/x.lex"};
    memset(&err, 0, sizeof err);
    assert_int_equal(dyad_lexicon_compile(&lx, paths, 1, NULL, NULL, NULL,
                                          NULL, &err),
                     DYAD_EIO);
    assert_non_null(strstr(err.file, "x.lex"));
    assert_int_equal(dyad_lexicon_compile(NULL, paths, 1, NULL, NULL, NULL,
                                          NULL, &err),
                     DYAD_EINVAL);
}

/* ------------------------------------------------------------- images */

static char tmpdir[256];

static int setup_tmp(void **state)
{
    (void)state;
    return th_tmpdir_make(tmpdir, sizeof tmpdir, "dyad-test-lexicon");
}

static int teardown_tmp(void **state)
{
    (void)state;
    return th_tmpdir_remove(tmpdir);
}

static char *read_all(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *b = malloc((size_t)n + 1);
    assert_non_null(b);
    assert_int_equal(fread(b, 1, (size_t)n, f), (size_t)n);
    fclose(f);
    *len = (size_t)n;
    return b;
}

static void write_all(const char *path, const void *b, size_t n)
{
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    if (n)
        assert_int_equal(fwrite(b, 1, n, f), n);
    assert_int_equal(fclose(f), 0);
}

static dyad_lexicon *good_lexicon(void)
{
    dyad_lexicon *lx = NULL;
    diags ds;
    dyad_error err;
    assert_int_equal(
        compile_one(&lx, "good.lex", good_lex, strlen(good_lex), &ds, &err), 0);
    return lx;
}

static char *code_dump(const dyad_lexicon *lx, const char *text)
{
    dyad_coder *c = NULL;
    dyad_result *r = NULL;
    dyad_error err;
    dyad_doc doc;
    th_out out = {NULL, 0, 0};
    memset(&doc, 0, sizeof doc);
    doc.text = text;
    doc.text_len = strlen(text);
    assert_int_equal(dyad_coder_new(&c, lx, NULL, &err), 0);
    assert_int_equal(dyad_code(&r, c, &doc, &err), 0);
    th_sink(&out, "", 0);
    assert_int_equal(dyad_result_write(r, DYAD_FORMAT_EVENTS, th_sink, &out),
                     0);
    dyad_result_free(r);
    dyad_coder_free(c);
    return out.data;
}

static void test_image_round_trip(void **state)
{
    (void)state;
    char p1[512], p2[512];
    snprintf(p1, sizeof p1, "%s/a.lexb", tmpdir);
    snprintf(p2, sizeof p2, "%s/b.lexb", tmpdir);
    dyad_lexicon *lx = good_lexicon();
    dyad_error err;
    assert_int_equal(dyad_lexicon_save(lx, p1, &err), 0);
    dyad_lexicon *ld = NULL;
    assert_int_equal(dyad_lexicon_load(&ld, p1, NULL, &err), 0);
    assert_non_null(ld);
    dyad_lexicon_stats a, b;
    dyad_lexicon_get_stats(lx, &a);
    dyad_lexicon_get_stats(ld, &b);
    assert_int_equal(a.words, b.words);
    assert_int_equal(a.phrases, b.phrases);
    assert_int_equal(a.patterns, b.patterns);
    assert_int_equal(a.actors, b.actors);
    assert_int_equal(a.codes, b.codes);
    assert_int_equal(a.bytes, b.bytes);
    /* the loaded image lists the same patterns */
    size_t ia = 0, ib = 0;
    dyad_pattern_info pa, pb;
    while (dyad_lexicon_pattern_next(lx, &ia, &pa)) {
        assert_true(dyad_lexicon_pattern_next(ld, &ib, &pb));
        assert_string_equal(pa.text, pb.text);
        assert_string_equal(pa.file, pb.file);
        assert_int_equal(pa.line, pb.line);
    }
    assert_int_equal(dyad_lexicon_pattern_next(ld, &ib, &pb), 0);
    size_t n1, n2;
    char *i1 = read_all(p1, &n1);
    assert_int_equal(n1, a.bytes);
    /* the loaded image saves to the same bytes */
    assert_int_equal(dyad_lexicon_save(ld, p2, &err), 0);
    char *i2 = read_all(p2, &n2);
    assert_int_equal(n1, n2);
    assert_memory_equal(i1, i2, n1);
    /* and codes like the compiled one */
    const char *text = "Russia will visit Kyiv. The Kremlin met Ukraine.";
    char *d1 = code_dump(lx, text);
    char *d2 = code_dump(ld, text);
    assert_string_equal(d1, d2);
    free(d1);
    free(d2);
    free(i1);
    free(i2);
    dyad_lexicon_free(ld);
    dyad_lexicon_free(lx);
    /* no temporary file is left behind */
    char tmp[600];
    snprintf(tmp, sizeof tmp, "%s.tmp", p1);
    assert_int_not_equal(access(tmp, F_OK), 0);
}

static void test_save_load_errors(void **state)
{
    (void)state;
    dyad_lexicon *lx = good_lexicon();
    dyad_error err;
    memset(&err, 0, sizeof err);
    assert_int_equal(dyad_lexicon_save(lx, "/nonexistent/dir/x.lexb", &err),
                     DYAD_EIO);
    assert_int_equal(dyad_lexicon_save(NULL, "/tmp/x.lexb", &err),
                     DYAD_EINVAL);
    assert_int_equal(dyad_lexicon_save(lx, NULL, &err), DYAD_EINVAL);
    dyad_lexicon *ld = (dyad_lexicon *)&err; /* must be reset to NULL */
    assert_int_equal(dyad_lexicon_load(&ld, "/nonexistent/x.lexb", NULL, &err),
                     DYAD_EIO);
    assert_null(ld);
    assert_int_equal(dyad_lexicon_load(NULL, "/tmp/x.lexb", NULL, &err),
                     DYAD_EINVAL);
    assert_int_equal(dyad_lexicon_load(&ld, NULL, NULL, &err), DYAD_EINVAL);
    /* a directory is not an image */
    assert_int_equal(dyad_lexicon_load(&ld, tmpdir, NULL, &err), DYAD_EDICT);
    assert_null(ld);
    dyad_lexicon_free(lx);
    dyad_lexicon_free(NULL);
}

/* loads path, with the full check when verify, without it otherwise; the
 * result must be DYAD_EDICT naming the file (strict), or, for damage the
 * load did not look for, a lexicon that dyad_lexicon_verify refuses (a
 * lexicon that passed the full check must code without crashing) */
static void load_corrupt_as(const char *path, int verify, int strict,
                            const char *what, size_t at)
{
    dyad_lexicon *ld = (dyad_lexicon *)path;
    dyad_error err;
    memset(&err, 0, sizeof err);
    dyad_options o = DYAD_OPTIONS_INIT;
    o.flags = verify ? DYAD_F_VERIFY_LEXICON : 0;
    int rc = dyad_lexicon_load(&ld, path, &o, &err);
    if (rc == 0 && !strict) {
        assert_non_null(ld);
        dyad_lexicon_stats st;
        dyad_lexicon_get_stats(ld, &st);
        if (verify) {
            char *d = code_dump(ld, "Russia will visit Kyiv. Ukrainian troops "
                                    "met the Kremlin, killing 3 in Ternopil.");
            free(d);
        } else if (dyad_lexicon_verify(ld, &err) != DYAD_EDICT) {
            fail_msg("%s at %zu: loaded, and the full check passed", what, at);
        }
        dyad_lexicon_free(ld);
        return;
    }
    if (rc != DYAD_EDICT)
        fail_msg("%s at %zu%s: rc %d (%s), expected DYAD_EDICT", what, at,
                 verify ? " (verified)" : "", rc, err.message);
    assert_null(ld);
    assert_int_equal(err.code, DYAD_EDICT);
    assert_string_equal(err.file, path);
    assert_true(err.message[0] != '\0');
}

/* both ways: the full check refuses whatever the plain load refuses */
static void load_corrupt(const char *path, int strict, const char *what,
                         size_t at)
{
    load_corrupt_as(path, 0, strict, what, at);
    load_corrupt_as(path, 1, 1, what, at);
}

static void test_garbage_image(void **state)
{
    (void)state;
    char p[512];
    snprintf(p, sizeof p, "%s/garbage.lexb", tmpdir);
    static const size_t lens[] = {1, 7, 8, 100, 136, 4096, 70000};
    unsigned int seed = 12345;
    for (size_t i = 0; i < sizeof lens / sizeof lens[0]; i++) {
        char *b = malloc(lens[i]);
        assert_non_null(b);
        for (size_t k = 0; k < lens[i]; k++) {
            seed = seed * 1103515245u + 12345u;
            b[k] = (char)(seed >> 16);
        }
        write_all(p, b, lens[i]);
        load_corrupt(p, 1, "garbage of length", lens[i]);
        /* garbage behind a valid magic */
        if (lens[i] >= 8) {
            memcpy(b, "DYADLEX", 8);
            write_all(p, b, lens[i]);
            load_corrupt(p, 1, "garbage with magic, length", lens[i]);
        }
        free(b);
    }
    /* an empty file */
    write_all(p, "", 0);
    load_corrupt(p, 1, "empty file", 0);
    /* a text file */
    write_all(p, good_lex, strlen(good_lex));
    load_corrupt(p, 1, "lexicon source", 0);
}

static void test_truncated_image(void **state)
{
    (void)state;
    char p[512], q[512];
    snprintf(p, sizeof p, "%s/full.lexb", tmpdir);
    snprintf(q, sizeof q, "%s/trunc.lexb", tmpdir);
    dyad_lexicon *lx = good_lexicon();
    dyad_error err;
    assert_int_equal(dyad_lexicon_save(lx, p, &err), 0);
    dyad_lexicon_free(lx);
    size_t n;
    char *img = read_all(p, &n);
    assert_true(n > 200);
    size_t cuts[] = {1, 8, 16, 24, 100, 135, 136, 137, n / 3, n / 2, n - 8,
                     n - 1};
    for (size_t i = 0; i < sizeof cuts / sizeof cuts[0]; i++) {
        write_all(q, img, cuts[i]);
        load_corrupt(q, 1, "truncated to", cuts[i]);
    }
    /* one byte too many is not the image either */
    char *big = malloc(n + 1);
    memcpy(big, img, n);
    big[n] = 0;
    write_all(q, big, n + 1);
    load_corrupt(q, 1, "extended to", n + 1);
    free(big);
    free(img);
}

/* the header's size: magic (0-7), version (8-11), section count (12-15),
 * total size (16-23), checksum (24-31), then per section a record count
 * (4), record size (4) and offset (8) */
static size_t header_len(const char *img)
{
    uint32_t nsec;
    memcpy(&nsec, img + 12, 4);
    return 32 + 16 * (size_t)nsec;
}

static void test_flipped_bytes(void **state)
{
    (void)state;
    char p[512], q[512];
    snprintf(p, sizeof p, "%s/full2.lexb", tmpdir);
    snprintf(q, sizeof q, "%s/flip.lexb", tmpdir);
    dyad_lexicon *lx = good_lexicon();
    dyad_error err;
    assert_int_equal(dyad_lexicon_save(lx, p, &err), 0);
    dyad_lexicon_free(lx);
    size_t n;
    char *img = read_all(p, &n);
    char *c = malloc(n);
    assert_non_null(c);
    size_t hl = header_len(img);
    assert_true(hl < n);
    /* the first 24 bytes are compared exactly by every load; a change to
     * any other byte, the checksum and section table included, is found
     * by the full check (one changed byte always changes the checksum) */
    for (size_t at = 0; at < hl; at++) {
        memcpy(c, img, n);
        c[at] ^= (char)0xFF;
        write_all(q, c, n);
        load_corrupt(q, at < 24, "header byte flipped", at);
        memcpy(c, img, n);
        c[at] ^= 0x01;
        write_all(q, c, n);
        load_corrupt(q, at < 24, "header bit flipped", at);
    }
    for (size_t at = hl; at < n; at += 13) {
        memcpy(c, img, n);
        c[at] ^= (char)0xFF;
        write_all(q, c, n);
        load_corrupt(q, 0, "body byte flipped", at);
    }
    /* large values in every 32-bit word of the body */
    for (size_t at = hl; at + 4 <= n; at += 4 * 11) {
        memcpy(c, img, n);
        memcpy(c + at, "\xff\xff\xff\x7f", 4);
        if (!memcmp(c, img, n))
            continue;
        write_all(q, c, n);
        load_corrupt(q, 0, "body word set", at);
    }
    free(c);
    free(img);
}

/* the full check reads every record, not only the checksum: a word record
 * pointing outside the string pool, under a checksum made to match, is
 * refused by dyad_lexicon_verify and by a verifying load; the plain load
 * does not read the word table */
static void test_verify_checks_records(void **state)
{
    (void)state;
    char p[512], q[512];
    snprintf(p, sizeof p, "%s/full3.lexb", tmpdir);
    snprintf(q, sizeof q, "%s/badrec.lexb", tmpdir);
    dyad_lexicon *lx = good_lexicon();
    dyad_error err;
    memset(&err, 0, sizeof err);
    assert_int_equal(dyad_lexicon_verify(lx, &err), 0);
    assert_int_equal(dyad_lexicon_verify(NULL, &err), DYAD_EINVAL);
    assert_int_equal(dyad_lexicon_save(lx, p, &err), 0);
    dyad_lexicon_free(lx);
    size_t n;
    char *img = read_all(p, &n);
    /* section 1 is the word table; its first record starts with the
     * offset of the word's string */
    uint64_t off;
    memcpy(&off, img + 32 + 16 + 8, 8);
    assert_true(off + 4 <= n);
    memcpy(img + off, "\xff\xff\xff\x7f", 4);
    uint64_t sum = dy_checksum(img + 32, n - 32);
    memcpy(img + 24, &sum, 8);
    write_all(q, img, n);

    dyad_lexicon *ld = NULL;
    assert_int_equal(dyad_lexicon_load(&ld, q, NULL, &err), 0);
    memset(&err, 0, sizeof err);
    assert_int_equal(dyad_lexicon_verify(ld, &err), DYAD_EDICT);
    assert_non_null(strstr(err.message, "word record"));
    dyad_lexicon_free(ld);

    dyad_options o = DYAD_OPTIONS_INIT;
    o.flags = DYAD_F_VERIFY_LEXICON;
    ld = NULL;
    assert_int_equal(dyad_lexicon_load(&ld, q, &o, &err), DYAD_EDICT);
    assert_null(ld);
    assert_non_null(strstr(err.message, "word record"));
    free(img);
}

/* the image saved at p, read whole (*n bytes), and the offset of its
 * section `section` (an entry of it fits) in *off */
static char *image_section(const char *p, int section, size_t *n,
                           uint64_t *off)
{
    char *img = read_all(p, n);
    memcpy(off, img + 32 + 16 * section + 8, 8);
    assert_true(*off + sizeof(lx_kentry) <= *n);
    return img;
}

/* writes img (n bytes, changed) back to p under a matching checksum:
 * the plain load takes it, the full check reports `what`; frees img */
static void verify_finds(const char *p, char *img, size_t n,
                         const char *what)
{
    dyad_error err;
    uint64_t sum = dy_checksum(img + 32, n - 32);
    memcpy(img + 24, &sum, 8);
    write_all(p, img, n);
    dyad_lexicon *ld = NULL;
    assert_int_equal(dyad_lexicon_load(&ld, p, NULL, &err), 0);
    memset(&err, 0, sizeof err);
    assert_int_equal(dyad_lexicon_verify(ld, &err), DYAD_EDICT);
    assert_non_null(strstr(err.message, what));
    dyad_lexicon_free(ld);
    free(img);
}

/* the phrase index by second word and kind: each of a word's phrases
 * once, with its kind and second word, in the order of second words; a
 * changed entry is found by the full check */
static void test_kind_index(void **state)
{
    (void)state;
    static const char src[] = "# dyad-lexicon 1\n"
                              "agent MIL : south army\n"
                              "country KOR 36 128 : south korea\n"
                              "agent MIL : south guard\n"
                              "place KOR 35 127 city : south\n"
                              "country SSD 7 30 : south sudan\n";
    dyad_lexicon *lx = NULL;
    diags ds;
    dyad_error err;
    assert_int_equal(compile_one(&lx, "k.lex", src, strlen(src), &ds, &err),
                     0);
    const lx_word *w = &lx->words[dy_lexicon_find(lx, "south", 5)];
    assert_int_equal(w->phr_count, 5);
    /* by source position: the kind and the second word of each phrase */
    static const uint32_t kind[5] = {LX_AGENT, LX_COUNTRY, LX_AGENT,
                                     LX_PLACE, LX_COUNTRY};
    static const char *const next[5] = {"army", "korea", "guard", NULL,
                                        "sudan"};
    int seen[5] = {0};
    for (uint32_t q = 0; q < 5; q++) {
        const lx_kentry *e = &lx->kindex[w->phr_first + q];
        uint32_t at = e->kq & LX_KQ_MASK;
        assert_true(at < 5);
        seen[at]++;
        assert_int_equal(e->kq >> LX_KQ_BITS, kind[at]);
        assert_int_equal(e->next, next[at] ? dy_lexicon_find(lx, next[at],
                                                             strlen(next[at]))
                                           : LX_NONE);
        /* by second word, the one-word phrase (LX_NONE) last */
        if (q)
            assert_true(e[-1].next <= e->next);
    }
    for (int q = 0; q < 5; q++)
        assert_int_equal(seen[q], 1);
    assert_int_equal(lx->kindex[w->phr_first + 4].kq & LX_KQ_MASK, 3);
    char p[512];
    snprintf(p, sizeof p, "%s/kindex.lexb", tmpdir);
    assert_int_equal(dyad_lexicon_save(lx, p, &err), 0);
    dyad_lexicon_free(lx);

    /* another second word in the first entry, under a matching checksum:
     * the plain load does not read it, the full check does */
    size_t n;
    uint64_t off;
    char *img = image_section(p, 15, &n, &off); /* the kind index */
    uint32_t other = 7;
    memcpy(img + off + offsetof(lx_kentry, next), &other, sizeof other);
    verify_finds(p, img, n, "kind index entry");
}

/* a kind index entry's need holds a bit for each word of its phrase
 * after the second, '+' and slots left out, so that a verb pattern whose
 * words are not ahead of its verb is rejected unread */
static void test_kind_index_need(void **state)
{
    (void)state;
    static const char src[] = "# dyad-lexicon 1\n"
                              "class cargo : grain\n"
                              "verb 042 : ship + to &cargo port | ship\n";
    dyad_lexicon *lx = NULL;
    diags ds;
    dyad_error err;
    assert_int_equal(compile_one(&lx, "n.lex", src, strlen(src), &ds, &err),
                     0);
    const lx_word *w = &lx->words[dy_lexicon_find(lx, "ship", 4)];
    assert_int_equal(w->phr_count, 2);
    lx_filter want = {{0, 0}}, none = {{0, 0}};
    lx_filter_add(&want, dy_lexicon_find(lx, "to", 2));
    lx_filter_add(&want, dy_lexicon_find(lx, "port", 4));
    for (uint32_t q = 0; q < 2; q++) {
        const lx_kentry *e = &lx->kindex[w->phr_first + q];
        /* "ship + to &cargo port": "to" and "port"; "ship": none */
        assert_memory_equal(&e->need, e->next == LX_PLUS ? &want : &none,
                            sizeof want);
    }
    dyad_lexicon_free(lx);
}

/* the verb index: a word's verb and null patterns, none of its other
 * phrases, in groups by their second word's filter bit (group 0: no
 * word second, those with a typed slot second first, counted by typed),
 * each group's bit in occ; a changed entry or count is found by the full
 * check */
static void test_verb_index(void **state)
{
    (void)state;
    static const char src[] = "# dyad-lexicon 1\n"
                              "class cargo : grain\n"
                              "agent MIL : ship army\n"
                              "verb 042 : ship + to port | ship aid\n"
                              "verb 042 : ship &cargo | ship\n"
                              "verb null : ship out\n"
                              "verb 042 : sail\n";
    dyad_lexicon *lx = NULL;
    diags ds;
    dyad_error err;
    assert_int_equal(compile_one(&lx, "v.lex", src, strlen(src), &ds, &err),
                     0);
    uint32_t ship = dy_lexicon_find(lx, "ship", 4);
    uint32_t aid = dy_lexicon_find(lx, "aid", 3);
    uint32_t out = dy_lexicon_find(lx, "out", 3);
    assert_int_equal(lx->words[ship].phr_count, 6);
    assert_int_equal(lx->vslot[aid], LX_NONE);
    assert_int_not_equal(lx->vslot[dy_lexicon_find(lx, "sail", 4)], LX_NONE);
    const lx_vslice *v = &lx->vslices[lx->vslot[ship]];
    /* "ship + to port", "ship &cargo" and "ship" first; the agent not */
    assert_int_equal(v->off[1], 3);
    assert_int_equal(v->off[LX_VGROUPS], 5);
    /* "ship &cargo" before them, though after "ship + to port" in the
     * file: the passive reads it alone */
    assert_int_equal(v->typed, 1);
    assert_true(lx_is_slot(lx->vindex[v->first].next));
    assert_int_equal(lx->vindex[v->first + 1].next, LX_PLUS);
    assert_int_equal(lx->vindex[v->first + 2].next, LX_NONE);
    int verbs = 0, blocks = 0;
    lx_filter occ = {{0, 0}};
    for (uint32_t g = 0; g < LX_VGROUPS; g++)
        for (uint32_t r = v->off[g]; r < v->off[g + 1]; r++) {
            const lx_kentry *e = &lx->vindex[v->first + r];
            uint32_t kind = e->kq >> LX_KQ_BITS;
            verbs += kind == LX_VERB;
            blocks += kind == LX_BLOCK;
            assert_int_equal(lx_vgroup(e->next), g);
            assert_true(g == 0 || e->next == aid || e->next == out);
            if (g)
                lx_filter_add(&occ, e->next);
        }
    assert_int_equal(verbs, 4);
    assert_int_equal(blocks, 1);
    assert_memory_equal(&v->occ, &occ, sizeof occ);
    char p[512], pt[512];
    snprintf(p, sizeof p, "%s/vindex.lexb", tmpdir);
    snprintf(pt, sizeof pt, "%s/vtyped.lexb", tmpdir);
    assert_int_equal(dyad_lexicon_save(lx, p, &err), 0);
    assert_int_equal(dyad_lexicon_save(lx, pt, &err), 0);
    uint32_t slot = lx->vslot[ship];
    dyad_lexicon_free(lx);

    /* the first entry of another kind, under a matching checksum: the
     * plain load does not read it, the full check does */
    size_t n;
    uint64_t off;
    char *img = image_section(p, 19, &n, &off); /* the verb index */
    uint32_t kq;
    memcpy(&kq, img + off + offsetof(lx_kentry, kq), sizeof kq);
    kq = (uint32_t)LX_AGENT << LX_KQ_BITS | (kq & LX_KQ_MASK);
    memcpy(img + off + offsetof(lx_kentry, kq), &kq, sizeof kq);
    verify_finds(p, img, n, "verb index entry");

    /* "ship"'s count of typed slots second one too few */
    img = image_section(pt, 18, &n, &off); /* the verb index slices */
    uint32_t typed = 0;
    memcpy(img + off + slot * sizeof(lx_vslice) + offsetof(lx_vslice, typed),
           &typed, sizeof typed);
    verify_finds(pt, img, n, "verb index entry");
}

/* the noun index: a head's noun patterns, and only those, grouped by their
 * word before the head (one word, or a typed slot there: group 0), in
 * their order in its slice of pindex; a changed entry is found by the
 * full check */
static void test_noun_index(void **state)
{
    (void)state;
    static const char src[] = "# dyad-lexicon 1\n"
                              "class weapon : rocket\n"
                              "agent MIL : strike force\n"
                              "noun 042 : strike | heavy &weapon strike\n"
                              "verb 042 : strike\n"
                              "noun 042 : drone strike | missile strike\n"
                              "noun 042 : call of strike | drone attack\n"
                              /* (so the index holds an entry's bytes) */
                              "noun 042 : clash | armed clash | truce\n"
                              "noun 042 : border clash | ceasefire\n";
    dyad_lexicon *lx = NULL;
    diags ds;
    dyad_error err;
    assert_int_equal(compile_one(&lx, "n.lex", src, strlen(src), &ds, &err),
                     0);
    uint32_t strike = dy_lexicon_find(lx, "strike", 6);
    uint32_t drone = dy_lexicon_find(lx, "drone", 5);
    uint32_t attack = dy_lexicon_find(lx, "attack", 6);
    assert_int_equal(lx->words[strike].phr_count, 7);
    assert_int_equal(lx->nslot[drone], LX_NONE);
    assert_int_equal(lx->nslot[dy_lexicon_find(lx, "heavy", 5)], LX_NONE);
    assert_int_not_equal(lx->nslot[attack], LX_NONE);
    const lx_vslice *v = &lx->nslices[lx->nslot[strike]];
    /* "strike" and "heavy &weapon strike" in group 0; the agent and the
     * verb pattern not at all */
    assert_int_equal(v->off[1], 2);
    assert_int_equal(v->off[LX_VGROUPS], 5);
    lx_filter occ = {{0, 0}};
    for (uint32_t g = 0; g < LX_VGROUPS; g++)
        for (uint32_t r = v->off[g]; r < v->off[g + 1]; r++) {
            uint32_t q = lx->nindex[v->first + r];
            const lx_phrase *p =
                &lx->phrases[lx->pindex[lx->words[strike].phr_first + q]];
            const uint32_t *w = lx->pwords + p->words;
            assert_int_equal(p->kind, LX_NOUN);
            assert_int_equal(w[p->nwords - 1], strike);
            assert_true(r == v->off[g] || q > lx->nindex[v->first + r - 1]);
            if (g) {
                assert_int_equal(g, 1 + lx_filter_bit(w[p->nwords - 2]));
                lx_filter_add(&occ, w[p->nwords - 2]);
            } else {
                assert_true(p->nwords == 1 || lx_is_slot(w[p->nwords - 2]));
            }
        }
    assert_memory_equal(&v->occ, &occ, sizeof occ);
    char p[512];
    snprintf(p, sizeof p, "%s/nindex.lexb", tmpdir);
    assert_int_equal(dyad_lexicon_save(lx, p, &err), 0);
    dyad_lexicon_free(lx);

    /* group 0's first entry pointing at the agent, under a matching
     * checksum: the plain load does not read it, the full check does */
    size_t n;
    uint64_t off;
    char *img = image_section(p, 26, &n, &off); /* the noun index */
    uint32_t q;
    memcpy(&q, img + off, sizeof q);
    q = q ? 0 : 1;
    memcpy(img + off, &q, sizeof q);
    verify_finds(p, img, n, "noun index entry");
}

/* what follows each word's first word in its phrases (lx_pnext): the
 * kinds of its phrases of one word, the second words of the others in a
 * filter; a changed record is found by the full check */
static void test_phrase_next(void **state)
{
    (void)state;
    static const char src[] = "# dyad-lexicon 1\n"
                              "agent MIL : south army\n"
                              "country KOR 36 128 : south korea\n"
                              "place KOR 35 127 city : south\n"
                              "agent MIL : army\n"
                              "verb 042 : sail south\n";
    dyad_lexicon *lx = NULL;
    diags ds;
    dyad_error err;
    assert_int_equal(compile_one(&lx, "n.lex", src, strlen(src), &ds, &err),
                     0);
    uint32_t south = dy_lexicon_find(lx, "south", 5);
    uint32_t army = dy_lexicon_find(lx, "army", 4);
    uint32_t korea = dy_lexicon_find(lx, "korea", 5);
    uint32_t sail = dy_lexicon_find(lx, "sail", 4);
    const lx_pnext *s = &lx->pnext[south];
    assert_int_equal(s->one, 1u << LX_PLACE);
    lx_filter two = {{0, 0}};
    lx_filter_add(&two, army);
    lx_filter_add(&two, korea);
    assert_memory_equal(&s->next, &two, sizeof two);
    assert_int_equal(lx->pnext[army].one, 1u << LX_AGENT);
    assert_int_equal(lx->pnext[army].next.b[0] | lx->pnext[army].next.b[1],
                     0);
    assert_int_equal(lx->pnext[sail].one, 0);
    assert_true(lx_filter_has(&lx->pnext[sail].next, south));
    assert_int_equal(lx->pnext[korea].one, 0);
    assert_int_equal(lx->pnext[korea].next.b[0] | lx->pnext[korea].next.b[1],
                     0);
    char p[512];
    snprintf(p, sizeof p, "%s/pnext.lexb", tmpdir);
    assert_int_equal(dyad_lexicon_save(lx, p, &err), 0);
    dyad_lexicon_free(lx);

    /* "south" said to key an agent of one word, under a matching
     * checksum: the plain load does not read it, the full check does */
    size_t n;
    uint64_t off;
    char *img = image_section(p, 20, &n, &off); /* the second words */
    uint64_t at = off + (uint64_t)south * sizeof(lx_pnext) +
                  offsetof(lx_pnext, one);
    assert_true(at + sizeof(uint32_t) <= n);
    uint32_t one = 1u << LX_PLACE | 1u << LX_AGENT;
    memcpy(img + at, &one, sizeof one);
    verify_finds(p, img, n, "phrases' second words");
}

/* the actors stage's tables come with the image (lexicon/tables.c):
 * country codes, agent codes, and the one-word names of 6+ letters by
 * letter and length, as compiled and as loaded again */
static void test_derived_tables(void **state)
{
    (void)state;
    char p[512];
    snprintf(p, sizeof p, "%s/tables.lexb", tmpdir);
    dyad_lexicon *lx = good_lexicon();
    assert_true(dy_lexicon_is_country(lx, "UKR"));
    assert_true(dy_lexicon_is_country(lx, "RUSGOV"));
    assert_false(dy_lexicon_is_country(lx, "USA"));
    assert_false(dy_lexicon_is_country(lx, "MIL"));
    assert_false(dy_lexicon_is_country(lx, "ukr"));
    assert_int_equal(lx->tables->nagents, 1);
    assert_string_equal(lx->tables->agents[0], "MIL");
    static const char *const want[] = {"kremlin", "russia", "ukraine",
                                       "ukrainian", "ukrainians", "zelensky"};
    assert_int_equal(lx->nnames, 6);
    for (uint32_t i = 0; i < lx->nnames; i++) {
        assert_string_equal(lx_str(lx, lx->words[lx->names[i]].str), want[i]);
        assert_int_equal(lx->names_len[i], strlen(want[i]));
        assert_true(lx->names_letters[i] ==
                    lx_letters(want[i], strlen(want[i])));
    }
    /* one edit apart, two letter sets differ in at most two bits (the
     * misspelt-name search turns away names that differ in more) */
    static const char *const edits[][2] = {
        {"ukraine", "ukriane"}, {"ukraine", "ukrane"},
        {"ukraine", "ukrainne"}, {"ukraine", "ukraime"}, {"russia", "rusia"}};
    for (size_t i = 0; i < sizeof edits / sizeof edits[0]; i++) {
        uint64_t d = lx_letters(edits[i][0], strlen(edits[i][0])) ^
                     lx_letters(edits[i][1], strlen(edits[i][1]));
        d &= d - 1;
        assert_true((d & (d - 1)) == 0);
    }
    uint64_t far = lx_letters("ukraine", 7) ^ lx_letters("kremlin", 7);
    far &= far - 1;
    assert_true((far & (far - 1)) != 0);
    assert_int_equal(lx->tables->names_first['k' - 'a'], 0);
    assert_int_equal(lx->tables->names_first['u' - 'a'], 2);
    assert_int_equal(lx->tables->names_first['v' - 'a'], 5);
    assert_int_equal(lx->tables->names_first[26], 6);
    dyad_error err;
    assert_int_equal(dyad_lexicon_save(lx, p, &err), 0);
    dyad_lexicon *ld = NULL;
    assert_int_equal(dyad_lexicon_load(&ld, p, NULL, &err), 0);
    assert_memory_equal(ld->tables, lx->tables, sizeof *lx->tables);
    assert_int_equal(ld->nnames, lx->nnames);
    assert_memory_equal(ld->names, lx->names, lx->nnames * sizeof *lx->names);
    assert_memory_equal(ld->names_len, lx->names_len, lx->nnames);
    assert_memory_equal(ld->names_letters, lx->names_letters,
                        lx->nnames * sizeof *lx->names_letters);
    dyad_lexicon_free(ld);
    dyad_lexicon_free(lx);

    /* a name range past the names, under a matching checksum: refused
     * by the plain load, which reads these tables at once */
    size_t n;
    char *img = read_all(p, &n);
    uint32_t nsec;
    memcpy(&nsec, img + 12, 4);
    assert_int_equal(nsec, 31);
    uint64_t off; /* section 12: the tables record */
    memcpy(&off, img + 32 + 16 * 12 + 8, 8);
    uint32_t past = 7;
    memcpy(img + off + 26 * sizeof(uint32_t), &past, sizeof past);
    uint64_t sum = dy_checksum(img + 32, n - 32);
    memcpy(img + 24, &sum, 8);
    write_all(p, img, n);
    ld = NULL;
    assert_int_equal(dyad_lexicon_load(&ld, p, NULL, &err), DYAD_EDICT);
    assert_null(ld);
    assert_non_null(strstr(err.message, "derived tables"));
    free(img);

    /* a name index entry past the words, under a matching checksum: the
     * plain load does not read the index record by record, the full
     * check does (before the letters, which read the word it names) */
    lx = good_lexicon();
    assert_int_equal(dyad_lexicon_save(lx, p, &err), 0);
    uint32_t nwords = lx->nwords;
    dyad_lexicon_free(lx);
    img = image_section(p, 13, &n, &off); /* the name index */
    memcpy(img + off + sizeof(uint32_t), &nwords, sizeof nwords);
    verify_finds(p, img, n, "name index entry");
}

/* a copy of the image good (n bytes), with the offset of its section */
static char *image_copy(const char *good, size_t n, int section, uint64_t *off)
{
    char *img = malloc(n);
    assert_non_null(img);
    memcpy(img, good, n);
    memcpy(off, img + 32 + 16 * section + 8, 8);
    assert_true(*off < n);
    return img;
}

/* writes img (n bytes, changed) back to p under a matching checksum: the
 * plain load refuses it, reporting `what`; frees img */
static void load_refuses(const char *p, char *img, size_t n, const char *what)
{
    dyad_error err;
    uint64_t sum = dy_checksum(img + 32, n - 32);
    memcpy(img + 24, &sum, 8);
    write_all(p, img, n);
    dyad_lexicon *ld = NULL;
    memset(&err, 0, sizeof err);
    assert_int_equal(dyad_lexicon_load(&ld, p, NULL, &err), DYAD_EDICT);
    assert_null(ld);
    assert_non_null(strstr(err.message, what));
    free(img);
}

/* the remap index (section 21, ids 22) and the CAMEO order (23), computed
 * by compile: the loaded image's are the compiled ones and answer as
 * they did; an id outside its table is refused at load, an order or a
 * family's "*" row that is not the tables' own is found by the full
 * check */
static void test_small_indexes(void **state)
{
    (void)state;
    const char *text = "# dyad-lexicon 1\n"
                       "remap intent : 04 036 | 042 190\n"
                       "countries skeleton : UKR | RUS\n"
                       "remap demand : * 036 | 19 190\n";
    dyad_lexicon *lx = NULL;
    diags ds;
    dyad_error err;
    assert_int_equal(compile_one(&lx, "t.lex", text, strlen(text), &ds, &err),
                     0);
    char p[512];
    snprintf(p, sizeof p, "%s/indexes.lexb", tmpdir);
    assert_int_equal(dyad_lexicon_save(lx, p, &err), 0);
    dyad_lexicon *ld = NULL;
    assert_int_equal(dyad_lexicon_load(&ld, p, NULL, &err), 0);
    assert_int_equal(ld->ncameo, N_CODES);
    for (uint32_t i = 0; i < N_CODES; i++) /* cameo_tsv is in code order */
        assert_int_equal(ld->cameo_order[i], i);
    assert_memory_equal(ld->remaps, lx->remaps, sizeof *lx->remaps);
    /* intent's two entries, then demand's two, the countries between */
    assert_int_equal(ld->remaps->at[DY_RM_INTENT + 1] -
                         ld->remaps->at[DY_RM_INTENT],
                     2);
    uint32_t dm = ld->remaps->at[DY_RM_DEMAND];
    assert_int_equal(ld->remaps->at[DY_RM_DEMAND + 1] - dm, 2);
    assert_int_equal(ld->remap_ids[dm], 4);
    assert_int_equal(ld->remaps->star[DY_RM_INTENT], LX_NONE);
    assert_string_equal(ld->remap_star[DY_RM_DEMAND], "036");
    assert_null(ld->remap_star[DY_RM_INTENT]);
    assert_string_equal(dy_lexicon_remap(ld, DY_RM_INTENT, "042", 1), "190");
    assert_string_equal(dy_lexicon_remap(ld, DY_RM_DEMAND, "195", 1), "190");
    assert_string_equal(dy_lexicon_remap(ld, DY_RM_DEMAND, "042", 1), "036");
    assert_non_null(dy_lexicon_cameo(ld, "042"));
    assert_string_equal(lx_str(ld, dy_lexicon_cameo(ld, "195")->code), "195");
    assert_null(dy_lexicon_cameo(ld, "196"));
    assert_int_equal(dyad_lexicon_verify(ld, &err), 0);
    dyad_lexicon_free(ld);
    dyad_lexicon_free(lx);

    /* each change below to a copy of the compiled image */
    size_t n;
    char *good = read_all(p, &n);
    uint64_t off;
    /* two rows swapped: inside the table, so loaded; not in code order */
    char *img = image_copy(good, n, 23, &off);
    uint32_t two[2] = {1, 0};
    memcpy(img + off, two, sizeof two);
    verify_finds(p, img, n, "CAMEO order");
    /* a row past the table */
    img = image_copy(good, n, 23, &off);
    uint32_t past = N_CODES;
    memcpy(img + off + 4, &past, sizeof past);
    load_refuses(p, img, n, "CAMEO order");
    /* a remap id naming a countries entry, whose code is no row */
    img = image_copy(good, n, 22, &off);
    uint32_t countries = 2;
    memcpy(img + off + sizeof(uint32_t) * dm, &countries, sizeof countries);
    load_refuses(p, img, n, "remap index");
    /* demand's "*" mapped to another row: loaded, not the table's */
    img = image_copy(good, n, 21, &off);
    uint32_t row = 0;
    memcpy(img + off + offsetof(lx_remaps, star) +
               sizeof(uint32_t) * DY_RM_DEMAND,
           &row, sizeof row);
    verify_finds(p, img, n, "remap index");
    /* a family's range past the ids */
    img = image_copy(good, n, 21, &off);
    uint32_t far = 9;
    memcpy(img + off + sizeof(uint32_t) * LX_REMAP_FAMILIES, &far, sizeof far);
    load_refuses(p, img, n, "remap index");
    free(good);
}

/* the first words of the GeoNames names of two words or more (section
 * 24, computed by compile): a slot holds the most words of the names its
 * first words start; a table of no power of two is refused at load, one
 * that is not the names' own (a slot cleared, or none at all) is found by
 * the full check, and an image without one looks for every name */
static void test_place_first_words(void **state)
{
    (void)state;
    static const char lex[] = "# dyad-lexicon 1\n";
    static const char gaz[] =
        "1\tSDN\tRed Sea\tPPLA\t19.6\t37.2\t400000\tPort Sudan\t\n"
        "2\tVNM\tHo Chi Minh\tPPLA\t10.8\t106.6\t9000000\tHo Chi Minh City\t"
        "Saigon\n"
        "3\tTZA\tDar es Salaam\tPPLA\t-6.8\t39.3\t4000000\tDar es Salaam\t\n"
        "4\tSDN\tKhartoum\tPPLC\t15.5\t32.5\t2000000\tKhartoum\t\n";
    const char *names[3] = {"cameo.tsv", "t.lex", "gazetteer.tsv"};
    const char *texts[3] = {cameo_tsv, lex, gaz};
    size_t lens[3] = {strlen(cameo_tsv), strlen(lex), strlen(gaz)};
    dyad_lexicon *lx = NULL;
    diags ds;
    dyad_error err;
    memset(&ds, 0, sizeof ds);
    memset(&err, 0, sizeof err);
    assert_int_equal(dyad_lexicon_compile_buffers(&lx, names, texts, lens, 3,
                                                  NULL, NULL, collect, &ds,
                                                  &err),
                     0);
    assert_int_equal(lx->ngnfirst, 64); /* the least table: 2,048 slots */
    static const char *const first[] = {"port", "dar", "ho", "khartoum",
                                        "saigon", "sudan"};
    static const size_t most[] = {2, 3, SIZE_MAX, 1, 1, 1};
    for (size_t k = 0; k < 6; k++)
        assert_int_equal(dy_gaz_first_words(
                             lx, dy_hash(first[k], strlen(first[k]))),
                         most[k]);
    assert_int_not_equal(dy_gaz_find(lx, "dar es salaam", 13), LX_NONE);
    char p[512];
    snprintf(p, sizeof p, "%s/gnfirst.lexb", tmpdir);
    assert_int_equal(dyad_lexicon_save(lx, p, &err), 0);
    dyad_lexicon_free(lx);
    dyad_lexicon *ld = NULL;
    assert_int_equal(dyad_lexicon_load(&ld, p, NULL, &err), 0);
    assert_int_equal(ld->ngnfirst, 64);
    assert_int_equal(dy_gaz_first_words(ld, dy_hash("dar", 3)), 3);
    assert_int_equal(dyad_lexicon_verify(ld, &err), 0);
    dyad_lexicon_free(ld);

    size_t n;
    char *good = read_all(p, &n);
    uint64_t off;
    /* "port" cleared: loaded, but not the names' table */
    char *img = image_copy(good, n, 27, &off);
    uint64_t slot = lx_gnfirst_slot(dy_hash("port", 4), 64), word;
    memcpy(&word, img + off + 8 * (slot >> 5), 8);
    assert_int_equal(word >> (slot & 31) * 2 & 3, 1);
    word &= ~(3ull << (slot & 31) * 2);
    memcpy(img + off + 8 * (slot >> 5), &word, 8);
    verify_finds(p, img, n, "place name first words");
    /* three words: no power of two */
    img = image_copy(good, n, 27, &off);
    uint32_t three = 3;
    memcpy(img + 32 + 16 * 27, &three, sizeof three);
    load_refuses(p, img, n, "place name first words size");
    /* none: loaded, every name looked for, and not the names' table */
    img = image_copy(good, n, 27, &off);
    uint32_t none = 0;
    memcpy(img + 32 + 16 * 27, &none, sizeof none);
    uint64_t sum = dy_checksum(img + 32, n - 32);
    memcpy(img + 24, &sum, 8);
    write_all(p, img, n);
    free(img);
    ld = NULL;
    assert_int_equal(dyad_lexicon_load(&ld, p, NULL, &err), 0);
    assert_int_equal(dy_gaz_first_words(ld, dy_hash("khartoum", 8)),
                     SIZE_MAX);
    memset(&err, 0, sizeof err);
    assert_int_equal(dyad_lexicon_verify(ld, &err), DYAD_EDICT);
    assert_non_null(strstr(err.message, "place name first words"));
    dyad_lexicon_free(ld);
    free(good);
}

/* how each word counts among the words ahead of a verb (section 29): a
 * word of a verb or null pattern after its verb goes in the filter; the
 * verb, a word before it ("never ... sail"), a noun pattern's word and an
 * agent's do not; a member of a typed slot's class has its slots; a
 * changed byte is found by the full check, a table of another size is
 * refused at load. Each word's share of them (section 30) is its filter
 * bits and slots as that says, checked and refused alike. */
static void test_words_ahead(void **state)
{
    (void)state;
    static const char src[] = "# dyad-lexicon 1\n"
                              "class cargo : grain\n"
                              "agent MIL : navy\n"
                              "verb 042 : ship &cargo to port\n"
                              "verb 042 : never ... sail\n"
                              "verb null : ship out\n"
                              "noun 042 : grain convoy\n";
    dyad_lexicon *lx = NULL;
    diags ds;
    dyad_error err;
    assert_int_equal(compile_one(&lx, "ahead.lex", src, strlen(src), &ds,
                                 &err),
                     0);
    uint32_t to = dy_lexicon_find(lx, "to", 2);
    assert_int_equal(lx->ahead[to], LX_AHEAD_WORD);
    assert_int_equal(lx->ahead[dy_lexicon_find(lx, "port", 4)],
                     LX_AHEAD_WORD);
    assert_int_equal(lx->ahead[dy_lexicon_find(lx, "out", 3)],
                     LX_AHEAD_WORD);
    assert_int_equal(lx->ahead[dy_lexicon_find(lx, "grain", 5)],
                     LX_AHEAD_SLOTS);
    const char *none[] = {"ship", "never", "sail", "convoy", "navy"};
    for (size_t k = 0; k < sizeof none / sizeof *none; k++) {
        uint32_t w = dy_lexicon_find(lx, none[k], strlen(none[k]));
        assert_int_equal(lx->ahead[w], 0);
        const lx_ahead *s = &lx->shares[w];
        assert_true(!(s->words.b[0] | s->words.b[1] | s->slots |
                      s->words2));
    }
    /* (a word of a pattern: its filter's two bits, no slots) */
    lx_filter f = {{0, 0}};
    lx_filter_add(&f, to);
    assert_memory_equal(&lx->shares[to].words, &f, sizeof f);
    assert_true(lx->shares[to].words2 == 1ull << lx_filter_bit2(to));
    assert_true(lx->shares[to].slots == 0);
    /* (a typed slot's word: its slots, no filter bits) */
    uint32_t grain = dy_lexicon_find(lx, "grain", 5);
    assert_true(lx->shares[grain].slots != 0);
    assert_true(lx->shares[grain].slots ==
                lx_word_slots(&lx->words[grain]));
    assert_true(!(lx->shares[grain].words.b[0] |
                  lx->shares[grain].words.b[1] |
                  lx->shares[grain].words2));
    char p[512];
    snprintf(p, sizeof p, "%s/ahead.lexb", tmpdir);
    assert_int_equal(dyad_lexicon_save(lx, p, &err), 0);
    dyad_lexicon_free(lx);

    size_t n;
    char *good = read_all(p, &n);
    uint64_t off;
    /* "to" left out of the filter: loaded, but not its phrases' table */
    char *img = image_copy(good, n, 29, &off);
    img[off + to] = 0;
    verify_finds(p, img, n, "words ahead");
    /* a word short */
    img = image_copy(good, n, 29, &off);
    uint32_t count;
    memcpy(&count, img + 32 + 16 * 29, sizeof count);
    count--;
    memcpy(img + 32 + 16 * 29, &count, sizeof count);
    load_refuses(p, img, n, "words ahead size");
    /* "to"'s share cleared: loaded, but not by the full check */
    img = image_copy(good, n, 30, &off);
    memset(img + off + (uint64_t)to * sizeof(lx_ahead), 0, sizeof(lx_ahead));
    verify_finds(p, img, n, "words' shares ahead");
    img = image_copy(good, n, 30, &off);
    memcpy(&count, img + 32 + 16 * 30, sizeof count);
    count--;
    memcpy(img + 32 + 16 * 30, &count, sizeof count);
    load_refuses(p, img, n, "words' shares ahead size");
    free(good);
}

/* the pairs of key word and second word of the phrases of two words or
 * more (section 28, dy_phrase_pair_may): every pair of the kind index,
 * of any kind (a verb pattern's too, a gap's LX_GAP), is in the table and
 * the image's; a cleared bit is found by the full check, a size of no
 * power of two refused at load, a table of size 0 loaded and answering
 * "may" (and not the kind index's by the full check) */
static void test_phrase_pairs(void **state)
{
    (void)state;
    static const char src[] = "# dyad-lexicon 1\n"
                              "agent MIL : south army\n"
                              "country KOR 36 128 : south korea\n"
                              "place KOR 35 127 city : south\n"
                              "agent MIL : army\n"
                              "verb 042 : sail south\n"
                              "actor GBRROY : prince ... dol amroth\n";
    dyad_lexicon *lx = NULL;
    diags ds;
    dyad_error err;
    assert_int_equal(compile_one(&lx, "pairs.lex", src, strlen(src), &ds,
                                 &err),
                     0);
    uint32_t south = dy_lexicon_find(lx, "south", 5);
    uint32_t army = dy_lexicon_find(lx, "army", 4);
    uint32_t korea = dy_lexicon_find(lx, "korea", 5);
    uint32_t sail = dy_lexicon_find(lx, "sail", 4);
    uint32_t prince = dy_lexicon_find(lx, "prince", 6);
    uint32_t dol = dy_lexicon_find(lx, "dol", 3);
    assert_int_equal(lx->nppairs, 64); /* the least table: 4,096 bits */
    assert_true(dy_phrase_pair_may(lx, south, army));
    assert_true(dy_phrase_pair_may(lx, south, korea));
    assert_true(dy_phrase_pair_may(lx, sail, south));
    assert_true(dy_phrase_pair_may(lx, prince, LX_GAP));
    /* four pairs in 4,096 bits: these are told apart */
    assert_false(dy_phrase_pair_may(lx, army, south));
    assert_false(dy_phrase_pair_may(lx, korea, south));
    assert_false(dy_phrase_pair_may(lx, south, sail));
    assert_false(dy_phrase_pair_may(lx, prince, dol));
    assert_false(dy_phrase_pair_may(lx, south, LX_NONE));
    char p[512];
    snprintf(p, sizeof p, "%s/ppairs.lexb", tmpdir);
    assert_int_equal(dyad_lexicon_save(lx, p, &err), 0);
    dyad_lexicon_free(lx);
    dyad_lexicon *ld = NULL;
    assert_int_equal(dyad_lexicon_load(&ld, p, NULL, &err), 0);
    assert_int_equal(ld->nppairs, 64);
    assert_true(dy_phrase_pair_may(ld, south, korea));
    assert_false(dy_phrase_pair_may(ld, korea, south));
    assert_int_equal(dyad_lexicon_verify(ld, &err), 0);
    dyad_lexicon_free(ld);

    size_t n;
    char *good = read_all(p, &n);
    uint64_t off;
    /* "south korea" cleared: loaded, but not the kind index's pairs */
    char *img = image_copy(good, n, 28, &off);
    uint64_t bit = lx_ppair_bit(south, korea, 64), word;
    memcpy(&word, img + off + 8 * (bit >> 6), 8);
    assert_true(word >> (bit & 63) & 1u);
    word &= ~(1ull << (bit & 63));
    memcpy(img + off + 8 * (bit >> 6), &word, 8);
    verify_finds(p, img, n, "phrases' word pairs");
    /* three words: no power of two */
    img = image_copy(good, n, 28, &off);
    uint32_t three = 3;
    memcpy(img + 32 + 16 * 28, &three, sizeof three);
    load_refuses(p, img, n, "phrases' word pairs size");
    /* none: loaded, every pair may be, and not the kind index's pairs */
    img = image_copy(good, n, 28, &off);
    uint32_t none = 0;
    memcpy(img + 32 + 16 * 28, &none, sizeof none);
    uint64_t sum = dy_checksum(img + 32, n - 32);
    memcpy(img + 24, &sum, 8);
    write_all(p, img, n);
    free(img);
    ld = NULL;
    assert_int_equal(dyad_lexicon_load(&ld, p, NULL, &err), 0);
    assert_true(dy_phrase_pair_may(ld, korea, south));
    memset(&err, 0, sizeof err);
    assert_int_equal(dyad_lexicon_verify(ld, &err), DYAD_EDICT);
    assert_non_null(strstr(err.message, "phrases' word pairs"));
    dyad_lexicon_free(ld);
    free(good);
}

/* "option no-misspellings" (an import on its own): the names table a
 * misspelt word is compared with is left empty, in the image too; an
 * unknown option is reported (tests/cli/lexicon_import.sh codes with it) */
static void test_option_no_misspellings(void **state)
{
    (void)state;
    dyad_lexicon *lx = good_lexicon();
    assert_int_equal(lx->nnames, 6);
    dyad_lexicon_free(lx);

    char src[sizeof good_lex + 64];
    snprintf(src, sizeof src, "%soption no-misspellings\n", good_lex);
    diags ds;
    dyad_error err;
    lx = NULL;
    assert_int_equal(compile_one(&lx, "alone.lex", src, strlen(src), &ds, &err),
                     0);
    assert_int_equal(lx->nnames, 0);
    for (int l = 0; l <= 26; l++)
        assert_int_equal(lx->tables->names_first[l], 0);
    char p[512];
    snprintf(p, sizeof p, "%s/alone.lexb", tmpdir);
    assert_int_equal(dyad_lexicon_save(lx, p, &err), 0);
    dyad_lexicon *ld = NULL;
    assert_int_equal(dyad_lexicon_load(&ld, p, NULL, &err), 0);
    assert_int_equal(ld->nnames, 0);
    assert_int_equal(dyad_lexicon_verify(ld, &err), 0);
    dyad_lexicon_free(ld);
    dyad_lexicon_free(lx);
    expect_error("option misspellings\n", 2, 1, "option no-misspellings");
}

/* "option dyads-only" sets its bit in the image's tables (the emitter
 * then drops events without a target: tests/cli/lexicon_import.sh); a
 * loaded image with an unknown option bit is refused */
static void test_option_dyads_only(void **state)
{
    (void)state;
    dyad_lexicon *lx = good_lexicon();
    assert_int_equal(lx->tables->options, 0);
    dyad_lexicon_free(lx);
    char src[sizeof good_lex + 64];
    snprintf(src, sizeof src, "%soption dyads-only\n", good_lex);
    diags ds;
    dyad_error err;
    lx = NULL;
    assert_int_equal(compile_one(&lx, "alone.lex", src, strlen(src), &ds, &err),
                     0);
    assert_int_equal(lx->tables->options, LX_OPT_DYADS_ONLY);
    assert_string_equal(lx->tables->agent_alone, "");
    assert_int_equal(lx->nnames, 6); /* misspelt names still read */
    char p[512];
    snprintf(p, sizeof p, "%s/dyads.lexb", tmpdir);
    assert_int_equal(dyad_lexicon_save(lx, p, &err), 0);
    dyad_lexicon_free(lx);
    dyad_lexicon *ld = NULL;
    assert_int_equal(dyad_lexicon_load(&ld, p, NULL, &err), 0);
    assert_int_equal(ld->tables->options, LX_OPT_DYADS_ONLY);
    dyad_lexicon_free(ld);

    size_t n;
    char *img = read_all(p, &n);
    uint64_t off; /* section 12: the tables record */
    memcpy(&off, img + 32 + 16 * 12 + 8, 8);
    uint32_t unknown = LX_OPT_ALL + 1; /* the first bit no option sets */
    memcpy(img + off + offsetof(lx_tables, options), &unknown,
           sizeof unknown);
    uint64_t sum = dy_checksum(img + 32, n - 32);
    memcpy(img + 24, &sum, 8);
    write_all(p, img, n);
    ld = NULL;
    assert_int_equal(dyad_lexicon_load(&ld, p, NULL, &err), DYAD_EDICT);
    assert_null(ld);
    free(img);
}

/* "option default-source CODE [prior]" and "option default-target CODE
 * [after]" keep their codes and flags in the image's tables (the emitter
 * fills a side not found: test_import.c); a bad code or flag is reported */
static void test_option_default_actors(void **state)
{
    (void)state;
    char src[sizeof good_lex + 128];
    snprintf(src, sizeof src, "%soption default-source DEFSRC prior\n"
             "option default-target DEFTAR\n", good_lex);
    diags ds;
    dyad_error err;
    dyad_lexicon *lx = NULL;
    assert_int_equal(compile_one(&lx, "dflt.lex", src, strlen(src), &ds, &err),
                     0);
    assert_string_equal(lx->tables->default_source, "DEFSRC");
    assert_string_equal(lx->tables->default_target, "DEFTAR");
    assert_int_equal(lx->tables->options, LX_OPT_DEFAULT_PRIOR);
    dyad_lexicon_free(lx);
    expect_error("option default-source DEFSR\n", 2, 1,
                 "option default-source CODE");
    expect_error("option default-target DEFTAR prior\n", 2, 1,
                 "option default-target CODE [after]");
}

/* "option agent-alone P" keeps P ("~" or "---", the last line wins) in
 * the image's tables for the emitter (tests/cli/lexicon_import.sh codes
 * with it); any other P is reported */
static void test_option_agent_alone(void **state)
{
    (void)state;
    char src[sizeof good_lex + 64];
    snprintf(src, sizeof src,
             "%soption agent-alone ---\noption agent-alone ~\n", good_lex);
    diags ds;
    dyad_error err;
    dyad_lexicon *lx = NULL;
    assert_int_equal(compile_one(&lx, "alone.lex", src, strlen(src), &ds, &err),
                     0);
    assert_string_equal(lx->tables->agent_alone, "~");
    assert_int_equal(lx->tables->options, 0);
    dyad_lexicon_free(lx);
    snprintf(src, sizeof src, "%soption agent-alone ---\n", good_lex);
    lx = NULL;
    assert_int_equal(compile_one(&lx, "alone.lex", src, strlen(src), &ds, &err),
                     0);
    assert_string_equal(lx->tables->agent_alone, "---");
    dyad_lexicon_free(lx);
    expect_error("option agent-alone --\n", 2, 1, "option agent-alone ~|---");
    expect_error("option agent-alone\n", 2, 1, "option agent-alone ~|---");
}

/* "option compound-modifiers" sets its bit in the image's tables (the
 * actors stage then reads "Fornost and the evil Gondor" as a list:
 * tests/cli/lexicon_import.sh), kept through save and load */
static void test_option_compound_modifiers(void **state)
{
    (void)state;
    char src[sizeof good_lex + 128];
    snprintf(src, sizeof src, "%soption compound-modifiers\n", good_lex);
    diags ds;
    dyad_error err;
    dyad_lexicon *lx = NULL;
    assert_int_equal(compile_one(&lx, "alone.lex", src, strlen(src), &ds, &err),
                     0);
    assert_int_equal(lx->tables->options, LX_OPT_COMPOUND_MODIFIERS);
    char p[512];
    snprintf(p, sizeof p, "%s/modifiers.lexb", tmpdir);
    assert_int_equal(dyad_lexicon_save(lx, p, &err), 0);
    dyad_lexicon_free(lx);
    dyad_lexicon *ld = NULL;
    assert_int_equal(dyad_lexicon_load(&ld, p, NULL, &err), 0);
    assert_int_equal(ld->tables->options, LX_OPT_COMPOUND_MODIFIERS);
    dyad_lexicon_free(ld);
    expect_error("option compound-modifiers x\n", 2, 1,
                 "option compound-modifiers");
    /* "option first-actor-source": its own bit (events/foreign.c) */
    snprintf(src, sizeof src, "%soption first-actor-source\n", good_lex);
    assert_int_equal(compile_one(&lx, "alone.lex", src, strlen(src), &ds, &err),
                     0);
    assert_int_equal(lx->tables->options, LX_OPT_FIRST_ACTOR_SOURCE);
    dyad_lexicon_free(lx);
    expect_error("option first-actor-source x\n", 2, 1,
                 "option first-actor-source");
    /* "option pronouns": its own bit (events/foreign.c) */
    snprintf(src, sizeof src, "%soption pronouns\n", good_lex);
    assert_int_equal(compile_one(&lx, "alone.lex", src, strlen(src), &ds, &err),
                     0);
    assert_int_equal(lx->tables->options, LX_OPT_PRONOUNS);
    dyad_lexicon_free(lx);
    expect_error("option pronouns x\n", 2, 1, "option pronouns");
    /* "option keep-negated": its own bit (emit/emit.c) */
    snprintf(src, sizeof src, "%soption keep-negated\n", good_lex);
    assert_int_equal(compile_one(&lx, "alone.lex", src, strlen(src), &ds, &err),
                     0);
    assert_int_equal(lx->tables->options, LX_OPT_KEEP_NEGATED);
    dyad_lexicon_free(lx);
    expect_error("option keep-negated x\n", 2, 1, "option keep-negated");
    /* "option verb-nouns": its own bit (events/foreign.c) */
    snprintf(src, sizeof src, "%soption verb-nouns\n", good_lex);
    assert_int_equal(compile_one(&lx, "alone.lex", src, strlen(src), &ds, &err),
                     0);
    assert_int_equal(lx->tables->options, LX_OPT_VERB_NOUNS);
    dyad_lexicon_free(lx);
    expect_error("option verb-nouns x\n", 2, 1, "option verb-nouns");
    /* "option comma MIN-MAX EMIN-EMAX BMIN-BMAX" (or off): its bit and
     * its six bounds (events/comma.c) */
    snprintf(src, sizeof src, "%soption comma 4-6 3-6 3-8\n", good_lex);
    assert_int_equal(compile_one(&lx, "alone.lex", src, strlen(src), &ds, &err),
                     0);
    assert_int_equal(lx->tables->options, LX_OPT_COMMA);
    assert_memory_equal(lx->tables->comma, "\4\6\3\6\3\10\0\0", 8);
    dyad_lexicon_free(lx);
    snprintf(src, sizeof src, "%soption comma off\n", good_lex);
    assert_int_equal(compile_one(&lx, "alone.lex", src, strlen(src), &ds, &err),
                     0);
    assert_int_equal(lx->tables->options, LX_OPT_COMMA);
    assert_int_equal(lx->tables->comma[0], 255);
    assert_int_equal(lx->tables->comma[1], 0);
    dyad_lexicon_free(lx);
    /* "option code-all", "option code-by-sentence": their own bits
     * (events/foreign.c) */
    snprintf(src, sizeof src, "%soption code-all\noption code-by-sentence\n",
             good_lex);
    assert_int_equal(compile_one(&lx, "alone.lex", src, strlen(src), &ds, &err),
                     0);
    assert_int_equal(lx->tables->options,
                     LX_OPT_CODE_ALL | LX_OPT_CODE_BY_SENTENCE);
    dyad_lexicon_free(lx);
    expect_error("option code-all x\n", 2, 1, "option code-all");
    /* "option compound-mutual": its own bit (events/foreign.c) */
    snprintf(src, sizeof src, "%soption compound-mutual\n", good_lex);
    assert_int_equal(compile_one(&lx, "alone.lex", src, strlen(src), &ds, &err),
                     0);
    assert_int_equal(lx->tables->options, LX_OPT_COMPOUND_MUTUAL);
    dyad_lexicon_free(lx);
    expect_error("option compound-mutual x\n", 2, 1,
                 "option compound-mutual");
    /* "option agent-groups": its own bit (actors/groups.c); agent codes
     * of several groups and with a '~' after them compile, the first
     * group indexed as the agent */
    snprintf(src, sizeof src, "%soption agent-groups\nagent GOVPRS : "
             "president\nagent NGM~ : watchers\n", good_lex);
    assert_int_equal(compile_one(&lx, "alone.lex", src, strlen(src), &ds, &err),
                     0);
    assert_int_equal(lx->tables->options, LX_OPT_AGENT_GROUPS);
    int gov = 0, ngm = 0;
    for (uint32_t q = 0; q < lx->tables->nagents; q++) {
        gov |= strcmp(lx->tables->agents[q], "GOV") == 0;
        ngm |= strcmp(lx->tables->agents[q], "NGM") == 0;
    }
    assert_true(gov && ngm);
    dyad_lexicon_free(lx);
    expect_error("option agent-groups x\n", 2, 1, "option agent-groups");
    /* "option all-caps": its own bit (text/caps.c) */
    snprintf(src, sizeof src, "%soption all-caps\n", good_lex);
    assert_int_equal(compile_one(&lx, "alone.lex", src, strlen(src), &ds, &err),
                     0);
    assert_int_equal(lx->tables->options, LX_OPT_ALL_CAPS);
    dyad_lexicon_free(lx);
    expect_error("option all-caps x\n", 2, 1, "option all-caps");
    /* "option clause-source": its own bit (events/foreign.c) */
    snprintf(src, sizeof src, "%soption clause-source\n", good_lex);
    assert_int_equal(compile_one(&lx, "alone.lex", src, strlen(src), &ds, &err),
                     0);
    assert_int_equal(lx->tables->options, LX_OPT_CLAUSE_SOURCE);
    dyad_lexicon_free(lx);
    expect_error("option clause-source x\n", 2, 1, "option clause-source");
    /* "option actor-code CODE": a foreign code not in groups of 3 that
     * actor lines after it may use; no bit */
    snprintf(src, sizeof src, "%soption actor-code ITHTV\nactor ITHTV : "
             "ithilen television\n", good_lex);
    assert_int_equal(compile_one(&lx, "alone.lex", src, strlen(src), &ds, &err),
                     0);
    assert_int_equal(lx->tables->options, 0);
    dyad_lexicon_free(lx);
    expect_error("actor ITHTV : ithilen television\noption actor-code "
                 "ITHTV\n", 2, 7, "bad actor code 'ITHTV'");
    expect_error("option actor-code itv\n", 2, 1, "option actor-code CODE");
    expect_error("option actor-code\n", 2, 1, "option actor-code CODE");
    expect_error("agent GOVPR : x\n", 2, 7, "bad agent code");
    expect_error("agent ~GOV : x\n", 2, 7, "bad agent code");
    expect_error("agent GOVPRSABCDEFGHI : x\n", 2, 7, "bad agent code");
    expect_error("option comma 4-6 3-6\n", 2, 1, "option comma MIN-MAX");
    expect_error("option comma 4-6 3-6 3-256\n", 2, 1, "option comma MIN-MAX");
    expect_error("option comma 4-6 3-6 3x8\n", 2, 1, "option comma MIN-MAX");
    /* "option free-gaps": its own bit (match/patterns.c) */
    snprintf(src, sizeof src, "%soption free-gaps\n", good_lex);
    assert_int_equal(compile_one(&lx, "alone.lex", src, strlen(src), &ds, &err),
                     0);
    assert_int_equal(lx->tables->options, LX_OPT_FREE_GAPS);
    dyad_lexicon_free(lx);
    expect_error("option free-gaps x\n", 2, 1, "option free-gaps");
    /* "option underscore-joins": its own bit (text/joins.c) */
    snprintf(src, sizeof src, "%soption underscore-joins\n", good_lex);
    assert_int_equal(compile_one(&lx, "alone.lex", src, strlen(src), &ds, &err),
                     0);
    assert_int_equal(lx->tables->options, LX_OPT_UNDERSCORE_JOINS);
    dyad_lexicon_free(lx);
    expect_error("option underscore-joins x\n", 2, 1,
                 "option underscore-joins");
    /* "option prefix-stems": its own bit (words/words.c) */
    snprintf(src, sizeof src, "%soption prefix-stems\n", good_lex);
    assert_int_equal(compile_one(&lx, "alone.lex", src, strlen(src), &ds, &err),
                     0);
    assert_int_equal(lx->tables->options, LX_OPT_PREFIX_STEMS);
    dyad_lexicon_free(lx);
    expect_error("option prefix-stems x\n", 2, 1, "option prefix-stems");
    /* "option possessor-agent": its own bit (events/foreign.c) */
    snprintf(src, sizeof src, "%soption possessor-agent\n", good_lex);
    assert_int_equal(compile_one(&lx, "alone.lex", src, strlen(src), &ds, &err),
                     0);
    assert_int_equal(lx->tables->options, LX_OPT_POSSESSOR_AGENT);
    dyad_lexicon_free(lx);
    expect_error("option possessor-agent x\n", 2, 1,
                 "option possessor-agent");
    /* "option form-first": its own bit (match/patterns.c) */
    snprintf(src, sizeof src, "%soption form-first\n", good_lex);
    assert_int_equal(compile_one(&lx, "alone.lex", src, strlen(src), &ds, &err),
                     0);
    assert_int_equal(lx->tables->options, LX_OPT_FORM_FIRST);
    dyad_lexicon_free(lx);
    expect_error("option form-first x\n", 2, 1, "option form-first");
    /* "option agent-over-list": its own bit (events/foreign.c) */
    snprintf(src, sizeof src, "%soption agent-over-list\n", good_lex);
    assert_int_equal(compile_one(&lx, "alone.lex", src, strlen(src), &ds, &err),
                     0);
    assert_int_equal(lx->tables->options, LX_OPT_AGENT_OVER_LIST);
    dyad_lexicon_free(lx);
    expect_error("option agent-over-list x\n", 2, 1,
                 "option agent-over-list");
}

/* ------------------------------------------------- allocation failures */

static void test_compile_out_of_memory(void **state)
{
    (void)state;
    const char *names[2] = {"cameo.tsv", "good.lex"};
    const char *texts[2] = {cameo_tsv, good_lex};
    size_t lens[2] = {strlen(cameo_tsv), strlen(good_lex)};
    th_failing f;
    dyad_allocator a = th_failing_allocator(&f);
    dyad_options o = DYAD_OPTIONS_INIT;
    o.alloc = &a;
    for (long n = 1;; n++) {
        memset(&f, 0, sizeof f);
        f.fail_at = n;
        dyad_lexicon *lx = NULL;
        dyad_error err;
        memset(&err, 0, sizeof err);
        int rc = dyad_lexicon_compile_buffers(&lx, names, texts, lens, 2, NULL,
                                              &o, NULL, NULL, &err);
        if (rc != 0 && rc != DYAD_ENOMEM)
            fail_msg("allocation %ld failing: rc %d (%s)", n, rc, err.message);
        if (rc == DYAD_ENOMEM) {
            assert_null(lx);
            assert_int_equal(err.code, DYAD_ENOMEM);
        } else {
            assert_non_null(lx);
        }
        dyad_lexicon_free(lx);
        if (f.live != 0)
            fail_msg("allocation %ld failing: %ld blocks leaked", n, f.live);
        if (f.calls < n) {
            assert_int_equal(rc, 0); /* nothing failed: all done */
            break;
        }
        assert_true(n < 100000);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_valid_file_compiles),
        cmocka_unit_test(test_stats_count_words),
        cmocka_unit_test(test_pattern_introspection),
        cmocka_unit_test(test_pattern_introspection_backoff),
        cmocka_unit_test(test_code_introspection),
        cmocka_unit_test(test_valid_variants),
        cmocka_unit_test(test_crlf_and_no_final_newline),
        cmocka_unit_test(test_unknown_kind),
        cmocka_unit_test(test_bad_cameo_code),
        cmocka_unit_test(test_bad_date),
        cmocka_unit_test(test_date_range_reversed),
        cmocka_unit_test(test_bad_actor_code),
        cmocka_unit_test(test_missing_marker),
        cmocka_unit_test(test_empty_phrase),
        cmocka_unit_test(test_double_bar_is_empty_phrase),
        cmocka_unit_test(test_plus_in_noun),
        cmocka_unit_test(test_too_many_words),
        cmocka_unit_test(test_bad_lat_lon),
        cmocka_unit_test(test_continuation_without_entry),
        cmocka_unit_test(test_other_header_errors),
        cmocka_unit_test(test_classes_and_tables),
        cmocka_unit_test(test_class_and_table_errors),
        cmocka_unit_test(test_slot_class_limit),
        cmocka_unit_test(test_wordnet_acts),
        cmocka_unit_test(test_wordnet_lexfile_nouns),
        cmocka_unit_test(test_long_line_and_word),
        cmocka_unit_test(test_several_errors_all_reported),
        cmocka_unit_test(test_errors_in_several_files),
        cmocka_unit_test(test_too_many_agent_codes),
        cmocka_unit_test(test_bad_cameo_table),
        cmocka_unit_test(test_compile_bad_arguments),
        cmocka_unit_test(test_image_round_trip),
        cmocka_unit_test(test_save_load_errors),
        cmocka_unit_test(test_garbage_image),
        cmocka_unit_test(test_truncated_image),
        cmocka_unit_test(test_flipped_bytes),
        cmocka_unit_test(test_verify_checks_records),
        cmocka_unit_test(test_derived_tables),
        cmocka_unit_test(test_small_indexes),
        cmocka_unit_test(test_place_first_words),
        cmocka_unit_test(test_option_no_misspellings),
        cmocka_unit_test(test_option_dyads_only),
        cmocka_unit_test(test_option_agent_alone),
        cmocka_unit_test(test_option_default_actors),
        cmocka_unit_test(test_option_compound_modifiers),
        cmocka_unit_test(test_kind_index),
        cmocka_unit_test(test_kind_index_need),
        cmocka_unit_test(test_verb_index),
        cmocka_unit_test(test_noun_index),
        cmocka_unit_test(test_phrase_next),
        cmocka_unit_test(test_phrase_pairs),
        cmocka_unit_test(test_words_ahead),
        cmocka_unit_test(test_compile_out_of_memory),
    };
    return cmocka_run_group_tests(tests, setup_tmp, teardown_tmp);
}
