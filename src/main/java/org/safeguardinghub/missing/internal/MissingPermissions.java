package org.safeguardinghub.missing.internal;

import java.util.Set;
import java.util.UUID;

import org.safeguardinghub.access.AccessBasis;
import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.Permission;
import org.safeguardinghub.access.Role;

/**
 * Who may do what about a missing child. Recording an episode, its return, the missing profile and
 * the trigger plan, and sharing the profile with the police, are for people working with the child
 * (a relationship that opens the whole record, not emergency access) and for the police force an
 * episode was shared with. A return interview is for the same people, but "offered by someone
 * independent of the carers" (issue 16): not by the care provider the child went missing from or
 * lives with. The patterns table across an area is for managers and safeguarding leads. Plain Java.
 */
public final class MissingPermissions {

    static final Set<Role> MANAGERS = Set.of(Role.TEAM_MANAGER, Role.SENIOR_MANAGER, Role.SAFEGUARDING_LEAD);

    private MissingPermissions() {
    }

    /** Recording an episode, a return, the profile or the trigger plan; sharing the profile. */
    public static Permission record(Actor actor, AccessBasis basis) {
        if (!(actor instanceof Actor.Person)) {
            return Permission.refused("missing.error.partnersUseTheFeed");
        }
        if (basis == AccessBasis.MISSING_EPISODE) {
            return Permission.allowed("missing.permission.toldOfEpisode");
        }
        return basis.wholeRecord() && basis != AccessBasis.BREAK_GLASS
                ? Permission.allowed("missing.permission.worksWithChild")
                : Permission.refused("missing.error.noRelationship");
    }

    /**
     * Recording a return interview.
     *
     * @param carers the care providers the child went missing from or lives with
     */
    public static Permission interview(Actor actor, AccessBasis basis, Set<UUID> carers) {
        Permission may = record(actor, basis);
        if (may.refused()) {
            return may;
        }
        return carers.contains(actor.agency().id()) ? Permission.refused("missing.error.notIndependent")
                : Permission.allowed("missing.permission.independent");
    }

    /** Looking at the patterns across an area. */
    public static Permission patterns(Actor actor) {
        return actor instanceof Actor.Person person && MANAGERS.stream().anyMatch(person::has)
                ? Permission.allowed("missing.permission.manager")
                : Permission.refused("missing.error.patternsForManagers");
    }
}
