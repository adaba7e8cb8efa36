package org.safeguardinghub.risk.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.safeguardinghub.risk.Reason;
import org.safeguardinghub.risk.RiskLevel;

/**
 * The practitioner's professional judgement on top of the tool. It always needs its rationale.
 * Raising it above the tool needs nothing more: the reviews' good practice was a police force whose
 * "professional discretion enabled them to continue to view the case as very high risk" when the
 * tool said amber (seeds 003 §73, GPP15). Lowering it below the tool, or below the level in force
 * before this screening (a de-escalation), takes effect only once a manager agrees: a tool's
 * outcome or a single view that "the case could be de-escalated" is what the reviews warn of.
 * Plain Java.
 */
public final class JudgementRule {

    static final int MAX_RATIONALE = 4000;

    private JudgementRule() {
    }

    /** What the judgement asks for: problems by field (message keys), and why a manager must agree, if they must. */
    public record Outcome(Map<String, String> problems, List<Reason> agreementNeeded) {

        public boolean needsAgreement() {
            return !agreementNeeded.isEmpty();
        }
    }

    /**
     * @param before the level in force before this screening, or null if it is the child's first
     */
    public static Outcome judge(RiskLevel tool, RiskLevel judged, RiskLevel before, String rationale) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (judged == null) {
            problems.put("judgedLevel", "risk.error.judgedLevel");
        }
        if (rationale == null || rationale.isBlank()) {
            problems.put("rationale", "risk.error.rationale");
        } else if (rationale.strip().length() > MAX_RATIONALE) {
            problems.put("rationale", "risk.error.rationaleLength");
        }
        List<Reason> agreement = new ArrayList<>();
        if (judged != null && judged.below(tool)) {
            agreement.add(Reason.of("risk.agreement.belowTool", "risk.level." + judged, "risk.level." + tool));
        }
        if (judged != null && before != null && judged.below(before)) {
            agreement.add(Reason.of("risk.agreement.belowBefore", "risk.level." + judged, "risk.level." + before));
        }
        return new Outcome(problems, agreement);
    }
}
