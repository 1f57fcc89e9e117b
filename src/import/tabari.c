/*
 * tabari.c - TABARI .verbs files: "<SYNSETS>" with "&NAME" and "+MEMBER"
 * lines, verb lines ("ABANDON [345]", "{ FORMS }" on the next line) and
 * their patterns ("- * EFFORT [987]"); comments after ';'. Actors and
 * agents are read by entries.c, as PETRARCH's are.
 */
#include "import.h"

#include <string.h>

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
                im_forms_line(c, line, s, m, head_code);
        } else {
            v.nheads = 0; /* a new verb: its own patterns follow */
            if (!im_verb_line(c, &v, line, s, m, NULL, head_code))
                head_code[0] = '\0';
        }
    }
}
