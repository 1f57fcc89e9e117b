/* inputs.c - the documents of `dyad code` and `dyad ingest`: reading the
 * inputs in order, rejecting and reporting what cannot be coded, and
 * coding one document (a bad date is dropped, not the document). The loop
 * over them is pipeline.c's. */
#define _POSIX_C_SOURCE 200809L
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int is_blank(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && s[i] != '\n' && s[i] != '\r' && s[i] != '\t')
            return 0;
    return 1;
}

/* An error cleared before a call that may set it: the fields its readers
 * read (its code, numbers and the first byte of its two strings, read as
 * C strings), not all of its 544 bytes twice a document. Every error
 * set writes all of them (dy_error_set). */
static void err_clear(dyad_error *e)
{
    e->code = 0;
    e->message[0] = e->file[0] = '\0';
    e->line = e->column = 0;
    e->byte = 0;
}

int cli_inputs_next(cli_inputs *in, dyad_doc *doc, cli_tally *t, int *status)
{
    dyad_error err;
    for (;;) {
        if (!in->rd) {
            if (in->next >= in->npaths)
                return 0;
            const char *path = in->paths[in->next++];
            memset(&err, 0, sizeof err);
            if (dyad_reader_open(&in->rd, path, in->opts, &err)) {
                cli_error_to(in->msgs, &err);
                cli_say(in->msgs, "dyad: %s: rejected: cannot be read\n",
                        path);
                t->docs++;
                t->rejected++;
                *status = EX_IO;
                continue;
            }
        }
        err_clear(&err);
        int rc = dyad_reader_next(in->rd, doc, &err);
        if (rc == 0) {
            in->done_bytes += dyad_reader_bytes(in->rd);
            dyad_reader_close(in->rd);
            in->rd = NULL;
            continue;
        }
        t->docs++;
        if (rc == DYAD_ESKIP) {
            /* on purpose: counted, and named in the summary */
            t->entries++;
            cli_tally_warn(t, CLI_W_SKIPPED, t->docs, "%s: %s",
                           err.file[0] ? err.file : cli_doc_name(doc),
                           err.message);
            continue;
        }
        if (rc < 0) {
            t->rejected++;
            if (!in->quiet) {
                cli_error_to(in->msgs, &err);
                cli_say(in->msgs, "dyad: %s: rejected\n", cli_doc_name(doc));
            }
            if (*status == EX_OK || (rc == DYAD_EIO && *status == EX_INPUT))
                *status = cli_exit_for(rc);
            continue;
        }
        t->bytes += doc->text_len;
        size_t repaired = 0;
        unsigned enc = dyad_reader_encoding(in->rd, &repaired);
        if (enc & DYAD_ENC_UTF16)
            cli_tally_warn(t, CLI_W_UTF16, t->docs, "%s", cli_doc_name(doc));
        if (enc & DYAD_ENC_REPAIRED)
            cli_tally_warn(t, CLI_W_ENCODING, t->docs, "%s: %zu bytes",
                           cli_doc_name(doc), repaired);
        if (is_blank(doc->text, doc->text_len)) {
            t->empty++;
            if (!in->quiet)
                cli_say(in->msgs, "dyad: %s: empty\n", cli_doc_name(doc));
            continue;
        }
        cli_doc_date(doc, in->date, t);
        return 1;
    }
}

void cli_doc_date(dyad_doc *doc, const char *fallback, cli_tally *t)
{
    char day[11];
    if (doc->date && !doc->date[0])
        doc->date = NULL;
    if (doc->date && dyad_date_read(doc->date, day, NULL, 0)) {
        cli_tally_warn(t, CLI_W_DATE_BAD, t->docs, "%s: '%.40s'",
                       cli_doc_name(doc), doc->date);
        doc->date = NULL;
    }
    if (!doc->date)
        doc->date = fallback;
    if (!doc->date)
        cli_tally_warn(t, CLI_W_UNDATED, t->docs, "%s", cli_doc_name(doc));
}

unsigned long long cli_inputs_bytes(const cli_inputs *in)
{
    return in->done_bytes + (in->rd ? dyad_reader_bytes(in->rd) : 0);
}

void cli_inputs_close(cli_inputs *in)
{
    dyad_reader_close(in->rd);
    in->rd = NULL;
}

int cli_code_doc(dyad_result **res, dyad_coder *coder, dyad_doc *doc,
                 unsigned long long seq, cli_tally *t, int quiet,
                 int *status)
{
    (void)seq;
    int rc = cli_code_doc_to(res, coder, doc, quiet, NULL);
    if (rc)
        cli_count_rejected(rc, t, status);
    return rc;
}

void cli_count_rejected(int rc, cli_tally *t, int *status)
{
    t->rejected++;
    if (*status == EX_OK)
        *status = cli_exit_for(rc);
}

int cli_code_doc_to(dyad_result **res, dyad_coder *coder, dyad_doc *doc,
                    int quiet, cli_msgs *m)
{
    dyad_error err;
    err_clear(&err);
    *res = NULL;
    int rc = dyad_code(res, coder, doc, &err);
    if (rc == DYAD_EDATE) {
        /* a broken date field loses the date, not the document */
        if (!quiet)
            cli_say(m, "dyad: %s: %s; coded without a date\n",
                    cli_doc_name(doc), err.message);
        doc->date = NULL;
        err_clear(&err);
        rc = dyad_code(res, coder, doc, &err);
    }
    if (rc) {
        if (!quiet) {
            if (!err.file[0] && doc->id)
                snprintf(err.file, sizeof err.file, "%s", doc->id);
            cli_error_to(m, &err);
            cli_say(m, "dyad: %s: rejected\n", cli_doc_name(doc));
        }
        return rc;
    }
    size_t n = dyad_result_count(*res);
    size_t dropped = dyad_result_dropped(*res);
    if (dropped && !quiet)
        cli_say(m,
                "dyad: %s: %zu events past the cap of %zu per document were "
                "dropped (--max-events)\n",
                cli_doc_name(doc), dropped, n);
    return 0;
}

cli_doc_copy *cli_doc_copy_new(const dyad_doc *d)
{
    enum { NF = 7 };
    const char *f[NF] = {d->id,  d->date,   d->source,  d->url,
                         d->title, d->origin, d->datetime};
    size_t n = d->text_len + 1;
    for (int i = 0; i < NF; i++)
        n += f[i] ? strlen(f[i]) + 1 : 0;
    cli_doc_copy *c = malloc(sizeof *c + n);
    if (!c)
        return NULL;
    c->size = n;
    char *p = c->buf;
    const char **to[NF] = {&c->doc.id,    &c->doc.date,   &c->doc.source,
                           &c->doc.url,   &c->doc.title,  &c->doc.origin,
                           &c->doc.datetime};
    for (int i = 0; i < NF; i++) {
        *to[i] = NULL;
        if (f[i]) {
            size_t k = strlen(f[i]) + 1;
            memcpy(p, f[i], k);
            *to[i] = p;
            p += k;
        }
    }
    if (d->text_len)
        memcpy(p, d->text, d->text_len);
    p[d->text_len] = '\0';
    c->doc.text = p;
    c->doc.text_len = d->text_len;
    c->doc.flags = d->flags; /* the copy's bytes are the text's */
    return c;
}
