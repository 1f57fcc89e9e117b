/* cli.h - shared helpers of the dyad command's subcommands. */
#ifndef DYAD_CLI_H
#define DYAD_CLI_H

#include "dyad.h"

#include <stdio.h>

/* exit codes (docs/man/dyad.1) */
enum { EX_OK = 0, EX_INPUT = 1, EX_USAGE = 2, EX_IO = 3 };

int cmd_code(int argc, char **argv);
int cmd_explain(int argc, char **argv);
int cmd_lexicon(int argc, char **argv);
int cmd_show(int argc, char **argv);
int cmd_eval(int argc, char **argv);
int cmd_ingest(int argc, char **argv);
int cmd_query(int argc, char **argv);
int cmd_stats(int argc, char **argv);
int cmd_export(int argc, char **argv);
int cmd_plot(int argc, char **argv);

/* Loads the lexicon: --lexicon, $DYAD_LEXICON, the build tree, the
 * installed share directory. Prints the error and returns NULL. */
dyad_lexicon *cli_load_lexicon(const char *path);
void cli_error(const dyad_error *e);
int cli_sink_file(void *ctx, const char *bytes, size_t len);
int cli_exit_for(int code);
/* A format by name: jsonl, tsv, table, events, csv, gdelt or json;
 * -1 for another name. */
int cli_parse_format(const char *s, dyad_format *out);
/* A positive decimal count of at most max, with a k/K or m/M suffix
 * (x1024, x1048576) when units is set; -1 if it is not one. */
int cli_parse_count(const char *s, size_t *out, unsigned long long max,
                    int units);

/* Seconds on the monotonic clock. */
double cli_now(void);

/* What a run did with its documents; printed at its end. */
typedef struct cli_tally {
    unsigned long long docs, coded, noevent, empty, rejected, skipped, events,
        sentences, bytes;
} cli_tally;

/* The documents of the files, directories and "-" named on the command
 * line, in order. Rejected and empty documents are counted and reported
 * here; the caller sees only documents to code. */
typedef struct cli_inputs {
    char **paths;
    int npaths, next;
    const dyad_options *opts;
    const char *date; /* --date: for documents without one */
    int quiet;
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

/* Codes one document. A bad date field loses the date, not the document.
 * 0 with *res and the tally counted, or the error code with the document
 * counted and reported as rejected and *status raised. */
int cli_code_doc(dyad_result **res, dyad_coder *coder, dyad_doc *doc,
                 cli_tally *t, int quiet, int *status);

#endif
