package org.safeguardinghub.meetings;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.safeguardinghub.access.AgencyType;
import org.safeguardinghub.shared.DateInput;

/**
 * A meeting as the organiser asks for it, before it is checked: when (a date, and a time as HH:MM
 * if known) and where, the date its statutory clock started if the hub does not hold it, whom of
 * those proposed to invite, why any required kind of agency is left out, and the usernames of
 * anyone else to invite.
 */
public record ConveneInput(MeetingType type, DateInput scheduledOn, String time, String place, DateInput anchorOn,
                           Set<UUID> invite, Map<AgencyType, String> leftOutReasons, List<String> alsoInvite) {

    public ConveneInput {
        invite = Set.copyOf(invite);
        leftOutReasons = Map.copyOf(leftOutReasons);
        alsoInvite = List.copyOf(alsoInvite);
    }
}
