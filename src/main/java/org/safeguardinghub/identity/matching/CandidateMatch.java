package org.safeguardinghub.identity.matching;

/** An incoming record, one candidate for it, and the outcome of comparing them. */
public record CandidateMatch(String incomingId, String candidateId, MatchOutcome outcome) {

    public double weight() {
        return outcome.weight();
    }

    public boolean isLink() {
        return outcome instanceof MatchOutcome.Linked;
    }
}
