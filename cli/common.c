/*
 * common.c - helpers every subcommand of the dyad command uses: messages,
 * the output sinks (standard output's write errors named with their
 * reason), exit codes, counts and formats on the command line, finding
 * the lexicon, the clock and memory for --stats.
 */
#define _POSIX_C_SOURCE 200809L
#include "cli.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#ifndef DYAD_BUILD_LEXICON
#define DYAD_BUILD_LEXICON ""
#endif
#ifndef DYAD_INSTALL_LEXICON
#define DYAD_INSTALL_LEXICON "/usr/local/share/dyad/dyad.lexb"
#endif

void cli_error(const dyad_error *e)
{
    cli_error_to(NULL, e);
}

int cli_store_is_url(const char *db)
{
    return !strncmp(db, "postgresql://", 13) || !strncmp(db, "postgres://", 11);
}

void cli_say(cli_msgs *m, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    if (m) {
        va_list aq;
        va_copy(aq, ap);
        int n = vsnprintf(NULL, 0, fmt, aq);
        va_end(aq);
        size_t need = m->len + (n > 0 ? (size_t)n : 0) + 1;
        if (n >= 0 && need > m->cap) {
            size_t cap = m->cap ? m->cap : 256;
            while (cap < need)
                cap *= 2;
            char *b = realloc(m->buf, cap);
            if (b) {
                m->buf = b;
                m->cap = cap;
            }
        }
        if (n >= 0 && need <= m->cap) {
            vsnprintf(m->buf + m->len, m->cap - m->len, fmt, ap);
            m->len += (size_t)n;
            va_end(ap);
            if (m->len > CLI_MSGS_FULL && m->full)
                m->full(m->ctx);
            return;
        }
        cli_msgs_print(m, stderr); /* no memory: what it holds first */
    }
    vfprintf(stderr, fmt, ap);
    va_end(ap);
}

void cli_error_to(cli_msgs *m, const dyad_error *e)
{
    if (e->file[0] && e->line > 0)
        cli_say(m, "dyad: %s:%ld:%ld: %s\n", e->file, e->line,
                e->column > 0 ? e->column : 1, e->message);
    else if (e->file[0])
        cli_say(m, "dyad: %s: %s\n", e->file, e->message);
    else
        cli_say(m, "dyad: %s\n", e->message);
}

void cli_msgs_print(cli_msgs *m, FILE *f)
{
    if (m->len)
        fwrite(m->buf, 1, m->len, f);
    m->len = 0;
}

void cli_msgs_free(cli_msgs *m)
{
    free(m->buf);
    m->buf = NULL;
    m->len = m->cap = 0;
}

int cli_sink_file(void *ctx, const char *bytes, size_t len)
{
    return fwrite(bytes, 1, len, (FILE *)ctx) == len ? 0 : -1;
}

int cli_sink_out(void *ctx, const char *bytes, size_t len)
{
    cli_out *o = ctx;
    if (o->error)
        return -1;
    if (fwrite(bytes, 1, len, o->f) != len) {
        o->error = errno ? errno : EIO;
        return -1;
    }
    return 0;
}

/* A buffered stream fails at its flush as often as at a write: both are
 * checked, and the reason named ("No space left on device"). */
int cli_out_done(cli_out *o, const char *cmd)
{
    if (!o->error && fflush(o->f) != 0)
        o->error = errno ? errno : EIO;
    if (!o->error)
        return 0;
    fprintf(stderr, "dyad %s: %s: cannot write: %s\n", cmd,
            o->f == stdout ? "standard output" : "output",
            strerror(o->error));
    return -1;
}

int cli_parse_count(const char *s, size_t *out, unsigned long long max,
                    int units)
{
    char *end;
    if (!s || *s < '0' || *s > '9') /* strtoull would take "-1" and " 1" */
        return -1;
    unsigned long long v = strtoull(s, &end, 10);
    int shift = 0;
    if (units && (*end == 'k' || *end == 'K'))
        shift = 10, end++;
    else if (units && (*end == 'm' || *end == 'M'))
        shift = 20, end++;
    if (*end || v == 0 || v > (max >> shift))
        return -1;
    *out = (size_t)(v << shift);
    return 0;
}

int cli_parse_format(const char *s, dyad_format *out)
{
    static const struct {
        const char *name;
        dyad_format fmt;
    } names[] = {{"jsonl", DYAD_FORMAT_JSONL},
                 {"tsv", DYAD_FORMAT_TSV},
                 {"table", DYAD_FORMAT_TABLE},
                 {"events", DYAD_FORMAT_EVENTS},
                 {"csv", DYAD_FORMAT_CSV},
                 {"gdelt", DYAD_FORMAT_GDELT},
                 {"gdelt-mentions", DYAD_FORMAT_GDELT_MENTIONS},
                 {"geojson", DYAD_FORMAT_GEOJSON},
                 {"acled", DYAD_FORMAT_ACLED},
                 {"json", DYAD_FORMAT_JSON}};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (!strcmp(s, names[i].name)) {
            *out = names[i].fmt;
            return 0;
        }
    return -1;
}

int cli_exit_for(int code)
{
    switch (code) {
    case DYAD_OK:
        return EX_OK;
    case DYAD_EINVAL:
        return EX_USAGE;
    case DYAD_EIO:
    case DYAD_ESTORE:
    case DYAD_ENOMEM:
        return EX_IO;
    default:
        return EX_INPUT;
    }
}

/* the lexicon file: --lexicon, $DYAD_LEXICON, the build tree's, the
 * installed one */
const char *cli_lexicon_path(const char *path)
{
    const char *env = getenv("DYAD_LEXICON");
    if (path && path[0])
        return path;
    if (env && env[0])
        return env;
    if (DYAD_BUILD_LEXICON[0] && access(DYAD_BUILD_LEXICON, R_OK) == 0)
        return DYAD_BUILD_LEXICON;
    return DYAD_INSTALL_LEXICON;
}

dyad_lexicon *cli_try_lexicon(const char *path)
{
    dyad_lexicon *lx = NULL;
    dyad_error err;
    memset(&err, 0, sizeof err);
    return dyad_lexicon_load(&lx, cli_lexicon_path(path), NULL, &err) ? NULL
                                                                      : lx;
}

dyad_lexicon *cli_load_lexicon(const char *path)
{
    const char *chosen = cli_lexicon_path(path);
    dyad_lexicon *lx = NULL;
    dyad_error err;
    memset(&err, 0, sizeof err);
    if (dyad_lexicon_load(&lx, chosen, NULL, &err)) {
        cli_error(&err);
        fprintf(stderr, "dyad: no usable lexicon (try --lexicon FILE, or "
                        "'dyad lexicon compile')\n");
        return NULL;
    }
    return lx;
}

double cli_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

double cli_peak_rss_mb(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return (double)ru.ru_maxrss / 1024.0;
}

double cli_thread_cpu(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}
