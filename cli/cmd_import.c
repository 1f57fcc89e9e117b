/*
 * cmd_import.c - `dyad lexicon import`: other coders' dictionaries
 * (TABARI, PETRARCH2/Phoenix) translated by dyad_lexicon_import and
 * compiled into an image, on their own (with dyad's CAMEO table and
 * grammar words) or layered with dyad's own lexicon sources: over them
 * (the imported entries first, so they win equal matches) or under them
 * (dyad's first).
 */
#define _GNU_SOURCE
#include "cli.h"
#include "cmd.h"

#include "dyad_tools.h"

#include <dirent.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef DYAD_BUILD_DATA
#define DYAD_BUILD_DATA ""
#endif
#ifndef DYAD_BUILD_GEN
#define DYAD_BUILD_GEN ""
#endif
#ifndef DYAD_INSTALL_DATA
#define DYAD_INSTALL_DATA "/usr/local/share/dyad"
#endif

#define MAX_FILE_BYTES (256u << 20)
#define MAX_SOURCES 256

/* the sources of one compile: names and texts, owned */
typedef struct sources {
    char *names[MAX_SOURCES];
    char *texts[MAX_SOURCES];
    size_t lens[MAX_SOURCES];
    size_t count;
} sources;

static void import_usage(FILE *f)
{
    fprintf(f, "usage: dyad lexicon import --format tabari|petrarch "
               "[--over|--under] [--data DIR]\n"
               "                           [--wordnet DIR] [--emit FILE] "
               "-o OUT.lexb FILE...\n");
}

static void print_report(const dyad_error *e, void *ctx)
{
    size_t *count = ctx;
    (*count)++;
    fprintf(stderr, "%s:%ld:%ld: %s\n", e->file, e->line, e->column,
            e->message);
}

/* reads a whole file (at most MAX_FILE_BYTES); NULL after a message */
static char *read_all(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "dyad lexicon import: cannot open %s\n", path);
        return NULL;
    }
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        if (n == cap) {
            if (cap >= MAX_FILE_BYTES) {
                fprintf(stderr, "dyad lexicon import: %s: larger than %u "
                                "MiB\n", path, MAX_FILE_BYTES >> 20);
                free(buf);
                buf = NULL;
                break;
            }
            char *nb = realloc(buf, cap * 2);
            if (!nb) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = nb;
            cap *= 2;
        }
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (got == 0)
            break;
    }
    if (buf && ferror(f)) {
        fprintf(stderr, "dyad lexicon import: cannot read %s\n", path);
        free(buf);
        buf = NULL;
    }
    fclose(f);
    *len = n;
    return buf;
}

static int add_source(sources *s, const char *name, char *text, size_t len)
{
    if (s->count == MAX_SOURCES || !text) {
        if (text)
            fprintf(stderr, "dyad lexicon import: more than %d sources\n",
                    MAX_SOURCES);
        free(text);
        return -1;
    }
    s->names[s->count] = strdup(name);
    s->texts[s->count] = text;
    s->lens[s->count] = len;
    s->count++;
    return s->names[s->count - 1] ? 0 : -1;
}

static void free_sources(sources *s)
{
    for (size_t i = 0; i < s->count; i++) {
        free(s->names[i]);
        free(s->texts[i]);
    }
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* dyad's own sources in dir: every *.lex and gazetteer.tsv (all: `all`),
 * else only cameo.tsv and grammar.lex (the grammar words and classes the
 * coder reads: "about to", say verbs, modal words), in name order */
static int add_data_dir(sources *s, const char *dir, int all, int *cameo)
{
    DIR *d = opendir(dir);
    if (!d)
        return 0;
    char *names[MAX_SOURCES];
    size_t n = 0;
    struct dirent *de;
    while ((de = readdir(d)) && n < MAX_SOURCES) {
        const char *nm = de->d_name;
        size_t l = strlen(nm);
        int lex = l > 4 && !strcmp(nm + l - 4, ".lex");
        if ((all && (lex || !strcmp(nm, "gazetteer.tsv"))) ||
            !strcmp(nm, "cameo.tsv") || !strcmp(nm, "grammar.lex"))
            names[n++] = strdup(nm);
    }
    closedir(d);
    qsort(names, n, sizeof *names, cmp_str);
    int rc = 0;
    for (size_t i = 0; i < n; i++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, names[i] ? names[i] : "");
        size_t len = 0;
        if (!rc && names[i]) {
            char *text = read_all(path, &len);
            rc = add_source(s, path, text, len);
            *cameo |= !strcmp(names[i], "cameo.tsv");
        }
        free(names[i]);
    }
    return rc;
}

/* dyad's sources: --data DIR, else the build tree's, else the installed */
static int add_dyad_sources(sources *s, const char *data, int all)
{
    int cameo = 0, rc;
    if (data)
        rc = add_data_dir(s, data, all, &cameo);
    else if (DYAD_BUILD_DATA[0] && access(DYAD_BUILD_DATA, R_OK) == 0) {
        rc = add_data_dir(s, DYAD_BUILD_DATA, all, &cameo);
        if (!rc && all)
            rc = add_data_dir(s, DYAD_BUILD_GEN, all, &cameo);
    } else
        rc = add_data_dir(s, DYAD_INSTALL_DATA, all, &cameo);
    if (!rc && !cameo) {
        fprintf(stderr, "dyad lexicon import: no cameo.tsv in %s (use "
                        "--data DIR)\n",
                data ? data : DYAD_BUILD_DATA[0] ? DYAD_BUILD_DATA
                                                 : DYAD_INSTALL_DATA);
        rc = -1;
    }
    return rc;
}

static const sources *cameo_of(const sources *s, size_t *i)
{
    for (*i = 0; *i < s->count; (*i)++) {
        const char *b = strrchr(s->names[*i], '/');
        if (!strcmp(b ? b + 1 : s->names[*i], "cameo.tsv"))
            return s;
    }
    return NULL;
}

/* translates each FILE; the texts go to `out` (first), `*reports` counts */
static int translate(sources *out, const sources *dyad, int format,
                     char **files, int nfiles, FILE *emit, size_t *reports)
{
    size_t ci;
    if (!cameo_of(dyad, &ci))
        return EX_IO;
    for (int i = 0; i < nfiles; i++) {
        size_t len = 0, olen = 0;
        char *text = read_all(files[i], &len), *lex = NULL;
        if (!text)
            return EX_IO;
        dyad_error err;
        memset(&err, 0, sizeof err);
        int rc = dyad_lexicon_import(&lex, &olen, (dyad_import_format)format,
                                     files[i], text, len, dyad->texts[ci],
                                     dyad->lens[ci], NULL, print_report,
                                     reports, NULL, &err);
        free(text);
        if (rc) {
            cli_error(&err);
            return cli_exit_for(rc);
        }
        if (emit && fwrite(lex, 1, olen, emit) != olen) {
            dyad_import_free(lex);
            fprintf(stderr, "dyad lexicon import: cannot write --emit\n");
            return EX_IO;
        }
        char name[4096];
        snprintf(name, sizeof name, "%s.lex", files[i]);
        char *copy = malloc(olen + 1);
        if (copy)
            memcpy(copy, lex, olen + 1);
        dyad_import_free(lex);
        if (add_source(out, name, copy, olen))
            return EX_IO;
    }
    return EX_OK;
}

static int compile_save(const sources *s, const char *wordnet,
                        const char *out)
{
    size_t ndiag = 0;
    dyad_error err;
    memset(&err, 0, sizeof err);
    dyad_lexicon *lx = NULL;
    int rc = dyad_lexicon_compile_buffers(
        &lx, (const char *const *)s->names, (const char *const *)s->texts,
        s->lens, s->count, wordnet ? wordnet : "/usr/share/wordnet", NULL,
        print_report, &ndiag, &err);
    if (rc) {
        if (ndiag == 0)
            cli_error(&err);
        else
            fprintf(stderr, "dyad lexicon import: %zu compile error%s\n",
                    ndiag, ndiag == 1 ? "" : "s");
        return cli_exit_for(rc);
    }
    rc = dyad_lexicon_save(lx, out, &err);
    if (rc)
        cli_error(&err);
    dyad_lexicon_stats st;
    dyad_lexicon_get_stats(lx, &st);
    if (!rc)
        fprintf(stderr, "dyad lexicon import: %zu phrases (%zu event "
                        "patterns, %zu actor names) -> %s\n",
                st.phrases, st.patterns, st.actors, out);
    dyad_lexicon_free(lx);
    return rc ? EX_IO : EX_OK;
}

/* the settings of an import on its own: the foreign coders read names as
 * written, code dyads only and mark an agent with no country, TABARI with
 * '~', PETRARCH2 with '---'; TABARI's roots reach any word they begin,
 * its pronouns are actors and it has no negation but its patterns', and
 * it composes agents of several groups or before the country and reads
 * a text in capitals only as any other;
 * PETRARCH2 also gives an agent before "of" and a list of actors to each
 * member, and composes a possessor with the agent of what it owns
 * (docs/compat.md) */
static const char alone_options[] =
    "# dyad-lexicon 1\n"
    "# TABARI and PETRARCH2 read no misspelt names, code an event only\n"
    "# when both its source and its target are found, read modifiers\n"
    "# before a member of a list of actors, take the first actor of\n"
    "# the subject's phrase as the source, read each word of their\n"
    "# verbs files as a verb, and a '_' in the text as their connector\n"
    "option no-misspellings\n"
    "option dyads-only\n"
    "option compound-modifiers\n"
    "option first-actor-source\n"
    "option form-first\n"
    "option free-gaps\n"
    "option verb-words\n"
    "option underscore-joins\n"
    "option agent-alone %s\n"
    "%s";

/* adds alone_options to `all` (and to the --emit file) */
static int add_alone_options(sources *all, int format, FILE *emit)
{
    char text[1024];
    int tabari = format == DYAD_IMPORT_TABARI;
    int n = snprintf(text, sizeof text, alone_options, tabari ? "~" : "---",
                     tabari ? "option prefix-stems\n"
                              "option pronouns\n"
                              "option keep-negated\n"
                              "option verb-nouns\n"
                              "option compound-mutual\n"
                              "option agent-groups\n"
                              "option all-caps\n"
                              "option clause-source\n"
                            : "option agent-over-list\n"
                              "option possessor-agent\n");
    if (n < 0 || (size_t)n >= sizeof text) /* (the text is fixed) */
        return EX_IO;
    if (emit && fwrite(text, 1, (size_t)n, emit) != (size_t)n) {
        fprintf(stderr, "dyad lexicon import: cannot write --emit\n");
        return EX_IO;
    }
    return add_source(all, "import-options.lex", strdup(text), (size_t)n)
               ? EX_IO
               : EX_OK;
}

/* moves dyad's sources into `all`: after the imported ones, or before
 * them when `first` */
static int layer(sources *all, sources *dyad, int first)
{
    size_t nimp = all->count;
    for (size_t i = 0; i < dyad->count; i++) {
        char *text = dyad->texts[i];
        dyad->texts[i] = NULL; /* add_source owns it now, or freed it */
        if (add_source(all, dyad->names[i], text, dyad->lens[i]))
            return EX_IO;
    }
    if (first) { /* dyad's sources to the front, both in their order */
        sources was = *all; /* the pointers only (6 KiB) */
        size_t nd = all->count - nimp;
        for (size_t i = 0; i < all->count; i++) {
            size_t from = i < nd ? nimp + i : i - nd;
            all->names[i] = was.names[from];
            all->texts[i] = was.texts[from];
            all->lens[i] = was.lens[from];
        }
    }
    return EX_OK;
}

int cmd_lexicon_import(int argc, char **argv)
{
    static const struct option lo[] = {
        {"format", required_argument, NULL, 'f'},
        {"over", no_argument, NULL, 'O'},
        {"under", no_argument, NULL, 'U'},
        {"output", required_argument, NULL, 'o'},
        {"data", required_argument, NULL, 'd'},
        {"wordnet", required_argument, NULL, 'w'},
        {"emit", required_argument, NULL, 'e'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0}};
    const char *out = NULL, *data = NULL, *wordnet = NULL, *emit = NULL;
    int format = 0, over = 0, under = 0, opt;
    optind = 1;
    while ((opt = getopt_long(argc, argv, "f:o:d:w:e:h", lo, NULL)) != -1) {
        if (opt == 'f' && !strcmp(optarg, "tabari"))
            format = DYAD_IMPORT_TABARI;
        else if (opt == 'f' && !strcmp(optarg, "petrarch"))
            format = DYAD_IMPORT_PETRARCH;
        else if (opt == 'O')
            over = 1;
        else if (opt == 'U')
            under = 1;
        else if (opt == 'o')
            out = optarg;
        else if (opt == 'd')
            data = optarg;
        else if (opt == 'w')
            wordnet = optarg;
        else if (opt == 'e')
            emit = optarg;
        else {
            if (opt == 'f')
                fprintf(stderr, "dyad lexicon import: unknown format '%s' "
                                "(tabari or petrarch)\n", optarg);
            import_usage(opt == 'h' ? stdout : stderr);
            return opt == 'h' ? EX_OK : EX_USAGE;
        }
    }
    if (!format || !out || optind >= argc || (over && under)) {
        if (over && under)
            fprintf(stderr, "dyad lexicon import: --over and --under "
                            "exclude each other\n");
        import_usage(stderr);
        return EX_USAGE;
    }
    sources dyad, all;
    memset(&dyad, 0, sizeof dyad);
    memset(&all, 0, sizeof all);
    size_t reports = 0;
    FILE *ef = emit ? fopen(emit, "w") : NULL;
    int rc = emit && !ef ? EX_IO : EX_OK;
    if (rc == EX_OK && add_dyad_sources(&dyad, data, over || under))
        rc = EX_IO;
    if (rc == EX_OK && !over && !under)
        rc = add_alone_options(&all, format, ef);
    if (rc == EX_OK)
        rc = translate(&all, &dyad, format, argv + optind, argc - optind, ef,
                       &reports);
    if (ef && fclose(ef) && rc == EX_OK)
        rc = EX_IO;
    /* equal matches keep the first source's entry: dyad's sources after
     * the imported ones (the imported win), or before them (--under) */
    if (rc == EX_OK)
        rc = layer(&all, &dyad, under);
    if (rc == EX_OK) {
        fprintf(stderr, "dyad lexicon import: %d file%s, %zu entr%s "
                        "reported (not imported or changed)\n",
                argc - optind, argc - optind == 1 ? "" : "s", reports,
                reports == 1 ? "y" : "ies");
        rc = compile_save(&all, wordnet, out);
    }
    free_sources(&dyad);
    free_sources(&all);
    return rc;
}
