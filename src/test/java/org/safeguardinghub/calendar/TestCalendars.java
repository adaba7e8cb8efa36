package org.safeguardinghub.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;

import org.safeguardinghub.shared.HubTime;

/** Calendars for tests of every module's timescales. */
public final class TestCalendars {

    /** The England and Wales bank holidays of 2025 and 2026 (as the migration lists them). */
    public static final WorkingDayCalendar ENGLAND_2025_2026 = new WorkingDayCalendar(List.of(
            LocalDate.of(2025, 4, 18), LocalDate.of(2025, 4, 21), LocalDate.of(2025, 5, 5), LocalDate.of(2025, 5, 26),
            LocalDate.of(2025, 8, 25), LocalDate.of(2025, 12, 25), LocalDate.of(2025, 12, 26), LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 25),
            LocalDate.of(2026, 8, 31), LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28)));

    private TestCalendars() {
    }

    /** That time of day in England. */
    public static Instant london(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(LocalDateTime.of(year, month, day, hour, minute), HubTime.ZONE).toInstant();
    }
}
