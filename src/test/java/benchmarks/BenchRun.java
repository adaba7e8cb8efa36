package benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * What every page benchmark does around its own measuring: quiet logging, its options over its
 * defaults, a fresh PostgreSQL under {@code --data-dir} with the application started on it, a
 * heading, rows of percentiles, and the report kept under {@code target/}.
 */
final class BenchRun {

    /** What a benchmark does once the application is up. */
    interface Body {
        void run(EmbeddedPostgres postgres) throws Exception;
    }

    private BenchRun() {
    }

    /** The command line's {@code --name=value} options over the benchmark's defaults, with the libraries' logging quietened. */
    static Map<String, String> options(String[] args, Map<String, String> defaults) {
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        Map<String, String> options = new HashMap<>(defaults);
        options.putAll(CommandLineOptions.parse(args));
        return options;
    }

    /**
     * Starts a fresh database and the application (with up to ten minutes to come up: the machine may be
     * shared and a start can take minutes), prints the heading, runs the body, stops the application
     * and keeps the report in {@code target/<report>}.
     */
    static void withApplication(ChronologyBenchmark bench, String title, String report, Body body) throws Exception {
        Path dir = Path.of(bench.options.get("data-dir"));
        ChronologyBenchmark.deleteRecursively(dir);
        Files.createDirectories(dir);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(dir.resolve("postgres"))
                .setCleanDataDirectory(true).setServerConfig("shared_buffers", "256MB").start()) {
            bench.postgres = postgres;
            bench.dir = dir;
            int port = ChronologyBenchmark.freePort();
            bench.base = "http://localhost:" + port;
            bench.app = bench.startApplication(postgres, port, dir, true);
            bench.awaitHealthy(bench.app, Duration.ofMinutes(10));
            try {
                bench.line(title + ", " + Instant.now());
                bench.line("machine: " + Runtime.getRuntime().availableProcessors() + " cores; application JVM "
                        + String.join(" ", bench.applicationJvm()) + "; "
                        + "PostgreSQL " + ChronologyBenchmark.version(postgres) + "; client concurrency " + bench.option("concurrency"));
                body.run(postgres);
            } finally {
                bench.stop();
            }
        }
        Files.writeString(Path.of("target", report), bench.report);
    }

    /** One row of a page's percentiles. */
    static void row(ChronologyBenchmark bench, String label, Percentiles times) {
        bench.line(String.format(Locale.ROOT, "  %-58s p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms", label, times.p50(),
                times.p95(), times.p99()));
    }
}
