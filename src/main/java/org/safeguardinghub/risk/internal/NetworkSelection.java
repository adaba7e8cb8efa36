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
 * shared first, as the viewer sees them, so the order tells nothing of children they may not open
 * ({@link #BY_COUNT_THEN_ID}). The children they may not open are counted, never named; of those
 * they may open, at most a few a context are drawn ({@link NetworkDrawingPolicy}), those linking the
 * contexts shown together first. This is the whole-area decision; {@link NetworkRanking} reaches the
 * same page deciding only the contexts that could be on it. Plain Java.
 */
public final class NetworkSelection {

    /**
     * The one order of contexts: the larger count first, then by id ({@link UUID#compareTo}). The view
     * sorts by the children the viewer may open; {@link NetworkRanking} sorts by all the children
     * linked (an upper bound of those) with the same tie-break, which is what lets it stop early.
     */
    static final Comparator<Key> BY_COUNT_THEN_ID = Comparator.comparingInt((Key k) -> -k.count()).thenComparing(Key::id);

    /** A context's place in {@link #BY_COUNT_THEN_ID}. */
    record Key(int count, UUID id) {
    }

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

    /** A page of the contexts the viewer sees, and whether more follow. */
    public record Selection(List<Shown> contexts, boolean hasNext) {

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
    static final class Seen {
        final UUID id;
        final ContextKind kind;
        final Set<ChildId> linked = new HashSet<>();
        final Set<ChildId> open = new HashSet<>();
        boolean own;

        Seen(UUID id, ContextKind kind) {
            this.id = id;
            this.kind = kind;
        }

        Key key() {
            return new Key(open.size(), id);
        }

        boolean visible() {
            return !open.isEmpty() || own;
        }
    }

    /** The contexts of the links added so far, as one viewer sees them; links are added context by context. */
    static final class Tally {
        private final UUID agency;
        private final Map<UUID, Seen> contexts = new HashMap<>();

        Tally(Actor viewer) {
            this.agency = viewer.agency().id();
        }

        /** @param decisions what the viewer may open and read of each child of these rows (those they may not open absent) */
        void add(List<NetworkStore.LinkRow> rows, Map<ChildId, AccessDecision> decisions) {
            for (NetworkStore.LinkRow row : rows) {
                Seen seen = contexts.computeIfAbsent(row.contextId(), k -> new Seen(k, row.kind()));
                seen.linked.add(row.child());
                seen.own |= row.recordingAgency().equals(agency);
                AccessDecision decision = decisions.get(row.child());
                if (decision != null && (decision.basis().wholeRecord() || row.linkAgency().equals(agency))) {
                    seen.open.add(row.child());
                }
            }
        }

        /** The contexts the viewer sees, in {@link #BY_COUNT_THEN_ID} of the children they may open. */
        List<Seen> visible() {
            List<Seen> visible = new ArrayList<>(contexts.values().stream().filter(Seen::visible).toList());
            visible.sort(Comparator.comparing(Seen::key, BY_COUNT_THEN_ID));
            return visible;
        }

        Selection page(int page, int size, int perContext) {
            List<Seen> visible = visible();
            int from = (int) Math.min((long) page * size, visible.size());
            int to = (int) Math.min((long) from + size, visible.size());
            return new Selection(drawn(visible.subList(from, to), perContext), to < visible.size());
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
        Tally tally = new Tally(viewer);
        tally.add(rows, decisions);
        return tally.page(page, size, perContext);
    }

    /** The page's contexts with the children drawn: those linked to more of the page's contexts first, then by id. */
    private static List<Shown> drawn(List<Seen> page, int perContext) {
        Map<ChildId, Integer> shared = new LinkedHashMap<>();
        page.forEach(seen -> seen.open.forEach(child -> shared.merge(child, 1, Integer::sum)));
        Comparator<ChildId> order = Comparator.comparingInt((ChildId c) -> -shared.get(c)).thenComparing(ChildId::value);
        return page.stream().map(seen -> {
            NetworkDrawingPolicy.Drawn drawn = NetworkDrawingPolicy.draw(seen.open.stream().sorted(order).toList(), perContext);
            return new Shown(seen.id, seen.kind, drawn.drawn(), drawn.more(), drawn.reason().stream().toList(),
                    seen.linked.size() - seen.open.size());
        }).toList();
    }
}
