package org.safeguardinghub.meetings.internal;

import java.time.LocalDate;
import java.time.Month;

/**
 * Whether a child is of school age on a day, for the meetings that then require education (issue
 * 14, item 1). In England a child starts in reception in the September after their fourth birthday
 * and stays in education or training until 18; a child whose date of birth is not known is taken to
 * be of school age, so the school is never left out for want of a date. Plain Java.
 */
public final class SchoolAge {

    private SchoolAge() {
    }

    /** The 1 September after the fourth birthday (a child born on 1 September waits a year). */
    public static LocalDate startsSchool(LocalDate dateOfBirth) {
        LocalDate fourth = dateOfBirth.plusYears(4);
        LocalDate september = LocalDate.of(fourth.getYear(), Month.SEPTEMBER, 1);
        return september.isAfter(fourth) ? september : september.plusYears(1);
    }

    public static boolean on(LocalDate dateOfBirth, LocalDate day) {
        if (dateOfBirth == null) {
            return true;
        }
        return !day.isBefore(startsSchool(dateOfBirth)) && day.isBefore(dateOfBirth.plusYears(18));
    }
}
