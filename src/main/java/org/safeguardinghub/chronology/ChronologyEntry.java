package org.safeguardinghub.chronology;

import java.time.Instant;
import java.util.UUID;

import org.safeguardinghub.access.Sensitivity;

/**
 * One event as a viewer may see it. When {@code restricted}, the viewer may know only that a
 * restricted entry exists, when, and from which agency to ask ({@code owner}: whom, and how to reach
 * them): its kind, summary, details, end and correction reason are null.
 *
 * @param versionId   the id of this version; {@code eventId} is the same for all versions
 * @param sourceEventId the sending agency's own id for the event (partner events)
 */
public record ChronologyEntry(UUID versionId, UUID eventId, int version, UUID agencyId, String agencyCode,
                              String agencyName, String sourceEventId, EventType type, Instant occurredAt,
                              boolean occurredDateOnly, Instant endedAt, boolean endedDateOnly, String summary,
                              String detailsJson, Significance significance, Sensitivity sensitivity,
                              Instant recordedAt, String recordedBy, String correctionReason, boolean restricted,
                              String owner) {

    public boolean corrected() {
        return version > 1;
    }

    /** The message key of the entry's kind as a page shows it: its type, or "restricted entry". */
    public String typeKey() {
        return restricted ? "event.type.RESTRICTED" : "event.type." + type;
    }
}
