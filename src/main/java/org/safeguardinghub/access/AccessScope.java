package org.safeguardinghub.access;

import java.util.Set;
import java.util.UUID;

/**
 * The set of children a viewer may open, described by what their involvement must contain.
 * The same scope answers "may this viewer open this child?" in Java and filters searches and
 * lists in SQL, so the two can never disagree.
 *
 * @param everything      no restriction (administrators)
 * @param practitionerId  the viewer may open children whose network names this practitioner (or null)
 * @param agencyIds       the viewer may open children any of these agencies is involved with
 */
public record AccessScope(boolean everything, UUID practitionerId, Set<UUID> agencyIds) {

    public AccessScope {
        agencyIds = Set.copyOf(agencyIds);
    }

    public AccessBasis basisFor(ChildInvolvement involvement, Actor viewer) {
        if (everything) {
            return AccessBasis.ADMINISTRATOR;
        }
        if (practitionerId != null && involvement.practitionerIds().contains(practitionerId)) {
            return AccessBasis.PROFESSIONAL_NETWORK;
        }
        if (involvement.agencyIds().stream().anyMatch(agencyIds::contains)) {
            if (viewer instanceof Actor.PartnerSystem) {
                return AccessBasis.AGENCY_INVOLVED;
            }
            return viewer.agency().isChildrensSocialCare()
                    ? AccessBasis.AREA_CHILDRENS_SOCIAL_CARE
                    : AccessBasis.AGENCY_OVERSIGHT;
        }
        return AccessBasis.NO_ACCESS;
    }
}
