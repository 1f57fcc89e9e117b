/*
 * pipeline.c - the document loop that `dyad code` and `dyad ingest` share:
 * read (inputs.c), skip what the store holds, code, write, store (the
 * ingest engine); the commands only set it up and report on it.
 */
#define _POSIX_C_SOURCE 200809L
#include "pipeline.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int cli_default_jobs(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? 1 : n > CLI_JOBS_MAX ? CLI_JOBS_MAX : (int)n;
}

int cli_default_jobs_for(char *const *paths, int npaths)
{
    unsigned long long total = 0;
    for (int i = 0; i < npaths; i++) {
        struct stat st;
        if (!strcmp(paths[i], "-") || stat(paths[i], &st) ||
            !S_ISREG(st.st_mode))
            return cli_default_jobs();
        total += (unsigned long long)st.st_size;
        if (total >= CLI_JOBS_SMALL_BYTES)
            return cli_default_jobs();
    }
    return 1;
}

int cli_run_opt(cli_run_args *a, int opt, const char *arg)
{
    switch (opt) {
    case 'l':
        a->lexpath = arg;
        return 1;
    case 'd': {
        char day[11];
        if (dyad_date_read(arg, day, NULL, 0)) {
            fprintf(stderr, "dyad: bad --date '%s' (YYYY-MM-DD, ISO 8601, "
                            "RFC 822, YYYYMMDD, '19 November 2024' ...: "
                            "docs/input.md, \"Dates\")\n", arg);
            return -1;
        }
        a->date = arg;
        return 1;
    }
    case 'D':
        a->dbpath = arg;
        return 1;
    case 'N':
        a->opts.flags |= DYAD_F_KEEP_NEGATED;
        return 1;
    case 'E':
        a->opts.flags |= DYAD_F_KEEP_EMBEDDED;
        return 1;
    case 'S':
        a->stats = 1;
        return 1;
    case 'q':
        a->quiet = 1;
        return 1;
    case CLI_OPT_REPAIR:
        a->opts.flags |= DYAD_F_REPAIR_ENCODING;
        return 1;
    case CLI_OPT_NEAR: {
        char *end;
        double v = strtod(arg, &end);
        if (end == arg || *end || !(v > 0 && v <= 1)) {
            fprintf(stderr, "dyad: bad --near-threshold '%s' (a number "
                            "above 0, at most 1)\n", arg);
            return -1;
        }
        a->put.near_threshold = v;
        return 1;
    }
    case CLI_OPT_MAX_DEPTH: {
        char *end;
        long v = strtol(arg, &end, 10);
        if (end == arg || *end || v < 1 || v > 4096) {
            fprintf(stderr, "dyad: bad --max-depth '%s' (1 to 4096)\n", arg);
            return -1;
        }
        a->opts.max_depth = (size_t)v;
        return 1;
    }
    case CLI_OPT_NO_NEAR:
        a->put.flags |= DYAD_PUT_F_NO_NEAR;
        return 1;
    default:
        return 0;
    }
}

/* One document, the seq-th of the input, through the path: 0 to go on,
 * 1 when it was skipped or rejected, -1 to stop the run. */
static int one_doc(cli_pipeline *p, dyad_doc *doc, unsigned long long seq,
                   cli_tally *t, int *status)
{
    if (p->engine) {
        int stored = 0;
        dyad_error err;
        memset(&err, 0, sizeof err);
        if (cli_store->is_stored(p->engine, doc, &stored, &err)) {
            cli_error(&err);
            *status = EX_IO;
            return -1;
        }
        if (stored) {
            t->skipped++;
            return 1;
        }
        /* nothing to write here: the writer may code it */
        int handed =
            p->fmt < 0 ? cli_store->hand_over(p->engine, doc, seq) : 0;
        if (handed < 0) {
            *status = EX_IO;
            return -1;
        }
        if (handed)
            return 0;
    }
    dyad_result *res = NULL;
    int rc = cli_code_doc(&res, p->coder, doc, seq, t, p->quiet, status);
    if (rc == DYAD_ENOMEM)
        return -1;
    if (rc)
        return 1;
    if (p->fmt >= 0 && dyad_result_write_next(res, (dyad_format)p->fmt,
                                               &p->written, cli_sink_file,
                                               stdout)) {
        fprintf(stderr, "dyad: cannot write output\n");
        dyad_result_free(res);
        *status = EX_IO;
        return -1;
    }
    if (!p->engine) {
        cli_tally_coded(t, res);
        dyad_result_free(res);
        return 0;
    }
    /* counted by what the store does with it */
    if (cli_store->store(p->engine, res, seq)) {
        *status = EX_IO;
        return -1;
    }
    return 0;
}

void cli_pipeline_run(cli_pipeline *p, cli_tally *t, int *status,
                      cli_engine_report *rep)
{
    double last = p->t0;
    dyad_doc doc;
    /* several threads code; this one reads and writes in input order */
    int threaded = p->jobs > 1 && !p->feeds &&
                   cli_pipeline_run_jobs(p, t, status) == 0;
    while (!threaded && !(p->stop && *p->stop) &&
           (cli_inputs_next(&p->in, &doc, t, status) ||
            (p->feeds && cli_store->feeds_next(p->feeds, &doc, t, status)))) {
        int rc = one_doc(p, &doc, t->docs, t, status);
        if (rc < 0)
            break;
        if (rc > 0)
            continue; /* skipped or rejected: no progress to show */
        if (p->progress) {
            double tn = cli_now();
            if (tn - last > p->progress_every) {
                last = tn;
                p->progress(t, cli_inputs_bytes(&p->in), tn - p->t0,
                            p->progress_ctx);
            }
        }
    }
    cli_inputs_close(&p->in);
    if (p->engine)
        cli_store->finish(p->engine, t, status, rep);
    else
        memset(rep, 0, sizeof *rep);
}
