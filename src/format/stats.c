/*
 * stats.c - `dyad stats` out: the totals and what they leave out first,
 * then the rows of counts the store aggregates (store/stats.c), and with
 * --explain the events behind the fatality total; as a table for people
 * (a run of empty periods on one line), CSV (one table after another, a
 * blank line between) or one JSON document (docs/store.md).
 */
#include "format/format.h"

#include <stdio.h>

#define EMPTY_RUN 3 /* a table shows this many empty periods as one line */

/* the reasons a figure of `dyad stats` leaves events out, and which
 * figure: statuses every figure, then the series, fatalities, dyads */
static const struct {
    dyad_omit first, last;
    const char *figure; /* of the table's "left out of ..." line */
    int part;           /* the part it needs (-1: always) */
} omits[] = {{DYAD_OMIT_ASSERTED, DYAD_OMIT_EMBEDDED, "every figure", -1},
             {DYAD_OMIT_UNDATED, DYAD_OMIT_UNDATED, "the series", 0},
             {DYAD_OMIT_CUMULATIVE, DYAD_OMIT_CUMULATIVE, "the fatalities",
              -1},
             {DYAD_OMIT_NO_TARGET, DYAD_OMIT_NO_TARGET, "the top dyads", 1}};

/* one row of counts: a label, events, QuadClass, Goldstein, deaths */
static void bar_row(dy_buf *b, const dy_bar *bar, dyad_format fmt)
{
    if (fmt == DYAD_FORMAT_CSV) {
        dy_csv_cstr(b, bar->label);
        dy_buf_printf(b, ",%ld,%ld,%ld,%ld,%ld,", dy_bar_total(bar),
                      bar->quad[0], bar->quad[1], bar->quad[2], bar->quad[3]);
        if (bar->has_goldstein)
            dy_buf_printf(b, "%.2f", bar->goldstein);
        dy_buf_printf(b, ",%ld\n", bar->killed);
    } else if (fmt == DYAD_FORMAT_JSON) {
        dy_buf_puts(b, "{\"key\":");
        dy_json_cstr(b, bar->label);
        dy_buf_printf(b, ",\"events\":%ld,\"quad_class\":[%ld,%ld,%ld,%ld],"
                         "\"goldstein_mean\":",
                      dy_bar_total(bar), bar->quad[0], bar->quad[1],
                      bar->quad[2], bar->quad[3]);
        if (bar->has_goldstein)
            dy_buf_printf(b, "%.2f", bar->goldstein);
        else
            dy_buf_puts(b, "null");
        dy_buf_printf(b, ",\"fatalities\":%ld}", bar->killed);
    } else {
        dy_buf_printf(b, "%-16s %7ld %7ld %7ld %7ld %7ld ", bar->label,
                      dy_bar_total(bar), bar->quad[0], bar->quad[1],
                      bar->quad[2], bar->quad[3]);
        if (bar->has_goldstein)
            dy_buf_printf(b, "%+9.2f", bar->goldstein);
        else
            dy_buf_printf(b, "%9s", "-");
        dy_buf_printf(b, " %10ld\n", bar->killed);
    }
}

/* the column names of a part's rows; `key` names the first column
 * (table, CSV) */
static void bars_head(dy_buf *b, const char *key, dyad_format fmt)
{
    if (fmt == DYAD_FORMAT_CSV)
        dy_buf_printf(b, "%s,events,verbal_coop,material_coop,verbal_conflict,"
                         "material_conflict,goldstein_mean,fatalities\n",
                      key);
    else if (fmt == DYAD_FORMAT_TABLE)
        dy_buf_printf(b, "%-16s %7s %7s %7s %7s %7s %9s %10s\n", key, "EVENTS",
                      "VCOOP", "MCOOP", "VCONF", "MCONF", "GOLDSTEIN",
                      "FATALITIES");
}

/* one part's rows; in a table, a series' run of EMPTY_RUN or more empty
 * periods is one line */
static void write_bars(dy_buf *b, const dy_bar *bars, size_t n,
                       const char *key, dyad_format fmt, int series)
{
    if (fmt == DYAD_FORMAT_JSON)
        dy_buf_printf(b, ",\"%s\":[", key);
    bars_head(b, key, fmt);
    for (size_t i = 0; i < n; i++) {
        size_t run = 0;
        while (series && fmt == DYAD_FORMAT_TABLE && i + run < n &&
               dy_bar_total(&bars[i + run]) == 0)
            run++;
        if (run >= EMPTY_RUN) {
            dy_buf_printf(b, "%s .. %s (%zu periods without events)\n",
                          bars[i].label, bars[i + run - 1].label, run);
            i += run - 1;
            continue;
        }
        if (fmt == DYAD_FORMAT_JSON && i)
            dy_buf_putc(b, ',');
        bar_row(b, &bars[i], fmt);
    }
    if (fmt == DYAD_FORMAT_JSON)
        dy_buf_putc(b, ']');
}

/* a reason's name as a JSON key: spaces as underscores */
static void json_key(dy_buf *b, const char *name)
{
    dy_buf_putc(b, '"');
    for (const char *p = name; *p; p++)
        dy_buf_putc(b, *p == ' ' ? '_' : *p);
    dy_buf_puts(b, "\":");
}

/* what the figures leave out: JSON keys, CSV rows, or table lines (only
 * reasons that left something out, and only for figures shown) */
static void write_omitted(dy_buf *b, dyad_format fmt, const dy_stats_doc *d)
{
    const long long *c = d->omitted.count;
    if (fmt == DYAD_FORMAT_CSV)
        dy_buf_puts(b, "\nleft_out,events,of\n");
    else if (fmt == DYAD_FORMAT_JSON)
        dy_buf_puts(b, ",\"left_out\":{");
    int any = 0;
    for (size_t g = 0; g < sizeof omits / sizeof omits[0]; g++) {
        if (omits[g].part >= 0 && !d->parts[omits[g].part].on)
            continue;
        int line = 0;
        for (int k = omits[g].first; k <= (int)omits[g].last; k++) {
            const char *name = dyad_omit_name((dyad_omit)k);
            if (fmt == DYAD_FORMAT_JSON) {
                if (any++)
                    dy_buf_putc(b, ',');
                json_key(b, name);
                dy_buf_printf(b, "%lld", c[k]);
            } else if (c[k] && fmt == DYAD_FORMAT_CSV) {
                dy_buf_printf(b, "%s,%lld,%s\n", name, c[k], omits[g].figure);
            } else if (c[k]) {
                dy_buf_printf(b, "%s%lld %s", line++ ? ", " : "left out: ",
                              c[k], name);
            }
        }
        if (fmt == DYAD_FORMAT_TABLE && line) {
            dy_buf_printf(b, " (of %s)\n", omits[g].figure);
            any++;
        }
    }
    if (fmt == DYAD_FORMAT_JSON)
        dy_buf_putc(b, '}');
    else if (fmt == DYAD_FORMAT_TABLE && !any)
        dy_buf_puts(b, "left out: nothing\n");
}

/* one field of a toll row in JSON ("key":value) or CSV (value,): a
 * string, or with s NULL a number (-1: none, null in JSON) */
static void toll_field(dy_buf *b, dyad_format fmt, const char *key,
                       const char *s, long long v, int last)
{
    if (fmt == DYAD_FORMAT_JSON)
        dy_buf_printf(b, "\"%s\":", key);
    if (s && fmt == DYAD_FORMAT_JSON)
        dy_json_cstr(b, s[0] ? s : NULL);
    else if (s)
        dy_csv_cstr(b, s);
    else if (v >= 0)
        dy_buf_printf(b, "%lld", v);
    else if (fmt == DYAD_FORMAT_JSON)
        dy_buf_puts(b, "null");
    if (!last)
        dy_buf_putc(b, ',');
}

/* the events behind the fatality total (--explain): each event's own
 * toll, or its running toll in brackets (left out of the total), the
 * figures of all its reports and the report the toll comes from */
static void write_tolls(dy_buf *b, dyad_format fmt, const dy_stats_doc *d)
{
    if (fmt == DYAD_FORMAT_JSON)
        dy_buf_puts(b, ",\"fatalities_explained\":[");
    else if (fmt == DYAD_FORMAT_CSV)
        dy_buf_puts(b, "\nid,date,dyad,cameo,fatalities,cumulative,reports,"
                       "from\n");
    else
        dy_buf_puts(b, "\nFATALITIES: each event's own toll, from one report "
                       "(an exact figure first, then the latest);\nrunning "
                       "tolls in brackets are left out of the total\n"
                       "ID     DATE       DYAD             CAMEO    KILLED "
                       "REPORTS          FROM\n");
    for (size_t i = 0; i < d->ntolls; i++) {
        const dy_toll_row *t = &d->tolls[i];
        if (fmt == DYAD_FORMAT_TABLE) {
            char killed[32];
            snprintf(killed, sizeof killed, t->killed >= 0 ? "%ld" : "(%ld)",
                     t->killed >= 0 ? t->killed : t->cumulative);
            dy_buf_printf(b, "%-6lld %-10s %-16.16s %-5s %9s %-16s %s\n",
                          t->id, t->date[0] ? t->date : "-", t->dyad,
                          t->cameo, killed, t->reports, t->from);
            continue;
        }
        if (fmt == DYAD_FORMAT_JSON)
            dy_buf_puts(b, i ? ",{" : "{");
        toll_field(b, fmt, "id", NULL, t->id, 0);
        toll_field(b, fmt, "date", t->date, 0, 0);
        toll_field(b, fmt, "dyad", t->dyad, 0, 0);
        toll_field(b, fmt, "cameo", t->cameo, 0, 0);
        toll_field(b, fmt, "fatalities", NULL, t->killed, 0);
        toll_field(b, fmt, "cumulative", NULL, t->cumulative, 0);
        toll_field(b, fmt, "reports", t->reports, 0, 0);
        toll_field(b, fmt, "from", t->from, 0, 1);
        dy_buf_puts(b, fmt == DYAD_FORMAT_JSON ? "}" : "\n");
    }
    if (fmt == DYAD_FORMAT_JSON)
        dy_buf_putc(b, ']');
}

int dy_format_stats(dy_buf *b, dyad_format fmt, const dy_stats_doc *d)
{
    static const char *const by_names[4] = {"day", "week", "month", "year"};
    static const char *const json_keys[3] = {"series", "top_dyads",
                                             "top_actors"};
    static const char *const csv_keys[3] = {"period", "dyad", "actor"};
    static const char *const periods[4] = {"DAY", "WEEK", "MONTH", "YEAR"};
    if (fmt != DYAD_FORMAT_TABLE && fmt != DYAD_FORMAT_CSV &&
        fmt != DYAD_FORMAT_JSON)
        return DYAD_EINVAL;
    if ((unsigned)d->by > DYAD_PERIOD_YEAR)
        return DYAD_EINVAL;
    if (fmt == DYAD_FORMAT_JSON) {
        dy_buf_printf(b, "{\"by\":\"%s\",\"total\":", by_names[d->by]);
        bar_row(b, &d->total, fmt);
    } else {
        bars_head(b, fmt == DYAD_FORMAT_CSV ? "total" : "TOTAL", fmt);
        bar_row(b, &d->total, fmt);
    }
    write_omitted(b, fmt, d);
    for (int i = 0; i < 3; i++) {
        if (!d->parts[i].on)
            continue;
        if (fmt != DYAD_FORMAT_JSON)
            dy_buf_putc(b, '\n');
        const char *key = fmt == DYAD_FORMAT_JSON  ? json_keys[i]
                          : fmt == DYAD_FORMAT_CSV ? csv_keys[i]
                          : i == 0                 ? periods[d->by]
                          : i == 1                 ? "DYAD"
                                                   : "ACTOR";
        write_bars(b, d->parts[i].bars, d->parts[i].count, key, fmt, i == 0);
    }
    if (d->explain)
        write_tolls(b, fmt, d);
    if (fmt == DYAD_FORMAT_JSON)
        dy_buf_puts(b, "}\n");
    return 0;
}
