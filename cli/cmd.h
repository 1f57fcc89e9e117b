/*
 * cmd.h - the subcommands main.c dispatches to, one family per file:
 * cmd_code.c (code, explain), cmd_show.c, cmd_ingest.c, cmd_watch.c,
 * cmd_query.c (query, stats, export, plot), cmd_eval.c, cmd_lexicon.c,
 * cmd_serve.c (the HTTP server of server/), cmd_actors.c (actors
 * --unknown). Each takes the arguments after `dyad` (argv[0] is the
 * command) and returns an exit code.
 */
#ifndef DYAD_CLI_CMD_H
#define DYAD_CLI_CMD_H

int cmd_code(int argc, char **argv);
int cmd_explain(int argc, char **argv);
int cmd_show(int argc, char **argv);
int cmd_ingest(int argc, char **argv);
int cmd_watch(int argc, char **argv);
int cmd_query(int argc, char **argv);
int cmd_stats(int argc, char **argv);
int cmd_export(int argc, char **argv);
int cmd_plot(int argc, char **argv);
int cmd_eval(int argc, char **argv);
int cmd_lexicon(int argc, char **argv);
int cmd_lexicon_import(int argc, char **argv); /* cmd_import.c */
int cmd_actors(int argc, char **argv);
int cmd_serve(int argc, char **argv);

#endif
