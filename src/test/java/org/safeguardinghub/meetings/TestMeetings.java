package org.safeguardinghub.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.Agency;
import org.safeguardinghub.access.AgencyType;
import org.safeguardinghub.access.Practitioner;
import org.safeguardinghub.access.Role;
import org.safeguardinghub.chronology.ChildId;

/** Agencies, practitioners and meetings for unit tests of the meetings rules. */
public final class TestMeetings {

    public static final Agency CSC_NORTH = agency("CSC-NORTH", AgencyType.CHILDRENS_SOCIAL_CARE, "North");
    public static final Agency POLICE_NORTH = agency("POLICE-NORTH", AgencyType.POLICE, "North");
    public static final Agency POLICE_SOUTH = agency("POLICE-SOUTH", AgencyType.POLICE, "South");
    public static final Agency GP_NORTH = agency("GP-NORTH", AgencyType.HEALTH, "North");
    public static final Agency NURSES_SOUTH = agency("SN-SOUTH", AgencyType.HEALTH, "South");
    public static final Agency SCHOOL_NORTH = agency("SCHOOL-NORTH", AgencyType.EDUCATION, "North");
    public static final Agency HOME_SOUTH = agency("HOME-SOUTH", AgencyType.CARE_PROVIDER, "South");
    public static final List<Agency> AGENCIES = List.of(CSC_NORTH, POLICE_NORTH, POLICE_SOUTH, GP_NORTH, NURSES_SOUTH,
            SCHOOL_NORTH, HOME_SOUTH);

    private TestMeetings() {
    }

    public static Agency agency(String code, AgencyType type, String area) {
        return new Agency(UUID.nameUUIDFromBytes(code.getBytes()), code, code + " name", type, area);
    }

    public static Practitioner practitioner(String username, Agency agency, Role... roles) {
        return new Practitioner(UUID.nameUUIDFromBytes(username.getBytes()), username, username + " name", "job of " + username,
                username + "@example.test", null, agency, null, Set.of(roles), true);
    }

    public static Actor.Person person(Practitioner p) {
        return new Actor.Person(p.id(), p.username(), p.displayName(), p.agency(), p.roles());
    }

    public static Invitation invitation(Practitioner who, Invitation.Source source) {
        return new Invitation(UUID.randomUUID(), null, who, who.jobTitle(), source, Instant.EPOCH, null);
    }

    /** A meeting of this type on that day, organised by the first of these, inviting all of them. */
    public static Meeting meeting(MeetingType type, LocalDate on, Practitioner... invitees) {
        UUID id = UUID.randomUUID();
        List<Invitation> invitations = Arrays.stream(invitees).map(p -> new Invitation(UUID.randomUUID(), id, p,
                p.jobTitle(), p == invitees[0] ? Invitation.Source.ORGANISER : Invitation.Source.NETWORK, Instant.EPOCH,
                null)).toList();
        return new Meeting(id, new ChildId(UUID.randomUUID()), type, on, null, null, invitees[0], null, null, Instant.EPOCH,
                invitations, List.of());
    }
}
