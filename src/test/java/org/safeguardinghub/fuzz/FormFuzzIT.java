package org.safeguardinghub.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.support.Api;
import org.safeguardinghub.support.HubIntegrationTest;
import org.safeguardinghub.support.TestEvents;
import org.safeguardinghub.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 18, item 7, for the forms practitioners post: a chronology entry and a contact, filled with
 * what {@link FormCases} generates. No 5xx; a form shown again with its errors stores nothing; a
 * form that is accepted stores exactly one thing; no markup from the input in the page that comes
 * back; the child's page and exports still render. Cases: {@code -Dfuzz.tries} (half each form).
 */
@HubIntegrationTest
class FormFuzzIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    long count(String sql, Object... parameters) {
        return jdbc.sql(sql).params(parameters).query(Long.class).single();
    }

    @Test
    void hostileChronologyEntriesAreRecordedWholeOrExplainedAndNeverFail() {
        String family = TestEvents.familyName();
        String childId = new Api(port).as("POLICE-NORTH").post("/api/v1/events", RawJson.write(Map.of("events", List.of(
                Map.of("eventId", new RawJson.Fresh(), "subject", Map.of("givenName", "Form", "familyName", family,
                        "dateOfBirth", "2011-02-03"), "type", "NOTE", "occurredAt", "2024-01-01", "summary", "fuzzing forms")))))
                .json().get("results").get(0).get("childId").stringValue();
        WebSession manager = WebSession.signedIn(port, "tm.north");
        assertThat(manager.get("/children/" + childId + "/entries/new").status()).isEqualTo(200);
        List<Map<String, String>> cases = FuzzIT.generate(FormCases.entry(), FuzzIT.TRIES / 2, FuzzIT.SEED);
        String sql = "select count(*) from chronology.event where child_id = ?::uuid";
        String uuid = childId.replaceFirst("^c-", "");
        for (int i = 0; i < cases.size(); i++) {
            long before = count(sql, uuid);
            WebSession.Page page = manager.post("/children/" + childId + "/entries", cases.get(i));
            assertOutcome(page, count(sql, uuid) - before, "entry case " + i + ": " + cases.get(i));
        }
        new Exports(port).assertRender(childId);
    }

    @Test
    void hostileContactsAreMadeWholeOrExplainedAndNeverFail() {
        WebSession worker = WebSession.signedIn(port, "sw.north");
        assertThat(worker.get("/contacts/new").status()).isEqualTo(200);
        String family = TestEvents.familyName();
        List<Map<String, String>> cases = FuzzIT.generate(FormCases.contact(family), FuzzIT.TRIES / 2, FuzzIT.SEED + 1);
        for (int i = 0; i < cases.size(); i++) {
            long before = count("select count(*) from frontdoor.contact");
            WebSession.Page page = worker.post("/contacts", cases.get(i));
            assertOutcome(page, count("select count(*) from frontdoor.contact") - before,
                    "contact case " + i + ": " + cases.get(i));
        }
    }

    /** Accepted (a redirect) stores one thing; shown again (200) or refused (4xx) stores nothing; never 5xx. */
    static void assertOutcome(WebSession.Page page, long stored, String described) {
        String seen = described + " (seed " + FuzzIT.SEED + ") -> " + page.status();
        assertThat(page.status()).as(seen).isLessThan(500);
        assertThat(stored).as("stored by " + seen).isEqualTo(page.status() == 302 ? 1 : 0);
        Exports.assertNoScript(page.body(), seen);
    }
}
