package org.safeguardinghub.oversight;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.oversight.rules.Finding;

/**
 * An alert about a child: which rule, how urgent, why (reasons and the events that met the rule)
 * and what people have done about it.
 */
public record Alert(UUID id, ChildId child, AlertCode code, Severity severity, Status status, Instant raisedAt,
                    Instant updatedAt, List<Finding.Reason> reasons, List<UUID> evidence, boolean restricted,
                    Instant acknowledgedAt, String acknowledgedBy, Instant closedAt, String closedBy,
                    String closeReason) {

    /** CLOSED by a person with a reason; WITHDRAWN by the rules when later events no longer meet them. */
    public enum Status { OPEN, ACKNOWLEDGED, CLOSED, WITHDRAWN }

    /** One thing that happened to the alert. */
    public record Step(Instant at, String actor, String action, String note) {
    }

    public boolean open() {
        return status == Status.OPEN || status == Status.ACKNOWLEDGED;
    }
}
