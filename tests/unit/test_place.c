/* test_place.c - the place stage through the public API: which place goes
 * with an event (its clause, in/near/at and the words of data/grammar.lex's
 * place classes), places that target a country, names no gazetteer knows,
 * ACLED's "coded to", and the location record (namesakes, romanisations,
 * precision, loose places). Uses the build lexicon. */
#include "coding.h"

#define DATE "2023-03-01"

/* a place after in/near/at in the event's clause, or opening the sentence; the end of a noun chain; the prepositions of class place-prep */
static void test_place_in_the_clause(void **state)
{
    (void)state;
    expect_line("Russian forces attacked Ukraine in Kharkiv.", DATE,
                "verb 19 attack", "S0 RUS", " 19", " UKR status=asserted",
                "loc=Kharkiv/UKR");
    expect_line("Russia and Ukraine signed an agreement in Istanbul.", DATE,
                "verb 057 sign agreement", "S0 RUS 057 UKR",
                "loc=Istanbul/TUR");
    /* a place opening the sentence */
    expect_line("In Kharkiv, Russia attacked Ukraine.", DATE, "verb 19 attack",
                "S0 RUS 19", "loc=Kharkiv/UKR");
    /* a place at the end of a noun chain: "the villages of X", "in the
     * bombardment of X", "in Ukraine's city of X"; along, through, inside */
    expect_line("Russian forces shelled the settlements of Kharkiv.", DATE,
                "verb 19 shell; agent MIL forces|agent MIL force",
                "S0 RUSMIL 19", "loc=Kharkiv/UKR");
    expect_line("Russia attacked Ukraine in the bombardment of Kharkiv.", DATE,
                "verb 19 attack", "S0 RUS 19", "loc=Kharkiv/UKR");
    expect_line("Russia attacked Ukraine in Ukraine's city of Kharkiv.", DATE,
                "verb 19 attack", "S0 RUS 19", "loc=Kharkiv/UKR");
    expect_line("Russia attacked Ukraine inside Kharkiv.", DATE,
                "verb 19 attack", "S0 RUS 19", "loc=Kharkiv/UKR");
    /* a place after a country's possessive: "in Syria's Aleppo province",
     * "near Iraq's holy Shiite city of Karbala" */
    expect_line("Dozens of people were killed in fighting in Syria's Aleppo "
                "province on Friday.",
                DATE, NULL, " 19", "loc=Aleppo");
    expect_line("Five insurgents preparing an ambush near Iraq's holy Shiite "
                "city of Karbala were killed by a Polish patrol.",
                DATE, NULL, " 19", "loc=Karbala/IRQ");
    /* a town's name does not inflect: "Hamas" is no plural of Hama */
    char *e = tc_explain("Israel attacked Hamas.", DATE);
    int hama = strstr(e, "Hama (") != NULL;
    if (hama)
        print_error("%s\n", e);
    free(e);
    TC_CHECK(!hama);
    /* adverbs and a capitalised adjective before the place */
    expect_line("Russia attacked Ukraine in a district of mostly Orthodox "
                "eastern Kharkiv.",
                DATE, "verb 19 attack", "S0 RUS 19", "loc=Kharkiv/UKR");
    expect_line("Russia attacked Ukraine along the border of Kharkiv.", DATE,
                "verb 19 attack", "S0 RUS 19", "loc=Kharkiv/UKR");
    /* a compass word of class direction before "of" */
    expect_line("Russian forces shelled positions north of Kharkiv.", DATE,
                "verb 194 shell", "loc=Kharkiv/UKR");
    /* a word of class place-prep */
    expect_line("Russian forces shelled positions throughout Kharkiv.", DATE,
                "verb 194 shell", "loc=Kharkiv/UKR");
    TC_END();
}

/* an act of force on a place targets its country, unless the actor acts on its own ground; a country in a possessive or before a common noun places nothing */
/* an ADM1 region is a place of its own (gazetteer.tsv, feature code
 * ADM1): its country places the event and gives a bare role its country;
 * a region named by an ordinary word (data/region-words.txt) is none */
static void test_regions(void **state)
{
    (void)state;
    expect_line("Police in Sindh arrested 20 protesters on Monday.", DATE,
                "verb 173", "S0 PAKCOP 173", "loc=Sindh/PAK");
    expect_line("Floods in Bavaria forced hundreds of people from their "
                "homes, and police in Bavaria arrested two looters.",
                DATE, NULL, "DEUCOP", "loc=Bavaria/DEU");
    /* a city of the region's name is the place, not the region */
    expect_line("Police in Aleppo arrested 20 protesters.", DATE, NULL,
                "SYRCOP", "loc=Aleppo/SYR");
    expect_no_line("Western diplomats met Iranian officials in Vienna.",
                   DATE, "loc=Western");
    /* a region ranks as a capital does, above a town of its name
     * elsewhere (Kasai, Hyogo) */
    expect_line("Rebels attacked civilians in Kasai.", DATE, NULL,
                "S0 CODREB 190 CODCVL", "loc=Kasai/COD");
    /* a continent is no one country's, nor a village of its name */
    expect_line("Local residents patrolled the streets of Bishkek, capital of "
                "Kyrgyzstan in central Asia.",
                DATE, NULL, "S0 KGZCVL 150");
    TC_END();
}

static void test_place_and_target(void **state)
{
    (void)state;
    /* an assault on a place targets the place's country */
    expect_line("Russian forces shelled Kharkiv.", DATE,
                "verb 19 shell; agent MIL forces|agent MIL force",
                "S0 RUSMIL 19", " UKR status=asserted", "loc=Kharkiv/UKR");
    /* "Russian shelling of the Kharkiv region": the place of the event
     * and its target's country; not without the actor before the noun */
    expect_line("As a result of Russian shelling of the Kharkiv region, 2 "
                "civilians were killed.",
                DATE, "noun 19 shelling", "S0 RUS 19", " UKR status=",
                "loc=Kharkiv region/UKR", "killed=2");
    expect_no_line("Putin offered talks following the invasions of Kharkiv.",
                   DATE, " 19");
    /* a city that is also an actor is still the place of what happens to
     * it or around it */
    expect_line("North Korean troops captured Seoul.", DATE, "verb 192 capture",
                "192 KOR", "loc=Seoul/KOR");
    expect_line("Police fired tear gas at protesters around Sarajevo.", DATE,
                "verb 175 fire tear gas", "loc=Sarajevo/BIH");
    /* a people protesting on its own ground: aimed at its own government
     * (CAMEO's convention), not at its own country */
    expect_line("Thousands of Germans protested in Berlin.", DATE,
                "verb 140 protest", "S0 DEU 14", " DEUGOV status=",
                "loc=Berlin/DEU");
    /* the place a place noun names after a country is the exact one */
    expect_line("Russia attacked Ukraine in the Ukraine border town of "
                "Kharkiv.",
                DATE, "verb 19 attack", "S0 RUS 19", "loc=Kharkiv/UKR");
    /* a country before a common noun qualifies it: "a US convoy" */
    expect_line("Russia attacked Ukraine near a US convoy in Kharkiv.", DATE,
                "verb 19 attack", "S0 RUS 19", "loc=Kharkiv/UKR");
    /* not a place: a country in a possessive */
    expect_line("Russia attacked Ukraine's army.", DATE, "verb 19 attack",
                "S0 RUS 19", " UKRMIL");
    expect_no_line("Russia attacked Ukraine's army.", DATE, "loc=");
    TC_END();
}

/* a name after a place word or preposition that no gazetteer knows is still a place */
static void test_places_no_list_knows(void **state)
{
    (void)state;
    /* a name after "the towns of" or "on the" is a place, if no
     * gazetteer knows it */
    expect_line("The army captured the towns of Nyabibwe and Dutu.", DATE,
                "verb 192 capture", "loc=Nyabibwe/?");
    expect_line("Russian forces shelled a camp on the Jaffna Peninsula.", DATE,
                "verb 194 shell", "loc=Jaffna Peninsula/?");
    /* the last word of an unknown name is no place of its own ("Balka" is
     * also Valka, Latvia) */
    expect_line("Russian forces shelled positions in Shyroka Balka, Donetsk.",
                DATE, "verb 194 shell", "loc=Shyroka Balka/UKR");
    /* nor is the first word of a name that goes on with a joined
     * particle ("Bab al-..." is not Bab, Slovakia), unless the context
     * speaks for its country; a name no gazetteer knows, followed by a
     * place noun and "in" another place, is in that place */
    expect_no_line("Two car bombs exploded near the Health Ministry in Bab "
                   "al-Mu'adham area in central Baghdad.",
                   DATE, "SVK");
    expect_line("Two car bombs exploded near the Health Ministry in Bab "
                "al-Mu'adham area in central Baghdad.",
                DATE, "noun 1832 car bomb", "IRQ", "loc=Baghdad/IRQ");
    expect_line("Gunmen killed three villagers in the Shah Wali Kot district "
                "in southern Kandahar.",
                DATE, "verb 190 kill", "loc=Kandahar/AFG");
    /* a small town named by a common word is no place before a noun
     * ("Arab" is also a town in Alabama) */
    expect_no_line("Arab intellectuals demanded political changes.", DATE,
                   "USA");
    TC_END();
}

/* ACLED's "(coded to X, Region)" wins over a district, a hromada or no place (class division) */
static void test_coded_to(void **state)
{
    (void)state;
    /* ACLED's "(coded to X, Region)" when the text names no place */
    expect_line("Russian forces shelled the Bashtanska hromada (coded to "
                "Bashtanka, Mykolaiv).",
                DATE, "verb 194 shell", "loc=Bashtanka/UKR");
    /* ... and it is finer than a district the text names */
    expect_line("Russian forces shelled the Lozivskyi district (coded to "
                "Lozova, Kharkiv).",
                DATE, "verb 194 shell", "loc=Lozova/UKR");
    /* the division words are data: "raion" and "oblast" too */
    expect_line("Russian forces shelled the Lozivskyi raion (coded to "
                "Lozova, Kharkiv).",
                DATE, "verb 194 shell", "loc=Lozova/UKR");
    TC_END();
}

/* quotation marks inside the clause, a place after a longer trigger, a list's commas */
static void test_place_in_longer_triggers(void **state)
{
    (void)state;
    /* quotation marks inside the clause; a place after a longer trigger */
    expect_line("Ukrainian forces shot down a Russian 'Shahed-136' drone near "
                "Kharkiv.",
                DATE, "verb 190 shoot down", "loc=Kharkiv/UKR");
    expect_line("Ukrainian forces regained control of Kupiansk, Kharkiv.", DATE,
                "verb 192 regain control", "loc=Kupiansk/UKR");
    /* a list's commas do not end the clause (a new clause's do: see
     * test_api's loose places) */
    expect_line("Russian forces shelled houses, power and gas lines in "
                "Kharkiv.",
                DATE, "verb 194 shell", "loc=Kharkiv/UKR");
    TC_END();
}

/* Places the GeoNames cities500 list spells otherwise or lacks, with the
 * built lexicon: a Ukrainian romanisation found by its skeleton within the
 * region named after it, a hromada centre from cities.json, a village
 * neither has */
static const dyad_location *only_location(const char *text, dyad_result **r)
{
    dyad_doc d;
    memset(&d, 0, sizeof d);
    d.id = "place";
    d.date = NULL;
    d.text = text;
    d.text_len = strlen(text);
    dyad_error err;
    dyad_coder *c = NULL;
    assert_int_equal(dyad_coder_new(&c, th_lexicon(), NULL, &err), 0);
    assert_int_equal(dyad_code(r, c, &d, &err), 0);
    dyad_coder_free(c);
    assert_int_equal(dyad_result_count(*r), 1);
    return dyad_result_event(*r, 0)->location;
}

/* what a place rule must give: NULL or -1 fields are not checked; lat_lo
 * < lat_hi bounds the latitude (both 0: no point); a negative lon_lo is
 * not checked */
typedef struct place_case {
    const char *why, *text;
    const char *name, *country, *precision, *admin1;
    long geonameid; /* -1: not checked */
    int loose;      /* -1: not checked */
    double lat_lo, lat_hi, lon_lo, lon_hi;
} place_case;

static void test_location_records(void **state)
{
    (void)state;
    static const place_case cases[] = {
        {"GeoNames has the Russian romanisation, Zhelyabovka",
         "Russian forces shelled Zheliabivka, Crimea.", "Zheliabivka", NULL,
         "city", "Crimea", 687191, -1, 0, 0, -1, 0},
        {"a hromada centre from cities.json: no GeoNames id",
         "Russian forces shelled Pechenihy, Kharkiv.", NULL, NULL, "city",
         "Kharkiv", 0, -1, 49.8, 49.95, -1, 0},
        {"a town of our list named with another region: the namesake there",
         "Russian forces shelled Pervomaisk, Luhansk.", NULL, NULL, NULL,
         "Luhansk", -1, -1, 0, 0, 38.0, 39.0},
        {"a big city's name with another country's region: a village there",
         "Russian forces shelled near New York, Donetsk.", NULL, "UKR",
         "admin1", NULL, -1, -1, 0, 0, -1, 0},
        {"the place word belongs to the name; the region follows it",
         "Russian forces seized Zmiyinyy Island, Odesa.", "Zmiyinyy Island",
         "UKR", NULL, NULL, -1, -1, 0, 0, -1, 0},
        {"a name no list knows: the sentence's country, no point",
         "Russian forces shelled near Yakovlivka, Bakhmutskyi district, "
         "Donetsk.",
         "Yakovlivka", "UKR", "unknown", NULL, -1, -1, 0, 0, -1, 0},
        {"no place in the event's clause: the sentence's, loose",
         "Russian forces attempted an offensive in the direction of Kryvyi "
         "Rih, and clashed with Ukrainian forces.",
         "Kryvyi Rih", NULL, NULL, NULL, -1, 1, 0, 0, -1, 0},
        {"the sentence's first place, though found after the one that "
         "follows it (a name no list knows, before its region), loose",
         "Police said that in the village of Zyxtovka, Kharkiv, Russian "
         "forces attacked Ukraine.",
         "Zyxtovka", "UKR", NULL, "Kharkiv", -1, 1, 0, 0, -1, 0},
        {"the clause's own place is not loose",
         "Russian forces shelled Kharkiv.", "Kharkiv", NULL, NULL, NULL, -1, 0,
         0, 0, -1, 0},
        {"a new clause's comma ends the event's clause",
         "A merchant was killed by Russian forces, and in Kharkiv four people "
         "were hurt.",
         "Kharkiv", NULL, NULL, NULL, -1, 1, 0, 0, -1, 0},
        {"a village in neither list: placed by its region",
         "Russian forces shelled near Zolota Nyva, Donetsk.", "Zolota Nyva",
         NULL, "admin1", NULL, -1, -1, 0, 0, -1, 0},
        {"an English name ranks as GeoNames' own (Antwerpen, not Antwerp, "
         "Ohio)",
         "Dock workers marched in Antwerp.", "Antwerp", "BEL", "city", NULL,
         2803138, -1, 0, 0, -1, 0},
        {"an English name ranks as GeoNames' own (Koeln, not Cologne, Italy)",
         "Police arrested ten protesters in Cologne.", "Cologne", "DEU",
         "city", NULL, 2886242, -1, 0, 0, -1, 0},
        {"lower-case words inside a place name",
         "Police arrested ten protesters in Dar es Salaam.",
         "Dar es Salaam", "TZA", "city", NULL, 160263, -1, 0, 0, -1, 0},
        {"four capitalised words",
         "Police arrested ten protesters in Ho Chi Minh City.",
         "Ho Chi Minh City", "VNM", "city", NULL, 1566083, -1, 0, 0, -1, 0},
        {"a street named after a city is no place in that city",
         "Police arrested ten protesters on Haifa Street in Baghdad.",
         "Haifa Street", "IRQ", "unknown", NULL, -1, -1, 0, 0, -1, 0},
        {"a city's alternate is no English name of a town it absorbed",
         "Police arrested ten protesters in Manchester.", "Manchester", "GBR",
         "city", NULL, 2643123, -1, 0, 0, -1, 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const place_case *pc = &cases[i];
        dyad_result *r = NULL;
        const dyad_location *l = only_location(pc->text, &r);
        if (!l)
            fail_msg("%s: no location", pc->why);
#define CHECK_STR(f)                                                           \
    if (pc->f && (!l->f || strcmp(l->f, pc->f) != 0))                           \
        fail_msg("%s: " #f " '%s', expected '%s'", pc->why,                    \
                 l->f ? l->f : "(null)", pc->f);
        CHECK_STR(name)
        CHECK_STR(country)
        CHECK_STR(precision)
        CHECK_STR(admin1)
#undef CHECK_STR
        if (pc->geonameid >= 0 && l->geonameid != pc->geonameid)
            fail_msg("%s: geonameid %ld", pc->why, l->geonameid);
        if (pc->loose >= 0 && l->loose != pc->loose)
            fail_msg("%s: loose %d", pc->why, l->loose);
        if (pc->lat_lo < pc->lat_hi &&
            (l->lat < pc->lat_lo || l->lat > pc->lat_hi))
            fail_msg("%s: lat %f", pc->why, l->lat);
        if (pc->lon_lo >= 0 && (l->lon < pc->lon_lo || l->lon > pc->lon_hi))
            fail_msg("%s: lon %f", pc->why, l->lon);
        if (pc->precision && !strcmp(pc->precision, "unknown") &&
            (l->lat != 0 || l->lon != 0))
            fail_msg("%s: a point for an unknown place", pc->why);
        dyad_result_free(r);
    }
    /* no region named: a skeleton alone is no evidence */
    dyad_result *r = NULL;
    const dyad_location *l =
        only_location("Russian forces shelled Zheliabivka.", &r);
    assert_true(l == NULL || strcmp(l->precision, "city") != 0);
    dyad_result_free(r);
}

/* The place look-ups the actors' context keeps for the place stage
 * (dy_ctx.place_memo) are of one sentence: a sentence of the next
 * document with the same tokens' span and no bare role reads none of
 * them ("Kharkiv" at token 2 of the first is not "Ukraine" at token 2 of
 * the second, whose place is Odesa) */
static void test_place_lookups_not_kept_between_documents(void **state)
{
    (void)state;
    dyad_coder *c = NULL;
    dyad_error err;
    assert_int_equal(dyad_coder_new(&c, th_lexicon(), NULL, &err), 0);
    const char *texts[2] = {"Police in Kharkiv arrested six protesters.",
                            "Russia attacked Ukraine in Odesa again."};
    char *dumps[2];
    for (int i = 0; i < 2; i++)
        dumps[i] = th_code_with(c, texts[i], DATE);
    dyad_coder_free(c);
    int ok = strstr(dumps[0], "Kharkiv") != NULL &&
             strstr(dumps[1], "Odesa") != NULL;
    if (!ok)
        print_error("doc 1:\n%s\ndoc 2:\n%s\n", dumps[0], dumps[1]);
    free(dumps[0]);
    free(dumps[1]);
    TC_CHECK(ok);
    TC_END();
}

/* The place look-ups kept from the actors' context do not hold what the
 * place stage changes: a town after a place the stage has just found
 * ("Lagos Ikeja", "Nairobi Kisumu") is a place, where the context, which
 * had found no place before it yet, saw the last word of a longer name */
static void test_place_after_a_place_kept(void **state)
{
    (void)state;
    static const char *const texts[] = {
        "Police in Lagos Ikeja arrested six protesters.",
        "Police in Nairobi Kisumu arrested six protesters."};
    static const char *const towns[] = {"\"Ikeja\" GeoNames",
                                        "\"Kisumu\" GeoNames"};
    for (size_t k = 0; k < 2; k++) {
        char *e = tc_explain(texts[k], DATE);
        int ok = strstr(e, towns[k]) != NULL;
        if (!ok)
            print_error("%s\n", e);
        free(e);
        TC_CHECK(ok);
    }
    TC_END();
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_place_in_the_clause),
        cmocka_unit_test(test_place_and_target),
        cmocka_unit_test(test_regions),
        cmocka_unit_test(test_places_no_list_knows),
        cmocka_unit_test(test_coded_to),
        cmocka_unit_test(test_place_in_longer_triggers),
        cmocka_unit_test(test_location_records),
        cmocka_unit_test(test_place_lookups_not_kept_between_documents),
        cmocka_unit_test(test_place_after_a_place_kept),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
