/*
 * petrarch.c - PETRARCH2/Phoenix verb dictionaries (CAMEO.2.0.txt,
 * PETR.Validate.verbs.txt): "--- VERB [CODE] ---" blocks whose verb lines
 * ("VERB", "SYNONYM [CODE]", "VERB {FORMS}", "+SYNONYM") share the
 * patterns below them ("- * (TO +) [CODE]"), synonym sets "&NAME" with
 * "+MEMBER" lines, "<!-- -->" and '#' comments.
 */
#include "import.h"

#include <string.h>

/* "--- ABANDON [345] ---": a new block, its code in `code` */
static void block_line(im_ctx *c, im_verbs *v, const char *base,
                       const char *s, size_t n,
                       char code[IM_CODE_BYTES])
{
    v->nheads = 0;
    v->set = NULL;
    code[0] = '\0';
    size_t m = n;
    while (m && s[m - 1] == '-')
        m--;
    size_t gl = 0, nl = m;
    const char *g = im_take_code(s, &nl, &gl);
    if (!g) {
        im_report(c, 1, "block without '[CODE]': its verbs code nothing "
                  "alone");
        return;
    }
    size_t tl = gl;
    const char *tg = im_trim(g, &tl);
    if (!(tl == 3 && !memcmp(tg, "---", 3)) &&
        !im_verb_code(c, g, gl, im_col(base, g), code))
        code[0] = '\0';
}

void im_petrarch_verbs(im_ctx *c, const char *t, size_t len)
{
    im_verbs v;
    im_verbs_init(&v);
    size_t pos = 0, n, cmn;
    const char *line, *cm;
    char block_code[IM_CODE_BYTES] = "", own[IM_CODE_BYTES];
    int in_patterns = 0;
    while (!c->failed && im_next_line(c, t, len, &pos, &line, &n)) {
        size_t m = n;
        const char *s = im_trim(line, &m);
        if (m >= 4 && !memcmp(s, "<!--", 4))
            v.html = 1;
        if (v.html) {
            for (size_t i = 0; i + 3 <= m; i++)
                if (!memcmp(s + i, "-->", 3))
                    v.html = 0;
            continue;
        }
        m = im_strip_comment(c, s, m, &cm, &cmn);
        s = im_trim(s, &m);
        if (!m)
            continue;
        if (m >= 3 && !memcmp(s, "---", 3)) {
            block_line(c, &v, line, s + 3, m - 3, block_code);
            in_patterns = 0;
            continue;
        }
        if ((s[0] == '&' || (s[0] == '+' && v.set)) &&
            im_set_line(c, &v, line, s, m))
            continue;
        v.set = NULL;
        if (s[0] == '-') {
            in_patterns = 1;
            im_pattern_line(c, &v, line, s + 1, m - 1);
        } else if (in_patterns) {
            im_report(c, 1, "verb line after the block's patterns: not "
                      "imported");
        } else {
            if (s[0] == '+') {
                s++;
                m--;
            }
            im_verb_line(c, &v, line, s, m, block_code, own);
        }
    }
}
