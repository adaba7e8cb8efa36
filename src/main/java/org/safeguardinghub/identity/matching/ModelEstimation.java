package org.safeguardinghub.identity.matching;

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
        return fit(left, right, candidatePairs, TermFrequencies.of(everyone)).model();
    }

    /**
     * For two sources each free of duplicates, where pairs within a source are different people:
     * how often they look like members of one household is measured there.
     */
    static MatchModel estimateBetween(List<NormalisedPerson> left, List<NormalisedPerson> right, long[] candidatePairs) {
        List<NormalisedPerson> everyone = new ArrayList<>(left);
        everyone.addAll(right);
        Fit fit = fit(left, right, candidatePairs, TermFrequencies.of(everyone));
        return fit.model().withHouseholds(Households.measure(left, right, Comparisons.standard()))
                .withKnownShare(knownShare(fit, candidatePairs, left.size() <= right.size(), Math.min(left.size(),
                        right.size())));
    }

    /**
     * The share of the smaller source's records that are someone in the other, by the fitted
     * mixture: each record is known unless every one of its candidates is a non-match. Half a record
     * either way is kept in doubt, so the share is never taken as certain.
     */
    private static double knownShare(Fit fit, long[] candidatePairs, boolean leftSmaller, int records) {
        double[] unknown = new double[records];
        java.util.Arrays.fill(unknown, 1);
        for (int i = 0; i < candidatePairs.length; i++) {
            int record = leftSmaller ? Blocking.left(candidatePairs[i]) : Blocking.right(candidatePairs[i]);
            unknown[record] *= 1 - fit.estimate().matchProbability(fit.vectors().get(i));
        }
        double known = 0;
        for (double probability : unknown) {
            known += 1 - probability;
        }
        return Math.clamp(known, 0.5, records - 0.5) / records;
    }

    static MatchModel estimateAgainst(PersonIndex index, List<NormalisedPerson> incoming) {
        PersonIndex.Sample known = index.sample(incoming);
        return fit(incoming, known.persons(), known.pairs(), known.names()).model();
    }

    private record Fit(MatchModel model, ExpectationMaximisation.Estimate estimate, List<byte[]> vectors) {
    }

    private static Fit fit(List<NormalisedPerson> left, List<NormalisedPerson> right, long[] candidatePairs,
                           TermFrequencies names) {
        Comparisons comparisons = Comparisons.standard();
        List<byte[]> vectors = vectors(left, right, candidatePairs, comparisons);
        double[][] random = randomPairLevels(left, right, comparisons);
        var first = ExpectationMaximisation.over(vectors, random).run();
        double matchRate = Math.min(0.5, first.lambda() * candidatePairs.length / allPairs(left, right));
        double[][] u = withoutMatches(random, first.m(), matchRate);
        var estimate = ExpectationMaximisation.over(vectors, u).run();
        return new Fit(new MatchModel(estimate.m(), u, estimate.lambda(), names, comparisons), estimate, vectors);
    }

    private static double allPairs(List<NormalisedPerson> left, List<NormalisedPerson> right) {
        double n = left.size();
        return left == right ? n * (n - 1) / 2 : n * right.size();
    }

    /**
     * Random pairs include true matches at the rate EM estimates (one in 5,000 when two files of
     * 5,000 hold the same people), and a match agrees on date of birth far more often than anyone
     * else: left in, they made exact agreement look several times commoner among non-matches than it
     * is. Their expected share of each level is taken out; no level falls below one random pair.
     */
    static double[][] withoutMatches(double[][] random, double[][] m, double matchRate) {
        double[][] u = new double[random.length][];
        for (int f = 0; f < random.length; f++) {
            u[f] = new double[random[f].length];
            for (int level = 0; level < random[f].length; level++) {
                double nonMatches = (random[f][level] - matchRate * m[f][level]) / (1 - matchRate);
                u[f][level] = Math.max(1.0 / RANDOM_PAIRS, nonMatches);
            }
        }
        return proportions(u);
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
