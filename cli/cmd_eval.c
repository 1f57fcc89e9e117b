/*
 * cmd_eval.c - `dyad eval GOLD.jsonl...`: accuracy against human-coded
 * gold data (docs/accuracy.md), with an optional baseline check.
 */
#define _GNU_SOURCE
#include "cli.h"
#include "cmd.h"

#include "dyad_tools.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

int cmd_eval(int argc, char **argv)
{
    static const struct option lo[] = {
        {"lexicon", required_argument, NULL, 'l'},
        {"format", required_argument, NULL, 'f'},
        {"errors", required_argument, NULL, 'e'},
        {"baseline", required_argument, NULL, 'b'},
        {"write-baseline", required_argument, NULL, 'w'},
        {"tolerance", required_argument, NULL, 't'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0}};
    dyad_eval_options eo;
    const char *lexpath = NULL;
    int opt;
    memset(&eo, 0, sizeof eo);
    optind = 1;
    while ((opt = getopt_long(argc, argv, "l:f:e:h", lo, NULL)) != -1) {
        switch (opt) {
        case 'l':
            lexpath = optarg;
            break;
        case 'f':
            if (!strcmp(optarg, "json"))
                eo.json = 1;
            else if (strcmp(optarg, "table")) {
                fprintf(stderr, "dyad eval: format must be table or json\n");
                return EX_USAGE;
            }
            break;
        case 'e':
            eo.errors = (size_t)strtoul(optarg, NULL, 10);
            break;
        case 'b':
            eo.baseline = optarg;
            break;
        case 'w':
            eo.write_baseline = optarg;
            break;
        case 't':
            eo.tolerance = strtod(optarg, NULL);
            break;
        default:
            fprintf(opt == 'h' ? stdout : stderr,
                    "usage: dyad eval [--format table|json] [--errors N] "
                    "[--baseline FILE [--tolerance 0.02]] "
                    "[--write-baseline FILE] GOLD.jsonl...\n");
            return opt == 'h' ? EX_OK : EX_USAGE;
        }
    }
    if (optind >= argc) {
        fprintf(stderr, "dyad eval: no gold files\n");
        return EX_USAGE;
    }
    dyad_lexicon *lx = cli_load_lexicon(lexpath);
    if (!lx)
        return EX_IO;
    dyad_coder *coder = NULL;
    dyad_error err;
    size_t regressions = 0;
    int status = EX_OK;
    memset(&err, 0, sizeof err);
    if (dyad_coder_new(&coder, lx, NULL, &err) ||
        dyad_eval_files(coder, (const char *const *)argv + optind,
                        (size_t)(argc - optind), &eo, &regressions,
                        cli_sink_file, stdout, &err)) {
        cli_error(&err);
        status = cli_exit_for(err.code);
    } else if (regressions) {
        fprintf(stderr, "dyad eval: %zu figure%s below the baseline\n",
                regressions, regressions == 1 ? "" : "s");
        status = EX_INPUT;
    }
    dyad_coder_free(coder);
    dyad_lexicon_free(lx);
    return status;
}
