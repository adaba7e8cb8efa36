package org.safeguardinghub.meetings.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.safeguardinghub.access.Practitioner;
import org.safeguardinghub.access.Practitioners;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.meetings.Invitation;
import org.safeguardinghub.meetings.Meeting;
import org.springframework.stereotype.Component;

/** Meetings as the facades return them: their rows, invitations and left-out agencies, with the people named, in a few queries. */
@Component
public class MeetingLoader {

    private final MeetingStore store;
    private final Practitioners practitioners;

    MeetingLoader(MeetingStore store, Practitioners practitioners) {
        this.store = store;
        this.practitioners = practitioners;
    }

    public Optional<Meeting> meeting(UUID id) {
        return store.meeting(id).map(row -> assemble(List.of(row)).getFirst());
    }

    /** The child's meetings, latest first. */
    public List<Meeting> ofChild(ChildId child) {
        return assemble(store.ofChild(child));
    }

    public List<Meeting> byIds(List<UUID> ids) {
        return ids.isEmpty() ? List.of() : assemble(store.byIds(ids));
    }

    private List<Meeting> assemble(List<MeetingStore.MeetingRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(MeetingStore.MeetingRow::id).toList();
        List<MeetingStore.InvitationRow> invitations = store.invitations(ids);
        var leftOut = store.leftOut(ids);
        Set<UUID> people = new HashSet<>();
        rows.forEach(r -> people.add(r.organiserId()));
        invitations.forEach(i -> people.add(i.practitionerId()));
        Map<UUID, Practitioner> byId = new HashMap<>();
        practitioners.byIds(people).forEach(p -> byId.put(p.id(), p));
        Map<UUID, List<Invitation>> byMeeting = new HashMap<>();
        for (MeetingStore.InvitationRow i : invitations) {
            byMeeting.computeIfAbsent(i.meetingId(), m -> new ArrayList<>()).add(new Invitation(i.id(), i.meetingId(),
                    byId.get(i.practitionerId()), i.role(), i.source(), i.invitedAt(), i.reply()));
        }
        return rows.stream().map(r -> new Meeting(r.id(), r.child(), r.type(), r.scheduledOn(), r.time(), r.place(),
                byId.get(r.organiserId()), r.anchorOn(), r.dueOn() == null ? null
                : new Meeting.Due(r.dueOn(), r.dueReason(), r.dueArgs() == null ? List.of() : r.dueArgs()),
                r.convenedAt(), byMeeting.getOrDefault(r.id(), List.of()), leftOut.getOrDefault(r.id(), List.of()))).toList();
    }
}
