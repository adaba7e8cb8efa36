package org.safeguardinghub.chronology;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.safeguardinghub.access.Sensitivity;

/**
 * What rules need to know about one current event, without its words: kind, agency, times,
 * significance, sensitivity, and the few details the alert rules of contract v1 read.
 *
 * @param categories    a contact's categories (e.g. CSE)
 * @param offeredAt     a return interview's offer time (its occurrence if not given)
 * @param missingEventId the partner's eventId of the missing episode a return interview follows
 */
public record EventFact(UUID eventId, String sourceEventId, ChildId child, EventType type, UUID agencyId,
                        Instant occurredAt, Instant endedAt, Significance significance, Sensitivity sensitivity,
                        List<String> categories, Instant offeredAt, String missingEventId) {

    public EventFact {
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    public boolean restricted() {
        return sensitivity.isRestricted();
    }
}
