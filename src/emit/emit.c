/*
 * emit.c - candidates to event records. A coordinated source or target
 * ("the US and Russia") gives one event per member; a compound source
 * without a target gives the pairs among its members (joint actions); a
 * source alone is kept when it is specific enough or the act needs no
 * counterpart. One event per sentence, code and dyad: a repeat adds only
 * what it knows more. Events come out in document order.
 */
#include "emit.h"

#include "actors/actors.h"
#include "counts/counts.h"
#include "lexicon/lexicon.h"
#include "place/place.h"

#include <stdio.h>
#include <string.h>

const char *const dy_status_names[] = {"asserted",     "reported",
                                       "confirmed",    "denied",
                                       "hypothetical", "future",
                                       "negated",      "embedded"};

/* one side of a dyad: an actor mention or a code from context */
typedef struct side {
    char code[16];
    uint8_t len;         /* the bytes of code (kept with it: its strlen
                            was asked again by every rule and copy) */
    uint32_t first, end; /* tokens of its words */
    int32_t mention;     /* or -1 */
    int inferred;
    int unguessed;       /* the mention's guessed country taken off */
    int placed;          /* a bare role given the country of the act's
                            place (victims_of_place) */
    int deflt;           /* the lexicon's default actor (default_sides) */
} side;

/* what the emission of one document works on */
typedef struct emitter {
    dy_arena *a;
    const dy_ctx *x;
    const dy_sent *sents;
    dy_vec evs; /* dyad_event */
    size_t dropped; /* events past max_events: counted, not kept */
    int fallback; /* the last pass: event nouns of eventless sentences */
    int jointly;  /* emitting the pairs of a compound source's joint act */
    /* the latest event date written and its arena copy (date 0: none
     * yet): a document's events mostly share one date, and the result's
     * strings are only read, never written or freed one by one */
    int32_t date;
    const char *date_text;
} emitter;

/* mention q as sides out[0..max), one per member of a compound actor's
 * code ("FRO+BIL+SAM", an imported "[FRO/BIL/SAM]": the name stands for
 * each of them), else one; how many */
static int mention_sides(const dy_ctx *x, int32_t q, side *out, int max)
{
    const dy_mention *mm = dy_vec_at(&x->mentions, (size_t)q);
    const char *c = mm->code;
    int n = 0;
    while (n < max) {
        /* (a member's code runs to the next '+' or the end: codes are
         * short, read by a loop, not a library call) */
        size_t full = 0;
        while (c[full] && c[full] != '+')
            full++;
        size_t len = full;
        if (len >= sizeof out[n].code)
            len = sizeof out[n].code - 1; /* codes are at most 15 bytes */
        out[n] = (side){.first = mm->first, .end = mm->end, .mention = q,
                        .len = (uint8_t)len};
        memcpy(out[n].code, c, len);
        out[n].code[len] = '\0';
        n++;
        if (c[full] != '+')
            break;
        c += full + 1;
    }
    return n;
}

/* the members of mention m's coordination, or the code from context */
static int collect(const dy_ctx *x, int32_t m, const char *code,
                   uint32_t cf, uint32_t ce, int inferred, side *out, int max)
{
    int n = 0;
    if (m >= 0) {
        for (int32_t q = m; q >= 0 && n < max;) {
            const dy_mention *mm = dy_vec_at(&x->mentions, (size_t)q);
            n += mention_sides(x, q, out + n, max - n);
            q = mm->coord_next;
        }
    } else if (code && code[0]) {
        out[0] = (side){.first = cf, .end = ce, .mention = -1,
                        .inferred = inferred};
        out[0].len = (uint8_t)dy_str_copy(out[0].code, sizeof out[0].code,
                                          code);
        n = 1;
    }
    return n;
}

/* is the side's country taken from context ("Police in Lagos")? */
static int country_guessed(const dy_ctx *x, const side *s)
{
    return s->placed ||
           (s->mention >= 0 && !s->unguessed &&
            ((const dy_mention *)dy_vec_at(&x->mentions, (size_t)s->mention))
                ->country_inferred);
}

/* "A journalist was killed in a car bomb explosion in Beirut": a bare
 * unarmed role that suffers an act of force (17-20) is of the country
 * where the act happened (marked as a guess, like other context
 * countries); armed roles may be foreign there and stay bare */
static void victims_of_place(const dy_ctx *x, const dy_cand *k, side *T,
                             int nt)
{
    static const char *const armed[] = {"MIL", "UAF", "REB", "CRM", "SPY"};
    if (k->place < 0 || dy_cand_root(x, k) < 17)
        return;
    const char *cc =
        dy_place_country(x, dy_vec_at(&x->places, (size_t)k->place));
    if (!cc || strlen(cc) != 3)
        return;
    for (int q = 0; q < nt; q++) {
        int bare = T[q].len == 3 && dy_is_agent_code(x, T[q].code);
        for (size_t i = 0; bare && i < sizeof armed / sizeof armed[0]; i++)
            bare = strcmp(T[q].code, armed[i]) != 0;
        if (!bare)
            continue;
        char role[4];
        memcpy(role, T[q].code, 4);
        T[q].len = (uint8_t)dy_str_copy2(T[q].code, sizeof T[q].code, cc, 3,
                                         role);
        T[q].placed = 1;
    }
}

static void fill_actor(emitter *em, const side *s, dyad_actor *a)
{
    a->code = dy_arena_strndup(em->a, s->code, s->len);
    a->inferred = s->inferred;
    a->country_inferred = country_guessed(em->x, s);
    if (s->inferred) {
        /* (no words: the literal "", as the notes are literals, not a
         * copy of it, a call of some 70 instructions an inferred side) */
        a->text = "";
        a->span.start = a->span.len = 0;
    } else {
        a->text = dy_tokens_text(em->a, em->x, s->first, s->end, &a->span);
    }
}

/* the CAMEO row of a candidate: its pattern's, or the override (the only
 * code of a candidate made by claims, whose pattern is a say phrase) */
static const lx_cameo *cand_cameo(const dyad_lexicon *lx, const dy_cand *k)
{
    uint32_t ci = lx->phrases[k->phrase].cameo;
    const lx_cameo *cm = ci != LX_NONE ? &lx->cameo[ci] : NULL;
    if (k->cameo_override) {
        const lx_cameo *o = dy_lexicon_cameo(lx, k->cameo_override);
        if (o)
            cm = o;
    }
    return cm;
}

/* the claim fields: attribution and who contests the event */
static int fill_claim(emitter *em, const dy_cand *k, dyad_event *e)
{
    const dy_ctx *x = em->x;
    if (k->attr >= 0) {
        side sa;
        collect(x, k->attr, NULL, 0, 0, 0, &sa, 1);
        fill_actor(em, &sa, &e->attributed_to);
    } else if (k->attr_end > k->attr_first) {
        e->attributed_to.text = dy_tokens_text(em->a, x, k->attr_first,
                                               k->attr_end,
                                               &e->attributed_to.span);
    }
    if (!k->ncontest)
        return 0;
    dyad_actor *cb = dy_arena_alloc(em->a, k->ncontest * sizeof *cb);
    if (!cb)
        return DYAD_ENOMEM;
    for (int q = 0; q < k->ncontest; q++) {
        const dy_mention *m = dy_vec_at(&x->mentions, (size_t)k->contest[q]);
        cb[q].code = dy_arena_dup(em->a, m->code);
        cb[q].text = dy_tokens_text(em->a, x, m->first, m->end, &cb[q].span);
    }
    e->contested_by = cb;
    e->contested_count = k->ncontest;
    e->contest_kind = k->contest_kind == 1 ? "denied" : "not_confirmed";
    return 0;
}

/* how the source or target was found, when not plainly */
static void fill_note(emitter *em, const dy_cand *k, const side *a,
                      const side *b, dyad_event *e)
{
    if (a->inferred && k->src_unidentified) {
        e->note = "source unidentified: no perpetrator is named or known "
                  "from the document (CAMEO's UAF, of the country where it "
                  "happened)";
    } else if (a->inferred && k->src_implied) {
        e->note = "source implied by the act: an agentless passive arrest "
                  "is the police's, a sentence a court's, a ban or "
                  "expulsion the government's (data/remap.lex agent-*), "
                  "of the country where it happened, else of its target";
    } else if (a->inferred) {
        dyad_span sp;
        const char *ctx = dy_tokens_text(em->a, em->x, k->ctx_first,
                                         k->ctx_end, &sp);
        char note[300];
        snprintf(note, sizeof note,
                 "source inferred from the document's conflict context "
                 "('%.200s' at byte %zu)",
                 ctx, sp.start);
        e->note = dy_arena_dup(em->a, note);
    } else if (k->tgt_from_place && b) {
        e->note = "target is the country of the event's place";
    } else if (k->tgt_own_gov && b) {
        e->note = "target is the protesters' own government (CAMEO's "
                  "convention for domestic dissent)";
    } else if (k->passive) {
        e->note = "passive: source from the by-phrase";
    } else if (a->deflt || (b && b->deflt)) {
        e->note = "a side not found is the lexicon's default actor "
                  "(option default-source, default-target: TABARI's "
                  "DEFAULT)";
    }
    const lx_phrase *p = &em->x->lx->phrases[k->phrase];
    /* (the pattern type's first byte before the call: most verbs' types
     * are no "b...") */
    const char *pt = p->kind == LX_VERB ? lx_str(em->x->lx, p->ptype) : "";
    if (!e->note && pt[0] == 'b' && strcmp(pt, "back-off") == 0)
        e->note = "back-off: no pattern of the verb fits its words; coded "
                  "by the family of its patterns";
}

/* Is code its root's generic code ("070") and other a code of that root
 * below it ("072")? */
static int generic_of(const char *code, const char *other)
{
    return strlen(code) == 3 && code[2] == '0' &&
           strncmp(code, other, 2) == 0 && strcmp(code, other) != 0;
}

/* One event per sentence, code and dyad: 1 when the event (k, a, b) adds
 * nothing to one already emitted (a source-only event adds nothing to one
 * of the same code and source, with a target or not; nor does one of its
 * root's generic code to one of a code below it: "a military aid package"
 * after "announced a military aid package" is 072 once, not also 070); a
 * repeat with a target gives that event the counts it lacked, and its
 * named source when that event's was inferred. */
static int repeated(emitter *em, const dy_cand *k, const char *code,
                    const side *a, const side *b)
{
    for (size_t i = 0; i < em->evs.count; i++) {
        dyad_event *e = dy_vec_at(&em->evs, i);
        if (e->sentence != k->sentence ||
            strcmp(e->source.code, a->code) != 0)
            continue;
        if (generic_of(code, e->cameo) && b && e->target.code &&
            strcmp(e->target.code, b->code) == 0)
            return 1;
        if (strcmp(e->cameo, code) != 0)
            continue;
        if (!b)
            return 1;
        if (e->target.code && strcmp(e->target.code, b->code) == 0) {
            dy_counts_merge(e, em->x, k);
            /* the same act told twice, its attacker inferred the first
             * time ("killed in an ISIS suicide bombing"): the words that
             * name it are the better evidence */
            if (e->source.inferred && !a->inferred) {
                fill_actor(em, a, &e->source);
                e->note = NULL;
                fill_note(em, k, a, b, e);
            }
            return 1;
        }
    }
    return 0;
}

/* is code, the side of mention m, an agent named with no country? Under
 * "option agent-groups" the agent alone as its code is written ("MOSREB"
 * of "~MOSREB", actors/groups.c), else one of the lexicon's agent codes */
static int agent_alone_code(const lx_tables *t, const dy_mention *m,
                            const char *code)
{
    if (t->options & LX_OPT_AGENT_GROUPS) {
        char own[16];
        if (!m->agent_code[0])
            return 0;
        dy_actors_agent_groups("", m->agent_code, own, sizeof own);
        return strcmp(own, code) == 0;
    }
    if (strlen(code) != 3)
        return 0;
    for (uint32_t q = 0; q < t->nagents; q++)
        if (strcmp(t->agents[q], code) == 0)
            return 1;
    return 0;
}

/* An agent named with no country ("Guerrillas": REB) as an imported
 * lexicon's coder writes it ("option agent-alone": TABARI's "~REB",
 * PETRARCH2's "---REB"): s itself, or its copy in buf with the code so
 * written. A named body the lexicon codes with no country ("the Red
 * Cross": NGO) is no agent. */
static const side *agent_alone(const emitter *em, const side *s, side *buf)
{
    const lx_tables *t = em->x->lx->tables;
    if (!s || !t->agent_alone[0] || s->mention < 0)
        return s;
    size_t n = s->len;
    if (n > 12)
        return s;
    const dy_mention *m = dy_vec_at(&em->x->mentions, (size_t)s->mention);
    if (m->named_body || !agent_alone_code(t, m, s->code))
        return s;
    size_t pl = strlen(t->agent_alone); /* at most 3 (image.c) */
    *buf = *s;
    memcpy(buf->code, t->agent_alone, pl); /* 3 + 12 + NUL <= 16 */
    memcpy(buf->code + pl, s->code, n + 1);
    buf->len = (uint8_t)(pl + n);
    return buf;
}

/* The code of act cm in remap `family` when its source a, whose code
 * has n bytes, ends in one of the roles (three letters each, nroles of
 * them); cm when none applies */
static const lx_cameo *by_role(const dyad_lexicon *lx, const lx_cameo *cm,
                               const side *a, size_t n, int family,
                               const char *const *roles, size_t nroles)
{
    if (n < 3)
        return cm;
    /* (the last three bytes against each role's three: no call) */
    const char *r = a->code + n - 3;
    for (size_t i = 0; i < nroles; i++) {
        if (r[0] != roles[i][0] || r[1] != roles[i][1] || r[2] != roles[i][2])
            continue;
        const char *to = dy_lexicon_remap(lx, family, lx_str(lx, cm->code), 0);
        const lx_cameo *o = to ? dy_lexicon_cameo(lx, to) : NULL;
        return o ? o : cm;
    }
    return cm;
}

/* An act of the state done by a non-state armed actor (its role REB, CRM
 * or UAF): "Hezbollah captured three soldiers" is no arrest but an
 * abduction (remap abduction, data/remap.lex); an act of dissent done by
 * armed forces (MIL, COP, REB, UAF, SPY): "troops stormed government
 * buildings" is no riot but force (remap armed); cm when no remap
 * applies (n: the bytes of a's code) */
static const lx_cameo *non_state(const dyad_lexicon *lx, const lx_cameo *cm,
                                 const side *a, size_t n)
{
    static const char *const irregular[] = {"REB", "CRM", "UAF"};
    static const char *const armed[] = {"MIL", "COP", "REB", "UAF", "SPY"};
    cm = by_role(lx, cm, a, n, DY_RM_ABDUCTION, irregular,
                 sizeof irregular / sizeof irregular[0]);
    return by_role(lx, cm, a, n, DY_RM_ARMED, armed,
                   sizeof armed / sizeof armed[0]);
}

/* the code remap joint gives the pairs of an act of code `code` when that
 * is another act than its own (150 exercises held together are 062), not
 * its own prefix ("03 03"); NULL when it keeps its own */
static const char *joint_other(const dyad_lexicon *lx, const char *code)
{
    const char *to = dy_lexicon_remap(lx, DY_RM_JOINT, code, 0);
    return to && strncmp(code, to, strlen(to)) != 0 ? to : NULL;
}

/* Is the target b told right after k's words by "with", "alongside" or
 * "together with" (not "patrolled its border with Sudan")? */
static int comitative(const dy_ctx *x, const dy_cand *k, const side *b)
{
    size_t p = k->trig_end;
    if (p < k->sent_end && dy_tok_has(&x->tok[p], x->w_together))
        p++;
    return b->mention >= 0 && p < k->sent_end && b->first == p + 1 &&
           (dy_tok_has(&x->tok[p], x->w_with) ||
            dy_tok_has(&x->tok[p], x->w_alongside));
}

/* "China and Russia held military exercises", "the US held exercises
 * with South Korea": an act of remap joint done with a partner (the
 * members of a compound source with each other, or a target told as
 * its companion, comitative) takes the other act the family gives its
 * pairs (joint_other) */
static const lx_cameo *partnered(const emitter *em, const dy_cand *k,
                                 const lx_cameo *cm, const side *b)
{
    const dy_ctx *x = em->x;
    if (!b || !(em->jointly || comitative(x, k, b)))
        return cm;
    const char *to = joint_other(x->lx, lx_str(x->lx, cm->code));
    const lx_cameo *o = to ? dy_lexicon_cameo(x->lx, to) : NULL;
    return o ? o : cm;
}

/* "the footage was shot by Mediaset", "the video captured the attack", "a
 * photographer captured the moment": the media shoot and capture with
 * cameras. Is cm an act of coercion, force or taking (roots 17-20) whose
 * source a, whose code has n bytes, is the media (role MED)? */
static int filmed(const dyad_lexicon *lx, const lx_cameo *cm, const side *a,
                  size_t n)
{
    const char *code = lx_str(lx, cm->code);
    return n >= 3 && memcmp(a->code + n - 3, "MED", 3) == 0 &&
           ((code[0] == '1' && code[1] >= '7') ||
            (code[0] == '2' && code[1] == '0'));
}

/* Emits candidate k as the event of source a and target b (NULL: none).
 * Past max_events, counted in em->dropped and not kept. DYAD_ENOMEM. */
static int emit(emitter *em, const dy_cand *k, const side *a, const side *b)
{
    const dy_ctx *x = em->x;
    const dyad_lexicon *lx = x->lx;
    side abuf, bbuf;
    /* (a lexicon without option agent-alone, the default one, writes its
     * agents' codes as they are: asked here, not in two calls an event) */
    if (lx->tables->agent_alone[0]) {
        a = agent_alone(em, a, &abuf);
        b = agent_alone(em, b, &bbuf);
    }
    const lx_phrase *p = &lx->phrases[k->phrase];
    const lx_cameo *cm = cand_cameo(lx, k);
    if (!cm)
        return 0; /* (claims makes no candidate without a code) */
    /* (the source's code length read once, for its role's three tests) */
    size_t an = a ? a->len : 0;
    cm = partnered(em, k, non_state(lx, cm, a, an), b);
    if (filmed(lx, cm, a, an))
        return 0;
    if (!b && (lx->tables->options & LX_OPT_DYADS_ONLY))
        return 0; /* an imported lexicon's coder needs both actors */
    const char *code = lx_str(lx, cm->code);
    if (repeated(em, k, code, a, b))
        return 0;
    if (em->evs.count >= x->opts->max_events) {
        em->dropped++; /* counted, so the caller can say so */
        return 0;
    }
    dyad_event *e = dy_vec_push(&em->evs);
    if (!e)
        return DYAD_ENOMEM;
    const dy_sent *s = &em->sents[k->sentence];
    e->sentence = k->sentence;
    e->sentence_span = dy_tokens_span(x, s->first, s->end);
    if (k->date) {
        static const char *const precs[] = {NULL, "day", "week", "month",
                                            "year"};
        if (k->date != em->date) {
            char d[16];
            dy_date_ymd(k->date, d);
            em->date_text = dy_arena_dup(em->a, d);
            em->date = em->date_text ? k->date : 0;
        }
        e->date = em->date_text;
        e->date_precision = precs[k->date_prec];
    }
    fill_actor(em, a, &e->source);
    if (b)
        fill_actor(em, b, &e->target);
    e->cameo = code;
    e->cameo_name = lx_str(lx, cm->name);
    e->plover_type = cm->plover_type ? lx_str(lx, cm->plover_type) : NULL;
    e->plover_mode = cm->plover_mode ? lx_str(lx, cm->plover_mode) : NULL;
    e->goldstein = cm->goldstein;
    e->quad_class = cm->quad;
    e->penta_class = cm->penta;
    e->status = dy_status_names[k->status];
    if (fill_claim(em, k, e))
        return DYAD_ENOMEM;
    if (k->place >= 0 && dy_place_location(&e->location, em->a, x, k))
        return DYAD_ENOMEM;
    dy_counts_fill(e, x, k);
    e->pattern = lx_str(lx, p->text);
    e->pattern_file = lx_str(lx, p->file);
    e->pattern_line = p->line;
    e->trigger = dy_tokens_span(x, k->trig_first, k->trig_end);
    fill_note(em, k, a, b, e);
    if (!e->source.code || !e->cameo_name || !e->sentence_span.len)
        return DYAD_ENOMEM;
    return 0;
}

/* "accused each other", "blamed one another": a reciprocal object right
 * after the trigger's verb or inside its pattern (a verb of class mutual,
 * "exchanged prisoners", needs none) */
static int reciprocal(const dy_ctx *x, const dy_cand *k)
{
    for (size_t q = k->trig_first + 1;
         q + 1 < k->sent_end && q <= k->trig_end + 1; q++) {
        const char *a = dy_tok_lower(x, &x->tok[q]);
        const char *b = dy_tok_lower(x, &x->tok[q + 1]);
        if ((!strcmp(a, "each") && !strcmp(b, "other")) ||
            (!strcmp(a, "one") && !strcmp(b, "another")))
            return 1;
    }
    return 0;
}

/* Is k an act a compound subject does with each other (a reciprocal, a
 * verb of class mutual, a pattern with '%', or remap joint)? Not when a
 * verb's trigger is followed by an object of its own: "Iran and Iraq
 * injured dozens of people" is no fight between them. */
static int joint(const dy_ctx *x, const dy_cand *k)
{
    if (!k->is_noun && !k->src_sayer &&
        (reciprocal(x, k) ||
         dy_in_class_lemma(x, DY_CL_MUTUAL, &x->tok[k->trig_first]) ||
         dy_lexicon_compound_mutual(x->lx, k->phrase)))
        return 1;
    const lx_cameo *cm = cand_cameo(x->lx, k);
    /* (nor the speakers of "X and Y said the attack ...": told, not
     * done with each other) */
    if (!cm || k->src_sayer ||
        !dy_lexicon_remap(x->lx, DY_RM_JOINT, lx_str(x->lx, cm->code), 0))
        return 0;
    /* (material conflict done with each other only by a verb of class
     * reciprocal: "clashed", not "stepped up operations", done by allies;
     * an act the pairs do as another act, exercises or patrols held
     * together, stays joint) */
    if (cm->quad == 4 && !k->is_noun &&
        !joint_other(x->lx, lx_str(x->lx, cm->code)) &&
        !dy_in_class_verb(x, DY_CL_RECIPROCAL, &x->tok[k->head]))
        return 0;
    /* (consultation, talk and negotiation name their topic as object:
     * "Kenya and Uganda discussed trade" is talk with each other; not
     * visits made or mediation done together) */
    const char *cc = lx_str(x->lx, cm->code);
    if ((!strncmp(cc, "040", 3) || !strncmp(cc, "041", 3) ||
         !strncmp(cc, "046", 3)) &&
        k->tgt < 0 && !k->tgt_code[0])
        return 1;
    size_t q = k->trig_end;
    while (q < k->sent_end && q < k->trig_end + 3 &&
           (x->tok[q].tag == TAG_DET || x->tok[q].tag == TAG_ADJ))
        q++;
    return k->is_noun || q >= k->sent_end ||
           !(x->tok[q].tag == TAG_NUM ||
             (x->tok[q].tag == TAG_NOUN && !(x->tok[q].pos & POS_TIME)));
}

/* Is k an event noun that may stand alone where its sentence has no other
 * event ("the rebels began the assault at dawn": the noun's source is
 * the clause's subject, not named in its own phrase)? Told as done or
 * reported, never a say verb's object ("police say a car bomb exploded":
 * the police report it, they did not bomb). */
static int fallback_noun(const dy_cand *k)
{
    return k->is_noun && !k->src_sayer && !k->src_np && !k->src_subject &&
           (k->status == ST_ASSERTED || k->status == ST_REPORTED);
}

/* "rejected the opposition's demand": is noun k a word of a verb
 * pattern of another root, its object rather than an act of its own
 * ("killed in a Turkish airstrike" is the killing's means, one act)? */
static int object_in_verb_pattern(const dy_ctx *x, const dy_vec *cands,
                                  const dy_cand *k)
{
    for (size_t n = 0; n < cands->count; n++) {
        const dy_cand *v = dy_vec_at(cands, n);
        if (!v->is_noun && v->sentence == k->sentence &&
            v->trig_first <= k->head && k->head < v->trig_end &&
            dy_cand_root(x, v) != dy_cand_root(x, k))
            return 1;
    }
    return 0;
}

static int sentence_has_event(const emitter *em, uint32_t sentence)
{
    for (size_t q = 0; q < em->evs.count; q++)
        if (((const dyad_event *)dy_vec_at(&em->evs, q))->sentence ==
            sentence)
            return 1;
    return 0;
}

/* Does k stand as its source's act alone, with no target? A told act
 * does, whatever its source: a country, an organisation, a person or a
 * bare role ("the interior minister resigned": GOV 0831, its country
 * unknown, as GDELT codes it); a statement (01) always; so does an event
 * noun whose source its own noun phrase names ("Iran's rejection of the
 * deal") or a causative verb's subject ("ordered a blockade"); another
 * event noun or a participle without a target does not ("the
 * resignation", "hoping to meet"), except that in the last pass such a
 * noun stands where its sentence has no other event. */
static int stands_alone(const emitter *em, const dy_cand *k)
{
    if (em->fallback)
        return fallback_noun(k) && !sentence_has_event(em, k->sentence);
    return dy_cand_root(em->x, k) == 1 || (!k->is_noun && !k->nonfinite) ||
           (k->is_noun && (k->src_np || k->src_subject));
}

/* Does the joint family give k's pairs another act than k's own? */
static int joint_recodes(const dy_ctx *x, const dy_cand *k)
{
    const lx_cameo *cm = cand_cameo(x->lx, k);
    return cm && joint_other(x->lx, lx_str(x->lx, cm->code));
}

/* Are the sides S[0..ns) of as many countries, none a bare role ("US and
 * British warplanes", not "police and soldiers" nor "Indian army and
 * paramilitary forces")? */
static int countries_apart(const dy_ctx *x, const side *S, int ns)
{
    for (int a = 0; a < ns; a++) {
        char cc[4] = {0};
        memcpy(cc, S[a].code, 3);
        if (S[a].len < 3 || dy_is_agent_code(x, cc))
            return 0;
        for (int b = 0; b < a; b++)
            if (strncmp(S[a].code, S[b].code, 3) == 0)
                return 0;
    }
    return 1;
}

/* Do the sides S[0..ns) of k act with each other (joint)? An act the
 * pairs recode is done together only by actors of different countries:
 * police and soldiers patrolling a town each patrol. */
static int acts_jointly(const dy_ctx *x, const dy_cand *k, const side *S,
                        int ns)
{
    return joint(x, k) &&
           (!joint_recodes(x, k) || countries_apart(x, S, ns));
}

/* a candidate with sources S[0..ns) and no target: the pairs among a
 * compound source (joint action), or the source alone when it can stand
 * alone ("Syria offered to withdraw", "called for free trade": still an
 * event of its source, as GDELT and the CAMEO manual code it) */
static int emit_targetless(emitter *em, const dy_cand *k, const side *S,
                           int ns)
{
    int rc = 0;
    if (ns >= 2 && acts_jointly(em->x, k, S, ns)) {
        int apart = 0;
        em->jointly = 1;
        for (int a = 0; a < ns && !rc; a++)
            for (int b = 0; b < ns && !rc; b++)
                if (a != b && strcmp(S[a].code, S[b].code) != 0) {
                    rc = emit(em, k, &S[a], &S[b]);
                    apart = 1;
                }
        em->jointly = 0;
        /* "Hamas and Islamic Jihad launched an offensive": members of
         * one code act together, as that code, not with each other */
        if (!apart && !rc && stands_alone(em, k))
            rc = emit(em, k, &S[0], NULL);
        return rc;
    }
    /* "Russia, China and Iran condemned the strike": each on its own */
    for (int a = 0; a < ns && !rc; a++)
        if (stands_alone(em, k))
            rc = emit(em, k, &S[a], NULL);
    return rc;
}

/* Is side a an office or body, not a named person, whose country a
 * demonym in it states ("Russian officials", "the Indian foreign
 * minister"; not "Kenyan President William Ruto")? */
static int by_demonym(const dy_ctx *x, const side *a)
{
    if (a->mention < 0)
        return 0;
    const dy_mention *m = dy_vec_at(&x->mentions, (size_t)a->mention);
    int demonym = 0;
    for (uint32_t q = m->first; q < m->end; q++) {
        const dy_token *t = &x->tok[q];
        if (t->kinds & (1u << LX_DEMONYM))
            demonym = 1;
        else if ((t->flags & TF_CAP) && !(t->kinds & (1u << LX_AGENT)))
            return 0; /* a name ("William Ruto") */
    }
    return demonym && !m->is_person;
}

/* An actor against itself only by a guessed country ("Russia said its
 * forces struck military targets": RUSMIL against RUSMIL): the guess is
 * taken off the target (else the source), which stays a bare role. Not
 * two officials of one government, one of them named with its country
 * ("Modi met the home minister": a state's politics is its own), unless
 * they meet, cooperate or agree (roots 03-06) and a demonym states the
 * other's country ("The president met Russian officials": another
 * state's). s and t have the same code (emit_pairs asks only then). */
static void unguess_self(const dy_ctx *x, side *s, side *t, int root)
{
    int gs = country_guessed(x, s), gt = country_guessed(x, t);
    if (gs != gt && s->len == 6 && strcmp(s->code + 3, "GOV") == 0 &&
        !(root >= 3 && root <= 6 && by_demonym(x, gs ? t : s)))
        return;
    side *g = gt ? t : gs ? s : NULL;
    if (g && g->len > 3) {
        memmove(g->code, g->code + 3, (size_t)g->len - 3 + 1);
        g->len = (uint8_t)(g->len - 3);
        g->unguessed = 1;
    }
}

/* a candidate with sources S and targets T: one event per pair */
static int emit_pairs(emitter *em, const dy_cand *k, const side *S, int ns,
                      const side *T, int nt)
{
    int rc = 0, emitted = 0, own_ground = 0;
    for (int a = 0; a < ns && !rc; a++)
        for (int b = 0; b < nt && !rc; b++) {
            if (S[a].mention >= 0 && S[a].mention == T[b].mention)
                continue;
            /* (the codes compared once for both rules, and by their
             * lengths first) */
            int same = S[a].len == T[b].len &&
                       strcmp(S[a].code, T[b].code) == 0;
            if (same && S[a].inferred)
                continue;
            side s0 = S[a], t = T[b];
            if (same)
                unguess_self(em->x, &s0, &t, dy_cand_root(em->x, k));
            /* a country acting in its own territory is no dyad */
            if (k->tgt_from_place && strncmp(s0.code, t.code, 3) == 0 &&
                s0.len == 3) {
                own_ground = 1;
                continue;
            }
            rc = emit(em, k, &s0, &t);
            emitted = 1;
        }
    /* ... but "Nigerians rallied in Lagos to protest" is still a
     * protest, with no target, like other acts of a source alone */
    if (!rc && !emitted && own_ground &&
        (k->tgt_from_place == TGT_PLACE_ADJUNCT ||
         (dy_cand_root(em->x, k) >= 14 && !k->is_noun && !k->nonfinite)))
        rc = emit(em, k, &S[0], NULL);
    return rc;
}

/* may event p stay before event e in document order? */
static int in_order(const dyad_event *p, const dyad_event *e)
{
    return p->sentence < e->sentence ||
           (p->sentence == e->sentence &&
            p->trigger.start <= e->trigger.start);
}

/* document order: sentence, then trigger (stable: insertion sort, the
 * list is short and nearly sorted; an event already in its place is not
 * copied out and back, 376 bytes each way) */
static void sort_events(dy_vec *evs)
{
    for (size_t i = 1; i < evs->count; i++) {
        if (in_order(dy_vec_at(evs, i - 1), dy_vec_at(evs, i)))
            continue;
        dyad_event tmp = *(dyad_event *)dy_vec_at(evs, i);
        size_t j = i;
        while (j > 0) {
            const dyad_event *p = dy_vec_at(evs, j - 1);
            if (in_order(p, &tmp))
                break;
            *(dyad_event *)dy_vec_at(evs, j) = *p;
            j--;
        }
        *(dyad_event *)dy_vec_at(evs, j) = tmp;
    }
}

/* the lexicon's default actor `code` as side s, with no words at the
 * trigger */
static void default_side(const dy_cand *k, const char *code, side *s)
{
    *s = (side){.first = k->trig_first, .end = k->trig_first, .mention = -1,
                .deflt = 1};
    s->len = (uint8_t)dy_str_copy(s->code, sizeof s->code, code);
}

/* TABARI's DEFAULT ("option default-source CODE [prior]", "option
 * default-target CODE [after]"): a side not found is the default actor.
 * Without "prior", a verb with no source before it takes the first actor
 * after it as its source ("Fxrnost ... ties with Gondor and Bree": GON
 * against BRE); without "after", one with no target after it takes the
 * second member of its compound source ("Bree and Arnor ... with Gxndor":
 * BRE against ARN). The members of a joint act keep acting with each
 * other. S and T hold 8 sides each. */
static void default_sides(const dy_ctx *x, const dy_cand *k, side *S,
                          int *ns, side *T, int *nt)
{
    const lx_tables *t = x->lx->tables;
    if (!t->default_source[0] && !t->default_target[0])
        return;
    if (*ns == 0 && *nt > 0 && t->default_source[0] &&
        !(t->options & LX_OPT_DEFAULT_PRIOR)) {
        S[0] = T[0];
        memmove(T, T + 1, (size_t)(*nt - 1) * sizeof *T);
        *ns = 1;
        (*nt)--;
    } else if (*ns == 0 && t->default_source[0]) {
        default_side(k, t->default_source, &S[0]);
        *ns = 1;
    }
    if (*nt > 0 || !t->default_target[0] || (*ns >= 2 && joint(x, k)))
        return;
    if (*ns >= 2 && !(t->options & LX_OPT_DEFAULT_AFTER)) {
        T[0] = S[1];
        *ns = 1;
    } else {
        default_side(k, t->default_target, &T[0]);
    }
    *nt = 1;
}

/* is side a an actor mention whose last word is a plural noun
 * ("leaders", "officials")? */
static int plural_side(const dy_ctx *x, const side *a)
{
    if (a->mention < 0 || a->end == 0)
        return 0;
    const dy_token *t = &x->tok[a->end - 1];
    return t->tag == TAG_NOUN && t->nlem != LX_NONE && t->nlem != t->wid;
}

/* The passes candidate k can give an event in: bit PASS_FIRST, bit
 * PASS_SECOND (also the last pass's), or 0. Inline at the first pass's
 * loop: most candidates can in none, and are turned away without a call
 * to emit_cand and its frame of sixteen sides. */
enum { PASS_FIRST = 1, PASS_SECOND = 2 };
static inline unsigned emit_passes(const dy_ctx *x, const dy_cand *k)
{
    if (k->background)
        return 0;
    if (k->status == ST_NEGATED && !(x->opts->flags & DYAD_F_KEEP_NEGATED) &&
        !(x->lx->tables->options & LX_OPT_KEEP_NEGATED))
        return 0;
    if (k->status == ST_EMBEDDED && !(x->opts->flags & DYAD_F_KEEP_EMBEDDED))
        return 0;
    /* (a candidate with no source, or in the first pass no target, has
     * no side of that kind to collect, unless the lexicon names a default
     * actor for it: the sides are not collected) */
    const lx_tables *tb = x->lx->tables;
    if (k->src < 0 && !k->src_code[0] && !tb->default_source[0])
        return 0;
    int targeted = k->tgt >= 0 || k->tgt_code[0];
    unsigned p = targeted || tb->default_target[0] ? PASS_FIRST : 0;
    /* (nor, in the second pass, one whose target only the place rules
     * below or a default source could take away: it had its events in
     * the first) */
    if (!(targeted && !k->tgt_from_place && !tb->default_source[0]))
        p |= PASS_SECOND;
    return p;
}

/* one candidate in one pass, emit_passes' tests passed: pass 0 emits
 * events with a target, pass 1 the rest, so that a source-only event can
 * see a fuller one */
static int emit_cand(emitter *em, const dy_cand *k, int second)
{
    const dy_ctx *x = em->x;
    side S[8], T[8];
    int ns = collect(x, k->src, k->src_code, k->ctx_first, k->ctx_end,
                     k->src_inferred, S, 8);
    int nt = collect(x, k->tgt, k->tgt_code, 0, 0, 0, T, 8);
    victims_of_place(x, k, T, nt);
    if (k->tgt_code[0] && k->tgt < 0 && k->tgt_from_place && k->place >= 0)
        for (int q = 0; q < nt; q++) { /* the place words */
            const dy_placem *pm = dy_vec_at(&x->places, (size_t)k->place);
            T[q].first = pm->first;
            T[q].end = pm->end;
        }
    /* a place's country is a fallback target only for an act that
     * stands as its source's alone; a compound source acts jointly */
    if (nt > 0 && k->tgt_from_place == TGT_PLACE_ADJUNCT &&
        (ns >= 2 || (ns == 1 && !stands_alone(em, k))))
        nt = 0;
    /* "rebels and soldiers clashed in Goma": against each other; so do
     * the members of one plural side ("leaders met in Paris": the place
     * is where they met, not whom) */
    if (nt > 0 && k->tgt_from_place &&
        ((ns >= 2 && acts_jointly(x, k, S, ns)) ||
         (ns == 1 && k->tgt_from_place == TGT_PLACE_ADJUNCT && !k->is_noun &&
          plural_side(x, &S[0]) && joint(x, k) && !joint_recodes(x, k))))
        nt = 0;
    default_sides(x, k, S, &ns, T, &nt);
    if (ns == 0 || (nt == 0) != second)
        return 0;
    if (nt == 0)
        return emit_targetless(em, k, S, ns);
    return emit_pairs(em, k, S, ns, T, nt);
}

/* the room in events the scratch array keeps between documents (a
 * document of more frees it): 256 events, 94 KB a coder. Taking the array
 * anew each document cost about 480 instructions a document with events:
 * it is larger than the C library's cache of small blocks. */
#define DY_EMIT_KEEP 256

/* the candidates dy_emit lists for its later passes (a document of more
 * asks every candidate again): 1 KB of stack */
#define DY_EMIT_LATER 256

int dy_emit(dyad_event **events, size_t *count, size_t *dropped, dy_arena *a,
            const dy_ctx *x, const dy_vec *cands, const dy_sent *sents,
            dy_vec *scratch)
{
    emitter em = {a, x, sents, *scratch, 0, 0, 0, 0, NULL};
    int rc = 0;
    *events = NULL;
    *count = 0;
    em.evs.count = 0;
    /* (the candidates of the later passes, listed in the first: the
     * tests of emit_passes are read once a candidate, and the later
     * passes walk the few that passed, not the document's candidates
     * again; past DY_EMIT_LATER of them every candidate is asked again) */
    uint32_t later[DY_EMIT_LATER];
    size_t nlater = 0;
    int spill = 0;
    for (size_t n = 0; n < cands->count && !rc; n++) {
        const dy_cand *k = dy_vec_at(cands, n);
        unsigned p = emit_passes(x, k);
        if (p & PASS_FIRST)
            rc = emit_cand(&em, k, 0);
        if (!(p & PASS_SECOND))
            continue;
        if (nlater < DY_EMIT_LATER)
            later[nlater++] = (uint32_t)n;
        else
            spill = 1;
    }
    size_t m = spill ? cands->count : nlater;
    for (size_t j = 0; j < m && !rc; j++) {
        const dy_cand *k = dy_vec_at(cands, spill ? j : later[j]);
        if (!spill || (emit_passes(x, k) & PASS_SECOND))
            rc = emit_cand(&em, k, 1);
    }
    /* an event noun with no target and no source in its own words stands
     * alone only where nothing else in its sentence did */
    em.fallback = 1;
    for (size_t j = 0; j < m && !rc; j++) {
        const dy_cand *k = dy_vec_at(cands, spill ? j : later[j]);
        if (fallback_noun(k) && (!spill || (emit_passes(x, k) & PASS_SECOND)) &&
            !object_in_verb_pattern(x, cands, k))
            rc = emit_cand(&em, k, 1);
    }
    *dropped = em.dropped; /* the first max_events are kept */
    if (!rc)
        sort_events(&em.evs);
    if (!rc && em.evs.count) {
        /* (a copy, not a cleared block the copy writes again) */
        *events = dy_arena_memdup(a, em.evs.data,
                                  em.evs.count * sizeof **events);
        if (!*events)
            rc = DYAD_ENOMEM;
        else
            *count = em.evs.count;
    }
    if (em.evs.cap > DY_EMIT_KEEP)
        dy_vec_free(&em.evs);
    *scratch = em.evs;
    return rc;
}
