package benchmarks;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The foundation benchmark (issue "Foundation", item 10), in one run:
 * <ol>
 * <li>starts a real PostgreSQL and the application in its own JVM as the image runs it ({@link #applicationJvm});</li>
 * <li>loads a synthetic population (default 100,000 children, 5,000,000 events, one child with
 *     5,000 events);</li>
 * <li>times the first chronology page (50 newest) three ways: through the real API (token, access
 *     check, audit, mapping), through a bare endpoint in the same process (same SQL, JSON, nothing
 *     else), and the SQL alone over JDBC;</li>
 * <li>times event-feed ingest in batches of 500 through the HTTP API against a raw JDBC batch
 *     insert of the same rows;</li>
 * <li>reports the application's heap in use after the load.</li>
 * </ol>
 * Run it with {@code scripts/bench-chronology.sh [--children=N --events=N ...]}.
 */
public final class ChronologyBenchmark {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String SECRET = "bench-secret-0123456789";

    final Map<String, String> options;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    final StringBuilder report = new StringBuilder();
    String base;
    String token;
    EmbeddedPostgres postgres;
    Path dir;
    Process app;
    /** The database the application and the raw insert use now. */
    String database = "postgres";
    /** Encrypts the token signing key (an external database gets no generated one); the same for every start of a run. */
    final String keyEncryptionSecret = UUID.randomUUID().toString();
    /** Extra options for the application's JVM (the load run's flight recording). */
    List<String> jvmOptions = List.of();

    ChronologyBenchmark(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        Map<String, String> options = new HashMap<>(Map.of("children", "100000", "events", "5000000",
                "big-child-events", "5000", "requests", "3000", "concurrency", "2", "ingest-batches", "200", "ingest-rounds", "3",
                "batch-size", "500", "data-dir", "target/bench", "front-door-contacts", "2000"));
        options.putIfAbsent("only", "all");
        options.putIfAbsent("log-statements", "off");
        options.putIfAbsent("jfr", "off");
        options.putIfAbsent("auto-explain", "off");
        options.putIfAbsent("stat-statements", "off");
        options.putIfAbsent("warm-up-batches", "100");
        options.putAll(CommandLineOptions.parse(args));
        new ChronologyBenchmark(options).run();
    }

    int option(String name) {
        return Integer.parseInt(options.get(name));
    }

    void run() throws Exception {
        Path dir = Path.of(options.get("data-dir"));
        deleteRecursively(dir);
        Files.createDirectories(dir);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setDataDirectory(dir.resolve("postgres"))
                .setCleanDataDirectory(true).setPGStartupWait(Duration.ofMinutes(1)).setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                .setServerConfig("shared_buffers", "256MB").setServerConfig("logging_collector", "on")
                .setServerConfig("log_directory", dir.toAbsolutePath().resolve("postgres-log").toString())
                // --log-statements=on logs every statement, to count the round trips of a batch (docs/performance.md)
                .setServerConfig("log_min_duration_statement", "on".equals(options.get("log-statements")) ? "0" : "-1");
        List<String> preload = new ArrayList<>();
        if ("on".equals(options.get("stat-statements"))) {
            // --stat-statements=on: the database's time per statement of the timed batches, nested ones too (statementTimes)
            preload.add("pg_stat_statements");
            builder.setServerConfig("pg_stat_statements.track", "all");
        }
        if (!"off".equals(options.get("auto-explain"))) {
            // --auto-explain=<ms>: the plans, with foreign-key trigger times, of statements slower than that, nested ones too
            preload.add("auto_explain");
            builder
                    .setServerConfig("auto_explain.log_min_duration", options.get("auto-explain"))
                    .setServerConfig("auto_explain.log_analyze", "on").setServerConfig("auto_explain.log_triggers", "on")
                    .setServerConfig("auto_explain.log_nested_statements", "on");
        }
        if (!preload.isEmpty()) {
            builder.setServerConfig("shared_preload_libraries", String.join(",", preload));
        }
        try (EmbeddedPostgres postgres = builder.start()) {
            this.postgres = postgres;
            this.dir = dir;
            start(true);
            try {
                line("Safeguarding Hub benchmark, " + Instant.now());
                line("machine: " + Runtime.getRuntime().availableProcessors() + " cores; application JVM "
                        + String.join(" ", applicationJvm()) + "; "
                        + "PostgreSQL " + version(postgres) + " with fsync and synchronous_commit on (as the default run); client concurrency " + option("concurrency"));
                try (Connection db = postgres.getPostgresDatabase().getConnection()) {
                    long started = System.nanoTime();
                    Population.load(db, option("children"), option("events"), option("big-child-events"));
                    line(String.format(Locale.ROOT, "population: %,d children, %,d events (one child with %,d) loaded in %.0f s",
                            option("children"), (long) option("events"), option("big-child-events"),
                            (System.nanoTime() - started) / 1e9));
                }
                token = token("POLICE-NORTH");
                // --only=ingest measures ingest alone, for iterating on it
                boolean all = !"ingest".equals(options.get("only"));
                if (all) {
                    chronologyReads(postgres);
                    new FrontDoorPages(this).measure();
                }
                ingest(postgres);
                if (all) {
                    deadlines(postgres);
                }
                Map<?, ?> heap = JSON.readValue(get("/bench/heap", null).body(), Map.class);
                line(String.format(Locale.ROOT, "application heap after the load (after a full GC): %.0f MB used of %.0f MB max",
                        ((Number) heap.get("usedBytes")).doubleValue() / 1048576, ((Number) heap.get("maxBytes")).doubleValue() / 1048576));
            } finally {
                stop();
            }
        }
        Files.writeString(Path.of("target", "bench-chronology.txt"), report);
    }

    // ---- chronology reads -------------------------------------------------------------------

    void chronologyReads(EmbeddedPostgres postgres) throws Exception {
        UUID big = bigChild(postgres);
        int requests = option("requests");
        int concurrency = option("concurrency");
        String api = "/api/v1/children/c-" + big + "/chronology?size=50";
        String bare = "/bench/bare/children/" + big + "/chronology";
        // warm up the JIT and the database cache on both paths
        timeHttp(api, token, requests / 3, concurrency);
        timeHttp(bare, null, requests / 3, concurrency);
        timeSql(postgres, big, requests / 3, concurrency);
        Percentiles apiTimes = timeHttp(api, token, requests, concurrency);
        Percentiles bareTimes = timeHttp(bare, null, requests, concurrency);
        Percentiles sqlTimes = timeSql(postgres, big, requests, concurrency);
        line("");
        line("chronology first page (50 newest) of the child with " + option("big-child-events") + " events, "
                + requests + " requests each:");
        line(String.format(Locale.ROOT, "  %-58s p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms", "API (token, access check, audit, mapping)",
                apiTimes.p50(), apiTimes.p95(), apiTimes.p99()));
        line(String.format(Locale.ROOT, "  %-58s p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms", "bare endpoint (same SQL, JSON, no layers)",
                bareTimes.p50(), bareTimes.p95(), bareTimes.p99()));
        line(String.format(Locale.ROOT, "  %-58s p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms", "SQL alone over JDBC",
                sqlTimes.p50(), sqlTimes.p95(), sqlTimes.p99()));
        line(String.format(Locale.ROOT, "  ratio API/bare at p95: %.2f (target <= 2); API p95 target <= 10 ms",
                apiTimes.p95() / bareTimes.p95()));
        // children of ordinary size, picked at random
        Percentiles random = timeRandomChildren(requests, concurrency);
        line(String.format(Locale.ROOT, "  %-58s p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms", "API, random children (~50 events each)",
                random.p50(), random.p95(), random.p99()));
    }

    Percentiles timeRandomChildren(int requests, int concurrency) throws Exception {
        int children = option("children");
        return parallel(requests, concurrency, () -> {
            int i = 2 + ThreadLocalRandom.current().nextInt(Math.max(children - 1, 1));
            return "/api/v1/children/c-" + md5Uuid("bench-child-" + i) + "/chronology?size=50";
        }, token);
    }

    Percentiles timeHttp(String path, String bearer, int requests, int concurrency) throws Exception {
        return parallel(requests, concurrency, () -> path, bearer);
    }

    Percentiles parallel(int requests, int concurrency, Callable<String> paths, String bearer) throws Exception {
        return inWorkers(requests, concurrency, share -> {
            long[] times = new long[share];
            for (int i = 0; i < share; i++) {
                String path = paths.call();
                long start = System.nanoTime();
                HttpResponse<String> response = get(path, bearer);
                times[i] = System.nanoTime() - start;
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
                }
            }
            return times;
        });
    }

    /** Times taken by each of {@code concurrency} workers doing its share of the requests. */
    interface Worker {
        long[] run(int share) throws Exception;
    }

    static Percentiles inWorkers(int requests, int concurrency, Worker worker) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try {
            List<Future<long[]>> futures = new ArrayList<>();
            for (int w = 0; w < concurrency; w++) {
                futures.add(pool.submit(() -> worker.run(requests / concurrency)));
            }
            return new Percentiles(concat(futures));
        } finally {
            pool.shutdown();
        }
    }

    Percentiles timeSql(EmbeddedPostgres postgres, UUID child, int requests, int concurrency) throws Exception {
        return inWorkers(requests, concurrency, share -> {
            long[] times = new long[share];
            try (Connection db = postgres.getPostgresDatabase().getConnection();
                 PreparedStatement query = db.prepareStatement(BenchServer.Bare.SQL)) {
                for (int i = 0; i < share; i++) {
                    long start = System.nanoTime();
                    query.setObject(1, child);
                    int rows = 0;
                    try (ResultSet rs = query.executeQuery()) {
                        while (rs.next()) {
                            rs.getString("summary");
                            rows++;
                        }
                    }
                    times[i] = System.nanoTime() - start;
                    if (rows == 0) {
                        throw new IllegalStateException("no rows");
                    }
                }
            }
            return times;
        });
    }

    // ---- ingest ------------------------------------------------------------------------------

    /**
     * Ingest is noisy on a shared two-core machine, so it runs in rounds, each with new events
     * about random known children: with the alert rules, then without them, then the raw insert of
     * as many rows; medians are reported. Each of these starts from its own copy of the population
     * as loaded, so that none measures a database the others have added to (events piled on the
     * same children raise ever more alerts, which is a different question).
     */
    void ingest(EmbeddedPostgres postgres) throws Exception {
        int rounds = option("ingest-rounds");
        line("");
        List<double[]> results = new ArrayList<>();
        for (int r = 1; r <= rounds; r++) {
            double[] with = ingestRound(true, "R" + r);
            double[] without = ingestRound(false, "N" + r);
            stop();
            copyPopulation();
            double raw = rawInsert(postgres, option("ingest-batches"), option("batch-size"), option("concurrency"), "RAW-" + r);
            results.add(new double[] {with[0], without[0], raw, with[1], with[2], with[3]});
            line(String.format(Locale.ROOT, "ingest round %d: feed %,.0f events/s with the alert rules, %,.0f without; raw insert "
                    + "%,.0f events/s; rules' timer: %.0f%% of the feed's request time; %,.0f alerts raised", r, with[0],
                    without[0], raw, with[1], with[3]));
            // CPU per event is steadier than events/s when other work shares the machine
            line(String.format(Locale.ROOT, "  CPU ms per 1,000 events (application / database / client): with the rules "
                    + "%.0f / %.0f / %.0f; without %.0f / %.0f / %.0f; raw insert - / %.0f / %.0f", with[4], with[5], with[6],
                    without[4], without[5], without[6], rawCpu[1], rawCpu[2]));
        }
        database = "postgres";
        start(true);
        double with = median(results, 0);
        double without = median(results, 1);
        line(String.format(Locale.ROOT, "event-feed ingest, median of %d rounds of %d batches of %d through POST /api/v1/events: "
                + "%,.0f events/s with the alert rules, %,.0f without", rounds, option("ingest-batches"), option("batch-size"),
                with, without));
        line(String.format(Locale.ROOT, "raw JDBC batch insert of the same rows into chronology.event, median:   %,.0f events/s",
                median(results, 2)));
        line(String.format(Locale.ROOT, "  ratio feed (with the rules)/raw: %.0f%% (target >= 25%%); feed target >= 10,000 events/s",
                100 * median(results.stream().map(x -> new double[] {x[0] / x[2]}).toList(), 0)));
        // the issue's measure: the rules' share of the time ingest takes, (t_with - t_without) / t_with
        line(String.format(Locale.ROOT, "alert rules on ingest: %.1f%% of ingest time (target <= 20%%), so ingest takes "
                + "%.0f%% longer with them than without; their own timer: %.0f%% of the feed's request time",
                100 * (1 - with / without), 100 * (without / with - 1), median(results, 3)));
    }

    static double median(List<double[]> rows, int column) {
        double[] values = rows.stream().mapToDouble(x -> x[column]).sorted().toArray();
        return values.length % 2 == 1 ? values[values.length / 2]
                : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
    }

    /**
     * Feed events/s, the rules' timer as a share of the feed's request time and over the rest, in
     * %, and the alerts raised.
     */
    double[] ingestRound(boolean withAlertRules, String prefix) throws Exception {
        stop();
        copyPopulation();
        start(withAlertRules);
        token = token("POLICE-NORTH");
        // warm-up batches, not counted: a restarted application compiles its code for the first minute or so, and with
        // 10 of them the timed batches paid for it (13 s of C2 compilation in a 25 s phase; ADR 0041)
        for (String body : bodies(prefix + "-WARM", option("warm-up-batches"))) {
            post("/api/v1/events", body, token);
        }
        List<String> bodies = bodies(prefix, option("ingest-batches"));
        statementTimes(false, 0);
        double[] before = timers();
        double[] cpu = cpu();
        long start = System.nanoTime();
        runInParallel(bodies.size(), option("concurrency"), b -> {
            HttpResponse<String> response = post("/api/v1/events", bodies.get(b), token);
            if (response.statusCode() != 200 || response.body().contains("REJECTED") || response.body().contains("CONFLICT")) {
                throw new IllegalStateException("batch " + b + ": " + response.statusCode() + " " + response.body().substring(0, 300));
            }
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        double[] used = cpuPerThousand(cpu, bodies.size() * option("batch-size"));
        statementTimes(true, bodies.size());
        double[] after = timers();
        double feed = after[0] - before[0];
        double alerts = after[1] - before[1];
        return new double[] {(double) bodies.size() * option("batch-size") / seconds, 100 * alerts / feed,
                100 * alerts / (feed - alerts), alertsRaised(), used[0], used[1], used[2]};
    }

    /**
     * With --stat-statements=on, before the timed batches: the statistics emptied; after them: the
     * statements that took most of the database's time, per batch (a function's statements are
     * counted both on their own and within the function's call).
     */
    void statementTimes(boolean print, int batches) throws Exception {
        if (!"on".equals(options.get("stat-statements"))) {
            return;
        }
        try (Connection db = postgres.getDatabase("postgres", database).getConnection(); Statement sql = db.createStatement()) {
            if (!print) {
                sql.execute("create extension if not exists pg_stat_statements");
                sql.execute("select pg_stat_statements_reset()");
                return;
            }
            try (ResultSet rs = sql.executeQuery("""
                    select calls, total_exec_time, left(regexp_replace(query, '\\s+', ' ', 'g'), 120) from pg_stat_statements
                    where dbid = (select oid from pg_database where datname = current_database())
                    order by total_exec_time desc limit 30""")) {
                while (rs.next()) {
                    line(String.format(Locale.ROOT, "  %7.2f ms %6.1f calls per batch: %s", rs.getDouble(2) / batches,
                            rs.getDouble(1) / batches, rs.getString(3)));
                }
            }
        }
    }

    /** CPU seconds so far of the application, the database and this client. */
    double[] cpu() {
        return new double[] {app == null ? 0 : ProcessCpu.of(app.pid()), ProcessCpu.postgres(dir.resolve("postgres")),
            ProcessCpu.of(ProcessHandle.current().pid())};
    }

    /** CPU milliseconds per 1,000 events since {@code before}: application, database, client. */
    double[] cpuPerThousand(double[] before, int events) {
        double[] now = cpu();
        double[] used = new double[3];
        for (int i = 0; i < 3; i++) {
            used[i] = (now[i] - before[i]) * 1e6 / events;
        }
        return used;
    }

    /** A fresh copy of the population as loaded (the database "postgres", untouched while ingest runs). */
    void copyPopulation() throws Exception {
        try (Connection db = postgres.getDatabase("postgres", "template1").getConnection();
             Statement sql = db.createStatement()) {
            sql.execute("drop database if exists ingest with (force)");
            sql.execute("create database ingest template postgres strategy file_copy");
        }
        database = "ingest";
    }

    long alertsRaised() throws Exception {
        try (Connection db = postgres.getDatabase("postgres", database).getConnection();
             ResultSet rs = db.createStatement().executeQuery("select count(*) from oversight.alert")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Batches of events about random known children, linked by the police force's local id. */
    List<String> bodies(String prefix, int batches) {
        int children = option("children");
        List<String> bodies = new ArrayList<>();
        for (int b = 0; b < batches; b++) {
            ObjectNode batch = JSON.createObjectNode();
            ArrayNode events = batch.putArray("events");
            for (int e = 0; e < option("batch-size"); e++) {
                int child = 1 + ThreadLocalRandom.current().nextInt(children);
                ObjectNode event = events.addObject();
                event.put("eventId", prefix + "-" + b + "-" + e);
                event.putObject("subject").put("localId", "BENCH-P-" + child).put("givenName", "Given" + (child % 997))
                        .put("familyName", "Family" + child);
                event.put("type", e % 3 == 0 ? "MISSING_EPISODE" : "POLICE_INCIDENT");
                event.put("occurredAt", "2026-0" + (1 + e % 9) + "-1" + (e % 10) + "T2" + (e % 4) + ":15:00Z");
                event.put("summary", "Benchmark ingest event " + b + "/" + e + ": reported by the force control room.");
                event.put("significance", e % 7 == 0 ? "SIGNIFICANT" : "ROUTINE");
                if (e % 3 == 0) {
                    event.putObject("details").put("from", "HOME").put("reportedToPolice", true).put("riskGrading", "MEDIUM");
                }
            }
            bodies.add(batch.toString());
        }
        return bodies;
    }

    /** Seconds spent so far in feed requests, and in alert evaluation within them. */
    double[] timers() throws Exception {
        Map<?, ?> timers = JSON.readValue(get("/bench/timers", null).body(), Map.class);
        return new double[] {((Number) timers.get("feedSeconds")).doubleValue(),
                ((Number) timers.get("alertSeconds")).doubleValue()};
    }

    /** The same number of rows, batches and connections, inserted directly: no HTTP, validation, linking or audit. */
    double rawInsert(EmbeddedPostgres postgres, int batches, int size, int concurrency, String prefix) throws Exception {
        String sql = """
                insert into chronology.event (id, event_id, version, child_id, agency_id, source_event_id, content_hash,
                    type, occurred_at, occurred_date_only, ended_at, ended_date_only, summary, details, significance,
                    sensitivity, subject, recorded_at, recorded_by, recorded_by_kind)
                values (?, ?, 1, ?, ?, ?, ?, ?, ?, false, null, false, ?, ?::jsonb, ?, 'STANDARD', ?::jsonb, now(), 'raw', 'API_CLIENT')""";
        UUID agency;
        try (Connection db = postgres.getDatabase("postgres", database).getConnection();
             ResultSet rs = db.createStatement().executeQuery("select id from access.agency where code = 'POLICE-NORTH'")) {
            rs.next();
            agency = rs.getObject(1, UUID.class);
        }
        int children = option("children");
        double[] cpu = cpu();
        long start = System.nanoTime();
        String url = postgres.getJdbcUrl("postgres", database) + "&reWriteBatchedInserts=true";
        ThreadLocal<Connection> connections = ThreadLocal.withInitial(() -> {
            try {
                Connection c = DriverManager.getConnection(url);
                c.setAutoCommit(false);
                return c;
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        List<Connection> opened = java.util.Collections.synchronizedList(new ArrayList<>());
        runInParallel(batches, concurrency, b -> {
            Connection db = connections.get();
            opened.add(db);
            try (PreparedStatement insert = db.prepareStatement(sql)) {
                for (int e = 0; e < size; e++) {
                    UUID id = UUID.randomUUID();
                    insert.setObject(1, id);
                    insert.setObject(2, id);
                    insert.setObject(3, md5Uuid("bench-child-" + (1 + ThreadLocalRandom.current().nextInt(children))));
                    insert.setObject(4, agency);
                    insert.setString(5, prefix + "-" + b + "-" + e);
                    insert.setBytes(6, new byte[32]);
                    insert.setString(7, e % 3 == 0 ? "MISSING_EPISODE" : "POLICE_INCIDENT");
                    insert.setObject(8, java.time.OffsetDateTime.parse("2026-0" + (1 + e % 9) + "-1" + (e % 10) + "T2" + (e % 4) + ":15:00Z"));
                    insert.setString(9, "Benchmark ingest event " + b + "/" + e + ": reported by the force control room.");
                    insert.setString(10, e % 3 == 0 ? "{\"from\": \"HOME\", \"reportedToPolice\": true, \"riskGrading\": \"MEDIUM\"}" : null);
                    insert.setString(11, e % 7 == 0 ? "SIGNIFICANT" : "ROUTINE");
                    insert.setString(12, "{\"localId\": \"BENCH-P-1\"}");
                    insert.addBatch();
                }
                insert.executeBatch();
                db.commit();
            }
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        rawCpu = cpuPerThousand(cpu, batches * size);
        for (Connection c : opened.stream().distinct().toList()) {
            c.close();
        }
        return (double) batches * size / seconds;
    }

    /** CPU per 1,000 events of the last raw insert: (none), database, client. */
    double[] rawCpu = new double[3];

    interface Task {
        void run(int index) throws Exception;
    }

    static void runInParallel(int count, int concurrency, Task task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    task.run(index);
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    // ---- alerts (issue "Oversight") -----------------------------------------------------------

    void deadlines(EmbeddedPostgres postgres) throws Exception {
        line("");
        try (Connection db = postgres.getPostgresDatabase().getConnection()) {
            Population.dueDeadlines(db, option("children"));
        }
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/bench/deadlines"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        Map<?, ?> job = JSON.readValue(response.body(), Map.class);
        long raised;
        try (Connection db = postgres.getPostgresDatabase().getConnection();
             ResultSet rs = db.createStatement().executeQuery(
                     "select count(*) from oversight.alert where code = 'RETURN_INTERVIEW_OVERDUE'")) {
            rs.next();
            raised = rs.getLong(1);
        }
        line(String.format(Locale.ROOT, "deadline job: %,d children looked at in %.1f s (target < 10 s); %,d return-interview "
                + "alerts open after it", ((Number) job.get("children")).longValue(),
                ((Number) job.get("seconds")).doubleValue(), raised));
    }

    // ---- plumbing ------------------------------------------------------------------------------

    /** Starts the application, with or without the alert rules evaluated on ingest. */
    void start(boolean withAlertRules) throws Exception {
        int port = freePort();
        base = "http://localhost:" + port;
        app = startApplication(postgres, port, dir, withAlertRules);
        awaitHealthy(app, Duration.ofMinutes(8));
    }

    void stop() throws InterruptedException {
        app.destroy();
        app.waitFor();
    }

    /**
     * The application's JVM as the image runs it (pom.xml, Jib's jvmFlags; ADR 0047): the parallel collector, with
     * a heap of the benchmarks' size; --collector=g1 for the JVM's own default, to compare. Every benchmark that
     * starts the application through this class runs it so.
     */
    List<String> applicationJvm() {
        String collector = options.getOrDefault("collector", "parallel");
        return switch (collector) {
            case "parallel" -> List.of("-Xmx512m", "-XX:+UseParallelGC");
            case "g1" -> List.of("-Xmx512m", "-XX:+UseG1GC");
            default -> throw new IllegalArgumentException("--collector is parallel or g1, not " + collector);
        };
    }

    Process startApplication(EmbeddedPostgres postgres, int port, Path dir, boolean withAlertRules) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(applicationJvm());
        if (!"off".equals(options.get("jfr"))) {
            // --jfr=on: a flight recording of each start of the application, to see where ingest spends its time;
            // --jfr=max: Java samples every millisecond with whole stacks, enough to split one kind of request by
            // part (scripts/jfr-share.py), at about a third of ingest's speed (ADR 0046)
            boolean max = "max".equals(options.get("jfr"));
            if (max) {
                command.add("-XX:FlightRecorderOptions:stackdepth=512");
            }
            command.add("-XX:StartFlightRecording=filename=" + dir.toAbsolutePath().resolve("app-" + port + ".jfr")
                    + ",settings=profile" + (max ? ",method-profiling=max" : "") + ",dumponexit=true");
        }
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"),
                BenchServer.class.getName(), "--server.port=" + port,
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", database) + "&reWriteBatchedInserts=true",
                "--spring.datasource.username=postgres", "--safeguarding.demo.enabled=true",
                "--safeguarding.demo.secret=" + SECRET, "--safeguarding.data-dir=" + dir.resolve("unused"),
                "--safeguarding.access.key-encryption.secret=" + keyEncryptionSecret,
                "--logging.level.root=WARN", "--logging.level.org.safeguardinghub=INFO",
                "--safeguarding.oversight.deadline-check=PT10H", "--safeguarding.oversight.escalation-check=PT10H",
                "--bench.alert-rules=" + (withAlertRules ? "on" : "off")));
        File log = dir.resolve("application.log").toFile();
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log)).start();
    }

    void awaitHealthy(Process app, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && app.isAlive()) {
            try {
                if (get("/actuator/health", null).body().contains("UP")) {
                    // the demo data set is loaded after the health endpoint is up: wait for its clients
                    token("POLICE-NORTH");
                    return;
                }
            } catch (IOException | IllegalStateException notYet) {
                // starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The application did not start; see its log in " + options.get("data-dir"));
    }

    String token(String client) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/oauth2/token"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((client + ":" + SECRET).getBytes()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("no token yet");
        }
        return JSON.readTree(response.body()).get("access_token").stringValue();
    }

    HttpResponse<String> get(String path, String bearer) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String body, String bearer) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + bearer)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    UUID bigChild(EmbeddedPostgres postgres) throws Exception {
        try (Connection db = postgres.getPostgresDatabase().getConnection();
             ResultSet rs = db.createStatement().executeQuery("select " + Population.BIG_CHILD)) {
            rs.next();
            return rs.getObject(1, UUID.class);
        }
    }

    /** PostgreSQL's {@code md5(text)::uuid}: the digest's bytes as a UUID, unchanged. */
    static UUID md5Uuid(String text) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(d);
            return new UUID(buffer.getLong(), buffer.getLong());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String version(EmbeddedPostgres postgres) throws Exception {
        try (Connection db = postgres.getPostgresDatabase().getConnection();
             ResultSet rs = db.createStatement().executeQuery("show server_version")) {
            rs.next();
            return rs.getString(1);
        }
    }

    static long[] concat(List<Future<long[]>> futures) throws Exception {
        List<long[]> parts = new ArrayList<>();
        for (Future<long[]> f : futures) {
            parts.add(f.get());
        }
        return parts.stream().flatMapToLong(java.util.Arrays::stream).toArray();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    void line(String text) {
        System.out.println(text);
        report.append(text).append('\n');
    }
}
