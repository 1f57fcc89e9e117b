/*
 * words.c - lemmas and tags. Lemmas follow WordNet's morphy: an exception
 * list (met -> meet) first, then suffix rules checked against the index of
 * the part of speech. Tags come from the closed-class table plus a few
 * context rules; good enough to tell "the attack" from "X attacked".
 */
#include "words.h"

#include "lexicon/lexicon.h"

#include <string.h>

typedef struct rule {
    const char *suf;
    const char *rep;
    size_t sl, rl; /* their lengths */
} rule;

/* A part of speech's rules, and the last letters their suffixes end in,
 * each letter c as bit (c & 63) of `lasts`: a word that ends in none of
 * them (most of the names and unknown words the analysis sees first) is
 * turned away by one test, not by a test of every rule. Each rule's last
 * letter must be in `lasts` (test_regular_verb_lemmas and
 * test_noun_lemmas try every one). */
typedef struct rules {
    uint64_t lasts;
    rule r[9];
} rules;

/* the longest suffix a rule may have, one byte less for a rule that
 * replaces nothing, whose stem morph_rules also tries a byte shorter
 * ("stopped" -> "stop"): form_hash keeps the hash of a form's stems up to
 * this many bytes short of it (a rule past it fails to compile: an array
 * of -1 bytes) */
#define MORPH_SUF_MAX 4
#define SUF_FITS(suf, rep)                                                 \
    (0 * sizeof(char[sizeof suf - 1 + (sizeof rep == 1) <= MORPH_SUF_MAX   \
                         ? 1                                               \
                         : -1]))
#define R(suf, rep)                                                        \
    {suf, rep, sizeof suf - 1 + SUF_FITS(suf, rep), sizeof rep - 1}
#define LAST(c) (1ull << ((c) & 63))
static const rules verb_rules = {
    LAST('s') | LAST('d') | LAST('g'),
    {R("ies", "y"), R("es", "e"), R("es", ""), R("s", ""), R("ed", "e"),
     R("ed", ""), R("ing", "e"), R("ing", ""), {NULL, NULL, 0, 0}}};
static const rules noun_rules = {
    LAST('s') | LAST('n'),
    {R("ies", "y"), R("ses", "s"), R("xes", "x"), R("zes", "z"),
     R("ches", "ch"), R("shes", "sh"), R("men", "man"), R("s", ""),
     {NULL, NULL, 0, 0}}};
#undef LAST
#undef R
#undef SUF_FITS

/* is word id (form s, n bytes) a hyphenated verb no dictionary knows
 * that the lexicon's verb patterns use ("test-fire", "tear-gas")? */
static int pattern_verb(const dyad_lexicon *lx, uint32_t id, const char *s,
                        size_t n)
{
    return !(lx->words[id].pos & ~LX_WORD_STEM) &&
           (lx->words[id].kinds & (1u << LX_VERB)) &&
           memchr(s, '-', n) != NULL;
}

/* the longest form morph tries (its stem and a replacement in a buffer) */
#define MORPH_MAX 119

/* A form's dy_hash (`full`) and the unfolded state of its FNV-1a
 * (dy_hash_step) after each of its first lo + j bytes, at[j], lo the
 * form's length less MORPH_SUF_MAX (0 for a shorter form): a cache miss's
 * look-ups (the form, its GeoNames name, each stem morph tries, the form
 * less a suffix, then a replacement) hashed from one pass over the form,
 * not one pass each. */
typedef struct form_hash {
    uint64_t full;
    size_t lo;
    uint64_t at[MORPH_SUF_MAX + 1];
} form_hash;

static void form_hash_of(form_hash *fh, const char *s, size_t n)
{
    size_t lo = n > MORPH_SUF_MAX ? n - MORPH_SUF_MAX : 0;
    uint64_t h = dy_hash_step(DY_HASH_SEED, s, lo);
    fh->lo = lo;
    fh->at[0] = h;
    for (size_t j = 1; lo + j <= n; j++)
        fh->at[j] = h = dy_hash_step(h, s + lo + j - 1, 1);
    fh->full = dy_hash_fold(h);
}

/* morph's rules for a form that passed its test (out of line: inlined
 * twice into analyse_one, its loop would not be asked more often) */
__attribute__((noinline)) static uint32_t
morph_rules(const dyad_lexicon *lx, const char *s, size_t n, uint32_t bit,
            const rules *rs, const form_hash *fh)
{
    char buf[MORPH_MAX + 9];
    for (const rule *r = rs->r; r->suf; r++) {
        size_t sl = r->sl, rl = r->rl;
        /* (the last letter first: most rules end there; then the rest of
         * the suffix, one to three bytes, from its end: a call of memcmp
         * for them cost more than the compares) */
        if (n <= sl + 1 || s[n - 1] != r->suf[sl - 1])
            continue;
        size_t k = sl - 1;
        while (k > 0 && s[n - sl + k - 1] == r->suf[k - 1])
            k--;
        if (k > 0)
            continue;
        size_t stem = n - sl;
        memcpy(buf, s, stem);
        memcpy(buf + stem, r->rep, rl);
        /* (stem >= n - MORPH_SUF_MAX: the state of its bytes is kept) */
        uint64_t h = dy_hash_step(fh->at[stem - fh->lo], r->rep, rl);
        uint32_t id =
            dy_lexicon_find_hashed(lx, buf, stem + rl, dy_hash_fold(h));
        /* a WordNet lemma of that part of speech, or a word the lexicon's
         * phrases use ("airstrikes" -> "airstrike") */
        if (id != LX_NONE &&
            ((lx->words[id].pos & bit) ||
             (bit == POS_N && lx->words[id].kinds &&
              !(lx->words[id].pos & ~LX_WORD_STEM)) ||
             (bit == POS_V && pattern_verb(lx, id, buf, stem + rl))))
            return id;
        /* stopped -> stop, planning -> plan */
        if (bit == POS_V && rl == 0 && stem >= 3 &&
            buf[stem - 1] == buf[stem - 2]) {
            /* (a rule that replaces nothing is of three bytes at most,
             * SUF_FITS: stem - 1 >= n - MORPH_SUF_MAX) */
            id = dy_lexicon_find_hashed(
                lx, buf, stem - 1, dy_hash_fold(fh->at[stem - 1 - fh->lo]));
            if (id != LX_NONE && ((lx->words[id].pos & bit) ||
                                  pattern_verb(lx, id, buf, stem - 1)))
                return id;
        }
    }
    return LX_NONE;
}

/* The lemma of part of speech `bit` that a rule of rs reads in the form s
 * (n bytes), or LX_NONE. The form's length and last letter asked here,
 * inline: most forms a cache miss analyses end in no rule's letter, and
 * the call with its frame cost them more than the test. */
static uint32_t morph(const dyad_lexicon *lx, const char *s, size_t n,
                      uint32_t bit, const rules *rs, const form_hash *fh)
{
    if (n > MORPH_MAX || n < 3 ||
        !((rs->lasts >> ((unsigned char)s[n - 1] & 63)) & 1))
        return LX_NONE;
    return morph_rules(lx, s, n, bit, rs, fh);
}

static int ends(const char *s, size_t n, const char *suf)
{
    size_t m = strlen(suf);
    return n >= m && memcmp(s + n - m, suf, m) == 0;
}

/* Bits of a token's pos that are no part of speech (as doc.h's
 * DY_POS_NO_ACTOR and DY_POS_HYPHEN, above the lexicon's bits): the
 * endings of the word's lower-case form that the tagger asks of the
 * words it reads by their neighbours, and of those neighbours. Set once a
 * form by the word analysis (form_ends; the word cache keeps them), so
 * that the tagger tests a bit where it compared the form's last bytes;
 * punctuation, which the analysis passes over, ends in none of them. */
#define WF_ED (1u << 28)  /* "-ed" */
#define WF_ING (1u << 27) /* "-ing" */
#define WF_S (1u << 26)   /* "-s" */
#define WF_SS (1u << 25)  /* "-ss" */
#define WF_LY (1u << 24)  /* "-ly" */
#define WF_ALL (WF_ED | WF_ING | WF_S | WF_SS | WF_LY)
_Static_assert((WF_ALL & (DY_POS_NO_ACTOR | DY_POS_HYPHEN | DY_POS_MAY_OPEN |
                          LX_WORD_STEM | ((POS_TIME << 1) - 1))) == 0,
               "the form's endings take bits of pos no one else does");
_Static_assert((DY_POS_NO_GAZ & (WF_ALL | DY_POS_NO_ACTOR | DY_POS_HYPHEN |
                                 DY_POS_MAY_OPEN | LX_WORD_STEM |
                                 ((POS_TIME << 1) - 1))) == 0,
               "DY_POS_NO_GAZ takes a bit of pos no one else does");
_Static_assert((DY_POS_MAY_OPEN & (DY_POS_NO_ACTOR | DY_POS_HYPHEN |
                                   LX_WORD_STEM | ((POS_TIME << 1) - 1))) ==
                   0,
               "DY_POS_MAY_OPEN takes a bit of pos no one else does");

/* Does token t's form low (ll bytes), a word of no part of speech the
 * lexicon knows (a name, most of them), start no GeoNames name
 * (DY_POS_NO_GAZ, read by place/mentions.c)? (A common word is not asked:
 * a place is rarely one, and the look-ups of this form would cost more
 * than the place stage's look-ups they spare. A form with a space in it
 * is looked up as before: a name's first word ends at its first space.) */
static int starts_no_gaz(const dyad_lexicon *lx, const dy_token *t,
                         const char *low, size_t ll, const form_hash *fh)
{
    return lx->ngnames && t->type == TT_WORD &&
           !(t->pos & DY_POS_NOT_NAME) &&
           !memchr(low, ' ', ll) &&
           dy_gaz_first_words(lx, fh->full) == 1 &&
           dy_gaz_find_hashed(lx, low, ll, fh->full) == LX_NONE;
}

/* Can token t, of form low (ll bytes), open a clause by its form
 * (DY_POS_MAY_OPEN, read by clauses.c word_may_open)? (A word of a class
 * keys that class's phrase, so its kinds say so.) */
static int form_may_open(const dy_ctx *c, const dy_token *t,
                         const char *low, size_t ll)
{
    static const int cls[] = {DY_CL_CONDITION, DY_CL_TIME_CONJ,
                              DY_CL_REASON_CONJ, DY_CL_RELATIVE};
    if (t->kinds & (1u << LX_CLASS))
        for (size_t k = 0; k < sizeof cls / sizeof *cls; k++)
            if (dy_in_class(c, cls[k], t))
                return 1;
    return dy_str_is("as", low, ll) || dy_str_is("provided", low, ll) ||
           dy_str_is("providing", low, ll);
}

/* the WF_* bits of a form low (ll bytes), by its last byte first (at
 * every cache miss: one branch, not five compares) */
static uint32_t form_ends(const char *low, size_t ll)
{
    if (ll == 0)
        return 0;
    char y = ll >= 2 ? low[ll - 2] : 0;
    switch (low[ll - 1]) {
    case 's':
        return y == 's' ? WF_S | WF_SS : WF_S;
    case 'd':
        return y == 'e' ? WF_ED : 0;
    case 'y':
        return y == 'l' ? WF_LY : 0;
    case 'g':
        return ends(low, ll, "ing") ? WF_ING : 0;
    default:
        return 0;
    }
}

static void analyse_one(const dyad_lexicon *lx, dy_token *t, const char *low,
                        size_t ll, const form_hash *fh);
static int alone_tag(const dy_ctx *c, const dy_token *t, const char *low,
                     size_t ll);
static void analyse_miss(const dy_ctx *c, dy_token *t, const char *low,
                         size_t ll);

/* a filter folded to 64 bits: word w's bit h (lx_filter_bit) is h & 63 */
static uint64_t folded(const lx_filter *f)
{
    return f->b[0] | f->b[1];
}

/* The token's one, follow and self (dy_token) from its forms' lx_pnext:
 * what dy_match_at asks before the phrase matcher's setup. A place is
 * keyed by the form only (dy_match_longest tries none under a lemma
 * other than the form), a noun pattern by no phrase look-up. */
static void phrase_starts(const dyad_lexicon *lx, dy_token *t)
{
    uint32_t keys[3] = {t->wid, t->vlem, t->nlem};
    uint32_t one = 0;
    uint64_t follow = 0, self = 0;
    for (int k = 0; k < 3; k++) {
        if (keys[k] == LX_NONE)
            continue;
        const lx_pnext *pn = &lx->pnext[keys[k]];
        one |= keys[k] == keys[0] ? pn->one : pn->one & ~(1u << LX_PLACE);
        follow |= folded(&pn->next);
        self |= 1ull << (lx_filter_bit(keys[k]) & 63);
    }
    if (lx->tables->options & LX_OPT_NAME_GAPS)
        self |= 1ull << (lx_filter_bit(LX_GAP) & 63);
    t->one = (uint16_t)(one & ~(1u << LX_NOUN));
    t->follow = follow;
    t->self = self;
}

/* are the ll bytes (ll < DY_WCACHE_FORM) of a cached form and of low the
 * same? Eight bytes a step, where a memcmp call cost more than the few
 * bytes of a word, and whole: both hold zeros past ll up to the next
 * multiple of eight (dy_text_lower_hash writes them after low's form, and
 * the cache keeps a form with them), so no step masks off bytes past ll.
 * The steps unrolled, their differences ORed (a form has one to three:
 * a loop's counter and test cost more); a form of no bytes compares its
 * first step, its NUL and zeros, which the cache keeps too. */
static int same_form(const char *form, const char *low, size_t ll)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    uint64_t a, b, d;
    memcpy(&a, form, 8);
    memcpy(&b, low, 8);
    d = a ^ b;
    if (ll > 8) {
        memcpy(&a, form + 8, 8);
        memcpy(&b, low + 8, 8);
        d |= a ^ b;
        if (ll > 16) {
            memcpy(&a, form + 16, 8);
            memcpy(&b, low + 16, 8);
            d |= a ^ b;
        }
    }
    return d == 0;
#else
    return memcmp(form, low, ll) == 0;
#endif
}

/* the entry of the cache set `set` (DY_WCACHE_WAYS entries) that holds
 * the form low (ll bytes, dy_wcache.key `key`), or NULL */
static dy_wcache *cached(dy_wcache *set, uint64_t key, const char *low,
                         size_t ll)
{
    for (size_t k = 0; k < DY_WCACHE_WAYS; k++)
        if (set[k].key == key &&
            same_form(set[k].form, low, ll))
            return &set[k];
    return NULL;
}

/* The entry `hit` of the cache set `set` moved to the set's front, the
 * entries before it one way back: the ways are kept in the order of their
 * last use, so a miss drops the form least recently read, not the one
 * first cached, and a common word ("the", "said") is found at the set's
 * first way, by one compare, where it stood at any of the four. (Inline
 * always: called from lower_other too, GCC made it a function, and the
 * hit's path paid the call.) */
static inline __attribute__((always_inline)) void
to_front(dy_wcache *set, dy_wcache *hit)
{
    _Static_assert(DY_WCACHE_WAYS == 4, "to_front moves up to three ways");
    /* (each way a copy of constant size, written out: a loop of them
     * became a memmove call, which cost more than the copies) */
    dy_wcache e = *hit;
    if (hit - set >= 3)
        set[3] = set[2];
    if (hit - set >= 2)
        set[2] = set[1];
    set[1] = set[0];
    set[0] = e;
}

/* a token's analysis before any: no word, no lemma, nothing keyed */
static void word_none(dy_token *t)
{
    t->follow = t->self = 0;
    t->wid = t->vlem = t->nlem = LX_NONE;
    t->pos = 0;
    t->kinds = t->one = 0;
    t->is_part = 0;
    t->alone = 0;
}

/* the longest lower-case form of a word kept, NUL included (longer forms
 * are cut by dy_text_lower) */
#define DY_LOWER_MAX 1024
_Static_assert(DY_WCACHE_FORM % 8 == 0 && DY_WCACHE_FORM <= 24 &&
                   DY_WCACHE_FORM <= DY_LOWER_MAX,
               "same_form reads a cached form and a lower form in at most "
               "three steps of eight bytes");
_Static_assert(DY_LOWER_MAX - 1 <= UINT16_MAX,
               "a token's lower_len is 16 bits");

/* A way of the word cache whose key has this bit keeps no analysis but a
 * lower-case form (lower_other): its form is a token's raw bytes, its
 * word the form dy_text_lower_hash_any writes for them (RAW_LOW bytes,
 * its zeros to the end), the form's hash and its length. No form's key
 * has the bit (its length, less than DY_WCACHE_FORM, is above the hash's
 * 32 bits). */
#define RAW_KEY (1ull << 63)
#define RAW_LOW DY_WCACHE_FORM
_Static_assert(RAW_LOW + 8 + 2 <= DY_TOKEN_WORD,
               "a raw way's word holds the form, its hash and its length");

/* The lower-case form of token t, a word dy_text_lower_hash_ascii does
 * not take (of other scripts, nearly always), written to low with *hash
 * as dy_text_lower_hash writes them. Those words are lowered a code point
 * at a time (some 260 instructions a word), and most of them are a few
 * marks of mojibake read again and again ("€", "â", "™": 1,195 raw forms
 * for the corpus's 16,800 such tokens), so the word cache keeps the form
 * of one of fewer than DY_WCACHE_FORM raw bytes too, by those bytes (a
 * way with RAW_KEY, found and moved as a form's way is). Out of line:
 * the words of ASCII keep their registers. */
__attribute__((noinline)) static size_t
lower_other(const char *s, size_t n, char *low, dy_wcache *wc, uint64_t *hash)
{
    if (!wc || n >= DY_WCACHE_FORM)
        return dy_text_lower_hash_any(s, n, low, DY_LOWER_MAX, hash);
    /* (the raw bytes with zeros to the cache's form size, as same_form
     * compares them) */
    char raw[DY_WCACHE_FORM] = {0};
    for (size_t k = 0; k < n; k++)
        raw[k] = s[k];
    uint64_t rh = dy_text_form_hash_padded(raw, n);
    uint64_t key = (uint32_t)rh | (uint64_t)n << 32 | RAW_KEY;
    dy_wcache *set = &wc[(uint32_t)rh & (DY_WCACHE_SIZE - DY_WCACHE_WAYS)];
    dy_wcache *hit = cached(set, key, raw, n);
    uint16_t ll;
    if (hit) {
        memcpy(low, hit->word, RAW_LOW);
        memcpy(hash, hit->word + RAW_LOW, 8);
        memcpy(&ll, hit->word + RAW_LOW + 8, 2);
        if (hit != set)
            to_front(set, hit);
        return ll;
    }
    size_t len = dy_text_lower_hash_any(s, n, low, DY_LOWER_MAX, hash);
    if (len >= RAW_LOW)
        return len;
    /* (its NUL and zeros are written to the next multiple of eight, at
     * most RAW_LOW: the rest of the way's form zeros) */
    memmove(set + 1, set, (DY_WCACHE_WAYS - 1) * sizeof *set);
    memset(set, 0, sizeof *set);
    set->key = key;
    memcpy(set->form, raw, DY_WCACHE_FORM);
    memcpy(set->word, low, (len + 8) & ~(size_t)7);
    memcpy(set->word + RAW_LOW, hash, 8);
    ll = (uint16_t)len;
    memcpy(set->word + RAW_LOW + 8, &ll, 2);
    return len;
}

/* Is punctuation token t one ASCII byte other than the apostrophe (and
 * no capital, which no mark is)? Then its lower-case form, the byte, its
 * NUL and zeros to eight bytes, is written to low, as dy_text_lower_hash
 * would write it. */
static inline int punct_byte(const dy_ctx *c, const dy_token *t, char *low)
{
    unsigned char b = (unsigned char)c->text[t->start];
    if (t->len != 1 || b >= 0x80 || b == '\'' || (unsigned)(b - 'A') < 26)
        return 0;
    uint64_t x = b;
    memcpy(low, &x, 8);
    return 1;
}

int dy_words_analyse(dy_ctx *c, const dy_tok *raw, size_t n)
{
    /* (in a local: the tokens' byte fields, stored through t, may alias
     * c->tok, which would be read again for every token) */
    dy_token *tok = c->tok;
    for (size_t i = 0; i < n; i++) {
        dy_token *t = &tok[i];
        /* (each field written once, no memset: the analysis below, the
         * rest here) */
        t->start = raw[i].start;
        t->len = raw[i].len;
        t->type = raw[i].type;
        t->flags = raw[i].flags;
        t->tag = 0;
        t->scope = 0;
        t->mention = -1;
        t->place = -1;
        /* lower-cased straight into the buffer of lower forms (at most
         * DY_LOWER_MAX bytes a word, its NUL included, which
         * dy_text_lower_hash writes); `low` stays valid until the next
         * word's reserve */
        if (c->lower.cap - c->lower.len <= DY_LOWER_MAX &&
            dy_buf_reserve(&c->lower, DY_LOWER_MAX))
            return DYAD_ENOMEM;
        char *low = c->lower.data + c->lower.len;
        /* (a mark of one ASCII byte, most punctuation, is its own
         * lower-case form and no word: written with its NUL and zeros in
         * one store, not lowered nor hashed; the apostrophe is read on as
         * a word below) */
        if (t->type == TT_PUNCT && punct_byte(c, t, low)) {
            t->lower = (uint32_t)c->lower.len;
            t->lower_len = 1;
            c->lower.len += 2;
            word_none(t);
            t->pos = DY_POS_NO_ACTOR;
            t->alone = TAG_PUNCT;
            continue;
        }
        uint64_t full;
        size_t ll = dy_text_lower_hash_ascii(c->text + t->start, t->len,
                                             c->text_len - t->start, low,
                                             DY_LOWER_MAX, &full);
        if (ll == DY_TEXT_NOT_ASCII) {
            /* (through a local: see dy_text_lower_hash) */
            uint64_t h;
            ll = lower_other(c->text + t->start, t->len, low, c->wcache, &h);
            full = h;
        }
        t->lower = (uint32_t)c->lower.len;
        t->lower_len = (uint16_t)ll;
        c->lower.len += ll + 1;
        /* (punctuation is no word, but for the apostrophe of a plural's
         * possessive inside a name the lexicon writes with it: "Kurdistan
         * Workers' Party", "Workers' Party of Korea") */
        if (t->type == TT_PUNCT && !(ll == 1 && low[0] == '\'')) {
            word_none(t);
            t->pos = DY_POS_NO_ACTOR;
            t->alone = TAG_PUNCT;
            continue;
        }
        dy_wcache *ce = NULL;
        uint64_t key = 0;
        if (c->wcache && ll < DY_WCACHE_FORM) {
            key = (uint32_t)full | (uint64_t)ll << 32;
            dy_wcache *set =
                &c->wcache[(uint32_t)full & (DY_WCACHE_SIZE - DY_WCACHE_WAYS)];
            dy_wcache *hit = cached(set, key, low, ll);
            if (hit) {
                memcpy(t, hit->word, DY_TOKEN_WORD);
                if (hit != set)
                    to_front(set, hit);
                continue;
            }
            /* the new form first, the one least recently read dropped */
            memmove(set + 1, set, (DY_WCACHE_WAYS - 1) * sizeof *set);
            ce = set;
        }
        analyse_miss(c, t, low, ll);
        if (ce) {
            ce->key = key;
            /* (with low's zeros up to the next multiple of eight, and
             * eight at least: ll < DY_WCACHE_FORM, itself a multiple of
             * eight) */
            memcpy(ce->form, low, ll ? (ll + 7) & ~(size_t)7 : 8);
            memcpy(ce->word, t, DY_TOKEN_WORD);
        }
    }
    return 0;
}

/* The analysis of a token t of form low (ll bytes) that the word cache
 * does not hold: its ids, lemmas, kinds and what later stages ask of it
 * once a form. (Not inlined: inside dy_words_analyse's loop its values
 * took registers from the cache hit's path, which most tokens take.) */
__attribute__((noinline)) static void
analyse_miss(const dy_ctx *c, dy_token *t, const char *low, size_t ll)
{
    const dyad_lexicon *lx = c->lx;
    form_hash fh;
    form_hash_of(&fh, low, ll);
    word_none(t);
    analyse_one(lx, t, low, ll, &fh);
    uint32_t kinds = (t->wid != LX_NONE ? lx->words[t->wid].kinds : 0) |
                     (t->vlem != LX_NONE ? lx->words[t->vlem].kinds : 0) |
                     (t->nlem != LX_NONE ? lx->words[t->nlem].kinds : 0);
    if ((t->wid != LX_NONE && lx->ahead[t->wid]) ||
        (t->vlem != LX_NONE && lx->ahead[t->vlem]) ||
        (t->nlem != LX_NONE && lx->ahead[t->nlem]))
        kinds |= 1u << DY_KIND_AHEAD;
    t->kinds = (uint16_t)kinds;
    /* (what the actors' walk asks of every token, answered once a
     * word form: DY_POS_NO_ACTOR. A word of a class only, "on", "was",
     * has it unless its form may name an organisation again, "the
     * group": the walk marks no other class word) */
    const uint32_t actor_kinds =
        (1u << LX_COUNTRY) | (1u << LX_DEMONYM) | (1u << LX_CAPITAL) |
        (1u << LX_ACTOR) | (1u << LX_AGENT);
    if (!(kinds & actor_kinds) && t->wid != c->w_two &&
        t->wid != c->w_both && !dy_org_noun_form(c, t))
        t->pos |= DY_POS_NO_ACTOR;
    /* (a form of ASCII letters and digits alone, an unshaped
     * token's, holds no hyphen: not looked for) */
    const char *hy =
        (t->flags & TF_SHAPED) ? memchr(low, '-', ll) : NULL;
    if (hy && hy != low && hy + 1 < low + ll)
        t->pos |= DY_POS_HYPHEN;
    t->pos |= form_ends(low, ll);
    if (form_may_open(c, t, low, ll))
        t->pos |= DY_POS_MAY_OPEN;
    if (starts_no_gaz(lx, t, low, ll, &fh))
        t->pos |= DY_POS_NO_GAZ;
    if (ll == 4 && (t->type == TT_NUM || !memcmp(low, "last", 4)))
        t->pos |= DY_POS_NUM_LAST;
    if ((ll == 2 && !memcmp(low, "no", 2)) ||
        (ll == 4 && !memcmp(low, "none", 4)) ||
        (ll == 6 && !memcmp(low, "nobody", 6)))
        t->pos |= DY_POS_NOBODY;
    phrase_starts(lx, t);
    /* (with DY_POS_NO_ACTOR's answer in the byte the actors' walk reads
     * with the token's flags) */
    t->alone = (uint8_t)(alone_tag(c, t, low, ll) |
                         ((t->pos & DY_POS_NO_ACTOR) ? 0 : DY_ALONE_ACTOR));
}

/* "option prefix-stems" (a TABARI import): TABARI's root without '_'
 * matches any word that begins with it ("Eriadori", "Eriadorian" for
 * ERIADOR), where a dyad stem reaches only the vocabulary it was compiled
 * with. A word dyad knows in no form reads as the longest stem it begins
 * with: that word is its lemma, a verb's when the stem keys verb patterns,
 * else a noun's; a function word's stem ("to*") stands for itself only,
 * as when compiled. At most ll - 1 lookups, for unknown words only. */
static void stem_prefix(const dyad_lexicon *lx, dy_token *t, const char *low,
                        size_t ll)
{
    for (size_t k = ll - 1; k >= 1 && k < ll; k--) {
        uint32_t id = dy_lexicon_find(lx, low, k);
        uint32_t pos = id != LX_NONE ? lx->words[id].pos : 0;
        /* (a function word stands for itself only, as when compiled) */
        if (!(pos & LX_WORD_STEM) ||
            (pos & ~(uint32_t)(POS_N | POS_V | POS_A | POS_R | LX_WORD_STEM)))
            continue;
        if (lx->words[id].kinds & (1u << LX_VERB)) {
            t->vlem = id;
            t->pos |= POS_V;
        } else {
            t->nlem = id;
            t->pos |= POS_N;
        }
        return;
    }
}

/* ids, lemmas and POS of one lower-case form */
static void analyse_one(const dyad_lexicon *lx, dy_token *t, const char *low,
                        size_t ll, const form_hash *fh)
{
    {
        t->wid = dy_lexicon_find_hashed(lx, low, ll, fh->full);
        if (t->wid != LX_NONE) {
            const lx_word *w = &lx->words[t->wid];
            t->pos = w->pos & ~LX_WORD_STEM;
            t->vlem = w->vlem;
            t->nlem = w->nlem;
            if (t->vlem != LX_NONE) {
                t->pos |= POS_V;
                t->is_part = !ends(low, ll, "ing") && !ends(low, ll, "s");
            }
            if (t->nlem != LX_NONE)
                t->pos |= POS_N;
        }
        if (t->type == TT_NUM)
            return;
        /* closed-class words have no inflections ("was" is not "wa"s) */
        if (t->pos & (POS_DET | POS_PREP | POS_PRON | POS_BE | POS_HAVE |
                      POS_DO | POS_MODAL | POS_CONJ | POS_SUB | POS_NEG |
                      POS_TO | POS_POSS))
            return;
        if (t->vlem == LX_NONE) {
            if (t->pos & POS_V)
                t->vlem = t->wid;
            uint32_t m = morph(lx, low, ll, POS_V, &verb_rules, fh);
            if (m != LX_NONE) {
                if (!(t->pos & POS_V))
                    t->vlem = m;
                else if (ends(low, ll, "ed"))
                    t->vlem = m; /* "used": both a word and a form of use */
                t->pos |= POS_V;
                if (ends(low, ll, "ed"))
                    t->is_part = 1;
            }
        }
        if (t->nlem == LX_NONE) {
            /* "relations", "hostilities" are WordNet entries of their own,
             * but their lemma is the singular when it exists */
            uint32_t m = morph(lx, low, ll, POS_N, &noun_rules, fh);
            if (m != LX_NONE) {
                t->nlem = m;
                t->pos |= POS_N;
            } else if (t->pos & POS_N) {
                t->nlem = t->wid;
            }
        }
        if ((lx->tables->options & LX_OPT_PREFIX_STEMS) &&
            t->wid == LX_NONE && t->vlem == LX_NONE && t->nlem == LX_NONE)
            stem_prefix(lx, t, low, ll);
    }
}

/* do tokens a, a+1, a+2 (all before end) read "as many as", "as much
 * as" or "as few as"? */
static int as_x_as(const dy_ctx *c, size_t a, size_t end)
{
    if (a + 2 >= end || !dy_tok_is(c, &c->tok[a], "as") ||
        !dy_tok_is(c, &c->tok[a + 2], "as"))
        return 0;
    const dy_token *m = &c->tok[a + 1];
    return dy_tok_is(c, m, "many") || dy_tok_is(c, m, "much") ||
           dy_tok_is(c, m, "few");
}

/* is token i one of the two "as" of an amount ("as many as three
 * million marched"), no subordinator? */
static int as_many_as(const dy_ctx *c, size_t i, size_t end)
{
    return dy_tok_is(c, &c->tok[i], "as") &&
           (as_x_as(c, i, end) || (i >= 2 && as_x_as(c, i - 2, end)));
}

/* the parts of speech closed_tag reads: a word with none has no tag of
 * its closed classes */
#define CLOSED_POS                                                          \
    (POS_POSS | POS_NEG | POS_TO | POS_MODAL | POS_BE | POS_HAVE |         \
     POS_DO | POS_DET | POS_SUB | POS_PREP | POS_PRON | POS_CONJ |         \
     POS_NUMW)

/* the tag of a word of closed classes p (closed_tag's order) that no
 * neighbour changes, or 0: none of them, or "to", "that" (a determiner
 * and subordinator) and a subordinator that is also a preposition ("as"
 * of "as many as"), which closed_tag reads the neighbours of */
static int closed_alone(uint32_t p)
{
    if (p & POS_POSS)
        return TAG_POSS;
    if ((p & POS_NEG) && !(p & POS_DET))
        return TAG_NEG;
    if (p & POS_TO)
        return 0;
    if (p & POS_MODAL)
        return TAG_MODAL;
    if (p & (POS_BE | POS_HAVE | POS_DO))
        return TAG_AUX;
    if (p & POS_DET)
        return (p & POS_SUB) ? 0 : TAG_DET;
    if ((p & POS_SUB) && (p & POS_PREP))
        return 0;
    if (p & POS_PREP)
        return TAG_PREP;
    if (p & POS_PRON)
        return TAG_PRON;
    if (p & POS_CONJ)
        return TAG_CONJ;
    if (p & POS_SUB)
        return TAG_SUB;
    if (p & POS_NUMW)
        return TAG_NUM;
    return 0;
}

static int closed_tag(const dy_ctx *c, size_t i, size_t end)
{
    const dy_token *t = &c->tok[i];
    uint32_t p = t->pos;
    const dy_token *nx = i + 1 < end ? &c->tok[i + 1] : NULL;
    int k = closed_alone(p);
    if (k)
        return k;
    if (p & POS_TO) {
        /* "yielded to pressure", "bowed to demands": after a verb of class
         * to-object, "to" and a word that is also a noun are a phrase */
        /* (the class is asked only where no object follows that word:
         * "vowed to pressure Kenya" is an infinitive whatever the verb) */
        const dy_token *n2 = i + 2 < end ? &c->tok[i + 2] : NULL;
        if (i > 0 && c->tok[i - 1].tag == TAG_VERB && nx &&
            (nx->pos & POS_N) &&
            !(n2 && (((n2->pos & (POS_DET | POS_PRON)) &&
                      !(n2->pos & POS_CONJ)) ||
                     (n2->flags & TF_CAP))) &&
            dy_in_class_verb(c, DY_CL_TO_OBJECT, &c->tok[i - 1]))
            return TAG_PREP;
        /* past adverbs ("to immediately lift") */
        for (size_t q = i + 2; nx && q < end && q < i + 4 &&
                               (nx->pos & POS_R) && !(nx->pos & POS_V);
             q++)
            nx = &c->tok[q];
        /* a base form ("to lay down": "lay" is also a form of "lie") */
        int base = nx && (nx->vlem == nx->wid ||
                          (nx->wid != LX_NONE &&
                           (c->lx->words[nx->wid].pos & POS_V)));
        if (nx && (nx->pos & POS_V) && base &&
            !(nx->pos & (POS_DET | POS_PRON)) && !(nx->flags & TF_CAP))
            return TAG_TO;
        return TAG_PREP;
    }
    if (p & POS_DET) { /* that (a subordinator too) */
        /* (not before a pronoun that is also a noun: "that it had") */
        if (nx && (nx->pos & POS_N) && !(nx->pos & (POS_V | POS_PRON)) &&
            !(nx->flags & TF_CAP))
            return TAG_DET;
        return TAG_SUB;
    }
    if ((p & POS_SUB) && (p & POS_PREP))
        return as_many_as(c, i, end) ? TAG_ADV : TAG_SUB;
    return 0;
}

/* is w by itself a role or actor name ("president", "Kremlin"), not just
 * the first word of one ("air" of "air force")? */
static int one_word_name(const dyad_lexicon *lx, uint32_t w)
{
    if (w == LX_NONE)
        return 0;
    const lx_word *x = &lx->words[w];
    const uint32_t mask = (1u << LX_AGENT) | (1u << LX_ACTOR) |
                          (1u << LX_COUNTRY);
    if (!(x->kinds & mask))
        return 0;
    for (uint32_t q = 0; q < x->phr_count; q++) {
        const lx_phrase *p = &lx->phrases[lx->pindex[x->phr_first + q]];
        if (p->nwords == 1 && ((1u << p->kind) & mask))
            return 1;
    }
    return 0;
}

/* "settlers in Hebron set fire to", "settlers release prisoners": a word
 * that opens a verb phrase of the lexicon whose second word (or a word of
 * its slot's class) follows it is a verb */
static int opens_verb_phrase(const dy_ctx *c, const dy_token *t,
                             const dy_token *nt)
{
    const dyad_lexicon *lx = c->lx;
    if (!nt || nt->type != TT_WORD)
        return 0;
    uint32_t keys[2] = {t->vlem, t->wid};
    for (int q = 0; q < 2; q++) {
        if (keys[q] == LX_NONE || (q == 1 && keys[1] == keys[0]))
            continue;
        const lx_word *w = &lx->words[keys[q]];
        if (!(w->kinds & (1u << LX_VERB)))
            continue;
        for (uint32_t r = 0; r < w->phr_count; r++) {
            const lx_phrase *p = &lx->phrases[lx->pindex[w->phr_first + r]];
            if (p->kind != LX_VERB || p->nwords < 2)
                continue;
            uint32_t w1 = lx->pwords[p->words + 1];
            if (w1 != LX_PLUS && dy_tok_fills(c, nt, w1))
                return 1; /* ("release prisoners": a typed slot too) */
        }
    }
    return 0;
}

/* the start of the name (and its modifiers: at most 4 names and
 * adjectives) that ends right before token i; i when none */
static size_t name_start(const dy_ctx *c, size_t first, size_t i)
{
    size_t q = i;
    while (q > first && i - q < 4 &&
           (c->tok[q - 1].tag == TAG_PROPN || c->tok[q - 1].tag == TAG_ADJ))
        q--;
    return q;
}

/* "at LPR positions", "on Hamas tunnels", "near Russian bases", "the
 * discovery of Katyusha rockets": a name (and its modifiers) inside a
 * preposition's phrase is no subject, so the plural after it is a noun,
 * not a verb */
static int name_in_pp(const dy_ctx *c, size_t first, size_t i)
{
    size_t q = name_start(c, first, i);
    if (q == i || q == first)
        return 0;
    const dy_token *p = &c->tok[q - 1];
    return dy_tok_has(p, c->w_at) || dy_tok_has(p, c->w_on) ||
           dy_tok_has(p, c->w_in) || dy_tok_has(p, c->w_near) ||
           dy_tok_has(p, c->w_against) || dy_tok_has(p, c->w_into) ||
           dy_tok_has(p, c->w_toward) || dy_tok_has(p, c->w_towards) ||
           dy_tok_has(p, c->w_of) || dy_tok_has(p, c->w_with) ||
           dy_tok_has(p, c->w_from) || dy_tok_has(p, c->w_for);
}

/* Is token j a word that may be a verb, followed by what opens its
 * object (a determiner, a number, a name)? */
static int verb_before_object(const dy_ctx *c, size_t j, size_t end)
{
    if (j + 1 >= end || c->tok[j].type != TT_WORD ||
        !(c->tok[j].pos & POS_V) || (c->tok[j].flags & TF_CAP))
        return 0;
    const dy_token *o = &c->tok[j + 1];
    return o->type == TT_NUM || (o->flags & TF_CAP) ||
           (o->pos & (POS_DET | POS_NUMW));
}

/* Does a determiner stand right before the name (and its modifiers)
 * that ends before token i ("The ISIS" before "attacks")? */
static int det_before_name(const dy_ctx *c, size_t first, size_t i)
{
    size_t q = name_start(c, first, i);
    return q > first && c->tok[q - 1].tag == TAG_DET;
}

/* "The ISIS attacks on Kobani killed": after token j (a preposition), a
 * short noun phrase and then a past tense (-ed) that may be a verb? */
static int pp_then_past_verb(const dy_ctx *c, size_t j, size_t end)
{
    if (j >= end || !(c->tok[j].pos & POS_PREP))
        return 0;
    for (size_t k = j + 1; k < end && k < j + 6; k++) {
        const dy_token *u = &c->tok[k];
        if (u->type != TT_WORD)
            return 0;
        if (k > j + 1 && (u->pos & POS_V) && !(u->flags & TF_CAP) &&
            (u->pos & WF_ED))
            return 1;
        if (!(u->flags & TF_CAP) && !(u->pos & (POS_N | POS_DET | POS_A)))
            return 0;
    }
    return 0;
}

/* "struck Hamas targets", "attacking Islamic State targets", "vetoed
 * the EU sanctions package": is the name (and its modifiers) before token
 * i right after a verb, or after a verb and a determiner? */
static int name_after_verb(const dy_ctx *c, size_t first, size_t i)
{
    size_t q = name_start(c, first, i);
    if (q > first + 1 && q < i && c->tok[q - 1].tag == TAG_DET)
        q--;
    return q < i && q > first && c->tok[q - 1].tag == TAG_VERB;
}

/* "the EU sanctions package": is nt a lower-case noun in the singular
 * with no determiner, which only a compound's head can be after a plural
 * (not "sanctions companies", "arms rebels")? */
static int compound_head(const dy_token *nt)
{
    return nt && nt->type == TT_WORD && !(nt->flags & TF_CAP) &&
           (nt->pos & POS_N) && !(nt->pos & (POS_DET | POS_PRON)) &&
           (nt->nlem == LX_NONE || nt->nlem == nt->wid);
}

/* "demanded that the government end curbs", "urged that Israel halt the
 * raids": after "that" and a noun phrase, a word that may be a verb and
 * is followed by its object (a determiner, a pronoun, a number or a noun)
 * is the clause's verb, in the base form a demand takes */
static int that_clause_verb(const dy_ctx *c, size_t first, size_t i,
                            const dy_token *nt)
{
    const dy_token *t = &c->tok[i];
    if (!(t->pos & POS_V) || !nt || nt->type != TT_WORD ||
        !(nt->pos & (POS_DET | POS_PRON | POS_N)))
        return 0;
    size_t q = i;
    while (q > first && i - q < 6 &&
           (c->tok[q - 1].tag == TAG_NOUN || c->tok[q - 1].tag == TAG_PROPN ||
            c->tok[q - 1].tag == TAG_ADJ || c->tok[q - 1].tag == TAG_DET))
        q--;
    return q < i && q > first && dy_tok_has(&c->tok[q - 1], c->w_that) &&
           c->tok[q].tag != TAG_ADJ;
}

/* Does token j open a noun phrase with an article or a possessive
 * ("the", "a", "its", "their") before a word? Not "that" or "this": "a
 * car bomb that went off". */
static int opens_object(const dy_ctx *c, size_t j, size_t end)
{
    static const char *const dets[] = {"a", "an", "its", "their",
                                       "his", "her", "our"};
    const dy_token *nt = j < end ? &c->tok[j] : NULL;
    if (!nt || !(nt->pos & POS_DET) || j + 1 >= end ||
        c->tok[j + 1].type != TT_WORD)
        return 0;
    if (dy_tok_has(nt, c->w_the))
        return 1;
    const char *w = dy_tok_lower(c, nt);
    for (size_t i = 0; i < sizeof dets / sizeof dets[0]; i++)
        if (strcmp(w, dets[i]) == 0)
            return 1;
    return 0;
}

/* Is the noun pt a plural that the base form after it may have for
 * subject (nt: the word after that form): "rebels", or an irregular
 * plural ("gunmen") that no noun follows ("women aid workers" is a
 * compound)? */
static int plural_subject(const dy_token *pt, const dy_token *nt)
{
    if (pt->pos & WF_S)
        return 1;
    return pt->nlem != LX_NONE && pt->nlem != pt->wid &&
           !(nt && nt->type != TT_NUM && (nt->pos & (POS_N | POS_CONJ)) &&
             !(nt->pos & (POS_PREP | POS_DET)));
}

/* Does "a" or "an" stand right before token j ("an arms embargo", "a
 * drugs raid")? A plural after it modifies the noun after the plural,
 * which is then no verb of which the plural is the subject. */
static int indefinite_before(const dy_ctx *c, size_t first, size_t j)
{
    if (j <= first)
        return 0;
    const dy_token *u = &c->tok[j - 1];
    return dy_tok_is(c, u, "a") || dy_tok_is(c, u, "an");
}

/* Is the word only an actor's name in the lexicon ("Xi"), not a demonym,
 * a country or a role word ("Kurdish", "Argentine")? */
static int actor_only(const dy_token *t)
{
    return (t->kinds & ((1u << LX_ACTOR) | (1u << LX_DEMONYM) |
                        (1u << LX_AGENT) | (1u << LX_COUNTRY))) ==
           (1u << LX_ACTOR);
}

/* Do nouns and adjectives only lead back from token i to a determiner or
 * possessive ("the suicide car" before "bombing")? */
static int np_after_det(const dy_ctx *c, size_t first, size_t i)
{
    for (size_t q = i; q-- > first && i - q < 5;) {
        const dy_token *u = &c->tok[q];
        if (u->tag == TAG_DET || u->tag == TAG_POSS)
            return q + 1 < i;
        if (u->tag != TAG_NOUN && u->tag != TAG_ADJ)
            return 0;
    }
    return 0;
}

/* Does a verb, or a verb and its particle ("handed over"), end right
 * before token j? */
static int verb_ends_before(const dy_ctx *c, size_t first, size_t j)
{
    if (j > first && c->tok[j - 1].tag == TAG_VERB)
        return 1;
    return j > first + 1 && c->tok[j - 2].tag == TAG_VERB &&
           dy_in_class(c, DY_CL_PARTICLE, &c->tok[j - 1]);
}

/* The tag of token i, a word that may be a verb or a noun (or an
 * adjective), from its neighbours: the tag before it (prev), its -ed or
 * -ing form and the word after it. (Not inlined: in dy_words_tag's loop
 * its many values spill those of every other token.) */
__attribute__((noinline)) static int
verb_or_noun(const dy_ctx *c, size_t first, size_t end, size_t i, int prev,
             int ed)
{
    const dy_token *t = &c->tok[i];
    /* (the -ing form and the noun reading from the token's bits, not
     * the caller's: fewer values kept across the caller's chain) */
    int ing = (t->pos & WF_ING) != 0, n = (t->pos & POS_N) != 0;
    /* (the form's -s, asked by a dozen rules below: read once; "plural"
     * is an -s that is no -ss, "attacks" but not "press") */
    int s_end = (t->pos & WF_S) != 0;
    int plural = (t->pos & (WF_S | WF_SS)) == WF_S;
    const dy_token *nt = i + 1 < end ? &c->tok[i + 1] : NULL;
    const dy_token *pt = i > first ? &c->tok[i - 1] : NULL;
    if ((prev == TAG_NOUN || prev == TAG_PROPN) &&
        that_clause_verb(c, first, i, nt))
        return TAG_VERB;
    /* "police say seven hunters were shot": a say verb right after its
     * subject, before the number that opens what it says */
    if ((prev == TAG_NOUN || prev == TAG_PROPN) && !ed && !ing &&
        (t->kinds & (1u << LX_SAY)) && nt &&
        (nt->type == TT_NUM || (nt->pos & POS_NUMW)))
        return TAG_VERB;
    /* "US Predator attacks have killed", "the strikes were": an -s form
     * right before an auxiliary is its plural subject, not a verb */
    if (n && plural && nt &&
        (nt->pos & (POS_BE | POS_HAVE | POS_MODAL)))
        return TAG_NOUN;
    /* "Ethiopian armed men attacked": an -ed form between a demonym and
     * a lower-case noun is an adjective of that noun, no verb of which
     * the demonym is the subject */
    if (ed && prev == TAG_PROPN && pt && (pt->pos & POS_A) &&
        (pt->kinds & (1u << LX_DEMONYM)) && nt && (nt->pos & POS_N) &&
        !(nt->pos & (POS_DET | POS_PRON | POS_PREP)) &&
        !(nt->flags & TF_CAP) && nt->type == TT_WORD)
        return TAG_ADJ;
    /* "Ukrainian soldiers": a capitalised adjective opening the
     * noun phrase (not the end of a name: "Amnesty International
     * accused"; not a name the lexicon knows: "Modi, Xi hold talks");
     * "US-led forces", "Turkish-backed rebels" */
    if (prev == TAG_PROPN && pt && !ed &&
        (((pt->pos & POS_A) && !(ing == 0 && actor_only(pt)) &&
          !(i >= first + 2 && c->tok[i - 2].tag == TAG_PROPN)) ||
         memchr(c->text + pt->start, '-', pt->len)))
        prev = TAG_ADJ;
    /* "Myanmar president calls for", "Congo government rejects":
     * a present tense right after a role or an actor */
    /* "EU and UN hand over", "Yemen let free": a base form right
     * after a name, before an object or particle */
    /* ("Russia hit Kyiv with missiles": before another name of the
     * lexicon, an actor, a country or a capital) */
    if (prev == TAG_PROPN && pt && !s_end &&
        (pt->kinds & ((1u << LX_ACTOR) | (1u << LX_COUNTRY) |
                      (1u << LX_CAPITAL))) &&
        nt && ((nt->pos & POS_DET) || nt->type == TT_NUM ||
               dy_in_class(c, DY_CL_PARTICLE, nt) ||
               (nt->pos & POS_PRON) ||
               ((nt->flags & TF_CAP) &&
                (nt->kinds & ((1u << LX_ACTOR) | (1u << LX_COUNTRY) |
                              (1u << LX_CAPITAL)))))) {
        return TAG_VERB;
    }
    /* "struck Hamas targets in Gaza", "shelled PKK camps near": after a
     * verb, a name and a plural before a preposition (or nothing) are its
     * object */
    if (n && plural &&
        name_after_verb(c, first, i) &&
        (!nt || nt->type == TT_PUNCT ||
         (nt->pos & (POS_PREP | POS_CONJ)) || compound_head(nt)))
        return TAG_NOUN;
    /* ("Republicans in Congress refuses to": a verb before to,
     * a determiner or a pronoun) */
    if (n && plural &&
        name_in_pp(c, first, i) &&
        !(nt && (dy_tok_has(nt, c->w_to) ||
                 (nt->pos & (POS_DET | POS_PRON))))) {
        return TAG_NOUN;
    }
    if ((prev == TAG_NOUN || prev == TAG_PROPN || prev == TAG_ADJ) &&
        pt && plural &&
        !(t->kinds & (1u << LX_AGENT)) && !(pt->pos & POS_A) &&
        !(n && t->nlem == t->wid) && /* "police headquarters": a noun
                                        whose singular ends in -s */
        one_word_name(c->lx, pt->wid) &&
        !(pt->pos & WF_S) &&
        !(i >= first + 2 &&
          (verb_ends_before(c, first, i - 1) ||
           c->tok[i - 2].tag == TAG_PREP) &&
          (!nt || nt->type == TT_PUNCT ||
           (nt->pos & (POS_PREP | POS_CONJ))))) {
        /* (not "fired artillery shells near", "handed over fighter jets
         * to": after a verb, the noun and the plural before a
         * preposition are its object, as name_after_verb says of
         * names; nor "a ban on opposition rallies.": after a
         * preposition, its object) */
        return TAG_VERB;
    }
    /* "Resolution 1298 imposing an embargo": an -ing form after a number
     * that ends a name, before its object */
    if (ing && prev == TAG_NUM && pt && i >= first + 2 &&
        c->tok[i - 2].tag == TAG_PROPN && nt && (nt->pos & POS_DET))
        return TAG_VERB;
    /* (by_prev gives this noun, the verb of the next list and the
     * chain's end for tags no rule asks for, but for a plural, without
     * the call: a rule added above that answers otherwise after those
     * tags must be asked there too; test_verb_or_noun_by_the_tag_before) */
    if (prev == TAG_DET || prev == TAG_POSS || prev == TAG_ADJ ||
        prev == TAG_NUM || (prev == TAG_PREP && !ing))
        return TAG_NOUN;
    else if (prev == TAG_MODAL || prev == TAG_TO ||
             prev == TAG_AUX || prev == TAG_NEG || prev == TAG_PRON ||
             prev == TAG_ADV)
        return TAG_VERB;
    else if (prev == TAG_NOUN && pt && !ed && !ing &&
             (one_word_name(c->lx, pt->wid) ||
              one_word_name(c->lx, pt->nlem)) &&
             !(t->kinds & (1u << LX_AGENT)) && nt && !(nt->pos & POS_TO) &&
             opens_verb_phrase(c, t, nt))
        return TAG_VERB; /* "police fire tear gas", "troops storm the
                            town": after a role, a word that opens a verb
                            phrase of the lexicon with the next word */
    else if (ing && pt &&
             ((prev == TAG_PROPN && !(pt->pos & POS_TIME)) ||
              (prev == TAG_NOUN &&
               (pt->kinds & (1u << LX_AGENT)))))
        return TAG_VERB; /* "with Driscoll shaking hands",
                              "troops shelling" (not "tank
                              shelling", "Friday evening") */
    else if (prev == TAG_PROPN && n && s_end &&
             verb_before_object(c, i + 1, end))
        return TAG_NOUN; /* "US drones hit Taliban positions", "Israeli
                            strikes kill 12": the plural is the subject
                            of the verb after it */
    else if (prev == TAG_PROPN && n && s_end && nt &&
             (nt->pos & POS_CONJ) && i + 3 < end &&
             (c->tok[i + 2].pos & POS_N) &&
             (c->tok[i + 2].pos & WF_S) &&
             (c->tok[i + 3].pos & POS_V) &&
             !(c->tok[i + 3].pos & (POS_N | POS_PREP)))
        return TAG_NOUN; /* "US jets and helicopters bombed": two plurals
                            joined before a verb are its subject */
    else if (prev == TAG_PROPN && n && s_end &&
             det_before_name(c, first, i) &&
             pp_then_past_verb(c, i + 1, end))
        return TAG_NOUN; /* "The ISIS attacks on Kobani killed": a name
                            after "the" modifies the plural, the subject
                            of the past tense after its phrase */
    else if (prev == TAG_PROPN)
        /* "Russia attacks" is a verb; "Houthi rebels", "Serb
         * forces" are role words heading a name */
        return (ed || !n ||
                  (s_end &&
                   !(t->kinds & (1u << LX_AGENT))) ||
                  (!(t->kinds & (1u << LX_AGENT)) &&
                   opens_verb_phrase(c, t, nt)))
                     ? TAG_VERB
                     : TAG_NOUN;
    else if (ing && prev == TAG_NOUN && t->wid != LX_NONE &&
             (c->lx->words[t->wid].kinds & (1u << LX_NOUN)) &&
             np_after_det(c, first, i) &&
             (!nt || nt->type == TT_PUNCT || (nt->pos & POS_PREP) ||
              (nt->pos & (POS_BE | POS_HAVE | POS_MODAL))))
        return TAG_NOUN; /* "the suicide car bombing in Peshawar": an -ing
                            form that heads an event noun of the lexicon,
                            ending a noun phrase a determiner opens, before
                            a preposition or its verb */
    else if (ed || ing)
        return TAG_VERB;
    else if (prev == TAG_CONJ && i >= first + 2 &&
             c->tok[i - 2].tag == TAG_VERB && nt &&
             (opens_object(c, i + 1, end) || nt->type == TT_NUM ||
              (nt->pos & (POS_NUMW | POS_PRON))))
        return TAG_VERB; /* "arrested and beat dozens of protesters": a
                            verb joined to a verb, before its object */
    else if (prev == TAG_NOUN && !s_end &&
             (opens_object(c, i + 1, end) ||
              (nt && dy_in_class(c, DY_CL_PARTICLE, nt) &&
               !(nt->pos & POS_PREP) && opens_object(c, i + 2, end))))
        return TAG_VERB; /* "the army put its forces on alert", "the
                            minister cut the budget", "the government
                            shut down the newspaper": a past tense like
                            its base form, before its object or a
                            particle that is no preposition ("strike on
                            the city" stays a noun) */
    else if (prev == TAG_NOUN && t->vlem != t->wid && !s_end)
        return TAG_VERB;
    else if (prev == TAG_NOUN && pt && !s_end &&
             (i == first + 1 || c->tok[i - 2].tag == TAG_DET) &&
             one_word_name(c->lx, pt->wid) &&
             (pt->kinds & ((1u << LX_AGENT) | (1u << LX_ACTOR) |
                           (1u << LX_COUNTRY))) == (1u << LX_AGENT) &&
             nt && nt->type == TT_WORD &&
             !(nt->flags & TF_CAP) &&
             (one_word_name(c->lx, nt->wid) ||
              one_word_name(c->lx, nt->nlem)) &&
             !(t->kinds & (1u << LX_AGENT)))
        return TAG_VERB; /* "police hit protesters", "the troops beat
                            students": a base form between two roles of
                            one word, the first a role word alone (no
                            party's name: "the bjp floor leader") opening
                            the sentence or after a determiner (not
                            "Thorala police station officials") */
    else if (prev == TAG_NOUN && pt && t->vlem == t->wid &&
             plural_subject(pt, nt) && !s_end &&
             !indefinite_before(c, first, i - 1))
        return TAG_VERB; /* "rebels attack", "gunmen kill 12" */
    else
        return TAG_NOUN;
}

/* verb_or_noun's answer for a word after a tag prev that no rule of its
 * chain asks for before that answer, given without the call (its spills
 * and its rules' walks back); 0 where its rules decide. After a
 * determiner, a possessive or a preposition (not before an -ing form)
 * every rule before its noun asks for a noun, a name, an adjective or a
 * number before, or itself answers a noun. Every other rule asks for one
 * of those tags or a conjunction before, or for a plural noun (n, a word
 * that may be a noun, and plural, a form in -s that is no -ss); past them
 * the chain gives a verb after a modal, "to", an auxiliary, a negation,
 * a pronoun or an adverb, and after any other tag a verb for an -ed or
 * -ing form and a noun else. */
static int by_prev(int prev, int ed, int ing, int plural, int n)
{
    if (prev == TAG_DET || prev == TAG_POSS || (prev == TAG_PREP && !ing))
        return TAG_NOUN;
    int plural_noun = n && plural;
    if (plural_noun || prev == TAG_NOUN || prev == TAG_PROPN ||
        prev == TAG_CONJ)
        return 0;
    /* (after an adjective, one rule more asks for any -s form; after a
     * number, one for an -ing form) */
    if (prev == TAG_ADJ)
        return plural ? 0 : TAG_NOUN;
    if (prev == TAG_NUM)
        return ing ? 0 : TAG_NOUN;
    if (prev == TAG_MODAL || prev == TAG_TO || prev == TAG_AUX ||
        prev == TAG_NEG || prev == TAG_PRON || prev == TAG_ADV)
        return TAG_VERB;
    return ed || ing ? TAG_VERB : TAG_NOUN;
}

/* Is an unknown word ending in -ly (low, ll bytes) an adverb after the
 * tag prev? Not a compound's "fly" ("the no-fly zones"), nor after a
 * determiner or a possessive. */
static int ly_adverb(const char *low, size_t ll, int prev)
{
    size_t seg = ll;
    for (size_t k = ll; k-- > 0;)
        if (low[k] == '-') {
            seg = ll - k - 1;
            break;
        }
    return seg >= 5 && prev != TAG_DET && prev != TAG_POSS;
}

/* The tag dy_words_tag gives a token t of form low (ll bytes) with no
 * capital (no TF_CAP, no TF_ALLCAP) wherever it stands, from its
 * analysis alone; 0 where a neighbour may decide. It follows
 * dy_words_tag's cascade for such a token, each rule that reads a
 * neighbour or an earlier tag answering 0: "to", "that" and "as"
 * (closed_tag); a broken possessive's "s"; a verb that is also a noun
 * or an adjective (verb_or_noun), a participle or an -ed or -ing form
 * (read by their neighbours, and "get" before a participle); an adverb
 * of class adverb-first; an adjective that is also a noun; an unknown
 * word in -ly. dy_words_analyse keeps it in the token's analysis, so a
 * cache hit brings it, and the tagger takes it in one test. */
static int alone_tag(const dy_ctx *c, const dy_token *t, const char *low,
                     size_t ll)
{
    if (t->type == TT_PUNCT)
        return TAG_PUNCT;
    if (t->type == TT_NUM)
        return TAG_NUM;
    uint32_t p = t->pos;
    if (p & CLOSED_POS) {
        int k = closed_alone(p);
        /* (a subordinator and preposition: only "as" reads neighbours) */
        if (!k && !(p & (POS_TO | POS_DET)) &&
            !(ll == 2 && memcmp(low, "as", 2) == 0))
            k = TAG_SUB;
        return k;
    }
    if (ll == 1 && low[0] == 's')
        return 0;
    int v = (p & POS_V) != 0, n = (p & POS_N) != 0, a = (p & POS_A) != 0;
    if (v)
        return n || a || t->is_part || (p & (WF_ED | WF_ING)) ? 0 : TAG_VERB;
    if ((p & POS_R) && dy_in_class(c, DY_CL_ADVERB_FIRST, t))
        return 0;
    if (a)
        return n ? 0 : TAG_ADJ;
    if (n)
        return TAG_NOUN;
    if (p & POS_R)
        return TAG_ADV;
    return (p & WF_LY) ? 0 : TAG_NOUN;
}

/* "rebels still hold", "Israel still controls": is token i (of a
 * sentence [first, end), after a token of tag prev) an adverb of class
 * adverb-first between a subject and a word that may be its verb? */
static inline int adverb_before_verb(const dy_ctx *c, size_t first,
                                     size_t end, size_t i, int prev)
{
    const dy_token *t = &c->tok[i];
    const dy_token *nt = i + 1 < end ? &c->tok[i + 1] : NULL;
    return (t->pos & POS_R) && i > first &&
           (prev == TAG_NOUN || prev == TAG_PROPN || prev == TAG_PRON) &&
           nt && nt->type == TT_WORD && (nt->pos & POS_V) &&
           !(nt->flags & TF_CAP) &&
           !(nt->pos & (POS_DET | POS_PREP | POS_PRON)) &&
           dy_in_class(c, DY_CL_ADVERB_FIRST, t);
}

/* The tag of token i (of a sentence [first, end), after a token of tag
 * prev), a word that cannot be a verb, past the tests of dy_words_tag's
 * loop that come before its parts of speech: of the cascade's rules only
 * those that ask no verb reading apply, in the same order, and none of
 * them gives a verb (so the passive's "get" after it is not asked). */
static int tag_no_verb(const dy_ctx *c, size_t first, size_t end,
                       size_t i, int prev)
{
    const dy_token *tok = c->tok;
    const dy_token *t = &tok[i];
    uint32_t p = t->pos;
    if (adverb_before_verb(c, first, end, i, prev))
        return TAG_ADV;
    int n = (p & POS_N) != 0, a = (p & POS_A) != 0;
    if (a && n) {
        const dy_token *nx = i + 1 < end ? &tok[i + 1] : NULL;
        /* "is due to visit", "are free to leave": after a form of "be"
         * and before "to", the predicate's adjective */
        int predicate = nx && i > first && dy_tok_has(nx, c->w_to) &&
                        tok[i - 1].tag == TAG_AUX &&
                        (tok[i - 1].pos & POS_BE);
        return predicate || (nx && (nx->pos & POS_N) && nx->type == TT_WORD)
                   ? TAG_ADJ
                   : TAG_NOUN;
    }
    if (a)
        return TAG_ADJ;
    if (n)
        return TAG_NOUN;
    if (p & POS_R)
        return TAG_ADV;
    if ((p & WF_LY) &&
        ly_adverb(c->lower.data + t->lower, t->lower_len, prev))
        return TAG_ADV;
    return (t->flags & TF_CAP) ? TAG_PROPN : TAG_NOUN;
}

/* Tags the tokens from t (before tend) whose form decides their tag
 * (alone, kept by the analysis) and that have no capital, two in three of
 * the corpus's; returns the first token that is not one, or tend. (A
 * loop of its own, by a pointer: in the cascade's loop each such token
 * stepped all of its induction variables.) */
static inline dy_token *tag_alone_run(dy_token *t, const dy_token *tend)
{
    for (; t < tend; t++) {
        if (!(t->alone & ~DY_ALONE_ACTOR) ||
            (t->flags & (TF_CAP | TF_ALLCAP)))
            break;
        t->tag = (uint8_t)(t->alone & ~DY_ALONE_ACTOR);
    }
    return t;
}

void dy_words_tag(dy_ctx *c, size_t first, size_t end)
{
    /* (in locals: a tag, stored through a token, may alias the context,
     * which would be read again for every token) */
    dy_token *tok = c->tok;
    const lx_word *words = c->lx->words;
    const char *lower = c->lower.data;
    for (size_t i = first; i < end; i++) {
        /* (most tokens: a tag their form decides, kept by the analysis) */
        dy_token *t = tag_alone_run(&tok[i], &tok[end]);
        if (t == &tok[end])
            break;
        i = (size_t)(t - tok);
        /* (a word, nearly every token here, asks one test of its type) */
        if (t->type != TT_WORD) {
            if (t->type == TT_PUNCT) {
                t->tag = TAG_PUNCT;
                continue;
            }
            if (t->type == TT_NUM) {
                t->tag = TAG_NUM;
                continue;
            }
        }
        /* (a word with no capital, most of them, asks none of these) */
        int sent_start = 0, cap = 0, initials = 0;
        if (t->flags & (TF_CAP | TF_ALLCAP)) {
            sent_start = i == first ||
                         (tok[i - 1].type == TT_PUNCT &&
                          (tok[i - 1].flags & (TF_QUOTE | TF_OPEN)));
            cap = (t->flags & TF_CAP) && !sent_start;
            /* (a capitalised word inside the sentence, of no closed class
             * and not the "s" below, is a name, as the tests below find) */
            if (cap && !(t->pos & CLOSED_POS) && t->lower_len > 1) {
                t->tag = TAG_PROPN;
                continue;
            }
            /* "US drones hit": a country's initials are no pronoun, even
             * opening the sentence */
            initials = (t->flags & TF_ALLCAP) && t->lower_len >= 2 &&
                       t->wid != LX_NONE &&
                       (words[t->wid].kinds & (1u << LX_COUNTRY)) &&
                       (!sent_start ||
                        (i + 1 < end && tok[i + 1].type == TT_WORD &&
                         !(tok[i + 1].flags & TF_ALLCAP)));
        }
        /* (a word of no closed class, most of them, has no closed tag:
         * one test of its bits instead of closed_tag's dozen) */
        int ct = (t->pos & CLOSED_POS) ? closed_tag(c, i, end) : 0;
        if (ct && !((cap || initials) && (t->flags & TF_ALLCAP))) {
            t->tag = (uint8_t)ct;
            continue;
        }
        /* "Syria   s Aleppo province": a possessive whose apostrophe a
         * broken encoding turned into spaces */
        if (t->lower_len == 1 && lower[t->lower] == 's' && i > first &&
            tok[i - 1].tag == TAG_PROPN) {
            t->tag = TAG_POSS;
            continue;
        }
        uint32_t p = t->pos;
        int prev = i > first ? tok[i - 1].tag : 0;
        /* a capitalised word that starts an actor or place name of the
         * lexicon ("Russia attacks", "Putin is set to") is a name even at
         * the start of a sentence */
        const uint32_t name_kinds = (1u << LX_COUNTRY) | (1u << LX_CAPITAL) |
                                    (1u << LX_ACTOR) | (1u << LX_PLACE);
        int lex_name = (t->flags & TF_CAP) && t->wid != LX_NONE &&
                       (words[t->wid].kinds & name_kinds);
        if (cap || lex_name ||
            (sent_start && (t->flags & TF_CAP) &&
             !(p & (POS_N | POS_V | POS_A | POS_R)))) {
            t->tag = TAG_PROPN;
            continue;
        }
        /* (a word that cannot be a verb asks none of the verb's rules
         * below: a chain of its own) */
        if (!(p & POS_V)) {
            t->tag = (uint8_t)tag_no_verb(c, first, end, i, prev);
            continue;
        }
        int n = (p & POS_N) != 0, a = (p & POS_A) != 0;
        int ed = (p & WF_ED) || (t->is_part && t->vlem != t->wid);
        int ing = (p & WF_ING) != 0;
        const dy_token *nt = i + 1 < end ? &tok[i + 1] : NULL;
        /* "has once again outright rejected": a participle after an
         * auxiliary and adverbs is a verb */
        int after_aux = 0;
        if (ed)
            for (size_t q = i; q-- > first && q + 5 > i;) {
                const dy_token *u = &tok[q];
                if (u->tag == TAG_AUX) {
                    after_aux = 1;
                    break;
                }
                if (u->tag != TAG_ADV && u->tag != TAG_ADJ &&
                    u->tag != TAG_NEG)
                    break;
            }
        if (after_aux) {
            t->tag = TAG_VERB;
        } else if (ed && i > first &&
            (prev == TAG_DET || prev == TAG_PREP || prev == TAG_ADJ ||
             /* "freed three kidnapped engineers" */
             prev == TAG_NUM ||
             /* "conducted ground attacks": an irregular participle
              * between a verb and its plural object */
             (prev == TAG_VERB && !(p & WF_ED) && nt &&
              (nt->pos & POS_N) &&
              (nt->pos & WF_S)) ||
             /* "used banned cluster munitions", "the newly elected
              * president", "used internationally banned weapons" */
             /* (after a verb in the past: not after a noun read as a
              * verb, "a gas attack killed", "fighter jets bombed") */
             (prev == TAG_VERB && tok[i - 1].is_part &&
              !(tok[i - 1].pos & (POS_BE | POS_HAVE))) ||
             (prev == TAG_ADV && i > first + 1 &&
              (tok[i - 2].tag == TAG_DET || tok[i - 2].tag == TAG_VERB ||
               tok[i - 2].tag == TAG_NUM))) &&
            nt &&
            nt->type == TT_WORD && (nt->pos & POS_N) && !(nt->pos & POS_PREP) &&
            !(nt->pos & (POS_DET | POS_PRON))) {
            /* "with exiled dissidents", "the wounded soldiers": a
             * participle used as an adjective */
            t->tag = TAG_ADJ;
        } else if ((p & WF_ED) && prev == TAG_VERB && nt &&
                   nt->type == TT_WORD && (nt->pos & (POS_N | POS_A)) &&
                   !(nt->pos & (POS_DET | POS_PRON | POS_PREP)) &&
                   !(nt->flags & TF_CAP) &&
                   dy_in_class_verb(c, DY_CL_HEARSAY, t)) {
            /* "to protest alleged electoral fraud", "condemned reported
             * killings": a participle of class hearsay between a verb
             * and its object is the object's adjective */
            t->tag = TAG_ADJ;
        } else if (ing && !n && prev == TAG_DET && nt &&
                   nt->type == TT_WORD && (nt->pos & POS_N) &&
                   !(nt->pos & (POS_DET | POS_PRON | POS_PREP)) &&
                   !(nt->flags & TF_CAP) &&
                   !(nt->kinds & ((1u << LX_AGENT) | (1u << LX_ACTOR)))) {
            /* "recalled its negotiating team", "the neighbouring
             * province": an -ing form that is no noun, between a
             * determiner and a noun, is that noun's adjective (not before
             * a role: "the rampaging mob" tells a riot) */
            t->tag = TAG_ADJ;
        } else if (!n && !a) {
            t->tag = TAG_VERB;
        } else if (a && !ed && !ing && nt && nt->type == TT_WORD &&
                   !(nt->pos & WF_S) &&
                   dy_in_class_noun(c, DY_CL_TIME_UNIT, nt)) {
            /* "jets last week bombed", "in the past month": a word that
             * may be an adjective, right before a time unit in the
             * singular, is its adjective (not "the talks could last
             * weeks") */
            t->tag = TAG_ADJ;
        } else if (adverb_before_verb(c, first, end, i, prev)) {
            t->tag = TAG_ADV;
        } else {
            int k = by_prev(prev, ed, ing, (p & (WF_S | WF_SS)) == WF_S, n);
            t->tag = (uint8_t)(k ? k
                                 : verb_or_noun(c, first, end, i, prev, ed));
        }
        /* "civilians got killed", "to get arrested": a form of "get"
         * right before a past participle is the passive's auxiliary */
        if (t->tag == TAG_VERB && t->is_part && prev == TAG_VERB &&
            dy_in_class(c, DY_CL_PASSIVE_GET, &tok[i - 1]))
            tok[i - 1].tag = TAG_AUX;
    }
}

const char *dy_tag_name(int tag)
{
    static const char *const names[] = {
        "?",    "PUNCT", "NUM",  "DET",  "PREP", "PRON",  "AUX",  "MODAL",
        "CONJ", "SUB",   "NEG",  "TO",   "POSS", "PROPN", "NOUN", "VERB",
        "ADJ",  "ADV"};
    if (tag < 0 || tag > TAG_ADV)
        return "?";
    return names[tag];
}

void dy_words_init_ids(dy_ctx *c)
{
    static const struct {
        size_t off;
        const char *w;
    } ids[] = {
#define ID(f, s) {offsetof(dy_ctx, f), s}
        ID(w_by, "by"),
        ID(w_of, "of"),
        ID(w_in, "in"),
        ID(w_near, "near"),
        ID(w_at, "at"),
        ID(w_on, "on"),
        ID(w_against, "against"),
        ID(w_with, "with"),
        ID(w_to, "to"),
        ID(w_and, "and"),
        ID(w_or, "or"),
        ID(w_nor, "nor"),
        ID(w_neither, "neither"),
        ID(w_the, "the"),
        ID(w_between, "between"),
        ID(w_since, "since"),
        ID(w_from, "from"),
        ID(w_into, "into"),
        ID(w_toward, "toward"),
        ID(w_towards, "towards"),
        ID(w_over, "over"),
        ID(w_around, "around"),
        ID(w_according, "according"),
        ID(w_outside, "outside"),
        ID(w_for, "for"),
        ID(w_have, "have"),
        ID(w_comma, ","),
        ID(w_that, "that"),
        ID(w_alongside, "alongside"),
        ID(w_together, "together"),
        ID(w_two, "two"),
        ID(w_both, "both"),
        ID(w_had, "had"),
        ID(w_were, "were"),
        ID(w_should, "should"),
#undef ID
    };
    for (size_t i = 0; i < sizeof ids / sizeof ids[0]; i++) {
        uint32_t *slot = (uint32_t *)(void *)((char *)c + ids[i].off);
        *slot = dy_lexicon_find(c->lx, ids[i].w, strlen(ids[i].w));
    }
}
