/*
 * import.c - dyad_lexicon_import: the entry point of the import room, and
 * what the TABARI and PETRARCH readers share: lines and comments, names
 * as dyad phrases, codes checked against the CAMEO table, synonym sets and
 * the translation of a verb pattern into dyad verb lines.
 */
#include "import.h"

#include "internal.h"
#include "lexicon/closed.h"
#include "text/text.h"

#include <ctype.h>
#include <stdio.h>
#include <stdarg.h>
#include <string.h>

/* ------------------------------------------------------------ reports */

void im_report(im_ctx *c, long col, const char *fmt, ...)
{
    dyad_error e;
    memset(&e, 0, sizeof e);
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(e.message, sizeof e.message, fmt, ap);
    va_end(ap);
    snprintf(e.file, sizeof e.file, "%s", c->name);
    e.code = DYAD_EDICT;
    e.line = c->line;
    e.column = col < 1 ? 1 : col;
    e.byte = -1;
    c->reports++;
    if (c->diag)
        c->diag(&e, c->dctx);
}

long im_col(const char *base, const char *p)
{
    return (long)(p - base) + 1;
}

const char *im_trim(const char *s, size_t *n)
{
    while (*n && (s[0] == ' ' || s[0] == '\t')) {
        s++;
        (*n)--;
    }
    while (*n && (s[*n - 1] == ' ' || s[*n - 1] == '\t' || s[*n - 1] == '\r'))
        (*n)--;
    return s;
}

int im_next_line(im_ctx *c, const char *t, size_t len, size_t *pos,
                 const char **line, size_t *n)
{
    if (*pos >= len || c->failed)
        return 0;
    size_t i = *pos, e = i;
    while (e < len && t[e] != '\n')
        e++;
    *pos = e + 1;
    c->line++;
    *line = t + i;
    *n = e - i;
    if (*n && t[e - 1] == '\r')
        (*n)--;
    if (*n > c->lim.max_line_bytes) {
        im_report(c, (long)c->lim.max_line_bytes + 1,
                  "line longer than %zu bytes: not read",
                  c->lim.max_line_bytes);
        *n = 0;
    }
    return 1;
}

size_t im_strip_comment(const im_ctx *c, const char *s, size_t n,
                        const char **cm, size_t *cmn)
{
    char mark = c->format == DYAD_IMPORT_TABARI ? ';' : '#';
    *cm = NULL;
    *cmn = 0;
    for (size_t i = 0; i < n; i++)
        if (s[i] == mark) {
            *cm = s + i + 1;
            *cmn = n - i - 1;
            return i;
        }
    return n;
}

int im_count(im_ctx *c, size_t n)
{
    c->entries += n;
    if (c->entries > c->lim.max_entries) {
        if (!c->failed)
            im_report(c, 1, "more than %zu entries: the rest is not read",
                      c->lim.max_entries);
        c->failed = DYAD_ELIMIT;
        return 0;
    }
    return 1;
}

/* ------------------------------------------------------------- names */

/* bytes a dyad phrase may hold: letters, digits, ' . - & and UTF-8 */
static int word_byte(unsigned char ch)
{
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
           (ch >= '0' && ch <= '9') || ch == '\'' || ch == '.' ||
           ch == '-' || ch == '&' || ch >= 0x80;
}

/* Does the dyad phrase s (stem marks '*' aside) hold at most 16 words of
 * at most 255 bytes each as dyad's tokenizer reads them ("&&&" is three,
 * "AT&T" three; a pattern's '_' and a name's gap none)? 0 after a report:
 * the lexicon compiler would refuse it */
static int im_fits(im_ctx *c, const char *s, long col)
{
    char bare[IM_PHRASE_BYTES * 2];
    size_t n = 0;
    for (; *s && n + 1 < sizeof bare; s++)
        if (*s != '*')
            bare[n++] = *s;
    dy_vec toks;
    dy_vec_init(&toks, sizeof(dy_tok), c->mem);
    int rc = dy_text_tokenize(bare, n, 33, &toks);
    /* (no token at all: a name of spaces dyad reads as blanks, U+00A0) */
    size_t joins = 0;
    for (size_t i = 0; i < toks.count; i++) {
        const dy_tok *t = dy_vec_at(&toks, i);
        /* (a name's gap "..." is no word either; a pattern's is) */
        joins += (t->len == 1 && bare[t->start] == '_') ||
                 (c->name_gaps && t->len == 3 &&
                  !memcmp(bare + t->start, "...", 3));
    }
    int ok = rc == 0 && toks.count >= 1 && toks.count - joins <= 16;
    for (size_t i = 0; ok && i < toks.count; i++)
        ok = ((const dy_tok *)dy_vec_at(&toks, i))->len <= 255;
    dy_vec_free(&toks);
    if (rc == DYAD_ENOMEM) {
        c->failed = DYAD_ENOMEM;
        return 0;
    }
    if (!ok)
        im_report(c, col, "'%.*s' is no word, more than 16 words, or has a "
                  "word over 255 bytes, as dyad reads it (not imported)",
                  (int)(n < 60 ? n : 60), bare);
    return ok;
}

/* TABARI reads a word not followed by '_' as a stem: "RESTOR" matches
 * "restore" and "restoration". dyad's stem mark is a '*' after the word
 * (docs/lexicon.md, "Stems"); 0 when the phrase is full */
static int stem_mark(im_ctx *c, char *out, size_t *o, size_t cap)
{
    if (c->format != DYAD_IMPORT_TABARI || *o == 0 ||
        !isalnum((unsigned char)out[*o - 1]))
        return 1;
    if (*o + 2 >= cap) {
        im_report(c, 1, "phrase longer than %zu bytes (not imported)",
                  cap - 1);
        return 0;
    }
    out[(*o)++] = '*';
    return 1;
}

/* is the '-' at s[i] the last character of its word, a blank or the end
 * after it ("ANTI-", "ANTI-_")? */
static int suspended_hyphen(const char *s, size_t n, size_t i)
{
    return i + 1 == n || s[i + 1] == ' ' || s[i + 1] == '\t' ||
           s[i + 1] == '_';
}

/* does the word at s (up to a blank, '_' or the end of n bytes) hold a
 * dot ("K.U.", "U.S.")? Such a word keeps its capitals: dyad's tokenizer
 * reads "K.U." as one word and "k.u." as "k.u" and a full stop, so the
 * lower-case name would not match the text's "K.U." */
static int dotted_word(const char *s, size_t n)
{
    for (size_t i = 0; i < n && s[i] != ' ' && s[i] != '\t' && s[i] != '_';
         i++)
        if (s[i] == '.')
            return 1;
    return 0;
}

int im_phrase(im_ctx *c, const char *s, size_t n, long col, char *out,
              size_t cap)
{
    size_t o = 0, words = 0;
    int in_word = 0, keep_case = 0, gap = 0;
    s = im_trim(s, &n);
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (ch == '_' || ch == ' ' || ch == '\t') {
            if (in_word && ch != '_' && !stem_mark(c, out, &o, cap))
                return 0;
            gap = c->name_gaps && ch != '_' && (gap || in_word);
            in_word = 0;
            continue;
        }
        /* "ANTI- + *": a prefix whose hyphen stands before a blank ("an
         * anti- Gondor parade") is the word; the matcher reads such a
         * hyphen in the text as part of its word, not as a dash */
        if (ch == '-' && in_word && suspended_hyphen(s, n, i)) {
            in_word = 0;
            continue;
        }
        if (!word_byte(ch)) {
            im_report(c, col + (long)i,
                      "character '%c' in '%.*s': dyad phrases hold words "
                      "only (not imported)",
                      ch >= 0x20 && ch < 0x7f ? ch : '?', (int)n, s);
            return 0;
        }
        /* "RESTOR...": dots in a row are dyad's words-before-the-verb
         * mark, not part of a word */
        if (ch == '.' && i + 1 < n && s[i + 1] == '.') {
            im_report(c, col + (long)i,
                      "'..' in '%.*s': dots in a row mark words before the "
                      "verb in dyad patterns (not imported)",
                      (int)n, s);
            return 0;
        }
        if (!in_word) {
            if (++words > IM_MAX_WORDS) {
                im_report(c, col, "'%.*s' has more than %d words (not "
                          "imported)", (int)n, s, IM_MAX_WORDS);
                return 0;
            }
            if (o && gap) {
                if (o + 5 >= cap) {
                    im_report(c, col, "phrase longer than %zu bytes (not "
                              "imported)", cap - 1);
                    return 0;
                }
                memcpy(out + o, " ...", 4);
                o += 4;
            }
            if (o && o + 1 < cap)
                out[o++] = ' ';
            gap = 0;
            in_word = 1;
            keep_case = dotted_word(s + i, n - i);
        }
        if (o + 1 >= cap) {
            im_report(c, col, "phrase longer than %zu bytes (not imported)",
                      cap - 1);
            return 0;
        }
        out[o++] = (char)(ch >= 'A' && ch <= 'Z' && !keep_case ? ch - 'A' + 'a'
                                                               : ch);
        /* "&" right before a word is a dyad slot ("&ties"): "AT&T" is
         * written "at& t", the same tokens */
        if (ch == '&' && i + 1 < n && word_byte((unsigned char)s[i + 1])) {
            if (o + 1 >= cap) {
                im_report(c, col, "phrase longer than %zu bytes (not "
                          "imported)", cap - 1);
                return 0;
            }
            out[o++] = ' ';
        }
    }
    if (in_word && !stem_mark(c, out, &o, cap))
        return 0;
    out[o] = '\0';
    if (!words) {
        im_report(c, col, "empty name (not imported)");
        return 0;
    }
    if (out[0] == '&' && out[1] == '\0') {
        im_report(c, col, "a lone '&' is no name (not imported)");
        return 0;
    }
    return im_fits(c, out, col);
}

/* ------------------------------------------------------------- codes */

static int cameo_known(const im_ctx *c, const char *code, size_t n)
{
    size_t i = 0;
    while (i < c->cameo_len) {
        size_t e = i;
        while (e < c->cameo_len && c->cameo[e] != '\n')
            e++;
        if (e - i > n && c->cameo[i + n] == '\t' &&
            memcmp(c->cameo + i, code, n) == 0)
            return 1;
        i = e + 1;
    }
    return 0;
}

/* A code outside the CAMEO table (KEDS/WEIS: "223", "075A", "1717"):
 * declared by a `code` line before its first use in this import, with the
 * facts of its longest CAMEO prefix ("075A" as 075) or none ("223");
 * 0 on OOM */
static int declare_code(im_ctx *c, const char *s, size_t n)
{
    for (size_t i = 0; i + n < c->codes.len;) {
        const char *e = memchr(c->codes.data + i, '\n', c->codes.len - i);
        if ((size_t)(e - (c->codes.data + i)) == n &&
            !memcmp(c->codes.data + i, s, n))
            return 1;
        i = (size_t)(e - c->codes.data) + 1;
    }
    size_t like = n - 1;
    while (like >= 2 && !cameo_known(c, s, like))
        like--;
    const char *base = strrchr(c->name, '/');
    char file[64]; /* the file's name, as a name: no '#', '|' or controls */
    snprintf(file, sizeof file, "%s", base ? base + 1 : c->name);
    for (char *f = file; *f; f++)
        if ((unsigned char)*f < 0x20 || *f == '#' || *f == '|')
            *f = '_';
    dy_buf_printf(&c->out, "code %.*s%s%.*s : foreign code %.*s (%s)\n",
                  (int)n, s, like >= 2 ? " " : "", like >= 2 ? (int)like : 0,
                  s, (int)n, s, file);
    dy_buf_printf(&c->codes, "%.*s\n", (int)n, s);
    if (c->codes.failed || c->out.failed) {
        c->failed = DYAD_ENOMEM;
        return 0;
    }
    return 1;
}

/* one code of a verb's [...] (s[0..n), trimmed) into out: a CAMEO code
 * or a foreign one (declared); 0 after a report */
static int one_code(im_ctx *c, const char *s, size_t n, long col, char *out)
{
    int ok = n >= 2 && n <= 7 && s[0] >= '0' && s[0] <= '9';
    for (size_t i = 0; i < n && ok; i++)
        ok = (s[i] >= '0' && s[i] <= '9') || (s[i] >= 'A' && s[i] <= 'Z');
    if (!ok) {
        im_report(c, col, "code '%.*s' is neither a CAMEO code nor a "
                  "foreign one (2 to 7 digits or capitals, a digit first): "
                  "not imported", (int)(n < 40 ? n : 40), s);
        return 0;
    }
    if (!cameo_known(c, s, n) && !declare_code(c, s, n))
        return 0;
    memcpy(out, s, n);
    out[n] = '\0';
    return 1;
}

int im_verb_code(im_ctx *c, const char *s, size_t n, long col,
                 char out[IM_CODE_BYTES])
{
    s = im_trim(s, &n);
    /* (TABARI's "+++", a complex event: TABARI writes its sentence
     * apart, with no event, as a discard's is dropped) */
    int complex = n == 3 && !memcmp(s, "+++", 3);
    if (n == 3 && (!memcmp(s, "---", 3) || !memcmp(s, "###", 3) ||
                   (complex && c->format == DYAD_IMPORT_TABARI))) {
        memcpy(out, s[0] == '-' ? "null" : "discard",
               s[0] == '-' ? 5 : 8);
        return 1;
    }
    if (complex) {
        im_report(c, col, "code '[+++]' (complex event): dyad has no such "
                  "pattern; not imported");
        return 0;
    }
    /* "032:033": the second event has source and target swapped */
    const char *colon = memchr(s, ':', n);
    size_t n1 = colon ? (size_t)(colon - s) : n;
    char first[8], second[8];
    s = im_trim(s, &n1);
    if (!one_code(c, s, n1, col, first))
        return 0;
    if (!colon) {
        memcpy(out, first, strlen(first) + 1);
        return 1;
    }
    size_t n2 = n - (size_t)(colon - s) - 1;
    const char *s2 = im_trim(colon + 1, &n2);
    if (!one_code(c, s2, n2, col + (long)(s2 - s), second))
        return 0;
    snprintf(out, IM_CODE_BYTES, "%s paired %s", first, second);
    return 1;
}

const char *im_take_code(const char *s, size_t *n, size_t *code_len)
{
    size_t e = *n;
    while (e && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r'))
        e--;
    if (!e || s[e - 1] != ']')
        return NULL;
    size_t b = e - 1;
    while (b && s[b - 1] != '[')
        b--;
    if (!b)
        return NULL;
    *code_len = e - 1 - b;
    *n = b - 1;
    return s + b;
}

/* ------------------------------------------------------- synonym sets */

im_set *im_set_find(im_ctx *c, const char *name, size_t n)
{
    for (size_t i = 0; i < c->sets.count; i++) {
        im_set *s = dy_vec_at(&c->sets, i);
        if (strlen(s->name) == n) {
            size_t k = 0;
            while (k < n && (s->name[k] == name[k] ||
                             s->name[k] == (name[k] | 0x20)))
                k++;
            if (k == n)
                return s;
        }
    }
    return NULL;
}

im_set *im_set_new(im_ctx *c, const char *name, size_t n)
{
    im_set *s = im_set_find(c, name, n);
    if (s) {
        im_report(c, 1, "set '%.*s' defined again: its members are added",
                  (int)n, name);
        return s;
    }
    if (c->sets.count >= 4096) {
        im_report(c, 1, "more than 4096 sets: '%.*s' not imported", (int)n,
                  name);
        return NULL;
    }
    char *nm = dy_arena_strndup(&c->arena, name, n);
    s = dy_vec_push(&c->sets);
    if (!nm || !s) {
        c->failed = DYAD_ENOMEM;
        return NULL;
    }
    for (size_t i = 0; i < n; i++)
        if (nm[i] >= 'A' && nm[i] <= 'Z')
            nm[i] = (char)(nm[i] - 'A' + 'a');
    s->name = nm;
    dy_vec_init(&s->members, sizeof(const char *), c->mem);
    return s;
}

/* ----------------------------------------------------------- patterns */

/* one token of a pattern: a word, a set, or one of * + $ ^ { } ( ) | */
typedef struct ptok {
    const char *s;
    size_t n;
    long col;
    int exact; /* followed by '_': TABARI's whole word, not a stem */
    int joined; /* and the next token right after that '_' */
} ptok;

#define MAX_PTOK 48

static size_t tokenize(const char *p, size_t n, long col, ptok *t)
{
    size_t k = 0;
    for (size_t i = 0; i < n && k < MAX_PTOK;) {
        char ch = p[i];
        if (ch == ' ' || ch == '\t' || ch == '_' || ch == '\r') {
            i++;
            continue;
        }
        size_t s = i;
        if (strchr("{}()|*$^%", ch) || (ch == '+' && (i + 1 == n ||
                                                      strchr(" \t_)", p[i + 1]))))
            i++;
        else
            while (i < n && !strchr(" \t_{}()|\r", p[i]))
                i++;
        t[k].exact = i < n && p[i] == '_';
        t[k].joined = t[k].exact && i + 1 < n && !strchr(" \t\r_", p[i + 1]);
        t[k].s = p + s;
        t[k].n = i - s;
        /* TABARI's "REAL~_PLEASANT": '~' before the connector keeps the
         * word a stem ("really pleasant", "real pleasant") */
        if (t[k].exact && t[k].n > 1 && p[i - 1] == '~') {
            t[k].exact = 0;
            t[k].n--;
        }
        t[k].col = col + (long)s;
        k++;
    }
    return k;
}

/* acc := acc x alts (strings joined by a space), bounded */
static int product(im_ctx *c, dy_vec *acc, const char *const *alts,
                   size_t nalt, long col)
{
    size_t na = acc->count ? acc->count : 1; /* empty: one "" */
    if (na * nalt > c->lim.max_expansions) {
        im_report(c, col, "pattern expands to more than %zu alternatives "
                  "(not imported)", c->lim.max_expansions);
        return 0;
    }
    dy_vec next;
    dy_vec_init(&next, sizeof(const char *), c->mem);
    for (size_t i = 0; i < na; i++) {
        const char *a = acc->count ? *(const char **)dy_vec_at(acc, i) : "";
        for (size_t j = 0; j < nalt; j++) {
            char buf[IM_PHRASE_BYTES * 2];
            int l = snprintf(buf, sizeof buf, "%s%s%s", a, a[0] ? " " : "",
                             alts[j]);
            const char **slot = dy_vec_push(&next);
            char *s = dy_arena_strndup(&c->arena, buf,
                                       l < (int)sizeof buf ? (size_t)l
                                                           : sizeof buf - 1);
            if (!slot || !s) {
                c->failed = DYAD_ENOMEM;
                dy_vec_free(&next);
                return 0;
            }
            *slot = s;
        }
    }
    dy_vec_free(acc);
    *acc = next;
    return 1;
}

/* one word or &set of a pattern or set member into acc; 0 after a report */
static int expand_word(im_ctx *c, dy_vec *acc, const ptok *t)
{
    if (t->s[0] == '&' && t->n > 1) {
        im_set *set = im_set_find(c, t->s, t->n);
        if (!set) {
            im_report(c, t->col, "unknown set '%.*s' (not imported)",
                      (int)t->n, t->s);
            return 0;
        }
        if (!set->members.count) {
            im_report(c, t->col, "set '%.*s' has no members (not imported)",
                      (int)t->n, t->s);
            return 0;
        }
        return product(c, acc, set->members.data, set->members.count,
                       t->col);
    }
    char w[IM_PHRASE_BYTES];
    if (!im_phrase(c, t->s, t->n, t->col, w, sizeof w))
        return 0;
    if (strstr(w, "...")) { /* dyad's mark of the words before the verb */
        im_report(c, t->col, "'%.*s' is no word (not imported)", (int)t->n,
                  t->s);
        return 0;
    }
    size_t wl = strlen(w);
    if (t->exact && wl > 1 && w[wl - 1] == '*')
        w[wl - 1] = '\0';
    const char *one = w;
    return product(c, acc, &one, 1, t->col);
}

static int joined_word(im_ctx *c, const ptok *t, size_t i, dy_vec *acc);

/* "{ A | B C }" starting at t[0]: the union of its branches into acc;
 * returns the tokens used, 0 after a report */
static size_t expand_choice(im_ctx *c, dy_vec *acc, const ptok *t, size_t n)
{
    dy_vec all, br;
    dy_vec_init(&all, sizeof(const char *), c->mem);
    dy_vec_init(&br, sizeof(const char *), c->mem);
    size_t i = 1, used = 0;
    int ok = 1;
    const char *empty = "";
    while (ok && i <= n) {
        dy_vec_free(&br);
        dy_vec_init(&br, sizeof(const char *), c->mem);
        ok = product(c, &br, &empty, 1, t[0].col);
        while (ok && i < n && !(t[i].n == 1 && strchr("|}", t[i].s[0]))) {
            if (t[i].n == 1 && strchr("{*+$^()", t[i].s[0])) {
                im_report(c, t[i].col, "'%c' inside '{ | }' (not imported)",
                          t[i].s[0]);
                ok = 0;
            } else {
                /* "{ ECONOMIC_SANCTIONS | ... }": joined inside a branch
                 * ("economic _ sanctions", not "economic high sanctions";
                 * the branch's first word joins as the '{' does) */
                ok = (strchr("{|", t[i - 1].s[0]) && t[i - 1].n == 1
                          ? 1
                          : joined_word(c, t, i, &br)) &&
                     expand_word(c, &br, &t[i]);
            }
            i++;
        }
        for (size_t k = 0; ok && k < br.count; k++) {
            const char **slot = dy_vec_push(&all);
            if (!slot) {
                c->failed = DYAD_ENOMEM;
                ok = 0;
            } else {
                *slot = *(const char **)dy_vec_at(&br, k);
            }
        }
        if (i >= n) {
            im_report(c, t[0].col, "'{' without '}' (not imported)");
            ok = 0;
        } else if (t[i].s[0] == '}') {
            used = i + 1;
            break;
        }
        i++;
    }
    if (ok)
        ok = product(c, acc, all.data, all.count, t[0].col);
    dy_vec_free(&all);
    dy_vec_free(&br);
    return ok ? used : 0;
}

/* does a '{' at t[0] hold a '|' before its '}'? */
static int is_choice(const ptok *t, size_t n)
{
    for (size_t i = 1; i < n && t[i].s[0] != '}'; i++)
        if (t[i].n == 1 && t[i].s[0] == '|')
            return 1;
    return 0;
}

/* does the '}' at t[k] close a choice opened on the same side of the
 * verb ("{ GENEVA_ | INTERNATIONAL_ }")? */
static int closes_choice(const ptok *t, size_t k)
{
    while (k-- > 0) {
        if (t[k].n != 1)
            continue;
        if (t[k].s[0] == '{')
            return 1;
        if (t[k].s[0] == '}' || t[k].s[0] == '*')
            return 0;
    }
    return 0;
}

/* "- * NEW_&TIETYPES_RELATIONS", "- MOST_CERTAINLY_&NEGATVAUXVRB *": a
 * word joined by '_' to the word before it on the same side of the verb
 * must follow that word directly (TABARI's connector;
 * PETRARCH2 reads it so: "new global economic relations" is no
 * NEW_&TIETYPES_RELATIONS), dyad's "new _ &ties _ relations" (docs/
 * lexicon.md); t[i] is a word or set. 0 on OOM. */
static int joined_word(im_ctx *c, const ptok *t, size_t i, dy_vec *acc)
{
    if (i >= 2 && t[i - 1].n == 1 && t[i - 1].s[0] == '{')
        i--; /* "APPLY_{ GENEVA CONVENTIONS }": joined to the word before */
    if (i == 0 || !t[i - 1].joined ||
        (t[i - 1].n == 1 && strchr("*+$%(){|^", t[i - 1].s[0])))
        return 1;
    /* "}_CONVENTIONS" joins only after a choice's closing brace; a '}'
     * that closes none ("- }_D * [043]") joins nothing */
    if (t[i - 1].n == 1 && t[i - 1].s[0] == '}' && !closes_choice(t, i - 1))
        return 1;
    const char *one = "_";
    return product(c, acc, &one, 1, t[i].col);
}

int im_set_add(im_ctx *c, im_set *set, const char *s, size_t n, long col)
{
    ptok t[MAX_PTOK];
    size_t nt = tokenize(s, n, col, t);
    if (nt == 0) {
        im_report(c, col, "'+' line without a member word: not imported");
        return 1;
    }
    dy_vec acc;
    dy_vec_init(&acc, sizeof(const char *), c->mem);
    const char *empty = "";
    int ok = product(c, &acc, &empty, 1, col);
    for (size_t i = 0; ok && i < nt; i++)
        ok = joined_word(c, t, i, &acc) && expand_word(c, &acc, &t[i]);
    for (size_t i = 0; ok && i < acc.count; i++) {
        const char **slot = dy_vec_push(&set->members);
        if (!slot) {
            c->failed = DYAD_ENOMEM;
            ok = 0;
        } else {
            *slot = *(const char **)dy_vec_at(&acc, i);
        }
    }
    dy_vec_free(&acc);
    return ok;
}

/* a pattern's slots: where the target and the source stand, before or
 * after the verb */
typedef struct pslots {
    int star;         /* the verb ('*') was seen */
    int plus_before;  /* a '+' before the verb */
    int plus_after;   /* a '+' after it */
    int dollar_after; /* a '$' after it */
    int compound;     /* a '%' before it: its members act with each other */
    long dollar_col;  /* its column */
} pslots;

/* '+' or '$' at t of a pattern into acc and sl; 0 after a report. A '$'
 * after the verb stands where the target would ('+ * FROM $': the
 * converse pattern, whose subject is acted on) and needs a '+' before
 * the verb; a '$' before it is dyad's rule (the source is the subject)
 * and is dropped. */
static int pattern_slot(im_ctx *c, const ptok *t, pslots *sl, dy_vec *acc)
{
    const char *one = "+";
    if (t->s[0] == '$') {
        if (!sl->star)
            return 1;
        if (sl->dollar_after || sl->plus_after) {
            im_report(c, t->col, "'$' after a '+' or '$' after the verb "
                      "(not imported)");
            return 0;
        }
        sl->dollar_after = 1;
        sl->dollar_col = t->col;
        return product(c, acc, &one, 1, t->col);
    }
    if (sl->plus_before || sl->plus_after || sl->dollar_after) {
        im_report(c, t->col, "a second '+' (not imported)");
        return 0;
    }
    if (sl->star)
        sl->plus_after = 1;
    else
        sl->plus_before = 1;
    return product(c, acc, &one, 1, t->col);
}

/* the words of a pattern into acc, the verb as a lone "*" (the '+' and
 * a '$' after the verb kept as "+"); 0 after a report */
static int pattern_words(im_ctx *c, const ptok *t, size_t nt, dy_vec *acc,
                         pslots *sl)
{
    const char *one;
    memset(sl, 0, sizeof *sl);
    for (size_t i = 0; i < nt; i++) {
        char ch = t[i].n == 1 ? t[i].s[0] : 0;
        if (ch == '(' || ch == ')')
            continue; /* PETRARCH's phrase brackets: the words stay */
        if (ch == '*') {
            if (sl->star) {
                im_report(c, t[i].col, "a second '*' (not imported)");
                return 0;
            }
            sl->star = 1;
            one = "*";
            if (!joined_word(c, t, i, acc) ||
                !product(c, acc, &one, 1, t[i].col))
                return 0;
        } else if (ch == '$' || ch == '+') {
            if (!pattern_slot(c, &t[i], sl, acc))
                return 0;
        } else if (ch == '^' && !sl->star) {
            im_report(c, t[i].col, "'^' (skip an actor) before the verb "
                      "has no dyad counterpart: dropped, the pattern is "
                      "kept");
        } else if (ch == '^') {
            /* "- * AT ^ +": what stands after the verb, passed over */
            one = "^";
            if (!product(c, acc, &one, 1, t[i].col))
                return 0;
        } else if (ch == '%') {
            if (sl->star && (sl->plus_before || sl->plus_after ||
                             sl->dollar_after)) {
                im_report(c, t[i].col, "'%%' (a compound actor) after the "
                          "verb with a '+' or '$' (not imported)");
                return 0;
            }
            /* before the verb: its members act with each other; after
             * it (PETRARCH2's "- * WITH %"): the target, a compound whose
             * members are each one (TABARI's "- HAS * WITH %": its
             * members act with each other, "option compound-mutual") */
            one = "%";
            if (sl->star)
                sl->plus_after = 1;
            else
                sl->compound = 1;
            if (!product(c, acc, &one, 1, t[i].col))
                return 0;
        } else if (ch == '{' || ch == '}') {
            /* (a choice's own '}' is read with it, by expand_choice) */
            if (ch == '}')
                im_report(c, t[i].col, "'}' without its '{': ignored");
            if (ch == '{' && is_choice(t + i, nt - i)) {
                if (!joined_word(c, t, i, acc))
                    return 0;
                size_t used = expand_choice(c, acc, t + i, nt - i);
                if (!used)
                    return 0;
                i += used - 1;
            }
        } else if (ch == '|') {
            im_report(c, t[i].col, "'|' outside '{ }' (not imported)");
            return 0;
        } else if (!joined_word(c, t, i, acc) ||
                   !expand_word(c, acc, &t[i])) {
            return 0;
        }
    }
    if (!sl->star) {
        im_report(c, 1, "pattern without '*' (the verb) (not imported)");
        return 0;
    }
    if (sl->dollar_after && !sl->plus_before) {
        im_report(c, sl->dollar_col, "'$' after the verb without a '+' "
                  "before it: dyad "
                  "takes the source from the subject (not imported)");
        return 0;
    }
    return 1;
}

/* Is head (a verb phrase, a stem mark aside) one word that dyad's
 * grammar reads as a modal ("should", "would": the closed-class table)?
 * TABARI reads any word of its verbs file as a verb: `SHOULD [101]` with
 * `- SUGGESTED * APPLY CONVENTIONS [152]` ("Arnor suggested Gondor
 * should apply ..."), where dyad's verb is "apply" and "should" its
 * auxiliary, so no pattern of "should" is read at it. */
static int modal_head(const char *head)
{
    size_t n = strcspn(head, " *");
    if (head[n] == ' ' || (head[n] == '*' && head[n + 1]))
        return 0;
    for (const dy_closed_word *w = dy_closed_words; w->word; w++)
        if ((w->pos & POS_MODAL) && strlen(w->word) == n &&
            !memcmp(w->word, head, n))
            return 1;
    return 0;
}

/* the word after the verb in words (from p, the lone "*"): a word the
 * modal head can give the verb's place to, not a slot, a '_' or none */
static int plain_word_after(const char *p)
{
    p++;
    while (*p == ' ')
        p++;
    return *p && !strchr("+%_.^", *p);
}

/* is the word w[0..n) (a stem mark aside) a determiner? */
static int determiner(const char *w, size_t n)
{
    static const char *const dets[] = {"a", "an", "the", "its", "their",
                                       "his", "her", "our", "my", "your",
                                       NULL};
    if (n && w[n - 1] == '*')
        n--;
    for (size_t i = 0; dets[i]; i++)
        if (strlen(dets[i]) == n && !memcmp(dets[i], w, n))
            return 1;
    return 0;
}

/* `VOICE` with `- RECENTLY RAISED ITS * [042]` ("Calenardhon has
 * recently raised its voice for Bree"): TABARI reads the word of its
 * verbs file where it stands, here a noun after a determiner, which no
 * verb pattern of dyad's is read at. The pattern word before the
 * determiner is then dyad's verb ("recently ... raised its voice"): the
 * start of that word in words, or NULL when the word before the verb is
 * no determiner after a word. */
static const char *noun_head_verb(const char *words, const char *head)
{
    const char *star = strstr(words, "*");
    while (star && !((star == words || star[-1] == ' ') &&
                     (star[1] == ' ' || !star[1])))
        star = strstr(star + 1, "*");
    if (!star || strstr(head, " ... ") || star - words < 4)
        return NULL;
    const char *w[2] = {NULL, NULL}; /* the two words before the verb */
    size_t wn[2] = {0, 0};
    for (const char *p = words; p < star;) {
        while (*p == ' ')
            p++;
        const char *q = p;
        while (q < star && *q != ' ')
            q++;
        if (q > p) {
            w[0] = w[1];
            wn[0] = wn[1];
            w[1] = p;
            wn[1] = (size_t)(q - p);
        }
        p = q;
    }
    if (!w[0] || !determiner(w[1], wn[1]) ||
        strchr("+%_.$^", w[0][0]))
        return NULL;
    return w[0];
}

/* is the blank-delimited token [p, p+n) a word ('_' joins words only:
 * not the gap "...", a slot or the verb's '*')? */
static int join_word(const char *p, size_t n)
{
    return n && !(n == 1 && strchr("_+%$*^", *p)) &&
           !(n == 3 && !memcmp(p, "...", 3));
}

/* drops each '_' of s that does not stand between two words: a choice
 * with an empty alternative ("NEW_{ | GOOD }_RELATIONS") or a join at a
 * pattern's edge leaves one beside another '_', a gap or nothing, which
 * the compiler refuses (docs/lexicon.md) */
static void tidy_joins(char *s)
{
    size_t o = 0;
    const char *prev = NULL; /* the last token kept */
    size_t prevn = 0;
    for (const char *p = s; *p;) {
        while (*p == ' ')
            p++;
        const char *q = p;
        while (*q && *q != ' ')
            q++;
        size_t n = (size_t)(q - p);
        if (!n)
            break;
        if (n == 1 && *p == '_') {
            const char *r = q; /* the next token */
            while (*r == ' ')
                r++;
            size_t rn = strcspn(r, " ");
            /* ("recent* _ ... allow*": the word right before the verb) */
            int verb = rn == 3 && !memcmp(r, "...", 3) &&
                       join_word(r + 3 + strspn(r + 3, " "),
                                 strcspn(r + 3 + strspn(r + 3, " "), " "));
            if (!prev || !join_word(prev, prevn) ||
                (!join_word(r, rn) && !verb)) {
                p = q;
                continue;
            }
        }
        if (o)
            s[o++] = ' ';
        memmove(s + o, p, n);
        prev = s + o;
        prevn = n;
        o += n;
        p = q;
    }
    s[o] = '\0';
}

/* a pattern's words as written with its verb (a lone "*") replaced by
 * head: "said * talks" as "said ... hold talks"; a '+' before the verb of
 * a converse pattern (the subject) dropped. A modal head before a word
 * ("suggested * apply conventions" of SHOULD) is a word before the verb,
 * and that word dyad's verb: "suggested should ... apply conventions";
 * a head after a determiner is read at the word before it
 * (noun_head_verb). converse: 1, a '$' after the verb read as dyad's '+';
 * 2 (TABARI's), as the first actor after the verb ("... +"). */
static void with_head(const char *words, const char *head, int converse,
                      int far, char *out, size_t cap)
{
    size_t o = 0;
    int before = 1;
    const char *verb_at = noun_head_verb(words, head);
    for (const char *p = words; *p && o + 1 < cap;) {
        while (*p == ' ')
            p++;
        const char *q = p;
        while (*q && *q != ' ')
            q++;
        if (q == p)
            break;
        const char *w = p;
        size_t wl = (size_t)(q - p);
        char buf[IM_PHRASE_BYTES + 8];
        /* (not when a verb after a determiner is the verb already:
         * "- RECENTLY RAISED ITS *" of SHOULD has its gap before RAISED) */
        if (wl == 1 && *p == '*' && !verb_at && modal_head(head) &&
                   plain_word_after(p)) {
            snprintf(buf, sizeof buf, "%.*s ...",
                     (int)strcspn(head, "*"), head);
            w = buf;
            wl = strlen(buf);
            before = 0;
        } else if (p == verb_at && o) {
            snprintf(buf, sizeof buf, "... %.*s", (int)wl, p);
            w = buf;
            wl = strlen(buf);
        } else if (wl == 1 && *p == '*') {
            /* (a head with words of its own before the verb, "wire ...
             * tap", takes the pattern's before them) */
            snprintf(buf, sizeof buf, "%s%s",
                     o && !verb_at && !strstr(head, " ... ") ? "... " : "",
                     head);
            w = buf;
            wl = strlen(buf);
            before = 0;
        } else if (converse && before && wl == 1 && *p == '+') {
            w = NULL;
        }
        if (w) {
            int k = snprintf(out + o, cap - o, "%s%.*s", o ? " " : "",
                             (int)wl, w);
            o = k < 0 || (size_t)k >= cap - o ? cap - 1 : o + (size_t)k;
        }
        p = q;
    }
    /* "welcome ... +": TABARI's and PETRARCH's target, the first actor
     * after the pattern */
    if (far && o + 6 < cap) {
        memcpy(out + o, " ... +", 6);
        o += 6;
    }
    /* TABARI's "+ * IN_ $": the source, the first actor after the verb
     * ("was seen to break in an anti- Gondor parade"; PETRARCH2's '$'
     * is its parse's noun phrase, where dyad's '+' stands) */
    if (converse > 1 && o >= 2 && o + 4 < cap && out[o - 1] == '+' &&
        out[o - 2] == ' ' && !(o >= 5 && out[o - 3] == '.')) {
        memcpy(out + o - 1, "... +", 5);
        o += 4;
    }
    out[o] = '\0';
    tidy_joins(out);
}

static void put_alt(im_ctx *c, int *first, const char *head, const char *rest)
{
    dy_buf_printf(&c->out, "%s%s%s%s", *first ? " " : "\n| ", head,
                  rest[0] ? " " : "", rest);
    *first = 0;
}

void im_pattern(im_ctx *c, const char *const *heads, size_t nheads,
                const char *p, size_t n, long col, const char *code)
{
    ptok t[MAX_PTOK];
    size_t nt = tokenize(p, n, col, t);
    if (nt == MAX_PTOK) {
        im_report(c, col, "pattern of more than %d tokens (not imported)",
                  MAX_PTOK - 1);
        return;
    }
    dy_vec acc;
    dy_vec_init(&acc, sizeof(const char *), c->mem);
    const char *empty = "";
    pslots sl;
    if (!nheads || !product(c, &acc, &empty, 1, col) ||
        !pattern_words(c, t, nt, &acc, &sl))
        goto done;
    if (!acc.count)
        goto done;
    if (acc.count * nheads > c->lim.max_expansions) {
        im_report(c, col, "pattern expands to more than %zu alternatives "
                  "(not imported)", c->lim.max_expansions);
        goto done;
    }
    /* "+ * FROM $": the subject is acted on, the '$' actor acts */
    int converse = sl.dollar_after;
    int coded = strcmp(code, "null") && strcmp(code, "discard");
    if (converse && strchr(code, ' ')) {
        im_report(c, col, "a paired code on a pattern whose source follows "
                  "the verb: the second code is not imported");
    }
    /* the target: the first actor after the verb ("... +"), unless the
     * pattern names it ('+') or its compound's members are each other's */
    int far = coded && !sl.plus_after && !sl.plus_before && !sl.compound &&
              !converse;
    char whole[IM_PHRASE_BYTES * 2];
    for (size_t h = 0; h < nheads; h++)
        for (size_t i = 0; i < acc.count; i++) {
            with_head(*(const char **)dy_vec_at(&acc, i), heads[h],
                      converse ? 1 + (c->format == DYAD_IMPORT_TABARI) : 0,
                      far, whole, sizeof whole);
            if (!im_fits(c, whole, col))
                goto done;
        }
    if (!im_count(c, acc.count * nheads))
        goto done;
    /* (TABARI and PETRARCH read their patterns at verbs only: verbal) */
    if (converse && coded)
        dy_buf_printf(&c->out, "verb %.*s converse verbal :",
                      (int)strcspn(code, " "), code);
    else
        dy_buf_printf(&c->out, "verb %s%s :", code, coded ? " verbal" : "");
    int first = 1;
    for (size_t h = 0; h < nheads; h++)
        for (size_t i = 0; i < acc.count; i++) {
            with_head(*(const char **)dy_vec_at(&acc, i), heads[h],
                      converse ? 1 + (c->format == DYAD_IMPORT_TABARI) : 0,
                      far, whole, sizeof whole);
            put_alt(c, &first, whole, "");
        }
    im_provenance(c, NULL, 0);
done:
    dy_vec_free(&acc);
}

void im_verb_heads(im_ctx *c, const char *code, const char *const *heads,
                   size_t nheads)
{
    /* (TABARI's and PETRARCH's target: the first actor after the verb;
     * their patterns are read at verbs only) */
    int coded = strcmp(code, "discard") != 0;
    const char *rest = coded ? "... +" : "";
    /* the target's "... +" counts against the 16 words of a phrase */
    char whole[IM_PHRASE_BYTES * 2];
    for (size_t h = 0; h < nheads; h++) {
        snprintf(whole, sizeof whole, "%s %s", heads[h], rest);
        if (!im_fits(c, heads[h], 1) || !im_fits(c, whole, 1))
            return;
    }
    if (!nheads || !im_count(c, nheads))
        return;
    dy_buf_printf(&c->out, "verb %s%s :", code, coded ? " verbal" : "");
    int first = 1;
    for (size_t h = 0; h < nheads; h++)
        put_alt(c, &first, heads[h], rest);
    im_provenance(c, NULL, 0);
}

void im_provenance(im_ctx *c, const char *comment, size_t n)
{
    const char *base = strrchr(c->name, '/');
    base = base ? base + 1 : c->name;
    dy_buf_printf(&c->out, "   # %s:%ld", base, c->line);
    if (comment) {
        comment = im_trim(comment, &n);
        if (n)
            dy_buf_printf(&c->out, ": %.*s", (int)(n < 200 ? n : 200),
                          comment);
    }
    dy_buf_putc(&c->out, '\n');
}

/* -------------------------------------------------------------- entry */

static int ends_with_ci(const char *s, const char *suf)
{
    size_t n = strlen(s), m = strlen(suf);
    if (n < m)
        return 0;
    for (size_t i = 0; i < m; i++) {
        char ch = s[n - m + i];
        if ((ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch) != suf[i])
            return 0;
    }
    return 1;
}

static int contains_ci(const char *s, const char *w)
{
    size_t m = strlen(w);
    for (; *s; s++) {
        size_t i = 0;
        while (i < m && s[i] && (s[i] | 0x20) == w[i])
            i++;
        if (i == m)
            return 1;
    }
    return 0;
}

/* which driver reads a file of this name: 'a'ctors, a'g'ents, 'v'erbs,
 * TABARI 'o'ptions, 'd'iscards or 'i'ssues (reported), 0 unknown */
static int kind_of(const char *name)
{
    const char *base = strrchr(name, '/');
    base = base ? base + 1 : name;
    if (ends_with_ci(base, ".options"))
        return 'o';
    if (contains_ci(base, "discard"))
        return 'd';
    if (contains_ci(base, "issue"))
        return 'i';
    if (contains_ci(base, "agent"))
        return 'g';
    if (contains_ci(base, "actor"))
        return 'a';
    if (contains_ci(base, "verb") || contains_ci(base, "cameo") ||
        ends_with_ci(base, ".verbs"))
        return 'v';
    return 0;
}

static void im_free_sets(im_ctx *c)
{
    for (size_t i = 0; i < c->sets.count; i++)
        dy_vec_free(&((im_set *)dy_vec_at(&c->sets, i))->members);
    dy_vec_free(&c->sets);
}

int dyad_lexicon_import(char **out, size_t *out_len,
                        dyad_import_format format, const char *name,
                        const char *text, size_t len, const char *cameo,
                        size_t cameo_len, const dyad_import_limits *limits,
                        dyad_diag_fn diag, void *ctx, size_t *reports,
                        dyad_error *err)
{
    if (!out || !name || (!text && len) || (!cameo && cameo_len) ||
        (format != DYAD_IMPORT_TABARI && format != DYAD_IMPORT_PETRARCH))
        return dy_error_set(err, DYAD_EINVAL, "", 0, 0, -1,
                            "dyad_lexicon_import: bad arguments");
    *out = NULL;
    int kind = kind_of(name);
    if (!kind)
        return dy_error_set(err, DYAD_EINPUT, name, 0, 0, -1,
                            "cannot tell actors, agents or verbs from the "
                            "file name (expected .actors, .agents, .verbs, "
                            ".options, *.actors.txt, *.agents.txt, *verbs*, "
                            "CAMEO*)");
    int is_nul = 0;
    size_t bad = text ? dy_utf8_check(text, len, &is_nul) : (size_t)-1;
    if (bad != (size_t)-1)
        return dy_error_set(err, DYAD_EINPUT, name, 0, 0, (long long)bad,
                            "%s at byte %zu", is_nul ? "NUL byte"
                                                     : "invalid UTF-8", bad);
    im_ctx c;
    memset(&c, 0, sizeof c);
    c.name = name;
    c.format = (int)format;
    c.cameo = cameo;
    c.cameo_len = cameo_len;
    c.diag = diag;
    c.dctx = ctx;
    c.lim.max_line_bytes = limits && limits->max_line_bytes
                               ? limits->max_line_bytes : 65536;
    c.lim.max_entries = limits && limits->max_entries ? limits->max_entries
                                                      : 2000000;
    c.lim.max_expansions = limits && limits->max_expansions
                               ? limits->max_expansions : 256;
    dy_buf_init(&c.out, c.mem);
    dy_buf_init(&c.codes, c.mem);
    dy_arena_init(&c.arena, c.mem);
    dy_vec_init(&c.sets, sizeof(im_set), c.mem);
    dy_buf_printf(&c.out, "# dyad-lexicon 1\n# imported from %s (%s) by "
                  "dyad lexicon import\n", name,
                  format == DYAD_IMPORT_TABARI ? "TABARI" : "PETRARCH");
    c.line = 1;
    if (kind == 'd' || kind == 'i')
        im_report(&c, 1, "%s: dyad has no %s; the file is not imported",
                  kind == 'd' ? "discards" : "issue coding",
                  kind == 'd' ? "discard list (a discarded sentence is "
                                "coded as usual)"
                              : "issue codes");
    c.line = 0;
    if (kind == 'a')
        im_actors(&c, text, len);
    else if (kind == 'g')
        im_agents(&c, text, len);
    else if (kind == 'v' && format == DYAD_IMPORT_TABARI)
        im_tabari_verbs(&c, text, len);
    else if (kind == 'v')
        im_petrarch_verbs(&c, text, len);
    else if (kind == 'o' && format == DYAD_IMPORT_TABARI)
        im_tabari_options(&c, text, len);
    else if (kind == 'o' && (c.line = 1) != 0)
        im_report(&c, 1, "a .options file is TABARI's: not imported with "
                  "--format petrarch");
    int rc = c.failed ? c.failed : c.out.failed ? DYAD_ENOMEM : 0;
    im_free_sets(&c);
    dy_arena_free(&c.arena);
    dy_buf_free(&c.codes);
    if (reports)
        *reports = c.reports;
    if (rc) {
        dy_buf_free(&c.out);
        return dy_error_set(err, rc, name, c.line, 1, -1, "%s",
                            rc == DYAD_ELIMIT ? "more entries than the limit"
                                              : "out of memory");
    }
    if (dy_buf_putc(&c.out, '\0')) {
        dy_buf_free(&c.out);
        return dy_error_set(err, DYAD_ENOMEM, name, 0, 0, -1,
                            "out of memory");
    }
    *out = c.out.data;
    if (out_len)
        *out_len = c.out.len - 1;
    return 0;
}

void dyad_import_free(char *text)
{
    dy_free(NULL, text);
}
