package org.safeguardinghub.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.safeguardinghub.risk.Reason;
import org.safeguardinghub.risk.RiskLevel;

/**
 * Professional judgement on top of the tool: raising needs only the rationale (seeds 003 GPP15),
 * lowering below the tool or below the level before needs a manager.
 */
class JudgementRuleProperties {

    @Property
    void aManagerMustAgreeExactlyWhenTheJudgementIsBelowTheToolOrTheLevelBefore(@ForAll RiskLevel tool,
                                                                               @ForAll RiskLevel judged,
                                                                               @ForAll RiskLevel before) {
        var outcome = JudgementRule.judge(tool, judged, before, "Seen at the hotel twice this week.");
        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.needsAgreement()).isEqualTo(judged.below(tool) || judged.below(before));
    }

    @Property
    void raisingOrAgreeingWithTheToolForAFirstScreeningNeedsOnlyTheRationale(@ForAll RiskLevel tool, @ForAll RiskLevel judged) {
        var outcome = JudgementRule.judge(tool, judged, null, "Why.");
        assertThat(outcome.needsAgreement()).isEqualTo(judged.below(tool));
    }

    @Example
    void aJudgementOfHighOverAToolOfMediumIsRecordedWithItsRationaleAlone() {
        var outcome = JudgementRule.judge(RiskLevel.MEDIUM, RiskLevel.HIGH, null, "Twelve, and with adults at night.");
        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.needsAgreement()).isFalse();
    }

    @Example
    void loweringBelowTheToolSaysWhy() {
        var outcome = JudgementRule.judge(RiskLevel.MEDIUM, RiskLevel.LOW, RiskLevel.HIGH, "Settled at home.");
        assertThat(outcome.agreementNeeded()).containsExactly(
                Reason.of("risk.agreement.belowTool", "risk.level.LOW", "risk.level.MEDIUM"),
                Reason.of("risk.agreement.belowBefore", "risk.level.LOW", "risk.level.HIGH"));
    }

    @Example
    void aJudgementAndItsRationaleAreRequired() {
        var outcome = JudgementRule.judge(RiskLevel.MEDIUM, null, null, "  ");
        assertThat(outcome.problems()).containsEntry("judgedLevel", "risk.error.judgedLevel")
                .containsEntry("rationale", "risk.error.rationale");
        assertThat(JudgementRule.judge(RiskLevel.LOW, RiskLevel.LOW, null, "x".repeat(JudgementRule.MAX_RATIONALE + 1))
                .problems()).containsEntry("rationale", "risk.error.rationaleLength");
        assertThat(JudgementRule.judge(RiskLevel.LOW, RiskLevel.LOW, null, "x".repeat(JudgementRule.MAX_RATIONALE))
                .problems()).isEmpty();
    }
}
