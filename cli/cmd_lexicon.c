/*
 * cmd_lexicon.c - `dyad lexicon compile|check|info|stats`: builds the
 * binary image from lexicon sources and WordNet, validates sources with
 * compiler-style diagnostics, describes an image, and reports its coverage
 * of the CAMEO codes (with a corpus: what each pattern fires on);
 * `lexicon import` (other coders' dictionaries) is cmd_import.c.
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
               "       dyad lexicon info [--verify] [--lexicon FILE]\n"
               "       dyad lexicon stats [--corpus FILE] [--lexicon FILE]\n"
               "       dyad lexicon import --format tabari|petrarch [--over] "
               "-o OUT FILE...\n");
}

/* ------------------------------------------------------------ stats */

/* one event pattern and the events it produced on the corpus */
typedef struct stat_pattern {
    dyad_pattern_info info;
    unsigned long long events;
    size_t code; /* its row in the CAMEO table */
} stat_pattern;

/* one row of the CAMEO table and its patterns */
typedef struct stat_code {
    dyad_code_info info;
    size_t verbs, nouns;       /* entries written in the lexicon */
    unsigned long long events; /* on the corpus, back-offs included */
} stat_code;

static int cmp_place(const char *fa, long la, const char *ta, const char *fb,
                     long lb, const char *tb)
{
    int c = strcmp(fa, fb);
    if (c)
        return c;
    if (la != lb)
        return la < lb ? -1 : 1;
    return strcmp(ta, tb);
}

static int cmp_pattern_ptr(const void *a, const void *b)
{
    const stat_pattern *x = *(stat_pattern *const *)a;
    const stat_pattern *y = *(stat_pattern *const *)b;
    return cmp_place(x->info.file, x->info.line, x->info.text, y->info.file,
                     y->info.line, y->info.text);
}

/* the pattern an event names (file, line and text), or NULL */
static stat_pattern *pattern_of(stat_pattern **index, size_t n,
                                const dyad_event *e)
{
    if (!e->pattern || !e->pattern_file)
        return NULL;
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const dyad_pattern_info *m = &index[mid]->info;
        int c = cmp_place(e->pattern_file, e->pattern_line, e->pattern,
                          m->file, m->line, m->text);
        if (c == 0)
            return index[mid];
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return NULL;
}

/* A two-digit row of the table names a root ("01 MAKE PUBLIC
 * STATEMENT"); events take its generic code ("010"), so coverage counts
 * the codes of three and four digits. */
static int is_root_row(const char *code)
{
    return strlen(code) < 3;
}

/* Codes every document of `corpus` and counts each event against the
 * pattern that fired; negated and embedded events count too (the pattern
 * fired). Returns an exit code. */
static int count_corpus(const dyad_lexicon *lx, const char *corpus,
                        stat_pattern **index, size_t n, cli_tally *t)
{
    dyad_options opts = DYAD_OPTIONS_INIT;
    opts.flags = DYAD_F_KEEP_NEGATED | DYAD_F_KEEP_EMBEDDED;
    dyad_coder *coder = NULL;
    dyad_error err;
    memset(&err, 0, sizeof err);
    if (dyad_coder_new(&coder, lx, &opts, &err)) {
        cli_error(&err);
        return EX_IO;
    }
    char *paths[1] = {(char *)corpus};
    cli_inputs in = {.paths = paths, .npaths = 1, .opts = &opts, .quiet = 1};
    int status = EX_OK;
    dyad_doc doc;
    while (cli_inputs_next(&in, &doc, t, &status)) {
        dyad_result *res = NULL;
        int rc = cli_code_doc(&res, coder, &doc, t->docs, t, 1, &status);
        if (rc == DYAD_ENOMEM)
            break;
        if (rc)
            continue;
        cli_tally_coded(t, res);
        for (size_t i = 0; i < dyad_result_count(res); i++) {
            stat_pattern *sp = pattern_of(index, n, dyad_result_event(res, i));
            if (sp)
                sp->events++;
        }
        dyad_result_free(res);
    }
    cli_inputs_close(&in);
    dyad_coder_free(coder);
    if (status != EX_OK)
        fprintf(stderr, "dyad lexicon stats: %s: %llu of %llu documents "
                        "rejected\n",
                corpus, t->rejected, t->docs);
    return status;
}

/* `dyad lexicon stats`: per CAMEO code its verb and noun entries; with a
 * corpus, the events of each entry, the entries of three or more words
 * that fire on nothing ("too specific: review") and the codes with no
 * entry. */
static int lexicon_stats(const char *lexpath, const char *corpus)
{
    dyad_lexicon *lx = cli_load_lexicon(lexpath);
    if (!lx)
        return EX_IO;
    size_t np = dyad_lexicon_pattern_count(lx);
    size_t nc = dyad_lexicon_code_count(lx);
    stat_pattern *pats = calloc(np ? np : 1, sizeof *pats);
    stat_pattern **index = calloc(np ? np : 1, sizeof *index);
    stat_code *codes = calloc(nc ? nc : 1, sizeof *codes);
    int status = EX_OK;
    if (!pats || !index || !codes) {
        fprintf(stderr, "dyad lexicon stats: out of memory\n");
        status = EX_IO;
        goto done;
    }
    for (size_t i = 0; i < nc; i++)
        dyad_lexicon_code(lx, i, &codes[i].info);
    size_t it = 0, n = 0, nverb = 0, nnoun = 0, nback = 0;
    while (n < np && dyad_lexicon_pattern_next(lx, &it, &pats[n].info)) {
        stat_pattern *sp = &pats[n];
        sp->code = nc;
        for (size_t c = 0; c < nc; c++)
            if (!strcmp(codes[c].info.code, sp->info.code)) {
                sp->code = c;
                break;
            }
        if (sp->info.is_backoff)
            nback++;
        else if (sp->info.kind[0] == 'v')
            nverb++;
        else
            nnoun++;
        if (sp->code < nc && !sp->info.is_backoff) {
            codes[sp->code].verbs += sp->info.kind[0] == 'v';
            codes[sp->code].nouns += sp->info.kind[0] == 'n';
        }
        index[n] = sp;
        n++;
    }
    qsort(index, n, sizeof *index, cmp_pattern_ptr);
    cli_tally t;
    memset(&t, 0, sizeof t);
    if (corpus) {
        status = count_corpus(lx, corpus, index, n, &t);
        if (status == EX_IO)
            goto done;
        for (size_t i = 0; i < n; i++)
            if (pats[i].code < nc)
                codes[pats[i].code].events += pats[i].events;
    }

    size_t ncov = 0, nrated = 0;
    printf("%-6s %6s %6s", "code", "verbs", "nouns");
    if (corpus)
        printf(" %8s", "events");
    printf("  name\n");
    for (size_t c = 0; c < nc; c++) {
        const stat_code *sc = &codes[c];
        if (!is_root_row(sc->info.code)) {
            nrated++;
            ncov += sc->verbs + sc->nouns > 0;
        }
        printf("%-6s %6zu %6zu", sc->info.code, sc->verbs, sc->nouns);
        if (corpus)
            printf(" %8llu", sc->events);
        printf("  %s\n", sc->info.name);
        if (!corpus)
            continue;
        for (size_t i = 0; i < n; i++)
            if (pats[i].code == c)
                printf("%-6s %13s %8llu  %s:%ld: %s%s\n", "", "",
                       pats[i].events, pats[i].info.file, pats[i].info.line,
                       pats[i].info.phrase,
                       pats[i].info.kind[0] == 'n' ? " (noun)" : "");
    }

    size_t nspecific = 0;
    if (corpus) {
        printf("\ntoo specific: review (entries of 3+ words that fire on no "
               "corpus sentence)\n");
        for (size_t i = 0; i < n; i++) {
            const stat_pattern *sp = &pats[i];
            if (sp->info.is_backoff || sp->info.words < 3 || sp->events)
                continue;
            nspecific++;
            printf("  %s:%ld: %s\n", sp->info.file, sp->info.line,
                   sp->info.text);
        }
    }
    printf("\ncodes with no entry\n");
    for (size_t c = 0; c < nc; c++)
        if (!is_root_row(codes[c].info.code) &&
            codes[c].verbs + codes[c].nouns == 0)
            printf("  %s %s\n", codes[c].info.code, codes[c].info.name);

    printf("\nsummary: %zu entries (%zu verb, %zu noun) and %zu back-offs; "
           "%zu of %zu codes have entries\n",
           nverb + nnoun, nverb, nnoun, nback, ncov, nrated);
    if (corpus)
        printf("corpus: %llu documents, %llu events; %zu entries of 3+ words "
               "fire on no corpus sentence\n",
               t.docs, t.events, nspecific);
done:
    free(pats);
    free(index);
    free(codes);
    dyad_lexicon_free(lx);
    if (status == EX_OK && (fflush(stdout) != 0 || ferror(stdout))) {
        fprintf(stderr, "dyad lexicon stats: cannot write output\n");
        status = EX_IO;
    }
    return status;
}

static double ms_between(const struct timespec *a, const struct timespec *b)
{
    return (double)(b->tv_sec - a->tv_sec) * 1e3 +
           (double)(b->tv_nsec - a->tv_nsec) / 1e6;
}

/* `lexicon info`: the counts and the load time; with verify, the full
 * check of the image (every record, the checksum) and its time */
static int lexicon_info(const char *lexpath, int verify)
{
    struct timespec a, b, c;
    clock_gettime(CLOCK_MONOTONIC, &a);
    dyad_lexicon *lx = cli_load_lexicon(lexpath);
    clock_gettime(CLOCK_MONOTONIC, &b);
    if (!lx)
        return EX_IO;
    dyad_lexicon_stats st;
    dyad_lexicon_get_stats(lx, &st);
    printf("words %zu\nphrases %zu\nevent patterns %zu\nactor names %zu\n"
           "CAMEO codes %zu\nimage bytes %zu\nload ms %.3f\n",
           st.words, st.phrases, st.patterns, st.actors, st.codes, st.bytes,
           ms_between(&a, &b));
    int status = EX_OK;
    if (verify) {
        dyad_error err;
        memset(&err, 0, sizeof err);
        int rc = dyad_lexicon_verify(lx, &err);
        clock_gettime(CLOCK_MONOTONIC, &c);
        if (rc) {
            snprintf(err.file, sizeof err.file, "%s",
                     cli_lexicon_path(lexpath));
            cli_error(&err);
            status = cli_exit_for(rc);
        } else {
            printf("verified ok (every record, checksum)\nverify ms %.3f\n",
                   ms_between(&b, &c));
        }
    }
    dyad_lexicon_free(lx);
    return status;
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
    if (!strcmp(sub, "import"))
        return cmd_lexicon_import(argc - 1, argv + 1);
    static const struct option lo[] = {
        {"output", required_argument, NULL, 'o'},
        {"wordnet", required_argument, NULL, 'w'},
        {"lexicon", required_argument, NULL, 'l'},
        {"corpus", required_argument, NULL, 'c'},
        {"verify", no_argument, NULL, 'V'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0}};
    const char *out = "dyad.lexb", *wordnet = NULL, *lexpath = NULL,
               *corpus = NULL;
    int opt, verify = 0;
    optind = 1;
    argc--;
    argv++;
    while ((opt = getopt_long(argc, argv, "o:w:l:c:h", lo, NULL)) != -1) {
        if (opt == 'o')
            out = optarg;
        else if (opt == 'w')
            wordnet = optarg;
        else if (opt == 'l')
            lexpath = optarg;
        else if (opt == 'c')
            corpus = optarg;
        else if (opt == 'V')
            verify = 1;
        else {
            lex_usage(opt == 'h' ? stdout : stderr);
            return opt == 'h' ? EX_OK : EX_USAGE;
        }
    }
    if (!strcmp(sub, "info"))
        return lexicon_info(lexpath, verify);
    if (!strcmp(sub, "stats")) {
        if (optind < argc) {
            lex_usage(stderr);
            return EX_USAGE;
        }
        return lexicon_stats(lexpath, corpus);
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
