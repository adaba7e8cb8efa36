package org.safeguardinghub.chronology.children;

import org.safeguardinghub.access.AccessBasis;
import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.Agency;
import org.safeguardinghub.access.Permission;
import org.safeguardinghub.access.Role;

/**
 * Who may change a child's professional network, which gives and takes away access. Only a person
 * who works with the child (the whole record open to them, not by break-glass, which is for looking)
 * changes it. Anyone may add colleagues of their own agency; children's social care, who hold the
 * case, add anyone; only a team manager of children's social care allocates a social worker or
 * ends an allocation. A membership is ended by the member, by a manager or safeguarding lead of
 * the member's agency, or by a team manager of children's social care: a youth worker cannot remove
 * the allocated social worker. Plain Java.
 */
public final class NetworkPermissions {

    /** The membership to end: whose agency, which practitioner (null for an agency's involvement), allocated or not. */
    public record Membership(Agency agency, java.util.UUID practitionerId, boolean allocated) {
    }

    private NetworkPermissions() {
    }

    public static Permission add(Actor actor, AccessBasis basis, Agency agency, boolean allocate) {
        if (!(actor instanceof Actor.Person person) || !worksWithChild(basis)) {
            return Permission.refused("network.error.noRelationship");
        }
        if (allocate) {
            return socialCareManager(person) && agency.isChildrensSocialCare()
                    ? Permission.allowed("network.permission.allocate") : Permission.refused("network.error.allocate");
        }
        if (agency.id().equals(person.agency().id())) {
            return Permission.allowed("network.permission.colleague");
        }
        return person.agency().isChildrensSocialCare() ? Permission.allowed("network.permission.socialCare")
                : Permission.refused("network.error.notAllowed");
    }

    public static Permission end(Actor actor, AccessBasis basis, Membership membership) {
        if (!(actor instanceof Actor.Person person) || !worksWithChild(basis)) {
            return Permission.refused("network.error.noRelationship");
        }
        if (membership.allocated()) {
            return socialCareManager(person) ? Permission.allowed("network.permission.allocate")
                    : Permission.refused("network.error.allocated");
        }
        if (person.practitionerId().equals(membership.practitionerId())) {
            return Permission.allowed("network.permission.self");
        }
        boolean overseesMember = person.agency().id().equals(membership.agency().id())
                && (person.has(Role.TEAM_MANAGER) || person.has(Role.SENIOR_MANAGER) || person.has(Role.SAFEGUARDING_LEAD));
        if (overseesMember) {
            return Permission.allowed("network.permission.manager");
        }
        return socialCareManager(person) ? Permission.allowed("network.permission.socialCareManager")
                : Permission.refused("network.error.endNotAllowed");
    }

    private static boolean worksWithChild(AccessBasis basis) {
        return basis.wholeRecord() && basis != AccessBasis.BREAK_GLASS;
    }

    private static boolean socialCareManager(Actor.Person person) {
        return person.agency().isChildrensSocialCare() && person.has(Role.TEAM_MANAGER);
    }
}
