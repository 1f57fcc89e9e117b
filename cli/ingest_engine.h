/*
 * ingest_engine.h - storing coded documents for `dyad ingest` and
 * `dyad code --db`: the store connection and its batches, the "already
 * stored?" look-up that lets a rerun skip documents, and for ingest a
 * writer thread that stores (and codes, when it would wait) while the
 * main thread reads and codes (docs/store.md, "Safety").
 */
#ifndef DYAD_CLI_INGEST_ENGINE_H
#define DYAD_CLI_INGEST_ENGINE_H

#include "cli.h"

typedef struct cli_engine cli_engine;

typedef struct cli_engine_options {
    const char *db;            /* the store's file */
    size_t batch;              /* documents per transaction; 0: each
                                  document in its own (code --db) */
    int threaded;              /* a writer thread with its own coder */
    int skip_stored;           /* look each document up first, and skip
                                  those the store holds (ingest) */
    int quiet;                 /* no messages from the writer's coding */
    const dyad_lexicon *lex;   /* for the writer's coder */
    const dyad_options *opts;
    dyad_put_options put;      /* identity rules: DYAD_PUT_F_REPLACE (last
                                  wins) or not (first wins), near
                                  duplicates */
    double commit_secs;        /* a batch is committed at least this often
                                  (seconds); 0: every second */
} cli_engine_options;

/* How the engine ended, for the command's last messages. */
typedef struct cli_engine_report {
    int failed;                   /* a write failed: documents were lost */
    dyad_error err;               /* why */
    char first_lost[256];         /* the first document not stored */
    unsigned long long lost;      /* coded documents not stored */
    int threaded;                 /* the writer thread ran */
    double writer_cpu;            /* its CPU seconds */
    unsigned long long writer_docs; /* documents it coded */
} cli_engine_report;

/* Opens the store (and begins a batch, and a second connection for the
 * look-ups of a threaded run) and starts the writer thread; without a
 * thread (it could not start, or threaded is 0) the caller's thread does
 * everything. DYAD_E* with err filled on failure. */
int cli_engine_open(cli_engine **out, const cli_engine_options *o,
                    dyad_error *err);
/* Sets *stored to 1 when doc is in the store (its key with the same text)
 * and to be skipped without coding; 0 or the error (err filled). A
 * document it does not skip is decided by the store, in input order
 * (dyad_store_put), and counted by that outcome. */
int cli_engine_is_stored(cli_engine *e, const dyad_doc *doc, int *stored,
                         dyad_error *err);
/* Hands doc to the writer thread to code itself when it has little to
 * do: 1 handed over, 0 when the caller is to code it, -1 when the store
 * has failed. */
int cli_engine_hand_over(cli_engine *e, const dyad_doc *doc,
                         unsigned long long seq);
/* Stores a coded result (the seq-th input), or queues it for the writer;
 * takes res. 0, or -1 once the store has failed. */
int cli_engine_store(cli_engine *e, dyad_result *res, unsigned long long seq);
/* Ends the run: stops the writer thread, adds what it coded and what the
 * store did with each document to *t and its status to *status, commits
 * the last batch, and fills *rep. */
void cli_engine_finish(cli_engine *e, cli_tally *t, int *status,
                       cli_engine_report *rep);
/* the store, for its counts at the end */
dyad_store *cli_engine_store_handle(cli_engine *e);
/* Closes the store (committing an open batch); after cli_engine_finish. */
void cli_engine_close(cli_engine *e);

#endif
