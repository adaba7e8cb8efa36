package benchmarks;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads the benchmark's synthetic population straight into the database with set-based SQL:
 * children with a police local id and name, the police force involved with each, and events spread
 * over five years, one child holding {@code bigChildEvents} of them. Everything is invented.
 */
final class Population {

    static final String BIG_CHILD = "md5('bench-child-1')::uuid";

    private Population() {
    }

    /**
     * A deadline due now for every child (as if 72 hours had just passed for each), and for one
     * child in ten a missing episode that ended five days ago with no return interview.
     */
    static void dueDeadlines(Connection db, int children) throws SQLException {
        try (Statement sql = db.createStatement()) {
            sql.execute("""
                    insert into chronology.event (id, event_id, version, child_id, agency_id, source_event_id, type,
                        occurred_at, ended_at, summary, significance, sensitivity, recorded_at, recorded_by, recorded_by_kind)
                    select u, u, 1, md5('bench-child-' || i)::uuid, (select id from access.agency where code = 'POLICE-NORTH'),
                           'BENCH-DUE-' || i, 'MISSING_EPISODE', now() - interval '6 days', now() - interval '5 days',
                           'Synthetic missing episode, returned five days ago.', 'SIGNIFICANT', 'STANDARD', now(), 'bench', 'API_CLIENT'
                    from (select i, ('02000000-0000-7000-8000-' || lpad(to_hex(i), 12, '0'))::uuid as u
                          from generate_series(1, %d, 10) i) g""".formatted(children));
            sql.execute("""
                    insert into oversight.deadline (child_id, code, due_at)
                    select md5('bench-child-' || i)::uuid, 'RETURN_INTERVIEW_OVERDUE', now() - interval '1 minute'
                    from generate_series(1, %d) i
                    on conflict (child_id, code) do update set due_at = excluded.due_at""".formatted(children));
        }
    }

    static void load(Connection db, int children, long events, int bigChildEvents) throws SQLException {
        try (Statement sql = db.createStatement()) {
            sql.execute("create temporary table bench_agency as select id, row_number() over (order by code) as n "
                    + "from access.agency where code in ('POLICE-NORTH', 'ED-NORTH', 'SCHOOL-NORTH', 'CSC-NORTH', 'GP-NORTH')");
            sql.execute("""
                    insert into chronology.child (id, given_name, family_name, date_of_birth, sex, created_at)
                    select md5('bench-child-' || i)::uuid, 'Given' || (i %% 997), 'Family' || i,
                           date '2008-01-01' + (i %% 3650), case when i %% 2 = 0 then 'F' else 'M' end, now()
                    from generate_series(1, %d) i""".formatted(children));
            sql.execute("""
                    insert into chronology.child_name (id, child_id, given_name, family_name, name_key, given_key,
                                                       family_key, kind, recorded_at)
                    select md5('bench-name-' || i)::uuid, md5('bench-child-' || i)::uuid, 'Given' || (i %% 997),
                           'Family' || i, lower('Given' || (i %% 997)) || '|' || lower('Family' || i),
                           lower('Given' || (i %% 997)), lower('Family' || i), 'CURRENT', now()
                    from generate_series(1, %d) i""".formatted(children));
            sql.execute("""
                    insert into chronology.child_identifier (id, child_id, kind, issuer_agency_id, value, recorded_at)
                    select md5('bench-id-' || i)::uuid, md5('bench-child-' || i)::uuid, 'LOCAL',
                           (select id from access.agency where code = 'POLICE-NORTH'), 'BENCH-P-' || i, now()
                    from generate_series(1, %d) i""".formatted(children));
            sql.execute("""
                    insert into chronology.network_member (id, child_id, agency_id, started_on, recorded_by, recorded_at)
                    select md5('bench-net-' || i)::uuid, md5('bench-child-' || i)::uuid,
                           (select id from access.agency where code = 'POLICE-NORTH'), date '2020-01-01', 'bench', now()
                    from generate_series(1, %d) i""".formatted(children));
            // loading 5 million rows is far quicker into an unindexed table; the indexes are then
            // rebuilt exactly as the migrations defined them
            List<String> indexes = new ArrayList<>();
            try (ResultSet rs = sql.executeQuery("select indexdef from pg_indexes where schemaname = 'chronology' "
                    + "and tablename = 'event' and indexname <> 'event_pkey'")) {
                while (rs.next()) {
                    indexes.add(rs.getString(1));
                }
            }
            sql.execute("alter table chronology.event drop constraint event_pkey");
            for (String index : indexes) {
                sql.execute("drop index chronology." + index.split(" ")[index.startsWith("CREATE UNIQUE") ? 3 : 2]);
            }
            // event e belongs to the big child for e <= bigChildEvents, otherwise to child 2..N in turn
            sql.execute("""
                    insert into chronology.event (id, event_id, version, child_id, agency_id, source_event_id,
                        content_hash, type, occurred_at, summary, details, significance, sensitivity, subject,
                        recorded_at, recorded_by, recorded_by_kind)
                    select u, u, 1,
                           case when e <= %2$d then %3$s
                                else md5('bench-child-' || (2 + (e - %2$d) %% greatest(%1$d - 1, 1)))::uuid end,
                           a.id, 'BENCH-E-' || e, decode(md5('h' || e), 'hex'),
                           (array['NOTE','POLICE_INCIDENT','ED_ATTENDANCE','SCHOOL_ABSENCE','MISSING_EPISODE','CONTACT'])[1 + e %% 6],
                           timestamptz '2021-01-01' + (e::bigint * 7919 %% 1826) * interval '1 day' + (e %% 1440) * interval '1 minute',
                           'Synthetic benchmark event ' || e || ': a routine note of the kind partners send every day.',
                           case when e %% 4 = 0 then '{"reason": "synthetic", "injury": false}'::jsonb end,
                           (array['ROUTINE','ROUTINE','ROUTINE','SIGNIFICANT','CRITICAL'])[1 + e %% 5],
                           case when e %% 10 = 0 then 'HEALTH' else 'STANDARD' end,
                           '{"localId": "bench"}'::jsonb, now(), 'bench', 'API_CLIENT'
                    from (select e, ('01000000-0000-7000-8000-' || lpad(to_hex(e), 12, '0'))::uuid as u
                          from generate_series(1, %4$d) e) g
                    join bench_agency a on a.n = 1 + g.e %% 5""".formatted(children, bigChildEvents, BIG_CHILD, events));
            sql.execute("alter table chronology.event add primary key (id)");
            for (String index : indexes) {
                sql.execute(index);
            }
            // as autovacuum leaves a table in steady use: statistics current, visibility map set
            sql.execute("vacuum analyze");
        }
    }
}
