/*
 * html.c - readable text from HTML, with libxml2's HTML parser (recovery
 * mode: real pages are rarely valid): the main text of an article page
 * (--fetch-articles, page URLs) and the text of an item's description.
 * The heuristic is written out in ARCHITECTURE.md ("Main text of a page").
 */
#include "feed/feed_int.h"

#include <libxml/HTMLparser.h>
#include <limits.h>
#include <string.h>

#define PAGE_MIN_WORDS 5 /* shorter lines of a page need a full stop */

/* elements whose text is never article text */
static const char *const junk_tags[] = {
    "script", "style",  "noscript", "template", "nav",    "header",
    "footer", "aside",  "form",     "iframe",   "svg",    "math",
    "button", "select", "textarea", "menu",     "dialog", "object",
    "embed",  "canvas", "audio",    "video",    "map",    "head",
    "figure", "input",  NULL};

/* ARIA roles of the same */
static const char *const junk_roles[] = {
    "navigation", "banner",  "contentinfo", "complementary", "search",
    "menu",       "menubar", "dialog",      "alertdialog",   "toolbar",
    NULL};

/* elements that end the paragraph before them and start a new one */
static const char *const block_tags[] = {
    "address", "article", "blockquote", "body",   "br",      "caption",
    "center",  "dd",      "details",    "div",    "dl",      "dt",
    "fieldset", "figcaption", "h1",     "h2",     "h3",      "h4",
    "h5",      "h6",      "hr",         "li",     "main",    "ol",
    "p",       "pre",     "section",    "summary", "table",  "tbody",
    "td",      "tfoot",   "th",         "thead",  "tr",      "ul",
    "html",    NULL};

static int is(const xmlNode *n, const char *name)
{
    return n->type == XML_ELEMENT_NODE && n->name &&
           xmlStrcasecmp(n->name, BAD_CAST name) == 0;
}

static int in_list(const xmlNode *n, const char *const *list)
{
    for (size_t i = 0; list[i]; i++)
        if (is(n, list[i]))
            return 1;
    return 0;
}

/* an attribute's value, borrowed from the tree, or NULL */
static const char *attr(const xmlNode *n, const char *name)
{
    for (const xmlAttr *a = n->properties; a; a = a->next)
        if (a->name && xmlStrcasecmp(a->name, BAD_CAST name) == 0)
            return a->children && a->children->content
                       ? (const char *)a->children->content
                       : "";
    return NULL;
}

static int word_in(const char *value, const char *const *list)
{
    for (size_t i = 0; list[i]; i++)
        if (xmlStrcasecmp(BAD_CAST value, BAD_CAST list[i]) == 0)
            return 1;
    return 0;
}

int dy_html_is_junk(const xmlNode *n)
{
    if (n->type != XML_ELEMENT_NODE)
        return 0;
    if (in_list(n, junk_tags))
        return 1;
    const char *role = attr(n, "role");
    if (role && word_in(role, junk_roles))
        return 1;
    const char *hidden = attr(n, "aria-hidden");
    if (attr(n, "hidden") || (hidden && xmlStrcasecmp(BAD_CAST hidden,
                                                      BAD_CAST "true") == 0))
        return 1;
    const char *style = attr(n, "style");
    return style && (strstr(style, "display:none") ||
                     strstr(style, "display: none"));
}

/* ---- collecting paragraphs ---- */

typedef struct para {
    size_t start, len; /* bytes in walk.text */
    size_t link;       /* of them inside <a> */
} para;

typedef struct walk {
    dy_buf text; /* the paragraphs back to back */
    dy_vec paras;
    size_t start; /* of the open paragraph */
    size_t link;  /* link bytes in the open paragraph */
    int in_link;
    int space; /* a space is due before the next character */
    int failed;
} walk;

static void flush(walk *w)
{
    if (w->text.len > w->start) {
        para *p = dy_vec_push(&w->paras);
        if (!p)
            w->failed = 1;
        else
            *p = (para){w->start, w->text.len - w->start, w->link};
    }
    w->start = w->text.len;
    w->link = 0;
    w->space = 0;
}

static void add_text(walk *w, const char *s)
{
    for (size_t i = 0; s[i]; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
            w->space = 1;
            continue;
        }
        if (c == 0xC2 && (unsigned char)s[i + 1] == 0xA0) { /* no-break */
            w->space = 1;
            i++;
            continue;
        }
        if (w->space && w->text.len > w->start) {
            dy_buf_putc(&w->text, ' ');
            w->link += w->in_link > 0;
        }
        w->space = 0;
        dy_buf_putc(&w->text, (char)c);
        w->link += w->in_link > 0;
    }
    if (w->text.failed)
        w->failed = 1;
}

static void walk_tree(walk *w, xmlNode *n, int depth)
{
    for (xmlNode *c = n->children; c && !w->failed; c = c->next) {
        if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
            if (c->content)
                add_text(w, (const char *)c->content);
            continue;
        }
        if (c->type != XML_ELEMENT_NODE || dy_html_is_junk(c) ||
            depth >= DY_HTML_MAX_DEPTH)
            continue;
        int block = in_list(c, block_tags), link = is(c, "a");
        if (block)
            flush(w);
        w->in_link += link;
        walk_tree(w, c, depth + 1);
        w->in_link -= link;
        if (block)
            flush(w);
    }
}

/* ---- choosing what to keep ---- */

/* 1 when a and b are the same text, ignoring ASCII case and differences
 * in white space */
static int same_text(const char *a, size_t an, const char *b, size_t bn)
{
    size_t i = 0, j = 0;
    for (;;) {
        while (i < an && (a[i] == ' ' || a[i] == '\t' || a[i] == '\n'))
            i++;
        while (j < bn && (b[j] == ' ' || b[j] == '\t' || b[j] == '\n'))
            j++;
        if (i == an || j == bn)
            return i == an && j == bn;
        unsigned char x = (unsigned char)a[i], y = (unsigned char)b[j];
        if (x >= 'A' && x <= 'Z')
            x = (unsigned char)(x + 32);
        if (y >= 'A' && y <= 'Z')
            y = (unsigned char)(y + 32);
        if (x != y)
            return 0;
        i++;
        j++;
    }
}

static size_t count_words(const char *s, size_t n)
{
    size_t words = 0;
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && (i == 0 || s[i - 1] == ' '))
            words++;
    return words;
}

static int ends_sentence(const char *s, size_t n)
{
    while (n && (s[n - 1] == '"' || s[n - 1] == '\'' || s[n - 1] == ')'))
        n--;
    if (n >= 3 && memcmp(s + n - 3, "\xE2\x80\x9D", 3) == 0) /* ” */
        n -= 3;
    return n && (s[n - 1] == '.' || s[n - 1] == '!' || s[n - 1] == '?');
}

/* Seen paragraphs: an open-addressing set of hashes (0 is empty). */
typedef struct seen {
    uint64_t *slot;
    size_t cap; /* a power of two, more than twice the paragraphs */
} seen;

/* 1 when h was in the set, else adds it and returns 0 */
static int seen_add(seen *s, uint64_t h)
{
    h = h ? h : 1;
    for (size_t i = (size_t)h & (s->cap - 1);; i = (i + 1) & (s->cap - 1)) {
        if (s->slot[i] == h)
            return 1;
        if (!s->slot[i]) {
            s->slot[i] = h;
            return 0;
        }
    }
}

static int keep(const walk *w, const para *p, unsigned flags,
                const char *const *heads, size_t nheads)
{
    const char *s = w->text.data + p->start;
    if (p->link * 2 > p->len)
        return 0;
    if ((flags & DY_HTML_PAGE) && count_words(s, p->len) < PAGE_MIN_WORDS &&
        !ends_sentence(s, p->len))
        return 0;
    for (size_t i = 0; i < nheads; i++)
        if (heads[i] && same_text(s, p->len, heads[i], strlen(heads[i])))
            return 0;
    return 1;
}

/* Appends s as valid UTF-8: each byte that starts no valid sequence
 * becomes U+FFFD. libxml2's HTML parser passes such bytes through when a
 * page declares one encoding and is written in another. */
static void put_valid(dy_buf *out, const char *s, size_t n)
{
    while (n) {
        int nul;
        size_t bad = dy_utf8_check(s, n, &nul);
        if (bad == (size_t)-1) {
            dy_buf_put(out, s, n);
            return;
        }
        dy_buf_put(out, s, bad);
        dy_buf_puts(out, "\xEF\xBF\xBD");
        s += bad + 1;
        n -= bad + 1;
    }
}

static int emit(dy_buf *out, walk *w, unsigned flags,
                const char *const *heads, size_t nheads)
{
    seen s = {NULL, 16};
    while (s.cap < w->paras.count * 2 + 2)
        s.cap *= 2;
    s.slot = dy_calloc(out->mem, s.cap, sizeof *s.slot);
    if (!s.slot)
        return DYAD_ENOMEM;
    for (size_t i = 0; i < w->paras.count; i++) {
        const para *p = dy_vec_at(&w->paras, i);
        if (!keep(w, p, flags, heads, nheads) ||
            seen_add(&s, dy_hash(w->text.data + p->start, p->len)))
            continue;
        if (out->len)
            dy_buf_puts(out, "\n\n");
        put_valid(out, w->text.data + p->start, p->len);
    }
    dy_free(out->mem, s.slot);
    return out->failed ? DYAD_ENOMEM : 0;
}

int dy_html_tree_text(dy_buf *out, xmlNode *root, unsigned flags,
                      const char *const *headlines, size_t nheadlines)
{
    walk w;
    memset(&w, 0, sizeof w);
    dy_buf_init(&w.text, out->mem);
    dy_vec_init(&w.paras, sizeof(para), out->mem);
    walk_tree(&w, root, 0);
    flush(&w);
    int rc = w.failed ? DYAD_ENOMEM
                      : emit(out, &w, flags, headlines, nheadlines);
    dy_buf_free(&w.text);
    dy_vec_free(&w.paras);
    return rc;
}

/* ---- the main container of a page ---- */

/* the length of the text under n that is not link text (junk skipped) */
static size_t text_len(const xmlNode *n, int in_link, int depth)
{
    size_t len = 0;
    for (const xmlNode *c = n->children; c; c = c->next) {
        if (c->type == XML_TEXT_NODE && c->content && !in_link)
            len += strlen((const char *)c->content);
        else if (c->type == XML_ELEMENT_NODE && !dy_html_is_junk(c) &&
                 depth < DY_HTML_MAX_DEPTH)
            len += text_len(c, in_link || is(c, "a"), depth + 1);
    }
    return len;
}

typedef struct best {
    xmlNode *node;
    size_t score;
} best;

/* The paragraph text under n; the element with the most paragraph text
 * in its own <p> children goes to *b, and the <article> with the most to
 * *art. */
static size_t ptext(xmlNode *n, best *b, best *art, int depth)
{
    size_t direct = 0, total = 0;
    for (xmlNode *c = n->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE || dy_html_is_junk(c) ||
            depth >= DY_HTML_MAX_DEPTH)
            continue;
        if (is(c, "p")) {
            size_t len = text_len(c, 0, depth + 1);
            direct += len;
            total += len;
        } else {
            total += ptext(c, b, art, depth + 1);
        }
    }
    if (direct > b->score)
        *b = (best){n, direct};
    if (is(n, "article") && total > art->score)
        *art = (best){n, total};
    return total;
}

static xmlNode *find(xmlNode *n, int (*match)(const xmlNode *), int depth)
{
    for (xmlNode *c = n->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE || dy_html_is_junk(c) ||
            depth >= DY_HTML_MAX_DEPTH)
            continue;
        if (match(c))
            return c;
        xmlNode *r = find(c, match, depth + 1);
        if (r)
            return r;
    }
    return NULL;
}

static int is_main(const xmlNode *n)
{
    const char *role = attr(n, "role");
    return is(n, "main") || (role && xmlStrcasecmp(BAD_CAST role,
                                                   BAD_CAST "main") == 0);
}

static int is_body(const xmlNode *n)
{
    return is(n, "body");
}

/* An <article> (the one with the most paragraph text), else <main> or
 * role=main, else the element whose own paragraphs hold at least half the
 * page's paragraph text, else the body. */
static xmlNode *main_container(xmlNode *top)
{
    xmlNode *body = find(top, is_body, 0);
    if (!body)
        body = top;
    best b = {NULL, 0}, art = {NULL, 0};
    size_t total = ptext(body, &b, &art, 0);
    if (art.node && art.score > 0)
        return art.node;
    xmlNode *m = find(body, is_main, 0);
    if (m)
        return m;
    if (b.node && b.score * 2 >= total)
        return b.node;
    return body;
}

/* ---- what the page says about itself ---- */

/* a copy of s that is valid UTF-8 (see put_valid), or NULL */
static char *dup_valid(const char *s, size_t n, const dy_mem *mem)
{
    dy_buf b;
    dy_buf_init(&b, mem);
    put_valid(&b, s, n);
    if (b.failed || !b.data) {
        dy_buf_free(&b);
        return NULL;
    }
    return b.data;
}

static char *dup_text(const xmlNode *n, const dy_mem *mem)
{
    xmlChar *t = xmlNodeGetContent(n);
    if (!t)
        return NULL;
    /* collapse white space */
    size_t len = 0, cap = strlen((const char *)t);
    char *out = dy_malloc(mem, cap + 1);
    if (out) {
        int space = 0;
        for (const xmlChar *p = t; *p; p++) {
            if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r') {
                space = len > 0;
                continue;
            }
            if (space)
                out[len++] = ' ';
            space = 0;
            out[len++] = (char)*p;
        }
        out[len] = '\0';
    }
    xmlFree(t);
    char *valid = out ? dup_valid(out, len, mem) : NULL;
    dy_free(mem, out);
    return valid;
}

static void set_once(char **slot, const char *value, const dy_mem *mem)
{
    if (!*slot && value && *value)
        *slot = dup_valid(value, strlen(value), mem);
}

static void read_meta(xmlNode *n, dy_html_meta *m, char **h1, char **title,
                      const dy_mem *mem, int depth)
{
    for (xmlNode *c = n->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE || depth >= DY_HTML_MAX_DEPTH)
            continue;
        if (is(c, "meta")) {
            const char *k = attr(c, "property");
            if (!k)
                k = attr(c, "name");
            if (!k)
                k = attr(c, "itemprop");
            const char *v = attr(c, "content");
            if (k && v) {
                if (!xmlStrcasecmp(BAD_CAST k, BAD_CAST "og:title"))
                    set_once(&m->title, v, mem);
                else if (!xmlStrcasecmp(BAD_CAST k, BAD_CAST "og:site_name"))
                    set_once(&m->site, v, mem);
                else if (!xmlStrcasecmp(BAD_CAST k,
                                        BAD_CAST "article:published_time") ||
                         !xmlStrcasecmp(BAD_CAST k, BAD_CAST "datePublished") ||
                         !xmlStrcasecmp(BAD_CAST k, BAD_CAST "date") ||
                         !xmlStrcasecmp(BAD_CAST k, BAD_CAST "dc.date"))
                    set_once(&m->date, v, mem);
            }
        } else if (is(c, "time") && attr(c, "datetime")) {
            set_once(&m->date, attr(c, "datetime"), mem);
        } else if (is(c, "title") && !*title) {
            *title = dup_text(c, mem);
        } else if (is(c, "h1") && !*h1) {
            *h1 = dup_text(c, mem);
        }
        read_meta(c, m, h1, title, mem, depth + 1);
    }
}

void dy_html_meta_free(dy_html_meta *m, const dy_mem *mem)
{
    if (!m)
        return;
    dy_free(mem, m->title);
    dy_free(mem, m->date);
    dy_free(mem, m->site);
    memset(m, 0, sizeof *m);
}

/* "Headline | Site" or "Headline - Site": the headline part, or NULL */
static char *title_head(const char *t, const dy_mem *mem)
{
    const char *seps[] = {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 "};
    const char *cut = NULL;
    for (size_t i = 0; i < sizeof seps / sizeof seps[0]; i++) {
        const char *p = strstr(t, seps[i]);
        for (const char *q = p; q; q = strstr(q + 1, seps[i]))
            p = q; /* the last one */
        if (p && (!cut || p > cut))
            cut = p;
    }
    return cut && cut > t ? dy_strndup(mem, t, (size_t)(cut - t)) : NULL;
}

static int page_text(dy_buf *out, htmlDocPtr doc, unsigned flags,
                     const char *headline, dy_html_meta *meta)
{
    const dy_mem *mem = out->mem;
    xmlNode *top = xmlDocGetRootElement(doc);
    if (!top)
        return 0;
    dy_html_meta m = {NULL, NULL, NULL};
    char *h1 = NULL, *title = NULL, *head = NULL;
    read_meta((xmlNode *)doc, &m, &h1, &title, mem, 0);
    if (title)
        head = title_head(title, mem);
    if (!m.title)
        m.title = head ? dy_strndup(mem, head, strlen(head))
                       : title ? dy_strndup(mem, title, strlen(title))
                               : h1 ? dy_strndup(mem, h1, strlen(h1)) : NULL;
    const char *heads[] = {headline, m.title, title, head, h1};
    xmlNode *root = (flags & DY_HTML_PAGE) ? main_container(top) : top;
    /* the root itself may be a paragraph ("<p>text" as a fragment) */
    int rc = dy_html_tree_text(out, root, flags, heads,
                               sizeof heads / sizeof heads[0]);
    dy_free(mem, h1);
    dy_free(mem, title);
    dy_free(mem, head);
    if (meta)
        *meta = m;
    else
        dy_html_meta_free(&m, mem);
    return rc;
}

int dy_html_text(dy_buf *out, const char *html, size_t len,
                 const char *charset, unsigned flags, const char *headline,
                 dy_html_meta *meta, dyad_error *err)
{
    if (meta)
        memset(meta, 0, sizeof *meta);
    if (len > INT_MAX)
        return dy_error_set(err, DYAD_ELIMIT, NULL, 0, 0, -1,
                            "HTML of %zu bytes is too large", len);
    if (len == 0)
        return 0;
    int nul;
    if (!charset && dy_utf8_check(html, len, &nul) == (size_t)-1)
        charset = "UTF-8"; /* libxml2 would guess Latin-1 */
    int opts = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
               HTML_PARSE_NOWARNING | HTML_PARSE_NONET;
    htmlDocPtr doc = htmlReadMemory(html, (int)len, NULL, charset, opts);
    if (!doc && charset)
        doc = htmlReadMemory(html, (int)len, NULL, NULL, opts);
    if (!doc)
        return 0; /* nothing readable: no text */
    int rc = page_text(out, doc, flags, headline, meta);
    xmlFreeDoc(doc);
    if (rc)
        return dy_error_set(err, rc, NULL, 0, 0, -1, "out of memory");
    return 0;
}
