package org.safeguardinghub.identity.matching;

import static org.safeguardinghub.identity.matching.Field.NameLevel.JARO_WINKLER_88;
import static org.safeguardinghub.identity.matching.Field.NameLevel.SWAPPED;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * People in one household break the independence a match weight assumes. Among different people,
 * agreeing at once on family name and home is far commoner than the product of agreeing on each,
 * because brothers and sisters do; twins agree on the date of birth as well, and differ only in
 * given name. So when the given names are not the same, what family name, birth date and home
 * together can add is capped by how often different people share a household like that (within a
 * source free of duplicates): measured, not assumed. Where it has not been measured, a possible
 * twin or sibling is never linked without a person looking.
 */
final class Households {

    static final String LABEL = "family name, home and date of birth together";

    /**
     * The fields members of one household share. The given name, in which they differ, is weighed as
     * usual: the rate is of pairs whose given names are not the same, and how unlike they are is
     * taken to be as among any different people.
     */
    static final Field[] SHARED = {Field.FAMILY_NAME, Field.DATE_OF_BIRTH, Field.POSTCODE, Field.ADDRESS,
        Field.HOUSE_NUMBER};

    private Households() {
    }

    /**
     * Family name and home agree; the given names are not a near spelling or known variant of each
     * other (or one is unknown); the birth date is the same or unknown: a possible twin or sibling,
     * flagged for whoever looks.
     */
    static boolean alike(byte[] levels) {
        int born = levels[Field.DATE_OF_BIRTH.ordinal()];
        return sameHousehold(levels) && (born == 0 || born == Comparisons.MISSING);
    }

    /** Family name and home agree and the given names do not, whatever the birth dates. */
    static boolean sameHousehold(byte[] levels) {
        int family = levels[Field.FAMILY_NAME.ordinal()];
        boolean sameFamily = family >= 0 && family <= JARO_WINKLER_88 && family != SWAPPED;
        return sameFamily && sameHome(levels) && couldBeSomeoneElse(levels);
    }

    /**
     * The same address where both are known (a postcode may cover a street, or in some countries a
     * whole suburb); where not, the same postcode.
     */
    static boolean sameHome(byte[] levels) {
        int address = levels[Field.ADDRESS.ordinal()];
        return address == Comparisons.MISSING ? agrees(levels[Field.POSTCODE.ordinal()]) : agrees(address);
    }

    /**
     * The given names are not a near spelling or known variant of each other (or one is unknown),
     * and no personal number agrees exactly: twins and siblings do not share one.
     */
    static boolean couldBeSomeoneElse(byte[] levels) {
        int given = levels[Field.GIVEN_NAME.ordinal()];
        boolean notTheSameGivenName = given >= JARO_WINKLER_88 || given == Comparisons.MISSING;
        return notTheSameGivenName && levels[Field.IDENTIFIER.ordinal()] != 0;
    }

    static boolean bornTheSameDay(byte[] levels) {
        return levels[Field.DATE_OF_BIRTH.ordinal()] == 0;
    }

    private static boolean agrees(int level) {
        return level == 0 || level == 1;
    }

    /**
     * How often two different people share a household in this way, counted within each source
     * (each assumed free of duplicates) among all pairs within them, and how often they were also
     * born the same day.
     */
    static HouseholdRates measure(List<NormalisedPerson> left, List<NormalisedPerson> right, Comparisons comparisons) {
        return within(left, comparisons).plus(within(right, comparisons));
    }

    private static HouseholdRates within(List<NormalisedPerson> people, Comparisons comparisons) {
        Set<Long> counted = new HashSet<>();
        long[] found = new long[2];
        for (Function<NormalisedPerson, String> home : List.<Function<NormalisedPerson, String>>of(
                NormalisedPerson::postcode, NormalisedPerson::houseNumber)) {
            for (List<Integer> group : groups(people, home).values()) {
                for (int i = 0; i < group.size(); i++) {
                    for (int j = i + 1; j < group.size(); j++) {
                        byte[] levels = comparisons.levels(people.get(group.get(i)), people.get(group.get(j)));
                        if (sameHousehold(levels) && counted.add(Blocking.pack(group.get(i), group.get(j)))) {
                            found[bornTheSameDay(levels) ? 1 : 0]++;
                        }
                    }
                }
            }
        }
        long n = people.size();
        return new HouseholdRates(found[0] + found[1], found[1], n * (n - 1) / 2);
    }

    /** People by family name and one sign of home, so that only possible members of a household meet. */
    private static Map<String, List<Integer>> groups(List<NormalisedPerson> people,
                                                      Function<NormalisedPerson, String> home) {
        Map<String, List<Integer>> groups = new HashMap<>();
        for (int i = 0; i < people.size(); i++) {
            NormalisedPerson person = people.get(i);
            if (person.family() != null && home.apply(person) != null) {
                groups.computeIfAbsent(person.family() + "|" + home.apply(person), key -> new java.util.ArrayList<>(2))
                        .add(i);
            }
        }
        return groups;
    }
}
