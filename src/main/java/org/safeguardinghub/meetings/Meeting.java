package org.safeguardinghub.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.safeguardinghub.access.Practitioner;
import org.safeguardinghub.chronology.ChildId;

/**
 * A meeting about a child as convened: its type, when and where, who convened it, when it was due
 * by the statutory timescales and why ({@code due} null when its type has none), and who was
 * invited, with the required agencies left out and why.
 *
 * @param anchorOn when the statutory clock started, as the organiser gave it where the hub holds no
 *                 record of it (the strategy discussion outside the hub, the day the child became looked after)
 */
public record Meeting(UUID id, ChildId child, MeetingType type, LocalDate scheduledOn, LocalTime scheduledTime,
                      String place, Practitioner organiser, LocalDate anchorOn, Due due, Instant convenedAt,
                      List<Invitation> invitations, List<LeftOut> leftOut) {

    public Meeting {
        invitations = List.copyOf(invitations);
        leftOut = List.copyOf(leftOut);
    }

    /** When a statutory meeting had to be held by, and why then (a message key and its arguments). */
    public record Due(LocalDate on, String reasonKey, List<String> args) {

        public Due {
            args = List.copyOf(args);
        }
    }

    public Optional<Invitation> invitationOf(UUID practitionerId) {
        return invitations.stream().filter(i -> i.practitionerId().equals(practitionerId)).findFirst();
    }

    public Optional<Invitation> invitation(UUID invitationId) {
        return invitations.stream().filter(i -> i.id().equals(invitationId)).findFirst();
    }

    /** The agencies invited, in the order of the list. */
    public Set<UUID> agenciesInvited() {
        Set<UUID> agencies = new LinkedHashSet<>();
        invitations.forEach(i -> agencies.add(i.agencyId()));
        return agencies;
    }

    public boolean invites(UUID practitionerId) {
        return invitationOf(practitionerId).isPresent();
    }

    public boolean invitesAgency(UUID agencyId) {
        return invitations.stream().anyMatch(i -> i.agencyId().equals(agencyId));
    }
}
