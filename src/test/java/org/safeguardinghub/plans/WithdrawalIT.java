package org.safeguardinghub.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.meetings.MeetingFinalised;
import org.safeguardinghub.meetings.MeetingType;
import org.safeguardinghub.shared.HubTime;
import org.safeguardinghub.support.HubIntegrationTest;
import org.safeguardinghub.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** No withdrawal without review: leaving or closing an open plan needs a multi-agency review (issue 15, item 5). */
@HubIntegrationTest
class WithdrawalIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    /** Finalises a meeting's minutes as the meetings module does: in a transaction. */
    static void finalise(TransactionTemplate transaction, ApplicationEventPublisher events, MeetingFinalised meeting) {
        transaction.executeWithoutResult(status -> events.publishEvent(meeting));
    }

    @Test
    void theSchoolCannotLeaveWithoutAReviewAndTheAttemptIsKeptAndAlertedUntilAReviewMeetingIsHeld() {
        PlanFixtures f = new PlanFixtures(port, jdbc);
        String child = f.child();
        WebSession sw = WebSession.signedIn(port, "sw.north");
        LocalDate today = LocalDate.now(HubTime.ZONE);
        UUID plan = f.make(sw, child, f.protectionPlan(today.minusDays(10)));
        f.addAction(sw, child, plan, PlanFixtures.action("Breakfast club", f.practitioner("dsl.north"), today.plusDays(20)));
        UUID school = f.agency("SCHOOL-NORTH");

        WebSession dsl = WebSession.signedIn(port, "dsl.north");
        assertThat(dsl.get("/children/" + child + "/plans/" + plan + "/leave").body())
                .contains("No multi-agency review in which the agency took part");
        WebSession.Page refused = dsl.post("/children/" + child + "/plans/" + plan + "/leave",
                Map.of("reason", "Ava is doing well in school now."));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("Refused: there has been no multi-agency review in which your agency took part");
        assertThat(f.count("select count(*) from plans.plan_agency where plan_id = ? and agency_id = ? and left_on is null",
                plan, school)).isEqualTo(1);
        assertThat(f.count("select count(*) from plans.withdrawal_attempt where plan_id = ?", plan)).isEqualTo(1);
        assertThat(f.alertStatus(child, "AGENCY_WITHDRAWAL_WITHOUT_REVIEW")).isEqualTo("OPEN");
        assertThat(f.count("select count(*) from chronology.event where child_id = ? and summary like ?",
                UUID.fromString(child.substring(2)), "SCHOOL-NORTH tried to leave the child protection plan%")).isEqualTo(1);

        finalise(transaction, events, new MeetingFinalised(UUID.randomUUID(), 1, new ChildId(UUID.fromString(child.substring(2))),
                MeetingType.CORE_GROUP, today, Set.of(school, f.agency("CSC-NORTH")), Set.of(school, f.agency("CSC-NORTH")),
                List.of(), Instant.now()));
        assertThat(f.alertStatus(child, "AGENCY_WITHDRAWAL_WITHOUT_REVIEW")).isEqualTo("WITHDRAWN");
        assertThat(dsl.get("/children/" + child + "/plans/" + plan + "/leave").body())
                .contains("A core group meeting on");
        assertThat(dsl.post("/children/" + child + "/plans/" + plan + "/leave",
                Map.of("reason", "Agreed at the core group.")).status()).isEqualTo(302);
        assertThat(f.count("select count(*) from plans.plan_agency where plan_id = ? and agency_id = ? and left_on is not null",
                plan, school)).isEqualTo(1);
    }

    @Test
    void aPlanClosesOnlyWhenEveryAgencyInItTookPartInAReview() {
        PlanFixtures f = new PlanFixtures(port, jdbc);
        String child = f.child();
        WebSession sw = WebSession.signedIn(port, "sw.north");
        LocalDate today = LocalDate.now(HubTime.ZONE);
        UUID plan = f.make(sw, child, f.protectionPlan(today.minusDays(10)));
        UUID club = f.addAction(sw, child, plan, PlanFixtures.action("Breakfast club", f.practitioner("dsl.north"),
                today.plusDays(20)));
        sw.get("/children/" + child + "/plans/" + plan + "/close");
        WebSession.Page refused = sw.post("/children/" + child + "/plans/" + plan + "/close", Map.of("reason", "Things are better."));
        assertThat(refused.body()).contains("Refused: not every agency in the plan took part in a multi-agency review");
        assertThat(f.alertStatus(child, "AGENCY_WITHDRAWAL_WITHOUT_REVIEW")).isEqualTo("OPEN");
        assertThat(f.count("select count(*) from plans.plan_end where plan_id = ?", plan)).isZero();

        UUID outcome = jdbc.sql("select id from plans.outcome where plan_id = :p").param("p", plan).query(UUID.class).single();
        Map<String, String> end = new java.util.LinkedHashMap<>(PlansIT.review(club, outcome, today, "DONE", "WORKED"));
        end.put("decision", "END");
        end.put("decisionNote", "Every agency agrees Ava no longer needs a plan.");
        sw.get("/children/" + child + "/plans/" + plan + "/reviews/new");
        assertThat(sw.post("/children/" + child + "/plans/" + plan + "/reviews", end).body())
                .contains("every agency in it must have taken part in the review");
        String consulted = "agenciesConsulted=" + f.agency("CSC-NORTH") + "&agenciesConsulted=" + f.agency("SCHOOL-NORTH");
        WebSession.Page ended = sw.postRaw("/children/" + child + "/plans/" + plan + "/reviews",
                WebSession.encode(end) + "&" + consulted + "&_csrf=" + csrf(sw, child, plan));
        assertThat(ended.status()).as(ended.body()).isEqualTo(302);
        assertThat(f.count("select count(*) from plans.plan_end where plan_id = ? and decision = 'END'", plan)).isEqualTo(1);
        assertThat(f.alertStatus(child, "AGENCY_WITHDRAWAL_WITHOUT_REVIEW")).isEqualTo("WITHDRAWN");
    }

    /** The CSRF token of the review form, for a form with a repeated field. */
    static String csrf(WebSession session, String child, UUID plan) {
        String body = session.get("/children/" + child + "/plans/" + plan + "/reviews/new").body();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(body);
        assertThat(m.find()).isTrue();
        return java.net.URLEncoder.encode(m.group(1), java.nio.charset.StandardCharsets.UTF_8);
    }
}
