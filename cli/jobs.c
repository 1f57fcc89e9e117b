/*
 * jobs.c - `dyad code --jobs N`: the documents coded on N threads, each
 * with its own dyad_coder over the one shared lexicon: N - 1 workers and
 * the calling thread, which also reads them in order (inputs.c), and
 * writes, stores and counts each in input order once it is coded. So the
 * output, the store, the messages on stderr and the summary are those of
 * one job.
 *
 * The documents in flight (read, not yet written) sit in a ring of slots
 * that is both the work queue and the reorder buffer: at most
 * JOBS_SLOTS_PER_THREAD per coding thread and JOBS_BYTES of document text
 * at once (a larger document goes alone). Messages about a document, the
 * reader's and the coder's, are kept in its slot and printed when its
 * turn comes. When the ring is full the reading thread codes a run of it
 * itself, and sleeps only when every document is taken: on N cores N
 * threads run, none waiting on another. A thread takes up to JOBS_CLAIM
 * documents at a time and a worker is woken for a run, so the threads
 * lock and wake each other once per run of documents rather than once
 * per document. The library stays single-threaded per coder.
 *
 * Without a store, the coding thread also formats the document's events into
 * its slot (every format but GeoJSON, whose records depend on what was
 * written before), counts them and frees the result, so the writing
 * thread only copies bytes out, and each result is freed by the thread
 * whose malloc arena holds it: freeing another thread's memory takes
 * that arena's lock and makes glibc trim and regrow its heap, page
 * faults and TLB shootdowns that cost more CPU than the freeing itself
 * (docs/performance.md, "--jobs").
 */
#define _GNU_SOURCE
#include "pipeline.h"

#include <limits.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

/* documents in flight per coding thread: the ring lasts a worker about
 * 7 ms while the reading thread codes a run, or has lost its core */
#define JOBS_SLOTS_PER_THREAD 256
/* most documents a coding thread takes at once */
#define JOBS_CLAIM 8
/* a slot's output buffer is kept for the next document up to this size
 * (a document's JSONL is 0.9 KB on average, 1.1% of them pass 4 KiB) */
#define JOBS_OUT_KEEP ((size_t)4 << 10)
/* document text in flight: the coded results hold about as much again */
#define JOBS_BYTES ((size_t)64 << 20)
/* a block the workers' coders allocate from this size (the word cache,
 * 2.4 MB) is aligned on JOBS_HUGE_PAGE: its first 2 MB one huge page
 * instead of 512 small ones */
#define JOBS_HUGE ((size_t)1 << 20)
#define JOBS_HUGE_PAGE ((size_t)2 << 20)

/* a document's events as the worker formatted them */
typedef struct outbuf {
    char *buf;
    size_t len, cap;
    int failed; /* out of memory */
} outbuf;

/* one document in flight */
typedef struct slot {
    cli_doc_copy *doc; /* its copy, or NULL: the slot is free */
    cli_msgs before;   /* the reader's messages since the last document */
    cli_msgs msgs;     /* the coder's messages about it */
    dyad_result *res;  /* coded and not finished by the worker: the
                          result, or NULL */
    int rc;            /* coded: 0 or the error of cli_code_doc_to */
    outbuf out;        /* finished: its events in the output format */
    size_t written;    /* finished: the records in out */
    size_t events, sentences; /* finished: the result's counts */
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
    int finish; /* workers format, count and free their results */
    int share;  /* the workers asked for: how a run of documents is split */
    cli_pipeline *p;
    cli_tally *t;
    int *status;
    int failed; /* writing or storing failed: read no more */
    cli_msgs pending; /* the reader's messages, for the next document */
    int nthreads;
    pthread_t th[CLI_JOBS_MAX];
    dyad_coder *coder;       /* the reading thread's (help), or NULL */
    int timed;               /* its coding CPU time is measured ... */
    double coding_cpu;       /* ... here */
    const dyad_lexicon *lex; /* for the workers' coders */
    dyad_options wopts;
    int made;                /* workers whose coder is made or failed */
    pthread_cond_t ready;    /* made grew */
} pool;

typedef struct worker_arg {
    pool *pl;
    dyad_coder *coder; /* made by the worker; NULL when that failed */
    dyad_error err;    /* then why */
    double cpu;        /* the thread's CPU seconds, when it ends */
} worker_arg;

/* a dyad_sink_fn appending to the outbuf ctx */
static int out_sink(void *ctx, const char *bytes, size_t len)
{
    outbuf *o = ctx;
    if (o->cap - o->len < len) {
        size_t cap = o->cap ? o->cap : 4096;
        while (cap - o->len < len) {
            if (cap > SIZE_MAX / 2)
                return o->failed = -1;
            cap *= 2;
        }
        char *buf = realloc(o->buf, cap);
        if (!buf)
            return o->failed = -1;
        o->buf = buf;
        o->cap = cap;
    }
    memcpy(o->buf + o->len, bytes, len);
    o->len += len;
    return 0;
}

/* On the coding thread: the coded document's events formatted into its slot,
 * counted, and its result freed. */
static void finish_slot(pool *pl, slot *s)
{
    dyad_result *res = s->res;
    int fmt = pl->p->fmt;
    s->res = NULL;
    s->out.len = 0;
    s->out.failed = 0;
    s->written = 0;
    if (fmt >= 0)
        dyad_result_write_next(res, (dyad_format)fmt, &s->written, out_sink,
                               &s->out);
    s->events = dyad_result_count(res);
    s->sentences = dyad_result_sentence_count(res);
    dyad_result_free(res);
}

/* Takes the next run of documents to code (mu held): a share of those
 * waiting, 1 to JOBS_CLAIM; how many into *n. */
static unsigned long long claim(pool *pl, unsigned long long *n)
{
    unsigned long long first = pl->next;
    unsigned long long k = (pl->tail - first) / (unsigned)pl->share;
    if (k < 1)
        k = 1;
    if (k > JOBS_CLAIM)
        k = JOBS_CLAIM;
    pl->next += k;
    *n = k;
    return first;
}

/* Makes the worker's coder on its own thread, where its pages are first
 * written, while the others make theirs; says so to pool_start. 0 when
 * it is made. */
static int worker_coder(worker_arg *wa)
{
    pool *pl = wa->pl;
    int rc = dyad_coder_new(&wa->coder, pl->lex, &pl->wopts, &wa->err);
    if (rc)
        wa->coder = NULL;
    pthread_mutex_lock(&pl->mu);
    pl->made++;
    pthread_cond_signal(&pl->ready);
    pthread_mutex_unlock(&pl->mu);
    return rc;
}

/* Codes the claimed run [first, first + n) with coder (mu not held),
 * then marks it coded (mu held on return). */
static void code_run(pool *pl, dyad_coder *coder, unsigned long long first,
                     unsigned long long n)
{
    for (unsigned long long seq = first; seq < first + n; seq++) {
        slot *s = &pl->slots[seq % pl->cap];
        s->rc = cli_code_doc_to(&s->res, coder, &s->doc->doc, pl->quiet,
                                &s->msgs);
        if (!s->rc && pl->finish)
            finish_slot(pl, s);
    }
    pthread_mutex_lock(&pl->mu);
    for (unsigned long long seq = first; seq < first + n; seq++)
        pl->slots[seq % pl->cap].done = 1;
}

static void *worker_main(void *arg)
{
    worker_arg *wa = arg;
    pool *pl = wa->pl;
    if (worker_coder(wa))
        return NULL;
    pthread_mutex_lock(&pl->mu);
    for (;;) {
        while (pl->next == pl->tail && !pl->closed)
            pthread_cond_wait(&pl->work, &pl->mu);
        if (pl->next == pl->tail)
            break;
        unsigned long long n;
        unsigned long long first = claim(pl, &n);
        pthread_mutex_unlock(&pl->mu);
        code_run(pl, wa->coder, first, n);
        if (pl->awaited >= first && pl->awaited < first + n)
            pthread_cond_signal(&pl->done);
    }
    pthread_mutex_unlock(&pl->mu);
    wa->cpu = cli_thread_cpu();
    return NULL;
}

/* On the reading thread, instead of waiting: codes a run of the
 * documents no worker has taken, with its own coder. 0 when there was
 * none. */
static int help(pool *pl)
{
    if (!pl->coder)
        return 0;
    pthread_mutex_lock(&pl->mu);
    if (pl->next == pl->tail) {
        pthread_mutex_unlock(&pl->mu);
        return 0;
    }
    unsigned long long n;
    unsigned long long first = claim(pl, &n);
    if (pl->next < pl->tail)
        pthread_cond_signal(&pl->work);
    pthread_mutex_unlock(&pl->mu);
    double t0 = pl->timed ? cli_thread_cpu() : 0;
    code_run(pl, pl->coder, first, n);
    pthread_mutex_unlock(&pl->mu);
    if (pl->timed)
        pl->coding_cpu += cli_thread_cpu() - t0;
    return 1;
}

/* A document its coding thread finished: its bytes out, its counts in. */
static void write_finished(pool *pl, slot *s)
{
    outbuf *o = &s->out;
    if (o->failed) {
        fprintf(stderr, "dyad: out of memory\n");
        *pl->status = EX_IO;
        pl->failed = 1;
    } else if (o->len && fwrite(o->buf, 1, o->len, stdout) != o->len) {
        fprintf(stderr, "dyad: cannot write output\n");
        *pl->status = EX_IO;
        pl->failed = 1;
    } else {
        pl->p->written += s->written;
        cli_tally_counts(pl->t, s->events, s->sentences);
    }
    if (o->cap > JOBS_OUT_KEEP) {
        free(o->buf);
        *o = (outbuf){0};
    }
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
    } else if (pl->finish) {
        write_finished(pl, s);
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
    if (pl->next < pl->tail) /* a run shorter than JOBS_CLAIM waits */
        pthread_cond_signal(&pl->work);
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
    pthread_mutex_lock(&pl->mu);
    if (ahead && pl->head < pl->tail) {
        unsigned long long last = pl->head + ahead - 1;
        wait_coded(pl, last < pl->tail ? last : pl->tail - 1);
        wait_coded(pl, pl->head);
    }
    unsigned long long from = pl->head, to = from;
    while (to < pl->tail && pl->slots[to % pl->cap].done)
        to++;
    pthread_mutex_unlock(&pl->mu);
    if (to == from)
        return 0;
    size_t bytes = 0;
    for (unsigned long long seq = from; seq < to; seq++) {
        slot *s = &pl->slots[seq % pl->cap];
        bytes += s->doc->doc.text_len;
        write_slot(pl, s);
    }
    pthread_mutex_lock(&pl->mu);
    for (unsigned long long seq = from; seq < to; seq++)
        pl->slots[seq % pl->cap].done = 0;
    pl->bytes -= bytes;
    pl->head = to;
    pthread_mutex_unlock(&pl->mu);
    return 1;
}

/* writes every document in flight, in order, coding what no worker
 * has taken */
static void drain(pool *pl)
{
    while (pl->head < pl->tail)
        if (!write_ready(pl, 0) && !help(pl))
            write_ready(pl, 1);
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
 * (writing the oldest meanwhile, and while the ring is full coding a run
 * of it, or when every one is taken waiting for the oldest). -1 when
 * memory runs out. */
static int put_doc(pool *pl, const dyad_doc *doc)
{
    size_t need = doc->text_len;
    write_ready(pl, 0);
    while (pl->head < pl->tail &&
           (pl->tail - pl->head == pl->cap || pl->bytes + need > JOBS_BYTES)) {
        if (!help(pl))
            write_ready(pl, 1);
        else
            write_ready(pl, 0);
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
    /* a worker is woken for a whole run, not for each document (help
     * wakes one for fewer, before it codes itself) */
    if (pl->tail - pl->next >= JOBS_CLAIM)
        pthread_cond_signal(&pl->work);
    pthread_mutex_unlock(&pl->mu);
    return 0;
}

/* The C library's allocator, handed to the workers' coders as a
 * dyad_allocator. With one, the library zeroes what it allocates zeroed
 * by writing it (util.c, dy_calloc) instead of calling calloc: the
 * coder's 2.4 MB word cache is then written once at the start. From
 * calloc its pages would be the kernel's shared zero page until the first
 * write into each, and replacing that mapping in a process with several
 * threads sends a TLB shootdown to the other cores, once per page: about
 * 5% of the CPU of a two-thread run (docs/performance.md, "--jobs"). */
static void *libc_malloc(void *ctx, size_t n)
{
    (void)ctx;
#ifdef MADV_HUGEPAGE
    /* A first write to a small page of a fresh block is a fault, and on
     * this project's virtual machine a fault costs about 11 us: the word
     * cache's 576 pages took 5-8 ms a coder, on the thread that made it.
     * Aligned on a huge page (where the kernel gives them on request:
     * transparent_hugepage "madvise" or "always"), its first 2 MB are
     * one fault of 0.1-0.3 ms; the rest are small pages, so the block
     * holds no more memory than before. */
    if (n >= JOBS_HUGE) {
        void *p = NULL;
        if (posix_memalign(&p, JOBS_HUGE_PAGE, n))
            return NULL;
        madvise(p, n & ~(size_t)4095, MADV_HUGEPAGE);
        return p;
    }
#endif
    return malloc(n);
}

static void *libc_realloc(void *ctx, void *ptr, size_t old, size_t n)
{
    (void)ctx;
    (void)old;
    return realloc(ptr, n);
}

static void libc_free(void *ctx, void *ptr)
{
    (void)ctx;
    free(ptr);
}

static const dyad_allocator libc_allocator = {libc_malloc, libc_realloc,
                                              libc_free, NULL};

/* Starts jobs - 1 workers, each making a coder of its own, makes this
 * thread's, and waits until they have: the coders' first writes run on
 * the threads that use them, side by side. A coder not made is said (a
 * worker without one ends). 0 when at least one coder is made. */
static int pool_start(pool *pl, int jobs, const dyad_lexicon *lex,
                      const dyad_options *opts, worker_arg *args)
{
    pl->lex = lex;
    pl->wopts = *opts;
    if (!pl->wopts.alloc)
        pl->wopts.alloc = &libc_allocator;
    for (int i = 0; i < jobs - 1; i++) {
        args[i] = (worker_arg){.pl = pl};
        if (pthread_create(&pl->th[i], NULL, worker_main, &args[i]))
            break;
        pl->nthreads++;
    }
    dyad_error err;
    memset(&err, 0, sizeof err);
    if (dyad_coder_new(&pl->coder, lex, &pl->wopts, &err)) {
        pl->coder = NULL;
        cli_error(&err);
    }
    pthread_mutex_lock(&pl->mu);
    while (pl->made < pl->nthreads)
        pthread_cond_wait(&pl->ready, &pl->mu);
    pthread_mutex_unlock(&pl->mu);
    int coders = pl->coder != NULL;
    for (int i = 0; i < pl->nthreads; i++) {
        if (args[i].coder)
            coders++;
        else
            cli_error(&args[i].err);
    }
    return coders ? 0 : -1;
}

/* ends the workers (the ring is empty, or is dropped after a failure) */
static void pool_stop(pool *pl, worker_arg *args)
{
    pthread_mutex_lock(&pl->mu);
    pl->closed = 1;
    pthread_cond_broadcast(&pl->work);
    pthread_mutex_unlock(&pl->mu);
    for (int i = 0; i < pl->nthreads; i++) {
        pthread_join(pl->th[i], NULL);
        dyad_coder_free(args[i].coder);
    }
    dyad_coder_free(pl->coder);
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
    pthread_cond_init(&pl->ready, NULL);
    pl->slots = slots;
    pl->cap = cap;
    pl->awaited = ULLONG_MAX;
    pl->quiet = p->quiet;
    pl->finish = !p->engine && p->fmt != DYAD_FORMAT_GEOJSON;
    pl->share = p->jobs;
    pl->p = p;
    pl->t = t;
    pl->status = status;
    pl->pending.full = pending_full;
    pl->pending.ctx = pl;
    pl->timed = p->timed;
    int rc = pool_start(pl, p->jobs, p->lex, p->opts, args);
    if (!rc) {
        p->in.msgs = &pl->pending;
        pool_loop(pl);
        p->in.msgs = NULL;
    }
    if (!rc && pl->coder) { /* this thread coded too */
        p->ran_jobs = 1;
        p->jobs_cpu = p->jobs_cpu_max = p->jobs_main_cpu = pl->coding_cpu;
    }
    pool_stop(pl, args);
    for (int i = 0; i < pl->nthreads; i++) {
        if (!args[i].coder)
            continue;
        p->ran_jobs++;
        p->jobs_cpu += args[i].cpu;
        if (args[i].cpu > p->jobs_cpu_max)
            p->jobs_cpu_max = args[i].cpu;
    }
    for (size_t i = 0; i < cap; i++) {
        cli_msgs_free(&slots[i].before);
        cli_msgs_free(&slots[i].msgs);
        free(slots[i].out.buf);
    }
    cli_msgs_free(&pl->pending);
    pthread_cond_destroy(&pl->ready);
    pthread_cond_destroy(&pl->done);
    pthread_cond_destroy(&pl->work);
    pthread_mutex_destroy(&pl->mu);
    free(slots);
    free(args);
    free(pl);
    return rc;
}
