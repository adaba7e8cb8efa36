package org.safeguardinghub.chronology;

import java.time.LocalDate;
import java.util.Optional;

import org.safeguardinghub.access.AgencyType;

/**
 * How long an agency type's records about a child are kept before they are due for review: a
 * number of years from the child's birth (children's social care: the 75th birthday) or from the
 * agency's last entry. A record past its rule is flagged for the data protection officer, never
 * deleted by the system (issue 12, item 6). Plain Java.
 */
public record RetentionRule(AgencyType agencyType, Basis basis, int years, String note) {

    /** What the years are counted from. */
    public enum Basis { BIRTHDAY, LAST_ENTRY }

    /**
     * The day the records become due for review, if it can be known: a rule counted from birth
     * needs the date of birth.
     */
    public Optional<LocalDate> dueOn(LocalDate dateOfBirth, LocalDate lastEntry) {
        LocalDate from = basis == Basis.BIRTHDAY ? dateOfBirth : lastEntry;
        return Optional.ofNullable(from).map(d -> d.plusYears(years));
    }

    /** Whether the records are due for review on {@code today}: on the due day itself and after. */
    public boolean due(LocalDate dateOfBirth, LocalDate lastEntry, LocalDate today) {
        return dueOn(dateOfBirth, lastEntry).map(d -> !today.isBefore(d)).orElse(false);
    }
}
