package org.safeguardinghub.risk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.safeguardinghub.access.Sensitivity;

/**
 * A context recorded once (a place, a peer group, a school, an online space, a person of concern, a
 * vehicle, a phone number) with the work on it: referred, assessed, discussed at context meetings,
 * closed, and its own actions. Its name and description are read at {@code sensitivity}; the
 * recording agency always reads them.
 */
public record Context(UUID id, ContextKind kind, String name, String description, Sensitivity sensitivity, String area,
                      UUID recordingAgencyId, String recordedBy, Instant recordedAt, List<Step> steps,
                      List<Action> actions) {

    public Context {
        steps = steps == null ? List.of() : List.copyOf(steps);
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    /** A step in the work on the context, with the agencies present at a meeting. */
    public record Step(UUID id, ContextStep step, String note, List<String> agencies, String by, Instant at) {

        public Step {
            agencies = List.copyOf(agencies);
        }
    }

    /** Where an action came from. */
    public enum ActionSource { CONTEXT_MEETING, SCREENING, EXPLOITATION_CONCERN, RETURN_INTERVIEW }

    /** An action on the context: what, who, by when, what it arose from; done when signed off. */
    public record Action(UUID id, String what, String owner, LocalDate dueOn, ActionSource arisingFrom, String createdBy,
                         Instant createdAt, String doneBy, Instant doneAt, String doneNote) {

        public boolean done() {
            return doneAt != null;
        }

        /** Records the action as done; refused if it is done already. */
        public ActionDone complete(String by, Instant at, String note) {
            if (done()) {
                throw new IllegalStateException("action " + id + " is done already");
            }
            return new ActionDone(id, by, at, note);
        }
    }

    /** An action was done. */
    public record ActionDone(UUID actionId, String by, Instant at, String note) {
    }

    /** A step was taken. */
    public record StepTaken(UUID contextId, ContextStep step, String note, List<String> agencies, String by, Instant at) {
    }

    /** Where the work stands: the latest step, or null if none was taken yet. */
    public ContextStep status() {
        return steps.isEmpty() ? null : steps.getLast().step();
    }

    /**
     * Takes a step, if it may follow the one before: a referral starts the work (again, after a
     * closure); an assessment follows the referral; meetings follow the assessment or another
     * meeting; anything open may be closed.
     */
    public StepTaken take(ContextStep step, String note, List<String> agencies, String by, Instant at) {
        if (!mayTake(step)) {
            throw new IllegalStateException("context " + id + " is " + status() + ": " + step + " may not follow");
        }
        return new StepTaken(id, step, note, agencies, by, at);
    }

    public boolean mayTake(ContextStep step) {
        ContextStep now = status();
        return switch (step) {
            case REFERRED -> now == null || now == ContextStep.CLOSED;
            case ASSESSED -> now == ContextStep.REFERRED;
            case MEETING_HELD -> now == ContextStep.ASSESSED || now == ContextStep.MEETING_HELD;
            case CLOSED -> now != null && now != ContextStep.CLOSED;
        };
    }

    public java.util.Optional<Action> action(UUID actionId) {
        return actions.stream().filter(a -> a.id().equals(actionId)).findFirst();
    }
}
