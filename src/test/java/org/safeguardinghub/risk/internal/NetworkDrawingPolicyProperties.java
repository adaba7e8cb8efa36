package org.safeguardinghub.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.safeguardinghub.chronology.ChildId;
import org.safeguardinghub.risk.Reason;

/** The network view draws at most N children a context and says how many more, never fewer drawn than it may. */
class NetworkDrawingPolicyProperties {

    static List<ChildId> children(int n) {
        return IntStream.range(0, n).mapToObj(i -> new ChildId(UUID.randomUUID())).toList();
    }

    @Example
    void exactlyTheCapIsAllDrawnWithNoReason() {
        List<ChildId> six = children(6);
        NetworkDrawingPolicy.Drawn drawn = NetworkDrawingPolicy.draw(six, 6);
        assertThat(drawn.drawn()).isEqualTo(six);
        assertThat(drawn.more()).isZero();
        assertThat(drawn.reason()).isEmpty();
    }

    @Example
    void oneOverTheCapDrawsTheFirstNAndSaysOneMoreAndWhy() {
        List<ChildId> seven = children(7);
        NetworkDrawingPolicy.Drawn drawn = NetworkDrawingPolicy.draw(seven, 6);
        assertThat(drawn.drawn()).isEqualTo(seven.subList(0, 6));
        assertThat(drawn.more()).isEqualTo(1);
        assertThat(drawn.reason()).contains(Reason.of("risk.network.more", 1, 6));
    }

    @Example
    void aCapBelowOneIsRefused() {
        assertThatThrownBy(() -> NetworkDrawingPolicy.draw(children(1), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void drawnAndMoreAlwaysAddUpAndNeverExceedTheCap(@ForAll @IntRange(max = 300) int linked,
                                                      @ForAll @IntRange(min = 1, max = 100) int cap) {
        List<ChildId> open = children(linked);
        NetworkDrawingPolicy.Drawn drawn = NetworkDrawingPolicy.draw(open, cap);
        assertThat(drawn.drawn()).hasSize(Math.min(linked, cap)).isEqualTo(open.subList(0, Math.min(linked, cap)));
        assertThat(drawn.more()).isEqualTo(Math.max(0, linked - cap));
        assertThat(drawn.reason().isPresent()).isEqualTo(linked > cap);
    }
}
