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
done:
    dy_free(&(dy_mem){c->opts->alloc}, at);
    return rc;
}
