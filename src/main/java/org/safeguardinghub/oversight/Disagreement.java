package org.safeguardinghub.oversight;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.oversight.internal.EscalationPolicy;

/**
 * A professional disagreement about a decision on a child, and the steps it went through. An open
 * disagreement can be responded to, escalated a stage (not beyond the partnership's, the last) and
 * resolved; each of these returns what happened, for the service to record.
 */
public record Disagreement(UUID id, ChildId child, String raisedBy, String raisedByAgency, DecisionKind kind,
                           String decision, String withAgency, String withPractitioner, String reason, int stage,
                           LocalDate stageStartedOn, LocalDate stageDueOn, Status status, String resolution,
                           String resolvedBy, Instant resolvedAt, Instant raisedAt, List<Step> steps) {

    /** The stage at which the partnership (stage 4) hears a disagreement: the last. */
    public static final int LAST_STAGE = 4;

    public enum Status { OPEN, RESOLVED }

    /** What kind of decision is disputed. */
    public enum DecisionKind { THRESHOLD_DECISION, CASE_CLOSURE, PLAN, ASSESSMENT, MEETING_OUTCOME, RISK_LEVEL, OTHER }

    /** What can happen to a disagreement, as its history names it. */
    public enum Action { RAISED, RESPONDED, ESCALATED, RESOLVED }

    public record Step(Instant at, String actor, String action, int stage, String note) {
    }

    /** A stage and when its response is due. */
    public record Stage(int number, LocalDate startedOn, LocalDate dueOn) {
    }

    /** Something that happened to an open disagreement, by whom and why. */
    public sealed interface Change {

        UUID disagreementId();

        Action action();

        String by();

        String note();

        int stage();
    }

    public record Responded(UUID disagreementId, String by, String note, int stage) implements Change {

        @Override
        public Action action() {
            return Action.RESPONDED;
        }
    }

    public record Escalated(UUID disagreementId, String by, String note, Stage to) implements Change {

        @Override
        public Action action() {
            return Action.ESCALATED;
        }

        @Override
        public int stage() {
            return to.number();
        }
    }

    public record Resolved(UUID disagreementId, String by, String note, int stage) implements Change {

        @Override
        public Action action() {
            return Action.RESOLVED;
        }
    }

    public boolean overdueOn(LocalDate today) {
        return status == Status.OPEN && EscalationPolicy.overdue(stageDueOn, today);
    }

    public boolean atLastStage() {
        return stage >= LAST_STAGE;
    }

    public Responded respond(String by, String note) {
        requireOpen(Action.RESPONDED);
        return new Responded(id, by, note, stage);
    }

    /** Up to {@code next}, the stage after this one. */
    public Escalated escalate(String by, String note, Stage next) {
        requireOpen(Action.ESCALATED);
        if (atLastStage() || next.number() != stage + 1) {
            throw new IllegalStateException("disagreement " + id + " at stage " + stage + " cannot go to " + next.number());
        }
        return new Escalated(id, by, note, next);
    }

    public Resolved resolve(String by, String resolution) {
        requireOpen(Action.RESOLVED);
        return new Resolved(id, by, resolution, stage);
    }

    private void requireOpen(Action action) {
        if (status != Status.OPEN) {
            throw new IllegalStateException("disagreement " + id + " is " + status + "; it cannot be " + action);
        }
    }
}
