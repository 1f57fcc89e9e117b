/* fuzz_code.c - libFuzzer target for text -> events (dyad_code), the
 * result getters, every output format and dyad_explain.
 *
 * The first two bytes choose the options (cmark's fuzz/cmark-fuzz.c idea):
 *   byte 0: bit 0 DYAD_F_KEEP_NEGATED, bit 1 DYAD_F_NO_INFERENCE,
 *           bit 2 small limits (from byte 1), bits 3-4 the date (none, a
 *           normal one, a leap day, an impossible one), bit 5 run
 *           dyad_explain as well, bit 6 a title and an id.
 *   byte 1: with bit 2, the limits: tokens 1..16, events 1..4,
 *           sentences 1..8, doc bytes 1..256.
 * The rest is the document text. The lexicon is the image named by
 * DYAD_FUZZ_LEXB, else a small one compiled from buffers. */
#include "fuzz_common.h"

static void write_all(const dyad_result *res)
{
    static const dyad_format fmts[] = {DYAD_FORMAT_JSONL, DYAD_FORMAT_TSV,
                                       DYAD_FORMAT_TABLE, DYAD_FORMAT_EVENTS,
                                       DYAD_FORMAT_CSV,   DYAD_FORMAT_GDELT};
    size_t n = 0;
    for (size_t i = 0; i < sizeof fmts / sizeof fmts[0]; i++) {
        dyad_format_header(fmts[i], fz_sink, &n);
        dyad_result_write(res, fmts[i], fz_sink, &n);
    }
}

static void check_events(const dyad_result *res, size_t text_len)
{
    size_t count = dyad_result_count(res);
    for (size_t i = 0; i < count; i++) {
        const dyad_event *ev = dyad_result_event(res, i);
        if (!ev || !ev->cameo)
            abort();
        /* spans stay inside the text */
        if (ev->trigger.start > text_len ||
            ev->trigger.len > text_len - ev->trigger.start)
            abort();
        if (ev->sentence_span.start > text_len ||
            ev->sentence_span.len > text_len - ev->sentence_span.start)
            abort();
        if (ev->source.code && !ev->source.inferred &&
            (ev->source.span.start > text_len ||
             ev->source.span.len > text_len - ev->source.span.start))
            abort();
        /* (QuadClass 0 only for a code an imported lexicon declares
         * foreign, with no CAMEO prefix: docs/compat.md) */
        if (ev->quad_class < 0 || ev->quad_class > 4 ||
            (ev->quad_class == 0 &&
             (!ev->cameo_name ||
              strncmp(ev->cameo_name, "foreign code", 12) != 0)))
            abort();
    }
    if (dyad_result_event(res, count) != NULL)
        abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const dyad_lexicon *lx = fz_lexicon();
    uint8_t b0 = data[0], b1 = data[1];
    data += 2;
    size -= 2;

    dyad_options o = DYAD_OPTIONS_INIT;
    if (b0 & 1)
        o.flags |= DYAD_F_KEEP_NEGATED;
    if (b0 & 2)
        o.flags |= DYAD_F_NO_INFERENCE;
    if (b0 & 4) {
        o.max_sentence_tokens = 1 + (b1 & 15);
        o.max_events = 1 + ((b1 >> 4) & 3);
        o.max_sentences = 1 + ((b1 >> 6) & 3) * 2;
        o.max_doc_bytes = 1 + (size_t)b1;
    }
    static const char *const dates[] = {NULL, "2024-03-15", "2024-02-29",
                                        "2023-02-30"};
    dyad_doc doc;
    memset(&doc, 0, sizeof doc);
    doc.date = dates[(b0 >> 3) & 3];
    if (b0 & 64) {
        doc.id = "fuzz-1";
        doc.title = "Fuzz";
        doc.source = "fuzz";
        doc.url = "http://example.invalid/";
    }
    /* no NUL terminator on purpose: dyad_doc says the text need not have one */
    char *text = malloc(size ? size : 1);
    if (!text)
        return 0;
    if (size)
        memcpy(text, data, size);
    doc.text = text;
    doc.text_len = size;

    dyad_coder *coder = NULL;
    dyad_error err;
    memset(&err, 0, sizeof err);
    if (dyad_coder_new(&coder, lx, &o, &err) != 0) {
        free(text);
        return 0;
    }
    dyad_result *res = NULL;
    int rc = dyad_code(&res, coder, &doc, &err);
    if (rc == 0) {
        if (!res)
            abort();
        check_events(res, size);
        write_all(res);
        (void)dyad_result_sentence_count(res);
        const dyad_doc *d = dyad_result_doc(res);
        if (!d || d->text_len != size)
            abort();
        dyad_result_free(res);
        if (b0 & 32) {
            size_t n = 0;
            dyad_explain(coder, &doc, fz_sink, &n, &err);
        }
    } else if (res) {
        abort(); /* a failed call leaves *out alone (NULL here) */
    } else if (rc != DYAD_EINPUT && rc != DYAD_EDATE && rc != DYAD_ELIMIT &&
               rc != DYAD_ENOMEM) {
        abort();
    }
    dyad_coder_free(coder);
    free(text);
    return 0;
}
