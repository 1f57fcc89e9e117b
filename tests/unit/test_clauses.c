/* test_clauses.c - the clauses stage through the public API: an act told
 * in a conditional, temporal, reason or relative clause, in a
 * participle modifying a noun, or charged ("convicted of spying"), is
 * embedded (left out by default, kept with
 * DYAD_F_KEEP_EMBEDDED), while the main clause's act stays asserted. Uses
 * the build lexicon. */
#include "coding.h"

#define DATE "2023-03-01"

static const dyad_options keep = {DYAD_F_KEEP_EMBEDDED, 0, 0, 0, 0, NULL, 0};

static void test_conditional(void **state)
{
    (void)state;
    expect_line("Ukraine will sue Russia if Russian troops attack Kharkiv.",
                DATE, "verb 19 attack", "UKR", "status=future");
    expect_no_line("Ukraine will sue Russia if Russian troops attack Kharkiv.",
                   DATE, "RUSMIL 19");
    expect_line_opts(&keep,
                     "Ukraine will sue Russia if Russian troops attack "
                     "Kharkiv.",
                     DATE, "verb 19 attack", "RUSMIL 19", "status=embedded");
    /* a fronted conditional ends at its comma */
    expect_line("Unless Russia withdraws its troops, Ukraine will sue Russia.",
                DATE, "verb * sue", "UKR", "status=future");
    /* an inverted conditional: "had", "were" or "should" before its
     * subject at a clause's start; not a past perfect after its subject */
    expect_no_line("Had the Kenyan army deployed earlier, many lives would "
                   "have been saved.",
                   DATE, " 154");
    expect_no_line("The minister said that had Russia attacked the convoy, "
                   "Kenya would have responded.",
                   DATE, "RUS 19");
    expect_line_opts(&keep,
                     "Were Iran to attack Israel, the United States would "
                     "defend its ally.",
                     DATE, "verb 19 attack", "IRN 19", "status=embedded");
    expect_line("The rebels had attacked the convoy before the army arrived.",
                DATE, "verb 19 attack", "REB 19", "status=asserted");
    TC_END();
}

static void test_temporal_and_reason(void **state)
{
    (void)state;
    expect_no_line("The minister resigned after police arrested three "
                   "activists.",
                   DATE, " 173 ");
    expect_line_opts(&keep,
                     "The minister resigned after police arrested three "
                     "activists.",
                     DATE, "verb 173 arrest", " 173 ", "status=embedded");
    /* a preposition is no clause: "after the war" */
    expect_line("Russian forces shelled Kharkiv after the ceasefire.", DATE,
                "verb 19 shell", "RUSMIL 19", "status=asserted");
    expect_no_line("Ukraine recalled its ambassador because Russia attacked "
                   "Kharkiv.",
                   DATE, "RUS 19");
    /* "as" opening a clause of its own is like "when"; "as well as" and
     * "such as" open none */
    expect_no_line("The governor was wounded as he left for his office.",
                   DATE, " 04");
    expect_line_opts(&keep,
                     "Kenyan police detained two men as the protesters "
                     "marched on parliament.",
                     DATE, NULL, " 14", "status=embedded");
    expect_line("Kenyan police detained two men as well as the protest "
                "leaders.",
                DATE, NULL, "KENCOP 173", "status=asserted");
    TC_END();
}

static void test_relative(void **state)
{
    (void)state;
    expect_no_line("Hamas, which attacked Israel last year, met Egyptian "
                   "officials in Cairo.",
                   DATE, " 19");
    expect_line("Hamas, which attacked Israel last year, met Egyptian "
                "officials in Cairo.",
                DATE, "verb 04 meet", " 04", "status=asserted");
    /* "that" after a day belongs to the say verb */
    expect_line("Russia said on Friday that Ukraine attacked a convoy.", DATE,
                "verb 19 attack", "UKR 19", "status=reported");
    /* so does "that" after a say verb's phrase or particle, or the
     * hearer a verb of telling names; not after its subject's noun */
    expect_line("Russia said in a statement that Ukraine attacked a convoy.",
                DATE, "verb 19 attack", "UKR 19", "status=reported");
    expect_line("Russia pointed out that Ukraine attacked a convoy.", DATE,
                "verb 19 attack", "UKR 19", "status=reported");
    expect_line("The minister told a news conference that Ukraine attacked "
                "a convoy.",
                DATE, "verb 19 attack", "UKR 19", "status=reported");
    expect_no_line("Police said the bomb that wounded the officer killed "
                   "three people.",
                   DATE, "COP 19");
    /* "that" before a pronoun is no determiner: "denied that it had" */
    expect_line("The army denied that it had shelled the village.", DATE,
                "verb 19", " 016 ", "status=asserted");
    expect_no_line("The army denied that it had shelled the village.", DATE,
                   "1222");
    /* "once again" opens no clause */
    expect_line("Russian forces once again attacked Kharkiv.", DATE,
                "verb 19 attack", "RUSMIL 19", "status=asserted");
    /* a relative clause inside the subject ends at the main verb */
    expect_line("Activists who fled the country criticized the government.",
                DATE, "verb 111", "S0 NGO 111 GOV", "status=asserted");
    expect_no_line("Activists who attacked the embassy criticized the "
                   "government.",
                   DATE, "190");
    /* "that" after an actor with no verb before it opens a relative
     * clause too, and the main verb's subject is the actor before it */
    expect_no_line("The rebels that attacked the convoy were arrested by "
                   "police.",
                   DATE, "REB 19");
    expect_line("The police that escorted the marchers fired at the "
                "students.",
                DATE, "verb 19", "COP 19", "status=asserted");
    /* a relative clause with no "that": a subject pronoun after the
     * object, its verb group lacking an object of its own */
    expect_no_line("The militants left the buildings they had occupied.",
                   DATE, " 192");
    expect_line_opts(&keep,
                     "Police released the students they had arrested on "
                     "Monday.",
                     DATE, "verb 173 arrest", " 173 ", "status=embedded");
    expect_line("Police released the students they had arrested on Monday.",
                DATE, "verb 0841", "COP 0841", "status=asserted");
    /* the object may hold a name used as a modifier ("the British
     * tanker", "the Russian soldiers") */
    expect_no_line("Iran released the British tanker it had seized.", DATE,
                   " 171");
    expect_line_opts(&keep, "Ukraine freed the Russian soldiers it had "
                            "captured in Kursk.",
                     DATE, "verb 17", "status=embedded");
    /* it ends where "and" joins the main clause's next verb */
    expect_line("The army raided villages it controls and arrested ten "
                "rebels.",
                DATE, "verb 173 arrest", "MIL 173 REB", "status=asserted");
    /* not a complement ("face" has its own object), nor after a time */
    expect_line("Russia warned Ukraine it would face sanctions.", DATE,
                "verb 13", "RUS 13", "status=asserted");
    expect_line("Russia said last month it had attacked Ukrainian troops.",
                DATE, "verb 19 attack", "RUS 19", "status=reported");
    TC_END();
}

static void test_participle_modifier(void **state)
{
    (void)state;
    /* a backing told between commas or dashes is no asserted act, after
     * a unit's name too, and past abbreviations in parentheses in its
     * agent's phrase */
    expect_no_line("The Syrian Arab Army's 5th Armored Division - backed by "
                   "the National Defense Forces (NDF) - continued its "
                   "offensive in Sweida.",
                   DATE, " 051 ");
    expect_no_line("The Syrian army's 105th Brigade, backed by the Palestine "
                   "Liberation Army (PLA) and National Defense Forces (NDF), "
                   "launched a new assault in Ghouta.",
                   DATE, " 051 ");
    expect_line("The Syrian army's 105th Brigade, backed by the Palestine "
                "Liberation Army (PLA) and National Defense Forces (NDF), "
                "launched a new assault in Ghouta.",
                DATE, "verb 190", "SYRMIL 190", "status=asserted");
    expect_no_line("Kenya displayed the trucks seized by Somali rebels last "
                   "year.",
                   DATE, "REB ");
    expect_line_opts(&keep,
                     "Kenya displayed the trucks seized by Somali rebels last "
                     "year.",
                     DATE, "verb * seize", "REB", "status=embedded");
    /* a verb coordinated with the one before is no modifier */
    expect_line("Three soldiers were killed and five others injured in a "
                "Russian attack on Kharkiv.",
                DATE, "noun 19 attack", "RUS 19", "status=asserted");
    /* a past tense after a day is a verb: "Iraq on Saturday appealed" */
    expect_line("Iraq on Saturday appealed to the United Nations for aid.",
                DATE, "verb 02 appeal", "IRQ 02", "status=asserted");
    TC_END();
}

/* the act one is convicted, suspected or arrested of or for is charged,
 * not told: embedded, while the conviction or arrest stays asserted */
static void test_charged_act(void **state)
{
    (void)state;
    const char *t = "A Kyiv court convicted the priest of collaborating "
                    "with Russian forces.";
    expect_line(t, DATE, "verb 116 convict", "UKRJUD 116", "status=asserted");
    expect_no_line(t, DATE, " 050 ");
    expect_line_opts(&keep, t, DATE, "verb 050 collaborate", " 050 ",
                     "status=embedded");
    expect_no_line("Ukraine detained a priest suspected of collaborating "
                   "with Russia.",
                   DATE, " 050 ");
    /* up to a clause of its own: the grenade's killing is the charge's
     * relative clause, embedded too, not released as asserted */
    expect_no_line("The man is accused of throwing a grenade that killed two "
                   "soldiers in Kabul.",
                   DATE, "status=asserted");
    /* a gerund after "for" with no such verb before it is told */
    expect_line("Turkish troops crossed the border for shelling Kurdish "
                "positions in Syria.",
                DATE, NULL, "TURMIL", "status=asserted");
    TC_END();
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_conditional),
        cmocka_unit_test(test_temporal_and_reason),
        cmocka_unit_test(test_relative),
        cmocka_unit_test(test_participle_modifier),
        cmocka_unit_test(test_charged_act),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
