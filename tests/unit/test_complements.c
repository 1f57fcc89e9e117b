/* test_complements.c - codes from complements through the public API, on
 * a small private lexicon (with WordNet) whose appeal, demand, refusal and
 * threat verbs name no act: the act comes from the complement ("asked
 * Russia to free" is 0253) by the remaps of the lexicon, and the
 * complement's act is embedded; protests and demands for reform take
 * their topic's digit from the topic classes. */
#include "helpers.h"

static const char cx_cameo[] =
    "# code\tgoldstein\tquad_class\tpenta_class\tplover_type\tplover_mode\t"
    "name\n"
    "02\t3\t1\t0\t-\t-\tAPPEAL\n"
    "020\t3\t1\t0\tREQUEST\t-\tAppeal, not specified below\n"
    "025\t3\t1\t0\tREQUEST\t-\tAppeal to yield\n"
    "03\t4\t1\t1\t-\t-\tINTEND\n"
    "030\t4\t1\t1\tAGREE\t-\tExpress intent to cooperate\n"
    "035\t5\t1\t1\tAGREE\t-\tExpress intent to yield\n"
    "0353\t5\t1\t1\tAGREE\t-\tExpress intent to release persons\n"
    "0253\t3\t1\t0\tREQUEST\t-\tAppeal for release of persons or property\n"
    "08\t5\t2\t2\t-\t-\tYIELD\n"
    "084\t7\t2\t2\tYIELD\t-\tReturn, release\n"
    "0841\t7\t2\t2\tYIELD\t-\tReturn, release person(s)\n"
    "10\t-5\t3\t3\t-\t-\tDEMAND\n"
    "100\t-5\t3\t3\tDEMAND\t-\tDemand, not specified below\n"
    "105\t-5\t3\t3\tDEMAND\t-\tDemand that target yields\n"
    "1053\t-5\t3\t3\tDEMAND\t-\tDemand release of persons or property\n"
    "11\t-2\t3\t3\t-\t-\tDISAPPROVE\n"
    "12\t-4\t3\t3\t-\t-\tREJECT\n"
    "120\t-4\t3\t3\tREJECT\t-\tReject, not specified below\n"
    "124\t-5\t3\t3\tREJECT\t-\tRefuse to yield\n"
    "1243\t-5\t3\t3\tREJECT\t-\tRefuse to release persons or property\n"
    "112\t-2\t3\t3\tACCUSE\t-\tAccuse, not specified below\n"
    "1123\t-2\t3\t3\tACCUSE\t-\tAccuse of aggression\n"
    "13\t-6\t3\t3\t-\t-\tTHREATEN\n"
    "130\t-4.4\t3\t3\tTHREATEN\t-\tThreaten, not specified below\n"
    "138\t-7\t3\t3\tTHREATEN\t-\tThreaten to use military force\n"
    "1384\t-7\t3\t3\tTHREATEN\t-\tThreaten conventional attack\n"
    "14\t-6.5\t3\t3\t-\t-\tPROTEST\n"
    "141\t-6.5\t3\t3\tPROTEST\tdemonstrate\tDemonstrate or rally\n"
    "1412\t-6.5\t3\t3\tPROTEST\tdemonstrate\tDemonstrate for policy change\n"
    "1413\t-6.5\t3\t3\tPROTEST\tdemonstrate\tDemonstrate for rights\n"
    "19\t-10\t4\t4\t-\t-\tFIGHT\n"
    "190\t-10\t4\t4\tASSAULT\t-\tUse conventional military force\n";

static const char cx_lex[] =
    "# dyad-lexicon 1\n"
    "country RUS 60 100 : Russia\n"
    "country IRN 32 53 : Iran\n"
    "country IRQ 33 44 : Iraq\n"
    "country EGY 27 30 : Egypt\n"
    "country ISR 31 35 : Israel\n"
    "country IDN -5 120 : Indonesia\n"
    "country KWT 29 47 : Kuwait\n"
    "demonym IRN : Iranian\n"
    "actor IGOUNO : United Nations\n"
    "agent EDU : students\n"
    "agent GOV : government\n"
    "verb 020 : ask\n"
    "verb 100 : demand\n"
    "verb 120 : reject\n"
    "verb 124 : reject ultimatum\n"
    "class request : request | call | ultimatum\n"
    "remap refusal : * 120 | 0841 1243\n"
    "verb 130 : threaten | warn\n"
    "verb 030 : agree | pledge\n"
    "verb 020 : call for\n"
    "noun 0841 : release\n"
    "modal future : will | would\n"
    "verb 112 : accuse | allege\n"
    "verb 0841 : free\n"
    "verb 190 : attack\n"
    "verb 141 : stage demonstration\n"
    "remap appeal : * 020 | 084 025 | 0841 0253\n"
    "remap demand : * 100 | 084 105 | 0841 1053\n"
    "remap threat : * 130 | 19 1384\n"
    "remap intent : * 030 | 19 1384 | 084 035 | 0841 0353\n"
    "remap accusation : * 112 | 19 1123\n"
    "remap topic-policy : 141 1412\n"
    "remap topic-rights : 141 1413\n"
    "class topic-policy : reform\n"
    "class topic-rights : detention\n";

static dyad_lexicon *cx_lx;

static int teardown(void **state)
{
    (void)state;
    dyad_lexicon_free(cx_lx);
    cx_lx = NULL;
    return 0;
}

/* the canonical dump of text coded with the private lexicon */
static char *code(const char *text, uint32_t flags)
{
    if (!cx_lx) {
        const char *names[2] = {"cameo.tsv", "cx.lex"};
        const char *texts[2] = {cx_cameo, cx_lex};
        size_t lens[2] = {strlen(cx_cameo), strlen(cx_lex)};
        dyad_error err;
        memset(&err, 0, sizeof err);
        if (dyad_lexicon_compile_buffers(&cx_lx, names, texts, lens, 2,
                                         "/usr/share/wordnet", NULL, NULL,
                                         NULL, &err))
            fail_msg("cannot compile the test lexicon: %s:%ld:%ld: %s",
                     err.file, err.line, err.column, err.message);
    }
    dyad_options o = DYAD_OPTIONS_INIT;
    o.flags = flags;
    dyad_coder *c = NULL;
    dyad_result *r = NULL;
    dyad_error err;
    dyad_doc d;
    memset(&d, 0, sizeof d);
    d.text = text;
    d.text_len = strlen(text);
    d.date = "2023-03-01";
    assert_int_equal(dyad_coder_new(&c, cx_lx, &o, &err), 0);
    assert_int_equal(dyad_code(&r, c, &d, &err), 0);
    th_out out = {NULL, 0, 0};
    th_sink(&out, "", 0);
    assert_int_equal(dyad_result_write(r, DYAD_FORMAT_EVENTS, th_sink, &out),
                     0);
    dyad_result_free(r);
    dyad_coder_free(c);
    return out.data;
}

static void expect(const char *text, uint32_t flags, const char *frag,
                   int want)
{
    char *d = code(text, flags);
    if ((strstr(d, frag) != NULL) != want)
        fail_msg("\"%s\": expected %s\"%s\" in:\n%s", text, want ? "" : "no ",
                 frag, d);
    free(d);
}

static void test_appeal_takes_the_act(void **state)
{
    (void)state;
    expect("The United Nations asked Russia to free the sailors.", 0,
           "IGOUNO 0253 RUS status=asserted", 1);
    /* the release is only asked for: embedded, not asserted */
    expect("The United Nations asked Russia to free the sailors.", 0,
           "RUS 0841", 0);
    expect("The United Nations asked Russia to free the Iranian sailors.",
           DYAD_F_KEEP_EMBEDDED, "RUS 0841 IRN status=embedded", 1);
    /* an adverb after "to"; the one asked a noun group ("the Iranian
     * government to": no background infinitive after a noun) */
    expect("The United Nations asked Russia to immediately free the "
           "sailors.",
           0, "IGOUNO 0253 RUS status=asserted", 1);
    expect("The United Nations asked the Iranian government to free the "
           "sailors.",
           0, "IGOUNO 0253 IRNGOV status=asserted", 1);
}

static void test_demand_that(void **state)
{
    (void)state;
    expect("Egypt demanded that Israel free the journalists.", 0,
           "EGY 1053 ISR", 1);
}

static void test_threat_targets_the_act_target(void **state)
{
    (void)state;
    expect("Iran threatened to attack Iraq.", 0, "IRN 1384 IRQ", 1);
    expect("Iran threatened to attack Iraq.", 0, "IRN 190", 0);
    /* no act named: the generic code stays */
    expect("Iran threatened Iraq.", 0, "IRN 130 IRQ", 1);
}

/* "warned it would attack": a threat by its modal complement; the act's
 * own code (19) picks the threat, not the intent code its future status
 * gives it */
static void test_threat_by_modal_complement(void **state)
{
    (void)state;
    expect("Iran warned it would attack Iraq.", 0, "IRN 1384 IRQ", 1);
    expect("Iran warned it would attack Iraq.", 0, "IRN 190", 0);
}

/* force held out as possible by a modal verb ("could attack") is a
 * threat, not the attack; a possible act of another family keeps its
 * code, and a condition ("if") is no threat */
static void test_possible_force_is_a_threat(void **state)
{
    (void)state;
    expect("Iran could attack Iraq.", 0, "IRN 1384 IRQ", 1);
    expect("Iran could attack Iraq.", 0, "IRN 190", 0);
    expect("Iran might attack Iraq.", 0, "IRN 1384 IRQ", 1);
    expect("Iran could free the sailors.", 0, "IRN 0841", 1);
    expect("Iran could free the sailors.", 0, "IRN 0353", 0);
}

/* an intent head ("pledged to") takes the intent code of its act */
static void test_intent_takes_the_act(void **state)
{
    (void)state;
    expect("Iran pledged to free the sailors.", 0, "IRN 0353 ", 1);
    expect("Iran pledged to free the sailors.", 0, "IRN 030 ", 0);
    expect("Iran pledged to free the sailors.", 0, "0841", 0);
}

/* the preposition ends the appeal's own words: "called for the release" */
static void test_appeal_for_a_noun_act(void **state)
{
    (void)state;
    expect("The United Nations called for the release of the sailors.", 0,
           "IGOUNO 0253 ", 1);
}

/* the infinitive of a request noun is the act refused ("rejected a
 * request to free"), though after another noun it is background */
static void test_refused_request(void **state)
{
    (void)state;
    /* a head below the generic refusal (124) is refined by its
     * complement when the complement's code lies below it */
    expect("Iran rejected an ultimatum to free the sailors.", 0, "IRN 1243 ",
           1);
    expect("Iran rejected an ultimatum to attack Kuwait.", 0, "IRN 124 ", 1);
    expect("Iran rejected a request to free the sailors.", 0,
           "IRN 1243 ", 1);
    expect("Iran rejected efforts to free the sailors.", 0, "IRN 1243 ", 0);
}

/* an accusation of an act of force is 1123; the act is only alleged */
static void test_accusation(void **state)
{
    (void)state;
    expect("Iran accused Iraq of attacking Kuwait.", 0, "IRN 1123 IRQ", 1);
    expect("Iran accused Iraq of attacking Kuwait.", 0, "IRQ 190", 0);
    /* a that-clause: the one accused is the act's subject, not its
     * target */
    expect("Iran alleged that Iraq attacked Kuwait.", 0, "IRN 1123 IRQ", 1);
    expect("Iran alleged that Iraq attacked Kuwait.", 0, "IRN 1123 KWT", 0);
    expect("Iran alleged that Iraq attacked Kuwait.", 0, "IRQ 190", 0);
}

static void test_topic_digit(void **state)
{
    (void)state;
    expect("Students in Indonesia staged demonstrations to demand reform.", 0,
           " 1412 ", 1);
    expect("Students in Indonesia staged demonstrations against the "
           "detention of activists.",
           0, " 1413 ", 1);
    expect("Students in Indonesia staged demonstrations.", 0, " 141 ", 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_appeal_takes_the_act),
        cmocka_unit_test(test_demand_that),
        cmocka_unit_test(test_threat_targets_the_act_target),
        cmocka_unit_test(test_threat_by_modal_complement),
        cmocka_unit_test(test_intent_takes_the_act),
        cmocka_unit_test(test_possible_force_is_a_threat),
        cmocka_unit_test(test_appeal_for_a_noun_act),
        cmocka_unit_test(test_refused_request),
        cmocka_unit_test(test_accusation),
        cmocka_unit_test(test_topic_digit),
    };
    return cmocka_run_group_tests(tests, NULL, teardown);
}
