package org.safeguardinghub.risk;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.safeguardinghub.support.Api;
import org.safeguardinghub.support.TestEvents;
import org.safeguardinghub.support.WebSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Invented children for the module's integration tests, each unique to its test, and the forms a person fills in. */
final class RiskFixtures {

    private RiskFixtures() {
    }

    /** A child aged {@code years} and {@code days}, known to the police of the North by a missing episode ten days ago (and these events too). */
    static String child(int port, String given, String family, int years, int days, ObjectNode... more) {
        LocalDate born = LocalDate.now().minusYears(years).minusDays(days);
        ObjectNode subject = TestEvents.subject(given, family, born.toString());
        List<JsonNode> events = new ArrayList<>();
        ObjectNode missing = TestEvents.event(TestEvents.unique("M"), subject, "MISSING_EPISODE", ago(10).toString());
        missing.put("endedAt", ago(10).plus(6, ChronoUnit.HOURS).toString());
        events.add(missing);
        for (ObjectNode event : more) {
            event.set("subject", subject.deepCopy());
            events.add(event);
        }
        JsonNode results = new Api(port).as("POLICE-NORTH").post("/api/v1/events",
                TestEvents.batch(events.toArray(JsonNode[]::new))).json().get("results");
        return results.get(0).get("childId").stringValue();
    }

    /** The child's id as the database keeps it (pages and the API write it {@code c-<uuid>}). */
    static java.util.UUID uuid(String child) {
        return java.util.UUID.fromString(child.startsWith("c-") ? child.substring(2) : child);
    }

    /** An exploitation concern held as police intelligence, {@code days} ago. */
    static ObjectNode intelligence(int days) {
        ObjectNode event = TestEvents.event(TestEvents.unique("X"), TestEvents.subject("x", "x", "2010-01-01"),
                "EXPLOITATION_CONCERN", ago(days).toString());
        event.put("sensitivity", "POLICE_INTELLIGENCE");
        event.put("significance", "SIGNIFICANT");
        return event;
    }

    static Instant ago(int days) {
        return Instant.now().minus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    }

    /** The screening form's fields: indicators found (code to band), then the judgement. */
    static Map<String, String> screening(Map<String, String> found, String action, String judged, String rationale) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("toolVersion", "0");
        found.forEach((indicator, band) -> form.put("seen." + indicator, band));
        form.put("action", action);
        if (judged != null) {
            form.put("judgedLevel", judged);
        }
        form.put("rationale", rationale);
        return form;
    }

    /** Screens the child as this session: checks, then saves; returns where the browser is sent. */
    static WebSession.Page screen(WebSession session, String child, Map<String, String> found, String judged, String why) {
        session.get("/children/" + child + "/risk/screenings/new");
        session.post("/children/" + child + "/risk/screenings", screening(found, "CHECK", null, ""));
        return session.post("/children/" + child + "/risk/screenings", screening(found, "SAVE", judged, why));
    }
}
