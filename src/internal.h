/*
 * internal.h - the few types every stage shares: tokens, sentences and the
 * lexicon's record layouts. Stages: text -> words -> actors -> events ->
 * claims (places, counts) -> api/io.
 */
#ifndef DYAD_INTERNAL_H
#define DYAD_INTERNAL_H

#include "dyad.h"
#include "util/util.h"

#include <stdint.h>

/* dyad_options.max_doc_bytes when it is 0 (the coder and the reader) */
#define DY_DEFAULT_MAX_DOC (8u << 20)

#define LX_NONE 0xFFFFFFFFu
#define LX_PLUS 0xFFFFFFFEu /* the target slot '+' inside a pattern */
/* '%' among the words before a verb pattern's verb: a compound actor
 * ("Gondor and Osgiliath") stands there */
#define LX_COMPOUND 0xFFFFFFFDu
/* lx_kentry.next of a name whose second word may stand apart from its
 * first ("prince ... dol amroth"): no word of the next token is asked */
#define LX_GAP 0xFFFFFFFCu
/* '^' among a verb pattern's words after its verb (TABARI's and
 * PETRARCH's skip): an actor, or a noun group before the pattern's next
 * word, stands there, passed over, neither source nor target ("warn at
 * ^ +": "warned at the Gondor of the Prince of Dol_Amroth" is against
 * the prince; match/patterns.c) */
#define LX_SKIP 0xFFFFFFFBu
/* a typed slot "&name" inside a pattern: LX_SLOT_BASE + its index (0..63),
 * matched by a word of the class `name` (lx_word.slots) */
#define LX_SLOT_BASE 0xFFFFFF00u
#define LX_SLOT_MAX 64
static inline int lx_is_slot(uint32_t w)
{
    return w >= LX_SLOT_BASE && w < LX_SLOT_BASE + LX_SLOT_MAX;
}

/* lx_phrase.flags: "welcome ... +": the target is the first actor after
 * the pattern's last word in the clause, not only its object */
#define LX_PF_FAR_TARGET 1u
/* lx_phrase.flags: "verb 064 verbal": read at a verb only, never from a
 * noun that names its act ("the resumption of ties") */
#define LX_PF_VERBAL 2u
/* lx_phrase.flags: "agree with %": the target ('+' in pwords) is a
 * compound actor, a coordination whose members are each one (TABARI's
 * and PETRARCH's '%' after the verb) */
#define LX_PF_COMPOUND_TARGET 4u
/* lx_phrase.flags: a name with gaps ("prince ... dol amroth": up to
 * DY_NAME_GAP words stand between "prince" and "dol"), TABARI's blank
 * between the words of an actor; lx_phrase.joined marks the words a gap
 * stands before */
#define LX_PF_NAME_GAPS 8u

/* phrase kinds */
enum {
    LX_COUNTRY = 1,
    LX_DEMONYM,
    LX_CAPITAL,
    LX_ACTOR,
    LX_AGENT,
    LX_VERB,
    LX_NOUN,
    LX_SAY,
    LX_MODAL,
    LX_COUNT,
    LX_PLACE,
    LX_CLASS,     /* a named word class (data/grammar.lex, slot types) */
    LX_BLOCK,     /* a verb pattern that codes nothing: `verb null` (blocks
                     the shorter patterns of its verb) or `verb discard`
                     (drops its sentence's events); ptype names which */
    LX_KIND_MAX,
    /* table kinds: their lines hold codes, not words (lx_entry) */
    LX_REMAP = LX_KIND_MAX, /* CAMEO code remaps of a family */
    LX_COUNTRIES            /* countries with a property */
};

/* part-of-speech possibility bits stored per word form */
enum {
    POS_N = 1u << 0,     /* WordNet noun */
    POS_V = 1u << 1,     /* WordNet verb */
    POS_A = 1u << 2,     /* WordNet adjective */
    POS_R = 1u << 3,     /* WordNet adverb */
    POS_DET = 1u << 4,   /* closed classes below are built in */
    POS_PREP = 1u << 5,
    POS_PRON = 1u << 6,
    POS_BE = 1u << 7,
    POS_HAVE = 1u << 8,
    POS_DO = 1u << 9,
    POS_MODAL = 1u << 10,
    POS_CONJ = 1u << 11,
    POS_SUB = 1u << 12,  /* subordinators and relatives: that, which, who */
    POS_NEG = 1u << 13,
    POS_TO = 1u << 14,
    POS_POSS = 1u << 15, /* 's */
    POS_NUMW = 1u << 16, /* number words: three, dozens */
    POS_TIME = 1u << 17  /* weekdays, months, yesterday */
};

/* lx_word.pos: the word is written as a stem in some phrase ("eriador*",
 * TABARI's root without '_'): no part of speech, read only by "option
 * prefix-stems" (words/words.c) and masked off where parts of speech are
 * read; dyad's own lexicon has no stems */
#define LX_WORD_STEM 0x80000000u

typedef struct lx_word {
    uint32_t str;       /* offset of the lower-case form in strings */
    uint32_t pos;       /* POS_* bits, and LX_WORD_STEM */
    uint32_t vlem;      /* word id of an irregular verb lemma, or LX_NONE */
    uint32_t nlem;      /* word id of an irregular noun lemma, or LX_NONE */
    uint32_t phr_first; /* first slot in the phrase index */
    uint32_t phr_count; /* phrases keyed by this word */
    uint32_t num;       /* value of a number word, 0 */
    uint32_t hash;      /* low 32 bits of dy_hash of the form */
    uint32_t kinds;     /* bit k set: some phrase of kind k is keyed here */
    uint32_t classes[4]; /* bit k%32 of word k/32 set: a one-word member of
                            built-in class k (DY_CL_*, lexicon.h) */
    uint32_t slots[2];  /* bit k%32 of word k/32 set: a one-word member of
                           the class of pattern slot k (LX_SLOT_BASE + k) */
    uint32_t act_of;    /* word id of the verb whose act this noun names
                           (WordNet: "withdrawal" of withdraw), or LX_NONE */
} lx_word;

/* a 128-bit filter of word ids, one bit a word (the words ahead of a
 * verb, a pattern's words): a word not in it is surely not among them */
typedef struct lx_filter {
    uint64_t b[2];
} lx_filter;

/* word w's bit in a filter (0..127): bit h & 63 of b[h >> 6] */
static inline uint32_t lx_filter_bit(uint32_t w)
{
    return (w * 0x9E3779B1u) >> 25;
}

static inline void lx_filter_add(lx_filter *f, uint32_t w)
{
    uint32_t h = lx_filter_bit(w);
    f->b[h >> 6] |= 1ull << (h & 63);
}

static inline int lx_filter_has(const lx_filter *f, uint32_t w)
{
    uint32_t h = lx_filter_bit(w);
    return (f->b[h >> 6] >> (h & 63)) & 1;
}

/* do filters a and b share a bit (a word of one may be a word of the
 * other)? */
static inline int lx_filter_meets(const lx_filter *a, const lx_filter *b)
{
    return ((a->b[0] & b->b[0]) | (a->b[1] & b->b[1])) != 0;
}

/* is every word of need perhaps in f? */
static inline int lx_filter_covers(const lx_filter *f, const lx_filter *need)
{
    return !((need->b[0] & ~f->b[0]) | (need->b[1] & ~f->b[1]));
}

/* the bytes of s[0..n) as a set, byte c as bit c & 63: two strings one
 * edit apart (a byte replaced, added, dropped, or two swapped) differ in
 * at most two bits of theirs */
static inline uint64_t lx_letters(const char *s, size_t n)
{
    uint64_t m = 0;
    for (size_t i = 0; i < n; i++)
        m |= 1ull << ((unsigned char)s[i] & 63);
    return m;
}

/* an entry of the phrase index by second word and kind
 * (dyad_lexicon.kindex) */
#define LX_KQ_BITS 24
#define LX_KQ_MASK ((1u << LX_KQ_BITS) - 1u)
typedef struct lx_kentry {
    uint32_t kq;   /* the phrase's kind << LX_KQ_BITS | its position in its
                      key word's slice of pindex */
    uint32_t next; /* the phrase's second word, or LX_NONE (one word) */
    lx_filter need; /* its words after the second that are words (not
                       '+' or a slot): a verb pattern whose words are not
                       all ahead of the verb is rejected without reading
                       it */
    uint64_t slots; /* bit k: its words from the second on hold typed slot
                       k (LX_SLOT_BASE + k), which a word ahead of an
                       active verb must fill (lx_word_slots) */
} lx_kentry;

/* What follows the first word of the phrases a word keys
 * (dyad_lexicon.pnext): a phrase can start at a token only where the
 * word has one of one word of a kind asked, or one whose second word
 * (or LX_GAP) the next token has, which next, a filter, may say */
typedef struct lx_pnext {
    lx_filter next; /* the second words of its phrases of two words or
                       more, any kind */
    uint32_t one;   /* bit k: it keys a phrase of kind k of one word */
    uint32_t pad;   /* 0 */
} lx_pnext;

/* The verb index (dyad_lexicon.vindex): a word's verb and null patterns
 * (its kind index entries of kind LX_VERB or LX_BLOCK, copied), grouped by
 * their second word's filter bit (lx_filter_bit), so that a verb read
 * actively passes over, unread, the patterns whose second word is not
 * ahead. Of word w's slice (vslices[vslot[w]]), group 0 holds the patterns
 * whose second word is no word (none, '+', '^' or a slot), group 1 + b
 * those whose second word has bit b; group g is the entries
 * vindex[first + off[g] .. first + off[g + 1]), in kind index order, and
 * occ has bit b set when group 1 + b is not empty. Group 0 holds first,
 * in kind index order, its `typed` patterns whose second word is a typed
 * slot, then the others in that order: read with its object before the
 * verb, a pattern fits only with a typed slot second, so the passive
 * reads those alone. */
#define LX_VGROUPS 129
typedef struct lx_vslice {
    lx_filter occ;
    uint32_t first;
    uint32_t off[LX_VGROUPS + 1];
    uint32_t typed; /* the verb index's (above); 0 in the noun index */
} lx_vslice;

/* the group of the verb index (lx_vslice) of a pattern whose second word
 * (lx_kentry.next) is w1 */
static inline uint32_t lx_vgroup(uint32_t w1)
{
    return w1 == LX_NONE || w1 == LX_PLUS || w1 == LX_SKIP || lx_is_slot(w1)
               ? 0
               : 1 + lx_filter_bit(w1);
}

/* The noun index (dyad_lexicon.nindex): a word's noun patterns (it is
 * their head, the last word), grouped as the verb index groups verb
 * patterns but by their word before the head, so that dy_match_noun passes
 * over, unread, the patterns whose word before the head no token there
 * can fill. Word w's slice is nslices[nslot[w]], an lx_vslice: group 0
 * holds the patterns of one word and those whose word before the head is
 * no word (a typed slot, '+'), group 1 + b those whose word before the
 * head has filter bit b. An entry is the pattern's position in w's slice
 * of pindex (pindex[w->phr_first + entry]), in that order inside a group. */
static inline uint32_t lx_ngroup(const uint32_t *words, uint32_t nwords)
{
    return nwords < 2 ? 0 : lx_vgroup(words[nwords - 2]);
}

/* the typed slots word w fills (lx_word.slots as one set: bit k, slot k) */
static inline uint64_t lx_word_slots(const lx_word *w)
{
    return (uint64_t)w->slots[1] << 32 | w->slots[0];
}

/* How a word counts among the words ahead of a verb (dyad_lexicon.ahead,
 * a byte a word): LX_AHEAD_WORD when it is a word of some verb or null
 * pattern after the pattern's first (the filter of the words ahead holds
 * only those: no pattern asks it for another, and each word left out
 * leaves the filter sparser); LX_AHEAD_SLOTS when it fills a typed slot
 * (lx_word.slots not empty). */
#define LX_AHEAD_WORD 1u
#define LX_AHEAD_SLOTS 2u

/* word w's bit in a second filter of 64 bits (lx_ahead.words2), by
 * another hash than lx_filter_bit's: two words that share one bit rarely
 * share the other */
static inline uint32_t lx_filter_bit2(uint32_t w)
{
    return (w * 0x85EBCA6Bu) >> 26;
}

/* what follows a token in its sentence (dy_match_prepare): a filter of
 * the words a verb pattern may read there, the typed slots they fill,
 * and the same words by their second bit (lx_filter_bit2: a verb
 * pattern's second word shares its first bit, its verb index group, with
 * the other second words of that group) */
typedef struct lx_ahead {
    lx_filter words;
    uint64_t slots;
    uint64_t words2;
} lx_ahead;

typedef struct lx_phrase {
    uint16_t kind;   /* LX_* */
    uint16_t nwords; /* words incl. '+' */
    uint32_t words;  /* first index in pwords */
    uint32_t code;   /* string: CAMEO, actor code, agent, status, ISO3 */
    int32_t from;    /* yyyymmdd or 0 (open) */
    int32_t to;      /* yyyymmdd or 0 (open) */
    float lat, lon;  /* places and countries */
    uint32_t ptype;  /* string: place type, or 0 */
    uint32_t file;   /* string: source file name */
    uint32_t line;   /* source line */
    uint32_t text;   /* string: the phrase as written, with its kind */
    uint32_t cameo;  /* index into the CAMEO table or LX_NONE */
    uint32_t order;  /* position in the sources */
    uint16_t pre;    /* verb patterns: words before the verb ("said ...
                        hold talks"), stored after its nwords words */
    uint16_t flags;  /* LX_PF_* */
    uint32_t cameo2; /* paired code: the CAMEO index of the event with
                        source and target swapped ("verb 032 paired 033"),
                        or LX_NONE */
    uint32_t joined; /* verb patterns: bit k when word k directly follows
                        word k - 1 ("abandon new_&ties_relations"); names
                        with LX_PF_NAME_GAPS: bit k when other words may
                        stand before word k */
} lx_phrase;

typedef struct lx_cameo {
    uint32_t code;        /* string */
    uint32_t name;        /* string */
    uint32_t plover_type; /* string or 0 */
    uint32_t plover_mode; /* string or 0 */
    float goldstein;
    int32_t quad;
    int32_t penta;
    int32_t root;         /* the code's first two digits as a number (1..20
                             for a CAMEO code), set at compile so the
                             events rules, which ask it of every candidate,
                             read it with one load instead of the string */
} lx_cameo;

/* a line of a table kind: "remap intent : 04 036" (name "intent", key
 * "04", cameo of 036) or "countries skeleton : UKR" (key "UKR") */
typedef struct lx_entry {
    uint32_t kind;  /* LX_REMAP or LX_COUNTRIES */
    uint32_t name;  /* string: the remap family or the property */
    uint32_t key;   /* string: the CAMEO code prefix ("*": any) or ISO3 */
    uint32_t cameo; /* remap: index of the code it maps to; else LX_NONE */
    uint32_t file;  /* string: source file name */
    uint32_t line;  /* source line */
} lx_entry;

/* a GeoNames place (gazetteer.tsv) */
typedef struct lx_gplace {
    uint32_t name;      /* string: primary name as GeoNames writes it */
    uint32_t admin1;    /* string: ADM1 name or 0 */
    char cc[4];         /* ISO3 */
    float lat, lon;
    uint32_t pop;
    uint32_t geonameid;
    uint16_t frank;     /* PPLC 5, PPLA 4, PPLA2 3, PPLA3-4 2, PPL* 1, 0 */
    uint16_t region;    /* 1: an ADM1 region (feature code ADM1), not a town */
} lx_gplace;

/* a lower-case place name and the places that bear it */
typedef struct lx_gname {
    uint32_t str;   /* string: lower-case normalised name */
    uint32_t first; /* first slot in the name list */
    uint32_t count; /* places; a slot is place id | 1u<<31 for alternates */
    uint32_t hash;  /* low 32 bits of dy_hash */
} lx_gname;

#define LX_GALT 0x80000000u

/* what `lexicon compile` derives from the phrases for the actors stage
 * (lexicon/tables.c), one record of the image, so that no run builds it */
#define LX_NAMES_MAX 4096 /* one-word names a misspelling may stand for */
#define LX_AGENTS_MAX 128 /* distinct agent codes */
/* lx_tables.options: "option dyads-only": an event needs a source and a
 * target, as TABARI and PETRARCH2 code (an imported lexicon on its own) */
#define LX_OPT_DYADS_ONLY 1u
/* "option compound-modifiers": a member of a coordination of actors may
 * have lower-case modifiers before it ("Fornost and the evil awful
 * Gondor"), as TABARI's adjectives and PETRARCH2's noun phrases allow */
#define LX_OPT_COMPOUND_MODIFIERS 2u
/* "option first-actor-source": a verb's source is the first actor of its
 * subject's noun phrase, and before the pattern's words when they hold its
 * target, as TABARI and PETRARCH2 read it (events/foreign.c) */
#define LX_OPT_FIRST_ACTOR_SOURCE 4u
/* "option agent-over-list": an agent before "of", "from" or "in" and a
 * list of actors goes with each member ("the ambassadors of Arnor,
 * Osgiliath and Gondor": ARNGOV, OSGGOV, GONGOV), as PETRARCH2 reads one
 * noun phrase per member (events/foreign.c) */
#define LX_OPT_AGENT_OVER_LIST 8u
/* "option form-first": of two verb patterns of equal length, the one whose
 * verb is written as the token's own form wins over one reached through
 * its lemma ("met": MET [031:032], not MEET [031]), as TABARI and
 * PETRARCH2 key their verbs by form (match/patterns.c) */
#define LX_OPT_FORM_FIRST 16u
/* "option possessor-agent": the source "Ithilen's awful minister
 * Calimehtar" is the possessor's actor with the agent of the noun it owns
 * (ITHGOV), as PETRARCH2's noun phrase composes them (events/foreign.c) */
#define LX_OPT_POSSESSOR_AGENT 32u
/* "option free-gaps": a verb pattern's words after the verb may stand any
 * number of tokens apart inside the clause (dyad: 3), as TABARI's and
 * PETRARCH's blank between two words allows ('_' joins them) */
#define LX_OPT_FREE_GAPS 64u
/* "option underscore-joins": a '_' between two words of the text joins
 * them ("the Prince of Dol_Amroth": the name DOL AMROTH), as TABARI and
 * PETRARCH2 read their connector in the text (text/joins.c, api.c) */
#define LX_OPT_UNDERSCORE_JOINS 128u
/* "option prefix-stems": a word dyad knows in no form reads as the
 * longest stem it begins with ("Eriadori": eriador*), as TABARI's root
 * without '_' matches any word that begins with it (words/words.c) */
#define LX_OPT_PREFIX_STEMS 256u
/* set by the compiler, not by an "option" line: a name has a gap
 * (LX_PF_NAME_GAPS), so the matcher asks the kind index for LX_GAP */
#define LX_OPT_NAME_GAPS 512u
/* "option default-source CODE prior": TABARI's DEFAULT source with PRIOR,
 * the source only before the verb (emit/emit.c); without it, a verb with
 * no source before it takes the first actor after it */
#define LX_OPT_DEFAULT_PRIOR 1024u
/* "option default-target CODE after": TABARI's DEFAULT target with AFTER,
 * the target only after the verb; without it, a verb with no target takes
 * the second member of a compound source */
#define LX_OPT_DEFAULT_AFTER 2048u
/* "option forward": TABARI's FORWARD, a pronoun subject that opens its
 * sentence is the first actor of the sentence before (events/foreign.c) */
#define LX_OPT_FORWARD 4096u
/* "option pronouns": TABARI's pronouns, a subject or object pronoun is
 * the sentence's first actor before it, not in a list for he, she, it,
 * him and her, the first list for they and them (events/foreign.c) */
#define LX_OPT_PRONOUNS 8192u
/* "option keep-negated": an event dyad reads as negated is emitted, with
 * status negated, as TABARI codes a verb whatever "not" stands before it
 * unless a pattern names the "not" ("- NOT *  [112]"; emit/emit.c) */
#define LX_OPT_KEEP_NEGATED 16384u
/* "option verb-nouns": a noun a verb pattern keys is that verb where
 * TABARI reads it as one, the sentence's first verb, no "a", "an" or
 * "the" before it and not capitalized ("postponed their meeting": MEET;
 * events/foreign.c) */
#define LX_OPT_VERB_NOUNS 32768u
/* "option comma MIN-MAX EMIN-EMAX BMIN-BMAX" (or "off"): TABARI's COMMA,
 * comma-delimited clauses of those lengths eliminated (lx_tables.comma)
 * and the rest of the sentence read as one clause across its commas
 * (events/foreign.c) */
#define LX_OPT_COMMA 65536u
/* "option code-all": TABARI's "SET: CODE ALL", every verb of a clause
 * codes, a noun TABARI reads as a verb too wherever it stands
 * (events/foreign.c) */
#define LX_OPT_CODE_ALL 131072u
/* "option code-by-sentence": TABARI's "SET: CODE BY SENTENCE", only the
 * sentence's first verb codes (events/foreign.c) */
#define LX_OPT_CODE_BY_SENTENCE 262144u
/* "option compound-mutual": TABARI's '%' after the verb ("- HAS * WITH
 * %"): the coordination it matched is source and target, its members act
 * with each other (events/foreign.c, emit/emit.c) */
#define LX_OPT_COMPOUND_MUTUAL 524288u
/* "option agent-groups": TABARI's agents of several groups ("~GOVPRS")
 * and before the country ("NGM~"), composed as TABARI composes them: each
 * group of the agent not already at a group's place in the code goes
 * after it, or before it (actors/groups.c) */
#define LX_OPT_AGENT_GROUPS 1048576u
/* "option all-caps": TABARI's all-capital detection, a text in capitals
 * only is read in lower case (text/caps.c, api.c) */
#define LX_OPT_ALL_CAPS 2097152u
/* "option clause-source": TABARI's source of a verb in a clause that
 * "that", "after" and the other subordinators open, the first actor of
 * its clause before them, the subordinate subject its target when none
 * follows the verb in its clause (events/foreign.c) */
#define LX_OPT_CLAUSE_SOURCE 4194304u
#define LX_OPT_ALL 8388607u
typedef struct lx_tables {
    uint32_t names_first[27]; /* start of each letter's names (a-z) in the
                                 names section; [26] = their count */
    uint32_t nagents;         /* agent codes in agents */
    uint32_t options;         /* LX_OPT_*: "option" lines of the sources */
    uint32_t discards;        /* its `verb discard` patterns: with none, no
                                 sentence is looked through for one */
    char agent_alone[4];      /* "option agent-alone P": P before an agent
                                 code with no country ("~" TABARI, "---"
                                 PETRARCH2), "" when none */
    char agents[LX_AGENTS_MAX][4]; /* the three-letter codes of agent
                                      phrases, first seen first */
    uint8_t country[2200];    /* bit per code AAA..ZZZ (2197 bytes used): a
                                 code of a country phrase */
    char default_source[16];  /* "option default-source CODE": the source
                                 of a verb whose source is not found
                                 (TABARI's DEFAULT), "" when none */
    char default_target[16];  /* "option default-target CODE": its target */
    uint8_t comma[8];         /* "option comma": the words of a clause
                                 eliminated inside the sentence (MIN, MAX),
                                 at its end (EMIN, EMAX), at its start
                                 (BMIN, BMAX); then 2 bytes of 0 */
} lx_tables;

#define LX_REMAP_FAMILIES 32 /* at least DY_RM_COUNT (lexicon/names.c) */

/* the remap entries by family, derived by compile (lexicon/image.c
 * dy_image_index; one record of the image): family f's entry ids are
 * remap_ids[at[f] .. at[f + 1]), ordered by their keys' first two bytes
 * (table order among equal ones); star[f] is the CAMEO row its "*" entry
 * maps to (the first), LX_NONE when it has none; roots[f]
 * has bit r set when a key of family f may prefix a code of root r (its
 * first two digits; every bit for a key shorter or not of digits), so a
 * code of another root is answered without the walk */
typedef struct lx_remaps {
    uint32_t at[LX_REMAP_FAMILIES + 1];
    uint32_t star[LX_REMAP_FAMILIES];
    uint32_t roots[LX_REMAP_FAMILIES];
} lx_remaps;

struct dyad_lexicon {
    dy_mem mem;
    void *image;        /* the whole image: mmap'd or owned */
    size_t image_len;
    int is_mapped;
    const char *strings;
    uint32_t strings_len;
    const lx_word *words;
    uint32_t nwords;
    const uint32_t *hash; /* open addressing, word id + 1, 0 = empty */
    uint32_t hash_cap;    /* power of two */
    const lx_phrase *phrases;
    uint32_t nphrases;
    const uint32_t *pwords;
    uint32_t npwords;
    const uint32_t *pindex;
    uint32_t npindex;
    /* the phrase index by second word and kind: word w's slice
     * [phr_first, phr_first + phr_count) holds an entry for each of its
     * phrases, sorted by second word (LX_NONE last), then kind, then
     * source order, so that a look-up reads only the phrases whose second
     * word the next token has, and tests their kind before reading them */
    const lx_kentry *kindex;
    const lx_cameo *cameo;
    uint32_t ncameo;
    const lx_gplace *gplaces;
    uint32_t ngplaces;
    const lx_gname *gnames;
    uint32_t ngnames;
    const uint32_t *gnhash; /* gname id + 1, 0 empty; power of two */
    uint32_t gnhash_cap;
    const uint32_t *gnlist;
    uint32_t ngnlist;
    const lx_entry *entries; /* remaps and country properties */
    uint32_t nentries;
    const lx_tables *tables; /* derived by compile (lexicon/tables.c) */
    const uint32_t *names;   /* word ids of one-word country, capital,
                                demonym and actor names of 6+ letters, by
                                first letter, then length, then id */
    const uint8_t *names_len; /* their lengths in bytes (255: longer) */
    const uint64_t *names_letters; /* their bytes as sets (lx_letters) */
    uint32_t nnames;
    /* the remap entries by family, derived by compile (dy_lexicon_remap
     * looks at one family's entries, not the whole table): family f's
     * entry ids are remap_ids[remaps->at[f] .. remaps->at[f + 1]) */
    const lx_remaps *remaps;
    const uint32_t *remap_ids;
    const char *remap_star[LX_REMAP_FAMILIES]; /* a family's "*" code, set
                                                  at load from remaps */
    /* a bit per code AAA..ZZZ (as lx_tables.country): one of the agent
     * codes (tables->agents), set at load from them; dy_is_agent_code,
     * asked at every mention, reads a bit instead of the list */
    uint8_t agent_bits[2200];
    /* the CAMEO rows in the order of their codes (then of the rows),
     * derived by compile: dy_lexicon_cameo searches it instead of every
     * row (ncameo entries) */
    const uint32_t *cameo_order;
    /* the verb index (lx_vslice): word w's verb and null patterns are
     * vslices[vslot[w]], LX_NONE when it keys none */
    const uint32_t *vslot; /* nwords */
    const lx_vslice *vslices;
    uint32_t nvslices;
    const lx_kentry *vindex;
    uint32_t nvindex;
    /* what follows word w's first word in the phrases it keys
     * (lx_pnext): dy_match_longest passes w over unread where none of
     * its phrases can start */
    const lx_pnext *pnext; /* nwords */
    /* the noun index (lx_ngroup): word w's noun patterns are
     * nslices[nslot[w]], LX_NONE when it keys none */
    const uint32_t *nslot; /* nwords */
    const lx_vslice *nslices;
    uint32_t nnslices;
    const uint32_t *nindex;
    uint32_t nnindex;
    /* the first words of the GeoNames names of two words or more
     * (dy_gaz_first_words): 2 bits a slot, 32 slots a word; ngnfirst 0
     * or a power of two (0: no table, every name is looked for) */
    const uint64_t *gnfirst;
    uint32_t ngnfirst;
    /* the pairs of a key word and a second word of the phrases of two
     * words or more (dy_phrase_pair_may): a bit a pair by a hash, 64 bits
     * a word; nppairs 0 or a power of two (0: no table, every pair may) */
    const uint64_t *ppairs;
    uint32_t nppairs;
    /* how each word counts among the words ahead of a verb
     * (LX_AHEAD_WORD, LX_AHEAD_SLOTS) */
    const uint8_t *ahead; /* nwords */
    /* each word's share of the words ahead as ahead says (its filter
     * bits and slots, or none): what the fill ORs in (dy_lexicon_shares) */
    const lx_ahead *shares; /* nwords */
};

/* string at an offset of the string pool ("" for 0) */
static inline const char *lx_str(const dyad_lexicon *lx, uint32_t off)
{
    return lx->strings + off;
}

/* the CAMEO code of phrase p (a verb or noun pattern) */
static inline const char *lx_phrase_cameo(const dyad_lexicon *lx,
                                          const lx_phrase *p)
{
    return lx_str(lx, lx->cameo[p->cameo].code);
}

#endif
