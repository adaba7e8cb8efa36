package org.safeguardinghub.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.support.HubIntegrationTest;
import org.safeguardinghub.support.WebSession;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The managers' view per agency and team, its filters and its CSV, and who may see it. */
@HubIntegrationTest
class ManagersViewIT {

    @LocalServerPort
    int port;

    @Test
    void aTeamManagerSeesTheChildrenWithAlertsAndTheCaseloads() {
        WebSession manager = WebSession.signedIn(port, "tm.north");
        WebSession.Page page = manager.get("/oversight");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("North Borough Children&#39;s Social Care").contains("Zoë Marchbank")
                .contains("Missing episodes rising").contains("Caseloads").contains("Sam Okafor");
        WebSession.Page high = manager.get("/oversight?severity=HIGH&sort=CHILD");
        assertThat(high.body()).contains("Missing episodes rising").doesNotContain(">Repeat contacts</a>");
        WebSession.Page team = manager.get("/oversight?team=Northbridge+Safeguarding+Team");
        assertThat(team.body()).contains("Zoë Marchbank");
        WebSession.Page csv = manager.get("/oversight.csv?code=MISSING_TREND");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body().lines().skip(1).findFirst()).hasValue(
                "child,child_id,alert,severity,status,raised_at,age_days,unacknowledged_too_long,reason");
        assertThat(csv.body()).contains("Zoë Marchbank").contains("MISSING_TREND").doesNotContain("REPEAT_CONTACTS");
    }

    @Test
    void aSafeguardingLeadSeesTheirOwnAgencyAndPractitionersDoNotSeeIt() {
        WebSession.Page nurse = WebSession.signedIn(port, "nurse.north").get("/oversight");
        assertThat(nurse.status()).isEqualTo(200);
        assertThat(nurse.body()).contains("North General Hospital Emergency Department");
        assertThat(WebSession.signedIn(port, "nurse.north").get("/oversight?agency=CSC-NORTH").body())
                .contains("North General Hospital Emergency Department");
        assertThat(WebSession.signedIn(port, "police.north").get("/oversight").status()).isEqualTo(403);
    }
}
