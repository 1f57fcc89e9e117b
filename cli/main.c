/*
 * main.c - the dyad command: dispatches to the subcommands in cmd_*.c.
 * Front-end only: everything it does goes through include/dyad.h.
 */
#include "cli.h"

#include <errno.h>

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef DYAD_BUILD_LEXICON
#define DYAD_BUILD_LEXICON ""
#endif
#ifndef DYAD_INSTALL_LEXICON
#define DYAD_INSTALL_LEXICON "/usr/local/share/dyad/dyad.lexb"
#endif

static void usage(FILE *f)
{
    fprintf(f,
            "usage: dyad <command> [options]\n"
            "\n"
            "commands:\n"
            "  code [FILE|DIR|-]...     code news text into events\n"
            "  explain \"SENTENCE\"       show how a text is coded, stage by stage\n"
            "  show --db FILE           print the events stored in a database\n"
            "  ingest [FILE|DIR|-]...   code and store documents (--db FILE)\n"
            "  query [filters]          merged events of a store\n"
            "  stats [filters]          counts per period, top dyads and actors\n"
            "  export [filters]         GDELT 2.0 event table, CSV or JSONL\n"
            "  plot [filters] -o FILE   SVG or PNG chart of a dyad or top dyads\n"
            "  eval GOLD.jsonl...       accuracy against gold-coded records\n"
            "  lexicon compile|check|info   build, validate, describe a lexicon\n"
            "  version                  print the version\n"
            "\n"
            "Run 'dyad <command> --help' for a command's options; see dyad(1).\n");
}

static int run(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return EX_USAGE;
    }
    const char *cmd = argv[1];
    if (!strcmp(cmd, "code"))
        return cmd_code(argc - 1, argv + 1);
    if (!strcmp(cmd, "explain"))
        return cmd_explain(argc - 1, argv + 1);
    if (!strcmp(cmd, "lexicon"))
        return cmd_lexicon(argc - 1, argv + 1);
    if (!strcmp(cmd, "eval"))
        return cmd_eval(argc - 1, argv + 1);
    if (!strcmp(cmd, "show"))
        return cmd_show(argc - 1, argv + 1);
    if (!strcmp(cmd, "ingest"))
        return cmd_ingest(argc - 1, argv + 1);
    if (!strcmp(cmd, "query"))
        return cmd_query(argc - 1, argv + 1);
    if (!strcmp(cmd, "stats"))
        return cmd_stats(argc - 1, argv + 1);
    if (!strcmp(cmd, "export"))
        return cmd_export(argc - 1, argv + 1);
    if (!strcmp(cmd, "plot"))
        return cmd_plot(argc - 1, argv + 1);
    if (!strcmp(cmd, "version") || !strcmp(cmd, "--version")) {
        printf("dyad %s (output schema %d, lexicon format %d)\n",
               dyad_version(), DYAD_OUTPUT_SCHEMA, DYAD_LEXICON_FORMAT);
        return EX_OK;
    }
    if (!strcmp(cmd, "help") || !strcmp(cmd, "--help") || !strcmp(cmd, "-h")) {
        usage(stdout);
        return EX_OK;
    }
    fprintf(stderr, "dyad: unknown command '%s'\n", cmd);
    usage(stderr);
    return EX_USAGE;
}

/* Output that could not be written (a full disk, a closed pipe) fails the
 * run: stdout is buffered, so the last writes fail only at this flush. */
int main(int argc, char **argv)
{
    int status = run(argc, argv);
    if ((fflush(stdout) != 0 || ferror(stdout)) && status != EX_IO) {
        fprintf(stderr, "dyad: cannot write output: %s\n", strerror(errno));
        return EX_IO;
    }
    return status;
}

void cli_error(const dyad_error *e)
{
    if (e->file[0] && e->line > 0)
        fprintf(stderr, "dyad: %s:%ld:%ld: %s\n", e->file, e->line,
                e->column > 0 ? e->column : 1, e->message);
    else if (e->file[0])
        fprintf(stderr, "dyad: %s: %s\n", e->file, e->message);
    else
        fprintf(stderr, "dyad: %s\n", e->message);
}

int cli_sink_file(void *ctx, const char *bytes, size_t len)
{
    return fwrite(bytes, 1, len, (FILE *)ctx) == len ? 0 : -1;
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
    } names[] = {{"jsonl", DYAD_FORMAT_JSONL},   {"tsv", DYAD_FORMAT_TSV},
                 {"table", DYAD_FORMAT_TABLE},   {"events", DYAD_FORMAT_EVENTS},
                 {"csv", DYAD_FORMAT_CSV},       {"gdelt", DYAD_FORMAT_GDELT},
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

dyad_lexicon *cli_load_lexicon(const char *path)
{
    const char *cands[3] = {path, getenv("DYAD_LEXICON"), NULL};
    const char *chosen = NULL;
    for (int i = 0; i < 2; i++)
        if (cands[i] && cands[i][0]) {
            chosen = cands[i];
            break;
        }
    if (!chosen) {
        if (DYAD_BUILD_LEXICON[0] && access(DYAD_BUILD_LEXICON, R_OK) == 0)
            chosen = DYAD_BUILD_LEXICON;
        else
            chosen = DYAD_INSTALL_LEXICON;
    }
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
