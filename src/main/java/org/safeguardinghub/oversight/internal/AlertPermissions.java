package org.safeguardinghub.oversight.internal;

import java.util.Set;

import org.safeguardinghub.access.AccessBasis;
import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.Permission;
import org.safeguardinghub.access.Role;

/**
 * Who may act on a child's alert. Acknowledging it (saying what was done) is for people who work
 * with the child or oversee that work; closing it, for whoever holds the case: the allocated social
 * worker, and team and senior managers of children's social care who work with or are responsible
 * for the child. Emergency access and reading one's own entries never act. Plain Java.
 */
public final class AlertPermissions {

    static final Set<AccessBasis> WORKING_WITH_CHILD = Set.of(AccessBasis.ALLOCATED, AccessBasis.PROFESSIONAL_NETWORK,
            AccessBasis.RESPONSIBLE_SOCIAL_CARE, AccessBasis.AGENCY_OVERSIGHT, AccessBasis.MASH_OPEN_CONTACT,
            AccessBasis.MEETING);
    static final Set<AccessBasis> HOLDING_THE_CASE = Set.of(AccessBasis.PROFESSIONAL_NETWORK,
            AccessBasis.RESPONSIBLE_SOCIAL_CARE, AccessBasis.MASH_OPEN_CONTACT);

    private AlertPermissions() {
    }

    public static Permission acknowledge(Actor actor, AccessBasis basis) {
        return actor instanceof Actor.Person && WORKING_WITH_CHILD.contains(basis)
                ? Permission.allowed("alert.permission.worksWithChild") : Permission.refused("alert.error.mayNotAcknowledge");
    }

    public static Permission close(Actor actor, AccessBasis basis) {
        if (!(actor instanceof Actor.Person person)) {
            return Permission.refused("alert.error.mayNotClose");
        }
        if (basis == AccessBasis.ALLOCATED) {
            return Permission.allowed("alert.permission.allocated");
        }
        boolean socialCareManager = person.agency().isChildrensSocialCare()
                && (person.has(Role.TEAM_MANAGER) || person.has(Role.SENIOR_MANAGER));
        return socialCareManager && HOLDING_THE_CASE.contains(basis)
                ? Permission.allowed("alert.permission.socialCareManager") : Permission.refused("alert.error.mayNotClose");
    }
}
