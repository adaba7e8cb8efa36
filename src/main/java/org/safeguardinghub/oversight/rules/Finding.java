package org.safeguardinghub.oversight.rules;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.safeguardinghub.chronology.EventFact;
import org.safeguardinghub.oversight.AlertCode;

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
            return new Reason(key, java.util.Arrays.stream(args).boxed().toList());
        }
    }

    public Finding {
        reasons = List.copyOf(reasons);
        evidence = Set.copyOf(evidence);
        agencies = Set.copyOf(agencies);
    }

    static Finding of(AlertCode code, List<Reason> reasons, java.util.Collection<EventFact> evidence) {
        return new Finding(code, reasons, evidence.stream().map(EventFact::eventId).collect(java.util.stream.Collectors.toSet()),
                evidence.stream().map(EventFact::agencyId).collect(java.util.stream.Collectors.toSet()),
                evidence.stream().anyMatch(EventFact::restricted));
    }
}
