/* fuzz_lexicon.c - libFuzzer target for the lexicon source parser and
 * compiler (dyad_lexicon_compile_buffers) and the binary image loader
 * (dyad_lexicon_load on arbitrary bytes, through a temp file).
 *
 * Byte 0 chooses the mode:
 *   bits 0-1: 0 the rest is one lexicon source file "fuzz.lex";
 *             1 the rest is a CAMEO table "cameo.tsv" (with a fixed lexicon);
 *             2 the rest is split at the first 0x00 byte into cameo.tsv and a
 *               lexicon file;
 *             3 the rest is a binary image handed to dyad_lexicon_load,
 *               with the full check (DYAD_F_VERIFY_LEXICON; what it
 *               accepts must code) and without (what it accepts must pass
 *               the full check or fail it with DYAD_EDICT; a plain load
 *               of a damaged image is not coded: it trusts the body).
 *   bit 2:    after a successful compile, save the image, load it back,
 *             compare the stats and code a fixed sentence with both; in
 *             mode 3, reseal the image first (a checksum that matches).
 * Every diagnostic goes to a callback that checks its fields. */
#include "fuzz_common.h"

#include "util/util.h" /* dy_checksum, to reseal a mutated image */

static void diag_cb(const dyad_error *d, void *ctx)
{
    size_t *n = ctx;
    if (!d || d->code >= 0 || d->line < 0 || d->column < 0)
        abort();
    if (!memchr(d->message, '\0', sizeof d->message) ||
        !memchr(d->file, '\0', sizeof d->file))
        abort();
    (*n)++;
}

static void code_one(const dyad_lexicon *lx)
{
    static const char text[] =
        "Russian troops attacked Kharkiv on Monday, killing 3 people, "
        "Ukrainian officials said. Ukraine did not meet Russia.";
    dyad_coder *c = NULL;
    if (dyad_coder_new(&c, lx, NULL, NULL) != 0)
        return;
    dyad_doc doc;
    memset(&doc, 0, sizeof doc);
    doc.text = text;
    doc.text_len = sizeof text - 1;
    doc.date = "2024-03-15";
    dyad_result *res = NULL;
    if (dyad_code(&res, c, &doc, NULL) == 0) {
        size_t n = 0;
        dyad_result_write(res, DYAD_FORMAT_JSONL, fz_sink, &n);
        dyad_result_free(res);
    }
    dyad_coder_free(c);
}

static void roundtrip(const dyad_lexicon *lx)
{
    char path[256];
    snprintf(path, sizeof path, "%s/dyad-fuzz-%ld.lexb",
             getenv("TMPDIR") && *getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp",
             (long)getpid());
    if (dyad_lexicon_save(lx, path, NULL) != 0) {
        remove(path);
        return;
    }
    dyad_lexicon *back = NULL;
    dyad_error err;
    memset(&err, 0, sizeof err);
    if (dyad_lexicon_load(&back, path, NULL, &err) != 0) {
        fprintf(stderr, "a saved image does not load: %s\n", err.message);
        abort();
    }
    remove(path);
    dyad_lexicon_stats a, b;
    dyad_lexicon_get_stats(lx, &a);
    dyad_lexicon_get_stats(back, &b);
    if (a.words != b.words || a.phrases != b.phrases ||
        a.patterns != b.patterns || a.actors != b.actors || a.codes != b.codes)
        abort();
    code_one(lx);
    code_one(back);
    dyad_lexicon_free(back);
}

/* mode 3: the image at path, loaded with and without the full check */
static void load_image(const char *path)
{
    dyad_options o = DYAD_OPTIONS_INIT;
    o.flags = DYAD_F_VERIFY_LEXICON;
    dyad_lexicon *lx = NULL;
    dyad_error err;
    memset(&err, 0, sizeof err);
    int verified = dyad_lexicon_load(&lx, path, &o, &err) == 0;
    if (verified) {
        dyad_lexicon_stats st;
        dyad_lexicon_get_stats(lx, &st);
        code_one(lx);
        dyad_lexicon_free(lx);
    } else if (lx || err.code != DYAD_EDICT) {
        abort();
    }
    lx = NULL;
    memset(&err, 0, sizeof err);
    if (dyad_lexicon_load(&lx, path, NULL, &err) == 0) {
        dyad_lexicon_stats st;
        dyad_lexicon_get_stats(lx, &st);
        int rc = dyad_lexicon_verify(lx, &err);
        if (verified ? rc != 0 : rc != DYAD_EDICT)
            abort();
        dyad_lexicon_free(lx);
    } else if (lx || verified || err.code != DYAD_EDICT) {
        abort();
    }
}

static void compile(const char *const *names, const char *const *texts,
                    const size_t *lens, size_t count, int rt)
{
    dyad_lexicon *lx = NULL;
    dyad_error err;
    memset(&err, 0, sizeof err);
    size_t ndiag = 0;
    int rc = dyad_lexicon_compile_buffers(&lx, names, texts, lens, count, NULL,
                                          NULL, diag_cb, &ndiag, &err);
    if (rc == 0) {
        if (!lx || ndiag)
            abort();
        dyad_lexicon_stats st;
        dyad_lexicon_get_stats(lx, &st);
        if (rt)
            roundtrip(lx);
        dyad_lexicon_free(lx);
    } else {
        if (lx)
            abort();
        if (rc != DYAD_EDICT && rc != DYAD_ENOMEM && rc != DYAD_ELIMIT)
            abort();
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    int mode = data[0] & 3, rt = (data[0] >> 2) & 1;
    const char *rest = (const char *)data + 1;
    size_t n = size - 1;

    if (mode == 0) {
        const char *names[2] = {"cameo.tsv", "fuzz.lex"};
        const char *texts[2] = {fz_cameo, rest};
        size_t lens[2] = {sizeof fz_cameo - 1, n};
        compile(names, texts, lens, 2, rt);
    } else if (mode == 1) {
        const char *names[2] = {"cameo.tsv", "fuzz.lex"};
        const char *texts[2] = {rest, fz_lex};
        size_t lens[2] = {n, sizeof fz_lex - 1};
        compile(names, texts, lens, 2, rt);
    } else if (mode == 2) {
        const char *nul = memchr(rest, '\0', n);
        size_t a = nul ? (size_t)(nul - rest) : n;
        size_t b = nul ? n - a - 1 : 0;
        const char *names[2] = {"cameo.tsv", "fuzz.lex"};
        const char *texts[2] = {rest, nul ? nul + 1 : rest + n};
        size_t lens[2] = {a, b};
        compile(names, texts, lens, 2, rt);
    } else {
        /* bit 2: the image resealed, its checksum made to match the
         * mutated bytes, so that the record checks decide and whatever
         * passes them is coded (the checksum would refuse nearly every
         * mutation before they ran) */
        uint8_t *img = malloc(n ? n : 1);
        if (!img)
            return 0;
        memcpy(img, rest, n);
        if (rt && n >= 32) {
            uint64_t sum = dy_checksum(img + 32, n - 32);
            memcpy(img + 24, &sum, sizeof sum);
        }
        char path[256];
        if (fz_tmpfile(path, sizeof path, ".lexb", img, n)) {
            load_image(path);
            remove(path);
        }
        free(img);
    }
    return 0;
}
