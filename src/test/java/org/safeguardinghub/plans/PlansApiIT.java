package org.safeguardinghub.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.shared.HubTime;
import org.safeguardinghub.support.Api;
import org.safeguardinghub.support.HubIntegrationTest;
import org.safeguardinghub.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The partner API of plans: reading the plans an agency is part of, and progress on the actions it owns (issue 15, item 8). */
@HubIntegrationTest
class PlansApiIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAgencyInThePlanReadsItAndRecordsProgressOnItsOwnActionsOnly() {
        PlanFixtures f = new PlanFixtures(port, jdbc);
        String child = f.child();
        WebSession sw = WebSession.signedIn(port, "sw.north");
        LocalDate today = LocalDate.now(HubTime.ZONE);
        UUID plan = f.make(sw, child, f.protectionPlan(today));
        UUID club = f.addAction(sw, child, plan, PlanFixtures.action("Breakfast club", f.practitioner("dsl.north"), today.plusDays(9)));
        UUID visit = f.addAction(sw, child, plan, PlanFixtures.action("Home visit", f.practitioner("sw.north"), today.plusDays(4)));

        Api school = new Api(port).as("SCHOOL-NORTH");
        Api.Response read = school.get("/api/v1/children/" + child + "/plans");
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        JsonNode first = read.json().get("plans").get(0);
        assertThat(first.get("type").stringValue()).isEqualTo("CHILD_PROTECTION_PLAN");
        assertThat(first.get("category").stringValue()).isEqualTo("NEGLECT");
        assertThat(first.get("lead").get("agency").stringValue()).isEqualTo("CSC-NORTH");
        assertThat(first.get("outcomes").get(0).get("childsView").stringValue()).isEqualTo("I want breakfast before school.");
        assertThat(first.get("actions")).hasSize(2);
        assertThat(first.get("actions").get(0).get("owner").get("agency").stringValue()).isEqualTo("SCHOOL-NORTH");
        Api.Response stranger = new Api(port).as("POLICE-SOUTH").get("/api/v1/children/" + child + "/plans");
        assertThat(stranger.status()).isEqualTo(404);
        assertThat(stranger.contentType()).startsWith("application/problem+json");

        String path = "/api/v1/children/" + child + "/plans/" + plan + "/actions/";
        Api.Response started = school.post(path + club + "/progress", "{\"note\": \"Started on Monday.\", \"status\": \"IN_PROGRESS\"}");
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        assertThat(started.json().get("status").stringValue()).isEqualTo("IN_PROGRESS");
        Api.Response notTheirs = school.post(path + visit + "/progress", "{\"note\": \"x\", \"status\": \"DONE\"}");
        assertThat(notTheirs.status()).isEqualTo(403);
        assertThat(notTheirs.contentType()).startsWith("application/problem+json");
        Api.Response bad = school.post(path + club + "/progress", "{\"note\": \"Done.\", \"status\": \"DONE\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("detail").stringValue()).contains("Say whether it worked");
        assertThat(school.post(path + club + "/progress", "{\"note\": \"Done.\", \"status\": \"FINISHED\"}").status()).isEqualTo(400);
        assertThat(school.post(path + club + "/progress",
                "{\"note\": \"Every day this term.\", \"status\": \"DONE\", \"effectiveness\": \"WORKED\"}").status()).isEqualTo(200);
        assertThat(school.post(path + club + "/progress", "{\"note\": \"Again.\", \"status\": \"IN_PROGRESS\"}").status())
                .isEqualTo(409);
        assertThat(f.count("select count(*) from plans.progress where action_id = ? and recorded_by_kind = 'API_CLIENT'", club))
                .isEqualTo(2);
        assertThat(WebSession.signedIn(port, "admin").get("/v3/api-docs").body())
                .contains("/api/v1/children/{childId}/plans").contains("/actions/{actionId}/progress");
    }
}
