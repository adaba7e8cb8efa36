package org.safeguardinghub.chronology;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.safeguardinghub.shared.HubTime;

/**
 * Which of a child's events to show: from some agencies, of some types and significance, that
 * happened within [{@code from}, {@code until}). Empty sets and null times mean no restriction.
 */
public record ChronologyFilter(Set<UUID> agencyIds, Set<EventType> types, Set<Significance> significance,
                               Instant from, Instant until) {

    public ChronologyFilter {
        agencyIds = agencyIds == null ? Set.of() : Set.copyOf(agencyIds);
        types = types == null ? Set.of() : Set.copyOf(types);
        significance = significance == null ? Set.of() : Set.copyOf(significance);
    }

    public static ChronologyFilter none() {
        return new ChronologyFilter(Set.of(), Set.of(), Set.of(), null, null);
    }

    /** From the start of the first day to the end of the last day, in England; either may be null. */
    public static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(HubTime.ZONE).toInstant();
    }

    public static Instant endOf(LocalDate day) {
        return day == null ? null : day.plusDays(1).atStartOfDay(HubTime.ZONE).toInstant();
    }

    public boolean isEmpty() {
        return agencyIds.isEmpty() && types.isEmpty() && significance.isEmpty() && from == null && until == null;
    }
}
