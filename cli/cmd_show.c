/*
 * cmd_show.c - `dyad show`: the reports a store holds, oldest first, in
 * any format of events (table by default, with show's own columns); the
 * store opened read-only.
 */
#define _GNU_SOURCE
#include "cli.h"
#include "cmd.h"

#include <getopt.h>
#include <stdint.h>
#include <string.h>
#include <unistd.h>

int cmd_show(int argc, char **argv)
{
    static const struct option lo[] = {{"db", required_argument, NULL, 'D'},
                                       {"format", required_argument, NULL, 'f'},
                                       {"limit", required_argument, NULL, 'n'},
                                       {"help", no_argument, NULL, 'h'},
                                       {NULL, 0, NULL, 0}};
    const char *db = "dyad.db";
    int fmt = DYAD_FORMAT_TABLE, opt;
    size_t limit = 0;
    optind = 1;
    while ((opt = getopt_long(argc, argv, "f:n:h", lo, NULL)) != -1) {
        if (opt == 'D')
            db = optarg;
        else if (opt == 'f') {
            dyad_format f;
            if (cli_parse_format(optarg, &f) || f == DYAD_FORMAT_JSON) {
                fprintf(stderr, "dyad show: unknown format '%s'\n", optarg);
                return EX_USAGE;
            }
            fmt = (int)f;
        } else if (opt == 'n') {
            if (cli_parse_count(optarg, &limit, SIZE_MAX, 1)) {
                fprintf(stderr, "dyad show: bad --limit\n");
                return EX_USAGE;
            }
        } else {
            fprintf(opt == 'h' ? stdout : stderr,
                    "usage: dyad show [--db FILE] [--format table|tsv|jsonl|"
                    "csv|events|gdelt|gdelt-mentions|geojson|acled] "
                    "[--limit N]\n");
            return opt == 'h' ? EX_OK : EX_USAGE;
        }
    }
    if (!cli_store_is_url(db) && access(db, R_OK) != 0) {
        fprintf(stderr, "dyad: %s: no such database\n", db);
        return EX_IO;
    }
    dyad_store *st = NULL;
    dyad_error err;
    memset(&err, 0, sizeof err);
    cli_out out = {stdout, 0};
    int rc = dyad_store_open_readonly(&st, db, &err);
    if (!rc)
        rc = dyad_store_write(st, (dyad_format)fmt, limit, cli_sink_out, &out,
                              &err);
    dyad_store_close(st);
    if (cli_out_done(&out, "show"))
        return EX_IO;
    if (rc) {
        cli_error(&err);
        return EX_IO;
    }
    return EX_OK;
}
