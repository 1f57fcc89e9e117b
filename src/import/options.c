/*
 * options.c - a TABARI .options file: its DEFAULT command, the actors of
 * a side not found ("DEFAULT: SOURCE [DEFSRC] PRIOR TARGET [DEFTAR]
 * AFTER"), as dyad "option default-source" and "option default-target"
 * lines, and its FORWARD command (a pronoun subject that opens a sentence
 * is the first actor of the story's sentence before) as "option forward",
 * its COMMA command (comma-delimited clauses eliminated by length) as
 * "option comma", and its "SET: CODE ..." (which verbs it codes) as
 * "option code-all" or "option code-by-sentence".
 * TABARI's other commands (COMPLEX, SET, OUTPUT, LABEL ...) steer its
 * program, not its coding by the dictionaries, and are reported.
 */
#include "import.h"

#include <string.h>

/* does s[0..n) start with the word w (any case), then a blank, '[' or
 * the end? its length then, else 0 */
static size_t keyword(const char *s, size_t n, const char *w)
{
    size_t m = strlen(w);
    if (n < m)
        return 0;
    for (size_t i = 0; i < m; i++)
        if ((s[i] >= 'a' && s[i] <= 'z' ? s[i] - 'a' + 'A' : s[i]) != w[i])
            return 0;
    return n == m || s[m] == ' ' || s[m] == '\t' || s[m] == '[' ? m : 0;
}

/* one side of a DEFAULT command at s[0..*n): "SOURCE [CODE] PRIOR" (or
 * TARGET ... AFTER) written as `option default-source CODE prior`; the
 * rest of the line after it in s and *n. 0 after a report. */
static const char *default_side(im_ctx *c, const char *base, const char *s,
                                size_t *n, const char *side,
                                const char *flag, const char *opt)
{
    size_t k = keyword(s, *n, side);
    size_t r = *n - k;
    const char *p = im_trim(s + k, &r);
    const char *close = r && p[0] == '[' ? memchr(p, ']', r) : NULL;
    size_t cl = close ? (size_t)(close - p) - 1 : 0;
    if (!close || cl < 3 || cl > 15 || cl % 3) {
        im_report(c, im_col(base, p), "DEFAULT: %s needs an actor code in "
                  "[ ] of 3, 6, 9, 12 or 15 capitals or digits: not "
                  "imported", side);
        return NULL;
    }
    for (size_t i = 1; i <= cl; i++)
        if (!((p[i] >= 'A' && p[i] <= 'Z') || (p[i] >= '0' && p[i] <= '9'))) {
            im_report(c, im_col(base, p + i), "DEFAULT: %s code is not "
                      "capitals and digits: not imported", side);
            return NULL;
        }
    const char *code = p + 1;
    r -= cl + 2;
    p = im_trim(close + 1, &r);
    size_t f = keyword(p, r, flag);
    dy_buf_printf(&c->out, "option %s %.*s%s", opt, (int)cl, code,
                  !f ? "" : side[0] == 'S' ? " prior" : " after");
    im_provenance(c, NULL, 0);
    r -= f;
    *n = r;
    return im_trim(p + f, n);
}

/* "DEFAULT: SOURCE [A] PRIOR TARGET [B] AFTER", either side optional;
 * "DEFAULT: OFF" writes nothing (the file's state is its lines) */
static void default_line(im_ctx *c, const char *base, const char *s,
                         size_t n)
{
    s = im_trim(s, &n);
    if (keyword(s, n, "OFF") == n && n)
        return;
    int sides = 0;
    if (keyword(s, n, "SOURCE")) {
        s = default_side(c, base, s, &n, "SOURCE", "PRIOR", "default-source");
        if (!s)
            return;
        sides++;
    }
    if (keyword(s, n, "TARGET")) {
        s = default_side(c, base, s, &n, "TARGET", "AFTER", "default-target");
        if (!s)
            return;
        sides++;
    }
    if (n || !sides)
        im_report(c, im_col(base, s), "DEFAULT: expected SOURCE [CODE] "
                  "[PRIOR] TARGET [CODE] [AFTER] or OFF%s",
                  sides ? " (the rest of the line is not imported)"
                        : ": not imported");
}

/* "FORWARD: MASK [DOC] [OFF]": the mask tells the story and sentence
 * numbers in a record's id, which a document of dyad holds already (a
 * story is one document); OFF writes nothing */
static void forward_line(im_ctx *c, const char *base, const char *s,
                         size_t n)
{
    s = im_trim(s, &n);
    if (!n) {
        im_report(c, im_col(base, s), "FORWARD: expected the id mask: not "
                  "imported");
        return;
    }
    size_t w = n;
    while (w > 0 && s[w - 1] != ' ' && s[w - 1] != '\t')
        w--;
    if (keyword(s + w, n - w, "OFF"))
        return;
    dy_buf_printf(&c->out, "option forward");
    im_provenance(c, NULL, 0);
}

/* "COMMA: MIN = 4 MAX = 6 EMIN = 3 EMAX = 6 BMIN = 3 BMAX = 8" or
 * "COMMA: OFF": TABARI's elimination of comma-delimited clauses by their
 * length in words (inside the sentence, at its end, at its start), as
 * "option comma MIN-MAX EMIN-EMAX BMIN-BMAX". A bound not given keeps
 * TABARI's default (2-10 2-10 255-0: no initial clause is eliminated);
 * OFF, which eliminates none, as "option comma off". */
static void comma_line(im_ctx *c, const char *base, const char *s, size_t n)
{
    static const char *const names[6] = {"MIN",  "MAX",  "EMIN",
                                         "EMAX", "BMIN", "BMAX"};
    unsigned v[6] = {2, 10, 2, 10, 255, 0};
    s = im_trim(s, &n);
    if (n && keyword(s, n, "OFF") == n) {
        dy_buf_printf(&c->out, "option comma off");
        im_provenance(c, NULL, 0);
        return;
    }
    for (int guard = 0; n && guard < 6; guard++) {
        int k = 0;
        size_t w = 0;
        while (k < 6 && !(w = keyword(s, n, names[k])) &&
               !(n > strlen(names[k]) && s[strlen(names[k])] == '=' &&
                 (w = keyword(s, strlen(names[k]), names[k]))))
            k++;
        size_t r = n - w;
        const char *p = im_trim(s + w, &r);
        if (k == 6 || !r || p[0] != '=') {
            im_report(c, im_col(base, s), "COMMA: expected MIN, MAX, EMIN, "
                      "EMAX, BMIN or BMAX = a number of words, or OFF: not "
                      "imported");
            return;
        }
        r--;
        p = im_trim(p + 1, &r);
        unsigned x = 0;
        size_t d = 0;
        while (d < r && d < 4 && p[d] >= '0' && p[d] <= '9')
            x = x * 10 + (unsigned)(p[d++] - '0');
        if (!d || x > 255 || (d < r && p[d] != ' ' && p[d] != '\t')) {
            im_report(c, im_col(base, p), "COMMA: %s needs a number of "
                      "words from 0 to 255: not imported", names[k]);
            return;
        }
        v[k] = x;
        r -= d;
        s = im_trim(p + d, &r);
        n = r;
    }
    if (n) {
        im_report(c, im_col(base, s), "COMMA: the rest of the line is not "
                  "imported");
        return;
    }
    dy_buf_printf(&c->out, "option comma %u-%u %u-%u %u-%u", v[0], v[1],
                  v[2], v[3], v[4], v[5]);
    im_provenance(c, NULL, 0);
}

/* "SET: CODE ALL", "SET: CODE BY SENTENCE", "SET: CODE BY CLAUSE": which
 * verbs TABARI codes (every verb of each clause, the sentence's first,
 * each clause's first: its default, which writes nothing), as "option
 * code-all" and "option code-by-sentence". 1 when s[0..n) is one of
 * them. */
static int code_by_line(im_ctx *c, const char *s, size_t n)
{
    s = im_trim(s, &n);
    size_t k = keyword(s, n, "CODE");
    if (!k)
        return 0;
    size_t r = n - k;
    const char *p = im_trim(s + k, &r);
    if (keyword(p, r, "ALL") == r && r)
        dy_buf_printf(&c->out, "option code-all");
    else if (r > 2 && keyword(p, r, "BY")) {
        size_t q = r - 2;
        const char *w = im_trim(p + 2, &q);
        if (keyword(w, q, "CLAUSE") == q && q)
            return 1; /* (TABARI's default: nothing written) */
        if (!(keyword(w, q, "SENTENCE") == q && q))
            return 0;
        dy_buf_printf(&c->out, "option code-by-sentence");
    } else {
        return 0;
    }
    im_provenance(c, NULL, 0);
    return 1;
}

/* the length of s[0..n) up to and with its first c, at most 40 */
static size_t strcspn_n(const char *s, size_t n, char c)
{
    const char *p = memchr(s, c, n);
    size_t k = p ? (size_t)(p - s) + 1 : n;
    return k < 40 ? k : 40;
}

void im_tabari_options(im_ctx *c, const char *t, size_t len)
{
    size_t pos = 0, n;
    const char *line;
    while (!c->failed && im_next_line(c, t, len, &pos, &line, &n)) {
        size_t m = n;
        const char *s = im_trim(line, &m);
        if (!m || (m >= 2 && s[0] == '/' && s[1] == '/') || s[0] == '~')
            continue;
        size_t k = keyword(s, m, "DEFAULT:");
        if (!k && (k = keyword(s, m, "DEFAULT")) != 0) {
            size_t r = m - k; /* "DEFAULT :" */
            const char *p = im_trim(s + k, &r);
            k = r && p[0] == ':' ? (size_t)(p - s) + 1 : 0;
        }
        size_t f = keyword(s, m, "FORWARD:");
        size_t cm = keyword(s, m, "COMMA:");
        if (k)
            default_line(c, line, s + k, m - k);
        else if (f)
            forward_line(c, line, s + f, m - f);
        else if (cm)
            comma_line(c, line, s + cm, m - cm);
        else if ((f = keyword(s, m, "SET:")) != 0 &&
                 code_by_line(c, s + f, m - f))
            continue;
        else
            im_report(c, im_col(line, s), "TABARI option '%.*s': steers "
                      "TABARI's program, not its coding: not imported",
                      (int)strcspn_n(s, m, ':'), s);
    }
}
