/*
 * jsonl.c - JSONL (docs/output.md, schema 1): one object per event, the
 * same shape for a coded event and a stored one; what a source does not
 * keep is left out (dy_record's has bits), what only the store knows is
 * added. Written straight into the buffer, byte for byte as jansson's
 * compact dump wrote it (tests/unit/test_format.c compares the two).
 */
#include "format/format.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

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

/* A string as jansson writes it. A byte that is not valid UTF-8 (which
 * jansson refuses) is written as U+FFFD; text that went through
 * dyad_code never has one. */
void dy_json_str(dy_buf *b, const char *s, size_t n)
{
    if (!s) {
        dy_buf_puts(b, "null");
        return;
    }
    const unsigned char *p = (const unsigned char *)s;
    size_t run = 0; /* bytes before i copied as they are */
    dy_buf_putc(b, '"');
    for (size_t i = 0; i < n;) {
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
        dy_buf_put(b, s + run, i - run);
        dy_buf_puts(b, esc);
        run = ++i;
    }
    dy_buf_put(b, s + run, n - run);
    dy_buf_putc(b, '"');
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
    dy_buf_put(b, buf, len);
}

void dy_json_real(dy_buf *b, double v)
{
    json_real_prec(b, v, 17);
}

/* a coordinate rounded to 4 decimals (11 m) and printed as jansson does
 * with JSON_REAL_PRECISION(10): 50.4547, never 50.454700000000003 */
void dy_json_coord(dy_buf *b, double v)
{
    json_real_prec(b, round(v * 1e4) / 1e4, 10);
}

/* ,"key":"value" (value NULL: null) */
static void json_member(dy_buf *b, const char *key, const char *value)
{
    dy_buf_printf(b, ",\"%s\":", key);
    dy_json_cstr(b, value);
}

static void json_span(dy_buf *b, dyad_span s)
{
    dy_buf_printf(b, "[%lld,%lld]", (long long)s.start, (long long)s.len);
}

/* {code, text, span, inferred, country_inferred[, how]}, or null for an actor with neither
 * code nor text; span and inferred only where the source keeps them */
static void json_actor(dy_buf *b, const dy_record *r, const dyad_actor *a,
                       const char *how)
{
    if (!a->code && !a->text) {
        dy_buf_puts(b, "null");
        return;
    }
    dy_buf_puts(b, "{\"code\":");
    dy_json_cstr(b, a->code);
    json_member(b, "text", a->text ? a->text : "");
    if (r->has & DY_HAS_SPANS) {
        dy_buf_puts(b, ",\"span\":");
        if (a->inferred)
            dy_buf_puts(b, "null");
        else
            json_span(b, a->span);
    }
    if ((r->has & DY_HAS_CODING) && a->inferred)
        dy_buf_puts(b, ",\"inferred\":true");
    if ((r->has & DY_HAS_CODING) && a->country_inferred)
        dy_buf_puts(b, ",\"country_inferred\":true");
    if (how) {
        json_member(b, "how", how);
    }
    dy_buf_putc(b, '}');
}

static void json_count(dy_buf *b, const dy_record *r, const char *key,
                       const dyad_count *c)
{
    if (c->value < 0)
        return;
    dy_buf_printf(b, ",\"%s\":{\"value\":%lld", key, (long long)c->value);
    if (r->has & DY_HAS_CODING)
        dy_buf_puts(b, c->approximate ? ",\"approximate\":true"
                                      : ",\"approximate\":false");
    if (r->has & DY_HAS_SPANS) {
        dy_buf_puts(b, ",\"span\":");
        json_span(b, c->span);
    }
    if (c->cumulative)
        dy_buf_puts(b, ",\"cumulative\":true");
    dy_buf_putc(b, '}');
}

static void json_location(dy_buf *b, const dy_record *r)
{
    const dyad_location *l = r->location;
    if (!l) {
        dy_buf_puts(b, ",\"location\":null");
        return;
    }
    dy_buf_puts(b, ",\"location\":{\"name\":");
    dy_json_cstr(b, l->name);
    json_member(b, "country", l->country);
    json_member(b, "precision", l->precision);
    if (r->has & DY_HAS_SPANS) {
        dy_buf_puts(b, ",\"span\":");
        json_span(b, l->span);
    }
    if (l->lat != 0 || l->lon != 0) {
        dy_buf_puts(b, ",\"lat\":");
        dy_json_coord(b, l->lat);
        dy_buf_puts(b, ",\"lon\":");
        dy_json_coord(b, l->lon);
    }
    if (l->admin1) {
        json_member(b, "admin1", l->admin1);
    }
    if (l->geonameid)
        dy_buf_printf(b, ",\"geonameid\":%lld", (long long)l->geonameid);
    if (l->loose)
        dy_buf_puts(b, ",\"loose\":true");
    dy_buf_putc(b, '}');
}

/* attributed_to, contested_by: how the text frames the claim */
static void json_claim(dy_buf *b, const dy_record *r)
{
    dy_buf_puts(b, ",\"attributed_to\":");
    json_actor(b, r, &r->attributed_to, NULL);
    dy_buf_puts(b, ",\"contested_by\":[");
    for (size_t i = 0; i < r->contested_count; i++) {
        if (i)
            dy_buf_putc(b, ',');
        json_actor(b, r, &r->contested_by[i],
                   r->contest_kind ? r->contest_kind : "");
    }
    dy_buf_putc(b, ']');
}

static void json_evidence(dy_buf *b, const dy_record *r)
{
    dy_buf_puts(b, ",\"evidence\":{\"pattern\":");
    dy_json_cstr(b, r->pattern);
    json_member(b, "file", r->pattern_file);
    dy_buf_printf(b, ",\"line\":%lld,\"trigger\":{\"text\":",
                  (long long)r->pattern_line);
    dy_json_str(b, r->trigger_text, r->trigger_len);
    dy_buf_printf(b, ",\"span\":[%lld,%lld]}", (long long)r->trigger_start,
                  (long long)r->trigger_len);
    if (r->note) {
        json_member(b, "note", r->note);
    }
    dy_buf_putc(b, '}');
}

static void json_sentence(dy_buf *b, long index, const char *text,
                          size_t len, int has_span, dyad_span span)
{
    dy_buf_printf(b, "{\"index\":%ld,\"text\":", index);
    dy_json_str(b, text, len);
    dy_buf_puts(b, ",\"span\":");
    if (has_span)
        json_span(b, span);
    else
        dy_buf_puts(b, "null");
    dy_buf_putc(b, '}');
}

/* the store's counts and the reports behind a stored event (none for
 * a record read without them: a page of events) */
static void json_store(dy_buf *b, const dy_record *r)
{
    dy_buf_printf(b,
                  ",\"num_mentions\":%lld,\"num_sources\":%lld,"
                  "\"num_articles\":%lld",
                  r->num_mentions, r->num_sources, r->num_articles);
    if (!r->mentions)
        return;
    dy_buf_puts(b, ",\"mentions\":[");
    for (size_t i = 0; i < r->mention_count; i++) {
        const dy_rec_mention *m = &r->mentions[i];
        dy_buf_puts(b, i ? ",{\"doc_id\":" : "{\"doc_id\":");
        dy_json_cstr(b, m->doc_id);
        dy_buf_puts(b, ",\"sentence\":");
        json_sentence(b, m->sentence, m->text, m->text ? strlen(m->text) : 0,
                      m->has_span, m->span);
        json_member(b, "date", m->date);
        json_member(b, "status", m->status);
        json_member(b, "publisher", m->publisher);
        dy_buf_putc(b, '}');
    }
    dy_buf_putc(b, ']');
}

/* ,"context":[...]: the PLOVER contexts of the CAMEO code (the
 * CAMEO->PLOVER crosswalk's third field, data/crosswalk.tsv) */
static void json_context(dy_buf *b, const char *cameo)
{
    const dy_crosswalk_row *x = dy_crosswalk_find(cameo);
    const char *c = x ? x->plover_context : NULL;
    dy_buf_puts(b, ",\"context\":[");
    for (int n = 0; c && *c && n < 8; n++) {
        size_t len = strcspn(c, ",");
        if (n)
            dy_buf_putc(b, ',');
        dy_json_str(b, c, len);
        c += len + (c[len] == ',');
    }
    dy_buf_putc(b, ']');
}

/* One line: the keys in the order of docs/output.md. */
void dy_write_jsonl(dy_buf *b, const dy_record *r)
{
    int coding = (r->has & DY_HAS_CODING) != 0;
    dy_buf_printf(b, "{\"schema\":%d", DYAD_OUTPUT_SCHEMA);
    if (r->has & DY_HAS_STORE)
        dy_buf_printf(b, ",\"id\":%lld", r->id);
    json_member(b, "doc_id", r->doc_id);
    dy_buf_puts(b, ",\"sentence\":");
    json_sentence(b, r->sentence, r->sentence_text, r->sentence_len,
                  r->has_sentence_span, r->sentence_span);
    json_member(b, "date", r->date);
    json_member(b, "date_precision", r->date_precision);
    dy_buf_puts(b, ",\"source\":");
    json_actor(b, r, &r->source, NULL);
    dy_buf_puts(b, ",\"target\":");
    json_actor(b, r, &r->target, NULL);
    json_member(b, "cameo", r->cameo);
    if (coding) {
        json_member(b, "cameo_name", r->cameo_name);
    }
    dy_buf_puts(b, ",\"plover\":");
    if (r->plover_type) {
        dy_buf_puts(b, "{\"type\":");
        dy_json_cstr(b, r->plover_type);
        json_member(b, "mode", r->plover_mode);
        json_context(b, r->cameo);
        dy_buf_putc(b, '}');
    } else
        dy_buf_puts(b, "null");
    dy_buf_puts(b, ",\"goldstein\":");
    dy_json_real(b, r->goldstein);
    dy_buf_printf(b, ",\"quad_class\":%d", r->quad_class);
    if (coding)
        dy_buf_printf(b, ",\"penta_class\":%d", r->penta_class);
    json_member(b, "status", r->status);
    if (coding)
        json_claim(b, r);
    json_location(b, r);
    json_count(b, r, "fatalities", &r->killed);
    json_count(b, r, "injured", &r->injured);
    if (coding)
        json_evidence(b, r);
    if (r->has & DY_HAS_STORE)
        json_store(b, r);
    dy_buf_puts(b, "}\n");
}
