package org.safeguardinghub.identity.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

/**
 * What linking a batch assumes before comparing: random pairs with the true matches taken out
 * (for u), and the share of records that are someone on the other side (for the thresholds).
 */
class BatchPriorTest {

    @Test
    void evenOddsOfBeingKnownAreThePopulationRule() {
        MatchThresholds even = MatchThresholds.forLinkage(5_000, 0.5);
        assertThat(even).isEqualTo(MatchThresholds.forPopulation(5_000));
        assertThat(even.upper()).isCloseTo(Math.log(5_000 * 99.0) / Math.log(2), within(1e-9));
    }

    @Test
    void aBatchWhoseRecordsAreNearlyAllKnownLinksOnLessEvidence() {
        MatchThresholds known = MatchThresholds.forLinkage(5_000, 0.99);
        assertThat(known.upper()).isCloseTo(MatchThresholds.forPopulation(5_000).upper() - Math.log(99) / Math.log(2),
                within(1e-9));
    }

    @Test
    void aShareOfNoneOrAllIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> MatchThresholds.forLinkage(5_000, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> MatchThresholds.forLinkage(5_000, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> MatchThresholds.forLinkage(5_000, Double.NaN));
    }

    @Property
    void moreRecordsKnownNeverRaisesTheLinkThreshold(@ForAll @DoubleRange(min = 0.001, max = 0.998) @Scale(4) double share,
                                                     @ForAll @DoubleRange(min = 0, max = 0.001) @Scale(5) double more,
                                                     @ForAll @LongRange(min = 2, max = 10_000_000) long persons) {
        MatchThresholds lower = MatchThresholds.forLinkage(persons, share + more);
        MatchThresholds higher = MatchThresholds.forLinkage(persons, share);
        assertThat(lower.upper()).isLessThanOrEqualTo(higher.upper());
        assertThat(lower.lower()).isLessThanOrEqualTo(lower.upper());
    }

    @Test
    void theMatchesAmongRandomPairsAreTakenOutOfU() {
        double[][] random = {{0.002, 0.998}};
        double[][] m = {{0.9, 0.1}};

        double[][] u = ModelEstimation.withoutMatches(random, m, 0.002);

        assertThat(u[0][0]).isCloseTo((0.002 - 0.002 * 0.9) / (1 - 0.002), within(1e-6));
        assertThat(u[0][0] + u[0][1]).isCloseTo(1, within(1e-12));
    }

    @Test
    void noLevelFallsBelowOneRandomPair() {
        double[][] u = ModelEstimation.withoutMatches(new double[][] {{0.0001, 0.9999}}, new double[][] {{1, 0}}, 0.01);
        assertThat(u[0][0]).isGreaterThanOrEqualTo(0.9 / ModelEstimation.RANDOM_PAIRS);
    }

    @Test
    void theShareOfRecordsKnownIsEstimatedFromTheBatch() {
        List<PersonRecord> left = new ArrayList<>();
        List<PersonRecord> right = new ArrayList<>();
        String[] given = {"Ada", "Bea", "Cal", "Dan", "Eve", "Fay", "Gus", "Hal", "Ivy", "Jo"};
        for (int i = 0; i < 400; i++) {
            LocalDate born = LocalDate.of(2005, 1, 1).plusDays(i * 7L);
            String family = "Family" + (char) ('a' + i % 26) + (char) ('a' + i / 26);
            left.add(TestModels.full("l" + i, given[i % 10], family, born, null, null, null));
            if (i % 4 != 0) {
                String typo = i % 3 == 0 ? given[i % 10] + "a" : given[i % 10];
                right.add(TestModels.full("r" + i, typo, family, born, null, null, null));
            } else {
                right.add(TestModels.full("r" + i, "Zed", "Stranger" + i, born.plusYears(40), null, null, null));
            }
        }

        RecordLinkage.Result result = RecordLinkage.between(left, right, MatchThresholds.LINK_PROBABILITY);

        assertThat(result.knownShare()).isCloseTo(0.75, within(0.05));
        assertThat(result.thresholds()).isEqualTo(MatchThresholds.forLinkage(400, result.knownShare()));
        assertThat(result.links()).allMatch(link -> link.incomingId().substring(1).equals(link.candidateId().substring(1)));
        assertThat(result.links()).hasSizeGreaterThan(280);
    }
}
