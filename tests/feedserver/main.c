/*
 * main.c - `dyad_feedserver ROOT LOG PORTFILE`: the feed tests' HTTP
 * server (server.h) as a process for the CLI tests. Serves ROOT on
 * 127.0.0.1, writes its port to PORTFILE once listening, logs requests
 * to LOG, and stops on SIGTERM or SIGINT.
 */
#define _POSIX_C_SOURCE 200809L
#include "server.h"

#include <signal.h>
#include <stdio.h>

static volatile sig_atomic_t stop;

static void on_signal(int sig)
{
    (void)sig;
    stop = 1;
}

int main(int argc, char **argv)
{
    if (argc != 4) {
        fprintf(stderr, "usage: dyad_feedserver ROOT LOG PORTFILE\n");
        return 2;
    }
    /* the signals stay blocked except inside sigsuspend, so one that
     * comes between the test of stop and the wait is not lost */
    sigset_t block, old;
    sigemptyset(&block);
    sigaddset(&block, SIGTERM);
    sigaddset(&block, SIGINT);
    sigprocmask(SIG_BLOCK, &block, &old);
    struct sigaction sa;
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGINT, &sa, NULL);
    fs_server *s = fs_start(argv[1], argv[2]);
    if (!s)
        return 1;
    char tmp[4096];
    snprintf(tmp, sizeof tmp, "%s.tmp", argv[3]);
    FILE *f = fopen(tmp, "w");
    if (!f || fprintf(f, "%d\n", fs_port(s)) < 0 || fclose(f) != 0 ||
        rename(tmp, argv[3]) != 0) {
        perror(argv[3]);
        fs_stop(s);
        return 1;
    }
    while (!stop)
        sigsuspend(&old);
    fs_stop(s);
    return 0;
}
