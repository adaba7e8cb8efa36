package benchmarks;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;

/**
 * The missing patterns' summaries refreshed for a batch's children (the work every recording of a
 * missing episode does, ADR 0034), by the function of this version and, as the baseline in the same
 * run, by V85's function taken from its migration: the database alone, no application. Children are
 * drawn at random from a synthetic population with episodes, places and people; each round gives the
 * same children a new report and times their refresh both ways, in alternating order, each in a
 * transaction rolled back afterwards.
 *
 * <p>{@code scripts/bench-patterns-refresh.sh [--children=20000] [--batch=167] [--rounds=200]}
 */
public final class PatternRefreshBenchmark {

    private PatternRefreshBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = BenchRun.options(args, Map.of("children", "20000", "batch", "167", "rounds", "200",
                "data-dir", "target/bench-refresh"));
        int children = Integer.parseInt(options.get("children"));
        Path dir = Path.of(options.get("data-dir"));
        ChronologyBenchmark.deleteRecursively(dir);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setDataDirectory(dir.resolve("postgres"))
                .setCleanDataDirectory(true).setServerConfig("shared_buffers", "256MB");
        if (options.containsKey("explain")) {
            // --explain=on: the plans of both functions' statements, as run, in the log under --data-dir
            builder.setServerConfig("shared_preload_libraries", "auto_explain").setServerConfig("auto_explain.log_min_duration", "0")
                    .setServerConfig("auto_explain.log_analyze", "on").setServerConfig("auto_explain.log_nested_statements", "on")
                    .setServerConfig("logging_collector", "on")
                    .setServerConfig("log_directory", dir.toAbsolutePath().resolve("postgres-log").toString());
        }
        try (EmbeddedPostgres postgres = builder.start();
             Connection db = postgres.getPostgresDatabase().getConnection()) {
            Flyway.configure().dataSource(postgres.getPostgresDatabase()).locations("classpath:db/migration")
                    .createSchemas(false).load().migrate();
            populate(db, children);
            try (Statement sql = db.createStatement()) {
                sql.execute(v85().replace("missing_patterns.refresh(", "missing_patterns.refresh_v85("));
                sql.execute("analyze");
            }
            db.setAutoCommit(false);
            List<Double> baseline = new ArrayList<>();
            List<Double> current = new ArrayList<>();
            int rounds = Integer.parseInt(options.get("rounds"));
            for (int r = 0; r < rounds + 20; r++) {
                UUID[] batch = batch(db, Integer.parseInt(options.get("batch")));
                boolean baselineFirst = r % 2 == 0;
                double first = time(db, baselineFirst ? "refresh_v85" : "refresh", batch);
                double second = time(db, baselineFirst ? "refresh" : "refresh_v85", batch);
                if (r >= 20) { // the first rounds warm the caches and the plans
                    baseline.add(baselineFirst ? first : second);
                    current.add(baselineFirst ? second : first);
                }
            }
            double before = median(baseline);
            double after = median(current);
            System.out.printf(Locale.ROOT, "missing_patterns.refresh of %s children at a time (of %,d with reports), median of %d rounds:"
                    + "%n  V85's function (baseline) %.2f ms; this version's %.2f ms; ratio %.2f%n", options.get("batch"), children,
                    rounds, before, after, after / before);
        }
    }

    /** Three agencies; children with one to five episodes of one to three reports, some restricted, some found with people. */
    private static void populate(Connection db, int children) throws Exception {
        try (Statement sql = db.createStatement()) {
            sql.execute("""
                    insert into access.agency (id, code, name, type, area, created_at)
                    select gen_random_uuid(), code, code, 'POLICE', 'North', now()
                    from unnest(array['BENCH-A', 'BENCH-B', 'BENCH-C']) code""");
            sql.execute("insert into chronology.child (id, created_at) select gen_random_uuid(), now() from generate_series(1, "
                    + children + ")");
            sql.execute("""
                    insert into missing.episode (id, child_id, started_at, ended_at, created_at, updated_at)
                    select gen_random_uuid(), c.id, s.start, s.start + interval '5 hours', now(), now()
                    from chronology.child c
                    -- "(c.id is null)" (always 0) ties each series to its row, so random() draws a count per child
                    cross join lateral (select timestamptz '2025-01-01' + (n * 11 + (random() * 5)::int) * interval '1 day' as start
                                        from generate_series(1, 1 + (random() * 4)::int + (c.id is null)::int) n) s""");
            sql.execute("""
                    insert into missing.report (id, report_id, version, episode_id, child_id, source, agency_id, started_at,
                                                ended_at, found_at, found_with, sensitivity, recorded_by, recorded_at)
                    select gen_random_uuid(), gen_random_uuid(), 1, e.id, e.child_id, 'FEED',
                           (select id from access.agency where code = 'BENCH-' || chr(65 + (r + (e.id is null)::int) % 3)),
                           e.started_at + r * interval '20 minutes', e.ended_at,
                           case when random() < 0.5 then 'Park ' || (random() * 200)::int end,
                           case when random() < 0.4 then 'Jay ' || (random() * 300)::int || ' and Kaz ' || (random() * 300)::int end,
                           case when random() < 0.15 then 'POLICE_INTELLIGENCE' else 'STANDARD' end, 'bench', now()
                    from missing.episode e cross join lateral generate_series(0, (random() * 2)::int + (e.id is null)::int) r""");
            sql.execute("select missing_patterns.refresh(array(select id from chronology.child))");
        }
    }

    private static String v85() throws Exception {
        String migration = new String(PatternRefreshBenchmark.class
                .getResourceAsStream("/db/migration/V85__missing_patterns_standard.sql").readAllBytes(), StandardCharsets.UTF_8);
        Matcher function = Pattern.compile("create or replace function missing_patterns.refresh\\(children uuid\\[]\\).*?end \\$\\$;",
                Pattern.DOTALL).matcher(migration);
        if (!function.find()) {
            throw new IllegalStateException("V85's refresh not found in its migration");
        }
        return function.group();
    }

    private static UUID[] batch(Connection db, int size) throws Exception {
        try (PreparedStatement sql = db.prepareStatement("select id from chronology.child order by random() limit ?")) {
            sql.setInt(1, size);
            List<UUID> ids = new ArrayList<>();
            try (var rs = sql.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                }
            }
            db.rollback();
            return ids.toArray(UUID[]::new);
        }
    }

    /**
     * Milliseconds the function takes for these children once each has a new report (a new episode,
     * still open, found at a place), as a batch of the feed gives it; rolled back so every round
     * starts alike. (Timing the refresh of unchanged children would flatter a refresh that writes
     * only what changes.)
     */
    private static double time(Connection db, String function, UUID[] children) throws Exception {
        try (PreparedStatement report = db.prepareStatement("""
                with episode as (
                    insert into missing.episode (id, child_id, started_at, created_at, updated_at)
                    select gen_random_uuid(), c, timestamptz '2026-06-01' + random() * interval '30 days', now(), now()
                    from unnest(?) c
                    returning id, child_id, started_at)
                insert into missing.report (id, report_id, version, episode_id, child_id, source, agency_id, started_at,
                                            found_at, sensitivity, recorded_by, recorded_at)
                select gen_random_uuid(), gen_random_uuid(), 1, e.id, e.child_id, 'FEED',
                       (select id from access.agency where code = 'BENCH-A'), e.started_at, 'Park 7', 'STANDARD', 'bench', now()
                from episode e""");
             PreparedStatement sql = db.prepareStatement("select missing_patterns." + function + "(?)")) {
            report.setArray(1, db.createArrayOf("uuid", children));
            report.executeUpdate();
            sql.setArray(1, db.createArrayOf("uuid", children));
            long start = System.nanoTime();
            sql.execute();
            double ms = (System.nanoTime() - start) / 1e6;
            db.rollback();
            return ms;
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
