package org.safeguardinghub.meetings.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.meetings.Invitation;
import org.safeguardinghub.meetings.MeetingAction;
import org.safeguardinghub.meetings.MeetingView;
import org.safeguardinghub.meetings.Minutes;

/**
 * A meeting as {@code GET /api/v1/meetings/{meetingId}} gives it: when, who convened it, who was
 * invited and why, their replies (reports at their sensitivity: restricted ones marked, with whom to
 * ask), the required agencies left out and why, and the latest final minutes (attendance per invitee
 * and per agency, decisions, actions with owner, due date and status, recommendations apart).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record MeetingDocument(String id, String childId, String type, String scheduledOn, String scheduledTime, String place,
                       String status, String dueOn, Person organiser, List<Invitee> invitees, List<LeftOut> leftOut,
                       MinutesDocument minutes) {

    record Person(String name, String agency, String agencyName) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Invitee(Person who, String role, String invitedBecause, String response, String respondedAt, String reason,
                   Report report, String attendance) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Report(boolean restricted, String text, String sensitivity, String contact) {
    }

    record LeftOut(String agencyType, String reason) {
    }

    record AgencyAttendance(String agency, String attendance) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record DecisionDocument(String kind, String category, String detail) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ActionDocument(String id, String what, Person owner, String dueOn, String doneLooksLike, String status,
                          String doneAt) {
    }

    record MinutesDocument(int version, String heldOn, String chair, String finalisedAt,
                           List<AgencyAttendance> attendanceByAgency, List<DecisionDocument> decisions,
                           List<ActionDocument> actions, List<String> recommendations, List<String> warnings) {
    }

    static MeetingDocument of(MeetingView view, OpenRecord record, LocalDate today) {
        var m = view.meeting();
        Minutes f = view.latestFinal();
        return new MeetingDocument(m.id().toString(), m.child().toString(), m.type().name(), m.scheduledOn().toString(),
                m.scheduledTime() == null ? null : m.scheduledTime().toString(), m.place(), view.status().name(),
                m.due() == null ? null : m.due().on().toString(), person(m.organiser()),
                m.invitations().stream().map(i -> invitee(i, f, record)).toList(),
                m.leftOut().stream().map(l -> new LeftOut(l.agencyType().name(), l.reason())).toList(),
                f == null ? null : minutes(view, f, today));
    }

    private static Person person(org.safeguardinghub.access.Practitioner p) {
        return new Person(p.displayName(), p.agency().code(), p.agency().name());
    }

    private static Invitee invitee(Invitation i, Minutes f, OpenRecord record) {
        Invitation.Reply r = i.reply();
        Minutes.Attendance attended = f == null ? null : f.attendance().get(i.id());
        return new Invitee(person(i.who()), i.role(), i.source().name(), r == null ? null : r.response().name(),
                r == null ? null : r.at().toString(), r == null ? null : r.reason(), report(i, record),
                attended == null ? null : attended.name());
    }

    private static Report report(Invitation i, OpenRecord record) {
        Invitation.Reply r = i.reply();
        if (r == null || r.report() == null) {
            return null;
        }
        if (record.decision().mayRead(record.viewer(), i.agencyId(), r.sensitivity())) {
            return new Report(false, r.report(), r.sensitivity().name(), null);
        }
        return new Report(true, null, null, i.who().displayName() + (i.who().email() == null ? "" : " (" + i.who().email() + ")"));
    }

    private static MinutesDocument minutes(MeetingView view, Minutes f, LocalDate today) {
        Map<java.util.UUID, Minutes.Attendance> byAgency = f.byAgency(view.meeting());
        return new MinutesDocument(f.finalVersion(), f.heldOn().toString(), f.chair(), f.recordedAt().toString(),
                byAgency.entrySet().stream().map(e -> new AgencyAttendance(view.meeting().invitations().stream()
                        .filter(i -> i.agencyId().equals(e.getKey())).findFirst().orElseThrow().who().agency().code(),
                        e.getValue().name())).toList(),
                f.decisions().stream().map(d -> new DecisionDocument(d.kind().name(),
                        d.category() == null ? null : d.category().name(), d.detail())).toList(),
                view.actions().stream().map(a -> action(a, today)).toList(), f.recommendations(),
                f.warnings().stream().map(w -> w.key().replaceFirst("^minutes\\.warning\\.", "")).toList());
    }

    private static ActionDocument action(MeetingAction a, LocalDate today) {
        return new ActionDocument(a.action().id().toString(), a.action().what(), person(a.owner()), a.action().due().toString(),
                a.action().doneLooksLike(), a.statusOn(today).name(), a.doneAt() == null ? null : a.doneAt().toString());
    }
}
