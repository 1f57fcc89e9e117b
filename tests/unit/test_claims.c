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

/* the attributed_to text of the first event of code `cameo` in text
 * ("" when it has none); caller frees */
static char *attr_text(const char *text, const char *cameo)
{
    dyad_coder *c = NULL;
    dyad_result *r = NULL;
    dyad_error err;
    dyad_doc doc;
    memset(&doc, 0, sizeof doc);
    doc.text = text;
    doc.text_len = strlen(text);
    doc.date = DATE;
    assert_int_equal(dyad_coder_new(&c, th_lexicon(), NULL, &err), 0);
    assert_int_equal(dyad_code(&r, c, &doc, &err), 0);
    const char *t = "";
    for (size_t i = 0; i < dyad_result_count(r); i++) {
        const dyad_event *e = dyad_result_event(r, i);
        if (!strcmp(e->cameo, cameo)) {
            t = e->attributed_to.text ? e->attributed_to.text : "";
            break;
        }
    }
    char *out = strdup(t);
    dyad_result_free(r);
    dyad_coder_free(c);
    return out;
}

#define expect_attr_text(text, cameo, want)                                    \
    do {                                                                       \
        char *a_ = attr_text((text), (cameo));                                 \
        if (strcmp(a_, (want)) != 0)                                           \
            print_error("attributed_to of %s in \"%s\": \"%s\", want "        \
                        "\"%s\"\n",                                            \
                        (cameo), (text), a_, (want));                          \
        TC_CHECK(strcmp(a_, (want)) == 0);                                     \
        free(a_);                                                              \
    } while (0)

/* ", X said." at the end frames the event before it, whatever stands
 * before the speaker's name (the, local, a spokesman for) and whatever
 * adjuncts follow the verb */
static void test_trailing_frame(void **state)
{
    (void)state;
    expect_line("Russia attacked Ukraine, Ukrainian officials said.", DATE,
                "agent GOV officials|agent GOV official", "S0 RUS 19",
                " UKR status=reported by=UKRGOV ");
    expect_line("Russia attacked Ukraine, the Kremlin said.", DATE,
                "actor RUSGOV Kremlin", "S0 RUS 19",
                " UKR status=reported by=RUSGOV ");
    expect_line("Russian forces shelled the town of Kupiansk overnight, the "
                "Ukrainian military said.",
                DATE, "verb 194 shell; agent MIL military", "S0 RUSMIL 194",
                "status=reported by=UKRMIL ");
    expect_line("Iranian drones struck a tanker off Oman, US officials said "
                "on Tuesday.",
                DATE, "agent GOV officials|agent GOV official", "S0 IRN ",
                "status=reported by=USAGOV ");
    expect_line("Rebels attacked the convoy, Syrian state media reported on "
                "Sunday.",
                DATE, "say reported report", "REB 190 ",
                "status=reported by=SYRMED ");
    expect_line("Rebels attacked the convoy, the army said in a statement "
                "posted online.",
                DATE, "say reported say", "REB 190 ",
                "status=reported by=MIL ");
    /* a toll before a trailing attribution with a list of speakers:
     * the speakers are no victims ("ten people, residents and officials
     * said" is no list of three) */
    expect_line("Rebels attacked a village near Goma, killing ten people, "
                "residents and officials said.",
                DATE, "verb 19 attack", "REB 190 ", "status=reported");
    expect_no_line("Rebels attacked a village near Goma, killing ten people, "
                   "residents and officials said.",
                   DATE, "GOV status");
    /* the governing speaker is the nearest, unless it opens a quotation
     * that names its own */
    expect_line("Ukraine said rebels attacked the convoy, the agency "
                "reported.",
                DATE, "verb 19 attack", "REB 190 ",
                "status=reported by=UKR ");
    expect_line("Ukraine said that \"rebels attacked the convoy, police "
                "said.\"",
                DATE, "agent COP police", "REB 190 ",
                "status=reported by=", "COP trigger=");
    /* inverted: the speaker after the verb, a role taking its body */
    expect_line("Turkey bombed Kurdish positions in Iraq, said a spokesman "
                "for the Kurdish militia.",
                DATE, "agent REB militia", "S0 TUR 195",
                "status=reported by=", "REB loc=");
    TC_END();
}

/* speakers that are no actors keep their words */
static void test_speaker_words(void **state)
{
    (void)state;
    const char *told = "Government forces killed three protesters in "
                       "Khartoum, security sources told Reuters.";
    expect_line(told, DATE, "say reported tell", "MIL 175 ",
                "status=reported by=text ");
    expect_attr_text(told, "175", "security sources");
    const char *wit = "Israel attacked Hamas in Gaza, witnesses said.";
    expect_line(wit, DATE, "say reported say", "S0 ISR 190",
                "status=reported by=text ");
    expect_attr_text(wit, "190", "witnesses");
    const char *acc = "Rebels attacked the convoy, according to local media.";
    expect_line(acc, DATE, "say reported according to", "REB 190 ",
                "status=reported by=");
    expect_attr_text("According to her, rebels attacked the village.", "190",
                     "her");
    /* a quoted name; a time word after the verb is no inverted speaker */
    expect_attr_text("Rebels attacked the town, the local daily \"Kyiv "
                     "Post\" reported today.",
                     "190", "Kyiv Post");
    TC_END();
}

/* "Russia, the ministry said, attacked ...": the parenthesis frames the
 * event after it, whose source is the subject before it */
static void test_frame_in_parenthesis(void **state)
{
    (void)state;
    const char *t = "Russia, the ministry said, attacked a power plant in "
                    "Ukraine.";
    expect_line(t, DATE, "agent GOV ministry", "S0 RUS 190 UKR",
                "status=reported by=RUSGOV ");
    expect_no_line(t, DATE, "S0 RUSGOV 190");
    expect_line("Russia attacked Kharkiv, officials said, as Ukraine attacked "
                "Belgorod.",
                DATE, "place * Belgorod", "S0 UKR 190 RUS",
                "status=reported by=", "GOV loc=");
    TC_END();
}

/* A frame after an opening adjunct still frames what follows it; what
 * precedes it (a subordinate clause, the narrator's) stays asserted. A
 * frame with an object ("reported heavy casualties") or only hearsay of
 * an infinitive ("believed to be members") frames nothing before it. */
static void test_frame_reach(void **state)
{
    (void)state;
    expect_line("On Monday, Ukraine said Russia attacked Kharkiv.", DATE,
                "verb 19 attack", "S0 RUS 190",
                "status=reported by=UKR ");
    expect_line("Ukraine, however, said Russia attacked Kharkiv.", DATE,
                "verb 19 attack", "S0 RUS 190",
                "status=reported by=UKR ");
    expect_line("Russia attacked Kharkiv on Monday; Ukraine said it would "
                "respond.",
                DATE, "verb 19 attack", "S0 RUS 190", "status=asserted");
    expect_line("Ukrainian troops attacked Russian positions, and witnesses "
                "reported heavy casualties.",
                DATE, "verb 19 attack", "S0 UKRMIL 190", "status=asserted");
    expect_line("Gunmen, believed to be members of a militia, attacked a "
                "village in Nigeria.",
                DATE, "verb 19 attack", "REB 190 ", "status=asserted");
    expect_line("The rebels are said to have attacked the convoy.", DATE,
                "verb 19 attack", "REB 190 ", "status=reported");
    expect_line("The Pakistani army told reporters that militants attacked "
                "a checkpoint.",
                DATE, "say reported tell", "REB 190 ",
                "status=reported by=PAKMIL ");
    /* told to: an order, not a claim */
    expect_line("Residents were told to leave as rebels attacked the town.",
                DATE, "verb 19 attack", "REB 190 ", "status=asserted");
    /* a passive frame without "by" names no speaker and frames only its
     * own clause; "was quoted as saying" names its subject */
    expect_line("Ten people were confirmed dead as rebels attacked the "
                "town, Ukrainian media reported.",
                DATE, "verb 19 attack", "REB 190 ",
                "status=reported by=UKRMED ");
    expect_line("No casualties were reported as rebels attacked the "
                "village.",
                DATE, "verb 19 attack", "REB 190 ", "status=asserted");
    expect_line("It was reported that rebels attacked the village.", DATE,
                "verb 19 attack", "REB 190 ", "status=reported");
    expect_line("Rebels attacked the town, a Nigerian official was quoted "
                "as saying.",
                DATE, "class tell quote", "REB 190 ",
                "status=reported by=NGAGOV ");
    /* a frame in brackets frames nothing outside them */
    expect_line("Rebels (residents say ten of them) attacked the village.",
                DATE, "verb 19 attack", "REB 190 ", "status=asserted");
    /* ", saying": the clause's speaker */
    expect_line("Russia denied attacking Kharkiv, saying its forces struck "
                "military targets.",
                DATE, "verb 19 strike", "MIL 190 ",
                "status=reported by=RUS ");
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
    /* not confirmed, before or after the frame */
    expect_line("Russia attacked Ukraine, but neither Washington nor Moscow "
                "has acknowledged it.",
                DATE, "say confirmed acknowledge", "S0 RUS 190",
                "unconfirmed_by=USA", "unconfirmed_by=RUS");
    expect_line("The Pentagon did not confirm that Iran attacked the ship.",
                DATE, "say confirmed confirm", "S0 IRN 190",
                "status=reported unconfirmed_by=USAMIL");
    expect_line("The Kremlin confirmed that Russian troops attacked "
                "Avdiivka.",
                DATE, "say confirmed confirm", "S0 RUSMIL 190",
                "status=confirmed by=RUSGOV");
    TC_END();
}

/* "X denied doing Y": X's own event 016 (deny responsibility), aimed at
 * the accuser when named, and Y denied on X's word; never asserted */
static void test_denial(void **state)
{
    (void)state;
    const char *t = "Moscow denied targeting civilian infrastructure in "
                    "Ukraine.";
    expect_line(t, DATE, "say denied deny", "S0 RUS 016 - status=asserted",
                "trigger=\"denied\"");
    expect_line(t, DATE, "say denied deny", "S0 RUS 190",
                "status=denied by=RUS ");
    expect_no_line(t, DATE, "190", "status=asserted");
    t = "Russia denied that it attacked a hospital in Kharkiv.";
    expect_line(t, DATE, "say denied deny", "S0 RUS 016 -");
    expect_line(t, DATE, "say denied deny", "S0 RUS 190",
                "status=denied by=RUS ");
    /* the act of an accusation's that-clause: denied here (a clauses
     * stage may call it embedded), never asserted */
    t = "China rejected accusations that it hacked US agencies.";
    expect_line(t, DATE, "say denied reject accusation", "S0 CHN 016");
    expect_no_line(t, DATE, " 170 ", "status=asserted");
    expect_no_line(t, DATE, " 170 ", "status=reported");
    t = "Iraq rejected Iranian claims that Iraqi troops attacked the border "
        "post.";
    expect_line(t, DATE, "say denied reject claim; class * claim",
                "S0 IRQ 016 IRN status=asserted");
    expect_no_line(t, DATE, " 190 ", "status=asserted");
    t = "Moscow denied Ukraine's accusations that it shelled the nuclear "
        "plant.";
    expect_line(t, DATE, "verb 016 deny accusation", "S0 RUS 016 UKR");
    expect_no_line(t, DATE, " 194 ", "status=asserted");
    t = "China denied hacking US agencies.";
    expect_line(t, DATE, "say denied deny", "S0 CHN 016 -");
    expect_line(t, DATE, "say denied deny", "S0 CHN 176 USA",
                "status=denied by=CHN ");
    expect_line("Israel dismissed reports of an attack on Lebanon.", DATE,
                "say denied dismiss; class * report", "S0 ISR 016 -");
    expect_line("The Kremlin denied the reports.", DATE, "say denied deny",
                "S0 RUSGOV 016 -");
    /* a new predicate after the accusations denied is the speaker's own */
    t = "Iran rejected the accusations and blamed Israel for the "
        "explosion.";
    expect_line(t, DATE, "say denied reject accusation",
                "S0 IRN 1123 ISR status=asserted");
    /* a denied intent is no threat */
    t = "Russia denied it would attack Ukraine.";
    expect_line(t, DATE, "say denied deny", "S0 RUS 190 UKR status=denied");
    expect_no_line(t, DATE, "1384");
    /* the denial of a claim made in the same sentence contests it */
    expect_line("Rebels shot down a Russian drone; Moscow denied this "
                "claim.",
                DATE, "say denied deny", "REB 190 RUS status=reported",
                "denied_by=RUS");
    TC_END();
}

/* a sentence with no event is read for its frames only when it has a
 * say word and a mention to speak (claims.c): one without either leaves
 * the events around it as they were, and one with both still contests */
static void test_sentence_without_event(void **state)
{
    (void)state;
    const char *t = "Russia attacked Ukraine, Ukrainian officials said. "
                    "More was said later. "
                    "The Kremlin denied these reports.";
    expect_line(t, DATE, NULL, "S0 RUS 19", "status=reported by=UKRGOV",
                "denied_by=RUSGOV");
    /* (a speaker that is the sentence's first word: its mention is the
     * last found, and starts at the sentence's first token) */
    t = "Kenyan police arrested protesters in Nairobi, witnesses said. "
        "Kenya denied these reports.";
    expect_line(t, DATE, NULL, "S0 KENCOP 173", "denied_by=KEN");
    t = "Residents said it was quiet. Russia attacked Ukraine.";
    expect_line(t, DATE, NULL, "S1 RUS 19", "status=asserted");
    expect_no_line(t, DATE, "S0 ");
    TC_END();
}

/* denying a thing, a passive "dismissed" and "did not deny" are no
 * denials of an act */
static void test_not_a_denial(void **state)
{
    (void)state;
    expect_no_line("Israel denied entry to the UN inspectors.", DATE, " 016 ");
    expect_no_line("The court dismissed the appeal of the opposition.", DATE,
                   " 016 ");
    expect_no_line("The minister should be dismissed, Ukraine said.", DATE,
                   " 016 ");
    const char *t = "Russia did not deny that its forces attacked Kharkiv.";
    expect_no_line(t, DATE, " 016 ");
    expect_line(t, DATE, "verb 19 attack", " 190 ", "status=reported by=RUS");
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
    /* "would" in the speaker's own reported plan is its future (intent);
     * of another actor, or with no frame, a hypothesis */
    expect_line("Russia said on Monday that it would withdraw its troops.",
                DATE, "verb 087 withdraw &troops", "S0 RUS 035",
                "status=future by=RUS ");
    /* (force held out as possible is a threat: test_hypothetical) */
    expect_line("Iraq said Iran would attack Kuwait.", DATE,
                "verb 190 attack", "S0 IRN 1384 KWT status=reported by=IRQ ");
    expect_line("Iraq would attack Kuwait.", DATE, "verb 190 attack",
                "S0 IRQ 1384 KWT status=hypothetical");
    TC_END();
}

static void test_hypothetical(void **state)
{
    (void)state;
    /* force held out as possible is a threat of force (1384), not the
     * attack; the mood stays */
    expect_line("Russia may attack Ukraine.", DATE,
                "modal hypothetical may", "S0 RUS 1384 UKR status=hypothetical");
    expect_line("Russia could attack Ukraine.", DATE,
                "modal hypothetical could",
                "S0 RUS 1384 UKR status=hypothetical");
    expect_line("Russia might attack Ukraine.", DATE,
                "modal hypothetical might",
                "S0 RUS 1384 UKR status=hypothetical");
    expect_no_line("Russia could attack Ukraine.", DATE, " 190 ");
    /* a condition is no threat: the act keeps its code */
    expect_no_line("If Russia could attack Ukraine, it would.", DATE, " 1384 ");
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
    /* an act a verb of class prevent takes as object, or after its
     * object's "from", did not happen */
    expect_line_opts(&o, "Kenyan police foiled a bomb attack on the embassy.",
                     DATE, "noun 183", " 183 ", "status=negated");
    expect_no_line("Kenyan police foiled a bomb attack on the embassy.", DATE,
                   " 183 ");
    expect_no_line("Kenyan troops patrolled the streets to prevent looting.",
                   DATE, " 145 ");
    expect_no_line("The Kenyan army prevented students from marching to "
                   "parliament.",
                   DATE, " 14");
    expect_line("The Kenyan army foiled a plot and arrested five students.",
                DATE, NULL, "KENMIL 173", "status=asserted");
    /* bars, bans and blocks keep acts from happening too */
    expect_no_line("The Taliban barred women from attending universities.",
                   DATE, " 042 ");
    expect_no_line("Kenyan police blocked students from marching to "
                   "parliament.",
                   DATE, " 141 ");
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

/* A speaker's verdict on what its complement's subject names, by a
 * copula and a word of class censure, is its criticism 111 of the actor
 * that subject names; of accusations, its denial 016 */
static void test_judgements(void **state)
{
    (void)state;
    expect_line("Kyiv said Russia's shelling of the plant was a war crime.",
                DATE, NULL, "S0 UKR 111 RUS status=asserted");
    expect_line("The EU said Belarus's treatment of migrants was "
                "unacceptable.",
                DATE, NULL, "S0 IGOEEC 111 BLR");
    expect_line("The opposition said the election was rigged.", DATE, NULL,
                "S0 OPP 111 -");
    expect_line("Amnesty International said the killings may amount to "
                "crimes against humanity.",
                DATE, NULL, " 111 -");
    expect_line("Moscow said Ukraine's accusations were baseless.", DATE,
                NULL, "S0 RUS 016 UKR");
    expect_line("The minister described the air strikes as a massacre.",
                DATE, NULL, "S0 GOV 111");
    /* the culprit named is accused */
    expect_line("Iran said the United States was responsible for the "
                "attack.",
                DATE, NULL, "S0 IRN 112 USA");
    expect_line("Kyiv said Russian forces were behind the explosion at the "
                "dam.",
                DATE, NULL, "S0 UKR 112 RUSMIL");
    expect_no_line("Officials said nobody was responsible.", DATE, " 112 ");
    /* the killers are judged, not the victims; unnamed, no target */
    expect_no_line("The leaders said the killings of innocent people were "
                   "shameful.",
                   DATE, " 111 CVL");
    /* no verdict: negated, a rule, a neutral word, no subject */
    expect_no_line("The court said the law was not unlawful.", DATE, " 111 ");
    expect_no_line("Police said it was illegal to hold the rally without a "
                   "permit.",
                   DATE, " 111 ");
    expect_no_line("Officials said the meeting was productive.", DATE,
                   " 111 ");
    expect_no_line("He said, adding that whatever may be the provocation, "
                   "people should keep calm.",
                   DATE, " 111 ");
    expect_no_line("The newspaper described his rival as president.", DATE,
                   " 111 ");
    TC_END();
}

/* a quoted first-person act is its speaker's; what would, could or
 * should have happened did not, told or not; a question asks */
static void test_first_person_and_counterfactual(void **state)
{
    (void)state;
    expect_line("\"We reject the proposal,\" the Kenyan foreign minister "
                "said.",
                DATE, NULL, "S0 KENGOV 127", "status=reported");
    expect_line("\"I condemn this attack,\" said the Nigerian president.",
                DATE, NULL, "S0 NGAGOV 111");
    /* the act a first person decided on or is ready for */
    expect_line("\"I have decided to resign,\" the Kenyan prime minister "
                "said.",
                DATE, NULL, "S0 KENGOV 0831", "status=reported");
    expect_line("\"We are ready to talk with Uganda,\" the Kenyan president "
                "said.",
                DATE, NULL, "S0 KENGOV 036 UGA");
    /* (not one that would be forced on it, nor one it would suffer) */
    expect_no_line("\"We would be forced to pull out of the talks,\" the "
                   "Kenyan minister said.",
                   DATE, "KENGOV");
    /* (they is no speaker) */
    expect_no_events("\"They attacked our positions overnight,\" a "
                     "spokesman said.",
                     DATE);
    expect_line("\"I would have thanked him,\" the Kenyan president said.",
                DATE, NULL, "S0 KENGOV 051", "status=hypothetical");
    expect_line("Kenyan police could have arrested the suspects, the report "
                "said.",
                DATE, NULL, "S0 KENCOP 173", "status=hypothetical");
    expect_line("Russian troops may have shelled the town, Ukraine said.",
                DATE, NULL, "S0 RUSMIL 194", "status=reported");
    /* a question asserts none of its acts; a quoted one only its own */
    expect_line("Will Kenya impose sanctions on Uganda?", DATE, NULL,
                "S0 KEN 163 UGA", "status=hypothetical");
    expect_line("The crowd marched through Nairobi chanting, \"Why do you "
                "poison us?\"",
                DATE, NULL, "S0 KENCVL 141", "status=asserted");
    TC_END();
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_said_that),
        cmocka_unit_test(test_trailing_frame),
        cmocka_unit_test(test_speaker_words),
        cmocka_unit_test(test_frame_in_parenthesis),
        cmocka_unit_test(test_frame_reach),
        cmocka_unit_test(test_according_to),
        cmocka_unit_test(test_confirmed_and_denied),
        cmocka_unit_test(test_denial),
        cmocka_unit_test(test_not_a_denial),
        cmocka_unit_test(test_future),
        cmocka_unit_test(test_intent_refusal_demand),
        cmocka_unit_test(test_hypothetical),
        cmocka_unit_test(test_negated),
        cmocka_unit_test(test_plain_statement_is_asserted),
        cmocka_unit_test(test_judgements),
        cmocka_unit_test(test_sentence_without_event),
        cmocka_unit_test(test_first_person_and_counterfactual),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
