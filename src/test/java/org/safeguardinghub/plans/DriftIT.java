package org.safeguardinghub.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.safeguardinghub.plans.internal.DriftJob;
import org.safeguardinghub.shared.HubTime;
import org.safeguardinghub.support.HubIntegrationTest;
import org.safeguardinghub.support.TestClock;
import org.safeguardinghub.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** PLAN_DRIFT raised by the deadline job and by changes, shown on the child's page and in the managers' view (issue 15, item 4). */
@HubIntegrationTest
class DriftIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DriftJob job;

    @Autowired
    Clock clock;

    @AfterEach
    void backToNow() {
        TestClock.reset();
    }

    @Test
    void anOverdueActionMakesThePlanDriftUntilItIsDoneAndTheJobSaysNothingTwice() {
        PlanFixtures f = new PlanFixtures(port, jdbc);
        String child = f.child();
        WebSession sw = WebSession.signedIn(port, "sw.north");
        LocalDate today = LocalDate.now(HubTime.ZONE);
        UUID plan = f.make(sw, child, f.protectionPlan(today));
        UUID club = f.addAction(sw, child, plan, PlanFixtures.action("Breakfast club every school day",
                f.practitioner("dsl.north"), today.plusDays(3)));
        job.run();
        assertThat(f.alertStatus(child, "PLAN_DRIFT")).isEqualTo("NONE");

        TestClock.advance(Duration.ofDays(30));
        job.run();
        assertThat(f.alertStatus(child, "PLAN_DRIFT")).isEqualTo("OPEN");
        long history = f.count("select count(*) from oversight.alert_history h join oversight.alert a on a.id = h.alert_id "
                + "where a.child_id = ? and a.code = 'PLAN_DRIFT'", UUID.fromString(child.substring(2)));
        // the job comes round again and finds the same: oversight is told nothing more
        jdbc.sql("update plans.drift_check set next_check_on = current_date - 40 where child_id = :c")
                .param("c", UUID.fromString(child.substring(2))).update();
        job.run();
        assertThat(f.count("select count(*) from oversight.alert_history h join oversight.alert a on a.id = h.alert_id "
                + "where a.child_id = ? and a.code = 'PLAN_DRIFT'", UUID.fromString(child.substring(2)))).isEqualTo(history);

        assertThat(sw.get("/children/" + child).body()).contains("Plan drifting").contains("Drifting");
        assertThat(sw.get("/children/" + child + "/plans/" + plan).body()).contains("This plan is drifting")
                .contains("&quot;Breakfast club every school day&quot; was due on");
        WebSession manager = WebSession.signedIn(port, "tm.north");
        assertThat(manager.get("/oversight").body()).contains("Drifting plans")
                .contains("/children/" + child + "?tab=plans");
        // the owner of the overdue action is told, by a link
        assertThat(WebSession.signedIn(port, "dsl.north").get("/inbox").body()).contains("New alert: Plan drifting");

        WebSession school = WebSession.signedIn(port, "dsl.north");
        school.get("/children/" + child + "/plans/" + plan);
        WebSession.Page done = school.post("/children/" + child + "/plans/" + plan + "/actions/" + club + "/progress",
                Map.of("note", "Ava has been at breakfast club every day.", "status", "DONE", "effectiveness", "WORKED"));
        assertThat(done.status()).isEqualTo(302);
        assertThat(f.alertStatus(child, "PLAN_DRIFT")).isEqualTo("WITHDRAWN");
    }

    @Test
    void aPlanPastItsReviewDateDriftsAtOnce() {
        PlanFixtures f = new PlanFixtures(port, jdbc);
        String child = f.child();
        WebSession sw = WebSession.signedIn(port, "sw.north");
        UUID plan = f.make(sw, child, f.protectionPlan(LocalDate.now(HubTime.ZONE).minusMonths(4)));
        assertThat(f.alertStatus(child, "PLAN_DRIFT")).isEqualTo("OPEN");
        assertThat(sw.get("/children/" + child + "/plans/" + plan).body()).contains("The review was due on");
    }

    @Test
    void actionsUnchangedAcrossTwoReviewsWhileOutcomesAreNotMetDrift() {
        PlanFixtures f = new PlanFixtures(port, jdbc);
        String child = f.child();
        WebSession sw = WebSession.signedIn(port, "sw.north");
        LocalDate today = LocalDate.now(HubTime.ZONE);
        UUID plan = f.make(sw, child, f.protectionPlan(today.minusDays(40)));
        UUID club = f.addAction(sw, child, plan, PlanFixtures.action("Breakfast club", f.practitioner("dsl.north"),
                today.plusDays(90)));
        UUID outcome = jdbc.sql("select id from plans.outcome where plan_id = :p").param("p", plan).query(UUID.class).single();
        sw.get("/children/" + child + "/plans/" + plan + "/reviews/new");
        assertThat(sw.post("/children/" + child + "/plans/" + plan + "/reviews",
                PlansIT.review(club, outcome, today.minusDays(10), "IN_PROGRESS", "")).status()).isEqualTo(302);
        assertThat(f.alertStatus(child, "PLAN_DRIFT")).isEqualTo("NONE");
        assertThat(sw.post("/children/" + child + "/plans/" + plan + "/reviews",
                PlansIT.review(club, outcome, today, "IN_PROGRESS", "")).status()).isEqualTo(302);
        assertThat(f.alertStatus(child, "PLAN_DRIFT")).isEqualTo("OPEN");
        assertThat(sw.get("/children/" + child + "/plans/" + plan).body())
                .contains("The actions were the same at the last two reviews and the outcomes are not yet met.");
    }

    /**
     * The job keeps a plan's reasons and a child's state only when they change: looking again on the
     * same day writes nothing but the next day to look; days later the reasons (how long overdue)
     * have changed and are written; and a plan that stops drifting has its alert withdrawn.
     */
    @Test
    void theJobWritesWhatItFoundOnlyWhenItChanged() {
        PlanFixtures f = new PlanFixtures(port, jdbc);
        String child = f.child();
        UUID childId = UUID.fromString(child.substring(2));
        WebSession sw = WebSession.signedIn(port, "sw.north");
        LocalDate today = LocalDate.now(HubTime.ZONE);
        UUID plan = f.make(sw, child, f.protectionPlan(today));
        UUID club = f.addAction(sw, child, plan, PlanFixtures.action("Breakfast club", f.practitioner("dsl.north"),
                today.plusDays(3)));
        TestClock.advance(Duration.ofDays(30));
        job.run();
        assertThat(f.alertStatus(child, "PLAN_DRIFT")).isEqualTo("OPEN");
        Map<String, Object> kept = planDrift(plan);
        assertThat(kept.get("drifting")).isEqualTo(true);

        TestClock.advance(Duration.ofSeconds(1));
        lookAgain(childId);
        assertThat(planDrift(plan)).isEqualTo(kept);
        assertThat(jdbc.sql("select next_check_on > current_date - 40 from plans.drift_check where child_id = :c")
                .param("c", childId).query(Boolean.class).single()).isTrue();

        TestClock.advance(Duration.ofDays(7));
        lookAgain(childId);
        Map<String, Object> later = planDrift(plan);
        assertThat(later.get("reasons")).isNotEqualTo(kept.get("reasons"));
        assertThat(later.get("checked_at")).isNotEqualTo(kept.get("checked_at"));

        // the action is put right behind the pages' back (as a correction would): the job withdraws the alert
        jdbc.sql("update plans.action set due_on = :due, last_progress_on = :today where id = :a")
                .param("due", LocalDate.now(clock).plusDays(30)).param("today", LocalDate.now(clock))
                .param("a", club).update();
        jdbc.sql("update plans.plan set first_review_due = :due where id = :p")
                .param("due", LocalDate.now(clock).plusDays(30)).param("p", plan).update();
        lookAgain(childId);
        assertThat(planDrift(plan).get("drifting")).isEqualTo(false);
        assertThat(f.alertStatus(child, "PLAN_DRIFT")).isEqualTo("WITHDRAWN");
    }

    private void lookAgain(UUID child) {
        jdbc.sql("update plans.drift_check set next_check_on = current_date - 40 where child_id = :c").param("c", child).update();
        job.run();
    }

    private Map<String, Object> planDrift(UUID plan) {
        return jdbc.sql("select drifting, reasons::text as reasons, checked_at from plans.plan_drift where plan_id = :p")
                .param("p", plan).query().singleRow();
    }
}
