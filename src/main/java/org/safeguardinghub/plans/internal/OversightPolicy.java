package org.safeguardinghub.plans.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.safeguardinghub.calendar.WorkingDayCalendar;
import org.safeguardinghub.plans.PlanType;

/**
 * Manager oversight of a case (issue 15, item 6): "Robust managerial oversight is crucial to ensure
 * that action plans are regularly reviewed" (seeds 001, "What was the Learning?"); "multi-agency
 * supervision systems ... sufficiently robust to identify cases of neglect that are drifting in
 * universal and early intervention levels of concern" (seeds 003, Learning Point 32). A child with
 * an open plan needs a manager's recorded oversight at least every {@code protectionWorkingDays}
 * working days while a child protection plan is open, else every {@code otherWorkingDays}; counted
 * from the last oversight recorded, or from the start of the earliest open plan if there has been
 * none. Oversight is missing once that many working days have passed without it (on the limit-th
 * working day after the last); it is due by the working day before. Plain Java.
 */
public record OversightPolicy(int protectionWorkingDays, int otherWorkingDays) {

    /** Whether oversight is missing, since when the clock runs, how many working days have passed and the limit. */
    public record Standing(boolean missing, LocalDate since, boolean never, int workingDays, int limit, LocalDate dueBy) {
    }

    /** The child's standing, or empty when the child has no open plan (no case to oversee here). */
    public Optional<Standing> standing(Collection<PlanType> openPlans, List<LocalDate> openPlanStarts,
                                       Optional<LocalDate> lastOversight, LocalDate today, WorkingDayCalendar calendar) {
        if (openPlans.isEmpty() || openPlanStarts.isEmpty()) {
            return Optional.empty();
        }
        int limit = openPlans.contains(PlanType.CHILD_PROTECTION_PLAN) ? protectionWorkingDays : otherWorkingDays;
        LocalDate since = lastOversight.orElseGet(() -> openPlanStarts.stream().min(LocalDate::compareTo).orElseThrow());
        int passed = calendar.workingDaysBetween(since, today);
        LocalDate dueBy = DriftRule.nthWorkingDayAfter(calendar, since, limit - 1);
        return Optional.of(new Standing(passed >= limit, since, lastOversight.isEmpty(), passed, limit, dueBy));
    }
}
