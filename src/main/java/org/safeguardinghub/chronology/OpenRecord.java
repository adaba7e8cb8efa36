package org.safeguardinghub.chronology;

import org.safeguardinghub.access.AccessBasis;
import org.safeguardinghub.access.Actor;

/**
 * Proof that a viewer was allowed to open a child's record and that the opening was audited.
 * Only {@link ChildRecords#open} makes one, and everything that reads a record asks for one, so
 * no page or endpoint can read a child's data without the access check.
 */
public final class OpenRecord {

    private final Actor viewer;
    private final ChildId child;
    private final AccessBasis basis;

    OpenRecord(Actor viewer, ChildId child, AccessBasis basis) {
        this.viewer = viewer;
        this.child = child;
        this.basis = basis;
    }

    public Actor viewer() {
        return viewer;
    }

    public ChildId child() {
        return child;
    }

    /** Why the viewer may open the record, for the page to say. */
    public AccessBasis basis() {
        return basis;
    }
}
