package org.safeguardinghub.meetings.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.calendar.TestCalendars;
import org.safeguardinghub.calendar.WorkingDayCalendar;
import org.safeguardinghub.meetings.Decision;
import org.safeguardinghub.meetings.MeetingType;

/** Each statutory timescale of DESIGN.md at its boundaries, with the bank holidays of England and Wales. */
class StatutoryTimescalesTest {

    static final WorkingDayCalendar CALENDAR = TestCalendars.ENGLAND_2025_2026;

    static StatutoryTimescales.Held held(MeetingType type, LocalDate on, Decision.Kind... decisions) {
        return new StatutoryTimescales.Held(UUID.randomUUID(), type, on, Set.of(decisions));
    }

    static List<StatutoryTimescales.Due> due(List<StatutoryTimescales.Held> held, StatutoryTimescales.Given... given) {
        return StatutoryTimescales.due(held, List.of(given), CALENDAR);
    }

    @Test
    void anInitialConferenceIsDue15WorkingDaysAfterTheStrategyDiscussionThatStartedSection47Enquiries() {
        // Wednesday 10 December 2025: 25 and 26 December and 1 January are bank holidays, so the 15th working day
        // after it is Monday 5 January
        var strategy = held(MeetingType.STRATEGY_DISCUSSION, LocalDate.of(2025, 12, 10), Decision.Kind.S47_ENQUIRY);
        var due = due(List.of(strategy));
        assertThat(due).singleElement().satisfies(d -> {
            assertThat(d.type()).isEqualTo(MeetingType.INITIAL_CHILD_PROTECTION_CONFERENCE);
            assertThat(d.dueOn()).isEqualTo(LocalDate.of(2026, 1, 5));
            assertThat(d.reasonKey()).isEqualTo("due.INITIAL_CONFERENCE");
            assertThat(d.args()).containsExactly(15, LocalDate.of(2025, 12, 10));
            assertThat(d.anchorMeetingId()).isEqualTo(strategy.meetingId());
        });
    }

    @Test
    void aStrategyMeetingThatDidNotStartEnquiriesMakesNoConferenceDue() {
        assertThat(due(List.of(held(MeetingType.STRATEGY_MEETING, LocalDate.of(2025, 12, 10), Decision.Kind.THRESHOLD))))
                .isEmpty();
        assertThat(due(List.of(held(MeetingType.CORE_GROUP, LocalDate.of(2025, 12, 10), Decision.Kind.S47_ENQUIRY))))
                .isEmpty();
    }

    @Test
    void theConferenceHeldOnOrAfterTheStrategyDiscussionSatisfiesItAndNoFurtherActionEndsIt() {
        var strategy = held(MeetingType.EXPLOITATION_STRATEGY_MEETING, LocalDate.of(2026, 3, 2), Decision.Kind.S47_ENQUIRY);
        assertThat(due(List.of(strategy, held(MeetingType.INITIAL_CHILD_PROTECTION_CONFERENCE, LocalDate.of(2026, 3, 20)))))
                .noneMatch(d -> d.type() == MeetingType.INITIAL_CHILD_PROTECTION_CONFERENCE);
        // an earlier conference does not answer for a later strategy discussion
        assertThat(due(List.of(strategy, held(MeetingType.INITIAL_CHILD_PROTECTION_CONFERENCE, LocalDate.of(2026, 3, 1)))))
                .anyMatch(d -> d.type() == MeetingType.INITIAL_CHILD_PROTECTION_CONFERENCE);
        assertThat(due(List.of(strategy, held(MeetingType.STRATEGY_MEETING, LocalDate.of(2026, 3, 9),
                Decision.Kind.NO_FURTHER_ACTION)))).isEmpty();
    }

    @Test
    void aStrategyDiscussionOnASaturdayCountsFromMonday() {
        // Saturday 18 April 2026: Monday 20 April is the first working day counted; Monday 4 May is the early May
        // bank holiday, so the 15th is Monday 11 May
        var due = due(List.of(held(MeetingType.STRATEGY_DISCUSSION, LocalDate.of(2026, 4, 18), Decision.Kind.S47_ENQUIRY)));
        assertThat(due.getFirst().dueOn()).isEqualTo(LocalDate.of(2026, 5, 11));
    }

    @Test
    void theDateTheOrganiserGaveCountsWhenTheHubHoldsNoStrategyDiscussion() {
        var given = new StatutoryTimescales.Given(UUID.randomUUID(), MeetingType.INITIAL_CHILD_PROTECTION_CONFERENCE,
                LocalDate.of(2025, 4, 14));
        // Monday 14 April 2025: Good Friday 18 and Easter Monday 21 April out
        assertThat(due(List.of(), given)).singleElement().satisfies(d -> {
            assertThat(d.dueOn()).isEqualTo(LocalDate.of(2025, 5, 8));
            assertThat(d.reasonKey()).isEqualTo("due.INITIAL_CONFERENCE.given");
            assertThat(d.anchorMeetingId()).isEqualTo(given.meetingId());
        });
    }

    @Test
    void theFirstCoreGroupIsDue10WorkingDaysAfterAnInitialConferenceThatMadeAPlan() {
        // Thursday 21 August 2025; Monday 25 August is the summer bank holiday
        var icpc = held(MeetingType.INITIAL_CHILD_PROTECTION_CONFERENCE, LocalDate.of(2025, 8, 21),
                Decision.Kind.CHILD_PROTECTION_PLAN);
        assertThat(due(List.of(icpc))).filteredOn(d -> d.type() == MeetingType.CORE_GROUP).singleElement()
                .satisfies(d -> assertThat(d.dueOn()).isEqualTo(LocalDate.of(2025, 9, 5)));
        assertThat(due(List.of(icpc, held(MeetingType.CORE_GROUP, LocalDate.of(2025, 9, 1)))))
                .noneMatch(d -> d.type() == MeetingType.CORE_GROUP);
        assertThat(due(List.of(held(MeetingType.INITIAL_CHILD_PROTECTION_CONFERENCE, LocalDate.of(2025, 8, 21)))))
                .isEmpty();
    }

    @Test
    void theFirstReviewIsWithinThreeMonthsOfTheInitialConferenceThenAtMostSixMonthsApart() {
        var icpc = held(MeetingType.INITIAL_CHILD_PROTECTION_CONFERENCE, LocalDate.of(2025, 9, 25),
                Decision.Kind.CHILD_PROTECTION_PLAN);
        // 25 December 2025 is Christmas Day and 26 Boxing Day: the last working day on or before is Wednesday 24th
        assertThat(review(List.of(icpc)).dueOn()).isEqualTo(LocalDate.of(2025, 12, 24));
        assertThat(review(List.of(icpc)).reasonKey()).isEqualTo("due.REVIEW_CONFERENCE.first");
        var first = held(MeetingType.REVIEW_CHILD_PROTECTION_CONFERENCE, LocalDate.of(2025, 12, 19),
                Decision.Kind.CHILD_PROTECTION_PLAN);
        // 19 June 2026 is a Friday
        assertThat(review(List.of(icpc, first)).dueOn()).isEqualTo(LocalDate.of(2026, 6, 19));
        assertThat(review(List.of(icpc, first)).reasonKey()).isEqualTo("due.REVIEW_CONFERENCE.later");
    }

    @Test
    void aReviewThatEndsThePlanEndsTheReviews() {
        var icpc = held(MeetingType.INITIAL_CHILD_PROTECTION_CONFERENCE, LocalDate.of(2025, 9, 25),
                Decision.Kind.CHILD_PROTECTION_PLAN);
        var ended = held(MeetingType.REVIEW_CHILD_PROTECTION_CONFERENCE, LocalDate.of(2025, 12, 19),
                Decision.Kind.END_CHILD_PROTECTION_PLAN);
        assertThat(due(List.of(icpc, ended))).noneMatch(d -> d.type() == MeetingType.REVIEW_CHILD_PROTECTION_CONFERENCE);
        var coreGroupEnds = held(MeetingType.CORE_GROUP, LocalDate.of(2025, 10, 1), Decision.Kind.END_CHILD_PROTECTION_PLAN);
        assertThat(due(List.of(icpc, coreGroupEnds))).isEmpty();
    }

    @Test
    void lookedAfterReviewsAre20WorkingDaysThenThreeMonthsThenEverySixMonths() {
        var became = new StatutoryTimescales.Given(UUID.randomUUID(), MeetingType.LOOKED_AFTER_REVIEW, LocalDate.of(2025, 12, 1));
        // Monday 1 December 2025 + 20 working days, with 25 and 26 December out: Wednesday 31 December
        assertThat(lookedAfter(List.of(), became).dueOn()).isEqualTo(LocalDate.of(2025, 12, 31));
        var first = held(MeetingType.LOOKED_AFTER_REVIEW, LocalDate.of(2026, 1, 5));
        // 5 April 2026 is Easter Sunday, Good Friday the 3rd: the last working day before is Thursday 2 April
        assertThat(lookedAfter(List.of(first), became).dueOn()).isEqualTo(LocalDate.of(2026, 4, 2));
        var second = held(MeetingType.LOOKED_AFTER_REVIEW, LocalDate.of(2026, 3, 30));
        assertThat(lookedAfter(List.of(first, second), became).dueOn()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(lookedAfter(List.of(first, second), became).reasonKey()).isEqualTo("due.LOOKED_AFTER_REVIEW.later");
        var ceased = held(MeetingType.LOOKED_AFTER_REVIEW, LocalDate.of(2026, 6, 1), Decision.Kind.CEASE_TO_BE_LOOKED_AFTER);
        assertThat(due(List.of(first, second, ceased), became)).isEmpty();
        assertThat(due(List.of(first))).isEmpty();
    }

    @Test
    void overdueOnlyOnceTheDueDayHasPassed() {
        var due = due(List.of(held(MeetingType.STRATEGY_DISCUSSION, LocalDate.of(2025, 12, 10), Decision.Kind.S47_ENQUIRY)))
                .getFirst();
        assertThat(due.overdueOn(LocalDate.of(2026, 1, 5))).isFalse();
        assertThat(due.overdueOn(LocalDate.of(2026, 1, 6))).isTrue();
    }

    private static StatutoryTimescales.Due review(List<StatutoryTimescales.Held> held) {
        return due(held).stream().filter(d -> d.type() == MeetingType.REVIEW_CHILD_PROTECTION_CONFERENCE).findFirst()
                .orElseThrow();
    }

    private static StatutoryTimescales.Due lookedAfter(List<StatutoryTimescales.Held> held, StatutoryTimescales.Given given) {
        return due(held, given).stream().filter(d -> d.type() == MeetingType.LOOKED_AFTER_REVIEW).findFirst().orElseThrow();
    }
}
