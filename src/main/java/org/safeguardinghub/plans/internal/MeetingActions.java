package org.safeguardinghub.plans.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.access.AuditLog;
import org.safeguardinghub.access.Practitioner;
import org.safeguardinghub.access.Practitioners;
import org.safeguardinghub.chronology.ChronologyEntries;
import org.safeguardinghub.chronology.Significance;
import org.safeguardinghub.meetings.MeetingFinalised;
import org.safeguardinghub.plans.ActionStatus;
import org.safeguardinghub.plans.Plan;
import org.safeguardinghub.plans.PlanAction;
import org.safeguardinghub.shared.Ids;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What a finalised meeting means for plans, in the transaction that finalises it: its minutes are
 * kept as a review meeting (for the agencies that attended), and its agreed actions become actions
 * of the plan {@link MeetingPlanPolicy} chooses, or wait for one. Idempotent by meeting and action:
 * a version of the minutes already seen (or an older one) changes nothing; a later version corrects
 * the actions it repeats (as new versions), adds those it adds, and stops those it no longer has.
 */
@Component
public class MeetingActions {

    static final ChronologyEntries.Author SYSTEM = ChronologyEntries.Author.system("plans");

    private final PlanActionStore actions;
    private final PlanStore plans;
    private final ReviewStore reviews;
    private final PlanEntries entries;
    private final Practitioners practitioners;
    private final ChangeFollowUp followUp;
    private final AuditLog auditLog;
    private final Clock clock;

    MeetingActions(PlanActionStore actions, PlanStore plans, ReviewStore reviews, PlanEntries entries, Practitioners practitioners,
                   ChangeFollowUp followUp, AuditLog auditLog, Clock clock) {
        this.actions = actions;
        this.plans = plans;
        this.reviews = reviews;
        this.entries = entries;
        this.practitioners = practitioners;
        this.followUp = followUp;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @EventListener
    public void on(MeetingFinalised meeting) {
        if (meeting.version() <= reviews.latestMeetingVersion(meeting.meetingId())) {
            return;
        }
        reviews.meetingFinalised(meeting, clock.instant());
        List<MeetingPlanPolicy.OpenPlan> open = plans.ofChild(meeting.child()).stream().filter(Plan::open)
                .map(p -> new MeetingPlanPolicy.OpenPlan(p.id(), p.type(), p.startedOn())).toList();
        MeetingPlanPolicy.Placement placement = MeetingPlanPolicy.place(meeting.type(), open);
        for (MeetingFinalised.AgreedAction agreed : meeting.actions()) {
            actions.fromMeeting(agreed.actionId()).ifPresentOrElse(a -> correct(a, agreed, meeting),
                    () -> add(agreed, meeting, placement.planId().orElse(null)));
        }
        Set<UUID> kept = meeting.actions().stream().map(MeetingFinalised.AgreedAction::actionId).collect(Collectors.toSet());
        actions.ofMeeting(meeting.meetingId()).stream().filter(a -> a.open() && !kept.contains(a.meetingActionId()))
                .forEach(a -> actions.progressed(a.progress(SYSTEM.name(), a.ownerAgencyId(), false,
                        entries.text("plan.meetingActions.removed", meeting.version()), ActionStatus.STOPPED, null,
                        LocalDate.now(clock), null), clock.instant()));
        auditLog.recordSystemAbout(SYSTEM.name(), AuditAction.CHANGE_PLAN, meeting.child().value(), "meeting "
                + meeting.meetingId() + " version " + meeting.version() + ": " + meeting.actions().size() + " actions");
        followUp.changed(meeting.child());
    }

    private void add(MeetingFinalised.AgreedAction agreed, MeetingFinalised meeting, UUID plan) {
        LocalDate agreedOn = meeting.heldOn().isAfter(LocalDate.now(clock)) ? LocalDate.now(clock) : meeting.heldOn();
        Optional<Practitioner> owner = practitioners.byId(agreed.ownerPractitionerId());
        String where = plan == null ? entries.text("plan.meetingActions.waitingShort")
                : plans.byId(plan).map(p -> entries.planName(p.type(), p.category())).orElseThrow();
        UUID entry = entries.record(meeting.child(), agreed.ownerAgencyId(), SYSTEM, agreedOn, Significance.ROUTINE,
                "plan.entry.meetingAction", entries.text("plan.meetingType." + meeting.type()), entries.date(meeting.heldOn()),
                agreed.what(), owner.map(Practitioner::displayName).orElse("?"), entries.agencyCode(agreed.ownerAgencyId()),
                entries.date(agreed.due()), where);
        actions.insert(new PlanAction(Ids.newId(), meeting.child(), plan, null, 1, agreed.what(), agreed.ownerPractitionerId(),
                agreed.ownerAgencyId(), agreed.due(), agreed.doneLooksLike(), null, ActionStatus.NOT_STARTED, null, null,
                agreedOn, PlanAction.Source.MEETING, meeting.meetingId(), meeting.type(), agreed.actionId(), meeting.version(),
                entry, SYSTEM.name(), clock.instant()));
        if (plan != null) {
            plans.join(plan, agreed.ownerAgencyId(), agreedOn, SYSTEM.name(), clock.instant());
        }
    }

    private void correct(PlanAction action, MeetingFinalised.AgreedAction agreed, MeetingFinalised meeting) {
        boolean same = Objects.equals(action.what(), agreed.what())
                && Objects.equals(action.ownerPractitionerId(), agreed.ownerPractitionerId())
                && Objects.equals(action.dueOn(), agreed.due()) && Objects.equals(action.doneLooksLike(), agreed.doneLooksLike());
        if (!same) {
            actions.changed(action.correct(agreed.what(), agreed.ownerPractitionerId(), agreed.ownerAgencyId(), agreed.due(),
                    agreed.doneLooksLike(), SYSTEM.name(), entries.text("plan.meetingActions.corrected", meeting.version())),
                    clock.instant(), meeting.version());
        }
    }

    /** Places the child's waiting actions of meetings whose actions plans of this kind take, in this new plan. */
    public void placeWaiting(UUID planId, String by) {
        Plan plan = plans.byId(planId).orElseThrow();
        for (PlanAction waiting : actions.waiting(plan.child())) {
            if (waiting.meetingType() != null && MeetingPlanPolicy.takesActionsOf(waiting.meetingType()).contains(plan.type())) {
                actions.changed(waiting.placeIn(planId, by, entries.text("plan.meetingActions.placedReason")), clock.instant(),
                        null);
                plans.join(planId, waiting.ownerAgencyId(), plan.startedOn(), by, clock.instant());
            }
        }
    }
}
