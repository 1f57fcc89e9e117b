/* fuzz_feed.c - libFuzzer target for the feed room's parsers: RSS, Atom
 * and OPML (dy_feed_parse) and readable text from HTML (dy_html_text).
 *
 * Byte 0 chooses: bit 0 HTML instead of a feed, bit 1 a whole page
 * (DY_HTML_PAGE) rather than a fragment, bit 2 a small item limit (3).
 * Every item returned is checked: strings terminated, text valid UTF-8
 * (what dyad_code will demand), the limit kept, OPML urls http(s). */
#include "fuzz_common.h"

#include "dyad_tools.h"
#include "feed/feed.h"

static void check_str(const char *s)
{
    if (s && dy_utf8_check(s, strlen(s), &(int){0}) != (size_t)-1)
        abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    uint8_t b0 = data[0];
    const char *text = (const char *)data + 1;
    size--;
    dyad_error err;
    memset(&err, 0, sizeof err);
    if (b0 & 1) {
        dy_buf out;
        dy_buf_init(&out, NULL);
        dy_html_meta meta;
        int rc = dy_html_text(&out, text, size, NULL, (b0 & 2) ? DY_HTML_PAGE
                                                                : 0,
                              "Headline", &meta, &err);
        if (rc != 0 && rc != DYAD_ENOMEM)
            abort();
        if (out.len > 4 * size + 64)
            abort(); /* text comes from the input, it cannot grow much */
        check_str(out.data);
        check_str(meta.title);
        dy_html_meta_free(&meta, NULL);
        dy_buf_free(&out);
        return 0;
    }
    size_t max = (b0 & 4) ? 3 : 0;
    dy_feed f;
    int rc = dy_feed_parse(&f, text, size, "http://fuzz.test/feed", max, NULL,
                           &err);
    if (rc == 0) {
        if (max && f.count > max)
            abort();
        for (size_t i = 0; i < f.count; i++) {
            const dy_feed_item *it = &f.items[i];
            check_str(it->id);
            check_str(it->url);
            check_str(it->title);
            check_str(it->date);
            check_str(it->text);
        }
        for (size_t i = 0; i < f.url_count; i++)
            if (!dyad_is_url(f.urls[i]))
                abort();
    } else if (rc != DYAD_EINPUT && rc != DYAD_ENOMEM && rc != DYAD_ELIMIT) {
        abort();
    }
    dy_feed_free(&f);
    return 0;
}
