package org.safeguardinghub.access;

import java.util.Set;
import java.util.UUID;

/**
 * Who currently works with a child: the practitioners named in the child's professional network,
 * and every agency involved (named practitioners' agencies, and agencies that have sent
 * information about the child). The access policy decides from this alone.
 */
public record ChildInvolvement(Set<UUID> practitionerIds, Set<UUID> agencyIds) {

    public ChildInvolvement {
        practitionerIds = Set.copyOf(practitionerIds);
        agencyIds = Set.copyOf(agencyIds);
    }

    public static ChildInvolvement none() {
        return new ChildInvolvement(Set.of(), Set.of());
    }
}
