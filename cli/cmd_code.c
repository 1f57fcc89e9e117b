/*
 * cmd_code.c - `dyad code`: reads documents, codes them, writes events and
 * (with --db) stores them; ends with a summary of every document: coded,
 * empty, or rejected and why. Also `dyad explain` and `dyad show`.
 */
#define _GNU_SOURCE
#include "cli.h"

#include <errno.h>

#include <getopt.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
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
            "      --db FILE         also store documents and events in SQLite\n"
            "      --max-doc-bytes N reject larger documents (default 8M)\n"
            "      --max-events N    events kept per document (default 1000)\n"
            "      --keep-negated    emit negated events with status negated\n"
            "      --stats           print throughput and peak memory\n"
            "  -q, --quiet           no per-document messages, no summary\n");
}

int cmd_code(int argc, char **argv)
{
    static const struct option lo[] = {
        {"format", required_argument, NULL, 'f'},
        {"lexicon", required_argument, NULL, 'l'},
        {"date", required_argument, NULL, 'd'},
        {"db", required_argument, NULL, 'D'},
        {"max-doc-bytes", required_argument, NULL, 'M'},
        {"max-events", required_argument, NULL, 'E'},
        {"keep-negated", no_argument, NULL, 'N'},
        {"stats", no_argument, NULL, 'S'},
        {"quiet", no_argument, NULL, 'q'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0}};
    int fmt = DYAD_FORMAT_JSONL, stats = 0, quiet = 0, opt;
    const char *lexpath = NULL, *date = NULL, *dbpath = NULL;
    dyad_options opts = DYAD_OPTIONS_INIT;
    optind = 1;
    while ((opt = getopt_long(argc, argv, "f:l:d:qh", lo, NULL)) != -1) {
        switch (opt) {
        case 'f':
            if (parse_format(optarg, &fmt)) {
                fprintf(stderr, "dyad code: unknown format '%s'\n", optarg);
                return EX_USAGE;
            }
            break;
        case 'l':
            lexpath = optarg;
            break;
        case 'd':
            date = optarg;
            break;
        case 'D':
            dbpath = optarg;
            break;
        case 'M':
            if (cli_parse_count(optarg, &opts.max_doc_bytes, SIZE_MAX, 1)) {
                fprintf(stderr, "dyad code: bad --max-doc-bytes '%s'\n",
                        optarg);
                return EX_USAGE;
            }
            break;
        case 'E':
            if (cli_parse_count(optarg, &opts.max_events, SIZE_MAX, 1)) {
                fprintf(stderr, "dyad code: bad --max-events '%s'\n", optarg);
                return EX_USAGE;
            }
            break;
        case 'N':
            opts.flags |= DYAD_F_KEEP_NEGATED;
            break;
        case 'S':
            stats = 1;
            break;
        case 'q':
            quiet = 1;
            break;
        case 'h':
            code_usage(stdout);
            return EX_OK;
        default:
            code_usage(stderr);
            return EX_USAGE;
        }
    }
    dyad_lexicon *lx = cli_load_lexicon(lexpath);
    if (!lx)
        return EX_IO;
    dyad_coder *coder = NULL;
    dyad_store *store = NULL;
    dyad_error err;
    int status = EX_OK;
    memset(&err, 0, sizeof err);
    if (dyad_coder_new(&coder, lx, &opts, &err)) {
        cli_error(&err);
        dyad_lexicon_free(lx);
        return EX_IO;
    }
    if (dbpath && dyad_store_open(&store, dbpath, &err)) {
        cli_error(&err);
        dyad_coder_free(coder);
        dyad_lexicon_free(lx);
        return EX_IO;
    }
    if (fmt >= 0)
        dyad_format_header((dyad_format)fmt, cli_sink_file, stdout);
    char *stdin_only[] = {"-"};
    char **inputs = optind < argc ? argv + optind : stdin_only;
    int ninputs = optind < argc ? argc - optind : 1;
    cli_tally t;
    memset(&t, 0, sizeof t);
    int tty = isatty(2) && !quiet;
    double t0 = cli_now(), last = t0;
    cli_inputs in = {.paths = inputs, .npaths = ninputs, .opts = &opts,
                     .date = date, .quiet = quiet};
    dyad_doc doc;
    while (cli_inputs_next(&in, &doc, &t, &status)) {
        dyad_result *res = NULL;
        int rc = cli_code_doc(&res, coder, &doc, &t, quiet, &status);
        if (rc == DYAD_ENOMEM)
            break;
        if (rc)
            continue;
        if (fmt >= 0 &&
            dyad_result_write(res, (dyad_format)fmt, cli_sink_file, stdout)) {
            fprintf(stderr, "dyad: cannot write output\n");
            dyad_result_free(res);
            status = EX_IO;
            break;
        }
        if (store && dyad_store_add(store, res, &err)) {
            cli_error(&err);
            fprintf(stderr, "dyad: %s: not stored\n", doc.id ? doc.id : "?");
            dyad_result_free(res);
            status = EX_IO;
            break;
        }
        dyad_result_free(res);
        if (tty) {
            double tn = cli_now();
            if (tn - last > 0.5) {
                last = tn;
                unsigned long long b = cli_inputs_bytes(&in);
                fprintf(stderr,
                        "\r%llu documents, %.1f MB, %.1f MB/s, %llu events ",
                        t.docs, (double)b / 1e6, (double)b / 1e6 / (tn - t0),
                        t.events);
            }
        }
    }
    cli_inputs_close(&in);
    if ((fflush(stdout) != 0 || ferror(stdout)) && status != EX_IO) {
        fprintf(stderr, "dyad: cannot write output: %s\n", strerror(errno));
        status = EX_IO;
    }
    if (tty && cli_now() - t0 > 0.5)
        fprintf(stderr, "\r\033[K");
    if (!quiet)
        fprintf(stderr,
                "dyad: %llu documents: %llu coded with events (%llu events), "
                "%llu without events, %llu empty, %llu rejected\n",
                t.docs, t.coded, t.events, t.noevent, t.empty, t.rejected);
    if (stats) {
        double secs = cli_now() - t0;
        struct rusage ru;
        getrusage(RUSAGE_SELF, &ru);
        fprintf(stderr,
                "dyad: stats: %.2f MB in %.3f s = %.2f MB/s, %llu sentences "
                "= %.0f sentences/s, %llu documents, peak RSS %.1f MB\n",
                (double)t.bytes / 1e6, secs,
                secs > 0 ? (double)t.bytes / 1e6 / secs : 0.0, t.sentences,
                secs > 0 ? (double)t.sentences / secs : 0.0, t.docs,
                (double)ru.ru_maxrss / 1024.0);
    }
    dyad_store_close(store);
    dyad_coder_free(coder);
    dyad_lexicon_free(lx);
    return status;
}

int cmd_explain(int argc, char **argv)
{
    static const struct option lo[] = {
        {"lexicon", required_argument, NULL, 'l'},
        {"date", required_argument, NULL, 'd'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0}};
    const char *lexpath = NULL, *date = NULL;
    int opt;
    optind = 1;
    while ((opt = getopt_long(argc, argv, "l:d:h", lo, NULL)) != -1) {
        if (opt == 'l')
            lexpath = optarg;
        else if (opt == 'd')
            date = optarg;
        else {
            fprintf(opt == 'h' ? stdout : stderr,
                    "usage: dyad explain [--lexicon FILE] [--date DATE] "
                    "\"TEXT\"...\n");
            return opt == 'h' ? EX_OK : EX_USAGE;
        }
    }
    if (optind >= argc) {
        fprintf(stderr, "usage: dyad explain [--lexicon FILE] [--date DATE] "
                        "\"TEXT\"...\n");
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
    for (int i = optind; i < argc; i++) {
        dyad_doc doc;
        memset(&doc, 0, sizeof doc);
        doc.text = argv[i];
        doc.text_len = strlen(argv[i]);
        doc.date = date;
        if (dyad_explain(coder, &doc, cli_sink_file, stdout, &err)) {
            cli_error(&err);
            status = cli_exit_for(err.code);
        }
    }
    dyad_coder_free(coder);
    dyad_lexicon_free(lx);
    return status;
}

int cmd_show(int argc, char **argv)
{
    static const struct option lo[] = {{"db", required_argument, NULL, 'D'},
                                       {"format", required_argument, NULL, 'f'},
                                       {"limit", required_argument, NULL, 'n'},
                                       {"help", no_argument, NULL, 'h'},
                                       {NULL, 0, NULL, 0}};
    const char *db = "dyad.db";
    int fmt = DYAD_FORMAT_TABLE, opt;
    size_t limit = 0;
    optind = 1;
    while ((opt = getopt_long(argc, argv, "f:n:h", lo, NULL)) != -1) {
        if (opt == 'D')
            db = optarg;
        else if (opt == 'f') {
            dyad_format f;
            if (cli_parse_format(optarg, &f) || f == DYAD_FORMAT_JSON) {
                fprintf(stderr, "dyad show: unknown format '%s'\n", optarg);
                return EX_USAGE;
            }
            fmt = (int)f;
        } else if (opt == 'n') {
            if (cli_parse_count(optarg, &limit, SIZE_MAX, 1)) {
                fprintf(stderr, "dyad show: bad --limit\n");
                return EX_USAGE;
            }
        } else {
            fprintf(opt == 'h' ? stdout : stderr,
                    "usage: dyad show [--db FILE] [--format table|tsv|jsonl|"
                    "csv|events|gdelt] [--limit N]\n");
            return opt == 'h' ? EX_OK : EX_USAGE;
        }
    }
    if (access(db, R_OK) != 0) {
        fprintf(stderr, "dyad: %s: no such database\n", db);
        return EX_IO;
    }
    dyad_store *st = NULL;
    dyad_error err;
    memset(&err, 0, sizeof err);
    if (dyad_store_open(&st, db, &err) ||
        dyad_store_write(st, (dyad_format)fmt, limit, cli_sink_file, stdout,
                         &err)) {
        cli_error(&err);
        dyad_store_close(st);
        return EX_IO;
    }
    dyad_store_close(st);
    return EX_OK;
}
