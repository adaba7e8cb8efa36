package org.safeguardinghub.risk;

import java.time.Instant;
import java.util.UUID;

import org.safeguardinghub.chronology.ChildId;

/**
 * A child linked to a context: how the link came about (a practitioner's knowledge, a screening, an
 * exploitation concern or a return interview in the chronology), by whom, and when it ended.
 */
public record ContextLink(UUID id, UUID contextId, ChildId child, Source source, UUID sourceId, String note,
                          String linkedBy, UUID agencyId, Instant linkedAt, String endedBy, Instant endedAt,
                          String endReason) {

    public enum Source { PRACTITIONER, SCREENING, EXPLOITATION_CONCERN, RETURN_INTERVIEW }

    public boolean current() {
        return endedAt == null;
    }

    /** Ends the link; refused if it has ended already. */
    public Ended end(String by, Instant at, String reason) {
        if (!current()) {
            throw new IllegalStateException("link " + id + " has ended already");
        }
        return new Ended(id, contextId, child, by, at, reason);
    }

    /** A link ended. */
    public record Ended(UUID linkId, UUID contextId, ChildId child, String by, Instant at, String reason) {
    }
}
