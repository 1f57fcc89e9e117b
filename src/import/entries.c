/*
 * entries.c - actor and agent dictionaries of TABARI and PETRARCH2 (the
 * two write them alike) as dyad `actor` and `agent` lines: names and
 * their '+' synonyms, codes with date restrictions, agents' plurals and
 * PETRARCH's !substitutions!.
 */
#include "import.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_CODES 64 /* codes of one actor entry */

typedef struct act_code {
    char code[16];
    int32_t from, to; /* yyyymmdd, 0 open */
} act_code;

/* the actor being read: its names and codes, written when it ends */
typedef struct act_entry {
    long line; /* of its first name */
    dy_vec names; /* const char * dyad phrases */
    act_code codes[MAX_CODES];
    size_t ncodes;
    int has_default;
    int open;
} act_entry;

/* "911226" (yymmdd, 00-29 is 20yy) or "19911226" as yyyymmdd; 0 if bad */
static int32_t foreign_date(const char *s, size_t n)
{
    char iso[16];
    if (n == 6)
        snprintf(iso, sizeof iso, "%s%.2s-%.2s-%.2s",
                 (s[0] - '0') * 10 + (s[1] - '0') < 30 ? "20" : "19", s,
                 s + 2, s + 4);
    else if (n == 8)
        snprintf(iso, sizeof iso, "%.4s-%.2s-%.2s", s, s + 4, s + 6);
    else
        return 0;
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return 0;
    int32_t d = 0;
    return dy_date_parse(iso, 10, &d) ? 0 : d;
}

/* the day after d (yyyymmdd): a foreign range "FROM-TO" holds its last
 * day (PETRARCH2's [ORCHOB 20100109-20100112] codes the 12th), where
 * dyad's FROM..TO ends before TO */
static int32_t day_after(int32_t d)
{
    long y, m, dd;
    dy_civil_from_days(dy_days_from_civil(d / 10000, d / 100 % 100,
                                          d % 100) + 1, &y, &m, &dd);
    return (int32_t)(y * 10000 + m * 100 + dd);
}

/* "<911226", ">911226", "911226-020101" into from/to, blanks allowed
 * between the parts ("< 950601", "950601 - 990815"); 0 after a report */
static int date_spec(im_ctx *c, const char *raw, size_t rn, long col,
                     act_code *k)
{
    char s[40];
    size_t n = 0;
    for (size_t i = 0; i < rn && n < sizeof s; i++)
        if (raw[i] != ' ' && raw[i] != '\t')
            s[n++] = raw[i];
    if (n == 0 || n == sizeof s) {
        s[0] = '?';
        n = 1;
    }
    const char *dash = memchr(s, '-', n);
    if (s[0] == '<' || s[0] == '>') {
        int32_t d = foreign_date(s + 1, n - 1);
        if (d && s[0] == '<')
            k->to = d;
        else if (d)
            k->from = d;
        if (d)
            return 1;
    } else if (dash) {
        k->from = foreign_date(s, (size_t)(dash - s));
        k->to = foreign_date(dash + 1, n - (size_t)(dash - s) - 1);
        if (k->from && k->to && k->from <= k->to) {
            k->to = day_after(k->to);
            return 1;
        }
    }
    im_report(c, col, "bad date restriction '%.*s' (expected <DATE, >DATE "
              "or DATE-DATE with yymmdd or yyyymmdd): code not imported",
              (int)(rn < 40 ? rn : 40), raw);
    return 0;
}

/* an actor or agent code: upper-cased, 2 to 15 letters or digits (in
 * groups of 3 when `groups`); 0 after a report */
static int code_of(im_ctx *c, const char *s, size_t n, long col, int groups,
                   char out[16])
{
    int ok = n >= 2 && n <= 15 && (!groups || (n >= 3 && n % 3 == 0));
    for (size_t i = 0; i < n && ok; i++) {
        char ch = s[i];
        ok = (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') ||
             (ch >= '0' && ch <= '9');
        out[i] = (char)(ch >= 'a' && ch <= 'z' ? ch - 'a' + 'A' : ch);
    }
    if (n == 3 && !memcmp(s, "---", 3)) {
        im_report(c, col, "null code '[---]' (the name is no actor): dyad "
                  "has no null actor; not imported");
        return 0;
    }
    if (!ok) {
        im_report(c, col, "bad actor code '%.*s' (dyad: %s, at most 15): "
                  "not imported", (int)(n < 40 ? n : 40), s,
                  groups ? "groups of 3 letters or digits"
                         : "2 or more letters or digits");
        return 0;
    }
    out[n] = '\0';
    return 1;
}

/* an actor's code; one not in groups of 3 ("ITHTV", "YEMNO") is written
 * with the "option actor-code" line that declares it (put_actor) */
static int actor_code(im_ctx *c, const char *s, size_t n, long col,
                      char out[16])
{
    return code_of(c, s, n, col, 0, out);
}

/* an actor's code, or the codes of a compound actor ("[FRO/BIL/SAM]": the
 * name stands for each) as dyad writes them, joined by '+' ("FRO+BIL+SAM",
 * at most 15 bytes); 0 after a report */
static int actor_codes(im_ctx *c, const char *s, size_t n, long col,
                       char out[16])
{
    if (!memchr(s, '/', n))
        return actor_code(c, s, n, col, out);
    size_t k = 0;
    for (size_t i = 0; i <= n;) {
        size_t j = i;
        while (j < n && s[j] != '/')
            j++;
        char m[16];
        if (!code_of(c, s + i, j - i, col + (long)i, 1, m))
            return 0;
        size_t ml = strlen(m);
        if (k + (k > 0) + ml > 15) {
            im_report(c, col, "compound actor code '%.*s': over 15 bytes as "
                      "dyad writes it ('+' between members); not imported",
                      (int)(n < 40 ? n : 40), s);
            return 0;
        }
        if (k)
            out[k++] = '+';
        memcpy(out + k, m, ml + 1);
        k += ml;
        i = j + 1;
    }
    return 1;
}

/* the "[CODE DATE]" groups of s[0..n) (col of s) into e */
static void entry_codes(im_ctx *c, act_entry *e, const char *base,
                        const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        while (i < n && (s[i] == ' ' || s[i] == '\t'))
            i++;
        if (i >= n)
            break;
        if (s[i] != '[') {
            im_report(c, im_col(base, s + i), "expected '[CODE]', found "
                      "'%c': the rest of the line is not read", s[i]);
            return;
        }
        const char *close = memchr(s + i, ']', n - i);
        if (!close) {
            im_report(c, im_col(base, s + i), "'[' without ']': the rest "
                      "of the line is not read");
            return;
        }
        const char *g = s + i + 1;
        size_t gl = (size_t)(close - g);
        i = (size_t)(close - s) + 1;
        g = im_trim(g, &gl);
        size_t cl = 0;
        while (cl < gl && g[cl] != ' ' && g[cl] != '\t')
            cl++;
        size_t dl = gl - cl;
        const char *d = im_trim(g + cl, &dl);
        act_code k;
        memset(&k, 0, sizeof k);
        if (!actor_codes(c, g, cl, im_col(base, g), k.code))
            continue;
        if (dl && !date_spec(c, d, dl, im_col(base, d), &k))
            continue;
        if (!dl && e->has_default) {
            im_report(c, im_col(base, g), "a second code without dates "
                      "('%s'): dyad keeps the first", k.code);
            continue;
        }
        if (e->ncodes == MAX_CODES) {
            im_report(c, im_col(base, g), "more than %d codes for one "
                      "actor: '%s' not imported", MAX_CODES, k.code);
            continue;
        }
        e->has_default |= !dl;
        e->codes[e->ncodes++] = k;
    }
}

static void put_date(im_ctx *c, int32_t d)
{
    if (d)
        dy_buf_printf(&c->out, "%04d-%02d-%02d", (int)(d / 10000),
                      (int)(d / 100 % 100), (int)(d % 100));
}

static void put_actor(im_ctx *c, const act_entry *e, const char *code,
                      int32_t from, int32_t to)
{
    if (!im_count(c, e->names.count))
        return;
    if (!strchr(code, '+') && strlen(code) % 3 != 0)
        dy_buf_printf(&c->out, "option actor-code %s\n", code);
    dy_buf_printf(&c->out, "actor %s", code);
    if (from || to) {
        dy_buf_putc(&c->out, ' ');
        put_date(c, from);
        dy_buf_puts(&c->out, "..");
        put_date(c, to);
    }
    dy_buf_puts(&c->out, " :");
    for (size_t i = 0; i < e->names.count; i++)
        dy_buf_printf(&c->out, "%s%s", i ? "\n| " : " ",
                      *(const char **)dy_vec_at(&e->names, i));
    long keep = c->line;
    c->line = e->line;
    im_provenance(c, NULL, 0);
    c->line = keep;
}

static int cmp_from(const void *a, const void *b)
{
    const act_code *x = a, *y = b;
    return (x->from > y->from) - (x->from < y->from);
}

/* the days of k's range, an open end counting as the most */
static int64_t span_days(const act_code *k)
{
    if (!k->from || !k->to)
        return INT64_MAX;
    return dy_days_from_civil(k->to / 10000, k->to / 100 % 100,
                              k->to % 100) -
           dy_days_from_civil(k->from / 10000, k->from / 100 % 100,
                              k->from % 100);
}

/* writes the n dated codes, the narrower range first and, of equal ones,
 * the first written: where two ranges hold a day, the first line wins in
 * dyad, and PETRARCH2 takes the range nested in the other ("[ORCHOB
 * 20100109-20100112] # This should override the next restriction", with
 * [HOBMIL 20080120-20121109] after it) */
static void put_narrowest_first(im_ctx *c, const act_entry *e,
                                const act_code *dated, size_t n)
{
    unsigned char put[MAX_CODES] = {0};
    for (size_t k = 0; k < n; k++) {
        size_t best = n;
        for (size_t i = 0; i < n; i++)
            if (!put[i] && (best == n ||
                            span_days(&dated[i]) < span_days(&dated[best])))
                best = i;
        put[best] = 1;
        put_actor(c, e, dated[best].code, dated[best].from, dated[best].to);
    }
}

/* writes the entry: each dated code on its dates, the undated code on
 * the days no dated code covers (TABARI's default) */
static void entry_end(im_ctx *c, act_entry *e)
{
    if (!e->open)
        return;
    e->open = 0;
    if (!e->ncodes && e->names.count) {
        long keep = c->line;
        c->line = e->line;
        im_report(c, 1, "'%s' has no code: not imported",
                  *(const char **)e->names.data);
        c->line = keep;
    }
    if (e->names.count) {
        act_code dated[MAX_CODES];
        size_t nd = 0;
        const char *dflt = NULL;
        for (size_t i = 0; i < e->ncodes; i++) {
            if (e->codes[i].from || e->codes[i].to)
                dated[nd++] = e->codes[i];
            else
                dflt = e->codes[i].code;
        }
        put_narrowest_first(c, e, dated, nd);
        qsort(dated, nd, sizeof *dated, cmp_from);
        int32_t cursor = 0; /* 0: before all days */
        int done = 0;
        for (size_t i = 0; i < nd; i++) {
            if (dflt && !done && dated[i].from > cursor)
                put_actor(c, e, dflt, cursor, dated[i].from);
            if (!dated[i].to)
                done = 1;
            else if (dated[i].to > cursor)
                cursor = dated[i].to;
        }
        if (dflt && !done)
            put_actor(c, e, dflt, cursor, 0);
    }
    e->names.count = 0;
    e->ncodes = 0;
    e->has_default = 0;
}

static void entry_name(im_ctx *c, act_entry *e, const char *base,
                       const char *s, size_t n)
{
    char ph[IM_PHRASE_BYTES];
    /* TABARI's blank between the words of an actor lets other words
     * stand there ("PRINCE DOL_AMROTH": "the Prince of Dol_Amroth") */
    c->name_gaps = c->format == DYAD_IMPORT_TABARI;
    int ok = im_phrase(c, s, n, im_col(base, s), ph, sizeof ph);
    c->name_gaps = 0;
    if (!ok)
        return;
    s = im_trim(s, &n);
    if (!(c->once & IM_ONCE_STEM) && n && s[n - 1] != '_' &&
        c->format == DYAD_IMPORT_TABARI) {
        c->once |= IM_ONCE_STEM;
        im_report(c, im_col(base, s), "'%.*s' ends without '_' (a stem in "
                  "TABARI): kept as a dyad stem, which stands for the "
                  "words of dyad's vocabulary it begins (at most 16), not "
                  "for words outside it; this file's other stems are read "
                  "the same way", (int)n, s);
    }
    const char **slot = dy_vec_push(&e->names);
    char *copy = dy_arena_strndup(&c->arena, ph, strlen(ph));
    if (!slot || !copy) {
        c->failed = DYAD_ENOMEM;
        return;
    }
    *slot = copy;
}

/* a word of TABARI's <NOUN> or <ADJECTIVE> list ("SHEEP", "AWFUL") as a
 * member of the class tabari-noun or tabari-adjective (events/foreign.c
 * reads a noun phrase across "and" between two of them: "Ithilen's
 * awful and evil minister"); a line of several words is left out */
static void section_word(im_ctx *c, const char *s, size_t n, int kind)
{
    char w[64];
    size_t k = 0;
    for (size_t i = 0; i < n && s[i] != ' ' && s[i] != '\t'; i++) {
        char ch = s[i];
        if (ch == '_' && (i + 1 == n || s[i + 1] == ' ' || s[i + 1] == '\t'))
            break;
        if (!((ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z')) ||
            k + 1 >= sizeof w)
            return;
        w[k++] = (char)(ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch);
    }
    if (k)
        dy_buf_printf(&c->out, "class %s : %.*s\n",
                      kind == 2 ? "tabari-noun" : "tabari-adjective", (int)k,
                      w);
}

/* TABARI's <NOUN>, <ADJECTIVE>, ... sections: 1 while inside one; the
 * words of <NOUN> and <ADJECTIVE> are kept as classes (section_word) */
static int skip_section(im_ctx *c, const char *s, size_t n, int *inside)
{
    if (n > 2 && s[0] == '<' && s[1] != '!' && s[n - 1] == '>') {
        if (s[1] == '/') {
            *inside = 0;
        } else if (dy_str_is("<NOUN>", s, n) ||
                   dy_str_is("<ADJECTIVE>", s, n)) {
            *inside = s[1] == 'N' ? 2 : 3;
        } else {
            *inside = 1;
            im_report(c, 1, "section '%.*s': TABARI's part-of-speech lists "
                      "other than <NOUN> and <ADJECTIVE> are not imported "
                      "(dyad tags words itself)", (int)n, s);
        }
        return 1;
    }
    if (*inside >= 2)
        section_word(c, s, n, *inside);
    return *inside;
}

/* PETRARCH's "<!-- ... -->" comments, which may span lines: 1 when the
 * line is (inside) one */
static int html_comment(const char *s, size_t n, int *inside)
{
    int was = *inside;
    if (!was && !(n >= 4 && !memcmp(s, "<!--", 4)))
        return 0;
    *inside = 1;
    for (size_t i = 0; i + 3 <= n; i++)
        if (!memcmp(s + i, "-->", 3))
            *inside = 0;
    return 1;
}

/* The entry lines of an actors or agents file, one at a time: PETRARCH's
 * "<!-- -->" blocks, comments and TABARI's part-of-speech sections
 * skipped; each with the line as read (for columns), its entry trimmed
 * and its trailing comment (the entry's provenance). */
typedef struct entry_lines {
    size_t pos;
    int in_section, in_html;
    const char *base, *s, *cm;
    size_t m, cmn;
} entry_lines;

static int next_entry(im_ctx *c, const char *t, size_t len, entry_lines *l)
{
    const char *line;
    size_t n;
    while (!c->failed && im_next_line(c, t, len, &l->pos, &line, &n)) {
        l->base = line;
        if (html_comment(line, n, &l->in_html))
            continue;
        n = im_strip_comment(c, line, n, &l->cm, &l->cmn);
        l->m = n;
        l->s = im_trim(line, &l->m);
        if (l->m && !skip_section(c, l->s, l->m, &l->in_section))
            return 1;
    }
    return 0;
}

void im_actors(im_ctx *c, const char *t, size_t len)
{
    act_entry e;
    memset(&e, 0, sizeof e);
    dy_vec_init(&e.names, sizeof(const char *), c->mem);
    entry_lines l;
    memset(&l, 0, sizeof l);
    while (next_entry(c, t, len, &l)) {
        const char *base = l.base, *s = l.s;
        size_t m = l.m;
        if (s[0] == '#' && c->format == DYAD_IMPORT_TABARI) {
            /* not TABARI syntax ("#\t[950601-990815]" in the demo
             * actors): TABARI skips it and the entry goes on */
            im_report(c, 1, "line starting with '#' is no TABARI entry "
                      "line: skipped, the entry goes on");
            continue;
        }
        if (s[0] == '+' || s[0] == '[') {
            if (!e.open) {
                im_report(c, 1, "'%c' line without an actor before it: not "
                          "imported", s[0]);
                continue;
            }
        } else {
            entry_end(c, &e);
            e.open = 1;
            e.line = c->line;
        }
        if (s[0] == '+') {
            s++;
            m--;
        }
        const char *br = memchr(s, '[', m);
        size_t nl = br ? (size_t)(br - s) : m;
        if (nl)
            entry_name(c, &e, base, s, nl);
        if (br)
            entry_codes(c, &e, base, br, m - nl);
    }
    entry_end(c, &e);
    dy_vec_free(&e.names);
}

/* ------------------------------------------------------------- agents */

/* "!PERSON! = MAN, MEN, WOMAN" */
static void substitution(im_ctx *c, const char *base, const char *s,
                         size_t n)
{
    const char *eq = memchr(s, '=', n);
    size_t nl = (size_t)(eq - s);
    const char *nm = im_trim(s, &nl);
    im_set *set = im_set_new(c, nm, nl);
    if (!set)
        return;
    const char *p = eq + 1, *end = s + n;
    while (p < end) {
        const char *comma = memchr(p, ',', (size_t)(end - p));
        const char *q = comma ? comma : end;
        size_t ml = (size_t)(q - p);
        const char *mb = im_trim(p, &ml);
        char ph[IM_PHRASE_BYTES];
        if (ml && im_phrase(c, mb, ml, im_col(base, mb), ph, sizeof ph)) {
            const char **slot = dy_vec_push(&set->members);
            char *copy = dy_arena_strndup(&c->arena, ph, strlen(ph));
            if (!slot || !copy) {
                c->failed = DYAD_ENOMEM;
                return;
            }
            *slot = copy;
        }
        p = q + 1;
    }
}

/* one agent name (with "!X!" substitutions) as `agent CODE` phrases */
static void agent_name(im_ctx *c, const char *code, long col,
                       const char *s, size_t n, int *first)
{
    const char *a = memchr(s, '!', n);
    const char *b = a ? memchr(a + 1, '!', n - (size_t)(a - s) - 1) : NULL;
    if (b) {
        im_set *set = im_set_find(c, a, (size_t)(b - a) + 1);
        if (!set) {
            im_report(c, col + (long)(a - s), "unknown substitution '%.*s': "
                      "not imported", (int)(b - a) + 1, a);
            return;
        }
        for (size_t i = 0; i < set->members.count && i < 64; i++) {
            char buf[IM_PHRASE_BYTES * 2];
            const char *mem = *(const char **)dy_vec_at(&set->members, i);
            int l = snprintf(buf, sizeof buf, "%.*s%s%.*s", (int)(a - s), s,
                             mem, (int)(n - (size_t)(b - s) - 1), b + 1);
            if (l > 0 && l < (int)sizeof buf)
                agent_name(c, code, col, buf, (size_t)l, first);
        }
        return;
    }
    char ph[IM_PHRASE_BYTES];
    if (!im_phrase(c, s, n, col, ph, sizeof ph) ||
        !im_count(c, 1))
        return;
    dy_buf_printf(&c->out, "%s%s", *first ? " " : "\n| ", ph);
    *first = 0;
}

/* "[~GOVFRM]", "[NGO~]": dyad's agent "GOVFRM", "NGO~" (groups of 3, a
 * '~' after them for an agent written before the country). dyad's actors
 * stage reads the first group; under "option agent-groups" (a TABARI
 * import on its own) all of them, as TABARI composes them */
static int agent_code(im_ctx *c, const char *base, const char *g, size_t gl,
                      char out[16])
{
    char raw[16];
    size_t k = 0, first = 0;
    while (first < gl && (g[first] == ' ' || g[first] == '\t'))
        first++;
    int before = first < gl && g[first] != '~';
    for (size_t i = 0; i < gl; i++)
        if (g[i] != '~' && g[i] != ' ' && g[i] != '\t' && k < 15)
            raw[k++] = g[i];
    if (!code_of(c, raw, k, im_col(base, g), 1, out))
        return 0;
    if (k > 12) {
        im_report(c, im_col(base, g), "agent code '%.*s': a dyad agent has "
                  "at most 4 groups of 3; kept as '%.12s'",
                  (int)gl, g, out);
        k = 12;
    }
    if (before && memchr(g, '~', gl))
        out[k++] = '~';
    out[k] = '\0';
    return 1;
}

void im_agents(im_ctx *c, const char *t, size_t len)
{
    char last[16] = "";
    entry_lines l;
    memset(&l, 0, sizeof l);
    while (next_entry(c, t, len, &l)) {
        const char *base = l.base, *s = l.s;
        size_t m = l.m;
        if (s[0] == '!' && memchr(s, '=', m)) {
            substitution(c, base, s, m);
            continue;
        }
        int alias = s[0] == '+';
        size_t nl = m, gl = 0;
        const char *g = im_take_code(s, &nl, &gl);
        char code[16];
        if (alias) {
            if (!last[0]) {
                im_report(c, 1, "'+' line without an agent before it: not "
                          "imported");
                continue;
            }
            memcpy(code, last, sizeof code);
            s++;
            nl--;
        } else if (!g) {
            im_report(c, (long)(s - base) + (long)m + 1, "agent without "
                      "'[CODE]' at the end of the line: not imported");
            continue;
        } else if (!agent_code(c, base, g, gl, code)) {
            last[0] = '\0';
            continue;
        }
        memcpy(last, code, sizeof last);
        /* "NAME {PLURAL PLURAL}" */
        const char *ob = memchr(s, '{', nl);
        size_t name_len = ob ? (size_t)(ob - s) : nl;
        int first = 1;
        size_t before = c->out.len;
        dy_buf_printf(&c->out, "agent %s :", code);
        agent_name(c, code, im_col(base, s), s, name_len, &first);
        if (ob) {
            const char *cb = memchr(ob, '}', nl - name_len);
            if (!cb)
                im_report(c, im_col(base, ob), "'{' without '}': the "
                          "plurals are not imported");
            for (const char *p = ob + 1; cb && p < cb;) {
                while (p < cb && (*p == ' ' || *p == '\t'))
                    p++;
                const char *q = p;
                while (q < cb && *q != ' ' && *q != '\t')
                    q++;
                if (q > p)
                    agent_name(c, code, im_col(base, p), p, (size_t)(q - p),
                               &first);
                p = q;
            }
        }
        if (first)
            c->out.len = before; /* no name kept */
        else
            im_provenance(c, l.cm, l.cmn);
    }
}
