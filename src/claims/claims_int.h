/*
 * claims_int.h - what the files of the claims stage share: the claim
 * frames of a sentence (frames.c finds them, claims.c applies them to the
 * sentence's events, judgements.c reads the speaker's verdicts in them).
 */
#ifndef DYAD_CLAIMS_INT_H
#define DYAD_CLAIMS_INT_H

#include "doc.h"

#define DY_MAX_FRAMES 16 /* claim frames kept per sentence */

/* A claim frame: a `say` phrase, on whose word it stands and which events
 * of its sentence it frames. */
typedef struct dy_frame {
    size_t pos, end;     /* the say phrase (with its gap: "rejected
                            Ukraine's accusations") */
    uint32_t phrase;     /* the say phrase of the lexicon */
    int status;          /* ST_REPORTED, ST_CONFIRMED, ST_DENIED */
    int32_t who;         /* speaker mention or -1 */
    size_t who_first, who_end; /* speaker words when no mention */
    int32_t accuser;     /* a denial's accuser ("Ukraine's claims"), or -1 */
    size_t open;         /* the punctuation before a speaker that opens
                            its own clause (", the ministry said"), or
                            SIZE_MAX */
    size_t limit;        /* the events after it end before this token */
    uint8_t negated;     /* "did not confirm" */
    uint8_t before;      /* frames the events before it */
    uint8_t after;       /* frames the events after it */
    uint8_t has_object;  /* a denial of reports or accusations */
    uint8_t accusation;  /* ... of accusations ("rejected the claims") */
    uint8_t proposition; /* a denial of a proposition: "denied that ...",
                            "denied targeting ..." */
} dy_frame;

/* The claim frames of sentence [first, end) in document order, at most
 * max; the count. The sentence's candidates [cand_first, count) tell a
 * participle frame (", saying ...") whose speaker it is. */
int dy_claims_frames(const dy_ctx *c, size_t first, size_t end,
                     const dy_vec *cands, size_t cand_first, dy_frame *fr,
                     int max);

/* Does a candidate of cands [from, to) have a trigger overlapping frame
 * x's say phrase (a pattern of its own: "accused", "denied the
 * accusations")? */
int dy_claims_frame_coded(const dy_frame *x, const dy_vec *cands,
                          size_t from, size_t to);

/* A candidate made for frame x of sentence si [first, end): the act of
 * its speaker with CAMEO code `code` (a static string) and target tgt (a
 * mention or -1), whose trigger is the say phrase; its status from its
 * own modality and the frame around it ("X said Y denied"). NULL when out
 * of memory. */
dy_cand *dy_claims_frame_act(dy_ctx *c, uint32_t si, size_t first,
                             size_t end, const dy_frame *fr, int nfr,
                             const dy_frame *x, dy_vec *cands,
                             const char *code, int32_t tgt);

/* "China said the sanctions were illegal", "Kyiv said Russia's shelling
 * of the plant was a war crime": a speaker's judgement of what its
 * complement's subject names, by a word of class censure after a copula,
 * is its criticism 111 of the actor that subject names (judgements.c).
 * DYAD_ENOMEM. */
int dy_claims_judgements(dy_ctx *c, uint32_t si, size_t first, size_t end,
                         const dy_frame *fr, int nfr, dy_vec *cands,
                         size_t cand_first);

#endif
