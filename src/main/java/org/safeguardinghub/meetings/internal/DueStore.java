package org.safeguardinghub.meetings.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.meetings.MeetingType;
import org.safeguardinghub.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Each child's next statutory meeting, as the deadline job and the managers' view need it without
 * working out every child's timetable: rewritten whenever the child's meetings change, so the job
 * finds the children whose meeting has just become overdue in one indexed query.
 */
@Repository
public class DueStore {

    /** A child's earliest statutory meeting still to be held, and who answers for it. */
    public record ChildDue(ChildId child, MeetingType type, LocalDate dueOn, UUID agencyId, UUID practitionerId) {
    }

    private final JdbcClient jdbc;

    DueStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Notes the child's next statutory meeting (or that none is due: type and date null). */
    public void note(ChildId child, MeetingType type, LocalDate dueOn, UUID agencyId, UUID practitionerId, Instant at) {
        jdbc.sql("""
                insert into meetings.child_due (child_id, type, due_on, agency_id, practitioner_id, updated_at)
                values (:child, :type, :due, :agency, :practitioner, :at)
                on conflict (child_id) do update set type = excluded.type, due_on = excluded.due_on,
                    agency_id = excluded.agency_id, practitioner_id = excluded.practitioner_id, updated_at = excluded.updated_at""")
                .param("child", child.value()).param("type", type == null ? null : type.name()).param("due", dueOn)
                .param("agency", agencyId).param("practitioner", practitionerId).param("at", Timestamps.of(at)).update();
    }

    /** The alert has been reported for the child's meeting due on that day. */
    public void reported(ChildId child, LocalDate dueOn) {
        jdbc.sql("update meetings.child_due set reported_for = :due where child_id = :child")
                .param("due", dueOn).param("child", child.value()).update();
    }

    /** Children whose next statutory meeting is overdue today and not yet reported as such. */
    public List<ChildId> newlyOverdue(LocalDate today, int limit) {
        return jdbc.sql("""
                select child_id from meetings.child_due
                where due_on < :today and reported_for is distinct from due_on
                order by due_on limit :limit""")
                .param("today", today).param("limit", limit)
                .query((rs, n) -> new ChildId(rs.getObject(1, UUID.class))).list();
    }

    /** Statutory meetings due by a day that these practitioners answer for, soonest first. */
    public List<ChildDue> dueBy(LocalDate by, Collection<UUID> practitioners, int limit) {
        return jdbc.sql("""
                select child_id, type, due_on, agency_id, practitioner_id from meetings.child_due
                where due_on <= :by and practitioner_id = any(cast(:people as uuid[]))
                order by due_on, child_id limit :limit""")
                .param("by", by).param("people", Store.uuids(practitioners)).param("limit", limit)
                .query((rs, n) -> new ChildDue(new ChildId(rs.getObject(1, UUID.class)), MeetingType.valueOf(rs.getString(2)),
                        rs.getObject(3, LocalDate.class), rs.getObject(4, UUID.class), rs.getObject(5, UUID.class)))
                .list();
    }
}
