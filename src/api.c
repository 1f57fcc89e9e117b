/*
 * api.c - public entry points: checks arguments, runs the stages over one
 * document (text -> words -> actors -> events -> claims) and turns the
 * qualified candidates into owned event records.
 */
#include "api.h"

#include "actors/actors.h"
#include "claims/claims.h"
#include "clauses/clauses.h"
#include "counts/counts.h"
#include "dates/dates.h"
#include "emit/emit.h"
#include "events/events.h"
#include "lexicon/lexicon.h"
#include "place/place.h"
#include "words/words.h"

#include <stdio.h>
#include <string.h>

#define DEF_MAX_SENT_TOKENS 400
#define DEF_MAX_EVENTS 1000
#define DEF_MAX_SENTENCES 20000


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
    case DYAD_ESKIP:
        return "input entry skipped";
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
    dy_vec_init(&c->evs, sizeof(dyad_event), &c->mem);
    dy_ctx *x = &c->ctx;
    x->lx = lx;
    x->opts = &c->opts;
    dy_buf_init(&x->lower, &c->mem);
    dy_vec_init(&x->mentions, sizeof(dy_mention), &c->mem);
    dy_vec_init(&x->places, sizeof(dy_placem), &c->mem);
    dy_vec_init(&x->persons, sizeof(dy_person), &c->mem);
    dy_vec_init(&x->dyads, sizeof(dy_dyad), &c->mem);
    dy_words_init_ids(x);
    /* the word cache and the one-word memo in one block: the C library's
     * calloc takes a block this large from the kernel, zero already,
     * where the memo's 96 KB alone would be cleared by a memset at every
     * start (110,000 instructions, two thirds of a one-sentence run) */
    _Static_assert(_Alignof(struct dy_one_memo) <= _Alignof(dy_wcache) &&
                       sizeof(dy_wcache) % _Alignof(struct dy_one_memo) == 0,
                   "the memo's slots follow the cache's entries aligned");
    x->wcache = dy_calloc(&c->mem, 1,
                          DY_WCACHE_SIZE * sizeof *x->wcache +
                              DY_ONE_MEMO * sizeof *x->one_memo);
    if (!x->wcache) {
        dyad_coder_free(c);
        return dy_error_set(err, DYAD_ENOMEM, NULL, 0, 0, -1,
                            "out of memory");
    }
    x->one_memo = (struct dy_one_memo *)(x->wcache + DY_WCACHE_SIZE);
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
    dy_vec_free(&c->evs);
    dy_buf_free(&c->ctx.lower);
    dy_vec_free(&c->ctx.mentions);
    dy_vec_free(&c->ctx.places);
    dy_vec_free(&c->ctx.persons);
    dy_vec_free(&c->ctx.dyads);
    dy_free(&c->mem, c->ctx.tok);
    dy_free(&c->mem, c->ctx.mark);
    dy_free(&c->mem, c->ctx.ahead);
    dy_free(&c->mem, c->ctx.wcache); /* and the one-word memo */
    dy_mem m = c->mem;
    dy_free(&m, c);
}

/* ------------------------------------------------------------ results */

static const char *adup(dyad_result *r, const char *s)
{
    return s ? dy_arena_strndup(&r->arena, s, strlen(s)) : NULL;
}

/* A result and its arena's first block are one allocation (a document's
 * malloc and free fewer: some 200 instructions). The block holds what
 * the arena's own first block would: DY_ARENA_BLOCK bytes, or the copy
 * of a longer text. */
static dyad_result *new_result(dyad_coder *c, size_t text_len)
{
    size_t head = (sizeof(dyad_result) + 15) & ~(size_t)15;
    size_t cap = text_len < DY_ARENA_BLOCK ? DY_ARENA_BLOCK
                                           : (text_len + 8) & ~(size_t)7;
    size_t block = dy_arena_block_size(cap);
    if (!block || block > SIZE_MAX - head)
        return NULL;
    dyad_result *r = dy_malloc(&c->mem, head + block);
    if (!r)
        return NULL;
    memset(r, 0, sizeof *r);
    r->mem = c->mem;
    dy_arena_init_in(&r->arena, &r->mem, (char *)r + head, block);
    return r;
}

/* ------------------------------------------------------------ coding */

static void reset(dyad_coder *c)
{
    c->raw.count = c->sents.count = c->cands.count = 0;
    dy_ctx *x = &c->ctx;
    x->lower.len = 0;
    x->lower.failed = 0; /* a failed document leaves no trace */
    x->mentions.count = x->places.count = x->persons.count = 0;
    x->norgs = 0;
    x->dyads.count = 0;
    x->ntok = 0;
    x->nplace_cc = x->nactor_cc = 0;
}

int dy_code_run(dyad_coder *c, const dyad_doc *doc, dyad_result **out,
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
    /* a text the reader has checked (a JSONL record) is not read again */
    int is_nul = 0;
    size_t bad = doc->flags & DYAD_DOC_UTF8
                     ? (size_t)-1
                     : dy_utf8_check(doc->text, doc->text_len, &is_nul);
    if (bad != (size_t)-1)
        return dy_error_set(err, DYAD_EINPUT, id, 0, 0, (long long)bad,
                            is_nul ? "NUL byte at byte %zu"
                                   : "invalid UTF-8 at byte %zu",
                            bad);
    int32_t date = 0;
    char day[11], when[DYAD_DATETIME_MAX];
    if (doc->date && doc->date[0]) {
        dy_datetime dt;
        if (dy_date_read(doc->date, strlen(doc->date), &dt))
            return dy_error_set(err, DYAD_EDATE, id, 0, 0, -1,
                                "bad date '%.40s' (docs/input.md, \"Dates\")",
                                doc->date);
        dy_date_format(&dt, day, when, sizeof when);
        date = dt.year * 10000 + dt.month * 100 + dt.day;
    }
    r = new_result(c, doc->text_len);
    if (!r)
        return dy_error_set(err, DYAD_ENOMEM, id, 0, 0, -1, "out of memory");
    char *text = dy_arena_strndup(&r->arena, doc->text ? doc->text : "",
                                  doc->text_len);
    r->doc.id = adup(r, doc->id);
    r->doc.date = date ? adup(r, day) : NULL;
    r->doc.datetime = date && when[0] ? adup(r, when) : NULL;
    r->doc.source = adup(r, doc->source);
    r->doc.url = adup(r, doc->url);
    r->doc.title = adup(r, doc->title);
    r->doc.origin = adup(r, doc->origin);
    r->doc.text = text;
    r->doc.text_len = doc->text_len;
    if (!text || (doc->id && !r->doc.id) || (date && !r->doc.date) ||
        (doc->source && !r->doc.source) || (doc->url && !r->doc.url) ||
        (doc->title && !r->doc.title) || (doc->origin && !r->doc.origin) ||
        (date && when[0] && !r->doc.datetime)) {
        rc = DYAD_ENOMEM;
        goto done;
    }
    reset(c);
    dy_ctx *x = &c->ctx;
    x->text = text;
    x->text_len = doc->text_len;
    x->date = date;
    if ((c->lx->tables->options & LX_OPT_ALL_CAPS) &&
        dy_text_all_capitals(text, doc->text_len)) {
        /* read in lower case; the result's text stays as given */
        char *low = dy_arena_strndup(&r->arena, text, doc->text_len);
        if (!low) {
            rc = DYAD_ENOMEM;
            goto done;
        }
        dy_text_lower_ascii(low, doc->text_len);
        x->text = low;
    }
    rc = dy_text_tokenize(x->text, doc->text_len, 0, &c->raw);
    if (rc)
        goto done;
    if (c->lx->tables->options & LX_OPT_UNDERSCORE_JOINS)
        c->raw.count = dy_text_underscore_joins(x->text, c->raw.data,
                                                c->raw.count);
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
        lx_ahead *ah = dy_realloc(&c->mem, x->ahead,
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
    rc = dy_text_sentences(x->text, c->raw.data, n,
                           c->opts.max_sentence_tokens, &c->sents);
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
        /* (a token may be both an actor and a place: Kyiv) */
        if ((rc = dy_place_find(x, s->first, s->end)))
            goto done;
        dy_clauses_sentence(x, s->first, s->end);
        if ((rc = dy_events_sentence(x, (uint32_t)si, s->first, s->end,
                                     &c->cands)))
            goto done;
        dy_counts_sentence(x, s->first, s->end, &c->cands, cf);
        dy_dates_sentence(x, s->first, s->end, &c->cands, cf);
        if ((rc = dy_claims_sentence(x, (uint32_t)si, s->first, s->end,
                                     &c->cands, cf)))
            goto done;
    }
    rc = dy_emit(&r->events, &r->count, &r->dropped, &r->arena, x, &c->cands,
                 c->sents.data, &c->evs);
    /* the unknown actors' report reads every mention and event again, and
     * only a lexicon review reads it */
    if (!rc && (c->opts.flags & DYAD_F_UNKNOWN_ACTORS))
        rc = dy_emit_unknown(&r->unknown, &r->nunknown, &r->arena, x,
                             &c->cands, c->sents.data, ns);
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
    int rc = dy_code_run(c, doc, &r, err);
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
            int32_t p = dy_place_of_event(x, s->first, s->end, last + 1);
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
    return dy_code_run(coder, doc, out, err);
}

int dyad_date_read(const char *s, char day[11], char *datetime,
                   size_t size)
{
    dy_datetime t;
    if (!s || !day || dy_date_read(s, strlen(s), &t))
        return DYAD_EDATE;
    dy_date_format(&t, day, datetime, size);
    return 0;
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

size_t dyad_result_unknown_count(const dyad_result *r)
{
    return r ? r->nunknown : 0;
}

const dyad_unknown_actor *dyad_result_unknown_actor(const dyad_result *r,
                                                    size_t i)
{
    return r && i < r->nunknown ? &r->unknown[i] : NULL;
}

size_t dyad_result_dropped(const dyad_result *r)
{
    return r ? r->dropped : 0;
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
