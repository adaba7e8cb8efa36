package org.safeguardinghub.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.constraints.DateRange;
import org.junit.jupiter.api.Test;
import org.safeguardinghub.shared.HubTime;

/** The one working-day calendar of England and Wales that every timescale uses. */
class WorkingDayCalendarTest {

    static final WorkingDayCalendar CALENDAR = TestCalendars.ENGLAND_2025_2026;

    static Instant london(int year, int month, int day, int hour, int minute) {
        return TestCalendars.london(year, month, day, hour, minute);
    }

    @Test
    void oneWorkingDayFromFridayAfternoonBeforeABankHolidayMondayIsTuesdayAfternoon() {
        // Friday 22 August 2025, 16:55; Monday 25 August is the summer bank holiday
        assertThat(CALENDAR.deadline(london(2025, 8, 22, 16, 55), 1)).isEqualTo(london(2025, 8, 26, 16, 55));
    }

    @Test
    void easterTakesFourDaysOut() {
        // Thursday 17 April 2025 before Good Friday and Easter Monday
        assertThat(CALENDAR.deadline(london(2025, 4, 17, 9, 0), 1)).isEqualTo(london(2025, 4, 22, 9, 0));
    }

    @Test
    void somethingArrivingOnAWeekendIsCountedFromTheNextWorkingDay() {
        // Saturday 27 September 2025: due by the end of Monday, midnight into Tuesday
        assertThat(CALENDAR.deadline(london(2025, 9, 27, 10, 0), 1)).isEqualTo(london(2025, 9, 30, 0, 0));
    }

    @Test
    void christmasAndNewYear() {
        // Wednesday 24 December 2025; 25, 26 December and 1 January are bank holidays
        assertThat(CALENDAR.plusWorkingDays(LocalDate.of(2025, 12, 24), 1)).isEqualTo(LocalDate.of(2025, 12, 29));
        // 29, 30, 31 December and 2 January
        assertThat(CALENDAR.plusWorkingDays(LocalDate.of(2025, 12, 24), 4)).isEqualTo(LocalDate.of(2026, 1, 2));
        assertThat(CALENDAR.workingDaysBetween(LocalDate.of(2025, 12, 24), LocalDate.of(2026, 1, 2))).isEqualTo(4);
    }

    @Test
    void theClocksChangingDoesNotMoveTheTimeOfDay() {
        // Friday 27 March 2026, 16:00 GMT; clocks go forward on Sunday 29 March
        assertThat(CALENDAR.deadline(london(2026, 3, 27, 16, 0), 1)).isEqualTo(london(2026, 3, 30, 16, 0));
    }

    @Property
    void deadlinesFallOnWorkingDaysAtTheSameTimeOfDay(@ForAll @DateRange(min = "2025-01-01", max = "2026-12-20") LocalDate day,
                                                     @ForAll @IntRange(min = 0, max = 23) int hour,
                                                     @ForAll @IntRange(min = 1, max = 20) int days) {
        LocalDate start = CALENDAR.plusWorkingDays(day, 0);
        Instant at = ZonedDateTime.of(start.atTime(hour, 30), HubTime.ZONE).toInstant();
        ZonedDateTime due = CALENDAR.deadline(at, days).atZone(HubTime.ZONE);
        assertThat(CALENDAR.isWorkingDay(due.toLocalDate())).isTrue();
        assertThat(due.toLocalTime()).isEqualTo(at.atZone(HubTime.ZONE).toLocalTime());
        assertThat(CALENDAR.workingDaysBetween(start, due.toLocalDate())).isEqualTo(days);
    }

    @Property
    void addingWorkingDaysInStepsIsTheSameAsAddingThemAtOnce(
            @ForAll @DateRange(min = "2025-01-01", max = "2026-11-01") LocalDate day,
            @ForAll @IntRange(max = 15) int a, @ForAll @IntRange(max = 15) int b) {
        assertThat(CALENDAR.plusWorkingDays(CALENDAR.plusWorkingDays(day, a), b))
                .isEqualTo(CALENDAR.plusWorkingDays(day, a + b));
    }

    @Property
    void weekendsAndBankHolidaysAreNeverWorkingDays(@ForAll @DateRange(min = "2025-01-01", max = "2026-12-31") LocalDate day) {
        boolean weekend = Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY).contains(day.getDayOfWeek());
        boolean holiday = List.of(LocalDate.of(2025, 12, 25), LocalDate.of(2026, 8, 31)).contains(day);
        if (weekend || holiday) {
            assertThat(CALENDAR.isWorkingDay(day)).isFalse();
        }
    }
}
