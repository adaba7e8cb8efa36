package org.safeguardinghub.risk;

import java.util.List;

/**
 * What the tool proposes, and why: a suggestion the practitioner weighs, never the answer (seeds 001:
 * tools "are best used to raise awareness and support decision-making rather than being used as a
 * definitive confirmation of exploitation or risk").
 *
 * @param score the weighted score in hundredths of a point (weights times recency percentages)
 */
public record ToolOutcome(RiskLevel level, int score, List<Reason> reasons) {

    public ToolOutcome {
        reasons = List.copyOf(reasons);
    }

    /** The score in points, as pages show it. */
    public String points() {
        return score % 100 == 0 ? String.valueOf(score / 100)
                : java.math.BigDecimal.valueOf(score, 2).stripTrailingZeros().toPlainString();
    }
}
