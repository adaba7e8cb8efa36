package org.safeguardinghub.identity;

import java.util.List;

/** What to do with an incoming record and one candidate: link, ask a person, or treat as new. */
public sealed interface MatchOutcome {

    MatchExplanation explanation();

    default double weight() {
        return explanation().weight();
    }

    default List<String> reasons() {
        return explanation().reasons();
    }

    /** The same person: link without asking; certain when an identifier rule, not weight, decided. */
    record Link(MatchExplanation explanation, boolean certain) implements MatchOutcome {
    }

    /** Possibly the same person: a practitioner decides. */
    record Review(MatchExplanation explanation) implements MatchOutcome {
    }

    /** Not this candidate (nor, when it is the best candidate, anyone known). */
    record NewPerson(MatchExplanation explanation) implements MatchOutcome {
    }
}
