/*
 * doc.h - the per-document working state that the stages after text share:
 * analysed tokens (words), actor mentions and places (actors), candidate
 * events (events, claims). It lives in the coder and is reset, not freed,
 * between documents.
 */
#ifndef DYAD_DOC_H
#define DYAD_DOC_H

#include "internal.h"
#include "lexicon/lexicon.h"
#include "text/text.h"

#include <stddef.h>
#include <string.h>

enum {
    TAG_PUNCT = 1,
    TAG_NUM,
    TAG_DET,
    TAG_PREP,
    TAG_PRON,
    TAG_AUX,
    TAG_MODAL,
    TAG_CONJ,
    TAG_SUB,
    TAG_NEG,
    TAG_TO,
    TAG_POSS,
    TAG_PROPN,
    TAG_NOUN,
    TAG_VERB,
    TAG_ADJ,
    TAG_ADV
};

typedef struct dy_token {
    /* the word's analysis, read from its lower-case form alone: the first
     * DY_TOKEN_WORD bytes, in the order the word cache keeps them
     * (dy_wcache.word), so a cache hit is one copy */
    /* a phrase of two words or more can start here only where the next
     * token's self meets this token's follow: the second words of the
     * phrases its forms key (lx_pnext.next) and its forms themselves
     * (LX_GAP too, in a lexicon with names with gaps; none for
     * punctuation), each a filter folded to 64 bits (bit h & 63) */
    uint64_t follow, self;
    uint32_t wid;        /* word id or LX_NONE */
    uint32_t vlem, nlem; /* lemma word ids or LX_NONE */
    uint32_t pos;        /* POS_* possibilities */
    uint16_t kinds;      /* phrase kinds keyed by any of its forms, and
                            DY_KIND_AHEAD */
    uint16_t one;        /* kinds of the one-word phrases its forms key (a
                            place by its form only; no noun pattern) */
    uint8_t is_part;     /* verb form is a past participle / -ed form */
    /* the tag (TAG_*) of a token of this form with no capital wherever
     * it stands, or 0 where its neighbours decide (words.c alone_tag),
     * with DY_ALONE_ACTOR */
    uint8_t alone;
    /* (the analysis ends here) */
    uint8_t type, flags; /* TT_*, TF_* */
    uint8_t tag;         /* TAG_* */
    uint8_t scope;       /* SC_* (clauses.h): the clause it belongs to */
    uint16_t lower_len;  /* (forms are cut at 1,023 bytes: DY_LOWER_MAX) */
    uint32_t start, len; /* bytes in the text */
    uint32_t lower;      /* offset of the lower-case form in coder->lower */
    int32_t mention;     /* mention covering it, or -1 */
    int32_t place;       /* place covering it, or -1 */
} dy_token;

/* A bit of dy_token.pos that is no part of speech (the lexicon's stop at
 * bit 17, and LX_WORD_STEM, bit 31, is never a token's): the word's forms
 * key no phrase of an actor's kinds (country, demonym, capital, actor,
 * agent), it is not "two" or "both", and its form names no organisation
 * again ("the group": dy_org_noun_form; other class words, "on", "was",
 * have the bit); punctuation has it too. Such a token with no capital or
 * shape starts no actor atom and no mention (actors.c find_atoms): set
 * once a word form by the word
 * analysis (and its cache), so that the actors' walk reads one bit. */
#define DY_POS_NO_ACTOR (1u << 30)
/* The same answer in dy_token.alone, above the tags: set where
 * DY_POS_NO_ACTOR is not. Next to the token's type and flags, so that
 * the actors' walk reads the three in one load (actors.c find_atoms). */
#define DY_ALONE_ACTOR 0x80u
/* Another such bit: the word's lower-case form holds a hyphen after its
 * first byte with a byte after it ("us-led", "afghan-born"), where a
 * country's prefix may be read (actors/unknown.c dy_actors_hyphen_prefix,
 * asked only then); most shaped words have periods, apostrophes or
 * another script instead. */
#define DY_POS_HYPHEN (1u << 29)
/* A third: the word may open a clause by its form (clauses.c
 * word_may_open): its form is a word of the condition, time, reason or
 * relative classes, or "as", "provided" or "providing". Set once a word
 * form by the word analysis, so that the clause walk tests one bit of
 * each token where it read the word's classes from the lexicon. */
#define DY_POS_MAY_OPEN (1u << 23)

/* the parts of speech of a word that starts no place name in lower-case
 * text (a common or closed-class word: "said", "the") */
#define DY_POS_NOT_NAME                                                     \
    (POS_N | POS_V | POS_A | POS_R | POS_DET | POS_PREP | POS_PRON |      \
     POS_CONJ | POS_SUB | POS_BE | POS_HAVE | POS_MODAL | POS_TIME |      \
     POS_NEG | POS_NUMW)

/* A fourth: the word's lower-case form starts no GeoNames name (no name
 * is the form, and the table of first words, dy_gaz_first_words, says no
 * longer one starts with it), so that the place look-ups (place/mentions.c
 * gazetteer_name, dy_place_peek_uncased_word) pass over it before hashing
 * it. Set once a word form by the word analysis, for forms with none of
 * DY_POS_NOT_NAME's parts of speech (the only ones those look-ups ask
 * about); a token without it is looked up as before. */
#define DY_POS_NO_GAZ (1u << 18)
/* A fifth: the word "last", or a number (TT_NUM) whose lower-case form
 * has four bytes, what the dates' walks for "last week" and a year's four
 * digits read (dates.c sentence_date, year_number): a sentence whose
 * tokens' bits (c->sent_pos) lack it is not walked for them. Set once a
 * word form by the word analysis: a form's token type is the form's, and
 * a number of four bytes of text has a form of four bytes (a number's
 * only bytes of another script are its inner hyphens, U+2010 and U+2011,
 * of three bytes each between two digits: no room for one in four). */
#define DY_POS_NUM_LAST (1u << 22)
_Static_assert((DY_POS_NUM_LAST &
                (DY_POS_NO_ACTOR | DY_POS_HYPHEN | DY_POS_MAY_OPEN |
                 DY_POS_NO_GAZ | LX_WORD_STEM | ((POS_TIME << 1) - 1))) == 0,
               "DY_POS_NUM_LAST takes a bit of pos no one else does");
/* A sixth: the word "no", "nobody" or "none", the quantifiers of a
 * subject that is nobody ("No one was hurt", "Nobody was arrested",
 * "none of the protesters"), what claims.c no_subject reads: a sentence
 * whose tokens' bits (c->sent_pos) lack it has no such subject, and is
 * not walked for one. Set once a word form by the word analysis, from
 * the form's lower-case bytes (POS_NEG, which "no" also has, is the
 * lexicon's, and "not" and "never" have it too). */
#define DY_POS_NOBODY (1u << 19)
_Static_assert((DY_POS_NOBODY &
                (DY_POS_NO_ACTOR | DY_POS_HYPHEN | DY_POS_MAY_OPEN |
                 DY_POS_NO_GAZ | DY_POS_NUM_LAST | LX_WORD_STEM |
                 ((POS_TIME << 1) - 1))) == 0,
               "DY_POS_NOBODY takes a bit of pos no one else does");

/* the bytes of a token's analysis (dy_token) */
#define DY_TOKEN_WORD offsetof(dy_token, type)
_Static_assert(offsetof(dy_token, type) == offsetof(dy_token, alone) + 1 &&
                   offsetof(dy_token, flags) == offsetof(dy_token, alone) + 2,
               "a token's alone, type and flags are adjacent bytes");
_Static_assert(TAG_ADV < DY_ALONE_ACTOR, "the tags fit below DY_ALONE_ACTOR");
_Static_assert(sizeof(dy_token) == 64,
               "a token is 64 bytes: the hot loops walk arrays of them");
/* a bit of a token's kinds that is no phrase kind: one of its forms
 * counts among the words ahead of a verb (dyad_lexicon.ahead not 0), set
 * with the kinds by the word analysis, once a form; filling the words
 * ahead passes the other tokens over (match/patterns.c fill_ahead) */
#define DY_KIND_AHEAD 15
_Static_assert(LX_KIND_MAX <= DY_KIND_AHEAD,
               "a token's kinds are 16 bits, DY_KIND_AHEAD the last");
_Static_assert(DY_TOKEN_WORD == 2 * 8 + 4 * 4 + 2 * 2 + 2,
               "a token's analysis has no padding: it is copied and compared "
               "whole");

/* how a mention's name the lexicon lacks was read (dy_mention.origin),
 * for the report of unknown actors (dyad_result_unknown) */
enum {
    DY_ORIGIN_LEXICON = 0, /* every name in it is the lexicon's */
    DY_ORIGIN_SHAPE,       /* an organisation by shape ("the Kano Traders
                              Union") */
    DY_ORIGIN_TITLE,       /* a person named after a title or role
                              ("General Ahmed Musa") */
    DY_ORIGIN_APPOSITION,  /* a person named before an apposition that says
                              who he is ("Kenzo Oshima, the UN ...") */
    DY_ORIGIN_MISSPELT     /* a word one edit from a lexicon name */
};

/* where a bare role's inferred country came from (dy_mention.country_from;
 * actors/context.c context_country tries them in this order) */
enum {
    DY_CTRY_STATED = 0,  /* not inferred */
    DY_CTRY_PLACE,       /* a place it stands in or that names it */
    DY_CTRY_POSSESSED,   /* "their troops": the sentence's other actors */
    DY_CTRY_SAME_ROLE,   /* an earlier mention of the same role */
    DY_CTRY_UNCASED,     /* a lower-case document's country */
    DY_CTRY_DOCUMENT,    /* the document's dominant country so far */
    DY_CTRY_OTHERS,      /* the sentence's other actors, when they agree */
    DY_CTRY_PLACE_AFTER  /* a place after it */
};

typedef struct dy_mention {
    uint32_t first, end;  /* tokens [first, end) */
    char code[16];        /* composed actor code, "" when none */
    int32_t coord;        /* first mention of its coordination, or -1 */
    int32_t coord_next;   /* next mention in the coordination, or -1 */
    uint8_t negated;      /* "neither X nor Y" */
    uint8_t is_person;
    uint8_t country_inferred; /* the country of code is the context's, not
                                 stated ("Police in Lagos": NGACOP) */
    uint8_t country_from; /* DY_CTRY_*: which context gave it */
    uint8_t origin;       /* DY_ORIGIN_*: how its unknown name was read */
    uint8_t named_body;   /* a named non-state body the lexicon codes with
                             no country ("the Red Cross": NGO): the
                             context gives it none */
    uint32_t name_first, name_end; /* tokens of that name (origin set);
                                      a person remembered from an earlier
                                      sentence: where it was introduced */
    uint32_t via;         /* the phrase that read it: the class or agent of
                             the role (shape, title), the lexicon name one
                             edit away (misspelt); else LX_NONE */
    char agent_code[16];  /* an agent alone under option agent-groups: its
                             code as written ("MOSREB", "NGM~"), else "" */
} dy_mention;

typedef struct dy_placem {
    uint32_t first, end; /* tokens */
    uint32_t phrase;     /* the place or country phrase, or LX_NONE */
    uint32_t gaz;        /* the gazetteer place, or LX_NONE */
    uint8_t unresolved;  /* a place name neither source knows */
    int32_t parent;      /* for an unresolved one: "X, Region", or -1 */
} dy_placem;

/* a match of a lexicon phrase against tokens */
typedef struct dy_match {
    uint32_t phrase;
    uint32_t first, end;  /* tokens covered */
    uint32_t slot;        /* token where the target is sought, or LX_NONE */
} dy_match;


/* a person named in the document, remembered for later bare mentions */
typedef struct dy_person {
    char name[48]; /* surname, lower case */
    char code[16];
    uint8_t country_inferred; /* its country came from context */
    uint8_t origin;           /* DY_ORIGIN_* of the mention naming it */
    uint8_t is_org;           /* an organisation or a pair named again
                                 (dy_ctx.orgs), never one person */
    uint32_t name_first, name_end, via; /* that mention's (dy_mention) */
} dy_person;

#define DY_ORG_MEMO 32
/* the misspelt-name searches dy_ctx.misspelt keeps, and the longest word
 * searched (40 bytes) with its NUL. (4,096 slots, 192 KB: a word pushed
 * out of its slot by another is searched again, and the corpus's words
 * were searched 5,180 times with 1,024 slots, 4,348 with 4,096; a coder
 * this large is calloc'd from fresh zero pages, not cleared by memset.) */
#define DY_MISSPELT_MEMO 4096
#define DY_MISSPELT_LEN 41

/* the one-word phrase look-ups dy_ctx.one_memo keeps (match.h
 * dy_match_one_kept, and dy_match_longest's for every stage), slots of
 * 24 bytes (96 KB; on the corpus 2,048 slots took 0.96 M more
 * instructions, 8,192 0.42 M fewer) */
#define DY_ONE_MEMO 4096

/* the tokens of a sentence whose capitalised words dy_ctx.caps marks
 * (a longer sentence's later tokens are tested one by one) */
#define DY_CAPS_MEMO 512
/* verb patterns whose remaps taken_patient remembers (dy_ctx.taken) */
#define DY_TAKEN_MEMO 512
/* the kinds of organisation a noun may name again (grammar classes
 * kind-igo, kind-armed, kind-party) */
enum { DY_KIND_NONE, DY_KIND_IGO, DY_KIND_ARMED, DY_KIND_PARTY };

/* the countries of a document's earlier sentences, for a role with no
 * country (actors/context.c) */
typedef struct dy_doc_countries {
    char cc[32][4];
    uint32_t count[32];
    uint32_t last[32];    /* when last seen (tick) */
    int n;
    uint32_t tick;
    size_t mentions_seen; /* mentions and places counted so far */
    size_t places_seen;
    int is_uncased;       /* the document is written in lower case */
    char uncased_cc[4];   /* then: the country its names name, or "" */
} dy_doc_countries;

/* a conflict dyad seen in the document (for inferring attackers) */
typedef struct dy_dyad {
    char source[16];
    char target[16];
    uint32_t first, end; /* tokens of the evidence */
} dy_dyad;

/* a cache of word analyses (form -> ids, lemmas, POS); lexicon-derived
 * only, so it stays valid across documents. Sets of DY_WCACHE_WAYS
 * entries, the one read last first (words.c to_front): a form whose hash
 * shares its set with another common word's does not evict it */
#define DY_WCACHE_SIZE 32768
#define DY_WCACHE_WAYS 4
_Static_assert((DY_WCACHE_SIZE & (DY_WCACHE_SIZE - 1)) == 0 &&
                   (DY_WCACHE_WAYS & (DY_WCACHE_WAYS - 1)) == 0 &&
                   DY_WCACHE_SIZE % DY_WCACHE_WAYS == 0,
               "the word cache's sets are found by masking the hash");
#define DY_WCACHE_FORM 24
typedef struct dy_wcache {
    uint64_t key; /* the form's hash (32 bits) and its length above them:
                     one compare asks both */
    char form[DY_WCACHE_FORM];
    unsigned char word[DY_TOKEN_WORD]; /* the analysis of a token of the
                                          form: its first DY_TOKEN_WORD
                                          bytes (dy_token) */
} dy_wcache;

/* the state every stage after text works on, one document at a time */
typedef struct dy_ctx {
    const dyad_lexicon *lx;
    const dyad_options *opts;
    const char *text; /* the document text (owned by the result) */
    size_t text_len;
    int32_t date;     /* yyyymmdd or 0 */
    dy_token *tok;    /* analysed tokens of the whole document */
    size_t ntok;
    dy_buf lower;     /* lower-case forms, NUL-separated */
    dy_vec mentions;  /* dy_mention, whole document */
    dy_vec places;    /* dy_placem, whole document */
    dy_vec persons;   /* dy_person */
    dy_vec dyads;     /* dy_dyad */
    uint32_t *mark;   /* per token scratch: consumed by a pattern */
    lx_ahead *ahead;  /* per token scratch: the words after it in its
                         sentence up to the first punctuation no pattern
                         reads past that a verb pattern reads after its
                         verb, and the slots they fill (events.c) */
    /* ahead[] is filled from the sentence's end back to the first token
     * a verb pattern is tried at, on first need (dy_match_prepare);
     * `ahead_fill` points at `ahead_state`, so the matchers, which read a
     * const dy_ctx, can move it */
    struct dy_ahead_fill {
        uint32_t first, lo, end; /* the sentence's first token and its
                                    end; ahead[lo..end) is filled (32
                                    bits: dy_ctx keeps its layout) */
        lx_ahead acc;     /* the words of tokens [lo, the first such
                             punctuation at or after lo) */
    } ahead_state, *ahead_fill;
    dy_wcache *wcache; /* DY_WCACHE_SIZE entries, or NULL */
    /* countries seen so far, for choosing among same-named places:
     * places of earlier sentences, and actors (bounded sets) */
    char place_cc[32][4];
    int nplace_cc;
    char actor_cc[32][4];
    int nactor_cc;
    dy_doc_countries dcc;   /* countries of earlier sentences */
    /* ids of the function words the rules name (grammar, not lexicon:
     * the word lists a lexicon author may edit are classes) */
    uint32_t w_by, w_of, w_in, w_near, w_at, w_on, w_against, w_with, w_to,
        w_and, w_or, w_nor, w_neither, w_the, w_between, w_since, w_from,
        w_into, w_toward, w_towards, w_over, w_around, w_according, w_outside,
        w_for, w_have, w_comma, w_that, w_alongside, w_together, w_two,
        w_both, w_had, w_were, w_should;
    /* (last: the fields above keep their places, which the hot paths
     * are sensitive to, docs/performance.md)
     * organisations named in this document, which a head noun or a noun
     * of their kind may name again ("the Council", "the bloc"): the latest
     * DY_ORG_MEMO (actors/actors.c), with their head noun (LX_NONE: none
     * of class anaphor-org) and kind (DY_KIND_*) */
    dy_person orgs[DY_ORG_MEMO];
    uint32_t org_word[DY_ORG_MEMO];
    uint8_t org_kind[DY_ORG_MEMO];
    uint32_t norgs; /* written so far; slot norgs % DY_ORG_MEMO is next */
    /* the capitalised words (TT_WORD with TF_CAP) of the sentence
     * [caps_first, caps_end), where the actors and place stages look for
     * names that start with one: bit k of caps[k / 64] for token
     * caps_first + k, the first DY_CAPS_MEMO tokens (place/capitals.c) */
    uint64_t caps[DY_CAPS_MEMO / 64];
    size_t caps_first, caps_end;
    /* the captive and occupation remaps of verb patterns' codes, one
     * phrase's in entry phrase % DY_TAKEN_MEMO, keyed by phrase + 1 (0:
     * none yet): events/verbs.c taken_patient asks them for every verb
     * event, and a lexicon's answer for a phrase does not change */
    struct dy_taken_memo {
        uint32_t key;
        const char *person, *place;
    } taken[DY_TAKEN_MEMO];
    /* the misspelt-name searches of unknown capitalised words, kept for
     * the coder's life (what a word misspells depends on the lexicon
     * alone): DY_MISSPELT_MEMO slots by a hash of the word
     * (actors/unknown.c) */
    struct dy_misspelt_memo {
        char w[DY_MISSPELT_LEN]; /* the lower-case word, "" when empty */
        uint32_t found;          /* the word it misspells, or LX_NONE */
    } misspelt[DY_MISSPELT_MEMO];
    /* the longest phrases of a word form where no phrase of two words
     * can start (match.h dy_match_one_kept, and match/phrases.c
     * dy_match_longest where no pair of words follows), kept for the
     * coder's life by the form's word ids and the kinds asked (kinds 0:
     * empty): the answer depends on the lexicon, and on the document's
     * date only where one of the form's one-word phrases is dated (then
     * `dated`, and `date` holds it). DY_ONE_MEMO slots outside this
     * struct (api.c puts them after the word cache's entries): the stages
     * that ask hold the coder const, and a cache of the lexicon's answers
     * that no caller sees is written through the pointer */
    struct dy_one_memo {
        uint32_t wid, vlem, nlem;
        uint32_t pid;
        int32_t date;
        uint16_t kinds;
        uint8_t len, dated;
    } *one_memo;
    /* the union of the kinds and of the POS_* bits of the tokens of the
     * sentence being coded, set by the clause walk (dy_clauses_sentence),
     * which reads every token before the stages after it: a stage that
     * looks for a word of a kind asks these before walking the sentence */
    uint32_t sent_kinds, sent_pos;
    /* what the complements of claims (claims/complements.c) ask of a
     * code by its two-digit root r (10 * d1 + d2 of its first two digits),
     * read from the lexicon's remaps on first need (they depend on the
     * lexicon alone): families[r], the complement families (bit i for
     * the i-th) whose generic code may head or cover a code of root r;
     * topic[r], whether a topic family (data/remap.lex topic-*) has a key
     * for one */
    struct dy_code_roots {
        uint8_t families[100];
        uint8_t topic[100];
        int read;
    } roots;
    /* the place stage's look-ups at the capitalised words of sentence
     * [first, end) as the actors' context made them (place/mentions.c
     * dy_place_peek_sentence), when `valid`: the place stage asks the
     * same words again. Bit k of `lex` (of `gaz`) says token first + k,
     * one of the first DY_CAPS_MEMO, holds its lexicon place (its
     * GeoNames name). The context empties them on its first look at a
     * sentence and drops them at every sentence (place.h). */
    struct dy_place_memo {
        size_t first, end;
        int valid;
        uint64_t lex[DY_CAPS_MEMO / 64], gaz[DY_CAPS_MEMO / 64];
        uint32_t pid[DY_CAPS_MEMO]; /* the lexicon place or LX_NONE */
        uint32_t gn[DY_CAPS_MEMO];  /* the GeoNames name (gn_n words) */
        uint8_t pid_len[DY_CAPS_MEMO]; /* the place's tokens */
        uint8_t capital[DY_CAPS_MEMO]; /* a capital left to GeoNames */
        uint8_t gn_n[DY_CAPS_MEMO];    /* 0: no GeoNames name */
    } place_memo;
} dy_ctx;

static inline int dy_tok_has(const dy_token *t, uint32_t w)
{
    return w != LX_NONE && (w == t->wid || w == t->vlem || w == t->nlem);
}

static inline const char *dy_tok_lower(const dy_ctx *c, const dy_token *t)
{
    return c->lower.data + t->lower;
}

/* is the token's lower-case form the word (a literal: "as", "last")?
 * The length first, so most tokens are turned away unread; the same as a
 * strcmp of the form, which holds no NUL */
#define dy_tok_is(c, t, word)                                               \
    ((t)->lower_len == sizeof word - 1 &&                                   \
     !memcmp(dy_tok_lower((c), (t)), word, sizeof word - 1))

/* does the token's lower-case form end in suffix (a literal: "ing", "ed")
 * and have more than min_len bytes? ("-ing" forms: gerunds and present
 * participles) */
#define dy_tok_ends(c, t, suffix, min_len)                                   \
    ((t)->lower_len > (min_len) && (t)->lower_len >= sizeof suffix - 1 &&    \
     !memcmp(dy_tok_lower((c), (t)) + (t)->lower_len - (sizeof suffix - 1),   \
             suffix, sizeof suffix - 1))

/* does token t fill pattern word w: the word (form or lemma), or for a
 * typed slot ("&person") a word of the slot's class (form or lemma)? */
static inline int dy_tok_fills(const dy_ctx *c, const dy_token *t,
                               uint32_t w)
{
    if (!lx_is_slot(w))
        return dy_tok_has(t, w);
    uint32_t k = w - LX_SLOT_BASE, bit = 1u << (k & 31), at = k >> 5;
    const lx_word *words = c->lx->words;
    /* (a typed slot names things: an "-ing" form fills it by its form or
     * noun lemma, not by its verb's, "denied shelling" is no "shell") */
    return (t->wid != LX_NONE && (words[t->wid].slots[at] & bit)) ||
           (t->nlem != LX_NONE && (words[t->nlem].slots[at] & bit)) ||
           (t->vlem != LX_NONE && (words[t->vlem].slots[at] & bit) &&
            !dy_tok_ends(c, t, "ing", 4));
}

enum {
    ST_ASSERTED = 0,
    ST_REPORTED,
    ST_CONFIRMED,
    ST_DENIED,
    ST_HYPOTHETICAL,
    ST_FUTURE,
    ST_NEGATED,
    ST_EMBEDDED /* told inside a subordinate clause or a request */
};

/* an event candidate: found by events, qualified by claims, emitted by api */
/* dy_cand.tgt_from_place: 1 the act's own ground (assaults, protests),
 * TGT_PLACE_ADJUNCT where another act happens (a fallback target) */
enum { TGT_PLACE_ADJUNCT = 2 };

typedef struct dy_cand {
    uint32_t phrase;           /* the verb or noun pattern */
    uint32_t trig_first, trig_end; /* tokens the pattern matched */
    uint32_t head;             /* verb or head noun token */
    uint32_t sentence;         /* sentence index */
    uint32_t sent_first, sent_end; /* its tokens */
    int32_t src, tgt;          /* mention index or -1 */
    char src_code[16];         /* code when not from a mention (inferred) */
    char tgt_code[16];         /* code when from the place */
    uint32_t ctx_first, ctx_end; /* tokens the inference came from */
    uint8_t is_noun, passive, background, src_inferred;
    uint8_t src_unidentified;  /* src_code is UAF: no perpetrator named */
    uint8_t src_implied;       /* src_code is the agent the act implies */
    uint8_t src_sayer;  /* a noun's source is the subject of a say verb
                           whose object it is ("X said the attack ...") */
    uint8_t tgt_from_place; /* 0, 1, or TGT_PLACE_ADJUNCT */
    uint8_t place_loose; /* the place is the sentence's, not the clause's */
    uint8_t tgt_own_gov; /* tgt_code is the protesters' own government */
    uint8_t nonfinite;         /* infinitive or bare participle trigger */
    uint8_t src_np;            /* a noun's source is named in its own noun
                                  phrase ("Iran's rejection", "the
                                  withdrawal of Russian troops") */
    uint8_t src_subject;       /* a noun's source is the subject of the
                                  verb whose object it is ("the army
                                  ordered a blockade") */
    uint8_t by_means;          /* background: the event noun of its
                                  by-phrase codes it ("killed by shelling") */
    uint8_t scope;             /* SC_* of the trigger's clause */
    uint8_t status;            /* ST_* */
    uint8_t modal;             /* ST_HYPOTHETICAL ("wants X to") or 0 */
    uint8_t contest_kind;      /* 0, 1 denied, 2 not confirmed */
    int32_t place;             /* place index or -1 */
    int32_t attr;              /* attribution mention or -1 */
    uint32_t attr_first, attr_end; /* attribution words when no mention */
    int32_t contest[4];        /* mentions contesting it */
    uint8_t ncontest;
    long killed, injured;      /* -1 unknown */
    uint8_t killed_approx, injured_approx;
    uint8_t killed_cum, injured_cum; /* a running toll (counts.c) */
    uint32_t killed_first, killed_end, injured_first, injured_end;
    const char *cameo_override; /* "036" for a future meeting; the code of
                                   a candidate made by claims (016) */
    int32_t date;              /* yyyymmdd or 0 */
    int date_prec;             /* DY_PREC_* or 0 */
    uint8_t place_is_object;   /* a noun's place is what it acts on ("a
                                  strike on Kharkiv"), not where */
    uint32_t mood_from;        /* an adjunct participle's main verb + 1
                                  ("will hold a protest, protesting the
                                  law": its mood is the main verb's); 0
                                  when none */
} dy_cand;

/* is word id w (LX_NONE: no) a one-word member of built-in class cl? */
static inline int dy_word_in_class(const dy_ctx *c, uint32_t w, int cl)
{
    return w != LX_NONE &&
           (c->lx->words[w].classes[cl >> 5] >> (cl & 31) & 1u);
}

/* is the token's form a word of built-in class cl (DY_CL_*)? */
static inline int dy_in_class(const dy_ctx *c, int cl, const dy_token *t)
{
    return dy_word_in_class(c, t->wid, cl);
}

/* the same for the form or its noun lemma ("towns" is in a class of
 * "town") */
static inline int dy_in_class_noun(const dy_ctx *c, int cl, const dy_token *t)
{
    return dy_in_class(c, cl, t) || dy_word_in_class(c, t->nlem, cl);
}

/* the same for the form or its verb lemma ("agreed" of "agree") */
static inline int dy_in_class_verb(const dy_ctx *c, int cl, const dy_token *t)
{
    return dy_in_class(c, cl, t) || dy_word_in_class(c, t->vlem, cl);
}

/* Can the form of token t name an organisation again after "the" ("the
 * group", "the bloc"): is it a word of one of the classes
 * actors.c org_named_again reads? By its form alone: the word analysis
 * asks it once a form (DY_POS_NO_ACTOR). */
static inline int dy_org_noun_form(const dy_ctx *c, const dy_token *t)
{
    return dy_in_class(c, DY_CL_ANAPHOR_ORG, t) ||
           dy_in_class(c, DY_CL_KIND_IGO, t) ||
           dy_in_class(c, DY_CL_KIND_ARMED, t) ||
           dy_in_class(c, DY_CL_KIND_PARTY, t);
}

/* the same for the form or either lemma ("reported", "claims") */
static inline int dy_in_class_lemma(const dy_ctx *c, int cl,
                                    const dy_token *t)
{
    return dy_in_class_noun(c, cl, t) || dy_word_in_class(c, t->vlem, cl);
}

/* the head of mention m's coordination ("Russia and Iran": Russia), or m */
static inline int32_t dy_head_mention(const dy_ctx *c, int32_t m)
{
    const dy_mention *x = dy_vec_at(&c->mentions, (size_t)m);
    return x->coord >= 0 ? x->coord : m;
}

/* is code one of the lexicon's bare agent codes ("GOV", "MIL")? */
static inline int dy_is_agent_code(const dy_ctx *c, const char *code)
{
    if (!code[0] || !code[1] || !code[2] || code[3])
        return 0;
    /* (three capital letters, every code of the bundled lexicon: one bit
     * of the lexicon's agent_bits; another code is looked for in the
     * list) */
    if (code[0] >= 'A' && code[0] <= 'Z' && code[1] >= 'A' &&
        code[1] <= 'Z' && code[2] >= 'A' && code[2] <= 'Z') {
        int v = ((code[0] - 'A') * 26 + (code[1] - 'A')) * 26 +
                (code[2] - 'A');
        return c->lx->agent_bits[v >> 3] >> (v & 7) & 1;
    }
    const lx_tables *t = c->lx->tables;
    for (uint32_t i = 0; i < t->nagents; i++)
        if (t->agents[i][0] == code[0] && t->agents[i][1] == code[1] &&
            t->agents[i][2] == code[2])
            return 1;
    return 0;
}

/* is mention m a role as written ("the police", "a spokesman"), though
 * its country may have been taken from context? */
static inline int dy_mention_is_role(const dy_ctx *c, const dy_mention *m)
{
    return dy_is_agent_code(c, m->code) ||
           (m->country_inferred && dy_is_agent_code(c, m->code + 3));
}

/* CAMEO code, and root (1..20), of a candidate's pattern; a candidate the
 * claims stage made (a denial: its pattern is a say phrase, without a
 * code) has only its override (NULL: none) */
static inline const char *dy_cand_code(const dy_ctx *c, const dy_cand *k)
{
    const lx_phrase *p = &c->lx->phrases[k->phrase];
    return p->cameo != LX_NONE ? lx_str(c->lx, c->lx->cameo[p->cameo].code)
                               : k->cameo_override;
}

/* the code the candidate's act has now: an override a rule gave it (a
 * capture of a person read as a detention), else its pattern's */
static inline const char *dy_cand_act_code(const dy_ctx *c, const dy_cand *k)
{
    return k->cameo_override ? k->cameo_override : dy_cand_code(c, k);
}

/* the pattern's root was read from its code at compile (lx_cameo.root);
 * only an override, which has no record, is read here */
static inline int dy_cand_root(const dy_ctx *c, const dy_cand *k)
{
    const lx_phrase *p = &c->lx->phrases[k->phrase];
    if (p->cameo != LX_NONE)
        return c->lx->cameo[p->cameo].root;
    const char *code = k->cameo_override;
    return code ? (code[0] - '0') * 10 + (code[1] - '0') : 0;
}

/* the byte span of tokens [first, end) (empty when end <= first) */
static inline dyad_span dy_tokens_span(const dy_ctx *x, uint32_t first,
                                       uint32_t end)
{
    dyad_span sp = {0, 0};
    if (end > first) {
        sp.start = x->tok[first].start;
        sp.len = x->tok[end - 1].start + x->tok[end - 1].len - sp.start;
    }
    return sp;
}

/* the text of tokens [first, end) copied into an arena, with its byte span
 * in *span ("" and an empty span when end <= first); NULL when out of
 * memory */
static inline const char *dy_tokens_text(dy_arena *a, const dy_ctx *x,
                                         uint32_t first, uint32_t end,
                                         dyad_span *span)
{
    if (end <= first) {
        span->start = span->len = 0;
        return dy_arena_strndup(a, "", 0);
    }
    size_t s = x->tok[first].start;
    size_t e = x->tok[end - 1].start + x->tok[end - 1].len;
    span->start = s;
    span->len = e - s;
    return dy_arena_strndup(a, x->text + s, e - s);
}

/* a copy of a C string in an arena; NULL for NULL (or out of memory) */
static inline const char *dy_arena_dup(dy_arena *a, const char *s)
{
    return s ? dy_arena_strndup(a, s, strlen(s)) : NULL;
}

#endif
