/*
 * jsonl.c - JSONL (docs/output.md, schema 1): one object per event, the
 * same shape for a coded event and a stored one; what a source does not
 * keep is left out (dy_record's has bits), what only the store knows is
 * added. Written straight into the buffer, byte for byte as jansson's
 * compact dump wrote it (tests/unit/test_format.c compares the two).
 */
#include "format/format.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

/* Appends n bytes: in place while the buffer has room (the writer's hot
 * path, a few instructions for a key), else through dy_buf_put, which
 * grows it or marks it failed. */
static inline void put(dy_buf *b, const char *s, size_t n)
{
    if (!b->failed && b->data && b->cap - b->len > n) {
        memcpy(b->data + b->len, s, n);
        b->len += n;
        b->data[b->len] = '\0';
    } else {
        dy_buf_put(b, s, n);
    }
}

static inline void putch(dy_buf *b, char c)
{
    put(b, &c, 1);
}

/* a string literal, its length known when compiled */
#define PUT_LIT(b, lit) put(b, "" lit, sizeof(lit) - 1)

/* Length of the valid UTF-8 sequence at s (n bytes left), or 0. The
 * rules of RFC 3629: no overlong forms, no surrogates, nothing past
 * U+10FFFF. */
static size_t utf8_seq(const unsigned char *s, size_t n)
{
    unsigned c = s[0];
    size_t len = c < 0xC2 ? 0 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : c < 0xF5 ? 4 : 0;
    if (!len || len > n)
        return 0;
    for (size_t i = 1; i < len; i++)
        if ((s[i] & 0xC0) != 0x80)
            return 0;
    if ((c == 0xE0 && s[1] < 0xA0) || (c == 0xED && s[1] > 0x9F) ||
        (c == 0xF0 && s[1] < 0x90) || (c == 0xF4 && s[1] > 0x8F))
        return 0;
    return len;
}

/* the escape of an ASCII byte in a JSON string, or NULL for none:
 * jansson's \" \\ \b \f \n \r \t, other control characters as \u00XX
 * (upper-case hex, into hex), DEL and the rest as they are */
static const char *json_escape(unsigned c, char hex[8])
{
    switch (c) {
    case '"': return "\\\"";
    case '\\': return "\\\\";
    case '\b': return "\\b";
    case '\f': return "\\f";
    case '\n': return "\\n";
    case '\r': return "\\r";
    case '\t': return "\\t";
    default:
        if (c >= 0x20)
            return NULL;
        snprintf(hex, 8, "\\u%04X", c);
        return hex;
    }
}

#define ONES 0x0101010101010101ull
#define HIGH 0x8080808080808080ull

/* The first byte at or after i that a JSON string cannot hold as it is:
 * '"', '\\', a control character or any byte from 0x80 (checked as
 * UTF-8 by the caller). Eight bytes a step: each test on the word is
 * exact for the word as a whole, so a flagged word is read byte by
 * byte. */
static inline int word_flagged(const unsigned char *p)
{
    uint64_t v, q, s;
    memcpy(&v, p, 8);
    q = v ^ (ONES * '"');
    s = v ^ (ONES * '\\');
    return ((((q - ONES) & ~q) | ((s - ONES) & ~s) |
             ((v - ONES * 0x20) & ~v) | v) & HIGH) != 0;
}

static size_t plain_run(const unsigned char *p, size_t i, size_t n)
{
    for (;;) {
        while (n - i >= 8) {
            if (word_flagged(p + i))
                break;
            i += 8;
        }
        /* (the last one to seven bytes of a string of eight or more are
         * told by the word that ends it, which overlaps bytes already
         * passed, not byte by byte) */
        if (i < n && n - i < 8 && n >= 8 && !word_flagged(p + n - 8))
            return n;
        size_t stop = n - i >= 8 ? i + 8 : n;
        for (; i < stop; i++)
            if (p[i] == '"' || p[i] == '\\' || p[i] < 0x20 || p[i] >= 0x80)
                return i;
        if (i == n)
            return i;
    }
}

/* A string as jansson writes it. A byte that is not valid UTF-8 (which
 * jansson refuses) is written as U+FFFD; text that went through
 * dyad_code never has one. */
void dy_json_str(dy_buf *b, const char *s, size_t n)
{
    if (!s) {
        PUT_LIT(b, "null");
        return;
    }
    const unsigned char *p = (const unsigned char *)s;
    size_t run = 0; /* bytes before i copied as they are */
    putch(b, '"');
    for (size_t i = 0; (i = plain_run(p, i, n)) < n;) {
        char hex[8];
        const char *esc;
        if (p[i] >= 0x80) {
            size_t len = utf8_seq(p + i, n - i);
            if (len) {
                i += len;
                continue;
            }
            esc = "\xEF\xBF\xBD";
        } else if (!(esc = json_escape(p[i], hex))) {
            i++;
            continue;
        }
        put(b, s + run, i - run);
        put(b, esc, strlen(esc));
        run = ++i;
    }
    put(b, s + run, n - run);
    putch(b, '"');
}

void dy_json_cstr(dy_buf *b, const char *s)
{
    dy_json_str(b, s, s ? strlen(s) : 0);
}

/* jansson's jsonp_dtostr with a precision (JSON_REAL_PRECISION; 17 is
 * its default): %.<prec>g; ".0" when the text has neither '.' nor 'e';
 * an exponent without '+' and without leading zeros ("1e-5"). */
static void json_real_prec(dy_buf *b, double v, int prec)
{
    char buf[40];
    int n = snprintf(buf, sizeof buf, "%.*g", prec, v);
    if (n < 0 || (size_t)n >= sizeof buf - 3)
        return;
    size_t len = (size_t)n;
    char *comma = strchr(buf, ','); /* a locale's decimal point */
    if (comma)
        *comma = '.';
    if (!strchr(buf, '.') && !strchr(buf, 'e')) {
        memcpy(buf + len, ".0", 3);
        len += 2;
    }
    char *e = strchr(buf, 'e');
    if (e) {
        char *start = e + 1, *end = e + 2;
        if (*start == '-')
            start++;
        while (*end == '0')
            end++;
        if (end != start) {
            memmove(start, end, len - (size_t)(end - buf) + 1);
            len -= (size_t)(end - start);
        }
    }
    put(b, buf, len);
}

/* A whole number of at most 15 digits as %.<prec>g prints it (prec 10
 * or 17: no exponent), with jansson's ".0": no snprintf. 0 when v is no
 * such number. */
static int json_real_whole(dy_buf *b, double v, int prec)
{
    double lim = prec >= 15 ? 1e15 : 1e9;
    if (!(v > -lim && v < lim) || v != (double)(long long)v)
        return 0;
    if (v == 0 && signbit(v))
        putch(b, '-');
    dy_put_int(b, (long long)v);
    put(b, ".0", 2);
    return 1;
}

void dy_json_real(dy_buf *b, double v)
{
    if (!json_real_whole(b, v, 17))
        json_real_prec(b, v, 17);
}

void dy_put_int(dy_buf *b, long long v)
{
    /* (two digits a division: the spans' offsets have four to six) */
    static const char pairs[201] =
        "00010203040506070809101112131415161718192021222324"
        "25262728293031323334353637383940414243444546474849"
        "50515253545556575859606162636465666768697071727374"
        "75767778798081828384858687888990919293949596979899";
    char d[24], *e = d + sizeof d, *p = e;
    unsigned long long u = v < 0 ? 0 - (unsigned long long)v
                                 : (unsigned long long)v;
    while (u >= 100) {
        unsigned r = (unsigned)(u % 100);
        u /= 100;
        *--p = pairs[2 * r + 1];
        *--p = pairs[2 * r];
    }
    if (u >= 10) {
        *--p = pairs[2 * u + 1];
        *--p = pairs[2 * u];
    } else {
        *--p = (char)('0' + u);
    }
    if (v < 0)
        *--p = '-';
    put(b, p, (size_t)(e - p));
}

/* a coordinate rounded to 4 decimals (11 m) and printed as jansson does
 * with JSON_REAL_PRECISION(10): 50.4547, never 50.454700000000003 */
void dy_json_coord(dy_buf *b, double v)
{
    v = round(v * 1e4) / 1e4;
    if (json_real_whole(b, v, 10))
        return;
    if (!(v > -1e5 && v < 1e5)) {
        json_real_prec(b, v, 10);
        return;
    }
    /* Under 100,000, ten significant digits hold every decimal of v and
     * %.10g has no exponent (from 0.0001 on): it prints the 4-decimal
     * number v was rounded to, trailing zeros dropped. */
    long long k = llround(v * 1e4);
    unsigned long long a = k < 0 ? 0 - (unsigned long long)k
                                 : (unsigned long long)k;
    char frac[5] = {(char)('0' + a / 1000 % 10), (char)('0' + a / 100 % 10),
                    (char)('0' + a / 10 % 10), (char)('0' + a % 10), 0};
    size_t n = 4;
    while (frac[n - 1] == '0')
        n--;
    if (k < 0)
        putch(b, '-');
    dy_put_int(b, (long long)(a / 10000));
    putch(b, '.');
    put(b, frac, n);
}

/* ,"key": (key a string literal: one copy of a length known when
 * compiled, where a key's three pieces and its strlen cost a hundred
 * instructions, 12.5 M on the corpus's events) */
#define JSON_KEY(b, key) PUT_LIT(b, ",\"" key "\":")

/* ,"key":"value" (value NULL: null) */
#define json_member(b, key, value)                                          \
    do {                                                                    \
        JSON_KEY(b, key);                                                   \
        dy_json_cstr(b, value);                                             \
    } while (0)

/* ,"key":integer */
#define json_member_int(b, key, v)                                          \
    do {                                                                    \
        JSON_KEY(b, key);                                                   \
        dy_put_int(b, v);                                                   \
    } while (0)

static void json_span(dy_buf *b, dyad_span s)
{
    putch(b, '[');
    dy_put_int(b, (long long)s.start);
    putch(b, ',');
    dy_put_int(b, (long long)s.len);
    putch(b, ']');
}

/* {code, text, span, inferred, country_inferred[, how]}, or null for an actor with neither
 * code nor text; span and inferred only where the source keeps them */
static void json_actor(dy_buf *b, const dy_record *r, const dyad_actor *a,
                       const char *how)
{
    if (!a->code && !a->text) {
        PUT_LIT(b, "null");
        return;
    }
    PUT_LIT(b, "{\"code\":");
    dy_json_cstr(b, a->code);
    json_member(b, "text", a->text ? a->text : "");
    if (r->has & DY_HAS_SPANS) {
        PUT_LIT(b, ",\"span\":");
        if (a->inferred)
            PUT_LIT(b, "null");
        else
            json_span(b, a->span);
    }
    if ((r->has & DY_HAS_CODING) && a->inferred)
        PUT_LIT(b, ",\"inferred\":true");
    if ((r->has & DY_HAS_CODING) && a->country_inferred)
        PUT_LIT(b, ",\"country_inferred\":true");
    if (how) {
        json_member(b, "how", how);
    }
    putch(b, '}');
}

/* ,"key":{...} for count c; key is the member's ,"key": and klen its
 * length (JSON_COUNT) */
static void json_count(dy_buf *b, const dy_record *r, const char *key,
                       size_t klen, const dyad_count *c)
{
    if (c->value < 0)
        return;
    put(b, key, klen);
    PUT_LIT(b, "{\"value\":");
    dy_put_int(b, (long long)c->value);
    if ((r->has & DY_HAS_CODING) && c->approximate)
        PUT_LIT(b, ",\"approximate\":true");
    else if (r->has & DY_HAS_CODING)
        PUT_LIT(b, ",\"approximate\":false");
    if (r->has & DY_HAS_SPANS) {
        PUT_LIT(b, ",\"span\":");
        json_span(b, c->span);
    }
    if (c->cumulative)
        PUT_LIT(b, ",\"cumulative\":true");
    putch(b, '}');
}

static void json_location(dy_buf *b, const dy_record *r)
{
    const dyad_location *l = r->location;
    if (!l) {
        PUT_LIT(b, ",\"location\":null");
        return;
    }
    PUT_LIT(b, ",\"location\":{\"name\":");
    dy_json_cstr(b, l->name);
    json_member(b, "country", l->country);
    json_member(b, "precision", l->precision);
    if (r->has & DY_HAS_SPANS) {
        PUT_LIT(b, ",\"span\":");
        json_span(b, l->span);
    }
    if (l->lat != 0 || l->lon != 0) {
        PUT_LIT(b, ",\"lat\":");
        dy_json_coord(b, l->lat);
        PUT_LIT(b, ",\"lon\":");
        dy_json_coord(b, l->lon);
    }
    if (l->admin1) {
        json_member(b, "admin1", l->admin1);
    }
    if (l->geonameid)
        json_member_int(b, "geonameid", (long long)l->geonameid);
    if (l->loose)
        PUT_LIT(b, ",\"loose\":true");
    putch(b, '}');
}

/* attributed_to, contested_by: how the text frames the claim */
static void json_claim(dy_buf *b, const dy_record *r)
{
    PUT_LIT(b, ",\"attributed_to\":");
    json_actor(b, r, &r->attributed_to, NULL);
    PUT_LIT(b, ",\"contested_by\":[");
    for (size_t i = 0; i < r->contested_count; i++) {
        if (i)
            putch(b, ',');
        json_actor(b, r, &r->contested_by[i],
                   r->contest_kind ? r->contest_kind : "");
    }
    putch(b, ']');
}

static void json_evidence(dy_buf *b, const dy_record *r)
{
    PUT_LIT(b, ",\"evidence\":{\"pattern\":");
    dy_json_cstr(b, r->pattern);
    json_member(b, "file", r->pattern_file);
    json_member_int(b, "line", (long long)r->pattern_line);
    PUT_LIT(b, ",\"trigger\":{\"text\":");
    dy_json_str(b, r->trigger_text, r->trigger_len);
    PUT_LIT(b, ",\"span\":[");
    dy_put_int(b, (long long)r->trigger_start); /* -1: unknown */
    putch(b, ',');
    dy_put_int(b, (long long)r->trigger_len);
    put(b, "]}", 2);
    if (r->note) {
        json_member(b, "note", r->note);
    }
    putch(b, '}');
}

static void json_sentence(dy_buf *b, long index, const char *text,
                          size_t len, int has_span, dyad_span span)
{
    PUT_LIT(b, "{\"index\":");
    dy_put_int(b, index);
    PUT_LIT(b, ",\"text\":");
    dy_json_str(b, text, len);
    PUT_LIT(b, ",\"span\":");
    if (has_span)
        json_span(b, span);
    else
        PUT_LIT(b, "null");
    putch(b, '}');
}

/* the store's counts and the reports behind a stored event (none for
 * a record read without them: a page of events) */
static void json_store(dy_buf *b, const dy_record *r)
{
    json_member_int(b, "num_mentions", r->num_mentions);
    json_member_int(b, "num_sources", r->num_sources);
    json_member_int(b, "num_articles", r->num_articles);
    if (!r->mentions)
        return;
    PUT_LIT(b, ",\"mentions\":[");
    for (size_t i = 0; i < r->mention_count; i++) {
        const dy_rec_mention *m = &r->mentions[i];
        if (i)
            putch(b, ',');
        PUT_LIT(b, "{\"doc_id\":");
        dy_json_cstr(b, m->doc_id);
        PUT_LIT(b, ",\"sentence\":");
        json_sentence(b, m->sentence, m->text, m->text ? strlen(m->text) : 0,
                      m->has_span, m->span);
        json_member(b, "date", m->date);
        json_member(b, "status", m->status);
        json_member(b, "publisher", m->publisher);
        putch(b, '}');
    }
    putch(b, ']');
}

/* ,"context":[...]: the PLOVER contexts of the CAMEO code (the
 * CAMEO->PLOVER crosswalk's third field, data/crosswalk.tsv) */
static void json_context(dy_buf *b, const char *cameo)
{
    const dy_crosswalk_row *x = dy_crosswalk_find(cameo);
    const char *c = x ? x->plover_context : NULL;
    PUT_LIT(b, ",\"context\":[");
    for (int n = 0; c && *c && n < 8; n++) {
        size_t len = strcspn(c, ",");
        if (n)
            putch(b, ',');
        dy_json_str(b, c, len);
        c += len + (c[len] == ',');
    }
    putch(b, ']');
}

/* One line: the keys in the order of docs/output.md. */
void dy_write_jsonl(dy_buf *b, const dy_record *r)
{
    int coding = (r->has & DY_HAS_CODING) != 0;
    PUT_LIT(b, "{\"schema\":");
    dy_put_int(b, DYAD_OUTPUT_SCHEMA);
    if (r->has & DY_HAS_STORE)
        json_member_int(b, "id", r->id);
    json_member(b, "doc_id", r->doc_id);
    PUT_LIT(b, ",\"sentence\":");
    json_sentence(b, r->sentence, r->sentence_text, r->sentence_len,
                  r->has_sentence_span, r->sentence_span);
    json_member(b, "date", r->date);
    json_member(b, "date_precision", r->date_precision);
    PUT_LIT(b, ",\"source\":");
    json_actor(b, r, &r->source, NULL);
    PUT_LIT(b, ",\"target\":");
    json_actor(b, r, &r->target, NULL);
    json_member(b, "cameo", r->cameo);
    if (coding) {
        json_member(b, "cameo_name", r->cameo_name);
    }
    PUT_LIT(b, ",\"plover\":");
    if (r->plover_type) {
        PUT_LIT(b, "{\"type\":");
        dy_json_cstr(b, r->plover_type);
        json_member(b, "mode", r->plover_mode);
        json_context(b, r->cameo);
        putch(b, '}');
    } else
        PUT_LIT(b, "null");
    PUT_LIT(b, ",\"goldstein\":");
    dy_json_real(b, r->goldstein);
    json_member_int(b, "quad_class", r->quad_class);
    if (coding)
        json_member_int(b, "penta_class", r->penta_class);
    json_member(b, "status", r->status);
    if (coding)
        json_claim(b, r);
    json_location(b, r);
    json_count(b, r, ",\"fatalities\":", sizeof ",\"fatalities\":" - 1,
               &r->killed);
    json_count(b, r, ",\"injured\":", sizeof ",\"injured\":" - 1,
               &r->injured);
    if (coding)
        json_evidence(b, r);
    if (r->has & DY_HAS_STORE)
        json_store(b, r);
    PUT_LIT(b, "}\n");
}
