package org.safeguardinghub.access.matrix;

import java.util.EnumSet;
import java.util.Set;

import org.safeguardinghub.access.AgencyType;
import org.safeguardinghub.access.Role;
import org.safeguardinghub.access.Sensitivity;

/**
 * What the access matrix expects, written out from issue 12 and the published sensitivity policy
 * (V15: health for health agencies, sexual health for their safeguarding leads, police intelligence
 * for the police, the child's own words for the agency that recorded them), independently of the
 * code that decides: a relationship opens the whole record; having recorded opens the agency's own
 * entries (to its partner system and to its managers and leads); the managers and leads of
 * children's social care see the children of their area's agencies; nobody else sees the child.
 */
final class Expected {

    /** How the actor stands to the child, as the issue lists them. */
    enum Relationship { NONE, SENT, NETWORK, ALLOCATED, MASH, MEETING, BREAK_GLASS, ENDED }

    /** What the actor should see: nothing (404), their agency's own entries, or the whole record at these sensitivities. */
    record Outcome(boolean allowed, boolean whole, Set<Sensitivity> readable) {

        boolean reads(Sensitivity sensitivity) {
            return whole && readable.contains(sensitivity);
        }
    }

    static final Set<Role> MANAGERS_AND_LEADS = EnumSet.of(Role.TEAM_MANAGER, Role.SENIOR_MANAGER, Role.SAFEGUARDING_LEAD);

    private Expected() {
    }

    static Outcome of(MatrixActor actor, Relationship relationship) {
        boolean whole = actor.person() ? personWhole(actor, relationship) : partnerWhole(actor, relationship);
        boolean ownOnly = !whole && (relationship == Relationship.SENT || relationship == Relationship.ENDED)
                && (!actor.person() || MANAGERS_AND_LEADS.contains(actor.role()));
        return new Outcome(whole || ownOnly, whole, readable(actor));
    }

    private static boolean personWhole(MatrixActor actor, Relationship relationship) {
        boolean named = switch (relationship) {
            case NETWORK, ALLOCATED, MEETING, BREAK_GLASS -> true;
            case MASH -> actor.agencyCode().equals("CSC-NORTH")
                    && (actor.role() == Role.MASH_OFFICER || actor.role() == Role.TEAM_MANAGER);
            default -> false;
        };
        return named || responsibleSocialCare(actor, relationship);
    }

    /**
     * The managers and leads of children's social care whose area has an agency involved now: the
     * matrix's source agency is in the North; sending, or being named, involves every actor's agency
     * (South ones too); an ended relationship involves nobody.
     */
    private static boolean responsibleSocialCare(MatrixActor actor, Relationship relationship) {
        if (actor.agencyType() != AgencyType.CHILDRENS_SOCIAL_CARE || !MANAGERS_AND_LEADS.contains(actor.role())) {
            return false;
        }
        boolean everyAreaInvolved = relationship == Relationship.SENT || relationship == Relationship.NETWORK
                || relationship == Relationship.ALLOCATED;
        return actor.area().equals("North") || everyAreaInvolved;
    }

    /**
     * A partner system reads as its agency: one of its practitioners named, or invited to a meeting.
     * The MASH's access is its officers' and managers', not the agency's systems'; emergency access
     * is a person's.
     */
    private static boolean partnerWhole(MatrixActor actor, Relationship relationship) {
        return switch (relationship) {
            case NETWORK, ALLOCATED, MEETING -> true;
            default -> false;
        };
    }

    private static Set<Sensitivity> readable(MatrixActor actor) {
        Set<Sensitivity> readable = EnumSet.of(Sensitivity.STANDARD);
        if (actor.agencyType() == AgencyType.HEALTH) {
            readable.add(Sensitivity.HEALTH);
            if (actor.person() && actor.role() == Role.SAFEGUARDING_LEAD) {
                readable.add(Sensitivity.SEXUAL_HEALTH);
            }
        }
        if (actor.agencyType() == AgencyType.POLICE) {
            readable.add(Sensitivity.POLICE_INTELLIGENCE);
        }
        return readable;
    }
}
