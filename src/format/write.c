/*
 * write.c - the dispatch from a dyad_format to its writer, header and
 * footer, what a format leaves out, and the public dyad_result_write /
 * dyad_format_header / _footer for coded results (which write through the
 * result's allocator, as the rest of the result does). Apart from
 * format.c so that the writers, which read the record, and the dispatch,
 * which calls them, make no circle.
 */
#include "format/format.h"

#include "api.h"

#include <string.h>

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
