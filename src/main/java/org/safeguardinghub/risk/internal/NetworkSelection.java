package org.safeguardinghub.risk.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.safeguardinghub.access.AccessDecision;
import org.safeguardinghub.access.Actor;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.risk.ContextKind;
import org.safeguardinghub.risk.Reason;

/**
 * What of an area's contexts and links one viewer sees in the network view: a link only where they
 * may open the child and read it (the whole record open to them, or their own agency made the
 * link); a context only where they see one of its links, or their agency recorded it; the most
 * shared first, as the viewer sees them, so the order tells nothing of children they may not open.
 * The children they may not open are counted, never named; of those they may open, at most a few
 * a context are drawn ({@link NetworkDrawingPolicy}), those linking the contexts shown together
 * first. Plain Java.
 */
public final class NetworkSelection {

    /**
     * A context shown: the children drawn, how many more the viewer may open (and why they are not
     * drawn), and how many others are linked whose records the viewer may not open.
     */
    public record Shown(UUID contextId, ContextKind kind, List<ChildId> children, int more, List<Reason> why,
                        int othersLinked) {

        public Shown {
            children = List.copyOf(children);
            why = List.copyOf(why);
        }
    }

    /** A page of contexts shown, out of {@code total} the viewer sees. */
    public record Selection(List<Shown> contexts, int total, boolean hasNext) {

        public Selection {
            contexts = List.copyOf(contexts);
        }

        /** The children drawn, each once: the only ones the page names. */
        public Set<ChildId> children() {
            Set<ChildId> children = new LinkedHashSet<>();
            contexts.forEach(c -> children.addAll(c.children()));
            return children;
        }
    }

    /** One context's links as the viewer sees them. */
    private static final class Seen {
        final ContextKind kind;
        final Set<ChildId> linked = new HashSet<>();
        final Set<ChildId> open = new HashSet<>();
        boolean own;

        Seen(ContextKind kind) {
            this.kind = kind;
        }
    }

    private NetworkSelection() {
    }

    /**
     * @param rows       the area's current links (of the kind chosen)
     * @param decisions  what the viewer may open and read of each child (children they may not open absent)
     * @param perContext how many children to draw a context at most
     */
    public static Selection select(List<NetworkStore.LinkRow> rows, Map<ChildId, AccessDecision> decisions, Actor viewer,
                                   int page, int size, int perContext) {
        Map<UUID, Seen> contexts = new HashMap<>();
        UUID agency = viewer.agency().id();
        for (NetworkStore.LinkRow row : rows) {
            Seen seen = contexts.computeIfAbsent(row.contextId(), k -> new Seen(row.kind()));
            seen.linked.add(row.child());
            seen.own |= row.recordingAgency().equals(agency);
            AccessDecision decision = decisions.get(row.child());
            if (decision != null && (decision.basis().wholeRecord() || row.linkAgency().equals(agency))) {
                seen.open.add(row.child());
            }
        }
        List<Map.Entry<UUID, Seen>> visible = new ArrayList<>(contexts.entrySet().stream()
                .filter(e -> !e.getValue().open.isEmpty() || e.getValue().own).toList());
        visible.sort(Comparator.comparingInt((Map.Entry<UUID, Seen> e) -> -e.getValue().open.size())
                .thenComparing(Map.Entry::getKey));
        int from = Math.min(page * size, visible.size());
        int to = Math.min(from + size, visible.size());
        return new Selection(drawn(visible.subList(from, to), perContext), visible.size(), to < visible.size());
    }

    /** The page's contexts with the children drawn: those linked to more of the page's contexts first, then by id. */
    private static List<Shown> drawn(List<Map.Entry<UUID, Seen>> page, int perContext) {
        Map<ChildId, Integer> shared = new LinkedHashMap<>();
        page.forEach(e -> e.getValue().open.forEach(child -> shared.merge(child, 1, Integer::sum)));
        Comparator<ChildId> order = Comparator.comparingInt((ChildId c) -> -shared.get(c)).thenComparing(ChildId::value);
        return page.stream().map(e -> {
            Seen seen = e.getValue();
            NetworkDrawingPolicy.Drawn drawn = NetworkDrawingPolicy.draw(seen.open.stream().sorted(order).toList(), perContext);
            return new Shown(e.getKey(), seen.kind, drawn.drawn(), drawn.more(), drawn.reason().stream().toList(),
                    seen.linked.size() - seen.open.size());
        }).toList();
    }
}
