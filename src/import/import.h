/*
 * import.h - the room that reads other coders' dictionaries (TABARI,
 * PETRARCH2/Phoenix) and writes dyad lexicon source (docs/compat.md).
 * It sits beside the coder, in libdyad_tools: it only makes text for the
 * lexicon compiler, and no stage of the coder includes it.
 */
#ifndef DYAD_IMPORT_H
#define DYAD_IMPORT_H

#include "dyad_tools.h"
#include "util/util.h"

#include <stdint.h>

#define IM_MAX_WORDS 12     /* words of a translated phrase (dyad: 16) */
#define IM_PHRASE_BYTES 512 /* bytes of a translated phrase */
#define IM_MAX_HEADS 64     /* verbs of one block */
#define IM_CODE_BYTES 24    /* a verb line's code: "032 paired 033" */

/* one synonym set (&NAME) or substitution (!NAME!): its members as dyad
 * phrases, strings in the context's arena */
typedef struct im_set {
    const char *name; /* with its sigil: "&tietypes", "!person!" */
    dy_vec members;   /* const char * */
} im_set;

/* one import: the input's name, the output text, the reports */
typedef struct im_ctx {
    const dy_mem *mem;
    const char *name; /* the input's name, for messages */
    int format;       /* dyad_import_format */
    dyad_import_limits lim;
    const char *cameo; /* the CAMEO table, to keep only its codes */
    size_t cameo_len;
    dy_buf out;
    dyad_diag_fn diag;
    void *dctx;
    size_t reports, entries;
    int failed; /* sticky DYAD_E* */
    dy_arena arena;
    dy_vec sets;   /* im_set */
    dy_buf codes;  /* foreign codes declared so far, "CODE\n" each */
    long line;     /* the line being read, 1-based */
    unsigned once; /* IM_ONCE_* notes given */
    int name_gaps; /* im_phrase writes a blank between two words as a gap
                      "..." (TABARI's actor names: other words may stand
                      there; '_' joins) */
} im_ctx;

#define IM_ONCE_STEM 1u

/* the next line of text[*pos..len) without its end of line; 0 at the end.
 * Lines over the limit are reported and returned empty. */
int im_next_line(im_ctx *c, const char *t, size_t len, size_t *pos,
                 const char **line, size_t *n);
void im_report(im_ctx *c, long col, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
/* the column of p in a line starting at base */
long im_col(const char *base, const char *p);
/* trims blanks (and a '\r') from both ends of s[0..*n) */
const char *im_trim(const char *s, size_t *n);
/* a foreign name or phrase (underscores, any case) as a dyad phrase in
 * out; 0 after a report when dyad cannot hold it */
int im_phrase(im_ctx *c, const char *s, size_t n, long col, char *out,
              size_t cap);
/* the code inside a verb's [...] as the arguments of a dyad verb line:
 * 1 and out when it is a code of the CAMEO table or a foreign one
 * (declared), "032 paired 033" for a paired code, "null" for [---] and
 * "discard" for [###] and TABARI's [+++]; 0 after a report */
int im_verb_code(im_ctx *c, const char *s, size_t n, long col,
                 char out[IM_CODE_BYTES]);
/* "[CODE]" at the end of s[0..*n): its inside, *n cut before it; NULL
 * when there is none */
const char *im_take_code(const char *s, size_t *n, size_t *code_len);
/* a synonym set's start and members */
im_set *im_set_new(im_ctx *c, const char *name, size_t n);
im_set *im_set_find(im_ctx *c, const char *name, size_t n);
int im_set_add(im_ctx *c, im_set *set, const char *s, size_t n, long col);
/* a verb pattern ("* (TO +) &SET", after the '-') of the verbs `heads`
 * with code `code`: the dyad lines, or reports */
void im_pattern(im_ctx *c, const char *const *heads, size_t nheads,
                const char *p, size_t n, long col, const char *code);
/* one `verb CODE : head | head` line (the verbs alone) */
void im_verb_heads(im_ctx *c, const char *code, const char *const *heads,
                   size_t nheads);
/* appends a comment (foreign comment text) and the provenance */
void im_provenance(im_ctx *c, const char *comment, size_t n);
/* counts an entry; 0 (and DYAD_ELIMIT) past the limit */
int im_count(im_ctx *c, size_t n);

/* a verb reader's state: the verbs the patterns below belong to, the
 * set being read */
typedef struct im_verbs {
    char heads[IM_MAX_HEADS][IM_PHRASE_BYTES];
    char *ptr[IM_MAX_HEADS];
    size_t nheads;
    im_set *set; /* the "&NAME" whose "+" members follow */
    const char *own; /* a code for the next verb line instead of its
                        own (TABARI's pattern of the verb alone) */
    size_t own_len;
    int skip;    /* inside a section that is not imported */
    int html;    /* inside a "<!-- -->" comment */
} im_verbs;

void im_verbs_init(im_verbs *v);
int im_verb_line(im_ctx *c, im_verbs *v, const char *base, const char *s,
                 size_t n, const char *dflt,
                 char code[IM_CODE_BYTES]);
void im_forms_line(im_ctx *c, im_verbs *v, const char *base, const char *s,
                   size_t n, const char *code);
void im_pattern_line(im_ctx *c, im_verbs *v, const char *base, const char *s,
                     size_t n);
int im_set_line(im_ctx *c, im_verbs *v, const char *base, const char *s,
                size_t n);
int im_section_line(im_ctx *c, im_verbs *v, const char *s, size_t n);

/* the drivers: one per kind of file */
void im_actors(im_ctx *c, const char *t, size_t len);
void im_agents(im_ctx *c, const char *t, size_t len);
void im_tabari_verbs(im_ctx *c, const char *t, size_t len);
void im_petrarch_verbs(im_ctx *c, const char *t, size_t len);
/* a TABARI .options file: its DEFAULT command (options.c) */
void im_tabari_options(im_ctx *c, const char *t, size_t len);
/* strips the format's comment from a line; the comment in *cm */
size_t im_strip_comment(const im_ctx *c, const char *s, size_t n,
                        const char **cm, size_t *cmn);

#endif
