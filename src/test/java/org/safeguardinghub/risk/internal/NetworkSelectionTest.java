package org.safeguardinghub.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.access.AccessBasis;
import org.safeguardinghub.access.AccessDecision;
import org.safeguardinghub.access.Actor;
import org.safeguardinghub.access.Role;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.risk.ContextKind;
import org.safeguardinghub.risk.People;

/** The network view never names a child the viewer may not open, nor shows a link they may not read. */
class NetworkSelectionTest {

    static final Actor.Person SOCIAL_WORKER = People.person("sw", People.CSC, Role.SOCIAL_WORKER);
    static final AccessDecision WHOLE = new AccessDecision(AccessBasis.PROFESSIONAL_NETWORK, Set.of());
    static final AccessDecision OWN = new AccessDecision(AccessBasis.OWN_ENTRIES, Set.of());

    static ChildId child() {
        return new ChildId(UUID.randomUUID());
    }

    static NetworkStore.LinkRow row(UUID context, ChildId child, UUID linkAgency, ContextKind kind, UUID recorder) {
        return new NetworkStore.LinkRow(context, child, linkAgency, kind, recorder);
    }

    @Test
    void childrenTheViewerMayNotOpenAreCountedNotNamed() {
        UUID hotel = UUID.randomUUID();
        ChildId mine = child();
        ChildId other = child();
        var selection = NetworkSelection.select(List.of(row(hotel, mine, People.POLICE.id(), ContextKind.PLACE, People.POLICE.id()),
                row(hotel, other, People.POLICE.id(), ContextKind.PLACE, People.POLICE.id())), Map.of(mine, WHOLE),
                SOCIAL_WORKER, 0, 10, 6);
        assertThat(selection.contexts()).singleElement().satisfies(s -> {
            assertThat(s.children()).containsExactly(mine);
            assertThat(s.othersLinked()).isEqualTo(1);
        });
        assertThat(selection.children()).containsExactly(mine);
    }

    @Test
    void aContextConcerningNoChildTheViewerMayOpenIsLeftOutUnlessTheirAgencyRecordedIt() {
        ChildId hidden = child();
        UUID police = UUID.randomUUID();
        UUID ours = UUID.randomUUID();
        var selection = NetworkSelection.select(List.of(row(police, hidden, People.POLICE.id(), ContextKind.PERSON_OF_CONCERN,
                People.POLICE.id()), row(ours, hidden, People.CSC.id(), ContextKind.PLACE, People.CSC.id())), Map.of(),
                SOCIAL_WORKER, 0, 10, 6);
        assertThat(selection.contexts()).extracting(NetworkSelection.Shown::contextId).containsExactly(ours);
        assertThat(selection.children()).isEmpty();
    }

    @Test
    void withOnlyTheirOwnEntriesOpenTheViewerSeesOnlyTheLinksTheirAgencyMade() {
        ChildId child = child();
        UUID byPolice = UUID.randomUUID();
        UUID byUs = UUID.randomUUID();
        var selection = NetworkSelection.select(List.of(row(byPolice, child, People.POLICE.id(), ContextKind.PLACE,
                People.POLICE.id()), row(byUs, child, People.CSC.id(), ContextKind.PLACE, People.POLICE.id())),
                Map.of(child, OWN), SOCIAL_WORKER, 0, 10, 6);
        assertThat(selection.contexts()).extracting(NetworkSelection.Shown::contextId).containsExactly(byUs);
    }

    @Test
    void theMostSharedComeFirstAsTheViewerSeesThemAndPagesFollow() {
        List<NetworkStore.LinkRow> rows = new ArrayList<>();
        Map<ChildId, AccessDecision> decisions = new java.util.HashMap<>();
        UUID busy = UUID.randomUUID();
        UUID quiet = UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            ChildId c = child();
            decisions.put(c, WHOLE);
            rows.add(row(busy, c, People.POLICE.id(), ContextKind.PLACE, People.POLICE.id()));
        }
        ChildId seen = child();
        decisions.put(seen, WHOLE);
        rows.add(row(quiet, seen, People.POLICE.id(), ContextKind.VEHICLE, People.POLICE.id()));
        for (int i = 0; i < 5; i++) {
            rows.add(row(quiet, child(), People.POLICE.id(), ContextKind.VEHICLE, People.POLICE.id()));
        }
        var first = NetworkSelection.select(rows, decisions, SOCIAL_WORKER, 0, 1, 6);
        assertThat(first.contexts()).extracting(NetworkSelection.Shown::contextId).containsExactly(busy);
        assertThat(first.hasNext()).isTrue();
        var second = NetworkSelection.select(rows, decisions, SOCIAL_WORKER, 1, 1, 6);
        assertThat(second.contexts()).extracting(NetworkSelection.Shown::contextId).containsExactly(quiet);
        assertThat(second.hasNext()).isFalse();
    }

    @Test
    void atMostNChildrenAContextAreDrawnThoseSharingTheContextsShownFirstAndTheRestCounted() {
        UUID crowded = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        List<NetworkStore.LinkRow> rows = new ArrayList<>();
        Map<ChildId, AccessDecision> decisions = new java.util.HashMap<>();
        List<ChildId> open = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            ChildId c = child();
            open.add(c);
            decisions.put(c, WHOLE);
            rows.add(row(crowded, c, People.POLICE.id(), ContextKind.PLACE, People.POLICE.id()));
        }
        for (int i = 0; i < 2; i++) {
            rows.add(row(crowded, child(), People.POLICE.id(), ContextKind.PLACE, People.POLICE.id()));
        }
        ChildId sharer = open.get(8);
        rows.add(row(other, sharer, People.POLICE.id(), ContextKind.VEHICLE, People.POLICE.id()));
        var selection = NetworkSelection.select(rows, decisions, SOCIAL_WORKER, 0, 10, 6);
        NetworkSelection.Shown first = selection.contexts().get(0);
        assertThat(first.contextId()).isEqualTo(crowded);
        assertThat(first.children()).hasSize(6).startsWith(sharer).isSubsetOf(open);
        assertThat(first.more()).isEqualTo(3);
        assertThat(first.why()).extracting(r -> r.key()).containsExactly("risk.network.more");
        assertThat(first.othersLinked()).isEqualTo(2);
        assertThat(selection.contexts().get(1).children()).containsExactly(sharer);
        assertThat(selection.children()).as("only the children drawn are named, so audited").hasSize(6)
                .containsExactlyInAnyOrderElementsOf(first.children());
        assertThat(NetworkSelection.select(rows, decisions, SOCIAL_WORKER, 0, 10, 9).contexts().get(0).more()).isZero();
    }

    @Test
    void aContextWhoseOnlyChildrenTheViewerMayNotOpenIsNeitherShownNorCountedNorRankedAbove() {
        UUID forbidden = UUID.randomUUID();
        UUID mine = UUID.randomUUID();
        List<NetworkStore.LinkRow> rows = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            rows.add(row(forbidden, child(), People.POLICE.id(), ContextKind.PERSON_OF_CONCERN, People.POLICE.id()));
        }
        ChildId seen = child();
        rows.add(row(mine, seen, People.POLICE.id(), ContextKind.PLACE, People.POLICE.id()));
        var selection = NetworkSelection.select(rows, Map.of(seen, WHOLE), SOCIAL_WORKER, 0, 10, 6);
        assertThat(selection.hasNext()).isFalse();
        assertThat(selection.contexts()).extracting(NetworkSelection.Shown::contextId).containsExactly(mine);
        assertThat(selection.children()).containsExactly(seen);
    }
}
