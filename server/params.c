/*
 * params.c - a request's query string as filters: each parameter checked
 * for its shape here (the library checks the rest), an unknown one or
 * one given twice refused, every refusal a 400 that names the parameter.
 */
#include "server.h"

#include <ctype.h>
#include <errno.h>
#include <microhttpd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PARAM_MAX 32      /* parameters of one request */
#define VALUE_MAX 200     /* bytes of one value */

/* where a text filter goes, or NULL */
static const char **text_field(srv_params *p, const char *key)
{
    static const struct {
        const char *key;
        size_t off;
    } fields[] = {
        {"from", offsetof(dyad_query, from)},
        {"to", offsetof(dyad_query, to)},
        {"actor", offsetof(dyad_query, actor)},
        {"cameo", offsetof(dyad_query, cameo)},
        {"plover", offsetof(dyad_query, plover)},
        {"status", offsetof(dyad_query, status)},
        {"country", offsetof(dyad_query, country)},
        {"place", offsetof(dyad_query, place)},
        {"text", offsetof(dyad_query, text)},
    };
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++)
        if (!strcmp(key, fields[i].key))
            return (const char **)((char *)&p->q + fields[i].off);
    return NULL;
}

/* a decimal count 0..max; -1 when it is not one */
static int count_of(const char *v, unsigned long long max, size_t *out)
{
    if (!isdigit((unsigned char)v[0]) || strlen(v) > 12)
        return -1;
    char *end;
    errno = 0;
    unsigned long long n = strtoull(v, &end, 10);
    if (*end || errno || n > max)
        return -1;
    *out = (size_t)n;
    return 0;
}

/* YYYY-MM-DD or YYYY-MM in shape (the library checks the day) */
static int date_shape(const char *v)
{
    size_t n = strlen(v);
    if (n != 10 && n != 7)
        return 0;
    for (size_t i = 0; i < n; i++)
        if ((i == 4 || i == 7) ? v[i] != '-' : !isdigit((unsigned char)v[i]))
            return 0;
    return 1;
}

/* letters, digits and - _ . only: codes, sort keys, periods */
static int is_code(const char *v)
{
    if (!v[0])
        return 0;
    for (const char *s = v; *s; s++)
        if (!isalnum((unsigned char)*s) && !strchr("-_.", *s))
            return 0;
    return 1;
}

static int bbox_of(const char *v, dyad_query *q)
{
    double d[4];
    const char *s = v;
    for (int i = 0; i < 4; i++) {
        char *end;
        errno = 0;
        d[i] = strtod(s, &end);
        if (end == s || errno || (i < 3 ? *end != ',' : *end != '\0'))
            return -1;
        s = end + 1;
    }
    q->has_bbox = 1;
    for (int i = 0; i < 4; i++)
        q->bbox[i] = d[i];
    return 0;
}

static int dyad_of(const char *v, srv_params *p)
{
    snprintf(p->dyad_buf, sizeof p->dyad_buf, "%s", v);
    char *comma = strchr(p->dyad_buf, ',');
    if (!comma || comma == p->dyad_buf || !comma[1] || !is_code(comma + 1))
        return -1;
    *comma = '\0';
    if (!is_code(p->dyad_buf))
        return -1;
    p->q.dyad_source = p->dyad_buf;
    p->q.dyad_target = comma + 1;
    return 0;
}

static int period_of(const char *v, dyad_period *by)
{
    static const char *const names[] = {"day", "week", "month"};
    for (int i = 0; i < 3; i++)
        if (!strcmp(v, names[i])) {
            *by = (dyad_period)i;
            return 0;
        }
    return -1;
}

/* the page's own parameters: 1 taken, 0 not one of them, -1 bad value
 * (the message in *why) */
static int page_param(srv_params *p, const char *k, const char *v,
                      const char **why)
{
    dyad_page *pg = &p->page;
    size_t n;
    if (!strcmp(k, "offset")) {
        *why = "offset: a count up to 1000000";
        return count_of(v, 1000000, &pg->offset) ? -1 : 1;
    }
    if (!strcmp(k, "limit")) {
        _Static_assert(DYAD_PAGE_MAX == 5000, "the message says 5000");
        *why = "limit: a count from 1 to 5000";
        if (count_of(v, DYAD_PAGE_MAX, &pg->limit) || !pg->limit)
            return -1;
        return 1;
    }
    if (!strcmp(k, "sort")) {
        *why = "sort: a sort key";
        pg->sort = v;
        return is_code(v) ? 1 : -1;
    }
    if (!strcmp(k, "bbox")) {
        *why = "bbox: west,south,east,north in degrees";
        return bbox_of(v, &p->q) ? -1 : 1;
    }
    if (!strcmp(k, "publisher")) {
        p->q.publisher = v;
        return 1;
    }
    if (!strcmp(k, "min_mentions")) {
        *why = "min_mentions: a count";
        if (count_of(v, 1000000000, &n))
            return -1;
        p->q.min_mentions = n;
        return 1;
    }
    return 0;
}

/* one parameter; 0, or -1 with the message in *why */
static int one_param(srv_params *p, unsigned allow, const char *k,
                     const char *v, const char **why)
{
    const char **field = text_field(p, k);
    *why = "unknown parameter";
    if (field && (allow & SRV_P_FILTERS)) {
        *why = "not a date (YYYY-MM-DD or YYYY-MM)";
        if ((!strcmp(k, "from") || !strcmp(k, "to")) && !date_shape(v))
            return -1;
        *why = "not a code";
        if (strcmp(k, "text") && strcmp(k, "place") && !is_code(v))
            return -1;
        *field = v;
        return 0;
    }
    if (allow & SRV_P_FILTERS) {
        if (!strcmp(k, "dyad")) {
            *why = "dyad: two actor codes, A,B";
            return dyad_of(v, p);
        }
        if (!strcmp(k, "directed")) {
            *why = "directed: 0 or 1";
            p->q.directed = v[0] == '1';
            return (v[0] == '0' || v[0] == '1') && !v[1] ? 0 : -1;
        }
        if (!strcmp(k, "quad")) {
            *why = "quad: 1 to 4";
            p->q.quad_class = v[0] - '0';
            return v[0] >= '1' && v[0] <= '4' && !v[1] ? 0 : -1;
        }
    }
    if (allow & SRV_P_PAGE) {
        int rc = page_param(p, k, v, why);
        if (rc)
            return rc < 0 ? -1 : 0;
    }
    if ((allow & SRV_P_STATS) && !strcmp(k, "by")) {
        *why = "by: day, week or month";
        return period_of(v, &p->by);
    }
    if ((allow & (SRV_P_STATS | SRV_P_TOP)) &&
        !strcmp(k, (allow & SRV_P_TOP) ? "limit" : "top")) {
        *why = "a count from 1 to 200";
        return count_of(v, 200, &p->top) || !p->top ? -1 : 0;
    }
    if ((allow & SRV_P_CODE) && !strcmp(k, "date")) {
        *why = "date: YYYY-MM-DD";
        p->date = v;
        return date_shape(v) && strlen(v) == 10 ? 0 : -1;
    }
    if ((allow & SRV_P_CODE) && !strcmp(k, "explain")) {
        *why = "explain: 0 or 1";
        p->explain = v[0] == '1';
        return (v[0] == '0' || v[0] == '1') && !v[1] ? 0 : -1;
    }
    return -1;
}

typedef struct walk {
    srv_params *p;
    unsigned allow;
    const char *keys[PARAM_MAX];
    int n;
    const char *bad_key, *why;
} walk;

static enum MHD_Result each(void *cls, enum MHD_ValueKind kind,
                            const char *key, const char *value)
{
    (void)kind;
    walk *w = cls;
    if (!strcmp(key, "token")) /* http.c checked it */
        return MHD_YES;
    if (w->n >= PARAM_MAX) {
        w->bad_key = key;
        w->why = "too many parameters";
        return MHD_NO;
    }
    for (int i = 0; i < w->n; i++)
        if (!strcmp(w->keys[i], key)) {
            w->bad_key = key;
            w->why = "given twice";
            return MHD_NO;
        }
    w->keys[w->n++] = key;
    if (!value)
        value = "";
    if (strlen(value) > VALUE_MAX) {
        w->bad_key = key;
        w->why = "value longer than 200 bytes";
        return MHD_NO;
    }
    if (one_param(w->p, w->allow, key, value, &w->why)) {
        w->bad_key = key;
        return MHD_NO;
    }
    return MHD_YES;
}

int srv_params_read(struct MHD_Connection *c, unsigned allow, srv_params *p,
                    srv_reply *r)
{
    memset(p, 0, sizeof *p);
    p->by = DYAD_PERIOD_MONTH;
    walk w = {.p = p, .allow = allow};
    MHD_get_connection_values(c, MHD_GET_ARGUMENT_KIND, each, &w);
    if (!w.bad_key)
        return 0;
    char msg[160];
    snprintf(msg, sizeof msg, "%s", w.why);
    srv_reply_error(r, 400, msg, w.bad_key);
    return -1;
}
