package org.safeguardinghub.chronology;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.chronology.events.EventJson;
import org.safeguardinghub.chronology.events.EventStore;
import org.safeguardinghub.chronology.events.EventValidator;
import org.safeguardinghub.chronology.events.IncomingEvent;
import org.safeguardinghub.shared.Ids;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How other modules put their entries in a child's chronology (a contact made, an alert closed, a
 * disagreement escalated, a meeting's minutes), so the chronology stays the one place where
 * everything about the child is told. Entries are {@link NewEvent}s, checked by the rules partner
 * events meet, recorded as from the agency concerned and by whoever acted, or by the system, in the
 * caller's transaction, and published like every other event.
 */
@Service
public class ChronologyEntries {

    private final EventValidator validator;
    private final EventStore events;
    private final EventFeed feed;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    ChronologyEntries(EventStore events, EventFeed feed, ApplicationEventPublisher publisher, Clock clock) {
        this.validator = new EventValidator(clock);
        this.events = events;
        this.feed = feed;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Who acted: a practitioner's username, or a name for the system such as {@code system:escalation}. */
    public record Author(String name, boolean person) {

        public static Author practitioner(String username) {
            return new Author(username, true);
        }

        public static Author system(String job) {
            return new Author("system:" + job, false);
        }
    }

    /** Records an entry for a known child; its summary is shortened to the contract's limit if need be. */
    @Transactional
    public UUID record(ChildId child, UUID agencyId, Author author, NewEvent event) {
        IncomingEvent valid = valid(EventJson.entry(shortened(event)));
        UUID id = Ids.newId();
        events.append(List.of(new EventStore.Row(id, id, 1, child, agencyId, null, null, valid.type(),
                valid.occurredAt(), valid.occurredDateOnly(), valid.endedAt(), valid.endedDateOnly(), valid.summary(),
                valid.details() == null ? null : valid.details().toString(), valid.significance(), valid.sensitivity(),
                null, clock.instant(), author.name(), author.person() ? "PRACTITIONER" : "SYSTEM", null)));
        publisher.publishEvent(new EventsRecorded(List.of(new EventsRecorded.Recorded(child, id, valid.type(),
                valid.significance(), agencyId, valid.occurredAt()))));
        return id;
    }

    /**
     * Records an entry about someone described by {@code subject}, linked to a child as the feed
     * links partners' events (a contact made on the web form, say), under the agency's own
     * {@code eventId}. Refused entries throw {@link Refused}; nothing is stored.
     */
    @Transactional
    public EventFeed.Result recordAbout(Actor.Person by, String eventId, Subject subject, NewEvent event) {
        EventFeed.Result result = feed.receive(by, EventJson.event(eventId, subject, shortened(event)));
        if (result.status() != EventFeed.Status.CREATED) {
            throw new Refused(result.errors() == null ? List.of(new FieldError("eventId", "already recorded"))
                    : result.errors());
        }
        return result;
    }

    private IncomingEvent valid(tools.jackson.databind.JsonNode entry) {
        return switch (validator.validateEntry(entry)) {
            case EventValidator.Valid valid -> valid.event();
            case EventValidator.Invalid invalid -> throw new Refused(invalid.errors());
        };
    }

    private static NewEvent shortened(NewEvent event) {
        String summary = event.summary();
        if (summary == null || summary.length() <= EventValidator.MAX_SUMMARY) {
            return event;
        }
        return new NewEvent(event.type(), event.occurredAt(), event.endedAt(),
                summary.substring(0, EventValidator.MAX_SUMMARY - 1) + "…", event.significance(), event.sensitivity(),
                event.details());
    }
}
