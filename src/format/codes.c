/*
 * codes.c - what the parts of a CAMEO actor code are (the CAMEO 1.1b3
 * actor codebook, as GDELT 2.0 splits it into CountryCode, KnownGroupCode,
 * Religion1/2Code and Type1-3Code): a country only where the first part
 * names one, never a role ("CVL", "REB", "GOV" alone have no country).
 * The GDELT and ACLED writers and the store's merge share it; so do the
 * writers the export crosswalk's lookup (data/crosswalk.tsv).
 */
#include "format/format.h"

#include <string.h>

/* CAMEO's role and sector types ("USAGOV" is GOV of USA), including the
 * international and transnational ones that stand first (IGO, IMG ...) */
static const char types[] =
    "AGR BUS COP CRM CVL DEV EDU ELI ENV GOV HLH HRI INS JUD LAB LEG MED MIL "
    "MOD OPP PTY RAD REB REF REL SEP SET SPY UAF "
    "IGO IMG INT MNC NGM NGO UIS ";
/* the first part of these is international, not a country */
static const char international[] = "IGO IMG INT MNC NGM NGO UIS ";
/* CAMEO religion codes */
static const char religions[] =
    "ADR ALE ATH BAH BUD CHR CON CPT CTH DOX DRZ HIN HSD ITR JAN JEW JHW LDS "
    "MOS MRN NRM PAG PRO SFI SHI SHN SIK SUN TAO UDX ZRO ";
/* dyad's ethnic group codes (data/agents.lex; CAMEO writes ethnic groups
 * in lower case after a role, which dyad's codes cannot hold) */
static const char ethnics[] =
    "AMH ARB ASY BAL BED BER CHC DIN FUL HAU HAZ HUT IGB KIK KUR NUE ORO PAS "
    "ROH TAM TIG TUA TUT UIG YOR YZD ";
/* CAMEO's codes for an unknown actor: no country either */
static const char unknown[] = "UNK XXX ";
/* CAMEO's regions (data/actors.lex: "Arab states" MEA, "Western powers"
 * WST): several states, no one country */
static const char regions[] =
    "AFR ASA BLK CAS CAU CEU CFR CRB EAF EEU EIN EUR LAM MDT MEA NAF NMR "
    "PGS SAF SAM SAS SCN SEA WAF WST ";

/* 1 when the three letters at p are one of the space-separated set */
static int in_set(const char *set, const char *p)
{
    for (const char *s = set; s[0]; s += 4)
        if (memcmp(s, p, 3) == 0)
            return 1;
    return 0;
}

/* the three letters at p into a part (NUL-terminated) */
static void take(char out[4], const char *p)
{
    memcpy(out, p, 3);
    out[3] = '\0';
}

/* Splits an actor code into its 3-letter parts. The first part is the
 * country unless it is a type, a religion, an international code, a
 * region (its own part) or an unknown marker; later parts are types,
 * religions, or (the first other one) the known group ("PSEREBHMS": PSE,
 * REB, HMS; "IGOUNO": IGO, UNO; "IMGREB": IMG and REB, both types). Parts
 * beyond what GDELT has room for (three types, two religions) are
 * dropped. */
void dy_actor_parts(const char *code, dy_code_parts *out)
{
    memset(out, 0, sizeof *out);
    size_t n = code ? strlen(code) : 0;
    int nt = 0, nr = 0;
    for (size_t at = 0; at + 3 <= n && at < 3 * 8; at += 3) {
        const char *p = code + at;
        if (in_set(types, p)) {
            if (nt < 3)
                take(out->type[nt++], p);
        } else if (in_set(religions, p)) {
            if (nr < 2)
                take(out->religion[nr++], p);
        } else if (in_set(ethnics, p)) {
            if (!out->ethnic[0])
                take(out->ethnic, p);
        } else if (at == 0 && in_set(regions, p)) {
            take(out->region, p);
        } else if (at == 0 && !in_set(unknown, p)) {
            take(out->country, p);
        } else if (at > 0 && !out->group[0]) {
            take(out->group, p);
        }
    }
    out->international = n >= 3 && in_set(international, code);
}

/* the country part of an actor code, "" when it has none */
const char *dy_actor_country(const char *code, char buf[4])
{
    dy_code_parts cp;
    dy_actor_parts(code, &cp);
    memcpy(buf, cp.country, 4);
    return buf;
}

/* the crosswalk is in the CAMEO table's order, which is the codes'
 * byte order: a binary search */
const dy_crosswalk_row *dy_crosswalk_find(const char *cameo)
{
    size_t lo = 0, hi = dy_crosswalk_count;
    while (cameo && lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(dy_crosswalk[mid].cameo, cameo);
        if (c == 0)
            return &dy_crosswalk[mid];
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}
