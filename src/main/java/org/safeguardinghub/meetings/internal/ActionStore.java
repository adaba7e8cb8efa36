package org.safeguardinghub.meetings.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.meetings.MeetingType;
import org.safeguardinghub.meetings.Minutes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Agreed actions across children, for the managers' view: those in force (in the latest final minutes) and not done. */
@Repository
public class ActionStore {

    /** An action in force, with the meeting it came from. */
    public record Agreed(UUID meetingId, ChildId child, MeetingType type, LocalDate heldOn, Minutes.Action action) {
    }

    private static final String AGREED = """
            select m.id as meeting_id, m.child_id, m.type, f.held_on, a.action_id, a.what, a.owner_id, a.owner_agency_id,
                   a.due_on, a.done_looks_like
            from meetings.action a
            join meetings.minutes f on f.id = a.minutes_id
            join meetings.meeting m on m.id = f.meeting_id
            """;

    private final JdbcClient jdbc;

    ActionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The actions in force about a child that this practitioner owns and has not done, soonest first. */
    public List<Agreed> openOf(ChildId child, UUID owner) {
        return jdbc.sql(AGREED + """
                where m.child_id = :child and a.owner_id = :owner
                  and f.final_version = (select max(x.final_version) from meetings.minutes x where x.meeting_id = f.meeting_id)
                  and not exists (select 1 from meetings.action_progress p where p.action_id = a.action_id)
                order by a.due_on, a.action_id""")
                .param("child", child.value()).param("owner", owner).query(ActionStore::agreed).list();
    }

    /** Actions these practitioners own that are not done and were due before {@code today}, the longest overdue first. */
    public List<Agreed> overdue(Collection<UUID> owners, LocalDate today, int limit) {
        return jdbc.sql(AGREED + """
                where a.owner_id = any(cast(:owners as uuid[])) and a.due_on < :today
                  and f.final_version = (select max(x.final_version) from meetings.minutes x where x.meeting_id = f.meeting_id)
                  and not exists (select 1 from meetings.action_progress p where p.action_id = a.action_id)
                order by a.due_on, a.action_id limit :limit""")
                .param("owners", Store.uuids(owners)).param("today", today).param("limit", limit)
                .query(ActionStore::agreed).list();
    }

    private static Agreed agreed(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Agreed(rs.getObject("meeting_id", UUID.class), new ChildId(rs.getObject("child_id", UUID.class)),
                MeetingType.valueOf(rs.getString("type")), rs.getObject("held_on", LocalDate.class),
                new Minutes.Action(rs.getObject("action_id", UUID.class), rs.getString("what"),
                        rs.getObject("owner_id", UUID.class), rs.getObject("owner_agency_id", UUID.class),
                        rs.getObject("due_on", LocalDate.class), rs.getString("done_looks_like")));
    }

    /** Meetings these practitioners convened, on or before {@code by}, whose minutes are not yet final. */
    public List<UUID> awaitingMinutes(Collection<UUID> organisers, LocalDate by, int limit) {
        return jdbc.sql("""
                select id from meetings.meeting m
                where organiser_id = any(cast(:people as uuid[])) and scheduled_on <= :by
                  and not exists (select 1 from meetings.minutes f where f.meeting_id = m.id and f.final_version is not null)
                order by scheduled_on, id limit :limit""")
                .param("people", Store.uuids(organisers)).param("by", by).param("limit", limit)
                .query(UUID.class).list();
    }
}
