package org.safeguardinghub.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.safeguardinghub.access.Practitioner;
import org.safeguardinghub.chronology.ChildId;

/**
 * An action agreed at a meeting, as its owner and the child's page see it: the action in the
 * latest finalised minutes, who owns it, the meeting it came from, and whether it is done.
 */
public record MeetingAction(UUID meetingId, ChildId child, MeetingType meetingType, LocalDate heldOn,
                            Minutes.Action action, Practitioner owner, Instant doneAt, String doneBy) {

    public enum Status { OPEN, OVERDUE, DONE }

    /** Done; overdue once its due date has passed without being done; open before. */
    public Status statusOn(LocalDate today) {
        if (doneAt != null) {
            return Status.DONE;
        }
        return today.isAfter(action.due()) ? Status.OVERDUE : Status.OPEN;
    }

    /** The owner (or whoever acts for them) says it is done: only an action not yet done can be. */
    public Completed complete(String by, String note, Instant at) {
        if (doneAt != null) {
            throw new IllegalStateException("action " + action.id() + " was done on " + doneAt);
        }
        return new Completed(action.id(), by, note, at);
    }

    /** An action done, by whom, with what note. */
    public record Completed(UUID actionId, String by, String note, Instant at) {
    }
}
