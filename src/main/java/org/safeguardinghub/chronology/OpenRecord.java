package org.safeguardinghub.chronology;

import org.safeguardinghub.access.AccessBasis;
import org.safeguardinghub.access.AccessDecision;
import org.safeguardinghub.access.Actor;

/**
 * Proof that a viewer was allowed to open a child's record and that the opening was audited, with
 * what they may see of it. Only {@link ChildRecords#open} makes one, and everything that reads a
 * record asks for one, so no page or endpoint can read a child's data without the access check.
 */
public final class OpenRecord {

    private final Actor viewer;
    private final ChildId child;
    private final AccessDecision decision;

    OpenRecord(Actor viewer, ChildId child, AccessDecision decision) {
        this.viewer = viewer;
        this.child = child;
        this.decision = decision;
    }

    public Actor viewer() {
        return viewer;
    }

    public ChildId child() {
        return child;
    }

    /** Why the viewer may open the record, for the page to say. */
    public AccessBasis basis() {
        return decision.basis();
    }

    /** What the viewer may read of the record: the whole of it or their own entries, at which sensitivities. */
    public AccessDecision decision() {
        return decision;
    }

    /** Whether the viewer sees the whole record (each entry at the sensitivities they may read), not only their agency's entries. */
    public boolean wholeRecord() {
        return decision.basis().wholeRecord();
    }
}
