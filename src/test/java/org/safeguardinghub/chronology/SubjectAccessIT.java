package org.safeguardinghub.chronology;

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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Subject access requests and retention review (issue 12, item 6): the data protection officer finds
 * a child exactly and sees everything held, third parties and restricted entries marked; each
 * export is audited; records past their retention rule are listed, never deleted.
 */
@HubIntegrationTest
class SubjectAccessIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theOfficerFindsTheChildAndSeesEverythingHeldWithThirdPartiesMarked() {
        String family = familyName();
        ObjectNode subject = subject("Paloma", family, "2011-07-07");
        ObjectNode attendance = event(unique("ED"), subject, "ED_ATTENDANCE", "2026-05-05T22:00:00Z");
        attendance.put("sensitivity", "HEALTH").put("summary", "Attended after an overdose at a party.");
        String child = new Api(port).as("ED-NORTH").post("/api/v1/events", batch(attendance)).json()
                .get("results").get(0).get("childId").stringValue();
        Network.of(port, child).allocate("sw.north");
        WebSession worker = WebSession.signedIn(port, "sw.north");
        worker.get("/children/" + child + "/network");
        worker.post("/children/" + child + "/family", Map.of("name", "Lorcan Tealby", "relationship", "PARTNER_OF_PARENT",
                "livesWithChild", "true", "notes", "Known to police for supplying drugs."));

        WebSession dpo = WebSession.signedIn(port, "dpo");
        dpo.get("/subject-access");
        WebSession.Page none = dpo.post("/subject-access", Map.of("givenName", "Paloma", "familyName", family,
                "dobDay", "8", "dobMonth", "7", "dobYear", "2011"));
        assertThat(none.body()).contains("govuk-error-summary").contains("No record matches exactly");
        WebSession.Page found = dpo.post("/subject-access", Map.of("givenName", "paloma", "familyName", family.toUpperCase(),
                "dobDay", "7", "dobMonth", "7", "dobYear", "2011"));
        assertThat(found.location()).endsWith("/subject-access/" + child);

        long exports = audits(child);
        WebSession.Page page = dpo.get("/subject-access/" + child);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Attended after an overdose at a party.")
                .contains("Restricted entry: ask the agency that recorded it whether an exemption applies")
                .contains("Lorcan Tealby").contains("Third party: review before disclosure")
                .contains("sw.north");
        assertThat(audits(child)).isEqualTo(exports + 1);

        JsonNode json = Api.JSON.readTree(new String(dpo.getBytes("/subject-access/" + child + ".json"),
                java.nio.charset.StandardCharsets.UTF_8));
        assertThat(json.get("child").toString()).contains(child.substring(2));
        assertThat(json.get("parts").toString()).contains("Known to police for supplying drugs.")
                .contains("Attended after an overdose at a party.");
        assertThat(audits(child)).isEqualTo(exports + 2);
    }

    @Test
    void onlyTheOfficerMayExportAndAnUnknownChildIsNotFound() {
        assertThat(WebSession.signedIn(port, "sw.north").get("/subject-access").status()).isEqualTo(403);
        assertThat(WebSession.signedIn(port, "admin").get("/retention").status()).isEqualTo(403);
        assertThat(WebSession.signedIn(port, "dpo").get("/subject-access/c-00000000-0000-0000-0000-000000000000").status())
                .isEqualTo(404);
    }

    @Test
    void recordsPastTheirRetentionRuleAreListedAndKept() {
        String child = new Api(port).as("CSC-NORTH").post("/api/v1/events", batch(event(unique("CSC"),
                subject("Walter", familyName(), "1949-03-01"), "NOTE", "1962-05-01"))).json()
                .get("results").get(0).get("childId").stringValue();
        WebSession.Page page = WebSession.signedIn(port, "dpo").get("/retention");
        assertThat(page.body()).contains("75 years from birth").contains(child).contains("1 Mar 2024");
        assertThat(jdbc.sql("select count(*) from chronology.event where child_id = cast(:c as uuid)")
                .param("c", child.substring(2)).query(Long.class).single()).isEqualTo(1);
    }

    private long audits(String child) {
        return jdbc.sql("select count(*) from access.audit_event where child_id = cast(:c as uuid) and action = 'SUBJECT_ACCESS_EXPORT'")
                .param("c", child.substring(2)).query(Long.class).single();
    }
}
