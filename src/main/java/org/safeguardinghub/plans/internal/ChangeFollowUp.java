package org.safeguardinghub.plans.internal;

import org.safeguardinghub.chronology.ChildId;
import org.springframework.stereotype.Component;

/**
 * What every change to a child's plans is followed by, in its transaction: the drift rules and the
 * withdrawal rule are evaluated again, so their alerts are committed with the change that raised or
 * answered them (ADR 0012, ADR 0019).
 */
@Component
public class ChangeFollowUp {

    private final DriftReports drift;
    private final WithdrawalAlerts withdrawals;

    ChangeFollowUp(DriftReports drift, WithdrawalAlerts withdrawals) {
        this.drift = drift;
        this.withdrawals = withdrawals;
    }

    public void changed(ChildId child) {
        drift.reconcile(child);
        withdrawals.reconcile(child);
    }
}
