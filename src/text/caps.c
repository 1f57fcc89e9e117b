/*
 * caps.c - "option all-caps": TABARI's all-capital detection. A text
 * written in capitals only ("ARNOR IS ABOUT TO RESTORE FULL DIPLOMATIC
 * TIES WITH GONDOR") says nothing by its case, and TABARI, whose
 * dictionaries are case-blind, codes it as any other; dyad's tagger reads
 * a capitalised word as a name, so each word would be one. Under the
 * option such a text is read in lower case, as a lower-case document
 * (its names found by the lexicon, its country by them). Only an imported
 * lexicon sets the option (api.c), so dyad's own reading never changes.
 */
#include "text.h"

int dy_text_all_capitals(const char *s, size_t n)
{
    size_t run = 0, longest = 0;
    for (size_t i = 0; i < n; i++) {
        char ch = s[i];
        if (ch >= 'a' && ch <= 'z')
            return 0;
        run = ch >= 'A' && ch <= 'Z' ? run + 1 : 0;
        if (run > longest)
            longest = run;
    }
    return longest >= 2;
}

void dy_text_lower_ascii(char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] >= 'A' && s[i] <= 'Z')
            s[i] = (char)(s[i] - 'A' + 'a');
}
