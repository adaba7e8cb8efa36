package org.safeguardinghub.oversight;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.safeguardinghub.oversight.rules.Finding;

/**
 * What to do with a rule's alert for a child given the rule's latest finding over every event now
 * known: raise it, give it the finding's evidence, withdraw it, or leave it. Plain Java, so the
 * order-independence of alerts can be shown by property tests.
 */
final class Reconciliation {

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
     * @param finding         the rule's finding now, if it is met
     * @param openAlert       the rule's alert for the child, if one is open
     * @param openEvidence    that alert's evidence
     */
    static Optional<Change> reconcile(Optional<Finding> finding, Optional<UUID> openAlert, Set<UUID> openEvidence) {
        if (finding.isEmpty()) {
            return openAlert.map(Withdraw::new);
        }
        if (openAlert.isEmpty()) {
            return Optional.of(new Raise(finding.get()));
        }
        return finding.get().evidence().equals(openEvidence)
                ? Optional.empty()
                : Optional.of(new Replace(openAlert.get(), finding.get()));
    }
}
