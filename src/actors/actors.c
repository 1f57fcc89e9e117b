/*
 * actors.c - who is acting. Each token gets its longest actor atom
 * (country, demonym, capital, named actor, agent); adjacent atoms, person
 * names after titles, possessives ("the Kremlin's spokesman") and "of"
 * links ("president of Russia") form one mention. The code is the named
 * actor's (dated by the document date) or country + first agent; the first
 * agent wins because modifiers name the institution (Army spokesman = MIL).
 */
#include "actors.h"

#include "lexicon/lexicon.h"
#include "match/match.h"

#include <stdio.h>
#include <string.h>

/* a capitalised word that is no known common word: part of a name */
static int is_name_word(const dy_token *t)
{
    return t->tag == TAG_PROPN && t->type == TT_WORD && t->mention < 0;
}

static const dy_person *find_key(const dy_ctx *c, const char *key)
{
    for (size_t i = c->persons.count; i-- > 0;) {
        const dy_person *p = dy_vec_at(&c->persons, i);
        if (strcmp(p->name, key) == 0)
            return p;
    }
    return NULL;
}

static const dy_person *find_person(const dy_ctx *c, const dy_token *t)
{
    return find_key(c, dy_tok_lower(c, t));
}

static int remember_key(dy_ctx *c, const char *key, const char *code)
{
    if (c->persons.count >= 512)
        return 0;
    dy_person *p = dy_vec_push(&c->persons);
    if (!p)
        return DYAD_ENOMEM;
    snprintf(p->name, sizeof p->name, "%s", key);
    snprintf(p->code, sizeof p->code, "%s", code);
    return 0;
}

static int remember(dy_ctx *c, const dy_token *t, const char *code)
{
    if (!t || !code[0] || t->lower_len >= sizeof(((dy_person *)0)->name))
        return 0;
    return remember_key(c, dy_tok_lower(c, t), code);
}

/* "US-led", "Vietnamese-led", "Russian-backed", "Turkish-supported": the
 * country or demonym before the hyphen names the actor behind */
static uint32_t led_prefix(const dy_ctx *c, const dy_token *t)
{
    static const char *const sufs[] = {"-led", "-backed", "-supported",
                                       "-sponsored", "-allied", "-controlled",
                                       "-run", "-installed", "-trained",
                                       "-armed", NULL};
    const char *w = dy_tok_lower(c, t);
    const char *h = strchr(w, '-');
    if (!h || h == w || t->type != TT_WORD)
        return LX_NONE;
    int known = 0;
    for (size_t i = 0; sufs[i]; i++)
        if (strcmp(h, sufs[i]) == 0)
            known = 1;
    if (!known)
        return LX_NONE;
    uint32_t wid = dy_lexicon_find(c->lx, w, (size_t)(h - w));
    if (wid == LX_NONE)
        return LX_NONE;
    const lx_word *x = &c->lx->words[wid];
    for (uint32_t q = 0; q < x->phr_count; q++) {
        uint32_t pid = c->lx->pindex[x->phr_first + q];
        const lx_phrase *p = &c->lx->phrases[pid];
        if (p->nwords == 1 && (p->kind == LX_COUNTRY || p->kind == LX_DEMONYM ||
                               (p->kind == LX_ACTOR && strlen(lx_str(c->lx, p->code)) == 3)))
            return pid;
    }
    return LX_NONE;
}

/* atoms: the actor phrase starting at each token, if any */
typedef struct atom {
    uint32_t phrase;
    uint32_t end;
} atom;

/* countries of the actors in the document so far (sentence ones count
 * more), for choosing among places of the same name */
static void cc_add(char set[32][4], int *n, const char *cc)
{
    for (int i = 0; i < *n; i++)
        if (strncmp(set[i], cc, 3) == 0)
            return;
    if (*n < 32) {
        snprintf(set[*n], 4, "%.3s", cc);
        (*n)++;
    }
}

static int cc_has(char set[32][4], int n, const char *cc)
{
    for (int i = 0; i < n; i++)
        if (strncmp(set[i], cc, 3) == 0)
            return 1;
    return 0;
}

const char *dy_place_cc(const dy_ctx *c, const dy_placem *p)
{
    if (p->unresolved)
        return p->parent >= 0
                   ? dy_place_cc(c, dy_vec_at(&c->places, (size_t)p->parent))
                   : "";
    if (p->gaz != LX_NONE)
        return c->lx->gplaces[p->gaz].cc;
    if (p->phrase != LX_NONE)
        return lx_str(c->lx, c->lx->phrases[p->phrase].code);
    return ""; /* dropped */
}

/* countries of this sentence's places, with how often each occurs */
typedef struct sent_cc {
    char cc[32][4];
    int count[32];
    int n;
} sent_cc;

/* how much the context speaks for a place in country cc: the sentence's
 * other places, then earlier places, then actors (weakest: an attacker's
 * country is often not the place's). `own` is the country the place
 * itself counted in s, or NULL. Bounded sets keep this O(1) per place. */
static int context_score(const dy_ctx *c, const sent_cc *s, const char *cc,
                         const char *own)
{
    for (int i = 0; i < s->n; i++)
        if (strncmp(s->cc[i], cc, 3) == 0) {
            int n = s->count[i] - (own && strncmp(own, cc, 3) == 0);
            if (n > 0)
                return 500;
        }
    if (cc_has((char(*)[4])c->place_cc, c->nplace_cc, cc))
        return 400;
    if (cc_has((char(*)[4])c->actor_cc, c->nactor_cc, cc))
        return 150;
    return 0;
}

static int pop_score(uint32_t pop)
{
    int s = 0;
    while (pop >= 10) {
        pop /= 10;
        s += 25;
    }
    return s;
}

/* the best GeoNames place for a name: primary name, then the countries
 * in context, then feature class (capital, ADM1 seat...), then size */
/* "Novoselivka, Donetsk": the name of the region after a place, which
 * picks among same-named villages by their ADM1 */
static size_t region_hint(const dy_ctx *c, size_t e, size_t end, char *out,
                          size_t cap)
{
    out[0] = '\0';
    if (e + 1 >= end || c->tok[e].type != TT_PUNCT ||
        c->lower.data[c->tok[e].lower] != ',' || !(c->tok[e + 1].flags & TF_CAP))
        return 0;
    size_t me;
    if (dy_match_at(c, e + 1, end, KIND_BIT(LX_COUNTRY), &me) != LX_NONE)
        return 0; /* "Avdiivka, Ukraine": a country, not a region */
    snprintf(out, cap, "%s", dy_tok_lower(c, &c->tok[e + 1]));
    return strlen(out);
}

static int admin1_matches(const dyad_lexicon *lx, const lx_gplace *p,
                          const char *hint, size_t hl)
{
    if (!hl || !p->admin1)
        return 0;
    const char *a = lx_str(lx, p->admin1);
    size_t n = hl < 5 ? hl : 5;
    for (size_t i = 0; i < n; i++) {
        char x = a[i], y = hint[i];
        if (x >= 'A' && x <= 'Z')
            x = (char)(x - 'A' + 'a');
        if (!x || x != y)
            return 0;
    }
    return 1;
}

static uint32_t best_gplace(const dy_ctx *c, const sent_cc *sc,
                            uint32_t gname, const char *own, const char *hint)
{
    const dyad_lexicon *lx = c->lx;
    const lx_gname *g = &lx->gnames[gname];
    size_t hl = hint ? strlen(hint) : 0;
    uint32_t best = LX_NONE;
    int best_score = -1, best_ctx = 0;
    for (uint32_t k = 0; k < g->count && k < 400; k++) {
        uint32_t slot = lx->gnlist[g->first + k];
        const lx_gplace *p = &lx->gplaces[slot & ~LX_GALT];
        int score = (slot & LX_GALT ? 0 : 400) +
                    context_score(c, sc, p->cc, own) + p->frank * 60 +
                    pop_score(p->pop) +
                    (admin1_matches(lx, p, hint, hl) ? 900 : 0);
        if (score > best_score) {
            best_score = score;
            best = slot & ~LX_GALT;
            best_ctx = context_score(c, sc, p->cc, own);
        }
    }
    /* "Zarichne, Donetsk" when no Zarichne lies in Donetsk: another
     * village of that name would be a wrong guess; the region placing it
     * (an unresolved place) is the honest answer */
    if (best != LX_NONE && hl && !admin1_matches(lx, &lx->gplaces[best], hint, hl)) {
        int any = 0;
        for (uint32_t k = 0; k < g->count && k < 400 && !any; k++)
            any = admin1_matches(lx, &lx->gplaces[lx->gnlist[g->first + k] & ~LX_GALT],
                                 hint, hl);
        /* even a big city: "New York, Donetsk" is a village of that name
         * in Donetsk oblast, not the city */
        if (!any)
            return LX_NONE;
    }
    /* a small place far from every country in context is more likely a
     * village the gazetteer lacks ("Mala Kostromka, Dnipropetrovsk" is
     * not Mala, Sweden) */
    if (best != LX_NONE && best_ctx == 0 && (sc->n > 0 || c->nplace_cc > 0)) {
        const lx_gplace *p = &lx->gplaces[best];
        if (p->frank < 4 && p->pop < 100000)
            return LX_NONE;
    }
    return best;
}

/* the lower-case words of tokens [first, end) joined by spaces, as the
 * gazetteer keys a name; 0 when they do not fit in cap */
static size_t name_key(const dy_ctx *c, size_t first, size_t end, char *key,
                       size_t cap)
{
    size_t kl = 0;
    for (size_t q = first; q < end; q++) {
        const dy_token *t = &c->tok[q];
        if (kl + t->lower_len + 2 > cap)
            return 0;
        if (q > first)
            key[kl++] = ' ';
        memcpy(key + kl, dy_tok_lower(c, t), t->lower_len);
        kl += t->lower_len;
    }
    return kl;
}

static int gaz_word(const dy_token *t)
{
    return t->type == TT_WORD && (t->flags & TF_CAP) &&
           !(t->pos & (POS_DET | POS_PREP | POS_PRON | POS_CONJ | POS_SUB |
                       POS_BE | POS_HAVE | POS_MODAL | POS_TIME | POS_NEG));
}

static void scc_add(sent_cc *s, const char *cc)
{
    for (int i = 0; i < s->n; i++)
        if (strncmp(s->cc[i], cc, 3) == 0) {
            s->count[i]++;
            return;
        }
    if (s->n < 32) {
        snprintf(s->cc[s->n], 4, "%.3s", cc);
        s->count[s->n++] = 1;
    }
}

/* the head of a body's name: Union, Association, Council ... */
static int is_body_word(const dy_ctx *c, const dy_token *t)
{
    static const char *const words[] = {
        "union",     "association", "federation",   "council",
        "congress",  "confederation", "syndicate",  "league",
        "society",   "committee",   "organization", "organisation",
        "movement",  "alliance",    "assembly",     "chamber", NULL};
    const char *w = dy_tok_lower(c, t);
    for (int i = 0; words[i]; i++)
        if (!strcmp(w, words[i]))
            return 1;
    return 0;
}

static int is_place_word(const dy_ctx *c, const dy_token *t)
{
    return dy_in_set_noun(c, DY_WS_PLACE_WORD, t);
}

static int unknown_name(const dy_token *t)
{
    return t->type == TT_WORD && (t->flags & TF_CAP) && t->tag == TAG_PROPN &&
           t->mention < 0 && t->place < 0 &&
           !(t->pos & (POS_TIME | POS_DET | POS_PREP | POS_PRON | POS_CONJ |
                       POS_SUB | POS_NEG));
}

/* "Pechenihy, Kharkiv": a name GeoNames spells in another romanisation
 * (Pechenegi), found by its consonant skeleton (dy_skeleton) among the
 * places of the region named after it; the largest if several. Without a
 * region named, a skeleton matches too many places to be believed. */
static uint32_t skeleton_place(const dy_ctx *c, size_t first, size_t end,
                               const char *hint)
{
    const dyad_lexicon *lx = c->lx;
    char name[128], key[130];
    size_t nl = 0;
    for (size_t k = first; k < end; k++) {
        const dy_token *t = &c->tok[k];
        if (nl + t->lower_len + 1 >= sizeof name)
            return LX_NONE;
        memcpy(name + nl, dy_tok_lower(c, t), t->lower_len);
        nl += t->lower_len;
    }
    key[0] = '~';
    size_t kl = dy_skeleton(name, nl, key + 1, sizeof key - 1);
    if (kl < 3)
        return LX_NONE;
    uint32_t gn = dy_gaz_find(lx, key, kl + 1);
    if (gn == LX_NONE)
        return LX_NONE;
    const lx_gname *g = &lx->gnames[gn];
    size_t hl = strlen(hint);
    uint32_t best = LX_NONE;
    long best_score = -1;
    for (uint32_t k = 0; k < g->count && k < 400; k++) {
        uint32_t id = lx->gnlist[g->first + k] & ~LX_GALT;
        const lx_gplace *p = &lx->gplaces[id];
        if (!admin1_matches(lx, p, hint, hl))
            continue;
        long score = (long)p->frank * 10000000L + (long)p->pop;
        if (score > best_score) {
            best_score = score;
            best = id;
        }
    }
    return best;
}

/* names no gazetteer knows, in a place's position: "near Berestove,
 * Donetsk", "the town of Huddur", "the Teba neighbourhood". An event may
 * still be placed there by name (and by its region when one follows). */
static int find_unresolved(dy_ctx *c, size_t first, size_t end)
{
    for (size_t i = first + 1; i < end; i++) {
        if (!unknown_name(&c->tok[i]))
            continue;
        size_t e = i;
        while (e < end && e < i + 3 && unknown_name(&c->tok[e]))
            e++;
        size_t b = i;
        while (b > first && (c->tok[b - 1].tag == TAG_DET ||
                             c->tok[b - 1].tag == TAG_ADJ ||
                             dy_tok_has(&c->tok[b - 1], c->w_of) ||
                             is_place_word(c, &c->tok[b - 1])) &&
               i - b < 5)
            b--;
        const dy_token *before = b > first ? &c->tok[b - 1] : NULL;
        /* "on the Jaffna Peninsula", "on Route 58 Road": "on" only with
         * a place word in or after the name ("on Islamic militants",
         * "on the Internet" are no places) */
        int on_place = before && dy_tok_has(before, c->w_on) &&
                       (is_place_word(c, &c->tok[e - 1]) ||
                        (e < end && is_place_word(c, &c->tok[e])));
        int prep = before && (dy_tok_has(before, c->w_in) || on_place ||
                              dy_tok_has(before, c->w_near) ||
                              dy_tok_has(before, c->w_at) ||
                              dy_tok_has(before, c->w_outside) ||
                              dy_tok_has(before, c->w_around));
        int of_place = i > first + 1 && dy_tok_has(&c->tok[i - 1], c->w_of) &&
                       is_place_word(c, &c->tok[i - 2]);
        int place_after = e < end && is_place_word(c, &c->tok[e]);
        /* "Zmiyinyy Island, Odesa", "Pyskunivka district, Donetsk": the
         * place word is part of the name, and the region follows it */
        if (place_after && c->tok[e].tag == TAG_PROPN)
            e++;
        else if (place_after && e + 2 < end && c->tok[e + 1].type == TT_PUNCT &&
                 c->lower.data[c->tok[e + 1].lower] == ',' &&
                 c->tok[e + 2].place >= 0)
            e++;
        int32_t parent = -1;
        if (e + 1 < end && c->tok[e].type == TT_PUNCT &&
            c->lower.data[c->tok[e].lower] == ',' && c->tok[e + 1].place >= 0)
            parent = c->tok[e + 1].place;
        if (!(prep || of_place || place_after || parent >= 0)) {
            i = e;
            continue;
        }
        char hint[64];
        uint32_t gz = region_hint(c, e, end, hint, sizeof hint)
                          ? skeleton_place(c, i, e, hint)
                          : LX_NONE;
        dy_placem *pm = dy_vec_push(&c->places);
        if (!pm)
            return DYAD_ENOMEM;
        pm->first = (uint32_t)i;
        pm->end = (uint32_t)e;
        pm->phrase = LX_NONE;
        pm->gaz = gz;
        pm->unresolved = gz == LX_NONE;
        pm->parent = parent;
        for (size_t k = i; k < e; k++)
            c->tok[k].place = (int32_t)(c->places.count - 1);
        i = e;
    }
    return 0;
}

static int find_places(dy_ctx *c, size_t first, size_t end)
{
    const dyad_lexicon *lx = c->lx;
    sent_cc scc;
    memset(&scc, 0, sizeof scc);
    size_t m0 = c->mentions.count; /* this sentence's first mention */
    while (m0 > 0 &&
           ((const dy_mention *)dy_vec_at(&c->mentions, m0 - 1))->first >= first)
        m0--;
    for (size_t i = m0; i < c->mentions.count; i++) {
        const dy_mention *m = dy_vec_at(&c->mentions, i);
        if (m->first >= first && strlen(m->code) >= 3)
            cc_add(c->actor_cc, &c->nactor_cc, m->code);
    }
    const uint32_t place_kinds =
        KIND_BIT(LX_PLACE) | KIND_BIT(LX_COUNTRY) | KIND_BIT(LX_CAPITAL);
    for (size_t i = first; i < end;) {
        size_t e = i + 1;
        uint32_t pid = LX_NONE, gaz = LX_NONE;
        int capital = 0;
        if (c->tok[i].type == TT_WORD && (c->tok[i].flags & TF_CAP)) {
            pid = dy_match_at(c, i, end, place_kinds, &e);
            if (pid != LX_NONE && !dy_match_name_ok(c, i, e, &lx->phrases[pid]))
                pid = LX_NONE;
            if (pid != LX_NONE && lx->phrases[pid].kind == LX_CAPITAL) {
                /* a capital without coordinates: GeoNames has them (and
                 * the capital's name, an actor too, is still a place:
                 * "tensions rose around Sarajevo") */
                size_t e2;
                uint32_t pl = dy_match_at(c, i, end, KIND_BIT(LX_PLACE), &e2);
                if (pl == LX_NONE && lx->ngnames) {
                    pid = LX_NONE;
                    capital = 1;
                }
            }
        }
        /* "Pervomaisk, Luhansk", "Makiivka, Luhansk": a town of our own
         * list named with another region than its own is the GeoNames
         * place of that name in that region, when there is one */
        if (pid != LX_NONE && lx->ngnames &&
            lx->phrases[pid].kind == LX_PLACE &&
            !strcmp(lx_str(lx, lx->phrases[pid].ptype), "city")) {
            char hint[64], key[256];
            size_t hl = region_hint(c, e, end, hint, sizeof hint);
            size_t kl = hl ? name_key(c, i, e, key, sizeof key) : 0;
            if (kl) {
                uint32_t gn = dy_gaz_find(lx, key, kl);
                uint32_t g = gn != LX_NONE ? best_gplace(c, &scc, gn, NULL, hint)
                                           : LX_NONE;
                int in_region =
                    g != LX_NONE && admin1_matches(lx, &lx->gplaces[g], hint, hl);
                /* "New York, Donetsk": named with a region of another
                 * country, it is no place of our list; a village the
                 * gazetteers lack, placed by that region */
                size_t re;
                uint32_t rp = dy_match_at(c, e + 1, end, KIND_BIT(LX_PLACE), &re);
                if (rp != LX_NONE && lx->phrases[rp].code &&
                    lx->phrases[pid].code &&
                    strncmp(lx_str(lx, lx->phrases[rp].code),
                            lx_str(lx, lx->phrases[pid].code), 3) != 0 &&
                    !in_region) {
                    pid = LX_NONE;
                    i = e;
                    continue;
                }
                if (in_region && lx->phrases[pid].code &&
                    strncmp(lx_str(lx, lx->phrases[pid].code),
                            lx->gplaces[g].cc, 3) == 0) {
                    /* unless our own place lies in that region already */
                    const lx_phrase *ph = &lx->phrases[pid];
                    float dlat = ph->lat - lx->gplaces[g].lat,
                          dlon = ph->lon - lx->gplaces[g].lon;
                    if (dlat * dlat + dlon * dlon > 0.25f) {
                        gaz = g;
                        pid = LX_NONE;
                    }
                }
            }
        }
        if (pid == LX_NONE && gaz == LX_NONE && lx->ngnames &&
            gaz_word(&c->tok[i]) && (c->tok[i].mention < 0 || capital)) {
            /* longest GeoNames name over up to 3 capitalised words */
            size_t n = 0;
            while (n < 3 && i + n < end && gaz_word(&c->tok[i + n]))
                n++;
            for (; n > 0 && gaz == LX_NONE; n--) {
                char key[256];
                size_t kl = name_key(c, i, i + n, key, sizeof key);
                uint32_t gn = kl ? dy_gaz_find(lx, key, kl) : LX_NONE;
                /* one word of a longer name ("Pan" of "Pan Am") is no
                 * place */
                if (gn != LX_NONE && i + n < end &&
                    c->tok[i + n].type == TT_WORD &&
                    (c->tok[i + n].flags & TF_CAP) && c->tok[i + n].mention < 0 &&
                    !(c->tok[i + n].pos & (POS_TIME | POS_DET | POS_PREP)))
                    gn = LX_NONE;
                /* nor is the last word of one ("Balka" of "Shyroka Balka"
                 * is not Valka, Latvia) */
                if (gn != LX_NONE && i > first + 1 &&
                    unknown_name(&c->tok[i - 1]))
                    gn = LX_NONE;
                if (gn != LX_NONE) {
                    char hint[64];
                    region_hint(c, i + n, end, hint, sizeof hint);
                    gaz = best_gplace(c, &scc, gn, NULL, hint);
                    e = i + n;
                }
            }
        }
        if (pid == LX_NONE && gaz == LX_NONE) {
            i++;
            continue;
        }
        dy_placem *pm = dy_vec_push(&c->places);
        if (!pm)
            return DYAD_ENOMEM;
        pm->first = (uint32_t)i;
        pm->end = (uint32_t)e;
        pm->phrase = pid;
        pm->gaz = gaz;
        pm->parent = -1;
        for (size_t k = i; k < e; k++)
            c->tok[k].place = (int32_t)(c->places.count - 1);
        scc_add(&scc, dy_place_cc(c, pm));
        i = e;
    }
    /* again, now that the sentence's other places are known */
    size_t sent_places = c->places.count; /* none yet in this sentence */
    for (size_t q = c->places.count; q-- > 0;) {
        const dy_placem *pm = dy_vec_at(&c->places, q);
        if (pm->first < first)
            break;
        sent_places = q;
    }
    for (size_t q = sent_places; q < c->places.count; q++) {
        dy_placem *pm = dy_vec_at(&c->places, q);
        if (pm->first < first || pm->gaz == LX_NONE)
            continue;
        char key[256];
        size_t kl = name_key(c, pm->first, pm->end, key, sizeof key);
        uint32_t gn = kl ? dy_gaz_find(lx, key, kl) : LX_NONE;
        {
            char hint[64];
            region_hint(c, pm->end, end, hint, sizeof hint);
            if (gn != LX_NONE)
                pm->gaz = best_gplace(c, &scc, gn, dy_place_cc(c, pm), hint);
        }
        if (pm->gaz == LX_NONE) /* no longer believable: drop it */
            for (size_t k = pm->first; k < pm->end; k++)
                c->tok[k].place = -1;
    }
    for (size_t q = sent_places; q < c->places.count; q++) {
        const char *cc = dy_place_cc(c, dy_vec_at(&c->places, q));
        if (cc[0])
            cc_add(c->place_cc, &c->nplace_cc, cc);
    }
    return find_unresolved(c, first, end);
}

int dy_actors_find(dy_ctx *c, size_t first, size_t end)
{
    const dyad_lexicon *lx = c->lx;
    size_t n = end - first;
    atom *at = NULL;
    int rc = 0;
    at = dy_calloc(&(dy_mem){c->opts->alloc}, n ? n : 1, sizeof *at);
    if (!at)
        return DYAD_ENOMEM;
    const uint32_t actor_kinds = KIND_BIT(LX_COUNTRY) | KIND_BIT(LX_DEMONYM) |
                                 KIND_BIT(LX_CAPITAL) | KIND_BIT(LX_ACTOR) |
                                 KIND_BIT(LX_AGENT);
    size_t pl_first = 0, pl_end = 0; /* a multi-word place name */
    /* earlier sentences' mentions are not revisited: O(sentence) */
    const size_t m0 = c->mentions.count;
    for (size_t i = first; i < end; i++) {
        size_t e, pe;
        at[i - first].phrase = LX_NONE;
        if (c->tok[i].type != TT_WORD)
            continue;
        if (i >= pl_end && (c->tok[i].flags & TF_CAP) &&
            dy_match_at(c, i, end, KIND_BIT(LX_PLACE), &pe) != LX_NONE &&
            pe > i + 1) {
            pl_first = i;
            pl_end = pe;
        }
        uint32_t pid = dy_match_at(c, i, end, actor_kinds, &e);
        if (pid == LX_NONE)
            pid = led_prefix(c, &c->tok[i]), e = i + 1;
        /* "Port Sudan", "West Bank": words inside a place name are not
         * actors, unless the actor reading covers the whole name */
        if (pid != LX_NONE && i < pl_end && !(i == pl_first && e >= pl_end))
            continue;
        if (pid != LX_NONE && dy_match_name_ok(c, i, e, &lx->phrases[pid])) {
            at[i - first].phrase = pid;
            at[i - first].end = (uint32_t)e;
        }
    }
    /* mentions */
    for (size_t i = first; i < end;) {
        const atom *a = &at[i - first];
        const dy_person *known = NULL;
        if (a->phrase == LX_NONE) {
            if (is_name_word(&c->tok[i]))
                known = find_person(c, &c->tok[i]);
            if (!known) {
                i++;
                continue;
            }
        }
        char country[4] = "", agent[4] = "", named[16] = "";
        uint32_t title = LX_NONE; /* the last role phrase, for "the
                                      Secretary" later */
        int eli = 0, has_name = 0;
        const dy_token *surname = NULL;
        size_t j = i;
        const dy_person *person = known;
        while (j < end) {
            const atom *b = &at[j - first];
            if (b->phrase != LX_NONE) {
                const lx_phrase *p = &lx->phrases[b->phrase];
                const char *code = lx_str(lx, p->code);
                if (p->kind == LX_AGENT) {
                    if (!agent[0]) /* terminated even for a bad image */
                        snprintf(agent, sizeof agent, "%.3s", code);
                    title = b->phrase;
                } else if (p->kind == LX_ACTOR) {
                    if (dy_match_date_fit(c, p) == 0) {
                        if (!country[0])
                            memcpy(country, code, 3), country[3] = '\0';
                        eli = 1;
                    } else if (!named[0]) {
                        snprintf(named, sizeof named, "%s", code);
                    }
                } else if (!country[0]) {
                    memcpy(country, code, 3);
                    country[3] = '\0';
                }
                j = b->end;
                continue;
            }
            const dy_token *t = &c->tok[j];
            /* possessive chain: the Kremlin's spokesman, Libya's rival
             * authorities, Peru's interim president */
            if (t->tag == TAG_POSS && j + 1 < end) {
                size_t q = j + 1;
                while (q < end && q < j + 3 && at[q - first].phrase == LX_NONE &&
                       (c->tok[q].tag == TAG_ADJ || c->tok[q].tag == TAG_NOUN) &&
                       !(c->tok[q].flags & TF_CAP))
                    q++;
                if (q < end && at[q - first].phrase != LX_NONE &&
                    lx->phrases[at[q - first].phrase].kind == LX_AGENT) {
                    j = q;
                    continue;
                }
            }
            /* "the Nigerian Union of Teachers": a country's body of a
             * role is that role of the country */
            if (country[0] && !agent[0] && !named[0] && (t->flags & TF_CAP) &&
                is_body_word(c, t) && j + 2 < end &&
                dy_tok_has(&c->tok[j + 1], c->w_of) &&
                at[j + 2 - first].phrase != LX_NONE &&
                lx->phrases[at[j + 2 - first].phrase].kind == LX_AGENT) {
                j += 2;
                continue;
            }
            /* president of Russia */
            if (dy_tok_has(t, c->w_of) && agent[0] && !country[0] &&
                !named[0] && j + 1 < end) {
                size_t k = j + 1;
                if (k < end && c->tok[k].tag == TAG_DET)
                    k++;
                if (k < end && at[k - first].phrase != LX_NONE &&
                    lx->phrases[at[k - first].phrase].kind != LX_AGENT) {
                    j = k;
                    continue;
                }
            }
            /* person names after a title or a country + agent */
            if (is_name_word(t) && (agent[0] || person || has_name)) {
                const dy_person *pp = find_person(c, t);
                if (pp && !person)
                    person = pp;
                has_name = 1;
                surname = t;
                j++;
                continue;
            }
            if (is_name_word(t) && !agent[0] && !named[0] && !person) {
                const dy_person *pp = find_person(c, t);
                if (pp) {
                    person = pp;
                    j++;
                    continue;
                }
            }
            /* government officials, military intelligence chief */
            if ((t->tag == TAG_NOUN || t->tag == TAG_ADJ) &&
                !(t->flags & TF_CAP) && (country[0] || named[0])) {
                size_t k = j;
                /* not over words that may be verbs ("Yemen let free
                 * activists") */
                while (k < end && k < j + 2 &&
                       (c->tok[k].tag == TAG_NOUN || c->tok[k].tag == TAG_ADJ) &&
                       !(c->tok[k].pos & POS_V) &&
                       at[k - first].phrase == LX_NONE)
                    k++;
                if (k < end && k > j && at[k - first].phrase != LX_NONE &&
                    lx->phrases[at[k - first].phrase].kind == LX_AGENT) {
                    j = k;
                    continue;
                }
            }
            break;
        }
        if (j == i)
            j = i + 1;
        dy_mention *m = dy_vec_push(&c->mentions);
        if (!m) {
            rc = DYAD_ENOMEM;
            goto done;
        }
        m->first = (uint32_t)i;
        m->end = (uint32_t)j;
        m->coord = m->coord_next = -1;
        if (named[0]) {
            if (strlen(named) == 3 && agent[0])
                snprintf(m->code, sizeof m->code, "%.3s%.3s", named, agent);
            else
                snprintf(m->code, sizeof m->code, "%s", named);
        } else if (person && !country[0]) {
            snprintf(m->code, sizeof m->code, "%s", person->code);
        } else if (country[0]) {
            snprintf(m->code, sizeof m->code, "%s%s", country,
                     eli && !agent[0] ? "ELI" : agent);
        } else if (agent[0]) {
            /* a role with no country ("police", "rebels"): the agent
             * alone, as CAMEO coders write it when the country is unknown */
            snprintf(m->code, sizeof m->code, "%s", agent);
        }
        /* "the Secretary", "the defence minister" alone: the person of
         * the document introduced with that title */
        char tkey[16] = "";
        if (title != LX_NONE) {
            const lx_phrase *tp = &lx->phrases[title];
            /* keyed by the title's head word: "Defense Secretary" and
             * "the Secretary" */
            snprintf(tkey, sizeof tkey, "#%u",
                     lx->pwords[tp->words + tp->nwords - 1]);
        }
        if (title != LX_NONE && !country[0] && !named[0] && !person &&
            !has_name && j == i + lx->phrases[title].nwords) {
            const dy_person *pt = find_key(c, tkey);
            if (pt)
                snprintf(m->code, sizeof m->code, "%s", pt->code);
        }
        m->is_person = (uint8_t)(has_name || person || eli);
        if (has_name && surname && m->code[0] && !person)
            if ((rc = remember(c, surname, m->code)))
                goto done;
        if ((has_name || named[0]) && title != LX_NONE &&
            strlen(m->code) > 3 && (rc = remember_key(c, tkey, m->code)))
            goto done;
        if (!m->code[0]) {
            c->mentions.count--; /* no code: not an actor */
        } else {
            for (size_t k = i; k < j; k++)
                c->tok[k].mention = (int32_t)(c->mentions.count - 1);
        }
        i = j;
    }
    /* "Kenzo Oshima, the United Nations Emergency Relief Coordinator,":
     * a name nobody knows, followed by an apposition that says who he is */
    for (size_t i = first; i + 3 < end; i++) {
        if (c->tok[i].mention >= 0 || !is_name_word(&c->tok[i]) ||
            (i > first && is_name_word(&c->tok[i - 1])))
            continue;
        size_t e = i;
        while (e < end && e < i + 4 && is_name_word(&c->tok[e]) &&
               c->tok[e].place < 0)
            e++;
        if (e - i < 2 || e + 1 >= end || c->tok[e].type != TT_PUNCT ||
            c->lower.data[c->tok[e].lower] != ',')
            continue;
        size_t q = e + 1;
        while (q < end && q < e + 3 && c->tok[q].tag == TAG_DET)
            q++;
        if (q >= end || c->tok[q].mention < 0)
            continue;
        const dy_mention *ap = dy_vec_at(&c->mentions, (size_t)c->tok[q].mention);
        size_t z = ap->end;
        while (z < end && z < ap->end + 5 && c->tok[z].type == TT_WORD &&
               c->tok[z].tag != TAG_VERB)
            z++; /* "United Nations Emergency Relief Coordinator" */
        if (z >= end || c->tok[z].type != TT_PUNCT ||
            strlen(ap->code) < 3 || dy_is_agent_code(c, ap->code))
            continue;
        dy_mention *m = dy_vec_push(&c->mentions);
        if (!m) {
            rc = DYAD_ENOMEM;
            goto done;
        }
        ap = dy_vec_at(&c->mentions, (size_t)c->tok[q].mention);
        m->first = (uint32_t)i;
        m->end = (uint32_t)e;
        m->coord = m->coord_next = -1;
        m->is_person = 1;
        snprintf(m->code, sizeof m->code, "%s", ap->code);
        for (size_t k = i; k < e; k++)
            c->tok[k].mention = (int32_t)(c->mentions.count - 1);
        if ((rc = remember(c, &c->tok[e - 1], m->code)))
            goto done;
        i = e;
    }
    /* coordination: X and Y, X, Y and Z, neither X nor Y */
    for (size_t mi = m0; mi + 1 < c->mentions.count; mi++) {
        dy_mention *a = dy_vec_at(&c->mentions, mi);
        dy_mention *b = dy_vec_at(&c->mentions, mi + 1);
        if (a->first < first)
            continue;
        size_t k = a->end;
        int ok = 0;
        if (k < b->first && (dy_tok_has(&c->tok[k], c->w_and) ||
                             dy_tok_has(&c->tok[k], c->w_or) ||
                             dy_tok_has(&c->tok[k], c->w_nor) ||
                             (c->tok[k].type == TT_PUNCT &&
                              c->lower.data[c->tok[k].lower] == ','))) {
            k++;
            if (k < b->first && c->tok[k].tag == TAG_DET)
                k++;
            ok = k == b->first;
        }
        if (!ok)
            continue;
        /* a comma alone links an apposition ("the Kremlin's spokesman,
         * Dmitry Peskov,"), unless a later "and"/"or" closes a list */
        if (c->tok[a->end].type == TT_PUNCT) {
            int list = 0;
            for (size_t q = b->end; q < end && q < b->end + 12; q++) {
                const dy_token *u = &c->tok[q];
                if (dy_tok_has(u, c->w_and) || dy_tok_has(u, c->w_or)) {
                    list = q + 1 < end && c->tok[q + 1].mention >= 0;
                    if (!list && q + 2 < end && c->tok[q + 1].tag == TAG_DET)
                        list = c->tok[q + 2].mention >= 0;
                    break;
                }
                if (u->mention < 0 && u->type != TT_PUNCT)
                    break;
            }
            if (!list) {
                /* an apposition names the same actor: "Russia's envoy,
                 * Ambassador Ivan Petrov," keeps the country */
                if (strlen(b->code) == 3 && strlen(a->code) >= 3 &&
                    !dy_is_agent_code(c, a->code) && dy_is_agent_code(c, b->code)) {
                    char code[16];
                    snprintf(code, sizeof code, "%.3s%.3s", a->code, b->code);
                    snprintf(b->code, sizeof b->code, "%s", code);
                    if (b->is_person && b->end > b->first)
                        if ((rc = remember(c, &c->tok[b->end - 1], b->code)))
                            goto done;
                }
                continue;
            }
        }
        /* "US and Russian envoys": the bare country shares the agent */
        if (strlen(a->code) == 3 && strlen(b->code) == 6 && !b->is_person &&
            a->end == a->first + 1 && dy_tok_has(&c->tok[a->end], c->w_and)) {
            const lx_phrase *bp = NULL;
            size_t e;
            uint32_t pid = dy_match_at(c, b->first, b->end,
                                       KIND_BIT(LX_DEMONYM), &e);
            if (pid != LX_NONE)
                bp = &lx->phrases[pid];
            if (bp && (a->first == first || c->tok[a->first - 1].tag != TAG_DET))
                memcpy(a->code + 3, b->code + 3, 4);
        }
        a->coord_next = (int32_t)(mi + 1);
        b->coord = a->coord >= 0 ? a->coord : (int32_t)mi;
        if (a->coord < 0)
            a->coord = (int32_t)mi;
    }
    for (size_t mi = m0; mi < c->mentions.count; mi++) {
        dy_mention *m = dy_vec_at(&c->mentions, mi);
        if (m->first < first || m->coord != (int32_t)mi || m->first == first)
            continue;
        size_t k = m->first - 1;
        if (c->tok[k].tag == TAG_DET && k > first)
            k--;
        if (dy_tok_has(&c->tok[m->first - 1], c->w_neither)) {
            for (int32_t q = (int32_t)mi; q >= 0;) {
                dy_mention *x = dy_vec_at(&c->mentions, (size_t)q);
                x->negated = 1;
                q = x->coord_next;
            }
        }
    }
    /* places (a token may be both an actor and a place: Kyiv) */
    rc = find_places(c, first, end);
    if (rc)
        goto done;
done:
    dy_free(&(dy_mem){c->opts->alloc}, at);
    return rc;
}
