/*
 * cmd_lexicon.c - `dyad lexicon compile|check|info`: builds the binary
 * image from lexicon sources and WordNet, validates sources with
 * compiler-style diagnostics, and describes an image.
 */
#define _GNU_SOURCE
#include "cli.h"
#include "cmd.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static void print_diag(const dyad_error *e, void *ctx)
{
    int *count = ctx;
    (*count)++;
    fprintf(stderr, "%s:%ld:%ld: %s\n", e->file, e->line, e->column,
            e->message);
}

static void lex_usage(FILE *f)
{
    fprintf(f, "usage: dyad lexicon compile [-o OUT] [--wordnet DIR] FILE...\n"
               "       dyad lexicon check [--wordnet DIR] FILE...\n"
               "       dyad lexicon info [--lexicon FILE]\n");
}

int cmd_lexicon(int argc, char **argv)
{
    if (argc < 2) {
        lex_usage(stderr);
        return EX_USAGE;
    }
    const char *sub = argv[1];
    if (!strcmp(sub, "--help") || !strcmp(sub, "-h") || !strcmp(sub, "help")) {
        lex_usage(stdout);
        return EX_OK;
    }
    static const struct option lo[] = {
        {"output", required_argument, NULL, 'o'},
        {"wordnet", required_argument, NULL, 'w'},
        {"lexicon", required_argument, NULL, 'l'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0}};
    const char *out = "dyad.lexb", *wordnet = NULL, *lexpath = NULL;
    int opt;
    optind = 1;
    argc--;
    argv++;
    while ((opt = getopt_long(argc, argv, "o:w:l:h", lo, NULL)) != -1) {
        if (opt == 'o')
            out = optarg;
        else if (opt == 'w')
            wordnet = optarg;
        else if (opt == 'l')
            lexpath = optarg;
        else {
            lex_usage(opt == 'h' ? stdout : stderr);
            return opt == 'h' ? EX_OK : EX_USAGE;
        }
    }
    if (!strcmp(sub, "info")) {
        struct timespec a, b;
        clock_gettime(CLOCK_MONOTONIC, &a);
        dyad_lexicon *lx = cli_load_lexicon(lexpath);
        clock_gettime(CLOCK_MONOTONIC, &b);
        if (!lx)
            return EX_IO;
        dyad_lexicon_stats st;
        dyad_lexicon_get_stats(lx, &st);
        printf("words %zu\nphrases %zu\nevent patterns %zu\nactor names %zu\n"
               "CAMEO codes %zu\nimage bytes %zu\nload ms %.3f\n",
               st.words, st.phrases, st.patterns, st.actors, st.codes,
               st.bytes,
               (double)(b.tv_sec - a.tv_sec) * 1e3 +
                   (double)(b.tv_nsec - a.tv_nsec) / 1e6);
        dyad_lexicon_free(lx);
        return EX_OK;
    }
    int compile = !strcmp(sub, "compile");
    if (!compile && strcmp(sub, "check")) {
        fprintf(stderr, "dyad lexicon: unknown subcommand '%s'\n", sub);
        lex_usage(stderr);
        return EX_USAGE;
    }
    if (optind >= argc) {
        lex_usage(stderr);
        return EX_USAGE;
    }
    int ndiag = 0;
    dyad_error err;
    memset(&err, 0, sizeof err);
    dyad_lexicon *lx = NULL;
    int rc = dyad_lexicon_compile(&lx, (const char *const *)argv + optind,
                                  (size_t)(argc - optind), wordnet, NULL,
                                  print_diag, &ndiag, &err);
    if (rc) {
        if (ndiag == 0)
            cli_error(&err);
        else
            fprintf(stderr, "dyad lexicon: %d error%s\n", ndiag,
                    ndiag == 1 ? "" : "s");
        return cli_exit_for(rc);
    }
    if (compile && dyad_lexicon_save(lx, out, &err)) {
        cli_error(&err);
        dyad_lexicon_free(lx);
        return EX_IO;
    }
    dyad_lexicon_stats st;
    dyad_lexicon_get_stats(lx, &st);
    fprintf(stderr, "dyad lexicon: %zu phrases (%zu event patterns, %zu actor "
                    "names), %zu words%s%s\n",
            st.phrases, st.patterns, st.actors, st.words,
            compile ? " -> " : ", no errors", compile ? out : "");
    dyad_lexicon_free(lx);
    return EX_OK;
}
