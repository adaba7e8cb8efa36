package org.safeguardinghub.chronology;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.access.AuditLog;
import org.safeguardinghub.access.Viewer;
import org.safeguardinghub.shared.HubTime;
import org.safeguardinghub.shared.Ids;
import org.safeguardinghub.shared.Timestamps;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two records of the same child made one, and made two again. Merging moves every event of one
 * record (every version, with the subject details as they were sent) to the other and gives the
 * agencies involved with it the same involvement in the other; the merge keeps the list of what it
 * moved, so unmerging moves exactly that back and ends exactly that involvement. Events that arrive
 * for a merged record meanwhile land on the record it was merged into and stay there. The alert
 * rules look at both children's whole history again after either.
 */
@Service
public class ChildMerges {

    static final int MAX_REASON = 1000;

    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    ChildMerges(JdbcClient jdbc, AuditLog auditLog, ApplicationEventPublisher publisher, Clock clock) {
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** One merge: which record went into which, what moved, and its undoing if it was undone. */
    public record Merge(UUID id, ChildId into, ChildId from, List<UUID> eventIds, String mergedBy, Instant mergedAt,
                        String reason, String unmergedBy, Instant unmergedAt, String unmergeReason) {

        public boolean current() {
            return unmergedAt == null;
        }
    }

    /** Merges {@code from} into {@code into}; refused (a message key) if either is merged away or no reason is given. */
    @Transactional
    public Merge merge(Viewer by, ChildId into, ChildId from, String reason) {
        if (into.equals(from)) {
            throw new Refused("child", "a record cannot be merged into itself");
        }
        requireReason(reason, "say why these records are the same child");
        lock(List.of(into, from));
        if (mergedInto(into).isPresent() || mergedInto(from).isPresent()) {
            throw new Refused("child", "one of these records has been merged into another; use that one");
        }
        // the merge is recorded first: the event table lets an event move only as a recorded merge says
        List<UUID> moved = jdbc.sql("select distinct event_id from chronology.event where child_id = :from")
                .param("from", from.value()).query(UUID.class).list();
        UUID id = Ids.newId();
        jdbc.sql("""
                insert into chronology.child_merge (id, into_child_id, from_child_id, event_ids, involvement_ids, merged_by,
                    merged_at, reason)
                values (:id, :into, :from, :events, '{}', :by, :at, :reason)""")
                .param("id", id).param("into", into.value()).param("from", from.value())
                .param("events", moved.toArray(UUID[]::new)).param("by", by.actor()).param("at", Timestamps.of(clock))
                .param("reason", reason.strip()).update();
        jdbc.sql("update chronology.event set child_id = :into where child_id = :from and event_id = any(:events)")
                .param("into", into.value()).param("from", from.value()).param("events", moved.toArray(UUID[]::new))
                .update();
        List<UUID> involvement = jdbc.sql("""
                        insert into chronology.network_member (id, child_id, agency_id, started_on, recorded_by, recorded_at)
                        select gen_random_uuid(), :into, m.agency_id, :today, :by, :at from chronology.network_member m
                        where m.child_id = :from and m.practitioner_id is null
                          and (m.ended_on is null or m.ended_on >= :today)
                          and not exists (select 1 from chronology.network_member o where o.child_id = :into
                              and o.agency_id = m.agency_id and o.practitioner_id is null
                              and (o.ended_on is null or o.ended_on >= :today))
                        returning id""")
                .param("into", into.value()).param("from", from.value()).param("today", today())
                .param("by", "merge by " + by.actor()).param("at", Timestamps.of(clock)).query(UUID.class).list();
        jdbc.sql("update chronology.child_merge set involvement_ids = :ids where id = :id")
                .param("ids", involvement.toArray(UUID[]::new)).param("id", id).update();
        auditLog.record(by, AuditAction.MERGE_CHILDREN, into.value(), "merged " + from + " into " + into + ": " + reason.strip());
        auditLog.record(by, AuditAction.MERGE_CHILDREN, from.value(), "merged into " + into + ": " + reason.strip());
        lookAgain(into, from, moved);
        return byId(id).orElseThrow();
    }

    /** Undoes a current merge: exactly the events it moved go back, and the involvement it gave ends. */
    @Transactional
    public Merge unmerge(Viewer.PractitionerViewer by, UUID mergeId, String reason) {
        requireReason(reason, "say why these records are not the same child");
        Merge merge = byId(mergeId).filter(Merge::current)
                .orElseThrow(() -> new Refused("merge", "no such merge in force"));
        lock(List.of(merge.into(), merge.from()));
        jdbc.sql("update chronology.event set child_id = :from where child_id = :into and event_id = any(:events)")
                .param("from", merge.from().value()).param("into", merge.into().value())
                .param("events", merge.eventIds().toArray(UUID[]::new)).update();
        jdbc.sql("""
                update chronology.network_member set ended_on = :today, ended_by = :by, end_reason = :why
                where id = any(:ids) and ended_on is null""")
                .param("today", today()).param("by", by.username()).param("why", "records unmerged")
                .param("ids", involvementOf(mergeId)).update();
        jdbc.sql("""
                update chronology.child_merge set unmerged_by = :by, unmerged_at = :at, unmerge_reason = :why
                where id = :id and unmerged_at is null""")
                .param("by", by.username()).param("at", Timestamps.of(clock)).param("why", reason.strip())
                .param("id", mergeId).update();
        auditLog.record(by, AuditAction.MERGE_CHILDREN, merge.into().value(), "unmerged " + merge.from() + ": " + reason.strip());
        auditLog.record(by, AuditAction.MERGE_CHILDREN, merge.from().value(), "unmerged from " + merge.into() + ": " + reason.strip());
        lookAgain(merge.from(), merge.into(), merge.eventIds());
        return byId(mergeId).orElseThrow();
    }

    private static void requireReason(String reason, String ask) {
        if (reason == null || reason.isBlank() || reason.strip().length() > MAX_REASON) {
            throw new Refused("reason", ask + " (up to " + MAX_REASON + " characters)");
        }
    }

    /** The merge in force that took this record into another, if any. */
    public Optional<Merge> mergedInto(ChildId child) {
        return jdbc.sql("select * from chronology.child_merge where from_child_id = :c and unmerged_at is null")
                .param("c", child.value()).query(this::merge).optional();
    }

    public Optional<Merge> byId(UUID id) {
        return jdbc.sql("select * from chronology.child_merge where id = :id").param("id", id).query(this::merge).optional();
    }

    /** Where events for these children go now: a merged record's events go to the record it was merged into. */
    Map<ChildId, ChildId> survivors(Collection<ChildId> children) {
        Map<ChildId, ChildId> survivors = new HashMap<>();
        if (children.isEmpty()) {
            return survivors;
        }
        jdbc.sql("""
                with recursive chain (start, child) as (
                    select c, c from unnest(cast(:children as uuid[])) c
                    union
                    select chain.start, m.into_child_id from chain
                    join chronology.child_merge m on m.from_child_id = chain.child and m.unmerged_at is null)
                select start, child from chain c1
                where not exists (select 1 from chronology.child_merge m where m.from_child_id = c1.child and m.unmerged_at is null)""")
                .param("children", children.stream().map(c -> c.value().toString()).distinct().toArray(String[]::new))
                .query(rs -> {
                    ChildId start = new ChildId(rs.getObject("start", UUID.class));
                    ChildId child = new ChildId(rs.getObject("child", UUID.class));
                    if (!start.equals(child)) {
                        survivors.put(start, child);
                    }
                });
        return survivors;
    }

    /** Both children's rules look at their whole history again, for every kind of event that moved. */
    private void lookAgain(ChildId to, ChildId away, List<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return;
        }
        List<EventsRecorded.Recorded> recorded = new ArrayList<>();
        jdbc.sql("""
                select event_id, type, significance, agency_id, occurred_at from chronology.event
                where event_id = any(:ids) and not superseded""")
                .param("ids", eventIds.toArray(UUID[]::new))
                .query(rs -> {
                    for (ChildId child : List.of(to, away)) {
                        recorded.add(new EventsRecorded.Recorded(child, rs.getObject("event_id", UUID.class),
                                EventType.valueOf(rs.getString("type")), Significance.valueOf(rs.getString("significance")),
                                rs.getObject("agency_id", UUID.class), rs.getTimestamp("occurred_at").toInstant()));
                    }
                });
        publisher.publishEvent(new EventsRecorded(recorded, true));
    }

    private void lock(List<ChildId> children) {
        jdbc.sql("select id from chronology.child where id = any(:ids) order by id for update")
                .param("ids", children.stream().map(ChildId::value).toArray(UUID[]::new)).query(rs -> { });
    }

    private UUID[] involvementOf(UUID mergeId) {
        return jdbc.sql("select involvement_ids from chronology.child_merge where id = :id").param("id", mergeId)
                .query((rs, n) -> (UUID[]) rs.getArray(1).getArray()).single();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(HubTime.ZONE));
    }

    private Merge merge(java.sql.ResultSet rs, int row) throws SQLException {
        return new Merge(rs.getObject("id", UUID.class), new ChildId(rs.getObject("into_child_id", UUID.class)),
                new ChildId(rs.getObject("from_child_id", UUID.class)), uuids(rs.getArray("event_ids")),
                rs.getString("merged_by"), rs.getTimestamp("merged_at").toInstant(), rs.getString("reason"),
                rs.getString("unmerged_by"),
                rs.getTimestamp("unmerged_at") == null ? null : rs.getTimestamp("unmerged_at").toInstant(),
                rs.getString("unmerge_reason"));
    }

    private static List<UUID> uuids(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((UUID[]) array.getArray());
    }
}
