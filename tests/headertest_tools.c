/* headertest_tools.c - include/dyad_tools.h compiles alone as strict C99
 * (it brings dyad.h itself). */
#include "dyad_tools.h"

int dyad_headertest_tools_marker(void);
int dyad_headertest_tools_marker(void)
{
    dyad_plot_options po;
    po.kind = DYAD_PLOT_TOP_DYADS;
    return (int)po.kind + DYAD_OUTPUT_SCHEMA;
}
