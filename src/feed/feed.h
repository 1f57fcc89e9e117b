/*
 * feed.h - feeds and pages in, before the reader's documents: RSS 2.0,
 * RSS 1.0, Atom and OPML parsed with libxml2 (parse.c), readable text
 * from HTML (html.c), and the feed session of include/dyad_tools.h that
 * fetches (fetch/), parses, remembers what it saw (store/feeds.c) and
 * hands out documents (feeds.c). The parsers take buffers and return
 * data: no I/O, so they are fuzzed directly (fuzz/fuzz_feed.c).
 */
#ifndef DYAD_FEED_H
#define DYAD_FEED_H

#include "util/util.h"

/* the kinds of XML document dy_feed_parse reads */
typedef enum dy_feed_kind {
    DY_FEED_RSS2 = 1, /* <rss> (0.9x and 2.0) */
    DY_FEED_RSS1 = 2, /* <rdf:RDF> with RSS 1.0 items */
    DY_FEED_ATOM = 3, /* <feed> in the Atom namespace */
    DY_FEED_OPML = 4  /* <opml>: a list of feeds (urls) */
} dy_feed_kind;

/* One item (RSS) or entry (Atom); strings live in the feed's arena. */
typedef struct dy_feed_item {
    const char *id;    /* guid, Atom id or rdf:about; NULL when none */
    const char *url;   /* the item's link, absolute; NULL when none */
    const char *title; /* plain text, whitespace collapsed; NULL */
    const char *date;  /* as written (pubDate, dc:date, published,
                          updated); NULL */
    const char *text;  /* content or description as plain text, the
                          repeated headline removed; "" when none */
} dy_feed_item;

typedef struct dy_feed {
    dy_arena arena;       /* owns every string below */
    dy_mem mem;
    dy_feed_kind kind;
    const char *title;    /* the channel's or feed's title, or NULL */
    const char *link;     /* its site link, or NULL */
    dy_feed_item *items;  /* in document order */
    size_t count;
    size_t dropped;       /* items beyond max_items, not kept */
    const char **urls;    /* OPML: the outlines' xmlUrl, absolute */
    size_t url_count;
} dy_feed;

/*
 * Parses a feed or an OPML list from `len` bytes (any encoding libxml2
 * knows; declared or UTF-8). `base` (may be NULL) resolves relative links.
 * At most `max_items` items (0: 1000) and as many OPML urls are kept; the
 * rest are counted in dropped. Strict XML: a well-formedness error fails
 * with DYAD_EINPUT and err's line and column from libxml2 (file set to
 * `base`); a document of another kind fails with DYAD_EINPUT too. No
 * network access and no external entities. *out is the caller's to
 * dy_feed_free, also after a failure.
 */
int dy_feed_parse(dy_feed *out, const char *data, size_t len,
                  const char *base, size_t max_items, const dy_mem *mem,
                  dyad_error *err);
void dy_feed_free(dy_feed *f);

/* What a fetched body looks like, from its first bytes and its content
 * type (may be NULL): a feed, an OPML list, an HTML page, plain text, or
 * something dyad does not read. The content type alone never decides:
 * servers send feeds as text/html and pages as text/xml. */
typedef enum dy_body_kind {
    DY_BODY_OTHER = 0,
    DY_BODY_FEED = 1, /* XML whose root is rss, RDF or feed */
    DY_BODY_OPML = 2,
    DY_BODY_HTML = 3,
    DY_BODY_TEXT = 4
} dy_body_kind;

dy_body_kind dy_feed_sniff(const char *data, size_t len, const char *ctype);

/* What a page says about itself, for its document's fields. */
typedef struct dy_html_meta {
    char *title; /* og:title, <title> or the first h1; NULL */
    char *date;  /* article:published_time, a date meta or <time>; NULL */
    char *site;  /* og:site_name; NULL */
} dy_html_meta;

void dy_html_meta_free(dy_html_meta *m, const dy_mem *mem);

/* dy_html_text flags */
#define DY_HTML_PAGE 0x1u /* a whole page: choose the main text and drop
                             short lines (without it: a fragment such as
                             an item's description, all of whose text is
                             kept) */

/*
 * Appends the readable text of an HTML page or fragment to out:
 * paragraphs separated by a blank line, whitespace collapsed. Dropped:
 * script, style, navigation, header, footer, aside, form and their kin,
 * hidden elements, paragraphs that are mostly link text, repeated
 * paragraphs, and paragraphs equal to the headline (`headline`, the
 * page's og:title, <title> or h1). With DY_HTML_PAGE the text comes from
 * the main container (ARCHITECTURE.md, "Main text"). `charset` (may be
 * NULL) is the HTTP header's; meta (may be NULL) is filled from the page
 * and freed with dy_html_meta_free. HTML is parsed in recovery mode, so
 * only DYAD_ENOMEM fails.
 */
int dy_html_text(dy_buf *out, const char *html, size_t len,
                 const char *charset, unsigned flags, const char *headline,
                 dy_html_meta *meta, dyad_error *err);

#endif
