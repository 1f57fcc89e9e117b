/*
 * country_codes.h - the build-time generators' table of country codes
 * where CAMEO differs from world-countries (data/country-codes.tsv).
 */
#ifndef DYAD_TOOLS_COUNTRY_CODES_H
#define DYAD_TOOLS_COUNTRY_CODES_H

/* Loads the FROM<TAB>TO table at path; exits with file:line on a bad
 * line. */
void country_codes_load(const char *path);

/* The code to write for a world-countries alpha-3 code. */
const char *country_code(const char *cca3);

#endif
