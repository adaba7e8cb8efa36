package org.safeguardinghub.chronology.children;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.chronology.ChildMerges.Merge;
import org.safeguardinghub.chronology.EventType;
import org.safeguardinghub.chronology.EventsRecorded;
import org.safeguardinghub.chronology.Significance;
import org.safeguardinghub.shared.HubTime;
import org.safeguardinghub.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Merges of child records: what moved and what involvement was given, so unmerging undoes exactly that. */
@Repository
public class MergeStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    MergeStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Locks both records, in id order so two merges never deadlock. */
    public void lock(List<ChildId> children) {
        jdbc.sql("select id from chronology.child where id = any(:ids) order by id for update")
                .param("ids", children.stream().map(ChildId::value).toArray(UUID[]::new)).query(rs -> { });
    }

    /**
     * Records the merge, then moves the events (the event table lets an event move only as a
     * recorded merge says) and gives {@code into} the involvement of every agency involved with
     * {@code from} only; returns the merge's id.
     */
    public UUID merge(UUID id, ChildId into, ChildId from, String by, String reason) {
        List<UUID> moved = jdbc.sql("select distinct event_id from chronology.event where child_id = :from")
                .param("from", from.value()).query(UUID.class).list();
        jdbc.sql("""
                insert into chronology.child_merge (id, into_child_id, from_child_id, event_ids, involvement_ids, merged_by,
                    merged_at, reason)
                values (:id, :into, :from, :events, '{}', :by, :at, :reason)""")
                .param("id", id).param("into", into.value()).param("from", from.value())
                .param("events", moved.toArray(UUID[]::new)).param("by", by).param("at", Timestamps.of(clock))
                .param("reason", reason).update();
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
                .param("by", "merge by " + by).param("at", Timestamps.of(clock)).query(UUID.class).list();
        jdbc.sql("update chronology.child_merge set involvement_ids = :ids where id = :id")
                .param("ids", involvement.toArray(UUID[]::new)).param("id", id).update();
        return id;
    }

    /** Moves back exactly what the merge moved, ends the involvement it gave, and records the undoing. */
    public void unmerge(Merge merge, String by, String reason) {
        jdbc.sql("update chronology.event set child_id = :from where child_id = :into and event_id = any(:events)")
                .param("from", merge.from().value()).param("into", merge.into().value())
                .param("events", merge.eventIds().toArray(UUID[]::new)).update();
        jdbc.sql("""
                update chronology.network_member set ended_on = :today, ended_by = :by, end_reason = :why
                where id = any(:ids) and ended_on is null""")
                .param("today", today()).param("by", by).param("why", "records unmerged")
                .param("ids", involvementOf(merge.id())).update();
        jdbc.sql("""
                update chronology.child_merge set unmerged_by = :by, unmerged_at = :at, unmerge_reason = :why
                where id = :id and unmerged_at is null""")
                .param("by", by).param("at", Timestamps.of(clock)).param("why", reason).param("id", merge.id()).update();
    }

    public Optional<Merge> mergedInto(ChildId child) {
        return jdbc.sql("select * from chronology.child_merge where from_child_id = :c and unmerged_at is null")
                .param("c", child.value()).query(MergeStore::merge).optional();
    }

    public Optional<Merge> byId(UUID id) {
        return jdbc.sql("select * from chronology.child_merge where id = :id").param("id", id)
                .query(MergeStore::merge).optional();
    }

    /** Where events for these children go now: a merged record's events go to the record it was merged into. */
    public Map<ChildId, ChildId> survivors(Collection<ChildId> children) {
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

    /** The current versions of these events, as recorded for each of the children (for their rules). */
    public List<EventsRecorded.Recorded> current(List<UUID> eventIds, List<ChildId> children) {
        List<EventsRecorded.Recorded> recorded = new ArrayList<>();
        jdbc.sql("""
                select event_id, type, significance, agency_id, occurred_at from chronology.event
                where event_id = any(:ids) and not superseded""")
                .param("ids", eventIds.toArray(UUID[]::new))
                .query(rs -> {
                    for (ChildId child : children) {
                        recorded.add(new EventsRecorded.Recorded(child, rs.getObject("event_id", UUID.class),
                                EventType.valueOf(rs.getString("type")), Significance.valueOf(rs.getString("significance")),
                                rs.getObject("agency_id", UUID.class), rs.getTimestamp("occurred_at").toInstant()));
                    }
                });
        return recorded;
    }

    private UUID[] involvementOf(UUID mergeId) {
        return jdbc.sql("select involvement_ids from chronology.child_merge where id = :id").param("id", mergeId)
                .query((rs, n) -> (UUID[]) rs.getArray(1).getArray()).single();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(HubTime.ZONE));
    }

    private static Merge merge(ResultSet rs, int row) throws SQLException {
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
