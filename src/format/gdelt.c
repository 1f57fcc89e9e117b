/*
 * gdelt.c - the GDELT 2.0 event table and its Mentions table (the GDELT
 * 2.0 codebook; docs/store.md): 61 and 16 tab-separated columns, no
 * header. Actor columns hold the parts of the actor code (codes.c), so a
 * country column never holds a role; the action's place is the event's
 * own (a loose place or one without a point is left out). A coded event
 * fills what it knows; the store's id, counts and dates are empty for it.
 */
#include "format/format.h"

#include <string.h>

/* ActionGeo_Type from the place's precision: 1 country, 2 US state, 3 US
 * city, 4 world city (or another named point: a sea), 5 world state (a
 * first-level division or a region) */
static int geo_type(const char *precision, const char *country)
{
    int us = country && !strcmp(country, "USA");
    if (!strcmp(precision, "country"))
        return 1;
    if (!strcmp(precision, "admin1") || !strcmp(precision, "region"))
        return us ? 2 : 5;
    return us ? 3 : 4;
}

/* columns 2-5: SQLDATE, MonthYear, Year, FractionDate (the year plus the
 * share of it gone before the day: 0 to 0.9973, never the next year) */
static void gdelt_date(dy_buf *b, const char *date)
{
    int32_t ymd;
    if (!date || dy_date_parse(date, strlen(date), &ymd)) {
        dy_buf_puts(b, "\t\t\t\t");
        return;
    }
    long y = ymd / 10000, m = ymd / 100 % 100, d = ymd % 100;
    long jan1 = dy_days_from_civil(y, 1, 1);
    long days = dy_days_from_civil(y + 1, 1, 1) - jan1;
    long before = dy_days_from_civil(y, m, d) - jan1;
    /* four decimals, cut rather than rounded: 364/365 stays below 1 */
    long frac = before * 10000 / days;
    dy_buf_printf(b, "%04ld%02ld%02ld\t%04ld%02ld\t%04ld\t%ld.%04ld\t", y, m,
                  d, y, m, y, y, frac);
}

/* columns 6-15 (source) or 16-25 (target): code, name, country, known
 * group, ethnic group, two religions, three types */
static void gdelt_actor(dy_buf *b, const dyad_actor *a)
{
    const char *code = a->code ? a->code : "";
    dy_code_parts cp;
    dy_actor_parts(code, &cp);
    dy_cellz(b, code, 0);
    dy_buf_putc(b, '\t');
    dy_cellz(b, code[0] ? a->text : NULL, 0);
    /* (a region in the country column, as GDELT's CAMEO country table
     * has them: "Western powers" WST) */
    dy_buf_printf(b, "\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t",
                  cp.country[0] ? cp.country : cp.region,
                  cp.group, cp.ethnic, cp.religion[0], cp.religion[1],
                  cp.type[0], cp.type[1], cp.type[2]);
}

/* one of the three geography blocks (36-43, 44-51, 52-59): type, full
 * name, country, ADM1 and ADM2 codes (dyad has names, not codes), point,
 * feature id; type 0 and the rest empty without a place of the event's
 * own */
static void gdelt_place(dy_buf *b, const dyad_location *l)
{
    if (!dy_place_own(l)) {
        dy_buf_puts(b, "0\t\t\t\t\t\t\t\t");
        return;
    }
    dy_buf_printf(b, "%d\t", geo_type(l->precision, l->country));
    dy_cellz(b, l->name, 0);
    if (l->admin1 && (!l->name || strcmp(l->admin1, l->name))) {
        dy_buf_puts(b, ", ");
        dy_cellz(b, l->admin1, 0);
    }
    dy_buf_putc(b, '\t');
    dy_cellz(b, l->country, 0);
    dy_buf_printf(b, "\t\t\t%.4f\t%.4f\t", l->lat, l->lon);
    if (l->geonameid > 0)
        dy_buf_printf(b, "%ld", l->geonameid);
    dy_buf_putc(b, '\t');
}

void dy_write_gdelt(dy_buf *b, const dy_record *r)
{
    int store = (r->has & DY_HAS_STORE) != 0;
    if (store)
        dy_buf_printf(b, "%lld", r->id);
    dy_buf_putc(b, '\t');
    gdelt_date(b, r->date);
    gdelt_actor(b, &r->source);
    gdelt_actor(b, &r->target);
    /* 26-34 the event */
    dy_buf_printf(b, "%d\t%s\t%.3s\t%.2s\t%d\t%.1f\t", r->sentence == 0,
                  r->cameo, r->cameo, r->cameo, r->quad_class, r->goldstein);
    if (store)
        dy_buf_printf(b, "%lld\t%lld\t%lld\t", r->num_mentions,
                      r->num_sources, r->num_articles);
    else
        dy_buf_puts(b, "\t\t\t");
    /* 35 AvgTone: dyad measures no tone; 36-51 actor geography: dyad
     * places events, not actors */
    dy_buf_putc(b, '\t');
    gdelt_place(b, NULL);
    gdelt_place(b, NULL);
    gdelt_place(b, r->location);
    /* 60-61 DATEADDED, SOURCEURL (the document id when no URL) */
    dy_cellz(b, r->added_at, 0);
    dy_buf_putc(b, '\t');
    dy_cellz(b, r->url ? r->url : r->doc_id, 0);
    dy_buf_putc(b, '\n');
}

/* a DATEADDED-like YYYYMMDDHHMMSS from "YYYY-MM-DDTHH:MM:SSZ" (a
 * document's coded_at): the digits in order; empty for anything else */
static void timestamp(dy_buf *b, const char *iso)
{
    char d[15];
    size_t n = 0;
    for (const char *p = iso; p && *p && n < 14; p++)
        if (*p >= '0' && *p <= '9')
            d[n++] = *p;
    if (n == 14)
        dy_buf_put(b, d, 14);
}

/* One row of the GDELT 2.0 Mentions table per report: the event's id
 * and DATEADDED, when the report was read (its document's coding time),
 * type 1 (web), the publisher, the URL (else the document id), the
 * 1-based sentence, byte offsets of the actors (-1: not kept) and of the
 * trigger, in raw text 1, no confidence, the document's length in bytes,
 * no tone, no translation, no extras. */
void dy_write_gdelt_mentions(dy_buf *b, const dy_record *r)
{
    int spans = (r->has & DY_HAS_SPANS) != 0;
    if (r->kind != DY_REC_CODED) /* a stored event's or report's */
        dy_buf_printf(b, "%lld", r->id);
    dy_buf_putc(b, '\t');
    dy_cellz(b, r->added_at, 0);
    dy_buf_putc(b, '\t');
    timestamp(b, r->seen_at);
    dy_buf_puts(b, "\t1\t");
    dy_cellz(b, r->publisher, 0);
    dy_buf_putc(b, '\t');
    dy_cellz(b, r->url ? r->url : r->doc_id, 0);
    dy_buf_printf(b, "\t%ld\t", r->sentence + 1);
    if (spans && r->source.code && !r->source.inferred)
        dy_buf_printf(b, "%zu", r->source.span.start);
    else
        dy_buf_puts(b, "-1");
    dy_buf_putc(b, '\t');
    if (spans && r->target.code && !r->target.inferred)
        dy_buf_printf(b, "%zu", r->target.span.start);
    else
        dy_buf_puts(b, "-1");
    dy_buf_printf(b, "\t%ld\t1\t\t", r->trigger_start);
    if (r->doc_len >= 0)
        dy_buf_printf(b, "%lld", r->doc_len);
    dy_buf_puts(b, "\t\t\t\n");
}
