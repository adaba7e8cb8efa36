package org.safeguardinghub.risk.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.safeguardinghub.access.AccessDecision;
import org.safeguardinghub.access.Actor;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.risk.ContextKind;

/**
 * What of an area's contexts and links one viewer sees in the network view: a link only where they
 * may open the child and read it (the whole record open to them, or their own agency made the
 * link); a context only where they see one of its links, or their agency recorded it; the most
 * shared first, as the viewer sees them, so the order tells nothing of children they may not open.
 * The children they may not open are counted, never named. Plain Java.
 */
public final class NetworkSelection {

    /** A context shown, with the children shown linked to it and how many others are linked. */
    public record Shown(UUID contextId, ContextKind kind, List<ChildId> children, int othersLinked) {

        public Shown {
            children = List.copyOf(children);
        }
    }

    /** A page of contexts shown, out of {@code total} the viewer sees. */
    public record Selection(List<Shown> contexts, int total, boolean hasNext) {

        public Selection {
            contexts = List.copyOf(contexts);
        }

        public Set<ChildId> children() {
            Set<ChildId> children = new LinkedHashSet<>();
            contexts.forEach(c -> children.addAll(c.children()));
            return children;
        }
    }

    private NetworkSelection() {
    }

    /**
     * @param decisions what the viewer may open and read of each child (children they may not open absent)
     * @param kind      only contexts of this kind, or all if null
     */
    public static Selection select(List<NetworkStore.LinkRow> rows, Map<ChildId, AccessDecision> decisions, Actor viewer,
                                   ContextKind kind, int page, int size) {
        Map<UUID, Set<ChildId>> linked = new HashMap<>();
        Map<UUID, Set<ChildId>> seen = new HashMap<>();
        Map<UUID, ContextKind> kinds = new HashMap<>();
        Set<UUID> own = new HashSet<>();
        for (NetworkStore.LinkRow row : rows) {
            if (kind != null && row.kind() != kind) {
                continue;
            }
            kinds.put(row.contextId(), row.kind());
            linked.computeIfAbsent(row.contextId(), k -> new HashSet<>()).add(row.child());
            if (row.recordingAgency().equals(viewer.agency().id())) {
                own.add(row.contextId());
            }
            AccessDecision decision = decisions.get(row.child());
            if (decision != null && (decision.basis().wholeRecord() || row.linkAgency().equals(viewer.agency().id()))) {
                seen.computeIfAbsent(row.contextId(), k -> new HashSet<>()).add(row.child());
            }
        }
        List<Shown> shown = new ArrayList<>();
        kinds.forEach((id, k) -> {
            Set<ChildId> children = seen.getOrDefault(id, Set.of());
            if (!children.isEmpty() || own.contains(id)) {
                shown.add(new Shown(id, k, children.stream().sorted(Comparator.comparing(ChildId::toString)).toList(),
                        linked.get(id).size() - children.size()));
            }
        });
        shown.sort(Comparator.comparingInt((Shown s) -> -s.children().size()).thenComparing(s -> s.contextId().toString()));
        int from = Math.min(page * size, shown.size());
        int to = Math.min(from + size, shown.size());
        return new Selection(shown.subList(from, to), shown.size(), to < shown.size());
    }
}
