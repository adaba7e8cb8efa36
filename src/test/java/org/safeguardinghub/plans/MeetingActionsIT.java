package org.safeguardinghub.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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

/**
 * Actions agreed at meetings land in the child's plans (issue 15, item 2), idempotently by meeting
 * and action; the meetings module is stood in for by publishing {@link MeetingFinalised} in a transaction.
 */
@HubIntegrationTest
class MeetingActionsIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void aConferencesActionsWaitForThePlanJoinItWhenItIsMadeAndFollowCorrectedMinutes() {
        PlanFixtures f = new PlanFixtures(port, jdbc);
        String child = f.child();
        ChildId id = new ChildId(UUID.fromString(child.substring(2)));
        LocalDate today = LocalDate.now(HubTime.ZONE);
        UUID meeting = UUID.randomUUID();
        MeetingFinalised.AgreedAction club = agreed("Breakfast club", f.practitioner("dsl.north"), f.agency("SCHOOL-NORTH"),
                today.plusDays(10));
        MeetingFinalised.AgreedAction health = agreed("Health assessment", f.practitioner("nurse.north"), f.agency("ED-NORTH"),
                today.plusDays(15));
        MeetingFinalised v1 = conference(meeting, 1, id, today, List.of(club, health));
        WithdrawalIT.finalise(transaction, events, v1);
        WithdrawalIT.finalise(transaction, events, v1);
        assertThat(f.count("select count(*) from plans.action where meeting_id = ? and plan_id is null", meeting)).isEqualTo(2);
        assertThat(f.count("select count(*) from chronology.event where child_id = ? and summary like ?", id.value(),
                "Action agreed at the initial child protection conference%")).isEqualTo(2);
        WebSession sw = WebSession.signedIn(port, "sw.north");
        assertThat(sw.get("/children/" + child + "?tab=plans").body()).contains("Actions from meetings waiting for a plan")
                .contains("Breakfast club");

        UUID plan = f.make(sw, child, f.protectionPlan(today));
        assertThat(f.count("select count(*) from plans.action where meeting_id = ? and plan_id = ?", meeting, plan)).isEqualTo(2);
        assertThat(f.count("select count(*) from plans.plan_agency where plan_id = ? and left_on is null", plan)).isEqualTo(3);
        assertThat(sw.get("/children/" + child + "/plans/" + plan).body()).contains("Health assessment")
                .contains("Not said yet: the plan needs this.");

        MeetingFinalised.AgreedAction later = new MeetingFinalised.AgreedAction(club.actionId(), club.what(), club.ownerPractitionerId(),
                club.ownerAgencyId(), today.plusDays(20), club.doneLooksLike());
        MeetingFinalised.AgreedAction visit = agreed("Home visit", f.practitioner("sw.north"), f.agency("CSC-NORTH"), today.plusDays(5));
        WithdrawalIT.finalise(transaction, events, conference(meeting, 2, id, today, List.of(later, visit)));
        WithdrawalIT.finalise(transaction, events, v1);
        assertThat(jdbc.sql("select due_on from plans.action where meeting_action_id = :a").param("a", club.actionId())
                .query(LocalDate.class).single()).isEqualTo(today.plusDays(20));
        assertThat(f.count("select count(*) from plans.action_version where action_id = (select id from plans.action "
                + "where meeting_action_id = ?)", club.actionId())).isEqualTo(3);
        assertThat(jdbc.sql("select status from plans.action where meeting_action_id = :a").param("a", health.actionId())
                .query(String.class).single()).isEqualTo("STOPPED");
        assertThat(f.count("select count(*) from plans.action where meeting_action_id = ? and plan_id = ?", visit.actionId(), plan))
                .isEqualTo(1);
    }

    @Test
    void aMeetingsActionsGoToThePlanItIsAboutOrTheChildProtectionPlanBeforeOthers() {
        PlanFixtures f = new PlanFixtures(port, jdbc);
        String child = f.child();
        ChildId id = new ChildId(UUID.fromString(child.substring(2)));
        LocalDate today = LocalDate.now(HubTime.ZONE);
        WebSession sw = WebSession.signedIn(port, "sw.north");
        java.util.Map<String, String> earlyHelp = f.protectionPlan(today);
        earlyHelp.put("type", "EARLY_HELP_PLAN");
        earlyHelp.remove("category");
        UUID helpPlan = f.make(sw, child, earlyHelp);
        UUID protection = f.make(sw, child, f.protectionPlan(today));
        MeetingFinalised.AgreedAction action = agreed("Safety plan for going out", f.practitioner("sw.north"),
                f.agency("CSC-NORTH"), today.plusDays(7));
        WithdrawalIT.finalise(transaction, events, new MeetingFinalised(UUID.randomUUID(), 1, id,
                MeetingType.MISSING_STRATEGY_MEETING, today, Set.of(), Set.of(), List.of(action), Instant.now()));
        assertThat(jdbc.sql("select plan_id from plans.action where meeting_action_id = :a").param("a", action.actionId())
                .query(UUID.class).single()).isEqualTo(protection).isNotEqualTo(helpPlan);
    }

    static MeetingFinalised.AgreedAction agreed(String what, UUID owner, UUID agency, LocalDate due) {
        return new MeetingFinalised.AgreedAction(UUID.randomUUID(), what, owner, agency, due, "Recorded on the plan.");
    }

    static MeetingFinalised conference(UUID meeting, int version, ChildId child, LocalDate held,
                                       List<MeetingFinalised.AgreedAction> actions) {
        return new MeetingFinalised(meeting, version, child, MeetingType.INITIAL_CHILD_PROTECTION_CONFERENCE, held, Set.of(),
                Set.of(), actions, Instant.now());
    }
}
