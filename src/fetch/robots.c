/*
 * robots.c - robots.txt (RFC 9309) for the article pages dyad fetches
 * from a feed's links: which group applies to dyad, and whether its
 * rules allow a path. A pure function over the file's bytes; fetching
 * and keeping robots.txt per origin is fetch.c's.
 */
#include "fetch/fetch.h"

#include <string.h>

#define MAX_PATTERN 1024 /* longer rule values are ignored */

/* Whether pattern (n bytes; '*' any run, a final '$' the end) matches a
 * prefix of path, or all of it with '$'. The usual wildcard matcher with
 * one back-track point: O(len(path) x n) at worst. */
static int rule_matches(const char *pat, size_t n, const char *path)
{
    int anchored = n && pat[n - 1] == '$';
    if (anchored)
        n--;
    size_t p = 0, s = 0, star_p = (size_t)-1, star_s = 0;
    size_t plen = strlen(path);
    for (;;) {
        if (p == n) {
            if (!anchored || s == plen)
                return 1;
        } else if (pat[p] == '*') {
            star_p = ++p;
            star_s = s;
            continue;
        } else if (s < plen && pat[p] == path[s]) {
            p++;
            s++;
            continue;
        }
        if (star_p == (size_t)-1 || star_s >= plen)
            return 0;
        p = star_p;
        s = ++star_s;
    }
}

static int ieq(const char *a, size_t n, const char *b)
{
    size_t m = strlen(b);
    if (n != m)
        return 0;
    for (size_t i = 0; i < n; i++) {
        char x = a[i], y = b[i];
        if (x >= 'A' && x <= 'Z')
            x = (char)(x + 32);
        if (y >= 'A' && y <= 'Z')
            y = (char)(y + 32);
        if (x != y)
            return 0;
    }
    return 1;
}

/* the verdict of one set of groups: the longest matching rule */
typedef struct verdict {
    int has_group; /* some group applied */
    size_t len;    /* of the longest matching rule + 1; 0: none */
    int allow;
} verdict;

static void apply(verdict *v, int allow, const char *pat, size_t n,
                  const char *path)
{
    if (n == 0 || n > MAX_PATTERN)
        return; /* "Disallow:" with no value disallows nothing */
    if (!rule_matches(pat, n, path))
        return;
    if (n + 1 > v->len || (n + 1 == v->len && allow)) {
        v->len = n + 1;
        v->allow = allow;
    }
}

/* one line's key and value, trimmed, comments removed */
static void split_line(const char *line, size_t n, const char **key,
                       size_t *klen, const char **val, size_t *vlen)
{
    const char *hash = memchr(line, '#', n);
    if (hash)
        n = (size_t)(hash - line);
    const char *colon = memchr(line, ':', n);
    *klen = *vlen = 0;
    *key = *val = line;
    if (!colon)
        return;
    size_t a = 0, b = (size_t)(colon - line);
    while (a < b && (line[a] == ' ' || line[a] == '\t'))
        a++;
    while (b > a && (line[b - 1] == ' ' || line[b - 1] == '\t'))
        b--;
    *key = line + a;
    *klen = b - a;
    size_t c = (size_t)(colon - line) + 1, d = n;
    while (c < d && (line[c] == ' ' || line[c] == '\t'))
        c++;
    while (d > c && (line[d - 1] == ' ' || line[d - 1] == '\t' ||
                     line[d - 1] == '\r'))
        d--;
    *val = line + c;
    *vlen = d - c;
}

int dy_robots_allows(const char *robots, size_t len, const char *agent,
                     const char *path)
{
    verdict ours = {0, 0, 1}, star = {0, 0, 1};
    int for_us = 0, for_star = 0, in_agents = 0;
    size_t rules = 0;
    for (size_t at = 0; at < len && rules < DY_ROBOTS_MAX_RULES;) {
        const char *line = robots + at;
        const char *nl = memchr(line, '\n', len - at);
        size_t n = nl ? (size_t)(nl - line) : len - at;
        at += n + 1;
        const char *key, *val;
        size_t klen, vlen;
        split_line(line, n, &key, &klen, &val, &vlen);
        if (ieq(key, klen, "user-agent")) {
            if (!in_agents) /* a new group */
                for_us = for_star = 0;
            in_agents = 1;
            size_t tok = 0; /* the product token: up to '/' or a space */
            while (tok < vlen && val[tok] != '/' && val[tok] != ' ')
                tok++;
            if (ieq(val, tok, agent))
                for_us = ours.has_group = 1;
            else if (ieq(val, tok, "*"))
                for_star = star.has_group = 1;
            continue;
        }
        int allow = ieq(key, klen, "allow");
        if (!allow && !ieq(key, klen, "disallow"))
            continue; /* sitemap, crawl-delay, blank lines: no group end */
        in_agents = 0;
        rules++;
        if (for_us)
            apply(&ours, allow, val, vlen, path);
        if (for_star)
            apply(&star, allow, val, vlen, path);
    }
    const verdict *v = ours.has_group ? &ours : &star;
    return v->len == 0 || v->allow;
}
