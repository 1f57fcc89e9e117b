/*
 * plot.c - charts of the event store with cairo, SVG or PNG (libdyad_tools,
 * so the coder does not link cairo): a dyad over time (QuadClass counts
 * stacked, mean Goldstein line) or the top dyads as bars, from the
 * aggregates of store/stats.c. The only file that includes cairo.h.
 */
#include "dyad_tools.h"

#include "store/db.h"
#include "util/util.h"

#include <cairo-svg.h>
#include <cairo.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

/* a chart: its bars and titles */
typedef struct dy_plot_data {
    dyad_plot_kind kind;
    char title[256];
    char subtitle[256];
    const dy_bar *bars;
    size_t count;
} dy_plot_data;

static const double pi = 3.14159265358979323846;

/* QuadClass colours: greens for cooperation, orange/red for conflict */
static const double quad_rgb[4][3] = {{0.60, 0.82, 0.55},
                                      {0.13, 0.55, 0.25},
                                      {0.98, 0.65, 0.25},
                                      {0.80, 0.10, 0.12}};
static const char *const quad_names[4] = {
    "verbal cooperation", "material cooperation", "verbal conflict",
    "material conflict"};

static const char *const font = "DejaVu Sans";

static void text_at(cairo_t *cr, double x, double y, const char *s,
                    double size, int bold, double align /* 0 left .5 mid 1 right */)
{
    cairo_select_font_face(cr, font, CAIRO_FONT_SLANT_NORMAL,
                           bold ? CAIRO_FONT_WEIGHT_BOLD
                                : CAIRO_FONT_WEIGHT_NORMAL);
    cairo_set_font_size(cr, size);
    cairo_text_extents_t ext;
    cairo_text_extents(cr, s, &ext);
    cairo_move_to(cr, x - align * ext.x_advance, y);
    cairo_show_text(cr, s);
}

static double text_width(cairo_t *cr, const char *s, double size)
{
    cairo_select_font_face(cr, font, CAIRO_FONT_SLANT_NORMAL,
                           CAIRO_FONT_WEIGHT_NORMAL);
    cairo_set_font_size(cr, size);
    cairo_text_extents_t ext;
    cairo_text_extents(cr, s, &ext);
    return ext.x_advance;
}

/* a "nice" tick step so that max fits in about `ticks` steps */
static double nice_step(double max, int ticks)
{
    if (max <= 0)
        return 1;
    double raw = max / ticks;
    double mag = pow(10, floor(log10(raw)));
    double f = raw / mag;
    double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
    double step = nice * mag;
    return step < 1 ? 1 : step;
}

static void set_rgb(cairo_t *cr, const double *c)
{
    cairo_set_source_rgb(cr, c[0], c[1], c[2]);
}

static void legend(cairo_t *cr, double x, double y, int with_line,
                   const char *line_name)
{
    for (int k = 0; k < 4; k++) {
        set_rgb(cr, quad_rgb[k]);
        cairo_rectangle(cr, x, y - 10, 12, 12);
        cairo_fill(cr);
        cairo_set_source_rgb(cr, 0.15, 0.15, 0.15);
        text_at(cr, x + 17, y, quad_names[k], 12, 0, 0);
        x += 17 + text_width(cr, quad_names[k], 12) + 18;
    }
    if (with_line) {
        cairo_set_source_rgb(cr, 0.10, 0.25, 0.65);
        cairo_set_line_width(cr, 2.5);
        cairo_move_to(cr, x, y - 4);
        cairo_line_to(cr, x + 22, y - 4);
        cairo_stroke(cr);
        cairo_arc(cr, x + 11, y - 4, 3.5, 0, 2 * pi);
        cairo_fill(cr);
        cairo_set_source_rgb(cr, 0.15, 0.15, 0.15);
        text_at(cr, x + 28, y, line_name, 12, 0, 0);
    }
}

/* the largest bar, for the scale */
static long max_total(const dy_plot_data *d)
{
    long max = 0;
    for (size_t i = 0; i < d->count; i++)
        if (dy_bar_total(&d->bars[i]) > max)
            max = dy_bar_total(&d->bars[i]);
    return max;
}

static void draw_timeline(cairo_t *cr, const dy_plot_data *d, double W,
                          double H)
{
    const double left = 70, right = 75, top = 92, bottom = 70;
    double pw = W - left - right, ph = H - top - bottom;
    long max = max_total(d);
    double step = nice_step((double)max, 6);
    double ymax = step * ceil((double)(max ? max : 1) / step);
    /* grid and left axis: events */
    cairo_set_line_width(cr, 1);
    for (int i = 0; i <= 12; i++) {
        double v = step * i;
        if (v > ymax + 1e-9)
            break;
        double y = top + ph - ph * v / ymax;
        cairo_set_source_rgb(cr, 0.88, 0.88, 0.88);
        cairo_move_to(cr, left, y);
        cairo_line_to(cr, left + pw, y);
        cairo_stroke(cr);
        char lab[32];
        snprintf(lab, sizeof lab, "%.0f", v);
        cairo_set_source_rgb(cr, 0.25, 0.25, 0.25);
        text_at(cr, left - 8, y + 4, lab, 11, 0, 1);
    }
    /* right axis: Goldstein -10..+10 */
    for (int g = -10; g <= 10; g += 5) {
        double y = top + ph - ph * (g + 10) / 20.0;
        char lab[16];
        snprintf(lab, sizeof lab, "%+d", g);
        cairo_set_source_rgb(cr, 0.10, 0.25, 0.65);
        text_at(cr, left + pw + 8, y + 4, g ? lab : "0", 11, 0, 0);
        cairo_move_to(cr, left + pw, y);
        cairo_line_to(cr, left + pw + 4, y);
        cairo_stroke(cr);
    }
    /* the zero line of the Goldstein scale, dashed */
    double y0 = top + ph / 2;
    double dash[2] = {4, 4};
    cairo_set_dash(cr, dash, 2, 0);
    cairo_set_source_rgb(cr, 0.55, 0.62, 0.80);
    cairo_move_to(cr, left, y0);
    cairo_line_to(cr, left + pw, y0);
    cairo_stroke(cr);
    cairo_set_dash(cr, NULL, 0, 0);
    /* stacked bars */
    double slot = pw / (double)d->count;
    double bw = slot * 0.72;
    for (size_t i = 0; i < d->count; i++) {
        double x = left + slot * (double)i + (slot - bw) / 2, y = top + ph;
        for (int k = 0; k < 4; k++) {
            double h = ph * (double)d->bars[i].quad[k] / ymax;
            if (h <= 0)
                continue;
            set_rgb(cr, quad_rgb[k]);
            cairo_rectangle(cr, x, y - h, bw, h);
            cairo_fill(cr);
            y -= h;
        }
    }
    /* Goldstein mean line over the periods that have events */
    cairo_set_source_rgb(cr, 0.10, 0.25, 0.65);
    cairo_set_line_width(cr, 2.5);
    int pen = 0;
    for (size_t i = 0; i < d->count; i++) {
        if (!d->bars[i].has_goldstein) {
            pen = 0;
            continue;
        }
        double x = left + slot * ((double)i + 0.5);
        double y = top + ph - ph * (d->bars[i].goldstein + 10) / 20.0;
        if (pen)
            cairo_line_to(cr, x, y);
        else
            cairo_move_to(cr, x, y);
        pen = 1;
    }
    cairo_stroke(cr);
    for (size_t i = 0; i < d->count; i++) {
        if (!d->bars[i].has_goldstein || d->count > 120)
            continue;
        double x = left + slot * ((double)i + 0.5);
        double y = top + ph - ph * (d->bars[i].goldstein + 10) / 20.0;
        cairo_arc(cr, x, y, 3.5, 0, 2 * pi);
        cairo_fill(cr);
    }
    /* axes */
    cairo_set_source_rgb(cr, 0.2, 0.2, 0.2);
    cairo_set_line_width(cr, 1.2);
    cairo_move_to(cr, left, top);
    cairo_line_to(cr, left, top + ph);
    cairo_line_to(cr, left + pw, top + ph);
    cairo_line_to(cr, left + pw, top);
    cairo_stroke(cr);
    /* x labels: at most about 12 */
    size_t every = d->count / 12 + 1;
    for (size_t i = 0; i < d->count; i += every) {
        double x = left + slot * ((double)i + 0.5);
        cairo_move_to(cr, x, top + ph);
        cairo_line_to(cr, x, top + ph + 4);
        cairo_stroke(cr);
        text_at(cr, x, top + ph + 18, d->bars[i].label, 11, 0, 0.5);
    }
    /* axis titles */
    cairo_set_source_rgb(cr, 0.2, 0.2, 0.2);
    text_at(cr, left + pw / 2, H - 22, "period", 12, 0, 0.5);
    cairo_save(cr);
    cairo_translate(cr, 22, top + ph / 2);
    cairo_rotate(cr, -pi / 2);
    text_at(cr, 0, 0, "events", 12, 0, 0.5);
    cairo_restore(cr);
    cairo_save(cr);
    cairo_set_source_rgb(cr, 0.10, 0.25, 0.65);
    cairo_translate(cr, W - 18, top + ph / 2);
    cairo_rotate(cr, pi / 2);
    text_at(cr, 0, 0, "mean Goldstein (-10 conflict .. +10 cooperation)", 12,
            0, 0.5);
    cairo_restore(cr);
    legend(cr, left, 74, 1, "mean Goldstein");
}

static void draw_bars(cairo_t *cr, const dy_plot_data *d, double W, double H)
{
    double label_w = 0;
    for (size_t i = 0; i < d->count; i++) {
        double w = text_width(cr, d->bars[i].label, 12);
        if (w > label_w)
            label_w = w;
    }
    const double left = label_w + 30, right = 60, top = 92, bottom = 50;
    double pw = W - left - right, ph = H - top - bottom;
    long max = max_total(d);
    double step = nice_step((double)max, 6);
    double xmax = step * ceil((double)(max ? max : 1) / step);
    cairo_set_line_width(cr, 1);
    for (int i = 0; i <= 12; i++) {
        double v = step * i;
        if (v > xmax + 1e-9)
            break;
        double x = left + pw * v / xmax;
        cairo_set_source_rgb(cr, 0.88, 0.88, 0.88);
        cairo_move_to(cr, x, top);
        cairo_line_to(cr, x, top + ph);
        cairo_stroke(cr);
        char lab[32];
        snprintf(lab, sizeof lab, "%.0f", v);
        cairo_set_source_rgb(cr, 0.25, 0.25, 0.25);
        text_at(cr, x, top + ph + 16, lab, 11, 0, 0.5);
    }
    double slot = ph / (double)d->count;
    double bh = slot * 0.7;
    for (size_t i = 0; i < d->count; i++) {
        double y = top + slot * (double)i + (slot - bh) / 2, x = left;
        long total = 0;
        for (int k = 0; k < 4; k++) {
            double w = pw * (double)d->bars[i].quad[k] / xmax;
            total += d->bars[i].quad[k];
            if (w <= 0)
                continue;
            set_rgb(cr, quad_rgb[k]);
            cairo_rectangle(cr, x, y, w, bh);
            cairo_fill(cr);
            x += w;
        }
        cairo_set_source_rgb(cr, 0.1, 0.1, 0.1);
        text_at(cr, left - 8, y + bh / 2 + 4, d->bars[i].label, 12, 0, 1);
        char lab[48];
        snprintf(lab, sizeof lab, "%ld (%+.1f)", total, d->bars[i].goldstein);
        cairo_set_source_rgb(cr, 0.3, 0.3, 0.3);
        text_at(cr, x + 5, y + bh / 2 + 4, lab, 10, 0, 0);
    }
    cairo_set_source_rgb(cr, 0.2, 0.2, 0.2);
    cairo_set_line_width(cr, 1.2);
    cairo_move_to(cr, left, top);
    cairo_line_to(cr, left, top + ph);
    cairo_line_to(cr, left + pw, top + ph);
    cairo_stroke(cr);
    text_at(cr, left + pw / 2, H - 12,
            "events (label: count and mean Goldstein)", 12, 0, 0.5);
    legend(cr, left, 74, 0, NULL);
}

static int ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    if (n < m)
        return 0;
    for (size_t i = 0; i < m; i++)
        if ((s[n - m + i] | 0x20) != suffix[i])
            return 0;
    return 1;
}

/* cairo's stream writer into an output file (outfile.c) */
static cairo_status_t write_out(void *ctx, const unsigned char *data,
                                unsigned int len)
{
    return dyad_outfile_sink(ctx, (const char *)data, len)
               ? CAIRO_STATUS_WRITE_ERROR
               : CAIRO_STATUS_SUCCESS;
}

/* Draws d into an open output file: SVG or PNG. */
static cairo_status_t plot_draw(const dy_plot_data *d, dyad_outfile *f,
                                int svg, int width, int height)
{
    double W = width, H = height;
    cairo_surface_t *sf =
        svg ? cairo_svg_surface_create_for_stream(write_out, f, W, H)
            : cairo_image_surface_create(CAIRO_FORMAT_ARGB32, width, height);
    cairo_status_t cs = cairo_surface_status(sf);
    if (cs != CAIRO_STATUS_SUCCESS) {
        cairo_surface_destroy(sf);
        return cs;
    }
    cairo_t *cr = cairo_create(sf);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_paint(cr);
    cairo_set_source_rgb(cr, 0.05, 0.05, 0.05);
    text_at(cr, 20, 32, d->title, 18, 1, 0);
    cairo_set_source_rgb(cr, 0.4, 0.4, 0.4);
    text_at(cr, 20, 52, d->subtitle, 12, 0, 0);
    if (d->kind == DYAD_PLOT_TIMELINE)
        draw_timeline(cr, d, W, H);
    else
        draw_bars(cr, d, W, H);
    cs = cairo_status(cr);
    cairo_destroy(cr);
    if (cs == CAIRO_STATUS_SUCCESS && !svg)
        cs = cairo_surface_write_to_png_stream(sf, write_out, f);
    cairo_surface_finish(sf);
    if (cs == CAIRO_STATUS_SUCCESS)
        cs = cairo_surface_status(sf);
    cairo_surface_destroy(sf);
    return cs;
}

/* Draws d into path, whole or not at all (outfile.c): SVG for a .svg
 * name, PNG for .png; any other name is refused (DYAD_EINVAL). A failed
 * write names the path and the reason. */
static int plot_render(const dy_plot_data *d, const char *path, int width,
                       int height, dyad_error *err)
{
    int svg = ends_with(path, ".svg");
    if (!svg && !ends_with(path, ".png"))
        return dy_error_set(err, DYAD_EINVAL, path, 0, 0, -1,
                            "a chart is written as .png or .svg");
    dyad_outfile *f = NULL;
    int rc = dyad_outfile_open(&f, path, err);
    if (rc)
        return rc;
    cairo_status_t cs = plot_draw(d, f, svg, width, height);
    if (cs == CAIRO_STATUS_SUCCESS || cs == CAIRO_STATUS_WRITE_ERROR)
        return dyad_outfile_commit(f, err); /* says why a write failed */
    dyad_outfile_abort(f);
    return dy_error_set(err, DYAD_EIO, path, 0, 0, -1,
                        "cannot draw the chart: %s",
                        cairo_status_to_string(cs));
}

/* ------------------------------------------------- from the store */

static const char *const by_names[] = {"day", "week", "month", "year"};

/* the filters in words, for a chart's title */
static void describe_filter(const dyad_query *f, char *buf, size_t size)
{
    size_t n = 0;
    buf[0] = '\0';
#define ADD(...)                                                               \
    do {                                                                       \
        if (n < size)                                                          \
            n += (size_t)snprintf(buf + n, size - n, __VA_ARGS__);             \
    } while (0)
    if (f->dyad_source && f->dyad_target)
        ADD("%s %s %s", f->dyad_source, f->directed ? "->" : "-",
            f->dyad_target);
    else if (f->actor)
        ADD("%s", f->actor);
    else
        ADD("all actors");
    if (f->cameo)
        ADD(", CAMEO %s", f->cameo);
    if (f->text)
        ADD(", \"%s\"", f->text);
    if (f->from || f->to)
        ADD(", %s to %s", f->from ? f->from : "start", f->to ? f->to : "end");
#undef ADD
}

/* The subtitle: how many events the chart shows and what it leaves out
 * (statuses not asked for; the undated events of a timeline, the
 * one-sided events of the top dyads). */
static void subtitle(char *buf, size_t size, long shown,
                     const dyad_omitted *om, int timeline)
{
    size_t n = (size_t)snprintf(buf, size, "%ld events", shown);
    int any = 0;
    for (int k = 0; k < DYAD_OMIT_COUNT && n < size; k++) {
        int figure = k < DYAD_OMIT_UNDATED ||
                     (k == DYAD_OMIT_UNDATED && timeline) ||
                     (k == DYAD_OMIT_NO_TARGET && !timeline);
        if (!om->count[k] || !figure)
            continue;
        n += (size_t)snprintf(buf + n, size - n, "%s%lld %s",
                              any++ ? ", " : "; left out: ", om->count[k],
                              dyad_omit_name((dyad_omit)k));
    }
    if (n < size)
        snprintf(buf + n, size - n, " (dyad event store)");
}

/* Gathers the numbers (store/stats.c) and draws them. */
int dyad_store_plot(dyad_store *st, const dyad_plot_options *po,
                    const char *path, dyad_error *err)
{
    if (!st || !po || !path)
        return dy_error_set(err, DYAD_EINVAL, NULL, 0, 0, -1,
                            "dyad_store_plot: NULL argument");
    if ((unsigned)po->by > DYAD_PERIOD_AUTO ||
        (po->kind != DYAD_PLOT_TIMELINE && po->kind != DYAD_PLOT_TOP_DYADS))
        return dy_error_set(err, DYAD_EINVAL, NULL, 0, 0, -1,
                            "bad plot kind or period");
    if (!ends_with(path, ".svg") && !ends_with(path, ".png"))
        return dy_error_set(err, DYAD_EINVAL, path, 0, 0, -1,
                            "a chart is written as .png or .svg");
    dy_bar *bars = NULL, total;
    size_t n = 0;
    dyad_omitted om;
    long first, last;
    dyad_period by = po->by;
    dy_plot_data d;
    memset(&d, 0, sizeof d);
    d.kind = po->kind;
    char what[200];
    describe_filter(&po->filter, what, sizeof what);
    int rc = dy_store_totals(st, &po->filter, &total, &om, &first, &last, err);
    if (rc)
        goto done;
    if (po->kind == DYAD_PLOT_TIMELINE) {
        rc = dy_store_series(st, &po->filter, &by, first, last, &bars, &n,
                             err);
        snprintf(d.title, sizeof d.title, "%s: conflict and cooperation by %s",
                 what, by_names[by]);
    } else {
        rc = dy_store_top(st, &po->filter, 0, po->top ? po->top : 15, &bars, &n,
                        err);
        snprintf(d.title, sizeof d.title, "Top dyads by events (%s)", what);
    }
    if (rc)
        goto done;
    if (!n) {
        rc = dy_error_set(err, DYAD_EINPUT, NULL, 0, 0, -1,
                          "no events match: nothing to plot");
        goto done;
    }
    if (po->title)
        snprintf(d.title, sizeof d.title, "%s", po->title);
    long shown = 0;
    for (size_t i = 0; i < n; i++)
        shown += dy_bar_total(&bars[i]);
    subtitle(d.subtitle, sizeof d.subtitle, shown, &om,
             po->kind == DYAD_PLOT_TIMELINE);
    d.bars = bars;
    d.count = n;
    rc = plot_render(&d, path, po->width > 0 ? po->width : 1000,
                     po->height > 0 ? po->height : 560, err);
done:
    dy_free(NULL, bars);
    return rc;
}
