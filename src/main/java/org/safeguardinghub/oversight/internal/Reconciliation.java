package org.safeguardinghub.oversight.internal;

import java.util.Optional;
import java.util.UUID;

import org.safeguardinghub.oversight.rules.AlertRule;
import org.safeguardinghub.oversight.rules.Finding;
import org.safeguardinghub.oversight.rules.RuleSettings;

/**
 * What to do with a rule's alert for a child given what the rule found: raise it, give it new
 * evidence, withdraw it, or leave it. Plain Java, so the order-independence of alerts can be
 * shown by property tests.
 */
final class Reconciliation {

    /** An alert not yet closed, and what it holds (its evidence, their agencies, whether restricted). */
    record Held(UUID alertId, Finding finding) {
    }

    /** One change to the alerts. */
    sealed interface Change {
    }

    record Raise(Finding finding) implements Change {
    }

    record Replace(UUID alertId, Finding finding) implements Change {
    }

    record Withdraw(UUID alertId) implements Change {
    }

    private Reconciliation() {
    }

    /**
     * After a rule was evaluated over every event now known about the child: the alert holds
     * exactly what the rule found, and is withdrawn if it found nothing.
     */
    static Optional<Change> reconcile(Optional<Finding> finding, Optional<Held> open) {
        if (finding.isEmpty()) {
            return open.map(held -> new Withdraw(held.alertId()));
        }
        if (open.isEmpty()) {
            return Optional.of(new Raise(finding.get()));
        }
        return finding.get().evidence().equals(open.get().finding().evidence())
                ? Optional.empty()
                : Optional.of(new Replace(open.get().alertId(), finding.get()));
    }

    /**
     * After a rule with a reach was evaluated only around new events: what it found there is added
     * to what the alert holds (events elsewhere still count as they did), and nothing is withdrawn.
     */
    static Optional<Change> grow(Optional<Finding> finding, Optional<Held> open, AlertRule rule, RuleSettings settings) {
        if (finding.isEmpty()) {
            return Optional.empty();
        }
        if (open.isEmpty()) {
            return Optional.of(new Raise(finding.get()));
        }
        Finding held = open.get().finding();
        Finding both = held.and(finding.get());
        if (both.evidence().equals(held.evidence())) {
            return Optional.empty();
        }
        return Optional.of(new Replace(open.get().alertId(),
                both.because(rule.describe(both.evidence().size(), both.agencies().size(), settings))));
    }
}
