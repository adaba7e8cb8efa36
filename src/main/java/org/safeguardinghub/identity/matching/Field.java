package org.safeguardinghub.identity.matching;

import java.util.List;

/**
 * What is compared between two records, each with its comparison levels from the strongest
 * agreement to plain disagreement (always last). A missing value on either side has no level and
 * weighs nothing, because absence says nothing about identity.
 */
enum Field {
    GIVEN_NAME("given name", NameLevel.labels("known variant")),
    FAMILY_NAME("family name", NameLevel.labels("former family name agrees")),
    DATE_OF_BIRTH("date of birth", List.of("exact", "day and month swapped", "one of day, month or year differs",
            "different")),
    POSTCODE("postcode", List.of("exact", "one character different", "same sector", "same district", "different")),
    ADDRESS("address", List.of("exact", "mostly the same (letter pairs ≥ 0.8)", "partly the same (letter pairs ≥ 0.55)", "different")),
    HOUSE_NUMBER("house number", List.of("same", "different")),
    SEX("sex", List.of("same", "different")),
    IDENTIFIER("NHS or other number", List.of("exact", "one character different", "different"));

    static final Field[] ALL = values();

    final String label;
    final List<String> levels;

    Field(String label, List<String> levels) {
        this.label = label;
        this.levels = levels;
    }

    int different() {
        return levels.size() - 1;
    }

    boolean isName() {
        return this == GIVEN_NAME || this == FAMILY_NAME;
    }

    /** Name comparisons share one scale so given and family names can be swapped level for level. */
    static final class NameLevel {
        static final int EXACT = 0;
        static final int VARIANT = 1;
        static final int SWAPPED = 2;
        static final int JARO_WINKLER_95 = 3;
        static final int ONE_EDIT = 4;
        static final int JARO_WINKLER_88 = 5;
        static final int SOUNDS_ALIKE = 6;
        static final int JARO_WINKLER_70 = 7;
        static final int DIFFERENT = 8;

        private NameLevel() {
        }

        static List<String> labels(String variant) {
            return List.of("exact", variant, "given and family names swapped", "Jaro–Winkler ≥ 0.95",
                    "one edit apart", "Jaro–Winkler ≥ 0.88", "sounds alike (Double Metaphone)", "Jaro–Winkler ≥ 0.70",
                    "different");
        }
    }
}
