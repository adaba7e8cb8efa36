package org.safeguardinghub.missing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguardinghub.support.TestEvents.batch;
import static org.safeguardinghub.support.TestEvents.event;
import static org.safeguardinghub.support.TestEvents.familyName;
import static org.safeguardinghub.support.TestEvents.subject;
import static org.safeguardinghub.support.TestEvents.unique;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.support.Api;
import org.safeguardinghub.support.HubIntegrationTest;
import org.safeguardinghub.support.Network;
import org.safeguardinghub.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A missing episode recorded as a chronology entry follows the entry's corrections: a corrected time
 * is a new version of its report and moves the episode; a correction into another kind of entry
 * withdraws it. And an episode's own row is rewritten only when its times move (ADR 0041): a second
 * report within the first's times leaves it as it was, one that ends later moves its end.
 */
@HubIntegrationTest
class MissingCorrectionsIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    /** Mid-winter, so England's time is UTC and the form's times read as they are sent. */
    static final Instant T = Instant.parse("2025-01-14T19:00:00Z");

    String send(String client, JsonNode... events) {
        Api.Response response = new Api(port).as(client).post("/api/v1/events", batch(events));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("REJECTED").doesNotContain("CONFLICT");
        return response.json().get("results").get(0).get("childId").stringValue();
    }

    static ObjectNode episode(ObjectNode subject, Instant start, Instant end) {
        ObjectNode sent = event(unique("COR"), subject, "MISSING_EPISODE", start.toString()).put("endedAt", end.toString());
        sent.putObject("details").put("from", "CARE").put("reportedToPolice", true);
        return sent;
    }

    Map<String, Object> episodeRow(String child) {
        return jdbc.sql("select started_at, ended_at, updated_at, withdrawn from missing.episode where child_id = cast(:c as uuid)")
                .param("c", child.substring(2)).query().singleRow();
    }

    String eventOf(String child) {
        return jdbc.sql("select event_id::text from chronology.event where child_id = cast(:c as uuid) and type = 'MISSING_EPISODE'"
                + " and not superseded").param("c", child.substring(2)).query(String.class).single();
    }

    /** The entry form's fields for a correction of the episode entry, from the form's own defaults. */
    static Map<String, String> correction(String type, Instant start, Instant end) {
        Map<String, String> form = new HashMap<>(Map.of("type", type, "summary", "Missing from the care home overnight.",
                "significance", "ROUTINE", "sensitivity", "STANDARD", "version", "1", "reason", "The home's log gives other times."));
        form.putAll(Map.of("occurredDay", "14", "occurredMonth", "1", "occurredYear", "2025",
                "occurredTime", start.toString().substring(11, 16)));
        form.putAll(Map.of("endedDay", "15", "endedMonth", "1", "endedYear", "2025", "endedTime", end.toString().substring(11, 16)));
        return form;
    }

    WebSession.Page correct(String child, Map<String, String> form) {
        Network.of(port, child).allocate("sw.north");
        WebSession worker = WebSession.signedIn(port, "sw.north");
        String eventId = eventOf(child);
        worker.get("/children/" + child + "/entries/" + eventId + "/correct");
        return worker.post("/children/" + child + "/entries/" + eventId + "/correct", form);
    }

    @Test
    void aCorrectedTimeIsANewVersionOfTheReportAndMovesTheEpisode() {
        String child = send("CSC-NORTH", episode(subject("Ines", familyName(), "2011-01-01"), T, T.plus(Duration.ofHours(14))));
        assertThat(episodeRow(child).get("started_at").toString()).startsWith("2025-01-14 19:00");

        Instant earlier = Instant.parse("2025-01-14T17:30:00Z");
        WebSession.Page page = correct(child, correction("MISSING_EPISODE", earlier, Instant.parse("2025-01-15T09:00:00Z")));
        assertThat(page.status()).as(page.body()).isEqualTo(302);

        assertThat(jdbc.sql("select version || ':' || superseded from missing.report where child_id = cast(:c as uuid) order by version")
                .param("c", child.substring(2)).query(String.class).list()).containsExactly("1:true", "2:false");
        assertThat(episodeRow(child).get("started_at").toString()).startsWith("2025-01-14 17:30");
        assertThat(jdbc.sql("""
                select count(*) from missing.episode_step s join missing.episode e on e.id = s.episode_id
                where e.child_id = cast(:c as uuid) and s.action = 'CORRECTED'""").param("c", child.substring(2))
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aCorrectionIntoAnotherKindOfEntryWithdrawsTheEpisode() {
        String child = send("CSC-NORTH", episode(subject("Jonah", familyName(), "2011-02-02"), T, T.plus(Duration.ofHours(14))));
        assertThat(episodeRow(child).get("withdrawn")).isEqualTo(false);

        WebSession.Page page = correct(child, correction("NOTE", T, T.plus(Duration.ofHours(14))));
        assertThat(page.status()).as(page.body()).isEqualTo(302);

        assertThat(episodeRow(child).get("withdrawn")).isEqualTo(true);
        assertThat(jdbc.sql("select count(*) from missing.report where child_id = cast(:c as uuid) and not superseded")
                .param("c", child.substring(2)).query(Long.class).single()).isZero();
    }

    @Test
    void theEpisodeRowIsRewrittenOnlyWhenItsTimesMove() {
        ObjectNode subject = subject("Kezia", familyName(), "2011-03-03");
        String child = send("POLICE-NORTH", episode(subject, T, T.plus(Duration.ofHours(4))));
        Map<String, Object> first = episodeRow(child);

        // the home's report lies within the police's, ending at the same moment: one episode, its times as they were
        send("CSC-NORTH", episode(subject, T.plus(Duration.ofHours(1)), T.plus(Duration.ofHours(4))));
        assertThat(jdbc.sql("select count(*) from missing.report where child_id = cast(:c as uuid)")
                .param("c", child.substring(2)).query(Long.class).single()).isEqualTo(2);
        assertThat(episodeRow(child)).isEqualTo(first);

        // the school's ends a minute later: the episode's end moves with it
        send("SCHOOL-NORTH", episode(subject, T.plus(Duration.ofHours(2)), T.plus(Duration.ofHours(4)).plus(Duration.ofMinutes(1))));
        Map<String, Object> moved = episodeRow(child);
        assertThat(moved.get("started_at")).isEqualTo(first.get("started_at"));
        assertThat(moved.get("ended_at").toString()).startsWith("2025-01-14 23:01");
        assertThat(moved.get("updated_at")).isNotEqualTo(first.get("updated_at"));
    }
}
