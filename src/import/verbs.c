/*
 * verbs.c - what the TABARI and PETRARCH verb readers share: a verb line
 * ("WORD {FORMS} [CODE]") as the head of the patterns that follow it, and
 * a synonym set's lines ("&NAME", "+MEMBER").
 */
#include "import.h"

#include <stdio.h>
#include <string.h>

void im_verbs_init(im_verbs *v)
{
    memset(v, 0, sizeof *v);
}

/* a verb's words (s[0..n)) as a dyad phrase in out; 0 after a report.
 * PETRARCH2 marks the conjugated word of a verb of several words with a
 * '+': "+CORDON_OFF" is the verb "cordon" with its particle, and in
 * "WIRE_+TAP" the verb is "tap" with "wire" before it, which dyad writes
 * as a word before the verb ("wire ... tap", docs/lexicon.md). */
static int verb_phrase(im_ctx *c, const char *s, size_t n, long col,
                       char *out, size_t cap)
{
    const char *plus = memchr(s, '+', n);
    if (!plus)
        return im_phrase(c, s, n, col, out, cap);
    size_t pre = (size_t)(plus - s);
    while (pre && (s[pre - 1] == '_' || s[pre - 1] == ' '))
        pre--;
    if (!pre)
        return im_phrase(c, plus + 1, n - (size_t)(plus + 1 - s),
                         col + (long)(plus + 1 - s), out, cap);
    char before[IM_PHRASE_BYTES], verb[IM_PHRASE_BYTES];
    if (!im_phrase(c, s, pre, col, before, sizeof before) ||
        !im_phrase(c, plus + 1, n - (size_t)(plus + 1 - s),
                   col + (long)(plus + 1 - s), verb, sizeof verb))
        return 0;
    int k = snprintf(out, cap, "%s ... %s", before, verb);
    if (k < 0 || (size_t)k >= cap) {
        im_report(c, col, "phrase longer than %zu bytes (not imported)",
                  cap - 1);
        return 0;
    }
    return 1;
}

/* a verb's form as a head of the patterns below it, as TABARI and
 * PETRARCH2 read their patterns at every form of the verb ("Estonia
 * actxd on a resolution": ACT_ { ACTXD_ } with "- * RESOLUTION"), where
 * dyad reaches a form through its lemma only when its vocabulary knows
 * the form */
static void add_head(im_verbs *v, const char *form)
{
    for (size_t h = 0; h < v->nheads; h++)
        if (!strcmp(v->heads[h], form))
            return;
    if (v->nheads == IM_MAX_HEADS)
        return;
    memcpy(v->heads[v->nheads], form, strlen(form) + 1);
    v->ptr[v->nheads] = v->heads[v->nheads];
    v->nheads++;
}

/* "WORD {FORMS} [CODE]" (s[0..n), columns from base): the verb becomes a
 * head of the patterns below (when `head`), and with a code of the table
 * (its own, else `dflt`) a `verb CODE` line of the verb and its forms */
int im_verb_line(im_ctx *c, im_verbs *v, const char *base, const char *s,
                 size_t n, const char *dflt, char code[IM_CODE_BYTES])
{
    size_t gl = 0, nl = n;
    const char *g = im_take_code(s, &nl, &gl);
    int coded = 0;
    code[0] = '\0';
    if (v->own) { /* (a bad one is reported at both lines) */
        coded = im_verb_code(c, v->own, v->own_len, 1, code);
        if (coded && !strcmp(code, "null")) { /* "- * [---]": no line */
            coded = 0;
            code[0] = '\0';
        }
    } else if (g) {
        size_t tl = gl;
        const char *tg = im_trim(g, &tl);
        if (tl == 3 && !memcmp(tg, "---", 3))
            coded = 0; /* codes nothing alone: dyad simply has no line */
        else
            coded = im_verb_code(c, g, gl, im_col(base, g), code);
    } else if (dflt && dflt[0]) {
        memcpy(code, dflt, strlen(dflt) + 1);
        coded = 1;
    }
    const char *ob = memchr(s, '{', nl);
    size_t name_len = ob ? (size_t)(ob - s) : nl;
    char ph[IM_PHRASE_BYTES];
    if (!verb_phrase(c, s, name_len, im_col(base, s), ph, sizeof ph))
        return 0;
    if (v->nheads == IM_MAX_HEADS) {
        im_report(c, 1, "more than %d verbs in one block: '%s' not "
                  "imported", IM_MAX_HEADS, ph);
        return 0;
    }
    memcpy(v->heads[v->nheads], ph, strlen(ph) + 1);
    v->ptr[v->nheads] = v->heads[v->nheads];
    v->nheads++;
    if (!coded)
        return 0;
    const char *alts[1 + IM_MAX_HEADS];
    char forms[IM_MAX_HEADS][IM_PHRASE_BYTES];
    size_t na = 0;
    alts[na++] = ph;
    const char *cb = ob ? memchr(ob, '}', nl - name_len) : NULL;
    if (ob && !cb)
        im_report(c, im_col(base, ob), "'{' without '}': the forms are not "
                  "imported");
    for (const char *p = ob ? ob + 1 : NULL; cb && p < cb;) {
        while (p < cb && (*p == ' ' || *p == '\t'))
            p++;
        const char *q = p;
        while (q < cb && *q != ' ' && *q != '\t')
            q++;
        if (q > p && na <= IM_MAX_HEADS &&
            verb_phrase(c, p, (size_t)(q - p), im_col(base, p), forms[na - 1],
                      sizeof forms[0])) {
            alts[na] = forms[na - 1];
            add_head(v, forms[na - 1]);
            na++;
        }
        p = q;
    }
    im_verb_heads(c, code, alts, na);
    return 1;
}

/* "{ BROKE_ BROKEN_ }": forms of the verb above, with its code, and heads
 * of its patterns */
void im_forms_line(im_ctx *c, im_verbs *v, const char *base, const char *s,
                   size_t n, const char *code)
{
    const char *alts[IM_MAX_HEADS];
    char forms[IM_MAX_HEADS][IM_PHRASE_BYTES];
    size_t na = 0;
    const char *cb = memchr(s, '}', n);
    if (!cb) {
        im_report(c, 1, "'{' without '}': the forms are not imported");
        return;
    }
    for (const char *p = s + 1; p < cb && na < IM_MAX_HEADS;) {
        while (p < cb && (*p == ' ' || *p == '\t'))
            p++;
        const char *q = p;
        while (q < cb && *q != ' ' && *q != '\t')
            q++;
        if (q > p && verb_phrase(c, p, (size_t)(q - p), im_col(base, p),
                               forms[na], sizeof forms[0])) {
            alts[na] = forms[na];
            add_head(v, forms[na]);
            na++;
        }
        p = q;
    }
    if (code && code[0])
        im_verb_heads(c, code, alts, na);
}

/* "- PATTERN [CODE]": the pattern of the current heads */
void im_pattern_line(im_ctx *c, im_verbs *v, const char *base, const char *s,
                     size_t n)
{
    size_t gl = 0, nl = n;
    const char *g = im_take_code(s, &nl, &gl);
    char code[IM_CODE_BYTES];
    if (!g) {
        im_report(c, (long)(s - base) + (long)n + 1, "pattern without "
                  "'[CODE]' at the end of the line: not imported");
        return;
    }
    if (!v->nheads) {
        im_report(c, 1, "pattern before any verb: not imported");
        return;
    }
    if (!im_verb_code(c, g, gl, im_col(base, g), code))
        return;
    im_pattern(c, (const char *const *)v->ptr, v->nheads, s, nl,
               im_col(base, s), code);
}

/* "&NAME" opens a set; 1 when the line was one. A '_' after the name
 * ("&PREPOSIT1_", PETRARCH2's and Phoenix's) is no part of it: the
 * patterns name the set "&PREPOSIT1", and their '_' joins words. */
int im_set_line(im_ctx *c, im_verbs *v, const char *base, const char *s,
                size_t n)
{
    if (s[0] == '&') {
        size_t k = 1;
        while (k < n && s[k] != ' ' && s[k] != '\t')
            k++;
        while (k > 2 && s[k - 1] == '_')
            k--;
        v->set = im_set_new(c, s, k);
        return 1;
    }
    if (s[0] == '+' && v->set) {
        im_set_add(c, v->set, s + 1, n - 1, im_col(base, s + 1));
        return 1;
    }
    v->set = NULL;
    return 0;
}

/* '<' lines: TABARI's sections; 1 when the line was one. <TIME> and
 * unknown sections are reported and skipped to their end. */
int im_section_line(im_ctx *c, im_verbs *v, const char *s, size_t n)
{
    if (n < 3 || s[0] != '<' || s[n - 1] != '>' || s[1] == '!')
        return 0;
    if (s[1] == '/') {
        v->skip = 0;
        return 1;
    }
    if (n == 9 && !memcmp(s, "<SYNSETS>", 9))
        return 1;
    v->skip = 1;
    im_report(c, 1, "section '%.*s' is not imported (%s)", (int)n, s,
              n == 6 && !memcmp(s, "<TIME>", 6)
                  ? "dyad dates events from the document and its words"
                  : "dyad has no counterpart");
    return 1;
}
