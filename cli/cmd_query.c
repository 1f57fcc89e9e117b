/*
 * cmd_query.c - the commands that read a store: `dyad query`, `dyad stats`,
 * `dyad export` and `dyad plot`. One set of filters, each command's own
 * options and formats; dyad_store_* and dyad_store_plot calls, exit codes
 * out (docs/man/dyad.1).
 */
#define _GNU_SOURCE
#include "cli.h"
#include "cmd.h"

#include "dyad_tools.h"

#include <getopt.h>
#include <string.h>
#include <unistd.h>

#if defined(__SANITIZE_ADDRESS__)
/* fontconfig (under cairo's text calls) keeps process-wide caches that
 * only FcFini frees, and a library must not call FcFini (other code in the
 * process may use fontconfig): tell LeakSanitizer they are not leaks. */
const char *__lsan_default_suppressions(void);
const char *__lsan_default_suppressions(void)
{
    return "leak:libfontconfig\n";
}
#endif

enum { CMD_QUERY, CMD_STATS, CMD_EXPORT, CMD_PLOT };
static const char *const cmd_names[] = {"query", "stats", "export", "plot"};

/* the usage of command cmd, with the filters they share */
static void read_usage(int cmd, FILE *f)
{
    static const char *const heads[] = {
        "usage: dyad query [filters] [--format table|jsonl|csv|tsv|events|gdelt]\n"
        "                  [--limit N]\n",
        "usage: dyad stats [filters] [--by day|week|month] [--top-dyads N]\n"
        "                  [--top-actors N] [--format table|csv|json]\n",
        "usage: dyad export [filters] [--format gdelt|csv|jsonl|tsv|events]\n"
        "                   [-o FILE]\n",
        "usage: dyad plot [filters] -o FILE.png|FILE.svg [--kind timeline|dyads]\n"
        "                 [--by day|week|month] [--top N] [--title T]\n"
        "                 [--width W] [--height H]\n"};
    fprintf(f, "%s", heads[cmd]);
    fprintf(f,
            "filters (all optional, combined with AND):\n"
            "  -D, --db FILE        the event store (default dyad.db)\n"
            "      --from DATE      events on or after DATE (YYYY-MM-DD)\n"
            "      --to DATE        events on or before DATE\n"
            "      --actor CODE     either side; a prefix: RUS matches RUSMIL\n"
            "      --dyad A,B       between A and B, either way\n"
            "      --directed       --dyad means A acting on B only\n"
            "      --cameo CODE     CAMEO code or root prefix (19, 190)\n"
            "      --quad N         QuadClass 1..4\n"
            "      --plover TYPE    PLOVER event type (ASSAULT, ...)\n"
            "      --status S       a mention with this status (asserted, ...)\n"
            "      --country ISO3   country of the event's place\n"
            "      --place NAME     the event's place\n"
            "      --text WORDS     words in a mention's sentence (full text)\n");
}

/* --by: day, week or month */
static int parse_by(const char *s, dyad_period *by)
{
    if (!strcmp(s, "day"))
        *by = DYAD_PERIOD_DAY;
    else if (!strcmp(s, "week"))
        *by = DYAD_PERIOD_WEEK;
    else if (!strcmp(s, "month"))
        *by = DYAD_PERIOD_MONTH;
    else
        return -1;
    return 0;
}

/* the options of the four commands */
typedef struct read_args {
    int cmd;
    const char *db, *format, *output, *title;
    dyad_query q;
    dyad_period by;
    size_t top_dyads, top_actors, top, width, height;
    int kind;
    char dyad_buf[128]; /* --dyad A,B split in two */
} read_args;

/* the field of a filter that takes its value as it is, or NULL */
static const char **text_filter(dyad_query *q, int opt)
{
    switch (opt) {
    case 'F': return &q->from;
    case 'T': return &q->to;
    case 'a': return &q->actor;
    case 'c': return &q->cameo;
    case 'p': return &q->plover;
    case 's': return &q->status;
    case 'C': return &q->country;
    case 'L': return &q->place;
    case 'x': return &q->text;
    default: return NULL;
    }
}

/* A filter option into a->q: 1 when opt was one, 0 when it is not a
 * filter, or -1 (reported) for a bad value. */
static int filter_opt(read_args *a, int opt, char *arg)
{
    const char **field = text_filter(&a->q, opt);
    if (field) {
        *field = arg;
        return 1;
    }
    if (opt == 'r') {
        a->q.directed = 1;
        return 1;
    }
    if (opt == 'Q') {
        if (arg[0] < '1' || arg[0] > '4' || arg[1]) {
            fprintf(stderr, "dyad %s: --quad takes 1 to 4\n",
                    cmd_names[a->cmd]);
            return -1;
        }
        a->q.quad_class = arg[0] - '0';
        return 1;
    }
    if (opt != 'y')
        return 0;
    snprintf(a->dyad_buf, sizeof a->dyad_buf, "%s", arg);
    char *comma = strchr(a->dyad_buf, ',');
    if (!comma || comma == a->dyad_buf || !comma[1]) {
        fprintf(stderr, "dyad %s: --dyad takes A,B\n", cmd_names[a->cmd]);
        return -1;
    }
    *comma = '\0';
    a->q.dyad_source = a->dyad_buf;
    a->q.dyad_target = comma + 1;
    return 1;
}

/* A numeric option (limit, tops, sizes): 0, or -1 (reported). */
static int count_opt(read_args *a, int opt, const char *arg)
{
    size_t v;
    if (cli_parse_count(arg, &v, 100000000ULL, 0)) {
        fprintf(stderr, "dyad %s: bad number '%s'\n", cmd_names[a->cmd], arg);
        return -1;
    }
    size_t *to = opt == 'n'   ? &a->q.limit
                 : opt == '1' ? &a->top_dyads
                 : opt == '2' ? &a->top_actors
                 : opt == '3' ? &a->top
                 : opt == 'W' ? &a->width
                              : &a->height;
    *to = v;
    return 0;
}

/* One option of a command's own (format, output, plot's): 0, -1 for a bad
 * value (reported), -2 for an option getopt did not know. */
static int command_opt(read_args *a, int opt, char *arg)
{
    switch (opt) {
    case 'D':
        a->db = arg;
        return 0;
    case 'f':
        a->format = arg;
        return 0;
    case 'o':
        a->output = arg;
        return 0;
    case 't':
        a->title = arg;
        return 0;
    case 'k':
        if (!strcmp(arg, "timeline"))
            a->kind = DYAD_PLOT_TIMELINE;
        else if (!strcmp(arg, "dyads") || !strcmp(arg, "top-dyads"))
            a->kind = DYAD_PLOT_TOP_DYADS;
        else {
            fprintf(stderr, "dyad plot: --kind is timeline or dyads\n");
            return -1;
        }
        return 0;
    case 'b':
        if (parse_by(arg, &a->by)) {
            fprintf(stderr, "dyad %s: --by is day, week or month\n",
                    cmd_names[a->cmd]);
            return -1;
        }
        return 0;
    case 'n':
    case '1':
    case '2':
    case '3':
    case 'W':
    case 'H':
        return count_opt(a, opt, arg);
    default:
        return -2;
    }
}

/* Parses the options of command cmd; -1 to go on, else the exit code. */
static int parse_read_args(int argc, char **argv, read_args *a)
{
    static const struct option lo[] = {
        {"db", required_argument, NULL, 'D'},
        {"from", required_argument, NULL, 'F'},
        {"to", required_argument, NULL, 'T'},
        {"actor", required_argument, NULL, 'a'},
        {"dyad", required_argument, NULL, 'y'},
        {"directed", no_argument, NULL, 'r'},
        {"cameo", required_argument, NULL, 'c'},
        {"quad", required_argument, NULL, 'Q'},
        {"plover", required_argument, NULL, 'p'},
        {"status", required_argument, NULL, 's'},
        {"country", required_argument, NULL, 'C'},
        {"place", required_argument, NULL, 'L'},
        {"text", required_argument, NULL, 'x'},
        {"format", required_argument, NULL, 'f'},
        {"limit", required_argument, NULL, 'n'},
        {"by", required_argument, NULL, 'b'},
        {"top-dyads", required_argument, NULL, '1'},
        {"top-actors", required_argument, NULL, '2'},
        {"top", required_argument, NULL, '3'},
        {"kind", required_argument, NULL, 'k'},
        {"title", required_argument, NULL, 't'},
        {"width", required_argument, NULL, 'W'},
        {"height", required_argument, NULL, 'H'},
        {"output", required_argument, NULL, 'o'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0}};
    /* which options each command takes */
    static const char *const allowed[] = {"fn", "fb123", "fno", "b3ktWHo"};
    int opt;
    optind = 1;
    while ((opt = getopt_long(argc, argv, "D:f:o:n:h", lo, NULL)) != -1) {
        if (strchr("fnb123ktWHo", opt) && !strchr(allowed[a->cmd], opt)) {
            fprintf(stderr, "dyad %s: option not used by this command\n",
                    cmd_names[a->cmd]);
            return EX_USAGE;
        }
        if (opt == 'h') {
            read_usage(a->cmd, stdout);
            return EX_OK;
        }
        int f = filter_opt(a, opt, optarg);
        if (f == 0)
            f = command_opt(a, opt, optarg);
        if (f == -2)
            read_usage(a->cmd, stderr);
        if (f < 0)
            return EX_USAGE;
    }
    if (optind < argc) {
        fprintf(stderr, "dyad %s: unexpected argument '%s'\n",
                cmd_names[a->cmd], argv[optind]);
        return EX_USAGE;
    }
    return -1;
}

/* The format of the command: query and export write events in any format
 * (export is for files: no table), stats tables, CSV or JSON; plot's file
 * name says SVG or PNG. -1 (reported) for one it does not write. */
static int pick_format(const read_args *a, dyad_format *fmt)
{
    const char *name = a->format ? a->format
                       : a->cmd == CMD_EXPORT ? "gdelt"
                                              : "table";
    *fmt = DYAD_FORMAT_TABLE;
    if (a->cmd == CMD_PLOT)
        return 0;
    int known = !cli_parse_format(name, fmt);
    int events = known && *fmt != DYAD_FORMAT_JSON;
    int ok = a->cmd == CMD_QUERY    ? events
             : a->cmd == CMD_EXPORT ? events && *fmt != DYAD_FORMAT_TABLE
                                    : known && (*fmt == DYAD_FORMAT_TABLE ||
                                                *fmt == DYAD_FORMAT_CSV ||
                                                *fmt == DYAD_FORMAT_JSON);
    if (ok)
        return 0;
    fprintf(stderr, "dyad %s: unknown format '%s'\n", cmd_names[a->cmd], name);
    return -1;
}

/* Runs the command on the open store, writing to out; a DYAD_E* code. */
static int run_read(const read_args *a, dyad_store *st, dyad_format fmt,
                    FILE *out, dyad_error *err)
{
    if (a->cmd == CMD_QUERY || a->cmd == CMD_EXPORT)
        return dyad_store_query(st, &a->q, fmt, cli_sink_file, out, err);
    if (a->cmd == CMD_STATS) {
        dyad_stats_options so;
        memset(&so, 0, sizeof so);
        so.filter = a->q;
        so.by = a->by;
        so.top_dyads = a->top_dyads;
        so.top_actors = a->top_actors;
        so.series = a->q.actor || a->q.dyad_source ||
                    (!a->top_dyads && !a->top_actors);
        return dyad_store_stats(st, &so, fmt, cli_sink_file, out, err);
    }
    dyad_plot_options po;
    memset(&po, 0, sizeof po);
    po.kind = a->top ? DYAD_PLOT_TOP_DYADS : (dyad_plot_kind)a->kind;
    po.filter = a->q;
    po.by = a->by;
    po.top = a->top;
    po.title = a->title;
    po.width = (int)a->width;
    po.height = (int)a->height;
    return dyad_store_plot(st, &po, a->output, err);
}

static int cmd_read(int cmd, int argc, char **argv)
{
    read_args a;
    memset(&a, 0, sizeof a);
    a.cmd = cmd;
    a.db = "dyad.db"; /* a.q all zero: DYAD_QUERY_INIT, every event */
    a.by = DYAD_PERIOD_MONTH;
    a.kind = DYAD_PLOT_TIMELINE;
    int rc = parse_read_args(argc, argv, &a);
    if (rc >= 0)
        return rc;
    dyad_format fmt;
    if (pick_format(&a, &fmt))
        return EX_USAGE;
    if (cmd == CMD_PLOT && !a.output) {
        fprintf(stderr, "dyad plot: -o FILE.png or FILE.svg is required\n");
        return EX_USAGE;
    }
    if (access(a.db, R_OK) != 0) {
        fprintf(stderr, "dyad: %s: no such database\n", a.db);
        return EX_IO;
    }
    dyad_store *st = NULL;
    dyad_error err;
    memset(&err, 0, sizeof err);
    if (dyad_store_open(&st, a.db, &err)) {
        cli_error(&err);
        return EX_IO;
    }
    FILE *out = stdout;
    if (a.output && cmd != CMD_PLOT && !(out = fopen(a.output, "w"))) {
        fprintf(stderr, "dyad: %s: cannot write\n", a.output);
        dyad_store_close(st);
        return EX_IO;
    }
    rc = run_read(&a, st, fmt, out, &err);
    if (rc)
        cli_error(&err);
    if (out != stdout && fclose(out) != 0 && !rc) {
        fprintf(stderr, "dyad: %s: cannot write\n", a.output);
        rc = DYAD_EIO;
    }
    fflush(stdout);
    dyad_store_close(st);
    return cli_exit_for(rc);
}

int cmd_query(int argc, char **argv)
{
    return cmd_read(CMD_QUERY, argc, argv);
}

int cmd_stats(int argc, char **argv)
{
    return cmd_read(CMD_STATS, argc, argv);
}

int cmd_export(int argc, char **argv)
{
    return cmd_read(CMD_EXPORT, argc, argv);
}

int cmd_plot(int argc, char **argv)
{
    return cmd_read(CMD_PLOT, argc, argv);
}
