package org.safeguardinghub.identity;

/**
 * Where the match weight bands start: at or above {@code upper} records are linked, at or above
 * {@code lower} a person reviews them, below that the incoming record is a new person.
 */
public record MatchThresholds(double upper, double lower) {

    /** Posterior odds of 99 to 1 (probability 0.99) for a link without asking. */
    static final double LINK_ODDS_BITS = Math.log(99) / Math.log(2);
    /** Posterior odds of 1 to 9 (probability 0.1) are worth a person's look. */
    static final double REVIEW_ODDS_BITS = Math.log(1 / 9.0) / Math.log(2);

    /** For a register of a million persons: link from about 26.6, review from about 16.8. */
    public static final MatchThresholds DEFAULT = forPopulation(1_000_000);

    public MatchThresholds {
        if (!(lower <= upper)) {
            throw new IllegalArgumentException("lower threshold " + lower + " is above upper " + upper);
        }
    }

    /**
     * Thresholds chosen by one rule rather than tuned to any data set: before comparing, an
     * incoming record is any one of {@code persons} people with equal odds (prior odds 1 to
     * persons, -log2(persons) bits), so a match weight w gives posterior log-odds w - log2(persons).
     * Link at posterior probability 0.99, review from 0.1.
     */
    public static MatchThresholds forPopulation(long persons) {
        double prior = Math.log(Math.max(2, persons)) / Math.log(2);
        return new MatchThresholds(prior + LINK_ODDS_BITS, prior + REVIEW_ODDS_BITS);
    }
}
