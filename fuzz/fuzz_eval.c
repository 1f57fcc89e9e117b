/* fuzz_eval.c - libFuzzer target for the gold JSONL evaluator
 * (dyad_eval_files), through a temp file, coded with the small lexicon.
 * Byte 0: bit 0 JSON report instead of tables, bit 1 list the 3 worst
 * misses. */
#include "fuzz_common.h"

#include <dyad_tools.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    uint8_t b0 = data[0];
    char path[256];
    if (!fz_tmpfile(path, sizeof path, ".jsonl", data + 1, size - 1))
        return 0;
    dyad_coder *coder = NULL;
    if (dyad_coder_new(&coder, fz_lexicon(), NULL, NULL) != 0)
        abort();
    dyad_eval_options eo;
    memset(&eo, 0, sizeof eo);
    eo.json = b0 & 1;
    eo.errors = (b0 & 2) ? 3 : 0;
    const char *paths[1] = {path};
    size_t regressions = 0, n = 0;
    dyad_error err;
    memset(&err, 0, sizeof err);
    int rc = dyad_eval_files(coder, paths, 1, &eo, &regressions, fz_sink, &n,
                             &err);
    if (rc != 0 && rc != DYAD_EINPUT && rc != DYAD_EIO && rc != DYAD_ENOMEM &&
        rc != DYAD_ELIMIT)
        abort();
    dyad_coder_free(coder);
    remove(path);
    return 0;
}
