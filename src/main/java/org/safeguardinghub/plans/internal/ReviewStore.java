package org.safeguardinghub.plans.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.meetings.MeetingFinalised;
import org.safeguardinghub.meetings.MeetingType;
import org.safeguardinghub.plans.Review;
import org.safeguardinghub.plans.ReviewDecision;
import org.safeguardinghub.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reviews of plans and what they found of each outcome, the review meetings the meetings module
 * finalised, and attempts to leave or close a plan without a multi-agency review. All only added to.
 */
@Repository
public class ReviewStore {

    private final JdbcClient jdbc;

    ReviewStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Review r, String fingerprint, List<ReviewRule.OutcomeProgress> outcomes) {
        jdbc.sql("""
                insert into plans.review (id, plan_id, number, held_on, what_changed, childs_view, family_view, decision,
                    decision_note, next_review_due, agencies_consulted, actions_fingerprint, outcomes_met, recorded_by,
                    recorded_at, entry_id)
                values (:id, :plan, :number, :held, :changed, :child, :family, :decision, :note, :next, cast(:consulted as uuid[]),
                        :fingerprint, :met, :by, :at, :entry)""")
                .param("id", r.id()).param("plan", r.planId()).param("number", r.number()).param("held", r.heldOn())
                .param("changed", r.whatChanged()).param("child", r.childsView()).param("family", r.familyView())
                .param("decision", r.decision().name()).param("note", r.decisionNote()).param("next", r.nextReviewDue())
                .param("consulted", ids(r.consulted())).param("fingerprint", fingerprint).param("met", r.outcomesMet())
                .param("by", r.recordedBy()).param("at", Timestamps.of(r.recordedAt())).param("entry", r.entryId())
                .update();
        for (ReviewRule.OutcomeProgress o : outcomes) {
            jdbc.sql("""
                    insert into plans.review_outcome (review_id, outcome_id, status, progress)
                    values (:review, :outcome, :status, :progress)""")
                    .param("review", r.id()).param("outcome", o.outcomeId()).param("status", o.status().name())
                    .param("progress", o.progress()).update();
        }
    }

    /** The plan's reviews, latest first. */
    public List<Review> ofPlan(UUID plan) {
        return jdbc.sql("select * from plans.review where plan_id = :plan order by number desc").param("plan", plan)
                .query(ReviewStore::review).list();
    }

    /** Keeps a version of a finalised meeting's minutes as a review meeting; a version already kept is a no-op. */
    public boolean meetingFinalised(MeetingFinalised m, Instant received) {
        return jdbc.sql("""
                insert into plans.meeting_review (meeting_id, version, child_id, type, held_on, invited, attended,
                                                  finalised_at, received_at)
                values (:meeting, :version, :child, :type, :held, cast(:invited as uuid[]), cast(:attended as uuid[]), :finalised, :received)
                on conflict do nothing""")
                .param("meeting", m.meetingId()).param("version", m.version()).param("child", m.child().value())
                .param("type", m.type().name()).param("held", m.heldOn()).param("invited", ids(m.agenciesInvited()))
                .param("attended", ids(m.agenciesAttended())).param("finalised", Timestamps.of(m.finalisedAt()))
                .param("received", Timestamps.of(received)).update() == 1;
    }

    /** The latest version of the meeting's minutes kept so far, or 0. */
    public int latestMeetingVersion(UUID meeting) {
        return jdbc.sql("select coalesce(max(version), 0) from plans.meeting_review where meeting_id = :m")
                .param("m", meeting).query(Integer.class).single();
    }

    /** A meeting about the child as its latest minutes have it. */
    public record Meeting(UUID meetingId, MeetingType type, LocalDate heldOn, Set<UUID> attended) {
    }

    public List<Meeting> meetingsOf(ChildId child) {
        return jdbc.sql("""
                select distinct on (meeting_id) meeting_id, type, held_on, attended from plans.meeting_review
                where child_id = :child order by meeting_id, version desc""")
                .param("child", child.value())
                .query((rs, n) -> new Meeting(rs.getObject("meeting_id", UUID.class), MeetingType.valueOf(rs.getString("type")),
                        rs.getObject("held_on", LocalDate.class), uuids(rs.getArray("attended"))))
                .list();
    }

    public record Attempt(UUID id, UUID planId, UUID agencyId, LocalDate on, String by, String reason, UUID entryId) {
    }

    public void attempted(Attempt a, Instant at) {
        jdbc.sql("""
                insert into plans.withdrawal_attempt (id, plan_id, agency_id, attempted_on, attempted_by, attempted_at,
                                                      reason, entry_id)
                values (:id, :plan, :agency, :on, :by, :at, :reason, :entry)""")
                .param("id", a.id()).param("plan", a.planId()).param("agency", a.agencyId()).param("on", a.on())
                .param("by", a.by()).param("at", Timestamps.of(at)).param("reason", a.reason()).param("entry", a.entryId())
                .update();
    }

    /** The attempts on the child's open plans, oldest first. */
    public List<Attempt> attemptsOnOpenPlans(ChildId child) {
        return jdbc.sql("""
                select w.* from plans.withdrawal_attempt w join plans.plan p on p.id = w.plan_id
                where p.child_id = :child and not exists (select 1 from plans.plan_end e where e.plan_id = p.id)
                order by w.attempted_at""")
                .param("child", child.value())
                .query((rs, n) -> new Attempt(rs.getObject("id", UUID.class), rs.getObject("plan_id", UUID.class),
                        rs.getObject("agency_id", UUID.class), rs.getObject("attempted_on", LocalDate.class),
                        rs.getString("attempted_by"), rs.getString("reason"), rs.getObject("entry_id", UUID.class)))
                .list();
    }

    private static Review review(ResultSet rs, int n) throws SQLException {
        return new Review(rs.getObject("id", UUID.class), rs.getObject("plan_id", UUID.class), rs.getInt("number"),
                rs.getObject("held_on", LocalDate.class), rs.getString("what_changed"), rs.getString("childs_view"),
                rs.getString("family_view"), ReviewDecision.valueOf(rs.getString("decision")), rs.getString("decision_note"),
                rs.getObject("next_review_due", LocalDate.class), uuids(rs.getArray("agencies_consulted")),
                rs.getBoolean("outcomes_met"), rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant(),
                rs.getObject("entry_id", UUID.class));
    }

    /** Ids as the driver binds them; the SQL casts them to {@code uuid[]}. */
    static String[] ids(java.util.Collection<UUID> ids) {
        return ids.stream().map(UUID::toString).toArray(String[]::new);
    }

    static Set<UUID> uuids(Array array) throws SQLException {
        return array == null ? Set.of() : Arrays.stream((Object[]) array.getArray()).map(o -> (UUID) o).collect(Collectors.toSet());
    }
}
