/* test_text.c - stage 1: tokens, spans, normalised forms, sentences. */
#include "helpers.h"

#include "text/text.h"
#include "util/util.h"

#include <utf8proc.h>

static size_t toks(const char *s, dy_vec *v)
{
    dy_vec_init(v, sizeof(dy_tok), NULL);
    assert_int_equal(dy_text_tokenize(s, strlen(s), 0, v), 0);
    return v->count;
}

static void tok_is(const char *s, const dy_vec *v, size_t i, const char *w)
{
    const dy_tok *t = dy_vec_at(v, i);
    char buf[128];
    snprintf(buf, sizeof buf, "%.*s", (int)t->len, s + t->start);
    assert_string_equal(buf, w);
}

static void test_abbreviations_stay_whole(void **state)
{
    (void)state;
    const char *s = "U.S. Gen. Smith met Col. Jones at No. 2 St. in Kyiv.";
    dy_vec v;
    toks(s, &v);
    tok_is(s, &v, 0, "U.S.");
    tok_is(s, &v, 1, "Gen.");
    tok_is(s, &v, 4, "Col.");
    tok_is(s, &v, 7, "No.");
    tok_is(s, &v, 8, "2");
    dy_vec_free(&v);
}

static void test_clitics_split(void **state)
{
    (void)state;
    const char *s = "Russia's army didn't advance; Ukraine\xE2\x80\x99s did.";
    dy_vec v;
    toks(s, &v);
    tok_is(s, &v, 0, "Russia");
    tok_is(s, &v, 1, "'s");
    tok_is(s, &v, 3, "did");
    tok_is(s, &v, 4, "n't");
    tok_is(s, &v, 7, "Ukraine");
    tok_is(s, &v, 8, "\xE2\x80\x99s");
    dy_vec_free(&v);
    /* (in capitals, with a curly apostrophe, at the text's end; "n'" before
     * another letter is a word's) */
    const char *u = "They DIDN'T play rock n'roll, and didn\xE2\x80\x99t";
    toks(u, &v);
    tok_is(u, &v, 1, "DID");
    tok_is(u, &v, 2, "N'T");
    tok_is(u, &v, 5, "n'roll");
    tok_is(u, &v, 8, "did");
    tok_is(u, &v, 9, "n\xE2\x80\x99t");
    assert_int_equal(v.count, 10);
    dy_vec_free(&v);
}

/* a word's type and case flags, whatever the order of its capitals,
 * lower-case letters and digits */
static void test_word_case_flags(void **state)
{
    (void)state;
    static const struct {
        const char *w;
        int type, flags;
    } want[] = {
        {"NATO", TT_WORD, TF_CAP | TF_ALLCAP},
        {"McCAIN", TT_WORD, TF_CAP},
        {"iPhone", TT_WORD, 0},
        {"AbcDEF", TT_WORD, TF_CAP},
        {"US", TT_WORD, TF_CAP | TF_ALLCAP},
        {"A1", TT_WORD, TF_CAP},
        {"2ND", TT_WORD, TF_ALLCAP},
        {"2nd", TT_WORD, 0},
        {"1990", TT_NUM, 0},
        {"1990s", TT_WORD, 0},
        {"x", TT_WORD, 0},
        {"F-16", TT_WORD, TF_CAP | TF_SHAPED},
        {"GAZA-BASED", TT_WORD, TF_CAP | TF_ALLCAP | TF_SHAPED},
        {"al-QAEDA", TT_WORD, TF_SHAPED},
        {"KYIV", TT_WORD, TF_CAP | TF_ALLCAP},
    };
    const char *s = "NATO McCAIN iPhone AbcDEF US A1 2ND 2nd 1990 1990s x "
                    "F-16 GAZA-BASED al-QAEDA KYIV";
    dy_vec v;
    size_t n = toks(s, &v);
    assert_int_equal(n, sizeof want / sizeof want[0]);
    for (size_t i = 0; i < n; i++) {
        const dy_tok *t = dy_vec_at(&v, i);
        tok_is(s, &v, i, want[i].w);
        if (t->type != want[i].type || t->flags != want[i].flags)
            fail_msg("'%s': type %d flags %d, expected %d and %d", want[i].w,
                     t->type, t->flags, want[i].type, want[i].flags);
    }
    dy_vec_free(&v);
}

/* a word's end wherever it falls past the first lower-case letter: after
 * 1 to 40 letters and digits (within and across the tokenizer's steps of
 * sixteen bytes), before each byte that borders the ranges of letters and
 * digits, and at the text's end */
static void test_word_ends_at_any_length(void **state)
{
    (void)state;
    const char *alnum = "aZ9qmA0zbY";
    const char *after = "@[`{/:";
    char s[64];
    dy_vec v;
    for (size_t len = 1; len <= 40; len++) {
        s[0] = 'x';
        for (size_t k = 1; k < len; k++)
            s[k] = alnum[k % 10];
        for (size_t a = 0; a <= strlen(after); a++) {
            s[len] = after[a];
            s[len + 1] = '\0';
            toks(s, &v);
            const dy_tok *t = dy_vec_at(&v, 0);
            if (t->len != len)
                fail_msg("'%s': first token %u bytes, expected %zu", s,
                         (unsigned)t->len, len);
            assert_int_equal(v.count, after[a] ? 2 : 1);
            dy_vec_free(&v);
        }
    }
}

/* words in a long text, each tokenized as it is alone: the tokenizer
 * reads a long text's words from 64-byte windows (plain_word_w), so a
 * first word of every length from 1 to 70 moves the others across the
 * windows' edges; a word longer than a window, words with no lower-case
 * letter, shaped words, a clitic and another script's word among them */
static void test_words_across_windows(void **state)
{
    (void)state;
    static const char *const words[] = {
        "the", "Kyiv", "NATO", "2014", "al-Qaeda", "x", "rocket",
        "Ukraine's", "A", "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefghij",
        "U.S.", "ceasefire,", "\xC3\x89lys\xC3\xA9\x65", "attacks", "9mm", "iPhone",
        "KYIV", "said.", "Sana'a", "Zz", "soldiers"};
    const size_t nw = sizeof words / sizeof words[0];
    char text[1024];
    for (size_t first = 1; first <= 70; first++) {
        size_t len = 0;
        for (size_t k = 0; k < first; k++)
            text[len++] = (char)(k % 3 ? 'a' + k % 26 : 'A' + k % 26);
        size_t starts[32];
        for (size_t w = 0; w < nw; w++) {
            text[len++] = ' ';
            starts[w] = len;
            memcpy(text + len, words[w], strlen(words[w]));
            len += strlen(words[w]);
        }
        text[len] = '\0';
        dy_vec v;
        toks(text, &v);
        size_t at = 1; /* (the first word, one token) */
        assert_true(((const dy_tok *)dy_vec_at(&v, 0))->len == first);
        for (size_t w = 0; w < nw; w++) {
            dy_vec alone;
            toks(words[w], &alone);
            for (size_t q = 0; q < alone.count; q++, at++) {
                const dy_tok *a = dy_vec_at(&alone, q);
                assert_true(at < v.count);
                const dy_tok *t = dy_vec_at(&v, at);
                if (t->start != starts[w] + a->start || t->len != a->len ||
                    t->type != a->type || t->flags != a->flags)
                    fail_msg("first word %zu bytes, '%s' token %zu: %u+%u "
                             "type %d flags %d, alone %u+%u type %d flags %d",
                             first, words[w], q, (unsigned)t->start,
                             (unsigned)t->len, t->type, t->flags,
                             (unsigned)(starts[w] + a->start),
                             (unsigned)a->len, a->type, a->flags);
            }
            dy_vec_free(&alone);
        }
        assert_int_equal(v.count, at);
        dy_vec_free(&v);
    }
}

/* Runs of words each followed by one space or a comma and a space (the
 * tokenizer pushes them from its window with no round of its loop a word:
 * word_run): every token's span, type, flags and may_end as written out
 * here, across windows, after a blank line (TF_PARA on the next word only;
 * not at a token where the vector grows, which the loop's own push takes),
 * a comma with no space after it, a word before a period, and the token
 * limit reached at every token, between a word and its comma too. */
static void test_word_runs(void **state)
{
    (void)state;
    static const char *const words[] = {
        "the", "President", "said", "on", "Monday", "that", "talks", "in",
        "Geneva", "would", "resume", "x", "Zz", "aZ", "ceasefire", "troops"};
    const size_t nw = sizeof words / sizeof words[0];
    char text[2048];
    size_t len = 0, nt = 0;
    dy_tok want_toks[128];
    for (size_t r = 0; r < 3; r++)
        for (size_t w = 0; w < nw; w++) {
            size_t k = r * nw + w; /* (the word's number) */
            int comma = k % 5 == 2 && k != 3 * nw - 1;
            int cap = words[w][0] >= 'A' && words[w][0] <= 'Z' ? TF_CAP : 0;
            want_toks[nt++] = (dy_tok){
                (uint32_t)len, (uint32_t)strlen(words[w]), TT_WORD,
                (uint8_t)(cap | (k == nw + 4 ? TF_PARA : 0) |
                          (comma || k == 3 * nw - 1 ? TF_SHAPED : 0)),
                0};
            memcpy(text + len, words[w], strlen(words[w]));
            len += strlen(words[w]);
            if (comma) { /* a comma after every fifth word */
                want_toks[nt++] = (dy_tok){(uint32_t)len, 1, TT_PUNCT, 0, 0};
                text[len++] = ',';
            }
            if (k != nw * 2 + 5) /* (one comma with no space after it) */
                text[len++] = ' ';
            if (k == nw + 3) { /* a blank line */
                want_toks[nt - 1].may_end = 1;
                text[len++] = '\n';
                text[len++] = '\n';
            }
        }
    text[len - 1] = '.'; /* (a word before a period: read by scan_word) */
    want_toks[nt++] = (dy_tok){(uint32_t)(len - 1), 1, TT_PUNCT, 0, 1};
    for (size_t max = 0; max <= nt; max++) {
        dy_vec v;
        dy_vec_init(&v, sizeof(dy_tok), NULL);
        size_t want = max ? max : nt;
        assert_int_equal(dy_text_tokenize(text, len, max, &v),
                         want < nt ? DYAD_ELIMIT : 0);
        assert_int_equal(v.count, want);
        for (size_t k = 0; k < want; k++) {
            const dy_tok *t = dy_vec_at(&v, k), *x = &want_toks[k];
            if (t->start != x->start || t->len != x->len ||
                t->type != x->type || t->flags != x->flags ||
                t->may_end != x->may_end)
                fail_msg("limit %zu, token %zu: %u+%u type %d flags %d "
                         "may_end %d, not %u+%u type %d flags %d may_end %d",
                         max, k, (unsigned)t->start, (unsigned)t->len, t->type,
                         t->flags, t->may_end, (unsigned)x->start,
                         (unsigned)x->len, x->type, x->flags, x->may_end);
        }
        dy_vec_free(&v);
    }
}

/* the quote and bracket flags of every mark that has one, ASCII
 * (from punct_flags' table) and typographic, and of marks with none; and
 * may_end on the stops '.', '!', '?' and the ellipsis alone */
static void test_punct_flags(void **state)
{
    (void)state;
    static const struct {
        const char *mark;
        int flags;
    } marks[] = {
        {"\"", TF_QUOTE}, {"'", TF_QUOTE}, {"(", TF_OPEN}, {"[", TF_OPEN},
        {")", TF_CLOSE}, {"]", TF_CLOSE}, {",", 0}, {".", 0}, {";", 0},
        {"{", 0}, {"}", 0}, {"`", 0}, {"-", 0}, {"!", 0}, {"/", 0},
        {"?", 0}, {":", 0}, {"...", 0},
        {"\xE2\x80\x9C", TF_QUOTE | TF_OPEN},  /* left double quote */
        {"\xE2\x80\x9D", TF_QUOTE | TF_CLOSE}, /* right double quote */
        {"\xE2\x80\x98", TF_QUOTE | TF_OPEN},  /* left single quote */
        {"\xE2\x80\x99", TF_QUOTE | TF_CLOSE}, /* right single quote */
        {"\xC2\xAB", TF_QUOTE | TF_OPEN},       /* guillemets */
        {"\xC2\xBB", TF_QUOTE | TF_CLOSE},
        {"\xE2\x80\x93", 0}};                   /* en dash */
    for (size_t m = 0; m < sizeof marks / sizeof marks[0]; m++) {
        char text[32];
        snprintf(text, sizeof text, "x %s 1", marks[m].mark);
        dy_vec v;
        assert_int_equal(toks(text, &v), 3);
        const dy_tok *t = dy_vec_at(&v, 1);
        assert_int_equal(t->type, TT_PUNCT);
        if ((t->flags & (TF_QUOTE | TF_OPEN | TF_CLOSE)) != marks[m].flags)
            fail_msg("'%s': flags %d, expected %d", marks[m].mark, t->flags,
                     marks[m].flags);
        int stop = strchr(".!?", marks[m].mark[0]) != NULL;
        if ((t->may_end != 0) != stop)
            fail_msg("'%s': may_end %d, expected %d", marks[m].mark,
                     t->may_end, stop);
        dy_vec_free(&v);
    }
}

/* every abbreviation of the tokenizer's list keeps its period, in lower
 * case and capitalised; a word one letter off, longer or shorter, or of
 * another first letter, does not */
static void test_abbreviations_keep_period(void **state)
{
    (void)state;
    static const char *const kept[] = {
        "adm", "amb", "approx", "apr", "aug", "brig", "capt", "cmdr", "co",
        "col", "corp", "cpl", "cpt", "dec", "dept", "dr", "est", "etc",
        "feb", "ft", "gen", "gens", "gov", "inc", "insp", "jan", "jr", "jul",
        "jun", "lieut", "lt", "ltd", "maj", "mar", "messrs", "mr", "mrs",
        "ms", "mt", "nov", "oct", "pres", "prof", "pvt", "rep", "rev", "sen",
        "sep", "sept", "sgt", "sr", "st", "supt", "vs", "Gen", "MR", "Sept"};
    static const char *const split[] = {
        "said", "ad", "admx", "approxi", "m", "septe", "ste", "vsx", "hr",
        "zz", "messrsx", "abcdefgh"};
    char text[64];
    dy_vec v;
    for (size_t k = 0; k < sizeof kept / sizeof kept[0]; k++) {
        snprintf(text, sizeof text, "x %s. y", kept[k]);
        assert_int_equal(toks(text, &v), 3);
        const dy_tok *t = dy_vec_at(&v, 1);
        if (t->len != strlen(kept[k]) + 1 || !(t->flags & TF_PERIOD))
            fail_msg("'%s.' lost its period", kept[k]);
        dy_vec_free(&v);
    }
    for (size_t k = 0; k < sizeof split / sizeof split[0]; k++) {
        snprintf(text, sizeof text, "x %s. y", split[k]);
        toks(text, &v);
        const dy_tok *t = dy_vec_at(&v, 1);
        if (v.count != 4 || t->len != strlen(split[k]) ||
            (t->flags & TF_PERIOD))
            fail_msg("'%s.' kept its period", split[k]);
        dy_vec_free(&v);
    }
}

static void test_spans_point_into_original(void **state)
{
    (void)state;
    const char *s = "  \xE2\x80\x9CKyiv\xE2\x80\x9D  said\t1,000 people.";
    dy_vec v;
    size_t n = toks(s, &v);
    for (size_t i = 0; i < n; i++) {
        const dy_tok *t = dy_vec_at(&v, i);
        assert_true(t->start + t->len <= strlen(s));
    }
    tok_is(s, &v, 1, "Kyiv");
    tok_is(s, &v, 4, "1,000");
    dy_vec_free(&v);
}

static void test_lower_normalises(void **state)
{
    (void)state;
    char out[64];
    dy_text_lower("\xC3\x89LYS\xC3\x89\x45", 8, out, sizeof out);
    assert_string_equal(out, "elysee");
    dy_text_lower("\xE2\x80\x99s", 4, out, sizeof out);
    assert_string_equal(out, "'s");
    dy_text_lower("Full\xE2\x80\x94Scale", 12, out, sizeof out);
    assert_string_equal(out, "full-scale");
    /* cut inside what one character lowers to ("\xC3\x9F" folds to
     * "ss"): the form still ends with its NUL */
    memset(out, 'x', sizeof out);
    assert_int_equal(dy_text_lower("a\xC3\x9F", 3, out, 3), 2);
    assert_string_equal(out, "as");
}

/* the one-pass form and hash: what dy_text_lower writes, and
 * dy_text_form_hash of it, for ASCII, for other scripts and for a word cut
 * at the room; read with no byte after the word, and with bytes after it
 * (ASCII, upper case, another script) that must not change either */
/* dy_text_lower of p lower-case ASCII letters `pre`, then code point cp,
 * with cap bytes of room, as utf8proc alone makes it: the case fold with
 * compatibility decomposition and marks stripped, each code point of the
 * result written while it fits with the NUL (dy_text_fold_cp: the
 * table, whose forms are checked here, is not read) */
static size_t ref_lower(const char *pre, size_t p, int32_t cp, char *out,
                        size_t cap)
{
    size_t o = 0;
    if (cap == 0)
        return 0;
    for (; o < p && o + 1 < cap; o++)
        out[o] = pre[o];
    if (o < p || o + 1 == cap) {
        out[o] = '\0';
        return o;
    }
    int cut;
    o += dy_text_fold_cp(cp, out + o, cap - 1 - o, &cut);
    out[o] = '\0';
    return o;
}

/* the table of lower-case forms (lower_table.h, which the build writes)
 * utf8proc gives, for every code point it holds and one on either side
 * of its ranges, after zero to two bytes and with room for the form, for
 * part of it or for none (the apostrophes, quotes and dashes
 * dy_text_lower maps itself are left out) */
static void test_lower_table(void **state)
{
    (void)state;
    static const int32_t ranges[][2] = {{0x80, 0x301}, {0x1FFF, 0x2201}};
    for (size_t r = 0; r < 2; r++) {
        for (int32_t cp = ranges[r][0]; cp < ranges[r][1]; cp++) {
            if (cp == 0x2019 || cp == 0x2018 || cp == 0x02BC ||
                cp == 0x2032 || cp == 0x201C || cp == 0x201D ||
                cp == 0x00AB || cp == 0x00BB ||
                (cp >= 0x2010 && cp <= 0x2014) || cp == 0x2212)
                continue;
            char in[8] = "ab";
            size_t el = (size_t)utf8proc_encode_char(
                cp, (utf8proc_uint8_t *)in + 2);
            for (size_t p = 0; p <= 2; p++) {
                const char *src = in + 2 - p;
                for (size_t cap = 1; cap <= 12; cap++) {
                    char a[16], b[16];
                    size_t la = dy_text_lower(src, p + el, a, cap);
                    size_t lb = ref_lower(src, p, cp, b, cap);
                    assert_int_equal(la, lb);
                    assert_memory_equal(a, b, la + 1);
                }
            }
        }
    }
}

static void test_lower_hash(void **state)
{
    (void)state;
    static const char *const words[] = {
        "Kyiv", "NATO", "al-Qaeda", "1,000", "", "\xC3\x89LYS\xC3\x89\x45",
        "Full\xE2\x80\x94Scale", "ABCDEFGHIJKLMNOPQRSTUVWXYZ[@`{",
        "Twelve-bytes", "sixteen-letters!", "Z@[`az{", "Sana'a"};
    static const char *const after[] = {
        "", " the", "QRSTUVWXYZ", "\xC3\x89\xC3\x89\xC3\x89\xC3\x89"};
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
        for (size_t f = 0; f < sizeof after / sizeof after[0]; f++) {
            char text[96];
            size_t n = strlen(words[i]);
            size_t avail = n + strlen(after[f]);
            memcpy(text, words[i], n);
            memcpy(text + n, after[f], strlen(after[f]));
            for (size_t cap = 1; cap <= 40; cap += 7) {
                char a[64], b[64];
                uint64_t h = 0;
                size_t la = dy_text_lower(words[i], n, a, cap);
                size_t lb = dy_text_lower_hash(text, n, avail, b, cap, &h);
                assert_int_equal(la, lb);
                assert_memory_equal(a, b, la + 1);
                assert_true(h == dy_text_form_hash(b, lb));
            }
        }
    }
    /* every length up to 24 (one SSE2 step up to fifteen bytes, the
     * eight-byte steps past it) with sixteen bytes and more after the
     * word, another script's among them: the form, its NUL, the zeros up
     * to the next multiple of eight, the hash */
    static const char src[] = "AZaz@[`{09-'MNOPQRSTUVWXYZ\xC3\x89\xC3\x89"
                              "\xC3\x89 the rest of the text";
    for (size_t n = 1; n <= 24; n++) {
        char a[64], b[64];
        uint64_t h = 0;
        memset(b, 0x55, sizeof b);
        size_t la = dy_text_lower(src, n, a, sizeof a);
        size_t lb = dy_text_lower_hash(src, n, sizeof src - 1, b, sizeof b, &h);
        assert_int_equal(la, lb);
        assert_memory_equal(a, b, la + 1);
        for (size_t z = lb + 1; z < ((lb + 7) & ~(size_t)7); z++)
            assert_int_equal(b[z], 0);
        assert_true(h == dy_text_form_hash(b, lb));
    }
    /* forms that differ in a byte or in length hash apart */
    assert_true(dy_text_form_hash("kyiv", 4) != dy_text_form_hash("kyiw", 4));
    assert_true(dy_text_form_hash("kyiv", 4) != dy_text_form_hash("kyiv\0", 5));
    assert_true(dy_text_form_hash("abcdefgh", 8) !=
                dy_text_form_hash("abcdefgi", 8));
    char out[64];
    uint64_t h;
    dy_text_lower_hash("Sana'a", 6, 6, out, sizeof out, &h);
    assert_string_equal(out, "sana'a");
}

static size_t sentences(const char *s, dy_vec *sv)
{
    dy_vec v;
    toks(s, &v);
    dy_vec_init(sv, sizeof(dy_sent), NULL);
    assert_int_equal(dy_text_sentences(s, v.data, v.count, 400, sv), 0);
    dy_vec_free(&v);
    return sv->count;
}

static void test_sentences_survive_abbreviations(void **state)
{
    (void)state;
    dy_vec sv;
    assert_int_equal(sentences("U.S. Gen. Smith met Col. Jones in No. 2 "
                               "camp. He left on Monday.",
                               &sv),
                     2);
    dy_vec_free(&sv);
    /* "Nov." is a month's abbreviation even before a word; "No." only
     * before a number */
    assert_int_equal(sentences("The talks began in Nov. last year in Geneva.",
                               &sv),
                     1);
    dy_vec_free(&sv);
    assert_int_equal(sentences("He said no. Then Russia attacked.", &sv), 2);
    dy_vec_free(&sv);
    assert_int_equal(sentences("\"We will fight,\" he said. \"Never.\" "
                               "Then Russia attacked.",
                               &sv),
                     3);
    dy_vec_free(&sv);
    assert_int_equal(sentences("Talks with the U.S. The talks ended.", &sv),
                     2);
    dy_vec_free(&sv);
}

static void test_paragraph_break_ends_sentence(void **state)
{
    (void)state;
    dy_vec sv;
    assert_int_equal(sentences("A headline without a stop\n\nBody text here.",
                               &sv),
                     2);
    dy_vec_free(&sv);
    /* a mark that is no stop ends a sentence before a blank line too (the
     * blank line marks it: marks other than stops have no may_end) */
    assert_int_equal(sentences("Talks went on, officials said,\n\nA "
                               "headline: \"Peace\"\n\n(Body text here)",
                               &sv),
                     3);
    dy_vec_free(&sv);
    /* two newlines or more, spaces between them or not, open a paragraph;
     * one does not, nor do spaces alone */
    const char *s = "one\ntwo\n\nthree\r\n \r\nfour  five\n\n\n(six)";
    static const int para[] = {0, 0, TF_PARA, TF_PARA, 0, TF_PARA, 0, 0};
    dy_vec v;
    assert_int_equal(toks(s, &v), sizeof para / sizeof para[0]);
    for (size_t i = 0; i < v.count; i++)
        assert_int_equal(((const dy_tok *)dy_vec_at(&v, i))->flags & TF_PARA,
                         para[i]);
    dy_vec_free(&v);
}

static void test_sentence_token_limit(void **state)
{
    (void)state;
    char buf[4096];
    size_t n = 0;
    for (int i = 0; i < 500; i++)
        n += (size_t)snprintf(buf + n, sizeof buf - n, "w ");
    dy_vec v, sv;
    toks(buf, &v);
    dy_vec_init(&sv, sizeof(dy_sent), NULL);
    assert_int_equal(dy_text_sentences(buf, v.data, v.count, 100, &sv), 0);
    assert_int_equal(sv.count, 5);
    dy_vec_free(&v);
    dy_vec_free(&sv);
}

/* The sentence scan passes over four tokens a step: a stop after 0 to 11
 * words ends the first sentence right there, and a text with no stop
 * splits at a token limit of 1 to 13 into sentences of exactly that many
 * tokens (the last one shorter) */
static void test_sentence_ends_at_every_offset(void **state)
{
    (void)state;
    for (size_t lead = 0; lead < 12; lead++) {
        char text[256];
        size_t n = 0;
        for (size_t k = 0; k < lead; k++)
            n += (size_t)snprintf(text + n, sizeof text - n, "talks ");
        snprintf(text + n, sizeof text - n,
                 "ended. Troops left the town on Monday after the war.");
        dy_vec sv;
        assert_int_equal(sentences(text, &sv), 2);
        const dy_sent *a = dy_vec_at(&sv, 0), *b = dy_vec_at(&sv, 1);
        assert_int_equal(a->first, 0);
        assert_int_equal(a->end, lead + 2);
        assert_int_equal(b->first, lead + 2);
        assert_int_equal(b->end, lead + 12);
        dy_vec_free(&sv);
    }
    char text[256];
    size_t n = 0;
    for (size_t k = 0; k < 30; k++)
        n += (size_t)snprintf(text + n, sizeof text - n, "word ");
    dy_vec v;
    assert_int_equal(toks(text, &v), 30);
    for (size_t max = 1; max <= 13; max++) {
        dy_vec sv;
        dy_vec_init(&sv, sizeof(dy_sent), NULL);
        assert_int_equal(dy_text_sentences(text, v.data, v.count, max, &sv), 0);
        assert_int_equal(sv.count, (30 + max - 1) / max);
        for (size_t q = 0; q < sv.count; q++) {
            const dy_sent *se = dy_vec_at(&sv, q);
            assert_int_equal(se->first, q * max);
            assert_int_equal(se->end, q * max + max < 30 ? q * max + max : 30);
        }
        dy_vec_free(&sv);
    }
    dy_vec_free(&v);
}

static void test_token_limit(void **state)
{
    (void)state;
    dy_vec v;
    dy_vec_init(&v, sizeof(dy_tok), NULL);
    assert_int_equal(dy_text_tokenize("a b c d e", 9, 3, &v), DYAD_ELIMIT);
    /* the tokens pushed before the limit are kept in the vector */
    assert_int_equal(v.count, 3);
    assert_int_equal(((dy_tok *)v.data)[2].start, 4);
    dy_vec_free(&v);
    /* the vector grown while scanning (the tokenizer keeps its fields in
     * locals): every token there, appended after those already in it */
    char text[400];
    size_t n = 0;
    for (int k = 0; k < 100; k++)
        n += (size_t)sprintf(text + n, "w%d ", k % 10);
    dy_vec_init(&v, sizeof(dy_tok), NULL);
    assert_int_equal(dy_text_tokenize("x", 1, 0, &v), 0);
    assert_int_equal(dy_text_tokenize(text, n, 0, &v), 0);
    assert_int_equal(v.count, 101);
    assert_true(v.cap >= 101);
    for (size_t k = 1; k < v.count; k++) {
        const dy_tok *t = (const dy_tok *)v.data + k;
        assert_int_equal(t->start, 3 * (k - 1));
        assert_int_equal(t->len, 2);
    }
    dy_vec_free(&v);
}

/* Ukrainian and Russian romanisations of one name share a skeleton;
 * different names do not */
/* "option all-caps" (text/caps.c): a text in capitals only, with two
 * capitals in a row somewhere, is lowered in place (ASCII letters only) */
static void test_all_capitals(void **state)
{
    (void)state;
    static const char caps[] = "ARNOR HAS RESTORED TIES WITH GONDOR, 2 A.M.";
    assert_true(dy_text_all_capitals(caps, strlen(caps)));
    assert_false(dy_text_all_capitals("Arnor has restored TIES", 23));
    assert_false(dy_text_all_capitals("A. B. 42", 8));
    assert_false(dy_text_all_capitals("", 0));
    char buf[sizeof caps];
    memcpy(buf, caps, sizeof caps);
    dy_text_lower_ascii(buf, strlen(buf));
    assert_string_equal(buf, "arnor has restored ties with gondor, 2 a.m.");
}

static void test_skeleton(void **state)
{
    (void)state;
    static const char *const same[][2] = {
        {"Pechenihy", "Pechenegi"},     {"Zaitseve", "Zaytsevo"},
        {"Spirne", "Spornoye"},         {"Kurdiumivka", "Kurdyumovka"},
        {"Zheliabivka", "Zhelyabovka"}, {"Virnopillia", "Vernopolye"},
        {"Kharkiv", "Kharkov"},         {"Opytne", "Opytnoye"},
    };
    char a[64], b[64];
    for (size_t i = 0; i < sizeof same / sizeof same[0]; i++) {
        dy_skeleton(same[i][0], strlen(same[i][0]), a, sizeof a);
        dy_skeleton(same[i][1], strlen(same[i][1]), b, sizeof b);
        if (strcmp(a, b) != 0)
            fail_msg("%s -> %s, %s -> %s", same[i][0], a, same[i][1], b);
    }
    assert_int_equal(dy_skeleton("Pechenihy", 9, a, sizeof a), 4);
    assert_string_equal(a, "pcng");
    dy_skeleton("Kupiansk", 8, a, sizeof a);
    dy_skeleton("Kreminna", 8, b, sizeof b);
    assert_string_not_equal(a, b);
    /* shch, doubled letters, non-letters */
    assert_int_equal(dy_skeleton("Shchastia-2 Zaporizhzhia", 24, a, sizeof a),
                     8);
    assert_string_equal(a, "wcstzprj");
    /* too long for the buffer: 0 and an empty string */
    assert_int_equal(dy_skeleton("Dnipropetrovsk", 14, a, 4), 0);
    assert_string_equal(a, "");
    assert_int_equal(dy_skeleton("aeiou", 5, a, sizeof a), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_abbreviations_stay_whole),
        cmocka_unit_test(test_clitics_split),
        cmocka_unit_test(test_word_case_flags),
        cmocka_unit_test(test_spans_point_into_original),
        cmocka_unit_test(test_lower_normalises),
        cmocka_unit_test(test_lower_hash),
        cmocka_unit_test(test_lower_table),
        cmocka_unit_test(test_sentences_survive_abbreviations),
        cmocka_unit_test(test_paragraph_break_ends_sentence),
        cmocka_unit_test(test_sentence_token_limit),
        cmocka_unit_test(test_sentence_ends_at_every_offset),
        cmocka_unit_test(test_token_limit),
        cmocka_unit_test(test_word_ends_at_any_length),
        cmocka_unit_test(test_words_across_windows),
        cmocka_unit_test(test_word_runs),
        cmocka_unit_test(test_punct_flags),
        cmocka_unit_test(test_abbreviations_keep_period),
        cmocka_unit_test(test_skeleton),
        cmocka_unit_test(test_all_capitals),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
