package org.safeguardinghub.access.internal;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

import org.safeguardinghub.access.AccessBasis;
import org.safeguardinghub.access.AccessScope;
import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.Agency;
import org.safeguardinghub.access.ChildInvolvement;
import org.safeguardinghub.access.Role;
import org.safeguardinghub.access.Sensitivity;
import org.safeguardinghub.access.SocialCareAreas;

/**
 * The one place that decides who may open a child's record and read which entries
 * (DESIGN.md capability 8; issue "Foundation", access first cut). Plain Java, no framework:
 * later rules (break-glass, role-based sensitivity) extend this class.
 *
 * <ul>
 * <li>Administrators may open any record.</li>
 * <li>A practitioner may open a child whose current professional network names them.</li>
 * <li>Children's social care may open a child that any agency of its own area works with.</li>
 * <li>Those who oversee an agency's work (team and senior managers, safeguarding leads) may open a
 * child their agency works with: they are told of its alerts and answer its disagreements.</li>
 * <li>A partner system may open a child its agency works with or has sent events about.</li>
 * <li>Anyone else is told the child was not found, never shown another child's data.</li>
 * </ul>
 * Within a record, an entry with a restricted {@link Sensitivity} is readable only by its
 * recording agency; others see that a restricted entry exists and whom to ask.
 */
public final class ChildAccessPolicy {

    /** Roles that oversee their agency's work with children. */
    public static final Set<Role> OVERSIGHT = Set.of(Role.TEAM_MANAGER, Role.SENIOR_MANAGER, Role.SAFEGUARDING_LEAD);

    /** @param agencies every agency known, used to work out which share the viewer's area */
    public AccessScope scopeOf(Actor viewer, Collection<Agency> agencies) {
        return switch (viewer) {
            case Actor.Person p when p.has(Role.ADMINISTRATOR) ->
                    new AccessScope(true, null, Set.of());
            case Actor.Person p when p.agency().isChildrensSocialCare() ->
                    new AccessScope(false, p.practitionerId(), SocialCareAreas.servedBy(p.agency(), agencies));
            case Actor.Person p when OVERSIGHT.stream().anyMatch(p::has) ->
                    new AccessScope(false, p.practitionerId(), Set.of(p.agency().id()));
            case Actor.Person p -> new AccessScope(false, p.practitionerId(), Set.of());
            case Actor.PartnerSystem c -> new AccessScope(false, null, Set.of(c.agency().id()));
        };
    }

    public AccessBasis decide(Actor viewer, ChildInvolvement involvement, Collection<Agency> agencies) {
        return scopeOf(viewer, agencies).basisFor(involvement, viewer);
    }

    /** Whether the viewer may read the content of an entry, or only that it exists. */
    public boolean canRead(Actor viewer, UUID recordingAgencyId, Sensitivity sensitivity) {
        return !sensitivity.isRestricted() || viewer.agency().id().equals(recordingAgencyId);
    }

    /**
     * Whether the viewer may add someone of {@code agency} to a child's network, which gives that
     * person access: anyone may add colleagues of their own agency; children's social care and
     * administrators, who hold the case, may add anyone.
     */
    public boolean mayAddToNetwork(Actor viewer, Agency agency) {
        return switch (viewer) {
            case Actor.Person p -> p.has(Role.ADMINISTRATOR) || p.agency().isChildrensSocialCare()
                    || p.agency().id().equals(agency.id());
            case Actor.PartnerSystem c -> false;
        };
    }
}
