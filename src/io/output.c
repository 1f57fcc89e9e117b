/*
 * output.c - events out: JSONL (docs/output.md, built with jansson), TSV
 * with GDELT-like columns, an aligned table for people, and the canonical
 * one-line dump that golden tests diff.
 */
#include "api.h"

#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static json_t *span_json(dyad_span s)
{
    return json_pack("[I,I]", (json_int_t)s.start, (json_int_t)s.len);
}

static json_t *actor_json(const dyad_actor *a)
{
    if (!a->code && !a->text)
        return json_null();
    json_t *o = json_object();
    json_object_set_new(o, "code", a->code ? json_string(a->code) : json_null());
    json_object_set_new(o, "text", json_string(a->text ? a->text : ""));
    json_object_set_new(o, "span", a->inferred ? json_null() : span_json(a->span));
    if (a->inferred)
        json_object_set_new(o, "inferred", json_true());
    return o;
}

static json_t *count_json(const dyad_count *c)
{
    return json_pack("{s:I,s:b,s:o}", "value", (json_int_t)c->value,
                     "approximate", c->approximate, "span", span_json(c->span));
}

static json_t *str_or_null(const char *s)
{
    return s ? json_string(s) : json_null();
}

static json_t *event_json(const dyad_result *r, const dyad_event *e)
{
    json_t *o = json_object();
    const dyad_doc *d = &r->doc;
    json_object_set_new(o, "schema", json_integer(DYAD_OUTPUT_SCHEMA));
    json_object_set_new(o, "doc_id", str_or_null(d->id));
    json_object_set_new(
        o, "sentence",
        json_pack("{s:I,s:s%,s:o}", "index", (json_int_t)e->sentence, "text",
                  d->text + e->sentence_span.start, e->sentence_span.len,
                  "span", span_json(e->sentence_span)));
    json_object_set_new(o, "date", str_or_null(e->date));
    json_object_set_new(o, "date_precision", str_or_null(e->date_precision));
    json_object_set_new(o, "source", actor_json(&e->source));
    json_object_set_new(o, "target", actor_json(&e->target));
    json_object_set_new(o, "cameo", json_string(e->cameo));
    json_object_set_new(o, "cameo_name", json_string(e->cameo_name));
    json_object_set_new(o, "plover",
                        e->plover_type
                            ? json_pack("{s:s,s:o}", "type", e->plover_type,
                                        "mode", str_or_null(e->plover_mode))
                            : json_null());
    json_object_set_new(o, "goldstein", json_real(e->goldstein));
    json_object_set_new(o, "quad_class", json_integer(e->quad_class));
    json_object_set_new(o, "penta_class", json_integer(e->penta_class));
    json_object_set_new(o, "status", json_string(e->status));
    json_object_set_new(o, "attributed_to", actor_json(&e->attributed_to));
    json_t *cb = json_array();
    for (size_t i = 0; i < e->contested_count; i++) {
        json_t *a = actor_json(&e->contested_by[i]);
        json_object_set_new(a, "how", json_string(e->contest_kind));
        json_array_append_new(cb, a);
    }
    json_object_set_new(o, "contested_by", cb);
    if (e->location) {
        const dyad_location *l = e->location;
        json_t *lo = json_pack("{s:s,s:o,s:s,s:o}", "name", l->name, "country",
                               str_or_null(l->country), "precision",
                               l->precision, "span", span_json(l->span));
        if (l->lat != 0 || l->lon != 0) {
            json_object_set_new(lo, "lat", json_real(round(l->lat * 1e4) / 1e4));
            json_object_set_new(lo, "lon", json_real(round(l->lon * 1e4) / 1e4));
        }
        if (l->admin1)
            json_object_set_new(lo, "admin1", json_string(l->admin1));
        if (l->geonameid)
            json_object_set_new(lo, "geonameid", json_integer(l->geonameid));
        if (l->loose)
            json_object_set_new(lo, "loose", json_true());
        json_object_set_new(o, "location", lo);
    } else {
        json_object_set_new(o, "location", json_null());
    }
    if (e->killed.value >= 0)
        json_object_set_new(o, "fatalities", count_json(&e->killed));
    if (e->injured.value >= 0)
        json_object_set_new(o, "injured", count_json(&e->injured));
    json_t *ev = json_pack("{s:s,s:s,s:I,s:{s:s%,s:o}}", "pattern", e->pattern,
                           "file", e->pattern_file, "line",
                           (json_int_t)e->pattern_line, "trigger", "text",
                           d->text + e->trigger.start, e->trigger.len, "span",
                           span_json(e->trigger));
    if (e->note)
        json_object_set_new(ev, "note", json_string(e->note));
    json_object_set_new(o, "evidence", ev);
    return o;
}

/* text for one TSV/table cell: tabs and newlines become spaces */
static void cell(dy_buf *b, const char *s, size_t n, size_t width)
{
    size_t w = 0;
    for (size_t i = 0; i < n && s[i]; i++) {
        char ch = s[i];
        if (ch == '\t' || ch == '\n' || ch == '\r')
            ch = ' ';
        if (width && w >= width)
            break;
        dy_buf_putc(b, ch);
        if (((unsigned char)ch & 0xC0) != 0x80)
            w++;
    }
    for (; w < width; w++)
        dy_buf_putc(b, ' ');
}

static void scell(dy_buf *b, const char *s, size_t width)
{
    s = s ? s : "";
    cell(b, s, strlen(s), width);
}

static void write_tsv(dy_buf *b, const dyad_result *r, const dyad_event *e)
{
    const dyad_doc *d = &r->doc;
    scell(b, d->id, 0);
    dy_buf_printf(b, "\t%zu\t", e->sentence);
    scell(b, e->date, 0);
    dy_buf_putc(b, '\t');
    scell(b, e->source.code, 0);
    dy_buf_putc(b, '\t');
    scell(b, e->source.text, 0);
    dy_buf_putc(b, '\t');
    scell(b, e->target.code, 0);
    dy_buf_putc(b, '\t');
    scell(b, e->target.text, 0);
    dy_buf_printf(b, "\t%s\t%.2s\t%d\t%.1f\t", e->cameo, e->cameo,
                  e->quad_class, e->goldstein);
    scell(b, e->plover_type, 0);
    dy_buf_putc(b, '\t');
    scell(b, e->plover_mode, 0);
    dy_buf_printf(b, "\t%s\t", e->status);
    scell(b, e->attributed_to.code ? e->attributed_to.code
                                   : e->attributed_to.text,
          0);
    dy_buf_putc(b, '\t');
    if (e->killed.value >= 0)
        dy_buf_printf(b, "%ld", e->killed.value);
    dy_buf_putc(b, '\t');
    if (e->injured.value >= 0)
        dy_buf_printf(b, "%ld", e->injured.value);
    dy_buf_putc(b, '\t');
    if (e->location) {
        scell(b, e->location->name, 0);
        dy_buf_putc(b, '\t');
        scell(b, e->location->country, 0);
        dy_buf_putc(b, '\t');
        if (e->location->lat != 0 || e->location->lon != 0)
            dy_buf_printf(b, "%.4f\t%.4f", e->location->lat,
                          e->location->lon);
        else
            dy_buf_putc(b, '\t');
    } else {
        dy_buf_puts(b, "\t\t\t");
    }
    dy_buf_putc(b, '\t');
    cell(b, d->text + e->trigger.start, e->trigger.len, 0);
    dy_buf_putc(b, '\n');
}

static void write_table(dy_buf *b, const dyad_event *e, const char *text)
{
    dy_buf_printf(b, "%-3zu ", e->sentence);
    scell(b, e->source.code, 10);
    dy_buf_putc(b, ' ');
    scell(b, e->cameo, 5);
    dy_buf_putc(b, ' ');
    scell(b, e->target.code ? e->target.code : "-", 10);
    dy_buf_putc(b, ' ');
    scell(b, e->plover_type ? e->plover_type : "-", 10);
    dy_buf_printf(b, " %+5.1f ", e->goldstein);
    scell(b, e->status, 12);
    dy_buf_putc(b, ' ');
    scell(b, e->location ? e->location->name : "-", 12);
    dy_buf_putc(b, ' ');
    if (e->killed.value >= 0)
        dy_buf_printf(b, "%s%-5ld", e->killed.approximate ? ">=" : "  ",
                      e->killed.value);
    else
        dy_buf_puts(b, "       ");
    dy_buf_putc(b, ' ');
    cell(b, text + e->trigger.start, e->trigger.len, 0);
    dy_buf_putc(b, '\n');
}

static void write_events(dy_buf *b, const dyad_event *e, const char *text)
{
    dy_buf_printf(b, "S%zu %s %s %s status=%s", e->sentence, e->source.code,
                  e->cameo, e->target.code ? e->target.code : "-", e->status);
    if (e->attributed_to.code || e->attributed_to.text)
        dy_buf_printf(b, " by=%s",
                      e->attributed_to.code ? e->attributed_to.code : "text");
    for (size_t i = 0; i < e->contested_count; i++)
        dy_buf_printf(b, " %s=%s",
                      strcmp(e->contest_kind, "denied") == 0 ? "denied_by"
                                                              : "unconfirmed_by",
                      e->contested_by[i].code);
    if (e->location)
        dy_buf_printf(b, " loc=%s/%s", e->location->name,
                      e->location->country ? e->location->country : "?");
    if (e->killed.value >= 0)
        dy_buf_printf(b, " killed=%s%ld", e->killed.approximate ? ">=" : "",
                      e->killed.value);
    if (e->injured.value >= 0)
        dy_buf_printf(b, " injured=%s%ld", e->injured.approximate ? ">=" : "",
                      e->injured.value);
    if (e->source.inferred)
        dy_buf_puts(b, " source=inferred");
    dy_buf_printf(b, " trigger=\"%.*s\"@%zu\n", (int)e->trigger.len,
                  text + e->trigger.start, e->trigger.start);
}

int dyad_format_header(dyad_format fmt, dyad_sink_fn sink, void *ctx)
{
    const char *h = NULL;
    if (fmt == DYAD_FORMAT_TSV)
        h = "doc_id\tsentence\tdate\tsource_code\tsource_text\ttarget_code\t"
            "target_text\tcameo\troot\tquad_class\tgoldstein\tplover_type\t"
            "plover_mode\tstatus\tattributed_to\tkilled\tinjured\tlocation\t"
            "country\tlat\tlon\ttrigger\n";
    else if (fmt == DYAD_FORMAT_TABLE)
        h = "S   SOURCE     CAMEO TARGET     PLOVER     GOLD  STATUS       "
            "WHERE        KILLED  TRIGGER\n";
    if (!sink || fmt < DYAD_FORMAT_JSONL || fmt > DYAD_FORMAT_EVENTS)
        return DYAD_EINVAL;
    if (h && sink(ctx, h, strlen(h)))
        return DYAD_EIO;
    return 0;
}

int dyad_result_write(const dyad_result *r, dyad_format fmt,
                      dyad_sink_fn sink, void *ctx)
{
    if (!r || !sink || fmt < DYAD_FORMAT_JSONL || fmt > DYAD_FORMAT_EVENTS)
        return DYAD_EINVAL;
    dy_buf b;
    int rc = 0;
    dy_buf_init(&b, &r->mem);
    for (size_t i = 0; i < r->count && !rc; i++) {
        const dyad_event *e = &r->events[i];
        b.len = 0;
        switch (fmt) {
        case DYAD_FORMAT_JSONL: {
            json_t *o = event_json(r, e);
            char *s = o ? json_dumps(o, JSON_COMPACT | JSON_ENSURE_ASCII * 0)
                        : NULL;
            json_decref(o);
            if (!s) {
                rc = DYAD_ENOMEM;
                break;
            }
            dy_buf_puts(&b, s);
            dy_buf_putc(&b, '\n');
            free(s);
            break;
        }
        case DYAD_FORMAT_TSV:
            write_tsv(&b, r, e);
            break;
        case DYAD_FORMAT_TABLE:
            write_table(&b, e, r->doc.text);
            break;
        case DYAD_FORMAT_EVENTS:
            write_events(&b, e, r->doc.text);
            break;
        default:
            rc = DYAD_EINVAL;
        }
        if (!rc && b.failed)
            rc = DYAD_ENOMEM;
        if (!rc && b.len && sink(ctx, b.data, b.len))
            rc = DYAD_EIO;
    }
    dy_buf_free(&b);
    return rc;
}
