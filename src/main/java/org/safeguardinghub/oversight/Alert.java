package org.safeguardinghub.oversight;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.safeguardinghub.alerts.AlertCode;
import org.safeguardinghub.alerts.Severity;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.oversight.rules.Finding;

/**
 * An alert about a child: which rule, how urgent, why (reasons and the events that met the rule)
 * and what people have done about it. People acknowledge and close open alerts; the rules raise,
 * update and withdraw them.
 */
public record Alert(UUID id, ChildId child, AlertCode code, Severity severity, Status status, Instant raisedAt,
                    Instant updatedAt, List<Finding.Reason> reasons, List<UUID> evidence, boolean restricted,
                    Instant acknowledgedAt, String acknowledgedBy, Instant closedAt, String closedBy,
                    String closeReason) {

    /** CLOSED by a person with a reason; WITHDRAWN by the rules when later events no longer meet them. */
    public enum Status { OPEN, ACKNOWLEDGED, CLOSED, WITHDRAWN }

    /** What a person does with an open alert. */
    public enum Action { ACKNOWLEDGED, CLOSED }

    /** One thing that happened to the alert. */
    public record Step(Instant at, String actor, String action, String note) {
    }

    /** A person acted on the alert: acknowledged it (saying what was done) or closed it (saying why). */
    public record Acted(UUID alertId, AlertCode code, Action action, String by, String note, Instant at) {
    }

    public boolean open() {
        return status == Status.OPEN || status == Status.ACKNOWLEDGED;
    }

    public Acted acknowledge(String by, String whatWasDone, Instant at) {
        return act(Action.ACKNOWLEDGED, by, whatWasDone, at);
    }

    public Acted close(String by, String reason, Instant at) {
        return act(Action.CLOSED, by, reason, at);
    }

    private Acted act(Action action, String by, String note, Instant at) {
        if (!open()) {
            throw new IllegalStateException("alert " + id + " is " + status + "; only an open alert can be " + action);
        }
        return new Acted(id, code, action, by, note, at);
    }
}
