package org.safeguardinghub.identity.matching;

import static org.safeguardinghub.identity.matching.Field.NameLevel.EXACT;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A Fellegi–Sunter model: for each field and comparison level, the chance of that level among
 * true matches (m, estimated by EM over candidate pairs, never from labelled truth) and among
 * random pairs (u). A pair's match weight is the sum over fields of log2(m / u); exact agreement
 * on a name uses that name's own frequency for u, so sharing a rare name counts for more.
 */
public final class MatchModel {

    private final double[][] m;
    private final double[][] u;
    private final double[][] weights;
    private final double[] exactFloor;
    private final double lambda;
    private final TermFrequencies frequencies;
    private final Comparisons comparisons;
    /** How often different people look like members of one household here; null where not measured. */
    private final HouseholdRates households;

    /** Between two sources: the share of records that are someone on the other side; NaN where not estimated. */
    private final double knownShare;

    MatchModel(double[][] m, double[][] u, double lambda, TermFrequencies frequencies, Comparisons comparisons) {
        this(m, u, lambda, frequencies, comparisons, null, Double.NaN);
    }

    private MatchModel(double[][] m, double[][] u, double lambda, TermFrequencies frequencies,
                       Comparisons comparisons, HouseholdRates households, double knownShare) {
        this.households = households;
        this.knownShare = knownShare;
        this.m = m;
        this.u = u;
        this.lambda = lambda;
        this.frequencies = frequencies;
        this.comparisons = comparisons;
        this.weights = levelWeights(m, u);
        this.exactFloor = exactFloor(weights);
    }

    /**
     * A name's frequency may lower the weight of exact agreement, but never below the weight of a
     * near miss: agreeing exactly on "smith" is still better evidence than "smith" against "smyth".
     * (Swapped names are left out: that level's weight is about the swap, not the spelling.)
     */
    private static double[] exactFloor(double[][] weights) {
        double[] floor = new double[weights.length];
        for (Field field : Field.ALL) {
            double best = weights[field.ordinal()][field.different()];
            for (int level = EXACT + 1; level < field.different(); level++) {
                if (!field.isName() || level != Field.NameLevel.SWAPPED) {
                    best = Math.max(best, weights[field.ordinal()][level]);
                }
            }
            floor[field.ordinal()] = best;
        }
        return floor;
    }

    /**
     * Estimated from two sources to be linked (each assumed free of duplicates within itself, so
     * how often different people look like members of one household is measured within them).
     */
    public static MatchModel estimateBetween(List<PersonRecord> left, List<PersonRecord> right) {
        List<NormalisedPerson> l = NormalisedPerson.all(left);
        List<NormalisedPerson> r = NormalisedPerson.all(right);
        return ModelEstimation.estimateBetween(l, r, Blocking.between(l, r));
    }

    /** Estimated from one source that may hold the same person more than once. */
    public static MatchModel estimateWithin(List<PersonRecord> records) {
        List<NormalisedPerson> people = NormalisedPerson.all(records);
        return ModelEstimation.estimate(people, people, Blocking.within(people));
    }

    /**
     * Estimated for lookups against an index from a sample of the records that will be looked up
     * (a past feed, say), compared with their candidates in the index; name frequencies are the
     * index's own.
     */
    public static MatchModel estimateAgainst(PersonIndex index, List<PersonRecord> sample) {
        return ModelEstimation.estimateAgainst(index, NormalisedPerson.all(sample));
    }

    /** The same model, weighing household-like pairs by rates measured among people known to be different. */
    MatchModel withHouseholds(HouseholdRates measured) {
        return new MatchModel(m, u, lambda, frequencies, comparisons, measured, knownShare);
    }

    MatchModel withKnownShare(double share) {
        return new MatchModel(m, u, lambda, frequencies, comparisons, households, share);
    }

    /**
     * Estimated between two sources: the share of the smaller one's records that are someone in the
     * other (the prior for linking them); NaN where not estimated.
     */
    public double knownShare() {
        return knownShare;
    }

    /** Whether household-like pairs are weighed by a measured rate (else never linked unseen). */
    boolean measuresHouseholds() {
        return households != null;
    }

    /**
     * log2(m/u) per level, floored at the weight of plain disagreement: no way of agreeing may
     * count against a match more than disagreeing does.
     */
    private static double[][] levelWeights(double[][] m, double[][] u) {
        double[][] w = new double[m.length][];
        for (int f = 0; f < m.length; f++) {
            int different = m[f].length - 1;
            double floor = log2(m[f][different] / u[f][different]);
            w[f] = new double[m[f].length];
            for (int level = 0; level < m[f].length; level++) {
                w[f][level] = Math.max(floor, log2(m[f][level] / u[f][level]));
            }
        }
        return w;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    public double weight(PersonRecord a, PersonRecord b) {
        NormalisedPerson x = NormalisedPerson.of(a);
        NormalisedPerson y = NormalisedPerson.of(b);
        return weight(comparisons.levels(x, y), x, frequencies);
    }

    public MatchExplanation explain(PersonRecord a, PersonRecord b) {
        NormalisedPerson x = NormalisedPerson.of(a);
        NormalisedPerson y = NormalisedPerson.of(b);
        return explain(comparisons.levels(x, y), x, y, frequencies);
    }

    byte[] levels(NormalisedPerson a, NormalisedPerson b) {
        return comparisons.levels(a, b);
    }

    Comparisons comparisons() {
        return comparisons;
    }

    /**
     * The most a name field could add for this person against anyone: its best level, or exact
     * agreement on this very name, or nothing when the other side has no name.
     */
    double mostForName(Field field, NormalisedPerson a, TermFrequencies names) {
        double most = 0;
        for (int level = 0; level < field.levels.size(); level++) {
            most = Math.max(most, fieldWeight(field, level, a, names));
        }
        return most;
    }

    TermFrequencies frequencies() {
        return frequencies;
    }

    double weight(byte[] levels, NormalisedPerson a, TermFrequencies names) {
        double total = 0;
        for (Field field : Field.ALL) {
            total += fieldWeight(field, levels[field.ordinal()], a, names);
        }
        return total + householdAdjustment(levels, a, names);
    }

    MatchExplanation explain(byte[] levels, NormalisedPerson a, NormalisedPerson b, TermFrequencies names) {
        List<FieldContribution> fields = new ArrayList<>();
        double total = 0;
        for (Field field : Field.ALL) {
            int level = levels[field.ordinal()];
            if (level >= 0) {
                double weight = fieldWeight(field, level, a, names);
                total += weight;
                fields.add(new FieldContribution(field.label, levelLabel(field, level, weight), weight));
            }
        }
        double householdAdjustment = householdAdjustment(levels, a, names);
        if (householdAdjustment < 0) {
            total += householdAdjustment;
            fields.add(new FieldContribution(Households.LABEL,
                    households.describe(Households.bornTheSameDay(levels)), householdAdjustment));
        }
        return new MatchExplanation(a.id(), b.id(), total, fields, List.of());
    }

    /**
     * Where households have been measured and the given names are not the same: what the shared
     * fields add is capped by the measured rate (their m probabilities over it), so that agreeing
     * on them counts as the evidence it is here. The cap applies whether or not they agree, so a
     * field that disagrees still never raises the weight; it only binds when they mostly agree.
     */
    private double householdAdjustment(byte[] levels, NormalisedPerson a, TermFrequencies names) {
        if (households == null || !Households.couldBeSomeoneElse(levels)) {
            return 0;
        }
        double log2SeparateU = 0;
        for (Field field : Households.SHARED) {
            int level = levels[field.ordinal()];
            if (level >= 0) {
                log2SeparateU += log2(m[field.ordinal()][level]) - fieldWeight(field, level, a, names);
            }
        }
        return Math.min(0, log2SeparateU - log2(households.u(Households.bornTheSameDay(levels))));
    }

    private double fieldWeight(Field field, int level, NormalisedPerson a, TermFrequencies names) {
        if (level < 0) {
            return 0;
        }
        int f = field.ordinal();
        if (level != EXACT || !field.isName()) {
            return weights[f][level];
        }
        String name = field == Field.GIVEN_NAME ? a.given() : a.family();
        return Math.max(exactFloor[f], log2(m[f][EXACT] / names.frequency(field, name)));
    }

    private String levelLabel(Field field, int level, double weight) {
        String label = field.levels.get(level);
        if (level != EXACT || !field.isName()) {
            return label;
        }
        return label + (weight < weights[field.ordinal()][EXACT] ? ", common name" : ", uncommon name");
    }

    /** Estimated share of true matches among the candidate pairs EM saw. */
    public double matchShare() {
        return lambda;
    }

    /** The fitted model as a table: field, level, m, u and the level's weight. */
    public String describe() {
        StringBuilder table = new StringBuilder();
        for (Field field : Field.ALL) {
            for (int level = 0; level < field.levels.size(); level++) {
                int f = field.ordinal();
                table.append(String.format(Locale.ROOT, "  %-20s %-36s m=%.4f u=%.5f weight=%+.2f%n", field.label,
                        field.levels.get(level), m[f][level], u[f][level], weights[f][level]));
            }
        }
        return table.toString();
    }
}
