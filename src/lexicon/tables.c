/*
 * tables.c - the tables `lexicon compile` derives from the compiled
 * phrases for the actors stage and stores in the image (lx_tables and the
 * names sections), so that no coder builds them at start-up: which
 * three-letter codes are countries (a code's country is its first three
 * letters only when they are one: IGOUNO, IMGREB and the roles are not),
 * the lexicon's agent codes, and the one-word names a misspelt word is
 * compared with, grouped by first letter and sorted by length so that a
 * word meets only the few names it could be one edit away from; and the
 * phrase index by second word and kind, which the phrase matcher reads.
 */
#include "lexicon.h"

#include <stdlib.h>
#include <string.h>

/* index of an upper-case three-letter code in the country bit set, or -1 */
static int code_bit(const char *code)
{
    int v = 0;
    for (int k = 0; k < 3; k++) {
        if (code[k] < 'A' || code[k] > 'Z')
            return -1;
        v = v * 26 + (code[k] - 'A');
    }
    return v;
}

int dy_lexicon_is_country(const dyad_lexicon *lx, const char *code)
{
    int b = code_bit(code);
    return b >= 0 && (lx->tables->country[b >> 3] >> (b & 7) & 1u);
}

#define NAME_KINDS                                                       \
    ((1u << LX_COUNTRY) | (1u << LX_CAPITAL) | (1u << LX_DEMONYM) |     \
     (1u << LX_ACTOR))

/* is phrase p a one-word name (country, capital, demonym, actor)? */
static int is_one_word_name(const lx_phrase *p)
{
    return p->nwords == 1 && (NAME_KINDS >> p->kind & 1u);
}

/* the word of one-word name phrase i when i is the first such phrase of
 * the word (so that each word is taken once) and the word has 6+ bytes
 * and starts with a-z, else LX_NONE */
static uint32_t name_word(const dyad_lexicon *lx, uint32_t i)
{
    const lx_phrase *p = &lx->phrases[i];
    if (!is_one_word_name(p))
        return LX_NONE;
    uint32_t w = lx->pwords[p->words];
    const lx_word *x = &lx->words[w];
    for (uint32_t q = 0; q < x->phr_count; q++) {
        uint32_t j = lx->pindex[x->phr_first + q];
        if (j == i)
            break;
        if (is_one_word_name(&lx->phrases[j]))
            return LX_NONE;
    }
    const char *s = lx_str(lx, x->str);
    if (s[0] < 'a' || s[0] > 'z')
        return LX_NONE;
    for (int k = 1; k < 6; k++)
        if (!s[k])
            return LX_NONE;
    return w;
}

/* does name a (word id, length) come before b: shorter first, then by
 * word id (names of 255+ bytes compare their full length) */
static int name_before(const dyad_lexicon *lx, const uint32_t *names,
                       const uint8_t *names_len, uint32_t a, uint32_t b)
{
    size_t la = names_len[a], lb = names_len[b];
    if (la == 255 && lb == 255) {
        la = strlen(lx_str(lx, lx->words[names[a]].str));
        lb = strlen(lx_str(lx, lx->words[names[b]].str));
    }
    return la != lb ? la < lb : names[a] < names[b];
}

/* insertion sort of names [lo, hi) by name_before: a letter holds few */
static void sort_names(const dyad_lexicon *lx, uint32_t *names,
                       uint8_t *names_len, uint32_t lo, uint32_t hi)
{
    for (uint32_t i = lo + 1; i < hi; i++) {
        uint32_t j = i;
        while (j > lo && name_before(lx, names, names_len, j, j - 1)) {
            uint32_t w = names[j];
            uint8_t n = names_len[j];
            names[j] = names[j - 1];
            names_len[j] = names_len[j - 1];
            names[j - 1] = w;
            names_len[j - 1] = n;
            j--;
        }
    }
}

/* The names, counted per letter, then placed and sorted by length, then
 * word id, within their letter. At most LX_NAMES_MAX are kept: a letter
 * past the limit keeps its lowest word ids (none does in the shipped
 * lexicon, which has about a third of that). Returns how many. */
static uint32_t index_names(const dyad_lexicon *lx, lx_tables *t,
                            uint32_t *names, uint8_t *names_len)
{
    uint32_t count[26] = {0}, fill[26];
    for (uint32_t i = 0; i < lx->nphrases; i++) {
        uint32_t w = name_word(lx, i);
        if (w != LX_NONE)
            count[lx_str(lx, lx->words[w].str)[0] - 'a']++;
    }
    uint32_t at = 0;
    for (int l = 0; l < 26; l++) { /* (each letter fills its range) */
        t->names_first[l] = at;
        fill[l] = at;
        at += count[l];
        if (at > LX_NAMES_MAX)
            at = LX_NAMES_MAX;
    }
    t->names_first[26] = at;
    for (uint32_t i = 0; i < lx->nphrases; i++) {
        uint32_t w = name_word(lx, i);
        if (w == LX_NONE)
            continue;
        const char *s = lx_str(lx, lx->words[w].str);
        int l = s[0] - 'a';
        size_t n = strlen(s);
        uint32_t k = fill[l];
        if (k == t->names_first[l + 1]) { /* full: keep the lowest ids */
            if (k == t->names_first[l])
                continue;
            uint32_t top = t->names_first[l];
            for (uint32_t j = top + 1; j < k; j++)
                if (names[j] > names[top])
                    top = j;
            if (names[top] < w)
                continue;
            k = top;
        } else {
            fill[l]++;
        }
        names[k] = w;
        names_len[k] = (uint8_t)(n > 255 ? 255 : n);
    }
    for (int l = 0; l < 26; l++)
        sort_names(lx, names, names_len, t->names_first[l], fill[l]);
    return t->names_first[26]; /* each letter filled its range */
}

/* the distinct three-letter codes of agent phrases, first seen first;
 * of a longer code ("GOVPRS", "NGM~": option agent-groups) its first
 * group, which the actors stage reads as dyad's agent */
static void index_agents(const dyad_lexicon *lx, lx_tables *t)
{
    for (uint32_t i = 0; i < lx->nphrases; i++) {
        const lx_phrase *p = &lx->phrases[i];
        if (p->kind != LX_AGENT)
            continue;
        const char *code = lx_str(lx, p->code);
        int seen = 0;
        for (uint32_t k = 0; k < t->nagents && !seen; k++)
            seen = !strncmp(t->agents[k], code, 3);
        if (!seen && t->nagents < LX_AGENTS_MAX && strlen(code) >= 3) {
            memcpy(t->agents[t->nagents], code, 3);
            t->agents[t->nagents++][3] = '\0';
        }
    }
}

uint32_t dy_lexicon_agent_codes(const dyad_lexicon *lx)
{
    uint8_t seen[2200] = {0}; /* bit per code AAA..ZZZ, as lx_tables' */
    uint32_t n = 0;
    for (uint32_t i = 0; i < lx->nphrases; i++) {
        const lx_phrase *p = &lx->phrases[i];
        int b = p->kind == LX_AGENT ? code_bit(lx_str(lx, p->code)) : -1;
        if (b >= 0 && !(seen[b >> 3] & (1u << (b & 7)))) {
            seen[b >> 3] |= (uint8_t)(1u << (b & 7));
            n++;
        }
    }
    return n;
}

uint32_t dy_lexicon_tables(const dyad_lexicon *lx, lx_tables *t,
                           uint32_t *names, uint8_t *names_len)
{
    memset(t, 0, sizeof *t);
    for (uint32_t i = 0; i < lx->nphrases; i++) {
        const lx_phrase *p = &lx->phrases[i];
        if (p->kind == LX_BLOCK && !strcmp(lx_str(lx, p->ptype), "discard"))
            t->discards++;
        if (p->kind != LX_COUNTRY)
            continue;
        int b = code_bit(lx_str(lx, p->code));
        if (b >= 0)
            t->country[b >> 3] |= (uint8_t)(1u << (b & 7));
    }
    index_agents(lx, t);
    return index_names(lx, t, names, names_len);
}

/* kind index entries by second word, then kind, then position */
static int kentry_cmp(const void *a, const void *b)
{
    const lx_kentry *x = a, *y = b;
    if (x->next != y->next)
        return x->next < y->next ? -1 : 1;
    return x->kq < y->kq ? -1 : x->kq > y->kq;
}

lx_filter dy_lexicon_need(const dyad_lexicon *lx, const lx_phrase *p)
{
    lx_filter need = {{0, 0}};
    for (uint32_t k = 2; k < p->nwords; k++) {
        uint32_t w = lx->pwords[p->words + k];
        if (w != LX_PLUS && w != LX_SKIP && !lx_is_slot(w))
            lx_filter_add(&need, w);
    }
    return need;
}

uint64_t dy_lexicon_slots(const dyad_lexicon *lx, const lx_phrase *p)
{
    uint64_t slots = 0;
    for (uint32_t k = 1; k < p->nwords; k++) {
        uint32_t w = lx->pwords[p->words + k];
        if (lx_is_slot(w))
            slots |= 1ull << (w - LX_SLOT_BASE);
    }
    return slots;
}

uint32_t dy_lexicon_next(const dyad_lexicon *lx, const lx_phrase *p)
{
    if (p->nwords < 2)
        return LX_NONE;
    if ((p->flags & LX_PF_NAME_GAPS) && (p->joined & 2u))
        return LX_GAP;
    return lx->pwords[p->words + 1];
}

void dy_lexicon_kindex(const dyad_lexicon *lx, lx_kentry *kindex)
{
    for (uint32_t i = 0; i < lx->nwords; i++) {
        const lx_word *w = &lx->words[i];
        lx_kentry *e = kindex + w->phr_first;
        for (uint32_t q = 0; q < w->phr_count; q++) {
            const lx_phrase *p = &lx->phrases[lx->pindex[w->phr_first + q]];
            e[q].kq = (uint32_t)p->kind << LX_KQ_BITS | q;
            e[q].next = dy_lexicon_next(lx, p);
            e[q].need = dy_lexicon_need(lx, p);
            e[q].slots = dy_lexicon_slots(lx, p);
        }
        if (w->phr_count > 1)
            qsort(e, w->phr_count, sizeof *e, kentry_cmp);
    }
}

lx_pnext dy_lexicon_pnext(const lx_word *w, const lx_kentry *kindex)
{
    const lx_kentry *e = kindex + w->phr_first;
    lx_pnext p;
    memset(&p, 0, sizeof p);
    for (uint32_t q = 0; q < w->phr_count; q++) {
        if (e[q].next == LX_NONE)
            p.one |= 1u << (e[q].kq >> LX_KQ_BITS);
        else
            lx_filter_add(&p.next, e[q].next);
    }
    return p;
}

void dy_lexicon_ahead(const dyad_lexicon *lx, uint8_t *ahead)
{
    for (uint32_t w = 0; w < lx->nwords; w++)
        ahead[w] = lx_word_slots(&lx->words[w]) ? LX_AHEAD_SLOTS : 0;
    for (uint32_t i = 0; i < lx->nphrases; i++) {
        const lx_phrase *p = &lx->phrases[i];
        if (p->kind != LX_VERB && p->kind != LX_BLOCK)
            continue;
        /* (its words after the verb only: those before it, p->pre, are
         * read back from the verb, not by the filter) */
        for (uint32_t k = 1; k < p->nwords; k++) {
            uint32_t x = lx->pwords[p->words + k];
            if (x < lx->nwords)
                ahead[x] |= LX_AHEAD_WORD;
        }
    }
}

void dy_lexicon_shares(const dyad_lexicon *lx, const uint8_t *ahead,
                       lx_ahead *shares)
{
    for (uint32_t w = 0; w < lx->nwords; w++) {
        lx_ahead a = {{{0, 0}}, 0, 0};
        if (ahead[w] & LX_AHEAD_WORD) {
            lx_filter_add(&a.words, w);
            a.words2 = 1ull << lx_filter_bit2(w);
        }
        if (ahead[w] & LX_AHEAD_SLOTS)
            a.slots = lx_word_slots(&lx->words[w]);
        shares[w] = a;
    }
}

/* is kind index entry e a verb or null pattern's (the verb index's)? */
static int verb_entry(const lx_kentry *e)
{
    uint32_t kind = e->kq >> LX_KQ_BITS;
    return kind == LX_VERB || kind == LX_BLOCK;
}

/* the verb index bucket of a pattern whose second word is w1: its group
 * (lx_vgroup) + 1, but 0 for a typed slot and 1 for group 0's others */
static uint32_t vbucket(uint32_t w1)
{
    uint32_t g = lx_vgroup(w1);
    return g ? g + 1 : !lx_is_slot(w1);
}

/* word w's verb index slice at vindex + first (a counting sort of its
 * verb and null patterns by bucket, stable); returns its entries */
static uint32_t vslice_fill(const lx_word *w, const lx_kentry *kindex,
                            lx_vslice *v, lx_kentry *vindex, uint32_t first)
{
    const lx_kentry *e = kindex + w->phr_first;
    uint32_t at[LX_VGROUPS + 2] = {0};
    memset(v, 0, sizeof *v);
    v->first = first;
    for (uint32_t q = 0; q < w->phr_count; q++)
        if (verb_entry(&e[q]))
            at[vbucket(e[q].next) + 1]++;
    /* (at[b]: where bucket b starts; group g >= 1 is bucket g + 1) */
    for (uint32_t b = 0; b <= LX_VGROUPS; b++)
        at[b + 1] += at[b];
    v->typed = at[1];
    for (uint32_t g = 1; g <= LX_VGROUPS; g++)
        v->off[g] = at[g + 1];
    for (uint32_t g = 1; g < LX_VGROUPS; g++)
        if (v->off[g] < v->off[g + 1])
            v->occ.b[(g - 1) >> 6] |= 1ull << ((g - 1) & 63);
    for (uint32_t q = 0; q < w->phr_count; q++)
        if (verb_entry(&e[q]))
            vindex[first + at[vbucket(e[q].next)]++] = e[q];
    return v->off[LX_VGROUPS];
}

void dy_lexicon_vindex(const dyad_lexicon *lx, const lx_kentry *kindex,
                      uint32_t *vslot, lx_vslice *vslices, lx_kentry *vindex,
                      uint32_t *nslices, uint32_t *nentries)
{
    uint32_t ns = 0, ne = 0;
    for (uint32_t i = 0; i < lx->nwords; i++) {
        const lx_word *w = &lx->words[i];
        const lx_kentry *e = kindex + w->phr_first;
        uint32_t n = 0;
        for (uint32_t q = 0; q < w->phr_count; q++)
            n += (uint32_t)verb_entry(&e[q]);
        if (vslot)
            vslot[i] = n ? ns : LX_NONE;
        if (n && vslices)
            vslice_fill(w, kindex, &vslices[ns], vindex, ne);
        ns += n != 0;
        ne += n;
    }
    *nslices = ns;
    *nentries = ne;
}

/* the group of the noun index of phrase p, and whether it is a noun
 * pattern's (-1 when not) */
static int noun_group(const dyad_lexicon *lx, const lx_phrase *p)
{
    return p->kind != LX_NOUN
               ? -1
               : (int)lx_ngroup(lx->pwords + p->words, p->nwords);
}

/* word w's noun index slice at nindex + first (a counting sort of its
 * noun patterns by group, stable); returns its entries */
static uint32_t nslice_fill(const dyad_lexicon *lx, const lx_word *w,
                            lx_vslice *v, uint32_t *nindex, uint32_t first)
{
    uint32_t at[LX_VGROUPS + 1] = {0};
    memset(v, 0, sizeof *v);
    v->first = first;
    for (uint32_t q = 0; q < w->phr_count; q++) {
        int g = noun_group(lx, &lx->phrases[lx->pindex[w->phr_first + q]]);
        if (g >= 0)
            at[g + 1]++;
    }
    for (uint32_t g = 0; g < LX_VGROUPS; g++) {
        if (g && at[g + 1])
            v->occ.b[(g - 1) >> 6] |= 1ull << ((g - 1) & 63);
        at[g + 1] += at[g];
        v->off[g + 1] = at[g + 1];
    }
    for (uint32_t q = 0; q < w->phr_count; q++) {
        int g = noun_group(lx, &lx->phrases[lx->pindex[w->phr_first + q]]);
        if (g >= 0)
            nindex[first + at[g]++] = q;
    }
    return v->off[LX_VGROUPS];
}

void dy_lexicon_nindex(const dyad_lexicon *lx, uint32_t *nslot,
                       lx_vslice *nslices, uint32_t *nindex,
                       uint32_t *nslices_n, uint32_t *nentries)
{
    uint32_t ns = 0, ne = 0;
    for (uint32_t i = 0; i < lx->nwords; i++) {
        const lx_word *w = &lx->words[i];
        uint32_t n = 0;
        for (uint32_t q = 0; q < w->phr_count; q++)
            n += lx->phrases[lx->pindex[w->phr_first + q]].kind == LX_NOUN;
        if (nslot)
            nslot[i] = n ? ns : LX_NONE;
        if (n && nslices)
            nslice_fill(lx, w, &nslices[ns], nindex, ne);
        ns += n != 0;
        ne += n;
    }
    *nslices_n = ns;
    *nentries = ne;
}
