/*
 * pool.c - the connections `dyad serve` lends its requests: one read-only
 * store handle and one coder per slot (a handle and a coder belong to one
 * thread at a time), as many slots as worker threads, shared under a lock.
 */
#define _POSIX_C_SOURCE 200809L
#include "server.h"

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

struct srv_pool {
    pthread_mutex_t lock;
    pthread_cond_t freed;
    srv_slot *slots;
    unsigned count;
};

int srv_pool_new(srv_pool **out, const srv_config *cfg, unsigned n)
{
    *out = NULL;
    srv_pool *p = calloc(1, sizeof *p);
    if (!p || !(p->slots = calloc(n, sizeof *p->slots))) {
        free(p);
        fprintf(stderr, "dyad serve: out of memory\n");
        return -1;
    }
    pthread_mutex_init(&p->lock, NULL);
    pthread_cond_init(&p->freed, NULL);
    for (; p->count < n; p->count++) {
        srv_slot *s = &p->slots[p->count];
        dyad_error err = {0};
        int rc = dyad_store_open_readonly(&s->store, cfg->db, &err);
        if (!rc && cfg->lex)
            rc = dyad_coder_new(&s->coder, cfg->lex, NULL, &err);
        if (rc) {
            fprintf(stderr, "dyad serve: %s%s%s\n", err.file,
                    err.file[0] ? ": " : "", err.message);
            p->count++;
            srv_pool_free(p);
            return -1;
        }
    }
    *out = p;
    return 0;
}

srv_slot *srv_pool_take(srv_pool *p, unsigned wait_ms)
{
    struct timespec until;
    clock_gettime(CLOCK_REALTIME, &until);
    until.tv_sec += wait_ms / 1000;
    until.tv_nsec += (long)(wait_ms % 1000) * 1000000L;
    if (until.tv_nsec >= 1000000000L) {
        until.tv_sec++;
        until.tv_nsec -= 1000000000L;
    }
    srv_slot *got = NULL;
    pthread_mutex_lock(&p->lock);
    for (;;) {
        for (unsigned i = 0; i < p->count && !got; i++)
            if (!p->slots[i].busy)
                got = &p->slots[i];
        if (got) {
            got->busy = 1;
            break;
        }
        if (pthread_cond_timedwait(&p->freed, &p->lock, &until) == ETIMEDOUT)
            break;
    }
    pthread_mutex_unlock(&p->lock);
    return got;
}

void srv_pool_give(srv_pool *p, srv_slot *s)
{
    if (!s)
        return;
    pthread_mutex_lock(&p->lock);
    s->busy = 0;
    pthread_cond_signal(&p->freed);
    pthread_mutex_unlock(&p->lock);
}

void srv_pool_free(srv_pool *p)
{
    if (!p)
        return;
    for (unsigned i = 0; i < p->count; i++) {
        dyad_coder_free(p->slots[i].coder);
        dyad_store_close(p->slots[i].store);
    }
    pthread_cond_destroy(&p->freed);
    pthread_mutex_destroy(&p->lock);
    free(p->slots);
    free(p);
}
