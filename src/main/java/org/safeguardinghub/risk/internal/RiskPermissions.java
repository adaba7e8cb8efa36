package org.safeguardinghub.risk.internal;

import java.util.Set;
import java.util.UUID;

import org.safeguardinghub.access.AccessBasis;
import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.AgencyType;
import org.safeguardinghub.access.Permission;
import org.safeguardinghub.access.Role;
import org.safeguardinghub.access.Sensitivity;
import org.safeguardinghub.risk.ContextStep;

/**
 * Who may do what about exploitation risk. A practitioner of any agency who works with the child, or
 * oversees that work, screens them and links them to a context (emergency access and reading one's
 * own entries never act). A lowering is agreed by a team or senior manager of the screener's agency
 * or of children's social care who works with or oversees the child, never by the screener. Anyone
 * who works with children records a context and refers it; managers and safeguarding leads of
 * children's social care and the police, who lead on contextual safeguarding, assess it, hold its
 * meetings, set and sign off its actions and close it. Plain Java.
 */
public final class RiskPermissions {

    static final Set<AccessBasis> WORKING_WITH_CHILD = Set.of(AccessBasis.ALLOCATED, AccessBasis.PROFESSIONAL_NETWORK,
            AccessBasis.RESPONSIBLE_SOCIAL_CARE, AccessBasis.AGENCY_OVERSIGHT, AccessBasis.MASH_OPEN_CONTACT,
            AccessBasis.MEETING);
    static final Set<Role> PRACTICE = Set.of(Role.PRACTITIONER, Role.SOCIAL_WORKER, Role.MASH_OFFICER,
            Role.TEAM_MANAGER, Role.SENIOR_MANAGER, Role.SAFEGUARDING_LEAD);
    static final Set<Role> MANAGERS = Set.of(Role.TEAM_MANAGER, Role.SENIOR_MANAGER);
    static final Set<Role> CONTEXT_LEADS = Set.of(Role.TEAM_MANAGER, Role.SENIOR_MANAGER, Role.SAFEGUARDING_LEAD);

    private RiskPermissions() {
    }

    public static Permission screen(Actor actor, AccessBasis basis) {
        return actor instanceof Actor.Person person && any(person, PRACTICE) && WORKING_WITH_CHILD.contains(basis)
                ? Permission.allowed("risk.permission.worksWithChild") : Permission.refused("risk.error.mayNotScreen");
    }

    /** Agreeing to (or refusing) a lowering recorded by {@code screenedBy} of {@code screenerAgency}. */
    public static Permission agree(Actor actor, AccessBasis basis, String screenedBy, UUID screenerAgency) {
        if (!(actor instanceof Actor.Person person) || !any(person, MANAGERS) || !WORKING_WITH_CHILD.contains(basis)) {
            return Permission.refused("risk.error.mayNotAgree");
        }
        if (person.username().equals(screenedBy)) {
            return Permission.refused("risk.error.ownScreening");
        }
        if (person.agency().id().equals(screenerAgency)) {
            return Permission.allowed("risk.permission.screenersManager");
        }
        return person.agency().isChildrensSocialCare() ? Permission.allowed("risk.permission.socialCareManager")
                : Permission.refused("risk.error.notScreenersManager");
    }

    /** Linking a child to a context (or ending the link): as screening, from the child's record. */
    public static Permission link(Actor actor, AccessBasis basis) {
        return actor instanceof Actor.Person person && any(person, PRACTICE) && WORKING_WITH_CHILD.contains(basis)
                ? Permission.allowed("risk.permission.worksWithChild") : Permission.refused("risk.error.mayNotLink");
    }

    public static Permission recordContext(Actor actor) {
        return actor instanceof Actor.Person person && any(person, PRACTICE)
                ? Permission.allowed("risk.permission.practitioner") : Permission.refused("risk.error.mayNotRecordContext");
    }

    /** Taking a step in a context's work, or setting or signing off its actions ({@code step} null). */
    public static Permission contextWork(Actor actor, ContextStep step) {
        if (!(actor instanceof Actor.Person person) || !any(person, PRACTICE)) {
            return Permission.refused("risk.error.mayNotWorkOnContext");
        }
        if (step == ContextStep.REFERRED) {
            return Permission.allowed("risk.permission.practitioner");
        }
        AgencyType type = person.agency().type();
        boolean lead = (type == AgencyType.CHILDRENS_SOCIAL_CARE || type == AgencyType.POLICE) && any(person, CONTEXT_LEADS);
        return lead ? Permission.allowed("risk.permission.contextLead") : Permission.refused("risk.error.notContextLead");
    }

    /**
     * Whether a context is shown to an actor at all: their agency recorded it, or it concerns a child
     * they may open.
     */
    public static boolean see(Actor actor, UUID recordingAgency, boolean concernsAChildTheyMayOpen) {
        return actor.agency().id().equals(recordingAgency) || concernsAChildTheyMayOpen;
    }

    /**
     * Whether an actor reads what a context is (its name and description): its recording agency does,
     * and so does anyone the sensitivity policy lets read its sensitivity. Others see that a context
     * of its kind exists, and whom to ask, never who or where it is.
     */
    public static boolean read(Actor actor, UUID recordingAgency, Sensitivity sensitivity, Set<Sensitivity> readable) {
        return actor.agency().id().equals(recordingAgency) || !sensitivity.isRestricted() || readable.contains(sensitivity);
    }

    private static boolean any(Actor.Person person, Set<Role> roles) {
        return roles.stream().anyMatch(person::has);
    }
}
