package org.safeguardinghub.plans.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.meetings.MeetingType;
import org.safeguardinghub.plans.ActionStatus;
import org.safeguardinghub.plans.Effectiveness;
import org.safeguardinghub.plans.PlanAction;
import org.safeguardinghub.plans.Progress;
import org.safeguardinghub.shared.Ids;
import org.safeguardinghub.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Plan actions, each version of them and every progress update, in {@code plans.*}. The action row
 * is the action as it stands; its versions and progress are only ever added to.
 */
@Repository
public class PlanActionStore {

    private final JdbcClient jdbc;

    PlanActionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the action (as version 1) and the first entry of its history. */
    public void insert(PlanAction a) {
        jdbc.sql("""
                insert into plans.action (id, child_id, plan_id, outcome_id, version, what, owner_practitioner_id,
                    owner_agency_id, due_on, done_looks_like, worked_looks_like, status, last_progress_on, source,
                    meeting_id, meeting_type, meeting_action_id, meeting_version, added_by, added_at, entry_id)
                values (:id, :child, :plan, :outcome, 1, :what, :owner, :agency, :due, :done, :worked, :status, :last,
                        :source, :meeting, :meetingType, :meetingAction, :meetingVersion, :by, :at, :entry)""")
                .param("id", a.id()).param("child", a.child().value()).param("plan", a.planId())
                .param("outcome", a.outcomeId()).param("what", a.what()).param("owner", a.ownerPractitionerId())
                .param("agency", a.ownerAgencyId()).param("due", a.dueOn()).param("done", a.doneLooksLike())
                .param("worked", a.workedLooksLike()).param("status", a.status().name())
                .param("last", a.lastProgressOn()).param("source", a.source().name()).param("meeting", a.meetingId())
                .param("meetingType", a.meetingType() == null ? null : a.meetingType().name())
                .param("meetingAction", a.meetingActionId())
                .param("meetingVersion", a.source() == PlanAction.Source.MEETING ? a.meetingVersion() : null)
                .param("by", a.addedBy()).param("at", Timestamps.of(a.addedAt())).param("entry", a.entryId()).update();
        version(new PlanAction.Changed(a.id(), 1, a.planId(), a.what(), a.ownerPractitionerId(), a.ownerAgencyId(),
                a.dueOn(), a.doneLooksLike(), a.workedLooksLike(), a.addedBy(),
                a.source() == PlanAction.Source.MEETING ? "agreed at a meeting" : "added to the plan"), a.addedAt());
    }

    /** A new version of the action's terms; the action row takes it, the version is kept. */
    public void changed(PlanAction.Changed c, Instant at, Integer meetingVersion) {
        jdbc.sql("""
                update plans.action set version = :version, plan_id = :plan, what = :what, owner_practitioner_id = :owner,
                    owner_agency_id = :agency, due_on = :due, done_looks_like = :done, worked_looks_like = :worked,
                    meeting_version = coalesce(:meetingVersion, meeting_version)
                where id = :id and version = :version - 1""")
                .param("version", c.version()).param("plan", c.planId()).param("what", c.what())
                .param("owner", c.ownerPractitionerId()).param("agency", c.ownerAgencyId()).param("due", c.dueOn())
                .param("done", c.doneLooksLike()).param("worked", c.workedLooksLike())
                .param("meetingVersion", meetingVersion).param("id", c.actionId()).update();
        version(c, at);
    }

    private void version(PlanAction.Changed c, Instant at) {
        jdbc.sql("""
                insert into plans.action_version (action_id, version, plan_id, what, owner_practitioner_id, owner_agency_id,
                    due_on, done_looks_like, worked_looks_like, changed_by, changed_at, reason)
                values (:id, :version, :plan, :what, :owner, :agency, :due, :done, :worked, :by, :at, :reason)""")
                .param("id", c.actionId()).param("version", c.version()).param("plan", c.planId()).param("what", c.what())
                .param("owner", c.ownerPractitionerId()).param("agency", c.ownerAgencyId()).param("due", c.dueOn())
                .param("done", c.doneLooksLike()).param("worked", c.workedLooksLike()).param("by", c.by())
                .param("at", Timestamps.of(at)).param("reason", c.reason()).update();
    }

    /** Keeps the update and makes its status the action's. */
    public void progressed(PlanAction.ProgressRecorded p, Instant at) {
        jdbc.sql("""
                insert into plans.progress (id, action_id, recorded_at, recorded_by, recorded_by_kind, agency_id, note,
                                            status_after, effectiveness, review_id)
                values (:id, :action, :at, :by, :kind, :agency, :note, :status, :worked, :review)""")
                .param("id", Ids.newId()).param("action", p.actionId()).param("at", Timestamps.of(at)).param("by", p.by())
                .param("kind", p.byPartnerSystem() ? "API_CLIENT" : "PRACTITIONER").param("agency", p.agencyId())
                .param("note", p.note()).param("status", p.status().name())
                .param("worked", p.effectiveness() == null ? null : p.effectiveness().name()).param("review", p.reviewId())
                .update();
        jdbc.sql("""
                update plans.action set status = :status, effectiveness = :worked,
                    last_progress_on = greatest(last_progress_on, cast(:on as date)),
                    done_on = case when :status in ('DONE', 'STOPPED') then cast(:on as date) end
                where id = :action""")
                .param("status", p.status().name()).param("worked", p.effectiveness() == null ? null : p.effectiveness().name())
                .param("on", p.on()).param("action", p.actionId()).update();
    }

    public void lock(UUID action) {
        jdbc.sql("select id from plans.action where id = :id for update").param("id", action).query(UUID.class).optional();
    }

    public Optional<PlanAction> byId(UUID action) {
        return jdbc.sql("select * from plans.action where id = :id").param("id", action).query(PlanActionStore::map).optional();
    }

    public Optional<PlanAction> fromMeeting(UUID meetingActionId) {
        return jdbc.sql("select * from plans.action where meeting_action_id = :id").param("id", meetingActionId)
                .query(PlanActionStore::map).optional();
    }

    public List<PlanAction> ofMeeting(UUID meetingId) {
        return jdbc.sql("select * from plans.action where meeting_id = :id").param("id", meetingId)
                .query(PlanActionStore::map).list();
    }

    /** The plan's actions, in the order they were added. */
    public List<PlanAction> ofPlan(UUID plan) {
        return jdbc.sql("select * from plans.action where plan_id = :plan order by added_at, id").param("plan", plan)
                .query(PlanActionStore::map).list();
    }

    /** The child's actions agreed at meetings and waiting for a plan. */
    public List<PlanAction> waiting(ChildId child) {
        return jdbc.sql("select * from plans.action where child_id = :child and plan_id is null order by due_on, id")
                .param("child", child.value()).query(PlanActionStore::map).list();
    }

    /** The child's open actions in open plans, and those waiting for a plan. */
    public List<PlanAction> openOfChild(ChildId child) {
        return jdbc.sql("""
                select a.* from plans.action a
                where a.child_id = :child and a.status in ('NOT_STARTED', 'IN_PROGRESS')
                  and (a.plan_id is null or not exists (select 1 from plans.plan_end e where e.plan_id = a.plan_id))
                order by a.due_on, a.id""")
                .param("child", child.value()).query(PlanActionStore::map).list();
    }

    /** Every progress update on the plan's actions, oldest first. */
    public List<Progress> progressOfPlan(UUID plan) {
        return jdbc.sql("""
                select p.* from plans.progress p join plans.action a on a.id = p.action_id
                where a.plan_id = :plan order by p.recorded_at, p.id""")
                .param("plan", plan)
                .query((rs, n) -> new Progress(rs.getObject("id", UUID.class), rs.getObject("action_id", UUID.class),
                        rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by"),
                        "API_CLIENT".equals(rs.getString("recorded_by_kind")), rs.getObject("agency_id", UUID.class),
                        rs.getString("note"), ActionStatus.valueOf(rs.getString("status_after")),
                        rs.getString("effectiveness") == null ? null : Effectiveness.valueOf(rs.getString("effectiveness")),
                        rs.getObject("review_id", UUID.class)))
                .list();
    }

    static PlanAction map(ResultSet rs, int n) throws SQLException {
        String worked = rs.getString("effectiveness");
        String meetingType = rs.getString("meeting_type");
        return new PlanAction(rs.getObject("id", UUID.class), new ChildId(rs.getObject("child_id", UUID.class)),
                rs.getObject("plan_id", UUID.class), rs.getObject("outcome_id", UUID.class), rs.getInt("version"),
                rs.getString("what"), rs.getObject("owner_practitioner_id", UUID.class),
                rs.getObject("owner_agency_id", UUID.class), rs.getObject("due_on", LocalDate.class),
                rs.getString("done_looks_like"), rs.getString("worked_looks_like"),
                ActionStatus.valueOf(rs.getString("status")), worked == null ? null : Effectiveness.valueOf(worked),
                rs.getObject("done_on", LocalDate.class), rs.getObject("last_progress_on", LocalDate.class),
                PlanAction.Source.valueOf(rs.getString("source")), rs.getObject("meeting_id", UUID.class),
                meetingType == null ? null : MeetingType.valueOf(meetingType), rs.getObject("meeting_action_id", UUID.class),
                rs.getInt("meeting_version"), rs.getObject("entry_id", UUID.class), rs.getString("added_by"),
                rs.getTimestamp("added_at").toInstant());
    }
}
