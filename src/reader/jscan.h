/*
 * jscan.h - the JSONL record scanner (jscan.c): one line of JSON read in
 * one pass without building a tree. The fields a document takes (id,
 * text, date, source, url, title) are found at the top level and decoded
 * in place; everything else is checked and skipped. It accepts exactly
 * the lines jansson's json_loadb accepts with JSON_REJECT_DUPLICATES
 * (RFC 8259, keys unique in every object, no \u0000, integers that fit a
 * long long, reals that do not overflow, nesting to 2048 values) and
 * names the class of the first error as jansson's json_error_code does
 * (tests/unit/test_jscan.c runs both over a catalogue of lines), for a
 * line that is UTF-8. A line read as an object is UTF-8: a string's bytes
 * that are no UTF-8 stop the scan (DY_JS_UTF8), and so does any non-ASCII
 * byte outside a string (no token); the caller checks the encoding of
 * the lines not read as an object before it names their class.
 */
#ifndef DYAD_READER_JSCAN_H
#define DYAD_READER_JSCAN_H

#include "util/util.h"

#include <stddef.h>
#include <stdint.h>

/* the fields of a record the reader takes */
enum {
    DY_JF_ID,
    DY_JF_TEXT,
    DY_JF_DATE,
    DY_JF_SOURCE,
    DY_JF_URL,
    DY_JF_TITLE,
    DY_JF_N
};

/* a field's JSON type */
enum {
    DY_JT_ABSENT,  /* no such key */
    DY_JT_NULL,
    DY_JT_STRING,
    DY_JT_INTEGER,
    DY_JT_OTHER    /* a real, true, false, an object or an array */
};

typedef struct dy_jfield {
    int type;
    int escaped;       /* the string's bytes hold an escape (while scanning) */
    char *s;           /* DY_JT_STRING: the value, NUL-terminated, in the line */
    size_t len;        /* its length in bytes */
    long long integer; /* DY_JT_INTEGER: the value */
} dy_jfield;

/* What dy_jscan_record says of a line: an object, valid JSON that is no
 * object, or the class of its first error (jansson's json_error_code in
 * brackets). */
enum {
    DY_JS_OBJECT,    /* the fields are filled */
    DY_JS_NOT_OBJECT, /* valid JSON: an array */
    DY_JS_EOF,       /* the line ends too early (premature_end_of_input) */
    DY_JS_SYNTAX,    /* (invalid_syntax) */
    DY_JS_TRAILING,  /* more after the value (end_of_input_expected) */
    DY_JS_DEPTH,     /* nested deeper than DY_JSCAN_MAX_DEPTH (stack_overflow) */
    DY_JS_DUPLICATE, /* a key twice in one object (duplicate_key) */
    DY_JS_NUL,       /* \u0000 in a string value (null_character) */
    DY_JS_NUL_KEY,   /* \u0000 in a key (null_byte_in_key) */
    DY_JS_RANGE,     /* an integer or real out of range (numeric_overflow) */
    DY_JS_NOMEM,     /* out of memory (the key table, the open values) */
    DY_JS_UTF8       /* bytes that are no UTF-8 in a string (the line is
                        no UTF-8: the caller names the byte) */
};

/* values nested in values, the top one at 1 (jansson's JSON_PARSER_MAX_DEPTH) */
#define DY_JSCAN_MAX_DEPTH 2048

/* keys of a record's first object compared one by one (dy_jscan.few) */
#define DY_JSCAN_FEW 8

/* one key seen in the current record: its object, hash and bytes */
typedef struct dy_jkey {
    uint32_t gen;        /* the record it belongs to (0: free) */
    uint32_t obj;        /* the object it belongs to, in that record */
    uint64_t hash;
    size_t off, len;     /* in the line, or (scratch) in keybuf */
    int scratch;
} dy_jkey;

/* The scanner's state, reused from record to record so that a record
 * allocates nothing once the tables have grown to its size. */
typedef struct dy_jscan {
    const dy_mem *mem;
    char *line;
    const unsigned char *p, *end; /* the next byte, the end of the line */
    int err;                      /* the class of a lexer error */
    /* the last token, when a string: raw bytes, escapes, a \u0000 */
    const unsigned char *tok;
    size_t tok_len;
    int tok_esc, tok_nul;
    long long tok_int;            /* the last token, when an integer */
    /* of each open value, DY_JSCAN_MAX_DEPTH of them in one block made
     * at the first record and never cleared (only those below depth are
     * read): '{' or '[', and its object number */
    unsigned char *kind;
    uint32_t *obj;
    size_t depth;
    uint32_t nobj;
    dy_jkey *keys;                /* open addressing, power of two */
    size_t keys_cap, nkeys;
    /* the first DY_JSCAN_FEW keys of the record's object 0 (its top
     * object, or an array's first object), told apart by comparing them,
     * without the table: a record's few keys cost less so; nfew is
     * DY_JSCAN_FEW + 1 once they have gone into the table */
    dy_jkey few[DY_JSCAN_FEW];
    size_t nfew;
    uint32_t gen;
    dy_buf keybuf;                /* keys with escapes, decoded */
    dy_buf num;                   /* a real whose range is checked */
} dy_jscan;

void dy_jscan_init(dy_jscan *s, const dy_mem *mem);
void dy_jscan_free(dy_jscan *s);

/* Scans the line (len bytes; no terminator needed). When it is an object
 * (DY_JS_OBJECT), f[DY_JF_*] hold the top-level fields, their strings
 * decoded in place (the line is changed; each is NUL-terminated over the
 * line's own bytes). Otherwise the line is untouched and f undefined. */
int dy_jscan_record(dy_jscan *s, char *line, size_t len,
                    dy_jfield f[DY_JF_N]);

#endif
