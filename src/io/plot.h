/*
 * plot.h - the chart data that store.c gathers and plot.c draws with
 * cairo. Internal to io/: store.c never sees cairo, plot.c never SQLite.
 */
#ifndef DYAD_IO_PLOT_H
#define DYAD_IO_PLOT_H

#include "dyad.h"

#define DY_PLOT_MAX_BARS 200
#define DY_PLOT_MAX_PERIODS 5000

typedef struct dy_plot_bar {
    char label[64];    /* period ("2024-03") or dyad ("RUS > UKR") */
    long quad[4];      /* events by QuadClass 1..4 */
    double goldstein;  /* mean */
    int has_goldstein; /* 0 for an empty period */
    long killed;
} dy_plot_bar;

/* events in a bar, all four QuadClasses */
static inline long dy_plot_bar_total(const dy_plot_bar *b)
{
    return b->quad[0] + b->quad[1] + b->quad[2] + b->quad[3];
}

typedef struct dy_plot_data {
    dyad_plot_kind kind;
    char title[256];
    char subtitle[256];
    const dy_plot_bar *bars;
    size_t count;
} dy_plot_data;

/* Draws d into path (SVG when it ends in .svg, else PNG). */
int dy_plot_render(const dy_plot_data *d, const char *path, int width,
                   int height, dyad_error *err);

#endif
