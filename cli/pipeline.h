/*
 * pipeline.h - the one "read, code, store" path of `dyad code` (writing
 * each document's events, and with --db storing them) and `dyad ingest`
 * (skipping what the store holds, storing through the ingest engine).
 */
#ifndef DYAD_CLI_PIPELINE_H
#define DYAD_CLI_PIPELINE_H

#include "feeds.h"
#include "ingest_engine.h"

#include <signal.h>

/* the options `code` and `ingest` share */
typedef struct cli_run_args {
    const char *lexpath, *date, *dbpath;
    int quiet, stats;
    dyad_options opts;
    dyad_put_options put; /* how the store takes documents */
} cli_run_args;

/* One of the shared options (l, d, D, N, E, S, q, and the long-only
 * CLI_OPT_* as getopt returns them) into a: 1 when opt was one, 0 when it
 * is the command's own, -1 for a bad value (the message is printed). */
int cli_run_opt(cli_run_args *a, int opt, const char *arg);
/* The same for the run's and the feeds' options together (ingest, watch):
 * 1 taken, 0 the command's own, -1 a bad value (printed). */
int cli_run_feed_opt(cli_run_args *a, cli_feed_args *f, int opt,
                     const char *arg);

/* long-only shared options */
enum {
    CLI_OPT_NEAR = 0x100,
    CLI_OPT_NO_NEAR,
    CLI_OPT_REPLACE,
    CLI_OPT_MAX_DEPTH,
    CLI_OPT_REPAIR
};

/* their entries in a getopt_long table (the includer has <getopt.h>) */
#define CLI_RUN_LONG_OPTIONS                                                   \
    {"lexicon", required_argument, NULL, 'l'},                                 \
        {"date", required_argument, NULL, 'd'},                                \
        {"db", required_argument, NULL, 'D'},                                  \
        {"keep-negated", no_argument, NULL, 'N'},                              \
        {"keep-embedded", no_argument, NULL, 'E'},                             \
        {"stats", no_argument, NULL, 'S'}, {"quiet", no_argument, NULL, 'q'},  \
        {"near-threshold", required_argument, NULL, CLI_OPT_NEAR},             \
        {"no-near-duplicates", no_argument, NULL, CLI_OPT_NO_NEAR},           \
        {"max-depth", required_argument, NULL, CLI_OPT_MAX_DEPTH},            \
        {"repair-encoding", no_argument, NULL, CLI_OPT_REPAIR}

/* the help lines of the store options both commands have */
#define CLI_RUN_STORE_HELP                                                     \
    "      --max-depth N     directory levels walked (default 16)\n"         \
    "      --repair-encoding read bytes that are not UTF-8 as Windows-1252\n" \
    "                        (default: such a document is rejected)\n"     \
    "      --near-threshold X    similarity (0-1] from which a document is\n"   \
    "                        a near-duplicate of a stored one (default 0.8)\n" \
    "      --no-near-duplicates  store near-duplicates as documents of\n"       \
    "                        their own\n"

/* What a run does with a store and with feeds: the functions of
 * ingest_engine.c and feeds.c, which only dyad-full links. cli_store
 * points at them there (ingest_engine.c) and is NULL in the coding-only
 * dyad (helper.c), whose runs never open a store: main.c hands `code
 * --db` and every storing command to dyad-full. */
typedef struct cli_store_side {
    int (*open)(cli_engine **out, const cli_engine_options *o,
                dyad_error *err);
    int (*is_stored)(cli_engine *e, const dyad_doc *doc, int *stored,
                     dyad_error *err);
    int (*hand_over)(cli_engine *e, const dyad_doc *doc,
                     unsigned long long seq);
    int (*store)(cli_engine *e, dyad_result *res, unsigned long long seq);
    void (*finish)(cli_engine *e, cli_tally *t, int *status,
                   cli_engine_report *rep);
    void (*close)(cli_engine *e);
    int (*feeds_next)(cli_feeds *c, dyad_doc *doc, cli_tally *t,
                      int *status);
} cli_store_side;
extern const cli_store_side *const cli_store;

/* called now and then with what the run has done: bytes read, seconds */
typedef void (*cli_progress_fn)(const cli_tally *t, unsigned long long bytes,
                                double secs, void *ctx);

typedef struct cli_pipeline {
    cli_inputs in;          /* the documents */
    cli_feeds *feeds;       /* then those of feeds and pages, or NULL */
    dyad_coder *coder;      /* this thread's */
    int fmt;                /* dyad_format written to stdout, or -1 */
    int quiet;              /* no per-document messages */
    cli_engine *engine;     /* the store, or NULL */
    cli_progress_fn progress; /* or NULL */
    double progress_every;  /* seconds between two calls */
    void *progress_ctx;
    double t0;              /* the run's start (cli_now) */
    volatile sig_atomic_t *stop; /* set (Ctrl-C): read no further; or NULL */
    size_t written;         /* events written so far (GeoJSON's commas) */
    int jobs;               /* threads that code (jobs.c); 0 or 1: this
                               one, with coder */
    const dyad_lexicon *lex; /* for the workers' coders */
    const dyad_options *opts;
    int ran_jobs;           /* out: threads that coded (jobs.c, this one
                               among them), or 0 */
    double jobs_cpu;        /* out: their CPU seconds of coding together */
    double jobs_cpu_max;    /* out: the CPU seconds of the busiest */
    int timed;              /* measure jobs_main_cpu (--stats) */
    double jobs_main_cpu;   /* out: this thread's coding, in jobs_cpu */
} cli_pipeline;

/* most threads --jobs starts */
#define CLI_JOBS_MAX 64

/* --jobs by default: the online cores, at most CLI_JOBS_MAX */
int cli_default_jobs(void);

/* input files smaller than this together are coded on one thread by
 * default: starting the workers and their coders costs more than they
 * save (about a millisecond, against ~5 ms to code 64 KiB) */
#define CLI_JOBS_SMALL_BYTES (64u << 10)

/* --jobs of `code` by default for these inputs: 1 when every one is a
 * regular file and they hold less than CLI_JOBS_SMALL_BYTES together,
 * else cli_default_jobs() */
int cli_default_jobs_for(char *const *paths, int npaths);

/* Reads every document; skips those the store holds; codes the others;
 * writes their events in fmt; stores them. Stops early when the output
 * or the store fails or memory runs out (*status says so), closes the
 * inputs, and ends the engine's run into *rep (zeroed without a store). */
void cli_pipeline_run(cli_pipeline *p, cli_tally *t, int *status,
                      cli_engine_report *rep);

/* The documents of p->in read, written, stored and counted as
 * cli_pipeline_run does, but coded on p->jobs worker threads (jobs.c);
 * without feeds. -1 when not one worker could start (nothing was read). */
int cli_pipeline_run_jobs(cli_pipeline *p, cli_tally *t, int *status);

#endif
