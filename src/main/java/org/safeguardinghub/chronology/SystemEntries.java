package org.safeguardinghub.chronology;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.safeguardinghub.access.Sensitivity;
import org.safeguardinghub.shared.Ids;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Entries other modules put in a child's chronology (an alert acknowledged, a disagreement
 * escalated), so the chronology stays the one place where everything about the child is told.
 * The entry is recorded as from the agency concerned and by whoever acted, or by the system.
 */
@Service
public class SystemEntries {

    private final EventStore events;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    SystemEntries(EventStore events, ApplicationEventPublisher publisher, Clock clock) {
        this.events = events;
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

    @Transactional
    public UUID record(ChildId child, UUID agencyId, Author author, EventType type, Instant occurredAt, String summary,
                       Significance significance) {
        UUID id = Ids.newId();
        Instant now = clock.instant();
        events.append(List.of(new EventStore.Row(id, id, 1, child, agencyId, null, null, type, occurredAt, false, null,
                false, summary.length() > EventValidator.MAX_SUMMARY ? summary.substring(0, EventValidator.MAX_SUMMARY) : summary,
                null, significance, Sensitivity.STANDARD, null, now, author.name(),
                author.person() ? "PRACTITIONER" : "SYSTEM", null)));
        publisher.publishEvent(new EventsRecorded(List.of(new EventsRecorded.Recorded(child, id, type, significance, agencyId,
                occurredAt))));
        return id;
    }
}
