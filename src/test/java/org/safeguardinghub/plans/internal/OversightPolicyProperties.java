package org.safeguardinghub.plans.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguardinghub.plans.internal.DriftRuleProperties.CALENDAR;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.safeguardinghub.plans.PlanType;

/**
 * A case with an open child protection plan needs a manager's oversight every 20 working days
 * (configurable; other plans 30): missing on the 20th working day after the last, due by the day before.
 */
class OversightPolicyProperties {

    static final OversightPolicy POLICY = new OversightPolicy(20, 30);

    @Example
    void noOpenPlanNoCaseToOversee() {
        assertThat(POLICY.standing(Set.of(), List.of(), Optional.empty(), LocalDate.of(2026, 6, 1), CALENDAR)).isEmpty();
    }

    @Example
    void aProtectionCaseIsMissingOversightOnTheTwentiethWorkingDayAfterTheLast() {
        // last oversight Friday 18 December 2026; the 20th working day after is Wednesday 20 January 2027
        LocalDate last = LocalDate.of(2026, 12, 18);
        var before = POLICY.standing(Set.of(PlanType.CHILD_PROTECTION_PLAN, PlanType.EARLY_HELP_PLAN),
                List.of(LocalDate.of(2026, 1, 5)), Optional.of(last), LocalDate.of(2027, 1, 19), CALENDAR).orElseThrow();
        assertThat(before.missing()).isFalse();
        assertThat(before.limit()).isEqualTo(20);
        assertThat(before.dueBy()).isEqualTo(LocalDate.of(2027, 1, 19));
        assertThat(POLICY.standing(Set.of(PlanType.CHILD_PROTECTION_PLAN), List.of(LocalDate.of(2026, 1, 5)),
                Optional.of(last), LocalDate.of(2027, 1, 20), CALENDAR).orElseThrow().missing()).isTrue();
    }

    @Example
    void withoutAnyOversightTheClockRunsFromTheEarliestOpenPlan() {
        var standing = POLICY.standing(Set.of(PlanType.CHILD_IN_NEED_PLAN),
                List.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 2, 2)), Optional.empty(), LocalDate.of(2026, 3, 3),
                CALENDAR).orElseThrow();
        assertThat(standing.never()).isTrue();
        assertThat(standing.since()).isEqualTo(LocalDate.of(2026, 2, 2));
        assertThat(standing.limit()).isEqualTo(30);
    }

    @Property
    void missingExactlyWhenTheLimitOfWorkingDaysHasPassed(@ForAll @IntRange(min = 0, max = 700) int start,
                                                          @ForAll @IntRange(min = 0, max = 60) int later,
                                                          @ForAll boolean protection) {
        LocalDate last = LocalDate.of(2025, 1, 1).plusDays(start);
        LocalDate today = last.plusDays(later);
        PlanType type = protection ? PlanType.CHILD_PROTECTION_PLAN : PlanType.CARE_PLAN;
        var standing = POLICY.standing(Set.of(type), List.of(last.minusDays(10)), Optional.of(last), today, CALENDAR)
                .orElseThrow();
        int limit = protection ? 20 : 30;
        assertThat(standing.missing()).isEqualTo(CALENDAR.workingDaysBetween(last, today) >= limit);
        // missing from the limit-th working day after the last; due by the working day before it
        LocalDate missingFrom = DriftRule.nthWorkingDayAfter(CALENDAR, last, limit);
        assertThat(standing.missing()).isEqualTo(!today.isBefore(missingFrom));
        assertThat(CALENDAR.isWorkingDay(standing.dueBy())).isTrue();
        assertThat(CALENDAR.workingDaysBetween(standing.dueBy(), missingFrom)).isEqualTo(1);
    }
}
