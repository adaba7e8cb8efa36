package org.safeguardinghub.identity.matching;

/**
 * A model with fixed, plausible probabilities (of the size EM finds on FEBRL4) for matching before
 * one has been estimated from the register, as when a person searches: m and u per comparison level
 * of each field, strongest agreement first and "different" last.
 */
public final class PriorModel {

    private PriorModel() {
    }

    /**
     * The prior model, weighing pairs that look like members of one household by how often
     * different people share a household in the register (ADR 17, issue 13).
     */
    public static MatchModel with(TermFrequencies frequencies, HouseholdRates households) {
        return with(frequencies).withHouseholds(households);
    }

    public static MatchModel with(TermFrequencies frequencies) {
        double[][] m = {
            names(0.70, 0.05, 0.02, 0.08, 0.05, 0.02, 0.02, 0.02),
            names(0.70, 0.05, 0.02, 0.08, 0.05, 0.02, 0.02, 0.02),
            {0.90, 0.02, 0.05, 0.03},
            {0.80, 0.05, 0.05, 0.05, 0.05},
            {0.50, 0.30, 0.10, 0.10},
            {0.85, 0.15},
            {0.98, 0.02},
            {0.90, 0.05, 0.05},
        };
        double[][] u = {
            names(0.003, 0.001, 0.00002, 0.0007, 0.0008, 0.001, 0.002, 0.02),
            names(0.003, 0.001, 0.00002, 0.0007, 0.0008, 0.001, 0.002, 0.02),
            {0.0002, 0.00003, 0.004, 0.99577},
            {0.001, 0.01, 0.005, 0.03, 0.954},
            {0.0001, 0.0001, 0.0008, 0.999},
            {0.015, 0.985},
            {0.5, 0.5},
            {0.0002, 0.0001, 0.9997},
        };
        return new MatchModel(m, u, 0.1, frequencies, Comparisons.standard());
    }

    /** The eight name levels given, "different" making up the rest. */
    private static double[] names(double... agreeing) {
        double[] levels = new double[agreeing.length + 1];
        double sum = 0;
        for (int i = 0; i < agreeing.length; i++) {
            levels[i] = agreeing[i];
            sum += agreeing[i];
        }
        levels[agreeing.length] = 1 - sum;
        return levels;
    }
}
