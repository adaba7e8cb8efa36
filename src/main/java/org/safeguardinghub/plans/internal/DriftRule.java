package org.safeguardinghub.plans.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.safeguardinghub.calendar.WorkingDayCalendar;

/**
 * {@code PLAN_DRIFT} for one plan (issue 15, item 4): "Robust managerial oversight is crucial to
 * ensure that action plans are regularly reviewed, effectiveness of interventions is clear and that
 * our work ... does not drift" (seeds 001, "What was the Learning?"); "regular review and management
 * oversight at all levels of need should identify triggers for escalation and combat drift" (seeds
 * 000, "06 Recommendations"). A plan drifts when any of these holds on {@code today}:
 * <ul>
 * <li>it is past its review date: the review was due on a day before today;</li>
 * <li>an open action is overdue by more than {@code overdueWorkingDays} working days (11 working
 *     days after its due date with the default 10);</li>
 * <li>an open action has had no progress update for {@code noProgressWorkingDays} working days
 *     (20 working days after its last update, or after it was added if it has none);</li>
 * <li>its actions were the same at its last two reviews while the latest found its outcomes not all
 *     met.</li>
 * </ul>
 * Returns each reason with the chronology entry that evidences it, and the next day on which the
 * plan could begin to drift for a reason it does not yet have, so a job looks at it again then and
 * not before. Plain Java.
 */
public final class DriftRule {

    public enum Kind { REVIEW_OVERDUE, ACTION_OVERDUE, NO_PROGRESS, UNCHANGED_ACROSS_REVIEWS }

    public record Settings(int overdueWorkingDays, int noProgressWorkingDays) {
    }

    /** An action of the plan: only open actions can drift. */
    public record ActionFacts(UUID actionId, UUID entryId, UUID ownerAgencyId, UUID ownerPractitionerId, LocalDate dueOn,
                              boolean open, LocalDate lastProgressOn) {
    }

    /** A review of the plan: what its actions were after it, and whether it found every outcome met. */
    public record ReviewFacts(UUID entryId, String actionsFingerprint, boolean outcomesMet) {
    }

    /**
     * What the rule reads of an open plan.
     *
     * @param reviewDueSetBy the chronology entry that set the review date (the plan made, or its latest review)
     * @param latestReviews  the plan's reviews, newest first (two are enough)
     */
    public record PlanFacts(UUID planId, UUID leadAgencyId, UUID leadPractitionerId, LocalDate reviewDue,
                            UUID reviewDueSetBy, List<ActionFacts> actions, List<ReviewFacts> latestReviews) {

        public PlanFacts {
            actions = List.copyOf(actions);
            latestReviews = List.copyOf(latestReviews);
        }
    }

    /**
     * One reason the plan drifts: its kind, what it is about (the plan or an action), since when, how
     * many (working) days, the entry that evidences it, and the agency and person it concerns.
     */
    public record Reason(Kind kind, UUID about, LocalDate since, long days, List<UUID> evidence, UUID agencyId,
                         UUID practitionerId) {

        public Reason {
            evidence = List.copyOf(evidence);
        }

        public String key() {
            return "plan.drift." + kind;
        }
    }

    public record Drift(UUID planId, List<Reason> reasons, Optional<LocalDate> nextCheckOn) {

        public Drift {
            reasons = List.copyOf(reasons);
        }

        public boolean drifting() {
            return !reasons.isEmpty();
        }
    }

    private DriftRule() {
    }

    public static Drift evaluate(PlanFacts plan, LocalDate today, WorkingDayCalendar calendar, Settings settings) {
        List<Reason> reasons = new ArrayList<>();
        List<LocalDate> nextChecks = new ArrayList<>();
        if (today.isAfter(plan.reviewDue())) {
            reasons.add(new Reason(Kind.REVIEW_OVERDUE, plan.planId(), plan.reviewDue(),
                    ChronoUnit.DAYS.between(plan.reviewDue(), today), List.of(plan.reviewDueSetBy()), plan.leadAgencyId(),
                    plan.leadPractitionerId()));
        } else {
            nextChecks.add(plan.reviewDue().plusDays(1));
        }
        for (ActionFacts action : plan.actions()) {
            if (action.open()) {
                overdue(action, today, calendar, settings.overdueWorkingDays(), reasons, nextChecks);
                stalled(action, today, calendar, settings.noProgressWorkingDays(), reasons, nextChecks);
            }
        }
        unchanged(plan).ifPresent(reasons::add);
        return new Drift(plan.planId(), reasons, nextChecks.stream().min(LocalDate::compareTo));
    }

    /** Overdue by more than {@code limit} working days: from the working day after the limit-th after the due date. */
    private static void overdue(ActionFacts action, LocalDate today, WorkingDayCalendar calendar, int limit,
                                List<Reason> reasons, List<LocalDate> nextChecks) {
        LocalDate from = nthWorkingDayAfter(calendar, action.dueOn(), limit + 1);
        if (today.isBefore(from)) {
            nextChecks.add(from);
            return;
        }
        reasons.add(new Reason(Kind.ACTION_OVERDUE, action.actionId(), action.dueOn(),
                calendar.workingDaysBetween(action.dueOn(), today), List.of(action.entryId()), action.ownerAgencyId(),
                action.ownerPractitionerId()));
    }

    /** No update for {@code limit} working days: from the limit-th working day after the last update. */
    private static void stalled(ActionFacts action, LocalDate today, WorkingDayCalendar calendar, int limit,
                                List<Reason> reasons, List<LocalDate> nextChecks) {
        LocalDate from = nthWorkingDayAfter(calendar, action.lastProgressOn(), limit);
        if (today.isBefore(from)) {
            nextChecks.add(from);
            return;
        }
        reasons.add(new Reason(Kind.NO_PROGRESS, action.actionId(), action.lastProgressOn(),
                calendar.workingDaysBetween(action.lastProgressOn(), today), List.of(action.entryId()),
                action.ownerAgencyId(), action.ownerPractitionerId()));
    }

    /** The same actions at the last two reviews while the outcomes are not all met. */
    private static Optional<Reason> unchanged(PlanFacts plan) {
        if (plan.latestReviews().size() < 2) {
            return Optional.empty();
        }
        ReviewFacts latest = plan.latestReviews().get(0);
        ReviewFacts before = plan.latestReviews().get(1);
        if (latest.outcomesMet() || !latest.actionsFingerprint().equals(before.actionsFingerprint())) {
            return Optional.empty();
        }
        return Optional.of(new Reason(Kind.UNCHANGED_ACROSS_REVIEWS, plan.planId(), null, 0,
                List.of(before.entryId(), latest.entryId()), plan.leadAgencyId(), plan.leadPractitionerId()));
    }

    /**
     * The first day on which {@code n} working days have passed since {@code from} (the n-th working
     * day after it, counting as {@link WorkingDayCalendar#workingDaysBetween} does).
     */
    static LocalDate nthWorkingDayAfter(WorkingDayCalendar calendar, LocalDate from, int n) {
        LocalDate day = from;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (calendar.isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }
}
