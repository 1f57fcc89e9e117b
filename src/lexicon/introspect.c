/*
 * introspect.c - read-only views of a loaded lexicon for people who write
 * it: its event patterns (with their source lines) and its CAMEO table.
 * `dyad lexicon stats` builds its coverage report on these; the coder
 * never calls them.
 */
#include "lexicon.h"

#include <string.h>

static int is_pattern(const lx_phrase *p)
{
    return p->kind == LX_VERB || p->kind == LX_NOUN;
}

size_t dyad_lexicon_pattern_count(const dyad_lexicon *lx)
{
    size_t n = 0;
    if (!lx)
        return 0;
    for (uint32_t i = 0; i < lx->nphrases; i++)
        n += is_pattern(&lx->phrases[i]);
    return n;
}

/* the pattern words of "verb 0841: release &person" (the text the compiler
 * stores: kind, code, ": ", then the pattern as written) */
static const char *phrase_of(const char *text)
{
    const char *colon = strstr(text, ": ");
    return colon ? colon + 2 : text;
}

int dyad_lexicon_pattern_next(const dyad_lexicon *lx, size_t *cursor,
                              dyad_pattern_info *out)
{
    if (!lx || !cursor || !out)
        return 0;
    size_t i = *cursor;
    while (i < lx->nphrases && !is_pattern(&lx->phrases[i]))
        i++;
    if (i >= lx->nphrases) {
        *cursor = lx->nphrases;
        return 0;
    }
    const lx_phrase *p = &lx->phrases[i];
    const uint32_t *w = lx->pwords + p->words;
    size_t words = 0;
    for (uint32_t k = 0; k < p->nwords; k++)
        words += w[k] != LX_PLUS && w[k] != LX_SKIP;
    memset(out, 0, sizeof *out);
    out->kind = p->kind == LX_VERB ? "verb" : "noun";
    out->code = lx_phrase_cameo(lx, p);
    out->text = lx_str(lx, p->text);
    out->phrase = phrase_of(out->text);
    out->file = lx_str(lx, p->file);
    out->line = (long)p->line;
    out->words = words;
    out->is_backoff = p->ptype && strcmp(lx_str(lx, p->ptype), "back-off") == 0;
    *cursor = i + 1;
    return 1;
}

size_t dyad_lexicon_code_count(const dyad_lexicon *lx)
{
    return lx ? lx->ncameo : 0;
}

int dyad_lexicon_code(const dyad_lexicon *lx, size_t i, dyad_code_info *out)
{
    if (!lx || !out || i >= lx->ncameo)
        return DYAD_EINVAL;
    const lx_cameo *c = &lx->cameo[i];
    memset(out, 0, sizeof *out);
    out->code = lx_str(lx, c->code);
    out->name = lx_str(lx, c->name);
    out->plover_type = c->plover_type ? lx_str(lx, c->plover_type) : NULL;
    out->plover_mode = c->plover_mode ? lx_str(lx, c->plover_mode) : NULL;
    out->goldstein = c->goldstein;
    out->quad_class = c->quad;
    out->penta_class = c->penta;
    return 0;
}
