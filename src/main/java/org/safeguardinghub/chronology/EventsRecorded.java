package org.safeguardinghub.chronology;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Published when events are added to children's chronologies (by the feed or a practitioner),
 * inside the transaction that adds them; modules that react (alerts, the front door) listen
 * after commit.
 */
public record EventsRecorded(List<Recorded> events) {

    public EventsRecorded {
        events = List.copyOf(events);
    }

    /** One event added: which child, what kind and how significant, from which agency, and when it happened. */
    public record Recorded(ChildId child, UUID eventId, EventType type, Significance significance, UUID agencyId,
                           Instant occurredAt) {
    }
}
