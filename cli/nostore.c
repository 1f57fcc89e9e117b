/*
 * nostore.c - the store and feed side of the pipeline in the coding
 * command `dyad` (built with DYAD_CLI_CORE), which links neither: main.c
 * hands every command that stores, fetches, serves or plots, and `code
 * --db`, to dyad-full (helper.c), so no engine or feed session is ever
 * open here. Each entry does what an absent store means, and opening one
 * fails with a message that names dyad-full rather than losing documents.
 */
#include "pipeline.h"

#include <string.h>

int cli_engine_open(cli_engine **out, const cli_engine_options *o,
                    dyad_error *err)
{
    *out = NULL;
    memset(err, 0, sizeof *err);
    snprintf(err->message, sizeof err->message,
             "%s: this dyad has no store; dyad-full stores (run dyad "
             "from its build tree or install prefix)",
             o->db ? o->db : "--db");
    err->code = DYAD_EIO;
    return DYAD_EIO;
}

int cli_engine_is_stored(cli_engine *e, const dyad_doc *doc, int *stored,
                         dyad_error *err)
{
    (void)e;
    (void)doc;
    (void)err;
    *stored = 0;
    return 0;
}

int cli_engine_hand_over(cli_engine *e, const dyad_doc *doc,
                         unsigned long long seq)
{
    (void)e;
    (void)doc;
    (void)seq;
    return 0;
}

int cli_engine_store(cli_engine *e, dyad_result *res, unsigned long long seq)
{
    (void)e;
    (void)seq;
    dyad_result_free(res);
    return -1;
}

void cli_engine_finish(cli_engine *e, cli_tally *t, int *status,
                       cli_engine_report *rep)
{
    (void)e;
    (void)t;
    (void)status;
    memset(rep, 0, sizeof *rep);
}

void cli_engine_close(cli_engine *e)
{
    (void)e;
}

int cli_feeds_next(cli_feeds *c, dyad_doc *doc, cli_tally *t, int *status)
{
    (void)c;
    (void)doc;
    (void)t;
    (void)status;
    return 0;
}
