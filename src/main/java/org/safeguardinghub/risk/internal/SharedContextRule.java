package org.safeguardinghub.risk.internal;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.risk.ContextKind;

/**
 * {@code SHARED_PERSON_OF_CONCERN} (contract v1.1): the child is linked now to a person of concern,
 * vehicle, phone number or place that is linked now to another child as well. When a second child
 * is linked, both children meet it: each of them shares a context with another. The alert says only
 * that a shared context exists; what it is stays with those who may read it. Plain Java.
 */
public final class SharedContextRule {

    /** One of the child's current links: to which context, of what kind, and which children that context is linked to now. */
    public record Link(UUID contextId, ContextKind kind, Set<ChildId> childrenLinked) {
    }

    /** Met or not: the contexts the child shares, and how many other children share them. */
    public record Outcome(boolean met, List<UUID> sharedContexts, int otherChildren) {
    }

    private SharedContextRule() {
    }

    public static Outcome evaluate(ChildId child, List<Link> links) {
        List<Link> shared = links.stream().filter(l -> l.kind().sharedAlerts())
                .filter(l -> l.childrenLinked().stream().anyMatch(c -> !c.equals(child))).toList();
        int others = (int) shared.stream().flatMap(l -> l.childrenLinked().stream()).filter(c -> !c.equals(child))
                .distinct().count();
        return new Outcome(!shared.isEmpty(), shared.stream().map(Link::contextId).distinct().toList(), others);
    }
}
