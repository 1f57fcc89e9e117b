/*
 * stats.c - `dyad stats` out: the rows of counts the store aggregates
 * (store/stats.c) as a table for people, CSV (one table after another,
 * a blank line between) or one JSON document (docs/store.md).
 */
#include "format/format.h"

/* one part's rows; `key` names the first column (table, CSV) or the
 * part (JSON) */
static void write_bars(dy_buf *b, const dy_bar *bars, size_t n,
                       const char *key, dyad_format fmt)
{
    if (fmt == DYAD_FORMAT_CSV) {
        dy_buf_printf(b, "%s,events,verbal_coop,material_coop,verbal_conflict,"
                         "material_conflict,goldstein_mean,fatalities\n",
                      key);
        for (size_t i = 0; i < n; i++) {
            dy_csv_cstr(b, bars[i].label);
            dy_buf_printf(b, ",%ld,%ld,%ld,%ld,%ld,", dy_bar_total(&bars[i]),
                          bars[i].quad[0], bars[i].quad[1], bars[i].quad[2],
                          bars[i].quad[3]);
            if (bars[i].has_goldstein)
                dy_buf_printf(b, "%.2f", bars[i].goldstein);
            dy_buf_printf(b, ",%ld\n", bars[i].killed);
        }
    } else if (fmt == DYAD_FORMAT_JSON) {
        dy_buf_printf(b, "\"%s\":[", key);
        for (size_t i = 0; i < n; i++) {
            dy_buf_puts(b, i ? ",{\"key\":" : "{\"key\":");
            dy_json_cstr(b, bars[i].label);
            dy_buf_printf(b, ",\"events\":%ld,\"quad_class\":[%ld,%ld,%ld,%ld],"
                             "\"goldstein_mean\":",
                          dy_bar_total(&bars[i]), bars[i].quad[0],
                          bars[i].quad[1], bars[i].quad[2], bars[i].quad[3]);
            if (bars[i].has_goldstein)
                dy_buf_printf(b, "%.2f", bars[i].goldstein);
            else
                dy_buf_puts(b, "null");
            dy_buf_printf(b, ",\"fatalities\":%ld}", bars[i].killed);
        }
        dy_buf_puts(b, "]");
    } else {
        dy_buf_printf(b, "%-16s %7s %7s %7s %7s %7s %9s %10s\n", key, "EVENTS",
                      "VCOOP", "MCOOP", "VCONF", "MCONF", "GOLDSTEIN",
                      "FATALITIES");
        for (size_t i = 0; i < n; i++) {
            dy_buf_printf(b, "%-16s %7ld %7ld %7ld %7ld %7ld ", bars[i].label,
                          dy_bar_total(&bars[i]), bars[i].quad[0],
                          bars[i].quad[1], bars[i].quad[2], bars[i].quad[3]);
            if (bars[i].has_goldstein)
                dy_buf_printf(b, "%+9.2f", bars[i].goldstein);
            else
                dy_buf_printf(b, "%9s", "-");
            dy_buf_printf(b, " %10ld\n", bars[i].killed);
        }
    }
}

/* the first column's name of part i (series, top dyads, top actors) */
static const char *part_key(int i, dyad_format fmt, dyad_period by)
{
    static const char *const json_keys[3] = {"series", "top_dyads",
                                             "top_actors"};
    static const char *const csv_keys[3] = {"period", "dyad", "actor"};
    static const char *const periods[3] = {"DAY", "WEEK", "MONTH"};
    if (fmt == DYAD_FORMAT_JSON)
        return json_keys[i];
    if (fmt == DYAD_FORMAT_CSV)
        return csv_keys[i];
    return i == 0 ? periods[by] : i == 1 ? "DYAD" : "ACTOR";
}

int dy_format_stats(dy_buf *b, dyad_format fmt, dyad_period by,
                    const dy_stats_part parts[3])
{
    static const char *const by_names[3] = {"day", "week", "month"};
    if (fmt != DYAD_FORMAT_TABLE && fmt != DYAD_FORMAT_CSV &&
        fmt != DYAD_FORMAT_JSON)
        return DYAD_EINVAL;
    if ((unsigned)by > DYAD_PERIOD_MONTH)
        return DYAD_EINVAL;
    int sections = 0;
    if (fmt == DYAD_FORMAT_JSON)
        dy_buf_printf(b, "{\"by\":\"%s\"", by_names[by]);
    for (int i = 0; i < 3; i++) {
        if (!parts[i].on)
            continue;
        if (fmt == DYAD_FORMAT_JSON)
            dy_buf_putc(b, ',');
        else if (sections)
            dy_buf_putc(b, '\n');
        sections++;
        write_bars(b, parts[i].bars, parts[i].count, part_key(i, fmt, by),
                   fmt);
    }
    if (fmt == DYAD_FORMAT_JSON)
        dy_buf_puts(b, "}\n");
    return 0;
}
