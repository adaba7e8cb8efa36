package org.safeguardinghub.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.support.Api;
import org.safeguardinghub.support.HubIntegrationTest;
import org.safeguardinghub.support.TestEvents;
import org.safeguardinghub.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Audit a person can use (issue #12): the data protection officer, and only they, reads a child's
 * and a user's audit and the partnership's unusual access; a client cannot choose the address the
 * audit records.
 */
@HubIntegrationTest
class AuditTrailIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog auditLog;

    @Autowired
    Agencies agencies;

    Actor.Person someone(String username) {
        return new Actor.Person(UUID.randomUUID(), username, "Test " + username,
                agencies.byCode("POLICE-NORTH").orElseThrow(), Set.of(Role.PRACTITIONER));
    }

    @Test
    void onlyTheDataProtectionOfficerReadsTheAudit() {
        WebSession admin = WebSession.signedIn(port, "admin");
        assertThat(admin.get("/audit").status()).isEqualTo(403);
        assertThat(admin.get("/").body()).as("no link to it either").doesNotContain("href=\"/audit\"");
        assertThat(WebSession.signedIn(port, "sw.north").get("/audit/children?child=" + UUID.randomUUID()).status())
                .isEqualTo(403);
        WebSession.Page page = WebSession.signedIn(port, "dpo").get("/audit");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("href=\"/audit\"").contains("Unusual access in the last 7 days");
    }

    @Test
    void aChildsAuditShowsEveryLookNewestFirstWithBreakGlassMarkedAndIsItselfAudited() {
        UUID child = UUID.randomUUID();
        String looker = TestEvents.unique("looker");
        String glass = TestEvents.unique("glass");
        auditLog.record(someone(looker), AuditAction.VIEW_CHILD, child, "NETWORK");
        auditLog.record(someone(glass), AuditAction.BREAK_GLASS, child, "Missing overnight, police asked for history");

        String body = WebSession.signedIn(port, "dpo").get("/audit/children?child=" + child).body();
        assertThat(body).contains(looker).contains(glass).contains("govuk-tag--red")
                .contains("Missing overnight, police asked for history");
        assertThat(body.indexOf(glass)).as("newest first").isLessThan(body.indexOf(looker));
        assertThat(jdbc.sql("select count(*) from access.audit_event where actor = 'dpo' and action = 'VIEW_AUDIT' and child_id = :c")
                .param("c", child).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aLongAuditComesInPagesOfFifty() {
        UUID child = UUID.randomUUID();
        auditLog.recordEach(someone(TestEvents.unique("pager")), AuditAction.VIEW_EVENT, List.of(child), "first");
        IntStream.range(0, 50).forEach(i -> auditLog.record(someone("later"), AuditAction.VIEW_CHILD, child, "later " + i));
        WebSession dpo = WebSession.signedIn(port, "dpo");
        String first = dpo.get("/audit/children?child=" + child).body();
        assertThat(first).doesNotContain(">first<").contains("Older entries").doesNotContain("Newer entries");
        String second = dpo.get("/audit/children?child=" + child + "&page=2").body();
        assertThat(second).contains(">first<").contains("Newer entries").doesNotContain("Older entries");
    }

    /** ADR 0043: a partner's batch is one entry naming its children, found on each child's audit and shown as a batch. */
    @Test
    void aPartnersBatchIsOneEntryOnEachChildsAuditAndABatchOnThePartnersOwn() {
        String family = TestEvents.familyName();
        Api.Response sent = new Api(port).as("POLICE-NORTH").post("/api/v1/events", TestEvents.batch(
                TestEvents.event(TestEvents.unique("AB"), TestEvents.subject("Aud", family, "2012-01-01"), "NOTE", "2025-03-01"),
                TestEvents.event(TestEvents.unique("AB"), TestEvents.subject("Bat", family, "2013-02-02"), "NOTE", "2025-03-02")));
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        List<String> children = List.of(sent.json().get("results").get(0).get("childId").stringValue(),
                sent.json().get("results").get(1).get("childId").stringValue());
        List<Map<String, Object>> entries = jdbc.sql("""
                select actor, child_id, array_length(children, 1) as named from access.audit_event
                where action = 'RECEIVE_EVENTS' and (children && cast(:c as uuid[]) or child_id = any(cast(:c as uuid[])))""")
                .param("c", children.stream().map(c -> c.substring(2)).toArray(String[]::new)).query().listOfRows();
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.get("child_id")).isNull();
            assertThat(e.get("named")).isEqualTo(2);
        });
        WebSession dpo = WebSession.signedIn(port, "dpo");
        for (String child : children) {
            assertThat(dpo.get("/audit/children?child=" + child).body()).contains("2 event(s) from the partner feed");
        }
        assertThat(dpo.get("/audit/users?username=" + entries.getFirst().get("actor")).body()).contains("2 children, one batch");
    }

    @Test
    void aUsersAuditShowsWhatTheyAccessedLinkedToEachChild() {
        String username = TestEvents.unique("reader");
        UUID child = UUID.randomUUID();
        auditLog.record(someone(username), AuditAction.EXPORT_CHRONOLOGY, child, "PDF");
        String body = WebSession.signedIn(port, "dpo").get("/audit/users?username=" + username).body();
        assertThat(body).contains("What " + username + " accessed").contains("Exported the chronology")
                .contains("/audit/children?child=c-" + child);
    }

    @Test
    void unusualAccessShowsManyChildrenInADayBreakGlassAndBurstsOfRefusalsEachLinked() {
        String many = TestEvents.unique("many");
        String fewer = TestEvents.unique("fewer");
        String refused = TestEvents.unique("refused");
        String glass = TestEvents.unique("glass");
        UUID child = UUID.randomUUID();
        auditLog.recordEach(someone(many), AuditAction.VIEW_CHILD, children(20), "NETWORK");
        auditLog.recordEach(someone(fewer), AuditAction.READ_CHRONOLOGY, children(19), "NETWORK");
        auditLog.recordEach(someone(fewer), AuditAction.VIEW_LIST, children(30), "triage queue");
        IntStream.range(0, 5).forEach(i -> auditLog.record(someone(refused), AuditAction.ACCESS_DENIED, null, "VIEW_CHILD"));
        auditLog.record(someone(glass), AuditAction.BREAK_GLASS, child, "Urgent: found in a car with adults");

        String body = WebSession.signedIn(port, "dpo").get("/audit").body();
        assertThat(body).contains("/audit/users?username=" + many)
                .contains("Opened the records of 20 different children (shown from 20)")
                .doesNotContain(fewer)
                .contains("/audit/users?username=" + refused).contains("Refused access 5 times in the hour (shown from 5)")
                .contains("/audit/users?username=" + glass).contains("/audit/children?child=c-" + child)
                .contains("Urgent: found in a car with adults");
    }

    @Test
    void aLookUpWithNoIdOrAMalformedOneSaysWhatToEnter() {
        WebSession dpo = WebSession.signedIn(port, "dpo");
        WebSession.Page malformed = dpo.get("/audit/children?child=1-2-3-4-5");
        assertThat(malformed.status()).isEqualTo(200);
        assertThat(malformed.body()).contains("govuk-error-summary").contains("href=\"#child\"")
                .contains("Enter the child&#39;s id as it appears in the address");
        assertThat(dpo.get("/audit/users?username=+").body()).contains("govuk-error-summary").contains("Enter a username");
    }

    @Test
    void aClientCannotWriteItsOwnAddressIntoTheAuditByForwardedHeaders() throws Exception {
        String attempted = TestEvents.unique("spoof");
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String login = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
        assertThat(csrf.find()).isTrue();
        http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Forwarded-For", "203.0.113.66")
                .POST(HttpRequest.BodyPublishers.ofString(WebSession.encode(
                        Map.of("username", attempted, "password", "wrong", "_csrf", csrf.group(1))))).build(),
                HttpResponse.BodyHandlers.ofString());
        String recorded = jdbc.sql("select remote_address from access.audit_event where actor = :a and action = 'SIGN_IN_FAILED'")
                .param("a", attempted).query(String.class).single();
        assertThat(recorded).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
    }

    private static List<UUID> children(int n) {
        return IntStream.range(0, n).mapToObj(i -> UUID.randomUUID()).toList();
    }
}
