/*
 * compile.c - parses lexicon sources (docs/lexicon.md), the CAMEO table and
 * WordNet's index/exception files, and lays them out as one flat image:
 * string pool, word table with its hash, phrases, phrase words, phrase
 * index and CAMEO table. The image is the in-memory form too, so loading
 * a saved image is an mmap plus bounds checks (image.c).
 */
#include "closed.h"
#include "image.h"
#include "lexicon.h"
#include "text/text.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_PHRASE_WORDS 16
#define MAX_WORD_BYTES 255
#define MAX_LINE_BYTES 4096

typedef struct cb {
    const dy_mem *mem;
    dy_buf strings;
    uint32_t *itab; /* intern table: string offset + 1 */
    uint32_t icap, icount;
    dy_vec words;   /* lx_word */
    uint32_t *wtab; /* word hash: id + 1 */
    uint32_t wcap;
    dy_vec phrases; /* lx_phrase */
    dy_vec pwords;  /* uint32_t */
    dy_vec cameo;   /* lx_cameo */
    dy_vec gplaces; /* lx_gplace */
    dy_vec gpairs;  /* gpair: (name, place slot) */
    dy_vec entries; /* lx_entry: remaps, country properties */
    uint32_t slot_name[LX_SLOT_MAX]; /* string: the class of each slot */
    uint32_t slot_file[LX_SLOT_MAX]; /* string: where it is first used */
    uint32_t slot_line[LX_SLOT_MAX], slot_col[LX_SLOT_MAX];
    uint32_t nslots;
    dyad_diag_fn diag;
    void *ctx;
    dyad_error *err;
    int nerrors;
    int oom;
    const lx_wordnet *wn; /* or NULL: "@noun.person" members add none */
    uint32_t *vocab; /* word ids in string order, for stems (built once) */
    uint32_t nvocab;
    int no_misspellings; /* "option no-misspellings": no names table */
    int verb_words;      /* "option verb-words" (verb_words below) */
    uint32_t options;    /* LX_OPT_* of the other "option" lines, and
                            LX_OPT_NAME_GAPS when a name has a gap */
    char agent_alone[4]; /* "option agent-alone P" */
    char default_source[16]; /* "option default-source CODE" */
    char default_target[16]; /* "option default-target CODE" */
    uint8_t comma[6];        /* "option comma MIN-MAX EMIN-EMAX BMIN-BMAX" */
    char actor_codes[64][16]; /* "option actor-code CODE": a foreign actor
                                 code not in groups of 3 ("ITHTV") */
    uint32_t nactor_codes;
} cb;

static int parse_float(const char *s, size_t n, float *out);

/* ------------------------------------------------------------ strings */

static int grow_itab(cb *b)
{
    uint32_t cap = b->icap ? b->icap * 2 : 1024;
    uint32_t *t = dy_calloc(b->mem, cap, sizeof *t);
    if (!t)
        return DYAD_ENOMEM;
    for (uint32_t i = 0; i < b->icap; i++) {
        uint32_t v = b->itab[i];
        if (!v)
            continue;
        const char *s = b->strings.data + v - 1;
        uint64_t h = dy_hash(s, strlen(s)) & (cap - 1);
        while (t[h])
            h = (h + 1) & (cap - 1);
        t[h] = v;
    }
    dy_free(b->mem, b->itab);
    b->itab = t;
    b->icap = cap;
    return 0;
}

/* Returns the pool offset of s[0..n), adding it once; LX_NONE on OOM. */
static uint32_t intern(cb *b, const char *s, size_t n)
{
    if (n == 0)
        return 0;
    if ((b->icount + 1) * 2 > b->icap && grow_itab(b)) {
        b->oom = 1;
        return LX_NONE;
    }
    uint64_t h = dy_hash(s, n) & (b->icap - 1);
    while (b->itab[h]) {
        const char *t = b->strings.data + b->itab[h] - 1;
        if (dy_str_is(t, s, n))
            return b->itab[h] - 1;
        h = (h + 1) & (b->icap - 1);
    }
    if (b->strings.len + n + 1 > 0xF0000000u) {
        b->oom = 1;
        return LX_NONE;
    }
    uint32_t off = (uint32_t)b->strings.len;
    if (dy_buf_put(&b->strings, s, n) || dy_buf_putc(&b->strings, '\0')) {
        b->oom = 1;
        return LX_NONE;
    }
    b->itab[h] = off + 1;
    b->icount++;
    return off;
}

/* -------------------------------------------------------------- words */

static int grow_wtab(cb *b)
{
    uint32_t cap = b->wcap ? b->wcap * 2 : 4096;
    uint32_t *t = dy_calloc(b->mem, cap, sizeof *t);
    if (!t)
        return DYAD_ENOMEM;
    for (uint32_t i = 0; i < b->wcap; i++) {
        uint32_t v = b->wtab[i];
        if (!v)
            continue;
        const lx_word *w = dy_vec_at(&b->words, v - 1);
        uint32_t h = w->hash & (cap - 1);
        while (t[h])
            h = (h + 1) & (cap - 1);
        t[h] = v;
    }
    dy_free(b->mem, b->wtab);
    b->wtab = t;
    b->wcap = cap;
    return 0;
}

/* Word id of s[0..n), created when missing; LX_NONE on OOM. */
static uint32_t word_get(cb *b, const char *s, size_t n)
{
    if ((b->words.count + 1) * 2 > b->wcap && grow_wtab(b)) {
        b->oom = 1;
        return LX_NONE;
    }
    uint64_t full = dy_hash(s, n);
    uint64_t h = full & (b->wcap - 1);
    while (b->wtab[h]) {
        const lx_word *w = dy_vec_at(&b->words, b->wtab[h] - 1);
        const char *t = b->strings.data + w->str;
        if (dy_str_is(t, s, n))
            return b->wtab[h] - 1;
        h = (h + 1) & (b->wcap - 1);
    }
    uint32_t off = intern(b, s, n);
    if (off == LX_NONE)
        return LX_NONE;
    lx_word *w = dy_vec_push(&b->words);
    if (!w) {
        b->oom = 1;
        return LX_NONE;
    }
    w->str = off;
    w->vlem = w->nlem = w->act_of = LX_NONE;
    w->hash = (uint32_t)full;
    /* intern() grows only the strings, so slot h is still the free one */
    b->wtab[h] = (uint32_t)b->words.count;
    return (uint32_t)b->words.count - 1;
}

static lx_word *word_at(cb *b, uint32_t id)
{
    return dy_vec_at(&b->words, id);
}

/* -------------------------------------------------------- diagnostics */

#if defined(__GNUC__)
__attribute__((format(printf, 5, 6)))
#endif
static void diag(cb *b, const char *file, long line, long col,
                 const char *fmt, ...)
{
    dyad_error e;
    memset(&e, 0, sizeof e);
    char msg[200];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    dy_error_set(&e, DYAD_EDICT, file, line, col, -1, "%s", msg);
    if (b->nerrors == 0 && b->err)
        *b->err = e;
    b->nerrors++;
    if (b->diag)
        b->diag(&e, b->ctx);
}

/* ------------------------------------------------------------ WordNet */

static void load_index(cb *b, const char *t, size_t n, uint32_t bit)
{
    size_t i = 0;
    while (i < n) {
        size_t e = i;
        while (e < n && t[e] != '\n')
            e++;
        if (e > i && t[i] != ' ') {
            size_t w = i;
            while (w < e && t[w] != ' ')
                w++;
            if (w - i <= MAX_WORD_BYTES && !memchr(t + i, '_', w - i)) {
                uint32_t id = word_get(b, t + i, w - i);
                if (id != LX_NONE)
                    word_at(b, id)->pos |= bit;
            }
        }
        i = e + 1;
    }
}

/* a noun that names a verb's act (derive.c): the first link wins */
static void add_act(void *ctx, const char *noun, size_t nlen,
                    const char *verb, size_t vlen)
{
    cb *b = ctx;
    char nl[MAX_WORD_BYTES + 1], vl[MAX_WORD_BYTES + 1];
    if (nlen > MAX_WORD_BYTES || vlen > MAX_WORD_BYTES)
        return;
    for (size_t i = 0; i < nlen; i++)
        nl[i] = (char)tolower((unsigned char)noun[i]);
    for (size_t i = 0; i < vlen; i++)
        vl[i] = (char)tolower((unsigned char)verb[i]);
    uint32_t n = word_get(b, nl, nlen), v = word_get(b, vl, vlen);
    if (n != LX_NONE && v != LX_NONE && word_at(b, n)->act_of == LX_NONE)
        word_at(b, n)->act_of = v;
}

static void load_exc(cb *b, const char *t, size_t n, int verb)
{
    size_t i = 0;
    while (i < n) {
        size_t e = i;
        while (e < n && t[e] != '\n')
            e++;
        size_t a = i;
        while (a < e && t[a] != ' ')
            a++;
        size_t c = a + 1, d = c;
        while (d < e && t[d] != ' ')
            d++;
        if (a > i && d > c && a - i <= MAX_WORD_BYTES &&
            d - c <= MAX_WORD_BYTES && !memchr(t + i, '_', a - i) &&
            !memchr(t + c, '_', d - c)) {
            uint32_t base = word_get(b, t + c, d - c);
            uint32_t infl = word_get(b, t + i, a - i);
            if (base != LX_NONE && infl != LX_NONE) {
                lx_word *w = word_at(b, infl);
                if (verb && w->vlem == LX_NONE)
                    w->vlem = base;
                else if (!verb && w->nlem == LX_NONE)
                    w->nlem = base;
            }
        }
        i = e + 1;
    }
}

/* ----------------------------------------------------------- gazetteer */

typedef struct gpair {
    uint32_t name; /* string offset of the lower-case name */
    uint32_t slot; /* place id, | LX_GALT for alternate names */
} gpair;

static int add_gname(cb *b, const char *s, size_t n, uint32_t slot)
{
    char low[256];
    if (n == 0 || n > 120)
        return 0;
    size_t ll = dy_text_lower(s, n, low, sizeof low);
    uint32_t off = intern(b, low, ll);
    if (off == LX_NONE)
        return DYAD_ENOMEM;
    gpair *g = dy_vec_push(&b->gpairs);
    if (!g)
        return DYAD_ENOMEM;
    g->name = off;
    g->slot = slot;
    return 0;
}

/* The `countries skeleton` of the lexicon: those whose place names reach
 * English text romanised in more than one system (from Cyrillic:
 * Ukrainian, Russian, older ones), as one string "UKR RUS ..." in out. */
static void skeleton_countries(const cb *b, char *out, size_t cap)
{
    size_t n = 0;
    out[0] = '\0';
    for (size_t i = 0; i < b->entries.count && n + 5 < cap; i++) {
        const lx_entry *e = dy_vec_at(&b->entries, i);
        if (e->kind != LX_COUNTRIES ||
            strcmp(b->strings.data + e->name, "skeleton") != 0)
            continue;
        memcpy(out + n, b->strings.data + e->key, 3);
        out[n + 3] = ' ';
        n += 4;
        out[n] = '\0';
    }
}

/* is the 3-letter cc in a list made by skeleton_countries? */
static int in_list(const char *list, const char *cc)
{
    for (const char *p = list; p[0]; p += 4)
        if (memcmp(p, cc, 3) == 0)
            return 1;
    return 0;
}

/* The name's consonant skeleton (dy_skeleton) as a gazetteer key "~skel",
 * for names no exact spelling finds; the lookup (actors.c) takes it only
 * within a region the text names. Skeletons under 3 letters match too
 * much and are not kept. */
static int add_gskel(cb *b, const char *s, size_t n, uint32_t id)
{
    char sk[128];
    sk[0] = '~';
    size_t k = dy_skeleton(s, n, sk + 1, sizeof sk - 1);
    if (k < 3)
        return 0;
    return add_gname(b, sk, k + 1, id | LX_GALT);
}

static uint16_t feature_rank(const char *f, size_t n)
{
    if (n == 4 && memcmp(f, "PPLC", 4) == 0)
        return 5;
    if (n == 4 && memcmp(f, "PPLA", 4) == 0)
        return 4;
    if (n == 5 && memcmp(f, "PPLA2", 5) == 0)
        return 3;
    if (n == 5 && (memcmp(f, "PPLA3", 5) == 0 || memcmp(f, "PPLA4", 5) == 0))
        return 2;
    if (n >= 3 && memcmp(f, "PPL", 3) == 0)
        return 1;
    return 0;
}

/* the '|'-separated names of field f (n bytes) as names of place id
 * (| LX_GALT for alternates); 0, or DYAD_ENOMEM */
static int add_gnames(cb *b, const char *f, size_t n, uint32_t id, int skel)
{
    size_t a = 0;
    for (size_t k = 0; k <= n; k++) {
        if (k == n || f[k] == '|') {
            if (k > a && (add_gname(b, f + a, k - a, id) ||
                          (skel && add_gskel(b, f + a, k - a, id & ~LX_GALT))))
                return DYAD_ENOMEM;
            a = k + 1;
        }
    }
    return 0;
}

/* gazetteer.tsv: id ISO3 admin1 fcode lat lon population name alt|alt
 * [english|english]: English names rank as the primary name does */
static void load_gazetteer(cb *b, const char *name, const char *t, size_t n)
{
    size_t i = 0;
    long line = 0;
    char skel_cc[4 * 256 + 1];
    skeleton_countries(b, skel_cc, sizeof skel_cc);
    while (i < n && !b->oom) {
        size_t e = i;
        while (e < n && t[e] != '\n')
            e++;
        line++;
        const char *f[10];
        size_t fl[10];
        int nf = 0;
        size_t s = i;
        for (size_t k = i; k <= e && nf < 10; k++) {
            if (k == e || t[k] == '\t') {
                f[nf] = t + s;
                fl[nf] = k - s;
                nf++;
                s = k + 1;
            }
        }
        i = e + 1;
        if (nf == 0 || (nf == 1 && fl[0] == 0))
            continue;
        float lat, lon;
        if (nf < 9 || fl[1] != 3 || !parse_float(f[4], fl[4], &lat) ||
            !parse_float(f[5], fl[5], &lon) || lat < -90 || lat > 90 ||
            lon < -180 || lon > 180) {
            diag(b, name, line, 1, "bad gazetteer record (expected 9 "
                                   "tab-separated fields)%s", "");
            if (b->nerrors > 20)
                return;
            continue;
        }
        lx_gplace *g = dy_vec_push(&b->gplaces);
        if (!g) {
            b->oom = 1;
            return;
        }
        uint32_t id = (uint32_t)(b->gplaces.count - 1);
        g->name = intern(b, f[7], fl[7]);
        g->admin1 = fl[2] ? intern(b, f[2], fl[2]) : 0;
        memcpy(g->cc, f[1], 3);
        g->cc[3] = '\0';
        g->lat = lat;
        g->lon = lon;
        g->pop = (uint32_t)strtoul(f[6], NULL, 10);
        g->geonameid = (uint32_t)strtoul(f[0], NULL, 10);
        g->frank = feature_rank(f[3], fl[3]);
        g->region = fl[3] == 4 && memcmp(f[3], "ADM1", 4) == 0;
        int skel = in_list(skel_cc, g->cc);
        if (g->name == LX_NONE || g->admin1 == LX_NONE ||
            add_gname(b, f[7], fl[7], id) ||
            (skel && add_gskel(b, f[7], fl[7], id))) {
            b->oom = 1;
            return;
        }
        if (add_gnames(b, f[8], fl[8], id | LX_GALT, skel) ||
            (nf == 10 && add_gnames(b, f[9], fl[9], id, skel))) {
            b->oom = 1;
            return;
        }
    }
}

static int cmp_gpair(const void *x, const void *y)
{
    const gpair *a = x, *b = y;
    if (a->name != b->name)
        return a->name < b->name ? -1 : 1;
    return a->slot < b->slot ? -1 : a->slot > b->slot;
}

/* groups the (name, place) pairs into names, lists and a hash */
static int build_gnames(cb *b, dy_vec *names, uint32_t **hash, uint32_t *cap,
                        dy_vec *list)
{
    gpair *p = b->gpairs.data;
    size_t n = b->gpairs.count;
    *hash = NULL;
    *cap = 0;
    if (n == 0)
        return 0;
    qsort(p, n, sizeof *p, cmp_gpair);
    for (size_t i = 0; i < n;) {
        size_t j = i;
        lx_gname *g = dy_vec_push(names);
        if (!g)
            return DYAD_ENOMEM;
        g->str = p[i].name;
        g->first = (uint32_t)list->count;
        uint32_t last = LX_NONE;
        for (; j < n && p[j].name == p[i].name; j++) {
            uint32_t place = p[j].slot & ~LX_GALT;
            if (place == (last & ~LX_GALT) && last != LX_NONE)
                continue; /* the same place again (alt = primary) */
            uint32_t *slot = dy_vec_push(list);
            if (!slot)
                return DYAD_ENOMEM;
            *slot = p[j].slot;
            last = p[j].slot;
        }
        g->count = (uint32_t)list->count - g->first;
        const char *str = b->strings.data + g->str;
        g->hash = (uint32_t)dy_hash(str, strlen(str));
        i = j;
    }
    uint32_t c = 1024;
    while (c <= names->count * 2)
        c *= 2;
    uint32_t *h = dy_calloc(b->mem, c, sizeof *h);
    if (!h)
        return DYAD_ENOMEM;
    for (size_t i = 0; i < names->count; i++) {
        const lx_gname *g = dy_vec_at(names, i);
        uint32_t k = g->hash & (c - 1);
        while (h[k])
            k = (k + 1) & (c - 1);
        h[k] = (uint32_t)i + 1;
    }
    *hash = h;
    *cap = c;
    return 0;
}

/* --------------------------------------------------------- CAMEO table */


/* a code's root, its first two digits as a number ("0231": 2, "190": 19),
 * as dy_cand_root read it from the string before it was kept here: a
 * missing second character reads as the string's end */
static int32_t cameo_root(const char *s, size_t n)
{
    int d0 = n > 0 ? s[0] : 0, d1 = n > 1 ? s[1] : 0;
    return (d0 - '0') * 10 + (d1 - '0');
}

static void load_cameo(cb *b, const char *name, const char *t, size_t n)
{
    size_t i = 0;
    long line = 0;
    while (i < n) {
        size_t e = i;
        while (e < n && t[e] != '\n')
            e++;
        line++;
        if (e > i && t[i] != '#') {
            const char *f[7];
            size_t fl[7];
            int nf = 0;
            size_t s = i;
            for (size_t k = i; k <= e && nf < 7; k++) {
                if (k == e || t[k] == '\t') {
                    f[nf] = t + s;
                    fl[nf] = k - s;
                    nf++;
                    s = k + 1;
                }
            }
            if (nf < 7) {
                diag(b, name, line, 1, "expected 7 tab-separated fields%s",
                     "");
            } else {
                char num[32];
                lx_cameo *c = dy_vec_push(&b->cameo);
                if (!c) {
                    b->oom = 1;
                    return;
                }
                c->code = intern(b, f[0], fl[0]);
                c->root = cameo_root(f[0], fl[0]);
                snprintf(num, sizeof num, "%.*s", (int)fl[1], f[1]);
                c->goldstein = strtof(num, NULL);
                c->quad = f[2][0] - '0';
                c->penta = f[3][0] - '0';
                c->plover_type =
                    (fl[4] == 1 && f[4][0] == '-') ? 0 : intern(b, f[4], fl[4]);
                c->plover_mode =
                    (fl[5] == 1 && f[5][0] == '-') ? 0 : intern(b, f[5], fl[5]);
                c->name = intern(b, f[6], fl[6]);
                if (c->quad < 1 || c->quad > 4 || c->penta < 0 ||
                    c->penta > 4)
                    diag(b, name, line, 1, "bad QuadClass or penta class%s",
                         "");
            }
        }
        i = e + 1;
    }
}

static uint32_t find_cameo(cb *b, const char *s, size_t n)
{
    for (size_t i = 0; i < b->cameo.count; i++) {
        const lx_cameo *c = dy_vec_at(&b->cameo, i);
        const char *t = b->strings.data + c->code;
        if (dy_str_is(t, s, n))
            return (uint32_t)i;
    }
    return LX_NONE;
}

/* ------------------------------------------------------ lexicon lines */

static const char *const kind_names[LX_COUNTRIES + 1] = {
    NULL,    "country", "demonym", "capital", "actor", "agent",
    "verb",  "noun",    "say",     "modal",   "count", "place",
    "class", "verb",    "remap",   "countries"}; /* LX_BLOCK: "verb null" */

static int is_upper_code(const char *s, size_t n, size_t min, size_t max)
{
    if (n < min || n > max)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= '0' && s[i] <= '9')))
            return 0;
    return 1;
}

/* an actor code: groups of 3 capitals or digits, at most 15 bytes; or
 * the members of a compound actor joined by '+' ("FRO+BIL+SAM": the name
 * stands for each of them, as TABARI's "[FRO/BIL/SAM]"), each such a
 * code, at most 15 bytes in all */
static int is_actor_code(const char *s, size_t n)
{
    if (n > 15)
        return 0;
    size_t i = 0;
    while (i <= n) {
        size_t j = i;
        while (j < n && s[j] != '+')
            j++;
        if (!is_upper_code(s + i, j - i, 3, 15) || (j - i) % 3 != 0)
            return 0;
        i = j + 1;
    }
    return 1;
}

/* a foreign actor code an "option actor-code" line declared before? */
static int declared_code(const cb *b, const char *s, size_t n)
{
    for (uint32_t i = 0; i < b->nactor_codes; i++)
        if (dy_str_is(b->actor_codes[i], s, n))
            return 1;
    return 0;
}

/* an agent code: groups of 3 capitals or digits, at most 12 bytes
 * ("GOV", TABARI's "GOVPRS"), and a '~' after them for an agent TABARI
 * writes before the country ("NGM~": option agent-groups) */
static int is_agent_code(const char *s, size_t n)
{
    if (n > 3 && s[n - 1] == '~')
        n--;
    return n % 3 == 0 && is_upper_code(s, n, 3, 12);
}

static int parse_float(const char *s, size_t n, float *out)
{
    char buf[40];
    if (n == 0 || n >= sizeof buf)
        return 0;
    memcpy(buf, s, n);
    buf[n] = '\0';
    char *end;
    double d = strtod(buf, &end);
    if (*end != '\0')
        return 0;
    *out = (float)d;
    return 1;
}

typedef struct header {
    int kind;
    uint32_t code, ptype, cameo, cameo2;
    uint16_t flags; /* LX_PF_* */
    int32_t from, to;
    float lat, lon;
    int ok;
} header;

static int one_of(const char *s, size_t n, const char *const *set)
{
    for (size_t i = 0; set[i]; i++)
        if (strlen(set[i]) == n && memcmp(set[i], s, n) == 0)
            return 1;
    return 0;
}

/* a name of lower-case letters, digits and hyphens: "place-noun" */
static int is_name(const char *s, size_t n)
{
    if (n == 0 || n > 40)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9') ||
              (s[i] == '-' && i > 0)))
            return 0;
    return 1;
}

/* the space-separated arguments of a line's head, with their columns */
typedef struct args {
    const char *a[6];
    size_t al[6];
    size_t ac[6]; /* 1-based column */
    int n;
} args;

/* splits line[0..n) into args; 0, or -1 after reporting too many */
static int split_args(cb *b, const char *file, long lineno, const char *line,
                      size_t n, args *g)
{
    size_t i = 0;
    g->n = 0;
    while (i < n) {
        while (i < n && (line[i] == ' ' || line[i] == '\t'))
            i++;
        if (i >= n)
            break;
        size_t s = i;
        while (i < n && line[i] != ' ' && line[i] != '\t')
            i++;
        if (g->n == 6) {
            diag(b, file, lineno, (long)s + 1, "too many arguments%s", "");
            return -1;
        }
        g->a[g->n] = line + s;
        g->al[g->n] = i - s;
        g->ac[g->n] = s + 1;
        g->n++;
    }
    return 0;
}

/* an actor line's "FROM..TO" (either end open) into h->from and h->to */
static int parse_range(cb *b, const char *file, long lineno, const args *g,
                       header *h)
{
    const char *r = g->a[2];
    size_t rl = g->al[2];
    const char *dots = NULL;
    for (size_t k = 0; k + 1 < rl; k++)
        if (r[k] == '.' && r[k + 1] == '.')
            dots = r + k;
    char rng[64];
    snprintf(rng, sizeof rng, "%.*s", (int)(rl < 60 ? rl : 60), r);
    if (!dots) {
        diag(b, file, lineno, (long)g->ac[2],
             "bad date range '%s' (expected FROM..TO)", rng);
        return -1;
    }
    size_t fl = (size_t)(dots - r), tl = rl - fl - 2;
    if (fl && dy_date_parse(r, fl, &h->from)) {
        diag(b, file, lineno, (long)g->ac[2],
             "bad date in '%s' (expected YYYY-MM-DD)", rng);
        return -1;
    }
    if (tl && dy_date_parse(dots + 2, tl, &h->to)) {
        diag(b, file, lineno, (long)(g->ac[2] + fl + 2),
             "bad date in '%s' (expected YYYY-MM-DD)", rng);
        return -1;
    }
    if (h->from && h->to && h->from > h->to) {
        diag(b, file, lineno, (long)g->ac[2],
             "date range '%s' ends before it starts", rng);
        return -1;
    }
    return 0;
}

/* the first argument of a kind: a code, a status, a name; 0 or -1 */
static int check_first(cb *b, const char *file, long lineno, const args *g,
                       header *h)
{
    static const char *const says[] = {"asserted", "reported", "confirmed",
                                       "denied", NULL};
    static const char *const modals[] = {"hypothetical", "future", "negated",
                                         "reported", NULL};
    static const char *const counts[] = {"killed", "injured", "missing",
                                         "arrested", "displaced", NULL};
    const char *a = g->a[1];
    size_t al = g->al[1];
    long col = (long)g->ac[1];
    char arg[64];
    snprintf(arg, sizeof arg, "%.*s", (int)(al < 60 ? al : 60), a);
    const char *bad = NULL, *post = "";
    switch (h->kind) {
    case LX_COUNTRY:
    case LX_DEMONYM:
    case LX_CAPITAL:
    case LX_PLACE:
        if (!is_upper_code(a, al, 3, 3))
            bad = "bad country code", post = " (expected 3 capitals)";
        break;
    case LX_ACTOR:
        if (!is_actor_code(a, al) && !declared_code(b, a, al))
            bad = "bad actor code",
            post = " (expected groups of 3 capitals, or such codes joined "
                   "by '+', at most 15 bytes)";
        break;
    case LX_AGENT:
        if (!is_agent_code(a, al))
            bad = "bad agent code",
            post = " (expected groups of 3 capitals, at most 12 bytes, and "
                   "'~' after them for an agent before the country)";
        break;
    case LX_VERB:
    case LX_NOUN:
        /* "verb null : ...", "verb discard : ...": patterns that code
         * nothing (a null one blocks its verb's shorter patterns, a
         * discard drops its sentence's events) */
        if (h->kind == LX_VERB && g->n == 2 &&
            (dy_str_is("null", a, al) || dy_str_is("discard", a, al))) {
            h->kind = LX_BLOCK;
            h->ptype = intern(b, a, al);
            break;
        }
        if ((h->cameo = find_cameo(b, a, al)) == LX_NONE)
            bad = "unknown CAMEO code";
        break;
    case LX_SAY:
        if (!one_of(a, al, says))
            bad = "unknown claim status";
        break;
    case LX_MODAL:
        if (!one_of(a, al, modals))
            bad = "unknown modality";
        break;
    case LX_COUNT:
        if (!one_of(a, al, counts))
            bad = "unknown count kind";
        break;
    case LX_CLASS:
    case LX_COUNTRIES:
        if (!is_name(a, al))
            bad = "bad name",
            post = " (expected lower-case letters, digits and '-')";
        break;
    case LX_REMAP: {
        int known = 0;
        for (int f = 0; f < DY_RM_COUNT; f++)
            known |= dy_str_is(dy_remap_names[f], a, al);
        if (!known)
            bad = "unknown remap family";
        break;
    }
    default:
        break;
    }
    if (bad) {
        diag(b, file, lineno, col, "%s '%s'%s", bad, arg, post);
        return -1;
    }
    return 0;
}

/* a verb line's qualifiers after its code: "verb 072 converse : receive
 * &weapon from +" (the subject is the one acted on, the '+' actor the one
 * acting); "verb 032 paired 033 : arrive in +" (also the event 033 with
 * source and target swapped: TABARI's and PETRARCH's [032:033]); "verb
 * 064 verbal : restore ties" (read at a verb only, not from a noun naming
 * its act: TABARI's and PETRARCH's patterns); 0 or -1 */
static int verb_qualifiers(cb *b, const char *file, long lineno,
                           const args *g, header *h)
{
    for (int k = 2; k < g->n; k++) {
        if (dy_str_is("converse", g->a[k], g->al[k]) && !h->ptype) {
            h->ptype = intern(b, g->a[k], g->al[k]);
        } else if (dy_str_is("verbal", g->a[k], g->al[k])) {
            h->flags |= LX_PF_VERBAL;
        } else if (dy_str_is("paired", g->a[k], g->al[k]) && k + 1 < g->n &&
                   h->cameo2 == LX_NONE) {
            k++;
            h->cameo2 = find_cameo(b, g->a[k], g->al[k]);
            if (h->cameo2 == LX_NONE) {
                char arg[64];
                snprintf(arg, sizeof arg, "%.*s",
                         (int)(g->al[k] < 60 ? g->al[k] : 60), g->a[k]);
                diag(b, file, lineno, (long)g->ac[k],
                     "unknown CAMEO code '%s'", arg);
                return -1;
            }
        } else {
            diag(b, file, lineno, (long)g->ac[k],
                 "unknown verb qualifier (expected converse, paired CODE "
                 "or verbal)%s", "");
            return -1;
        }
    }
    return 0;
}

/* the arguments after the first: an actor's date range, a place's point
 * and type, a count's qualifier; 0 or -1 */
static int check_rest(cb *b, const char *file, long lineno, const args *g,
                      header *h)
{
    static const char *const ptypes[] = {"city", "admin1", "region", "sea",
                                         NULL};
    static const char *const quals[] = {"placeholder", "restated", NULL};
    if (h->kind == LX_ACTOR && g->n == 3)
        return parse_range(b, file, lineno, g, h);
    if (h->kind == LX_COUNTRY || h->kind == LX_PLACE) {
        if (!parse_float(g->a[2], g->al[2], &h->lat) || h->lat < -90 ||
            h->lat > 90) {
            diag(b, file, lineno, (long)g->ac[2], "bad latitude%s", "");
            return -1;
        }
        if (!parse_float(g->a[3], g->al[3], &h->lon) || h->lon < -180 ||
            h->lon > 180) {
            diag(b, file, lineno, (long)g->ac[3], "bad longitude%s", "");
            return -1;
        }
    }
    if (h->kind == LX_PLACE) {
        if (!one_of(g->a[4], g->al[4], ptypes)) {
            diag(b, file, lineno, (long)g->ac[4], "unknown place type%s", "");
            return -1;
        }
        h->ptype = intern(b, g->a[4], g->al[4]);
    }
    if (h->kind == LX_VERB)
        return verb_qualifiers(b, file, lineno, g, h);
    if (h->kind == LX_COUNT && g->n == 3) {
        if (!one_of(g->a[2], g->al[2], quals)) {
            diag(b, file, lineno, (long)g->ac[2],
                 "unknown count qualifier (expected placeholder or "
                 "restated)%s",
                 "");
            return -1;
        }
        h->ptype = intern(b, g->a[2], g->al[2]);
    }
    return 0;
}

/* Parses "KIND ARG ARG" (line[0..n)) into h; reports problems. */
static void parse_header(cb *b, const char *file, long lineno,
                         const char *line, size_t n, header *h)
{
    /* arguments of each kind, at least and at most (with the kind) */
    static const int nargs_min[LX_COUNTRIES + 1] = {0, 4, 2, 2, 2, 2, 2, 2,
                                                    2, 2, 2, 5, 2, 2, 2, 2};
    static const int nargs_max[LX_COUNTRIES + 1] = {0, 4, 2, 2, 3, 2, 6, 2,
                                                    2, 2, 3, 5, 2, 2, 2, 2};
    args g;
    memset(h, 0, sizeof *h);
    h->cameo = h->cameo2 = LX_NONE;
    if (split_args(b, file, lineno, line, n, &g))
        return;
    if (g.n == 0) {
        diag(b, file, lineno, 1, "missing kind before ':'%s", "");
        return;
    }
    for (int k = 1; k <= LX_COUNTRIES; k++)
        if (k != LX_BLOCK && strlen(kind_names[k]) == g.al[0] &&
            memcmp(kind_names[k], g.a[0], g.al[0]) == 0)
            h->kind = k;
    if (!h->kind) {
        char kname[64];
        snprintf(kname, sizeof kname, "%.*s",
                 (int)(g.al[0] < 60 ? g.al[0] : 60), g.a[0]);
        diag(b, file, lineno, 1, "unknown kind '%s'", kname);
        return;
    }
    if (g.n < nargs_min[h->kind] || g.n > nargs_max[h->kind]) {
        diag(b, file, lineno, 1, "wrong number of arguments for '%s'",
             kind_names[h->kind]);
        return;
    }
    if (check_first(b, file, lineno, &g, h) ||
        check_rest(b, file, lineno, &g, h))
        return;
    h->code = intern(b, g.a[1], g.al[1]);
    h->ok = 1;
}

/* is s[0..n) two to four digits that begin some CAMEO code? */
static int cameo_prefix(cb *b, const char *s, size_t n)
{
    if (n < 2 || n > 4)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return 0;
    for (size_t i = 0; i < b->cameo.count; i++) {
        const lx_cameo *c = dy_vec_at(&b->cameo, i);
        if (strncmp(b->strings.data + c->code, s, n) == 0)
            return 1;
    }
    return 0;
}

/* "04 036" of a remap line, "UKR" of a countries line: codes, not words,
 * kept in the table entries */
static void add_entry(cb *b, const header *h, const char *file, long lineno,
                      long col, const char *p, size_t n)
{
    const char *w[3];
    size_t wl[3];
    int nw = 0;
    for (size_t i = 0; i < n;) {
        while (i < n && (p[i] == ' ' || p[i] == '\t' || p[i] == '\r'))
            i++;
        if (i >= n)
            break;
        size_t s = i;
        while (i < n && p[i] != ' ' && p[i] != '\t' && p[i] != '\r')
            i++;
        if (nw == 3)
            break;
        w[nw] = p + s;
        wl[nw++] = i - s;
    }
    uint32_t cameo = LX_NONE;
    if (h->kind == LX_REMAP) {
        int key_ok = nw == 2 && (dy_str_is("*", w[0], wl[0]) ||
                                 cameo_prefix(b, w[0], wl[0]));
        if (!key_ok || (cameo = find_cameo(b, w[1], wl[1])) == LX_NONE) {
            diag(b, file, lineno, col,
                 "expected a CAMEO code prefix (or '*') and a CAMEO code%s",
                 "");
            return;
        }
    } else if (nw != 1 || !is_upper_code(w[0], wl[0], 3, 3)) {
        diag(b, file, lineno, col, "expected a country code (3 capitals)%s",
             "");
        return;
    }
    lx_entry *e = dy_vec_push(&b->entries);
    if (!e) {
        b->oom = 1;
        return;
    }
    const char *base = strrchr(file, '/');
    base = base ? base + 1 : file;
    e->kind = (uint32_t)h->kind;
    e->name = h->code;
    e->key = intern(b, w[0], wl[0]);
    e->cameo = cameo;
    e->file = intern(b, base, strlen(base));
    e->line = (uint32_t)lineno;
}

/* "&person" in a pattern (t is '&', nt the class name, i its index in
 * the phrase): the slot's pword (LX_SLOT_BASE + index), or LX_NONE after
 * a diagnostic. Slots are typed by a class of the lexicon, allowed after
 * the key word of verb and noun patterns, at most LX_SLOT_MAX names. */
static uint32_t typed_slot(cb *b, const header *h, const char *file,
                           long lineno, long col, const char *p,
                           const dy_tok *t, const dy_tok *nt, size_t i)
{
    long at = col + (long)t->start;
    (void)h;
    if (i == 0 || nt->type != TT_WORD) {
        diag(b, file, lineno, at,
             "'&class' is a typed slot after the first word of a verb or "
             "noun pattern%s",
             "");
        return LX_NONE;
    }
    char low[MAX_WORD_BYTES * 2 + 8];
    size_t ll = dy_text_lower(p + nt->start, nt->len, low, sizeof low);
    uint32_t name = intern(b, low, ll);
    if (name == LX_NONE)
        return LX_NONE;
    for (uint32_t k = 0; k < b->nslots; k++)
        if (b->slot_name[k] == name)
            return LX_SLOT_BASE + k;
    if (b->nslots == LX_SLOT_MAX) {
        diag(b, file, lineno, at, "more than %d slot classes", LX_SLOT_MAX);
        return LX_NONE;
    }
    const char *base = strrchr(file, '/');
    base = base ? base + 1 : file;
    uint32_t k = b->nslots++;
    b->slot_name[k] = name;
    b->slot_file[k] = intern(b, base, strlen(base));
    b->slot_line[k] = (uint32_t)lineno;
    b->slot_col[k] = (uint32_t)at;
    return LX_SLOT_BASE + k;
}

/* is token t of p the "..." that ends a verb pattern's words before
 * its verb? */
static int is_dots(const char *p, const dy_tok *t)
{
    return t->len == 3 && memcmp(p + t->start, "...", 3) == 0;
}

/* is token i of p the "..." of a far target: "welcome ... +" (the last
 * two tokens, after the verb) */
static int far_target(const char *p, const dy_vec *toks, size_t i)
{
    if (toks->count < 3 || i + 2 != toks->count ||
        !is_dots(p, dy_vec_at(toks, i)))
        return 0;
    const dy_tok *nt = dy_vec_at(toks, i + 1);
    return nt->len == 1 && p[nt->start] == '+';
}

/* The index of the "..." of a verb pattern ("said ... hold talks"), or
 * SIZE_MAX when it has none (or is no verb pattern); SIZE_MAX - 1 after
 * a diagnostic: at most one, with words on both sides. */
static size_t verb_dots(cb *b, const header *h, const char *file,
                        long lineno, long col, const char *p,
                        const dy_vec *toks)
{
    size_t dots = SIZE_MAX;
    if (h->kind != LX_VERB && h->kind != LX_BLOCK)
        return dots;
    for (size_t i = 0; i < toks->count; i++) {
        const dy_tok *t = dy_vec_at(toks, i);
        if (!is_dots(p, t) || far_target(p, toks, i))
            continue;
        if (dots != SIZE_MAX || i == 0 || i + 1 == toks->count) {
            diag(b, file, lineno, col + (long)t->start,
                 "'...' stands once between the words before the verb "
                 "and the verb%s",
                 "");
            return SIZE_MAX - 1;
        }
        dots = i;
    }
    return dots;
}

/* the class names of typed slots among the tokens before "..." (each
 * '&' and its name are one pattern word) */
static size_t slot_names_before(const char *p, const dy_vec *toks,
                                size_t dots)
{
    size_t k = 0;
    for (size_t i = 0; i + 1 < dots; i++) {
        const dy_tok *t = dy_vec_at(toks, i);
        const dy_tok *nt = dy_vec_at(toks, i + 1);
        if (t->len == 1 && p[t->start] == '&' && nt->start == t->start + 1) {
            k++;
            i++;
        }
    }
    return k;
}

/* the tokens of p that are a lone '_' */
static size_t underscores(const char *p, const dy_vec *toks)
{
    size_t k = 0;
    for (size_t i = 0; i < toks->count; i++) {
        const dy_tok *t = dy_vec_at(toks, i);
        k += t->len == 1 && p[t->start] == '_';
    }
    return k;
}

/* the tokens of a name that are a gap "..." ("prince ... dol amroth") */
static size_t name_gaps(const char *p, const dy_vec *toks)
{
    size_t k = 0;
    for (size_t i = 0; i < toks->count; i++)
        k += is_dots(p, dy_vec_at(toks, i));
    return k;
}

/* may the '_' at token i of a verb pattern (words before the verb up to
 * `dots`, 0: none) join the word written before it, the at-th pattern
 * word, to the next? Both must be words on the same side of the verb
 * (the verb itself may be the first), not '+', '%', '...' or another
 * '_'; the last word before the verb may be joined to the verb across
 * its "..." ("recently _ ... allow": right before it) */
static int joinable(const cb *b, const char *p, const dy_vec *toks,
                    size_t i, size_t dots, size_t at, uint32_t first)
{
    if (at == 0 || at >= 32 || i + 1 >= toks->count || (dots && i == 0))
        return 0;
    const uint32_t prev = ((const uint32_t *)b->pwords.data)[first + at - 1];
    const dy_tok *nt = dy_vec_at(toks, i + 1);
    char ch = p[nt->start];
    return prev != LX_PLUS && prev != LX_COMPOUND && prev != LX_SKIP &&
           !(nt->len == 1 &&
             (ch == '+' || ch == '_' || ch == '%' || ch == '^')) &&
           (!is_dots(p, nt) || (dots && i + 1 == dots));
}

/* an alternative between '|' without its blanks; col follows its start */
static void trim_phrase(const char **p, size_t *n, long *col)
{
    while (*n && ((*p)[*n - 1] == ' ' || (*p)[*n - 1] == '\t' ||
                  (*p)[*n - 1] == '\r'))
        (*n)--;
    while (*n && (**p == ' ' || **p == '\t')) {
        (*p)++;
        (*n)--;
        (*col)++;
    }
}

static void add_phrase_one(cb *b, const header *h, const char *file,
                           long lineno, long col, const char *p, size_t n,
                           uint32_t order)
{
    dy_vec toks;
    dy_vec_init(&toks, sizeof(dy_tok), b->mem);
    trim_phrase(&p, &n, &col);
    if (n == 0) {
        diag(b, file, lineno, col, "empty phrase%s", "");
        return;
    }
    /* (a verb pattern's '_' between two words is no word of its own, nor
     * is a name's gap "...") */
    int verbs = h->kind == LX_VERB || h->kind == LX_BLOCK;
    int names = h->kind == LX_ACTOR || h->kind == LX_AGENT;
    int rc = dy_text_tokenize(p, n, verbs || names ? 2 * MAX_PHRASE_WORDS + 1
                                                   : MAX_PHRASE_WORDS + 1,
                              &toks);
    if (rc == DYAD_ENOMEM) {
        b->oom = 1;
        goto done;
    }
    if (rc == DYAD_ELIMIT ||
        toks.count - (verbs   ? underscores(p, &toks)
                      : names ? name_gaps(p, &toks)
                              : 0) >
            MAX_PHRASE_WORDS) {
        diag(b, file, lineno, col, "phrase has more than 16 words%s", "");
        goto done;
    }
    if (toks.count == 0) { /* only characters the tokenizer skips ('\v') */
        diag(b, file, lineno, col, "empty phrase%s", "");
        goto done;
    }
    /* "said ... hold talks": the words before "..." come before the verb;
     * they are stored after the verb's own words (the verb stays the
     * phrase's first word and key) */
    size_t dots = verb_dots(b, h, file, lineno, col, p, &toks);
    if (dots == SIZE_MAX - 1)
        goto done;
    size_t pre = dots == SIZE_MAX ? 0 : dots;
    uint32_t first = (uint32_t)b->pwords.count;
    int far = (h->kind == LX_VERB || h->kind == LX_BLOCK) &&
              far_target(p, &toks, toks.count - 2);
    if (far && pre && dots + 4 > toks.count) {
        diag(b, file, lineno, col, "a far target '... +' follows the "
             "verb%s", "");
        goto done;
    }
    uint32_t joined = 0;
    uint32_t gaps = 0; /* a name's words with a gap "..." before them */
    int compound_target = 0; /* a '%' after the verb */
    size_t pre_joins = 0; /* '_' among the words before the verb */
    for (size_t r = 0; r < toks.count; r++) {
        /* after "...": the verb and its words first, then the words
         * before it */
        size_t i = pre ? (r + pre + 1 < toks.count ? r + pre + 1
                                                  : r + pre + 1 - toks.count)
                       : r;
        if ((pre && i == dots) || (far && i == toks.count - 2))
            continue;
        const dy_tok *t = dy_vec_at(&toks, i);
        size_t at = b->pwords.count - first; /* 0: the verb */
        /* "abandon new_relations": the next word directly follows */
        if (t->len == 1 && p[t->start] == '_' &&
            (h->kind == LX_VERB || h->kind == LX_BLOCK)) {
            if (!joinable(b, p, &toks, i, pre ? dots : 0, at, first)) {
                diag(b, file, lineno, col + (long)t->start,
                     "'_' stands between two words after the verb%s", "");
                b->pwords.count = first;
                goto done;
            }
            joined |= 1u << at;
            pre_joins += pre && i < dots;
            continue;
        }
        /* "prince ... dol amroth": other words may stand before the next
         * (TABARI's blank between the words of an actor) */
        if (names && is_dots(p, t)) {
            if (at == 0 || at >= 32 || i + 1 >= toks.count ||
                is_dots(p, dy_vec_at(&toks, i + 1))) {
                diag(b, file, lineno, col + (long)t->start,
                     "'...' stands between two words of a name%s", "");
                b->pwords.count = first;
                goto done;
            }
            gaps |= 1u << at;
            continue;
        }
        uint32_t *slot = dy_vec_push(&b->pwords);
        if (!slot) {
            b->oom = 1;
            goto done;
        }
        if (t->len == 1 && p[t->start] == '+') {
            if ((h->kind != LX_VERB && h->kind != LX_BLOCK) || at == 0) {
                diag(b, file, lineno, col + (long)t->start,
                     "'+' is allowed only after the verb of a verb "
                     "pattern, or before it after \"...\"%s",
                     "");
                b->pwords.count = first;
                goto done;
            }
            *slot = LX_PLUS;
            continue;
        }
        /* "warn at ^ +": an actor or noun group passed over after the
         * verb (match/patterns.c) */
        if (t->len == 1 && p[t->start] == '^') {
            if ((h->kind != LX_VERB && h->kind != LX_BLOCK) || at == 0 ||
                (pre && i < dots)) {
                diag(b, file, lineno, col + (long)t->start,
                     "'^' (a phrase passed over) stands only after the "
                     "verb of a verb pattern%s",
                     "");
                b->pwords.count = first;
                goto done;
            }
            *slot = LX_SKIP;
            continue;
        }
        /* "% ... hold talks": a compound actor before the verb; "agree
         * with %": after it, the target, which must be a compound */
        if (t->len == 1 && p[t->start] == '%' &&
            (h->kind == LX_VERB || h->kind == LX_BLOCK)) {
            if (at == 0) {
                diag(b, file, lineno, col + (long)t->start,
                     "'%%' (a compound actor) stands before or after the "
                     "verb%s",
                     "");
                b->pwords.count = first;
                goto done;
            }
            int after = !pre || i > dots;
            *slot = after ? LX_PLUS : LX_COMPOUND;
            compound_target |= after;
            continue;
        }
        const dy_tok *nt = i + 1 < toks.count && i + 1 != dots
                               ? dy_vec_at(&toks, i + 1)
                               : NULL;
        /* "&person" (no space) in a pattern; "Jammu & Kashmir" is words */
        if (t->len == 1 && p[t->start] == '&' &&
            (h->kind == LX_VERB || h->kind == LX_BLOCK ||
             h->kind == LX_NOUN) &&
            nt && nt->start == t->start + 1) {
            *slot = typed_slot(b, h, file, lineno, col, p, t, nt, at);
            if (*slot == LX_NONE) {
                b->pwords.count = first;
                goto done;
            }
            r++; /* the class name */
            continue;
        }
        char low[MAX_WORD_BYTES * 2 + 8];
        if (t->len > MAX_WORD_BYTES) {
            diag(b, file, lineno, col + (long)t->start, "word too long%s", "");
            b->pwords.count = first;
            goto done;
        }
        size_t ll = dy_text_lower(p + t->start, t->len, low, sizeof low);
        *slot = word_get(b, low, ll);
        if (*slot == LX_NONE)
            goto done;
    }
    if (h->kind == LX_NOUN &&
        lx_is_slot(((const uint32_t *)b->pwords.data)[b->pwords.count - 1])) {
        diag(b, file, lineno, col, "a noun pattern ends in its head noun, "
             "not a slot%s", "");
        b->pwords.count = first;
        goto done;
    }
    lx_phrase *ph = dy_vec_push(&b->phrases);
    if (!ph) {
        b->oom = 1;
        goto done;
    }
    ph->kind = (uint16_t)h->kind;
    ph->pre = (uint16_t)(pre ? pre - slot_names_before(p, &toks, dots) -
                                   pre_joins
                             : 0);
    ph->nwords = (uint16_t)(b->pwords.count - first - ph->pre);
    ph->cameo2 = h->cameo2;
    ph->flags = (uint16_t)(h->flags | (far ? LX_PF_FAR_TARGET : 0) |
                           (compound_target ? LX_PF_COMPOUND_TARGET : 0) |
                           (gaps ? LX_PF_NAME_GAPS : 0));
    ph->joined = joined | gaps;
    if (gaps)
        b->options |= LX_OPT_NAME_GAPS;
    ph->words = first;
    ph->code = h->code;
    ph->from = h->from;
    ph->to = h->to;
    ph->lat = h->lat;
    ph->lon = h->lon;
    ph->ptype = h->ptype;
    ph->cameo = h->cameo;
    const char *base = strrchr(file, '/');
    base = base ? base + 1 : file;
    ph->file = intern(b, base, strlen(base));
    ph->line = (uint32_t)lineno;
    ph->order = order;
    {
        char text[400];
        int tl = snprintf(text, sizeof text, "%s %s: %.*s",
                          kind_names[h->kind], b->strings.data + h->code,
                          (int)(n < 300 ? n : 300), p);
        ph->text = intern(b, text, (size_t)(tl < (int)sizeof text ? tl : (int)sizeof text - 1));
    }
done:
    dy_vec_free(&toks);
}

/* ------------------------------------------------------------ stems */

#define MAX_STEM_WORDS 16   /* vocabulary words one stem stands for */
#define MAX_STEM_PHRASES 64 /* phrases one stemmed phrase becomes */
#define MAX_STEM_SPLIT 32   /* words of a stemmed phrase we look at */

typedef struct vword {
    const char *s;
    uint32_t id;
} vword;

static int cmp_vword(const void *x, const void *y)
{
    return strcmp(((const vword *)x)->s, ((const vword *)y)->s);
}

/* The vocabulary known when the first stem is met (WordNet, the closed
 * words, the lexicon's words so far), sorted for prefix searches; 0 on
 * success. */
static int build_vocab(cb *b)
{
    size_t n = b->words.count;
    vword *v = dy_calloc(b->mem, n ? n : 1, sizeof *v);
    b->vocab = dy_calloc(b->mem, n ? n : 1, sizeof *b->vocab);
    if (!v || !b->vocab) {
        dy_free(b->mem, v);
        b->oom = 1;
        return -1;
    }
    for (size_t i = 0; i < n; i++) {
        v[i].s = b->strings.data + word_at(b, (uint32_t)i)->str;
        v[i].id = (uint32_t)i;
    }
    qsort(v, n, sizeof *v, cmp_vword);
    for (size_t i = 0; i < n; i++)
        b->vocab[i] = v[i].id;
    b->nvocab = (uint32_t)n;
    dy_free(b->mem, v);
    return 0;
}

/* Up to MAX_STEM_WORDS words of the vocabulary that begin with the stem
 * s[0..n) and are longer, one word each (verb heads: verbs), shortest
 * first, into out; returns how many. */
static size_t stem_words(cb *b, const char *s, size_t n, int verb,
                         uint32_t *out)
{
    if (!b->vocab && build_vocab(b))
        return 0;
    uint32_t self = word_get(b, s, n); /* a function word: itself only */
    if (self == LX_NONE ||
        (word_at(b, self)->pos &
         ~(uint32_t)(POS_N | POS_V | POS_A | POS_R | LX_WORD_STEM)))
        return 0;
    size_t lo = 0, hi = b->nvocab, k = 0;
    while (lo < hi) { /* the first word not below the stem */
        size_t mid = lo + (hi - lo) / 2;
        const char *w = b->strings.data + word_at(b, b->vocab[mid])->str;
        if (strncmp(w, s, n) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (size_t i = lo; i < b->nvocab; i++) {
        const lx_word *w = word_at(b, b->vocab[i]);
        const char *ws = b->strings.data + w->str;
        size_t wl = strlen(ws);
        if (strncmp(ws, s, n) != 0)
            break;
        if (wl == n || strpbrk(ws, " _") || (verb && !(w->pos & POS_V)))
            continue;
        size_t at = k < MAX_STEM_WORDS ? k++ : MAX_STEM_WORDS;
        while (at > 0 &&
               strlen(b->strings.data + word_at(b, out[at - 1])->str) > wl) {
            if (at < MAX_STEM_WORDS)
                out[at] = out[at - 1];
            at--;
        }
        if (at < MAX_STEM_WORDS)
            out[at] = b->vocab[i];
    }
    return k;
}

/* Marks the words written as stems among the nw words ws[] of p[0..n)
 * (a '*' right after a word) with LX_WORD_STEM, for "option prefix-stems"
 * (words/words.c) */
static void mark_stems(cb *b, const char *const *ws, const size_t *wl,
                       size_t nw, const char *p, size_t n)
{
    for (size_t k = 0; k < nw; k++) {
        size_t end = (size_t)(ws[k] - p) + wl[k];
        if (end >= n || p[end] != '*' || wl[k] >= MAX_WORD_BYTES)
            continue;
        char low[MAX_WORD_BYTES * 2 + 8];
        size_t ll = dy_text_lower(ws[k], wl[k], low, sizeof low);
        uint32_t id = ll ? word_get(b, low, ll) : LX_NONE;
        if (id != LX_NONE)
            word_at(b, id)->pos |= LX_WORD_STEM;
    }
}

/* A phrase with stems ("restor* ties": a word ending in '*' stands for
 * itself and the vocabulary's words it begins, TABARI's stems) as the
 * phrases it stands for, each added like a written one. Bounded: a stem
 * stands for at most MAX_STEM_WORDS words, and once MAX_STEM_PHRASES
 * would be passed the remaining stems stand for themselves only. */
static void add_stemmed(cb *b, const header *h, const char *file,
                        long lineno, long col, const char *p, size_t n,
                        uint32_t order)
{
    const char *ws[MAX_STEM_SPLIT];
    size_t wl[MAX_STEM_SPLIT], nalt[MAX_STEM_SPLIT], pick[MAX_STEM_SPLIT];
    uint32_t alt[MAX_STEM_SPLIT][MAX_STEM_WORDS];
    size_t nw = 0, total = 1;
    int verbs = h->kind == LX_VERB || h->kind == LX_BLOCK;
    int dots = 0; /* "said ... restor*": the verb follows the "..." */
    for (size_t i = 0; i + 2 < n; i++)
        dots |= p[i] == '.' && p[i + 1] == '.' && p[i + 2] == '.';
    for (size_t i = 0; i < n;) {
        while (i < n && (p[i] == ' ' || p[i] == '\t'))
            i++;
        size_t s = i;
        while (i < n && p[i] != ' ' && p[i] != '\t')
            i++;
        if (i == s)
            break;
        if (nw == MAX_STEM_SPLIT) { /* over any phrase's bound: say so */
            add_phrase_one(b, h, file, lineno, col, p, n, order);
            return;
        }
        ws[nw] = p + s;
        wl[nw] = i - s;
        nalt[nw] = pick[nw] = 0;
        if (wl[nw] > 1 && p[i - 1] == '*') {
            wl[nw]--;
            char low[MAX_WORD_BYTES * 2 + 8];
            size_t ll = wl[nw] < MAX_WORD_BYTES
                            ? dy_text_lower(ws[nw], wl[nw], low, sizeof low)
                            : 0;
            int verb = verbs && (dots ? nw > 0 && wl[nw - 1] == 3 &&
                                            !memcmp(ws[nw - 1], "...", 3)
                                      : nw == 0);
            size_t k = ll ? stem_words(b, low, ll, verb, alt[nw]) : 0;
            while (k && total * (k + 1) > MAX_STEM_PHRASES)
                k--;
            nalt[nw] = k;
            total *= k + 1;
        }
        nw++;
    }
    mark_stems(b, ws, wl, nw, p, n);
    for (;;) { /* every choice of words, the stems themselves first */
        char text[MAX_LINE_BYTES + 64];
        size_t tl = 0;
        for (size_t k = 0; k < nw; k++) {
            const char *w = ws[k];
            size_t l = wl[k];
            if (pick[k]) {
                w = b->strings.data + word_at(b, alt[k][pick[k] - 1])->str;
                l = strlen(w);
            }
            if (tl + l + 2 > sizeof text)
                break;
            if (tl)
                text[tl++] = ' ';
            memcpy(text + tl, w, l);
            tl += l;
        }
        add_phrase_one(b, h, file, lineno, col, text, tl, order);
        size_t k = nw;
        while (k > 0 && pick[k - 1] == nalt[k - 1])
            pick[--k] = 0;
        if (k == 0 || b->oom)
            return;
        pick[k - 1]++;
    }
}

/* the words of a class member "@noun.person" being added (wordnet_member) */
typedef struct seed {
    cb *b;
    const header *h;
    const char *file;
    long lineno, col;
    uint32_t order;
} seed;

static void add_seeded(void *ctx, const char *w, size_t n)
{
    seed *s = ctx;
    if (!s->b->oom)
        add_phrase_one(s->b, s->h, s->file, s->lineno, s->col, w, n, s->order);
}

/* "class person : prisoner | ... | @noun.person": a member naming one of
 * WordNet's noun lexicographer files adds its nouns (dy_wordnet_lexfile_
 * nouns: single words all of whose senses are in it, no adjective), when
 * the compiler was given WordNet; 1 when p is such a member */
static int wordnet_member(cb *b, const header *h, const char *file,
                          long lineno, long col, const char *p, size_t n,
                          uint32_t order)
{
    static const char *const lexfiles[] = {
        "noun.tops",          "noun.act",      "noun.animal",
        "noun.artifact",      "noun.attribute", "noun.body",
        "noun.cognition",     "noun.communication", "noun.event",
        "noun.feeling",       "noun.food",     "noun.group",
        "noun.location",      "noun.motive",   "noun.object",
        "noun.person",        "noun.phenomenon", "noun.plant",
        "noun.possession",    "noun.process",  "noun.quantity",
        "noun.relation",      "noun.shape",    "noun.state",
        "noun.substance",     "noun.time"};
    trim_phrase(&p, &n, &col);
    if (h->kind != LX_CLASS || n < 2 || p[0] != '@')
        return 0;
    unsigned lexfile = 0;
    for (size_t k = 0; k < sizeof lexfiles / sizeof lexfiles[0]; k++)
        if (dy_str_is(lexfiles[k], p + 1, n - 1))
            lexfile = (unsigned)k + 3; /* noun.Tops is file 03 */
    if (!lexfile) {
        diag(b, file, lineno, col,
             "unknown WordNet file '%.*s' (expected @noun.person or another "
             "noun lexicographer file)",
             (int)(n > 64 ? 64 : n), p);
        return 1;
    }
    const lx_wordnet *wn = b->wn;
    if (!wn || !wn->index[0] || !wn->data[1])
        return 1;
    seed s = {b, h, file, lineno, col, order};
    dy_wordnet_lexfile_nouns(wn->index[0], wn->index_len[0], wn->index[2],
                             wn->index_len[2], wn->data[1], wn->data_len[1],
                             lexfile, add_seeded, &s);
    return 1;
}

static void add_phrase(cb *b, const header *h, const char *file, long lineno,
                       long col, const char *p, size_t n, uint32_t order)
{
    if (wordnet_member(b, h, file, lineno, col, p, n, order))
        return;
    if (h->kind == LX_REMAP || h->kind == LX_COUNTRIES) {
        add_entry(b, h, file, lineno, col, p, n);
        return;
    }
    for (size_t i = 1; i < n; i++)
        if (p[i] == '*' && p[i - 1] != ' ' && (i + 1 == n || p[i + 1] == ' ' ||
                                               p[i + 1] == '\t' ||
                                               p[i + 1] == '\r')) {
            add_stemmed(b, h, file, lineno, col, p, n, order);
            return;
        }
    add_phrase_one(b, h, file, lineno, col, p, n, order);
}

/* "code CODE [LIKE] : NAME": a code outside the CAMEO table that verb and
 * noun lines may then name (an imported KEDS/WEIS code: "223", "075A").
 * It has the facts (Goldstein, QuadClass, penta class, PLOVER) of the
 * table's code LIKE, or none (QuadClass 0, Goldstein 0). A code already
 * in the table keeps its facts. */
static void parse_code(cb *b, const char *file, long lineno,
                       const char *line, size_t len)
{
    const char *colon = memchr(line, ':', len);
    if (!colon) {
        diag(b, file, lineno, (long)len + 1,
             "expected ':' after the kind and its arguments%s", "");
        return;
    }
    args g;
    if (split_args(b, file, lineno, line, (size_t)(colon - line), &g))
        return;
    const char *nm = colon + 1;
    size_t nl = len - (size_t)(nm - line);
    while (nl && (*nm == ' ' || *nm == '\t')) {
        nm++;
        nl--;
    }
    while (nl && (nm[nl - 1] == ' ' || nm[nl - 1] == '\t'))
        nl--;
    int ok = (g.n == 2 || g.n == 3) && g.al[1] >= 2 && g.al[1] <= 7 &&
             isdigit((unsigned char)g.a[1][0]);
    for (size_t i = 0; ok && i < g.al[1]; i++)
        ok = isdigit((unsigned char)g.a[1][i]) ||
             (g.a[1][i] >= 'A' && g.a[1][i] <= 'Z');
    if (!ok || !nl) {
        diag(b, file, lineno, 1, "expected 'code CODE [LIKE] : NAME' (CODE: "
             "2 to 7 digits or capitals, a digit first)%s", "");
        return;
    }
    uint32_t like = g.n == 3 ? find_cameo(b, g.a[2], g.al[2]) : LX_NONE;
    if (g.n == 3 && like == LX_NONE) {
        diag(b, file, lineno, (long)g.ac[2],
             "'%.*s' is not a code of the table", (int)g.al[2], g.a[2]);
        return;
    }
    if (find_cameo(b, g.a[1], g.al[1]) != LX_NONE)
        return;
    lx_cameo *c = dy_vec_push(&b->cameo);
    if (!c) {
        b->oom = 1;
        return;
    }
    if (like != LX_NONE)
        *c = *(const lx_cameo *)dy_vec_at(&b->cameo, like);
    else
        memset(c, 0, sizeof *c);
    c->code = intern(b, g.a[1], g.al[1]);
    c->root = cameo_root(g.a[1], g.al[1]);
    c->name = intern(b, nm, nl);
}

/* "option NAME": a setting of the whole lexicon, whichever file holds it;
 * the importer writes both for an import on its own, since TABARI and
 * PETRARCH2 code so. no-misspellings: no word is read as a misspelt name
 * (the names table the actors stage compares unknown words with stays
 * empty); dyads-only: an event needs a source and a target;
 * compound-modifiers: a member of a coordination of actors may have
 * lower-case modifiers before it ("and the evil Gondor");
 * first-actor-source: a verb's source is the first actor of its subject's
 * noun phrase (events/foreign.c); agent-over-list: an agent before "of"
 * and a list of actors goes with each member (events/foreign.c);
 * form-first: a verb pattern keyed by the token's own form wins over an
 * equal one keyed by its lemma (match/patterns.c); possessor-agent: a
 * subject's possessor with the agent of the subject (events/foreign.c);
 * free-gaps: a verb pattern's words after the verb any distance apart in
 * the clause (match/patterns.c); verb-words: a verb pattern's verb that
 * no dictionary knows is a verb to the tagger (verb_words);
 * underscore-joins: a '_' between two words of the text joins them
 * (text/joins.c); prefix-stems: a word dyad knows in no form reads as the
 * longest stem it begins with (words/words.c); agent-alone
 * P (P is "~" or "---"): an agent code with no country is written after P,
 * as TABARI ("~REB") and PETRARCH2 ("---REB") write it; default-source
 * CODE [prior] and default-target CODE [after]: TABARI's DEFAULT actors
 * for a side not found (emit/emit.c); forward: TABARI's FORWARD, a
 * pronoun subject that opens its sentence is the first actor of the
 * sentence before (events/foreign.c); pronouns: TABARI's pronouns, a
 * subject or object pronoun is an actor of its sentence before it
 * (events/foreign.c); keep-negated: an event read as negated is emitted
 * with status negated, as TABARI has no negation but its patterns'
 * (emit/emit.c); verb-nouns: a noun a verb pattern keys is that verb
 * where TABARI reads it as one (events/foreign.c); comma MIN-MAX
 * EMIN-EMAX BMIN-BMAX (or off): TABARI's COMMA, comma-delimited clauses
 * of those lengths eliminated, the rest read as one clause
 * (events/comma.c); code-all, code-by-sentence: TABARI's "SET: CODE ALL"
 * (every verb codes) and "SET: CODE BY SENTENCE" (only the sentence's
 * first; events/foreign.c); compound-mutual: TABARI's '%' after the verb,
 * the coordination it matched both source and target (events/foreign.c);
 * agent-groups: an agent code of several groups or written before the
 * country ("GOVPRS", "NGM~") composes as TABARI's (actors/groups.c);
 * all-caps: a text in capitals only is read in lower case (text/caps.c);
 * clause-source: TABARI's source of a verb past a subordinator, the first
 * actor of its clause before it (events/foreign.c);
 * actor-code CODE: a foreign actor code not in groups of 3 ("ITHTV",
 * TABARI's) that actor lines after it may use, where dyad's codes are
 * groups of 3 */
/* the options without arguments and the LX_OPT_* bit each sets; 0 for
 * the two the compiler keeps apart (no-misspellings, verb-words) */
static const struct {
    const char *name;
    uint32_t bit;
} lone_options[] = {
    {"no-misspellings", 0},
    {"dyads-only", LX_OPT_DYADS_ONLY},
    {"compound-modifiers", LX_OPT_COMPOUND_MODIFIERS},
    {"first-actor-source", LX_OPT_FIRST_ACTOR_SOURCE},
    {"agent-over-list", LX_OPT_AGENT_OVER_LIST},
    {"form-first", LX_OPT_FORM_FIRST},
    {"possessor-agent", LX_OPT_POSSESSOR_AGENT},
    {"free-gaps", LX_OPT_FREE_GAPS},
    {"verb-words", 0},
    {"underscore-joins", LX_OPT_UNDERSCORE_JOINS},
    {"prefix-stems", LX_OPT_PREFIX_STEMS},
    {"forward", LX_OPT_FORWARD},
    {"pronouns", LX_OPT_PRONOUNS},
    {"keep-negated", LX_OPT_KEEP_NEGATED},
    {"verb-nouns", LX_OPT_VERB_NOUNS},
    {"code-all", LX_OPT_CODE_ALL},
    {"code-by-sentence", LX_OPT_CODE_BY_SENTENCE},
    {"compound-mutual", LX_OPT_COMPOUND_MUTUAL},
    {"agent-groups", LX_OPT_AGENT_GROUPS},
    {"all-caps", LX_OPT_ALL_CAPS},
    {"clause-source", LX_OPT_CLAUSE_SOURCE}};

/* is s[0..n) the name of an option without arguments? Its index in
 * lone_options + 1, else 0 */
static size_t option_named(const char *s, size_t n)
{
    for (size_t i = 0; i < sizeof lone_options / sizeof *lone_options; i++)
        if (dy_str_is(lone_options[i].name, s, n))
            return i + 1;
    return 0;
}

/* "A-B" with A and B numbers from 0 to 255 into to[0], to[1]: 0, else -1 */
static int word_range(const char *s, size_t n, uint8_t *to)
{
    unsigned v[2] = {0, 0};
    size_t i = 0;
    for (int k = 0; k < 2; k++) {
        size_t d = 0;
        while (i < n && d < 4 && s[i] >= '0' && s[i] <= '9') {
            v[k] = v[k] * 10 + (unsigned)(s[i++] - '0');
            d++;
        }
        if (!d || v[k] > 255 || (k == 0 && (i >= n || s[i++] != '-')))
            return -1;
    }
    if (i != n)
        return -1;
    to[0] = (uint8_t)v[0];
    to[1] = (uint8_t)v[1];
    return 0;
}

/* "option comma MIN-MAX EMIN-EMAX BMIN-BMAX" or "option comma off"
 * (TABARI's COMMA): 1 when g is one, and b holds it */
static int comma_option(cb *b, const args *g)
{
    uint8_t v[6];
    if (!dy_str_is("comma", g->a[1], g->al[1]))
        return 0;
    if (g->n == 3 && dy_str_is("off", g->a[2], g->al[2])) {
        const uint8_t none[6] = {255, 0, 255, 0, 255, 0};
        memcpy(v, none, sizeof v);
    } else if (g->n != 5 || word_range(g->a[2], g->al[2], v) ||
               word_range(g->a[3], g->al[3], v + 2) ||
               word_range(g->a[4], g->al[4], v + 4)) {
        return 0;
    }
    memcpy(b->comma, v, sizeof v);
    b->options |= LX_OPT_COMMA;
    return 1;
}

/* "option default-source CODE [prior]", "option default-target CODE
 * [after]" (TABARI's "DEFAULT: SOURCE [CODE] PRIOR TARGET [CODE] AFTER"):
 * 1 when g is one, and b holds it */
static int default_option(cb *b, const args *g)
{
    int src = dy_str_is("default-source", g->a[1], g->al[1]);
    if (!src && !dy_str_is("default-target", g->a[1], g->al[1]))
        return 0;
    if (!is_upper_code(g->a[2], g->al[2], 3, 15) || g->al[2] % 3 != 0)
        return 0;
    const char *flag = src ? "prior" : "after";
    if (g->n == 4 && !dy_str_is(flag, g->a[3], g->al[3]))
        return 0;
    char *to = src ? b->default_source : b->default_target;
    memset(to, 0, 16);
    memcpy(to, g->a[2], g->al[2]); /* at most 15 bytes */
    uint32_t bit = src ? LX_OPT_DEFAULT_PRIOR : LX_OPT_DEFAULT_AFTER;
    b->options = g->n == 4 ? b->options | bit : b->options & ~bit;
    return 1;
}

static void parse_option(cb *b, const char *file, long lineno,
                         const char *line, size_t len)
{
    args g;
    if (split_args(b, file, lineno, line, len, &g))
        return;
    size_t lone = g.n == 2 ? option_named(g.a[1], g.al[1]) : 0;
    if (lone) {
        const char *name = lone_options[lone - 1].name;
        if (strcmp(name, "no-misspellings") == 0)
            b->no_misspellings = 1;
        else if (strcmp(name, "verb-words") == 0)
            b->verb_words = 1;
        else
            b->options |= lone_options[lone - 1].bit;
    } else if (g.n == 3 && dy_str_is("agent-alone", g.a[1], g.al[1]) &&
               (dy_str_is("~", g.a[2], g.al[2]) ||
                dy_str_is("---", g.a[2], g.al[2]))) {
        memset(b->agent_alone, 0, sizeof b->agent_alone);
        memcpy(b->agent_alone, g.a[2], g.al[2]); /* 1 or 3 bytes */
    } else if (g.n == 3 && dy_str_is("actor-code", g.a[1], g.al[1]) &&
               is_upper_code(g.a[2], g.al[2], 2, 15)) {
        if (!declared_code(b, g.a[2], g.al[2]) && b->nactor_codes < 64)
            memcpy(b->actor_codes[b->nactor_codes++], g.a[2], g.al[2]);
    } else if (g.n >= 3 && g.n <= 4 && default_option(b, &g)) {
        /* (set) */
    } else if (g.n >= 3 && comma_option(b, &g)) {
        /* (set) */
    } else if (g.n >= 2 && dy_str_is("comma", g.a[1], g.al[1])) {
        diag(b, file, lineno, 1, "expected 'option comma MIN-MAX EMIN-EMAX "
             "BMIN-BMAX' (numbers of words, 0 to 255) or 'option comma "
             "off'%s", "");
    } else if (g.n >= 2 && (dy_str_is("default-source", g.a[1], g.al[1]) ||
                            dy_str_is("default-target", g.a[1], g.al[1]))) {
        diag(b, file, lineno, 1, "expected 'option default-source CODE "
             "[prior]' or 'option default-target CODE [after]'%s", "");
    } else if (g.n >= 2 && dy_str_is("actor-code", g.a[1], g.al[1])) {
        diag(b, file, lineno, 1, "expected 'option actor-code CODE' (2 to 15 "
             "capitals or digits)%s", "");
    } else if (g.n >= 2 && dy_str_is("agent-alone", g.a[1], g.al[1])) {
        diag(b, file, lineno, 1, "expected 'option agent-alone ~|---'%s", "");
    } else if (g.n >= 2 && option_named(g.a[1], g.al[1])) {
        diag(b, file, lineno, 1, "expected 'option %.*s' alone",
             (int)g.al[1], g.a[1]);
    } else {
        diag(b, file, lineno, 1, "expected 'option no-misspellings', "
             "dyads-only, compound-modifiers, first-actor-source, "
             "agent-over-list, form-first, possessor-agent, free-gaps, "
             "verb-words, underscore-joins, prefix-stems, forward, pronouns, "
             "keep-negated, verb-nouns, code-all, code-by-sentence, "
             "compound-mutual, agent-groups, all-caps, clause-source, "
             "agent-alone ~|---, "
             "actor-code, default-source, default-target or comma%s", "");
    }
}

/* "option verb-words": TABARI and PETRARCH2 read a word of their verbs
 * files as a verb wherever it stands, misspelt test words too ("Estonia
 * has actxd from Libya": ACT's form ACTXD_), where dyad's tagger reads a
 * word no dictionary knows as a noun. The verb of each verb pattern that
 * has no part of speech (not in WordNet, no closed-class word) becomes a
 * verb; words the dictionaries know keep theirs. */
static void verb_words(cb *b)
{
    for (size_t i = 0; i < b->phrases.count; i++) {
        const lx_phrase *p = dy_vec_at(&b->phrases, i);
        if (p->kind != LX_VERB || !p->nwords)
            continue;
        uint32_t id = *(const uint32_t *)dy_vec_at(&b->pwords, p->words);
        if (id >= b->words.count)
            continue; /* '+', '%', '^', a slot */
        lx_word *w = word_at(b, id);
        if (!(w->pos & ~LX_WORD_STEM))
            w->pos |= POS_V;
    }
}

static void parse_source(cb *b, const char *file, const char *t, size_t n)
{
    size_t i = 0;
    long lineno = 0;
    int seen_marker = 0;
    header cur;
    memset(&cur, 0, sizeof cur);
    while (i < n) {
        size_t e = i;
        while (e < n && t[e] != '\n')
            e++;
        lineno++;
        const char *line = t + i;
        size_t len = e - i;
        i = e + 1;
        if (len && line[len - 1] == '\r')
            len--;
        if (len > MAX_LINE_BYTES) {
            diag(b, file, lineno, MAX_LINE_BYTES + 1,
                 "line longer than 4096 bytes%s", "");
            cur.ok = 0;
            continue;
        }
        if (!seen_marker) {
            size_t k = 0;
            while (k < len && (line[k] == ' ' || line[k] == '\t'))
                k++;
            if (k == len)
                continue;
            const char *mk = "# dyad-lexicon 1";
            if (len - k >= strlen(mk) && memcmp(line + k, mk, strlen(mk)) == 0) {
                seen_marker = 1;
                continue;
            }
            diag(b, file, lineno, 1,
                 "missing format line '# dyad-lexicon 1'%s", "");
            return;
        }
        /* strip a comment: '#' at the start or after a blank */
        for (size_t k = 0; k < len; k++)
            if (line[k] == '#' && (k == 0 || line[k - 1] == ' ' ||
                                   line[k - 1] == '\t')) {
                len = k;
                break;
            }
        size_t k = 0;
        while (k < len && (line[k] == ' ' || line[k] == '\t'))
            k++;
        if (k == len)
            continue;
        if (len - k > 5 && !memcmp(line + k, "code", 4) &&
            (line[k + 4] == ' ' || line[k + 4] == '\t')) {
            parse_code(b, file, lineno, line, len);
            memset(&cur, 0, sizeof cur); /* no '|' continues it */
            continue;
        }
        if (len - k > 7 && !memcmp(line + k, "option", 6) &&
            (line[k + 6] == ' ' || line[k + 6] == '\t')) {
            parse_option(b, file, lineno, line, len);
            memset(&cur, 0, sizeof cur);
            continue;
        }
        size_t pstart;
        if (line[k] == '|') {
            if (!cur.ok) {
                if (cur.kind == 0)
                    diag(b, file, lineno, (long)k + 1,
                         "continuation line without an entry%s", "");
                continue;
            }
            pstart = k + 1;
        } else {
            const char *colon = memchr(line, ':', len);
            if (!colon) {
                diag(b, file, lineno, (long)len + 1,
                     "expected ':' after the kind and its arguments%s", "");
                cur.ok = 0;
                cur.kind = -1;
                continue;
            }
            parse_header(b, file, lineno, line, (size_t)(colon - line), &cur);
            if (!cur.ok) {
                cur.kind = -1;
                continue;
            }
            pstart = (size_t)(colon - line) + 1;
        }
        size_t s = pstart;
        for (size_t q = pstart; q <= len; q++) {
            if (q == len || line[q] == '|') {
                add_phrase(b, &cur, file, lineno, (long)s + 1, line + s,
                           q - s, (uint32_t)b->phrases.count);
                s = q + 1;
            }
        }
        if (b->oom)
            return;
    }
    if (!seen_marker)
        diag(b, file, 1, 1, "missing format line '# dyad-lexicon 1'%s", "");
}

/* ------------------------------------------------------------ build */

/* the words of one-word members of the built-in classes and of the
 * classes of pattern slots get their bits; a slot whose class has no
 * one-word member is an error */
static void mark_classes(cb *b)
{
    uint64_t used = 0; /* slots whose class has members */
    for (size_t i = 0; i < b->phrases.count; i++) {
        const lx_phrase *p = dy_vec_at(&b->phrases, i);
        if (p->kind != LX_CLASS || p->nwords != 1)
            continue;
        lx_word *w = word_at(b, ((const uint32_t *)b->pwords.data)[p->words]);
        const char *name = b->strings.data + p->code;
        for (int k = 0; k < DY_CL_COUNT; k++)
            if (strcmp(name, dy_class_names[k]) == 0)
                w->classes[k >> 5] |= 1u << (k & 31);
        for (uint32_t k = 0; k < b->nslots; k++)
            if (b->slot_name[k] == p->code) {
                w->slots[k >> 5] |= 1u << (k & 31);
                used |= 1ull << k;
            }
    }
    for (uint32_t k = 0; k < b->nslots; k++)
        if (!(used >> k & 1u))
            diag(b, b->strings.data + b->slot_file[k], b->slot_line[k],
                 b->slot_col[k], "slot '&%s' names no class with one-word "
                 "members", b->strings.data + b->slot_name[k]);
}

/* A demonym's point is its country's, the first country phrase of its
 * code: a demonym may place an event ("in several Iranian cities",
 * place/mentions.c). A lexicon has a few hundred countries. */
static void demonym_points(cb *b)
{
    dy_vec countries; /* uint32_t: the country phrases */
    dy_vec_init(&countries, sizeof(uint32_t), b->mem);
    for (size_t i = 0; i < b->phrases.count && !b->oom; i++) {
        if (((const lx_phrase *)dy_vec_at(&b->phrases, i))->kind !=
            LX_COUNTRY)
            continue;
        uint32_t *slot = dy_vec_push(&countries);
        if (!slot)
            b->oom = 1;
        else
            *slot = (uint32_t)i;
    }
    for (size_t i = 0; i < b->phrases.count; i++) {
        lx_phrase *d = dy_vec_at(&b->phrases, i);
        if (d->kind != LX_DEMONYM || d->lat != 0 || d->lon != 0)
            continue;
        for (size_t j = 0; j < countries.count; j++) {
            const lx_phrase *p = dy_vec_at(
                &b->phrases, *(const uint32_t *)dy_vec_at(&countries, j));
            if (p->code == d->code) {
                d->lat = p->lat;
                d->lon = p->lon;
                break;
            }
        }
    }
    dy_vec_free(&countries);
}

static int ends_with(const char *s, const char *suf)
{
    size_t n = strlen(s), m = strlen(suf);
    return n >= m && strcmp(s + n - m, suf) == 0;
}

/* per word: what its verb patterns say, for the back-off */
typedef struct verb_head {
    uint8_t single;  /* a one-word pattern: its own back-off */
    uint8_t slotted; /* some pattern has a typed slot */
    uint8_t nlcp;    /* length of the longest common prefix of the codes */
    char lcp[5];
    uint32_t first;  /* its first slotted pattern */
} verb_head;

/* the back-off code of a head: the three-digit category its patterns'
 * codes share ("0841" and "0842" -> "084"; a lone "0841" -> "084"), else
 * their root's generic code ("08" -> "080"), or LX_NONE when the codes
 * share no root */
static uint32_t backoff_cameo(cb *b, const verb_head *v)
{
    if (v->nlcp >= 3) {
        uint32_t k = find_cameo(b, v->lcp, 3);
        if (k != LX_NONE)
            return k;
    }
    if (v->nlcp < 2)
        return LX_NONE;
    char root[4] = {v->lcp[0], v->lcp[1], '0', '\0'};
    return find_cameo(b, root, 3);
}

/* The back-off of verb heads with typed slots: when the head matches and
 * none of its patterns does ("released the medicine": no &person slot
 * filled), a one-word pattern gives the family code of its patterns,
 * marked "back-off" (ptype) so that the evidence says so. A head with a
 * one-word pattern, or whose patterns span several roots, has none. */
static void add_backoffs(cb *b)
{
    size_t nw = b->words.count, np = b->phrases.count;
    verb_head *vh = dy_calloc(b->mem, nw ? nw : 1, sizeof *vh);
    if (!vh) {
        b->oom = 1;
        return;
    }
    for (size_t i = 0; i < np; i++) {
        const lx_phrase *p = dy_vec_at(&b->phrases, i);
        if (p->kind != LX_VERB)
            continue;
        const uint32_t *w = (const uint32_t *)b->pwords.data + p->words;
        verb_head *v = &vh[w[0]];
        const char *code = b->strings.data + p->code;
        size_t cl = strlen(code) < 4 ? strlen(code) : 4;
        /* (nor a head with a converse entry: "receive &weapon from +"
         * says nothing of "received a visa") */
        if ((p->nwords == 1 && !p->pre) ||
            (p->ptype && strcmp(b->strings.data + p->ptype, "converse") == 0))
            v->single = 1;
        for (uint32_t k = 1; k < p->nwords; k++)
            if (lx_is_slot(w[k]) && !v->slotted) {
                v->slotted = 1;
                v->first = (uint32_t)i;
            }
        if (!v->lcp[0]) { /* the first code (codes are digits) */
            memcpy(v->lcp, code, cl);
            v->nlcp = (uint8_t)cl;
        } else {
            uint8_t q = 0;
            while (q < v->nlcp && q < cl && v->lcp[q] == code[q])
                q++;
            v->nlcp = q;
        }
    }
    for (size_t i = 0; i < nw && !b->oom; i++) {
        verb_head *v = &vh[i];
        if (!v->slotted || v->single)
            continue;
        uint32_t cm = backoff_cameo(b, v);
        if (cm == LX_NONE)
            continue;
        const lx_phrase *src = dy_vec_at(&b->phrases, v->first);
        uint32_t *pw = dy_vec_push(&b->pwords);
        lx_phrase *ph = pw ? dy_vec_push(&b->phrases) : NULL;
        if (!ph) {
            b->oom = 1;
            break;
        }
        src = dy_vec_at(&b->phrases, v->first); /* (the push may move it) */
        *pw = (uint32_t)i;
        const lx_cameo *c = dy_vec_at(&b->cameo, cm);
        char text[400];
        int tl = snprintf(text, sizeof text, "verb %s: %s (back-off)",
                          b->strings.data + c->code,
                          b->strings.data + word_at(b, (uint32_t)i)->str);
        memset(ph, 0, sizeof *ph);
        ph->kind = LX_VERB;
        ph->nwords = 1;
        ph->words = (uint32_t)(b->pwords.count - 1);
        ph->code = c->code;
        ph->cameo = cm;
        ph->ptype = intern(b, "back-off", 8);
        ph->cameo2 = LX_NONE;
        ph->file = src->file;
        ph->line = src->line;
        ph->order = (uint32_t)(b->phrases.count - 1);
        ph->text = intern(b, text,
                          (size_t)(tl < (int)sizeof text ? tl
                                                         : (int)sizeof text - 1));
    }
    dy_free(b->mem, vh);
}

/* phrase key: first word, or the head (last) word of a noun pattern */
static uint32_t phrase_key(const cb *b, const lx_phrase *p)
{
    const uint32_t *w = (const uint32_t *)b->pwords.data + p->words;
    return p->kind == LX_NOUN ? w[p->nwords - 1] : w[0];
}

/* a lexicon view of b's tables as compiled, for the derivations of
 * tables.c */
static void compiled_view(const cb *b, const uint32_t *pindex, uint32_t np,
                          dyad_lexicon *view)
{
    memset(view, 0, sizeof *view);
    view->strings = b->strings.data;
    view->strings_len = (uint32_t)b->strings.len;
    view->words = b->words.data;
    view->nwords = (uint32_t)b->words.count;
    view->phrases = b->phrases.data;
    view->nphrases = np;
    view->pwords = b->pwords.data;
    view->npwords = (uint32_t)b->pwords.count;
    view->pindex = pindex;
    view->npindex = np;
}

/* The actors stage's tables (tables.c), derived from the phrases as
 * compiled; names, names_len and letters (each name's, lx_letters)
 * allocated with b's allocator. DYAD_ENOMEM, DYAD_ELIMIT (more agent
 * codes than the tables hold), or 0. */
static int derive_tables(const cb *b, const uint32_t *pindex, uint32_t np,
                         lx_tables *t, uint32_t **names, uint8_t **names_len,
                         uint64_t **letters, uint32_t *nnames)
{
    dyad_lexicon view;
    compiled_view(b, pindex, np, &view);
    *names = dy_malloc(b->mem, LX_NAMES_MAX * sizeof **names);
    *names_len = dy_malloc(b->mem, LX_NAMES_MAX);
    *letters = dy_malloc(b->mem, LX_NAMES_MAX * sizeof **letters);
    if (!*names || !*names_len || !*letters)
        return DYAD_ENOMEM;
    if (dy_lexicon_agent_codes(&view) > LX_AGENTS_MAX)
        return DYAD_ELIMIT;
    *nnames = dy_lexicon_tables(&view, t, *names, *names_len);
    for (uint32_t k = 0; k < *nnames; k++) {
        const char *s = lx_str(&view, view.words[(*names)[k]].str);
        (*letters)[k] = lx_letters(s, strlen(s));
    }
    t->options = b->options;
    memcpy(t->agent_alone, b->agent_alone, sizeof t->agent_alone);
    memcpy(t->default_source, b->default_source, sizeof t->default_source);
    memcpy(t->default_target, b->default_target, sizeof t->default_target);
    memcpy(t->comma, b->comma, sizeof b->comma);
    if (b->no_misspellings) { /* every letter's range empty */
        memset(t->names_first, 0, sizeof t->names_first);
        *nnames = 0;
    }
    return 0;
}

/* The phrase index by kind (tables.c), allocated with b's allocator.
 * DYAD_ENOMEM, DYAD_ELIMIT (more phrases than an entry can place), or 0. */
static int derive_kindex(const cb *b, const uint32_t *pindex, uint32_t np,
                         lx_kentry **kindex)
{
    dyad_lexicon view;
    if (np >= (1u << LX_KQ_BITS))
        return DYAD_ELIMIT;
    compiled_view(b, pindex, np, &view);
    *kindex = dy_calloc(b->mem, np ? np : 1, sizeof **kindex);
    if (!*kindex)
        return DYAD_ENOMEM;
    dy_lexicon_kindex(&view, *kindex);
    return 0;
}

/* the verb index's sections as compiled (derive_vindex) */
typedef struct vindex_parts {
    uint32_t *vslot;
    lx_vslice *vslices;
    lx_kentry *vindex;
    uint32_t nvslices, nvindex;
} vindex_parts;

/* The verb index (tables.c) of the kind index, allocated with b's
 * allocator into v. DYAD_ENOMEM or 0. */
static int derive_vindex(const cb *b, const uint32_t *pindex, uint32_t np,
                         const lx_kentry *kindex, vindex_parts *v)
{
    dyad_lexicon view;
    compiled_view(b, pindex, np, &view);
    dy_lexicon_vindex(&view, kindex, NULL, NULL, NULL, &v->nvslices,
                      &v->nvindex);
    v->vslot = dy_calloc(b->mem, view.nwords ? view.nwords : 1,
                         sizeof *v->vslot);
    v->vslices = dy_calloc(b->mem, v->nvslices ? v->nvslices : 1,
                           sizeof *v->vslices);
    v->vindex = dy_calloc(b->mem, v->nvindex ? v->nvindex : 1,
                          sizeof *v->vindex);
    if (!v->vslot || !v->vslices || !v->vindex)
        return DYAD_ENOMEM;
    dy_lexicon_vindex(&view, kindex, v->vslot, v->vslices, v->vindex,
                      &v->nvslices, &v->nvindex);
    return 0;
}

/* the noun index's sections as compiled (derive_nindex) */
typedef struct nindex_parts {
    uint32_t *nslot;
    lx_vslice *nslices;
    uint32_t *nindex;
    uint32_t nnslices, nnindex;
} nindex_parts;

/* The noun index (tables.c) of the phrases as compiled, allocated with
 * b's allocator into n. DYAD_ENOMEM or 0. */
static int derive_nindex(const cb *b, const uint32_t *pindex, uint32_t np,
                         nindex_parts *n)
{
    dyad_lexicon view;
    compiled_view(b, pindex, np, &view);
    dy_lexicon_nindex(&view, NULL, NULL, NULL, &n->nnslices, &n->nnindex);
    n->nslot = dy_calloc(b->mem, view.nwords ? view.nwords : 1,
                         sizeof *n->nslot);
    n->nslices = dy_calloc(b->mem, n->nnslices ? n->nnslices : 1,
                           sizeof *n->nslices);
    n->nindex = dy_calloc(b->mem, n->nnindex ? n->nnindex : 1,
                          sizeof *n->nindex);
    if (!n->nslot || !n->nslices || !n->nindex)
        return DYAD_ENOMEM;
    dy_lexicon_nindex(&view, n->nslot, n->nslices, n->nindex, &n->nnslices,
                      &n->nnindex);
    return 0;
}

/* How each word counts among the words ahead of a verb
 * (dyad_lexicon.ahead) and its share of them (dyad_lexicon.shares),
 * allocated with b's allocator into *ahead and *shares. DYAD_ENOMEM or
 * 0. */
static int derive_ahead(const cb *b, const uint32_t *pindex, uint32_t np,
                        uint8_t **ahead, lx_ahead **shares)
{
    dyad_lexicon view;
    compiled_view(b, pindex, np, &view);
    size_t n = view.nwords ? view.nwords : 1;
    *ahead = dy_calloc(b->mem, n, 1);
    *shares = dy_calloc(b->mem, n, sizeof **shares);
    if (!*ahead || !*shares)
        return DYAD_ENOMEM;
    dy_lexicon_ahead(&view, *ahead);
    dy_lexicon_shares(&view, *ahead, *shares);
    return 0;
}

/* The phrases' second words (dyad_lexicon.pnext) of the kind index,
 * allocated with b's allocator into *pnext. DYAD_ENOMEM or 0. */
static int derive_pnext(const cb *b, const lx_kentry *kindex,
                        lx_pnext **pnext)
{
    size_t nw = b->words.count;
    *pnext = dy_calloc(b->mem, nw ? nw : 1, sizeof **pnext);
    if (!*pnext)
        return DYAD_ENOMEM;
    for (size_t i = 0; i < nw; i++)
        (*pnext)[i] = dy_lexicon_pnext(dy_vec_at(&b->words, i), kindex);
    return 0;
}

int dy_lexicon_build(dyad_lexicon **out, const lx_source *src, size_t n,
                     const lx_wordnet *wn, const dy_mem *mem,
                     dyad_diag_fn diagfn, void *ctx, dyad_error *err)
{
    cb b;
    int rc = 0;
    uint32_t *pindex = NULL, *gnhash = NULL, gnhash_cap = 0, *names = NULL;
    lx_kentry *kindex = NULL;
    lx_pnext *pnext = NULL;
    uint32_t *remap_ids = NULL, *cameo_order = NULL;
    uint64_t *gnfirst = NULL, *ppairs = NULL;
    vindex_parts vx = {NULL, NULL, NULL, 0, 0};
    nindex_parts nx = {NULL, NULL, NULL, 0, 0};
    uint8_t *names_len = NULL, *ahead = NULL;
    lx_ahead *shares = NULL;
    uint64_t *names_letters = NULL;
    dy_vec gnames, gnlist;
    dy_vec_init(&gnames, sizeof(lx_gname), mem);
    dy_vec_init(&gnlist, sizeof(uint32_t), mem);
    memset(&b, 0, sizeof b);
    b.mem = mem;
    b.diag = diagfn;
    b.ctx = ctx;
    b.err = err;
    b.wn = wn;
    dy_buf_init(&b.strings, mem);
    dy_vec_init(&b.words, sizeof(lx_word), mem);
    dy_vec_init(&b.phrases, sizeof(lx_phrase), mem);
    dy_vec_init(&b.pwords, sizeof(uint32_t), mem);
    dy_vec_init(&b.cameo, sizeof(lx_cameo), mem);
    dy_vec_init(&b.gplaces, sizeof(lx_gplace), mem);
    dy_vec_init(&b.gpairs, sizeof(gpair), mem);
    dy_vec_init(&b.entries, sizeof(lx_entry), mem);
    *out = NULL;
    if (dy_buf_putc(&b.strings, '\0') || grow_itab(&b) || grow_wtab(&b)) {
        rc = DYAD_ENOMEM;
        goto done;
    }
    for (const dy_closed_word *c = dy_closed_words; c->word; c++) {
        uint32_t id = word_get(&b, c->word, strlen(c->word));
        if (id == LX_NONE)
            break;
        word_at(&b, id)->pos |= c->pos;
        word_at(&b, id)->num = c->num;
    }
    if (wn) {
        static const uint32_t bits[4] = {POS_N, POS_V, POS_A, POS_R};
        for (int k = 0; k < 4; k++) {
            if (wn->index[k])
                load_index(&b, wn->index[k], wn->index_len[k], bits[k]);
            if (k < 2 && wn->exc[k])
                load_exc(&b, wn->exc[k], wn->exc_len[k], k == 1);
        }
        if (wn->data[0] && wn->data[1])
            dy_wordnet_acts(wn->data[0], wn->data_len[0], wn->data[1],
                            wn->data_len[1], add_act, &b);
    }
    /* the CAMEO table first (patterns name its codes), the gazetteer
     * last (the lexicon says whose place names get skeleton keys) */
    for (size_t i = 0; i < n; i++)
        if (ends_with(src[i].name, "cameo.tsv"))
            load_cameo(&b, src[i].name, src[i].text, src[i].len);
    for (size_t i = 0; i < n && !b.oom; i++)
        if (!ends_with(src[i].name, "cameo.tsv") &&
            !ends_with(src[i].name, "gazetteer.tsv"))
            parse_source(&b, src[i].name, src[i].text, src[i].len);
    if (b.verb_words)
        verb_words(&b);
    for (size_t i = 0; i < n && !b.oom; i++)
        if (ends_with(src[i].name, "gazetteer.tsv"))
            load_gazetteer(&b, src[i].name, src[i].text, src[i].len);
    demonym_points(&b);
    if (b.oom) {
        rc = dy_error_set(err, DYAD_ENOMEM, NULL, 0, 0, -1,
                          "out of memory compiling the lexicon");
        goto done;
    }
    mark_classes(&b);
    add_backoffs(&b);
    if (b.nerrors) {
        rc = DYAD_EDICT;
        goto done;
    }
    /* phrase index: phrases grouped by key word, in source order */
    size_t np = b.phrases.count;
    pindex = dy_calloc(mem, np ? np : 1, sizeof *pindex);
    if (!pindex) {
        rc = DYAD_ENOMEM;
        goto done;
    }
    for (size_t i = 0; i < np; i++)
        word_at(&b, phrase_key(&b, dy_vec_at(&b.phrases, i)))->phr_count++;
    uint32_t acc = 0;
    for (size_t i = 0; i < b.words.count; i++) {
        lx_word *w = word_at(&b, (uint32_t)i);
        w->phr_first = acc;
        acc += w->phr_count;
        w->phr_count = 0;
    }
    for (size_t i = 0; i < np; i++) {
        const lx_phrase *p = dy_vec_at(&b.phrases, i);
        lx_word *w = word_at(&b, phrase_key(&b, p));
        pindex[w->phr_first + w->phr_count++] = (uint32_t)i;
        w->kinds |= 1u << p->kind;
    }
    if (build_gnames(&b, &gnames, &gnhash, &gnhash_cap, &gnlist)) {
        rc = DYAD_ENOMEM;
        goto done;
    }
    uint32_t ngnfirst = dy_image_gnfirst_len(b.strings.data, gnames.data,
                                             (uint32_t)gnames.count);
    gnfirst = dy_calloc(mem, ngnfirst ? ngnfirst : 1, sizeof *gnfirst);
    if (!gnfirst) {
        rc = DYAD_ENOMEM;
        goto done;
    }
    dy_image_gnfirst(b.strings.data, gnames.data, (uint32_t)gnames.count,
                     gnfirst, ngnfirst);
    lx_tables tables;
    uint32_t nnames = 0;
    if ((rc = derive_tables(&b, pindex, (uint32_t)np, &tables, &names,
                            &names_len, &names_letters, &nnames))) {
        if (rc == DYAD_ELIMIT)
            rc = dy_error_set(err, rc, NULL, 0, 0, -1,
                              "too many agent codes (at most %u)",
                              (unsigned)LX_AGENTS_MAX);
        goto done;
    }
    if ((rc = derive_kindex(&b, pindex, (uint32_t)np, &kindex))) {
        if (rc == DYAD_ELIMIT)
            rc = dy_error_set(err, rc, NULL, 0, 0, -1,
                              "too many phrases (%zu; at most %u)", np,
                              (1u << LX_KQ_BITS) - 1);
        goto done;
    }
    if ((rc = derive_vindex(&b, pindex, (uint32_t)np, kindex, &vx)) ||
        (rc = derive_pnext(&b, kindex, &pnext)) ||
        (rc = derive_nindex(&b, pindex, (uint32_t)np, &nx)) ||
        (rc = derive_ahead(&b, pindex, (uint32_t)np, &ahead, &shares)))
        goto done;
    uint32_t nppairs = dy_image_ppairs_len(b.words.data,
                                           (uint32_t)b.words.count, kindex);
    ppairs = dy_calloc(mem, nppairs ? nppairs : 1, sizeof *ppairs);
    if (!ppairs) {
        rc = DYAD_ENOMEM;
        goto done;
    }
    dy_image_ppairs(b.words.data, (uint32_t)b.words.count, kindex, ppairs,
                    nppairs);
    /* the small tables' indexes, which loading would otherwise build */
    lx_remaps remaps;
    remap_ids = dy_calloc(mem, b.entries.count ? b.entries.count : 1,
                          sizeof *remap_ids);
    cameo_order = dy_calloc(mem, b.cameo.count ? b.cameo.count : 1,
                            sizeof *cameo_order);
    if (!remap_ids || !cameo_order) {
        rc = DYAD_ENOMEM;
        goto done;
    }
    dy_image_index(b.strings.data, b.entries.data, (uint32_t)b.entries.count,
                   b.cameo.data, (uint32_t)b.cameo.count, &remaps, remap_ids,
                   cameo_order);
    lx_image_parts parts = {
        b.strings.data,     (uint32_t)b.strings.len, b.words.data,
        (uint32_t)b.words.count, b.wtab,              b.wcap,
        b.phrases.data,     (uint32_t)np,            b.pwords.data,
        (uint32_t)b.pwords.count, pindex,             (uint32_t)np,
        b.cameo.data,       (uint32_t)b.cameo.count,
        b.gplaces.data,     (uint32_t)b.gplaces.count,
        gnames.data,        (uint32_t)gnames.count,
        gnhash,             gnhash_cap,
        gnlist.data,        (uint32_t)gnlist.count,
        b.entries.data,     (uint32_t)b.entries.count,
        &tables,            names,
        names_len,          nnames,
        kindex,             names_letters,
        vx.vslot,           vx.vslices,              vx.nvslices,
        vx.vindex,          vx.nvindex,              pnext,
        &remaps,            remap_ids,
        remaps.at[LX_REMAP_FAMILIES],                cameo_order,
        nx.nslot,           nx.nslices,              nx.nnslices,
        nx.nindex,          nx.nnindex,              gnfirst,
        ngnfirst,           ppairs,                  nppairs,
        ahead,              shares};
    void *image = NULL;
    size_t image_len = 0;
    rc = dy_image_write(&image, &image_len, &parts, mem);
    if (rc) {
        rc = dy_error_set(err, rc, NULL, 0, 0, -1,
                          "out of memory compiling the lexicon");
        goto done;
    }
    rc = dy_lexicon_from_image(out, image, image_len, 0, DY_IMAGE_RECORDS,
                               mem, err);
done:
    if (rc == DYAD_ENOMEM && err && err->code != DYAD_ENOMEM)
        dy_error_set(err, DYAD_ENOMEM, NULL, 0, 0, -1,
                     "out of memory compiling the lexicon");
    dy_free(mem, pindex);
    dy_free(mem, kindex);
    dy_free(mem, vx.vslot);
    dy_free(mem, vx.vslices);
    dy_free(mem, vx.vindex);
    dy_free(mem, nx.nslot);
    dy_free(mem, nx.nslices);
    dy_free(mem, nx.nindex);
    dy_free(mem, pnext);
    dy_free(mem, remap_ids);
    dy_free(mem, cameo_order);
    dy_free(mem, gnfirst);
    dy_free(mem, ppairs);
    dy_free(mem, ahead);
    dy_free(mem, shares);
    dy_free(mem, names);
    dy_free(mem, names_len);
    dy_free(mem, names_letters);
    dy_free(mem, b.itab);
    dy_free(mem, b.wtab);
    dy_buf_free(&b.strings);
    dy_vec_free(&b.words);
    dy_vec_free(&b.phrases);
    dy_vec_free(&b.pwords);
    dy_vec_free(&b.cameo);
    dy_vec_free(&b.gplaces);
    dy_vec_free(&b.gpairs);
    dy_vec_free(&b.entries);
    dy_free(mem, b.vocab);
    dy_vec_free(&gnames);
    dy_vec_free(&gnlist);
    dy_free(mem, gnhash);
    return rc;
}
