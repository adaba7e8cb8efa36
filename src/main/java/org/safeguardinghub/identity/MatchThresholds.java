package org.safeguardinghub.identity;

/**
 * Where the match weight bands start: at or above {@code upper} records are linked, at or above
 * {@code lower} a person reviews them, below that the incoming record is a new person.
 */
public record MatchThresholds(double upper, double lower) {

    /**
     * Chosen once, before looking at accuracy (docs/identity-matching.md): a link needs about
     * 2^20 to one in favour, enough to beat the prior odds of picking one person out of a
     * million; review from 2^10, where a true match is plausible but far from sure.
     */
    public static final MatchThresholds DEFAULT = new MatchThresholds(20, 10);

    public MatchThresholds {
        if (!(lower <= upper)) {
            throw new IllegalArgumentException("lower threshold " + lower + " is above upper " + upper);
        }
    }
}
