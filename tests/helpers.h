/*
 * helpers.h - fixtures shared by the unit tests: the compiled build
 * lexicon (DYAD_TEST_LEXB) and a one-call "code this text, give me the
 * canonical event dump" helper.
 */
#ifndef DYAD_TEST_HELPERS_H
#define DYAD_TEST_HELPERS_H

#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L /* mkdtemp */
#endif

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "dyad.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A fresh scratch directory "$TMPDIR/NAME-XXXXXX" (/tmp without TMPDIR),
 * its path left in dir; 0 on success, -1 when the path does not fit or
 * the directory cannot be made. */
static inline int th_tmpdir_make(char *dir, size_t cap, const char *name)
{
    const char *base = getenv("TMPDIR");
    int n = snprintf(dir, cap, "%s/%s-XXXXXX", base && *base ? base : "/tmp",
                     name);
    return n > 0 && (size_t)n < cap && mkdtemp(dir) ? 0 : -1;
}

/* removes a scratch directory made by th_tmpdir_make and all in it */
static inline int th_tmpdir_remove(const char *dir)
{
    char cmd[600];
    int n = snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (n < 0 || (size_t)n >= sizeof cmd)
        return -1;
    return system(cmd) == 0 ? 0 : -1;
}

typedef struct th_out {
    char *data;
    size_t len, cap;
} th_out;

static inline int th_sink(void *ctx, const char *bytes, size_t len)
{
    th_out *o = ctx;
    if (o->len + len + 1 > o->cap) {
        size_t cap = (o->len + len + 1) * 2;
        char *d = realloc(o->data, cap);
        if (!d)
            return -1;
        o->data = d;
        o->cap = cap;
    }
    memcpy(o->data + o->len, bytes, len);
    o->len += len;
    o->data[o->len] = '\0';
    return 0;
}

static inline dyad_lexicon *th_lexicon(void)
{
    static dyad_lexicon *lx;
    if (!lx) {
        const char *p = getenv("DYAD_TEST_LEXB");
        dyad_error err;
        memset(&err, 0, sizeof err);
        if (!p || dyad_lexicon_load(&lx, p, NULL, &err)) {
            fprintf(stderr, "cannot load DYAD_TEST_LEXB=%s: %s\n",
                    p ? p : "(unset)", err.message);
            abort();
        }
    }
    return lx;
}

/* Codes text (with an optional date) with coder c, which may have coded
 * other documents before, and returns the canonical dump, one event per
 * line; caller frees. */
static inline char *th_code_with(dyad_coder *c, const char *text,
                                 const char *date)
{
    dyad_result *r = NULL;
    dyad_error err;
    dyad_doc doc;
    th_out out = {NULL, 0, 0};
    memset(&doc, 0, sizeof doc);
    doc.text = text;
    doc.text_len = strlen(text);
    doc.date = date;
    if (dyad_code(&r, c, &doc, &err)) {
        fprintf(stderr, "coding failed: %s\n", err.message);
        abort();
    }
    th_sink(&out, "", 0);
    dyad_result_write(r, DYAD_FORMAT_EVENTS, th_sink, &out);
    dyad_result_free(r);
    return out.data;
}

/* Codes text (with an optional date and options, NULL for the defaults)
 * with a coder of its own and returns the canonical dump, one event per
 * line; caller frees. */
static inline char *th_code_opts(const char *text, const char *date,
                                 const dyad_options *opts)
{
    dyad_coder *c = NULL;
    dyad_error err;
    if (dyad_coder_new(&c, th_lexicon(), opts, &err)) {
        fprintf(stderr, "coding failed: %s\n", err.message);
        abort();
    }
    char *dump = th_code_with(c, text, date);
    dyad_coder_free(c);
    return dump;
}

/* An allocator that fails the fail_at-th call (counting malloc and
 * realloc), or every call from it on with fail_after, and counts the
 * blocks alive, for the out-of-memory tests. Zero it before each run. */
typedef struct th_failing {
    long calls, fail_at, live;
    int fail_after;
} th_failing;

static inline int th_should_fail(th_failing *f)
{
    f->calls++;
    return f->fail_after ? f->calls >= f->fail_at : f->calls == f->fail_at;
}

static inline void *th_f_malloc(void *ctx, size_t n)
{
    th_failing *f = ctx;
    if (th_should_fail(f))
        return NULL;
    void *p = malloc(n);
    if (p)
        f->live++;
    return p;
}

static inline void *th_f_realloc(void *ctx, void *p, size_t old, size_t n)
{
    th_failing *f = ctx;
    (void)old;
    if (th_should_fail(f))
        return NULL;
    void *q = realloc(p, n);
    if (q && !p)
        f->live++;
    return q;
}

static inline void th_f_free(void *ctx, void *p)
{
    th_failing *f = ctx;
    if (p)
        f->live--;
    free(p);
}

static inline dyad_allocator th_failing_allocator(th_failing *f)
{
    dyad_allocator a = {th_f_malloc, th_f_realloc, th_f_free, f};
    return a;
}

#endif
