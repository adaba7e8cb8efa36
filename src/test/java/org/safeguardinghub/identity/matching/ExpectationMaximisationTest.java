package org.safeguardinghub.identity.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** EM finds the match share and m-probabilities of a mixture it was not told about. */
class ExpectationMaximisationTest {

    static final double[] MATCH = {0.9, 0.07, 0.03};
    static final double[] NON_MATCH = {0.02, 0.08, 0.90};

    @Test
    void recoversTheMixtureFromUnlabelledPairs() {
        Random random = new Random(1);
        List<byte[]> vectors = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            double[] levels = random.nextDouble() < 0.2 ? MATCH : NON_MATCH;
            byte[] vector = new byte[4];
            for (int f = 0; f < vector.length; f++) {
                vector[f] = (byte) (random.nextDouble() < 0.1 ? Comparisons.MISSING : draw(levels, random));
            }
            vectors.add(vector);
        }
        double[][] randomPairs = {NON_MATCH, NON_MATCH, NON_MATCH, NON_MATCH};
        ExpectationMaximisation.Estimate estimate = ExpectationMaximisation.over(vectors, randomPairs).run();
        assertThat(estimate.lambda()).isCloseTo(0.2, within(0.02));
        for (double[] m : estimate.m()) {
            assertThat(m[0]).isCloseTo(MATCH[0], within(0.03));
            assertThat(m[2]).isCloseTo(MATCH[2], within(0.03));
        }
    }

    static int draw(double[] probabilities, Random random) {
        double u = random.nextDouble();
        for (int level = 0; level < probabilities.length; level++) {
            u -= probabilities[level];
            if (u < 0) {
                return level;
            }
        }
        return probabilities.length - 1;
    }
}
