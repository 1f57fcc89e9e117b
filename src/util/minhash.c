/*
 * minhash.c - near-duplicate signatures of texts: MinHash over word
 * 3-shingles (Broder 1997) by one permutation hashing, with LSH band keys
 * (Indyk & Motwani 1998), for the store's
 * near-duplicate detection (store/near.c, docs/store.md "Near
 * duplicates"). A word is a maximal run of Unicode letters and digits,
 * lower-cased (utf8proc), so punctuation, spacing and case never tell two
 * copies of a story apart. Domain-free.
 */
#include "util.h"

#include <string.h>
#include <utf8proc.h>

/* splitmix64's finaliser: a full-avalanche 64-bit mix */
static uint64_t mix64(uint64_t x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

/* Reads the next word from s[*at..n): its hash (FNV-1a over the lower-cased
 * code points), or 0 at the end. Invalid UTF-8 bytes separate words. */
static uint64_t next_word(const char *s, size_t n, size_t *at)
{
    const utf8proc_uint8_t *u = (const utf8proc_uint8_t *)s;
    uint64_t h = 1469598103934665603ULL;
    int any = 0;
    while (*at < n) {
        utf8proc_int32_t cp = u[*at];
        utf8proc_ssize_t k = 1; /* ASCII without a call */
        if (cp >= 0x80)
            k = utf8proc_iterate(u + *at, (utf8proc_ssize_t)(n - *at), &cp);
        if (k <= 0) {
            (*at)++;
            if (any)
                break;
            continue;
        }
        int word;
        if (cp < 128) {
            word = (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') ||
                   (cp >= 'A' && cp <= 'Z');
            if (cp >= 'A' && cp <= 'Z')
                cp += 'a' - 'A';
        } else {
            utf8proc_category_t c = utf8proc_category(cp);
            /* letters, combining marks (inside a word), digits */
            word = c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_NO;
            cp = utf8proc_tolower(cp);
        }
        if (!word) {
            *at += (size_t)k;
            if (any)
                break;
            continue;
        }
        *at += (size_t)k;
        any = 1;
        for (int b = 0; b < 4; b++) { /* the code point, byte by byte */
            h ^= (uint64_t)((cp >> (8 * b)) & 0xff);
            h *= 1099511628211ULL;
        }
    }
    return any ? mix64(h) | 1 : 0;
}

/* Which bin an empty bin of a densified signature copies, at its
 * attempt-th try: a fixed sequence per bin, so that two texts that left
 * the same bins empty fill them alike. */
static int donor(int bin, uint64_t attempt)
{
    return (int)(mix64(((uint64_t)bin << 32) ^ attempt) >>
                 (64 - DY_MINHASH_LOG2N));
}

/* The MinHash signature of a text by one permutation hashing with optimal
 * densification (Li, Owen & Zhang 2012; Shrivastava 2017): each word
 * 3-shingle is hashed once, its hash's top bits choose one of
 * DY_MINHASH_N bins and the bin keeps the least of the low 32 bits; a bin
 * no shingle fell in copies the value of the first non-empty bin of its
 * own fixed probe sequence. Equal positions of two signatures estimate
 * the Jaccard similarity of the two shingle sets, as DY_MINHASH_N
 * independent hash functions would, at the cost of one hash per shingle.
 * Returns the number of shingles hashed, 0 for a text of fewer than
 * DY_MINHASH_MIN_WORDS words (no signature: too short to call a copy on
 * words alone). */
size_t dy_minhash(const char *text, size_t len, uint32_t sig[DY_MINHASH_N])
{
    unsigned char full[DY_MINHASH_N] = {0};
    size_t at = 0, words = 0, shingles = 0;
    uint64_t w[DY_SHINGLE_WORDS] = {0};
    uint64_t h;
    while ((h = next_word(text, len, &at)) != 0) {
        for (int k = 0; k + 1 < DY_SHINGLE_WORDS; k++)
            w[k] = w[k + 1];
        w[DY_SHINGLE_WORDS - 1] = h;
        if (++words < DY_SHINGLE_WORDS)
            continue;
        uint64_t x = 0;
        for (int k = 0; k < DY_SHINGLE_WORDS; k++)
            x = mix64(x + w[k]);
        int bin = (int)(x >> (64 - DY_MINHASH_LOG2N));
        uint32_t v = (uint32_t)x;
        if (!full[bin] || v < sig[bin])
            sig[bin] = v;
        full[bin] = 1;
        shingles++;
    }
    if (words < DY_MINHASH_MIN_WORDS || shingles == 0) {
        memset(sig, 0, DY_MINHASH_N * sizeof *sig);
        return 0;
    }
    for (int b = 0; b < DY_MINHASH_N; b++) {
        if (full[b])
            continue;
        /* with a single full bin, 2048 tries miss it with odds of e^-16;
         * then the first full bin is taken */
        int d = -1;
        for (uint64_t a = 1; a <= 16 * DY_MINHASH_N && d < 0; a++) {
            int c = donor(b, a);
            if (full[c])
                d = c;
        }
        for (int c = 0; d < 0; c++)
            if (full[c])
                d = c;
        sig[b] = sig[d];
    }
    return shingles;
}

/* The LSH key of one band (DY_MINHASH_ROWS values) of a signature, with
 * the band's number mixed in so that equal values in two bands differ.
 * Two signatures with estimated similarity s share some band with
 * probability 1 - (1 - s^ROWS)^BANDS. */
int64_t dy_minhash_band(const uint32_t sig[DY_MINHASH_N], int band)
{
    uint64_t h = mix64((uint64_t)band + 1);
    for (int r = 0; r < DY_MINHASH_ROWS; r++)
        h = mix64(h ^ sig[band * DY_MINHASH_ROWS + r]);
    return (int64_t)(h >> 1); /* SQLite integers are signed */
}

/* the share of equal positions: an estimate of the Jaccard similarity of
 * the two shingle sets */
double dy_minhash_similarity(const uint32_t a[DY_MINHASH_N],
                             const uint32_t b[DY_MINHASH_N])
{
    int same = 0;
    for (int i = 0; i < DY_MINHASH_N; i++)
        same += a[i] == b[i];
    return (double)same / DY_MINHASH_N;
}
