/*
 * eval.c - `dyad eval`: codes gold-labelled records and scores dyad against
 * them. Scores are micro-averaged over texts: for each text the set of
 * gold labels (roots, codes, ...) is compared with the set of predicted
 * ones. Actor accuracy is measured on predicted events whose CAMEO root
 * matches a gold event's root, at country level (first three letters,
 * classic CAMEO country codes mapped to ISO3) and on the full code.
 */
#define _POSIX_C_SOURCE 200809L
#include "api.h"
#include "lexicon/lexicon.h"

#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define MAXL 32      /* labels per text */
#define MAX_MISSES 20000

typedef struct prf {
    double tp, fp, fn;
} prf;

typedef struct stats {
    char name[128];
    size_t n;
    int has_event, has_root, has_penta, has_plover;
    size_t n_root_texts; /* texts with gold CAMEO codes */
    prf event, root, code, quad, penta, plover;
    size_t quad_ok, quad_n;
    size_t src_ok, src_n, tgt_ok, tgt_n, srcf_ok, tgtf_ok;
    size_t conf[21][21]; /* gold root x first predicted root (0 none) */
    size_t loc_n, loc_country, loc_25km, loc_name, loc_any;
    size_t fat_n, fat_exact, fat_10pct;
    size_t el_n, el_ok;
} stats;

typedef struct lset {
    char v[MAXL][16];
    int n;
} lset;

typedef struct miss {
    int score;
    size_t order;
    char *line; /* the report for this text */
} miss;

static void ladd(lset *s, const char *v)
{
    if (!v || !v[0])
        return;
    for (int i = 0; i < s->n; i++)
        if (strcmp(s->v[i], v) == 0)
            return;
    if (s->n < MAXL)
        snprintf(s->v[s->n++], sizeof s->v[0], "%s", v);
}

static int lhas(const lset *s, const char *v)
{
    for (int i = 0; i < s->n; i++)
        if (strcmp(s->v[i], v) == 0)
            return 1;
    return 0;
}

static void score(prf *p, const lset *g, const lset *d)
{
    for (int i = 0; i < d->n; i++)
        if (lhas(g, d->v[i]))
            p->tp++;
        else
            p->fp++;
    for (int i = 0; i < g->n; i++)
        if (!lhas(d, g->v[i]))
            p->fn++;
}

static double prec(const prf *p)
{
    return p->tp + p->fp > 0 ? p->tp / (p->tp + p->fp) : 0;
}
static double rec(const prf *p)
{
    return p->tp + p->fn > 0 ? p->tp / (p->tp + p->fn) : 0;
}
static double f1(const prf *p)
{
    double a = prec(p), b = rec(p);
    return a + b > 0 ? 2 * a * b / (a + b) : 0;
}

static void add_prf(prf *a, const prf *b)
{
    a->tp += b->tp;
    a->fp += b->fp;
    a->fn += b->fn;
}

/* classic CAMEO country codes that differ from ISO3 */
static void country_of(const char *code, char out[4])
{
    static const char *const map[][2] = {
        {"ROM", "ROU"}, {"JAP", "JPN"}, {"ZAR", "COD"}, {"TMP", "TLS"},
        {"BUR", "MMR"}, {"SER", "SRB"}, {"GMY", "DEU"}, {"UK_", "GBR"},
        {NULL, NULL}};
    snprintf(out, 4, "%.3s", code ? code : "");
    for (int i = 0; map[i][0]; i++)
        if (strcmp(out, map[i][0]) == 0)
            snprintf(out, 4, "%s", map[i][1]);
}

static void gold_list(json_t *v, lset *out)
{
    if (json_is_string(v))
        ladd(out, json_string_value(v));
    size_t i;
    json_t *x;
    json_array_foreach(v, i, x) if (json_is_string(x))
        ladd(out, json_string_value(x));
}

typedef struct gevent {
    char code[16];
    lset src, tgt;
} gevent;

static void add_stats(stats *a, const stats *b)
{
    a->n += b->n;
    a->n_root_texts += b->n_root_texts;
    a->has_event |= b->has_event;
    a->has_root |= b->has_root;
    a->has_penta |= b->has_penta;
    a->has_plover |= b->has_plover;
    add_prf(&a->event, &b->event);
    add_prf(&a->root, &b->root);
    add_prf(&a->code, &b->code);
    add_prf(&a->quad, &b->quad);
    add_prf(&a->penta, &b->penta);
    add_prf(&a->plover, &b->plover);
    a->quad_ok += b->quad_ok;
    a->quad_n += b->quad_n;
    a->src_ok += b->src_ok;
    a->src_n += b->src_n;
    a->tgt_ok += b->tgt_ok;
    a->tgt_n += b->tgt_n;
    a->srcf_ok += b->srcf_ok;
    a->tgtf_ok += b->tgtf_ok;
    for (int i = 0; i < 21; i++)
        for (int j = 0; j < 21; j++)
            a->conf[i][j] += b->conf[i][j];
    a->loc_n += b->loc_n;
    a->loc_country += b->loc_country;
    a->loc_25km += b->loc_25km;
    a->loc_name += b->loc_name;
    a->loc_any += b->loc_any;
    a->fat_n += b->fat_n;
    a->fat_exact += b->fat_exact;
    a->fat_10pct += b->fat_10pct;
    a->el_n += b->el_n;
    a->el_ok += b->el_ok;
}

/* one side of a root-matched event against the gold codes of that side:
 * counted when gold has any, right by country and by full code */
static void score_side(const char *code, const lset *gold, size_t *n,
                       size_t *ok_country, size_t *ok_code)
{
    if (!gold->n)
        return;
    char pc[4], gc[4];
    int ok = 0, okf = 0;
    country_of(code, pc);
    for (int q = 0; q < gold->n; q++) {
        country_of(gold->v[q], gc);
        ok |= strcmp(pc, gc) == 0;
        okf |= code && strcmp(code, gold->v[q]) == 0;
    }
    (*n)++;
    *ok_country += (size_t)ok;
    *ok_code += (size_t)okf;
}

static double ratio(size_t a, size_t b)
{
    return b ? (double)a / (double)b : 0;
}

static double km(double lat1, double lon1, double lat2, double lon2)
{
    const double r = 6371.0, d = 3.14159265358979323846 / 180.0;
    double a = sin((lat2 - lat1) * d / 2), b = sin((lon2 - lon1) * d / 2);
    double h = a * a + cos(lat1 * d) * cos(lat2 * d) * b * b;
    return 2 * r * asin(sqrt(h < 1 ? h : 1));
}

/* ISO3 of a country name, through the lexicon's country phrases */
static void iso3_of(const dyad_lexicon *lx, const char *name, char out[4])
{
    out[0] = '\0';
    for (uint32_t i = 0; i < lx->nphrases && name; i++) {
        const lx_phrase *p = &lx->phrases[i];
        if (p->kind != LX_COUNTRY)
            continue;
        const char *t = strstr(lx_str(lx, p->text), ": ");
        if (t && strcasecmp(t + 2, name) == 0) {
            snprintf(out, 4, "%.3s", lx_str(lx, p->code));
            return;
        }
    }
}

static int root_num(const char *code)
{
    if (!code || strlen(code) < 2 || code[0] < '0' || code[0] > '2')
        return 0;
    int r = (code[0] - '0') * 10 + (code[1] - '0');
    return r >= 1 && r <= 20 ? r : 0;
}

/* one metric row: name and value, for baselines and JSON */
typedef struct metric {
    const char *name;
    double value;
    int present;
} metric;

static int metrics(const stats *s, metric *m)
{
    int k = 0;
#define M(n, v, p) m[k].name = n, m[k].value = (v), m[k].present = (p), k++
    M("event_p", prec(&s->event), s->has_event);
    M("event_r", rec(&s->event), s->has_event);
    M("event_f1", f1(&s->event), s->has_event);
    M("root_p", prec(&s->root), s->has_root);
    M("root_r", rec(&s->root), s->has_root);
    M("root_f1", f1(&s->root), s->has_root);
    M("code_p", prec(&s->code), s->has_root);
    M("code_r", rec(&s->code), s->has_root);
    M("code_f1", f1(&s->code), s->has_root);
    M("quad_f1", f1(&s->quad), s->has_root);
    M("quad_acc", ratio(s->quad_ok, s->quad_n),
      s->has_root && s->quad_n);
    M("penta_p", prec(&s->penta), s->has_root || s->has_penta);
    M("penta_r", rec(&s->penta), s->has_root || s->has_penta);
    M("penta_f1", f1(&s->penta), s->has_root || s->has_penta);
    M("plover_f1", f1(&s->plover), s->has_plover);
    M("source_country_acc", ratio(s->src_ok, s->src_n),
      s->src_n > 0);
    M("target_country_acc", ratio(s->tgt_ok, s->tgt_n),
      s->tgt_n > 0);
    M("source_code_acc", ratio(s->srcf_ok, s->src_n),
      s->src_n > 0);
    M("target_code_acc", ratio(s->tgtf_ok, s->tgt_n),
      s->tgt_n > 0);
    M("location_country_acc", ratio(s->loc_country, s->loc_n), s->loc_n > 0);
    M("location_25km_acc", ratio(s->loc_25km, s->loc_n), s->loc_n > 0);
    M("location_name_acc", ratio(s->loc_name, s->loc_n), s->loc_n > 0);
    M("fatalities_exact", ratio(s->fat_exact, s->fat_n), s->fat_n > 0);
    M("fatalities_10pct", ratio(s->fat_10pct, s->fat_n), s->fat_n > 0);
    M("event_location_acc", ratio(s->el_ok, s->el_n), s->el_n > 0);
#undef M
    return k;
}

static int emit(dyad_sink_fn sink, void *ctx, dy_buf *b)
{
    int rc = 0;
    if (b->failed)
        rc = DYAD_ENOMEM;
    else if (b->len && sink(ctx, b->data, b->len))
        rc = DYAD_EIO;
    b->len = 0;
    return rc;
}

static void table(dy_buf *b, const stats *s)
{
    dy_buf_printf(b, "== %s (%zu texts)\n", s->name,
                  s->n + s->loc_n + s->el_n);
    if (s->has_event)
        dy_buf_printf(b, "  event detection    P %.3f  R %.3f  F1 %.3f\n",
                      prec(&s->event), rec(&s->event), f1(&s->event));
    if (s->has_root) {
        dy_buf_printf(b, "  CAMEO root         P %.3f  R %.3f  F1 %.3f\n",
                      prec(&s->root), rec(&s->root), f1(&s->root));
        dy_buf_printf(b, "  CAMEO full code    P %.3f  R %.3f  F1 %.3f\n",
                      prec(&s->code), rec(&s->code), f1(&s->code));
        dy_buf_printf(b,
                      "  QuadClass          P %.3f  R %.3f  F1 %.3f  "
                      "accuracy %.3f (%zu texts coded)\n",
                      prec(&s->quad), rec(&s->quad), f1(&s->quad),
                      ratio(s->quad_ok, s->quad_n),
                      s->quad_n);
    }
    if (s->has_root || s->has_penta)
        dy_buf_printf(b, "  penta class        P %.3f  R %.3f  F1 %.3f\n",
                      prec(&s->penta), rec(&s->penta), f1(&s->penta));
    if (s->has_plover)
        dy_buf_printf(b, "  PLOVER type        P %.3f  R %.3f  F1 %.3f\n",
                      prec(&s->plover), rec(&s->plover), f1(&s->plover));
    if (s->src_n || s->tgt_n)
        dy_buf_printf(b,
                      "  actors (root-matched events): source country %.3f "
                      "(%zu), target country %.3f (%zu), source code %.3f, "
                      "target code %.3f\n",
                      ratio(s->src_ok, s->src_n),
                      s->src_n,
                      ratio(s->tgt_ok, s->tgt_n),
                      s->tgt_n,
                      ratio(s->srcf_ok, s->src_n),
                      ratio(s->tgtf_ok, s->tgt_n));
}

static void places_table(dy_buf *b, const stats *s)
{
    if (s->loc_n)
        dy_buf_printf(b,
                      "  location (%zu notes with a place): country %.3f, "
                      "within 25 km %.3f, name %.3f, any location %.3f\n",
                      s->loc_n, ratio(s->loc_country, s->loc_n),
                      ratio(s->loc_25km, s->loc_n), ratio(s->loc_name, s->loc_n),
                      ratio(s->loc_any, s->loc_n));
    if (s->fat_n)
        dy_buf_printf(b,
                      "  fatalities (%zu notes stating a number): exact %.3f, "
                      "within 10%% %.3f\n",
                      s->fat_n, ratio(s->fat_exact, s->fat_n),
                      ratio(s->fat_10pct, s->fat_n));
    if (s->el_n)
        dy_buf_printf(b, "  event location (%zu verbs): place accuracy %.3f\n",
                      s->el_n, ratio(s->el_ok, s->el_n));
}

static void confusion(dy_buf *b, const stats *s)
{
    dy_buf_puts(b, "  root confusion (gold -> first predicted root: count)\n");
    for (int g = 1; g <= 20; g++) {
        size_t total = 0;
        for (int p = 0; p <= 20; p++)
            total += s->conf[g][p];
        if (!total)
            continue;
        dy_buf_printf(b, "    %02d (%zu):", g, total);
        for (int p = 0; p <= 20; p++)
            if (s->conf[g][p]) {
                if (p)
                    dy_buf_printf(b, " %02d:%zu", p, s->conf[g][p]);
                else
                    dy_buf_printf(b, " none:%zu", s->conf[g][p]);
            }
        dy_buf_putc(b, '\n');
    }
}

static int cmp_miss(const void *a, const void *b)
{
    const miss *x = a, *y = b;
    if (x->score != y->score)
        return y->score - x->score;
    return x->order < y->order ? -1 : x->order > y->order;
}

/* compares with a baseline TSV; appends the regressions to b */
static size_t check_baseline(const char *path, const stats *all, size_t nall,
                             double tol, dy_buf *b, dyad_error *err, int *rc)
{
    FILE *f = fopen(path, "r");
    size_t bad = 0;
    *rc = 0;
    if (!f) {
        *rc = dy_error_set(err, DYAD_EIO, path, 0, 0, -1,
                           "cannot open the baseline");
        return 0;
    }
    char line[512];
    long ln = 0;
    while (fgets(line, sizeof line, f)) {
        ln++;
        if (line[0] == '#' || line[0] == '\n')
            continue;
        char file[200], name[64];
        double v;
        if (sscanf(line, "%199[^\t]\t%63[^\t]\t%lf", file, name, &v) != 3) {
            *rc = dy_error_set(err, DYAD_EINPUT, path, ln, 1, -1,
                               "expected: file<TAB>metric<TAB>value");
            break;
        }
        for (size_t i = 0; i < nall; i++) {
            if (strcmp(all[i].name, file) != 0)
                continue;
            metric m[40];
            int k = metrics(&all[i], m);
            for (int j = 0; j < k; j++)
                if (strcmp(m[j].name, name) == 0 &&
                    m[j].value < v - tol - 1e-9) {
                    dy_buf_printf(b,
                                  "REGRESSION %s %s: %.3f, baseline %.3f "
                                  "(allowed drop %.3f)\n",
                                  file, name, m[j].value, v, tol);
                    bad++;
                }
        }
    }
    fclose(f);
    return bad;
}

static int write_baseline(const char *path, const stats *all, size_t nall,
                          dyad_error *err)
{
    FILE *f = fopen(path, "w");
    if (!f)
        return dy_error_set(err, DYAD_EIO, path, 0, 0, -1,
                            "cannot write the baseline");
    fprintf(f, "# dyad eval baseline: file<TAB>metric<TAB>value; the "
               "accuracy test fails when a figure drops more than 0.02 below "
               "it\n");
    for (size_t i = 0; i < nall; i++) {
        metric m[40];
        int k = metrics(&all[i], m);
        for (int j = 0; j < k; j++)
            if (m[j].present)
                fprintf(f, "%s\t%s\t%.4f\n", all[i].name, m[j].name,
                        m[j].value);
    }
    return fclose(f) == 0 ? 0
                          : dy_error_set(err, DYAD_EIO, path, 0, 0, -1,
                                         "cannot write the baseline");
}

/* byte offset of the idx-th code point (gold spans count characters) */
static size_t char_to_byte(const char *s, size_t len, size_t idx)
{
    size_t b = 0;
    for (size_t n = 0; b < len && n < idx; n++) {
        b++;
        while (b < len && ((unsigned char)s[b] & 0xC0) == 0x80)
            b++;
    }
    return b;
}

/* ACLED-style notes (latitude, longitude, country, location, fatalities)
 * and event-location records (verb span, event_location spans) */
static void eval_places(dyad_coder *coder, const dyad_lexicon *lx, json_t *r,
                        stats *st, dy_buf *why)
{
    const char *text = json_string_value(json_object_get(r, "text"));
    const char *date = json_string_value(json_object_get(r, "date"));
    dyad_doc doc;
    memset(&doc, 0, sizeof doc);
    doc.text = text;
    doc.text_len = json_string_length(json_object_get(r, "text"));
    doc.date = date && !dy_date_parse(date, strlen(date), NULL) ? date : NULL;
    json_t *verb = json_object_get(r, "verb");
    if (json_array_size(verb) > 0) {
        json_t *v0 = json_array_get(verb, 0);
        size_t vs = char_to_byte(text, doc.text_len, (size_t)json_integer_value(
                                                        json_object_get(v0, "start")));
        size_t ve = char_to_byte(text, doc.text_len, (size_t)json_integer_value(
                                                        json_object_get(v0, "end")));
        size_t ps = 0, pl = 0;
        dyad_error e;
        if (ve <= vs || dy_locate_word(coder, &doc, vs, ve - vs, &ps, &pl, &e))
            return;
        st->el_n++;
        json_t *gl = json_object_get(r, "event_location");
        size_t ng = json_array_size(gl), i;
        json_t *x;
        int ok = ng == 0 && pl == 0;
        json_array_foreach(gl, i, x)
        {
            size_t gs = char_to_byte(text, doc.text_len,
                                     (size_t)json_integer_value(
                                         json_object_get(x, "start")));
            size_t ge = char_to_byte(text, doc.text_len,
                                     (size_t)json_integer_value(
                                         json_object_get(x, "end")));
            /* some gold spans count tokens, not characters: when the span
             * does not hold the gold text, find the text itself */
            const char *gt = json_string_value(json_object_get(x, "text"));
            if (gt && gt[0] &&
                (ge > doc.text_len || ge < gs || ge - gs != strlen(gt) ||
                 memcmp(text + gs, gt, ge - gs) != 0)) {
                const char *f = strstr(text, gt);
                if (f) {
                    gs = (size_t)(f - text);
                    ge = gs + strlen(gt);
                }
            }
            if (pl && ps < ge && gs < ps + pl)
                ok = 1;
        }
        st->el_ok += (size_t)ok;
        if (!ok && why) {
            json_t *g0 = json_array_get(gl, 0);
            dy_buf_printf(why, "   verb '%.*s': gold place '%s', dyad '%.*s'\n",
                          (int)(ve - vs), text + vs,
                          g0 ? json_string_value(json_object_get(g0, "text")) : "-",
                          (int)pl, pl ? text + ps : "-");
        }
        return;
    }
    json_t *lat = json_object_get(r, "latitude");
    json_t *lon = json_object_get(r, "longitude");
    const char *country = json_string_value(json_object_get(r, "country"));
    if (!json_is_number(lat) || !json_is_number(lon) || !country)
        return;
    dyad_result *res = NULL;
    dyad_error e;
    if (dyad_code(&res, coder, &doc, &e))
        return;
    const dyad_location *loc = NULL;
    long killed = -1;
    for (size_t k = 0; k < dyad_result_count(res); k++) {
        const dyad_event *ev = dyad_result_event(res, k);
        if (!loc && ev->location)
            loc = ev->location;
        if (ev->killed.value > killed)
            killed = ev->killed.value;
    }
    const char *gname = json_string_value(json_object_get(r, "location"));
    if (gname && gname[0]) {
        char iso[4];
        iso3_of(lx, country, iso);
        st->loc_n++;
        if (loc) {
            st->loc_any++;
            if (loc->country && strcmp(loc->country, iso) == 0)
                st->loc_country++;
            if ((loc->lat != 0 || loc->lon != 0) &&
                km(loc->lat, loc->lon, json_number_value(lat),
                   json_number_value(lon)) <= 25.0)
                st->loc_25km++;
            if (strcasecmp(loc->name, gname) == 0 ||
                (loc->gazetteer_name &&
                 strcasecmp(loc->gazetteer_name, gname) == 0))
                st->loc_name++;
        }
    }
    json_t *fat = json_object_get(r, "fatalities");
    if (json_is_integer(fat) && json_integer_value(fat) > 0) {
        long g = (long)json_integer_value(fat);
        st->fat_n++;
        if (killed == g)
            st->fat_exact++;
        if (killed >= 0 && labs(killed - g) * 10 <= g)
            st->fat_10pct++;
    }
    dyad_result_free(res);
}

static const char *base(const char *p)
{
    const char *s = strrchr(p, '/');
    return s ? s + 1 : p;
}

int dyad_eval_files(dyad_coder *coder, const char *const *paths,
                    size_t path_count, const dyad_eval_options *eo,
                    size_t *regressions, dyad_sink_fn sink, void *ctx,
                    dyad_error *err)
{
    if (!coder || !paths || !sink || !eo)
        return dy_error_set(err, DYAD_EINVAL, NULL, 0, 0, -1,
                            "dyad_eval_files: NULL argument");
    const dyad_lexicon *lx = dy_coder_lexicon(coder);
    stats *all = calloc(path_count + 1, sizeof *all);
    miss *misses = calloc(MAX_MISSES, sizeof *misses);
    size_t nmiss = 0, order = 0;
    dy_buf b;
    int rc = 0;
    dy_buf_init(&b, NULL);
    if (regressions)
        *regressions = 0;
    if (!all || !misses) {
        rc = dy_error_set(err, DYAD_ENOMEM, NULL, 0, 0, -1, "out of memory");
        goto done;
    }
    snprintf(all[path_count].name, sizeof all[0].name, "overall");
    for (size_t fi = 0; fi < path_count && !rc; fi++) {
        stats *st = &all[fi];
        snprintf(st->name, sizeof st->name, "%s", base(paths[fi]));
        FILE *f = fopen(paths[fi], "r");
        if (!f) {
            rc = dy_error_set(err, DYAD_EIO, paths[fi], 0, 0, -1,
                              "cannot open gold file");
            break;
        }
        char *line = NULL;
        size_t cap = 0;
        long ln = 0;
        ssize_t len;
        while ((len = getline(&line, &cap, f)) > 0) {
            ln++;
            json_error_t je;
            json_t *r = json_loadb(line, (size_t)len, 0, &je);
            json_t *tv = r ? json_object_get(r, "text") : NULL;
            if (!json_is_string(tv)) {
                json_decref(r);
                if (len > 1) {
                    rc = dy_error_set(err, DYAD_EINPUT, paths[fi], ln, 1, -1,
                                      "not a gold record: %s",
                                      r ? "no text" : je.text);
                    break;
                }
                continue;
            }
            /* gold labels */
            lset groot = {0}, gcode = {0}, gquad = {0}, gpenta = {0},
                 gplover = {0};
            gevent gev[MAXL];
            int ngev = 0;
            json_t *evs = json_object_get(r, "events");
            json_t *cam = json_object_get(r, "cameo");
            size_t i;
            json_t *x;
            if (json_array_size(evs) > 0) {
                json_array_foreach(evs, i, x)
                {
                    const char *c =
                        json_string_value(json_object_get(x, "cameo"));
                    if (!c || ngev >= MAXL)
                        continue;
                    gevent *g = &gev[ngev++];
                    memset(g, 0, sizeof *g);
                    snprintf(g->code, sizeof g->code, "%s", c);
                    gold_list(json_object_get(x, "source"), &g->src);
                    gold_list(json_object_get(x, "target"), &g->tgt);
                }
            } else if (json_array_size(cam) > 0) {
                json_array_foreach(cam, i, x)
                {
                    if (!json_is_string(x) || ngev >= MAXL)
                        continue;
                    gevent *g = &gev[ngev++];
                    memset(g, 0, sizeof *g);
                    snprintf(g->code, sizeof g->code, "%s",
                             json_string_value(x));
                    gold_list(json_object_get(r, "source"), &g->src);
                    gold_list(json_object_get(r, "target"), &g->tgt);
                }
            }
            for (int k = 0; k < ngev; k++) {
                char rt[3] = {gev[k].code[0], gev[k].code[1], 0};
                ladd(&groot, rt);
                ladd(&gcode, gev[k].code);
                const lx_cameo *c = dy_lexicon_cameo(lx, gev[k].code);
                if (c) {
                    char q[4], p[4];
                    snprintf(q, sizeof q, "%d", c->quad);
                    snprintf(p, sizeof p, "%d", c->penta);
                    ladd(&gquad, q);
                    ladd(&gpenta, p);
                }
            }
            json_t *pv = json_object_get(r, "penta_class");
            if (json_is_integer(pv)) {
                char p[4];
                snprintf(p, sizeof p, "%d", (int)json_integer_value(pv));
                ladd(&gpenta, p);
                st->has_penta = 1;
            }
            const char *plv =
                json_string_value(json_object_get(r, "plover_event"));
            if (plv) {
                ladd(&gplover, plv);
                st->has_plover = 1;
            }
            int labelled = json_is_array(cam) &&
                           (st->n_root_texts || ngev ||
                            json_object_get(r, "events"));
            if (ngev)
                st->n_root_texts++;
            int gold_event = ngev > 0 || gpenta.n > 0 || gplover.n > 0;
            if (!labelled && !gold_event && !st->has_penta && !st->has_plover) {
                dy_buf why;
                dy_buf_init(&why, NULL);
                eval_places(coder, lx, r, st, eo->errors ? &why : NULL);
                if (why.len && nmiss < MAX_MISSES && !why.failed) {
                    dy_buf m;
                    dy_buf_init(&m, NULL);
                    dy_buf_printf(&m, "-- %s %s\n   text: %s\n%s", st->name,
                                  json_string_value(json_object_get(r, "id")),
                                  json_string_value(tv), why.data);
                    if (!m.failed) {
                        misses[nmiss].score = 1;
                        misses[nmiss].order = order++;
                        misses[nmiss].line = m.data;
                        nmiss++;
                    } else {
                        dy_buf_free(&m);
                    }
                }
                dy_buf_free(&why);
                json_decref(r);
                continue; /* no event labels: places, counts */
            }
            st->has_event = 1;
            /* code it */
            const char *date = json_string_value(json_object_get(r, "date"));
            dyad_doc doc;
            memset(&doc, 0, sizeof doc);
            doc.text = json_string_value(tv);
            doc.text_len = json_string_length(tv);
            doc.date = date && !dy_date_parse(date, strlen(date), NULL) ? date : NULL;
            doc.id = json_string_value(json_object_get(r, "id"));
            dyad_result *res = NULL;
            dyad_error e2;
            if (dyad_code(&res, coder, &doc, &e2)) {
                json_decref(r);
                continue; /* counted as no prediction */
            }
            st->n++;
            lset droot = {0}, dcode = {0}, dquad = {0}, dpenta = {0},
                 dplover = {0};
            size_t ne = dyad_result_count(res);
            for (size_t k = 0; k < ne; k++) {
                const dyad_event *ev = dyad_result_event(res, k);
                char rt[3] = {ev->cameo[0], ev->cameo[1], 0};
                char q[4], p[4];
                ladd(&droot, rt);
                ladd(&dcode, ev->cameo);
                snprintf(q, sizeof q, "%d", ev->quad_class);
                snprintf(p, sizeof p, "%d", ev->penta_class);
                ladd(&dquad, q);
                ladd(&dpenta, p);
                if (ev->plover_type)
                    ladd(&dplover, ev->plover_type);
            }
            prf ev_prf = {0, 0, 0};
            if (gold_event && ne)
                ev_prf.tp = 1;
            else if (ne)
                ev_prf.fp = 1;
            else if (gold_event)
                ev_prf.fn = 1;
            add_prf(&st->event, &ev_prf);
            prf rp = {0, 0, 0};
            if (ngev) {
                score(&rp, &groot, &droot);
                add_prf(&st->root, &rp);
                score(&st->code, &gcode, &dcode);
                score(&st->quad, &gquad, &dquad);
                if (ne) {
                    st->quad_n++;
                    if (lhas(&gquad, dquad.v[0]))
                        st->quad_ok++;
                }
                st->conf[root_num(gev[0].code)]
                        [ne ? root_num(dyad_result_event(res, 0)->cameo) : 0]++;
            }
            if (gpenta.n)
                score(&st->penta, &gpenta, &dpenta);
            if (gplover.n)
                score(&st->plover, &gplover, &dplover);
            /* actors on root-matched events */
            for (int g = 0; g < ngev; g++) {
                for (size_t k = 0; k < ne; k++) {
                    const dyad_event *ev = dyad_result_event(res, k);
                    if (strncmp(ev->cameo, gev[g].code, 2) != 0)
                        continue;
                    score_side(ev->source.code, &gev[g].src, &st->src_n,
                               &st->src_ok, &st->srcf_ok);
                    score_side(ev->target.code, &gev[g].tgt, &st->tgt_n,
                               &st->tgt_ok, &st->tgtf_ok);
                    break;
                }
            }
            /* misses for --errors */
            int sc = (int)(rp.fp + rp.fn) + (int)(ev_prf.fp + ev_prf.fn);
            if (eo->errors && sc > 0 && nmiss < MAX_MISSES) {
                dy_buf m;
                dy_buf_init(&m, NULL);
                dy_buf_printf(&m, "-- %s %s\n   text: %s\n   gold:",
                              st->name, doc.id ? doc.id : "?", doc.text);
                for (int g = 0; g < ngev; g++)
                    dy_buf_printf(&m, " %s", gev[g].code);
                for (int g = 0; g < gpenta.n && !ngev; g++)
                    dy_buf_printf(&m, " penta %s", gpenta.v[g]);
                dy_buf_puts(&m, "\n");
                if (!ne)
                    dy_buf_puts(&m, "   dyad: no event\n");
                for (size_t k = 0; k < ne; k++) {
                    const dyad_event *ev = dyad_result_event(res, k);
                    dy_buf_printf(&m,
                                  "   dyad: %s %s %s (%s) pattern '%s' "
                                  "%s:%ld trigger '%.*s'\n",
                                  ev->source.code,
                                  ev->cameo,
                                  ev->target.code ? ev->target.code : "-",
                                  ev->status, ev->pattern, ev->pattern_file,
                                  ev->pattern_line, (int)ev->trigger.len,
                                  doc.text + ev->trigger.start);
                }
                if (!m.failed) {
                    misses[nmiss].score = sc;
                    misses[nmiss].order = order;
                    misses[nmiss].line = m.data;
                    nmiss++;
                } else {
                    dy_buf_free(&m);
                }
            }
            order++;
            dyad_result_free(res);
            json_decref(r);
        }
        free(line);
        fclose(f);
        /* CAMEO figures only for files labelled with codes (not one stray
         * record among penta-class labels) */
        st->has_root = st->n_root_texts * 5 >= st->n && st->n_root_texts;
        add_stats(&all[path_count], st);
    }
    if (rc)
        goto done;
    size_t nreg = 0;
    dy_buf regs;
    dy_buf_init(&regs, NULL);
    if (eo->baseline) {
        nreg = check_baseline(eo->baseline, all, path_count + 1,
                              eo->tolerance > 0 ? eo->tolerance : 0.02, &regs,
                              err, &rc);
        if (rc) {
            dy_buf_free(&regs);
            goto done;
        }
    }
    if (regressions)
        *regressions = nreg;
    if (eo->json) {
        json_t *o = json_object();
        json_t *files = json_object();
        for (size_t i = 0; i <= path_count; i++) {
            metric m[40];
            int k = metrics(&all[i], m);
            json_t *fo = json_object();
            json_object_set_new(fo, "texts", json_integer((json_int_t)all[i].n));
            for (int j = 0; j < k; j++)
                if (m[j].present)
                    json_object_set_new(fo, m[j].name,
                                        json_real(round(m[j].value * 1e4) / 1e4));
            json_object_set_new(files, all[i].name, fo);
        }
        json_object_set_new(o, "files", files);
        json_object_set_new(o, "regressions", json_integer((json_int_t)nreg));
        char *s = json_dumps(o, JSON_INDENT(1) | JSON_SORT_KEYS | JSON_REAL_PRECISION(4));
        json_decref(o);
        if (s) {
            dy_buf_puts(&b, s);
            dy_buf_putc(&b, '\n');
            free(s);
        }
    } else {
        for (size_t i = 0; i <= path_count; i++) {
            if (i == path_count && path_count == 1)
                break;
            table(&b, &all[i]);
            places_table(&b, &all[i]);
            if (all[i].has_root)
                confusion(&b, &all[i]);
        }
    }
    if (regs.len)
        dy_buf_put(&b, regs.data, regs.len);
    dy_buf_free(&regs);
    if (eo->errors && nmiss) {
        qsort(misses, nmiss, sizeof *misses, cmp_miss);
        dy_buf_printf(&b, "\n%zu worst misses of %zu:\n",
                      eo->errors < nmiss ? eo->errors : nmiss, nmiss);
        for (size_t i = 0; i < nmiss && i < eo->errors; i++)
            dy_buf_puts(&b, misses[i].line);
    }
    rc = emit(sink, ctx, &b);
    if (!rc && eo->write_baseline)
        rc = write_baseline(eo->write_baseline, all, path_count + 1, err);
done:
    if (misses)
        for (size_t i = 0; i < nmiss; i++)
            free(misses[i].line);
    free(misses);
    free(all);
    dy_buf_free(&b);
    return rc;
}
