package org.safeguardinghub.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguardinghub.support.TestEvents.batch;
import static org.safeguardinghub.support.TestEvents.event;
import static org.safeguardinghub.support.TestEvents.familyName;
import static org.safeguardinghub.support.TestEvents.subject;
import static org.safeguardinghub.support.TestEvents.unique;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.shared.HubTime;
import org.safeguardinghub.support.Api;
import org.safeguardinghub.support.HubIntegrationTest;
import org.safeguardinghub.support.Network;
import org.safeguardinghub.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.node.ObjectNode;

/**
 * The defects issue 12 found by trying the application as a new partner would, one test each
 * (defect 1 is {@code ChronologyApiIT.sendingAnEventReadsBackOnlyTheSendersOwnEntries}, 6 is
 * {@code DisagreementsIT} and {@code ActionPermissionsTest}, 10 is {@code SigningKeysIT} and
 * {@code DatabasePasswordIT}; the access matrix covers every role, agency and endpoint).
 */
@HubIntegrationTest
class InformationGovernanceIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Administration administration;

    String child(String agency, ObjectNode subject, String type) {
        Api.Response sent = new Api(port).as(agency).post("/api/v1/events", batch(event(unique("G"), subject, type,
                LocalDate.now(HubTime.ZONE).minusDays(20).toString())));
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        return sent.json().get("results").get(0).get("childId").stringValue();
    }

    long audits(String child, String action, String username) {
        return jdbc.sql("select count(*) from access.audit_event where child_id = cast(:c as uuid) and action = :a and actor = :u")
                .param("c", child.substring(2)).param("a", action).param("u", username).query(Long.class).single();
    }

    /** Defect 2: a correction to a restricted sensitivity left the earlier version readable. */
    @Test
    void aCorrectionToARestrictedSensitivityHidesEveryEarlierVersion() {
        String child = child("ED-NORTH", subject("Rowan", familyName(), "2011-03-03"), "ED_ATTENDANCE");
        Network.of(port, child).add("nurse.north", "Hospital safeguarding nurse").add("dsl.north", "Designated safeguarding lead");
        WebSession nurse = WebSession.signedIn(port, "nurse.north");
        nurse.get("/children/" + child + "/entries/new");
        LocalDate day = LocalDate.now(HubTime.ZONE).minusDays(2);
        Map<String, String> entry = new LinkedHashMap<>(Map.of("type", "NOTE", "occurredDay", "" + day.getDayOfMonth(),
                "occurredMonth", "" + day.getMonthValue(), "occurredYear", "" + day.getYear(),
                "summary", "Seen about a cut on her arm.", "significance", "ROUTINE", "sensitivity", "STANDARD"));
        assertThat(nurse.post("/children/" + child + "/entries", entry).status()).isEqualTo(302);
        String eventId = jdbc.sql("select event_id::text from chronology.event where summary = 'Seen about a cut on her arm.' "
                + "and child_id = cast(:c as uuid)").param("c", child.substring(2)).query(String.class).single();
        nurse.get("/children/" + child + "/entries/" + eventId + "/correct");
        entry.putAll(Map.of("summary", "Self-harm by cutting; referred to CAMHS.", "sensitivity", "HEALTH", "version", "1",
                "reason", "The first note said too much for a standard entry."));
        assertThat(nurse.post("/children/" + child + "/entries/" + eventId + "/correct", entry).status()).isEqualTo(302);

        WebSession.Page teacher = WebSession.signedIn(port, "dsl.north").get("/children/" + child + "/entries/" + eventId);
        assertThat(teacher.status()).isEqualTo(200);
        assertThat(teacher.body()).contains("A restricted entry from ED-NORTH").doesNotContain("cut on her arm")
                .doesNotContain("Self-harm").doesNotContain("said too much");
        assertThat(nurse.get("/children/" + child + "/entries/" + eventId).body()).contains("cut on her arm")
                .contains("Self-harm by cutting");
    }

    /** Defect 3: a MASH officer of one area could merge a child of another area. */
    @Test
    void aReviewerOfAnotherAreaCannotDecideAMatch() {
        String born = "2010-06-02";
        String family = familyName();
        child("ED-NORTH", subject("Kayleigh", family, born), "ED_ATTENDANCE");
        String incoming = child("ED-NORTH", subject("Kaleigh", family, "2010-02-06"), "ED_ATTENDANCE");
        String review = jdbc.sql("select id::text from identity.review where incoming_child_id = cast(:c as uuid)")
                .param("c", incoming.substring(2)).query(String.class).optional().orElse(null);
        assertThat(review).as("the near match is queued for a person").isNotNull();
        String southMash = "mash.south." + UUID.randomUUID().toString().substring(0, 6);
        administration.addPractitioner(Administration.ChangedBy.system("test"), southMash, "South MASH officer", null, null,
                null, "CSC-SOUTH", null, Set.of("MASH_OFFICER"), org.safeguardinghub.support.HubIntegrationTest.SECRET);
        WebSession south = WebSession.signedIn(port, southMash);
        assertThat(south.get("/identity/reviews").body()).doesNotContain(review);
        assertThat(south.get("/identity/reviews/" + review).status()).isEqualTo(404);
        WebSession north = WebSession.signedIn(port, "mash.north");
        north.get("/identity/reviews/" + review);
        south.get("/identity/reviews");
        WebSession.Page refused = south.post("/identity/reviews/" + review, Map.of("decision", "LINK", "note", "same"));
        assertThat(refused.status()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from identity.review_decision where review_id = cast(:r as uuid)")
                .param("r", review).query(Long.class).single()).isZero();
    }

    /** Defect 4: anyone who could open a record could end anyone's membership of the network. */
    @Test
    void aYouthWorkerCannotRemoveTheAllocatedSocialWorker() {
        String child = child("POLICE-NORTH", subject("Jaden", familyName(), "2009-09-09"), "POLICE_INCIDENT");
        Network.of(port, child).allocate("sw.north").add("youth.north", "Youth worker");
        String member = jdbc.sql("""
                select m.id::text from chronology.network_member m join access.practitioner p on p.id = m.practitioner_id
                where m.child_id = cast(:c as uuid) and p.username = 'sw.north' and m.ended_on is null""")
                .param("c", child.substring(2)).query(String.class).single();
        WebSession youth = WebSession.signedIn(port, "youth.north");
        youth.get("/children/" + child + "/network");
        WebSession.Page refused = youth.post("/children/" + child + "/network/" + member + "/end",
                Map.of("reason", "Not needed"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("govuk-error-summary");
        assertThat(jdbc.sql("select ended_on is null from chronology.network_member where id = cast(:m as uuid)")
                .param("m", member).query(Boolean.class).single()).isTrue();
        assertThat(WebSession.signedIn(port, "sw.north").get("/children/" + child).status()).isEqualTo(200);
    }

    /**
     * Defect 5: a restricted contact's concern was shown in full at triage; the decision's rationale
     * became a standard note.
     */
    @Test
    void aRestrictedConcernStaysRestrictedAtTriageAndInTheChronology() {
        String family = familyName();
        String eventId = unique("CON");
        ObjectNode contact = event(eventId, subject("Marnie", family, "2012-12-12"), "CONTACT",
                Instant.now().minusSeconds(3600).toString());
        contact.put("sensitivity", "HEALTH").put("summary", "Contact from the sexual health clinic");
        contact.putObject("details").put("concern", "Chlamydia at 13; partner said to be 24.").putArray("categories").add("CSE");
        assertThat(new Api(port).as("ED-NORTH").post("/api/v1/events", batch(contact)).status()).isEqualTo(200);
        String reference = new Api(port).as("ED-NORTH").get("/api/v1/contacts/" + eventId).json().get("reference").stringValue();

        WebSession mash = WebSession.signedIn(port, "mash.north");
        WebSession.Page triage = mash.get("/triage/" + reference);
        assertThat(triage.status()).isEqualTo(200);
        assertThat(triage.body()).doesNotContain("Chlamydia").doesNotContain("partner said to be 24")
                .contains("A restricted entry from ED-NORTH");
        mash.post("/triage/" + reference + "/decision", Map.of("level", "3", "descriptors", "3:0",
                "rationale", "Rationale-marker: clinic disclosure and age gap.", "outcome", "CHILD_AND_FAMILY_ASSESSMENT",
                "advice", ""));
        String child = jdbc.sql("select child_id::text from frontdoor.contact where reference = :r").param("r", reference)
                .query(String.class).single();
        assertThat(jdbc.sql("select summary || coalesce(details::text, '') from chronology.event where child_id = cast(:c as uuid)")
                .param("c", child).query(String.class).list()).noneMatch(s -> s.contains("Rationale-marker"));
    }

    /** Defect 7: lists were audited without the children they showed, or not at all. */
    @Test
    void everyListIsAuditedOncePerChildShown() {
        String family = familyName();
        WebSession school = WebSession.signedIn(port, "dsl.north");
        school.get("/contacts/new");
        Map<String, String> form = new LinkedHashMap<>(Map.of("givenName", "Esme", "familyName", family,
                "dateOfBirthDay", "4", "dateOfBirthMonth", "4", "dateOfBirthYear", "2013",
                "concern", "Left school with an older man.", "categories", "CSE", "parentsAware", "NO",
                "urgency", "URGENT", "referrerRole", "Designated safeguarding lead"));
        form.put("childVoice", "She said he is a friend of her brother.");
        WebSession.Page made = school.post("/contacts", form);
        assertThat(made.status()).as(made.body()).isEqualTo(302);
        String child = "c-" + jdbc.sql("select c.child_id::text from frontdoor.contact c join chronology.child ch on ch.id = c.child_id "
                + "where ch.family_name = :f").param("f", family).query(String.class).single();

        WebSession mash = WebSession.signedIn(port, "mash.north");
        long before = audits(child, "VIEW_LIST", "mash.north");
        assertThat(mash.get("/triage").body()).contains(family);
        assertThat(audits(child, "VIEW_LIST", "mash.north")).isEqualTo(before + 1);
        WebSession manager = WebSession.signedIn(port, "tm.north");
        long searched = audits(child, "VIEW_LIST", "tm.north");
        assertThat(manager.get("/children?name=" + family).body()).contains(child);
        assertThat(audits(child, "VIEW_LIST", "tm.north")).isEqualTo(searched + 1);
    }

    /** Defect 8: the managers' CSV wrote partners' names unguarded. */
    @Test
    void theManagersCsvDefusesAFormulaInAChildsName() {
        ObjectNode subject = subject("=HYPERLINK(\"http://x\")", familyName(), "2011-11-11");
        String child = new Api(port).as("CSC-NORTH").post("/api/v1/events", batch(
                event(unique("C"), subject, "CONTACT", LocalDate.now(HubTime.ZONE).minusDays(30).toString()),
                event(unique("C"), subject, "CONTACT", LocalDate.now(HubTime.ZONE).minusDays(20).toString()),
                event(unique("C"), subject, "CONTACT", LocalDate.now(HubTime.ZONE).minusDays(10).toString())))
                .json().get("results").get(0).get("childId").stringValue();
        String csv = WebSession.signedIn(port, "tm.north").get("/oversight.csv").body();
        String row = csv.lines().filter(l -> l.contains(child)).findFirst().orElseThrow();
        assertThat(row).startsWith("\"'=HYPERLINK").doesNotStartWith("\"=");
    }

    /** Defect 9: a sexual-health contact sent as standard was stored as standard. */
    @Test
    void aSexualHealthContactIsStoredAsAtLeastSexualHealth() {
        String child = child("ED-NORTH", subject("Keira", familyName(), "2010-10-10"), "SEXUAL_HEALTH_CONTACT");
        assertThat(jdbc.sql("select sensitivity from chronology.event where child_id = cast(:c as uuid)")
                .param("c", child.substring(2)).query(String.class).list()).containsExactly("SEXUAL_HEALTH");
    }
}
