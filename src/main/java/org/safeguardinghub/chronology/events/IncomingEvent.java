package org.safeguardinghub.chronology.events;

import java.time.Instant;

import org.safeguardinghub.access.Sensitivity;
import org.safeguardinghub.chronology.EventType;
import org.safeguardinghub.chronology.Significance;
import org.safeguardinghub.chronology.Subject;
import tools.jackson.databind.node.ObjectNode;

/**
 * A partner's event that passed validation, normalised: defaults applied, times as instants
 * (a date alone means that day in England, and {@code dateOnly} remembers it was only a date).
 *
 * @param contentHash identifies the content for idempotent resends: same id and hash is a
 *                    duplicate, same id and another hash is a conflict
 */
public record IncomingEvent(String eventId, Subject subject, EventType type, Instant occurredAt,
                            boolean occurredDateOnly, Instant endedAt, boolean endedDateOnly, String summary,
                            Significance significance, Sensitivity sensitivity, ObjectNode details,
                            byte[] contentHash) {
}
