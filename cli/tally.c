/*
 * tally.c - the counts and warnings of a run (tally.h) and its summary:
 * one line that accounts for every input, then each kind of warning once,
 * with its count and the first examples in input order, never one line
 * per document.
 */
#include "tally.h"

#include <stdarg.h>
#include <string.h>

void cli_tally_warn(cli_tally *t, cli_warn_kind k, unsigned long long seq,
                    const char *fmt, ...)
{
    cli_warn *w = &t->warn[k];
    w->count++;
    int at = w->n;
    if (at == CLI_WARN_SAMPLE) {
        /* keep the first in input order: replace the latest if later */
        at = 0;
        for (int i = 1; i < w->n; i++)
            if (w->seq[i] > w->seq[at])
                at = i;
        if (w->seq[at] < seq)
            return;
    } else {
        w->n++;
    }
    w->seq[at] = seq;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(w->text[at], sizeof w->text[at], fmt, ap);
    va_end(ap);
}

void cli_tally_coded(cli_tally *t, const dyad_result *res)
{
    cli_tally_counts(t, dyad_result_count(res),
                     dyad_result_sentence_count(res));
}

void cli_tally_counts(cli_tally *t, size_t n, size_t sentences)
{
    t->events += n;
    t->sentences += sentences;
    if (n)
        t->coded++;
    else
        t->noevent++;
}

void cli_tally_add(cli_tally *to, const cli_tally *from)
{
    to->docs += from->docs;
    to->coded += from->coded;
    to->noevent += from->noevent;
    to->empty += from->empty;
    to->rejected += from->rejected;
    to->skipped += from->skipped;
    to->conflicts += from->conflicts;
    to->near += from->near;
    to->entries += from->entries;
    to->lost += from->lost;
    to->replaced += from->replaced;
    to->events += from->events;
    to->sentences += from->sentences;
    to->bytes += from->bytes;
    for (int k = 0; k < CLI_W_COUNT; k++) {
        const cli_warn *w = &from->warn[k];
        unsigned long long rest = w->count;
        for (int i = 0; i < w->n; i++, rest--)
            cli_tally_warn(to, (cli_warn_kind)k, w->seq[i], "%s", w->text[i]);
        to->warn[k].count += rest; /* those without an example */
    }
}

int cli_tally_check(const cli_tally *t)
{
    return t->docs == t->coded + t->noevent + t->empty + t->rejected +
                          t->skipped + t->conflicts + t->near + t->entries +
                          t->lost;
}

/* what each kind of warning says before its examples */
static const char *const warn_head[CLI_W_COUNT] = {
    "with a date dyad cannot read (docs/input.md, \"Dates\"), coded "
    "with --date or undated",
    "without a date: their events are undated (--date gives them one)",
    "with bytes that are not UTF-8, read as Windows-1252 "
    "(--repair-encoding)",
    "transcoded from UTF-16",
    "whose id is stored with another text: the stored one is kept "
    "(--replace stores the later)",
    "replaced a stored document of the same id",
    "stored as one more source of an article (near-duplicates)",
    "input entries skipped",
};

static void print_examples(const cli_warn *w, FILE *f)
{
    /* in input order */
    int order[CLI_WARN_SAMPLE];
    for (int i = 0; i < w->n; i++)
        order[i] = i;
    for (int i = 1; i < w->n; i++)
        for (int j = i; j > 0 && w->seq[order[j]] < w->seq[order[j - 1]];
             j--) {
            int x = order[j];
            order[j] = order[j - 1];
            order[j - 1] = x;
        }
    for (int i = 0; i < w->n; i++)
        fprintf(f, "%s%s", i ? "; " : ": ", w->text[order[i]]);
    if (w->count > (unsigned long long)w->n)
        fprintf(f, "; ... %llu more", w->count - (unsigned long long)w->n);
}

void cli_tally_print(const cli_tally *t, int with_store, FILE *f)
{
    fprintf(f,
            "dyad: %llu documents: %llu coded with events (%llu events), "
            "%llu without events, %llu empty, %llu rejected",
            t->docs - t->skipped, t->coded, t->events, t->noevent, t->empty,
            t->rejected);
    if (with_store)
        fprintf(f, ", %llu near-duplicates, %llu conflicting duplicates",
                t->near, t->conflicts);
    if (t->entries)
        fprintf(f, ", %llu entries skipped", t->entries);
    if (t->lost)
        fprintf(f, ", %llu not stored", t->lost);
    fputc('\n', f);
    for (int k = 0; k < CLI_W_COUNT; k++) {
        const cli_warn *w = &t->warn[k];
        if (!w->count)
            continue;
        fprintf(f, "dyad: %llu %s%s", w->count,
                k == CLI_W_SKIPPED ? "" : "documents ", warn_head[k]);
        print_examples(w, f);
        fputc('\n', f);
    }
}

const char *cli_doc_name(const dyad_doc *d)
{
    if (d->origin && d->origin[0])
        return d->origin;
    return d->id && d->id[0] ? d->id : "?";
}
