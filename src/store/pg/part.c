/*
 * part.c - events partitioned by month (PostgreSQL schema 4,
 * docs/scale.md): an event's month key, the partition of a month created
 * on demand before a document's transaction, the migration from schema 3,
 * and the months of the events the merge has just read, so that every
 * statement names an event by id and month and touches one partition.
 */
#include "store/pg/pg.h"

#include <stdio.h>
#include <string.h>

/* the month key of an event's day in SQL: dy_pg_month's rule */
#define MONTH_OF_DAY                                                          \
    "CASE WHEN day IS NULL THEN 0 ELSE to_char(date '1970-01-01' +"         \
    " day::integer, 'YYYYMM')::integer END"

int dy_pg_month(long day, int dated)
{
    if (!dated)
        return 0;
    long y, m, d;
    dy_civil_from_days(day, &y, &m, &d);
    return (int)(y * 100 + m);
}

/* a month key that names a partition: YYYYMM, years 1 to 9999 */
static int month_ok(int month)
{
    return month > 100 && month < 1000000 && month % 100 >= 1 &&
           month % 100 <= 12;
}

int dy_pg_has_partition(const dy_pg *pg, int month)
{
    if (month == 0)
        return 1;
    for (int i = 0; i < pg->nmonths; i++)
        if (pg->months[i] == month)
            return 1;
    return 0;
}

static void remember(dy_pg *pg, int month)
{
    if (pg->nmonths < DY_PG_MONTHS) /* beyond: asked again, still right */
        pg->months[pg->nmonths++] = month;
}

/* 1 when month's partition exists, 0, -1 */
static int partition_exists(dy_pg *pg, int month)
{
    char name[32];
    snprintf(name, sizeof name, "events_%d", month);
    dy_pgp p;
    dy_pgp_init(&p);
    dy_pgp_text(&p, name);
    PGresult *r = dy_pg_query(pg, "SELECT to_regclass($1) IS NOT NULL", &p);
    if (!r)
        return -1;
    int yes = PQgetvalue(r, 0, 0)[0] == 't';
    PQclear(r);
    return yes;
}

/* Month's partition, created once however many processes ask at once:
 * one statement (its own transaction) that takes a transaction advisory
 * lock, asks again whether the partition exists (another process may
 * have made it meanwhile: a query of pg_class, which sees what committed
 * before it, where to_regclass would look in the statement's older
 * catalog snapshot) and makes it if not: a table made alone, then
 * attached. ATTACH PARTITION locks events against schema changes only
 * (SHARE UPDATE EXCLUSIVE), so writers go on inserting meanwhile; CREATE
 * TABLE ... PARTITION OF would lock it whole, waiting for (and
 * deadlocking with) a writer that holds a partition it named directly
 * (dy_pg_run_month) and then inserts into events. Nor is there a DEFAULT
 * partition, which a new one would have to lock. The DDL holds only
 * integers written here. */
static int create_partition(dy_pg *pg, int month)
{
    char sql[500];
    snprintf(sql, sizeof sql,
             "DO $$ BEGIN PERFORM pg_advisory_xact_lock(%lld);"
             " IF NOT EXISTS (SELECT 1 FROM pg_class c JOIN pg_namespace n"
             " ON n.oid = c.relnamespace WHERE c.relname = 'events_%d'"
             " AND n.nspname = current_schema()) THEN"
             " CREATE TABLE events_%d (LIKE events INCLUDING DEFAULTS);"
             " ALTER TABLE events ATTACH PARTITION events_%d"
             " FOR VALUES FROM (%d) TO (%d); END IF; END $$",
             DY_PG_LOCK_PART, month, month, month, month, month + 1);
    return dy_pg_exec(pg, sql);
}

static int ensure(dy_pg *pg, int month)
{
    if (dy_pg_has_partition(pg, month))
        return 0;
    if (!month_ok(month))
        return -1;
    int rc = partition_exists(pg, month);
    if (rc == 0)
        rc = create_partition(pg, month) ? -1 : 1;
    if (rc > 0)
        remember(pg, month);
    return rc < 0 ? -1 : 0;
}

int dy_pg_partitions_for(dy_pg *pg, const dyad_result *r)
{
    for (size_t i = 0; i < dyad_result_count(r); i++) {
        const dyad_event *e = dyad_result_event(r, i);
        long day = 0;
        int dated = e->date && dy_store_day(e->date, &day) == 0;
        if (ensure(pg, dy_pg_month(day, dated)))
            return -1;
    }
    return 0;
}

/* --------------------------------------------------------- migration */

/* schema 3's events table set aside, and the partitioned one made in its
 * likeness (columns, defaults, the id sequence), keyed by id and month;
 * undated events in the partition of month 0 (not a DEFAULT partition:
 * see create_partition) */
static const char *const v2_tables =
    "ALTER TABLE mentions DROP CONSTRAINT mentions_event_id_fkey;"
    "ALTER TABLE events RENAME TO events_v1;"
    "ALTER TABLE events_v1 RENAME CONSTRAINT events_pkey TO events_v1_pkey;"
    "DROP INDEX events_key, events_day, events_country_day, events_quad_day,"
    " events_plover_day, events_dyad_day, events_target_day;"
    "CREATE TABLE events (LIKE events_v1 INCLUDING DEFAULTS,"
    " month integer NOT NULL, PRIMARY KEY (id, month))"
    " PARTITION BY RANGE (month);"
    "CREATE TABLE events_undated PARTITION OF events"
    " FOR VALUES FROM (0) TO (1);";

/* the rows moved (ids kept), the indexes of schema 3 on every partition,
 * the month carried into mentions. The mentions' foreign key to events
 * is not made again: its check on a partitioned table took 3 to 4 times
 * an insert's time (docs/scale.md, "Events by month"); the writer's rules
 * make each report's event, and the tests check every one is there. */
static const char *const v2_rows =
    "INSERT INTO events SELECT v.*, " MONTH_OF_DAY " FROM events_v1 v;"
    "ALTER SEQUENCE events_id_seq OWNED BY events.id;"
    "DROP TABLE events_v1;"
    "CREATE INDEX events_key ON events(cameo, source_code, target_code, day);"
    "CREATE INDEX events_day ON events(day);"
    "CREATE INDEX events_country_day ON events(country, day);"
    "CREATE INDEX events_quad_day ON events(quad_class, day);"
    "CREATE INDEX events_plover_day ON events(plover_type, day);"
    "CREATE INDEX events_dyad_day ON events(source_code, target_code, day);"
    "CREATE INDEX events_target_day ON events(target_code, day);"
    "ALTER TABLE mentions ADD COLUMN event_month integer;"
    "UPDATE mentions m SET event_month = e.month FROM events e"
    " WHERE e.id = m.event_id;"
    "ALTER TABLE mentions ALTER COLUMN event_month SET NOT NULL;"
    "UPDATE dyad_meta SET value = '4' WHERE name = 'schema';";

/* the partitions of the months schema 3's events hold */
static int v2_partitions(dy_pg *pg)
{
    PGresult *r = dy_pg_query(pg,
                              "SELECT DISTINCT " MONTH_OF_DAY
                              " FROM events_v1 WHERE day IS NOT NULL",
                              NULL);
    if (!r)
        return -1;
    int rc = 0;
    for (int i = 0; !rc && i < PQntuples(r); i++) {
        int month = (int)dy_pg_int(r, i, 0, 0);
        rc = month_ok(month) ? create_partition(pg, month) : -1;
    }
    PQclear(r);
    return rc;
}

int dy_pg_partition_events(dy_pg *pg)
{
    return dy_pg_exec(pg, v2_tables) || v2_partitions(pg) ||
                   dy_pg_exec(pg, v2_rows)
               ? -1
               : 0;
}

/* ------------------------------------------------- months of events */

int dy_pg_doc_events(dy_pg *pg, const char *doc, dy_buf *a, dy_pgp *p)
{
    dy_buf_init(a, NULL);
    dy_pgp q;
    dy_pgp_init(&q);
    dy_pgp_text(&q, doc);
    PGresult *r = dy_pg_run(pg, DY_PGS_DOC_EVENTS, &q);
    if (!r || PQntuples(r) != 1) {
        PQclear(r);
        return -1;
    }
    /* both texts in one buffer, NUL-separated: bound once it is whole */
    size_t ids = PQgetlength(r, 0, 0) + 1;
    dy_buf_put(a, PQgetvalue(r, 0, 0), ids);
    dy_buf_puts(a, PQgetvalue(r, 0, 1));
    PQclear(r);
    if (a->failed)
        return -1;
    dy_pgp_text(p, a->data);
    dy_pgp_text(p, a->data + ids);
    return 0;
}

void dy_pg_saw(dy_pg *pg, long long id, int month)
{
    unsigned i = pg->nseen++ % DY_PG_SEEN;
    pg->seen[i].id = id;
    pg->seen[i].month = month;
}

int dy_pg_event_month(dy_pg *pg, long long id, int *month)
{
    unsigned n = pg->nseen < DY_PG_SEEN ? pg->nseen : DY_PG_SEEN;
    for (unsigned i = 0; i < n; i++)
        if (pg->seen[i].id == id) {
            *month = pg->seen[i].month;
            return 0;
        }
    /* not read by this merge (never in practice): from the store, every
     * partition's key looked up */
    dy_pgp p;
    dy_pgp_init(&p);
    dy_pgp_int(&p, id);
    PGresult *r = dy_pg_run(pg, DY_PGS_EV_MONTH, &p);
    if (!r || PQntuples(r) != 1) {
        PQclear(r);
        return -1;
    }
    *month = (int)dy_pg_int(r, 0, 0, 0);
    PQclear(r);
    dy_pg_saw(pg, id, *month);
    return 0;
}
