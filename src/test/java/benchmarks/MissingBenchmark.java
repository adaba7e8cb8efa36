package benchmarks;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;


/**
 * The missing patterns table (issue 16, done-when: "the area's patterns table for 5,000 children
 * with 50,000 episodes renders p95 ≤ 300 ms"): {@code /missing/patterns} for a team manager of the
 * North's children's social care, who may open every one of the children, so each request decides
 * access for all of them before counting anything. Timed over loopback HTTP against a plain signed-in
 * page in the same run. Everything is invented. Run it with
 * {@code scripts/bench-missing.sh [--children=5000 --episodes=50000 --requests=N ...]}.
 */
public final class MissingBenchmark {

    private final Map<String, String> options;
    private final ChronologyBenchmark bench;

    private MissingBenchmark(Map<String, String> options) {
        this.options = options;
        this.bench = new ChronologyBenchmark(options);
    }

    public static void main(String[] args) throws Exception {
        new MissingBenchmark(BenchRun.options(args, Map.of("children", "5000", "episodes", "50000",
                "requests", "1000", "concurrency", "2", "data-dir", "target/bench-missing"))).run();
    }

    private int option(String name) {
        return Integer.parseInt(options.get(name));
    }

    private void run() throws Exception {
        BenchRun.withApplication(bench, "Safeguarding Hub missing patterns benchmark", "bench-missing.txt", postgres -> {
            long[] loaded;
            try (Connection db = postgres.getPostgresDatabase().getConnection()) {
                Population.load(db, option("children"), option("children"), 1);
                loaded = load(db);
            }
            bench.line(String.format(Locale.ROOT, "area North: %,d children known to the North's police; %,d episodes from %,d reports",
                    option("children"), loaded[0], loaded[1]));
            measure();
        });
    }

    private void measure() throws Exception {
        BenchSession manager = BenchSession.signIn(bench.base, "tm.north");
        String page = manager.get("/missing/patterns");
        if (!page.contains("id=\"hotspots\"") || !page.contains("id=\"associates\"") || !page.contains("id=\"most-episodes\"")) {
            throw new IllegalStateException("the patterns table shows no hotspots, associates or children: " + page);
        }
        int requests = option("requests");
        int concurrency = option("concurrency");
        String[] paths = {"/missing/patterns", "/contacts/new"};
        for (String path : paths) {
            manager.time(path, requests / 3, concurrency);
        }
        Percentiles patterns = manager.time(paths[0], requests, concurrency);
        Percentiles plain = manager.time(paths[1], requests, concurrency);
        bench.line("");
        bench.line(String.format(Locale.ROOT, "patterns table, signed in as a team manager who may open every child, %d requests each:",
                requests));
        row("missing patterns table (four tables)", patterns);
        row("plain signed-in page (the contact form)", plain);
        bench.line(String.format(Locale.ROOT, "  ratio to the plain page at p95: %.1f; target p95 <= 300 ms",
                patterns.p95() / plain.p95()));
    }

    private void row(String label, Percentiles times) {
        BenchRun.row(bench, label, times);
    }

    /**
     * Episodes spread over the children (child {@code 1 + e mod children}), five to two hundred hours
     * long, one after another for each child; one report each from the North's police, a second from
     * the South's children's home for one episode in five (merged, as duplicates are); half the reports
     * say where the child was found (500 places), a quarter with whom (2,000 people); one report in five
     * held as police intelligence. The deadline job is taken to have looked at every episode already
     * (history loaded, not 50,000 returns to act on while the page is timed). Returns the episodes and reports made.
     */
    private long[] load(Connection db) throws Exception {
        int children = option("children");
        try (Statement sql = db.createStatement()) {
            sql.execute("""
                    insert into missing.episode (id, child_id, started_at, ended_at, interview_checked, created_at, updated_at)
                    select md5('bench-episode-' || e)::uuid, md5('bench-child-' || (1 + e %% %1$d))::uuid, s, s + h, true, now(), now()
                    from generate_series(0, %2$d - 1) e,
                         lateral (select timestamptz '2021-01-01' + (e / %1$d) * interval '9 days' as s,
                                         (5 + e::bigint * 31 %% 196) * interval '1 hour' as h) t""".formatted(children, option("episodes")));
            sql.execute("""
                    insert into missing.report (id, report_id, version, episode_id, child_id, source, agency_id, source_event_id,
                        from_setting, absence, reported_to_police, risk_grading, started_at, ended_at, found_at, found_with,
                        sensitivity, recorded_by, recorded_at)
                    select md5('bench-report-' || n || '-' || e.id)::uuid, md5('bench-report-' || n || '-' || e.id)::uuid, 1, e.id,
                           e.child_id, 'FEED', (select id from access.agency where code = a), 'BENCH-M-' || n || '-' || e.id,
                           (array['HOME', 'CARE', 'EDUCATION'])[1 + k % 3], 'MISSING', true,
                           (array['LOW', 'MEDIUM', 'HIGH'])[1 + k % 3], e.started_at + n * interval '10 minutes', e.ended_at,
                           case when k % 2 = 0 then 'Bench place ' || (k * 13 % 500) end,
                           case when k % 4 = 1 then 'Bench person ' || (k * 17 % 2000) end,
                           case when k % 5 = 3 then 'POLICE_INTELLIGENCE' else 'STANDARD' end, 'bench', now()
                    from (select *, row_number() over (order by id)::bigint as k from missing.episode) e,
                         lateral (select 0 as n, 'POLICE-NORTH' as a union all
                                  select 1, 'HOME-SOUTH' where e.k % 5 = 0) r""");
            // the reports are loaded set-based, not through the module: its summaries for the patterns
            // table are made as the migration V81 makes them for reports recorded before it (ADR 0034)
            sql.execute("select missing_patterns.refresh(array(select distinct child_id from missing.report))");
            sql.execute("vacuum analyze");
            try (ResultSet rs = sql.executeQuery("select (select count(*) from missing.episode), (select count(*) from missing.report)")) {
                rs.next();
                return new long[] {rs.getLong(1), rs.getLong(2)};
            }
        }
    }
}
