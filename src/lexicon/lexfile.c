/*
 * lexfile.c - the lexicon at the file-system edge: reads source files and
 * WordNet's tables for the compiler, writes images atomically, and maps
 * images for loading. The only lexicon code that touches files.
 */
#define _POSIX_C_SOURCE 200809L
#include "lexicon/lexicon.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#define MAX_SOURCE_BYTES (256u << 20)

static int read_file(const dy_mem *mem, const char *path, char **out,
                     size_t *len, dyad_error *err)
{
    int rc = 0;
    char *buf = NULL;
    FILE *f = fopen(path, "rb");
    *out = NULL;
    *len = 0;
    if (!f)
        return dy_error_set(err, DYAD_EIO, path, 0, 0, -1, "cannot open: %s",
                            strerror(errno));
    struct stat st;
    if (fstat(fileno(f), &st) != 0 || !S_ISREG(st.st_mode)) {
        rc = dy_error_set(err, DYAD_EIO, path, 0, 0, -1,
                          "not a regular file");
        goto done;
    }
    if ((unsigned long long)st.st_size > MAX_SOURCE_BYTES) {
        rc = dy_error_set(err, DYAD_ELIMIT, path, 0, 0, -1,
                          "file larger than %u bytes", MAX_SOURCE_BYTES);
        goto done;
    }
    size_t n = (size_t)st.st_size;
    buf = dy_malloc(mem, n + 1);
    if (!buf) {
        rc = dy_error_set(err, DYAD_ENOMEM, path, 0, 0, -1, "out of memory");
        goto done;
    }
    if (n && fread(buf, 1, n, f) != n) {
        rc = dy_error_set(err, DYAD_EIO, path, 0, 0, -1, "read error");
        goto done;
    }
    buf[n] = '\0';
    *out = buf;
    *len = n;
    buf = NULL;
done:
    dy_free(mem, buf);
    fclose(f);
    return rc;
}

static int compile_common(dyad_lexicon **out, const char *const *names,
                          const char *const *texts, const size_t *lens,
                          size_t count, const char *wordnet_dir,
                          const dyad_options *opts, dyad_diag_fn diag,
                          void *ctx, dyad_error *err)
{
    dy_mem mem = {opts ? opts->alloc : NULL};
    lx_wordnet wn;
    char *wbuf[10] = {0};
    int rc = 0;
    lx_source *src = NULL;
    memset(&wn, 0, sizeof wn);
    if (!out || (count && (!names || !texts || !lens)))
        return dy_error_set(err, DYAD_EINVAL, NULL, 0, 0, -1,
                            "dyad_lexicon_compile: NULL argument");
    *out = NULL;
    if (wordnet_dir) {
        static const char *const files[10] = {
            "index.noun", "index.verb", "index.adj", "index.adv",
            "noun.exc",   "verb.exc",   "adj.exc",   "adv.exc",
            "data.verb",  "data.noun"};
        for (int i = 0; i < 10; i++) {
            char path[4096];
            size_t len;
            snprintf(path, sizeof path, "%s/%s", wordnet_dir, files[i]);
            rc = read_file(&mem, path, &wbuf[i], &len, err);
            if (rc)
                goto done;
            if (i < 4) {
                wn.index[i] = wbuf[i];
                wn.index_len[i] = len;
            } else if (i >= 8) {
                wn.data[i - 8] = wbuf[i];
                wn.data_len[i - 8] = len;
            } else {
                wn.exc[i - 4] = wbuf[i];
                wn.exc_len[i - 4] = len;
            }
        }
    }
    src = dy_calloc(&mem, count ? count : 1, sizeof *src);
    if (!src) {
        rc = dy_error_set(err, DYAD_ENOMEM, NULL, 0, 0, -1, "out of memory");
        goto done;
    }
    for (size_t i = 0; i < count; i++) {
        src[i].name = names[i];
        src[i].text = texts[i];
        src[i].len = lens[i];
    }
    rc = dy_lexicon_build(out, src, count, wordnet_dir ? &wn : NULL, &mem,
                          diag, ctx, err);
done:
    for (int i = 0; i < 10; i++)
        dy_free(&mem, wbuf[i]);
    dy_free(&mem, src);
    return rc;
}

int dyad_lexicon_compile_buffers(dyad_lexicon **out, const char *const *names,
                                 const char *const *texts, const size_t *lens,
                                 size_t count, const char *wordnet_dir,
                                 const dyad_options *opts, dyad_diag_fn diag,
                                 void *ctx, dyad_error *err)
{
    return compile_common(out, names, texts, lens, count, wordnet_dir, opts,
                          diag, ctx, err);
}

int dyad_lexicon_compile(dyad_lexicon **out, const char *const *paths,
                         size_t count, const char *wordnet_dir,
                         const dyad_options *opts, dyad_diag_fn diag,
                         void *ctx, dyad_error *err)
{
    dy_mem mem = {opts ? opts->alloc : NULL};
    char **texts = NULL;
    size_t *lens = NULL;
    const char **names = NULL;
    int rc = 0;
    if (!out || (count && !paths))
        return dy_error_set(err, DYAD_EINVAL, NULL, 0, 0, -1,
                            "dyad_lexicon_compile: NULL argument");
    *out = NULL;
    texts = dy_calloc(&mem, count ? count : 1, sizeof *texts);
    lens = dy_calloc(&mem, count ? count : 1, sizeof *lens);
    names = dy_calloc(&mem, count ? count : 1, sizeof *names);
    if (!texts || !lens || !names) {
        rc = dy_error_set(err, DYAD_ENOMEM, NULL, 0, 0, -1, "out of memory");
        goto done;
    }
    for (size_t i = 0; i < count; i++) {
        rc = read_file(&mem, paths[i], &texts[i], &lens[i], err);
        if (rc)
            goto done;
        names[i] = paths[i];
    }
    rc = compile_common(out, names, (const char *const *)texts, lens, count,
                        wordnet_dir ? wordnet_dir : "/usr/share/wordnet",
                        opts, diag, ctx, err);
done:
    if (texts)
        for (size_t i = 0; i < count; i++)
            dy_free(&mem, texts[i]);
    dy_free(&mem, texts);
    dy_free(&mem, lens);
    dy_free(&mem, names);
    return rc;
}

int dyad_lexicon_save(const dyad_lexicon *lx, const char *path,
                      dyad_error *err)
{
    if (!lx || !path)
        return dy_error_set(err, DYAD_EINVAL, NULL, 0, 0, -1,
                            "dyad_lexicon_save: NULL argument");
    char tmp[4096];
    snprintf(tmp, sizeof tmp, "%s.tmp", path);
    FILE *f = fopen(tmp, "wb");
    if (!f)
        return dy_error_set(err, DYAD_EIO, tmp, 0, 0, -1, "cannot create: %s",
                            strerror(errno));
    int ok = fwrite(lx->image, 1, lx->image_len, f) == lx->image_len;
    ok = (fclose(f) == 0) && ok;
    if (!ok || rename(tmp, path) != 0) {
        remove(tmp);
        return dy_error_set(err, DYAD_EIO, path, 0, 0, -1, "cannot write: %s",
                            strerror(errno));
    }
    return 0;
}

int dyad_lexicon_load(dyad_lexicon **out, const char *path,
                      const dyad_options *opts, dyad_error *err)
{
    dy_mem mem = {opts ? opts->alloc : NULL};
    if (!out || !path)
        return dy_error_set(err, DYAD_EINVAL, NULL, 0, 0, -1,
                            "dyad_lexicon_load: NULL argument");
    *out = NULL;
    int fd = open(path, O_RDONLY);
    if (fd < 0)
        return dy_error_set(err, DYAD_EIO, path, 0, 0, -1, "cannot open: %s",
                            strerror(errno));
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size <= 0) {
        close(fd);
        return dy_error_set(err, DYAD_EDICT, path, 0, 0, -1,
                            "not a lexicon image (empty or not a file)");
    }
    size_t len = (size_t)st.st_size;
    void *map = mmap(NULL, len, PROT_READ, MAP_PRIVATE, fd, 0);
    close(fd);
    if (map == MAP_FAILED)
        return dy_error_set(err, DYAD_EIO, path, 0, 0, -1, "cannot map: %s",
                            strerror(errno));
    int verify = opts && (opts->flags & DYAD_F_VERIFY_LEXICON)
                     ? DY_IMAGE_CHECKSUM
                     : DY_IMAGE_SHAPE;
    int rc = dy_lexicon_from_image(out, map, len, 1, verify, &mem, err);
    if (rc) {
        munmap(map, len);
        if (err)
            snprintf(err->file, sizeof err->file, "%s", path);
    }
    return rc;
}

void dyad_lexicon_free(dyad_lexicon *lx)
{
    if (!lx)
        return;
    dy_mem mem = lx->mem;
    if (lx->is_mapped)
        munmap(lx->image, lx->image_len);
    else
        dy_free(&mem, lx->image);
    dy_free(&mem, lx);
}

void dyad_lexicon_get_stats(const dyad_lexicon *lx, dyad_lexicon_stats *out)
{
    memset(out, 0, sizeof *out);
    if (!lx)
        return;
    out->words = lx->nwords;
    out->phrases = lx->nphrases;
    out->codes = lx->ncameo;
    out->bytes = lx->image_len;
    for (uint32_t i = 0; i < lx->nphrases; i++) {
        int k = lx->phrases[i].kind;
        if (k == LX_VERB || k == LX_NOUN)
            out->patterns++;
        else if (k == LX_COUNTRY || k == LX_DEMONYM || k == LX_CAPITAL ||
                 k == LX_ACTOR)
            out->actors++;
    }
}
