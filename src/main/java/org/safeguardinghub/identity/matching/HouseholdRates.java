package org.safeguardinghub.identity.matching;

import java.util.Locale;

/**
 * How often two different people share a household: pairs of different people in one household
 * (same family name and home, different given names; of whom {@code twins} were born the same
 * day) among {@code pairs}. Counted within sources free of duplicates ({@link Households#measure})
 * or within a register of children. Half a pair is added, so finding none is not taken for
 * certainty.
 */
public record HouseholdRates(long households, long twins, long pairs) {

    HouseholdRates plus(HouseholdRates other) {
        return new HouseholdRates(households + other.households, twins + other.twins, pairs + other.pairs);
    }

    /** The rate for a pair born the same day, or for any pair in one household. */
    double u(boolean bornTheSameDay) {
        return ((bornTheSameDay ? twins : households) + 0.5) / Math.max(1, pairs);
    }

    String describe(boolean bornTheSameDay) {
        return String.format(Locale.ROOT, "%s in %,d of %,d pairs of different people",
                bornTheSameDay ? "one household and born the same day" : "one household",
                bornTheSameDay ? twins : households, pairs);
    }
}
