/*
 * plot.h - the chart data that store.c gathers and plot.c draws with
 * cairo. Internal to io/: store.c never sees cairo, plot.c never SQLite.
 */
#ifndef DYAD_IO_PLOT_H
#define DYAD_IO_PLOT_H

#include "format/format.h"

typedef struct dy_plot_data {
    dyad_plot_kind kind;
    char title[256];
    char subtitle[256];
    const dy_bar *bars;
    size_t count;
} dy_plot_data;

/* Draws d into path (SVG when it ends in .svg, else PNG). */
int dy_plot_render(const dy_plot_data *d, const char *path, int width,
                   int height, dyad_error *err);

#endif
