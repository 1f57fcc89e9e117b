/*
 * format.c - the record every writer reads: a coded event as a record,
 * and the names of what an output leaves out. The dispatch from a
 * dyad_format to its writer is write.c's.
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

static const char *const omit_names[DYAD_OMIT_COUNT] = {
    "asserted",      "reported",  "confirmed",      "denied",
    "hypothetical",  "future",    "negated",        "embedded",
    "undated",       "no place",  "loose place",    "no point",
    "no ACLED type", "no target", "cumulative"};

const char *dyad_omit_name(dyad_omit why)
{
    return (unsigned)why < DYAD_OMIT_COUNT ? omit_names[why] : "";
}
