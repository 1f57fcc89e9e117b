/* test_claims.c - stage 5 through the public API: on whose word an event
 * stands (reported, confirmed, denied, attributed_to), modality (future,
 * hypothetical, negated) and contests. Uses the build lexicon. */
#include "coding.h"

#define DATE "2023-03-01"

static void test_said_that(void **state)
{
    (void)state;
    expect_line("Ukraine said Russia attacked Kharkiv.", DATE,
                "say reported say; verb 19 attack", "S0 RUS 19",
                " UKR status=reported by=UKR ");
    expect_line("Ukrainian officials said Russian forces attacked Kharkiv.",
                DATE, "agent GOV officials|agent GOV official",
                "S0 RUSMIL 19", " UKR status=reported by=UKRGOV ");
    /* the speaker is no party to the reported event */
    expect_no_line("Ukraine said Russia attacked Kharkiv.", DATE, "S0 UKR ");
    TC_END();
}

/* ", X said." at the end frames the event before it */
static void test_trailing_frame(void **state)
{
    (void)state;
    expect_line("Russia attacked Ukraine, Ukrainian officials said.", DATE,
                "agent GOV officials|agent GOV official", "S0 RUS 19",
                " UKR status=reported by=UKRGOV ");
    expect_line("Russia attacked Ukraine, the Kremlin said.", DATE,
                "actor RUSGOV Kremlin", "S0 RUS 19",
                " UKR status=reported by=RUSGOV ");
    TC_END();
}

static void test_according_to(void **state)
{
    (void)state;
    expect_line("According to officials, Russia attacked Ukraine.", DATE,
                "say reported according to", "S0 RUS 19",
                " UKR status=reported by=");
    expect_line("According to Ukraine, Russia attacked Kharkiv.", DATE,
                "say reported according to", "S0 RUS 19",
                " UKR status=reported by=UKR ");
    expect_line("Russia attacked Ukraine, according to officials.", DATE,
                "say reported according to", "S0 RUS 19",
                " UKR status=reported by=");
    expect_line("Reports suggest Russia attacked Ukraine.", DATE,
                "say reported suggest", "S0 RUS 19",
                " UKR status=reported by=text ");
    TC_END();
}

static void test_confirmed_and_denied(void **state)
{
    (void)state;
    expect_line("Russia confirmed that Russian forces attacked Ukraine.", DATE,
                "say confirmed confirm", "S0 RUS", " 19",
                " UKR status=confirmed by=RUS ");
    expect_line("Russia denied that Russian forces attacked Ukraine.", DATE,
                "say denied deny", "S0 RUS", " 19",
                " UKR status=denied by=RUS ");
    /* a denial of "these reports" contests the reported event before */
    expect_line("Russia attacked Ukraine, Ukrainian officials said. "
                "The Kremlin denied these reports.",
                DATE, "actor RUSGOV Kremlin; say denied deny", "S0 RUS 19",
                "status=reported by=UKRGOV", "denied_by=RUSGOV");
    TC_END();
}

/* promised and refused acts take CAMEO's intent and refusal codes; what
 * a speaker says another must do is a demand */
static void test_intent_refusal_demand(void **state)
{
    (void)state;
    expect_line("Russia will withdraw its troops from Ukraine.", DATE,
                "verb 0874 withdraw troop", "S0 RUS 0356 UKR status=future");
    expect_line("Russia refused to withdraw its troops from Ukraine.", DATE,
                "verb 0874 withdraw troop", "S0 RUS 1246 UKR status=asserted");
    expect_line("Britain said that Russia must withdraw its troops from "
                "Ukraine.",
                DATE, "verb 0874 withdraw troop",
                "S0 GBR 1056 RUS status=asserted");
    TC_END();
}

static void test_future(void **state)
{
    (void)state;
    /* a future meeting is an intent to meet: 036 */
    expect_line("Putin will meet Zelensky.", DATE,
                "actor RUSGOV Putin; actor UKRGOV Zelensky; modal future will",
                "S0 RUSGOV 036 UKRGOV status=future");
    expect_line("Putin is set to meet Zelensky.", DATE, "modal future set to",
                "S0 RUSGOV 036 UKRGOV status=future");
    expect_line("Russia is set to meet Ukraine.", DATE, "modal future set to",
                "S0 RUS 036 UKR status=future");
    expect_line("Russia plans to visit Ukraine.", DATE,
                "modal future plans to|modal future plan to",
                "S0 RUS 036 UKR status=future");
    expect_no_line("Putin will meet Zelensky.", DATE, " 040 ");
    /* a future attack keeps its code */
    /* an announced attack is a threat of force (CAMEO 1384) */
    expect_line("Russia will attack Ukraine.", DATE, "modal future will",
                "S0 RUS 1384 UKR status=future");
    /* future wins over a frame, which still names the speaker */
    expect_line("Ukraine said Putin will visit Kyiv.", DATE, "modal future will",
                "S0 RUSGOV 036 UKR status=future by=UKR ");
    TC_END();
}

static void test_hypothetical(void **state)
{
    (void)state;
    expect_line("Russia may attack Ukraine.", DATE,
                "modal hypothetical may", "S0 RUS 190 UKR status=hypothetical");
    expect_line("Russia could attack Ukraine.", DATE,
                "modal hypothetical could",
                "S0 RUS 190 UKR status=hypothetical");
    expect_line("Russia might attack Ukraine.", DATE,
                "modal hypothetical might",
                "S0 RUS 190 UKR status=hypothetical");
    expect_no_line("Russia may attack Ukraine.", DATE, "status=asserted");
    TC_END();
}

static void test_negated(void **state)
{
    (void)state;
    expect_no_events("Neither Russia nor Ukraine attacked Belarus.", DATE);
    dyad_options o = DYAD_OPTIONS_INIT;
    o.flags = DYAD_F_KEEP_NEGATED;
    const char *t = "Neither Russia nor Ukraine attacked Belarus.";
    expect_line_opts(&o, t, DATE, "verb 19 attack",
                     "S0 RUS 190 BLR status=negated");
    expect_line_opts(&o, t, DATE, "verb 19 attack",
                     "S0 UKR 190 BLR status=negated");
    expect_line_opts(&o, "Russia refused to attack Ukraine.", DATE,
                     "modal negated refused to",
                     "S0 RUS 190 UKR status=negated");
    TC_END();
}

static void test_plain_statement_is_asserted(void **state)
{
    (void)state;
    expect_line("Russia attacked Ukraine.", DATE, "verb 19 attack",
                "S0 RUS 190 UKR status=asserted trigger=");
    expect_no_line("Russia attacked Ukraine.", DATE, "by=");
    TC_END();
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_said_that),
        cmocka_unit_test(test_trailing_frame),
        cmocka_unit_test(test_according_to),
        cmocka_unit_test(test_confirmed_and_denied),
        cmocka_unit_test(test_future),
        cmocka_unit_test(test_intent_refusal_demand),
        cmocka_unit_test(test_hypothetical),
        cmocka_unit_test(test_negated),
        cmocka_unit_test(test_plain_statement_is_asserted),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
