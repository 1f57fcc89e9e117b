/*
 * complements.c - codes from complements. An appeal, demand, refusal or
 * threat whose pattern names no act ("urged Russia to", "demanded that",
 * "refused to", "threatened to") takes its CAMEO code from the act it asks
 * for, refuses or threatens, through CAMEO's parallel structure
 * (data/remap.lex: withdraw 087 -> appeal 0256, demand 1056, refusal 1246,
 * attack 19 -> threat 1384); that act is only wished for and is embedded.
 * A protest, strike or demand for political reform takes the digit of its
 * topic (leadership, policy, rights, institutions) from the words around
 * it (the topic-* classes of data/grammar.lex).
 */
#include "claims.h"

#include "clauses/clauses.h"
#include "lexicon/lexicon.h"
#include "match/match.h"
#include "words/words.h"

#include <string.h>

/* the code a candidate has now: its override or its pattern's */
static const char *cand_code(const dy_ctx *c, const dy_cand *k)
{
    if (k->cameo_override)
        return k->cameo_override;
    return lx_phrase_cameo(c->lx, &c->lx->phrases[k->phrase]);
}

/* the code of a candidate's own pattern: what a complement act is, before
 * a frame made it an intent ("threatened to attack": attack 19, not the
 * 1384 its future status gave it) */
static const char *pattern_code(const dy_ctx *c, const dy_cand *k)
{
    return lx_phrase_cameo(c->lx, &c->lx->phrases[k->phrase]);
}

static const int head_fams[] = {
    DY_RM_APPEAL,     DY_RM_DEMAND,        DY_RM_REFUSAL,
    DY_RM_THREAT,     DY_RM_INTENT,        DY_RM_ACCUSATION,
    DY_RM_INVESTIGATION, DY_RM_DISAPPROVAL};

_Static_assert(sizeof head_fams / sizeof head_fams[0] <= 8,
               "dy_ctx.roots.families has a bit for each of head_fams");

static const int topic_fams[] = {DY_RM_TOPIC_LEADERSHIP, DY_RM_TOPIC_POLICY,
                                 DY_RM_TOPIC_RIGHTS,
                                 DY_RM_TOPIC_INSTITUTION};

/* the two-digit root of a code (10 * d1 + d2, an index of dy_ctx.roots),
 * or -1 when its first two bytes are no digits */
static int code_root(const char *code)
{
    if (code[0] < '0' || code[0] > '9' || code[1] < '0' || code[1] > '9')
        return -1;
    return (code[0] - '0') * 10 + (code[1] - '0');
}

/* dy_ctx.roots from the lexicon's remaps. A family of head_fams serves a
 * code (code_families) only when its generic code starts with the code's
 * first byte and, if it has a second, its second. A topic family's key
 * maps a code it is a prefix of (dy_lexicon_remap): a code whose root no
 * key of two digits or more starts with, and no shorter key, maps in
 * none. */
static void read_roots(dy_ctx *c)
{
    struct dy_code_roots *x = &c->roots;
    memset(x, 0, sizeof *x);
    for (int r = 0; r < 100; r++) {
        char d0 = (char)('0' + r / 10), d1 = (char)('0' + r % 10);
        for (size_t i = 0; i < sizeof head_fams / sizeof head_fams[0]; i++) {
            const char *g = dy_lexicon_remap_star(c->lx, head_fams[i]);
            if (g && g[0] == d0 && (!g[1] || g[1] == d1))
                x->families[r] |= (uint8_t)(1u << i);
        }
    }
    const dyad_lexicon *lx = c->lx;
    for (size_t i = 0; i < sizeof topic_fams / sizeof topic_fams[0]; i++) {
        int f = topic_fams[i];
        for (uint32_t j = lx->remaps->at[f]; j < lx->remaps->at[f + 1];
             j++) {
            const char *key = lx->strings + lx->entries[lx->remap_ids[j]].key;
            /* ("*", a family's generic code, maps no topic: any = 0) */
            if (key[0] == '*' && key[1] == '\0')
                continue;
            int r = key[0] && key[1] ? code_root(key) : -1;
            if (r < 0)
                memset(x->topic, 1, sizeof x->topic);
            else
                x->topic[r] = 1;
        }
    }
    x->read = 1;
}

/* dy_ctx.roots, read on first need */
static const struct dy_code_roots *roots(dy_ctx *c)
{
    if (!c->roots.read)
        read_roots(c);
    return &c->roots;
}

/* Can a topic family map code (three bytes)? */
static int topic_root(dy_ctx *c, const char *code)
{
    int r = code_root(code);
    return r < 0 || roots(c)->topic[r];
}

/* The families of code, each the first of head_fams or -1: *head the
 * one whose generic code ("*" entry) is code, *covers the one whose
 * generic code covers it (a generic code ending in 0 covers its root: 120
 * covers 12x; 112 covers 112x). One walk over the families for both, over
 * those whose generic code starts as code does (dy_ctx.roots: for most
 * codes none); the string calls are left for the few that do. */
static void code_families(dy_ctx *c, const char *code, int *head,
                          int *covers)
{
    *head = *covers = -1;
    int r = code_root(code);
    unsigned fams = r < 0 ? 0xffu : roots(c)->families[r];
    for (size_t i = 0; fams >> i; i++) {
        if (!(fams >> i & 1u))
            continue;
        const char *g = dy_lexicon_remap_star(c->lx, head_fams[i]);
        if (!g || g[0] != code[0]) /* (no family of this root) */
            continue;
        /* (a generic code of two bytes or more keeps two of them) */
        if (g[0] && g[1] && g[1] != code[1])
            continue;
        if (*head < 0 && strcmp(g, code) == 0)
            *head = head_fams[i];
        size_t n = strlen(g);
        while (n > 2 && g[n - 1] == '0')
            n--;
        if (*covers < 0 && n && strncmp(g, code, n) == 0)
            *covers = head_fams[i];
        if (*head >= 0 && *covers >= 0)
            return;
    }
}

/* Is b the infinitive of a request noun after a ("rejected a request to
 * lift the blockade", "turned down calls to resign")? Such an infinitive
 * after a noun is background on its own ("efforts to end the war"). */
static int requested(const dy_ctx *c, const dy_cand *a, const dy_cand *b)
{
    if (b->is_noun)
        return 0;
    uint32_t q = b->trig_first;
    while (q > a->trig_end && c->tok[q - 1].tag == TAG_ADV)
        q--;
    /* (the request noun may end a's trigger: "rejected an ultimatum";
     * so may its "to": "reached an agreement to") */
    return q >= a->trig_end && q >= a->trig_first + 2 &&
           c->tok[q - 1].tag == TAG_TO &&
           dy_in_class_noun(c, DY_CL_REQUEST, &c->tok[q - 2]);
}

/* a word that may stand before a noun in its phrase: a determiner, an
 * adjective, an owner's name and "'s", a demonym */
static int noun_premodifier(const dy_token *t)
{
    return t->tag == TAG_DET || t->tag == TAG_ADJ || t->tag == TAG_POSS ||
           (t->mention >= 0 && (t->flags & TF_CAP));
}

/* the first token of the noun phrase whose head is at t, past its
 * premodifiers, not before `from` */
static uint32_t phrase_start(const dy_ctx *c, uint32_t from, uint32_t t)
{
    while (t > from && noun_premodifier(&c->tok[t - 1]))
        t--;
    return t;
}

/* a verb, an auxiliary or a modal among tokens [from, to): a clause of
 * its own between a head and an act ("rejected the package, saying they
 * would defy ...") */
static int clause_between(const dy_ctx *c, uint32_t from, uint32_t to)
{
    for (uint32_t t = from; t < to; t++)
        if (c->tok[t].tag == TAG_VERB || c->tok[t].tag == TAG_AUX ||
            c->tok[t].tag == TAG_MODAL)
            return 1;
    return 0;
}

/* Is b in a's complement: after a's trigger, in its clause (no ';'), and
 * told as asked for or threatened: an infinitive ("urged X to withdraw",
 * "threatened to attack"), a verb after "that" ("demanded that Israel
 * release"), a wished act
 * ("wants X to"), or an event noun after "for", "of" or "on" ("called
 * for an end to", "demands for the release of")? */
static int in_complement(const dy_ctx *c, const dy_cand *a, const dy_cand *b)
{
    if (b->trig_first < a->trig_end || b->trig_first > a->trig_end + 12 ||
        (b->background && !requested(c, a, b)))
        return 0;
    /* (the pattern may end with its "that": "charged that") */
    int that = a->trig_end > a->trig_first + 1 &&
               dy_tok_has(&c->tok[a->trig_end - 1], c->w_that);
    for (uint32_t t = a->trig_end; t < b->trig_first; t++) {
        const dy_token *u = &c->tok[t];
        if (u->type == TT_PUNCT && c->lower.data[u->lower] == ';')
            return 0;
        if (dy_tok_has(u, c->w_that) || u->tag == TAG_TO ||
            (u->pos & POS_MODAL))
            that = 1; /* "demanded that X", "threatened to", "warned it
                         would" */
    }
    if (b->is_noun) {
        /* the preposition may end a's trigger ("called for"); past the
         * noun's determiners, adjectives and owner ("denounced the
         * Russian missile strike", "Israel's withdrawal") */
        uint32_t p = phrase_start(c, a->trig_end, b->trig_first);
        /* or the act is the object itself ("ruled out the resumption of
         * talks", "demanded the imposition of emergency rule") */
        if (p == a->trig_end && b->trig_first > p)
            return 1;
        return p > a->trig_first &&
               (dy_tok_has(&c->tok[p - 1], c->w_for) ||
                dy_tok_has(&c->tok[p - 1], c->w_over) ||
                dy_tok_has(&c->tok[p - 1], c->w_into) ||
                dy_tok_has(&c->tok[p - 1], c->w_of) ||
                dy_tok_has(&c->tok[p - 1], c->w_on));
    }
    /* "demanded the United States pull out its troops": a base form
     * right after the object (a subjunctive with no "that") */
    if (!that && b->trig_first > a->trig_end) {
        const dy_token *v = &c->tok[b->trig_first];
        int np = 1;
        for (uint32_t t = a->trig_end; np && t < b->trig_first; t++)
            np = c->tok[t].mention >= 0 || c->tok[t].tag == TAG_DET;
        if (np && v->vlem != LX_NONE && v->vlem == v->wid &&
            !dy_tok_ends(c, v, "s", 1) && !dy_tok_ends(c, v, "ing", 3))
            that = 1;
    }
    /* (", urging X to": a participle after a comma tells what the
     * subject did besides, not what it refused or asked for) */
    int adjunct = b->nonfinite && b->trig_first > 0 &&
                  c->tok[b->trig_first - 1].type == TT_PUNCT &&
                  c->lower.data[c->tok[b->trig_first - 1].lower] == ',';
    return (b->nonfinite && !adjunct) || that ||
           b->modal == ST_HYPOTHETICAL;
}

/* the side of the complement act that a's target is: the one asked
 * (appeal, demand: "urged Russia to withdraw"), the one accused
 * (accusation: "alleged that Russia shelled Kharkiv"), the one
 * investigated ("an investigation into shelling by Russia") or the act's
 * target
 * (refusal, threat: "threatened to attack Iraq") */
static void take_target(dy_cand *a, const dy_cand *b, int family)
{
    if (a->tgt >= 0 || a->tgt_code[0])
        return;
    int32_t asked = family == DY_RM_APPEAL || family == DY_RM_DEMAND ||
                            family == DY_RM_ACCUSATION ||
                            family == DY_RM_INVESTIGATION ||
                            family == DY_RM_DISAPPROVAL
                        ? b->src
                        : b->tgt;
    int32_t other = asked == b->src ? b->tgt : b->src;
    if (asked >= 0 && asked != a->src)
        a->tgt = asked;
    else if (other >= 0 && other != a->src &&
             family != DY_RM_DISAPPROVAL) /* the victims of an attack
                                             condemned are not its target */
        a->tgt = other;
}

/* ", killing three soldiers" after an act only alleged, asked for or
 * threatened (b, embedded): a participle that tells that act's toll is
 * as embedded as it, and so is a gerund after "by" that tells how it was
 * done ("accused Armenia of violating the ceasefire by shelling") */
static void embed_participles(const dy_ctx *c, dy_vec *cands, size_t from,
                              const dy_cand *b)
{
    for (size_t r = from; r < cands->count; r++) {
        dy_cand *p = dy_vec_at(cands, r);
        if (p->trig_first < b->trig_end || p->trig_first > b->trig_end + 8)
            break;
        const dy_token *before =
            p->trig_first ? &c->tok[p->trig_first - 1] : NULL;
        int comma = before && before->type == TT_PUNCT &&
                    c->lower.data[before->lower] == ',';
        int by = before && dy_tok_has(before, c->w_by);
        /* (a gerund after "by" is told as done: not nonfinite) */
        int means = by && !p->is_noun &&
                    dy_tok_ends(c, &c->tok[p->trig_first], "ing", 3);
        if (!((comma && p->nonfinite) || means) ||
            dy_cand_root(c, p) < 18) /* a toll, not ", urging X to" */
            continue;
        if (p->status != ST_NEGATED)
            p->status = ST_EMBEDDED;
    }
}

/* the complement's act b (cands[r]) is embedded, and so is a longer
 * pattern from the same word ("the ceasefire agreement" after "the
 * ceasefire"), and a participle telling its toll */
static void embed_from(const dy_ctx *c, dy_vec *cands, size_t r)
{
    const dy_cand *b = dy_vec_at(cands, r);
    size_t q = r;
    for (; q < cands->count; q++) {
        dy_cand *k = dy_vec_at(cands, q);
        if (k->trig_first != b->trig_first)
            break;
        if (k->status != ST_NEGATED) /* "refused to attack" */
            k->status = ST_EMBEDDED;
    }
    embed_participles(c, cands, q, b);
}

/* "rejected a request for military assistance": an event noun of two
 * words or more inside a's own pattern (a typed slot's word with its
 * modifier) whose act, through a's family, refines a's code (aid 122 to
 * military aid 1222); NULL when none does */
static const char *inner_refinement(const dy_ctx *c, const dy_cand *a,
                                    int family, const char *own)
{
    size_t n = strlen(own);
    for (uint32_t j = a->trig_first + 2; j < a->trig_end; j++) {
        if (!(c->tok[j].kinds & (1u << LX_NOUN)))
            continue;
        dy_pattern_match m = dy_match_noun(c, j, a->trig_first + 1);
        if (m.phrase == LX_NONE || m.first >= j)
            continue;
        const char *act =
            lx_phrase_cameo(c->lx, &c->lx->phrases[m.phrase]);
        const char *mapped = dy_lexicon_remap(c->lx, family, act, 1);
        if (mapped && strlen(mapped) > n && strncmp(mapped, own, n) == 0)
            return mapped;
    }
    return NULL;
}

/* "assured parliament that Kenya had expelled the ambassador": is b,
 * in the complement of a head of the intent family, a finite verb told as
 * done, with no modal or "to" before it? Then the head tells a fact, no
 * intent: b is its report. */
static int fact_not_intent(const dy_ctx *c, const dy_cand *a,
                           const dy_cand *b, int family)
{
    if (family != DY_RM_INTENT || b->is_noun || b->nonfinite ||
        b->modal == ST_HYPOTHETICAL || b->modal == ST_FUTURE)
        return 0;
    int that = 0;
    /* (up to b's verb: a passive's words start at its subject, "that
     * sanctions would be lifted") */
    for (uint32_t t = a->trig_end; t < b->head; t++) {
        const dy_token *u = &c->tok[t];
        if (u->tag == TAG_TO || (u->pos & POS_MODAL))
            return 0;
        that |= dy_tok_has(u, c->w_that);
    }
    return that;
}

/* "EU leaders agreed to extend sanctions on Russia": is the act b that a
 * head a of class decision-verb, told as done, agrees to one of conflict,
 * which the intent family would make a threat (13x, `mapped`)? Then it is
 * decided, not threatened: b is the act itself, told as a is ("agreed to"
 * made it future), and a no event of its own. */
static int decided(const dy_ctx *c, dy_cand *a, dy_cand *b,
                   const char *mapped, int family)
{
    if (family != DY_RM_INTENT || !mapped || strncmp(mapped, "13", 2) != 0 ||
        (a->status != ST_ASSERTED && a->status != ST_REPORTED) ||
        !dy_in_class_verb(c, DY_CL_DECISION_VERB, &c->tok[a->trig_first]))
        return 0;
    a->background = 1;
    if (b->status == ST_FUTURE) {
        b->status = a->status;
        b->cameo_override = NULL;
        if (b->attr < 0)
            b->attr = a->attr;
    }
    return 1;
}

/* is there a negation ("not", "never") between head a's words and its
 * complement act b ("urged Russia not to attack", "vowed never to
 * recognise")? A refusal's own complement is negated by the refusal, and
 * is no such act. */
static int negated_complement(const dy_ctx *c, const dy_cand *a,
                              const dy_cand *b, int family)
{
    if (b->status != ST_NEGATED ||
        (family != DY_RM_INTENT && family != DY_RM_APPEAL &&
         family != DY_RM_DEMAND && family != DY_RM_THREAT))
        return 0;
    for (uint32_t t = a->trig_end; t < b->trig_first; t++)
        if (c->tok[t].tag == TAG_NEG)
            return 1;
    return 0;
}

/* The code of a head of `family` whose complement act (code `act`) is
 * negated: not doing an act is its halt where CAMEO has one (data/remap.lex
 * halt: "promised not to attack" is a promise to de-escalate, 0356; "urged
 * Russia not to invade" an appeal for it, 0256; "threatened not to attend
 * the talks" a threat to halt them, 134); else an act promised not to be
 * done is refused ("vowed never to recognise Kosovo": 120; "vowed not to
 * withdraw": 1246); else the family's generic code ("urged Sweden not to
 * extradite": 020; "warned Israel not to invade" is no threat to invade,
 * 130). */
static const char *negated_code(const dy_ctx *c, int family,
                                const char *act)
{
    const char *h = dy_lexicon_remap(c->lx, DY_RM_HALT, act, 0);
    if (h)
        return dy_lexicon_remap(c->lx, family, h, 1);
    const char *r = family == DY_RM_INTENT
                        ? dy_lexicon_remap(c->lx, DY_RM_REFUSAL, act, 0)
                        : NULL;
    return r ? r : dy_lexicon_remap_star(c->lx, family);
}

/* the event noun that is the object of cands[q]'s verb itself, past its
 * determiners, adjectives and owner ("condemned the Israeli airstrike");
 * cands->count when none */
static size_t object_act(const dy_ctx *c, dy_vec *cands, size_t q)
{
    const dy_cand *a = dy_vec_at(cands, q);
    if (a->is_noun)
        return cands->count;
    for (size_t r = q + 1; r < cands->count; r++) {
        const dy_cand *b = dy_vec_at(cands, r);
        if (!b->is_noun || b->trig_first < a->trig_end ||
            b->trig_first > a->trig_end + 6)
            continue;
        if (phrase_start(c, a->trig_end, b->trig_first) == a->trig_end)
            return r;
    }
    return cands->count;
}

/* "Police injured 30 protesters, the opposition alleged.": is the
 * accusation a (a finite verb whose subject follows a comma and after
 * which only the sentence's end or adjuncts come) told after what it
 * alleges? Returns the index of that act, the last act of the sentence's
 * candidates (from cand_first) before the comma that is told as done,
 * or cands->count. */
static size_t trailing_allegation(const dy_ctx *c, const dy_vec *cands,
                                  size_t cand_first, const dy_cand *a)
{
    if (a->is_noun || a->nonfinite || a->src < 0)
        return cands->count;
    const dy_mention *m = dy_vec_at(&c->mentions, (size_t)a->src);
    uint32_t q = m->first;
    while (q > a->sent_first && c->tok[q - 1].tag == TAG_DET)
        q--;
    if (q <= a->sent_first || m->end > a->trig_first ||
        !dy_is_comma(c, &c->tok[q - 1]))
        return cands->count;
    for (uint32_t t = m->end; t < a->trig_first; t++)
        if (c->tok[t].tag != TAG_ADV && c->tok[t].tag != TAG_AUX)
            return cands->count;
    for (uint32_t t = a->trig_end; t < a->sent_end; t++) {
        const dy_token *u = &c->tok[t];
        if (u->tag == TAG_VERB || u->tag == TAG_AUX || u->tag == TAG_MODAL ||
            dy_tok_has(u, c->w_that) || u->mention >= 0)
            return cands->count;
    }
    uint32_t comma = q - 1;
    for (size_t r = cands->count; r-- > cand_first;) {
        const dy_cand *b = dy_vec_at(cands, r);
        if (b->trig_end > comma)
            continue;
        if (!b->background && b->scope == SC_MAIN &&
            (b->status == ST_ASSERTED || b->status == ST_REPORTED))
            return r;
    }
    return cands->count;
}

/* appeals, demands, refusals and threats take the code of their
 * complement's act, which becomes embedded */
static void complement_codes(dy_ctx *c, dy_vec *cands, size_t cand_first)
{
    for (size_t q = cand_first; q < cands->count; q++) {
        dy_cand *a = dy_vec_at(cands, q);
        if (a->background || a->status == ST_NEGATED)
            continue;
        const char *own = cand_code(c, a);
        int family, covers, refine = 0;
        code_families(c, own, &family, &covers);
        /* (a three-digit code below a family's generic one, whose
         * complement may only refine it: "rejected an ultimatum to
         * release the prisoners", 124 to 1243) */
        if (family < 0 && covers >= 0 && strlen(own) == 3) {
            family = covers;
            refine = 1;
        }
        /* "accused the rebels of attacking a convoy, killing three": the
         * toll of an act the head's own pattern names */
        if (family >= 0 || covers >= 0)
            embed_participles(c, cands, q + 1, a);
        if (family < 0)
            continue;
        /* (an accusation told after what it alleges takes it as its
         * complement, as "alleged that ..." does: the walk starts there,
         * and every act it reads as the complement ends it) */
        size_t before = family == DY_RM_ACCUSATION
                            ? trailing_allegation(c, cands, cand_first, a)
                            : cands->count;
        for (size_t r = before < cands->count ? before : q + 1;
             r < cands->count; r++) {
            dy_cand *b = dy_vec_at(cands, r);
            if (r != before && !in_complement(c, a, b))
                continue;
            if (fact_not_intent(c, a, b, family)) {
                a->background = 1;
                if (b->status == ST_ASSERTED) {
                    b->status = ST_REPORTED;
                    if (b->attr < 0)
                        b->attr = a->src;
                }
                break;
            }
            const char *mapped =
                negated_complement(c, a, b, family)
                    ? negated_code(c, family, pattern_code(c, b))
                    : dy_lexicon_remap(c->lx, family, pattern_code(c, b), 1);
            if (decided(c, a, b, mapped, family))
                break;
            if (refine && (!mapped || strncmp(mapped, own, 3) != 0 ||
                           strlen(mapped) <= 3)) {
                /* the head says more than its complement; an act that is
                 * its object is still only refused or threatened
                 * ("vetoed the aid package") */
                if (!clause_between(c, a->trig_end, b->trig_first))
                    embed_from(c, cands, r);
                break;
            }
            if (mapped && strcmp(mapped, cand_code(c, a)) != 0)
                a->cameo_override = mapped;
            take_target(a, b, family);
            embed_from(c, cands, r);
            break;
        }
        /* "condemned the Israeli airstrike that killed 20": the act
         * that is the head's object is embedded, whichever act of the
         * complement gave the head its code */
        size_t obj = object_act(c, cands, q);
        if (obj < cands->count)
            embed_from(c, cands, obj);
        const char *inner = a->cameo_override
                                ? NULL
                                : inner_refinement(c, a, family, own);
        if (inner)
            a->cameo_override = inner;
    }
}

/* the bit of built-in class cl in half `half` of lx_word.classes */
#define CLASS_BIT(cl, half) ((cl) >> 5 == (half) ? 1u << ((cl) & 31) : 0u)
#define TOPIC_BITS(half)                                                    \
    (CLASS_BIT(DY_CL_TOPIC_LEADERSHIP, half) |                              \
     CLASS_BIT(DY_CL_TOPIC_POLICY, half) |                                  \
     CLASS_BIT(DY_CL_TOPIC_RIGHTS, half) |                                  \
     CLASS_BIT(DY_CL_TOPIC_INSTITUTION, half))

/* is word w (LX_NONE: none) in some topic class? */
static int topic_word(const dy_ctx *c, uint32_t w)
{
    if (w == LX_NONE)
        return 0;
    const uint32_t *cl = c->lx->words[w].classes;
    return ((cl[0] & TOPIC_BITS(0)) | (cl[1] & TOPIC_BITS(1))) != 0;
}

/* is token tk in some topic class by any of its forms? (a word of a
 * class keys its one-word member phrase, so a token none of whose forms
 * keys a class phrase is turned away by its cached kinds) */
static int topic_token(const dy_ctx *c, const dy_token *tk)
{
    return (tk->kinds & KIND_BIT(LX_CLASS)) &&
           (topic_word(c, tk->wid) || topic_word(c, tk->nlem) ||
            topic_word(c, tk->vlem));
}

/* Does a topic word stand in tokens [from, to)? (*memo keeps the answer
 * for the range it was asked of: the candidates of a sentence share it) */
static int has_topic(const dy_ctx *c, uint32_t from, uint32_t to,
                     uint32_t memo[3])
{
    if (memo[0] != from || memo[1] != to) {
        memo[0] = from, memo[1] = to, memo[2] = 0;
        /* (on to the next word of a class by the kinds alone, in a loop
         * of its own: most words are of none) */
        const dy_token *t = c->tok + from, *stop = c->tok + to;
        for (; t < stop; t++)
            if ((t->kinds & KIND_BIT(LX_CLASS)) && topic_token(c, t)) {
                memo[2] = 1;
                break;
            }
    }
    return memo[2] != 0;
}

/* the topic family of the first topic word after the trigger (else
 * before it) in the sentence, or -1 */
static int topic_of(const dy_ctx *c, const dy_cand *k)
{
    static const struct {
        int cl, family;
    } topics[] = {{DY_CL_TOPIC_LEADERSHIP, DY_RM_TOPIC_LEADERSHIP},
                  {DY_CL_TOPIC_POLICY, DY_RM_TOPIC_POLICY},
                  {DY_CL_TOPIC_RIGHTS, DY_RM_TOPIC_RIGHTS},
                  {DY_CL_TOPIC_INSTITUTION, DY_RM_TOPIC_INSTITUTION}};
    for (int pass = 0; pass < 2; pass++) {
        uint32_t from = pass ? k->sent_first : k->trig_end;
        uint32_t to = pass ? k->trig_first : k->sent_end;
        for (uint32_t t = from; t < to; t++) {
            const dy_token *tk = &c->tok[t];
            /* (most words are in no topic class: one test of all four) */
            if (!topic_token(c, tk))
                continue;
            for (size_t i = 0; i < sizeof topics / sizeof topics[0]; i++)
                if (dy_in_class_lemma(c, topics[i].cl, tk))
                    return topics[i].family;
        }
    }
    return -1;
}

/* protests, strikes and demands for reform: the topic's sub-code
 * ("staged demonstrations to demand political reforms" is 1412) */
static void topic_codes(dy_ctx *c, dy_vec *cands, size_t cand_first)
{
    /* (whether the sentence holds a topic word at all, read once for
     * its candidates: in most it holds none, and topic_of would read
     * the sentence again for each; and only for a code a topic family
     * can map, most codes' roots being none of theirs) */
    uint32_t memo[3] = {UINT32_MAX, 0, 0};
    for (size_t q = cand_first; q < cands->count; q++) {
        dy_cand *k = dy_vec_at(cands, q);
        const char *code = cand_code(c, k);
        /* (a code of three bytes told by its bytes: no call a candidate) */
        if (k->background || !code[0] || !code[1] || !code[2] || code[3] ||
            !topic_root(c, code) ||
            !has_topic(c, k->sent_first, k->sent_end, memo))
            continue;
        int family = topic_of(c, k);
        if (family < 0)
            continue;
        const char *mapped = dy_lexicon_remap(c->lx, family, code, 0);
        /* (a family key that is only a prefix: a longer code is no
         * topic of this one) */
        if (mapped && strncmp(mapped, code, 3) == 0)
            k->cameo_override = mapped;
    }
}

void dy_claims_complements(dy_ctx *c, dy_vec *cands, size_t cand_first)
{
    complement_codes(c, cands, cand_first);
    topic_codes(c, cands, cand_first);
}
