/*
 * rules.c - the store's rules without SQL that both back-ends apply:
 * days and periods (stats, plots, filters), status bits, the publisher
 * NumSources counts, and the merge of a report into an event
 * (docs/store.md, "Merging repeated reports") over the statements each
 * back-end binds and steps (dy_merge_ops).
 */
#include "store/rules.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

/* the first day of the period after the one holding `day` */
long dy_store_next_period(long day, dyad_period by)
{
    if (by == DYAD_PERIOD_DAY)
        return day + 1;
    if (by == DYAD_PERIOD_WEEK)
        return day + 7;
    long y, m, d;
    dy_civil_from_days(day, &y, &m, &d);
    if (by == DYAD_PERIOD_YEAR)
        return dy_days_from_civil(y + 1, 1, 1);
    return dy_days_from_civil(m == 12 ? y + 1 : y, m == 12 ? 1 : m + 1, 1);
}

/* the label of the period starting on `day`: YYYY, YYYY-MM or YYYY-MM-DD */
void dy_store_period_label(long day, dyad_period by, char *buf, size_t size)
{
    long y, m, d;
    dy_civil_from_days(day, &y, &m, &d);
    if (by == DYAD_PERIOD_YEAR)
        snprintf(buf, size, "%04ld", y);
    else if (by == DYAD_PERIOD_MONTH)
        snprintf(buf, size, "%04ld-%02ld", y, m);
    else
        snprintf(buf, size, "%04ld-%02ld-%02ld", y, m, d);
}

/* the first day of the period holding `day` (weeks start on Monday;
 * 1970-01-01, day 0, was a Thursday) */
long dy_store_period_start(long day, dyad_period by)
{
    long y, m, d;
    if (by == DYAD_PERIOD_DAY)
        return day;
    if (by == DYAD_PERIOD_WEEK)
        return day - ((day + 3) % 7 + 7) % 7;
    dy_civil_from_days(day, &y, &m, &d);
    return dy_days_from_civil(y, by == DYAD_PERIOD_YEAR ? 1 : m, 1);
}

/* The period for a span of days: about 120 periods at most, so a chart's
 * bars stay readable and a table short (docs/store.md). */
dyad_period dy_store_pick_period(long first, long last)
{
    long span = last - first + 1;
    if (span <= 90)
        return DYAD_PERIOD_DAY;
    if (span <= 731)
        return DYAD_PERIOD_WEEK;
    if (span <= 3653)
        return DYAD_PERIOD_MONTH;
    return DYAD_PERIOD_YEAR;
}

static const char *const period_names[] = {"days", "weeks", "months",
                                           "years"};

/* The number of periods from `first`'s to `last` into *n; DYAD_ELIMIT
 * when there are more than max (0: DYAD_STATS_MAX_PERIODS), naming the
 * span and how to ask for more: a series is never cut short. */
int dy_store_count_periods(long first, long last, dyad_period by, size_t max,
                           size_t *n, dyad_error *err)
{
    if (!max)
        max = DYAD_STATS_MAX_PERIODS;
    if (max > DYAD_STATS_PERIODS_LIMIT)
        return dy_error_set(err, DYAD_EINVAL, NULL, 0, 0, -1,
                            "at most %d periods can be asked for, not %zu",
                            DYAD_STATS_PERIODS_LIMIT, max);
    *n = 0;
    long p = dy_store_period_start(first, by);
    for (; p <= last && *n <= max; p = dy_store_next_period(p, by))
        (*n)++;
    if (*n <= max)
        return 0;
    char a[16], b[16];
    dy_store_period_label(first, DYAD_PERIOD_DAY, a, sizeof a);
    dy_store_period_label(last, DYAD_PERIOD_DAY, b, sizeof b);
    return dy_error_set(err, DYAD_ELIMIT, NULL, 0, 0, -1,
                        "the events from %s to %s span more than %zu %s, "
                        "the most a series has (--max-periods %zu): narrow "
                        "the dates (--from, --to), count by a longer period "
                        "(--by), or raise --max-periods (at most %d)",
                        a, b, max, period_names[by], max,
                        DYAD_STATS_PERIODS_LIMIT);
}

const char *const dy_store_status_names[DY_STATUS_COUNT] = {
    "asserted", "reported", "confirmed", "denied",
    "hypothetical", "future", "negated", "embedded"};

unsigned dy_store_status_bit(const char *status)
{
    for (unsigned i = 0; status && i < DY_STATUS_COUNT; i++)
        if (strcmp(status, dy_store_status_names[i]) == 0)
            return 1u << i;
    return 0;
}

/* YYYY-MM-DD, or a month YYYY-MM (meaning its first day) -> day number;
 * -1 for anything else. What a day is, dy_date_parse decides: 2023-02-31
 * is refused, not read as 3 March. */
int dy_store_day(const char *s, long *out)
{
    char first[11];
    int32_t ymd;
    if (!s)
        return -1;
    size_t len = strlen(s);
    if (len == 7) {
        memcpy(first, s, 7);
        memcpy(first + 7, "-01", 4);
        s = first;
        len = 10;
    }
    if (dy_date_parse(s, len, &ymd))
        return -1;
    *out = dy_days_from_civil(ymd / 10000, ymd / 100 % 100, ymd % 100);
    return 0;
}

/* The status list of q as bits of events.status_mask into *mask; 0 for
 * "all" (no filter). DYAD_EINVAL naming an unknown status. */
int dy_store_status_mask(const char *list, unsigned *mask, dyad_error *err)
{
    *mask = DY_STATUS_HAPPENED;
    if (!list || !list[0])
        return 0;
    if (strcmp(list, "all") == 0) {
        *mask = 0;
        return 0;
    }
    *mask = 0;
    const char *p = list;
    for (int n = 0; n < 16; n++) {
        size_t len = strcspn(p, ",");
        char name[32];
        snprintf(name, sizeof name, "%.*s", (int)(len < 31 ? len : 31), p);
        unsigned bit = len < 31 ? dy_store_status_bit(name) : 0;
        if (!bit)
            return dy_error_set(err, DYAD_EINVAL, NULL, 0, 0, -1,
                                "bad status '%s' (asserted, reported, "
                                "confirmed, denied, hypothetical, future, "
                                "negated, embedded, comma-separated, or "
                                "all)",
                                name);
        *mask |= bit;
        if (!p[len])
            return 0;
        p += len + 1;
    }
    return dy_error_set(err, DYAD_EINVAL, NULL, 0, 0, -1,
                        "too many statuses in '%s' (at most 16)", list);
}

/* the publisher that NumSources counts: the source, the URL's host, or
 * (unknown) the document itself */
void dy_store_publisher(const char *source, const char *url,
                         const char *doc_id, char *buf, size_t size)
{
    if (source && source[0]) {
        snprintf(buf, size, "%s", source);
        return;
    }
    if (url && url[0]) {
        const char *h = strstr(url, "://");
        h = h ? h + 3 : url;
        size_t n = strcspn(h, "/?#:");
        if (n > 0) {
            snprintf(buf, size, "%.*s", (int)(n < 200 ? n : 200), h);
            return;
        }
    }
    snprintf(buf, size, "doc:%s", doc_id);
}

long dy_store_day_or_none(const char *date)
{
    long day;
    return date && dy_store_day(date, &day) == 0 ? day : -1;
}

void dy_store_legacy_hash(const dyad_doc *d, char out[17])
{
    snprintf(out, 17, "%016llx",
             (unsigned long long)dy_hash(d->text, d->text_len));
}

/* ------------------------------------------------------------ merging */

void dy_merge_place_key(const dy_mention *m, char *buf, size_t size)
{
    buf[0] = '\0';
    if (m->loose) /* a guess: it neither keys nor splits a merge */
        return;
    if (m->geonameid > 0)
        snprintf(buf, size, "g:%ld", m->geonameid);
    else if (m->location && m->location[0]) {
        size_t n = (size_t)snprintf(buf, size, "n:%s/",
                                    m->country ? m->country : "");
        for (const char *p = m->location; *p && n + 1 < size; p++)
            buf[n++] = (char)tolower((unsigned char)*p);
        buf[n < size ? n : size - 1] = '\0';
    }
}

int dy_merge_place_agrees(const char *pk, const char *k)
{
    return !pk[0] || !k || strcmp(k, pk) == 0;
}

/* 1 when neither actor of the report has a country ("REB", "CVL",
 * "GOV" against nobody): such dyads are too common to say that two
 * reports of them from two documents are one event unless they name one
 * place */
static int countryless(const dy_mention *m)
{
    char a[4], b[4];
    return !dy_actor_country(m->source_code, a)[0] &&
           !dy_actor_country(m->target_code, b)[0];
}

int dy_merge_dated_agrees(const dy_mention *m, const char *pk, const char *k,
                          const char *first_doc)
{
    if (!dy_merge_place_agrees(pk, k))
        return 0;
    if (!countryless(m) || (first_doc && strcmp(first_doc, m->doc_id) == 0))
        return 1;
    return pk[0] && k && strcmp(k, pk) == 0;
}

/* The event a dated mention merges into: among the first MERGE_CANDIDATES
 * events of its code and dyad ordered by distance in days (0, then 1), then
 * id, the first whose place agrees; 0 if none. Each day is one index seek
 * already in id order, so no rows are sorted. */
static int find_dated(long long *out, const dy_merge_ops *ops, void *ctx,
                      const dy_mention *m, const char *tcode, long day,
                      const char *pk)
{
    dy_merge_cand same[MERGE_CANDIDATES], before[MERGE_CANDIDATES],
        after[MERGE_CANDIDATES];
    *out = 0;
    int n = ops->on_day(ctx, m, tcode, day, pk, same);
    if (n < 0)
        return -1;
    for (int i = 0; i < n; i++)
        if (same[i].place_ok) {
            *out = same[i].id;
            return 0;
        }
    if (n == MERGE_CANDIDATES)
        return 0;
    int nb = ops->on_day(ctx, m, tcode, day - 1, pk, before);
    int na = nb < 0 ? -1 : ops->on_day(ctx, m, tcode, day + 1, pk, after);
    if (na < 0)
        return -1;
    /* the two neighbouring days merged by id */
    for (int i = 0, j = 0, left = MERGE_CANDIDATES - n;
         left > 0 && (i < nb || j < na); left--) {
        const dy_merge_cand *c =
            j >= na || (i < nb && before[i].id < after[j].id) ? &before[i++]
                                                               : &after[j++];
        if (c->place_ok) {
            *out = c->id;
            return 0;
        }
    }
    return 0;
}

int dy_merge_add(const dy_merge_ops *ops, void *ctx, const dy_mention *m)
{
    char pk[200];
    dy_merge_place_key(m, pk, sizeof pk);
    const char *tcode = m->target_code ? m->target_code : "";
    long day = 0;
    int dated = m->date && dy_store_day(m->date, &day) == 0;
    long long id = 0;
    if (dated ? find_dated(&id, ops, ctx, m, tcode, day, pk)
              : ops->undated(ctx, m, tcode, pk, &id))
        return -1;
    int joined = id != 0;
    if (joined ? ops->join(ctx, m, id, pk)
               : ops->create(ctx, m, tcode, dated, day, pk, &id))
        return -1;
    if (ops->mention(ctx, m, id))
        return -1;
    /* a report with a toll joining an event: that toll of the event
     * again, by the rule (a new event took its first report's) */
    if (joined && m->killed >= 0 &&
        ops->recount(ctx, m->killed_cum ? DY_TOLL_KILLED_CUM : DY_TOLL_KILLED,
                     id))
        return -1;
    if (joined && m->injured >= 0 &&
        ops->recount(ctx,
                     m->injured_cum ? DY_TOLL_INJURED_CUM : DY_TOLL_INJURED,
                     id))
        return -1;
    return ops->actors ? ops->actors(ctx, m) : 0;
}

void dy_merge_mention_of(dy_mention *m, const dyad_doc *d, const dyad_event *e)
{
    memset(m, 0, sizeof *m);
    m->date = e->date;
    m->sentence = (long)e->sentence;
    m->source_code = e->source.code ? e->source.code : "";
    m->source_text = e->source.text;
    m->target_code = e->target.code;
    m->target_text = e->target.code ? e->target.text : NULL;
    m->cameo = e->cameo;
    m->quad_class = e->quad_class;
    m->goldstein = e->goldstein;
    m->plover_type = e->plover_type;
    m->plover_mode = e->plover_mode;
    m->status = e->status;
    m->attributed_to =
        e->attributed_to.code ? e->attributed_to.code : e->attributed_to.text;
    if (e->location) {
        const dyad_location *l = e->location;
        m->location = l->name;
        m->country = l->country;
        m->admin1 = l->admin1;
        m->precision = l->precision;
        m->has_latlon = l->lat != 0 || l->lon != 0;
        m->lat = l->lat;
        m->lon = l->lon;
        m->geonameid = l->geonameid;
        m->loose = l->loose;
    }
    m->killed = e->killed.value;
    m->injured = e->injured.value;
    m->killed_approx = e->killed.approximate;
    m->injured_approx = e->injured.approximate;
    m->killed_cum = e->killed.cumulative;
    m->injured_cum = e->injured.cumulative;
    m->doc_date = d->date;
    m->trigger_text = d->text + e->trigger.start;
    m->trigger_len = e->trigger.len;
    m->trigger_start = (long)e->trigger.start;
    m->pattern = e->pattern;
}

int dy_merge_doc(const dy_merge_ops *ops, void *ctx, const dyad_result *r,
                 const char *id, const char *pub)
{
    const dyad_doc *d = dyad_result_doc(r);
    size_t count = dyad_result_count(r);
    /* events come in sentence order: one sentence row per sentence */
    long last_sent = -1;
    long long sent_id = 0;
    for (size_t i = 0; i < count; i++) {
        const dyad_event *e = dyad_result_event(r, i);
        if ((long)e->sentence != last_sent) {
            if (ops->sentence(ctx, id, d, e, &sent_id))
                return -1;
            last_sent = (long)e->sentence;
        }
        dy_mention m;
        dy_merge_mention_of(&m, d, e);
        m.doc_id = id;
        m.publisher = pub;
        m.sentence_id = sent_id;
        if (dy_merge_add(ops, ctx, &m))
            return -1;
    }
    return 0;
}

/* ----------------------------------------------------------- identity */

/* Stores r as new under key: as a copy of a stored article when it is a
 * near-duplicate of one (unless NO_NEAR), else with its own events and
 * signature. out->kind is set to NEAR_DUPLICATE for a copy. */
static int store_new(const dy_put_ops *ops, void *ctx, const dyad_result *r,
                     const char *content, const dy_near_sig *sig,
                     const dyad_put_options *o, dyad_put_result *out,
                     char *article)
{
    const dyad_doc *d = dyad_result_doc(r);
    const char *key = out->key;
    char pub[256];
    dy_store_publisher(d->source, d->url, key, pub, sizeof pub);
    dy_near_sig own;
    if (!sig) {
        dy_store_near_sig(d, &own);
        sig = &own;
    }
    double sim = 0;
    long long seq = 0;
    article[0] = '\0';
    if (!(o->flags & DYAD_PUT_F_NO_NEAR) &&
        ops->near_find(ctx, r, key, content, sig, o, article, &sim))
        return -1;
    if (article[0]) {
        if ((ops->lock_groups && ops->lock_groups(ctx, article)) ||
            ops->insert_doc(ctx, r, key, content, article, sim, 0, &seq) ||
            ops->near_attach(ctx, key, pub, article))
            return -1;
        out->kind = DYAD_PUT_NEAR_DUPLICATE;
        out->similarity = sim;
        snprintf(out->other, sizeof out->other, "%s", article);
        return 0;
    }
    if (ops->insert_doc(ctx, r, key, content, NULL, 0,
                        (long)dyad_result_count(r), &seq) ||
        ops->doc_events(ctx, r, key, pub))
        return -1;
    return sig->ok ? ops->near_index(ctx, key, d->date, seq, sig) : 0;
}

/* Takes the copies of an article out of the counts before the article is
 * replaced (their mentions point at its sentences): their keys go to
 * copies, NUL-separated, to be attached again to what replaces it. */
static int detach_copies(const dy_put_ops *ops, void *ctx, const char *key,
                         dy_buf *copies)
{
    if (ops->copies(ctx, key, copies) || copies->failed)
        return -1;
    for (size_t at = 0; at < copies->len; at += strlen(copies->data + at) + 1)
        if (ops->remove_mentions(ctx, copies->data + at))
            return -1;
    return 0;
}

/* the stored document r replaces or duplicates, into old ("" when
 * none): 1 when the rules leave r out (out->kind says why), 0, -1 */
static int identify(const dy_put_ops *ops, void *ctx, const dyad_result *r,
                    const dyad_put_options *o, const char *content,
                    dyad_put_result *out, char *old, size_t cap)
{
    const dyad_doc *d = dyad_result_doc(r);
    const char *key = out->key;
    int replace = (o->flags & DYAD_PUT_F_REPLACE) != 0;
    int recode = (o->flags & DYAD_PUT_F_RECODE) != 0;
    char hash[17];
    dy_store_legacy_hash(d, hash);
    dy_stored_doc p;
    old[0] = '\0';
    int found = ops->doc_get(ctx, key, &p);
    if (found < 0)
        return -1;
    if (found) {
        int same = p.content[0] ? strcmp(content, p.content) == 0
                                : strcmp(hash, p.hash) == 0;
        snprintf(out->other, sizeof out->other, "%s",
                 p.origin[0] ? p.origin : key);
        if (same ? !recode : !replace) {
            out->kind = same ? DYAD_PUT_DUPLICATE : DYAD_PUT_CONFLICT;
            return 1;
        }
        snprintf(old, cap, "%s", key);
        return 0;
    }
    if (ops->legacy && ops->legacy(ctx, hash, old, cap))
        return -1;
    if (old[0] && !recode) {
        out->kind = DYAD_PUT_DUPLICATE;
        snprintf(out->other, sizeof out->other, "%s", old);
        return 1;
    }
    return 0;
}

int dy_identity_put(const dy_put_ops *ops, void *ctx, const dyad_result *r,
                    const dyad_put_options *o, const dy_near_sig *sig,
                    dyad_put_result *out)
{
    const dyad_doc *d = dyad_result_doc(r);
    char content[DY_SHA256_HEX], old[DYAD_KEY_MAX], article[DYAD_KEY_MAX];
    dy_sha256_hex(d->text, d->text_len, content);
    int rc = identify(ops, ctx, r, o, content, out, old, sizeof old);
    if (rc)
        return rc < 0 ? -1 : 0;
    out->kind = old[0] ? DYAD_PUT_REPLACED : DYAD_PUT_STORED;
    dy_buf copies;
    dy_buf_init(&copies, NULL);
    if (old[0])
        rc = (ops->lock_groups && ops->lock_groups(ctx, old)) ||
             detach_copies(ops, ctx, old, &copies) ||
             ops->remove_doc(ctx, old);
    if (!rc)
        rc = store_new(ops, ctx, r, content, sig, o, out, article);
    for (size_t at = 0; !rc && at < copies.len;
         at += strlen(copies.data + at) + 1)
        rc = ops->relink(ctx, copies.data + at,
                         article[0] ? article : out->key);
    dy_buf_free(&copies);
    return rc ? -1 : 0;
}
