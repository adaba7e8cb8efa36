package org.safeguardinghub.identity.matching;

import java.util.List;

import org.safeguardinghub.chronology.Match;
import org.safeguardinghub.chronology.ReviewLabel;

/**
 * What to do with an incoming record and one candidate, in the contract's words ({@link Match}):
 * linked, needs review by a person, or a new person.
 */
public sealed interface MatchOutcome {

    MatchExplanation explanation();

    /** The outcome in the feed contract's words. */
    Match match();

    default double weight() {
        return explanation().weight();
    }

    default List<String> reasons() {
        return explanation().reasons();
    }

    /** The same person: link without asking; certain when an identifier rule, not weight, decided. */
    record Linked(MatchExplanation explanation, boolean certain) implements MatchOutcome {

        @Override
        public Match match() {
            return Match.LINKED;
        }
    }

    /** Possibly the same person: a practitioner decides, told first what the {@code label} says. */
    record NeedsReview(MatchExplanation explanation, ReviewLabel label) implements MatchOutcome {

        @Override
        public Match match() {
            return Match.NEEDS_REVIEW;
        }
    }

    /** Not this candidate (nor, when it is the best candidate, anyone known). */
    record NewPerson(MatchExplanation explanation) implements MatchOutcome {

        @Override
        public Match match() {
            return Match.NEW_PERSON;
        }
    }
}
