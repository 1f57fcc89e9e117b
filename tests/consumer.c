/* consumer.c - a program built against the installed library through
 * pkg-config (CI): codes one sentence and prints the canonical dump. */
#include <dyad.h>
#include <stdio.h>
#include <string.h>

static int out(void *ctx, const char *b, size_t n)
{
    return fwrite(b, 1, n, (FILE *)ctx) == n ? 0 : -1;
}

int main(int argc, char **argv)
{
    dyad_lexicon *lx = NULL;
    dyad_coder *c = NULL;
    dyad_result *r = NULL;
    dyad_error err;
    const char *text = "Russian forces attacked Ukrainian troops near Bakhmut.";
    dyad_doc doc = {"consumer", "2023-03-01", NULL, NULL, NULL, text,
                    strlen(text)};
    if (argc < 2 || dyad_lexicon_load(&lx, argv[1], NULL, &err) ||
        dyad_coder_new(&c, lx, NULL, &err) || dyad_code(&r, c, &doc, &err)) {
        fprintf(stderr, "consumer: %s\n", argc < 2 ? "usage" : err.message);
        return 1;
    }
    dyad_result_write(r, DYAD_FORMAT_EVENTS, out, stdout);
    int n = (int)dyad_result_count(r);
    dyad_result_free(r);
    dyad_coder_free(c);
    dyad_lexicon_free(lx);
    return n > 0 ? 0 : 1;
}
