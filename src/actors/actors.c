/*
 * actors.c - who is acting. Each token gets its longest actor atom
 * (country, demonym, capital, named actor, agent; else a name the lexicon
 * lacks, read from its shape: unknown.c); adjacent atoms, organisations
 * named by shape, person names after titles, possessives ("the Kremlin's
 * spokesman") and "of" links ("president of Russia") form one mention.
 * The code is the named actor's (dated by the document date) or country +
 * first agent; the first agent wins because modifiers name the
 * institution (Army spokesman = MIL). A role left with no country takes
 * its context's (context.c).
 */
#include "actors_int.h"

#include "lexicon/lexicon.h"
#include "match/match.h"
#include "place/place.h"
#include "words/words.h"

#include <string.h>

/* a capitalised word that is no known common word: part of a name (the
 * tagger tags only a capitalised word TAG_PROPN; the capital is tested
 * too, as dy_caps_next finds only capitalised words) */
static int is_name_word(const dy_token *t)
{
    return t->tag == TAG_PROPN && dy_cap_word(t) && t->mention < 0;
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

/* what a remembered actor keeps of the mention m that named it: its
 * code, whose country may have been inferred, and how its name was read */
static void held_as(dy_person *p, const dy_mention *m)
{
    dy_str_copy(p->code, sizeof p->code, m->code);
    p->country_inferred = m->country_inferred;
    p->origin = m->origin;
    p->name_first = m->name_first;
    p->name_end = m->name_end;
    p->via = m->via;
}

/* remembers the person of mention m under key (a surname, or title_key's
 * key of a title): its code, whose country may have been inferred, and
 * how its name was read */
static int remember_key(dy_ctx *c, const char *key, const dy_mention *m)
{
    if (c->persons.count >= 512)
        return 0;
    dy_person *p = dy_vec_push(&c->persons);
    if (!p)
        return DYAD_ENOMEM;
    dy_str_copy(p->name, sizeof p->name, key);
    held_as(p, m);
    return 0;
}

/* The key a title is remembered by: `mark` ('#' for a head word's id, '%'
 * for a title phrase's) and the id six bits a byte, each byte 0x80-0xBF
 * (a UTF-8 continuation byte after an ASCII one, which no word's lower
 * case is, so no surname meets it), in key[8]. Cheaper than decimal
 * digits, and the key is only compared, never shown. */
static void title_key(char key[8], char mark, uint32_t id)
{
    key[0] = mark;
    for (int k = 0; k < 6; k++)
        key[1 + k] = (char)(0x80 | (id >> (6 * k) & 63));
    key[7] = '\0';
}

/* the keys of title phrase `title` (title_key): by its head word in
 * tkey and, of several words, by itself in pkey; returns whether it has
 * several (pkey is then set) */
static int title_keys(const dyad_lexicon *lx, uint32_t title, char tkey[8],
                      char pkey[8])
{
    const lx_phrase *tp = &lx->phrases[title];
    title_key(tkey, '#', lx->pwords[tp->words + tp->nwords - 1]);
    if (tp->nwords < 2)
        return 0;
    title_key(pkey, '%', title);
    return 1;
}

static int remember(dy_ctx *c, const dy_token *t, const dy_mention *m)
{
    if (!t || !m->code[0] || t->lower_len >= sizeof(((dy_person *)0)->name))
        return 0;
    return remember_key(c, dy_tok_lower(c, t), m);
}

/* Is token i next to another capitalised word no actor starts at (its
 * atoms are known up to i)? Then it is part of a longer name. */
static int in_unknown_name(const dy_ctx *c, const atom *at, size_t first,
                           size_t i, size_t end)
{
    const dy_token *p = i > first ? &c->tok[i - 1] : NULL;
    const dy_token *n = i + 1 < end ? &c->tok[i + 1] : NULL;
    return (p && p->type == TT_WORD && p->tag == TAG_PROPN &&
            at[i - 1 - first].phrase == LX_NONE) ||
           (n && n->type == TT_WORD && n->tag == TAG_PROPN);
}

/* Is the one-word actor name at token i (phrase pid) the surname its
 * entry gives to full names, after a capitalised given name that none of
 * them has ("Hunter Biden", "Yusuf Mbeki": another bearer of the surname,
 * not the office holder; "Joe Biden" is one)? The names of one entry
 * share its line. */
static int other_bearer(const dy_ctx *c, const atom *at, size_t first,
                        size_t i, uint32_t pid)
{
    const dyad_lexicon *lx = c->lx;
    const lx_phrase *p = &lx->phrases[pid];
    if (p->kind != LX_ACTOR || p->nwords != 1 || i == first)
        return 0;
    const dy_token *g = &c->tok[i - 1];
    /* (an abbreviation is a title or an initial: "Mr. Biden", "George
     * W. Bush") */
    if (g->type != TT_WORD || !(g->flags & TF_CAP) ||
        !(g->tag == TAG_PROPN || g->tag == TAG_NOUN) ||
        c->text[g->start + g->len - 1] == '.' ||
        at[i - 1 - first].phrase != LX_NONE ||
        (g->kinds & (KIND_BIT(LX_AGENT) | KIND_BIT(LX_CLASS) |
                     KIND_BIT(LX_COUNTRY) | KIND_BIT(LX_DEMONYM))))
        return 0;
    uint32_t lo = pid > 8 ? pid - 8 : 0;
    uint32_t hi = pid + 8 < lx->nphrases ? pid + 8 : lx->nphrases;
    int full = 0;
    for (uint32_t q = lo; q < hi; q++) {
        const lx_phrase *o = &lx->phrases[q];
        if (q == pid || o->kind != LX_ACTOR || o->line != p->line ||
            o->file != p->file || o->nwords < 2 ||
            lx->pwords[o->words + o->nwords - 1] != lx->pwords[p->words])
            continue;
        if (lx->pwords[o->words + o->nwords - 2] == g->wid)
            return 0; /* the entry's own given name */
        full = 1;
    }
    return full;
}

/* can org_named_again find an organisation at token i: a noun of a class
 * after "the"? */
static int may_name_org_again(const dy_ctx *c, size_t first, size_t i)
{
    const dy_token *t = &c->tok[i];
    return (t->kinds & KIND_BIT(LX_CLASS)) &&
           (t->tag == TAG_NOUN || t->tag == TAG_PROPN) &&
           i > first && dy_tok_has(&c->tok[i - 1], c->w_the);
}

/* The actor atom starting at each token of [first, end), if any. Marks
 * in `starts` the sentence's capitalised names (TAG_PROPN), the tokens
 * where an atom or an organisation by shape starts, the words "two" and
 * "both", and the nouns that may name an organisation again, where
 * find_mentions may start a mention; and the capitalised words in
 * c->caps, before it reads them itself (dy_actors_orgs). The caller
 * clears both and sets caps_first and caps_end. */
static void find_atoms(dy_ctx *c, atom *at, uint64_t *starts,
                       size_t first, size_t end)
{
    const dyad_lexicon *lx = c->lx;
    const uint32_t actor_kinds = KIND_BIT(LX_COUNTRY) | KIND_BIT(LX_DEMONYM) |
                                 KIND_BIT(LX_CAPITAL) | KIND_BIT(LX_ACTOR) |
                                 KIND_BIT(LX_AGENT);
    size_t pl_first = 0, pl_end = 0; /* a multi-word place name */
    /* (the atoms emptied in a loop of their own, so that the walk below
     * steps over most tokens in a loop that stores nothing: a store to
     * `at`, which may alias the coder, made it read c->tok again at
     * every token) */
    for (size_t k = 0; k < end - first; k++) {
        at[k].phrase = LX_NONE;
        at[k].org_end = 0;
    }
    /* (the bits of a token's alone, type and flags, read in one load,
     * that stop the walk below) */
    uint32_t stop;
    memcpy(&stop, (const uint8_t[4]){DY_ALONE_ACTOR, 0, TF_CAP | TF_SHAPED, 0},
           4);
    for (size_t i = first; i < end; i++) {
        size_t e, pe;
        /* (most tokens, read in one load: punctuation, and words of no
         * actor's kinds other than "two" and "both" and no noun that may
         * name an organisation again, without a capital or shape to read,
         * DY_POS_NO_ACTOR, told by DY_ALONE_ACTOR next to the flags) */
        /* (by a pointer: by index, the step kept both) */
        const dy_token *t = &c->tok[i], *tend = &c->tok[end];
        for (; t < tend; t++) {
            uint32_t bits;
            memcpy(&bits, &t->alone, 4);
            if (bits & stop)
                break;
        }
        if (t >= tend)
            break;
        i = (size_t)(t - c->tok);
        if (c->tok[i].type != TT_WORD)
            continue;
        /* (a word of DY_POS_NO_ACTOR, a capitalised or shaped one here,
         * is none of these) */
        if ((c->tok[i].alone & DY_ALONE_ACTOR) &&
            (c->tok[i].wid == c->w_two || c->tok[i].wid == c->w_both ||
             may_name_org_again(c, first, i)))
            dy_actors_mark(starts, first, i, 1);
        /* (a lower-case word that keys no actor and has no shape to read,
         * most words, starts no atom: each reading below needs one) */
        if (!(c->tok[i].flags & (TF_CAP | TF_SHAPED)) &&
            !(c->tok[i].kinds & actor_kinds))
            continue;
        if (c->tok[i].flags & TF_CAP) {
            /* (the sentence's capitalised words, for the walks after this
             * one, dy_caps_next: marked here, where each token is read
             * anyway, rather than in a walk of their own) */
            dy_actors_mark(c->caps, first, i, 1);
            /* (of a capitalised word with no atom, find_mentions reads a
             * name only, is_name_word: "The", "In", a capitalised common
             * word start nothing but an atom or an organisation, marked
             * where either is found; the class nouns that may name an
             * organisation again are marked above) */
            dy_actors_mark(starts, first, i, c->tok[i].tag == TAG_PROPN);
            if (i >= pl_end && dy_match_at_long(c, i, end, KIND_BIT(LX_PLACE),
                                                &pe) != LX_NONE) {
                pl_first = i;
                pl_end = pe;
            }
        }
        uint32_t pid = dy_match_one_kept(c, i, end, actor_kinds, &e);
        uint8_t how = ATOM_LEXICON;
        /* names the lexicon lacks, read from their shape (unknown.c):
         * "US-led", "Afghan-born"; "General Ahmed Musa"; "Afganistan" */
        /* (only a word whose form holds a hyphen, DY_POS_HYPHEN, can
         * have such a prefix: most shaped words are turned away here) */
        if (pid == LX_NONE && (c->tok[i].pos & DY_POS_HYPHEN))
            pid = dy_actors_hyphen_prefix(c, i), e = i + 1, how = ATOM_HYPHEN;
        /* (a title is capitalised: most class words are turned away here,
         * not in a call) */
        if (pid == LX_NONE && (c->tok[i].kinds & KIND_BIT(LX_CLASS)) &&
            (c->tok[i].flags & TF_CAP))
            pid = dy_actors_title(c, i, end), e = i + 1, how = ATOM_TITLE;
        if (pid == LX_NONE && (c->tok[i].flags & TF_CAP) &&
            c->tok[i].wid == LX_NONE)
            pid = dy_actors_misspelt(c, i, in_unknown_name(c, at, first, i,
                                                           end)),
            e = i + 1, how = ATOM_MISSPELT;
        /* "Port Sudan", "West Bank": words inside a place name are not
         * actors, unless the actor reading covers the whole name */
        if (pid != LX_NONE && i < pl_end && !(i == pl_first && e >= pl_end))
            continue;
        /* "Palestine Street", "Haifa Street": a street, not the actor;
         * "the Paris agreement": an agreement (a capital only: "the Iran
         * nuclear deal" is Iran's). (A street is a capitalised word,
         * tested before the call: most atoms have none after them.) */
        if (pid != LX_NONE &&
            ((e < end && (c->tok[e].flags & TF_CAP) &&
              dy_place_street_after(c, e, end)) ||
             (lx->phrases[pid].kind == LX_CAPITAL &&
              dy_place_accord_after(c, i, e, end))))
            continue;
        if (pid != LX_NONE && how == ATOM_LEXICON &&
            other_bearer(c, at, first, i, pid))
            continue;
        if (pid != LX_NONE && dy_actors_name_ok(c, i, e, &lx->phrases[pid])) {
            at[i - first].phrase = pid;
            at[i - first].end = (uint32_t)e;
            at[i - first].how = how;
            dy_actors_mark(starts, first, i, 1);
        }
    }
    /* (an organisation by shape starts at a capitalised word) */
    dy_actors_orgs(c, at, starts, first, end);
}

/* what the words of one mention say, gathered as they are read */
typedef struct mparts {
    char country[4], agent[4], named[16];
    const char *agent_code;   /* the agent phrase's code as written, of
                                 several groups or with its '~' ("GOVPRS",
                                 "NGM~"): option agent-groups */
    uint32_t title;           /* the last role phrase, for "the Secretary"
                                 later, or LX_NONE */
    int eli;                  /* a named actor out of office: the elite */
    int group_agent;          /* the agent is a group's ("Kurds"), which a
                                 role after it replaces */
    int weak_country;         /* the country came before a hyphen
                                 ("Afghan-born"), which a country stated
                                 after it replaces */
    int has_name;             /* a person's name after a title */
    uint32_t name_first;      /* its first word */
    const dy_token *surname;  /* its last word */
    const dy_person *person;  /* a person named earlier in the document */
    /* names the lexicon lacks (dy_mention.origin): an organisation by
     * shape, a misspelt name; tokens [first, end) and the phrase that read
     * each (org_end 0, mis_end 0: none) */
    uint32_t org_first, org_end, org_via;
    uint32_t mis_first, mis_end, mis_via;
} mparts;

/* an atom's contribution: the first agent (a group's gives way to a
 * role after it: "Rohingya refugees" are refugees), the named actor (an
 * office holder out of office is the country's elite), the country. A
 * title class member ("General") is its class's agent. */
static void take_atom(const dy_ctx *c, size_t q, const atom *a, mparts *mp)
{
    uint32_t phrase = a->phrase;
    const lx_phrase *p = &c->lx->phrases[phrase];
    if (a->how == ATOM_MISSPELT && !mp->mis_end) {
        mp->mis_first = (uint32_t)q;
        mp->mis_end = (uint32_t)q + 1;
        mp->mis_via = phrase;
    }
    const char *code = lx_str(c->lx, p->code);
    char agt[4];
    /* "thousands marched" are civilians; "thousands of troops" are what
     * follows the "of" */
    if (p->kind == LX_AGENT &&
        dy_in_class(c, DY_CL_VAGUE_NUMBER, &c->tok[q]) && q + 1 < c->ntok &&
        dy_tok_has(&c->tok[q + 1], c->w_of))
        return;
    if (p->kind == LX_AGENT || dy_actors_class_agent(c, phrase, agt)) {
        const char *role = p->kind == LX_AGENT ? code : agt;
        /* "the farmers' association president", "the company chairman":
         * an official's title after a body's lower-case head noun is that
         * body's (not a government's) */
        char body[4];
        if (strncmp(role, "GOV", 3) == 0 && !mp->agent[0] &&
            dy_actors_body_before(c, q, body) && strcmp(body, "GOV"))
            role = body;
        if (!mp->agent[0] || mp->group_agent) {
            /* terminated even for a bad image */
            dy_str_copyn(mp->agent, sizeof mp->agent, role, 3);
            mp->agent_code = role == code ? code : NULL;
            mp->group_agent =
                dy_in_class_noun(c, DY_CL_IDENTITY, &c->tok[q]);
        }
        mp->title = phrase;
    } else if (p->kind == LX_ACTOR) {
        if (dy_match_date_fit(c, p) == 0) {
            if (!mp->country[0])
                memcpy(mp->country, code, 3), mp->country[3] = '\0';
            mp->eli = 1;
        } else if (!mp->named[0]) {
            dy_str_copy(mp->named, sizeof mp->named, code);
        }
    } else if (p->kind == LX_DEMONYM && q > 0 &&
               dy_in_class(c, DY_CL_ETHNIC, &c->tok[q - 1])) {
        /* "ethnic Albanians in Serbia": a group of people whose country
         * is their context's (dy_actors_context) */
        if (!mp->agent[0])
            memcpy(mp->agent, "CVL", 4);
    } else if (!mp->country[0] || mp->weak_country) {
        /* "Afghan-born U.S. envoy": the country before a hyphen gives way
         * to one stated after it */
        memcpy(mp->country, code, 3);
        mp->country[3] = '\0';
        mp->weak_country = strchr(dy_tok_lower(c, &c->tok[q]), '-') != NULL;
    }
}

/* is the atom at token q (inside the sentence from first) an agent? */
static int agent_at(const dy_ctx *c, const atom *at, size_t first, size_t q)
{
    char agt[4];
    uint32_t pid = at[q - first].phrase;
    return pid != LX_NONE && (c->lx->phrases[pid].kind == LX_AGENT ||
                              dy_actors_class_agent(c, pid, agt));
}

/* an organisation named by shape starting at token j (dy_actors_orgs):
 * its role and the country inside its name */
static size_t take_org(const atom *a, size_t j, mparts *mp)
{
    if (!mp->agent[0] && a->org_agent[0])
        memcpy(mp->agent, a->org_agent, 4);
    if (!mp->country[0] && a->org_country[0])
        memcpy(mp->country, a->org_country, 4);
    mp->group_agent = 0;
    if (!mp->org_end) {
        mp->org_first = (uint32_t)j;
        mp->org_end = a->org_end;
        mp->org_via = a->org_via;
    }
    return a->org_end;
}

/* Words that link the mention on at token j, which holds no atom: the
 * token where it goes on, or 0 where the mention ends. */
static size_t link_at(const dy_ctx *c, const atom *at, size_t first,
                      size_t end, size_t j, mparts *mp)
{
    const dy_token *t = &c->tok[j];
    /* possessive chain: the Kremlin's spokesman, Libya's rival
     * authorities, Peru's interim president */
    if (t->tag == TAG_POSS && j + 1 < end) {
        size_t q = j + 1;
        while (q < end && q < j + 3 && at[q - first].phrase == LX_NONE &&
               (c->tok[q].tag == TAG_ADJ || c->tok[q].tag == TAG_NOUN) &&
               !(c->tok[q].flags & TF_CAP))
            q++;
        if (q < end && (agent_at(c, at, first, q) || at[q - first].org_end))
            return q;
    }
    /* "the Nigerian Union of Teachers": a country's body of a role is
     * that role of the country */
    if (mp->country[0] && !mp->agent[0] && !mp->named[0] &&
        (t->flags & TF_CAP) && dy_in_class(c, DY_CL_BODY, t) && j + 2 < end &&
        dy_tok_has(&c->tok[j + 1], c->w_of) && agent_at(c, at, first, j + 2))
        return j + 2;
    /* president of Russia */
    if (dy_tok_has(t, c->w_of) && mp->agent[0] && !mp->country[0] &&
        !mp->named[0] && j + 1 < end) {
        size_t k = j + 1;
        if (k < end && c->tok[k].tag == TAG_DET)
            k++;
        if (k < end && at[k - first].phrase != LX_NONE &&
            !agent_at(c, at, first, k))
            return k;
    }
    /* person names after a title or a country + agent */
    if (is_name_word(t) && (mp->agent[0] || mp->person || mp->has_name)) {
        const dy_person *pp = find_person(c, t);
        if (pp && !mp->person)
            mp->person = pp;
        if (!mp->has_name)
            mp->name_first = (uint32_t)j;
        mp->has_name = 1;
        mp->surname = t;
        return j + 1;
    }
    if (is_name_word(t) && !mp->agent[0] && !mp->named[0] && !mp->person) {
        const dy_person *pp = find_person(c, t);
        if (pp) {
            mp->person = pp;
            return j + 1;
        }
    }
    /* government officials, military intelligence chief */
    if ((t->tag == TAG_NOUN || t->tag == TAG_ADJ) && !(t->flags & TF_CAP) &&
        (mp->country[0] || mp->named[0])) {
        size_t k = j;
        /* not over words that may be verbs ("Yemen let free activists"),
         * but a lone noun right before the role ("French paper workers") */
        while (k < end && k < j + 2 &&
               (c->tok[k].tag == TAG_NOUN || c->tok[k].tag == TAG_ADJ) &&
               (!(c->tok[k].pos & POS_V) ||
                (k == j && c->tok[k].tag == TAG_NOUN && k + 1 < end &&
                 agent_at(c, at, first, k + 1))) &&
               at[k - first].phrase == LX_NONE)
            k++;
        if (k < end && k > j && agent_at(c, at, first, k))
            return k;
    }
    return 0;
}

/* is code a root of no state: an international or non-governmental
 * body, an armed group or a company (IGO, NGO, IMG, MNC, UIS)? */
static int non_state_root(const char *code)
{
    static const char *const roots[] = {"IGO", "NGO", "IMG", "MNC", "UIS"};
    for (size_t i = 0; i < sizeof roots / sizeof roots[0]; i++)
        if (dy_code_same3(code, roots[i]))
            return 1;
    return 0;
}

/* the code of a mention from its parts: the named actor's (with its
 * agent when it is a bare country), a person's, country + agent (the
 * elite of a country when only an office holder out of office names it),
 * or a role alone ("police", "rebels"), as CAMEO coders write it when the
 * country is unknown */
static void compose_code(const mparts *mp, char *code, size_t cap)
{
    code[0] = '\0';
    if (mp->named[0]) {
        /* a country's role ("Syrian" + police), not a non-state body's:
         * "Red Cross officials" are the Red Cross (NGO), not NGOGOV */
        /* and the "militants" or "fighters" of a body its line calls a
         * government fight as rebels ("Taliban fighters" where the
         * Taliban's line of the document's date, or of no date, is
         * AFGGOV: AFGREB) */
        int armed = dy_code_is_len(mp->named, 6) &&
                    dy_code_is(mp->named + 3, "GOV") &&
                    dy_code_is(mp->agent, "REB");
        if ((dy_code_is_len(mp->named, 3) && mp->agent[0] &&
             !non_state_root(mp->named)) ||
            armed) {
            size_t k = dy_str_copyn(code, cap, mp->named, 3);
            dy_str_copyn(code + k, cap - k, mp->agent, 3);
        } else {
            dy_str_copy(code, cap, mp->named);
        }
    } else if (mp->person && !mp->country[0]) {
        dy_str_copy(code, cap, mp->person->code);
    } else if (mp->country[0]) {
        size_t k = dy_str_copy(code, cap, mp->country);
        dy_str_copy(code + k, cap - k,
                    mp->eli && !mp->agent[0] ? "ELI" : mp->agent);
    } else if (mp->agent[0]) {
        dy_str_copy(code, cap, mp->agent);
    }
}

/* Under "option agent-groups" the agent of a country or named actor is
 * composed as TABARI composes it (groups.c: "ITHGOVPRS", "NGMARN"), and
 * an agent alone keeps its code as written for the emit step ("~MOSREB")
 * and for a country named after its "in" (events/foreign.c). TABARI's
 * FORMER conversion: an agent with "former" in its mention or right
 * before it is the elite, ELI ("Arnor former security officials": ARNELI;
 * "former Gondor prosecutors": GONELI). A person's code stays dyad's. */
static void agent_groups(const dy_ctx *c, const mparts *mp, dy_mention *m)
{
    if (!mp->agent_code || (mp->person && !mp->country[0] && !mp->named[0]))
        return;
    const char *agent = mp->agent_code;
    for (uint32_t q = m->first ? m->first - 1 : 0; q < m->end; q++)
        if (dy_tok_is(c, &c->tok[q], "former"))
            agent = "ELI";
    const char *base = mp->named[0] ? mp->named : mp->country;
    dy_actors_agent_groups(base, agent, m->code, sizeof m->code);
    if (!base[0])
        dy_str_copy(m->agent_code, sizeof m->agent_code, agent);
}

/* Do tokens [first, end) look like a person's name ("Ahmed Musa", "George
 * W. Bush")? No time word ("police Saturday"), no abbreviation of more
 * than one letter ("police Lt."), and one word at least that is no common
 * word ("the military Airport", "refugee Camp"). Decides only whether the
 * name is reported as a person the lexicon lacks, never a code. */
static int is_person_name(const dy_ctx *c, uint32_t first, uint32_t end)
{
    int uncommon = 0;
    for (uint32_t k = first; k < end; k++) {
        const dy_token *t = &c->tok[k];
        if (t->type != TT_WORD || (t->pos & POS_TIME) ||
            (t->len > 2 && c->text[t->start + t->len - 1] == '.'))
            return 0;
        uncommon |= !(t->pos & (POS_N | POS_V | POS_A | POS_R));
    }
    return uncommon && end > first;
}

/* How mention m's name the lexicon lacks was read, if it holds one
 * (dy_mention.origin): an organisation by shape, a person remembered from
 * such a mention (or `known`, the person a bare title stands for), a
 * person named after a title who is no named actor, a misspelt name. */
static void set_origin(const dy_ctx *c, dy_mention *m, const mparts *mp,
                       const dy_person *known)
{
    const dy_person *pp = mp->person ? mp->person : known;
    m->via = LX_NONE;
    if (mp->org_end) {
        m->origin = DY_ORIGIN_SHAPE;
        m->name_first = mp->org_first;
        m->name_end = mp->org_end;
        m->via = mp->org_via;
    } else if (pp && pp->origin) {
        m->origin = pp->origin;
        m->name_first = pp->name_first;
        m->name_end = pp->name_end;
        m->via = pp->via;
    } else if (mp->has_name && !mp->named[0] && !pp && mp->surname &&
               is_person_name(c, mp->name_first,
                              (uint32_t)(mp->surname - c->tok) + 1)) {
        m->origin = DY_ORIGIN_TITLE;
        m->name_first = mp->name_first;
        m->name_end = (uint32_t)(mp->surname - c->tok) + 1;
        m->via = mp->title;
    } else if (mp->mis_end) {
        m->origin = DY_ORIGIN_MISSPELT;
        m->name_first = mp->mis_first;
        m->name_end = mp->mis_end;
        m->via = mp->mis_via;
    }
}

/* ------------------------------------------ organisations named again */

/* Is token t a word of class anaphor-org, a head noun that names an
 * organisation introduced before ("the Council")? */
static int anaphor_noun(const dy_ctx *c, const dy_token *t)
{
    return dy_in_class(c, DY_CL_ANAPHOR_ORG, t);
}

/* the kind of organisation a code names: an international body (IGO...),
 * an armed group (IMG..., ...REB), a party (...PTY), or none */
static int org_kind(const char *code)
{
    /* (compared without calls, as dy_code_same3: at every organisation's
     * mention) */
    size_t n = 0;
    while (code[n])
        n++;
    if (dy_code_same3(code, "IGO"))
        return DY_KIND_IGO;
    if (dy_code_same3(code, "IMG") ||
        (n >= 6 && dy_code_is(code + n - 3, "REB")))
        return DY_KIND_ARMED;
    if (n >= 6 && dy_code_is(code + n - 3, "PTY"))
        return DY_KIND_PARTY;
    return DY_KIND_NONE;
}

/* Is token t a noun of the grammar class of organisations of kind k
 * ("the bloc" of an international body, "the group" of an armed one)? */
static int names_kind(const dy_ctx *c, const dy_token *t, int k)
{
    static const int classes[] = {0, DY_CL_KIND_IGO, DY_CL_KIND_ARMED,
                                  DY_CL_KIND_PARTY};
    return k != DY_KIND_NONE && dy_in_class(c, classes[k], t);
}

/* An organisation named by the lexicon or by its shape (mention m, its
 * last token j - 1) is remembered, with its head noun when that is of
 * class anaphor-org ("the Security Council": "the Council") and its kind,
 * whose nouns name it too: an international body "the bloc", "the
 * alliance"; an armed group "the group", "the movement"; a party "the
 * party" (classes kind-igo, kind-armed, kind-party). The latest
 * DY_ORG_MEMO are kept. */
static void remember_org(dy_ctx *c, size_t j, const dy_mention *m)
{
    const dy_token *h = &c->tok[j - 1];
    uint32_t w = anaphor_noun(c, h) ? h->wid : LX_NONE;
    int kind = org_kind(m->code);
    if (w == LX_NONE && kind == DY_KIND_NONE)
        return;
    uint32_t k = c->norgs++ % DY_ORG_MEMO;
    dy_person *p = &c->orgs[k];
    memset(p, 0, sizeof *p);
    held_as(p, m);
    p->is_org = 1;
    c->org_word[k] = w;
    c->org_kind[k] = (uint8_t)kind;
}

/* "the group", "the Council": the organisation remembered latest that the
 * singular noun at token i after "the" names, by its head noun or its
 * kind, with no noun after it ("the group's leader" is one; "the group
 * leaders" are not); NULL when none is */
static const dy_person *org_named_again(const dy_ctx *c, size_t first,
                                        size_t i, size_t end)
{
    const dy_token *t = &c->tok[i];
    if (c->norgs == 0 || i == first || t->wid == LX_NONE ||
        !(t->kinds & KIND_BIT(LX_CLASS)) ||
        !dy_tok_has(&c->tok[i - 1], c->w_the) ||
        !(t->tag == TAG_NOUN || t->tag == TAG_PROPN) ||
        (i + 1 < end && (c->tok[i + 1].tag == TAG_NOUN ||
                         c->tok[i + 1].tag == TAG_PROPN)))
        return NULL;
    uint32_t held = c->norgs < DY_ORG_MEMO ? c->norgs : DY_ORG_MEMO;
    for (uint32_t q = 0; q < held; q++) {
        uint32_t k = (c->norgs - 1 - q) % DY_ORG_MEMO;
        if (c->org_word[k] == t->wid || names_kind(c, t, c->org_kind[k]))
            return &c->orgs[k];
    }
    return NULL;
}

/* Adds the mention over tokens [i, j) with its parts; one with no code is
 * no actor. People named here are remembered: by surname, and by the
 * title's head word ("the Secretary", "the defence minister" alone later
 * are the person introduced with that title). */
static int add_mention(dy_ctx *c, size_t i, size_t j, const mparts *mp)
{
    const dyad_lexicon *lx = c->lx;
    int rc;
    dy_mention *m = dy_vec_push(&c->mentions);
    if (!m)
        return DYAD_ENOMEM;
    m->first = (uint32_t)i;
    m->end = (uint32_t)j;
    m->coord = m->coord_next = -1;
    compose_code(mp, m->code, sizeof m->code);
    if (lx->tables->options & LX_OPT_AGENT_GROUPS)
        agent_groups(c, mp, m);
    /* a title is keyed by its head word ("Defense Secretary" and "the
     * Secretary") and, of several words, by itself: "the prime minister"
     * is not the defence minister named before (the keys made only where
     * one is looked up or remembered, below: most mentions with a title
     * do neither) */
    char tkey[8], pkey[8];
    /* a person named before: the country may have been inferred */
    if (mp->person && !mp->named[0] && !mp->country[0])
        m->country_inferred = mp->person->country_inferred;
    const dy_person *pt = NULL;
    if (mp->title != LX_NONE && !mp->country[0] && !mp->named[0] &&
        !mp->person && !mp->has_name &&
        j == i + lx->phrases[mp->title].nwords) {
        int multi = title_keys(lx, mp->title, tkey, pkey);
        pt = find_key(c, multi ? pkey : tkey);
        if (pt) {
            dy_str_copy(m->code, sizeof m->code, pt->code);
            m->country_inferred = pt->country_inferred;
        }
    }
    set_origin(c, m, mp, pt);
    m->is_person = (uint8_t)(mp->has_name ||
                             (mp->person && !mp->person->is_org) || mp->eli);
    m->named_body = (uint8_t)(dy_code_is_len(mp->named, 3) &&
                              non_state_root(mp->named));
    if (mp->has_name && mp->surname && m->code[0] && !mp->person)
        if ((rc = remember(c, mp->surname, m)))
            return rc;
    /* (a bare role is remembered too: the context may give it a country
     * at the end of the sentence, dy_actors_context) */
    if ((mp->has_name || mp->named[0]) && mp->title != LX_NONE &&
        (strlen(m->code) > 3 || dy_is_agent_code(c, m->code))) {
        int multi = title_keys(lx, mp->title, tkey, pkey);
        if ((rc = remember_key(c, tkey, m)) ||
            (multi && (rc = remember_key(c, pkey, m))))
            return rc;
    }
    if (!m->code[0]) {
        c->mentions.count--; /* no code: not an actor */
        return 0;
    }
    if (!m->is_person && (mp->named[0] || mp->org_end))
        remember_org(c, j, m);
    for (size_t k = i; k < j; k++)
        c->tok[k].mention = (int32_t)(c->mentions.count - 1);
    return 0;
}

/* Does "[breakaway] PLACE-NOUN of" start at token k ("the Indian state of
 * Kerala", "the Georgian breakaway region of Abkhazia")? */
static int names_part_of(const dy_ctx *c, size_t k)
{
    while (k + 2 < c->ntok && c->tok[k].tag == TAG_ADJ &&
           !dy_in_class_noun(c, DY_CL_PLACE_NOUN, &c->tok[k]))
        k++;
    return k + 1 < c->ntok && dy_in_class_noun(c, DY_CL_PLACE_NOUN, &c->tok[k]) &&
           dy_tok_has(&c->tok[k + 1], c->w_of);
}

/* "Police in Nairobi detained", "Russian troops in Ukraine shelled": a
 * country or capital right after the subject and in/near/at is where the
 * subject is, not an actor of its own (the place stage still finds it,
 * and a role with no country takes it, dy_actors_context); so is a
 * demonym there that says whose region follows ("Police in the Indian
 * state of Kerala"). After a verb
 * it may be the target ("deploy troops in Iraq"). */
static int is_actor_place(const dy_ctx *c, const atom *at, size_t first,
                          size_t i)
{
    const atom *a = &at[i - first];
    if (a->phrase == LX_NONE || i < first + 2)
        return 0;
    int kind = c->lx->phrases[a->phrase].kind;
    if (kind != LX_CAPITAL && kind != LX_COUNTRY &&
        !(kind == LX_DEMONYM && names_part_of(c, a->end)))
        return 0;
    size_t k = i - 1; /* "in northern Syria", "in the capital Kabul" */
    while (k > first + 1 && k + 3 > i &&
           (c->tok[k].tag == TAG_DET ||
            (c->tok[k].tag == TAG_ADJ && !(c->tok[k].flags & TF_CAP))))
        k--;
    const dy_token *p = &c->tok[k];
    /* (and "across Lebanon", "from across Lebanon": class place-prep) */
    int spread = dy_in_class(c, DY_CL_PLACE_PREP, p);
    if (spread && k > first + 1 && dy_tok_has(&c->tok[k - 1], c->w_from))
        k--;
    if (!((dy_tok_has(p, c->w_in) || dy_tok_has(p, c->w_near) ||
           dy_tok_has(p, c->w_at) || spread) &&
          c->tok[k - 1].mention >= 0))
        return 0;
    for (size_t q = first; q + 1 < k; q++)
        if (c->tok[q].tag == TAG_VERB)
            return 0;
    return 1;
}

/* ------------------------------------------------ a pair named again */

/* "Putin met Xi ... the two leaders signed", "India and Pakistan held
 * talks. Both sides agreed": "the two" or "both" before a plural of class
 * pair-noun at token i names the two actors named last before it in its
 * sentence or the one before, within PAIR_REACH mentions: the two latest
 * codes of different countries or bodies that are no bare role nor where
 * an act happened. Their codes into a and b (the earlier first); 0 when
 * there is no such pair. */
#define PAIR_REACH 12
static int pair_named_again(const dy_ctx *c, size_t first, size_t i,
                            size_t end, dy_person *a, dy_person *b)
{
    const dy_token *t = &c->tok[i]; /* "two" or "both" (the caller's
                                        test) */
    int two = t->wid == c->w_two && i > first &&
              dy_tok_has(&c->tok[i - 1], c->w_the);
    if (!(two || t->wid == c->w_both) || i + 1 >= end ||
        !dy_in_class(c, DY_CL_PAIR_NOUN, &c->tok[i + 1]))
        return 0;
    /* (not "a pact between the two countries": a pair that restates the
     * act's own participants) */
    size_t d = two ? i - 1 : i;
    if (d > first && dy_tok_has(&c->tok[d - 1], c->w_between))
        return 0;
    /* (this sentence and the one before it) */
    size_t from = first;
    while (from > 0 && first - from < 120 &&
           !(from < first && c->tok[from - 1].type == TT_PUNCT &&
             strchr(".!?", c->lower.data[c->tok[from - 1].lower])))
        from--;
    const char *codes[2] = {NULL, NULL};
    const dy_mention *ms[2] = {NULL, NULL};
    size_t seen = 0;
    for (size_t k = c->mentions.count; k-- > 0 && seen < PAIR_REACH;) {
        const dy_mention *m = dy_vec_at(&c->mentions, k);
        if (m->first < from)
            break;
        if (m->first >= i)
            continue;
        seen++;
        /* (not where an act happened: "met Xi in Beijing") */
        const dy_token *pt = m->first > 0 ? &c->tok[m->first - 1] : NULL;
        if (pt && (dy_tok_has(pt, c->w_in) || dy_tok_has(pt, c->w_at) ||
                   dy_tok_has(pt, c->w_near)))
            continue;
        /* (of two countries or bodies: "the two ministers" of one
         * government are read as any role) */
        if (strlen(m->code) < 3 || dy_mention_is_role(c, m) ||
            (codes[0] && strncmp(codes[0], m->code, 3) == 0))
            continue;
        int n = codes[0] ? 1 : 0;
        codes[n] = m->code;
        ms[n] = m;
        if (n == 1)
            break;
    }
    if (!codes[1])
        return 0;
    memset(a, 0, sizeof *a);
    memset(b, 0, sizeof *b);
    dy_str_copy(a->code, sizeof a->code, codes[1]);
    dy_str_copy(b->code, sizeof b->code, codes[0]);
    a->country_inferred = ms[1]->country_inferred;
    b->country_inferred = ms[0]->country_inferred;
    a->is_org = b->is_org = 1; /* (not one person: no "he" later) */
    return 1;
}

/* adds the pair's two mentions over tokens i and i + 1, coordinated */
static int add_pair(dy_ctx *c, size_t i, const dy_person *a,
                    const dy_person *b)
{
    int rc;
    mparts mp;
    memset(&mp, 0, sizeof mp);
    mp.title = LX_NONE;
    mp.person = a;
    const size_t n0 = c->mentions.count;
    if ((rc = add_mention(c, i, i + 1, &mp)))
        return rc;
    mp.person = b;
    if ((rc = add_mention(c, i + 1, i + 2, &mp)))
        return rc;
    size_t n = c->mentions.count;
    if (n != n0 + 2) /* (a code left empty adds no mention) */
        return 0;
    dy_mention *ma = dy_vec_at(&c->mentions, n - 2);
    dy_mention *mb = dy_vec_at(&c->mentions, n - 1);
    ma->coord = (int32_t)(n - 2);
    ma->coord_next = (int32_t)(n - 1);
    mb->coord = (int32_t)(n - 2);
    return 0;
}

/* the first token from i on, before end, marked in `starts` (bit k for
 * token first + k), or end; past the marks (DY_CAPS_MEMO), i itself */
static size_t next_start(const uint64_t *starts, size_t first, size_t i,
                         size_t end)
{
    while (i < end && i - first < DY_CAPS_MEMO) {
        size_t k = i - first;
        uint64_t w = starts[k >> 6] >> (k & 63);
        if (w) {
            i += (size_t)__builtin_ctzll(w);
            return i < end ? i : end;
        }
        i += 64 - (k & 63);
    }
    return i < end ? i : end;
}

/* The mentions of the sentence: runs of atoms and the words that link
 * them, starting at an atom or at the surname of a known person. Only
 * the tokens marked in `starts` (find_atoms) can start one: an atom, an
 * organisation (at a capitalised word), "two"/"both" of a pair, a name
 * word, a class word that names an organisation again. */
static int find_mentions(dy_ctx *c, const atom *at, const uint64_t *starts,
                         size_t first, size_t end)
{
    int rc = 0;
    for (size_t i = next_start(starts, first, first, end); i < end && !rc;
         i = next_start(starts, first, i, end)) {
        if (is_actor_place(c, at, first, i)) {
            i = at[i - first].end;
            continue;
        }
        /* (most tokens start no mention: the parts are cleared only for
         * those that do) */
        const dy_person *person = NULL;
        dy_person pa, pb;
        /* (the word is tested here: a call for every token costs) */
        if ((c->tok[i].wid == c->w_two || c->tok[i].wid == c->w_both) &&
            c->tok[i].wid != LX_NONE && at[i - first].phrase == LX_NONE &&
            !at[i - first].org_end &&
            pair_named_again(c, first, i, end, &pa, &pb)) {
            rc = add_pair(c, i, &pa, &pb);
            i += 2;
            continue;
        }
        /* "the union", "the militia": a one-word role that names again an
         * organisation of the document is that organisation ("the
         * European Union ... the union") */
        if (at[i - first].phrase != LX_NONE && at[i - first].end == i + 1 &&
            !at[i - first].org_end && c->norgs &&
            may_name_org_again(c, first, i) &&
            (person = org_named_again(c, first, i, end)) != NULL) {
            mparts mo;
            memset(&mo, 0, sizeof mo);
            mo.title = LX_NONE;
            mo.person = person;
            rc = add_mention(c, i, i + 1, &mo);
            i++;
            continue;
        }
        if (at[i - first].phrase == LX_NONE && !at[i - first].org_end) {
            if (is_name_word(&c->tok[i]))
                person = find_person(c, &c->tok[i]);
            if (!person)
                person = org_named_again(c, first, i, end);
            if (!person) {
                i++;
                continue;
            }
        }
        mparts mp;
        memset(&mp, 0, sizeof mp);
        mp.title = LX_NONE;
        mp.person = person;
        size_t j = i;
        while (j < end) {
            size_t next;
            if (at[j - first].org_end) {
                j = take_org(&at[j - first], j, &mp);
            } else if (at[j - first].phrase != LX_NONE) {
                take_atom(c, j, &at[j - first], &mp);
                j = at[j - first].end;
            } else if ((next = link_at(c, at, first, end, j, &mp)) != 0) {
                j = next;
            } else {
                break;
            }
        }
        if (j == i)
            j = i + 1;
        rc = add_mention(c, i, j, &mp);
        i = j;
    }
    return rc;
}

/* "Kenzo Oshima, the United Nations Emergency Relief Coordinator,": a
 * name nobody knows, followed by an apposition that says who he is */
static int named_appositions(dy_ctx *c, size_t first, size_t end)
{
    int rc;
    /* (a name here is two words or more: a lone capitalised word is
     * passed over unread) */
    for (size_t i = dy_actors_caps_pair(c, first, end, 1); i + 3 < end;
         i = dy_actors_caps_pair(c, i + 1, end, 1)) {
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
        const dy_mention *ap =
            dy_vec_at(&c->mentions, (size_t)c->tok[q].mention);
        size_t z = ap->end;
        while (z < end && z < ap->end + 5 && c->tok[z].type == TT_WORD &&
               c->tok[z].tag != TAG_VERB)
            z++; /* "United Nations Emergency Relief Coordinator" */
        if (z >= end || c->tok[z].type != TT_PUNCT ||
            strlen(ap->code) < 3 || dy_is_agent_code(c, ap->code))
            continue;
        dy_mention *m = dy_vec_push(&c->mentions);
        if (!m)
            return DYAD_ENOMEM;
        ap = dy_vec_at(&c->mentions, (size_t)c->tok[q].mention);
        m->first = (uint32_t)i;
        m->end = (uint32_t)e;
        m->coord = m->coord_next = -1;
        m->is_person = 1;
        m->country_inferred = ap->country_inferred;
        dy_str_copy(m->code, sizeof m->code, ap->code);
        m->via = LX_NONE;
        if (is_person_name(c, (uint32_t)i, (uint32_t)e)) {
            m->origin = DY_ORIGIN_APPOSITION;
            m->name_first = (uint32_t)i;
            m->name_end = (uint32_t)e;
        }
        for (size_t k = i; k < e; k++)
            c->tok[k].mention = (int32_t)(c->mentions.count - 1);
        if ((rc = remember(c, &c->tok[e - 1], m)))
            return rc;
        i = e;
    }
    return 0;
}

static int and_or(const dy_ctx *c, const dy_token *t)
{
    return dy_tok_has(t, c->w_and) || dy_tok_has(t, c->w_or);
}

/* past the modifiers from token k (before end) of a list's member: an
 * imported lexicon's coder reads "Fornost and the evil awful Gondor" as
 * a list ("option compound-modifiers"), dyad's stops at "evil" */
static size_t modifiers_end(const dy_ctx *c, size_t k, size_t end)
{
    if (!(c->lx->tables->options & LX_OPT_COMPOUND_MODIFIERS))
        return k;
    for (int n = 0; n < 4 && k < end &&
                    (c->tok[k].tag == TAG_ADJ || c->tok[k].tag == TAG_NOUN) &&
                    !(c->tok[k].flags & TF_CAP) && c->tok[k].mention < 0;
         n++)
        k++;
    return k;
}

/* do tokens [k, to) hold words of TABARI's <ADJECTIVE> list only (the
 * class tabari-adjective a TABARI import writes), one at least? Its
 * coder reads "the evil Arnor awful Gondor" as a list of two actors */
static int tabari_adjectives(const dy_ctx *c, size_t k, size_t to)
{
    if (k >= to || !(c->lx->tables->options & LX_OPT_COMPOUND_MODIFIERS))
        return 0;
    for (; k < to; k++)
        if (!dy_in_class(c, DY_CL_TABARI_ADJECTIVE, &c->tok[k]))
            return 0;
    return 1;
}

/* is mention b joined to mention a by "and", "or", "nor", a comma or the
 * serial comma's ", and" (a determiner and a lexicon place naming b's
 * home may follow: "Ethiopia and the Tigray rebels"), or by an imported
 * lexicon's adjectives (tabari_adjectives)? (Sentence from first.) */
static int joined(const dy_ctx *c, size_t first, const dy_mention *a,
                  const dy_mention *b)
{
    size_t k = a->end;
    if (tabari_adjectives(c, k, b->first))
        return 1;
    int comma = k < b->first && c->tok[k].type == TT_PUNCT &&
                c->lower.data[c->tok[k].lower] == ',';
    if (!(k < b->first && (and_or(c, &c->tok[k]) ||
                           dy_tok_has(&c->tok[k], c->w_nor) || comma)))
        return 0;
    k++;
    if (comma && k < b->first && and_or(c, &c->tok[k]))
        k++; /* "Russia, China, and Iran" */
    if (k < b->first && c->tok[k].tag == TAG_DET)
        k++;
    size_t e = k;
    int is_gaz = 1;
    if (k < b->first && (c->tok[k].flags & TF_CAP) &&
        dy_place_peek(c, first, k, b->first, &e, &is_gaz) && !is_gaz &&
        e == b->first)
        return 1;
    return modifiers_end(c, k, b->first) == b->first;
}

/* after "a, b": does a later "and"/"or" close a list of mentions? */
static int closes_list(const dy_ctx *c, const dy_mention *b, size_t end)
{
    for (size_t q = b->end; q < end && q < b->end + 12; q++) {
        const dy_token *u = &c->tok[q];
        if (dy_tok_has(u, c->w_and) || dy_tok_has(u, c->w_or)) {
            if (q + 1 < end && c->tok[q + 1].mention >= 0)
                return 1;
            size_t k = q + 1;
            if (k < end && c->tok[k].tag == TAG_DET)
                k++;
            k = modifiers_end(c, k, end);
            return k < end && c->tok[k].mention >= 0;
        }
        if (u->mention < 0 && u->type != TT_PUNCT)
            return 0;
    }
    return 0;
}

/* "a, b" with no list: an apposition names the same actor ("Russia's
 * envoy, Ambassador Ivan Petrov," keeps the country) */
static int apposition(dy_ctx *c, const dy_mention *a, dy_mention *b)
{
    if (!(strlen(b->code) == 3 && strlen(a->code) >= 3 &&
          !dy_is_agent_code(c, a->code) && dy_is_agent_code(c, b->code)))
        return 0;
    char code[16];
    size_t k = dy_str_copyn(code, sizeof code, a->code, 3);
    dy_str_copyn(code + k, sizeof code - k, b->code, 3);
    dy_str_copy(b->code, sizeof b->code, code);
    b->country_inferred = a->country_inferred;
    if (b->is_person && b->end > b->first)
        return remember(c, &c->tok[b->end - 1], b);
    return 0;
}

/* "Israel, Hamas agree to truce": in a headline (no full stop at its
 * end) two named actors that open it, a comma between them and the verb
 * right after, are a pair, as with "and" */
static int headline_pair(const dy_ctx *c, const dy_mention *a,
                         const dy_mention *b, size_t first, size_t end)
{
    const dy_token *last = &c->tok[end - 1];
    return a->first == first && b->first == a->end + 1 && b->end < end &&
           c->tok[b->end].tag == TAG_VERB &&
           !dy_is_agent_code(c, a->code) && !dy_is_agent_code(c, b->code) &&
           !(last->type == TT_PUNCT &&
             strchr(".!?", c->lower.data[last->lower]));
}

/* ", killing ten people, residents and officials said.": does the list
 * that mention b starts (its members, "and", "or", determiners and
 * adjectives) end right before a say verb that ends its sentence (past a
 * time or place)? Then b opens the subject of a trailing attribution, no
 * member of a list with the mention before the comma. */
static int opens_attribution(const dy_ctx *c, const dy_mention *b,
                             size_t end)
{
    size_t q = b->end;
    while (q < end && q < b->end + 12 &&
           (c->tok[q].mention >= 0 || c->tok[q].tag == TAG_DET ||
            c->tok[q].tag == TAG_ADJ || dy_tok_has(&c->tok[q], c->w_and) ||
            dy_tok_has(&c->tok[q], c->w_or)))
        q++;
    if (q >= end || !(c->tok[q].kinds & KIND_BIT(LX_SAY)) ||
        c->tok[q].tag != TAG_VERB)
        return 0;
    /* (trailing: only a time or place may follow before the sentence
     * ends, "said on Tuesday."; not "Russia, the ministry said,
     * attacked") */
    for (q++; q < end && q < b->end + 20; q++) {
        const dy_token *t = &c->tok[q];
        if (t->type == TT_PUNCT)
            return strchr(".!?\"", c->lower.data[t->lower]) != NULL;
        if (!(t->tag == TAG_PREP || t->tag == TAG_DET || t->tag == TAG_NUM ||
              t->tag == TAG_ADV || t->tag == TAG_PROPN || (t->pos & POS_TIME)))
            return 0;
    }
    return q >= end;
}

/* coordination: X and Y, X, Y and Z, neither X nor Y (mentions from m0) */
static int coordinate(dy_ctx *c, size_t m0, size_t first, size_t end)
{
    int rc;
    for (size_t mi = m0; mi + 1 < c->mentions.count; mi++) {
        dy_mention *a = dy_vec_at(&c->mentions, mi);
        dy_mention *b = dy_vec_at(&c->mentions, mi + 1);
        if (a->first < first || !joined(c, first, a, b))
            continue;
        if (c->tok[a->end].type == TT_PUNCT && opens_attribution(c, b, end))
            continue;
        /* a comma alone links an apposition ("the Kremlin's spokesman,
         * Dmitry Peskov,"), unless a later "and"/"or" closes a list */
        int serial = c->tok[a->end].type == TT_PUNCT &&
                     and_or(c, &c->tok[a->end + 1]);
        /* ", and" ends a list of three or more ("Russia, China, and
         * Iran"), not a clause ("Putin met Xi, and Lukashenko left") */
        if (serial && a->coord < 0)
            continue;
        if (c->tok[a->end].type == TT_PUNCT && !serial &&
            !closes_list(c, b, end) && !headline_pair(c, a, b, first, end)) {
            if ((rc = apposition(c, a, b)))
                return rc;
            continue;
        }
        /* "US and Russian envoys": the bare country shares the agent */
        if (strlen(a->code) == 3 && strlen(b->code) == 6 && !b->is_person &&
            a->end == a->first + 1 && dy_tok_has(&c->tok[a->end], c->w_and)) {
            size_t e;
            uint32_t pid = dy_match_at(c, b->first, b->end,
                                       KIND_BIT(LX_DEMONYM), &e);
            if (pid != LX_NONE &&
                (a->first == first || c->tok[a->first - 1].tag != TAG_DET))
                memcpy(a->code + 3, b->code + 3, 4);
        }
        a->coord_next = (int32_t)(mi + 1);
        b->coord = a->coord >= 0 ? a->coord : (int32_t)mi;
        if (a->coord < 0)
            a->coord = (int32_t)mi;
    }
    /* "neither X nor Y": every member is negated */
    for (size_t mi = m0; mi < c->mentions.count; mi++) {
        dy_mention *m = dy_vec_at(&c->mentions, mi);
        if (m->first < first || m->coord != (int32_t)mi || m->first == first)
            continue;
        if (dy_tok_has(&c->tok[m->first - 1], c->w_neither)) {
            for (int32_t q = (int32_t)mi; q >= 0;) {
                dy_mention *x = dy_vec_at(&c->mentions, (size_t)q);
                x->negated = 1;
                q = x->coord_next;
            }
        }
    }
    return 0;
}

/* is token q the punctuation mark ch */
static int punct_is(const dy_ctx *c, size_t q, char ch)
{
    return c->tok[q].type == TT_PUNCT && c->lower.data[c->tok[q].lower] == ch;
}

/* "The International Labor Office (ILO)": a name read by shape, or a bare
 * role, glossed by an acronym in parentheses that the lexicon knows takes
 * the acronym's code; a role after the gloss is the named actor's */
static void glossed_by_acronym(dy_ctx *c, size_t m0, size_t end)
{
    for (size_t i = m0; i < c->mentions.count; i++) {
        dy_mention *a = dy_vec_at(&c->mentions, i);
        size_t q = a->end;
        if (q + 2 >= end || !punct_is(c, q, '(') || !punct_is(c, q + 2, ')') ||
            c->tok[q + 1].mention < 0)
            continue;
        const dy_mention *b =
            dy_vec_at(&c->mentions, (size_t)c->tok[q + 1].mention);
        if (b->end != q + 2 || b->origin != DY_ORIGIN_LEXICON ||
            b->country_inferred || dy_is_agent_code(c, b->code) ||
            !(c->tok[q + 1].flags & TF_ALLCAP))
            continue;
        /* (not a name whose own words name another country: "South
         * Lebanon Army (SLA)" is no Sudan Liberation Army) */
        if (a->origin == DY_ORIGIN_SHAPE && !a->country_inferred &&
            dy_actors_is_country(c, a->code) &&
            strncmp(a->code, b->code, 3) != 0)
            continue;
        if (a->origin == DY_ORIGIN_SHAPE || dy_is_agent_code(c, a->code)) {
            dy_str_copy(a->code, sizeof a->code, b->code);
            a->origin = DY_ORIGIN_LEXICON;
            a->country_inferred = 0;
            a->via = LX_NONE;
        }
        /* "Islamic State (ISIS) militants", "an Islamic State (ISIS)
         * suicide bomber": a role right after the parenthesis is the
         * named actor's, as "Hamas militants" is Hamas */
        if (q + 3 < end && c->tok[q + 3].mention >= 0 &&
            strlen(a->code) == 6 && strcmp(a->code, b->code) == 0) {
            dy_mention *r =
                dy_vec_at(&c->mentions, (size_t)c->tok[q + 3].mention);
            if (r->first == q + 3 && dy_mention_is_role(c, r)) {
                dy_str_copy(r->code, sizeof r->code, a->code);
                r->country_inferred = 0;
            }
        }
    }
}

/* the agent of mention m's code ("MIL" of "CHNMIL", or a bare role), or
 * NULL */
static const char *agent_of(const dy_ctx *c, const dy_mention *m)
{
    size_t n = strlen(m->code);
    if (n == 6 && dy_is_agent_code(c, m->code + 3))
        return m->code + 3;
    return n == 3 && dy_is_agent_code(c, m->code) ? m->code : NULL;
}

/* "the defence minister met his Chinese counterpart": a counterpart has
 * the role of the nearest earlier actor of the sentence with one (CHNMIL,
 * not the GOV its word gives alone) */
static void counterparts(dy_ctx *c, size_t m0)
{
    for (size_t i = m0; i < c->mentions.count; i++) {
        dy_mention *m = dy_vec_at(&c->mentions, i);
        size_t n = strlen(m->code);
        if (!dy_in_class(c, DY_CL_COUNTERPART, &c->tok[m->end - 1]) ||
            (n != 3 && n != 6))
            continue;
        for (size_t j = i; j-- > m0;) {
            const char *agt = agent_of(c, dy_vec_at(&c->mentions, j));
            if (agt) {
                memcpy(m->code + n - 3, agt, 3);
                break;
            }
        }
    }
}

int dy_actors_find(dy_ctx *c, size_t first, size_t end)
{
    size_t n = end - first;
    /* earlier sentences' mentions are not revisited: O(sentence) */
    const size_t m0 = c->mentions.count, p0 = c->persons.count;
    /* (a sentence of up to 64 tokens, most of them, keeps its atoms on
     * the stack: no allocation per sentence; find_atoms clears what is
     * read) */
    atom small[64];
    atom *at = n <= 64 ? small
                       : dy_calloc(&(dy_mem){c->opts->alloc}, n, sizeof *at);
    if (!at)
        return DYAD_ENOMEM;
    if (first == 0) /* a document's first sentence starts at token 0 */
        dy_actors_new_document(c);
    /* the tokens where a mention may start, and the sentence's capitalised
     * words (c->caps, as dy_caps_mark marks them): find_atoms marks both */
    uint64_t starts[DY_CAPS_MEMO / 64];
    size_t marked = n < DY_CAPS_MEMO ? n : DY_CAPS_MEMO;
    memset(starts, 0, (marked + 63) / 64 * sizeof starts[0]);
    memset(c->caps, 0, (marked + 63) / 64 * sizeof c->caps[0]);
    c->caps_first = first;
    c->caps_end = end;
    find_atoms(c, at, starts, first, end);
    int rc = find_mentions(c, at, starts, first, end);
    if (!rc)
        rc = named_appositions(c, first, end);
    if (!rc)
        glossed_by_acronym(c, m0, end);
    if (!rc)
        counterparts(c, m0);
    if (!rc)
        rc = coordinate(c, m0, first, end);
    if (!rc)
        dy_actors_context(c, m0, p0, first, end);
    if (at != small)
        dy_free(&(dy_mem){c->opts->alloc}, at);
    return rc;
}
