package org.safeguardinghub.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguardinghub.support.TestEvents.batch;
import static org.safeguardinghub.support.TestEvents.event;
import static org.safeguardinghub.support.TestEvents.familyName;
import static org.safeguardinghub.support.TestEvents.nhsNumber;
import static org.safeguardinghub.support.TestEvents.subject;
import static org.safeguardinghub.support.TestEvents.unique;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.safeguardinghub.oversight.internal.DeadlineJob;
import org.safeguardinghub.shared.HubTime;
import org.safeguardinghub.support.Api;
import org.safeguardinghub.support.HubIntegrationTest;
import org.safeguardinghub.support.Network;
import org.safeguardinghub.support.TestMailServer;
import org.safeguardinghub.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Alerts raised through the partner feed, as partners and practitioners see them (issue "Oversight"). */
@HubIntegrationTest
class AlertsIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DeadlineJob deadlines;

    static String daysAgo(int days) {
        return LocalDate.now(HubTime.ZONE).minusDays(days).toString();
    }

    String send(String client, JsonNode... events) {
        Api.Response response = new Api(port).as(client).post("/api/v1/events", batch(events));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("results").get(0).get("childId").stringValue();
    }

    JsonNode alerts(String client, String child) {
        Api.Response response = new Api(port).as(client).get("/api/v1/children/" + child + "/alerts");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    List<String> codes(String client, String child) {
        List<String> codes = new ArrayList<>();
        alerts(client, child).forEach(a -> codes.add(a.get("code").stringValue()));
        return codes;
    }

    /** A child known to North children's social care, with a social worker and team manager allocated. */
    String allocatedChild(ObjectNode subject) {
        String child = send("CSC-NORTH", event(unique("CSC"), subject, "NOTE", daysAgo(400)));
        Network.of(port, child).allocate("sw.north").add("tm.north", "Team manager");
        return child;
    }

    @Test
    void threeEdAttendancesFromTwoHospitalsRaiseOneAlertListingAllThree() throws Exception {
        ObjectNode subject = subject("Avery", familyName(), "2011-05-05").put("nhsNumber", nhsNumber());
        String child = allocatedChild(subject);
        List<String> ids = List.of(unique("EDN"), unique("EDS"), unique("EDN"));
        send("ED-NORTH", event(ids.get(0), subject, "ED_ATTENDANCE", daysAgo(300) + "T22:00:00Z"));
        send("ED-SOUTH", event(ids.get(1), subject, "ED_ATTENDANCE", daysAgo(200) + "T23:30:00Z"));
        assertThat(codes("ED-NORTH", child)).doesNotContain("ED_ATTENDANCE_PATTERN");
        send("ED-NORTH", event(ids.get(2), subject, "ED_ATTENDANCE", daysAgo(100) + "T01:15:00Z"));

        // a hospital that only sent attendances does not read the other hospital's: the reason is withheld
        JsonNode withheld = alerts("ED-NORTH", child);
        assertThat(withheld.toString()).contains("ED_ATTENDANCE_PATTERN").doesNotContain("hospitals")
                .contains("Restricted information contributed").contains("Sam Okafor");
        // children's social care, in the child's network, reads the reason
        JsonNode alerts = alerts("CSC-NORTH", child);
        List<JsonNode> pattern = new ArrayList<>();
        alerts.forEach(a -> {
            if (a.get("code").stringValue().equals("ED_ATTENDANCE_PATTERN")) {
                pattern.add(a);
            }
        });
        assertThat(pattern).hasSize(1);
        assertThat(pattern.getFirst().get("severity").stringValue()).isEqualTo("MEDIUM");
        assertThat(pattern.getFirst().get("reason").stringValue()).contains("3 or more ED attendances within 12 months (3 counted, from 2 hospitals)");
        assertThat(jdbc.sql("""
                select e.source_event_id from oversight.alert a, unnest(a.evidence) ev join chronology.event e on e.event_id = ev
                where a.child_id = cast(:c as uuid) and a.code = 'ED_ATTENDANCE_PATTERN'""")
                .param("c", child.substring(2)).query(String.class).list()).containsExactlyInAnyOrderElementsOf(ids);

        // the inbox and the e-mail say an alert needs attention and link to the child: no name, no reason
        String family = subject.get("familyName").stringValue();
        for (String user : List.of("sw.north", "tm.north")) {
            WebSession.Page inbox = WebSession.signedIn(port, user).get("/inbox");
            assertThat(inbox.body()).as(user).contains("New alert: Pattern of ED attendances")
                    .contains("/children/" + child).doesNotContain(family);
        }
        MimeMessage mail = TestMailServer.await("sw.north@csc-north.example", "New alert: Pattern of ED attendances",
                "/children/" + child);
        assertThat(mail.getSubject()).doesNotContain(family);
        assertThat(((String) mail.getContent())).doesNotContain(family).doesNotContain("ED attendances within");
    }

    @Test
    void repeatContactsMultiAgencyConcernAndExploitationUnder13ComeThroughTheFeed() {
        ObjectNode subject = subject("Jessie", familyName(), LocalDate.now(HubTime.ZONE).minusYears(12).toString());
        String child = send("CSC-NORTH",
                event(unique("C"), subject, "CONTACT", daysAgo(200)).put("significance", "SIGNIFICANT"),
                event(unique("C"), subject, "CONTACT", daysAgo(150)),
                event(unique("C"), subject, "CONTACT", daysAgo(100)));
        assertThat(codes("CSC-NORTH", child)).contains("REPEAT_CONTACTS").doesNotContain("MULTI_AGENCY_CONCERN",
                "EXPLOITATION_UNDER_13");
        send("POLICE-NORTH", event(unique("P"), subject, "POLICE_INCIDENT", daysAgo(120)).put("significance", "CRITICAL"));
        assertThat(codes("CSC-NORTH", child)).doesNotContain("MULTI_AGENCY_CONCERN");
        send("SCHOOL-NORTH", event(unique("S"), subject, "SCHOOL_EXCLUSION", daysAgo(90)).put("significance", "SIGNIFICANT"));
        assertThat(codes("CSC-NORTH", child)).contains("MULTI_AGENCY_CONCERN");
        ObjectNode cse = event(unique("C"), subject, "CONTACT", daysAgo(10));
        cse.putObject("details").putArray("categories").add("CSE");
        send("CSC-NORTH", cse);
        assertThat(codes("CSC-NORTH", child)).contains("EXPLOITATION_UNDER_13");
    }

    @Test
    void aCorrectionThatTakesAnEventOutOfTheWindowChangesTheAlertToMatch() {
        ObjectNode subject = subject("Morgan", familyName(), "2012-03-03");
        String child = send("CSC-NORTH",
                event(unique("C"), subject, "CONTACT", daysAgo(200)),
                event(unique("C"), subject, "CONTACT", daysAgo(150)),
                event(unique("C"), subject, "CONTACT", daysAgo(100)));
        assertThat(codes("CSC-NORTH", child)).contains("REPEAT_CONTACTS");
        String eventId = jdbc.sql("""
                select event_id::text from chronology.event
                where child_id = cast(:c as uuid) and type = 'CONTACT' and not superseded order by occurred_at limit 1""")
                .param("c", child.substring(2)).query(String.class).single();

        // the first contact was in fact three years earlier: the other two alone do not meet the rule
        Network.of(port, child).allocate("sw.north");
        WebSession worker = WebSession.signedIn(port, "sw.north");
        worker.get("/children/" + child + "/entries/" + eventId + "/correct");
        LocalDate earlier = LocalDate.now(HubTime.ZONE).minusYears(3);
        WebSession.Page corrected = worker.post("/children/" + child + "/entries/" + eventId + "/correct", Map.of(
                "type", "CONTACT", "occurredDay", "" + earlier.getDayOfMonth(), "occurredMonth", "" + earlier.getMonthValue(),
                "occurredYear", "" + earlier.getYear(), "summary", "Contact from a neighbour.", "significance", "ROUTINE",
                "sensitivity", "STANDARD", "version", "1", "reason", "Date was mistyped on the original contact."));
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(302);
        assertThat(codes("CSC-NORTH", child)).doesNotContain("REPEAT_CONTACTS");
        assertThat(jdbc.sql("select status from oversight.alert where child_id = cast(:c as uuid) and code = 'REPEAT_CONTACTS'")
                .param("c", child.substring(2)).query(String.class).list()).containsExactly("WITHDRAWN");
    }

    @Test
    void whenTheRulesFailTheEventsAreStillStoredAndTheDeadlineJobRaisesTheAlertLater() throws Exception {
        ObjectNode subject = subject("Harper", familyName(), "2011-04-04");
        String child = send("CSC-NORTH", event(unique("N"), subject, "NOTE", daysAgo(300)));
        jdbc.sql("""
                create or replace function oversight.test_refuse() returns trigger language plpgsql as $$
                begin
                    if new.child_id = cast('%s' as uuid) then raise exception 'refused for the test'; end if;
                    return new;
                end $$""".formatted(child.substring(2))).update();
        jdbc.sql("create or replace trigger test_refuse before insert on oversight.alert for each row execute function oversight.test_refuse()")
                .update();
        try {
            send("CSC-NORTH", event(unique("C"), subject, "CONTACT", daysAgo(200)),
                    event(unique("C"), subject, "CONTACT", daysAgo(150)), event(unique("C"), subject, "CONTACT", daysAgo(100)));
            assertThat(jdbc.sql("select count(*) from chronology.event where child_id = cast(:c as uuid) and type = 'CONTACT'")
                    .param("c", child.substring(2)).query(Long.class).single()).isEqualTo(3);
            assertThat(codes("CSC-NORTH", child)).isEmpty();
            assertThat(jdbc.sql("select code from oversight.deadline where child_id = cast(:c as uuid)")
                    .param("c", child.substring(2)).query(String.class).list()).contains("REPEAT_CONTACTS");
        } finally {
            jdbc.sql("drop trigger test_refuse on oversight.alert").update();
        }
        assertThat(deadlines.run()).isGreaterThanOrEqualTo(1);
        assertThat(codes("CSC-NORTH", child)).contains("REPEAT_CONTACTS");
        assertThat(jdbc.sql("select count(*) from oversight.deadline where child_id = cast(:c as uuid)")
                .param("c", child.substring(2)).query(Long.class).single()).isZero();
    }

    @Test
    void missingTrendAndReturnInterviewOverdue() {
        ObjectNode subject = subject("Rowan", familyName(), "2010-02-02");
        ObjectNode longEpisode = event(unique("M"), subject, "MISSING_EPISODE", daysAgo(20) + "T20:00:00Z");
        longEpisode.put("endedAt", daysAgo(18) + "T08:00:00Z");
        String child = send("POLICE-NORTH", longEpisode);
        assertThat(codes("POLICE-NORTH", child)).contains("MISSING_TREND", "RETURN_INTERVIEW_OVERDUE");
        JsonNode overdue = alerts("POLICE-NORTH", child);
        assertThat(overdue.toString()).contains("ended with no return interview offered within 72 hours");
    }

    // A return interview due later, looked at when its deadline passes and withdrawn when offered in
    // time, is the missing module's now (ADR 0025): MissingIT, aReturnInterviewDueLaterIsRaisedWhenItsDeadlinePassesAndWithdrawnIfOfferedInTime.

    @Test
    void replayingTheSameEventsInAnyOrderOrTwiceGivesTheSameAlerts() {
        List<Map<String, Set<String>>> outcomes = new ArrayList<>();
        for (int run = 0; run < 3; run++) {
            ObjectNode subject = subject("Replay", familyName(), "2011-11-11");
            String prefix = unique("RUN") + "-";
            List<ObjectNode> events = new ArrayList<>(List.of(
                    event(prefix + "ED1", subject, "ED_ATTENDANCE", daysAgo(300)),
                    event(prefix + "ED2", subject, "ED_ATTENDANCE", daysAgo(250)),
                    event(prefix + "ED3", subject, "ED_ATTENDANCE", daysAgo(200)),
                    event(prefix + "M1", subject, "MISSING_EPISODE", daysAgo(60) + "T20:00:00Z").put("endedAt", daysAgo(60) + "T23:00:00Z"),
                    event(prefix + "M2", subject, "MISSING_EPISODE", daysAgo(40) + "T20:00:00Z").put("endedAt", daysAgo(39) + "T02:00:00Z"),
                    event(prefix + "M3", subject, "MISSING_EPISODE", daysAgo(20) + "T20:00:00Z").put("endedAt", daysAgo(19) + "T10:00:00Z"),
                    event(prefix + "M4", subject, "MISSING_EPISODE", daysAgo(5) + "T20:00:00Z").put("endedAt", daysAgo(5) + "T21:00:00Z")));
            Collections.shuffle(events, new Random(run));
            String child = null;
            for (ObjectNode e : events) {
                child = send("POLICE-NORTH", e);
            }
            send("POLICE-NORTH", events.toArray(JsonNode[]::new));
            outcomes.add(alertsWithEvidence(child));
        }
        assertThat(outcomes.get(1)).isEqualTo(outcomes.get(0));
        assertThat(outcomes.get(2)).isEqualTo(outcomes.get(0));
        assertThat(outcomes.get(0)).containsKeys("ED_ATTENDANCE_PATTERN", "MISSING_TREND", "RETURN_INTERVIEW_OVERDUE");
    }

    private Map<String, Set<String>> alertsWithEvidence(String child) {
        Map<String, Set<String>> alerts = new TreeMap<>();
        jdbc.sql("""
                select a.code, e.source_event_id from oversight.alert a, unnest(a.evidence) ev
                join chronology.event e on e.event_id = ev and e.version = 1
                where a.child_id = cast(:c as uuid) and a.status in ('OPEN', 'ACKNOWLEDGED')""")
                .param("c", child.substring(2))
                .query(rs -> {
                    String id = rs.getString(2);
                    alerts.computeIfAbsent(rs.getString(1), k -> new java.util.TreeSet<>()).add(id.substring(id.lastIndexOf('-') + 1));
                });
        return alerts;
    }

    @Test
    void aPractitionerAcknowledgesAndClosesAnAlertAndTheChronologyTellsIt() {
        ObjectNode subject = subject("Morgan", familyName(), "2012-01-01");
        String child = allocatedChild(subject);
        send("CSC-NORTH", event(unique("C"), subject, "CONTACT", daysAgo(30)), event(unique("C"), subject, "CONTACT", daysAgo(20)),
                event(unique("C"), subject, "CONTACT", daysAgo(10)));
        String alertId = jdbc.sql("select id::text from oversight.alert where child_id = cast(:c as uuid) and code = 'REPEAT_CONTACTS'")
                .param("c", child.substring(2)).query(String.class).single();
        WebSession social = WebSession.signedIn(port, "sw.north");
        WebSession.Page page = social.get("/children/" + child);
        assertThat(page.body()).contains("Repeat contacts").contains("3 or more contacts within 12 months (3 counted)");
        social.get("/children/" + child + "/alerts/" + alertId);
        WebSession.Page noReason = social.post("/children/" + child + "/alerts/" + alertId + "/close", Map.of("reason", " "));
        assertThat(noReason.body()).contains("Say why the alert can be closed");
        social.post("/children/" + child + "/alerts/" + alertId + "/acknowledge", Map.of("note", "Strategy discussion requested."));
        social.get("/children/" + child + "/alerts/" + alertId);
        social.post("/children/" + child + "/alerts/" + alertId + "/close", Map.of("reason", "Strategy discussion held; plan in place."));
        assertThat(codes("CSC-NORTH", child)).doesNotContain("REPEAT_CONTACTS");
        WebSession.Page history = social.get("/children/" + child + "/alerts/" + alertId);
        assertThat(history.body()).contains("Strategy discussion requested.").contains("Strategy discussion held; plan in place.")
                .contains("Raised by the rules");
        assertThat(jdbc.sql("select summary from chronology.event where child_id = cast(:c as uuid) and type = 'NOTE' and recorded_by = 'sw.north'")
                .param("c", child.substring(2)).query(String.class).list())
                .anyMatch(s -> s.contains("acknowledged by Sam Okafor: Strategy discussion requested."))
                .anyMatch(s -> s.contains("closed by Sam Okafor: Strategy discussion held"));
    }

    /** Two closings at once, or an acknowledgement racing one: the alert is closed once and never reopened (issue 18). */
    @Test
    void twoPeopleActingOnOneAlertAtOnceCloseItOnce() throws Exception {
        ObjectNode subject = subject("Reese", familyName(), "2012-02-02");
        String child = allocatedChild(subject);
        send("CSC-NORTH", event(unique("C"), subject, "CONTACT", daysAgo(30)), event(unique("C"), subject, "CONTACT", daysAgo(20)),
                event(unique("C"), subject, "CONTACT", daysAgo(10)));
        String alertId = jdbc.sql("select id::text from oversight.alert where child_id = cast(:c as uuid) and code = 'REPEAT_CONTACTS'")
                .param("c", child.substring(2)).query(String.class).single();
        String path = "/children/" + child + "/alerts/" + alertId;
        List<WebSession> people = List.of(WebSession.signedIn(port, "sw.north"), WebSession.signedIn(port, "sw.north"),
                WebSession.signedIn(port, "sw.north"));
        people.forEach(person -> person.get(path));
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            List<java.util.concurrent.Future<WebSession.Page>> answers = List.of(
                    threads.submit(() -> { start.await(); return people.get(0).post(path + "/close", Map.of("reason", "Plan in place.")); }),
                    threads.submit(() -> { start.await(); return people.get(1).post(path + "/close", Map.of("reason", "Plan in place.")); }),
                    threads.submit(() -> { start.await(); return people.get(2).post(path + "/acknowledge", Map.of("note", "Seen.")); }));
            start.countDown();
            for (var answer : answers) {
                answer.get();
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(jdbc.sql("select status from oversight.alert where id = cast(:id as uuid)").param("id", alertId)
                .query(String.class).single()).isEqualTo("CLOSED");
        assertThat(jdbc.sql("select count(*) from oversight.alert_history where alert_id = cast(:id as uuid) and action = 'CLOSED'")
                .param("id", alertId).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select summary from chronology.event where child_id = cast(:c as uuid) and type = 'NOTE' and recorded_by = 'sw.north'")
                .param("c", child.substring(2)).query(String.class).list())
                .filteredOn(s -> s.contains("closed by Sam Okafor")).hasSize(1);
    }

    @Test
    void restrictedEvidenceIsSaidToContributeWithoutBeingShown() {
        ObjectNode subject = subject("Sky", familyName(), "2011-06-06");
        List<ObjectNode> visits = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            visits.add(event(unique("ED"), subject, "ED_ATTENDANCE", daysAgo(100 - i * 20)).put("sensitivity", "HEALTH")
                    .put("summary", "Self-harm by cutting, sutured"));
        }
        String child = send("ED-NORTH", visits.toArray(JsonNode[]::new));
        send("POLICE-NORTH", event(unique("P"), subject, "NOTE", daysAgo(5)));
        Network.of(port, child).add("police.north", "CSE team");
        JsonNode alert = alerts("POLICE-NORTH", child).get(0);
        assertThat(alert.get("reason").stringValue()).contains("Restricted information contributed");
        assertThat(alert.toString()).doesNotContain("cutting");
    }
}
