package org.safeguardinghub.access;

import java.util.Set;

/**
 * What an actor may see of a child: on what basis (which the pages explain), and which
 * sensitivities of other agencies' entries they may read. Their own agency's entries they always
 * read; with {@link AccessBasis#OWN_ENTRIES} they see nothing else of the chronology.
 */
public record AccessDecision(AccessBasis basis, Set<Sensitivity> readable) {

    public AccessDecision {
        readable = Set.copyOf(readable);
    }

    public static AccessDecision none() {
        return new AccessDecision(AccessBasis.NO_ACCESS, Set.of());
    }

    public boolean granted() {
        return basis != AccessBasis.NO_ACCESS;
    }

    /** Whether this actor may read an entry of this sensitivity recorded by that agency. */
    public boolean mayRead(Actor actor, java.util.UUID recordingAgency, Sensitivity sensitivity) {
        if (actor.agency().id().equals(recordingAgency)) {
            return true;
        }
        return basis.wholeRecord() && readable.contains(sensitivity);
    }
}
