/*
 * helper.c - how the coding command `dyad` (DYAD_CLI_CORE) hands a command
 * it does not hold to dyad-full, the whole command in libexec: which runs
 * need it, where it is, and the exec that replaces this process with it
 * (same pid, arguments, environment and standard streams, so the exit
 * code, signals and output are dyad-full's own). ARCHITECTURE.md,
 * "Two executables", says why.
 */
#define _POSIX_C_SOURCE 200809L
#include "cli.h"
#include "pipeline.h"

#include <errno.h>
#include <limits.h>
#include <string.h>
#include <unistd.h>

/* dyad-full's directory relative to dyad's once installed (CMake:
 * bindir -> libexecdir/dyad), and its absolute installed path */
#ifndef DYAD_LIBEXEC_REL
#define DYAD_LIBEXEC_REL "../libexec/dyad"
#endif
#ifndef DYAD_INSTALL_FULL
#define DYAD_INSTALL_FULL "/usr/local/libexec/dyad/dyad-full"
#endif
#define FULL_NAME "dyad-full"

/* this dyad links no store and no feeds (pipeline.h) */
const cli_store_side *const cli_store = NULL;

int cli_needs_full(int argc, char **argv)
{
    for (int i = 2; i < argc; i++) {
        if (!strcmp(argv[i], "--"))
            return 0;
        if (!strcmp(argv[i], "--db") || !strncmp(argv[i], "--db=", 5))
            return 1;
    }
    return 0;
}

/* dir + "/" + name into out; 0, or -1 when it does not fit */
static int join(char *out, size_t cap, const char *dir, size_t dir_len,
                const char *name)
{
    size_t n = strlen(name);
    if (dir_len + 1 + n + 1 > cap)
        return -1;
    memcpy(out, dir, dir_len);
    out[dir_len] = '/';
    memcpy(out + dir_len + 1, name, n + 1);
    return 0;
}

/* The dyad-full that belongs to this dyad (its real path, symbolic links
 * resolved): in libexec/dyad of the prefix it is installed in (so an
 * installed dyad never runs a build tree's, and a moved prefix still
 * works), or beside it in the build tree; the configured install path
 * when neither is there or /proc is missing. */
static const char *find_full(char *buf, size_t cap)
{
    char self[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
    if (n > 0 && self[0] == '/') {
        self[n] = '\0';
        size_t dir_len = (size_t)(strrchr(self, '/') - self);
        if (!join(buf, cap, self, dir_len, DYAD_LIBEXEC_REL "/" FULL_NAME) &&
            access(buf, X_OK) == 0)
            return buf;
        if (!join(buf, cap, self, dir_len, FULL_NAME) &&
            access(buf, X_OK) == 0)
            return buf;
    }
    return DYAD_INSTALL_FULL;
}

int cli_exec_full(int argc, char **argv)
{
    char buf[PATH_MAX + 64];
    const char *full = find_full(buf, sizeof buf);
    fflush(NULL);
    execv(full, argv);
    fprintf(stderr, "dyad: cannot run %s for '%s': %s\n", full,
            argc > 1 ? argv[1] : "", strerror(errno));
    return EX_IO;
}
