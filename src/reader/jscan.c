/*
 * jscan.c - the JSONL record scanner (jscan.h): a lexer and an iterative
 * parser over one line, which look at each byte once, allocate nothing
 * per record, and stop at the first error with the class jansson gives
 * it. Strings are skipped sixteen bytes a step with SSE2, else eight (the
 * bytes that end a plain run, '"', '\', control characters and non-ASCII
 * bytes, found with vector compares or word arithmetic); a non-ASCII
 * character is checked for UTF-8 where the run stops at it, so that a
 * line read as an object is UTF-8 throughout (every byte outside a
 * string is ASCII or no token) and the reader checks no other line's
 * encoding. Only the strings the reader takes are decoded, in place,
 * after the whole line has been found valid.
 *
 * jansson's order of checks is kept where it decides the class: a
 * token's own errors (an unterminated string, a bad escape, an integer
 * out of range) come first; a string's surrogates are checked when it
 * has been read to its end; a value's depth before its \u0000; a key's
 * \u0000 before its duplicate.
 */
#include "reader/jscan.h"
#include "reader/encoding.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <errno.h>
#include <locale.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

enum {
    T_EOF,
    T_LBRACE,
    T_RBRACE,
    T_LBRACK,
    T_RBRACK,
    T_COLON,
    T_COMMA,
    T_STRING,
    T_INTEGER,
    T_REAL,
    T_TRUE,
    T_FALSE,
    T_NULL,
    T_INVALID, /* no token: jansson names no error for it, its caller does */
    T_NUL,     /* no token, a NUL byte: jansson's caller takes it for the
                  end of the line (its saved text looks empty) */
    T_ERROR    /* a token with an error of its own: s->err */
};

static const char *const field_names[DY_JF_N] = {"id",     "text", "date",
                                                 "source", "url",  "title"};

void dy_jscan_init(dy_jscan *s, const dy_mem *mem)
{
    memset(s, 0, sizeof *s);
    s->mem = mem;
    dy_buf_init(&s->keybuf, mem);
    dy_buf_init(&s->num, mem);
}

void dy_jscan_free(dy_jscan *s)
{
    if (!s)
        return;
    dy_free(s->mem, s->keys);
    dy_free(s->mem, s->obj);
    dy_buf_free(&s->keybuf);
    dy_buf_free(&s->num);
}

static int lex_error(dy_jscan *s, int cls)
{
    s->err = cls;
    return T_ERROR;
}

/* ------------------------------------------------------------ strings */

#define ONES 0x0101010101010101ull
#define HIGH 0x8080808080808080ull

#if defined(__SSE2__)
/* The bytes of the sixteen at p that end a plain run of a string, a bit
 * each, the first the lowest (where SSE2 is: every x86-64): the tests of
 * skip_plain byte by byte in one register. A control byte, a non-ASCII
 * one and '"' by one signed compare: XOR with 0x02 maps the control
 * bytes onto themselves, '"' (0x22) alone onto 0x20 and 0x80-0xFF onto
 * bytes below zero, so exactly those are below 0x21 after it. */
static inline unsigned special16(const unsigned char *p)
{
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
    __m128i hit = _mm_or_si128(
        _mm_cmplt_epi8(_mm_xor_si128(v, _mm_set1_epi8(0x02)),
                       _mm_set1_epi8(0x21)),
        _mm_cmpeq_epi8(v, _mm_set1_epi8('\\')));
    return (unsigned)_mm_movemask_epi8(hit);
}
#endif

/* The first byte at or after p that ends a plain run of a string ('"',
 * '\\', a control character or a non-ASCII byte), or end; the line's
 * bytes start at begin (read, not judged, by the last step). A word of
 * eight bytes holds one when one of the four tests below is true of it;
 * each test is exact for the word as a whole, so a flagged word is then
 * read byte by byte. */
static const unsigned char *skip_plain(const unsigned char *begin,
                                       const unsigned char *p,
                                       const unsigned char *end)
{
#if defined(__SSE2__)
#if defined(__GNUC__)
    /* thirty-two bytes a step first, both masks in one word: a text's
     * plain runs (between its escapes) are mostly longer than sixteen
     * bytes, and one test and one loop step serve two loads */
    while (end - p >= 32) {
        unsigned mask = special16(p) | special16(p + 16) << 16;
        if (mask)
            return p + __builtin_ctz(mask);
        p += 32;
    }
#endif
    /* then sixteen bytes a step */
    while (end - p >= 16) {
        unsigned mask = special16(p);
        if (mask) {
#if defined(__GNUC__)
            /* (its index counted by one instruction, not bit by bit: a
             * string's first escape lies anywhere in its sixteen bytes) */
            return p + __builtin_ctz(mask);
#else
            while (!(mask & 1u))
                mask >>= 1, p++;
            return p;
#endif
        }
        p += 16;
    }
#if defined(__GNUC__)
    /* the last bytes, fewer than sixteen, by one load of the sixteen
     * that end at end, where the line holds them: a record's last string,
     * its text mostly, ends there, and its closing quote was read byte by
     * byte. The bytes before p are the line's own, their bits shifted
     * out. */
    if (p < end && end - begin >= 16) {
        const unsigned char *q = end - 16;
        unsigned mask = special16(q) >> (p - q);
        return mask ? p + __builtin_ctz(mask) : end;
    }
#endif
#else
    (void)begin;
#endif
    for (;;) {
        while (end - p >= 8) {
            uint64_t v, q, b;
            memcpy(&v, p, 8);
            q = v ^ (ONES * '"');
            b = v ^ (ONES * '\\');
            if ((((q - ONES) & ~q) | ((b - ONES) & ~b) |
                 ((v - ONES * 0x20) & ~v) | v) & HIGH)
                break;
            p += 8;
        }
        const unsigned char *stop = end - p >= 8 ? p + 8 : end;
        for (; p < stop; p++)
            if (*p == '"' || *p == '\\' || *p < 0x20 || *p >= 0x80)
                return p;
        if (p == end)
            return p;
    }
}

/* What a byte after a backslash means: the byte it stands for ("\\n": a
 * newline), 0 when it is 'u' or no escape */
static const unsigned char escaped[256] = {
    ['"'] = '"',  ['\\'] = '\\', ['/'] = '/',  ['b'] = '\b',
    ['f'] = '\f', ['n'] = '\n',  ['r'] = '\r', ['t'] = '\t'};

/* a hexadecimal digit's value plus one, 0 for any other byte */
static const unsigned char hex1[256] = {
    ['0'] = 1,  ['1'] = 2,  ['2'] = 3,  ['3'] = 4,  ['4'] = 5,  ['5'] = 6,
    ['6'] = 7,  ['7'] = 8,  ['8'] = 9,  ['9'] = 10, ['a'] = 11, ['b'] = 12,
    ['c'] = 13, ['d'] = 14, ['e'] = 15, ['f'] = 16, ['A'] = 11, ['B'] = 12,
    ['C'] = 13, ['D'] = 14, ['E'] = 15, ['F'] = 16};

/* the four hexadecimal digits at p as a number, or -1 (each digit by a
 * table: JSONL news often escapes every non-ASCII character, "\u2019",
 * and each escape is read twice, lexed and decoded) */
static int hex4(const unsigned char *p, const unsigned char *end)
{
    if (end - p < 4)
        return -1;
    int a = hex1[p[0]], b = hex1[p[1]], c = hex1[p[2]], d = hex1[p[3]];
    if (!a || !b || !c || !d)
        return -1;
    return (a - 1) << 12 | (b - 1) << 8 | (c - 1) << 4 | (d - 1);
}

/* The \u escape at p (after its 'u'): how many bytes after the 'u' it
 * takes (4, or 10 for a surrogate pair), or -1 when its hex digits are
 * bad. *bad is set for a surrogate without its pair, *nul for U+0000. */
static int lex_unicode(const unsigned char *p, const unsigned char *end,
                       int *bad, int *nul)
{
    int v = hex4(p, end);
    if (v < 0)
        return -1;
    if (v == 0)
        *nul = 1;
    if (v >= 0xDC00 && v <= 0xDFFF)
        *bad = 1;
    if (v < 0xD800 || v > 0xDBFF)
        return 4;
    if (end - p < 6 || p[4] != '\\' || p[5] != 'u') {
        *bad = 1;
        return 4;
    }
    int lo = hex4(p + 6, end);
    if (lo < 0)
        return -1; /* the next escape is bad: a lexical error first */
    if (lo < 0xDC00 || lo > 0xDFFF) {
        *bad = 1; /* the next escape is read again on its own */
        return 4;
    }
    return 10;
}

/* A string, s->p after its opening quote: T_STRING with s->tok (the raw
 * bytes), or the error. jansson reads a string to its end before it
 * decodes it, so a bad surrogate is named only when nothing else is. */
__attribute__((noinline)) static int lex_string(dy_jscan *s)
{
    const unsigned char *p = s->p, *end = s->end;
    int bad = 0;
    s->tok = p;
    s->tok_esc = s->tok_nul = 0;
    for (;;) {
        p = skip_plain((const unsigned char *)s->line, p, end);
        if (p == end)
            return lex_error(s, DY_JS_EOF);
        if (*p == '"')
            break;
        if (*p >= 0x80) {
            /* a character of more than one byte, or no UTF-8 at all:
             * then the reader names the byte (it checks the encoding of
             * every line not read as an object) */
            size_t n = dy_utf8_len(p, (size_t)(end - p));
            if (!n)
                return lex_error(s, DY_JS_UTF8);
            p += n;
            continue;
        }
        if (*p != '\\')
            return lex_error(s, DY_JS_SYNTAX); /* a control character */
        s->tok_esc = 1;
        if (++p == end)
            return lex_error(s, DY_JS_SYNTAX);
        if (*p == 'u') {
            int n = lex_unicode(p + 1, end, &bad, &s->tok_nul);
            if (n < 0)
                return lex_error(s, DY_JS_SYNTAX);
            p += 1 + n;
        } else if (escaped[*p]) {
            p++;
        } else {
            return lex_error(s, DY_JS_SYNTAX);
        }
    }
    s->tok_len = (size_t)(p - s->tok);
    s->p = p + 1;
    return bad ? lex_error(s, DY_JS_SYNTAX) : T_STRING;
}

/* The escape at p (after its backslash) of a valid string, decoded at
 * *o (moved past what it wrote); returns the byte after the escape. */
static inline const char *decode_escape(const char *p, char **o)
{
    if (*p != 'u') {
        *(*o)++ = (char)escaped[(unsigned char)*p];
        return p + 1;
    }
    const unsigned char *u = (const unsigned char *)p + 1;
    unsigned long v = (unsigned long)hex4(u, u + 4);
    p += 5;
    if (v >= 0xD800 && v <= 0xDBFF) {
        unsigned long lo = (unsigned long)hex4(u + 6, u + 10);
        v = 0x10000 + ((v - 0xD800) << 10) + (lo - 0xDC00);
        p += 6;
    }
    *o += dy_enc_put_utf8(v, *o);
    return p;
}

/* Decodes the n raw bytes of a valid string at s in place, writes a NUL
 * after the value (over the closing quote at the latest) and returns the
 * value's length. Every escape is at least as long as what it means. */
static size_t decode(char *s, size_t n)
{
    char *o = s;
    const char *p = s, *end = s + n;
    while (p < end) {
        const char *bs = memchr(p, '\\', (size_t)(end - p));
        size_t run = (size_t)((bs ? bs : end) - p);
        if (o != p)
            memmove(o, p, run);
        o += run;
        if (!bs)
            break;
        /* escapes come in runs (a feed that escapes every non-ASCII
         * character: "\u00e2\u20ac\u2122"), so the escape right after
         * one is read at once, not searched for after a run of nothing */
        p = bs;
        do
            p = decode_escape(p + 1, &o);
        while (p < end && *p == '\\');
    }
    *o = '\0';
    return (size_t)(o - s);
}

/* ------------------------------------------------------------ numbers */

/* Whether a real (n bytes at p, valid JSON) is beyond a double's range,
 * as strtod says: only a real whose decimal exponent may pass 300 is
 * given to it (with the locale's decimal point, as jansson does). */
static int real_overflows(dy_jscan *s, const unsigned char *p, size_t n,
                          size_t int_digits, int lead_zero)
{
    const unsigned char *e = memchr(p, 'e', n);
    if (!e)
        e = memchr(p, 'E', n);
    long exp = 0;
    if (e) {
        const unsigned char *q = e + 1 + (e[1] == '+' || e[1] == '-');
        for (; q < p + n && exp < 100000; q++)
            exp = exp * 10 + (*q - '0');
        if (e[1] == '-')
            exp = -exp;
    }
    if ((lead_zero ? 0 : (long)int_digits) + exp < 300)
        return 0;
    s->num.len = 0;
    if (dy_buf_put(&s->num, p, n) || dy_buf_putc(&s->num, '\0'))
        return 1;
    char *dot = strchr(s->num.data, '.');
    const char *point = localeconv()->decimal_point;
    if (dot && point && *point)
        *dot = *point;
    errno = 0;
    double v = strtod(s->num.data, NULL);
    return (v == HUGE_VAL || v == -HUGE_VAL) && errno == ERANGE;
}

/* After a number or a word, jansson's lexer puts back the byte that ends
 * it; a NUL byte put back is lost (its stream takes a NUL for "read the
 * next byte"), so one NUL right after such a token is no token at all. */
static const unsigned char *skip_nul(const unsigned char *p,
                                     const unsigned char *end)
{
    return p < end && *p == '\0' ? p + 1 : p;
}

static const unsigned char *digits(const unsigned char *p,
                                   const unsigned char *end)
{
    while (p < end && *p >= '0' && *p <= '9')
        p++;
    return p;
}

/* A number, s->p at its '-' or first digit, read as jansson's lexer
 * reads it: "-" or "01" is no token, an integer must fit a long long. */
static int lex_number(dy_jscan *s)
{
    const unsigned char *start = s->p, *p = s->p, *end = s->end;
    int neg = *p == '-';
    p += neg;
    if (p == end || *p < '0' || *p > '9')
        return T_INVALID;
    const unsigned char *int_start = p;
    p = *p == '0' ? p + 1 : digits(p, end);
    if (p < end && *int_start == '0' && *p >= '0' && *p <= '9')
        return T_INVALID;
    size_t nint = (size_t)(p - int_start);
    if (p == end || (*p != '.' && *p != 'e' && *p != 'E')) {
        unsigned long long v = 0, lim = neg ? 9223372036854775808ull
                                             : 9223372036854775807ull;
        for (const unsigned char *q = int_start; q < p; q++) {
            unsigned d = *q - '0';
            if (v > (lim - d) / 10)
                return lex_error(s, DY_JS_RANGE);
            v = v * 10 + d;
        }
        s->tok_int = neg ? (long long)(0 - v) : (long long)v;
        s->p = skip_nul(p, end);
        return T_INTEGER;
    }
    if (*p == '.') {
        if (++p == end || *p < '0' || *p > '9')
            return T_INVALID;
        p = digits(p, end);
    }
    if (p < end && (*p == 'e' || *p == 'E')) {
        p++;
        if (p < end && (*p == '+' || *p == '-'))
            p++;
        if (p == end || *p < '0' || *p > '9')
            return T_INVALID;
        p = digits(p, end);
    }
    s->p = skip_nul(p, end);
    if (real_overflows(s, start, (size_t)(p - start), nint,
                       *int_start == '0'))
        return lex_error(s, DY_JS_RANGE);
    return T_REAL;
}

/* ------------------------------------------------------------ tokens */

/* true, false, null: jansson reads a run of letters, then names it */
static int lex_word(dy_jscan *s)
{
    const unsigned char *p = s->p, *end = s->end;
    while (p < end && ((*p | 0x20) >= 'a' && (*p | 0x20) <= 'z'))
        p++;
    size_t n = (size_t)(p - s->p);
    int t = n == 4 && !memcmp(s->p, "true", 4)    ? T_TRUE
            : n == 5 && !memcmp(s->p, "false", 5) ? T_FALSE
            : n == 4 && !memcmp(s->p, "null", 4)  ? T_NULL
                                                  : T_INVALID;
    s->p = skip_nul(p, end);
    return t;
}

/* a token that is no string and more than one byte: a number, a word, or
 * none (s->p at its first byte) */
__attribute__((noinline)) static int lex_other(dy_jscan *s)
{
    const unsigned char *p = s->p;
    if (*p == '-' || (*p >= '0' && *p <= '9'))
        return lex_number(s);
    if ((*p | 0x20) >= 'a' && (*p | 0x20) <= 'z')
        return lex_word(s);
    return *p ? T_INVALID : T_NUL;
}

/* The token a byte is by itself: the six of one byte, T_STRING for the
 * quote that starts a string, 0 for any other (lex_other reads it) */
static const unsigned char byte_token[256] = {
    ['{'] = T_LBRACE, ['}'] = T_RBRACE, ['['] = T_LBRACK,
    [']'] = T_RBRACK, [':'] = T_COLON,  [','] = T_COMMA,
    ['"'] = T_STRING,
};

/* The next token. Inline at each of its calls: half of a record's tokens
 * are white space and one byte (":", ",", the braces), read here without
 * a call; strings and the rest are read by calls. */
static inline int lex(dy_jscan *s)
{
    const unsigned char *p = s->p, *end = s->end;
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
        p++;
    s->p = p;
    if (p == end)
        return T_EOF;
    s->p = p + 1;
    /* (by a table, not the switch's tree of compares) */
    int t = byte_token[*p];
    if (t == T_STRING)
        return lex_string(s);
    if (t)
        return t;
    s->p = p;
    return lex_other(s);
}

/* ------------------------------------------------------------ keys */

static int keys_grow(dy_jscan *s)
{
    size_t cap = s->keys_cap ? s->keys_cap * 2 : 64;
    dy_jkey *t = dy_calloc(s->mem, cap, sizeof *t);
    if (!t)
        return -1;
    for (size_t i = 0; i < s->keys_cap; i++) {
        if (s->keys[i].gen != s->gen)
            continue;
        size_t h = (size_t)s->keys[i].hash;
        while (t[h & (cap - 1)].gen)
            h++;
        t[h & (cap - 1)] = s->keys[i];
    }
    dy_free(s->mem, s->keys);
    s->keys = t;
    s->keys_cap = cap;
    return 0;
}

static const char *key_bytes(const dy_jscan *s, const dy_jkey *k)
{
    return k->scratch ? s->keybuf.data + k->off : s->line + k->off;
}

/* Adds the key (len bytes at key: in the line, or decoded in keybuf at
 * off) to object obj of this record: 0, 1 when the object has it
 * already, -1 out of memory. */
static int key_add(dy_jscan *s, uint32_t obj, const char *key, size_t len,
                   int scratch, size_t off)
{
    if (2 * (s->nkeys + 1) > s->keys_cap && keys_grow(s))
        return -1;
    uint64_t h = dy_hash(key, len) ^ ((uint64_t)obj * 0x9E3779B97F4A7C15ull);
    size_t i = (size_t)h;
    for (;; i++) {
        dy_jkey *k = &s->keys[i & (s->keys_cap - 1)];
        if (k->gen != s->gen) {
            *k = (dy_jkey){s->gen, obj, h, off, len, scratch};
            s->nkeys++;
            return 0;
        }
        if (k->hash == h && k->obj == obj && k->len == len &&
            !memcmp(key_bytes(s, k), key, len))
            return 1;
    }
}

/* Adds key (len bytes at key, or decoded in keybuf at off) to object 0
 * of this record, which keeps its first DY_JSCAN_FEW keys in s->few and
 * compares them byte by byte; the key after them moves them all into the
 * table, where that object's later keys go. 0, 1 when the object has it
 * already, -1 out of memory. */
static int key_add_first(dy_jscan *s, const char *key, size_t len,
                         int scratch, size_t off)
{
    if (s->nfew > DY_JSCAN_FEW)
        return key_add(s, 0, key, len, scratch, off);
    for (size_t i = 0; i < s->nfew; i++) {
        const dy_jkey *k = &s->few[i];
        if (k->len == len && !memcmp(key_bytes(s, k), key, len))
            return 1;
    }
    if (s->nfew < DY_JSCAN_FEW) {
        s->few[s->nfew++] = (dy_jkey){s->gen, 0, 0, off, len, scratch};
        return 0;
    }
    for (size_t i = 0; i < DY_JSCAN_FEW; i++) {
        const dy_jkey *k = &s->few[i];
        if (key_add(s, 0, key_bytes(s, k), k->len, k->scratch, k->off) < 0)
            return -1;
    }
    s->nfew = DY_JSCAN_FEW + 1;
    return key_add(s, 0, key, len, scratch, off);
}

/* The key just read (s->tok) as its decoded bytes: in the line when it
 * has no escape, else decoded into keybuf. */
static const char *key_value(dy_jscan *s, size_t *len, int *scratch,
                             size_t *off)
{
    if (!s->tok_esc) {
        *scratch = 0;
        *off = (size_t)((const char *)s->tok - s->line);
        *len = s->tok_len;
        return (const char *)s->tok;
    }
    *scratch = 1;
    *off = s->keybuf.len;
    if (dy_buf_put(&s->keybuf, s->tok, s->tok_len + 1))
        return NULL;
    *len = decode(s->keybuf.data + *off, s->tok_len);
    s->keybuf.len = *off + *len;
    return s->keybuf.data + *off;
}

/* A key of the object at the top: its \u0000, then its duplicate. Sets
 * *field to the reader's field it names at the top level, or -1. */
static int object_key(dy_jscan *s, int *field)
{
    if (s->tok_nul)
        return DY_JS_NUL_KEY;
    size_t len, off;
    int scratch;
    const char *key = key_value(s, &len, &scratch, &off);
    if (!key)
        return DY_JS_NOMEM;
    uint32_t obj = s->obj[s->depth - 1];
    int rc = obj == 0 ? key_add_first(s, key, len, scratch, off)
                      : key_add(s, obj, key, len, scratch, off);
    if (rc)
        return rc < 0 ? DY_JS_NOMEM : DY_JS_DUPLICATE;
    *field = -1;
    if (s->depth == 1)
        for (int i = 0; i < DY_JF_N; i++)
            if (strlen(field_names[i]) == len &&
                !memcmp(field_names[i], key, len))
                *field = i;
    return DY_JS_OBJECT;
}

/* ------------------------------------------------------------ values */

/* the class of an unexpected token t: the end of the line, or syntax */
static int unexpected(dy_jscan *s, int t)
{
    return t == T_ERROR                 ? s->err
           : t == T_EOF || t == T_NUL ? DY_JS_EOF
                                      : DY_JS_SYNTAX;
}

enum { OPENED = -1 };

/* A value whose first token is t, inside s->depth open values; fld, when
 * the reader takes it, gets its type and bytes. OPENED when t opens an
 * object or array (pushed), DY_JS_OBJECT when the value is whole, or the
 * class of its error. */
static int value(dy_jscan *s, int t, dy_jfield *fld)
{
    dy_jfield dummy;
    if (!fld)
        fld = &dummy;
    if (t == T_ERROR)
        return s->err;
    if (s->depth >= DY_JSCAN_MAX_DEPTH)
        return DY_JS_DEPTH;
    fld->type = DY_JT_OTHER;
    switch (t) {
    case T_LBRACE:
    case T_LBRACK:
        s->kind[s->depth] = t == T_LBRACE ? '{' : '[';
        s->obj[s->depth] = t == T_LBRACE ? s->nobj++ : 0;
        s->depth++;
        return OPENED;
    case T_STRING:
        if (s->tok_nul)
            return DY_JS_NUL;
        fld->type = DY_JT_STRING;
        fld->s = (char *)s->tok;
        fld->len = s->tok_len;
        fld->escaped = s->tok_esc; /* decoded when the line is valid */
        return DY_JS_OBJECT;
    case T_INTEGER:
        fld->type = DY_JT_INTEGER;
        fld->integer = s->tok_int;
        return DY_JS_OBJECT;
    case T_NULL:
        fld->type = DY_JT_NULL;
        return DY_JS_OBJECT;
    case T_REAL:
    case T_TRUE:
    case T_FALSE:
        return DY_JS_OBJECT;
    case T_INVALID:
        return DY_JS_SYNTAX;
    default:
        return unexpected(s, t);
    }
}

/* What comes before a value inside the open value at the top: for an
 * object a key and ':' (*field: the reader's field it names), for an
 * array nothing. *t is the token at hand, then the value's first. */
static int before_value(dy_jscan *s, int *t, int *field)
{
    *field = -1;
    if (s->kind[s->depth - 1] == '[')
        return *t == T_EOF ? DY_JS_EOF : DY_JS_OBJECT;
    if (*t != T_STRING)
        return unexpected(s, *t);
    int rc = object_key(s, field);
    if (rc != DY_JS_OBJECT)
        return rc;
    *t = lex(s);
    if (*t != T_COLON)
        return unexpected(s, *t);
    *t = lex(s);
    return DY_JS_OBJECT;
}

/* The values inside the top-level one, s->depth 1 and its first token
 * read; returns when it is closed, DY_JS_OBJECT, or the error. */
static int parse_inner(dy_jscan *s, dy_jfield *f)
{
    int t = lex(s), first = 1;
    for (;;) {
        int close = s->kind[s->depth - 1] == '{' ? T_RBRACE : T_RBRACK;
        if (!(first && t == close)) {
            int field, rc = before_value(s, &t, &field);
            if (rc == DY_JS_OBJECT)
                rc = value(s, t, field >= 0 ? &f[field] : NULL);
            if (rc == OPENED) {
                t = lex(s);
                first = 1;
                continue;
            }
            if (rc != DY_JS_OBJECT)
                return rc;
            t = lex(s);
        }
        /* after a value: ',' and the next, or the end of the open one */
        for (;;) {
            if (t == T_COMMA) {
                t = lex(s);
                first = 0;
                break;
            }
            if (t != (s->kind[s->depth - 1] == '{' ? T_RBRACE : T_RBRACK))
                return unexpected(s, t);
            if (--s->depth == 0)
                return DY_JS_OBJECT;
            t = lex(s);
        }
    }
}

static void record_start(dy_jscan *s, char *line, size_t len,
                         dy_jfield f[DY_JF_N])
{
    s->line = line;
    s->p = (const unsigned char *)line;
    s->end = s->p + len;
    s->depth = 0;
    s->nobj = 0;
    s->nkeys = 0;
    s->nfew = 0;
    s->keybuf.len = 0;
    if (++s->gen == 0) { /* wrapped: no key may look current */
        if (s->keys)
            memset(s->keys, 0, s->keys_cap * sizeof *s->keys);
        s->gen = 1;
    }
    for (int i = 0; i < DY_JF_N; i++)
        f[i] = (dy_jfield){DY_JT_ABSENT, 0, NULL, 0, 0};
}

int dy_jscan_record(dy_jscan *s, char *line, size_t len,
                    dy_jfield f[DY_JF_N])
{
    record_start(s, line, len, f);
    if (!s->obj) {
        s->obj = dy_malloc(s->mem, DY_JSCAN_MAX_DEPTH * (sizeof *s->obj + 1));
        if (!s->obj)
            return DY_JS_NOMEM;
        s->kind = (unsigned char *)(s->obj + DY_JSCAN_MAX_DEPTH);
    }
    int t = lex(s);
    if (t != T_LBRACE && t != T_LBRACK)
        return unexpected(s, t);
    value(s, t, NULL);
    int rc = parse_inner(s, f);
    if (rc != DY_JS_OBJECT)
        return rc;
    t = lex(s);
    if (t != T_EOF)
        return t == T_ERROR ? s->err : DY_JS_TRAILING;
    if (s->kind[0] != '{')
        return DY_JS_NOT_OBJECT;
    for (int i = 0; i < DY_JF_N; i++)
        if (f[i].type == DY_JT_STRING) {
            if (f[i].escaped)
                f[i].len = decode(f[i].s, f[i].len);
            f[i].s[f[i].len] = '\0';
        }
    return DY_JS_OBJECT;
}
