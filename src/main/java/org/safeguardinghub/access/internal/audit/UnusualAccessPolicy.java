package org.safeguardinghub.access.internal.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.shared.HubTime;

/**
 * What the data protection officer's report calls unusual access, in plain Java: a practitioner who
 * opened the records of many different children in one day, and a user refused access many times in
 * one hour (someone looking for children outside their relationships). Every break-glass is shown
 * too, each with its stated reason. Each finding carries its reason: the count and the threshold.
 *
 * @param childrenPerDay  different children in one day that make a practitioner's day unusual
 * @param refusalsPerHour refusals in one hour that make a burst
 */
public record UnusualAccessPolicy(int childrenPerDay, int refusalsPerHour) {

    /**
     * The actions by which a person opens a child's record or reads part of it. A list that names
     * children (a queue, search results) is audited per child too, but seeing a name in a queue is
     * the queue's purpose, so lists do not count here.
     */
    public static final Set<AuditAction> OPENS_A_RECORD = EnumSet.of(AuditAction.VIEW_CHILD, AuditAction.VIEW_EVENT,
            AuditAction.READ_CHRONOLOGY, AuditAction.EXPORT_CHRONOLOGY, AuditAction.VIEW_CONTACT,
            AuditAction.BREAK_GLASS);

    public enum Kind {
        MANY_CHILDREN,
        REFUSALS
    }

    /** How many (different children, or refusals) one user had in the day or hour starting {@code from}. */
    public record Count(String actor, String agencyCode, Instant from, long count) {
    }

    /** A count found unusual, why ({@code audit.unusual.reason.<kind>} with the count and the threshold). */
    public record Finding(Kind kind, Count count, long threshold) {

        public String reasonKey() {
            return "audit.unusual.reason." + kind;
        }

        public List<Long> reasonArgs() {
            return List.of(count.count(), threshold);
        }
    }

    public UnusualAccessPolicy {
        if (childrenPerDay < 1 || refusalsPerHour < 1) {
            throw new IllegalArgumentException("Thresholds must be at least 1");
        }
    }

    /** The report covers {@code days} days in England, today included: it starts at midnight {@code days - 1} days ago. */
    public static Instant since(Instant now, int days) {
        LocalDate today = LocalDate.ofInstant(now, HubTime.ZONE);
        return today.minusDays(days - 1L).atStartOfDay(HubTime.ZONE).toInstant();
    }

    /** Days on which a practitioner opened the records of at least {@code childrenPerDay} children; most first. */
    public List<Finding> manyChildren(List<Count> perDay) {
        return unusual(Kind.MANY_CHILDREN, perDay, childrenPerDay);
    }

    /** Hours in which a user was refused access at least {@code refusalsPerHour} times; most first. */
    public List<Finding> refusals(List<Count> perHour) {
        return unusual(Kind.REFUSALS, perHour, refusalsPerHour);
    }

    private static List<Finding> unusual(Kind kind, List<Count> counts, int threshold) {
        return counts.stream().filter(c -> c.count() >= threshold)
                .sorted(Comparator.comparingLong(Count::count).reversed().thenComparing(Count::from, Comparator.reverseOrder()))
                .map(c -> new Finding(kind, c, threshold)).toList();
    }
}
