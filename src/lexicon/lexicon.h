/*
 * lexicon.h - stage interface of the lexicon: parse sources, compile them
 * with WordNet into one image, load images, and look words up.
 */
#ifndef DYAD_LEXICON_H
#define DYAD_LEXICON_H

#include "internal.h"

/* A source file handed to the compiler. */
typedef struct lx_source {
    const char *name; /* for messages; "cameo.tsv" suffix = code table */
    const char *text;
    size_t len;
} lx_source;

/* WordNet files read into memory by the io layer (any may be NULL). */
typedef struct lx_wordnet {
    const char *index[4]; /* noun verb adj adv */
    size_t index_len[4];
    const char *exc[4];   /* noun verb adj adv */
    size_t exc_len[4];
    const char *data[2];  /* data.verb data.noun: derivational links */
    size_t data_len[2];
} lx_wordnet;

/* derive.c: the nouns WordNet derives from verbs as their acts or events
 * ("withdrawal" of withdraw), each given to fn as (noun, verb); returns
 * how many links were found. */
typedef void (*dy_derive_fn)(void *ctx, const char *noun, size_t nlen,
                             const char *verb, size_t vlen);
size_t dy_wordnet_acts(const char *verbs, size_t nv, const char *nouns,
                       size_t nn, dy_derive_fn fn, void *ctx);

/* derive.c: the nouns of WordNet's lexicographer file lexfile (18:
 * noun.person) from index.noun and data.noun: single lower-case words all
 * of whose senses are there, less those index.adj also holds (adj may be
 * NULL), each given to fn; returns how many. */
typedef void (*dy_word_fn)(void *ctx, const char *word, size_t len);
size_t dy_wordnet_lexfile_nouns(const char *index, size_t ni, const char *adj,
                                size_t na, const char *nouns, size_t nn,
                                unsigned lexfile, dy_word_fn fn, void *ctx);

int dy_lexicon_build(dyad_lexicon **out, const lx_source *src, size_t n,
                     const lx_wordnet *wn, const dy_mem *mem,
                     dyad_diag_fn diag, void *ctx, dyad_error *err);
/* tables.c: the actors stage's tables derived from a compiled lexicon's
 * phrases (its strings, words, phrases, pwords and pindex) into t, names
 * and names_len (LX_NAMES_MAX each); returns the number of names. */
/* the number of distinct three-letter codes of lx's agent phrases, which
 * may exceed LX_AGENTS_MAX, the most lx_tables holds (the compiler turns
 * such a lexicon away) */
uint32_t dy_lexicon_agent_codes(const dyad_lexicon *lx);
uint32_t dy_lexicon_tables(const dyad_lexicon *lx, lx_tables *t,
                           uint32_t *names, uint8_t *names_len);
/* tables.c: the phrase index by second word and kind
 * (dyad_lexicon.kindex) of a compiled lexicon's words, phrases and pindex
 * into kindex (npindex entries); every word's phrases number fewer than
 * 1 << LX_KQ_BITS. */
void dy_lexicon_kindex(const dyad_lexicon *lx, lx_kentry *kindex);
/* tables.c: the verb index (internal.h, lx_vslice) of a compiled
 * lexicon's words and its kind index: with vslot, vslices and vindex
 * NULL, counts its slices and entries into *nslices and *nentries; else
 * also fills them (nwords, *nslices and *nentries records). */
void dy_lexicon_vindex(const dyad_lexicon *lx, const lx_kentry *kindex,
                      uint32_t *vslot, lx_vslice *vslices, lx_kentry *vindex,
                      uint32_t *nslices, uint32_t *nentries);
/* tables.c: the noun index (internal.h, lx_ngroup) of a compiled
 * lexicon's words, phrases and pindex: with nslot, nslices and nindex
 * NULL, counts its slices and entries into *nslices_n and *nentries; else
 * also fills them (nwords, *nslices_n and *nentries records). */
void dy_lexicon_nindex(const dyad_lexicon *lx, uint32_t *nslot,
                       lx_vslice *nslices, uint32_t *nindex,
                       uint32_t *nslices_n, uint32_t *nentries);
/* tables.c: how each word of a compiled lexicon counts among the words
 * ahead of a verb (dyad_lexicon.ahead) into ahead (nwords bytes) */
void dy_lexicon_ahead(const dyad_lexicon *lx, uint8_t *ahead);
/* tables.c: each word's share of the words ahead of a verb
 * (dyad_lexicon.shares) from how it counts there (ahead, as
 * dy_lexicon_ahead fills it) into shares (nwords records) */
void dy_lexicon_shares(const dyad_lexicon *lx, const uint8_t *ahead,
                       lx_ahead *shares);
/* tables.c: what follows word w's first word in the phrases it keys
 * (dyad_lexicon.pnext), from a compiled lexicon's kind index */
lx_pnext dy_lexicon_pnext(const lx_word *w, const lx_kentry *kindex);
/* tables.c: a kind index entry's need (internal.h, lx_kentry) of phrase p */
lx_filter dy_lexicon_need(const dyad_lexicon *lx, const lx_phrase *p);
/* tables.c: a kind index entry's slots (internal.h, lx_kentry) of phrase p */
uint64_t dy_lexicon_slots(const dyad_lexicon *lx, const lx_phrase *p);
/* tables.c: a kind index entry's next (internal.h, lx_kentry) of phrase
 * p: its second word, LX_GAP when a gap may stand before it, or LX_NONE */
uint32_t dy_lexicon_next(const dyad_lexicon *lx, const lx_phrase *p);
/* is the code's first three letters a country of the lexicon? */
int dy_lexicon_is_country(const dyad_lexicon *lx, const char *code);

/* how much of an image dy_lexicon_from_image checks: the header, the
 * section table and the small tables (always); every record; every
 * record and the checksum */
enum { DY_IMAGE_SHAPE, DY_IMAGE_RECORDS, DY_IMAGE_CHECKSUM };

/* Takes ownership of image (allocated with mem) unless is_mapped. */
int dy_lexicon_from_image(dyad_lexicon **out, void *image, size_t len,
                          int is_mapped, int verify, const dy_mem *mem,
                          dyad_error *err);

/* The built-in word classes: their words are data (`class NAME : ...`
 * lines, data/grammar.lex); the rules that use them are code. A one-word
 * member sets bit DY_CL_x of its word's `classes`. */
enum {
    DY_CL_PLACE_NOUN,   /* place-noun: city, area, outskirts (before "of X") */
    DY_CL_PLACE_WORD,   /* place-word: town, village, district (names a place) */
    DY_CL_WAR,          /* war: conflict, war, fighting (running tolls) */
    DY_CL_DIRECTION,    /* direction: north, south ... ("north of X") */
    DY_CL_PARTICLE,     /* particle: up, out, down, off, on */
    DY_CL_AMOUNT,       /* amount: million, worth (inside an amount) */
    DY_CL_MEANS,        /* means: by-like prepositions before a gerund */
    DY_CL_PLACE_PREP,   /* place-prep: through, along, inside ... */
    DY_CL_PERSON,       /* person: singular nouns for one person */
    DY_CL_BODY,         /* body: union, council ... ("Union of Teachers") */
    DY_CL_BACKING,      /* backing: led, backed ... ("US-led") */
    DY_CL_DIVISION,     /* division: district, oblast ... (after a name) */
    DY_CL_REPORT_NOUN,  /* report-noun: report, claim ("denied the reports") */
    DY_CL_APPROXIMATOR, /* approximator: the word before an inexact number */
    DY_CL_VAGUE_NUMBER, /* vague-number: dozens, hundreds */
    DY_CL_SPLIT,        /* split: ACLED's "split between 3 events" verbs */
    DY_CL_SPLIT_PREP,   /* split-prep: between, among, across */
    DY_CL_SPLIT_UNIT,   /* split-unit: events, incidents, locations */
    DY_CL_CONDITION,    /* condition: if, unless (a conditional clause) */
    DY_CL_TIME_CONJ,    /* time-conj: when, before, after (+ a clause) */
    DY_CL_REASON_CONJ,  /* reason-conj: because */
    DY_CL_RELATIVE,     /* relative: who, which, whose */
    DY_CL_TOPIC_LEADERSHIP,  /* topic-leadership: resignation, ouster */
    DY_CL_TOPIC_POLICY,      /* topic-policy: reform, law, prices */
    DY_CL_TOPIC_RIGHTS,      /* topic-rights: rights, freedom, detention */
    DY_CL_TOPIC_INSTITUTION, /* topic-institution: constitution, election */
    DY_CL_ACCUSATION,   /* accusation: what a denial rejects (its 016) */
    DY_CL_TELL,         /* tell: say verbs whose object is the one told */
    DY_CL_FOREIGN,      /* foreign: foreign, peacekeepers (a role from
                           elsewhere takes no country from context) */
    DY_CL_ORIGIN,       /* origin: born, based ("Afghan-born") */
    DY_CL_IDENTITY,     /* identity: kurds, shiites (a group word before a
                           role is the role's modifier) */
    DY_CL_ETHNIC,       /* ethnic: "ethnic Albanians" are a group */
    DY_CL_REQUEST,      /* request: call, appeal, offer (whose infinitive
                           is the act asked for or offered) */
    DY_CL_HALT,         /* halt: pause, lull, end ("a lull in the shelling":
                           the act named after it is not going on) */
    DY_CL_NOT_ACTOR,    /* not-actor: sea, river, palace, cup (the head of
                           a name that is no actor; the unknown-actor
                           report only) */
    DY_CL_EFFORT,       /* effort: effort, bid, initiative ("a mediation
                           effort between X and Y": the act's arguments
                           follow the noun after it) */
    DY_CL_CONTINENTAL,  /* continental: african, european ... (an
                           organisation named so takes no context
                           country) */
    DY_CL_DOCUMENT,     /* document: statement, declaration, letter ("a
                           declaration demanding reforms": its publisher's
                           demand) */
    DY_CL_COUNTERPART, /* counterpart: counterpart ("met his Chinese
                          counterpart": the role of the one met before) */
    DY_CL_MUTUAL,      /* mutual: exchange, swap ("Russia and Ukraine
                          exchanged prisoners": each with the other) */
    DY_CL_STRIKER,     /* striker: worker, teacher, nurse ("dock workers
                          struck": a labour strike, remap labour) */
    DY_CL_LABOUR_ACT,  /* labour-act: strike (a pattern word whose sense
                          a striker subject makes a labour one) */
    DY_CL_HAZARD,      /* hazard: flood, earthquake, fire, crash ("floods
                          killed 20": a disaster, no act of force) */
    DY_CL_NAME_JOINER, /* name-joiner: de, es, al, upon (lower-case words
                          inside a place name: "Dar es Salaam") */
    DY_CL_FACILITY,    /* facility: center, camp, helicopter ("a
                          detention center" is no detention) */
    DY_CL_NEEDS_OBJECT, /* needs-object: decline (a one-word pattern that
                           is an act only with an object or infinitive) */
    DY_CL_STREET,       /* street: street, road, avenue, square ("Haifa
                           Street" in Baghdad is no place in Haifa) */
    DY_CL_ASPECT,       /* aspect: begin, continue, resume ("began
                           pulling back": the act after it is done) */
    DY_CL_OBJECT_VERB,  /* object-verb: accuse, arrest ("forces accused
                           of abuses": a passive participle) */
    DY_CL_UNDERGO,      /* undergo: suffer, survive, repel ("repelled an
                           attack": the subject is the noun act's target) */
    DY_CL_OBSERVE,      /* observe: witness, report, call ("reported
                           shelling": the noun act is not the subject's) */
    DY_CL_CENSURE,      /* censure: illegal, provocation (also a slot class,
                           data/slots.lex: "said the visit was a
                           provocation" is a judgement, 111) */
    DY_CL_COPULA,       /* copula: be, amount, constitute ("was", "amounted
                           to"): what links a judgement to its subject */
    DY_CL_CULPRIT,      /* culprit: responsible, behind ("said Russia was
                           behind the attack": an accusation, 112) */
    DY_CL_CAUSATIVE,    /* causative: order, authorise ("the minister
                           ordered a blockade": the subject's act, which
                           stands with no target) */
    DY_CL_ASSEMBLY,     /* assembly: gather, converge (a one-word pattern
                           that is a protest only with protesters as its
                           subject) */
    DY_CL_PROTESTER,    /* protester: protester, demonstrator ("protesters
                           gathered outside the embassy": 141) */
    DY_CL_REFUSE,       /* refuse: refuse, decline, reject ("refused to
                           lift": a refusal of the act, not its negation) */
    DY_CL_HALT_VERB,    /* halt-verb: order, declare ("ordered a halt to the
                           offensive": the subject's 087) */
    DY_CL_MISSION,      /* mission: embassy, consulate ("outside the US
                           embassy in London": protesters in London) */
    DY_CL_TIME_UNIT,    /* time-unit: week, month ("said last month it had
                           agreed": no relative clause) */
    DY_CL_NO_OBJECT,    /* no-object: demonstrate (a one-word pattern that
                           an object or "that" clause after it undoes) */
    DY_CL_PREVENT,      /* prevent: foil, thwart ("foiled a bomb attack":
                           the attack is negated) */
    DY_CL_BARE_PARTICIPLE, /* bare-participle: put, cut, overrun (verbs
                              whose participle is the base form: "was put
                              under arrest" is a passive) */
    /* The classes of grammar the rules ask for by name (docs/lexicon.md,
     * "Classes of grammar asked for by name"): bits like the ones above,
     * so that a rule's test is a bit of the word, not a walk over the
     * phrases the word keys comparing class names */
    DY_CL_ANAPHOR_ORG,  /* anaphor-org: group, bloc ("the group" names an
                           organisation again) */
    DY_CL_KIND_IGO,     /* kind-igo: bloc, alliance (an IGO named again) */
    DY_CL_KIND_ARMED,   /* kind-armed: group, militia (an armed group) */
    DY_CL_KIND_PARTY,   /* kind-party: party */
    DY_CL_PAIR_NOUN,    /* pair-noun: sides, leaders ("the two sides") */
    DY_CL_TABARI_NOUN,  /* tabari-noun: a TABARI <NOUN> list's words */
    DY_CL_TABARI_ADJECTIVE, /* tabari-adjective: its <ADJECTIVE> list's */
    DY_CL_BORDER,       /* border: border, frontier ("the Syrian border") */
    DY_CL_SPONSOR,      /* sponsor: back, fund ("Iran-backed") */
    DY_CL_ACCORD,       /* accord: agreement, deal ("the Minsk accords":
                           no place) */
    DY_CL_HOME_PLACE,   /* home-place: city, town ("Iranian cities": in
                           Iran) */
    DY_CL_RECIPROCAL,   /* reciprocal: clash, fight ("rebels and soldiers
                           clashed": each fights the other) */
    DY_CL_OWNER_PRONOUN, /* owner-pronoun: his, their ("his protests") */
    DY_CL_CROWD_NOUN,   /* crowd-noun: supporters, followers (a protest's
                           civilians) */
    DY_CL_COLLECTIVE,   /* collective: group, unit ("a unit of the army":
                           the army acts) */
    DY_CL_AIM,          /* aim: target, aim ("sanctions targeting Iran") */
    DY_CL_PASSIVE_GET,  /* passive-get: get ("civilians got killed") */
    DY_CL_DIRECTIVE,    /* directive: order, directive ("issued an order
                           to release") */
    DY_CL_DIRECTIVE_VERB, /* directive-verb: issue, receive (an order) */
    DY_CL_HEARSAY,      /* hearsay: report, fear ("were reported killed") */
    DY_CL_MEASURE,      /* measure: measure, sanction ("measures aimed at
                           Iran": no force) */
    DY_CL_SMALL_CLAUSE, /* small-clause: order, decree ("ordered the
                           prisoners freed") */
    DY_CL_QUANTITY,     /* quantity: price, inflation ("inflation hit a
                           record": no attack) */
    DY_CL_STRIKE_WEAPON, /* strike-weapon: drone, missile ("a drone
                            strike") */
    DY_CL_DELIBERATION, /* deliberation: discuss, consider (an act talked
                           about, not done) */
    DY_CL_PROHIBITION,  /* prohibition: ban, curb ("a ban on protests") */
    DY_CL_CONTAINER,    /* container: package, batch ("a package of
                           sanctions": the slot is past "of") */
    DY_CL_WITH_OBJECT,  /* with-object: threaten, hit ("threatened Russia
                           with sanctions") */
    DY_CL_TO_OBJECT,    /* to-object: yield ("yielded to pressure") */
    DY_CL_ADVERB_FIRST, /* adverb-first: still, even ("rebels still
                           hold") */
    DY_CL_ACCEPTANCE,   /* acceptance: accept, recognise ("did not accept
                           the deal": a rejection) */
    DY_CL_HESITATE,     /* hesitate: hesitate, flinch ("would not hesitate
                           to strike": a threat) */
    DY_CL_DECISION_VERB, /* decision-verb: agree ("agreed to impose
                            sanctions" is 163) */
    DY_CL_COUNT
};
_Static_assert(DY_CL_COUNT <= 128, "lx_word.classes holds 128 class bits");

/* the names of the built-in classes, as lexicon files write them */
extern const char *const dy_class_names[DY_CL_COUNT];

/* The built-in remap families: CAMEO codes of an act mapped to the code of
 * promising, refusing, appealing for or demanding it (data/remap.lex). */
enum {
    DY_RM_INTENT,
    DY_RM_REFUSAL,
    DY_RM_APPEAL,
    DY_RM_DEMAND,
    DY_RM_THREAT,
    DY_RM_ACCUSATION,
    /* a political-reform code's topic digit: 141 -> 1412 */
    DY_RM_TOPIC_LEADERSHIP,
    DY_RM_TOPIC_POLICY,
    DY_RM_TOPIC_RIGHTS,
    DY_RM_TOPIC_INSTITUTION,
    /* acts a compound subject does with each other ("Russia and China
     * agreed"): the code of each pair's event */
    DY_RM_JOINT,
    DY_RM_OWN_GOVERNMENT,
    /* an investigation of an act: 19 -> 093 (military action) */
    DY_RM_INVESTIGATION,
    /* the agent an agentless passive act implies: "were arrested in
     * Tehran" is the police's (IRNCOP), "was sentenced" a court's */
    DY_RM_AGENT_POLICE,
    DY_RM_AGENT_COURT,
    DY_RM_AGENT_GOVERNMENT,
    /* an act a disapproval is about ("condemned the missile strike"):
     * referenced, not told */
    DY_RM_DISAPPROVAL,
    /* an act of force a striker does with a labour-act word: 19 -> 143 */
    DY_RM_LABOUR,
    DY_RM_HALT,         /* halt: a halt of an act ordered (19 -> 087) */
    /* of the agent-* acts, those done to people of another country
     * (deportation, release): the agent is not guessed from the
     * people's country, and a place after "to" is where they went */
    DY_RM_AGENT_FOREIGN,
    /* an act of taking whose patient is a person, not a place: 192 ->
     * 173 ("Ocalan was captured in Kenya": detained, no territory) */
    DY_RM_CAPTIVE,
    /* an act a non-state armed actor (REB, CRM, UAF) does to people:
     * 173 -> 181 ("Hezbollah captured three soldiers": an abduction) */
    DY_RM_ABDUCTION,
    /* an act of taking whose patient is a place: 171 -> 192 ("rebels
     * seized Kidal": an occupation, not property seized) */
    DY_RM_OCCUPATION,
    /* an act of dissent done by armed forces (MIL, COP, REB, UAF, SPY):
     * 145 -> 190 ("troops stormed government buildings": force) */
    DY_RM_ARMED,
    DY_RM_RIOT,         /* riot: force by protesters (190 -> 145) */
    /* a labour-act word after a weapon word ("halted air strikes"): a
     * military strike, 082 -> 087 */
    DY_RM_WEAPON_STRIKE,
    /* an act whose object is followed by "to death" ("hacked a woman and
     * her children to death"): a killing, 18 -> 1823 */
    DY_RM_TO_DEATH,
    DY_RM_COUNT
};
extern const char *const dy_remap_names[DY_RM_COUNT];

/* The walk of a family's keys behind dy_lexicon_remap, for a code its
 * quick tests leave (a family in range, a code other than "*"). */
const char *dy_lexicon_remap_walk(const dyad_lexicon *lx, int family,
                                  const char *code, int any);

/* A CAMEO code's root (its first two characters as a number, 0..29), or
 * -1 when they are not two digits of one. */
static inline int dy_cameo_root(const char *code)
{
    if (code[0] < '0' || code[0] > '2' || code[1] < '0' || code[1] > '9')
        return -1;
    return (code[0] - '0') * 10 + (code[1] - '0');
}

/* The code a CAMEO code maps to in a remap family: the entry with the
 * longest key that prefixes it, or with `any` the family's "*" entry when
 * none does (its generic code); NULL when none applies. (Inline: most asks
 * are answered by its first tests, without a call.) */
static inline const char *dy_lexicon_remap(const dyad_lexicon *lx,
                                           int family, const char *code,
                                           int any)
{
    if (family < 0 || family >= DY_RM_COUNT)
        return NULL;
    const char *star = any ? lx->remap_star[family] : NULL;
    /* "*" itself (a family's generic code) is no other key's prefix */
    if (code[0] == '*' && code[1] == '\0')
        return star;
    /* no key of the family can prefix a code of another root (most asks:
     * an agent family has two or three roots): only "*" may answer */
    int r = dy_cameo_root(code);
    if (r >= 0 && !(lx->remaps->roots[family] >> r & 1))
        return star;
    return dy_lexicon_remap_walk(lx, family, code, any);
}

/* A family's generic code (its "*" entry), or NULL: what
 * dy_lexicon_remap(lx, family, "*", 1) returns, read inline (claims ask
 * it for every family in turn). */
static inline const char *dy_lexicon_remap_star(const dyad_lexicon *lx,
                                                int family)
{
    return family >= 0 && family < DY_RM_COUNT ? lx->remap_star[family]
                                               : NULL;
}

/* Has pattern `phrase` a '%' (a compound actor, TABARI's) among its
 * words before the verb ("% ... renew ties"), whose members act with each
 * other? */
int dy_lexicon_compound_before(const dyad_lexicon *lx, uint32_t phrase);

/* Do the members of the compound actor pattern `phrase` names act with
 * each other: a '%' before its verb, or one after it under "option
 * compound-mutual" (TABARI's "- HAS * WITH %")? */
int dy_lexicon_compound_mutual(const dyad_lexicon *lx, uint32_t phrase);

/* word id of a lower-case form, or LX_NONE */
uint32_t dy_lexicon_find(const dyad_lexicon *lx, const char *s, size_t n);
const lx_cameo *dy_lexicon_cameo(const dyad_lexicon *lx, const char *code);
/* gazetteer name id of a lower-case place name, or LX_NONE */
uint32_t dy_gaz_find(const dyad_lexicon *lx, const char *s, size_t n);
/* dy_lexicon_find and dy_gaz_find of a form whose dy_hash the caller
 * has, `full` (the word analysis hashes a form once for the form, its
 * stems and its GeoNames name) */
uint32_t dy_lexicon_find_hashed(const dyad_lexicon *lx, const char *s,
                                size_t n, uint64_t full);
uint32_t dy_gaz_find_hashed(const dyad_lexicon *lx, const char *s, size_t n,
                            uint64_t full);

#define LX_PPAIRS_MAX (1u << 18) /* 64-bit words of the pairs table */

/* the bit of the phrases' word pairs table (lx->ppairs, nwords 64-bit
 * words, a power of two up to 2^18) of a phrase keyed by word w whose
 * second word is n */
static inline uint64_t lx_ppair_bit(uint32_t w, uint32_t n, uint32_t nwords)
{
    uint64_t h = ((uint64_t)w << 32 | n) * 0x9E3779B97F4A7C15ull;
    return (h >> 40) & ((uint64_t)nwords * 64 - 1);
}

/* May a phrase of two words or more keyed by word w (its kind index
 * slice) have the second word n (LX_GAP: a name with a gap after its
 * first word)? 0 only when none has; 1 may be a hash's accident. An
 * image without the table answers 1. */
static inline int dy_phrase_pair_may(const dyad_lexicon *lx, uint32_t w,
                                     uint32_t n)
{
    if (!lx->nppairs)
        return 1;
    uint64_t b = lx_ppair_bit(w, n, lx->nppairs);
    return (int)(lx->ppairs[b >> 6] >> (b & 63) & 1u);
}

/* the slot of the first-word table (lx->gnfirst, nwords 64-bit words of
 * 32 slots) for a word of hash h (dy_hash of its lower case) */
static inline uint64_t lx_gnfirst_slot(uint64_t h, uint32_t nwords)
{
    return (h >> 32) & ((uint64_t)nwords * 32 - 1);
}

/* The most words a GeoNames name may have whose first word (up to its
 * first space) hashes to h: 1 when no name of two words or more starts
 * with a word of that slot, else 2, 3, or SIZE_MAX for four or more. An
 * image without the table answers SIZE_MAX. A slot holds the most of all
 * the first words that fall in it, so the answer is never too small. */
static inline size_t dy_gaz_first_words(const dyad_lexicon *lx, uint64_t h)
{
    if (!lx->ngnfirst)
        return SIZE_MAX;
    uint64_t s = lx_gnfirst_slot(h, lx->ngnfirst);
    unsigned v = (unsigned)(lx->gnfirst[s >> 5] >> ((s & 31) * 2)) & 3u;
    return v == 3 ? SIZE_MAX : (size_t)v + 1;
}

#endif
