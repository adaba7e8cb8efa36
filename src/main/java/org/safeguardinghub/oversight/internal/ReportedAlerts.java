package org.safeguardinghub.oversight.internal;

import java.util.List;
import java.util.Optional;

import org.safeguardinghub.alerts.AlertCode;
import org.safeguardinghub.alerts.AlertRuleEvaluated;
import org.safeguardinghub.oversight.rules.Finding;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Alerts whose rules live in other modules because they are about those modules' records (a
 * contact without a decision, a drifting plan): the module says what its rule found
 * ({@link AlertRuleEvaluated}), and the alert is raised, given new evidence or withdrawn exactly as
 * the chronology rules' alerts are, one open alert per code and child, in the module's transaction.
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
        alerts.lock(List.of(evaluated.child()));
        Optional<Reconciliation.Held> held = Optional.ofNullable(
                alerts.open(List.of(evaluated.child())).get(new AlertStore.Key(evaluated.child(), evaluated.code())));
        Optional<Reconciliation.Change> change = Reconciliation.reconcile(
                evaluated.met().map(met -> finding(evaluated.code(), met)), held);
        switch (change.orElse(null)) {
            case Reconciliation.Raise raise -> notifier.alertsRaised(alerts.raise(List.of(
                    new AlertStore.ChildFinding(evaluated.child(), raise.finding()))), evaluated.alsoTell());
            case Reconciliation.Replace replace -> alerts.replaceEvidence(java.util.Map.of(replace.alertId(),
                    new AlertStore.ChildFinding(evaluated.child(), replace.finding())));
            case Reconciliation.Withdraw withdraw -> alerts.withdraw(List.of(withdraw.alertId()));
            case null -> { }
        }
    }

    private static Finding finding(AlertCode code, AlertRuleEvaluated.Met met) {
        List<Finding.Reason> reasons = new java.util.ArrayList<>(List.of(new Finding.Reason(met.reasonKey(), met.args())));
        met.moreReasons().forEach(r -> reasons.add(new Finding.Reason(r.key(), r.args())));
        return new Finding(code, reasons, met.evidence(), met.agencies(), met.restrictedContributed());
    }
}
