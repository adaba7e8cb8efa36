package org.safeguardinghub.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguardinghub.support.TestEvents.batch;
import static org.safeguardinghub.support.TestEvents.event;
import static org.safeguardinghub.support.TestEvents.subject;
import static org.safeguardinghub.support.TestEvents.unique;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguardinghub.chronology.ReviewLabel;
import org.safeguardinghub.support.Api;
import org.safeguardinghub.support.HubIntegrationTest;
import org.safeguardinghub.support.TestEvents;
import org.safeguardinghub.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The four false links of issue 13, each sent through the feed as partners send them: the second
 * record is answered {@code NEEDS_REVIEW} or {@code NEW_PERSON}, never {@code LINKED}, and never
 * lands on the first child's record; an identifier conflict reaches the review queue labelled so.
 */
@HubIntegrationTest
class FalseLinksIT {

    /** A household's home: a street no other test uses. */
    record Home(String address, String postcode) {

        static Home unique() {
            java.util.Random random = new java.util.Random();
            return new Home((1 + random.nextInt(200)) + " " + TestEvents.familyName() + " Road",
                    "LS" + (1 + random.nextInt(9)) + " " + random.nextInt(10) + (char) ('A' + random.nextInt(26))
                            + (char) ('A' + random.nextInt(26)));
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    MatchReviews reviews;

    @Autowired
    JdbcClient jdbc;

    JsonNode send(String client, ObjectNode subject) {
        return new Api(port).as(client).post("/api/v1/events", batch(event(unique("F"), subject, "NOTE", "2026-10-01")))
                .json().get("results").get(0);
    }

    static ObjectNode child(String given, String family, String born, String sex, Home home) {
        return subject(given, family, born).put("sex", sex).put("postcode", home.postcode()).put("address", home.address());
    }

    void assertKeptApart(JsonNode first, JsonNode second) {
        assertThat(second.get("match").stringValue()).isIn("NEEDS_REVIEW", "NEW_PERSON");
        assertThat(second.get("childId").stringValue()).isNotEqualTo(first.get("childId").stringValue());
        assertThat(events(first.get("childId").stringValue())).isEqualTo(1);
    }

    long events(String childId) {
        return jdbc.sql("select count(*) from chronology.event where child_id = cast(:c as uuid)")
                .param("c", childId.substring(2)).query(Long.class).single();
    }

    @Test
    void twinsOfDifferentSexAndGivenNamesAreKeptApart() {
        String family = TestEvents.familyName();
        Home home = Home.unique();
        JsonNode mia = send("GP-NORTH", child("Mia", family, "2015-04-21", "F", home));
        JsonNode alfie = send("SCHOOL-NORTH", child("Alfie", family, "2015-04-21", "M", home));
        assertKeptApart(mia, alfie);
    }

    @Test
    void aSiblingSharingOnlyDateOfBirthAndAddressIsKeptApart() {
        Home home = Home.unique();
        JsonNode mia = send("GP-NORTH", child("Mia", TestEvents.familyName(), "2016-02-17", "F", home));
        JsonNode alfie = send("POLICE-NORTH", child("Alfie", TestEvents.familyName(), "2016-02-17", "M", home));
        assertKeptApart(mia, alfie);
    }

    @Test
    void aSiblingWithDayAndMonthSwappedAndAnotherNameIsKeptApart() {
        String family = TestEvents.familyName();
        Home home = Home.unique();
        JsonNode christopher = send("SCHOOL-NORTH", child("Christopher", family, "2011-12-11", "M", home));
        JsonNode lily = send("GP-NORTH", child("Lily", family, "2011-11-12", "F", home));
        assertKeptApart(christopher, lily);
    }

    @Test
    void aSiblingsNhsNumberOnAnotherChildsRecordIsAnIdentifierConflictForAPerson() {
        String family = TestEvents.familyName();
        String nhs = TestEvents.nhsNumber();
        Home home = Home.unique();
        JsonNode christopher = send("GP-NORTH", child("Christopher", family, "2011-12-11", "M", home).put("nhsNumber", nhs));
        JsonNode lily = send("GP-NORTH", child("Lily", family, "2014-03-02", "F", home).put("nhsNumber", nhs));

        assertThat(lily.get("match").stringValue()).isEqualTo("NEEDS_REVIEW");
        assertKeptApart(christopher, lily);
        String lilyId = lily.get("childId").stringValue();
        MatchReviews.Review review = reviews.waiting().stream().filter(r -> r.incoming().toString().equals(lilyId))
                .findFirst().orElseThrow(() -> new AssertionError("the identifier conflict is not on the review queue"));
        assertThat(review.candidate().toString()).isEqualTo(christopher.get("childId").stringValue());
        assertThat(review.label()).isEqualTo(ReviewLabel.IDENTIFIER_CONFLICT);
        assertThat(review.reasons()).anyMatch(r -> r.startsWith("found by the same NHS number"))
                .anyMatch(r -> r.startsWith("identifier conflict"));
        // the number stays with the child it was first learned for
        assertThat(jdbc.sql("select child_id::text from chronology.child_identifier where kind = 'NHS' and value = :n")
                .param("n", nhs).query(String.class).list()).containsExactly(christopher.get("childId").stringValue().substring(2));

        String queue = WebSession.signedIn(port, "mash.north").get("/identity/reviews?label=IDENTIFIER_CONFLICT").body();
        assertThat(queue).containsPattern("(?s)id=\"review-" + review.id() + "\".*?Identifier conflict");

        // Lily's next event, sent the same way, joins her provisional record without a second question
        JsonNode again = send("GP-NORTH", child("Lily", family, "2014-03-02", "F", home).put("nhsNumber", nhs));
        assertThat(again.get("childId").stringValue()).isEqualTo(lilyId);
        assertThat(reviews.waiting().stream().filter(r -> r.incoming().toString().equals(lilyId)).toList()).hasSize(1);
        assertThat(events(christopher.get("childId").stringValue())).isEqualTo(1);
    }

    @Test
    void theSameChildByTheSameNumberIsStillLinked() {
        String family = TestEvents.familyName();
        String nhs = TestEvents.nhsNumber();
        JsonNode first = send("GP-NORTH", child("Christopher", family, "2011-12-11", "M", Home.unique()).put("nhsNumber", nhs));
        JsonNode second = send("ED-NORTH", subject("Chris", family, "2011-12-11").put("nhsNumber", nhs));
        assertThat(second.get("match").stringValue()).isEqualTo("LINKED");
        assertThat(second.get("childId").stringValue()).isEqualTo(first.get("childId").stringValue());
        assertThat(List.of(events(first.get("childId").stringValue()))).containsExactly(2L);
    }
}
