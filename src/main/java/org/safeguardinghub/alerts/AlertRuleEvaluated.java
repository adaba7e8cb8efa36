package org.safeguardinghub.alerts;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.safeguardinghub.chronology.ChildId;

/**
 * Published by a module, inside the transaction that changed what its rule looks at, when it has
 * evaluated one of its alert rules for a child: the child's alert for {@code code} should then say
 * what was found, or be withdrawn when the rule is no longer met. Oversight raises, updates or
 * withdraws it in the same transaction, one open alert per code and child, and tells whoever the
 * alert is new to and {@code alsoTell} (the people the module's rule names, such as the MASH
 * managers).
 */
public record AlertRuleEvaluated(ChildId child, AlertCode code, Optional<Met> met, Set<UUID> alsoTell) {

    public AlertRuleEvaluated {
        alsoTell = Set.copyOf(alsoTell);
    }

    public static AlertRuleEvaluated notMet(ChildId child, AlertCode code) {
        return new AlertRuleEvaluated(child, code, Optional.empty(), Set.of());
    }

    /**
     * The rule is met: its reason ({@code alert.reason.<reasonKey>} with its numbers, and any further
     * reasons), the chronology events that met it and their agencies, and whether restricted
     * information contributed (then the reason is shown only to those who may read every event).
     */
    public record Met(String reasonKey, List<Long> args, Set<UUID> evidence, Set<UUID> agencies,
                      List<Reason> moreReasons, boolean restrictedContributed) {

        public Met {
            args = List.copyOf(args);
            evidence = Set.copyOf(evidence);
            agencies = Set.copyOf(agencies);
            moreReasons = List.copyOf(moreReasons);
        }

        /** Met for one reason, with no restricted information. */
        public Met(String reasonKey, List<Long> args, Set<UUID> evidence, Set<UUID> agencies) {
            this(reasonKey, args, evidence, agencies, List.of(), false);
        }
    }

    /** A further reason: {@code alert.reason.<key>} with its numbers. */
    public record Reason(String key, List<Long> args) {

        public Reason {
            args = List.copyOf(args);
        }
    }
}
