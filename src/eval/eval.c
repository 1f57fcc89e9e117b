/*
 * eval.c - `dyad eval` (libdyad_tools): codes gold-labelled records and
 * scores them, micro-averaged over texts (gold label sets against predicted
 * ones); actors on root-matched events, by country (classic CAMEO codes
 * mapped to ISO3) and by full code; places, counts, event locations.
 */
#include "dyad_tools.h"

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
    /* PLOVER types seen in gold or predictions, each with its own P/R/F1
     * (macro-F1 averages the types the gold holds) */
    char ptype[32][16];
    prf ptype_prf[32];
    /* the same with one type a text, its first event's, as a classifier
     * that gives one label a sentence is scored */
    prf ptype1_prf[32];
    int ptype_gold[32];
    int nptype;
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
    if (s->n < MAXL) {
        size_t n = strlen(v);
        if (n >= sizeof s->v[0])
            n = sizeof s->v[0] - 1; /* labels are short: cut, never spill */
        memcpy(s->v[s->n], v, n);
        s->v[s->n++][n] = '\0';
    }
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

/* A PLOVER type as scored, in the 2021 names that CAMEO2PLOVER-2021 and
 * the PLV gold write: older gold (the PLOVER GSR) names some types as
 * PLOVER 0.5 did. CONCEDE and RETREAT are both YIELD; DEMAND is REQUEST;
 * DISAPPROVE and INVESTIGATE are ACCUSE (its disapprove and investigate
 * modes); FIGHT is ASSAULT (its conventional-force modes). */
static const char *plover_name(const char *t)
{
    static const char *const older[][2] = {
        {"CONCEDE", "YIELD"},     {"RETREAT", "YIELD"},
        {"DEMAND", "REQUEST"},    {"DISAPPROVE", "ACCUSE"},
        {"INVESTIGATE", "ACCUSE"}, {"FIGHT", "ASSAULT"}};
    for (size_t i = 0; i < sizeof older / sizeof older[0]; i++)
        if (!strcmp(t, older[i][0]))
            return older[i][1];
    return t;
}

/* the slot of PLOVER type t in s (added when new), or -1 when full */
static int ptype_slot(stats *s, const char *t)
{
    for (int i = 0; i < s->nptype; i++)
        if (strcmp(s->ptype[i], t) == 0)
            return i;
    if (s->nptype == 32)
        return -1;
    snprintf(s->ptype[s->nptype], sizeof s->ptype[0], "%s", t);
    return s->nptype++;
}

/* one text's gold and predicted PLOVER types, per type, into the
 * counts of s named by which (ptype_prf or ptype1_prf) */
static void score_ptypes(stats *s, prf *which, const lset *g, const lset *d)
{
    for (int i = 0; i < g->n; i++) {
        int k = ptype_slot(s, g->v[i]);
        if (k < 0)
            continue;
        s->ptype_gold[k] = 1;
        if (lhas(d, g->v[i]))
            which[k].tp++;
        else
            which[k].fn++;
    }
    for (int i = 0; i < d->n; i++) {
        int k = lhas(g, d->v[i]) ? -1 : ptype_slot(s, d->v[i]);
        if (k >= 0)
            which[k].fp++;
    }
}

static double f1(const prf *p);

/* PLOVER macro-F1 of the counts which (s->ptype_prf or s->ptype1_prf):
 * the mean of the per-type F1 over the types the gold holds; *n gets
 * their number */
static double ptype_macro_f1(const stats *s, const prf *which, int *n)
{
    double sum = 0;
    *n = 0;
    for (int i = 0; i < s->nptype; i++)
        if (s->ptype_gold[i]) {
            sum += f1(&which[i]);
            (*n)++;
        }
    return *n ? sum / *n : 0;
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

/* classic CAMEO country codes that differ from ISO3 (the CAMEO manual's
 * examples write Italy ITL) */
static void country_of(const char *code, char out[4])
{
    static const char *const map[][2] = {
        {"ROM", "ROU"}, {"JAP", "JPN"}, {"ZAR", "COD"}, {"TMP", "TLS"},
        {"BUR", "MMR"}, {"SER", "SRB"}, {"GMY", "DEU"}, {"UK_", "GBR"},
        {"ITL", "ITA"}, {NULL, NULL}};
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
    for (int i = 0; i < b->nptype; i++) {
        int k = ptype_slot(a, b->ptype[i]);
        if (k < 0)
            continue;
        add_prf(&a->ptype_prf[k], &b->ptype_prf[i]);
        add_prf(&a->ptype1_prf[k], &b->ptype1_prf[i]);
        a->ptype_gold[k] |= b->ptype_gold[i];
    }
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
    int ntypes;
    double macro = ptype_macro_f1(s, s->ptype_prf, &ntypes);
    M("plover_macro_f1", macro, s->has_plover && ntypes > 0);
    M("plover_macro_f1_first", ptype_macro_f1(s, s->ptype1_prf, &ntypes),
      s->has_plover && ntypes > 0);
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
    if (s->has_plover) {
        int ntypes;
        double macro = ptype_macro_f1(s, s->ptype_prf, &ntypes);
        dy_buf_printf(b, "  PLOVER type        P %.3f  R %.3f  F1 %.3f  "
                         "macro-F1 %.3f (%d types)\n",
                      prec(&s->plover), rec(&s->plover), f1(&s->plover),
                      macro, ntypes);
        dy_buf_printf(b, "  PLOVER type, one a text (its first event's)  "
                         "macro-F1 %.3f\n",
                      ptype_macro_f1(s, s->ptype1_prf, &ntypes));
    }
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

#define MAX_LINE (256u << 20) /* a gold record longer than this is refused */

/* gold records, line by line, through a buffer of our own */
typedef struct line_reader {
    FILE *f;
    char buf[65536];
    size_t pos, len;
} line_reader;

/* Reads one line into b (without its newline; NUL bytes kept): 1, 0 at
 * the end, or -1 for a line longer than MAX_LINE or out of memory. Each
 * turn of the loop consumes input or returns. */
static int read_line(line_reader *lr, dy_buf *b)
{
    int any = 0;
    b->len = 0;
    for (;;) {
        if (lr->pos == lr->len) {
            lr->len = fread(lr->buf, 1, sizeof lr->buf, lr->f);
            lr->pos = 0;
            if (!lr->len)
                return any;
        }
        any = 1;
        const char *p = lr->buf + lr->pos;
        size_t avail = lr->len - lr->pos;
        const char *nl = memchr(p, '\n', avail);
        size_t take = nl ? (size_t)(nl - p) : avail;
        if (b->len + take > MAX_LINE || dy_buf_put(b, p, take))
            return -1;
        lr->pos += take + (nl != NULL);
        if (nl)
            return 1;
    }
}

/* What one run keeps: the figures of each file and overall, the misses
 * that --errors lists. */
typedef struct eval_run {
    dyad_coder *coder;
    const dyad_lexicon *lx;
    const dyad_eval_options *eo;
    stats *all;    /* one per file, then the overall figures */
    size_t nfiles;
    miss *misses;  /* MAX_MISSES */
    size_t nmiss, order;
} eval_run;

/* the gold labels of one record */
typedef struct gold {
    lset root, code, quad, penta, plover;
    gevent ev[MAXL];
    int nev;
} gold;

/* Keeps a miss (the text of m) for --errors; the caller has checked that
 * the list has room and m its memory. */
static void keep_miss(eval_run *run, int score, size_t order, dy_buf *m)
{
    run->misses[run->nmiss].score = score;
    run->misses[run->nmiss].order = order;
    run->misses[run->nmiss].line = m->data;
    run->nmiss++;
}

/* one gold event: its code, and the record's or the event's actors */
static void add_gold_event(gold *g, const char *code, json_t *actors)
{
    if (!code || g->nev >= MAXL)
        return;
    gevent *e = &g->ev[g->nev++];
    memset(e, 0, sizeof *e);
    snprintf(e->code, sizeof e->code, "%.15s", code);
    gold_list(json_object_get(actors, "source"), &e->src);
    gold_list(json_object_get(actors, "target"), &e->tgt);
}

/* The gold labels of record r: events (an "events" array of {cameo,
 * source, target}, or a "cameo" list with the record's actors), the
 * roots, QuadClasses and penta classes of their codes, and a penta class
 * or PLOVER type given alone (which mark the file as having them). */
static void read_gold(const dyad_lexicon *lx, json_t *r, stats *st, gold *g)
{
    memset(g, 0, sizeof *g);
    json_t *evs = json_object_get(r, "events");
    json_t *cam = json_object_get(r, "cameo");
    size_t i;
    json_t *x;
    if (json_array_size(evs) > 0) {
        json_array_foreach(evs, i, x)
            add_gold_event(g, json_string_value(json_object_get(x, "cameo")),
                           x);
    } else if (json_array_size(cam) > 0) {
        json_array_foreach(cam, i, x) add_gold_event(g, json_string_value(x),
                                                     r);
    }
    for (int k = 0; k < g->nev; k++) {
        char rt[3] = {g->ev[k].code[0], g->ev[k].code[1], 0};
        ladd(&g->root, rt);
        ladd(&g->code, g->ev[k].code);
        const lx_cameo *c = dy_lexicon_cameo(lx, g->ev[k].code);
        if (c) {
            char q[4], p[4];
            snprintf(q, sizeof q, "%d", c->quad);
            snprintf(p, sizeof p, "%d", c->penta);
            ladd(&g->quad, q);
            ladd(&g->penta, p);
        }
    }
    json_t *pv = json_object_get(r, "penta_class");
    if (json_is_integer(pv)) {
        char p[4];
        snprintf(p, sizeof p, "%d", (int)json_integer_value(pv));
        ladd(&g->penta, p);
        st->has_penta = 1;
    }
    const char *plv = json_string_value(json_object_get(r, "plover_event"));
    if (plv) {
        ladd(&g->plover, plover_name(plv));
        st->has_plover = 1;
    }
}

/* A record without event labels: places and counts (eval_places), its
 * misses kept for --errors. */
static void eval_place_record(eval_run *run, stats *st, json_t *r,
                              json_t *tv)
{
    dy_buf why;
    dy_buf_init(&why, NULL);
    eval_places(run->coder, run->lx, r, st, run->eo->errors ? &why : NULL);
    if (why.len && run->nmiss < MAX_MISSES && !why.failed) {
        dy_buf m;
        dy_buf_init(&m, NULL);
        dy_buf_printf(&m, "-- %s %s\n   text: %s\n%s", st->name,
                      json_string_value(json_object_get(r, "id")),
                      json_string_value(tv), why.data);
        if (m.failed)
            dy_buf_free(&m);
        else
            keep_miss(run, 1, run->order++, &m);
    }
    dy_buf_free(&why);
}

/* The report of a text with misses: gold codes, then each event coded. */
static void describe_miss(dy_buf *m, const stats *st, const dyad_doc *doc,
                          const gold *g, const dyad_result *res)
{
    size_t ne = dyad_result_count(res);
    dy_buf_printf(m, "-- %s %s\n   text: %s\n   gold:", st->name,
                  doc->id ? doc->id : "?", doc->text);
    for (int k = 0; k < g->nev; k++)
        dy_buf_printf(m, " %s", g->ev[k].code);
    for (int k = 0; k < g->penta.n && !g->nev; k++)
        dy_buf_printf(m, " penta %s", g->penta.v[k]);
    dy_buf_puts(m, "\n");
    if (!ne)
        dy_buf_puts(m, "   dyad: no event\n");
    for (size_t k = 0; k < ne; k++) {
        const dyad_event *ev = dyad_result_event(res, k);
        dy_buf_printf(m,
                      "   dyad: %s %s %s (%s) pattern '%s' %s:%ld trigger "
                      "'%.*s'\n",
                      ev->source.code, ev->cameo,
                      ev->target.code ? ev->target.code : "-", ev->status,
                      ev->pattern, ev->pattern_file, ev->pattern_line,
                      (int)ev->trigger.len, doc->text + ev->trigger.start);
    }
}

/* Scores what dyad coded (res) against gold g: detection, roots, codes,
 * QuadClass, penta class, PLOVER, the confusion of roots and the actors
 * of root-matched events. Returns the misses counted for --errors. */
static int score_result(stats *st, const gold *g, const dyad_result *res)
{
    lset droot = {0}, dcode = {0}, dquad = {0}, dpenta = {0}, dplover = {0};
    lset dplover1 = {0};
    size_t ne = dyad_result_count(res);
    int gold_event = g->nev > 0 || g->penta.n > 0 || g->plover.n > 0;
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
            ladd(&dplover, plover_name(ev->plover_type));
        if (ev->plover_type && dplover1.n == 0)
            ladd(&dplover1, plover_name(ev->plover_type));
    }
    prf ev_prf = {0, 0, 0}, rp = {0, 0, 0};
    if (gold_event && ne)
        ev_prf.tp = 1;
    else if (ne)
        ev_prf.fp = 1;
    else if (gold_event)
        ev_prf.fn = 1;
    add_prf(&st->event, &ev_prf);
    if (g->nev) {
        score(&rp, &g->root, &droot);
        add_prf(&st->root, &rp);
        score(&st->code, &g->code, &dcode);
        score(&st->quad, &g->quad, &dquad);
        if (ne) {
            st->quad_n++;
            if (lhas(&g->quad, dquad.v[0]))
                st->quad_ok++;
        }
        st->conf[root_num(g->ev[0].code)]
                [ne ? root_num(dyad_result_event(res, 0)->cameo) : 0]++;
    }
    if (g->penta.n)
        score(&st->penta, &g->penta, &dpenta);
    if (g->plover.n) {
        score(&st->plover, &g->plover, &dplover);
        score_ptypes(st, st->ptype_prf, &g->plover, &dplover);
        score_ptypes(st, st->ptype1_prf, &g->plover, &dplover1);
    }
    /* actors on root-matched events */
    for (int k = 0; k < g->nev; k++)
        for (size_t e = 0; e < ne; e++) {
            const dyad_event *ev = dyad_result_event(res, e);
            if (strncmp(ev->cameo, g->ev[k].code, 2) != 0)
                continue;
            score_side(ev->source.code, &g->ev[k].src, &st->src_n,
                       &st->src_ok, &st->srcf_ok);
            score_side(ev->target.code, &g->ev[k].tgt, &st->tgt_n,
                       &st->tgt_ok, &st->tgtf_ok);
            break;
        }
    return (int)(rp.fp + rp.fn) + (int)(ev_prf.fp + ev_prf.fn);
}

/* One gold record: places and counts when it has no event labels, else
 * coded and scored. A record dyad cannot code counts as no prediction. */
static void eval_record(eval_run *run, stats *st, json_t *r, json_t *tv)
{
    gold g;
    read_gold(run->lx, r, st, &g);
    int labelled = json_is_array(json_object_get(r, "cameo")) &&
                   (st->n_root_texts || g.nev || json_object_get(r, "events"));
    if (g.nev)
        st->n_root_texts++;
    int gold_event = g.nev > 0 || g.penta.n > 0 || g.plover.n > 0;
    if (!labelled && !gold_event && !st->has_penta && !st->has_plover) {
        eval_place_record(run, st, r, tv);
        return;
    }
    st->has_event = 1;
    const char *date = json_string_value(json_object_get(r, "date"));
    dyad_doc doc;
    memset(&doc, 0, sizeof doc);
    doc.text = json_string_value(tv);
    doc.text_len = json_string_length(tv);
    doc.date = date && !dy_date_parse(date, strlen(date), NULL) ? date : NULL;
    doc.id = json_string_value(json_object_get(r, "id"));
    dyad_result *res = NULL;
    dyad_error e2;
    if (dyad_code(&res, run->coder, &doc, &e2))
        return;
    st->n++;
    int sc = score_result(st, &g, res);
    if (run->eo->errors && sc > 0 && run->nmiss < MAX_MISSES) {
        dy_buf m;
        dy_buf_init(&m, NULL);
        describe_miss(&m, st, &doc, &g, res);
        if (m.failed)
            dy_buf_free(&m);
        else
            keep_miss(run, sc, run->order, &m);
    }
    run->order++;
    dyad_result_free(res);
}

/* Scores every record of one gold file into run->all[fi]. */
static int eval_file(eval_run *run, size_t fi, const char *path,
                     dyad_error *err)
{
    stats *st = &run->all[fi];
    snprintf(st->name, sizeof st->name, "%s", base(path));
    line_reader *lr = dy_calloc(NULL, 1, sizeof *lr);
    if (!lr)
        return dy_error_set(err, DYAD_ENOMEM, path, 0, 0, -1, "out of memory");
    lr->f = fopen(path, "r");
    if (!lr->f) {
        dy_free(NULL, lr);
        return dy_error_set(err, DYAD_EIO, path, 0, 0, -1,
                            "cannot open gold file");
    }
    dy_buf line;
    dy_buf_init(&line, NULL);
    long ln = 0;
    int rc = 0, got;
    while (!rc && (got = read_line(lr, &line)) != 0) {
        ln++;
        if (got < 0) {
            rc = dy_error_set(err, DYAD_ELIMIT, path, ln, 1, -1,
                              "line too long or out of memory");
            break;
        }
        json_error_t je;
        json_t *r = json_loadb(line.data, line.len, 0, &je);
        json_t *tv = r ? json_object_get(r, "text") : NULL;
        if (json_is_string(tv))
            eval_record(run, st, r, tv);
        else if (line.len > 0)
            rc = dy_error_set(err, DYAD_EINPUT, path, ln, 1, -1,
                              "not a gold record: %s", r ? "no text" : je.text);
        json_decref(r);
    }
    dy_buf_free(&line);
    fclose(lr->f);
    dy_free(NULL, lr);
    /* CAMEO figures only for files labelled with codes (not one stray
     * record among penta-class labels) */
    st->has_root = st->n_root_texts * 5 >= st->n && st->n_root_texts;
    add_stats(&run->all[run->nfiles], st);
    return rc;
}

/* The figures as one JSON object (files, regressions), rounded to four
 * places, written into b without jansson's allocation. */
static void json_report(dy_buf *b, const eval_run *run, size_t nreg)
{
    json_t *o = json_object();
    json_t *files = json_object();
    for (size_t i = 0; i <= run->nfiles; i++) {
        metric m[40];
        int k = metrics(&run->all[i], m);
        json_t *fo = json_object();
        json_object_set_new(fo, "texts", json_integer((json_int_t)run->all[i].n));
        for (int j = 0; j < k; j++)
            if (m[j].present)
                json_object_set_new(fo, m[j].name,
                                    json_real(round(m[j].value * 1e4) / 1e4));
        json_object_set_new(files, run->all[i].name, fo);
    }
    json_object_set_new(o, "files", files);
    json_object_set_new(o, "regressions", json_integer((json_int_t)nreg));
    size_t flags = JSON_INDENT(1) | JSON_SORT_KEYS | JSON_REAL_PRECISION(4);
    size_t n = json_dumpb(o, NULL, 0, flags);
    if (n && !dy_buf_reserve(b, n)) {
        b->len += json_dumpb(o, b->data + b->len, n, flags);
        b->data[b->len] = '\0';
        dy_buf_putc(b, '\n');
    }
    json_decref(o);
}

/* The report: JSON or tables, the regressions, the worst misses. */
static void write_report(dy_buf *b, eval_run *run, size_t nreg,
                         const dy_buf *regs)
{
    if (run->eo->json)
        json_report(b, run, nreg);
    else
        for (size_t i = 0; i <= run->nfiles; i++) {
            if (i == run->nfiles && run->nfiles == 1)
                break;
            table(b, &run->all[i]);
            places_table(b, &run->all[i]);
            if (run->all[i].has_root)
                confusion(b, &run->all[i]);
        }
    if (regs->len)
        dy_buf_put(b, regs->data, regs->len);
    size_t want = run->eo->errors;
    if (want && run->nmiss) {
        qsort(run->misses, run->nmiss, sizeof *run->misses, cmp_miss);
        dy_buf_printf(b, "\n%zu worst misses of %zu:\n",
                      want < run->nmiss ? want : run->nmiss, run->nmiss);
        for (size_t i = 0; i < run->nmiss && i < want; i++)
            dy_buf_puts(b, run->misses[i].line);
    }
}

int dyad_eval_files(dyad_coder *coder, const char *const *paths,
                    size_t path_count, const dyad_eval_options *eo,
                    size_t *regressions, dyad_sink_fn sink, void *ctx,
                    dyad_error *err)
{
    if (!coder || !paths || !sink || !eo)
        return dy_error_set(err, DYAD_EINVAL, NULL, 0, 0, -1,
                            "dyad_eval_files: NULL argument");
    eval_run run;
    memset(&run, 0, sizeof run);
    run.coder = coder;
    run.lx = dy_coder_lexicon(coder);
    run.eo = eo;
    run.nfiles = path_count;
    run.all = dy_calloc(NULL, path_count + 1, sizeof *run.all);
    run.misses = dy_calloc(NULL, MAX_MISSES, sizeof *run.misses);
    dy_buf b, regs;
    int rc = 0;
    dy_buf_init(&b, NULL);
    dy_buf_init(&regs, NULL);
    if (regressions)
        *regressions = 0;
    if (!run.all || !run.misses) {
        rc = dy_error_set(err, DYAD_ENOMEM, NULL, 0, 0, -1, "out of memory");
        goto done;
    }
    snprintf(run.all[path_count].name, sizeof run.all[0].name, "overall");
    for (size_t fi = 0; fi < path_count && !rc; fi++)
        rc = eval_file(&run, fi, paths[fi], err);
    if (rc)
        goto done;
    size_t nreg = 0;
    if (eo->baseline) {
        nreg = check_baseline(eo->baseline, run.all, path_count + 1,
                              eo->tolerance > 0 ? eo->tolerance : 0.02, &regs,
                              err, &rc);
        if (rc)
            goto done;
    }
    if (regressions)
        *regressions = nreg;
    write_report(&b, &run, nreg, &regs);
    rc = emit(sink, ctx, &b);
    if (!rc && eo->write_baseline)
        rc = write_baseline(eo->write_baseline, run.all, path_count + 1, err);
done:
    for (size_t i = 0; run.misses && i < run.nmiss; i++)
        dy_free(NULL, run.misses[i].line);
    dy_free(NULL, run.misses);
    dy_free(NULL, run.all);
    dy_buf_free(&regs);
    dy_buf_free(&b);
    return rc;
}
