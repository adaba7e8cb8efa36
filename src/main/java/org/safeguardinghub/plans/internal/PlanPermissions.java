package org.safeguardinghub.plans.internal;

import java.util.Set;
import java.util.UUID;

import org.safeguardinghub.access.AccessBasis;
import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.Permission;
import org.safeguardinghub.access.Role;
import org.safeguardinghub.plans.PlanType;

/**
 * Who may do what with a child's plans. Children's social care (social workers and managers with a
 * working relationship with the child) make plans of every kind; any practitioner in the child's
 * network may make an early help plan, which a school or a health visitor often leads. A plan is
 * changed (outcomes, actions, reviews, its end) by its lead professional, by social care with a
 * working relationship, and by the managers of the lead agency. Progress on an action is also
 * recorded by the agency that owns it. An agency leaves a plan itself (its practitioners with a
 * relationship); the lead agency cannot leave. Reading: anyone who opens the whole record, and an
 * agency involved in the plan. Emergency access reads and never acts. Plain Java.
 */
public final class PlanPermissions {

    /** The relationships that let a person act on a child's plans. */
    static final Set<AccessBasis> WORKING = Set.of(AccessBasis.ALLOCATED, AccessBasis.PROFESSIONAL_NETWORK,
            AccessBasis.RESPONSIBLE_SOCIAL_CARE, AccessBasis.AGENCY_OVERSIGHT, AccessBasis.MEETING);
    /** The relationships from which social care holds the case. */
    static final Set<AccessBasis> HOLDING = Set.of(AccessBasis.ALLOCATED, AccessBasis.PROFESSIONAL_NETWORK,
            AccessBasis.RESPONSIBLE_SOCIAL_CARE);

    /** What the permissions need to know of a plan. */
    public record PlanParties(UUID leadPractitionerId, UUID leadAgencyId, Set<UUID> agencies) {

        public PlanParties {
            agencies = Set.copyOf(agencies);
        }
    }

    private PlanPermissions() {
    }

    public static Permission make(Actor actor, AccessBasis basis, PlanType type) {
        if (actor instanceof Actor.Person person && HOLDING.contains(basis) && socialCare(person)) {
            return Permission.allowed("plan.permission.socialCare");
        }
        boolean inNetwork = actor instanceof Actor.Person && (basis == AccessBasis.PROFESSIONAL_NETWORK
                || basis == AccessBasis.ALLOCATED);
        if (inNetwork && (type == null || type == PlanType.EARLY_HELP_PLAN)) {
            return Permission.allowed("plan.permission.earlyHelp");
        }
        return Permission.refused(inNetwork ? "plan.error.earlyHelpOnly" : "plan.error.mayNotMake");
    }

    public static Permission change(Actor actor, AccessBasis basis, PlanParties plan) {
        if (!(actor instanceof Actor.Person person) || !WORKING.contains(basis)) {
            return Permission.refused("plan.error.mayNotChange");
        }
        if (person.practitionerId().equals(plan.leadPractitionerId())) {
            return Permission.allowed("plan.permission.lead");
        }
        if (HOLDING.contains(basis) && socialCare(person)) {
            return Permission.allowed("plan.permission.socialCare");
        }
        if (person.agency().id().equals(plan.leadAgencyId()) && manager(person)) {
            return Permission.allowed("plan.permission.leadAgencyManager");
        }
        return Permission.refused("plan.error.mayNotChange");
    }

    /** A progress update on an action owned by {@code ownerAgencyId}. */
    public static Permission progress(Actor actor, AccessBasis basis, PlanParties plan, UUID ownerAgencyId) {
        if (actor instanceof Actor.PartnerSystem system) {
            return system.agency().id().equals(ownerAgencyId) && basis != AccessBasis.NO_ACCESS
                    ? Permission.allowed("plan.permission.ownerAgency") : Permission.refused("plan.error.notYourAction");
        }
        Permission change = change(actor, basis, plan);
        if (change.allowed()) {
            return change;
        }
        return actor.agency().id().equals(ownerAgencyId) && WORKING.contains(basis)
                ? Permission.allowed("plan.permission.ownerAgency") : Permission.refused("plan.error.notYourAction");
    }

    /** {@code agencyId} leaving the plan. */
    public static Permission leave(Actor actor, AccessBasis basis, PlanParties plan, UUID agencyId) {
        if (agencyId.equals(plan.leadAgencyId())) {
            return Permission.refused("plan.error.leadCannotLeave");
        }
        if (!plan.agencies().contains(agencyId)) {
            return Permission.refused("plan.error.notInvolved");
        }
        boolean own = actor instanceof Actor.Person && actor.agency().id().equals(agencyId) && WORKING.contains(basis);
        return own ? Permission.allowed("plan.permission.ownAgency") : change(actor, basis, plan);
    }

    public static Permission read(Actor actor, AccessBasis basis, Set<UUID> planAgencies) {
        if (basis.wholeRecord()) {
            return Permission.allowed("plan.permission.record");
        }
        return basis != AccessBasis.NO_ACCESS && planAgencies.contains(actor.agency().id())
                ? Permission.allowed("plan.permission.involved") : Permission.refused("plan.error.mayNotRead");
    }

    /** A manager's oversight of the child's case: a team or senior manager with a working relationship. */
    public static Permission recordOversight(Actor actor, AccessBasis basis, Set<UUID> leadAgencies) {
        if (!(actor instanceof Actor.Person person) || !manager(person) || !WORKING.contains(basis)) {
            return Permission.refused("plan.oversight.error.mayNotRecord");
        }
        return socialCare(person) || leadAgencies.contains(person.agency().id())
                ? Permission.allowed("plan.oversight.permission.manager") : Permission.refused("plan.oversight.error.mayNotRecord");
    }

    private static boolean socialCare(Actor.Person person) {
        return person.agency().isChildrensSocialCare() && (person.has(Role.SOCIAL_WORKER) || manager(person));
    }

    private static boolean manager(Actor.Person person) {
        return person.has(Role.TEAM_MANAGER) || person.has(Role.SENIOR_MANAGER);
    }
}
