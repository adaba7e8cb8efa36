package org.safeguardinghub.chronology;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.safeguardinghub.access.Sensitivity;
import org.safeguardinghub.chronology.events.FeedTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The current events of many children at once, as {@link EventFact}s, for modules whose rules
 * watch the chronology (alerts). Reads for the system, not for a person: no access check, and no
 * summaries or free text leave the module this way.
 */
@Service
public class EventFacts {

    private static final String COLUMNS = """
            select e.event_id, e.source_event_id, e.child_id, e.type, e.agency_id, e.occurred_at, e.ended_at,
                   e.significance, e.sensitivity,
                   case when e.type = 'CONTACT' then e.details -> 'categories' end as categories,
                   case when e.type = 'RETURN_INTERVIEW' then e.details ->> 'offeredAt' end as offered_at,
                   case when e.type = 'RETURN_INTERVIEW' then e.details ->> 'missingEventId' end as missing_event_id
            """;

    /** The columns an index can hold: for events whose details no rule reads. */
    private static final String PLAIN_COLUMNS = """
            select e.event_id, e.source_event_id, e.child_id, e.type, e.agency_id, e.occurred_at, e.ended_at,
                   e.significance, e.sensitivity, null as categories, null as offered_at, null as missing_event_id
            """;

    /** When, both ends included. */
    public record Span(Instant from, Instant to) {
    }

    /**
     * A child's missing episodes, from their own index alone (V8): each new episode has the
     * child's whole missing history read, which from the table would be the slowest part of taking
     * in a batch.
     */
    private static final String MISSING_EPISODES = PLAIN_COLUMNS + """
             from chronology.event e
             where e.child_id = any(cast(:children as uuid[])) and not e.superseded and e.type = 'MISSING_EPISODE'""";

    /** A child's return interviews, found through the same index (their details come from the table). */
    private static final String RETURN_INTERVIEWS = COLUMNS + """
             from chronology.event e
             where e.child_id = any(cast(:children as uuid[])) and not e.superseded and e.type = 'RETURN_INTERVIEW'""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    EventFacts(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The children's current events of these types, plus (if asked) every significant or critical one. */
    public Map<ChildId, List<EventFact>> of(Collection<ChildId> children, Set<EventType> types, boolean significant) {
        Map<ChildId, List<EventFact>> facts = new HashMap<>();
        if (children.isEmpty() || (types.isEmpty() && !significant)) {
            return facts;
        }
        // each type with a query of its own is read by it in full; the rest by type or significance
        List<String> parts = new ArrayList<>();
        Set<EventType> others = EnumSet.noneOf(EventType.class);
        others.addAll(types);
        if (others.remove(EventType.MISSING_EPISODE)) {
            parts.add(MISSING_EPISODES);
        }
        if (others.remove(EventType.RETURN_INTERVIEW)) {
            parts.add(RETURN_INTERVIEWS);
        }
        if (!others.isEmpty() || significant) {
            String readAlready = types.stream().filter(t -> !others.contains(t)).map(t -> " and e.type <> '" + t.name() + "'")
                    .collect(Collectors.joining());
            parts.add(COLUMNS + " from chronology.event e where e.child_id = any(cast(:children as uuid[]))" + readAlready
                    + wanted(significant));
        }
        read(jdbc.sql(String.join(" union all ", parts))
                .param("children", children.stream().map(c -> c.value().toString()).distinct().toArray(String[]::new)),
                others, facts);
        return facts;
    }

    /** As {@link #of}, but only the events that happened within each child's span. */
    public Map<ChildId, List<EventFact>> within(Map<ChildId, Span> spans, Set<EventType> types, boolean significant) {
        if (spans.isEmpty() || (types.isEmpty() && !significant)) {
            return new HashMap<>();
        }
        String around = """
                 from unnest(cast(:children as uuid[]), cast(:froms as timestamptz[]), cast(:tos as timestamptz[]))
                          as w (child_id, from_at, to_at)
                 join chronology.event e on e.child_id = w.child_id and e.occurred_at between w.from_at and w.to_at
                 where not e.superseded""";
        List<String> parts = new ArrayList<>();
        if (!types.isEmpty()) {
            parts.add(COLUMNS + around + " and e.type = any(:types)");
        }
        if (significant) {
            // the rest: significant events of other types, whose details no rule reads
            parts.add(PLAIN_COLUMNS + around + " and e.significance <> 'ROUTINE'" + types.stream()
                    .map(t -> " and e.type <> '" + t.name() + "'").collect(Collectors.joining()));
        }
        List<Map.Entry<ChildId, Span>> entries = List.copyOf(spans.entrySet());
        Map<ChildId, List<EventFact>> facts = new HashMap<>();
        read(jdbc.sql(String.join(" union all ", parts))
                .param("children", entries.stream().map(e -> e.getKey().value().toString()).toArray(String[]::new))
                .param("froms", entries.stream().map(e -> e.getValue().from().toString()).toArray(String[]::new))
                .param("tos", entries.stream().map(e -> e.getValue().to().toString()).toArray(String[]::new)),
                types, facts);
        return facts;
    }

    /** Two texts rather than a parameter: the plan for types alone need not allow for significance. */
    private static String wanted(boolean significant) {
        return " and not e.superseded and " + (significant
                ? "(e.type = any(:types) or e.significance <> 'ROUTINE')"
                : "e.type = any(:types)");
    }

    private void read(JdbcClient.StatementSpec sql, Set<EventType> types, Map<ChildId, List<EventFact>> facts) {
        sql.param("types", types.stream().map(Enum::name).toArray(String[]::new))
                .query(rs -> {
                    ChildId child = new ChildId(rs.getObject("child_id", UUID.class));
                    OffsetDateTime ended = rs.getObject("ended_at", OffsetDateTime.class);
                    Instant occurred = rs.getObject("occurred_at", OffsetDateTime.class).toInstant();
                    facts.computeIfAbsent(child, c -> new ArrayList<>()).add(new EventFact(
                            rs.getObject("event_id", UUID.class), rs.getString("source_event_id"), child,
                            EventType.valueOf(rs.getString("type")), rs.getObject("agency_id", UUID.class), occurred,
                            ended == null ? null : ended.toInstant(), Significance.valueOf(rs.getString("significance")),
                            Sensitivity.valueOf(rs.getString("sensitivity")), categories(rs.getString("categories")),
                            offeredAt(rs.getString("offered_at"), occurred), rs.getString("missing_event_id")));
                });
    }

    /** The children's dates of birth, where known. */
    public Map<ChildId, LocalDate> datesOfBirth(Collection<ChildId> children) {
        Map<ChildId, LocalDate> births = new HashMap<>();
        if (children.isEmpty()) {
            return births;
        }
        jdbc.sql("select id, date_of_birth from chronology.child where id = any(cast(:children as uuid[])) and date_of_birth is not null")
                .param("children", children.stream().map(c -> c.value().toString()).distinct().toArray(String[]::new))
                .query(rs -> {
                    births.put(new ChildId(rs.getObject("id", UUID.class)), rs.getObject("date_of_birth", LocalDate.class));
                });
        return births;
    }

    /** A contact's categories: the strings of its list, whatever else a partner put there. */
    private List<String> categories(String text) {
        if (text == null) {
            return List.of();
        }
        JsonNode node = json.readTree(text);
        List<String> values = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(item -> {
                if (item.isString()) {
                    values.add(item.stringValue());
                }
            });
        }
        return values;
    }

    /** A return interview's offer time as sent; if absent or unreadable, when the interview event happened. */
    private static Instant offeredAt(String text, Instant occurred) {
        if (text == null) {
            return occurred;
        }
        return FeedTime.parse(text).map(FeedTime::instant).orElse(occurred);
    }
}
