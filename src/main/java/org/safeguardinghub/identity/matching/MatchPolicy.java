package org.safeguardinghub.identity.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.safeguardinghub.chronology.ReviewLabel;

/**
 * Turns a comparison into an outcome. Identifiers decide first: a shared valid NHS number or
 * UPN is the same person, two different valid NHS numbers never are. Otherwise the match weight
 * falls in one of three bands, except that a pair that looks like twins or siblings is never
 * linked without a person looking unless the model has measured how often different people here
 * look like that (see {@link Households}). The register's policy ({@link #withHardStops}) also
 * holds every pair a {@link HardStops hard stop} applies to for a person, whatever the weight or
 * an identifier says: identifiers are evidence there, not proof.
 */
public final class MatchPolicy {

    static final String SAME_NHS_NUMBER = "same valid NHS number: the same person";
    static final String DIFFERENT_NHS_NUMBERS = "different valid NHS numbers: never the same person, whatever else agrees";
    static final String SAME_UPN = "same UPN: the same person";
    static final String HELD = "the same identifier, but not linked without a person: an identifier is evidence, not proof";
    static final String HOUSEHOLD_ONLY = "nothing personal to compare (no given name, date of birth or number on "
            + "both): could be anyone in the household";
    static final String POSSIBLE_TWIN = "possible twin or sibling: same family name, date of birth (or unknown) "
            + "and address, different (or unknown) given names";

    private final MatchModel model;
    private final MatchThresholds thresholds;
    private final boolean hardStops;

    public MatchPolicy(MatchModel model, MatchThresholds thresholds) {
        this(model, thresholds, false);
    }

    private MatchPolicy(MatchModel model, MatchThresholds thresholds, boolean hardStops) {
        this.model = model;
        this.thresholds = thresholds;
        this.hardStops = hardStops;
    }

    /**
     * The policy of the register the feed links into: no pair a hard stop applies to is linked
     * without a person. (Linking two files, as the FEBRL benchmark does, weighs households
     * measured in the files instead.)
     */
    public static MatchPolicy withHardStops(MatchModel model, MatchThresholds thresholds) {
        return new MatchPolicy(model, thresholds, true);
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

    /**
     * A link another rule found (the same identifier, or the same name and date of birth), looked at
     * before it is made: held for a person if a hard stop applies, labelled an identifier conflict
     * where an identifier agrees and date of birth, sex and given name all disagree.
     */
    public Optional<MatchOutcome.NeedsReview> hold(PersonRecord incoming, PersonRecord known, boolean byIdentifier) {
        if (HardStops.cannotApply(incoming, known)) {
            return Optional.empty();
        }
        NormalisedPerson a = NormalisedPerson.of(incoming);
        NormalisedPerson b = NormalisedPerson.of(known);
        byte[] levels = model.levels(a, b);
        List<HardStops.Stop> stops = HardStops.of(levels, a, b, variants());
        if (stops.isEmpty()) {
            return Optional.empty();
        }
        boolean conflict = byIdentifier && HardStops.identifierConflict(levels, a, b, variants());
        MatchExplanation why = model.explain(levels, a, b, model.frequencies()).withFlags(reasons(stops, conflict));
        return Optional.of(new MatchOutcome.NeedsReview(why, HardStops.label(stops, conflict)));
    }

    MatchOutcome decide(NormalisedPerson incoming, NormalisedPerson candidate, TermFrequencies names) {
        byte[] levels = model.levels(incoming, candidate);
        return decide(levels, model.explain(levels, incoming, candidate, names), incoming, candidate);
    }

    MatchOutcome decide(byte[] levels, MatchExplanation explanation, NormalisedPerson a, NormalisedPerson b) {
        Rule rule = rule(a, b);
        if (rule == Rule.DIFFERENT_NHS_NUMBERS) {
            return new MatchOutcome.NewPerson(explanation.withFlag(DIFFERENT_NHS_NUMBERS));
        }
        List<HardStops.Stop> stops = hardStops ? HardStops.of(levels, a, b, variants()) : List.of();
        if (rule == Rule.SAME_NHS_NUMBER || rule == Rule.SAME_UPN) {
            String same = rule == Rule.SAME_NHS_NUMBER ? SAME_NHS_NUMBER : SAME_UPN;
            if (stops.isEmpty()) {
                return new MatchOutcome.Linked(explanation.withFlag(same), true);
            }
            boolean conflict = HardStops.identifierConflict(levels, a, b, variants());
            return new MatchOutcome.NeedsReview(explanation.withFlags(reasons(stops, conflict)).withFlag(HELD),
                    HardStops.label(stops, conflict));
        }
        return weighed(levels, explanation.withFlags(reasons(stops, false)), stops);
    }

    /** Banded by weight; flagged pairs, and pairs a hard stop holds, are never linked without a person. */
    private MatchOutcome weighed(byte[] levels, MatchExplanation why, List<HardStops.Stop> stops) {
        boolean household = Households.alike(levels);
        boolean flagged = !stops.isEmpty() || household && !model.measuresHouseholds();
        ReviewLabel label = HardStops.label(stops, false);
        if (householdOnly(levels)) {
            return band(why.withFlag(HOUSEHOLD_ONLY), flagged || !household, label);
        }
        if (household && !stops.contains(HardStops.Stop.POSSIBLE_TWIN)) {
            return band(why.withFlag(POSSIBLE_TWIN), flagged, ReviewLabel.POSSIBLE_TWIN);
        }
        return band(why, flagged, label);
    }

    private MatchOutcome band(MatchExplanation explanation, boolean flagged, ReviewLabel label) {
        if (explanation.weight() >= thresholds.upper() && !flagged) {
            return new MatchOutcome.Linked(explanation, false);
        }
        if (explanation.weight() >= thresholds.lower()) {
            return new MatchOutcome.NeedsReview(explanation, label);
        }
        return new MatchOutcome.NewPerson(explanation);
    }

    private static List<String> reasons(List<HardStops.Stop> stops, boolean identifierConflict) {
        List<String> reasons = new ArrayList<>();
        if (identifierConflict) {
            reasons.add(HardStops.IDENTIFIER_CONFLICT);
        }
        stops.forEach(stop -> reasons.add(stop.reason));
        return reasons;
    }

    private NameVariants variants() {
        return model.comparisons().variants();
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
