/*
 * coding.h - shared by test_actors.c, test_events.c and test_claims.c:
 * code a text with the build lexicon and look for one line of the
 * canonical dump holding every given fragment. When the line is missing,
 * the failure also names the lexicon entries the case relies on that the
 * build lexicon lacks, so that a gap in the data/ lexicon files is told apart from a
 * coder bug.
 *
 * `needs`: entries separated by ';', alternatives by '|', each entry
 * "KIND CODE-PREFIX PHRASE", e.g. "agent MIL forces|agent MIL force;
 * verb 19 attack". A CODE-PREFIX of '*' matches any code.
 */
#ifndef DYAD_TEST_CODING_H
#define DYAD_TEST_CODING_H

#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L /* strtok_r, strncasecmp */
#endif

#include "helpers.h"

#include "internal.h"

#include <ctype.h>
#include <strings.h>

/* does the build lexicon hold the entry "KIND CODE PHRASE"? */
static inline int tc_has_entry(const char *entry)
{
    static const char *const tc_kind_names[LX_KIND_MAX] = {
        NULL,    "country", "demonym", "capital", "actor", "agent",
        "verb",  "noun",    "say",     "modal",   "count", "place",
        "class", "verb"}; /* LX_BLOCK: "verb null" */
    char kind[32], code[32];
    int used = 0;
    if (sscanf(entry, " %31s %31s %n", kind, code, &used) < 2)
        return 0;
    const char *phrase = entry + used;
    size_t plen = strlen(phrase);
    while (plen && phrase[plen - 1] == ' ')
        plen--;
    const dyad_lexicon *lx = th_lexicon();
    for (uint32_t i = 0; i < lx->nphrases; i++) {
        const lx_phrase *p = &lx->phrases[i];
        if (p->kind < 1 || p->kind >= LX_KIND_MAX ||
            !tc_kind_names[p->kind] ||
            strcmp(tc_kind_names[p->kind], kind) != 0)
            continue;
        if (strcmp(code, "*") != 0 &&
            strncmp(lx_str(lx, p->code), code, strlen(code)) != 0)
            continue;
        const char *t = strstr(lx_str(lx, p->text), ": ");
        if (t && strlen(t + 2) == plen && strncasecmp(t + 2, phrase, plen) == 0)
            return 1;
    }
    return 0;
}

/* the entries of `needs` the build lexicon lacks, in a static buffer */
static inline const char *tc_missing(const char *needs)
{
    static char out[1024];
    out[0] = '\0';
    if (!needs)
        return out;
    char buf[1024];
    snprintf(buf, sizeof buf, "%s", needs);
    char *save1 = NULL;
    for (char *item = strtok_r(buf, ";", &save1); item;
         item = strtok_r(NULL, ";", &save1)) {
        char alts[512];
        snprintf(alts, sizeof alts, "%s", item);
        int found = 0;
        char *save2 = NULL;
        for (char *a = strtok_r(alts, "|", &save2); a && !found;
             a = strtok_r(NULL, "|", &save2))
            found = tc_has_entry(a);
        if (!found) {
            size_t n = strlen(out);
            snprintf(out + n, sizeof out - n, "%s[%s]", n ? " " : "",
                     item + strspn(item, " "));
        }
    }
    return out;
}

/* 1 when one line of dump holds every fragment */
static inline int tc_line_has(const char *dump, const char *const *frags)
{
    for (const char *line = dump; *line;) {
        const char *nl = strchr(line, '\n');
        size_t n = nl ? (size_t)(nl - line) : strlen(line);
        char buf[2048];
        snprintf(buf, sizeof buf, "%.*s", (int)n, line);
        int all = 1;
        for (const char *const *f = frags; *f && all; f++)
            all = strstr(buf, *f) != NULL;
        if (all)
            return 1;
        line += n + (nl ? 1 : 0);
    }
    return 0;
}

static inline void tc_report(const char *what,
                      const char *text, const char *date,
                      const char *const *frags, const char *dump,
                      const char *needs)
{
    char want[1024] = "";
    for (const char *const *f = frags; *f; f++) {
        size_t n = strlen(want);
        snprintf(want + n, sizeof want - n, "%s\"%s\"", n ? " + " : "", *f);
    }
    const char *miss = tc_missing(needs);
    print_error("%s %s\n  text: \"%s\" (date %s)\n  dump:\n%s%s%s%s\n", what,
                want, text, date ? date : "none",
                dump[0] ? dump : "    (no events)\n",
                miss[0] ? "  the build lexicon lacks: " : "", miss,
                miss[0] ? "" : "");
}

static inline int tc_expect(const char *text,
                     const char *date, const dyad_options *opts,
                     const char *needs, const char *const *frags, int want)
{
    char *dump = th_code_opts(text, date, opts);
    int ok = tc_line_has(dump, frags) == want;
    if (!ok)
        tc_report(want ? "expected one line with" : "expected no line with",
                  text, date, frags, dump, needs);
    free(dump);
    return ok;
}

/* Expectations are soft: a failing one is reported and counted, and the
 * test goes on to its other cases; TC_END() at the end of every test
 * function fails the test when any expectation did. */
static int tc_failures;

#define TC_END()                                                               \
    do {                                                                       \
        int n_ = tc_failures;                                                  \
        tc_failures = 0;                                                       \
        if (n_) {                                                              \
            print_error("%d expectation%s failed\n", n_, n_ == 1 ? "" : "s");  \
            _fail(__FILE__, __LINE__);                                         \
        }                                                                      \
    } while (0)

#define TC_CHECK(ok)                                                           \
    do {                                                                       \
        if (!(ok)) {                                                           \
            print_error("  at %s:%d\n", __FILE__, __LINE__);                   \
            tc_failures++;                                                     \
        }                                                                      \
    } while (0)

/* expect_line(text, date, needs, "fragment", ...): some event line holds
 * all fragments */
#define expect_line(text, date, needs, ...)                                    \
    do {                                                                       \
        const char *const f_[] = {__VA_ARGS__, NULL};                          \
        TC_CHECK(tc_expect((text), (date), NULL, (needs), f_, 1));             \
    } while (0)

/* expect_no_line(text, date, "fragment", ...): no event line holds them */
#define expect_no_line(text, date, ...)                                        \
    do {                                                                       \
        const char *const f_[] = {__VA_ARGS__, NULL};                          \
        TC_CHECK(tc_expect((text), (date), NULL, NULL, f_, 0));                \
    } while (0)

/* the same with options */
#define expect_line_opts(opts, text, date, needs, ...)                         \
    do {                                                                       \
        const char *const f_[] = {__VA_ARGS__, NULL};                          \
        TC_CHECK(tc_expect((text), (date), (opts), (needs), f_, 1));           \
    } while (0)

/* the text codes to no event at all */
#define expect_no_events(text, date)                                           \
    do {                                                                       \
        char *d_ = th_code_opts((text), (date), NULL);                         \
        int empty_ = d_[0] == '\0';                                            \
        if (!empty_)                                                           \
            print_error("expected no events for \"%s\", got:\n%s", (text),     \
                        d_);                                                   \
        free(d_);                                                              \
        TC_CHECK(empty_);                                                      \
    } while (0)

/* what dyad_explain prints for text */
static inline char *tc_explain(const char *text, const char *date)
{
    dyad_coder *c = NULL;
    dyad_error err;
    dyad_doc doc;
    th_out out = {NULL, 0, 0};
    memset(&doc, 0, sizeof doc);
    doc.text = text;
    doc.text_len = strlen(text);
    doc.date = date;
    if (dyad_coder_new(&c, th_lexicon(), NULL, &err)) {
        fprintf(stderr, "coder: %s\n", err.message);
        abort();
    }
    th_sink(&out, "", 0);
    if (dyad_explain(c, &doc, th_sink, &out, &err)) {
        fprintf(stderr, "explain: %s\n", err.message);
        abort();
    }
    dyad_coder_free(c);
    return out.data;
}

#endif
