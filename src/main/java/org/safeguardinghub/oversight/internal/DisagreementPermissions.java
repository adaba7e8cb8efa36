package org.safeguardinghub.oversight.internal;

import java.util.Set;

import org.safeguardinghub.access.AccessBasis;
import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.Permission;
import org.safeguardinghub.access.Role;
import org.safeguardinghub.oversight.Disagreement;

/**
 * Who may do what with a professional disagreement. Anyone who works with the child may raise one.
 * The two sides (whoever raised it and their agency, the agency challenged) respond. Whoever raised
 * it, or a manager or safeguarding lead of their agency, escalates it or accepts a resolution; at the
 * partnership's stage its analysts may record the resolution too. The party challenged never
 * resolves its own challenge. Emergency access never acts. Plain Java.
 */
public final class DisagreementPermissions {

    static final Set<Role> OVERSIGHT = Set.of(Role.TEAM_MANAGER, Role.SENIOR_MANAGER, Role.SAFEGUARDING_LEAD);

    private DisagreementPermissions() {
    }

    public static Permission raise(Actor actor, AccessBasis basis) {
        return actor instanceof Actor.Person && worksWithChild(basis)
                ? Permission.allowed("disagreement.permission.worksWithChild") : Permission.refused("disagreement.error.mayNotRaise");
    }

    public static Permission respond(Actor actor, AccessBasis basis, Disagreement d) {
        if (!(actor instanceof Actor.Person person) || !worksWithChild(basis)) {
            return Permission.refused("disagreement.error.mayNotAct");
        }
        String agency = person.agency().code();
        return person.username().equals(d.raisedBy()) || agency.equals(d.raisedByAgency()) || agency.equals(d.withAgency())
                ? Permission.allowed("disagreement.permission.party") : Permission.refused("disagreement.error.notAParty");
    }

    public static Permission escalate(Actor actor, AccessBasis basis, Disagreement d) {
        if (!(actor instanceof Actor.Person person) || !worksWithChild(basis)) {
            return Permission.refused("disagreement.error.mayNotAct");
        }
        return raisingSide(person, d) ? Permission.allowed("disagreement.permission.raisingSide")
                : Permission.refused("disagreement.error.onlyRaisingSide");
    }

    public static Permission resolve(Actor actor, AccessBasis basis, Disagreement d) {
        if (!(actor instanceof Actor.Person person)) {
            return Permission.refused("disagreement.error.mayNotAct");
        }
        if (challenged(person, d)) {
            return Permission.refused("disagreement.error.challengedParty");
        }
        if (d.atLastStage() && person.has(Role.PARTNERSHIP_ANALYST)) {
            return Permission.allowed("disagreement.permission.partnership");
        }
        return worksWithChild(basis) && raisingSide(person, d) ? Permission.allowed("disagreement.permission.raisingSide")
                : Permission.refused("disagreement.error.onlyRaisingSide");
    }

    /** Whoever raised it, or a manager or safeguarding lead of their agency. */
    private static boolean raisingSide(Actor.Person person, Disagreement d) {
        return person.username().equals(d.raisedBy())
                || person.agency().code().equals(d.raisedByAgency()) && OVERSIGHT.stream().anyMatch(person::has);
    }

    /** The practitioner challenged, or anyone of the agency challenged (unless it is also the raiser's agency). */
    private static boolean challenged(Actor.Person person, Disagreement d) {
        if (person.username().equals(d.withPractitioner())) {
            return true;
        }
        return person.agency().code().equals(d.withAgency()) && !d.withAgency().equals(d.raisedByAgency());
    }

    private static boolean worksWithChild(AccessBasis basis) {
        return basis.wholeRecord() && basis != AccessBasis.BREAK_GLASS;
    }
}
