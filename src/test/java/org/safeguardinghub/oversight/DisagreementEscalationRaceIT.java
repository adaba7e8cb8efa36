package org.safeguardinghub.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguardinghub.support.TestEvents.batch;
import static org.safeguardinghub.support.TestEvents.event;
import static org.safeguardinghub.support.TestEvents.familyName;
import static org.safeguardinghub.support.TestEvents.subject;
import static org.safeguardinghub.support.TestEvents.unique;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.RepeatedTest;
import org.safeguardinghub.support.Api;
import org.safeguardinghub.support.HubIntegrationTest;
import org.safeguardinghub.support.Network;
import org.safeguardinghub.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Two people escalating the same disagreement at once move it one stage and tell people once (issue 18). */
@HubIntegrationTest
class DisagreementEscalationRaceIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    /*
     * Repeated because the interleaving that once moved it two stages (the stage the person saw
     * checked on one read, the guarded update made from a later read) came about once in 30 pairs.
     */
    @RepeatedTest(20)
    void twoEscalationsAtOnceMoveItOneStageAndNotifyOnce() throws Exception {
        String child = new Api(port).as("SCHOOL-NORTH").post("/api/v1/events", batch(event(unique("S"),
                subject("Rowan", familyName(), "2011-03-01"), "SCHOOL_ABSENCE", "2026-10-01"))).json()
                .get("results").get(0).get("childId").stringValue();
        Network.of(port, child).add("dsl.north", "Designated safeguarding lead");
        WebSession raiser = WebSession.signedIn(port, "dsl.north");
        raiser.get("/children/" + child + "/disagreements/new");
        WebSession.Page raised = raiser.post("/children/" + child + "/disagreements", Map.of("kind", "CASE_CLOSURE",
                "decision", "Contact closed as no further action", "withAgency", "CSC-NORTH",
                "withPractitioner", "mash.north", "reason", "A fourth absence and a new adult picking her up."));
        String path = java.net.URI.create(raised.location()).getPath();
        String id = path.substring(path.lastIndexOf('/') + 1);

        List<WebSession> both = List.of(WebSession.signedIn(port, "dsl.north"), WebSession.signedIn(port, "dsl.north"));
        both.forEach(session -> assertThat(session.get(path).body()).contains("Stage 1: practitioner to practitioner"));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<WebSession.Page>> answers = both.stream().map(session -> threads.submit(() -> {
                start.await();
                return session.post(path + "/escalate", Map.of("note", "No answer and she is missing school.",
                        "stage", "1"));
            })).toList();
            start.countDown();
            List<WebSession.Page> pages = List.of(answers.get(0).get(), answers.get(1).get());
            assertThat(pages).filteredOn(page -> page.status() == 302).hasSize(1);
            assertThat(pages).filteredOn(page -> page.status() == 200).singleElement()
                    .satisfies(page -> assertThat(page.body()).contains("Someone else moved this disagreement on"));
        } finally {
            threads.shutdownNow();
        }

        assertThat(jdbc.sql("select stage from oversight.disagreement where id = cast(:id as uuid)")
                .param("id", id).query(Integer.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("""
                        select count(*) from oversight.disagreement_step
                        where disagreement_id = cast(:id as uuid) and action = 'ESCALATED'""")
                .param("id", id).query(Integer.class).single()).isEqualTo(1);
        List<Map<String, Object>> told = jdbc.sql("""
                        select practitioner_id, count(*) as times from notifications.notification
                        where link = :link and subject like '%stage 2%' group by practitioner_id""")
                .param("link", path).query().listOfRows();
        assertThat(told).isNotEmpty().allSatisfy(row -> assertThat(((Number) row.get("times")).intValue()).isEqualTo(1));
    }
}
