package org.safeguardinghub.oversight.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.chronology.EventFact;
import org.safeguardinghub.chronology.EventType;

/** What the rules know of one child: date of birth and current events, oldest first. */
public record ChildFacts(ChildId child, LocalDate dateOfBirth, List<EventFact> events) {

    public ChildFacts {
        events = events.stream().sorted(Comparator.comparing(EventFact::occurredAt).thenComparing(EventFact::eventId))
                .toList();
    }

    public List<EventFact> ofType(EventType type) {
        return events.stream().filter(e -> e.type() == type).toList();
    }
}
