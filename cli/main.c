/*
 * main.c - the dyad command: finds the subcommand and runs it (cmd.h).
 * Front-end only: everything it does goes through include/dyad.h. Built
 * twice: dyad-full holds every command; `dyad` (DYAD_CLI_CORE) holds those
 * that only code and hands the others, and `code --db`, to dyad-full
 * (helper.c), so a coding run loads no library it does not use.
 */
#include "cli.h"
#include "cmd.h"

#include <errno.h>
#include <string.h>

static void usage(FILE *f)
{
    fprintf(f,
            "usage: dyad <command> [options]\n"
            "\n"
            "commands:\n"
            "  code [FILE|DIR|-]...     code news text into events\n"
            "  explain \"SENTENCE\"       show how a text is coded, stage by stage\n"
            "  show --db FILE           print the events stored in a database\n"
            "  ingest [FILE|DIR|URL|-]...  code and store documents, feeds and\n"
            "                           pages (--db FILE)\n"
            "  watch URL... | --feeds FILE  ingest feeds every --interval\n"
            "  query [filters]          merged events of a store\n"
            "  stats [filters]          counts per period, top dyads and actors\n"
            "  export [filters]         GDELT 2.0 event table, CSV or JSONL\n"
            "  plot [filters] -o FILE   SVG or PNG chart of a dyad or top dyads\n"
            "  eval GOLD.jsonl...       accuracy against gold-coded records\n"
            "  lexicon compile|check|info   build, validate, describe a lexicon\n"
            "  actors --unknown FILE... actors the lexicon lacks, as lexicon lines\n"
            "  serve --db FILE          HTTP API and dashboard over a store\n"
            "  version                  print the version\n"
            "\n"
            "Run 'dyad <command> --help' for a command's options; see dyad(1).\n");
}

/* a command of dyad-full alone: the store, feeds, charts, the server */
#ifdef DYAD_CLI_CORE
#define FULL(cmd) NULL
#else
#define FULL(cmd) cmd
#endif

static const struct {
    const char *name;
    int (*run)(int argc, char **argv); /* NULL: run by dyad-full */
} commands[] = {
    {"code", cmd_code},        {"explain", cmd_explain},
    {"lexicon", cmd_lexicon},  {"eval", cmd_eval},
    {"show", FULL(cmd_show)},  {"ingest", FULL(cmd_ingest)},
    {"query", FULL(cmd_query)}, {"stats", FULL(cmd_stats)},
    {"export", FULL(cmd_export)}, {"plot", FULL(cmd_plot)},
    {"serve", FULL(cmd_serve)}, {"watch", FULL(cmd_watch)},
    {"actors", cmd_actors},
};

static int run(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return EX_USAGE;
    }
    const char *cmd = argv[1];
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        if (!strcmp(cmd, commands[i].name)) {
#ifdef DYAD_CLI_CORE
            if (!commands[i].run || cli_needs_full(argc, argv))
                return cli_exec_full(argc, argv);
#endif
            return commands[i].run(argc - 1, argv + 1);
        }
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
