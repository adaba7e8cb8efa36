package org.safeguardinghub.meetings.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.safeguardinghub.access.ChildRelations;
import org.safeguardinghub.chronology.AccessGrants;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.meetings.MeetingType;
import org.safeguardinghub.meetings.MeetingsProperties;
import org.safeguardinghub.notifications.Notifications;
import org.springframework.stereotype.Component;

/**
 * What an invitation does besides being listed (ADR 0023): it opens the child's record to the
 * invitee for the meeting's purpose (a MEETING grant, which also lets the invitee's agency's partner
 * system read the child, contract v1.1) and tells them, by a link and words that name neither the
 * child nor anything sensitive. When the minutes are final, the grants are given again to last
 * while the minutes are read and the actions done ({@link MeetingAccessPeriod}).
 */
@Component
public class MeetingInvitations {

    private final MeetingStore store;
    private final AccessGrants grants;
    private final Notifications notifications;
    private final MeetingTexts texts;
    private final MeetingAccessPeriod period;
    private final Clock clock;

    MeetingInvitations(MeetingStore store, AccessGrants grants, Notifications notifications, MeetingTexts texts,
                       MeetingsProperties properties, Clock clock) {
        this.store = store;
        this.grants = grants;
        this.notifications = notifications;
        this.texts = texts;
        this.period = new MeetingAccessPeriod(properties.accessAfterMeeting());
        this.clock = clock;
    }

    public static String source(UUID meetingId) {
        return "meeting:" + meetingId;
    }

    public static String link(ChildId child, UUID meetingId) {
        return "/children/" + child + "/meetings/" + meetingId;
    }

    /** Invites each of these (the organiser too, who is not told of their own meeting). */
    public void invite(OpenRecord record, UUID meetingId, MeetingType type, LocalDate on,
                       List<InvitationProposal.Proposed> invitees) {
        Instant now = clock.instant();
        String by = record.viewer().auditName();
        Instant until = period.untilInvited(on, now);
        for (InvitationProposal.Proposed p : invitees) {
            store.invite(meetingId, p.who().id(), p.who().agency().id(), p.role(), p.source(), now, by);
            grants.toPractitioner(record.child(), ChildRelations.GrantKind.MEETING, p.who().agency().id(), p.who().id(),
                    until, texts.text("meeting.grant.reason", texts.text("meeting.type." + type), texts.day(on)),
                    source(meetingId), by);
        }
        UUID me = record.viewer() instanceof org.safeguardinghub.access.Actor.Person person ? person.practitionerId() : null;
        notifications.tell(invitees.stream().map(p -> p.who().id()).filter(id -> !id.equals(me)).toList(), record.child(),
                texts.text("notification.invited.subject"), texts.text("notification.invited.body", texts.day(on)),
                link(record.child(), meetingId));
    }

    /**
     * Once the minutes are final: each invitee's access is given again until {@link MeetingAccessPeriod}
     * says, so those who own actions keep it while they do them.
     *
     * @param invitees the invitees' practitioner and agency ids
     * @param owned    the due dates of the actions each practitioner owns
     */
    public void regrant(ChildId child, UUID meetingId, MeetingType type, LocalDate on, Map<UUID, UUID> invitees,
                        Map<UUID, List<LocalDate>> owned, String by) {
        Instant now = clock.instant();
        grants.end(ChildRelations.GrantKind.MEETING, source(meetingId), by);
        invitees.forEach((practitioner, agency) -> grants.toPractitioner(child, ChildRelations.GrantKind.MEETING, agency,
                practitioner, period.untilFinalised(on, now, owned.getOrDefault(practitioner, List.of())),
                texts.text("meeting.grant.reason", texts.text("meeting.type." + type), texts.day(on)), source(meetingId), by));
    }
}
