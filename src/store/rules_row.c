/*
 * rules_row.c - result rows of either back-end as what format/ and the
 * stats writers read: a stored event or report as a dy_record (the
 * columns K_*, C_*, R_* of rules.h), an aggregate row as a bar, a row of
 * the tolls' explanation. The back-end reads its columns through dy_row;
 * how a row becomes a record is decided here once.
 */
#include "store/rules.h"

#include <stdio.h>
#include <string.h>

static const char *text(const dy_row *row, int c)
{
    return row->text(row, c);
}

static const char *text_or_empty(const dy_row *row, int c)
{
    const char *t = row->text(row, c);
    return t ? t : "";
}

/* a code column: NULL for '' (no target) */
static const char *code(const dy_row *row, int c)
{
    const char *t = row->text(row, c);
    return t && t[0] ? t : NULL;
}

/* The fields of the K_* columns, into a record of a kind: document,
 * sentence, date, actors, codes, status, place and counts. */
static void row_record(dy_record *r, dy_rec_kind kind, const dy_row *row)
{
    dy_record_init(r, kind);
    r->doc_id = text_or_empty(row, K_DOC);
    r->url = text(row, K_URL);
    r->sentence = (long)row->num(row, K_SENT, 0);
    r->sentence_text = text(row, K_STEXT);
    r->sentence_len = r->sentence_text ? strlen(r->sentence_text) : 0;
    r->has_sentence_span =
        !row->is_null(row, K_SSTART) && !row->is_null(row, K_SLEN);
    r->sentence_span.start = (size_t)row->num(row, K_SSTART, 0);
    r->sentence_span.len = (size_t)row->num(row, K_SLEN, 0);
    r->date = text(row, K_DATE);
    r->date_precision = r->date ? "day" : NULL;
    r->source.code = code(row, K_SRC);
    r->source.text = text(row, K_SRCTEXT);
    r->target.code = code(row, K_TGT);
    r->target.text = text(row, K_TGTTEXT);
    r->cameo = text_or_empty(row, K_CAMEO);
    r->plover_type = text(row, K_PTYPE);
    r->plover_mode = text(row, K_PMODE);
    r->goldstein = row->real(row, K_GOLD);
    r->quad_class = (int)row->num(row, K_QUAD, 0);
    r->status = text_or_empty(row, K_STATUS);
    if (!row->is_null(row, K_LOC)) {
        r->place.name = text_or_empty(row, K_LOC);
        r->place.country = text(row, K_COUNTRY);
        r->place.loose = (int)row->num(row, K_LOOSE, 0);
        r->location = &r->place;
    }
    r->killed.value = (long)row->num(row, K_KILLED, -1);
    r->injured.value = (long)row->num(row, K_INJURED, -1);
    r->killed.cumulative = row->num(row, K_KCUM, 0) != 0;
    r->injured.cumulative = row->num(row, K_ICUM, 0) != 0;
    r->id = row->num(row, K_ID, 0);
    r->added_at = text_or_empty(row, K_ADDED);
}

void dy_row_event(dy_record *r, const dy_row *row)
{
    row_record(r, DY_REC_EVENT, row);
    r->has = DY_HAS_STORE;
    if (r->location) {
        r->place.admin1 = text(row, C_ADMIN1);
        r->place.precision = text(row, C_PREC);
        r->place.lat = row->real(row, C_LAT);
        r->place.lon = row->real(row, C_LON);
        r->place.geonameid = (long)row->num(row, C_GEOID, 0);
    }
    r->num_mentions = row->num(row, C_NMEN, 0);
    r->num_sources = row->num(row, C_NSRC, 0);
    r->num_articles = row->num(row, C_NART, 0);
}

/* No store counts: DY_HAS_STORE is the event's id for the GDELT Mentions
 * table only. */
void dy_row_report(dy_record *r, const dy_row *row)
{
    row_record(r, DY_REC_REPORT, row);
    r->trigger_text = text(row, R_TRIGGER);
    r->trigger_len = r->trigger_text ? strlen(r->trigger_text) : 0;
    r->trigger_start = (long)row->num(row, R_TSTART, -1);
    r->publisher = text(row, R_PUB);
    r->seen_at = text(row, R_SEEN);
    r->doc_len = row->num(row, R_BYTES, -1);
}

void dy_row_bar(dy_bar *bar, const dy_row *row, int first)
{
    for (int k = 0; k < 4; k++)
        bar->quad[k] = (long)row->num(row, first + k, 0);
    bar->has_goldstein = !row->is_null(row, first + 4);
    bar->goldstein = row->real(row, first + 4);
    bar->killed = (long)row->num(row, first + 5, 0);
}

void dy_row_toll(dy_toll_row *t, const dy_row *row)
{
    t->id = row->num(row, 0, 0);
    snprintf(t->date, sizeof t->date, "%s", text_or_empty(row, 1));
    snprintf(t->dyad, sizeof t->dyad, "%s", text_or_empty(row, 2));
    snprintf(t->cameo, sizeof t->cameo, "%s", text_or_empty(row, 3));
    t->killed = (long)row->num(row, 4, -1);
    t->cumulative = (long)row->num(row, 5, -1);
    snprintf(t->from, sizeof t->from, "%s", text_or_empty(row, 6));
    snprintf(t->reports, sizeof t->reports, "%s", text_or_empty(row, 7));
}

void dy_row_json_int(dy_buf *b, const char *key, const dy_row *row, int c)
{
    if (row->is_null(row, c))
        dy_buf_printf(b, ",\"%s\":null", key);
    else
        dy_buf_printf(b, ",\"%s\":%lld", key, row->num(row, c, 0));
}
