/*
 * parse.c - feeds from bytes, with libxml2: RSS 2.0 (and 0.9x), RSS 1.0
 * (RDF), Atom 1.0, and OPML lists of feeds. Strict XML, no network, no
 * external entities, no entity expansion into the text; a document that
 * is not well-formed is refused with libxml2's line and column. Each
 * item's text is its content or description as plain text (html.c).
 */
#include "feed/feed_int.h"

#include <libxml/parser.h>
#include <libxml/uri.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>

#define NS_ATOM "http://www.w3.org/2005/Atom"
#define NS_RDF "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define NS_RSS1 "http://purl.org/rss/1.0/"
#define NS_DC "http://purl.org/dc/elements/1.1/"
#define NS_CONTENT "http://purl.org/rss/1.0/modules/content/"
#define DEFAULT_MAX_ITEMS 1000
#define OPML_MAX_DEPTH 32

/* an element named `name` in namespace ns (NULL: none) */
static int el(const xmlNode *n, const char *ns, const char *name)
{
    if (n->type != XML_ELEMENT_NODE || !n->name ||
        strcmp((const char *)n->name, name) != 0)
        return 0;
    if (!ns)
        return !n->ns || !n->ns->href;
    return n->ns && n->ns->href &&
           strcmp((const char *)n->ns->href, ns) == 0;
}

static xmlNode *child(const xmlNode *n, const char *ns, const char *name)
{
    for (xmlNode *c = n->children; c; c = c->next)
        if (el(c, ns, name))
            return c;
    return NULL;
}

static const char *prop(const xmlNode *n, const char *name)
{
    for (const xmlAttr *a = n->properties; a; a = a->next)
        if (a->name && strcmp((const char *)a->name, name) == 0)
            return a->children && a->children->content
                       ? (const char *)a->children->content
                       : "";
    return NULL;
}

/* The text and CDATA under n, in order, into b (entity references are
 * not expanded: a feed's DTD cannot make its text grow). */
static void raw_text(dy_buf *b, const xmlNode *n, int depth)
{
    for (const xmlNode *c = n->children; c; c = c->next) {
        if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) &&
            c->content)
            dy_buf_puts(b, (const char *)c->content);
        else if (c->type == XML_ELEMENT_NODE && depth < DY_HTML_MAX_DEPTH)
            raw_text(b, c, depth + 1);
    }
}

/* s with white space collapsed and trimmed, in the arena; NULL for ""
 * (and for no memory, with *oom set) */
static const char *plain(dy_feed *f, const char *s, size_t n, int *oom)
{
    char *out = dy_arena_alloc(&f->arena, n + 1);
    if (!out) {
        *oom = 1;
        return NULL;
    }
    size_t len = 0;
    int space = 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            space = len > 0;
            continue;
        }
        if (space)
            out[len++] = ' ';
        space = 0;
        out[len++] = c;
    }
    out[len] = '\0';
    return len ? out : NULL;
}

/* an element's text, collapsed, in the arena; NULL when absent or empty */
static const char *text_of(dy_feed *f, const xmlNode *n, int *oom)
{
    if (!n)
        return NULL;
    dy_buf b;
    dy_buf_init(&b, &f->mem);
    raw_text(&b, n, 0);
    const char *s = NULL;
    if (b.failed)
        *oom = 1;
    else
        s = plain(f, b.data ? b.data : "", b.len, oom);
    dy_buf_free(&b);
    return s;
}

/* An absolute http(s) URL for href against n's base (xml:base or the
 * document's), in the arena; NULL for another scheme or none. */
static const char *abs_url(dy_feed *f, const xmlNode *n, const char *href)
{
    if (!href)
        return NULL;
    while (*href == ' ' || *href == '\t' || *href == '\n' || *href == '\r')
        href++;
    if (!*href)
        return NULL;
    xmlChar *base = n->doc ? xmlNodeGetBase(n->doc, n) : NULL;
    xmlChar *u = xmlBuildURI(BAD_CAST href, base);
    xmlFree(base);
    const char *out = NULL;
    if (u && (xmlStrncasecmp(u, BAD_CAST "http://", 7) == 0 ||
              xmlStrncasecmp(u, BAD_CAST "https://", 8) == 0)) {
        size_t n2 = strlen((const char *)u);
        size_t end = n2;
        while (end && (u[end - 1] == ' ' || u[end - 1] == '\n'))
            end--;
        out = dy_arena_strndup(&f->arena, (const char *)u, end);
    }
    xmlFree(u);
    return out;
}

/* The text of an item's content element: HTML unless type says text
 * (Atom), inline XHTML read as a tree; the headline removed. */
static const char *item_text(dy_feed *f, const xmlNode *n,
                             const char *title, int *oom)
{
    if (!n)
        return NULL;
    const char *type = prop(n, "type");
    dy_buf out;
    dy_buf_init(&out, &f->mem);
    const char *heads[] = {title};
    int rc = 0;
    if (type && strcmp(type, "xhtml") == 0) {
        rc = dy_html_tree_text(&out, (xmlNode *)n, 0, heads, 1);
    } else {
        dy_buf raw;
        dy_buf_init(&raw, &f->mem);
        raw_text(&raw, n, 0);
        if (raw.failed)
            rc = DYAD_ENOMEM;
        else if (type && strcmp(type, "text") == 0)
            rc = dy_buf_put(&out, raw.data ? raw.data : "", raw.len);
        else
            rc = dy_html_text(&out, raw.data ? raw.data : "", raw.len,
                              "UTF-8", 0, title, NULL, NULL);
        dy_buf_free(&raw);
    }
    const char *s = NULL;
    if (!rc && !out.failed) {
        s = dy_arena_strndup(&f->arena, out.data ? out.data : "", out.len);
        if (!s)
            rc = DYAD_ENOMEM;
    }
    if (rc || out.failed)
        *oom = 1;
    dy_buf_free(&out);
    return s && *s ? s : NULL;
}

/* 1 when n has a character other than white space in its text */
static int has_text(const xmlNode *n, int depth)
{
    for (const xmlNode *c = n ? n->children : NULL; c; c = c->next) {
        if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) &&
            c->content) {
            for (const xmlChar *p = c->content; *p; p++)
                if (*p != ' ' && *p != '\n' && *p != '\t' && *p != '\r')
                    return 1;
        } else if (c->type == XML_ELEMENT_NODE && depth < DY_HTML_MAX_DEPTH &&
                   has_text(c, depth + 1)) {
            return 1;
        }
    }
    return 0;
}

/* the full content when it has text, else the summary */
static const xmlNode *body_of(const xmlNode *content, const xmlNode *summary)
{
    return has_text(content, 0) ? content : summary;
}

static dy_feed_item *new_item(dy_feed *f, size_t max_items, int *oom)
{
    if (f->count >= max_items) {
        f->dropped++;
        return NULL;
    }
    if ((f->count & (f->count - 1)) == 0) { /* 0, 1, 2, 4 ...: grow */
        size_t cap = f->count ? f->count * 2 : 1;
        dy_feed_item *items = dy_arena_alloc(&f->arena, cap * sizeof *items);
        if (!items) {
            *oom = 1;
            return NULL;
        }
        if (f->count)
            memcpy(items, f->items, f->count * sizeof *items);
        f->items = items;
    }
    dy_feed_item *it = &f->items[f->count++];
    memset(it, 0, sizeof *it);
    return it;
}

/* an RSS 2.0 <item> or RSS 1.0 <item> (ns NS_RSS1) */
static void rss_item(dy_feed *f, const xmlNode *n, const char *ns,
                     size_t max_items, int *oom)
{
    dy_feed_item *it = new_item(f, max_items, oom);
    if (!it)
        return;
    it->title = text_of(f, child(n, ns, "title"), oom);
    const char *link = text_of(f, child(n, ns, "link"), oom);
    it->url = abs_url(f, n, link);
    const char *guid = text_of(f, child(n, NULL, "guid"), oom);
    const char *about = prop(n, "about");
    it->id = guid ? guid
                  : ns && about && *about ? plain(f, about, strlen(about), oom)
                                          : it->url;
    const xmlNode *date = ns ? NULL : child(n, NULL, "pubDate");
    if (!date)
        date = child(n, NS_DC, "date");
    it->date = text_of(f, date, oom);
    const xmlNode *body = body_of(child(n, NS_CONTENT, "encoded"),
                                          child(n, ns, "description"));
    it->text = item_text(f, body, it->title, oom);
}

/* an Atom link that points to the entry's page (rel alternate or none) */
static const char *atom_link(dy_feed *f, const xmlNode *n)
{
    for (const xmlNode *c = n->children; c; c = c->next) {
        if (!el(c, NS_ATOM, "link"))
            continue;
        const char *rel = prop(c, "rel");
        if (!rel || strcmp(rel, "alternate") == 0)
            return abs_url(f, c, prop(c, "href"));
    }
    return NULL;
}

/* an Atom title (type text, html or xhtml) as plain text */
static const char *atom_title(dy_feed *f, const xmlNode *n, int *oom)
{
    const char *type = n ? prop(n, "type") : NULL;
    if (!type || strcmp(type, "text") == 0)
        return text_of(f, n, oom);
    const char *t = item_text(f, n, NULL, oom);
    return t ? plain(f, t, strlen(t), oom) : NULL;
}

static void atom_entry(dy_feed *f, const xmlNode *n, size_t max_items,
                       int *oom)
{
    dy_feed_item *it = new_item(f, max_items, oom);
    if (!it)
        return;
    it->title = atom_title(f, child(n, NS_ATOM, "title"), oom);
    it->url = atom_link(f, n);
    const char *id = text_of(f, child(n, NS_ATOM, "id"), oom);
    it->id = id ? id : it->url;
    const xmlNode *date = child(n, NS_ATOM, "published");
    it->date = text_of(f, date ? date : child(n, NS_ATOM, "updated"), oom);
    const xmlNode *body = body_of(child(n, NS_ATOM, "content"),
                                          child(n, NS_ATOM, "summary"));
    it->text = item_text(f, body, it->title, oom);
}

static void opml_outlines(dy_feed *f, const xmlNode *n, size_t max,
                          int depth, int *oom)
{
    for (const xmlNode *c = n->children; c && !*oom; c = c->next) {
        if (!el(c, NULL, "outline"))
            continue;
        const char *url = abs_url(f, c, prop(c, "xmlUrl"));
        if (url) {
            if (f->url_count >= max) {
                f->dropped++;
            } else {
                if ((f->url_count & (f->url_count - 1)) == 0) {
                    size_t cap = f->url_count ? f->url_count * 2 : 1;
                    const char **u = dy_arena_alloc(&f->arena,
                                                    cap * sizeof *u);
                    if (!u) {
                        *oom = 1;
                        return;
                    }
                    if (f->url_count)
                        memcpy(u, f->urls, f->url_count * sizeof *u);
                    f->urls = u;
                }
                f->urls[f->url_count++] = url;
            }
        }
        if (depth < OPML_MAX_DEPTH)
            opml_outlines(f, c, max, depth + 1, oom);
    }
}

/* Reads the document's items (or urls); 0, or DYAD_EINPUT when the root
 * is not one of the four kinds, DYAD_ENOMEM. */
static int read_root(dy_feed *f, const xmlNode *root, size_t max,
                     dyad_error *err, const char *base)
{
    int oom = 0;
    if (el(root, NULL, "rss")) {
        f->kind = DY_FEED_RSS2;
        const xmlNode *ch = child(root, NULL, "channel");
        if (!ch)
            return dy_error_set(err, DYAD_EINPUT, base, 0, 0, -1,
                                "RSS document without a <channel>");
        f->title = text_of(f, child(ch, NULL, "title"), &oom);
        f->link = abs_url(f, ch, text_of(f, child(ch, NULL, "link"), &oom));
        for (const xmlNode *c = ch->children; c && !oom; c = c->next)
            if (el(c, NULL, "item"))
                rss_item(f, c, NULL, max, &oom);
    } else if (el(root, NS_RDF, "RDF")) {
        f->kind = DY_FEED_RSS1;
        const xmlNode *ch = child(root, NS_RSS1, "channel");
        if (ch) {
            f->title = text_of(f, child(ch, NS_RSS1, "title"), &oom);
            f->link = abs_url(f, ch,
                              text_of(f, child(ch, NS_RSS1, "link"), &oom));
        }
        for (const xmlNode *c = root->children; c && !oom; c = c->next)
            if (el(c, NS_RSS1, "item"))
                rss_item(f, c, NS_RSS1, max, &oom);
    } else if (el(root, NS_ATOM, "feed")) {
        f->kind = DY_FEED_ATOM;
        f->title = atom_title(f, child(root, NS_ATOM, "title"), &oom);
        f->link = atom_link(f, root);
        for (const xmlNode *c = root->children; c && !oom; c = c->next)
            if (el(c, NS_ATOM, "entry"))
                atom_entry(f, c, max, &oom);
    } else if (el(root, NULL, "opml")) {
        f->kind = DY_FEED_OPML;
        const xmlNode *body = child(root, NULL, "body");
        if (body)
            opml_outlines(f, body, max, 0, &oom);
    } else {
        return dy_error_set(err, DYAD_EINPUT, base, 0, 0, -1,
                            "not a feed: the root element is <%s>, not "
                            "<rss>, <rdf:RDF>, Atom's <feed> or <opml>",
                            root->name ? (const char *)root->name : "?");
    }
    if (oom)
        return dy_error_set(err, DYAD_ENOMEM, base, 0, 0, -1,
                            "out of memory");
    return 0;
}

/* the first error libxml2 reports: the later ones follow from it */
typedef struct first_error {
    int set;
    int line, column;
    char message[200];
} first_error;

static void on_error(void *data, xmlErrorPtr e)
{
    xmlParserCtxtPtr ctxt = data;
    first_error *fe = ctxt ? ctxt->_private : NULL;
    if (!fe || fe->set || !e)
        return;
    fe->set = 1;
    fe->line = e->line;
    fe->column = e->int2;
    size_t n = e->message ? strlen(e->message) : 0;
    while (n && (e->message[n - 1] == '\n' || e->message[n - 1] == ' '))
        n--;
    snprintf(fe->message, sizeof fe->message, "%.*s", (int)n,
             e->message ? e->message : "");
}

/* libxml2's first error as ours: its message, line and column */
static int xml_error(const first_error *fe, const char *base,
                     dyad_error *err)
{
    if (!fe->set)
        return dy_error_set(err, DYAD_EINPUT, base, 0, 0, -1,
                            "not well-formed XML");
    return dy_error_set(err, DYAD_EINPUT, base, fe->line > 0 ? fe->line : 0,
                        fe->column > 0 ? fe->column : 0, -1,
                        "not well-formed XML: %s", fe->message);
}

int dy_feed_parse(dy_feed *out, const char *data, size_t len,
                  const char *base, size_t max_items, const dy_mem *mem,
                  dyad_error *err)
{
    memset(out, 0, sizeof *out);
    out->mem.a = mem ? mem->a : NULL;
    dy_arena_init(&out->arena, &out->mem);
    if (len > INT_MAX)
        return dy_error_set(err, DYAD_ELIMIT, base, 0, 0, -1,
                            "feed of %zu bytes is too large", len);
    if (len == 0)
        return dy_error_set(err, DYAD_EINPUT, base, 0, 0, -1,
                            "empty response: not a feed");
    xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
    if (!ctxt)
        return dy_error_set(err, DYAD_ENOMEM, base, 0, 0, -1,
                            "out of memory");
    first_error fe = {0, 0, 0, ""};
    ctxt->_private = &fe;
    ctxt->sax->serror = on_error;
    xmlDocPtr doc = xmlCtxtReadMemory(ctxt, data, (int)len, base, NULL,
                                      XML_PARSE_NONET | XML_PARSE_NOERROR |
                                          XML_PARSE_NOWARNING);
    int rc;
    if (!doc || !xmlDocGetRootElement(doc))
        rc = xml_error(&fe, base, err);
    else
        rc = read_root(out, xmlDocGetRootElement(doc),
                       max_items ? max_items : DEFAULT_MAX_ITEMS, err, base);
    xmlFreeDoc(doc);
    xmlFreeParserCtxt(ctxt);
    return rc;
}

void dy_feed_free(dy_feed *f)
{
    if (f)
        dy_arena_free(&f->arena);
}

/* the first non-blank bytes, after a UTF-8, UTF-16 or UTF-32 BOM, ASCII */
static size_t skip_lead(const char *d, size_t len)
{
    size_t i = 0;
    if (len >= 3 && memcmp(d, "\xEF\xBB\xBF", 3) == 0)
        i = 3;
    while (i < len && (d[i] == ' ' || d[i] == '\t' || d[i] == '\n' ||
                       d[i] == '\r'))
        i++;
    return i;
}

static int has_prefix_ci(const char *d, size_t len, const char *p)
{
    size_t n = strlen(p);
    return len >= n && xmlStrncasecmp(BAD_CAST d, BAD_CAST p, (int)n) == 0;
}

/* the local name of the first element of an XML document, NUL-terminated
 * in name (empty when there is none in the first 4 KiB) */
static void root_name(const char *d, size_t len, char *name, size_t cap)
{
    name[0] = '\0';
    size_t lim = len < 4096 ? len : 4096;
    for (size_t i = 0; i + 1 < lim; i++) {
        if (d[i] != '<')
            continue;
        char c = d[i + 1];
        if (c == '?' || c == '!') /* declaration, comment, doctype */
            continue;
        size_t j = i + 1, k = 0;
        while (j < lim && d[j] != ' ' && d[j] != '>' && d[j] != '/' &&
               d[j] != '\n' && d[j] != '\r' && d[j] != '\t') {
            if (d[j] == ':')
                k = 0; /* keep the local part */
            else if (k + 1 < cap)
                name[k++] = d[j];
            j++;
        }
        name[k] = '\0';
        return;
    }
}

dy_body_kind dy_feed_sniff(const char *data, size_t len, const char *ctype)
{
    if ((len >= 2 && ((unsigned char)data[0] == 0xFE ||
                      (unsigned char)data[0] == 0xFF)) ||
        (len >= 2 && (data[0] == '\0' || data[1] == '\0')))
        return DY_BODY_FEED; /* UTF-16: libxml2 reads it, or says why */
    size_t i = skip_lead(data, len);
    const char *d = data + i;
    size_t n = len - i;
    char name[32];
    root_name(d, n, name, sizeof name);
    int xml = has_prefix_ci(d, n, "<?xml") || (n && d[0] == '<' && name[0]);
    if (xml && (!strcmp(name, "rss") || !strcmp(name, "RDF") ||
                !strcmp(name, "feed")))
        return DY_BODY_FEED;
    if (xml && !strcmp(name, "opml"))
        return DY_BODY_OPML;
    if (has_prefix_ci(d, n, "<!doctype html") || !xmlStrcasecmp(BAD_CAST name,
                                                               BAD_CAST "html"))
        return DY_BODY_HTML;
    if (ctype && (has_prefix_ci(ctype, strlen(ctype), "text/html") ||
                  has_prefix_ci(ctype, strlen(ctype), "application/xhtml")))
        return DY_BODY_HTML;
    if (xml)
        return DY_BODY_FEED; /* XML of another kind: the parser names it */
    if (ctype && has_prefix_ci(ctype, strlen(ctype), "text/plain"))
        return DY_BODY_TEXT;
    return DY_BODY_OTHER;
}
