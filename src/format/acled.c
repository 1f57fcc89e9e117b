/*
 * acled.c - an ACLED-style CSV (RFC 4180, header line): the dated events
 * whose CAMEO code has an ACLED event type in the export crosswalk
 * (data/crosswalk.tsv), with ACLED's column names where the meaning is
 * theirs: date, type and sub-type, actors and their ACLED actor types,
 * the event's own place, fatalities (its own toll, 0 when none is told),
 * notes (the sentence) and sources (docs/output.md).
 */
#include "format/format.h"

#include <string.h>

void dy_acled_header(dy_buf *b)
{
    dy_buf_puts(b, "event_id_cnty,event_date,year,time_precision,"
                   "disorder_type,event_type,sub_event_type,actor1,"
                   "actor1_code,inter1,actor2,actor2_code,inter2,iso3,"
                   "admin1,location,latitude,longitude,geo_precision,source,"
                   "notes,fatalities,cameo,plover_type,status\n");
}

/* 1 when the code's first type is one of the space-separated set */
static int has_type(const dy_code_parts *cp, const char *set)
{
    for (const char *s = set; cp->type[0][0] && s[0]; s += 4)
        if (memcmp(s, cp->type[0], 3) == 0)
            return 1;
    return 0;
}

/* ACLED's actor type (inter code) of an actor code: 1 state forces, 2
 * rebel groups, 5 rioters, 6 protesters, 7 civilians, 8 external or
 * other forces; 0 when the code does not say */
static int acled_inter(const char *code, const char *type, int is_source)
{
    if (!code)
        return 0;
    dy_code_parts cp;
    dy_actor_parts(code, &cp);
    int state = has_type(&cp, "GOV MIL COP SPY JUD LEG ") ||
                (cp.country[0] && !cp.type[0][0] && !cp.group[0]);
    if (is_source && !state && !strcmp(type, "Protests"))
        return 6;
    if (is_source && !state && !strcmp(type, "Riots"))
        return 5;
    if (state)
        return 1;
    if (has_type(&cp, "REB INS SEP UAF IMG "))
        return 2;
    if (has_type(&cp, "IGO NGO MNC NGM "))
        return 8;
    if (has_type(&cp, "CVL REF EDU MED BUS LAB HLH REL AGR ELI DEV ENV HRI "
                      "OPP PTY "))
        return 7;
    return 0;
}

/* ACLED's disorder type of an event type */
static const char *disorder(const char *type)
{
    if (!strcmp(type, "Protests") || !strcmp(type, "Riots"))
        return "Demonstrations";
    if (!strcmp(type, "Strategic developments"))
        return type;
    return "Political violence";
}

/* ACLED's geo_precision: 1 the town, 2 a part of a region, 3 a region */
static int geo_precision(const char *precision)
{
    if (!strcmp(precision, "city"))
        return 1;
    if (!strcmp(precision, "admin1") || !strcmp(precision, "sea"))
        return 2;
    return 3;
}

/* actor1..inter1 or actor2..inter2: the words, the code, the type */
static void acled_actor(dy_buf *b, const dyad_actor *a, const char *type,
                        int is_source)
{
    dy_csv_cstr(b, a->code ? (a->text && a->text[0] ? a->text : a->code)
                           : NULL);
    dy_buf_putc(b, ',');
    dy_csv_cstr(b, a->code);
    dy_buf_putc(b, ',');
    int inter = acled_inter(a->code, type, is_source);
    if (inter)
        dy_buf_printf(b, "%d", inter);
    dy_buf_putc(b, ',');
}

/* the event's own place: iso3, admin1, location, lat, lon, precision */
static void acled_place(dy_buf *b, const dyad_location *l)
{
    if (!dy_place_own(l)) {
        dy_buf_puts(b, ",,,,,,");
        return;
    }
    dy_csv_cstr(b, l->country);
    dy_buf_putc(b, ',');
    dy_csv_cstr(b, l->admin1);
    dy_buf_putc(b, ',');
    dy_csv_cstr(b, l->name);
    dy_buf_printf(b, ",%.4f,%.4f,%d,", l->lat, l->lon,
                  geo_precision(l->precision));
}

/* the publishers of the reports, "; " between them, each once */
static void acled_sources(dy_buf *b, const dy_record *r)
{
    dy_buf src;
    dy_buf_init(&src, NULL);
    if (!r->mention_count && r->publisher)
        dy_buf_puts(&src, r->publisher);
    for (size_t i = 0; i < r->mention_count && i < 64; i++) {
        const char *p = r->mentions[i].publisher;
        int seen = 0;
        for (size_t k = 0; k < i && !seen; k++)
            seen = !strcmp(r->mentions[k].publisher, p);
        if (seen || !p[0])
            continue;
        if (src.len)
            dy_buf_puts(&src, "; ");
        dy_buf_puts(&src, p);
    }
    dy_csv_field(b, src.data, src.len);
    if (src.failed)
        b->failed = 1;
    dy_buf_free(&src);
}

void dy_write_acled(dy_buf *b, const dy_record *r)
{
    const dy_crosswalk_row *x = dy_crosswalk_find(r->cameo);
    const dyad_location *l = r->location;
    int store = (r->has & DY_HAS_STORE) != 0;
    if (store)
        dy_buf_printf(b, "%s%lld", dy_place_own(l) && l->country ? l->country
                                                                : "XXX",
                      r->id);
    int prec = !r->date_precision || !strcmp(r->date_precision, "day") ? 1
               : !strcmp(r->date_precision, "week")                   ? 2
                                                                      : 3;
    dy_buf_printf(b, ",%s,%.4s,%d,%s,", r->date, r->date, prec,
                  disorder(x->acled_type));
    dy_csv_cstr(b, x->acled_type);
    dy_buf_putc(b, ',');
    dy_csv_cstr(b, x->acled_sub_type);
    dy_buf_putc(b, ',');
    acled_actor(b, &r->source, x->acled_type, 1);
    acled_actor(b, &r->target, x->acled_type, 0);
    acled_place(b, l);
    acled_sources(b, r);
    dy_buf_putc(b, ',');
    dy_csv_field(b, r->sentence_text, r->sentence_len);
    dy_buf_printf(b, ",%ld,%s,", r->killed.value >= 0 && !r->killed.cumulative
                                     ? r->killed.value
                                     : 0L,
                  r->cameo);
    dy_csv_cstr(b, r->plover_type);
    dy_buf_putc(b, ',');
    dy_csv_cstr(b, r->status);
    dy_buf_putc(b, '\n');
}
