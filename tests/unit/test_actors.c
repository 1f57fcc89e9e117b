/* test_actors.c - stage 3 through the public API: actor codes composed
 * from countries, demonyms, capitals, named actors and agents; possessives,
 * "of" links, titles, coordination, people remembered by surname, and
 * office holders dated by the document date. Uses the build lexicon. */
#include "coding.h"

#define DATE "2023-03-01"

static void test_country_and_agent(void **state)
{
    (void)state;
    expect_line("Russian forces attacked Ukraine.", DATE,
                "agent MIL forces|agent MIL force; verb 19 attack",
                "S0 RUSMIL 19", " UKR status=");
    expect_line("Russia attacked Ukraine.", DATE, "verb 19 attack",
                "S0 RUS 19", " UKR status=asserted");
    /* the possessive chain: country 's agent */
    expect_line("Ukraine's army attacked Russia.", DATE,
                "agent MIL army; verb 19 attack", "S0 UKRMIL 19",
                " RUS status=");
    TC_END();
}

/* a demonym + agent after the verb: "attacked Ukrainian troops" */
static void test_demonym_and_agent_as_object(void **state)
{
    (void)state;
    expect_line("Russia attacked Ukrainian troops.", DATE,
                "agent MIL troops|agent MIL troop; verb 19 attack",
                "S0 RUS 19", " UKRMIL status=");
    expect_line("Russian forces attacked Ukrainian troops in Kharkiv.", DATE,
                "agent MIL forces|agent MIL force; agent MIL troops|agent MIL "
                "troop",
                "S0 RUSMIL 19", " UKRMIL status=");
    TC_END();
}

static void test_capital_metonymy(void **state)
{
    (void)state;
    expect_line("Moscow criticized Kyiv.", DATE,
                "capital RUS Moscow; capital UKR Kyiv; verb 111 criticize",
                "S0 RUS 111 UKR status=asserted");
    expect_line("Washington criticized Beijing.", DATE,
                "capital USA Washington; capital CHN Beijing",
                "S0 USA 111 CHN status=asserted");
    TC_END();
}

static void test_named_actors(void **state)
{
    (void)state;
    expect_line("The Kremlin criticized Ukraine.", DATE, "actor RUSGOV Kremlin",
                "S0 RUSGOV 111 UKR status=asserted");
    /* "the Kremlin's spokesman": the first named actor wins */
    expect_line("The Kremlin's spokesman criticized Ukraine.", DATE,
                "actor RUSGOV Kremlin; agent * spokesman",
                "S0 RUSGOV 111 UKR status=asserted");
    TC_END();
}

static void test_of_phrase(void **state)
{
    (void)state;
    expect_line("The president of Russia criticized Ukraine.", DATE,
                "agent GOV president", "S0 RUSGOV 111 UKR status=asserted");
    TC_END();
}

static void test_title_and_name(void **state)
{
    (void)state;
    expect_line("Russian Foreign Minister Ivan Petrov visited Belarus.", DATE,
                "agent GOV foreign minister|agent GOV minister; verb 042 visit",
                "S0 RUSGOV 042 BLR status=asserted");
    TC_END();
}

/* a person introduced with a title keeps the code when named again */
static void test_person_named_again(void **state)
{
    (void)state;
    expect_line("Russian Foreign Minister Ivan Petrov visited Belarus. "
                "Later, Petrov criticized Ukraine.",
                DATE, "agent GOV foreign minister|agent GOV minister",
                "S1 RUSGOV 111 UKR status=asserted");
    expect_line("Ukrainian Defence Minister Taras Bondarko visited Poland. "
                "Bondarko met Polish officials on Monday. "
                "On Tuesday Bondarko criticized Russia.",
                DATE, "agent MIL defence minister", "S2 UKRMIL 111 RUS");
    /* the title alone names the person introduced with it */
    expect_line("Ukrainian Defence Minister Taras Bondarko visited Poland. "
                "Later the minister criticized Russia.",
                DATE, "agent MIL defence minister", "S1 UKRMIL 111 RUS");
    TC_END();
}

/* people named in one document are forgotten before the next */
static void test_person_forgotten_between_documents(void **state)
{
    (void)state;
    dyad_coder *c = NULL;
    dyad_error err;
    assert_int_equal(dyad_coder_new(&c, th_lexicon(), NULL, &err), 0);
    const char *texts[2] = {
        "Russian Foreign Minister Ivan Petrov visited Belarus.",
        "Petrov criticized Ukraine."};
    char *dumps[2];
    for (int i = 0; i < 2; i++) {
        dyad_doc d;
        memset(&d, 0, sizeof d);
        d.text = texts[i];
        d.text_len = strlen(texts[i]);
        d.date = DATE;
        dyad_result *r = NULL;
        assert_int_equal(dyad_code(&r, c, &d, &err), 0);
        th_out o = {NULL, 0, 0};
        th_sink(&o, "", 0);
        dyad_result_write(r, DYAD_FORMAT_EVENTS, th_sink, &o);
        dumps[i] = o.data;
        dyad_result_free(r);
    }
    dyad_coder_free(c);
    int remembered = strstr(dumps[1], "RUSGOV") != NULL;
    int first_ok = strstr(dumps[0], "S0 RUSGOV 042 BLR") != NULL;
    if (remembered || !first_ok)
        print_error("doc 1:\n%s\ndoc 2:\n%s\n", dumps[0], dumps[1]);
    free(dumps[0]);
    free(dumps[1]);
    TC_CHECK(first_ok);
    TC_CHECK(!remembered);
    TC_END();
}

/* an apposition names the same actor: the subject keeps the country */
static void test_apposition(void **state)
{
    (void)state;
    expect_line("Russia's foreign minister, Ivan Petrov, visited Belarus.",
                DATE, "agent GOV foreign minister|agent GOV minister",
                "S0 RUSGOV 042 BLR status=asserted");
    /* the apposition has a role word of its own: it still names the
     * country's official, not a bare role */
    expect_line("Russia's defence minister, General Ivan Petrov, visited "
                "Belarus.",
                DATE, "agent MIL defence minister", "S0 RUSMIL 042 BLR");
    expect_line("Russia's envoy, Ambassador Ivan Petrov, criticized Ukraine.",
                DATE, "agent GOV envoy; agent GOV ambassador",
                "S0 RUSGOV 111 UKR");
    expect_line("Ukraine's defence minister, army general Ivan Petrov, "
                "visited Poland.",
                DATE, "agent MIL defence minister; agent MIL army",
                "S0 UKRMIL 042 POL");
    TC_END();
}

static void test_coordination(void **state)
{
    (void)state;
    /* "US and Russian envoys": the bare country shares the agent */
    const char *t = "US and Russian envoys met.";
    expect_line(t, DATE, "agent GOV envoys|agent GOV envoy; verb 040 meet",
                "S0 USAGOV 040 RUSGOV status=asserted");
    expect_line(t, DATE, "agent GOV envoys|agent GOV envoy",
                "S0 RUSGOV 040 USAGOV status=asserted");
    const char *u = "Russia and Ukraine signed an agreement.";
    expect_line(u, DATE, "verb 057 sign agreement|verb 057 sign",
                "S0 RUS 057 UKR status=asserted");
    expect_line(u, DATE, "verb 057 sign agreement|verb 057 sign",
                "S0 UKR 057 RUS status=asserted");
    /* coordinated objects */
    const char *v = "China urged Russia and Ukraine to hold talks.";
    expect_line(v, DATE, "verb 02 urge", "S0 CHN 02", " RUS status=");
    expect_line(v, DATE, "verb 02 urge", "S0 CHN 02", " UKR status=");
    TC_END();
}

/* office holders are coded by the document date (docs/lexicon.md) */
static void test_dated_office_holders(void **state)
{
    (void)state;
    const char *t = "Trump criticized China.";
    expect_line(t, "2019-06-01", "actor USAGOV Trump|actor USAGOV Donald Trump",
                "S0 USAGOV 111 CHN");
    expect_line(t, "2022-06-01", "actor USAGOV Trump|actor USAGOV Donald Trump",
                "S0 USAELI 111 CHN");
    expect_no_line(t, "2022-06-01", "USAGOV");
    const char *z = "Zelensky criticized Russia.";
    expect_line(z, "2022-06-01", "actor UKRGOV Zelensky", "S0 UKRGOV 111 RUS");
    expect_no_line(z, "2018-01-01", "UKRGOV");
    expect_line(z, "2018-01-01", "actor UKRGOV Zelensky", "S0 UKRELI 111 RUS");
    /* no date: the current holder */
    expect_line(z, NULL, "actor UKRGOV Zelensky", "S0 UKRGOV 111 RUS");
    TC_END();
}

static void test_actor_mentions_in_explain(void **state)
{
    (void)state;
    /* a lower-case common noun is not a country */
    char *e = tc_explain("Officials ate turkey in Ukraine.", DATE);
    int bad = strstr(e, "actor: TUR") != NULL;
    if (bad)
        print_error("%s\n", e);
    free(e);
    TC_CHECK(!bad);
    expect_line("Turkey criticized Greece.", DATE,
                "country TUR Turkey; verb 111 criticize", "S0 TUR 111 GRC");
    /* the pronoun "us" is not the United States */
    e = tc_explain("They told us that Russia attacked Ukraine.", DATE);
    bad = strstr(e, "actor: USA") != NULL;
    int rus = strstr(e, "actor: RUS \"Russia\"") != NULL;
    if (bad || !rus)
        print_error("%s\n", e);
    free(e);
    TC_CHECK(!bad);
    TC_CHECK(rus);
    /* a mention's words */
    e = tc_explain("The Kremlin's spokesman criticized Ukraine.", DATE);
    int whole = strstr(e, "actor: RUSGOV \"") &&
                strstr(e, "Kremlin's spokesman\"\n");
    if (!whole)
        print_error("%s\n", e);
    free(e);
    TC_CHECK(whole);
    TC_END();
}

/* ---- a role with no country takes one from its context, marked
 * inferred (dy_actors_context) */

/* the source or target of the first event of text, coded on its own */
static dyad_actor tc_first_actor(const char *text, int target,
                                 char *code, size_t cap)
{
    dyad_coder *c = NULL;
    dyad_result *r = NULL;
    dyad_error err;
    dyad_doc d;
    dyad_actor a;
    memset(&d, 0, sizeof d);
    memset(&a, 0, sizeof a);
    d.text = text;
    d.text_len = strlen(text);
    d.date = DATE;
    assert_int_equal(dyad_coder_new(&c, th_lexicon(), NULL, &err), 0);
    assert_int_equal(dyad_code(&r, c, &d, &err), 0);
    code[0] = '\0';
    if (dyad_result_count(r) > 0) {
        const dyad_event *e = dyad_result_event(r, 0);
        a = target ? e->target : e->source;
        snprintf(code, cap, "%s", a.code ? a.code : "");
    }
    a.code = a.text = NULL; /* they die with the result */
    dyad_result_free(r);
    dyad_coder_free(c);
    return a;
}

/* "Police in Nairobi": the place the role stands in */
static void test_country_from_place(void **state)
{
    (void)state;
    expect_line("Police in Nairobi detained two journalists.", DATE,
                "capital KEN Nairobi; agent COP police", "S0 KENCOP 17",
                " KENMED status=");
    expect_line("Soldiers in Mombasa arrested two fishermen.", DATE,
                "agent MIL soldier", "S0 KENMIL 17", " KENCVL status=");
    TC_END();
}

/* a country said with the role is never replaced by the place's */
static void test_country_stated_kept(void **state)
{
    (void)state;
    expect_line("Kenyan police in Kampala detained two journalists.", DATE,
                "demonym KEN Kenyan", "S0 KENCOP 17");
    expect_no_line("Kenyan police in Kampala detained two journalists.",
                   DATE, "UGACOP");
    TC_END();
}

/* no place: the sentence's other actors, when they agree */
static void test_country_from_other_actors(void **state)
{
    (void)state;
    expect_line("Ugandan soldiers attacked rebels.", DATE,
                "demonym UGA Ugandan; agent REB rebel", "S0 UGAMIL 19",
                " UGAREB status=");
    TC_END();
}

/* no place, no other actor: the country the document named before */
static void test_country_from_document(void **state)
{
    (void)state;
    expect_line("Heavy rain hit Lima on Monday. Police arrested twenty "
                "looters.",
                DATE, "agent COP police", "S1 PERCOP 173");
    TC_END();
}

/* the same role named before with its country is the same body, even
 * where the document names another country more */
static void test_country_from_same_role(void **state)
{
    (void)state;
    expect_line("French troops left Mali on Monday. Officials in Bamako, "
                "Mopti and Gao welcomed the move. The troops attacked a "
                "convoy near the border.",
                DATE, "demonym FRA French; agent MIL troop",
                "S2 FRAMIL 190");
    TC_END();
}

/* "foreign troops", "peacekeepers": not the place's own */
static void test_country_not_for_foreign_roles(void **state)
{
    (void)state;
    expect_line("Troops in Kabul shot two men.", DATE, "agent MIL troop",
                "S0 AFGMIL 193");
    expect_line("Foreign troops in Kabul shot two men.", DATE,
                "class foreign foreign", "S0 MIL 193");
    expect_line("Peacekeepers in Juba arrested two men.", DATE,
                "class foreign peacekeepers", "S0 MIL 173");
    TC_END();
}

/* the record says the country was inferred, and only then */
static void test_country_inferred_flag(void **state)
{
    (void)state;
    char code[16];
    dyad_actor a = tc_first_actor("Police in Nairobi detained two "
                                  "journalists.",
                                  0, code, sizeof code);
    TC_CHECK(strcmp(code, "KENCOP") == 0);
    TC_CHECK(a.country_inferred == 1);
    a = tc_first_actor("Kenyan police detained two journalists.", 0, code,
                       sizeof code);
    TC_CHECK(strcmp(code, "KENCOP") == 0);
    TC_CHECK(a.country_inferred == 0);
    a = tc_first_actor("Police in Nairobi detained two journalists.", 1,
                       code, sizeof code);
    TC_CHECK(strcmp(code, "KENMED") == 0);
    TC_CHECK(a.country_inferred == 1);
    TC_END();
}

/* "President Joseph Mwangi" with no country: the title's role and the
 * context's country, kept for his surname later */
static void test_titled_person_takes_context(void **state)
{
    (void)state;
    const char *t = "Police in Nairobi detained two journalists. President "
                    "Joseph Mwangi condemned the arrests. On Friday Mwangi "
                    "criticized Uganda.";
    expect_line(t, DATE, "agent GOV president", "S1 KENGOV 111");
    expect_line(t, DATE, "agent GOV president", "S2 KENGOV 111 UGA");
    TC_END();
}

/* a document in lower case ("police in nairobi"): its names give the
 * country */
static void test_country_in_lower_case_text(void **state)
{
    (void)state;
    expect_line("the rally in nairobi ended peacefully on monday afternoon "
                "after the speeches. later that evening police detained two "
                "journalists near the stadium and questioned them for hours "
                "about their reports.",
                DATE, "capital KEN Nairobi; agent COP police",
                "S1 KENCOP 173 KENMED");
    TC_END();
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_country_and_agent),
        cmocka_unit_test(test_demonym_and_agent_as_object),
        cmocka_unit_test(test_capital_metonymy),
        cmocka_unit_test(test_named_actors),
        cmocka_unit_test(test_of_phrase),
        cmocka_unit_test(test_title_and_name),
        cmocka_unit_test(test_person_named_again),
        cmocka_unit_test(test_person_forgotten_between_documents),
        cmocka_unit_test(test_apposition),
        cmocka_unit_test(test_coordination),
        cmocka_unit_test(test_dated_office_holders),
        cmocka_unit_test(test_actor_mentions_in_explain),
        cmocka_unit_test(test_country_from_place),
        cmocka_unit_test(test_country_stated_kept),
        cmocka_unit_test(test_country_from_other_actors),
        cmocka_unit_test(test_country_from_document),
        cmocka_unit_test(test_country_from_same_role),
        cmocka_unit_test(test_country_not_for_foreign_roles),
        cmocka_unit_test(test_country_inferred_flag),
        cmocka_unit_test(test_titled_person_takes_context),
        cmocka_unit_test(test_country_in_lower_case_text),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
