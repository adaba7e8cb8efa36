package org.safeguardinghub.oversight;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.safeguardinghub.chronology.ChildId;

/** A professional disagreement about a decision on a child, and the steps it went through. */
public record Disagreement(UUID id, ChildId child, String raisedBy, String raisedByAgency, DecisionKind kind,
                           String decision, String withAgency, String withPractitioner, String reason, int stage,
                           LocalDate stageStartedOn, LocalDate stageDueOn, Status status, String resolution,
                           String resolvedBy, Instant resolvedAt, Instant raisedAt, List<Step> steps) {

    public enum Status { OPEN, RESOLVED }

    /** What kind of decision is disputed. */
    public enum DecisionKind { THRESHOLD_DECISION, CASE_CLOSURE, PLAN, ASSESSMENT, MEETING_OUTCOME, RISK_LEVEL, OTHER }

    public record Step(Instant at, String actor, String action, int stage, String note) {
    }

    public boolean overdueOn(LocalDate today) {
        return status == Status.OPEN && EscalationPolicy.overdue(stageDueOn, today);
    }
}
