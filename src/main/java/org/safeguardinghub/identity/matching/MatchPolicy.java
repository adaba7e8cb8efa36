package org.safeguardinghub.identity.matching;

/**
 * Turns a comparison into an outcome. Identifiers decide first: a shared valid NHS number or
 * UPN is the same person, two different valid NHS numbers never are. Otherwise the match weight
 * falls in one of three bands, except that a pair that looks like twins or siblings is never
 * linked without a person looking unless the model has measured how often different people here
 * look like that (see {@link Households}).
 */
public final class MatchPolicy {

    static final String SAME_NHS_NUMBER = "same valid NHS number: the same person";
    static final String DIFFERENT_NHS_NUMBERS = "different valid NHS numbers: never the same person, whatever else agrees";
    static final String SAME_UPN = "same UPN: the same person";
    static final String HOUSEHOLD_ONLY = "nothing personal to compare (no given name, date of birth or number on "
            + "both): could be anyone in the household";
    static final String POSSIBLE_TWIN = "possible twin or sibling: same family name, date of birth (or unknown) "
            + "and address, different (or unknown) given names";

    private final MatchModel model;
    private final MatchThresholds thresholds;

    public MatchPolicy(MatchModel model, MatchThresholds thresholds) {
        this.model = model;
        this.thresholds = thresholds;
    }

    public MatchOutcome decide(PersonRecord incoming, PersonRecord candidate) {
        return decide(NormalisedPerson.of(incoming), NormalisedPerson.of(candidate), model.frequencies());
    }

    public MatchThresholds thresholds() {
        return thresholds;
    }

    public MatchModel model() {
        return model;
    }

    MatchOutcome decide(NormalisedPerson incoming, NormalisedPerson candidate, TermFrequencies names) {
        byte[] levels = model.levels(incoming, candidate);
        return decide(levels, model.explain(levels, incoming, candidate, names), incoming, candidate);
    }

    MatchOutcome decide(byte[] levels, MatchExplanation explanation, NormalisedPerson a, NormalisedPerson b) {
        Rule rule = rule(a, b);
        if (rule == Rule.SAME_NHS_NUMBER) {
            return new MatchOutcome.Linked(explanation.withFlag(SAME_NHS_NUMBER), true);
        }
        if (rule == Rule.DIFFERENT_NHS_NUMBERS) {
            return new MatchOutcome.NewPerson(explanation.withFlag(DIFFERENT_NHS_NUMBERS));
        }
        if (rule == Rule.SAME_UPN) {
            return new MatchOutcome.Linked(explanation.withFlag(SAME_UPN), true);
        }
        boolean household = Households.alike(levels);
        boolean weighed = household && model.measuresHouseholds();
        if (householdOnly(levels)) {
            return band(explanation.withFlag(HOUSEHOLD_ONLY), !weighed);
        }
        if (household) {
            return band(explanation.withFlag(POSSIBLE_TWIN), !weighed);
        }
        return band(explanation, false);
    }

    /** A flagged pair is never linked without a person looking, whatever its weight. */
    private MatchOutcome band(MatchExplanation explanation, boolean flagged) {
        if (explanation.weight() >= thresholds.upper() && !flagged) {
            return new MatchOutcome.Linked(explanation, false);
        }
        if (explanation.weight() >= thresholds.lower()) {
            return new MatchOutcome.NeedsReview(explanation);
        }
        return new MatchOutcome.NewPerson(explanation);
    }

    /** For ranking candidates: identifier rules outrank any weight, in either direction. */
    double rank(NormalisedPerson a, NormalisedPerson b, double weight) {
        return switch (rule(a, b)) {
            case SAME_NHS_NUMBER, SAME_UPN -> Double.POSITIVE_INFINITY;
            case DIFFERENT_NHS_NUMBERS -> Double.NEGATIVE_INFINITY;
            case NONE -> weight;
        };
    }

    private enum Rule { SAME_NHS_NUMBER, DIFFERENT_NHS_NUMBERS, SAME_UPN, NONE }

    private static Rule rule(NormalisedPerson a, NormalisedPerson b) {
        if (a.validNhsNumber() && b.validNhsNumber()) {
            return a.identifier().equals(b.identifier()) ? Rule.SAME_NHS_NUMBER : Rule.DIFFERENT_NHS_NUMBERS;
        }
        if (a.upn() != null && a.upn().equals(b.upn())) {
            return Rule.SAME_UPN;
        }
        return Rule.NONE;
    }

    /** Family name and address alone identify a household, not a person. */
    static boolean householdOnly(byte[] levels) {
        return levels[Field.GIVEN_NAME.ordinal()] == Comparisons.MISSING
                && levels[Field.DATE_OF_BIRTH.ordinal()] == Comparisons.MISSING
                && levels[Field.IDENTIFIER.ordinal()] == Comparisons.MISSING;
    }
}
