package org.safeguardinghub.risk.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.safeguardinghub.access.AccessDecision;
import org.safeguardinghub.access.Actor;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.risk.internal.NetworkSelection.Key;

/**
 * The network view's page without deciding access for every child of the area (issue 17's speed
 * target; ADR 0035). The contexts are ranked by how many children are linked to each, which bounds
 * how many of them the viewer may open, and decided in that order, in chunks; it stops as soon as the
 * page is known for certain: more contexts seen than the page reaches, and the last of the page sorts
 * before the best the next undecided context could reach were every child of it open to the viewer.
 * Nothing after that can move into the page, so the page, and whether more follow, are exactly those
 * of {@link NetworkSelection#select} over the whole area. Need-to-know is decided as there: a child is
 * named only if decided open to the viewer, and a context ranks by the children the viewer may open,
 * never by the bound. Plain Java; the links and the decisions are asked for through the functions given.
 */
public final class NetworkRanking {

    /** The page, the decisions taken (the viewer's decision on each child they may open that was decided), and how many contexts were decided. */
    public record Result(NetworkSelection.Selection selection, Map<ChildId, AccessDecision> decisions, int contextsDecided) {
    }

    private NetworkRanking() {
    }

    /**
     * @param contexts the area's contexts with a current link, and how many children each has linked (any order)
     * @param links    the current links of the contexts given, in one read
     * @param decide   what the viewer may open and read of each child given (those they may not open absent); never
     *                 asked twice about a child
     */
    public static Result select(Collection<NetworkStore.Linked> contexts, Function<List<UUID>, List<NetworkStore.LinkRow>> links,
                                Function<Collection<ChildId>, Map<ChildId, AccessDecision>> decide, Actor viewer,
                                int page, int size, int perContext) {
        List<NetworkStore.Linked> ranked = new ArrayList<>(contexts);
        ranked.sort(Comparator.comparing(NetworkRanking::bound, NetworkSelection.BY_COUNT_THEN_ID));
        long reach = ((long) Math.max(page, 0) + 1) * size;
        NetworkSelection.Tally tally = new NetworkSelection.Tally(viewer);
        Map<ChildId, AccessDecision> decisions = new HashMap<>();
        Set<ChildId> asked = new HashSet<>();
        int decided = 0;
        // the first chunk is the page and one more: enough when the viewer may open every child
        long chunk = reach + 1;
        while (decided < ranked.size() && !settled(tally.visible(), bound(ranked.get(decided)), reach)) {
            int to = (int) Math.min(decided + chunk, ranked.size());
            List<NetworkStore.LinkRow> rows = links.apply(ranked.subList(decided, to).stream().map(NetworkStore.Linked::contextId).toList());
            List<ChildId> fresh = rows.stream().map(NetworkStore.LinkRow::child).filter(asked::add).toList();
            if (!fresh.isEmpty()) {
                decisions.putAll(decide.apply(fresh));
            }
            tally.add(rows, decisions);
            // then as many again as decided so far, so a viewer who may open few children costs a few reads, not one a context
            chunk = to;
            decided = to;
        }
        return new Result(tally.page(page, size, perContext), decisions, decided);
    }

    /**
     * Whether the page and whether more follow are certain: more contexts seen than the page reaches,
     * and the page's last sorts before the next undecided context's bound. Every undecided context
     * sorts at or after its own bound (the viewer opens at most the children linked, and ties are
     * broken by id either way), and its bound at or after the next one's.
     */
    static boolean settled(List<NetworkSelection.Seen> visible, Key next, long reach) {
        return visible.size() > reach && NetworkSelection.BY_COUNT_THEN_ID.compare(visible.get((int) reach - 1).key(), next) < 0;
    }

    /** The best a context could rank: as if the viewer might open every child linked to it. */
    static Key bound(NetworkStore.Linked context) {
        return new Key(context.children(), context.contextId());
    }
}
