/*
 * analyse.h - shared by the stage tests (test_words.c, test_match.c): a
 * text taken through the stages the way api.c runs them, up to the one a
 * test looks at, with a dy_ctx the test can read.
 */
#ifndef DYAD_TEST_ANALYSE_H
#define DYAD_TEST_ANALYSE_H

#include "helpers.h"

#include "actors/actors.h"
#include "lexicon/lexicon.h"
#include "match/match.h"
#include "text/text.h"
#include "words/words.h"

typedef struct ta_doc {
    dy_ctx x;
    dyad_options opts;
    dy_vec raw;
    dy_vec sents;
} ta_doc;

enum { TA_WORDS, TA_ACTORS }; /* the last stage to run */

/* Analyses and tags s with lexicon lx (document date `date` or NULL); with
 * TA_ACTORS also finds actor mentions and prepares pattern matching. */
static inline void ta_analyse(ta_doc *d, const dyad_lexicon *lx,
                              const char *s, const char *date, int upto)
{
    memset(d, 0, sizeof *d);
    dy_ctx *x = &d->x;
    x->lx = lx;
    x->opts = &d->opts;
    x->text = s;
    x->text_len = strlen(s);
    if (date)
        assert_int_equal(dy_date_parse(date, strlen(date), &x->date), 0);
    dy_buf_init(&x->lower, NULL);
    dy_vec_init(&x->mentions, sizeof(dy_mention), NULL);
    dy_vec_init(&x->places, sizeof(dy_placem), NULL);
    dy_vec_init(&x->persons, sizeof(dy_person), NULL);
    dy_vec_init(&x->dyads, sizeof(dy_dyad), NULL);
    dy_words_init_ids(x);
    dy_vec_init(&d->raw, sizeof(dy_tok), NULL);
    dy_vec_init(&d->sents, sizeof(dy_sent), NULL);
    assert_int_equal(dy_text_tokenize(s, x->text_len, 0, &d->raw), 0);
    x->ntok = d->raw.count;
    x->tok = calloc(x->ntok + 1, sizeof *x->tok);
    x->mark = calloc(x->ntok + 1, sizeof *x->mark);
    x->ahead = calloc(x->ntok + 1, sizeof *x->ahead);
    x->one_memo = calloc(DY_ONE_MEMO, sizeof *x->one_memo);
    assert_non_null(x->tok);
    assert_non_null(x->one_memo);
    assert_int_equal(dy_words_analyse(x, d->raw.data, x->ntok), 0);
    assert_int_equal(
        dy_text_sentences(s, d->raw.data, x->ntok, 400, &d->sents), 0);
    for (size_t i = 0; i < d->sents.count; i++) {
        const dy_sent *st = dy_vec_at(&d->sents, i);
        dy_words_tag(x, st->first, st->end);
        if (upto >= TA_ACTORS) {
            assert_int_equal(dy_actors_find(x, st->first, st->end), 0);
            dy_match_prepare(x, st->first, st->end);
        }
    }
}

static inline void ta_release(ta_doc *d)
{
    dy_buf_free(&d->x.lower);
    dy_vec_free(&d->x.mentions);
    dy_vec_free(&d->x.places);
    dy_vec_free(&d->x.persons);
    dy_vec_free(&d->x.dyads);
    dy_vec_free(&d->raw);
    dy_vec_free(&d->sents);
    free(d->x.tok);
    free(d->x.mark);
    free(d->x.ahead);
    free(d->x.one_memo);
}

#endif
