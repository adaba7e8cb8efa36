package org.safeguardinghub.chronology;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.safeguardinghub.access.Sensitivity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What was recorded, for modules reacting to {@link EventsRecorded} inside the recording
 * transaction (the front door opening a contact sent through the feed). Not a view of a child's
 * record: whatever a person is later shown goes through the access rules.
 */
@Service
public class RecordedContents {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    RecordedContents(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** One event as recorded (its current version); {@code endedAt} null if it has no end. */
    public record Content(UUID eventId, ChildId child, UUID agencyId, String sourceEventId, EventType type,
                          Instant occurredAt, Instant recordedAt, String summary, JsonNode details,
                          Significance significance, Sensitivity sensitivity, Instant endedAt) {
    }

    /** The event an agency sent under its own eventId. */
    public java.util.Optional<UUID> eventId(UUID agencyId, String sourceEventId) {
        return jdbc.sql("""
                select event_id from chronology.event
                where agency_id = :agency and source_event_id = :source and version = 1""")
                .param("agency", agencyId).param("source", sourceEventId).query(UUID.class).optional();
    }

    public List<Content> of(Collection<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select e.event_id, e.child_id, e.agency_id, e.source_event_id, e.type, e.occurred_at, e.recorded_at,
                       e.summary, e.details, e.significance, e.sensitivity, e.ended_at
                from chronology.event e
                where e.event_id = any(:ids) and not e.superseded""")
                .param("ids", eventIds.toArray(UUID[]::new))
                .query((rs, n) -> new Content(rs.getObject("event_id", UUID.class),
                        new ChildId(rs.getObject("child_id", UUID.class)), rs.getObject("agency_id", UUID.class),
                        rs.getString("source_event_id"), EventType.valueOf(rs.getString("type")),
                        rs.getTimestamp("occurred_at").toInstant(), rs.getTimestamp("recorded_at").toInstant(),
                        rs.getString("summary"),
                        rs.getString("details") == null ? null : json.readTree(rs.getString("details")),
                        Significance.valueOf(rs.getString("significance")),
                        Sensitivity.valueOf(rs.getString("sensitivity")),
                        rs.getTimestamp("ended_at") == null ? null : rs.getTimestamp("ended_at").toInstant()))
                .list();
    }
}
