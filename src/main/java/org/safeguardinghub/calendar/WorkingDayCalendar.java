package org.safeguardinghub.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Set;

import org.safeguardinghub.shared.HubTime;

/**
 * Working days in England and Wales: Monday to Friday, except bank holidays. Every statutory
 * timescale in the product ("within 1 working day", "15 working days", escalation stages) is
 * counted with this one calendar. Plain Java; the holiday list is data ({@link WorkingDays}).
 */
public final class WorkingDayCalendar {

    private final Set<LocalDate> holidays;

    public WorkingDayCalendar(Collection<LocalDate> holidays) {
        this.holidays = Set.copyOf(holidays);
    }

    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(day);
    }

    /** The working day {@code days} working days after {@code day} (for 0: the day itself, or the next working day). */
    public LocalDate plusWorkingDays(LocalDate day, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative");
        }
        LocalDate result = day;
        while (!isWorkingDay(result)) {
            result = result.plusDays(1);
        }
        for (int i = 0; i < days; i++) {
            result = result.plusDays(1);
            while (!isWorkingDay(result)) {
                result = result.plusDays(1);
            }
        }
        return result;
    }

    /**
     * When something started at {@code start} is due if it must be done within {@code days} working
     * days: the same time of day, that many working days later. Something that starts on a weekend
     * or bank holiday is counted from the start of the next working day, so a contact on Saturday
     * with one working day is due by the end of Monday.
     */
    public Instant deadline(Instant start, int days) {
        ZonedDateTime at = start.atZone(HubTime.ZONE);
        if (!isWorkingDay(at.toLocalDate())) {
            at = plusWorkingDays(at.toLocalDate(), 0).atStartOfDay(HubTime.ZONE);
        }
        LocalDate due = plusWorkingDays(at.toLocalDate(), days);
        return ZonedDateTime.of(due, at.toLocalTime(), HubTime.ZONE).toInstant();
    }

    /** How many working days lie after {@code from} up to and including {@code to} (0 if {@code to} is not later). */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
