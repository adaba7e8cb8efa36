package org.safeguardinghub.meetings.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.access.AuditLog;
import org.safeguardinghub.access.Sensitivity;
import org.safeguardinghub.chronology.ChronologyEntries;
import org.safeguardinghub.chronology.EventType;
import org.safeguardinghub.chronology.NewEvent;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.chronology.Significance;
import org.safeguardinghub.meetings.Meeting;
import org.safeguardinghub.meetings.Minutes;
import org.safeguardinghub.notifications.Notification;
import org.safeguardinghub.notifications.Notifications;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What finalising minutes does, in the transaction that stores them (issue 14, item 5). Seeds 002
 * ("Strategy meetings"): "The minutes of meetings were not recorded on the children's social care
 * electronic recording system, nor were they added to the children and young person's record. This
 * meant that when there was a change of social worker it was not easy for them to understand the
 * plan and decisions that had been made." So: an entry in the child's chronology saying the minutes
 * were finalised, with a link (and nothing of their words, which may be restricted); every invitee
 * told; each owner of a new or changed action given it as a task; invitees' access extended while
 * the minutes are read and the actions done; {@code MeetingFinalised} published; the child's
 * statutory timetable looked at again.
 */
@Component
public class MinutesOnRecord {

    private final MinutesStore minutes;
    private final ChronologyEntries chronology;
    private final Notifications notifications;
    private final MeetingInvitations invitations;
    private final MeetingDeadlines deadlines;
    private final MeetingTexts texts;
    private final ApplicationEventPublisher events;
    private final AuditLog auditLog;
    private final Clock clock;

    MinutesOnRecord(MinutesStore minutes, ChronologyEntries chronology, Notifications notifications,
                    MeetingInvitations invitations, MeetingDeadlines deadlines, MeetingTexts texts,
                    ApplicationEventPublisher events, AuditLog auditLog, Clock clock) {
        this.minutes = minutes;
        this.chronology = chronology;
        this.notifications = notifications;
        this.invitations = invitations;
        this.deadlines = deadlines;
        this.texts = texts;
        this.events = events;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Stores final minutes and does everything that follows from them. */
    public void finalised(OpenRecord record, Meeting meeting, Minutes stored, Optional<Minutes> previous) {
        Instant now = clock.instant();
        String link = MeetingInvitations.link(meeting.child(), meeting.id());
        UUID entry = chronology.record(meeting.child(), meeting.organiser().agency().id(),
                ChronologyEntries.Author.practitioner(record.viewer().auditName()), entry(meeting, stored, previous, link, now));
        minutes.insert(stored, entry);
        List<Notification> told = new ArrayList<>();
        meeting.invitations().forEach(i -> told.add(new Notification(i.practitionerId(), meeting.child(),
                texts.text("notification.minutes.subject"), texts.text("notification.minutes.body", stored.finalVersion()),
                link)));
        tasks(previous, stored).forEach(a -> told.add(new Notification(a.ownerId(), meeting.child(),
                texts.text("notification.action.subject"), texts.text("notification.action.body", texts.day(a.due())),
                link + "#action-" + a.id())));
        notifications.send(told);
        Map<UUID, UUID> invitees = new LinkedHashMap<>();
        meeting.invitations().forEach(i -> invitees.put(i.practitionerId(), i.agencyId()));
        Map<UUID, List<LocalDate>> owned = new HashMap<>();
        stored.actions().forEach(a -> owned.computeIfAbsent(a.ownerId(), o -> new ArrayList<>()).add(a.due()));
        invitations.regrant(meeting.child(), meeting.id(), meeting.type(), meeting.scheduledOn(), invitees, owned,
                record.viewer().auditName());
        events.publishEvent(stored.finalised(meeting, now));
        auditLog.record(record.viewer(), AuditAction.CHANGE_MEETING, meeting.child().value(), "finalised minutes version "
                + stored.finalVersion() + " of meeting " + meeting.id() + (previous.isPresent() ? ": " + stored.correctionReason() : ""));
        deadlines.reconcile(meeting.child());
    }

    /** The actions that are new in these minutes, or changed since the last final version: each owner's task. */
    static List<Minutes.Action> tasks(Optional<Minutes> previous, Minutes stored) {
        List<Minutes.Action> before = previous.map(Minutes::actions).orElse(List.of());
        return stored.actions().stream().filter(a -> !before.contains(a)).toList();
    }

    private NewEvent entry(Meeting meeting, Minutes m, Optional<Minutes> previous, String link, Instant now) {
        String type = texts.text("meeting.type." + meeting.type());
        String summary = previous.isEmpty()
                ? texts.text("minutes.entry", type, texts.day(m.heldOn()), m.finalVersion(), m.decisions().size(),
                        m.actions().size(), m.recommendations().size(), link)
                : texts.text("minutes.entry.corrected", type, texts.day(m.heldOn()), m.finalVersion(), link);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("meetingId", meeting.id().toString());
        details.put("meetingType", meeting.type().name());
        details.put("minutesVersion", m.finalVersion());
        details.put("heldOn", m.heldOn().toString());
        details.put("link", link);
        // routine: the alert rules count significant entries as concerns, and a meeting held is not a new concern
        return new NewEvent(EventType.NOTE, now, null, summary, Significance.ROUTINE, Sensitivity.STANDARD, details);
    }
}
