/* consumer_tools.c - a program built against the installed libdyad_tools
 * through pkg-config (CI): opens a new store and asks for a chart of it,
 * which has no event to draw (DYAD_EINPUT). */
#include <dyad_tools.h>
#include <stdio.h>

int main(int argc, char **argv)
{
    dyad_store *st = NULL;
    dyad_error err;
    dyad_plot_options po = {DYAD_PLOT_TIMELINE, DYAD_QUERY_INIT,
                            DYAD_PERIOD_MONTH, 0, NULL, 0, 0};
    if (argc < 3 || dyad_store_open(&st, argv[1], &err)) {
        fprintf(stderr, "consumer_tools: %s\n",
                argc < 3 ? "usage: consumer_tools DB PNG" : err.message);
        return 1;
    }
    int rc = dyad_store_plot(st, &po, argv[2], &err);
    dyad_store_close(st);
    printf("plot of an empty store: %s\n", dyad_strerror(rc));
    return rc == DYAD_EINPUT ? 0 : 1;
}
