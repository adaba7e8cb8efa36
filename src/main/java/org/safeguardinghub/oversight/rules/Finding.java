package org.safeguardinghub.oversight.rules;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.safeguardinghub.alerts.AlertCode;
import org.safeguardinghub.chronology.EventFact;

/**
 * A rule met: why (message keys with their numbers, so pages can say it in any language), the
 * events that met it (so a person can see exactly why the alert fired) and their agencies.
 */
public record Finding(AlertCode code, List<Reason> reasons, Set<UUID> evidence, Set<UUID> agencies,
                      boolean restrictedContributed) {

    /** One sentence of the reason: {@code alert.reason.<key>} with its numbers. */
    public record Reason(String key, List<Long> args) {

        public Reason {
            args = List.copyOf(args);
        }

        public static Reason of(String key, long... args) {
            return new Reason(key, Arrays.stream(args).boxed().toList());
        }
    }

    public Finding {
        reasons = List.copyOf(reasons);
        evidence = Set.copyOf(evidence);
        agencies = Set.copyOf(agencies);
    }

    /** What this finding and a later one hold together, for the later one's reasons. */
    public Finding and(Finding later) {
        Set<UUID> events = new HashSet<>(evidence);
        events.addAll(later.evidence);
        Set<UUID> from = new HashSet<>(agencies);
        from.addAll(later.agencies);
        return new Finding(later.code, later.reasons, events, from, restrictedContributed || later.restrictedContributed);
    }

    /** The same finding for other reasons. */
    public Finding because(List<Reason> otherReasons) {
        return new Finding(code, otherReasons, evidence, agencies, restrictedContributed);
    }

    /** A finding of a rule with a reach: its reasons follow from how many events and agencies it holds. */
    static Finding of(AlertRule rule, RuleSettings settings, Collection<EventFact> evidence) {
        int agencies = (int) evidence.stream().map(EventFact::agencyId).distinct().count();
        return of(rule.code(), rule.describe(evidence.size(), agencies, settings), evidence);
    }

    static Finding of(AlertCode code, List<Reason> reasons, Collection<EventFact> evidence) {
        return new Finding(code, reasons, evidence.stream().map(EventFact::eventId).collect(Collectors.toSet()),
                evidence.stream().map(EventFact::agencyId).collect(Collectors.toSet()),
                evidence.stream().anyMatch(EventFact::restricted));
    }
}
