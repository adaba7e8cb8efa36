package org.safeguardinghub.identity.matching;

import java.util.Locale;

/** One field's part in a match weight: how the two values compared and what that was worth. */
public record FieldContribution(String field, String level, double weight) {

    /** For example "family name: Jaro–Winkler ≥ 0.95, +6.1". */
    public String describe() {
        return String.format(Locale.ROOT, "%s: %s, %+.1f", field, level, weight);
    }
}
