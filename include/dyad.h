/*
 * dyad.h - the one public header of libdyad, a political event coder.
 *
 * libdyad reads English news text and returns event records: who did what
 * to whom (CAMEO code, PLOVER type/mode, Goldstein, QuadClass), when, where,
 * how many, on whose word, with byte spans as evidence.
 *
 * Ownership and threads, once for the whole API:
 *  - Objects returned through an `**out` parameter are owned by the caller
 *    and released with the matching _free/_close (each accepts NULL).
 *  - Pointers returned by getters are borrowed; they stay valid until their
 *    owner is freed (result -> events -> strings).
 *  - A dyad_lexicon is immutable after loading and may be shared by any
 *    number of threads. A dyad_coder belongs to one thread at a time. A
 *    result keeps pointers into the lexicon: free results first.
 *  - The library keeps no global mutable state.
 *
 * Errors: functions that can fail return 0 or a negative DYAD_E* code and
 * fill the optional dyad_error (may be NULL) with a message and position.
 */
#ifndef DYAD_H
#define DYAD_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(_WIN32)
#define DYAD_API
#elif defined(__GNUC__)
#define DYAD_API __attribute__((visibility("default")))
#else
#define DYAD_API
#endif

/* ===================================================================== */
/* MARK: version                                                         */
/* ===================================================================== */

#define DYAD_VERSION_MAJOR 0
#define DYAD_VERSION_MINOR 1
#define DYAD_VERSION_PATCH 0
#define DYAD_VERSION_NUMBER 0x000100
#define DYAD_VERSION_STRING "0.1.0"
/** Version of the JSON event output (docs/output.md). */
#define DYAD_OUTPUT_SCHEMA 1
/** Version of the lexicon source format (docs/lexicon.md). */
#define DYAD_LEXICON_FORMAT 1

/** Returns DYAD_VERSION_STRING of the library actually linked. */
DYAD_API const char *dyad_version(void);

/* ===================================================================== */
/* MARK: errors                                                          */
/* ===================================================================== */

enum {
    DYAD_OK = 0,
    DYAD_ENOMEM = -1, /* an allocation failed */
    DYAD_EINVAL = -2, /* caller misuse: bad argument */
    DYAD_EIO = -3,    /* a file could not be read or written */
    DYAD_EDICT = -4,  /* bad lexicon file or image */
    DYAD_EINPUT = -5, /* bad input text or JSON */
    DYAD_ELIMIT = -6, /* a configured limit was hit */
    DYAD_ESTORE = -7, /* SQLite store failure */
    DYAD_EDATE = -8,  /* a document's date is not a date dyad reads */
    DYAD_ESKIP = -9   /* an input entry skipped on purpose: a hidden name, a
                         second path to a file or directory already read (a
                         symlink loop), not a regular file */
};

/** Where an error happened and why. Filled by failing calls. */
typedef struct dyad_error {
    int code;          /* DYAD_E* */
    char message[256]; /* human readable, no trailing newline */
    char file[256];    /* file name, or "" */
    long line;         /* 1-based line, or 0 when unknown */
    long column;       /* 1-based column, or 0 */
    long long byte;    /* 0-based byte offset in file/text, or -1 */
} dyad_error;

/** Static description of a DYAD_E* code. */
DYAD_API const char *dyad_strerror(int code);

/* ===================================================================== */
/* MARK: options and allocator                                           */
/* ===================================================================== */

/** Allocation hook; realloc is told the old size. All fields required. */
typedef struct dyad_allocator {
    void *(*malloc)(void *ctx, size_t size);
    void *(*realloc)(void *ctx, void *ptr, size_t old_size, size_t new_size);
    void (*free)(void *ctx, void *ptr);
    void *ctx;
} dyad_allocator;

/** Option flags. */
#define DYAD_F_KEEP_NEGATED 0x1u /* emit negated events with status "negated" */
#define DYAD_F_NO_INFERENCE 0x2u /* never infer a source from context */
/* emit events told inside a subordinate clause (if, when, which ...), a
 * participle modifying a noun, or a request, with status "embedded" */
#define DYAD_F_KEEP_EMBEDDED 0x4u
/* the reader repairs bytes that are not UTF-8 by reading each as
 * Windows-1252 (Latin-1 for the five bytes it leaves undefined) instead of
 * rejecting the document; dyad_reader_note counts them */
#define DYAD_F_REPAIR_ENCODING 0x8u

/** Options: all-zero means the defaults (shown in brackets). */
typedef struct dyad_options {
    uint32_t flags;               /* DYAD_F_* bits [0] */
    size_t max_doc_bytes;         /* larger documents are rejected [8 MiB] */
    size_t max_sentence_tokens;   /* longer sentences are cut [400] */
    size_t max_events;            /* events per document [1000] */
    size_t max_sentences;         /* sentences per document [20000] */
    const dyad_allocator *alloc;  /* NULL: the C library's */
    size_t max_depth;             /* directory levels the reader descends
                                     below a directory it is given [16] */
} dyad_options;

#define DYAD_OPTIONS_INIT {0, 0, 0, 0, 0, NULL, 0}

/* ===================================================================== */
/* MARK: lexicon                                                         */
/* ===================================================================== */

typedef struct dyad_lexicon dyad_lexicon;

/** Diagnostic sink for lexicon checks: one `file:line:col: message`. */
typedef void (*dyad_diag_fn)(const dyad_error *diag, void *ctx);

/**
 * Compiles lexicon source files (docs/lexicon.md), the CAMEO table
 * (cameo.tsv, recognised by name) and WordNet's lemma tables from
 * `wordnet_dir` (NULL: /usr/share/wordnet) into a lexicon in memory.
 * Every problem found is passed to `diag` (may be NULL); the call fails with
 * DYAD_EDICT if there was any, with the first one in `err`.
 */
DYAD_API int dyad_lexicon_compile(dyad_lexicon **out, const char *const *paths,
                                  size_t path_count, const char *wordnet_dir,
                                  const dyad_options *opts, dyad_diag_fn diag,
                                  void *ctx, dyad_error *err);

/**
 * Like dyad_lexicon_compile but from buffers (tests, fuzzing): `names[i]`
 * is used in messages and to recognise cameo.tsv; no WordNet is loaded
 * unless `wordnet_dir` is non-NULL.
 */
DYAD_API int dyad_lexicon_compile_buffers(
    dyad_lexicon **out, const char *const *names, const char *const *texts,
    const size_t *lens, size_t count, const char *wordnet_dir,
    const dyad_options *opts, dyad_diag_fn diag, void *ctx, dyad_error *err);

/** Writes a compiled lexicon as a binary image file (dyad.lexb). */
DYAD_API int dyad_lexicon_save(const dyad_lexicon *lex, const char *path,
                               dyad_error *err);

/** Loads a binary image written by dyad_lexicon_save (mmap, no parsing). */
DYAD_API int dyad_lexicon_load(dyad_lexicon **out, const char *path,
                               const dyad_options *opts, dyad_error *err);

/** Releases a lexicon. Free every result made from it first. */
DYAD_API void dyad_lexicon_free(dyad_lexicon *lex);

/** Counts of what a lexicon holds, for `dyad lexicon info`. */
typedef struct dyad_lexicon_stats {
    size_t words;    /* distinct word forms (WordNet + lexicon) */
    size_t phrases;  /* lexicon phrases of all kinds */
    size_t patterns; /* verb and noun event patterns */
    size_t actors;   /* country, demonym, capital, actor entries */
    size_t codes;    /* CAMEO codes */
    size_t bytes;    /* size of the image */
} dyad_lexicon_stats;

DYAD_API void dyad_lexicon_get_stats(const dyad_lexicon *lex,
                                     dyad_lexicon_stats *out);

/* ===================================================================== */
/* MARK: coding                                                          */
/* ===================================================================== */

typedef struct dyad_coder dyad_coder;
typedef struct dyad_result dyad_result;

/**
 * One input document. Only text is required; all strings are UTF-8.
 * Identity (docs/store.md, "Identity"): a document is keyed by its id, or
 * without one by a hash of its text (dyad_doc_key); `origin` only names it
 * in messages.
 */
typedef struct dyad_doc {
    const char *id;     /* may be NULL: keyed by its text */
    const char *date;   /* a date dyad_date_read reads (YYYY-MM-DD, ISO 8601
                           with time and zone, RFC 822/1123, YYYYMMDD,
                           "19 November 2024" ...), or NULL: no guess. In a
                           result: the day, YYYY-MM-DD */
    const char *source; /* publisher, may be NULL */
    const char *url;    /* may be NULL */
    const char *title;  /* may be NULL */
    const char *text;   /* need not be NUL-terminated */
    size_t text_len;    /* bytes */
    const char *origin; /* where it was read ("file:line", a path as given,
                           "<stdin>"), for messages; may be NULL */
} dyad_doc;

/** Longest key dyad_doc_key writes, with its NUL. */
#define DYAD_KEY_MAX 4096

/**
 * The key a document is stored under: its id when it has one (ids longer
 * than DYAD_KEY_MAX - 1 bytes are refused), else "sha256:" and the
 * SHA-256 of its text in lower-case hex. Writes it NUL-terminated to buf
 * (DYAD_KEY_MAX bytes suffice). 0, or DYAD_EINVAL when it does not fit.
 */
DYAD_API int dyad_doc_key(const dyad_doc *doc, char *buf, size_t size);

/** Byte span into the document text. */
typedef struct dyad_span {
    size_t start; /* byte offset */
    size_t len;   /* bytes */
} dyad_span;

/** An actor as coded: code plus the words it came from. */
typedef struct dyad_actor {
    const char *code; /* e.g. "USAMIL"; NULL when absent */
    const char *text; /* the mention as written ("" when inferred) */
    dyad_span span;   /* of text in the document */
    int inferred;     /* 1 when taken from context, not this clause */
} dyad_actor;

typedef struct dyad_location {
    const char *name;      /* as written */
    const char *country;   /* ISO3 */
    const char *precision; /* "city", "admin1", "region", "sea", "country" */
    double lat, lon;       /* both 0 when unknown */
    dyad_span span;
    const char *admin1;    /* first-level division, or NULL */
    long geonameid;        /* GeoNames id, or 0 */
    const char *gazetteer_name; /* the place's name in the gazetteer */
    int loose; /* 1: no place in the event's clause; this one is named
                  elsewhere in its sentence ("in X") and may belong to
                  another event of it */
} dyad_location;

typedef struct dyad_count {
    long value;      /* -1 when unknown */
    int approximate; /* 1 for "at least", "dozens", ... */
    dyad_span span;
} dyad_count;

typedef struct dyad_event {
    size_t sentence;          /* 0-based sentence index */
    dyad_span sentence_span;  /* the sentence in the text */
    const char *date;         /* YYYY-MM-DD or NULL */
    const char *date_precision; /* "day" or NULL */
    dyad_actor source;
    dyad_actor target;        /* code NULL for one-sided statements */
    const char *cameo;        /* e.g. "195" */
    const char *cameo_name;
    const char *plover_type;  /* NULL when the crosswalk has none */
    const char *plover_mode;  /* NULL when none */
    double goldstein;
    int quad_class;           /* 1..4 */
    int penta_class;          /* 0..4 */
    const char *status;       /* asserted reported confirmed denied
                                 hypothetical future negated embedded */
    dyad_actor attributed_to; /* code/text NULL when asserted */
    size_t contested_count;   /* actors who deny or do not confirm */
    const dyad_actor *contested_by;
    const char *contest_kind; /* "denied" or "not_confirmed" or NULL */
    const dyad_location *location; /* NULL when unknown */
    dyad_count killed, injured;
    const char *pattern;      /* the lexicon line that fired, as text */
    const char *pattern_file; /* its file name */
    long pattern_line;        /* its line */
    dyad_span trigger;        /* the matched verb or noun words */
    const char *note;         /* how source/target were found, or NULL */
} dyad_event;

/** Creates a coder (per-thread scratch) for a lexicon. */
DYAD_API int dyad_coder_new(dyad_coder **out, const dyad_lexicon *lex,
                            const dyad_options *opts, dyad_error *err);
DYAD_API void dyad_coder_free(dyad_coder *coder);

/**
 * Codes one document. Fails with DYAD_EINPUT on invalid UTF-8 or a NUL
 * byte (err->byte says where), DYAD_EDATE when doc->date is set but is
 * not a real day written YYYY-MM-DD ("2023-02-29", "NA": the caller may
 * code the document again without the date), DYAD_ELIMIT when the
 * document is larger than max_doc_bytes, DYAD_ENOMEM. The result owns a
 * copy of the text.
 */
DYAD_API int dyad_code(dyad_result **out, dyad_coder *coder,
                       const dyad_doc *doc, dyad_error *err);

DYAD_API size_t dyad_result_count(const dyad_result *res);
DYAD_API const dyad_event *dyad_result_event(const dyad_result *res, size_t i);
DYAD_API size_t dyad_result_sentence_count(const dyad_result *res);
DYAD_API const dyad_doc *dyad_result_doc(const dyad_result *res);
DYAD_API void dyad_result_free(dyad_result *res);

/* ===================================================================== */
/* MARK: output                                                          */
/* ===================================================================== */

/** Byte sink: returns 0, or non-zero to stop writing. */
typedef int (*dyad_sink_fn)(void *ctx, const char *bytes, size_t len);

/**
 * Output formats, one for every writer of events: coded results
 * (dyad_result_write), stored reports (dyad_store_write) and stored
 * events (dyad_store_query) all write each of them, in the same shape;
 * a field a source lacks is left out (JSONL, the event dump) or empty
 * (the column formats), docs/output.md. DYAD_FORMAT_JSON writes no
 * events: it is the one-document form of statistics (dyad_store_stats).
 */
typedef enum dyad_format {
    DYAD_FORMAT_JSONL = 0,  /* one JSON object per event (docs/output.md) */
    DYAD_FORMAT_TSV = 1,    /* GDELT-like columns */
    DYAD_FORMAT_TABLE = 2,  /* aligned, for people */
    DYAD_FORMAT_EVENTS = 3, /* canonical one-line dump used by golden tests */
    DYAD_FORMAT_CSV = 4,    /* RFC 4180 with a header line */
    DYAD_FORMAT_GDELT = 5,  /* GDELT 2.0 event table: 61 tab-separated
                               columns, no header (docs/store.md) */
    DYAD_FORMAT_JSON = 6    /* one JSON document: statistics only */
} dyad_format;

/**
 * Writes the header line of a format for coded events (TSV, table and
 * CSV have one), or nothing. DYAD_EINVAL for a format that writes no
 * events, DYAD_EIO when the sink stops.
 */
DYAD_API int dyad_format_header(dyad_format fmt, dyad_sink_fn sink, void *ctx);

/**
 * Writes every event of a result in a format, one sink call per event.
 * DYAD_EINVAL for a format that writes no events, DYAD_ENOMEM, DYAD_EIO
 * when the sink stops.
 */
DYAD_API int dyad_result_write(const dyad_result *res, dyad_format fmt,
                               dyad_sink_fn sink, void *ctx);

/* ===================================================================== */
/* MARK: explain                                                         */
/* ===================================================================== */

/**
 * Codes `text` as one document and writes, for people, what each stage
 * saw: tokens with lemmas and tags, actor mentions, patterns tried and the
 * decision for each event. For lexicon authors.
 */
DYAD_API int dyad_explain(dyad_coder *coder, const dyad_doc *doc,
                          dyad_sink_fn sink, void *ctx, dyad_error *err);

/* ===================================================================== */
/* MARK: input                                                           */
/* ===================================================================== */

typedef struct dyad_reader dyad_reader;

/**
 * Opens an input: a text file (one document), a JSONL file (one record
 * {id, date, source, url, title, text} per line; recognised by a .jsonl or
 * .ndjson name or a first character '{'), a directory (its files, sorted,
 * recursively), or "-" for standard input. Fails with DYAD_EIO when the path
 * cannot be read; *out is then NULL.
 */
DYAD_API int dyad_reader_open(dyad_reader **out, const char *path,
                              const dyad_options *opts, dyad_error *err);

/**
 * Reads the next document. Returns 1 and fills `doc` (borrowed until the
 * next call), 0 at the end, or a negative code for a document that is
 * rejected: DYAD_EINPUT (malformed JSON, no text, bad field type, invalid
 * UTF-8), DYAD_ELIMIT (larger than max_doc_bytes), DYAD_EIO (unreadable
 * file in a directory); `err` then names the file, line and byte, and the
 * next call continues with the following document. `doc->id` is set for
 * rejected records too when known.
 */
DYAD_API int dyad_reader_next(dyad_reader *r, dyad_doc *doc, dyad_error *err);

/** Bytes consumed so far (for progress). */
DYAD_API unsigned long long dyad_reader_bytes(const dyad_reader *r);

DYAD_API void dyad_reader_close(dyad_reader *r);

/* ===================================================================== */
/* MARK: store (SQLite)                                                  */
/* ===================================================================== */

/** Version of the SQLite store schema (PRAGMA user_version, docs/store.md). */
#define DYAD_STORE_SCHEMA 4

typedef struct dyad_store dyad_store;

/**
 * Opens an SQLite event store (WAL journal), creating it, or migrating an
 * older schema forward in one transaction. Fails with DYAD_ESTORE when the
 * file is not a store or its schema is newer than DYAD_STORE_SCHEMA.
 * A store handle belongs to one thread at a time.
 */
DYAD_API int dyad_store_open(dyad_store **out, const char *path,
                             dyad_error *err);
/** Commits an open batch (dyad_store_begin) and closes the store. */
DYAD_API void dyad_store_close(dyad_store *st);
/**
 * Stores a document, its sentences that carry events, its actors and its
 * events, merging each event into an earlier report of the same event
 * (docs/store.md, "Merging"). A document already stored under its key
 * (dyad_doc_key) is replaced; there is no near-duplicate detection (that
 * is dyad_store_put's). Runs in its own transaction, or in the open batch.
 */
DYAD_API int dyad_store_add(dyad_store *st, const dyad_result *res,
                            dyad_error *err);
/** What dyad_store_put did with a document (docs/store.md, "Identity"). */
typedef enum dyad_put_kind {
    DYAD_PUT_STORED = 0,    /* a new key: stored with its events */
    DYAD_PUT_REPLACED = 1,  /* DYAD_PUT_F_REPLACE or _RECODE: its key was
                               stored; the stored document was replaced */
    DYAD_PUT_DUPLICATE = 2, /* its key is stored with the same text:
                               nothing written */
    DYAD_PUT_CONFLICT = 3,  /* its key is stored with another text: the
                               stored one is kept, nothing written */
    DYAD_PUT_NEAR_DUPLICATE = 4 /* the same story as a stored article: kept
                               as one more source of it (no events of its
                               own; the article's count it once more) */
} dyad_put_kind;

/* dyad_put_options.flags */
#define DYAD_PUT_F_REPLACE 0x1u /* a key stored with another text is
                                   replaced (last wins), not kept (first
                                   wins) */
#define DYAD_PUT_F_NO_NEAR 0x2u /* no near-duplicate detection */
#define DYAD_PUT_F_RECODE 0x4u  /* a key stored with the same text is
                                   replaced too (coded again: a new
                                   lexicon), not a duplicate */

/** Options of dyad_store_put; all-zero means the defaults. */
typedef struct dyad_put_options {
    uint32_t flags;        /* DYAD_PUT_F_* [0] */
    double near_threshold; /* estimated Jaccard similarity of word 3-shingles
                              from which two texts are one story, in
                              (0, 1] [0.8] */
    int near_days;         /* two dated documents further apart in days are
                              never one story [3] */
} dyad_put_options;

#define DYAD_PUT_OPTIONS_INIT {0, 0.0, 0}

/** What dyad_store_put did, and with what. */
typedef struct dyad_put_result {
    dyad_put_kind kind;
    char key[DYAD_KEY_MAX];   /* the document's key */
    char other[DYAD_KEY_MAX]; /* CONFLICT and DUPLICATE: where the stored
                                 document was read (its origin, else its
                                 key); NEAR_DUPLICATE: the article's key */
    double similarity;        /* NEAR_DUPLICATE: estimated Jaccard, 0..1 */
} dyad_put_result;

/**
 * Stores a coded document by the identity rules of docs/store.md: a key
 * stored with the same text is a duplicate (nothing written; with
 * DYAD_PUT_F_RECODE it is replaced), a key stored with another text a
 * conflict (the first stored is kept; with DYAD_PUT_F_REPLACE the later
 * replaces it), and a new key whose text is a near-duplicate of a stored
 * article (same story, dated within near_days, no event the article lacks)
 * is stored as one more source of that article. Called in input order the
 * outcome depends only on that order, never on batches or threads. Fills
 * *out (may be NULL). Runs in its own transaction, or in the open batch;
 * DYAD_ESTORE on failure (the batch is rolled back).
 */
DYAD_API int dyad_store_put(dyad_store *st, const dyad_result *res,
                            const dyad_put_options *opts,
                            dyad_put_result *out, dyad_error *err);

/**
 * Writes the stored reports of events (mentions, oldest first; at most
 * `limit`, 0: all) in any format that writes events: `dyad show`. Table
 * and TSV keep show's own columns. DYAD_EINVAL for DYAD_FORMAT_JSON.
 */
DYAD_API int dyad_store_write(dyad_store *st, dyad_format fmt, size_t limit,
                              dyad_sink_fn sink, void *ctx, dyad_error *err);

/**
 * Sets *out to 1 when the store holds the document: its key (dyad_doc_key)
 * with the same text, else 0 (a key stored with another text is 0: what
 * dyad_store_put does with it is its rule's). Ingest calls it before
 * coding so that a rerun skips what is stored.
 */
DYAD_API int dyad_store_contains(int *out, dyad_store *st,
                                 const dyad_doc *doc, dyad_error *err);
/**
 * Sets *out to 1 when the store holds no document, else 0; one indexed
 * read, whatever the store's size. Ingest into a store that starts empty
 * has nothing to skip, so it does not call dyad_store_contains.
 */
DYAD_API int dyad_store_is_empty(int *out, dyad_store *st, dyad_error *err);

/**
 * Opens a batch: the following dyad_store_add calls share one transaction
 * until dyad_store_commit (faster; a crash loses only the open batch, never
 * a committed one). DYAD_EINVAL when a batch is already open.
 */
DYAD_API int dyad_store_begin(dyad_store *st, dyad_error *err);
/** Commits the open batch; no-op when none is open. */
DYAD_API int dyad_store_commit(dyad_store *st, dyad_error *err);

/** Row counts of a store. */
typedef struct dyad_store_counts {
    long long documents, sentences, events, mentions, actors;
} dyad_store_counts;

DYAD_API int dyad_store_get_counts(dyad_store_counts *out, dyad_store *st,
                                   dyad_error *err);

/**
 * Filters over merged events; all-zero (DYAD_QUERY_INIT) selects every
 * event. Codes are compared case-insensitively as prefixes: "RUS" matches
 * RUS and RUSMIL; a CAMEO "19" is the root, "190" the code and below.
 */
typedef struct dyad_query {
    const char *from, *to;   /* YYYY-MM-DD, inclusive; NULL: open */
    const char *actor;       /* code prefix on either side */
    const char *dyad_source; /* with dyad_target: the dyad */
    const char *dyad_target;
    int directed;            /* 1: only source->target; 0: both ways */
    const char *cameo;       /* CAMEO code or root prefix */
    int quad_class;          /* 1..4; 0: any */
    const char *plover;      /* PLOVER type, e.g. "ASSAULT" */
    const char *status;      /* some mention has this status */
    const char *country;     /* ISO3 of the event's place */
    const char *place;       /* place name as written (any case) */
    const char *text;        /* words that a mention's sentence holds (FTS5) */
    size_t limit;            /* at most this many events; 0: all */
} dyad_query;

#define DYAD_QUERY_INIT {NULL, NULL, NULL, NULL, NULL, 0, NULL, 0, NULL, \
                         NULL, NULL, NULL, NULL, 0}

/**
 * Writes the merged events matching `q` (NULL: all) in any format that
 * writes events; JSONL has the shape of a coded event plus the store's
 * id, counts and mentions (each report with its sentence). DYAD_EINVAL
 * for a bad date (named in err) or DYAD_FORMAT_JSON, DYAD_ESTORE,
 * DYAD_EIO when the sink stops.
 */
DYAD_API int dyad_store_query(dyad_store *st, const dyad_query *q,
                              dyad_format fmt, dyad_sink_fn sink, void *ctx,
                              dyad_error *err);

typedef enum dyad_period {
    DYAD_PERIOD_DAY = 0,
    DYAD_PERIOD_WEEK = 1, /* weeks start on Monday */
    DYAD_PERIOD_MONTH = 2
} dyad_period;

typedef struct dyad_stats_options {
    dyad_query filter;    /* usually actor or dyad, and a date range */
    dyad_period by;
    int series;           /* 1: the per-period series */
    size_t top_dyads;     /* N most frequent directed dyads; 0: none */
    size_t top_actors;    /* N most frequent actors; 0: none */
} dyad_stats_options;

/**
 * Aggregates the events matching so->filter: per period, the events by
 * QuadClass, mean Goldstein and fatalities (empty periods included); and
 * the top dyads and actors. DYAD_FORMAT_TABLE, _CSV or _JSON; DYAD_EINVAL
 * for another format or a bad date.
 */
DYAD_API int dyad_store_stats(dyad_store *st, const dyad_stats_options *so,
                              dyad_format fmt, dyad_sink_fn sink, void *ctx,
                              dyad_error *err);

#ifdef __cplusplus
}
#endif
#endif /* DYAD_H */
