package org.safeguardinghub.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.safeguardinghub.access.AccessBasis;
import org.safeguardinghub.access.AccessDecision;
import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.Role;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.risk.ContextKind;
import org.safeguardinghub.risk.People;

/**
 * Deciding the contexts in the order of their linked children and stopping early gives exactly the
 * page that deciding every child of the area gives ({@link NetworkSelection#select}), asks about
 * each child and context once, and stops as soon as it can.
 */
class NetworkRankingProperties {

    static final Actor.Person VIEWER = People.person("sw", People.CSC, Role.SOCIAL_WORKER);
    static final UUID OTHER = People.POLICE.id();
    static final AccessDecision WHOLE = new AccessDecision(AccessBasis.PROFESSIONAL_NETWORK, Set.of());
    static final AccessDecision OWN = new AccessDecision(AccessBasis.OWN_ENTRIES, Set.of());

    /** An area held as the store would hold it, which counts the reads and says if anything is asked twice. */
    static final class Area {
        final List<NetworkStore.LinkRow> rows = new ArrayList<>();
        final Map<ChildId, AccessDecision> decisions = new HashMap<>();
        final Set<UUID> contextsRead = new HashSet<>();
        final Set<ChildId> childrenAsked = new HashSet<>();
        int reads;

        void link(UUID context, ChildId child, boolean byViewer, boolean recordedByViewer) {
            rows.add(new NetworkStore.LinkRow(context, child, byViewer ? People.CSC.id() : OTHER, ContextKind.PLACE,
                    recordedByViewer ? People.CSC.id() : OTHER));
        }

        /** What {@link NetworkStore#linkedChildren} counts: the different children linked to each context. */
        List<NetworkStore.Linked> linked() {
            Map<UUID, Set<ChildId>> children = new LinkedHashMap<>();
            rows.forEach(r -> children.computeIfAbsent(r.contextId(), k -> new HashSet<>()).add(r.child()));
            return children.entrySet().stream().map(e -> new NetworkStore.Linked(e.getKey(), e.getValue().size())).toList();
        }

        List<NetworkStore.LinkRow> links(List<UUID> contexts) {
            reads++;
            contexts.forEach(c -> assertThat(contextsRead.add(c)).as("a context read twice").isTrue());
            return rows.stream().filter(r -> contexts.contains(r.contextId())).toList();
        }

        Map<ChildId, AccessDecision> decide(Collection<ChildId> children) {
            Map<ChildId, AccessDecision> out = new HashMap<>();
            for (ChildId child : children) {
                assertThat(childrenAsked.add(child)).as("a child decided twice").isTrue();
                if (decisions.containsKey(child)) {
                    out.put(child, decisions.get(child));
                }
            }
            return out;
        }

        /** One request: each request may read a context and decide a child once. */
        NetworkRanking.Result ranked(int page, int size, int perContext) {
            contextsRead.clear();
            childrenAsked.clear();
            reads = 0;
            return NetworkRanking.select(linked(), this::links, this::decide, VIEWER, page, size, perContext);
        }

        NetworkSelection.Selection everything(int page, int size, int perContext) {
            return NetworkSelection.select(rows, decisions, VIEWER, page, size, perContext);
        }
    }

    /** A random area: few counts, so many ties; ids of either sign, so the tie-break is UUID's own order. */
    static Area area(long seed, int contexts, int children) {
        Random random = new Random(seed);
        Area area = new Area();
        List<ChildId> pool = new ArrayList<>();
        for (int i = 0; i < children; i++) {
            ChildId child = new ChildId(new UUID(random.nextLong(), random.nextLong()));
            pool.add(child);
            int access = random.nextInt(3);
            if (access > 0) {
                area.decisions.put(child, access == 1 ? WHOLE : OWN);
            }
        }
        for (int c = 0; c < contexts; c++) {
            UUID context = new UUID(random.nextLong(), random.nextLong());
            boolean recordedByViewer = random.nextInt(6) == 0;
            int links = 1 + random.nextInt(6);
            for (int l = 0; l < links; l++) {
                area.link(context, pool.get(random.nextInt(pool.size())), random.nextInt(3) == 0, recordedByViewer);
            }
        }
        return area;
    }

    @Property(tries = 500)
    void theEarlyStopGivesThePageThatDecidingEveryChildGives(@ForAll long seed, @ForAll @IntRange(max = 60) int contexts,
                                                            @ForAll @IntRange(min = 1, max = 30) int children,
                                                            @ForAll @IntRange(max = 4) int page, @ForAll @IntRange(min = 1, max = 8) int size,
                                                            @ForAll @IntRange(min = 1, max = 4) int perContext) {
        Area area = area(seed, contexts, children);
        NetworkRanking.Result ranked = area.ranked(page, size, perContext);
        assertThat(ranked.selection()).isEqualTo(area.everything(page, size, perContext));
        for (ChildId shown : ranked.selection().children()) {
            assertThat(ranked.decisions().get(shown)).isEqualTo(area.decisions.get(shown));
        }
        assertThat(ranked.decisions().keySet()).as("only children the viewer may open").isSubsetOf(area.decisions.keySet());
    }

    @Property(tries = 200)
    void readsGrowByDoublingSoAViewerWhoMayOpenNothingCostsAFewReads(@ForAll long seed,
                                                                      @ForAll @IntRange(min = 1, max = 300) int contexts,
                                                                      @ForAll @IntRange(min = 1, max = 8) int size) {
        Area area = area(seed, contexts, 40);
        area.decisions.clear();
        area.ranked(0, size, 3);
        int reads = 0;
        for (long decided = 0, chunk = size + 1; decided < contexts; reads++) {
            decided += chunk;
            chunk = decided;
        }
        assertThat(area.reads).isEqualTo(reads);
        assertThat(area.contextsRead).hasSize(area.linked().size());
    }

    @Example
    void whenTheViewerMayOpenEveryChildOnlyThePageAndOneMoreAreDecided() {
        Area area = new Area();
        for (int c = 0; c < 100; c++) {
            UUID context = UUID.randomUUID();
            for (int l = 0; l <= c % 12; l++) {
                ChildId child = new ChildId(UUID.randomUUID());
                area.decisions.put(child, WHOLE);
                area.link(context, child, false, false);
            }
        }
        NetworkRanking.Result ranked = area.ranked(0, 30, 6);
        assertThat(ranked.contextsDecided()).isEqualTo(31);
        assertThat(area.reads).isEqualTo(1);
        assertThat(ranked.selection()).isEqualTo(area.everything(0, 30, 6));
        assertThat(area.ranked(1, 30, 6).selection()).isEqualTo(area.everything(1, 30, 6));
    }

    /**
     * Page of one; A has 5 linked, 3 open; C 4 linked, 2 open; B 3 linked, all 3 open. A and B tie on
     * the children open, so the smaller id goes first: if that is B, B must be decided although its
     * bound is below A's; if it is A, the first chunk (A and C) settles it and B is never read.
     */
    @Example
    void aTieAtTheLastPlaceOfThePageIsBrokenByIdAsWhenDecidingEveryChild() {
        UUID low = new UUID(Long.MIN_VALUE, 1);
        UUID high = new UUID(Long.MAX_VALUE, 1);
        for (boolean bFirst : new boolean[] {true, false}) {
            UUID a = bFirst ? high : low;
            UUID b = bFirst ? low : high;
            UUID c = UUID.randomUUID();
            Area area = new Area();
            linkChildren(area, a, 3, 2);
            linkChildren(area, c, 2, 2);
            linkChildren(area, b, 3, 0);
            NetworkRanking.Result ranked = area.ranked(0, 1, 6);
            assertThat(ranked.selection()).isEqualTo(area.everything(0, 1, 6));
            assertThat(ranked.selection().contexts()).extracting(NetworkSelection.Shown::contextId).containsExactly(bFirst ? b : a);
            assertThat(ranked.contextsDecided()).isEqualTo(bFirst ? 3 : 2);
            assertThat(ranked.selection().hasNext()).isTrue();
        }
    }

    @Example
    void aContextMostLinkedWhoseOnlyChildrenTheViewerMayNotOpenIsNeitherShownNorRanked() {
        Area area = new Area();
        UUID forbidden = UUID.randomUUID();
        linkChildren(area, forbidden, 0, 50);
        UUID mine = UUID.randomUUID();
        linkChildren(area, mine, 1, 0);
        NetworkRanking.Result ranked = area.ranked(0, 30, 6);
        assertThat(ranked.selection().contexts()).extracting(NetworkSelection.Shown::contextId).containsExactly(mine);
        assertThat(ranked.selection().hasNext()).isFalse();
        assertThat(ranked.decisions()).hasSize(1);
        assertThat(ranked.selection()).isEqualTo(area.everything(0, 30, 6));
    }

    @Example
    void withFewerContextsThanThePageEveryOneIsDecidedAndNoneFollow() {
        Area area = new Area();
        for (int c = 0; c < 3; c++) {
            linkChildren(area, UUID.randomUUID(), c, 1);
        }
        NetworkRanking.Result ranked = area.ranked(0, 30, 6);
        assertThat(ranked.contextsDecided()).isEqualTo(3);
        assertThat(ranked.selection().contexts()).hasSize(2);
        assertThat(ranked.selection().hasNext()).isFalse();
        assertThat(ranked.selection()).isEqualTo(area.everything(0, 30, 6));
        assertThat(new Area().ranked(0, 30, 6).selection().contexts()).isEmpty();
    }

    @Example
    void aPageFarBeyondTheEndIsEmptyWithoutOverflowing() {
        Area area = new Area();
        linkChildren(area, UUID.randomUUID(), 1, 0);
        NetworkRanking.Result ranked = area.ranked(Integer.MAX_VALUE, 500, 6);
        assertThat(ranked.selection().contexts()).isEmpty();
        assertThat(ranked.selection().hasNext()).isFalse();
    }

    /** Links a context to children the viewer may open and to children they may not. */
    static void linkChildren(Area area, UUID context, int open, int forbidden) {
        for (int i = 0; i < open + forbidden; i++) {
            ChildId child = new ChildId(UUID.randomUUID());
            if (i < open) {
                area.decisions.put(child, WHOLE);
            }
            area.link(context, child, false, false);
        }
    }
}
