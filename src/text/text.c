/*
 * text.c - tokenizer and sentence splitter. Works on the original bytes so
 * every span points into the caller's text; normalisation happens only in
 * the lower-case form used for lookups (dy_text_lower).
 */
#include "text.h"
#include "lower_table.h"

#include <stddef.h>
#include <string.h>
#include <utf8proc.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* abbreviations that keep their period, by first letter: each eight
 * bytes, zero-padded, so a word is compared with one as one 64-bit value
 * (is_abbrev); at most DY_ABBREVS a letter, an empty one ending a
 * shorter list */
#define DY_ABBREVS 8
static const char abbrevs[26][DY_ABBREVS][8] = {
    {"adm", "amb", "approx", "apr", "aug"}, /* a */
    {"brig"}, /* b */
    {"capt", "cmdr", "co", "col", "corp", "cpl", "cpt"}, /* c */
    {"dec", "dept", "dr"}, /* d */
    {"est", "etc"}, /* e */
    {"feb", "ft"}, /* f */
    {"gen", "gens", "gov"}, /* g */
    {""}, /* h */
    {"inc", "insp"}, /* i */
    {"jan", "jr", "jul", "jun"}, /* j */
    {""}, /* k */
    {"lieut", "lt", "ltd"}, /* l */
    {"maj", "mar", "messrs", "mr", "mrs", "ms", "mt"}, /* m */
    {"no", "nos", "nov"}, /* n */
    {"oct"}, /* o */
    {"pres", "prof", "pvt"}, /* p */
    {""}, /* q */
    {"rep", "rev"}, /* r */
    {"sen", "sep", "sept", "sgt", "sr", "st", "supt"}, /* s */
    {""}, /* t */
    {""}, /* u */
    {"vs"}, /* v */
    {""}, /* w */
    {""}, /* x */
    {""}, /* y */
    {""}, /* z */
};

/* sentence-initial words that show a period after "U.S." ends a sentence */
static const char *const starters[] = {
    "The", "He", "She", "It", "They", "We", "This", "That", "But", "In", "A",
    "An", "His", "Her", "Their", "There", "I", "Its", "On", "At", "As", NULL};

static int is_abbrev(const char *s, size_t n)
{
    char low[8] = {0};
    if (n == 0 || n >= sizeof low)
        return 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        if (c < 'a' || c > 'z')
            return 0;
        low[i] = c;
    }
    uint64_t w;
    memcpy(&w, low, 8);
    const char(*a)[8] = abbrevs[low[0] - 'a'];
    for (size_t k = 0; k < DY_ABBREVS && a[k][0]; k++) {
        uint64_t e;
        memcpy(&e, a[k], 8);
        if (e == w)
            return 1;
    }
    return 0;
}

/* classes of the ASCII bytes the tokenizer tests most: white space (what
 * is_space_cp takes below 0x80), letters and digits, and the punctuation
 * a word's scan reads after its letters (scan_word) */
enum { A_SPACE = 1, A_ALNUM = 2, A_INWORD = 4 };
static const uint8_t ascii_class[256] = { /* (none at or above 0x80) */
    ['\t'] = A_SPACE, ['\n'] = A_SPACE, ['\v'] = A_SPACE, ['\f'] = A_SPACE,
    ['\r'] = A_SPACE, [' '] = A_SPACE,
    ['0'] = A_ALNUM, ['1'] = A_ALNUM, ['2'] = A_ALNUM, ['3'] = A_ALNUM,
    ['4'] = A_ALNUM, ['5'] = A_ALNUM, ['6'] = A_ALNUM, ['7'] = A_ALNUM,
    ['8'] = A_ALNUM, ['9'] = A_ALNUM,
#define L(x) [x] = A_ALNUM, [x - 'a' + 'A'] = A_ALNUM
    L('a'), L('b'), L('c'), L('d'), L('e'), L('f'), L('g'), L('h'), L('i'),
    L('j'), L('k'), L('l'), L('m'), L('n'), L('o'), L('p'), L('q'), L('r'),
    L('s'), L('t'), L('u'), L('v'), L('w'), L('x'), L('y'), L('z'),
#undef L
    ['-'] = A_INWORD, [','] = A_INWORD, ['.'] = A_INWORD, ['&'] = A_INWORD,
    ['\''] = A_INWORD,
};

/* next code point at s[i]; invalid bytes count as one U+FFFD */
static int32_t cp_at(const char *s, size_t n, size_t i, size_t *k)
{
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) {
        *k = 1;
        return c;
    }
    utf8proc_int32_t cp;
    utf8proc_ssize_t r = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
                                          (utf8proc_ssize_t)(n - i), &cp);
    if (r <= 0) {
        *k = 1;
        return 0xFFFD;
    }
    *k = (size_t)r;
    return cp;
}

static int is_space_cp(int32_t c)
{
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
        c == '\v')
        return 1;
    if (c < 0x80)
        return 0;
    utf8proc_category_t cat = utf8proc_category(c);
    return cat == UTF8PROC_CATEGORY_ZS || cat == UTF8PROC_CATEGORY_ZL ||
           cat == UTF8PROC_CATEGORY_ZP || c == 0xFEFF || c == 0x200B;
}

static int is_alpha_cp(int32_t c)
{
    if (c < 0x80)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    utf8proc_category_t cat = utf8proc_category(c);
    return (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_MC) ||
           cat == UTF8PROC_CATEGORY_ME;
}

static int is_digit_cp(int32_t c)
{
    return c >= '0' && c <= '9';
}

static int is_upper_cp(int32_t c)
{
    if (c < 0x80)
        return c >= 'A' && c <= 'Z';
    utf8proc_category_t cat = utf8proc_category(c);
    return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
}

static int is_apos(int32_t c)
{
    return c == '\'' || c == 0x2019 || c == 0x2018 || c == 0x02BC;
}

/* curly and angle double quotes (not the ASCII '"') */
static int is_dquote(int32_t c)
{
    return c == 0x201C || c == 0x201D || c == 0x00AB || c == 0x00BB;
}

static int is_hyphen(int32_t c)
{
    return c == '-' || c == 0x2010 || c == 0x2011;
}

/* Only the stops '.', '!' and '?' (what is_terminator asks) of all
 * marks are given may_end (P_STOP, a bit above a token's flags): a comma
 * or a quote ends no sentence by itself (a blank line after it marks it
 * in dy_text_tokenize, the token limit and the text's end are the
 * sentence scan's bounds), and each mark it stopped at cost the scan
 * some 70 instructions. */
enum { P_STOP = 0x100 };

/* the quote and bracket flags of the ASCII marks and P_STOP
 * (punct_flags) */
static const uint16_t ascii_punct[128] = {
    ['"'] = TF_QUOTE, ['\''] = TF_QUOTE, ['('] = TF_OPEN, ['['] = TF_OPEN,
    [')'] = TF_CLOSE, [']'] = TF_CLOSE,
    ['.'] = P_STOP, ['!'] = P_STOP, ['?'] = P_STOP,
};

/* A punctuation mark's TF_QUOTE, TF_OPEN, TF_CLOSE and P_STOP: an ASCII
 * mark's from a table (most marks: a comma, a period, which the tests
 * below would each ask in turn) */
static inline int punct_flags(int32_t c)
{
    if (c < 0x80)
        return ascii_punct[c];
    int flags = 0;
    if (is_dquote(c) || is_apos(c))
        flags |= TF_QUOTE;
    if (c == 0x201C || c == 0x2018 || c == 0x00AB)
        flags |= TF_OPEN;
    if (c == 0x201D || c == 0x2019 || c == 0x00BB)
        flags |= TF_CLOSE;
    return flags;
}

/* The tokens written so far. dy_text_tokenize keeps it in a local whose
 * address only inlined code takes, so its fields stay in registers: a
 * token's byte fields, written through a pointer, would make the compiler
 * read a dy_vec's fields again after every token. */
typedef struct tok_out {
    dy_tok *data;
    size_t count, cap, max; /* max: 0 for no limit */
    size_t lim; /* the smaller of cap and max (cap with no max): one test a
                   token, the two asked in turn only there */
    dy_vec *vec;
} tok_out;

/* o->lim from o->cap and o->max */
static size_t tok_lim(const tok_out *o)
{
    return o->max && o->max < o->cap ? o->max : o->cap;
}

_Static_assert(sizeof(dy_tok) == 12, "dy_tok.may_end sits in the padding");

/* the token's may_end: a stop mark (the punctuation callers' `stop`:
 * P_STOP), or a word with its own period (nonzero: TF_PERIOD); a blank
 * line after it marks it too, in dy_text_tokenize */
static inline int push_tok(tok_out *o, size_t start, size_t len, int type,
                           int flags, int stop)
{
    if (o->count >= o->lim) {
        if (o->max && o->count >= o->max)
            return DYAD_ELIMIT;
        if (o->count == o->cap) { /* grown by the vector, then read again */
            o->vec->count = o->count;
            if (!dy_vec_grow(o->vec))
                return DYAD_ENOMEM;
            o->vec->count--;
            o->data = o->vec->data;
            o->cap = o->vec->cap;
        }
        o->lim = tok_lim(o);
    }
    o->data[o->count++] = (dy_tok){
        (uint32_t)start, (uint32_t)len, (uint8_t)type, (uint8_t)flags,
        (uint8_t)(type == TT_PUNCT ? stop : (flags & TF_PERIOD))};
    return 0;
}

/* Is s[a..i) a run of single letters each followed by '.' so far, e.g.
 * "U" or "U.S"? Used to keep "U.S." and initials together. */
static int initials_so_far(const char *s, size_t a, size_t i)
{
    size_t k = a;
    while (k < i) {
        unsigned char c = (unsigned char)s[k];
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')))
            return 0;
        k++;
        if (k == i)
            return 1;
        if (s[k] != '.')
            return 0;
        k++;
    }
    return 0;
}

#if defined(__SSE2__)
/* The ASCII letters and digits among the sixteen bytes w, one bit a
 * byte (bit k: byte k): a letter is a byte that ORed with 0x20 is from
 * 'a' to 'z', a digit one from '0' to '9', each asked as one signed
 * compare after a shift of the range to -128 (no byte at or above 0x80
 * lands in either); *letters gets the letters' bits alone */
static inline unsigned alnum_bits(__m128i w, unsigned *letters)
{
    __m128i letter = _mm_cmplt_epi8(
        _mm_add_epi8(_mm_or_si128(w, _mm_set1_epi8(0x20)),
                     _mm_set1_epi8((char)(0x80 - 'a'))),
        _mm_set1_epi8((char)(-128 + 26)));
    __m128i digit = _mm_cmplt_epi8(
        _mm_add_epi8(w, _mm_set1_epi8((char)(0x80 - '0'))),
        _mm_set1_epi8((char)(-128 + 10)));
    *letters = (unsigned)_mm_movemask_epi8(letter);
    return (unsigned)_mm_movemask_epi8(_mm_or_si128(letter, digit));
}
#endif

/* The end of the ASCII letters and digits from j on (j <= n). Where SSE2 is
 * (every x86-64), sixteen bytes a step while sixteen are left
 * (alnum_bits); the first byte that is neither ends the run. The byte
 * loop before (a table test a byte, some 7 instructions) cost more than
 * one step over the rest of a word of news, most of which end within
 * sixteen bytes. */
static inline size_t alnum_end(const char *s, size_t n, size_t j)
{
#if defined(__SSE2__)
    while (n - j >= 16) {
        unsigned letters;
        unsigned m = ~alnum_bits(
                         _mm_loadu_si128((const __m128i *)(const void *)(s + j)),
                         &letters) &
                     0xFFFFu;
        if (m)
            return j + (size_t)__builtin_ctz(m);
        j += 16;
    }
#endif
    while (j < n && (ascii_class[(unsigned char)s[j]] & A_ALNUM))
        j++;
    return j;
}

/* The end of the run of ASCII letters and digits from j; *lower is 1 if
 * a lower-case letter is in it, else 0, and *upper, in a run with no
 * lower-case letter, the number of its capitals (0 in a run with one:
 * the callers ask it only where *lower is 0). Where SSE2 is and sixteen
 * bytes are left, a run shorter than sixteen (most words) is read in one
 * step: its end, its lower-case letters (the letters with bit 0x20, which
 * a 16-bit shift by two moves to each byte's top bit) and, with none,
 * its capitals counted from their bits. Else (counted in locals, which
 * stay in registers) byte by byte up to the first lower-case letter, the
 * rest passed over by alnum_end. */
static inline size_t ascii_run(const char *s, size_t n, size_t j,
                               size_t *lower, size_t *upper)
{
#if defined(__SSE2__)
    if (n - j >= 16) {
        __m128i w = _mm_loadu_si128((const __m128i *)(const void *)(s + j));
        unsigned letters, run = alnum_bits(w, &letters);
        unsigned m = ~run & 0xFFFFu;
        if (m) {
            unsigned in = (m & -m) - 1; /* the run's bytes */
            unsigned lows = (unsigned)_mm_movemask_epi8(_mm_slli_epi16(w, 2));
            if (letters & lows & in) {
                *lower = 1;
                *upper = 0;
            } else {
                size_t up = 0;
                for (unsigned c = letters & in; c; c &= c - 1)
                    up++;
                *lower = 0;
                *upper = up;
            }
            return j + (size_t)__builtin_ctz(m);
        }
    }
#endif
    size_t up = 0;
    *lower = 0;
    for (; j < n; j++) {
        unsigned b = (unsigned char)s[j];
        if (b - 'a' < 26u) {
            *lower = 1;
            *upper = 0;
            return alnum_end(s, n, j + 1);
        }
        if (b - 'A' < 26u)
            up++;
        else if (b - '0' >= 10u)
            break;
    }
    *upper = up;
    return j;
}

/* The end of the word or number that starts at i with code point c (k
 * bytes): letters and digits, inner hyphens, digit groups ("1,000",
 * "2.5"), "&" in names (AT&T), apostrophes inside names (O'Brien, not the
 * clitics 's and n't), initials and abbreviations with their periods.
 * *flags gets TF_CAP, TF_ALLCAP and TF_PERIOD; *is_num says digits only. */
static size_t scan_word(const char *s, size_t n, size_t i, int32_t c,
                        size_t k, int *flags, int *is_num)
{
    /* (letters: all of them in a word with no lower-case letter, else
     * at least one; only letters > 0, and > 1 with no lower-case letter,
     * are asked) */
    int digits_only = 1, has_lower = 0, letters = 0;
    *flags = is_upper_cp(c) ? TF_CAP : 0;
    size_t j = i;
    for (;;) {
        /* ASCII letters and digits, most of a word, without decoding */
        size_t lower, upper;
        j = ascii_run(s, n, j, &lower, &upper);
        if (lower)
            has_lower = 1;
        if (lower + upper) {
            letters += (int)(lower + upper);
            digits_only = 0;
        }
        if (j >= n)
            break;
        /* an ASCII byte none of the rules below reads (a space, most
         * punctuation) ends the word at once, the next one unread */
        unsigned char b = (unsigned char)s[j];
        if (b < 0x80 && !(ascii_class[b] & A_INWORD))
            break;
        size_t kk;
        int32_t d = cp_at(s, n, j, &kk);
        if (is_alpha_cp(d) || is_digit_cp(d)) {
            if (!is_digit_cp(d)) {
                digits_only = 0;
                letters++;
                if (!is_upper_cp(d))
                    has_lower = 1;
            }
            j += kk;
            if (j >= n)
                break;
            continue;
        }
        if (j + kk >= n) {
            /* a final period of initials or an abbreviation at the
             * very end ("U.N." as a lexicon phrase) */
            if (d == '.' && letters > 0 &&
                ((initials_so_far(s, i, j) && is_upper_cp(c) &&
                  j > i + 1) ||
                 is_abbrev(s + i, j - i))) {
                j += kk;
                *flags |= TF_PERIOD;
            }
            break;
        }
        size_t k2;
        int32_t e = cp_at(s, n, j + kk, &k2);
        if (is_hyphen(d) && (is_alpha_cp(e) || is_digit_cp(e))) {
            j += kk;
            continue;
        }
        if ((d == ',' || d == '.') && digits_only && is_digit_cp(e) &&
            j > i) {
            j += kk;
            continue;
        }
        if (d == '&' && is_alpha_cp(e) && is_upper_cp(c)) {
            j += kk;
            continue;
        }
        if (is_apos(d) && is_alpha_cp(e)) {
            /* 's and n't split off; O'Brien stays whole */
            int s_clitic = (e == 's' || e == 'S') &&
                           (j + kk + k2 >= n ||
                            !is_alpha_cp(cp_at(s, n, j + kk + k2, &k2)));
            int nt = (e == 't' || e == 'T') && j > i &&
                     (s[j - 1] == 'n' || s[j - 1] == 'N');
            if (s_clitic)
                break;
            if (nt) {
                j -= 1; /* give the 'n' to "n't" */
                break;
            }
            j += kk;
            continue;
        }
        if (d == '.' && letters > 0 && initials_so_far(s, i, j) &&
            (is_upper_cp(c) ||
             (j > i + 1 || (is_alpha_cp(e) && j + kk + k2 < n &&
                            s[j + kk + k2] == '.')))) {
            j += kk; /* U.S. / J. */
            *flags |= TF_PERIOD;
            if (is_alpha_cp(e) && j + k2 < n && s[j + k2] == '.')
                continue;
            break;
        }
        if (d == '.' && is_abbrev(s + i, j - i)) {
            /* "No." is an abbreviation only before a number */
            int ok = 1;
            /* (only "No" and "Nos": "Nov." is always one) */
            if ((j - i == 2 || (j - i == 3 && (s[i + 2] == 's' ||
                                               s[i + 2] == 'S'))) &&
                (s[i] == 'n' || s[i] == 'N') &&
                (s[i + 1] == 'o' || s[i + 1] == 'O')) {
                size_t q = j + kk;
                while (q < n && s[q] == ' ')
                    q++;
                ok = q < n && s[q] >= '0' && s[q] <= '9';
            }
            if (ok) {
                j += kk;
                *flags |= TF_PERIOD;
            }
        }
        break;
    }
    if (letters > 1 && !has_lower)
        *flags |= TF_ALLCAP;
    if (j == i)
        j = i + k;
    *is_num = digits_only;
    return j;
}

/* The end of a plain ASCII word at i (letters and digits up to a byte
 * none of scan_word's rules reads), setting what scan_word would, or 0
 * when the word needs scan_word: a hyphen, period, comma, '&',
 * apostrophe or a byte of another script after its letters. Most words
 * are plain, and this loop keeps its state in registers. */
static inline size_t plain_word(const char *s, size_t n, size_t i,
                                int *flags, int *is_num)
{
    size_t lower, upper;
    size_t j = ascii_run(s, n, i, &lower, &upper);
    if (j < n) {
        unsigned char e = (unsigned char)s[j];
        if (e >= 0x80 || (ascii_class[e] & A_INWORD))
            return 0;
    }
    unsigned f = (unsigned char)s[i];
    int cap = f - 'A' < 26u ? TF_CAP : 0;
    if (lower) { /* (most words) */
        *flags = cap;
        *is_num = 0;
    } else {
        *flags = cap | (upper > 1 ? TF_ALLCAP : 0);
        *is_num = upper == 0;
    }
    return j;
}

#if defined(__SSE2__)
/* Up to 64 bytes of the text from `base` read in SSE2 steps of sixteen,
 * one bit a byte (bit k: byte base + k): `ends` has the bytes that are
 * no ASCII letter or digit (where a run of them ends), `lower` the
 * lower-case letters. Bits past the bytes read (`known`) are 0 in both,
 * so a run that reaches them finds no end. The tokenizer's words are
 * short and close together: one window serves the words of some 48
 * bytes, where each word read its own sixteen bytes before (ascii_run). */
typedef struct tok_win {
    size_t base, known;
    uint64_t ends, lower;
} tok_win;

/* w filled from i (n - i >= 16): as many whole steps as fit, up to four */
static inline void win_fill(const char *s, size_t n, size_t i, tok_win *w)
{
    size_t steps = (n - i) / 16;
    if (steps > 4)
        steps = 4;
    uint64_t ends = 0, lower = 0;
    for (size_t q = 0; q < steps; q++) {
        __m128i v =
            _mm_loadu_si128((const __m128i *)(const void *)(s + i + 16 * q));
        unsigned letters, run = alnum_bits(v, &letters);
        unsigned lows = (unsigned)_mm_movemask_epi8(_mm_slli_epi16(v, 2));
        ends |= (uint64_t)(~run & 0xFFFFu) << (16 * q);
        lower |= (uint64_t)(letters & lows) << (16 * q);
    }
    w->base = i;
    w->known = 16 * steps;
    w->ends = ends;
    w->lower = lower;
}
#endif

/* plain_word read from the window w where it can be: a word with a
 * lower-case letter whose end lies in the window (most words); w filled
 * again from i when i is within sixteen bytes of its end or past it.
 * Anything else (a word with no lower-case letter, one that reaches past
 * the window, the last fifteen bytes of a text) asks plain_word. */
static inline size_t plain_word_w(const char *s, size_t n, size_t i,
                                  void *win, int *flags, int *is_num)
{
#if defined(__SSE2__)
    tok_win *w = win;
    size_t rel = i - w->base;
    uint64_t e = rel < w->known ? w->ends >> rel : 0;
    if (!e && n - i >= 16) {
        win_fill(s, n, i, w);
        rel = 0;
        e = w->ends;
    }
    if (e) {
        uint64_t in = (e & -e) - 1; /* the run's bytes */
        if ((w->lower >> rel) & in) {
            size_t j = i + (size_t)__builtin_ctzll(e);
            unsigned char x = (unsigned char)s[j];
            if (x >= 0x80 || (ascii_class[x] & A_INWORD))
                return 0;
            unsigned f = (unsigned char)s[i];
            *flags = f - 'A' < 26u ? TF_CAP : 0;
            *is_num = 0;
            return j;
        }
    }
#else
    (void)win;
#endif
    return plain_word(s, n, i, flags, is_num);
}

#if defined(__SSE2__)
/* A word's type, flags and may_end and the token's padding byte, by the
 * word's first byte (a letter or digit): TT_WORD, TF_CAP for a capital,
 * no may_end. word_run copies the four bytes to a token in one step
 * where it stored three fields and computed the flag. */
enum { DY_TOK_HEAD = 4 };
_Static_assert(offsetof(dy_tok, flags) == offsetof(dy_tok, type) + 1 &&
                   offsetof(dy_tok, may_end) == offsetof(dy_tok, type) + 2 &&
                   offsetof(dy_tok, type) + DY_TOK_HEAD == sizeof(dy_tok),
               "a token's last four bytes are its type, flags, may_end and padding");
#define W(x) [x] = {TT_WORD, 0, 0, 0}
#define C(x) [x] = {TT_WORD, TF_CAP, 0, 0}
static const uint8_t word_head[128][DY_TOK_HEAD] = {
    W('0'), W('1'), W('2'), W('3'), W('4'), W('5'), W('6'), W('7'), W('8'),
    W('9'),
    W('a'), W('b'), W('c'), W('d'), W('e'), W('f'), W('g'), W('h'), W('i'),
    W('j'), W('k'), W('l'), W('m'), W('n'), W('o'), W('p'), W('q'), W('r'),
    W('s'), W('t'), W('u'), W('v'), W('w'), W('x'), W('y'), W('z'),
    C('A'), C('B'), C('C'), C('D'), C('E'), C('F'), C('G'), C('H'), C('I'),
    C('J'), C('K'), C('L'), C('M'), C('N'), C('O'), C('P'), C('Q'), C('R'),
    C('S'), C('T'), C('U'), C('V'), C('W'), C('X'), C('Y'), C('Z'),
};
#undef W
#undef C

/* Plain words each followed by one space (or by a comma, below), from the
 * word at i while the window w holds them (most of a sentence's words:
 * "said on Monday that the"), pushed as the loop of dy_text_tokenize would
 * push them (a word with a lower-case letter whose run ends at a space,
 * TT_WORD, TF_CAP by its first byte, `para` on the first) with no round of
 * that loop a word: the next word's start is the bit after the space, read
 * from the same window, filled again where its bits run out. The byte
 * after the last token's space, or i when no token was pushed; anything
 * else (a word with no lower-case letter or before another mark, the last
 * fifteen bytes of a text, the token limit) is left to the loop.
 *
 * The window's two masks are kept shifted to the word at hand in locals
 * (`e`, `lw`: bit 0 is byte i), each shifted on past a word and its space,
 * and the tokens are written through a pointer bounded by the limit's
 * slot: a word then reads no field of w or o, where it read four (the
 * window's base, extent and masks, each shifted by the word's offset, and
 * the count and limit) and computed its slot from the count. */
static inline size_t word_run(tok_out *o, const char *s, size_t n, size_t i,
                              tok_win *w, int para)
{
    /* (a caller that only counts passes no array, and no room: no
     * pointer is made from NULL, which UBSan rejects; 0.5 M instructions
     * on the corpus, the price of the test) */
    if (!o->data)
        return i;
    size_t rel = i - w->base;
    /* (0 past the bytes read: the bits there are 0, and a shift of 64 or
     * more is undefined) */
    uint64_t e = rel < w->known ? w->ends >> rel : 0;
    uint64_t lw = rel < w->known ? w->lower >> rel : 0;
    dy_tok *const first = o->data + o->count, *const tend = o->data + o->lim;
    dy_tok *tp = first;
    while (tp < tend) {
        if (!e) { /* (filled again from the word, as plain_word_w would) */
            if (n - i < 16)
                break;
            win_fill(s, n, i, w);
            e = w->ends;
            lw = w->lower;
            if (!e)
                break;
        }
        /* a lower-case letter before the run's end: e - 1 has the bits
         * below e's lowest and e's others, and no lower-case letter is an
         * end */
        if (!((e - 1) & lw))
            break;
        size_t t = (size_t)__builtin_ctzll(e);
        const uint8_t *head = word_head[(unsigned char)s[i]];
        /* (most words end at a space: said so, the compiler keeps the
         * loop's values in registers for this path and the marks' below
         * pay the moves) */
        if (__builtin_expect(s[i + t] == ' ', 1)) {
            tp->start = (uint32_t)i;
            tp->len = (uint32_t)t;
            memcpy((unsigned char *)tp + offsetof(dy_tok, type), head,
                   DY_TOK_HEAD);
            tp++;
            i += t + 1;
            /* (in two shifts: t + 1 may be 64) */
            e = e >> t >> 1;
            lw = lw >> t >> 1;
            /* (the byte after the space: no letter or digit) */
            if (e & 1)
                break;
            continue;
        }
        /* a word before a comma (scan_word's digit groups need a word of
         * digits only) and the comma, as the loop pushes them: the word
         * TF_SHAPED, having been read by scan_word, the comma no stop
         * (P_STOP); the run goes on after the comma's space */
        if (s[i + t] != ',' || tend - tp < 2)
            break;
        tp[0] = (dy_tok){(uint32_t)i, (uint32_t)t, TT_WORD,
                         (uint8_t)(head[1] | TF_SHAPED), 0};
        tp[1] = (dy_tok){(uint32_t)(i + t), 1, TT_PUNCT, 0, 0};
        tp += 2;
        if (i + t + 1 >= n || s[i + t + 1] != ' ') {
            i += t + 1;
            break;
        }
        i += t + 2;
        e = e >> t >> 2;
        lw = lw >> t >> 2;
        if (e & 1) /* (the byte after the comma's space) */
            break;
    }
    /* (the paragraph flag on the first word only, given once here) */
    if (tp != first)
        first->flags |= (uint8_t)para;
    o->count = (size_t)(tp - o->data);
    return i;
}
#endif

/* The end of "n't" at i, left over by a word split before it, or 0 */
static size_t nt_end(const char *s, size_t n, size_t i)
{
    if ((s[i] != 'n' && s[i] != 'N') || i + 1 >= n)
        return 0;
    size_t ka, kt, kz;
    int32_t a = cp_at(s, n, i + 1, &ka);
    if (!is_apos(a) || i + 1 + ka >= n)
        return 0;
    int32_t t = cp_at(s, n, i + 1 + ka, &kt);
    size_t after = i + 1 + ka + kt;
    if ((t == 't' || t == 'T') &&
        (after >= n || !is_alpha_cp(cp_at(s, n, after, &kz))))
        return after;
    return 0;
}

int dy_text_tokenize(const char *s, size_t n, size_t max_tokens, dy_vec *out)
{
    size_t i = 0;
    /* 0, 1 after a newline, TF_PARA after two or more: the next token's
     * flag as it stands */
    int newlines = 0;
    int rc = 0;
    tok_out o = {out->data, out->count, out->cap, max_tokens, 0, out};
    o.lim = tok_lim(&o);
#if defined(__SSE2__)
    tok_win win = {0, 0, 0, 0}; /* (empty: filled at the first word) */
#else
    int win = 0;
#endif
    while (i < n) {
        unsigned char b = (unsigned char)s[i];
        size_t k = 1;
        int32_t c = b;
        if (b < 0x80) {
            if (ascii_class[b] & A_SPACE) {
                if (b == '\n') {
                    /* (a sentence may end before a blank line: the
                     * token before it marked, once a line, not every
                     * token asked whether it follows one) */
                    if (newlines && o.count)
                        o.data[o.count - 1].may_end = 1;
                    newlines = newlines ? TF_PARA : 1;
                }
                i++;
                continue;
            }
        } else {
            c = cp_at(s, n, i, &k);
            if (is_space_cp(c)) {
                i += k;
                continue;
            }
        }
        int para = newlines & TF_PARA;
        newlines = 0;
        size_t start = i;
        if (b < 0x80 ? (ascii_class[b] & A_ALNUM) != 0 : is_alpha_cp(c)) {
#if defined(__SSE2__)
            if (b < 0x80) {
                size_t after = word_run(&o, s, n, i, &win, para);
                if (after != i) {
                    i = after;
                    continue;
                }
            }
#endif
            int flags, is_num;
            size_t j =
                b < 0x80 ? plain_word_w(s, n, i, &win, &flags, &is_num) : 0;
            if (!j) {
                /* (an apostrophe after the 'n' makes "n't" no plain word) */
                size_t after = nt_end(s, n, i);
                if (after) {
                    rc = push_tok(&o, i, after - i, TT_WORD, para, 0);
                    if (rc)
                        break;
                    i = after;
                    continue;
                }
                j = scan_word(s, n, i, c, k, &flags, &is_num);
                flags |= TF_SHAPED;
            }
            rc = push_tok(&o, start, j - start, is_num ? TT_NUM : TT_WORD,
                          flags | para, 0);
            if (rc)
                break;
            /* (the space after most words passed over here, where the
             * loop would only count its newlines: none) */
            i = j < n && s[j] == ' ' ? j + 1 : j;
            continue;
        }
        /* clitics 's and n't */
        if (is_apos(c) && i + k < n) {
            size_t k2;
            int32_t e = cp_at(s, n, i + k, &k2);
            if ((e == 's' || e == 'S') &&
                (i + k + k2 >= n || !is_alpha_cp(cp_at(s, n, i + k + k2, &k2)))) {
                rc = push_tok(&o, i, k + 1, TT_WORD, para, 0);
                if (rc)
                    break;
                i += k + 1;
                continue;
            }
        }
        if (c == '.' && i + 2 < n && s[i + 1] == '.' && s[i + 2] == '.') {
            rc = push_tok(&o, i, 3, TT_PUNCT, para, 1);
            if (rc)
                break;
            i += 3;
            continue;
        }
        int flags = para | punct_flags(c); /* (P_STOP cut by push_tok) */
        rc = push_tok(&o, i, k, TT_PUNCT, flags, flags >> 8);
        if (rc)
            break;
        i += k;
        if (i < n && s[i] == ' ')
            i++;
    }
    out->data = o.data; /* (the tokens pushed before a failure stay) */
    out->count = o.count;
    out->cap = o.cap;
    return rc;
}

/* the lower-case form of code point cp (a length, then up to three
 * bytes) from lower_table.h, or NULL where the table has none */
static const unsigned char *lower_of(int32_t cp)
{
    const unsigned char *e = NULL;
    if (cp >= 0x80 && cp < 0x300)
        e = lower_latin[cp - 0x80];
    else if (cp >= 0x2000 && cp < 0x2200)
        e = lower_punct[cp - 0x2000];
    return e && e[0] != 0xFF ? e : NULL;
}

size_t dy_text_fold_cp(int32_t cp, char *out, size_t room, int *cut)
{
    utf8proc_int32_t buf[8];
    int last = 0;
    utf8proc_ssize_t m = utf8proc_decompose_char(
        cp, buf, 8,
        UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK | UTF8PROC_DECOMPOSE |
            UTF8PROC_COMPAT,
        &last);
    if (m < 0 || m > 8) {
        m = 1;
        buf[0] = cp;
    }
    size_t o = 0;
    *cut = 0;
    for (utf8proc_ssize_t q = 0; q < m; q++) {
        utf8proc_uint8_t enc[4];
        utf8proc_ssize_t el = utf8proc_encode_char(buf[q], enc);
        if (o + (size_t)el > room) {
            *cut = 1;
            return o;
        }
        memcpy(out + o, enc, (size_t)el);
        o += (size_t)el;
    }
    return o;
}

size_t dy_text_lower(const char *s, size_t n, char *out, size_t cap)
{
    size_t o = 0;
    size_t i = 0;
    if (cap == 0)
        return 0;
    while (i < n && o + 1 < cap) {
        /* a run of ASCII, as much as the input and out's room allow */
        size_t run = n - i < cap - 1 - o ? n - i : cap - 1 - o, r = 0;
        for (; r < run; r++) {
            unsigned c = (unsigned char)s[i + r];
            if (c >= 0x80)
                break;
            out[o + r] = (char)(c - 'A' < 26u ? c + 32 : c);
        }
        i += r;
        o += r;
        if (i == n || o + 1 == cap)
            break;
        size_t k; /* s[i] is no ASCII */
        int32_t cp = cp_at(s, n, i, &k);
        i += k;
        if (is_apos(cp) || cp == 0x2032) { /* and the prime */
            out[o++] = '\'';
            continue;
        }
        if (is_dquote(cp)) {
            out[o++] = '"';
            continue;
        }
        if (cp == 0x2010 || cp == 0x2011 || cp == 0x2012 || cp == 0x2013 ||
            cp == 0x2014 || cp == 0x2212) {
            out[o++] = '-';
            continue;
        }
        /* (the Latin letters and the punctuation and symbols of mojibake
         * from a table of utf8proc's forms: three bytes stored whole, so
         * where four fit with the NUL; else utf8proc as below) */
        const unsigned char *e = lower_of(cp);
        if (e && o + 4 <= cap) {
            memcpy(out + o, e + 1, 3);
            o += e[0];
            continue;
        }
        int cut;
        o += dy_text_fold_cp(cp, out + o, cap - 1 - o, &cut);
        if (cut)
            break;
    }
    out[o] = '\0';
    return o;
}

#if defined(__SSE2__) && defined(__BYTE_ORDER__) && \
    __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
const unsigned char dy_text_keep16[32] = {
    0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
    0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF};
#endif

uint64_t dy_text_form_hash(const char *form, size_t n)
{
    uint64_t h = DY_FORM_SEED ^ n;
    for (size_t i = 0; i < n; i += 8) {
        uint64_t x = 0;
        for (size_t k = 0; k < 8 && i + k < n; k++)
            x |= (uint64_t)(unsigned char)form[i + k] << (8 * k);
        h = (h ^ x) * DY_FORM_MUL;
    }
    return h ^ (h >> 32);
}

size_t dy_text_lower_hash_any(const char *s, size_t n, char *out, size_t cap,
                              uint64_t *hash)
{
    size_t o = dy_text_lower(s, n, out, cap);
    /* (zeros up to the next multiple of eight within cap, as the ASCII
     * path's last step stores them) */
    size_t z = o + 1;
    for (; z % 8 && z < cap; z++)
        out[z] = '\0';
    /* (the form then hashed eight bytes a step as written, those zeros
     * its last step's missing bytes) */
    if (z % 8 == 0) {
        *hash = dy_text_form_hash_padded(out, o);
        return o;
    }
    *hash = dy_text_form_hash(out, o);
    return o;
}

static int tok_is(const char *s, const dy_tok *t, const char *w)
{
    size_t n = strlen(w);
    return t->len == n && memcmp(s + t->start, w, n) == 0;
}

static int is_terminator(const char *s, const dy_tok *t)
{
    if (t->type != TT_PUNCT)
        return 0;
    char c = s[t->start];
    return c == '.' || c == '!' || c == '?';
}

static int is_starter(const char *s, const dy_tok *t)
{
    for (size_t i = 0; starters[i]; i++)
        if (tok_is(s, t, starters[i]))
            return 1;
    return 0;
}

static int starts_upper_or_open(const char *s, const dy_tok *t)
{
    if (t->flags & (TF_CAP | TF_OPEN))
        return 1;
    if (t->type == TT_NUM)
        return 1;
    char c = s[t->start];
    return c == '"' || c == '(' || c == '\'';
}

int dy_text_sentences(const char *s, const dy_tok *toks, size_t ntok,
                      size_t max_tokens, dy_vec *out)
{
    size_t first = 0;
    for (size_t i = 0; i < ntok; i++) {
        /* (most tokens end nothing: a word with no period of its own, no
         * paragraph after it, the sentence below its limit; passed over
         * by a loop whose bound holds the last two tests) */
        size_t limit = max_tokens && first + max_tokens < ntok
                           ? first + max_tokens
                           : ntok;
        /* (a pointer, the loop's one induction variable; four tokens a
         * step while four are left before the bound, their may_end bytes
         * ORed into one test: a stop comes some thirty tokens apart) */
        const dy_tok *p = &toks[i], *last_p = &toks[limit - 1];
        while (last_p - p >= 4 &&
               !(p[0].may_end | p[1].may_end | p[2].may_end | p[3].may_end))
            p += 4;
        while (p < last_p && !p->may_end)
            p++;
        i = (size_t)(p - toks);
        int end = 0;
        size_t last = i; /* last token of the sentence if it ends here */
        if (i + 1 < ntok && (toks[i + 1].flags & TF_PARA))
            end = 1;
        if (is_terminator(s, &toks[i])) {
            /* closing quotes and brackets stay with the sentence */
            while (last + 1 < ntok &&
                   (toks[last + 1].flags & (TF_CLOSE | TF_QUOTE)) &&
                   !(toks[last + 1].flags & TF_OPEN) &&
                   !(toks[last + 1].flags & TF_PARA))
                last++;
            /* a stop before a lower-case word ends a sentence too
             * (lower-cased text); abbreviations keep their period inside
             * their token, so a lone '.' is a real stop */
            if (last + 1 >= ntok || starts_upper_or_open(s, &toks[last + 1]) ||
                (toks[last + 1].flags & TF_PARA) ||
                (s[toks[i].start] == '.' && toks[i].len == 1 &&
                 toks[last + 1].type == TT_WORD))
                end = 1;
        } else if ((toks[i].flags & TF_PERIOD) && i + 1 < ntok &&
                   toks[i].len >= 4 && is_starter(s, &toks[i + 1])) {
            end = 1; /* "... with the U.S. The talks" */
        }
        if (i + 1 == ntok)
            end = 1, last = i;
        if (!end && max_tokens && i + 1 - first >= max_tokens)
            end = 1;
        if (end) {
            dy_sent *se = dy_vec_push(out);
            if (!se)
                return DYAD_ENOMEM;
            se->first = (uint32_t)first;
            se->end = (uint32_t)(last + 1);
            i = last;
            first = last + 1;
        }
    }
    return 0;
}
