package org.safeguardinghub.chronology.events;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.access.AuditLog;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.chronology.ChronologyEntry;
import org.safeguardinghub.chronology.ChronologyQuery;
import org.safeguardinghub.chronology.EventsRecorded;
import org.safeguardinghub.chronology.FieldError;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.chronology.Refused;
import org.safeguardinghub.shared.Ids;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Entries practitioners record on a child's page, and corrections. A correction never changes
 * what was recorded: it adds a new version with who made it, when and why, and the old version
 * stays readable in the entry's history. Only the agency that recorded an entry may correct it;
 * anyone else who thinks it wrong should raise it with that agency.
 */
@Service
public class EventRecorder {

    static final int MAX_REASON = 1000;

    private final EventValidator validator;
    private final EventStore events;
    private final ChronologyQuery chronology;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    EventRecorder(EventStore events, ChronologyQuery chronology, AuditLog auditLog,
                  ApplicationEventPublisher publisher, Clock clock) {
        this.validator = new EventValidator(clock);
        this.events = events;
        this.chronology = chronology;
        this.auditLog = auditLog;
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * Records a new entry from the viewer's agency.
     *
     * @param entry the entry in the event-feed format, without eventId and subject
     * @return the new event's id
     */
    @Transactional
    public UUID record(OpenRecord record, JsonNode entry) {
        Actor.Person author = practitioner(record);
        IncomingEvent event = valid(entry);
        UUID id = Ids.newId();
        events.append(List.of(row(id, id, 1, record.child(), author.agency().id(), null, event, author, null)));
        auditLog.record(author, AuditAction.RECORD_EVENT, record.child().value(), "event " + id);
        publish(record.child(), id, event, author);
        return id;
    }

    /**
     * Corrects an entry: {@code expectedVersion} is the version the practitioner was looking at, so
     * two people correcting at once cannot silently overwrite each other.
     */
    @Transactional
    public void correct(OpenRecord record, UUID eventId, int expectedVersion, JsonNode corrected, String reason) {
        Actor.Person author = practitioner(record);
        ChronologyEntry current = chronology.current(record, eventId)
                .orElseThrow(() -> new Refused(List.of(new FieldError("event", "no such entry for this child"))));
        if (!current.agencyId().equals(author.agency().id())) {
            throw new Refused(List.of(new FieldError("event", "only " + current.agencyCode()
                    + ", which recorded this entry, can correct it; ask them")));
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > MAX_REASON) {
            throw new Refused(List.of(new FieldError("reason", "say why this entry is being corrected (up to "
                    + MAX_REASON + " characters)")));
        }
        IncomingEvent event = valid(corrected);
        if (current.version() != expectedVersion || !events.supersede(eventId, current.version())) {
            throw new Refused(List.of(new FieldError("event",
                    "someone else corrected this entry meanwhile; look at its latest version first")));
        }
        events.append(List.of(row(Ids.newId(), eventId, current.version() + 1, record.child(), current.agencyId(),
                current.sourceEventId(), event, author, why)));
        auditLog.record(author, AuditAction.CORRECT_EVENT, record.child().value(),
                "event " + eventId + " version " + (current.version() + 1) + ": " + why);
        // what the event was matters as much as what it is now: rules about either must look again
        publisher.publishEvent(new EventsRecorded(List.of(
                new EventsRecorded.Recorded(record.child(), eventId, current.type(), current.significance(),
                        current.agencyId(), current.occurredAt()),
                new EventsRecorded.Recorded(record.child(), eventId, event.type(), event.significance(),
                        current.agencyId(), event.occurredAt())), true));
    }

    private IncomingEvent valid(JsonNode entry) {
        return switch (validator.validateEntry(entry)) {
            case EventValidator.Valid valid -> valid.event();
            case EventValidator.Invalid invalid -> throw new Refused(invalid.errors());
        };
    }

    private static Actor.Person practitioner(OpenRecord record) {
        if (record.viewer() instanceof Actor.Person practitioner) {
            return practitioner;
        }
        throw new Refused(List.of(new FieldError("", "partner systems send events through the event feed")));
    }

    private EventStore.Row row(UUID id, UUID eventId, int version, ChildId child, UUID agencyId, String sourceEventId,
                               IncomingEvent e, Actor author, String reason) {
        return new EventStore.Row(id, eventId, version, child, agencyId, sourceEventId, null, e.type(), e.occurredAt(),
                e.occurredDateOnly(), e.endedAt(), e.endedDateOnly(), e.summary(),
                Optional.ofNullable(e.details()).map(JsonNode::toString).orElse(null), e.significance(),
                e.sensitivity(), null, clock.instant(), author.auditName(), "PRACTITIONER", reason);
    }

    private void publish(ChildId child, UUID eventId, IncomingEvent event, Actor author) {
        publisher.publishEvent(new EventsRecorded(List.of(new EventsRecorded.Recorded(child, eventId, event.type(),
                event.significance(), author.agency().id(), event.occurredAt()))));
    }
}
