package org.safeguardinghub.plans.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A plan as it stood at one time, with names as they were then: what its history shows side by side.
 * Kept as JSON in {@code plans.plan_version}.
 */
public record PlanSnapshot(String lead, List<String> agencies, LocalDate reviewDue, List<SnapOutcome> outcomes,
                           List<SnapAction> actions) {

    public PlanSnapshot {
        agencies = List.copyOf(agencies);
        outcomes = List.copyOf(outcomes);
        actions = List.copyOf(actions);
    }

    public record SnapOutcome(int position, String wording, String childsView, String status) {
    }

    public record SnapAction(UUID id, String what, String owner, String ownerAgency, LocalDate due, String doneLooksLike,
                             String workedLooksLike, String status, String effectiveness) {
    }
}
