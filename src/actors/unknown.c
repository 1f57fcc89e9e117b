/*
 * unknown.c - actors the lexicon lacks, read from their shape: a
 * misspelt country or leader ("Afganistan", one edit from one name),
 * hyphenated demonyms ("Iraqi-Kurdish", "Afghan-born", "US-led"), titles
 * that are roles only before a name ("General Ahmed Musa"), and
 * organisations named by a run of capitalised words around a head word
 * ("the Kano Traders Association", "the Ministry of Mines"). The words
 * are data: `title-AGT` and `org-AGT` classes (data/grammar.lex) say which
 * role a title or a head word implies; agent words (data/agents.lex) serve
 * as heads too.
 */
#include "actors_int.h"

#include "match/match.h"
#include "place/place.h"

#include <ctype.h>
#include <string.h>

/* ---------------------------------------------------------- misspellings */

/* are the n bytes at a and b the same? (inline: the names compared differ
 * within a byte or two, where a memcmp call costs more than the loop) */
static int same_bytes(const char *a, const char *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (a[i] != b[i])
            return 0;
    return 1;
}

/* Is a one edit away from b (Damerau-Levenshtein: one substitution,
 * transposition of neighbours, insertion or deletion)? *at is set to the
 * byte where the two part (in both), *at_end when the edit adds or drops
 * the last letter ("Sharif", "Sharifi") or replaces that of a name of
 * fewer than 8 letters ("Georgia", "Georgie"). Linear in the length. */
static int one_edit(const char *a, size_t na, const char *b, size_t nb,
                    size_t *at, int *at_end)
{
    *at_end = 0;
    if (na < nb) { /* a is the longer or equal one */
        const char *s = a;
        size_t n = na;
        a = b, na = nb, b = s, nb = n;
    }
    if (na - nb > 1)
        return 0;
    size_t i = 0;
    while (i < nb && a[i] == b[i])
        i++;
    *at = i;
    if (na == nb) {
        if (i == na)
            return 0; /* equal: a known word, not a misspelling */
        /* the last letter of a short name replaced ("Georgie"; not
         * "Palestina") */
        *at_end = i + 1 == na && na < 8;
        if (same_bytes(a + i + 1, b + i + 1, na - i - 1))
            return 1;
        return i + 1 < na && a[i] == b[i + 1] && a[i + 1] == b[i] &&
               same_bytes(a + i + 2, b + i + 2, na - i - 2);
    }
    *at_end = i == nb; /* a letter added or dropped at the end */
    return same_bytes(a + i + 1, b + i, nb - i);
}

/* the length of the hyphen-separated part of s (n bytes) holding byte at
 * ("tayyiba" of "lashkar-e-tayyiba"), or n when s has no hyphen */
static size_t part_len(const char *s, size_t n, size_t at)
{
    size_t b = at < n ? at : n, e = b;
    while (b > 0 && s[b - 1] != '-')
        b--;
    while (e < n && s[e] != '-')
        e++;
    return e - b;
}

/* the rank of a kind among one word's readings: named actor, country,
 * capital, demonym */
static int name_rank(int kind)
{
    return kind == LX_ACTOR ? 4 : kind == LX_COUNTRY ? 3
                              : kind == LX_CAPITAL ? 2 : 1;
}

/* the best one-word name phrase of word w: the better date fit, then the
 * better kind, as for an exact match */
static uint32_t best_name(const dy_ctx *c, uint32_t w)
{
    const dyad_lexicon *lx = c->lx;
    const lx_word *x = &lx->words[w];
    uint32_t best = LX_NONE;
    int best_fit = -1, best_rank = -1;
    for (uint32_t q = 0; q < x->phr_count; q++) {
        uint32_t pid = lx->pindex[x->phr_first + q];
        const lx_phrase *p = &lx->phrases[pid];
        if (p->nwords != 1 ||
            !(p->kind == LX_ACTOR || p->kind == LX_COUNTRY ||
              p->kind == LX_CAPITAL || p->kind == LX_DEMONYM))
            continue;
        int fit = dy_match_date_fit(c, p), rank = name_rank(p->kind);
        if (fit > best_fit || (fit == best_fit && rank > best_rank))
            best = pid, best_fit = fit, best_rank = rank;
    }
    return best;
}

/* The lexicon word (a one-word name's) that the unknown word w (n bytes,
 * a letter first) misspells: one edit away from exactly one of the names
 * of its first letter, not at its end, and in a hyphenated name in a
 * part long enough to tell; else LX_NONE. Depends on the lexicon alone. */
static uint32_t misspelt_word(const dyad_lexicon *lx, const char *w,
                              size_t n)
{
    const lx_tables *tb = lx->tables;
    int l = w[0] - 'a', found_end = 0;
    uint32_t found = LX_NONE;
    size_t found_at = 0;
    /* the names of the same first letter, by length: only those of
     * n - 1 .. n + 1 letters can be one edit away (binary search for the
     * first of them) */
    uint32_t lo = tb->names_first[l], hi = tb->names_first[l + 1];
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if ((size_t)lx->names_len[mid] + 1 < n)
            lo = mid + 1;
        else
            hi = mid;
    }
    uint64_t letters = lx_letters(w, n);
    for (uint32_t k = lo; k < tb->names_first[l + 1]; k++) {
        size_t sn = lx->names_len[k];
        if (sn > n + 1)
            break;
        /* (one edit changes at most two bits of the letter sets: a name
         * whose set differs in more is turned away unread) */
        uint64_t d = letters ^ lx->names_letters[k];
        d &= d - 1;
        if (d & (d - 1))
            continue;
        int at_end;
        size_t at;
        const char *s = lx_str(lx, lx->words[lx->names[k]].str);
        if (!one_edit(w, n, s, sn, &at, &at_end))
            continue;
        if (found != LX_NONE)
            return LX_NONE; /* two names: no telling which */
        found = lx->names[k];
        found_end = at_end;
        found_at = at;
    }
    if (found == LX_NONE || found_end)
        return LX_NONE; /* another last letter makes another word:
                           "Baghdadi", "Sharifi", "Georgie" */
    const char *name = lx_str(lx, lx->words[found].str);
    size_t name_len = strlen(name);
    /* "al-Shaab" is no misspelt "al-Shabab": in a hyphenated name the
     * part with the edit must be long enough to tell */
    if (part_len(name, name_len, found_at) < 7 && memchr(name, '-', name_len))
        return LX_NONE;
    return found;
}

/* misspelt_word through the coder's memo: an unknown name recurs across
 * a corpus's documents ("Mbeki" misspells no name each time it is read),
 * and the search reads every name of its letter and length */
static uint32_t misspelt_word_memo(dy_ctx *c, const char *w, size_t n)
{
    struct dy_misspelt_memo *m =
        &c->misspelt[dy_hash(w, n) & (DY_MISSPELT_MEMO - 1)];
    if (n < sizeof m->w && memcmp(m->w, w, n + 1) == 0)
        return m->found;
    uint32_t found = misspelt_word(c->lx, w, n);
    if (n < sizeof m->w) {
        memcpy(m->w, w, n + 1);
        m->found = found;
    }
    return found;
}

uint32_t dy_actors_misspelt(dy_ctx *c, size_t i, int in_name)
{
    const dyad_lexicon *lx = c->lx;
    const dy_token *t = &c->tok[i];
    /* a capitalised word that is no known word or form of one */
    if (t->type != TT_WORD || !(t->flags & TF_CAP) || t->wid != LX_NONE ||
        t->vlem != LX_NONE || t->nlem != LX_NONE || t->lower_len < 5 ||
        t->lower_len > 40)
        return LX_NONE;
    const char *w = dy_tok_lower(c, t);
    size_t n = t->lower_len;
    if (w[0] < 'a' || w[0] > 'z')
        return LX_NONE;
    uint32_t found = misspelt_word_memo(c, w, n);
    if (found == LX_NONE)
        return LX_NONE;
    const char *name = lx_str(lx, lx->words[found].str);
    size_t name_len = strlen(name);
    uint32_t pid = best_name(c, found);
    if (pid == LX_NONE)
        return LX_NONE;
    int kind = lx->phrases[pid].kind;
    /* short names of towns and people are one letter from many others
     * ("Sinwar", "Sinjar"): only names of countries and peoples of 6
     * letters, others of 7; a person's name inside a longer unknown name
     * is another person's ("Tis Hazari" is no Hagari) */
    size_t min = kind == LX_COUNTRY || kind == LX_DEMONYM ? 6 : 7;
    if (name_len < min)
        return LX_NONE;
    if (in_name && kind == LX_ACTOR)
        return LX_NONE;
    /* a town GeoNames knows is that town ("Mallawi" is not Malawi) */
    if (dy_gaz_find(lx, w, n) != LX_NONE)
        return LX_NONE;
    return pid;
}

/* -------------------------------------------------------------- hyphens */

/* the one-word country, demonym or country-coded actor phrase of word w
 * ("us" of "US-led"), or LX_NONE */
static uint32_t country_word(const dyad_lexicon *lx, uint32_t w)
{
    const lx_word *x = &lx->words[w];
    for (uint32_t q = 0; q < x->phr_count; q++) {
        uint32_t pid = lx->pindex[x->phr_first + q];
        const lx_phrase *p = &lx->phrases[pid];
        if (p->nwords == 1 &&
            (p->kind == LX_COUNTRY || p->kind == LX_DEMONYM ||
             (p->kind == LX_ACTOR && strlen(lx_str(lx, p->code)) == 3)))
            return pid;
    }
    return LX_NONE;
}

/* is word w a one-word name of a country, people or actor ("Palestinian"
 * of "Israeli-Palestinian": a pair, not one actor)? */
static int is_name_of_own(const dyad_lexicon *lx, uint32_t w)
{
    const uint32_t kinds = (1u << LX_COUNTRY) | (1u << LX_DEMONYM) |
                           (1u << LX_CAPITAL) | (1u << LX_ACTOR);
    return w != LX_NONE && (lx->words[w].kinds & kinds) &&
           country_word(lx, w) != LX_NONE;
}

uint32_t dy_actors_hyphen_prefix(const dy_ctx *c, size_t i)
{
    const dyad_lexicon *lx = c->lx;
    const dy_token *t = &c->tok[i];
    /* (a word of ASCII letters and digits alone, most words, holds no
     * hyphen: not looked for) */
    if (t->type != TT_WORD || !(t->flags & TF_SHAPED))
        return LX_NONE;
    const char *w = dy_tok_lower(c, t);
    const char *h = strchr(w, '-');
    if (!h || h == w || !h[1] || t->type != TT_WORD)
        return LX_NONE;
    /* (the prefix first: that of most hyphenated words, "well-known",
     * "al-Assad", keys no name of a country's kinds, and their suffix is
     * then not looked up) */
    const uint32_t name_kinds = (1u << LX_COUNTRY) | (1u << LX_DEMONYM) |
                                (1u << LX_ACTOR);
    uint32_t pre = dy_lexicon_find(lx, w, (size_t)(h - w));
    if (pre == LX_NONE || !(lx->words[pre].kinds & name_kinds))
        return LX_NONE;
    uint32_t pid = country_word(lx, pre);
    if (pid == LX_NONE)
        return LX_NONE;
    uint32_t suf = dy_lexicon_find(lx, h + 1, strlen(h + 1));

    /* "US-led", "Afghan-born": a word of class backing or origin;
     * "Iraqi-Kurdish": a capitalised word that names no country of its
     * own ("Israeli-Palestinian" is a pair) */
    const char *raw = c->text + t->start + (size_t)(h - w) + 1;
    int ok = dy_word_in_class(c, suf, DY_CL_BACKING) ||
             dy_word_in_class(c, suf, DY_CL_ORIGIN) ||
             (isupper((unsigned char)*raw) && !is_name_of_own(lx, suf));
    return ok ? pid : LX_NONE;
}

/* ---------------------------------------------------- titles and heads */

int dy_actors_class_agent(const dy_ctx *c, uint32_t phrase, char *out)
{
    const lx_phrase *p = &c->lx->phrases[phrase];
    if (p->kind != LX_CLASS)
        return 0;
    const char *name = lx_str(c->lx, p->code);
    const char *agt = strncmp(name, "title-", 6) == 0  ? name + 6
                      : strncmp(name, "org-", 4) == 0  ? name + 4
                      : strncmp(name, "body-", 5) == 0 ? name + 5
                                                       : NULL;
    if (!agt || strlen(agt) != 3)
        return 0;
    for (int k = 0; k < 3; k++)
        out[k] = (char)toupper((unsigned char)agt[k]);
    out[3] = '\0';
    return 1;
}

/* the member phrase of a class named prefix + "AGT" (a three-letter
 * agent) of `words` words whose first is word id w (a form or a lemma of
 * token s) and whose others are the forms of the tokens after s; LX_NONE
 * when none */
static uint32_t word_member(const dy_ctx *c, const char *prefix, uint32_t w,
                            size_t s, size_t words)
{
    const dyad_lexicon *lx = c->lx;
    if (w == LX_NONE || !(lx->words[w].kinds & KIND_BIT(LX_CLASS)))
        return LX_NONE;
    const lx_word *x = &lx->words[w];
    size_t pl = strlen(prefix);
    char agt[4];
    for (uint32_t q = 0; q < x->phr_count; q++) {
        uint32_t pid = lx->pindex[x->phr_first + q];
        const lx_phrase *p = &lx->phrases[pid];
        /* (the first letter tested inline: most classes a word is in
         * are of another prefix, and turned away without a call) */
        const char *name = lx_str(lx, p->code);
        if (p->kind != LX_CLASS || p->nwords != words ||
            name[0] != prefix[0] || strncmp(name, prefix, pl) != 0 ||
            !dy_actors_class_agent(c, pid, agt))
            continue;
        size_t m = 1;
        while (m < words && lx->pwords[p->words + m] == c->tok[s + m].wid)
            m++;
        if (m == words)
            return pid;
    }
    return LX_NONE;
}

/* the member phrase of a class named prefix + "AGT" of `words` words
 * ending at token k, matched by form from token k + 1 - words; LX_NONE
 * when none */
static uint32_t class_member(const dy_ctx *c, const char *prefix, size_t k,
                             size_t first, size_t words)
{
    if (k + 1 < first + words)
        return LX_NONE;
    size_t s = k + 1 - words;
    if (!(c->tok[s].kinds & KIND_BIT(LX_CLASS)))
        return LX_NONE;
    return word_member(c, prefix, c->tok[s].wid, s, words);
}

/* a capitalised word of a name: not a closed-class or time word */
static int cap_word(const dy_token *t)
{
    return t->type == TT_WORD && (t->flags & TF_CAP) &&
           (t->tag == TAG_PROPN || t->tag == TAG_NOUN || t->tag == TAG_ADJ) &&
           !(t->pos & (POS_DET | POS_PREP | POS_PRON | POS_CONJ | POS_SUB |
                       POS_BE | POS_HAVE | POS_MODAL | POS_TIME | POS_NEG));
}

uint32_t dy_actors_title(const dy_ctx *c, size_t i, size_t end)
{
    const uint32_t actor_kinds = KIND_BIT(LX_COUNTRY) | KIND_BIT(LX_DEMONYM) |
                                 KIND_BIT(LX_CAPITAL) | KIND_BIT(LX_ACTOR) |
                                 KIND_BIT(LX_AGENT);
    if (!(c->tok[i].flags & TF_CAP) || i + 1 >= end)
        return LX_NONE;
    uint32_t pid = class_member(c, "title-", i, i, 1);
    if (pid == LX_NONE)
        return LX_NONE;
    /* a person's name follows: capitalised words no actor starts at */
    size_t e = i + 1, me;
    while (e < end && e < i + 4 && cap_word(&c->tok[e]) &&
           c->tok[e].tag == TAG_PROPN &&
           dy_match_at(c, e, end, actor_kinds, &me) == LX_NONE)
        e++;
    if (e == i + 1)
        return LX_NONE;
    /* one common word is no name ("General Motors", "General Electric") */
    const dy_token *n = &c->tok[i + 1];
    if (e == i + 2 &&
        ((n->wid != LX_NONE && (n->pos & (POS_N | POS_V | POS_A))) ||
         n->nlem != LX_NONE || n->vlem != LX_NONE))
        return LX_NONE;
    return pid;
}

int dy_actors_body_before(const dy_ctx *c, size_t q, char *out)
{
    if (q == 0)
        return 0;
    const dy_token *t = &c->tok[q - 1];
    /* (a noun, or a noun read as a modifier) */
    if (!(t->tag == TAG_NOUN || (t->tag == TAG_ADJ && (t->pos & POS_N))) ||
        (t->flags & TF_CAP) || t->mention >= 0)
        return 0;
    uint32_t pid = word_member(c, "body-", t->wid, q - 1, 1);
    if (pid == LX_NONE)
        pid = word_member(c, "body-", t->nlem, q - 1, 1);
    return pid != LX_NONE && dy_actors_class_agent(c, pid, out);
}

/* ------------------------------------------------------- organisations */

/* a word joining the words of a name: "of", "for", "'s", and once past
 * "of" or "for" also "and", "the" ("Ministry of Trade and Industry",
 * "Front for the Liberation of X"; not "the X Union and the Y Society") */
static int name_joint(const dy_ctx *c, const dy_token *t, int past_of)
{
    return !(t->flags & TF_CAP) &&
           (dy_tok_has(t, c->w_of) || dy_tok_has(t, c->w_for) ||
            t->tag == TAG_POSS ||
            (past_of &&
             (dy_tok_has(t, c->w_and) || dy_tok_has(t, c->w_the))));
}

/* the end of the run of capitalised words from token i, over joints
 * followed by a capitalised word (at most 12 tokens) */
static size_t run_end(const dy_ctx *c, size_t i, size_t end)
{
    size_t e = i;
    int past_of = 0;
    while (e < end && e < i + 12) {
        if (cap_word(&c->tok[e])) {
            e++;
            continue;
        }
        size_t j = e;
        while (j < end && j < e + 2 && name_joint(c, &c->tok[j], past_of)) {
            past_of |= dy_tok_has(&c->tok[j], c->w_of) ||
                       dy_tok_has(&c->tok[j], c->w_for);
            j++;
        }
        if (j == e || j >= end || !cap_word(&c->tok[j]))
            break;
        e = j;
    }
    return e;
}

/* the agent of the atom at token q ending at or before `limit`, in out:
 * the agent or class phrase it came from, or LX_NONE */
static uint32_t atom_agent(const dy_ctx *c, const atom *at, size_t first,
                           size_t q, size_t limit, char *out)
{
    const atom *a = &at[q - first];
    if (a->phrase == LX_NONE || a->end > limit)
        return LX_NONE;
    const lx_phrase *p = &c->lx->phrases[a->phrase];
    if (p->kind == LX_AGENT) {
        memcpy(out, lx_str(c->lx, p->code), 3);
        out[3] = '\0';
        return a->phrase;
    }
    return dy_actors_class_agent(c, a->phrase, out) ? a->phrase : LX_NONE;
}

/* The role the head word at token h of the run [i, e) implies, in out:
 * an agent phrase of several words ending there ("News Agency"), else an
 * `org-AGT` class member of two to four words starting there ("Front for
 * the Liberation") or of up to three words ending there ("Liberation
 * Front", "Brigades"), else a one-word agent ("Police"). Returns the
 * phrase the role came from; LX_NONE when it is no head. */
static uint32_t head_role(const dy_ctx *c, const atom *at, size_t first,
                          size_t i, size_t h, size_t e, char *out)
{
    uint32_t via;
    for (size_t q = i; q < h; q++)
        if (at[q - first].phrase != LX_NONE && at[q - first].end == h + 1 &&
            (via = atom_agent(c, at, first, q, h + 1, out)) != LX_NONE)
            return via;
    /* "Front for the Liberation of X": a member from the head on */
    for (size_t w = 4; w > 1; w--) {
        uint32_t pid = h + w <= e ? class_member(c, "org-", h + w - 1, h, w)
                                  : LX_NONE;
        if (pid != LX_NONE)
            return dy_actors_class_agent(c, pid, out) ? pid : LX_NONE;
    }
    for (size_t w = 3; w > 0; w--) {
        uint32_t pid = class_member(c, "org-", h, i, w);
        if (pid != LX_NONE)
            return dy_actors_class_agent(c, pid, out) ? pid : LX_NONE;
    }
    if (at[h - first].phrase == LX_NONE)
        return LX_NONE;
    return atom_agent(c, at, first, h, h + 1, out);
}

/* Is the run [i, e) a name the lexicon knows or composes itself? A named
 * actor in it, a place name over its head, or atoms over all its words
 * ("Kenya Defence Forces" is KEN + MIL already). */
static int lexicon_knows(const dy_ctx *c, const atom *at, size_t first,
                         size_t i, size_t e, size_t h)
{
    int uncovered = 0;
    for (size_t q = i, cover = i; q < e; q++) {
        const atom *a = &at[q - first];
        size_t pe;
        if (a->phrase != LX_NONE &&
            c->lx->phrases[a->phrase].kind == LX_ACTOR)
            return 1;
        if (q <= h && (c->tok[q].kinds & KIND_BIT(LX_PLACE)) &&
            dy_match_at(c, q, e, KIND_BIT(LX_PLACE), &pe) != LX_NONE &&
            pe > h)
            return 1;
        if (a->phrase != LX_NONE && a->end > cover)
            cover = a->end;
        if (q >= cover && cap_word(&c->tok[q]))
            uncovered = 1;
    }
    return !uncovered;
}

/* the country named inside the run [i, e): a country, demonym or capital
 * atom, else a place ("the Lagos State Police"); "" when none */
static void inner_country(const dy_ctx *c, const atom *at, size_t first,
                          size_t i, size_t e, char *out)
{
    out[0] = '\0';
    for (size_t q = i; q < e && !out[0]; q++) {
        const atom *a = &at[q - first];
        if (a->phrase == LX_NONE)
            continue;
        const lx_phrase *p = &c->lx->phrases[a->phrase];
        if (p->kind == LX_COUNTRY || p->kind == LX_DEMONYM ||
            p->kind == LX_CAPITAL) {
            memcpy(out, lx_str(c->lx, p->code), 3);
            out[3] = '\0';
        }
    }
    for (size_t q = i; q < e && !out[0]; q++) {
        size_t pe;
        if (!cap_word(&c->tok[q]) || at[q - first].phrase != LX_NONE)
            continue;
        int is_gaz;
        const char *cc = dy_place_peek(c, first, q, e, &pe, &is_gaz);
        /* (a common word is no GeoNames place: "Ministry of Industry") */
        if (cc && is_gaz &&
            (c->tok[q].pos & (POS_N | POS_V | POS_A | POS_R)))
            cc = NULL;
        if (cc && dy_actors_is_country(c, cc)) {
            memcpy(out, cc, 3);
            out[3] = '\0';
        }
    }
}

/* The role of the organisation [i, e) with head h: a role word before
 * the head names the body ("Police Command"), but not a party or an armed
 * group ("Workers Party" is PTY, "Youth Brigades" REB); else for a body
 * of members (class body) one after "of" ("Union of Teachers"; not
 * "Court of Criminal Appeals"); else the head's own role. Returns the
 * phrase the role came from, or LX_NONE. */
static uint32_t org_role(const dy_ctx *c, const atom *at, size_t first,
                         size_t i, size_t e, size_t h, char *out)
{
    char head[4];
    uint32_t via = head_role(c, at, first, i, h, e, head);
    if (via != LX_NONE &&
        (strcmp(head, "PTY") == 0 || strcmp(head, "REB") == 0)) {
        memcpy(out, head, 4);
        return via;
    }
    for (size_t q = i; q < h; q++)
        if ((via = atom_agent(c, at, first, q, h, out)) != LX_NONE)
            return via;
    for (size_t q = h + 1;
         q < e && dy_in_class_noun(c, DY_CL_BODY, &c->tok[h]); q++)
        if ((via = atom_agent(c, at, first, q, e, out)) != LX_NONE)
            return via;
    return head_role(c, at, first, i, h, e, out);
}

/* does the tail of run [.., e) after the head h end in an `org-AGT`
 * class member ("... of the Martyrs Brigades")? */
static int tail_is_org(const dy_ctx *c, size_t h, size_t e)
{
    for (size_t w = 3; w > 0; w--)
        if (e >= h + 2 + w &&
            class_member(c, "org-", e - 1, h + 2, w) != LX_NONE)
            return 1;
    return 0;
}

/* the token after the last possessive of a name (an atom, a place or
 * an unknown name word, not a common noun like "People") in [i, h), or
 * i when none */
static size_t name_possessive(const dy_ctx *c, const atom *at, size_t first,
                              size_t i, size_t h)
{
    size_t p = i;
    for (size_t q = i + 1; q < h; q++) {
        const dy_token *b = &c->tok[q - 1];
        if (c->tok[q].tag == TAG_POSS &&
            (at[q - 1 - first].phrase != LX_NONE ||
             (c->tok[q - 1].kinds & KIND_BIT(LX_PLACE)) ||
             !(b->pos & POS_N)))
            p = q + 1;
    }
    return p;
}

void dy_actors_orgs(const dy_ctx *c, atom *at, uint64_t *starts,
                    size_t first, size_t end)
{
    /* (a run of one word is stepped over unread: run_end joins a word
     * over at most two joints) */
    for (size_t i = dy_actors_caps_pair(c, first, end, 3); i < end;
         i = dy_actors_caps_pair(c, i, end, 3)) {
        if (!cap_word(&c->tok[i])) {
            i++;
            continue;
        }
        size_t e = run_end(c, i, end);
        if (e < i + 2) { /* one word is no organisation's name */
            i = e > i ? e : i + 1;
            continue;
        }
        /* the head: the last word before "of"/"for" ("Ministry of X",
         * "Movement for X"), else the last word */
        size_t h = i;
        while (h + 1 < e && !dy_tok_has(&c->tok[h + 1], c->w_of) &&
               !dy_tok_has(&c->tok[h + 1], c->w_for))
            h++;
        /* "Militants of the Abu Saif Martyrs Brigades": a tail that ends
         * in a head of its own is an organisation of its own */
        if (h + 1 < e && tail_is_org(c, h, e)) {
            i = h + 1;
            continue;
        }
        /* "Bangladesh's Left Front", "Kumaratunga's People's Alliance":
         * the organisation starts after a name's possessive (not after
         * "People's") */
        size_t p = name_possessive(c, at, first, i, h);
        if (p > i) {
            i = p;
            continue;
        }
        /* a group's plural is no organisation: "Shiite Muslims" */
        if (dy_in_class_noun(c, DY_CL_IDENTITY, &c->tok[h])) {
            i = e;
            continue;
        }
        char role[4], cc[4];
        uint32_t via = LX_NONE;
        /* "Members of the Association of African Jurists": a head that
         * names no body leaves the words after its "of" to be read */
        int has_head = head_role(c, at, first, i, h, e, role) != LX_NONE;
        if (!has_head && h + 1 < e) {
            i = h + 1;
            continue;
        }
        if (has_head && !lexicon_knows(c, at, first, i, e, h) &&
            (via = org_role(c, at, first, i, e, h, role)) != LX_NONE) {
            inner_country(c, at, first, i, e, cc);
            atom *a = &at[i - first];
            a->org_end = (uint32_t)e;
            a->org_via = via;
            memcpy(a->org_agent, role, 4);
            memcpy(a->org_country, cc, 4);
            dy_actors_mark(starts, first, i, 1);
        }
        i = e > i ? e : i + 1;
    }
}
