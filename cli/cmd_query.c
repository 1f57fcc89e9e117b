/*
 * cmd_query.c - the commands that read a store: `dyad query`, `dyad stats`,
 * `dyad export` and `dyad plot`. One set of filters (checked before the
 * store is opened: a bad value is a usage error naming it), each
 * command's own options and formats; the store opened read-only;
 * dyad_store_* and dyad_store_plot calls; what an output leaves out said
 * on stderr; exit codes out (docs/man/dyad.1).
 */
#define _GNU_SOURCE
#include "cli.h"
#include "cmd.h"

#include "dyad_tools.h"

#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
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

#define MAX_PLACES 16 /* places one --place name may mean */

/* the usage of command cmd, with the filters they share */
static void read_usage(int cmd, FILE *f)
{
    static const char *const heads[] = {
        "usage: dyad query [filters] [--format table|jsonl|csv|tsv|events|\n"
        "                  gdelt|gdelt-mentions|geojson|acled] [--limit N]\n",
        "usage: dyad stats [filters] [--by day|week|month|year] [--top-dyads N]\n"
        "                  [--top-actors N] [--explain] [--format table|csv|json]\n"
        "                  [--max-periods N]\n",
        "usage: dyad export [filters] [--format gdelt|gdelt-mentions|geojson|\n"
        "                   acled|csv|jsonl|tsv|events] [-o FILE]\n",
        "usage: dyad plot [filters] -o FILE.png|FILE.svg [--kind timeline|dyads]\n"
        "                 [--by day|week|month|year] [--top N] [--title T]\n"
        "                 [--width W] [--height H] [--max-periods N]\n"};
    fprintf(f, "%s", heads[cmd]);
    fprintf(f,
            "filters (all optional, combined with AND; a bad value exits 2):\n"
            "  -D, --db FILE         the event store (default dyad.db)\n"
            "      --from DATE       events on or after DATE (YYYY-MM-DD)\n"
            "      --to DATE         events on or before DATE\n"
            "      --actor CODE      either side; a prefix: RUS matches RUSMIL\n"
            "      --dyad A,B        between A and B, either way\n"
            "      --directed        --dyad means A acting on B only\n"
            "      --cameo CODE      CAMEO code or root prefix (19, 190)\n"
            "      --quad N          QuadClass 1..4\n"
            "      --plover TYPE     PLOVER event type (ASSAULT, ...)\n"
            "      --status S,...    statuses of a report (default asserted,\n"
            "                        reported,confirmed; 'all' for every one)\n"
            "      --country ISO3    country of the event's place\n"
            "      --place NAME      the event's place, by any of its names\n"
            "      --bbox W,S,E,N    the event's own point in the box\n"
            "      --publisher NAME  a report by this publisher\n"
            "      --min-mentions N  at least N reports\n"
            "      --text WORDS      words in a mention's sentence (full text)\n"
            "  -l, --lexicon FILE    the lexicon --place looks names up in\n");
}

/* --by: day, week, month or year */
static int parse_by(const char *s, dyad_period *by)
{
    static const char *const names[] = {"day", "week", "month", "year"};
    for (int i = 0; i < 4; i++)
        if (!strcmp(s, names[i])) {
            *by = (dyad_period)i;
            return 0;
        }
    return -1;
}

/* the options of the four commands */
typedef struct read_args {
    int cmd;
    const char *db, *format, *output, *title, *lexpath;
    dyad_query q;
    dyad_period by;
    size_t top_dyads, top_actors, top, width, height;
    size_t max_periods; /* --max-periods: 0, the default */
    int kind, explain;
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
    case 'P': return &q->publisher;
    default: return NULL;
    }
}

/* --bbox W,S,E,N: four numbers; -1 when it is not */
static int parse_bbox(const char *arg, dyad_query *q)
{
    const char *p = arg;
    for (int i = 0; i < 4; i++) {
        char *end;
        q->bbox[i] = strtod(p, &end);
        if (end == p || (i < 3 && *end != ',') || (i == 3 && *end))
            return -1;
        p = end + 1;
    }
    q->has_bbox = 1;
    return 0;
}

/* A filter option into a->q: 1 when opt was one, 0 when it is not a
 * filter, or -1 (reported) for a bad value. */
static int filter_opt(read_args *a, int opt, char *arg)
{
    const char *cmd = cmd_names[a->cmd];
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
            fprintf(stderr, "dyad %s: bad --quad '%s' (1 to 4)\n", cmd, arg);
            return -1;
        }
        a->q.quad_class = arg[0] - '0';
        return 1;
    }
    if (opt == 'B') {
        if (parse_bbox(arg, &a->q) == 0)
            return 1;
        fprintf(stderr, "dyad %s: bad --bbox '%s' (W,S,E,N in degrees)\n",
                cmd, arg);
        return -1;
    }
    if (opt != 'y')
        return 0;
    snprintf(a->dyad_buf, sizeof a->dyad_buf, "%s", arg);
    char *comma = strchr(a->dyad_buf, ',');
    if (!comma || comma == a->dyad_buf || !comma[1]) {
        fprintf(stderr, "dyad %s: bad --dyad '%s' (A,B)\n", cmd, arg);
        return -1;
    }
    *comma = '\0';
    a->q.dyad_source = a->dyad_buf;
    a->q.dyad_target = comma + 1;
    return 1;
}

/* A numeric option (limit, tops, sizes, reports): 0, or -1 (reported). */
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
                 : opt == 'm' ? &a->q.min_mentions
                 : opt == 'W' ? &a->width
                 : opt == 'M' ? &a->max_periods
                              : &a->height;
    *to = v;
    return 0;
}

/* One option of a command's own (format, output, plot's): 0, -1 for a bad
 * value (reported), -2 for an option getopt did not know. */
static int command_opt(read_args *a, int opt, char *arg)
{
    switch (opt) {
    case 'D': a->db = arg; return 0;
    case 'f': a->format = arg; return 0;
    case 'o': a->output = arg; return 0;
    case 't': a->title = arg; return 0;
    case 'l': a->lexpath = arg; return 0;
    case 'e': a->explain = 1; return 0;
    case 'k':
        if (!strcmp(arg, "timeline"))
            a->kind = DYAD_PLOT_TIMELINE;
        else if (!strcmp(arg, "dyads") || !strcmp(arg, "top-dyads"))
            a->kind = DYAD_PLOT_TOP_DYADS;
        else {
            fprintf(stderr, "dyad plot: bad --kind '%s' (timeline or "
                            "dyads)\n", arg);
            return -1;
        }
        return 0;
    case 'b':
        if (parse_by(arg, &a->by)) {
            fprintf(stderr, "dyad %s: bad --by '%s' (day, week, month or "
                            "year)\n", cmd_names[a->cmd], arg);
            return -1;
        }
        return 0;
    case 'n': case '1': case '2': case '3': case 'm': case 'W': case 'H':
    case 'M':
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
        {"bbox", required_argument, NULL, 'B'},
        {"publisher", required_argument, NULL, 'P'},
        {"min-mentions", required_argument, NULL, 'm'},
        {"text", required_argument, NULL, 'x'},
        {"lexicon", required_argument, NULL, 'l'},
        {"format", required_argument, NULL, 'f'},
        {"limit", required_argument, NULL, 'n'},
        {"by", required_argument, NULL, 'b'},
        {"top-dyads", required_argument, NULL, '1'},
        {"top-actors", required_argument, NULL, '2'},
        {"explain", no_argument, NULL, 'e'},
        {"top", required_argument, NULL, '3'},
        {"kind", required_argument, NULL, 'k'},
        {"title", required_argument, NULL, 't'},
        {"width", required_argument, NULL, 'W'},
        {"height", required_argument, NULL, 'H'},
        {"max-periods", required_argument, NULL, 'M'},
        {"output", required_argument, NULL, 'o'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0}};
    /* which options each command takes */
    static const char *const allowed[] = {"fn", "fb12eM", "fno",
                                          "b3ktWHoM"};
    int opt;
    optind = 1;
    while ((opt = getopt_long(argc, argv, "D:f:o:n:l:h", lo, NULL)) != -1) {
        if (strchr("fnb123ektWHoM", opt) &&
            !strchr(allowed[a->cmd], opt)) {
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

/* The checks that need no store: the filters' values and plot's file
 * name; -1 to go on, else EX_USAGE (reported). */
static int check_args(const read_args *a)
{
    dyad_error err;
    memset(&err, 0, sizeof err);
    if (dyad_query_check(&a->q, &err)) {
        fprintf(stderr, "dyad %s: %s\n", cmd_names[a->cmd], err.message);
        return EX_USAGE;
    }
    if (a->cmd != CMD_PLOT)
        return -1;
    size_t n = a->output ? strlen(a->output) : 0;
    if (!n) {
        fprintf(stderr, "dyad plot: -o FILE.png or FILE.svg is required\n");
        return EX_USAGE;
    }
    if (n < 4 || (strcasecmp(a->output + n - 4, ".png") &&
                  strcasecmp(a->output + n - 4, ".svg"))) {
        fprintf(stderr, "dyad plot: '%s': a chart is written as .png or "
                        ".svg\n", a->output);
        return EX_USAGE;
    }
    return -1;
}

/* what an output left out, on stderr (nothing when nothing was) */
static void report_omitted(const read_args *a, const dyad_omitted *om)
{
    char line[1024];
    size_t n = 0;
    for (int k = 0; k < DYAD_OMIT_COUNT && n < sizeof line; k++)
        if (om->count[k])
            n += (size_t)snprintf(line + n, sizeof line - n, "%s%lld %s",
                                  n ? ", " : "", om->count[k],
                                  dyad_omit_name((dyad_omit)k));
    if (n)
        fprintf(stderr, "dyad %s: %lld written; left out: %s%s\n",
                cmd_names[a->cmd], om->written, line,
                om->count[DYAD_OMIT_DENIED] || om->count[DYAD_OMIT_FUTURE] ||
                        om->count[DYAD_OMIT_HYPOTHETICAL] ||
                        om->count[DYAD_OMIT_EMBEDDED]
                    ? " (--status all includes every status)"
                    : "");
}

/* Runs the command on the open store, writing to the sink; a DYAD_E*
 * code. */
static int run_read(const read_args *a, dyad_store *st, dyad_format fmt,
                    dyad_sink_fn sink, void *out, dyad_error *err)
{
    if (a->cmd == CMD_QUERY || a->cmd == CMD_EXPORT) {
        dyad_omitted om;
        int rc = dyad_store_export(st, &a->q, fmt, sink, out, &om, err);
        if (!rc)
            report_omitted(a, &om);
        return rc;
    }
    if (a->cmd == CMD_STATS) {
        dyad_stats_options so;
        memset(&so, 0, sizeof so);
        so.filter = a->q;
        so.by = a->by;
        so.top_dyads = a->top_dyads;
        so.top_actors = a->top_actors;
        so.explain = a->explain;
        so.max_periods = a->max_periods;
        so.series = a->q.actor || a->q.dyad_source ||
                    (!a->top_dyads && !a->top_actors);
        return dyad_store_stats(st, &so, fmt, sink, out, err);
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
    po.max_periods = a->max_periods;
    return dyad_store_plot(st, &po, a->output, err);
}

/* Runs the command with its output: a file written whole or not at all
 * (export -o), else standard output, whose write errors are named. */
static int run_output(const read_args *a, dyad_store *st, dyad_format fmt)
{
    dyad_error err;
    memset(&err, 0, sizeof err);
    dyad_outfile *f = NULL;
    int to_file = a->output && a->cmd != CMD_PLOT;
    if (to_file && dyad_outfile_open(&f, a->output, &err)) {
        cli_error(&err);
        return EX_IO;
    }
    cli_out so = {stdout, 0};
    int rc = to_file ? run_read(a, st, fmt, dyad_outfile_sink, f, &err)
                     : run_read(a, st, fmt, cli_sink_out, &so, &err);
    /* a failed write: commit says which file and why, and removes it */
    if (to_file && (!rc || rc == DYAD_EIO))
        rc = dyad_outfile_commit(f, &err);
    else if (to_file)
        dyad_outfile_abort(f);
    if (!to_file && cli_out_done(&so, cmd_names[a->cmd]))
        return EX_IO;
    if (rc)
        cli_error(&err);
    return cli_exit_for(rc);
}

/* The places a --place name may mean, looked up in the lexicon (its
 * other names find them too); without a lexicon, the name as written. */
static dyad_lexicon *place_names(read_args *a, dyad_place_ref *refs)
{
    if (!a->q.place)
        return NULL;
    dyad_lexicon *lx = cli_try_lexicon(a->lexpath);
    if (!lx) {
        fprintf(stderr, "dyad %s: no lexicon: --place '%s' matches the name "
                        "as written only\n", cmd_names[a->cmd], a->q.place);
        return NULL;
    }
    size_t n = dyad_lexicon_find_places(lx, a->q.place, refs, MAX_PLACES);
    a->q.places = refs;
    a->q.place_count = n < MAX_PLACES ? n : MAX_PLACES;
    return lx;
}

static int cmd_read(int cmd, int argc, char **argv)
{
    read_args a;
    memset(&a, 0, sizeof a);
    a.cmd = cmd;
    a.db = "dyad.db"; /* a.q all zero: DYAD_QUERY_INIT, what happened */
    a.by = DYAD_PERIOD_AUTO;
    a.kind = DYAD_PLOT_TIMELINE;
    int rc = parse_read_args(argc, argv, &a);
    if (rc >= 0)
        return rc;
    dyad_format fmt;
    if (pick_format(&a, &fmt))
        return EX_USAGE;
    if ((rc = check_args(&a)) >= 0)
        return rc;
    if (!cli_store_is_url(a.db) && access(a.db, R_OK) != 0) {
        fprintf(stderr, "dyad: %s: no such database\n", a.db);
        return EX_IO;
    }
    dyad_place_ref refs[MAX_PLACES];
    dyad_lexicon *lx = place_names(&a, refs);
    dyad_store *st = NULL;
    dyad_error err;
    memset(&err, 0, sizeof err);
    if (dyad_store_open_readonly(&st, a.db, &err)) {
        cli_error(&err);
        dyad_lexicon_free(lx);
        return EX_IO;
    }
    rc = run_output(&a, st, fmt);
    dyad_store_close(st);
    dyad_lexicon_free(lx);
    return rc;
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
