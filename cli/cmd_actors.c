/*
 * cmd_actors.c - `dyad actors --unknown`: codes a corpus and lists the
 * frequent mentions of actors the lexicon lacks (dyad_result_unknown_actor:
 * organisations by shape, titled persons, misspellings, uncoded names in
 * an actor's position), each with the code its context suggests, as
 * lexicon lines for review (docs/lexicon.md, "Finding actors the lexicon
 * lacks"). The coder keeps nothing between documents; the tally across
 * documents is this file's, bounded by --max-names.
 */
#define _GNU_SOURCE
#include "cli.h"
#include "cmd.h"

#include <ctype.h>
#include <errno.h>
#include <getopt.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define KEY_MAX 200      /* bytes of a normalised name; longer are skipped */
#define FORMS_MAX 4      /* written forms kept per name */
#define CODES_MAX 8      /* distinct codes kept per name */
#define EXAMPLES_MAX 2   /* example sentences per name */
#define EXAMPLE_BYTES 160 /* of an example sentence */
#define DOCID_BYTES 64   /* of a document id in an example */
#define DEFAULT_MAX_NAMES 50000

enum { FMT_LEX, FMT_TSV, FMT_JSONL };

/* the report names of dyad_unknown_how (index = the enum value) */
static const char *const how_names[] = {"", "shape", "title", "misspelling",
                                        "uncoded"};
#define HOW_COUNT 5

/* one distinct name and what its mentions said */
typedef struct name_entry {
    char *key;                       /* normalised: lower case, no leading
                                        determiner, no possessive */
    char *forms[FORMS_MAX];          /* as written (normalised the same
                                        way but for case) */
    unsigned long form_count[FORMS_MAX];
    unsigned long mentions, docs;
    unsigned long long last_doc;     /* ordinal of the last document
                                        counted (1-based) */
    unsigned long how_count[HOW_COUNT];
    char *evidence[HOW_COUNT];       /* the first seen per how */
    char *matched;                   /* a misspelling's lexicon name */
    char codes[CODES_MAX][16];
    unsigned long code_count[CODES_MAX], code_inferred[CODES_MAX];
    unsigned long no_code, other_codes;
    char *ex_doc[EXAMPLES_MAX], *ex_text[EXAMPLES_MAX];
    unsigned long long ex_docno[EXAMPLES_MAX];
} name_entry;

/* all names: entries in arrival order, an open-addressing index */
typedef struct tally {
    name_entry *e;
    size_t n, cap;         /* entries used, allocated */
    uint32_t *slot;        /* index + 1, 0 empty */
    size_t nslot;          /* a power of two, > 2 n */
    size_t max_names;      /* the cap */
    unsigned long long mentions, dropped, skipped_long;
} tally;

typedef struct actors_args {
    const char *lexpath, *date;
    int quiet, unknown, fmt;
    size_t min_count, limit, max_names;
} actors_args;

/* ------------------------------------------------------------ names */

static int is_space(char ch)
{
    return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r';
}

/* Writes the normalised form of name s (n bytes) into out (KEY_MAX + 1):
 * runs of white space made one space, leading "the", "a", "an" and a
 * trailing possessive ("'s", "'", "’s") dropped; lower case when `lower`.
 * Returns its length, or 0 when it is empty or too long. */
static size_t normalise(const char *s, size_t n, int lower, char *out)
{
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        if (is_space(s[i])) {
            if (o && out[o - 1] != ' ' && o < KEY_MAX)
                out[o++] = ' ';
            continue;
        }
        if (o >= KEY_MAX)
            return 0;
        out[o++] = lower ? (char)tolower((unsigned char)s[i]) : s[i];
    }
    while (o && out[o - 1] == ' ')
        o--;
    out[o] = '\0';
    static const char *const dets[] = {"the ", "a ", "an "};
    for (size_t d = 0; d < 3; d++) {
        size_t dl = strlen(dets[d]);
        if (o > dl && strncasecmp(out, dets[d], dl) == 0) {
            memmove(out, out + dl, o - dl + 1);
            o -= dl;
            break;
        }
    }
    static const char *const poss[] = {"'s", "\xe2\x80\x99s", "'"};
    for (size_t p = 0; p < 3; p++) {
        size_t pl = strlen(poss[p]);
        if (o > pl && strncasecmp(out + o - pl, poss[p], pl) == 0) {
            o -= pl;
            out[o] = '\0';
            break;
        }
    }
    return o;
}

static uint32_t hash(const char *s)
{
    uint32_t h = 2166136261u;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

/* doubles the index; -1 when out of memory */
static int grow_index(tally *t)
{
    size_t ns = t->nslot ? t->nslot * 2 : 1024;
    uint32_t *slot = calloc(ns, sizeof *slot);
    if (!slot)
        return -1;
    for (size_t i = 0; i < t->n; i++) {
        size_t h = hash(t->e[i].key) & (ns - 1);
        while (slot[h])
            h = (h + 1) & (ns - 1);
        slot[h] = (uint32_t)(i + 1);
    }
    free(t->slot);
    t->slot = slot;
    t->nslot = ns;
    return 0;
}

/* The entry of key, made when new and the cap allows; *out NULL when the
 * cap is hit. -1 when out of memory. */
static int find_or_add(tally *t, const char *key, name_entry **out)
{
    *out = NULL;
    if ((t->n + 1) * 2 > t->nslot && grow_index(t))
        return -1;
    size_t h = hash(key) & (t->nslot - 1);
    while (t->slot[h]) {
        name_entry *e = &t->e[t->slot[h] - 1];
        if (strcmp(e->key, key) == 0) {
            *out = e;
            return 0;
        }
        h = (h + 1) & (t->nslot - 1);
    }
    if (t->n >= t->max_names)
        return 0;
    if (t->n == t->cap) {
        size_t cap = t->cap ? t->cap * 2 : 256;
        name_entry *e = realloc(t->e, cap * sizeof *e);
        if (!e)
            return -1;
        t->e = e;
        t->cap = cap;
    }
    name_entry *e = &t->e[t->n];
    memset(e, 0, sizeof *e);
    if (!(e->key = strdup(key)))
        return -1;
    t->slot[h] = (uint32_t)++t->n;
    *out = e;
    return 0;
}

/* ------------------------------------------------------------ tally */

/* counts one written form of the name */
static int add_form(name_entry *e, const char *form)
{
    for (int i = 0; i < FORMS_MAX && e->forms[i]; i++)
        if (strcmp(e->forms[i], form) == 0) {
            e->form_count[i]++;
            return 0;
        }
    for (int i = 0; i < FORMS_MAX; i++)
        if (!e->forms[i]) {
            if (!(e->forms[i] = strdup(form)))
                return -1;
            e->form_count[i] = 1;
            return 0;
        }
    return 0; /* a fifth form is counted under the name only */
}

/* counts the mention's code (NULL: none) */
static void add_code(name_entry *e, const char *code, int inferred)
{
    if (!code || !code[0]) {
        e->no_code++;
        return;
    }
    for (int i = 0; i < CODES_MAX; i++) {
        if (!e->codes[i][0])
            snprintf(e->codes[i], sizeof e->codes[i], "%s", code);
        if (strcmp(e->codes[i], code) == 0) {
            e->code_count[i]++;
            e->code_inferred[i] += inferred != 0;
            return;
        }
    }
    e->other_codes++;
}

/* a copy of at most max bytes of s, cut at a UTF-8 character boundary,
 * with "..." when cut (and before when `lead`), white space made spaces */
static char *excerpt(const char *s, size_t n, size_t max, int lead)
{
    int cut = n > max;
    if (cut) {
        n = max;
        while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
            n--;
    }
    char *out = malloc(n + 7);
    if (!out)
        return NULL;
    size_t o = 0;
    if (lead)
        memcpy(out, "...", 3), o = 3;
    for (size_t i = 0; i < n; i++)
        out[o++] = is_space(s[i]) ? ' ' : s[i];
    memcpy(out + o, cut ? "..." : "", cut ? 4 : 1);
    return out;
}

/* the example of mention u: its sentence, from its start when the name
 * ends in the first EXAMPLE_BYTES, else from a little before the name */
static char *example_of(const dyad_unknown_actor *u, const dyad_doc *doc)
{
    const char *s = doc->text + u->sentence_span.start;
    size_t n = u->sentence_span.len, from = 0;
    size_t name_at = u->name_span.start - u->sentence_span.start;
    if (u->name_span.start >= u->sentence_span.start && name_at < n &&
        name_at + u->name_span.len > EXAMPLE_BYTES) {
        from = name_at > 40 ? name_at - 40 : 0;
        while (from > 0 && ((unsigned char)s[from] & 0xC0) == 0x80)
            from--;
    }
    return excerpt(s + from, n - from, EXAMPLE_BYTES, from > 0);
}

/* keeps the sentence as an example: the first two documents' first */
static int add_example(name_entry *e, const dyad_unknown_actor *u,
                       const dyad_doc *doc, unsigned long long docno)
{
    for (int i = 0; i < EXAMPLES_MAX; i++) {
        if (e->ex_text[i] && e->ex_docno[i] == docno)
            return 0; /* one per document */
        if (e->ex_text[i])
            continue;
        char id[32];
        snprintf(id, sizeof id, "#%llu", docno);
        const char *did = doc->id && doc->id[0] ? doc->id : id;
        e->ex_doc[i] = excerpt(did, strlen(did), DOCID_BYTES, 0);
        e->ex_text[i] = example_of(u, doc);
        e->ex_docno[i] = docno;
        return e->ex_doc[i] && e->ex_text[i] ? 0 : -1;
    }
    return 0;
}

/* Counts one mention of document number docno. -1 when out of memory. */
static int tally_add(tally *t, const dyad_unknown_actor *u,
                     const dyad_doc *doc, unsigned long long docno)
{
    char key[KEY_MAX + 1], form[KEY_MAX + 1];
    size_t n = strlen(u->name);
    t->mentions++;
    if (!normalise(u->name, n, 1, key) || !normalise(u->name, n, 0, form)) {
        t->skipped_long++;
        return 0;
    }
    name_entry *e;
    if (find_or_add(t, key, &e))
        return -1;
    if (!e) {
        t->dropped++;
        return 0;
    }
    int how = u->how > 0 && u->how < HOW_COUNT ? u->how : 0;
    e->mentions++;
    if (e->last_doc != docno)
        e->docs++, e->last_doc = docno;
    e->how_count[how]++;
    if (!e->evidence[how] && u->evidence &&
        !(e->evidence[how] = strdup(u->evidence)))
        return -1;
    if (!e->matched && u->matched && !(e->matched = strdup(u->matched)))
        return -1;
    add_code(e, u->code, u->country_inferred);
    if (add_form(e, form))
        return -1;
    return add_example(e, u, doc, docno);
}

static void tally_free(tally *t)
{
    for (size_t i = 0; i < t->n; i++) {
        name_entry *e = &t->e[i];
        free(e->key);
        free(e->matched);
        for (int k = 0; k < FORMS_MAX; k++)
            free(e->forms[k]);
        for (int k = 0; k < HOW_COUNT; k++)
            free(e->evidence[k]);
        for (int k = 0; k < EXAMPLES_MAX; k++) {
            free(e->ex_doc[k]);
            free(e->ex_text[k]);
        }
    }
    free(t->e);
    free(t->slot);
}

/* ------------------------------------------------------------ report */

/* the index of the largest of n counts (ties: the first) */
static int top_of(const unsigned long *count, int n)
{
    int best = 0;
    for (int i = 1; i < n; i++)
        if (count[i] > count[best])
            best = i;
    return best;
}

/* the name's most frequent written form (ties: the first seen) */
static const char *shown_form(const name_entry *e)
{
    int n = 0;
    while (n < FORMS_MAX && e->forms[n])
        n++;
    return n ? e->forms[top_of(e->form_count, n)] : e->key;
}

/* the suggested code: the most frequent (ties: the first seen), or NULL */
static int top_code(const name_entry *e)
{
    int n = 0;
    while (n < CODES_MAX && e->codes[n][0])
        n++;
    return n ? top_of(e->code_count, n) : -1;
}

static int top_how(const name_entry *e)
{
    return top_of(e->how_count, HOW_COUNT);
}

/* by mentions (more first), then by name */
static int by_mentions(const void *pa, const void *pb)
{
    const name_entry *a = *(const name_entry *const *)pa;
    const name_entry *b = *(const name_entry *const *)pb;
    if (a->mentions != b->mentions)
        return a->mentions > b->mentions ? -1 : 1;
    return strcmp(a->key, b->key);
}

/* the lexicon kind a line for the name takes: a misspelt demonym or
 * capital stays one; anything else is a named actor */
static const char *line_kind(const name_entry *e, int how)
{
    const char *ev = e->evidence[how];
    if (how == DYAD_UNKNOWN_MISSPELT && ev &&
        (!strcmp(ev, "demonym") || !strcmp(ev, "capital")))
        return ev;
    return "actor";
}

/* how it was found, for people: "organisation by shape (org-lab)" */
static void write_how(FILE *f, const name_entry *e, int how)
{
    const char *ev = e->evidence[how] ? e->evidence[how] : "";
    switch (how) {
    case DYAD_UNKNOWN_SHAPE:
        fprintf(f, "organisation by shape (%s)", ev);
        break;
    case DYAD_UNKNOWN_TITLE:
        fprintf(f, "person named after a title (%s)", ev);
        break;
    case DYAD_UNKNOWN_MISSPELT:
        fprintf(f, "misspelling of %s (%s)", e->matched ? e->matched : "?",
                ev);
        break;
    default:
        fprintf(f, "uncoded name as %s of an event", ev);
    }
    for (int h = 1; h < HOW_COUNT; h++)
        if (h != how && e->how_count[h])
            fprintf(f, ", %lu as %s", e->how_count[h], how_names[h]);
}

/* the codes of the name and their mentions, most frequent first (ties:
 * the first seen): "NGABUS 12, BUS 2, none 1" */
static void write_codes(FILE *f, const name_entry *e, const char *sep)
{
    int order[CODES_MAX], n = 0;
    while (n < CODES_MAX && e->codes[n][0]) {
        int j = n;
        while (j > 0 && e->code_count[order[j - 1]] < e->code_count[n]) {
            order[j] = order[j - 1];
            j--;
        }
        order[j] = n++;
    }
    const char *s = "";
    for (int i = 0; i < n; i++, s = ", ")
        fprintf(f, "%s%s%s%lu", s, e->codes[order[i]], sep,
                e->code_count[order[i]]);
    if (e->other_codes)
        fprintf(f, "%sother%s%lu", s, sep, e->other_codes), s = ", ";
    if (e->no_code)
        fprintf(f, "%snone%s%lu", s, sep, e->no_code);
}

/* are the codes split: more than one code, or some mentions without? */
static int codes_split(const name_entry *e)
{
    return e->codes[1][0] || e->other_codes ||
           (e->no_code && e->codes[0][0]);
}

/* Writes one name as a lexicon line with a trailing comment, and its
 * examples as comment lines. A name a lexicon phrase cannot hold ('#',
 * '|') is written commented out. */
static void write_lex(FILE *f, const name_entry *e)
{
    int how = top_how(e), c = top_code(e);
    const char *name = shown_form(e);
    const char *code = c >= 0 ? e->codes[c] : "???";
    int bad = strpbrk(name, "#|") != NULL;
    fprintf(f, "%s%s %s : %s   # %lu mention%s in %lu document%s; ",
            bad ? "# " : "", line_kind(e, how), code, name, e->mentions,
            e->mentions == 1 ? "" : "s", e->docs, e->docs == 1 ? "" : "s");
    write_how(f, e, how);
    if (c < 0)
        fprintf(f, "; no code suggested");
    else if (e->code_inferred[c] * 2 > e->code_count[c])
        fprintf(f, how == DYAD_UNKNOWN_UNCODED
                       ? "; country from context, role unknown"
                       : "; country from context");
    else if (how == DYAD_UNKNOWN_UNCODED)
        fprintf(f, "; country stated with the name, role unknown");
    if (codes_split(e)) {
        fprintf(f, "; codes ");
        write_codes(f, e, " ");
    }
    if (bad)
        fprintf(f, "; the name holds '#' or '|'");
    fputc('\n', f);
    for (int i = 0; i < EXAMPLES_MAX && e->ex_text[i]; i++)
        fprintf(f, "#   %s: %s\n", e->ex_doc[i], e->ex_text[i]);
}

static void write_tsv_header(FILE *f)
{
    fputs("name\tcode\tmentions\tdocuments\thow\tevidence\tmatched\tcodes\t"
          "country_inferred\texample_doc\texample\n",
          f);
}

static void write_tsv(FILE *f, const name_entry *e)
{
    int how = top_how(e), c = top_code(e);
    fprintf(f, "%s\t%s\t%lu\t%lu\t%s\t%s\t%s\t", shown_form(e),
            c >= 0 ? e->codes[c] : "", e->mentions, e->docs, how_names[how],
            e->evidence[how] ? e->evidence[how] : "",
            e->matched ? e->matched : "");
    write_codes(f, e, ":");
    fprintf(f, "\t%lu\t%s\t%s\n", c >= 0 ? e->code_inferred[c] : 0,
            e->ex_doc[0] ? e->ex_doc[0] : "",
            e->ex_text[0] ? e->ex_text[0] : "");
}

/* s as a JSON string */
static void json_str(FILE *f, const char *s)
{
    if (!s) {
        fputs("null", f);
        return;
    }
    fputc('"', f);
    for (; *s; s++) {
        unsigned char ch = (unsigned char)*s;
        if (ch == '"' || ch == '\\')
            fprintf(f, "\\%c", ch);
        else if (ch < 0x20)
            fprintf(f, "\\u%04x", ch);
        else
            fputc(ch, f);
    }
    fputc('"', f);
}

static void write_jsonl(FILE *f, const name_entry *e)
{
    int how = top_how(e), c = top_code(e);
    fputs("{\"name\":", f);
    json_str(f, shown_form(e));
    fputs(",\"key\":", f);
    json_str(f, e->key);
    fputs(",\"kind\":", f);
    json_str(f, line_kind(e, how));
    fputs(",\"code\":", f);
    json_str(f, c >= 0 ? e->codes[c] : NULL);
    fprintf(f, ",\"mentions\":%lu,\"documents\":%lu,\"how\":", e->mentions,
            e->docs);
    json_str(f, how_names[how]);
    fputs(",\"evidence\":", f);
    json_str(f, e->evidence[how]);
    fputs(",\"matched\":", f);
    json_str(f, e->matched);
    fputs(",\"hows\":{", f);
    for (int h = 1, n = 0; h < HOW_COUNT; h++)
        if (e->how_count[h])
            fprintf(f, "%s\"%s\":%lu", n++ ? "," : "", how_names[h],
                    e->how_count[h]);
    fputs("},\"codes\":{", f);
    for (int i = 0; i < CODES_MAX && e->codes[i][0]; i++) {
        fputs(i ? "," : "", f);
        json_str(f, e->codes[i]);
        fprintf(f, ":%lu", e->code_count[i]);
    }
    fprintf(f, "},\"other_codes\":%lu,\"no_code\":%lu,"
               "\"country_inferred\":%lu,\"examples\":[",
            e->other_codes, e->no_code, c >= 0 ? e->code_inferred[c] : 0);
    for (int i = 0; i < EXAMPLES_MAX && e->ex_text[i]; i++) {
        fputs(i ? ",{\"doc\":" : "{\"doc\":", f);
        json_str(f, e->ex_doc[i]);
        fputs(",\"sentence\":", f);
        json_str(f, e->ex_text[i]);
        fputc('}', f);
    }
    fputs("]}\n", f);
}

/* Writes the names of at least min_count mentions, most mentioned first
 * (ties by name), at most limit (0: all). Returns how many; -1 when out
 * of memory. */
static long write_report(const tally *t, const actors_args *a, FILE *f)
{
    name_entry **v = malloc((t->n ? t->n : 1) * sizeof *v);
    if (!v)
        return -1;
    size_t n = 0;
    for (size_t i = 0; i < t->n; i++)
        if (t->e[i].mentions >= a->min_count)
            v[n++] = &t->e[i];
    qsort(v, n, sizeof *v, by_mentions);
    if (a->limit && n > a->limit)
        n = a->limit;
    if (a->fmt == FMT_TSV)
        write_tsv_header(f);
    for (size_t i = 0; i < n; i++) {
        if (a->fmt == FMT_LEX)
            write_lex(f, v[i]);
        else if (a->fmt == FMT_TSV)
            write_tsv(f, v[i]);
        else
            write_jsonl(f, v[i]);
    }
    free(v);
    return (long)n;
}

/* ------------------------------------------------------------ command */

static void actors_usage(FILE *f)
{
    fprintf(f,
            "usage: dyad actors --unknown [options] [FILE|DIR|-]...\n"
            "  -u, --unknown         list the actors the lexicon lacks\n"
            "  -f, --format FMT      lex (default: lexicon lines), tsv, jsonl\n"
            "  -m, --min-count N     names of at least N mentions (default 2)\n"
            "  -n, --limit N         at most N names\n"
            "      --max-names N     distinct names tracked (default %d)\n"
            "  -l, --lexicon FILE    compiled lexicon (dyad.lexb)\n"
            "  -d, --date DATE       date (YYYY-MM-DD) of text files without one\n"
            "  -q, --quiet           no per-document messages, no summary\n",
            DEFAULT_MAX_NAMES);
}

/* a count option into *out; 0, or the usage exit code after a message */
static int count_opt(const char *name, const char *arg, size_t *out)
{
    if (!cli_parse_count(arg, out, 100000000ULL, 0))
        return 0;
    fprintf(stderr, "dyad actors: bad %s '%s'\n", name, arg);
    return EX_USAGE;
}

static int parse_format(const char *s, int *fmt)
{
    if (!strcmp(s, "lex"))
        *fmt = FMT_LEX;
    else if (!strcmp(s, "tsv"))
        *fmt = FMT_TSV;
    else if (!strcmp(s, "jsonl"))
        *fmt = FMT_JSONL;
    else
        return -1;
    return 0;
}

/* Parses the options; -1 to go on, else the exit code. */
static int parse_actors_args(int argc, char **argv, actors_args *a)
{
    static const struct option lo[] = {
        {"unknown", no_argument, NULL, 'u'},
        {"format", required_argument, NULL, 'f'},
        {"min-count", required_argument, NULL, 'm'},
        {"limit", required_argument, NULL, 'n'},
        {"max-names", required_argument, NULL, 'X'},
        {"lexicon", required_argument, NULL, 'l'},
        {"date", required_argument, NULL, 'd'},
        {"quiet", no_argument, NULL, 'q'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0}};
    int opt, rc = 0;
    optind = 1;
    while (!rc && (opt = getopt_long(argc, argv, "uf:m:n:l:d:qh", lo,
                                     NULL)) != -1) {
        switch (opt) {
        case 'u': a->unknown = 1; break;
        case 'm': rc = count_opt("--min-count", optarg, &a->min_count); break;
        case 'n': rc = count_opt("--limit", optarg, &a->limit); break;
        case 'X': rc = count_opt("--max-names", optarg, &a->max_names); break;
        case 'l': a->lexpath = optarg; break;
        case 'd': a->date = optarg; break;
        case 'q': a->quiet = 1; break;
        case 'f':
            if (parse_format(optarg, &a->fmt)) {
                fprintf(stderr, "dyad actors: unknown format '%s'\n", optarg);
                rc = EX_USAGE;
            }
            break;
        case 'h':
            actors_usage(stdout);
            return EX_OK;
        default:
            actors_usage(stderr);
            return EX_USAGE;
        }
    }
    if (!rc && !a->unknown) {
        fprintf(stderr, "dyad actors: say what to list (--unknown)\n");
        actors_usage(stderr);
        rc = EX_USAGE;
    }
    return rc ? rc : -1;
}

/* Codes every document and counts its unknown actors; stops early only
 * when memory runs out (status EX_IO). */
static void tally_inputs(cli_inputs *in, dyad_coder *coder, tally *t,
                         cli_tally *ct, int quiet, int *status)
{
    dyad_doc doc;
    while (cli_inputs_next(in, &doc, ct, status)) {
        dyad_result *res = NULL;
        int rc = cli_code_doc(&res, coder, &doc, ct->docs, ct, quiet, status);
        if (rc == DYAD_ENOMEM)
            break;
        if (rc)
            continue;
        cli_tally_coded(ct, res);
        const dyad_doc *d = dyad_result_doc(res);
        size_t n = dyad_result_unknown_count(res);
        for (size_t i = 0; i < n && !rc; i++)
            rc = tally_add(t, dyad_result_unknown_actor(res, i), d, ct->docs);
        dyad_result_free(res);
        if (rc) {
            fprintf(stderr, "dyad actors: out of memory\n");
            *status = EX_IO;
            break;
        }
    }
    cli_inputs_close(in);
}

/* the run's summary on stderr, and the cap's message when it was hit */
static void actors_summary(const actors_args *a, const tally *t,
                           const cli_tally *ct, long listed)
{
    if (t->dropped)
        fprintf(stderr,
                "dyad actors: the cap of %zu distinct names was hit: %llu "
                "mentions of later names were not counted (--max-names)\n",
                t->max_names, t->dropped);
    if (a->quiet)
        return;
    fprintf(stderr,
            "dyad: %llu documents: %llu coded, %llu empty, %llu rejected; "
            "%llu unknown-actor mentions of %zu names (%llu names too long "
            "to count), %ld listed with %zu+ mentions\n",
            ct->docs, ct->coded + ct->noevent, ct->empty, ct->rejected,
            t->mentions, t->n, t->skipped_long, listed, a->min_count);
}

int cmd_actors(int argc, char **argv)
{
    actors_args a = {NULL, NULL, 0, 0, FMT_LEX, 2, 0, DEFAULT_MAX_NAMES};
    int rc = parse_actors_args(argc, argv, &a);
    if (rc >= 0)
        return rc;
    dyad_lexicon *lx = cli_load_lexicon(a.lexpath);
    if (!lx)
        return EX_IO;
    dyad_coder *coder = NULL;
    dyad_error err;
    memset(&err, 0, sizeof err);
    dyad_options opts = DYAD_OPTIONS_INIT;
    opts.flags = DYAD_F_UNKNOWN_ACTORS;
    if (dyad_coder_new(&coder, lx, &opts, &err)) {
        cli_error(&err);
        dyad_lexicon_free(lx);
        return EX_IO;
    }
    char *stdin_only[] = {"-"};
    cli_inputs in = {.paths = optind < argc ? argv + optind : stdin_only,
                     .npaths = optind < argc ? argc - optind : 1,
                     .opts = &opts, .date = a.date, .quiet = a.quiet};
    tally t;
    memset(&t, 0, sizeof t);
    t.max_names = a.max_names;
    cli_tally ct;
    memset(&ct, 0, sizeof ct);
    int status = EX_OK;
    tally_inputs(&in, coder, &t, &ct, a.quiet, &status);
    long listed = write_report(&t, &a, stdout);
    if (listed < 0) {
        fprintf(stderr, "dyad actors: out of memory\n");
        status = EX_IO;
    }
    if ((fflush(stdout) != 0 || ferror(stdout)) && status != EX_IO) {
        fprintf(stderr, "dyad: cannot write output: %s\n", strerror(errno));
        status = EX_IO;
    }
    actors_summary(&a, &t, &ct, listed);
    tally_free(&t);
    dyad_coder_free(coder);
    dyad_lexicon_free(lx);
    return status;
}
