/*
 * util.c - allocator seam, buffers, arrays, arena, hash and error helpers.
 * The single path through dy_malloc is what makes fault injection possible.
 */
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

void *dy_malloc(const dy_mem *m, size_t n)
{
    if (n == 0)
        n = 1;
    if (m && m->a)
        return m->a->malloc(m->a->ctx, n);
    return malloc(n);
}

/* With the C library's allocator a large block is calloc's, which takes
 * it zeroed from the kernel instead of writing it: a coder's word cache
 * (1.8 MB) then costs only the pages a run touches. A small one is
 * malloc's and zeroed here: glibc's calloc passes by its per-thread cache
 * of small blocks (a document's result: 540 instructions a calloc, 100
 * with malloc and memset). */
void *dy_calloc(const dy_mem *m, size_t count, size_t size)
{
    if (size && count > SIZE_MAX / size)
        return NULL;
    size_t total = count * size;
    if (!(m && m->a) && total > 1024)
        return calloc(count, size);
    void *p = dy_malloc(m, total);
    if (p)
        memset(p, 0, total ? total : 1);
    return p;
}

void *dy_realloc(const dy_mem *m, void *p, size_t old_n, size_t new_n)
{
    if (new_n == 0)
        new_n = 1;
    if (m && m->a)
        return m->a->realloc(m->a->ctx, p, old_n, new_n);
    return realloc(p, new_n);
}

void dy_free(const dy_mem *m, void *p)
{
    if (!p)
        return;
    if (m && m->a)
        m->a->free(m->a->ctx, p);
    else
        free(p);
}

char *dy_strndup(const dy_mem *m, const char *s, size_t n)
{
    char *d = dy_malloc(m, n + 1);
    if (!d)
        return NULL;
    memcpy(d, s, n);
    d[n] = '\0';
    return d;
}

/* ---------------------------------------------------------------- buf */

void dy_buf_init(dy_buf *b, const dy_mem *mem)
{
    memset(b, 0, sizeof *b);
    b->mem = mem;
}

int dy_buf_reserve(dy_buf *b, size_t extra)
{
    if (b->failed)
        return DYAD_ENOMEM;
    if (extra > SIZE_MAX - b->len - 1) {
        b->failed = 1;
        return DYAD_ENOMEM;
    }
    size_t need = b->len + extra + 1;
    if (need <= b->cap)
        return 0;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < need)
        cap = cap > SIZE_MAX / 2 ? need : cap * 2;
    char *d = dy_realloc(b->mem, b->data, b->cap, cap);
    if (!d) {
        b->failed = 1;
        return DYAD_ENOMEM;
    }
    b->data = d;
    b->cap = cap;
    return 0;
}

int dy_buf_put(dy_buf *b, const void *p, size_t n)
{
    if (dy_buf_reserve(b, n))
        return DYAD_ENOMEM;
    if (n)
        memcpy(b->data + b->len, p, n);
    b->len += n;
    b->data[b->len] = '\0';
    return 0;
}

int dy_buf_puts(dy_buf *b, const char *s)
{
    return dy_buf_put(b, s, strlen(s));
}

int dy_buf_putc(dy_buf *b, char c)
{
    return dy_buf_put(b, &c, 1);
}

int dy_buf_printf(dy_buf *b, const char *fmt, ...)
{
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0)
        return DYAD_EINVAL;
    if ((size_t)n < sizeof small)
        return dy_buf_put(b, small, (size_t)n);
    if (dy_buf_reserve(b, (size_t)n))
        return DYAD_ENOMEM;
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
    return 0;
}

void dy_buf_free(dy_buf *b)
{
    dy_free(b->mem, b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}

/* ---------------------------------------------------------------- vec */

void dy_vec_init(dy_vec *v, size_t item, const dy_mem *mem)
{
    memset(v, 0, sizeof *v);
    v->item = item;
    v->mem = mem;
}

void *dy_vec_grow(dy_vec *v)
{
    if (v->count == v->cap) {
        size_t cap = v->cap ? v->cap * 2 : 16;
        if (cap > SIZE_MAX / v->item)
            return NULL;
        void *d = dy_realloc(v->mem, v->data, v->cap * v->item, cap * v->item);
        if (!d)
            return NULL;
        v->data = d;
        v->cap = cap;
    }
    void *slot = (char *)v->data + v->count * v->item;
    memset(slot, 0, v->item);
    v->count++;
    return slot;
}

void dy_vec_free(dy_vec *v)
{
    dy_free(v->mem, v->data);
    v->data = NULL;
    v->count = v->cap = 0;
}

/* -------------------------------------------------------------- arena */

struct dy_arena_block {
    dy_arena_block *next;
    size_t used;
    size_t cap;
    /* data follows, 16-aligned */
};

#define BLOCK_HDR ((sizeof(dy_arena_block) + 15) & ~(size_t)15)

void dy_arena_init(dy_arena *a, const dy_mem *mem)
{
    a->head = NULL;
    a->mem = mem;
    a->given = NULL;
}

size_t dy_arena_block_size(size_t cap)
{
    return cap > SIZE_MAX - BLOCK_HDR ? 0 : BLOCK_HDR + cap;
}

void dy_arena_init_in(dy_arena *a, const dy_mem *mem, void *block,
                      size_t size)
{
    dy_arena_block *b = block;
    b->next = NULL;
    b->used = 0;
    b->cap = size - BLOCK_HDR;
    a->head = a->given = b;
    a->mem = mem;
}

/* n bytes of a's block (a new block when they do not fit), unwritten */
static char *arena_take(dy_arena *a, size_t n)
{
    n = (n + 7) & ~(size_t)7;
    if (n == 0)
        n = 8;
    dy_arena_block *b = a->head;
    if (!b || b->cap - b->used < n) {
        size_t cap = n > DY_ARENA_BLOCK ? n : DY_ARENA_BLOCK;
        if (cap > SIZE_MAX - BLOCK_HDR)
            return NULL;
        b = dy_malloc(a->mem, BLOCK_HDR + cap);
        if (!b)
            return NULL;
        b->cap = cap;
        b->used = 0;
        b->next = a->head;
        a->head = b;
    }
    char *p = (char *)b + BLOCK_HDR + b->used;
    b->used += n;
    return p;
}

/* (zeroed to its 8-byte end, as every block of the arena is) */
void *dy_arena_alloc(dy_arena *a, size_t n)
{
    char *p = arena_take(a, n);
    if (p)
        memset(p, 0, n ? (n + 7) & ~(size_t)7 : 8);
    return p;
}

/* (a memset of the whole copy first, 3 M instructions a corpus, wrote
 * bytes the copy writes again: the last eight bytes of the rounded size,
 * which hold the terminator and the padding after it, are zeroed in one
 * store before the copy instead) */
char *dy_arena_strndup(dy_arena *a, const char *s, size_t n)
{
    if (n > SIZE_MAX - 8)
        return NULL;
    char *d = arena_take(a, n + 1);
    if (!d)
        return NULL;
    memset(d + ((n + 8) & ~(size_t)7) - 8, 0, 8);
    if (n)
        memcpy(d, s, n);
    return d;
}

void *dy_arena_memdup(dy_arena *a, const void *s, size_t n)
{
    void *d = arena_take(a, n);
    if (d && n)
        memcpy(d, s, n);
    return d;
}

void dy_arena_free(dy_arena *a)
{
    dy_arena_block *b = a->head;
    while (b) {
        dy_arena_block *next = b->next;
        if (b != a->given)
            dy_free(a->mem, b);
        b = next;
    }
    a->head = a->given = NULL;
}

/* --------------------------------------------------------------- hash */

static char ascii_lower(char ch)
{
    return ch >= 'A' && ch <= 'Z' ? (char)(ch - 'A' + 'a') : ch;
}

size_t dy_skeleton(const char *s, size_t n, char *out, size_t cap)
{
    size_t k = 0;
    if (!cap)
        return 0;
    for (size_t i = 0; i < n; i++) {
        char ch = ascii_lower(s[i]);
        if (ch < 'a' || ch > 'z')
            continue;
        char nx = i + 1 < n ? ascii_lower(s[i + 1]) : '\0';
        char o;
        if (nx == 'h' && (ch == 'k' || ch == 'z' || ch == 'c' || ch == 's')) {
            o = ch == 'k' ? 'x' : ch == 'z' ? 'j' : ch == 'c' ? 'c' : 'w';
            i++;
        } else if (ch == 't' && nx == 's') {
            o = 'c';
            i++;
        } else if (strchr("aeiouy", ch)) {
            continue;
        } else {
            o = ch == 'h' ? 'g' : ch;
        }
        if (k && out[k - 1] == o)
            continue;
        if (k + 1 >= cap) {
            out[0] = '\0';
            return 0;
        }
        out[k++] = o;
    }
    out[k] = '\0';
    return k;
}

#define CK_P1 0x9E3779B97F4A7C15ULL /* odd: multiplying by it is a bijection */
#define CK_P2 0xC2B2AE3D27D4EB4FULL

static uint64_t ck_rotl(uint64_t v, int r)
{
    return (v << r) | (v >> (64 - r));
}

/* a bijection of 64-bit values that spreads every bit over all of them */
static uint64_t ck_mix(uint64_t v)
{
    v ^= v >> 33;
    v *= CK_P2;
    v ^= v >> 29;
    return v;
}

/* Each lane takes every fourth word: v = rotl(v ^ w, 31) * P1 is a
 * bijection of v for a given w and of w for a given v, so a change of one
 * word changes its lane's final value; the lanes are then folded with
 * steps that are bijections of each lane in turn, so it changes the sum. */
uint64_t dy_checksum(const void *p, size_t n)
{
    const unsigned char *s = p;
    uint64_t v[4] = {CK_P1, CK_P2, ~CK_P1, ~CK_P2};
    unsigned char tail[32];
    size_t i = 0;
    for (; i + 32 <= n; i += 32)
        for (int k = 0; k < 4; k++) {
            uint64_t w;
            memcpy(&w, s + i + 8 * k, 8);
            v[k] = ck_rotl(v[k] ^ w, 31) * CK_P1;
        }
    if (i < n) {
        memset(tail, 0, sizeof tail);
        memcpy(tail, s + i, n - i);
        for (int k = 0; k < 4; k++) {
            uint64_t w;
            memcpy(&w, tail + 8 * k, 8);
            v[k] = ck_rotl(v[k] ^ w, 31) * CK_P1;
        }
    }
    uint64_t h = (uint64_t)n * CK_P2;
    for (int k = 0; k < 4; k++)
        h = (h ^ ck_mix(v[k])) * CK_P1;
    return ck_mix(h);
}

/* -------------------------------------------------------------- error */

int dy_error_set(dyad_error *err, int code, const char *file, long line,
                 long col, long long byte, const char *fmt, ...)
{
    if (!err)
        return code;
    err->code = code;
    snprintf(err->file, sizeof err->file, "%s", file ? file : "");
    err->line = line;
    err->column = col;
    err->byte = byte;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->message, sizeof err->message, fmt, ap);
    va_end(ap);
    return code;
}

/* --------------------------------------------------------------- utf8 */

size_t dy_utf8_check(const char *s, size_t n, int *is_nul)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    *is_nul = 0;
    while (i < n) {
#if defined(__SSE2__)
        /* sixty-four ASCII bytes, none NUL, a step while they last (a
         * document's text is mostly such runs): the unsigned minimum of
         * the four loads is zero where any byte is, their OR has the top
         * bit where any byte has; one mask for the four, where a test of
         * each took four */
        if (n - i >= 64) {
            const __m128i *q = (const __m128i *)(const void *)(u + i);
            __m128i a = _mm_loadu_si128(q), b = _mm_loadu_si128(q + 1);
            __m128i c = _mm_loadu_si128(q + 2), d = _mm_loadu_si128(q + 3);
            __m128i lo = _mm_min_epu8(_mm_min_epu8(a, b), _mm_min_epu8(c, d));
            __m128i hi = _mm_or_si128(_mm_or_si128(a, b), _mm_or_si128(c, d));
            if (!_mm_movemask_epi8(_mm_or_si128(
                    hi, _mm_cmpeq_epi8(lo, _mm_setzero_si128())))) {
                i += 64;
                continue;
            }
        }
        /* sixteen ASCII bytes, none NUL, at a time where SSE2 is (every
         * x86-64): no byte with its top bit, none equal to zero */
        if (n - i >= 16) {
            __m128i w = _mm_loadu_si128((const __m128i *)(const void *)(u + i));
            unsigned m = (unsigned)_mm_movemask_epi8(
                _mm_or_si128(w, _mm_cmpeq_epi8(w, _mm_setzero_si128())));
            if (!m) {
                i += 16;
                continue;
            }
#if defined(__GNUC__)
            /* (the ASCII bytes before the first other one passed over at
             * once, not eight and then one at a time) */
            i += (size_t)__builtin_ctz(m);
#endif
        }
#endif
        /* eight ASCII bytes, none NUL, at a time */
        uint64_t v;
        if (n - i >= 8 && (memcpy(&v, u + i, 8),
                           !((v | ((v - 0x0101010101010101ULL) & ~v)) &
                             0x8080808080808080ULL))) {
            i += 8;
            continue;
        }
        if (u[i] < 0x80) {
            if (u[i] == 0) {
                *is_nul = 1;
                return i;
            }
            i++;
            continue;
        }
        size_t k = dy_utf8_len(u + i, n - i);
        if (!k)
            return i;
        i += k;
    }
    return (size_t)-1;
}

