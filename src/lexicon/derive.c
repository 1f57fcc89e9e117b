/*
 * derive.c - WordNet's derivational links, read for the compiler: which
 * nouns name the act of a verb ("withdrawal" of withdraw, "imposition" of
 * impose, "expulsion" of expel). They come from the '+' pointers of
 * data.verb that lead to a noun synset of the lexicographer files noun.act
 * (04) or noun.event (11), so agent nouns ("leader", noun.person) are not
 * acts. And the nouns of one lexicographer file (noun.person), which seed
 * a word class ("@noun.person" in data/slots.lex). Lines are bounded by
 * the buffers; a malformed line is skipped.
 */
#include "lexicon/lexicon.h"

#include <stdlib.h>
#include <string.h>

#define LEXFILE_NOUN_ACT 4
#define LEXFILE_NOUN_EVENT 11
#define MAX_SYNSET_WORDS 64

/* one field of a data line: [*at, end of field); *at moves past it and the
 * space after it; 0 at the end of the line */
static int field(const char *t, size_t e, size_t *at, size_t *fs, size_t *fe)
{
    size_t i = *at;
    while (i < e && t[i] == ' ')
        i++;
    if (i >= e)
        return 0;
    *fs = i;
    while (i < e && t[i] != ' ')
        i++;
    *fe = i;
    *at = i;
    return 1;
}

static unsigned long num(const char *t, size_t s, size_t e, int base)
{
    char buf[16];
    size_t n = e - s < sizeof buf - 1 ? e - s : sizeof buf - 1;
    memcpy(buf, t + s, n);
    buf[n] = '\0';
    return strtoul(buf, NULL, base);
}

typedef struct synset {
    unsigned lexfile;
    size_t nwords;
    size_t ws[MAX_SYNSET_WORDS], we[MAX_SYNSET_WORDS];
    size_t after; /* the first field after the words (the pointer count) */
} synset;

/* the head of the data line [i, e): lexicographer file and words */
static int read_synset(const char *t, size_t i, size_t e, synset *s)
{
    size_t at = i, fs, fe;
    if (!field(t, e, &at, &fs, &fe) || !field(t, e, &at, &fs, &fe))
        return 0; /* offset, lex_filenum */
    s->lexfile = (unsigned)num(t, fs, fe, 10);
    if (!field(t, e, &at, &fs, &fe) || !field(t, e, &at, &fs, &fe))
        return 0; /* ss_type, w_cnt */
    unsigned long n = num(t, fs, fe, 16);
    if (n == 0 || n > MAX_SYNSET_WORDS)
        return 0;
    s->nwords = n;
    for (size_t k = 0; k < n; k++) {
        if (!field(t, e, &at, &s->ws[k], &s->we[k]) ||
            !field(t, e, &at, &fs, &fe))
            return 0; /* word, lex_id */
    }
    s->after = at;
    return 1;
}

/* the noun synset at byte offset off of data.noun */
static int noun_at(const char *nouns, size_t nn, unsigned long off, synset *s)
{
    if (off >= nn || (off > 0 && nouns[off - 1] != '\n'))
        return 0;
    const char *nl = memchr(nouns + off, '\n', nn - off);
    size_t e = nl ? (size_t)(nl - nouns) : nn;
    return read_synset(nouns, off, e, s);
}

/* the pointers of one verb line: each '+' to a noun act or event word */
static size_t verb_line(const char *t, size_t i, size_t e, const char *nouns,
                        size_t nn, dy_derive_fn fn, void *ctx)
{
    synset v, n;
    size_t at, fs, fe, found = 0;
    if (!read_synset(t, i, e, &v))
        return 0;
    at = v.after;
    if (!field(t, e, &at, &fs, &fe))
        return 0;
    unsigned long np = num(t, fs, fe, 10);
    for (unsigned long p = 0; p < np && p < 4096; p++) {
        size_t ss, se, os, oe, ps, pe, xs, xe;
        if (!field(t, e, &at, &ss, &se) || !field(t, e, &at, &os, &oe) ||
            !field(t, e, &at, &ps, &pe) || !field(t, e, &at, &xs, &xe))
            break;
        if (se - ss != 1 || t[ss] != '+' || pe - ps != 1 || t[ps] != 'n' ||
            xe - xs != 4)
            continue;
        unsigned long st = num(t, xs, xe, 16);
        size_t src = st >> 8, tgt = st & 0xff;
        if (!src || src > v.nwords ||
            !noun_at(nouns, nn, num(t, os, oe, 10), &n) || !tgt ||
            tgt > n.nwords ||
            (n.lexfile != LEXFILE_NOUN_ACT && n.lexfile != LEXFILE_NOUN_EVENT))
            continue;
        const char *nw = nouns + n.ws[tgt - 1], *vw = t + v.ws[src - 1];
        size_t nl = n.we[tgt - 1] - n.ws[tgt - 1];
        size_t vl = v.we[src - 1] - v.ws[src - 1];
        if (memchr(nw, '_', nl) || memchr(vw, '_', vl))
            continue;
        fn(ctx, nw, nl, vw, vl);
        found++;
    }
    return found;
}

size_t dy_wordnet_acts(const char *verbs, size_t nv, const char *nouns,
                       size_t nn, dy_derive_fn fn, void *ctx)
{
    size_t found = 0;
    for (size_t i = 0; i < nv;) {
        const char *nl = memchr(verbs + i, '\n', nv - i);
        size_t e = nl ? (size_t)(nl - verbs) : nv;
        if (e > i && verbs[i] != ' ') /* not the licence's lines */
            found += verb_line(verbs, i, e, nouns, nn, fn, ctx);
        i = e + 1;
    }
    return found;
}

/* Does the sorted index file t hold lemma w (binary search by lines; the
 * licence's lines, which start with a space, come first)? */
static int index_holds(const char *t, size_t n, const char *w, size_t wl)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t s = lo + (hi - lo) / 2;
        while (s > lo && t[s - 1] != '\n')
            s--;
        const char *nl = memchr(t + s, '\n', n - s);
        size_t e = nl ? (size_t)(nl - t) : n;
        if (t[s] == ' ') {
            lo = e + 1;
            continue;
        }
        size_t le = s;
        while (le < e && t[le] != ' ')
            le++;
        size_t m = le - s < wl ? le - s : wl;
        int c = memcmp(t + s, w, m);
        if (c == 0)
            c = (le - s > wl) - (le - s < wl);
        if (c == 0)
            return 1;
        if (c < 0)
            lo = e + 1;
        else
            hi = s;
    }
    return 0;
}

/* one index.noun line [i, e): its lemma when it is one lower-case word
 * (letters and '-') every sense of which is a synset of lexfile naming it
 * in lower case (not a proper name: "Abel"), else 0 */
static int lexfile_lemma(const char *t, size_t i, size_t e, const char *nouns,
                         size_t nn, unsigned lexfile, size_t *ws, size_t *we)
{
    size_t at = i, fs, fe, nf = 0, f[512][2];
    while (nf < 512 && field(t, e, &at, &fs, &fe)) {
        f[nf][0] = fs;
        f[nf][1] = fe;
        nf++;
    }
    if (nf < 5 || nf == 512)
        return 0;
    *ws = f[0][0];
    *we = f[0][1];
    for (size_t k = *ws; k < *we; k++)
        if (!((t[k] >= 'a' && t[k] <= 'z') || (t[k] == '-' && k > *ws)))
            return 0;
    unsigned long senses = num(t, f[2][0], f[2][1], 10);
    if (senses == 0 || senses > nf - 4)
        return 0;
    for (size_t q = nf - senses; q < nf; q++) {
        synset s;
        if (!noun_at(nouns, nn, num(t, f[q][0], f[q][1], 10), &s) ||
            s.lexfile != lexfile)
            return 0;
        int named = 0;
        for (size_t k = 0; k < s.nwords && !named; k++)
            named = s.we[k] - s.ws[k] == *we - *ws &&
                    !memcmp(nouns + s.ws[k], t + *ws, *we - *ws);
        if (!named)
            return 0;
    }
    return 1;
}

size_t dy_wordnet_lexfile_nouns(const char *index, size_t ni, const char *adj,
                                size_t na, const char *nouns, size_t nn,
                                unsigned lexfile, dy_word_fn fn, void *ctx)
{
    size_t found = 0;
    for (size_t i = 0; i < ni;) {
        const char *nl = memchr(index + i, '\n', ni - i);
        size_t e = nl ? (size_t)(nl - index) : ni, ws, we;
        if (e > i && index[i] != ' ' &&
            lexfile_lemma(index, i, e, nouns, nn, lexfile, &ws, &we) &&
            !(adj && index_holds(adj, na, index + ws, we - ws))) {
            fn(ctx, index + ws, we - ws);
            found++;
        }
        i = e + 1;
    }
    return found;
}
