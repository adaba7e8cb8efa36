package org.safeguardinghub.risk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.access.Sensitivity;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.risk.ContextKind;
import org.safeguardinghub.risk.NetworkView;
import org.safeguardinghub.risk.People;
import org.safeguardinghub.risk.RiskHistory;
import org.safeguardinghub.risk.RiskLevel;
import org.safeguardinghub.risk.Screening;

/** The geometry of the risk line and the network view. */
class LayoutsTest {

    static final ChildId CHILD = new ChildId(UUID.randomUUID());
    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    static Screening screening(Instant at, RiskLevel tool, RiskLevel judged) {
        return new Screening(UUID.randomUUID(), CHILD, 1, People.CSC.id(), "sw", "Sam", at, 12, 300, tool, List.of(), judged,
                null, "why", Sensitivity.STANDARD, false, null, null, List.of(), null);
    }

    @Test
    void theRiskLineStepsFromScreeningToScreeningAndRunsOnToNow() {
        RiskHistory history = RiskHistory.of(List.of(screening(T0, RiskLevel.MEDIUM, RiskLevel.HIGH),
                screening(T0.plus(Duration.ofDays(50)), RiskLevel.LOW, RiskLevel.LOW)));
        var layout = RiskLineLayout.layout(history, T0.plus(Duration.ofDays(100)));
        int high = RiskLineLayout.y(RiskLevel.HIGH);
        int low = RiskLineLayout.y(RiskLevel.LOW);
        assertThat(high).isLessThan(RiskLineLayout.y(RiskLevel.MEDIUM)).isLessThan(low);
        int middle = RiskLineLayout.LABEL_WIDTH + (layout.plotRight() - RiskLineLayout.LABEL_WIDTH) / 2;
        assertThat(layout.line()).isEqualTo(layout.plotLeft() + "," + high + " " + middle + "," + high + " " + middle + ","
                + low + " " + layout.plotRight() + "," + low);
        assertThat(layout.marks()).filteredOn(RiskLineLayout.Mark::judgement).extracting(RiskLineLayout.Mark::y)
                .containsExactly(high, low);
        assertThat(layout.marks()).filteredOn(m -> !m.judgement()).extracting(RiskLineLayout.Mark::y)
                .containsExactly(RiskLineLayout.y(RiskLevel.MEDIUM), low);
    }

    @Test
    void theNetworkPutsLocationsChildrenOffendersAndThemesInTheirColumnsWithALinePerLink() {
        ChildId a = new ChildId(UUID.randomUUID());
        ChildId b = new ChildId(UUID.randomUUID());
        UUID hotel = UUID.randomUUID();
        UUID person = UUID.randomUUID();
        NetworkView view = new NetworkView("North", List.of("North"), null, 0, false, 1,
                List.of(new NetworkView.ContextNode(hotel, ContextKind.PLACE, "Hotel", "Police", List.of(a, b), 0, List.of(), 0),
                        new NetworkView.ContextNode(person, ContextKind.PERSON_OF_CONCERN, null, "Police", List.of(b), 0, List.of(), 1)),
                List.of(new NetworkView.ChildNode(a, "Ann", RiskLevel.HIGH, List.of("Going missing")),
                        new NetworkView.ChildNode(b, "Ben", null, List.of())));
        var layout = NetworkLayout.layout(view, c -> c.readable() ? c.label() : "restricted");
        assertThat(layout.nodes()).extracting(NetworkLayout.Node::column).containsExactly(NetworkLayout.Column.LOCATIONS,
                NetworkLayout.Column.OFFENDERS, NetworkLayout.Column.CHILDREN, NetworkLayout.Column.CHILDREN,
                NetworkLayout.Column.THEMES);
        assertThat(layout.nodes()).filteredOn(n -> n.column() == NetworkLayout.Column.OFFENDERS).singleElement()
                .satisfies(n -> assertThat(n.restricted()).isTrue()).extracting(NetworkLayout.Node::label).isEqualTo("restricted");
        assertThat(layout.edges()).hasSize(4);
        assertThat(layout.edges()).filteredOn(NetworkLayout.Edge::theme).hasSize(1);
        assertThat(layout.edges()).filteredOn(e -> !e.theme()).allSatisfy(e -> assertThat(Math.abs(e.x1() - e.x2())).isEqualTo(
                NetworkLayout.COLUMNS[1] - NetworkLayout.COLUMNS[0] - NetworkLayout.NODE_WIDTH).as("adjacent columns"));
    }
}
