package org.safeguardinghub.frontdoor.internal;

import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.Permission;
import org.safeguardinghub.access.Role;

/**
 * Who may do what at the front door. The MASH (children's social care MASH officers and team
 * managers) triages contacts, asks partners and proposes threshold decisions; a team manager of
 * children's social care other than the one who decided signs a decision off, so no one signs off
 * their own judgement; social care practitioners and managers propose a change to the level of
 * need, which another manager signs off. Plain Java.
 */
public final class FrontDoorPermissions {

    private FrontDoorPermissions() {
    }

    public static Permission triage(Actor viewer) {
        return inSocialCare(viewer, Role.MASH_OFFICER, Role.TEAM_MANAGER)
                ? Permission.allowed("permission.frontdoor.mash")
                : Permission.refused("contact.error.mayNotTriage");
    }

    /** Signing off a decision waiting for it, taken by {@code decidedBy}. */
    public static Permission signOffDecision(Actor viewer, String decidedBy) {
        if (!inSocialCare(viewer, Role.TEAM_MANAGER)) {
            return Permission.refused("decision.error.maySignOff");
        }
        return ((Actor.Person) viewer).username().equals(decidedBy)
                ? Permission.refused("decision.error.ownDecision")
                : Permission.allowed("permission.frontdoor.manager");
    }

    public static Permission proposeLevelChange(Actor viewer) {
        return inSocialCare(viewer, Role.SOCIAL_WORKER, Role.TEAM_MANAGER, Role.MASH_OFFICER)
                ? Permission.allowed("permission.frontdoor.socialCare")
                : Permission.refused("level.error.mayPropose");
    }

    /** Signing off a change of level proposed by {@code proposedBy}. */
    public static Permission signOffLevelChange(Actor viewer, String proposedBy) {
        if (!inSocialCare(viewer, Role.TEAM_MANAGER)) {
            return Permission.refused("level.error.maySignOff");
        }
        return ((Actor.Person) viewer).username().equals(proposedBy)
                ? Permission.refused("level.error.ownProposal")
                : Permission.allowed("permission.frontdoor.manager");
    }

    private static boolean inSocialCare(Actor viewer, Role... anyOf) {
        if (!(viewer instanceof Actor.Person p) || !p.agency().isChildrensSocialCare()) {
            return false;
        }
        for (Role role : anyOf) {
            if (p.has(role)) {
                return true;
            }
        }
        return false;
    }
}
