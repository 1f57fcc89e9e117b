/*
 * table.c - aligned columns for people. Each command keeps the columns it
 * has always shown: a coded event (sentence, actors, code, place, killed,
 * trigger), a stored report (`dyad show`: its document first) and a
 * stored event (`dyad query`: id, date, counts of reports, sources and
 * articles, and its first sentence).
 */
#include "format/format.h"

#include <stdio.h>

void dy_table_header(dy_buf *b, dy_rec_kind kind)
{
    if (kind == DY_REC_REPORT)
        dy_buf_puts(b, "DOC                  S   SOURCE     CAMEO TARGET     "
                       "PLOVER     GOLD  STATUS       WHERE        KILLED  "
                       "TRIGGER\n");
    else if (kind == DY_REC_EVENT)
        dy_buf_puts(b, "ID     DATE       SOURCE     CAMEO TARGET     Q  GOLD "
                       "MENT  SRC  ART PLACE          STATUS     SENTENCE\n");
    else
        dy_buf_puts(b, "S   SOURCE     CAMEO TARGET     PLOVER     GOLD  "
                       "STATUS       WHERE        KILLED  TRIGGER\n");
}

/* a coded event: cells cut and padded by characters */
static void table_coded(dy_buf *b, const dy_record *r)
{
    dy_buf_printf(b, "%-3ld ", r->sentence);
    dy_cellz(b, r->source.code, 10);
    dy_buf_putc(b, ' ');
    dy_cellz(b, r->cameo, 5);
    dy_buf_putc(b, ' ');
    dy_cellz(b, r->target.code ? r->target.code : "-", 10);
    dy_buf_putc(b, ' ');
    dy_cellz(b, r->plover_type ? r->plover_type : "-", 10);
    dy_buf_printf(b, " %+5.1f ", r->goldstein);
    dy_cellz(b, r->status, 12);
    dy_buf_putc(b, ' ');
    dy_cellz(b, r->location ? r->location->name : "-", 12);
    dy_buf_putc(b, ' ');
    if (r->killed.value >= 0 && r->killed.cumulative) {
        char run[32]; /* a running toll, not the event's: in brackets */
        snprintf(run, sizeof run, "(%ld)", r->killed.value);
        dy_buf_printf(b, "%-7s", run);
    } else if (r->killed.value >= 0)
        dy_buf_printf(b, "%s%-5ld", r->killed.approximate ? ">=" : "  ",
                      r->killed.value);
    else
        dy_buf_puts(b, "       ");
    dy_buf_putc(b, ' ');
    dy_cell(b, r->trigger_text, r->trigger_len, 0);
    dy_buf_putc(b, '\n');
}

/* a stored report, as `dyad show` prints it */
static void table_report(dy_buf *b, const dy_record *r)
{
    char killed[32] = "";
    if (r->killed.value >= 0)
        snprintf(killed, sizeof killed,
                 r->killed.cumulative ? "(%ld)" : "%ld", r->killed.value);
    const char *where = r->location && r->location->name ? r->location->name
                                                          : "-";
    dy_buf_printf(b,
                  "%-20.20s %-3ld %-10s %-5s %-10s %-10s %+5.1f %-12s "
                  "%-12.12s %-7s %.*s\n",
                  r->doc_id ? r->doc_id : "", r->sentence,
                  r->source.code ? r->source.code : "", r->cameo,
                  r->target.code ? r->target.code : "-",
                  r->plover_type ? r->plover_type : "-", r->goldstein,
                  r->status, where, killed,
                  r->trigger_text ? (int)r->trigger_len : 0,
                  r->trigger_text ? r->trigger_text : "");
}

/* a stored event, as `dyad query` prints it: its first sentence cut to
 * 63 bytes */
static void table_event(dy_buf *b, const dy_record *r)
{
    char sent[64];
    snprintf(sent, sizeof sent, "%.*s",
             r->sentence_text ? (int)r->sentence_len : 0,
             r->sentence_text ? r->sentence_text : "");
    for (char *p = sent; *p; p++)
        if (*p == '\n' || *p == '\t')
            *p = ' ';
    const char *where =
        r->location && r->location->name && r->location->name[0]
            ? r->location->name
            : "-";
    dy_buf_printf(b,
                  "%-6lld %-10s %-10.10s %-5s %-10.10s %d %+5.1f %4lld "
                  "%4lld %4lld %-14.14s %-10.10s %s\n",
                  r->id, r->date ? r->date : "-",
                  r->source.code ? r->source.code : "", r->cameo,
                  r->target.code ? r->target.code : "-", r->quad_class,
                  r->goldstein, r->num_mentions, r->num_sources,
                  r->num_articles, where, r->status, sent);
}

void dy_write_table(dy_buf *b, const dy_record *r)
{
    if (r->kind == DY_REC_REPORT)
        table_report(b, r);
    else if (r->kind == DY_REC_EVENT)
        table_event(b, r);
    else
        table_coded(b, r);
}
