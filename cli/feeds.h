/*
 * feeds.h - feeds and pages for `dyad ingest` and `dyad watch`: their
 * shared options, the feed session as a source of documents for the
 * pipeline (beside the files of inputs.c), and its summary. Through
 * include/dyad_tools.h only.
 */
#ifndef DYAD_CLI_FEEDS_H
#define DYAD_CLI_FEEDS_H

#include "cli.h"
#include "dyad_tools.h"

#define CLI_MAX_LISTS 64 /* --feeds files of one command line */

/* the feed options of ingest and watch */
typedef struct cli_feed_args {
    dyad_feed_options o;
    const char *lists[CLI_MAX_LISTS]; /* --feeds FILE */
    int nlists;
} cli_feed_args;

/* One feed option (as getopt_long returns it) into a: 1 when it was one,
 * 0 when it is the command's own, -1 for a bad value (said on stderr). */
int cli_feed_opt(cli_feed_args *a, int opt, const char *arg);

/* their entries in a getopt_long table (the includer has <getopt.h>) */
#define CLI_FEED_LONG_OPTIONS                                                  \
    {"feeds", required_argument, NULL, 'F'},                                   \
        {"fetch-articles", no_argument, NULL, 'A'},                            \
        {"timeout", required_argument, NULL, 'T'},                             \
        {"connect-timeout", required_argument, NULL, 'C'},                     \
        {"max-bytes", required_argument, NULL, 'Y'},                           \
        {"max-redirects", required_argument, NULL, 'R'},                       \
        {"retries", required_argument, NULL, 'r'},                             \
        {"host-interval", required_argument, NULL, 'H'},                       \
        {"max-items", required_argument, NULL, 'I'}

/* the lines of the commands' usage that describe them */
#define CLI_FEED_USAGE                                                         \
    "      --feeds FILE      feeds file: one URL a line, or OPML\n"            \
    "      --fetch-articles  code each new item's page (robots.txt\n"          \
    "                        permitting), not the feed's text\n"               \
    "      --timeout SECS    per request (default 30)\n"                       \
    "      --connect-timeout SECS (default 10)\n"                              \
    "      --max-bytes N     per response, k/M suffixes (default 8M)\n"        \
    "      --max-redirects N (default 5)\n"                                    \
    "      --retries N       after a 5xx or time-out, with back-off\n"         \
    "                        (default 2; 0: none)\n"                           \
    "      --host-interval MS after a request before the next to its host\n"  \
    "                        (default 1000; 0: none)\n"   \
    "      --max-items N     items read of one feed (default 1000)\n"

/* Moves the http(s) URLs of args (*n of them) to its end, the other
 * arguments keeping their order; *n becomes the number of the others,
 * and the number of URLs is returned. */
int cli_feeds_split(char **args, int *n);

/* the feed source of a run */
typedef struct cli_feeds cli_feeds;

/* Opens the feed session over the URLs and --feeds files, its state in
 * the store at db (a connection of its own). Prints what fails; NULL
 * then, with *status raised. */
cli_feeds *cli_feeds_open(const cli_feed_args *a, char **urls, int nurls,
                          const char *db, const char *date, int quiet,
                          int *status);
/* The next document of the round, like cli_inputs_next: 1 with *doc, 0
 * at the end; failed feeds are counted as rejected and reported. */
int cli_feeds_next(cli_feeds *c, dyad_doc *doc, cli_tally *t, int *status);
/* Saves the round's feed state (after its documents are stored) and
 * prints its feeds line unless quiet; then a new round can begin. */
void cli_feeds_end_round(cli_feeds *c, int stored_ok, int *status);
void cli_feeds_close(cli_feeds *c);

#endif
