/* fuzz_import.c - libFuzzer target for the foreign dictionary importer
 * (dyad_lexicon_import, docs/compat.md): TABARI and PETRARCH2 actors,
 * agents and verbs files of arbitrary bytes.
 *
 * Byte 0 chooses the mode:
 *   bit 0:    the format: 0 TABARI, 1 PETRARCH2;
 *   bits 1-2: the kind of file, told by its name: actors, agents, verbs,
 *             discards (reported, not read);
 *   bit 3:    small limits (16-byte lines, 8 entries, 4 expansions), so
 *             that every bound is reached;
 *   bit 4:    compile the translated text with the CAMEO table it was
 *             translated against: what the importer writes must compile
 *             without a single error;
 *   bit 5:    the file is a TABARI .options file instead (its DEFAULT
 *             command; a PETRARCH2 import reports it).
 * The rest is the file. Every report goes to a callback that checks its
 * fields, and the count the call returns must equal the reports seen. */
#include "fuzz_common.h"

#include <dyad_tools.h>

typedef struct seen {
    size_t reports;
} seen;

static void report_cb(const dyad_error *d, void *ctx)
{
    seen *s = ctx;
    if (!d || d->line < 1 || d->column < 1)
        abort();
    if (!memchr(d->message, '\0', sizeof d->message) ||
        !memchr(d->file, '\0', sizeof d->file) || !d->message[0])
        abort();
    s->reports++;
}

static void compile_cb(const dyad_error *d, void *ctx)
{
    (void)ctx;
    fprintf(stderr, "translated text does not compile: %s:%ld:%ld: %s\n",
            d->file, d->line, d->column, d->message);
    abort();
}

static void compile_text(const char *lex, size_t len)
{
    const char *names[2] = {"cameo.tsv", "import.lex"};
    const char *texts[2] = {fz_cameo, lex};
    size_t lens[2] = {sizeof fz_cameo - 1, len};
    dyad_lexicon *lx = NULL;
    dyad_error err;
    memset(&err, 0, sizeof err);
    int rc = dyad_lexicon_compile_buffers(&lx, names, texts, lens, 2, NULL,
                                          NULL, compile_cb, NULL, &err);
    if (rc == 0) {
        dyad_lexicon_stats st;
        dyad_lexicon_get_stats(lx, &st);
        dyad_lexicon_free(lx);
    } else if (lx || (rc != DYAD_ENOMEM && rc != DYAD_ELIMIT)) {
        fprintf(stderr, "compile failed: %d %s\n", rc, err.message);
        abort();
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const names[2][4] = {
        {"fuzz.actors", "fuzz.agents", "fuzz.verbs", "fuzz.discards"},
        {"Fuzz.actors.txt", "Fuzz.agents.txt", "Fuzz.verbs.txt",
         "Fuzz.discards.txt"}};
    if (size < 1)
        return 0;
    int petrarch = data[0] & 1, kind = (data[0] >> 1) & 3;
    int small = (data[0] >> 3) & 1, comp = (data[0] >> 4) & 1;
    const char *name = (data[0] >> 5) & 1 ? "Fuzz.options"
                                           : names[petrarch][kind];
    const char *text = (const char *)data + 1;
    size_t len = size - 1;
    dyad_import_limits lim = {16, 8, 4};
    seen s = {0};
    size_t reports = (size_t)-1;
    char *out = NULL;
    size_t out_len = 0;
    dyad_error err;
    memset(&err, 0, sizeof err);
    int rc = dyad_lexicon_import(
        &out, &out_len, petrarch ? DYAD_IMPORT_PETRARCH : DYAD_IMPORT_TABARI,
        name, text, len, fz_cameo, sizeof fz_cameo - 1,
        small ? &lim : NULL, report_cb, &s, &reports, &err);
    if (rc == 0) {
        if (!out || strlen(out) != out_len || reports != s.reports)
            abort();
        if (comp)
            compile_text(out, out_len);
        dyad_import_free(out);
    } else if (out || (rc != DYAD_EINPUT && rc != DYAD_ELIMIT &&
                       rc != DYAD_ENOMEM)) {
        abort();
    }
    return 0;
}
