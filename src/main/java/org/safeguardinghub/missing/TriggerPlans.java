package org.safeguardinghub.missing;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.access.AuditLog;
import org.safeguardinghub.access.Permission;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.missing.internal.MissingPermissions;
import org.safeguardinghub.missing.internal.MissingReading;
import org.safeguardinghub.missing.internal.TriggerPlanStages;
import org.safeguardinghub.missing.internal.TriggerPlanStore;
import org.safeguardinghub.shared.Ids;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Missing trigger plans: per child, the triggers and what carers do at each stage of an episode,
 * as data (seeds 003_… LP36). Shown beside a live episode with the time elapsed and the stage reached.
 * (The plans module's {@code MISSING_TRIGGER_PLAN} is to be linked to these later.)
 */
@Service
public class TriggerPlans {

    private final TriggerPlanStore store;
    private final AuditLog auditLog;
    private final Clock clock;

    TriggerPlans(TriggerPlanStore store, AuditLog auditLog, Clock clock) {
        this.store = store;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public Optional<TriggerPlan> current(OpenRecord record) {
        return MissingReading.readsProfile(record) ? store.current(record.child()) : Optional.empty();
    }

    public Permission mayEdit(OpenRecord record) {
        return MissingPermissions.record(record.viewer(), record.basis());
    }

    /** Where a live episode stands in the child's plan now, if the child has a plan. */
    public Optional<TriggerPlanStages.Position> position(OpenRecord record, Episode live) {
        return current(record).map(plan -> TriggerPlanStages.at(plan, live.startedAt(), clock.instant()));
    }

    /** Saves a new version; returns the problems by field (message keys), none if saved. */
    @Transactional
    public Map<String, String> save(OpenRecord record, PlanSubmission s) {
        Permission may = mayEdit(record);
        if (may.refused()) {
            return Map.of("triggers", may.reason());
        }
        Map<String, String> problems = s.problems();
        if (!problems.isEmpty()) {
            return problems;
        }
        int version = store.current(record.child()).map(TriggerPlan::version).orElse(0) + 1;
        store.insert(new TriggerPlan(Ids.newId(), record.child(), version, Episodes.blankToNull(s.triggers()),
                s.plannedStages(), record.viewer().auditName(), clock.instant()));
        auditLog.record(record.viewer(), AuditAction.RECORD_EVENT, record.child().value(), "missing trigger plan version "
                + version);
        return Map.of();
    }
}
