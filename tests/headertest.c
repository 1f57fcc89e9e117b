/* headertest.c - include/dyad.h compiles alone as strict C99. */
#include "dyad.h"

int dyad_headertest_marker(void);
int dyad_headertest_marker(void)
{
    dyad_options o = DYAD_OPTIONS_INIT;
    return (int)o.flags + DYAD_OUTPUT_SCHEMA;
}
