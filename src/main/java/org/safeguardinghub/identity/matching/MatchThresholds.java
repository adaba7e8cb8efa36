package org.safeguardinghub.identity.matching;

/**
 * Where the match weight bands start: at or above {@code upper} records are linked, at or above
 * {@code lower} a person reviews them, below that the incoming record is a new person.
 */
public record MatchThresholds(double upper, double lower) {

    /** Posterior probability 0.99 (odds of 99 to 1) for a link without asking. */
    public static final double LINK_PROBABILITY = 0.99;
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
        return forLinkage(persons, 0.5);
    }


    /**
     * Thresholds for records each of which is someone known with probability {@code knownShare}
     * (estimated, say, by EM for a batch), and then equally likely any one of {@code persons}: the
     * prior odds that it is one particular person rather than no one known are knownShare / persons
     * to 1 - knownShare. The other known persons need no place in those odds, because each is ruled
     * out by its own comparison. At even odds of being known this is {@link #forPopulation}.
     */
    public static MatchThresholds forLinkage(long persons, double knownShare) {
        return forLinkage(persons, knownShare, LINK_PROBABILITY);
    }

    /** As {@link #forLinkage(long, double)}, linking from another posterior probability. */
    public static MatchThresholds forLinkage(long persons, double knownShare, double linkProbability) {
        if (!(knownShare > 0 && knownShare < 1)) {
            throw new IllegalArgumentException("share of records known must be between 0 and 1, not " + knownShare);
        }
        double share = knownShare;
        double prior = log2(Math.max(2, persons)) + log2((1 - share) / share);
        double upper = prior + log2(linkProbability / (1 - linkProbability));
        return new MatchThresholds(upper, Math.min(upper, prior + REVIEW_ODDS_BITS));
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
