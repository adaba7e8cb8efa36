package org.safeguardinghub.oversight.rules;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.safeguardinghub.access.Sensitivity;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.chronology.EventFact;
import org.safeguardinghub.chronology.EventType;
import org.safeguardinghub.chronology.Significance;

/** Events for rule tests: invented, with only what the rules read. */
final class TestFacts {

    static final ChildId CHILD = new ChildId(UUID.nameUUIDFromBytes("child".getBytes()));
    static final UUID POLICE = UUID.nameUUIDFromBytes("police".getBytes());
    static final UUID HOSPITAL_A = UUID.nameUUIDFromBytes("hospital-a".getBytes());
    static final UUID HOSPITAL_B = UUID.nameUUIDFromBytes("hospital-b".getBytes());
    static final UUID SCHOOL = UUID.nameUUIDFromBytes("school".getBytes());
    static final UUID SOCIAL_CARE = UUID.nameUUIDFromBytes("social-care".getBytes());
    static final Instant T0 = Instant.parse("2025-01-10T12:00:00Z");

    private TestFacts() {
    }

    static EventFact event(EventType type, Instant at) {
        return event(type, at, POLICE, Significance.ROUTINE);
    }

    static EventFact event(EventType type, Instant at, UUID agency, Significance significance) {
        UUID id = UUID.randomUUID();
        return new EventFact(id, "E-" + id, CHILD, type, agency, at, null, significance, Sensitivity.STANDARD, List.of(),
                at, null);
    }

    static EventFact episode(Instant start, Duration length) {
        UUID id = UUID.randomUUID();
        return new EventFact(id, "M-" + id, CHILD, EventType.MISSING_EPISODE, POLICE, start, start.plus(length),
                Significance.SIGNIFICANT, Sensitivity.STANDARD, List.of(), start, null);
    }

    static EventFact returnInterview(Instant offered, String missingEventId) {
        UUID id = UUID.randomUUID();
        return new EventFact(id, "R-" + id, CHILD, EventType.RETURN_INTERVIEW, SOCIAL_CARE, offered, null,
                Significance.ROUTINE, Sensitivity.STANDARD, List.of(), offered, missingEventId);
    }

    static EventFact contact(Instant at, String... categories) {
        UUID id = UUID.randomUUID();
        return new EventFact(id, "C-" + id, CHILD, EventType.CONTACT, SOCIAL_CARE, at, null, Significance.ROUTINE,
                Sensitivity.STANDARD, List.of(categories), at, null);
    }

    static EventFact restricted(EventFact e) {
        return new EventFact(e.eventId(), e.sourceEventId(), e.child(), e.type(), e.agencyId(), e.occurredAt(), e.endedAt(),
                e.significance(), Sensitivity.HEALTH, e.categories(), e.offeredAt(), e.missingEventId());
    }

    static ChildFacts facts(EventFact... events) {
        return new ChildFacts(CHILD, LocalDate.of(2012, 6, 1), List.of(events));
    }

    static ChildFacts born(LocalDate dateOfBirth, EventFact... events) {
        return new ChildFacts(CHILD, dateOfBirth, List.of(events));
    }

    static Instant plusDays(Instant t, int days) {
        return t.atZone(org.safeguardinghub.shared.HubTime.ZONE).plusDays(days).toInstant();
    }

    static Instant plusMonths(Instant t, int months) {
        return t.atZone(org.safeguardinghub.shared.HubTime.ZONE).plusMonths(months).toInstant();
    }
}
