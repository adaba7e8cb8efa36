package org.safeguardinghub.chronology.events;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.safeguardinghub.access.Sensitivity;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.chronology.EventType;
import org.safeguardinghub.chronology.Significance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Appends event versions to {@code chronology.event}; never changes one except to mark it superseded. */
@Repository
public class EventStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final DataSource dataSource;

    EventStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.dataSource = batch.getDataSource();
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

    /** Appends the rows in one {@code COPY} on the transaction's connection (ADR 0038). */
    public void append(List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        CopyRows copy = new CopyRows();
        for (Row r : rows) {
            copy.uuid(r.id()).uuid(r.eventId()).number(r.version()).uuid(r.child().value()).uuid(r.agencyId())
                    .text(r.sourceEventId()).bytes(r.contentHash()).text(r.type().name()).instant(r.occurredAt())
                    .bool(r.occurredDateOnly()).instant(r.endedAt()).bool(r.endedDateOnly()).text(r.summary())
                    .text(r.detailsJson()).text(r.significance().name()).text(r.sensitivity().name())
                    .text(r.subjectJson()).instant(r.recordedAt()).text(r.recordedBy()).text(r.recordedByKind())
                    .text(r.correctionReason()).endRow();
        }
        copy.copyInto("""
                chronology.event (id, event_id, version, child_id, agency_id, source_event_id, content_hash, type,
                    occurred_at, occurred_date_only, ended_at, ended_date_only, summary, details, significance,
                    sensitivity, subject, recorded_at, recorded_by, recorded_by_kind, correction_reason)""",
                dataSource, batch.getExceptionTranslator());
    }

    /** Marks the current version superseded; fails if it was already (someone corrected it first). */
    boolean supersede(UUID eventId, int version) {
        return jdbc.sql("""
                update chronology.event set superseded = true
                where event_id = :event and version = :version and not superseded""")
                .param("event", eventId).param("version", version).update() == 1;
    }
}
