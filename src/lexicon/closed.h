/* closed.h - the built-in table of English closed-class words. */
#ifndef DYAD_CLOSED_H
#define DYAD_CLOSED_H

#include <stdint.h>

typedef struct dy_closed_word {
    const char *word;
    uint32_t pos; /* POS_* bits */
    uint32_t num; /* value of number words, weekday 1-7 */
} dy_closed_word;

extern const dy_closed_word dy_closed_words[];

#endif
