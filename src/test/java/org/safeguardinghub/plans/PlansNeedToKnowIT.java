package org.safeguardinghub.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.shared.HubTime;
import org.safeguardinghub.support.Api;
import org.safeguardinghub.support.HubIntegrationTest;
import org.safeguardinghub.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Need-to-know on every plan page and the plans API (ADR 0022; the access matrix names this test
 * for the endpoints that need a plan's id): a person or a partner system with no relationship with
 * the child is told "not found", never "forbidden", and learns nothing of the plan; one that works
 * with the child opens the same pages.
 */
@HubIntegrationTest
class PlansNeedToKnowIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    static List<String> pages(String child, UUID plan) {
        String p = "/children/" + child + "/plans/" + plan;
        return List.of(p, p + ".pdf", p + "/history", p + "/reviews/new", p + "/actions/new", p + "/leave", p + "/close",
                "/children/" + child + "/plans/new", "/children/" + child + "/oversight/new");
    }

    @Test
    void withoutARelationshipEveryPlanPageAndTheApiAreNotFound() {
        PlanFixtures f = new PlanFixtures(port, jdbc);
        String child = f.child();
        WebSession sw = WebSession.signedIn(port, "sw.north");
        UUID plan = f.make(sw, child, f.protectionPlan(LocalDate.now(HubTime.ZONE).minusDays(5)));
        f.addAction(sw, child, plan, PlanFixtures.action("Breakfast club", f.practitioner("dsl.north"),
                LocalDate.now(HubTime.ZONE).plusDays(20)));

        for (String stranger : List.of("sw.south", "gp.north")) {
            WebSession session = WebSession.signedIn(port, stranger);
            for (String page : pages(child, plan)) {
                WebSession.Page answer = session.get(page);
                assertThat(answer.status()).as(stranger + " " + page).isEqualTo(404);
                assertThat(answer.body()).as(stranger + " " + page).doesNotContain("Breakfast club")
                        .doesNotContain("hungry");
            }
        }
        for (String page : pages(child, plan)) {
            assertThat(sw.get(page).status()).as("sw.north " + page).isEqualTo(200);
        }
        for (String system : List.of("POLICE-NORTH", "POLICE-SOUTH")) {
            Api.Response answer = new Api(port).as(system).get("/api/v1/children/" + child + "/plans");
            assertThat(answer.status()).as(system).isEqualTo(404);
            assertThat(answer.body()).as(system).doesNotContain("Breakfast club");
        }
        assertThat(new Api(port).as("SCHOOL-NORTH").get("/api/v1/children/" + child + "/plans").status()).isEqualTo(200);
    }
}
