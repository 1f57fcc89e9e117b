/*
 * cmd_watch.c - `dyad watch`: ingests feeds and pages in rounds, every
 * --interval seconds, each round storing only what is new (the feed
 * state in the store) and printing its summary; SIGINT or SIGTERM ends
 * it cleanly: the round in progress stops fetching, stores what it has,
 * saves the feed state, and the totals are printed (docs/feeds.md).
 */
#define _GNU_SOURCE
#include "cmd.h"
#include "pipeline.h"

#include <getopt.h>
#include <signal.h>
#include <string.h>
#include <time.h>

static volatile sig_atomic_t stop_signal; /* the signal that came, or 0 */

static void on_signal(int sig)
{
    stop_signal = sig;
}

static int should_stop(void *ctx)
{
    (void)ctx;
    return stop_signal != 0;
}

static void watch_usage(FILE *f)
{
    fprintf(f,
            "usage: dyad watch [options] [URL]... [--feeds FILE]\n"
            "  -D, --db FILE         the event store (default dyad.db)\n"
            "  -l, --lexicon FILE    compiled lexicon (dyad.lexb)\n"
            "  -d, --date DATE       date of items without a readable one\n"
            "  -i, --interval SECS   between the starts of two rounds\n"
            "                        (default 900)\n"
            "      --rounds N        stop after N rounds (default: at a\n"
            "                        signal)\n"
            "      --keep-negated    store negated events with status negated\n"
            "      --keep-embedded   store embedded events\n"
            CLI_RUN_STORE_HELP
            "  -q, --quiet           no per-document messages, no summaries\n"
            "SIGINT or SIGTERM ends the round in progress and the watch.\n"
            CLI_FEED_USAGE);
}

typedef struct watch_args {
    cli_run_args run;
    cli_feed_args feed;
    long interval_ms;
    size_t rounds; /* 0: until a signal */
} watch_args;

static int parse_watch_args(int argc, char **argv, watch_args *a)
{
    static const struct option lo[] = {
        CLI_RUN_LONG_OPTIONS,
        CLI_FEED_LONG_OPTIONS,
        {"interval", required_argument, NULL, 'i'},
        {"rounds", required_argument, NULL, 'n'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0}};
    int opt;
    size_t n;
    optind = 1;
    while ((opt = getopt_long(argc, argv, "D:l:d:i:qh", lo, NULL)) != -1) {
        int r = cli_run_feed_opt(&a->run, &a->feed, opt, optarg);
        if (r < 0)
            return EX_USAGE;
        if (r)
            continue;
        switch (opt) {
        case 'i':
            if (cli_parse_count(optarg, &n, 7 * 86400, 0)) {
                fprintf(stderr, "dyad watch: bad --interval '%s'\n", optarg);
                return EX_USAGE;
            }
            a->interval_ms = (long)n * 1000;
            break;
        case 'n':
            if (cli_parse_count(optarg, &a->rounds, 1000000000, 0)) {
                fprintf(stderr, "dyad watch: bad --rounds '%s'\n", optarg);
                return EX_USAGE;
            }
            break;
        case 'h':
            watch_usage(stdout);
            return EX_OK;
        default:
            watch_usage(stderr);
            return EX_USAGE;
        }
    }
    return -1;
}

/* sleeps until `until` (cli_now seconds) or a signal */
static void wait_until(double until)
{
    while (!stop_signal && cli_now() < until) {
        struct timespec ts = {0, 100000000L};
        nanosleep(&ts, NULL);
    }
}

/* One round: the feeds' new documents coded and stored; its tally into
 * *t. 0, or -1 when the store failed. */
static int one_round(const watch_args *a, const dyad_lexicon *lx,
                     dyad_coder *coder, cli_feeds *feeds, cli_tally *t,
                     int *status, dyad_store_counts *counts)
{
    cli_engine *engine = NULL;
    dyad_error err;
    memset(&err, 0, sizeof err);
    cli_engine_options eo = {a->run.dbpath, 500, 0, 1, a->run.quiet, lx,
                             &a->run.opts, a->run.put, 0};
    if (cli_engine_open(&engine, &eo, &err)) {
        cli_error(&err);
        *status = EX_IO;
        return -1;
    }
    cli_pipeline p = {.feeds = feeds, .coder = coder, .fmt = -1,
                      .quiet = a->run.quiet, .engine = engine,
                      .t0 = cli_now()};
    cli_engine_report rep;
    cli_pipeline_run(&p, t, status, &rep);
    if (rep.failed) {
        cli_error(&rep.err);
        *status = EX_IO;
    }
    if (!a->run.quiet) {
        /* the round's documents, each counted once (docs/input.md) */
        cli_tally_print(t, 1, stderr);
        fprintf(stderr, "dyad: %llu already stored (skipped)\n", t->skipped);
    }
    cli_feeds_end_round(feeds, !rep.failed, status);
    dyad_store_get_counts(counts, cli_engine_store_handle(engine), &err);
    cli_engine_close(engine);
    return rep.failed ? -1 : 0;
}

static void install_handlers(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal; /* no SA_RESTART: waits end at once */
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
}

/* the last line: why it stopped, and what all the rounds did */
static void watch_summary(size_t rounds, const cli_tally *total,
                          const dyad_store_counts *counts)
{
    fprintf(stderr,
            "dyad: watch: stopped %s after %zu rounds: %llu documents "
            "(%llu rejected), %llu events; the store holds %lld "
            "documents, %lld events\n",
            stop_signal == SIGINT    ? "by SIGINT"
            : stop_signal == SIGTERM ? "by SIGTERM"
                                     : "as asked",
            rounds, total->docs - total->skipped, total->rejected,
            total->events,
            counts->documents, counts->events);
}

int cmd_watch(int argc, char **argv)
{
    watch_args a = {.run = {NULL, NULL, "dyad.db", 0, 0, DYAD_OPTIONS_INIT,
                            DYAD_PUT_OPTIONS_INIT},
                    .interval_ms = 900000};
    int rc = parse_watch_args(argc, argv, &a);
    if (rc >= 0)
        return rc;
    int nurls = argc - optind;
    for (int i = optind; i < argc; i++)
        if (!dyad_is_url(argv[i])) {
            fprintf(stderr, "dyad watch: '%s' is not an http(s) URL (files "
                            "go to dyad ingest)\n", argv[i]);
            return EX_USAGE;
        }
    if (nurls == 0 && a.feed.nlists == 0) {
        watch_usage(stderr);
        return EX_USAGE;
    }
    stop_signal = 0;
    install_handlers();
    a.feed.o.should_stop = should_stop;
    int status = EX_OK;
    dyad_lexicon *lx = cli_load_lexicon(a.run.lexpath);
    if (!lx)
        return EX_IO;
    dyad_coder *coder = NULL;
    dyad_error err;
    memset(&err, 0, sizeof err);
    if (dyad_coder_new(&coder, lx, &a.run.opts, &err)) {
        cli_error(&err);
        dyad_lexicon_free(lx);
        return EX_IO;
    }
    cli_feeds *feeds = cli_feeds_open(&a.feed, argv + optind, nurls,
                                      a.run.dbpath, a.run.date, a.run.quiet,
                                      &status);
    cli_tally total;
    memset(&total, 0, sizeof total);
    dyad_store_counts counts;
    memset(&counts, 0, sizeof counts);
    size_t rounds = 0;
    while (feeds && !stop_signal) {
        double start = cli_now();
        cli_tally t;
        memset(&t, 0, sizeof t);
        rounds++;
        if (!a.run.quiet)
            fprintf(stderr, "dyad: watch: round %zu\n", rounds);
        int failed = one_round(&a, lx, coder, feeds, &t, &status, &counts);
        cli_tally_add(&total, &t);
        if (failed || (a.rounds && rounds >= a.rounds))
            break;
        wait_until(start + (double)a.interval_ms / 1000.0);
    }
    if (!a.run.quiet && feeds)
        watch_summary(rounds, &total, &counts);
    cli_feeds_close(feeds);
    dyad_coder_free(coder);
    dyad_lexicon_free(lx);
    return status;
}
