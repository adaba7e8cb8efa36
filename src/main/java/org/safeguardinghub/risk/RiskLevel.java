package org.safeguardinghub.risk;

/**
 * A level of exploitation risk, lowest first. The three levels follow the categories of concern the
 * reviews describe (seeds 003 §189): {@code LOW}, children who need awareness raising;
 * {@code MEDIUM}, circumstances that place the child at increased risk; {@code HIGH}, circumstances
 * with intelligence raising significant concern, or a disclosure or conviction.
 */
public enum RiskLevel {
    LOW,
    MEDIUM,
    HIGH;

    public boolean above(RiskLevel other) {
        return compareTo(other) > 0;
    }

    public boolean below(RiskLevel other) {
        return compareTo(other) < 0;
    }

    /** The higher of the two; {@code other} may be null (none). */
    public RiskLevel atLeast(RiskLevel other) {
        return other == null || !other.above(this) ? this : other;
    }
}
