package org.safeguardinghub.access;

import java.util.Set;
import java.util.UUID;

/**
 * Which children an actor may possibly open, for lists that filter in SQL before the access policy
 * decides child by child: children whose network names {@code practitionerId}, children an agency
 * of {@code agencyId} or of {@code servedAgencies} (for the responsible social care) is involved
 * with or recorded about, and children with a grant to the actor. A superset: the decision child by
 * child is what counts.
 */
public record AccessScope(UUID practitionerId, UUID agencyId, Set<UUID> servedAgencies) {

    public AccessScope {
        servedAgencies = Set.copyOf(servedAgencies);
    }
}
