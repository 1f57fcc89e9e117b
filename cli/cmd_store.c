/*
 * cmd_store.c - the event store commands: `dyad ingest` (code and store,
 * batched, resumable, with a progress bar on a terminal), `dyad query`,
 * `dyad stats`, `dyad export` and `dyad plot`. Front-end only: options in,
 * dyad_store_* calls, exit codes out (docs/man/dyad.1).
 */
#define _GNU_SOURCE
#include "cli.h"

#include "dyad_tools.h"

#include <getopt.h>
#include <stdint.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#if defined(__SANITIZE_ADDRESS__)
/* fontconfig (under cairo's text calls) keeps process-wide caches that
 * only FcFini frees, and a library must not call FcFini (other code in the
 * process may use fontconfig): tell LeakSanitizer they are not leaks. */
const char *__lsan_default_suppressions(void);
const char *__lsan_default_suppressions(void)
{
    return "leak:libfontconfig\n";
}
#endif

/* ------------------------------------------------------------- ingest */

static void ingest_usage(FILE *f)
{
    fprintf(f,
            "usage: dyad ingest [options] [FILE|DIR|-]...\n"
            "  -D, --db FILE         the event store (default dyad.db)\n"
            "  -l, --lexicon FILE    compiled lexicon (dyad.lexb)\n"
            "  -d, --date DATE       date (YYYY-MM-DD) of text files without one\n"
            "      --batch N         documents per transaction (default 500)\n"
            "      --max-doc-bytes N reject larger documents (default 8M)\n"
            "      --keep-negated    store negated events with status negated\n"
            "      --no-progress     no progress bar, even on a terminal\n"
            "      --single-thread   code and store on one thread\n"
            "      --stats           print throughput (documents/s, events/s)\n"
            "  -q, --quiet           no per-document messages, no summary\n");
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

static void progress(const cli_tally *t, unsigned long long done,
                     unsigned long long total, double secs)
{
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
    fprintf(stderr, "\r%s %llu documents (%llu skipped), %.1f MB/s, %llu events%s\033[K",
            bar, t->docs, t->skipped, mbs, t->events, eta);
}

/* The storing side of ingest: a thread that owns the store, fed coded
 * results through a bounded queue, so that coding and SQLite work overlap.
 * It commits every `batch` documents and at least once a second. */
#define QUEUE_CAP 256
/* The threads wake each other in batches, not once per document: an idle
 * writer is woken when WAKE_AT results wait (or after WAKE_MS), a blocked
 * coder when the queue is half empty. */
#define WAKE_AT 32
#define WAKE_MS 20
/* Coding is the slower stage: while fewer than RAW_BELOW items wait, the
 * writer is given the document itself and codes it with its own coder
 * (its spare time codes documents too). The queue stays in input order. */
#define RAW_BELOW 4

/* a document handed over uncoded: a copy of its fields in one buffer */
typedef struct raw_doc {
    dyad_doc doc;
    char buf[];
} raw_doc;

/* an item of the queue: a coded result, or a document to code */
typedef struct work {
    dyad_result *res;
    raw_doc *raw;
} work;

typedef struct writer {
    pthread_mutex_t mu;
    pthread_cond_t not_empty, not_full;
    work items[QUEUE_CAP];
    size_t head, count;
    dyad_coder *coder;  /* the writer's own, for raw documents; or NULL */
    cli_tally t;        /* what the writer coded */
    int status, quiet;  /* exit status of its coding; --quiet */
    int writer_idle, coder_blocked;
    /* stored results on their way back to the coding thread, which frees
     * them: memory goes back to the allocator of the thread that took it,
     * and the two threads do not contend for one malloc arena */
    dyad_result *done[QUEUE_CAP];
    size_t ndone;
    int closed, failed;
    dyad_store *store;
    size_t batch;
    dyad_error err;
    size_t in_batch;             /* documents in the open batch */
    double last_commit;
    char first_lost[256];        /* first document of the open batch */
    unsigned long long lost;     /* documents not stored after a failure */
    double cpu;                  /* the thread's CPU seconds, at its end */
} writer;

static double thread_cpu(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* the open batch rolled back: it and every document after it are lost */
static void writer_fail(writer *w)
{
    pthread_mutex_lock(&w->mu);
    w->lost += w->in_batch;
    w->in_batch = 0;
    w->failed = 1;
    pthread_cond_broadcast(&w->not_full);
    pthread_mutex_unlock(&w->mu);
}

/* Stores one coded document in the open batch and commits every `batch`
 * documents and at least once a second; after a failure it only counts
 * the document as not stored. Runs on the writer thread, or on the only
 * thread with --single-thread. The caller frees res. */
static void writer_store(writer *w, const dyad_result *res)
{
    if (w->failed) { /* written only here and in writer_fail */
        w->lost++;
        return;
    }
    if (w->in_batch++ == 0) {
        const dyad_doc *d = dyad_result_doc(res);
        snprintf(w->first_lost, sizeof w->first_lost, "%s",
                 d && d->id ? d->id : "?");
    }
    /* an id repeated within one run replaces its first copy: the store
     * still holds each document once */
    int rc = dyad_store_add(w->store, res, &w->err);
    double tn = cli_now();
    if (!rc && (w->in_batch >= w->batch || tn - w->last_commit > 1.0)) {
        rc = dyad_store_commit(w->store, &w->err);
        if (!rc) {
            w->in_batch = 0;
            rc = dyad_store_begin(w->store, &w->err);
        }
        w->last_commit = tn;
    }
    if (rc)
        writer_fail(w);
}

/* commits the last batch once no document is coming */
static void writer_finish(writer *w)
{
    if (!w->failed && dyad_store_commit(w->store, &w->err))
        writer_fail(w);
}

static void *writer_main(void *arg)
{
    writer *w = arg;
    for (;;) {
        pthread_mutex_lock(&w->mu);
        while (w->count == 0 && !w->closed) {
            struct timespec until;
            clock_gettime(CLOCK_MONOTONIC, &until);
            until.tv_nsec += WAKE_MS * 1000000L;
            if (until.tv_nsec >= 1000000000L) {
                until.tv_sec++;
                until.tv_nsec -= 1000000000L;
            }
            w->writer_idle = 1;
            pthread_cond_timedwait(&w->not_empty, &w->mu, &until);
            w->writer_idle = 0;
        }
        if (w->count == 0) {
            pthread_mutex_unlock(&w->mu);
            break;
        }
        work it = w->items[w->head];
        w->head = (w->head + 1) % QUEUE_CAP;
        if (--w->count <= QUEUE_CAP / 2 && w->coder_blocked) {
            w->coder_blocked = 0;
            pthread_cond_signal(&w->not_full);
        }
        pthread_mutex_unlock(&w->mu);
        dyad_result *res = it.res;
        if (it.raw) {
            /* a rejected document is reported and counted, not stored */
            int rc = w->failed ? 0
                               : cli_code_doc(&res, w->coder, &it.raw->doc,
                                              &w->t, w->quiet, &w->status);
            free(it.raw);
            if (rc == DYAD_ENOMEM) {
                writer_fail(w);
                continue;
            }
            if (rc || !res) {
                if (w->failed)
                    w->lost++;
                continue;
            }
            writer_store(w, res);
            dyad_result_free(res); /* this thread made it */
            continue;
        }
        writer_store(w, res);
        pthread_mutex_lock(&w->mu);
        if (w->ndone < QUEUE_CAP) {
            w->done[w->ndone++] = res;
            res = NULL;
        }
        pthread_mutex_unlock(&w->mu);
        dyad_result_free(res); /* the return queue is full */
    }
    w->cpu = thread_cpu();
    return NULL;
}

/* frees the results the writer has stored (on the coding thread) */
static void writer_reclaim(writer *w)
{
    dyad_result *done[QUEUE_CAP];
    pthread_mutex_lock(&w->mu);
    size_t n = w->ndone;
    memcpy(done, w->done, n * sizeof *done);
    w->ndone = 0;
    pthread_mutex_unlock(&w->mu);
    for (size_t i = 0; i < n; i++)
        dyad_result_free(done[i]);
}

/* The keys of the documents this run has read, as 64-bit hashes in a
 * fixed table: a document whose hash is there may repeat one already
 * stored and is looked up (an exact answer, which a hash is not); the
 * others are not. When the table is half full, every later document is
 * looked up, so memory stays bounded (8 MiB). */
#define SEEN_SLOTS (1u << 20)

typedef struct seen_set {
    uint64_t *slots; /* 0: empty */
    size_t n;
    int full;
} seen_set;

static uint64_t doc_hash(const dyad_doc *d)
{
    const char *p = d->id && d->id[0] ? d->id : d->text;
    size_t n = d->id && d->id[0] ? strlen(d->id) : d->text_len;
    uint64_t h = 1469598103934665603ull ^ (uint64_t)(d->id && d->id[0]);
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)p[i]) * 1099511628211ull;
    return h ? h : 1;
}

/* adds h; 1 when it may have been seen before (or the table is full) */
static int seen_add(seen_set *s, uint64_t h)
{
    if (s->full)
        return 1;
    if (!s->slots && !(s->slots = calloc(SEEN_SLOTS, sizeof *s->slots))) {
        s->full = 1;
        return 1;
    }
    size_t i = (size_t)(h & (SEEN_SLOTS - 1));
    while (s->slots[i]) {
        if (s->slots[i] == h)
            return 1;
        i = (i + 1) & (SEEN_SLOTS - 1);
    }
    s->slots[i] = h;
    if (++s->n >= SEEN_SLOTS / 2)
        s->full = 1;
    return 0;
}

/* Queues an item once there is room, and wakes an idle writer (at once,
 * or when WAKE_AT items wait); -1 when the writer has failed */
static int writer_enqueue(writer *w, work it, int wake_now)
{
    pthread_mutex_lock(&w->mu);
    while (w->count == QUEUE_CAP && !w->failed) {
        w->coder_blocked = 1;
        pthread_cond_wait(&w->not_full, &w->mu);
    }
    if (w->failed) {
        pthread_mutex_unlock(&w->mu);
        return -1;
    }
    w->items[(w->head + w->count) % QUEUE_CAP] = it;
    if ((++w->count >= WAKE_AT || wake_now) && w->writer_idle) {
        w->writer_idle = 0;
        pthread_cond_signal(&w->not_empty);
    }
    pthread_mutex_unlock(&w->mu);
    return 0;
}

/* Hands the document itself to the writer when it has little to do:
 * 1 when handed over, 0 when the caller is to code it, -1 when the writer
 * has failed. */
static int writer_push_doc(writer *w, const dyad_doc *d)
{
    if (!w->coder)
        return 0;
    pthread_mutex_lock(&w->mu);
    int take = w->count < RAW_BELOW && !w->failed;
    pthread_mutex_unlock(&w->mu);
    if (!take)
        return w->failed ? -1 : 0;
    const char *f[5] = {d->id, d->date, d->source, d->url, d->title};
    size_t n = d->text_len + 1;
    for (int i = 0; i < 5; i++)
        n += f[i] ? strlen(f[i]) + 1 : 0;
    raw_doc *r = malloc(sizeof *r + n);
    if (!r)
        return 0; /* code it here */
    char *p = r->buf;
    const char **to[5] = {&r->doc.id, &r->doc.date, &r->doc.source,
                          &r->doc.url, &r->doc.title};
    for (int i = 0; i < 5; i++) {
        *to[i] = NULL;
        if (f[i]) {
            size_t k = strlen(f[i]) + 1;
            memcpy(p, f[i], k);
            *to[i] = p;
            p += k;
        }
    }
    memcpy(p, d->text, d->text_len);
    p[d->text_len] = '\0';
    r->doc.text = p;
    r->doc.text_len = d->text_len;
    /* it has time now: wake it at once */
    if (writer_enqueue(w, (work){NULL, r}, 1)) {
        free(r);
        return -1;
    }
    return 1;
}

/* hands a result to the writer; -1 when the writer has failed */
static int writer_push(writer *w, dyad_result *res)
{
    writer_reclaim(w);
    if (writer_enqueue(w, (work){res, NULL}, 0)) {
        dyad_result_free(res);
        return -1;
    }
    return 0;
}

int cmd_ingest(int argc, char **argv)
{
    static const struct option lo[] = {
        {"db", required_argument, NULL, 'D'},
        {"lexicon", required_argument, NULL, 'l'},
        {"date", required_argument, NULL, 'd'},
        {"batch", required_argument, NULL, 'B'},
        {"max-doc-bytes", required_argument, NULL, 'M'},
        {"keep-negated", no_argument, NULL, 'N'},
        {"no-progress", no_argument, NULL, 'P'},
        {"single-thread", no_argument, NULL, '1'},
        {"stats", no_argument, NULL, 'S'},
        {"quiet", no_argument, NULL, 'q'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0}};
    const char *dbpath = "dyad.db", *lexpath = NULL, *date = NULL;
    size_t batch = 500;
    int quiet = 0, stats = 0, no_progress = 0, single = 0, opt;
    dyad_options opts = DYAD_OPTIONS_INIT;
    optind = 1;
    while ((opt = getopt_long(argc, argv, "D:l:d:qh", lo, NULL)) != -1) {
        switch (opt) {
        case 'D':
            dbpath = optarg;
            break;
        case 'l':
            lexpath = optarg;
            break;
        case 'd':
            date = optarg;
            break;
        case 'B':
            if (cli_parse_count(optarg, &batch, 100000000ULL, 0)) {
                fprintf(stderr, "dyad ingest: bad --batch '%s'\n", optarg);
                return EX_USAGE;
            }
            break;
        case 'M':
            if (cli_parse_count(optarg, &opts.max_doc_bytes, 100000000ULL, 0)) {
                fprintf(stderr, "dyad ingest: bad --max-doc-bytes '%s'\n",
                        optarg);
                return EX_USAGE;
            }
            break;
        case 'N':
            opts.flags |= DYAD_F_KEEP_NEGATED;
            break;
        case 'P':
            no_progress = 1;
            break;
        case '1':
            single = 1;
            break;
        case 'S':
            stats = 1;
            break;
        case 'q':
            quiet = 1;
            break;
        case 'h':
            ingest_usage(stdout);
            return EX_OK;
        default:
            ingest_usage(stderr);
            return EX_USAGE;
        }
    }
    dyad_lexicon *lx = cli_load_lexicon(lexpath);
    if (!lx)
        return EX_IO;
    dyad_coder *coder = NULL;
    dyad_store *store = NULL, *lookup = NULL;
    dyad_error err;
    int status = EX_OK;
    memset(&err, 0, sizeof err);
    /* the writer thread owns `store`; this thread looks documents up in
     * `lookup` (a second connection) to skip them before coding */
    /* a store that starts empty holds nothing to skip but what this run
     * stored: only a document whose key this run has seen is looked up */
    int empty = 0;
    if (dyad_coder_new(&coder, lx, &opts, &err) ||
        dyad_store_open(&store, dbpath, &err) ||
        dyad_store_begin(store, &err) ||
        (!single && dyad_store_open(&lookup, dbpath, &err)) ||
        dyad_store_is_empty(&empty, store, &err)) {
        cli_error(&err);
        dyad_store_close(lookup);
        dyad_store_close(store);
        dyad_coder_free(coder);
        dyad_lexicon_free(lx);
        return EX_IO;
    }
    seen_set seen = {NULL, 0, 0};
    writer w;
    memset(&w, 0, sizeof w);
    pthread_mutex_init(&w.mu, NULL);
    pthread_condattr_t monotonic;
    pthread_condattr_init(&monotonic);
    pthread_condattr_setclock(&monotonic, CLOCK_MONOTONIC);
    pthread_cond_init(&w.not_empty, &monotonic);
    pthread_condattr_destroy(&monotonic);
    pthread_cond_init(&w.not_full, NULL);
    w.store = store;
    w.batch = batch;
    w.last_commit = cli_now();
    w.status = EX_OK;
    w.quiet = quiet;
    pthread_t thread;
    int threaded = 0;
    /* the writer's own coder: it codes documents when it would wait */
    if (!single && dyad_coder_new(&w.coder, lx, &opts, &err))
        w.coder = NULL; /* then only this thread codes */
    if (!single) {
        if (pthread_create(&thread, NULL, writer_main, &w) == 0)
            threaded = 1;
        else {
            dyad_store_close(lookup);
            lookup = NULL;
        }
    }
    char *stdin_only[] = {"-"};
    char **inputs = optind < argc ? argv + optind : stdin_only;
    int ninputs = optind < argc ? argc - optind : 1;
    unsigned long long total = input_bytes(inputs, ninputs);
    cli_tally t;
    memset(&t, 0, sizeof t);
    int tty = isatty(2) && !quiet && !no_progress;
    double t0 = cli_now(), last_draw = t0;
    cli_inputs in = {.paths = inputs, .npaths = ninputs, .opts = &opts,
                     .date = date, .quiet = quiet};
    dyad_doc doc;
    while (cli_inputs_next(&in, &doc, &t, &status)) {
        int found = 0;
        int lookups = !empty || seen_add(&seen, doc_hash(&doc));
        if (lookups && dyad_store_contains(&found, threaded ? lookup : store,
                                           &doc, &err)) {
            cli_error(&err);
            status = EX_IO;
            break;
        }
        if (found) {
            t.skipped++;
            continue;
        }
        if (threaded) {
            int handed = writer_push_doc(&w, &doc);
            if (handed < 0) {
                status = EX_IO;
                break;
            }
            if (handed)
                goto next;
        }
        dyad_result *res = NULL;
        int rc = cli_code_doc(&res, coder, &doc, &t, quiet, &status);
        if (rc == DYAD_ENOMEM)
            break;
        if (rc)
            continue;
        if (threaded) {
            if (writer_push(&w, res)) {
                status = EX_IO;
                break;
            }
        } else {
            writer_store(&w, res);
            dyad_result_free(res);
            if (w.failed) {
                status = EX_IO;
                break;
            }
        }
    next:;
        double tn = cli_now();
        if (tty && tn - last_draw > 0.2) {
            last_draw = tn;
            progress(&t, cli_inputs_bytes(&in), total, tn - t0);
        }
    }
    cli_inputs_close(&in);
    if (threaded) {
        pthread_mutex_lock(&w.mu);
        w.closed = 1;
        pthread_cond_signal(&w.not_empty);
        pthread_mutex_unlock(&w.mu);
        pthread_join(thread, NULL);
        writer_reclaim(&w);
        /* what the writer coded */
        t.coded += w.t.coded;
        t.noevent += w.t.noevent;
        t.rejected += w.t.rejected;
        t.events += w.t.events;
        t.sentences += w.t.sentences;
        if (status == EX_OK)
            status = w.status;
    }
    dyad_coder_free(w.coder);
    writer_finish(&w);
    if (w.failed) {
        cli_error(&w.err);
        fprintf(stderr,
                "dyad: %s: not stored: %llu documents in input order from "
                "'%s' on, and any not yet read; everything before is "
                "committed, and a rerun stores the rest\n",
                dbpath, w.lost, w.first_lost);
        status = EX_IO;
    }
    free(seen.slots);
    pthread_mutex_destroy(&w.mu);
    pthread_cond_destroy(&w.not_empty);
    pthread_cond_destroy(&w.not_full);
    if (tty && cli_now() - t0 > 0.2)
        fprintf(stderr, "\r\033[K");
    dyad_store_counts c;
    memset(&c, 0, sizeof c);
    if (!quiet) {
        fprintf(stderr,
                "dyad: %llu documents: %llu coded with events (%llu events), "
                "%llu without events, %llu empty, %llu rejected\n",
                t.docs - t.skipped, t.coded, t.events, t.noevent, t.empty,
                t.rejected);
        if (dyad_store_get_counts(&c, store, &err) == 0)
            fprintf(stderr,
                    "dyad: %s: %llu already stored (skipped); the store holds "
                    "%lld documents, %lld events from %lld mentions\n",
                    dbpath, t.skipped, c.documents, c.events, c.mentions);
    }
    if (stats) {
        double secs = cli_now() - t0;
        struct rusage ru;
        getrusage(RUSAGE_SELF, &ru);
        fprintf(stderr,
                "dyad: stats: %.2f MB in %.3f s = %.2f MB/s, %llu documents "
                "= %.0f documents/s, %llu events = %.0f events/s, peak RSS "
                "%.1f MB\n",
                (double)t.bytes / 1e6, secs,
                secs > 0 ? (double)t.bytes / 1e6 / secs : 0.0, t.docs,
                secs > 0 ? (double)t.docs / secs : 0.0, t.events,
                secs > 0 ? (double)t.events / secs : 0.0,
                (double)ru.ru_maxrss / 1024.0);
        if (threaded)
            fprintf(stderr,
                    "dyad: stats: CPU: reading and coding %.3f s, storing "
                    "(writer thread) %.3f s, which also coded %llu "
                    "documents\n",
                    thread_cpu(), w.cpu, w.t.coded + w.t.noevent + w.t.rejected);
    }
    dyad_store_close(lookup);
    dyad_store_close(store);
    dyad_coder_free(coder);
    dyad_lexicon_free(lx);
    return status;
}

/* ------------------------------------------- query, stats, export, plot */

enum { CMD_QUERY, CMD_STATS, CMD_EXPORT, CMD_PLOT };
static const char *const cmd_names[] = {"query", "stats", "export", "plot"};

static void read_usage(int cmd, FILE *f)
{
    static const char *const heads[] = {
        "usage: dyad query [filters] [--format table|jsonl|csv|tsv|events|gdelt]\n"
        "                  [--limit N]\n",
        "usage: dyad stats [filters] [--by day|week|month] [--top-dyads N]\n"
        "                  [--top-actors N] [--format table|csv|json]\n",
        "usage: dyad export [filters] [--format gdelt|csv|jsonl|tsv|events]\n"
        "                   [-o FILE]\n",
        "usage: dyad plot [filters] -o FILE.png|FILE.svg [--kind timeline|dyads]\n"
        "                 [--by day|week|month] [--top N] [--title T]\n"
        "                 [--width W] [--height H]\n"};
    fprintf(f, "%s", heads[cmd]);
    fprintf(f,
            "filters (all optional, combined with AND):\n"
            "  -D, --db FILE        the event store (default dyad.db)\n"
            "      --from DATE      events on or after DATE (YYYY-MM-DD)\n"
            "      --to DATE        events on or before DATE\n"
            "      --actor CODE     either side; a prefix: RUS matches RUSMIL\n"
            "      --dyad A,B       between A and B, either way\n"
            "      --directed       --dyad means A acting on B only\n"
            "      --cameo CODE     CAMEO code or root prefix (19, 190)\n"
            "      --quad N         QuadClass 1..4\n"
            "      --plover TYPE    PLOVER event type (ASSAULT, ...)\n"
            "      --status S       a mention with this status (asserted, ...)\n"
            "      --country ISO3   country of the event's place\n"
            "      --place NAME     the event's place\n"
            "      --text WORDS     words in a mention's sentence (full text)\n");
}

static int parse_by(const char *s, dyad_period *by)
{
    if (!strcmp(s, "day"))
        *by = DYAD_PERIOD_DAY;
    else if (!strcmp(s, "week"))
        *by = DYAD_PERIOD_WEEK;
    else if (!strcmp(s, "month"))
        *by = DYAD_PERIOD_MONTH;
    else
        return -1;
    return 0;
}

static int cmd_read(int cmd, int argc, char **argv)
{
    static const struct option lo[] = {
        {"db", required_argument, NULL, 'D'},
        {"from", required_argument, NULL, 'F'},
        {"to", required_argument, NULL, 'T'},
        {"actor", required_argument, NULL, 'a'},
        {"dyad", required_argument, NULL, 'y'},
        {"directed", no_argument, NULL, 'r'},
        {"cameo", required_argument, NULL, 'c'},
        {"quad", required_argument, NULL, 'Q'},
        {"plover", required_argument, NULL, 'p'},
        {"status", required_argument, NULL, 's'},
        {"country", required_argument, NULL, 'C'},
        {"place", required_argument, NULL, 'L'},
        {"text", required_argument, NULL, 'x'},
        {"format", required_argument, NULL, 'f'},
        {"limit", required_argument, NULL, 'n'},
        {"by", required_argument, NULL, 'b'},
        {"top-dyads", required_argument, NULL, '1'},
        {"top-actors", required_argument, NULL, '2'},
        {"top", required_argument, NULL, '3'},
        {"kind", required_argument, NULL, 'k'},
        {"title", required_argument, NULL, 't'},
        {"width", required_argument, NULL, 'W'},
        {"height", required_argument, NULL, 'H'},
        {"output", required_argument, NULL, 'o'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0}};
    /* which options each command takes */
    static const char *const allowed[] = {"fn", "fb123", "fno", "b3ktWHo"};
    const char *db = "dyad.db", *format = NULL, *output = NULL, *title = NULL;
    dyad_query q = DYAD_QUERY_INIT;
    dyad_period by = DYAD_PERIOD_MONTH;
    size_t top_dyads = 0, top_actors = 0, top = 0, width = 0, height = 0;
    int kind = DYAD_PLOT_TIMELINE, opt;
    char dyad_buf[128];
    optind = 1;
    while ((opt = getopt_long(argc, argv, "D:f:o:n:h", lo, NULL)) != -1) {
        if (strchr("fnb123ktWHo", opt) && !strchr(allowed[cmd], opt)) {
            fprintf(stderr, "dyad %s: option not used by this command\n",
                    cmd_names[cmd]);
            return EX_USAGE;
        }
        switch (opt) {
        case 'D':
            db = optarg;
            break;
        case 'F':
            q.from = optarg;
            break;
        case 'T':
            q.to = optarg;
            break;
        case 'a':
            q.actor = optarg;
            break;
        case 'y': {
            snprintf(dyad_buf, sizeof dyad_buf, "%s", optarg);
            char *comma = strchr(dyad_buf, ',');
            if (!comma || comma == dyad_buf || !comma[1]) {
                fprintf(stderr, "dyad %s: --dyad takes A,B\n", cmd_names[cmd]);
                return EX_USAGE;
            }
            *comma = '\0';
            q.dyad_source = dyad_buf;
            q.dyad_target = comma + 1;
            break;
        }
        case 'r':
            q.directed = 1;
            break;
        case 'c':
            q.cameo = optarg;
            break;
        case 'Q':
            if (optarg[0] < '1' || optarg[0] > '4' || optarg[1]) {
                fprintf(stderr, "dyad %s: --quad takes 1 to 4\n",
                        cmd_names[cmd]);
                return EX_USAGE;
            }
            q.quad_class = optarg[0] - '0';
            break;
        case 'p':
            q.plover = optarg;
            break;
        case 's':
            q.status = optarg;
            break;
        case 'C':
            q.country = optarg;
            break;
        case 'L':
            q.place = optarg;
            break;
        case 'x':
            q.text = optarg;
            break;
        case 'f':
            format = optarg;
            break;
        case 'o':
            output = optarg;
            break;
        case 't':
            title = optarg;
            break;
        case 'k':
            if (!strcmp(optarg, "timeline"))
                kind = DYAD_PLOT_TIMELINE;
            else if (!strcmp(optarg, "dyads") || !strcmp(optarg, "top-dyads"))
                kind = DYAD_PLOT_TOP_DYADS;
            else {
                fprintf(stderr, "dyad plot: --kind is timeline or dyads\n");
                return EX_USAGE;
            }
            break;
        case 'b':
            if (parse_by(optarg, &by)) {
                fprintf(stderr, "dyad %s: --by is day, week or month\n",
                        cmd_names[cmd]);
                return EX_USAGE;
            }
            break;
        case 'n':
        case '1':
        case '2':
        case '3':
        case 'W':
        case 'H': {
            size_t v;
            if (cli_parse_count(optarg, &v, 100000000ULL, 0)) {
                fprintf(stderr, "dyad %s: bad number '%s'\n", cmd_names[cmd],
                        optarg);
                return EX_USAGE;
            }
            if (opt == 'n')
                q.limit = v;
            else if (opt == '1')
                top_dyads = v;
            else if (opt == '2')
                top_actors = v;
            else if (opt == '3')
                top = v;
            else if (opt == 'W')
                width = v;
            else
                height = v;
            break;
        }
        case 'h':
            read_usage(cmd, stdout);
            return EX_OK;
        default:
            read_usage(cmd, stderr);
            return EX_USAGE;
        }
    }
    if (optind < argc) {
        fprintf(stderr, "dyad %s: unexpected argument '%s'\n", cmd_names[cmd],
                argv[optind]);
        return EX_USAGE;
    }
    dyad_format fmt = DYAD_FORMAT_TABLE;
    const char *fmt_name = format ? format
                           : cmd == CMD_EXPORT ? "gdelt"
                                               : "table";
    /* query and export write events in any format (export is for files:
     * no table); stats writes tables, CSV or JSON; plot's file name says
     * SVG or PNG */
    int known = cmd == CMD_PLOT || !cli_parse_format(fmt_name, &fmt);
    int events = known && fmt != DYAD_FORMAT_JSON;
    if (cmd != CMD_PLOT &&
        !(cmd == CMD_QUERY ? events
          : cmd == CMD_EXPORT ? events && fmt != DYAD_FORMAT_TABLE
                              : known && (fmt == DYAD_FORMAT_TABLE ||
                                          fmt == DYAD_FORMAT_CSV ||
                                          fmt == DYAD_FORMAT_JSON))) {
        fprintf(stderr, "dyad %s: unknown format '%s'\n", cmd_names[cmd],
                fmt_name);
        return EX_USAGE;
    }
    if (cmd == CMD_PLOT && !output) {
        fprintf(stderr, "dyad plot: -o FILE.png or FILE.svg is required\n");
        return EX_USAGE;
    }
    if (access(db, R_OK) != 0) {
        fprintf(stderr, "dyad: %s: no such database\n", db);
        return EX_IO;
    }
    dyad_store *st = NULL;
    dyad_error err;
    memset(&err, 0, sizeof err);
    if (dyad_store_open(&st, db, &err)) {
        cli_error(&err);
        return EX_IO;
    }
    FILE *out = stdout;
    if (output && cmd != CMD_PLOT && !(out = fopen(output, "w"))) {
        fprintf(stderr, "dyad: %s: cannot write\n", output);
        dyad_store_close(st);
        return EX_IO;
    }
    int rc;
    if (cmd == CMD_QUERY || cmd == CMD_EXPORT) {
        rc = dyad_store_query(st, &q, fmt, cli_sink_file, out, &err);
    } else if (cmd == CMD_STATS) {
        dyad_stats_options so;
        memset(&so, 0, sizeof so);
        so.filter = q;
        so.by = by;
        so.top_dyads = top_dyads;
        so.top_actors = top_actors;
        so.series = q.actor || q.dyad_source || (!top_dyads && !top_actors);
        rc = dyad_store_stats(st, &so, fmt, cli_sink_file, out, &err);
    } else {
        dyad_plot_options po;
        memset(&po, 0, sizeof po);
        po.kind = top ? DYAD_PLOT_TOP_DYADS : (dyad_plot_kind)kind;
        po.filter = q;
        po.by = by;
        po.top = top;
        po.title = title;
        po.width = (int)width;
        po.height = (int)height;
        rc = dyad_store_plot(st, &po, output, &err);
    }
    if (rc)
        cli_error(&err);
    if (out != stdout && fclose(out) != 0 && !rc) {
        fprintf(stderr, "dyad: %s: cannot write\n", output);
        rc = DYAD_EIO;
    }
    fflush(stdout);
    dyad_store_close(st);
    return cli_exit_for(rc);
}

int cmd_query(int argc, char **argv)
{
    return cmd_read(CMD_QUERY, argc, argv);
}

int cmd_stats(int argc, char **argv)
{
    return cmd_read(CMD_STATS, argc, argv);
}

int cmd_export(int argc, char **argv)
{
    return cmd_read(CMD_EXPORT, argc, argv);
}

int cmd_plot(int argc, char **argv)
{
    return cmd_read(CMD_PLOT, argc, argv);
}
