/*
 * api.c - public entry points: checks arguments, runs the stages over one
 * document (text -> words -> actors -> events -> claims) and turns the
 * qualified candidates into owned event records.
 */
#include "api.h"

#include "actors/actors.h"
#include "claims/claims.h"
#include "events/events.h"
#include "lexicon/lexicon.h"
#include "words/words.h"

#include <stdio.h>
#include <string.h>

#define DEF_MAX_SENT_TOKENS 400
#define DEF_MAX_EVENTS 1000
#define DEF_MAX_SENTENCES 20000

static const char *const dy_status_names[] = {"asserted",     "reported",
                                       "confirmed",    "denied",
                                       "hypothetical", "future",
                                       "negated"};

struct dyad_coder {
    const dyad_lexicon *lx;
    dyad_options opts;
    dy_mem mem;
    dy_vec raw;   /* dy_tok */
    dy_vec sents; /* dy_sent */
    dy_vec cands; /* dy_cand */
    dy_ctx ctx;
    size_t tok_cap;
};

const dyad_lexicon *dy_coder_lexicon(const dyad_coder *c)
{
    return c->lx;
}

const char *dyad_version(void)
{
    return DYAD_VERSION_STRING;
}

const char *dyad_strerror(int code)
{
    switch (code) {
    case DYAD_OK:
        return "ok";
    case DYAD_ENOMEM:
        return "out of memory";
    case DYAD_EINVAL:
        return "invalid argument";
    case DYAD_EIO:
        return "input/output error";
    case DYAD_EDICT:
        return "bad lexicon";
    case DYAD_EINPUT:
        return "bad input";
    case DYAD_ELIMIT:
        return "limit exceeded";
    case DYAD_ESTORE:
        return "store error";
    case DYAD_EDATE:
        return "bad document date";
    default:
        return "unknown error";
    }
}

int dyad_coder_new(dyad_coder **out, const dyad_lexicon *lx,
                   const dyad_options *opts, dyad_error *err)
{
    if (!out || !lx)
        return dy_error_set(err, DYAD_EINVAL, NULL, 0, 0, -1,
                            "dyad_coder_new: NULL argument");
    dy_mem m = {opts ? opts->alloc : NULL};
    dyad_coder *c = dy_calloc(&m, 1, sizeof *c);
    if (!c)
        return dy_error_set(err, DYAD_ENOMEM, NULL, 0, 0, -1,
                            "out of memory");
    c->lx = lx;
    if (opts)
        c->opts = *opts;
    if (!c->opts.max_doc_bytes)
        c->opts.max_doc_bytes = DY_DEFAULT_MAX_DOC;
    if (!c->opts.max_sentence_tokens)
        c->opts.max_sentence_tokens = DEF_MAX_SENT_TOKENS;
    if (!c->opts.max_events)
        c->opts.max_events = DEF_MAX_EVENTS;
    if (!c->opts.max_sentences)
        c->opts.max_sentences = DEF_MAX_SENTENCES;
    c->mem = m;
    dy_vec_init(&c->raw, sizeof(dy_tok), &c->mem);
    dy_vec_init(&c->sents, sizeof(dy_sent), &c->mem);
    dy_vec_init(&c->cands, sizeof(dy_cand), &c->mem);
    dy_ctx *x = &c->ctx;
    x->lx = lx;
    x->opts = &c->opts;
    dy_buf_init(&x->lower, &c->mem);
    dy_vec_init(&x->mentions, sizeof(dy_mention), &c->mem);
    dy_vec_init(&x->places, sizeof(dy_placem), &c->mem);
    dy_vec_init(&x->persons, sizeof(dy_person), &c->mem);
    dy_vec_init(&x->dyads, sizeof(dy_dyad), &c->mem);
    dy_words_init_ids(x);
    x->wcache = dy_calloc(&c->mem, DY_WCACHE_SIZE, sizeof *x->wcache);
    if (!x->wcache) {
        dyad_coder_free(c);
        return dy_error_set(err, DYAD_ENOMEM, NULL, 0, 0, -1,
                            "out of memory");
    }
    *out = c;
    return 0;
}

void dyad_coder_free(dyad_coder *c)
{
    if (!c)
        return;
    dy_vec_free(&c->raw);
    dy_vec_free(&c->sents);
    dy_vec_free(&c->cands);
    dy_buf_free(&c->ctx.lower);
    dy_vec_free(&c->ctx.mentions);
    dy_vec_free(&c->ctx.places);
    dy_vec_free(&c->ctx.persons);
    dy_vec_free(&c->ctx.dyads);
    dy_free(&c->mem, c->ctx.tok);
    dy_free(&c->mem, c->ctx.mark);
    dy_free(&c->mem, c->ctx.ahead);
    dy_free(&c->mem, c->ctx.wcache);
    dy_mem m = c->mem;
    dy_free(&m, c);
}

/* ------------------------------------------------------------ results */

static const char *adup(dyad_result *r, const char *s)
{
    return s ? dy_arena_strndup(&r->arena, s, strlen(s)) : NULL;
}

static const char *span_text(dyad_result *r, const dy_ctx *x, uint32_t first,
                             uint32_t end, dyad_span *span)
{
    if (end <= first) {
        span->start = span->len = 0;
        return dy_arena_strndup(&r->arena, "", 0);
    }
    size_t a = x->tok[first].start;
    size_t b = x->tok[end - 1].start + x->tok[end - 1].len;
    span->start = a;
    span->len = b - a;
    return dy_arena_strndup(&r->arena, x->text + a, b - a);
}

typedef struct side {
    char code[16];
    uint32_t first, end;
    int32_t mention;
    int inferred;
} side;

static int collect(const dy_ctx *x, int32_t m, const char *code,
                   uint32_t cf, uint32_t ce, int inferred, side *out, int max)
{
    int n = 0;
    if (m >= 0) {
        for (int32_t q = m; q >= 0 && n < max;) {
            const dy_mention *mm = dy_vec_at(&x->mentions, (size_t)q);
            snprintf(out[n].code, sizeof out[n].code, "%s", mm->code);
            out[n].first = mm->first;
            out[n].end = mm->end;
            out[n].mention = q;
            out[n].inferred = 0;
            n++;
            q = mm->coord_next;
        }
    } else if (code && code[0]) {
        snprintf(out[0].code, sizeof out[0].code, "%s", code);
        out[0].first = cf;
        out[0].end = ce;
        out[0].mention = -1;
        out[0].inferred = inferred;
        n = 1;
    }
    return n;
}

static void fill_actor(dyad_result *r, const dy_ctx *x, const side *s,
                       dyad_actor *a)
{
    a->code = adup(r, s->code);
    a->inferred = s->inferred;
    if (s->inferred) {
        a->text = adup(r, "");
        a->span.start = a->span.len = 0;
    } else {
        a->text = span_text(r, x, s->first, s->end, &a->span);
    }
}

static int emit(dyad_coder *c, dyad_result *r, dy_vec *evs, const dy_cand *k,
                const side *a, const side *b, const dy_sent *sents)
{
    const dy_ctx *x = &c->ctx;
    const dyad_lexicon *lx = c->lx;
    const lx_phrase *p = &lx->phrases[k->phrase];
    const lx_cameo *cm = &lx->cameo[p->cameo];
    if (k->cameo_override) {
        const lx_cameo *o = dy_lexicon_cameo(lx, k->cameo_override);
        if (o)
            cm = o;
    }
    const char *code = lx_str(lx, cm->code);
    /* one event per sentence, code and dyad; a source-only event adds
     * nothing to one of the same code and source, with a target or not */
    for (size_t i = 0; i < evs->count; i++) {
        dyad_event *e = dy_vec_at(evs, i);
        if (e->sentence != k->sentence || strcmp(e->cameo, code) != 0 ||
            strcmp(e->source.code, a->code) != 0)
            continue;
        if (!b)
            return 0;
        if (e->target.code && strcmp(e->target.code, b->code) == 0) {
            /* the same event again: keep what the repeat knows more */
            if (e->killed.value < 0 && k->killed >= 0) {
                e->killed.value = k->killed;
                e->killed.approximate = k->killed_approx;
                span_text(r, x, k->killed_first, k->killed_end,
                          &e->killed.span);
            }
            if (e->injured.value < 0 && k->injured >= 0) {
                e->injured.value = k->injured;
                e->injured.approximate = k->injured_approx;
                span_text(r, x, k->injured_first, k->injured_end,
                          &e->injured.span);
            }
            return 0;
        }
    }
    if (evs->count >= c->opts.max_events)
        return DYAD_ELIMIT;
    dyad_event *e = dy_vec_push(evs);
    if (!e)
        return DYAD_ENOMEM;
    const dy_sent *s = &sents[k->sentence];
    e->sentence = k->sentence;
    span_text(r, x, s->first, s->end, &e->sentence_span);
    if (k->date) {
        static const char *const precs[] = {NULL, "day", "week", "month",
                                            "year"};
        char d[16];
        snprintf(d, sizeof d, "%04d-%02d-%02d", (int)(k->date / 10000),
                 (int)(k->date / 100 % 100), (int)(k->date % 100));
        e->date = adup(r, d);
        e->date_precision = precs[k->date_prec];
    }
    fill_actor(r, x, a, &e->source);
    if (b)
        fill_actor(r, x, b, &e->target);
    e->cameo = code;
    e->cameo_name = lx_str(lx, cm->name);
    e->plover_type = cm->plover_type ? lx_str(lx, cm->plover_type) : NULL;
    e->plover_mode = cm->plover_mode ? lx_str(lx, cm->plover_mode) : NULL;
    e->goldstein = cm->goldstein;
    e->quad_class = cm->quad;
    e->penta_class = cm->penta;
    e->status = dy_status_names[k->status];
    if (k->attr >= 0) {
        side sa;
        collect(x, k->attr, NULL, 0, 0, 0, &sa, 1);
        fill_actor(r, x, &sa, &e->attributed_to);
    } else if (k->attr_end > k->attr_first) {
        e->attributed_to.text =
            span_text(r, x, k->attr_first, k->attr_end, &e->attributed_to.span);
    }
    if (k->ncontest) {
        dyad_actor *cb = dy_arena_alloc(&r->arena, k->ncontest * sizeof *cb);
        if (!cb)
            return DYAD_ENOMEM;
        for (int q = 0; q < k->ncontest; q++) {
            const dy_mention *m = dy_vec_at(&x->mentions, (size_t)k->contest[q]);
            cb[q].code = adup(r, m->code);
            cb[q].text = span_text(r, x, m->first, m->end, &cb[q].span);
        }
        e->contested_by = cb;
        e->contested_count = k->ncontest;
        e->contest_kind = k->contest_kind == 1 ? "denied" : "not_confirmed";
    }
    if (k->place >= 0) {
        const dy_placem *pm = dy_vec_at(&x->places, (size_t)k->place);
        dyad_location *loc = dy_arena_alloc(&r->arena, sizeof *loc);
        if (!loc)
            return DYAD_ENOMEM;
        loc->name = span_text(r, x, pm->first, pm->end, &loc->span);
        const dy_placem *at = pm;
        if (pm->unresolved && pm->parent >= 0)
            at = dy_vec_at(&x->places, (size_t)pm->parent);
        if (pm->unresolved && pm->parent < 0) {
            loc->precision = "unknown"; /* named, not found */
            /* its country, no point: that of the nearest known place in
             * the sentence ("Yakovlivka, Bakhmutskyi district, Donetsk") */
            const dy_placem *near = NULL;
            for (size_t q = 0; q < x->places.count; q++) {
                const dy_placem *o = dy_vec_at(&x->places, q);
                if (o->unresolved || o->first < k->sent_first ||
                    o->end > k->sent_end)
                    continue;
                if (!near || (o->first >= pm->end &&
                              (near->first < pm->end || o->first < near->first)))
                    near = o;
            }
            if (near) {
                const char *cc = dy_place_cc(x, near);
                if (cc[0] && strncmp(cc, "XXX", 3) != 0) {
                    char c3[4];
                    snprintf(c3, sizeof c3, "%.3s", cc);
                    loc->country = adup(r, c3);
                }
            }
        } else if (at->gaz != LX_NONE) {
            const lx_gplace *g = &lx->gplaces[at->gaz];
            loc->country = adup(r, g->cc);
            loc->precision = "city";
            loc->lat = g->lat;
            loc->lon = g->lon;
            loc->admin1 = g->admin1 ? lx_str(lx, g->admin1) : NULL;
            loc->geonameid = (long)g->geonameid;
            loc->gazetteer_name = lx_str(lx, g->name);
        } else {
            const lx_phrase *pp = &lx->phrases[at->phrase];
            char cc[4];
            snprintf(cc, sizeof cc, "%.3s", lx_str(lx, pp->code));
            loc->country = adup(r, cc);
            loc->precision = pp->kind == LX_PLACE ? lx_str(lx, pp->ptype)
                                                  : "country";
            loc->lat = pp->lat;
            loc->lon = pp->lon;
            if (pp->kind == LX_CAPITAL) {
                loc->lat = loc->lon = 0; /* no coordinates without a place */
                loc->precision = "city";
            }
        }
        /* "near Berestove, Donetsk": a village the gazetteer lacks, placed
         * by its region: the region's coordinates and precision */
        if (pm->unresolved && pm->parent >= 0) {
            dyad_span ps;
            loc->precision = "admin1";
            loc->admin1 = span_text(r, x, at->first, at->end, &ps);
            loc->geonameid = 0;
            loc->gazetteer_name = NULL;
        }
        loc->loose = k->place_loose;
        e->location = loc;
    }
    e->killed.value = k->killed;
    e->killed.approximate = k->killed_approx;
    if (k->killed >= 0)
        span_text(r, x, k->killed_first, k->killed_end, &e->killed.span);
    e->injured.value = k->injured;
    e->injured.approximate = k->injured_approx;
    if (k->injured >= 0)
        span_text(r, x, k->injured_first, k->injured_end, &e->injured.span);
    e->pattern = lx_str(lx, p->text);
    e->pattern_file = lx_str(lx, p->file);
    e->pattern_line = p->line;
    span_text(r, x, k->trig_first, k->trig_end, &e->trigger);
    if (a->inferred) {
        dyad_span sp;
        const char *ctx = span_text(r, x, k->ctx_first, k->ctx_end, &sp);
        char note[300];
        snprintf(note, sizeof note,
                 "source inferred from the document's conflict context "
                 "('%.200s' at byte %zu)",
                 ctx, sp.start);
        e->note = adup(r, note);
    } else if (k->tgt_from_place && b) {
        e->note = "target is the country of the event's place";
    } else if (k->passive) {
        e->note = "passive: source from the by-phrase";
    }
    if (!e->source.code || !e->cameo_name || !e->sentence_span.len)
        return DYAD_ENOMEM;
    return 0;
}

/* a source specific enough to stand alone: a country or organisation,
 * not a bare role ("police") */
static int targetless_ok(const dy_ctx *x, const char *code)
{
    return strlen(code) >= 3 && !dy_is_agent_code(x, code);
}

/* a named person ("Vice-President Moody Awori") stands alone too */
static int is_person_side(const dy_ctx *x, const side *s)
{
    if (s->mention < 0)
        return 0;
    const dy_mention *m = dy_vec_at(&x->mentions, (size_t)s->mention);
    return m->is_person && m->end > m->first + 1;
}

static int emit_all(dyad_coder *c, dyad_result *r, const dy_sent *sents)
{
    dy_ctx *x = &c->ctx;
    dy_vec evs;
    int rc = 0;
    dy_vec_init(&evs, sizeof(dyad_event), &c->mem);
    for (size_t n = 0; n < 2 * c->cands.count && !rc; n++) {
        /* pass 1 (n < count): events with a target; pass 2: the rest, so
         * that a source-only event can see a fuller one of its sentence */
        size_t i = n % c->cands.count;
        int second = n >= c->cands.count;
        const dy_cand *k = dy_vec_at(&c->cands, i);
        if (k->background)
            continue;
        if (k->status == ST_NEGATED &&
            !(c->opts.flags & DYAD_F_KEEP_NEGATED))
            continue;
        side S[8], T[8];
        int ns = collect(x, k->src, k->src_code, k->ctx_first, k->ctx_end,
                         k->src_inferred, S, 8);
        int nt = collect(x, k->tgt, k->tgt_code, 0, 0, 0, T, 8);
        if (!k->tgt_code[0] || k->tgt >= 0)
            ;
        else
            for (int q = 0; q < nt; q++) { /* the place words */
                const dy_placem *pm = dy_vec_at(&x->places, (size_t)k->place);
                T[q].first = pm->first;
                T[q].end = pm->end;
            }
        if (ns == 0 || (nt == 0) != second)
            continue;
        int root = dy_cand_root(x, k);
        if (nt == 0) {
            if (ns >= 2) {
                for (int a = 0; a < ns && !rc; a++)
                    for (int b = 0; b < ns && !rc; b++)
                        if (a != b && strcmp(S[a].code, S[b].code) != 0)
                            rc = emit(c, r, &evs, k, &S[a], &S[b], sents);
            } else if (root == 1 ||
                       ((targetless_ok(x, S[0].code) || root >= 14 ||
                         is_person_side(x, &S[0])) &&
                        !k->is_noun && !k->nonfinite)) {
                /* an act with no stated counterpart ("Syria offered to
                 * withdraw", "called for free trade") is still an event of
                 * its source, as GDELT and the CAMEO manual code it */
                rc = emit(c, r, &evs, k, &S[0], NULL, sents);
            }
            continue;
        }
        int emitted = 0, own_ground = 0;
        for (int a = 0; a < ns && !rc; a++)
            for (int b = 0; b < nt && !rc; b++) {
                if (S[a].mention >= 0 && S[a].mention == T[b].mention)
                    continue;
                if (strcmp(S[a].code, T[b].code) == 0 && S[a].inferred)
                    continue;
                /* a country acting in its own territory is no dyad */
                if (k->tgt_from_place && strncmp(S[a].code, T[b].code, 3) == 0 &&
                    strlen(S[a].code) == 3) {
                    own_ground = 1;
                    continue;
                }
                rc = emit(c, r, &evs, k, &S[a], &T[b], sents);
                emitted = 1;
            }
        /* ... but "Nigerians rallied in Lagos to protest" is still a
         * protest, with no target, like other acts of a source alone */
        if (!rc && !emitted && own_ground && root >= 14 && !k->is_noun &&
            !k->nonfinite)
            rc = emit(c, r, &evs, k, &S[0], NULL, sents);
    }
    if (rc == DYAD_ELIMIT)
        rc = 0; /* the first max_events are kept */
    /* document order: sentence, then trigger (stable: insertion sort, the
     * list is short and nearly sorted) */
    for (size_t i = 1; i < evs.count && !rc; i++) {
        dyad_event tmp = *(dyad_event *)dy_vec_at(&evs, i);
        size_t j = i;
        while (j > 0) {
            const dyad_event *p = dy_vec_at(&evs, j - 1);
            if (p->sentence < tmp.sentence ||
                (p->sentence == tmp.sentence &&
                 p->trigger.start <= tmp.trigger.start))
                break;
            *(dyad_event *)dy_vec_at(&evs, j) = *p;
            j--;
        }
        *(dyad_event *)dy_vec_at(&evs, j) = tmp;
    }
    if (!rc && evs.count) {
        r->events = dy_arena_alloc(&r->arena, evs.count * sizeof *r->events);
        if (!r->events)
            rc = DYAD_ENOMEM;
        else {
            memcpy(r->events, evs.data, evs.count * sizeof *r->events);
            r->count = evs.count;
        }
    }
    dy_vec_free(&evs);
    return rc;
}

/* ------------------------------------------------------------ coding */

static void reset(dyad_coder *c)
{
    c->raw.count = c->sents.count = c->cands.count = 0;
    dy_ctx *x = &c->ctx;
    x->lower.len = 0;
    x->lower.failed = 0; /* a failed document leaves no trace */
    x->mentions.count = x->places.count = x->persons.count = 0;
    x->dyads.count = 0;
    x->ntok = 0;
    x->nplace_cc = x->nactor_cc = 0;
}

static int run(dyad_coder *c, const dyad_doc *doc, dyad_result **out,
               dyad_error *err)
{
    dyad_result *r = NULL;
    int rc = 0;
    *out = NULL;
    if (!c || !doc || (!doc->text && doc->text_len))
        return dy_error_set(err, DYAD_EINVAL, NULL, 0, 0, -1,
                            "dyad_code: NULL argument");
    const char *id = doc->id ? doc->id : "";
    if (doc->text_len > c->opts.max_doc_bytes)
        return dy_error_set(err, DYAD_ELIMIT, id, 0, 0, -1,
                            "document of %zu bytes exceeds the limit of %zu "
                            "bytes (max_doc_bytes)",
                            doc->text_len, c->opts.max_doc_bytes);
    int is_nul;
    size_t bad = dy_utf8_check(doc->text, doc->text_len, &is_nul);
    if (bad != (size_t)-1)
        return dy_error_set(err, DYAD_EINPUT, id, 0, 0, (long long)bad,
                            is_nul ? "NUL byte at byte %zu"
                                   : "invalid UTF-8 at byte %zu",
                            bad);
    int32_t date = 0;
    if (doc->date && doc->date[0]) {
        if (dy_date_parse(doc->date, strlen(doc->date), &date))
            return dy_error_set(err, DYAD_EDATE, id, 0, 0, -1,
                                "bad date '%.40s' (expected YYYY-MM-DD)",
                                doc->date);
    }
    r = dy_calloc(&c->mem, 1, sizeof *r);
    if (!r)
        return dy_error_set(err, DYAD_ENOMEM, id, 0, 0, -1, "out of memory");
    r->mem = c->mem;
    dy_arena_init(&r->arena, &r->mem);
    char *text = dy_arena_strndup(&r->arena, doc->text ? doc->text : "",
                                  doc->text_len);
    r->doc.id = adup(r, doc->id);
    r->doc.date = date ? adup(r, doc->date) : NULL;
    r->doc.source = adup(r, doc->source);
    r->doc.url = adup(r, doc->url);
    r->doc.title = adup(r, doc->title);
    r->doc.text = text;
    r->doc.text_len = doc->text_len;
    if (!text || (doc->id && !r->doc.id) || (date && !r->doc.date) ||
        (doc->source && !r->doc.source) || (doc->url && !r->doc.url) ||
        (doc->title && !r->doc.title)) {
        rc = DYAD_ENOMEM;
        goto done;
    }
    reset(c);
    dy_ctx *x = &c->ctx;
    x->text = text;
    x->text_len = doc->text_len;
    x->date = date;
    rc = dy_text_tokenize(text, doc->text_len, 0, &c->raw);
    if (rc)
        goto done;
    size_t n = c->raw.count;
    if (n + 1 > c->tok_cap) {
        size_t cap = n + 1 > 1024 ? n + 1 : 1024;
        dy_token *t = dy_realloc(&c->mem, x->tok, c->tok_cap * sizeof *t,
                                 cap * sizeof *t);
        if (!t) {
            rc = DYAD_ENOMEM;
            goto done;
        }
        x->tok = t;
        uint32_t *mk = dy_realloc(&c->mem, x->mark,
                                  c->tok_cap * sizeof *mk, cap * sizeof *mk);
        if (!mk) {
            rc = DYAD_ENOMEM;
            goto done;
        }
        x->mark = mk;
        uint64_t *ah = dy_realloc(&c->mem, x->ahead,
                                  c->tok_cap * sizeof *ah, cap * sizeof *ah);
        if (!ah) {
            rc = DYAD_ENOMEM;
            goto done;
        }
        x->ahead = ah;
        c->tok_cap = cap;
    }
    x->ntok = n;
    rc = dy_words_analyse(x, c->raw.data, n);
    if (rc)
        goto done;
    rc = dy_text_sentences(text, c->raw.data, n, c->opts.max_sentence_tokens,
                           &c->sents);
    if (rc)
        goto done;
    size_t ns = c->sents.count;
    if (ns > c->opts.max_sentences)
        ns = c->opts.max_sentences;
    r->nsent = ns;
    for (size_t si = 0; si < ns; si++) {
        const dy_sent *s = dy_vec_at(&c->sents, si);
        size_t cf = c->cands.count;
        dy_words_tag(x, s->first, s->end);
        if ((rc = dy_actors_find(x, s->first, s->end)))
            goto done;
        if ((rc = dy_events_sentence(x, (uint32_t)si, s->first, s->end,
                                     &c->cands)))
            goto done;
        if ((rc = dy_claims_sentence(x, (uint32_t)si, s->first, s->end,
                                     &c->cands, cf)))
            goto done;
    }
    rc = emit_all(c, r, c->sents.data);
done:
    if (rc) {
        dyad_result_free(r);
        if (rc == DYAD_ENOMEM)
            return dy_error_set(err, rc, id, 0, 0, -1, "out of memory");
        return dy_error_set(err, rc, id, 0, 0, -1, "%s", dyad_strerror(rc));
    }
    *out = r;
    return 0;
}

int dy_locate_word(dyad_coder *c, const dyad_doc *doc, size_t vstart,
                   size_t vlen, size_t *pstart, size_t *plen, dyad_error *err)
{
    dyad_result *r = NULL;
    int rc = run(c, doc, &r, err);
    *pstart = *plen = 0;
    if (rc)
        return rc;
    dy_ctx *x = &c->ctx;
    for (size_t si = 0; si < r->nsent; si++) {
        const dy_sent *s = dy_vec_at(&c->sents, si);
        for (size_t i = s->first; i < s->end; i++) {
            const dy_token *t = &x->tok[i];
            if (t->start + t->len <= vstart || t->start >= vstart + vlen)
                continue;
            size_t last = i;
            while (last + 1 < s->end && x->tok[last + 1].start < vstart + vlen)
                last++;
            int32_t p = dy_event_place(x, s->first, s->end, last + 1);
            if (p >= 0) {
                const dy_placem *pm = dy_vec_at(&x->places, (size_t)p);
                *pstart = x->tok[pm->first].start;
                *plen = x->tok[pm->end - 1].start + x->tok[pm->end - 1].len -
                        *pstart;
            }
            dyad_result_free(r);
            return 0;
        }
    }
    dyad_result_free(r);
    return 0;
}

int dyad_code(dyad_result **out, dyad_coder *coder, const dyad_doc *doc,
              dyad_error *err)
{
    if (!out)
        return dy_error_set(err, DYAD_EINVAL, NULL, 0, 0, -1,
                            "dyad_code: NULL argument");
    return run(coder, doc, out, err);
}

size_t dyad_result_count(const dyad_result *r)
{
    return r ? r->count : 0;
}

const dyad_event *dyad_result_event(const dyad_result *r, size_t i)
{
    return r && i < r->count ? &r->events[i] : NULL;
}

size_t dyad_result_sentence_count(const dyad_result *r)
{
    return r ? r->nsent : 0;
}

const dyad_doc *dyad_result_doc(const dyad_result *r)
{
    return r ? &r->doc : NULL;
}

void dyad_result_free(dyad_result *r)
{
    if (!r)
        return;
    dy_arena_free(&r->arena);
    dy_mem m = r->mem;
    dy_free(&m, r);
}

/* ------------------------------------------------------------ explain */

static int put(dyad_sink_fn sink, void *ctx, dy_buf *b)
{
    if (b->failed)
        return DYAD_ENOMEM;
    int rc = b->len ? sink(ctx, b->data, b->len) : 0;
    b->len = 0;
    return rc ? DYAD_EIO : 0;
}

int dyad_explain(dyad_coder *c, const dyad_doc *doc, dyad_sink_fn sink,
                 void *ctx, dyad_error *err)
{
    dyad_result *r = NULL;
    if (!sink)
        return dy_error_set(err, DYAD_EINVAL, NULL, 0, 0, -1,
                            "dyad_explain: NULL sink");
    int rc = run(c, doc, &r, err);
    if (rc)
        return rc;
    dy_ctx *x = &c->ctx;
    const dyad_lexicon *lx = c->lx;
    dy_buf b;
    dy_buf_init(&b, &c->mem);
    for (size_t si = 0; si < r->nsent && !rc; si++) {
        const dy_sent *s = dy_vec_at(&c->sents, si);
        size_t a = x->tok[s->first].start;
        size_t e = x->tok[s->end - 1].start + x->tok[s->end - 1].len;
        dy_buf_printf(&b, "== sentence %zu [%zu+%zu]: %.*s\n", si, a, e - a,
                      (int)(e - a), x->text + a);
        dy_buf_puts(&b, "tokens:");
        for (size_t i = s->first; i < s->end; i++) {
            const dy_token *t = &x->tok[i];
            dy_buf_printf(&b, " %.*s/%s", (int)t->len, x->text + t->start,
                          dy_tag_name(t->tag));
            if (t->vlem != LX_NONE && t->vlem != t->wid && t->tag == TAG_VERB)
                dy_buf_printf(&b, "(%s)", lx_str(lx, lx->words[t->vlem].str));
            if (t->nlem != LX_NONE && t->nlem != t->wid && t->tag == TAG_NOUN)
                dy_buf_printf(&b, "(%s)", lx_str(lx, lx->words[t->nlem].str));
        }
        dy_buf_putc(&b, '\n');
        for (size_t m = 0; m < x->mentions.count; m++) {
            const dy_mention *mm = dy_vec_at(&x->mentions, m);
            if (mm->first < s->first || mm->first >= s->end)
                continue;
            size_t ma = x->tok[mm->first].start;
            size_t me = x->tok[mm->end - 1].start + x->tok[mm->end - 1].len;
            dy_buf_printf(&b, "actor: %s \"%.*s\"%s%s\n", mm->code,
                          (int)(me - ma), x->text + ma,
                          mm->coord >= 0 ? " (coordinated)" : "",
                          mm->negated ? " (negated)" : "");
        }
        for (size_t p = 0; p < x->places.count; p++) {
            const dy_placem *pm = dy_vec_at(&x->places, p);
            if (pm->first < s->first || pm->first >= s->end ||
                (pm->gaz == LX_NONE && pm->phrase == LX_NONE &&
                 !pm->unresolved))
                continue;
            const lx_phrase *ph =
                pm->phrase != LX_NONE ? &lx->phrases[pm->phrase] : NULL;
            size_t pa = x->tok[pm->first].start;
            size_t pe = x->tok[pm->end - 1].start + x->tok[pm->end - 1].len;
            if (pm->unresolved) {
                dy_buf_printf(&b, "place: \"%.*s\" not in the gazetteer%s\n",
                              (int)(pe - pa), x->text + pa,
                              pm->parent >= 0 ? " (placed by the region after it)"
                                              : "");
            } else if (pm->gaz != LX_NONE) {
                const lx_gplace *g = &lx->gplaces[pm->gaz];
                dy_buf_printf(&b,
                              "place: \"%.*s\" GeoNames %u %s, %s, %s "
                              "(%.4f, %.4f), population %u\n",
                              (int)(pe - pa), x->text + pa, g->geonameid,
                              lx_str(lx, g->name),
                              g->admin1 ? lx_str(lx, g->admin1) : "-", g->cc,
                              g->lat, g->lon, g->pop);
            } else {
                dy_buf_printf(&b, "place: \"%.*s\" %s (%s:%u)\n",
                              (int)(pe - pa), x->text + pa,
                              lx_str(lx, ph->text), lx_str(lx, ph->file),
                              ph->line);
            }
        }
        for (size_t q = 0; q < c->cands.count; q++) {
            const dy_cand *k = dy_vec_at(&c->cands, q);
            if (k->sentence != si)
                continue;
            const lx_phrase *ph = &lx->phrases[k->phrase];
            dy_buf_printf(&b, "pattern: %s (%s:%u) -> source %s, target %s, "
                              "status %s%s\n",
                          lx_str(lx, ph->text), lx_str(lx, ph->file), ph->line,
                          k->src >= 0 ? ((const dy_mention *)dy_vec_at(
                                             &x->mentions, (size_t)k->src))
                                            ->code
                                      : (k->src_code[0] ? k->src_code : "none"),
                          k->tgt >= 0 ? ((const dy_mention *)dy_vec_at(
                                             &x->mentions, (size_t)k->tgt))
                                            ->code
                                      : (k->tgt_code[0] ? k->tgt_code : "none"),
                          dy_status_names[k->status],
                          k->background ? " (background: not an event)"
                          : k->status == ST_NEGATED ? " (negated: dropped)"
                                                    : "");
        }
        for (size_t i = 0; i < r->count; i++) {
            const dyad_event *ev = &r->events[i];
            if (ev->sentence != si)
                continue;
            dy_buf_printf(&b, "event: %s %s %s (%s)\n", ev->source.code,
                          ev->cameo, ev->target.code ? ev->target.code : "-",
                          ev->status);
        }
        rc = put(sink, ctx, &b);
    }
    dy_buf_free(&b);
    dyad_result_free(r);
    if (rc)
        return dy_error_set(err, rc, NULL, 0, 0, -1, "%s", dyad_strerror(rc));
    return 0;
}
