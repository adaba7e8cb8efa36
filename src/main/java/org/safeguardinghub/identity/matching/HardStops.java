package org.safeguardinghub.identity.matching;

import static org.safeguardinghub.identity.matching.Field.NameLevel.EXACT;
import static org.safeguardinghub.identity.matching.Field.NameLevel.ONE_EDIT;
import static org.safeguardinghub.identity.matching.Field.NameLevel.SWAPPED;
import static org.safeguardinghub.identity.matching.Field.NameLevel.VARIANT;

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
        BORN_APART("born apart: dates of birth further apart than a typo, and given names not the same");

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
        int born = levels[Field.DATE_OF_BIRTH.ordinal()];
        boolean bornWithinATypo = born >= 0 && born <= 2;
        if (apart && (familyNamesAgree(levels) || bornWithinATypo || Households.sameHome(levels))) {
            stops.add(Stop.POSSIBLE_TWIN);
        }
        if (born == Field.DATE_OF_BIRTH.different() && givenNamesDiffer(levels)) {
            stops.add(Stop.BORN_APART);
        }
        return stops;
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

    /** Given names not the same: a variant or a near spelling differs too (Jacob and Jake may be brothers). */
    private static boolean givenNamesDiffer(byte[] levels) {
        int given = levels[Field.GIVEN_NAME.ordinal()];
        return given != Comparisons.MISSING && given != EXACT && given != SWAPPED;
    }

    /** The same family name, a former one, or a near spelling of it. */
    private static boolean familyNamesAgree(byte[] levels) {
        int family = levels[Field.FAMILY_NAME.ordinal()];
        return family >= 0 && family <= ONE_EDIT && family != SWAPPED;
    }
}
