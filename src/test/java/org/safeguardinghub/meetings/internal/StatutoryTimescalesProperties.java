package org.safeguardinghub.meetings.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.safeguardinghub.calendar.TestCalendars;
import org.safeguardinghub.calendar.WorkingDayCalendar;
import org.safeguardinghub.meetings.Decision;
import org.safeguardinghub.meetings.MeetingType;

/**
 * The statutory timescales over every day of 2025 and 2026, bank holidays included: a due date is
 * always a working day; "within n working days" gives exactly n working days after the day the clock
 * started; "within n months" gives the latest working day not after the same date n months on; a
 * later start is never due earlier.
 */
class StatutoryTimescalesProperties {

    static final WorkingDayCalendar CALENDAR = TestCalendars.ENGLAND_2025_2026;

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.integers().between(0, 640).map(n -> LocalDate.of(2025, 1, 1).plusDays(n));
    }

    static StatutoryTimescales.Held held(MeetingType type, LocalDate on, Decision.Kind... kinds) {
        return new StatutoryTimescales.Held(UUID.randomUUID(), type, on, Set.of(kinds));
    }

    @Property
    void nWorkingDaysAfterIsAWorkingDayWithExactlyNWorkingDaysBetween(@ForAll("days") LocalDate start,
                                                                        @ForAll @IntRange(min = 1, max = 25) int n) {
        LocalDate due = StatutoryTimescales.workingDaysAfter(start, n, CALENDAR);
        assertThat(CALENDAR.isWorkingDay(due)).isTrue();
        assertThat(CALENDAR.workingDaysBetween(start, due)).isEqualTo(n);
    }

    @Property
    void withinMonthsIsTheLastWorkingDayNotAfterTheSameDateLater(@ForAll("days") LocalDate start,
                                                                @ForAll @IntRange(min = 1, max = 6) int months) {
        LocalDate due = StatutoryTimescales.withinMonths(start, months, CALENDAR);
        LocalDate limit = start.plusMonths(months);
        assertThat(CALENDAR.isWorkingDay(due)).isTrue();
        assertThat(due).isBeforeOrEqualTo(limit);
        assertThat(CALENDAR.workingDaysBetween(due, limit)).isZero();
    }

    @Property
    void theInitialConferenceIsAlways15WorkingDaysAfterTheStrategyDiscussion(@ForAll("days") LocalDate strategy) {
        var due = StatutoryTimescales.due(List.of(held(MeetingType.STRATEGY_MEETING, strategy, Decision.Kind.S47_ENQUIRY)),
                List.of(), CALENDAR).getFirst();
        assertThat(due.type()).isEqualTo(MeetingType.INITIAL_CHILD_PROTECTION_CONFERENCE);
        assertThat(CALENDAR.workingDaysBetween(strategy, due.dueOn())).isEqualTo(15);
        assertThat(CALENDAR.isWorkingDay(due.dueOn())).isTrue();
    }

    @Property
    void theFirstCoreGroupIsAlways10WorkingDaysAfterTheInitialConference(@ForAll("days") LocalDate conference) {
        var due = StatutoryTimescales.due(List.of(held(MeetingType.INITIAL_CHILD_PROTECTION_CONFERENCE, conference,
                Decision.Kind.CHILD_PROTECTION_PLAN)), List.of(), CALENDAR);
        LocalDate coreGroup = due.stream().filter(d -> d.type() == MeetingType.CORE_GROUP).findFirst().orElseThrow().dueOn();
        LocalDate review = due.stream().filter(d -> d.type() == MeetingType.REVIEW_CHILD_PROTECTION_CONFERENCE).findFirst()
                .orElseThrow().dueOn();
        assertThat(CALENDAR.workingDaysBetween(conference, coreGroup)).isEqualTo(10);
        assertThat(review).isBeforeOrEqualTo(conference.plusMonths(3)).isAfter(conference.plusMonths(3).minusDays(5));
        assertThat(due).isSortedAccordingTo(java.util.Comparator.comparing(StatutoryTimescales.Due::dueOn));
    }

    @Property
    void lookedAfterReviewsComeAt20WorkingDaysThenThreeThenSixMonths(@ForAll("days") LocalDate became,
                                                                    @ForAll @IntRange(min = 0, max = 30) int lateBy) {
        var given = new StatutoryTimescales.Given(UUID.randomUUID(), MeetingType.LOOKED_AFTER_REVIEW, became);
        LocalDate first = StatutoryTimescales.due(List.of(), List.of(given), CALENDAR).getFirst().dueOn();
        assertThat(CALENDAR.workingDaysBetween(became, first)).isEqualTo(20);
        LocalDate heldFirst = first.plusDays(lateBy);
        LocalDate second = StatutoryTimescales.due(List.of(held(MeetingType.LOOKED_AFTER_REVIEW, heldFirst)), List.of(given),
                CALENDAR).getFirst().dueOn();
        assertThat(second).isEqualTo(StatutoryTimescales.withinMonths(heldFirst, 3, CALENDAR));
        LocalDate third = StatutoryTimescales.due(List.of(held(MeetingType.LOOKED_AFTER_REVIEW, heldFirst),
                held(MeetingType.LOOKED_AFTER_REVIEW, second)), List.of(given), CALENDAR).getFirst().dueOn();
        assertThat(third).isEqualTo(StatutoryTimescales.withinMonths(second, 6, CALENDAR));
    }

    @Property
    void aLaterStartIsNeverDueEarlier(@ForAll("days") LocalDate a, @ForAll("days") LocalDate b) {
        LocalDate earlier = a.isBefore(b) ? a : b;
        LocalDate later = a.isBefore(b) ? b : a;
        assertThat(StatutoryTimescales.workingDaysAfter(later, 15, CALENDAR))
                .isAfterOrEqualTo(StatutoryTimescales.workingDaysAfter(earlier, 15, CALENDAR));
        assertThat(StatutoryTimescales.withinMonths(later, 6, CALENDAR))
                .isAfterOrEqualTo(StatutoryTimescales.withinMonths(earlier, 6, CALENDAR));
    }

    @Property
    void aMeetingOfTheTypeHeldOnOrAfterTheStartSatisfiesTheDue(@ForAll("days") LocalDate strategy,
                                                               @ForAll @IntRange(min = -5, max = 40) int heldAfter) {
        var due = StatutoryTimescales.due(List.of(held(MeetingType.STRATEGY_DISCUSSION, strategy, Decision.Kind.S47_ENQUIRY),
                held(MeetingType.INITIAL_CHILD_PROTECTION_CONFERENCE, strategy.plusDays(heldAfter),
                        Decision.Kind.OTHER)), List.of(), CALENDAR);
        boolean conferenceDue = due.stream().anyMatch(d -> d.type() == MeetingType.INITIAL_CHILD_PROTECTION_CONFERENCE);
        assertThat(conferenceDue).isEqualTo(heldAfter < 0);
    }
}
