package benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import benchmarks.AgencyExtracts.Agency;
import benchmarks.AgencyExtracts.Row;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The end-to-end linkage benchmark (issue 13): generates a synthetic population of children in
 * households and three agencies' extracts about them ({@link ChildPopulation}, {@link AgencyExtracts}),
 * sends every record through the real partner feed ({@code POST /api/v1/events}, one {@code NOTE}
 * per record, each extract as its own agency) into a fresh database, and scores the child each
 * record was put on over all pairs of records, beside a naive exact linker on the same records
 * ({@link NaiveLinker}), with false links split into twins, other siblings and unrelated children,
 * and the review workload. Run it with {@code scripts/bench-linkage.sh [--children=18600 --seed=13
 * --batch-size=250]}.
 */
public final class FeedLinkageBenchmark {

    final Map<String, String> options;
    final StringBuilder report = new StringBuilder();
    final List<String[]> targets = new ArrayList<>();

    FeedLinkageBenchmark(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        Map<String, String> options = new HashMap<>(Map.of("children", "18600", "seed", "13", "batch-size", "250",
                "data-dir", "target/bench-linkage"));
        options.putAll(CommandLineOptions.parse(args));
        new FeedLinkageBenchmark(options).run();
    }

    void run() throws Exception {
        long seed = Long.parseLong(options.get("seed"));
        ChildPopulation population = new ChildPopulation(seed, Integer.parseInt(options.get("children")),
                LocalDate.of(2008, 1, 1), LocalDate.of(2025, 12, 31));
        AgencyExtracts extracts = new AgencyExtracts(population, seed + 1);
        List<Row> rows = extracts.rows;
        int[] childOf = rows.stream().mapToInt(Row::child).toArray();
        line("End-to-end linkage through the partner feed — " + Instant.now() + ", "
                + Runtime.getRuntime().availableProcessors() + " cores, Java " + Runtime.version());
        describe(population, extracts);
        Map<Agency, List<Row>> ordered = new EnumMap<>(Agency.class);
        for (Agency agency : Agency.values()) {
            ordered.put(agency, extracts.shuffled(agency));
        }
        long started = System.nanoTime();
        PairScore naive = PairScore.of("naive exact linker", population.children, childOf, NaiveLinker.clusters(rows));
        double naiveSeconds = (System.nanoTime() - started) / 1e9;
        Path dir = Path.of(options.get("data-dir"));
        ChronologyBenchmark.deleteRecursively(dir);
        Files.createDirectories(dir);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(dir.resolve("postgres"))
                .setCleanDataDirectory(true).setServerConfig("shared_buffers", "256MB").start()) {
            ChronologyBenchmark app = new ChronologyBenchmark(Map.of("data-dir", dir.toString()));
            app.postgres = postgres;
            app.dir = dir;
            app.start(true);
            try {
                FeedRun run = new FeedRun(rows, "L-");
                Map<String, String> tokens = new HashMap<>();
                started = System.nanoTime();
                run.send(ordered, Integer.parseInt(options.get("batch-size")), (client, body) -> {
                    var response = app.post("/api/v1/events", body, tokens.computeIfAbsent(client, c -> tokenFor(app, c)));
                    if (response.statusCode() == 401) {
                        // tokens live 15 minutes: get a new one and send again (a resend is safe)
                        tokens.put(client, tokenFor(app, client));
                        response = app.post("/api/v1/events", body, tokens.get(client));
                    }
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException(response.statusCode() + " " + response.body());
                    }
                    return response.body();
                });
                double seconds = (System.nanoTime() - started) / 1e9;
                PairScore feed = PairScore.of("the feed", population.children, childOf, run.clusters());
                Reviews reviews = Reviews.count(postgres);
                compare(feed, naive, run, reviews, seconds, naiveSeconds);
                if (options.containsKey("examples")) {
                    LinkageExamples.print(rows, population.children, run.answers(),
                            Integer.parseInt(options.get("examples")), this::line);
                }
            } finally {
                app.stop();
            }
        }
        printTargets();
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "bench-linkage.txt"), report);
    }

    private static String tokenFor(ChronologyBenchmark app, String client) {
        try {
            return app.token(client);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void describe(ChildPopulation population, AgencyExtracts extracts) {
        long twinPairs = 0;
        long mixedTwins = 0;
        Map<Integer, List<ChildPopulation.Child>> byHousehold = new HashMap<>();
        population.children.forEach(c -> byHousehold.computeIfAbsent(c.household().id(), k -> new ArrayList<>()).add(c));
        long siblingPairs = 0;
        for (List<ChildPopulation.Child> household : byHousehold.values()) {
            for (int a = 0; a < household.size(); a++) {
                for (int b = a + 1; b < household.size(); b++) {
                    siblingPairs++;
                    if (household.get(a).born().equals(household.get(b).born())) {
                        twinPairs++;
                        mixedTwins += household.get(a).sex() != household.get(b).sex() ? 1 : 0;
                    }
                }
            }
        }
        line(String.format(Locale.ROOT, "population: %,d children in %,d households; %,d pairs of brothers and sisters, "
                + "of them %,d twin pairs (%,d boy and girl); seed %s", population.children.size(),
                population.households.size(), siblingPairs, twinPairs, mixedTwins, options.get("seed")));
        StringBuilder counts = new StringBuilder();
        for (Agency agency : Agency.values()) {
            counts.append(String.format(Locale.ROOT, "%s %,d; ", agency.name().toLowerCase(Locale.ROOT),
                    extracts.of(agency).size()));
        }
        line(String.format(Locale.ROOT, "records: %,d (%s) sent as one NOTE each, batches of %s, agencies in turn",
                extracts.rows.size(), counts.toString().replaceAll("; $", ""), options.get("batch-size")));
    }

    /** The review queue as the run left it: pairs waiting for a person, by what the matcher says of them. */
    record Reviews(long waiting, long linkedByMatcher, Map<String, Long> byLabel) {

        static Reviews count(EmbeddedPostgres postgres) throws Exception {
            try (Connection db = postgres.getPostgresDatabase().getConnection()) {
                long waiting = single(db, """
                        select count(*) from identity.review r where not exists
                        (select 1 from identity.review_decision d where d.review_id = r.id)""");
                long linked = single(db, "select count(*) from identity.review_decision where decided_by = 'matcher'");
                return new Reviews(waiting, linked, labels(db));
            }
        }

        private static Map<String, Long> labels(Connection db) throws Exception {
            Map<String, Long> labels = new java.util.TreeMap<>();
            boolean labelled = single(db, """
                    select count(*) from information_schema.columns
                    where table_schema = 'identity' and table_name = 'review' and column_name = 'label'""") > 0;
            if (labelled) {
                try (ResultSet rs = db.createStatement().executeQuery("""
                        select label, count(*) from identity.review r where not exists
                        (select 1 from identity.review_decision d where d.review_id = r.id) group by label""")) {
                    while (rs.next()) {
                        labels.put(rs.getString(1), rs.getLong(2));
                    }
                }
            }
            return labels;
        }

        private static long single(Connection db, String sql) throws Exception {
            try (ResultSet rs = db.createStatement().executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private void compare(PairScore feed, PairScore naive, FeedRun run, Reviews reviews, double seconds,
                         double naiveSeconds) {
        line("");
        line(String.format(Locale.ROOT, "%-58s %14s %14s", "over all pairs of records", "the feed", "naive exact"));
        row("true pairs (same child)", "%,d", feed.truePairs(), naive.truePairs());
        row("pairs linked (on one record)", "%,d", feed.links(), naive.links());
        row("of them correct", "%,d", feed.correct(), naive.correct());
        row("precision", "%.4f", feed.precision(), naive.precision());
        row("recall", "%.4f", feed.recall(), naive.recall());
        row("F1", "%.4f", feed.f1(), naive.f1());
        row("false links between twins", "%,d", feed.twinLinks(), naive.twinLinks());
        row("false links between other brothers and sisters", "%,d", feed.siblingLinks(), naive.siblingLinks());
        row("false links between unrelated children", "%,d", feed.unrelatedLinks(), naive.unrelatedLinks());
        row("records holding more than one child", "%,d", feed.mixedClusters(), naive.mixedClusters());
        line(String.format(Locale.ROOT, "%-58s %14s %14s", "time", String.format(Locale.ROOT, "%.1f s", seconds),
                String.format(Locale.ROOT, "%.2f s", naiveSeconds)));
        line("");
        long needsReview = run.answered("NEEDS_REVIEW");
        line(String.format(Locale.ROOT, "answers: LINKED %,d, NEW_PERSON %,d, NEEDS_REVIEW %,d (%.1f per 1,000 records)",
                run.answered("LINKED"), run.answered("NEW_PERSON"), needsReview, 1000.0 * needsReview / feed.records()));
        line(String.format(Locale.ROOT, "review queue: %,d pairs waiting for a person (%.1f per 1,000 records) %s; "
                + "%,d links made by the matcher, each listed for a person to look over", reviews.waiting(),
                1000.0 * reviews.waiting() / feed.records(), reviews.byLabel().isEmpty() ? "" : reviews.byLabel(),
                reviews.linkedByMatcher()));
        target("precision over all pairs ≥ 0.999", String.format(Locale.ROOT, "%.4f", feed.precision()), feed.precision() >= 0.999);
        target("recall over all pairs ≥ 0.93", String.format(Locale.ROOT, "%.4f", feed.recall()), feed.recall() >= 0.93);
        target("false links between twins or siblings: 0", String.valueOf(feed.twinLinks() + feed.siblingLinks()),
                feed.twinLinks() + feed.siblingLinks() == 0);
        double share = (double) reviews.waiting() / feed.records();
        target("reviews ≤ 3% of records", String.format(Locale.ROOT, "%.2f%%", 100 * share), share <= 0.03);
    }

    private void row(String label, String format, Object feed, Object naive) {
        line(String.format(Locale.ROOT, "%-58s %14s %14s", label, String.format(Locale.ROOT, format, feed),
                String.format(Locale.ROOT, format, naive)));
    }

    private void target(String name, String measured, boolean met) {
        targets.add(new String[] {name, measured, met ? "MET" : "NOT MET"});
    }

    private void printTargets() {
        line("");
        line("Targets (issue 13)");
        for (String[] t : targets) {
            line(String.format(Locale.ROOT, "  %-58s %-12s %s", t[0], t[1], t[2]));
        }
    }

    private void line(String text) {
        System.out.println(text);
        report.append(text).append('\n');
    }
}
