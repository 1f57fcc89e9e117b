/*
 * actors_int.h - what the files of src/actors/ share: the actor atom of a
 * token (actors.c), the lexicon tables built once per coder (index.c),
 * names the lexicon lacks (unknown.c: misspellings, hyphenated demonyms,
 * titles, organisations by shape) and the country a bare role takes from
 * its context (context.c).
 */
#ifndef DYAD_ACTORS_INT_H
#define DYAD_ACTORS_INT_H

#include "actors.h"
#include "place/place.h"

/* the actor reading of the words starting at one token */
typedef struct atom {
    /* (phrase and org_end, side by side, are all that find_atoms clears:
     * the other fields are read only where one of them says so) */
    uint32_t phrase;    /* lexicon phrase (actor kinds or a title class
                           member), or LX_NONE */
    uint32_t org_end;   /* an organisation named by shape starts here and
                           ends before org_end; 0 when none */
    uint32_t end;       /* one past its last token (with a phrase) */
    char org_agent[4];  /* its agent code ("" when none) */
    char org_country[4]; /* the country named inside it ("" when none) */
    uint32_t org_via;   /* the agent or `org-AGT` phrase its role came
                           from */
    uint8_t how;        /* ATOM_*: how phrase was found */
} atom;

/* how an atom's phrase was found (atom.how) */
enum {
    ATOM_LEXICON = 0, /* the lexicon's phrase as written */
    ATOM_HYPHEN,      /* a country before a hyphen ("Iraqi-Kurdish") */
    ATOM_TITLE,       /* a `title-AGT` word before a name */
    ATOM_MISSPELT     /* the name one edit from a capitalised word */
};

/* is the code's first three letters a country of the lexicon? (the set
 * `lexicon compile` derives: lexicon/tables.c) */
static inline int dy_actors_is_country(const dy_ctx *c, const char *code)
{
    return dy_lexicon_is_country(c->lx, code);
}

/* Codes compared without a call (the hot paths compared them with
 * strlen, strcmp and strncmp, a call each): is code n letters long (3 a
 * root, 6 a root and an agent), reading at most n + 1 bytes? */
static inline int dy_code_is_len(const char *code, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (!code[k])
            return 0;
    return code[n] == '\0';
}

/* is code the three letters of lit and no more (strcmp(code, lit) == 0
 * for a lit of three letters)? */
static inline int dy_code_is(const char *code, const char *lit)
{
    return code[0] == lit[0] && code[1] == lit[1] && code[2] == lit[2] &&
           code[3] == '\0';
}

/* do a and b agree in their first three letters (strncmp(a, b, 3) == 0:
 * nothing read past the end of either)? */
static inline int dy_code_same3(const char *a, const char *b)
{
    return a[0] == b[0] &&
           (!a[0] || (a[1] == b[1] && (!a[1] || a[2] == b[2])));
}

/* marks token i of the sentence starting at first in `starts` (bit k for
 * token first + k, the first DY_CAPS_MEMO tokens) when yes is 1 */
static inline void dy_actors_mark(uint64_t *starts, size_t first, size_t i,
                                  uint64_t yes)
{
    size_t k = i - first;
    if (k < DY_CAPS_MEMO)
        starts[k >> 6] |= yes << (k & 63);
}

/* The first token from i on, before end, where a run of two capitalised
 * words or more may start: a capitalised word with another among the
 * `reach` tokens after it (1 to 3), read from the sentence's capitals
 * (c->caps, marked by the actors' walk, find_atoms) by bits; past the
 * marks, every capitalised word (dy_caps_next). The walks of names of two
 * words (dy_actors_orgs, named_appositions) find a lone capitalised word
 * a run of one and step over it: here it is passed over unread. */
static inline size_t dy_actors_caps_pair(const dy_ctx *c, size_t i,
                                         size_t end, unsigned reach)
{
    size_t n = end - c->caps_first;
    size_t nw = ((n < DY_CAPS_MEMO ? n : DY_CAPS_MEMO) + 63) / 64;
    while (i < end && i - c->caps_first < DY_CAPS_MEMO) {
        size_t k = i - c->caps_first, q = k >> 6;
        uint64_t w = c->caps[q];
        /* (the next word's first bits: none after the sentence's last
         * word; after the marks' last, any, as nothing says) */
        uint64_t nx = q + 1 < nw ? c->caps[q + 1]
                      : n > DY_CAPS_MEMO ? ~(uint64_t)0
                                          : 0;
        uint64_t near = 0;
        for (unsigned s = 1; s <= reach; s++)
            near |= w >> s | nx << (64 - s);
        uint64_t may = (w & near) >> (k & 63);
        if (may) {
            i += (size_t)__builtin_ctzll(may);
            return i < end ? i : end;
        }
        i += 64 - (k & 63);
    }
    return dy_caps_next(c, i, end);
}

/* ---- unknown.c: names the lexicon lacks */

/* The one-word country, capital, demonym or named actor phrase that the
 * capitalised unknown word at token i misspells (one edit away from
 * exactly one such name of 6+ letters), or LX_NONE. `in_name`: the word
 * is part of a longer unknown name ("Tis Hazari"), which is no misspelt
 * person of the lexicon (a country may still be). */
uint32_t dy_actors_misspelt(dy_ctx *c, size_t i, int in_name);

/* "Iraqi-Kurdish", "Afghan-born", "US-led": the country, demonym or
 * country-coded actor phrase before the hyphen of token i, when the part
 * after it is no country of its own ("Israeli-Palestinian" is a pair),
 * or LX_NONE. */
uint32_t dy_actors_hyphen_prefix(const dy_ctx *c, size_t i);

/* "General Ahmed Musa": the member of a `title-AGT` class at token i when
 * a person's name follows it (the class phrase, or LX_NONE). */
uint32_t dy_actors_title(const dy_ctx *c, size_t i, size_t end);

/* The agent code a `title-AGT` or `org-AGT` class phrase implies, in out
 * (4 bytes); 0 when the phrase is no such class member. */
int dy_actors_class_agent(const dy_ctx *c, uint32_t phrase, char *out);

/* "the farmers' association president": is the token before q a
 * lower-case noun of a `body-AGT` class (by form or lemma), the body whose
 * head a title after it names? Its agent goes to out (4 bytes). */
int dy_actors_body_before(const dy_ctx *c, size_t q, char *out);

/* Organisations recognised by shape in sentence [first, end): a run of
 * capitalised words with an organisation head word ("the Kano Traders
 * Association", "the Ministry of Mines"); each found is recorded in the
 * atom of its first token, which is marked in `starts` (dy_actors_mark),
 * where a mention may start. */
void dy_actors_orgs(const dy_ctx *c, atom *at, uint64_t *starts,
                    size_t first, size_t end);

/* ---- context.c: the country of a bare role */

/* Starts a document (on its first sentence): forgets the countries of the
 * last one and finds whether this one is written in lower case. */
void dy_actors_new_document(dy_ctx *c);

/* Is the match of phrase p over tokens [i, e) believable as a name?
 * dy_match_name_ok, except that in a lower-case document a country or
 * capital need not be capitalised ("the government of india"). */
int dy_actors_name_ok(const dy_ctx *c, size_t i, size_t e,
                      const lx_phrase *p);

/* Gives each bare role mention of sentence [first, end) (mentions from
 * m0) a country from context, marked inferred: the sentence's place, else
 * the sentence's other actors when they agree, else the document's
 * dominant country so far. People remembered in the sentence (from p0)
 * with the role take it too. */
void dy_actors_context(dy_ctx *c, size_t m0, size_t p0, size_t first,
                       size_t end);

#endif
