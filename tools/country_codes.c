/*
 * country_codes.c - the FROM<TAB>TO table of data/country-codes.tsv for
 * the generators (gen_countries, gen_gazetteer).
 */
#include "country_codes.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_CODES 64

static char from_v[MAX_CODES][4], to_v[MAX_CODES][4];
static int ncodes;

static int is_code(const char *s, size_t n)
{
    if (n != 3)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (s[i] < 'A' || s[i] > 'Z')
            return 0;
    return 1;
}

static void bad(const char *path, int line, const char *why)
{
    fprintf(stderr, "%s:%d: %s\n", path, line, why);
    exit(1);
}

void country_codes_load(const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        perror(path);
        exit(1);
    }
    char buf[256];
    int line = 0;
    while (fgets(buf, sizeof buf, f)) {
        line++;
        buf[strcspn(buf, "\r\n")] = '\0';
        if (buf[0] == '#' || buf[0] == '\0')
            continue;
        char *tab = strchr(buf, '\t');
        if (!tab || !is_code(buf, (size_t)(tab - buf)) ||
            !is_code(tab + 1, strlen(tab + 1)))
            bad(path, line, "expected FROM<TAB>TO, two three-letter codes");
        if (ncodes == MAX_CODES)
            bad(path, line, "more than 64 codes");
        memcpy(from_v[ncodes], buf, 3);
        memcpy(to_v[ncodes], tab + 1, 3);
        ncodes++;
    }
    fclose(f);
}

const char *country_code(const char *cca3)
{
    for (int i = 0; i < ncodes; i++)
        if (strcmp(from_v[i], cca3) == 0)
            return to_v[i];
    return cca3;
}
