package org.safeguardinghub.missing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguardinghub.support.TestEvents.batch;
import static org.safeguardinghub.support.TestEvents.event;
import static org.safeguardinghub.support.TestEvents.familyName;
import static org.safeguardinghub.support.TestEvents.subject;
import static org.safeguardinghub.support.TestEvents.unique;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.access.Sensitivity;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.missing.internal.PatternStore;
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
 * The patterns table's summaries (ADR 0034) stay as the reports say as they change, in the recording
 * transaction: a report that bridges two episodes merges them into one, an episode's return ends it,
 * and a place told only in police intelligence never reaches a manager who may not read it.
 */
@HubIntegrationTest
class MissingPatternSummariesIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PatternStore store;

    String send(String client, JsonNode... events) {
        Api.Response response = new Api(port).as(client).post("/api/v1/events", batch(events));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("REJECTED");
        return response.json().get("results").get(0).get("childId").stringValue();
    }

    static ObjectNode episode(ObjectNode subject, Instant start, Instant end, String foundAt) {
        ObjectNode sent = event(unique("SUM"), subject, "MISSING_EPISODE", start.toString());
        if (end != null) {
            sent.put("endedAt", end.toString());
        }
        ObjectNode details = sent.putObject("details").put("from", "CARE").put("reportedToPolice", true);
        if (foundAt != null) {
            details.put("foundAt", foundAt);
        }
        return sent;
    }

    /** The child's summary rows: episode, agency code, sensitivity, began, ended, over. */
    List<Map<String, Object>> parts(String child) {
        return jdbc.sql("""
                select p.episode_id, a.code, p.sensitivity, p.began, p.ended, p.open_since
                from missing_patterns.episode_part p join access.agency a on a.id = p.agency_id
                where p.child_id = cast(:c as uuid) order by a.code""")
                .param("c", child.substring(2)).query().listOfRows();
    }

    List<UUID> liveEpisodes(String child) {
        return jdbc.sql("select id from missing.episode where child_id = cast(:c as uuid) and merged_into is null and not withdrawn")
                .param("c", child.substring(2)).query(UUID.class).list();
    }

    /** What the summaries hold for the child equals what rebuilding them from the reports gives (as V81 and V85 do). */
    void sameAsRebuilt(String child) {
        String rows = "select episode_id, agency_id, sensitivity, began, ended, open_since from missing_patterns.episode_part"
                + " where child_id = cast(:c as uuid) order by 1, 2, 3";
        String found = "select kind, key, episode_id, agency_id, sensitivity, label from missing_patterns.found_part"
                + " where child_id = cast(:c as uuid) order by 1, 2, 3, 4, 5";
        // and the standard view drawn from them (V85)
        List<String> queries = List.of(rows, found,
                "select to_jsonb(t)::text from missing_patterns.episode_standard t where child_id = cast(:c as uuid) order by 1",
                "select to_jsonb(t)::text from missing_patterns.child_standard t where child_id = cast(:c as uuid)",
                "select to_jsonb(t)::text from missing_patterns.found_standard t where child_id = cast(:c as uuid) order by 1");
        List<List<Map<String, Object>>> kept = queries.stream()
                .map(q -> jdbc.sql(q).param("c", child.substring(2)).query().listOfRows()).toList();
        assertThat(kept.get(3)).hasSize(1);
        jdbc.sql("select missing_patterns.refresh(array[cast(:c as uuid)])").param("c", child.substring(2)).query().listOfRows();
        for (int i = 0; i < queries.size(); i++) {
            assertThat(jdbc.sql(queries.get(i)).param("c", child.substring(2)).query().listOfRows()).isEqualTo(kept.get(i));
        }
    }

    @Test
    void aReportThatBridgesTwoEpisodesMergesThemInTheSummaries() {
        ObjectNode subject = subject("Mirela", familyName(), "2011-06-06");
        Instant t = Instant.parse("2025-02-03T18:00:00Z");
        String child = send("POLICE-NORTH", episode(subject, t, t.plus(Duration.ofHours(2)), null),
                episode(subject, t.plus(Duration.ofHours(3)), t.plus(Duration.ofHours(5)), null));
        assertThat(liveEpisodes(child)).hasSize(2);
        assertThat(parts(child)).extracting(r -> r.get("episode_id")).doesNotHaveDuplicates().hasSize(2);

        send("SCHOOL-NORTH", episode(subject, t.plus(Duration.ofHours(1)), t.plus(Duration.ofHours(4)), "Bridge street"));
        List<UUID> live = liveEpisodes(child);
        assertThat(live).hasSize(1);
        List<Map<String, Object>> parts = parts(child);
        // one row per (agency, sensitivity) of the one episode left: the police's two reports and the school's
        assertThat(parts).hasSize(2).allSatisfy(r -> assertThat(r.get("episode_id")).isEqualTo(live.getFirst()))
                .allSatisfy(r -> assertThat(r.get("open_since")).isNull());
        assertThat(parts).extracting(r -> r.get("code")).containsExactly("POLICE-NORTH", "SCHOOL-NORTH");
        assertThat(instant(parts.get(0).get("began"))).isEqualTo(t);
        assertThat(instant(parts.get(0).get("ended"))).isEqualTo(t.plus(Duration.ofHours(5)));
        assertThat(jdbc.sql("select count(*) from missing_patterns.found_part where child_id = cast(:c as uuid) and key = 'bridge street'")
                .param("c", child.substring(2)).query(Long.class).single()).isEqualTo(1);
        sameAsRebuilt(child);
    }

    @Test
    void anEpisodeThatEndsIsOverInTheSummaries() {
        ObjectNode subject = subject("Tobiah", familyName(), "2012-07-07");
        Instant started = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofHours(3));
        String child = send("POLICE-NORTH", episode(subject, started, null, null));
        assertThat(parts(child)).singleElement().satisfies(r -> {
            assertThat(instant(r.get("open_since"))).isEqualTo(started);
            assertThat(r.get("ended")).isNull();
        });
        assertThat(patternsOf(child).longest()).isEmpty();
        assertThat(patternsOf(child).mostEpisodes()).singleElement().satisfies(c -> assertThat(c.total()).isZero());

        // the social worker records the return: a report of the children's services, the police's still open
        Network.of(port, child).allocate("sw.north");
        WebSession worker = WebSession.signedIn(port, "sw.north");
        String episode = liveEpisodes(child).getFirst().toString();
        worker.get("/children/" + child + "/missing/episodes/" + episode + "/return");
        var back = new java.util.HashMap<>(MissingIT.moment("returned", started.plus(Duration.ofHours(2))));
        back.put("foundAt", "Bus station");
        assertThat(worker.post("/children/" + child + "/missing/episodes/" + episode + "/return", back).status())
                .isEqualTo(302);

        assertThat(parts(child)).extracting(r -> r.get("code")).containsExactly("CSC-NORTH", "POLICE-NORTH");
        assertThat(instant(parts(child).getFirst().get("ended"))).isEqualTo(started.plus(Duration.ofHours(2)));
        // ended at the return, as the child's page says (Episode.of): the police's open report began before it
        MissingPatterns patterns = patternsOf(child);
        assertThat(patterns.longest()).singleElement().satisfies(e -> {
            assertThat(e.duration()).isEqualTo(Duration.ofHours(2));
            assertThat(e.startedAt()).isEqualTo(started);
        });
        assertThat(patterns.mostEpisodes().getFirst().total()).isEqualTo(Duration.ofHours(2));
        sameAsRebuilt(child);
    }

    /** The tables for one child, as the North's children's social care (who read standard reports) sees them. */
    MissingPatterns patternsOf(String child) {
        ChildId id = new ChildId(UUID.fromString(child.substring(2)));
        UUID csc = jdbc.sql("select id from access.agency where code = 'CSC-NORTH'").query(UUID.class).single();
        return store.patterns(new PatternStore.Scope(List.of(id), List.of(id), csc, List.of(Sensitivity.STANDARD)),
                new PatternStore.Limits(10, 2, 5, List.of()));
    }

    @Test
    void aPlaceToldOnlyInPoliceIntelligenceDoesNotReachAManagerWhoMayNotReadIt() {
        String family = familyName();
        String hidden = "Hidden flat " + family;
        String open = "Open cafe " + family;
        ObjectNode subject = subject("Leontyne", family, "2010-08-08");
        Instant t = Instant.parse("2025-03-01T20:00:00Z");
        ObjectNode first = episode(subject, t, t.plus(Duration.ofHours(4)), hidden).put("sensitivity", "POLICE_INTELLIGENCE");
        ObjectNode second = episode(subject, t.plus(Duration.ofDays(10)), t.plus(Duration.ofDays(10)).plus(Duration.ofHours(4)),
                hidden).put("sensitivity", "POLICE_INTELLIGENCE");
        ObjectNode third = episode(subject, t.plus(Duration.ofDays(20)), t.plus(Duration.ofDays(20)).plus(Duration.ofHours(3)), open);
        ObjectNode fourth = episode(subject, t.plus(Duration.ofDays(30)), t.plus(Duration.ofDays(30)).plus(Duration.ofHours(3)), open);
        String child = send("POLICE-NORTH", first, second, third, fourth);
        // the place is in the summaries, held at its sensitivity ...
        assertThat(jdbc.sql("""
                select count(*) from missing_patterns.found_part where child_id = cast(:c as uuid) and key = lower(:p)
                  and sensitivity = 'POLICE_INTELLIGENCE'""").param("c", child.substring(2)).param("p", hidden)
                .query(Long.class).single()).isEqualTo(2);
        // ... and a children's social care manager, who may open the child but not read police intelligence, never sees it
        String body = WebSession.signedIn(port, "tm.north").get("/missing/patterns").body();
        assertThat(body).doesNotContain(hidden).doesNotContain(hidden.toLowerCase());
        assertThat(MissingPatternsIT.row(body, open)).containsExactly("2", "1");
    }

    static Instant instant(Object timestamp) {
        if (timestamp == null) {
            return null;
        }
        return timestamp instanceof java.sql.Timestamp ts ? ts.toInstant() : ((java.time.OffsetDateTime) timestamp).toInstant();
    }
}
