package reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The two-node check in CI (scripts/two-nodes.sh runs the longer one): two application processes
 * behind nginx on one PostgreSQL, every scheduled job on both, partners ingesting through nginx;
 * no alert, notification, e-mail or event twice, and a session made on one node works on the other.
 */
class TwoNodesIT {

    @Test
    void twoNodesBehindNginxDoNothingTwiceAndShareSessions() throws Exception {
        Map<String, Long> figures = new TwoNodes(Map.of("clients", "3", "batches", "4", "batch-size", "40",
                "children", "15", "settle-seconds", "12", "data-dir", "target/two-nodes-it")).run(System.out::println);
        assertThat(figures.get("session works on the other node")).isEqualTo(1L);
        assertThat(figures.get("events acknowledged")).isEqualTo(3 * 4 * 40L);
        assertThat(figures.get("alerts raised")).as("the rules had something to raise").isPositive();
        assertThat(figures.get("notifications")).as("someone was told").isPositive();
        figures.entrySet().stream().filter(e -> e.getKey().startsWith("twice"))
                .forEach(e -> assertThat(e.getValue()).as(e.getKey()).isZero());
        assertThat(figures.get("e-mails unsent")).isZero();
        assertThat(figures.get("e-mails received (SMTP)")).isEqualTo(figures.get("e-mails sent (outbox)"));
        assertThat(figures.get("requests answered by node a")).isPositive();
        assertThat(figures.get("requests answered by node b")).isPositive();
    }
}
