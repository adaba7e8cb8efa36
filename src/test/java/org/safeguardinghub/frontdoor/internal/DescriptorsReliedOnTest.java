package org.safeguardinghub.frontdoor.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.safeguardinghub.frontdoor.ThresholdDocument;

/** A threshold decision keeps the words of the descriptors relied on, and only those of the level decided. */
class DescriptorsReliedOnTest {

    static final ThresholdDocument.Level CHILD_IN_NEED = new ThresholdDocument.Level(3, "Child in need",
            List.of("Complex needs", "Repeated missing episodes", "Early signs of exploitation, older associates"));

    @Test
    void chosenDescriptorsOfTheLevelAreKeptAsWords() {
        assertThat(ThresholdDecisionRule.reliedOn(CHILD_IN_NEED, List.of("3:2", "3:0")))
                .containsExactly("Early signs of exploitation, older associates", "Complex needs");
    }

    @Test
    void descriptorsOfAnotherLevelOrOutOfRangeAreDropped() {
        assertThat(ThresholdDecisionRule.reliedOn(CHILD_IN_NEED, List.of("2:0", "3:9", "3:-1", "x", "3:1")))
                .containsExactly("Repeated missing episodes");
    }

    @Test
    void theSameDescriptorTwiceCountsOnce() {
        assertThat(ThresholdDecisionRule.reliedOn(CHILD_IN_NEED, List.of("3:1", "3:1"))).containsExactly("Repeated missing episodes");
    }
}
