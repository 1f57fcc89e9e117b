/*
 * dyad_tools.h - the public header of libdyad_tools: charts of an event
 * store (cairo) and accuracy against gold records, kept out of libdyad so
 * that a program that only codes text does not link cairo. Link with
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

#ifdef __cplusplus
}
#endif
#endif /* DYAD_TOOLS_H */
