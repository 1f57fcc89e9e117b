/*
 * words.h - stage 2: per token lower-case form, WordNet lemmas (morphy
 * rules over the in-memory index), possible parts of speech, and a
 * context-rule tagger that picks one tag per token.
 */
#ifndef DYAD_WORDS_H
#define DYAD_WORDS_H

#include "doc.h"

/* Fills c->tok[0..n) from raw tokens: forms, word ids, lemmas. */
int dy_words_analyse(dy_ctx *c, const dy_tok *raw, size_t n);
/* Tags tokens [first, end) of one sentence. */
void dy_words_tag(dy_ctx *c, size_t first, size_t end);
/* Looks up the well-known word ids used by later stages. */
void dy_words_init_ids(dy_ctx *c);
const char *dy_tag_name(int tag);

/* ---- token predicates the later stages share ---- */

/* punctuation that ends a clause: , ; : ( ) . ! ? - " */
static inline int dy_is_clause_punct(const dy_ctx *c, const dy_token *t)
{
    if (t->type != TT_PUNCT)
        return 0;
    char ch = c->lower.data[t->lower];
    return ch == ',' || ch == ';' || ch == ':' || ch == '(' || ch == ')' ||
           ch == '.' || ch == '!' || ch == '?' || ch == '-' || ch == '"';
}

/* a comma */
static inline int dy_is_comma(const dy_ctx *c, const dy_token *t)
{
    return t->type == TT_PUNCT && c->lower.data[t->lower] == ',';
}

/* a mark that opens or closes an apposition or a parenthetical phrase:
 * a comma or a dash (a hyphen with a blank before it, an en or em dash:
 * "the army's brigades -backed by the SSNP and the Desert Hawks- launched";
 * not "the Kremlin- backed reshuffle") */
static inline int dy_is_phrase_mark(const dy_ctx *c, const dy_token *t)
{
    if (t->type != TT_PUNCT)
        return 0;
    const char *p = c->lower.data + t->lower;
    int spaced = t > c->tok && t->start > t[-1].start + t[-1].len;
    return p[0] == ',' || (p[0] == '-' && t->lower_len == 1 && spaced) ||
           (t->lower_len == 3 && (strncmp(p, "\xe2\x80\x93", 3) == 0 ||
                                  strncmp(p, "\xe2\x80\x94", 3) == 0));
}

/* a quotation mark: ' " and the typographic ones */
static inline int dy_is_quote(const dy_ctx *c, const dy_token *t)
{
    if (t->type != TT_PUNCT)
        return 0;
    const char *s = c->text + t->start;
    return (t->len == 1 && (s[0] == '\'' || s[0] == '"')) ||
           (t->len == 3 && (unsigned char)s[0] == 0xE2 &&
            (unsigned char)s[1] == 0x80 &&
            ((unsigned char)s[2] >= 0x98 && (unsigned char)s[2] <= 0x9D));
}

/* a word of a noun group: noun, name, adjective, number */
static inline int dy_is_nominal(const dy_token *t)
{
    return t->tag == TAG_NOUN || t->tag == TAG_PROPN || t->tag == TAG_ADJ ||
           t->tag == TAG_NUM || t->type == TT_NUM;
}

/* numbers, currency and their words count as one gap token together */
static inline int dy_is_amount(const dy_ctx *c, const dy_token *t)
{
    return t->type == TT_NUM || (t->pos & POS_NUMW) ||
           dy_in_class(c, DY_CL_AMOUNT, t);
}

#endif
