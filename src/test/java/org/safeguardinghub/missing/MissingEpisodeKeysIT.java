package org.safeguardinghub.missing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.safeguardinghub.support.TestEvents.batch;
import static org.safeguardinghub.support.TestEvents.familyName;
import static org.safeguardinghub.support.TestEvents.subject;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.support.Api;
import org.safeguardinghub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * ADR 0041 dropped the keys from reports and episode history to their episode (their checks cost as
 * much as the events on ingest), ADR 0044 those from reports and episodes to their child and agency.
 * What they guarded must still hold: every report and every step of a child's history names an
 * episode of that child that exists, through new episodes and a report that merges two of them;
 * every report and episode names a child, and every report an agency, that exist; and an episode
 * cannot be deleted.
 */
@HubIntegrationTest
class MissingEpisodeKeysIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    String send(JsonNode... events) {
        Api.Response response = new Api(port).as("POLICE-NORTH").post("/api/v1/events", batch(events));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("REJECTED");
        return response.json().get("results").get(0).get("childId").stringValue().substring(2);
    }

    static ObjectNode episode(String eventId, ObjectNode subject, Instant start, Instant end) {
        return MissingPatternSummariesIT.episode(subject, start, end, null).put("eventId", eventId);
    }

    long count(String sql, String child) {
        return jdbc.sql(sql).param("c", child).query(Long.class).single();
    }

    @Test
    void reportsAndHistoryNameAnEpisodeOfTheirChildThroughAMerge() {
        ObjectNode subject = subject("Orla", familyName(), "2011-04-04");
        Instant t = Instant.parse("2025-05-06T19:00:00Z");
        String first = "KEYS-" + familyName();
        String child = send(episode(first, subject, t, t.plus(Duration.ofHours(2))),
                episode(first + "-2", subject, t.plus(Duration.ofHours(3)), t.plus(Duration.ofHours(5))));
        // a third report bridges the two: one episode now, the later one merged into the earlier
        send(episode(first + "-3", subject, t.plus(Duration.ofHours(1)), t.plus(Duration.ofHours(4))));

        assertThat(count("select count(*) from missing.report where child_id = cast(:c as uuid)", child)).isEqualTo(3);
        assertThat(count("select count(*) from missing.episode where child_id = cast(:c as uuid) and merged_into is not null",
                child)).isEqualTo(1);
        assertThat(count("""
                select count(*) from missing.report r
                where r.child_id = cast(:c as uuid)
                  and not exists (select 1 from missing.episode e where e.id = r.episode_id and e.child_id = r.child_id)""",
                child)).isZero();
        // each version's step in the history ("FEED <report>") names an episode of the child
        String stepsOfReports = """
                select count(*) from missing.episode_step s
                join missing.report r on s.note = r.source || ' ' || r.report_id
                where r.child_id = cast(:c as uuid)""";
        assertThat(count(stepsOfReports, child)).isEqualTo(3);
        assertThat(count(stepsOfReports
                + " and not exists (select 1 from missing.episode e where e.id = s.episode_id and e.child_id = r.child_id)",
                child)).isZero();
        // and across everything every test so far has stored
        assertThat(jdbc.sql("""
                select (select count(*) from missing.report r
                        where not exists (select 1 from chronology.child c where c.id = r.child_id)
                           or not exists (select 1 from access.agency a where a.id = r.agency_id))
                     + (select count(*) from missing.episode e
                        where not exists (select 1 from chronology.child c where c.id = e.child_id))""")
                .query(Long.class).single()).isZero();
        assertThat(count("""
                select count(*) from missing.report r join access.agency a on a.id = r.agency_id
                where r.child_id = cast(:c as uuid) and a.code = 'POLICE-NORTH'""", child)).isEqualTo(3);
        assertThatThrownBy(() -> jdbc.sql("delete from missing.episode where child_id = cast(:c as uuid)").param("c", child)
                .update()).isInstanceOf(DataAccessException.class);
    }
}
