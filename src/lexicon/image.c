/*
 * image.c - writes and validates the flat lexicon image. Layout: a header
 * ("DYADLEX", format version, total size, checksum, section table), then
 * 8-aligned sections of fixed-size little-endian records.
 *
 * Integrity is checked where it is cheap. `lexicon compile` checks every
 * record of the image it builds and writes a checksum over all of it;
 * loading checks the header, the section table against the file size,
 * the string pool's ends, the hash table sizes and the two small tables
 * (CAMEO codes, remap entries) with the bounds of their indexes (remaps
 * by family, CAMEO rows in code order: computed by compile), which costs
 * the same for any image size,
 * so a run touches only the pages it reads. A truncated, stale or foreign
 * file is refused there; damage inside a section is found by the full
 * check (the checksum and every record against its sections), which
 * DYAD_F_VERIFY_LEXICON asks of the load and dyad_lexicon_verify runs on
 * a loaded image (`dyad lexicon info --verify`). An image from an
 * untrusted source should be loaded with it.
 */
#include "image.h"
#include "lexicon.h"

#include <stddef.h>
#include <string.h>

#define IMAGE_VERSION 35u
enum { S_STRINGS, S_WORDS, S_HASH, S_PHRASES, S_PWORDS, S_PINDEX, S_CAMEO,
       S_GPLACES, S_GNAMES, S_GNHASH, S_GNLIST, S_ENTRIES, S_TABLES,
       S_NAMES, S_NAMES_LEN, S_KINDEX, S_NAMES_LETTERS, S_VSLOT, S_VSLICES,
       S_VINDEX, S_PNEXT, S_REMAPS, S_REMAP_IDS, S_CAMEO_ORDER, S_NSLOT,
       S_NSLICES, S_NINDEX, S_GNFIRST, S_PPAIRS, S_AHEAD, S_SHARES, S_COUNT };

typedef struct lx_section {
    uint32_t count; /* records */
    uint32_t size;  /* bytes per record */
    uint64_t off;   /* from the start of the image */
} lx_section;

typedef struct lx_header {
    char magic[8]; /* "DYADLEX\0" */
    uint32_t version;
    uint32_t nsections;
    uint64_t total;    /* bytes */
    uint64_t checksum; /* dy_checksum of the bytes after this field */
    lx_section sec[S_COUNT];
} lx_header;

/* the checksum covers the section table and the sections; the fields
 * before it are compared exactly at load */
#define CHECKSUM_FROM (offsetof(lx_header, checksum) + sizeof(uint64_t))
_Static_assert(offsetof(lx_header, checksum) == 24 &&
                   offsetof(lx_header, sec) == CHECKSUM_FROM,
               "the checksum field is the last before the section table");

/* the record size of each section, for the writer and the loader alike */
static const uint32_t section_size[S_COUNT] = {
    1,                 sizeof(lx_word),   sizeof(uint32_t),
    sizeof(lx_phrase), sizeof(uint32_t),  sizeof(uint32_t),
    sizeof(lx_cameo),  sizeof(lx_gplace), sizeof(lx_gname),
    sizeof(uint32_t),  sizeof(uint32_t),  sizeof(lx_entry),
    sizeof(lx_tables), sizeof(uint32_t),  1,
    sizeof(lx_kentry), sizeof(uint64_t),  sizeof(uint32_t),
    sizeof(lx_vslice), sizeof(lx_kentry), sizeof(lx_pnext),
    sizeof(lx_remaps), sizeof(uint32_t),  sizeof(uint32_t),
    sizeof(uint32_t),  sizeof(lx_vslice), sizeof(uint32_t),
    sizeof(uint64_t),  sizeof(uint64_t),  1,
    sizeof(lx_ahead)};

int dy_image_write(void **out, size_t *out_len, const lx_image_parts *p,
                   const dy_mem *mem)
{
    const void *data[S_COUNT] = {p->strings, p->words,   p->hash,
                                 p->phrases, p->pwords,  p->pindex,
                                 p->cameo,   p->gplaces, p->gnames,
                                 p->gnhash,  p->gnlist,  p->entries,
                                 p->tables,  p->names,   p->names_len,
                                 p->kindex,  p->names_letters,
                                 p->vslot,   p->vslices, p->vindex,
                                 p->pnext,   p->remaps,  p->remap_ids,
                                 p->cameo_order,
                                 p->nslot,   p->nslices, p->nindex,
                                 p->gnfirst, p->ppairs,  p->ahead,
                                 p->shares};
    const uint32_t count[S_COUNT] = {
        p->strings_len, p->nwords,   p->hash_cap, p->nphrases,
        p->npwords,     p->npindex,  p->ncameo,   p->ngplaces,
        p->ngnames,     p->gnhash_cap, p->ngnlist, p->nentries,
        1,              p->nnames,   p->nnames,   p->npindex,
        p->nnames,      p->nwords,   p->nvslices, p->nvindex,
        p->nwords,      1,           p->nremap_ids, p->ncameo,
        p->nwords,      p->nnslices, p->nnindex, p->ngnfirst,
        p->nppairs,     p->nwords,   p->nwords};
    lx_header h;
    memset(&h, 0, sizeof h);
    memcpy(h.magic, "DYADLEX", 8);
    h.version = IMAGE_VERSION;
    h.nsections = S_COUNT;
    uint64_t off = (sizeof h + 7) & ~(uint64_t)7;
    for (int i = 0; i < S_COUNT; i++) {
        h.sec[i].count = count[i];
        h.sec[i].size = section_size[i];
        h.sec[i].off = off;
        off += ((uint64_t)count[i] * section_size[i] + 7) & ~(uint64_t)7;
    }
    h.total = off;
    char *img = dy_calloc(mem, 1, (size_t)off);
    if (!img)
        return DYAD_ENOMEM;
    memcpy(img, &h, sizeof h);
    for (int i = 0; i < S_COUNT; i++)
        if (count[i])
            memcpy(img + h.sec[i].off, data[i],
                   (size_t)count[i] * section_size[i]);
    h.checksum = dy_checksum(img + CHECKSUM_FROM, (size_t)off - CHECKSUM_FROM);
    memcpy(img + offsetof(lx_header, checksum), &h.checksum,
           sizeof h.checksum);
    *out = img;
    *out_len = (size_t)off;
    return 0;
}

static int bad(dyad_error *err, const char *what)
{
    return dy_error_set(err, DYAD_EDICT, NULL, 0, 0, -1,
                        "corrupt lexicon image: %s", what);
}

/* points lx's tables at the sections of the image at base */
static void map_sections(dyad_lexicon *lx, const lx_header *hp)
{
    const lx_header h = *hp; /* a copy: the image may be unaligned for it */
    const char *base = lx->image;
    lx->strings = base + h.sec[S_STRINGS].off;
    lx->strings_len = h.sec[S_STRINGS].count;
    lx->words = (const lx_word *)(const void *)(base + h.sec[S_WORDS].off);
    lx->nwords = h.sec[S_WORDS].count;
    lx->hash = (const uint32_t *)(const void *)(base + h.sec[S_HASH].off);
    lx->hash_cap = h.sec[S_HASH].count;
    lx->phrases =
        (const lx_phrase *)(const void *)(base + h.sec[S_PHRASES].off);
    lx->nphrases = h.sec[S_PHRASES].count;
    lx->pwords = (const uint32_t *)(const void *)(base + h.sec[S_PWORDS].off);
    lx->npwords = h.sec[S_PWORDS].count;
    lx->pindex = (const uint32_t *)(const void *)(base + h.sec[S_PINDEX].off);
    lx->npindex = h.sec[S_PINDEX].count;
    lx->cameo = (const lx_cameo *)(const void *)(base + h.sec[S_CAMEO].off);
    lx->ncameo = h.sec[S_CAMEO].count;
    lx->gplaces =
        (const lx_gplace *)(const void *)(base + h.sec[S_GPLACES].off);
    lx->ngplaces = h.sec[S_GPLACES].count;
    lx->gnames = (const lx_gname *)(const void *)(base + h.sec[S_GNAMES].off);
    lx->ngnames = h.sec[S_GNAMES].count;
    lx->gnhash = (const uint32_t *)(const void *)(base + h.sec[S_GNHASH].off);
    lx->gnhash_cap = h.sec[S_GNHASH].count;
    lx->gnlist = (const uint32_t *)(const void *)(base + h.sec[S_GNLIST].off);
    lx->ngnlist = h.sec[S_GNLIST].count;
    lx->entries =
        (const lx_entry *)(const void *)(base + h.sec[S_ENTRIES].off);
    lx->nentries = h.sec[S_ENTRIES].count;
    lx->tables = (const lx_tables *)(const void *)(base + h.sec[S_TABLES].off);
    lx->names = (const uint32_t *)(const void *)(base + h.sec[S_NAMES].off);
    lx->nnames = h.sec[S_NAMES].count;
    lx->names_len = (const uint8_t *)(base + h.sec[S_NAMES_LEN].off);
    lx->kindex = (const lx_kentry *)(const void *)(base + h.sec[S_KINDEX].off);
    lx->names_letters =
        (const uint64_t *)(const void *)(base + h.sec[S_NAMES_LETTERS].off);
    lx->vslot = (const uint32_t *)(const void *)(base + h.sec[S_VSLOT].off);
    lx->vslices =
        (const lx_vslice *)(const void *)(base + h.sec[S_VSLICES].off);
    lx->nvslices = h.sec[S_VSLICES].count;
    lx->vindex = (const lx_kentry *)(const void *)(base + h.sec[S_VINDEX].off);
    lx->nvindex = h.sec[S_VINDEX].count;
    lx->pnext = (const lx_pnext *)(const void *)(base + h.sec[S_PNEXT].off);
    lx->remaps = (const lx_remaps *)(const void *)(base + h.sec[S_REMAPS].off);
    lx->remap_ids =
        (const uint32_t *)(const void *)(base + h.sec[S_REMAP_IDS].off);
    lx->cameo_order =
        (const uint32_t *)(const void *)(base + h.sec[S_CAMEO_ORDER].off);
    lx->nslot = (const uint32_t *)(const void *)(base + h.sec[S_NSLOT].off);
    lx->nslices =
        (const lx_vslice *)(const void *)(base + h.sec[S_NSLICES].off);
    lx->nnslices = h.sec[S_NSLICES].count;
    lx->nindex = (const uint32_t *)(const void *)(base + h.sec[S_NINDEX].off);
    lx->nnindex = h.sec[S_NINDEX].count;
    lx->gnfirst = (const uint64_t *)(const void *)(base + h.sec[S_GNFIRST].off);
    lx->ngnfirst = h.sec[S_GNFIRST].count;
    lx->ppairs = (const uint64_t *)(const void *)(base + h.sec[S_PPAIRS].off);
    lx->nppairs = h.sec[S_PPAIRS].count;
    lx->ahead = (const uint8_t *)(base + h.sec[S_AHEAD].off);
    lx->shares = (const lx_ahead *)(const void *)(base + h.sec[S_SHARES].off);
}

/* what loading checks whatever the image's size: the string pool's ends,
 * the sizes of the two hash tables, of the kind index, of the verb and
 * noun indexes' word tables, of the phrases' second words, of the
 * place names' first words, of the phrases' word pairs and of the words
 * ahead's two tables */
static int check_shape(const dyad_lexicon *lx, uint32_t nkindex,
                       uint32_t nvslot, uint32_t nnslot, uint32_t npnext,
                       uint32_t nahead, uint32_t nshares, dyad_error *err)
{
    if (nkindex != lx->npindex)
        return bad(err, "kind index size");
    if (nvslot != lx->nwords)
        return bad(err, "verb index size");
    if (nnslot != lx->nwords)
        return bad(err, "noun index size");
    if (npnext != lx->nwords)
        return bad(err, "phrases' second words size");
    if (nahead != lx->nwords)
        return bad(err, "words ahead size");
    if (nshares != lx->nwords)
        return bad(err, "words' shares ahead size");
    uint32_t sl = lx->strings_len;
    if (sl == 0 || lx->strings[sl - 1] != '\0' || lx->strings[0] != '\0')
        return bad(err, "string pool not terminated");
    if (lx->hash_cap == 0 || (lx->hash_cap & (lx->hash_cap - 1)) ||
        lx->hash_cap <= lx->nwords)
        return bad(err, "word hash size");
    if (lx->gnhash_cap && ((lx->gnhash_cap & (lx->gnhash_cap - 1)) ||
                           lx->gnhash_cap <= lx->ngnames))
        return bad(err, "place name hash size");
    if (lx->ngnfirst & (lx->ngnfirst - 1))
        return bad(err, "place name first words size");
    if ((lx->nppairs & (lx->nppairs - 1)) || lx->nppairs > LX_PPAIRS_MAX)
        return bad(err, "phrases' word pairs size");
    return 0;
}

/* the derived tables (tables.c): small, and read by every run */
static int check_derived(const dyad_lexicon *lx, uint32_t ntables,
                         uint32_t nnames_len, uint32_t nnames_letters,
                         dyad_error *err)
{
    const lx_tables *t = lx->tables;
    if (ntables != 1 || nnames_len != lx->nnames ||
        nnames_letters != lx->nnames ||
        lx->nnames > LX_NAMES_MAX || t->nagents > LX_AGENTS_MAX ||
        t->names_first[0] != 0 || t->names_first[26] != lx->nnames ||
        (t->options & ~LX_OPT_ALL) || t->discards > lx->nphrases ||
        t->agent_alone[sizeof t->agent_alone - 1] != '\0' ||
        t->default_source[sizeof t->default_source - 1] != '\0' ||
        t->default_target[sizeof t->default_target - 1] != '\0' ||
        t->comma[6] || t->comma[7])
        return bad(err, "derived tables");
    for (int l = 0; l < 26; l++)
        if (t->names_first[l] > t->names_first[l + 1])
            return bad(err, "derived tables");
    return 0;
}

/* the word table and its hash */
static int check_words(const dyad_lexicon *lx, dyad_error *err)
{
    uint32_t sl = lx->strings_len;
    for (uint32_t i = 0; i < lx->hash_cap; i++)
        if (lx->hash[i] > lx->nwords)
            return bad(err, "word hash entry");
    for (uint32_t i = 0; i < lx->nwords; i++) {
        const lx_word *w = &lx->words[i];
        if (w->str >= sl || (w->vlem != LX_NONE && w->vlem >= lx->nwords) ||
            (w->nlem != LX_NONE && w->nlem >= lx->nwords) ||
            w->phr_first > lx->npindex ||
            w->phr_count > lx->npindex - w->phr_first)
            return bad(err, "word record");
    }
    return 0;
}

/* phrases, their words and their index */
static int check_phrases(const dyad_lexicon *lx, dyad_error *err)
{
    uint32_t sl = lx->strings_len;
    for (uint32_t i = 0; i < lx->nphrases; i++) {
        const lx_phrase *p = &lx->phrases[i];
        if (p->kind < 1 || p->kind >= LX_KIND_MAX || p->nwords == 0 ||
            p->words > lx->npwords || p->nwords > lx->npwords - p->words ||
            p->code >= sl || p->file >= sl || p->text >= sl ||
            p->ptype >= sl ||
            (p->cameo != LX_NONE && p->cameo >= lx->ncameo) ||
            ((p->kind == LX_VERB || p->kind == LX_NOUN) &&
             p->cameo == LX_NONE) ||
            (p->cameo2 != LX_NONE && p->cameo2 >= lx->ncameo) ||
            (p->pre && p->kind != LX_VERB && p->kind != LX_BLOCK) ||
            ((p->flags & LX_PF_NAME_GAPS) &&
             (p->kind != LX_ACTOR && p->kind != LX_AGENT)) ||
            p->pre > lx->npwords - p->words - p->nwords)
            return bad(err, "phrase record");
        /* ('%' stands only before a verb: no rule reads it elsewhere) */
        for (uint32_t k = 0; k < p->nwords; k++)
            if (lx->pwords[p->words + k] == LX_COMPOUND ||
                (lx->pwords[p->words + k] == LX_SKIP &&
                 (k == 0 || (p->kind != LX_VERB && p->kind != LX_BLOCK))))
                return bad(err, "'%' after a verb, or '^' not after one");
        for (uint32_t k = 0; k < p->pre; k++)
            if (lx->pwords[p->words + p->nwords + k] == LX_SKIP)
                return bad(err, "'^' before a verb");
        uint32_t w0 = lx->pwords[p->words];
        uint32_t wn = lx->pwords[p->words + p->nwords - 1];
        if (w0 == LX_PLUS || lx_is_slot(w0) ||
            (p->kind != LX_VERB && p->kind != LX_BLOCK && wn == LX_PLUS) ||
            (p->kind == LX_NOUN && lx_is_slot(wn)))
            return bad(err, "phrase starts (or a noun pattern ends) with a slot");
    }
    for (uint32_t i = 0; i < lx->npwords; i++)
        if (lx->pwords[i] != LX_PLUS && lx->pwords[i] != LX_COMPOUND &&
            lx->pwords[i] != LX_SKIP && !lx_is_slot(lx->pwords[i]) &&
            lx->pwords[i] >= lx->nwords)
            return bad(err, "phrase word");
    for (uint32_t i = 0; i < lx->npindex; i++)
        if (lx->pindex[i] >= lx->nphrases)
            return bad(err, "phrase index");
    return 0;
}

/* is e not the kind index entry of a phrase of word w: a position in the
 * word's slice of pindex, with that phrase's kind, second word, need and
 * slots? */
static int kentry_bad(const dyad_lexicon *lx, const lx_word *w,
                      const lx_kentry *e)
{
    uint32_t kind = e->kq >> LX_KQ_BITS, at = e->kq & LX_KQ_MASK;
    if (at >= w->phr_count)
        return 1;
    const lx_phrase *p = &lx->phrases[lx->pindex[w->phr_first + at]];
    lx_filter need = dy_lexicon_need(lx, p);
    return p->kind != kind || e->next != dy_lexicon_next(lx, p) ||
           memcmp(&e->need, &need, sizeof need) != 0 ||
           e->slots != dy_lexicon_slots(lx, p);
}

/* the kind index: each entry of a word's slice is one of its phrases'
 * (kentry_bad), in the order of second words */
static int check_kindex(const dyad_lexicon *lx, dyad_error *err)
{
    for (uint32_t i = 0; i < lx->nwords; i++) {
        const lx_word *w = &lx->words[i];
        const lx_kentry *e = lx->kindex + w->phr_first;
        for (uint32_t q = 0; q < w->phr_count; q++)
            if (kentry_bad(lx, w, &e[q]) || (q && e[q].next < e[q - 1].next))
                return bad(err, "kind index entry");
    }
    return 0;
}

/* a slice of a grouped index of `size` entries (the verb or the noun
 * index): its groups' offsets start at 0 and rise, it lies inside the
 * index, and its occupancy bits say which groups after group 0 hold
 * entries. 1 when it does not hold. */
static int slice_frame_bad(const lx_vslice *v, uint32_t size)
{
    uint32_t n = v->off[LX_VGROUPS];
    if (v->off[0] != 0 || v->first > size ||
        n > size - v->first)
        return 1;
    for (uint32_t g = 0; g < LX_VGROUPS; g++) /* (so all inside the index) */
        if (v->off[g] > v->off[g + 1])
            return 1;
    for (uint32_t g = 1; g < LX_VGROUPS; g++) {
        int occ = (v->occ.b[(g - 1) >> 6] >> ((g - 1) & 63)) & 1;
        if (occ != (v->off[g] < v->off[g + 1]))
            return 1;
    }
    return 0;
}

/* one word's slice of the verb index: its groups in order, inside the
 * index, each entry a verb or null pattern's kind index entry of the word
 * (kentry_bad) in its group, group 0's first `typed` those with a typed
 * slot second and no other, as many as the word's kind index has */
static int check_vslice(const dyad_lexicon *lx, const lx_word *w,
                        const lx_vslice *v)
{
    uint32_t n = v->off[LX_VGROUPS], seen = 0;
    if (slice_frame_bad(v, lx->nvindex) || v->typed > v->off[1])
        return 1;
    for (uint32_t g = 0; g < LX_VGROUPS; g++) {
        for (uint32_t r = v->off[g]; r < v->off[g + 1]; r++) {
            const lx_kentry *e = &lx->vindex[v->first + r];
            uint32_t kind = e->kq >> LX_KQ_BITS;
            if ((kind != LX_VERB && kind != LX_BLOCK) ||
                lx_vgroup(e->next) != g || kentry_bad(lx, w, e) ||
                (g == 0 && lx_is_slot(e->next) != (r < v->typed)))
                return 1;
        }
    }
    for (uint32_t q = 0; q < w->phr_count; q++) {
        uint32_t kind = lx->kindex[w->phr_first + q].kq >> LX_KQ_BITS;
        seen += kind == LX_VERB || kind == LX_BLOCK;
    }
    return seen != n;
}

/* a check of one word's slice of a grouped index (check_vslice,
 * check_nslice): 1 when it is not sound */
typedef int (*slice_check)(const dyad_lexicon *, const lx_word *,
                           const lx_vslice *);

/* A grouped index (the verb or the noun index): each word whose kinds
 * hold a bit of `kinds` has a slice of nslices at slot[word] that
 * check_slice finds sound, the others none (LX_NONE); the slices cover
 * its nentries. `what` ("verb", "noun") names it in the error. */
static int check_grouped(const dyad_lexicon *lx, const uint32_t *slot,
                         const lx_vslice *slices, uint32_t nslices,
                         uint32_t nentries, uint32_t kinds,
                         slice_check check_slice, const char *what,
                         dyad_error *err)
{
    uint32_t total = 0;
    for (uint32_t i = 0; i < lx->nwords; i++) {
        const lx_word *w = &lx->words[i];
        uint32_t s = slot[i];
        int has = (w->kinds & kinds) != 0;
        if (s == LX_NONE ? has
                         : (s >= nslices || !has ||
                            check_slice(lx, w, &slices[s])))
            return dy_error_set(err, DYAD_EDICT, NULL, 0, 0, -1,
                                "corrupt lexicon image: %s index entry",
                                what);
        if (s != LX_NONE)
            total += slices[s].off[LX_VGROUPS];
    }
    return total != nentries
               ? dy_error_set(err, DYAD_EDICT, NULL, 0, 0, -1,
                              "corrupt lexicon image: %s index size", what)
               : 0;
}

/* the verb index: each word with verb or null patterns has a slice of
 * them (check_vslice), the others none; the slices cover the index */
static int check_vindex(const dyad_lexicon *lx, dyad_error *err)
{
    return check_grouped(lx, lx->vslot, lx->vslices, lx->nvslices,
                         lx->nvindex, 1u << LX_VERB | 1u << LX_BLOCK,
                         check_vslice, "verb", err);
}

/* one word's slice of the noun index: its groups in order, inside the
 * index, each entry a position in the word's slice of pindex holding a
 * noun pattern of the entry's group (lx_ngroup), after the one before it
 * in its group, as many as the word has noun patterns */
static int check_nslice(const dyad_lexicon *lx, const lx_word *w,
                        const lx_vslice *v)
{
    uint32_t n = v->off[LX_VGROUPS], seen = 0;
    if (slice_frame_bad(v, lx->nnindex) || v->typed != 0)
        return 1;
    for (uint32_t g = 0; g < LX_VGROUPS; g++) {
        for (uint32_t r = v->off[g]; r < v->off[g + 1]; r++) {
            uint32_t q = lx->nindex[v->first + r];
            if (q >= w->phr_count ||
                (r > v->off[g] && q <= lx->nindex[v->first + r - 1]))
                return 1;
            const lx_phrase *p = &lx->phrases[lx->pindex[w->phr_first + q]];
            if (p->kind != LX_NOUN ||
                lx_ngroup(lx->pwords + p->words, p->nwords) != g)
                return 1;
        }
    }
    for (uint32_t q = 0; q < w->phr_count; q++)
        seen += lx->phrases[lx->pindex[w->phr_first + q]].kind == LX_NOUN;
    return seen != n;
}

/* the noun index: each word with noun patterns has a slice of them
 * (check_nslice), the others none; the slices cover the index */
static int check_nindex(const dyad_lexicon *lx, dyad_error *err)
{
    return check_grouped(lx, lx->nslot, lx->nslices, lx->nnslices,
                         lx->nnindex, 1u << LX_NOUN, check_nslice, "noun",
                         err);
}

/* the phrases' second words: each word's record is the one its kind
 * index slice gives (dy_lexicon_pnext) */
static int check_pnext(const dyad_lexicon *lx, dyad_error *err)
{
    for (uint32_t i = 0; i < lx->nwords; i++) {
        lx_pnext p = dy_lexicon_pnext(&lx->words[i], lx->kindex);
        if (memcmp(&p, &lx->pnext[i], sizeof p) != 0)
            return bad(err, "phrases' second words");
    }
    return 0;
}

/* how each word counts among the words ahead of a verb: as its phrases
 * and slots say (dy_lexicon_ahead); and its share of them as that says
 * (dy_lexicon_shares) */
static int check_ahead(const dyad_lexicon *lx, dyad_error *err)
{
    size_t n = lx->nwords ? lx->nwords : 1;
    uint8_t *a = dy_calloc(&lx->mem, n, 1);
    lx_ahead *s = dy_calloc(&lx->mem, n, sizeof *s);
    if (!a || !s) {
        dy_free(&lx->mem, a);
        dy_free(&lx->mem, s);
        return dy_error_set(err, DYAD_ENOMEM, NULL, 0, 0, -1, "out of memory");
    }
    dy_lexicon_ahead(lx, a);
    int same = memcmp(a, lx->ahead, lx->nwords) == 0;
    const char *what = "words ahead";
    if (same) {
        dy_lexicon_shares(lx, a, s);
        same = memcmp(s, lx->shares, lx->nwords * sizeof *s) == 0;
        what = "words' shares ahead";
    }
    dy_free(&lx->mem, a);
    dy_free(&lx->mem, s);
    return same ? 0 : bad(err, what);
}

/* the CAMEO table and the table entries: small, and read at load */
static int check_tables(const dyad_lexicon *lx, dyad_error *err)
{
    uint32_t sl = lx->strings_len;
    for (uint32_t i = 0; i < lx->ncameo; i++) {
        const lx_cameo *c = &lx->cameo[i];
        if (c->code >= sl || c->name >= sl || c->plover_type >= sl ||
            c->plover_mode >= sl)
            return bad(err, "CAMEO record");
    }
    for (uint32_t i = 0; i < lx->nentries; i++) {
        const lx_entry *e = &lx->entries[i];
        if ((e->kind != LX_REMAP && e->kind != LX_COUNTRIES) ||
            e->name >= sl || e->key >= sl || e->file >= sl ||
            (e->cameo != LX_NONE && e->cameo >= lx->ncameo) ||
            (e->kind == LX_REMAP && e->cameo == LX_NONE))
            return bad(err, "table entry");
    }
    return 0;
}

/* the indexes of the small tables (dy_image_index), read at load: every
 * id inside its table (a remap id a remap entry's), the families' ranges
 * in order and inside the ids; whether they are the tables' own indexes
 * is the full check's (check_indexes) */
static int check_index_bounds(const dyad_lexicon *lx, uint32_t nremaps,
                              uint32_t nids, uint32_t norder,
                              dyad_error *err)
{
    const lx_remaps *rm = lx->remaps;
    if (nremaps != 1 || rm->at[0] != 0 || rm->at[LX_REMAP_FAMILIES] != nids)
        return bad(err, "remap index");
    for (int f = 0; f < LX_REMAP_FAMILIES; f++)
        if (rm->at[f] > rm->at[f + 1] ||
            (rm->star[f] != LX_NONE && rm->star[f] >= lx->ncameo))
            return bad(err, "remap index");
    for (uint32_t j = 0; j < nids; j++)
        if (lx->remap_ids[j] >= lx->nentries ||
            lx->entries[lx->remap_ids[j]].kind != LX_REMAP)
            return bad(err, "remap index");
    if (norder != lx->ncameo)
        return bad(err, "CAMEO order");
    for (uint32_t i = 0; i < norder; i++)
        if (lx->cameo_order[i] >= lx->ncameo)
            return bad(err, "CAMEO order");
    return 0;
}

/* the gazetteer: places, their names, the name hash and lists */
static int check_places(const dyad_lexicon *lx, dyad_error *err)
{
    uint32_t sl = lx->strings_len;
    for (uint32_t i = 0; i < lx->gnhash_cap; i++)
        if (lx->gnhash[i] > lx->ngnames)
            return bad(err, "place name hash entry");
    for (uint32_t i = 0; i < lx->ngnames; i++) {
        const lx_gname *g = &lx->gnames[i];
        if (g->str >= sl || g->first > lx->ngnlist ||
            g->count > lx->ngnlist - g->first)
            return bad(err, "place name record");
    }
    for (uint32_t i = 0; i < lx->ngnlist; i++)
        if ((lx->gnlist[i] & ~LX_GALT) >= lx->ngplaces)
            return bad(err, "place name list");
    for (uint32_t i = 0; i < lx->ngplaces; i++) {
        const lx_gplace *g = &lx->gplaces[i];
        if (g->name >= sl || g->admin1 >= sl || g->cc[3] != '\0')
            return bad(err, "place record");
    }
    return 0;
}

uint32_t dy_image_gnfirst_len(const char *strings, const lx_gname *gnames,
                              uint32_t ngnames)
{
    uint64_t multi = 0, words = 64;
    for (uint32_t i = 0; i < ngnames; i++)
        multi += strchr(strings + gnames[i].str, ' ') != NULL;
    if (!multi)
        return 0;
    /* four slots a name at least: most slots are empty */
    while (words * 32 < multi * 4 && words < (1u << 30))
        words *= 2;
    return (uint32_t)words;
}

void dy_image_gnfirst(const char *strings, const lx_gname *gnames,
                      uint32_t ngnames, uint64_t *out, uint32_t nout)
{
    memset(out, 0, (size_t)nout * sizeof *out);
    for (uint32_t i = 0; nout && i < ngnames; i++) {
        const char *s = strings + gnames[i].str;
        const char *sp = strchr(s, ' ');
        if (!sp)
            continue;
        unsigned words = 1; /* a space a word ("dar es salaam": 3) */
        for (const char *q = sp; *q && words < 4; q++)
            words += *q == ' ';
        uint64_t slot = lx_gnfirst_slot(dy_hash(s, (size_t)(sp - s)), nout);
        uint64_t *w = &out[slot >> 5];
        unsigned at = (unsigned)(slot & 31) * 2;
        unsigned v = (unsigned)(*w >> at) & 3u;
        if (words - 1 > v)
            *w = (*w & ~(3ull << at)) | (uint64_t)(words - 1) << at;
    }
}

/* is the image's table have (n words, as the header counts them; want
 * words as its source says) what fill makes of that source? what names
 * the table in the error */
static int check_table(const dyad_lexicon *lx, const uint64_t *have,
                       uint32_t n, uint32_t want,
                       void (*fill)(const dyad_lexicon *, uint64_t *,
                                    uint32_t),
                       const char *what, dyad_error *err)
{
    if (n != want)
        return bad(err, what);
    if (!n)
        return 0;
    uint64_t *t = dy_calloc(&lx->mem, n, sizeof *t);
    if (!t)
        return dy_error_set(err, DYAD_ENOMEM, NULL, 0, 0, -1, "out of memory");
    fill(lx, t, n);
    int same = memcmp(t, have, (size_t)n * sizeof *t) == 0;
    dy_free(&lx->mem, t);
    return same ? 0 : bad(err, what);
}

static void fill_gnfirst(const dyad_lexicon *lx, uint64_t *t, uint32_t n)
{
    dy_image_gnfirst(lx->strings, lx->gnames, lx->ngnames, t, n);
}

/* are the image's place names' first words those of its names? Part of
 * the full check. */
static int check_gnfirst(const dyad_lexicon *lx, dyad_error *err)
{
    return check_table(lx, lx->gnfirst, lx->ngnfirst,
                       dy_image_gnfirst_len(lx->strings, lx->gnames,
                                            lx->ngnames),
                       fill_gnfirst, "place name first words", err);
}

uint32_t dy_image_ppairs_len(const lx_word *words, uint32_t nwords,
                             const lx_kentry *kindex)
{
    uint64_t pairs = 0, n = 64;
    for (uint32_t w = 0; w < nwords; w++)
        for (uint32_t q = 0; q < words[w].phr_count; q++)
            pairs += kindex[words[w].phr_first + q].next != LX_NONE;
    if (!pairs)
        return 0;
    /* 32 bits a pair at least: a word of the sentence that follows no
     * key word in the lexicon meets a set bit about once in 32 */
    while (n * 64 < pairs * 32 && n < LX_PPAIRS_MAX)
        n *= 2;
    return (uint32_t)n;
}

void dy_image_ppairs(const lx_word *words, uint32_t nwords,
                     const lx_kentry *kindex, uint64_t *out, uint32_t nout)
{
    memset(out, 0, (size_t)nout * sizeof *out);
    for (uint32_t w = 0; nout && w < nwords; w++)
        for (uint32_t q = 0; q < words[w].phr_count; q++) {
            uint32_t nx = kindex[words[w].phr_first + q].next;
            if (nx == LX_NONE)
                continue;
            uint64_t b = lx_ppair_bit(w, nx, nout);
            out[b >> 6] |= 1ull << (b & 63);
        }
}

static void fill_ppairs(const dyad_lexicon *lx, uint64_t *t, uint32_t n)
{
    dy_image_ppairs(lx->words, lx->nwords, lx->kindex, t, n);
}

/* are the image's phrases' word pairs those of its kind index? Part of
 * the full check (after the kind index's). */
static int check_ppairs(const dyad_lexicon *lx, dyad_error *err)
{
    return check_table(lx, lx->ppairs, lx->nppairs,
                       dy_image_ppairs_len(lx->words, lx->nwords,
                                           lx->kindex),
                       fill_ppairs, "phrases' word pairs", err);
}

/* the name index (each entry a word) and the names' letter sets (those
 * of the names' strings) */
static int check_name_letters(const dyad_lexicon *lx, dyad_error *err)
{
    for (uint32_t i = 0; i < lx->nnames; i++)
        if (lx->names[i] >= lx->nwords)
            return bad(err, "name index entry");
    for (uint32_t i = 0; i < lx->nnames; i++) {
        const char *s = lx_str(lx, lx->words[lx->names[i]].str);
        if (lx->names_letters[i] != lx_letters(s, strlen(s)))
            return bad(err, "name letters");
    }
    return 0;
}

/* the family of a remap entry's name; -1 for a name no family has. The
 * entries of a family stand together in the table, their name one string
 * of the pool: *memo holds the last name offset and its family (name 0,
 * the empty string, is no family's), so a run of them costs one strcmp
 * per family, not one per family tried per entry */
static int remap_family(const char *strings, const lx_entry *e,
                        uint32_t memo[2])
{
    if (e->name == memo[0])
        return (int)memo[1];
    int family = -1;
    for (int f = 0; f < DY_RM_COUNT && family < 0; f++)
        if (!strcmp(strings + e->name, dy_remap_names[f]))
            family = f;
    memo[0] = e->name;
    memo[1] = (uint32_t)family;
    return family;
}

/* the roots of the codes a remap key may prefix: its own, or every root
 * for a key too short or not of digits (the walk then decides) */
static uint32_t root_bits(const char *key)
{
    int r = dy_cameo_root(key);
    return r < 0 ? UINT32_MAX : (uint32_t)1 << r;
}

/* a code's or key's first two bytes as one number (a key of one byte,
 * "*", ends in its 0): the order of a family's keys, their root first */
static uint32_t two_bytes(const char *s)
{
    unsigned char second = s[0] ? (unsigned char)s[1] : 0;
    return (uint32_t)(unsigned char)s[0] << 8 | second;
}

/* a family's ids ordered by their keys' first two bytes, table order kept
 * among equal ones (an insertion sort: a family has at most some sixty
 * keys), so the keys of one root are one run that dy_lexicon_remap_walk
 * finds by halving; equal keys keep the first winning */
static void order_by_root(const char *strings, const lx_entry *entries,
                          uint32_t *ids, uint32_t n)
{
    for (uint32_t i = 1; i < n; i++) {
        uint32_t id = ids[i], k = two_bytes(strings + entries[id].key);
        uint32_t j = i;
        while (j > 0 && two_bytes(strings + entries[ids[j - 1]].key) > k) {
            ids[j] = ids[j - 1];
            j--;
        }
        ids[j] = id;
    }
}

/* the remap entries grouped by family, each ordered by its keys' roots
 * (a counting sort, then order_by_root) */
static void index_remaps(const char *strings, const lx_entry *entries,
                         uint32_t n, lx_remaps *rm, uint32_t *ids)
{
    _Static_assert(DY_RM_COUNT <= LX_REMAP_FAMILIES, "remap families");
    uint32_t memo[2] = {0, (uint32_t)-1};
    memset(rm, 0, sizeof *rm);
    for (int f = 0; f < LX_REMAP_FAMILIES; f++)
        rm->star[f] = LX_NONE;
    for (uint32_t i = 0; i < n; i++) {
        int f = entries[i].kind == LX_REMAP
                    ? remap_family(strings, &entries[i], memo)
                    : -1;
        if (f >= 0)
            rm->at[f + 1]++;
    }
    for (int f = 0; f < LX_REMAP_FAMILIES; f++)
        rm->at[f + 1] += rm->at[f];
    uint32_t fill[LX_REMAP_FAMILIES];
    memcpy(fill, rm->at, sizeof fill);
    for (uint32_t i = 0; i < n; i++) {
        int f = entries[i].kind == LX_REMAP
                    ? remap_family(strings, &entries[i], memo)
                    : -1;
        if (f < 0)
            continue;
        ids[fill[f]++] = i;
        const char *key = strings + entries[i].key;
        if (key[0] == '*' && key[1] == '\0') {
            if (rm->star[f] == LX_NONE)
                rm->star[f] = entries[i].cameo;
        } else {
            rm->roots[f] |= root_bits(key);
        }
    }
    for (int f = 0; f < LX_REMAP_FAMILIES; f++)
        order_by_root(strings, entries, ids + rm->at[f],
                      rm->at[f + 1] - rm->at[f]);
}

/* does CAMEO row a come before row b: by code, then by row */
static int cameo_before(const char *strings, const lx_cameo *cameo,
                        uint32_t a, uint32_t b)
{
    int d = strcmp(strings + cameo[a].code, strings + cameo[b].code);
    return d < 0 || (d == 0 && a < b);
}

/* the CAMEO rows in code order: an insertion sort, near linear for a
 * table written in code order as data/cameo.tsv is */
static void order_cameo(const char *strings, const lx_cameo *cameo,
                        uint32_t n, uint32_t *order)
{
    for (uint32_t i = 0; i < n; i++) {
        uint32_t j = i;
        while (j > 0 && cameo_before(strings, cameo, i, order[j - 1])) {
            order[j] = order[j - 1];
            j--;
        }
        order[j] = i;
    }
}

void dy_image_index(const char *strings, const lx_entry *entries,
                    uint32_t nentries, const lx_cameo *cameo, uint32_t ncameo,
                    lx_remaps *rm, uint32_t *ids, uint32_t *order)
{
    index_remaps(strings, entries, nentries, rm, ids);
    order_cameo(strings, cameo, ncameo, order);
}

/* are the image's remap index and CAMEO order those of its tables
 * (dy_image_index over them)? Part of the full check. */
static int check_indexes(const dyad_lexicon *lx, dyad_error *err)
{
    lx_remaps rm;
    uint32_t *ids = dy_calloc(&lx->mem, lx->nentries ? lx->nentries : 1,
                              sizeof *ids);
    uint32_t *order = dy_calloc(&lx->mem, lx->ncameo ? lx->ncameo : 1,
                                sizeof *order);
    int rc = 0;
    if (!ids || !order) {
        rc = dy_error_set(err, DYAD_ENOMEM, NULL, 0, 0, -1, "out of memory");
    } else {
        dy_image_index(lx->strings, lx->entries, lx->nentries, lx->cameo,
                       lx->ncameo, &rm, ids, order);
        if (memcmp(&rm, lx->remaps, sizeof rm) != 0 ||
            memcmp(ids, lx->remap_ids,
                   (size_t)rm.at[LX_REMAP_FAMILIES] * sizeof *ids) != 0)
            rc = bad(err, "remap index");
        else if (memcmp(order, lx->cameo_order,
                        (size_t)lx->ncameo * sizeof *order) != 0)
            rc = bad(err, "CAMEO order");
    }
    dy_free(&lx->mem, ids);
    dy_free(&lx->mem, order);
    return rc;
}

/* a family's "*" code, from its CAMEO row (check_index_bounds has
 * checked the rows) */
static void set_stars(dyad_lexicon *lx)
{
    for (int f = 0; f < LX_REMAP_FAMILIES; f++)
        lx->remap_star[f] =
            lx->remaps->star[f] == LX_NONE
                ? NULL
                : lx->strings + lx->cameo[lx->remaps->star[f]].code;
}

/* the agent codes of three capital letters as bits (agent_bits: the
 * letters' code AAA..ZZZ as a number; other codes are asked of the list) */
static void set_agent_bits(dyad_lexicon *lx)
{
    const lx_tables *t = lx->tables;
    for (uint32_t i = 0; i < t->nagents; i++) {
        const char *a = t->agents[i];
        int v = 0;
        for (int k = 0; k < 3 && v >= 0; k++)
            v = a[k] >= 'A' && a[k] <= 'Z' ? v * 26 + (a[k] - 'A') : -1;
        if (v >= 0)
            lx->agent_bits[v >> 3] |= (uint8_t)(1u << (v & 7));
    }
}

/* the full check: every record of the large sections (what loading
 * skips), the small tables' indexes against the tables, then, for an
 * image that claims one, the checksum */
static int check_all(const dyad_lexicon *lx, int with_checksum,
                     dyad_error *err)
{
    int rc;
    if ((rc = check_words(lx, err)) || (rc = check_phrases(lx, err)) ||
        (rc = check_kindex(lx, err)) || (rc = check_vindex(lx, err)) ||
        (rc = check_nindex(lx, err)) || (rc = check_pnext(lx, err)) ||
        (rc = check_ahead(lx, err)) ||
        (rc = check_places(lx, err)) || (rc = check_gnfirst(lx, err)) ||
        (rc = check_ppairs(lx, err)) ||
        (rc = check_name_letters(lx, err)) ||
        (rc = check_indexes(lx, err)))
        return rc;
    if (with_checksum) {
        uint64_t want;
        memcpy(&want, (const char *)lx->image + offsetof(lx_header, checksum),
               sizeof want);
        if (dy_checksum((const char *)lx->image + CHECKSUM_FROM,
                        lx->image_len - CHECKSUM_FROM) != want)
            return bad(err, "checksum mismatch (the file was changed or "
                            "damaged after it was compiled)");
    }
    return 0;
}

int dy_lexicon_from_image(dyad_lexicon **out, void *image, size_t len,
                          int is_mapped, int verify, const dy_mem *mem,
                          dyad_error *err)
{
    lx_header h;
    int rc = 0;
    dyad_lexicon *lx = NULL;
    *out = NULL;
    if (len < sizeof h) {
        rc = bad(err, "shorter than its header");
        goto fail;
    }
    memcpy(&h, image, sizeof h);
    if (memcmp(h.magic, "DYADLEX", 8) != 0) {
        rc = bad(err, "not a dyad lexicon image (bad magic)");
        goto fail;
    }
    if (h.version != IMAGE_VERSION || h.nsections != S_COUNT) {
        rc = bad(err, "unsupported image version; recompile it");
        goto fail;
    }
    if (h.total != len) {
        rc = bad(err, "truncated");
        goto fail;
    }
    for (int i = 0; i < S_COUNT; i++) {
        if (h.sec[i].size != section_size[i] || h.sec[i].off % 8 ||
            h.sec[i].off > len ||
            (uint64_t)h.sec[i].count * section_size[i] > len - h.sec[i].off) {
            rc = bad(err, "section out of bounds");
            goto fail;
        }
    }
    lx = dy_calloc(mem, 1, sizeof *lx);
    if (!lx) {
        rc = dy_error_set(err, DYAD_ENOMEM, NULL, 0, 0, -1, "out of memory");
        goto fail;
    }
    if (mem)
        lx->mem = *mem;
    lx->image = image;
    lx->image_len = len;
    lx->is_mapped = is_mapped;
    map_sections(lx, &h);
    if ((rc = check_shape(lx, h.sec[S_KINDEX].count, h.sec[S_VSLOT].count,
                          h.sec[S_NSLOT].count, h.sec[S_PNEXT].count,
                          h.sec[S_AHEAD].count, h.sec[S_SHARES].count,
                          err)) ||
        (rc = check_tables(lx, err)) ||
        (rc = check_index_bounds(lx, h.sec[S_REMAPS].count,
                                 h.sec[S_REMAP_IDS].count,
                                 h.sec[S_CAMEO_ORDER].count, err)) ||
        (rc = check_derived(lx, h.sec[S_TABLES].count,
                            h.sec[S_NAMES_LEN].count,
                            h.sec[S_NAMES_LETTERS].count, err)) ||
        (verify && (rc = check_all(lx, verify == DY_IMAGE_CHECKSUM, err))))
        goto fail;
    set_stars(lx);
    set_agent_bits(lx);
    *out = lx;
    return 0;
fail:
    dy_free(mem, lx);
    if (!is_mapped)
        dy_free(mem, image);
    return rc ? rc : DYAD_EDICT;
}

int dyad_lexicon_verify(const dyad_lexicon *lx, dyad_error *err)
{
    if (!lx)
        return dy_error_set(err, DYAD_EINVAL, NULL, 0, 0, -1,
                            "dyad_lexicon_verify: NULL argument");
    return check_all(lx, 1, err);
}

/* The open-addressing lookup of the word and place-name tables: a slot
 * holds a record index + 1; a record starts with the offset of its string
 * and keeps the low 32 bits of the string's hash at hash_off. */
_Static_assert(offsetof(lx_word, str) == 0 && offsetof(lx_gname, str) == 0,
               "probe() reads a record's string offset at its start");

static inline uint32_t probe(const dyad_lexicon *lx, const uint32_t *tab,
                             uint32_t cap, const void *recs, size_t stride,
                             size_t hash_off, const char *s, size_t n,
                             uint64_t full)
{
    if (!cap)
        return LX_NONE;
    uint32_t mask = cap - 1;
    uint64_t h = full & mask;
    for (uint32_t probes = 0; probes < cap; probes++) {
        uint32_t v = tab[h];
        if (!v)
            return LX_NONE;
        const char *r = (const char *)recs + (size_t)(v - 1) * stride;
        uint32_t str, hash;
        memcpy(&str, r, sizeof str);
        memcpy(&hash, r + hash_off, sizeof hash);
        if (hash == (uint32_t)full) {
            const char *t = lx->strings + str;
            if (dy_str_is(t, s, n))
                return v - 1;
        }
        h = (h + 1) & mask;
    }
    return LX_NONE;
}

uint32_t dy_lexicon_find(const dyad_lexicon *lx, const char *s, size_t n)
{
    return dy_lexicon_find_hashed(lx, s, n, dy_hash(s, n));
}

uint32_t dy_lexicon_find_hashed(const dyad_lexicon *lx, const char *s,
                                size_t n, uint64_t full)
{
    return probe(lx, lx->hash, lx->hash_cap, lx->words, sizeof(lx_word),
                 offsetof(lx_word, hash), s, n, full);
}

uint32_t dy_gaz_find(const dyad_lexicon *lx, const char *s, size_t n)
{
    return dy_gaz_find_hashed(lx, s, n, dy_hash(s, n));
}

uint32_t dy_gaz_find_hashed(const dyad_lexicon *lx, const char *s, size_t n,
                            uint64_t full)
{
    return probe(lx, lx->gnhash, lx->gnhash_cap, lx->gnames,
                 sizeof(lx_gname), offsetof(lx_gname, hash), s, n, full);
}

/* the first row with the code: a binary search of cameo_order for the
 * first code not before it */
const lx_cameo *dy_lexicon_cameo(const dyad_lexicon *lx, const char *code)
{
    uint32_t lo = 0, hi = lx->ncameo;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        const lx_cameo *c = &lx->cameo[lx->cameo_order[mid]];
        if (strcmp(lx->strings + c->code, code) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < lx->ncameo) {
        const lx_cameo *c = &lx->cameo[lx->cameo_order[lo]];
        if (strcmp(lx->strings + c->code, code) == 0)
            return c;
    }
    return NULL;
}

const char *dy_lexicon_remap_walk(const dyad_lexicon *lx, int family,
                                  const char *code, int any)
{
    const char *best = NULL;
    size_t best_len = 0;
    uint32_t lo = lx->remaps->at[family], hi = lx->remaps->at[family + 1];
    /* when every key but "*" is of two digits (no bit past the roots'),
     * only the keys of the code's root can prefix it: their run among the
     * family's ids (ordered by root at compile), found by halving; a
     * family of a few keys (agents, joint) is read whole, more cheaply */
    if (hi - lo > 8 && dy_cameo_root(code) >= 0 &&
        !(lx->remaps->roots[family] >> 31)) {
        uint32_t want = two_bytes(code), end = hi;
        while (lo < hi) {
            uint32_t mid = lo + (hi - lo) / 2;
            const lx_entry *e = &lx->entries[lx->remap_ids[mid]];
            if (two_bytes(lx->strings + e->key) < want)
                lo = mid + 1;
            else
                hi = mid;
        }
        while (hi < end &&
               two_bytes(lx->strings +
                         lx->entries[lx->remap_ids[hi]].key) == want)
            hi++;
    }
    for (uint32_t j = lo; j < hi; j++) {
        const lx_entry *e = &lx->entries[lx->remap_ids[j]];
        const char *key = lx->strings + e->key;
        /* a key whose first byte differs from the code's, as most do, is
         * no prefix of it: passed over at that byte, unless it is "*" */
        if (key[0] != code[0] && key[0] != '*')
            continue;
        int star = key[0] == '*' && key[1] == '\0';
        if (star && !any)
            continue;
        /* is key a prefix of code, and how long? (one pass, where a
         * strlen and a strncmp read it twice) */
        size_t n = 0;
        if (!star) {
            while (key[n] && key[n] == code[n])
                n++;
            if (key[n])
                continue;
        }
        if (n > best_len || (!best && n == 0)) {
            best = lx->strings + lx->cameo[e->cameo].code;
            best_len = n;
        }
    }
    /* (the run of a root holds no "*": its code when no key prefixed) */
    return best || !any ? best : lx->remap_star[family];
}

int dy_lexicon_compound_before(const dyad_lexicon *lx, uint32_t phrase)
{
    if (phrase >= lx->nphrases)
        return 0;
    const lx_phrase *p = &lx->phrases[phrase];
    const uint32_t *w = lx->pwords + p->words + p->nwords;
    for (uint32_t k = 0; k < p->pre; k++)
        if (w[k] == LX_COMPOUND)
            return 1;
    return 0;
}

int dy_lexicon_compound_mutual(const dyad_lexicon *lx, uint32_t phrase)
{
    if (phrase >= lx->nphrases)
        return 0;
    return dy_lexicon_compound_before(lx, phrase) ||
           ((lx->tables->options & LX_OPT_COMPOUND_MUTUAL) &&
            (lx->phrases[phrase].flags & LX_PF_COMPOUND_TARGET));
}
