package org.safeguardinghub.meetings.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.safeguardinghub.access.AgencyType;
import org.safeguardinghub.access.Sensitivity;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.meetings.Invitation;
import org.safeguardinghub.meetings.LeftOut;
import org.safeguardinghub.meetings.MeetingType;
import org.safeguardinghub.shared.Ids;
import org.safeguardinghub.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Meetings as convened, their invitations, replies and required agencies left out, in {@code meetings.*}; rows are only added. */
@Repository
public class MeetingStore {

    /** A meeting's row. */
    public record MeetingRow(UUID id, ChildId child, MeetingType type, LocalDate scheduledOn, LocalTime time, String place,
                             UUID organiserId, LocalDate anchorOn, LocalDate dueOn, String dueReason, List<String> dueArgs,
                             Instant convenedAt) {
    }

    /** An invitation's row with its latest reply (null if none). */
    public record InvitationRow(UUID id, UUID meetingId, UUID practitionerId, String role, Invitation.Source source,
                                Instant invitedAt, Invitation.Reply reply) {
    }

    private static final String MEETING = """
            select id, child_id, type, scheduled_on, scheduled_time, place, organiser_id, anchor_on, due_on, due_reason,
                   due_args, convened_at
            from meetings.meeting""";

    private final JdbcClient jdbc;

    MeetingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(MeetingRow m, UUID organiserAgencyId, String by) {
        jdbc.sql("""
                insert into meetings.meeting (id, child_id, type, scheduled_on, scheduled_time, place, organiser_id,
                    organiser_agency_id, anchor_on, due_on, due_reason, due_args, convened_at, convened_by)
                values (:id, :child, :type, :on, :time, :place, :organiser, :agency, :anchor, :due, :reason, :args, :at, :by)""")
                .param("id", m.id()).param("child", m.child().value()).param("type", m.type().name())
                .param("on", m.scheduledOn()).param("time", m.time()).param("place", m.place())
                .param("organiser", m.organiserId()).param("agency", organiserAgencyId).param("anchor", m.anchorOn())
                .param("due", m.dueOn()).param("reason", m.dueReason())
                .param("args", m.dueArgs() == null ? null : m.dueArgs().toArray(String[]::new))
                .param("at", Timestamps.of(m.convenedAt())).param("by", by).update();
    }

    public UUID invite(UUID meetingId, UUID practitionerId, UUID agencyId, String role, Invitation.Source source,
                       Instant at, String by) {
        UUID id = Ids.newId();
        jdbc.sql("""
                insert into meetings.invitation (id, meeting_id, practitioner_id, agency_id, role, source, invited_at, invited_by)
                values (:id, :meeting, :practitioner, :agency, :role, :source, :at, :by)""")
                .param("id", id).param("meeting", meetingId).param("practitioner", practitionerId).param("agency", agencyId)
                .param("role", role).param("source", source.name()).param("at", Timestamps.of(at)).param("by", by).update();
        return id;
    }

    public void leaveOut(UUID meetingId, AgencyType type, String reason, Instant at, String by) {
        jdbc.sql("""
                insert into meetings.left_out (meeting_id, agency_type, reason, recorded_by, recorded_at)
                values (:meeting, :type, :reason, :by, :at)""")
                .param("meeting", meetingId).param("type", type.name()).param("reason", reason).param("by", by)
                .param("at", Timestamps.of(at)).update();
    }

    public void reply(UUID invitationId, Invitation.Reply reply) {
        jdbc.sql("""
                insert into meetings.reply (id, invitation_id, response, reason, report, report_sensitivity, replied_by, replied_at)
                values (:id, :invitation, :response, :reason, :report, :sensitivity, :by, :at)""")
                .param("id", Ids.newId()).param("invitation", invitationId).param("response", reply.response().name())
                .param("reason", reply.reason()).param("report", reply.report())
                .param("sensitivity", reply.sensitivity() == null ? null : reply.sensitivity().name())
                .param("by", reply.by()).param("at", Timestamps.of(reply.at())).update();
    }

    /** Serialises changes to one meeting (two people finalising its minutes at once). */
    public void lock(UUID meetingId) {
        jdbc.sql("select id from meetings.meeting where id = :id for update").param("id", meetingId).query(rs -> { });
    }

    public Optional<MeetingRow> meeting(UUID id) {
        return jdbc.sql(MEETING + " where id = :id").param("id", id).query(MeetingStore::meeting).optional();
    }

    /** The child's meetings, latest first. */
    public List<MeetingRow> ofChild(ChildId child) {
        return jdbc.sql(MEETING + " where child_id = :child order by scheduled_on desc, convened_at desc")
                .param("child", child.value()).query(MeetingStore::meeting).list();
    }

    public List<MeetingRow> byIds(Collection<UUID> ids) {
        return jdbc.sql(MEETING + " where id = any(cast(:ids as uuid[]))").param("ids", Store.uuids(ids))
                .query(MeetingStore::meeting).list();
    }

    /** The invitations of these meetings, in the order they were made, each with its latest reply. */
    public List<InvitationRow> invitations(Collection<UUID> meetingIds) {
        return jdbc.sql("""
                select i.id, i.meeting_id, i.practitioner_id, i.role, i.source, i.invited_at, r.response, r.reason, r.report,
                       r.report_sensitivity, r.replied_by, r.replied_at
                from meetings.invitation i
                left join lateral (select * from meetings.reply where invitation_id = i.id
                                   order by replied_at desc, id desc limit 1) r on true
                where i.meeting_id = any(cast(:ids as uuid[]))
                order by i.invited_at, i.id""")
                .param("ids", Store.uuids(meetingIds)).query(MeetingStore::invitation).list();
    }

    /** The required agencies left out of these meetings, by meeting. */
    public java.util.Map<UUID, List<LeftOut>> leftOut(Collection<UUID> meetingIds) {
        java.util.Map<UUID, List<LeftOut>> byMeeting = new java.util.HashMap<>();
        jdbc.sql("""
                select meeting_id, agency_type, reason, recorded_by, recorded_at from meetings.left_out
                where meeting_id = any(cast(:ids as uuid[])) order by agency_type""")
                .param("ids", Store.uuids(meetingIds))
                .query(rs -> {
                    byMeeting.computeIfAbsent(rs.getObject(1, UUID.class), m -> new java.util.ArrayList<>()).add(new LeftOut(
                            AgencyType.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4), Store.instant(rs, "recorded_at")));
                });
        return byMeeting;
    }

    /** The dates organisers of the child's meetings gave for the start of a statutory clock. */
    public List<StatutoryTimescales.Given> given(ChildId child) {
        return jdbc.sql("select id, type, anchor_on from meetings.meeting where child_id = :child and anchor_on is not null")
                .param("child", child.value())
                .query((rs, n) -> new StatutoryTimescales.Given(rs.getObject(1, UUID.class), MeetingType.valueOf(rs.getString(2)),
                        rs.getObject(3, LocalDate.class))).list();
    }

    private static MeetingRow meeting(ResultSet rs, int row) throws SQLException {
        Array args = rs.getArray("due_args");
        return new MeetingRow(rs.getObject("id", UUID.class), new ChildId(rs.getObject("child_id", UUID.class)),
                MeetingType.valueOf(rs.getString("type")), rs.getObject("scheduled_on", LocalDate.class),
                rs.getObject("scheduled_time", LocalTime.class), rs.getString("place"),
                rs.getObject("organiser_id", UUID.class), rs.getObject("anchor_on", LocalDate.class),
                rs.getObject("due_on", LocalDate.class), rs.getString("due_reason"),
                args == null ? null : Arrays.asList((String[]) args.getArray()),
                rs.getObject("convened_at", OffsetDateTime.class).toInstant());
    }

    private static InvitationRow invitation(ResultSet rs, int row) throws SQLException {
        String response = rs.getString("response");
        String sensitivity = rs.getString("report_sensitivity");
        Invitation.Reply reply = response == null ? null : new Invitation.Reply(Invitation.Response.valueOf(response),
                rs.getString("reason"), rs.getString("report"), sensitivity == null ? null : Sensitivity.valueOf(sensitivity),
                rs.getString("replied_by"), Store.instant(rs, "replied_at"));
        return new InvitationRow(rs.getObject("id", UUID.class), rs.getObject("meeting_id", UUID.class),
                rs.getObject("practitioner_id", UUID.class), rs.getString("role"),
                Invitation.Source.valueOf(rs.getString("source")), Store.instant(rs, "invited_at"), reply);
    }
}
