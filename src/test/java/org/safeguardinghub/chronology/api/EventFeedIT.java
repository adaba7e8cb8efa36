package org.safeguardinghub.chronology.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguardinghub.support.TestEvents.batch;
import static org.safeguardinghub.support.TestEvents.event;
import static org.safeguardinghub.support.TestEvents.familyName;
import static org.safeguardinghub.support.TestEvents.nhsNumber;
import static org.safeguardinghub.support.TestEvents.subject;
import static org.safeguardinghub.support.TestEvents.unique;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.chronology.Subject;
import org.safeguardinghub.chronology.events.SubjectJson;
import org.safeguardinghub.support.Api;
import org.safeguardinghub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** {@code POST /api/v1/events} exactly as spec/event-feed.md describes it, on the real database. */
@HubIntegrationTest
class EventFeedIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    Api api() {
        return new Api(port);
    }

    long events() {
        return jdbc.sql("select count(*) from chronology.event").query(Long.class).single();
    }

    @Test
    void aClientGetsATokenOnlyWithItsSecret() {
        assertThat(api().signIn("POLICE-NORTH", "wrong").status()).isEqualTo(401);
        Api.Response token = api().signIn("POLICE-NORTH", HubIntegrationTest.SECRET);
        assertThat(token.status()).isEqualTo(200);
        assertThat(token.json().get("token_type").stringValue()).isEqualTo("Bearer");
    }

    @Test
    void withoutATokenTheFeedAnswers401AsAProblemDocument() {
        Api.Response response = api().post("/api/v1/events", "{\"events\": []}");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
    }

    /**
     * ADR 0046: the subject kept with each event is written by {@code SubjectJson}, no longer by the
     * application's Jackson; it must be what that Jackson writes (its settings, not only a plain mapper's).
     */
    @Test
    void theSubjectIsKeptAsTheApplicationsJacksonWritesIt() {
        String family = familyName();
        String localId = unique("L");
        String eventId = unique("E");
        ObjectNode sent = subject("Ré\"mi", family, "2012-04-05").put("localId", localId).put("sex", "F")
                .put("postcode", "ab1 2cd").put("address", "1 Test Row\nTestville");
        JsonNode results = api().as("POLICE-NORTH").post("/api/v1/events", batch(event(eventId, sent, "NOTE", "2025-01-01")))
                .json().get("results");
        assertThat(results.get(0).get("status").stringValue()).isEqualTo("CREATED");
        Subject kept = new Subject(null, null, localId, "Ré\"mi", family, LocalDate.of(2012, 4, 5), "F", "AB1 2CD",
                "1 Test Row\nTestville");
        String jackson = json.writeValueAsString(kept);
        assertThat(SubjectJson.write(kept)).isEqualTo(jackson);
        assertThat(jdbc.sql("select subject = cast(:expected as jsonb) from chronology.event where source_event_id = :id")
                .param("expected", jackson).param("id", eventId).query(Boolean.class).single()).isTrue();
    }

    @Test
    void sendingTheSameBatchTwiceStoresNothingNew() {
        ObjectNode subject = subject("Kayleigh", familyName(), "2011-03-14");
        String body = batch(event(unique("E"), subject, "MISSING_EPISODE", "2025-02-14T20:05:00Z"),
                event(unique("E"), subject, "NOTE", "2025-02-15"));
        Api police = api().as("POLICE-NORTH");
        JsonNode first = police.post("/api/v1/events", body).json().get("results");
        assertThat(first).extracting(r -> r.get("status").stringValue()).containsExactly("CREATED", "CREATED");
        assertThat(first.get(0).get("match").stringValue()).isEqualTo("NEW_PERSON");
        assertThat(first.get(1).get("match").stringValue()).isEqualTo("LINKED");
        long before = events();
        JsonNode second = police.post("/api/v1/events", body).json().get("results");
        assertThat(second).extracting(r -> r.get("status").stringValue()).containsExactly("DUPLICATE", "DUPLICATE");
        assertThat(second.get(0).get("childId")).isEqualTo(first.get(0).get("childId"));
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void aChangedResendIsAConflictAndKeepsTheOriginal() {
        String id = unique("E");
        ObjectNode original = event(id, subject("Jordan", familyName(), "2010-01-02"), "NOTE", "2025-01-01");
        Api police = api().as("POLICE-NORTH");
        police.post("/api/v1/events", batch(original));
        ObjectNode changed = original.deepCopy();
        changed.put("summary", "Something else");
        JsonNode result = police.post("/api/v1/events", batch(changed)).json().get("results").get(0);
        assertThat(result.get("status").stringValue()).isEqualTo("CONFLICT");
        assertThat(jdbc.sql("select summary from chronology.event where source_event_id = :id").param("id", id)
                .query(String.class).list()).containsExactly(original.get("summary").stringValue());
    }

    @Test
    void oneBadEventNeverRejectsTheGoodOnes() {
        ObjectNode subject = subject("Casey", familyName(), "2012-05-06");
        ObjectNode bad = event(unique("E"), subject, "NOTE", "2099-01-01");
        ((ObjectNode) bad.get("subject")).put("nhsNumber", "1234567890");
        JsonNode results = api().as("SCHOOL-NORTH").post("/api/v1/events",
                batch(event(unique("E"), subject, "SCHOOL_ABSENCE", "2025-03-03"), bad)).json().get("results");
        assertThat(results.get(0).get("status").stringValue()).isEqualTo("CREATED");
        assertThat(results.get(1).get("status").stringValue()).isEqualTo("REJECTED");
        assertThat(results.get(1).get("errors")).extracting(e -> e.get("field").stringValue())
                .containsExactlyInAnyOrder("subject.nhsNumber", "occurredAt");
    }

    /** Issue #18: these dates parse, but failed the whole batch with 500 in the database. */
    @Test
    void aYearNoRecordCanHoldIsOneBadEventNotABadBatch() {
        ObjectNode subject = subject("Casey", familyName(), "2012-05-06");
        ObjectNode ancient = event(unique("E"), subject, "NOTE", "-5000-01-01T00:00:00Z");
        ObjectNode endless = event(unique("E"), subject, "MISSING_EPISODE", "2025-03-01T18:00:00Z");
        endless.put("endedAt", "+300000-01-01T00:00:00Z");
        Api.Response sent = api().as("SCHOOL-NORTH").post("/api/v1/events",
                batch(ancient, event(unique("E"), subject, "SCHOOL_ABSENCE", "2025-03-03"), endless));
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        JsonNode results = sent.json().get("results");
        assertThat(results).extracting(r -> r.get("status").stringValue()).containsExactly("REJECTED", "CREATED", "REJECTED");
        assertThat(results.get(0).get("errors").get(0).get("field").stringValue()).isEqualTo("occurredAt");
        assertThat(results.get(2).get("errors").get(0).get("message").stringValue()).isEqualTo("must be between 1900-01-01 and 9999-12-31");
        String child = results.get(1).get("childId").stringValue();
        Api.Response read = api().as("SCHOOL-NORTH").get("/api/v1/children/" + child + "/chronology?from=-5000-01-01");
        assertThat(read.status()).as("a query from such a date is a problem, not a failure").isEqualTo(400);
        assertThat(read.body()).contains("from must be between 1900-01-01 and 9999-12-31");
    }

    @Test
    void unusableBatchesAre400ProblemsAndStoreNothing() {
        Api police = api().as("POLICE-NORTH");
        long before = events();
        ObjectNode one = event(unique("E"), subject("A", familyName(), "2012-01-01"), "NOTE", "2025-01-01");
        List<String> bodies = List.of("{not json", "[]", "{}", "{\"events\": []}", "{\"events\": {}}",
                batch(IntStream.range(0, 1001).mapToObj(i -> one.deepCopy().put("eventId", "E" + i))
                        .toArray(JsonNode[]::new)));
        for (String body : bodies) {
            Api.Response response = police.post("/api/v1/events", body);
            assertThat(response.status()).as(body.length() > 40 ? "1001 events" : body).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().get("detail").stringValue()).contains("nothing was stored");
        }
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void aThousandEventsIsABatch() {
        ObjectNode subject = subject("Morgan", familyName(), "2009-09-09");
        JsonNode[] events = IntStream.range(0, 1000)
                .mapToObj(i -> event(unique("E" + i), subject, "NOTE", "2024-01-01T10:00:00Z")).toArray(JsonNode[]::new);
        JsonNode results = api().as("POLICE-NORTH").post("/api/v1/events", batch(events)).json().get("results");
        assertThat(results).hasSize(1000).allMatch(r -> r.get("status").stringValue().equals("CREATED"));
        assertThat(results).extracting(r -> r.get("childId").stringValue()).containsOnly(results.get(0).get("childId").stringValue());
    }

    @Test
    void eventsAreLinkedByNhsNumberAcrossAgencies() {
        String nhs = nhsNumber();
        ObjectNode hospital = subject("Riley", familyName(), "2011-07-07").put("nhsNumber", nhs);
        ObjectNode gp = subject("Rylee", familyName(), "2011-07-07").put("nhsNumber", nhs);
        String child = api().as("ED-NORTH").post("/api/v1/events", batch(event(unique("E"), hospital, "ED_ATTENDANCE",
                "2025-06-01T22:00:00Z"))).json().get("results").get(0).get("childId").stringValue();
        JsonNode linked = api().as("GP-NORTH").post("/api/v1/events", batch(event(unique("E"), gp, "HEALTH_CONTACT",
                "2025-06-03"))).json().get("results").get(0);
        assertThat(linked.get("match").stringValue()).isEqualTo("LINKED");
        assertThat(linked.get("childId").stringValue()).isEqualTo(child);
    }

    @Test
    void aLocalIdLinksOnlyWithinTheAgencyThatIssuedIt() {
        String localId = unique("NP-PER");
        String family = familyName();
        ObjectNode first = subject("Alex", family, "2012-02-02").put("localId", localId);
        ObjectNode sameId = subject("Alexander", family + "x", "2012-02-03").put("localId", localId);
        Api police = api().as("POLICE-NORTH");
        String child = police.post("/api/v1/events", batch(event(unique("E"), first, "ARREST", "2025-01-01")))
                .json().get("results").get(0).get("childId").stringValue();
        JsonNode again = police.post("/api/v1/events", batch(event(unique("E"), sameId, "NOTE", "2025-01-02")))
                .json().get("results").get(0);
        assertThat(again.get("childId").stringValue()).isEqualTo(child);
        JsonNode otherForce = api().as("POLICE-SOUTH").post("/api/v1/events",
                batch(event(unique("E"), sameId, "NOTE", "2025-01-03"))).json().get("results").get(0);
        // not linked by the other force's id; the second look may still ask a person, since the child is
        // also known by this very name, born a day apart (ADR 27)
        assertThat(otherForce.get("match").stringValue()).isNotEqualTo("LINKED");
        assertThat(otherForce.get("childId").stringValue()).isNotEqualTo(child);
    }

    @Test
    void nameAndBirthDateLinkIgnoringCaseAndAccents() {
        String family = familyName();
        String child = api().as("SCHOOL-NORTH").post("/api/v1/events", batch(event(unique("E"),
                subject("Zoë", family, "2011-04-09"), "SCHOOL_ABSENCE", "2025-01-01"))).json()
                .get("results").get(0).get("childId").stringValue();
        JsonNode linked = api().as("POLICE-NORTH").post("/api/v1/events", batch(event(unique("E"),
                subject("ZOE", family.toUpperCase(), "2011-04-09"), "POLICE_INCIDENT", "2025-01-05"))).json()
                .get("results").get(0);
        assertThat(linked.get("childId").stringValue()).isEqualTo(child);
        assertThat(linked.get("match").stringValue()).isEqualTo("LINKED");
    }

    @Test
    void anEventIsAlwaysRecordedAsFromTheSendersAgency() {
        ObjectNode event = event(unique("E"), subject("Sam", familyName(), "2013-03-03"), "NOTE", "2025-01-01");
        event.put("agency", "CSC-NORTH");
        String id = event.get("eventId").stringValue();
        api().as("YOT-NORTH").post("/api/v1/events", batch(event));
        assertThat(jdbc.sql("""
                select a.code from chronology.event e join access.agency a on a.id = e.agency_id
                where e.source_event_id = :id""").param("id", id).query(String.class).single()).isEqualTo("YOT-NORTH");
    }

    @Test
    void theSameBatchSentTwiceAtOnceIsStoredOnce() {
        ObjectNode subject = subject("Parallel", familyName(), "2012-12-12").put("nhsNumber", nhsNumber());
        String body = batch(IntStream.range(0, 50).mapToObj(i -> event(unique("P" + i), subject, "NOTE",
                "2025-01-01T10:00:00Z")).toArray(JsonNode[]::new));
        Api a = api().as("POLICE-NORTH");
        Api b = api().as("POLICE-NORTH");
        var first = CompletableFuture.supplyAsync(() -> a.post("/api/v1/events", body));
        var second = CompletableFuture.supplyAsync(() -> b.post("/api/v1/events", body));
        List<String> statuses = List.of(first.join(), second.join()).stream()
                .flatMap(r -> r.json().get("results").valueStream()).map(r -> r.get("status").stringValue()).toList();
        assertThat(statuses).filteredOn("CREATED"::equals).hasSize(50);
        assertThat(statuses).filteredOn("DUPLICATE"::equals).hasSize(50);
        assertThat(jdbc.sql("select count(distinct child_id) from chronology.event where source_event_id like 'P%' and subject->>'familyName' = :f")
                .param("f", subject.get("familyName").stringValue()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void whenTheDatabaseRefusesPartOfABatchNothingOfItIsStoredAndNo2xxIsSent() {
        String poison = "poison-" + unique("x");
        jdbc.sql("""
                create or replace function chronology.test_refuse() returns trigger language plpgsql as $$
                begin
                    if new.summary like 'Test NOTE poison-%' then raise exception 'refused for the test'; end if;
                    return new;
                end $$""").update();
        jdbc.sql("create or replace trigger test_refuse before insert on chronology.event for each row execute function chronology.test_refuse()").update();
        try {
            ObjectNode subject = subject("Atomic", familyName(), "2010-10-10");
            String good = unique("G");
            Api.Response response = api().as("POLICE-NORTH").post("/api/v1/events",
                    batch(event(good, subject, "ARREST", "2025-01-01"), event(poison, subject, "NOTE", "2025-01-02")));
            assertThat(response.status()).isEqualTo(500);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(jdbc.sql("select count(*) from chronology.event where source_event_id = :id").param("id", good)
                    .query(Long.class).single()).isZero();
            assertThat(jdbc.sql("select count(*) from chronology.child_name where family_key = lower(:f)")
                    .param("f", subject.get("familyName").stringValue()).query(Long.class).single()).isZero();
        } finally {
            jdbc.sql("drop trigger test_refuse on chronology.event").update();
        }
    }
}
