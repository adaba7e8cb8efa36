package benchmarks;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.safeguardinghub.SafeguardingHubApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The plans' drift rules in the deadline job (issue 15, "Done when"): over {@code children}
 * children with {@code plans} open plans and {@code actions} actions, every plan due to be looked
 * at on the same day (the worst case: the first run, or the morning after a long weekend), the job
 * must finish in under 10 s. The baseline, measured in the same run on the same data, is plain SQL
 * reading the same rows (open plans, their open actions and last two reviews) once, with nothing
 * decided or written: the ratio is what the rules, the alerts they raise and the state they keep
 * cost on top of reading. The job runs three times: with every plan newly drifting (oversight
 * raises an alert per child and tells its people: the worst first day), with every plan due again
 * and the same findings (the rules' own cost: nothing more to tell), and with nothing due (an
 * ordinary minute). The application runs in this process against an embedded PostgreSQL (fsync on);
 * the population is synthetic. Options (defaults): --children=100000 --plans=30000 --actions=300000.
 */
public final class PlansBenchmark {

    static final String SECRET = "bench-secret-0123456789";

    private final Map<String, String> options;
    private final StringBuilder report = new StringBuilder();

    PlansBenchmark(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>(Map.of("children", "100000", "plans", "30000", "actions", "300000",
                "data-dir", "target/bench-plans"));
        options.putAll(CommandLineOptions.parse(args));
        new PlansBenchmark(options).run();
        System.exit(0);
    }

    int option(String name) {
        return Integer.parseInt(options.get(name));
    }

    void run() throws Exception {
        Path dir = Path.of(options.get("data-dir"));
        Files.createDirectories(dir);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(dir.resolve("postgres"))
                .setCleanDataDirectory(true).setServerConfig("fsync", "on").setServerConfig("shared_buffers", "256MB")
                .start();
             ConfigurableApplicationContext app = new SpringApplicationBuilder(SafeguardingHubApplication.class).run(
                     "--server.port=0", "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                     "--spring.datasource.username=postgres", "--safeguarding.demo.enabled=true",
                     "--safeguarding.demo.secret=" + SECRET, "--safeguarding.data-dir=" + dir.resolve("unused"),
                     "--safeguarding.access.key-encryption.secret=" + SECRET, "--logging.level.root=WARN",
                     "--safeguarding.plans.deadline-check=PT10H", "--safeguarding.oversight.deadline-check=PT10H",
                     "--safeguarding.oversight.escalation-check=PT10H")) {
            line("Safeguarding Hub plans benchmark, " + Instant.now() + "; " + Runtime.getRuntime().availableProcessors()
                    + " cores; application and PostgreSQL on this machine, fsync on");
            try (Connection db = postgres.getPostgresDatabase().getConnection()) {
                long started = System.nanoTime();
                PlanPopulation.load(db, option("children"), option("plans"), option("actions"));
                line(String.format(Locale.ROOT, "population: %,d children, %,d open plans, %,d actions loaded in %.0f s",
                        option("children"), option("plans"), option("actions"), seconds(started)));
                double baseline = baseline(db);
                line(String.format(Locale.ROOT, "baseline: plain SQL reading the same open plans, open actions and reviews "
                        + "in %.2f s", baseline));
                double[] job = job(app);
                line(String.format(Locale.ROOT, "deadline job, every plan due and newly drifting: %,d children looked at in "
                        + "%.2f s; %.1f × the baseline; %,d PLAN_DRIFT alerts raised, each told to its people",
                        (long) job[0], job[1], job[1] / baseline, count(db, "select count(*) from oversight.alert "
                                + "where code = 'PLAN_DRIFT' and status = 'OPEN'")));
                try (Statement sql = db.createStatement()) {
                    sql.execute("update plans.drift_check set next_check_on = current_date");
                }
                double[] again = job(app);
                line(String.format(Locale.ROOT, "deadline job, every plan due again, findings unchanged: %,d children in "
                        + "%.2f s (target < 10 s); %.1f × the baseline", (long) again[0], again[1], again[1] / baseline));
                double[] idle = job(app);
                line(String.format(Locale.ROOT, "deadline job, nothing due: %,d children in %.3f s", (long) idle[0], idle[1]));
            }
        }
        Files.writeString(Path.of("target", "bench-plans.txt"), report);
    }

    /** Plain SQL reading what the job reads for every due child, once. */
    static double baseline(Connection db) throws Exception {
        long started = System.nanoTime();
        try (Statement sql = db.createStatement()) {
            for (String query : new String[] {
                    "select p.* from plans.drift_check d join plans.plan p on p.child_id = d.child_id",
                    """
                    select a.plan_id, a.id, a.entry_id, a.owner_agency_id, a.owner_practitioner_id, a.due_on, a.last_progress_on
                    from plans.action a where a.status in ('NOT_STARTED', 'IN_PROGRESS')""",
                    "select plan_id, entry_id, actions_fingerprint, outcomes_met from plans.review"}) {
                try (ResultSet rs = sql.executeQuery(query)) {
                    while (rs.next()) {
                        rs.getObject(1);
                    }
                }
            }
        }
        return seconds(started);
    }

    /** Runs the drift job now; how many children it looked at and the seconds it took. */
    static double[] job(ConfigurableApplicationContext app) throws Exception {
        Object job = app.getBean("driftJob");
        Method run = job.getClass().getMethod("run");
        long started = System.nanoTime();
        int children = (Integer) run.invoke(job);
        return new double[] {children, seconds(started)};
    }

    static long count(Connection db, String query) throws Exception {
        try (ResultSet rs = db.createStatement().executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    void line(String text) {
        System.out.println(text);
        report.append(text).append('\n');
    }
}
