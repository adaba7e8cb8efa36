package org.safeguardinghub.meetings;

import java.time.Clock;
import java.util.Optional;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.access.AuditLog;
import org.safeguardinghub.access.Permission;
import org.safeguardinghub.access.Sensitivity;
import org.safeguardinghub.meetings.internal.MeetingInvitations;
import org.safeguardinghub.meetings.internal.MeetingPermissions;
import org.safeguardinghub.meetings.internal.MeetingStore;
import org.safeguardinghub.meetings.internal.MeetingTexts;
import org.safeguardinghub.meetings.internal.Text;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.notifications.Notifications;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replies to invitations (issue 14, item 2): an invitee accepts, declines with a reason, or sends a
 * report instead, at the sensitivity they give it; a report is shown only to those who may read
 * that sensitivity of the sender's agency, like any entry. Every reply is kept; the latest counts.
 */
@Service
public class Invitations {

    public static final int MAX_REASON = 1000;
    public static final int MAX_REPORT = 20_000;

    private final MeetingStore store;
    private final Notifications notifications;
    private final MeetingTexts texts;
    private final AuditLog auditLog;
    private final Clock clock;

    Invitations(MeetingStore store, Notifications notifications, MeetingTexts texts, AuditLog auditLog, Clock clock) {
        this.store = store;
        this.notifications = notifications;
        this.texts = texts;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The invitee's reply, or the problem (by field) if it is refused. */
    @Transactional
    public Optional<java.util.Map.Entry<String, Problem>> reply(OpenRecord record, MeetingView view, String response,
                                                                String reason, String report, String sensitivity) {
        Permission permission = MeetingPermissions.reply(record.viewer(), view.meeting());
        if (permission.refused() || view.status() == MeetingView.Status.FINALISED) {
            return Optional.of(java.util.Map.entry("response", Problem.of("invitation.error.mayNotReply")));
        }
        Optional<Invitation.Response> answer = Text.choice(Invitation.Response.class, response);
        Optional<Sensitivity> level = Text.choice(Sensitivity.class, sensitivity);
        Optional<java.util.Map.Entry<String, Problem>> problem = problem(answer, reason, report, level, sensitivity);
        if (problem.isPresent()) {
            return problem;
        }
        Invitation invitation = view.meeting().invitationOf(((Actor.Person) record.viewer()).practitionerId()).orElseThrow();
        Invitation.Response r = answer.get();
        store.reply(invitation.id(), new Invitation.Reply(r, r == Invitation.Response.DECLINED ? reason.strip() : null,
                r == Invitation.Response.REPORT_SENT ? report.strip() : null,
                r == Invitation.Response.REPORT_SENT ? level.orElse(Sensitivity.STANDARD) : null,
                record.viewer().auditName(), clock.instant()));
        if (r != Invitation.Response.ACCEPTED) {
            notifications.tell(java.util.List.of(view.meeting().organiser().id()), record.child(),
                    texts.text("notification.reply.subject"),
                    texts.text("notification.reply.body", texts.day(view.meeting().scheduledOn())),
                    MeetingInvitations.link(record.child(), view.meeting().id()));
        }
        auditLog.record(record.viewer(), AuditAction.CHANGE_MEETING, record.child().value(),
                r + " invitation to meeting " + view.meeting().id());
        return Optional.empty();
    }

    private static Optional<java.util.Map.Entry<String, Problem>> problem(Optional<Invitation.Response> answer, String reason,
                                                                         String report, Optional<Sensitivity> level,
                                                                         String sensitivity) {
        if (answer.isEmpty()) {
            return Optional.of(java.util.Map.entry("response", Problem.of("invitation.error.response")));
        }
        if (answer.get() == Invitation.Response.DECLINED && (Text.blank(reason) || Text.longerThan(reason, MAX_REASON))) {
            return Optional.of(java.util.Map.entry("reason", Problem.of("invitation.error.reason", MAX_REASON)));
        }
        if (answer.get() == Invitation.Response.REPORT_SENT && (Text.blank(report) || Text.longerThan(report, MAX_REPORT))) {
            return Optional.of(java.util.Map.entry("report", Problem.of("invitation.error.report", MAX_REPORT)));
        }
        if (answer.get() == Invitation.Response.REPORT_SENT && !Text.blank(sensitivity) && level.isEmpty()) {
            return Optional.of(java.util.Map.entry("sensitivity", Problem.of("invitation.error.sensitivity")));
        }
        return Optional.empty();
    }
}
