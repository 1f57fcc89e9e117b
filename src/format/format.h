/*
 * format.h - events out (docs/output.md): one writer per format, all
 * taking one record view, dy_record, filled from a coded event (code) or
 * from the store (a stored report for show, a merged event for query and
 * export), so every command writes every format. Writers append to a
 * dy_buf and fail only through its sticky `failed`. Uses public types only.
 */
#ifndef DYAD_FORMAT_H
#define DYAD_FORMAT_H

#include "util/util.h"

#include <string.h>

/* What a record is. The kind picks the columns of `table` and `tsv`,
 * which keep each command's own; the other formats have one layout. */
typedef enum dy_rec_kind {
    DY_REC_CODED = 0,  /* one coded event (dyad code) */
    DY_REC_REPORT = 1, /* one stored report of an event (dyad show) */
    DY_REC_EVENT = 2   /* one stored event, merged from its reports
                          (dyad query, dyad export) */
} dy_rec_kind;

/* What a record holds beyond the fields all have. The rule of
 * docs/output.md: a field its source does not keep is left out of JSONL
 * and the event dump, and empty in the column formats. */
#define DY_HAS_SPANS 0x1u  /* spans of actors, place, counts and trigger */
#define DY_HAS_CODING 0x2u /* what only coding knows: cameo_name,
                              penta_class, attributed_to, contested_by,
                              inferred, approximate, evidence */
#define DY_HAS_STORE 0x4u  /* what only the store knows: id, the counts of
                              reports, articles and sources, mentions */

/* one report of a stored event, for JSONL's "mentions" */
typedef struct dy_rec_mention {
    const char *doc_id;
    long sentence;        /* 0-based index in its document */
    const char *text;     /* the sentence, or NULL */
    dyad_span span;       /* the sentence in its document */
    int has_span;
    const char *status, *date, *publisher;
} dy_rec_mention;

/* One event as the writers see it. Strings are borrowed; NULL is "none". */
typedef struct dy_record {
    dy_rec_kind kind;
    unsigned has;              /* DY_HAS_* */
    long long id;              /* store event id (DY_HAS_STORE) */
    const char *doc_id;        /* its document (a stored event's first) */
    const char *url;           /* that document's URL */
    long sentence;             /* 0-based sentence index in it */
    const char *sentence_text; /* sentence_len bytes; NULL: unknown */
    size_t sentence_len;
    dyad_span sentence_span;
    int has_sentence_span;
    const char *date;          /* YYYY-MM-DD */
    const char *date_precision;
    dyad_actor source, target; /* code NULL: none (no target) */
    dyad_actor attributed_to;  /* DY_HAS_CODING */
    const dyad_actor *contested_by; /* DY_HAS_CODING */
    size_t contested_count;
    const char *contest_kind;
    const char *cameo, *cameo_name, *plover_type, *plover_mode, *status;
    double goldstein;
    int quad_class, penta_class;
    const dyad_location *location; /* NULL: no place; lat = lon = 0 and
                                      geonameid 0: unknown */
    dyad_count killed, injured;    /* value -1: unknown */
    const char *pattern, *pattern_file; /* evidence (DY_HAS_CODING) */
    long pattern_line;
    const char *note;
    const char *trigger_text;  /* trigger_len bytes; NULL: unknown */
    size_t trigger_len;
    long trigger_start;        /* byte offset; -1: unknown */
    long long num_mentions, num_sources, num_articles; /* DY_HAS_STORE */
    const char *added_at;      /* YYYYMMDDHHMMSS */
    const dy_rec_mention *mentions;
    size_t mention_count;
    dyad_location place;       /* storage behind `location` for a row */
    /* the document behind a report (GDELT's Mentions table) */
    const char *publisher;     /* who published it (docs/store.md) */
    const char *seen_at;       /* when dyad read it: coded_at */
    long long doc_len;         /* its text in bytes; -1: unknown */
    size_t seq;                /* records written before this one in the
                                  same output (GeoJSON's commas) */
} dy_record;

/* 1 when a place is the event's own point: known, not loose (named
 * only elsewhere in its sentence), with coordinates. GDELT's ActionGeo,
 * GeoJSON's geometry and ACLED's location take only such a place. */
static inline int dy_place_own(const dyad_location *l)
{
    return l && !l->loose && l->precision &&
           strcmp(l->precision, "unknown") != 0 && (l->lat != 0 || l->lon != 0);
}

/* A record of a coded event of document d: kind DY_REC_CODED, every
 * field but the store's. */
void dy_record_from_event(dy_record *rec, const dyad_doc *d,
                          const dyad_event *e);
/* A blank record of a kind: no place, counts unknown, no trigger. */
void dy_record_init(dy_record *rec, dy_rec_kind kind);

/* 1 when fmt writes events (every format but DYAD_FORMAT_JSON) */
int dy_format_writes_events(dyad_format fmt);
/* Appends the header line of fmt for records of a kind (table, tsv,
 * csv and acled have one; show's tsv has none; GeoJSON opens its
 * collection). */
void dy_format_header(dy_buf *b, dyad_format fmt, dy_rec_kind kind);
/* Appends what ends an output of fmt (GeoJSON closes its collection). */
void dy_format_footer(dy_buf *b, dyad_format fmt);
/* Why fmt leaves record r out (DYAD_OMIT_*: GeoJSON needs a point of
 * the event's own, ACLED a date and an ACLED type), or -1: written. */
int dy_format_omits(dyad_format fmt, const dy_record *r);
/* Appends one record in fmt; DYAD_EINVAL when fmt writes no events.
 * Writes nothing for a record dy_format_omits leaves out. */
int dy_format_record(dy_buf *b, dyad_format fmt, const dy_record *r);

/* ---- the writers, one per format (format/<name>.c) ---- */
void dy_write_jsonl(dy_buf *b, const dy_record *r);
void dy_write_tsv(dy_buf *b, const dy_record *r);
void dy_write_csv(dy_buf *b, const dy_record *r);
void dy_write_table(dy_buf *b, const dy_record *r);
void dy_write_events(dy_buf *b, const dy_record *r);
void dy_write_gdelt(dy_buf *b, const dy_record *r);
void dy_write_gdelt_mentions(dy_buf *b, const dy_record *r);
void dy_write_geojson(dy_buf *b, const dy_record *r);
void dy_write_acled(dy_buf *b, const dy_record *r);
void dy_acled_header(dy_buf *b);

/* ---- the export crosswalk (data/crosswalk.tsv, generated C) ---- */

typedef struct dy_crosswalk_row {
    const char *cameo;            /* CAMEO code */
    const char *plover_context;   /* "military" or "legal,military"; NULL */
    const char *acled_type;       /* ACLED event type, or NULL */
    const char *acled_sub_type;   /* ACLED sub-event type, or NULL */
} dy_crosswalk_row;

extern const dy_crosswalk_row dy_crosswalk[];
extern const size_t dy_crosswalk_count;

/* The row of a CAMEO code, or NULL. */
const dy_crosswalk_row *dy_crosswalk_find(const char *cameo);
void dy_tsv_header(dy_buf *b, dy_rec_kind kind);
void dy_csv_header(dy_buf *b);
void dy_table_header(dy_buf *b, dy_rec_kind kind);

/* ---- actor codes (codes.c) ---- */

/* the parts of a CAMEO actor code as GDELT's columns split it; "" when
 * the code has no such part */
typedef struct dy_code_parts {
    char country[4];     /* ISO3; never a role, nor a region */
    char region[4];      /* CAMEO region (MEA of "Arab states"), which
                            GDELT writes where a country would stand */
    char group[4];       /* known group (UNO of IGOUNO, HMS of PSEREBHMS) */
    char ethnic[4];      /* dyad's ethnic group code (KUR of IRQKUR) */
    char religion[2][4]; /* CAMEO religion codes */
    char type[3][4];     /* role and sector types (GOV, MIL, IGO ...) */
    int international;   /* the first part is IGO, NGO, IMG ... */
} dy_code_parts;

/* Splits an actor code into its parts (NULL: none). */
void dy_actor_parts(const char *code, dy_code_parts *out);
/* The country part of an actor code in buf, "" when it has none. */
const char *dy_actor_country(const char *code, char buf[4]);

/* ---- values, shared by the writers ---- */

/* a JSON string of n bytes, escaped as jansson escapes it; NULL: null */
void dy_json_str(dy_buf *b, const char *s, size_t n);
/* dy_json_str of a C string */
void dy_json_cstr(dy_buf *b, const char *s);
/* an integer as %lld prints it (JSON, TSV and CSV), without printf */
void dy_put_int(dy_buf *b, long long v);
/* a JSON real as jansson prints it: %.17g, ".0" added to a whole number */
void dy_json_real(dy_buf *b, double v);
/* a latitude or longitude: 4 decimals, as jansson prints the rounded
 * value with JSON_REAL_PRECISION(10) (50.4547) */
void dy_json_coord(dy_buf *b, double v);
/* an RFC 4180 field of n bytes: quoted when it holds , " CR or LF;
 * NULL: empty */
void dy_csv_field(dy_buf *b, const char *s, size_t n);
/* dy_csv_field of a C string */
void dy_csv_cstr(dy_buf *b, const char *s);
/* A TSV or table cell of n bytes (up to a NUL): tabs and line breaks
 * become spaces; with a width, cut or padded to that many characters. */
void dy_cell(dy_buf *b, const char *s, size_t n, size_t width);
/* dy_cell of a C string; NULL is empty */
void dy_cellz(dy_buf *b, const char *s, size_t width);

/* ---- statistics: rows of counts (dyad stats; plots draw them too) ---- */

#define DY_MAX_BARS 200     /* rows of one top list */

typedef struct dy_bar {
    char label[64];    /* period ("2024-03") or dyad ("RUS > UKR") */
    long quad[4];      /* events by QuadClass 1..4 */
    double goldstein;  /* mean */
    int has_goldstein; /* 0 for an empty period */
    long killed;
} dy_bar;

/* events in a bar, all four QuadClasses */
static inline long dy_bar_total(const dy_bar *b)
{
    return b->quad[0] + b->quad[1] + b->quad[2] + b->quad[3];
}

/* the three parts of `dyad stats`: series, top dyads, top actors */
typedef struct dy_stats_part {
    int on;            /* asked for */
    const dy_bar *bars;
    size_t count;
} dy_stats_part;

/* one event behind a fatality total (dyad stats --explain) */
typedef struct dy_toll_row {
    long long id;
    char date[12], dyad[48], cameo[8];
    long killed;      /* the event's own toll; -1: only a running one */
    long cumulative;  /* its running toll (left out of sums); -1: none */
    char from[200];   /* the report the figure comes from */
    char reports[96]; /* every report's figure, running ones in brackets */
} dy_toll_row;

/* everything `dyad stats` writes, in its order: the totals and what
 * they leave out, then the parts, then the fatality total explained */
typedef struct dy_stats_doc {
    dyad_period by;        /* the series' period (never AUTO) */
    dy_bar total;          /* every event selected */
    dyad_omitted omitted;  /* written: events selected; by reason */
    dy_stats_part parts[3];
    int explain;
    dy_toll_row *tolls;
    size_t ntolls;
} dy_stats_doc;

/* Appends statistics as a table, CSV (the parts one after another, a
 * blank line between) or one JSON document; DYAD_EINVAL for another
 * format. */
int dy_format_stats(dy_buf *b, dyad_format fmt, const dy_stats_doc *doc);

#endif
