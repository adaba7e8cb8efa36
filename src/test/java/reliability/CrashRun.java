package reliability;

import benchmarks.CommandLineOptions;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The crash harness (issue 18 item 6, docs/reliability.md): several partner clients send batches at
 * once to the application in its own process; at random moments the harness kills it with SIGKILL
 * and starts it again on the same PostgreSQL (which belongs to this process and so survives); the
 * clients resend every batch not answered; at the end plain SQL checks that every acknowledged event
 * is stored exactly once and nothing was half stored. Options (defaults): --runs=10 --clients=4
 * --batches=25 --batch-size=50 --kills=1 --children=150 --max-kill-delay-ms=4000 --data-dir=target/crash
 */
public final class CrashRun {

    static final List<String> AGENCIES = List.of("POLICE-NORTH", "ED-NORTH", "SCHOOL-NORTH", "YOT-NORTH",
            "GP-NORTH", "VCS-NORTH", "POLICE-SOUTH", "ED-SOUTH");

    /** One run's figures. */
    record Run(int number, int events, int kills, int resends, int duplicateAnswers, Duration took, StoredEvents stored) {

        String line() {
            return String.format(Locale.ROOT, "| %d | %,d | %d | %,d | %,d | %,d | %,d | %d | %d | %d | %d | %.0f s |",
                    number, events, kills, stored.acknowledged(), stored.stored(), resends, duplicateAnswers,
                    stored.duplicates(), stored.lost(), stored.childrenNotEvaluated() + stored.childrenNotAudited(),
                    stored.openAlerts(), took.toMillis() / 1000.0);
        }
    }

    static final String HEADER = """
            | run | events | kills | acknowledged | stored | sends unanswered | answered DUPLICATE | duplicates | lost | half-stored | open alerts | took |
            |---|---|---|---|---|---|---|---|---|---|---|---|""";

    private final Map<String, String> options;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    CrashRun(Map<String, String> options) {
        this.options = new HashMap<>(Map.of("runs", "10", "clients", "4", "batches", "25", "batch-size", "50",
                "kills", "1", "children", "150", "max-kill-delay-ms", "4000", "data-dir", "target/crash"));
        this.options.putAll(options);
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        options.putAll(CommandLineOptions.parse(args));
        boolean allExactlyOnce = new CrashRun(options).runAll(System.out::println).stream()
                .allMatch(run -> run.stored().exactlyOnce());
        System.exit(allExactlyOnce ? 0 : 1);
    }

    int option(String name) {
        return Integer.parseInt(options.get(name));
    }

    /** Every run on one PostgreSQL that outlives every application process. */
    List<Run> runAll(java.util.function.Consumer<String> report) throws Exception {
        Path dir = Path.of(options.get("data-dir"));
        Files.createDirectories(dir);
        List<Run> runs = new ArrayList<>();
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(dir.resolve("postgres"))
                .setCleanDataDirectory(true).setServerConfig("fsync", "on").setServerConfig("max_connections", "100")
                .start()) {
            report.accept("Crash harness, " + Instant.now() + "; " + Runtime.getRuntime().availableProcessors()
                    + " cores; PostgreSQL with fsync on; " + options);
            report.accept(HEADER);
            AppNode app = new AppNode("crash-app", postgres.getJdbcUrl("postgres", "postgres"), dir, List.of());
            try (Connection db = postgres.getPostgresDatabase().getConnection()) {
                for (int n = 1; n <= option("runs"); n++) {
                    Run run = run(n, app, db);
                    runs.add(run);
                    report.accept(run.line());
                }
            } finally {
                app.stop();
            }
        }
        return runs;
    }

    Run run(int number, AppNode app, Connection db) throws Exception {
        long started = System.nanoTime();
        Random random = new Random();
        String prefix = "crash" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36) + "r" + number;
        FeedBatches feed = new FeedBatches(prefix, option("children"), random.nextLong());
        if (!app.alive()) {
            app.start();
        }
        app.awaitReady(http, Duration.ofMinutes(10));
        List<PartnerClient> clients = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < option("clients"); c++) {
            PartnerClient client = new PartnerClient(AGENCIES.get(c % AGENCIES.size()),
                    feed.batches(AGENCIES.get(c % AGENCIES.size()), option("batches"), option("batch-size")),
                    app::base, http);
            clients.add(client);
            threads.add(Thread.ofPlatform().name("partner-" + c).start(client));
        }
        int kills = 0;
        while (kills < option("kills") && clients.stream().anyMatch(c -> !c.done)) {
            Thread.sleep(200 + random.nextInt(Math.max(1, option("max-kill-delay-ms"))));
            if (clients.stream().allMatch(c -> c.done)) {
                break;
            }
            app.kill();
            kills++;
            app.start();
            app.awaitReady(http, Duration.ofMinutes(10));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        for (PartnerClient client : clients) {
            if (client.failure != null) {
                throw new IllegalStateException("partner " + client.agency + " failed", client.failure);
            }
        }
        Set<String> acknowledged = new HashSet<>();
        clients.forEach(c -> acknowledged.addAll(c.acknowledged));
        return new Run(number, clients.stream().mapToInt(PartnerClient::events).sum(), kills,
                clients.stream().mapToInt(c -> c.resends.get()).sum(),
                clients.stream().mapToInt(c -> c.duplicates.get()).sum(),
                Duration.ofNanos(System.nanoTime() - started), StoredEvents.check(db, prefix, acknowledged));
    }
}
