package org.safeguardinghub.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.safeguardinghub.access.Practitioner;
import org.safeguardinghub.access.Practitioners;
import org.safeguardinghub.chronology.OpenRecord;
import org.safeguardinghub.meetings.internal.ActionStore;
import org.safeguardinghub.meetings.internal.MeetingDeadlines;
import org.safeguardinghub.meetings.internal.MeetingLoader;
import org.safeguardinghub.meetings.internal.MeetingPermissions;
import org.safeguardinghub.meetings.internal.MinutesStore;
import org.springframework.stereotype.Service;

/**
 * Reading an opened child's meetings: one meeting with its minutes, or all of them with their
 * decisions, open actions and the statutory meetings due. Only meetings the viewer may read are
 * given ({@code MeetingPermissions.read}): an invitation opens its own meeting, not the others.
 */
@Service
public class MeetingsQuery {

    /**
     * What the child has coming, for "what is due next": statutory meetings due, readable meetings
     * convened and not yet finalised, and the viewer's own actions not done.
     */
    public record Upcoming(List<DueMeeting> due, List<Meeting> convened, List<ActionStore.Agreed> mine) {
    }

    private final MeetingLoader loader;
    private final MinutesStore minutes;
    private final MeetingDeadlines deadlines;
    private final ActionStore actions;
    private final Practitioners practitioners;
    private final Clock clock;

    MeetingsQuery(MeetingLoader loader, MinutesStore minutes, MeetingDeadlines deadlines, ActionStore actions,
                  Practitioners practitioners, Clock clock) {
        this.actions = actions;
        this.loader = loader;
        this.minutes = minutes;
        this.deadlines = deadlines;
        this.practitioners = practitioners;
        this.clock = clock;
    }

    /** The meeting, if it is about the record's child and the viewer may read it. */
    public Optional<MeetingView> meeting(OpenRecord record, UUID meetingId) {
        return loader.meeting(meetingId).filter(m -> m.child().equals(record.child()))
                .filter(m -> mayRead(record, m)).map(this::view);
    }

    public boolean mayRead(OpenRecord record, Meeting meeting) {
        return MeetingPermissions.read(record.viewer(), record.basis(), meeting).allowed();
    }

    private MeetingView view(Meeting meeting) {
        List<Minutes> revisions = minutes.revisions(meeting.id());
        Minutes latestFinal = revisions.stream().filter(Minutes::isFinal).findFirst().orElse(null);
        return new MeetingView(meeting, revisions, latestFinal == null ? List.of() : actions(meeting, latestFinal,
                minutes.done(latestFinal.actions().stream().map(Minutes.Action::id).toList()),
                owners(List.of(meeting), List.of(latestFinal))));
    }

    /** Everything about the child's meetings the viewer may read, for the child's page. */
    public ChildMeetings ofChild(OpenRecord record) {
        List<Meeting> readable = loader.ofChild(record.child()).stream().filter(m -> mayRead(record, m)).toList();
        List<UUID> ids = readable.stream().map(Meeting::id).toList();
        Map<UUID, Minutes> finals = ids.isEmpty() ? Map.of() : minutes.latestFinal(ids);
        Map<UUID, MinutesStore.Standing> standing = ids.isEmpty() ? Map.of() : minutes.standing(ids);
        Map<UUID, MinutesStore.Done> done = minutes.done(finals.values().stream()
                .flatMap(m -> m.actions().stream()).map(Minutes.Action::id).toList());
        Map<UUID, Practitioner> owners = owners(readable, finals.values());
        List<ChildMeetings.Listed> listed = new ArrayList<>();
        List<ChildMeetings.DecisionTaken> decisions = new ArrayList<>();
        List<MeetingAction> open = new ArrayList<>();
        for (Meeting m : readable) {
            Minutes f = finals.get(m.id());
            listed.add(new ChildMeetings.Listed(m, status(standing.get(m.id())), f));
            if (f != null) {
                f.decisions().forEach(d -> decisions.add(new ChildMeetings.DecisionTaken(m.id(), m.type(), f.heldOn(), d)));
                actions(m, f, done, owners).stream().filter(a -> a.doneAt() == null).forEach(open::add);
            }
        }
        decisions.sort(Comparator.comparing(ChildMeetings.DecisionTaken::heldOn).reversed());
        open.sort(Comparator.comparing((MeetingAction a) -> a.action().due()));
        return new ChildMeetings(due(record, listed), listed, decisions, open);
    }

    public Upcoming upcoming(OpenRecord record) {
        List<Meeting> readable = loader.ofChild(record.child()).stream().filter(m -> mayRead(record, m)).toList();
        Map<UUID, MinutesStore.Standing> standing = readable.isEmpty() ? Map.of()
                : minutes.standing(readable.stream().map(Meeting::id).toList());
        List<ChildMeetings.Listed> listed = readable.stream().map(m -> new ChildMeetings.Listed(m,
                status(standing.get(m.id())), null)).toList();
        List<Meeting> convened = listed.stream().filter(l -> l.status() != MeetingView.Status.FINALISED)
                .map(ChildMeetings.Listed::meeting).toList();
        List<ActionStore.Agreed> mine = record.viewer() instanceof org.safeguardinghub.access.Actor.Person person
                ? actions.openOf(record.child(), person.practitionerId()).stream()
                        .filter(a -> readable.stream().anyMatch(m -> m.id().equals(a.meetingId()))).toList()
                : List.of();
        return new Upcoming(due(record, listed), convened, mine);
    }

    private List<DueMeeting> due(OpenRecord record, List<ChildMeetings.Listed> listed) {
        LocalDate today = LocalDate.now(clock);
        return deadlines.due(record.child()).stream().map(d -> new DueMeeting(d.type(), d.dueOn(), d.reasonKey(), d.args(),
                d.overdueOn(today), listed.stream().filter(l -> l.meeting().type() == d.type()
                        && l.status() != MeetingView.Status.FINALISED).map(l -> l.meeting().id()).findFirst().orElse(null)))
                .toList();
    }

    private static MeetingView.Status status(MinutesStore.Standing standing) {
        if (standing == null) {
            return MeetingView.Status.CONVENED;
        }
        return standing.latestIsFinal() ? MeetingView.Status.FINALISED : MeetingView.Status.DRAFT;
    }

    private List<MeetingAction> actions(Meeting meeting, Minutes f, Map<UUID, MinutesStore.Done> done,
                                        Map<UUID, Practitioner> owners) {
        return f.actions().stream().map(a -> {
            MinutesStore.Done d = done.get(a.id());
            return new MeetingAction(meeting.id(), meeting.child(), meeting.type(), f.heldOn(), a,
                    meeting.invitationOf(a.ownerId()).map(Invitation::who)
                            .orElseGet(() -> java.util.Objects.requireNonNull(owners.get(a.ownerId()), "owner")),
                    d == null ? null : d.at(), d == null ? null : d.by());
        }).toList();
    }

    /** The owners of these minutes' actions who were not invited to their meeting, in one query rather than one each. */
    private Map<UUID, Practitioner> owners(List<Meeting> meetings, Collection<Minutes> finals) {
        Map<UUID, Meeting> byId = new HashMap<>();
        meetings.forEach(m -> byId.put(m.id(), m));
        Set<UUID> uninvited = new HashSet<>();
        for (Minutes f : finals) {
            f.actions().stream().map(Minutes.Action::ownerId)
                    .filter(owner -> byId.get(f.meetingId()).invitationOf(owner).isEmpty()).forEach(uninvited::add);
        }
        Map<UUID, Practitioner> owners = new HashMap<>();
        if (!uninvited.isEmpty()) {
            practitioners.byIds(uninvited).forEach(p -> owners.put(p.id(), p));
        }
        return owners;
    }
}
