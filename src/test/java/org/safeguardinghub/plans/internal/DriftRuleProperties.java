package org.safeguardinghub.plans.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.safeguardinghub.calendar.WorkingDayCalendar;
import org.safeguardinghub.plans.internal.DriftRule.ActionFacts;
import org.safeguardinghub.plans.internal.DriftRule.Kind;
import org.safeguardinghub.plans.internal.DriftRule.PlanFacts;
import org.safeguardinghub.plans.internal.DriftRule.ReviewFacts;

/**
 * The four ways a plan drifts (issue 15, item 4), each at its boundary: the day after the review
 * date; the 11th working day after an action's due date (more than 10); the 20th working day
 * without a progress update; the same actions at two reviews while the outcomes are not met. Across
 * weekends and bank holidays, and the next day to look again is exactly the day drift begins.
 */
class DriftRuleProperties {

    /** England and Wales bank holidays 2025 to 2027, as the holiday list holds them. */
    static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar(List.of(
            LocalDate.of(2025, 1, 1), LocalDate.of(2025, 4, 18), LocalDate.of(2025, 4, 21), LocalDate.of(2025, 5, 5),
            LocalDate.of(2025, 5, 26), LocalDate.of(2025, 8, 25), LocalDate.of(2025, 12, 25), LocalDate.of(2025, 12, 26),
            LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 4),
            LocalDate.of(2026, 5, 25), LocalDate.of(2026, 8, 31), LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28),
            LocalDate.of(2027, 1, 1)));
    static final DriftRule.Settings SETTINGS = new DriftRule.Settings(10, 20);
    static final UUID PLAN = UUID.randomUUID();

    static PlanFacts plan(LocalDate reviewDue, List<ActionFacts> actions, List<ReviewFacts> reviews) {
        return new PlanFacts(PLAN, UUID.randomUUID(), UUID.randomUUID(), reviewDue, UUID.randomUUID(), actions, reviews);
    }

    static ActionFacts action(LocalDate due, boolean open, LocalDate lastProgress) {
        return new ActionFacts(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), due, open,
                lastProgress);
    }

    static List<Kind> kinds(PlanFacts plan, LocalDate today) {
        return DriftRule.evaluate(plan, today, CALENDAR, SETTINGS).reasons().stream().map(DriftRule.Reason::kind).toList();
    }

    static final LocalDate FAR = LocalDate.of(2027, 12, 31);

    @Example
    void aPlanIsNotDriftingOnItsReviewDayAndIsTheDayAfter() {
        LocalDate due = LocalDate.of(2026, 3, 2);
        PlanFacts plan = plan(due, List.of(), List.of());
        assertThat(kinds(plan, due)).isEmpty();
        assertThat(DriftRule.evaluate(plan, due, CALENDAR, SETTINGS).nextCheckOn()).contains(due.plusDays(1));
        assertThat(kinds(plan, due.plusDays(1))).containsExactly(Kind.REVIEW_OVERDUE);
    }

    @Example
    void anActionDueBeforeEasterIsOverdueByMoreThanTenWorkingDaysOnlyOnTheEleventh() {
        // due Thursday 2 April 2026; Good Friday 3 and Easter Monday 6 April are bank holidays:
        // working days after: 7,8,9,10 (4), 13..17 (9), 20 (10), 21 (11)
        LocalDate due = LocalDate.of(2026, 4, 2);
        PlanFacts plan = plan(FAR, List.of(action(due, true, LocalDate.of(2026, 4, 1))), List.of());
        assertThat(kinds(plan, LocalDate.of(2026, 4, 20))).doesNotContain(Kind.ACTION_OVERDUE);
        assertThat(kinds(plan, LocalDate.of(2026, 4, 21))).contains(Kind.ACTION_OVERDUE);
    }

    @Example
    void anActionWithoutProgressForTwentyWorkingDaysOverChristmasDrifts() {
        // last update Friday 18 December 2026; 25 and 28 December and 1 January are holidays:
        // 21,22,23,24 (4), 29,30,31 (7), 4..8 Jan (12), 11..15 (17), 18,19 (19), 20 (20)
        LocalDate last = LocalDate.of(2026, 12, 18);
        PlanFacts plan = plan(FAR, List.of(action(FAR, true, last)), List.of());
        assertThat(kinds(plan, LocalDate.of(2027, 1, 19))).isEmpty();
        assertThat(DriftRule.evaluate(plan, LocalDate.of(2027, 1, 19), CALENDAR, SETTINGS).nextCheckOn())
                .contains(LocalDate.of(2027, 1, 20));
        assertThat(kinds(plan, LocalDate.of(2027, 1, 20))).containsExactly(Kind.NO_PROGRESS);
    }

    @Example
    void aClosedActionNeverDrifts() {
        LocalDate long_ago = LocalDate.of(2025, 1, 6);
        PlanFacts plan = plan(FAR, List.of(action(long_ago, false, long_ago)), List.of());
        assertThat(kinds(plan, LocalDate.of(2026, 6, 1))).isEmpty();
    }

    @Example
    void theSameActionsAtTwoReviewsDriftOnlyWhileTheOutcomesAreNotMet() {
        ReviewFacts before = new ReviewFacts(UUID.randomUUID(), "abc", false);
        LocalDate today = LocalDate.of(2026, 6, 1);
        assertThat(kinds(plan(FAR, List.of(), List.of(new ReviewFacts(UUID.randomUUID(), "abc", false), before)), today))
                .containsExactly(Kind.UNCHANGED_ACROSS_REVIEWS);
        assertThat(kinds(plan(FAR, List.of(), List.of(new ReviewFacts(UUID.randomUUID(), "abc", true), before)), today))
                .isEmpty();
        assertThat(kinds(plan(FAR, List.of(), List.of(new ReviewFacts(UUID.randomUUID(), "abd", false), before)), today))
                .isEmpty();
        assertThat(kinds(plan(FAR, List.of(), List.of(before)), today)).isEmpty();
    }

    @Example
    void theReasonNamesTheEntryThatEvidencesItAndTheAgencyItConcerns() {
        LocalDate due = LocalDate.of(2026, 3, 2);
        ActionFacts action = action(due, true, FAR);
        DriftRule.Reason reason = DriftRule.evaluate(plan(FAR, List.of(action), List.of()), LocalDate.of(2026, 3, 31),
                CALENDAR, SETTINGS).reasons().getFirst();
        assertThat(reason.kind()).isEqualTo(Kind.ACTION_OVERDUE);
        assertThat(reason.evidence()).containsExactly(action.entryId());
        assertThat(reason.agencyId()).isEqualTo(action.ownerAgencyId());
        assertThat(reason.days()).isEqualTo(CALENDAR.workingDaysBetween(due, LocalDate.of(2026, 3, 31)));
        assertThat(reason.key()).isEqualTo("plan.drift.ACTION_OVERDUE");
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.integers().between(0, 700).map(n -> LocalDate.of(2025, 1, 1).plusDays(n));
    }

    @Property
    void anActionIsOverdueExactlyWhenMoreThanTheLimitOfWorkingDaysHavePassedSinceItWasDue(
            @ForAll("days") LocalDate due, @ForAll @IntRange(min = 0, max = 40) int later,
            @ForAll @IntRange(min = 1, max = 15) int limit) {
        LocalDate today = due.plusDays(later);
        PlanFacts plan = plan(FAR, List.of(action(due, true, FAR)), List.of());
        boolean overdue = DriftRule.evaluate(plan, today, CALENDAR, new DriftRule.Settings(limit, 20)).reasons().stream()
                .anyMatch(r -> r.kind() == Kind.ACTION_OVERDUE);
        assertThat(overdue).isEqualTo(CALENDAR.workingDaysBetween(due, today) > limit);
    }

    @Property
    void anActionStallsExactlyWhenTheLimitOfWorkingDaysHavePassedSinceItsLastUpdate(
            @ForAll("days") LocalDate last, @ForAll @IntRange(min = 0, max = 60) int later,
            @ForAll @IntRange(min = 1, max = 30) int limit) {
        LocalDate today = last.plusDays(later);
        PlanFacts plan = plan(FAR, List.of(action(FAR, true, last)), List.of());
        boolean stalled = DriftRule.evaluate(plan, today, CALENDAR, new DriftRule.Settings(10, limit)).reasons().stream()
                .anyMatch(r -> r.kind() == Kind.NO_PROGRESS);
        assertThat(stalled).isEqualTo(CALENDAR.workingDaysBetween(last, today) >= limit);
    }

    @Property
    void nothingNewDriftsBeforeTheNextCheckAndSomethingDoesOnIt(@ForAll("days") LocalDate review,
                                                                @ForAll("days") LocalDate due,
                                                                @ForAll("days") LocalDate last,
                                                                @ForAll("days") LocalDate today) {
        PlanFacts plan = plan(review, List.of(action(due, true, last)), List.of());
        DriftRule.Drift now = DriftRule.evaluate(plan, today, CALENDAR, SETTINGS);
        if (now.nextCheckOn().isEmpty()) {
            assertThat(now.reasons()).hasSize(3);
            return;
        }
        LocalDate next = now.nextCheckOn().get();
        assertThat(next).isAfter(today);
        assertThat(kinds(plan, next.minusDays(1))).hasSameSizeAs(now.reasons());
        assertThat(kinds(plan, next).size()).isGreaterThan(now.reasons().size());
    }
}
