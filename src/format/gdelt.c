/*
 * gdelt.c - the GDELT 2.0 event table (docs/store.md): 61 tab-separated
 * columns, no header, one line per event. A coded event fills what it
 * knows; the store's id, counts and DATEADDED are empty for it.
 */
#include "format/format.h"

#include <string.h>

/* CAMEO actor code -> GDELT's country, known group and type fields */
static void actor_parts(const char *code, char country[4], char group[4],
                        char t1[4], char t2[4], char t3[4])
{
    static const char *const groups[] = {"IGO", "NGO", "IMG", "MNC", "INT"};
    char *outs[4] = {t1, t2, t3, NULL};
    country[0] = group[0] = t1[0] = t2[0] = t3[0] = '\0';
    size_t n = strlen(code);
    if (n < 3)
        return;
    size_t at = 3;
    int is_group = 0;
    for (size_t i = 0; i < sizeof groups / sizeof groups[0]; i++)
        if (!strncmp(code, groups[i], 3))
            is_group = 1;
    if (is_group) {
        if (n >= 6) {
            memcpy(group, code + 3, 3);
            group[3] = '\0';
            at = 6;
        }
    } else {
        memcpy(country, code, 3);
        country[3] = '\0';
    }
    for (int k = 0; outs[k] && at + 3 <= n; k++, at += 3) {
        memcpy(outs[k], code + at, 3);
        outs[k][3] = '\0';
    }
}

/* ActionGeo_Type from the place's precision */
static int geo_type(const char *precision, const char *country)
{
    if (!precision)
        return 0;
    if (!strcmp(precision, "country"))
        return 1;
    if (!strcmp(precision, "admin1"))
        return country && !strcmp(country, "USA") ? 2 : 5;
    return country && !strcmp(country, "USA") ? 3 : 4;
}

/* columns 2-5: SQLDATE, MonthYear, Year, FractionDate */
static void gdelt_date(dy_buf *b, const char *date)
{
    int32_t ymd;
    if (!date || dy_date_parse(date, strlen(date), &ymd)) {
        dy_buf_puts(b, "\t\t\t\t");
        return;
    }
    long y = ymd / 10000, m = ymd / 100 % 100, d = ymd % 100;
    long doy = dy_days_from_civil(y, m, d) - dy_days_from_civil(y, 1, 1) + 1;
    dy_buf_printf(b, "%04ld%02ld%02ld\t%04ld%02ld\t%04ld\t%.4f\t", y, m, d, y,
                  m, y, (double)y + (double)doy / 365.0);
}

/* columns 6-15 (source) or 16-25 (target) */
static void gdelt_actor(dy_buf *b, const dyad_actor *a)
{
    const char *code = a->code ? a->code : "";
    char cty[4], grp[4], t1[4], t2[4], t3[4];
    actor_parts(code, cty, grp, t1, t2, t3);
    dy_cellz(b, code, 0);
    dy_buf_putc(b, '\t');
    dy_cellz(b, code[0] ? a->text : NULL, 0);
    dy_buf_printf(b, "\t%s\t%s\t\t\t\t%s\t%s\t%s\t", cty, grp, t1, t2, t3);
}

/* columns 52-59: the event's place */
static void gdelt_place(dy_buf *b, const dyad_location *l)
{
    if (!l) {
        dy_buf_puts(b, "\t\t\t\t\t\t\t\t");
        return;
    }
    int gt = geo_type(l->precision, l->country);
    if (gt)
        dy_buf_printf(b, "%d", gt);
    dy_buf_putc(b, '\t');
    dy_cellz(b, l->name, 0);
    if (l->admin1 && (!l->name || strcmp(l->admin1, l->name))) {
        dy_buf_puts(b, ", ");
        dy_cellz(b, l->admin1, 0);
    }
    dy_buf_putc(b, '\t');
    dy_cellz(b, l->country, 0);
    dy_buf_puts(b, "\t\t\t");
    if (l->lat != 0 || l->lon != 0)
        dy_buf_printf(b, "%.4f\t%.4f\t", l->lat, l->lon);
    else
        dy_buf_puts(b, "\t\t");
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
    /* 35 AvgTone: not measured; 36-51 actor geography: dyad places
     * events, not actors */
    for (int i = 0; i < 17; i++)
        dy_buf_putc(b, '\t');
    gdelt_place(b, r->location);
    /* 60-61 DATEADDED, SOURCEURL (the document id when no URL) */
    dy_cellz(b, r->added_at, 0);
    dy_buf_putc(b, '\t');
    dy_cellz(b, r->url ? r->url : r->doc_id, 0);
    dy_buf_putc(b, '\n');
}
