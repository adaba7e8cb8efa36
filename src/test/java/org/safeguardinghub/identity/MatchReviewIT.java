package org.safeguardinghub.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguardinghub.support.TestEvents.batch;
import static org.safeguardinghub.support.TestEvents.event;
import static org.safeguardinghub.support.TestEvents.subject;
import static org.safeguardinghub.support.TestEvents.unique;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.support.Api;
import org.safeguardinghub.support.HubIntegrationTest;
import org.safeguardinghub.support.TestEvents;
import org.safeguardinghub.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A near match (another spelling, day and month swapped) lands on the review queue with the explanation; linking merges
 * the chronologies (and the ED pattern alert appears), unmerging restores both exactly (and the
 * alert goes). Issue "Knowing who is who", items 3 and 4.
 */
@HubIntegrationTest
class MatchReviewIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MatchReviews reviews;

    List<String> events(String childId) {
        return jdbc.sql("select id::text from chronology.event where child_id = cast(:c as uuid) order by id")
                .param("c", childId.substring(2)).query(String.class).list();
    }

    List<String> alerts(String childId) {
        return jdbc.sql("select code || ':' || status from oversight.alert where child_id = cast(:c as uuid) order by code, status")
                .param("c", childId.substring(2)).query(String.class).list();
    }

    @Test
    void aNearMatchIsReviewedLinkedAndUnlinkedExactly() {
        String born = "2004-03-07";
        JsonNode known = new Api(port).as("ED-NORTH").post("/api/v1/events", batch(
                event(unique("E"), subject("Kayleigh", "Smyth", born), "ED_ATTENDANCE", "2026-02-01"),
                event(unique("E"), subject("Kayleigh", "Smyth", born), "ED_ATTENDANCE", "2026-05-01"))).json();
        String kayleigh = known.get("results").get(0).get("childId").stringValue();
        List<String> kayleighBefore = events(kayleigh);
        List<String> kayleighAlertsBefore = alerts(kayleigh);

        // a later attendance written another way: another spelling, day and month swapped, no NHS number
        JsonNode sent = new Api(port).as("ED-NORTH").post("/api/v1/events", batch(
                event(unique("S"), subject("Kaleigh", "Smith", "2004-07-03"), "ED_ATTENDANCE", "2026-08-01"))).json();
        JsonNode result = sent.get("results").get(0);
        assertThat(result.get("match").stringValue()).isEqualTo("NEEDS_REVIEW");
        String kaleigh = result.get("childId").stringValue();
        List<String> kaleighBefore = events(kaleigh);

        MatchReviews.Review review = reviews.waiting().stream().filter(r -> r.incoming().toString().equals(kaleigh))
                .findFirst().orElseThrow(() -> new AssertionError("no review for the near match"));
        assertThat(review.candidate().toString()).isEqualTo(kayleigh);
        assertThat(review.reasons()).anyMatch(r -> r.startsWith("given name: known variant"))
                .anyMatch(r -> r.startsWith("date of birth: day and month swapped"));

        WebSession mash = WebSession.signedIn(port, "mash.north");
        String path = "/identity/reviews/" + review.id();
        WebSession.Page page = mash.get(path);
        assertThat(page.body()).contains("Are these the same child?").contains("Kaleigh Smith").contains("Kayleigh Smyth")
                .contains("date of birth: day and month swapped");
        assertThat(WebSession.signedIn(port, "gp.north").get(path).status()).isEqualTo(404);
        assertThat(mash.post(path, Map.of("decision", "LINK", "note", "Same child: the date was entered month first")).status())
                .isEqualTo(302);

        assertThat(events(kayleigh)).containsAll(kayleighBefore).containsAll(kaleighBefore)
                .hasSize(kayleighBefore.size() + kaleighBefore.size());
        assertThat(events(kaleigh)).isEmpty();
        assertThat(alerts(kayleigh)).contains("ED_ATTENDANCE_PATTERN:OPEN");
        assertThat(mash.get("/children/" + kaleigh).body()).contains("This record was merged into another");
        // later events for the merged record land on the one it was merged into
        new Api(port).as("ED-NORTH").post("/api/v1/events", batch(
                event(unique("S"), subject("Kaleigh", "Smith", "2004-07-03"), "HEALTH_CONTACT", "2026-09-01")));
        assertThat(events(kaleigh)).isEmpty();

        mash.get(path);
        assertThat(mash.post(path + "/unlink", Map.of("reason", "")).body()).contains("Say why the records are not the same child");
        assertThat(mash.post(path + "/unlink", Map.of("reason", "Different mothers on the ED records")).status()).isEqualTo(302);
        assertThat(events(kaleigh)).containsExactlyElementsOf(kaleighBefore);
        assertThat(events(kayleigh)).containsAll(kayleighBefore).hasSize(kayleighBefore.size() + 1);
        assertThat(alerts(kayleigh)).doesNotContain("ED_ATTENDANCE_PATTERN:OPEN").containsAll(kayleighAlertsBefore);
        assertThat(reviews.get(review.id()).orElseThrow().status()).isEqualTo(MatchReviews.Status.UNLINKED);
    }

    @Test
    void aMatchAboveTheLinkBandIsLinkedByTheMatcherAndAPersonCanUndoIt() {
        String born = "2009-10-21";
        String family = TestEvents.familyName();
        JsonNode known = new Api(port).as("GP-NORTH").post("/api/v1/events", batch(event(unique("G"),
                subject("Oliver", family, born).put("postcode", "LS6 2QT").put("address", "14 Hawthorn Mount"),
                "HEALTH_CONTACT", "2026-01-05"))).json();
        String oliver = known.get("results").get(0).get("childId").stringValue();
        List<String> oliverBefore = events(oliver);

        // the police know him as Olly: a known variant, with everything else the same and no NHS number
        JsonNode sent = new Api(port).as("POLICE-NORTH").post("/api/v1/events", batch(event(unique("P"),
                subject("Olly", family, born).put("postcode", "LS6 2QT").put("address", "14 Hawthorn Mount"),
                "POLICE_INCIDENT", "2026-02-10"))).json();

        JsonNode result = sent.get("results").get(0);
        assertThat(result.get("match").stringValue()).isEqualTo("LINKED");
        assertThat(result.get("childId").stringValue()).isEqualTo(oliver);
        assertThat(events(oliver)).containsAll(oliverBefore).hasSize(oliverBefore.size() + 1);
        MatchReviews.Review review = reviews.about(ChildId.parse(oliver).orElseThrow()).stream()
                .filter(r -> r.status() == MatchReviews.Status.LINKED).findFirst()
                .orElseThrow(() -> new AssertionError("the matcher's link is not kept for a person to see"));
        assertThat(review.steps().getLast().decidedBy()).isEqualTo(MatchReviews.MATCHER);
        assertThat(review.reasons()).anyMatch(r -> r.startsWith("given name: known variant"));
        assertThat(reviews.waiting()).noneMatch(r -> r.id().equals(review.id()));

        WebSession mash = WebSession.signedIn(port, "mash.north");
        String path = "/identity/reviews/" + review.id();
        assertThat(mash.get("/identity/reviews").body()).contains("Linked by the matcher in the last 30 days")
                .containsPattern("(?s)id=\"linked-by-matcher\".*" + review.id() + ".*</table>");
        assertThat(mash.get(path).body()).contains(MatchReviews.LINKED_BY_MATCHER);
        assertThat(mash.post(path + "/unlink", Map.of("reason", "Two boys: the police record is his cousin")).status())
                .isEqualTo(302);
        assertThat(events(oliver)).containsExactlyElementsOf(oliverBefore);
        assertThat(events(review.incoming().toString())).hasSize(1);
    }

    @Test
    void notTheSameIsRememberedAndTheRecordsStaySeparate() {
        new Api(port).as("GP-NORTH").post("/api/v1/events", batch(
                event(unique("G"), subject("Mohammed", "Rahman", "2011-09-05"), "HEALTH_CONTACT", "2026-01-10")));
        JsonNode sent = new Api(port).as("POLICE-NORTH").post("/api/v1/events", batch(
                event(unique("P"), subject("Muhammad", "Rahman", "2011-05-09"), "POLICE_INCIDENT", "2026-02-10"))).json();
        String incoming = sent.get("results").get(0).get("childId").stringValue();
        MatchReviews.Review review = reviews.waiting().stream().filter(r -> r.incoming().toString().equals(incoming))
                .findFirst().orElseThrow(() -> new AssertionError("no review for the near match"));
        WebSession mash = WebSession.signedIn(port, "mash.north");
        String path = "/identity/reviews/" + review.id();
        mash.get(path);
        assertThat(mash.post(path, Map.of()).body()).contains("Choose a decision");
        assertThat(mash.post(path, Map.of("decision", "NOT_THE_SAME", "note", "Cousins; different addresses")).status())
                .isEqualTo(302);
        assertThat(reviews.get(review.id()).orElseThrow().status()).isEqualTo(MatchReviews.Status.NOT_THE_SAME);

        // the police's next event about the same young person links to the new record, with no new question
        JsonNode again = new Api(port).as("POLICE-NORTH").post("/api/v1/events", batch(
                event(unique("P"), subject("Muhammad", "Rahman", "2011-05-09"), "POLICE_INCIDENT", "2026-03-10"))).json();
        assertThat(again.get("results").get(0).get("childId").stringValue()).isEqualTo(incoming);
        assertThat(reviews.waiting()).noneMatch(r -> r.incoming().toString().equals(incoming));
        assertThat(mash.post(path, Map.of("decision", "LINK")).body()).contains("This review has already been decided");
    }
}
