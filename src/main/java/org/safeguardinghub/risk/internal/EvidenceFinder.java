package org.safeguardinghub.risk.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.safeguardinghub.chronology.ChronologyEntry;
import org.safeguardinghub.chronology.ChronologyQuery;
import org.safeguardinghub.chronology.EventFact;
import org.safeguardinghub.chronology.EventFacts;
import org.safeguardinghub.chronology.EventType;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.risk.Prefill;
import org.safeguardinghub.risk.ToolDefinition;
import org.safeguardinghub.shared.HubTime;
import org.springframework.stereotype.Component;

/**
 * Pre-fills a screening from the chronology: the tool says which events evidence which indicator
 * (missing episodes in the last 90 days, sexual-health contacts, exploitation concerns, contacts
 * about CSE…); the events are found for the system, then opened as the screener may see them. An
 * indicator is pre-filled only from evidence the screener may read; entries they may not read are
 * counted, by agency, as restricted information that may be relevant. Return interviews are
 * chronology events too, so the missing module's interviews evidence screenings as they arrive.
 */
@Component
public class EvidenceFinder {

    private final EventFacts facts;
    private final ChronologyQuery chronology;
    private final Clock clock;

    EvidenceFinder(EventFacts facts, ChronologyQuery chronology, Clock clock) {
        this.facts = facts;
        this.chronology = chronology;
        this.clock = clock;
    }

    public Prefill find(OpenRecord record, ToolDefinition tool) {
        return find(record, tool, null);
    }

    /** As {@link #find}, from evidence that happened after {@code since} only (the evidence added since a screening). */
    public Prefill find(OpenRecord record, ToolDefinition tool, Instant since) {
        Instant now = clock.instant();
        Set<EventType> types = tool.indicators().stream().flatMap(i -> i.evidence().stream())
                .map(ToolDefinition.Evidence::type).collect(Collectors.toSet());
        List<EventFact> all = facts.of(List.of(record.child()), types, false).getOrDefault(record.child(), List.of());
        Map<String, Set<UUID>> byIndicator = new LinkedHashMap<>();
        for (ToolDefinition.Indicator indicator : tool.indicators()) {
            Set<UUID> ids = all.stream().filter(f -> since == null || f.occurredAt().isAfter(since))
                    .filter(f -> indicator.evidence().stream().anyMatch(e -> evidences(e, f, now)))
                    .map(EventFact::eventId).collect(Collectors.toCollection(HashSet::new));
            if (!ids.isEmpty()) {
                byIndicator.put(indicator.code(), ids);
            }
        }
        Map<UUID, ChronologyEntry> seen = new HashMap<>();
        chronology.entries(record, byIndicator.values().stream().flatMap(Set::stream).collect(Collectors.toSet()))
                .forEach(e -> seen.put(e.eventId(), e));
        return new Prefill(found(tool, byIndicator, seen, LocalDate.ofInstant(now, HubTime.ZONE)), restricted(seen));
    }

    /** Whether an event evidences an indicator now: its type, its category if one is asked for, recent enough. */
    static boolean evidences(ToolDefinition.Evidence evidence, EventFact fact, Instant now) {
        return fact.type() == evidence.type()
                && (evidence.category() == null || fact.categories().contains(evidence.category()))
                && !fact.occurredAt().isBefore(now.minus(Duration.ofDays(evidence.withinDays())));
    }

    private static Map<String, Prefill.Found> found(ToolDefinition tool, Map<String, Set<UUID>> byIndicator,
                                                    Map<UUID, ChronologyEntry> seen, LocalDate today) {
        Map<String, Prefill.Found> found = new LinkedHashMap<>();
        byIndicator.forEach((indicator, ids) -> {
            List<ChronologyEntry> readable = ids.stream().map(seen::get).filter(e -> e != null && !e.restricted())
                    .sorted(Comparator.comparing(ChronologyEntry::occurredAt).reversed()).toList();
            if (!readable.isEmpty()) {
                LocalDate latest = LocalDate.ofInstant(readable.getFirst().occurredAt(), HubTime.ZONE);
                found.put(indicator, new Prefill.Found(RecencyRule.band(tool, latest, today).code(), readable));
            }
        });
        return found;
    }

    private static List<Prefill.Restricted> restricted(Map<UUID, ChronologyEntry> seen) {
        Map<UUID, List<ChronologyEntry>> byAgency = seen.values().stream().filter(ChronologyEntry::restricted)
                .collect(Collectors.groupingBy(ChronologyEntry::agencyId));
        List<Prefill.Restricted> restricted = new ArrayList<>();
        byAgency.values().forEach(entries -> {
            ChronologyEntry latest = entries.stream().max(Comparator.comparing(ChronologyEntry::occurredAt)).orElseThrow();
            restricted.add(new Prefill.Restricted(latest.agencyCode(), latest.agencyName(), latest.owner(), entries.size(),
                    latest.occurredAt()));
        });
        restricted.sort(Comparator.comparing(Prefill.Restricted::agencyCode));
        return restricted;
    }
}
