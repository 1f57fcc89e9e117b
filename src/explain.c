/*
 * explain.c - dyad_explain: codes a text and writes, for lexicon authors,
 * what each stage saw: tokens with tags and lemmas, actor mentions,
 * places, the patterns that fired with their source, target and status,
 * and the events emitted.
 */
#include "api.h"

#include "clauses/clauses.h"
#include "emit/emit.h"
#include "words/words.h"

/* where an embedded act was told, for its pattern line */
static const char *embedded_in(int scope)
{
    switch (scope) {
    case SC_COND: return " (in a conditional clause)";
    case SC_TIME: return " (in a temporal clause)";
    case SC_REASON: return " (in a reason clause)";
    case SC_RELATIVE: return " (in a relative clause)";
    case SC_MODIFIER: return " (in a participle modifying a noun)";
    case SC_CHARGE: return " (the act of a charge)";
    default: return " (in the complement of an appeal, demand, accusation "
                    "or another act, or a toll)";
    }
}

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
    int rc = dy_code_run(c, doc, &r, err);
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
            size_t ta = x->tok[k->trig_first].start;
            size_t te = x->tok[k->trig_end - 1].start + x->tok[k->trig_end - 1].len;
            dy_buf_printf(&b, "pattern: %s (%s:%u) at token %u \"%.*s\" -> "
                              "source %s, target %s, status %s%s\n",
                          lx_str(lx, ph->text), lx_str(lx, ph->file), ph->line,
                          k->head - s->first, (int)(te - ta), x->text + ta,
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
                          : k->status == ST_EMBEDDED ? embedded_in(k->scope)
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
