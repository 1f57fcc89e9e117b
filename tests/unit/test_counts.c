/* test_counts.c - the counts stage through the public API: how many were
 * killed or injured, which event a count belongs to, approximate counts
 * (the approximator and vague-number classes), running tolls marked
 * cumulative, the victims' number and not the attackers', ACLED's
 * conventions (split, placeholder, restated), a repeated report's counts,
 * and the dates a running toll's "since" must not give. Uses the build
 * lexicon. */
#include "coding.h"

#define DATE "2023-03-01"

/* a number with a count word belongs to the nearest assault of its sentence */
static void test_count_and_its_event(void **state)
{
    (void)state;
    expect_line("Russian forces attacked Kharkiv, killing at least 12 "
                "civilians.",
                DATE, "count killed killing", "killed=>=12");
    /* the count belongs to the attack that caused it */
    expect_line("Russia attacked Ukraine, killing at least 12 civilians.",
                DATE, "count killed killing", "S0 RUS 19", " UKR status=",
                "killed=>=12");
    expect_line("Russian forces attacked Kharkiv and three soldiers were "
                "wounded.",
                DATE, "count injured wounded", "S0 RUSMIL 19", "injured=3");
    expect_line("Russian forces killed three Ukrainian soldiers.", DATE,
                "verb 19 kill", "S0 RUSMIL 19", " UKRMIL status=",
                "killed=3");
    TC_END();
}

/* numbers before and after the count word, number words, persons counted one by one */
static void test_numbers(void **state)
{
    (void)state;
    /* two counts in one sentence, each with its own number */
    expect_line("A Russian missile strike on Kharkiv killed 5 people and "
                "wounded 20.",
                DATE, "count injured wounded", "killed=5", "injured=20");
    /* "killed and around 40 others injured": 40 is the injured count */
    expect_line("At least 23 people were killed and around 40 others injured "
                "in an attack by ISIS in Mosul.",
                DATE, "count killed killed; count injured injured",
                "killed=>=23", "injured=>=40");
    /* a hyphenated number word */
    expect_line("Twenty-two people were killed and about 100 others injured "
                "in an attack by ISIS in Mosul.",
                DATE, "count killed killed", "killed=22");
    expect_line("Russian forces fired on and beheaded 2 hospital employees in "
                "Kharkiv.",
                DATE, "count killed beheaded", "S0 RUSMIL 18", "killed=2");
    /* one person named by "the", and persons listed */
    expect_line("Russian forces shelled Kharkiv. The victim died.", DATE,
                "count killed died", "S0 RUSMIL 19", "killed=1");
    expect_line("Russian forces shelled Kharkiv, killing a mother and a "
                "child.",
                DATE, "count killed killing", "S0 RUSMIL 19", "killed=2");
    expect_line("Russian forces shelled Kharkiv, killing a man, a woman and "
                "a boy.",
                DATE, "count killed killing", "S0 RUSMIL 19", "killed=3");
    /* "the city" is no person */
    expect_no_line("Russian forces shelled the city, killing the city.", DATE,
                   "killed=");
    /* an approximator of more than one word, and vague numbers */
    expect_line("Russian forces shelled Kharkiv, killing up to 7 civilians.",
                DATE, "count killed killing", "killed=>=7");
    expect_line("Russian forces shelled Kharkiv, killing dozens of civilians.",
                DATE, "count killed killing", "S0 RUSMIL 19", "killed=>=");
    TC_END();
}

/* ACLED divides a toll between events, restates it for this event, or codes an unknown one as a placeholder */
static void test_acled_conventions(void **state)
{
    (void)state;
    /* ACLED's toll split over several events: this event's share */
    expect_line("Russian forces shelled Kharkiv. More than 30 servicemen were "
                "killed near Kharkiv and Izium (fatalities split between 3 "
                "events).",
                DATE, "count killed killed", "S0 RUSMIL 19", "killed=>=10");
    expect_line("Russian forces shelled Kharkiv. 41 fatality split between 4 "
                "shelling events.",
                DATE, "count killed fatality", "S0 RUSMIL 19", "killed=>=10");
    /* a toll restated for this event replaces the one told before */
    expect_line("Russian forces shelled Kharkiv. 80 soldiers were killed. 2 "
                "fatalities coded to this event.",
                DATE, "count killed fatalities coded to this event",
                "S0 RUSMIL 19", "killed=2");
    expect_line("Russian forces shelled Kharkiv, killing 8 soldiers. 8 "
                "fatalities split between 2 locations.",
                DATE, "count killed fatalities", "S0 RUSMIL 19", "killed=>=4");
    /* ACLED's placeholder for an unknown toll: the figure, approximate */
    expect_line("Russian forces shelled Kharkiv. Unspecified fatalities coded "
                "as 10.",
                DATE, "count killed fatalities coded as", "S0 RUSMIL 19",
                "killed=>=10");
    expect_line("Russian forces attacked Kharkiv, killing 1,200 people.",
                DATE, "count killed killing", "killed=1200");
    /* the words of the split convention are data: "among", "incidents" */
    expect_line("Russian forces shelled Kharkiv. 9 fatalities split among 3 "
                "incidents.",
                DATE, "count killed fatalities", "S0 RUSMIL 19", "killed=>=3");
    TC_END();
}

/* a running toll is no event's own: marked cumulative, never its
 * "killed" (the war class before or after the number, "since" a time,
 * "so far this year", "already", a toll of 10,000 or more) */
static void test_running_tolls(void **state)
{
    (void)state;
    static const char *const texts[] = {
        "Russian forces shelled Kharkiv in a war that has killed more than "
        "10,000 civilians.",
        "Russian forces shelled Kharkiv, where 300 people have been killed "
        "since 2022.",
        "More than 290,000 people have been killed and millions forced to "
        "flee their homes since Syria's conflict erupted in March 2011.",
        "Syrian government forces have killed more than 200,000 people "
        "since March 2011.",
        "Rebels attacked the town. So far this year 3,400 civilians have been "
        "killed in the region.",
        "The regime and its allies have already killed more than 500,000 "
        "Syrian citizens.",
    };
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        expect_no_line(texts[i], DATE, " killed=");
        /* (the first's toll goes to the war's own killing, an embedded
         * act, which is not emitted) */
        if (i > 0)
            expect_line(texts[i], DATE, NULL, "cumulative_killed=");
    }
    /* (a war that has killed is no event at all: events/context.c) */
    expect_no_events("The Syrian conflict has killed more than 200,000 "
                     "people since March 2011.",
                     DATE);
    /* an event's own toll stays its own beside a running one, and a
     * superlative's "since" tells no running toll */
    expect_line("Government forces shelled Homs, killing 20 people, in the "
                "deadliest attack since the uprising began.",
                DATE, NULL, " killed=20");
    TC_END();
}

/* the period words are the sentence's: each of its tolls is a running
 * one, and a later sentence without them tells its event's own toll
 * (counts.c reads them once a sentence, thirty-second session) */
static void test_period_words_of_each_sentence(void **state)
{
    (void)state;
    const char *both = "So far this year, rebels have killed 30 soldiers and "
                       "wounded 45 civilians in the region.";
    expect_line(both, DATE, NULL, "cumulative_killed=30");
    expect_line(both, DATE, NULL, "cumulative_injured=45");
    const char *two = "So far this year 30 civilians have been killed in "
                      "the region. Rebels shelled Homs, killing 20 people.";
    expect_line(two, DATE, NULL, "S1 ", " killed=20");
    TC_END();
}

/* the victims' number, not the attackers': the number before an active
 * kill verb with an object is its subject's */
static void test_victims_not_attackers(void **state)
{
    (void)state;
    expect_line("A mob of around 5,000 persons killed nearly 65 persons in "
                "the village.",
                DATE, NULL, " killed=>=65");
    expect_no_line("A mob of around 5,000 persons killed nearly 65 persons "
                   "in the village.",
                   DATE, "killed=>=5000");
    expect_line("Thirty gunmen killed a policeman in Kabul.", DATE, NULL,
                " killed=1");
    /* a passive or a reduced relative: the number before is the toll */
    expect_line("Russian forces shelled Kharkiv and 12 civilians were "
                "killed.",
                DATE, NULL, " killed=12");
    expect_line("Rebels attacked Aleppo. 7 people killed in the attack.",
                DATE, NULL, " killed=7");
    TC_END();
}

/* the date of the first event coded from text with document date `date` */
static void first_date(const char *text, const char *date, char *out,
                       size_t cap)
{
    dyad_coder *c = NULL;
    dyad_error err;
    dyad_doc d;
    memset(&d, 0, sizeof d);
    d.text = text;
    d.text_len = strlen(text);
    d.date = date;
    dyad_result *r = NULL;
    assert_int_equal(dyad_coder_new(&c, th_lexicon(), NULL, &err), 0);
    assert_int_equal(dyad_code(&r, c, &d, &err), 0);
    assert_true(dyad_result_count(r) > 0);
    const char *got = dyad_result_event(r, 0)->date;
    snprintf(out, cap, "%s", got ? got : "");
    dyad_result_free(r);
    dyad_coder_free(c);
}

/* a date after "since" starts a period and dates nothing; a lower-case
 * month with a year ("the november 1984 pogrom") dates its events */
static void test_dates_since(void **state)
{
    (void)state;
    char got[16];
    first_date("Syrian government forces have killed more than 200,000 "
               "people since March 2011.",
               "2016-05-09", got, sizeof got);
    assert_string_equal(got, "2016-05-09");
    first_date("Rebels have attacked government forces in Aleppo since March "
               "2011.",
               NULL, got, sizeof got);
    assert_string_equal(got, "");
    first_date("in the november 1984 anti-sikh pogrom in delhi, 3,000 people "
               "were massacred by the police.",
               "2002-03-08", got, sizeof got);
    assert_string_equal(got, "1984-11-01");
    first_date("Russian forces shelled Kharkiv on 19 November.", "2024-01-05",
               got, sizeof got);
    assert_string_equal(got, "2023-11-19");
}

/* the same event told twice in a sentence is one event with the counts
 * either report gave */
static void test_repeated_report(void **state)
{
    (void)state;
    expect_line("Russia attacked Ukraine and attacked Ukraine again, killing "
                "4 soldiers.",
                DATE, "count killed killing", "S0 RUS 19", " UKR status=",
                "killed=4");
    TC_END();
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_count_and_its_event),
        cmocka_unit_test(test_numbers),
        cmocka_unit_test(test_acled_conventions),
        cmocka_unit_test(test_running_tolls),
        cmocka_unit_test(test_period_words_of_each_sentence),
        cmocka_unit_test(test_victims_not_attackers),
        cmocka_unit_test(test_dates_since),
        cmocka_unit_test(test_repeated_report),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
