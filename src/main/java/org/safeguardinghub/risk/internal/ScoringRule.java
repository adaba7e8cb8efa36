package org.safeguardinghub.risk.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.safeguardinghub.risk.Reason;
import org.safeguardinghub.risk.RiskLevel;
import org.safeguardinghub.risk.ToolDefinition;
import org.safeguardinghub.risk.ToolOutcome;

/**
 * What a version of the tool proposes for the indicators found: each indicator present counts its
 * weight at its recency band's percentage (an indicator seen now weighs more than one seen 6–12
 * months ago, as in SERAF-style scoring); the sum against the thresholds gives a level; then the
 * overrides raise it to their floor where they apply (a child under 13 with any exploitation
 * indicator is never low: seeds 001, the CSE risk assessment should ensure "risks in children under
 * the age of 13 are better recognised"; any disclosure is high: seeds 003 §189). Integers only, so
 * a score is never a rounding away from a threshold. Plain Java.
 */
public final class ScoringRule {

    private ScoringRule() {
    }

    /**
     * @param found    the indicators present, by code, with the code of the band they were last seen in
     * @param ageYears the child's age in completed years on the day of the screening, or null if not known
     */
    public static ToolOutcome score(ToolDefinition tool, Map<String, String> found, Integer ageYears) {
        int score = 0;
        boolean exploitation = false;
        for (Map.Entry<String, String> answer : found.entrySet()) {
            Optional<ToolDefinition.Indicator> indicator = tool.indicator(answer.getKey());
            Optional<ToolDefinition.RecencyBand> band = tool.band(answer.getValue());
            if (indicator.isEmpty() || band.isEmpty()) {
                throw new IllegalArgumentException("not in tool: " + answer);
            }
            score += indicator.get().weight() * band.get().percent();
            exploitation |= indicator.get().exploitation();
        }
        List<Reason> reasons = new ArrayList<>();
        RiskLevel level = byThresholds(tool.thresholds(), score);
        reasons.add(Reason.of("risk.reason.score", new ToolOutcome(level, score, List.of()).points(), found.size(),
                tool.thresholds().medium(), tool.thresholds().high()));
        for (ToolDefinition.LevelOverride override : tool.overrides()) {
            if (applies(override, found, exploitation, ageYears)) {
                level = level.atLeast(override.atLeast());
                reasons.add(reason(tool, override));
            } else if (override.underAge() != null && ageYears == null && exploitation) {
                reasons.add(Reason.of("risk.reason.ageUnknown", override.underAge()));
            }
        }
        return new ToolOutcome(level, score, reasons);
    }

    /** The level the score alone reaches; thresholds are in points, the score in hundredths. */
    static RiskLevel byThresholds(ToolDefinition.Thresholds thresholds, int score) {
        if (score >= thresholds.high() * 100) {
            return RiskLevel.HIGH;
        }
        return score >= thresholds.medium() * 100 ? RiskLevel.MEDIUM : RiskLevel.LOW;
    }

    static boolean applies(ToolDefinition.LevelOverride override, Map<String, String> found, boolean exploitation,
                           Integer ageYears) {
        boolean age = override.underAge() == null || AgeRule.under(ageYears, override.underAge());
        boolean indicator = override.indicator() == null || found.containsKey(override.indicator());
        return age && indicator && (exploitation || !override.needsExploitationIndicator());
    }

    private static Reason reason(ToolDefinition tool, ToolDefinition.LevelOverride override) {
        String level = "risk.level." + override.atLeast();
        if (override.underAge() != null) {
            return Reason.of("risk.reason.override.underAge", override.underAge(), level);
        }
        String text = tool.indicator(override.indicator()).map(ToolDefinition.Indicator::text).orElse(override.indicator());
        return Reason.of(override.needsExploitationIndicator() ? "risk.reason.override.vulnerability"
                : "risk.reason.override.indicator", text, level);
    }
}
