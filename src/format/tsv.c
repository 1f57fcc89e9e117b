/*
 * tsv.c - tab-separated events: the GDELT-like columns of docs/output.md
 * with a header line, for coded and stored events alike (a field the
 * store does not keep is empty), and the shorter columns `dyad show` has
 * always written for stored reports. Also the cell text the column
 * formats share.
 */
#include "format/format.h"

#include <string.h>

void dy_cell(dy_buf *b, const char *s, size_t n, size_t width)
{
    size_t w = 0;
    for (size_t i = 0; s && i < n && s[i]; i++) {
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

void dy_cellz(dy_buf *b, const char *s, size_t width)
{
    s = s ? s : "";
    dy_cell(b, s, strlen(s), width);
}

void dy_tsv_header(dy_buf *b, dy_rec_kind kind)
{
    if (kind == DY_REC_REPORT) { /* show's own columns */
        dy_buf_puts(b, "doc_id\tsentence\tdate\tsource_code\tsource_text\t"
                       "target_code\ttarget_text\tquad_class\tgoldstein\t"
                       "cameo\tstatus\tlocation\tkilled\n");
        return;
    }
    dy_buf_puts(b, "doc_id\tsentence\tdate\tsource_code\tsource_text\t"
                   "target_code\ttarget_text\tcameo\troot\tquad_class\t"
                   "goldstein\tplover_type\tplover_mode\tstatus\t"
                   "attributed_to\tkilled\tinjured\tlocation\tcountry\tlat\t"
                   "lon\ttrigger\n");
}

/* show's columns: doc_id sentence date source_code source_text
 * target_code target_text quad_class goldstein cameo status location
 * killed; "-" for no target or place */
static void tsv_report(dy_buf *b, const dy_record *r)
{
    const dyad_location *l = r->location;
    dy_buf_printf(b, "%s\t%ld\t%s\t%s\t%s\t%s\t%s\t%d\t%.1f\t%s\t%s\t%s\t",
                  r->doc_id ? r->doc_id : "", r->sentence,
                  r->date ? r->date : "",
                  r->source.code ? r->source.code : "",
                  r->source.text ? r->source.text : "",
                  r->target.code ? r->target.code : "-",
                  r->target.text ? r->target.text : "", r->quad_class,
                  r->goldstein, r->cameo, r->status,
                  l && l->name ? l->name : "-");
    if (r->killed.value >= 0 && !r->killed.cumulative)
        dy_buf_printf(b, "%ld", r->killed.value);
    dy_buf_putc(b, '\n');
}

void dy_write_tsv(dy_buf *b, const dy_record *r)
{
    if (r->kind == DY_REC_REPORT) {
        tsv_report(b, r);
        return;
    }
    dy_cellz(b, r->doc_id, 0);
    dy_buf_putc(b, '\t');
    dy_put_int(b, r->sentence);
    dy_buf_putc(b, '\t');
    dy_cellz(b, r->date, 0);
    dy_buf_putc(b, '\t');
    dy_cellz(b, r->source.code, 0);
    dy_buf_putc(b, '\t');
    dy_cellz(b, r->source.text, 0);
    dy_buf_putc(b, '\t');
    dy_cellz(b, r->target.code, 0);
    dy_buf_putc(b, '\t');
    dy_cellz(b, r->target.text, 0);
    dy_buf_printf(b, "\t%s\t%.2s\t%d\t%.1f\t", r->cameo, r->cameo,
                  r->quad_class, r->goldstein);
    dy_cellz(b, r->plover_type, 0);
    dy_buf_putc(b, '\t');
    dy_cellz(b, r->plover_mode, 0);
    dy_buf_printf(b, "\t%s\t", r->status);
    if (r->has & DY_HAS_CODING)
        dy_cellz(b, r->attributed_to.code ? r->attributed_to.code
                                          : r->attributed_to.text,
                 0);
    dy_buf_putc(b, '\t');
    if (r->killed.value >= 0 && !r->killed.cumulative)
        dy_put_int(b, r->killed.value);
    dy_buf_putc(b, '\t');
    if (r->injured.value >= 0 && !r->injured.cumulative)
        dy_put_int(b, r->injured.value);
    dy_buf_putc(b, '\t');
    const dyad_location *l = r->location;
    if (l) {
        dy_cellz(b, l->name, 0);
        dy_buf_putc(b, '\t');
        dy_cellz(b, l->country, 0);
        dy_buf_putc(b, '\t');
        if (l->lat != 0 || l->lon != 0)
            dy_buf_printf(b, "%.4f\t%.4f", l->lat, l->lon);
        else
            dy_buf_putc(b, '\t');
    } else {
        dy_buf_puts(b, "\t\t\t");
    }
    dy_buf_putc(b, '\t');
    dy_cell(b, r->trigger_text, r->trigger_len, 0);
    dy_buf_putc(b, '\n');
}
