package org.safeguardinghub.frontdoor.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.safeguardinghub.calendar.WorkingDayCalendar;
import org.safeguardinghub.shared.HubTime;

/**
 * The threshold decision is due one working day after the contact (Working Together 2023), across
 * weekends and the bank holidays of England and Wales, whatever the hour it came.
 */
class DecisionTimescaleProperties {

    /** England and Wales bank holidays 2025 to 2026, as the holiday list holds them. */
    static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar(List.of(
            LocalDate.of(2025, 1, 1), LocalDate.of(2025, 4, 18), LocalDate.of(2025, 4, 21), LocalDate.of(2025, 5, 5),
            LocalDate.of(2025, 5, 26), LocalDate.of(2025, 8, 25), LocalDate.of(2025, 12, 25), LocalDate.of(2025, 12, 26),
            LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 4),
            LocalDate.of(2026, 5, 25), LocalDate.of(2026, 8, 31), LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28)));

    static final DecisionTimescale TIMESCALE = new DecisionTimescale(1, 45);

    static Instant london(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(LocalDateTime.of(year, month, day, hour, minute), HubTime.ZONE).toInstant();
    }

    static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, HubTime.ZONE);
    }

    @Provide
    Arbitrary<Instant> contactTimes() {
        Instant from = london(2025, 1, 1, 0, 0);
        Instant to = london(2026, 12, 20, 0, 0);
        return Arbitraries.longs().between(from.getEpochSecond(), to.getEpochSecond()).map(Instant::ofEpochSecond);
    }

    @Example
    void aContactAt1655OnTheFridayBeforeABankHolidayMondayIsDueOnTuesdayAt1655() {
        // Friday 22 August 2025; Monday 25 August is the summer bank holiday
        DecisionTimescale.Deadline deadline = TIMESCALE.decisionDue(london(2025, 8, 22, 16, 55), CALENDAR);
        assertThat(deadline.due()).isEqualTo(london(2025, 8, 26, 16, 55));
        assertThat(deadline.reasonKey()).isEqualTo("contact.deadline.reason");
    }

    @Example
    void aContactOnASaturdayStartsItsClockOnMondayAndSaysSo() {
        DecisionTimescale.Deadline deadline = TIMESCALE.decisionDue(london(2026, 5, 23, 14, 0), CALENDAR);
        // Monday 25 May 2026 is the spring bank holiday: the clock starts on Tuesday
        assertThat(deadline.due()).isEqualTo(london(2026, 5, 27, 0, 0));
        assertThat(deadline.reasonKey()).isEqualTo("contact.deadline.reason.nextWorkingDay");
    }

    @Example
    void anAssessmentIsDue45WorkingDaysAfterTheReferral() {
        // Monday 3 November 2025 + 45 working days, with 25, 26 December and 1 January out
        assertThat(TIMESCALE.assessmentDue(LocalDate.of(2025, 11, 3), CALENDAR)).isEqualTo(LocalDate.of(2026, 1, 8));
    }

    @Property
    void onAWorkingDayTheDeadlineIsTheSameTimeOnTheNextWorkingDay(@ForAll("contactTimes") Instant received) {
        net.jqwik.api.Assume.that(CALENDAR.isWorkingDay(day(received)));
        Instant due = TIMESCALE.decisionDue(received, CALENDAR).due();
        assertThat(CALENDAR.isWorkingDay(day(due))).isTrue();
        assertThat(CALENDAR.workingDaysBetween(day(received), day(due))).isEqualTo(1);
        assertThat(due.atZone(HubTime.ZONE).toLocalTime()).isEqualTo(received.atZone(HubTime.ZONE).toLocalTime());
    }

    @Property
    void onAnyOtherDayTheWholeNextWorkingDayIsGiven(@ForAll("contactTimes") Instant received) {
        net.jqwik.api.Assume.that(!CALENDAR.isWorkingDay(day(received)));
        Instant due = TIMESCALE.decisionDue(received, CALENDAR).due();
        // due as the next working day ends (midnight), with exactly that one working day given
        assertThat(due.atZone(HubTime.ZONE).toLocalTime()).isEqualTo(java.time.LocalTime.MIDNIGHT);
        assertThat(CALENDAR.isWorkingDay(day(due))).isTrue();
        assertThat(CALENDAR.workingDaysBetween(day(received), day(due).minusDays(1))).isEqualTo(1);
    }

    @Property
    void theDeadlineIsAfterTheContactAndAtLeastADayLater(@ForAll("contactTimes") Instant received) {
        Instant due = TIMESCALE.decisionDue(received, CALENDAR).due();
        assertThat(due).isAfter(received);
        assertThat(java.time.Duration.between(received, due).toHours()).isGreaterThanOrEqualTo(23);
    }

    @Property
    void aLaterContactIsNeverDueEarlier(@ForAll("contactTimes") Instant first, @ForAll("contactTimes") Instant second) {
        Instant earlier = first.isBefore(second) ? first : second;
        Instant later = first.isBefore(second) ? second : first;
        assertThat(TIMESCALE.decisionDue(later, CALENDAR).due())
                .isAfterOrEqualTo(TIMESCALE.decisionDue(earlier, CALENDAR).due());
    }
}
