/*
 * dyad_tools.h - the public header of libdyad_tools: charts of an event
 * store (cairo), accuracy against gold records, and feeds and pages from
 * the web (libcurl, libxml2), kept out of libdyad so that a program that
 * only codes text links none of them. Link with
 * `pkg-config --libs dyad_tools`; the rules of dyad.h's preamble hold.
 */
#ifndef DYAD_TOOLS_H
#define DYAD_TOOLS_H

#include "dyad.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ===================================================================== */
/* MARK: evaluation                                                      */
/* ===================================================================== */

typedef struct dyad_eval_options {
    int json;             /* 1: one JSON object, 0: tables for people */
    size_t errors;        /* print the N worst misses with their evidence */
    const char *baseline; /* TSV of file, metric, value to compare with */
    double tolerance;     /* allowed drop below the baseline [0.02] */
    const char *write_baseline; /* write the current figures here */
} dyad_eval_options;

/**
 * Codes every record of gold JSONL files (../shared/eval format: text,
 * date, cameo, source, target, events, penta_class, plover_event) and
 * writes precision/recall/F1 of event detection, CAMEO root, full code,
 * QuadClass, penta class and PLOVER type, source/target accuracy on events
 * whose root matches, and a root confusion table, per file and overall.
 * With a baseline, *regressions gets the number of figures more than
 * `tolerance` below it (listed in the report). DYAD_EIO when a file cannot
 * be read or written, DYAD_EINPUT for a line that is not a gold record,
 * DYAD_ELIMIT for a line over 256 MiB, DYAD_ENOMEM.
 */
DYAD_API int dyad_eval_files(dyad_coder *coder, const char *const *paths,
                             size_t path_count, const dyad_eval_options *eo,
                             size_t *regressions, dyad_sink_fn sink,
                             void *ctx, dyad_error *err);

/* ===================================================================== */
/* MARK: charts of a store                                               */
/* ===================================================================== */

typedef enum dyad_plot_kind {
    DYAD_PLOT_TIMELINE = 0, /* QuadClass counts stacked, Goldstein line */
    DYAD_PLOT_TOP_DYADS = 1 /* horizontal bars, cooperation and conflict */
} dyad_plot_kind;

typedef struct dyad_plot_options {
    dyad_plot_kind kind;
    dyad_query filter;
    dyad_period by;       /* timeline periods; DYAD_PERIOD_AUTO picks
                             one from the span (about 120 bars at most) */
    size_t top;           /* bars [15] */
    const char *title;    /* NULL: made from the filter */
    int width, height;    /* pixels (PNG) or points (SVG) [1000 x 560] */
    size_t max_periods;   /* timeline periods at most, as
                             dyad_stats_options.max_periods */
} dyad_plot_options;

/**
 * Draws a chart of the store with cairo into `path`: SVG when the name
 * ends in .svg, PNG for .png (any other name is DYAD_EINVAL). The file is
 * written whole or not at all (dyad_outfile). The subtitle says how many
 * events the chart shows and what it leaves out (statuses not asked for,
 * undated or one-sided events). DYAD_EINVAL for a bad filter, kind or
 * period, DYAD_EINPUT when no event matches, DYAD_EIO naming the path and
 * the reason when the file cannot be written.
 */
DYAD_API int dyad_store_plot(dyad_store *st, const dyad_plot_options *po,
                             const char *path, dyad_error *err);

/* ===================================================================== */
/* MARK: feeds and pages                                                 */
/* ===================================================================== */

/**
 * What a feed session fetches and how (docs/feeds.md); all-zero means the
 * defaults in brackets. Outbound HTTP goes only to the URLs given, the
 * links of the feeds given (with fetch_articles), their redirects, and
 * robots.txt of those links' sites; http and https only.
 */
typedef struct dyad_feed_options {
    long connect_timeout_ms; /* [10000] */
    long timeout_ms;         /* one request, redirects included [30000] */
    long max_redirects;      /* [5] */
    size_t max_bytes;        /* one response, decoded [8 MiB] */
    int retries;             /* after a 5xx, 429 or time-out [2];
                                negative: none */
    long backoff_ms;         /* before the first retry, doubled for each
                                next [500] */
    long host_interval_ms;   /* from the end of one request to a host to
                                the start of the next [1000]; negative:
                                none */
    size_t max_items;        /* items read of one feed [1000] */
    size_t max_feeds;        /* URLs in a session [10000] */
    int fetch_articles;      /* 1: fetch each new item's page (robots.txt
                                permitting) and code its main text */
    const char *user_agent;  /* NULL: "dyad/VERSION (event coder)" */
    /* polled while waiting and fetching: non-zero ends the round */
    int (*should_stop)(void *ctx);
    dyad_diag_fn warn;       /* problems that lose no document: an article
                                page not fetched, a bad line of a feeds
                                file (NULL: none) */
    void *ctx;               /* for should_stop and warn */
    const dyad_allocator *alloc; /* NULL: the C library's */
} dyad_feed_options;

typedef struct dyad_feeds dyad_feeds;

/** What a round of a session did, for its summary. */
typedef struct dyad_feeds_stats {
    size_t feeds;          /* URLs tried */
    size_t fetched;        /* answered with a body (200) */
    size_t not_modified;   /* answered 304: nothing new */
    size_t failed;         /* not fetched or not readable */
    size_t items;          /* items and pages handed out as documents */
    size_t seen;           /* items skipped: seen in an earlier round */
    size_t dropped;        /* items past max_items, not read */
    size_t articles;       /* article pages fetched and read */
    size_t robots;         /* article pages robots.txt refused */
    size_t article_failed; /* article pages that failed: item text kept */
    size_t undated;        /* documents whose date could not be read */
} dyad_feeds_stats;

/**
 * Starts a feed session. `st` (may be NULL: nothing is remembered) holds
 * the feed state: validators for conditional GET and the items seen;
 * the session reads it as it goes and writes it in dyad_feeds_save.
 * DYAD_ENOMEM. The session belongs to one thread; `st` must outlive it
 * and should be a connection of its own.
 */
DYAD_API int dyad_feeds_new(dyad_feeds **out, dyad_store *st,
                            const dyad_feed_options *o, dyad_error *err);

/** Adds a feed or page URL (http or https). DYAD_EINVAL for another
 * scheme, DYAD_ELIMIT past max_feeds, DYAD_ENOMEM. */
DYAD_API int dyad_feeds_add(dyad_feeds *fs, const char *url,
                            dyad_error *err);

/**
 * Adds the URLs of a feeds file: an OPML list (its outlines' xmlUrl), or
 * one URL a line ('#' at the start of a line or after a blank starts a
 * comment). A line that is not an http(s)
 * URL goes to warn (file, line, column) and is counted in *bad (may be
 * NULL). DYAD_EIO when the file cannot be read, DYAD_EINPUT for malformed
 * OPML (line and column), DYAD_ELIMIT, DYAD_ENOMEM.
 */
DYAD_API int dyad_feeds_add_list(dyad_feeds *fs, const char *path,
                                 size_t *bad, dyad_error *err);

/**
 * The next document of the round: fetches the feeds in order
 * (conditionally), and hands out each item not seen before, with its
 * GUID (or link) as id, its title, link, date (when dyad can read it) and
 * the feed's title (or host) as source; the text is the headline, then
 * the item's content or description, or with fetch_articles the main text
 * of its page. A page URL gives one document of its main text. Returns 1
 * with *doc (borrowed until the next call), 0 when the round is done or
 * should_stop said so, or a negative code for a feed that failed:
 * DYAD_EIO (network, HTTP status), DYAD_ELIMIT (size, redirects),
 * DYAD_EINPUT (not well-formed: err has the line and column; not a feed
 * or page); err's file is the URL, and the next call goes on.
 */
DYAD_API int dyad_feeds_next(dyad_feeds *fs, dyad_doc *doc, dyad_error *err);

/**
 * Writes what the round learned to the store, in one transaction: each
 * feed's validators, title, status and error, and the items handed out.
 * Call it once the round's documents are stored, so that a crash before
 * loses nothing (the next run fetches them again). DYAD_ESTORE.
 */
DYAD_API int dyad_feeds_save(dyad_feeds *fs, dyad_error *err);

/** Starts a new round over the same URLs (dyad watch); the stats and any
 * state not saved are reset. */
DYAD_API void dyad_feeds_rewind(dyad_feeds *fs);

DYAD_API void dyad_feeds_get_stats(const dyad_feeds *fs,
                                   dyad_feeds_stats *out);

/** 1 when s is an http:// or https:// URL (any case), else 0. */
DYAD_API int dyad_is_url(const char *s);

DYAD_API void dyad_feeds_free(dyad_feeds *fs);

/* ===================================================================== */
/* MARK: foreign dictionaries                                            */
/* ===================================================================== */

/** The coder a foreign dictionary was written for (docs/compat.md). */
typedef enum dyad_import_format {
    DYAD_IMPORT_TABARI = 1,  /* TABARI .actors, .agents, .verbs */
    DYAD_IMPORT_PETRARCH = 2 /* PETRARCH2/Phoenix *.actors.txt,
                                *.agents.txt, CAMEO.2.0.txt verbs */
} dyad_import_format;

/** Bounds of one import; all-zero means the defaults. */
typedef struct dyad_import_limits {
    size_t max_line_bytes; /* longer lines are reported, skipped [65536] */
    size_t max_entries;    /* names and patterns kept per file [2000000] */
    size_t max_expansions; /* lines one pattern may expand to [256] */
} dyad_import_limits;

/**
 * Translates one foreign dictionary `text[0..len)` into dyad lexicon source
 * text (docs/lexicon.md) that dyad_lexicon_compile_buffers accepts together
 * with the CAMEO table `cameo[0..cameo_len)` (data/cameo.tsv): its kind
 * (actors, agents, verbs) is told by `name` ("TABARI.Demo.verbs",
 * "Phoenix.agents.txt", "CAMEO.2.0.txt"), which is also used in messages.
 * Everything the dictionary says that dyad cannot represent (a pattern
 * with words before the verb, a null or paired code, a code that is not
 * in the CAMEO table, ...) and every malformed line is passed to `diag` as
 * `name:line:col: message` and left out; the rest is kept. The call still
 * returns 0 then: reports are not failures.
 *
 * On success `*out` (NUL-terminated, `*out_len` bytes) is owned by the
 * caller and released with dyad_import_free; `*reports` (may be NULL) gets
 * the number of reports. Errors: DYAD_EINVAL (NULL arguments, unknown
 * format), DYAD_EINPUT (a name that tells no kind, text that is not
 * UTF-8), DYAD_ELIMIT (more entries than the limit), DYAD_ENOMEM.
 * Reentrant: no state outside the call.
 */
DYAD_API int dyad_lexicon_import(char **out, size_t *out_len,
                                 dyad_import_format format, const char *name,
                                 const char *text, size_t len,
                                 const char *cameo, size_t cameo_len,
                                 const dyad_import_limits *limits,
                                 dyad_diag_fn diag, void *ctx,
                                 size_t *reports, dyad_error *err);

/** Releases the text of dyad_lexicon_import; NULL is allowed. */
DYAD_API void dyad_import_free(char *text);

#ifdef __cplusplus
}
#endif
#endif /* DYAD_TOOLS_H */
