package org.safeguardinghub.identity.matching;

import static org.safeguardinghub.identity.matching.Field.NameLevel.DIFFERENT;
import static org.safeguardinghub.identity.matching.Field.NameLevel.EXACT;
import static org.safeguardinghub.identity.matching.Field.NameLevel.JARO_WINKLER_70;
import static org.safeguardinghub.identity.matching.Field.NameLevel.JARO_WINKLER_88;
import static org.safeguardinghub.identity.matching.Field.NameLevel.JARO_WINKLER_95;
import static org.safeguardinghub.identity.matching.Field.NameLevel.ONE_EDIT;
import static org.safeguardinghub.identity.matching.Field.NameLevel.SOUNDS_ALIKE;
import static org.safeguardinghub.identity.matching.Field.NameLevel.SWAPPED;
import static org.safeguardinghub.identity.matching.Field.NameLevel.VARIANT;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * The comparison level of each field for a pair of records. Every function here is symmetric
 * (compare(a, b) == compare(b, a)), so a match weight never depends on which record arrived first.
 */
final class Comparisons {

    static final byte MISSING = -1;
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private final NameVariants variants;

    Comparisons(NameVariants variants) {
        this.variants = variants;
    }

    static Comparisons standard() {
        return new Comparisons(NameVariants.standard());
    }

    NameVariants variants() {
        return variants;
    }

    byte[] levels(NormalisedPerson a, NormalisedPerson b) {
        byte[] levels = otherLevels(a, b);
        addNameLevels(a, b, levels);
        return levels;
    }

    /** Every field but the names, which cost the most to compare. */
    byte[] otherLevels(NormalisedPerson a, NormalisedPerson b) {
        byte[] levels = new byte[Field.ALL.length];
        levels[Field.GIVEN_NAME.ordinal()] = MISSING;
        levels[Field.FAMILY_NAME.ordinal()] = MISSING;
        levels[Field.DATE_OF_BIRTH.ordinal()] = (byte) dateLevel(a.dateOfBirth(), b.dateOfBirth());
        levels[Field.POSTCODE.ordinal()] = (byte) postcodeLevel(a, b);
        levels[Field.ADDRESS.ordinal()] = (byte) addressLevel(a.addressPairs(), b.addressPairs());
        levels[Field.HOUSE_NUMBER.ordinal()] = (byte) sameOrDifferent(a.houseNumber(), b.houseNumber());
        levels[Field.SEX.ordinal()] = (byte) sameOrDifferent(a.sex(), b.sex());
        levels[Field.IDENTIFIER.ordinal()] = (byte) identifierLevel(a.identifier(), b.identifier());
        return levels;
    }

    void addNameLevels(NormalisedPerson a, NormalisedPerson b, byte[] levels) {
        int given = givenNameLevel(a, b);
        int family = familyNameLevel(a, b);
        if (namesSwapped(a, b, given, family)) {
            given = SWAPPED;
            family = SWAPPED;
        }
        levels[Field.GIVEN_NAME.ordinal()] = (byte) given;
        levels[Field.FAMILY_NAME.ordinal()] = (byte) family;
    }

    private int givenNameLevel(NormalisedPerson a, NormalisedPerson b) {
        if (a.given() == null || b.given() == null) {
            return MISSING;
        }
        if (a.given().equals(b.given())) {
            return EXACT;
        }
        return variants.areVariants(a.given(), b.given()) ? VARIANT
                : spellingLevel(a.given(), b.given(), a.givenSound(), b.givenSound());
    }

    private static int familyNameLevel(NormalisedPerson a, NormalisedPerson b) {
        if (a.family() == null || b.family() == null) {
            return MISSING;
        }
        if (a.family().equals(b.family())) {
            return EXACT;
        }
        return formerNameAgrees(a, b) ? VARIANT : spellingLevel(a.family(), b.family(), a.familySound(), b.familySound());
    }

    static int nameLevel(String x, String y, String xSound, String ySound) {
        if (x == null || y == null) {
            return MISSING;
        }
        return x.equals(y) ? EXACT : spellingLevel(x, y, xSound, ySound);
    }

    /** How alike two different spellings are, from nearly the same to nothing in common. */
    private static int spellingLevel(String x, String y, String xSound, String ySound) {
        double similarity = jaroWinkler(x, y);
        if (similarity >= 0.95) {
            return JARO_WINKLER_95;
        }
        if (withinOneEdit(x, y)) {
            return ONE_EDIT;
        }
        if (similarity >= 0.88) {
            return JARO_WINKLER_88;
        }
        if (xSound.equals(ySound)) {
            return SOUNDS_ALIKE;
        }
        return similarity >= 0.7 ? JARO_WINKLER_70 : DIFFERENT;
    }

    /** Agencies often put the family name in the given-name box; only when straight comparison fails. */
    private boolean namesSwapped(NormalisedPerson a, NormalisedPerson b, int given, int family) {
        if (given < SOUNDS_ALIKE || family < SOUNDS_ALIKE || !a.hasBothNames() || !b.hasBothNames()) {
            return false;
        }
        return nameLevel(a.given(), b.family(), a.givenSound(), b.familySound()) <= JARO_WINKLER_88
                && nameLevel(a.family(), b.given(), a.familySound(), b.givenSound()) <= JARO_WINKLER_88;
    }

    private static boolean formerNameAgrees(NormalisedPerson a, NormalisedPerson b) {
        if (a.family() == null || b.family() == null || a.formerFamilies().isEmpty() && b.formerFamilies().isEmpty()) {
            return false;
        }
        List<String> bNames = b.formerFamilies();
        return bNames.contains(a.family()) || a.formerFamilies().contains(b.family())
                || a.formerFamilies().stream().anyMatch(bNames::contains);
    }

    /** Jaro–Winkler is computed on the pair in a fixed order, as the library's is not exactly symmetric. */
    static double jaroWinkler(String x, String y) {
        return x.compareTo(y) <= 0 ? JARO_WINKLER.apply(x, y) : JARO_WINKLER.apply(y, x);
    }

    /** Damerau–Levenshtein distance at most one: one substitution, insertion, deletion or adjacent swap. */
    static boolean withinOneEdit(String x, String y) {
        if (x.length() < y.length()) {
            return withinOneEdit(y, x);
        }
        if (x.length() - y.length() > 1) {
            return false;
        }
        int first = 0;
        while (first < y.length() && x.charAt(first) == y.charAt(first)) {
            first++;
        }
        if (x.length() != y.length()) {
            return sameFrom(x, first + 1, y, first);
        }
        if (first == x.length() || sameFrom(x, first + 1, y, first + 1)) {
            return true;
        }
        return first + 1 < x.length() && x.charAt(first) == y.charAt(first + 1) && x.charAt(first + 1) == y.charAt(first)
                && sameFrom(x, first + 2, y, first + 2);
    }

    /** The rest of x from one position equals the rest of y from another. */
    private static boolean sameFrom(String x, int xFrom, String y, int yFrom) {
        return x.length() - xFrom == y.length() - yFrom && x.regionMatches(xFrom, y, yFrom, x.length() - xFrom);
    }

    static int dateLevel(LocalDate a, LocalDate b) {
        if (a == null || b == null) {
            return MISSING;
        }
        if (a.equals(b)) {
            return 0;
        }
        if (a.getYear() == b.getYear() && a.getMonthValue() == b.getDayOfMonth() && a.getDayOfMonth() == b.getMonthValue()) {
            return 1;
        }
        int differing = (a.getYear() != b.getYear() ? 1 : 0) + (a.getMonthValue() != b.getMonthValue() ? 1 : 0)
                + (a.getDayOfMonth() != b.getDayOfMonth() ? 1 : 0);
        return differing == 1 ? 2 : 3;
    }

    static int postcodeLevel(NormalisedPerson a, NormalisedPerson b) {
        if (a.postcode() == null || b.postcode() == null) {
            return MISSING;
        }
        if (a.postcode().equals(b.postcode())) {
            return 0;
        }
        if (withinOneEdit(a.postcode(), b.postcode())) {
            return 1;
        }
        if (a.postcodeSector() != null && a.postcodeSector().equals(b.postcodeSector())) {
            return 2;
        }
        return a.postcodeDistrict() != null && a.postcodeDistrict().equals(b.postcodeDistrict()) ? 3 : 4;
    }

    /** Dice similarity of the addresses' letter pairs, tolerant of typos, split and joined words. */
    static int addressLevel(int[] a, int[] b) {
        if (a == null || b == null) {
            return MISSING;
        }
        if (Arrays.equals(a, b)) {
            return 0;
        }
        double dice = 2.0 * commonPairs(a, b) / (a.length + b.length);
        if (dice >= 0.8) {
            return 1;
        }
        return dice >= 0.55 ? 2 : 3;
    }

    private static int commonPairs(int[] a, int[] b) {
        int common = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length;) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return common;
    }

    static int sameOrDifferent(String a, String b) {
        if (a == null || b == null) {
            return MISSING;
        }
        return Objects.equals(a, b) ? 0 : 1;
    }

    static int identifierLevel(String a, String b) {
        if (a == null || b == null) {
            return MISSING;
        }
        if (a.equals(b)) {
            return 0;
        }
        return withinOneEdit(a, b) ? 1 : 2;
    }
}
