/*
 * ingest_engine.c - coded documents into the store, for `dyad ingest` and
 * `dyad code --db`: batches of one transaction, a look-up that skips what
 * the store holds, and (ingest) a writer thread that owns the store, fed
 * through a bounded queue in input order, coding documents itself when it
 * would wait. Front-end code over include/dyad.h.
 */
#define _GNU_SOURCE
#include "ingest_engine.h"
#include "pipeline.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* The storing side of ingest: a thread that owns the store, fed coded
 * results through a bounded queue, so that coding and SQLite work overlap.
 * It commits every `batch` documents and at least once a second (--bulk:
 * a minute). */
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

/* an item of the queue: a coded result, or a document to code */
typedef struct work {
    dyad_result *res;
    cli_doc_copy *raw; /* a document handed over uncoded */
    unsigned long long seq; /* its place in the input */
} work;

typedef struct writer {
    pthread_mutex_t mu;
    pthread_cond_t not_empty, not_full;
    work items[QUEUE_CAP];
    size_t head, count;
    dyad_coder *coder;  /* the writer's own, for raw documents; or NULL */
    cli_tally t;        /* what the writer coded and stored */
    cli_tally batch_t;  /* what the open batch stored: into t on commit */
    unsigned long long coded_here; /* documents the writer coded */
    dyad_put_options put; /* the identity rules */
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
    double commit_secs; /* commit at least this often (seconds) */
    dyad_error err;
    size_t in_batch;             /* documents in the open batch */
    double last_commit;
    char first_lost[256];        /* first document of the open batch */
    unsigned long long lost;     /* documents not stored after a failure */
    double cpu;                  /* the thread's CPU seconds, at its end */
} writer;

/* the open batch rolled back: it and every document after it are lost;
 * what the batch's documents were counted as goes, they count as lost */
static void writer_fail(writer *w)
{
    w->t.lost += w->in_batch;
    memset(&w->batch_t, 0, sizeof w->batch_t);
    pthread_mutex_lock(&w->mu);
    w->lost += w->in_batch;
    w->in_batch = 0;
    w->failed = 1;
    pthread_cond_broadcast(&w->not_full);
    pthread_mutex_unlock(&w->mu);
}

/* the open batch is committed: what its documents were counted as holds */
static void batch_committed(writer *w)
{
    cli_tally_add(&w->t, &w->batch_t);
    memset(&w->batch_t, 0, sizeof w->batch_t);
    w->in_batch = 0;
}

/* Counts what the store did with the seq-th input (dyad_store_put). */
static void count_outcome(cli_tally *t, const dyad_result *res,
                          const dyad_put_result *o, unsigned long long seq)
{
    const char *name = cli_doc_name(dyad_result_doc(res));
    switch (o->kind) {
    case DYAD_PUT_REPLACED: /* kept, in place of the stored text */
        t->replaced++;
        cli_tally_warn(t, CLI_W_REPLACED, seq, "%s", name);
        cli_tally_coded(t, res);
        break;
    case DYAD_PUT_STORED:
        cli_tally_coded(t, res);
        break;
    case DYAD_PUT_DUPLICATE:
        t->skipped++;
        break;
    case DYAD_PUT_CONFLICT:
        t->conflicts++;
        cli_tally_warn(t, CLI_W_CONFLICT, seq, "%s (id %s, stored from %s)",
                       name, o->key, o->other);
        break;
    case DYAD_PUT_NEAR_DUPLICATE:
        t->near++;
        cli_tally_warn(t, CLI_W_NEAR, seq, "%s ~ %s (%.2f)", name, o->other,
                       o->similarity);
        break;
    }
}

/* Stores one coded document, the seq-th input, in the open batch by the
 * identity rules, and commits every `batch` documents and at least every
 * commit_secs (batch 0: in its own transaction); after a failure it only
 * counts the document as not stored. Runs on the writer thread, or on the
 * only thread, in input order: so the outcome of a repeated id never
 * depends on threads or batches. The caller frees res. */
static void writer_store(writer *w, const dyad_result *res,
                         unsigned long long seq)
{
    if (w->failed) { /* written only here and in writer_fail */
        w->lost++;
        w->t.lost++;
        return;
    }
    if (w->in_batch++ == 0) {
        const dyad_doc *d = dyad_result_doc(res);
        /* by id when it has one: what a rerun keys it by */
        snprintf(w->first_lost, sizeof w->first_lost, "%s",
                 !d ? "?" : d->id && d->id[0] ? d->id : cli_doc_name(d));
    }
    dyad_put_result out;
    int rc = dyad_store_put(w->store, res, &w->put, &out, &w->err);
    if (!rc)
        count_outcome(&w->batch_t, res, &out, seq);
    double tn = cli_now();
    if (!rc && !w->batch) {
        batch_committed(w); /* stored in its own transaction */
    } else if (!rc &&
               (w->in_batch >= w->batch ||
                tn - w->last_commit > w->commit_secs)) {
        rc = dyad_store_commit(w->store, &w->err);
        if (!rc) {
            batch_committed(w);
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
    if (w->failed)
        return;
    if (dyad_store_commit(w->store, &w->err))
        writer_fail(w);
    else
        batch_committed(w);
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
                                              it.seq, &w->t, w->quiet,
                                              &w->status);
            free(it.raw);
            w->coded_here++;
            if (rc == DYAD_ENOMEM) {
                writer_fail(w);
                continue;
            }
            if (rc || !res) {
                if (w->failed) {
                    w->lost++;
                    w->t.lost++;
                }
                continue;
            }
            writer_store(w, res, it.seq);
            dyad_result_free(res); /* this thread made it */
            continue;
        }
        writer_store(w, res, it.seq);
        pthread_mutex_lock(&w->mu);
        if (w->ndone < QUEUE_CAP) {
            w->done[w->ndone++] = res;
            res = NULL;
        }
        pthread_mutex_unlock(&w->mu);
        dyad_result_free(res); /* the return queue is full */
    }
    w->cpu = cli_thread_cpu();
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

/* Look-ups that find nothing are most of a large store's: a new
 * document's key is looked up at a random place of the documents' key
 * B-tree here and again by the writer, and the two connections hold
 * different pages (docs/scale.md, "The look-ups before coding"). After
 * PROBE_AFTER look-ups in a row found nothing, one document in
 * PROBE_EVERY is looked up, until one is found again. A document not
 * looked up is coded and the writer finds it stored
 * (DYAD_PUT_DUPLICATE): the same store and tally, at the cost of its
 * coding. */
#define PROBE_AFTER 256
#define PROBE_EVERY 16

typedef struct probe {
    unsigned misses; /* look-ups in a row that found nothing, to PROBE_AFTER */
    unsigned passed; /* documents since the last look-up, to PROBE_EVERY */
} probe;

/* whether the next document not seen in this run is looked up */
static int probe_due(probe *p)
{
    if (p->misses < PROBE_AFTER || ++p->passed >= PROBE_EVERY) {
        p->passed = 0;
        return 1;
    }
    return 0;
}

/* what a look-up found */
static void probe_found(probe *p, int stored)
{
    if (stored)
        p->misses = 0;
    else if (p->misses < PROBE_AFTER)
        p->misses++;
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
static int writer_push_doc(writer *w, const dyad_doc *d,
                           unsigned long long seq)
{
    if (!w->coder)
        return 0;
    pthread_mutex_lock(&w->mu);
    int take = w->count < RAW_BELOW && !w->failed;
    pthread_mutex_unlock(&w->mu);
    if (!take)
        return w->failed ? -1 : 0;
    cli_doc_copy *r = cli_doc_copy_new(d);
    if (!r)
        return 0; /* code it here */
    /* it has time now: wake it at once */
    if (writer_enqueue(w, (work){NULL, r, seq}, 1)) {
        free(r);
        return -1;
    }
    return 1;
}

/* hands a result to the writer; -1 when the writer has failed */
static int writer_push(writer *w, dyad_result *res, unsigned long long seq)
{
    writer_reclaim(w);
    if (writer_enqueue(w, (work){res, NULL, seq}, 0)) {
        dyad_result_free(res);
        return -1;
    }
    return 0;
}

struct cli_engine {
    writer w;
    dyad_store *store;
    dyad_store *lookup; /* the look-ups' connection of a threaded run */
    int skip_stored;
    int empty;          /* the store held no document at the start */
    int replace;        /* DYAD_PUT_F_REPLACE: a later text replaces */
    seen_set seen;
    probe probe;        /* which unseen documents are looked up */
    pthread_t thread;
    int threaded;       /* the writer thread runs */
};

/* the writer's queue, locks and clock; a thread of its own when asked */
static void start_writer(cli_engine *e, const cli_engine_options *o)
{
    writer *w = &e->w;
    pthread_mutex_init(&w->mu, NULL);
    pthread_condattr_t monotonic;
    pthread_condattr_init(&monotonic);
    pthread_condattr_setclock(&monotonic, CLOCK_MONOTONIC);
    pthread_cond_init(&w->not_empty, &monotonic);
    pthread_condattr_destroy(&monotonic);
    pthread_cond_init(&w->not_full, NULL);
    w->store = e->store;
    w->batch = o->batch;
    w->commit_secs = o->commit_secs > 0 ? o->commit_secs : 1.0;
    w->last_commit = cli_now();
    w->status = EX_OK;
    w->quiet = o->quiet;
    w->put = o->put;
    if (!o->threaded)
        return;
    /* the writer's own coder: it codes documents when it would wait */
    dyad_error err;
    if (dyad_coder_new(&w->coder, o->lex, o->opts, &err))
        w->coder = NULL; /* then only the main thread codes */
    if (pthread_create(&e->thread, NULL, writer_main, w) == 0) {
        e->threaded = 1;
    } else {
        dyad_store_close(e->lookup);
        e->lookup = NULL;
    }
}

int cli_engine_open(cli_engine **out, const cli_engine_options *o,
                    dyad_error *err)
{
    *out = NULL;
    cli_engine *e = calloc(1, sizeof *e);
    if (!e) {
        snprintf(err->message, sizeof err->message, "out of memory");
        return err->code = DYAD_ENOMEM;
    }
    e->skip_stored = o->skip_stored;
    e->replace = (o->put.flags & DYAD_PUT_F_REPLACE) != 0;
    /* the writer owns `store`; a threaded run looks documents up in
     * `lookup` (a second connection) to skip them before coding. A store
     * that starts empty holds nothing to skip but what this run stored:
     * only a document whose key this run has seen is looked up. */
    int rc = dyad_store_open(&e->store, o->db, err);
    if (!rc && o->batch)
        rc = dyad_store_begin(e->store, err);
    if (!rc && o->skip_stored && o->threaded)
        rc = dyad_store_open(&e->lookup, o->db, err);
    if (!rc && o->skip_stored)
        rc = dyad_store_is_empty(&e->empty, e->store, err);
    if (rc) {
        dyad_store_close(e->lookup);
        dyad_store_close(e->store);
        free(e);
        return rc;
    }
    start_writer(e, o);
    *out = e;
    return 0;
}

int cli_engine_is_stored(cli_engine *e, const dyad_doc *doc, int *stored,
                         dyad_error *err)
{
    *stored = 0;
    if (!e->skip_stored)
        return 0;
    int seen = seen_add(&e->seen, doc_hash(doc));
    /* a store that started empty holds only keys this run has read */
    if (e->empty && !seen)
        return 0;
    /* Under --replace a key read before in this run may have been replaced
     * in a batch this connection cannot see yet: the writer decides, in
     * input order. Otherwise what is stored under a key never changes
     * within a run (the first text wins), so a committed copy with the
     * same text is the answer the writer would give. */
    if (e->replace && seen)
        return 0;
    if (!seen && !probe_due(&e->probe))
        return 0;
    int rc = dyad_store_contains(stored, e->threaded ? e->lookup : e->store,
                                 doc, err);
    if (!rc && !seen)
        probe_found(&e->probe, *stored);
    return rc;
}

int cli_engine_hand_over(cli_engine *e, const dyad_doc *doc,
                         unsigned long long seq)
{
    return e->threaded ? writer_push_doc(&e->w, doc, seq) : 0;
}

int cli_engine_store(cli_engine *e, dyad_result *res, unsigned long long seq)
{
    if (e->threaded)
        return writer_push(&e->w, res, seq);
    writer_store(&e->w, res, seq);
    dyad_result_free(res);
    return e->w.failed ? -1 : 0;
}

void cli_engine_finish(cli_engine *e, cli_tally *t, int *status,
                       cli_engine_report *rep)
{
    writer *w = &e->w;
    memset(rep, 0, sizeof *rep);
    if (e->threaded) {
        pthread_mutex_lock(&w->mu);
        w->closed = 1;
        pthread_cond_signal(&w->not_empty);
        pthread_mutex_unlock(&w->mu);
        pthread_join(e->thread, NULL);
        writer_reclaim(w);
        if (*status == EX_OK)
            *status = w->status;
        rep->threaded = 1;
        rep->writer_cpu = w->cpu;
        rep->writer_docs = w->coded_here;
    }
    dyad_coder_free(w->coder);
    w->coder = NULL;
    writer_finish(w);
    /* what the writer coded, and what the store did with each document */
    cli_tally_add(t, &w->t);
    rep->failed = w->failed;
    rep->err = w->err;
    rep->lost = w->lost;
    snprintf(rep->first_lost, sizeof rep->first_lost, "%s", w->first_lost);
}

dyad_store *cli_engine_store_handle(cli_engine *e)
{
    return e->store;
}

void cli_engine_close(cli_engine *e)
{
    if (!e)
        return;
    free(e->seen.slots);
    pthread_mutex_destroy(&e->w.mu);
    pthread_cond_destroy(&e->w.not_empty);
    pthread_cond_destroy(&e->w.not_full);
    dyad_store_close(e->lookup);
    dyad_store_close(e->store);
    free(e);
}

/* the store's side of a run in dyad-full (pipeline.h) */
static const cli_store_side full_side = {
    cli_engine_open,   cli_engine_is_stored, cli_engine_hand_over,
    cli_engine_store,  cli_engine_finish,    cli_engine_close,
    cli_feeds_next};
const cli_store_side *const cli_store = &full_side;
