/*
 * cmd_code.c - `dyad code`: reads documents, codes them, writes events and
 * (with --db) stores them, through the shared pipeline; ends with a
 * summary of every document: coded, empty, or rejected and why. Also
 * `dyad explain`, which shows how a text, a file or standard input is
 * coded.
 */
#define _GNU_SOURCE
#include "cmd.h"
#include "pipeline.h"

#include <errno.h>
#include <getopt.h>
#include <stdint.h>
#include <string.h>
#include <unistd.h>

/* --format of `code`: any format that writes events, "json" for jsonl,
 * or null/none for no output (-1) */
static int parse_format(const char *s, int *fmt)
{
    dyad_format f;
    if (!strcmp(s, "null") || !strcmp(s, "none"))
        *fmt = -1;
    else if (cli_parse_format(s, &f))
        return -1;
    else
        *fmt = f == DYAD_FORMAT_JSON ? DYAD_FORMAT_JSONL : (int)f;
    return 0;
}

static void code_usage(FILE *f)
{
    fprintf(f,
            "usage: dyad code [options] [FILE|DIR|-]...\n"
            "  -f, --format FMT      jsonl (default), tsv, table, events, csv,\n"
            "                        gdelt, null\n"
            "  -l, --lexicon FILE    compiled lexicon (dyad.lexb)\n"
            "  -d, --date DATE       date (YYYY-MM-DD) of text files without one\n"
            "  -j, --jobs N          threads that code (default: the cores, at\n"
            "                        most 64; one for files under 64 KiB);\n"
            "                        output as with one\n"
            "      --db FILE         also store documents and events in SQLite\n"
            "                        (a stored id is replaced: docs/store.md)\n"
            "      --max-doc-bytes N reject larger documents (default 8M)\n"
            "      --max-events N    events kept per document (default 1000)\n"
            "      --keep-negated    emit negated events with status negated\n"
            "      --keep-embedded   emit events told in a subordinate clause or\n"
            "                        a request, with status embedded\n"
            CLI_RUN_STORE_HELP
            "      --stats           print throughput, peak memory and the\n"
            "                        threads that coded\n"
            "  -q, --quiet           no per-document messages, no summary\n");
}

/* the options of `dyad code` */
typedef struct code_args {
    cli_run_args run; /* those ingest has too */
    int fmt;
    size_t jobs; /* --jobs, or 0: the cores */
} code_args;

/* Parses the options; -1 to go on, else the exit code. */
static int parse_code_args(int argc, char **argv, code_args *a)
{
    static const struct option lo[] = {
        CLI_RUN_LONG_OPTIONS,
        {"format", required_argument, NULL, 'f'},
        {"max-doc-bytes", required_argument, NULL, 'M'},
        {"max-events", required_argument, NULL, 'X'}, /* 'E': embedded */
        {"jobs", required_argument, NULL, 'j'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0}};
    int opt;
    optind = 1;
    while ((opt = getopt_long(argc, argv, "f:l:d:j:qh", lo, NULL)) != -1) {
        int r = cli_run_opt(&a->run, opt, optarg);
        if (r < 0)
            return EX_USAGE;
        if (r)
            continue;
        switch (opt) {
        case 'f':
            if (parse_format(optarg, &a->fmt)) {
                fprintf(stderr, "dyad code: unknown format '%s'\n", optarg);
                return EX_USAGE;
            }
            break;
        case 'M':
            if (cli_parse_count(optarg, &a->run.opts.max_doc_bytes, SIZE_MAX,
                                1)) {
                fprintf(stderr, "dyad code: bad --max-doc-bytes '%s'\n",
                        optarg);
                return EX_USAGE;
            }
            break;
        case 'X':
            if (cli_parse_count(optarg, &a->run.opts.max_events, SIZE_MAX,
                                1)) {
                fprintf(stderr, "dyad code: bad --max-events '%s'\n", optarg);
                return EX_USAGE;
            }
            break;
        case 'j':
            if (cli_parse_count(optarg, &a->jobs, CLI_JOBS_MAX, 0)) {
                fprintf(stderr, "dyad code: bad --jobs '%s' (1 to %d)\n",
                        optarg, CLI_JOBS_MAX);
                return EX_USAGE;
            }
            break;
        case 'h':
            code_usage(stdout);
            return EX_OK;
        default:
            code_usage(stderr);
            return EX_USAGE;
        }
    }
    return -1;
}

/* the one-line progress on a terminal */
static void code_progress(const cli_tally *t, unsigned long long bytes,
                          double secs, void *ctx)
{
    (void)ctx;
    fprintf(stderr, "\r%llu documents, %.1f MB, %.1f MB/s, %llu events ",
            t->docs, (double)bytes / 1e6, (double)bytes / 1e6 / secs,
            t->events);
}

/* the summary of every document, and with --stats throughput, memory and
 * the threads that coded */
static void code_summary(const code_args *a, const cli_tally *t,
                         const cli_pipeline *p)
{
    int threads = p->ran_jobs ? p->ran_jobs : 1;
    double t0 = p->t0;
    if (!a->run.quiet)
        cli_tally_print(t, a->run.dbpath != NULL, stderr);
    if (!a->run.stats)
        return;
    double secs = cli_now() - t0;
    fprintf(stderr,
            "dyad: stats: %.2f MB in %.3f s = %.2f MB/s, %llu sentences "
            "= %.0f sentences/s, %llu documents, peak RSS %.1f MB, "
            "%d coding thread%s\n",
            (double)t->bytes / 1e6, secs,
            secs > 0 ? (double)t->bytes / 1e6 / secs : 0.0, t->sentences,
            secs > 0 ? (double)t->sentences / secs : 0.0, t->docs,
            cli_peak_rss_mb(), threads, threads == 1 ? "" : "s");
    if (p->ran_jobs)
        fprintf(stderr,
                "dyad: stats: CPU: reading and writing %.3f s, coding %.3f "
                "s, the busiest coding thread %.3f s\n",
                cli_thread_cpu() - p->jobs_main_cpu, p->jobs_cpu,
                p->jobs_cpu_max);
}

/* --db: the store's side opens the engine; the coding-only dyad has none
 * (main.c hands `code --db` to dyad-full before it gets here) */
static int open_store(cli_engine **engine, const cli_engine_options *eo,
                      dyad_error *err)
{
    if (cli_store)
        return cli_store->open(engine, eo, err);
    snprintf(err->message, sizeof err->message,
             "%s: this dyad has no store; dyad-full stores (run dyad "
             "from its build tree or install prefix)",
             eo->db ? eo->db : "--db");
    err->code = DYAD_EIO;
    return DYAD_EIO;
}

int cmd_code(int argc, char **argv)
{
    code_args a;
    memset(&a, 0, sizeof a);
    a.fmt = DYAD_FORMAT_JSONL;
    int rc = parse_code_args(argc, argv, &a);
    if (rc >= 0)
        return rc;
    dyad_lexicon *lx = cli_load_lexicon(a.run.lexpath);
    if (!lx)
        return EX_IO;
    dyad_coder *coder = NULL;
    cli_engine *engine = NULL;
    dyad_error err;
    int status = EX_OK;
    memset(&err, 0, sizeof err);
    /* --db: every document stored in its own transaction, as it is coded */
    /* code --db codes again what is stored: a new lexicon */
    a.run.put.flags |= DYAD_PUT_F_REPLACE | DYAD_PUT_F_RECODE;
    cli_engine_options eo = {a.run.dbpath, 0, 0, 0, a.run.quiet, lx,
                             &a.run.opts, a.run.put, 0};
    if (dyad_coder_new(&coder, lx, &a.run.opts, &err) ||
        (a.run.dbpath && open_store(&engine, &eo, &err))) {
        cli_error(&err);
        dyad_coder_free(coder);
        dyad_lexicon_free(lx);
        return EX_IO;
    }
    if (a.fmt >= 0)
        dyad_format_header((dyad_format)a.fmt, cli_sink_file, stdout);
    char *stdin_only[] = {"-"};
    char **p_paths = optind < argc ? argv + optind : stdin_only;
    int p_npaths = optind < argc ? argc - optind : 1;
    int tty = isatty(2) && !a.run.quiet;
    cli_pipeline p = {
        .in = {.paths = p_paths, .npaths = p_npaths,
               .opts = &a.run.opts, .date = a.run.date, .quiet = a.run.quiet},
        .coder = coder, .fmt = a.fmt, .quiet = a.run.quiet, .engine = engine,
        .progress = tty ? code_progress : NULL, .progress_every = 0.5,
        .t0 = cli_now(),
        .jobs = a.jobs ? (int)a.jobs
                       : cli_default_jobs_for(p_paths, p_npaths),
        .lex = lx,
        .opts = &a.run.opts,
        .timed = a.run.stats};
    cli_tally t;
    cli_engine_report rep;
    memset(&t, 0, sizeof t);
    cli_pipeline_run(&p, &t, &status, &rep);
    if (a.fmt >= 0) /* GeoJSON closes its collection */
        dyad_format_footer((dyad_format)a.fmt, cli_sink_file, stdout);
    if (rep.failed) {
        cli_error(&rep.err);
        fprintf(stderr, "dyad: %s: not stored\n", rep.first_lost);
    }
    if ((fflush(stdout) != 0 || ferror(stdout)) && status != EX_IO) {
        fprintf(stderr, "dyad: cannot write output: %s\n", strerror(errno));
        status = EX_IO;
    }
    if (tty && cli_now() - p.t0 > 0.5)
        fprintf(stderr, "\r\033[K");
    code_summary(&a, &t, &p);
    if (engine)
        cli_store->close(engine);
    dyad_coder_free(coder);
    dyad_lexicon_free(lx);
    return status;
}

/* explains every document of an input (a file, a directory, or "-" for
 * standard input, as `code` reads them), counted in *docs; the exit code */
static int explain_input(dyad_coder *coder, const char *path,
                         const char *date, size_t *docs)
{
    dyad_reader *rd = NULL;
    dyad_error err;
    memset(&err, 0, sizeof err);
    if (dyad_reader_open(&rd, path, NULL, &err)) {
        cli_error(&err);
        return EX_IO;
    }
    int status = EX_OK, rc;
    dyad_doc doc;
    while ((rc = dyad_reader_next(rd, &doc, &err)) != 0) {
        if (rc == DYAD_ESKIP) { /* an entry a walk leaves, said */
            fprintf(stderr, "dyad: %s: skipped: %s\n", err.file,
                    err.message);
            continue;
        }
        if (rc < 0) {
            cli_error(&err);
            status = EX_INPUT;
            continue;
        }
        size_t k = 0;
        while (k < doc.text_len && strchr(" \t\r\n", doc.text[k]))
            k++;
        if (k == doc.text_len)
            continue; /* an empty document: nothing to explain */
        if (!doc.date)
            doc.date = date;
        (*docs)++;
        if (dyad_explain(coder, &doc, cli_sink_file, stdout, &err)) {
            cli_error(&err);
            status = cli_exit_for(err.code);
        }
    }
    dyad_reader_close(rd);
    return status;
}

static void explain_usage(FILE *f)
{
    fprintf(f, "usage: dyad explain [--lexicon FILE] [--date DATE] "
               "(\"TEXT\" | --file FILE | -)...\n"
               "  -f, --file FILE   explain the documents of FILE (text, "
               "JSONL, a directory)\n"
               "  -                 explain standard input (also when no "
               "text is given\n"
               "                    and standard input is not a terminal; "
               "empty, it is a\n"
               "                    usage error)\n");
}

int cmd_explain(int argc, char **argv)
{
    static const struct option lo[] = {
        {"lexicon", required_argument, NULL, 'l'},
        {"date", required_argument, NULL, 'd'},
        {"file", required_argument, NULL, 'f'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0}};
    const char *lexpath = NULL, *date = NULL, *files[64];
    int opt, nfiles = 0;
    optind = 1;
    while ((opt = getopt_long(argc, argv, "l:d:f:h", lo, NULL)) != -1) {
        if (opt == 'l')
            lexpath = optarg;
        else if (opt == 'd')
            date = optarg;
        else if (opt == 'f' && nfiles < 64)
            files[nfiles++] = optarg;
        else {
            explain_usage(opt == 'h' ? stdout : stderr);
            return opt == 'h' ? EX_OK : EX_USAGE;
        }
    }
    int from_stdin = optind >= argc && !nfiles && !isatty(0);
    if (optind >= argc && !nfiles && !from_stdin) {
        explain_usage(stderr);
        return EX_USAGE;
    }
    dyad_lexicon *lx = cli_load_lexicon(lexpath);
    if (!lx)
        return EX_IO;
    dyad_coder *coder = NULL;
    dyad_error err;
    int status = EX_OK;
    memset(&err, 0, sizeof err);
    if (dyad_coder_new(&coder, lx, NULL, &err)) {
        cli_error(&err);
        dyad_lexicon_free(lx);
        return EX_IO;
    }
    size_t docs = 0;
    for (int i = 0; i < nfiles; i++) {
        int rc = explain_input(coder, files[i], date, &docs);
        status = rc > status ? rc : status;
    }
    if (from_stdin && (status = explain_input(coder, "-", date, &docs)) == 0 &&
        !docs) { /* no text at all: as if none was given */
        explain_usage(stderr);
        status = EX_USAGE;
    }
    for (int i = optind; i < argc; i++) {
        int rc = EX_OK;
        if (!strcmp(argv[i], "-")) {
            rc = explain_input(coder, "-", date, &docs);
        } else {
            dyad_doc doc;
            memset(&doc, 0, sizeof doc);
            doc.text = argv[i];
            doc.text_len = strlen(argv[i]);
            doc.date = date;
            if (dyad_explain(coder, &doc, cli_sink_file, stdout, &err)) {
                cli_error(&err);
                rc = cli_exit_for(err.code);
            }
        }
        status = rc > status ? rc : status;
    }
    dyad_coder_free(coder);
    dyad_lexicon_free(lx);
    return status;
}
