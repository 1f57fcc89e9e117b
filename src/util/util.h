/*
 * util.h - domain-free helpers shared by every stage: the allocator seam,
 * growable buffers and arrays, an arena, hashing and error filling.
 * Nothing here knows about events; everything else may include it.
 */
#ifndef DYAD_UTIL_H
#define DYAD_UTIL_H

#include "dyad.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* ---- allocation: every library allocation goes through these ---- */
typedef struct dy_mem {
    const dyad_allocator *a; /* NULL: libc */
} dy_mem;

void *dy_malloc(const dy_mem *m, size_t n);
void *dy_calloc(const dy_mem *m, size_t count, size_t size);
void *dy_realloc(const dy_mem *m, void *p, size_t old_n, size_t new_n);
void dy_free(const dy_mem *m, void *p);
char *dy_strndup(const dy_mem *m, const char *s, size_t n);

/* ---- growable byte buffer ---- */
typedef struct dy_buf {
    char *data;
    size_t len;
    size_t cap;
    const dy_mem *mem;
    int failed; /* sticky: an append ran out of memory */
} dy_buf;

void dy_buf_init(dy_buf *b, const dy_mem *mem);
int dy_buf_reserve(dy_buf *b, size_t extra);
int dy_buf_put(dy_buf *b, const void *p, size_t n);
int dy_buf_puts(dy_buf *b, const char *s);
int dy_buf_putc(dy_buf *b, char c);
int dy_buf_printf(dy_buf *b, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
void dy_buf_free(dy_buf *b);

/* ---- growable array of fixed-size items ---- */
typedef struct dy_vec {
    void *data;
    size_t count;
    size_t cap;
    size_t item; /* bytes per item */
    const dy_mem *mem;
} dy_vec;

void dy_vec_init(dy_vec *v, size_t item, const dy_mem *mem);
/* a zeroed new slot, or NULL on OOM; growing is dy_vec_grow's */
void *dy_vec_grow(dy_vec *v);
static inline void *dy_vec_push(dy_vec *v)
{
    if (v->count == v->cap)
        return dy_vec_grow(v);
    void *slot = (char *)v->data + v->count++ * v->item;
    memset(slot, 0, v->item);
    return slot;
}
/* item i (< count); inline: the stages read their mentions, places and
 * candidates through it 1.7 million times a corpus of 4 MB */
static inline void *dy_vec_at(const dy_vec *v, size_t i)
{
    return (char *)v->data + i * v->item;
}
void dy_vec_free(dy_vec *v);

/* ---- arena: many small allocations freed at once ---- */
typedef struct dy_arena_block dy_arena_block;
#define DY_ARENA_BLOCK 16384 /* bytes a block holds, unless one item is more */
typedef struct dy_arena {
    dy_arena_block *head;
    const dy_mem *mem;
    dy_arena_block *given; /* the caller's first block: not freed here */
} dy_arena;

void dy_arena_init(dy_arena *a, const dy_mem *mem);
/* An arena whose first block is the caller's `size` bytes at `block`
 * (16-aligned, at least dy_arena_block_size(0)), so that an object and its
 * arena's first block can be one allocation; dy_arena_free leaves that
 * block to the caller. */
void dy_arena_init_in(dy_arena *a, const dy_mem *mem, void *block,
                      size_t size);
/* The bytes of a block that holds cap bytes of allocations (0 on
 * overflow). */
size_t dy_arena_block_size(size_t cap);
void *dy_arena_alloc(dy_arena *a, size_t n); /* zeroed, 8-aligned */
char *dy_arena_strndup(dy_arena *a, const char *s, size_t n);
/* A copy of the n bytes at s, 8-aligned (the bytes after them up to the
 * next multiple of eight unwritten): for a block the caller has whole,
 * which dy_arena_alloc would clear only for the copy to write again. */
void *dy_arena_memdup(dy_arena *a, const void *s, size_t n);
void dy_arena_free(dy_arena *a);

/* ---- string copies ---- */
/* Copies at most n bytes of src, stopping at its NUL, and at most cap - 1
 * in all, then a NUL (nothing when cap is 0): snprintf(dst, cap, "%.*s",
 * n, src) without parsing a format, for the per-word paths. Returns the
 * bytes copied. */
static inline size_t dy_str_copyn(char *dst, size_t cap, const char *src,
                                  size_t n)
{
    if (!cap)
        return 0;
    size_t k = 0;
    while (k < n && k + 1 < cap && src[k])
        dst[k] = src[k], k++;
    dst[k] = '\0';
    return k;
}

/* snprintf(dst, cap, "%s", src): the whole of src that fits */
static inline size_t dy_str_copy(char *dst, size_t cap, const char *src)
{
    return dy_str_copyn(dst, cap, src, (size_t)-1);
}

/* snprintf(dst, cap, "%.*s%s", (int)n, a, b): an actor code of a
 * country's three letters and a role ("NGA" "GOV") */
static inline size_t dy_str_copy2(char *dst, size_t cap, const char *a,
                                  size_t n, const char *b)
{
    size_t k = dy_str_copyn(dst, cap, a, n);
    return k + dy_str_copy(dst + k, cap - k, b);
}

/* snprintf(dst, cap, "%lld", v): the decimal digits that fit, without
 * parsing a format (the reader's per-record origin and id) */
static inline size_t dy_str_int(char *dst, size_t cap, long long v)
{
    char d[24];
    size_t k = sizeof d;
    unsigned long long u = v < 0 ? 0ull - (unsigned long long)v
                                 : (unsigned long long)v;
    do
        d[--k] = (char)('0' + u % 10);
    while (u /= 10);
    if (v < 0)
        d[--k] = '-';
    return dy_str_copyn(dst, cap, d + k, sizeof d - k);
}

/* ---- hashing ---- */
/* dy_hash in two parts, for a caller that hashes strings sharing a
 * prefix (a form and its stems): the state of FNV-1a stepped by n more
 * bytes, and the fold that ends it. dy_hash(p, n) is
 * dy_hash_fold(dy_hash_step(DY_HASH_SEED, p, n)). */
#define DY_HASH_SEED 1469598103934665603ULL
static inline uint64_t dy_hash_step(uint64_t h, const void *p, size_t n)
{
    const unsigned char *s = p;
    size_t i = 0;
    /* (four bytes a round: the loop's count and test once for the four,
     * where they cost as much as a byte's xor and multiplication) */
    for (; i + 4 <= n; i += 4) {
        h = (h ^ s[i]) * 1099511628211ULL;
        h = (h ^ s[i + 1]) * 1099511628211ULL;
        h = (h ^ s[i + 2]) * 1099511628211ULL;
        h = (h ^ s[i + 3]) * 1099511628211ULL;
    }
    for (; i < n; i++)
        h = (h ^ s[i]) * 1099511628211ULL;
    return h;
}
static inline uint64_t dy_hash_fold(uint64_t h)
{
    return h ^ (h >> 29);
}
/* FNV-1a, folded: fast, for hash tables; not for identity (inline: the
 * coder hashes every word) */
static inline uint64_t dy_hash(const void *p, size_t n)
{
    return dy_hash_fold(dy_hash_step(DY_HASH_SEED, p, n));
}
/* A 64-bit checksum of n bytes (not cryptographic; four lanes of 8-byte
 * words, so about a byte a cycle): any change confined to one aligned
 * 8-byte word of the input changes the result, larger changes do with
 * probability 1 - 2^-64. The lexicon image carries one (image.c). */
uint64_t dy_checksum(const void *p, size_t n);

/* SHA-256 in lower-case hex, NUL-terminated (digest.c, nettle): what keys
 * a document by its content */
#define DY_SHA256_HEX 65
void dy_sha256_hex(const void *p, size_t n, char out[DY_SHA256_HEX]);

/* ---- near-duplicate signatures (minhash.c) ---- */
#define DY_MINHASH_LOG2N 7
#define DY_MINHASH_N 128       /* values (bins) in a signature */
#define DY_MINHASH_BANDS 16    /* LSH bands ... */
#define DY_MINHASH_ROWS 8      /* ... of this many values each */
#define DY_SHINGLE_WORDS 3     /* words per shingle */
#define DY_MINHASH_MIN_WORDS 8 /* shorter texts get no signature */
/* The MinHash signature of a text's word 3-shingles (words: letters and
 * digits, lower-cased). Returns the number of shingles, 0 when the text
 * has fewer than DY_MINHASH_MIN_WORDS words (sig is then meaningless). */
size_t dy_minhash(const char *text, size_t len, uint32_t sig[DY_MINHASH_N]);
/* the LSH key of band 0..DY_MINHASH_BANDS-1, non-negative */
int64_t dy_minhash_band(const uint32_t sig[DY_MINHASH_N], int band);
/* the estimated Jaccard similarity of two signatures, 0..1 */
double dy_minhash_similarity(const uint32_t a[DY_MINHASH_N],
                             const uint32_t b[DY_MINHASH_N]);

/* The consonant skeleton of a romanised name, under which the Ukrainian and
 * Russian romanisations of one place meet (Pechenihy/Pechenegi,
 * Zaitseve/Zaytsevo, Spirne/Spornoye, Kurdiumivka/Kurdyumovka): ASCII
 * letters only, lower case; kh zh ch sh ts as one letter each; h as g (the
 * Ukrainian h is a Russian g); vowels and y dropped; a repeated letter
 * once. Writes it NUL-terminated to out; returns its length, 0 when it does
 * not fit in cap. */
size_t dy_skeleton(const char *s, size_t n, char *out, size_t cap);

/* ---- errors ---- */
/* Fills err (if non-NULL) and returns code. */
int dy_error_set(dyad_error *err, int code, const char *file, long line,
                 long col, long long byte, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 7, 8)))
#endif
    ;

/* ---- UTF-8 ---- */
/* Returns the byte offset of the first invalid UTF-8 sequence or NUL byte,
 * or (size_t)-1 when the text is valid. *is_nul tells which. */
size_t dy_utf8_check(const char *s, size_t n, int *is_nul);

/* The length of the valid UTF-8 sequence at s (of n bytes, n > 0), 0 if
 * none: no overlong forms, no surrogates, nothing past U+10FFFF, as
 * utf8proc_iterate judges. (Inline: dy_utf8_check and the JSONL scanner
 * ask it at each non-ASCII character.) */
static inline size_t dy_utf8_len(const unsigned char *s, size_t n)
{
    unsigned c = s[0];
    if (c < 0x80)
        return 1;
    size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
    if (!len || c > 0xF4 || len > n)
        return 0;
    for (size_t k = 1; k < len; k++)
        if ((s[k] & 0xC0) != 0x80)
            return 0;
    if ((c == 0xE0 && s[1] < 0xA0) || (c == 0xED && s[1] >= 0xA0) ||
        (c == 0xF0 && s[1] < 0x90) || (c == 0xF4 && s[1] >= 0x90))
        return 0;
    return len;
}

/* ---- dates (date.c) ---- */
/* The one parser of calendar dates: exactly YYYY-MM-DD (n bytes at s, no
 * terminator needed), a year from 1000 to 9999 and a day its month has.
 * 0 with *yyyymmdd set (e.g. 20240229; yyyymmdd may be NULL), or -1:
 * 2023-02-29, 2024-13-01, 2024-1-5 and "NA" are all refused. */
int dy_date_parse(const char *s, size_t n, int32_t *yyyymmdd);
/* yyyymmdd (e.g. 20240229) into d as snprintf's "%04d-%02d-%02d" of
 * yyyymmdd / 10000, / 100 % 100 and % 100 writes it */
void dy_date_ymd(int32_t yyyymmdd, char d[16]);

/* A date as sources write it (docs/input.md, "Dates"): its day, and its
 * time and zone when given (kept as written: the day is the writer's, not
 * UTC's). */
typedef struct dy_datetime {
    int year, month, day;
    int has_time, hour, min, sec;
    int has_zone, zone_min; /* offset east of UTC, minutes */
} dy_datetime;
/* Reads YYYY-MM-DD with an optional ISO 8601 time and zone
 * (2024-11-19T10:00:00Z, 2024-11-19 10:00+01:00), RFC 822/1123 (Tue, 19
 * Nov 2024 10:00:00 GMT), YYYYMMDD, "19 November 2024", "November 19,
 * 2024" (a weekday may lead, a time and zone may follow). The whole of
 * the n bytes must be the date. 0 with *out (may be NULL), or -1. */
int dy_date_read(const char *s, size_t n, dy_datetime *out);
/* t's day as YYYY-MM-DD into day, and when it has a time, the ISO 8601
 * date-time (2024-11-19T10:00:00Z, ...+01:00, no zone: local) into iso
 * ("" without a time; iso may be NULL) */
void dy_date_format(const dy_datetime *t, char day[11], char *iso,
                    size_t size);

/* Days since 1970-01-01 of a proleptic Gregorian date, and back
 * (Howard Hinnant's algorithms). */
long dy_days_from_civil(long y, long m, long d);
void dy_civil_from_days(long z, long *y, long *m, long *d);

/* 1 when the NUL-terminated t equals the n bytes at s. s may hold NUL
 * bytes (then it equals no C string); t is read only up to its end. */
static inline int dy_str_is(const char *t, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (t[i] != s[i] || t[i] == '\0')
            return 0;
    return t[n] == '\0';
}

#endif
