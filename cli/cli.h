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

#endif
