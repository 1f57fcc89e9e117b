/*
 * outfile.c - output files written whole or not at all: the bytes go to
 * a temporary file beside the named one, which is renamed over it only
 * when every byte is on disk; a failure removes the temporary file,
 * leaves the named one as it was and names it with the reason ("No space
 * left on device"). `dyad export -o` and the charts (plot.c) write
 * through it.
 */
#define _POSIX_C_SOURCE 200809L /* mkstemp, fdopen, fsync */
#include "format/format.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

struct dyad_outfile {
    FILE *f;
    int error;       /* the first errno of a failed write; 0 */
    char path[1024]; /* the file asked for */
    char tmp[1040];  /* path.XXXXXX, renamed to path on commit */
};

int dyad_outfile_open(dyad_outfile **out, const char *path, dyad_error *err)
{
    if (!out || !path || !path[0])
        return dy_error_set(err, DYAD_EINVAL, NULL, 0, 0, -1,
                            "dyad_outfile_open: no path");
    *out = NULL;
    if (strlen(path) >= sizeof((dyad_outfile *)0)->path)
        return dy_error_set(err, DYAD_EINVAL, path, 0, 0, -1,
                            "the output path is too long");
    dyad_outfile *o = dy_calloc(NULL, 1, sizeof *o);
    if (!o)
        return dy_error_set(err, DYAD_ENOMEM, path, 0, 0, -1, "out of memory");
    snprintf(o->path, sizeof o->path, "%s", path);
    snprintf(o->tmp, sizeof o->tmp, "%s.XXXXXX", path);
    int fd = mkstemp(o->tmp);
    /* mkstemp makes it 0600: the mode of the file it replaces, or 0644 */
    struct stat sb;
    mode_t mode = stat(path, &sb) == 0 ? (sb.st_mode & 0777) : 0644;
    if (fd >= 0)
        fchmod(fd, mode);
    if (fd < 0 || !(o->f = fdopen(fd, "wb"))) {
        int e = errno;
        if (fd >= 0) {
            close(fd);
            unlink(o->tmp);
        }
        dy_free(NULL, o);
        return dy_error_set(err, DYAD_EIO, path, 0, 0, -1, "cannot write: %s",
                            strerror(e));
    }
    *out = o;
    return 0;
}

int dyad_outfile_sink(void *ctx, const char *bytes, size_t len)
{
    dyad_outfile *o = ctx;
    if (o->error)
        return -1;
    if (len && fwrite(bytes, 1, len, o->f) != len) {
        o->error = errno ? errno : EIO;
        return -1;
    }
    return 0;
}

void dyad_outfile_abort(dyad_outfile *o)
{
    if (!o)
        return;
    if (o->f)
        fclose(o->f);
    unlink(o->tmp);
    dy_free(NULL, o);
}

/* Flushes, syncs and closes the temporary file, then renames it over the
 * path: the named file is the whole output or what it was before. */
int dyad_outfile_commit(dyad_outfile *o, dyad_error *err)
{
    if (!o)
        return dy_error_set(err, DYAD_EINVAL, NULL, 0, 0, -1,
                            "dyad_outfile_commit: NULL argument");
    int e = o->error;
    if (!e && (fflush(o->f) != 0 || fsync(fileno(o->f)) != 0))
        e = errno;
    if (fclose(o->f) != 0 && !e)
        e = errno;
    o->f = NULL;
    if (!e && rename(o->tmp, o->path) != 0)
        e = errno;
    int rc = 0;
    if (e)
        rc = dy_error_set(err, DYAD_EIO, o->path, 0, 0, -1,
                          "cannot write: %s (nothing written)", strerror(e));
    dyad_outfile_abort(o); /* the temporary file, if it is still there */
    return rc;
}
