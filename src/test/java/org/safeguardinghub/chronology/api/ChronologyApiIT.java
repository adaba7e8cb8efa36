package org.safeguardinghub.chronology.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguardinghub.support.TestEvents.batch;
import static org.safeguardinghub.support.TestEvents.event;
import static org.safeguardinghub.support.TestEvents.familyName;
import static org.safeguardinghub.support.TestEvents.subject;
import static org.safeguardinghub.support.TestEvents.unique;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguardinghub.support.Api;
import org.safeguardinghub.support.HubIntegrationTest;
import org.safeguardinghub.support.Network;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code GET /api/v1/children/{id}/chronology}: what a partner system reads back, and what it may not. */
@HubIntegrationTest
class ChronologyApiIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    String child;
    String hospitalEvent;
    ObjectNode subject;

    /**
     * One child known to police and to a hospital, whose attendance is restricted health information;
     * a North police officer is in the child's professional network, so North police work with the child.
     */
    @BeforeEach
    void aChildKnownToPoliceAndAHospital() {
        subject = subject("Taylor", familyName(), "2011-02-02");
        child = new Api(port).as("POLICE-NORTH").post("/api/v1/events", batch(
                event(unique("PN"), subject, "MISSING_EPISODE", "2025-01-10T20:00:00Z").put("endedAt", "2025-01-12T08:00:00Z"),
                event(unique("PN"), subject, "POLICE_INCIDENT", "2025-03-01T12:00:00Z"),
                event(unique("PN"), subject, "NOTE", "2025-05-01").put("significance", "SIGNIFICANT")))
                .json().get("results").get(0).get("childId").stringValue();
        hospitalEvent = unique("ED");
        ObjectNode attendance = event(hospitalEvent, subject, "ED_ATTENDANCE", "2025-04-01T21:00:00Z");
        attendance.put("sensitivity", "HEALTH");
        attendance.putObject("details").put("reason", "overdose").put("injury", false);
        new Api(port).as("ED-NORTH").post("/api/v1/events", batch(attendance));
        Network.of(port, child).add("police.north", "CSE team");
    }

    JsonNode read(String client, String query) {
        Api.Response response = new Api(port).as(client).get("/api/v1/children/" + child + "/chronology" + query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    @Test
    void newestFirstWithWhatTheCallerSent() {
        JsonNode chronology = read("POLICE-NORTH", "");
        assertThat(chronology.get("childId").stringValue()).isEqualTo(child);
        // the hospital's restricted attendance is there, but not what kind of entry it is
        assertThat(chronology.get("events")).extracting(e -> e.has("type") ? e.get("type").stringValue() : "restricted")
                .containsExactly("NOTE", "restricted", "POLICE_INCIDENT", "MISSING_EPISODE");
        JsonNode missing = chronology.get("events").get(3);
        assertThat(missing.get("agency").stringValue()).isEqualTo("POLICE-NORTH");
        assertThat(missing.get("endedAt").stringValue()).isEqualTo("2025-01-12T08:00:00Z");
        assertThat(chronology.get("events").get(0).get("occurredAt").stringValue()).isEqualTo("2025-05-01");
    }

    @Test
    void anotherAgencysRestrictedEntryShowsOnlyThatItExists() {
        JsonNode attendance = read("POLICE-NORTH", "?agency=ED-NORTH").get("events").get(0);
        assertThat(attendance.get("restricted").booleanValue()).isTrue();
        assertThat(attendance.get("agency").stringValue()).isEqualTo("ED-NORTH");
        assertThat(attendance.get("occurredAt").stringValue()).isEqualTo("2025-04-01T21:00:00Z");
        assertThat(attendance.get("contact").stringValue()).startsWith("Ruth Adeyemi");
        for (String hidden : new String[] {"type", "summary", "details", "sensitivity", "recordedBy", "eventId"}) {
            assertThat(attendance.has(hidden)).as(hidden).isFalse();
        }
        // nor is it found by asking for its type
        assertThat(read("POLICE-NORTH", "?type=ED_ATTENDANCE").get("events")).isEmpty();
        JsonNode own = read("ED-NORTH", "?type=ED_ATTENDANCE").get("events").get(0);
        assertThat(own.get("restricted").booleanValue()).isFalse();
        assertThat(own.get("details").get("reason").stringValue()).isEqualTo("overdose");
        assertThat(own.get("eventId").stringValue()).isEqualTo(hospitalEvent);
    }

    /**
     * Issue 12, defect 1: a care home in another area with no relationship to the child sent one note
     * and then read police and social care entries. Sending gives the sender its own entries only.
     */
    @Test
    void sendingAnEventReadsBackOnlyTheSendersOwnEntries() {
        JsonNode sent = new Api(port).as("HOME-SOUTH").post("/api/v1/events", batch(
                event(unique("HS"), subject, "NOTE", "2025-06-01"))).json().get("results").get(0);
        assertThat(sent.get("match").stringValue()).isEqualTo("LINKED");
        assertThat(sent.get("childId").stringValue()).isEqualTo(child);
        JsonNode chronology = read("HOME-SOUTH", "");
        assertThat(chronology.get("events")).hasSize(1);
        assertThat(chronology.get("events").get(0).get("agency").stringValue()).isEqualTo("HOME-SOUTH");
        assertThat(chronology.toString()).doesNotContain("POLICE-NORTH").doesNotContain("ED-NORTH");
        // the hospital that sent the attendance, not in the network, likewise reads only its own
        assertThat(read("ED-NORTH", "").get("events")).extracting(e -> e.get("agency").stringValue())
                .containsExactly("ED-NORTH");
    }

    @Test
    void filtersByTypeAgencyAndPeriodAndPages() {
        assertThat(read("POLICE-NORTH", "?agency=ED-NORTH").get("events")).hasSize(1);
        assertThat(read("POLICE-NORTH", "?type=NOTE,POLICE_INCIDENT").get("events")).hasSize(2);
        assertThat(read("POLICE-NORTH", "?from=2025-03-01&to=2025-04-01").get("events"))
                .extracting(e -> e.get("agency").stringValue()).containsExactly("ED-NORTH", "POLICE-NORTH");
        assertThat(read("POLICE-NORTH", "?from=2025-03-01T12:00:01Z").get("events")).hasSize(2);
        JsonNode first = read("POLICE-NORTH", "?size=3");
        assertThat(first.get("events")).hasSize(3);
        assertThat(first.get("hasNext").booleanValue()).isTrue();
        JsonNode second = read("POLICE-NORTH", "?size=3&page=1");
        assertThat(second.get("events")).hasSize(1);
        assertThat(second.get("hasNext").booleanValue()).isFalse();
    }

    @Test
    void badQueriesAre400Problems() {
        Api api = new Api(port).as("POLICE-NORTH");
        for (String query : new String[] {"?agency=NOPE", "?type=MISSING", "?from=yesterday", "?size=0", "?size=201", "?page=-1"}) {
            Api.Response response = api.get("/api/v1/children/" + child + "/chronology" + query);
            assertThat(response.status()).as(query).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void anAgencyNotInvolvedGets404AsIfTheChildDidNotExist() {
        Api school = new Api(port).as("SCHOOL-NORTH");
        Api.Response notInvolved = school.get("/api/v1/children/" + child + "/chronology");
        Api.Response noSuchChild = school.get("/api/v1/children/c-00000000-0000-0000-0000-000000000000/chronology");
        assertThat(notInvolved.status()).isEqualTo(404);
        assertThat(noSuchChild.status()).isEqualTo(404);
        assertThat(notInvolved.json().get("detail").stringValue()).doesNotContain("Taylor");
        assertThat(new Api(port).as("SCHOOL-NORTH").get("/api/v1/children/not-an-id/chronology").status()).isEqualTo(404);
    }

    @Test
    void everyReadIsAudited() {
        long before = audits("READ_CHRONOLOGY");
        read("POLICE-NORTH", "");
        assertThat(audits("READ_CHRONOLOGY")).isEqualTo(before + 1);
        long denied = audits("ACCESS_DENIED");
        new Api(port).as("SCHOOL-NORTH").get("/api/v1/children/" + child + "/chronology");
        assertThat(audits("ACCESS_DENIED")).isEqualTo(denied + 1);
    }

    private long audits(String action) {
        return jdbc.sql("select count(*) from access.audit_event where child_id = cast(:c as uuid) and action = :a")
                .param("c", child.substring(2)).param("a", action).query(Long.class).single();
    }
}
