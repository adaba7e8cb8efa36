package org.safeguardinghub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguardinghub.support.TestEvents.batch;
import static org.safeguardinghub.support.TestEvents.event;
import static org.safeguardinghub.support.TestEvents.familyName;
import static org.safeguardinghub.support.TestEvents.subject;
import static org.safeguardinghub.support.TestEvents.unique;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.meetings.MeetingForms;
import org.safeguardinghub.shared.HubTime;
import org.safeguardinghub.support.Api;
import org.safeguardinghub.support.HubIntegrationTest;
import org.safeguardinghub.support.Network;
import org.safeguardinghub.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The modules merged after the subject access export was built give their parts too: a child with
 * a meeting (and a GP's report at HEALTH), a plan, a missing episode and profile, and a screening and
 * a person of concern has each record in the export, page and download, restricted items marked for
 * review and words about other people marked as third party; a child with none of these has the four
 * parts, empty.
 */
@HubIntegrationTest
class SubjectAccessPartsIT {

    static final List<String> PARTS = List.of("subjectAccess.part.meetings", "subjectAccess.part.plans",
            "subjectAccess.part.missing", "subjectAccess.part.risk");
    static final String REVIEW = "subjectAccess.review.sensitivity";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void eachModulesRecordsAboutTheChildAreInTheExportMarkedForReviewWhereTheyNeedIt() {
        String family = familyName();
        String child = MeetingForms.lookedAfterChild(port, family);
        Network.of(port, child).add("police.north", "CSE officer");
        String report = "Seen in clinic about bruising, mother " + family + " present.";
        String concern = "Morgan is left alone overnight while the adults of " + family + " are away.";
        String associates = "Spends time with Jaden " + family + " from the estate.";
        String person = "Male aged 31 known as Dray " + family;
        String rationale = "Seen getting into cars near the station, " + family + ".";
        meeting(child, report);
        plan(child, concern);
        profile(child, "Slim, dark hair, version one of " + family + ".", associates);
        profile(child, "Slim, dark hair, version two of " + family + ".", associates);
        risk(child, person, rationale);

        WebSession dpo = WebSession.signedIn(port, "dpo");
        WebSession.Page page = dpo.get("/subject-access/" + child);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Meetings: invitations, replies and reports", "Plans: every version",
                "Missing episodes: every version of every report", "Exploitation risk: screenings", "STRATEGY_MEETING",
                report, concern, associates, person, rationale,
                "version one of " + family, "version two of " + family, "missing report from", "POLICE-NORTH");

        JsonNode parts = Api.JSON.readTree(new String(dpo.getBytes("/subject-access/" + child + ".json"),
                StandardCharsets.UTF_8)).get("parts");
        JsonNode gpReport = item(parts, "subjectAccess.part.meetings", "report", report);
        assertThat(gpReport.get("review").stringValue()).isEqualTo(REVIEW);
        assertThat(thirdParty(gpReport)).contains("report");
        assertThat(gpReport.get("fields").get("report's sensitivity").stringValue()).isEqualTo("HEALTH");
        JsonNode plan = item(parts, "subjectAccess.part.plans", "concern", concern);
        assertThat(thirdParty(plan)).contains("concern");
        assertThat(plan.get("review").isNull()).isTrue();
        assertThat(item(parts, "subjectAccess.part.plans", "the plan as it stood", null)).isNotNull();
        JsonNode firstProfile = item(parts, "subjectAccess.part.missing", "missing profile version", "1");
        assertThat(firstProfile.get("fields").get("description").stringValue()).contains("version one");
        assertThat(thirdParty(firstProfile)).contains("associates");
        assertThat(item(parts, "subjectAccess.part.missing", "missing report from", "POLICE-NORTH")).isNotNull();
        JsonNode dray = item(parts, "subjectAccess.part.risk", "name", person);
        assertThat(dray.get("review").stringValue()).isEqualTo(REVIEW);
        assertThat(dray.get("fields").get("sensitivity").stringValue()).isEqualTo("POLICE_INTELLIGENCE");
        assertThat(thirdParty(dray)).contains("name");
        assertThat(thirdParty(item(parts, "subjectAccess.part.risk", "why", rationale))).contains("why");
    }

    @Test
    void aChildWithNoneOfTheseRecordsHasTheirPartsEmpty() {
        String child = new Api(port).as("CSC-NORTH").post("/api/v1/events", batch(event(unique("CSC"),
                subject("Imogen", familyName(), "2013-02-02"), "NOTE", "2026-01-05"))).json()
                .get("results").get(0).get("childId").stringValue();
        WebSession dpo = WebSession.signedIn(port, "dpo");
        WebSession.Page page = dpo.get("/subject-access/" + child);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Meetings: invitations, replies and reports", "Plans: every version",
                "Missing episodes: every version of every report", "Exploitation risk: screenings");
        JsonNode parts = Api.JSON.readTree(new String(dpo.getBytes("/subject-access/" + child + ".json"),
                StandardCharsets.UTF_8)).get("parts");
        for (String key : PARTS) {
            assertThat(part(parts, key).get("items")).as(key).isEmpty();
        }
    }

    /** A strategy discussion in three days; the GP sends a report at HEALTH rather than coming. */
    private void meeting(String child, String report) {
        WebSession social = WebSession.signedIn(port, "sw.north");
        String meeting = MeetingForms.convene(social, child, "STRATEGY_MEETING", LocalDate.now(HubTime.ZONE).plusDays(3),
                Map.of());
        WebSession gp = WebSession.signedIn(port, "gp.north");
        gp.get(meeting);
        assertThat(gp.post(meeting + "/reply", Map.of("response", "REPORT_SENT", "report", report,
                "sensitivity", "HEALTH")).status()).isEqualTo(302);
    }

    private void plan(String child, String concern) {
        LocalDate today = LocalDate.now(HubTime.ZONE);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("type", "CHILD_PROTECTION_PLAN");
        form.put("category", "NEGLECT");
        form.put("concern", concern);
        form.put("startedOnDay", "" + today.getDayOfMonth());
        form.put("startedOnMonth", "" + today.getMonthValue());
        form.put("startedOnYear", "" + today.getYear());
        form.put("lead", jdbc.sql("select id::text from access.practitioner where username = 'sw.north'")
                .query(String.class).single());
        form.put("outcome-0", "Morgan is looked after by an adult every night.");
        form.put("childsView-0", "I do not like being on my own.");
        WebSession social = WebSession.signedIn(port, "sw.north");
        social.get("/children/" + child + "/plans/new");
        WebSession.Page made = social.post("/children/" + child + "/plans", form);
        assertThat(made.status()).as(made.body()).isEqualTo(302);
    }

    private void profile(String child, String description, String associates) {
        WebSession social = WebSession.signedIn(port, "sw.north");
        social.get("/children/" + child + "/missing/profile");
        WebSession.Page saved = social.post("/children/" + child + "/missing/profile", Map.of("description", description,
                "associates", associates, "places", "The retail park"));
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
    }

    /** The police screen the child and link them to a person of concern. */
    private void risk(String child, String person, String rationale) {
        WebSession police = WebSession.signedIn(port, "police.north");
        police.get("/children/" + child + "/risk/screenings/new");
        Map<String, String> screening = new LinkedHashMap<>(Map.of("toolVersion", "0", "seen.missing-episodes", "NOW",
                "action", "CHECK", "rationale", ""));
        police.post("/children/" + child + "/risk/screenings", screening);
        screening.putAll(Map.of("action", "SAVE", "judgedLevel", "MEDIUM", "rationale", rationale));
        WebSession.Page screened = police.post("/children/" + child + "/risk/screenings", screening);
        assertThat(screened.status()).as(screened.body()).isEqualTo(302);
        police.get("/children/" + child + "/risk/links/new");
        WebSession.Page linked = police.post("/children/" + child + "/risk/links", Map.of("contextId", "NEW",
                "kind", "PERSON_OF_CONCERN", "name", person, "sensitivity", "STANDARD", "from", "PRACTITIONER",
                "note", "Collects children from the station."));
        assertThat(linked.status()).as(linked.body()).isEqualTo(302);
    }

    private static JsonNode part(JsonNode parts, String titleKey) {
        for (JsonNode part : parts) {
            if (part.get("titleKey").stringValue().equals(titleKey)) {
                return part;
            }
        }
        throw new AssertionError("no part " + titleKey + " in " + parts);
    }

    /** The part's item whose field has this value (or any value, given null). */
    private static JsonNode item(JsonNode parts, String titleKey, String field, String value) {
        for (JsonNode item : part(parts, titleKey).get("items")) {
            JsonNode f = item.get("fields").get(field);
            if (f != null && (value == null || f.stringValue().equals(value))) {
                return item;
            }
        }
        throw new AssertionError("no item with " + field + " = " + value + " in " + titleKey);
    }

    private static List<String> thirdParty(JsonNode item) {
        List<String> names = new ArrayList<>();
        item.get("thirdParty").forEach(n -> names.add(n.stringValue()));
        return names;
    }
}
