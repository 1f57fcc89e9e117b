/*
 * tabari.c - TABARI .verbs files: "<SYNSETS>" with "&NAME" and "+MEMBER"
 * lines, verb lines ("ABANDON [345]", "{ FORMS }" on the next line) and
 * their patterns ("- * EFFORT [987]"); comments after ';'. Actors and
 * agents are read by entries.c, as PETRARCH's are.
 */
#include "import.h"

#include <string.h>

/* TABARI codes a verb by the longest of its patterns that matches, and by
 * the verb's own code only when none does; so a pattern of the verb alone
 * ("CALLED_ON [094]" with "- $ * [095]": the source before the verb, as
 * dyad's subject always is) codes instead of the verb line, where dyad,
 * of two equal lines, takes the first. The pattern lines below the verb
 * line (from pos) are read ahead for one: its code (inside the brackets,
 * *gl bytes), or NULL. */
static const char *bare_pattern(const im_ctx *c, const char *t, size_t len,
                                size_t pos, size_t *gl)
{
    while (pos < len) {
        size_t e = pos;
        while (e < len && t[e] != '\n')
            e++;
        const char *s = t + pos, *cm;
        size_t n = e - pos, cmn;
        pos = e + 1;
        if (n > c->lim.max_line_bytes)
            return NULL;
        n = im_strip_comment(c, s, n, &cm, &cmn);
        s = im_trim(s, &n);
        if (!n || s[0] == '{') /* blank, or the verb's forms */
            continue;
        if (s[0] != '-')
            return NULL; /* the next verb */
        size_t nl = n - 1, code_len = 0;
        const char *g = im_take_code(s + 1, &nl, &code_len);
        int star = 0, other = 0;
        for (size_t i = 1; i <= nl; i++) {
            if (s[i] == '*')
                star = 1;
            else if (!strchr(" \t$_", s[i]))
                other = 1;
        }
        if (g && star && !other) {
            *gl = code_len;
            return g;
        }
    }
    return NULL;
}

void im_tabari_verbs(im_ctx *c, const char *t, size_t len)
{
    im_verbs v;
    im_verbs_init(&v);
    size_t pos = 0, n, cmn;
    const char *line, *cm;
    char head_code[IM_CODE_BYTES] = "";
    while (!c->failed && im_next_line(c, t, len, &pos, &line, &n)) {
        n = im_strip_comment(c, line, n, &cm, &cmn);
        size_t m = n;
        const char *s = im_trim(line, &m);
        if (!m || im_section_line(c, &v, s, m) || v.skip)
            continue;
        if (im_set_line(c, &v, line, s, m))
            continue;
        if (s[0] == '-') {
            im_pattern_line(c, &v, line, s + 1, m - 1);
        } else if (s[0] == '{') {
            if (!v.nheads)
                im_report(c, 1, "'{' forms without a verb: not imported");
            else
                im_forms_line(c, &v, line, s, m, head_code);
        } else {
            v.nheads = 0; /* a new verb: its own patterns follow */
            v.own = bare_pattern(c, t, len, pos, &v.own_len);
            if (!im_verb_line(c, &v, line, s, m, NULL, head_code))
                head_code[0] = '\0';
        }
    }
}
