/*
 * cmd_ingest.c - `dyad ingest`: codes documents and stores them, batched
 * and resumable, through the shared pipeline and the ingest engine (a
 * writer thread), coding on --jobs threads (jobs.c); a progress bar on
 * a terminal, a summary with the store's counts at the end (docs/store.md), also after Ctrl-C, which
 * stops the reading and commits what was coded.
 */
#define _GNU_SOURCE
#include "cmd.h"
#include "pipeline.h"

#include <getopt.h>
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* --bulk: documents per transaction, and the longest time between two
 * commits (docs/store.md, "Bulk ingest"): at 20x the corpus, one copy
 * more went in at about half the time per document of batches of 500
 * committed every second, and with batches of 50,000 at 1.46 and 1.50
 * times the CPU a document of a copy into an empty store, against 1.56
 * with 10,000 (two series: a large store's randomly keyed indexes have
 * nearly every page changed by a batch of either size; docs/scale.md,
 * "schema 12") */
#define BULK_BATCH 50000
#define BULK_COMMIT_SECS 60.0

static void ingest_usage(FILE *f)
{
    fprintf(f,
            "usage: dyad ingest [options] [FILE|DIR|URL|-]...\n"
            "  -D, --db FILE         the event store (default dyad.db)\n"
            "  -l, --lexicon FILE    compiled lexicon (dyad.lexb)\n"
            "  -d, --date DATE       date (YYYY-MM-DD) of text files without one\n"
            "      --batch N         documents per transaction (default 500)\n"
            "      --bulk            large batches for loading much at once:\n"
            "                        50000 documents (or --batch N) and a\n"
            "                        commit at least every minute, not every\n"
            "                        second; a crash loses the open batch\n"
            "      --max-doc-bytes N reject larger documents (default 8M)\n"
            "      --keep-negated    store negated events with status negated\n"
            "      --keep-embedded   store events told in a subordinate clause or\n"
            "                        a request, with status embedded\n"
            "      --replace         a stored id read with another text is\n"
            "                        replaced (default: the stored one is kept)\n"
            CLI_RUN_STORE_HELP
            "      --no-progress     no progress bar, even on a terminal\n"
            "  -j, --jobs N          threads that code (default: the cores, at\n"
            "                        most 64); the store and the summary as\n"
            "                        with one; feeds are coded on one\n"
            "      --single-thread   code and store on one thread\n"
            "      --stats           print throughput (documents/s, events/s)\n"
            "  -q, --quiet           no per-document messages, no summary\n"
            "feeds and pages (http and https URLs, docs/feeds.md):\n"
            CLI_FEED_USAGE);
}

/* the options of `dyad ingest` */
typedef struct ingest_args {
    cli_run_args run; /* those code has too */
    cli_feed_args feed; /* those watch has too */
    size_t batch;
    int batch_set, bulk; /* --batch given; --bulk */
    int no_progress, single;
    size_t jobs; /* --jobs, or 0: the cores */
} ingest_args;

/* Parses the options; -1 to go on, else the exit code. */
static int parse_ingest_args(int argc, char **argv, ingest_args *a)
{
    static const struct option lo[] = {
        CLI_RUN_LONG_OPTIONS,
        CLI_FEED_LONG_OPTIONS,
        {"batch", required_argument, NULL, 'B'},
        {"max-doc-bytes", required_argument, NULL, 'M'},
        {"no-progress", no_argument, NULL, 'P'},
        {"single-thread", no_argument, NULL, '1'},
        {"jobs", required_argument, NULL, 'j'},
        {"replace", no_argument, NULL, CLI_OPT_REPLACE},
        {"bulk", no_argument, NULL, 'K'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0}};
    int opt;
    optind = 1;
    while ((opt = getopt_long(argc, argv, "D:l:d:j:qh", lo, NULL)) != -1) {
        int r = cli_run_feed_opt(&a->run, &a->feed, opt, optarg);
        if (r < 0)
            return EX_USAGE;
        if (r)
            continue;
        switch (opt) {
        case 'B':
            if (cli_parse_count(optarg, &a->batch, 100000000ULL, 0)) {
                fprintf(stderr, "dyad ingest: bad --batch '%s'\n", optarg);
                return EX_USAGE;
            }
            a->batch_set = 1;
            break;
        case 'K':
            a->bulk = 1;
            break;
        case 'M':
            if (cli_parse_count(optarg, &a->run.opts.max_doc_bytes,
                                100000000ULL, 0)) {
                fprintf(stderr, "dyad ingest: bad --max-doc-bytes '%s'\n",
                        optarg);
                return EX_USAGE;
            }
            break;
        case 'P':
            a->no_progress = 1;
            break;
        case '1':
            a->single = 1;
            break;
        case 'j':
            if (cli_parse_count(optarg, &a->jobs, CLI_JOBS_MAX, 0)) {
                fprintf(stderr, "dyad ingest: bad --jobs '%s' (1 to %d)\n",
                        optarg, CLI_JOBS_MAX);
                return EX_USAGE;
            }
            break;
        case CLI_OPT_REPLACE:
            a->run.put.flags |= DYAD_PUT_F_REPLACE;
            break;
        case 'h':
            ingest_usage(stdout);
            return EX_OK;
        default:
            ingest_usage(stderr);
            return EX_USAGE;
        }
    }
    if (a->single && a->jobs > 1) {
        fprintf(stderr, "dyad ingest: --single-thread codes on one thread: "
                        "not with --jobs %zu\n", a->jobs);
        return EX_USAGE;
    }
    return -1;
}

/* set by the first SIGINT or SIGTERM: read no further, commit, report */
static volatile sig_atomic_t interrupted;

static void on_interrupt(int sig)
{
    interrupted = sig;
    signal(sig, SIG_DFL); /* a second one ends the process at once */
}

/* Ctrl-C and kill stop the run between documents (a blocking read is
 * interrupted: no SA_RESTART) */
static void catch_interrupts(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_interrupt;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
}

static unsigned long long input_bytes(char **inputs, int n)
{
    unsigned long long total = 0;
    for (int i = 0; i < n; i++) {
        struct stat sb;
        if (strcmp(inputs[i], "-") == 0 || stat(inputs[i], &sb) != 0 ||
            !S_ISREG(sb.st_mode))
            return 0; /* unknown: no ETA */
        total += (unsigned long long)sb.st_size;
    }
    return total;
}

/* the progress bar on a terminal: how much of the input is done (when
 * its size is known: ctx points to it), throughput and an ETA */
static void ingest_progress(const cli_tally *t, unsigned long long done,
                            double secs, void *ctx)
{
    unsigned long long total = *(const unsigned long long *)ctx;
    double mbs = secs > 0 ? (double)done / 1e6 / secs : 0;
    char bar[32] = "", eta[32] = "";
    if (total) {
        double f = (double)done / (double)total;
        if (f > 1)
            f = 1;
        int w = (int)(f * 20 + 0.5);
        bar[0] = '[';
        for (int i = 0; i < 20; i++)
            bar[1 + i] = i < w ? '#' : '.';
        snprintf(bar + 21, sizeof bar - 21, "] %3.0f%%", f * 100);
        if (done > 0 && f < 1) {
            double rest = secs * ((double)total - (double)done) / (double)done;
            snprintf(eta, sizeof eta, " ETA %d:%02d", (int)rest / 60,
                     (int)rest % 60);
        }
    }
    fprintf(stderr,
            "\r%s %llu documents (%llu skipped), %.1f MB/s, %llu events%s"
            "\033[K",
            bar, t->docs, t->skipped, mbs, t->events, eta);
}

/* the summary: documents of this run, the store's counts */
static void ingest_summary(const ingest_args *a, const cli_tally *t,
                           cli_engine *engine)
{
    if (!a->run.quiet || interrupted) {
        dyad_store_counts c;
        dyad_error err;
        memset(&c, 0, sizeof c);
        cli_tally_print(t, 1, stderr);
        if (dyad_store_get_counts(&c, cli_engine_store_handle(engine),
                                  &err) == 0)
            fprintf(stderr,
                    "dyad: %s: %llu already stored (skipped); the store holds "
                    "%lld documents, %lld events from %lld mentions\n",
                    a->run.dbpath, t->skipped, c.documents, c.events, c.mentions);
    }
}

/* --stats, after the store is closed: the time includes the last commit
 * and the checkpoint that closing the store runs */
static void ingest_stats(const ingest_args *a, const cli_tally *t,
                         const cli_engine_report *rep, const cli_pipeline *p)
{
    if (!a->run.stats)
        return;
    double secs = cli_now() - p->t0;
    fprintf(stderr,
            "dyad: stats: %.2f MB in %.3f s = %.2f MB/s, %llu documents "
            "= %.0f documents/s, %llu events = %.0f events/s, peak RSS "
            "%.1f MB\n",
            (double)t->bytes / 1e6, secs,
            secs > 0 ? (double)t->bytes / 1e6 / secs : 0.0, t->docs,
            secs > 0 ? (double)t->docs / secs : 0.0, t->events,
            secs > 0 ? (double)t->events / secs : 0.0, cli_peak_rss_mb());
    if (p->ran_jobs && rep->threaded)
        fprintf(stderr,
                "dyad: stats: CPU: reading and closing %.3f s, coding (%d "
                "threads) %.3f s, storing (writer thread) %.3f s\n",
                cli_thread_cpu() - p->jobs_main_cpu, p->ran_jobs, p->jobs_cpu,
                rep->writer_cpu);
    else if (p->ran_jobs)
        fprintf(stderr,
                "dyad: stats: CPU: reading and storing %.3f s, coding (%d "
                "threads) %.3f s\n",
                cli_thread_cpu() - p->jobs_main_cpu, p->ran_jobs,
                p->jobs_cpu);
    else if (rep->threaded)
        fprintf(stderr,
                "dyad: stats: CPU: reading and coding %.3f s, storing "
                "(writer thread) %.3f s, which also coded %llu "
                "documents\n",
                cli_thread_cpu(), rep->writer_cpu, rep->writer_docs);
}

int cmd_ingest(int argc, char **argv)
{
    ingest_args a = {.run = {NULL, NULL, "dyad.db", 0, 0, DYAD_OPTIONS_INIT,
                             DYAD_PUT_OPTIONS_INIT},
                     .batch = 500};
    int rc = parse_ingest_args(argc, argv, &a);
    if (rc >= 0)
        return rc;
    if (a.bulk && !a.batch_set)
        a.batch = BULK_BATCH;
    dyad_lexicon *lx = cli_load_lexicon(a.run.lexpath);
    if (!lx)
        return EX_IO;
    int status = EX_OK;
    char *stdin_only[] = {"-"};
    char **inputs = optind < argc ? argv + optind : stdin_only;
    int ninputs = optind < argc ? argc - optind : 1;
    /* http(s) URLs and --feeds files go to the feed source (feeds.c) */
    int nurls = cli_feeds_split(inputs, &ninputs);
    cli_feeds *feeds = NULL;
    if ((nurls || a.feed.nlists) &&
        !(feeds = cli_feeds_open(&a.feed, inputs + ninputs, nurls,
                                 a.run.dbpath, a.run.date, a.run.quiet,
                                 &status))) {
        dyad_lexicon_free(lx);
        return status;
    }
    if (feeds && optind >= argc)
        ninputs = 0; /* --feeds alone reads no standard input */
    dyad_coder *coder = NULL;
    cli_engine *engine = NULL;
    dyad_error err;
    memset(&err, 0, sizeof err);
    cli_engine_options eo = {a.run.dbpath, a.batch, !a.single, 1,
                             a.run.quiet, lx, &a.run.opts, a.run.put,
                             a.bulk ? BULK_COMMIT_SECS : 0};
    if (dyad_coder_new(&coder, lx, &a.run.opts, &err) ||
        cli_engine_open(&engine, &eo, &err)) {
        cli_error(&err);
        cli_feeds_close(feeds);
        dyad_coder_free(coder);
        dyad_lexicon_free(lx);
        return EX_IO;
    }
    unsigned long long total = input_bytes(inputs, ninputs);
    int tty = isatty(2) && !a.run.quiet && !a.no_progress;
    cli_pipeline p = {
        .in = {.paths = inputs, .npaths = ninputs, .opts = &a.run.opts,
               .date = a.run.date, .quiet = a.run.quiet},
        .feeds = feeds,
        .coder = coder, .fmt = -1, .quiet = a.run.quiet, .engine = engine,
        .progress = tty ? ingest_progress : NULL, .progress_every = 0.2,
        .progress_ctx = &total, .t0 = cli_now(), .stop = &interrupted,
        .jobs = a.single ? 1 : a.jobs ? (int)a.jobs : cli_default_jobs(),
        .lex = lx, .opts = &a.run.opts, .timed = a.run.stats};
    cli_tally t;
    cli_engine_report rep;
    memset(&t, 0, sizeof t);
    catch_interrupts();
    cli_pipeline_run(&p, &t, &status, &rep);
    if (rep.failed) {
        cli_error(&rep.err);
        fprintf(stderr,
                "dyad: %s: not stored: %llu documents in input order from "
                "'%s' on, and any not yet read; everything before is "
                "committed, and a rerun stores the rest\n",
                a.run.dbpath, rep.lost, rep.first_lost);
        status = EX_IO;
    }
    if (tty && cli_now() - p.t0 > 0.2)
        fprintf(stderr, "\r\033[K");
    if (interrupted) {
        /* the summary below counts what was committed: a rerun stores
         * the rest */
        fprintf(stderr, "dyad: interrupted (%s) after %llu documents; every "
                        "document coded before was committed\n",
                interrupted == SIGINT ? "Ctrl-C" : "SIGTERM", t.docs);
        if (status == EX_OK)
            status = 128 + (int)interrupted;
    }
    ingest_summary(&a, &t, engine);
    if (feeds)
        cli_feeds_end_round(feeds, !rep.failed, &status);
    cli_feeds_close(feeds);
    cli_engine_close(engine);
    ingest_stats(&a, &t, &rep, &p);
    dyad_coder_free(coder);
    dyad_lexicon_free(lx);
    return status;
}
