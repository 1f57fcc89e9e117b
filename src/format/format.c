/*
 * format.c - the format room's entry points: a coded event as a record,
 * the dispatch from a dyad_format to its writer, header and footer, what
 * a format leaves out, and the public
 * dyad_result_write / dyad_format_header / _footer for coded results
 * (which write through the result's allocator, as the rest of the result
 * does).
 */
#include "format/format.h"

#include "api.h"

#include <string.h>

void dy_record_init(dy_record *rec, dy_rec_kind kind)
{
    memset(rec, 0, sizeof *rec);
    rec->kind = kind;
    rec->killed.value = -1;
    rec->injured.value = -1;
    rec->trigger_start = -1;
    rec->doc_len = -1;
}

/* Every field of the coded event, with the spans, the coding detail and
 * the texts it points into the document for. */
void dy_record_from_event(dy_record *rec, const dyad_doc *d,
                          const dyad_event *e)
{
    dy_record_init(rec, DY_REC_CODED);
    rec->has = DY_HAS_SPANS | DY_HAS_CODING;
    rec->doc_id = d->id;
    rec->url = d->url;
    rec->publisher = d->source;
    rec->doc_len = (long long)d->text_len;
    rec->sentence = (long)e->sentence;
    rec->sentence_text = d->text + e->sentence_span.start;
    rec->sentence_len = e->sentence_span.len;
    rec->sentence_span = e->sentence_span;
    rec->has_sentence_span = 1;
    rec->date = e->date;
    rec->date_precision = e->date_precision;
    rec->source = e->source;
    rec->target = e->target;
    rec->attributed_to = e->attributed_to;
    rec->contested_by = e->contested_by;
    rec->contested_count = e->contested_count;
    rec->contest_kind = e->contest_kind;
    rec->cameo = e->cameo;
    rec->cameo_name = e->cameo_name;
    rec->plover_type = e->plover_type;
    rec->plover_mode = e->plover_mode;
    rec->status = e->status;
    rec->goldstein = e->goldstein;
    rec->quad_class = e->quad_class;
    rec->penta_class = e->penta_class;
    rec->location = e->location;
    rec->killed = e->killed;
    rec->injured = e->injured;
    rec->pattern = e->pattern;
    rec->pattern_file = e->pattern_file;
    rec->pattern_line = e->pattern_line;
    rec->note = e->note;
    rec->trigger_text = d->text + e->trigger.start;
    rec->trigger_len = e->trigger.len;
    rec->trigger_start = (long)e->trigger.start;
}

/* the writer of each format that writes events, by dyad_format value */
static void (*const writers[])(dy_buf *b, const dy_record *r) = {
    [DYAD_FORMAT_JSONL] = dy_write_jsonl,
    [DYAD_FORMAT_TSV] = dy_write_tsv,
    [DYAD_FORMAT_TABLE] = dy_write_table,
    [DYAD_FORMAT_EVENTS] = dy_write_events,
    [DYAD_FORMAT_CSV] = dy_write_csv,
    [DYAD_FORMAT_GDELT] = dy_write_gdelt,
    [DYAD_FORMAT_GDELT_MENTIONS] = dy_write_gdelt_mentions,
    [DYAD_FORMAT_GEOJSON] = dy_write_geojson,
    [DYAD_FORMAT_ACLED] = dy_write_acled,
};

int dy_format_writes_events(dyad_format fmt)
{
    return (unsigned)fmt < sizeof writers / sizeof writers[0] && writers[fmt];
}

void dy_format_header(dy_buf *b, dyad_format fmt, dy_rec_kind kind)
{
    if (fmt == DYAD_FORMAT_TSV)
        dy_tsv_header(b, kind);
    else if (fmt == DYAD_FORMAT_TABLE)
        dy_table_header(b, kind);
    else if (fmt == DYAD_FORMAT_CSV)
        dy_csv_header(b);
    else if (fmt == DYAD_FORMAT_ACLED)
        dy_acled_header(b);
    else if (fmt == DYAD_FORMAT_GEOJSON)
        dy_buf_puts(b, "{\"type\":\"FeatureCollection\",\"features\":[\n");
}

void dy_format_footer(dy_buf *b, dyad_format fmt)
{
    if (fmt == DYAD_FORMAT_GEOJSON)
        dy_buf_puts(b, "]}\n");
}

/* GeoJSON maps the event's own point; ACLED needs a day and a type */
int dy_format_omits(dyad_format fmt, const dy_record *r)
{
    const dyad_location *l = r->location;
    if (fmt == DYAD_FORMAT_GEOJSON && !dy_place_own(l)) {
        if (!l)
            return DYAD_OMIT_NO_PLACE;
        return l->loose && (l->lat != 0 || l->lon != 0) ? DYAD_OMIT_LOOSE_PLACE
                                                        : DYAD_OMIT_NO_POINT;
    }
    if (fmt == DYAD_FORMAT_ACLED) {
        const dy_crosswalk_row *x = dy_crosswalk_find(r->cameo);
        if (!x || !x->acled_type)
            return DYAD_OMIT_NO_TYPE;
        if (!r->date)
            return DYAD_OMIT_UNDATED;
    }
    return -1;
}

int dy_format_record(dy_buf *b, dyad_format fmt, const dy_record *r)
{
    if (!dy_format_writes_events(fmt))
        return DYAD_EINVAL;
    if (dy_format_omits(fmt, r) < 0)
        writers[fmt](b, r);
    return 0;
}

static const char *const omit_names[DYAD_OMIT_COUNT] = {
    "asserted",      "reported",  "confirmed",      "denied",
    "hypothetical",  "future",    "negated",        "embedded",
    "undated",       "no place",  "loose place",    "no point",
    "no ACLED type", "no target", "cumulative"};

const char *dyad_omit_name(dyad_omit why)
{
    return (unsigned)why < DYAD_OMIT_COUNT ? omit_names[why] : "";
}

/* hands what b holds to the sink: 0, DYAD_ENOMEM or DYAD_EIO */
static int to_sink(const dy_buf *b, dyad_sink_fn sink, void *ctx)
{
    if (b->failed)
        return DYAD_ENOMEM;
    return b->len && sink(ctx, b->data, b->len) ? DYAD_EIO : 0;
}

int dyad_format_header(dyad_format fmt, dyad_sink_fn sink, void *ctx)
{
    if (!sink || !dy_format_writes_events(fmt))
        return DYAD_EINVAL;
    dy_buf b;
    dy_buf_init(&b, NULL);
    dy_format_header(&b, fmt, DY_REC_CODED);
    int rc = to_sink(&b, sink, ctx);
    dy_buf_free(&b);
    return rc;
}

int dyad_format_footer(dyad_format fmt, dyad_sink_fn sink, void *ctx)
{
    if (!sink || !dy_format_writes_events(fmt))
        return DYAD_EINVAL;
    dy_buf b;
    dy_buf_init(&b, NULL);
    dy_format_footer(&b, fmt);
    int rc = to_sink(&b, sink, ctx);
    dy_buf_free(&b);
    return rc;
}

/* One sink call per event written, so a sink that stops is not called
 * again. */
int dyad_result_write_next(const dyad_result *r, dyad_format fmt,
                           size_t *written, dyad_sink_fn sink, void *ctx)
{
    if (!r || !sink || !written || !dy_format_writes_events(fmt))
        return DYAD_EINVAL;
    dy_buf b;
    dy_record rec;
    int rc = 0;
    dy_buf_init(&b, &r->mem);
    for (size_t i = 0; i < r->count && !rc; i++) {
        dy_record_from_event(&rec, &r->doc, &r->events[i]);
        if (dy_format_omits(fmt, &rec) >= 0)
            continue;
        b.len = 0;
        rec.seq = *written;
        dy_format_record(&b, fmt, &rec);
        rc = to_sink(&b, sink, ctx);
        if (!rc)
            (*written)++;
    }
    dy_buf_free(&b);
    return rc;
}

int dyad_result_write(const dyad_result *r, dyad_format fmt,
                      dyad_sink_fn sink, void *ctx)
{
    size_t written = 0;
    return dyad_result_write_next(r, fmt, &written, sink, ctx);
}
