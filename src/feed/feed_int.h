/*
 * feed_int.h - what the feed room's files share beyond feed.h: the text
 * walk over a libxml2 tree (html.c), which parse.c also runs over an Atom
 * entry's inline XHTML. Only this room includes libxml2's headers.
 */
#ifndef DYAD_FEED_INT_H
#define DYAD_FEED_INT_H

#include "feed/feed.h"

#include <libxml/tree.h>

#define DY_HTML_MAX_DEPTH 256 /* deeper elements are not read */
#define DY_HTML_MAX_HEADLINES 6

/*
 * Appends the readable text under `root` (its children, not root's own
 * tag) to out, as dy_html_text describes; `headlines` are compared with
 * each paragraph (NULL entries skipped). 0 or DYAD_ENOMEM.
 */
int dy_html_tree_text(dy_buf *out, xmlNode *root, unsigned flags,
                      const char *const *headlines, size_t nheadlines);

/* 1 when the element is one whose text is never read (script, nav ...,
 * a hidden element or a navigation role) */
int dy_html_is_junk(const xmlNode *n);

#endif
