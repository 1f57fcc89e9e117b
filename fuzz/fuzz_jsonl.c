/* fuzz_jsonl.c - libFuzzer target for the input reader (dyad_reader): the
 * bytes go to a temp file that is read to the end.
 *
 * Byte 0 chooses: bit 0 the file name (.jsonl or .txt; a .txt file whose
 * first character is '{' is read as JSONL too), bit 1 a small
 * max_doc_bytes (64), bit 2 code every document read with the small
 * lexicon. Every document returned is checked: text present, and one
 * marked DYAD_DOC_UTF8 (a JSONL record) passes dyad_code's own check for
 * UTF-8 and NUL bytes, which it skips.
 * Bit 3 makes the run differential instead: the bytes, when UTF-8, are
 * one line for the record scanner (src/reader/jscan.c) and for jansson,
 * which must accept the same lines, extract the same fields and name the
 * same class of error (as tests/unit/test_jscan.c checks on its
 * catalogue); bytes that are no UTF-8 must not be read as an object. */
#include "fuzz_common.h"

#include "reader/encoding.h"
#include "reader/jscan.h"
#include "util/util.h"

#include <jansson.h>

/* jansson's verdict as a DY_JS_* class */
static int ref_class(const json_t *j, const json_error_t *je)
{
    if (j)
        return json_is_object(j) ? DY_JS_OBJECT : DY_JS_NOT_OBJECT;
    switch (json_error_code(je)) {
    case json_error_premature_end_of_input: return DY_JS_EOF;
    case json_error_invalid_syntax: return DY_JS_SYNTAX;
    case json_error_end_of_input_expected: return DY_JS_TRAILING;
    case json_error_stack_overflow: return DY_JS_DEPTH;
    case json_error_duplicate_key: return DY_JS_DUPLICATE;
    case json_error_null_character: return DY_JS_NUL;
    case json_error_null_byte_in_key: return DY_JS_NUL_KEY;
    case json_error_numeric_overflow: return DY_JS_RANGE;
    default: return -1;
    }
}

static int same_field(const json_t *v, const dy_jfield *f)
{
    if (!v)
        return f->type == DY_JT_ABSENT;
    if (json_is_null(v))
        return f->type == DY_JT_NULL;
    if (json_is_integer(v))
        return f->type == DY_JT_INTEGER &&
               f->integer == (long long)json_integer_value(v);
    if (json_is_string(v))
        return f->type == DY_JT_STRING && f->len == json_string_length(v) &&
               !memcmp(f->s, json_string_value(v), f->len) &&
               f->s[f->len] == '\0';
    return f->type == DY_JT_OTHER;
}

/* a line that is no UTF-8: never read as an object, and left as it was */
static void not_utf8(const uint8_t *data, size_t size)
{
    char *line = malloc(size + 1);
    dy_jscan *s = malloc(sizeof *s);
    if (!line || !s)
        abort();
    memcpy(line, data, size);
    dy_mem mem = {NULL};
    dy_jscan_init(s, &mem);
    dy_jfield f[DY_JF_N];
    if (dy_jscan_record(s, line, size, f) == DY_JS_OBJECT ||
        memcmp(line, data, size))
        abort();
    dy_jscan_free(s);
    free(s);
    free(line);
}

/* the scanner against jansson on one line; aborts when they differ */
static void differential(const uint8_t *data, size_t size)
{
    static const char *const names[DY_JF_N] = {"id",     "text", "date",
                                               "source", "url",  "title"};
    if (dy_enc_first_invalid((const char *)data, size) != (size_t)-1) {
        /* the reader names its bad byte; the scanner must only not take
         * it for an object (the reader checks no object's encoding) */
        not_utf8(data, size);
        return;
    }
    json_error_t je;
    json_t *j = json_loadb((const char *)data, size, JSON_REJECT_DUPLICATES,
                           &je);
    char *line = malloc(size + 1);
    if (!line)
        abort();
    memcpy(line, data, size);
    dy_mem mem = {NULL};
    dy_jscan *s = malloc(sizeof *s);
    if (!s)
        abort();
    dy_jscan_init(s, &mem);
    dy_jfield f[DY_JF_N];
    int got = dy_jscan_record(s, line, size, f);
    if (got != ref_class(j, &je))
        abort();
    for (int i = 0; got == DY_JS_OBJECT && i < DY_JF_N; i++)
        if (!same_field(json_object_get(j, names[i]), &f[i]))
            abort();
    if (got != DY_JS_OBJECT && got != DY_JS_NOT_OBJECT &&
        memcmp(line, data, size))
        abort(); /* a rejected line is left as it was */
    dy_jscan_free(s);
    free(s);
    free(line);
    json_decref(j);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    uint8_t b0 = data[0];
    data++;
    size--;
    if (b0 & 8) {
        differential(data, size);
        return 0;
    }
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
        /* a text marked checked is one dyad_code's own check passes */
        int is_nul;
        if ((doc.flags & DYAD_DOC_UTF8) &&
            dy_utf8_check(doc.text, doc.text_len, &is_nul) != (size_t)-1)
            abort();
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
