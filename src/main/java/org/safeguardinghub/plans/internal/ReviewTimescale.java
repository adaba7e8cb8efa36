package org.safeguardinghub.plans.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.safeguardinghub.calendar.WorkingDayCalendar;
import org.safeguardinghub.plans.PlanType;

/**
 * When a plan is reviewed (issue 15, item 1: "review dates from the statutory timescales";
 * DESIGN.md, "Statutory timescales"). A child protection plan: the first review conference within
 * 3 months of the initial conference (the plan's start), then at most every 6 months. A care plan:
 * within 20 working days of becoming looked after, then within 3 months, then every 6 months. Other
 * plans have no statutory timescale; their intervals are local settings. Each date comes with its
 * reason (a message key and arguments) so the page can say why it is then. Plain Java.
 */
public record ReviewTimescale(Period earlyHelp, Period childInNeed, Period riskPlan) {

    static final Period CP_FIRST = Period.ofMonths(3);
    static final Period CP_THEN = Period.ofMonths(6);
    static final int CARE_FIRST_WORKING_DAYS = 20;
    static final Period CARE_SECOND = Period.ofMonths(3);
    static final Period CARE_THEN = Period.ofMonths(6);

    /** A review date and why it is then. */
    public record Due(LocalDate on, String reasonKey, List<Object> args) {

        public Due {
            args = List.copyOf(args);
        }
    }

    /** The first review after a plan starts on {@code startedOn}. */
    public Due first(PlanType type, LocalDate startedOn, WorkingDayCalendar calendar) {
        return switch (type) {
            case CHILD_PROTECTION_PLAN -> new Due(startedOn.plus(CP_FIRST), "plan.review.reason.cpFirst", List.of());
            case CARE_PLAN -> new Due(calendar.plusWorkingDays(startedOn, CARE_FIRST_WORKING_DAYS),
                    "plan.review.reason.careFirst", List.of(CARE_FIRST_WORKING_DAYS));
            default -> local(type, startedOn);
        };
    }

    /** The latest the next review may be, after the {@code number}-th review (1 for the first) held on {@code heldOn}. */
    public Due after(PlanType type, int number, LocalDate heldOn) {
        return switch (type) {
            case CHILD_PROTECTION_PLAN -> new Due(heldOn.plus(CP_THEN), "plan.review.reason.cpThen", List.of());
            case CARE_PLAN -> number == 1
                    ? new Due(heldOn.plus(CARE_SECOND), "plan.review.reason.careSecond", List.of())
                    : new Due(heldOn.plus(CARE_THEN), "plan.review.reason.careThen", List.of());
            default -> local(type, heldOn);
        };
    }

    private Due local(PlanType type, LocalDate from) {
        Period every = switch (type) {
            case EARLY_HELP_PLAN -> earlyHelp;
            case CHILD_IN_NEED_PLAN -> childInNeed;
            default -> riskPlan;
        };
        LocalDate due = from.plus(every);
        if (every.getDays() == 0) {
            return new Due(due, "plan.review.reason.localMonths", List.of(every.toTotalMonths()));
        }
        if (every.toTotalMonths() == 0 && every.getDays() % 7 == 0) {
            return new Due(due, "plan.review.reason.localWeeks", List.of(every.getDays() / 7));
        }
        return new Due(due, "plan.review.reason.localDays", List.of(java.time.temporal.ChronoUnit.DAYS.between(from, due)));
    }
}
