/*
 * feeds.c - feeds and pages as a document source of the pipeline, for
 * `dyad ingest URL...` / `--feeds FILE` and `dyad watch`: the options,
 * the session (include/dyad_tools.h) with its own store connection for
 * the feed state, failed feeds reported and counted, and the feeds line
 * of the summary.
 */
#define _POSIX_C_SOURCE 200809L
#include "pipeline.h"

#include <stdlib.h>
#include <string.h>

struct cli_feeds {
    dyad_feeds *fs;
    dyad_store *st;
    const char *date; /* --date: for documents without one */
    int quiet;
    size_t bad_lines; /* of --feeds files */
    int (*should_stop)(void *ctx); /* watch's signal flag, or NULL */
};

/* seconds (up to a day) as milliseconds */
static int parse_secs(const char *s, long *ms)
{
    size_t n;
    if (cli_parse_count(s, &n, 86400, 0))
        return -1;
    *ms = (long)n * 1000;
    return 0;
}

int cli_feed_opt(cli_feed_args *a, int opt, const char *arg)
{
    size_t n = 0;
    int bad = 0;
    switch (opt) {
    case 'F':
        if (a->nlists >= CLI_MAX_LISTS) {
            fprintf(stderr, "dyad: more than %d --feeds files\n",
                    CLI_MAX_LISTS);
            return -1;
        }
        a->lists[a->nlists++] = arg;
        return 1;
    case 'A':
        a->o.fetch_articles = 1;
        return 1;
    case 'T':
        bad = parse_secs(arg, &a->o.timeout_ms);
        break;
    case 'C':
        bad = parse_secs(arg, &a->o.connect_timeout_ms);
        break;
    case 'Y':
        bad = cli_parse_count(arg, &a->o.max_bytes, 1ULL << 30, 1);
        break;
    case 'R':
        bad = cli_parse_count(arg, &n, 50, 0);
        a->o.max_redirects = (long)n;
        break;
    case 'r': /* 0 means none here, and -1 to the library */
        if (strcmp(arg, "0") == 0)
            a->o.retries = -1;
        else if (!(bad = cli_parse_count(arg, &n, 10, 0)))
            a->o.retries = (int)n;
        break;
    case 'H':
        if (strcmp(arg, "0") == 0)
            a->o.host_interval_ms = -1;
        else if (!(bad = cli_parse_count(arg, &n, 3600000, 0)))
            a->o.host_interval_ms = (long)n;
        break;
    case 'I':
        bad = cli_parse_count(arg, &a->o.max_items, 1000000, 0);
        break;
    default:
        return 0;
    }
    if (bad) {
        fprintf(stderr, "dyad: bad value '%s' for a feed option\n", arg);
        return -1;
    }
    return 1;
}

int cli_feeds_split(char **args, int *n)
{
    int paths = 0, urls = 0;
    char **tmp = malloc((size_t)(*n > 0 ? *n : 1) * sizeof *tmp);
    if (!tmp)
        return 0; /* read as paths: each then fails as a file */
    for (int i = 0; i < *n; i++)
        if (!dyad_is_url(args[i]))
            args[paths++] = args[i];
        else
            tmp[urls++] = args[i];
    memcpy(args + paths, tmp, (size_t)urls * sizeof *tmp);
    free(tmp);
    *n = paths;
    return urls;
}

static void on_warn(const dyad_error *w, void *ctx)
{
    const cli_feeds *c = ctx;
    if (c->quiet)
        return;
    if (w->file[0] && w->line > 0)
        fprintf(stderr, "dyad: %s:%ld:%ld: warning: %s\n", w->file, w->line,
                w->column > 0 ? w->column : 1, w->message);
    else
        fprintf(stderr, "dyad: %s: warning: %s\n", w->file, w->message);
}

cli_feeds *cli_feeds_open(const cli_feed_args *a, char **urls, int nurls,
                          const char *db, const char *date, int quiet,
                          int *status)
{
    cli_feeds *c = calloc(1, sizeof *c);
    if (!c) {
        fprintf(stderr, "dyad: out of memory\n");
        *status = EX_IO;
        return NULL;
    }
    c->date = date;
    c->quiet = quiet;
    c->should_stop = a->o.should_stop;
    dyad_feed_options o = a->o;
    o.warn = on_warn;
    o.ctx = c; /* should_stop (watch's) reads its signal flag, not ctx */
    dyad_error err;
    memset(&err, 0, sizeof err);
    int rc = dyad_store_open(&c->st, db, &err);
    if (!rc)
        rc = dyad_feeds_new(&c->fs, c->st, &o, &err);
    for (int i = 0; !rc && i < nurls; i++)
        rc = dyad_feeds_add(c->fs, urls[i], &err);
    for (int i = 0; !rc && i < a->nlists; i++)
        rc = dyad_feeds_add_list(c->fs, a->lists[i], &c->bad_lines, &err);
    if (rc) {
        cli_error(&err);
        *status = rc == DYAD_EINPUT ? EX_INPUT : EX_IO;
        cli_feeds_close(c);
        return NULL;
    }
    if (c->bad_lines && *status == EX_OK)
        *status = EX_INPUT;
    return c;
}

static int is_blank(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && s[i] != '\n' && s[i] != '\r' && s[i] != '\t')
            return 0;
    return 1;
}

int cli_feeds_next(cli_feeds *c, dyad_doc *doc, cli_tally *t, int *status)
{
    dyad_error err;
    for (;;) {
        memset(&err, 0, sizeof err);
        int rc = dyad_feeds_next(c->fs, doc, &err);
        if (rc == 0)
            return 0;
        if (rc < 0 && c->should_stop && c->should_stop(NULL))
            return 0; /* interrupted by a signal: not the feed's fault */
        t->docs++;
        if (rc < 0) {
            t->rejected++;
            if (!c->quiet) {
                cli_error(&err);
                fprintf(stderr, "dyad: %s: rejected\n",
                        err.file[0] ? err.file : "feed");
            }
            if (*status == EX_OK || (rc != DYAD_EINPUT && *status == EX_INPUT))
                *status = cli_exit_for(rc);
            if (rc == DYAD_ESTORE || rc == DYAD_ENOMEM)
                return 0;
            continue;
        }
        t->bytes += doc->text_len;
        if (is_blank(doc->text, doc->text_len)) {
            t->empty++;
            if (!c->quiet)
                fprintf(stderr, "dyad: %s: empty\n",
                        doc->id ? doc->id : doc->url ? doc->url : "item");
            continue;
        }
        cli_doc_date(doc, c->date, t);
        return 1;
    }
}

void cli_feeds_end_round(cli_feeds *c, int stored_ok, int *status)
{
    dyad_feeds_stats s;
    dyad_feeds_get_stats(c->fs, &s);
    dyad_error err;
    memset(&err, 0, sizeof err);
    /* the feed state only follows documents that are stored: otherwise
     * the next run fetches them again */
    if (stored_ok && dyad_feeds_save(c->fs, &err)) {
        cli_error(&err);
        *status = EX_IO;
    }
    if (!c->quiet) {
        fprintf(stderr,
                "dyad: feeds: %zu tried: %zu fetched, %zu not modified, "
                "%zu failed; %zu new documents, %zu items seen before",
                s.feeds, s.fetched, s.not_modified, s.failed, s.items,
                s.seen);
        if (s.dropped)
            fprintf(stderr, ", %zu past --max-items", s.dropped);
        if (s.undated)
            fprintf(stderr, ", %zu undated", s.undated);
        if (s.articles || s.robots || s.article_failed)
            fprintf(stderr,
                    "; articles: %zu read, %zu refused by robots.txt, "
                    "%zu failed",
                    s.articles, s.robots, s.article_failed);
        if (c->bad_lines)
            fprintf(stderr, "; %zu bad lines in feeds files", c->bad_lines);
        fputc('\n', stderr);
    }
    dyad_feeds_rewind(c->fs);
}

void cli_feeds_close(cli_feeds *c)
{
    if (!c)
        return;
    dyad_feeds_free(c->fs);
    dyad_store_close(c->st);
    free(c);
}

/* the run's options first, then the feeds' (pipeline.h); here, not in
 * pipeline.c, so that the coding command `dyad` links no feed code */
int cli_run_feed_opt(cli_run_args *a, cli_feed_args *f, int opt,
                     const char *arg)
{
    int r = cli_run_opt(a, opt, arg);
    return r ? r : cli_feed_opt(f, opt, arg);
}
