package org.safeguardinghub.missing;

import java.util.Optional;

/**
 * The police risk grading of a missing episode (College of Policing: high, medium, low, very low);
 * {@code NO_APPARENT_RISK} is the older grade, accepted from the feed and kept as sent. Declared from
 * the highest risk down, so the highest of several reports is the first in this order.
 */
public enum RiskGrading {
    HIGH,
    MEDIUM,
    LOW,
    VERY_LOW,
    NO_APPARENT_RISK;

    /** The grading named, or empty for anything else. */
    public static Optional<RiskGrading> of(String name) {
        for (RiskGrading grading : values()) {
            if (grading.name().equals(name)) {
                return Optional.of(grading);
            }
        }
        return Optional.empty();
    }

    /** The higher of two gradings, either of which may be missing. */
    public static RiskGrading higher(RiskGrading a, RiskGrading b) {
        if (a == null) {
            return b;
        }
        return b == null || a.ordinal() <= b.ordinal() ? a : b;
    }
}
