/*
 * phrases.c - contiguous lexicon phrases over tokens (a name may have
 * gaps, "prince ... dol amroth"): the longest phrase of the asked kinds
 * at a token (each word matched by form or lemma), the
 * date fit of dated actors, and when a match is believable as a name.
 */
#include "match.h"

#include "lexicon/lexicon.h"

#include <ctype.h>
#include <string.h>

/* Has phrase p a spell of dates (an actor's holder, "Trump" 2017-2021
 * and 2025-), which the document's date chooses among? */
static int is_dated(const lx_phrase *p)
{
    return p->kind == LX_ACTOR && (p->from || p->to);
}

int dy_match_date_fit(const dy_ctx *c, const lx_phrase *p)
{
    if (!is_dated(p))
        return 2;
    if (c->date) {
        if ((!p->from || p->from <= c->date) && (!p->to || c->date < p->to))
            return 3;
        return 0;
    }
    return p->to ? 1 : 2; /* no date: the current holder */
}

static int kind_rank(int kind)
{
    switch (kind) {
    case LX_ACTOR:
        return 6;
    case LX_PLACE:
        return 5;
    case LX_COUNTRY:
        return 4;
    case LX_CAPITAL:
        return 3;
    case LX_DEMONYM:
        return 2;
    default:
        return 1;
    }
}

/* Does the name p with gaps ("prince ... dol amroth", LX_PF_NAME_GAPS)
 * match at token i? Each gap holds up to DY_NAME_GAP words (no
 * punctuation), the first place its next word matches taken. Returns its
 * end or 0. */
static size_t gapped_fits(const dy_ctx *c, const lx_phrase *p, size_t i,
                          size_t end)
{
    const uint32_t *w = c->lx->pwords + p->words;
    size_t j = i + 1;
    for (size_t k = 1; k < p->nwords; k++, j++) {
        size_t most = k < 32 && (p->joined >> k & 1u) ? DY_NAME_GAP : 0;
        for (size_t g = 0; g < most && j < end && c->tok[j].type != TT_PUNCT &&
                           !dy_tok_has(&c->tok[j], w[k]);
             g++)
            j++;
        if (j >= end || !dy_tok_has(&c->tok[j], w[k]))
            return 0;
    }
    return j;
}

/* Does phrase p match contiguously at token i? Returns its end or 0. */
static size_t phrase_fits(const dy_ctx *c, const lx_phrase *p, size_t i,
                          size_t end)
{
    const uint32_t *w = c->lx->pwords + p->words;
    if (p->flags & LX_PF_NAME_GAPS)
        return gapped_fits(c, p, i, end);
    if (i + p->nwords > end)
        return 0;
    for (size_t k = 1; k < p->nwords; k++)
        if (!dy_tok_has(&c->tok[i + k], w[k]))
            return 0;
    return i + p->nwords;
}

/* the best match so far: longest, then best date fit, then kind rank,
 * then first in the phrase index (key, then position) */
typedef struct best_match {
    uint32_t pid;
    size_t end;
    int rank, date, key;
    uint32_t at;
} best_match;

static void consider(const dy_ctx *c, best_match *b, uint32_t pid, size_t e,
                     int key, uint32_t at)
{
    /* (another length decides alone: the date fit and the kind rank are
     * read only for a tie of lengths, the best's then too, -1 until
     * read; most matches are the only one of their length) */
    if (e != b->end) {
        if (e > b->end)
            *b = (best_match){pid, e, -1, -1, key, at};
        return;
    }
    const lx_phrase *p = &c->lx->phrases[pid];
    int rank = kind_rank(p->kind), ds = dy_match_date_fit(c, p);
    if (b->rank < 0) {
        const lx_phrase *bp = &c->lx->phrases[b->pid];
        b->rank = kind_rank(bp->kind);
        b->date = dy_match_date_fit(c, bp);
    }
    int d = ds != b->date     ? (ds > b->date ? 1 : -1)
            : rank != b->rank ? (rank > b->rank ? 1 : -1)
            : key != b->key   ? (key < b->key ? 1 : -1)
                              : (at < b->at ? 1 : -1);
    if (d > 0)
        *b = (best_match){pid, e, rank, ds, key, at};
}

/* the first of the n entries e (sorted by second word) whose second
 * word is not below next */
static uint32_t next_from(const lx_kentry *e, uint32_t n, uint32_t next)
{
    uint32_t lo = 0, hi = n;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (e[mid].next < next)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* try_entry for a phrase p (pid) of two words or more, or at the end */
__attribute__((noinline)) static void try_longer(const dy_ctx *c,
                                                best_match *b, size_t i,
                                                size_t end, int key,
                                                uint32_t pid, uint32_t at)
{
    size_t pe = phrase_fits(c, &c->lx->phrases[pid], i, end);
    if (pe)
        consider(c, b, pid, pe, key, at);
}

/* Tries at token i the phrase of entry q of word w's kind index slice
 * (w the token's key-th form) */
static void try_entry(const dy_ctx *c, best_match *b, size_t i, size_t end,
                      int key, const lx_word *w, uint32_t q)
{
    const dyad_lexicon *lx = c->lx;
    uint32_t at = lx->kindex[w->phr_first + q].kq & LX_KQ_MASK;
    uint32_t pid = lx->pindex[w->phr_first + at];
    /* (a phrase of one word fits at its key inside the slice: most
     * tried are of one word, and with phrase_fits' call out of this
     * path, it saves no registers either) */
    if (lx->phrases[pid].nwords == 1 && i < end)
        consider(c, b, pid, i + 1, key, at);
    else
        try_longer(c, b, i, end, key, pid, at);
}

/* Tries at token i the phrases keyed by word w (the token's key-th form)
 * whose second word is `next` (LX_NONE: one-word phrases) and whose kind
 * is in the bit set ok. */
static void try_next(const dy_ctx *c, best_match *b, size_t i, size_t end,
                     int key, const lx_word *w, uint32_t next, uint32_t ok)
{
    const lx_kentry *e = c->lx->kindex + w->phr_first;
    uint32_t q = w->phr_count;
    if (next == LX_NONE) {
        /* one-word phrases, last in the slice: found from its end (the
         * walk below is as long), not by a binary search */
        while (q > 0 && e[q - 1].next == LX_NONE)
            q--;
    } else {
        q = next_from(e, w->phr_count, next);
    }
    for (; q < w->phr_count && e[q].next == next; q++)
        if (ok >> (e[q].kq >> LX_KQ_BITS) & 1u)
            try_entry(c, b, i, end, key, w, q);
}

/* a word that keys at most this many phrases has its slice read once
 * (try_all) rather than searched for each word of the next token (of 0,
 * 2-6, 8 and 16, 5 cost the corpus fewest instructions: see
 * docs/performance.md, eighteenth session) */
#define READ_WHOLE 5

/* try_next for one-word phrases and for each of the next token's words
 * next[] (LX_NONE: none; LX_GAP among them: names with a gap after their
 * first word), by one pass over word w's slice. The best
 * match does not depend on the order phrases are tried in (consider's
 * order is total), so this finds what the searches find. */
static void try_all(const dy_ctx *c, best_match *b, size_t i, size_t end,
                    int key, const lx_word *w, const uint32_t next[4],
                    uint32_t ok)
{
    const lx_kentry *e = c->lx->kindex + w->phr_first;
    for (uint32_t q = 0; q < w->phr_count; q++) {
        uint32_t nx = e[q].next;
        if (!(ok >> (e[q].kq >> LX_KQ_BITS) & 1u))
            continue;
        if (nx == LX_NONE || nx == next[0] || nx == next[1] ||
            nx == next[2] || nx == next[3])
            try_entry(c, b, i, end, key, w, q);
    }
}

/* may a phrase keyed by word key have one of next[] (LX_NONE: none) as
 * its second word? */
static int pair_ahead(const dyad_lexicon *lx, uint32_t key,
                      const uint32_t next[4])
{
    for (int n = 0; n < 4; n++)
        if (next[n] != LX_NONE && dy_phrase_pair_may(lx, key, next[n]))
            return 1;
    return 0;
}

/* dy_match_longest's search, where a phrase may start */
__attribute__((noinline)) static uint32_t
search(const dy_ctx *c, size_t i, size_t end, uint32_t kinds, size_t *mend)
{
    const dyad_lexicon *lx = c->lx;
    const dy_token *t = &c->tok[i];
    uint32_t keys[3] = {t->wid, t->vlem, t->nlem};
    /* the words of the next token, one of which a phrase's second word
     * must be (none past the end) */
    const dy_token *nt = i + 1 < end ? t + 1 : NULL;
    uint32_t next[4] = {LX_NONE, LX_NONE, LX_NONE, LX_NONE};
    if (nt)
        next[0] = nt->wid, next[1] = nt->vlem, next[2] = nt->nlem;
    /* names with a gap after their first word ("prince ... dol amroth")
     * are keyed by LX_GAP, not by their second word */
    if (nt && (lx->tables->options & LX_OPT_NAME_GAPS))
        next[3] = LX_GAP;
    /* the next token's words as a filter, to meet each key's second
     * words (lx->pnext): made for the first key that has no phrase of
     * one word of the kinds asked (most keys asked have one: "Russia") */
    lx_filter nf = {{0, 0}};
    int nf_made = 0;
    best_match b = {LX_NONE, 0, -1, -1, 0, 0};
    for (int k = 0; k < 3; k++) {
        uint32_t key = keys[k];
        if (key == LX_NONE || (k == 1 && key == keys[0]) ||
            (k == 2 && (key == keys[0] || key == keys[1])))
            continue;
        const lx_word *w = &lx->words[key];
        /* the kinds tried under this key: noun patterns never (they are
         * keyed by their head); a town's name does not inflect, so no
         * place under a lemma ("Hamas" is no plural of the Syrian city
         * Hama; a country's may: "the two Koreas") */
        uint32_t ok = kinds & ~KIND_BIT(LX_NOUN);
        if (k > 0)
            ok &= ~KIND_BIT(LX_PLACE);
        /* (w->kinds: the kinds of the phrases it keys, so none of its
         * slice could be tried) */
        if (!(w->kinds & ok))
            continue;
        /* (none of its phrases of those kinds has one word, and none of
         * any kind a second word the next token has: none can match) */
        const lx_pnext *pn = &lx->pnext[key];
        if (!(pn->one & ok)) {
            if (!nf_made) {
                for (int n = 0; n < 4; n++)
                    if (next[n] != LX_NONE)
                        lx_filter_add(&nf, next[n]);
                nf_made = 1;
            }
            if (!lx_filter_meets(&pn->next, &nf))
                continue;
        }
        /* (sorted by second word, one-word phrases last: the ends of the
         * slice say whether the word keys any of one word, or of more) */
        if (w->phr_count <= READ_WHOLE) {
            try_all(c, &b, i, end, k, w, next, ok);
            continue;
        }
        const lx_kentry *e = lx->kindex + w->phr_first;
        if (e[w->phr_count - 1].next == LX_NONE)
            try_next(c, &b, i, end, k, w, LX_NONE, ok);
        if (e[0].next == LX_NONE)
            continue;
        for (int n = 0; n < 4; n++)
            if (next[n] != LX_NONE && (n < 1 || next[n] != next[0]) &&
                (n < 2 || next[n] != next[1]) &&
                dy_phrase_pair_may(lx, key, next[n]))
                try_next(c, &b, i, end, k, w, next[n], ok);
    }
    *mend = b.end;
    return b.pid;
}

/* can a phrase of two words or more keyed by token t start there, the
 * next token nt (NULL: none) its second word? Not where no pair of their
 * words is in the pairs' table: "the" before most words */
static int pairs_at(const dyad_lexicon *lx, const dy_token *t,
                    const dy_token *nt)
{
    if (!nt)
        return 0;
    uint32_t next[4] = {nt->wid, nt->vlem, nt->nlem,
                        (lx->tables->options & LX_OPT_NAME_GAPS) ? LX_GAP
                                                                  : LX_NONE};
    return (t->wid != LX_NONE && pair_ahead(lx, t->wid, next)) ||
           (t->vlem != LX_NONE && t->vlem != t->wid &&
            pair_ahead(lx, t->vlem, next)) ||
           (t->nlem != LX_NONE && t->nlem != t->wid && t->nlem != t->vlem &&
            pair_ahead(lx, t->nlem, next));
}

uint32_t dy_match_longest(const dy_ctx *c, size_t i, size_t end,
                          uint32_t kinds, size_t *mend)
{
    const dy_token *t = &c->tok[i];
    /* (the filters first, cheaper than the pairs' table: where the next
     * token's self meets none of this token's follow, no phrase of two
     * words can start here, as dy_match_at reads them) */
    int pairs = i + 1 < end && (t->follow & t[1].self) &&
                pairs_at(c->lx, t, t + 1);
    /* (no phrase of one word of the kinds asked, and no pair of this
     * token's and the next one's words: an ask that finds nothing,
     * turned away before the search's setup) */
    if (!(t->one & kinds) && !pairs) {
        *mend = 0;
        return LX_NONE;
    }
    /* (a phrase of one word of the kinds, and no pair: the answer is the
     * form's one-word phrase wherever it stands, as where the next
     * token's filter meets none of its second words (dy_match_one_kept),
     * and is read from the coder's memo of such answers. Most such asks
     * are the claims', counts' and places' ("said": the 64-bit
     * filters meet by chance)) */
    if (!pairs && kinds <= UINT16_MAX)
        return dy_match_one_memo(c, i, end, kinds, mend);
    return search(c, i, end, kinds, mend);
}

/* may the document's date choose among the one-word phrases token t's
 * forms key: is one of them dated (is_dated)? */
static int one_dated(const dyad_lexicon *lx, const dy_token *t)
{
    const uint32_t keys[3] = {t->wid, t->vlem, t->nlem};
    for (int k = 0; k < 3; k++) {
        if (keys[k] == LX_NONE)
            continue;
        const lx_word *w = &lx->words[keys[k]];
        const lx_kentry *e = lx->kindex + w->phr_first;
        /* (one-word phrases are last in the slice) */
        for (uint32_t q = w->phr_count; q-- > 0 && e[q].next == LX_NONE;) {
            uint32_t at = e[q].kq & LX_KQ_MASK;
            if (is_dated(&lx->phrases[lx->pindex[w->phr_first + at]]))
                return 1;
        }
    }
    return 0;
}

uint32_t dy_match_one_memo(const dy_ctx *c, size_t i, size_t end,
                           uint32_t kinds, size_t *mend)
{
    const dy_token *t = &c->tok[i];
    /* (the slot by a hash of the form's word ids and the kinds) */
    uint32_t h = (t->wid * 0x9e3779b1u) ^ (t->vlem * 0x85ebca77u) ^
                 (t->nlem * 0xc2b2ae3du) ^ kinds;
    _Static_assert(DY_ONE_MEMO == 1u << 12, "a slot is 12 bits of a hash");
    struct dy_one_memo *m = &c->one_memo[(h * 0x9e3779b1u) >> 20];
    if (m->kinds == kinds && m->wid == t->wid && m->vlem == t->vlem &&
        m->nlem == t->nlem && (!m->dated || m->date == c->date)) {
        *mend = m->pid == LX_NONE ? 0 : i + m->len;
        return m->pid;
    }
    uint32_t pid = search(c, i, end, kinds, mend);
    *m = (struct dy_one_memo){t->wid, t->vlem, t->nlem, pid, c->date,
                              (uint16_t)kinds,
                              (uint8_t)(pid == LX_NONE ? 0 : *mend - i),
                              (uint8_t)one_dated(c->lx, t)};
    return pid;
}

/* is the phrase written in lower case in the lexicon ("al-Qaeda",
 * "el-Sisi"): then its lower-case form is its own, not a common word */
static int written_lower(const dyad_lexicon *lx, const lx_phrase *p)
{
    const char *t = strstr(lx_str(lx, p->text), ": ");
    return t && islower((unsigned char)t[2]);
}

/* the tests of dy_match_name_ok that may read how the lexicon writes p
 * (written_lower), kept apart: their calls made the whole test save six
 * registers at each of its 76,193 asks on the corpus, most of which
 * none of these tests concerns */
__attribute__((noinline)) static int name_ok_as_written(const dy_ctx *c,
                                                       size_t i, size_t e,
                                                       const lx_phrase *p)
{
    const dy_token *t = &c->tok[i];
    /* a lower-case country/actor name word that is also a common noun
     * ("turkey", "chad") needs its capital letter */
    if ((p->kind == LX_COUNTRY || p->kind == LX_CAPITAL ||
         p->kind == LX_ACTOR) &&
        !(t->flags & TF_CAP) && (t->pos & (POS_N | POS_V | POS_A)) &&
        e == i + 1 && !written_lower(c->lx, p))
        return 0;
    /* so does a demonym that is also a common noun, and no adjective
     * ("lebanese villages" is sloppy, not another word), in a document
     * that uses capitals ("two power poles" are no Poles) */
    if (p->kind == LX_DEMONYM && !(t->flags & TF_CAP) &&
        (t->pos & (POS_N | POS_A)) == POS_N && e == i + 1 &&
        !written_lower(c->lx, p) && !c->dcc.is_uncased)
        return 0;
    /* nor does a name of several words with no capital letter at all in
     * a document that uses capitals ("the valley" is not The Valley,
     * Anguilla's capital) */
    if ((p->kind == LX_COUNTRY || p->kind == LX_CAPITAL ||
         p->kind == LX_ACTOR) &&
        e > i + 1 && !written_lower(c->lx, p) && !c->dcc.is_uncased) {
        int cap = 0;
        for (size_t q = i; q < e && !cap; q++)
            cap = (c->tok[q].flags & TF_CAP) != 0;
        if (!cap)
            return 0;
    }
    return 1;
}

/* closed-class words ("us", "is") are names only when capitalised */
int dy_match_name_ok(const dy_ctx *c, size_t i, size_t e, const lx_phrase *p)
{
    const dy_token *t = &c->tok[i];
    if (e == i + 1 &&
        (t->pos & (POS_PRON | POS_BE | POS_DET | POS_PREP | POS_MODAL |
                   POS_CONJ | POS_HAVE | POS_DO | POS_SUB)) &&
        !(t->flags & TF_ALLCAP))
        return 0;
    if (p->kind == LX_AGENT && t->tag == TAG_VERB && !(t->flags & TF_CAP))
        return 0;
    /* (the tests of name_ok_as_written, each without its reading of the
     * lexicon's text: where none can hold, the name is believable) */
    int name = p->kind == LX_COUNTRY || p->kind == LX_CAPITAL ||
               p->kind == LX_ACTOR;
    int lower = !(t->flags & TF_CAP) && e == i + 1;
    if (!(name && lower && (t->pos & (POS_N | POS_V | POS_A))) &&
        !(p->kind == LX_DEMONYM && lower &&
          (t->pos & (POS_N | POS_A)) == POS_N) &&
        !(name && e > i + 1))
        return 1;
    return name_ok_as_written(c, i, e, p);
}

int dy_match_class_before(const dy_ctx *c, size_t first, size_t k, int cl)
{
    const dyad_lexicon *lx = c->lx;
    const char *name = dy_class_names[cl];
    for (size_t j = k; j-- > first && j + 4 >= k;) {
        const dy_token *t = &c->tok[j];
        if (!(t->kinds & KIND_BIT(LX_CLASS)))
            continue;
        uint32_t keys[3] = {t->wid, t->vlem, t->nlem};
        for (int q = 0; q < 3; q++) {
            if (keys[q] == LX_NONE || (q == 1 && keys[1] == keys[0]) ||
                (q == 2 && (keys[2] == keys[0] || keys[2] == keys[1])))
                continue;
            const lx_word *w = &lx->words[keys[q]];
            for (uint32_t r = 0; r < w->phr_count; r++) {
                const lx_phrase *p = &lx->phrases[lx->pindex[w->phr_first + r]];
                if (p->kind == LX_CLASS && p->nwords == k - j &&
                    phrase_fits(c, p, j, k) &&
                    strcmp(lx_str(lx, p->code), name) == 0)
                    return 1;
            }
        }
    }
    return 0;
}
