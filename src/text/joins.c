/*
 * joins.c - "option underscore-joins": TABARI's and PETRARCH2's reading
 * of a '_' inside a word of the text. Their dictionaries join the words of
 * a name with '_' (DOL_AMROTH, RED_CROSS) and their validation texts write
 * names so ("the Prince of Dol_Amroth"); both coders read the text's '_'
 * as that connector, two words that stand next to each other. dyad's
 * tokenizer reads it as punctuation, which no name spans. Only an imported
 * lexicon sets the option (api.c), so dyad's own tokens never change.
 */
#include "text.h"

/* is t a '_' alone, touching a word on each side (no blank between)? */
static int joins_words(const char *s, const dy_tok *t, size_t i, size_t n)
{
    if (i == 0 || i + 1 >= n || t[i].type != TT_PUNCT || t[i].len != 1 ||
        s[t[i].start] != '_')
        return 0;
    const dy_tok *a = &t[i - 1], *b = &t[i + 1];
    return a->type == TT_WORD && b->type == TT_WORD &&
           a->start + a->len == t[i].start && b->start == t[i].start + 1;
}

size_t dy_text_underscore_joins(const char *s, dy_tok *toks, size_t n)
{
    size_t out = 0;
    for (size_t i = 0; i < n; i++)
        if (!joins_words(s, toks, i, n))
            toks[out++] = toks[i];
    return out;
}
