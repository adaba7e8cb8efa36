package org.safeguardinghub.meetings.internal;

import static org.safeguardinghub.chronology.SubjectAccessSource.fields;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.safeguardinghub.access.Sensitivity;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.chronology.SubjectAccessSource;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The meetings' part of a subject access export: each meeting convened about the child, who was
 * invited and every reply (with partners' reports at the sensitivity they were sent), the required
 * agencies left out and why, every revision of the minutes (attendance, the child's and parents'
 * views, what each agency shared, decisions, actions, recommendations) and the actions' progress.
 * Reports and contributions at a restricted sensitivity are marked for review; what parents said
 * and what agencies shared speak of other people, so they are marked as third party.
 */
@Component
class MeetingsSubjectAccess implements SubjectAccessSource {

    /** How an item names its meeting: its type and the day it was set for. */
    private static final String MEETING = "m.type || ' on ' || m.scheduled_on";

    private final JdbcClient jdbc;

    MeetingsSubjectAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 120;
    }

    @Override
    public Part about(ChildId child) {
        List<Item> items = new ArrayList<>(meetings(child));
        items.addAll(invitations(child));
        items.addAll(leftOut(child));
        items.addAll(minutes(child));
        items.addAll(contributions(child));
        items.addAll(decisions(child));
        items.addAll(actions(child));
        items.addAll(recommendations(child));
        items.addAll(progress(child));
        return new Part("subjectAccess.part.meetings", items);
    }

    private List<Item> meetings(ChildId child) {
        return list("""
                select m.type, m.scheduled_on::text, m.scheduled_time::text, m.place, p.display_name, a.code,
                       m.anchor_on::text, m.due_on::text, m.convened_by, m.convened_at::text
                from meetings.meeting m join access.practitioner p on p.id = m.organiser_id
                join access.agency a on a.id = m.organiser_agency_id
                where m.child_id = :c order by m.scheduled_on, m.convened_at""", child,
                (rs, n) -> Item.of(fields("meeting", rs.getString(1), "on", rs.getString(2), "at", rs.getString(3),
                        "place", rs.getString(4), "organiser", rs.getString(5), "organiser's agency", rs.getString(6),
                        "statutory clock started", rs.getString(7), "due by", rs.getString(8),
                        "convened by", rs.getString(9), "convened", rs.getString(10))));
    }

    /** Each invitation with each reply to it (every reply is kept; an invitation not answered once). */
    private List<Item> invitations(ChildId child) {
        return list("""
                select %s, p.display_name, a.code, i.role, i.source, i.invited_by, i.invited_at::text, r.response,
                       r.reason, r.report, r.report_sensitivity, r.replied_by, r.replied_at::text
                from meetings.invitation i join meetings.meeting m on m.id = i.meeting_id
                join access.practitioner p on p.id = i.practitioner_id join access.agency a on a.id = i.agency_id
                left join meetings.reply r on r.invitation_id = i.id
                where m.child_id = :c order by m.scheduled_on, i.invited_at, r.replied_at""".formatted(MEETING), child,
                (rs, n) -> new Item(fields("invitation to", rs.getString(1), "invitee", rs.getString(2),
                        "agency", rs.getString(3), "role", rs.getString(4), "why invited", rs.getString(5),
                        "invited by", rs.getString(6), "invited", rs.getString(7), "reply", rs.getString(8),
                        "why", rs.getString(9), "report", rs.getString(10), "report's sensitivity", rs.getString(11),
                        "replied by", rs.getString(12), "replied", rs.getString(13)),
                        Set.of("report"), review(rs.getString(11))));
    }

    private List<Item> leftOut(ChildId child) {
        return list("""
                select %s, l.agency_type, l.reason, l.recorded_by, l.recorded_at::text
                from meetings.left_out l join meetings.meeting m on m.id = l.meeting_id
                where m.child_id = :c order by m.scheduled_on, l.recorded_at""".formatted(MEETING), child,
                (rs, n) -> Item.of(fields("required agency left out of", rs.getString(1), "agency type", rs.getString(2),
                        "why", rs.getString(3), "recorded by", rs.getString(4), "recorded", rs.getString(5))));
    }

    /** Every revision of the minutes, draft or final, with who attended as that revision recorded it. */
    private List<Item> minutes(ChildId child) {
        return list("""
                select %s, f.revision, f.final_version, f.held_on::text, f.chair,
                       (select string_agg(p.display_name || ' (' || a.code || '): ' || t.attendance, '; '
                                          order by p.display_name)
                        from meetings.attendance t join meetings.invitation i on i.id = t.invitation_id
                        join access.practitioner p on p.id = i.practitioner_id join access.agency a on a.id = i.agency_id
                        where t.minutes_id = f.id),
                       f.child_participation, f.child_views, f.parents_views, f.analysis, f.correction_reason,
                       f.recorded_by, f.recorded_at::text
                from meetings.minutes f join meetings.meeting m on m.id = f.meeting_id
                where m.child_id = :c order by m.scheduled_on, f.revision""".formatted(MEETING), child,
                (rs, n) -> new Item(fields("minutes of", rs.getString(1), "revision", rs.getString(2),
                        "final version", rs.getString(3), "held", rs.getString(4), "chair", rs.getString(5),
                        "attendance", rs.getString(6), "the child's participation", rs.getString(7),
                        "the child's views", rs.getString(8), "parents' views", rs.getString(9),
                        "analysis", rs.getString(10), "why corrected", rs.getString(11),
                        "recorded by", rs.getString(12), "recorded", rs.getString(13)),
                        Set.of("parents' views", "analysis"), null));
    }

    /** What each agency shared, in each revision of the minutes, at the sensitivity it was shared at. */
    private List<Item> contributions(ChildId child) {
        return list("""
                select %s, f.revision, a.code, c.text, c.sensitivity
                from meetings.contribution c join meetings.minutes f on f.id = c.minutes_id
                join meetings.meeting m on m.id = f.meeting_id join access.agency a on a.id = c.agency_id
                where m.child_id = :c order by m.scheduled_on, f.revision, a.code""".formatted(MEETING), child,
                (rs, n) -> new Item(fields("shared at", rs.getString(1), "minutes revision", rs.getString(2),
                        "agency", rs.getString(3), "what was shared", rs.getString(4), "sensitivity", rs.getString(5)),
                        Set.of("what was shared"), review(rs.getString(5))));
    }

    private List<Item> decisions(ChildId child) {
        return list("""
                select %s, f.revision, d.kind, d.category, d.detail
                from meetings.decision d join meetings.minutes f on f.id = d.minutes_id
                join meetings.meeting m on m.id = f.meeting_id
                where m.child_id = :c order by m.scheduled_on, f.revision, d.position""".formatted(MEETING), child,
                (rs, n) -> Item.of(fields("decision at", rs.getString(1), "minutes revision", rs.getString(2),
                        "decision", rs.getString(3), "category", rs.getString(4), "detail", rs.getString(5))));
    }

    private List<Item> actions(ChildId child) {
        return list("""
                select %s, f.revision, x.what, p.display_name, a.code, x.due_on::text, x.done_looks_like
                from meetings.action x join meetings.minutes f on f.id = x.minutes_id
                join meetings.meeting m on m.id = f.meeting_id
                join access.practitioner p on p.id = x.owner_id join access.agency a on a.id = x.owner_agency_id
                where m.child_id = :c order by m.scheduled_on, f.revision, x.position""".formatted(MEETING), child,
                (rs, n) -> Item.of(fields("action from", rs.getString(1), "minutes revision", rs.getString(2),
                        "action", rs.getString(3), "owner", rs.getString(4), "owner's agency", rs.getString(5),
                        "due", rs.getString(6), "done looks like", rs.getString(7))));
    }

    private List<Item> recommendations(ChildId child) {
        return list("""
                select %s, f.revision, r.text
                from meetings.recommendation r join meetings.minutes f on f.id = r.minutes_id
                join meetings.meeting m on m.id = f.meeting_id
                where m.child_id = :c order by m.scheduled_on, f.revision, r.position""".formatted(MEETING), child,
                (rs, n) -> Item.of(fields("recommendation at", rs.getString(1), "minutes revision", rs.getString(2),
                        "recommendation", rs.getString(3))));
    }

    /** Progress on the meetings' actions (an action keeps its id from revision to revision: named once). */
    private List<Item> progress(ChildId child) {
        return list("""
                select what, status, note, by_whom, at::text from (
                    select distinct on (pr.id) x.what, pr.status, pr.note, pr.by_whom, pr.at
                    from meetings.action_progress pr join meetings.action x on x.action_id = pr.action_id
                    join meetings.minutes f on f.id = x.minutes_id join meetings.meeting m on m.id = f.meeting_id
                    where m.child_id = :c order by pr.id, f.revision desc) p
                order by at""", child,
                (rs, n) -> Item.of(fields("progress on action", rs.getString(1), "status", rs.getString(2),
                        "note", rs.getString(3), "by", rs.getString(4), "when", rs.getString(5))));
    }

    private List<Item> list(String sql, ChildId child, RowMapper<Item> item) {
        return jdbc.sql(sql).param("c", child.value()).query(item).list();
    }

    /** A restricted sensitivity (health, sexual health, police intelligence) is reviewed before release. */
    private static String review(String sensitivity) {
        return sensitivity != null && Sensitivity.valueOf(sensitivity).isRestricted()
                ? "subjectAccess.review.sensitivity" : null;
    }
}
