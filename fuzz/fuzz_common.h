/* fuzz_common.h - helpers shared by the libFuzzer targets: a small lexicon
 * compiled from buffers (or the real image from $DYAD_FUZZ_LEXB), a temp
 * file writer and a sink that discards output. Header-only so that each
 * target is one translation unit. */
#ifndef DYAD_FUZZ_COMMON_H
#define DYAD_FUZZ_COMMON_H

#include <dyad.h>

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char fz_cameo[] =
    "# code\tgoldstein\tquad_class\tpenta_class\tplover_type\tplover_mode\t"
    "name\n"
    "01\t0\t1\t0\t-\t-\tMAKE PUBLIC STATEMENT\n"
    "010\t0\t1\t0\t-\t-\tMake statement\n"
    "04\t1\t1\t1\t-\t-\tCONSULT\n"
    "040\t1\t1\t1\tCONSULT\t-\tConsult, not specified below\n"
    "036\t4\t1\t1\tCONSULT\t-\tExpress intent to meet or negotiate\n"
    "11\t-2\t3\t2\t-\t-\tDISAPPROVE\n"
    "111\t-2\t3\t2\tACCUSE\t-\tCriticize or denounce\n"
    "14\t-6.5\t3\t3\t-\t-\tPROTEST\n"
    "141\t-6.5\t3\t3\tPROTEST\tdemonstrate\tDemonstrate or rally\n"
    "19\t-10\t4\t4\t-\t-\tFIGHT\n"
    "190\t-10\t4\t4\tASSAULT\t-\tUse conventional military force\n"
    "195\t-10\t4\t4\tASSAULT\taerial\tEmploy aerial weapons\n";

static const char fz_lex[] =
    "# dyad-lexicon 1\n"
    "country RUS 60 100 : Russia\n"
    "country UKR 49 32 : Ukraine\n"
    "country USA 38 -97 : United States | U.S. | America\n"
    "demonym RUS : Russian | Russians\n"
    "demonym UKR : Ukrainian | Ukrainians\n"
    "capital RUS : Moscow\n"
    "capital UKR : Kyiv\n"
    "agent MIL : troops | forces | army\n"
    "agent GOV : government | minister | officials\n"
    "agent REB : rebels | militants\n"
    "verb 190 : attack | shell | strike\n"
    "verb 195 : bomb | launch + drone strike\n"
    "verb 040 : meet | hold talks with\n"
    "verb 036 : offer + talks\n"
    "verb 111 : accuse | criticize | condemn\n"
    "verb 141 : protest | rally against\n"
    "noun 190 : attack | offensive\n"
    "noun 141 : protest\n"
    "place UKR 49.99 36.23 city : Kharkiv\n"
    "place UKR 48.0 37.8 admin1 : Donetsk\n"
    "count killed : killed | killing | dead\n"
    "count injured : injured | wounded\n"
    "modal negated : not | never\n";

static dyad_lexicon *fz_lx;

/* The lexicon for the coding targets: the image named by DYAD_FUZZ_LEXB,
 * else the small one above (no WordNet, so it needs no files). */
static inline const dyad_lexicon *fz_lexicon(void)
{
    if (fz_lx)
        return fz_lx;
    dyad_error err;
    memset(&err, 0, sizeof err);
    const char *p = getenv("DYAD_FUZZ_LEXB");
    if (p && *p) {
        if (dyad_lexicon_load(&fz_lx, p, NULL, &err) != 0) {
            fprintf(stderr, "fuzz: cannot load %s: %s\n", p, err.message);
            abort();
        }
        return fz_lx;
    }
    const char *names[2] = {"cameo.tsv", "fuzz.lex"};
    const char *texts[2] = {fz_cameo, fz_lex};
    size_t lens[2] = {sizeof fz_cameo - 1, sizeof fz_lex - 1};
    if (dyad_lexicon_compile_buffers(&fz_lx, names, texts, lens, 2, NULL,
                                     NULL, NULL, NULL, &err) != 0) {
        fprintf(stderr, "fuzz: cannot compile the fuzz lexicon: %s:%ld:%ld: %s\n",
                err.file, err.line, err.column, err.message);
        abort();
    }
    return fz_lx;
}

/* Writes data to a per-process temp file with the given suffix; returns
 * the path in buf, or NULL. */
static inline const char *fz_tmpfile(char *buf, size_t cap, const char *suffix,
                              const uint8_t *data, size_t size)
{
    const char *dir = getenv("TMPDIR");
    if (!dir || !*dir)
        dir = "/tmp";
    snprintf(buf, cap, "%s/dyad-fuzz-%ld%s", dir, (long)getpid(), suffix);
    FILE *f = fopen(buf, "wb");
    if (!f)
        return NULL;
    if (size && fwrite(data, 1, size, f) != size) {
        fclose(f);
        remove(buf);
        return NULL;
    }
    if (fclose(f) != 0) {
        remove(buf);
        return NULL;
    }
    return buf;
}

/* Counts bytes and touches every one, so output is really produced. */
static inline int fz_sink(void *ctx, const char *bytes, size_t len)
{
    size_t *n = ctx;
    for (size_t i = 0; i < len; i++)
        *n += (unsigned char)bytes[i] != 0;
    return 0;
}

#endif
