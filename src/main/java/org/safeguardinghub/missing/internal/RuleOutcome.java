package org.safeguardinghub.missing.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.safeguardinghub.missing.Episode;

/**
 * What one of the module's alert rules found for a child: met or not, why (message keys
 * {@code alert.reason.<key>} with their numbers), the chronology entries of the episodes that met it
 * and their agencies, whether restricted information contributed, and when to look again.
 */
public record RuleOutcome(List<Reason> reasons, Set<UUID> evidence, Set<UUID> agencies, boolean restricted,
                          Optional<Instant> recheckAt) {

    public record Reason(String key, List<Long> args) {

        public Reason {
            args = List.copyOf(args);
        }

        public static Reason of(String key, long... args) {
            return new Reason(key, Arrays.stream(args).boxed().toList());
        }
    }

    public RuleOutcome {
        reasons = List.copyOf(reasons);
        evidence = Set.copyOf(evidence);
        agencies = Set.copyOf(agencies);
    }

    public boolean met() {
        return !reasons.isEmpty();
    }

    static RuleOutcome notMet(Optional<Instant> recheckAt) {
        return new RuleOutcome(List.of(), Set.of(), Set.of(), false, recheckAt);
    }

    static RuleOutcome met(List<Reason> reasons, Collection<Episode> episodes, Optional<Instant> recheckAt) {
        Set<UUID> evidence = new HashSet<>();
        Set<UUID> agencies = new HashSet<>();
        boolean restricted = false;
        for (Episode episode : episodes) {
            evidence.addAll(episode.eventIds());
            agencies.addAll(episode.agencies());
            restricted |= episode.reports().stream().anyMatch(r -> r.sensitivity().isRestricted());
        }
        return new RuleOutcome(reasons, evidence, agencies, restricted, recheckAt);
    }
}
