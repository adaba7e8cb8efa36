package benchmarks;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The server side of the load run (issue 18, item 9; {@code scripts/load.sh}): starts a real
 * PostgreSQL and the application as the benchmarks do ({@link ChronologyBenchmark#startApplication},
 * {@code -Xmx512m -XX:+UseParallelGC}), loads a synthetic population known to the North's agencies
 * ({@link Population}: children, their names, police ids and chronology events), sends open
 * contacts and a morning's partner events through the real feed (so the triage queue has work and the
 * managers' view has alerts), writes what the Gatling simulation needs to {@code <data-dir>}, then
 * keeps everything running until the file {@code <data-dir>/stop} appears, and stops it.
 * Everything is invented. Options (defaults): {@code --children=5000 --events-per-child=100
 * --contacts=500 --warm-batches=20 --warm-up-rounds=100 --data-dir=target/load --jfr=false}.
 */
public final class LoadRun {

    private final Map<String, String> options;
    private final ChronologyBenchmark bench;

    private LoadRun(Map<String, String> options) {
        this.options = options;
        this.bench = new ChronologyBenchmark(options);
    }

    public static void main(String[] args) throws Exception {
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        Map<String, String> options = new HashMap<>(Map.of("children", "5000", "events-per-child", "100",
                "contacts", "500", "warm-batches", "20", "warm-up-rounds", "100", "batch-size", "500", "data-dir", "target/load", "jfr", "false"));
        options.putAll(CommandLineOptions.parse(args));
        new LoadRun(options).run();
    }

    private int option(String name) {
        return Integer.parseInt(options.get(name));
    }

    private void run() throws Exception {
        Path dir = Path.of(options.get("data-dir")).toAbsolutePath();
        ChronologyBenchmark.deleteRecursively(dir);
        Files.createDirectories(dir);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(dir.resolve("postgres"))
                .setCleanDataDirectory(true).setServerConfig("shared_buffers", "256MB")
                .setServerConfig("max_connections", "100").start()) {
            bench.postgres = postgres;
            bench.dir = dir;
            if (Boolean.parseBoolean(options.get("jfr"))) {
                bench.jvmOptions = List.of("-XX:StartFlightRecording=filename=" + dir.resolve("application.jfr")
                        + ",settings=profile,dumponexit=true");
            }
            int port = ChronologyBenchmark.freePort();
            bench.base = "http://localhost:" + port;
            bench.app = bench.startApplication(postgres, port, dir, true);
            // a start can take minutes on a shared machine
            bench.awaitHealthy(bench.app, Duration.ofMinutes(10));
            try {
                prepare(postgres, dir);
                Files.writeString(dir.resolve("ready"), bench.base + "\n");
                bench.line("ready: " + bench.base + "; stop with: touch " + dir.resolve("stop"));
                while (!Files.exists(dir.resolve("stop")) && bench.app.isAlive()) {
                    Thread.sleep(500);
                }
            } finally {
                bench.stop();
            }
        }
    }

    private void prepare(EmbeddedPostgres postgres, Path dir) throws Exception {
        int children = option("children");
        long started = System.nanoTime();
        try (Connection db = postgres.getPostgresDatabase().getConnection()) {
            Population.load(db, children, (long) children * option("events-per-child"), 1);
        }
        FrontDoorPages.openContacts(bench, bench.token("SCHOOL-NORTH"), option("contacts"));
        String police = bench.token("POLICE-NORTH");
        for (String body : bench.bodies("LOAD-WARM", option("warm-batches"))) {
            HttpResponse<String> response = bench.post("/api/v1/events", body, police);
            if (response.statusCode() != 200) {
                throw new IllegalStateException("the morning's events were refused: " + response.body());
            }
        }
        writeChildren(dir.resolve("children.csv"), children, option("contacts"));
        warmUp(children);
        bench.line(String.format(Locale.ROOT, "population: %,d children known to the North's police, %,d events; %,d open contacts; "
                + "%,d partner events sent through the feed; ready in %.0f s (%s)", children,
                (long) children * option("events-per-child"), option("contacts"), option("warm-batches") * option("batch-size"),
                (System.nanoTime() - started) / 1e9, Instant.now()));
    }

    /**
     * A freshly started application's code is not compiled yet: each page of the run is opened a
     * number of times first, as the other benchmarks warm up, so the run measures a node in service.
     */
    private void warmUp(int children) throws Exception {
        BenchSession manager = BenchSession.signIn(bench.base, "tm.north");
        BenchSession mash = BenchSession.signIn(bench.base, "mash.north");
        for (int round = 0; round < option("warm-up-rounds"); round++) {
            int i = 2 + round % (children - 1);
            String child = "/children/c-" + ChronologyBenchmark.md5Uuid("bench-child-" + i);
            manager.get("/oversight");
            manager.get("/children?name=Family" + i);
            manager.get(child);
            manager.get(child + "?tab=chronology&page=1");
            mash.get("/triage");
        }
    }

    /**
     * The simulation's children: each child's id as pages show it, family name (to search for), police
     * local id, given name and date of birth (for the feed), and whether a contact about the child is
     * open at the front door ({@link FrontDoorPages#openContacts} sends one about children 2 to
     * {@code contacts + 1}), which is what lets a MASH officer open the record.
     */
    private static void writeChildren(Path file, int children, int contacts) throws IOException {
        List<String> rows = new ArrayList<>();
        rows.add("childId,familyName,localId,givenName,dateOfBirth,openContact");
        // child 1 is Population's "big child" slot (here with one event): the load opens the others
        for (int i = 2; i <= children; i++) {
            rows.add("c-" + ChronologyBenchmark.md5Uuid("bench-child-" + i) + ",Family" + i + ",BENCH-P-" + i + ",Given" + (i % 997)
                    + "," + LocalDate.of(2008, 1, 1).plusDays(i % 3650) + "," + (i <= contacts + 1));
        }
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file))) {
            rows.forEach(out::println);
        }
    }
}
