package org.safeguardinghub.oversight;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.oversight.rules.Finding;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Alerts whose rules live in other modules because they are about those modules' records (a
 * contact without a decision, a drifting plan): the module decides whether its rule is met and
 * says so here, and the alert is raised, given new evidence or withdrawn exactly as the
 * chronology rules' alerts are, one open alert per code and child.
 */
@Service
public class ModuleAlerts {

    private final AlertStore alerts;
    private final Notifier notifier;

    ModuleAlerts(AlertStore alerts, Notifier notifier) {
        this.alerts = alerts;
        this.notifier = notifier;
    }

    /**
     * A rule met: its reason ({@code alert.reason.<reasonKey>} with its numbers), the chronology
     * events that met it and their agencies.
     */
    public record Found(String reasonKey, List<Long> args, Set<UUID> evidence, Set<UUID> agencies) {

        Finding finding(AlertCode code) {
            return new Finding(code, List.of(new Finding.Reason(reasonKey, args)), evidence, agencies, false);
        }
    }

    /**
     * Makes the child's alert for this code say what the module found, or withdraws it when the
     * rule is no longer met. Those the alert is new to are told, and so are {@code alsoTell}
     * (the people the module's rule names, such as the MASH managers).
     */
    @Transactional
    public void reconcile(ChildId child, AlertCode code, Optional<Found> found, Set<UUID> alsoTell) {
        alerts.lock(List.of(child));
        Optional<Reconciliation.Held> held = Optional.ofNullable(alerts.open(List.of(child)).get(new AlertStore.Key(child, code)));
        Optional<Reconciliation.Change> change = Reconciliation.reconcile(found.map(f -> f.finding(code)), held);
        if (change.isEmpty()) {
            return;
        }
        switch (change.get()) {
            case Reconciliation.Raise raise -> {
                List<AlertStore.Raised> raised = alerts.raise(List.of(new AlertStore.ChildFinding(child, raise.finding())));
                notifier.alertsRaised(raised);
                notifier.alsoTell(raised, alsoTell);
            }
            case Reconciliation.Replace replace ->
                    alerts.replaceEvidence(Map.of(replace.alertId(), new AlertStore.ChildFinding(child, replace.finding())));
            case Reconciliation.Withdraw withdraw -> alerts.withdraw(List.of(withdraw.alertId()));
        }
    }
}
