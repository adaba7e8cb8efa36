package org.safeguardinghub.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.support.HubIntegrationTest;
import org.safeguardinghub.support.SingleSignOn;
import org.safeguardinghub.support.TestIdentityProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * OpenID Connect sign-in against a real provider on loopback (issue 18, ADR 0030): the provider's
 * groups give the roles, the hub's account gives the person; a person with no linked account, an
 * unmapped group, another agency's group or a deactivated account is refused, told why, and audited.
 */
@HubIntegrationTest
class SingleSignOnIT {

    static final Administration.ChangedBy ADMIN = Administration.ChangedBy.system("test");

    @LocalServerPort
    int port;

    @Autowired
    Administration administration;

    @Autowired
    Practitioners practitioners;

    @Autowired
    JdbcClient jdbc;

    String newPractitioner(String email, String... roles) {
        String username = "sso." + UUID.randomUUID().toString().substring(0, 8);
        assertThat(administration.addPractitioner(ADMIN, username, "Single sign-on social worker", null, email, null,
                "CSC-NORTH", null, Set.of(roles), null).ok()).isTrue();
        return username;
    }

    @Test
    void aMappedGroupSignsInTheLinkedAccountWithTheGroupsRoles() {
        String username = newPractitioner(null, "PRACTITIONER");
        SingleSignOn browser = new SingleSignOn(port);

        SingleSignOn.Page landed = browser.signIn(TestIdentityProvider.addPerson(username, username + "@idp.example",
                TestIdentityProvider.NORTH_SOCIAL_WORKERS, "everyone"));

        assertThat(landed.status()).isEqualTo(302);
        assertThat(landed.location()).doesNotContain("/login");
        SingleSignOn.Page home = browser.get("/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("Single sign-on social worker");
        assertThat(practitioners.byUsername(username).orElseThrow().roles())
                .containsExactlyInAnyOrder(Role.PRACTITIONER, Role.SOCIAL_WORKER);
        assertThat(audit(username, "SIGN_IN")).containsExactly("single sign-on");
        assertThat(browser.get("/admin").status()).as("no administrator group, no administration").isEqualTo(403);
    }

    @Test
    void aPersonWhoseUsernameMatchesNobodyIsLinkedByTheirVerifiedEmail() {
        String email = "sam." + UUID.randomUUID().toString().substring(0, 8) + "@north.example";
        String username = newPractitioner(email, "SOCIAL_WORKER");
        SingleSignOn browser = new SingleSignOn(port);

        browser.signIn(TestIdentityProvider.addPerson("S" + UUID.randomUUID(), email.toUpperCase(),
                TestIdentityProvider.NORTH_MANAGERS));

        assertThat(browser.get("/").status()).isEqualTo(200);
        assertThat(practitioners.byUsername(username).orElseThrow().roles()).containsExactly(Role.TEAM_MANAGER);
        assertThat(jdbc.sql("select detail from access.audit_event where action = 'CHANGE_ROLES' and detail like :u")
                .param("u", username + " %").query(String.class).list())
                .singleElement().asString().contains("from the identity provider");
    }

    @Test
    void aPersonWithNoAccountHereIsRefusedAndToldWhy() {
        String username = "stranger." + UUID.randomUUID().toString().substring(0, 8);
        assertRefused(TestIdentityProvider.addPerson(username, username + "@idp.example",
                TestIdentityProvider.NORTH_SOCIAL_WORKERS), "NO_ACCOUNT", "is not linked to an account here");
        assertThat(audit(username, "SIGN_IN_FAILED")).singleElement().asString().startsWith("single sign-on refused: NO_ACCOUNT");
    }

    @Test
    void anUnmappedGroupGivesNothing() {
        String username = newPractitioner(null, "SOCIAL_WORKER");
        assertRefused(TestIdentityProvider.addPerson(username, username + "@idp.example", "finance-team"),
                "NO_MAPPED_GROUP", "None of your organisation");
        assertThat(audit(username, "SIGN_IN_FAILED")).singleElement().asString().contains("[finance-team] give no role");
        assertThat(practitioners.byUsername(username).orElseThrow().roles()).containsExactly(Role.SOCIAL_WORKER);
    }

    @Test
    void anotherAgencysGroupDoesNotLetAPersonInAsThatAgency() {
        String username = newPractitioner(null, "SOCIAL_WORKER");
        assertRefused(TestIdentityProvider.addPerson(username, username + "@idp.example", TestIdentityProvider.NORTH_POLICE),
                "OTHER_AGENCY", "another agency");
        assertRefused(TestIdentityProvider.addPerson(username, username + "@idp.example",
                TestIdentityProvider.NORTH_POLICE, TestIdentityProvider.NORTH_SOCIAL_WORKERS),
                "GROUPS_OF_SEVERAL_AGENCIES", "more than one agency");
    }

    @Test
    void aDeactivatedPractitionerIsRefusedThroughSingleSignOnAndTheirOpenSessionEnds() {
        String username = newPractitioner(null, "SOCIAL_WORKER");
        TestIdentityProvider.Person person = TestIdentityProvider.addPerson(username, username + "@idp.example",
                TestIdentityProvider.NORTH_SOCIAL_WORKERS);
        SingleSignOn open = new SingleSignOn(port);
        open.signIn(person);
        assertThat(open.get("/").status()).isEqualTo(200);

        assertThat(administration.deactivatePractitioner(ADMIN, username).ok()).isTrue();

        assertThat(open.get("/").status()).as("the open session ends at once").isEqualTo(302);
        assertRefused(person, "DEACTIVATED", "has been deactivated");
    }

    /**
     * A sign-in that cannot start (here a registration the hub does not have; OidcLoginTest reads an
     * unreachable provider's discovery document the same way) is a clear page, not a 500.
     */
    @Test
    void aSignInThatCannotStartSaysSingleSignOnIsUnavailable() {
        SingleSignOn browser = new SingleSignOn(port);
        SingleSignOn.Page start = browser.get("/oauth2/authorization/not-configured");

        assertThat(start.status()).isEqualTo(302);
        assertThat(start.location()).endsWith("/login?refused=PROVIDER_UNAVAILABLE");
        SingleSignOn.Page page = browser.get(start.location());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Single sign-on is not available just now").contains("name=\"username\"");
    }

    private void assertRefused(TestIdentityProvider.Person person, String reason, String explained) {
        SingleSignOn browser = new SingleSignOn(port);
        SingleSignOn.Page refused = browser.signIn(person);
        assertThat(refused.status()).isEqualTo(302);
        assertThat(refused.location()).endsWith("/login?refused=" + reason);
        SingleSignOn.Page page = browser.get(refused.location());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(explained.replace("'", "&#39;"));
        assertThat(browser.get("/").status()).as("not signed in").isEqualTo(302);
    }

    private List<String> audit(String username, String action) {
        return jdbc.sql("select coalesce(detail, '') from access.audit_event where actor = :u and action = :a order by 1")
                .param("u", username).param("a", action).query(String.class).list();
    }
}
