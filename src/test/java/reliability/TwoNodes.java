package reliability;

import benchmarks.CommandLineOptions;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Two nodes (issue 18 item 8, docs/reliability.md): two application processes on loopback behind
 * nginx (round robin) on ONE PostgreSQL, e-mail on to one SMTP server, every scheduled job running
 * on both every few seconds. Partners ingest through nginx; a practitioner signs in on one node and
 * is still signed in on the other (sessions are in the database). At the end plain SQL and the mail
 * server show no alert, notification or e-mail twice. Options (defaults): --clients=4 --batches=10
 * --batch-size=50 --children=30 --settle-seconds=30 --data-dir=target/two-nodes
 */
public final class TwoNodes {

    /**
     * Notifications beyond what happened: a person is told of an alert once per raise (an alert
     * withdrawn when later events no longer meet its rule, then raised again, tells again), of a
     * missing episode once per episode, and of anything else once.
     */
    static final String NOTIFIED_TOO_OFTEN = """
            select coalesce(sum(told - allowed), 0) from (
                select n.told, case
                    when n.subject like 'New alert: %%' then (select count(*) from oversight.alert a
                                                             where a.child_id = n.child_id and a.raised_at >= %1$s)
                    when n.subject like 'A child you work with is missing%%' then (select count(*) from missing.episode e
                                                                                 where e.child_id = n.child_id)
                    else 1 end as allowed
                from (select practitioner_id, child_id, subject, count(*) as told from notifications.notification
                      where created_at >= %1$s group by practitioner_id, child_id, subject) n) counted
            where told > allowed""";

    private final Map<String, String> options;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    TwoNodes(Map<String, String> options) {
        this.options = new HashMap<>(Map.of("clients", "4", "batches", "10", "batch-size", "50", "children", "30",
                "settle-seconds", "30", "data-dir", "target/two-nodes"));
        this.options.putAll(options);
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        options.putAll(CommandLineOptions.parse(args));
        Map<String, Long> figures = new TwoNodes(options).run(System.out::println);
        boolean clean = figures.entrySet().stream().filter(e -> e.getKey().startsWith("twice"))
                .allMatch(e -> e.getValue() == 0) && figures.get("session works on the other node") == 1;
        System.exit(clean ? 0 : 1);
    }

    int option(String name) {
        return Integer.parseInt(options.get(name));
    }

    /** Runs the check; the figures, by name (those starting "twice" must be 0). */
    Map<String, Long> run(Consumer<String> report) throws Exception {
        Path dir = Path.of(options.get("data-dir"));
        Files.createDirectories(dir);
        GreenMail smtp = new GreenMail(new ServerSetup(AppNode.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(dir.resolve("postgres"))
                .setCleanDataDirectory(true).setServerConfig("max_connections", "100").start()) {
            List<String> settings = List.of("--safeguarding.notifications.email.enabled=true",
                    "--safeguarding.notifications.email.interval=PT1S", "--spring.mail.host=127.0.0.1",
                    "--spring.mail.port=" + smtp.getSmtp().getPort(), "--spring.datasource.hikari.maximum-pool-size=8",
                    "--safeguarding.oversight.deadline-check=PT2S", "--safeguarding.oversight.escalation-check=PT2S",
                    "--safeguarding.frontdoor.deadline-check=PT2S", "--safeguarding.missing.deadline-check=PT2S",
                    "--safeguarding.plans.deadline-check=PT2S", "--safeguarding.meetings.deadline-check=PT2S",
                    "--safeguarding.audit.seal-interval=PT2S");
            String url = postgres.getJdbcUrl("postgres", "postgres");
            List<AppNode> nodes = List.of(new AppNode("node-a", url, dir, settings), new AppNode("node-b", url, dir, settings));
            try {
                for (AppNode node : nodes) { // one after the other: the first migrates and loads the demo data
                    node.start();
                    node.awaitReady(http, Duration.ofMinutes(10));
                }
                // counted from here: what the demo data set told its people (several meetings of one
                // child, say) is not what two nodes did
                Instant started = Instant.now();
                report.accept("Two nodes, " + started + "; " + Runtime.getRuntime().availableProcessors()
                        + " cores; nodes on ports " + nodes.get(0).port + " and " + nodes.get(1).port + "; " + options);
                try (Nginx nginx = new Nginx(dir, nodes); Connection db = postgres.getPostgresDatabase().getConnection()) {
                    return check(nodes, nginx, db, smtp, started, report);
                }
            } finally {
                for (AppNode node : nodes) {
                    node.stop();
                }
            }
        } finally {
            smtp.stop();
        }
    }

    private Map<String, Long> check(List<AppNode> nodes, Nginx nginx, Connection db, GreenMail smtp, Instant started,
                                    Consumer<String> report) throws Exception {
        Map<String, Long> figures = new LinkedHashMap<>();
        figures.put("session works on the other node", sessionCarries(nodes, nginx) ? 1L : 0L);
        List<PartnerClient> clients = ingest(nginx);
        figures.put("events acknowledged", clients.stream().mapToLong(c -> c.acknowledged.size()).sum());
        Thread.sleep(option("settle-seconds") * 1000L); // every job runs on both nodes meanwhile
        awaitOutboxEmpty(db);
        String since = "'" + started + "'";
        figures.put("alerts raised", count(db, "select count(*) from oversight.alert where raised_at >= " + since));
        figures.put("notifications", count(db, "select count(*) from notifications.notification where created_at >= "
                + since));
        // the SMTP server is this run's own: every e-mail of the run, the demo data's included
        figures.put("e-mails sent (outbox)", count(db, "select count(*) from notifications.notification n "
                + "join access.practitioner p on p.id = n.practitioner_id where n.email_sent_at is not null and p.email is not null"));
        figures.put("e-mails received (SMTP)", (long) smtp.getReceivedMessages().length);
        figures.put("twice: open alerts for one child and rule", count(db, """
                select count(*) from (select child_id, code from oversight.alert where status in ('OPEN', 'ACKNOWLEDGED')
                group by child_id, code having count(*) > 1) twice"""));
        figures.put("twice: an alert raised", count(db, """
                select count(*) from (select alert_id from oversight.alert_history where action = 'RAISED'
                group by alert_id having count(*) > 1) twice"""));
        figures.put("alerts raised again after being withdrawn", count(db, "select count(*) - count(distinct (child_id, code)) "
                + "from oversight.alert where raised_at >= " + since));
        figures.put("twice: a notification", count(db, NOTIFIED_TOO_OFTEN.formatted(since)));
        figures.put("twice: an e-mail", MailCopies.twice(smtp.getReceivedMessages(), db, Instant.EPOCH));
        figures.put("twice: an event", count(db, """
                select count(*) from (select agency_id, source_event_id from chronology.event
                where version = 1 and source_event_id is not null
                group by agency_id, source_event_id having count(*) > 1) twice"""));
        figures.put("e-mails unsent", count(db, "select count(*) from notifications.notification where created_at >= "
                + since + " and email_sent_at is null"));
        figures.putAll(NodeShares.of(nginx, nodes));
        figures.forEach((name, value) -> report.accept("| " + name + " | " + value + " |"));
        try (Statement sql = db.createStatement(); ResultSet rs = sql.executeQuery("select subject, count(*) from "
                + "notifications.notification where created_at >= " + since + " group by subject order by 2 desc")) {
            while (rs.next()) {
                report.accept("notifications \"" + rs.getString(1) + "\": " + rs.getLong(2));
            }
        }
        return figures;
    }

    /** Signed in on the first node; the same cookie on the second node and through nginx is still signed in. */
    private boolean sessionCarries(List<AppNode> nodes, Nginx nginx) throws Exception {
        BrowserSession browser = new BrowserSession();
        if (!browser.signIn(nodes.get(0).base(), "sw.north", AppNode.SECRET)) {
            throw new IllegalStateException("could not sign in on the first node");
        }
        boolean carried = browser.get(nodes.get(1).base(), "/inbox").statusCode() == 200;
        for (int i = 0; i < 4; i++) {
            carried &= browser.get(nginx.base(), "/inbox").statusCode() == 200;
        }
        boolean strangerRefused = new BrowserSession().get(nodes.get(1).base(), "/inbox").statusCode() != 200;
        return carried && strangerRefused;
    }

    private List<PartnerClient> ingest(Nginx nginx) throws Exception {
        FeedBatches feed = new FeedBatches("twonodes" + Long.toString(System.nanoTime(), 36), option("children"),
                System.nanoTime());
        List<PartnerClient> clients = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < option("clients"); c++) {
            String agency = CrashRun.AGENCIES.get(c % CrashRun.AGENCIES.size());
            PartnerClient client = new PartnerClient(agency, feed.batches(agency, option("batches"),
                    option("batch-size")), nginx::base, http);
            clients.add(client);
            threads.add(Thread.ofPlatform().start(client));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        for (PartnerClient client : clients) {
            if (client.failure != null) {
                throw new IllegalStateException("partner " + client.agency + " failed", client.failure);
            }
        }
        return clients;
    }

    private static void awaitOutboxEmpty(Connection db) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline && count(db, """
                select count(*) from notifications.notification
                where email_sent_at is null and email_failed_at is null""") > 0) {
            Thread.sleep(500);
        }
    }

    static long count(Connection db, String query) throws Exception {
        try (Statement sql = db.createStatement(); ResultSet rs = sql.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
