package org.safeguardinghub.meetings.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.meetings.Minutes;
import org.safeguardinghub.shared.Timestamps;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Minutes in {@code meetings.*}: each revision with its attendance, contributions, decisions,
 * actions and recommendations as rows of their own, and progress on actions. Rows are only added.
 */
@Repository
public class MinutesStore {

    /** Where a meeting's minutes stand: its latest revision and its latest final version (null if none). */
    public record Standing(int revision, Integer latestFinal, boolean latestIsFinal) {
    }

    /** An action done: by whom and when. */
    public record Done(String by, Instant at) {
    }

    private final JdbcClient jdbc;
    private final MinutesRowStore rows;

    MinutesStore(JdbcClient jdbc, JdbcTemplate batch, JsonMapper json) {
        this.jdbc = jdbc;
        this.rows = new MinutesRowStore(jdbc, batch, json);
    }

    public void insert(Minutes m, UUID chronologyEventId) {
        jdbc.sql("""
                insert into meetings.minutes (id, meeting_id, revision, final_version, held_on, chair, child_participation,
                    child_views, parents_views, analysis, warnings, correction_reason, chronology_event_id, recorded_by,
                    recorded_at)
                values (:id, :meeting, :revision, :final, :held, :chair, :participation, :child, :parents, :analysis,
                        cast(:warnings as jsonb), :correction, :event, :by, :at)""")
                .param("id", m.id()).param("meeting", m.meetingId()).param("revision", m.revision())
                .param("final", m.finalVersion()).param("held", m.heldOn()).param("chair", m.chair())
                .param("participation", m.childParticipation() == null ? null : m.childParticipation().name())
                .param("child", m.childViews()).param("parents", m.parentsViews()).param("analysis", m.analysis())
                .param("warnings", rows.warnings(m.warnings())).param("correction", m.correctionReason())
                .param("event", chronologyEventId).param("by", m.recordedBy()).param("at", Timestamps.of(m.recordedAt()))
                .update();
        rows.insert(m);
    }

    /** Every revision of a meeting's minutes, latest first. */
    public List<Minutes> revisions(UUID meetingId) {
        return rows.load("meeting_id = :m order by revision desc", Map.of("m", meetingId));
    }

    /** The latest final minutes of each of these meetings that has any. */
    public Map<UUID, Minutes> latestFinal(Collection<UUID> meetingIds) {
        Map<UUID, Minutes> byMeeting = new HashMap<>();
        rows.load("""
                id in (select distinct on (meeting_id) id from meetings.minutes
                       where meeting_id = any(cast(:ids as uuid[])) and final_version is not null
                       order by meeting_id, final_version desc)""", Map.of("ids", Store.uuids(meetingIds)))
                .forEach(m -> byMeeting.put(m.meetingId(), m));
        return byMeeting;
    }

    public Map<UUID, Standing> standing(Collection<UUID> meetingIds) {
        Map<UUID, Standing> standing = new HashMap<>();
        jdbc.sql("""
                select meeting_id, max(revision) as revision, max(final_version) as latest_final,
                       (array_agg(final_version order by revision desc))[1] is not null as latest_is_final
                from meetings.minutes where meeting_id = any(cast(:ids as uuid[])) group by meeting_id""")
                .param("ids", Store.uuids(meetingIds))
                .query(rs -> {
                    standing.put(rs.getObject("meeting_id", UUID.class), new Standing(rs.getInt("revision"),
                            rs.getObject("latest_final", Integer.class), rs.getBoolean("latest_is_final")));
                });
        return standing;
    }

    /** The child's meetings with final minutes: type, day held and the kinds of decision taken (for the timescales). */
    public List<StatutoryTimescales.Held> held(ChildId child) {
        return jdbc.sql("""
                select m.id, m.type, f.held_on,
                       array(select d.kind from meetings.decision d where d.minutes_id = f.id) as kinds
                from meetings.meeting m
                join lateral (select id, held_on from meetings.minutes where meeting_id = m.id and final_version is not null
                              order by final_version desc limit 1) f on true
                where m.child_id = :child""")
                .param("child", child.value())
                .query((rs, n) -> new StatutoryTimescales.Held(rs.getObject("id", UUID.class),
                        org.safeguardinghub.meetings.MeetingType.valueOf(rs.getString("type")),
                        rs.getObject("held_on", java.time.LocalDate.class), MinutesRowStore.kinds(rs.getArray("kinds"))))
                .list();
    }

    /** The chronology entries of the latest final minutes of these meetings (an overdue alert's evidence). */
    public List<UUID> chronologyEntries(Collection<UUID> meetingIds) {
        return jdbc.sql("""
                select distinct on (meeting_id) chronology_event_id from meetings.minutes
                where meeting_id = any(cast(:ids as uuid[])) and final_version is not null
                order by meeting_id, final_version desc""")
                .param("ids", Store.uuids(meetingIds)).query(UUID.class).list().stream()
                .filter(java.util.Objects::nonNull).toList();
    }

    public void done(UUID actionId, String by, String note, Instant at) {
        jdbc.sql("""
                insert into meetings.action_progress (id, action_id, status, note, by_whom, at)
                values (:id, :action, 'DONE', :note, :by, :at)""")
                .param("id", org.safeguardinghub.shared.Ids.newId()).param("action", actionId).param("note", note)
                .param("by", by).param("at", Timestamps.of(at)).update();
    }

    /** The actions of these that are done, and when. */
    public Map<UUID, Done> done(Collection<UUID> actionIds) {
        Map<UUID, Done> done = new HashMap<>();
        if (actionIds.isEmpty()) {
            return done;
        }
        jdbc.sql("""
                select distinct on (action_id) action_id, by_whom, at from meetings.action_progress
                where action_id = any(cast(:ids as uuid[])) and status = 'DONE' order by action_id, at""")
                .param("ids", Store.uuids(actionIds))
                .query(rs -> {
                    done.put(rs.getObject("action_id", UUID.class), new Done(rs.getString("by_whom"), Store.instant(rs, "at")));
                });
        return done;
    }
}
