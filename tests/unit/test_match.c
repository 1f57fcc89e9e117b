/* test_match.c - the match stage on a small private lexicon (with
 * WordNet): the longest contiguous phrase and its ties, the date fit of
 * office holders, when a match is believable as a name, verb patterns
 * with their gaps and target slot, noun patterns with a coordinated
 * modifier, and class members before a token. The tokens are analysed,
 * tagged and given actor mentions the way api.c does. */
#include "analyse.h"
#include "place/place.h"

static const char match_cameo[] =
    "# code\tgoldstein\tquad_class\tpenta_class\tplover_type\tplover_mode\t"
    "name\n"
    "05\t3\t1\t1\t-\t-\tDIPLOMATIC COOPERATION\n"
    "057\t8\t1\t1\tAGREE\t-\tSign formal agreement\n"
    "07\t7\t2\t2\t-\t-\tPROVIDE AID\n"
    "08\t5\t2\t2\t-\t-\tYIELD\n"
    "084\t7\t2\t2\tYIELD\t-\tReturn, release, not specified below\n"
    "0841\t7\t2\t2\tYIELD\t-\tReturn, release person(s)\n"
    "0842\t7\t2\t2\tYIELD\t-\tReturn, release property\n"
    "070\t7\t2\t2\tAID\t-\tProvide aid, not specified below\n"
    "11\t-2\t3\t3\t-\t-\tDISAPPROVE\n"
    "112\t-2\t3\t3\tACCUSE\t-\tAccuse\n"
    "19\t-10\t4\t4\t-\t-\tFIGHT\n"
    "190\t-10\t4\t4\tASSAULT\t-\tUse conventional military force\n"
    "195\t-10\t4\t4\tASSAULT\taerial\tEmploy aerial weapons\n";

static const char match_lex[] =
    "# dyad-lexicon 1\n"
    "country USA 38 -97 : United States | US\n"
    "country RUS 60 100 : Russia | Russian Federation\n"
    "demonym RUS : Russian\n"
    "country UKR 49 32 : Ukraine\n"
    "actor USAGOV 2021-01-20..2025-01-20 : Joe Biden | Biden\n"
    "actor USAGOV 2025-01-20.. : Donald Trump | Trump\n"
    "agent GOV : government\n"
    "agent MIL : troops\n"
    "verb 057 : sign agreement\n"
    "verb 070 : hand over | hand over + aid\n"
    "verb 112 : accuse + of shelling\n"
    "verb 190 : attack\n"
    "verb 057 : said ... sign agreement | not ... sign\n"
    "verb 112 : urged + ... protest\n"
    "verb 112 : protest\n"
    "verb null : would ... attack\n"
    "verb 190 : fiercely _ ... attack\n"
    "verb 070 : % ... hand over\n"
    "verb 070 : deliver ... +\n"
    "verb 0841 verbal : free &person\n"
    "verb 0841 paired 0842 : swap &person\n"
    "noun 195 : missile attack | drone attack\n"
    "noun 190 : attack\n"
    "verb 0841 : release &person | release &person from prison\n"
    "verb 0842 : return &property\n"
    "class person : prisoner | hostage\n"
    "class property : car | tractor\n"
    "class approximator : least | up to\n"
    "class amount : million | worth\n";

static dyad_lexicon *match_lx;

/* the test CAMEO table and lexicon text lex (as file name) compiled into
 * *out; dyad_lexicon_compile_buffers' result */
static int compile_lex(dyad_lexicon **out, const char *name, const char *lex,
                       dyad_error *err)
{
    const char *names[2] = {"cameo.tsv", name};
    const char *texts[2] = {match_cameo, lex};
    size_t lens[2] = {strlen(match_cameo), strlen(lex)};
    memset(err, 0, sizeof *err);
    *out = NULL;
    return dyad_lexicon_compile_buffers(out, names, texts, lens, 2,
                                        "/usr/share/wordnet", NULL, NULL,
                                        NULL, err);
}

static const dyad_lexicon *lexicon(void)
{
    if (!match_lx) {
        dyad_error err;
        if (compile_lex(&match_lx, "match.lex", match_lex, &err))
            fail_msg("cannot compile the test lexicon: %s:%ld:%ld: %s",
                     err.file, err.line, err.column, err.message);
    }
    return match_lx;
}

static int teardown(void **state)
{
    (void)state;
    dyad_lexicon_free(match_lx);
    match_lx = NULL;
    return 0;
}

/* one sentence analysed like run() in api.c, up to actor mentions */
typedef ta_doc mdoc;

static void analyse(mdoc *d, const char *s, const char *date)
{
    ta_analyse(d, lexicon(), s, date, TA_ACTORS);
}

static void release(mdoc *d)
{
    ta_release(d);
}

/* the index of the token whose text is w */
static size_t at(const mdoc *d, const char *w)
{
    for (size_t i = 0; i < d->x.ntok; i++) {
        const dy_token *t = &d->x.tok[i];
        if (t->len == strlen(w) && memcmp(d->x.text + t->start, w, t->len) == 0)
            return i;
    }
    fail_msg("no token '%s' in \"%s\"", w, d->x.text);
    return 0;
}

/* the phrase's text after its kind ("sign agreement"), or "" */
static const char *phrase_text(const mdoc *d, uint32_t pid)
{
    if (pid == LX_NONE)
        return "";
    const char *t = lx_str(d->x.lx, d->x.lx->phrases[pid].text);
    const char *c = strstr(t, ": ");
    return c ? c + 2 : t;
}

/* the longest contiguous phrase wins: "United States", not "US" */
static void test_longest_phrase(void **state)
{
    (void)state;
    mdoc d;
    analyse(&d, "The United States condemned the attack.", NULL);
    size_t e = 0, i = at(&d, "United");
    uint32_t pid = dy_match_at(&d.x, i, d.x.ntok, KIND_BIT(LX_COUNTRY), &e);
    assert_string_equal(phrase_text(&d, pid), "United States");
    assert_int_equal(e, i + 2);
    /* a kind not asked for does not match */
    pid = dy_match_at(&d.x, i, d.x.ntok, KIND_BIT(LX_ACTOR), &e);
    assert_int_equal(pid, LX_NONE);
    release(&d);
}

/* ties between phrases that match as far: the higher kind rank (country
 * over demonym), then the first in the sources; a kind not asked for
 * is not read, however many of its phrases the word keys */
static void test_ties(void **state)
{
    (void)state;
    static const char lex[] = "# dyad-lexicon 1\n"
                              "demonym KOR : Korea\n"
                              "agent OPP : government\n"
                              "verb 190 : government attack\n"
                              "agent GOV : government\n"
                              "country KOR 36 128 : Korea\n"
                              "agent MIL : government forces\n";
    dyad_lexicon *lx = NULL;
    dyad_error err;
    assert_int_equal(compile_lex(&lx, "ties.lex", lex, &err), 0);
    mdoc d;
    ta_analyse(&d, lx, "Korea said the government would act.", NULL,
               TA_ACTORS);
    size_t e = 0, i = at(&d, "Korea");
    uint32_t pid = dy_match_at(&d.x, i, d.x.ntok,
                               KIND_BIT(LX_COUNTRY) | KIND_BIT(LX_DEMONYM), &e);
    assert_int_equal(lx->phrases[pid].kind, LX_COUNTRY);
    assert_int_equal(e, i + 1);
    pid = dy_match_at(&d.x, i, d.x.ntok, KIND_BIT(LX_DEMONYM), &e);
    assert_int_equal(lx->phrases[pid].kind, LX_DEMONYM);
    i = at(&d, "government");
    pid = dy_match_at(&d.x, i, d.x.ntok, KIND_BIT(LX_AGENT), &e);
    assert_string_equal(lx_str(lx, lx->phrases[pid].code), "OPP");
    assert_int_equal(e, i + 1);
    pid = dy_match_at(&d.x, i, d.x.ntok, KIND_BIT(LX_VERB), &e);
    assert_int_equal(pid, LX_NONE);
    assert_int_equal(e, 0);
    ta_release(&d);
    ta_analyse(&d, lx, "The government forces attacked.", NULL, TA_ACTORS);
    i = at(&d, "government");
    pid = dy_match_at(&d.x, i, d.x.ntok, KIND_BIT(LX_AGENT), &e);
    assert_string_equal(lx_str(lx, lx->phrases[pid].code), "MIL");
    assert_int_equal(e, i + 2);
    /* the sentence's end stops a phrase ("government forces" up to and
     * not including "forces") */
    pid = dy_match_at(&d.x, i, i + 1, KIND_BIT(LX_AGENT), &e);
    assert_string_equal(lx_str(lx, lx->phrases[pid].code), "OPP");
    assert_int_equal(e, i + 1);
    ta_release(&d);
    dyad_lexicon_free(lx);
}

/* a name with a gap ("duke ... kestrel vale"): up to DY_NAME_GAP words,
 * none punctuation, stand in it, or none; the words after it stay
 * contiguous; a name keyed by its gap is found beside contiguous ones */
static void test_name_gaps(void **state)
{
    (void)state;
    static const char lex[] = "# dyad-lexicon 1\n"
                              "actor KES : duke ... kestrel vale\n"
                              "actor DUK : duke\n"
                              "actor KTV : kestrel ... television\n"
                              "agent GOV : government\n";
    dyad_lexicon *lx = NULL;
    dyad_error err;
    assert_int_equal(compile_lex(&lx, "gaps.lex", lex, &err), 0);
    assert_true(lx->tables->options & LX_OPT_NAME_GAPS);
    static const struct {
        const char *text, *code;
        size_t words; /* tokens the match covers from "Duke"/"Kestrel" */
    } cases[] = {
        {"The Duke of Kestrel Vale spoke.", "KES", 4},
        {"The Duke Kestrel Vale spoke.", "KES", 3},
        {"The Duke of the old Kestrel Vale spoke.", "KES", 6},
        /* four words in the gap: too many; a comma: none may stand */
        {"The Duke of the very old Kestrel Vale spoke.", "DUK", 1},
        {"The Duke, of Kestrel Vale, spoke.", "DUK", 1},
        /* the words after the gap are contiguous */
        {"The Duke of Kestrel in the Vale spoke.", "DUK", 1},
        {"Kestrel state-run television spoke.", "KTV", 3},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        mdoc d;
        ta_analyse(&d, lx, cases[k].text, NULL, TA_ACTORS);
        size_t i = d.x.tok[1].len == 4 ? 1 : 0; /* "Duke" or "Kestrel" */
        size_t e = 0;
        uint32_t pid = dy_match_at(&d.x, i, d.x.ntok, KIND_BIT(LX_ACTOR), &e);
        assert_true(pid != LX_NONE);
        if (strcmp(lx_str(lx, lx->phrases[pid].code), cases[k].code) != 0 ||
            e != i + cases[k].words)
            fail_msg("\"%s\": %s over %zu tokens, expected %s over %zu",
                     cases[k].text, lx_str(lx, lx->phrases[pid].code), e - i,
                     cases[k].code, cases[k].words);
        ta_release(&d);
    }
    dyad_lexicon_free(lx);
    /* a gap stands between two words: not first, last or doubled */
    static const char *const bad[] = {
        "# dyad-lexicon 1\nactor KES : ... duke\n",
        "# dyad-lexicon 1\nactor KES : duke ...\n",
        "# dyad-lexicon 1\nactor KES : duke ... ... vale\n"};
    for (size_t k = 0; k < sizeof bad / sizeof bad[0]; k++) {
        assert_int_not_equal(compile_lex(&lx, "gaps.lex", bad[k], &err), 0);
        assert_non_null(strstr(err.message, "between two words of a name"));
        dyad_lexicon_free(lx);
    }
}

/* the asks turned away before the search (dy_match_longest: no phrase of
 * one word of the kinds, no pair of the token's and the next token's
 * words in the image's table): a phrase is still found through either
 * token's lemma and across a gap, and "the" before another word finds
 * none (fails when the pairs are asked of the token's form alone, or of
 * the next token's) */
static void test_phrase_pairs_asked(void **state)
{
    (void)state;
    static const char lex[] = "# dyad-lexicon 1\n"
                              "agent MIL : army chief\n"
                              "actor ISR : the state\n"
                              "actor GBRROY : prince ... dol amroth\n";
    static const struct {
        const char *text;
        size_t at, end; /* the match's tokens; end 0: none */
    } cases[] = {
        {"The armies chief spoke.", 1, 3},
        {"The army chiefs spoke.", 1, 3},
        {"The states spoke.", 0, 2},
        {"The Prince of Dol Amroth spoke.", 1, 5},
        {"The army spoke.", 0, 0},
        {"The chief spoke.", 0, 0},
    };
    dyad_lexicon *lx = NULL;
    dyad_error err;
    assert_int_equal(compile_lex(&lx, "pairs.lex", lex, &err), 0);
    const uint32_t kinds = KIND_BIT(LX_ACTOR) | KIND_BIT(LX_AGENT);
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        mdoc d;
        ta_analyse(&d, lx, cases[k].text, NULL, TA_ACTORS);
        size_t e = 9;
        uint32_t pid = dy_match_longest(&d.x, cases[k].at, d.x.ntok, kinds, &e);
        if (cases[k].end ? pid == LX_NONE || e != cases[k].end
                         : pid != LX_NONE || e != 0)
            fail_msg("\"%s\" at token %zu: %u over %zu", cases[k].text,
                     cases[k].at, pid, e);
        ta_release(&d);
    }
    dyad_lexicon_free(lx);
}

/* dy_match_at's tests before the search (dy_token.one, follow, self)
 * turn a token away only where dy_match_longest finds nothing: every
 * token of sentences read with two lexicons (one with names with gaps),
 * every kind alone and the actors' kinds, up to the sentence's end and
 * up to the next token; and they do turn some away. dy_match_at_long
 * answers with the same match where it has two words or more, and with
 * none where it has one ("Duke" before a word that may stand in a gap) */
static void test_phrase_starts(void **state)
{
    (void)state;
    static const char gaps[] = "# dyad-lexicon 1\n"
                               "actor KES : duke ... kestrel vale\n"
                               "actor DUK : duke\n"
                               "actor KTV : kestrel ... television\n"
                               "country USA 38 -97 : United States\n"
                               "place USA 40.5 -100.5 city : "
                               "kestrel vale | vales\n"
                               "agent GOV : government\n";
    static const char *const texts[] = {
        "The United States and Russia, said Biden, signed the agreement.",
        "Russian troops attacked; the US government accused Ukraine of "
        "shelling, United States said.",
        "The Duke of Kestrel Vale spoke. The Duke, of Kestrel Vale, spoke.",
        "Kestrel state-run television spoke of Kestrel Vale.",
        "The Duke spoke to the United Nations in Kestrel.",
        "Up to 7 hostages were released from prison and a drone attack "
        "hit Kestrel Vale.",
    };
    dyad_lexicon *glx = NULL;
    dyad_error err;
    assert_int_equal(compile_lex(&glx, "gaps.lex", gaps, &err), 0);
    const dyad_lexicon *lxs[2] = {lexicon(), glx};
    size_t turned = 0, longs = 0, shorts = 0;
    for (int l = 0; l < 2; l++)
        for (size_t k = 0; k < sizeof texts / sizeof texts[0]; k++) {
            mdoc d;
            ta_analyse(&d, lxs[l], texts[k], NULL, TA_ACTORS);
            for (size_t i = 0; i < d.x.ntok; i++)
                for (int kind = 0; kind <= LX_KIND_MAX; kind++) {
                    uint32_t kinds =
                        kind < LX_KIND_MAX
                            ? KIND_BIT(kind)
                            : KIND_BIT(LX_COUNTRY) | KIND_BIT(LX_DEMONYM) |
                                  KIND_BIT(LX_CAPITAL) | KIND_BIT(LX_ACTOR) |
                                  KIND_BIT(LX_AGENT);
                    for (size_t end = i + 1; end <= d.x.ntok;
                         end = end < d.x.ntok ? d.x.ntok : end + 1) {
                        size_t e1 = 9, e2 = 9;
                        uint32_t p1 = dy_match_at(&d.x, i, end, kinds, &e1);
                        uint32_t p2 =
                            dy_match_longest(&d.x, i, end, kinds, &e2);
                        if (p1 != p2 || e1 != e2)
                            fail_msg("lexicon %d, \"%s\", token %zu, kinds "
                                     "%#x, end %zu: %u over %zu, not %u over "
                                     "%zu",
                                     l, texts[k], i, kinds, end, p1, e1, p2,
                                     e2);
                        /* dy_match_at_long: the same match when it
                         * has two words or more, else none */
                        size_t e3 = 9;
                        uint32_t p3 =
                            dy_match_at_long(&d.x, i, end, kinds, &e3);
                        int long2 = p2 != LX_NONE && e2 >= i + 2;
                        if (p3 != (long2 ? p2 : LX_NONE) ||
                            e3 != (long2 ? e2 : 0))
                            fail_msg("lexicon %d, \"%s\", token %zu, kinds "
                                     "%#x, end %zu: long %u over %zu",
                                     l, texts[k], i, kinds, end, p3, e3);
                        longs += long2;
                        shorts += p2 != LX_NONE && !long2;
                        turned += (d.x.tok[i].kinds & kinds) &&
                                  !(d.x.tok[i].one & kinds) &&
                                  !(end > i + 1 &&
                                    (d.x.tok[i].follow & d.x.tok[i + 1].self));
                    }
                }
            ta_release(&d);
        }
    assert_true(turned > 0);
    assert_true(longs > 0 && shorts > 0);
    /* "United" keys a country of two words only: asked up to itself, or
     * before a word that is not "States", it is turned away */
    mdoc d;
    analyse(&d, "United Russia and the United States.", NULL);
    const dy_token *t = d.x.tok;
    assert_false(t[0].one & KIND_BIT(LX_COUNTRY));
    assert_int_equal(t[0].follow & t[1].self, 0);
    size_t u = at(&d, "States") - 1;
    assert_true(t[u].follow & t[u + 1].self);
    release(&d);
    dyad_lexicon_free(glx);
}

/* a form's one-word phrase is read from the coder's memo where no pair of
 * its words and the next token's is in the pairs' table ("Russian
 * officials"), never where a longer phrase may start ("Russian
 * Federation"), asked of one coder in either order */
static void test_one_word_memo_and_pairs(void **state)
{
    (void)state;
    const uint32_t kinds = KIND_BIT(LX_COUNTRY) | KIND_BIT(LX_DEMONYM);
    const char *texts[] = {
        "Russian officials met the envoy of the Russian Federation.",
        "The envoy of the Russian Federation met Russian officials."};
    for (int k = 0; k < 2; k++) {
        mdoc d;
        analyse(&d, texts[k], NULL);
        size_t fed = at(&d, "Federation") - 1, alone = at(&d, "officials") - 1;
        size_t order[2] = {k ? fed : alone, k ? alone : fed};
        for (int q = 0; q < 2; q++) {
            size_t e = 0, i = order[q];
            uint32_t pid = dy_match_at(&d.x, i, d.x.ntok, kinds, &e);
            assert_string_equal(phrase_text(&d, pid),
                                i == alone ? "Russian" : "Russian Federation");
            assert_int_equal(e, i == alone ? i + 1 : i + 2);
        }
        release(&d);
    }
}

/* an office holder fits the dates of the office: in office 3, out of it
 * 0; with no document date the open (current) spell is preferred */
static void test_date_fit(void **state)
{
    (void)state;
    mdoc d;
    analyse(&d, "Biden met Trump.", "2023-06-01");
    size_t e;
    uint32_t biden = dy_match_at(&d.x, at(&d, "Biden"), d.x.ntok,
                                 KIND_BIT(LX_ACTOR), &e);
    uint32_t trump = dy_match_at(&d.x, at(&d, "Trump"), d.x.ntok,
                                 KIND_BIT(LX_ACTOR), &e);
    assert_int_equal(dy_match_date_fit(&d.x, &d.x.lx->phrases[biden]), 3);
    assert_int_equal(dy_match_date_fit(&d.x, &d.x.lx->phrases[trump]), 0);
    release(&d);
    analyse(&d, "Biden met Trump.", NULL);
    biden = dy_match_at(&d.x, at(&d, "Biden"), d.x.ntok, KIND_BIT(LX_ACTOR),
                        &e);
    trump = dy_match_at(&d.x, at(&d, "Trump"), d.x.ntok, KIND_BIT(LX_ACTOR),
                        &e);
    assert_int_equal(dy_match_date_fit(&d.x, &d.x.lx->phrases[biden]), 1);
    assert_int_equal(dy_match_date_fit(&d.x, &d.x.lx->phrases[trump]), 2);
    release(&d);
    /* TO is the first day out of office: on a handover day, the successor */
    analyse(&d, "Biden met Trump.", "2025-01-20");
    biden = dy_match_at(&d.x, at(&d, "Biden"), d.x.ntok, KIND_BIT(LX_ACTOR),
                        &e);
    trump = dy_match_at(&d.x, at(&d, "Trump"), d.x.ntok, KIND_BIT(LX_ACTOR),
                        &e);
    assert_int_equal(dy_match_date_fit(&d.x, &d.x.lx->phrases[biden]), 0);
    assert_int_equal(dy_match_date_fit(&d.x, &d.x.lx->phrases[trump]), 3);
    release(&d);
}

/* "us" the pronoun is no country; "US" is */
static void test_closed_class_words_need_capitals(void **state)
{
    (void)state;
    mdoc d;
    analyse(&d, "They told us that the US would help.", NULL);
    size_t e, lo = at(&d, "us"), up = at(&d, "US");
    uint32_t p1 = dy_match_at(&d.x, lo, d.x.ntok, KIND_BIT(LX_COUNTRY), &e);
    assert_int_not_equal(p1, LX_NONE); /* the phrase matches ... */
    assert_false(dy_match_name_ok(&d.x, lo, e, &d.x.lx->phrases[p1]));
    uint32_t p2 = dy_match_at(&d.x, up, d.x.ntok, KIND_BIT(LX_COUNTRY), &e);
    assert_true(dy_match_name_ok(&d.x, up, e, &d.x.lx->phrases[p2]));
    release(&d);
}

/* the pattern of verb token w in text, as its phrase text ("" for none),
 * and its end token's text in *last */
static const char *verb_at(mdoc *d, const char *text, const char *w,
                           const char **slot_word)
{
    analyse(d, text, NULL);
    dy_pattern_match m = dy_match_verb(&d->x, at(d, w), d->x.ntok);
    if (slot_word) {
        *slot_word = "";
        if (m.slot != LX_NONE && m.slot < d->x.ntok) {
            static char buf[64];
            const dy_token *t = &d->x.tok[m.slot];
            snprintf(buf, sizeof buf, "%.*s", (int)t->len, d->x.text + t->start);
            *slot_word = buf;
        }
    }
    return phrase_text(d, m.phrase);
}

/* later words within three tokens, not across clause punctuation */
static void test_verb_pattern_gaps(void **state)
{
    (void)state;
    mdoc d;
    assert_string_equal(
        verb_at(&d, "Kyiv signed a historic peace agreement.", "signed", NULL),
        "sign agreement");
    release(&d);
    assert_string_equal(verb_at(&d,
                                "Kyiv signed a long awaited historic peace "
                                "agreement.",
                                "signed", NULL),
                        "");
    release(&d);
    assert_string_equal(verb_at(&d, "Kyiv signed, it said, an agreement.",
                                "signed", NULL),
                        "");
    release(&d);
}

/* the words a verb pattern may read stop at clause punctuation, but not
 * at a list's comma: "aid" after "cars, tractors and" is in reach, after
 * a semicolon it is not (a filter of the words ahead that stopped at the
 * comma would turn "hand over + aid" away unread) */
static void test_verb_pattern_reach(void **state)
{
    (void)state;
    mdoc d;
    const char *slot;
    assert_string_equal(verb_at(&d,
                                "The US handed over cars, tractors and aid.",
                                "handed", &slot),
                        "hand over + aid");
    assert_string_equal(slot, "cars");
    release(&d);
    assert_string_equal(verb_at(&d, "The US handed over cars; aid came later.",
                                "handed", NULL),
                        "hand over");
    release(&d);
    assert_string_equal(verb_at(&d, "The US handed over cars (aid came later).",
                                "handed", NULL),
                        "hand over");
    release(&d);
}

/* the tokens the words ahead of a verb read: those with a form that some
 * verb pattern has after its verb ("from", "prison", "over") or that
 * fills a typed slot ("hostages", by its lemma); not a verb, a word of a
 * noun pattern or one before a verb ("said"), nor a name or punctuation.
 * The word analysis marks them in their kinds, and the fill passes the
 * others over: with the marks, the patterns are still found */
static void test_words_ahead_marked(void **state)
{
    (void)state;
    mdoc d;
    assert_string_equal(verb_at(&d,
                                "Russia said it released the hostages from "
                                "prison and handed over missile aid.",
                                "released", NULL),
                        "release &person from prison");
    const char *marked[] = {"hostages", "from", "prison", "over", "aid"};
    const char *not[] = {"Russia", "said", "it",      "released", "the",
                         "and",    "handed", "missile", "."};
    for (size_t k = 0; k < sizeof marked / sizeof *marked; k++)
        assert_true(d.x.tok[at(&d, marked[k])].kinds & (1u << DY_KIND_AHEAD));
    for (size_t k = 0; k < sizeof not / sizeof *not; k++)
        assert_false(d.x.tok[at(&d, not[k])].kinds & (1u << DY_KIND_AHEAD));
    dy_pattern_match m = dy_match_verb(&d.x, at(&d, "handed"), d.x.ntok);
    assert_string_equal(phrase_text(&d, m.phrase), "hand over + aid");
    release(&d);
}

/* an actor mention and an amount count as one token of a gap; the longest
 * pattern wins and its '+' slot is where the target is sought */
static void test_verb_pattern_mentions_and_amounts(void **state)
{
    (void)state;
    mdoc d;
    const char *slot;
    assert_string_equal(verb_at(&d,
                                "Washington accused the Russian government of "
                                "shelling Kharkiv.",
                                "accused", &slot),
                        "accuse + of shelling");
    assert_string_equal(slot, "the");
    release(&d);
    assert_string_equal(verb_at(&d,
                                "The US handed over more than 4 million worth "
                                "of aid.",
                                "handed", &slot),
                        "hand over + aid");
    release(&d);
    assert_string_equal(verb_at(&d, "The US handed over the keys.", "handed",
                                NULL),
                        "hand over");
    release(&d);
}

/* a typed slot is filled by any word of its class, by form or lemma; the
 * longest pattern still wins */
static void test_typed_slots(void **state)
{
    (void)state;
    mdoc d;
    assert_string_equal(verb_at(&d, "Russia released 20 prisoners.", "released",
                                NULL),
                        "release &person");
    release(&d);
    assert_string_equal(verb_at(&d,
                                "Russia released the hostages from prison.",
                                "released", NULL),
                        "release &person from prison");
    release(&d);
}

/* words before the verb: in order before it, any distance apart inside
 * its clause; they count in the longest-match rule */
static void test_words_before_the_verb(void **state)
{
    (void)state;
    mdoc d;
    assert_string_equal(verb_at(&d,
                                "Kyiv said on Monday that it would sign the "
                                "agreement.",
                                "sign", NULL),
                        "said ... sign agreement");
    dy_pattern_match m = dy_match_verb(&d.x, at(&d, "sign"), d.x.ntok);
    assert_int_equal(m.first, at(&d, "said"));
    release(&d);
    /* without the word before it, the pattern after the verb alone */
    assert_string_equal(
        verb_at(&d, "Kyiv will sign the agreement.", "sign", NULL),
        "sign agreement");
    release(&d);
    assert_string_equal(verb_at(&d, "Kyiv did not sign.", "sign", NULL),
                        "not ... sign");
    release(&d);
    /* clause punctuation stops the search */
    assert_string_equal(verb_at(&d, "Kyiv did not, it said, sign.", "sign",
                                NULL),
                        "");
    release(&d);
    /* the words keep their order */
    assert_string_equal(verb_at(&d, "Kyiv would sign the agreement, it said.",
                                "sign", NULL),
                        "sign agreement");
    release(&d);
    /* the last word joined to the verb stands right before it */
    verb_at(&d, "Kyiv fiercely attacked Russia.", "attacked", NULL);
    dy_pattern_match j = dy_match_verb(&d.x, at(&d, "attacked"), d.x.ntok);
    assert_int_equal(j.first, at(&d, "fiercely"));
    release(&d);
    verb_at(&d, "Kyiv fiercely and suddenly attacked Russia.", "attacked",
            NULL);
    j = dy_match_verb(&d.x, at(&d, "attacked"), d.x.ntok);
    assert_int_equal(j.first, at(&d, "attacked"));
    release(&d);
}

/* a '+' before the verb seeks the target after the word before it */
static void test_target_before_the_verb(void **state)
{
    (void)state;
    mdoc d;
    const char *slot;
    assert_string_equal(verb_at(&d, "Kyiv urged Russia to protest.",
                                "protest", &slot),
                        "urged + ... protest");
    assert_string_equal(slot, "Russia");
    release(&d);
}

/* "deliver ... +": the target is the first actor after the verb in its
 * clause, past any words (TABARI's target), not only the object */
static void test_far_target(void **state)
{
    (void)state;
    mdoc d;
    const char *slot;
    assert_string_equal(verb_at(&d, "Russia delivered a shipment of grain to "
                                "the people of Ukraine.", "delivered",
                                &slot),
                        "deliver ... +");
    assert_string_equal(slot, "Ukraine");
    release(&d);
    /* not past clause punctuation: the slot stays after the verb */
    assert_string_equal(verb_at(&d, "Russia delivered grain, Ukraine said.",
                                "delivered", &slot),
                        "deliver ... +");
    assert_string_equal(slot, "grain");
    release(&d);
}

/* the act noun at token w read as its verb's pattern ("" for none) */
static const char *nominal_at_word(mdoc *d, const char *text, const char *w)
{
    analyse(d, text, NULL);
    size_t i = at(d, w);
    uint32_t verb = dy_match_act_verb(&d->x, &d->x.tok[i]);
    if (verb == LX_NONE)
        return "";
    return phrase_text(d, dy_match_nominal(&d->x, i, i + 1, d->x.ntok, verb)
                              .phrase);
}

/* a verbal pattern is read at its verb only, not from a noun naming its
 * act */
static void test_verbal_pattern(void **state)
{
    (void)state;
    mdoc d;
    assert_string_equal(nominal_at_word(&d, "Russia announced the releasing "
                                        "of prisoners.", "releasing"),
                        "release &person");
    release(&d);
    assert_string_equal(nominal_at_word(&d, "Russia announced the freeing of "
                                        "prisoners.", "freeing"),
                        "");
    release(&d);
    assert_string_equal(verb_at(&d, "Russia freed prisoners.", "freed", NULL),
                        "free &person");
    release(&d);
}

/* '%' before the verb: a coordination of actors stands there, and the
 * words before the verb start at its first member */
static void test_compound_before_the_verb(void **state)
{
    (void)state;
    mdoc d;
    assert_string_equal(verb_at(&d, "Russia and Ukraine handed over the keys.",
                                "handed", NULL),
                        "% ... hand over");
    dy_pattern_match m = dy_match_verb(&d.x, at(&d, "handed"), d.x.ntok);
    assert_int_equal(m.first, at(&d, "Russia"));
    release(&d);
    assert_string_equal(verb_at(&d, "Russia handed over the keys.", "handed",
                                NULL),
                        "hand over");
    release(&d);
}

/* a longer null pattern blocks the shorter patterns of its verb */
static void test_null_pattern_blocks(void **state)
{
    (void)state;
    mdoc d;
    assert_string_equal(verb_at(&d, "Russia attacked Kyiv.", "attacked", NULL),
                        "attack");
    release(&d);
    assert_string_equal(verb_at(&d, "Russia would attack Kyiv.", "attack",
                                NULL),
                        "");
    release(&d);
}

/* "verb 0841 paired 0842": the pattern keeps its second code */
static void test_paired_code(void **state)
{
    (void)state;
    mdoc d;
    analyse(&d, "Russia swapped prisoners.", NULL);
    dy_pattern_match m = dy_match_verb(&d.x, at(&d, "swapped"), d.x.ntok);
    assert_int_not_equal(m.phrase, LX_NONE);
    const lx_phrase *p = &d.x.lx->phrases[m.phrase];
    assert_string_equal(lx_phrase_cameo(d.x.lx, p), "0841");
    assert_int_not_equal(p->cameo2, LX_NONE);
    assert_string_equal(lx_str(d.x.lx, d.x.lx->cameo[p->cameo2].code),
                        "0842");
    release(&d);
}

/* a head with typed slots and no one-word pattern backs off to the
 * category of its patterns when no slot is filled ("release" -> 084) */
static void test_backoff(void **state)
{
    (void)state;
    mdoc d;
    assert_string_equal(verb_at(&d, "Russia released the grain.", "released",
                                NULL),
                        "release (back-off)");
    release(&d);
    analyse(&d, "Russia released the grain.", NULL);
    dy_pattern_match m = dy_match_verb(&d.x, at(&d, "released"), d.x.ntok);
    const lx_phrase *p = &d.x.lx->phrases[m.phrase];
    assert_string_equal(lx_str(d.x.lx, d.x.lx->cameo[p->cameo].code), "084");
    assert_string_equal(lx_str(d.x.lx, p->ptype), "back-off");
    release(&d);
    /* a head whose patterns span one root keeps its category: "return" */
    assert_string_equal(verb_at(&d, "Russia returned the grain.", "returned",
                                NULL),
                        "return (back-off)");
    release(&d);
}

/* a noun pattern ends at its head; its modifier may be coordinated with
 * another ("missile and drone attack": "missile attack", from "missile";
 * of equally long patterns the first in the file) */
static void test_noun_patterns(void **state)
{
    (void)state;
    mdoc d;
    analyse(&d, "A missile and drone attack hit Kyiv.", NULL);
    dy_pattern_match m = dy_match_noun(&d.x, at(&d, "attack"), 0);
    assert_string_equal(phrase_text(&d, m.phrase), "missile attack");
    assert_int_equal(m.first, at(&d, "missile"));
    release(&d);
    analyse(&d, "The attack hit Kyiv.", NULL);
    m = dy_match_noun(&d.x, at(&d, "attack"), 0);
    assert_string_equal(phrase_text(&d, m.phrase), "attack");
    assert_int_equal(m.first, at(&d, "attack"));
    release(&d);
}

/* the noun index reads a head's patterns by their word before the head:
 * a typed slot there (group 0, read always), a word found past "and"
 * ("drone and missile strike"), after "of" past the head's modifiers
 * ("release of 30 hostages"), and the lemma's pattern before the form's
 * of equal length, the first in the file among its own */
static void test_noun_index(void **state)
{
    (void)state;
    static const char lex[] = "# dyad-lexicon 1\n"
                              "class weapon : rocket | shell\n"
                              "noun 190 : strike | heavy &weapon strike\n"
                              "noun 195 : drone strike | missile strike\n"
                              "noun 0841 : release of hostage\n"
                              "noun 195 : air strikes | air strike\n";
    dyad_lexicon *lx = NULL;
    dyad_error err;
    if (compile_lex(&lx, "nindex.lex", lex, &err))
        fail_msg("nindex.lex:%ld: %s", err.line, err.message);
    static const struct {
        const char *text, *head, *pattern, *first;
    } cases[] = {
        {"A heavy rocket strike hit Kyiv.", "strike", "heavy &weapon strike",
         "heavy"},
        /* (of equal length, the first in the file, whatever its group) */
        {"A drone and missile strike hit Kyiv.", "strike", "drone strike",
         "drone"},
        {"A heavy rocket and missile strike hit Kyiv.", "strike",
         "heavy &weapon strike", "heavy"},
        {"The release of 30 hostages began.", "hostages",
         "release of hostage", "release"},
        {"The release of hostages began.", "hostages", "release of hostage",
         "release"},
        {"Two air strikes hit Kyiv.", "strikes", "air strike", "air"},
        {"A strike hit Kyiv.", "strike", "strike", "strike"},
        {"Strike first.", "Strike", "strike", "Strike"},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        mdoc d;
        ta_analyse(&d, lx, cases[k].text, NULL, TA_ACTORS);
        dy_pattern_match m = dy_match_noun(&d.x, at(&d, cases[k].head), 0);
        if (strcmp(phrase_text(&d, m.phrase), cases[k].pattern) != 0 ||
            m.first != at(&d, cases[k].first))
            fail_msg("\"%s\": \"%s\" from token %u, not \"%s\"",
                     cases[k].text, phrase_text(&d, m.phrase), m.first,
                     cases[k].pattern);
        release(&d);
    }
    dyad_lexicon_free(lx);
}

/* a member of a class, of one or more words, right before a token */
static void test_class_before(void **state)
{
    (void)state;
    mdoc d;
    analyse(&d, "At least 5, up to 7 and some 9 died.", NULL);
    assert_true(dy_match_class_before(&d.x, 0, at(&d, "5"),
                                      DY_CL_APPROXIMATOR));
    assert_true(dy_match_class_before(&d.x, 0, at(&d, "7"),
                                      DY_CL_APPROXIMATOR));
    assert_false(dy_match_class_before(&d.x, 0, at(&d, "9"),
                                       DY_CL_APPROXIMATOR));
    /* not before the sentence's first token */
    assert_false(dy_match_class_before(&d.x, at(&d, "5"), at(&d, "5"),
                                       DY_CL_APPROXIMATOR));
    release(&d);
}

/* the capitalised words of a sentence, marked by dy_caps_mark, are found
 * by dy_caps_next as a test of every token finds them: from every token,
 * up to the range's end and before it, in a range longer than the marks
 * (DY_CAPS_MEMO) and one that starts inside the document; the actors
 * stage leaves the marks of the sentence it read last */
static void test_capitalised_words(void **state)
{
    (void)state;
    static const char *const words[] = {"the", "Russian", "troops", ",",
                                        "7", "US", "said", "Ukraine",
                                        "and", "United", "States", "of"};
    size_t cap = 16384, n = 0;
    char *text = malloc(cap);
    assert_non_null(text);
    for (unsigned k = 0; n + 32 < cap && k < 1500; k++) {
        /* irregular gaps between capitals, runs of them across 64 */
        const char *w = words[(k * 7 + k / 13) % 12];
        n += (size_t)snprintf(text + n, cap - n, "%s ", w);
    }
    snprintf(text + n, cap - n, "Kyiv.");
    mdoc d;
    analyse(&d, text, NULL);
    const dy_sent *last = dy_vec_at(&d.sents, d.sents.count - 1);
    assert_int_equal(d.x.caps_first, last->first);
    assert_int_equal(d.x.caps_end, last->end);
    assert_true(d.x.ntok > DY_CAPS_MEMO + 200);
    const size_t ranges[][2] = {{0, d.x.ntok},
                                {0, d.x.ntok - 3},
                                {70, d.x.ntok},
                                {70, 70 + DY_CAPS_MEMO},
                                {5, 9}};
    size_t found = 0;
    for (size_t r = 0; r < sizeof ranges / sizeof ranges[0]; r++) {
        size_t first = ranges[r][0], end = ranges[r][1];
        dy_caps_mark(&d.x, first, end);
        for (size_t i = first; i <= end; i++) {
            size_t want = i;
            while (want < end && !(d.x.tok[want].type == TT_WORD &&
                                   (d.x.tok[want].flags & TF_CAP)))
                want++;
            size_t got = dy_caps_next(&d.x, i, end);
            if (got != want)
                fail_msg("range [%zu, %zu), from %zu: %zu, not %zu", first,
                         end, i, got, want);
            found += want < end;
        }
    }
    assert_true(found > 1000);
    ta_release(&d);
    free(text);
}

/* a one-word class member sets its word's class bit; others do not */
static void test_class_bits(void **state)
{
    (void)state;
    mdoc d;
    analyse(&d, "It was worth 4 million dollars.", NULL);
    assert_true(dy_in_class(&d.x, DY_CL_AMOUNT, &d.x.tok[at(&d, "million")]));
    assert_true(dy_in_class(&d.x, DY_CL_AMOUNT, &d.x.tok[at(&d, "worth")]));
    assert_false(dy_in_class(&d.x, DY_CL_AMOUNT, &d.x.tok[at(&d, "dollars")]));
    assert_false(dy_in_class(&d.x, DY_CL_WAR, &d.x.tok[at(&d, "million")]));
    release(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_longest_phrase),
        cmocka_unit_test(test_ties),
        cmocka_unit_test(test_name_gaps),
        cmocka_unit_test(test_phrase_starts),
        cmocka_unit_test(test_phrase_pairs_asked),
        cmocka_unit_test(test_one_word_memo_and_pairs),
        cmocka_unit_test(test_date_fit),
        cmocka_unit_test(test_closed_class_words_need_capitals),
        cmocka_unit_test(test_verb_pattern_gaps),
        cmocka_unit_test(test_verb_pattern_reach),
        cmocka_unit_test(test_words_ahead_marked),
        cmocka_unit_test(test_verb_pattern_mentions_and_amounts),
        cmocka_unit_test(test_typed_slots),
        cmocka_unit_test(test_words_before_the_verb),
        cmocka_unit_test(test_target_before_the_verb),
        cmocka_unit_test(test_compound_before_the_verb),
        cmocka_unit_test(test_far_target),
        cmocka_unit_test(test_verbal_pattern),
        cmocka_unit_test(test_null_pattern_blocks),
        cmocka_unit_test(test_paired_code),
        cmocka_unit_test(test_backoff),
        cmocka_unit_test(test_noun_patterns),
        cmocka_unit_test(test_noun_index),
        cmocka_unit_test(test_class_before),
        cmocka_unit_test(test_class_bits),
        cmocka_unit_test(test_capitalised_words),
    };
    return cmocka_run_group_tests(tests, NULL, teardown);
}
