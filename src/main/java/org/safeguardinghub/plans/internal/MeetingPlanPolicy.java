package org.safeguardinghub.plans.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.safeguardinghub.meetings.MeetingType;
import org.safeguardinghub.plans.PlanType;

/**
 * How meetings meet plans (issue 15, items 2 and 5; ADR 0024). A finalised meeting counts as the
 * multi-agency review of the plans it reviews, for the agencies that attended: a multi-agency
 * review meeting reviews every plan; a review conference or core group the child protection plan; a
 * child in need review the child in need plan; a looked-after review the care plan; an exploitation
 * or missing strategy meeting the exploitation risk management or missing trigger plan. Strategy
 * discussions and initial conferences decide whether a plan is needed; they review none. A
 * meeting's agreed actions go to the child's open plan of the kind the meeting is about, the most
 * recently started if there are several; failing that to the open plan next in the meeting's list
 * (the child protection plan before others); with no open plan of any listed kind they wait, and
 * join the next plan made of a listed kind. Plain Java.
 */
public final class MeetingPlanPolicy {

    /** An open plan of the child, as placement needs it. */
    public record OpenPlan(UUID id, PlanType type, LocalDate startedOn) {
    }

    /** Where a meeting's actions go (empty: they wait for a plan), and why. */
    public record Placement(Optional<UUID> planId, String reasonKey) {
    }

    private static final List<PlanType> BY_LEVEL = List.of(PlanType.CHILD_PROTECTION_PLAN, PlanType.CARE_PLAN,
            PlanType.CHILD_IN_NEED_PLAN, PlanType.EXPLOITATION_RISK_MANAGEMENT_PLAN, PlanType.MISSING_TRIGGER_PLAN,
            PlanType.EARLY_HELP_PLAN);

    private MeetingPlanPolicy() {
    }

    /** The kinds of plan a meeting of this type reviews. */
    public static Set<PlanType> reviews(MeetingType meeting) {
        return switch (meeting) {
            case MULTI_AGENCY_REVIEW -> EnumSet.allOf(PlanType.class);
            case REVIEW_CHILD_PROTECTION_CONFERENCE, CORE_GROUP -> EnumSet.of(PlanType.CHILD_PROTECTION_PLAN);
            case CHILD_IN_NEED_REVIEW -> EnumSet.of(PlanType.CHILD_IN_NEED_PLAN);
            case LOOKED_AFTER_REVIEW -> EnumSet.of(PlanType.CARE_PLAN);
            case EXPLOITATION_STRATEGY_MEETING -> EnumSet.of(PlanType.EXPLOITATION_RISK_MANAGEMENT_PLAN);
            case MISSING_STRATEGY_MEETING -> EnumSet.of(PlanType.MISSING_TRIGGER_PLAN);
            case STRATEGY_DISCUSSION, STRATEGY_MEETING, INITIAL_CHILD_PROTECTION_CONFERENCE -> EnumSet.noneOf(PlanType.class);
        };
    }

    /** The kinds of plan that take a meeting's actions, the most fitting first. */
    public static List<PlanType> takesActionsOf(MeetingType meeting) {
        return switch (meeting) {
            case INITIAL_CHILD_PROTECTION_CONFERENCE, REVIEW_CHILD_PROTECTION_CONFERENCE, CORE_GROUP ->
                    List.of(PlanType.CHILD_PROTECTION_PLAN);
            case STRATEGY_DISCUSSION, STRATEGY_MEETING -> List.of(PlanType.CHILD_PROTECTION_PLAN, PlanType.CARE_PLAN,
                    PlanType.CHILD_IN_NEED_PLAN);
            case CHILD_IN_NEED_REVIEW -> List.of(PlanType.CHILD_IN_NEED_PLAN);
            case LOOKED_AFTER_REVIEW -> List.of(PlanType.CARE_PLAN);
            case EXPLOITATION_STRATEGY_MEETING -> List.of(PlanType.EXPLOITATION_RISK_MANAGEMENT_PLAN,
                    PlanType.CHILD_PROTECTION_PLAN, PlanType.CARE_PLAN, PlanType.CHILD_IN_NEED_PLAN);
            case MISSING_STRATEGY_MEETING -> List.of(PlanType.MISSING_TRIGGER_PLAN,
                    PlanType.EXPLOITATION_RISK_MANAGEMENT_PLAN, PlanType.CHILD_PROTECTION_PLAN, PlanType.CARE_PLAN,
                    PlanType.CHILD_IN_NEED_PLAN);
            case MULTI_AGENCY_REVIEW -> BY_LEVEL;
        };
    }

    public static Placement place(MeetingType meeting, List<OpenPlan> open) {
        for (PlanType type : takesActionsOf(meeting)) {
            Optional<OpenPlan> plan = open.stream().filter(p -> p.type() == type)
                    .max(Comparator.comparing(OpenPlan::startedOn));
            if (plan.isPresent()) {
                return new Placement(Optional.of(plan.get().id()), "plan.meetingActions.placed");
            }
        }
        return new Placement(Optional.empty(), "plan.meetingActions.waiting");
    }
}
