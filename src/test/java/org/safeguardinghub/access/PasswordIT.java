package org.safeguardinghub.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.safeguardinghub.support.HubIntegrationTest;
import org.safeguardinghub.support.TestClock;
import org.safeguardinghub.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A practitioner changes their own password (the strength rule explained, their other sessions
 * ended); an administrator issues a one-time reset link that works once, until it expires, and is
 * stored only as a hash (issue 18, ADR 0030).
 */
@HubIntegrationTest
class PasswordIT {

    static final Administration.ChangedBy ADMIN = Administration.ChangedBy.system("test");
    static final String NEW_PASSWORD = "blue kettle morning walk";
    static final Pattern LINK = Pattern.compile("<code id=\"reset-link\">https?://[^/]+(/password-reset/[A-Za-z0-9_-]+)</code>");

    @LocalServerPort
    int port;

    @Autowired
    Administration administration;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void backToTheRealTime() {
        TestClock.reset();
    }

    @Test
    void aPractitionerChangesTheirPasswordAndTheirOtherSessionsEnd() {
        String username = newPractitioner();
        WebSession elsewhere = WebSession.signedIn(port, username);
        WebSession here = WebSession.signedIn(port, username);
        here.get("/account/password");

        assertThat(here.post("/account/password", Map.of("current", "wrong-password-1", "password", NEW_PASSWORD,
                "confirmation", NEW_PASSWORD)).body()).contains("Your current password was not recognised");
        String refused = here.post("/account/password", Map.of("current", HubIntegrationTest.SECRET,
                "password", "short", "confirmation", "other")).body();
        assertThat(refused).contains("Enter a password of at least 12 characters").contains("Enter the same new password twice")
                .doesNotContain("value=\"short\"");
        assertThat(here.post("/account/password", Map.of("current", HubIntegrationTest.SECRET,
                "password", username + "-2026-x", "confirmation", username + "-2026-x")).body())
                .contains("does not contain your username");

        WebSession.Page changed = here.post("/account/password", Map.of("current", HubIntegrationTest.SECRET,
                "password", NEW_PASSWORD, "confirmation", NEW_PASSWORD));
        assertThat(changed.location()).endsWith("/account/password?changed");
        assertThat(here.get("/").status()).as("this session stays").isEqualTo(200);
        assertThat(elsewhere.get("/").status()).as("the other one ends").isEqualTo(302);
        assertThat(new WebSession(port).signIn(username, HubIntegrationTest.SECRET).location()).endsWith("/login?error");
        assertThat(new WebSession(port).signIn(username, NEW_PASSWORD).location()).doesNotContain("error");
        assertThat(count("select count(*) from access.audit_event where actor = :u and action = 'CHANGE_PASSWORD'", username))
                .isEqualTo(1);
    }

    @Test
    void aResetLinkWorksOnceEndsEverySessionAndIsKeptOnlyAsAHash() {
        String username = newPractitioner();
        WebSession open = WebSession.signedIn(port, username);
        String link = issueLink(username);
        String token = link.substring(link.lastIndexOf('/') + 1);
        assertThat(count("select count(*) from access.password_reset where token_hash = :u", token)).isZero();

        WebSession person = new WebSession(port);
        assertThat(person.get(link).body()).contains("Set your password");
        assertThat(person.post(link, Map.of("password", "zzzzzzzzzzzzzz", "confirmation", "zzzzzzzzzzzzzz")).body())
                .contains("not one character repeated");
        WebSession.Page done = person.post(link, Map.of("password", NEW_PASSWORD, "confirmation", NEW_PASSWORD));
        assertThat(done.location()).endsWith("/login?reset");
        assertThat(open.get("/").status()).isEqualTo(302);
        assertThat(new WebSession(port).signIn(username, NEW_PASSWORD).location()).doesNotContain("error");

        WebSession again = new WebSession(port);
        WebSession.Page used = again.get(link);
        assertThat(used.status()).isEqualTo(404);
        assertThat(used.body()).contains("This link has been used, has expired or is not valid");
        again.get("/login");
        assertThat(again.post(link, Map.of("password", "another long password", "confirmation", "another long password")).body())
                .contains("This link has been used");
        assertThat(new WebSession(port).signIn(username, "another long password").location()).endsWith("/login?error");
        assertThat(count("select count(*) from access.audit_event where actor = :u and action = 'RESET_PASSWORD'", username))
                .isEqualTo(1);
    }

    @Test
    void aResetLiftsTheLockOutOfTheAccount() {
        String username = newPractitioner();
        for (int i = 0; i < 10; i++) {
            new WebSession(port).signIn(username, "wrong-password-" + i);
        }
        assertThat(new WebSession(port).signIn(username, HubIntegrationTest.SECRET).location())
                .as("locked").endsWith("/login?error");
        String link = issueLink(username);
        WebSession person = new WebSession(port);
        person.get(link);
        assertThat(person.post(link, Map.of("password", NEW_PASSWORD, "confirmation", NEW_PASSWORD)).location())
                .endsWith("/login?reset");

        assertThat(new WebSession(port).signIn(username, NEW_PASSWORD).location()).doesNotContain("error");
    }

    @Test
    void anExpiredOrMadeUpLinkIsRefused() {
        String username = newPractitioner();
        String link = issueLink(username);
        TestClock.advance(Duration.ofHours(24).plusMinutes(1));
        WebSession person = new WebSession(port);
        assertThat(person.get(link).status()).isEqualTo(404);
        person.get("/login");
        assertThat(person.post(link, Map.of("password", NEW_PASSWORD, "confirmation", NEW_PASSWORD)).body())
                .contains("This link has been used, has expired or is not valid");
        assertThat(new WebSession(port).get("/password-reset/made-up-token").status()).isEqualTo(404);
        TestClock.reset();
        assertThat(new WebSession(port).signIn(username, NEW_PASSWORD).location()).endsWith("/login?error");
    }

    private String issueLink(String username) {
        WebSession admin = WebSession.signedIn(port, "admin");
        admin.get("/admin");
        WebSession.Page page = admin.post("/admin/practitioners/" + username + "/password-reset", Map.of());
        Matcher matcher = LINK.matcher(page.body());
        assertThat(matcher.find()).as("the link shown to the administrator").isTrue();
        assertThat(count("select count(*) from access.audit_event where action = 'ISSUE_PASSWORD_RESET' and detail = :u",
                username)).isEqualTo(count("select count(*) from access.password_reset r join access.practitioner p "
                + "on p.id = r.practitioner_id where p.username = :u", username));
        return matcher.group(1);
    }

    private String newPractitioner() {
        String username = "pw." + UUID.randomUUID().toString().substring(0, 8);
        assertThat(administration.addPractitioner(ADMIN, username, "Password social worker", null, null, null,
                "CSC-NORTH", null, Set.of("SOCIAL_WORKER"), HubIntegrationTest.SECRET).ok()).isTrue();
        return username;
    }

    private int count(String sql, String value) {
        return jdbc.sql(sql).param("u", value).query(Integer.class).single();
    }
}
