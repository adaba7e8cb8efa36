package org.safeguardinghub.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.shared.HubTime;
import org.safeguardinghub.support.HubIntegrationTest;
import org.safeguardinghub.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Making plans, SMART actions, progress and reviews against the real database (issue 15, items 1–3 and 7). */
@HubIntegrationTest
class PlansIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    PlanFixtures fixtures() {
        return new PlanFixtures(port, jdbc);
    }

    @Test
    void aSocialWorkerMakesAProtectionPlanWithSmartActionsAndEveryoneInItReadsIt() {
        PlanFixtures f = fixtures();
        String child = f.child();
        WebSession sw = WebSession.signedIn(port, "sw.north");
        LocalDate today = LocalDate.now(HubTime.ZONE);
        UUID plan = f.make(sw, child, f.protectionPlan(today));
        f.addAction(sw, child, plan, PlanFixtures.action("Breakfast club every school day", f.practitioner("dsl.north"),
                today.plusDays(14)));
        f.addAction(sw, child, plan, PlanFixtures.action("Health assessment of weight and growth", f.practitioner("nurse.north"),
                today.plusDays(21)));
        f.addAction(sw, child, plan, PlanFixtures.action("Weekly home visit with a food parcel", f.practitioner("sw.north"),
                today.plusDays(7)));

        WebSession.Page page = sw.get("/children/" + child + "/plans/" + plan);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Child protection plan (neglect)").contains("Ava has enough to eat every day.")
                .contains("I want breakfast before school.").contains("Breakfast club every school day")
                .contains("Tom Fairweather (SCHOOL-NORTH)").contains("Ruth Adeyemi (ED-NORTH)")
                .contains("The first review conference is within 3 months of the initial conference.");
        assertThat(jdbc.sql("select first_review_due from plans.plan where id = :p").param("p", plan)
                .query(LocalDate.class).single()).isEqualTo(today.plusMonths(3));
        // every action's owner's agency joined the plan
        assertThat(f.count("select count(*) from plans.plan_agency where plan_id = ? and left_on is null", plan)).isEqualTo(3);
        // the school sees the plan it is part of; the child's page lists it and what is due
        WebSession school = WebSession.signedIn(port, "dsl.north");
        assertThat(school.get("/children/" + child + "/plans/" + plan).body()).contains("Breakfast club every school day");
        assertThat(sw.get("/children/" + child + "?tab=plans").body()).contains("Child protection plan (neglect)")
                .contains("Plan action: Weekly home visit with a food parcel");
        assertThat(jdbc.sql("select summary from chronology.event where child_id = :c and type = 'NOTE' order by recorded_at")
                .param("c", UUID.fromString(child.substring(2))).query(String.class).list())
                .anyMatch(s -> s.startsWith("A child protection plan (neglect) started on"))
                .anyMatch(s -> s.startsWith("Action added to the child protection plan (neglect): Breakfast club"));
        assertThat(sw.get("/children/" + child + "/plans/" + plan + ".pdf").status()).isEqualTo(200);
    }

    @Test
    void anActionWithoutOwnerOrDateAndAPlanWithoutItsCategoryAreRefusedAndNothingIsStored() {
        PlanFixtures f = fixtures();
        String child = f.child();
        WebSession sw = WebSession.signedIn(port, "sw.north");
        LocalDate today = LocalDate.now(HubTime.ZONE);
        Map<String, String> noCategory = f.protectionPlan(today);
        noCategory.remove("category");
        sw.get("/children/" + child + "/plans/new");
        WebSession.Page refused = sw.post("/children/" + child + "/plans", noCategory);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("There is a problem").contains("Choose the category of the child protection plan");
        assertThat(f.count("select count(*) from plans.plan where child_id = ?", UUID.fromString(child.substring(2))))
                .isZero();

        UUID plan = f.make(sw, child, f.protectionPlan(today));
        long actions = f.count("select count(*) from plans.action where plan_id = ?", plan);
        long entries = f.count("select count(*) from chronology.event where child_id = ?", UUID.fromString(child.substring(2)));
        sw.get("/children/" + child + "/plans/" + plan + "/actions/new");
        WebSession.Page bad = sw.post("/children/" + child + "/plans/" + plan + "/actions",
                PlanFixtures.action("Breakfast club", null, null));
        assertThat(bad.status()).isEqualTo(200);
        assertThat(bad.body()).contains("Choose who will do it").contains("Enter the date it must be done by");
        WebSession.Page early = sw.post("/children/" + child + "/plans/" + plan + "/actions",
                PlanFixtures.action("Breakfast club", f.practitioner("dsl.north"), today.minusDays(1)));
        assertThat(early.body()).contains("The date cannot be before the plan started");
        WebSession.Page outsider = sw.post("/children/" + child + "/plans/" + plan + "/actions",
                PlanFixtures.action("Breakfast club", f.practitioner("police.south"), today.plusDays(3)));
        assertThat(outsider.body()).contains("must be someone in the child&#39;s professional network");
        assertThat(f.count("select count(*) from plans.action where plan_id = ?", plan)).isEqualTo(actions);
        assertThat(f.count("select count(*) from chronology.event where child_id = ?", UUID.fromString(child.substring(2))))
                .isEqualTo(entries);
    }

    @Test
    void aReviewBeforeThePlanStartedIsRefusedAndAReviewRecordsProgressEffectivenessAndAVersion() {
        PlanFixtures f = fixtures();
        String child = f.child();
        WebSession sw = WebSession.signedIn(port, "sw.north");
        LocalDate started = LocalDate.now(HubTime.ZONE).minusDays(30);
        UUID plan = f.make(sw, child, f.protectionPlan(started));
        UUID club = f.addAction(sw, child, plan, PlanFixtures.action("Breakfast club", f.practitioner("dsl.north"),
                started.plusDays(60)));
        UUID outcome = jdbc.sql("select id from plans.outcome where plan_id = :p").param("p", plan).query(UUID.class).single();
        Map<String, String> review = review(club, outcome, started.minusDays(1), "DONE", "NOT_WORKED");
        sw.get("/children/" + child + "/plans/" + plan + "/reviews/new");
        WebSession.Page early = sw.post("/children/" + child + "/plans/" + plan + "/reviews", review);
        assertThat(early.status()).isEqualTo(200);
        assertThat(early.body()).contains("A review cannot be held before the plan started");
        assertThat(f.count("select count(*) from plans.review where plan_id = ?", plan)).isZero();
        assertThat(f.count("select count(*) from plans.progress where action_id = ?", club)).isZero();

        Map<String, String> done = review(club, outcome, LocalDate.now(HubTime.ZONE), "DONE", "");
        assertThat(sw.post("/children/" + child + "/plans/" + plan + "/reviews", done).body())
                .contains("Say whether it worked, judged against how we said we would know");
        WebSession.Page recorded = sw.post("/children/" + child + "/plans/" + plan + "/reviews",
                review(club, outcome, LocalDate.now(HubTime.ZONE), "DONE", "NOT_WORKED"));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(302);
        assertThat(jdbc.sql("select status || ' ' || effectiveness from plans.action where id = :a").param("a", club)
                .query(String.class).single()).isEqualTo("DONE NOT_WORKED");
        assertThat(sw.get("/children/" + child + "/plans/" + plan).body()).contains("<span>Done</span><span>: It did not work</span>")
                .contains("Review 1 on");
        assertThat(sw.get("/children/" + child + "/plans/" + plan + "/history").body()).contains("Version 2")
                .contains("New action: Breakfast club (Tom Fairweather").contains("What changed since Review 1");
    }

    static Map<String, String> review(UUID action, UUID outcome, LocalDate held, String status, String worked) {
        Map<String, String> form = new java.util.LinkedHashMap<>();
        form.put("heldOnDay", "" + held.getDayOfMonth());
        form.put("heldOnMonth", "" + held.getMonthValue());
        form.put("heldOnYear", "" + held.getYear());
        form.put("action-" + action + "-status", status);
        form.put("action-" + action + "-note", "Went most days; still hungry by the afternoon.");
        form.put("action-" + action + "-effectiveness", worked);
        form.put("outcome-" + outcome + "-status", "NOT_MET");
        form.put("whatChanged", "Breakfast club took place; food at home is still short.");
        form.put("childsView", "Ava likes the club but is hungry at home.");
        form.put("familyView", "Mum says money ran out again.");
        form.put("decision", "CONTINUE");
        return form;
    }
}
