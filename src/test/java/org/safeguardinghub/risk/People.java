package org.safeguardinghub.risk;

import java.util.Set;
import java.util.UUID;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.Agency;
import org.safeguardinghub.access.AgencyType;
import org.safeguardinghub.access.Practitioner;
import org.safeguardinghub.access.Role;

/** Agencies and people for the module's unit tests. */
public final class People {

    public static final Agency CSC = new Agency(UUID.randomUUID(), "CSC-N", "North CSC", AgencyType.CHILDRENS_SOCIAL_CARE, "North");
    public static final Agency POLICE = new Agency(UUID.randomUUID(), "POL-N", "North Police", AgencyType.POLICE, "North");
    public static final Agency SCHOOL = new Agency(UUID.randomUUID(), "SCH-N", "North School", AgencyType.EDUCATION, "North");
    public static final Agency SOUTH_CSC = new Agency(UUID.randomUUID(), "CSC-S", "South CSC", AgencyType.CHILDRENS_SOCIAL_CARE, "South");
    public static final Agency SOUTH_POLICE = new Agency(UUID.randomUUID(), "POL-S", "South Police", AgencyType.POLICE, "South");

    private People() {
    }

    public static Actor.Person person(String username, Agency agency, Role... roles) {
        return new Actor.Person(UUID.nameUUIDFromBytes(username.getBytes()), username, username, agency, Set.of(roles));
    }

    public static Practitioner practitioner(Actor.Person p, String team) {
        return new Practitioner(p.practitionerId(), p.username(), p.displayName(), null, null, null, p.agency(), team,
                p.roles(), true);
    }
}
