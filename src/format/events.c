/*
 * events.c - the canonical one-line dump (docs/output.md) that golden
 * tests diff: a stable order of fields and the trigger's byte offset.
 * What a stored event does not keep (the claim's speakers, an inferred
 * source, an approximate count, the trigger) is left out of its line.
 */
#include "format/format.h"

#include <string.h>

static const char *code_or_dash(const char *code)
{
    return code ? code : "-";
}

static void count(dy_buf *b, const dy_record *r, const char *key,
                  const dyad_count *c)
{
    if (c->value < 0)
        return;
    int approx = (r->has & DY_HAS_CODING) && c->approximate;
    dy_buf_printf(b, " %s%s=%s%ld", c->cumulative ? "cumulative_" : "", key,
                  approx ? ">=" : "", c->value);
}

void dy_write_events(dy_buf *b, const dy_record *r)
{
    int coding = (r->has & DY_HAS_CODING) != 0;
    dy_buf_printf(b, "S%ld %s %s %s status=%s", r->sentence,
                  code_or_dash(r->source.code), r->cameo,
                  code_or_dash(r->target.code), r->status);
    if (coding && (r->attributed_to.code || r->attributed_to.text))
        dy_buf_printf(b, " by=%s",
                      r->attributed_to.code ? r->attributed_to.code : "text");
    for (size_t i = 0; coding && i < r->contested_count; i++)
        dy_buf_printf(b, " %s=%s",
                      r->contest_kind && strcmp(r->contest_kind, "denied") == 0
                          ? "denied_by"
                          : "unconfirmed_by",
                      code_or_dash(r->contested_by[i].code));
    if (r->location)
        dy_buf_printf(b, " loc=%s/%s", r->location->name,
                      r->location->country ? r->location->country : "?");
    count(b, r, "killed", &r->killed);
    count(b, r, "injured", &r->injured);
    if (coding && r->source.inferred)
        dy_buf_puts(b, " source=inferred");
    if (r->trigger_text) {
        dy_buf_printf(b, " trigger=\"%.*s\"", (int)r->trigger_len,
                      r->trigger_text);
        if (r->trigger_start >= 0)
            dy_buf_printf(b, "@%ld", r->trigger_start);
    }
    dy_buf_putc(b, '\n');
}
