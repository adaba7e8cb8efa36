package org.safeguardinghub.chronology;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Published when events are added to children's chronologies (by the feed, a practitioner or
 * another module), inside the transaction that adds them, once they are written: a module that
 * reacts (the alert rules) does so in that transaction, so its reaction is committed with the
 * events or not at all. A correction names the event as it was and as it is now: what it was may
 * have counted towards something it no longer does. Events a partner system sent through the feed
 * say so: a contact sent that way enters the front door's queue there and then.
 */
public record EventsRecorded(List<Recorded> events, boolean correction, boolean fromPartnerFeed) {

    public EventsRecorded {
        events = List.copyOf(events);
    }

    public EventsRecorded(List<Recorded> events) {
        this(events, false, false);
    }

    public EventsRecorded(List<Recorded> events, boolean correction) {
        this(events, correction, false);
    }

    /** One event added: which child, what kind and how significant, from which agency, and when it happened. */
    public record Recorded(ChildId child, UUID eventId, EventType type, Significance significance, UUID agencyId,
                           Instant occurredAt) {
    }
}
