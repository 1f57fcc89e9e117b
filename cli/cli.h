/*
 * cli.h - what the dyad command's files share: exit codes, messages, the
 * option helpers (common.c), and the document loop's inputs and coding of
 * one document (inputs.c). Everything below goes through include/dyad.h.
 */
#ifndef DYAD_CLI_H
#define DYAD_CLI_H

#include "dyad.h"
#include "tally.h"

#include <stdio.h>

/* exit codes (docs/man/dyad.1) */
enum { EX_OK = 0, EX_INPUT = 1, EX_USAGE = 2, EX_IO = 3 };

/* ---- helper.c (the coding command `dyad` only) ---- */

/* 1 when a command line (argv[1] the command) asks what only dyad-full
 * holds: --db before any "--" (so `code --db`, which stores) */
int cli_needs_full(int argc, char **argv);
/* Replaces this process with dyad-full over the same argv (the exit code
 * is then dyad-full's); returns EX_IO, said on stderr, when it cannot. */
int cli_exec_full(int argc, char **argv);

/* ---- common.c ---- */

/* Loads the lexicon: --lexicon, $DYAD_LEXICON, the build tree, the
 * installed share directory. Prints the error and returns NULL. */
dyad_lexicon *cli_load_lexicon(const char *path);
/* the file cli_load_lexicon loads for path (which may be NULL) */
const char *cli_lexicon_path(const char *path);
/* "dyad: [file[:line:col]: ]message" on stderr */
void cli_error(const dyad_error *e);
/* 1 when --db names a PostgreSQL store (a postgresql:// or postgres://
 * URL, which the library connects to) rather than a file */
int cli_store_is_url(const char *db);
/* Messages about one document, kept to be printed in input order when
 * documents are coded on several threads (--jobs): a growing buffer. When
 * it holds more than CLI_MSGS_FULL bytes and full is set, full(ctx) is
 * called to print it (after what comes before it), so it stays bounded. */
typedef struct cli_msgs {
    char *buf;
    size_t len, cap;
    void (*full)(void *ctx);
    void *ctx;
} cli_msgs;
#define CLI_MSGS_FULL (64u << 10)
/* A message, printf-style: into m, or with m NULL on stderr. A message
 * that cannot be kept (no memory) goes to stderr at once. */
void cli_say(cli_msgs *m, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
/* cli_error into m (stderr when m is NULL) */
void cli_error_to(cli_msgs *m, const dyad_error *e);
/* Prints what m holds on f and empties it (keeping its buffer). */
void cli_msgs_print(cli_msgs *m, FILE *f);
/* Frees m's buffer. */
void cli_msgs_free(cli_msgs *m);
/* a dyad_sink_fn writing to the FILE * ctx */
int cli_sink_file(void *ctx, const char *bytes, size_t len);
/* a stream written through cli_sink_out, with the reason of its first
 * failed write (an errno) */
typedef struct cli_out {
    FILE *f;
    int error;
} cli_out;
/* a dyad_sink_fn writing to the cli_out ctx */
int cli_sink_out(void *ctx, const char *bytes, size_t len);
/* Flushes the stream; -1 after "dyad CMD: standard output: cannot write:
 * <reason>" on stderr when a write or the flush failed, else 0. */
int cli_out_done(cli_out *o, const char *cmd);
/* The lexicon as cli_load_lexicon finds it, or NULL without a word. */
dyad_lexicon *cli_try_lexicon(const char *path);
/* the exit code for a DYAD_E* code */
int cli_exit_for(int code);
/* A positive decimal count of at most max, with a k/K or m/M suffix
 * (x1024, x1048576) when units is set; -1 if it is not one. */
int cli_parse_count(const char *s, size_t *out, unsigned long long max,
                    int units);
/* A format by name: jsonl, tsv, table, events, csv, gdelt,
 * gdelt-mentions, geojson, acled or json; -1 for another name. */
int cli_parse_format(const char *s, dyad_format *out);
/* Seconds on the monotonic clock. */
double cli_now(void);
/* CPU seconds of the calling thread. */
double cli_thread_cpu(void);
/* The process's peak resident memory in MB (--stats). */
double cli_peak_rss_mb(void);

/* ---- inputs.c ---- */


/* The documents of the files, directories and "-" named on the command
 * line, in order. Rejected and empty documents are counted and reported
 * here; the caller sees only documents to code. */
typedef struct cli_inputs {
    char **paths;
    int npaths, next;
    const dyad_options *opts;
    const char *date; /* --date: for documents without one */
    int quiet;
    cli_msgs *msgs;   /* where its messages go; NULL: stderr */
    dyad_reader *rd;  /* the open input */
    unsigned long long done_bytes;
} cli_inputs;

/* The next document to code: 1 with *doc (valid until the next call),
 * 0 at the end. Raises *status for rejected inputs. */
int cli_inputs_next(cli_inputs *in, dyad_doc *doc, cli_tally *t, int *status);
/* Bytes read so far over all inputs. */
unsigned long long cli_inputs_bytes(const cli_inputs *in);
/* Closes the open input; safe after an early stop. */
void cli_inputs_close(cli_inputs *in);

/* A document's date before it is coded (docs/input.md, "Dates"): one
 * dyad cannot read is counted as a warning (CLI_W_DATE_BAD, with an
 * example) and dropped; without a date it takes fallback (--date), and
 * still without one it is counted as undated (CLI_W_UNDATED). */
void cli_doc_date(dyad_doc *doc, const char *fallback, cli_tally *t);
/* Codes one document, the seq-th of the input. A bad date field loses
 * the date, not the document. 0 with *res (the caller counts it with
 * cli_tally_coded once it is kept), or the error code with the document
 * counted and reported as rejected and *status raised. */
int cli_code_doc(dyad_result **res, dyad_coder *coder, dyad_doc *doc,
                 unsigned long long seq, cli_tally *t, int quiet,
                 int *status);
/* cli_code_doc in two halves, for coding on another thread than the one
 * counting: cli_code_doc_to codes and says what happened into m (stderr
 * when NULL), 0 or the error code; cli_count_rejected counts a document
 * it rejected (rc) and raises *status, in input order. */
int cli_code_doc_to(dyad_result **res, dyad_coder *coder, dyad_doc *doc,
                    int quiet, cli_msgs *m);
void cli_count_rejected(int rc, cli_tally *t, int *status);

/* A document's fields and text copied into one allocation (free() it),
 * for a thread that codes it after the reader has moved on. NULL when
 * memory runs out. */
typedef struct cli_doc_copy {
    dyad_doc doc;
    size_t size; /* bytes of the copy */
    char buf[];
} cli_doc_copy;
cli_doc_copy *cli_doc_copy_new(const dyad_doc *d);

#endif
