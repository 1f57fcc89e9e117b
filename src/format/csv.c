/*
 * csv.c - comma-separated events (RFC 4180) with a header line: the
 * columns of `dyad query --format csv`, for coded and stored events alike.
 * A coded event has no id and no counts of reports, sources and articles
 * (empty); its first_doc is its document.
 */
#include "format/format.h"

#include <string.h>

void dy_csv_field(dy_buf *b, const char *s, size_t n)
{
    if (!s)
        return;
    int quote = 0;
    for (size_t i = 0; i < n && !quote; i++)
        quote = s[i] == ',' || s[i] == '"' || s[i] == '\n' || s[i] == '\r';
    if (!quote) {
        dy_buf_put(b, s, n);
        return;
    }
    dy_buf_putc(b, '"');
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '"')
            dy_buf_putc(b, '"');
        dy_buf_putc(b, s[i]);
    }
    dy_buf_putc(b, '"');
}

void dy_csv_cstr(dy_buf *b, const char *s)
{
    dy_csv_field(b, s, s ? strlen(s) : 0);
}

void dy_csv_header(dy_buf *b)
{
    dy_buf_puts(b, "id,date,source_code,source_name,cameo,root,target_code,"
                   "target_name,quad_class,goldstein,plover_type,plover_mode,"
                   "status,num_mentions,num_sources,num_articles,location,"
                   "country,admin1,lat,lon,killed,injured,first_doc,url,"
                   "sentence\n");
}

/* a count column: the event's own toll; a running toll (cumulative) is
 * not one, and a column people sum must not hold it */
static void csv_count(dy_buf *b, const dyad_count *c)
{
    dy_buf_putc(b, ',');
    if (c->value >= 0 && !c->cumulative)
        dy_put_int(b, c->value);
}

void dy_write_csv(dy_buf *b, const dy_record *r)
{
    int store = (r->has & DY_HAS_STORE) != 0;
    if (store)
        dy_put_int(b, r->id);
    dy_buf_putc(b, ',');
    dy_csv_cstr(b, r->date);
    dy_buf_putc(b, ',');
    dy_csv_cstr(b, r->source.code);
    dy_buf_putc(b, ',');
    dy_csv_cstr(b, r->source.text);
    dy_buf_putc(b, ',');
    dy_csv_cstr(b, r->cameo);
    dy_buf_putc(b, ',');
    dy_csv_field(b, r->cameo, r->cameo[0] ? (r->cameo[1] ? 2 : 1) : 0);
    dy_buf_putc(b, ',');
    dy_csv_cstr(b, r->target.code);
    dy_buf_putc(b, ',');
    dy_csv_cstr(b, r->target.text);
    dy_buf_printf(b, ",%d,%.4f,", r->quad_class, r->goldstein);
    dy_csv_cstr(b, r->plover_type);
    dy_buf_putc(b, ',');
    dy_csv_cstr(b, r->plover_mode);
    dy_buf_putc(b, ',');
    dy_csv_cstr(b, r->status);
    if (store) {
        dy_buf_putc(b, ',');
        dy_put_int(b, r->num_mentions);
        dy_buf_putc(b, ',');
        dy_put_int(b, r->num_sources);
        dy_buf_putc(b, ',');
        dy_put_int(b, r->num_articles);
        dy_buf_putc(b, ',');
    } else
        dy_buf_puts(b, ",,,,");
    const dyad_location *l = r->location;
    if (l) {
        dy_csv_cstr(b, l->name);
        dy_buf_putc(b, ',');
        dy_csv_cstr(b, l->country);
        dy_buf_putc(b, ',');
        dy_csv_cstr(b, l->admin1);
        dy_buf_putc(b, ',');
        if (l->lat != 0 || l->lon != 0)
            dy_buf_printf(b, "%.4f,%.4f", l->lat, l->lon);
        else
            dy_buf_putc(b, ',');
    } else {
        dy_buf_puts(b, ",,,,");
    }
    csv_count(b, &r->killed);
    csv_count(b, &r->injured);
    dy_buf_putc(b, ',');
    dy_csv_cstr(b, r->doc_id);
    dy_buf_putc(b, ',');
    dy_csv_cstr(b, r->url);
    dy_buf_putc(b, ',');
    dy_csv_field(b, r->sentence_text, r->sentence_len);
    dy_buf_putc(b, '\n');
}
