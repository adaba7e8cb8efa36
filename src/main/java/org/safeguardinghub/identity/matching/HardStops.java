package org.safeguardinghub.identity.matching;

import static org.safeguardinghub.identity.matching.Field.NameLevel.EXACT;
import static org.safeguardinghub.identity.matching.Field.NameLevel.ONE_EDIT;
import static org.safeguardinghub.identity.matching.Field.NameLevel.SWAPPED;
import static org.safeguardinghub.identity.matching.Field.NameLevel.VARIANT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.safeguardinghub.chronology.ReviewLabel;

/**
 * Pairs that are never linked without a person, whatever their weight or identifiers (issue 13):
 * a false link shows one child's history as another's, and twins and siblings share everything a
 * weight adds up except their given names and, often, their sex. Plain rules over the comparison
 * levels; each stop is shown among the reasons.
 */
public final class HardStops {

    /** One reason a pair must wait for a person. */
    public enum Stop {
        SEXES_DIFFER("recorded sexes differ: never linked without a person"),
        POSSIBLE_TWIN("possible twin or sibling: given names neither the same, a near spelling nor a known variant, "
                + "while family name, date of birth or home agree"),
        BORN_APART("born apart: dates of birth further apart than a typo");

        final String reason;

        Stop(String reason) {
            this.reason = reason;
        }
    }

    static final String IDENTIFIER_CONFLICT = "identifier conflict: the same number, but date of birth, sex and given "
            + "name all disagree";

    private HardStops() {
    }

    /** The stops that apply to a pair with these comparison levels, in the order of {@link Stop}. */
    static List<Stop> of(byte[] levels, NormalisedPerson a, NormalisedPerson b, NameVariants variants) {
        List<Stop> stops = new ArrayList<>(3);
        if (levels[Field.SEX.ordinal()] == 1) {
            stops.add(Stop.SEXES_DIFFER);
        }
        boolean apart = givenNamesApart(levels, a, b, variants);
        boolean bornApart = bornApart(a.dateOfBirth(), b.dateOfBirth());
        boolean bornWithinATypo = a.dateOfBirth() != null && b.dateOfBirth() != null && !bornApart;
        if (apart && (familyNamesAgree(levels) || bornWithinATypo || Households.sameHome(levels))) {
            stops.add(Stop.POSSIBLE_TWIN);
        }
        if (bornApart) {
            stops.add(Stop.BORN_APART);
        }
        return stops;
    }

    /**
     * Dates of birth further apart than a typo: more than one of day, month and year differ (day
     * and month swapped is a typo), or the years alone differ by more than one and in more than one
     * digit (2013 for 2018 is a slip of a key, 2013 for 2024 is another child). Two such dates are
     * two children, or a record a person must correct; whatever the names, not a link without one.
     */
    static boolean bornApart(LocalDate a, LocalDate b) {
        if (a == null || b == null) {
            return false;
        }
        int level = Comparisons.dateLevel(a, b);
        if (level == Field.DATE_OF_BIRTH.different()) {
            return true;
        }
        if (level != 2 || a.getYear() == b.getYear()) {
            return false;
        }
        String x = String.valueOf(a.getYear());
        String y = String.valueOf(b.getYear());
        int digits = 0;
        for (int i = 0; i < Math.min(x.length(), y.length()); i++) {
            digits += x.charAt(i) != y.charAt(i) ? 1 : 0;
        }
        return Math.abs(a.getYear() - b.getYear()) > 1 && digits > 1;
    }

    /**
     * No stop can apply, seen without normalising anything: the same given name as written (or
     * none to compare), no two sexes that differ, no dates of birth apart. Every link of the feed
     * is looked at, most of them the same child written the same way, so this is asked first.
     */
    static boolean cannotApply(PersonRecord a, PersonRecord b) {
        boolean sameGiven = a.givenName() == null || b.givenName() == null
                || a.givenName().strip().equalsIgnoreCase(b.givenName().strip());
        String x = Normalise.sex(a.sex());
        String y = Normalise.sex(b.sex());
        return sameGiven && (x == null || y == null || x.equals(y)) && !bornApart(a.dateOfBirth(), b.dateOfBirth());
    }

    /**
     * An identifier that agrees on records whose date of birth, sex and given name all disagree:
     * someone's number typed into another child's record.
     */
    static boolean identifierConflict(byte[] levels, NormalisedPerson a, NormalisedPerson b, NameVariants variants) {
        int born = levels[Field.DATE_OF_BIRTH.ordinal()];
        return born > 0 && levels[Field.SEX.ordinal()] == 1 && givenNamesApart(levels, a, b, variants);
    }

    /** What the review queue calls a pair held by these stops. */
    static ReviewLabel label(List<Stop> stops, boolean identifierConflict) {
        if (identifierConflict) {
            return ReviewLabel.IDENTIFIER_CONFLICT;
        }
        if (stops.contains(Stop.POSSIBLE_TWIN)) {
            return ReviewLabel.POSSIBLE_TWIN;
        }
        if (stops.contains(Stop.SEXES_DIFFER)) {
            return ReviewLabel.SEXES_DIFFER;
        }
        return stops.contains(Stop.BORN_APART) ? ReviewLabel.BORN_APART : ReviewLabel.NEAR_MATCH;
    }

    /**
     * Given names that are neither the same, a known variant, a near spelling (one edit, or
     * Jaro–Winkler ≥ 0.95) nor the names swapped. Two names that are both on the variant list but
     * in no group together are two names, however alike they look (Ella and Emma, Ava and Eva).
     */
    static boolean givenNamesApart(byte[] levels, NormalisedPerson a, NormalisedPerson b, NameVariants variants) {
        int given = levels[Field.GIVEN_NAME.ordinal()];
        if (given == Comparisons.MISSING || given == EXACT || given == VARIANT || given == SWAPPED) {
            return false;
        }
        return given > ONE_EDIT || variants.knownAndDifferent(a.given(), b.given());
    }

    /** The same family name, a former one, or a near spelling of it. */
    private static boolean familyNamesAgree(byte[] levels) {
        int family = levels[Field.FAMILY_NAME.ordinal()];
        return family >= 0 && family <= ONE_EDIT && family != SWAPPED;
    }
}
