/*
 * tally.h - what a run did with its inputs: the counts its summary prints,
 * which add up to the inputs read, and for each kind of warning its count
 * with the first few examples in input order (docs/input.md, "The
 * summary"). Every command that reads documents keeps one per thread and
 * adds them up at the end (cli_tally_add), so the examples and the counts
 * never depend on threads.
 */
#ifndef DYAD_CLI_TALLY_H
#define DYAD_CLI_TALLY_H

#include "dyad.h"

#include <stdio.h>

/* kinds of warnings, each counted and shown with a few examples */
typedef enum cli_warn_kind {
    CLI_W_DATE_BAD = 0, /* a date dyad cannot read: --date, or none */
    CLI_W_UNDATED,      /* no date at all: the events are undated */
    CLI_W_ENCODING,     /* bytes not UTF-8 read as Windows-1252 */
    CLI_W_UTF16,        /* a file transcoded from UTF-16 */
    CLI_W_CONFLICT,     /* id stored with another text: the first kept */
    CLI_W_REPLACED,     /* a stored document replaced (--replace, --db) */
    CLI_W_NEAR,         /* kept as one more source of an article */
    CLI_W_SKIPPED,      /* an input entry skipped on purpose */
    CLI_W_COUNT
} cli_warn_kind;

#define CLI_WARN_SAMPLE 3 /* examples kept per kind */
#define CLI_WARN_TEXT 240 /* bytes per example */

typedef struct cli_warn {
    unsigned long long count;                 /* how many */
    int n;                                    /* examples kept */
    unsigned long long seq[CLI_WARN_SAMPLE];  /* their places in the input */
    char text[CLI_WARN_SAMPLE][CLI_WARN_TEXT];
} cli_warn;

/* What a run did with its inputs. Every input read is counted once in
 * docs and once in exactly one of coded, noevent, empty, rejected,
 * skipped, conflicts, near, entries and lost: cli_tally_check. */
typedef struct cli_tally {
    unsigned long long docs;      /* inputs read: documents and entries */
    unsigned long long coded;     /* kept, with events */
    unsigned long long noevent;   /* kept, without events */
    unsigned long long empty;     /* blank text: not coded */
    unsigned long long rejected;  /* bad input, unreadable, over a limit */
    unsigned long long skipped;   /* stored already: same key, same text */
    unsigned long long conflicts; /* same key, another text: not stored */
    unsigned long long near;      /* stored as a near-duplicate's source */
    unsigned long long entries;   /* input entries skipped on purpose */
    unsigned long long lost;      /* coded, but the store failed */
    unsigned long long replaced;  /* of coded + noevent: replaced a stored
                                     document */
    unsigned long long events, sentences, bytes;
    cli_warn warn[CLI_W_COUNT];
} cli_tally;

/* Counts a warning of kind k about the input at place seq (its number in
 * input order), keeping its text when it is among the first. */
void cli_tally_warn(cli_tally *t, cli_warn_kind k, unsigned long long seq,
                    const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;
/* A coded document kept (or, without a store, written): coded or
 * noevent, its events and sentences. */
void cli_tally_coded(cli_tally *t, const dyad_result *res);
/* The same from the result's counts, for a result already freed. */
void cli_tally_counts(cli_tally *t, size_t events, size_t sentences);
/* Adds from's counts and warnings to to (the examples: the first in
 * input order of both). */
void cli_tally_add(cli_tally *to, const cli_tally *from);
/* 1 when the counts add up (every input counted once), else 0. */
int cli_tally_check(const cli_tally *t);
/* The summary line of documents (skipped ones are counted apart by
 * ingest), then one line per kind of warning with its examples. with_store
 * adds the store's outcomes (near-duplicates, conflicts) to the line. */
void cli_tally_print(const cli_tally *t, int with_store, FILE *f);
/* Where a document came from, for messages: its origin, else its id. */
const char *cli_doc_name(const dyad_doc *d);

#endif
