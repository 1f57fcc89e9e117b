/*
 * jobs.c - `dyad code --jobs N`: the documents coded on N worker threads,
 * each with its own dyad_coder over the one shared lexicon, while the
 * calling thread reads them in order (inputs.c), and writes, stores and
 * counts each in input order once it is coded. So the output, the store,
 * the messages on stderr and the summary are those of one job.
 *
 * The documents in flight (read, not yet written) sit in a ring of slots
 * that is both the work queue and the reorder buffer: at most
 * JOBS_SLOTS_PER_THREAD per worker and JOBS_BYTES of document text at
 * once (a larger document goes alone). Messages about a document, the
 * reader's and the coder's, are kept in its slot and printed when its
 * turn comes. When the ring is full the reading thread sleeps until half
 * of it is coded, so the threads wake each other in batches rather than
 * once per document. The library stays single-threaded per coder.
 */
#define _GNU_SOURCE
#include "pipeline.h"

#include <limits.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

/* documents in flight per worker thread */
#define JOBS_SLOTS_PER_THREAD 16
/* document text in flight: the coded results hold about as much again */
#define JOBS_BYTES ((size_t)64 << 20)

/* one document in flight */
typedef struct slot {
    cli_doc_copy *doc; /* its copy, or NULL: the slot is free */
    cli_msgs before;   /* the reader's messages since the last document */
    cli_msgs msgs;     /* the coder's messages about it */
    dyad_result *res;  /* coded: the result, or NULL */
    int rc;            /* coded: 0 or the error of cli_code_doc_to */
    int done;          /* coded (under mu) */
    unsigned long long seq; /* its place among the inputs read (t->docs) */
} slot;

typedef struct pool {
    pthread_mutex_t mu;
    pthread_cond_t work; /* a document to code, or closed */
    pthread_cond_t done; /* the oldest document is coded */
    slot *slots;
    size_t cap;              /* slots */
    unsigned long long head; /* the oldest in flight: next to write */
    unsigned long long next; /* next for a worker to take */
    unsigned long long tail; /* next read goes here */
    unsigned long long awaited; /* the document the main thread waits
                                   for, or ULLONG_MAX */
    size_t bytes;            /* text in flight */
    int closed;              /* no more documents: workers end */
    int quiet;
    cli_pipeline *p;
    cli_tally *t;
    int *status;
    int failed; /* writing or storing failed: read no more */
    cli_msgs pending; /* the reader's messages, for the next document */
    int nthreads;
    pthread_t th[CLI_JOBS_MAX];
    dyad_coder *coders[CLI_JOBS_MAX];
} pool;

typedef struct worker_arg {
    pool *pl;
    dyad_coder *coder;
    double cpu; /* the thread's CPU seconds, when it ends */
} worker_arg;

static void *worker_main(void *arg)
{
    worker_arg *wa = arg;
    pool *pl = wa->pl;
    dyad_coder *coder = wa->coder;
    pthread_mutex_lock(&pl->mu);
    for (;;) {
        while (pl->next == pl->tail && !pl->closed)
            pthread_cond_wait(&pl->work, &pl->mu);
        if (pl->next == pl->tail)
            break;
        unsigned long long seq = pl->next++;
        slot *s = &pl->slots[seq % pl->cap];
        pthread_mutex_unlock(&pl->mu);
        s->rc = cli_code_doc_to(&s->res, coder, &s->doc->doc, pl->quiet,
                                &s->msgs);
        pthread_mutex_lock(&pl->mu);
        s->done = 1;
        if (seq == pl->awaited)
            pthread_cond_signal(&pl->done);
    }
    pthread_mutex_unlock(&pl->mu);
    wa->cpu = cli_thread_cpu();
    return NULL;
}

/* The oldest document's turn: its messages, then its events written,
 * stored or counted as one job does (pipeline.c, one_doc); its slot
 * freed. The caller has seen it coded. */
static void write_slot(pool *pl, slot *s)
{
    cli_pipeline *p = pl->p;
    cli_msgs_print(&s->before, stderr);
    cli_msgs_print(&s->msgs, stderr);
    dyad_result *res = s->res;
    s->res = NULL;
    if (s->rc) {
        cli_count_rejected(s->rc, pl->t, pl->status);
        if (s->rc == DYAD_ENOMEM)
            pl->failed = 1;
    } else if (pl->failed) {
        dyad_result_free(res); /* after a failure: as one job, not read */
    } else if (p->fmt >= 0 &&
               dyad_result_write_next(res, (dyad_format)p->fmt, &p->written,
                                      cli_sink_file, stdout)) {
        fprintf(stderr, "dyad: cannot write output\n");
        dyad_result_free(res);
        *pl->status = EX_IO;
        pl->failed = 1;
    } else if (!p->engine) {
        cli_tally_coded(pl->t, res);
        dyad_result_free(res);
    } else if (cli_store->store(p->engine, res, s->seq)) {
        *pl->status = EX_IO;
        pl->failed = 1;
    }
    free(s->doc);
    s->doc = NULL;
}

/* Waits (mu held) until the seq-th document is coded. */
static void wait_coded(pool *pl, unsigned long long seq)
{
    pl->awaited = seq;
    while (!pl->slots[seq % pl->cap].done)
        pthread_cond_wait(&pl->done, &pl->mu);
    pl->awaited = ULLONG_MAX;
}

/* Writes the oldest documents in flight while they are coded. With
 * ahead > 0 it first waits for the oldest and the ahead-th after it (or
 * the newest): the main thread sleeps while half the ring is coded, not
 * once per document. 1 when one was written. */
static int write_ready(pool *pl, unsigned long long ahead)
{
    int wrote = 0;
    pthread_mutex_lock(&pl->mu);
    if (ahead && pl->head < pl->tail) {
        unsigned long long last = pl->head + ahead - 1;
        wait_coded(pl, last < pl->tail ? last : pl->tail - 1);
        wait_coded(pl, pl->head);
    }
    while (pl->head < pl->tail && pl->slots[pl->head % pl->cap].done) {
        slot *s = &pl->slots[pl->head % pl->cap];
        pthread_mutex_unlock(&pl->mu);
        size_t bytes = s->doc->doc.text_len;
        write_slot(pl, s);
        pthread_mutex_lock(&pl->mu);
        s->done = 0;
        pl->bytes -= bytes;
        pl->head++;
        wrote = 1;
    }
    pthread_mutex_unlock(&pl->mu);
    return wrote;
}

/* writes every document in flight, in order */
static void drain(pool *pl)
{
    while (write_ready(pl, 1))
        ;
}

/* the reader's messages grew large between two documents: everything in
 * flight comes before them, so it is written first */
static void pending_full(void *ctx)
{
    pool *pl = ctx;
    drain(pl);
    cli_msgs_print(&pl->pending, stderr);
}

/* Puts a document read into the ring for the workers, once there is room
 * (writing the oldest meanwhile). -1 when memory runs out. */
static int put_doc(pool *pl, const dyad_doc *doc)
{
    size_t need = doc->text_len;
    write_ready(pl, 0);
    while (pl->head < pl->tail &&
           (pl->tail - pl->head == pl->cap || pl->bytes + need > JOBS_BYTES)) {
        write_ready(pl, pl->cap / 2);
    }
    slot *s = &pl->slots[pl->tail % pl->cap];
    s->doc = cli_doc_copy_new(doc);
    if (!s->doc)
        return -1;
    s->seq = pl->t->docs;
    /* the reader's messages so far go before this document */
    cli_msgs keep = s->before;
    s->before = pl->pending;
    s->before.full = NULL;
    pl->pending.buf = keep.buf;
    pl->pending.cap = keep.cap;
    pl->pending.len = 0;
    pthread_mutex_lock(&pl->mu);
    pl->bytes += need;
    pl->tail++;
    pthread_cond_signal(&pl->work);
    pthread_mutex_unlock(&pl->mu);
    return 0;
}

/* starts the workers, each with a coder of its own; 0 when at least one
 * runs */
static int pool_start(pool *pl, int jobs, const dyad_lexicon *lex,
                      const dyad_options *opts, worker_arg *args)
{
    for (int i = 0; i < jobs; i++) {
        dyad_error err;
        memset(&err, 0, sizeof err);
        if (dyad_coder_new(&pl->coders[i], lex, opts, &err)) {
            cli_error(&err);
            break;
        }
        args[i] = (worker_arg){pl, pl->coders[i], 0};
        if (pthread_create(&pl->th[i], NULL, worker_main, &args[i])) {
            dyad_coder_free(pl->coders[i]);
            pl->coders[i] = NULL;
            break;
        }
        pl->nthreads++;
    }
    return pl->nthreads ? 0 : -1;
}

/* ends the workers (the ring is empty, or is dropped after a failure) */
static void pool_stop(pool *pl)
{
    pthread_mutex_lock(&pl->mu);
    pl->closed = 1;
    pthread_cond_broadcast(&pl->work);
    pthread_mutex_unlock(&pl->mu);
    for (int i = 0; i < pl->nthreads; i++) {
        pthread_join(pl->th[i], NULL);
        dyad_coder_free(pl->coders[i]);
    }
}

/* the loop: read in order, hand over, write in order */
static void pool_loop(pool *pl)
{
    cli_pipeline *p = pl->p;
    double last = p->t0;
    dyad_doc doc;
    while (!pl->failed && !(p->stop && *p->stop) &&
           cli_inputs_next(&p->in, &doc, pl->t, pl->status)) {
        if (p->engine) {
            int stored = 0;
            dyad_error err;
            memset(&err, 0, sizeof err);
            if (cli_store->is_stored(p->engine, &doc, &stored, &err)) {
                drain(pl);
                cli_error(&err);
                *pl->status = EX_IO;
                break;
            }
            if (stored) {
                pl->t->skipped++;
                continue;
            }
        }
        if (put_doc(pl, &doc)) {
            drain(pl);
            fprintf(stderr, "dyad: out of memory\n");
            *pl->status = EX_IO;
            break;
        }
        if (p->progress && cli_now() - last > p->progress_every) {
            last = cli_now();
            p->progress(pl->t, cli_inputs_bytes(&p->in), last - p->t0,
                        p->progress_ctx);
        }
    }
    drain(pl);
    cli_msgs_print(&pl->pending, stderr);
}

int cli_pipeline_run_jobs(cli_pipeline *p, cli_tally *t, int *status)
{
    pool *pl = calloc(1, sizeof *pl);
    worker_arg *args = calloc((size_t)p->jobs, sizeof *args);
    size_t cap = (size_t)p->jobs * JOBS_SLOTS_PER_THREAD;
    slot *slots = calloc(cap, sizeof *slots);
    if (!pl || !args || !slots) {
        free(pl);
        free(args);
        free(slots);
        return -1;
    }
    pthread_mutex_init(&pl->mu, NULL);
    pthread_cond_init(&pl->work, NULL);
    pthread_cond_init(&pl->done, NULL);
    pl->slots = slots;
    pl->cap = cap;
    pl->awaited = ULLONG_MAX;
    pl->quiet = p->quiet;
    pl->p = p;
    pl->t = t;
    pl->status = status;
    pl->pending.full = pending_full;
    pl->pending.ctx = pl;
    int rc = pool_start(pl, p->jobs, p->lex, p->opts, args);
    if (!rc) {
        p->in.msgs = &pl->pending;
        pool_loop(pl);
        p->in.msgs = NULL;
    }
    pool_stop(pl);
    p->ran_jobs = pl->nthreads;
    for (int i = 0; i < pl->nthreads; i++)
        p->jobs_cpu += args[i].cpu;
    for (size_t i = 0; i < cap; i++) {
        cli_msgs_free(&slots[i].before);
        cli_msgs_free(&slots[i].msgs);
    }
    cli_msgs_free(&pl->pending);
    pthread_cond_destroy(&pl->done);
    pthread_cond_destroy(&pl->work);
    pthread_mutex_destroy(&pl->mu);
    free(slots);
    free(args);
    free(pl);
    return rc;
}
