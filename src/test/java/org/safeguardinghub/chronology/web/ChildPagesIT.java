package org.safeguardinghub.chronology.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguardinghub.support.TestEvents.batch;
import static org.safeguardinghub.support.TestEvents.event;
import static org.safeguardinghub.support.TestEvents.familyName;
import static org.safeguardinghub.support.TestEvents.subject;
import static org.safeguardinghub.support.TestEvents.unique;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
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

/** The child's page, recording and correcting entries, and exports, as practitioners use them. */
@HubIntegrationTest
class ChildPagesIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    String child;
    String family;

    /** A date this many days ago, so the test reads the same whenever it runs. */
    static String daysAgo(int days) {
        return LocalDate.now(HubTime.ZONE).minusDays(days).toString();
    }

    /**
     * A child that North police and a North hospital have recorded about, so North children's social
     * care's managers see it; the team manager allocates sw.north.
     */
    @BeforeEach
    void aChild() {
        family = familyName();
        ObjectNode subject = subject("Robin", family, "2012-08-08");
        child = new Api(port).as("POLICE-NORTH").post("/api/v1/events", batch(
                event(unique("PN"), subject, "MISSING_EPISODE", daysAgo(150) + "T20:00:00Z").put("endedAt", daysAgo(149) + "T09:00:00Z"),
                event(unique("PN"), subject, "ARREST", daysAgo(400) + "T12:00:00Z"))).json()
                .get("results").get(0).get("childId").stringValue();
        ObjectNode attendance = event(unique("ED"), subject, "ED_ATTENDANCE", daysAgo(200) + "T21:00:00Z");
        attendance.put("sensitivity", "HEALTH").put("summary", "Overdose of paracetamol, seen by CAMHS liaison");
        new Api(port).as("ED-NORTH").post("/api/v1/events", batch(attendance,
                event(unique("ED"), subject, "ED_ATTENDANCE", daysAgo(1000) + "T21:00:00Z")));
        Network.of(port, child).allocate("sw.north");
    }

    @Test
    void signingInIsRequiredForEveryPage() {
        WebSession anonymous = new WebSession(port);
        // the API description is open to anyone since issue 18 (ApiDocumentationIT); its browsable UI is not
        for (String path : new String[] {"/", "/children", "/children/" + child, "/admin", "/swagger-ui.html"}) {
            WebSession.Page page = anonymous.get(path);
            assertThat(page.status()).as(path).isEqualTo(302);
            assertThat(page.location()).as(path).endsWith("/login");
        }
        assertThat(anonymous.get("/login").status()).isEqualTo(200);
        assertThat(new Api(port).get("/readyz").body()).contains("\"status\":\"UP\"");
    }

    @Test
    void aWrongPasswordIsRefusedAndAudited() {
        long before = jdbc.sql("select count(*) from access.audit_event where action = 'SIGN_IN_FAILED'").query(Long.class).single();
        WebSession.Page page = new WebSession(port).signIn("sw.north", "wrong-password");
        assertThat(page.location()).endsWith("/login?error");
        assertThat(jdbc.sql("select count(*) from access.audit_event where action = 'SIGN_IN_FAILED'").query(Long.class).single())
                .isEqualTo(before + 1);
    }

    @Test
    void passwordsAreKeptOnlyAsArgon2Hashes() {
        assertThat(jdbc.sql("select password_hash from access.practitioner").query(String.class).list())
                .allMatch(hash -> hash.startsWith("{argon2@SpringSecurity_v5_8}$argon2id$"));
    }

    @Test
    void theChildsPageShowsCountersTimelineAndChronology() {
        WebSession.Page page = WebSession.signedIn(port, "sw.north").get("/children/" + child);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Robin " + family)
                // the restricted attendance is not counted, so as not to tell what it is
                .contains("ED attendances").contains("1 ever, 0 in the last 12 months, from 1 hospital")
                .contains("1 restricted entry is not counted")
                .contains("<svg").contains("Missing episode")
                .containsPattern("A restricted entry from ED-NORTH, [^;<]+; ask Ruth Adeyemi \\(nurse.north@ed-north.example")
                .doesNotContain("paracetamol").doesNotContain(">Health<");
    }

    @Test
    void thePageIsAnOverviewAtTheTopAndOneTabAtATimeBelowWithoutJavaScript() {
        WebSession social = WebSession.signedIn(port, "sw.north");
        social.get("/children/" + child + "/network");
        social.post("/children/" + child + "/network", Map.of("username", "nurse.north", "role", "School nurse"));
        WebSession.Page overview = social.get("/children/" + child);
        // at a glance: who is involved and how to reach them, alerts, what is due, counts
        assertThat(overview.body()).contains("Who is involved").contains("School nurse (ED-NORTH)")
                .contains("At a glance").contains("What is due next").contains("Counts across agencies")
                .containsPattern("id=\"alerts-heading\"[^>]*>(Alerts|Alert)");
        // the chronology is the tab shown first; the others are links that work without JavaScript
        assertThat(overview.body()).contains("aria-current=\"page\"").contains("id=\"chronology-heading\"")
                .doesNotContain("id=\"network-heading\"").doesNotContain("id=\"family-heading\"")
                .contains("/children/" + child + "?tab=network#tab");
        WebSession.Page network = social.get("/children/" + child + "?tab=network");
        assertThat(network.body()).contains("id=\"network-heading\"").doesNotContain("id=\"chronology-heading\"")
                .contains("Agency involved (sends information)");
        WebSession.Page alerts = social.get("/children/" + child + "?tab=alerts");
        assertThat(alerts.body()).contains("id=\"alerts-tab-heading\"");
        // a tab nobody offers is the chronology, not an error
        assertThat(social.get("/children/" + child + "?tab=nonsense").body()).contains("id=\"chronology-heading\"");
    }

    @Test
    void whatIsDueNextGathersEveryModulesDeadlinesSoonestFirst() {
        ObjectNode contact = event(unique("SC"), subject("Robin", family, "2012-08-08"), "CONTACT",
                java.time.Instant.now().minusSeconds(600).toString());
        contact.putObject("details").put("concern", "Seen with older men at the bus station");
        new Api(port).as("SCHOOL-NORTH").post("/api/v1/events", batch(contact));
        WebSession.Page page = WebSession.signedIn(port, "mash.north").get("/children/" + child);
        assertThat(page.body()).containsPattern("(?s)id=\"due-next\".*Decision on contact C-\\d{4}-\\d+");
    }

    @Test
    void theHospitalReadsItsOwnRestrictedEntryOnceInTheNetwork() {
        WebSession social = WebSession.signedIn(port, "sw.north");
        social.get("/children/" + child + "/network");
        WebSession.Page added = social.post("/children/" + child + "/network", Map.of("username", "nurse.north",
                "role", "Hospital safeguarding nurse"));
        assertThat(added.status()).isEqualTo(302);
        WebSession.Page again = social.post("/children/" + child + "/network", Map.of("username", "nurse.north"));
        assertThat(again.body()).contains("This practitioner is already in the child");
        WebSession.Page page = WebSession.signedIn(port, "nurse.north").get("/children/" + child);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("paracetamol");
    }

    @Test
    void theHeaderShowsTheLatestPlacementChange() {
        new Api(port).as("CSC-NORTH").post("/api/v1/events", batch(event(unique("CSC"),
                subject("Robin", family, "2012-08-08"), "PLACEMENT_CHANGE", daysAgo(80))
                .put("summary", "Moved to foster carers in the North area.")));
        WebSession.Page page = WebSession.signedIn(port, "sw.north").get("/children/" + child);
        String when = LocalDate.now(HubTime.ZONE).minusDays(80).format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK));
        assertThat(page.body()).contains("Placement").contains("Moved to foster carers in the North area.")
                .contains("Latest change " + when + " (CSC-NORTH)");
    }

    @Test
    void someoneOutsideTheNetworkIsToldTheChildIsNotFound() {
        WebSession.Page page = WebSession.signedIn(port, "police.south").get("/children/" + child);
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).doesNotContain(family);
        assertThat(WebSession.signedIn(port, "sw.south").get("/children/" + child).status()).isEqualTo(404);
        // an administrator has no relationship with the child either
        assertThat(WebSession.signedIn(port, "admin").get("/children/" + child).status()).isEqualTo(404);
    }

    @Test
    void searchFindsTheChildIgnoringCaseAndAccentsButOnlyForThoseWhoMaySeeIt() {
        WebSession.Page found = WebSession.signedIn(port, "sw.north").get("/children?name=r%C3%B3bin+" + family.toLowerCase());
        assertThat(found.body()).contains("/children/" + child);
        WebSession.Page byBirth = WebSession.signedIn(port, "sw.north").get("/children?name=" + family
                + "&dobDay=8&dobMonth=8&dobYear=2012");
        assertThat(byBirth.body()).contains("/children/" + child);
        WebSession.Page wrongBirth = WebSession.signedIn(port, "sw.north").get("/children?name=" + family
                + "&dobDay=9&dobMonth=8&dobYear=2012");
        assertThat(wrongBirth.body()).doesNotContain("/children/" + child);
        WebSession.Page otherArea = WebSession.signedIn(port, "sw.south").get("/children?name=" + family);
        assertThat(otherArea.body()).doesNotContain("/children/" + child).contains("No child you may see matches");
        WebSession.Page badDate = WebSession.signedIn(port, "sw.north").get("/children?dobDay=31&dobMonth=2&dobYear=2012");
        assertThat(badDate.body()).contains("Enter a real date").contains("govuk-error-summary");
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() {
        WebSession session = WebSession.signedIn(port, "sw.north");
        WebSession.Page page = session.postRaw("/children/" + child + "/entries",
                WebSession.encode(Map.of("type", "NOTE", "summary", "x")));
        assertThat(page.status()).isEqualTo(403);
    }

    @Test
    void aBadEntryIsExplainedAndNothingIsStored() {
        WebSession session = WebSession.signedIn(port, "sw.north");
        session.get("/children/" + child + "/entries/new");
        long before = entries();
        WebSession.Page page = session.post("/children/" + child + "/entries", Map.of("type", "NOTE",
                "occurredDay", "31", "occurredMonth", "2", "occurredYear", "2025", "summary", ""));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("govuk-error-summary").contains("Enter a real date");
        // the helper other tests use to say why a form refused them reads the summary's messages
        assertThat(page.errorSummary()).anyMatch(message -> message.contains("Enter a real date"));
        WebSession.Page future = session.post("/children/" + child + "/entries", Map.of("type", "NOTE",
                "occurredDay", "1", "occurredMonth", "1", "occurredYear", "2099", "summary", "later"));
        assertThat(future.body()).contains("Enter when it happened: a real date, not in the future");
        assertThat(entries()).isEqualTo(before);
    }

    @Test
    void aCorrectionAddsAVersionAndKeepsTheOriginal() {
        WebSession session = WebSession.signedIn(port, "sw.north");
        session.get("/children/" + child + "/entries/new");
        LocalDate visit = LocalDate.now(HubTime.ZONE).minusDays(3);
        Map<String, String> entry = new LinkedHashMap<>(Map.of("type", "NOTE", "occurredDay", "" + visit.getDayOfMonth(),
                "occurredMonth", "" + visit.getMonthValue(), "occurredYear", "" + visit.getYear(), "occurredTime", "14:30", "summary", "Home visit: Robin not seen.",
                "significance", "SIGNIFICANT", "sensitivity", "STANDARD"));
        WebSession.Page saved = session.post("/children/" + child + "/entries", entry);
        assertThat(saved.status()).isEqualTo(302);
        String eventId = jdbc.sql("select event_id::text from chronology.event where summary = 'Home visit: Robin not seen.'")
                .query(String.class).single();
        session.get("/children/" + child + "/entries/" + eventId + "/correct");
        entry.put("summary", "Home visit: Robin seen alone in her room.");
        entry.put("version", "1");
        WebSession.Page refused = session.post("/children/" + child + "/entries/" + eventId + "/correct", entry);
        assertThat(refused.body()).contains("Say why this entry is being corrected");
        entry.put("reason", "Typed before the visit notes were checked.");
        WebSession.Page corrected = session.post("/children/" + child + "/entries/" + eventId + "/correct", entry);
        assertThat(corrected.status()).isEqualTo(302);
        WebSession.Page history = session.get("/children/" + child + "/entries/" + eventId);
        assertThat(history.body()).contains("Version 2 (current)").contains("Version 1")
                .contains("Home visit: Robin seen alone in her room.").contains("Home visit: Robin not seen.")
                .contains("Typed before the visit notes were checked.").contains("sw.north");
        assertThat(jdbc.sql("select version, superseded from chronology.event where event_id = cast(:e as uuid) order by version")
                .param("e", eventId).query((rs, n) -> rs.getInt(1) + ":" + rs.getBoolean(2)).list())
                .containsExactly("1:true", "2:false");
        // another agency in the network may read it but not correct it
        session.get("/children/" + child + "/network");
        session.post("/children/" + child + "/network", Map.of("username", "police.north", "role", "CSE team"));
        WebSession police = WebSession.signedIn(port, "police.north");
        assertThat(police.get("/children/" + child + "/entries/" + eventId + "/correct").location())
                .endsWith("/children/" + child + "/entries/" + eventId);
        police.get("/children/" + child + "/entries/" + eventId);
        entry.put("version", "2");
        WebSession.Page notOwner = police.post("/children/" + child + "/entries/" + eventId + "/correct", entry);
        assertThat(notOwner.status()).isEqualTo(200);
        assertThat(notOwner.body()).contains("only CSC-NORTH, which recorded this entry, can correct it");
        assertThat(jdbc.sql("select count(*) from chronology.event where event_id = cast(:e as uuid)")
                .param("e", eventId).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void theChronologyTableItselfRefusesChangesAndDeletes() {
        String id = jdbc.sql("select id::text from chronology.event where child_id = cast(:c as uuid) limit 1")
                .param("c", child.substring(2)).query(String.class).single();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql(
                "update chronology.event set summary = 'rewritten' where id = cast(:id as uuid)").param("id", id).update())
                .hasMessageContaining("append-only");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql(
                "delete from chronology.event where id = cast(:id as uuid)").param("id", id).update())
                .hasMessageContaining("append-only");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql(
                "delete from access.audit_event where child_id = cast(:c as uuid)").param("c", child.substring(2)).update())
                .hasMessageContaining("append-only");
    }

    @Test
    void theChronologyFiltersAndPagesWithoutJavaScript() {
        WebSession session = WebSession.signedIn(port, "sw.north");
        WebSession.Page filtered = session.get("/children/" + child + "?agency=POLICE-NORTH&type=ARREST");
        assertThat(filtered.body()).contains("Arrest").doesNotContain(">Missing episode</td>");
        WebSession.Page bad = session.get("/children/" + child + "?fromDay=40&fromMonth=1&fromYear=2025");
        assertThat(bad.body()).contains("Enter a real date").contains("govuk-error-summary");
    }

    @Test
    void exportsAreHeadedWithTheChildWhoExportedAndTheFilter() {
        WebSession session = WebSession.signedIn(port, "sw.north");
        WebSession.Page csv = session.get("/children/" + child + "/chronology.csv?type=ED_ATTENDANCE");
        assertThat(csv.status()).isEqualTo(200);
        var lines = csv.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("Chronology of Robin " + family + " (" + child + ")");
        assertThat(lines.get(1)).startsWith("\"Exported by Sam Okafor (sw.north), North Borough Children's Social Care on ");
        assertThat(lines.get(2)).isEqualTo("Filter: Type: ED attendance");
        // the restricted attendance is not found by its type; the whole chronology lists it as restricted
        assertThat(csv.body()).doesNotContain("restricted entry").doesNotContain("paracetamol").doesNotContain("Arrest")
                .containsPattern("ED-NORTH,ED attendance,Routine,Standard,Test ED_ATTENDANCE");
        WebSession.Page all = session.get("/children/" + child + "/chronology.csv");
        assertThat(all.body()).containsPattern("ED-NORTH,Restricted entry,[A-Za-z]*,,\"A restricted entry from ED-NORTH, [^;]+; ask Ruth Adeyemi")
                .doesNotContain("paracetamol").doesNotContain(",Health,");
        WebSession.Page pdf = session.get("/children/" + child + "/chronology.pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.body()).startsWith("%PDF");
        assertThat(jdbc.sql("select count(*) from access.audit_event where action = 'EXPORT_CHRONOLOGY' and child_id = cast(:c as uuid)")
                .param("c", child.substring(2)).query(Long.class).single()).isEqualTo(3);
    }

    /** Issue 18: a summary holding BEL or ESC made the child's PDF answer 500 from then on. */
    @Test
    void aSummaryWithControlCharactersStillExports() {
        ObjectNode note = event(unique("PN"), subject("Robin", family, "2012-08-08"), "NOTE", daysAgo(3) + "T10:00:00Z");
        note.put("summary", "Copied from a terminal: bell \u0007 escape \u001b[31m red");
        assertThat(new Api(port).as("POLICE-NORTH").post("/api/v1/events", batch(note)).body()).contains("CREATED");
        WebSession session = WebSession.signedIn(port, "sw.north");
        WebSession.Page pdf = session.get("/children/" + child + "/chronology.pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.body()).startsWith("%PDF");
        assertThat(session.get("/children/" + child + "/chronology.csv").body()).contains("bell \u0007 escape");
        assertThat(session.get("/children/" + child).status()).isEqualTo(200);
    }

    @Test
    void spreadsheetFormulasInCellsAreDefused() {
        assertThat(ExportController.cell("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(ExportController.cell("+44 1632")).isEqualTo("'+44 1632");
        assertThat(ExportController.cell("Plain")).isEqualTo("Plain");
        assertThat(ExportController.cell(null)).isEmpty();
    }

    private long entries() {
        return jdbc.sql("select count(*) from chronology.event where child_id = cast(:c as uuid)")
                .param("c", child.substring(2)).query(Long.class).single();
    }
}
