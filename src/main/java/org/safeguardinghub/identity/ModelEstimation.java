package org.safeguardinghub.identity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Fitting a {@link MatchModel} without labelled truth: u from random pairs, m by EM over the
 * candidate pairs blocking produces, name frequencies from the people themselves.
 */
final class ModelEstimation {

    static final int RANDOM_PAIRS = 200_000;
    private static final long SEED = 20_260_522L;

    private ModelEstimation() {
    }

    static MatchModel estimate(List<NormalisedPerson> left, List<NormalisedPerson> right, long[] candidatePairs) {
        List<NormalisedPerson> everyone = new ArrayList<>(left);
        if (left != right) {
            everyone.addAll(right);
        }
        return fit(left, right, candidatePairs, TermFrequencies.of(everyone));
    }

    static MatchModel estimateAgainst(PersonIndex index, List<NormalisedPerson> incoming) {
        PersonIndex.Sample known = index.sample(incoming);
        return fit(incoming, known.persons(), known.pairs(), known.names());
    }

    private static MatchModel fit(List<NormalisedPerson> left, List<NormalisedPerson> right, long[] candidatePairs,
                                  TermFrequencies names) {
        Comparisons comparisons = Comparisons.standard();
        double[][] u = randomPairLevels(left, right, comparisons);
        var estimate = ExpectationMaximisation.over(vectors(left, right, candidatePairs, comparisons), u).run();
        return new MatchModel(estimate.m(), u, estimate.lambda(), names, comparisons);
    }

    private static List<byte[]> vectors(List<NormalisedPerson> left, List<NormalisedPerson> right, long[] pairs,
                                        Comparisons comparisons) {
        List<byte[]> vectors = new ArrayList<>(pairs.length);
        for (long pair : pairs) {
            vectors.add(comparisons.levels(left.get(Blocking.left(pair)), right.get(Blocking.right(pair))));
        }
        return vectors;
    }

    /** u: how often each level occurs between records picked at random, nearly all non-matches. */
    private static double[][] randomPairLevels(List<NormalisedPerson> left, List<NormalisedPerson> right,
                                               Comparisons comparisons) {
        double[][] counts = new double[Field.ALL.length][];
        for (Field field : Field.ALL) {
            counts[field.ordinal()] = new double[field.levels.size()];
            Arrays.fill(counts[field.ordinal()], 1);
        }
        Random random = new Random(SEED);
        for (int i = 0; i < RANDOM_PAIRS; i++) {
            int l = random.nextInt(left.size());
            int r = random.nextInt(right.size());
            if (left == right && l == r) {
                continue;
            }
            byte[] levels = comparisons.levels(left.get(l), right.get(r));
            for (int f = 0; f < levels.length; f++) {
                if (levels[f] >= 0) {
                    counts[f][levels[f]]++;
                }
            }
        }
        return proportions(counts);
    }

    private static double[][] proportions(double[][] counts) {
        double[][] p = new double[counts.length][];
        for (int f = 0; f < counts.length; f++) {
            double total = Arrays.stream(counts[f]).sum();
            p[f] = Arrays.stream(counts[f]).map(c -> c / total).toArray();
        }
        return p;
    }
}
