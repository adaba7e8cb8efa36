package org.safeguardinghub.oversight.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.safeguardinghub.alerts.AlertCode;
import org.safeguardinghub.alerts.AlertRuleEvaluated;
import org.safeguardinghub.alerts.AlertRulesEvaluated;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.oversight.rules.Finding;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Alerts whose rules live in other modules because they are about those modules' records (a
 * contact without a decision, a drifting plan): the module says what its rule found
 * ({@link AlertRuleEvaluated}, or {@link AlertRulesEvaluated} for many children at once), and the
 * alert is raised, given new evidence or withdrawn exactly as the chronology rules' alerts are, one
 * open alert per code and child, in the module's transaction. A batch is handled in a few statements
 * whatever its size (lock, read, raise, tell, replace, withdraw), which is what lets a deadline job
 * raise thousands of alerts in seconds.
 */
@Component
class ReportedAlerts {

    private final AlertStore alerts;
    private final AlertNotifier notifier;

    ReportedAlerts(AlertStore alerts, AlertNotifier notifier) {
        this.alerts = alerts;
        this.notifier = notifier;
    }

    @EventListener
    void on(AlertRuleEvaluated evaluated) {
        on(new AlertRulesEvaluated(List.of(evaluated)));
    }

    @EventListener
    void on(AlertRulesEvaluated batch) {
        if (batch.evaluations().isEmpty()) {
            return;
        }
        List<ChildId> children = batch.evaluations().stream().map(AlertRuleEvaluated::child).distinct().toList();
        alerts.lock(children);
        Map<AlertStore.Key, Reconciliation.Held> open = alerts.open(children);
        List<AlertStore.ChildFinding> raise = new ArrayList<>();
        Map<UUID, AlertStore.ChildFinding> replace = new HashMap<>();
        List<UUID> withdraw = new ArrayList<>();
        Map<AlertStore.Key, Set<UUID>> alsoTell = new HashMap<>();
        for (AlertRuleEvaluated evaluated : batch.evaluations()) {
            Optional<Reconciliation.Change> change = Reconciliation.reconcile(
                    evaluated.met().map(met -> finding(evaluated.code(), met)),
                    Optional.ofNullable(open.get(new AlertStore.Key(evaluated.child(), evaluated.code()))));
            switch (change.orElse(null)) {
                case Reconciliation.Raise r -> {
                    raise.add(new AlertStore.ChildFinding(evaluated.child(), r.finding()));
                    alsoTell.put(new AlertStore.Key(evaluated.child(), evaluated.code()), evaluated.alsoTell());
                }
                case Reconciliation.Replace r -> replace.put(r.alertId(), new AlertStore.ChildFinding(evaluated.child(), r.finding()));
                case Reconciliation.Withdraw w -> withdraw.add(w.alertId());
                case null -> { }
            }
        }
        notifier.alertsRaised(alerts.raise(raise), r -> alsoTell.getOrDefault(r.finding().key(), Set.of()));
        alerts.replaceEvidence(replace);
        alerts.withdraw(withdraw);
    }

    private static Finding finding(AlertCode code, AlertRuleEvaluated.Met met) {
        List<Finding.Reason> reasons = new ArrayList<>(List.of(new Finding.Reason(met.reasonKey(), met.args())));
        met.moreReasons().forEach(r -> reasons.add(new Finding.Reason(r.key(), r.args())));
        return new Finding(code, reasons, met.evidence(), met.agencies(), met.restrictedContributed());
    }
}
