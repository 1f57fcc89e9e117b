/* test_words.c - stage 2: WordNet lemmas and the context tagger, run on
 * the build lexicon (which has WordNet) through a dy_ctx set up the way
 * api.c does, and once through the public dyad_explain. */
#include "analyse.h"

typedef ta_doc wdoc;

/* analyses and tags s like run() in api.c */
static void analyse(wdoc *d, const char *s)
{
    ta_analyse(d, th_lexicon(), s, NULL, TA_WORDS);
}

static void release(wdoc *d)
{
    ta_release(d);
}

/* the token whose text is w (the nth such, from 0) */
static const dy_token *tok(const wdoc *d, const char *w, int nth)
{
    for (size_t i = 0; i < d->x.ntok; i++) {
        const dy_token *t = &d->x.tok[i];
        if (t->len == strlen(w) && memcmp(d->x.text + t->start, w, t->len) == 0 &&
            nth-- == 0)
            return t;
    }
    fail_msg("no token '%s' in \"%s\"", w, d->x.text);
    return NULL;
}

static const char *word(const wdoc *d, uint32_t id)
{
    if (id == LX_NONE)
        return "(none)";
    return lx_str(d->x.lx, d->x.lx->words[id].str);
}

static uint32_t wid(const char *w)
{
    uint32_t id = dy_lexicon_find(th_lexicon(), w, strlen(w));
    if (id == LX_NONE)
        fail_msg("'%s' is not in the build lexicon's word table", w);
    return id;
}

static void verb_lemma_is(const char *text, const char *w, const char *lemma)
{
    wdoc d;
    analyse(&d, text);
    const dy_token *t = tok(&d, w, 0);
    char got[64];
    snprintf(got, sizeof got, "%s", word(&d, t->vlem));
    int is_v = (t->pos & POS_V) != 0;
    release(&d);
    if (strcmp(got, lemma) != 0 || !is_v)
        fail_msg("verb lemma of '%s' in \"%s\": got '%s'%s, expected '%s'", w,
                 text, got, is_v ? "" : " (not a verb)", lemma);
}

static void noun_lemma_is(const char *text, const char *w, const char *lemma)
{
    wdoc d;
    analyse(&d, text);
    const dy_token *t = tok(&d, w, 0);
    char got[64];
    snprintf(got, sizeof got, "%s", word(&d, t->nlem));
    int is_n = (t->pos & POS_N) != 0;
    release(&d);
    if (strcmp(got, lemma) != 0 || !is_n)
        fail_msg("noun lemma of '%s' in \"%s\": got '%s'%s, expected '%s'", w,
                 text, got, is_n ? "" : " (not a noun)", lemma);
}

static void tag_is(const char *text, const char *w, int nth, int tag)
{
    wdoc d;
    analyse(&d, text);
    int got = tok(&d, w, nth)->tag;
    release(&d);
    if (got != tag)
        fail_msg("tag of '%s' in \"%s\": got %s, expected %s", w, text,
                 dy_tag_name(got), dy_tag_name(tag));
}

/* ------------------------------------------------------------- lemmas */

static void test_irregular_verb_lemmas(void **state)
{
    (void)state;
    verb_lemma_is("Putin met Erdogan.", "met", "meet");
    verb_lemma_is("The ministers have met twice.", "met", "meet");
    verb_lemma_is("Rebels fought the army.", "fought", "fight");
    verb_lemma_is("Police took him away.", "took", "take");
}

static void test_regular_verb_lemmas(void **state)
{
    (void)state;
    verb_lemma_is("Russia attacked Ukraine.", "attacked", "attack");
    verb_lemma_is("Troops killed two men.", "killed", "kill");
    verb_lemma_is("Artillery shelled the town.", "shelled", "shell");
    verb_lemma_is("The two sides talks daily.", "talks", "talk");
    verb_lemma_is("Police arrested the leader.", "arrested", "arrest");
    verb_lemma_is("He criticized the plan.", "criticized", "criticize");
    verb_lemma_is("She accuses the army.", "accuses", "accuse");
    verb_lemma_is("They are visiting Kyiv.", "visiting", "visit");
    /* doubled consonant: stopped -> stop, planning -> plan */
    verb_lemma_is("Police stopped the march.", "stopped", "stop");
    verb_lemma_is("Rebels are planning attacks.", "planning", "plan");
    /* -ies -> -y */
    verb_lemma_is("The army denies it.", "denies", "deny");
}

static void test_noun_lemmas(void **state)
{
    (void)state;
    noun_lemma_is("Officials said nothing.", "Officials", "official");
    noun_lemma_is("Russian forces advanced.", "forces", "force");
    noun_lemma_is("The attacks continued.", "attacks", "attack");
    noun_lemma_is("Two policemen died.", "policemen", "policeman");
    noun_lemma_is("The truces held.", "truces", "truce");
    /* noun.exc: irregular plurals */
    noun_lemma_is("Many children fled.", "children", "child");
}

static void test_talks_matches_talk(void **state)
{
    (void)state;
    /* "talks" is a WordNet noun of its own; as a form it still matches the
     * lemma "talk" so that `talk` patterns see it */
    wdoc d;
    analyse(&d, "The talks ended.");
    const dy_token *t = tok(&d, "talks", 0);
    assert_true(dy_tok_has(t, wid("talk")));
    assert_true(dy_tok_has(t, wid("talks")));
    release(&d);
}

static void test_lemma_is_lowercase_and_case_insensitive(void **state)
{
    (void)state;
    wdoc d;
    analyse(&d, "MET. Met. met.");
    for (int i = 0; i < 3; i++) {
        const char *w = i == 0 ? "MET" : i == 1 ? "Met" : "met";
        const dy_token *t = tok(&d, w, 0);
        assert_string_equal(dy_tok_lower(&d.x, t), "met");
        assert_true(dy_tok_has(t, wid("meet")));
    }
    release(&d);
}

static void test_unknown_words_have_no_lemma(void **state)
{
    (void)state;
    wdoc d;
    analyse(&d, "Zxqvorted blorfs.");
    const dy_token *t = tok(&d, "Zxqvorted", 0);
    assert_int_equal(t->wid, LX_NONE);
    assert_int_equal(t->vlem, LX_NONE);
    t = tok(&d, "blorfs", 0);
    assert_int_equal(t->nlem, LX_NONE);
    release(&d);
}

/* --------------------------------------------------------------- tags */

static void test_noun_vs_verb(void **state)
{
    (void)state;
    tag_is("The attack killed two.", "attack", 0, TAG_NOUN);
    tag_is("Russia attacked Ukraine.", "attacked", 0, TAG_VERB);
    tag_is("A Russian attack hit Kyiv.", "attack", 0, TAG_NOUN);
    tag_is("Russia's attack hit Kyiv.", "attack", 0, TAG_NOUN);
    tag_is("They will attack Kyiv.", "attack", 0, TAG_VERB);
    tag_is("They plan to attack Kyiv.", "attack", 0, TAG_VERB);
    tag_is("The talks began.", "talks", 0, TAG_NOUN);
    tag_is("Putin met Xi.", "met", 0, TAG_VERB);
    /* a leader's name that is also an adjective is no modifier of the
     * verb after it ("Xi" is a Greek letter in WordNet); a demonym or an
     * ethnic name still is ("the Kurdish defending forces") */
    tag_is("Lula, Xi hold talks in Beijing", "hold", 0, TAG_VERB);
    /* a participle between a past verb (or an adverb) and its noun is an
     * adjective; after a noun read as a verb it stays a verb */
    tag_is("The junta used banned chemical weapons.", "banned", 0, TAG_ADJ);
    tag_is("They shelled the recently captured town.", "captured", 0,
           TAG_ADJ);
    tag_is("A car bomb attack killed nine people.", "killed", 0, TAG_VERB);
    /* an -ing event noun ending a noun phrase a determiner opens, before
     * a preposition; a participle after a noun that names no act stays a
     * verb ("a statement calling for") */
    tag_is("The toll from the suicide car bombing in Peshawar rose.",
           "bombing", 0, TAG_NOUN);
    tag_is("They issued a joint statement calling for calm.", "calling", 0,
           TAG_VERB);
    /* a country's initials are no pronoun at the start of a sentence */
    tag_is("US troops entered the town.", "US", 0, TAG_PROPN);
    /* after a verb, a name and a plural before a preposition are its
     * object; a plural before a verb and its object is the subject */
    tag_is("Jets bombed Hezbollah positions near Tyre.", "positions", 0,
           TAG_NOUN);
    tag_is("Turkish drones hit Kurdish fighters.", "drones", 0, TAG_NOUN);
    tag_is("Pakistani drones hit three villages.", "hit", 0, TAG_VERB);
    tag_is("Russia attacks Ukraine.", "attacks", 0, TAG_VERB);
    tag_is("clashes with the Kurdish defending forces", "defending", 0,
           TAG_NOUN);
    /* a name inside a place phrase is no subject: "at LPR positions";
     * but "Republicans in Congress refuses to" keeps its verb */
    tag_is("Troops fired missiles at LPR positions in Alchevsk.", "positions",
           0, TAG_NOUN);
    /* ... or any preposition's phrase: "the discovery of Katyusha rockets",
     * "talks with Hamas leaders"; a name opening a clause keeps its verb */
    tag_is("Israel reported the discovery of Katyusha rockets.", "rockets", 0,
           TAG_NOUN);
    tag_is("Egypt held talks with Hamas leaders.", "leaders", 0, TAG_NOUN);
    tag_is("After the talks, Russia attacks Kyiv.", "attacks", 0, TAG_VERB);
    /* after "that" and a noun phrase, a verb taking its object: "demanded
     * that the government end curbs"; not a noun phrase going on ("said
     * that the peace plan was") */
    tag_is("They demanded that the government end curbs on the press.", "end",
           0, TAG_VERB);
    tag_is("They said that the peace plan was dead.", "plan", 0, TAG_NOUN);
    /* a word opening a verb phrase of the lexicon after a place name is a
     * verb: "Hebron set fire"; a role word stays a noun: "Syria rebels" */
    tag_is("Settlers in Hebron set fire to the offices.", "set", 0, TAG_VERB);
    /* ... or a word of its typed slot's class: "release &person" */
    tag_is("Settlers in Hebron release prisoners.", "release", 0, TAG_VERB);
    /* after "to", a base form that is also another verb's past ("lay") */
    tag_is("They pledged to lay down their weapons.", "lay", 0, TAG_VERB);
    tag_is("They pledged to lay down their weapons.", "to", 0, TAG_TO);
    tag_is("They urged Iran to immediately lift the ban.", "to", 0, TAG_TO);
    tag_is("They urged Iran to immediately lift the ban.", "lift", 0,
           TAG_VERB);
    /* a possessive whose apostrophe a broken encoding made spaces */
    tag_is("Fighting in Syria   s Aleppo province.", "s", 0, TAG_POSS);
    tag_is("Republicans in Congress refuses to lift sanctions.", "refuses", 0,
           TAG_VERB);
}

/* present tense after a plural subject: "Rebels attack the base" is a
 * verb followed by its object, not a noun compound */
static void test_present_tense_after_plural_subject(void **state)
{
    (void)state;
    tag_is("Rebels attack the base.", "attack", 0, TAG_VERB);
    /* an irregular plural too, unless a noun follows ("women aid
     * workers") */
    tag_is("Gunmen kill 12 in village attack.", "kill", 0, TAG_VERB);
    tag_is("The women march in Tehran.", "march", 0, TAG_VERB);
    tag_is("Two women aid workers were killed.", "aid", 0, TAG_NOUN);
    tag_is("Russian troops attack Ukrainian positions.", "attack", 0,
           TAG_VERB);
    tag_is("Russian troops attack Ukrainian positions.", "positions", 0,
           TAG_NOUN);
}

/* a base form that is also a noun is a verb between a name and another
 * name of the lexicon, or between two roles of one word; not between a
 * party's name and a role, nor inside a compound of roles */
static void test_base_form_between_names(void **state)
{
    (void)state;
    tag_is("Russia hit Kyiv with missiles.", "hit", 0, TAG_VERB);
    tag_is("The US hit Iran with new sanctions.", "hit", 0, TAG_VERB);
    tag_is("Police hit protesters with batons.", "hit", 0, TAG_VERB);
    tag_is("The bjp floor leader spoke.", "floor", 0, TAG_NOUN);
    tag_is("According to Thorala police station officials, two died.",
           "station", 0, TAG_NOUN);
    /* a noun whose singular ends in -s stays a noun after a role */
    tag_is("Gunmen attacked the police headquarters in Kano.",
           "headquarters", 0, TAG_NOUN);
    tag_is("The army attacks the town.", "attacks", 0, TAG_VERB);
}

/* a plural noun after a capitalised demonym is a noun: "three Ukrainian
 * soldiers", not "Ukrainian" + the verb "soldiers" */
static void test_plural_noun_after_demonym(void **state)
{
    (void)state;
    tag_is("Russian forces killed three Ukrainian soldiers.", "soldiers", 0,
           TAG_NOUN);
    tag_is("Russia attacked Ukrainian troops.", "troops", 0, TAG_NOUN);
    tag_is("Ukraine shelled Russian positions.", "positions", 0, TAG_NOUN);
    /* after a verb, a role word and a plural before a preposition are a
     * compound, its object: "fired artillery shells near", while a role
     * word opening the sentence is still a subject ("Police fires ...") */
    tag_is("The army fired artillery shells near the border.", "shells", 0,
           TAG_NOUN);
    tag_is("He visited police stations in the city.", "stations", 0,
           TAG_NOUN);
    tag_is("Artillery shells the town every night.", "shells", 0, TAG_VERB);
    /* an -ing form that is no noun, between a determiner and a noun that
     * names no role, is the noun's adjective */
    tag_is("Israel recalled its negotiating team from Doha.", "negotiating",
           0, TAG_ADJ);
    /* so after a verb and its particle */
    tag_is("The Netherlands handed over fighter planes to Ukraine.", "planes",
           0, TAG_NOUN);
    /* and after a preposition: its object, before the clause ends */
    tag_is("The government imposed a ban on opposition rallies.", "rallies",
           0, TAG_NOUN);
    tag_is("Troops patrolled the streets against terrorist attacks.",
           "attacks", 0, TAG_NOUN);
    /* after a verb, a determiner and a name, a plural before a singular
     * noun with no determiner is that compound's modifier; before its
     * object it is the verb of a complement */
    tag_is("Hungary vetoed the EU sanctions package.", "sanctions", 0,
           TAG_NOUN);
    tag_is("Officials said the EU sanctions Russian banks.", "sanctions", 0,
           TAG_VERB);
    tag_is("Officials said the EU sanctions companies.", "sanctions", 0,
           TAG_VERB);
    /* a word of class adverb-first between a subject and a word that may
     * be its verb is the adverb, and that word the verb */
    tag_is("The rebels still hold the town.", "still", 0, TAG_ADV);
    tag_is("The rebels still hold the town.", "hold", 0, TAG_VERB);
    tag_is("Israel still controls the crossing.", "controls", 0, TAG_VERB);
}

/* an adjective-or-noun after a form of "be" and before "to" is the
 * predicate's adjective ("is due to visit"); after a possessive it is a
 * noun ("the capital's", "Venezuela's capital to demand") */
static void test_predicate_adjective_before_to(void **state)
{
    (void)state;
    tag_is("The president is due to visit China.", "due", 0, TAG_ADJ);
    /* a name after "the" modifies the plural, the subject of the past
     * tense after its phrase; a name alone before it is its subject */
    tag_is("The ISIS attacks on Kobani killed dozens.", "attacks", 0,
           TAG_NOUN);
    tag_is("The Kremlin says talks stalled.", "says", 0, TAG_VERB);
    /* an unknown word ending in -ly is an adverb only when its last
     * part is long enough and no determiner comes before it */
    tag_is("Jets patrolling the no-fly zones clashed with Iraqi units.",
           "zones", 0, TAG_NOUN);
    tag_is("The three-yearly congress called for unity.", "three-yearly",
           0, TAG_NOUN);
    tag_is("Thousands marched in Venezuela's capital to demand his "
           "resignation.",
           "capital", 0, TAG_NOUN);
    /* after a verb of class to-object, "to" is a preposition before a
     * word that is also a noun; after others it opens an infinitive */
    tag_is("The president yielded to pressure and resigned.", "pressure", 0,
           TAG_NOUN);
    tag_is("The junta bowed to demands for elections.", "demands", 0,
           TAG_NOUN);
    tag_is("The minister vowed to pressure Kenya.", "pressure", 0,
           TAG_VERB);
}

/* a past tense spelt like its base form after a singular subject, before
 * an article or a possessive that opens its object: "put", "cut", "shut"
 * are verbs there, not the second noun of a compound; "that" does not
 * open an object ("a car bomb that went off") */
static void test_base_form_past_before_object(void **state)
{
    (void)state;
    tag_is("The army put its forces on high alert.", "put", 0, TAG_VERB);
    tag_is("The government cut its aid to Egypt.", "cut", 0, TAG_VERB);
    tag_is("The army shut the border with Mali.", "shut", 0, TAG_VERB);
    tag_is("The minister set a date for the vote.", "set", 0, TAG_VERB);
    tag_is("A car bomb that went off killed five.", "bomb", 0, TAG_NOUN);
    tag_is("The peace deal ended the war.", "deal", 0, TAG_NOUN);
    tag_is("A police raid on the camp left two dead.", "raid", 0,
           TAG_NOUN);
    /* a verb joined to a verb by "and", before its object */
    tag_is("Police arrested and beat dozens of protesters.", "beat", 0,
           TAG_VERB);
    tag_is("He visited Paris and Rome and talks the next day.", "talks", 0,
           TAG_NOUN);
}

static void test_said_is_a_verb(void **state)
{
    (void)state;
    tag_is("Officials said the talks ended.", "said", 0, TAG_VERB);
    tag_is("The talks ended, officials said.", "said", 0, TAG_VERB);
    tag_is("He said nothing.", "said", 0, TAG_VERB);
}

static void test_closed_class_tags(void **state)
{
    (void)state;
    const char *s = "The army will not attack the town, and it has said "
                    "that Russia's troops plan to leave in May.";
    tag_is(s, "The", 0, TAG_DET);
    tag_is(s, "the", 0, TAG_DET);
    tag_is(s, "will", 0, TAG_MODAL);
    tag_is(s, "not", 0, TAG_NEG);
    tag_is(s, ",", 0, TAG_PUNCT);
    tag_is(s, "and", 0, TAG_CONJ);
    tag_is(s, "it", 0, TAG_PRON);
    tag_is(s, "has", 0, TAG_AUX);
    tag_is(s, "that", 0, TAG_SUB);
    tag_is(s, "'s", 0, TAG_POSS);
    tag_is(s, "to", 0, TAG_TO);
    tag_is(s, "in", 0, TAG_PREP);
    tag_is(s, ".", 0, TAG_PUNCT);
    tag_is("Troops were sent.", "were", 0, TAG_AUX);
    tag_is("Russia may strike.", "may", 0, TAG_MODAL);
    tag_is("Russia could strike.", "could", 0, TAG_MODAL);
    tag_is("Aid went to Kyiv.", "to", 0, TAG_PREP);
    tag_is("Rebels killed 12 people.", "12", 0, TAG_NUM);
    tag_is("Rebels killed three people.", "three", 0, TAG_NUM);
    tag_is("He did n't go.", "did", 0, TAG_AUX);
    tag_is("Russia cannot strike.", "cannot", 0, TAG_MODAL);
    tag_is("Russia cannot strike.", "strike", 0, TAG_VERB);
}

static void test_proper_nouns(void **state)
{
    (void)state;
    tag_is("Officials met Zelensky in Kyiv.", "Zelensky", 0, TAG_PROPN);
    tag_is("Officials met Zelensky in Kyiv.", "Kyiv", 0, TAG_PROPN);
    /* a capital inside the sentence makes a name, but not of a closed
     * class's word, nor of a broken possessive's "s" */
    const char *s = "Fighting raged in Syria S Aleppo province and Russia "
                    "said The talks ended.";
    tag_is(s, "Aleppo", 0, TAG_PROPN);
    tag_is(s, "S", 0, TAG_POSS);
    tag_is(s, "The", 0, TAG_DET);
}

static void test_tag_names(void **state)
{
    (void)state;
    assert_string_equal(dy_tag_name(TAG_NOUN), "NOUN");
    assert_string_equal(dy_tag_name(TAG_VERB), "VERB");
    assert_string_equal(dy_tag_name(TAG_MODAL), "MODAL");
    assert_string_equal(dy_tag_name(0), "?");
    assert_string_equal(dy_tag_name(-1), "?");
    assert_string_equal(dy_tag_name(200), "?");
}

/* ---------------------------------------------------------- via explain */

static char *explain(const char *text)
{
    dyad_coder *c = NULL;
    dyad_error err;
    dyad_doc doc;
    th_out out = {NULL, 0, 0};
    memset(&doc, 0, sizeof doc);
    doc.text = text;
    doc.text_len = strlen(text);
    assert_int_equal(dyad_coder_new(&c, th_lexicon(), NULL, &err), 0);
    th_sink(&out, "", 0);
    assert_int_equal(dyad_explain(c, &doc, th_sink, &out, &err), 0);
    dyad_coder_free(c);
    return out.data;
}

#define assert_explains(text, frag)                                            \
    do {                                                                       \
        char *e_ = explain(text);                                              \
        if (!strstr(e_, (frag)))                                               \
            fail_msg("expected \"%s\" in explain output:\n%s", (frag), e_);    \
        free(e_);                                                              \
    } while (0)

static void test_explain_token_line(void **state)
{
    (void)state;
    assert_explains("Putin met Erdogan.", " met/VERB(meet) ");
    assert_explains("Russia attacked the town.", " attacked/VERB(attack) ");
    assert_explains("Russia attacked the town.", " the/DET ");
    assert_explains("The attack killed two.", " attack/NOUN ");
    assert_explains("The attack killed two.", " killed/VERB(kill) ");
    assert_explains("Officials said it.", "Officials/NOUN(official) ");
    assert_explains("Officials said it.", " said/VERB(say) ");
    assert_explains("Artillery shelled the town.", " shelled/VERB(shell) ");
    assert_explains("Russia may strike.", " may/MODAL ");
    assert_explains("The sentence.", "== sentence 0 [0+13]: The sentence.");
}

/* ------------------------------------------------- the actors' bits */

/* DY_POS_NO_ACTOR: a form keying no actor's or class kinds, not "two" or
 * "both", and punctuation; DY_POS_HYPHEN: a form with a hyphen inside */
static void test_actor_bits(void **state)
{
    (void)state;
    wdoc d;
    analyse(&d, "Both armies said two US-led soldiers, -ab and ab- "
                "crossed into Russia.");
    const char *quiet[] = {",", "-", "crossed", "into", "."};
    for (size_t k = 0; k < sizeof quiet / sizeof quiet[0]; k++)
        if (!(tok(&d, quiet[k], 0)->pos & DY_POS_NO_ACTOR))
            fail_msg("\"%s\" should have DY_POS_NO_ACTOR", quiet[k]);
    const char *actor[] = {"Both", "armies", "two", "soldiers", "Russia"};
    for (size_t k = 0; k < sizeof actor / sizeof actor[0]; k++)
        if (tok(&d, actor[k], 0)->pos & DY_POS_NO_ACTOR)
            fail_msg("\"%s\" should not have DY_POS_NO_ACTOR", actor[k]);
    assert_true(tok(&d, "US-led", 0)->pos & DY_POS_HYPHEN);
    assert_false(tok(&d, "said", 0)->pos & DY_POS_HYPHEN);
    assert_false(tok(&d, "Russia", 0)->pos & DY_POS_HYPHEN);
    release(&d);
}

/* DY_POS_NO_GAZ: a word of no known part of speech whose form starts no
 * GeoNames name; a town's name, a word that starts a longer name, and a
 * common word (not asked) lack it */
static void test_no_gazetteer_bit(void **state)
{
    (void)state;
    if (!th_lexicon()->ngnames)
        skip();
    wdoc d;
    analyse(&d, "Qzxwvy fighters shelled Kharkiv, officials in Dar es "
                "Salaam said.");
    assert_true(tok(&d, "Qzxwvy", 0)->pos & DY_POS_NO_GAZ);
    const char *asked[] = {"Kharkiv", "Dar", "shelled", "officials", ","};
    for (size_t k = 0; k < sizeof asked / sizeof asked[0]; k++)
        if (tok(&d, asked[k], 0)->pos & DY_POS_NO_GAZ)
            fail_msg("\"%s\" should not have DY_POS_NO_GAZ", asked[k]);
    release(&d);
}

/* DY_POS_NUM_LAST: a number of four bytes (as every year the dates read
 * is) and the word "last", in any case; other numbers and words lack it */
static void test_number_last_bit(void **state)
{
    (void)state;
    wdoc d;
    analyse(&d, "Last year 12 rebels and 1,500 troops clashed last week, "
                "as in 1994 and lastly 20145.");
    const char *with[] = {"Last", "last", "1994"};
    for (size_t k = 0; k < sizeof with / sizeof with[0]; k++)
        if (!(tok(&d, with[k], 0)->pos & DY_POS_NUM_LAST))
            fail_msg("\"%s\" should have DY_POS_NUM_LAST", with[k]);
    const char *without[] = {"year", "12", "1,500", "week", "lastly",
                             "20145", ","};
    for (size_t k = 0; k < sizeof without / sizeof without[0]; k++)
        if (tok(&d, without[k], 0)->pos & DY_POS_NUM_LAST)
            fail_msg("\"%s\" should not have DY_POS_NUM_LAST", without[k]);
    release(&d);
}

/* -------------------------------------------------------- word cache */

/* a plain lower-case word: one token, cached (shorter than a cache
 * entry's form) */
static int cacheable(const char *w)
{
    size_t n = strlen(w);
    if (n < 2 || n >= DY_WCACHE_FORM)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (w[i] < 'a' || w[i] > 'z')
            return 0;
    return 1;
}

/* the cache set of lower-case form w */
static size_t cache_set(const char *w)
{
    uint32_t h = (uint32_t)dy_text_form_hash(w, strlen(w));
    return h & (DY_WCACHE_SIZE - DY_WCACHE_WAYS);
}

/* nw words of the lexicon whose forms share one cache set, into w; the
 * set */
static size_t same_set_words(const char **w, size_t nw)
{
    const dyad_lexicon *lx = th_lexicon();
    size_t target = SIZE_MAX, found = 0;
    for (uint32_t id = 0; id < lx->nwords && found < nw; id++) {
        const char *s = lx_str(lx, lx->words[id].str);
        if (!cacheable(s) || !(lx->words[id].pos || lx->words[id].kinds))
            continue;
        if (target == SIZE_MAX)
            target = cache_set(s);
        if (cache_set(s) == target)
            w[found++] = s;
    }
    assert_int_equal(found, nw);
    return target;
}

/* Words of the lexicon that share one cache set, more of them than it
 * holds, read twice over through the cache: each token gets what it gets
 * with no cache, whether its form is new, cached or was evicted. */
static void test_word_cache_keeps_analyses(void **state)
{
    (void)state;
    enum { NW = DY_WCACHE_WAYS + 3 };
    const char *w[NW];
    same_set_words(w, NW);
    char text[NW * 3 * DY_WCACHE_FORM + 2] = "";
    for (int round = 0; round < 3; round++)
        for (size_t k = 0; k < NW; k++) {
            /* forwards, backwards, forwards */
            strcat(text, w[round == 1 ? NW - 1 - k : k]);
            strcat(text, " ");
        }
    strcat(text, ".");

    wdoc d;
    analyse(&d, text); /* no cache: the analyses to match */
    dy_token *want = calloc(d.x.ntok, sizeof *want);
    assert_non_null(want);
    memcpy(want, d.x.tok, d.x.ntok * sizeof *want);
    d.x.wcache = calloc(DY_WCACHE_SIZE, sizeof *d.x.wcache);
    assert_non_null(d.x.wcache);
    for (int pass = 0; pass < 2; pass++) { /* a cold cache, then warm */
        d.x.lower.len = 0;
        /* (the tokens' bytes spoilt: each field must be written anew) */
        memset(d.x.tok, 0xA5, d.x.ntok * sizeof *d.x.tok);
        assert_int_equal(dy_words_analyse(&d.x, d.raw.data, d.x.ntok), 0);
        for (size_t i = 0; i < d.x.ntok; i++) {
            const dy_token *a = &want[i], *b = &d.x.tok[i];
            /* (the analysis, DY_TOKEN_WORD bytes with no padding, is
             * what a hit copies whole) */
            if (memcmp(a, b, DY_TOKEN_WORD) != 0 ||
                a->start != b->start || a->len != b->len ||
                a->type != b->type || a->flags != b->flags ||
                a->lower_len != b->lower_len || a->mention != b->mention ||
                a->place != b->place)
                fail_msg("pass %d: token %zu of \"%s\" differs with the "
                         "word cache",
                         pass, i, text);
        }
    }
    free(d.x.wcache);
    free(want);
    release(&d);
}

/* Words of other scripts are lowered once by their raw bytes and kept in
 * the word cache (words.c lower_other): with a cache, cold and warm, each
 * token has the lower-case form, the hash's analysis and the fields it
 * has without one. Marks of mojibake, accented words in either case (two
 * raw forms, one lower-case form), a typographic apostrophe, forms of
 * more than eight and sixteen bytes, a word of DY_WCACHE_FORM raw bytes
 * or more (not kept) and ASCII words between. */
static void test_word_cache_keeps_other_scripts(void **state)
{
    (void)state;
    const char *text =
        "Trump\xC3\xA2\xE2\x82\xAC\xE2\x84\xA2s \xC3\xA2\xE2\x82\xAC\xC5\x93we "
        "said \xC3\x89lys\xC3\xA9" "e and \xC3\xA9lys\xC3\xA9" "e, "
        "M\xC3\xBCller\xE2\x80\x99s caf\xC3\xA9 \xC3\x82 "
        "\xC3\xA2\xE2\x82\xAC\xE2\x84\xA2 Stra\xC3\x9F" "enbahnhaltestellen "
        "Trump\xC3\xA2\xE2\x82\xAC\xE2\x84\xA2s \xC3\x89LYS\xC3\x89" "E "
        "caf\xC3\xA9 \xC3\x82 Stra\xC3\x9F" "enbahnhaltestellen \xC3\xA9lys\xC3\xA9" "e "
        "Z\xC3\xBCrichseeuferstra\xC3\x9F" "e Z\xC3\xBCrichseeufer met "
        "Z\xC3\xBCrichseeuferstra\xC3\x9F" "e Z\xC3\xBCrichseeufer.";
    wdoc d;
    analyse(&d, text); /* no cache: the forms and analyses to match */
    size_t n = d.x.ntok, nlow = d.x.lower.len;
    dy_token *want = calloc(n, sizeof *want);
    char *low = malloc(nlow);
    assert_non_null(want);
    assert_non_null(low);
    memcpy(want, d.x.tok, n * sizeof *want);
    memcpy(low, d.x.lower.data, nlow);
    d.x.wcache = calloc(DY_WCACHE_SIZE, sizeof *d.x.wcache);
    assert_non_null(d.x.wcache);
    for (int pass = 0; pass < 2; pass++) { /* a cold cache, then warm */
        d.x.lower.len = 0;
        memset(d.x.tok, 0xA5, n * sizeof *d.x.tok);
        assert_int_equal(dy_words_analyse(&d.x, d.raw.data, n), 0);
        assert_int_equal(d.x.lower.len, nlow);
        for (size_t i = 0; i < n; i++) {
            const dy_token *a = &want[i], *b = &d.x.tok[i];
            if (memcmp(a, b, DY_TOKEN_WORD) != 0 ||
                a->lower != b->lower || a->lower_len != b->lower_len ||
                memcmp(low + a->lower, d.x.lower.data + b->lower,
                       a->lower_len + 1) != 0)
                fail_msg("pass %d: token %zu (\"%.*s\") differs with the "
                         "word cache",
                         pass, i, (int)a->len, text + a->start);
        }
    }
    free(d.x.wcache);
    free(low);
    free(want);
    release(&d);
}

/* A cache set keeps its ways in the order of their last use: a form read
 * again moves to the set's front, so the form a miss drops is the one
 * least recently read ("a b c d a e": "b" goes, "a" stays, after "e"),
 * not the first cached. */
static void test_word_cache_drops_least_recent(void **state)
{
    (void)state;
    enum { NW = DY_WCACHE_WAYS + 1 };
    const char *w[NW];
    size_t set = same_set_words(w, NW);
    const int order[] = {0, 1, 2, 3, 0, 4};
    const int want[DY_WCACHE_WAYS] = {4, 0, 3, 2}; /* the set, front first */
    char text[8 * DY_WCACHE_FORM] = "";
    for (size_t k = 0; k < sizeof order / sizeof *order; k++) {
        strcat(text, w[order[k]]);
        strcat(text, " ");
    }
    wdoc d;
    analyse(&d, text);
    d.x.wcache = calloc(DY_WCACHE_SIZE, sizeof *d.x.wcache);
    assert_non_null(d.x.wcache);
    d.x.lower.len = 0;
    assert_int_equal(dy_words_analyse(&d.x, d.raw.data, d.x.ntok), 0);
    for (int k = 0; k < DY_WCACHE_WAYS; k++) {
        const dy_wcache *e = &d.x.wcache[set + (size_t)k];
        size_t n = (size_t)(e->key >> 32);
        if (n != strlen(w[want[k]]) || memcmp(e->form, w[want[k]], n) != 0)
            fail_msg("way %d holds \"%.*s\", not \"%s\"", k, (int)n,
                     e->form, w[want[k]]);
    }
    free(d.x.wcache);
    release(&d);
}

/* A token's `alone` (the tag its form gives it wherever it stands, which
 * the tagger takes in one test) must be the tag the whole cascade gives:
 * the text tagged again with every `alone` cleared gets the same tags. */
/* dy_words_tag answers a verb-or-noun after a determiner, a possessive
 * or a preposition, and after a modal, "to", an auxiliary, a negation, a
 * pronoun or an adverb, and after any tag its rules do not ask for,
 * without verb_or_noun: the answers its chain gives, a plural noun left
 * to its rules */
static void test_verb_or_noun_by_the_tag_before(void **state)
{
    (void)state;
    tag_is("They saw the march on Sunday.", "march", 0, TAG_NOUN);
    tag_is("Its strikes on the port went on.", "strikes", 0, TAG_NOUN);
    tag_is("A report on shelling near the port.", "shelling", 0, TAG_VERB);
    tag_is("Protests after clashes near the port.", "clashes", 0, TAG_NOUN);
    tag_is("Troops did not march on Sunday.", "march", 0, TAG_VERB);
    tag_is("They march on Sunday.", "march", 0, TAG_VERB);
    tag_is("Rebels often raid the villages.", "raid", 0, TAG_VERB);
    tag_is("Recently attacks have risen.", "attacks", 0, TAG_NOUN);
    /* after an adjective but for an -s form, after a number but for an
     * -ing form: a noun */
    tag_is("A new attack hit Kyiv.", "attack", 0, TAG_NOUN);
    tag_is("The 2014 attack killed two.", "attack", 0, TAG_NOUN);
    /* after any other tag: a verb for an -ed or -ing form, a noun else */
    tag_is("Police used force against them.", "force", 0, TAG_NOUN);
    tag_is("They began shelling the town.", "shelling", 0, TAG_VERB);
}

static void test_alone_tags_are_the_cascades(void **state)
{
    (void)state;
    const char *s =
        "As many as 3,000 people marched in Kyiv on Tuesday, and police "
        "said that the protesters were peacefully dispersed. Rebels still "
        "hold the town. Militants just seized another. The wounded soldiers were taken to hospital as the "
        "army vowed to pressure Kenya and yielded to pressure. Civilians "
        "got killed when the newly elected president used internationally "
        "banned weapons. Syria s Aleppo province is due to visit the "
        "neighbouring province. The ministers have met twice and recalled "
        "its negotiating team, to protest alleged electoral fraud. "
        "Officials warned of a quickly growing crisis and condemned "
        "reported killings; the no-fly zones remained. Protesters burned "
        "tyres, chanting slogans against the government, which denies it "
        "and has once again outright rejected talks. That plan failed.";
    wdoc d;
    analyse(&d, s);
    size_t n = d.x.ntok, alone = 0;
    uint8_t *want = malloc(n);
    assert_non_null(want);
    for (size_t i = 0; i < n; i++) {
        want[i] = d.x.tok[i].tag;
        alone += d.x.tok[i].alone != 0;
        d.x.tok[i].alone = 0;
        d.x.tok[i].tag = 0;
    }
    /* (both ways taken: most tokens by their form, some by the rules) */
    assert_true(alone > n / 2 && alone < n);
    for (size_t k = 0; k < d.sents.count; k++) {
        const dy_sent *st = dy_vec_at(&d.sents, k);
        dy_words_tag(&d.x, st->first, st->end);
    }
    for (size_t i = 0; i < n; i++)
        if (d.x.tok[i].tag != want[i])
            fail_msg("'%.*s' (token %zu): %s by its form alone, %s by the "
                     "rules",
                     (int)d.x.tok[i].len, s + d.x.tok[i].start, i,
                     dy_tag_name(want[i]), dy_tag_name(d.x.tok[i].tag));
    free(want);
    release(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_irregular_verb_lemmas),
        cmocka_unit_test(test_regular_verb_lemmas),
        cmocka_unit_test(test_noun_lemmas),
        cmocka_unit_test(test_talks_matches_talk),
        cmocka_unit_test(test_lemma_is_lowercase_and_case_insensitive),
        cmocka_unit_test(test_unknown_words_have_no_lemma),
        cmocka_unit_test(test_noun_vs_verb),
        cmocka_unit_test(test_present_tense_after_plural_subject),
        cmocka_unit_test(test_base_form_between_names),
        cmocka_unit_test(test_plural_noun_after_demonym),
        cmocka_unit_test(test_predicate_adjective_before_to),
        cmocka_unit_test(test_base_form_past_before_object),
        cmocka_unit_test(test_said_is_a_verb),
        cmocka_unit_test(test_closed_class_tags),
        cmocka_unit_test(test_proper_nouns),
        cmocka_unit_test(test_tag_names),
        cmocka_unit_test(test_explain_token_line),
        cmocka_unit_test(test_actor_bits),
        cmocka_unit_test(test_no_gazetteer_bit),
        cmocka_unit_test(test_number_last_bit),
        cmocka_unit_test(test_word_cache_keeps_analyses),
        cmocka_unit_test(test_word_cache_drops_least_recent),
        cmocka_unit_test(test_word_cache_keeps_other_scripts),
        cmocka_unit_test(test_alone_tags_are_the_cascades),
        cmocka_unit_test(test_verb_or_noun_by_the_tag_before),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
