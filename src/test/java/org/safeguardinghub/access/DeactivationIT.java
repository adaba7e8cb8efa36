package org.safeguardinghub.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.support.Api;
import org.safeguardinghub.support.HubIntegrationTest;
import org.safeguardinghub.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Deactivating a practitioner ends their open sessions at once; changing their roles ends them
 * too (a session keeps the roles it began with); deactivating an API client refuses the token it
 * already holds at once (issue 18).
 */
@HubIntegrationTest
class DeactivationIT {

    static final Administration.ChangedBy ADMIN = Administration.ChangedBy.system("test");

    @LocalServerPort
    int port;

    @Autowired
    Administration administration;

    @Autowired
    Practitioners practitioners;

    String newPractitioner(String role) {
        String username = "leaver." + UUID.randomUUID().toString().substring(0, 8);
        assertThat(administration.addPractitioner(ADMIN, username, "Leaving practitioner", null, null, null,
                "CSC-NORTH", null, Set.of(role), HubIntegrationTest.SECRET).ok()).isTrue();
        return username;
    }

    @Test
    void aDeactivatedPractitionersOpenSessionEndsAtOnceAndTheyCannotSignInAgain() {
        String username = newPractitioner("SOCIAL_WORKER");
        WebSession open = WebSession.signedIn(port, username);
        assertThat(open.get("/").status()).isEqualTo(200);

        assertThat(administration.deactivatePractitioner(ADMIN, username).ok()).isTrue();

        WebSession.Page after = open.get("/");
        assertThat(after.status()).isEqualTo(302);
        assertThat(after.location()).endsWith("/login");
        assertThat(new WebSession(port).signIn(username, HubIntegrationTest.SECRET).location()).endsWith("/login?error");
        assertThat(administration.deactivatePractitioner(ADMIN, username).errors())
                .containsEntry("username", "admin.error.username.unknown");
    }

    @Test
    void changingRolesEndsTheSessionsThatHoldTheOldOnes() {
        String username = newPractitioner("ADMINISTRATOR");
        WebSession open = WebSession.signedIn(port, username);
        assertThat(open.get("/admin").status()).isEqualTo(200);

        assertThat(administration.changeRoles(ADMIN, username, Set.of("PRACTITIONER")).ok()).isTrue();

        assertThat(open.get("/admin").status()).isEqualTo(302);
        WebSession again = WebSession.signedIn(port, username);
        assertThat(again.get("/admin").status()).isEqualTo(403);
        assertThat(administration.changeRoles(ADMIN, username, Set.of("KING")).errors()).containsKey("roles");
    }

    @Test
    void aDeactivatedClientsTokenIsRefusedAtOnce() {
        String clientId = "LEAVER-" + UUID.randomUUID().toString().substring(0, 8);
        var issued = administration.addClient(ADMIN, clientId, "ED-NORTH", "leaving");
        assertThat(issued.ok()).isTrue();
        Api partner = new Api(port);
        assertThat(partner.signIn(clientId, issued.made().secret()).status()).isEqualTo(200);
        String chronology = "/api/v1/children/" + UUID.randomUUID() + "/chronology";
        assertThat(partner.get(chronology).status()).isNotEqualTo(401);

        assertThat(administration.deactivateClient(ADMIN, clientId).ok()).isTrue();

        assertThat(partner.get(chronology).status()).isEqualTo(401);
        assertThat(new Api(port).signIn(clientId, issued.made().secret()).status()).isEqualTo(401);
    }

    @Test
    void anAdministratorDeactivatesFromTheAdministrationPage() {
        String username = newPractitioner("SOCIAL_WORKER");
        WebSession open = WebSession.signedIn(port, username);
        WebSession admin = WebSession.signedIn(port, "admin");
        assertThat(admin.get("/admin").body()).contains("/admin/practitioners/" + username + "/deactivate");
        WebSession.Page done = admin.post("/admin/practitioners/" + username + "/deactivate", java.util.Map.of());
        assertThat(done.status()).isEqualTo(302);
        assertThat(done.location()).endsWith("/admin");
        assertThat(admin.get("/admin").body()).doesNotContain("/admin/practitioners/" + username + "/deactivate");
        assertThat(open.get("/").status()).isEqualTo(302);
    }

    @Test
    void anAdministratorChangesRolesOnTheRolesPageWithInlineErrors() {
        String username = newPractitioner("SOCIAL_WORKER");
        WebSession open = WebSession.signedIn(port, username);
        WebSession admin = WebSession.signedIn(port, "admin");
        assertThat(admin.get("/admin").body()).contains("/admin/practitioners/" + username + "/roles");
        String page = admin.get("/admin/practitioners/" + username + "/roles").body();
        assertThat(page).containsPattern("value=\"SOCIAL_WORKER\"\\s+checked");

        WebSession.Page none = admin.post("/admin/practitioners/" + username + "/roles", java.util.Map.of());
        assertThat(none.status()).isEqualTo(200);
        assertThat(none.body()).contains("govuk-error-summary").contains("Choose at least one role");
        assertThat(open.get("/").status()).as("nothing changed, the session stays").isEqualTo(200);

        WebSession.Page done = admin.post("/admin/practitioners/" + username + "/roles", java.util.Map.of("roles", "TEAM_MANAGER"));
        assertThat(done.location()).endsWith("/admin");
        assertThat(open.get("/").status()).isEqualTo(302);
        assertThat(practitioners.byUsername(username).orElseThrow().roles()).containsExactly(Role.TEAM_MANAGER);
        assertThat(admin.get("/admin/practitioners/nobody-" + UUID.randomUUID() + "/roles").status()).isEqualTo(404);
        assertThat(WebSession.signedIn(port, username).get("/admin/practitioners/" + username + "/roles").status())
                .as("administrators only").isEqualTo(403);
    }
}
