/*
 * geojson.c - events as an RFC 7946 FeatureCollection for maps (QGIS,
 * kepler.gl, Leaflet): one Point feature per event with a point of its
 * own (dy_place_own: a loose place or one without coordinates is left
 * out, dy_format_omits), its fields as flat properties. The header opens
 * the collection and the footer closes it (format.c).
 */
#include "format/format.h"

#include <string.h>

/* ,"key":"value" or ,"key":null */
static void str_prop(dy_buf *b, const char *key, const char *v)
{
    dy_buf_printf(b, ",\"%s\":", key);
    dy_json_cstr(b, v);
}

/* ,"key":N or ,"key":null for a count a source does not know */
static void int_prop(dy_buf *b, const char *key, long long v, int known)
{
    if (known)
        dy_buf_printf(b, ",\"%s\":%lld", key, v);
    else
        dy_buf_printf(b, ",\"%s\":null", key);
}

void dy_write_geojson(dy_buf *b, const dy_record *r)
{
    const dyad_location *l = r->location;
    int store = (r->has & DY_HAS_STORE) != 0;
    if (r->seq)
        dy_buf_puts(b, ",\n");
    dy_buf_puts(b, "{\"type\":\"Feature\",");
    if (store)
        dy_buf_printf(b, "\"id\":%lld,", r->id);
    dy_buf_puts(b, "\"geometry\":{\"type\":\"Point\",\"coordinates\":[");
    dy_json_coord(b, l->lon);
    dy_buf_putc(b, ',');
    dy_json_coord(b, l->lat);
    dy_buf_puts(b, "]},\"properties\":{\"id\":");
    if (store)
        dy_buf_printf(b, "%lld", r->id);
    else
        dy_buf_puts(b, "null");
    str_prop(b, "date", r->date);
    str_prop(b, "source_code", r->source.code);
    str_prop(b, "source_name", r->source.text);
    str_prop(b, "target_code", r->target.code);
    str_prop(b, "target_name", r->target.code ? r->target.text : NULL);
    str_prop(b, "cameo", r->cameo);
    str_prop(b, "plover_type", r->plover_type);
    str_prop(b, "plover_mode", r->plover_mode);
    dy_buf_printf(b, ",\"quad_class\":%d,\"goldstein\":%.1f", r->quad_class,
                  r->goldstein);
    str_prop(b, "status", r->status);
    str_prop(b, "location", l->name);
    str_prop(b, "country", l->country);
    str_prop(b, "admin1", l->admin1);
    str_prop(b, "precision", l->precision);
    int_prop(b, "geonameid", l->geonameid, l->geonameid > 0);
    int_prop(b, "fatalities", r->killed.value,
             r->killed.value >= 0 && !r->killed.cumulative);
    int_prop(b, "injured", r->injured.value,
             r->injured.value >= 0 && !r->injured.cumulative);
    int_prop(b, "num_mentions", r->num_mentions, store);
    int_prop(b, "num_sources", r->num_sources, store);
    int_prop(b, "num_articles", r->num_articles, store);
    str_prop(b, "doc_id", r->doc_id);
    str_prop(b, "url", r->url);
    dy_buf_puts(b, ",\"sentence\":");
    dy_json_str(b, r->sentence_text, r->sentence_len);
    dy_buf_puts(b, "}}");
}
