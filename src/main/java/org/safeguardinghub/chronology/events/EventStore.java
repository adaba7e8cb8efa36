package org.safeguardinghub.chronology.events;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.safeguardinghub.access.Sensitivity;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.chronology.EventType;
import org.safeguardinghub.chronology.Significance;
import org.safeguardinghub.shared.Timestamps;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Appends event versions to {@code chronology.event}; never changes one except to mark it superseded. */
@Repository
public class EventStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    EventStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** One stored version of an event, as written. */
    public record Row(UUID id, UUID eventId, int version, ChildId child, UUID agencyId, String sourceEventId,
               byte[] contentHash, EventType type, Instant occurredAt, boolean occurredDateOnly, Instant endedAt,
               boolean endedDateOnly, String summary, String detailsJson, Significance significance,
               Sensitivity sensitivity, String subjectJson, Instant recordedAt, String recordedBy,
               String recordedByKind, String correctionReason) {
    }

    /** A partner event already stored under its eventId: the content it had, and its child. */
    public record Sent(byte[] contentHash, ChildId child) {
    }

    public Map<String, Sent> alreadySent(UUID agencyId, Collection<String> sourceEventIds) {
        Map<String, Sent> sent = new HashMap<>();
        if (sourceEventIds.isEmpty()) {
            return sent;
        }
        jdbc.sql("""
                select source_event_id, content_hash, child_id from chronology.event
                where agency_id = :agency and version = 1 and source_event_id = any(:ids)""")
                .param("agency", agencyId).param("ids", sourceEventIds.toArray(String[]::new))
                .query(rs -> {
                    sent.put(rs.getString("source_event_id"), new Sent(rs.getBytes("content_hash"),
                            new ChildId(rs.getObject("child_id", UUID.class))));
                });
        return sent;
    }

    public void append(List<Row> rows) {
        batch.batchUpdate("""
                insert into chronology.event (id, event_id, version, child_id, agency_id, source_event_id, content_hash,
                    type, occurred_at, occurred_date_only, ended_at, ended_date_only, summary, details, significance,
                    sensitivity, subject, recorded_at, recorded_by, recorded_by_kind, correction_reason)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?::jsonb, ?, ?, ?, ?)""",
                rows.stream().map(r -> new Object[] {r.id(), r.eventId(), r.version(), r.child().value(), r.agencyId(),
                        r.sourceEventId(), r.contentHash(), r.type().name(), Timestamps.of(r.occurredAt()),
                        r.occurredDateOnly(), Timestamps.of(r.endedAt()), r.endedDateOnly(), r.summary(),
                        r.detailsJson(), r.significance().name(), r.sensitivity().name(), r.subjectJson(),
                        Timestamps.of(r.recordedAt()), r.recordedBy(), r.recordedByKind(), r.correctionReason()})
                        .toList());
    }

    /** Marks the current version superseded; fails if it was already (someone corrected it first). */
    boolean supersede(UUID eventId, int version) {
        return jdbc.sql("""
                update chronology.event set superseded = true
                where event_id = :event and version = :version and not superseded""")
                .param("event", eventId).param("version", version).update() == 1;
    }
}
