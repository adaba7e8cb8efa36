package org.safeguardinghub.chronology;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.safeguardinghub.access.Sensitivity;
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
        jdbc.sql("""
                select event_id, source_event_id, child_id, type, agency_id, occurred_at, ended_at, significance,
                       sensitivity, details -> 'categories' as categories,
                       details ->> 'offeredAt' as offered_at, details ->> 'missingEventId' as missing_event_id
                from chronology.event
                where child_id = any(cast(:children as uuid[])) and not superseded
                  and (type = any(:types) or (:significant and significance <> 'ROUTINE'))""")
                .param("children", children.stream().map(c -> c.value().toString()).distinct().toArray(String[]::new))
                .param("types", types.stream().map(Enum::name).toArray(String[]::new))
                .param("significant", significant)
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
        return facts;
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
