package org.safeguardinghub.identity.matching;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Unsupervised estimation of the m-probabilities (the chance of each comparison level among true
 * matches) from candidate pairs whose match status is unknown: a two-class mixture fitted by EM.
 * Non-matches among candidates are not like random pairs (blocking made them agree on something),
 * so the mixture fits their own level distribution too, starting from the random-pair u; holding
 * it at the random-pair u instead lets the "match" class swallow every candidate. The model then
 * scores with EM's m and the random-pair u.
 */
final class ExpectationMaximisation {

    static final int ITERATIONS = 40;
    private static final double PSEUDO_COUNT = 0.5;

    private final int[][] patterns;
    private final int[] counts;
    private final double[][] u;

    private ExpectationMaximisation(int[][] patterns, int[] counts, double[][] u) {
        this.patterns = patterns;
        this.counts = counts;
        this.u = u;
    }

    /** Identical comparison vectors are counted once with their multiplicity, which makes EM cheap. */
    static ExpectationMaximisation over(Iterable<byte[]> vectors, double[][] u) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (byte[] vector : vectors) {
            counts.merge(new String(vector, StandardCharsets.ISO_8859_1), 1, Integer::sum);
        }
        int[][] patterns = new int[counts.size()][];
        int[] multiplicity = new int[counts.size()];
        int i = 0;
        for (var entry : counts.entrySet()) {
            patterns[i] = toInts(entry.getKey().getBytes(StandardCharsets.ISO_8859_1));
            multiplicity[i++] = entry.getValue();
        }
        return new ExpectationMaximisation(patterns, multiplicity, u);
    }

    /** The m-probabilities after EM and the estimated share of true matches among the candidates. */
    Estimate run() {
        double[][] m = initialM();
        double[][] candidateU = u;
        double lambda = 0.01;
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            double[][] expected = zeros();
            double[][] expectedNon = zeros();
            double matches = 0;
            double total = 0;
            for (int p = 0; p < patterns.length; p++) {
                double probability = matchProbability(patterns[p], m, candidateU, lambda);
                double weight = probability * counts[p];
                double nonWeight = counts[p] - weight;
                matches += weight;
                total += counts[p];
                for (int f = 0; f < patterns[p].length; f++) {
                    if (patterns[p][f] >= 0) {
                        expected[f][patterns[p][f]] += weight;
                        expectedNon[f][patterns[p][f]] += nonWeight;
                    }
                }
            }
            m = normalise(expected);
            candidateU = normalise(expectedNon);
            lambda = Math.clamp(matches / total, 1e-6, 1 - 1e-6);
        }
        return new Estimate(m, candidateU, lambda);
    }

    /** m, the non-matches' own level distribution among candidates, and the share of matches. */
    record Estimate(double[][] m, double[][] candidateU, double lambda) {

        /** How likely a candidate pair with these levels is a match, by the fitted mixture. */
        double matchProbability(byte[] levels) {
            return ExpectationMaximisation.matchProbability(toInts(levels), m, candidateU, lambda);
        }
    }

    private double[][] zeros() {
        double[][] zeros = new double[u.length][];
        for (int f = 0; f < u.length; f++) {
            zeros[f] = new double[u[f].length];
        }
        return zeros;
    }

    private static double matchProbability(int[] pattern, double[][] m, double[][] u, double lambda) {
        double match = lambda;
        double nonMatch = 1 - lambda;
        for (int f = 0; f < pattern.length; f++) {
            if (pattern[f] >= 0) {
                match *= m[f][pattern[f]];
                nonMatch *= u[f][pattern[f]];
            }
        }
        return match / (match + nonMatch);
    }

    /** Start from "true matches mostly agree exactly": EM only has to find the right mode. */
    private double[][] initialM() {
        double[][] m = new double[u.length][];
        for (int f = 0; f < u.length; f++) {
            int levels = u[f].length;
            m[f] = new double[levels];
            m[f][0] = 0.9;
            for (int level = 1; level < levels; level++) {
                m[f][level] = 0.1 / (levels - 1);
            }
        }
        return m;
    }

    private static double[][] normalise(double[][] expected) {
        double[][] m = new double[expected.length][];
        for (int f = 0; f < expected.length; f++) {
            double sum = 0;
            for (double value : expected[f]) {
                sum += value + PSEUDO_COUNT;
            }
            m[f] = new double[expected[f].length];
            for (int level = 0; level < m[f].length; level++) {
                m[f][level] = (expected[f][level] + PSEUDO_COUNT) / sum;
            }
        }
        return m;
    }

    private static int[] toInts(byte[] vector) {
        int[] values = new int[vector.length];
        for (int i = 0; i < vector.length; i++) {
            values[i] = vector[i];
        }
        return values;
    }
}
