package org.safeguardinghub.missing.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.safeguardinghub.access.Agencies;
import org.safeguardinghub.access.ChildRelations;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.chronology.ChildRecords;
import org.safeguardinghub.chronology.EventFact;
import org.safeguardinghub.chronology.EventFacts;
import org.safeguardinghub.chronology.EventType;
import org.safeguardinghub.chronology.RecordedContents;
import org.safeguardinghub.missing.Placement;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Reads what {@link PlacementAreas} decides from: the child's relationships now and the area of
 * the latest {@code PLACEMENT_CHANGE} in the chronology. For the system (whom to tell), and for pages
 * of a record already opened.
 */
@Component
public class Placements {

    private final ChildRecords records;
    private final Agencies agencies;
    private final EventFacts facts;
    private final RecordedContents contents;

    Placements(ChildRecords records, Agencies agencies, EventFacts facts, RecordedContents contents) {
        this.records = records;
        this.agencies = agencies;
        this.facts = facts;
        this.contents = contents;
    }

    public Placement of(ChildId child) {
        ChildRelations relations = records.relations(child).orElse(ChildRelations.none());
        return PlacementAreas.of(relations, agencies.all(), latestArea(child));
    }

    public ChildRelations relations(ChildId child) {
        return records.relations(child).orElse(ChildRelations.none());
    }

    private String latestArea(ChildId child) {
        List<EventFact> placements = facts.of(List.of(child), Set.of(EventType.PLACEMENT_CHANGE), false)
                .getOrDefault(child, List.of());
        return placements.stream().max(Comparator.comparing(EventFact::occurredAt).thenComparing(EventFact::eventId))
                .flatMap(latest -> contents.of(List.of(latest.eventId())).stream().findFirst())
                .map(RecordedContents.Content::details).map(d -> d.get("area"))
                .filter(JsonNode::isString).map(JsonNode::stringValue).orElse(null);
    }
}
