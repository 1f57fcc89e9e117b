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
 * rejecting the document; dyad_reader_encoding says so */
#define DYAD_F_REPAIR_ENCODING 0x8u
/* dyad_lexicon_load checks every record of the image and its checksum, as
 * dyad_lexicon_verify does (reading the whole file), instead of only its
 * header, section table and small tables: for an image from elsewhere */
#define DYAD_F_VERIFY_LEXICON 0x10u
/* dyad_code lists the document's mentions of actors the lexicon lacks
 * (dyad_result_unknown_actor); without it the list is empty and the work
 * of finding them is skipped (it changes no event) */
#define DYAD_F_UNKNOWN_ACTORS 0x20u

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

/** Loads a binary image written by dyad_lexicon_save (mmap, no parsing).
 * The load checks what costs the same for any image size: the header
 * (magic, format version, size against the file's), the section table,
 * the string pool's ends, the hash table sizes and the small tables, so
 * a truncated, stale or foreign file is DYAD_EDICT. Damage inside the
 * large tables is found only by the full check: pass DYAD_F_VERIFY_LEXICON
 * in opts->flags (or call dyad_lexicon_verify) for an image you did not
 * compile; coding with a damaged image that skipped it is undefined. */
DYAD_API int dyad_lexicon_load(dyad_lexicon **out, const char *path,
                               const dyad_options *opts, dyad_error *err);

/** The full check of a lexicon image: every record against the sections
 * it points into, and the checksum that `lexicon compile` wrote over the
 * whole image. Reads every page of the image (tens of milliseconds).
 * Returns 0, or DYAD_EDICT with a message naming what is wrong;
 * DYAD_EINVAL for NULL. Thread-safe (reads only). */
DYAD_API int dyad_lexicon_verify(const dyad_lexicon *lex, dyad_error *err);

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

/* --------------------------------------------------------------------- */
/* Introspection: the event patterns and CAMEO codes a lexicon holds, for
 * coverage reports (`dyad lexicon stats`). Every string is borrowed from
 * the lexicon and stays valid until it is freed; the calls only read the
 * lexicon, so any number of threads may use them at once.               */
/* --------------------------------------------------------------------- */

/** One event pattern (one alternative of a `verb` or `noun` line). */
typedef struct dyad_pattern_info {
    const char *kind;   /* "verb" or "noun" */
    const char *code;   /* its CAMEO code, e.g. "0841" */
    const char *text;   /* as an event's `pattern` field gives it:
                           "verb 0841: release &person" */
    const char *phrase; /* the pattern alone: "release &person" */
    const char *file;   /* source file name (no directory) */
    long line;          /* source line */
    size_t words;       /* words, typed slots ("&person") included and the
                           target slot '+' not */
    int is_backoff;     /* 1: made by the compiler, the back-off of a verb
                           head whose patterns all have more words
                           (docs/lexicon.md); file and line are those of
                           the head's first slotted pattern */
} dyad_pattern_info;

/**
 * Number of event patterns (verb and noun, back-offs included) in `lex`;
 * 0 for NULL. Equals dyad_lexicon_stats.patterns.
 */
DYAD_API size_t dyad_lexicon_pattern_count(const dyad_lexicon *lex);

/**
 * Iterates over the event patterns of `lex` in source order (back-offs
 * last). `*cursor` starts at 0 and is advanced by each call; returns 1 and
 * fills `out` with the next pattern, or 0 when there is none left (or an
 * argument is NULL). A full pass takes time linear in the lexicon's size.
 *
 *     size_t it = 0;
 *     dyad_pattern_info pi;
 *     while (dyad_lexicon_pattern_next(lex, &it, &pi))
 *         printf("%s:%ld: %s\n", pi.file, pi.line, pi.text);
 */
DYAD_API int dyad_lexicon_pattern_next(const dyad_lexicon *lex,
                                       size_t *cursor,
                                       dyad_pattern_info *out);

/** One code of the lexicon's CAMEO table (data/cameo.tsv). */
typedef struct dyad_code_info {
    const char *code;        /* "01" (a root's name row), "010", "0841" */
    const char *name;        /* the codebook's name */
    const char *plover_type; /* NULL when the crosswalk has none */
    const char *plover_mode; /* NULL when none */
    double goldstein;
    int quad_class;          /* 1..4 */
    int penta_class;         /* 0..4 */
} dyad_code_info;

/** Number of codes in the lexicon's CAMEO table; 0 for NULL. */
DYAD_API size_t dyad_lexicon_code_count(const dyad_lexicon *lex);

/**
 * Fills `out` with code `i` (0 <= i < dyad_lexicon_code_count) in table
 * order. Returns 0, or DYAD_EINVAL when `i` is out of range or an
 * argument is NULL (`out` is then left untouched).
 */
DYAD_API int dyad_lexicon_code(const dyad_lexicon *lex, size_t i,
                               dyad_code_info *out);

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
    const char *datetime; /* in a result: the date with its time and zone
                             when the input gave them, ISO 8601
                             (2024-11-19T10:00:00Z), else NULL; ignored
                             in the input */
    unsigned flags;     /* DYAD_DOC_*, what is known of the text; 0 when
                           nothing (zero the whole struct before filling
                           it). 0 in a result */
} dyad_doc;

/**
 * dyad_doc.flags: the text is UTF-8 with no NUL byte, so dyad_code does
 * not check it again. dyad_reader_next sets it for a JSONL record (its
 * scanner has checked every byte of the line, and a decoded escape is
 * UTF-8 and never U+0000). Set it only for such a text: one that is not
 * is not refused, and what dyad_code does with it is undefined.
 */
#define DYAD_DOC_UTF8 0x1u

/** Longest date-time dyad_date_read writes, with its NUL. */
#define DYAD_DATETIME_MAX 32

/**
 * Reads a date as sources write it (docs/input.md, "Dates"): YYYY-MM-DD,
 * ISO 8601 with time and zone, RFC 822/1123 ("Tue, 19 Nov 2024 10:00:00
 * GMT"), YYYYMMDD, "19 November 2024", "November 19, 2024". Writes its
 * day YYYY-MM-DD to day (11 bytes) and into datetime (may be NULL;
 * DYAD_DATETIME_MAX bytes suffice) the ISO 8601 date-time when it has a
 * time, else "". The day is the one written, in the writer's zone.
 * 0, or DYAD_EDATE when s is no date dyad reads.
 */
DYAD_API int dyad_date_read(const char *s, char day[11], char *datetime,
                            size_t size);

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
    /** 1 when the code's country is not stated with the actor but taken
     * from its context: the sentence's place ("Police in Lagos" is
     * NGACOP), the sentence's other actors, or the document's countries;
     * 0 when stated or absent. */
    int country_inferred;
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
    int cumulative;  /* 1: a running toll over a period ("since March
                        2011", "so far this year", "the war has killed"),
                        not the event's own: left out of sums and of the
                        store's event counts (docs/store.md) */
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
 * byte (err->byte says where; not looked for when doc->flags has
 * DYAD_DOC_UTF8), DYAD_EDATE when doc->date is set but is
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
/* MARK: actors the lexicon lacks                                        */
/* ===================================================================== */

/** How an actor the lexicon lacks was found (dyad_unknown_actor.how). */
typedef enum dyad_unknown_how {
    /** An organisation named by shape: capitalised words around a head
     * word of an `org-AGT` class or an agent ("the Kano Traders Union",
     * "Front for the Liberation of X"); coded with that role. */
    DYAD_UNKNOWN_SHAPE = 1,
    /** A person the lexicon lacks, named after a title or role ("General
     * Ahmed Musa", "President Ali Bongo") or before an apposition that says
     * who he is ("Kenzo Oshima, the UN relief coordinator,"); a later
     * mention by surname or by the bare title is the same person. */
    DYAD_UNKNOWN_TITLE = 2,
    /** A capitalised word one edit from exactly one lexicon name
     * ("Afganistan"): `matched` is that name. */
    DYAD_UNKNOWN_MISSPELT = 3,
    /** Two or more capitalised words no actor or place covers, right
     * before or after an event's trigger (its subject or object): a name
     * that got no code at all (docs/lexicon.md, "Finding actors the
     * lexicon lacks"). */
    DYAD_UNKNOWN_UNCODED = 4
} dyad_unknown_how;

/** One mention of an actor the lexicon lacks (see dyad_unknown_how). */
typedef struct dyad_unknown_actor {
    int how;                 /* DYAD_UNKNOWN_* */
    const char *name;        /* the name the lexicon lacks, as written:
                                "Kano Traders Union", "Ahmed Musa",
                                "Afganistan"; for a person mentioned again,
                                the name as first introduced */
    dyad_span name_span;     /* of name in the text */
    const char *text;        /* the whole mention as written ("Nigerian
                                Army General Ahmed Musa", "Musa") */
    dyad_span span;          /* of text */
    const char *code;        /* the code the name would take: the
                                mention's composed code (SHAPE, TITLE);
                                the matched name's (MISSPELT); the country
                                of the event's place or of the document
                                (UNCODED); NULL when none */
    int country_inferred;    /* 1 when code's country is taken from the
                                context, not stated with the name */
    const char *evidence;    /* what found it: the class or agent that gave
                                the role ("org-lab", "title-mil", "agent
                                president"), "apposition", the kind of the
                                matched name ("country", "demonym",
                                "capital", "actor"), or the position
                                ("subject", "object") */
    const char *matched;     /* MISSPELT: the lexicon name as the lexicon
                                writes it ("Afghanistan"); else NULL */
    size_t sentence;         /* 0-based sentence index */
    dyad_span sentence_span; /* the sentence in the text */
} dyad_unknown_actor;

/**
 * Number of mentions in `res` of actors the lexicon lacks, for lexicon
 * review (`dyad actors --unknown`); 0 for NULL, and 0 unless the coder's
 * options asked for them (DYAD_F_UNKNOWN_ACTORS). They are found while the
 * document is coded and change nothing in its events.
 */
DYAD_API size_t dyad_result_unknown_count(const dyad_result *res);

/**
 * Mention `i` (0 <= i < dyad_result_unknown_count) of an actor the
 * lexicon lacks, in text order (by span, then how); NULL when out of
 * range. Borrowed: valid until the result is freed (strings may point
 * into the lexicon, which must outlive the result). Aggregating over
 * documents is the caller's: the coder keeps nothing between documents.
 *
 *     for (size_t i = 0; i < dyad_result_unknown_count(res); i++) {
 *         const dyad_unknown_actor *u = dyad_result_unknown_actor(res, i);
 *         printf("%s\t%s\n", u->name, u->code ? u->code : "-");
 *     }
 */
DYAD_API const dyad_unknown_actor *
dyad_result_unknown_actor(const dyad_result *res, size_t i);

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
    DYAD_FORMAT_JSON = 6,   /* one JSON document: statistics only */
    DYAD_FORMAT_GDELT_MENTIONS = 7, /* GDELT 2.0 Mentions table: one row
                                       per report, 16 columns, no header */
    DYAD_FORMAT_GEOJSON = 8, /* RFC 7946 FeatureCollection: the events
                                with a point of their own */
    DYAD_FORMAT_ACLED = 9    /* ACLED-style CSV with a header: the dated
                                events with an ACLED event type */
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

/**
 * Writes what ends an output of a format: GeoJSON closes its feature
 * collection; the other formats write nothing. DYAD_EINVAL for a format
 * that writes no events, DYAD_EIO when the sink stops.
 *
 *     dyad_format_header(fmt, sink, ctx);
 *     for (each document) dyad_result_write_next(res, fmt, &n, sink, ctx);
 *     dyad_format_footer(fmt, sink, ctx);
 */
DYAD_API int dyad_format_footer(dyad_format fmt, dyad_sink_fn sink,
                                void *ctx);

/**
 * dyad_result_write for one document of a longer output: `*written`
 * events were written before it (GeoJSON puts a comma between features),
 * and this result's written events are added to it. A format may leave
 * an event out (GeoJSON one without a point of its own, ACLED one
 * without a date or an ACLED type). Errors as dyad_result_write.
 */
DYAD_API int dyad_result_write_next(const dyad_result *res, dyad_format fmt,
                                    size_t *written, dyad_sink_fn sink,
                                    void *ctx);

/**
 * How many events of the document were dropped because it had more than
 * options.max_events (the result holds the first max_events); 0 when
 * none were. The caller should say so: the document's events are
 * incomplete.
 */
DYAD_API size_t dyad_result_dropped(const dyad_result *res);

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

/** What the reader did to the last document's bytes (dyad_reader_next). */
#define DYAD_ENC_UTF16 0x1u    /* decoded from UTF-16 (its byte order mark) */
#define DYAD_ENC_REPAIRED 0x2u /* bytes not UTF-8 read as Windows-1252 */
/**
 * DYAD_ENC_* flags of the last document read, and in *repaired (may be
 * NULL) how many of its bytes were read as Windows-1252
 * (DYAD_F_REPAIR_ENCODING; without it such a byte rejects the document,
 * the message naming its offset and the option). 0 for NULL.
 */
DYAD_API unsigned dyad_reader_encoding(const dyad_reader *r,
                                       size_t *repaired);

DYAD_API void dyad_reader_close(dyad_reader *r);

/* ===================================================================== */
/* MARK: store (SQLite)                                                  */
/* ===================================================================== */

/** Version of the SQLite store schema (PRAGMA user_version, docs/store.md). */
#define DYAD_STORE_SCHEMA 17

typedef struct dyad_store dyad_store;

/**
 * Opens an SQLite event store (WAL journal), creating it, or migrating an
 * older schema forward in one transaction. Fails with DYAD_ESTORE when the
 * file is not a store or its schema is newer than DYAD_STORE_SCHEMA.
 * A store handle belongs to one thread at a time.
 */
DYAD_API int dyad_store_open(dyad_store **out, const char *path,
                             dyad_error *err);
/**
 * Opens an existing store for reading only (query, stats, export, plot,
 * show): nothing is written to the file, its journal mode is left as
 * it is. Fails with DYAD_ESTORE, naming the path, when the file is not
 * a dyad store (an empty file, another program's SQLite database, not a
 * database at all: the file is left byte for byte as it was) or its
 * schema is newer than DYAD_STORE_SCHEMA. A dyad store of an older
 * schema is first migrated (opened for writing once, as dyad_store_open
 * does), then reopened for reading. Any number of such handles may read
 * while one process writes (WAL); one thread at a time per handle.
 */
DYAD_API int dyad_store_open_readonly(dyad_store **out, const char *path,
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
 * event that happened: some report asserted, reported or confirmed it
 * (the status filter's default; "all" takes every status). Codes are
 * compared case-insensitively as prefixes: "RUS" matches RUS and RUSMIL;
 * a CAMEO "19" is the root, "190" the code and below. Every value is
 * checked (dyad_query_check): a bad one is DYAD_EINVAL, named in the
 * error.
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
    const char *status;      /* statuses, comma-separated: some report
                                has one of them; NULL: "asserted,
                                reported,confirmed"; "all": any */
    const char *country;     /* ISO3 of the event's place */
    const char *place;       /* place name as written (any case) */
    const char *text;        /* words that a mention's sentence holds (FTS5) */
    size_t limit;            /* at most this many events; 0: all */
    /* appended in schema 4 */
    const char *publisher;   /* some report is by this publisher (any case) */
    size_t min_mentions;     /* at least this many reports; 0: any */
    int has_bbox;            /* 1: the event's own point is in bbox */
    double bbox[4];          /* west, south, east, north in degrees; west >
                                east crosses the antimeridian */
    const struct dyad_place_ref *places; /* with `place`: the places its
                                name may mean (dyad_lexicon_find_places);
                                an event there matches too */
    size_t place_count;
} dyad_query;

#define DYAD_QUERY_INIT {NULL, NULL, NULL, NULL, NULL, 0, NULL, 0, NULL, \
                         NULL, NULL, NULL, NULL, 0, NULL, 0, 0,          \
                         {0, 0, 0, 0}, NULL, 0}

/**
 * Checks every value of a query: dates (real days, --from not after
 * --to), status names, a CAMEO code of digits with a root 01-20, an ISO3
 * country of three letters, QuadClass 1-4, a known PLOVER type, actor
 * codes of letters and digits, a dyad with both sides, a bounding box
 * within -180..180 and -90..90 with south below north. 0, or DYAD_EINVAL
 * with the bad value named in err. dyad_store_query calls it too.
 */
DYAD_API int dyad_query_check(const dyad_query *q, dyad_error *err);

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
    DYAD_PERIOD_MONTH = 2,
    DYAD_PERIOD_YEAR = 3,
    DYAD_PERIOD_AUTO = 4  /* picked from the span of the dated events:
                             day up to 90 days, week up to two years,
                             month up to ten, else year */
} dyad_period;

typedef struct dyad_stats_options {
    dyad_query filter;    /* usually actor or dyad, and a date range */
    dyad_period by;
    int series;           /* 1: the per-period series */
    size_t top_dyads;     /* N most frequent directed dyads; 0: none */
    size_t top_actors;    /* N most frequent actors; 0: none */
    int explain;          /* 1: list the events behind the fatality total,
                             each with the report its toll comes from */
    size_t max_periods;   /* periods of the series at most; 0:
                             DYAD_STATS_MAX_PERIODS. A span of more is
                             DYAD_ELIMIT, naming the count: never cut */
} dyad_stats_options;

/** The periods of a series by default (dyad_stats_options.max_periods:
 * 137 years of days)
 * and at most (DYAD_STATS_PERIODS_LIMIT: about 24 MB of bars). */
#define DYAD_STATS_MAX_PERIODS 50000
#define DYAD_STATS_PERIODS_LIMIT 200000

/**
 * Aggregates the events matching so->filter: first the totals (events by
 * QuadClass, mean Goldstein, fatalities) and what they leave out and why
 * (statuses not asked for, undated events for the series, cumulative
 * tolls for the fatalities, events without a target for the top dyads);
 * then per period (empty periods included) and the top dyads and actors.
 * DYAD_FORMAT_TABLE, _CSV or _JSON; DYAD_EINVAL for another format or a
 * bad filter.
 */
DYAD_API int dyad_store_stats(dyad_store *st, const dyad_stats_options *so,
                              dyad_format fmt, dyad_sink_fn sink, void *ctx,
                              dyad_error *err);

/* ===================================================================== */
/* MARK: output files                                                    */
/* ===================================================================== */

/** An output file written whole or not at all (`dyad export -o`). */
typedef struct dyad_outfile dyad_outfile;

/**
 * Opens a temporary file beside `path` (path.XXXXXX, same directory) to
 * write an output into; dyad_outfile_commit renames it over `path`, so
 * `path` is never a truncated file. DYAD_EIO naming `path` and the reason
 * when it cannot be created, DYAD_EINVAL, DYAD_ENOMEM. Owned by the
 * caller until commit or abort.
 *
 *     dyad_outfile *f;
 *     dyad_outfile_open(&f, "events.tsv", &err);
 *     dyad_store_query(st, &q, fmt, dyad_outfile_sink, f, &err)
 *         ? dyad_outfile_abort(f) : dyad_outfile_commit(f, &err);
 */
DYAD_API int dyad_outfile_open(dyad_outfile **out, const char *path,
                               dyad_error *err);
/** A dyad_sink_fn writing to an open dyad_outfile (ctx); it stops (-1)
 * at the first failed write, whose reason commit reports. */
DYAD_API int dyad_outfile_sink(void *ctx, const char *bytes, size_t len);
/**
 * Flushes and syncs the written bytes, closes the file and renames it to
 * its path; frees f either way. On failure (a full disk, an I/O error, a
 * write that failed earlier) the temporary file is removed, the path is
 * left as it was, and DYAD_EIO names the path and the reason ("No space
 * left on device").
 */
DYAD_API int dyad_outfile_commit(dyad_outfile *f, dyad_error *err);
/** Removes the temporary file and frees f (NULL: nothing). */
DYAD_API void dyad_outfile_abort(dyad_outfile *f);

/* ===================================================================== */
/* MARK: what an output leaves out                                       */
/* ===================================================================== */

/**
 * Why an event matching a query's filters is not in an output or a
 * figure. The first eight are the statuses a query did not ask for (by
 * the status of the event's first report); the rest are what a format
 * or a figure needs and the event lacks.
 */
typedef enum dyad_omit {
    DYAD_OMIT_ASSERTED = 0,
    DYAD_OMIT_REPORTED,
    DYAD_OMIT_CONFIRMED,
    DYAD_OMIT_DENIED,
    DYAD_OMIT_HYPOTHETICAL,
    DYAD_OMIT_FUTURE,
    DYAD_OMIT_NEGATED,
    DYAD_OMIT_EMBEDDED,
    DYAD_OMIT_UNDATED,     /* no date: in no period, not in ACLED */
    DYAD_OMIT_NO_PLACE,    /* GeoJSON: no place at all */
    DYAD_OMIT_LOOSE_PLACE, /* GeoJSON: only a loose place (not its own) */
    DYAD_OMIT_NO_POINT,    /* GeoJSON: a place without coordinates */
    DYAD_OMIT_NO_TYPE,     /* ACLED: its CAMEO code has no ACLED type */
    DYAD_OMIT_NO_TARGET,   /* top dyads: a one-sided event */
    DYAD_OMIT_CUMULATIVE,  /* fatalities: only a running toll */
    DYAD_OMIT_COUNT
} dyad_omit;

/** What an output wrote and what it left out, by reason. */
typedef struct dyad_omitted {
    long long written;                 /* events written */
    long long count[DYAD_OMIT_COUNT];  /* events left out, by reason */
} dyad_omitted;

/** The reason's name as outputs print it ("denied", "undated", "no
 * place" ...); "" for a value out of range. */
DYAD_API const char *dyad_omit_name(dyad_omit why);

/**
 * dyad_store_query that also says what it left out (NULL: not asked):
 * the events matching every filter but the status, by status, and those
 * the format cannot hold (GeoJSON without a point of their own, ACLED
 * undated or without an ACLED type). Errors as dyad_store_query.
 */
DYAD_API int dyad_store_export(dyad_store *st, const dyad_query *q,
                               dyad_format fmt, dyad_sink_fn sink, void *ctx,
                               dyad_omitted *omitted, dyad_error *err);

/* ===================================================================== */
/* MARK: places by name                                                  */
/* ===================================================================== */

/** A place a name may mean, from the lexicon's places and countries and
 * its GeoNames gazetteer (strings borrowed from the lexicon). */
typedef struct dyad_place_ref {
    const char *name;    /* its name in the lexicon or the gazetteer */
    char country[4];     /* ISO3 */
    double lat, lon;     /* its point */
    long geonameid;      /* GeoNames id; 0 for a lexicon place */
} dyad_place_ref;

/**
 * The places (at most `cap`, into out) that `name` or one of its
 * alternate names names, in any case: "Kiev" gives Kyiv. Returns how
 * many were found (may exceed cap; only cap are written). A query's
 * `places` takes them, so that `place` finds an event stored under any
 * name of the place (its point or GeoNames id). Thread-safe.
 */
DYAD_API size_t dyad_lexicon_find_places(const dyad_lexicon *lx,
                                         const char *name,
                                         dyad_place_ref *out, size_t cap);

/* ===================================================================== */
/* MARK: store for front-ends (dyad serve)                               */
/* ===================================================================== */

/**
 * Sets a deadline `ms` milliseconds from now for the handle's reads: a
 * statement still running then stops, and the call fails with
 * DYAD_ELIMIT ("query took longer than N ms"). 0 removes the deadline.
 * A server sets it at the start of each request. On a PostgreSQL store
 * the limit is each statement's (statement_timeout), and a session the
 * server ended (a restart, a lost connection) is opened again here, so
 * that a long-running server recovers at its next request.
 */
DYAD_API void dyad_store_set_deadline(dyad_store *st, unsigned ms);

/** Most events one page, GeoJSON layer or place list returns. */
#define DYAD_PAGE_MAX 5000

/**
 * A page of events (all-zero: the defaults in brackets): which of the
 * matching events, in what order. The filters are the query's. The sort
 * keys are date, mentions, goldstein, fatalities and id, ascending, or
 * descending with a leading '-'; ties go to the newest id.
 */
typedef struct dyad_page {
    size_t offset;        /* matching events skipped [0] */
    size_t limit;         /* events returned [50], at most DYAD_PAGE_MAX */
    const char *sort;     /* [NULL: "-date", newest first] */
    size_t count_cap;     /* matches counted up to this [1000] */
} dyad_page;

/**
 * Writes one JSON document for a page of the merged events matching `q`
 * and `p` (either NULL: all, the defaults): {"total", "total_exact",
 * "offset", "limit", "sort", "events": [...]} where each event has the
 * JSONL shape of dyad_store_query without "mentions" and total stops at
 * p->count_cap ("total_exact": false). DYAD_EINVAL for a bad filter,
 * sort key, limit or box (the message names it), DYAD_ELIMIT past the
 * deadline, DYAD_ESTORE, DYAD_EIO when the sink stops.
 */
DYAD_API int dyad_store_events_page(dyad_store *st, const dyad_query *q,
                                    const dyad_page *p, dyad_sink_fn sink,
                                    void *ctx, dyad_error *err);

/**
 * Writes one merged event as JSON: {"event": <its JSONL object without
 * "mentions">, "reports": [...]}, each report (at most 1000, oldest
 * first) with its document (id, publisher, URL, title, date), status and
 * who it is attributed to, its sentence, the words of the source,
 * target, trigger, place and counts, and "evidence": the spans of those
 * words in the sentence as [start, len] byte offsets with their kind.
 * *found is 0 (nothing written) when no event has the id.
 */
DYAD_API int dyad_store_event_detail(int *found, dyad_store *st,
                                     long long id, dyad_sink_fn sink,
                                     void *ctx, dyad_error *err);

/**
 * Writes the events matching `q` and `p` that have coordinates as a
 * GeoJSON FeatureCollection (RFC 7946: Point [lon, lat]) with each
 * event's id, date, actors, codes, QuadClass, Goldstein, fatalities,
 * reports and place as properties; p->limit features in p's order.
 * Errors as dyad_store_events_page.
 */
DYAD_API int dyad_store_geojson(dyad_store *st, const dyad_query *q,
                                const dyad_page *p, dyad_sink_fn sink,
                                void *ctx, dyad_error *err);

/**
 * Writes the places of the events matching `q` and `p`, most events
 * first (p->limit of them), as JSON: {"places": [{name, country, lat,
 * lon, events, quad_class: [4 counts], fatalities}]}. Errors as
 * dyad_store_events_page.
 */
DYAD_API int dyad_store_places(dyad_store *st, const dyad_query *q,
                               const dyad_page *p, dyad_sink_fn sink,
                               void *ctx, dyad_error *err);

/**
 * Reads documents from memory as dyad_reader_open reads a file named
 * `name` (used in messages and, ending in .jsonl, to mean JSONL; a first
 * '{' means JSONL too). The bytes are borrowed until the reader is
 * closed. DYAD_EINVAL for an empty buffer, DYAD_ENOMEM.
 */
DYAD_API int dyad_reader_open_buffer(dyad_reader **out, const char *name,
                                     const char *bytes, size_t len,
                                     const dyad_options *opts,
                                     dyad_error *err);

#ifdef __cplusplus
}
#endif
#endif /* DYAD_H */
