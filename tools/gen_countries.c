/*
 * gen_countries.c - build-time generator: turns countries.json of the npm
 * package world-countries (pinned in tools/deps.sh) into countries.lex in
 * the lexicon format: names, demonyms (with plurals) and capitals.
 * usage: gen_countries countries.json country-codes.tsv out.lex (country
 * codes as CAMEO writes them: data/country-codes.tsv)
 */
#include "country_codes.h"

#include <jansson.h>
#include <stdio.h>
#include <string.h>

static int ok_name(const char *s)
{
    size_t n = strlen(s);
    if (n < 2 || n > 80)
        return 0;
    if (strpbrk(s, "|#:(),"))
        return 0;
    /* two-letter ISO codes ("UA") are not names in text */
    if (n == 2)
        return 0;
    return 1;
}

/* alternative spellings that, in English text, are common words or names
 * far more often than the country: Iceland's "Island" ("Zmiyinyy Island"),
 * the Isle of Man's "Mann", La Reunion's "Reunion" */
static int english_word(const char *s)
{
    static const char *const words[] = {"Island", "Mann", "Reunion"};
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (strcmp(s, words[i]) == 0)
            return 1;
    return 0;
}

static void alt(FILE *o, int *first, const char *s)
{
    if (!s || !ok_name(s) || english_word(s))
        return;
    fprintf(o, "%s%s", *first ? " : " : " | ", s);
    *first = 0;
}

/* is d the demonym of an independent country? */
static int shared_demonym(json_t *root, const char *d)
{
    size_t i;
    json_t *c;
    if (!d)
        return 0;
    json_array_foreach(root, i, c)
    {
        json_t *dem = json_object_get(json_object_get(c, "demonyms"), "eng");
        const char *m = json_string_value(json_object_get(dem, "m"));
        if (json_is_true(json_object_get(c, "independent")) && m &&
            strcmp(m, d) == 0)
            return 1;
    }
    return 0;
}

int main(int argc, char **argv)
{
    if (argc != 4) {
        fprintf(stderr, "usage: gen_countries countries.json "
                        "country-codes.tsv out.lex\n");
        return 2;
    }
    country_codes_load(argv[2]);
    json_error_t je;
    json_t *root = json_load_file(argv[1], 0, &je);
    if (!root || !json_is_array(root)) {
        fprintf(stderr, "gen_countries: %s:%d:%d: %s\n", argv[1], je.line,
                je.column, je.text);
        return 1;
    }
    FILE *o = fopen(argv[3], "w");
    if (!o) {
        perror(argv[3]);
        return 1;
    }
    fprintf(o, "# dyad-lexicon 1\n# Generated from npm world-countries "
               "(ODbL-1.0) by tools/gen_countries.c; do not edit.\n");
    size_t i;
    json_t *c;
    json_array_foreach(root, i, c)
    {
        const char *cca3 = json_string_value(json_object_get(c, "cca3"));
        json_t *ll = json_object_get(c, "latlng");
        if (!cca3 || strlen(cca3) != 3)
            continue;
        cca3 = country_code(cca3);
        double lat = json_number_value(json_array_get(ll, 0));
        double lon = json_number_value(json_array_get(ll, 1));
        json_t *name = json_object_get(c, "name");
        int first = 1;
        fprintf(o, "country %s %.4f %.4f", cca3, lat, lon);
        alt(o, &first, json_string_value(json_object_get(name, "common")));
        const char *off = json_string_value(json_object_get(name, "official"));
        const char *com = json_string_value(json_object_get(name, "common"));
        if (off && com && strcmp(off, com))
            alt(o, &first, off);
        size_t k;
        json_t *a;
        json_array_foreach(json_object_get(c, "altSpellings"), k, a)
        {
            const char *s = json_string_value(a);
            if (s && (!com || strcmp(s, com)) && (!off || strcmp(s, off)))
                alt(o, &first, s);
        }
        if (first)
            fprintf(o, " : %s", cca3);
        fputc('\n', o);
        /* a dependent territory whose demonym is its sovereign's
         * ("American" for the Northern Mariana Islands) gets none */
        json_t *dem = json_object_get(json_object_get(c, "demonyms"), "eng");
        if (!json_is_true(json_object_get(c, "independent")) &&
            shared_demonym(root, json_string_value(json_object_get(dem, "m"))))
            dem = NULL;
        const char *m = json_string_value(json_object_get(dem, "m"));
        const char *f = json_string_value(json_object_get(dem, "f"));
        if (m && ok_name(m)) {
            first = 1;
            fprintf(o, "demonym %s", cca3);
            alt(o, &first, m);
            if (f && strcmp(f, m))
                alt(o, &first, f);
            size_t n = strlen(m);
            if (n && m[n - 1] != 's' && m[n - 1] != 'h' &&
                strcmp(m + (n > 3 ? n - 3 : 0), "ese") != 0 &&
                !strchr(m, ' ')) {
                char pl[128];
                snprintf(pl, sizeof pl, "%ss", m);
                alt(o, &first, pl);
            }
            fputc('\n', o);
        }
        first = 1;
        json_array_foreach(json_object_get(c, "capital"), k, a)
        {
            const char *s = json_string_value(a);
            if (s && ok_name(s)) {
                if (first)
                    fprintf(o, "capital %s", cca3);
                alt(o, &first, s);
            }
        }
        if (!first)
            fputc('\n', o);
    }
    json_decref(root);
    if (fclose(o) != 0) {
        perror(argv[3]);
        return 1;
    }
    return 0;
}
