/* test_unknown.c - actors the lexicon lacks (src/emit/unknown.c) through
 * the public API (dyad_result_unknown_actor): organisations read by shape,
 * persons named after a title or before an apposition and remembered by
 * surname, misspelt names, uncoded names in an actor's position; places,
 * occasions and headline capitals that are none. Uses the build lexicon;
 * every sentence is written for this test. */
#include "coding.h"

#define DATE "2024-05-02"

static const char *const how_name[] = {"?", "shape", "title", "misspelt",
                                       "uncoded"};

/* Codes text with the option flags given and dumps its unknown actors,
 * one line each: "how name=NAME text=TEXT code=CODE ev=EVIDENCE matched=M
 * inferred=0|1 s=SENTENCE"; caller frees. The events are dumped into
 * *events (caller frees) when events is not NULL. */
static char *unknown_dump_flags(const char *text, char **events,
                                uint32_t flags)
{
    dyad_coder *c = NULL;
    dyad_result *r = NULL;
    dyad_error err;
    dyad_doc doc;
    memset(&doc, 0, sizeof doc);
    doc.text = text;
    doc.text_len = strlen(text);
    doc.date = DATE;
    dyad_options opts = DYAD_OPTIONS_INIT;
    opts.flags = flags;
    if (dyad_coder_new(&c, th_lexicon(), &opts, &err) ||
        dyad_code(&r, c, &doc, &err)) {
        fprintf(stderr, "coding failed: %s\n", err.message);
        abort();
    }
    th_out out = {NULL, 0, 0};
    th_sink(&out, "", 0);
    for (size_t i = 0; i < dyad_result_unknown_count(r); i++) {
        const dyad_unknown_actor *u = dyad_result_unknown_actor(r, i);
        assert_non_null(u);
        /* the spans give back the strings */
        assert_int_equal(u->name_span.len, strlen(u->name));
        assert_memory_equal(text + u->name_span.start, u->name,
                            u->name_span.len);
        assert_memory_equal(text + u->span.start, u->text, u->span.len);
        assert_true(u->sentence < dyad_result_sentence_count(r));
        assert_true(u->how >= DYAD_UNKNOWN_SHAPE &&
                    u->how <= DYAD_UNKNOWN_UNCODED);
        char line[512];
        snprintf(line, sizeof line,
                 "%s name=%s text=%s code=%s ev=%s matched=%s inferred=%d "
                 "s=%zu\n",
                 how_name[u->how], u->name, u->text, u->code ? u->code : "-",
                 u->evidence ? u->evidence : "-",
                 u->matched ? u->matched : "-", u->country_inferred,
                 u->sentence);
        th_sink(&out, line, strlen(line));
    }
    assert_null(dyad_result_unknown_actor(r, dyad_result_unknown_count(r)));
    if (events) {
        th_out ev = {NULL, 0, 0};
        th_sink(&ev, "", 0);
        dyad_result_write(r, DYAD_FORMAT_EVENTS, th_sink, &ev);
        *events = ev.data;
    }
    dyad_result_free(r);
    dyad_coder_free(c);
    return out.data;
}

/* the dump of a coder that asked for the unknown actors */
static char *unknown_dump(const char *text, char **events)
{
    return unknown_dump_flags(text, events, DYAD_F_UNKNOWN_ACTORS);
}

static int unk_expect(const char *text, const char *const *frags, int want)
{
    char *dump = unknown_dump(text, NULL);
    int ok = tc_line_has(dump, frags) == want;
    if (!ok) {
        print_error("expected %s unknown-actor line with:",
                    want ? "one" : "no");
        for (const char *const *f = frags; *f; f++)
            print_error(" \"%s\"", *f);
        print_error("\n  text: \"%s\"\n  unknown actors:\n%s", text,
                    dump[0] ? dump : "    (none)\n");
    }
    free(dump);
    return ok;
}

/* some unknown-actor line of text holds all fragments */
#define expect_unknown(text, ...)                                              \
    do {                                                                       \
        const char *const f_[] = {__VA_ARGS__, NULL};                          \
        TC_CHECK(unk_expect((text), f_, 1));                                   \
    } while (0)

/* no unknown-actor line of text holds them all */
#define expect_no_unknown(text, ...)                                           \
    do {                                                                       \
        const char *const f_[] = {__VA_ARGS__, NULL};                          \
        TC_CHECK(unk_expect((text), f_, 0));                                   \
    } while (0)

/* the text has no unknown actor at all */
static int unk_none(const char *text)
{
    char *dump = unknown_dump(text, NULL);
    int ok = dump[0] == '\0';
    if (!ok)
        print_error("expected no unknown actor in \"%s\", got:\n%s", text,
                    dump);
    free(dump);
    return ok;
}
#define expect_none(text) TC_CHECK(unk_none(text))

/* "the Kano Youth Front": a name around an org- class head is an
 * organisation by shape, its country from the place, its role from the
 * head; the leading "the" is not part of the name */
static void test_organisation_by_shape(void **state)
{
    (void)state;
    expect_unknown("The Kano Youth Front attacked police stations in "
                   "northern Nigeria on Tuesday.",
                   "shape name=Kano Youth Front ", "code=NGAPTY",
                   "ev=org-pty", "s=0");
    expect_unknown("Delegates of the Ogoni Peace Council met oil company "
                   "officials in Port Harcourt.",
                   "shape name=Ogoni Peace Council ", "code=NGAGOV",
                   "ev=org-gov");
    TC_END();
}

/* a person after a title, and the same person named again by surname in
 * a later sentence: both mentions carry the name as introduced */
static void test_person_after_title(void **state)
{
    (void)state;
    const char *text = "General Tunde Bakare met local elders in Maiduguri "
                       "on Monday. Later, Bakare criticized the governor "
                       "of Borno.";
    expect_unknown(text, "title name=Tunde Bakare ",
                   "text=General Tunde Bakare ", "code=NGAMIL",
                   "ev=title-mil", "s=0");
    expect_unknown(text, "title name=Tunde Bakare ", "text=Bakare ",
                   "code=NGAMIL", "s=1");
    expect_unknown("President Kwame Asante of Ghana criticized the "
                   "opposition.",
                   "title name=Kwame Asante ", "code=GHAGOV",
                   "ev=agent president");
    /* before an apposition that says who he is */
    expect_unknown("Kofi Mensah, the Ghanaian interior minister, condemned "
                   "the attack on the police station.",
                   "title name=Kofi Mensah ", "code=GHAGOV",
                   "ev=apposition");
    TC_END();
}

/* a capitalised word one edit from one lexicon name */
static void test_misspelt_name(void **state)
{
    (void)state;
    expect_unknown("Protesters attacked the Isreal embassy in Amman.",
                   "misspelt name=Isreal ", "code=ISR", "ev=country",
                   "matched=Israel ");
    TC_END();
}

/* two capitalised words no actor or place covers, right before the verb
 * and right after the trigger: names that got no code, with the country
 * of the event's place */
static void test_uncoded_names(void **state)
{
    (void)state;
    const char *text = "Jaysh Al-Nasr attacked Liwaa Al-Haqq positions "
                       "near Idlib on Sunday.";
    expect_unknown(text, "uncoded name=Jaysh Al-Nasr ", "code=SYR",
                   "ev=subject", "inferred=1");
    expect_unknown(text, "uncoded name=Liwaa Al-Haqq ", "code=SYR",
                   "ev=object", "inferred=1");
    TC_END();
}

/* a country the name states itself wins over the event's place: a
 * country or demonym right before it, with or without "'s"; a place that
 * is a word of the name ("Aden" of a Somali name) gives no country */
static void test_uncoded_stated_country(void **state)
{
    (void)state;
    expect_unknown("Ghana's Kwesi Boateng Mensah was shot dead in Lome on "
                   "Friday.",
                   "uncoded name=Kwesi Boateng Mensah ", "code=GHA",
                   "inferred=0");
    expect_unknown("Ghanaian Kwesi Boateng was captured by rebels near Gao.",
                   "uncoded name=Kwesi Boateng ", "code=GHA", "inferred=0");
    /* without the country word, the place's */
    expect_unknown("Rebels captured Kwesi Boateng near Gao.",
                   "uncoded name=Kwesi Boateng ", "code=MLI", "inferred=1");
    expect_no_unknown("Gunmen shot Aden Warsame Duale on Tuesday.",
                      "name=Aden Warsame Duale ", "code=YEM");
    TC_END();
}

/* places, buildings and occasions are no actors (class not-actor,
 * place-word), nor a lone capitalised word, nor a name the lexicon has */
static void test_places_and_occasions_are_not_reported(void **state)
{
    (void)state;
    expect_none("Troops attacked the Sambisa Forest on Monday.");
    expect_none("Gunmen attacked the Darulaman Palace in Kabul.");
    expect_none("Police clashed with fans after the Africa Cup final in "
                "Abidjan.");
    expect_none("Rebels attacked Deir Ezzor Governorate on Friday.");
    expect_none("Troops shelled the Wadi Qandil Valley near the border "
                "with Lebanon.");
    expect_none("Russian forces attacked Ukrainian troops in Kharkiv.");
    expect_none("Police arrested Bakare in Lagos.");
    TC_END();
}

/* in a sentence written like a headline, capitals say nothing of names:
 * no uncoded name, no organisation or person read by shape */
static void test_headline_case(void **state)
{
    (void)state;
    expect_none("Rebels Attack Village Near Kano As Army Chief Vows "
                "Revenge");
    expect_none("Militants Storm Kano Market Killing Twelve Traders");
    /* the same names in running text are reported */
    expect_unknown("Militants stormed the Kano market and attacked the "
                   "Sabon Gari Traders Union.",
                   "shape name=Sabon Gari Traders Union ");
    TC_END();
}

/* a sentence dense with names it does not know is no headline: its
 * capitals are the names, not its common words */
static void test_names_do_not_make_a_headline(void **state)
{
    (void)state;
    expect_unknown("Jaysh Al-Nasr and Liwaa Al-Haqq attacked Harakat "
                   "Al-Sham fighters near Idlib.",
                   "uncoded name=Harakat Al-Sham ");
    TC_END();
}

/* the report only reads the stages' state: the events are those of the
 * same text coded without anyone asking for the unknown actors, and a
 * coder that did not ask (no DYAD_F_UNKNOWN_ACTORS) lists none */
static void test_events_unchanged(void **state)
{
    (void)state;
    const char *text = "The Kano Youth Front attacked police stations in "
                       "northern Nigeria on Tuesday. General Tunde Bakare "
                       "met local elders in Maiduguri.";
    char *events = NULL;
    char *dump = unknown_dump(text, &events);
    char *plain = th_code_opts(text, DATE, NULL);
    assert_string_equal(events, plain);
    assert_non_null(strstr(plain, "NGAPTY 190"));
    assert_non_null(strstr(dump, "shape name=Kano Youth Front "));
    char *unasked = NULL;
    char *none = unknown_dump_flags(text, &unasked, 0);
    assert_string_equal(none, "");
    assert_string_equal(unasked, plain);
    free(dump);
    free(events);
    free(plain);
    free(none);
    free(unasked);
}

static void test_null_and_range(void **state)
{
    (void)state;
    assert_int_equal(dyad_result_unknown_count(NULL), 0);
    assert_null(dyad_result_unknown_actor(NULL, 0));
    expect_none("");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_organisation_by_shape),
        cmocka_unit_test(test_person_after_title),
        cmocka_unit_test(test_misspelt_name),
        cmocka_unit_test(test_uncoded_names),
        cmocka_unit_test(test_uncoded_stated_country),
        cmocka_unit_test(test_places_and_occasions_are_not_reported),
        cmocka_unit_test(test_headline_case),
        cmocka_unit_test(test_names_do_not_make_a_headline),
        cmocka_unit_test(test_events_unchanged),
        cmocka_unit_test(test_null_and_range),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
