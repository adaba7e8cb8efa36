package org.safeguardinghub.meetings.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguardinghub.meetings.TestMeetings.CSC_NORTH;
import static org.safeguardinghub.meetings.TestMeetings.GP_NORTH;
import static org.safeguardinghub.meetings.TestMeetings.POLICE_NORTH;
import static org.safeguardinghub.meetings.TestMeetings.SCHOOL_NORTH;
import static org.safeguardinghub.meetings.TestMeetings.practitioner;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.access.Practitioner;
import org.safeguardinghub.access.Role;
import org.safeguardinghub.meetings.Decision;
import org.safeguardinghub.meetings.Meeting;
import org.safeguardinghub.meetings.MeetingType;
import org.safeguardinghub.meetings.Minutes;
import org.safeguardinghub.meetings.MinutesInput;
import org.safeguardinghub.meetings.Problem;
import org.safeguardinghub.meetings.TestMeetings;
import org.safeguardinghub.shared.DateInput;

/** What minutes are refused for (nothing is stored) and what the chair is warned of before finalising. */
class MinutesRuleTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    static final LocalDate BORN = LocalDate.of(2012, 5, 5);
    static final Practitioner SW = practitioner("sw", CSC_NORTH, Role.SOCIAL_WORKER);
    static final Practitioner POLICE = practitioner("police", POLICE_NORTH, Role.PRACTITIONER);
    static final Practitioner GP = practitioner("gp", GP_NORTH, Role.PRACTITIONER);
    static final Practitioner TEACHER = practitioner("teacher", SCHOOL_NORTH, Role.PRACTITIONER);
    static final Meeting MEETING = TestMeetings.meeting(MeetingType.STRATEGY_MEETING, TODAY, SW, POLICE, GP, TEACHER);

    static MinutesRule.Checked check(MinutesInput input, boolean finalising) {
        return MinutesRule.check(input, new MinutesRule.Context(MEETING, BORN, TODAY, finalising, false,
                RequiredAgencies.of(MeetingType.STRATEGY_MEETING, BORN, TODAY)));
    }

    /** Everyone attended, the child's views and one complete action: nothing to refuse or warn of. */
    static Builder complete() {
        Builder b = new Builder();
        MEETING.invitations().forEach(i -> b.attendance.put(i.id(), "ATTENDED"));
        b.actions.add(new MinutesInput.ActionRow("", "Share the intelligence", POLICE.id().toString(),
                DateInput.of(TODAY.plusDays(5)), "An update to the social worker"));
        return b;
    }

    @Test
    void completeMinutesAreValidWithNoWarnings() {
        MinutesRule.Checked checked = check(complete().input(), true);
        assertThat(checked.errors()).isEmpty();
        assertThat(checked.warnings()).isEmpty();
        assertThat(checked.content().actions()).singleElement().satisfies(a -> {
            assertThat(a.ownerId()).isEqualTo(POLICE.id());
            assertThat(a.ownerAgencyId()).isEqualTo(POLICE_NORTH.id());
        });
    }

    @Test
    void anActionWithoutAnOwnerOrADateIsRefusedWhateverTheIntent() {
        for (boolean finalising : new boolean[] {true, false}) {
            Builder b = complete();
            b.actions.add(new MinutesInput.ActionRow("", "Visit the home", "", DateInput.of(null), null));
            b.actions.add(new MinutesInput.ActionRow("", "Ask the GP", UUID.randomUUID().toString(),
                    DateInput.of(TODAY.minusDays(1)), null));
            Map<String, Problem> errors = check(b.input(), finalising).errors();
            assertThat(errors).containsKeys("actionOwner-1", "actionDue-1", "actionOwner-2", "actionDue-2");
            assertThat(errors.get("actionOwner-1")).isEqualTo(Problem.of("minutes.error.actionOwner", 2));
            assertThat(errors.get("actionDue-2")).isEqualTo(Problem.of("minutes.error.actionDueBeforeMeeting", 3));
        }
    }

    @Test
    void aMeetingHeldBeforeTheChildWasBornOrInTheFutureIsRefused() {
        Builder before = complete();
        before.heldOn = DateInput.of(BORN.minusDays(1));
        assertThat(check(before.input(), false).errors()).containsEntry("heldOn", Problem.of("meeting.error.beforeBirth"));
        Builder future = complete();
        future.heldOn = DateInput.of(TODAY.plusDays(1));
        assertThat(check(future.input(), false).errors()).containsEntry("heldOn", Problem.of("minutes.error.heldInFuture"));
        Builder onBirthday = complete();
        onBirthday.heldOn = DateInput.of(BORN);
        assertThat(check(onBirthday.input(), false).errors()).doesNotContainKey("heldOn");
    }

    @Test
    void aDecisionWithNoChairIsRefusedAndFinalMinutesNeedAChair() {
        Builder decision = complete();
        decision.chair = " ";
        decision.decisions.add(new MinutesInput.DecisionRow("S47_ENQUIRY", null, "Enquiries start"));
        assertThat(check(decision.input(), false).errors())
                .containsEntry("chair", Problem.of("minutes.error.chairForDecision"));
        Builder noDecision = complete();
        noDecision.chair = null;
        assertThat(check(noDecision.input(), false).errors()).doesNotContainKey("chair");
        assertThat(check(noDecision.input(), true).errors()).containsEntry("chair", Problem.of("minutes.error.chair"));
    }

    @Test
    void aChildProtectionPlanNeedsItsCategory() {
        Builder b = complete();
        b.decisions.add(new MinutesInput.DecisionRow("CHILD_PROTECTION_PLAN", "", null));
        b.decisions.add(new MinutesInput.DecisionRow("LEGAL_ADVICE", "NEGLECT", "Legal planning meeting"));
        MinutesRule.Checked checked = check(b.input(), false);
        assertThat(checked.errors()).containsOnlyKeys("decisionCategory-0");
        assertThat(checked.content().decisions().get(1)).isEqualTo(new Decision(Decision.Kind.LEGAL_ADVICE, null,
                "Legal planning meeting"));
    }

    @Test
    void finalMinutesNeedEveryonesAttendanceAndDraftsDoNot() {
        Builder b = complete();
        b.attendance.remove(MEETING.invitations().get(2).id());
        assertThat(check(b.input(), true).errors()).containsOnlyKeys("attendance-" + MEETING.invitations().get(2).id());
        assertThat(check(b.input(), false).errors()).isEmpty();
    }

    @Test
    void theChairIsWarnedOfAnAbsentRequiredAgencyTheMissingVoiceAndActionsWithoutAnEnd() {
        Builder b = complete();
        b.attendance.put(MEETING.invitations().get(2).id(), "APOLOGIES");
        b.childViews = "";
        b.actions.add(new MinutesInput.ActionRow("", "Check school attendance", TEACHER.id().toString(),
                DateInput.of(TODAY.plusDays(7)), ""));
        MinutesRule.Checked checked = check(b.input(), true);
        assertThat(checked.errors()).isEmpty();
        assertThat(checked.warnings()).containsExactly(Problem.of("minutes.warning.absent.HEALTH"),
                Problem.of("minutes.warning.childVoice"), Problem.of("minutes.warning.doneLooksLike", 2));
        assertThat(check(b.input(), false).warnings()).isEmpty();
    }

    @Test
    void aStrategyMeetingWithoutActionsIsWarnedOf() {
        Builder b = complete();
        b.actions.clear();
        assertThat(check(b.input(), true).warnings()).containsExactly(Problem.of("minutes.warning.noActions"));
    }

    @Test
    void anActionKeepsItsIdFromRevisionToRevision() {
        UUID id = UUID.randomUUID();
        Builder b = complete();
        b.actions.set(0, new MinutesInput.ActionRow(id.toString(), "Share the intelligence", POLICE.id().toString(),
                DateInput.of(TODAY.plusDays(5)), "Done"));
        b.actions.add(new MinutesInput.ActionRow(id.toString(), "A copy with the same id", POLICE.id().toString(),
                DateInput.of(TODAY.plusDays(5)), "Done"));
        List<Minutes.Action> actions = check(b.input(), false).content().actions();
        assertThat(actions.get(0).id()).isEqualTo(id);
        assertThat(actions.get(1).id()).isNotEqualTo(id);
    }

    @Test
    void aCorrectionNeedsItsReason() {
        MinutesRule.Checked checked = MinutesRule.check(complete().input(), new MinutesRule.Context(MEETING, BORN, TODAY,
                true, true, List.of()));
        assertThat(checked.errors()).containsOnlyKeys("correctionReason");
    }

    /** Minutes as typed, changed field by field. */
    static final class Builder {
        DateInput heldOn = DateInput.of(TODAY);
        String chair = "Chair";
        final Map<UUID, String> attendance = new HashMap<>();
        String childViews = "She wants to stay.";
        final List<MinutesInput.DecisionRow> decisions = new ArrayList<>();
        final List<MinutesInput.ActionRow> actions = new ArrayList<>();

        MinutesInput input() {
            return new MinutesInput(heldOn, chair, attendance, "ATTENDED", childViews, null, Map.of(), Map.of(), null,
                    decisions, actions, List.of("A recommendation"), null);
        }
    }
}
