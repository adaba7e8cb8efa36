package org.safeguardinghub.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguardinghub.support.TestEvents.batch;
import static org.safeguardinghub.support.TestEvents.event;
import static org.safeguardinghub.support.TestEvents.familyName;
import static org.safeguardinghub.support.TestEvents.subject;
import static org.safeguardinghub.support.TestEvents.unique;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.support.Api;
import org.safeguardinghub.support.HubIntegrationTest;
import org.safeguardinghub.support.Network;
import org.safeguardinghub.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Professional disagreement: raised, answered, escalated when overdue, resolved, all in the chronology. */
@HubIntegrationTest
class DisagreementsIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Disagreements disagreements;

    /** A child the school has recorded about, whose designated safeguarding lead is in the network. */
    String child() {
        String child = new Api(port).as("SCHOOL-NORTH").post("/api/v1/events", batch(event(unique("S"),
                subject("Harper", familyName(), "2011-01-01"), "SCHOOL_ABSENCE", "2026-10-01"))).json()
                .get("results").get(0).get("childId").stringValue();
        Network.of(port, child).add("dsl.north", "Designated safeguarding lead");
        return child;
    }

    @Test
    void aSchoolChallengesAClosureAndItEscalatesWhenNobodyAnswersInTime() {
        String child = child();
        WebSession school = WebSession.signedIn(port, "dsl.north");
        school.get("/children/" + child + "/disagreements/new");
        WebSession.Page invalid = school.post("/children/" + child + "/disagreements", Map.of("decision", ""));
        assertThat(invalid.body()).contains("Choose what kind of decision it is").contains("Say why you disagree");
        WebSession.Page raised = school.post("/children/" + child + "/disagreements", Map.of("kind", "CASE_CLOSURE",
                "decision", "Contact of 1 October closed as no further action", "withAgency", "CSC-NORTH",
                "withPractitioner", "mash.north", "reason", "Third absence this month and a new older boyfriend."));
        assertThat(raised.status()).isEqualTo(302);
        String path = java.net.URI.create(raised.location()).getPath();
        String id = path.substring(path.lastIndexOf('/') + 1);
        WebSession.Page page = school.get(path);
        assertThat(page.body()).contains("Stage 1: practitioner to practitioner");
        assertThat(WebSession.signedIn(port, "mash.north").get("/inbox").body())
                .contains("A professional disagreement is now yours to answer: stage 1 (practitioner to practitioner)");

        // nobody answers by the due day: the escalation job moves it to the managers
        jdbc.sql("update oversight.disagreement set stage_due_on = current_date - 1 where id = cast(:id as uuid)")
                .param("id", id).update();
        assertThat(disagreements.escalateOverdue()).isGreaterThanOrEqualTo(1);
        assertThat(school.get(path).body()).contains("Stage 2: managers");
        assertThat(WebSession.signedIn(port, "tm.north").get("/inbox").body())
                .contains("A professional disagreement is now yours to answer: stage 2 (managers)");

        WebSession manager = WebSession.signedIn(port, "tm.north");
        manager.get(path);
        manager.post(path + "/respond", Map.of("note", "We will review the contact with the school tomorrow."));
        manager.get(path);
        // the side challenged does not resolve its own challenge (issue 12, defect 6)
        WebSession.Page ownChallenge = manager.post(path + "/resolve", Map.of("note", "Resolved, we think."));
        assertThat(ownChallenge.body()).contains("The side challenged cannot resolve its own challenge");
        school.get(path);
        WebSession.Page empty = school.post(path + "/resolve", Map.of("note", ""));
        assertThat(empty.body()).contains("Write something here first");
        // only the three actions are answered: any other is not found
        assertThat(school.post(path + "/withdraw", Map.of("note", "Withdrawn.")).status()).isEqualTo(404);
        school.post(path + "/resolve", Map.of("note", "Decision changed: child and family assessment started."));
        WebSession.Page resolved = manager.get(path);
        assertThat(resolved.body()).contains("Decision changed: child and family assessment started.")
                .contains("We will review the contact with the school tomorrow.");

        assertThat(jdbc.sql("select summary from chronology.event where child_id = cast(:c as uuid) and type = 'NOTE' order by recorded_at")
                .param("c", child.substring(2)).query(String.class).list())
                .anyMatch(s -> s.startsWith("Professional disagreement raised by Tom Fairweather (SCHOOL-NORTH)"))
                .anyMatch(s -> s.startsWith("Professional disagreement moved to stage 2 (managers)"))
                .anyMatch(s -> s.startsWith("Professional disagreement resolved by Tom Fairweather"))
                .noneMatch(s -> s.contains("Third absence") || s.contains("assessment started"));
    }

    @Test
    void theManagersViewCountsChallenge() {
        String child = child();
        WebSession school = WebSession.signedIn(port, "dsl.north");
        school.get("/children/" + child + "/disagreements/new");
        school.post("/children/" + child + "/disagreements", Map.of("kind", "THRESHOLD_DECISION",
                "decision", "Threshold level 2", "withAgency", "CSC-NORTH", "reason", "Level 3 met."));
        WebSession.Page view = WebSession.signedIn(port, "tm.north").get("/oversight");
        assertThat(view.status()).isEqualTo(200);
        assertThat(view.body()).contains("Professional disagreements").contains("About this agency")
                .contains("Threshold decision: Threshold level 2");
    }
}
