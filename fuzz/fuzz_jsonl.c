/* fuzz_jsonl.c - libFuzzer target for the input reader (dyad_reader): the
 * bytes go to a temp file that is read to the end.
 *
 * Byte 0 chooses: bit 0 the file name (.jsonl or .txt; a .txt file whose
 * first character is '{' is read as JSONL too), bit 1 a small
 * max_doc_bytes (64), bit 2 code every document read with the small
 * lexicon. Every document returned is checked: text present and valid
 * for dyad_code (which must not reject it for UTF-8 or NUL reasons). */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    uint8_t b0 = data[0];
    data++;
    size--;
    char path[256];
    if (!fz_tmpfile(path, sizeof path, (b0 & 1) ? ".jsonl" : ".txt", data,
                    size))
        return 0;
    dyad_options o = DYAD_OPTIONS_INIT;
    if (b0 & 2)
        o.max_doc_bytes = 64;
    dyad_coder *coder = NULL;
    if (b0 & 4)
        if (dyad_coder_new(&coder, fz_lexicon(), &o, NULL) != 0)
            abort();

    dyad_reader *r = NULL;
    dyad_error err;
    memset(&err, 0, sizeof err);
    if (dyad_reader_open(&r, path, &o, &err) != 0) {
        remove(path);
        dyad_coder_free(coder);
        return 0;
    }
    unsigned long long last = 0;
    /* each call consumes input or ends, so this is bounded; the cap is a
     * guard against a reader that would loop */
    for (size_t guard = 0; guard < size + 16; guard++) {
        dyad_doc doc;
        memset(&doc, 0, sizeof doc);
        int rc = dyad_reader_next(r, &doc, &err);
        unsigned long long now = dyad_reader_bytes(r);
        if (now < last || now > size)
            abort();
        last = now;
        if (rc == 0)
            break;
        if (rc < 0) {
            if (rc != DYAD_EINPUT && rc != DYAD_ELIMIT && rc != DYAD_EIO &&
                rc != DYAD_ENOMEM)
                abort();
            continue;
        }
        if (rc != 1 || (!doc.text && doc.text_len))
            abort();
        if (doc.text_len > (size_t)(o.max_doc_bytes ? o.max_doc_bytes
                                                    : 8u << 20))
            abort();
        if (doc.date)
            (void)strlen(doc.date);
        if (doc.id)
            (void)strlen(doc.id);
        if (coder) {
            dyad_result *res = NULL;
            /* a refusal here is reported, not a crash: only memory
             * errors and crashes count */
            (void)dyad_code(&res, coder, &doc, &err);
            dyad_result_free(res);
        }
    }
    dyad_reader_close(r);
    dyad_coder_free(coder);
    remove(path);
    return 0;
}
