package org.safeguardinghub.risk.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * A child's age on a day, in completed years, as the law counts it: a child is 13 from the 13th
 * anniversary of their birth (one born on 29 February is 13 from 1 March in a year without one), so
 * on the day before they are 12 years and 364 (or 365) days old, and under 13. Plain Java.
 */
public final class AgeRule {

    private AgeRule() {
    }

    /** Completed years on {@code on}; empty when the date of birth is not known or is after that day. */
    public static Optional<Integer> years(LocalDate dateOfBirth, LocalDate on) {
        if (dateOfBirth == null || on == null || dateOfBirth.isAfter(on)) {
            return Optional.empty();
        }
        return Optional.of(Period.between(dateOfBirth, on).getYears());
    }

    /** Whether a child of {@code ageYears} is under {@code limit}; false when the age is not known. */
    public static boolean under(Integer ageYears, int limit) {
        return ageYears != null && ageYears < limit;
    }
}
