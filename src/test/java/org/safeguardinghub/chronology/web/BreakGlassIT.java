package org.safeguardinghub.chronology.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguardinghub.support.TestEvents.batch;
import static org.safeguardinghub.support.TestEvents.event;
import static org.safeguardinghub.support.TestEvents.familyName;
import static org.safeguardinghub.support.TestEvents.subject;
import static org.safeguardinghub.support.TestEvents.unique;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.support.Api;
import org.safeguardinghub.support.HubIntegrationTest;
import org.safeguardinghub.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Break-glass refused: no reason, a reason too short, details that match no single child, a date
 * that is not one. Each is explained in the form, what was typed is kept, and no access is granted.
 * (The journey that opens a record is InformationGovernanceJourneyIT.)
 */
@HubIntegrationTest
class BreakGlassIT {

    static final String REASON = "Brought in unconscious at 03:10; checking for known risks";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void badRequestsAreExplainedAndGrantNothing() {
        String family = familyName();
        String child = new Api(port).as("POLICE-NORTH").post("/api/v1/events",
                batch(event(unique("BG"), subject("Noor", family, "2011-04-05"), "NOTE", "2026-01-05"))).json()
                .get("results").get(0).get("childId").stringValue();
        WebSession nurse = WebSession.signedIn(port, "ednurse.south");
        nurse.get("/break-glass");

        WebSession.Page noReason = nurse.post("/break-glass", form(family, "5", "4", "2011", ""));
        assertThat(noReason.status()).isEqualTo(200);
        assertThat(noReason.body()).contains("govuk-error-summary")
                .contains("Say why you need to see the record now (10 to 1,000 characters)")
                .contains("value=\"" + family + "\"");
        assertThat(nurse.post("/break-glass", form(family, "5", "4", "2011", "urgent")).body())
                .contains("Say why you need to see the record now");
        assertThat(nurse.post("/break-glass", form(family, "6", "4", "2011", REASON)).body())
                .as("born a day apart: no single child matches exactly")
                .contains("No single child matches these details exactly");
        assertThat(nurse.post("/break-glass", form(family, "31", "2", "2011", REASON)).body())
                .contains("govuk-error-summary").contains("Enter a real date");

        assertThat(jdbc.sql("select count(*) from chronology.access_grant where child_id = cast(:c as uuid)")
                .param("c", child.substring(2)).query(Long.class).single()).as("nothing granted").isZero();
        assertThat(nurse.get("/children/" + child).status()).isEqualTo(404);

        WebSession.Page opened = nurse.post("/break-glass", form(family, "5", "4", "2011", REASON));
        assertThat(opened.status()).isEqualTo(302);
        assertThat(opened.location()).endsWith("/children/" + child);
    }

    private static Map<String, String> form(String family, String day, String month, String year, String reason) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("givenName", "Noor");
        form.put("familyName", family);
        form.put("dobDay", day);
        form.put("dobMonth", month);
        form.put("dobYear", year);
        form.put("reason", reason);
        return form;
    }
}
